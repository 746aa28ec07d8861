/* cleanup_post_borrowck.c — rustc's CleanupPostBorrowck
 * (compiler/rustc_mir_transform/src/cleanup_post_borrowck.rs), run on each
 * body before StateTransform (passes/before_transform.c).
 *
 * What only the borrow checker needed goes: FalseEdge and FalseUnwind become
 * plain gotos, FakeReads become nops (rustc also removes AscribeUserType,
 * Coverage markers and the like, which the subset never builds).
 */
#include "passes.h"

void cleanup_post_borrowck(Fn *f)
{
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		Block *bl = &f->blocks[bb];
		if (bl->term.kind == TK_GOTO && bl->term.op != GOTO_PLAIN)
			bl->term = term_goto(bl->term.target);
		for (uint32_t i = 0; i < bl->nstmts; i++)
			if (bl->stmts[i].kind == ST_NOP)
				bl->stmts[i].x = 0;
	}
}
