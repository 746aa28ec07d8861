/* cleanup_post_borrowck.c — rustc's CleanupPostBorrowck
 * (compiler/rustc_mir_transform/src/cleanup_post_borrowck.rs), run on each
 * body before StateTransform (passes/before_transform.c).
 *
 * What only the borrow checker needed goes: FalseEdge and FalseUnwind become
 * plain gotos, FakeReads become nops (rustc also removes AscribeUserType,
 * Coverage markers and the like, which the subset never builds).
 *
 * Divergence: the nops (the FakeReads' and any other) are removed here, not
 * left for SimplifyCfg-post-analysis to strip: RemoveNoopLandingPads, the one
 * pass between, counts a nop as a no-op statement (removing one changes none of
 * its decisions), and nothing is printed or read in between, so the body after
 * SimplifyCfg-post-analysis is the same, and that pass skips its walk over
 * every statement (FACT_NO_NOP, before_transform.c).
 */
#include "passes.h"

void cleanup_post_borrowck_block(Fn *f, BlockId bb)
{
	Block *bl = &f->blocks[bb];
	if (bl->term.kind == TK_GOTO && bl->term.op != GOTO_PLAIN)
		bl->term = term_goto(bl->term.target);
	uint32_t k = 0;
	for (uint32_t i = 0; i < bl->nstmts; i++)
		if (bl->stmts[i].kind != ST_NOP) {
			if (k != i) /* a statement kept in place is not written (its line stays clean) */
				bl->stmts[k] = bl->stmts[i];
			k++;
		}
	bl->nstmts = k;
}

void cleanup_post_borrowck(Fn *f)
{
	simplify_cfg_note_begin(f);
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		cleanup_post_borrowck_block(f, bb);
		simplify_cfg_note_block(f, bb); /* its edges as SimplifyCfg-post-analysis finds them */
	}
}
