/* sema_const_fn.c — constfn40 (issue 22): what rustc's const checking refuses in a `const fn`.
 *
 * A `const fn`'s runtime MIR is a fn's (the parser reads it as one, AstFn.is_const); rustc also checks its
 * body for compile-time evaluation (rustc_const_eval check_consts, on the MIR before borrowck) and refuses:
 * a call of a fn or method that is not `const` (E0015: the prelude's `guard`, `observe`, `yield_now`, an
 * async fn, a derived `clone`, a trait impl's method), `?` (E0658: Try is not a const trait), an operator
 * that calls a trait (E0658: `==` of Option, arrays, references), an `async` block (E0658). core's
 * `is_some` and friends are `const fn`s. A value with drop glue (a Guard inside) is rustc's E0493 only where
 * a drop of it is live; that needs MIR's move paths, so any such value in a const fn is refused here
 * ("not supported"), never accepted. */
#include <stdio.h>
#include <string.h>

#include "sema.h"

/* The name rustc's E0015 gives callee fn: `S::m` of an impl's, the ident of a free or nested fn */
static const char *callee_name(const AstFn *fn)
{
	return fn->impl_of || fn->impl_enum || !fn->ident ? fn->name : fn->ident;
}

static void const_call(Sema *s, const AstExpr *e)
{
	const AstFn *fn = e->callee;
	if (!fn)
		return;
	switch (fn->builtin) {
	case BUILTIN_IS_SOME: case BUILTIN_IS_NONE: case BUILTIN_IS_OK: case BUILTIN_IS_ERR:
	case BUILTIN_SLICE_LEN: case BUILTIN_SLICE_IS_EMPTY:
		return; /* core's are const fns */
	case BUILTIN_RANGE: case BUILTIN_RANGE_INCLUSIVE: case BUILTIN_INTO_ITER: case BUILTIN_ITER_NEXT:
	case BUILTIN_INT_METHOD: case BUILTIN_ENUM_METHOD: case BUILTIN_CORE_CLONE:
		/* core's const fns among them (`wrapping_add`) and not (`Ord::min`, a `for` loop's traits) are not
		 * told apart here */
		error_at(s, e->method ? e->op_line : e->line, e->method ? e->op_col : e->col,
		         "a call of core's `%s` in a `const fn` is not supported", fn->name ? fn->name : "?");
		return;
	case BUILTIN_TRY_BRANCH:
		error_at(s, e->line, e->col, "`?` is not allowed on `%s` in constant functions",
		         typeck_type_str(s, e->args[0]->ty, true));
		return;
	case BUILTIN_FROM_RESIDUAL:
		return; /* reached through `?`, reported at its branch */
	default:
		break;
	}
	if (fn->is_const)
		return;
	const char *kind = e->method || fn->self_kind != SELF_NONE ? "method"
	                   : fn->impl_of || fn->impl_enum       ? "associated function"
	                                                       : "function";
	int line = e->method ? e->op_line : e->line, col = e->method ? e->op_col : e->col;
	error_at(s, line, col, "cannot call non-const %s `%s` in constant functions", kind, callee_name(fn));
}

/* An operator rustc lowers to a trait's method (cmp39: `==` and `<` of `()`, Option, Result, arrays;
 * references): no const trait in 1.95 */
static bool trait_operator(AstType t)
{
	switch (t.kind) {
	case ATY_BOOL: case ATY_CHAR: case ATY_VAR:
		return false;
	default:
		return !ast_type_is_int(t);
	}
}

static void const_expr(Sema *s, AstExpr *e)
{
	switch (e->kind) {
	case EXPR_CALL:
		const_call(s, e);
		break;
	case EXPR_ASYNC:
		error_at(s, e->line, e->col, "`async` blocks are not allowed in constant functions");
		break;
	case EXPR_BINARY:
		if (e->bin_op >= AOP_EQ && e->bin_op <= AOP_GE && trait_operator(e->lhs->ty))
			error_at(s, e->line, e->col, "cannot call conditionally-const operator in constant functions");
		break;
	default:
		break;
	}
	if (ast_type_has_guard(s->prog, e->ty))
		error_at(s, e->line, e->col, "a value of type `%s` (it has a destructor) in a `const fn` is not supported",
		         typeck_type_str(s, e->ty, true));
	visit_children(s, e, const_expr);
}

void check_const_fn(Sema *s, AstFn *fn)
{
	if (!fn->is_const || !fn->body)
		return;
	for (int i = 0; i < fn->nvars; i++)
		if (fn->vars[i] && ast_type_has_guard(s->prog, fn->vars[i]->ty))
			error_at(s, fn->vars[i]->line, fn->vars[i]->col,
			         "a value of type `%s` (it has a destructor) in a `const fn` is not supported",
			         typeck_type_str(s, fn->vars[i]->ty, true));
	visit_block(s, fn->body, const_expr);
}
