/* ast_pattern.c — nested variant patterns (issue 22 item 4): `B::P(A::X(n))`,
 * `Some(E::A)`. A sub-pattern holds a binding, `_`, or a nested variant pattern;
 * the walks here visit them the way rustc's THIR visits a pattern (pre-order,
 * fields in the order written), which is the order bindings are made in. */
#include "ast.h"

void ast_pattern_each_binding(const AstPattern *pat, void (*f)(const AstSubPattern *sp, void *cx), void *cx)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat) /* an or-pattern: its first alternative's (rustc's primary bindings) */
			sp = &sp->or_pat->alts[0];
		if (sp->var) /* `k @ p`: the binding before the subpattern's (rustc's FlatPat) */
			f(sp, cx);
		for (const AstSubPattern *in = sp->inner; in; in = in->inner) /* `k @ j @ p` (bind29) */
			f(in, cx);
		if (sp->nested)
			ast_pattern_each_binding(sp->nested, f, cx);
	}
}

bool ast_pattern_nests(const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++)
		if (pat->subs[j].nested || pat->subs[j].or_pat || pat->subs[j].deref || /* `Some(&x)` (ergo29) */
		    pat->subs[j].inner) /* `Some(a @ b)` (bind30): the match tree binds the chain */
			return true;
	return false;
}

bool ast_match_nests(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (e->arms[i].pats[k].enm && ast_pattern_nests(&e->arms[i].pats[k]))
				return true;
	return false;
}

/* A match lowered by the match tree (build_nested.c): nested patterns, literals inside
 * variant patterns, or an or-pattern with bindings (its alternatives stay leaves). */
bool ast_match_needs_tree(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++) /* a binding at the top (bind27: `n =>`, `k @ 1..=5 =>`) */
		if (e->arms[i].tops)
			return true;
	if (ast_match_nests(e))
		return true;
	/* a one-variant enum with more than one arm or pattern (issue 22 item 4) */
	if ((e->narms > 1 || e->arms[0].npats > 1) && e->arms[0].pats[0].enm && e->arms[0].pats[0].enm->nvariants == 1)
		return true;
	for (int i = 0; i < e->narms; i++)
		if (e->arms[i].npats > 1)
			for (int k = 0; k < e->arms[i].npats; k++)
				for (int j = 0; e->arms[i].pats[k].enm && j < e->arms[i].pats[k].nsubs; j++)
					if (e->arms[i].pats[k].subs[j].var)
						return true;
	return false;
}

/* An or-pattern anywhere inside pat (issue 22 item 4: `Some(1 | 2)`) */
bool ast_pattern_has_or(const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat || (sp->nested && ast_pattern_has_or(sp->nested)))
			return true;
	}
	return false;
}

void ast_arm_each_binding(const AstMatchArm *a, int k, void (*f)(const AstSubPattern *sp, void *cx), void *cx)
{
	if (ast_arm_top(a, k)) { /* `x @ Some(y)`: x, then y (rustc's FlatPat) */
		f(&a->tops[k], cx);
		for (const AstSubPattern *in = a->tops[k].inner; in; in = in->inner) /* `x @ y` (bind29) */
			f(in, cx);
	}
	ast_pattern_each_binding(&a->pats[k], f, cx);
}

typedef struct FirstMove {
	const AstProgram *p;
	const AstSubPattern *first;
} FirstMove;

static void first_move(const AstSubPattern *sp, void *cx)
{
	FirstMove *m = cx;
	if (!m->first && ast_binding_moves(m->p, sp->var))
		m->first = sp;
}

const AstSubPattern *ast_pattern_first_move(const AstProgram *p, const AstPattern *pat)
{
	FirstMove m = {p, NULL};
	ast_pattern_each_binding(pat, first_move, &m);
	return m.first;
}

const AstSubPattern *ast_arm_first_move(const AstProgram *p, const AstMatchArm *a, int k)
{
	FirstMove m = {p, NULL};
	ast_arm_each_binding(a, k, first_move, &m);
	return m.first;
}

/* some arm of the match has a guard (`pat if c =>`, guard27) */
bool ast_match_has_guard(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		if (e->arms[i].guard)
			return true;
	return false;
}

struct BindsVar {
	const AstVar *v;
	bool found;
};

static void binds_var(const AstSubPattern *sp, void *cx)
{
	struct BindsVar *bv = cx;
	bv->found |= sp->var == bv->v;
}

static void binds_any(const AstSubPattern *sp, void *cx)
{
	(void)sp;
	*(bool *)cx = true;
}

/* pat binds v (its first alternatives' bindings: or-patterns share their variables) (guard27) */
/* alternative k of arm a binds v, at its top (`mut y if ..`, `y @ Some(_)`) or inside */
bool ast_arm_binds_var(const AstMatchArm *a, int k, const AstVar *v)
{
	struct BindsVar bv = {v, false};
	ast_arm_each_binding(a, k, binds_var, &bv);
	return bv.found;
}

/* alternative k of arm a binds some variable, at its top or inside (guard27) */
bool ast_arm_binds_any(const AstMatchArm *a, int k)
{
	bool any = false;
	ast_arm_each_binding(a, k, binds_any, &any);
	return any;
}

/* e reads a variable or calls a fn (rustc's promotion of a constant `&(1 + 2)` does not apply) */
static bool runtime_value(const AstExpr *e)
{
	switch (e->kind) {
	case EXPR_VAR:
	case EXPR_CALL:
		return true;
	case EXPR_BINARY:
		return runtime_value(e->lhs) || runtime_value(e->rhs);
	case EXPR_UNARY:
	case EXPR_CAST:
		return runtime_value(e->lhs);
	case EXPR_STRUCT:
		for (int i = 0; i < e->ninits; i++)
			if (runtime_value(e->inits[i].value))
				return true;
		return false;
	case EXPR_VARIANT:
		for (int i = 0; i < e->nvinits; i++)
			if (runtime_value(e->vinits[i].value))
				return true;
		return false;
	default:
		return false;
	}
}

/* a literal or a const item's use (of an integer, bool or char; const39: of a struct, enum or array), or
 * a negated integer literal */
static bool promotable_leaf(const AstExpr *e)
{
	if (e->kind == EXPR_UNARY && e->un_op == AOP_NEG && e->lhs->kind == EXPR_INT && !e->lhs->konst)
		e = e->lhs;
	return e->kind == EXPR_BOOL || (e->kind == EXPR_INT && !e->int_big && !(e->konst && e->konst->is_static));
}

static int signed_bits(AstType t)
{
	switch (t.kind) {
	case ATY_I8: return 8;
	case ATY_I16: return 16;
	case ATY_I32: return 32;
	default: return 64;
	}
}

/* the value of an integer constant operand (a literal, a negated literal or a const item's use: THIR's
 * constants) in 64-bit two's complement; false for anything computed (a temporary in MIR) */
static bool int_constant(const AstExpr *e, uint64_t *v)
{
	bool neg = e->kind == EXPR_UNARY && e->un_op == AOP_NEG && e->lhs->kind == EXPR_INT && !e->lhs->konst;
	const AstExpr *lit = neg ? e->lhs : e;
	if (lit->kind != EXPR_INT || lit->int_big || (lit->konst && lit->konst->is_static))
		return false;
	*v = neg ? (uint64_t)0 - lit->int_value : lit->int_value;
	return true;
}

/* the integer type an operand of a `/` is known to have (both operands have one), else ATY_VAR: while
 * typeck runs, an unsuffixed literal's may not be inferred yet */
static AstTypeKind known_int(const AstExpr *a, const AstExpr *b)
{
	const AstExpr *v[4] = {a, a->kind == EXPR_UNARY ? a->lhs : NULL, b, b->kind == EXPR_UNARY ? b->lhs : NULL};
	for (int i = 0; i < 4; i++)
		if (v[i] && ast_type_is_int(v[i]->ty))
			return v[i]->ty.kind;
	return ATY_VAR;
}

static uint64_t width_mask(int bits) { return bits < 64 ? (UINT64_C(1) << bits) - 1 : UINT64_MAX; }

/* the divisor of a promotable `/` or `%` (validate_rvalue): a constant other than 0; a signed one's
 * -1 only when the dividend is a constant other than MIN (promo39: `&(7i32 / -1)` is promoted). With
 * the width not inferred yet, a dividend that is MIN of any width is refused */
static bool promotable_divisor(const AstExpr *lhs, const AstExpr *rhs)
{
	uint64_t d, n;
	AstType t = ast_type(known_int(lhs, rhs));
	int bits = t.kind == ATY_VAR ? 64 : ast_type_is_signed(t) ? signed_bits(t) : 0;
	if (!int_constant(rhs, &d) || (d & width_mask(bits ? bits : 64)) == 0)
		return false;
	if (!bits || (d & width_mask(bits)) != width_mask(bits))
		return true; /* unsigned, or not -1 */
	if (!int_constant(lhs, &n))
		return false;
	if (t.kind != ATY_VAR)
		return (n & width_mask(bits)) != UINT64_C(1) << (bits - 1);
	for (int w = 8; w <= 64; w *= 2)
		if (n == UINT64_C(1) << (w - 1) || n == (UINT64_C(0) - (UINT64_C(1) << (w - 1))))
			return false;
	return true;
}

static bool promotable_all(AstExpr *const *v, int n)
{
	for (int i = 0; i < n; i++)
		if (!ast_promotable(v[i]))
			return false;
	return true;
}

bool ast_promotable(const AstExpr *e)
{
	for (; e->kind == EXPR_REF && !e->ref_mut && !e->implicit; e = e->lhs)
		;
	if (promotable_leaf(e))
		return true;
	switch (e->kind) {
	case EXPR_UNARY:
		return ast_promotable(e->lhs) && e->lhs->kind != EXPR_REF;
	case EXPR_BINARY:
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR || e->lhs->kind == EXPR_REF || e->rhs->kind == EXPR_REF)
			return false;
		if ((e->bin_op == AOP_DIV || e->bin_op == AOP_REM) && !promotable_divisor(e->lhs, e->rhs))
			return false;
		return ast_promotable(e->lhs) && ast_promotable(e->rhs);
	case EXPR_STRUCT:
		for (int i = 0; i < e->ninits; i++)
			if (e->inits[i].value->kind == EXPR_REF || !ast_promotable(e->inits[i].value))
				return false;
		return true;
	case EXPR_VARIANT:
		for (int i = 0; i < e->nvinits; i++)
			if (e->vinits[i].value->kind == EXPR_REF || !ast_promotable(e->vinits[i].value))
				return false;
		return true;
	case EXPR_ARRAY:
		if (ast_ref_array(e))
			return true;
		for (int i = 0; i < e->nargs; i++)
			if (e->args[i]->kind == EXPR_REF)
				return false;
		return promotable_all(e->args, e->nargs);
	case EXPR_REPEAT:
		return e->lhs->kind != EXPR_REF && ast_promotable(e->lhs);
	case EXPR_CAST: /* promo39: `&(K as u64)`, `&(true as u8)`; an enum's cast reads its discriminant */
		return e->lhs->kind != EXPR_REF && e->lhs->ty.kind != ATY_ENUM && ast_promotable(e->lhs);
	case EXPR_UNIT: /* promo39: `&()`, rustc's `_1 = ();` */
		return true;
	default:
		return false;
	}
}

/* a shared `&` rustc promotes, or typeck's reborrow of one (`&*&2`, an array's later element) */
static bool promotable_borrow(const AstExpr *e)
{
	if (e->kind == EXPR_REF && e->implicit && !e->ref_mut && e->lhs->kind == EXPR_DEREF)
		e = e->lhs->lhs;
	return e->kind == EXPR_REF && !e->ref_mut && !e->implicit && ast_promotable(e);
}

bool ast_ref_array(const AstExpr *e)
{
	if (e->kind != EXPR_ARRAY || !e->nargs)
		return false;
	for (int i = 0; i < e->nargs; i++)
		if (!promotable_borrow(e->args[i]))
			return false;
	return true;
}

bool ast_extended_temp(const AstExpr *e)
{
	while (e->kind == EXPR_FIELD && !e->is_place) /* pat35: `let ref r = mk().0;`, `let r = &mk().p.a;`:
	                                                 record_rvalue_scope goes through field projections */
		e = e->lhs;
	switch (e->kind) {
	case EXPR_CALL:
	case EXPR_STRUCT:
	case EXPR_VARIANT:
	case EXPR_BINARY:
	case EXPR_UNARY:
	case EXPR_CAST:
		return !e->is_place && runtime_value(e);
	default:
		return false;
	}
}

/* temp33: a `let` pattern binding by reference somewhere (rustc's is_binding_pat, region.rs: a `ref`
 * binding, or a struct / variant / or-pattern holding one; not under a by-value `x @` or a `&` pattern):
 * its initializer's temporary lives to the end of the block */
static bool sub_binds_ref(const AstSubPattern *sp)
{
	if (sp->or_pat) {
		for (int k = 0; k < sp->or_pat->nalts; k++)
			if (sub_binds_ref(&sp->or_pat->alts[k]))
				return true;
		return false;
	}
	if (sp->deref)
		return false;
	if (sp->var)
		return sp->var->by_ref != 0;
	if (sp->nested)
		for (int j = 0; j < sp->nested->nsubs; j++)
			if (sub_binds_ref(&sp->nested->subs[j]))
				return true;
	return false;
}

bool ast_let_binds_ref(const AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++) {
		if (ast_arm_top(a, k))
			return a->tops[k].var->by_ref != 0;
		for (int j = 0; j < a->pats[k].nsubs; j++)
			if (sub_binds_ref(&a->pats[k].subs[j]))
				return true;
	}
	return false;
}

bool ast_fn_pattern_param(const AstFn *fn, int j)
{
	for (int i = 0; i < fn->nparam_lets; i++)
		if (fn->param_let_of[i] == j)
			return true;
	return false;
}
