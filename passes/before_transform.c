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

/* Liveness (every block reachable from bb0): SimplifyCfg ends with
 * remove_dead_blocks; CleanupPostBorrowck (a FalseEdge's imaginary target, a
 * FalseUnwind's unwind) and RemoveNoopLandingPads (unwind edges) remove edges;
 * Derefer writes statements and terminators' places, never an edge;
 * AddCallGuards points a reachable call at a new block that goes to the call's
 * old target; AbortUnwindingCalls removes the dead blocks when it cut an edge. */
const BodyPass passes_before_state_transform[] = {
	{"SimplifyCfg-initial", simplify_cfg, NULL, LIVE_MAKES, NULL},
	{"CleanupPostBorrowck", cleanup_post_borrowck, NULL, LIVE_BREAKS, NULL},
	{"RemoveNoopLandingPads", remove_nop_landing_pads, unwinds, LIVE_BREAKS, NULL},
	{"SimplifyCfg-post-analysis", simplify_cfg, NULL, LIVE_MAKES, NULL},
	{"Derefer", derefer, NULL, LIVE_KEEPS, NULL},
	{"AddCallGuards", add_call_guards, NULL, LIVE_KEEPS, NULL},
	{"ElaborateDrops", elaborate_drops, NULL, LIVE_MAKES, elaborate_drops_live},
	{"AbortUnwindingCalls", abort_unwinding_calls, NULL, LIVE_KEEPS, NULL},
};
const uint32_t npasses_before_state_transform =
	sizeof passes_before_state_transform / sizeof passes_before_state_transform[0];

/* The sanitizer build checks the liveness the list claims after each pass
 * that claims it, by counting the predecessors afresh. */
static void check_live(const Fn *f, const char *pass)
{
	ScratchMark sm = scratch_mark();
	uint32_t *cnt = scratch_alloc_uninit((f->nblocks ? f->nblocks : 1) * sizeof *cnt);
	cfg_preds_count((Fn *)f, cnt);
	for (BlockId b = 0; b < f->nblocks; b++)
		if (!cnt[b])
			internal_error("%s: %s left bb%u unreachable, which its liveness says it does not", f->name,
				       pass, b);
	scratch_release(sm);
}

void run_passes_before_state_transform(Fn *f)
{
	int live = 0; /* every block reachable from bb0: not known until a pass makes it */
	for (uint32_t i = 0; i < npasses_before_state_transform; i++) {
		const BodyPass *p = &passes_before_state_transform[i];
		if (p->is_enabled && !p->is_enabled(f->mod))
			continue;
		if (live && p->run_live)
			p->run_live(f);
		else
			p->run(f);
		live = p->live == LIVE_MAKES || (live && p->live == LIVE_KEEPS);
		if (COROSLIM_ASAN && live)
			check_live(f, p->name);
	}
}
