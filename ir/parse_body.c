/* parse_body.c — the IR text parser's types, places, operands, constants,
 * rvalues, statements and terminators. See parse.c. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

/* ------------------------------------------------------------------ */
/* types                                                               */
/* ------------------------------------------------------------------ */

static const struct {
	const char *name;
	TypeKind kind;
} basic_types[] = {
	{"bool", TY_BOOL}, {"u8", TY_U8},   {"u16", TY_U16},   {"u32", TY_U32},         {"u64", TY_U64},
	{"usize", TY_USIZE}, {"i8", TY_I8}, {"i16", TY_I16},   {"i32", TY_I32},         {"i64", TY_I64},
	{"isize", TY_ISIZE}, {"YieldNow", TY_YIELDNOW}, {"Guard", TY_GUARD}, {"ResumeTy", TY_RESUMETY},
	{"char", TY_CHAR},
};

static int int_kind_by_name(const char *s, size_t n, TypeKind *out)
{
	for (size_t i = 0; i < sizeof basic_types / sizeof *basic_types; i++) {
		TypeKind k = basic_types[i].kind;
		if (k >= TY_U8 && k <= TY_ISIZE && strlen(basic_types[i].name) == n &&
		    memcmp(basic_types[i].name, s, n) == 0) {
			*out = k;
			return 0;
		}
	}
	return -1;
}

/* the frontend's bound on array lengths (issue 22 item 4: 1 <= N <= 4096) */
enum { ARRAY_MAX_LEN = 4096 };

static int enter(P *p)
{
	if (++p->depth > MAX_DEPTH)
		return ERR("nesting too deep (more than %d levels)", MAX_DEPTH);
	return 0;
}


static int parse_type_inner(P *p, TypeId *out)
{
	Module *m = p->m;
	int pointee = p->pointee;
	p->pointee = 0;
	if (is_p(p, "(")) {
		next(p);
		if (is_p(p, ")")) {
			next(p);
			*out = TY_UNIT;
			return 0;
		}
		TypeId a, b;
		TRY(parse_type(p, &a));
		if (is_p(p, ")"))
			return ERR("one-element tuple types are not supported");
		TRY(expect_p(p, ",", "in tuple type"));
		TRY(parse_type(p, &b));
		if (is_p(p, ","))
			return ERR("only two-element tuple types are supported");
		TRY(expect_p(p, ")", "after tuple type"));
		*out = type_tuple2(m, a, b);
		return 0;
	}
	if (is_p(p, "!")) {
		next(p);
		*out = TY_NEVER;
		return 0;
	}
	if (is_p(p, "[")) { /* `[T; N]` (issue 22 item 4: what the printer writes for arrays) */
		int bline = p->t.line, bcol = p->t.col;
		next(p);
		TypeId elem;
		int line = p->t.line, col = p->t.col;
		TRY(parse_type(p, &elem));
		if (type_get(m, elem)->kind == TY_ARRAY)
			return err_at(p, line, col, "arrays of arrays are not supported");
		if (is_p(p, "]")) { /* slice40: `[T]`, only as a pointer's pointee */
			if (!pointee)
				return err_at(p, bline, bcol, "the slice type `[%s]` is supported only behind a reference",
					      type_spelling(m, elem));
			next(p);
			*out = type_slice(m, elem);
			return 0;
		}
		TRY(expect_p(p, ";", "after the element type of an array type"));
		uint32_t len;
		line = p->t.line, col = p->t.col;
		TRY(parse_u32(p, &len, "an array length"));
		if (len < 1 || len > ARRAY_MAX_LEN)
			return err_at(p, line, col, "array length %u is not supported (1 to %d)", (unsigned)len,
				      ARRAY_MAX_LEN);
		TRY(expect_p(p, "]", "after the length of an array type"));
		*out = type_array(m, elem, len);
		return 0;
	}
	if (is_p(p, "&")) {
		next(p);
		TypeKind k = TY_REF;
		if (is_id(p, "mut")) {
			next(p);
			k = TY_REFMUT;
		}
		TypeId a;
		p->pointee = 1;
		TRY(parse_type(p, &a));
		*out = type_ptr(m, k, a);
		return 0;
	}
	if (is_p(p, "*")) {
		next(p);
		TypeKind k = TY_RAWMUT;
		if (is_id(p, "const")) { /* slice40: `*const [u8]` */
			next(p);
			k = TY_RAWCONST;
		} else {
			TRY(expect_id(p, "mut", "after '*' in pointer type"));
		}
		TypeId a;
		p->pointee = 1;
		TRY(parse_type(p, &a));
		*out = type_ptr(m, k, a);
		return 0;
	}
	if (is_p(p, "{")) {
		int line = p->t.line, col = p->t.col;
		next(p);
		TRY(expect_id(p, "async", "in coroutine type"));
		CoroKind kind;
		char *name;
		int nline, ncol;
		if (is_id(p, "fn")) {
			kind = CORO_ASYNC_FN;
			next(p);
			TRY(expect_id(p, "body", "in `{async fn body of NAME()}`"));
			TRY(expect_id(p, "of", "in `{async fn body of NAME()}`"));
			nline = p->t.line, ncol = p->t.col;
			TRY(parse_path(p, &name));
			TRY(expect_p(p, "(", "after the name in `{async fn body of NAME()}`"));
			TRY(expect_p(p, ")", "in `{async fn body of NAME()}`"));
		} else if (is_id(p, "block")) {
			kind = CORO_ASYNC_BLOCK;
			next(p);
			TRY(expect_p(p, "@", "in `{async block@NAME}`"));
			nline = p->t.line, ncol = p->t.col;
			TRY(parse_path(p, &name));
		} else {
			return unexpected(p, "expected `fn` or `block` in coroutine type");
		}
		TRY(expect_p(p, "}", "after coroutine type"));
		int ci = module_find_coro(m, name);
		if (ci < 0)
			return err_at(p, nline, ncol, "undeclared coroutine %s", name);
		if (m->coros[ci].kind != kind)
			return err_at(p, line, col, "coroutine %s is an %s, not an %s", name,
				      m->coros[ci].kind == CORO_ASYNC_FN ? "async fn" : "async block",
				      kind == CORO_ASYNC_FN ? "async fn" : "async block");
		*out = type_coro(m, (uint32_t)ci);
		return 0;
	}
	if (p->t.kind == T_IDENT) {
		if (is_id(p, "Poll") || is_id(p, "Pin")) {
			TypeKind k = is_id(p, "Poll") ? TY_POLL : TY_PIN;
			next(p);
			TRY(expect_p(p, "<", k == TY_POLL ? "after `Poll`" : "after `Pin`"));
			TypeId a;
			TRY(parse_type(p, &a));
			TRY(expect_p(p, ">", "after type argument"));
			*out = type_ptr(m, k, a);
			return 0;
		}
		if (is_id(p, "Context")) {
			next(p);
			TRY(expect_p(p, "<", "after `Context`"));
			if (p->t.kind != T_LIFE || p->t.n != 2 || p->t.s[1] != '_')
				return unexpected(p, "expected '_ in `Context<'_>`");
			next(p);
			TRY(expect_p(p, ">", "after `Context<'_`"));
			*out = TY_CONTEXT;
			return 0;
		}
		for (size_t i = 0; i < sizeof basic_types / sizeof *basic_types; i++) {
			if (is_id(p, basic_types[i].name)) {
				next(p);
				*out = basic_types[i].kind;
				return 0;
			}
		}
	}
	/* a struct or enum item of the file (parse_item.c): `Pair`, `Option<u32>`; items31: an item of a
	 * body of a trait or non-local impl's fn, `<S as T>::m::In` */
	if (p->t.kind == T_IDENT || is_p(p, "<")) {
		int line = p->t.line, col = p->t.col;
		char *name;
		TRY(parse_type_text(p, &name));
		*out = item_type(p, name);
		if (*out == NO_ID && (strcmp(name, "str") == 0 || strcmp(name, PANIC_ARGUMENTS_TYPE) == 0))
			*out = type_intern(m, (Type){.kind = TY_OPAQUE, .text = name}); /* mac40: a panic's message, Arguments */
		if (*out == NO_ID)
			return err_at(p, line, col, "unknown type %s", name);
		return 0;
	}
	return unexpected(p, "expected a type");
}

int parse_type(P *p, TypeId *out)
{
	TRY(enter(p));
	int r = parse_type_inner(p, out);
	p->depth--;
	return r;
}

/* ------------------------------------------------------------------ */
/* places, operands, constants                                         */
/* ------------------------------------------------------------------ */

/* The type of the place being parsed: local, then p->pb's projections; NO_ID when they do not type. */
static TypeId place_so_far(const P *p, LocalId local)
{
	const Fn *f = p->f;
	TypeId t = f->locals[local].ty;
	for (uint32_t i = 0; i < p->npb && t != NO_ID; i++) {
		const Type *ty = type_get(f->mod, t);
		if (p->pb[i].kind == PROJ_DEREF)
			t = ty->kind == TY_REF || ty->kind == TY_REFMUT || ty->kind == TY_RAWMUT || ty->kind == TY_RAWCONST ? ty->a
															      : NO_ID;
		else if (p->pb[i].kind == PROJ_FIELD || p->pb[i].kind == PROJ_INDEX)
			t = p->pb[i].ty;
	}
	return t;
}

/* `[_7]` after a place: an index projection (issue 22 item 4; the printer's `_5[_7]`) */
static int parse_index_projs(P *p, LocalId local)
{
	while (is_p(p, "[")) {
		int line = p->t.line, col = p->t.col;
		next(p);
		Proj pe = {0};
		pe.kind = PROJ_INDEX;
		LocalId ix = 0;
		int iline = p->t.line, icol = p->t.col;
		TRY(parse_local(p, &ix));
		TRY(expect_p(p, "]", "after the index local"));
		if (p->f->locals[ix].ty != TY_USIZE)
			return err_at(p, iline, icol, "an index must be a usize local");
		TypeId t = place_so_far(p, local);
		if (t == NO_ID || (type_get(p->m, t)->kind != TY_ARRAY && type_get(p->m, t)->kind != TY_SLICE))
			return err_at(p, line, col, "cannot index a place that is not an array or slice");
		pe.index = ix;
		pe.ty = type_get(p->m, t)->a;
		*(Proj *)VEC_PUSH(p->tmp, p->pb, p->npb, p->cappb) = pe;
	}
	return 0;
}

static int parse_place_rec(P *p, LocalId *local)
{
	TRY(enter(p));
	if (!is_p(p, "(")) {
		TRY(parse_local(p, local));
		TRY(parse_index_projs(p, *local));
		p->depth--;
		return 0;
	}
	next(p);
	Proj pe = {0};
	if (is_p(p, "*")) {
		next(p);
		TRY(parse_place_rec(p, local));
		pe.kind = PROJ_DEREF;
	} else {
		TRY(parse_place_rec(p, local));
		if (is_p(p, ".")) {
			next(p);
			TRY(parse_u32(p, &pe.index, "a field number"));
			TRY(expect_p(p, ":", "after field number"));
			TRY(parse_type(p, &pe.ty));
			pe.kind = PROJ_FIELD;
		} else if (is_id(p, "as")) {
			next(p);
			pe.kind = PROJ_DOWNCAST;
			/* an enum item's variant by name (print.c's spelling), Poll's Ready/Pending */
			TypeId t = place_so_far(p, *local);
			const Adt *a = t == NO_ID ? NULL : adt_of(p->m, t);
			int line = p->t.line, col = p->t.col;
			Lex save_lx = p->lx;
			Tok save_t = p->t;
			int numbered = 0;
			if (is_id(p, "variant")) { /* `variant#N`, unless a variant is named `variant` */
				next(p);
				numbered = is_p(p, "#") || !(a && a->enum_defined);
				if (!numbered)
					p->lx = save_lx, p->t = save_t;
			}
			if (numbered) {
				TRY(expect_p(p, "#", "after `variant`"));
				TRY(parse_u32(p, &pe.index, "a variant number"));
				if (a && a->defined && pe.index >= a->nvariants)
					return err_at(p, line, col, "variant#%u out of range: %s has %u variants",
						      (unsigned)pe.index, a->name, (unsigned)a->nvariants);
			} else if (a && a->enum_defined && p->t.kind == T_IDENT) {
				for (pe.index = 0; pe.index < a->nvariants && !is_id(p, a->variants[pe.index].name); pe.index++)
					;
				if (pe.index == a->nvariants)
					return ERR("%s has no variant %.*s", a->name, (int)p->t.n, p->t.s);
				next(p);
			} else if (a && a->defined) {
				return ERR("downcast of struct %s", a->name);
			} else if (is_id(p, "Ready")) {
				next(p);
				pe.index = 0;
			} else if (is_id(p, "Pending")) {
				next(p);
				pe.index = 1;
			} else {
				return unexpected(p, "expected `Ready`, `Pending`, a variant name or `variant#N` after `as`");
			}
		} else {
			return unexpected(p, "expected '.' or `as` in place projection");
		}
	}
	TRY(expect_p(p, ")", "after place projection"));
	*(Proj *)VEC_PUSH(p->tmp, p->pb, p->npb, p->cappb) = pe;
	TRY(parse_index_projs(p, *local));
	p->depth--;
	return 0;
}

static int parse_place(P *p, PlaceId *out)
{
	Fn *f = p->f;
	LocalId l;
	p->npb = 0;
	TRY(parse_place_rec(p, &l));
	uint32_t start = f->nprojs;
	for (uint32_t i = 0; i < p->npb; i++)
		*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = p->pb[i];
	Place *pl = VEC_PUSH(f->arena, f->places, f->nplaces, f->capplaces);
	pl->local = l;
	pl->proj = p->npb ? start : 0;
	pl->nproj = p->npb;
	*out = f->nplaces - 1;
	return 0;
}

/* A scalar constant after `const` (also a const item's value: parse_const_item) */
int parse_scalar(P *p, TypeId *ty_out, uint64_t *bits_out)
{
	if (is_id(p, "true") || is_id(p, "false")) {
		*ty_out = TY_BOOL;
		*bits_out = is_id(p, "true");
		next(p);
		return 0;
	}
	if (is_p(p, "(")) {
		next(p);
		TRY(expect_p(p, ")", "in `const ()`"));
		*ty_out = TY_UNIT;
		*bits_out = 0;
		return 0;
	}
	if (p->t.kind == T_CHAR) { /* `const 'a'` (diag27) */
		*ty_out = TY_CHAR;
		*bits_out = p->t.val;
		next(p);
		return 0;
	}
	TypeKind lk;
	if (p->t.kind == T_IDENT && int_kind_by_name(p->t.s, p->t.n, &lk) == 0) {
		/* `u8::MAX`, `i32::MIN`: rustc's spelling of a type's limits */
		TypeId ty = (TypeId)lk;
		next(p);
		TRY(expect_p(p, "::", "after the type of a limit constant"));
		int bits = type_int_bits(p->m, ty), sgn = type_is_signed(p->m, ty);
		uint64_t mask = bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
		uint64_t v;
		if (is_id(p, "MAX"))
			v = sgn ? mask >> 1 : mask;
		else if (is_id(p, "MIN") && sgn)
			v = (mask >> 1) + 1;
		else
			return unexpected(p, sgn ? "expected MAX or MIN" : "expected MAX");
		next(p);
		*ty_out = ty;
		*bits_out = v;
		return 0;
	}
	int neg = 0, line = p->t.line, col = p->t.col;
	if (is_p(p, "-")) {
		neg = 1;
		next(p);
	}
	if (p->t.kind != T_INT)
		return unexpected(p, "expected a constant: an integer with a type suffix, `true`, `false`, a char (`'a'`) or `()`");
	if (!p->t.suf)
		return ERR("integer constant %.*s needs a type suffix (like %.*s_u32)", (int)p->t.n, p->t.s,
			   (int)p->t.n, p->t.s);
	TypeKind k;
	if (int_kind_by_name(p->t.suf, p->t.nsuf, &k) < 0)
		return ERR("unknown integer suffix _%.*s", (int)p->t.nsuf, p->t.suf);
	TypeId ty = (TypeId)k;
	int bits = type_int_bits(p->m, ty);
	int sgn = type_is_signed(p->m, ty);
	uint64_t v = p->t.val;
	uint64_t max = sgn ? (bits == 64 ? (uint64_t)INT64_MAX : (UINT64_C(1) << (bits - 1)) - 1)
			   : (bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1);
	if (neg && !sgn)
		return err_at(p, line, col, "negative literal for unsigned type %.*s", (int)p->t.nsuf, p->t.suf);
	if (p->t.ovf || v > max + (uint64_t)neg)
		return err_at(p, line, col, "integer literal %s%.*s does not fit in %.*s", neg ? "-" : "",
			      (int)(p->t.n - p->t.nsuf - 1), p->t.s, (int)p->t.nsuf, p->t.suf);
	uint64_t b = neg ? (uint64_t)0 - v : v;
	if (bits < 64)
		b &= (UINT64_C(1) << bits) - 1;
	*ty_out = ty;
	*bits_out = b;
	next(p);
	return 0;
}

/* promo36: after a path `f::promoted`, `[K]` makes the promoted's name `f::promoted[K]` */
static int promoted_suffix(P *p, char **name)
{
	size_t n = strlen(*name);
	if (!is_p(p, "[") || n < 10 || strcmp(*name + n - 10, "::promoted") != 0)
		return 0;
	next(p);
	int plain = p->t.kind == T_INT && p->t.n > 0 && (p->t.n == 1 || p->t.s[0] != '0');
	for (size_t i = 0; plain && i < p->t.n; i++)
		plain = p->t.s[i] >= '0' && p->t.s[i] <= '9';
	if (p->t.kind == T_INT && !plain) /* `promoted[00]`, `promoted[0_1]`: another spelling of a name */
		return unexpected(p, "a promoted's number is in decimal digits without leading zeros");
	uint32_t k;
	TRY(parse_u32(p, &k, "a promoted's number"));
	TRY(expect_p(p, "]", "after a promoted's number"));
	*name = arena_printf(p->tmp, "%s[%" PRIu32 "]", *name, k);
	return 1;
}

/* `_N` exactly (a promoted's body numbers its locals itself) */
static int expect_local_n(P *p, uint32_t n)
{
	uint64_t v;
	int ovf;
	if (numbered_ident(p, "_", &v, &ovf) < 0 || ovf || v != n) {
		char buf[64];
		snprintf(buf, sizeof buf, "expected _%" PRIu32 " (a promoted's locals and statements are in order)", n);
		return unexpected(p, buf);
	}
	next(p);
	return 0;
}

/* promo36: rustc's promoted body, as print.c writes it after `const NAME: type =`: `{ let mut _0: &T;
 * let mut _1: T; bb0: { _1 = const V; _0 = &_1; return; } }`, any number of borrows over a scalar V of
 * T (a literal or a const item); anything else is a located error */
/* promo38: a promoted body whose bb0 is `_N = const V;` and borrows is promo36's chain of borrows over one
 * scalar (read below, its value in the NamedConst); any other (promo39: a cast after the constant; cmp39:
 * `_1 = const ();`) is a body of statements. A look ahead
 * (the lexer has no side effects): the position is restored. */
static int promoted_is_chain(P *p)
{
	Lex lx = p->lx;
	Tok t = p->t;
	while (p->t.kind != T_EOF && !is_id(p, "bb0"))
		next(p);
	int chain = 0;
	uint64_t v;
	int ovf;
	if (p->t.kind != T_EOF) {
		next(p);
		if (is_p(p, ":"))
			next(p);
		if (is_p(p, "{"))
			next(p);
		if (numbered_ident(p, "_", &v, &ovf) == 0) {
			next(p);
			chain = is_p(p, "=");
			next(p);
			chain = chain && is_id(p, "const");
			/* promo39: and nothing but `_i = &_j;` after it: `_1 = const K as u64 (IntToInt);`, `_3 =
			 * const 1_u32; _2 = &_3; _1 = [move _2];` are bodies of statements */
			for (; chain && p->t.kind != T_EOF && !is_id(p, "return"); next(p))
				chain = !is_id(p, "as") && !is_id(p, "move") && !is_id(p, "copy") && !is_p(p, "[") &&
				        !is_p(p, "(") && !is_p(p, "{") && !is_p(p, "*");
		}
	}
	p->lx = lx;
	p->t = t;
	return chain;
}

/* promo38: a promoted of several statements (const39: or an aggregate const item's body), read as a fn's
 * body (parse_fn_rest) into a Fn of its own; the verifier checks its shape (verify.c, check_promoted_body,
 * check_const_item_body) */
static int parse_named_body(P *p, const char *name, TypeId ty, int line, int is_const)
{
	Fn *body = fn_create(p->m, name, FN_SYNC);
	body->line = line;
	fn_add_local(body, ty, NULL, 1);
	Fn *outer = p->f;
	p->f = body;
	int r = parse_fn_rest(p, body);
	p->f = outer;
	if (r) {
		fn_free(body);
		return r;
	}
	uint32_t i = is_const ? module_add_const_body(p->m, body) : module_add_promoted_body(p->m, body);
	p->m->named[i].line = line;
	namemap_put(&p->named_ix, p->m->named[i].name, (uintptr_t)i + 1);
	return 0;
}

/* const39: an aggregate const item's body, `const P: Pt = { let mut _0: Pt; bb0: { _0 = Pt { .. };
 * return; } }`, read as a fn's (parse_fn_rest); the verifier checks its shape (check_const_item_body) */
static int parse_const_item_body(P *p, const char *name, TypeId ty, int line)
{
	TRY(expect_p(p, "{", "before a const item's body"));
	return parse_named_body(p, name, ty, line, 1);
}

static int parse_promoted_body(P *p, const char *name, TypeId ty, int line)
{
	TRY(expect_p(p, "{", "before a promoted's body"));
	if (!promoted_is_chain(p))
		return parse_named_body(p, name, ty, line, 0);
	Lex start_lx = p->lx; /* const39: a chain ending at an aggregate const (`_1 = const P; _0 = &_1;`) */
	Tok start_t = p->t;
	TypeId *tys = NULL;
	uint32_t n = 0, cap = 0;
	while (is_id(p, "let")) {
		int tline = p->t.line, tcol = p->t.col;
		next(p);
		TRY(expect_id(p, "mut", "in a promoted's `let`"));
		TRY(expect_local_n(p, n));
		TRY(expect_p(p, ":", "after a promoted's local"));
		int yline = p->t.line, ycol = p->t.col;
		TypeId *slot = VEC_PUSH(p->tmp, tys, n, cap); /* any number of borrows (`&&&..5`) */
		n--;
		TRY(parse_type(p, slot));
		TypeId want = n ? type_get(p->m, tys[n - 1])->a : ty;
		if (n && type_get(p->m, tys[n - 1])->kind != TY_REF)
			return err_at(p, tline, tcol, "promoted %s: _%" PRIu32 " is not a shared reference, yet has a local after it",
			              name, n - 1);
		if (tys[n] != want)
			return err_at(p, yline, ycol, "promoted %s: _%" PRIu32 " must have type %s", name, n,
			              type_spelling(p->m, want));
		TRY(expect_p(p, ";", "after a promoted's local"));
		n++;
	}
	uint32_t depth = n ? n - 1 : 0;
	if (n < 2 || type_get(p->m, tys[0])->kind != TY_REF)
		return err_at(p, line, 1, "promoted %s: its type must be a shared reference, with a local per borrow", name);
	int k = type_get(p->m, tys[depth])->kind;
	if (k != TY_BOOL && k != TY_CHAR && !type_is_int(p->m, tys[depth])) { /* is a body of statements */
		p->lx = start_lx;
		p->t = start_t;
		return parse_named_body(p, name, ty, line, 0);
	}
	TRY(expect_id(p, "bb0", "in a promoted's body"));
	TRY(expect_p(p, ":", "after bb0"));
	TRY(expect_p(p, "{", "after bb0:"));
	TRY(expect_local_n(p, depth));
	TRY(expect_p(p, "=", "in a promoted's body"));
	TRY(expect_id(p, "const", "in a promoted's body"));
	uint64_t bits = 0;
	uint32_t of_named = 0;
	int vline = p->t.line, vcol = p->t.col;
	TypeKind lk;
	if (p->t.kind == T_IDENT && !is_id(p, "true") && !is_id(p, "false") &&
	    int_kind_by_name(p->t.s, p->t.n, &lk) != 0) { /* `const K` */
		char *cname;
		TRY(parse_path(p, &cname));
		const uintptr_t *ix = namemap_find(&p->named_ix, cname);
		int c = ix ? (int)*ix - 1 : -1;
		if (c < 0 || p->m->named[c].is_static || p->m->named[c].promoted)
			return err_at(p, vline, vcol, "unknown const %s (a const item must come before its uses)", cname);
		if (p->m->named[c].ty != tys[depth])
			return err_at(p, vline, vcol, "promoted %s: const %s is not a %s", name, cname,
			              type_spelling(p->m, tys[depth]));
		bits = p->m->named[c].bits;
		of_named = (uint32_t)c + 1;
	} else {
		TypeId vty;
		TRY(parse_scalar(p, &vty, &bits));
		if (vty != tys[depth])
			return err_at(p, vline, vcol, "promoted %s: its value's type differs from _%" PRIu32 "'s", name, depth);
	}
	TRY(expect_p(p, ";", "after a promoted's value"));
	for (uint32_t d = depth; d-- > 0;) {
		TRY(expect_local_n(p, d));
		TRY(expect_p(p, "=", "in a promoted's body"));
		TRY(expect_p(p, "&", "in a promoted's body (each local borrows the next)"));
		TRY(expect_local_n(p, d + 1));
		TRY(expect_p(p, ";", "in a promoted's body"));
	}
	TRY(expect_id(p, "return", "at the end of a promoted's body"));
	TRY(expect_p(p, ";", "after `return`"));
	TRY(expect_p(p, "}", "after a promoted's block"));
	TRY(expect_p(p, "}", "after a promoted's body"));
	char *owner = arena_printf(p->tmp, "%s", name);
	char *br = strrchr(owner, '[');
	uint32_t kno = (uint32_t)strtoul(br + 1, NULL, 10);
	br[-10] = 0; /* `::promoted[K]` */
	uint32_t i = module_add_promoted(p->m, owner, kno, ty, bits, depth, of_named);
	p->m->named[i].line = line;
	namemap_put(&p->named_ix, p->m->named[i].name, (uintptr_t)i + 1);
	return 0;
}

/* const33: `const NAME: type = scalar;` at the top level (print.c writes them first); consts35:
 * `static NAME: type = scalar;` likewise, the N-th of them read by `const {allocN: &type}` */
int parse_const_item(P *p)
{
	int line = p->t.line;
	int is_static = is_id(p, "static");
	next(p); /* `const` / `static` */
	int nline = p->t.line, ncol = p->t.col;
	char *name;
	if (p->t.kind != T_IDENT && !(is_p(p, "<") && !at_impl_segment(p))) /* consts37: `<S as Tr>::K` */
		return unexpected(p, "expected the const item's name");
	TRY(parse_path(p, &name));
	int promoted = !is_static ? promoted_suffix(p, &name) : 0;
	if (promoted < 0)
		return -1;
	if (namemap_find(&p->named_ix, name))
		return err_at(p, nline, ncol, "const %s is defined twice", name);
	TRY(expect_p(p, ":", "after the const item's name"));
	TypeId ty, vty;
	uint64_t bits;
	int tline = p->t.line, tcol = p->t.col;
	TRY(parse_type(p, &ty));
	if (promoted) { /* promo36 */
		TRY(expect_p(p, "=", "after the promoted's type"));
		return parse_promoted_body(p, name, ty, line);
	}
	int k = type_get(p->m, ty)->kind;
	if (!is_static && (k == TY_ADT || k == TY_ARRAY)) { /* const39: an aggregate's body */
		TRY(expect_p(p, "=", "after the const item's type"));
		return parse_const_item_body(p, name, ty, line);
	}
	if (k != TY_BOOL && k != TY_CHAR && !type_is_int(p->m, ty))
		return err_at(p, tline, tcol, "%s %s: only integer, bool and char%s %s items are supported",
		              is_static ? "static" : "const", name, is_static ? "" : " (and struct, enum and array)",
		              is_static ? "static" : "const");
	TRY(expect_p(p, "=", "after the const item's type"));
	int vline = p->t.line, vcol = p->t.col;
	TRY(parse_scalar(p, &vty, &bits));
	if (vty != ty)
		return err_at(p, vline, vcol, "const %s: its value's type differs from its declared type", name);
	TRY(expect_p(p, ";", "after the const item"));
	uint32_t i = module_add_named(p->m, name, ty, bits);
	p->m->named[i].line = line;
	p->m->named[i].is_static = (uint8_t)is_static;
	namemap_put(&p->named_ix, p->m->named[i].name, (uintptr_t)i + 1);
	return 0;
}

static int parse_const(P *p, Operand *out)
{
	if (is_p(p, "{")) { /* consts35: `const {allocN: &T}`, a static's address */
		int line = p->t.line, col = p->t.col;
		next(p);
		unsigned long n = 0;
		if (p->t.kind != T_IDENT || p->t.n < 6 || strncmp(p->t.s, "alloc", 5) != 0)
			return unexpected(p, "expected `allocN` (a static's allocation)");
		for (size_t i = 5; i < p->t.n; i++) {
			if (p->t.s[i] < '0' || p->t.s[i] > '9' || n > 100000000)
				return unexpected(p, "expected `allocN` (a static's allocation)");
			n = n * 10 + (unsigned long)(p->t.s[i] - '0');
		}
		next(p);
		TRY(expect_p(p, ":", "after the allocation"));
		TypeId ty;
		int tline = p->t.line, tcol = p->t.col;
		TRY(parse_type(p, &ty));
		TRY(expect_p(p, "}", "after the allocation's type"));
		int k = module_find_static_alloc(p->m, (uint32_t)n);
		if (k < 0)
			return err_at(p, line, col, "unknown allocation alloc%lu (a static item must come before its reads)", n);
		const NamedConst *c = &p->m->named[k];
		if (type_get(p->m, ty)->kind != TY_REF || type_get(p->m, ty)->a != c->ty)
			return err_at(p, tline, tcol, "alloc%lu is static %s: its read is a shared reference to its type", n, c->name);
		*out = op_const_named(p->f, ty, 0, (uint32_t)k + 1);
		return 0;
	}
	if ((p->t.kind == T_IDENT && !is_id(p, "true") && !is_id(p, "false")) || (is_p(p, "<") && !at_impl_segment(p))) {
		TypeKind lk;
		if (p->t.kind != T_IDENT || int_kind_by_name(p->t.s, p->t.n, &lk) != 0) {
			/* const33: `const N`, `const f::K`; consts37: `const <S as Tr>::K` */
			int line = p->t.line, col = p->t.col;
			char *name;
			TRY(parse_path(p, &name));
			int promoted = promoted_suffix(p, &name); /* promo36: `const f::promoted[0]` */
			if (promoted < 0)
				return -1;
			const uintptr_t *ix = namemap_find(&p->named_ix, name);
			int k = ix ? (int)*ix - 1 : -1;
			if (k < 0)
				return err_at(p, line, col, "unknown const %s (a const item must come before its uses)", name);
			const NamedConst *c = &p->m->named[k];
			*out = op_const_named(p->f, c->ty, c->promoted ? 0 : c->bits, (uint32_t)k + 1);
			return 0;
		}
	}
	if (p->t.kind == T_STR) { /* mac40: a panic's message, `const "msg"`: a &str known by its spelling */
		char *text = arena_printf(p->tmp, "const \"%.*s\"", (int)p->t.n, p->t.s);
		next(p);
		TypeId str = type_intern(p->m, (Type){.kind = TY_OPAQUE, .text = "str"});
		*out = op_const(p->f, type_ptr(p->m, TY_REF, str), const_text_id(p->m, text));
		return 0;
	}
	TypeId ty;
	uint64_t bits;
	TRY(parse_scalar(p, &ty, &bits));
	*out = op_const(p->f, ty, bits);
	return 0;
}

static int parse_operand(P *p, Operand *out)
{
	if (is_id(p, "copy") || is_id(p, "move")) {
		int mv = is_id(p, "move");
		next(p);
		PlaceId pl;
		TRY(parse_place(p, &pl));
		*out = mv ? op_move(pl) : op_copy(pl);
		return 0;
	}
	if (is_id(p, "const")) {
		next(p);
		return parse_const(p, out);
	}
	return unexpected(p, "expected an operand (`copy`, `move` or `const`)");
}

/* `(op, op, ...)` after the `(` has been consumed, up to and including `)`. */
static int parse_operand_list(P *p, uint32_t *first, uint32_t *n, const char *ctx)
{
	Operand *ops = NULL;
	uint32_t nops = 0, cap = 0;
	if (!is_p(p, ")")) {
		for (;;) {
			Operand o;
			TRY(parse_operand(p, &o));
			*(Operand *)VEC_PUSH(p->tmp, ops, nops, cap) = o;
			if (!is_p(p, ","))
				break;
			next(p);
		}
	}
	TRY(expect_p(p, ")", ctx));
	*first = fn_add_args(p->f, ops, nops);
	*n = nops;
	return 0;
}

/* Type of a place during parsing, or NO_ID when the projections do not type. */
static TypeId parse_place_type(const Fn *f, PlaceId pid)
{
	const Place *pl = &f->places[pid];
	TypeId t = f->locals[pl->local].ty;
	for (uint32_t i = 0; i < pl->nproj; i++) {
		const Proj *pe = &f->projs[pl->proj + i];
		const Type *ty = type_get(f->mod, t);
		if (pe->kind == PROJ_DEREF) {
			if (ty->kind != TY_REF && ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT)
				return NO_ID;
			t = ty->a;
		} else if (pe->kind == PROJ_FIELD || pe->kind == PROJ_INDEX) {
			t = pe->ty;
		}
	}
	return t;
}

static TypeId operand_type(const Fn *f, Operand o)
{
	return o.kind == OP_CONST ? f->consts[o.v].ty : parse_place_type(f, o.v);
}

/* ------------------------------------------------------------------ */
/* rvalues, statements, terminators                                    */
/* ------------------------------------------------------------------ */

static int find_binop(const P *p, int checked)
{
	for (int i = 0; i < NBINOPS; i++) {
		const char *s = checked ? binop_checked_name[i] : binop_name[i];
		if (s && is_id(p, s))
			return i;
	}
	return -1;
}

/* The current identifier starts a path (`Neg::Z`, `Add { .. }`: an item named like an operator,
 * whose value is an aggregate), not an operator, which is always followed by '('. */
static int names_path(const P *p)
{
	size_t i = p->lx.pos;
	while (i < p->len && (p->src[i] == ' ' || p->src[i] == '\t'))
		i++;
	return i < p->len && p->src[i] != '(';
}

/* After `as T (`: `IntToInt)` or (slice40) `PointerCoercion(Unsize, Implicit))` */
static int parse_cast_kind(P *p, int *kind)
{
	if (is_id(p, "IntToInt")) {
		next(p);
		*kind = CAST_INT_TO_INT;
	} else {
		TRY(expect_id(p, "PointerCoercion", "or `IntToInt` as the cast kind"));
		TRY(expect_p(p, "(", "after `PointerCoercion`"));
		TRY(expect_id(p, "Unsize", "in `PointerCoercion(Unsize, Implicit)`"));
		TRY(expect_p(p, ",", "after `Unsize`"));
		TRY(expect_id(p, "Implicit", "in `PointerCoercion(Unsize, Implicit)`"));
		TRY(expect_p(p, ")", "after `Implicit`"));
		*kind = CAST_UNSIZE;
	}
	return expect_p(p, ")", "after the cast kind");
}

static int parse_rvalue(P *p, Stmt *s)
{
	Module *m = p->m;
	Fn *f = p->f;
	s->kind = ST_ASSIGN;
	if (is_id(p, "copy") || is_id(p, "move") || is_id(p, "const")) {
		TRY(parse_operand(p, &s->a));
		s->rv = RV_USE;
		if (is_id(p, "as")) {
			next(p);
			TypeId t;
			TRY(parse_type(p, &t));
			TRY(expect_p(p, "(", "before the cast kind"));
			int k;
			TRY(parse_cast_kind(p, &k));
			s->rv = RV_CAST;
			s->op = (uint8_t)k;
			s->x = t;
		}
		return 0;
	}
	int op;
	if (!names_path(p) && ((op = find_binop(p, 0)) >= 0 || (op = find_binop(p, 1)) >= 0)) {
		s->rv = find_binop(p, 0) >= 0 ? RV_BINARY : RV_CHECKED;
		s->op = (uint8_t)op;
		next(p);
		TRY(expect_p(p, "(", "after binary operator"));
		TRY(parse_operand(p, &s->a));
		TRY(expect_p(p, ",", "between operands"));
		TRY(parse_operand(p, &s->b));
		TRY(expect_p(p, ")", "after operands"));
		return 0;
	}
	for (int i = 0; i < NUNOPS; i++) {
		if (is_id(p, unop_name[i]) && !names_path(p)) {
			next(p);
			s->rv = RV_UNARY;
			s->op = (uint8_t)i;
			TRY(expect_p(p, "(", "after unary operator"));
			TRY(parse_operand(p, &s->a));
			TRY(expect_p(p, ")", "after operand"));
			return 0;
		}
	}
	if (is_id(p, "discriminant")) {
		next(p);
		TRY(expect_p(p, "(", "after `discriminant`"));
		PlaceId pl;
		TRY(parse_place(p, &pl));
		TRY(expect_p(p, ")", "after place"));
		s->rv = RV_DISCR;
		s->a = op_copy(pl);
		return 0;
	}
	if (is_p(p, "&")) {
		next(p);
		s->rv = RV_REF;
		if (is_id(p, "raw")) { /* slice40: `&raw const (fake) P` */
			next(p);
			TRY(expect_id(p, "const", "after `&raw`"));
			TRY(expect_p(p, "(", "after `&raw const`"));
			TRY(expect_id(p, "fake", "after `&raw const (`"));
			TRY(expect_p(p, ")", "after `&raw const (fake`"));
			s->op = REF_RAW_FAKE;
		} else if (is_id(p, "mut")) {
			next(p);
			s->rv = RV_REFMUT;
		}
		PlaceId pl;
		TRY(parse_place(p, &pl));
		s->a = op_copy(pl);
		return 0;
	}
	if (is_id(p, "Poll")) {
		next(p);
		TRY(expect_p(p, "::", "after `Poll`"));
		TRY(expect_p(p, "<", "in `Poll::<T>`"));
		TypeId t;
		TRY(parse_type(p, &t));
		TRY(expect_p(p, ">", "in `Poll::<T>`"));
		TRY(expect_p(p, "::", "after `Poll::<T>`"));
		s->rv = RV_AGGREGATE;
		s->x = type_ptr(m, TY_POLL, t);
		if (is_id(p, "Pending")) {
			next(p);
			s->op = AGG_POLL_PENDING;
			s->a.v = f->nargsv;
			s->b.v = 0;
			return 0;
		}
		TRY(expect_id(p, "Ready", "or `Pending` after `Poll::<T>::`"));
		TRY(expect_p(p, "(", "after `Ready`"));
		s->op = AGG_POLL_READY;
		uint32_t first, n; /* Operand is packed (ir.h): no &s->a.v */
		TRY(parse_operand_list(p, &first, &n, "after the operands of `Ready`"));
		s->a.v = first;
		s->b.v = n;
		return 0;
	}
	if (is_p(p, "(")) {
		int line = p->t.line, col = p->t.col;
		next(p);
		s->rv = RV_AGGREGATE;
		s->op = AGG_TUPLE;
		uint32_t first, n;
		TRY(parse_operand_list(p, &first, &n, "after tuple operands"));
		s->a.v = first;
		s->b.v = n;
		if (s->b.v == 0) {
			s->x = TY_UNIT;
		} else if (s->b.v == 2) {
			TypeId a = operand_type(f, f->args[s->a.v]), b = operand_type(f, f->args[s->a.v + 1]);
			if (a == NO_ID || b == NO_ID)
				return err_at(p, line, col, "cannot type the operands of this tuple");
			s->x = type_tuple2(m, a, b);
		} else {
			return err_at(p, line, col, "tuples of %u elements are not supported", (unsigned)s->b.v);
		}
		return 0;
	}
	if (is_p(p, "[")) { /* `[a, b]` (Aggregate Array) or `[x; N]` (Repeat): issue 22 item 4 */
		int line = p->t.line, col = p->t.col;
		next(p);
		if (is_p(p, "]"))
			return err_at(p, line, col, "empty arrays are not supported");
		Operand *ops = NULL;
		uint32_t nops = 0, cap = 0;
		s->rv = RV_AGGREGATE;
		s->op = AGG_ARRAY;
		for (;;) {
			Operand o;
			TRY(parse_operand(p, &o));
			*(Operand *)VEC_PUSH(p->tmp, ops, nops, cap) = o;
			if (nops == 1 && is_p(p, ";")) {
				next(p);
				s->op = AGG_REPEAT;
				break;
			}
			if (!is_p(p, ","))
				break;
			next(p);
		}
		uint32_t len = nops;
		if (s->op == AGG_REPEAT) {
			int lline = p->t.line, lcol = p->t.col;
			TRY(parse_u32(p, &len, "a repeat count"));
			if (len < 1 || len > ARRAY_MAX_LEN)
				return err_at(p, lline, lcol, "array length %u is not supported (1 to %d)", (unsigned)len,
					      ARRAY_MAX_LEN);
		} else if (len > ARRAY_MAX_LEN) {
			return err_at(p, line, col, "array length %u is not supported (1 to %d)", (unsigned)len,
				      ARRAY_MAX_LEN);
		}
		TRY(expect_p(p, "]", s->op == AGG_REPEAT ? "after the repeat count" : "after array elements"));
		TypeId et = operand_type(f, ops[0]);
		for (uint32_t i = 1; i < nops && et != NO_ID; i++)
			if (operand_type(f, ops[i]) != et)
				return err_at(p, line, col, "array elements of different types");
		if (et == NO_ID)
			return err_at(p, line, col, "cannot type the elements of this array");
		if (type_get(m, et)->kind == TY_ARRAY)
			return err_at(p, line, col, "arrays of arrays are not supported");
		s->x = type_array(m, et, len);
		s->a.v = fn_add_args(f, ops, nops);
		s->b.v = nops;
		return 0;
	}
	if (is_p(p, "{")) {
		TypeId t;
		TRY(parse_type(p, &t));
		uint32_t coro = type_get(m, t)->coro;
		Operand *ops = NULL;
		uint32_t nops = 0, cap = 0;
		int braces = !is_p(p, ";"); /* rustc prints a capture-less coroutine as its type alone */
		if (braces)
			TRY(expect_p(p, "{", "after coroutine type in aggregate"));
		if (braces && !is_p(p, "}")) {
			for (;;) {
				PendingAgg pa = {.coro = coro, .idx = nops, .line = p->t.line, .col = p->t.col};
				if (is_p(p, "?")) { /* a variable's second field capture: no name (parse.c) */
					pa.name = "?";
					next(p);
				} else {
					TRY(parse_ident(p, &pa.name, "an upvar name"));
				}
				TRY(expect_p(p, ":", "after upvar name"));
				Operand o;
				TRY(parse_operand(p, &o));
				*(Operand *)VEC_PUSH(p->tmp, ops, nops, cap) = o;
				*(PendingAgg *)VEC_PUSH(p->tmp, p->pend, p->npend, p->cappend) = pa;
				if (!is_p(p, ","))
					break;
				next(p);
			}
		}
		if (braces)
			TRY(expect_p(p, "}", "after coroutine aggregate"));
		s->rv = RV_AGGREGATE;
		s->op = AGG_CORO;
		s->x = t;
		s->a.v = fn_add_args(f, ops, nops);
		s->b.v = nops;
		return 0;
	}
	return unexpected(p, "expected an rvalue");
}

static int parse_unwind(P *p, Term *t)
{
	TRY(expect_id(p, "unwind", "action"));
	if (is_p(p, ":")) {
		next(p);
		t->unwind = UW_CLEANUP;
		return parse_block_ref(p, &t->unwind_bb);
	}
	if (is_id(p, "continue")) {
		t->unwind = UW_CONTINUE;
	} else if (is_id(p, "unreachable")) {
		t->unwind = UW_UNREACHABLE;
	} else if (is_id(p, "terminate")) {
		next(p);
		TRY(expect_p(p, "(", "after `unwind terminate`"));
		TRY(expect_id(p, "cleanup", "in `unwind terminate(cleanup)`"));
		if (!is_p(p, ")"))
			return unexpected(p, "expected ')' in `unwind terminate(cleanup)`");
		t->unwind = UW_TERMINATE;
	} else {
		return unexpected(p, "expected ':', `continue`, `unreachable` or `terminate` after `unwind`");
	}
	next(p);
	return 0;
}

/* ` -> [LABEL: bbN, UNWIND]` or ` -> UNWIND` */
static int parse_targets(P *p, Term *t, const char *label)
{
	TRY(expect_p(p, "->", "before targets"));
	if (!is_p(p, "[")) {
		t->target = NO_BLOCK;
		return parse_unwind(p, t);
	}
	next(p);
	TRY(expect_id(p, label, "target label"));
	TRY(expect_p(p, ":", "after target label"));
	TRY(parse_block_ref(p, &t->target));
	TRY(expect_p(p, ",", "before the unwind action"));
	TRY(parse_unwind(p, t));
	return expect_p(p, "]", "after targets");
}

/* Expand an assert_fmt entry: `%s` -> arg, `%%` -> `%`. */
static void expand_fmt(const char *fmt, const char *arg, char *out, size_t n)
{
	size_t o = 0;
	for (const char *c = fmt; *c && o + 1 < n; c++) {
		if (c[0] == '%' && c[1] == 's') {
			for (const char *a = arg ? arg : ""; *a && o + 1 < n; a++)
				out[o++] = *a;
			c++;
		} else if (c[0] == '%' && c[1] == '%') {
			out[o++] = '%';
			c++;
		} else {
			out[o++] = *c;
		}
	}
	out[o] = 0;
}

static int match_msg(const P *p, const char *fmt, const char *arg)
{
	char buf[256];
	expand_fmt(fmt, arg, buf, sizeof buf);
	return strlen(buf) == p->t.n && memcmp(buf, p->t.s, p->t.n) == 0;
}

static int parse_assert_msg(P *p, Term *t)
{
	if (p->t.kind != T_STR)
		return unexpected(p, "expected an assert message string");
	for (int k = 0; k < NASSERTKINDS; k++) {
		if (k == AK_OVERFLOW) {
			/* Add/Sub/Mul only: `{} / {}` is AK_DIV_OVERFLOW */
			for (int op = 0; op < NBINOPS; op++) {
				if (binop_checked_name[op] && match_msg(p, assert_fmt[k], binop_symbol[op])) {
					t->msg = (uint8_t)k;
					t->x = (uint32_t)op;
					next(p);
					return 0;
				}
			}
		} else if (match_msg(p, assert_fmt[k], NULL)) {
			t->msg = (uint8_t)k;
			next(p);
			return 0;
		}
	}
	return ERR("unknown assert message \"%.*s\"", (int)(p->t.n > 200 ? 200 : p->t.n), p->t.s);
}

static Term term_init(TermKind k)
{
	return (Term){.kind = (uint8_t)k, .target = NO_BLOCK, .drop = NO_BLOCK, .unwind_bb = NO_BLOCK};
}

/* At `<`: is the path `<T as IntoFuture>::into_future` or `<T as Future>::poll` (parsed
 * below, T resolved), rather than a trait method of the module? Nothing is consumed; a
 * malformed path is left to the builtins' parser, whose errors name what it expects. */
static int builtin_qualified(P *p)
{
	Lex save_lx = p->lx;
	Tok save_t = p->t;
	int save_quiet = p->quiet;
	char *name;
	p->quiet = 1;
	int r = parse_path(p, &name);
	p->quiet = save_quiet;
	p->lx = save_lx, p->t = save_t;
	if (r < 0) {
		p->err = 0;
		return 1;
	}
	static const char *const builtin[] = {" as IntoFuture>::into_future", " as Future>::poll"};
	size_t n = strlen(name);
	for (int i = 0; i < 2; i++)
		if (n > strlen(builtin[i]) && strcmp(name + n - strlen(builtin[i]), builtin[i]) == 0)
			return 1;
	return 0;
}

/* cmp39: after `Option` / `Result`, `::<T>::is_some` .. (core's variant queries, ir/core_cmp.c); for40: after
 * `RangeInclusive`, `::<T>::new` (ir/core_iter.c) */
static int parse_query_callee(P *p, const char *name, Term *t)
{
	const char *spelled = arena_printf(p->tmp, "%s::<", name);
	next(p);
	TRY(expect_p(p, "<", "after `Option::` / `Result::`"));
	for (int i = 0; !i || is_p(p, ","); i++) {
		if (i)
			next(p);
		TypeId a;
		TRY(parse_type(p, &a));
		spelled = arena_printf(p->tmp, "%s%s%s", spelled, i ? ", " : "", type_spelling(p->m, a));
	}
	TRY(expect_p(p, ">", "after the type arguments"));
	TRY(expect_p(p, "::", "after `Option::<T>`"));
	if (p->t.kind != T_IDENT)
		return unexpected(p, "expected a method of Option or Result (`is_some`, `unwrap_or`, ..)");
	spelled = arena_printf(p->tmp, "%s>::%.*s", spelled, (int)p->t.n, p->t.s);
	if (!query_leaf_kind(spelled) && !iter_leaf_kind(spelled) && !enum_leaf_of(spelled)) /* for40, meth40 */
		return ERR("unknown fn %s", spelled);
	next(p);
	t->op = CALLEE_FN;
	t->x = fn_add_name(p->f, spelled);
	return 0;
}

/* slice40: after `core::slice`, `::<impl [T]>::len` or `is_empty` (core's slice methods, ir/core_cmp.c) */
static int parse_slice_callee(P *p, Term *t)
{
	next(p);
	TRY(expect_p(p, "<", "after `core::slice::`"));
	TRY(expect_id(p, "impl", "in `core::slice::<impl [T]>`"));
	TRY(expect_p(p, "[", "in `core::slice::<impl [T]>`"));
	TypeId elem;
	TRY(parse_type(p, &elem));
	TRY(expect_p(p, "]", "in `core::slice::<impl [T]>`"));
	TRY(expect_p(p, ">", "in `core::slice::<impl [T]>`"));
	TRY(expect_p(p, "::", "after `core::slice::<impl [T]>`"));
	if (p->t.kind != T_IDENT)
		return unexpected(p, "expected `len` or `is_empty`");
	const char *spelled = arena_printf(p->tmp, "core::slice::<impl [%s]>::%.*s", type_spelling(p->m, elem),
					   (int)p->t.n, p->t.s);
	if (!slice_leaf_kind(spelled))
		return ERR("unknown fn %s", spelled);
	next(p);
	t->op = CALLEE_FN;
	t->x = fn_add_name(p->f, spelled);
	return 0;
}

/* After `PLACE =`: a call or a yield. */
static int parse_call(P *p, PlaceId dst, Term *t)
{
	Module *m = p->m;
	Fn *f = p->f;
	*t = term_init(TK_CALL);
	t->place = dst;
	if (is_id(p, "yield")) {
		next(p);
		t->kind = TK_YIELD;
		TRY(expect_p(p, "(", "after `yield`"));
		TRY(parse_operand(p, &t->a));
		TRY(expect_p(p, ")", "after the yielded operand"));
		TRY(expect_p(p, "->", "after `yield(...)`"));
		TRY(expect_p(p, "[", "before yield targets"));
		TRY(expect_id(p, "resume", "target label"));
		TRY(expect_p(p, ":", "after `resume`"));
		TRY(parse_block_ref(p, &t->target));
		TRY(expect_p(p, ",", "between yield targets"));
		TRY(expect_id(p, "drop", "target label"));
		TRY(expect_p(p, ":", "after `drop`"));
		TRY(parse_block_ref(p, &t->drop));
		return expect_p(p, "]", "after yield targets");
	}
	if (is_p(p, "<") && !builtin_qualified(p)) { /* a trait method of the module: `<Sensor as Read>::read` */
		char *name;
		TRY(parse_path(p, &name));
		t->op = CALLEE_FN;
		t->x = fn_add_name(f, name);
	} else if (is_p(p, "<")) {
		next(p);
		TypeId ty;
		TRY(parse_type(p, &ty));
		TRY(expect_id(p, "as", "in `<T as Trait>`"));
		int into;
		if (is_id(p, "IntoFuture"))
			into = 1;
		else if (is_id(p, "Future"))
			into = 0;
		else
			return unexpected(p, "expected `IntoFuture` or `Future`");
		next(p);
		TRY(expect_p(p, ">", "after trait name"));
		TRY(expect_p(p, "::", "after `<T as Trait>`"));
		TRY(expect_id(p, into ? "into_future" : "poll", "method name"));
		t->op = into ? CALLEE_INTO_FUTURE : CALLEE_POLL;
		t->x = ty;
	} else if (is_id(p, "Pin")) {
		next(p);
		TRY(expect_p(p, "::", "after `Pin`"));
		TRY(expect_p(p, "<", "in `Pin::<&mut T>`"));
		TRY(expect_p(p, "&", "in `Pin::<&mut T>`"));
		TRY(expect_id(p, "mut", "in `Pin::<&mut T>`"));
		TypeId ty;
		TRY(parse_type(p, &ty));
		TRY(expect_p(p, ">", "in `Pin::<&mut T>`"));
		TRY(expect_p(p, "::", "after `Pin::<&mut T>`"));
		TRY(expect_id(p, "new_unchecked", "after `Pin::<&mut T>::`"));
		t->op = CALLEE_PIN_NEW;
		t->x = ty;
	} else if (p->t.kind == T_IDENT) {
		int line = p->t.line, col = p->t.col;
		char *name;
		TRY(parse_path(p, &name));
		if (strcmp(name, "std::future::get_context") == 0 && is_p(p, "::")) {
			next(p);
			TRY(expect_p(p, "<", "after `get_context::`"));
			for (int i = 0; i < 2; i++) {
				if (i)
					TRY(expect_p(p, ",", "between lifetimes"));
				if (p->t.kind != T_LIFE || p->t.n != 2 || p->t.s[1] != '_')
					return unexpected(p, "expected '_ in `get_context::<'_, '_>`");
				next(p);
			}
			TRY(expect_p(p, ">", "after `get_context::<'_, '_`"));
			t->op = CALLEE_GET_CONTEXT;
		} else if (strcmp(name, "std::ptr::drop_in_place") == 0 && is_p(p, "::")) {
			next(p);
			TRY(expect_p(p, "<", "after `drop_in_place::`"));
			TRY(parse_type(p, &t->x));
			TRY(expect_p(p, ">", "after `drop_in_place::<T`"));
			t->op = CALLEE_DROP_IN_PLACE;
		} else if ((strcmp(name, "Option") == 0 || strcmp(name, "Result") == 0 || strcmp(name, "RangeInclusive") == 0) &&
		           is_p(p, "::")) {
			TRY(parse_query_callee(p, name, t));
		} else if (strcmp(name, "Arguments") == 0 && is_p(p, "::")) { /* mac40: `Arguments::<'_>::from_str` */
			next(p);
			TRY(expect_p(p, "<", "after `Arguments::`"));
			if (p->t.kind != T_LIFE || p->t.n != 2 || p->t.s[1] != '_')
				return unexpected(p, "expected '_ in `Arguments::<'_>`");
			next(p);
			TRY(expect_p(p, ">", "after `Arguments::<'_`"));
			TRY(expect_p(p, "::", "after `Arguments::<'_>`"));
			if (!is_id(p, "from_str") && !is_id(p, "from_str_nonconst"))
				return unexpected(p, "expected `from_str` or `from_str_nonconst` after `Arguments::<'_>::`");
			t->op = CALLEE_FN;
			t->x = fn_add_name(f, arena_printf(p->tmp, "Arguments::<'_>::%.*s", (int)p->t.n, p->t.s));
			next(p);
		} else if (strcmp(name, "core::slice") == 0 && is_p(p, "::")) {
			TRY(parse_slice_callee(p, t));
		} else {
			if (is_p(p, "::"))
				return ERR("unexpected generic arguments after %s", name);
			(void)line, (void)col;
			t->op = CALLEE_FN;
			t->x = fn_add_name(f, name);
		}
	} else {
		return unexpected(p, "expected an rvalue or a call");
	}
	(void)m;
	TRY(expect_p(p, "(", "before call arguments"));
	TRY(parse_operand_list(p, &t->args, &t->nargs, "after call arguments"));
	return parse_targets(p, t, "return");
}

/* The fields of an ADT aggregate after its name: `{ a: op, .. }` with the variant's
 * field names in order, or `(op, ..)`. */
static int parse_adt_fields(P *p, const AdtVariant *v, const char *what, Operand **ops, uint32_t *nops, uint32_t *cap)
{
	int named = v->nfields && v->fieldnames[0];
	next(p); /* { or ( */
	for (uint32_t i = 0; i < v->nfields; i++) {
		if (i)
			TRY(expect_p(p, ",", "between the fields of an aggregate"));
		if (named) {
			if (!is_id(p, v->fieldnames[i])) {
				if (p->t.kind != T_IDENT)
					return unexpected(p, "expected a field name");
				return ERR("expected field %s of %s, found %.*s", v->fieldnames[i], what, (int)p->t.n, p->t.s);
			}
			next(p);
			TRY(expect_p(p, ":", "after the field name"));
		}
		Operand o;
		TRY(parse_operand(p, &o));
		*(Operand *)VEC_PUSH(p->tmp, *ops, *nops, *cap) = o;
	}
	if (is_p(p, ","))
		return ERR("%s has %u fields", what, (unsigned)v->nfields);
	return expect_p(p, named ? "}" : ")", "after the fields of an aggregate");
}

/* An ADT aggregate (as print.c writes it, rustc's spelling): `Pair { a: move _1, .. }`,
 * `Tup(const 3_u8, move _5)`, `U`, `E::B(..)`, `E::C { .. }`, `E::A`,
 * `Option::<u32>::Some(..)`. 1 when the name is a struct or enum item of the file and the
 * tokens after it are its constructor's (parsed into s); 0 when they are not (a call:
 * `Counter::new(..)`, nothing consumed); -1 on error. */
static int parse_adt_aggregate(P *p, Stmt *s)
{
	Fn *f = p->f;
	for (; p->path_adts_seen < p->m->nadts; p->path_adts_seen++) { /* new ones since the last look */
		const char *an = p->m->adts[p->path_adts_seen].name;
		p->path_adts |= an && !name_type_args(an) && strstr(an, "::") != NULL;
		p->qual_adts |= an && an[0] == '<';
	}
	if (p->t.kind != T_IDENT && !(is_p(p, "<") && p->qual_adts))
		return 0;
	Lex save_lx = p->lx;
	Tok save_t = p->t;
	int line = p->t.line, col = p->t.col;
	size_t cap = 0, n = 0;
	char *name = NULL;
#define NAME_PUT(str, k)                                                                   \
	do {                                                                               \
		size_t k_ = (k);                                                           \
		if (n + k_ + 1 > cap) {                                                    \
			char *nb = arena_alloc(p->tmp, cap = (n + k_ + 1) * 2);           \
			if (n)                                                             \
				memcpy(nb, name, n);                                       \
			name = nb;                                                         \
		}                                                                          \
		memcpy(name + n, (str), k_);                                               \
		n += k_;                                                                   \
		name[n] = 0;                                                               \
	} while (0)
	if (is_p(p, "<")) { /* items31: `<S as T>::m::In { .. }`; not one (a call `<S as T>::m(..)`): 0 */
		int save_quiet = p->quiet;
		char *seg;
		p->quiet = 1;
		int r = parse_name_segment(p, &seg);
		p->quiet = save_quiet;
		if (r < 0) {
			p->err = 0;
			p->lx = save_lx, p->t = save_t;
			return 0;
		}
		NAME_PUT(seg, strlen(seg));
	} else {
		NAME_PUT(p->t.s, p->t.n);
		next(p);
	}
	/* items30: a type item of a fn body, `outer::{closure#0}::S`: the name grows by the segments
	 * that keep it a prefix of some item's path (`..::Step::Go`: the variant stays after it;
	 * items31: `f::<impl S>::n::In`) */
	for (; p->path_adts;) {
		Lex lx1 = p->lx;
		Tok t1 = p->t;
		if (!is_p(p, "::"))
			break;
		next(p);
		char *seg = NULL;
		int prefix = 0;
		if (is_p(p, "{") || p->t.kind == T_IDENT || at_impl_segment(p)) {
			TRY(parse_name_segment(p, &seg));
			size_t k = n + 2 + strlen(seg);
			for (uint32_t i = 0; i < p->m->nadts && !prefix; i++) {
				const char *an = p->m->adts[i].name;
				prefix = an && !strncmp(an, name, n) && !strncmp(an + n, "::", 2) &&
				         !strncmp(an + n + 2, seg, strlen(seg)) && (an[k] == 0 || !strncmp(an + k, "::", 2));
			}
		}
		if (!prefix) {
			p->lx = lx1, p->t = t1;
			break;
		}
		NAME_PUT("::", 2);
		NAME_PUT(seg, strlen(seg));
	}
	Lex lx2 = p->lx;
	Tok t2 = p->t;
	if (is_p(p, "::")) {
		next(p);
		if (is_p(p, "<") && !at_impl_segment(p)) { /* `Option::<u32>`: the item `Option<u32>` */
			next(p);
			if (p->t.kind == T_LIFE) { /* mac40: `Arguments::<'_>::from_str(..)`: a call (parse_call) */
				p->lx = save_lx, p->t = save_t;
				return 0;
			}
			NAME_PUT("<", 1);
			for (int i = 0;; i++) {
				if (i) {
					TRY(expect_p(p, ",", "between type arguments"));
					NAME_PUT(", ", 2);
				}
				char *arg;
				TRY(parse_type_text(p, &arg));
				NAME_PUT(arg, strlen(arg));
				if (is_p(p, ">"))
					break;
			}
			next(p);
			NAME_PUT(">", 1);
		} else {
			p->lx = lx2, p->t = t2;
		}
	}
#undef NAME_PUT
	TypeId t = item_type(p, name);
	const Adt *a = t == NO_ID ? NULL : adt_of(p->m, t);
	if (!a || !a->defined) {
		if (!strncmp(name, "Option<", 7) || !strncmp(name, "Result<", 7) || !strncmp(name, "ControlFlow<", 12))
			return err_at(p, line, col, "unknown type %s", name);
		p->lx = save_lx, p->t = save_t;
		return 0;
	}
	uint32_t var = 0;
	if (a->enum_defined) { /* `E::V`: a variant, else a call of `E::f` */
		lx2 = p->lx, t2 = p->t;
		if (!is_p(p, "::")) {
			if (name_type_args(name))
				return unexpected(p, "expected '::' and a variant after the enum's name");
			p->lx = save_lx, p->t = save_t;
			return 0;
		}
		next(p);
		for (var = 0; var < a->nvariants && !is_id(p, a->variants[var].name); var++)
			;
		if (var == a->nvariants) {
			if (p->t.kind != T_IDENT)
				return unexpected(p, "expected a variant name");
			Tok vt = p->t;
			next(p);
			int query = is_p(p, "(") && (query_method_kind(vt.s, vt.n) || enum_method_named(vt.s, vt.n)); /* cmp39: `Option::<u32>::is_some(..)`; meth40: `unwrap_or` .. */
			if ((name_type_args(name) && !query) || (!is_p(p, "(") && !is_p(p, "::"))) /* not a call of `E::f(..)` */
				return err_at(p, vt.line, vt.col, "%s has no variant %.*s", a->name, (int)vt.n, vt.s);
			p->lx = save_lx, p->t = save_t;
			return 0;
		}
		next(p);
	}
	const AdtVariant *v = &a->variants[var];
	char what[600];
	snprintf(what, sizeof what, a->enum_defined ? "%s::%s" : "%s", a->name, a->enum_defined ? v->name : "");
	int named = v->nfields && v->fieldnames[0];
	if (!a->enum_defined && !(v->nfields == 0 ? is_p(p, ";") : named ? is_p(p, "{") : is_p(p, "("))) {
		if (is_p(p, "(") || is_p(p, "::")) { /* a call of a fn `Pair(..)`, a method `Pair::new(..)` */
			p->lx = save_lx, p->t = save_t;
			return 0;
		}
	}
	Operand *ops = NULL;
	uint32_t nops = 0, capo = 0;
	if (a->enum_defined)
		*(Operand *)VEC_PUSH(p->tmp, ops, nops, capo) = op_const(f, TY_USIZE, var);
	if (v->nfields == 0) {
		if (!is_p(p, ";"))
			return unexpected(p, "expected ';' after an aggregate without fields");
	} else if (named ? !is_p(p, "{") : !is_p(p, "(")) {
		return ERR("expected '%s' and the fields of %s", named ? "{" : "(", what);
	} else {
		TRY(parse_adt_fields(p, v, what, &ops, &nops, &capo));
	}
	s->rv = RV_AGGREGATE;
	s->op = AGG_ADT;
	s->x = t;
	s->a.v = fn_add_args(f, ops, nops);
	s->b.v = nops;
	return 1;
}

static int is_rvalue_start(const P *p)
{
	if (is_p(p, "&") || is_p(p, "(") || is_p(p, "{") || is_p(p, "["))
		return 1;
	if (p->t.kind != T_IDENT)
		return 0;
	static const char *const kw[] = {"copy", "move", "const", "discriminant", "Poll"};
	for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
		if (is_id(p, kw[i]))
			return 1;
	if (names_path(p)) /* an item named like an operator: its aggregate */
		return 0;
	return is_id(p, "Not") || is_id(p, "Neg") || is_id(p, "PtrMetadata") || find_binop(p, 0) >= 0 || find_binop(p, 1) >= 0;
}

/* One statement or the terminator; *is_term set for the latter. */
int parse_stmt_or_term(P *p, BlockId bb, int *is_term)
{
	Fn *f = p->f;
	Stmt s = {0};
	Term t = term_init(TK_RETURN);
	*is_term = 0;
	if (is_id(p, "StorageLive") || is_id(p, "StorageDead")) {
		s.kind = is_id(p, "StorageLive") ? ST_STORAGE_LIVE : ST_STORAGE_DEAD;
		next(p);
		TRY(expect_p(p, "(", "after storage marker"));
		LocalId l = 0;
		TRY(parse_local(p, &l));
		s.x = l;
		TRY(expect_p(p, ")", "after local"));
	} else if (is_id(p, "discriminant")) {
		next(p);
		TRY(expect_p(p, "(", "after `discriminant`"));
		TRY(parse_place(p, &s.place));
		TRY(expect_p(p, ")", "after place"));
		TRY(expect_p(p, "=", "in `discriminant(P) = N`"));
		int line = p->t.line, col = p->t.col;
		TRY(parse_u32(p, &s.x, "a variant index"));
		s.kind = ST_SET_DISCR;
		const Adt *a = adt_of(p->m, parse_place_type(f, s.place));
		if (a && a->enum_defined && s.x >= a->nvariants)
			return err_at(p, line, col, "variant index %u out of range: %s has %u variants", (unsigned)s.x,
				      a->name, (unsigned)a->nvariants);
	} else if (is_id(p, "PlaceMention")) {
		next(p);
		TRY(expect_p(p, "(", "after `PlaceMention`"));
		TRY(parse_place(p, &s.place));
		TRY(expect_p(p, ")", "after place"));
		s.kind = ST_PLACE_MENTION;
	} else if (is_id(p, "nop")) {
		next(p);
		s.kind = ST_NOP;
	} else if (is_id(p, "goto")) {
		next(p);
		t = term_init(TK_GOTO);
		TRY(expect_p(p, "->", "after `goto`"));
		TRY(parse_block_ref(p, &t.target));
		*is_term = 1;
	} else if (is_id(p, "switchInt")) {
		next(p);
		t = term_init(TK_SWITCH);
		TRY(expect_p(p, "(", "after `switchInt`"));
		TRY(parse_operand(p, &t.a));
		TRY(expect_p(p, ")", "after switch operand"));
		TRY(expect_p(p, "->", "after `switchInt(...)`"));
		if (!is_p(p, "[")) { /* no value arm: `-> bbN`, as rustc prints it */
			TRY(parse_block_ref(p, &t.target));
			t.args = fn_add_arms(f, NULL, 0);
			t.nargs = 0;
			*is_term = 1;
			goto switch_done;
		}
		TRY(expect_p(p, "[", "before switch targets"));
		SwitchArm *arms = NULL;
		uint32_t narms = 0, cap = 0;
		while (p->t.kind == T_INT) {
			SwitchArm a;
			if (p->t.suf)
				return ERR("switch values have no type suffix");
			if (p->t.ovf)
				return ERR("switch value %.*s does not fit in 64 bits", (int)p->t.n, p->t.s);
			a.value = p->t.val;
			next(p);
			TRY(expect_p(p, ":", "after switch value"));
			TRY(parse_block_ref(p, &a.target));
			TRY(expect_p(p, ",", "after switch arm"));
			*(SwitchArm *)VEC_PUSH(p->tmp, arms, narms, cap) = a;
		}
		TRY(expect_id(p, "otherwise", "as the last switch target"));
		TRY(expect_p(p, ":", "after `otherwise`"));
		TRY(parse_block_ref(p, &t.target));
		TRY(expect_p(p, "]", "after switch targets"));
		t.args = fn_add_arms(f, arms, narms);
		t.nargs = narms;
		*is_term = 1;
	switch_done:;
	} else if (is_id(p, "return") || is_id(p, "unreachable") || is_id(p, "resume") ||
		   is_id(p, "coroutine_drop")) {
		t = term_init(is_id(p, "return")        ? TK_RETURN
			      : is_id(p, "unreachable") ? TK_UNREACHABLE
			      : is_id(p, "resume")      ? TK_RESUME
							: TK_COROUTINE_DROP);
		next(p);
		*is_term = 1;
	} else if (is_id(p, "drop")) {
		next(p);
		t = term_init(TK_DROP);
		TRY(expect_p(p, "(", "after `drop`"));
		TRY(parse_place(p, &t.place));
		TRY(expect_p(p, ")", "after dropped place"));
		TRY(parse_targets(p, &t, "return"));
		*is_term = 1;
	} else if (is_id(p, "assert")) {
		next(p);
		t = term_init(TK_ASSERT);
		TRY(expect_p(p, "(", "after `assert`"));
		t.op = 1;
		if (is_p(p, "!")) {
			next(p);
			t.op = 0;
		}
		TRY(parse_operand(p, &t.a));
		TRY(expect_p(p, ",", "after assert condition"));
		TRY(parse_assert_msg(p, &t));
		t.args = f->nargsv;
		t.nargs = 0;
		if (is_p(p, ",")) {
			next(p);
			TRY(parse_operand_list(p, &t.args, &t.nargs, "after assert operands"));
		} else {
			TRY(expect_p(p, ")", "after assert message"));
		}
		TRY(parse_targets(p, &t, "success"));
		*is_term = 1;
	} else if (is_p(p, "(") || (p->t.kind == T_IDENT && p->t.s[0] == '_')) {
		PlaceId dst;
		TRY(parse_place(p, &dst));
		TRY(expect_p(p, "=", "after assigned place"));
		int agg = 0;
		if (is_rvalue_start(p) || (agg = parse_adt_aggregate(p, &s)) != 0) {
			TRY(agg);
			s.place = dst;
			if (!agg)
				TRY(parse_rvalue(p, &s));
			else
				s.kind = ST_ASSIGN;
		} else {
			TRY(parse_call(p, dst, &t));
			*is_term = 1;
		}
	} else {
		return unexpected(p, "expected a statement or a terminator");
	}
	if (*is_term) {
		TRY(expect_p(p, ";", "after terminator"));
		fn_set_term(f, bb, t);
	} else {
		TRY(expect_p(p, ";", "after statement"));
		fn_push_stmt(f, bb, s);
	}
	return 0;
}
