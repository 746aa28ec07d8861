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
/* The pass API (pipeline.c, query.c): rustc's MirPass, one body at a time  */
/* ===================================================================== */

/* A body: one coroutine after the state transform, as rustc's run_pass(tcx,
 * body) gets one MIR body. Here a body is the coroutine's resume fn with its
 * drop shim and layout, which rustc produces from one coroutine body too. */
typedef struct Body {
	uint32_t coro;     /* its index in m->coros */
	Coroutine *c;
	Fn *resume;        /* the resume fn (rustc: the coroutine's optimized_mir) */
	Fn *drop;          /* the drop shim (rustc: coroutine_drop), or NULL */
	/* PASS_EACH_BODY: a copy of c->layout, installed by the pipeline once every
	 * body ran (the others see this one's old layout until then). Its arrays
	 * are still the module's: a run that reshapes the layout allocates new
	 * ones from arena (merge-states), or only rewrites its own in place
	 * (elide-awaitless's layout_compute: no other run reads them).
	 * PASS_CALLEE_FIRST: c->layout itself. */
	Layout *layout;
	Arena *arena;      /* outlives the pass: the worker's, adopted by the module */
	void *screened;    /* what the pass's screen returned for this body, or NULL */
	/* What the run reports and the pipeline applies (module-wide effects): */
	uint32_t replaced_by; /* NO_ID, or F: this future is F's from now on, in every type */
	Fn *constructor;      /* with replaced_by: the new constructor, not yet in the module */
} Body;

/* What a run may ask about the rest of the module. m: the types (type_get,
 * type_size, interning) and the body's own fns; other bodies only through
 * the queries below. */
typedef struct PassCx {
	Module *m;
	const BuildOptions *o;
	const uint32_t *callee_first; /* PASS_CALLEE_FIRST: the order the bodies run in */
} PassCx;

typedef enum {
	/* Any order, on several threads: a run sees every other body as it was
	 * before the pass (its layout's size included). */
	PASS_EACH_BODY,
	/* One thread, callees first (a body runs after the coroutines whose
	 * futures it holds), so a query about a callee sees it after this pass;
	 * again over the bodies not yet changed while a run reports a
	 * replacement (a fixpoint: a replacement changes other bodies' types). */
	PASS_CALLEE_FIRST,
} PassSchedule;

/* A pass. run changes the body and returns 1, or changes nothing and
 * returns 0 (it may build into a copy and give up: it must leave the body
 * as it found it). It must leave the body verifiable. Only name, run and
 * summary are needed: a pass with no other field runs on every body, on
 * several threads. */
typedef struct Pass {
	const char *name;
	int (*run)(const PassCx *cx, Body *b);
	const char *summary;
	PassSchedule schedule;
	int (*enabled)(const BuildOptions *o); /* rustc's MirPass::is_enabled; NULL: always */
	/* Not in "all" (the default pipeline, the Project Goal's four passes):
	 * run only when named. `check` still runs it alone and after the rest. */
	int opt_in;
	/* Optional, PASS_CALLEE_FIRST: a read-only first look at every body, on
	 * several threads before the runs; NULL skips the body. Its answer stands
	 * until the pipeline changes the body (a replacement's retyping), when it
	 * is asked again; forget frees it. */
	void *(*screen)(const PassCx *cx, const Body *b);
	void (*forget)(void *screened);
} Pass;
extern const Pass pipeline[];
extern const uint32_t npipeline;
const Pass *pass_find(const char *name);
/* Parse "a,b,c" (NULL or "all" = the whole pipeline); returns the count or -1 with d set. */
int pipeline_select(const char *csv, const Pass **out, uint32_t max, Diag *d);
/* One pass over every body of m, with its module-wide effects applied (layouts
 * of holders, replacements, sweeping); not verified. How many bodies changed. */
uint32_t pass_run(Module *m, const Pass *p, const BuildOptions *o);
/* Run the passes in the given order, verifying after each; `after` (may be
 * NULL) sees the Module after every pass. 0, or -1 with d naming the pass. */
int pipeline_run(Module *m, const Pass *const *list, uint32_t n, const BuildOptions *o, Diag *d,
		 void (*after)(const Module *m, const Pass *p, void *ud), void *ud);

/* ---- query.c: what a run may know about other bodies ---------------- */

/* How a future answers a poll after it completed. */
typedef enum {
	REPOLL_UNKNOWN,   /* not a coroutine of the program, or Ready again later (YieldNow) */
	REPOLL_PANICS,    /* panics "`async fn` resumed after completion" (Pending after panic-to-pending) */
	REPOLL_AWAITLESS, /* an await-free coroutine: panics, or (elide-awaitless, stateless) Ready(v) again */
} RepollAnswer;
/* rustc: none; every async block is transformed individually and no data is
 * kept about it afterwards (query.c: what a patch would add). */
RepollAnswer query_repoll_answer(const PassCx *cx, TypeId future);
/* The future a pure forwarder awaits: a coroutine left with one Suspend state,
 * one poll and no Returned arm (inline-single-await's form B), else NO_ID.
 * rustc: none, as above. */
TypeId query_forwards_to(const PassCx *cx, uint32_t coro);
/* The async fn's constructor: the sync fn of the coroutine's name returning
 * its future; NULL for an async block or when there is none. rustc:
 * optimized_mir of the async fn's DefId. */
Fn *query_constructor(const PassCx *cx, uint32_t coro);
/* Is `name` an async fn's constructor (it only builds the coroutine)? rustc:
 * coroutine_kind / asyncness of the callee. */
int query_is_constructor(const PassCx *cx, const char *name);
/* Is `name` one of the prelude's builtins that never unwind (observe, guard,
 * yield_now)? rustc: codegen_fn_attrs (#[rustc_nounwind]), fn_abi's can_unwind. */
int query_is_nounwind_builtin(const PassCx *cx, const char *name);

/* The passes of the pipeline (one file each). */
int elide_awaitless(const PassCx *cx, Body *b);
int inline_single_await(const PassCx *cx, Body *b);
void *inline_single_await_screen(const PassCx *cx, const Body *b);
void inline_single_await_forget(void *screened);
int merge_states(const PassCx *cx, Body *b);
int panic_to_pending(const PassCx *cx, Body *b);
int release_only(const BuildOptions *o);
/* relocate_upvars.c: upvars moved out at the first poll leave the prefix;
 * _pack also packs the layout by its conflicts */
int relocate_upvars(const PassCx *cx, Body *b);
int relocate_upvars_pack(const PassCx *cx, Body *b);


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
	/* Facts about the body that let a later pass skip a walk (FACT_*, checked
	 * afresh after each pass in the sanitizer build, before_transform.c): those
	 * that hold after the pass whatever held before (makes), and those that
	 * still hold after it when they held before (keeps). */
	uint8_t makes, keeps;
	/* the pass on a body where the facts given hold (NULL: run) */
	void (*run_known)(Fn *f, unsigned facts);
	/* when the next pass runs too: both in one walk (NULL: each on its own) */
	void (*run_with_next)(Fn *f);
} BodyPass;
enum {
	FACT_LIVE = 1,   /* every block is reachable from bb0 */
	FACT_NO_NOP = 2, /* no statement is a nop (ST_NOP) */
	/* fresh from the MIR builder, whose every reachable block must have its
	 * terminator: the first pass's walk checks it (an internal error), which
	 * finish_fn did in a walk of its own (walk33) */
	FACT_BUILT = 4,
	/* miss39: simplify_cfg's notes (below) hold every block's successors as
	 * they are: the pass wrote them in its walk, the last over the body */
	FACT_NOTED = 8
};
/* before_transform.c: the list, in rustc's order, and what runs it on one
 * body (the frontend, as each body is built). */
extern const BodyPass passes_before_state_transform[];
extern const uint32_t npasses_before_state_transform;
void run_passes_before_state_transform(Fn *f);

void simplify_cfg(Fn *f);             /* simplify_cfg.c: SimplifyCfg */
void remove_dead_blocks(Fn *f);       /* simplify_cfg.c: simplify::remove_dead_blocks */
void cleanup_post_borrowck(Fn *f);    /* cleanup_post_borrowck.c: CleanupPostBorrowck */
void cleanup_post_borrowck_block(Fn *f, BlockId bb); /* the same, on one block */
/* remove_noop_landing_pads.c: CleanupPostBorrowck then RemoveNoopLandingPads, one walk */
void cleanup_post_borrowck_and_pads(Fn *f);
/* remove_noop_landing_pads.c: RemoveNoopLandingPads (rustc's method name:
 * elide_awaitless.c has a helper of its own called remove_noop_landing_pads) */
void remove_nop_landing_pads(Fn *f);
void derefer(Fn *f);                  /* derefer.c: Derefer */
void add_call_guards(Fn *f);          /* add_call_guards.c: AddCallGuards::CriticalCallEdges */
void elaborate_drops(Fn *f);          /* elaborate_drops.c: ElaborateDrops */
void elaborate_drops_known(Fn *f, unsigned facts); /* the same, given FACT_* */
void simplify_cfg_known(Fn *f, unsigned facts);    /* the same, given FACT_* */
/* miss39: a walk over every block in order (CleanupPostBorrowck's) notes each block's successors
 * once it has written them, for the SimplifyCfg run next on the same body, which then counts the
 * predecessors from the notes instead of reading every block again; simplify_cfg_known takes them
 * when told FACT_NOTED (and FACT_NO_NOP), and drops them (simplify_cfg.c) */
void simplify_cfg_note_begin(Fn *f);
void simplify_cfg_note_block(Fn *f, BlockId bb); /* bb = 0, 1, ... in order */
void simplify_cfg_note_drop(void);
/* elaborate_drops.c: coroutine.rs elaborate_coroutine_drops (the state transform's
 * `drop(_1)` ladders over the upvars, with DropShimElaborator) */
void elaborate_coroutine_drops(Fn *f);
void abort_unwinding_calls(Fn *f);    /* abort_unwinding_calls.c: AbortUnwindingCalls */

/* bit_tree.c: bitsets over N bits as binary trees over their words, whose
 * all-zeros and all-ones subtrees are one node (ElaborateDrops' dataflow
 * states: a set of "the first k paths" is log2(N / 64) nodes). A tree is a
 * value (a copy is its root), but for the nodes made since the last freeze,
 * which the set being changed owns and changes in place. */
typedef uint32_t BitTree;
enum { BT_ZEROS = 0, BT_ONES = 1 };
typedef struct BitForest {
	uint32_t (*kid)[2]; /* the nodes above the leaves */
	uint64_t *word;     /* the leaves */
	uint32_t nkid, capkid, nword, capword;
	uint32_t frozen_kid, frozen_word; /* the nodes before these are shared */
	uint32_t h;                       /* the levels above the leaves: 2^h >= the words */
} BitForest;
void bitforest_init(BitForest *F, uint32_t nwords);
void bitforest_free(BitForest *F);
void bitforest_freeze(BitForest *F); /* before a root is copied to be changed */
uint64_t bittree_word(const BitForest *F, BitTree t, uint32_t w);
/* t with word w := (word & keep) | set */
BitTree bittree_update(BitForest *F, BitTree t, uint32_t w, uint64_t keep, uint64_t set);
/* a | b; *grew set when that differs from a (never cleared) */
BitTree bittree_union(BitForest *F, BitTree a, BitTree b, int *grew);

#endif
