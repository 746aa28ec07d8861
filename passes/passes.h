/*
 * passes.h — the transforms: rustc's StateTransform (state_transform.c) and the
 * optimisation passes, run in pipeline order by pipeline.c.
 */
#ifndef COROSLIM_PASSES_PASSES_H
#define COROSLIM_PASSES_PASSES_H

#include "../ir/ir.h"

/* ===================================================================== */
/* state_transform.c — rustc's StateTransform                           */
/* ===================================================================== */

/* passes/state_transform.c: rustc's StateTransform. Every FN_CORO_BODY is
 * replaced by its FN_RESUME and FN_DROP_SHIM, and its Coroutine gets a Layout.
 * In two steps, so that the frontend can transform each body while it is
 * still in cache: state_transform_body rewrites one body into the resume fn
 * (in place) and makes its drop shim; state_transform_finish, once every body
 * is done, rejects recursion, computes the layouts' sizes and offsets callees
 * first (a coroutine's size needs those of the coroutines it holds) and adds
 * the drop shims to the module in that order. */
typedef struct PendingCoro {
	Fn *resume;       /* the body, rewritten in place */
	Fn *shim;         /* not yet in the module; NULL: the coroutine had no body */
	uint32_t nlocals; /* the body's locals before the transform */
} PendingCoro;
/* What the module keeps of it (the layout, names) is allocated from ma:
 * m->arena, or the arena of the thread building it (frontend/build_body.c). */
void state_transform_body(Module *m, uint32_t ci, Fn *body, PendingCoro *out, Arena *ma);
int state_transform_finish(Module *m, const PendingCoro *pending /* by coroutine */, Diag *d);
int state_transform(Module *m, Diag *d);

/* ===================================================================== */
/* passes/pipeline.c — the optimisation passes, in pipeline order          */
/* ===================================================================== */

/* Each pass runs on a transformed Module and returns how many coroutines it
 * changed; it must leave the Module verifiable (checked after every pass). */
typedef struct Pass {
	const char *name;
	uint32_t (*run)(Module *m, const BuildOptions *o);
	const char *summary;
} Pass;
extern const Pass pipeline[];
extern const uint32_t npipeline;
const Pass *pass_find(const char *name);
/* Parse "a,b,c" (NULL or "all" = the whole pipeline); returns the count or -1 with d set. */
int pipeline_select(const char *csv, const Pass **out, uint32_t max, Diag *d);
/* Run the passes in the given order, verifying after each; `after` (may be
 * NULL) sees the Module after every pass. 0, or -1 with d naming the pass. */
int pipeline_run(Module *m, const Pass *const *list, uint32_t n, const BuildOptions *o, Diag *d,
		 void (*after)(const Module *m, const Pass *p, void *ud), void *ud);

uint32_t elide_awaitless(Module *m, const BuildOptions *o);
uint32_t inline_single_await(Module *m, const BuildOptions *o);
uint32_t merge_states(Module *m, const BuildOptions *o);
uint32_t panic_to_pending(Module *m, const BuildOptions *o);


/* ===================================================================== */
/* rustc's passes before StateTransform, one file each, run per body     */
/* ===================================================================== */

/* A pass over one body, as rustc's MirPass::run_pass(tcx, body); is_enabled
 * (NULL: always) is rustc's MirPass::is_enabled, asked of the body's module
 * (its panic strategy). */
typedef struct BodyPass {
	const char *name; /* rustc's name for it, as in its MIR dumps */
	void (*run)(Fn *f);
	int (*is_enabled)(const Module *m);
} BodyPass;
/* before_transform.c: the list, in rustc's order, and what runs it on one
 * body (the frontend, as each body is built). */
extern const BodyPass passes_before_state_transform[];
extern const uint32_t npasses_before_state_transform;
void run_passes_before_state_transform(Fn *f);

void simplify_cfg(Fn *f);             /* simplify_cfg.c: SimplifyCfg */
void remove_dead_blocks(Fn *f);       /* simplify_cfg.c: simplify::remove_dead_blocks */
void cleanup_post_borrowck(Fn *f);    /* cleanup_post_borrowck.c: CleanupPostBorrowck */
/* remove_noop_landing_pads.c: RemoveNoopLandingPads (rustc's method name:
 * elide_awaitless.c has a helper of its own called remove_noop_landing_pads) */
void remove_nop_landing_pads(Fn *f);
void derefer(Fn *f);                  /* derefer.c: Derefer */
void add_call_guards(Fn *f);          /* add_call_guards.c: AddCallGuards::CriticalCallEdges */
void elaborate_drops(Fn *f);          /* elaborate_drops.c: ElaborateDrops */
/* elaborate_drops.c: coroutine.rs elaborate_coroutine_drops (the state transform's
 * `drop(_1)` ladders over the upvars, with DropShimElaborator) */
void elaborate_coroutine_drops(Fn *f);
void abort_unwinding_calls(Fn *f);    /* abort_unwinding_calls.c: AbortUnwindingCalls */

#endif
