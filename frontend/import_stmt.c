/* import_stmt.c — rustc MIR import: places, operands, rvalues and statements. See import.c. */
#include "import.h"

/* ------------------------------------------------------------------ */
/* places, operands                                                    */
/* ------------------------------------------------------------------ */

static TypeId proj_base_type(const Fn *f, LocalId l, const Proj *pr, uint32_t n)
{
	TypeId t = f->locals[l].ty;
	for (uint32_t i = 0; i < n; i++) {
		if (pr[i].kind == PROJ_DEREF) {
			uint8_t k = type_get(f->mod, t)->kind;
			if (k != TY_REF && k != TY_REFMUT && k != TY_RAWMUT)
				return NO_ID;
			t = type_get(f->mod, t)->a;
		} else if (pr[i].kind == PROJ_FIELD) {
			t = pr[i].ty;
		}
	}
	return t;
}

/* place := `_N` | `(*` place `)` | `(` place `.K: ` type `)` | `(` place ` as ` V `)`
 *        | place `[` .. `]` (Index, ConstantIndex, Subslice: opaque) */
int mir_place_rec(Ctx *c, Span x, PlaceBuf *pb)
{
	x = trim(x);
	if (c->depth >= MAX_DEPTH)
		return mir_bad(c, x.s, "place nested too deeply");
	if (x.s == x.e)
		return mir_bad(c, x.s, "expected a place");
	if (x.e[-1] == ']') { /* index-like projections: a base place then `[..]` */
		const char *open = NULL;
		for (const char *p = x.s; p < x.e; p++) { /* the last top-level `[` */
			if (*p == '(') {
				p = mir_match_close(p, x.e);
				if (!p)
					return mir_bad(c, x.s, "unbalanced place");
				continue;
			}
			if (*p == '[')
				open = p;
		}
		if (!open || open == x.s || mir_match_close(open, x.e) != x.e - 1)
			return mir_bad(c, x.s, "bad index projection");
		int r = mir_place_rec(c, (Span){x.s, open}, pb);
		if (r == BAD)
			return BAD;
		pb->opaque = 1;
		c->why = IO_PLACE;
		return OK;
	}
	if (x.s[0] == '_') {
		uint64_t l;
		if (mir_parse_local_name(x, &l) != 0)
			return mir_bad(c, x.s, "expected a local `_N`, found `%.*s`", (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
		if (l >= c->f->nlocals)
			return mir_bad(c, x.s, "local _%llu is not declared", (unsigned long long)l);
		pb->local = (LocalId)l;
		pb->n = 0;
		return OK;
	}
	if (x.s[0] != '(' || mir_match_close(x.s, x.e) != x.e - 1)
		return mir_bad(c, x.s, "expected a place, found `%.*s`", (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
	Span in = {x.s + 1, x.e - 1};
	c->depth++;
	int r;
	if (in.s < in.e && in.s[0] == '*') {
		r = mir_place_rec(c, drop_front(in, 1), pb);
		if (r == OK && pb->n < MAX_PROJ)
			pb->pr[pb->n++] = (Proj){.kind = PROJ_DEREF};
		else if (r == OK)
			r = mir_bad(c, x.s, "too many projections");
		c->depth--;
		return r;
	}
	/* the base: `_N` or a parenthesised place, possibly with `[..]` after it */
	const char *p = in.s;
	if (p < in.e && *p == '(') {
		p = mir_match_close(p, in.e);
		if (!p) {
			c->depth--;
			return mir_bad(c, in.s, "unbalanced place");
		}
		p++;
	} else {
		if (p < in.e && *p == '_')
			p++;
		while (p < in.e && is_digit(*p))
			p++;
	}
	while (p < in.e && *p == '[') {
		const char *q = mir_match_close(p, in.e);
		if (!q) {
			c->depth--;
			return mir_bad(c, p, "unbalanced index");
		}
		p = q + 1;
	}
	Span base = {in.s, p}, rest = {p, in.e};
	r = mir_place_rec(c, base, pb);
	c->depth--;
	if (r != OK)
		return r;
	if (pb->n >= MAX_PROJ)
		return mir_bad(c, x.s, "too many projections");
	if (starts(rest, ".")) { /* `.K: T` */
		const char *colon = mir_find_top(rest, ": ", 0);
		uint64_t k;
		if (!colon || mir_parse_u64(trim((Span){rest.s + 1, colon}), &k) != 0 || k > UINT32_MAX)
			return mir_bad(c, rest.s, "expected `.N: type` in a field projection");
		TypeId t;
		if (mir_type_of(c, (Span){colon + 2, rest.e}, &t) != OK)
			return BAD;
		pb->pr[pb->n++] = (Proj){.kind = PROJ_FIELD, .index = (uint32_t)k, .ty = t};
		return OK;
	}
	if (starts(rest, " as ")) {
		Span v = trim(drop_front(rest, 4));
		if (starts(v, "variant#")) {
			uint64_t k;
			if (mir_parse_u64(drop_front(v, 8), &k) != 0 || k > UINT32_MAX)
				return mir_bad(c, v.s, "bad variant index");
			pb->pr[pb->n++] = (Proj){.kind = PROJ_DOWNCAST, .index = (uint32_t)k};
			return OK;
		}
		TypeId bt = pb->opaque ? NO_ID : proj_base_type(c->f, pb->local, pb->pr, pb->n);
		if (bt != NO_ID && type_get(c->m, bt)->kind == TY_POLL && (span_eq(v, "Ready") || span_eq(v, "Pending"))) {
			pb->pr[pb->n++] = (Proj){.kind = PROJ_DOWNCAST, .index = span_eq(v, "Ready") ? 0 : 1};
			return OK;
		}
		if (v.s == v.e || !mir_balanced(v))
			return mir_bad(c, v.s, "bad downcast");
		int ident = 1;
		for (const char *q = v.s; q < v.e; q++)
			ident &= is_ident(*q);
		if (bt != NO_ID && ident && adt_of(c->m, bt)) { /* `(_5 as Some)`: a variant by name */
			char *name = mir_xstrndup(v.s, span_len(v));
			uint32_t k = adt_variant(c->m, bt, name);
			free(name);
			if (k != NO_ID) {
				pb->pr[pb->n++] = (Proj){.kind = PROJ_DOWNCAST, .index = k};
				return OK;
			}
		}
		pb->opaque = 1; /* downcast of a type the model lacks, opaque cast, subtype */
		c->why = IO_PLACE;
		return OK;
	}
	return mir_bad(c, rest.s, "expected a projection, found `%.*s`", (int)(span_len(rest) > 40 ? 40 : span_len(rest)), rest.s);
}

int mir_kind_of(const Ctx *c, TypeId t) { return t == NO_ID ? -1 : type_get(c->m, t)->kind; }

int mir_is_ptr_to(const Ctx *c, TypeId t, TypeKind k, TypeId a)
{
	return mir_kind_of(c, t) == (int)k && type_get(c->m, t)->a == a;
}

static int record_upvar(Ctx *c, uint32_t i, TypeId ty)
{
	if (i >= MAX_LIST)
		return 0;
	while (c->nupv <= i) {
		if (c->nupv == c->capupv) {
			c->capupv = c->capupv ? c->capupv * 2 : 8;
			TypeId *n = realloc(c->upv, c->capupv * sizeof *n);
			if (!n)
				internal_error("out of memory");
			c->upv = n;
		}
		c->upv[c->nupv++] = NO_ID;
	}
	if (c->upv[i] == NO_ID)
		c->upv[i] = ty;
	return c->upv[i] == ty;
}

static int record_vfield(Ctx *c, uint32_t v, uint32_t f, TypeId ty)
{
	if (f >= MAX_LIST || v >= MAX_LIST)
		return 0;
	for (uint32_t i = 0; i < c->nvf; i++)
		if (c->vf[i].v == v && c->vf[i].f == f)
			return c->vf[i].ty == ty;
	if (c->nvf == c->capvf) {
		c->capvf = c->capvf ? c->capvf * 2 : 16;
		struct VField *n = realloc(c->vf, c->capvf * sizeof *n);
		if (!n)
			internal_error("out of memory");
		c->vf = n;
	}
	c->vf[c->nvf++] = (struct VField){v, f, ty};
	return 1;
}

static int is_own_coro(const Ctx *c, TypeId t)
{
	return c->own != NO_ID && mir_kind_of(c, t) == TY_CORO && type_get(c->m, t)->coro == c->own;
}

/* verify.c's place rules: deref of pointers; fields of 2-tuples, Poll::Ready,
 * Pin and the fn's own coroutine (upvars and variant fields, recorded here);
 * downcasts of Poll and the own coroutine. */
static int place_check(Ctx *c, const PlaceBuf *pb)
{
	TypeId t = c->f->locals[pb->local].ty;
	int64_t variant = -1;
	for (uint32_t i = 0; i < pb->n; i++) {
		const Proj *pe = &pb->pr[i];
		int k = mir_kind_of(c, t);
		const Type *ty = type_get(c->m, t);
		switch (pe->kind) {
		case PROJ_DEREF:
			if (variant >= 0 || (k != TY_REF && k != TY_REFMUT && k != TY_RAWMUT))
				return 0;
			t = ty->a;
			break;
		case PROJ_FIELD:
			if (k == TY_TUPLE) {
				if (pe->index > 1 || pe->ty != (pe->index ? ty->b : ty->a))
					return 0;
			} else if (k == TY_POLL) {
				if (variant != 0 || pe->index != 0 || pe->ty != ty->a)
					return 0;
			} else if (k == TY_PIN) {
				if (pe->index != 0 || pe->ty != ty->a)
					return 0;
			} else if (is_own_coro(c, t)) {
				if (variant < 0 ? !record_upvar(c, pe->index, pe->ty)
						: !record_vfield(c, (uint32_t)variant, pe->index, pe->ty))
					return 0;
			} else if (k == TY_ADT) {
				const Adt *a = adt_of(c->m, t);
				if ((variant < 0 && a->kind == ADT_ENUM) || (variant >= 0 && a->kind != ADT_ENUM) ||
				    !adt_field(c->m, t, variant < 0 ? 0 : (uint32_t)variant, pe->index, pe->ty, NULL))
					return 0;
			} else {
				return 0;
			}
			t = pe->ty;
			variant = -1;
			break;
		case PROJ_DOWNCAST:
			if (variant >= 0)
				return 0;
			if (k == TY_POLL) {
				if (pe->index > 1)
					return 0;
			} else if (k == TY_ADT) {
				if (adt_of(c->m, t)->kind != ADT_ENUM || pe->index >= adt_of(c->m, t)->nvariants)
					return 0;
			} else if (is_own_coro(c, t)) {
				if (pe->index >= MAX_LIST)
					return 0;
				if (pe->index > c->maxvariant)
					c->maxvariant = pe->index;
			} else {
				return 0;
			}
			variant = pe->index;
			break;
		default:
			return 0;
		}
	}
	return 1;
}

int mir_place_of(Ctx *c, Span x, PlaceId *out)
{
	PlaceBuf pb = {0};
	int r = mir_place_rec(c, x, &pb);
	if (r != OK)
		return r;
	if (pb.opaque || !place_check(c, &pb))
		return mir_opaque(c, IO_PLACE);
	PlaceId p = place_local(c->f, pb.local);
	for (uint32_t i = 0; i < pb.n; i++)
		p = place_project(c->f, p, (ProjKind)pb.pr[i].kind, pb.pr[i].index, pb.pr[i].ty);
	*out = p;
	return OK;
}

static int int_type(Span suf, TypeKind *k)
{
	for (size_t i = 0; i < NBASICTYPES; i++)
		if (span_eq(suf, mir_basic_types[i].name) && mir_basic_types[i].k >= TY_U8 && mir_basic_types[i].k <= TY_ISIZE) {
			*k = mir_basic_types[i].k;
			return 1;
		}
	return 0;
}

/* const := `true` | `false` | `()` | [`-`] digits `_` inttype; anything else opaque. */
static int const_of(Ctx *c, Span x, Operand *out)
{
	x = trim(x);
	if (span_eq(x, "true") || span_eq(x, "false")) {
		*out = op_const(c->f, TY_BOOL, span_eq(x, "true"));
		return OK;
	}
	if (span_eq(x, "()")) {
		*out = op_const(c->f, TY_UNIT, 0);
		return OK;
	}
	int neg = starts(x, "-");
	Span num = neg ? drop_front(x, 1) : x;
	const char *us = NULL;
	for (const char *p = num.s; p < num.e; p++)
		if (*p == '_') {
			us = p;
			break;
		}
	TypeKind k;
	uint64_t v;
	if (!us || !int_type((Span){us + 1, num.e}, &k) || mir_parse_u64((Span){num.s, us}, &v) != 0) {
		if (x.s == x.e || !mir_balanced(x))
			return mir_bad(c, x.s, "bad constant");
		return mir_opaque(c, IO_CONST);
	}
	int bits = (k == TY_USIZE || k == TY_ISIZE) ? 64 : (int)(8u << (k == TY_U8 || k == TY_I8 ? 0 : k == TY_U16 || k == TY_I16 ? 1 : k == TY_U32 || k == TY_I32 ? 2 : 3));
	int is_signed = k >= TY_I8;
	uint64_t max = bits == 64 ? UINT64_MAX : (1ull << bits) - 1;
	if (!is_signed && (neg || v > max))
		return mir_bad(c, x.s, "constant out of range");
	if (is_signed) {
		uint64_t lim = 1ull << (bits - 1); /* |min| */
		if ((neg && v > lim) || (!neg && v >= lim))
			return mir_bad(c, x.s, "constant out of range");
	}
	uint64_t b = neg ? (uint64_t)0 - v : v;
	if (bits < 64)
		b &= max;
	*out = op_const(c->f, (TypeId)k, b);
	return OK;
}

int mir_operand_of(Ctx *c, Span x, Operand *out)
{
	x = trim(x);
	if (starts(x, "copy ") || starts(x, "move ")) {
		PlaceId p;
		int r = mir_place_of(c, drop_front(x, 5), &p);
		if (r != OK)
			return r;
		*out = x.s[0] == 'c' ? op_copy(p) : op_move(p);
		/* MIR building copies only a Copy type (the validator's "`Operand::Copy`
		 * with non-`Copy` type" before runtime MIR), and a Copy type has no drop
		 * glue. Runtime MIR also prints CopyForDeref as `copy`: Derefer's and
		 * ElaborateBoxDerefs' temporaries, of a pointer type, of which Box is
		 * the one ADT (and not Copy) */
		Adt *a = x.s[0] == 'c' ? adt_of(c->m, place_type(c->f, p)) : NULL;
		if (a && strncmp(a->name, "Box<", 4) != 0)
			a->no_drop = 1;
		return OK;
	}
	if (starts(x, "const "))
		return const_of(c, drop_front(x, 6), out);
	/* a zero-sized constant (a fn item, a unit struct) is printed as its path alone */
	if (x.s < x.e && (is_ident(*x.s) || *x.s == '<') && mir_balanced(x))
		return mir_opaque(c, IO_CONST);
	return mir_bad(c, x.s, "expected an operand (copy, move or const), found `%.*s`",
		   (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
}

/* A constant known by its spelling x, as rustc printed it (`const "abc"`,
 * `const Level::TRACE`, a fn item's bare path `ReadDir::new`), of type t. */
Operand mir_text_const(Ctx *c, Span x, TypeId t)
{
	char *text = mir_xstrndup(x.s, span_len(x));
	Operand o = op_const(c->f, t, const_text_id(c->m, text));
	free(text);
	return o;
}

/* A comma list of operands; OPAQUE if any is. With text_consts (a call's
 * arguments) a non-scalar constant is a constant known by its spelling: the
 * MIR text does not give its type, so a string literal is `&str` and any
 * other is IMPORT_CONST_TYPE, which the callee's stub then takes (call
 * sites that disagree on it stay opaque, as any signature mismatch). */
int mir_operands_of(Ctx *c, Span x, uint32_t *first, uint32_t *n, int text_consts)
{
	Span parts[64];
	int k = mir_split_commas(x, parts, 64);
	if (k < 0)
		return mir_opaque(c, IO_TERM); /* more than 64 operands: keep as text */
	Operand ops[64];
	int any_opaque = 0;
	ImportReason why = IO_CONST;
	for (int i = 0; i < k; i++) {
		int r = mir_operand_of(c, parts[i], &ops[i]);
		if (r == BAD)
			return BAD;
		if (r == OPAQUE && c->why == IO_CONST && text_consts) {
			Span p = trim(parts[i]);
			TypeId t;
			if (starts(p, "const \"") && ends(p, "\"")) {
				static const char str_ref[] = "&str";
				if (mir_type_of(c, (Span){str_ref, str_ref + sizeof str_ref - 1}, &t) != OK)
					return BAD;
			} else {
				t = type_intern(c->m, (Type){.kind = TY_OPAQUE, .text = IMPORT_CONST_TYPE});
			}
			ops[i] = mir_text_const(c, p, t);
			continue;
		}
		if (r == OPAQUE && !any_opaque)
			any_opaque = 1, why = c->why;
	}
	if (any_opaque)
		return mir_opaque(c, why);
	*first = fn_add_args(c->f, ops, (uint32_t)k);
	*n = (uint32_t)k;
	return OK;
}

/* ------------------------------------------------------------------ */
/* statements                                                          */
/* ------------------------------------------------------------------ */

static int binop_of(Span name, int *checked)
{
	for (int i = 0; i < NBINOPS; i++) {
		if (span_eq(name, binop_name[i])) {
			*checked = 0;
			return i;
		}
		if (binop_checked_name[i] && span_eq(name, binop_checked_name[i])) {
			*checked = 1;
			return i;
		}
	}
	return -1;
}

/* `Name(args)` with the parenthesis closing at the end: args span. */
static int call_form(Span x, Span *name, Span *args)
{
	const char *open = NULL;
	for (const char *p = x.s; p < x.e; p++) {
		if (*p == '(') {
			open = p;
			break;
		}
		if (!is_ident(*p) && *p != ':')
			return 0;
	}
	if (!open || open == x.s || mir_match_close(open, x.e) != x.e - 1)
		return 0;
	*name = (Span){x.s, open};
	*args = (Span){open + 1, x.e - 1};
	return 1;
}

TypeId mir_optype(const Ctx *c, Operand o)
{
	return o.kind == OP_CONST ? c->f->consts[o.v].ty : place_type(c->f, o.v);
}
static int is_int_t(const Ctx *c, TypeId t) { return t != NO_ID && type_is_int(c->m, t); }
int mir_is_int_or_bool(const Ctx *c, TypeId t) { return is_int_t(c, t) || t == TY_BOOL; }

/* verify.c's rvalue rules; OPAQUE (with the reason) when s breaks one. */
static int rv_typecheck(Ctx *c, const Stmt *s)
{
	TypeId dst = place_type(c->f, s->place), a = NO_ID, b = NO_ID;
	if (s->rv == RV_USE || s->rv == RV_UNARY || s->rv == RV_CAST || s->rv == RV_BINARY || s->rv == RV_CHECKED)
		a = mir_optype(c, s->a);
	if (s->rv == RV_BINARY || s->rv == RV_CHECKED)
		b = mir_optype(c, s->b);
	int ok = 1;
	switch (s->rv) {
	case RV_USE:
		ok = a == dst;
		break;
	case RV_BINARY:
		if (s->op == BIN_SHL || s->op == BIN_SHR)
			ok = is_int_t(c, a) && is_int_t(c, b) && dst == a;
		else if (binop_is_cmp[s->op] || s->op == BIN_BITAND || s->op == BIN_BITOR || s->op == BIN_BITXOR)
			ok = a == b && mir_is_int_or_bool(c, a) && dst == (binop_is_cmp[s->op] ? (TypeId)TY_BOOL : a);
		else
			ok = a == b && is_int_t(c, a) && dst == a;
		break;
	case RV_CHECKED:
		ok = a == b && is_int_t(c, a) && mir_kind_of(c, dst) == TY_TUPLE && type_get(c->m, dst)->a == a &&
		     type_get(c->m, dst)->b == TY_BOOL;
		break;
	case RV_UNARY:
		ok = dst == a && (s->op == UN_NOT ? mir_is_int_or_bool(c, a) : is_int_t(c, a) && type_is_signed(c->m, a));
		break;
	case RV_CAST:
		ok = mir_is_int_or_bool(c, a) && is_int_t(c, s->x) && dst == s->x;
		break;
	case RV_AGGREGATE: {
		uint32_t n = s->b.v;
		if (dst != s->x)
			ok = 0;
		else if (s->op == AGG_TUPLE)
			ok = n == 0 ? s->x == TY_UNIT
				    : n == 2 && mir_kind_of(c, s->x) == TY_TUPLE &&
					      type_get(c->m, s->x)->a == mir_optype(c, c->f->args[s->a.v]) &&
					      type_get(c->m, s->x)->b == mir_optype(c, c->f->args[s->a.v + 1]);
		else if (s->op == AGG_ADT)
			ok = adt_of(c->m, s->x) != NULL; /* its fields: checked as read (adt_aggregate) */
		else if (s->op == AGG_CORO) /* its upvars: once every body is read (import_future.c) */
			ok = mir_kind_of(c, s->x) == TY_CORO;
		else if (s->op == AGG_POLL_READY)
			ok = mir_kind_of(c, s->x) == TY_POLL && n == 1 && mir_optype(c, c->f->args[s->a.v]) == type_get(c->m, s->x)->a;
		else
			ok = mir_kind_of(c, s->x) == TY_POLL && n == 0;
		if (!ok && s->op == AGG_TUPLE)
			return mir_opaque(c, IO_AGG);
		break;
	}
	case RV_DISCR: {
		TypeId t = place_type(c->f, s->a.v);
		Adt *ad = adt_of(c->m, t);
		if (ad && ad->kind == ADT_UNKNOWN && !ad->nvariants)
			ad->kind = ADT_ENUM; /* only an enum has a discriminant to read */
		if (mir_kind_of(c, t) != TY_POLL && !is_own_coro(c, t) && !(ad && ad->kind == ADT_ENUM))
			return mir_opaque(c, IO_ENUM);
		ok = is_int_t(c, dst);
		break;
	}
	case RV_REF:
	case RV_REFMUT:
		ok = mir_is_ptr_to(c, dst, s->rv == RV_REF ? TY_REF : TY_REFMUT, place_type(c->f, s->a.v));
		break;
	}
	return ok ? OK : mir_opaque(c, IO_TYPE);
}

/* The last segment of a path, generic arguments (`::<..>`) skipped:
 * `Option::<u32>::Some` -> `Some`, `Foo::<T>` -> `Foo`, `Foo<T>` -> `Foo`. */
static Span last_segment(Span path)
{
	Span seg = {path.s, path.e};
	for (const char *p = path.s; p < path.e;) {
		if (*p == '<') {
			const char *q = mir_match_close(p, path.e);
			if (!q)
				return (Span){path.e, path.e};
			if (seg.e == path.e)
				seg.e = p - seg.s >= 2 && p[-1] == ':' && p[-2] == ':' ? p - 2 : p; /* `Foo::<T>` */
			p = q + 1;
			continue;
		}
		if (*p == ':' && p + 2 < path.e && p[1] == ':' && is_ident(p[2])) {
			seg = (Span){p + 2, path.e};
			p += 2;
			continue;
		}
		p++;
	}
	return seg;
}

/* An aggregate of the ADT (or non-pair tuple) dst has: `(a, b, c)`, `(a,)`,
 * `Foo(a)`, `Foo::<T> { x: a }`, `Foo`, `E::<T>::V(a)`, `E::V { x: a }`, `V`.
 * Its path names a variant unless its last segment is the type's own name.
 * Records the fields' types (and names) as the ADT's; OPAQUE when they
 * disagree with what was seen. */
static int adt_aggregate(Ctx *c, Span x, PlaceId dst, Stmt *s)
{
	TypeId t = place_type(c->f, dst);
	Adt *a = adt_of(c->m, t);
	Span path = x, body = {x.e, x.e};
	int named = 0;
	size_t nl = strlen(a->name);
	if (a->tuple) {
		if (!starts(x, a->name[0] == '[' ? "[" : "(") || mir_match_close(x.s, x.e) != x.e - 1)
			return mir_opaque(c, IO_AGG);
		path = (Span){x.s, x.s};
		body = (Span){x.s + 1, x.e - 1};
		if (ends(trim(body), ","))
			body = drop_back(trim(body), 1);
	} else if (a->name[0] == '{') { /* a closure: `{closure@..}` or `{closure@..} { x: a }` */
		if (span_len(x) < nl || memcmp(x.s, a->name, nl) != 0)
			return mir_opaque(c, IO_CLOSURE);
		Span rest = {x.s + nl, x.e};
		path = (Span){x.s, x.s + nl};
		if (rest.s != rest.e) {
			if (!starts(rest, " {") || mir_match_close(rest.s + 1, x.e) != x.e - 1)
				return mir_opaque(c, IO_CLOSURE);
			body = trim((Span){rest.s + 2, x.e - 1});
			named = 1;
		}
	} else {
		for (const char *p = x.s; p < x.e; p++) {
			if (*p == '<') {
				p = mir_match_close(p, x.e);
				if (!p)
					return mir_bad(c, x.s, "unbalanced aggregate path");
				continue;
			}
			if (*p == '(' && mir_match_close(p, x.e) == x.e - 1) {
				path = (Span){x.s, p};
				body = (Span){p + 1, x.e - 1};
				break;
			}
			if (*p == ' ' && starts((Span){p, x.e}, " {") && ends(x, "}") && mir_match_close(p + 1, x.e) == x.e - 1) {
				path = (Span){x.s, p};
				body = trim((Span){p + 2, x.e - 1});
				named = 1;
				break;
			}
			if (!is_ident(*p) && *p != ':')
				return mir_opaque(c, IO_ADT);
		}
	}
	Span parts[64], names[64];
	int n = 0;
	if (body.s != body.e) {
		n = mir_split_commas(body, parts, 64);
		if (n < 0)
			return mir_opaque(c, IO_ADT);
	}
	Operand ops[65];
	for (int i = 0; i < n; i++) {
		names[i] = (Span){NULL, NULL};
		if (named) {
			const char *colon = mir_find_top(parts[i], ": ", 0);
			if (!colon)
				return mir_bad(c, parts[i].s, "expected `field: operand`");
			names[i] = trim((Span){parts[i].s, colon});
			parts[i] = (Span){colon + 2, parts[i].e};
		}
		int r = mir_operand_of(c, parts[i], &ops[i + 1]);
		if (r != OK)
			return r;
	}
	uint32_t var = 0;
	a = adt_of(c->m, t); /* reading the operands may have made other ADTs */
	if (a->name[0] == '{') {
		if (!adt_make_struct(c->m, t))
			return mir_opaque(c, IO_CLOSURE);
	} else if (!a->tuple) {
		Span seg = last_segment(path), own;
		Span tn = {a->name, a->name + strlen(a->name)};
		own = last_segment(tn);
		if (seg.s == seg.e)
			return mir_opaque(c, IO_ADT);
		if (span_len(seg) == span_len(own) && memcmp(seg.s, own.s, span_len(seg)) == 0) {
			if (!adt_make_struct(c->m, t))
				return mir_opaque(c, IO_ADT);
		} else {
			char *vn = mir_xstrndup(seg.s, span_len(seg));
			var = adt_variant(c->m, t, vn);
			free(vn);
			if (var == NO_ID)
				return mir_opaque(c, IO_ADT);
		}
	}
	for (int i = 0; i < n; i++) {
		char *fname = named ? mir_xstrndup(names[i].s, span_len(names[i])) : NULL;
		int ok = adt_field(c->m, t, var, (uint32_t)i, mir_optype(c, ops[i + 1]), fname);
		free(fname);
		if (!ok)
			return mir_opaque(c, IO_TYPE);
	}
	a = adt_of(c->m, t);
	AdtVariant *av = &a->variants[var];
	if (av->nfields != (uint32_t)n)
		return mir_opaque(c, IO_TYPE);
	av->closed = 1;
	int is_enum = a->kind == ADT_ENUM;
	ops[0] = op_const(c->f, TY_USIZE, var);
	s->rv = RV_AGGREGATE;
	s->op = AGG_ADT;
	s->x = t;
	s->a.v = fn_add_args(c->f, is_enum ? ops : ops + 1, (uint32_t)n + (uint32_t)is_enum);
	s->b.v = (uint32_t)n + (uint32_t)is_enum;
	return OK;
}

static int rvalue_of(Ctx *c, Span x, PlaceId dst, Stmt *s)
{
	x = trim(x);
	Span name, args;
	s->kind = ST_ASSIGN;
	s->place = dst;
	if (x.s == x.e || !mir_balanced(x))
		return mir_bad(c, x.s, "bad rvalue");
	const char *as = mir_find_top(x, " as ", 1);
	if (as && (starts(x, "copy ") || starts(x, "move ") || starts(x, "const ")) && ends(x, ")")) {
		/* `op as T (Kind)` */
		const char *kind = mir_find_top((Span){as, x.e}, " (", 1);
		if (!kind)
			return mir_bad(c, as, "expected a cast kind");
		Span k = {kind + 2, x.e - 1};
		TypeId t;
		if (mir_type_of(c, (Span){as + 4, kind}, &t) != OK)
			return BAD;
		if (!span_eq(k, "IntToInt") || !type_is_int(c->m, t))
			return mir_opaque(c, IO_CAST);
		int r = mir_operand_of(c, (Span){x.s, as}, &s->a);
		if (r != OK)
			return r;
		s->rv = RV_CAST;
		s->x = t;
		return OK;
	}
	if (starts(x, "copy ") || starts(x, "move ") || starts(x, "const ")) {
		s->rv = RV_USE;
		int r = mir_operand_of(c, x, &s->a);
		TypeId t = place_type(c->f, dst);
		int k = mir_kind_of(c, t);
		if (r == OPAQUE && c->why == IO_CONST && starts(x, "const ") && k != TY_UNIT && k != TY_BOOL &&
		    k != TY_NEVER && !type_is_int(c->m, t) && !(k == TY_OPAQUE && type_get(c->m, t)->text[0] == '{')) {
			/* `_5 = const "abc"`: a constant of the destination's type, by its spelling */
			s->a = mir_text_const(c, x, t);
			return OK;
		}
		return r;
	}
	if (starts(x, "&raw ") || starts(x, "&fake ") || starts(x, "&/*tls*/"))
		return mir_opaque(c, IO_RVALUE);
	if (starts(x, "&")) {
		int mut = starts(x, "&mut ");
		PlaceId p;
		int r = mir_place_of(c, drop_front(x, mut ? 5 : 1), &p);
		if (r != OK)
			return r;
		s->rv = mut ? RV_REFMUT : RV_REF;
		s->a.v = p;
		return OK;
	}
	if (starts(x, "discriminant(") && ends(x, ")")) {
		PlaceId p;
		int r = mir_place_of(c, (Span){x.s + 13, x.e - 1}, &p);
		if (r != OK)
			return r;
		s->rv = RV_DISCR;
		s->a.v = p;
		return OK;
	}
	if (call_form(x, &name, &args)) {
		int checked, op = binop_of(name, &checked);
		if (op >= 0) {
			Span parts[3];
			if (mir_split_commas(args, parts, 3) != 2)
				return mir_bad(c, args.s, "a binary operation takes two operands");
			int r = mir_operand_of(c, parts[0], &s->a);
			if (r == OK)
				r = mir_operand_of(c, parts[1], &s->b);
			if (r != OK)
				return r;
			s->rv = checked ? RV_CHECKED : RV_BINARY;
			s->op = (uint8_t)op;
			return OK;
		}
		for (int u = 0; u < NUNOPS; u++) {
			if (!span_eq(name, unop_name[u]))
				continue;
			int r = mir_operand_of(c, args, &s->a);
			if (r != OK)
				return r;
			s->rv = RV_UNARY;
			s->op = (uint8_t)u;
			return OK;
		}
	}
	/* Poll::<T>::Ready(op) / Poll::<T>::Pending */
	static const char *const polls[] = {"Poll::<", "std::task::Poll::<", "core::task::Poll::<", NULL};
	for (int i = 0; polls[i]; i++) {
		if (!starts(x, polls[i]))
			continue;
		const char *open = x.s + strlen(polls[i]) - 1;
		const char *close = mir_match_close(open, x.e);
		if (!close)
			return mir_bad(c, open, "unbalanced type arguments");
		Span rest = {close + 1, x.e};
		TypeId t;
		if (mir_type_of(c, (Span){open + 1, close}, &t) != OK)
			return BAD;
		TypeId pt = type_ptr(c->m, TY_POLL, t);
		s->rv = RV_AGGREGATE;
		s->x = pt;
		if (span_eq(rest, "::Pending")) {
			s->op = AGG_POLL_PENDING;
			s->a.v = fn_add_args(c->f, NULL, 0);
			s->b.v = 0;
			return OK;
		}
		if (starts(rest, "::Ready(") && ends(rest, ")") && mir_match_close(rest.s + 7, rest.e) == rest.e - 1) {
			Operand o;
			int r = mir_operand_of(c, (Span){rest.s + 8, rest.e - 1}, &o);
			if (r != OK)
				return r;
			s->op = AGG_POLL_READY;
			s->a.v = fn_add_args(c->f, &o, 1);
			s->b.v = 1;
			return OK;
		}
		return mir_opaque(c, IO_ADT);
	}
	if (starts(x, "(") && mir_match_close(x.s, x.e) == x.e - 1) {
		Span in = trim((Span){x.s + 1, x.e - 1});
		if (adt_of(c->m, place_type(c->f, dst)))
			return adt_aggregate(c, x, dst, s);
		if (ends(in, ","))
			return mir_opaque(c, IO_AGG); /* a 1-tuple whose type is not one */
		TypeId t = place_type(c->f, dst);
		if (t == NO_ID)
			return mir_opaque(c, IO_AGG);
		uint32_t first, n;
		int r = mir_operands_of(c, in, &first, &n, 0);
		if (r != OK)
			return r;
		s->rv = RV_AGGREGATE;
		s->op = AGG_TUPLE;
		s->x = t;
		s->a.v = first;
		s->b.v = n;
		return OK;
	}
	if (starts(x, "{closure@") && adt_of(c->m, place_type(c->f, dst)))
		return adt_aggregate(c, x, dst, s);
	if ((starts(x, "{coroutine@") || starts(x, "{async block@")) && mir_kind_of(c, place_type(c->f, dst)) == TY_CORO)
		return mir_coro_aggregate(c, x, dst, s); /* an async block's future: import_future.c */
	if (starts(x, "{closure@") || starts(x, "{coroutine@") || starts(x, "{async closure@"))
		return mir_opaque(c, IO_CLOSURE);
	if (starts(x, "[") && !mir_find_top((Span){x.s + 1, x.e - 1}, "; ", 0) && adt_of(c->m, place_type(c->f, dst)))
		return adt_aggregate(c, x, dst, s); /* `[a, b]` */
	if (starts(x, "[") && !mir_find_top((Span){x.s + 1, x.e - 1}, "; ", 0))
		return mir_opaque(c, IO_AGG);
	if (starts(x, "*const ") || starts(x, "*mut "))
		return mir_opaque(c, IO_AGG);
	static const char *const ops[] = {"Len(", "SizeOf(", "AlignOf(", "OffsetOf(", "UbChecks(", "ContractChecks(",
					  "PtrMetadata(", "Offset(", "Cmp(", "ShallowInitBox(", "deref_copy ", "Repeat(",
					  "CopyForDeref(", "wrap_binder!(", NULL};
	for (int i = 0; ops[i]; i++)
		if (starts(x, ops[i]))
			return mir_opaque(c, IO_RVALUE);
	/* `[x; N]` is Repeat; `[a, b]` an array */
	if (starts(x, "[") && mir_find_top((Span){x.s + 1, x.e - 1}, "; ", 0))
		return mir_opaque(c, IO_RVALUE);
	/* a lower-case `op(..)` without a path is an rvalue operator the model lacks */
	if (call_form(x, &name, &args) && !mir_find_top(name, "::", 0) && name.s[0] >= 'a' && name.s[0] <= 'z')
		return mir_opaque(c, IO_RVALUE);
	/* ADT aggregates: `Foo::<T>::Bar(..)`, `Foo { .. }`, `Bar`; `<T as X>::Y` stays opaque */
	if (is_ident(x.s[0]) && adt_of(c->m, place_type(c->f, dst)))
		return adt_aggregate(c, x, dst, s);
	if (is_ident(x.s[0]) || x.s[0] == '<')
		return mir_opaque(c, IO_ADT);
	return mir_opaque(c, IO_RVALUE);
}

static const char *const opaque_stmt_kinds[] = {
	"FakeRead(", "Retag(", "AscribeUserType(", "Coverage::", "ConstEvalCounter", "Deinit(", "assume(",
	"copy_nonoverlapping(", "BackwardIncompatibleDropHint(", "Intrinsic(", "SetDiscriminant(", NULL,
};

static void push_opaque_stmt(Ctx *c, BlockId b, Span text)
{
	char *t = mir_xstrndup(text.s, span_len(text));
	Stmt s = {.kind = ST_NOP, .x = fn_add_name(c->f, t) + 1};
	free(t);
	fn_push_stmt(c->f, b, s);
}

/* Returns OK, OPAQUE (pushed as opaque) or BAD. */
int mir_stmt_of(Ctx *c, BlockId b, Span x)
{
	Stmt s = {0};
	Span name, args;
	int r;
	if (span_eq(x, "nop")) {
		fn_push_stmt(c->f, b, stmt_nop());
		return OK;
	}
	if ((starts(x, "StorageLive(") || starts(x, "StorageDead(")) && call_form(x, &name, &args)) {
		uint64_t l;
		if (mir_parse_local_name(trim(args), &l) != 0)
			return mir_bad(c, args.s, "expected a local");
		if (l >= c->f->nlocals)
			return mir_bad(c, args.s, "local _%llu is not declared", (unsigned long long)l);
		fn_push_stmt(c->f, b, stmt_storage(x.s[7] == 'L' ? ST_STORAGE_LIVE : ST_STORAGE_DEAD, (LocalId)l));
		return OK;
	}
	if (starts(x, "PlaceMention(") && ends(x, ")")) {
		PlaceId p;
		r = mir_place_of(c, (Span){x.s + 13, x.e - 1}, &p);
		if (r == OK)
			fn_push_stmt(c->f, b, (Stmt){.kind = ST_PLACE_MENTION, .place = p});
		goto done;
	}
	const char *eq = mir_find_top(x, " = ", 0);
	if (starts(x, "discriminant(") && eq) {
		Span lhs = {x.s, eq};
		uint64_t k;
		if (!ends(lhs, ")") || mir_parse_u64(trim((Span){eq + 3, x.e}), &k) != 0 || k > UINT32_MAX)
			return mir_bad(c, x.s, "expected `discriminant(place) = N`");
		PlaceId p;
		r = mir_place_of(c, (Span){x.s + 13, lhs.e - 1}, &p);
		if (r == OK) {
			TypeId t = place_type(c->f, p);
			Adt *ad = adt_of(c->m, t);
			if (ad && ad->kind == ADT_UNKNOWN && !ad->nvariants)
				ad->kind = ADT_ENUM;
			if (ad)
				r = ad->kind != ADT_ENUM || (ad->rustc_order && k >= ad->nvariants) || k >= MAX_LIST
					    ? mir_opaque(c, IO_ENUM) : OK;
			else if (mir_kind_of(c, t) == TY_POLL ? k > 1 : !is_own_coro(c, t) || k >= MAX_LIST)
				r = mir_opaque(c, IO_ENUM);
			else if (mir_kind_of(c, t) != TY_POLL && k > c->maxvariant)
				c->maxvariant = (uint32_t)k;
		}
		if (r == OK)
			fn_push_stmt(c->f, b, (Stmt){.kind = ST_SET_DISCR, .place = p, .x = (uint32_t)k});
		goto done;
	}
	if (eq) {
		PlaceId p = 0;
		r = mir_place_of(c, (Span){x.s, eq}, &p);
		if (r == BAD)
			return BAD;
		if (r == OPAQUE) { /* still check the rvalue reads */
			if (!mir_balanced((Span){eq + 3, x.e}))
				return mir_bad(c, eq + 3, "bad rvalue");
			goto done;
		}
		r = rvalue_of(c, (Span){eq + 3, x.e}, p, &s);
		if (r == OK)
			r = rv_typecheck(c, &s);
		if (r == OK)
			fn_push_stmt(c->f, b, s);
		goto done;
	}
	for (int i = 0; opaque_stmt_kinds[i]; i++)
		if (starts(x, opaque_stmt_kinds[i]) && mir_balanced(x)) {
			r = mir_opaque(c, IO_STMT);
			goto done;
		}
	return mir_bad(c, x.s, "unknown statement `%.*s`", (int)(span_len(x) > 60 ? 60 : span_len(x)), x.s);
done:
	if (r == OPAQUE)
		push_opaque_stmt(c, b, x);
	return r;
}
