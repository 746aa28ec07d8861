/* sema_typeck.c — 2. type checking with inference variables (rustc_hir_typeck)
 * and 3. the captures of async blocks (rustc_hir_typeck/src/upvar.rs). See
 * sema.c for the phases and their order. */
#include <string.h>

#include "sema.h"

/* ====================================================================== */
/* 2. Type checking                                                       */
/* ====================================================================== */

static AstType tv_new(Sema *s, bool is_int, AstVar *let)
{
	AstType t = {ATY_VAR, s->ntv};
	TypeVar *v = VEC_PUSH(s->scratch, s->tvs, s->ntv, s->tvs_cap);
	v->parent = t.id;
	v->bound = ast_type(ATY_VAR);
	v->is_int = is_int;
	v->let = let;
	v->diverging = false;
	return t;
}

static int tv_root(Sema *s, int id)
{
	while (s->tvs[id].parent != id) {
		s->tvs[id].parent = s->tvs[s->tvs[id].parent].parent;
		id = s->tvs[id].parent;
	}
	return id;
}

/* The type t stands for now: a concrete type or an unbound root variable. */
static AstType shallow(Sema *s, AstType t)
{
	if (t.kind != ATY_VAR)
		return t;
	int r = tv_root(s, t.id);
	if (s->tvs[r].bound.kind != ATY_VAR)
		return s->tvs[r].bound;
	AstType v = {ATY_VAR, r};
	return v;
}

static bool is_int_var(Sema *s, AstType t)
{
	return t.kind == ATY_VAR && s->tvs[tv_root(s, t.id)].is_int;
}

/* int types and integer inference variables */
static bool is_integral(Sema *s, AstType t)
{
	t = shallow(s, t);
	return ast_type_is_int(t) || is_int_var(s, t);
}

bool is_never(Sema *s, AstType t)
{
	return shallow(s, t).kind == ATY_NEVER;
}

static bool unify(Sema *s, AstType a, AstType b)
{
	a = shallow(s, a);
	b = shallow(s, b);
	if (a.kind == ATY_VAR && b.kind == ATY_VAR) {
		if (a.id != b.id) {
			s->tvs[b.id].is_int |= s->tvs[a.id].is_int;
			s->tvs[b.id].diverging |= s->tvs[a.id].diverging;
			if (!s->tvs[b.id].let)
				s->tvs[b.id].let = s->tvs[a.id].let;
			s->tvs[a.id].parent = b.id;
		}
		return true;
	}
	if (b.kind == ATY_VAR) {
		AstType t = a;
		a = b;
		b = t;
	}
	if (a.kind == ATY_VAR) {
		if (s->tvs[a.id].is_int && !ast_type_is_int(b))
			return false;
		if (ast_type_is_ref(b) && shallow(s, ast_ref_pointee(b)).kind == ATY_VAR &&
		    shallow(s, ast_ref_pointee(b)).id == a.id)
			return false; /* `x = &x`: a cyclic type */
		if (b.kind == ATY_ARRAY && shallow(s, ast_array_elem(b)).kind == ATY_VAR &&
		    shallow(s, ast_array_elem(b)).id == a.id)
			return false; /* `x = [x]`: a cyclic type */
		s->tvs[a.id].bound = b;
		return true;
	}
	if (ast_type_is_ref(a) && a.kind == b.kind) /* the pointee may still be inferred */
		return unify(s, ast_ref_pointee(a), ast_ref_pointee(b));
	if (a.kind == ATY_ARRAY && b.kind == ATY_ARRAY) /* so may the element */
		return ast_array_len(a) == ast_array_len(b) && unify(s, ast_array_elem(a), ast_array_elem(b));
	if (a.kind == ATY_SLICE && b.kind == ATY_SLICE) /* slice40 */
		return unify(s, ast_array_elem(a), ast_array_elem(b));
	if (a.kind == ATY_ENUM && b.kind == ATY_ENUM && ((a.id | b.id) & AST_ENUM_PARTIAL))
		return generic_unify(s, a, b); /* Option / Result, arguments still inferred */
	return ast_type_eq(a, b);
}

/* rustc's spelling of a (possibly partially inferred) type; in_code: inside backticks */
static const char *type_str(Sema *s, AstType t, bool in_code)
{
	t = shallow(s, t);
	if (t.kind == ATY_VAR)
		return is_int_var(s, t) ? (in_code ? "{integer}" : "integer") : "_";
	if (t.kind == ATY_FN_FUTURE) {
		AstType out = s->prog->fns[t.id]->ret;
		const char *o = type_str(s, out, in_code);
		size_t n = strlen(o) + 32;
		char *buf = arena_alloc(s->scratch, n);
		snprintf(buf, n, "impl Future<Output = %s>", o);
		return buf;
	}
	if (t.kind == ATY_STRUCT)
		return s->prog->structs[t.id]->name;
	if (t.kind == ATY_ENUM && (t.id & AST_ENUM_PARTIAL))
		return generic_type_str(s, t, in_code);
	if (t.kind == ATY_ENUM)
		return ast_enum_name(s->prog, s->prog->enums[ast_enum_index(t)]);
	if (t.kind == ATY_ARRAY || t.kind == ATY_SLICE) {
		const char *o = type_str(s, ast_array_elem(t), in_code);
		size_t n = strlen(o) + 32;
		char *buf = arena_alloc(s->scratch, n);
		if (t.kind == ATY_SLICE)
			snprintf(buf, n, "[%s]", o);
		else
			snprintf(buf, n, "[%s; %d]", o, ast_array_len(t));
		return buf;
	}
	if (ast_type_is_ref(t)) {
		const char *o = type_str(s, ast_ref_pointee(t), in_code);
		size_t n = strlen(o) + 8;
		char *buf = arena_alloc(s->scratch, n);
		snprintf(buf, n, "%s%s", t.kind == ATY_REF ? "&" : "&mut ", o);
		return buf;
	}
	return ast_type_name(t);
}

_Noreturn static void mismatch_msg(Sema *s, const char *what, int line, int col, AstType expected, AstType found)
{
	error_at(s, line, col, "%s: expected %s, found %s", what,
	         type_str(s, expected, false), type_str(s, found, false));
}

_Noreturn static void mismatch(Sema *s, int line, int col, AstType expected, AstType found)
{
	mismatch_msg(s, "mismatched types", line, col, expected, found);
}

/* `found` flows into a place of type `expected`; `!` coerces to anything. */
static void coerce(Sema *s, int line, int col, AstType found, AstType expected)
{
	if (is_never(s, found))
		return;
	if (!unify(s, found, expected))
		mismatch(s, line, col, expected, found);
}

static AstType check_expr(Sema *s, AstExpr *e, const AstType *expect);

static AstType check_block(Sema *s, AstBlock *b, const AstType *expect, int unit_line, int unit_col);
static AstType check_loop(Sema *s, AstExpr *e, const AstType *expect);
static void check_break(Sema *s, AstExpr *e);
static void mark_extending_borrows(Sema *s, AstStmt *st, AstExpr *e, bool top);

/* ---- references (issue 22 item 4) ---- */

/* A node sema adds to the tree (THIR's adjustments): allocated with the body's. */
static AstExpr *new_implicit(Sema *s, AstExprKind kind, const AstExpr *at)
{
	AstExpr *e = arena_alloc(s->fn->body_arena ? s->fn->body_arena : s->prog->arena, sizeof *e);
	e->kind = kind;
	e->line = at->line;
	e->col = at->col;
	e->upvar = -1;
	e->int_suffix = ATY_VAR;
	e->depth = at->depth + 1;
	e->implicit = true;
	return e;
}

/* `r` of type &T / &mut T becomes `&*r` / `&mut *r` in place (rustc's
 * coerce_borrowed_pointer: Deref, then Borrow, at every coercion site whose
 * expected type is a reference, `&T` to `&T` included). */
static void reborrow(Sema *s, AstExpr *e, bool is_mut)
{
	AstExpr *inner = new_implicit(s, EXPR_VAR, e);
	*inner = *e;
	AstExpr *d = new_implicit(s, EXPR_DEREF, e);
	d->lhs = inner;
	d->is_place = true;
	d->ty = ast_ref_pointee(shallow(s, inner->ty));
	d->depth = inner->depth + 1;
	AstExpr *r = new_implicit(s, EXPR_REF, e);
	r->lhs = d;
	r->ref_mut = is_mut;
	r->ty = ast_ref_type(d->ty, is_mut);
	r->depth = d->depth + 1;
	*e = *r;
}

/* slice40: at a coercion site expecting `&[T]` / `&mut [T]`, a `&[T; N]` / `&mut [T; N]` (T unified) is
 * reborrowed and unsized: `&*e as &[T]` (rustc's adjustments Deref, Borrow, Pointer(Unsize)), an implicit
 * cast of the reborrow; 0 when e's type is no such array reference (the caller's checks follow) */
static bool unsize_site(Sema *s, AstExpr *e, AstType t, AstType want)
{
	if (!ast_type_is_slice_ref(want) || !ast_type_is_ref(t) || shallow(s, ast_ref_pointee(t)).kind != ATY_ARRAY)
		return false;
	AstType arr = shallow(s, ast_ref_pointee(t));
	if ((want.kind == ATY_REF_MUT && t.kind == ATY_REF) || !unify(s, ast_array_elem(arr), ast_array_elem(ast_ref_pointee(want))))
		mismatch(s, e->line, e->col, want, t);
	reborrow(s, e, want.kind == ATY_REF_MUT);
	AstExpr *inner = new_implicit(s, EXPR_VAR, e);
	*inner = *e;
	AstExpr *c = new_implicit(s, EXPR_CAST, e);
	c->lhs = inner;
	c->cast_to = want;
	c->ty = want;
	c->depth = inner->depth + 1;
	*e = *c;
	return true;
}

/* A coercion site (a call argument, an annotated let, an assignment's right
 * side): with a reference expected, a reference is reborrowed, a `&mut T`
 * coerced to `&T` too; otherwise as check_expr. */
static void check_coercion_site(Sema *s, AstExpr *e, const AstType *expect)
{
	AstType want = shallow(s, *expect);
	if (!ast_type_is_ref(want)) {
		check_expr(s, e, expect);
		return;
	}
	const AstExpr *outer = s->coerced;
	s->coerced = e;
	AstType t = shallow(s, check_expr(s, e, NULL));
	s->coerced = outer;
	if (is_never(s, t))
		return;
	if (unsize_site(s, e, t, want)) /* slice40: `&[T; N]` where `&[T]` is expected */
		return;
	if (!ast_type_is_ref(t) || (want.kind == ATY_REF_MUT && t.kind == ATY_REF) ||
	    !unify(s, ast_ref_pointee(t), ast_ref_pointee(want)))
		mismatch(s, e->line, e->col, want, t);
	reborrow(s, e, want.kind == ATY_REF_MUT);
}

/* The type of `ref v` / `ref mut v` bound to a place of type t (issue 22), refused where
 * `&place` is */
static AstType ref_binding_type(Sema *s, const AstVar *v, AstType t)
{
	t = shallow(s, t);
	if (t.kind == ATY_FN_FUTURE || t.kind == ATY_BLOCK_FUTURE || t.kind == ATY_YIELD_NOW)
		error_at(s, v->line, v->col, "a reference to a future is not supported");
	return ast_ref_type(t, v->by_ref == BY_REF_MUT);
}

/* `&place` / `&mut place`; `&&place` (refref33: a borrow of the temporary `&place`) */
static bool static_read(const AstExpr *e);

static AstType check_ref(Sema *s, AstExpr *e)
{
	const AstExpr *outer = s->ref_array;
	s->ref_array = !e->ref_mut && ast_ref_array(e->lhs) ? e->lhs : NULL;
	if (s->ref_array && s->coerced == e) /* rustc coerces every element to the expected `&T` (a reborrow each) */
		error_at(s, e->line, e->col, "an array of references where a reference type is expected is not supported");
	AstType t = shallow(s, check_expr(s, e->lhs, NULL));
	s->ref_array = outer;
	if (e->ref_mut && static_read(e->lhs)) /* consts35: rustc's borrowck E0596, here before it */
		error_at(s, e->line, e->col, "cannot borrow immutable static item `%s` as mutable", e->lhs->lhs->konst->ident);
	/* tempref36: a temporary rustc does not promote (ast_extended_temp: it calls a fn or reads a
	 * variable) is borrowed anywhere: a `let`'s extended one (temp33), else one living to the end of
	 * the enclosing statement (the builder's temp_scope); a constant one rustc promotes (promo36: `&5`,
	 * `&K`, `&&7`; `&mut 5` is not promoted) */
	if (!e->lhs->is_place && !ast_ref_chain(e) && !ast_extended_temp(e->lhs) && !(!e->ref_mut && ast_promotable(e->lhs)))
		error_at(s, e->line, e->col, "borrowing a temporary is not supported (only variables, fields and derefs)");
	if (t.kind == ATY_FN_FUTURE || t.kind == ATY_BLOCK_FUTURE || t.kind == ATY_YIELD_NOW)
		error_at(s, e->line, e->col, "a reference to a future is not supported");
	return ast_ref_type(t, e->ref_mut);
}

/* the operand of a `*` or of a field access (its auto-deref): promo39: the one place a reference read
 * from an array's element (`*(*r)[0]`, `(*r)[0].a` of a promoted `&[&1, &2]`) is admitted */
static AstType check_deref_operand(Sema *s, AstExpr *e)
{
	const AstExpr *outer = s->deref_operand;
	s->deref_operand = e;
	AstType t = shallow(s, check_expr(s, e, NULL));
	s->deref_operand = outer;
	return t;
}

/* `*e` (rustc: E0614 on a type that is not a reference) */
static AstType check_deref(Sema *s, AstExpr *e)
{
	AstType t = check_deref_operand(s, e->lhs);
	if (ast_type_is_ref(t))
		return ast_ref_pointee(t);
	if (t.kind == ATY_VAR && !is_int_var(s, t))
		error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
	error_at(s, e->line, e->col, "type `%s` cannot be dereferenced", type_str(s, t, true));
}

/* Operators on references (`r + 1`, `r == q`: rustc's impls for &T) are not modelled. */
static void reject_ref_operand(Sema *s, const AstExpr *e, AstType t)
{
	if (ast_type_is_ref(shallow(s, t)))
		error_at(s, e->line, e->col, "operators on references are not supported (dereference with `*`)");
}

/* Only variables and borrows have reference type: a block, `if` or `match`
 * yielding a reference would need rustc's CoerceMany reborrows. */
static void check_ref_kind(Sema *s, const AstExpr *e, AstType t)
{
	if (ast_type_is_ref(shallow(s, t)) && e->kind != EXPR_VAR && e->kind != EXPR_REF && e->kind != EXPR_DEREF &&
	    !(e->kind == EXPR_INT && e->konst) && /* consts35: a static's address (under its `*`) */
	    !(e->kind == EXPR_INDEX && e == s->deref_operand)) /* promo39: `*(*r)[0]` of a promoted `&[&1, &2]`
	                                                          (rustc reborrows no element read otherwise) */
		error_at(s, e->line, e->col, "a value of reference type from this expression is not supported");
}

/* ---- arrays (issue 22 item 4) ---- */

/* The element types the subset admits in an array: no reference (the coercion
 * of each element would reborrow), no future, no array. */
static void check_array_elem(Sema *s, const AstExpr *at, AstType elem)
{
	elem = shallow(s, elem);
	if (ast_type_is_ref(elem) && at != s->ref_array)
		error_at(s, at->line, at->col, "an array of references is not supported");
	if (elem.kind == ATY_FN_FUTURE || elem.kind == ATY_BLOCK_FUTURE || elem.kind == ATY_YIELD_NOW)
		error_at(s, at->line, at->col, "an array of futures is not supported");
	if (elem.kind == ATY_ARRAY)
		error_at(s, at->line, at->col, "arrays of arrays are not supported");
}

/* `[a, b, c]`: every element coerced to the first's type (rustc's CoerceMany); promo39: in `&[&1, &2]`,
 * the first's `&T` fixes the type (a coercion to an inference variable adjusts nothing), every later
 * one is reborrowed to it (`_4 = &(*_5);`, coerce_borrowed_pointer) */
static AstType check_array_expr(Sema *s, AstExpr *e)
{
	AstType elem = tv_new(s, false, NULL);
	for (int i = 0; i < e->nargs; i++) {
		check_expr(s, e->args[i], &elem);
		if (i > 0 && e == s->ref_array)
			reborrow(s, e->args[i], false);
	}
	check_array_elem(s, e, elem);
	return ast_array_type(elem, e->nargs);
}

/* `[x; N]`: x must be Copy when N > 1 (checked once types are known: finish_expr) */
static AstType check_repeat_expr(Sema *s, AstExpr *e)
{
	AstType elem = check_expr(s, e->lhs, NULL);
	check_array_elem(s, e, elem);
	return ast_array_type(elem, (int)e->int_value);
}

/* slice40: the base `s` of `s[i]`, a reference to a slice, dereferenced in place: `(*s)[i]`; its type `[T]` */
static AstType slice_index_base(Sema *s, AstExpr *e)
{
	AstExpr *base = e->lhs;
	AstExpr *d = new_implicit(s, EXPR_DEREF, base);
	d->lhs = base;
	d->is_place = true;
	d->ty = shallow(s, ast_ref_pointee(shallow(s, base->ty)));
	d->depth = base->depth + 1;
	e->lhs = d;
	return d->ty;
}

/* `a[i]`: a an array place (rustc: E0608 on other types), i a usize */
static AstType check_index(Sema *s, AstExpr *e)
{
	AstType t = shallow(s, check_expr(s, e->lhs, NULL));
	if (t.kind == ATY_VAR && !is_int_var(s, t))
		error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
	if (ast_type_is_ref(t) && shallow(s, ast_ref_pointee(t)).kind == ATY_ARRAY)
		error_at(s, e->line, e->col, "indexing through a reference is not supported (dereference with `*`)");
	if (ast_type_is_slice_ref(t)) /* slice40: `s[i]` is `(*s)[i]` (rustc's autoderef of the index base) */
		t = slice_index_base(s, e);
	if (t.kind != ATY_ARRAY && t.kind != ATY_SLICE)
		error_at(s, e->line, e->col, "cannot index into a value of type `%s`", type_str(s, t, true));
	if (!e->lhs->is_place && !ast_is_aggregate_const(e->lhs)) /* const39: `A[i]`, rustc's temporary of `const A` */
		error_at(s, e->line, e->col, "indexing a temporary array is not supported (only variables, fields and derefs)");
	AstType it = check_expr(s, e->rhs, NULL);
	if (!unify(s, it, ast_type(ATY_USIZE)))
		error_at(s, e->rhs->line, e->rhs->col, "the type `[%s]` cannot be indexed by `%s`",
		         type_str(s, ast_array_elem(t), true), type_str(s, it, true));
	return ast_array_elem(t);
}

static void check_struct_pattern(Sema *s, const AstMatchArm *arm, AstPattern *pat, AstType ft);

static void check_generic_pattern(Sema *s, const AstMatchArm *arm, AstPattern *pat, AstType scrutinee);
static void type_bindings(Sema *s, const AstMatchArm *arm, AstPattern *pat, const AstVariant *v, const AstType *only);

/* Where a literal or range pattern of type pt mismatches an integer scrutinee: rustc checks the lower
 * bound first, so a range whose suffix is only its upper bound's (`0..=5_u32` on a u8) is wrong there */
static void pattern_mismatch(Sema *s, const AstPattern *pat, AstType scrutinee, AstType pt)
{
	AstType st = shallow(s, scrutinee);
	if (pat->char_int_mix && (st.kind == ATY_CHAR || ast_type_is_int(st) || is_int_var(s, st))) {
		/* `'a'..=5` (ergo29): rustc's check_pat_range unifies each bound with the scrutinee, the lower
		 * first: on a char the integer bound mismatches, on an integer the char one */
		bool char_hi = pat->hi_suffix, at_hi = st.kind == ATY_CHAR ? !char_hi : char_hi;
		AstType bt = st.kind == ATY_CHAR ? tv_new(s, true, NULL) : ast_type(ATY_CHAR);
		mismatch(s, at_hi ? pat->hi_line : pat->line, at_hi ? pat->hi_col : pat->col, scrutinee, bt);
		return;
	}
	bool at_hi = pat->is_range && ((pat->hi_suffix && (ast_type_is_int(st) || st.kind == ATY_VAR)) ||
	                               pat->lo_open); /* `..=5` on a char: its only bound (misc28) */
	mismatch(s, at_hi ? pat->hi_line : pat->line, at_hi ? pat->hi_col : pat->col, scrutinee, pt);
}

/* A range bound naming a local (`y..=5`, `0..=y`; resolve made it the AstVar; misc28): rustc's
 * check_pat_range, before THIR's E0080: a bound of a type other than an integer or char is E0029
 * (both bounds first), then a bound of another type than the scrutinee's E0308, at the bound */
static void runtime_bound_types(Sema *s, const AstPattern *pat, AstType scrutinee)
{
	if (!pat->is_range || !(pat->lo_runtime || pat->hi_runtime))
		return;
	for (int pass = 0; pass < 2; pass++)
		for (int k = 0; k < 2; k++) {
			if (!(k ? pat->hi_runtime : pat->lo_runtime))
				continue;
			const AstVar *v = (const AstVar *)(uintptr_t)(k ? pat->hi_value : pat->value);
			int line = k ? pat->hi_line : pat->line, col = k ? pat->hi_col : pat->col;
			AstType vt = shallow(s, v->ty);
			if (pass == 0 && vt.kind != ATY_VAR && vt.kind != ATY_CHAR && !is_integral(s, vt))
				error_at(s, line, col, "only `char` and numeric types are allowed in range patterns");
			if (pass == 1 && !unify(s, vt, scrutinee))
				mismatch(s, line, col, scrutinee, vt);
		}
}

/* `let Pair { a, g } = p;`, `let W::A(k, g) = w;`, `let (E::A(x) | E::B(x)) = e;` (issue 22): each
 * alternative checked against the initializer's type as a match arm's pattern, the later ones'
 * bindings the first one's (sema_resolve.c); whether it is refutable is decided once types are
 * known (finish_let_pattern: rustc's E0005 with its witnesses). */
static void check_let_pattern(Sema *s, AstStmt *st, AstType ty)
{
	bool saved = s->or_alt;
	const AstMatchArm *a = st->let_arm;
	if (a->pats[0].deref && st->expr) { /* `let &S { a, .. } = &s;` (refref33): rustc's PatKind::Ref, the
	                                     * pattern matched through the reference (an ergonomic deref of the
	                                     * initializer, as a match's `&p` arm: ergonomic_scrutinee) */
		const AstPattern *pat = &a->pats[0];
		int layers = pat->deref & AST_DEREF_THRICE ? 3 : pat->deref & AST_DEREF_TWICE ? 2 : 1; /* pat35: `let &&S {
		                                                                 .. } = rr;`; mref39: `let &&&S { .. }` */
		for (int l = 0; l < layers; l++) {
			AstType it = shallow(s, ty);
			bool lmut = l == 0 ? (pat->deref & 3) == 2 : l == 1 ? (pat->deref & AST_DEREF_MUT2) != 0
			          : (pat->deref & AST_DEREF_MUT3) != 0; /* pat36: mixed */
			int dcol = l == 0 ? 0 : l == 1 ? (int)(pat->hi_value & 0xffffffffu) : (int)(pat->hi_value >> 32);
			if (!ast_type_is_ref(it) || (it.kind == ATY_REF_MUT) != lmut)
				error_at(s, pat->hi_line, pat->hi_col + dcol, "mismatched types");
			AstExpr *d = new_implicit(s, EXPR_DEREF, st->expr);
			d->lhs = st->expr;
			d->is_place = true;
			d->has_break = true; /* ast_deref_is_ergo */
			d->ty = ast_ref_pointee(it);
			d->depth = st->expr->depth + 1;
			d->let_pattern = st->expr->let_pattern;
			st->expr = d;
			ty = d->ty;
		}
	} else if (a->pats[0].deref) {
		error_at(s, a->pats[0].hi_line, a->pats[0].hi_col, "reference patterns in `let` are not supported");
	}
	if (ast_type_is_ref(shallow(s, ty))) /* rustc: default binding modes (ergo28 has them for matches) */
		error_at(s, a->pats[0].line, a->pats[0].col, "a `let` pattern matched through a reference is not supported");
	for (int k = 0; k < a->npats; k++) {
		AstPattern *pat = &a->pats[k];
		s->or_alt = k > 0;
		if (ast_arm_top(a, k)) { /* bind29: `let k @ p = x;`, `let (n | n) = x;`: by value, Copy */
			for (AstSubPattern *in = &a->tops[k]; in; in = in->inner) {
				/* bind30: `let ref r @ 0..=9 = x;`, `let a @ ref b = x;`; bind31: `let ref mut m @ p = x;`,
				 * `let ref r @ Some(_) = o;` of a value that is not Copy (captured as walk_pat walks the
				 * pattern: let_top_ref_capture) */
				AstType bt = in->var->by_ref ? ref_binding_type(s, in->var, ty) : ty;
				if (!k)
					in->var->ty = bt;
				else if (!unify(s, in->var->ty, bt))
					mismatch(s, in->line, in->col, in->var->ty, bt);
			}
		}
		if (!pat->enm && !pat->strukt) { /* under a top binding: `_`, a literal or a range (bind29) */
			if (pat->is_wildcard)
				continue;
			AstType st = shallow(s, ty);
			if (st.kind != ATY_BOOL && st.kind != ATY_CHAR && !is_integral(s, st))
				error_at(s, pat->line, pat->col, "a literal or range pattern in `let` on `%s` is not supported",
				         type_str(s, st, true));
			AstType pt = pat->is_bool ? ast_type(ATY_BOOL)
			           : pat->suffix != ATY_VAR ? ast_type(pat->suffix) : tv_new(s, true, NULL);
			if (!unify(s, pt, ty))
				pattern_mismatch(s, pat, ty, pt);
			runtime_bound_types(s, pat, ty);
			continue;
		}
		if (pat->strukt) {
			check_struct_pattern(s, a, pat, ty);
		} else if (pat->enm->generic) {
			check_generic_pattern(s, a, pat, ty);
		} else {
			AstType et = shallow(s, ty);
			if (et.kind != ATY_ENUM || pat->enm->id != ast_enum_index(et) || (et.id & AST_ENUM_PARTIAL)) {
				AstType pt = {ATY_ENUM, pat->enm->id};
				mismatch(s, pat->line, pat->col, ty, pt);
			}
			type_bindings(s, a, pat, &pat->enm->variants[pat->variant], NULL);
		}
	}
	s->or_alt = saved;
}

/* ergo31, refref33: `let &x = e;`, `let &&x = e;`, `let &mut x = e;` (rustc's PatKind::Ref around a
 * binding): x binds the value behind the reference(s) by value; returns its type. Each `&` / `&mut` of
 * the pattern against a reference of another kind (or no reference) is E0308 at that `&`. When the
 * value is not Copy, rustc's borrow checker rejects the statement (E0507 at the initializer: "cannot
 * move out of a shared reference" through a written borrow, "... of `*q` which is behind a shared
 * reference" through a reference variable q; rustc_borrowck move_errors.rs
 * report_cannot_move_from_borrowed_content; E0508 for an array); reported here, so errors of later
 * fns that rustc reports first are not (as ergo30's `match &&o`). The move errors are the borrow
 * checker's, deferred (warn33: sema.c defer_move_error), so the fn's checks and lints go on. */
static AstType resolve_type(Sema *s, AstType t);
static AstType check_let_ref_pattern(Sema *s, AstStmt *st)
{
	int depth = st->ref_pat & 3, line = st->line, col = st->col + st->ref_dcol;
	/* layer k's mutability (pat35: mixed, `&&mut x`, `&mut &x`); the move error names the innermost */
#define LAYER_MUT(k) ((st->ref_pat >> (2 + (k)) & 1) != 0)
	bool pmut = LAYER_MUT(depth - 1);
	AstExpr *e = st->expr, *x = e;
	AstType t = check_expr(s, e, NULL);
	int nb = 0;
	while (x->kind == EXPR_REF && nb < depth && x->ref_mut == LAYER_MUT(nb)) {
		x = x->lhs;
		nb++;
	}
	for (int k = 0; k < depth; k++) {
		t = shallow(s, t);
		if (t.kind == ATY_VAR && !is_int_var(s, t))
			error_at(s, e->line, e->col, "type annotations needed");
		if (t.kind != (LAYER_MUT(k) ? ATY_REF_MUT : ATY_REF))
			error_at(s, line, col + k, "mismatched types"); /* `let &x = &mut h;`: at the pattern */
		t = ast_ref_pointee(t);
	}
	t = shallow(s, t);
	AstType rt = t.kind == ATY_VAR ? ast_type(ATY_U32) : resolve_type(s, t); /* not the fallback yet */
	if (rt.kind == ATY_ARRAY && !ast_type_is_copy(s->prog, rt) && st->var) { /* rustc's E0508 */
		AstType et = ast_array_elem(rt);
		const char *en = et.kind == ATY_STRUCT ? s->prog->structs[et.id]->name
		               : et.kind == ATY_ENUM ? ast_enum_name(s->prog, s->prog->enums[ast_enum_index(et)])
		                                     : ast_type_name(et);
		defer_move_error(s, e->line, e->col, "cannot move out of type `[%s; %d]`, a non-copy array", en,
		                 ast_array_len(rt));
	} else if (!ast_type_is_copy(s->prog, rt) && st->var) { /* pat36: `let &_ = e;` binds (moves) nothing */
		const char *how = pmut ? "mutable" : "shared";
		if (nb == 0 && x->kind == EXPR_VAR && depth == 1 &&
		    !(x->var->kind == VAR_PARAM && ast_fn_pattern_param(s->fn, x->var->id))) /* pat35: a parameter's pattern
		                                                                     (rustc's `_1` has no name) */
			defer_move_error(s, e->line, e->col, "cannot move out of `*%s` which is behind a %s reference",
			                 x->var->name, how);
		else
			defer_move_error(s, e->line, e->col, "cannot move out of a %s reference", how);
	}
#undef LAYER_MUT
	return t;
}

/* flow40: `let P = e else { .. };`'s block, after the pattern (rustc's check_decl): of type `!`, else
 * E0308; control goes on after the statement whether or not the block diverges. The patterns built
 * are a variant's with its fields bound or `_` (the form firmware uses: `let Some(x) = rx.try_recv()
 * else { return; };`); the others are refused, located. */
static void check_let_else(Sema *s, AstStmt *st)
{
	const AstMatchArm *a = st->let_arm;
	const AstPattern *pat = &a->pats[0];
	if (a->npats != 1 || a->tops || !pat->enm || ast_pattern_nests(pat) || pat->enm->nvariants == 1 || pat->deref)
		error_at(s, pat->line, pat->col, "`let`-`else` with a pattern other than an enum variant with "
		         "bindings or `_` fields is not supported");
	AstExpr *els = ast_let_else(st);
	bool outer = s->diverges;
	AstType t = check_expr(s, els, NULL);
	if (!is_never(s, t))
		error_at(s, els->line, els->col, "`else` clause of `let...else` does not diverge");
	s->diverges = outer;
}

static void check_stmt(Sema *s, AstStmt *st)
{
	switch (st->kind) {
	case ASTMT_EMPTY:
		return;
	case ASTMT_EXPR:
		if (st->has_semi) {
			check_expr(s, st->expr, NULL);
		} else {
			AstType unit = ast_type(ATY_UNIT);
			check_expr(s, st->expr, &unit);
		}
		return;
	case ASTMT_LET: {
		AstType ty;
		if (st->expr) /* temp37 */
			mark_extending_borrows(s, st, st->expr, st->var && !st->ref_pat);
		if (st->ref_pat) {
			if (st->has_type)
				error_at(s, st->line, st->col + st->ref_dcol, "a reference pattern in `let` with a type is not supported");
			AstType rt = check_let_ref_pattern(s, st);
			if (st->var)
				st->var->ty = rt;
			return;
		}
		s->extend_ref = st->var && st->expr && st->expr->kind == EXPR_REF ? st->expr : NULL; /* temp33 */
		if (st->has_type) {
			ty = st->annot;
			if (st->expr)
				check_coercion_site(s, st->expr, &ty);
		} else if (st->expr) {
			ty = check_expr(s, st->expr, NULL);
			if (is_never(s, ty))
				ty = tv_new(s, false, NULL); /* falls back to () */
		} else if (st->pat && st->pat->strukt) { /* `let P(a, b);` (issue 22): the pattern's struct */
			ty = (AstType){ATY_STRUCT, st->pat->strukt->id};
		} else if (st->pat && !st->pat->enm->generic) { /* `let W::A(k, g);`: its enum */
			ty = (AstType){ATY_ENUM, st->pat->enm->id};
		} else if (st->pat) { /* `let None;`, `let Ok(x);`: Option<_> / Result<_, _> inferred from the
		                        * bindings' uses; rustc's E0282 at the pattern when an argument stays
		                        * unknown (generic_resolve, from finish_let_pattern), else its E0005 */
			ty = generic_partial_let(s, st->pat->enm->generic, st->pat->line, st->pat->col);
		} else {
			ty = tv_new(s, false, st->var);
		}
		if (st->var)
			st->var->ty = ty; /* `let ref x = p`: the parser's `&p` */
		if (st->pat) {
			check_let_pattern(s, st, ty);
			if (!st->has_type && !st->expr)
				st->annot = ty; /* the pattern's struct or enum, for finish_let_pattern */
		}
		if (ast_let_else(st))
			check_let_else(s, st);
		return;
	}
	}
}

/* temp37: rustc extends a temporary borrowed in an extending position of a `let` initializer
 * (region.rs record_rvalue_scope_if_borrow_expr: the operand of `&`, a struct, variant constructor or
 * array literal's operands, a cast's, a block's tail, `if` / `match` branches) to the end of the block:
 * such a borrow (AstExpr.extended) and its temporary, fields looked through, are marked for the
 * builder (made in the let's remainder scope) and the borrow checker (its loan dies at the block's
 * end). The initializer's own `&e` is temp33's (top: e is the initializer of `let r = &e;`). A `let
 * &x = ..;`'s (ref_pat) stay refused. */
static void mark_extended_borrow(Sema *s, AstStmt *st, AstExpr *e)
{
	if (st->ref_pat) {
		error_at(s, e->line, e->col, "a temporary borrowed inside a `let` initializer is not supported "
		                             "(rustc extends it to the end of the block)");
		return;
	}
	AstExpr *x = e->lhs;
	while (x->kind == EXPR_FIELD) /* `Some(&mk().0)`: the temporary under the fields */
		x = x->lhs;
	e->extended = x->extended = true;
	st->extends = true;
}

static void mark_extending_borrows(Sema *s, AstStmt *st, AstExpr *e, bool top)
{
	for (;; top = false) { /* a loop down the last operand: else-if and if-let chains of 20,000 links */
		switch (e->kind) {
		case EXPR_REF:
			if (!top && !e->lhs->is_place && ast_extended_temp(e->lhs))
				mark_extended_borrow(s, st, e);
			e = e->lhs;
			continue;
		case EXPR_STRUCT:
			for (int i = 0; i < e->ninits; i++)
				mark_extending_borrows(s, st, e->inits[i].value, false);
			return;
		case EXPR_VARIANT:
			for (int i = 0; i < e->nvinits; i++)
				mark_extending_borrows(s, st, e->vinits[i].value, false);
			return;
		case EXPR_ARRAY:
			for (int i = 0; i < e->nargs; i++)
				mark_extending_borrows(s, st, e->args[i], false);
			return;
		case EXPR_CAST:
			e = e->lhs;
			continue;
		case EXPR_BLOCK:
			if (!e->block->tail)
				return;
			e = e->block->tail;
			continue;
		case EXPR_IF:
			if (e->block->tail)
				mark_extending_borrows(s, st, e->block->tail, false);
			if (!e->els)
				return;
			e = e->els;
			continue;
		case EXPR_MATCH:
			if (!e->narms)
				return;
			for (int i = 0; i + 1 < e->narms; i++)
				mark_extending_borrows(s, st, e->arms[i].body, false);
			e = e->arms[e->narms - 1].body;
			continue;
		default:
			return;
		}
	}
}

static AstType check_block(Sema *s, AstBlock *b, const AstType *expect, int unit_line, int unit_col)
{
	bool outer_diverges = s->diverges;
	s->diverges = false;
	for (int i = 0; i < b->nstmts; i++)
		check_stmt(s, &b->stmts[i]);
	AstType t;
	if (b->tail) {
		t = check_expr(s, b->tail, expect);
	} else if (s->diverges) {
		t = ast_type(ATY_NEVER);
	} else {
		t = ast_type(ATY_UNIT);
		if (expect && expect == s->arm_expect && !unify(s, t, *expect))
			mismatch_msg(s, s->arm_mismatch, unit_line, unit_col, *expect, t);
		if (expect)
			coerce(s, unit_line, unit_col, t, *expect);
	}
	b->ty = t;
	b->diverges = s->diverges;
	s->diverges = outer_diverges || s->diverges;
	return t;
}

/* Checks the arms of an if or match: with an expectation each arm coerces to
 * it; without, the first non-diverging arm's type is the one the others must have. */
typedef struct Join {
	const AstType *expect;
	AstType ty;
	bool have;
	bool prior;               /* expect is an earlier arm's type (an else-if chain's link) */
	const char *incompatible; /* message for an arm disagreeing with an earlier one */
} Join;

/* Checks one arm (a block, or an expression when b is NULL). */
static void join_arm(Sema *s, Join *j, AstBlock *b, AstExpr *e)
{
	const AstType *expect = j->expect ? j->expect : j->have ? &j->ty : NULL;
	const AstType *outer_expect = s->arm_expect;
	const char *outer_msg = s->arm_mismatch;
	const AstType *outer_prior = s->prior_arm;
	if (j->have && j->incompatible) {
		s->arm_expect = expect;
		s->arm_mismatch = j->incompatible;
	}
	if (j->prior || (!j->expect && j->have))
		s->prior_arm = expect;
	AstType t = b ? check_block(s, b, expect, b->line, b->col) : check_expr(s, e, expect);
	s->arm_expect = outer_expect;
	s->arm_mismatch = outer_msg;
	s->prior_arm = outer_prior;
	if (!j->have && !is_never(s, t)) {
		j->ty = j->expect ? *j->expect : t;
		j->have = true;
	}
}

/* The type of an if with an else whose arms all diverge. rustc's check_then_else coerces each arm
 * into a CoerceMany whose target is the expected type or a fresh variable, and Coerce::coerce takes
 * `!` to any target by NeverToAny (to an unbound variable, through a diverging variable): the if has
 * that type, not `!`, and each `!` arm its NeverToAny (a temporary in the MIR, build_expr.c's
 * ntoa_for). A variable nothing binds falls back to `()` (edition 2021). */
static AstType all_diverge_type(Sema *s, const AstType *expect)
{
	AstType v = tv_new(s, false, NULL);
	s->tvs[v.id].diverging = true;
	if (expect)
		unify(s, v, *expect);
	return v;
}

/* match38: rustc's Expectation::adjust_for_branches: an if's or match's expected type that is still
 * an unresolved type variable (an array element's, an async block's tail: no written type) is no
 * expectation for its arms. Modelled as join_arm's prior: the arms' coercions still go to it, but a
 * later arm's variant argument is no coercion site by the type an earlier arm gave it (`[match n {
 * 0 => id(Some(&y)), _ => Some(&y) }]`: no reborrow of `&y`, as rustc 1.95's MIR) */
static bool unresolved_expect(Sema *s, const AstType *expect)
{
	return expect && shallow(s, *expect).kind == ATY_VAR && !is_int_var(s, *expect);
}

/* The arms of a match, its patterns checked: their joined type; the match
 * diverges when its scrutinee or every arm does. */
static AstType join_match_arms(Sema *s, AstExpr *e, const AstType *expect, bool scrutinee_diverges)
{
	Join j = {expect, {ATY_NEVER, 0}, false, unresolved_expect(s, expect), "`match` arms have incompatible types"};
	bool all_diverge = true;
	for (int i = 0; i < e->narms; i++) {
		if (e->arms[i].guard) { /* rustc's check_match: the guard a bool, its divergence not the arm's */
			AstType boolean = ast_type(ATY_BOOL);
			s->diverges = false;
			check_expr(s, e->arms[i].guard, &boolean);
		}
		s->diverges = false;
		join_arm(s, &j, NULL, e->arms[i].body);
		all_diverge = all_diverge && s->diverges;
	}
	s->diverges = scrutinee_diverges || all_diverge;
	if (!j.have && e->narms > 0) /* rustc's check_match: a CoerceMany as check_then_else's */
		return all_diverge_type(s, expect);
	return j.have ? j.ty : ast_type(ATY_NEVER);
}

/* One link of an else-if chain whose else is the next link: what check_if and join_arm keep
 * while the links below are checked. */
typedef struct IfLinkCheck {
	AstExpr *e;
	Join j;
	bool cond_diverges, then_diverges; /* an if-let: its scrutinee's, its first arm's */
	const AstType *outer_expect; /* join_arm's saved s->arm_expect, s->arm_mismatch */
	const char *outer_msg;
	struct IfLinkCheck *up;
} IfLinkCheck;

static bool check_match_head(Sema *s, AstExpr *e);

/* An if, and an else-if chain in a loop (issue 23: thousands of links), in the order of the
 * recursion it replaces (check_if -> join_arm -> check_expr -> check_if per link): each link
 * down to the last, then the joins back up, innermost first. The links' Joins are in the
 * scratch arena: a link's expectation may point at the one above's joined type. An `if let`
 * link (iflet25) is check_match's: its head, then join_match_arms' two arms, the second (the
 * else) the next link; its join back up is the if's (join_match_arms' with two arms). */
static AstType check_if(Sema *s, AstExpr *e, const AstType *expect)
{
	IfLinkCheck *top = NULL;
	AstType t;
	bool prior = unresolved_expect(s, expect); /* expect is an earlier link's type, or no expectation */
	for (;;) {
		Join j;
		bool cond_diverges, then_diverges;
		if (e->kind == EXPR_MATCH) {
			cond_diverges = check_match_head(s, e);
			j = (Join){expect, {ATY_NEVER, 0}, false, prior, "`match` arms have incompatible types"};
			s->diverges = false;
			join_arm(s, &j, NULL, e->arms[0].body);
		} else {
			AstType boolean = ast_type(ATY_BOOL);
			check_expr(s, e->cond, &boolean);
			cond_diverges = s->diverges;
			if (!e->els) {
				if (expect) {
					AstType want = shallow(s, *expect);
					if (want.kind != ATY_VAR && want.kind != ATY_UNIT)
						error_at(s, e->line, e->col, "`if` may be missing an `else` clause");
				}
				AstType unit = ast_type(ATY_UNIT);
				check_block(s, e->block, &unit, e->block->line, e->block->col);
				s->diverges = cond_diverges;
				if (expect)
					coerce(s, e->line, e->col, unit, *expect);
				t = unit;
				break;
			}
			j = (Join){expect, {ATY_NEVER, 0}, false, prior, expect ? NULL : "`if` and `else` have incompatible types"};
			s->diverges = false;
			join_arm(s, &j, e->block, NULL);
		}
		then_diverges = s->diverges;
		s->diverges = false;
		AstExpr *els = ast_if_else(e);
		if (!ast_is_if_link(els)) {
			join_arm(s, &j, NULL, els);
			s->diverges = cond_diverges || (then_diverges && s->diverges);
			t = j.have ? j.ty : all_diverge_type(s, expect);
			break;
		}
		/* join_arm(s, &j, NULL, els) up to its check_expr, which is check_if on the next link */
		IfLinkCheck *l = arena_alloc(s->scratch, sizeof *l);
		*l = (IfLinkCheck){e, j, cond_diverges, then_diverges, s->arm_expect, s->arm_mismatch, top};
		top = l;
		prior = l->j.expect ? l->j.prior : l->j.have;
		expect = l->j.expect ? l->j.expect : l->j.have ? &l->j.ty : NULL;
		if (l->j.have && l->j.incompatible) {
			s->arm_expect = expect;
			s->arm_mismatch = l->j.incompatible;
		}
		e = els;
	}
	for (IfLinkCheck *l = top; l; l = l->up) {
		AstExpr *els = ast_if_else(l->e); /* the rest of check_expr on it, join_arm's, check_if's */
		els->ty = t;
		check_ref_kind(s, els, t);
		if (is_never(s, t))
			s->diverges = true;
		s->arm_expect = l->outer_expect;
		s->arm_mismatch = l->outer_msg;
		if (!l->j.have && !is_never(s, t)) {
			l->j.ty = l->j.expect ? *l->j.expect : t;
			l->j.have = true;
		}
		s->diverges = l->cond_diverges || (l->then_diverges && s->diverges);
		t = l->j.have ? l->j.ty : all_diverge_type(s, l->j.expect);
	}
	return t;
}

static void check_enum_match(Sema *s, AstExpr *e, AstType scrutinee);
static void check_struct_match(Sema *s, AstExpr *e, AstType scrutinee);
static void check_struct_pattern(Sema *s, const AstMatchArm *arm, AstPattern *pat, AstType ft);

/* What check_match_head's steps look for in the arms, read in one walk (exh34: the arms and patterns
 * of a large match are past the cache, and each step's own walk was a miss per arm and pattern):
 * whether some pattern is a reference pattern (`&p`), some a struct pattern, some arm has top
 * bindings. A step whose flag is false would change nothing and is skipped. */
typedef struct {
	bool deref, strukt, tops;
	bool later_tops; /* some arm with top bindings has several alternatives (type_top_bindings' later walk) */
	bool top_move;   /* ergonomic_scrutinee made some top binding ERGO_TOP_MOVE */
} MatchScan;

static MatchScan match_scan(const AstExpr *e)
{
	MatchScan m = {false, false, false, false, false};
	for (int i = 0; i < e->narms; i++) {
		m.tops |= e->arms[i].tops != NULL;
		m.later_tops |= e->arms[i].tops != NULL && e->arms[i].npats > 1;
		for (int k = 0; k < e->arms[i].npats; k++) {
			m.deref |= e->arms[i].pats[k].deref != 0;
			m.strukt |= e->arms[i].pats[k].strukt != NULL;
		}
	}
	return m;
}

/* The top bindings of a match's arms (issue 22, bind27: `n =>`, `k @ 1..=5 =>`): rustc's
 * PatKind::Binding by value at the top has the scrutinee's type. The first alternative's before its
 * pattern's bindings are typed (later = false), a later alternative's, the first one's variable
 * (sema_resolve.c), after them: the same type (rustc E0308 at the later binding). */
/* mref39: the mutability of the written outer borrow of a match through two layers (`match &r`: the
 * ergonomic deref's rhs; `match &&o` and mixed layers: the inner borrow's rhs) */
static bool outer_borrow_mut(const AstExpr *e)
{
	const AstExpr *via = ast_deref_via_ref(e->lhs);
	if (via)
		return via->ref_mut;
	const AstExpr *in = ast_deref_is_ergo(e->lhs) ? e->lhs->lhs : e->lhs;
	return in->rhs && in->rhs->ref_mut;
}

static void type_top_bindings(Sema *s, AstExpr *e, AstType scrutinee, bool later)
{
	for (int i = 0; i < e->narms; i++) {
		AstMatchArm *a = &e->arms[i];
		for (int k = later ? 1 : 0; a->tops && k < (later ? a->npats : 1); k++) {
			AstVar *v = ast_arm_top(a, k);
			if (!v)
				continue;
			AstType t = v->by_ref ? ref_binding_type(s, v, scrutinee) : scrutinee; /* `ref x` (tops28): &T */
			if (v->ergo_top == ERGO_TOP_VIA) /* mref39: `v` of `match &r` / `match &&o`, the `&&T` */
				t = ast_ref_type(t, outer_borrow_mut(e));
			if (!later)
				v->ty = t;
			else if (!unify(s, v->ty, t))
				mismatch(s, a->tops[k].line, a->tops[k].col, v->ty, t);
			for (AstSubPattern *in = a->tops[k].inner; in; in = in->inner) { /* `x @ y` (bind29) */
				AstType it = in->var->by_ref ? ref_binding_type(s, in->var, scrutinee) : scrutinee;
				if (!later)
					in->var->ty = it;
				else if (!unify(s, in->var->ty, it))
					mismatch(s, in->line, in->col, in->var->ty, it);
			}
		}
	}
}

static bool check_match_pats(Sema *s, AstExpr *e, AstType scrutinee, bool scrutinee_diverges, bool strukt);

/* ---- match ergonomics (issue 22, ergo28) ---- */

/* a pattern that is not a binding, `_` or a reference pattern: rustc's peel_off_references
 * applies (a variant, struct, literal or range pattern) */
static bool peels_reference(const AstPattern *p)
{
	return !p->is_wildcard || p->deref; /* `&x`, `&_` (ergo29): the wildcard under the deref */
}

/* mref39: every pattern of e a wildcard, a binding or one under `&` (`&x`, `&_`): nothing tested, so
 * the scrutinee's pointee may be a reference (`match &r { &x => .. }`: x is `*&r`, rustc's `_x = copy
 * (*_2)`) */
static bool tests_nothing(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (!e->arms[i].pats[k].is_wildcard || (e->arms[i].pats[k].deref & ~3))
				return false;
	return true;
}

struct ErgoMode {
	Sema *s;
	uint8_t mode; /* BY_REF / BY_REF_MUT */
};

/* a binding under the default binding mode: rustc 2021's `x` becomes `ref x` / `ref mut x`, `mut x`
 * resets the mode to by-value, an explicit `ref x` stays, `ref mut x` under `&` is E0596 */
static void ergo_binding(const AstSubPattern *sp, void *cx)
{
	struct ErgoMode *m = cx;
	AstVar *v = sp->var;
	if (!v)
		return;
	if (v->by_ref == BY_REF_MUT && m->mode == BY_REF)
		error_at(m->s, sp->line, sp->col, "cannot borrow data in a `&` reference as mutable");
	if (v->by_ref || v->is_mut)
		return;
	v->by_ref = m->mode;
}

/* ergo_binding over pattern pat's bindings, but those under a `&p` field pattern (ergo29: rustc
 * 2021 resets the default mode to by-value at a reference pattern) */
static void ergo_pattern_bindings(const AstPattern *pat, struct ErgoMode *m)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->deref)
			continue;
		if (sp->or_pat)
			sp = &sp->or_pat->alts[0];
		if (sp->inner && m->mode) /* bind30: `Some(a @ b)` through a reference */
			error_at(m->s, sp->inner->line, sp->inner->col,
			         "bindings after `@` under a reference's default binding mode are not supported");
		ergo_binding(sp, m);
		if (sp->nested)
			ergo_pattern_bindings(sp->nested, m);
	}
}

static void ergo_arm_bindings(const AstMatchArm *a, int k, struct ErgoMode *m)
{
	if (ast_arm_top(a, k))
		ergo_binding(&a->tops[k], m);
	ergo_pattern_bindings(&a->pats[k], m);
}

/* `match r { Some(x) => .. }` with r of type &T / &mut T (RFC 2005 default binding modes; rustc
 * 1.95's rustc_hir_typeck pat.rs calc_default_binding_mode / peel_off_references): the patterns are
 * matched against `*r` (THIR's implicit PatKind::Deref, lowered by rustc_mir_build's MatchPairTree
 * as the scrutinee place's deref) and their by-value bindings become `ref` / `ref mut`. Modelled as
 * the scrutinee wrapped in an implicit deref (lower_scrutinee mentions the reference's place, not
 * the deref's). Returns the type the patterns are matched against. */
static AstType ergonomic_scrutinee(Sema *s, AstExpr *e, AstType scrutinee, bool deref, bool *top_move)
{
	AstType st = shallow(s, scrutinee);
	for (int i = 0; deref && i < e->narms; i++) /* `&p` / `&mut p` (rustc's check_pat_ref: E0308 unless the
	                                      scrutinee is a reference of that mutability) */
		for (int k = 0; k < e->arms[i].npats; k++) {
			const AstPattern *pat = &e->arms[i].pats[k];
			if (pat->deref && (!ast_type_is_ref(st) || (pat->deref == 2) != (st.kind == ATY_REF_MUT)))
				error_at(s, pat->hi_line, pat->hi_col, "mismatched types");
		}
	if (!ast_type_is_ref(st))
		return scrutinee;
	bool peels = false;
	for (int i = 0; i < e->narms && !peels; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			peels |= peels_reference(&e->arms[i].pats[k]);
	if (!peels)
		return scrutinee;
	AstType pt = shallow(s, ast_ref_pointee(st));
	if (pt.kind != ATY_ENUM && pt.kind != ATY_STRUCT && pt.kind != ATY_BOOL && pt.kind != ATY_CHAR &&
	    !is_integral(s, pt) && !(pt.kind == ATY_REF && tests_nothing(e)))
		error_at(s, e->lhs->line, e->lhs->col, "matching on `%s` is not supported", type_str(s, st, true));
	/* a top binding (ergo29: `other =>`, `v @ Some(_)`) binds the reference itself by value: rustc's
	 * binding patterns peel nothing. Through a written borrow or a `&T` variable that is, for typeck
	 * and the borrow checker, `ref v` / `ref mut v` of the place (the same type and loans); through a
	 * `&mut T` variable (ergo30) it moves the variable (ERGO_TOP_MOVE: typed as `ref mut v`, the same
	 * type, then by value for the borrow checker, check_match_head). A guard (rustc's ref-for-guard
	 * of the reference) or a written `ref v` are not modelled. `&x` binds `*r` by value (its arm's
	 * deref). */
	bool written = e->lhs->kind == EXPR_REF;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; e->arms[i].tops && k < e->arms[i].npats; k++) {
			AstVar *v = ast_arm_top(&e->arms[i], k);
			if (!v || e->arms[i].pats[k].deref)
				continue;
			if (e->arms[i].guard || v->by_ref || v->is_mut)
				error_at(s, e->arms[i].tops[k].line, e->arms[i].tops[k].col,
				         "a binding at the top of a pattern matched through a reference is not supported%s",
				         e->arms[i].guard ? " with a guard" : " with `ref` or `mut`");
			v->by_ref = st.kind == ATY_REF_MUT ? BY_REF_MUT : BY_REF;
			if (v->ergo_top != ERGO_TOP_VIA) /* (mref39: `v` of `match &r`, strip_double_borrow's) */
				v->ergo_top = !written && st.kind == ATY_REF_MUT ? ERGO_TOP_MOVE : ERGO_TOP_REF;
			*top_move |= v->ergo_top == ERGO_TOP_MOVE;
		}
	struct ErgoMode m = {s, st.kind == ATY_REF_MUT ? BY_REF_MUT : BY_REF};
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (!e->arms[i].pats[k].deref) /* under `&p` the mode stays by value */
				ergo_arm_bindings(&e->arms[i], k, &m);
	AstExpr *d = new_implicit(s, EXPR_DEREF, e->lhs);
	d->lhs = e->lhs;
	d->is_place = true;
	d->has_break = true; /* ast_deref_is_ergo */
	d->ty = ast_ref_pointee(st);
	d->depth = e->lhs->depth + 1;
	e->lhs = d;
	return d->ty;
}

/* ergo30: `match &&place { .. }` (a written borrow of a borrow, both shared): references to
 * references are refused, but rustc's verdict on such a match is often a move out from behind them
 * (E0507, its borrow checker's first error at the scrutinee), which needs only the patterns' binding
 * modes. Those are the ones through `&place` (default binding modes peel both references alike; a
 * `&&p` pattern peels both, as `&p` peels one), so the scrutinee is checked as its inner `&place` (at
 * the outer `&`) and the `&&p` patterns as `&p`; a `&p` pattern (which would bind a reference) is
 * refused. The inner borrow is flagged (ast_ref_is_double); the borrow checker's check_match step
 * rejects the match (double_borrow_verdict), after its exhaustiveness as rustc's. */
/* pat36: no arm pattern peels a reference (all `_`, top bindings): the scrutinee is matched as the
 * value it is, whatever its type (rustc: a PlaceMention of it, no test) */
static bool match_peels(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (peels_reference(&e->arms[i].pats[k]))
				return true;
	return false;
}

/* pat36: `match &r { .. }` with r a `&T` variable: a written shared borrow of a place whose type is a
 * shared reference (the variable's type known here: a parameter or an earlier `let`); mref39: `match &mut
 * r` with r a `&mut T` variable, a written mutable borrow of it */
static bool borrow_of_ref_var(Sema *s, const AstExpr *r)
{
	if (r->kind != EXPR_REF || r->implicit || r->lhs->kind != EXPR_VAR || !r->lhs->var)
		return false;
	AstType t = shallow(s, r->lhs->var->ty);
	return t.kind == (r->ref_mut ? ATY_REF_MUT : ATY_REF);
}

/* match38: whether some pattern of e other than `&x` / `&_` peels a reference: with none, `match &r {
 * &x => .. }` would be `match r { x => .. }`, which peels nothing and binds r itself (`_x = copy _1`,
 * not rustc's `copy (*_2)`): refused as before */
static bool other_arm_peels(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			const AstPattern *pat = &e->arms[i].pats[k];
			if (!(pat->deref == 1 && pat->is_wildcard) && peels_reference(pat))
				return true;
		}
	return false;
}

/* mref39: a layer of arm pattern pat of the other mutability than the scrutinee's layer (`&r` of a `&T`
 * r, `&&o`: both shared; `&mut r` of a `&mut T` r: both mutable; `&&mut o`, `&mut &o`, `&mut &mut o`:
 * as written): rustc's check_pat_ref E0308 at that layer's `&` (the second's hi_value columns on) */
static void layers_mismatch(Sema *s, const AstPattern *pat, bool outer_mut, bool inner_mut)
{
	if (((pat->deref & 3) == 2) != outer_mut)
		error_at(s, pat->hi_line, pat->hi_col, "mismatched types");
	if ((pat->deref & AST_DEREF_TWICE) && ((pat->deref & AST_DEREF_MUT2) != 0) != inner_mut)
		error_at(s, pat->hi_line, pat->hi_col + (int)pat->hi_value, "mismatched types");
}

/* mref39: an arm pattern of a match on a written borrow of a borrow of other mutabilities than `&&`
 * (`&&mut o`, `&mut &o`, `&mut &mut o`): a `&p`-of-`&p` pattern (`&&mut Some(x)`) is matched as its
 * inner layer's against the inner borrow (`&mut Some(x)` of `match &mut o`: the same bindings, by value,
 * and loans); default binding modes peel both layers as the inner one alone (`ref mut` through `&mut &mut
 * o`, `ref` through `&mut &o`), but `&&mut o`'s `ref`, which `match &mut o` would make `ref mut`: refused,
 * as a single layer's `&p` */
static void mixed_layer_pattern(Sema *s, AstPattern *pat, const AstExpr *r)
{
	if (pat->deref & AST_DEREF_TWICE) {
		layers_mismatch(s, pat, r->ref_mut, r->lhs->ref_mut);
		pat->deref = pat->deref & AST_DEREF_MUT2 ? 2 : 1;
	} else if (pat->deref) {
		error_at(s, pat->hi_line, pat->hi_col, "a reference pattern of one layer against `%s%s` is not supported",
		         r->ref_mut ? "&mut " : "&", r->lhs->ref_mut ? "&mut" : "&");
	} else if (peels_reference(pat) && !r->ref_mut && r->lhs->ref_mut) {
		error_at(s, pat->line, pat->col, "default binding modes through `&&mut` are not supported");
	}
}

/* mref39: a top binding v of `match &r` beside peeling arms (`Some(x) => .., v => ..`) is the written `&r`
 * (rustc's `_v = copy _2`, a `&&T`): ERGO_TOP_VIA, typed `&&T` (type_top_bindings), borrow-checked as
 * `ref v` of `*r`, which for an r not `mut` (neither assigned nor mutably borrowed) has the same
 * conflicts as rustc's loan of r; through `&mut r` or a `mut r` it stays refused */
static void via_top_binding(Sema *s, AstMatchArm *a, int k, const AstExpr *r)
{
	AstVar *v = ast_arm_top(a, k);
	if (!v || a->pats[k].deref || v->ergo_top == ERGO_TOP_REF)
		return;
	if (r->ref_mut || r->lhs->var->is_mut)
		error_at(s, a->tops[k].line, a->tops[k].col,
		         "a binding at the top of a pattern matched through `&%sr` is not supported", r->ref_mut ? "mut " : "");
	v->ergo_top = ERGO_TOP_VIA;
}

static bool strip_double_borrow(Sema *s, AstExpr *e, bool deref, AstExpr **via)
{
	AstExpr *r = e->lhs;
	if (!match_peels(e)) /* pat36: all `_`: the written `&&o` is the scrutinee, a value */
		return false;
	bool via_var = borrow_of_ref_var(s, r);
	bool written2 = r->kind == EXPR_REF && r->lhs->kind == EXPR_REF && r->lhs->lhs->kind != EXPR_REF;
	bool twice = written2 && !r->ref_mut && !r->lhs->ref_mut;
	bool mixed = written2 && !twice; /* mref39: `&&mut o`, `&mut &o`, `&mut &mut o` */
	twice |= via_var;
	/* mref39: `&x` / `&_` the only arms peeling (`match &r { &x => .. }`, beside `v =>` / `_`): the written
	 * `&r` stays the scrutinee, a `&&T`, whose deref `*&r` x binds (rustc's `_x = copy (*_2)`; ergonomic_scrutinee
	 * admits a reference pointee when nothing is tested) and a top binding v is `&r` itself */
	bool via_mut = via_var && r->ref_mut; /* mref39: `match &mut r`, r a `&mut T`: default binding modes only */
	bool amp_only = via_var && !via_mut && !other_arm_peels(e);
	for (int i = 0; (deref || mixed) && i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			AstPattern *pat = &e->arms[i].pats[k];
			if (mixed) { /* (default binding modes too: `&&mut o`'s) */
				mixed_layer_pattern(s, pat, r);
				continue;
			}
			if (twice && pat->deref)
				layers_mismatch(s, pat, via_mut, via_mut);
			if (via_mut && pat->deref)
				error_at(s, pat->hi_line, pat->hi_col, "a reference pattern matched through `&mut r` is not supported");
			if (amp_only)
				continue;
			if (via_var && pat->deref == 1 && (pat->enm || pat->strukt)) { /* temp37: `&Some(x)` against
			        * `&r`: the `&` peels the written borrow, Some(x) is matched against r's `&T` with default
			        * binding modes (x by reference): `Some(x)` of `match r` (rustc's MIR is the same) */
				pat->deref = 0;
				continue;
			}
			if (via_var && pat->deref == 1 && pat->is_wildcard && other_arm_peels(e)) { /* match38: `&x` / `&_` against `&r`: the
			        * `&` peels the written borrow, x binds r's value (rustc's `_x = copy (*_2)`): the top
			        * binding `x` / the `_` of `match r` (built from the ergonomic deref's base, `(*_2)`) */
				AstVar *v = ast_arm_top(&e->arms[i], k);
				pat->deref = 0;
				if (v)
					v->ergo_top = ERGO_TOP_REF; /* written `&x`: not the refused top binding below */
				continue;
			}
			if (pat->deref && (twice != ((pat->deref & AST_DEREF_TWICE) != 0) ||
			                   (pat->deref & (AST_DEREF_TWICE | AST_DEREF_MUT2)) == (AST_DEREF_TWICE | AST_DEREF_MUT2) ||
			                   (pat->deref & (AST_DEREF_TWICE | 3)) == (AST_DEREF_TWICE | 2))) /* pat36: `&&mut p`, `&mut &p` */
				error_at(s, pat->hi_line, pat->hi_col,
				         "a reference pattern of a reference or `ref` pattern is not supported");
			pat->deref &= (uint8_t)~AST_DEREF_TWICE;
		}
	if ((!twice && !mixed) || amp_only)
		return false;
	if (via_var) { /* pat36: checked as `match r`; the builder borrows the written `&r` (ast_deref_via_ref) */
		for (int i = 0; i < e->narms; i++) /* such a binding is the `&&T` itself, `match r` would type it
		                                      `&T` (under `&&`: the value, `&&y` as `&y`) */
			for (int k = 0; e->arms[i].tops && k < e->arms[i].npats; k++)
				via_top_binding(s, &e->arms[i], k, r);
		e->lhs = r->lhs;
		*via = r;
		return true;
	}
	for (int i = 0; i < e->narms; i++) /* mref39: a top binding is the written outer borrow (rustc's `_v =
	                                      copy _4`; was typed and built as the inner one) */
		for (int k = 0; e->arms[i].tops && k < e->arms[i].npats; k++)
			if (ast_arm_top(&e->arms[i], k) && !e->arms[i].pats[k].deref)
				ast_arm_top(&e->arms[i], k)->ergo_top = ERGO_TOP_VIA;
	r->lhs->line = r->line;
	r->lhs->col = r->col;
	r->lhs->has_break = true; /* ast_ref_is_double */
	r->lhs->rhs = r; /* pat35: the written outer borrow, for the builder (ast_ref_double_ok) */
	e->lhs = r->lhs;
	return true;
}

/* pat35: a match on `&&place` through default binding modes (its patterns behind the ergonomic deref)
 * whose bindings move nothing is rustc's: admitted once the bindings' types are known. The match is
 * still checked as `match &place` (the same binding modes and loans: both borrows are shared); the
 * builder borrows the written `&&place` and tests `(*(*_t))` (build_expr.c lower_scrutinee). A binding
 * that moves stays the borrow checker's E0507 (double_borrow_verdict). */
static void admit_double_borrow(Sema *s, AstExpr *e)
{
	bool via = ast_deref_via_ref(e->lhs) != NULL;
	if (!ast_deref_is_ergo(e->lhs) || (!via && !ast_ref_is_double(e->lhs->lhs)))
		return;
	bool moves = false;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			moves |= ast_arm_first_move(s->prog, &e->arms[i], k) != NULL;
	if (via) /* pat36: `match &r`: a binding that moves is the borrow checker's E0507 (exhaustive_expr) */
		return;
	if (moves)
		return;
	AstExpr *inner = e->lhs->lhs;
	inner->has_break = false;
	inner->method = true; /* ast_ref_double_ok */
	inner->rhs->ty = ast_ref_type(resolve_type(s, inner->ty), inner->rhs->ref_mut); /* mref39: `&mut &o` */
}

/* check_match up to its arms: the scrutinee and the patterns; whether the scrutinee diverges */
static bool check_match_head(Sema *s, AstExpr *e)
{
	MatchScan m = match_scan(e);
	AstExpr *via = NULL;
	strip_double_borrow(s, e, m.deref, &via);
	AstType scrutinee = check_expr(s, e->lhs, NULL);
	bool scrutinee_diverges = s->diverges;
	scrutinee = ergonomic_scrutinee(s, e, scrutinee, m.deref, &m.top_move);
	if (via && ast_deref_is_ergo(e->lhs)) { /* pat36: `match &r`: the written `&r`, typed `&&T` (mref39: `&mut &mut T`) */
		via->ty = ast_ref_type(resolve_type(s, e->lhs->lhs->ty), via->ref_mut);
		e->lhs->rhs = via;
		e->lhs->line = via->line; /* rustc's scrutinee span (E0507, E0004) */
		e->lhs->col = via->col;
	}
	if (m.tops)
		type_top_bindings(s, e, scrutinee, false);
	check_match_pats(s, e, scrutinee, scrutinee_diverges, m.strukt);
	/* speed38: the walks below change something only in a match that has several alternatives under
	 * top bindings, or a top binding moving a `&mut T` variable (each walk was a miss per arm at 100k
	 * guarded arms, `v if v == 0 =>`) */
	if (m.later_tops)
		type_top_bindings(s, e, scrutinee, true);
	for (int i = 0; m.top_move && i < e->narms; i++) /* ergo30: typed as `ref mut v`, a move of the `&mut T` variable */
		for (int k = 0; e->arms[i].tops && k < e->arms[i].npats; k++) {
			AstVar *v = ast_arm_top(&e->arms[i], k);
			if (v && v->ergo_top == ERGO_TOP_MOVE)
				v->by_ref = BY_VALUE;
		}
	return scrutinee_diverges;
}

static bool check_match_pats(Sema *s, AstExpr *e, AstType scrutinee, bool scrutinee_diverges, bool strukt)
{
	AstType st = shallow(s, scrutinee);
	if (st.kind == ATY_ENUM) {
		check_enum_match(s, e, st);
		return scrutinee_diverges;
	}
	if (st.kind == ATY_STRUCT || strukt) {
		check_struct_match(s, e, scrutinee);
		return scrutinee_diverges;
	}
	if (st.kind != ATY_BOOL && st.kind != ATY_CHAR && !is_integral(s, st) && st.kind != ATY_NEVER && !e->for_loop &&
	    (!ast_type_is_ref(st) || (match_peels(e) && !tests_nothing(e)))) /* pat36: `match &&o { _ => .. }`;
	                                                                         mref39 `match &r { &x => .. }` */
		error_at(s, e->lhs->line, e->lhs->col, "matching on `%s` is not supported", type_str(s, st, true));
	for (int i = 0; i < e->narms; i++) {
		for (int k = 0; k < e->arms[i].npats; k++) {
			AstPattern *pat = &e->arms[i].pats[k];
			if (pat->is_wildcard)
				continue;
			if (pat->enm) {
				AstType et = {ATY_ENUM, pat->enm->id};
				if (pat->enm->generic)
					et = generic_partial(s, pat->enm->generic, pat->line, pat->col);
				mismatch(s, pat->line, pat->col, scrutinee, et);
			}
			AstType pt = pat->is_bool ? ast_type(ATY_BOOL)
			           : pat->suffix != ATY_VAR ? ast_type(pat->suffix) : tv_new(s, true, NULL);
			if (!unify(s, pt, scrutinee) || pat->char_int_mix)
				pattern_mismatch(s, pat, scrutinee, pt);
			runtime_bound_types(s, pat, scrutinee);
		}
	}
	return scrutinee_diverges;
}

static AstType check_match(Sema *s, AstExpr *e, const AstType *expect)
{
	if (e->if_let) /* an if-let and its else-if chain in a loop (iflet25) */
		return check_if(s, e, expect);
	bool scrutinee_diverges = check_match_head(s, e);
	return join_match_arms(s, e, expect, scrutinee_diverges);
}

static const char *arith_error(AstBinOp op, const char *l, const char *r, char *buf, size_t n)
{
	switch (op) {
	case AOP_ADD: snprintf(buf, n, "cannot add `%s` to `%s`", r, l); break;
	case AOP_SUB: snprintf(buf, n, "cannot subtract `%s` from `%s`", r, l); break;
	case AOP_MUL: snprintf(buf, n, "cannot multiply `%s` by `%s`", l, r); break;
	case AOP_DIV: snprintf(buf, n, "cannot divide `%s` by `%s`", l, r); break;
	case AOP_REM: snprintf(buf, n, "cannot calculate the remainder of `%s` divided by `%s`", l, r); break;
	default: snprintf(buf, n, "no implementation for `%s %s %s`", l, ast_binop_spelling(op), r); break;
	}
	return buf;
}

/* cmp39: the types whose `==` .. rustc builds as a call of core's PartialEq / PartialOrd impl (`<Option<u32> as
 * PartialEq>::eq(&a, &b)`): `()`, arrays, Option and Result (an instance, or one being inferred); a struct or
 * enum item, Guard, a future have no impl (rustc's E0369; the subset derives no PartialEq) */
static bool core_cmp_type(Sema *s, AstType t)
{
	AstGeneric g;
	AstType args[2];
	return t.kind == ATY_UNIT || t.kind == ATY_ARRAY || (generic_args(s, t, &g, args) && g != GENERIC_NONE);
}

/* core implements PartialEq and PartialOrd for t (types resolved): scalars, `()`, references, arrays, Option
 * and Result of such */
static bool core_comparable(Sema *s, AstType t)
{
	t = shallow(s, t);
	while (t.kind == ATY_ARRAY || ast_type_is_ref(t))
		t = shallow(s, t.kind == ATY_ARRAY ? ast_array_elem(t) : ast_ref_pointee(t));
	AstGeneric g;
	AstType args[2];
	if (t.kind == ATY_ENUM)
		return generic_args(s, t, &g, args) && (g == GENERIC_OPTION || g == GENERIC_RESULT) &&
		       core_comparable(s, args[0]) && (g == GENERIC_OPTION || core_comparable(s, args[1]));
	return t.kind == ATY_UNIT || t.kind == ATY_BOOL || t.kind == ATY_CHAR || t.kind == ATY_VAR || is_integral(s, t);
}

/* an operand of a core comparison: borrowed, as rustc's autoref adjustment (THIR's Borrow of the operand's
 * expression, inside its Scope) */
static void autoref_operand(Sema *s, AstExpr *opnd, AstType t)
{
	AstExpr *inner = new_implicit(s, EXPR_VAR, opnd);
	*inner = *opnd;
	AstExpr *r = new_implicit(s, EXPR_REF, opnd);
	r->lhs = inner;
	r->ty = ast_ref_type(t, false);
	r->depth = inner->depth + 1;
	*opnd = *r;
}

/* `a == b` .. of `()`, an array, Option or Result: both sides one type (an array of another length: rustc's
 * E0277), each borrowed; e->method marks it a call of core's fn (built by build_expr.c lower_core_cmp,
 * checked by finish_core_cmp once types are known) */
static AstType check_core_cmp(Sema *s, AstExpr *e, AstType l, AstType r)
{
	AstType ls = shallow(s, l), rs = shallow(s, r);
	if (ls.kind == ATY_ARRAY && rs.kind == ATY_ARRAY && ast_array_len(ls) != ast_array_len(rs))
		error_at(s, e->op_line, e->op_col, "can't compare `%s` with `%s`", type_str(s, ls, true), type_str(s, rs, true));
	coerce(s, e->rhs->line, e->rhs->col, r, l);
	autoref_operand(s, e->lhs, l);
	autoref_operand(s, e->rhs, l);
	e->method = true;
	return ast_type(ATY_BOOL);
}

static void finish_core_cmp(Sema *s, const AstExpr *e)
{
	AstType t = resolve_type(s, e->lhs->lhs->ty);
	if (!core_comparable(s, t))
		error_at(s, e->op_line, e->op_col, "binary operation `%s` cannot be applied to type `%s`",
		         ast_binop_spelling(e->bin_op), type_str(s, t, true));
}

/* Operand rules of the built-in binary operators on primitive types. */
static AstType check_binary(Sema *s, AstExpr *e)
{
	AstBinOp op = e->bin_op;
	AstType boolean = ast_type(ATY_BOOL);
	if (op == AOP_AND || op == AOP_OR) {
		check_expr(s, e->lhs, &boolean);
		bool lhs_diverges = s->diverges;
		check_expr(s, e->rhs, &boolean);
		s->diverges = lhs_diverges; /* the rhs may not run */
		return boolean;
	}
	AstType l = check_expr(s, e->lhs, NULL);
	AstType r = check_expr(s, e->rhs, NULL);
	reject_ref_operand(s, e->lhs, l);
	reject_ref_operand(s, e->rhs, r);
	AstType ls = shallow(s, l), rs = shallow(s, r);
	bool is_cmp = op >= AOP_EQ && op <= AOP_GE;
	bool bitwise = op == AOP_BITAND || op == AOP_BITOR || op == AOP_BITXOR;
	bool shift = op == AOP_SHL || op == AOP_SHR;
	if (ls.kind == ATY_NEVER)
		return is_cmp ? boolean : r;
	if (is_cmp) {
		if (core_cmp_type(s, ls) || (ls.kind == ATY_VAR && !is_int_var(s, ls) && core_cmp_type(s, rs)))
			return check_core_cmp(s, e, l, r);
		if (!(is_integral(s, ls) || ls.kind == ATY_BOOL || ls.kind == ATY_CHAR || ls.kind == ATY_VAR))
			error_at(s, e->op_line, e->op_col, "binary operation `%s` cannot be applied to type `%s`",
			         ast_binop_spelling(e->bin_op), type_str(s, ls, true));
		coerce(s, e->rhs->line, e->rhs->col, r, l);
		return boolean;
	}
	bool lhs_ok = is_integral(s, ls) || ls.kind == ATY_VAR || (bitwise && ls.kind == ATY_BOOL);
	bool rhs_ok = is_integral(s, rs) || rs.kind == ATY_VAR || (bitwise && !shift && rs.kind == ATY_BOOL);
	if (!lhs_ok || !rhs_ok) {
		/* `!` shows as its fallback () */
		char buf[160];
		error_at(s, e->op_line, e->op_col, "%s",
		         arith_error(op, type_str(s, ls, true), rs.kind == ATY_NEVER ? "()" : type_str(s, rs, true),
		                     buf, sizeof buf));
	}
	if (ls.kind == ATY_VAR && !is_int_var(s, ls) && !(bitwise && rs.kind == ATY_BOOL))
		unify(s, ls, tv_new(s, true, NULL)); /* an unknown let used arithmetically */
	if (shift) {
		if (rs.kind == ATY_VAR && !is_int_var(s, rs))
			unify(s, rs, tv_new(s, true, NULL));
		return l;
	}
	coerce(s, e->rhs->line, e->rhs->col, r, l);
	return l;
}

/* consts35: `S` of a static S (parse.c static_use) */
static bool static_read(const AstExpr *e)
{
	return e->kind == EXPR_DEREF && e->lhs->kind == EXPR_INT && e->lhs->konst && e->lhs->konst->is_static;
}

static void check_place(Sema *s, AstExpr *e)
{
	if (!e->lhs->is_place)
		error_at(s, e->op_line, e->op_col, "invalid left-hand side of assignment");
	if (static_read(e->lhs)) /* consts35: rustc's borrowck E0594, here before the borrow checker */
		error_at(s, e->line, e->col, "cannot assign to immutable static item `%s`", e->lhs->lhs->konst->ident);
}

static AstType check_op_assign(Sema *s, AstExpr *e)
{
	check_place(s, e);
	AstType l = check_expr(s, e->lhs, NULL);
	AstType r = check_expr(s, e->rhs, NULL);
	reject_ref_operand(s, e->lhs, l);
	reject_ref_operand(s, e->rhs, r);
	AstType ls = shallow(s, l), rs = shallow(s, r);
	AstBinOp op = e->bin_op;
	bool bitwise = op == AOP_BITAND || op == AOP_BITOR || op == AOP_BITXOR;
	bool shift = op == AOP_SHL || op == AOP_SHR;
	bool lhs_ok = is_integral(s, ls) || ls.kind == ATY_VAR || (bitwise && ls.kind == ATY_BOOL);
	if (!lhs_ok)
		error_at(s, e->line, e->col, "binary assignment operation `%s=` cannot be applied to type `%s`",
		         ast_binop_spelling(op), type_str(s, ls, true));
	if (ls.kind == ATY_VAR && !is_int_var(s, ls) && !(bitwise && rs.kind == ATY_BOOL))
		unify(s, ls, tv_new(s, true, NULL));
	if (shift) {
		if (!is_integral(s, rs) && rs.kind != ATY_NEVER) {
			if (rs.kind != ATY_VAR)
				error_at(s, e->op_line, e->op_col, "no implementation for `%s %s= %s`",
				         type_str(s, ls, true), ast_binop_spelling(op), type_str(s, rs, true));
			unify(s, rs, tv_new(s, true, NULL));
		}
	} else {
		bool rhs_ok = is_integral(s, rs) || rs.kind == ATY_VAR ||
		              (bitwise && rs.kind == ATY_BOOL && !is_integral(s, ls));
		if (!rhs_ok) {
			/* `!` shows as its fallback () */
			const char *l_str = type_str(s, ls, true);
			const char *r_str = rs.kind == ATY_NEVER ? "()" : type_str(s, rs, true);
			switch (op) {
			case AOP_ADD: error_at(s, e->op_line, e->op_col, "cannot add-assign `%s` to `%s`", r_str, l_str);
			case AOP_SUB: error_at(s, e->op_line, e->op_col, "cannot subtract-assign `%s` from `%s`", r_str, l_str);
			case AOP_MUL: error_at(s, e->op_line, e->op_col, "cannot multiply-assign `%s` by `%s`", l_str, r_str);
			case AOP_DIV: error_at(s, e->op_line, e->op_col, "cannot divide-assign `%s` by `%s`", l_str, r_str);
			case AOP_REM:
				error_at(s, e->op_line, e->op_col,
				         "cannot calculate and assign the remainder of `%s` divided by `%s`", l_str, r_str);
			default:
				error_at(s, e->op_line, e->op_col, "no implementation for `%s %s= %s`", l_str,
				         ast_binop_spelling(op), r_str);
			}
		}
		coerce(s, e->rhs->line, e->rhs->col, r, l);
	}
	return ast_type(ATY_UNIT);
}

static bool is_literal(const AstExpr *e)
{
	return (e->kind == EXPR_INT && e->int_suffix == ATY_VAR) ||
	       (e->kind == EXPR_UNARY && e->un_op == AOP_NEG && is_literal(e->lhs));
}


/* An enum item whose variants are all unit variants: `as` casts it to an integer. */
static bool unit_only_enum(const AstEnum *en)
{
	if (en->generic)
		return false;
	for (int v = 0; v < en->nvariants; v++)
		if (!en->variants[v].is_unit)
			return false;
	return true;
}
static AstType check_cast(Sema *s, AstExpr *e)
{
	AstType target = e->cast_to;
	AstType t = check_expr(s, e->lhs, NULL);
	reject_ref_operand(s, e->lhs, t);
	AstType ts = shallow(s, t);
	/* rustc checks an unsuffixed literal operand with the target as expectation (`97 as char`: the
	 * literal is a u8, the one integer type that casts to char) */
	if (is_int_var(s, ts) && is_literal(e->lhs) && ast_type_is_int(target))
		unify(s, ts, target);
	if (is_int_var(s, ts) && is_literal(e->lhs) && target.kind == ATY_CHAR)
		unify(s, ts, ast_type(ATY_U8));
	ts = shallow(s, t);
	if (ts.kind == ATY_VAR && !is_int_var(s, ts))
		error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
	if (ts.kind == ATY_NEVER)
		return target;
	if (ts.kind == ATY_ENUM && !(ts.id & AST_ENUM_PARTIAL) && unit_only_enum(s->prog->enums[ast_enum_index(ts)])) {
		/* issue 22 item 4: a unit-only enum casts to any integer (its discriminant) */
		if (!ast_type_is_int(target))
			error_at(s, e->line, e->col, target.kind == ATY_BOOL ? "cannot cast `%s` as `%s`"
			         : "non-primitive cast: `%s` as `%s`", type_str(s, ts, true), type_str(s, target, true));
		if (e->lhs->kind == EXPR_VARIANT) /* THIR: the variant's discriminant constant, not a read */
			error_at(s, e->lhs->line, e->lhs->col, "a cast of an enum variant path is not supported");
		return target;
	}
	/* rustc's check_expr_cast defers the cast's check to the end of the fn's typeck, after the
	 * integer fallback (FnCtxt::check_casts, after type_inference_fallback): check_casts below */
	*VEC_PUSH(s->scratch, s->casts, s->ncasts, s->casts_cap) = e;
	return target;
}

/* The fn's casts, in source order, once its body is checked: an integer variable still unknown falls
 * back to i32 first (`let x = 65; x as char` is E0604 "not `i32`", `let y: u8 = x;` after it makes
 * it a u8 cast), so a type error anywhere in the fn comes before a cast's error, as in rustc */
static void check_casts(Sema *s)
{
	for (int i = 0; i < s->ncasts; i++) {
		AstExpr *e = s->casts[i];
		AstType target = e->cast_to;
		AstType ts = shallow(s, e->lhs->ty);
		if (ts.kind == ATY_VAR && is_int_var(s, ts)) /* rustc's fallback: i32 */
			unify(s, ts, ast_type(ATY_I32)), ts = shallow(s, ts);
		if (target.kind == ATY_CHAR) { /* diag27: u8 and char only (rustc's E0604) */
			if (ts.kind != ATY_U8 && ts.kind != ATY_CHAR)
				error_at(s, e->line, e->col, "only `u8` can be cast as `char`, not `%s`",
				         type_str(s, ts, true));
			continue;
		}
		bool source_ok = is_integral(s, ts) || ts.kind == ATY_BOOL || ts.kind == ATY_CHAR;
		if (source_ok && target.kind == ATY_BOOL && ts.kind != ATY_BOOL)
			error_at(s, e->line, e->col, "cannot cast `%s` as `bool`", type_str(s, ts, true));
		if (!source_ok || !(ast_type_is_int(target) || (target.kind == ATY_BOOL && ts.kind == ATY_BOOL)))
			error_at(s, e->line, e->col, "non-primitive cast: `%s` as `%s`", type_str(s, ts, true),
			         type_str(s, target, true));
	}
}

/* ---- methods (issue 22 item 4) ---- */

/* scope33: whether trait tr is in scope at (line, col): a top-level trait everywhere, a trait of a body
 * between its block's braces (rustc's method probe and associated-item lookup consider only the traits
 * in scope at the call: rustc_resolve's traits_in_scope walks the call's module and the anonymous
 * modules of the blocks around it; an impl elsewhere does not bring its trait in) */
static bool trait_in_scope(const AstTrait *tr, int line, int col)
{
	if (!tr || !tr->scope.outer)
		return true;
	bool after_lo = line > tr->lo_line || (line == tr->lo_line && col > tr->lo_col);
	bool before_hi = line < tr->hi_line || (line == tr->hi_line && col < tr->hi_col);
	return after_lo && before_hi;
}

static uint32_t assoc_hash(AstType self, const char *name)
{
	return (name_hash(name) ^ ((uint32_t)self.kind * 0x9e3779b9u) ^ ((uint32_t)self.id * 2654435761u)) * 0x85ebca6bu;
}

/* The slot of (self, name) in the index: its first fn, or an empty slot */
static uint32_t *assoc_slot(Sema *s, AstType self, const char *name)
{
	uint32_t mask = s->assoc_cap - 1;
	for (uint32_t j = assoc_hash(self, name) & mask;; j = (j + 1) & mask) {
		uint32_t *slot = &s->assoc_slots[j];
		if (!*slot)
			return slot;
		const AstFn *fn = s->prog->fns[*slot - 1];
		if (ast_type_eq(ast_fn_self_type(fn), self) && !strcmp(fn->assoc_name, name))
			return slot;
	}
}

/* The index of associated fns by (Self type, name), chains in source order: once per program (issue 23
 * style: it was a scan of every fn per call, N methods x N calls) */
static void build_assoc_index(Sema *s)
{
	const AstProgram *p = s->prog;
	int n = 0;
	for (int i = 0; i < p->nfns; i++)
		n += ast_fn_is_assoc(p->fns[i]);
	uint32_t cap = 16;
	while (cap < 2 * (uint32_t)n + 2)
		cap *= 2;
	s->assoc_slots = arena_alloc(s->scratch, cap * sizeof *s->assoc_slots);
	s->assoc_next = arena_alloc(s->scratch, ((size_t)p->nfns + 1) * sizeof *s->assoc_next);
	int *tail = arena_alloc(s->scratch, ((size_t)p->nfns + 1) * sizeof *tail);
	s->assoc_cap = cap;
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		if (!ast_fn_is_assoc(fn))
			continue;
		uint32_t *slot = assoc_slot(s, ast_fn_self_type(fn), fn->assoc_name);
		if (!*slot) {
			*slot = (uint32_t)i + 1;
			tail[i] = i + 1;
		} else {
			int first = (int)*slot - 1;
			s->assoc_next[tail[first] - 1] = i + 1;
			tail[first] = i + 1;
		}
	}
}

/* The associated fn `name` of the struct or enum item of type self (items31: an enum's too): an
 * inherent one first (rustc's probe prefers it), else the one of an impl of a trait in scope at e
 * (scope33; E0034 when two such traits have it); methods_only: only fns with a self parameter count. */
static const AstFn *find_assoc_fn(Sema *s, const AstExpr *e, AstType self, const char *name, bool methods_only)
{
	if (!s->assoc_cap)
		build_assoc_index(s);
	const AstFn *inherent = NULL, *traitfn = NULL;
	uint32_t first = *assoc_slot(s, self, name);
	for (int i = (int)first - 1; i >= 0; i = s->assoc_next[i] - 1) {
		const AstFn *fn = s->prog->fns[i];
		if (methods_only && fn->self_kind == SELF_NONE)
			continue;
		const AstImpl *im = s->prog->impls[fn->impl_id];
		if (!im->trait_name) {
			inherent = fn;
		} else if (trait_in_scope(im->trait, e->op_line, e->op_col)) {
			if (traitfn)
				error_at(s, e->op_line, e->op_col, "multiple applicable items in scope");
			traitfn = fn;
		}
	}
	/* derive38: core's Clone, always in scope, of an item deriving it */
	AstFn *derived = inherent || strcmp(name, "clone") ? NULL : ast_derived_clone(s->prog, self);
	if (derived && traitfn)
		error_at(s, e->op_line, e->op_col, "multiple applicable items in scope");
	return inherent ? inherent : traitfn ? traitfn : derived;
}

static const char *struct_ident_key(const void *items, int i)
{
	return ((AstStruct *const *)items)[i]->ident;
}
static const char *enum_ident_key(const void *items, int i)
{
	return ((AstEnum *const *)items)[i]->ident;
}

/* scope33: a struct or enum item as rustc's diagnostics print it: its name alone when no other struct
 * or enum has it (trimmed_def_paths), else its path (a type of a body: `f::S`) */
static const char *item_type_trimmed(Sema *s, AstType t)
{
	const AstProgram *p = s->prog;
	const char *ident = t.kind == ATY_STRUCT ? p->structs[t.id]->ident : p->enums[t.id]->ident;
	int si = nameix_find(&p->struct_ix, ident, strlen(ident), struct_ident_key, p->structs);
	int ei = nameix_find(&p->enum_ix, ident, strlen(ident), enum_ident_key, p->enums);
	bool unique = (si < 0 || !p->structs[si]->next_same) && (ei < 0 || !p->enums[ei]->next_same) && (si < 0 || ei < 0);
	return unique ? ident : t.kind == ATY_STRUCT ? p->structs[t.id]->name : p->enums[t.id]->name;
}

/* cmp39: `o.is_some()`, `o.is_none()` of an Option, `r.is_ok()`, `r.is_err()` of a Result (through references
 * too): core's `&self` methods (the builtins; the call `Option::<u32>::is_some(&o)`), NULL for another
 * receiver or method; an Option's is_ok / is_err and a Result's is_some / is_none: rustc's E0599 (naming a
 * reference's type, else the enum's definition, `Result<T, E>`) */
static const AstFn *core_query_method(Sema *s, const AstExpr *e, AstType t, AstType st)
{
	AstGeneric g;
	AstType args[2];
	if (st.kind == ATY_SLICE) { /* slice40: `s.len()`, `s.is_empty()` */
		for (int b = BUILTIN_SLICE_LEN; b <= BUILTIN_SLICE_IS_EMPTY; b++)
			if (strcmp(e->name, s->prog->builtins[b]->name) == 0)
				return s->prog->builtins[b];
		return NULL;
	}
	if (!generic_args(s, st, &g, args) || (g != GENERIC_OPTION && g != GENERIC_RESULT))
		return NULL;
	for (int b = BUILTIN_IS_SOME; b <= BUILTIN_IS_ERR; b++) {
		if (strcmp(e->name, s->prog->builtins[b]->name) != 0)
			continue;
		if ((b <= BUILTIN_IS_NONE) == (g == GENERIC_OPTION))
			return s->prog->builtins[b];
		error_at(s, e->op_line, e->op_col, "no method named `%s` found for %s`%s` in the current scope", e->name,
		         t.kind == ATY_REF_MUT ? "mutable reference " : ast_type_is_ref(t) ? "reference " : "enum ",
		         ast_type_is_ref(t) ? type_str(s, t, true) : g == GENERIC_OPTION ? "Option<T>" : "Result<T, E>");
	}
	return NULL;
}

/* `recv.m(args)`: m is an associated fn of recv's struct (through one
 * reference) with a self parameter; the receiver is adjusted as rustc's method
 * probe does: autoref (`&recv`, `&mut recv`), a reference receiver reborrowed
 * (`&*recv`, `&mut *recv`: pick_by_value_method's "&* or &mut *"), or
 * dereferenced for `self` by value (a move out of a reference: E0507). */
static void check_method_receiver(Sema *s, AstExpr *e)
{
	AstExpr *recv = e->args[0];
	AstType t = shallow(s, check_expr(s, recv, NULL));
	AstType st = t;
	int nderef = 0; /* refref33: through `&&S`, `&mut &S`, .. (rustc's autoderef steps) */
	while (ast_type_is_ref(st)) {
		st = shallow(s, ast_ref_pointee(st));
		nderef++;
	}
	if (t.kind == ATY_VAR && !is_int_var(s, t))
		error_at(s, recv->line, recv->col, "type annotations needed");
	bool item_enum = st.kind == ATY_ENUM && !(st.id & AST_ENUM_PARTIAL) && !s->prog->enums[ast_enum_index(st)]->generic;
	const AstFn *fn = core_query_method(s, e, t, st);
	if (!fn && !item_enum && st.kind != ATY_STRUCT) /* meth40: core's methods (int_methods.c) */
		fn = core_method_of(s, e, t, st, st.kind == ATY_VAR && is_int_var(s, st));
	if (st.kind != ATY_STRUCT && !item_enum && !fn)
		error_at(s, e->op_line, e->op_col, "method `%s` of `%s` is not supported", e->name, type_str(s, t, true));
	AstType self = {st.kind, st.kind == ATY_ENUM ? ast_enum_index(st) : st.id};
	if (!fn)
		fn = find_assoc_fn(s, e, self, e->name, true);
	if (!fn || fn->self_kind == SELF_NONE)
		error_at(s, e->op_line, e->op_col, "no method named `%s` found for %s`%s%s` in the current scope", e->name,
		         t.kind == ATY_REF_MUT ? "mutable reference " : ast_type_is_ref(t) ? "reference " : item_enum ? "enum " : "struct ",
		         !ast_type_is_ref(t) ? "" : t.kind == ATY_REF_MUT ? "&mut " : "&", item_type_trimmed(s, self));
	e->callee = (AstFn *)fn;
	/* `r.m()` with `self`: `(*r)` moved (borrowck: E0507); with `&self` / `&mut self` through n
	 * references, `&*r` after n - 1 derefs (`&**r`: rustc's by-value pick at the last reference,
	 * reborrowed) */
	int keep = fn->self_kind == SELF_VALUE ? 0 : 1;
	for (; nderef > keep; nderef--) {
		AstExpr *inner = new_implicit(s, EXPR_VAR, recv);
		*inner = *recv;
		AstExpr *d = new_implicit(s, EXPR_DEREF, recv);
		d->lhs = inner;
		d->is_place = true;
		d->ty = shallow(s, ast_ref_pointee(shallow(s, inner->ty)));
		d->depth = inner->depth + 1;
		*recv = *d;
	}
	if (fn->self_kind == SELF_VALUE)
		return;
	bool is_mut = fn->self_kind == SELF_REF_MUT;
	if (nderef) {
		reborrow(s, recv, is_mut);
		return;
	}
	AstExpr *inner = new_implicit(s, EXPR_VAR, recv);
	*inner = *recv;
	AstExpr *r = new_implicit(s, EXPR_REF, recv);
	r->lhs = inner;
	r->ref_mut = is_mut;
	r->ty = ast_ref_type(st, is_mut);
	r->depth = inner->depth + 1;
	*recv = *r;
}

/* the last `::` of a path (a type of a body's path has several: `outer::{closure#0}::S::m`) */
static const char *last_sep(const char *name)
{
	const char *sep = strstr(name, "::");
	for (const char *n = sep; n; n = strstr(n + 2, "::"))
		sep = n;
	return sep;
}

static const char *trait_fn_key(const void *items, int i)
{
	return ((const AstTraitFn *)items)[i].name;
}

/* derive38: `Clone::clone(&x)`, core's Clone: Self the pointee of its `&T` argument, a struct or enum item
 * deriving Clone (the callee its derived fn, `<S as Clone>::clone`, the argument reborrowed as a trait
 * fn's); another type's clone (core's impls for integers, references, ..) is not modelled. */
static AstType check_core_clone_call(Sema *s, AstExpr *e)
{
	if (e->nargs != 1)
		error_at(s, e->line, e->col, "this function takes 1 argument but %d argument%s supplied", e->nargs,
		         e->nargs == 1 ? " was" : "s were");
	AstExpr *a0 = e->args[0];
	AstType t = shallow(s, check_expr(s, a0, NULL));
	if (t.kind != ATY_REF)
		error_at(s, a0->line, a0->col, "a trait path call whose first argument is not `&_` is not supported");
	AstType st = shallow(s, ast_ref_pointee(t));
	bool item = st.kind == ATY_STRUCT || (st.kind == ATY_ENUM && !(st.id & AST_ENUM_PARTIAL));
	AstType self = {st.kind, st.kind == ATY_ENUM ? ast_enum_index(st) : st.id};
	AstFn *fn = item ? ast_derived_clone(s->prog, self) : NULL;
	if (!fn && item && !(st.kind == ATY_ENUM && s->prog->enums[self.id]->generic))
		error_at(s, a0->line, a0->col, "the trait bound `%s: Clone` is not satisfied", item_type_trimmed(s, self));
	if (st.kind == ATY_GUARD) /* the prelude's Guard has no Clone */
		error_at(s, a0->line, a0->col, "the trait bound `Guard: Clone` is not satisfied");
	if (!fn)
		error_at(s, e->line, e->col, "`Clone::clone` of `%s` is not supported", type_str(s, st, true));
	e->callee = fn;
	e->name = fn->name;
	reborrow(s, a0, false);
	return fn->ret;
}

/* variant34: `T::m(a, ..)` of a trait T (the parser's `<_ as T>::m`): rustc's `<_ as T>::m`, Self
 * inferred from the first argument (`self`: its type, `&self` / `&mut self`: the pointee of a reference
 * of that mutability), the callee the fn of `impl T for Self` (MIR `<S as T>::m(..)`). Errors as rustc
 * 1.95 words them: no such fn in T "expected a type, found a trait" (E0782, edition 2021), no self
 * parameter E0790, no impl for the argument's type E0277. */
static AstType check_trait_path_call(Sema *s, AstExpr *e)
{
	const char *gt = strrchr(e->name, '>');
	const char *tname = arena_printf(s->scratch, "%.*s", (int)(gt - (e->name + 6)), e->name + 6);
	const char *m = gt + 3;
	if (!s->trait_paths_built) { /* by name, built once (a scan per call was quadratic) */
		s->trait_paths_built = true;
		for (int i = 0; i < s->prog->ntraits; i++)
			namemap_add(&s->trait_paths, s->prog->traits[i]->name, (uintptr_t)i + 1);
	}
	uintptr_t *ti = namemap_find(&s->trait_paths, tname);
	const AstTrait *tr = ti ? s->prog->traits[*ti - 1] : NULL;
	if (!tr && !strcmp(tname, "Clone")) /* derive38: core's (the parser names no other missing trait) */
		return check_core_clone_call(s, e);
	const AstTraitFn *tf = NULL;
	int fi = tr ? nameix_find(&tr->fn_ix, m, strlen(m), trait_fn_key, tr->fns) : -1;
	if (fi >= 0)
		tf = &tr->fns[fi];
	if (!tf)
		error_at(s, e->line, e->col, "expected a type, found a trait");
	if (tf->self_kind == SELF_NONE)
		error_at(s, e->line, e->col,
		         "cannot call associated function on trait without specifying the corresponding `impl` type");
	if (e->nargs != tf->nparams + 1)
		error_at(s, e->line, e->col, "this function takes %d argument%s but %d argument%s supplied", tf->nparams + 1,
		         tf->nparams == 0 ? "" : "s", e->nargs, e->nargs == 1 ? " was" : "s were");
	AstExpr *a0 = e->args[0];
	AstType t = shallow(s, check_expr(s, a0, NULL));
	bool by_ref = tf->self_kind != SELF_VALUE;
	if (by_ref && (!ast_type_is_ref(t) || (t.kind == ATY_REF_MUT) != (tf->self_kind == SELF_REF_MUT)))
		error_at(s, a0->line, a0->col, "a trait path call whose first argument is not `%s` is not supported",
		         tf->self_kind == SELF_REF_MUT ? "&mut _" : "&_");
	AstType st = by_ref ? shallow(s, ast_ref_pointee(t)) : t;
	bool item_enum = st.kind == ATY_ENUM && !(st.id & AST_ENUM_PARTIAL) && !s->prog->enums[ast_enum_index(st)]->generic;
	if (st.kind != ATY_STRUCT && !item_enum)
		error_at(s, a0->line, a0->col, "a trait path call on `%s` is not supported", type_str(s, st, true));
	AstType self = {st.kind, st.kind == ATY_ENUM ? ast_enum_index(st) : st.id};
	if (!s->assoc_cap)
		build_assoc_index(s);
	/* the impl fn by its name `<S as T>::m` (the (Self, m) chain holds every trait's m: a scan per call
	 * was quadratic), else by the chain */
	const char *self_name = st.kind == ATY_STRUCT ? s->prog->structs[self.id]->name : s->prog->enums[self.id]->name;
	uintptr_t *byname = namemap_find(&s->fn_names, arena_printf(s->scratch, "<%s as %s>::%s", self_name, tr->name, m));
	const AstFn *fn = byname && ((const AstFn *)*byname)->impl_id >= 0 &&
	                  s->prog->impls[((const AstFn *)*byname)->impl_id]->trait == tr ? (const AstFn *)*byname : NULL;
	for (int i = (int)*assoc_slot(s, self, m) - 1; i >= 0 && !fn; i = s->assoc_next[i] - 1)
		if (s->prog->impls[s->prog->fns[i]->impl_id]->trait == tr)
			fn = s->prog->fns[i];
	if (!fn)
		error_at(s, a0->line, a0->col, "the trait bound `%s: %s` is not satisfied", item_type_trimmed(s, self), tr->ident);
	e->callee = (AstFn *)fn;
	e->name = fn->name;
	if (by_ref)
		reborrow(s, a0, tf->self_kind == SELF_REF_MUT);
	for (int i = 1; i < e->nargs; i++)
		check_coercion_site(s, e->args[i], &fn->params[i]->ty);
	if (fn->is_async) {
		AstType ft = {ATY_FN_FUTURE, fn->id};
		return ft;
	}
	return fn->ret;
}

static AstType check_call(Sema *s, AstExpr *e)
{
	if (e->callee && ast_builtin_is_try(e->callee->builtin)) /* `?`'s (sema_generic.c) */
		return check_try_call(s, e);
	if (e->callee && ast_builtin_is_iter(e->callee->builtin)) /* for40: a `for` loop's (for_loop.c) */
		return check_iter_call(s, e);
	if (e->method) {
		check_method_receiver(s, e);
		AstFn *fn = e->callee;
		if (e->nargs != fn->nparams)
			error_at(s, e->op_line, e->op_col, "this method takes %d argument%s but %d argument%s supplied",
			         fn->nparams - 1, fn->nparams == 2 ? "" : "s", e->nargs - 1, e->nargs == 2 ? " was" : "s were");
		for (int i = 1; i < e->nargs; i++)
			check_coercion_site(s, e->args[i], &fn->params[i]->ty);
		if (fn->is_async) {
			AstType t = {ATY_FN_FUTURE, fn->id};
			return t;
		}
		return fn->ret;
	}
	const char *what = "struct", *trimmed = NULL;
	if (!e->callee && e->kind == EXPR_CALL) /* meth40: `u32::min(x, y)` (int_methods.c) */
		e->callee = core_int_path_fn(s, e);
	if (!e->callee && strstr(e->name, "::") && e->name[0] != '<') { /* `S::m` of a trait impl */
		if (!s->type_paths_built) { /* scope33: by name (each call scanned every struct and enum) */
			s->type_paths_built = true;
			for (int i = 0; i < s->prog->nstructs; i++)
				namemap_add(&s->struct_paths, s->prog->structs[i]->name, (uintptr_t)i + 1);
			for (int i = 0; i < s->prog->nenums; i++)
				if (!s->prog->enums[i]->generic)
					namemap_add(&s->enum_paths, s->prog->enums[i]->name, (uintptr_t)i + 1);
		}
		const char *sep = last_sep(e->name); /* items31: a type of a body is a path */
		const char *ty = arena_printf(s->scratch, "%.*s", (int)(sep - e->name), e->name);
		uintptr_t *st = namemap_find(&s->struct_paths, ty), *en = namemap_find(&s->enum_paths, ty);
		if (st) {
			AstType self = {ATY_STRUCT, (int)*st - 1};
			e->callee = (AstFn *)find_assoc_fn(s, e, self, sep + 2, false);
		}
		if (en && !e->callee) { /* items31: `E::m` */
			AstType self = {ATY_ENUM, (int)*en - 1};
			what = "enum";
			e->callee = (AstFn *)find_assoc_fn(s, e, self, sep + 2, false);
			trimmed = item_type_trimmed(s, self);
		} else if (st) {
			AstType self = {ATY_STRUCT, (int)*st - 1};
			trimmed = item_type_trimmed(s, self);
		}
	}
	if (!e->callee && trimmed && !strcmp(last_sep(e->name) + 2, "clone")) /* derive38: core's Clone::clone */
		error_at(s, e->line, e->col, "the trait bound `%s: Clone` is not satisfied", trimmed);
	if (!e->callee && !strncmp(e->name, "<_ as ", 6))
		return check_trait_path_call(s, e);
	if (!e->callee && e->name[0] == '<')
		error_at(s, e->op_line, e->op_col, "cannot find associated fn `%s`", e->name);
	if (!e->callee && strstr(e->name, "::")) {
		const char *sep = e->name[0] == '<' ? strstr(e->name, "::") : last_sep(e->name);
		error_at(s, e->op_line, e->op_col, "no %s named `%s` found for %s `%.*s` in the current scope",
		         !strcmp(what, "enum") ? "variant or associated item" : "function or associated item", sep + 2, what,
		         trimmed ? (int)strlen(trimmed) : (int)(sep - e->name), trimmed ? trimmed : e->name);
	}
	if (e->var)
		error_at(s, e->line, e->col, "expected function, found `%s`", type_str(s, e->var->ty, true));
	if (!e->callee && !strstr(e->name, "::")) /* a braced struct is a type only (rustc's E0423, in typeck's order) */
		for (int i = 0; i < s->prog->nstructs; i++)
			if (!strcmp(s->prog->structs[i]->name, e->name))
				error_at(s, e->line, e->col, "expected function, tuple struct or tuple variant, found struct `%s`",
				         e->name);
	if (!e->callee)
		error_at(s, e->line, e->col, "cannot find function `%s` in this scope", e->name);
	AstFn *fn = e->callee;
	if (e->nargs != fn->nparams)
		error_at(s, e->line, e->col, "this function takes %d argument%s but %d argument%s supplied",
		         fn->nparams, fn->nparams == 1 ? "" : "s", e->nargs, e->nargs == 1 ? " was" : "s were");
	for (int i = 0; i < e->nargs; i++)
		check_coercion_site(s, e->args[i], &fn->params[i]->ty);
	if (fn->is_async) {
		AstType t = {ATY_FN_FUTURE, fn->id};
		return t;
	}
	return fn->ret;
}

static AstType check_await(Sema *s, AstExpr *e)
{
	AstType t = shallow(s, check_expr(s, e->lhs, NULL));
	switch (t.kind) {
	case ATY_FN_FUTURE: return s->prog->fns[t.id]->ret;
	case ATY_BLOCK_FUTURE: return s->prog->async_blocks[t.id]->output;
	case ATY_YIELD_NOW: return ast_type(ATY_UNIT);
	case ATY_NEVER: return t;
	case ATY_VAR:
		if (!is_int_var(s, t))
			error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
		/* fallthrough */
	default:
		error_at(s, e->op_line, e->op_col, "`%s` is not a future", type_str(s, t, true));
	}
}

/* `e.name`: the field of a struct (rustc: check_field, E0609/E0610). */
static AstType check_deref_operand(Sema *s, AstExpr *e);

static AstType check_field(Sema *s, AstExpr *e)
{
	AstType t = check_deref_operand(s, e->lhs);
	while (ast_type_is_ref(t)) { /* auto-deref: `r.f` is `(*r).f`, `(*(*r)).f` through `&&S` (refref33) */
		AstExpr *d = new_implicit(s, EXPR_DEREF, e->lhs);
		d->lhs = e->lhs;
		d->is_place = true;
		d->ty = ast_ref_pointee(t);
		d->depth = e->lhs->depth + 1;
		e->lhs = d;
		e->is_place = true;
		t = shallow(s, d->ty);
	}
	if (t.kind == ATY_NEVER) /* `(return x).f`: rustc has no field on `!` either */
		error_at(s, e->op_line, e->op_col, "no field `%s` on type `!`", e->name);
	if (t.kind == ATY_VAR && !is_int_var(s, t))
		error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
	if (t.kind != ATY_STRUCT) {
		if (is_integral(s, t) || t.kind == ATY_BOOL)
			error_at(s, e->op_line, e->op_col, "`%s` is a primitive type and therefore doesn't have fields",
			         type_str(s, t, true));
		error_at(s, e->op_line, e->op_col, "no field `%s` on type `%s`", e->name, type_str(s, t, true));
	}
	const AstStruct *st = s->prog->structs[t.id];
	int i = ast_field_named(st->fields, st->nfields, &st->field_ix, e->name);
	if (i >= 0) {
		e->field = i;
		return st->fields[i].ty;
	}
	error_at(s, e->op_line, e->op_col, "no field `%s` on type `%s`", e->name, st->name);
}

/* `S { f: e, .. }` / `S(e, ..)` (rustc: check_expr_struct_fields, E0560, E0062, E0063, E0061). */
static AstType check_struct_expr(Sema *s, AstExpr *e)
{
	const AstStruct *st = e->strukt;
	bool *given = arena_alloc(s->scratch, (size_t)st->nfields + 1);
	if (e->ctor_call && e->ninits != st->nfields)
		error_at(s, e->line, e->col, "this struct takes %d argument%s but %d argument%s supplied", st->nfields,
		         st->nfields == 1 ? "" : "s", e->ninits, e->ninits == 1 ? " was" : "s were");
	for (int i = 0; i < e->ninits; i++) {
		AstFieldInit *in = &e->inits[i];
		if (in->name) {
			in->field = ast_field_named(st->fields, st->nfields, &st->field_ix, in->name);
			if (in->field < 0)
				error_at(s, in->line, in->col, "struct `%s` has no field named `%s`", st->name, in->name);
			if (given[in->field])
				error_at(s, in->line, in->col, "field `%s` specified more than once", in->name);
		}
		given[in->field] = true;
		check_expr(s, in->value, &st->fields[in->field].ty);
	}
	int nmissing = 0, first[3] = {0};
	for (int k = 0; k < st->nfields; k++)
		if (!given[k] && nmissing++ < 3)
			first[nmissing - 1] = k;
	const AstField *f = st->fields;
	if (nmissing == 1)
		error_at(s, e->line, e->col, "missing field `%s` in initializer of `%s`", f[first[0]].name, st->name);
	if (nmissing == 2)
		error_at(s, e->line, e->col, "missing fields `%s` and `%s` in initializer of `%s`", f[first[0]].name,
		         f[first[1]].name, st->name);
	if (nmissing == 3)
		error_at(s, e->line, e->col, "missing fields `%s`, `%s` and `%s` in initializer of `%s`",
		         f[first[0]].name, f[first[1]].name, f[first[2]].name, st->name);
	if (nmissing > 3)
		error_at(s, e->line, e->col, "missing fields `%s`, `%s`, `%s` and %d other field%s in initializer of `%s`",
		         f[first[0]].name, f[first[1]].name, f[first[2]].name, nmissing - 3, nmissing == 4 ? "" : "s",
		         st->name);
	AstType t = {ATY_STRUCT, st->id};
	return t;
}

/* ---- enums (issue 22 item 4) ---- */

/* `E::V(e, ..)` / `E::V { f: e, .. }` / `E::V` (the parser matched the fields to the variant's). */
static AstType check_generic_variant(Sema *s, AstExpr *e, const AstType *expect);

static AstType check_variant_expr(Sema *s, AstExpr *e, const AstType *expect)
{
	if (e->enm->generic)
		return check_generic_variant(s, e, expect);
	const AstVariant *v = &e->enm->variants[e->variant];
	for (int i = 0; i < e->nvinits; i++)
		check_expr(s, e->vinits[i].value, &v->fields[e->vinits[i].field].ty);
	AstType t = {ATY_ENUM, e->enm->id};
	return t;
}

/* ---- Option / Result (issue 22 item 4; the instances: sema_generic.c) ---- */

/* `Some(e)` / `None` / `Ok(e)` / `Err(e)`: the enum at fresh variables, the field
 * checked against its argument. With an instance expected whose argument there is a
 * reference (`let r: Option<&u32> = Some(&x)`), the argument is a coercion site
 * with that type (rustc's expected_inputs_for_expected_output): reborrowed. */
static AstType check_generic_variant(Sema *s, AstExpr *e, const AstType *expect)
{
	AstType t = generic_partial(s, e->enm->generic, e->line, e->col);
	AstGeneric g = GENERIC_NONE, eg = GENERIC_NONE;
	AstType args[2], hint[2];
	generic_args(s, t, &g, args);
	int k = generic_arg_of(g, e->variant);
	bool hinted = expect && expect != s->prior_arm && generic_args(s, shallow(s, *expect), &eg, hint) && eg == g &&
	              ast_type_is_ref(shallow(s, hint[k]));
	for (int i = 0; i < e->nvinits; i++) {
		if (hinted) {
			AstType want = shallow(s, hint[k]);
			check_coercion_site(s, e->vinits[i].value, &want);
			unify(s, args[k], want);
		} else {
			check_expr(s, e->vinits[i].value, &args[k]);
		}
	}
	return t;
}

/* A variant pattern's bindings typed by the fields they bind: v's, or the one type
 * `only` (an Option's or Result's argument while it may still be inferred). */
static void check_generic_pattern(Sema *s, const AstMatchArm *arm, AstPattern *pat, AstType scrutinee);

static void type_bindings(Sema *s, const AstMatchArm *arm, AstPattern *pat, const AstVariant *v, const AstType *only);

/* `Pair { a: 0, b }` / `P(x, _)` against a field of type ft (issue 22 item 4: a struct pattern
 * inside a variant pattern): rustc's E0026, E0025, E0027, E0023 and E0532; the fields' names
 * matched to the struct's here (the parser knows a struct declared further down by name only),
 * then the sub-patterns typed by the fields they match. */
static void check_struct_pattern(Sema *s, const AstMatchArm *arm, AstPattern *pat, AstType ft)
{
	const AstStruct *st = pat->strukt;
	AstType fs = shallow(s, ft);
	if (fs.kind != ATY_STRUCT || fs.id != st->id) {
		AstType pt = {ATY_STRUCT, st->id};
		mismatch(s, pat->line, pat->col, ft, pt);
	}
	if (pat->paren && !st->is_tuple)
		error_at(s, pat->line, pat->col, "expected tuple struct or tuple variant, found struct `%s`", st->name);
	if (pat->paren) {
		if (pat->nsubs > st->nfields || (!pat->rest && pat->nsubs != st->nfields))
			error_at(s, pat->line, pat->col,
			         "this pattern has %d field%s, but the corresponding tuple struct has %d field%s", pat->nsubs,
			         pat->nsubs == 1 ? "" : "s", st->nfields, st->nfields == 1 ? "" : "s");
	} else {
		bool *given = arena_alloc(s->scratch, (size_t)st->nfields + 1);
		for (int j = 0; j < pat->nsubs; j++) {
			AstSubPattern *sp = &pat->subs[j];
			sp->field = ast_field_named(st->fields, st->nfields, &st->field_ix, sp->name);
			if (sp->field < 0)
				error_at(s, sp->line, sp->col, "struct `%s` does not have a field named `%s`", st->name, sp->name);
			if (given[sp->field])
				error_at(s, sp->line, sp->col, "field `%s` bound multiple times in the pattern", sp->name);
			given[sp->field] = true;
		}
		for (int k = 0; k < st->nfields && !pat->rest; k++)
			if (!given[k])
				error_at(s, pat->line, pat->col, "pattern does not mention field `%s`", st->fields[k].name);
	}
	AstVariant fields = {.name = st->name, .fields = st->fields, .nfields = st->nfields, .is_tuple = st->is_tuple};
	type_bindings(s, arm, pat, &fields, NULL);
}

static void type_bindings(Sema *s, const AstMatchArm *arm, AstPattern *pat, const AstVariant *v, const AstType *only);

/* A field's nested pattern np against the field's type ft (issue 22 item 4: a variant pattern of
 * the field's enum, a struct pattern, a literal or range; `k @ p`'s subpattern too) */
static void type_nested(Sema *s, const AstMatchArm *arm, AstPattern *np, AstType ft)
{
	if (np->strukt) {
		check_struct_pattern(s, arm, np, ft);
		return;
	}
	if (ast_pattern_is_literal(np)) { /* `Some(0)`, `Ok(true)`: the field's type */
		AstType pt = np->is_bool ? ast_type(ATY_BOOL)
		           : np->suffix != ATY_VAR ? ast_type(np->suffix) : tv_new(s, true, NULL);
		if (!unify(s, pt, ft) || np->char_int_mix)
			pattern_mismatch(s, np, ft, pt);
		runtime_bound_types(s, np, ft);
		np->lit_ty = ft;
		return;
	}
	if (np->enm->generic) {
		check_generic_pattern(s, arm, np, ft);
		return;
	}
	AstType fs = shallow(s, ft);
	if (fs.kind != ATY_ENUM || np->enm->id != ast_enum_index(fs) || (fs.id & AST_ENUM_PARTIAL)) {
		AstType pt = {ATY_ENUM, np->enm->id};
		mismatch(s, np->line, np->col, ft, pt);
	}
	type_bindings(s, arm, np, &np->enm->variants[np->variant], NULL);
}

static void type_bindings(Sema *s, const AstMatchArm *arm, AstPattern *pat, const AstVariant *v, const AstType *only)
{
	for (int j = 0; j < pat->nsubs; j++) {
		AstSubPattern *sp = &pat->subs[j];
		AstType ft = only ? *only : v->fields[sp->field].ty;
		if (sp->deref) { /* `Some(&x)` (ergo29): rustc's check_pat_ref, E0308 at the `&` unless the field is
		                    a reference of that mutability; the rest against its pointee */
			AstType rt = shallow(s, ft);
			if (!ast_type_is_ref(rt) || (sp->deref == 2) != (rt.kind == ATY_REF_MUT))
				error_at(s, sp->line, sp->col, "mismatched types");
			ft = ast_ref_pointee(rt);
		}
		if (sp->or_pat) { /* issue 22 item 4: each alternative against the field; the later ones'
		                     bindings are the first one's variables (sema_resolve.c) */
			bool saved = s->or_alt;
			for (int k = 0; k < sp->or_pat->nalts; k++) {
				AstPattern one = {.line = sp->line, .col = sp->col, .subs = &sp->or_pat->alts[k], .nsubs = 1};
				s->or_alt = saved || k > 0;
				type_bindings(s, arm, &one, NULL, &ft);
			}
			s->or_alt = saved;
			continue;
		}
		if (sp->nested) /* issue 22 item 4; `k @ p` (issue 22): the binding is typed below */
			type_nested(s, arm, sp->nested, ft);
		if (!sp->var)
			continue;
		/* an or-pattern's later alternative binds the first one's variable (sema_resolve.c):
		 * the same type (rustc E0308 at the later binding) */
		AstType field_ty = ft;
		if (sp->var->by_ref) /* `ref x`: &T of the field's T (issue 22) */
			ft = ref_binding_type(s, sp->var, ft);
		for (AstSubPattern *in = sp; in; in = in->inner) { /* `Some(a @ b)` (bind30): each the field's */
			AstType bt = in == sp ? ft : in->var->by_ref ? ref_binding_type(s, in->var, field_ty) : field_ty;
			if (s->or_alt) {
				if (!unify(s, in->var->ty, bt))
					mismatch(s, in->line, in->col, in->var->ty, bt);
				continue;
			}
			in->var->ty = bt;
		}
	}
}

/* `Some(v)` / `None` / `Ok(v)` / `Err(e)` against the scrutinee: its instance's
 * variant, the binding typed by the argument the field holds */
static void check_generic_pattern(Sema *s, const AstMatchArm *arm, AstPattern *pat, AstType scrutinee)
{
	AstGeneric g = GENERIC_NONE;
	AstType args[2];
	if (!generic_args(s, scrutinee, &g, args) || g != pat->enm->generic)
		mismatch(s, pat->line, pat->col, scrutinee, generic_partial(s, pat->enm->generic, pat->line, pat->col));
	type_bindings(s, arm, pat, NULL, &args[generic_arg_of(g, pat->variant)]);
}

static AstType resolve_type(Sema *s, AstType t);

/* A nested pattern's base becomes the instance its field holds (issue 22 item 4:
 * `E::V(Some(x))`, `Some(Some(x))`), pat's enum already an instance or an item. */
static void finish_nested(Sema *s, AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++) {
		AstPattern *np = pat->subs[j].nested;
		for (int k = 0; pat->subs[j].or_pat && k < pat->subs[j].or_pat->nalts; k++) {
			/* an or-pattern's alternatives as pat's field j (issue 22 item 4: `Some(Some(1) | None)`) */
			AstSubPattern alt = pat->subs[j].or_pat->alts[k];
			alt.field = pat->subs[j].field;
			AstPattern one = *pat;
			one.subs = &alt;
			one.nsubs = 1;
			finish_nested(s, &one);
		}
		if (!np)
			continue;
		if (ast_pattern_is_literal(np)) {
			np->lit_ty = resolve_type(s, np->lit_ty);
			continue;
		}
		if (np->strukt) {
			finish_nested(s, np);
			continue;
		}
		if (np->enm->generic) {
			AstType ft = resolve_type(s, (pat->strukt ? pat->strukt->fields : pat->enm->variants[pat->variant].fields)[pat->subs[j].field].ty);
			if (pat->subs[j].deref && ast_type_is_ref(ft)) /* `Some(&Some(x))` (ergo29) */
				ft = resolve_type(s, ast_ref_pointee(ft));
			if (ft.kind == ATY_ENUM && !(ft.id & AST_ENUM_PARTIAL))
				np->enm = s->prog->enums[ast_enum_index(ft)];
		}
		finish_nested(s, np);
	}
}

/* After resolving: a value's and a pattern's base become the instance. */
static void finish_generic(Sema *s, AstExpr *e)
{
	if (e->kind == EXPR_VARIANT && e->enm->generic)
		e->enm = s->prog->enums[ast_enum_index(e->ty)];
	if (e->kind != EXPR_MATCH)
		return;
	AstType st = resolve_type(s, e->lhs->ty);
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (e->arms[i].pats[k].strukt)
				finish_nested(s, &e->arms[i].pats[k]);
			else if (e->arms[i].pats[k].enm) {
				if (e->arms[i].pats[k].enm->generic)
					e->arms[i].pats[k].enm = s->prog->enums[ast_enum_index(st)];
				finish_nested(s, &e->arms[i].pats[k]);
			}
}

/* `match x { E::V(a, _) => .., _ => .. }`: variant patterns of x's enum, their
 * bindings typed by the fields they bind (by value: a Copy field is copied). */
/* the patterns of a match on an enum (check_match_head) */
static void check_enum_match(Sema *s, AstExpr *e, AstType scrutinee)
{
	for (int i = 0; i < e->narms; i++) {
		const AstMatchArm *arm = &e->arms[i];
		for (int k = 0; k < arm->npats; k++) {
			AstPattern *pat = &arm->pats[k];
			s->or_alt = k > 0;
			if (pat->is_wildcard)
				continue;
			if (pat->strukt) { /* a struct pattern against an enum: mismatched types */
				check_struct_pattern(s, arm, pat, scrutinee);
				continue;
			}
			if (!pat->enm) {
				AstType pt = pat->is_bool ? ast_type(ATY_BOOL)
				           : pat->suffix != ATY_VAR ? ast_type(pat->suffix) : tv_new(s, true, NULL);
				pattern_mismatch(s, pat, scrutinee, pt);
			}
			if (pat->enm->generic) {
				check_generic_pattern(s, arm, pat, scrutinee);
				continue;
			}
			if (pat->enm->id != ast_enum_index(scrutinee) || (scrutinee.id & AST_ENUM_PARTIAL)) {
				AstType pt = {ATY_ENUM, pat->enm->id};
				mismatch(s, pat->line, pat->col, scrutinee, pt);
			}
			type_bindings(s, arm, pat, &pat->enm->variants[pat->variant], NULL);
		}
		s->or_alt = false;
	}
}

/* `match s { S { a: 0, .. } => .., P(x, _) => .. }` (issue 22 item 4: struct patterns at the
 * top): every pattern `_` or a struct pattern of the scrutinee's struct (rustc: a
 * PatKind::Leaf of the struct's one variant), its fields checked as inside a variant pattern. */
static void check_struct_match(Sema *s, AstExpr *e, AstType scrutinee)
{
	AstType st = shallow(s, scrutinee);
	for (int i = 0; i < e->narms; i++) {
		const AstMatchArm *arm = &e->arms[i];
		for (int k = 0; k < arm->npats; k++) {
			AstPattern *pat = &arm->pats[k];
			s->or_alt = k > 0;
			if (pat->is_wildcard)
				continue;
			if (pat->strukt) {
				check_struct_pattern(s, arm, pat, scrutinee);
				continue;
			}
			AstType pt = pat->enm ? (AstType){ATY_ENUM, pat->enm->id}
			           : pat->is_bool ? ast_type(ATY_BOOL)
			           : pat->suffix != ATY_VAR ? ast_type(pat->suffix) : tv_new(s, true, NULL);
			if (pat->enm && pat->enm->generic)
				pt = generic_partial(s, pat->enm->generic, pat->line, pat->col);
			mismatch(s, pat->line, pat->col, st, pt);
		}
		s->or_alt = false;
	}
}

static AstType return_type(Sema *s, AstExpr *e)
{
	return e->async_block ? e->async_block->output : s->fn->ret;
}

static AstType infer_expr(Sema *s, AstExpr *e)
{
	switch (e->kind) {
	case EXPR_INT:
		if (e->konst && e->konst->is_static) /* consts35: a static's address, `&'static T` */
			return ast_ref_type(e->konst->ty, false);
		if (ast_is_aggregate_const(e)) /* const39: a value of the const's struct, enum or array type */
			return e->konst->ty;
		return e->int_suffix != ATY_VAR ? ast_type(e->int_suffix) : tv_new(s, true, NULL);
	case EXPR_BOOL:
		return ast_type(ATY_BOOL);
	case EXPR_UNIT:
		return ast_type(ATY_UNIT);
	case EXPR_VAR:
		return e->var->ty;
	case EXPR_UNARY: {
		AstType t = check_expr(s, e->lhs, NULL);
		reject_ref_operand(s, e->lhs, t);
		AstType ts = shallow(s, t);
		bool ok = e->un_op == AOP_NEG ? is_integral(s, ts)
		                              : is_integral(s, ts) || ts.kind == ATY_BOOL;
		if (ts.kind == ATY_VAR && !is_int_var(s, ts))
			error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
		if (!ok && ts.kind != ATY_NEVER)
			error_at(s, e->line, e->col, "cannot apply unary operator `%s` to type `%s`",
			         e->un_op == AOP_NEG ? "-" : "!", type_str(s, ts, true));
		return t;
	}
	case EXPR_BINARY:
		return check_binary(s, e);
	case EXPR_ASSIGN: {
		check_place(s, e);
		AstType t = check_expr(s, e->lhs, NULL);
		check_coercion_site(s, e->rhs, &t);
		return ast_type(ATY_UNIT);
	}
	case EXPR_OP_ASSIGN:
		return check_op_assign(s, e);
	case EXPR_CAST:
		return check_cast(s, e);
	case EXPR_CALL:
		return check_call(s, e);
	case EXPR_AWAIT:
		return check_await(s, e);
	case EXPR_LOOP:
		return check_loop(s, e, NULL);
	case EXPR_WHILE: {
		AstType boolean = ast_type(ATY_BOOL), unit = ast_type(ATY_UNIT);
		check_expr(s, e->cond, &boolean);
		bool outer = s->diverges;
		check_block(s, e->block, &unit, e->block->line, e->block->col);
		s->diverges = outer;
		return unit;
	}
	case EXPR_BREAK:
		check_break(s, e);
		return ast_type(ATY_NEVER);
	case EXPR_CONTINUE:
	case EXPR_PANIC: /* mac40 */
		return ast_type(ATY_NEVER);
	case EXPR_RETURN: {
		AstType ret = return_type(s, e);
		if (e->lhs) {
			check_expr(s, e->lhs, &ret);
		} else if (!e->async_block && !unify(s, ast_type(ATY_UNIT), ret)) {
			error_at(s, e->line, e->col, "`return;` in a function whose return type is not `()`");
		} else {
			coerce(s, e->line, e->col, ast_type(ATY_UNIT), ret);
		}
		return ast_type(ATY_NEVER);
	}
	case EXPR_ASYNC: {
		AstAsyncBlock *ab = e->async_block;
		bool outer = s->diverges;
		ab->output = tv_new(s, false, NULL);
		check_block(s, ab->body, &ab->output, ab->body->line, ab->body->col);
		if (ast_type_is_ref(shallow(s, ab->output)))
			error_at(s, e->line, e->col, "returning a reference is not supported");
		s->diverges = outer;
		AstType t = {ATY_BLOCK_FUTURE, ab->id};
		return t;
	}
	case EXPR_FIELD:
		return check_field(s, e);
	case EXPR_STRUCT:
		return check_struct_expr(s, e);
	case EXPR_VARIANT:
		return check_variant_expr(s, e, NULL);
	case EXPR_REF:
		return check_ref(s, e);
	case EXPR_DEREF:
		return check_deref(s, e);
	case EXPR_ARRAY:
		return check_array_expr(s, e);
	case EXPR_REPEAT:
		return check_repeat_expr(s, e);
	case EXPR_INDEX:
		return check_index(s, e);
	case EXPR_BLOCK:
	case EXPR_IF:
	case EXPR_MATCH:
		break;
	}
	internal_error("infer_expr: kind %d", (int)e->kind);
}

/* Checks e; with expect, also coerces it there (reporting at the innermost
 * expression of a block tail / if or match arm, as rustc does). */
/* flow40: a loop or labeled block whose `break`s carry values: rustc's BreakableCtxt, its CoerceMany
 * the join of the breaks' values (and a block's tail), each coerced to the expectation or the first
 * one's type */
typedef struct BreakJoin {
	const AstExpr *target;
	Join j;
	struct BreakJoin *up;
} BreakJoin;

/* t is or holds a reference: through Option / Result arguments and array elements (the subset's
 * struct and enum items hold none) */
static bool break_value_holds_ref(Sema *s, AstType t, int depth)
{
	t = shallow(s, t);
	if (ast_type_is_ref(t) || depth > 64)
		return true;
	if (t.kind == ATY_ARRAY)
		return break_value_holds_ref(s, ast_array_elem(t), depth + 1);
	AstGeneric g;
	AstType args[2];
	if (t.kind != ATY_ENUM || !generic_args(s, t, &g, args))
		return false;
	return break_value_holds_ref(s, args[0], depth + 1) ||
	       (g == GENERIC_RESULT && break_value_holds_ref(s, args[1], depth + 1));
}

/* `break ['a] [value]`: the value (`()` without one) joins its target's type */
static void check_break(Sema *s, AstExpr *e)
{
	BreakJoin *bj = s->break_joins;
	while (bj && bj->target != e->loop)
		bj = bj->up;
	if (!bj) { /* an error of resolve left it without a target */
		if (e->lhs)
			check_expr(s, e->lhs, NULL);
		return;
	}
	bool outer = s->diverges;
	if (e->lhs) {
		join_arm(s, &bj->j, NULL, e->lhs);
		/* flow40's borrow checker carries a loan out of a break's value only when the break is its
		 * target's body's tail; one elsewhere was dropped there (a wrong acceptance, rustc: E0506): refused */
		if (bj->target->block && bj->target->block->tail != e && break_value_holds_ref(s, e->lhs->ty, 0))
			error_at(s, e->lhs->line, e->lhs->col, "a `break` value holding a reference is not supported");
	} else {
		AstType unit = ast_type(ATY_UNIT);
		const AstType *want = bj->j.expect ? bj->j.expect : bj->j.have ? &bj->j.ty : NULL;
		if (want)
			coerce(s, e->line, e->col, unit, *want);
		if (!bj->j.have) {
			bj->j.ty = want ? *want : unit;
			bj->j.have = true;
		}
	}
	s->diverges = outer;
}

/* `loop { .. }` (its type the join of its breaks' values, `!` without a break) and a labeled block
 * `'a: { .. }` (its tail's and its breaks'): rustc's check_expr_loop and check_block_with_expected's
 * breakable context. A labeled block without an expectation joins to a fresh variable, so that its
 * tail is coerced to what its breaks gave. */
static AstType check_loop(Sema *s, AstExpr *e, const AstType *expect)
{
	BreakJoin bj = {e, {expect, {ATY_NEVER, 0}, false, unresolved_expect(s, expect),
	                    "mismatched types"}, s->break_joins};
	bool outer = s->diverges;
	s->break_joins = &bj;
	AstType t;
	if (e->kind == EXPR_LOOP) {
		AstType unit = ast_type(ATY_UNIT);
		check_block(s, e->block, &unit, e->block->line, e->block->col);
		t = !e->has_break ? ast_type(ATY_NEVER) : bj.j.have ? bj.j.ty : all_diverge_type(s, expect);
		s->diverges = outer || !e->has_break;
	} else {
		AstType v = expect ? *expect : tv_new(s, false, NULL);
		bj.j.expect = &v;
		t = check_block(s, e->block, &v, e->block->line, e->block->col);
		if (e->has_break) {
			t = v;
			s->diverges = outer;
		}
	}
	s->break_joins = bj.up;
	return t;
}

static AstType check_expr(Sema *s, AstExpr *e, const AstType *expect)
{
	AstType t;
	switch (e->kind) {
	case EXPR_BLOCK:
		if (e->name)
			t = check_loop(s, e, expect);
		else
			t = check_block(s, e->block, expect, e->block->line, e->block->col);
		break;
	case EXPR_LOOP:
		t = check_loop(s, e, expect);
		if (expect)
			coerce(s, e->line, e->col, t, *expect);
		break;
	case EXPR_IF:
		t = check_if(s, e, expect);
		break;
	case EXPR_MATCH:
		t = check_match(s, e, expect);
		break;
	default: /* a variant value takes the expected type as a hint for its argument */
		t = e->kind == EXPR_VARIANT ? check_variant_expr(s, e, expect) : infer_expr(s, e);
		if (expect && expect == s->arm_expect && !is_never(s, t) && !unify(s, t, *expect))
			mismatch_msg(s, s->arm_mismatch, e->line, e->col, *expect, t);
		if (expect)
			coerce(s, e->line, e->col, t, *expect);
		break;
	}
	e->ty = t;
	check_ref_kind(s, e, t);
	if (is_never(s, t))
		s->diverges = true;
	return t;
}

/* Replaces inference variables by what they were inferred to be, with
 * rustc's fallbacks: integer -> i32, anything else -> (). */
static AstType resolve_type(Sema *s, AstType t)
{
	t = shallow(s, t);
	if (t.kind == ATY_ENUM && (t.id & AST_ENUM_PARTIAL))
		return generic_resolve(s, t);
	if (ast_type_is_ref(t))
		return ast_ref_type(resolve_type(s, ast_ref_pointee(t)), t.kind == ATY_REF_MUT);
	if (t.kind == ATY_ARRAY)
		return ast_array_type(resolve_type(s, ast_array_elem(t)), ast_array_len(t));
	if (t.kind != ATY_VAR)
		return t;
	AstType fallback = ast_type(is_int_var(s, t) ? ATY_I32 : ATY_UNIT);
	AstVar *let = s->tvs[t.id].let;
	if (let && !is_int_var(s, t) && !s->tvs[t.id].diverging)
		error_at(s, let->line, let->col, "type annotations needed");
	s->tvs[t.id].bound = fallback;
	return fallback;
}

static void finish_expr(Sema *s, AstExpr *e);

/* rustc's name of a moved place (describe_place): `x`, `w.s.k` (named fields of a variable, no deref);
 * false for any other initializer */
static bool let_place_name(const Sema *s, const AstExpr *e, char *buf, size_t n)
{
	if (e->kind == EXPR_VAR)
		return (size_t)snprintf(buf, n, "%s", e->var->name) < n;
	if (e->kind != EXPR_FIELD || e->lhs->ty.kind != ATY_STRUCT || s->prog->structs[e->lhs->ty.id]->is_tuple ||
	    !let_place_name(s, e->lhs, buf, n))
		return false;
	size_t len = strlen(buf);
	return len + strlen(e->name) + 2 <= n && (snprintf(buf + len, n - len, ".%s", e->name), true);
}

static void let_at_patterns(Sema *s, const void *arg)
{
	const AstStmt *st = arg;
	check_at_patterns(s, st->let_arm, st->expr);
}

/* pat35: a parameter's pattern `&P` (parse.c parse_pattern_param) binding a field by value that is not
 * Copy: rustc's E0507 names no place (its `_1` has none), at the pattern's `&`; the borrow checker
 * would name the parameter's `__argK` */
static void param_pattern_moves(Sema *s, const AstStmt *st)
{
	const AstExpr *e = st->expr;
	if (!e || !ast_deref_is_ergo(e) || e->lhs->kind != EXPR_VAR || e->lhs->var->kind != VAR_PARAM ||
	    !ast_fn_pattern_param(s->fn, e->lhs->var->id))
		return;
	if (ast_arm_first_move(s->prog, st->let_arm, 0))
		defer_move_error(s, st->let_arm->pats[0].hi_line, st->let_arm->pats[0].hi_col, "cannot move out of a %s reference",
		                 e->lhs->ty.kind == ATY_REF_MUT ? "mutable" : "shared");
}

/* A `let`'s pattern once types are known (issue 22): a generic variant's base the instance the
 * initializer holds, nested ones the instances their fields hold; then rustc's E0005 */
static void finish_let_pattern(Sema *s, AstStmt *st)
{
	param_pattern_moves(s, st);
	AstType ty = st->expr && !st->has_type ? st->expr->ty : resolve_type(s, st->annot);
	for (int k = 0; k < st->let_arm->npats; k++) {
		AstPattern *pat = &st->let_arm->pats[k];
		if (pat->enm && pat->enm->generic && ty.kind == ATY_ENUM && !(ty.id & AST_ENUM_PARTIAL))
			pat->enm = s->prog->enums[ast_enum_index(ty)];
		finish_nested(s, pat);
	}
	/* bind29: check_let's pattern checks, then irrefutability; warn33: their errors are MIR borrowck's
	 * in rustc (deferred: the fn's checks go on) */
	sema_defer(s, let_at_patterns, st);
	if (ast_let_else(st)) /* flow40: refutable by design (irrefutable ones are refused: check_let_else) */
		return;
	if (st->let_arm->tops && !ast_type_is_copy(s->prog, ty) && !st->let_arm->tops[0].var->by_ref) {
		/* bind29: the whole initializer moved; a binding below moving a field of it first is rustc's
		 * E0382 "use of partially moved value", a binding after `@` moving it first "use of moved
		 * value" (bind30), at the top binding, the place named as rustc's describe_place: a variable
		 * or a path of named fields of one */
		const AstSubPattern *first = ast_pattern_first_move(s->prog, &st->let_arm->pats[0]);
		const AstSubPattern *top = &st->let_arm->tops[0];
		char name[256];
		if ((first || top->inner) && !(first && top->inner) && let_place_name(s, st->expr, name, sizeof name))
			defer_move_error(s, top->line, top->col,
			                 top->inner ? "use of moved value: `%s`" : "use of partially moved value: `%s`", name);
		else if (first || top->inner)
			error_at(s, top->line, top->col, "a `let` pattern moving a value twice is not supported");
	}
	exhaustive_let(s, st->let_arm, ty);
}

static void finish_block(Sema *s, AstBlock *b)
{
	b->ty = resolve_type(s, b->ty);
	visit_block(s, b, finish_expr);
	for (int i = 0; i < b->nstmts; i++) /* issue 22: `let` patterns */
		if (b->stmts[i].kind == ASTMT_LET && b->stmts[i].let_arm)
			finish_let_pattern(s, &b->stmts[i]);
}

static void finish_expr(Sema *s, AstExpr *e)
{
again:
	e->ty = resolve_type(s, e->ty);
	check_array_size(s, e->ty, e->line, e->col);
	finish_generic(s, e);
	switch (e->kind) {
	case EXPR_UNARY:
		finish_expr(s, e->lhs);
		if (e->un_op == AOP_NEG && ast_type_is_int(e->ty) && !ast_type_is_signed(e->ty))
			error_at(s, e->line, e->col, "cannot apply unary operator `-` to type `%s`",
			         ast_type_name(e->ty));
		return;
	case EXPR_BLOCK: case EXPR_LOOP: case EXPR_WHILE: case EXPR_IF:
		finish_block(s, e->block);
		if (e->cond)
			finish_expr(s, e->cond);
		if (e->els) { /* an else-if chain in a loop (issue 23) */
			e = e->els;
			goto again;
		}
		return;
	case EXPR_MATCH: /* an if-let chain in a loop (iflet25) */
		admit_double_borrow(s, e);
		if ((e = visit_match_head(s, e, finish_expr)))
			goto again;
		return;
	case EXPR_ASYNC:
		e->async_block->output = resolve_type(s, e->async_block->output);
		finish_block(s, e->async_block->body);
		return;
	case EXPR_BINARY:
		visit_children(s, e, finish_expr);
		if (e->method) /* cmp39: core's `==` .. */
			finish_core_cmp(s, e);
		else if (e->bin_op >= AOP_EQ && e->bin_op <= AOP_GE && core_cmp_type(s, resolve_type(s, e->lhs->ty)))
			error_at(s, e->op_line, e->op_col, /* typed after the comparison was: built as a scalar one */
			         "comparing values of type `%s` inferred after the comparison is not supported",
			         type_str(s, resolve_type(s, e->lhs->ty), true));
		return;
	case EXPR_REPEAT: /* rustc: E0277, a repeat of more than one element copies it */
		visit_children(s, e, finish_expr);
		if (e->int_value > 1 && !ast_type_is_copy(s->prog, e->lhs->ty))
			error_at(s, e->lhs->line, e->lhs->col, "the trait bound `%s: Copy` is not satisfied",
			         type_str(s, e->lhs->ty, false));
		return;
	default:
		visit_children(s, e, finish_expr);
	}
}

/* for sema_generic.c */
AstType typeck_var(Sema *s) { return tv_new(s, false, NULL); }
AstType typeck_expr(Sema *s, AstExpr *e, const AstType *expect) { return check_expr(s, e, expect); }
AstType typeck_shallow(Sema *s, AstType t) { return shallow(s, t); }
bool typeck_unify(Sema *s, AstType a, AstType b) { return unify(s, a, b); }
const char *typeck_type_str(Sema *s, AstType t, bool in_code) { return type_str(s, t, in_code); }
AstType typeck_resolve(Sema *s, AstType t) { return resolve_type(s, t); }
void typeck_coercion_site(Sema *s, AstExpr *e, const AstType *expect) { check_coercion_site(s, e, expect); }
bool typeck_unbound(Sema *s, AstType t)
{
	t = shallow(s, t);
	return t.kind == ATY_VAR && !is_int_var(s, t);
}

void typeck_fn(Sema *s, AstFn *fn)
{
	const Diag *loop_error = s->loop_errors[fn->id];
	if (loop_error && loop_error->failed)
		error_at(s, loop_error->line, loop_error->col, "%s", diag_msg(loop_error));
	s->fn = fn;
	s->ntv = 0;
	s->diverges = false;
	for (int i = 0; i < fn->nvars; i++)
		if (fn->vars[i]->kind == VAR_LET)
			fn->vars[i]->ty = fn->vars[i]->ty.kind == ATY_VAR && fn->vars[i]->ty.id == OR_OWN_TYPE.id
			                    ? tv_new(s, false, NULL) : ast_type(ATY_UNIT);
	s->ncasts = 0;
	s->nranges = 0;
	check_block(s, fn->body, &fn->ret, fn->ret_line, fn->ret_col);
	check_casts(s);
	for_finish_ranges(s);
	generic_check_let_patterns(s);
	/* lets first, so that "type annotations needed" points at the binding */
	for (int i = 0; i < fn->nvars; i++) {
		fn->vars[i]->ty = resolve_type(s, fn->vars[i]->ty);
		check_array_size(s, fn->vars[i]->ty, fn->vars[i]->line, fn->vars[i]->col);
	}
	finish_block(s, fn->body);
}

/* ====================================================================== */
/* 3. Captures of async blocks                                            */
/* ====================================================================== */

typedef enum { ACCESS_READ, ACCESS_WRITE, ACCESS_MOVE } Access;
/* How a pattern's binding uses its place (rustc 2021's walk_pat): a `ref` binding borrows it (a
 * capture by ref), `ref mut` mutably (by mut ref), else a copy or a move (issue 22) */
static Access binding_access(const AstProgram *p, const AstVar *v)
{
	if (v->by_ref)
		return v->by_ref == BY_REF_MUT ? ACCESS_WRITE : ACCESS_READ;
	return ast_type_is_copy(p, v->ty) ? ACCESS_READ : ACCESS_MOVE;
}

bool declared_inside(const AstVar *v, const AstAsyncBlock *ab)
{
	for (const AstAsyncBlock *o = v->owner; o; o = o->parent)
		if (o == ab)
			return true;
	return false;
}

static AstCaptureMode capture_mode(Access a, bool is_move)
{
	if (is_move || a == ACCESS_MOVE)
		return CAPTURE_BY_VALUE;
	return a == ACCESS_WRITE ? CAPTURE_BY_MUT_REF : CAPTURE_BY_REF;
}

/* by ref < by mut ref < by value */
static int capture_strength(AstCaptureMode m)
{
	return m == CAPTURE_BY_VALUE ? 2 : m == CAPTURE_BY_MUT_REF ? 1 : 0;
}

/* rustc's closure_saved_names_of_captured_variables: the place's symbol (`x`,
 * `x__f__g`: var_ident then `__field` per field), `_ref__` before it when by
 * reference. */
static const char *upvar_name(Sema *s, const AstCapture *c)
{
	size_t n = strlen(c->var->name) + 8;
	for (int k = 0; k < c->npath; k++)
		n += strlen(c->path_name[k]) + 2;
	char *buf = arena_alloc(s->prog->arena, n);
	int at = snprintf(buf, n, "%s%s", c->mode == CAPTURE_BY_VALUE ? "" : "_ref__", c->var->name);
	for (int k = 0; k < c->npath; k++)
		at += snprintf(buf + at, n - (size_t)at, "__%s", c->path_name[k]);
	return buf;
}

/* A captured place: a variable and a path of struct fields below it. */
typedef struct {
	AstExpr *root, *place; /* the EXPR_VAR, and the expression naming the place */
	int n;
	int path[CAPTURE_PATH_MAX];
	AstType ty[CAPTURE_PATH_MAX];
	const char *name[CAPTURE_PATH_MAX];
} CapPlace;

/* e = x.f.g (fields of structs over a variable use): its place, or false. */
static bool field_place_of(AstExpr *e, CapPlace *cp)
{
	int depth = 0;
	const AstExpr *r = e;
	while (r->kind == EXPR_FIELD && r->lhs->ty.kind == ATY_STRUCT) {
		depth++;
		r = r->lhs;
	}
	if (r->kind != EXPR_VAR || r->mention_only || depth == 0 || depth > CAPTURE_PATH_MAX)
		return false;
	cp->root = (AstExpr *)r;
	cp->place = e;
	cp->n = depth;
	AstExpr *q = e;
	for (int k = depth - 1; k >= 0; k--, q = q->lhs) {
		cp->path[k] = q->field;
		cp->ty[k] = q->ty;
		cp->name[k] = q->name;
	}
	return true;
}

/* a is b or an ancestor of it */
static bool path_prefix(const int *a, int na, const int *b, int nb)
{
	if (na > nb)
		return false;
	for (int k = 0; k < na; k++)
		if (a[k] != b[k])
			return false;
	return true;
}

/* rustc's compute_min_captures, applied as each place is captured: the place
 * joins a capture of itself or of an ancestor (the kind the stronger one), or
 * replaces the captures of its descendants (their kinds joined into it; the
 * variable keeps its rank). Returns the capture now holding the place. */
static int capture_merge(Sema *s, AstAsyncBlock *ab, const CapPlace *cp, AstCaptureMode mode, int line, int col)
{
	AstVar *v = cp->root->var;
	for (int i = 0; i < ab->ncaptures; i++) {
		AstCapture *c = &ab->captures[i];
		if (c->var == v && path_prefix(c->path, c->npath, cp->path, cp->n)) {
			if (capture_strength(mode) > capture_strength(c->mode))
				c->mode = mode;
			return i;
		}
	}
	int rank = -1, maxrank = -1, k = 0;
	for (int i = 0; i < ab->ncaptures; i++) {
		AstCapture c = ab->captures[i];
		if (c.rank > maxrank)
			maxrank = c.rank;
		if (c.var == v)
			rank = c.rank;
		if (c.var == v && path_prefix(cp->path, cp->n, c.path, c.npath)) {
			if (capture_strength(c.mode) > capture_strength(mode))
				mode = c.mode;
			continue;
		}
		ab->captures[k++] = c;
	}
	ab->ncaptures = k;
	AstCapture *c = VEC_PUSH(s->prog->arena, ab->captures, ab->ncaptures, ab->captures_cap);
	memset(c, 0, sizeof *c);
	c->var = v;
	c->mode = mode;
	c->line = line;
	c->col = col;
	c->place = cp->place;
	c->npath = cp->n;
	for (int j = 0; j < cp->n; j++) {
		c->path[j] = cp->path[j];
		c->path_ty[j] = cp->ty[j];
		c->path_name[j] = cp->name[j];
	}
	c->rank = rank >= 0 ? rank : maxrank + 1;
	return ab->ncaptures - 1;
}

/* Records that cp's place is accessed; every async block between the use and
 * the declaration captures it (the outer one the place the inner captured). */
static void note_place(Sema *s, CapPlace cp, Access access)
{
	AstVar *v = cp.root->var;
	bool innermost = true;
	if (s->async_block && !declared_inside(v, s->async_block) && ast_type_is_ref(v->ty))
		error_at(s, cp.place->line, cp.place->col, "a reference captured by an async block is not supported");
	for (AstAsyncBlock *ab = s->async_block; ab && !declared_inside(v, ab); ab = ab->parent) {
		AstCaptureMode mode = capture_mode(access, ab->is_move);
		int i = capture_merge(s, ab, &cp, mode, cp.place->line, cp.place->col);
		if (innermost)
			cp.root->upvar = 0; /* captured (the builder finds the capture by its place) */
		innermost = false;
		/* what the enclosing body sees: the block itself uses the captured place */
		const AstCapture *c = &ab->captures[i];
		cp.n = c->npath;
		cp.place = c->place;
		if (ab->is_move || c->mode == CAPTURE_BY_VALUE)
			access = ast_type_is_copy(s->prog, capture_type(c)) ? ACCESS_READ : ACCESS_MOVE;
		else
			access = c->mode == CAPTURE_BY_MUT_REF ? ACCESS_WRITE : ACCESS_READ;
	}
}

static void note_access(Sema *s, AstExpr *e, Access access)
{
	CapPlace cp = {.root = e, .place = e, .n = 0};
	note_place(s, cp, access);
}

/* A place expression accessed as a whole (read, written, borrowed): a variable
 * or a field path below one is captured as that place; anything else is walked. */
static void capture_expr(Sema *s, AstExpr *e);
static void capture_place_expr(Sema *s, AstExpr *e, Access access)
{
	CapPlace cp;
	if (e->kind == EXPR_VAR && !e->mention_only)
		note_access(s, e, access);
	else if (e->kind == EXPR_FIELD && field_place_of(e, &cp))
		note_place(s, cp, access);
	else
		capture_expr(s, e);
}

/* Sorts each block's captures as rustc orders its min captures: by variable (its
 * first capture), then by field indices (upvar.rs sorts each variable's list). */
static void capture_order(AstAsyncBlock *ab)
{
	for (int i = 1; i < ab->ncaptures; i++)
		for (int j = i; j > 0; j--) {
			AstCapture *a = &ab->captures[j - 1], *b = &ab->captures[j];
			bool swap = a->rank > b->rank;
			if (a->rank == b->rank)
				for (int k = 0; k < a->npath && k < b->npath; k++)
					if (a->path[k] != b->path[k]) {
						swap = a->path[k] > b->path[k];
						break;
					}
			if (!swap)
				break;
			AstCapture t = *a;
			*a = *b;
			*b = t;
		}
}

/* Whether arm a moves a value out of the scrutinee: a binding by value of a
 * type that is not Copy (walk_pat: consume, not copy). */
static bool arm_moves(const AstProgram *p, const AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++) /* the top binding too (tops28: it moves the whole place) */
		if (ast_arm_first_move(p, a, k))
			return true;
	return false;
}

static void first_ref_mut(const AstSubPattern *sp, void *cx)
{
	if (sp->var->by_ref == BY_REF_MUT)
		*(bool *)cx = true;
}

/* Whether arm a binds by `ref mut` (walk_pat: a mutable borrow of the place, issue 22; the top binding's
 * chain too, `a @ ref mut b`, bind31) */
static bool arm_borrows_mut(const AstMatchArm *a)
{
	bool any = false;
	for (int k = 0; k < a->npats; k++)
		ast_arm_each_binding(a, k, first_ref_mut, &any);
	return any;
}

/* Whether matching arm a reads the scrutinee's place, as rustc's ExprUseVisitor
 * walks a pattern (walk_pat): a literal or a variant of an enum of several
 * variants (its discriminant) does, and so does a binding; `_` does not. (A
 * variant of a one-variant enum reads only through its bindings: sema rejects
 * such a match inside a block that captures the enum, capture_expr.) */
static bool arm_reads_scrutinee(const AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++)
		if (!a->pats[k].is_wildcard || ast_arm_top(a, k)) /* a binding copies the whole place (bind27) */
			return true;
	return false;
}

/* `match w { W::A(x, _) => .. }`, w (or a field path) of a one-variant enum: its
 * pattern reads no discriminant (walk_pat: not a multi-variant ADT), so only the
 * bindings' places are captured, through the variant: `(w as A).0` copied (by `&`,
 * rustc's `_ref__w__0`) or consumed (by value, `w__1`); `_` captures nothing (sema
 * admits one arm of one pattern, its fields bindings or `_`). */
static void capture_one_variant_match(Sema *s, AstExpr *e, CapPlace cp)
{
	for (int i = 0; i < e->narms; i++) {
		for (int k = 0; k < e->arms[i].npats; k++) {
			const AstPattern *pat = &e->arms[i].pats[k];
			for (const AstSubPattern *in = ast_arm_top(&e->arms[i], k) ? &e->arms[i].tops[k] : NULL; in;
			     in = in->inner) /* bind27: walk_pat's binding of the whole place; `a @ ref b` (bind30) */
				note_place(s, cp, binding_access(s->prog, in->var));
			if (!pat->enm)
				continue;
			const AstVariant *var = &pat->enm->variants[pat->variant];
			for (int j = 0; j < pat->nsubs; j++) {
				const AstSubPattern *sp = &pat->subs[j];
				if (!sp->var)
					continue;
				if (cp.n == CAPTURE_PATH_MAX)
					error_at(s, sp->line, sp->col, "a captured place more than %d fields deep is not supported",
					         CAPTURE_PATH_MAX);
				CapPlace f = cp;
				f.path[f.n] = sp->field;
				f.ty[f.n] = var->fields[sp->field].ty;
				f.name[f.n] = var->fields[sp->field].name;
				f.n++;
				note_place(s, f, binding_access(s->prog, sp->var));
			}
		}
		if (e->arms[i].guard) /* walk_arm: the pattern, the guard, the body (guard27) */
			capture_expr(s, e->arms[i].guard);
		if (!e->if_let || i == 0) /* an if-let's else: capture_expr's chain loop */
			capture_expr(s, e->arms[i].body);
	}
}

/* v is a variable of a body enclosing the async block being walked */
static bool outer_var(const Sema *s, const AstVar *v)
{
	return s->async_block && !declared_inside(v, s->async_block);
}

/* The pattern of the `let` statement whose initializer e is (visit_block's statement). */
static const AstPattern *let_pattern_of(const Sema *s, const AstExpr *e)
{
	IR_ASSERT(s->visit_stmt && s->visit_stmt->expr == e && s->visit_stmt->pat);
	return s->visit_stmt->pat;
}

/* A struct (or a field of one) matched by a struct pattern inside an async block
 * (issue 22 item 4), as rustc 1.95's ExprUseVisitor walks the pattern (walk_pat over
 * cat_pattern: a pattern, then its subpatterns in the order written): a struct
 * pattern, or a variant of a one-variant enum, reads nothing of its own (not a
 * multi-variant ADT); a variant of an enum of several variants borrows its place
 * (the discriminant), a literal or range borrows the place it is compared with, a
 * binding copies (by `&`) or consumes (by value) its place, `_` and `..` read
 * nothing. So edition 2021 captures the places the pattern reads, `s.a`, `o.p.1`,
 * `(r.w as A).0`, not the struct; compute_min_captures merges them
 * (capture_merge): a place below a read enum joins it. */
static void capture_subpattern_at(Sema *s, const CapPlace *at, const AstSubPattern *sp);

/* `base.name`, the field place a struct pattern's field pattern sp matches: the
 * expression a capture of it names (AstCapture.place) */
static AstExpr *pattern_field_expr(Sema *s, AstExpr *base, const AstSubPattern *sp, const char *name, AstType ty)
{
	AstExpr *e = arena_alloc(s->prog->arena, sizeof *e);
	e->kind = EXPR_FIELD;
	e->line = sp->line;
	e->col = sp->col;
	e->upvar = -1;
	e->int_suffix = ATY_VAR;
	e->depth = base->depth + 1;
	e->is_place = true;
	e->lhs = base;
	e->name = name;
	e->field = sp->field;
	e->ty = ty;
	return e;
}

static void capture_pattern_at(Sema *s, const CapPlace *at, const AstPattern *pat)
{
	if (pat->is_wildcard)
		return;
	if (!pat->strukt && (!pat->enm || pat->enm->nvariants > 1))
		note_place(s, *at, ACCESS_READ); /* a discriminant, a literal, a range */
	if (!pat->strukt && !pat->enm)
		return;
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (!sp->var && !sp->nested && !sp->or_pat)
			continue; /* `_` */
		if (at->n == CAPTURE_PATH_MAX)
			error_at(s, sp->line, sp->col, "a captured place more than %d fields deep is not supported",
			         CAPTURE_PATH_MAX);
		const AstField *fd = pat->strukt ? &pat->strukt->fields[sp->field]
		                                 : &pat->enm->variants[pat->variant].fields[sp->field];
		CapPlace f = *at;
		f.path[f.n] = sp->field;
		f.ty[f.n] = sp->var && !sp->var->by_ref ? sp->var->ty : fd->ty; /* the field place's, not `ref`'s &T */
		f.name[f.n] = fd->name;
		f.n++;
		if (pat->strukt) /* the place named `s.g` at the field's pattern (the borrow checker's errors) */
			f.place = pattern_field_expr(s, at->place, sp, fd->name, f.ty[f.n - 1]);
		capture_subpattern_at(s, &f, sp);
	}
}

/* sub-pattern sp matched against the place at (an or-pattern: each alternative there) */
static void capture_subpattern_at(Sema *s, const CapPlace *at, const AstSubPattern *sp)
{
	for (const AstSubPattern *in = sp->var ? sp : NULL; in; in = in->inner) /* `Some(a @ b)`: a, b (bind30) */
		note_place(s, *at, binding_access(s->prog, in->var));
	if (sp->nested) /* `k @ p` (issue 22): walk_pat walks the subpattern after the binding */
		capture_pattern_at(s, at, sp->nested);
	else if (sp->or_pat)
		for (int k = 0; k < sp->or_pat->nalts; k++)
			capture_subpattern_at(s, at, &sp->or_pat->alts[k]);
}

/* bind31: the initializer e of a `let` whose top binding's chain holds a `ref` one (`let ref mut m @ p =
 * x;`, `let ref r @ Some(_) = o;` of a value that is not Copy), a place of an enclosing body: rustc's
 * walk_local walks the pattern over it (walk_pat): each top binding borrows, copies or moves the
 * whole place, then the pattern's tests and bindings their places (capture_pattern_at) */
static bool let_top_ref_capture(Sema *s, AstExpr *e)
{
	const AstStmt *st = s->visit_stmt;
	if (!st || st->expr != e || !st->let_arm || !st->let_arm->tops || e->mention_only)
		return false;
	const AstMatchArm *a = st->let_arm;
	bool refs = false;
	for (int k = 0; k < a->npats; k++)
		for (const AstSubPattern *in = ast_arm_top(a, k) ? &a->tops[k] : NULL; in; in = in->inner)
			refs |= in->var->by_ref != BY_VALUE;
	CapPlace cp = {.root = e, .place = e, .n = 0};
	if (!refs || !(e->kind == EXPR_VAR || field_place_of(e, &cp)) || !outer_var(s, cp.root->var))
		return false;
	for (int k = 0; k < a->npats; k++) {
		for (const AstSubPattern *in = ast_arm_top(a, k) ? &a->tops[k] : NULL; in; in = in->inner)
			note_place(s, cp, binding_access(s->prog, in->var));
		capture_pattern_at(s, &cp, &a->pats[k]);
	}
	return true;
}

/* `match s { S { a: 0, b } => .., _ => .. }` on a struct place p of an enclosing body
 * (walk_expr's Match only fake-reads the scrutinee; walk_arm: each arm's patterns,
 * then its body). `if let` and `while let` are not this: walk_local borrows the
 * whole initializer before the pattern (capture_match_on_place). */
static void capture_struct_match(Sema *s, AstExpr *e, const CapPlace *cp)
{
	for (int i = 0; i < e->narms; i++) {
		for (int k = 0; k < e->arms[i].npats; k++) {
			for (const AstSubPattern *in = ast_arm_top(&e->arms[i], k) ? &e->arms[i].tops[k] : NULL; in;
			     in = in->inner) /* bind27: the binding of the whole place first; its chain's (bind30) */
				note_place(s, *cp, binding_access(s->prog, in->var));
			capture_pattern_at(s, cp, &e->arms[i].pats[k]);
		}
		if (e->arms[i].guard) /* walk_arm: the pattern, the guard, the body (guard27) */
			capture_expr(s, e->arms[i].guard);
		capture_expr(s, e->arms[i].body);
	}
}

/* `match p { arms }` (and `if let`, `while let`) on a variable or a field path
 * below one (issue 22 item 4): rustc's walk_arm walks each arm's pattern, then
 * its body. A pattern that reads the scrutinee (its discriminant, a literal, a
 * binding) borrows the place p; a binding by value of a type that is not Copy
 * consumes its field of p, a descendant of p, so compute_min_captures keeps p,
 * by value. Nothing is captured when every pattern is `_` (the scrutinee is
 * only fake-read). The variable keeps the rank of its first capture. */
static void capture_match_on_place(Sema *s, AstExpr *e, CapPlace cp)
{
	if (e->lhs->ty.kind == ATY_ENUM && s->prog->enums[ast_enum_index(e->lhs->ty)]->nvariants == 1) {
		capture_one_variant_match(s, e, cp);
		return;
	}
	for (int i = 0; i < e->narms; i++) {
		if (arm_reads_scrutinee(&e->arms[i]))
			note_place(s, cp, ACCESS_READ);
		if (arm_borrows_mut(&e->arms[i]))
			note_place(s, cp, ACCESS_WRITE);
		if (arm_moves(s->prog, &e->arms[i]))
			note_place(s, cp, ACCESS_MOVE);
		if (e->arms[i].guard) /* walk_arm: the pattern, the guard, the body (guard27) */
			capture_expr(s, e->arms[i].guard);
		if (!e->if_let || i == 0) /* an if-let's else: capture_expr's chain loop */
			capture_expr(s, e->arms[i].body);
	}
}

/* `a[i]` read, assigned or borrowed (issue 22 item 4): the array variable is
 * captured as a whole (a read of a Copy element by reference), then the index. */
static void capture_index(Sema *s, AstExpr *e, Access access)
{
	capture_place_expr(s, e->lhs, access);
	capture_expr(s, e->rhs);
}

static void capture_expr(Sema *s, AstExpr *e)
{
again:
	switch (e->kind) {
	case EXPR_FIELD: {
		/* edition 2021 captures the place `x.f`, not `x` (upvar `_ref__x__f`):
		 * read by `&` when Copy, else moved (by value) */
		CapPlace cp;
		if (e->mention_only && field_place_of(e, &cp))
			return; /* `let _ = s.e;` captures nothing (walk_pat of `_`: no access) */
		if (let_top_ref_capture(s, e))
			return;
		if (e->let_pattern && field_place_of(e, &cp) && outer_var(s, cp.root->var)) {
			/* `let P(x, y) = o.p;`: walk_local walks the pattern only (`o.p.0`, `o.p.1`) */
			capture_pattern_at(s, &cp, let_pattern_of(s, e));
			return;
		}
		if (field_place_of(e, &cp)) {
			note_place(s, cp, ast_type_is_copy(s->prog, e->ty) ? ACCESS_READ : ACCESS_MOVE);
			return;
		}
		visit_children(s, e, capture_expr);
		return;
	}
	case EXPR_VAR:
		if (let_top_ref_capture(s, e))
			return;
		if (e->let_pattern && !e->mention_only && outer_var(s, e->var)) {
			/* `let Pair { a, g } = s;`: the places the pattern binds (`s.a`, `s.g`), not `s` */
			CapPlace cp = {.root = e, .place = e, .n = 0};
			capture_pattern_at(s, &cp, let_pattern_of(s, e));
			return;
		}
		if (!e->mention_only)
			note_access(s, e, ast_type_is_copy(s->prog, e->ty) ? ACCESS_READ : ACCESS_MOVE);
		return;
	case EXPR_MATCH: { /* a place matched: read through its patterns */
		CapPlace cp = {.root = e->lhs, .place = e->lhs, .n = 0};
		bool var = e->lhs->kind == EXPR_VAR && !e->lhs->mention_only;
		if (!var && !(e->lhs->kind == EXPR_FIELD && field_place_of(e->lhs, &cp))) {
			if (!e->if_let) {
				visit_children(s, e, capture_expr);
				return;
			}
			capture_expr(s, e->lhs); /* visit_children's order, the else in the loop below */
			capture_expr(s, e->arms[0].body);
		} else if (e->lhs->ty.kind == ATY_STRUCT && !e->if_let && outer_var(s, cp.root->var)) {
			/* `s.a`, `s.g`, not `s` (edition 2021) */
			capture_struct_match(s, e, &cp);
			return;
		} else {
			capture_match_on_place(s, e, cp);
			if (!e->if_let)
				return;
		}
		/* an if-let chain in a loop (iflet25): capture_match_on_place left the else to it */
		e = e->arms[1].body;
		goto again;
	}
	case EXPR_IF: /* visit_children's order, an else-if chain in a loop (iflet25) */
		capture_expr(s, e->cond);
		visit_block(s, e->block, capture_expr);
		if (e->els) {
			e = e->els;
			goto again;
		}
		return;
	case EXPR_REF:
		if (e->lhs->kind == EXPR_INDEX) {
			capture_index(s, e->lhs, e->ref_mut ? ACCESS_WRITE : ACCESS_READ);
			return;
		}
		/* a borrow of a variable or a field of one: by (mutable) reference, not a move */
		if (e->lhs->kind == EXPR_VAR || e->lhs->kind == EXPR_FIELD) {
			capture_place_expr(s, e->lhs, e->ref_mut ? ACCESS_WRITE : ACCESS_READ);
			return;
		}
		visit_children(s, e, capture_expr);
		return;
	case EXPR_DEREF:
		/* `*r`: reads r, a `&mut` included */
		if (e->lhs->kind == EXPR_VAR) {
			note_access(s, e->lhs, ACCESS_READ);
			return;
		}
		visit_children(s, e, capture_expr);
		return;
	case EXPR_INDEX: /* `a[i]`: edition 2021 truncates the captured place at the index: `a` */
		capture_index(s, e, ACCESS_READ);
		return;
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		/* rustc's ExprUseVisitor (walk_expr: Assign, AssignOp) mutates the
		 * left-hand side before it consumes the right; the capture order is
		 * that order (upvar.rs compute_min_captures keeps first insertion) */
		if (e->lhs->kind == EXPR_INDEX)
			capture_index(s, e->lhs, ACCESS_WRITE);
		else if (e->lhs->kind == EXPR_DEREF)
			capture_expr(s, e->lhs);
		else
			capture_place_expr(s, e->lhs, ACCESS_WRITE);
		capture_expr(s, e->rhs);
		return;
	default:
		visit_children(s, e, capture_expr);
	}
}

/* rustc's upvars_mentioned (rustc_passes/upvars.rs): every variable of an
 * enclosing body an async block names, captured or not, in the order of
 * intravisit's walk, which visits an assignment's right-hand side before its
 * left (walk_expr: Assign, AssignOp); a nested block's are its own, at its
 * place. rustc's MIR printer names an aggregate's operands with these. */
static void mention_expr(Sema *s, AstExpr *e)
{
	switch (e->kind) {
	case EXPR_VAR:
		for (AstAsyncBlock *ab = s->async_block; ab && !declared_inside(e->var, ab); ab = ab->parent) {
			int i = 0;
			while (i < ab->nmentioned && ab->mentioned[i] != e->var)
				i++;
			if (i == ab->nmentioned)
				*VEC_PUSH(s->prog->arena, ab->mentioned, ab->nmentioned, ab->mentioned_cap) = e->var;
		}
		return;
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		mention_expr(s, e->rhs);
		mention_expr(s, e->lhs);
		return;
	default:
		visit_children(s, e, mention_expr);
	}
}

void capture_fn(Sema *s, AstFn *fn)
{
	s->fn = fn;
	s->async_block = NULL;
	visit_block(s, fn->body, capture_expr);
	s->async_block = NULL;
	visit_block(s, fn->body, mention_expr);
	for (int i = 0; i < fn->nasync; i++) {
		capture_order(fn->async_blocks[i]);
		for (int k = 0; k < fn->async_blocks[i]->ncaptures; k++) {
			AstCapture *c = &fn->async_blocks[i]->captures[k];
			c->upvar_name = upvar_name(s, c);
		}
	}
}
