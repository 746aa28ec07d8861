/* verify.c — structural invariants of the IR, checked after every stage.
 *
 * Table driven: verify_fn runs the fn_checks table in order; statements are
 * checked by stmt kind and rvalue kind, terminators by term kind (one small
 * function each). The first failure fills the Diag with
 *   `after PASS: fn NAME: bbN: what is wrong`
 * at line Block.line (column 0: unknown) and stops. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

typedef struct V {
	const Module *m;
	const Fn *f;
	const char *pass;
	Diag *d;
	BlockId bb; /* NO_BLOCK: fn-level */
	int line;   /* outside fns: the line of what is checked (a layout), or 0 */
	/* what fn_blocks' walk finds for fn_discr_switches (one walk of a large fn's
	 * blocks and statements, not three): per local, the type whose discriminant
	 * an assignment `_l = discriminant(P)` reads (NO_ID: none) and P's local;
	 * the blocks ending in a switch on a local, in order */
	TypeId *enum_of;
	LocalId *base_of;
	BlockId *switches;
	uint32_t nswitches, capswitches;
} V;

/* ------------------------------------------------------------------ */
/* spelling types and places into messages                             */
/* ------------------------------------------------------------------ */

typedef struct Buf {
	char s[200];
	size_t n;
} Buf;

static void bput(Buf *b, const char *s)
{
	while (*s && b->n + 1 < sizeof b->s)
		b->s[b->n++] = *s++;
	b->s[b->n] = 0;
}

static void btype(Buf *b, const Module *m, TypeId t, int depth)
{
	static const char *const names[] = {
		"()", "!", "bool", "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize", "char",
		"YieldNow", "Guard", "Context<'_>", "ResumeTy"};
	_Static_assert(TY_CHAR == 13 && TY_RESUMETY == 17, "names[] follows TYPE_KINDS (ir.h)");
	if (t >= m->ntypes || depth > 20) {
		bput(b, "?");
		return;
	}
	const Type *ty = type_get(m, t);
	switch (ty->kind) {
	case TY_POLL:
	case TY_PIN:
		bput(b, ty->kind == TY_POLL ? "Poll<" : "Pin<");
		btype(b, m, ty->a, depth + 1);
		bput(b, ">");
		break;
	case TY_REF:
	case TY_REFMUT:
	case TY_RAWMUT:
	case TY_RAWCONST:
		bput(b, ty->kind == TY_REF ? "&" : ty->kind == TY_REFMUT ? "&mut " : ty->kind == TY_RAWMUT ? "*mut " : "*const ");
		btype(b, m, ty->a, depth + 1);
		break;
	case TY_SLICE: /* slice40 */
		bput(b, "[");
		btype(b, m, ty->a, depth + 1);
		bput(b, "]");
		break;
	case TY_TUPLE:
		bput(b, "(");
		btype(b, m, ty->a, depth + 1);
		bput(b, ", ");
		btype(b, m, ty->b, depth + 1);
		bput(b, ")");
		break;
	case TY_CORO:
		if (ty->coro >= m->ncoros) {
			bput(b, "{coroutine ?}");
		} else {
			const Coroutine *c = &m->coros[ty->coro];
			bput(b, c->kind == CORO_ASYNC_FN ? "{async fn body of " : "{async block@");
			bput(b, c->name);
			bput(b, c->kind == CORO_ASYNC_FN ? "()}" : "}");
		}
		break;
	case TY_OPAQUE:
	case TY_ADT:
		if (ty->kind == TY_ADT && ty->generic && !ty->text) { /* an instance: spelled to depth 20 */
			bput(b, ty->generic == TG_OPTION ? "Option<" : "Result<");
			btype(b, m, ty->a, depth + 1);
			if (ty->generic == TG_RESULT) {
				bput(b, ", ");
				btype(b, m, ty->b, depth + 1);
			}
			bput(b, ">");
			break;
		}
		bput(b, ty->text ? ty->text : "?");
		break;
	case TY_ARRAY: { /* `[u32; 3]` (issue 22 item 4) */
		char len[16];
		bput(b, "[");
		btype(b, m, ty->a, depth + 1);
		snprintf(len, sizeof len, "; %u]", (unsigned)ty->b);
		bput(b, len);
		break;
	}
	default:
		bput(b, ty->kind < sizeof names / sizeof *names ? names[ty->kind] : "?");
	}
}

/* Rotating buffers so that one message can spell several types. */
static const char *tys(const V *v, TypeId t)
{
	static _Thread_local Buf bufs[4];
	static _Thread_local unsigned i;
	Buf *b = &bufs[i++ % 4];
	b->n = 0;
	b->s[0] = 0;
	btype(b, v->m, t, 0);
	return b->s;
}

static int fail(V *v, const char *fmt, ...)
{
	/* as long as it formats: a long name must not cut off the cause
	 * (diag_set shortens the whole message from its middle instead) */
	va_list ap;
	va_start(ap, fmt);
	char *msg = vprintf_alloc(fmt, ap);
	va_end(ap);
	const char *pass = v->pass ? v->pass : "?";
	if (!v->f) {
		diag_set(v->d, v->line, v->line ? 1 : 0, "after %s: %s", pass, msg);
	} else if (v->bb == NO_BLOCK || v->bb >= v->f->nblocks) {
		diag_set(v->d, v->f->line, v->f->line ? 1 : 0, "after %s: fn %s: %s", pass, v->f->name, msg);
	} else {
		diag_set(v->d, v->f->blocks[v->bb].line, v->f->blocks[v->bb].line ? 1 : 0, "after %s: fn %s: bb%u: %s", pass, v->f->name,
			 (unsigned)v->bb, msg);
	}
	free(msg);
	return -1;
}

#define TRY(x)                  \
	do {                    \
		if ((x) < 0)    \
			return -1; \
	} while (0)

static int is_int(const V *v, TypeId t) { return t < v->m->ntypes && type_is_int(v->m, t); }
static int kind_of(const V *v, TypeId t) { return t < v->m->ntypes ? type_get(v->m, t)->kind : -1; }
static int is_int_or_bool(const V *v, TypeId t) { return is_int(v, t) || kind_of(v, t) == TY_BOOL; }
/* char (diag27): compared, switched on and cast like an integer; no arithmetic */
static int is_scalar(const V *v, TypeId t) { return is_int_or_bool(v, t) || kind_of(v, t) == TY_CHAR; }
/* t is K<a> (Poll, Pin, &, &mut, *mut) */
static int is_ptr_to(const V *v, TypeId t, TypeKind k, TypeId a)
{
	return kind_of(v, t) == (int)k && type_get(v->m, t)->a == a;
}

static const Coroutine *coro_of(const V *v, TypeId t)
{
	if (kind_of(v, t) != TY_CORO || type_get(v->m, t)->coro >= v->m->ncoros)
		return NULL;
	return &v->m->coros[type_get(v->m, t)->coro];
}

/* ------------------------------------------------------------------ */
/* places and operands                                                 */
/* ------------------------------------------------------------------ */

/* Checks place pid and returns its type in *out. */
static int check_place(V *v, PlaceId pid, TypeId *out)
{
	const Fn *f = v->f;
	if (pid >= f->nplaces)
		return fail(v, "place id %u out of range", (unsigned)pid);
	const Place *p = &f->places[pid];
	if (p->local >= f->nlocals)
		return fail(v, "unknown local _%u", (unsigned)p->local);
	if (p->nproj && (p->proj > f->nprojs || p->nproj > f->nprojs - p->proj))
		return fail(v, "projection of _%u out of range", (unsigned)p->local);
	TypeId t = f->locals[p->local].ty;
	int64_t variant = -1;
	for (uint32_t i = 0; i < p->nproj; i++) {
		const Proj *pe = &f->projs[p->proj + i];
		int k = kind_of(v, t);
		switch (pe->kind) {
		case PROJ_DEREF:
			if (variant >= 0)
				return fail(v, "place based on _%u: deref of a downcast place", (unsigned)p->local);
			if (k != TY_REF && k != TY_REFMUT && k != TY_RAWMUT && k != TY_RAWCONST)
				return fail(v, "place based on _%u: deref of non-pointer type %s", (unsigned)p->local,
					    tys(v, t));
			t = type_get(v->m, t)->a;
			break;
		case PROJ_FIELD: {
			TypeId want = NO_ID;
			uint32_t fi = pe->index;
			if (k == TY_TUPLE) {
				if (fi > 1)
					return fail(v, "place based on _%u: field %u of tuple %s", (unsigned)p->local,
						    (unsigned)fi, tys(v, t));
				want = fi ? type_get(v->m, t)->b : type_get(v->m, t)->a;
			} else if (k == TY_POLL) {
				if (variant != 0)
					return fail(v, "place based on _%u: field of %s without downcast to Ready",
						    (unsigned)p->local, tys(v, t));
				if (fi != 0)
					return fail(v, "place based on _%u: field %u of Poll::Ready (it has 1)",
						    (unsigned)p->local, (unsigned)fi);
				want = type_get(v->m, t)->a;
			} else if (k == TY_PIN) {
				if (fi != 0)
					return fail(v, "place based on _%u: field %u of %s (it has 1)", (unsigned)p->local,
						    (unsigned)fi, tys(v, t));
				want = type_get(v->m, t)->a;
			} else if (k == TY_CORO) {
				const Coroutine *c = coro_of(v, t);
				if (!c)
					return fail(v, "place based on _%u: unknown coroutine", (unsigned)p->local);
				if (variant < 0) {
					if (fi >= c->nupvars)
						return fail(v, "place based on _%u: coroutine %s has no upvar %u (it has %u)",
							    (unsigned)p->local, c->name, (unsigned)fi, (unsigned)c->nupvars);
					want = c->upvars[fi].ty;
				} else {
					const Layout *l = c->layout;
					if (fi >= l->nfields[variant])
						return fail(v,
							    "place based on _%u: variant#%u of coroutine %s has no field %u "
							    "(it holds %u)",
							    (unsigned)p->local, (unsigned)variant, c->name, (unsigned)fi,
							    (unsigned)l->nfields[variant]);
					uint32_t si = l->fields[l->field_start[variant] + fi];
					if (si >= l->nsaved)
						return fail(v, "coroutine %s: variant field refers to unknown _s%u", c->name,
							    (unsigned)si);
					want = l->saved[si].ty;
				}
			} else if (k == TY_ADT) {
				const Adt *a = adt_of(v->m, t);
				if ((variant < 0) != (a->kind == ADT_STRUCT))
					return fail(v, "place based on _%u: field %u of %s %s", (unsigned)p->local,
						    (unsigned)fi, a->kind == ADT_ENUM ? "enum" : "struct", tys(v, t));
				want = adt_field_type(v->m, t, variant < 0 ? 0 : (uint32_t)variant, fi);
				if (want == NO_ID)
					return fail(v, "place based on _%u: %s has no field %u known", (unsigned)p->local,
						    tys(v, t), (unsigned)fi);
			} else {
				return fail(v, "place based on _%u: field %u of type %s, which has no fields",
					    (unsigned)p->local, (unsigned)fi, tys(v, t));
			}
			if (pe->ty != want)
				return fail(v, "place based on _%u: field %u has type %s, not %s", (unsigned)p->local,
					    (unsigned)fi, tys(v, want), tys(v, pe->ty));
			t = pe->ty;
			variant = -1;
			break;
		}
		case PROJ_DOWNCAST:
			if (variant >= 0)
				return fail(v, "place based on _%u: downcast of a downcast place", (unsigned)p->local);
			if (k == TY_POLL) {
				if (pe->index > 1)
					return fail(v, "place based on _%u: Poll has no variant#%u", (unsigned)p->local,
						    (unsigned)pe->index);
			} else if (k == TY_CORO) {
				const Coroutine *c = coro_of(v, t);
				if (!c)
					return fail(v, "place based on _%u: unknown coroutine", (unsigned)p->local);
				if (!c->layout)
					return fail(v, "place based on _%u: downcast of coroutine %s, which has no layout",
						    (unsigned)p->local, c->name);
				if (pe->index >= c->layout->nvariants)
					return fail(v, "place based on _%u: coroutine %s has no variant#%u (%u variants)",
						    (unsigned)p->local, c->name, (unsigned)pe->index,
						    (unsigned)c->layout->nvariants);
			} else if (k == TY_ADT) {
				const Adt *a = adt_of(v->m, t);
				if (a->kind != ADT_ENUM || pe->index >= a->nvariants)
					return fail(v, "place based on _%u: %s has no variant#%u", (unsigned)p->local,
						    tys(v, t), (unsigned)pe->index);
			} else {
				return fail(v, "place based on _%u: downcast of type %s, which is not an enum",
					    (unsigned)p->local, tys(v, t));
			}
			variant = pe->index;
			break;
		case PROJ_INDEX: /* issue 22 item 4: `_5[_7]`, _7 a usize local */
			if (variant >= 0)
				return fail(v, "place based on _%u: index of a downcast place", (unsigned)p->local);
			if (k != TY_ARRAY && k != TY_SLICE)
				return fail(v, "place based on _%u: index of type %s, which is not an array or slice",
					    (unsigned)p->local, tys(v, t));
			if (pe->index >= f->nlocals || f->locals[pe->index].ty != TY_USIZE)
				return fail(v, "place based on _%u: index _%u is not a usize local", (unsigned)p->local,
					    (unsigned)pe->index);
			if (k == TY_SLICE && !(i && f->projs[p->proj + i - 1].kind == PROJ_DEREF))
				return fail(v, "place based on _%u: index of a slice not behind a reference", (unsigned)p->local);
			if (pe->ty != type_get(v->m, t)->a)
				return fail(v, "place based on _%u: element of %s given type %s", (unsigned)p->local,
					    tys(v, t), tys(v, pe->ty));
			t = pe->ty;
			break;
		default:
			return fail(v, "place based on _%u: unknown projection kind %u", (unsigned)p->local,
				    (unsigned)pe->kind);
		}
	}
	*out = t;
	return 0;
}

static int check_operand(V *v, Operand o, TypeId *out)
{
	if (o.kind == OP_COPY || o.kind == OP_MOVE) {
		TRY(check_place(v, o.v, out));
		if (kind_of(v, *out) == TY_SLICE) /* slice40: a slice place is only borrowed or indexed */
			return fail(v, "operand of the unsized type %s (a slice place only behind a reference)",
				    tys(v, *out));
		return 0;
	}
	if (o.kind != OP_CONST)
		return fail(v, "unknown operand kind %u", (unsigned)o.kind);
	if (o.v >= v->f->nconsts)
		return fail(v, "constant id %u out of range", (unsigned)o.v);
	TypeId t = v->f->consts[o.v].ty;
	if (!is_scalar(v, t) && kind_of(v, t) != TY_UNIT && !const_text(v->m, &v->f->consts[o.v]) &&
	    !(kind_of(v, t) == TY_REF && v->f->consts[o.v].named) &&
	    !(v->f->consts[o.v].named && v->f->consts[o.v].named <= v->m->nnamed &&
	      named_is_aggregate(&v->m->named[v->f->consts[o.v].named - 1]))) /* const39: `const P` */
		return fail(v, "constant of type %s (only integers, bool, char, () and spelled constants)", tys(v, t));
	if (kind_of(v, t) == TY_CHAR && !char_valid(v->f->consts[o.v].bits))
		return fail(v, "char constant with value %llu (not a Unicode scalar value)",
			    (unsigned long long)v->f->consts[o.v].bits);
	if (kind_of(v, t) == TY_BOOL && v->f->consts[o.v].bits > 1)
		return fail(v, "bool constant with value %llu", (unsigned long long)v->f->consts[o.v].bits);
	uint32_t named = v->f->consts[o.v].named;
	if (named) { /* const33: a const item's use holds the item's type and value */
		if (named > v->m->nnamed)
			return fail(v, "const item id %u out of range", (unsigned)named - 1);
		const NamedConst *nc = &v->m->named[named - 1];
		if (nc->promoted) { /* promo36: a promoted's read has its type */
			if (nc->ty != t || v->f->consts[o.v].bits)
				return fail(v, "a read of %s is not a %s", nc->name, tys(v, nc->ty));
		} else if (nc->is_static) { /* consts35: `&T` of a static of T */
			if (kind_of(v, t) != TY_REF || type_get(v->m, t)->a != nc->ty || v->f->consts[o.v].bits)
				return fail(v, "a read of static %s is not a `&%s`", nc->name, tys(v, nc->ty));
		} else if (nc->body) { /* const39: an aggregate's read has its type */
			if (nc->ty != t || v->f->consts[o.v].bits)
				return fail(v, "a use of const %s is not a %s", nc->name, tys(v, nc->ty));
		} else if (nc->ty != t || nc->bits != v->f->consts[o.v].bits)
			return fail(v, "a use of const %s differs from its item's type or value", nc->name);
	}
	*out = t;
	return 0;
}

static int check_operand_list(V *v, uint32_t first, uint32_t n, TypeId *types, uint32_t max)
{
	if (first > v->f->nargsv || n > v->f->nargsv - first)
		return fail(v, "operand list out of range");
	for (uint32_t i = 0; i < n; i++) {
		TypeId t;
		TRY(check_operand(v, v->f->args[first + i], &t));
		if (i < max)
			types[i] = t;
	}
	return 0;
}

static int check_local(V *v, uint32_t l, const char *what)
{
	if (l >= v->f->nlocals)
		return fail(v, "%s of unknown local _%u", what, (unsigned)l);
	return 0;
}

/* ------------------------------------------------------------------ */
/* rvalues: one check per RvKind; dst is the destination's type        */
/* ------------------------------------------------------------------ */

typedef int (*RvCheck)(V *v, const Stmt *s, TypeId dst);

static int rv_use(V *v, const Stmt *s, TypeId dst)
{
	TypeId a;
	TRY(check_operand(v, s->a, &a));
	if (a != dst)
		return fail(v, "assignment of %s to a place of type %s", tys(v, a), tys(v, dst));
	return 0;
}

static int rv_binary(V *v, const Stmt *s, TypeId dst)
{
	if (s->op >= NBINOPS)
		return fail(v, "unknown binary operator %u", (unsigned)s->op);
	TypeId a, b;
	TRY(check_operand(v, s->a, &a));
	TRY(check_operand(v, s->b, &b));
	const char *name = binop_name[s->op];
	if (s->op == BIN_SHL || s->op == BIN_SHR) {
		if (!is_int(v, a) || !is_int(v, b))
			return fail(v, "%s of %s by %s (integers expected)", name, tys(v, a), tys(v, b));
		if (dst != a)
			return fail(v, "%s of %s assigned to a place of type %s", name, tys(v, a), tys(v, dst));
		return 0;
	}
	if (a != b)
		return fail(v, "%s of different types %s and %s", name, tys(v, a), tys(v, b));
	int bitop = s->op == BIN_BITAND || s->op == BIN_BITOR || s->op == BIN_BITXOR;
	if (binop_is_cmp[s->op] && kind_of(v, a) == TY_CHAR) {
		/* char compares (rustc's built-in PartialEq / PartialOrd) */
	} else if (binop_is_cmp[s->op] || bitop) {
		if (!is_int_or_bool(v, a))
			return fail(v, "%s of %s (integers or bool expected)", name, tys(v, a));
	} else if (!is_int(v, a)) {
		return fail(v, "%s of %s (integers expected)", name, tys(v, a));
	}
	TypeId want = binop_is_cmp[s->op] ? (TypeId)TY_BOOL : a;
	if (dst != want)
		return fail(v, "%s produces %s, assigned to a place of type %s", name, tys(v, want), tys(v, dst));
	return 0;
}

static int rv_checked(V *v, const Stmt *s, TypeId dst)
{
	if (s->op >= NBINOPS || !binop_checked_name[s->op])
		return fail(v, "binary operator %u has no checked form", (unsigned)s->op);
	TypeId a, b;
	TRY(check_operand(v, s->a, &a));
	TRY(check_operand(v, s->b, &b));
	const char *name = binop_checked_name[s->op];
	if (a != b || !is_int(v, a))
		return fail(v, "%s of %s and %s (equal integer types expected)", name, tys(v, a), tys(v, b));
	if (kind_of(v, dst) != TY_TUPLE || type_get(v->m, dst)->a != a || type_get(v->m, dst)->b != TY_BOOL)
		return fail(v, "%s produces (%s, bool), assigned to a place of type %s", name, tys(v, a),
			    tys(v, dst));
	return 0;
}

static int rv_unary(V *v, const Stmt *s, TypeId dst)
{
	if (s->op >= NUNOPS)
		return fail(v, "unknown unary operator %u", (unsigned)s->op);
	TypeId a;
	TRY(check_operand(v, s->a, &a));
	if (s->op == UN_NOT && !is_int_or_bool(v, a))
		return fail(v, "Not of %s (integer or bool expected)", tys(v, a));
	if (s->op == UN_NEG && !(is_int(v, a) && type_is_signed(v->m, a)))
		return fail(v, "Neg of %s (signed integer expected)", tys(v, a));
	if (s->op == UN_PTR_METADATA) { /* slice40: a slice pointer's length */
		if (!type_is_fat_ptr(v->m, a))
			return fail(v, "PtrMetadata of %s (a pointer to a slice expected)", tys(v, a));
		if (dst != TY_USIZE)
			return fail(v, "PtrMetadata of %s assigned to a place of type %s", tys(v, a), tys(v, dst));
		return 0;
	}
	if (dst != a)
		return fail(v, "%s of %s assigned to a place of type %s", unop_name[s->op], tys(v, a), tys(v, dst));
	return 0;
}

/* slice40: `&[T; N]` (or `&mut`) to `&[T]` (or `&mut`, or `&` of a `&mut`) */
static int rv_cast_unsize(V *v, TypeId a, TypeId to)
{
	int ka = kind_of(v, a), kt = kind_of(v, to);
	if ((ka != TY_REF && ka != TY_REFMUT) || (kt != TY_REF && kt != TY_REFMUT) || (ka == TY_REF && kt == TY_REFMUT))
		return fail(v, "unsizing cast of %s to %s (a reference to an array to a reference to a slice expected)",
			    tys(v, a), tys(v, to));
	const Type *arr = type_get(v->m, type_get(v->m, a)->a), *sl = type_get(v->m, type_get(v->m, to)->a);
	if (arr->kind != TY_ARRAY || sl->kind != TY_SLICE || arr->a != sl->a)
		return fail(v, "unsizing cast of %s to %s (the array's element type expected)", tys(v, a), tys(v, to));
	return 0;
}

static int rv_cast(V *v, const Stmt *s, TypeId dst)
{
	TypeId a;
	TRY(check_operand(v, s->a, &a));
	if (s->op >= NCASTKINDS)
		return fail(v, "unknown cast kind %u", (unsigned)s->op);
	if (s->op == CAST_UNSIZE) {
		TRY(rv_cast_unsize(v, a, s->x));
		if (dst != s->x)
			return fail(v, "cast to %s assigned to a place of type %s", tys(v, s->x), tys(v, dst));
		return 0;
	}
	if (!is_scalar(v, a))
		return fail(v, "cast from %s (integer, bool or char expected)", tys(v, a));
	if (!is_int(v, s->x) && !(kind_of(v, s->x) == TY_CHAR && (kind_of(v, a) == TY_U8 || kind_of(v, a) == TY_CHAR)))
		return fail(v, "cast to %s (integer expected, or char from u8)", tys(v, s->x));
	if (dst != s->x)
		return fail(v, "cast to %s assigned to a place of type %s", tys(v, s->x), tys(v, dst));
	return 0;
}

static int rv_aggregate(V *v, const Stmt *s, TypeId dst)
{
	TypeId ops[2] = {NO_ID, NO_ID};
	uint32_t n = s->b.v;
	TRY(check_operand_list(v, s->a.v, n, ops, 2));
	if (s->x >= v->m->ntypes)
		return fail(v, "aggregate of unknown type");
	switch (s->op) {
	case AGG_TUPLE:
		if (n == 0 && s->x != TY_UNIT)
			return fail(v, "empty tuple aggregate of type %s", tys(v, s->x));
		if (n == 1 || n > 2)
			return fail(v, "tuple aggregate with %u operands", (unsigned)n);
		if (n == 2 && (kind_of(v, s->x) != TY_TUPLE || type_get(v->m, s->x)->a != ops[0] ||
			       type_get(v->m, s->x)->b != ops[1]))
			return fail(v, "tuple aggregate of type %s with operands %s and %s", tys(v, s->x), tys(v, ops[0]),
				    tys(v, ops[1]));
		break;
	case AGG_POLL_READY:
	case AGG_POLL_PENDING:
		if (kind_of(v, s->x) != TY_POLL)
			return fail(v, "Poll aggregate of type %s", tys(v, s->x));
		if (s->op == AGG_POLL_PENDING && n != 0)
			return fail(v, "Poll::Pending with %u operands", (unsigned)n);
		if (s->op == AGG_POLL_READY && n != 1)
			return fail(v, "Poll::Ready with %u operands (1 expected)", (unsigned)n);
		if (s->op == AGG_POLL_READY && ops[0] != type_get(v->m, s->x)->a)
			return fail(v, "Poll::<%s>::Ready of an operand of type %s", tys(v, type_get(v->m, s->x)->a),
				    tys(v, ops[0]));
		break;
	case AGG_CORO: {
		const Coroutine *c = coro_of(v, s->x);
		if (!c)
			return fail(v, "coroutine aggregate of type %s", tys(v, s->x));
		if (n != c->nupvars)
			return fail(v, "coroutine aggregate with %u operands, coroutine %s has %u upvars", (unsigned)n,
				    c->name, (unsigned)c->nupvars);
		for (uint32_t i = 0; i < n; i++) {
			TypeId t;
			TRY(check_operand(v, v->f->args[s->a.v + i], &t));
			if (t != c->upvars[i].ty)
				return fail(v, "upvar %s of coroutine %s has type %s, given %s", c->upvars[i].name,
					    c->name, tys(v, c->upvars[i].ty), tys(v, t));
		}
		break;
	}
	case AGG_ADT: {
		const Adt *a = adt_of(v->m, s->x);
		if (!a || a->kind == ADT_UNKNOWN)
			return fail(v, "ADT aggregate of type %s", tys(v, s->x));
		uint32_t var = 0, skip = 0;
		if (a->kind == ADT_ENUM) {
			Operand o = n ? v->f->args[s->a.v] : (Operand){0};
			if (!n || o.kind != OP_CONST || v->f->consts[o.v].ty != TY_USIZE ||
			    v->f->consts[o.v].bits >= a->nvariants)
				return fail(v, "enum aggregate of %s without its variant", tys(v, s->x));
			var = (uint32_t)v->f->consts[o.v].bits;
			skip = 1;
		}
		const AdtVariant *av = &a->variants[var];
		if (n - skip != av->nfields)
			return fail(v, "aggregate of %s with %u fields, %u expected", tys(v, s->x), (unsigned)(n - skip),
				    (unsigned)av->nfields);
		for (uint32_t i = skip; i < n; i++) {
			TypeId t;
			TRY(check_operand(v, v->f->args[s->a.v + i], &t));
			if (t != av->fields[i - skip])
				return fail(v, "field %u of %s has type %s, given %s", (unsigned)(i - skip), tys(v, s->x),
					    tys(v, av->fields[i - skip]), tys(v, t));
		}
		break;
	}
	case AGG_ARRAY: /* issue 22 item 4: one operand per element, each of the element type */
	case AGG_REPEAT: /* one operand, the element */
		if (kind_of(v, s->x) != TY_ARRAY)
			return fail(v, "array aggregate of type %s", tys(v, s->x));
		if (n != (s->op == AGG_REPEAT ? 1 : type_get(v->m, s->x)->b))
			return fail(v, "array aggregate of %s with %u operands", tys(v, s->x), (unsigned)n);
		for (uint32_t i = 0; i < n; i++) {
			TypeId t;
			TRY(check_operand(v, v->f->args[s->a.v + i], &t));
			if (t != type_get(v->m, s->x)->a)
				return fail(v, "element %u of %s has type %s", (unsigned)i, tys(v, s->x), tys(v, t));
		}
		break;
	default:
		return fail(v, "unknown aggregate kind %u", (unsigned)s->op);
	}
	if (dst != s->x)
		return fail(v, "aggregate of type %s assigned to a place of type %s", tys(v, s->x), tys(v, dst));
	return 0;
}

static int rv_discr(V *v, const Stmt *s, TypeId dst)
{
	TypeId t;
	TRY(check_place(v, s->a.v, &t));
	if (kind_of(v, t) != TY_POLL && kind_of(v, t) != TY_CORO && !(adt_of(v->m, t) && adt_of(v->m, t)->kind == ADT_ENUM))
		return fail(v, "discriminant of type %s, which is not an enum", tys(v, t));
	if (!is_int(v, dst))
		return fail(v, "discriminant assigned to a place of type %s (integer expected)", tys(v, dst));
	const Adt *a = adt_of(v->m, t);
	if (a && a->repr_int && dst != a->repr_int) /* repr40: rustc's discriminant_ty */
		return fail(v, "discriminant of %s assigned to a place of type %s (its repr's %s expected)", tys(v, t),
			    tys(v, dst), repr_int_name(a->repr_int));
	return 0;
}

static int rv_ref(V *v, const Stmt *s, TypeId dst)
{
	TypeId t;
	TRY(check_place(v, s->a.v, &t));
	TypeKind k = s->rv == RV_REF ? TY_REF : TY_REFMUT;
	if (s->rv == RV_REF && s->op == REF_RAW_FAKE) { /* slice40: only of a slice, for its length */
		if (kind_of(v, t) != TY_SLICE)
			return fail(v, "&raw const (fake) of %s (a slice place expected)", tys(v, t));
		k = TY_RAWCONST;
	} else if (s->rv == RV_REF && s->op != REF_PLAIN) {
		return fail(v, "unknown borrow kind %u", (unsigned)s->op);
	}
	if (!is_ptr_to(v, dst, k, t))
		return fail(v, "%s%s assigned to a place of type %s", k == TY_REF ? "&" : k == TY_RAWCONST ?
			    "&raw const (fake) " : "&mut ", tys(v, t), tys(v, dst));
	return 0;
}

static const RvCheck rv_checks[NRVKINDS] = {
	[RV_USE] = rv_use,       [RV_BINARY] = rv_binary, [RV_CHECKED] = rv_checked,
	[RV_UNARY] = rv_unary,   [RV_CAST] = rv_cast,     [RV_AGGREGATE] = rv_aggregate,
	[RV_DISCR] = rv_discr,   [RV_REF] = rv_ref,       [RV_REFMUT] = rv_ref,
};

/* ------------------------------------------------------------------ */
/* statements: one check per StmtKind                                  */
/* ------------------------------------------------------------------ */

typedef int (*StmtCheck)(V *v, const Stmt *s);

static int st_assign(V *v, const Stmt *s)
{
	TypeId dst;
	TRY(check_place(v, s->place, &dst));
	if (kind_of(v, dst) == TY_SLICE)
		return fail(v, "assignment to a place of the unsized type %s", tys(v, dst));
	if (s->rv >= NRVKINDS)
		return fail(v, "unknown rvalue kind %u", (unsigned)s->rv);
	return rv_checks[s->rv](v, s, dst);
}

static int st_storage(V *v, const Stmt *s)
{
	TRY(check_local(v, s->x, stmt_name[s->kind]));
	/* the return place and the arguments live for the whole body: rustc
	 * emits no storage marker for them (its MaybeStorageLive enters the
	 * body with the arguments live); the executor ran `StorageDead(_0)`
	 * without complaint */
	if (s->x <= v->f->nargs)
		return fail(v, "%s(_%u) of the %s, which lives for the whole body", stmt_name[s->kind], (unsigned)s->x,
			    s->x == 0 ? "return place" : "argument");
	return 0;
}

static int st_set_discr(V *v, const Stmt *s)
{
	TypeId t;
	TRY(check_place(v, s->place, &t));
	if (kind_of(v, t) == TY_POLL) {
		if (s->x > 1)
			return fail(v, "discriminant set to %u, Poll has 2 variants", (unsigned)s->x);
		return 0;
	}
	const Adt *a = adt_of(v->m, t);
	if (a && a->kind == ADT_ENUM) {
		if (a->rustc_order && s->x >= a->nvariants)
			return fail(v, "discriminant set to %u, %s has %u variants", (unsigned)s->x, tys(v, t),
				    (unsigned)a->nvariants);
		return 0;
	}
	const Coroutine *c = coro_of(v, t);
	if (!c)
		return fail(v, "discriminant set on type %s, which is not an enum", tys(v, t));
	if (!c->layout)
		return fail(v, "discriminant set on coroutine %s, which has no layout", c->name);
	if (s->x >= c->layout->nvariants)
		return fail(v, "discriminant set to state %u, coroutine %s has %u states", (unsigned)s->x, c->name,
			    (unsigned)c->layout->nvariants);
	return 0;
}

static int st_place_mention(V *v, const Stmt *s)
{
	TypeId t;
	return check_place(v, s->place, &t);
}

static int st_nop(V *v, const Stmt *s)
{
	(void)v, (void)s;
	return 0;
}

static const StmtCheck stmt_checks[NSTMTKINDS] = {
	[ST_ASSIGN] = st_assign,         [ST_STORAGE_LIVE] = st_storage, [ST_STORAGE_DEAD] = st_storage,
	[ST_SET_DISCR] = st_set_discr,   [ST_PLACE_MENTION] = st_place_mention, [ST_NOP] = st_nop,
};

/* ------------------------------------------------------------------ */
/* terminators: edges, then one check per TermKind                     */
/* ------------------------------------------------------------------ */

static int check_edge(V *v, BlockId to, const char *what)
{
	const Fn *f = v->f;
	if (to >= f->nblocks)
		return fail(v, "%s target bb%u does not exist", what, (unsigned)to);
	int from_cleanup = f->blocks[v->bb].cleanup, to_cleanup = f->blocks[to].cleanup;
	if (from_cleanup && !to_cleanup)
		return fail(v, "cleanup block has a %s edge to non-cleanup block bb%u", what, (unsigned)to);
	if (!from_cleanup && to_cleanup)
		return fail(v, "%s edge to cleanup block bb%u from a non-cleanup block", what, (unsigned)to);
	return 0;
}

static int check_unwind(V *v, const Term *t)
{
	int cleanup = v->f->blocks[v->bb].cleanup;
	switch (t->unwind) {
	case UW_CONTINUE:
		if (cleanup)
			return fail(v, "`unwind continue` in a cleanup block");
		return 0;
	case UW_UNREACHABLE:
	case UW_TERMINATE:
		return 0;
	case UW_CLEANUP:
		if (cleanup)
			return fail(v, "unwind edge from a cleanup block");
		if (t->unwind_bb >= v->f->nblocks)
			return fail(v, "unwind target bb%u does not exist", (unsigned)t->unwind_bb);
		if (!v->f->blocks[t->unwind_bb].cleanup)
			return fail(v, "unwind edge to non-cleanup block bb%u", (unsigned)t->unwind_bb);
		return 0;
	default:
		return fail(v, "unknown unwind action %u", (unsigned)t->unwind);
	}
}

/* return target (may be absent when the terminator diverges) + unwind */
static int check_return_and_unwind(V *v, const Term *t)
{
	if (t->target != NO_BLOCK)
		TRY(check_edge(v, t->target, "return"));
	return check_unwind(v, t);
}

typedef int (*TermCheck)(V *v, const Term *t);

static int tk_goto(V *v, const Term *t)
{
	return check_edge(v, t->target, "goto");
}

static int tk_switch(V *v, const Term *t)
{
	TypeId a;
	TRY(check_operand(v, t->a, &a));
	if (!is_scalar(v, a))
		return fail(v, "switchInt on %s (integer, bool or char expected)", tys(v, a));
	const Fn *f = v->f;
	if (t->args > f->narms || t->nargs > f->narms - t->args)
		return fail(v, "switch arms out of range");
	int bits = type_int_bits(v->m, a);
	if (kind_of(v, a) == TY_BOOL)
		bits = 1;
	/* the values seen, an open-addressing set of arm indexes (+1): a switch
	 * of N arms is checked in O(N), not O(N^2) */
	ScratchMark sm = scratch_mark();
	size_t cap = 16;
	while (cap < 2 * (size_t)t->nargs)
		cap *= 2;
	uint32_t *seen = scratch_alloc(cap * sizeof *seen);
	int rc = 0;
	for (uint32_t i = 0; i < t->nargs && !rc; i++) {
		const SwitchArm *arm = &f->arms[t->args + i];
		if (bits < 64 && arm->value >> bits) {
			rc = fail(v, "switch value %llu does not fit in %s", (unsigned long long)arm->value, tys(v, a));
			break;
		}
		size_t h = (size_t)((arm->value * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & (cap - 1);
		while (seen[h] && f->arms[t->args + seen[h] - 1].value != arm->value)
			h = (h + 1) & (cap - 1);
		if (seen[h]) {
			rc = fail(v, "switch value %llu appears twice", (unsigned long long)arm->value);
			break;
		}
		seen[h] = i + 1;
		rc = check_edge(v, arm->target, "switch");
	}
	scratch_release(sm);
	return rc ? rc : check_edge(v, t->target, "switch otherwise");
}

static int tk_return(V *v, const Term *t)
{
	(void)t;
	if (v->f->blocks[v->bb].cleanup)
		return fail(v, "return in a cleanup block");
	return 0;
}

static int tk_unreachable(V *v, const Term *t)
{
	(void)v, (void)t;
	return 0;
}

static int tk_resume(V *v, const Term *t)
{
	(void)t;
	if (!v->f->blocks[v->bb].cleanup)
		return fail(v, "resume in a non-cleanup block");
	return 0;
}

static int no_yield_left(V *v, const char *what)
{
	static const char *const kinds[] = {"sync fn", "coroutine body", "resume fn", "drop shim"};
	return fail(v, "%s in a %s (no Yield left after the state transform)", what,
		    v->f->kind < 4 ? kinds[v->f->kind] : "fn");
}

static int tk_coroutine_drop(V *v, const Term *t)
{
	(void)t;
	if (v->f->kind != FN_CORO_BODY)
		return no_yield_left(v, "coroutine_drop");
	if (v->f->blocks[v->bb].cleanup)
		return fail(v, "coroutine_drop in a cleanup block");
	return 0;
}

static int tk_yield(V *v, const Term *t)
{
	if (v->f->kind != FN_CORO_BODY)
		return no_yield_left(v, "yield");
	if (v->f->blocks[v->bb].cleanup)
		return fail(v, "yield in a cleanup block");
	TypeId a, r;
	TRY(check_operand(v, t->a, &a));
	if (a != TY_UNIT)
		return fail(v, "yield of %s (the body yields ())", tys(v, a));
	TRY(check_place(v, t->place, &r));
	if (r != TY_RESUMETY)
		return fail(v, "yield resumes into a place of type %s (ResumeTy expected)", tys(v, r));
	TRY(check_edge(v, t->target, "resume"));
	return check_edge(v, t->drop, "drop");
}

static int tk_drop(V *v, const Term *t)
{
	TypeId p;
	TRY(check_place(v, t->place, &p));
	return check_return_and_unwind(v, t);
}

static int tk_assert(V *v, const Term *t)
{
	TypeId c;
	TRY(check_operand(v, t->a, &c));
	if (c != TY_BOOL)
		return fail(v, "assert on %s (bool expected)", tys(v, c));
	if (t->msg >= NASSERTKINDS)
		return fail(v, "unknown assert kind %u", (unsigned)t->msg);
	if (t->msg == AK_OVERFLOW && (t->x >= NBINOPS || !binop_checked_name[t->x]))
		return fail(v, "overflow assert on operator %u (Add, Sub or Mul expected)", (unsigned)t->x);
	if (t->nargs != assert_nargs[t->msg])
		return fail(v, "assert message takes %u operands, given %u", (unsigned)assert_nargs[t->msg],
			    (unsigned)t->nargs);
	TypeId ops[2];
	TRY(check_operand_list(v, t->args, t->nargs, ops, 2));
	return check_return_and_unwind(v, t);
}

/* Builtins of tests/rust/prelude.rs: name, arity, parameter, result. */
static const struct {
	const char *name;
	uint32_t nargs;
	TypeKind param, result;
} builtins[] = {
	{"yield_now", 0, TY_UNIT, TY_YIELDNOW},
	{"observe", 1, TY_U32, TY_UNIT},
	{"guard", 1, TY_U32, TY_GUARD},
};

static int check_call_fn(V *v, const Term *t, const TypeId *ops, TypeId dst)
{
	const Fn *f = v->f;
	if (t->x >= f->nnames)
		return fail(v, "callee name id %u out of range", (unsigned)t->x);
	const char *name = f->names[t->x];
	const Fn *g = module_find_fn(v->m, name);
	if (g) {
		if (t->nargs != g->nargs)
			return fail(v, "call to %s with %u arguments, it takes %u", name, (unsigned)t->nargs,
				    (unsigned)g->nargs);
		for (uint32_t i = 0; i < t->nargs && i < 8; i++)
			if (1 + i < g->nlocals && ops[i] != g->locals[1 + i].ty)
				return fail(v, "argument %u of %s has type %s, given %s", (unsigned)i + 1, name,
					    tys(v, g->locals[1 + i].ty), tys(v, ops[i]));
		if (g->nlocals && dst != g->locals[0].ty)
			return fail(v, "%s returns %s, assigned to a place of type %s", name, tys(v, g->locals[0].ty),
				    tys(v, dst));
		return 0;
	}
	for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++) {
		if (strcmp(builtins[i].name, name) != 0)
			continue;
		if (t->nargs != builtins[i].nargs)
			return fail(v, "call to %s with %u arguments, it takes %u", name, (unsigned)t->nargs,
				    (unsigned)builtins[i].nargs);
		if (t->nargs && ops[0] != builtins[i].param)
			return fail(v, "argument 1 of %s has type %s, given %s", name, tys(v, builtins[i].param),
				    tys(v, ops[0]));
		if (dst != builtins[i].result)
			return fail(v, "%s returns %s, assigned to a place of type %s", name,
				    tys(v, builtins[i].result), tys(v, dst));
		return 0;
	}
	if (clone_leaf_name(name)) /* derive38: `<u32 as Clone>::clone`, a &u32 in, a u32 out (clone39: core's types) */
		return t->nargs == 1 && dst != NO_ID && clone_leaf_of(v->m, name, dst) && is_ptr_to(v, ops[0], TY_REF, dst)
		       ? 0 : fail(v, "call to %s with the wrong operands", name);
	if (try_leaf_kind(name)) /* `?`'s (issue 22 item 4): an enum in, an enum out */
		return t->nargs == 1 && adt_of(v->m, ops[0]) && adt_of(v->m, dst) ? 0
		       : fail(v, "call to %s with the wrong operands", name);
	if (cmp_leaf_op(name) >= 0) /* cmp39: two `&T` of one comparable T in, a bool out */
		return t->nargs == 2 && ops[0] == ops[1] && kind_of(v, ops[0]) == TY_REF &&
		       type_core_comparable(v->m, type_get(v->m, ops[0])->a) && dst == TY_BOOL &&
		       core_leaf_of_type(v->m, name, type_get(v->m, ops[0])->a) ? 0
		       : fail(v, "call to %s with the wrong operands", name);
	if (panic_leaf_kind(name)) { /* mac40: a &str in, `!` out; from_str's out, panic_fmt's in: an Arguments */
		int k = panic_leaf_kind(name), fmt = k == PANIC_LEAF_PANIC_FMT, args_out = !fmt && k != PANIC_LEAF_PANIC;
		return t->nargs == 1 && (fmt ? type_is_fmt_arguments(v->m, ops[0]) : type_is_str_ref(v->m, ops[0])) &&
		       (args_out ? type_is_fmt_arguments(v->m, dst) : dst == TY_NEVER) ? 0
		       : fail(v, "call to %s with the wrong operands", name);
	}
	if (slice_leaf_kind(name)) /* slice40: a `&[T]` in (T the name's), a usize (len) or bool (is_empty) out */
		return t->nargs == 1 && kind_of(v, ops[0]) == TY_REF && type_is_fat_ptr(v->m, ops[0]) &&
		       core_leaf_of_slice(v->m, name, type_get(v->m, ops[0])->a) &&
		       dst == (slice_leaf_kind(name) == SLICE_LEN ? TY_USIZE : TY_BOOL) ? 0
		       : fail(v, "call to %s with the wrong operands", name);
	if (query_leaf_kind(name)) /* cmp39: a `&E` of core's Option / Result in, a bool out */
		return t->nargs == 1 && kind_of(v, ops[0]) == TY_REF && adt_of(v->m, type_get(v->m, ops[0])->a) &&
		       adt_is_core(v->m, adt_of(v->m, type_get(v->m, ops[0])->a)) && dst == TY_BOOL &&
		       core_leaf_of_type(v->m, name, type_get(v->m, ops[0])->a) ? 0
		       : fail(v, "call to %s with the wrong operands", name);
	if (iter_leaf_kind(name)) /* for40: a `for` loop's core fns (core_iter.c) */
		return iter_leaf_check(v->m, name, iter_leaf_kind(name), ops, t->nargs, dst) ? 0
		       : fail(v, "call to %s with the wrong operands", name);
	TypeId self;
	int k = int_leaf_of(v->m, name, &self);
	const char *why = k != IM_NONE ? int_leaf_check(v->m, k, self, ops, t->nargs, dst) /* meth40: core_int.c */
	                : (k = enum_leaf_of(name)) != EM_NONE ? enum_leaf_check(v->m, k, name, ops, t->nargs, dst) : "";
	if (k != IM_NONE)
		return why ? fail(v, "call to %s with the wrong operands: not %s", name, why) : 0;
	return fail(v, "call to unknown fn %s", name);
}

/* Type of a future's Output, NO_ID if t is not a future. */
static TypeId future_output(const V *v, TypeId t)
{
	if (t == TY_YIELDNOW)
		return TY_UNIT;
	const Coroutine *c = coro_of(v, t);
	if (c)
		return c->output;
	return kind_of(v, t) == TY_CORO ? NO_ID : module_future_output(v->m, t); /* imported code's */
}

static int find_type(const V *v, TypeKind k, TypeId a)
{
	TypeId t = type_lookup(v->m, (Type){.kind = (uint8_t)k, .a = a});
	return t == NO_ID ? -1 : (int)t;
}

static int tk_call(V *v, const Term *t)
{
	TypeId dst, ops[8] = {NO_ID, NO_ID, NO_ID, NO_ID, NO_ID, NO_ID, NO_ID, NO_ID};
	TRY(check_place(v, t->place, &dst));
	TRY(check_operand_list(v, t->args, t->nargs, ops, 8));
	TypeId x = t->x;
	const char *what = NULL;
	switch (t->op) {
	case CALLEE_FN:
		TRY(check_call_fn(v, t, ops, dst));
		break;
	case CALLEE_INTO_FUTURE:
		if (t->nargs != 1 || ops[0] != x || dst != x)
			what = "into_future takes a T and returns it";
		break;
	case CALLEE_PIN_NEW:
		if (t->nargs != 1 || !is_ptr_to(v, ops[0], TY_REFMUT, x) || kind_of(v, dst) != TY_PIN ||
		    !is_ptr_to(v, type_get(v->m, dst)->a, TY_REFMUT, x))
			what = "Pin::new_unchecked takes a &mut T and returns a Pin<&mut T>";
		break;
	case CALLEE_GET_CONTEXT:
		if (t->nargs != 1 || ops[0] != TY_RESUMETY || !is_ptr_to(v, dst, TY_REFMUT, TY_CONTEXT))
			what = "get_context takes a ResumeTy and returns a &mut Context<'_>";
		break;
	case CALLEE_POLL: {
		if (x >= v->m->ntypes || future_output(v, x) == NO_ID)
			return fail(v, "<%s as Future>::poll: %s is not a future", tys(v, x), tys(v, x));
		int refmut = find_type(v, TY_REFMUT, x);
		if (t->nargs != 2 || refmut < 0 || !is_ptr_to(v, ops[0], TY_PIN, (TypeId)refmut) ||
		    !is_ptr_to(v, ops[1], TY_REFMUT, TY_CONTEXT) || !is_ptr_to(v, dst, TY_POLL, future_output(v, x)))
			what = "poll takes (Pin<&mut T>, &mut Context<'_>) and returns Poll<T::Output>";
		break;
	}
	case CALLEE_DROP_IN_PLACE:
		if (t->nargs != 1 || !is_ptr_to(v, ops[0], TY_RAWMUT, x) || dst != TY_UNIT)
			what = "drop_in_place takes a *mut T and returns ()";
		break;
	default:
		return fail(v, "unknown callee kind %u", (unsigned)t->op);
	}
	if (what)
		return fail(v, "ill-typed call: %s", what);
	return check_return_and_unwind(v, t);
}

static const TermCheck term_checks[NTERMKINDS] = {
	[TK_GOTO] = tk_goto,       [TK_SWITCH] = tk_switch,           [TK_RETURN] = tk_return,
	[TK_CALL] = tk_call,       [TK_YIELD] = tk_yield,             [TK_DROP] = tk_drop,
	[TK_ASSERT] = tk_assert,   [TK_UNREACHABLE] = tk_unreachable, [TK_RESUME] = tk_resume,
	[TK_COROUTINE_DROP] = tk_coroutine_drop,
};

/* ------------------------------------------------------------------ */
/* fn-level checks, run in order                                       */
/* ------------------------------------------------------------------ */

static int fn_shape(V *v)
{
	const Fn *f = v->f;
	const Module *m = v->m;
	if (f->nlocals < 1 || f->nlocals - 1 < f->nargs)
		return fail(v, "%u arguments but only %u locals", (unsigned)f->nargs, (unsigned)f->nlocals);
	for (uint32_t i = 0; i < f->nlocals; i++)
		if (f->locals[i].ty >= m->ntypes)
			return fail(v, "local _%u has an unknown type", (unsigned)i);
	if (f->nblocks == 0)
		return fail(v, "no basic blocks");
	if (f->kind == FN_SYNC)
		return 0;
	if (f->kind > FN_DROP_SHIM)
		return fail(v, "unknown fn kind %u", (unsigned)f->kind);
	if (f->coro >= m->ncoros)
		return fail(v, "%s not attached to any coroutine",
			    f->kind == FN_CORO_BODY ? "coroutine body" : f->kind == FN_RESUME ? "resume fn" : "drop shim");
	const Coroutine *c = &m->coros[f->coro];
	TypeId ct = c->ty;
	TypeId ret = f->locals[0].ty;
	if (f->kind == FN_CORO_BODY) {
		if (ret != c->output)
			return fail(v, "coroutine body returns %s, coroutine %s has output %s", tys(v, ret), c->name,
				    tys(v, c->output));
	} else if (f->kind == FN_RESUME) {
		int rm = ct == NO_ID ? -1 : find_type(v, TY_REFMUT, ct);
		if (f->nargs != 2 || rm < 0 || !is_ptr_to(v, f->locals[1].ty, TY_PIN, (TypeId)rm) ||
		    !is_ptr_to(v, f->locals[2].ty, TY_REFMUT, TY_CONTEXT) || !is_ptr_to(v, ret, TY_POLL, c->output))
			return fail(v, "resume fn of %s must be (_1: Pin<&mut C>, _2: &mut Context<'_>) -> Poll<%s>",
				    c->name, tys(v, c->output));
	} else {
		if (f->nargs != 1 || ct == NO_ID || !is_ptr_to(v, f->locals[1].ty, TY_RAWMUT, ct) || ret != TY_UNIT)
			return fail(v, "drop shim of %s must be (_1: *mut C) -> ()", c->name);
	}
	return 0;
}

static int fn_blocks(V *v)
{
	const Fn *f = v->f;
	v->enum_of = malloc((f->nlocals ? f->nlocals : 1) * sizeof *v->enum_of);
	v->base_of = malloc((f->nlocals ? f->nlocals : 1) * sizeof *v->base_of);
	if (!v->enum_of || !v->base_of)
		internal_error("out of memory");
	for (uint32_t i = 0; i < f->nlocals; i++)
		v->enum_of[i] = NO_ID;
	for (v->bb = 0; v->bb < f->nblocks; v->bb++) {
		const Block *b = &f->blocks[v->bb];
		if (b->nstmts && !b->stmts)
			return fail(v, "statement array missing");
		for (uint32_t i = 0; i < b->nstmts; i++) {
			const Stmt *s = &b->stmts[i];
			if (s->kind >= NSTMTKINDS)
				return fail(v, "unknown statement kind %u", (unsigned)s->kind);
			TRY(stmt_checks[s->kind](v, s));
			if (s->kind == ST_ASSIGN && s->rv == RV_DISCR && place_is_local(f, s->place)) {
				v->enum_of[f->places[s->place].local] = place_type(f, s->a.v);
				v->base_of[f->places[s->place].local] = f->places[s->a.v].local;
			}
		}
		if (!b->has_term)
			return fail(v, "missing terminator");
		if (b->term.kind >= NTERMKINDS)
			return fail(v, "unknown terminator kind %u", (unsigned)b->term.kind);
		TRY(term_checks[b->term.kind](v, &b->term));
		const Term *t = &b->term;
		if (t->kind == TK_SWITCH && t->a.kind != OP_CONST && place_is_local(f, t->a.v)) {
			if (v->nswitches == v->capswitches) {
				v->capswitches = v->capswitches ? 2 * v->capswitches : 16;
				v->switches = realloc(v->switches, v->capswitches * sizeof *v->switches);
				if (!v->switches)
					internal_error("out of memory");
			}
			v->switches[v->nswitches++] = v->bb;
		}
	}
	v->bb = NO_BLOCK;
	return 0;
}

/* The arm of state `st` of a resume fn's (or drop shim's) state switch
 * resumes where that state was left: the saved locals it reads before writing
 * them are the ones variant `st` holds. Two arms swapped verified, and `run`
 * resumed state 3 with state 4's code and returned a wrong value (issue 23's
 * second sweep). Checked along every path of normal edges (gotos, switches,
 * calls, drops and asserts; not unwind edges) from the arm to a return, in
 * depth-first order, with the saved locals written on the path so far
 * (`wcount`, undone on the way back). A read of saved local s with no write of
 * s on a path from the arm makes s live at that state's yield (rustc's
 * MaybeLiveLocals: a path to a use with no def; a partial write is neither),
 * and, the read being borrow-checked (s definitely initialised there, over
 * every path, the one through the yield too), s is initialised at the yield, so
 * it requires storage there (MaybeRequiresStorage); rustc saves in the yield's
 * variant every local live and requiring storage there, so a rejection is never
 * of a valid module. A Drop is the exception: ElaborateDrops guards the drop of
 * a maybe-moved local with its drop flag, and the walk cannot tell the flag's
 * switch from another, so a Drop counts only before the path's first switch
 * (bench/block_select_like.rs: `if c { rx.await } else { timeout.await }`, rx's
 * flag-guarded drop after state 3, whose variant does not hold the moved rx,
 * is reached through such a switch). Each block is walked once
 * by all arms together (`walked`: linear): a block another arm or another path
 * reached first is not walked again, so the check is sound, not complete (a
 * read reached first on a path that wrote it, or only through another arm's
 * blocks, is not checked on the others). */
typedef struct ArmWalk {
	V *v;
	const Coroutine *c;
	LocalId self;
	uint32_t st;
	uint32_t *wcount; /* per saved local: its whole writes on the current path */
	const uint32_t *held; /* per saved local: st when state st holds it (marked per arm) */
	uint32_t *trail;  /* the saved locals written on the current path, in order */
	uint32_t ntrail, captrail;
	int r;
	int branched; /* the path to the block being walked passed a switch of two targets or more */
} ArmWalk;

static void arm_read(ArmWalk *w, PlaceId p)
{
	if (w->r || p == NO_ID)
		return;
	const Fn *f = w->v->f;
	const Layout *l = w->c->layout;
	uint32_t s = layout_place_saved(f, p, w->self, l);
	if (s == NO_ID || (s < l->nsaved && (w->wcount[s] || w->held[s] == w->st)))
		return;
	/* held[] answers for the saved locals; a field naming none (a bad .mir) is looked for in the
	 * list (a scan of the state's fields per read was reads x fields: N saved temporaries) */
	for (uint32_t k = 0; s >= l->nsaved && k < l->nfields[w->st]; k++)
		if (l->fields[l->field_start[w->st] + k] == s)
			return;
	w->r = fail(w->v, "the arm of state %u (Suspend%u) reads _s%u, which that state does not hold (the arm is "
	                  "another state's code)",
	            (unsigned)w->st, (unsigned)(w->st - STATE_FIRST_SUSPEND), (unsigned)s);
}

static void arm_op(ArmWalk *w, const Operand *o)
{
	if (o->kind != OP_CONST)
		arm_read(w, o->v);
}

static void arm_write(ArmWalk *w, PlaceId p)
{
	const Fn *f = w->v->f;
	if (p == NO_ID || place_get(f, p)->nproj != 3)
		return; /* a part of a saved local is neither a read nor the whole written */
	uint32_t s = layout_place_saved(f, p, w->self, w->c->layout);
	if (s == NO_ID || s >= w->c->layout->nsaved)
		return;
	if (w->ntrail == w->captrail) {
		w->captrail = w->captrail ? 2 * w->captrail : 64;
		w->trail = realloc(w->trail, w->captrail * sizeof *w->trail);
		if (!w->trail)
			internal_error("out of memory");
	}
	w->trail[w->ntrail++] = s;
	w->wcount[s]++;
}

/* Block b's reads and writes, in order; its normal successors into succ (at most 2 + arms). */
static uint32_t arm_block(ArmWalk *w, BlockId b, BlockId *succ, uint32_t max)
{
	const Fn *f = w->v->f;
	const Block *bl = &f->blocks[b];
	w->v->bb = b;
	for (uint32_t i = 0; i < bl->nstmts && !w->r; i++) {
		const Stmt *s = &bl->stmts[i];
		if (s->kind != ST_ASSIGN)
			continue;
		switch (s->rv) {
		case RV_USE: case RV_CAST: case RV_UNARY:
			arm_op(w, &s->a);
			break;
		case RV_BINARY: case RV_CHECKED:
			arm_op(w, &s->a);
			arm_op(w, &s->b);
			break;
		case RV_AGGREGATE:
			for (uint32_t k = 0; k < s->b.v; k++)
				arm_op(w, &f->args[s->a.v + k]);
			break;
		default: /* RV_DISCR, RV_REF, RV_REFMUT */
			arm_read(w, s->a.v);
			break;
		}
		arm_write(w, s->place);
	}
	const Term *t = &bl->term;
	uint32_t n = 0;
	switch (t->kind) {
	case TK_GOTO:
		succ[n++] = t->target;
		break;
	case TK_SWITCH:
		arm_op(w, &t->a);
		for (uint32_t i = 0; i < t->nargs && n < max; i++)
			succ[n++] = f->arms[t->args + i].target;
		if (n < max)
			succ[n++] = t->target;
		break;
	case TK_CALL:
		for (uint32_t k = 0; k < t->nargs; k++)
			arm_op(w, &f->args[t->args + k]);
		arm_write(w, t->place);
		succ[n++] = t->target;
		break;
	case TK_DROP:
		if (!w->branched) /* maybe a drop-flag-guarded drop of a moved local past a switch */
			arm_read(w, t->place);
		succ[n++] = t->target;
		break;
	case TK_ASSERT:
		arm_op(w, &t->a);
		succ[n++] = t->target;
		break;
	default:
		break;
	}
	return n;
}

typedef struct ArmFrame {
	size_t succ;        /* where the block's normal successors start in the walk's list */
	uint32_t nsucc, next;
	uint32_t ntrail;    /* the trail before the block */
	int branched;       /* the path to the block passed a switch (ArmWalk.branched) */
	BlockId blk;
} ArmFrame;

static int state_arm_reads(V *v, const Coroutine *c, LocalId self, uint32_t st, BlockId b, uint8_t *walked,
			   uint32_t *wcount, uint32_t *held)
{
	const Fn *f = v->f;
	const Layout *l = c->layout;
	for (uint32_t k = 0; k < l->nfields[st]; k++)
		if (l->fields[l->field_start[st] + k] < l->nsaved)
			held[l->fields[l->field_start[st] + k]] = st;
	ArmWalk w = {.v = v, .c = c, .self = self, .st = st, .wcount = wcount, .held = held};
	ArmFrame *stack = NULL;
	uint32_t depth = 0, cap = 0;
	BlockId *succbuf = NULL; /* the frames' successor lists, a stack too */
	size_t nsuccbuf = 0, capsuccbuf = 0;
	BlockId next = b;
	for (;;) {
		if (next < f->nblocks && !walked[next] && !w.r) {
			walked[next] = 1;
			uint32_t max = 2 + term_nsuccessors(f, &f->blocks[next].term);
			if (nsuccbuf + max > capsuccbuf) {
				while (nsuccbuf + max > capsuccbuf)
					capsuccbuf = capsuccbuf ? 2 * capsuccbuf : 256;
				succbuf = realloc(succbuf, capsuccbuf * sizeof *succbuf);
				if (!succbuf)
					internal_error("out of memory");
			}
			if (depth == cap) {
				cap = cap ? 2 * cap : 64;
				stack = realloc(stack, cap * sizeof *stack);
				if (!stack)
					internal_error("out of memory");
			}
			uint32_t before = w.ntrail;
			w.branched = depth && (stack[depth - 1].branched || (f->blocks[stack[depth - 1].blk].term.kind ==
			                                                         TK_SWITCH && stack[depth - 1].nsucc > 1));
			uint32_t n = arm_block(&w, next, succbuf + nsuccbuf, max);
			stack[depth++] = (ArmFrame){.succ = nsuccbuf, .nsucc = n, .next = 0, .ntrail = before,
			                            .branched = w.branched, .blk = next};
			nsuccbuf += n;
		}
		if (w.r || !depth)
			break;
		ArmFrame *fr = &stack[depth - 1];
		size_t off = fr->succ;
		if (fr->next < fr->nsucc) {
			next = succbuf[off + fr->next++];
			continue;
		}
		while (w.ntrail > fr->ntrail) /* back out of the block: its writes are off the path */
			w.wcount[w.trail[--w.ntrail]]--;
		nsuccbuf = off;
		depth--;
		next = NO_BLOCK;
	}
	while (w.ntrail) /* wcount all zero again for the next arm */
		w.wcount[w.trail[--w.ntrail]]--;
	free(stack);
	free(succbuf);
	free(w.trail);
	return w.r;
}

/* A switch on `discriminant(P)` must name existing variants of P's enum. */
static int fn_discr_switches(V *v)
{
	const Fn *f = v->f;
	/* fn_blocks found the discriminant reads and the switches on a local */
	const TypeId *enum_of = v->enum_of;
	const LocalId *base_of = v->base_of;
	uint8_t *walked = NULL; /* blocks an arm's walk (state_arm_reads) has passed */
	int r = 0;
	for (uint32_t k = 0; r == 0 && k < v->nswitches; k++) {
		v->bb = v->switches[k];
		const Term *t = &f->blocks[v->bb].term;
		TypeId e = enum_of[f->places[t->a.v].local];
		if (e == NO_ID)
			continue;
		const Adt *a = adt_of(v->m, e);
		if (a && !a->rustc_order)
			continue; /* a user enum's discriminant values are its own (`A = 5`), not known here */
		const Coroutine *c = coro_of(v, e);
		uint32_t nv = a ? a->nvariants : c ? (c->layout ? c->layout->nvariants : 0) : 2;
		for (uint32_t i = 0; r == 0 && i < t->nargs; i++) {
			uint64_t val = f->arms[t->args + i].value;
			if (c && !c->layout)
				r = fail(v, "switch on the state of coroutine %s, which has no layout", c->name);
			else if (val >= nv && c)
				r = fail(v, "switch on the state of coroutine %s names state %llu, which does not exist "
					    "(%u states)",
					 c->name, (unsigned long long)val, (unsigned)nv);
			else if (a && a->discrs ? adt_variant_of_discr(a, val) == NO_ID : val >= nv)
				r = fail(v, "switch on the discriminant of %s names variant %llu, which does not exist",
					 tys(v, e), (unsigned long long)val);
		}
		/* the resume fn's state switch has an arm for every Suspend state
		 * (rustc's create_cases: one per suspension point); one left out
		 * verified and `run` reached `unreachable` when resuming there */
		if (r == 0 && c && c->layout && c->resume && strcmp(c->resume, f->name) == 0) {
			/* the states with an arm, marked in one pass over the arms (a scan
			 * of the arms per state was states x arms: N awaits, issue 23) */
			uint8_t *has = calloc(nv ? nv : 1, 1);
			if (!has)
				internal_error("out of memory");
			for (uint32_t i = 0; i < t->nargs; i++)
				if (f->arms[t->args + i].value < nv)
					has[f->arms[t->args + i].value] = 1;
			for (uint32_t st = STATE_FIRST_SUSPEND; r == 0 && st < nv; st++)
				if (!has[st])
					r = fail(v, "the state switch of coroutine %s has no arm for state %u (Suspend%u)", c->name,
						 (unsigned)st, (unsigned)(st - STATE_FIRST_SUSPEND));
			free(has);
		}
		if (r == 0 && c && c->layout && ((c->resume && strcmp(c->resume, f->name) == 0) ||
		                                  (c->drop && strcmp(c->drop, f->name) == 0))) {
			if (!walked && !(walked = calloc(f->nblocks ? f->nblocks : 1, 1)))
				internal_error("out of memory");
			/* per saved local, its writes on the walked path (state_arm_reads) */
			uint32_t ns = c->layout->nsaved ? c->layout->nsaved : 1;
			uint32_t *wcount = calloc(ns, sizeof *wcount), *held = malloc(ns * sizeof *held);
			if (!wcount || !held)
				internal_error("out of memory");
			for (uint32_t i = 0; i < ns; i++)
				held[i] = NO_ID; /* no state */
			BlockId sw = v->bb;
			for (uint32_t i = 0; r == 0 && i < t->nargs; i++)
				if (f->arms[t->args + i].value >= STATE_FIRST_SUSPEND && f->arms[t->args + i].value < nv)
					r = state_arm_reads(v, c, base_of[f->places[t->a.v].local], (uint32_t)f->arms[t->args + i].value,
							    f->arms[t->args + i].target, walked, wcount, held);
			free(wcount);
			free(held);
			if (r == 0)
				v->bb = sw;
		}
	}
	v->bb = NO_BLOCK;
	free(walked);
	return r;
}

static int (*const fn_checks[])(V *) = {fn_shape, fn_blocks, fn_discr_switches};

int verify_fn(const Fn *f, const char *pass, Diag *d)
{
	V v = {.m = f->mod, .f = f, .pass = pass, .d = d, .bb = NO_BLOCK};
	int r = 0;
	for (size_t i = 0; r == 0 && i < sizeof fn_checks / sizeof *fn_checks; i++)
		if (fn_checks[i](&v) < 0)
			r = -1;
	free(v.enum_of);
	free(v.base_of);
	free(v.switches);
	return r;
}

/* ------------------------------------------------------------------ */
/* module-level checks                                                 */
/* ------------------------------------------------------------------ */

static int check_coro_fn(V *v, uint32_t ci, const char *name, FnKind kind, const char *role)
{
	const Coroutine *c = &v->m->coros[ci];
	if (!name)
		return 0;
	const Fn *f = module_find_fn(v->m, name);
	static const char *const kinds[] = {"sync fn", "coroutine body", "resume fn", "drop shim"};
	if (!f)
		return fail(v, "coroutine %s: %s fn %s does not exist", c->name, role, name);
	if (f->kind != kind || f->coro != ci)
		return fail(v, "coroutine %s: %s fn %s is a %s%s", c->name, role, name,
			    f->kind < 4 ? kinds[f->kind] : "fn", f->kind == kind ? " of another coroutine" : "");
	return 0;
}

/* A type whose size this module knows: no opaque type (the importer's), no
 * coroutine without a layout. */
static int type_sized(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	switch (ty->kind) {
	case TY_OPAQUE: return 0;
	case TY_ADT: return adt_of(m, t) && (adt_of(m, t)->size != 0 || adt_of(m, t)->defined); /* a defined struct may be a ZST */
	case TY_CORO: return ty->coro < m->ncoros && m->coros[ty->coro].layout != NULL;
	case TY_POLL: return type_sized(m, ty->a);
	case TY_TUPLE: return type_sized(m, ty->a) && type_sized(m, ty->b);
	default: return 1;
	}
}

typedef struct Span {
	uint32_t off, end; /* bytes [off, end) */
	uint32_t saved;    /* index of the saved local */
} Span;

static int cmp_span(const void *x, const void *y)
{
	const Span *a = x, *b = y;
	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	return a->saved < b->saved ? -1 : a->saved > b->saved;
}

static int cmp_span_end(const void *x, const void *y)
{
	const Span *a = x, *b = y;
	if (a->end != b->end)
		return a->end < b->end ? -1 : 1;
	return a->saved < b->saved ? -1 : a->saved > b->saved;
}

/* Upvars and saved locals as byte spans of one class each: a relocated upvar
 * (0), an upvar at a fixed offset (1), a saved local (2). */
typedef struct ClassSpan {
	uint64_t off, end;
	uint32_t cls;
} ClassSpan;

static int cmp_class_span(const void *x, const void *y)
{
	const ClassSpan *a = x, *b = y;
	return a->off < b->off ? -1 : a->off > b->off;
}

/* Whether two spans may not share bytes: any pair with an upvar, but a
 * relocated upvar and a saved local may (saved locals among themselves are
 * checked against their conflicts). */
static int classes_exclusive(uint32_t a, uint32_t b)
{
	return (a != 2 || b != 2) && !(a == 0 && b == 2) && !(a == 2 && b == 0);
}

/* Whether some two non-empty upvar / saved-local spans that must not share a
 * byte do: sorted by offset, each span is compared with the furthest end of
 * each class before it, O(n log n). The callers' pair walks, quadratic, only
 * run when this finds one, to name the pair they always named. */
static int upvar_spans_overlap(const Module *m, const Coroutine *c)
{
	const Layout *l = c->layout;
	ScratchMark sm = scratch_mark();
	ClassSpan *sp = scratch_alloc_uninit(((size_t)c->nupvars + l->nsaved + 1) * sizeof *sp);
	uint32_t n = 0;
	for (uint32_t i = 0; i < c->nupvars; i++) {
		uint64_t a0 = l->upvar_offset[i], a1 = a0 + type_size(m, c->upvars[i].ty);
		if (a1 > a0)
			sp[n++] = (ClassSpan){a0, a1, l->relocated && l->relocated[i] ? 0 : 1};
	}
	for (uint32_t s = 0; s < l->nsaved; s++) {
		uint64_t b0 = l->saved[s].offset, b1 = b0 + type_size(m, l->saved[s].ty);
		if (b1 > b0)
			sp[n++] = (ClassSpan){b0, b1, 2};
	}
	qsort(sp, n, sizeof *sp, cmp_class_span);
	uint64_t reach[3] = {0, 0, 0}; /* per class, the furthest end so far */
	int hit = 0;
	for (uint32_t k = 0; k < n && !hit; k++) {
		for (uint32_t q = 0; q < 3; q++)
			if (classes_exclusive(q, sp[k].cls) && reach[q] > sp[k].off)
				hit = 1;
		if (sp[k].end > reach[sp[k].cls])
			reach[sp[k].cls] = sp[k].end;
	}
	scratch_release(sm);
	return hit;
}

static int overlap_fail(V *v, const Coroutine *c, const Span *x, const Span *y)
{
	return fail(v, "coroutine %s: _s%u and _s%u are in conflict but share bytes %u..%u", c->name,
		    (unsigned)(x->saved < y->saved ? x->saved : y->saved), (unsigned)(x->saved < y->saved ? y->saved : x->saved),
		    (unsigned)y->off, (unsigned)(x->end < y->end ? x->end : y->end));
}

/* The first pair of spans (sorted by offset) that share bytes while in conflict, worded */
static int overlap_pairs(V *v, const Coroutine *c, const Layout *l, const Span *sp, uint32_t n)
{
	int rc = 0;
	for (uint32_t i = 0; i < n && !rc; i++)
		for (uint32_t j = i + 1; j < n && sp[j].off < sp[i].end && !rc; j++)
			if (layout_conflict(l, sp[i].saved, sp[j].saved))
				rc = overlap_fail(v, c, &sp[i], &sp[j]);
	return rc;
}

/* One field of the future: inside it, aligned, clear of the tag. */
static int check_field(V *v, const Coroutine *c, const char *what, uint32_t i, TypeId t, uint32_t off)
{
	const Module *m = v->m;
	const Layout *l = c->layout;
	uint32_t size = type_size(m, t), align = type_align(m, t);
	if ((uint64_t)off + size > l->size)
		return fail(v, "coroutine %s: %s%u (%u bytes at offset %u) ends past the size %u", c->name, what,
			    (unsigned)i, (unsigned)size, (unsigned)off, (unsigned)l->size);
	if (align > l->align || off % align)
		return fail(v, "coroutine %s: %s%u at offset %u breaks its alignment %u (the coroutine's is %u)", c->name,
			    what, (unsigned)i, (unsigned)off, (unsigned)align, (unsigned)l->align);
	if (size && l->tag_size && off < l->tag_offset + l->tag_size && l->tag_offset < off + size)
		return fail(v, "coroutine %s: %s%u (bytes %u..%u) overlaps the tag (bytes %u..%u)", c->name, what,
			    (unsigned)i, (unsigned)off, (unsigned)(off + size), (unsigned)l->tag_offset,
			    (unsigned)(l->tag_offset + l->tag_size));
	return 0;
}

/* Every saved local conflicts with itself: rustc's storage_conflicts has a
 * saved local live (storage-live at a yield) in its own row, and its
 * promotion tie-break counts that bit. A matrix without its diagonal, or a
 * .mir layout whose `conflicts _sN:` row is left out, states another matrix. */
static int check_conflict_diagonal(V *v, const Coroutine *c)
{
	const Layout *l = c->layout;
	for (uint32_t s = 0; s < l->nsaved; s++)
		if (!l->conflicts || !layout_conflict(l, s, s))
			return fail(v, "coroutine %s: _s%u is not in conflict with itself (every saved local is: its "
				    "`conflicts _s%u:` row must name it)", c->name, (unsigned)s, (unsigned)s);
	return 0;
}

/* Which saved locals are promoted to the prefix is rustc's rule
 * (coroutine_saved_local_eligibility: in two variants, or the one of a
 * conflicting pair in different variants with more conflicts, or all when
 * fewer than two variants keep their own), decided by the variants and the
 * conflicts: layout_compute on a copy says which, and the layout must agree.
 * Relocate-upvars' layouts promote nothing (layout.c). */
static int check_promotion(V *v, const Coroutine *c)
{
	const Layout *l = c->layout;
	if (l->relocated || l->pack || !l->nsaved)
		return 0;
	ScratchMark sm = scratch_mark();
	Layout t = *l;
	t.saved = scratch_alloc_uninit(l->nsaved * sizeof *t.saved);
	memcpy(t.saved, l->saved, l->nsaved * sizeof *t.saved);
	t.upvar_offset = scratch_alloc((c->nupvars ? c->nupvars : 1) * sizeof *t.upvar_offset);
	layout_compute(v->m, c, &t);
	int rc = 0;
	for (uint32_t s = 0; s < l->nsaved && !rc; s++)
		if (t.saved[s].promoted != l->saved[s].promoted)
			rc = fail(v, "coroutine %s: _s%u is %s, but rustc's rule %s it (its variants and conflicts)", c->name,
				  (unsigned)s, l->saved[s].promoted ? "promoted" : "not promoted",
				  t.saved[s].promoted ? "promotes" : "does not promote");
	scratch_release(sm);
	return rc;
}

/* The facts a layout states are checked, not trusted: a .mir file carries
 * them and passes rewrite them, and the interpreter reads and writes a future
 * at these offsets, so a wrong one would show up as a wrong value, not as an
 * error. Recomputed here: alignment and size, the tag's room, every field
 * inside the future and clear of the tag, the saved locals of one variant in
 * conflict, and no two saved locals in conflict sharing a byte. */
static int layout_facts(V *v, const Coroutine *c);

/* Every upvar's and saved local's size is known (an imported module keeps rustc's types as text):
 * the layout's offsets and sizes can be checked. */
static int coro_sized(const Module *m, const Coroutine *c)
{
	for (uint32_t i = 0; i < c->nupvars; i++)
		if (!type_sized(m, c->upvars[i].ty))
			return 0;
	for (uint32_t s = 0; s < c->layout->nsaved; s++)
		if (!type_sized(m, c->layout->saved[s].ty))
			return 0;
	return 1;
}

/* The placement is the one layout_compute makes (hunt30): rustc's (compiler/rustc_abi/src/layout/
 * coroutine.rs, `layout`: a prefix of the upvars, the tag and the promoted saved locals laid out as
 * one struct, each variant's own saved locals after it), or for relocate-upvars' layouts (relocated
 * or pack set, which the .mir text states as `relocated` / `pack`) the smallest of its candidates,
 * rustc's the first (layout.c layout_compute_relocated). Every pass that changes a layout makes it
 * with layout_compute (state-transform, merge-states, elide-awaitless, relocate-upvars, a holder's
 * relayout), so a layout that differs was written by hand: consistent (the checks above hold) but
 * not the future rustc builds, e.g. the tag moved into the end padding. Checked last (verify_module,
 * after the fns), so a layout that breaks a fact, or code that contradicts it, is reported by that. */
static int check_placement(V *v, const Coroutine *c)
{
	const Module *m = v->m;
	const Layout *l = c->layout;
	if (l->reconstructed)
		return 0;
	if (!coro_sized(m, c))
		return 0;
	ScratchMark sm = scratch_mark();
	Layout t = *l;
	t.saved = scratch_alloc_uninit((l->nsaved ? l->nsaved : 1) * sizeof *t.saved);
	if (l->nsaved)
		memcpy(t.saved, l->saved, l->nsaved * sizeof *t.saved);
	t.upvar_offset = scratch_alloc((c->nupvars ? c->nupvars : 1) * sizeof *t.upvar_offset);
	layout_compute(m, c, &t);
	const char *whose = l->relocated || l->pack ? "relocate-upvars' placement" : "rustc's placement";
	int rc = 0;
	if (t.tag_size != l->tag_size || (t.tag_size && t.tag_offset != l->tag_offset))
		rc = fail(v, "coroutine %s: the tag is %u bytes at offset %u, but %s puts %u bytes at %u", c->name,
			  (unsigned)l->tag_size, (unsigned)l->tag_offset, whose, (unsigned)t.tag_size,
			  (unsigned)t.tag_offset);
	for (uint32_t i = 0; i < c->nupvars && !rc; i++)
		if (t.upvar_offset[i] != l->upvar_offset[i])
			rc = fail(v, "coroutine %s: upvar %s is at offset %u, but %s puts it at %u", c->name,
				  c->upvars[i].name, (unsigned)l->upvar_offset[i], whose, (unsigned)t.upvar_offset[i]);
	for (uint32_t s = 0; s < l->nsaved && !rc; s++)
		if (t.saved[s].offset != l->saved[s].offset && type_size(m, l->saved[s].ty))
			rc = fail(v, "coroutine %s: _s%u is at offset %u, but %s puts it at %u", c->name, (unsigned)s,
				  (unsigned)l->saved[s].offset, whose, (unsigned)t.saved[s].offset);
	if (!rc && (t.size != l->size || t.align != l->align))
		rc = fail(v, "coroutine %s: size %u, align %u, but %s makes size %u, align %u", c->name,
			  (unsigned)l->size, (unsigned)l->align, whose, (unsigned)t.size, (unsigned)t.align);
	scratch_release(sm);
	return rc;
}

static int check_layout_facts(V *v, const Coroutine *c)
{
	const Layout *l = c->layout;
	v->line = l->line;
	int rc = layout_facts(v, c);
	v->line = 0;
	return rc;
}

/* The member of want missing from row: NO_ID none, NO_ID - 1 two or more */
static uint32_t row_missing(const uint64_t *want, const uint64_t *row, uint32_t words)
{
	uint32_t miss = NO_ID;
	for (uint32_t w = 0; w < words; w++) {
		uint64_t x = want[w] & ~row[w];
		if (!x)
			continue;
		if (miss != NO_ID || (x & (x - 1)))
			return NO_ID - 1;
		miss = w * 64 + (uint32_t)__builtin_ctzll(x);
	}
	return miss;
}

static int layout_facts(V *v, const Coroutine *c)
{
	const Module *m = v->m;
	const Layout *l = c->layout;
	if (l->align == 0 || (l->align & (l->align - 1)))
		return fail(v, "coroutine %s: align %u is not a power of two", c->name, (unsigned)l->align);
	if (l->tag_size && l->tag_size < 8 && (uint64_t)l->nvariants > (UINT64_C(1) << (8 * l->tag_size)))
		return fail(v, "coroutine %s: a tag of %u bytes cannot number %u states", c->name, (unsigned)l->tag_size,
			    (unsigned)l->nvariants);
	if (l->reconstructed)
		return 0; /* nothing more is known to check */
	/* the saved locals of one variant are live together: in conflict. The
	 * pairs of a variant's fields that were both fields of the variant checked
	 * just before were checked with it: only the pairs with a field new to this
	 * variant are looked up. Every pair was N^3 / 6 lookups on N locals each
	 * held across its own await, all live to the end (variant i holds i of
	 * them); with the previous variant's fields as a bitset it is the new
	 * fields x the variant's (quad25). The pair reported is the first, i then
	 * j < i, whose lookup fails, as before: i new, or j new. */
	ScratchMark vsm = scratch_mark();
	uint64_t *prev = scratch_alloc(bs_words(l->nsaved ? l->nsaved : 1) * sizeof *prev);
	uint32_t *newi = scratch_alloc_uninit((l->nsaved ? l->nsaved : 1) * sizeof *newi);
	uint32_t pv = NO_ID, words = bs_words(l->nsaved ? l->nsaved : 1);
	/* a variant with more new fields than a row has words, over bitset rows,
	 * is checked a row at a time: a new field's row holds the variant's
	 * fields, an old one's the new fields (3N fields new in one state were
	 * 9N^2 / 2 lookups; now 3N rows of N / 64 words). When a row lacks one,
	 * or a field is listed twice, the pair walk below words the first pair. */
	int bits_rows = l->conflicts && conflicts_all_bits(l->conflicts, l->nsaved);
	/* the rows' classes (conf39), when some rows share a bitset: memo_v / memo_miss
	 * per class and want (fmask or vmask), the variant + 1 read for and its row_missing */
	uint32_t *cls = NULL, *memo_v = NULL, *memo_miss = NULL;
	for (uint32_t a = 0; bits_rows && !cls && a < l->nsaved; a++)
		if (l->conflicts[a].cap == CONFLICT_SHARED) {
			cls = scratch_alloc_uninit(l->nsaved * sizeof *cls);
			uint32_t ncls = conflicts_classes(l->conflicts, l->nsaved, cls);
			memo_v = scratch_alloc(2 * (size_t)ncls * sizeof *memo_v);
			memo_miss = scratch_alloc_uninit(2 * (size_t)ncls * sizeof *memo_miss);
		}
	uint64_t *vmask = bits_rows ? scratch_alloc(words * sizeof *vmask) : NULL;
	uint64_t *fmask = bits_rows ? scratch_alloc(words * sizeof *fmask) : NULL;
	for (uint32_t vr = 0; vr < l->nvariants; vr++) {
		uint32_t nf = l->nfields[vr], nnew = 0;
		const uint32_t *f = nf ? &l->fields[l->field_start[vr]] : NULL; /* no fields: fields may be NULL */
		uint32_t nfresh = 0;
		for (uint32_t i = 0; i < nf && bits_rows; i++)
			nfresh += !bs_has(prev, f[i]);
		int rows_ok = 0;
		if (bits_rows && nfresh > words) {
			rows_ok = 1;
			for (uint32_t i = 0; i < nf && rows_ok; i++) {
				rows_ok = !bs_has(vmask, f[i]); /* listed twice: the pair walk */
				bs_gen(vmask, f[i]);
				if (!bs_has(prev, f[i]))
					bs_gen(fmask, f[i]);
			}
			for (uint32_t i = 0; i < nf && rows_ok; i++) {
				uint32_t a = f[i], kind = bs_has(prev, a), miss;
				const uint64_t *want = kind ? fmask : vmask, *row = l->conflicts[a].u.bits;
				/* conf39: a class's row is read once per variant and want (its
				 * members differ only in the diagonal bit, which is not wanted) */
				if (cls && memo_v[2 * cls[a] + kind] == vr + 1) {
					miss = memo_miss[2 * cls[a] + kind];
				} else {
					miss = row_missing(want, row, words);
					if (cls) {
						memo_v[2 * cls[a] + kind] = vr + 1;
						memo_miss[2 * cls[a] + kind] = miss;
					}
				}
				rows_ok = miss == NO_ID || miss == a;
			}
			for (uint32_t i = 0; i < nf; i++) {
				bs_kill(vmask, f[i]);
				bs_kill(fmask, f[i]);
			}
		}
		for (uint32_t i = 0; i < nf && !rows_ok; i++) {
			int fresh = !bs_has(prev, f[i]);
			/* j < i: every j when f[i] is new, else the new j */
			uint32_t nj = fresh ? i : nnew;
			for (uint32_t k = 0; k < nj; k++) {
				uint32_t a = f[i], b = f[fresh ? k : newi[k]];
				if (!layout_conflict(l, a, b) || !layout_conflict(l, b, a)) {
					scratch_release(vsm);
					return fail(v, "coroutine %s: variant %u holds _s%u and _s%u, which are not in conflict",
						    c->name, (unsigned)vr, (unsigned)b, (unsigned)a);
				}
			}
			if (fresh)
				newi[nnew++] = i;
		}
		if (pv != NO_ID)
			for (uint32_t i = 0; i < l->nfields[pv]; i++)
				bs_kill(prev, l->fields[l->field_start[pv] + i]);
		for (uint32_t i = 0; i < nf; i++)
			bs_gen(prev, f[i]);
		pv = vr;
	}
	scratch_release(vsm);
	/* `_sN = _L`: L is the body's local; the resume fn the transform makes
	 * keeps the body's locals (a hand-written one may not: their types are
	 * not compared), so L exists in it */
	const Fn *resume = c->resume ? module_find_fn(m, c->resume) : NULL;
	for (uint32_t s = 0; s < l->nsaved; s++) {
		const SavedLocal *sl = &l->saved[s];
		if (resume && sl->local != NO_ID && sl->local >= resume->nlocals)
			return fail(v, "coroutine %s: _s%u is _%u, which does not exist", c->name, (unsigned)s,
				    (unsigned)sl->local);
		/* the return place and the resume fn's arguments (self, the context)
		 * are never saved: rustc's locals_live_across_suspend_points leaves
		 * them out (the state transform's `always_live_locals` and arguments) */
		if (resume && sl->local != NO_ID && sl->local <= resume->nargs)
			return fail(v, "coroutine %s: _s%u is _%u, the resume fn's %s, which is never saved", c->name,
				    (unsigned)s, (unsigned)sl->local, sl->local == 0 ? "return place" : "argument");
	}
	/* every Suspend variant is a state the resume fn suspends in: it sets
	 * the discriminant to it (a variant no code enters is not rustc's) */
	if (resume && l->nvariants > STATE_FIRST_SUSPEND) {
		uint8_t *set = calloc(l->nvariants, 1);
		if (!set)
			internal_error("out of memory");
		for (uint32_t b = 0; b < resume->nblocks; b++)
			for (uint32_t i = 0; i < resume->blocks[b].nstmts; i++) {
				const Stmt *st = &resume->blocks[b].stmts[i];
				if (st->kind == ST_SET_DISCR && st->x < l->nvariants)
					set[st->x] = 1;
			}
		uint32_t unset = NO_ID;
		for (uint32_t vr = STATE_FIRST_SUSPEND; vr < l->nvariants && unset == NO_ID; vr++)
			if (!set[vr])
				unset = vr;
		free(set);
		if (unset != NO_ID)
			return fail(v, "coroutine %s: variant %u is a state %s never suspends in", c->name, (unsigned)unset,
				    resume->name);
	}
	/* a body local is saved once (rustc's saved_locals maps local -> one
	 * field); two fields for it would hold two copies that the resume fn
	 * cannot both keep up to date */
	if (resume) {
		uint32_t *saved_as = calloc(resume->nlocals ? resume->nlocals : 1, sizeof *saved_as);
		if (!saved_as)
			internal_error("out of memory");
		int twice = 0;
		for (uint32_t s = 0; s < l->nsaved && !twice; s++) {
			uint32_t lo = l->saved[s].local;
			if (lo == NO_ID || lo >= resume->nlocals)
				continue;
			if (saved_as[lo])
				twice = fail(v, "coroutine %s: _s%u and _s%u are both the body's _%u", c->name,
					     (unsigned)(saved_as[lo] - 1), (unsigned)s, (unsigned)lo);
			saved_as[lo] = s + 1;
		}
		free(saved_as);
		if (twice)
			return twice;
	}
	/* the conflict matrix is symmetric (rustc's storage_conflicts is: two
	 * locals live at once): a row left out or one-sided is a fact missing,
	 * not a choice (the .mir parser sets both halves; passes must too). Its
	 * diagonal is not required: hand-built layouts leave it out. */
	/* (a relation of bitset rows: 64 x 64 blocks against their transposes,
	 * O(nsaved^2 / 64) words; the pair walk below only when one fails, to
	 * word it: pair by pair, 3N saved locals in one state were 9N^2 tests
	 * per stage's every pass) */
	if (l->conflicts && !(conflicts_all_bits(l->conflicts, l->nsaved) && conflicts_symmetric(l->conflicts, l->nsaved))) {
		for (uint32_t a = 0; a < l->nsaved; a++)
			for (uint32_t k = 0, b; conflict_next(&l->conflicts[a], l->nsaved, &k, &b);)
				if (!layout_conflict(l, b, a))
					return fail(v, "coroutine %s: _s%u is in conflict with _s%u but not the other way round",
						    c->name, (unsigned)a, (unsigned)b);
	}
	TRY(check_conflict_diagonal(v, c));
	/* sizes and offsets, where the module knows every field's size (an
	 * imported module keeps rustc's types as text) */
	if (!coro_sized(m, c))
		return 0;
	TRY(check_promotion(v, c));
	if (l->size % l->align)
		return fail(v, "coroutine %s: size %u is not a multiple of its align %u", c->name, (unsigned)l->size,
			    (unsigned)l->align);
	if (l->tag_size && ((uint64_t)l->tag_offset + l->tag_size > l->size || l->tag_offset % l->tag_size ||
			    l->tag_size > l->align))
		return fail(v, "coroutine %s: the tag (%u bytes at offset %u) does not fit a coroutine of size %u, align %u",
			    c->name, (unsigned)l->tag_size, (unsigned)l->tag_offset, (unsigned)l->size, (unsigned)l->align);
	for (uint32_t i = 0; i < c->nupvars; i++)
		TRY(check_field(v, c, "upvar ", i, c->upvars[i].ty, l->upvar_offset[i]));
	for (uint32_t s = 0; s < l->nsaved; s++)
		TRY(check_field(v, c, "_s", s, l->saved[s].ty, l->saved[s].offset));
	/* the size and alignment are rustc's: the furthest end of a field or the
	 * tag rounded up to the alignment, and the largest field alignment; a
	 * bigger size or alignment describes some other future */
	{
		uint64_t end = l->tag_size ? (uint64_t)l->tag_offset + l->tag_size : 0;
		uint32_t align = l->tag_size ? l->tag_size : 1;
		for (uint32_t i = 0; i < c->nupvars; i++) {
			uint64_t e = (uint64_t)l->upvar_offset[i] + type_size(m, c->upvars[i].ty);
			end = e > end ? e : end;
			uint32_t al = type_align(m, c->upvars[i].ty);
			align = al > align ? al : align;
		}
		for (uint32_t s = 0; s < l->nsaved; s++) {
			uint64_t e = (uint64_t)l->saved[s].offset + type_size(m, l->saved[s].ty);
			end = e > end ? e : end;
			uint32_t al = type_align(m, l->saved[s].ty);
			align = al > align ? al : align;
		}
		uint64_t size = (end + l->align - 1) / l->align * l->align;
		if (l->align != align)
			return fail(v, "coroutine %s: align %u, but its fields and tag need %u", c->name, (unsigned)l->align,
				    (unsigned)align);
		if (l->size != size)
			return fail(v, "coroutine %s: size %u, but its fields and tag end at %u (%u with padding)", c->name,
				    (unsigned)l->size, (unsigned)end, (unsigned)size);
	}
	/* an upvar that relocate-upvars did not move lives in every state: it
	 * shares no byte with another upvar or a saved local (the relocated ones
	 * are checked by check_relocated_upvars, packed layouts too) */
	int fixed_overlap = !l->relocated && !l->pack && upvar_spans_overlap(m, c);
	for (uint32_t i = 0; i < c->nupvars && fixed_overlap; i++) {
		uint64_t a0 = l->upvar_offset[i], a1 = a0 + type_size(m, c->upvars[i].ty);
		if (a1 == a0)
			continue;
		for (uint32_t j = 0; j < c->nupvars; j++) {
			uint64_t b0 = l->upvar_offset[j], b1 = b0 + type_size(m, c->upvars[j].ty);
			if (j != i && b1 > b0 && a0 < b1 && b0 < a1)
				return fail(v, "coroutine %s: upvars %s and %s share bytes", c->name,
					    c->upvars[i < j ? i : j].name, c->upvars[i < j ? j : i].name);
		}
		for (uint32_t s = 0; s < l->nsaved; s++) {
			uint64_t b0 = l->saved[s].offset, b1 = b0 + type_size(m, l->saved[s].ty);
			if (b1 > b0 && a0 < b1 && b0 < a1)
				return fail(v, "coroutine %s: upvar %s (bytes %u..%u) shares bytes with _s%u", c->name,
					    c->upvars[i].name, (unsigned)a0, (unsigned)a1, (unsigned)s);
		}
	}
	/* no two saved locals in conflict share a byte: sorted by offset, each
	 * is compared with the ones that start inside it (the pairs that overlap) */
	ScratchMark sm = scratch_mark();
	Span *sp = scratch_alloc_uninit(((size_t)l->nsaved + 1) * sizeof *sp);
	uint32_t n = 0;
	for (uint32_t s = 0; s < l->nsaved; s++) {
		uint32_t size = type_size(m, l->saved[s].ty);
		if (size)
			sp[n++] = (Span){l->saved[s].offset, l->saved[s].offset + size, s};
	}
	/* The pairs that overlap, sorted by offset, while they are fewer than the
	 * pairs in conflict (one state holding 3N saved locals has 9N^2 pairs in
	 * conflict and none that overlap: its walk is the sort) */
	uint64_t budget = l->nsaved;
	for (uint32_t a = 0; a < l->nsaved && l->conflicts; a++)
		budget += l->conflicts[a].n;
	qsort(sp, n, sizeof *sp, cmp_span);
	if (n > 1 && l->conflicts && conflicts_all_bits(l->conflicts, l->nsaved)) {
		/* bitset rows (a dense relation): a sweep by offset keeps the saved
		 * locals whose bytes reach past the current span's start (those sorted
		 * before it that overlap it) as a bitset, and a span's row is read
		 * against it a word at a time: O(spans x nsaved / 64). N locals each
		 * held across its own await, at one offset in their variants, had both
		 * N^2 / 2 pairs that overlap and more in conflict, walked pair by pair at
		 * every verification (own29). The walk below words the first pair when
		 * one shares bytes. */
		uint32_t words = bs_words(l->nsaved);
		uint64_t *active = scratch_alloc(words * sizeof *active);
		Span *by_end = scratch_alloc_uninit((size_t)n * sizeof *by_end);
		memcpy(by_end, sp, (size_t)n * sizeof *by_end);
		qsort(by_end, n, sizeof *by_end, cmp_span_end);
		/* conf39: the active locals are also a list (at[s]: s's place in it); while
		 * they are fewer than a row's words each is looked up in the row instead
		 * (saved locals at distinct offsets, N in one clique, were N^2 / 64 words) */
		uint32_t *alist = scratch_alloc_uninit((size_t)n * sizeof *alist), nact = 0;
		uint32_t *at = scratch_alloc_uninit(((size_t)l->nsaved + 1) * sizeof *at);
		int hit = 0;
		for (uint32_t i = 0, e = 0; i < n && !hit; i++) {
			for (; e < n && by_end[e].end <= sp[i].off; e++) {
				uint32_t s = by_end[e].saved;
				if (!bs_has(active, s))
					continue;
				bs_kill(active, s);
				alist[at[s]] = alist[--nact];
				at[alist[at[s]]] = at[s];
			}
			const ConflictRow *r = &l->conflicts[sp[i].saved];
			if (nact < words)
				for (uint32_t k = 0; k < nact && !hit; k++)
					hit = conflict_row_has(r, alist[k]);
			else
				for (uint32_t w = 0; w < words && !hit; w++)
					hit = (r->u.bits[w] & active[w]) != 0;
			bs_gen(active, sp[i].saved);
			at[sp[i].saved] = nact;
			alist[nact++] = sp[i].saved;
		}
		int rc = hit ? overlap_pairs(v, c, l, sp, n) : 0;
		scratch_release(sm);
		return rc;
	}
	{
		uint64_t pairs = 0;
		for (uint32_t i = 0; i < n && pairs <= budget; i++)
			for (uint32_t j = i + 1; j < n && sp[j].off < sp[i].end && pairs <= budget; j++)
				pairs++;
		if (pairs <= budget) {
			int rc = overlap_pairs(v, c, l, sp, n);
			scratch_release(sm);
			return rc;
		}
	}
	/* else row by row: does any pair in conflict (either way round) share a
	 * byte? In a layout that holds, none does, and the pairs that overlap
	 * (N awaitees at one offset: N^2 / 2) are never walked; when one does, the
	 * walk below finds and words the first, as before. */
	uint32_t *span_of = scratch_alloc_uninit(((size_t)l->nsaved + 1) * sizeof *span_of);
	for (uint32_t s = 0; s < l->nsaved; s++)
		span_of[s] = NO_ID;
	for (uint32_t i = 0; i < n; i++)
		span_of[sp[i].saved] = i;
	int overlap = 0;
	for (uint32_t a = 0; a < l->nsaved && l->conflicts && !overlap; a++) {
		if (span_of[a] == NO_ID)
			continue;
		const Span *x = &sp[span_of[a]];
		for (uint32_t k = 0, b; !overlap && conflict_next(&l->conflicts[a], l->nsaved, &k, &b);) {
			if (b == a || span_of[b] == NO_ID)
				continue;
			const Span *y = &sp[span_of[b]];
			overlap = x->off < y->end && y->off < x->end;
		}
	}
	if (!overlap) {
		scratch_release(sm);
		return 0;
	}
	int rc = overlap_pairs(v, c, l, sp, n);
	scratch_release(sm);
	return rc;
}

/* relocate-upvars: a relocated upvar is named by the resume fn and the drop
 * shim only where the first poll's entry alone reaches (its bytes are other
 * states' after that), and it shares no byte with what is live in Unresumed:
 * the tag and the other upvars; an upvar not relocated shares none with
 * anything. */
static int check_relocated_upvars(V *v, const Coroutine *c)
{
	const Module *m = v->m;
	const Layout *l = c->layout;
	if ((!l->relocated && !l->pack) || l->reconstructed)
		return 0;
	uint32_t nup = c->nupvars;
	if (l->relocated) {
		uint8_t *used = calloc(nup ? nup : 1, 1);
		if (!used)
			internal_error("out of memory");
		const char *fns[2] = {c->resume, c->drop};
		for (int k = 0; k < 2; k++) {
			const Fn *f = fns[k] ? module_find_fn(m, fns[k]) : NULL;
			if (!f)
				continue;
			layout_upvars_used_after_start(f, c->ty, nup, used);
			for (uint32_t i = 0; i < nup; i++)
				if (l->relocated[i] && used[i]) {
					free(used);
					return fail(v, "coroutine %s: upvar %s is relocated but %s names it after the first poll's start",
						    c->name, c->upvars[i].name, f->name);
				}
		}
		free(used);
	}
	if (!coro_sized(m, c))
		return 0;
	int overlap = upvar_spans_overlap(m, c);
	for (uint32_t i = 0; i < nup; i++) {
		uint64_t a0 = l->upvar_offset[i], a1 = a0 + type_size(m, c->upvars[i].ty);
		int reloc = l->relocated && l->relocated[i];
		if (a1 > a0 && l->tag_size && a0 < l->tag_offset + l->tag_size && l->tag_offset < a1)
			return fail(v, "coroutine %s: upvar %s shares bytes with the tag", c->name, c->upvars[i].name);
		for (uint32_t j = 0; j < i && overlap; j++) {
			uint64_t b0 = l->upvar_offset[j], b1 = b0 + type_size(m, c->upvars[j].ty);
			if (a1 > a0 && b1 > b0 && a0 < b1 && b0 < a1)
				return fail(v, "coroutine %s: upvars %s and %s share bytes", c->name, c->upvars[j].name,
					    c->upvars[i].name);
		}
		for (uint32_t s = 0; s < l->nsaved && !reloc && overlap; s++) {
			uint64_t b0 = l->saved[s].offset, b1 = b0 + type_size(m, l->saved[s].ty);
			if (a1 > a0 && b1 > b0 && a0 < b1 && b0 < a1)
				return fail(v, "coroutine %s: upvar %s is not relocated but shares bytes with _s%u", c->name,
					    c->upvars[i].name, (unsigned)s);
		}
	}
	for (uint32_t s = 0; s < l->nsaved; s++) {
		uint64_t b0 = l->saved[s].offset, b1 = b0 + type_size(m, l->saved[s].ty);
		if (b1 > b0 && l->tag_size && b0 < l->tag_offset + l->tag_size && l->tag_offset < b1)
			return fail(v, "coroutine %s: _s%u shares bytes with the tag", c->name, (unsigned)s);
	}
	return 0;
}

static int check_coroutine(V *v, uint32_t ci)
{
	const Module *m = v->m;
	const Coroutine *c = &m->coros[ci];
	for (uint32_t i = 0; i < c->nupvars; i++)
		if (c->upvars[i].ty >= m->ntypes)
			return fail(v, "coroutine %s: upvar %s has an unknown type", c->name, c->upvars[i].name);
	/* after the transform the body may be gone or replaced in place by the resume fn */
	if (!c->layout)
		TRY(check_coro_fn(v, ci, c->body, FN_CORO_BODY, "body"));
	TRY(check_coro_fn(v, ci, c->resume, FN_RESUME, "resume"));
	TRY(check_coro_fn(v, ci, c->drop, FN_DROP_SHIM, "drop"));
	const Layout *l = c->layout;
	if (!l)
		return 0;
	/* elide-awaitless leaves Unresumed (+ Returned): fewer than the 3 reserved states */
	if (l->nvariants < 1)
		return fail(v, "coroutine %s: layout has no variants", c->name);
	if (!l->field_start || !l->nfields)
		return fail(v, "coroutine %s: layout has no variant field lists", c->name);
	if (c->nupvars && !l->upvar_offset)
		return fail(v, "coroutine %s: layout has no upvar offsets", c->name);
	if (l->tag_size != 1 && l->tag_size != 2 && l->tag_size != 4 && l->tag_size != 8 &&
	    !(l->tag_size == 0 && l->nvariants == 1))
		return fail(v, "coroutine %s: tag of %u bytes", c->name, (unsigned)l->tag_size);
	if (l->nsaved && !l->saved)
		return fail(v, "coroutine %s: saved locals missing", c->name);
	for (uint32_t s = 0; s < l->nsaved; s++)
		if (l->saved[s].ty >= m->ntypes)
			return fail(v, "coroutine %s: _s%u has an unknown type", c->name, (unsigned)s);
	ScratchMark fsm = scratch_mark();
	uint32_t *seen_in = scratch_alloc((l->nsaved ? l->nsaved : 1) * sizeof *seen_in); /* variant + 1 */
	for (uint32_t vr = 0; vr < l->nvariants; vr++) {
		if (vr < STATE_FIRST_SUSPEND && l->nfields[vr]) {
			scratch_release(fsm);
			return fail(v, "coroutine %s: reserved variant %u holds saved locals", c->name, (unsigned)vr);
		}
		for (uint32_t i = 0; i < l->nfields[vr]; i++) {
			uint32_t si = l->fields[l->field_start[vr] + i];
			if (si >= l->nsaved) {
				scratch_release(fsm);
				return fail(v, "coroutine %s: variant %u holds unknown _s%u", c->name, (unsigned)vr,
					    (unsigned)si);
			}
			/* the first field already held by this variant (each j < i
			 * compared was N^3 / 6 on N locals held to the end: quad25) */
			if (seen_in[si] == vr + 1) {
				scratch_release(fsm);
				return fail(v, "coroutine %s: variant %u holds _s%u twice", c->name, (unsigned)vr,
					    (unsigned)si);
			}
			seen_in[si] = vr + 1;
		}
	}
	scratch_release(fsm);
	TRY(check_layout_facts(v, c));
	return check_relocated_upvars(v, c); /* relocate-upvars */
}

typedef struct VerifyFail {
	uint32_t at; /* the first failing fn this worker saw, or nfns */
	Diag d;
} VerifyFail;

typedef struct VerifyFns {
	const Module *m;
	const char *pass;
	const char *file; /* the caller's Diag's */
	VerifyFail *fails; /* per worker */
} VerifyFns;

static void verify_range(void *ctx, uint32_t begin, uint32_t end, int worker)
{
	VerifyFns *vf = ctx;
	VerifyFail *f = &vf->fails[worker];
	for (uint32_t i = begin; i < end && i < f->at; i++) {
		Diag d = {.file = vf->file};
		if (verify_fn(vf->m->fns[i], vf->pass, &d) < 0) {
			f->at = i; /* a worker takes its ranges in increasing order */
			f->d = d;
		}
	}
}

/* derive37: a Copy item (MIR reads it with `copy`, no drop glue) holds only Copy fields (rustc's E0204) */
static int check_copy_item(V *v, const Adt *a)
{
	uint32_t var = 0;
	int f = a->defined ? adt_noncopy_field(v->m, a, &var) : -1;
	if (f < 0)
		return 0;
	if (a->enum_defined)
		return fail(v, "Copy enum %s: field %d of variant %s is not Copy", adt_name(v->m, a), f, a->variants[var].name);
	return fail(v, "Copy struct %s: field %d is not Copy", adt_name(v->m, a), f);
}

typedef struct PromotedReads {
	const Fn *f;
	const Stmt *s;
	const uint8_t *set;
	LocalId unset; /* a local read before its assignment, else NO_ID */
	int deref;     /* a place through a deref or an index */
} PromotedReads;

static void promoted_read(void *ctx, BlockId b, PlaceId *slot)
{
	(void)b;
	PromotedReads *r = ctx;
	if (slot == &r->s->place || r->unset != NO_ID)
		return;
	const Place *pl = place_get(r->f, *slot);
	/* promo39: a reborrow `_4 = &(*_5);` (an array's later element in `&[&1, &2]`) */
	int reborrow = r->s->kind == ST_ASSIGN && r->s->rv == RV_REF && pl->nproj == 1; /* its one place read */
	for (uint32_t i = 0; i < pl->nproj; i++)
		if ((place_proj(r->f, pl, i)->kind == PROJ_DEREF && !reborrow) || place_proj(r->f, pl, i)->kind == PROJ_INDEX)
			r->deref = 1;
	if (pl->local >= r->f->nlocals || !r->set[pl->local])
		r->unset = pl->local;
}

/* statement i of a promoted's body reads only locals assigned before it */
static int promoted_reads_set(V *v, const Stmt *s, const uint8_t *set, uint32_t i)
{
	PromotedReads r = {v->f, s, set, NO_ID, 0};
	Stmt copy = *s; /* stmt_places hands out slots to write through: a copy's */
	r.s = &copy;
	stmt_places((Fn *)v->f, 0, &copy, 1, promoted_read, &r);
	if (r.deref)
		return fail(v, "statement %u: a promoted's body reads no place through a deref or an index", (unsigned)i);
	if (r.unset == NO_ID)
		return 0;
	return fail(v, "statement %u: _%u is read before it is assigned", (unsigned)i, (unsigned)r.unset);
}

/* promo38: rustc's promoted body (promote_consts.rs, promote_candidate): no arguments, a `&T` return
 * place, one block of assignments to whole locals, each of _1.. once, before any read of it (the
 * promoted temporaries, operands first), `_0 = &_1;` last, then `return` (the overflow and division
 * asserts stay in the fn: validate_rvalue); only shared borrows, no calls, storage markers or
 * discriminant writes. A verify_fn of it checks every type. */
static int check_promoted_body(V *v, const NamedConst *nc)
{
	const Fn *f = nc->body;
	v->f = f;
	if (f->nargs || !f->nlocals || f->locals[0].ty != nc->ty || kind_of(v, nc->ty) != TY_REF)
		return fail(v, "a promoted's body takes no arguments and returns its type, a shared reference");
	if (f->nblocks != 1 || f->blocks[0].cleanup || !f->blocks[0].has_term || f->blocks[0].term.kind != TK_RETURN)
		return fail(v, "a promoted's body is one block, bb0, ending in `return`");
	v->f = NULL;
	TRY(verify_fn(f, v->pass, v->d)); /* its places, operands and types in range and consistent */
	v->f = f;
	for (uint32_t i = 0; i < f->nconsts; i++) /* rustc's promoted reads no static nor promoted (nor itself) */
		if (f->consts[i].named && (v->m->named[f->consts[i].named - 1].is_static ||
		                           v->m->named[f->consts[i].named - 1].promoted))
			return fail(v, "a promoted's body reads %s, a static or a promoted",
			            v->m->named[f->consts[i].named - 1].name);
	v->bb = 0;
	const Block *b = &f->blocks[0];
	uint8_t *set = calloc(f->nlocals, 1);
	if (!set)
		internal_error("out of memory");
	int rc = 0;
	for (uint32_t i = 0; i < b->nstmts && !rc; i++) {
		const Stmt *s = &b->stmts[i];
		LocalId l = s->kind == ST_ASSIGN && place_is_local(f, s->place) ? place_get(f, s->place)->local : NO_ID;
		if (l == NO_ID || s->rv == RV_REFMUT || s->rv == RV_DISCR ||
		    (s->rv == RV_AGGREGATE && s->op != AGG_TUPLE && s->op != AGG_ADT && s->op != AGG_ARRAY && s->op != AGG_REPEAT))
			rc = fail(v, "statement %u: a promoted's body only assigns constants, operators, aggregates and "
			             "shared borrows to whole locals", (unsigned)i);
		else if (set[l])
			rc = fail(v, "statement %u: _%u is assigned twice", (unsigned)i, (unsigned)l);
		else if ((l == 0) != (i + 1 == b->nstmts) || (l == 0 && s->rv != RV_REF))
			rc = fail(v, "statement %u: a promoted's body ends with `_0 = &_N;`, its only write of _0", (unsigned)i);
		else
			rc = promoted_reads_set(v, s, set, i);
		if (l != NO_ID)
			set[l] = 1;
	}
	free(set);
	v->bb = NO_BLOCK;
	v->f = NULL;
	return rc;
}

/* const39: an aggregate const item's body as the frontend builds it (build_const_item_body): no
 * arguments, _0 of the item's type, one block, bb0, of one `_0 = <aggregate of constants>;` then
 * `return`; reading no static, promoted or aggregate const (rustc's would hold temporaries then).
 * A verify_fn of it checks every type. */
static int check_const_item_body(V *v, const NamedConst *nc)
{
	const Fn *f = nc->body;
	v->f = f;
	if (f->nargs || !f->nlocals || f->locals[0].ty != nc->ty || nc->bits)
		return fail(v, "const %s: its body takes no arguments and returns its type", nc->name);
	const Block *b = &f->blocks[0];
	if (f->nblocks != 1 || b->cleanup || !b->has_term || b->term.kind != TK_RETURN)
		return fail(v, "const %s: its body is one block, bb0, ending in `return`", nc->name);
	const Stmt *s = b->nstmts == 1 ? &b->stmts[0] : NULL;
	if (!s || s->kind != ST_ASSIGN || !place_is_local(f, s->place) || place_get(f, s->place)->local != 0 ||
	    s->rv != RV_AGGREGATE || (s->op != AGG_ADT && s->op != AGG_ARRAY && s->op != AGG_REPEAT))
		return fail(v, "const %s: its body is one `_0 = ` of a struct, variant or array, then `return`", nc->name);
	for (uint32_t i = 0; i < f->nconsts; i++)
		if (f->consts[i].named && (f->consts[i].named > v->m->nnamed ||
		                           !module_named_is_const_item(v->m, f->consts[i].named)))
			return fail(v, "const %s: its body reads %s, not a scalar const item", nc->name,
			            f->consts[i].named > v->m->nnamed ? "an unknown const" : v->m->named[f->consts[i].named - 1].name);
	for (uint32_t i = 0; i < s->b.v; i++)
		if (f->args[s->a.v + i].kind != OP_CONST)
			return fail(v, "const %s: its aggregate's operands are constants", nc->name);
	v->f = NULL;
	return verify_fn(f, v->pass, v->d); /* its places, operands and types in range and consistent */
}

int verify_module(const Module *m, const char *pass, Diag *d)
{
	V v = {.m = m, .pass = pass, .d = d, .bb = NO_BLOCK};
	for (uint32_t i = 0; m->ndupfns && i < m->nfns; i++) /* the index counts them */
		if (module_find_fn(m, m->fns[i]->name) != m->fns[i])
			return fail(&v, "fn %s is defined twice", m->fns[i]->name);
	for (uint32_t i = 0; i < m->ncoros; i++)
		TRY(check_coroutine(&v, i));
	for (uint32_t i = 0; i < m->nadts; i++)
		TRY(check_copy_item(&v, &m->adts[i]));
	for (uint32_t i = 0; i < m->nnamed; i++)
		if (named_is_aggregate(&m->named[i]))
			TRY(check_const_item_body(&v, &m->named[i]));
		else if (m->named[i].body)
			TRY(check_promoted_body(&v, &m->named[i]));
	/* the fns on several threads (parallel.c); the error is the first
	 * failing fn's, as one thread going through them in order finds */
	VerifyFns vf = {.m = m, .pass = pass, .file = d->file};
	int jobs = jobs_for(m->jobs, m->nfns, CHEAP_LOOP_MIN);
	vf.fails = calloc((size_t)jobs, sizeof *vf.fails);
	if (!vf.fails)
		internal_error("out of memory");
	for (int k = 0; k < jobs; k++)
		vf.fails[k].at = m->nfns;
	parallel_for(m->nfns, jobs, 64, verify_range, &vf);
	uint32_t first = m->nfns;
	for (int k = 0; k < jobs; k++)
		if (vf.fails[k].at < first) {
			first = vf.fails[k].at;
			*d = vf.fails[k].d;
		}
	free(vf.fails);
	if (first < m->nfns)
		return -1;
	for (uint32_t i = 0; i < m->ncoros; i++) /* after the fns: their errors are the more direct */
		if (m->coros[i].layout) {
			v.line = m->coros[i].layout->line;
			TRY(check_placement(&v, &m->coros[i]));
			v.line = 0;
		}
	return 0;
}

/* ------------------------------------------------------------------ */
/* the return place of a .mir fn                                        */
/* ------------------------------------------------------------------ */

/* `return` with `_0` unwritten on some path from the start (issue 23: a .mir fn
 * that never writes `_0` ran and returned 0). rustc's MIR validation does not
 * check it (rustc's MIR always writes `_0`, the borrow checker having refused the
 * source otherwise); the return then hands back uninitialized memory, which Miri
 * reports as undefined behaviour. Any write counts, a field's or a discriminant's
 * too, and a call's destination on its return edge. A return place of zero size
 * needs none: rustc's optimized MIR drops `_0 = const ()` (nor does an ADT whose
 * size is not known). Forward "maybe
 * unwritten" over the blocks, each block once or twice: linear. */
static int return_written(V *v)
{
	const Fn *f = v->f;
	if (f->nblocks == 0 || f->nlocals == 0 || f->locals[0].ty >= v->m->ntypes)
		return 0;
	/* zero-sized: `()`, `!`, a struct or enum of size 0 (or of a size not known) */
	TypeId rt = f->locals[0].ty;
	int k = kind_of(v, rt);
	if (k == TY_UNIT || k == TY_NEVER || (k == TY_ADT && adt_of(v->m, rt) && adt_of(v->m, rt)->size == 0))
		return 0;
	uint8_t *unwritten = calloc(f->nblocks, 1);
	BlockId *work = malloc(f->nblocks * sizeof *work);
	BlockId *succ = malloc(((size_t)cfg_succ_room(f) + 1) * sizeof *succ);
	if (!unwritten || !work || !succ)
		internal_error("out of memory");
	uint32_t nwork = 0;
	unwritten[0] = 1;
	work[nwork++] = 0;
	int rc = 0;
	while (nwork && !rc) {
		BlockId b = work[--nwork];
		const Block *bl = &f->blocks[b];
		int written = 0;
		for (uint32_t i = 0; i < bl->nstmts && !written; i++) {
			const Stmt *s = &bl->stmts[i];
			written = (s->kind == ST_ASSIGN || s->kind == ST_SET_DISCR) && place_get(f, s->place)->local == 0;
		}
		if (written || !bl->has_term)
			continue;
		const Term *t = &bl->term;
		if (t->kind == TK_RETURN) {
			v->bb = b;
			rc = fail(v, "`return` reached with the return place `_0` unwritten (no statement on a "
				     "path from the start writes it: the caller would read uninitialized memory)");
			break;
		}
		uint32_t n = cfg_succs(f, t, succ);
		for (uint32_t i = 0; i < n; i++) {
			BlockId s = succ[i];
			/* a call writing `_0` writes it on its return edge only */
			if (t->kind == TK_CALL && s == t->target && place_get(f, t->place)->local == 0)
				continue;
			if (s < f->nblocks && !unwritten[s]) {
				unwritten[s] = 1;
				work[nwork++] = s;
			}
		}
	}
	free(unwritten);
	free(work);
	free(succ);
	return rc;
}

int verify_return_written(const Module *m, const char *pass, Diag *d)
{
	for (uint32_t i = 0; i < m->nfns; i++) {
		V v = {.m = m, .f = m->fns[i], .pass = pass, .d = d, .bb = NO_BLOCK};
		if (return_written(&v) < 0)
			return -1;
	}
	return 0;
}
