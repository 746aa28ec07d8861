/* add_call_guards.c — rustc's AddCallGuards::CriticalCallEdges
 * (compiler/rustc_mir_transform/src/add_call_guards.rs), run on each body
 * before StateTransform (passes/before_transform.c).
 *
 * A call that has an unwind edge (cleanup or terminate) and returns to a
 * block with more than one predecessor returns to a new block that jumps
 * there instead: the critical edge gets a block of its own, where a later
 * pass can put statements that must run only after that call returns (in
 * rustc, codegen's call-return stores).
 */
#include "passes.h"

void add_call_guards(Fn *f)
{
	uint32_t n = f->nblocks;
	/* the predecessor counts are needed only when some call has an unwind
	 * edge: most bodies of the subset (a fn of N shadowed lets, of N match
	 * arms) have none, and counting was a walk of every block */
	uint32_t bb0 = 0;
	while (bb0 < n && !(f->blocks[bb0].term.kind == TK_CALL && f->blocks[bb0].term.target != NO_BLOCK &&
			    (f->blocks[bb0].term.unwind == UW_CLEANUP || f->blocks[bb0].term.unwind == UW_TERMINATE)))
		bb0++;
	if (bb0 == n)
		return;
	ScratchMark sm = scratch_mark();
	uint32_t *pred = scratch_alloc(n * sizeof *pred);
	BlockId *s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	for (uint32_t bb = 0; bb < n; bb++) {
		uint32_t ns = cfg_succs(f, &f->blocks[bb].term, s);
		for (uint32_t i = 0; i < ns; i++)
			pred[s[i]]++;
	}
	for (uint32_t bb = bb0; bb < n; bb++) {
		Term *t = &f->blocks[bb].term;
		if (t->kind != TK_CALL || t->target == NO_BLOCK || pred[t->target] <= 1)
			continue;
		if (t->unwind != UW_CLEANUP && t->unwind != UW_TERMINATE)
			continue;
		BlockId tgt = t->target;
		BlockId g = fn_add_block(f, f->blocks[bb].cleanup);
		fn_set_term(f, g, term_goto(tgt));
		f->blocks[bb].term.target = g;
	}
	scratch_release(sm);
}
