/*
 * elide-awaitless — async bodies that never await get no state machine.
 *
 * Does: for a coroutine with no Suspend state, the resume function loses its
 *   discriminant switch and its panic arms. Two outcomes:
 *   - stateless: the body has no calls, drops or asserts (no observable effect,
 *     cannot panic), writes nothing through a pointer (a captured `&mut`, an
 *     upvar in place: a re-run would see it) and no upvar needs drop. Poll just runs the body and
 *     returns Ready; no tag is stored (the future is its upvars). An illegal
 *     re-poll runs the body again and returns the same value.
 *   - done bit: anything else (side effects, guards, possible panics, upvars
 *     with drop glue that the body consumes). The future keeps a one-bit state
 *     Unresumed/Returned: the first poll sets it to Returned *before* running
 *     the body, so a panic in the body also leaves it Returned; the Panicked
 *     state, its arm and the poison cleanup block go away. A re-poll hits the
 *     "resumed after completion" arm (or Pending after panic-to-pending).
 * Requires: the state transform has run. Runs before panic-to-pending.
 * Preserves: every legal poll sequence: the body still runs at the first
 *   poll, never at construction (the constructor is untouched).
 * Sound because: the only behaviour that changes is a poll after completion
 *   or after a panic, which Future::poll leaves unspecified (never UB); the
 *   stateless case re-runs a body without effects, so it returns its value
 *   again; the done-bit case never re-runs anything.
 * Peers: LLVM handleNoSuspendCoroutine, Kotlin, Zig (passes.md §2).
 */
#include <stdlib.h>

#include "passes.h"

/* The resume fn's entry: bb0 reads the state and switches on it. */
typedef struct Entry {
	Stmt *discr;      /* `_d = discriminant((*_N))` */
	PlaceId self;     /* `(*_N)` */
	BlockId body;     /* arm 0 */
} Entry;

static int find_entry(Fn *f, Entry *e)
{
	if (f->nblocks == 0)
		return 0;
	Block *b = &f->blocks[0];
	if (b->term.kind != TK_SWITCH || b->term.a.kind == OP_CONST)
		return 0;
	LocalId d = f->places[b->term.a.v].local;
	e->discr = NULL;
	for (uint32_t i = 0; i < b->nstmts; i++) {
		Stmt *s = &b->stmts[i];
		if (s->kind == ST_ASSIGN && s->rv == RV_DISCR && place_is_local(f, s->place) &&
		    f->places[s->place].local == d)
			e->discr = s;
	}
	if (!e->discr)
		return 0;
	e->self = e->discr->a.v;
	e->body = NO_BLOCK;
	for (uint32_t i = 0; i < b->term.nargs; i++)
		if (f->arms[b->term.args + i].value == STATE_UNRESUMED)
			e->body = f->arms[b->term.args + i].target;
	return e->body != NO_BLOCK;
}

static int is_resumed_after_arm(const Block *b)
{
	return b->term.kind == TK_ASSERT &&
	       (b->term.msg == AK_RESUMED_AFTER_RETURN || b->term.msg == AK_RESUMED_AFTER_PANIC);
}

/* A write through a pointer (`(*_6) = ..` through a captured `&mut`, an upvar's field `((*_N).0) = ..`)
 * outlives the poll: a body that makes one is not re-run by an illegal re-poll (it would return
 * another value: `async { *p += 1; *p }` awaited by a fn whose re-poll inline-single-await's form B
 * forwards to it). */
static int writes_through_pointer(const Fn *f, PlaceId pid)
{
	const Place *p = place_get(f, pid);
	for (uint32_t i = 0; i < p->nproj; i++)
		if (f->projs[p->proj + i].kind == PROJ_DEREF)
			return 1;
	return 0;
}

/* Stateless if nothing reachable from the body can be observed or panic, and it writes nothing
 * through a pointer. */
static int body_is_stateless(const Module *m, const Coroutine *c, const Fn *f, const Entry *e)
{
	for (uint32_t i = 0; i < c->nupvars; i++)
		if (type_needs_drop(m, c->upvars[i].ty))
			return 0;
	uint8_t *seen = calloc(f->nblocks, 1);
	BlockId *stack = malloc((f->nblocks + 1) * sizeof *stack);
	if (!seen || !stack)
		internal_error("out of memory");
	uint32_t sp = 0;
	int ok = 1;
	stack[sp++] = e->body;
	seen[e->body] = 1;
	while (sp && ok) {
		const Block *b = &f->blocks[stack[--sp]];
		uint8_t k = b->term.kind;
		for (uint32_t i = 0; i < b->nstmts && ok; i++)
			if (b->stmts[i].kind == ST_ASSIGN && writes_through_pointer(f, b->stmts[i].place))
				ok = 0;
		if (k == TK_CALL || k == TK_DROP || (k == TK_ASSERT && !is_resumed_after_arm(b)) || k == TK_RESUME)
			ok = 0;
		BlockId succ[64];
		uint32_t n = term_successors(f, &b->term, succ, 64);
		if (n > 64)
			ok = 0; /* a huge switch: stay conservative */
		for (uint32_t i = 0; i < n && i < 64; i++)
			if (!seen[succ[i]])
				seen[succ[i]] = 1, stack[sp++] = succ[i];
	}
	free(seen);
	free(stack);
	return ok;
}

static void remove_stmts_of_kind(Fn *f, StmtKind k)
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *blk = &f->blocks[b];
		uint32_t n = 0;
		for (uint32_t i = 0; i < blk->nstmts; i++)
			if (blk->stmts[i].kind != k)
				blk->stmts[n++] = blk->stmts[i];
		blk->nstmts = n;
	}
}

static void remove_switch_arm(Fn *f, Term *t, uint64_t value)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < t->nargs; i++)
		if (f->arms[t->args + i].value != value)
			f->arms[t->args + n++] = f->arms[t->args + i];
	t->nargs = n;
}

/* Unwind edges into a cleanup block that only resumes become `unwind continue`
 * (rustc: RemoveNoopLandingPads). */
static void remove_noop_landing_pads(Fn *f)
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		Term *t = &f->blocks[b].term;
		if (t->unwind != UW_CLEANUP || t->unwind_bb >= f->nblocks)
			continue;
		const Block *pad = &f->blocks[t->unwind_bb];
		if (pad->nstmts == 0 && pad->term.kind == TK_RESUME) {
			t->unwind = UW_CONTINUE;
			t->unwind_bb = NO_BLOCK;
		}
	}
}

static void make_stateless(Module *m, const Coroutine *c, Layout *l, Fn *resume, Fn *shim, Entry *e)
{
	e->discr->kind = ST_NOP;
	fn_set_term(resume, 0, term_goto(e->body));
	remove_stmts_of_kind(resume, ST_NOP);
	remove_stmts_of_kind(resume, ST_SET_DISCR);
	fn_remove_unreachable(resume);
	if (shim) { /* no upvar needs drop: dropping the future does nothing */
		shim->blocks[0].nstmts = 0;
		fn_set_term(shim, 0, term_simple(TK_RETURN));
		fn_remove_unreachable(shim);
	}
	l->nvariants = 1; /* Unresumed only: no tag */
	l->nfields[0] = 0;
	layout_compute(m, c, l);
}

/* The Poisoned arm goes; in a coroutine whose body cannot return (no Returned
 * arm: `async { unreachable!() }`), the done bit's Returned is reached only by a
 * panic, so the Poisoned arm's block ("resumed after panicking") becomes the
 * Returned arm instead (left out, a re-poll after the panic reached the switch's
 * `unreachable`: found by `coroslim check` on rustc's own bodies, tokio-util's
 * PollSender::clone, tests/import/check_dump/never). */
static void retire_poisoned_arm(Fn *f, Term *t)
{
	for (uint32_t i = 0; i < t->nargs; i++)
		if (f->arms[t->args + i].value == STATE_RETURNED) {
			remove_switch_arm(f, t, STATE_POISONED);
			return;
		}
	for (uint32_t i = 0; i < t->nargs; i++)
		if (f->arms[t->args + i].value == STATE_POISONED)
			f->arms[t->args + i].value = STATE_RETURNED;
}

static void make_done_bit(Module *m, const Coroutine *c, Layout *l, Fn *resume, Fn *shim, Entry *e)
{
	retire_poisoned_arm(resume, &resume->blocks[0].term);
	remove_stmts_of_kind(resume, ST_SET_DISCR);
	Stmt done = {.kind = ST_SET_DISCR, .place = e->self, .x = STATE_RETURNED};
	fn_insert_stmt(resume, e->body, 0, done);
	remove_noop_landing_pads(resume);
	fn_remove_unreachable(resume);
	if (shim && shim->nblocks && shim->blocks[0].term.kind == TK_SWITCH) {
		retire_poisoned_arm(shim, &shim->blocks[0].term);
		fn_remove_unreachable(shim);
	}
	l->nvariants = 2; /* Unresumed, Returned */
	layout_compute(m, c, l);
}

/* The pipeline lays out again the futures holding one whose size changed. */
int elide_awaitless(const PassCx *cx, Body *b)
{
	Entry e;
	if (b->layout->nvariants != STATE_FIRST_SUSPEND || !find_entry(b->resume, &e))
		return 0;
	if (body_is_stateless(cx->m, b->c, b->resume, &e))
		make_stateless(cx->m, b->c, b->layout, b->resume, b->drop, &e);
	else
		make_done_bit(cx->m, b->c, b->layout, b->resume, b->drop, &e);
	return 1;
}
