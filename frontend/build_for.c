/* build_for.c — a `for` loop's calls in the MIR builder (for40; the loop is
 * for_loop.c's desugaring, built as any loop and match). The callees are core's,
 * named as rustc 1.95's MIR prints them: `RangeInclusive::<u8>::new`,
 * `<Range<u32> as IntoIterator>::into_iter`, `<Range<u32> as Iterator>::next`;
 * `a..b` is a struct aggregate by then (for_finish_ranges). The interpreter runs
 * them as core does (ir/core_iter.c). See build.h. */
#include "build.h"

BlockId lower_iter_call(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	/* printed in the fn's arena: bodies are built on several threads (build_try.c) */
	TypeId rt = ty_of(b, e->ty), at = ty_of(b, e->args[0]->ty);
	const char *name;
	switch (e->callee->builtin) {
	case BUILTIN_RANGE_INCLUSIVE:
		name = arena_printf(b->f->arena, "RangeInclusive::<%s>::new", type_spelling(b->m, at));
		break;
	case BUILTIN_INTO_ITER:
		name = arena_printf(b->f->arena, "<%s as IntoIterator>::into_iter", type_spelling(b->m, rt));
		break;
	case BUILTIN_ITER_NEXT:
		name = arena_printf(b->f->arena, "<%s as Iterator>::next", type_spelling(b->m, type_get(b->m, at)->a));
		break;
	default:
		internal_error("`for`: built-in %d", e->callee->builtin);
	}
	Operand args[2];
	for (int i = 0; i < e->nargs; i++)
		bb = as_local_operand(b, bb, e->args[i], ty_of(b, e->args[i]->ty), &args[i]);
	return emit_call(b, bb, dest, CALLEE_FN, callee_name(b, name), args, (uint32_t)e->nargs);
}
