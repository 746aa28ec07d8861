/* build_try.c — the calls of `e?` in the MIR builder (issue 22 item 4). The
 * parser desugars `e?` as rustc_ast_lowering's lower_expr_try does, a match on
 * `Try::branch(e)` whose Break arm returns `FromResidual::from_residual(r)`;
 * the match and the return are built as any. The two callees are core's, by
 * the names rustc's MIR prints; the interpreter runs them as prelude leaves
 * (ir/interp_try.c) and the emitter refuses them. See build.h. */
#include "build.h"

BlockId lower_try_call(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	/* the name is printed in the fn's arena: bodies are built on several threads
	 * and the module's arena is not theirs (make tsan) */
	TypeId at = ty_of(b, e->args[0]->ty);
	const char *arg = type_spelling(b->m, at);
	const char *name = e->callee->builtin == BUILTIN_TRY_BRANCH
	                   ? arena_printf(b->f->arena, "<%s as Try>::branch", arg)
	                   : arena_printf(b->f->arena, "<%s as FromResidual<%s>>::from_residual",
	                                  type_spelling(b->m, ty_of(b, e->ty)), arg);
	Operand op;
	bb = as_local_operand(b, bb, e->args[0], at, &op);
	return emit_call(b, bb, dest, CALLEE_FN, callee_name(b, name), &op, 1);
}
