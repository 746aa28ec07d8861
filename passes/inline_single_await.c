/*
 * inline-single-await — a future whose only await forwards to another one
 * stops being a state machine of its own ("bar becomes foo").
 *
 * Does: for a coroutine C with exactly one Suspend state awaiting a future F
 *   (form A: the future of a coroutine of the program, an async fn or async
 *   block, C and F of either kind; form B: any future type), one of two
 *   rewrites:
 *   A. replace — C's preamble only computes F's arguments without effects
 *      (moves, copies, arithmetic without overflow checks, branches, F's
 *      constructor) and its postamble only passes F's result through: C's
 *      constructor runs the preamble and returns F's future. The run builds
 *      that constructor aside and reports the replacement (Body.replaced_by);
 *      the pipeline puts it in, deletes C's resume fn and drop shim, sets
 *      C.replaced_by = F, makes every type that held C's future hold F's and
 *      recomputes the callers' layouts (they shrink). Callees first, so
 *      chains l4 -> l3 -> l2 -> l1 collapse to the innermost future. A
 *      poll after completion reaches F, whatever F answers there (F's
 *      answer is C's: the argument of form B for any future type, below).
 *   B. inlined — otherwise (a preamble with effects or checks, a postamble):
 *      two live states, Unresumed{inputs} and the Suspend state that holds F's
 *      future and what the postamble needs. The state becomes Suspend as soon
 *      as F's future is stored (F may be Ready at its first poll). The
 *      Returned state goes: after Ready the state stays, F's future is no
 *      longer dropped there (F has completed, its drop does nothing) and a
 *      poll after completion reaches F, which answers it. The Panicked state
 *      goes too when neither preamble nor postamble can unwind (only F's poll
 *      can, and F poisons itself); a drop after F panicked then drops F once.
 *      Numbering: the Suspend state keeps number 3 and the layout its four
 *      variants (the verifier reserves 1 and 2 for Returned/Panicked); the
 *      live states are the state switch's arms.
 *   L. the last await (the Project Goal's "maybe generalisable to the 'last'
 *      await"; issue 24 item 5) — C has several Suspend states and every way
 *      to completion ends with an await whose postamble reaches no other
 *      await, only the return (a tail: Kotlin's rule that a suspension in
 *      tail position needs no state of its own afterwards). Form B at every
 *      tail: its state is entered from its poll loop's head on (after F's
 *      future is stored, before F's first poll) and kept after Ready; the
 *      Returned write and the drop of F's finished future go; nothing sets
 *      Returned any more, so its arm goes. Each tail meets form B's
 *      conditions for its own state (nothing with drop glue or a pointer
 *      saved in it but F, no captured value with drop glue still owned
 *      there, F answers a poll after completion for C: a coroutine that
 *      panics, or a pure postamble; F's drop movable). Panicked stays: other
 *      awaits' polls and the code between can unwind. Not a tail: an await
 *      followed by another await, one in a loop that comes back to it, one
 *      whose Ready path is shared with a path that did not await
 *      (isa_last_early_return.rs: one return needs Returned, none fires).
 * Never fires: a value with drop glue (a guard) or a pointer lives across the
 *   await, or an upvar with drop glue (a captured guard or future) may still
 *   be owned at the await (C's drop shim drops it in the Suspend state; one
 *   moved into F's constructor before the await on every path does not
 *   block); the await
 *   is in a loop or the preamble can return; form A: the awaited future is
 *   not a coroutine of the program; form B: F is not known to panic on a
 *   poll after completion (async fns and async blocks both panic with
 *   "`async fn` resumed after completion", as rustc 1.95 words the Async
 *   desugaring's assert for either) while C's postamble is not pure (F may
 *   answer Ready again: yield_now's YieldNow does, an await-free coroutine
 *   does, an unknown future may; the postamble's effects would run again),
 *   or F's type has drop glue and is not a coroutine (its drop would move
 *   from right after Ready to C's drop: observable); the size policy says
 *   no (below). Under panic=abort every
 *   resumed-after assert is `unwind unreachable` (AbortUnwindingCalls), so
 *   F's answer aborts as C's own arm did: form B applies there too.
 * Requires: the state transform has run. Any pass may run before or after.
 * Preserves: every legal poll sequence and drop, event for event; a poll
 *   after completion or after a panic panics with the same message (or
 *   returns Pending once panic-to-pending ran; or returns the same Ready(v)
 *   when F answers Ready again: an await-free F, or any future not known to
 *   panic there, whose answer becomes C's).
 * Sound because: nothing observable runs before the first poll (A moves only
 *   effect-free code into the constructor; B keeps the preamble in place); no
 *   value with drop glue is carried across the await, so no drop moves; F's
 *   future is dropped exactly once, by C's drop shim; F answers what C's
 *   reserved states used to answer.
 * Form B for any future type (issue 24 item 5), the argument: the only
 *   poll on which C's behaviour changes is one after completion (or after a
 *   panic), which Future::poll's contract lets "panic, block forever, or
 *   cause other kinds of problems" but never be undefined behaviour. On that
 *   poll C now (1) polls F after F completed: F's own illegal poll, not UB by
 *   F's contract whatever F is (poll is safe); (2) if F answers Ready(w),
 *   runs the postamble again: pure (no call, drop, effect, no write to the
 *   future, so it moves no value with drop glue out of it; an overflow
 *   check passes again on the same inputs, or panics: allowed; nothing
 *   with drop glue is saved across the await at all) it reads what it read
 *   the first time and returns Ready of the same value computed from w, a
 *   fresh value F handed over; (3) if F answers Pending, returns Pending, a
 *   panic of F unwinds through C as any panic of F's poll does. C's state
 *   stays Suspend throughout, F stays in it, and F's drop runs once, at C's
 *   drop: moved later than in the original, which only a coroutine (its
 *   Returned variant holds nothing) or a type without drop glue makes
 *   unobservable. A legal poll sequence sees exactly the original events.
 *   The single await is then C's last action: nothing of C's but a pure
 *   computation follows it. When F is a coroutine of the program that panics
 *   on such a poll, the postamble may have effects (they never run again).
 * Size policy (a size-optimising build can say no): A copies the preamble
 *   into the constructor, which callers may inline; B keeps the postamble.
 *   Work is counted in statements that compute (not moves, copies or
 *   constants), switches, asserts and calls other than constructors.
 *   COROSLIM_INLINE_MAX_PREAMBLE (default 8) bounds A, above it B is used;
 *   COROSLIM_INLINE_MAX_POSTAMBLE (default 32) bounds B; -1 means no bound,
 *   0 allows only A moving no work and B keeping no postamble work.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"

enum { DEFAULT_MAX_PREAMBLE = 8, DEFAULT_MAX_POSTAMBLE = 32 };

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		internal_error("out of memory");
	return p;
}

static long policy(const char *env, long dflt)
{
	const char *s = getenv(env);
	if (!s || !*s)
		return dflt;
	char *end;
	long v = strtol(s, &end, 10);
	return *end ? dflt : v;
}

static int within(long count, long max)
{
	return max < 0 || count <= max;
}

static int is_marker(const Stmt *s)
{
	return s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD || (s->kind == ST_NOP && s->x == 0) ||
	       s->kind == ST_PLACE_MENTION;
}

static int is_ptr_kind(uint8_t k)
{
	return k == TY_REF || k == TY_REFMUT || k == TY_RAWMUT || k == TY_PIN;
}

/* ------------------------------------------------------------------ */
/* The shape of a single-await resume fn                                */
/* ------------------------------------------------------------------ */

typedef struct Await {
	const PassCx *cx;
	Module *m;
	uint32_t ci;
	Coroutine *c;
	Fn *r, *d;
	TypeId cty;
	LocalId self;     /* `_s` in `(*_s)` */
	BlockId sw;       /* the state switch */
	BlockId u;        /* arm 0: the preamble's entry */
	BlockId retarm;   /* arm 1, or NO_BLOCK */
	BlockId panicarm; /* arm 2, or NO_BLOCK */
	BlockId call;     /* the block polling the awaitee */
	TypeId fty;       /* the awaited future's type */
	uint32_t awaitee; /* its saved local */
	uint32_t state;   /* the Suspend state holding it (the last-await form: one of several) */
	BlockId head;     /* the poll loop's head: takes `&mut awaitee` */
	BlockId ready;    /* Ready arm of the poll result switch */
	uint8_t *pre;     /* blocks reachable from arm 0 before the head */
	uint8_t *post;    /* blocks reachable from the Ready arm (one await only; NULL for a tail) */
	BlockId *postl;   /* the same blocks ascending, npost of them (every form): a tail's
	                     postamble is a list, as N tails' sets of every block were N^2 bytes */
	uint32_t npost;
} Await;

static void await_free(Await *a)
{
	free(a->pre);
	free(a->post);
	free(a->postl);
}

/* COROSLIM_ISA_EXPLAIN=1: one line on stderr per coroutine the pass declines,
 * with the first condition that failed (bench/real's candidate gaps, issue 24
 * item 4); returns 0 for `return why(..)`. Nothing else reads it. */
static int explaining(void)
{
	static _Atomic int on = -1; /* read by the pass's worker threads: atomic (make tsan) */
	int v = atomic_load_explicit(&on, memory_order_relaxed);
	if (v < 0) {
		const char *e = getenv("COROSLIM_ISA_EXPLAIN");
		v = e && *e && *e != '0';
		atomic_store_explicit(&on, v, memory_order_relaxed);
	}
	return v;
}

static int why(const Coroutine *c, const char *what)
{
	if (explaining() && c)
		fprintf(stderr, "inline-single-await: %s: no: %s\n", c->name, what);
	return 0;
}

/* ..and one per coroutine it rewrites, with the form; returns ok. */
static int fired(const Coroutine *c, const char *form, int ok)
{
	if (explaining() && c && ok)
		fprintf(stderr, "inline-single-await: %s: fires: form %s\n", c->name, form);
	return ok;
}

/* The saved local a place of `(*_s as variant#V).F ...` names (first
 * downcast), or NO_ID; *rest = projections after the field. */
static uint32_t place_saved(const Await *a, const Fn *f, PlaceId p, uint32_t *rest)
{
	const Place *pl = place_get(f, p);
	if (pl->nproj < 3)
		return NO_ID;
	const Proj *d = place_proj(f, pl, 0), *v = place_proj(f, pl, 1), *fl = place_proj(f, pl, 2);
	if (d->kind != PROJ_DEREF || v->kind != PROJ_DOWNCAST || fl->kind != PROJ_FIELD)
		return NO_ID;
	if (type_get(a->m, f->locals[pl->local].ty)->a != a->cty)
		return NO_ID;
	const Layout *l = a->c->layout;
	if (v->index >= l->nvariants || fl->index >= l->nfields[v->index])
		return NO_ID;
	if (rest)
		*rest = pl->nproj - 3;
	return l->fields[l->field_start[v->index] + fl->index];
}

static int is_awaitee(const Await *a, PlaceId p)
{
	uint32_t rest = 1;
	return a->awaitee != NO_ID && place_saved(a, a->r, p, &rest) == a->awaitee && rest == 0;
}

/* Is p based on the coroutine (`(*_s)...`)? */
static int on_self(const Await *a, const Fn *f, PlaceId p)
{
	const Place *pl = place_get(f, p);
	return pl->nproj >= 1 && place_proj(f, pl, 0)->kind == PROJ_DEREF &&
	       type_get(a->m, f->locals[pl->local].ty)->a == a->cty;
}

/* Blocks reachable from `from` without entering `stop`. */
static uint8_t *reach(const Fn *f, BlockId from, BlockId stop)
{
	uint8_t *seen = xcalloc(f->nblocks, 1);
	if (stop != NO_BLOCK)
		seen[stop] = 1;
	fn_mark_reachable(f, seen, &from, 1);
	if (stop != NO_BLOCK)
		seen[stop] = 0;
	return seen;
}

/* The blocks of a set of nblocks flags, ascending. */
static BlockId *set_list(const uint8_t *set, uint32_t nblocks, uint32_t *n)
{
	uint32_t k = 0;
	for (BlockId b = 0; b < nblocks; b++)
		k += set[b] != 0;
	BlockId *out = xcalloc(k ? k : 1, sizeof *out);
	*n = 0;
	for (BlockId b = 0; b < nblocks; b++)
		if (set[b])
			out[(*n)++] = b;
	return out;
}

static int cmp_block(const void *x, const void *y)
{
	BlockId a = *(const BlockId *)x, b = *(const BlockId *)y;
	return (a > b) - (a < b);
}

/* Breadth-first step shared by reach_list and reaches_await: b's successors not
 * yet stamped with gen are stamped and queued at queue[*qt]. */
static void queue_successors(const Fn *f, BlockId b, uint32_t *stamp, BlockId *queue, uint32_t gen, uint32_t *qt)
{
	if (!f->blocks[b].has_term)
		return;
	const Term *t = &f->blocks[b].term;
	uint32_t n = term_nsuccessors(f, t);
	BlockId small[8], *succ = n <= 8 ? small : xcalloc(n, sizeof *succ);
	term_successors(f, t, succ, n);
	for (uint32_t i = 0; i < n; i++)
		if (succ[i] < f->nblocks && stamp[succ[i]] != gen)
			stamp[succ[i]] = gen, queue[(*qt)++] = succ[i];
	if (succ != small)
		free(succ);
}

/* The blocks reachable from `from` (itself included), ascending, as reach's
 * set lists them: the work is the blocks found, not the fn's. stamp/queue are
 * nblocks long; gen is this call's stamp (never 0, not used before on stamp). */
static BlockId *reach_list(const Fn *f, BlockId from, uint32_t *stamp, BlockId *queue, uint32_t gen, uint32_t *n)
{
	uint32_t qt = 0;
	stamp[from] = gen, queue[qt++] = from;
	for (uint32_t qh = 0; qh < qt; qh++) {
		BlockId b = queue[qh];
		queue_successors(f, b, stamp, queue, gen, &qt);
	}
	BlockId *out = xcalloc(qt, sizeof *out);
	memcpy(out, queue, qt * sizeof *out);
	qsort(out, qt, sizeof *out, cmp_block);
	*n = qt;
	return out;
}

/* Whether a block that is not a cleanup and is a poll loop head, a poll or
 * the state switch is reachable from `from`: breadth first, so that it stops
 * at the nearest such block (the next await's head in straight-line code)
 * instead of marking the rest of the fn once per await (quadratic in the
 * awaits of one fn: bench/SPEED.md). stamp/queue are nblocks long, shared by
 * every call of one analysis; gen is this call's stamp (never 0). */
static int reaches_await(const Fn *f, BlockId from, const uint8_t *is_head, const uint8_t *is_poll, BlockId sw,
			 uint32_t *stamp, BlockId *queue, uint32_t gen)
{
	uint32_t qh = 0, qt = 0;
	stamp[from] = gen, queue[qt++] = from;
	while (qh < qt) {
		BlockId b = queue[qh++];
		if (!f->blocks[b].cleanup && (is_head[b] || is_poll[b] || b == sw))
			return 1;
		queue_successors(f, b, stamp, queue, gen, &qt);
	}
	return 0;
}

/* Recognises the resume fn of a coroutine with exactly one Suspend state. */
static int analyse(const PassCx *cx, const Body *body, Await *a)
{
	memset(a, 0, sizeof *a);
	Module *m = cx->m;
	Coroutine *c = body->c;
	a->cx = cx, a->m = m, a->ci = body->coro, a->c = c;
	a->state = STATE_FIRST_SUSPEND;
	if (c->layout->nvariants != STATE_FIRST_SUSPEND + 1)
		return why(c, c->layout->nvariants > STATE_FIRST_SUSPEND + 1 ? "several awaits" : "no await");
	a->r = body->resume;
	a->d = body->drop;
	a->cty = type_coro(m, a->ci);
	Fn *r = a->r;
	a->sw = fn_state_switch(r, a->cty, &a->self);
	if (a->sw == NO_BLOCK)
		return why(c, "not recognised: no state switch");
	a->u = switch_arm_target(r, a->sw, STATE_UNRESUMED);
	a->retarm = switch_arm_target(r, a->sw, STATE_RETURNED);
	a->panicarm = switch_arm_target(r, a->sw, STATE_POISONED);
	if (a->u == NO_BLOCK || switch_arm_target(r, a->sw, STATE_FIRST_SUSPEND) == NO_BLOCK)
		return why(c, "not recognised: no Unresumed or Suspend arm");
	/* exactly one poll; its future is a saved local of the Suspend state */
	a->call = NO_BLOCK;
	for (BlockId b = 0; b < r->nblocks; b++) {
		const Term *t = &r->blocks[b].term;
		if (t->kind == TK_CALL && t->op == CALLEE_POLL) {
			if (a->call != NO_BLOCK)
				return why(c, "two polls");
			a->call = b;
		}
	}
	if (a->call == NO_BLOCK)
		return why(c, "not recognised: no poll (an await the importer keeps as a call)");
	const Term *pc = &r->blocks[a->call].term;
	a->fty = pc->x;
	const Layout *l = c->layout;
	a->awaitee = NO_ID;
	for (uint32_t i = 0; i < l->nfields[STATE_FIRST_SUSPEND]; i++) {
		uint32_t s = l->fields[l->field_start[STATE_FIRST_SUSPEND] + i];
		if (l->saved[s].ty == a->fty) {
			if (a->awaitee != NO_ID)
				return 0;
			a->awaitee = s;
		}
	}
	if (a->awaitee == NO_ID || pc->target == NO_BLOCK || !place_is_local(r, pc->place))
		return why(c, "the awaited future is not one saved local of the Suspend state");
	/* the head takes `&mut awaitee` */
	a->head = NO_BLOCK;
	for (BlockId b = 0; b < r->nblocks; b++)
		for (uint32_t i = 0; i < r->blocks[b].nstmts; i++) {
			const Stmt *s = &r->blocks[b].stmts[i];
			if (s->kind == ST_ASSIGN && s->rv == RV_REFMUT && is_awaitee(a, s->a.v)) {
				if (a->head != NO_BLOCK && a->head != b)
					return 0;
				a->head = b;
			}
		}
	if (a->head == NO_BLOCK)
		return why(c, "not recognised: no poll loop head");
	/* after the poll: `_d = discriminant(_res); switchInt(move _d) -> [0: ready, 1: pending]` */
	const Block *rs = &r->blocks[pc->target];
	if (rs->term.kind != TK_SWITCH || rs->term.a.kind == OP_CONST || rs->term.nargs != 2)
		return why(c, "not recognised: no switch on the poll's result");
	LocalId res = place_get(r, pc->place)->local, d = place_get(r, rs->term.a.v)->local;
	int reads = 0;
	for (uint32_t i = 0; i < rs->nstmts; i++) {
		const Stmt *s = &rs->stmts[i];
		if (s->kind == ST_ASSIGN && s->rv == RV_DISCR && place_is_local(r, s->place) &&
		    place_get(r, s->place)->local == d && place_get(r, s->a.v)->local == res)
			reads = 1;
	}
	a->ready = switch_arm_target(r, pc->target, 0);
	if (!reads || a->ready == NO_BLOCK || switch_arm_target(r, pc->target, 1) == NO_BLOCK)
		return why(c, "not recognised: no Ready and Pending arms");
	a->pre = reach(r, a->u, a->head);
	a->post = reach(r, a->ready, NO_BLOCK);
	a->postl = set_list(a->post, r->nblocks, &a->npost);
	for (BlockId b = 0; b < r->nblocks; b++) {
		if (r->blocks[b].cleanup)
			continue;
		/* no loop around the await: the postamble never reaches the head or the preamble */
		if (a->post[b] && (b == a->head || a->pre[b] || b == a->u))
			return why(c, "the await is in a loop");
		/* the preamble cannot complete the future */
		if (a->pre[b] && r->blocks[b].term.kind == TK_RETURN)
			return why(c, "a return before the await");
	}
	return 1;
}

/* Does the drop shim's Suspend arm drop an upvar (a field `(*_1).i` of the
 * prefix, or a part of one)? Drop elaboration left such a drop there exactly
 * when the upvar may still be owned at the await: one moved out before it on
 * every path (into F's constructor, typically) has none, one moved on some
 * paths has a drop behind its drop flag, which counts. No drop shim or no
 * recognisable switch: assume it does. */
static int suspend_drops_upvar(const Await *a)
{
	const Fn *d = a->d;
	if (!d)
		return 1;
	BlockId sw = fn_state_switch(d, a->cty, NULL);
	if (sw == NO_BLOCK)
		return 1;
	BlockId arm = switch_arm_target(d, sw, a->state);
	if (arm == NO_BLOCK)
		return 1;
	uint8_t *seen = reach(d, arm, NO_BLOCK);
	int drops = 0;
	for (BlockId b = 0; b < d->nblocks && !drops; b++) {
		const Term *t = &d->blocks[b].term;
		if (!seen[b] || !d->blocks[b].has_term || t->kind != TK_DROP || !on_self(a, d, t->place))
			continue;
		const Place *pl = place_get(d, t->place);
		const Proj *f = pl->nproj >= 2 ? place_proj(d, pl, 1) : NULL;
		drops = f && f->kind == PROJ_FIELD && f->index < a->c->nupvars;
	}
	free(seen);
	return drops;
}

/* Nothing with drop glue and no pointer lives across the await besides the
 * awaitee, and no upvar with drop glue is still owned there: the drop shim's
 * Suspend arm drops such upvars, so once the Suspend state outlives Ready
 * (form B) or the future is another one (form A) that drop would move or
 * repeat. An upvar moved out before the await (a captured guard given to F's
 * constructor) is F's from then on, in C's drop shim as in the original. */
static int carries_nothing_observable(const Await *a)
{
	int owns_glue = 0;
	for (uint32_t i = 0; i < a->c->nupvars; i++)
		owns_glue |= type_needs_drop(a->m, a->c->upvars[i].ty);
	if (owns_glue && suspend_drops_upvar(a))
		return why(a->c, "a captured value with drop glue still owned at the await");
	const Layout *l = a->c->layout;
	for (uint32_t i = 0; i < l->nfields[a->state]; i++) {
		uint32_t s = l->fields[l->field_start[a->state] + i];
		if (s == a->awaitee)
			continue;
		TypeId t = l->saved[s].ty;
		if (type_needs_drop(a->m, t) || is_ptr_kind(type_get(a->m, t)->kind))
			return why(a->c, type_needs_drop(a->m, t) ? "a value with drop glue lives across the await"
								  : "a pointer lives across the await");
	}
	return 1;
}

static int is_constructor_call(const PassCx *cx, const Fn *f, const Term *t);

/* The work in a region: statements that compute (plain moves, copies and
 * constants do not), switches, asserts and calls other than the await
 * protocol and constructors. */
static long block_work(const PassCx *cx, const Fn *f, BlockId b)
{
	long n = 0;
	if (f->blocks[b].cleanup)
		return 0;
	const Block *bb = &f->blocks[b];
	for (uint32_t i = 0; i < bb->nstmts; i++) {
		const Stmt *s = &bb->stmts[i];
		n += !is_marker(s) && !(s->kind == ST_ASSIGN && s->rv == RV_USE) && s->kind != ST_SET_DISCR;
	}
	const Term *t = &bb->term;
	n += t->kind == TK_SWITCH || t->kind == TK_ASSERT ||
	     (t->kind == TK_CALL && t->op == CALLEE_FN && !is_constructor_call(cx, f, t));
	return n;
}

static long count_work(const PassCx *cx, const Fn *f, const uint8_t *set)
{
	long n = 0;
	for (BlockId b = 0; b < f->nblocks; b++)
		if (set[b])
			n += block_work(cx, f, b);
	return n;
}

/* count_work over the postamble's list */
static long count_post_work(const Await *a)
{
	long n = 0;
	for (uint32_t i = 0; i < a->npost; i++)
		n += block_work(a->cx, a->r, a->postl[i]);
	return n;
}

/* A call of an async fn's constructor (query_is_constructor). */
static int is_constructor_call(const PassCx *cx, const Fn *f, const Term *t)
{
	return t->kind == TK_CALL && t->op == CALLEE_FN && query_is_constructor(cx, f->names[t->x]);
}

static int is_builtin_call(const PassCx *cx, const Fn *f, const Term *t)
{
	return t->kind == TK_CALL && t->op == CALLEE_FN && query_is_nounwind_builtin(cx, f->names[t->x]);
}

/* Can a normal block of `set` unwind? (calls of the await protocol, of
 * constructors and of the prelude's builtins cannot; drops and asserts can) */
static int may_unwind(const Await *a, const uint8_t *set)
{
	const Fn *r = a->r;
	for (BlockId b = 0; b < r->nblocks; b++) {
		if (!set[b] || r->blocks[b].cleanup)
			continue;
		const Term *t = &r->blocks[b].term;
		switch (t->kind) {
		case TK_ASSERT:
			return 1;
		case TK_DROP:
			if (!is_awaitee(a, t->place))
				return 1;
			break;
		case TK_CALL:
			if (t->op == CALLEE_FN && !is_constructor_call(a->cx, r, t) && !is_builtin_call(a->cx, r, t))
				return 1;
			if (t->op == CALLEE_POLL || t->op == CALLEE_DROP_IN_PLACE)
				return 1;
			break;
		default:
			break;
		}
	}
	return 0;
}

/* A write through a reference (`(*_8) = ..`, _8 an async block's `&mut` upvar
 * copied out): memory outside the fn's own locals, which the parent reads
 * after the block completes, so running it again is an effect (a block
 * `async { c = f(b); yield_now().await; c += a; }` re-polled after completion
 * added a to c a second time: tests/rust/capture_order.rs's call_args). */
static int writes_through_ref(const Fn *f, PlaceId p)
{
	const Place *pl = place_get(f, p);
	for (uint32_t k = 0; k < pl->nproj; k++)
		if (place_proj(f, pl, k)->kind == PROJ_DEREF)
			return 1;
	return 0;
}

/* The postamble has no effect and writes nothing it reads again: running it
 * twice gives the same value and the same events (none). An assert (an
 * overflow check) may stay: on the same inputs it passes again as it passed
 * the first time, and on other inputs (an unknown F answering Ready with
 * another value) a panic is an answer the Future contract allows. */
static int postamble_pure(const Await *a)
{
	const Fn *r = a->r;
	for (uint32_t k = 0; k < a->npost; k++) {
		BlockId b = a->postl[k];
		if (r->blocks[b].cleanup)
			continue;
		const Block *bb = &r->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			const Stmt *s = &bb->stmts[i];
			if (s->kind == ST_NOP && s->x)
				return 0;
			if (s->kind == ST_ASSIGN && (on_self(a, r, s->place) || writes_through_ref(r, s->place)))
				return 0;
			if (s->kind == ST_SET_DISCR && s->x != STATE_RETURNED)
				return 0;
		}
		const Term *t = &bb->term;
		if (t->kind == TK_CALL || (t->kind == TK_DROP && !is_awaitee(a, t->place)))
			return 0;
	}
	return 1;
}

/* ------------------------------------------------------------------ */
/* Who answers a poll after completion                                  */
/* ------------------------------------------------------------------ */

/* A poll after C completed may be forwarded to F: the trace stays the same. */
static int callee_answers_for(const Await *a, int post_pure)
{
	/* a coroutine that panics on that poll says what C's arm said; any other
	 * answer (an await-free coroutine's Ready again, YieldNow's Ready again,
	 * an unknown future's whatever) is allowed by the Future contract as
	 * long as C's own share of the poll, the postamble run again on F's new
	 * Ready, has no effect and no unsoundness: a pure postamble (issue 24
	 * item 5, form B for any future type; the soundness argument is in the
	 * file comment) */
	RepollAnswer an = query_repoll_answer(a->cx, a->fty);
	return an == REPOLL_PANICS || post_pure;
}

/* F's future is no longer dropped right after Ready but when C is dropped:
 * unobservable when F is a coroutine (its Returned variant holds nothing and
 * its drop shim does nothing there) or when F's type has no drop glue. */
static int late_drop_unobservable(const Await *a)
{
	const Type *ft = type_get(a->m, a->fty);
	if (ft->kind == TY_CORO)
		return 1;
	return !type_needs_drop(a->m, a->fty);
}

/* ------------------------------------------------------------------ */
/* Form A: replace C by F                                               */
/* ------------------------------------------------------------------ */

/* The postamble hands F's result to `_0 = Poll::Ready(..)` unchanged. */
static int postamble_identity(const Await *a)
{
	const Fn *r = a->r;
	const Module *m = a->m;
	TypeId out = a->c->output;
	int unit = type_get(m, out)->kind == TY_UNIT;
	LocalId res = place_get(r, r->blocks[a->call].term.place)->local;
	uint8_t *holds = xcalloc(r->nlocals, 1);
	int ok = 1;
	for (BlockId b = 0; b < r->nblocks && ok; b++) {
		if (!a->post[b] || r->blocks[b].cleanup)
			continue;
		const Block *bb = &r->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts && ok; i++) {
			const Stmt *s = &bb->stmts[i];
			if (is_marker(s))
				continue;
			if (s->kind == ST_SET_DISCR) {
				ok = s->x == STATE_RETURNED && on_self(a, r, s->place);
				continue;
			}
			if (s->kind != ST_ASSIGN || !place_is_local(r, s->place)) {
				ok = 0;
				continue;
			}
			LocalId dst = place_get(r, s->place)->local;
			if (s->rv == RV_AGGREGATE && s->op == AGG_POLL_READY && dst == 0 && s->b.v == 1) {
				Operand o = r->args[s->a.v];
				ok = unit || (o.kind != OP_CONST && place_is_local(r, o.v) && holds[place_get(r, o.v)->local]);
				continue;
			}
			if (s->rv != RV_USE || dst == 0) {
				ok = 0;
				continue;
			}
			if (s->a.kind == OP_CONST) {
				ok = unit && r->locals[dst].ty == out;
				holds[dst] = ok;
				continue;
			}
			const Place *src = place_get(r, s->a.v);
			if (src->nproj == 0) {
				ok = holds[src->local] || (unit && r->locals[dst].ty == out);
			} else {
				/* `((_res as Ready).0: T)` */
				ok = src->local == res && src->nproj == 2 && place_proj(r, src, 0)->kind == PROJ_DOWNCAST &&
				     place_proj(r, src, 0)->index == 0 && place_proj(r, src, 1)->kind == PROJ_FIELD;
			}
			holds[dst] = (uint8_t)ok;
		}
		const Term *t = &bb->term;
		if (t->kind != TK_GOTO && t->kind != TK_RETURN && !(t->kind == TK_DROP && is_awaitee(a, t->place)))
			ok = 0;
	}
	free(holds);
	return ok;
}

typedef struct PlaceCheck {
	const Await *a;
	int ok;
} PlaceCheck;

/* Preamble places: locals of the resume fn other than its arguments, the
 * upvars `(*_s).i...`, or the awaitee (checked by the caller). */
static void check_pre_place(void *ctx, BlockId b, PlaceId *pp)
{
	(void)b;
	PlaceCheck *pc = ctx;
	const Await *a = pc->a;
	const Fn *r = a->r;
	const Place *pl = place_get(r, *pp);
	if (is_awaitee(a, *pp))
		return;
	if (pl->local == a->self) {
		const Proj *f = pl->nproj >= 2 ? place_proj(r, pl, 1) : NULL;
		if (!on_self(a, r, *pp) || !f || f->kind != PROJ_FIELD || f->index >= a->c->nupvars)
			pc->ok = 0;
		for (uint32_t i = 2; i < pl->nproj; i++)
			if (place_proj(r, pl, i)->kind != PROJ_FIELD)
				pc->ok = 0;
	} else if (pl->local <= r->nargs) {
		pc->ok = 0;
	}
}

/* The preamble only computes F's future from the upvars, without effects. */
static int preamble_pure(const Await *a)
{
	Fn *r = a->r;
	PlaceCheck pc = {a, 1};
	for (BlockId b = 0; b < r->nblocks; b++) {
		if (!a->pre[b] || r->blocks[b].cleanup)
			continue;
		Block *bb = &r->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts; i++)
			stmt_places(r, b, &bb->stmts[i], 1, check_pre_place, &pc);
		term_places(r, b, &bb->term, 1, check_pre_place, &pc);
		if (!pc.ok)
			return 0;
		int stored = 0;
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			const Stmt *s = &bb->stmts[i];
			if (is_marker(s))
				continue;
			if (stored || s->kind != ST_ASSIGN)
				return 0;
			if (is_awaitee(a, s->place)) {
				if (s->rv != RV_USE || s->a.kind != OP_MOVE || !place_is_local(r, s->a.v))
					return 0;
				stored = 1;
				continue;
			}
			if (on_self(a, r, s->place) || place_get(r, s->place)->local <= r->nargs)
				return 0;
			switch (s->rv) {
			case RV_USE:
			case RV_CAST:
			case RV_UNARY:
			case RV_BINARY:
				break;
			case RV_AGGREGATE:
				if (s->op != AGG_TUPLE && s->op != AGG_CORO)
					return 0;
				break;
			default: /* checked ops feed asserts; references would dangle; state reads */
				return 0;
			}
		}
		const Term *t = &bb->term;
		switch (t->kind) {
		case TK_GOTO:
			if ((t->target == a->head) != stored)
				return 0;
			break;
		case TK_SWITCH:
		case TK_UNREACHABLE:
			if (stored)
				return 0;
			break;
		case TK_CALL:
			if (stored || (t->op != CALLEE_INTO_FUTURE && !is_constructor_call(a->cx, r, t)))
				return 0;
			if (t->target == NO_BLOCK || on_self(a, r, t->place))
				return 0;
			break;
		default:
			return 0;
		}
	}
	return 1;
}

typedef struct Xlate {
	const Await *a;
	const Fn *r;
	Fn *k;
	LocalId *lmap;    /* r local -> k local */
	LocalId *upvar;   /* upvar -> k local */
	int ok;
} Xlate;

static LocalId xlate_local(Xlate *x, LocalId l)
{
	if (x->lmap[l] == NO_ID) {
		const Local *src = &x->r->locals[l];
		x->lmap[l] = fn_add_local(x->k, src->ty, src->name, 1);
	}
	return x->lmap[l];
}

/* A place of r as a new place of k: `(*_s).i.rest` becomes `_ui.rest`. */
static PlaceId xlate_place(Xlate *x, PlaceId p)
{
	const Place *pl = place_get(x->r, p);
	uint32_t first = 0;
	PlaceId out;
	if (on_self(x->a, x->r, p)) {
		const Proj *f = pl->nproj >= 2 ? place_proj(x->r, pl, 1) : NULL;
		if (!f || f->kind != PROJ_FIELD || f->index >= x->a->c->nupvars) {
			x->ok = 0;
			return place_local(x->k, 0);
		}
		out = place_local(x->k, x->upvar[f->index]);
		first = 2;
	} else {
		out = place_local(x->k, xlate_local(x, pl->local));
	}
	for (uint32_t i = first; i < pl->nproj; i++) {
		const Proj *q = place_proj(x->r, pl, i);
		/* an index projection names a local (issue 22 item 4): translated as the base is */
		uint32_t ix = q->kind == PROJ_INDEX ? xlate_local(x, q->index) : q->index;
		out = place_project(x->k, out, (ProjKind)q->kind, ix, q->ty);
	}
	return out;
}

static Operand xlate_operand(Xlate *x, Operand o)
{
	if (o.kind == OP_CONST) {
		const Const *c = &x->r->consts[o.v];
		return op_const_named(x->k, c->ty, c->bits, c->named);
	}
	return (Operand){.kind = o.kind, .v = xlate_place(x, o.v)};
}

static uint32_t xlate_operands(Xlate *x, uint32_t first, uint32_t n)
{
	uint32_t start = x->k->nargsv;
	for (uint32_t i = 0; i < n; i++) {
		Operand o = xlate_operand(x, x->r->args[first + i]);
		fn_add_args(x->k, &o, 1);
	}
	return start;
}

/* The constructor's `_0 = {C} {ops}`: block and statement index. */
static int find_aggregate(const Fn *k, TypeId cty, BlockId *kb, uint32_t *ki)
{
	int found = 0;
	for (BlockId b = 0; b < k->nblocks; b++)
		for (uint32_t i = 0; i < k->blocks[b].nstmts; i++) {
			const Stmt *s = &k->blocks[b].stmts[i];
			if (s->kind == ST_ASSIGN && s->rv == RV_AGGREGATE && s->op == AGG_CORO && s->x == cty) {
				if (found || !place_is_local(k, s->place) || place_get(k, s->place)->local != 0)
					return 0;
				*kb = b, *ki = i, found = 1;
			}
		}
	return found;
}

/* C's constructor now runs the preamble and returns F's future. */
static int rewrite_constructor(const Await *a, Fn *k)
{
	BlockId kb = NO_BLOCK;
	uint32_t ki = 0;
	if (!find_aggregate(k, a->cty, &kb, &ki))
		return 0;
	const Fn *r = a->r;
	Xlate x = {.a = a, .r = r, .k = k, .ok = 1};
	x.lmap = xcalloc(r->nlocals, sizeof *x.lmap);
	memset(x.lmap, 0xff, r->nlocals * sizeof *x.lmap);
	uint32_t nup = a->c->nupvars;
	x.upvar = xcalloc(nup, sizeof *x.upvar);

	/* `_ui = op_i` for every upvar, then the rest of the block moves to `rest` */
	Stmt agg = k->blocks[kb].stmts[ki];
	uint32_t ntail = k->blocks[kb].nstmts - ki - 1;
	Stmt *tail = xcalloc(ntail, sizeof *tail);
	memcpy(tail, &k->blocks[kb].stmts[ki + 1], ntail * sizeof *tail);
	Term tail_term = k->blocks[kb].term;
	k->blocks[kb].nstmts = ki;
	for (uint32_t i = 0; i < nup; i++) {
		x.upvar[i] = fn_add_local(k, a->c->upvars[i].ty, a->c->upvars[i].name, 1);
		fn_push_stmt(k, kb, stmt_assign_use(place_local(k, x.upvar[i]), k->args[agg.a.v + i]));
	}

	/* copy the preamble's normal blocks, then what followed the aggregate */
	BlockId *bmap = xcalloc(r->nblocks, sizeof *bmap);
	for (BlockId b = 0; b < r->nblocks; b++)
		bmap[b] = a->pre[b] && !r->blocks[b].cleanup ? fn_add_block(k, 0) : NO_BLOCK;
	BlockId rest = fn_add_block(k, 0);
	for (uint32_t i = 0; i < ntail; i++)
		fn_push_stmt(k, rest, tail[i]);
	fn_set_term(k, rest, tail_term);
	free(tail);
	fn_set_term(k, kb, term_goto(bmap[a->u]));
	for (BlockId b = 0; b < r->nblocks && x.ok; b++) {
		if (bmap[b] == NO_BLOCK)
			continue;
		const Block *src = &r->blocks[b];
		BlockId nb = bmap[b];
		for (uint32_t i = 0; i < src->nstmts; i++) {
			const Stmt *s = &src->stmts[i];
			if (s->kind == ST_NOP)
				continue;
			Stmt t = *s;
			if (s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD) {
				t.x = xlate_local(&x, s->x);
			} else if (s->kind == ST_PLACE_MENTION) {
				t.place = xlate_place(&x, s->place);
			} else if (is_awaitee(a, s->place)) {
				t = stmt_assign_use(place_local(k, 0), xlate_operand(&x, s->a));
			} else {
				t.place = xlate_place(&x, s->place);
				switch (s->rv) {
				case RV_USE:
				case RV_CAST:
				case RV_UNARY:
					t.a = xlate_operand(&x, s->a);
					break;
				case RV_BINARY:
					t.a = xlate_operand(&x, s->a);
					t.b = xlate_operand(&x, s->b);
					break;
				case RV_AGGREGATE:
					t.a.v = xlate_operands(&x, s->a.v, s->b.v);
					break;
				default:
					x.ok = 0;
				}
			}
			fn_push_stmt(k, nb, t);
		}
		Term t = src->term;
		switch (t.kind) {
		case TK_GOTO:
			t.target = t.target == a->head ? rest : bmap[t.target];
			break;
		case TK_SWITCH: {
			t.a = xlate_operand(&x, src->term.a);
			SwitchArm *arms = xcalloc(t.nargs, sizeof *arms);
			for (uint32_t i = 0; i < t.nargs; i++) {
				arms[i] = r->arms[src->term.args + i];
				arms[i].target = bmap[arms[i].target];
				x.ok &= arms[i].target != NO_BLOCK;
			}
			t.args = fn_add_arms(k, arms, t.nargs);
			t.target = bmap[t.target];
			free(arms);
			break;
		}
		case TK_CALL:
			t.place = xlate_place(&x, src->term.place);
			t.args = xlate_operands(&x, src->term.args, src->term.nargs);
			if (t.op == CALLEE_FN)
				t.x = fn_add_name(k, r->names[src->term.x]);
			t.target = bmap[t.target];
			t.unwind = UW_CONTINUE; /* constructors and into_future do not unwind */
			t.unwind_bb = NO_BLOCK;
			break;
		default: /* unreachable */
			break;
		}
		x.ok &= t.kind == TK_UNREACHABLE || t.target != NO_BLOCK;
		fn_set_term(k, nb, t);
	}
	free(bmap);
	free(x.lmap);
	free(x.upvar);
	return x.ok;
}

/* A move of a part of a value (`move (_3.0: T)`, `_3` the captured `self`
 * moved out of the future) whose type is an ADT with fields the module does
 * not all know (imported code): form A moves the rest of it from C's future to
 * nowhere (C's unresumed drop dropped the whole value, F's drops only the
 * part), which is unobservable only when the other fields have no drop glue.
 * A struct of the source, or one an aggregate closed, is known field by field
 * (rustc's drop elaboration then left a drop of any other field with glue in
 * the Suspend arm: carries_nothing_observable); an imported one seen only
 * through projections is not. */
static int moves_part_of_unknown(const Await *a, Operand o)
{
	const Fn *r = a->r;
	if (o.kind != OP_MOVE)
		return 0;
	const Place *pl = place_get(r, o.v);
	TypeId t = r->locals[pl->local].ty;
	for (uint32_t i = 0; i < pl->nproj; i++) {
		const Proj *q = place_proj(r, pl, i);
		if (q->kind == PROJ_FIELD) {
			const Adt *ad = t != NO_ID ? adt_of(a->m, t) : NULL;
			if (ad && !ad->defined && !ad->tuple && !(ad->nvariants == 1 && ad->variants[0].closed))
				return 1;
		}
		if (q->kind == PROJ_FIELD)
			t = q->ty;
		else if (q->kind == PROJ_DEREF && t != NO_ID && type_get(a->m, t)->kind != TY_ADT)
			t = type_get(a->m, t)->a;
		else
			t = NO_ID; /* a downcast: its variant's fields are the enum's, known or not */
	}
	return 0;
}

static int preamble_moves_unknown_part(const Await *a)
{
	const Fn *r = a->r;
	for (BlockId b = 0; b < r->nblocks; b++) {
		if (!a->pre[b] || r->blocks[b].cleanup)
			continue;
		const Block *bb = &r->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			const Stmt *s = &bb->stmts[i];
			if (s->kind != ST_ASSIGN)
				continue;
			if ((s->rv == RV_USE || s->rv == RV_CAST || s->rv == RV_UNARY || s->rv == RV_BINARY ||
			     s->rv == RV_CHECKED) && moves_part_of_unknown(a, s->a))
				return 1;
			if ((s->rv == RV_BINARY || s->rv == RV_CHECKED) && moves_part_of_unknown(a, s->b))
				return 1;
			for (uint32_t k = 0; s->rv == RV_AGGREGATE && k < s->b.v; k++)
				if (moves_part_of_unknown(a, r->args[s->a.v + k]))
					return 1;
		}
		const Term *t = &bb->term;
		for (uint32_t k = 0; t->kind == TK_CALL && k < t->nargs; k++)
			if (moves_part_of_unknown(a, r->args[t->args + k]))
				return 1;
	}
	return 0;
}

/* Builds C's new constructor and reports the replacement (b->replaced_by,
 * b->constructor): the pipeline puts the constructor in, deletes C's resume
 * fn and drop shim and makes every type holding C's future hold F's. */
static int try_replace(Await *a, long max_pre, Body *body)
{
	Coroutine *c = a->c;
	const Layout *l = c->layout;
	if (c->kind != CORO_ASYNC_FN || l->nfields[STATE_FIRST_SUSPEND] != 1)
		return why(c, c->kind != CORO_ASYNC_FN ? "form A: an async block" : "form A: more than the future saved");
	const Type *ft = type_get(a->m, a->fty);
	if (ft->kind != TY_CORO || ft->coro == a->ci || a->m->coros[ft->coro].output != c->output)
		return why(c, ft->kind != TY_CORO ? "form A: the awaited future is not a coroutine"
						  : "form A: the outputs differ");
	/* whatever F answers a poll after completion becomes C's answer: the
	 * postamble is the identity, so C adds nothing to that poll (form B's
	 * argument for any future type, the file comment) */
	Fn *k = query_constructor(a->cx, a->ci);
	if (!k)
		return why(c, "form A: no constructor in the module");
	if (!within(count_work(a->cx, a->r, a->pre), max_pre))
		return why(c, "form A: the preamble is over the size policy");
	if (!preamble_pure(a))
		return why(c, "form A: the preamble has effects");
	if (preamble_moves_unknown_part(a))
		return why(c, "form A: the preamble moves a part of a captured value whose other fields are unknown");
	if (!postamble_identity(a))
		return why(c, "form A: the postamble is not the identity");
	/* build into a clone, so that a failure leaves the module untouched */
	Fn *nk = fn_copy(a->m, k, k->name); /* not in the module unless it succeeds */
	if (!rewrite_constructor(a, nk)) {
		fn_free(nk);
		return 0;
	}
	fn_remove_unreachable(nk);
	body->constructor = nk;
	body->replaced_by = ft->coro;
	return 1;
}

/* ------------------------------------------------------------------ */
/* Form B: two live states                                              */
/* ------------------------------------------------------------------ */

static void delete_stmts(Block *b, int (*pred)(const Await *, const Fn *, const Stmt *), const Await *a, const Fn *f)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < b->nstmts; i++)
		if (!pred(a, f, &b->stmts[i]))
			b->stmts[n++] = b->stmts[i];
	b->nstmts = n;
}

static int is_set_returned(const Await *a, const Fn *f, const Stmt *s)
{
	return s->kind == ST_SET_DISCR && s->x == STATE_RETURNED && on_self(a, f, s->place);
}

static int is_set_poisoned(const Await *a, const Fn *f, const Stmt *s)
{
	return s->kind == ST_SET_DISCR && s->x == STATE_POISONED && on_self(a, f, s->place);
}

static int is_set_suspend(const Await *a, const Fn *f, const Stmt *s)
{
	return s->kind == ST_SET_DISCR && s->x == a->state && on_self(a, f, s->place);
}

static void remove_arm(Fn *f, BlockId sw, uint64_t v)
{
	Term *t = &f->blocks[sw].term;
	uint32_t n = 0;
	for (uint32_t i = 0; i < t->nargs; i++)
		if (f->arms[t->args + i].value != v)
			f->arms[t->args + n++] = f->arms[t->args + i];
	t->nargs = n;
}

static int try_inline(Await *a, long max_post)
{
	Fn *r = a->r;
	const Type *ft = type_get(a->m, a->fty);
	/* panic=abort is no obstacle: F's answer to a poll after completion
	 * panics and aborts, as C's own arm (`unwind unreachable`) did */
	if ((ft->kind == TY_CORO && ft->coro == a->ci) || a->retarm == NO_BLOCK)
		return why(a->c, "no Returned arm");
	if (!late_drop_unobservable(a))
		return why(a->c, "the awaited future is not a coroutine and has drop glue");
	if (!within(count_post_work(a), max_post))
		return why(a->c, "the postamble is over the size policy");
	if (!callee_answers_for(a, postamble_pure(a)))
		return why(a->c, "the postamble has effects and the awaited future may answer Ready again");
	int no_poison = a->panicarm != NO_BLOCK && !may_unwind(a, a->pre) && !may_unwind(a, a->post);

	/* The state is Suspend from the moment F's future is stored, not from the
	 * first Pending: F may be Ready at its first poll, and C must not look
	 * Unresumed after that. The Pending block's write becomes redundant. */
	for (BlockId b = 0; b < r->nblocks; b++) {
		Block *bb = &r->blocks[b];
		if (!a->pre[b] && !bb->cleanup)
			delete_stmts(bb, is_set_suspend, a, r);
	}
	for (BlockId b = 0; b < r->nblocks; b++) {
		Block *bb = &r->blocks[b];
		if (!a->pre[b] || bb->cleanup)
			continue;
		for (uint32_t i = 0; i < bb->nstmts; i++)
			if (bb->stmts[i].kind == ST_ASSIGN && is_awaitee(a, bb->stmts[i].place)) {
				Stmt set = {.kind = ST_SET_DISCR, .place = place_local(r, a->self)};
				set.place = place_project(r, set.place, PROJ_DEREF, 0, a->cty);
				set.x = STATE_FIRST_SUSPEND;
				fn_insert_stmt(r, b, i + 1, set);
				break;
			}
	}

	/* Returned: never set; F's future stays until C is dropped */
	for (BlockId b = 0; b < r->nblocks; b++) {
		if (!a->post[b] || r->blocks[b].cleanup)
			continue;
		delete_stmts(&r->blocks[b], is_set_returned, a, r);
		Term *t = &r->blocks[b].term;
		if (t->kind == TK_DROP && is_awaitee(a, t->place))
			*t = term_goto(t->target);
	}
	remove_arm(r, a->sw, STATE_RETURNED);

	if (no_poison) {
		/* Panicked: only F's poll can unwind and F poisons itself. The state
		 * is already Suspend then, so a drop after F panicked drops F (once:
		 * the unwind path no longer does). */
		remove_arm(r, a->sw, STATE_POISONED);
		for (BlockId b = 0; b < r->nblocks; b++) {
			Block *bb = &r->blocks[b];
			delete_stmts(bb, is_set_poisoned, a, r);
			if (bb->cleanup && bb->term.kind == TK_DROP && is_awaitee(a, bb->term.place))
				bb->term = term_goto(bb->term.target);
		}
		if (a->d)
			for (BlockId b = 0; b < a->d->nblocks; b++)
				delete_stmts(&a->d->blocks[b], is_set_poisoned, a, a->d);
	}
	fn_remove_unreachable(r);
	return 1;
}

/* ------------------------------------------------------------------ */
/* The last await: form B where every completion follows an await       */
/* ------------------------------------------------------------------ */

/* The variant V of a place `(*_s as variant#V).F` (no further projection)
 * and its saved local, or NO_ID. */
static uint32_t place_state(const Await *a, const Fn *f, PlaceId p, uint32_t *saved)
{
	uint32_t rest = 1;
	uint32_t sl = place_saved(a, f, p, &rest);
	if (sl == NO_ID || rest != 0)
		return NO_ID;
	*saved = sl;
	return place_proj(f, place_get(f, p), 1)->index;
}

static int is_set_returned_any(const Await *a, const Fn *f, const Stmt *s)
{
	return is_set_returned(a, f, s);
}

/* Recognises the awaits of a coroutine with several Suspend states, one
 * Await per state (the poll loop's head takes `&mut awaitee`; the poll
 * follows it on a straight path; the result switch's arm 0 is Ready), and
 * keeps those whose postamble is a tail: it reaches no await's head and no
 * poll, only the return. Every completion must follow such a tail: blocks
 * reachable from the state switch without passing a tail's Ready arm never
 * set Returned and share no block with a postamble. */
static int analyse_last(const PassCx *cx, const Body *body, Await **out, uint32_t *nout)
{
	Module *m = cx->m;
	Coroutine *c = body->c;
	const Layout *l = c->layout;
	*out = NULL, *nout = 0;
	if (l->nvariants <= STATE_FIRST_SUSPEND + 1)
		return 0;
	Await base = {.cx = cx, .m = m, .ci = body->coro, .c = c, .r = body->resume, .d = body->drop};
	base.cty = type_coro(m, base.ci);
	Fn *r = base.r;
	base.sw = fn_state_switch(r, base.cty, &base.self);
	if (base.sw == NO_BLOCK)
		return 0;
	base.u = switch_arm_target(r, base.sw, STATE_UNRESUMED);
	base.retarm = switch_arm_target(r, base.sw, STATE_RETURNED);
	base.panicarm = switch_arm_target(r, base.sw, STATE_POISONED);
	if (base.u == NO_BLOCK || base.retarm == NO_BLOCK)
		return 0;
	uint32_t nstates = l->nvariants - STATE_FIRST_SUSPEND;
	Await *aw = xcalloc(nstates, sizeof *aw);
	/* which states have an arm in the state switch, from one scan of its
	 * arms (switch_arm_target per state scanned them all: O(N^2) for N
	 * awaits); the first arm of a value counts, as in switch_arm_target */
	uint8_t *has_arm = xcalloc(l->nvariants, 1);
	{
		const Term *st = &r->blocks[base.sw].term;
		for (uint32_t k = 0; k < st->nargs; k++) {
			const SwitchArm *arm = &r->arms[st->args + k];
			if (arm->value < l->nvariants && !has_arm[arm->value])
				has_arm[arm->value] = 1 + (arm->target != NO_BLOCK);
		}
	}
	uint8_t *is_head = xcalloc(r->nblocks, 1), *is_poll = xcalloc(r->nblocks, 1);
	/* the blocks that write Returned (is_set_returned_any): found in the heads'
	 * walk, while each block's statements are in the cache, for the check of
	 * the completions at the end (walk33: it read every reachable block's
	 * statements again, a cache miss per line on a large fn) */
	uint8_t *sets_returned = xcalloc(r->nblocks, 1);
	int ok = 1;
	for (uint32_t i = 0; i < nstates; i++) {
		aw[i] = base;
		aw[i].state = STATE_FIRST_SUSPEND + i;
		aw[i].head = aw[i].call = NO_BLOCK;
		aw[i].awaitee = NO_ID;
	}
	/* heads: `_k = &mut (*_s as variant#V).F`, one per state */
	for (BlockId b = 0; b < r->nblocks && ok; b++) {
		if (r->blocks[b].cleanup)
			continue;
		is_poll[b] = r->blocks[b].term.kind == TK_CALL && r->blocks[b].term.op == CALLEE_POLL;
		for (uint32_t k = 0; k < r->blocks[b].nstmts; k++) {
			const Stmt *st = &r->blocks[b].stmts[k];
			uint32_t saved, v;
			if (st->kind == ST_SET_DISCR && is_set_returned_any(&base, r, st))
				sets_returned[b] = 1;
			if (st->kind != ST_ASSIGN || st->rv != RV_REFMUT || (v = place_state(&base, r, st->a.v, &saved)) == NO_ID)
				continue;
			if (v < STATE_FIRST_SUSPEND || v >= l->nvariants) {
				ok = 0;
				break;
			}
			Await *a = &aw[v - STATE_FIRST_SUSPEND];
			if (a->head != NO_BLOCK && (a->head != b || a->awaitee != saved))
				ok = 0;
			a->head = b, a->awaitee = saved;
			is_head[b] = 1;
		}
	}
	/* each head's poll, its result switch and Ready arm */
	for (uint32_t i = 0; i < nstates && ok; i++) {
		Await *a = &aw[i];
		if (a->head == NO_BLOCK || has_arm[a->state] != 2) {
			ok = 0;
			break;
		}
		BlockId b = a->head;
		for (int steps = 0; steps < 64 && b != NO_BLOCK && !is_poll[b]; steps++) {
			const Term *t = &r->blocks[b].term;
			b = t->kind == TK_GOTO || (t->kind == TK_CALL && t->op != CALLEE_POLL) ? t->target : NO_BLOCK;
		}
		if (b == NO_BLOCK || !is_poll[b]) {
			ok = 0;
			break;
		}
		a->call = b;
		const Term *pc = &r->blocks[b].term;
		a->fty = pc->x;
		if (l->saved[a->awaitee].ty != a->fty || pc->target == NO_BLOCK || !place_is_local(r, pc->place)) {
			ok = 0;
			break;
		}
		const Block *rs = &r->blocks[pc->target];
		if (rs->term.kind != TK_SWITCH || rs->term.a.kind == OP_CONST || rs->term.nargs != 2) {
			ok = 0;
			break;
		}
		LocalId res = place_get(r, pc->place)->local, d = place_get(r, rs->term.a.v)->local;
		int reads = 0;
		for (uint32_t k = 0; k < rs->nstmts; k++) {
			const Stmt *st = &rs->stmts[k];
			if (st->kind == ST_ASSIGN && st->rv == RV_DISCR && place_is_local(r, st->place) &&
			    place_get(r, st->place)->local == d && place_get(r, st->a.v)->local == res)
				reads = 1;
		}
		a->ready = switch_arm_target(r, pc->target, 0);
		if (!reads || a->ready == NO_BLOCK || switch_arm_target(r, pc->target, 1) == NO_BLOCK) {
			ok = 0;
			break;
		}
	}
	/* the tails */
	Await *tails = xcalloc(nstates, sizeof *tails);
	uint32_t ntails = 0;
	uint32_t *stamp = xcalloc(r->nblocks, sizeof *stamp);
	BlockId *queue = xcalloc(r->nblocks, sizeof *queue);
	uint32_t *pstamp = xcalloc(r->nblocks, sizeof *pstamp);
	for (uint32_t i = 0; i < nstates && ok; i++) {
		Await *a = &aw[i];
		if (a->ready >= r->nblocks || reaches_await(r, a->ready, is_head, is_poll, base.sw, stamp, queue, i + 1))
			continue;
		a->postl = reach_list(r, a->ready, pstamp, queue, i + 1, &a->npost);
		tails[ntails++] = *a;
	}
	free(stamp);
	free(pstamp);
	free(queue);
	free(aw);
	/* every completion follows a tail */
	if (ok && ntails) {
		uint8_t *seen = xcalloc(r->nblocks, 1);
		for (uint32_t t = 0; t < ntails; t++)
			seen[tails[t].ready] = 1;
		BlockId root = base.sw;
		fn_mark_reachable(r, seen, &root, 1);
		for (uint32_t t = 0; t < ntails; t++)
			seen[tails[t].ready] = 0;
		/* a shared `unreachable` (a switch's otherwise) changes nothing */
		for (uint32_t t = 0; t < ntails && ok; t++)
			for (uint32_t k = 0; k < tails[t].npost && ok; k++) {
				BlockId b = tails[t].postl[k];
				ok = !seen[b] || r->blocks[b].cleanup || r->blocks[b].term.kind == TK_UNREACHABLE;
			}
		/* the heads' walk read every block that is not a cleanup block to the end (ok held) */
		for (BlockId b = 0; b < r->nblocks && ok; b++)
			if (seen[b] && sets_returned[b])
				ok = r->blocks[b].cleanup || r->blocks[b].term.kind == TK_UNREACHABLE;
		free(seen);
	}
	free(is_head);
	free(is_poll);
	free(sets_returned);
	free(has_arm);
	if (!ok || !ntails) {
		for (uint32_t t = 0; t < ntails; t++)
			free(tails[t].postl);
		free(tails);
		return 0;
	}
	*out = tails, *nout = ntails;
	return 1;
}

/* Form B at every tail: the tail's state is entered as soon as its future is
 * stored and kept after Ready (no Returned write, no drop of the finished
 * future there); the Returned arm goes, since nothing sets it any more. A
 * poll after completion reaches the tail's future, as in form B. Panicked
 * stays: an earlier await's poll or the code between can unwind. */
static int try_last(Await *tails, uint32_t ntails, long max_post)
{
	for (uint32_t t = 0; t < ntails; t++) {
		Await *a = &tails[t];
		const Type *ft = type_get(a->m, a->fty);
		if (ft->kind == TY_CORO && ft->coro == a->ci)
			return 0;
		if (!late_drop_unobservable(a) || !within(count_post_work(a), max_post) ||
		    !callee_answers_for(a, postamble_pure(a)))
			return 0;
	}
	Fn *r = tails[0].r;
	/* every tail's state write goes: one pass over the blocks, the states
	 * marked (a pass per tail was N tails x the fn's blocks) */
	uint8_t *tail_state = xcalloc(tails[0].c->layout->nvariants, 1);
	for (uint32_t t = 0; t < ntails; t++)
		tail_state[tails[t].state] = 1;
	for (BlockId b = 0; b < r->nblocks; b++) {
		Block *bb = &r->blocks[b];
		if (bb->cleanup)
			continue;
		uint32_t n = 0;
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			const Stmt *s = &bb->stmts[i];
			if (!(s->kind == ST_SET_DISCR && s->x < tails[0].c->layout->nvariants && tail_state[s->x] &&
			      on_self(&tails[0], r, s->place)))
				bb->stmts[n++] = *s;
		}
		bb->nstmts = n;
	}
	free(tail_state);
	/* the state is written where the poll loop's head takes `&mut awaitee`:
	 * after the future is stored, before its first poll, and again at every
	 * resume (a redundant write; in the head, not after the store, so that
	 * the write belongs to the state's own code, which merge-states compares
	 * and renumbers) */
	for (uint32_t t = 0; t < ntails; t++) {
		Await *a = &tails[t];
		Stmt set = {.kind = ST_SET_DISCR, .place = place_local(r, a->self)};
		set.place = place_project(r, set.place, PROJ_DEREF, 0, a->cty);
		set.x = a->state;
		fn_insert_stmt(r, a->head, 0, set);
	}
	for (uint32_t t = 0; t < ntails; t++) {
		Await *a = &tails[t];
		for (uint32_t k = 0; k < a->npost; k++) {
			BlockId b = a->postl[k];
			if (r->blocks[b].cleanup)
				continue;
			delete_stmts(&r->blocks[b], is_set_returned, a, r);
			Term *term = &r->blocks[b].term;
			if (term->kind == TK_DROP && is_awaitee(a, term->place))
				*term = term_goto(term->target);
		}
	}
	remove_arm(r, tails[0].sw, STATE_RETURNED);
	fn_remove_unreachable(r);
	return 1;
}

/* What the screen keeps: one Await (a single Suspend state), or the tails
 * of a coroutine with several. */
typedef struct Screened {
	Await one;
	Await *tails;
	uint32_t ntails;
} Screened;

/* The screen: analyse and carries_nothing_observable read the body's fns,
 * its layout and types; the pipeline runs it on every body before the runs
 * (on several threads) and again on a body a replacement retyped. */
void *inline_single_await_screen(const PassCx *cx, const Body *b)
{
	Screened *sc = xcalloc(1, sizeof *sc);
	if (analyse(cx, b, &sc->one) && carries_nothing_observable(&sc->one))
		return sc;
	await_free(&sc->one);
	memset(&sc->one, 0, sizeof sc->one);
	if (analyse_last(cx, b, &sc->tails, &sc->ntails)) {
		int ok = 1;
		for (uint32_t t = 0; t < sc->ntails && ok; t++)
			ok = carries_nothing_observable(&sc->tails[t]);
		if (ok)
			return sc;
	}
	inline_single_await_forget(sc);
	return NULL;
}

void inline_single_await_forget(void *screened)
{
	Screened *sc = screened;
	await_free(&sc->one);
	for (uint32_t t = 0; t < sc->ntails; t++)
		await_free(&sc->tails[t]);
	free(sc->tails);
	free(sc);
}

/* Callees first (PASS_CALLEE_FIRST): when C is looked at, what F will be is
 * already decided. A failed try changes nothing, so the screen stays good. */
int inline_single_await(const PassCx *cx, Body *b)
{
	long max_pre = policy("COROSLIM_INLINE_MAX_PREAMBLE", DEFAULT_MAX_PREAMBLE);
	long max_post = policy("COROSLIM_INLINE_MAX_POSTAMBLE", DEFAULT_MAX_POSTAMBLE);
	Screened *sc = b->screened;
	(void)cx;
	if (sc->ntails)
		return fired(b->c, "last", try_last(sc->tails, sc->ntails, max_post));
	if (try_replace(&sc->one, max_pre, b))
		return fired(b->c, "A", 1);
	return fired(b->c, "B", try_inline(&sc->one, max_post));
}
