/* broken_passes.c — three deliberately wrong per-body passes (passes.h's
 * Pass API), for testing the checker only. They are compiled in and reachable
 * as `coroslim check --passes=broken-...`, never part of the pipeline.
 * Each was written to keep the IR verifiable, so that only the checker could
 * catch it; the verifier now catches broken-swap-states (a state's arm reads a
 * saved local its variant does not hold) and broken-overlap-locals (the
 * layout's overlaps), and `check` verifies each stage before running it:
 *
 *   broken-swap-states       the resume switch sends state 3 to state 4's
 *                            resume block and back
 *   broken-early-guard-drop  a saved Guard is dropped when the last Suspend
 *                            state holding it is entered instead of after
 *                            its resume (its normal drop becomes a goto)
 *   broken-overlap-locals    two conflicting saved locals share an offset
 */
#include <string.h>

#include "broken.h"

static Fn *resume_fn(const Body *b)
{
	return b->resume->kind == FN_RESUME ? b->resume : NULL;
}

/* The local a block assigns `discriminant(...)` of a coroutine to, or NO_ID. */
static LocalId discr_local(const Fn *f, const Block *b)
{
	for (uint32_t i = 0; i < b->nstmts; i++) {
		const Stmt *s = &b->stmts[i];
		if (s->kind != ST_ASSIGN || s->rv != RV_DISCR || !place_is_local(f, s->place))
			continue;
		if (type_get(f->mod, place_type(f, s->a.v))->kind == TY_CORO)
			return f->places[s->place].local;
	}
	return NO_ID;
}

int broken_swap_states(const PassCx *cx, Body *body)
{
	(void)cx;
	Fn *f = resume_fn(body);
	if (!f)
		return 0;
	for (uint32_t bi = 0; bi < f->nblocks; bi++) {
		Block *b = &f->blocks[bi];
		if (!b->has_term || b->term.kind != TK_SWITCH || b->term.a.kind == OP_CONST)
			continue;
		LocalId dl = discr_local(f, b);
		if (dl == NO_ID || f->places[b->term.a.v].local != dl)
			continue;
		SwitchArm *s3 = NULL, *s4 = NULL;
		for (uint32_t i = 0; i < b->term.nargs; i++) {
			SwitchArm *arm = &f->arms[b->term.args + i];
			if (arm->value == STATE_FIRST_SUSPEND)
				s3 = arm;
			else if (arm->value == STATE_FIRST_SUSPEND + 1)
				s4 = arm;
		}
		if (s3 && s4) {
			BlockId t = s3->target;
			s3->target = s4->target;
			s4->target = t;
			return 1;
		}
	}
	return 0;
}

/* The saved local a place `(((*_N) as variant#V).F: T)` names, or NO_ID. */
static uint32_t saved_of_place(const Fn *f, const Layout *l, PlaceId pid)
{
	const Place *p = &f->places[pid];
	if (p->nproj != 3)
		return NO_ID;
	const Proj *d = place_proj(f, p, 0), *v = place_proj(f, p, 1), *fl = place_proj(f, p, 2);
	if (d->kind != PROJ_DEREF || v->kind != PROJ_DOWNCAST || fl->kind != PROJ_FIELD)
		return NO_ID;
	if (v->index >= l->nvariants || fl->index >= l->nfields[v->index])
		return NO_ID;
	return l->fields[l->field_start[v->index] + fl->index];
}

static int variant_has(const Layout *l, uint32_t v, uint32_t s)
{
	for (uint32_t i = 0; i < l->nfields[v]; i++)
		if (l->fields[l->field_start[v] + i] == s)
			return 1;
	return 0;
}

/* The non-cleanup block that sets the state to v and returns, or NO_BLOCK. */
static BlockId suspend_block(const Fn *f, uint32_t v)
{
	for (uint32_t bi = 0; bi < f->nblocks; bi++) {
	const Block *b = &f->blocks[bi];
	if (b->cleanup || !b->has_term || b->term.kind != TK_RETURN)
		continue;
	for (uint32_t i = 0; i < b->nstmts; i++)
		if (b->stmts[i].kind == ST_SET_DISCR && b->stmts[i].x == v)
			return bi;
	}
	return NO_BLOCK;
}

int broken_early_guard_drop(const PassCx *cx, Body *body)
{
	Module *m = cx->m;
	Fn *f = resume_fn(body);
	if (!f)
		return 0;
	const Layout *l = body->layout;
	for (uint32_t bi = 0; bi < f->nblocks; bi++) {
		Block *b = &f->blocks[bi];
		if (b->cleanup || !b->has_term || b->term.kind != TK_DROP)
			continue;
		uint32_t s = saved_of_place(f, l, b->term.place);
		if (s == NO_ID || type_get(m, l->saved[s].ty)->kind != TY_GUARD)
			continue;
		uint32_t last = NO_ID;
		for (uint32_t v = STATE_FIRST_SUSPEND; v < l->nvariants; v++)
			if (variant_has(l, v, s))
				last = v;
		BlockId sb = last == NO_ID ? NO_BLOCK : suspend_block(f, last);
		if (sb == NO_BLOCK)
			continue;
		PlaceId p = b->term.place;
		fn_set_term(f, bi, term_goto(b->term.target));
		BlockId ret = fn_add_block(f, 0);
		fn_set_term(f, ret, term_simple(TK_RETURN));
		Term d = {.kind = TK_DROP, .place = p, .target = ret, .drop = NO_BLOCK,
			  .unwind = m->panic_abort ? UW_UNREACHABLE : UW_CONTINUE, .unwind_bb = NO_BLOCK};
		fn_set_term(f, sb, d);
		return 1;
	}
	return 0;
}

int broken_overlap_locals(const PassCx *cx, Body *body)
{
	Module *m = cx->m;
	Layout *l = body->layout;
	if (!l->conflicts)
		return 0;
	for (uint32_t a = 0; a < l->nsaved; a++)
		for (uint32_t b = a + 1; b < l->nsaved; b++) {
			if (!layout_conflict(l, a, b) || l->saved[a].offset == l->saved[b].offset)
				continue;
			if (type_size(m, l->saved[a].ty) == 0 || type_size(m, l->saved[b].ty) == 0)
				continue;
			if (l->saved[a].offset + type_size(m, l->saved[b].ty) > l->size ||
			    l->saved[a].offset % type_align(m, l->saved[b].ty) != 0)
				continue;
			l->saved[b].offset = l->saved[a].offset;
			return 1;
		}
	return 0;
}

const Pass broken_passes[] = {
	{.name = "broken-swap-states", .run = broken_swap_states,
	 .summary = "test only: swaps the resume arms of states 3 and 4"},
	{.name = "broken-early-guard-drop", .run = broken_early_guard_drop,
	 .summary = "test only: drops a saved Guard one state early"},
	{.name = "broken-overlap-locals", .run = broken_overlap_locals,
	 .summary = "test only: two conflicting saved locals share an offset"},
	/* tests/broken/broken_extern.c */
	{.name = "broken-drop-extern-call", .run = broken_drop_extern_call,
	 .summary = "test only: the first call to another crate's fn becomes a goto"},
	{.name = "broken-swap-extern-calls", .run = broken_swap_extern_calls,
	 .summary = "test only: two calls to other crates' fns in a row run in the other order"},
};
const uint32_t nbroken_passes = sizeof broken_passes / sizeof *broken_passes;
