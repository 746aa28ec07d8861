/* before_transform.c — the passes rustc runs on a body between building it and
 * StateTransform, in rustc's order (compiler/rustc_mir_transform/src/lib.rs):
 * SimplifyCfg-initial in mir_promoted, then run_analysis_cleanup_passes
 * (CleanupPostBorrowck, RemoveNoopLandingPads, SimplifyCfg-post-analysis,
 * Derefer), then run_runtime_lowering_passes up to StateTransform
 * (AddCallGuards::CriticalCallEdges, ElaborateDrops, AbortUnwindingCalls).
 *
 * The frontend runs this list on each body as soon as it is built
 * (frontend/build_body.c, finish_fn), on the thread that built it, while the
 * body is still in cache; a body from rustc's MIR (frontend/import.c) has
 * been through them in rustc already.
 *
 * Left out, as they change nothing the subset can express:
 * ImpossiblePredicates, PostAnalysisNormalize, Subtyper, CheckDropRecursion,
 * AddMovesForPackedDrops, AddRetag, ElaborateBoxDerefs.
 */
#include "passes.h"

static int unwinds(const Module *m) { return !m->panic_abort; }

/* The facts (passes.h, FACT_*). Liveness, every block reachable from bb0:
 * SimplifyCfg ends with remove_dead_blocks; CleanupPostBorrowck (a FalseEdge's
 * imaginary target, a FalseUnwind's unwind) and RemoveNoopLandingPads (unwind
 * edges) remove edges; Derefer writes statements and terminators' places, never
 * an edge; AddCallGuards points a reachable call at a new block that goes to the
 * call's old target; ElaborateDrops ends with remove_dead_blocks;
 * AbortUnwindingCalls removes the dead blocks when it cut an edge. No nop:
 * CleanupPostBorrowck removes them; RemoveNoopLandingPads writes terminators
 * only; SimplifyCfg moves statements, Derefer and AddCallGuards add
 * assignments and gotos, none a nop. Noted (miss39): CleanupPostBorrowck and
 * RemoveNoopLandingPads note each block's successors once their walk has
 * written them (simplify_cfg_note_block), for SimplifyCfg-post-analysis next;
 * no pass keeps the fact, so only the pass right after them is told it. */
const BodyPass passes_before_state_transform[] = {
	{"SimplifyCfg-initial", simplify_cfg, NULL, FACT_LIVE, FACT_NO_NOP, simplify_cfg_known, NULL},
	{"CleanupPostBorrowck", cleanup_post_borrowck, NULL, FACT_NO_NOP | FACT_NOTED, 0, NULL,
	 cleanup_post_borrowck_and_pads},
	{"RemoveNoopLandingPads", remove_nop_landing_pads, unwinds, FACT_NOTED, FACT_NO_NOP, NULL, NULL},
	{"SimplifyCfg-post-analysis", simplify_cfg, NULL, FACT_LIVE, FACT_NO_NOP, simplify_cfg_known, NULL},
	{"Derefer", derefer, NULL, 0, FACT_LIVE | FACT_NO_NOP, NULL, NULL},
	{"AddCallGuards", add_call_guards, NULL, 0, FACT_LIVE | FACT_NO_NOP, NULL, NULL},
	{"ElaborateDrops", elaborate_drops, NULL, FACT_LIVE, 0, elaborate_drops_known, NULL},
	{"AbortUnwindingCalls", abort_unwinding_calls, NULL, 0, FACT_LIVE, NULL, NULL},
};
const uint32_t npasses_before_state_transform =
	sizeof passes_before_state_transform / sizeof passes_before_state_transform[0];

/* The sanitizer build checks the facts the list claims after each pass, by
 * counting the predecessors and looking at every statement afresh. */
static void check_facts(const Fn *f, const char *pass, unsigned facts)
{
	ScratchMark sm = scratch_mark();
	uint32_t *cnt = scratch_alloc_uninit((f->nblocks ? f->nblocks : 1) * sizeof *cnt);
	cfg_preds_count((Fn *)f, cnt);
	for (BlockId b = 0; b < f->nblocks; b++) {
		if ((facts & FACT_LIVE) && !cnt[b])
			internal_error("%s: %s left bb%u unreachable, which its facts say it does not", f->name, pass,
				       b);
		for (uint32_t i = 0; (facts & FACT_NO_NOP) && i < f->blocks[b].nstmts; i++)
			if (f->blocks[b].stmts[i].kind == ST_NOP)
				internal_error("%s: %s left a nop in bb%u, which its facts say it does not", f->name,
					       pass, b);
	}
	scratch_release(sm);
}

void run_passes_before_state_transform(Fn *f)
{
	unsigned facts = FACT_BUILT; /* none else known until a pass makes them */
	simplify_cfg_note_drop(); /* what an earlier body's run left (none: SimplifyCfg drops them) */
	for (uint32_t i = 0; i < npasses_before_state_transform; i++) {
		const BodyPass *p = &passes_before_state_transform[i];
		if (p->is_enabled && !p->is_enabled(f->mod))
			continue;
		const BodyPass *next = i + 1 < npasses_before_state_transform ? p + 1 : NULL;
		if (p->run_with_next && next && (!next->is_enabled || next->is_enabled(f->mod))) {
			/* the two in one walk: the facts as after the one, then the other */
			p->run_with_next(f);
			facts = next->makes | ((p->makes | (facts & p->keeps)) & next->keeps);
			i++;
			if (COROSLIM_ASAN && facts)
				check_facts(f, next->name, facts);
			continue;
		}
		if (p->run_known)
			p->run_known(f, facts);
		else
			p->run(f);
		facts = p->makes | (facts & p->keeps);
		if (COROSLIM_ASAN && facts)
			check_facts(f, p->name, facts);
	}
	simplify_cfg_note_drop();
}
