/*
 * query.c — what a pass may ask about the bodies other than the one it runs
 * on (rustc: the queries of TyCtxt a MirPass calls). Each is computed on
 * demand from the module as the pipeline's schedule leaves it: during a
 * PASS_CALLEE_FIRST pass a callee has already run, so an answer about it is
 * the one after the pass; during a PASS_EACH_BODY pass nothing another body
 * can see changes until every body ran.
 *
 * Two queries rustc has under another name are not here because the IR
 * answers them: a type's size and alignment (type_size/type_align/
 * layout_compute, which read the layouts of the futures a type holds) is
 * rustc's layout_of; a coroutine's variants and saved locals (Body.layout)
 * its coroutine_layout (from mir_coroutine_witnesses).
 */
#include <string.h>

#include "passes.h"

static int count_polls(const Fn *f, const Term **only)
{
	int n = 0;
	for (BlockId b = 0; b < f->nblocks; b++)
		if (f->blocks[b].term.kind == TK_CALL && f->blocks[b].term.op == CALLEE_POLL)
			n++, *only = &f->blocks[b].term;
	return n;
}

/* The coroutine whose future type t is once replacements are followed, or NO_ID. */
static uint32_t coro_of(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	if (ty->kind != TY_CORO)
		return NO_ID;
	uint32_t ci = ty->coro;
	while (m->coros[ci].replaced_by != NO_ID)
		ci = m->coros[ci].replaced_by;
	return ci;
}

/* Which rustc query: none. A coroutine's answer to a poll after completion is
 * the assert of its Returned arm, which StateTransform writes into the resume
 * fn (and -Zasync-panic would change); every async block is transformed
 * individually and no data is kept about it afterwards. A rustc patch would
 * add a query on the coroutine's DefId (say coroutine_repoll_answer) that
 * reads the optimized MIR of the callee, as this one reads its resume fn. */
RepollAnswer query_repoll_answer(const PassCx *cx, TypeId future)
{
	Module *m = cx->m;
	for (int depth = 0; depth <= 64; depth++) {
		uint32_t ci = coro_of(m, future);
		if (ci == NO_ID)
			return REPOLL_UNKNOWN;
		const Coroutine *g = &m->coros[ci];
		const Fn *r = g->resume ? module_find_fn(m, g->resume) : NULL;
		if (!r || !g->layout)
			return REPOLL_UNKNOWN;
		const Term *poll = NULL;
		if (count_polls(r, &poll) == 0 && g->layout->nvariants <= STATE_FIRST_SUSPEND)
			return REPOLL_AWAITLESS; /* elide-awaitless may make it answer Ready(v) */
		/* (a Suspend state without a poll the module sees, imported code awaiting a
		 * hand-written future: no candidate of elide-awaitless, its Returned arm panics) */
		BlockId sw = fn_state_switch(r, type_coro(m, ci), NULL);
		if (sw == NO_BLOCK)
			return REPOLL_UNKNOWN;
		if (switch_arm_target(r, sw, STATE_RETURNED) != NO_BLOCK)
			return REPOLL_PANICS;
		/* no Returned state: an inlined forwarder (form B); its callee answers */
		future = query_forwards_to(cx, ci);
		if (future == NO_ID)
			return REPOLL_UNKNOWN;
	}
	return REPOLL_UNKNOWN;
}

/* Which rustc query: none, for the same reason (the shape of another
 * coroutine's resume fn after the passes); a patch would keep it beside the
 * coroutine_layout of the forwarder. */
TypeId query_forwards_to(const PassCx *cx, uint32_t coro)
{
	Module *m = cx->m;
	const Coroutine *g = &m->coros[coro];
	const Fn *r = g->resume ? module_find_fn(m, g->resume) : NULL;
	if (!r || !g->layout || g->layout->nvariants != STATE_FIRST_SUSPEND + 1)
		return NO_ID;
	const Term *poll = NULL;
	BlockId sw;
	if (count_polls(r, &poll) != 1 || (sw = fn_state_switch(r, type_coro(m, coro), NULL)) == NO_BLOCK || switch_arm_target(r, sw, STATE_RETURNED) != NO_BLOCK)
		return NO_ID;
	return poll->x;
}

/* Which rustc query: optimized_mir of the async fn's DefId (the outer fn that
 * builds the coroutine; the coroutine's own body is a separate DefId). */
Fn *query_constructor(const PassCx *cx, uint32_t coro)
{
	Module *m = cx->m;
	const Coroutine *c = &m->coros[coro];
	if (c->kind != CORO_ASYNC_FN)
		return NULL;
	Fn *k = module_find_fn(m, c->name);
	if (!k || k->kind != FN_SYNC || !k->nlocals || k->locals[0].ty != type_coro(m, coro))
		return NULL;
	return k;
}

/* Which rustc query: coroutine_kind / asyncness of the callee's DefId (an
 * `async fn` only builds its coroutine: nothing observable runs, nothing
 * unwinds). Once inline-single-await replaced it, it runs an effect-free
 * preamble: still nothing observable. */
int query_is_constructor(const PassCx *cx, const char *name)
{
	Module *m = cx->m;
	int ci = module_find_coro(m, name);
	const Fn *g = module_find_fn(m, name);
	return ci >= 0 && m->coros[ci].kind == CORO_ASYNC_FN && g && g->kind == FN_SYNC && g->nlocals &&
	       type_get(m, g->locals[0].ty)->kind == TY_CORO;
}

/* Which rustc query: the callee's codegen_fn_attrs (#[rustc_nounwind]) or
 * fn_abi_of_instance's can_unwind; the prelude's builtins stand for such
 * functions. A function of the program is never one of them. */
int query_is_nounwind_builtin(const PassCx *cx, const char *name)
{
	return !module_find_fn(cx->m, name) &&
	       (strcmp(name, "observe") == 0 || strcmp(name, "guard") == 0 || strcmp(name, "yield_now") == 0);
}
