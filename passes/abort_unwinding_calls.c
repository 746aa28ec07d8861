/* abort_unwinding_calls.c — rustc's AbortUnwindingCalls
 * (compiler/rustc_mir_transform/src/abort_unwinding_calls.rs), run on each
 * body before StateTransform (passes/before_transform.c).
 *
 * rustc removes the cleanup (UnwindAction::Unreachable) of every call, drop
 * and assert that cannot unwind, then the cleanup blocks no longer reached
 * (remove_dead_blocks). Every callee here is a Rust fn: under panic=unwind
 * all of them may unwind and the pass changes nothing; under panic=abort
 * none does, so every unwind edge goes.
 *
 * Divergence: rustc leaves the terminators of cleanup blocks alone; here they
 * lose their unwind too, and are removed with the rest of the cleanup blocks
 * (nothing reaches them once no edge from a normal block does).
 */
#include "passes.h"

void abort_unwinding_calls(Fn *f)
{
	if (!f->mod->panic_abort)
		return;
	int cut = 0; /* an edge to a cleanup block removed */
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		Term *t = &f->blocks[bb].term;
		if (t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_ASSERT) {
			if (t->unwind != UW_UNREACHABLE) {
				cut |= t->unwind == UW_CLEANUP;
				t->unwind = UW_UNREACHABLE;
				t->unwind_bb = NO_BLOCK;
			}
		}
	}
	/* both callers removed the dead blocks just before (ElaborateDrops' last step; the
	 * state transform's fn_remove_dead_blocks): with no edge removed none is dead, and
	 * counting the predecessors again would find none */
	if (cut)
		remove_dead_blocks(f);
}
