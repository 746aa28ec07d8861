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

const BodyPass passes_before_state_transform[] = {
	{"SimplifyCfg-initial", simplify_cfg, NULL},
	{"CleanupPostBorrowck", cleanup_post_borrowck, NULL},
	{"RemoveNoopLandingPads", remove_nop_landing_pads, unwinds},
	{"SimplifyCfg-post-analysis", simplify_cfg, NULL},
	{"Derefer", derefer, NULL},
	{"AddCallGuards", add_call_guards, NULL},
	{"ElaborateDrops", elaborate_drops, NULL},
	{"AbortUnwindingCalls", abort_unwinding_calls, NULL},
};
const uint32_t npasses_before_state_transform =
	sizeof passes_before_state_transform / sizeof passes_before_state_transform[0];

void run_passes_before_state_transform(Fn *f)
{
	for (uint32_t i = 0; i < npasses_before_state_transform; i++) {
		const BodyPass *p = &passes_before_state_transform[i];
		if (!p->is_enabled || p->is_enabled(f->mod))
			p->run(f);
	}
}
