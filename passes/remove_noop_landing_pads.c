/* remove_noop_landing_pads.c — rustc's RemoveNoopLandingPads
 * (compiler/rustc_mir_transform/src/remove_noop_landing_pads.rs), run on each
 * body before StateTransform (passes/before_transform.c).
 *
 * A cleanup block is a no-op landing pad when its statements are only
 * StorageLive/Dead, nops (FakeReads included) and assignments of a Use to a
 * local (drop flags), and it resumes unwinding or goes to another no-op pad.
 * A Call, Drop or Assert whose unwind goes to one unwinds straight to the
 * caller instead (UnwindAction::Continue). Off under panic=abort, as rustc's
 * is_enabled has it.
 *
 * Divergences: the no-op set is iterated to a fixpoint rather than decided
 * once per block in postorder; an assignment of a Discriminant and a
 * SwitchInt or false-edge terminator never count as no-ops (the subset's
 * cleanup blocks have none at this point); rustc also redirects the other
 * edges into no-op pads (a cleanup Drop's target) to its one resume block,
 * which is not modelled.
 */
#include "passes.h"

void remove_nop_landing_pads(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint8_t *nop = scratch_alloc(n);
	/* postorder approximated by iterating to a fixpoint */
	for (int changed = 1; changed;) {
		changed = 0;
		for (uint32_t bb = 0; bb < n; bb++) {
			Block *b = &f->blocks[bb];
			if (nop[bb] || !b->cleanup || !b->has_term)
				continue;
			int ok = 1;
			for (uint32_t i = 0; i < b->nstmts && ok; i++) {
				uint8_t k = b->stmts[i].kind;
				ok = k == ST_STORAGE_LIVE || k == ST_STORAGE_DEAD || k == ST_NOP || k == ST_PLACE_MENTION ||
				     (k == ST_ASSIGN && b->stmts[i].rv == RV_USE && place_is_local(f, b->stmts[i].place));
			}
			if (!ok)
				continue;
			if (b->term.kind == TK_RESUME) {
			} else if (b->term.kind == TK_GOTO) {
				ok = nop[b->term.target];
			} else {
				ok = 0;
			}
			if (ok) {
				nop[bb] = 1;
				changed = 1;
			}
		}
	}
	for (uint32_t bb = 0; bb < n; bb++) {
		Term *t = &f->blocks[bb].term;
		if (!f->blocks[bb].has_term)
			continue;
		if ((t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_ASSERT) && t->unwind == UW_CLEANUP &&
		    nop[t->unwind_bb]) {
			t->unwind = UW_CONTINUE;
			t->unwind_bb = NO_BLOCK;
		}
	}
	scratch_release(sm);
}
