/* sema_generic.c — Option<T> and Result<T, E> while type checking (issue 22
 * item 4; rustc_hir_typeck): `Some(x)`, `None`, `Ok(x)`, `Err(e)` have the type
 * of their enum at fresh inference variables, a partial instance kept here
 * until typeck resolves it into the program's instance (prelude_enum.c). Two
 * instance types unify argument by argument. */
#include <string.h>

#include "sema.h"

typedef struct GenericPartial {
	AstGeneric g;
	AstType args[2];
	int line, col; /* the value that made it: "type annotations needed" */
	bool let_pattern; /* `let None;`: the type of an uninitialised let's pattern */
} GenericPartial;

AstType generic_partial(Sema *s, AstGeneric g, int line, int col)
{
	if (s->npartials >= AST_ENUM_PARTIAL - 1)
		error_at(s, line, col, "too many `%s` values in one fn", generic_base(s->prog, g)->name);
	GenericPartial *gp = VEC_PUSH(s->scratch, s->partials, s->npartials, s->partials_cap);
	gp->g = g;
	gp->line = line;
	gp->col = col;
	gp->let_pattern = false;
	gp->args[0] = typeck_var(s);
	gp->args[1] = g == GENERIC_RESULT ? typeck_var(s) : ast_type(ATY_UNIT);
	AstType t = {ATY_ENUM, AST_ENUM_PARTIAL | (s->npartials - 1)};
	return t;
}

/* `let None;` / `let Ok(x);` (issue 22): the pattern's Option<_> / Result<_, _>, its arguments
 * inferred from the bindings' uses only */
AstType generic_partial_let(Sema *s, AstGeneric g, int line, int col)
{
	AstType t = generic_partial(s, g, line, col);
	s->partials[s->npartials - 1].let_pattern = true;
	return t;
}

/* rustc's E0282 at such a pattern whose type is not known at the end of the fn's typeck; checked
 * before the bindings fall back (a binding nothing typed would make it Option<()>) */
void generic_check_let_patterns(Sema *s)
{
	for (int i = 0; i < s->npartials; i++) {
		const GenericPartial *gp = &s->partials[i];
		if (!gp->let_pattern)
			continue;
		for (int k = 0; k < generic_nargs(gp->g); k++)
			if (typeck_unbound(s, gp->args[k]))
				error_at(s, gp->line, gp->col, "type annotations needed for `%s`",
				         generic_type_str(s, (AstType){ATY_ENUM, AST_ENUM_PARTIAL | (uint32_t)i}, true));
	}
}

bool generic_args(Sema *s, AstType t, AstGeneric *g, AstType *args)
{
	t = typeck_shallow(s, t);
	if (t.kind != ATY_ENUM)
		return false;
	if (t.id & AST_ENUM_PARTIAL) {
		const GenericPartial *gp = &s->partials[ast_enum_index(t)];
		*g = gp->g;
		args[0] = gp->args[0];
		args[1] = gp->args[1];
		return true;
	}
	const AstEnum *en = s->prog->enums[ast_enum_index(t)];
	*g = en->generic;
	args[0] = en->type_args[0];
	args[1] = en->type_args[1];
	return en->generic != GENERIC_NONE;
}

bool generic_unify(Sema *s, AstType a, AstType b)
{
	AstGeneric ga = GENERIC_NONE, gb = GENERIC_NONE;
	AstType aa[2], ab[2];
	if (!generic_args(s, a, &ga, aa) || !generic_args(s, b, &gb, ab) || ga != gb)
		return false;
	for (int k = 0; k < generic_nargs(ga); k++)
		if (!typeck_unify(s, aa[k], ab[k]))
			return false;
	return true;
}

const char *generic_type_str(Sema *s, AstType t, bool in_code)
{
	AstGeneric g = GENERIC_NONE;
	AstType args[2];
	generic_args(s, t, &g, args);
	const char *a0 = typeck_type_str(s, args[0], in_code);
	if (g == GENERIC_OPTION)
		return arena_printf(s->scratch, "Option<%s>", a0);
	return arena_printf(s->scratch, "Result<%s, %s>", a0, typeck_type_str(s, args[1], in_code));
}

AstType generic_resolve(Sema *s, AstType t)
{
	const GenericPartial *gp = &s->partials[ast_enum_index(t)];
	AstType args[2] = {ast_type(ATY_UNIT), ast_type(ATY_UNIT)};
	for (int k = 0; k < generic_nargs(gp->g); k++) {
		if (typeck_unbound(s, gp->args[k]))
			error_at(s, gp->line, gp->col, "type annotations needed for `%s`",
			         generic_type_str(s, t, true));
		args[k] = typeck_resolve(s, gp->args[k]);
	}
	AstEnum *en = generic_instance(s->prog, gp->g, args, gp->line, gp->col);
	if (!en)
		error_at(s, gp->line, gp->col, "more than %d enum types (enum items and `Option` / `Result` types) "
		         "are not supported", AST_ENUM_MAX);
	check_generic_payload(s, en, gp->line, gp->col);
	return ast_enum_type(en);
}

/* Why a payload is refused, or NULL. */
static const char *payload_problem(const AstProgram *p, AstType t)
{
	(void)p; /* a payload with a niche is laid out as rustc does (ir/layout.c layout_enum) */
	switch (t.kind) {
	case ATY_NEVER:
	case ATY_FN_FUTURE:
	case ATY_BLOCK_FUTURE:
		return "its payload is not a subset value type";
	default:
		return NULL;
	}
}

void check_generic_payload(Sema *s, const AstEnum *en, int line, int col)
{
	if (en->generic > GENERIC_RESULT) /* `?`'s own types, made of checked ones */
		return;
	for (int k = 0; k < generic_nargs(en->generic); k++) {
		const char *why = payload_problem(s->prog, en->type_args[k]);
		if (why)
			error_at(s, line, col, "`%s` is not supported: %s", ast_enum_name(s->prog, en), why);
	}
}

/* ---- `?` (issue 22 item 4; rustc_ast_lowering's lower_expr_try) ---- */

static AstType instance_type(Sema *s, AstGeneric g, AstType a0, AstType a1, const AstExpr *at)
{
	AstType args[2] = {a0, a1};
	AstEnum *en = generic_instance(s->prog, g, args, at->line, at->col);
	if (!en)
		error_at(s, at->line, at->col, "more than %d enum types (enum items and `Option` / `Result` types) "
		         "are not supported", AST_ENUM_MAX);
	return ast_enum_type(en);
}

/* `<Result<T, E> as Try>::branch(e)`: ControlFlow<Result<Infallible, E>, T>;
 * `<Option<T> as Try>::branch(e)`: ControlFlow<Option<Infallible>, T> */
static AstType check_branch(Sema *s, AstExpr *e)
{
	AstType t = typeck_shallow(s, typeck_expr(s, e->args[0], NULL));
	AstGeneric g = GENERIC_NONE;
	AstType args[2];
	if (!generic_args(s, t, &g, args) || (g != GENERIC_OPTION && g != GENERIC_RESULT))
		error_at(s, e->op_line, e->op_col, "the `?` operator can only be applied to values that implement `Try`");
	if (t.id & AST_ENUM_PARTIAL) { /* `Some(3u32)?`: its instance is needed now */
		for (int k = 0; k < generic_nargs(g); k++)
			if (typeck_shallow(s, args[k]).kind == ATY_VAR)
				error_at(s, e->op_line, e->op_col, "type annotations needed");
		t = generic_resolve(s, t);
		generic_args(s, t, &g, args);
	}
	AstType unit = ast_type(ATY_UNIT);
	AstType residual = g == GENERIC_RESULT ? instance_type(s, GENERIC_RESIDUAL, args[1], unit, e)
	                                       : instance_type(s, GENERIC_OPTION_RESIDUAL, unit, unit, e);
	return instance_type(s, GENERIC_CONTROL_FLOW, residual, args[0], e);
}

/* `<R as FromResidual<residual>>::from_residual(r)`: R the return type, Result<U, E>
 * for Result<Infallible, E> (E the same: the subset has no From conversions), Option<U>
 * for Option<Infallible>; an async block's output not yet known becomes one */
static AstType check_from_residual(Sema *s, AstExpr *e)
{
	AstType rt = typeck_shallow(s, typeck_expr(s, e->args[0], NULL));
	const AstEnum *res = s->prog->enums[ast_enum_index(rt)];
	AstType ret = e->async_block ? e->async_block->output : s->fn->ret;
	AstGeneric want = res->generic == GENERIC_RESIDUAL ? GENERIC_RESULT : GENERIC_OPTION;
	if (typeck_shallow(s, ret).kind == ATY_VAR)
		typeck_unify(s, ret, generic_partial(s, want, e->op_line, e->op_col));
	AstGeneric g = GENERIC_NONE;
	AstType args[2];
	if (!generic_args(s, ret, &g, args) || g != want)
		error_at(s, e->op_line, e->op_col,
		         "the `?` operator can only be used in %s that returns `Result` or `Option` (or another type that implements `FromResidual`)",
		         e->async_block ? "an async block" : s->fn->is_async ? "an async function" : "a function");
	if (g == GENERIC_RESULT && !typeck_unify(s, args[1], res->type_args[0]))
		error_at(s, e->op_line, e->op_col, "`?` couldn't convert the error to `%s`", typeck_type_str(s, args[1], false));
	return ret;
}

AstType check_try_call(Sema *s, AstExpr *e)
{
	return e->callee->builtin == BUILTIN_TRY_BRANCH ? check_branch(s, e) : check_from_residual(s, e);
}
