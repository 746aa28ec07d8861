/* state_transform.c — rustc's StateTransform (compiler/rustc_mir_transform/src/coroutine.rs)
 * as of rustc 1.95: saved locals, storage conflicts, the layout, the resume function
 * and the coroutine_drop shim of every coroutine body. Plus fn_remove_dead_blocks
 * (rustc: simplify::remove_dead_blocks) and mir_cleanup (counting only). */
#include <stdlib.h>
#include <string.h>

#include "passes.h"

/* Temporaries are scratch memory (arena.c), released by the public entry
 * points below when they return. */
static void *xcalloc(size_t n, size_t sz)
{
	if (sz && n > SIZE_MAX / sz)
		internal_error("out of memory");
	return scratch_alloc(n * sz);
}

/* ------------------------------------------------------------------ */
/* CFG helpers                                                          */
/* ------------------------------------------------------------------ */

static void remap_bb(BlockId *b, const BlockId *map)
{
	if (*b != NO_BLOCK)
		*b = map[*b];
}

static void term_remap_all(Fn *f, Term *t, const BlockId *map)
{
	remap_bb(&t->target, map);
	remap_bb(&t->drop, map);
	if (t->unwind == UW_CLEANUP)
		remap_bb(&t->unwind_bb, map);
	if (t->kind == TK_SWITCH)
		for (uint32_t i = 0; i < t->nargs; i++)
			remap_bb(&f->arms[t->args + i].target, map);
}

static int is_empty_unreachable(const Block *b)
{
	if (!b->has_term || b->term.kind != TK_UNREACHABLE || b->cleanup)
		return 0;
	for (uint32_t i = 0; i < b->nstmts; i++)
		if (b->stmts[i].kind != ST_NOP)
			return 0;
	return 1;
}

/* rustc: simplify::remove_dead_blocks (with the deduplication of unreachable blocks),
 * on f's blocks taken in the order front, then every other in its order: front is
 * NO_BLOCK (the order they have), or the last block, insert_switch's, which rustc
 * inserts at 0 (`body.basic_blocks_mut().raw.insert(0, ..)`) before its
 * remove_dead_blocks. Both in one renumbering: moving every block up by one and
 * rewriting every edge for it, then again for the dead ones, walked and moved
 * the blocks twice. */
static uint32_t remove_dead_blocks_front(Fn *f, BlockId front)
{
	ScratchMark sm = scratch_mark();
	uint32_t nb = f->nblocks;
	IR_ASSERT(front == NO_BLOCK || front + 1 == nb);
	BlockId entry = front == NO_BLOCK ? 0 : front;
	uint8_t *keep = xcalloc(nb ? nb : 1, 1);
	fn_mark_reachable(f, keep, &entry, nb ? 1 : 0);
	BlockId *map = xcalloc(nb ? nb : 1, sizeof *map);
	uint32_t used = 0;
	BlockId kept_unreachable = NO_BLOCK;
	if (front != NO_BLOCK)
		map[front] = used++; /* a switch: not an empty unreachable block */
	uint32_t first_gone = NO_BLOCK; /* the first block of the order left out */
	for (BlockId b = 0; b < nb; b++) {
		if (b == front)
			continue;
		if (keep[b] && is_empty_unreachable(&f->blocks[b])) {
			if (kept_unreachable == NO_BLOCK) {
				kept_unreachable = used;
			} else {
				map[b] = kept_unreachable;
				keep[b] = 0;
			}
		}
		if (!keep[b]) {
			if (first_gone == NO_BLOCK)
				first_gone = b;
			continue;
		}
		map[b] = used++;
	}
	uint32_t removed = nb - used;
	if (front != NO_BLOCK || removed) {
		/* the blocks before the first one left out move up by one (front's
		 * room), those after it down: to map[b] >= first_gone + 1 when front
		 * is set, so neither overwrites a block the other still moves */
		uint32_t prefix = first_gone == NO_BLOCK ? (front == NO_BLOCK ? nb : front) : first_gone;
		Block fb = front != NO_BLOCK ? f->blocks[front] : (Block){0};
		for (BlockId b = prefix; b < nb; b++)
			if (keep[b] && b != front)
				f->blocks[map[b]] = f->blocks[b];
		if (front != NO_BLOCK) {
			memmove(&f->blocks[1], &f->blocks[0], prefix * sizeof *f->blocks);
			f->blocks[0] = fb;
		}
		f->nblocks = used;
		for (BlockId b = 0; b < f->nblocks; b++)
			if (f->blocks[b].has_term)
				term_remap_all(f, &f->blocks[b].term, map);
	}
	scratch_release(sm);
	return removed;
}

uint32_t fn_remove_dead_blocks(Fn *f)
{
	return remove_dead_blocks_front(f, NO_BLOCK);
}

/* ------------------------------------------------------------------ */
/* Statement helpers                                                    */
/* ------------------------------------------------------------------ */

static Stmt stmt_set_discr(PlaceId p, uint32_t v)
{
	return (Stmt){.kind = ST_SET_DISCR, .place = p, .x = v};
}

static Stmt stmt_aggregate(Fn *f, PlaceId dst, AggKind k, TypeId ty, const Operand *ops, uint32_t n)
{
	uint32_t first = n ? fn_add_args(f, ops, n) : f->nargsv;
	return (Stmt){.kind = ST_ASSIGN, .rv = RV_AGGREGATE, .op = (uint8_t)k, .place = dst,
		      .a = {.kind = OP_CONST, .v = first}, .b = {.kind = OP_CONST, .v = n}, .x = ty};
}

static BlockId new_block_term(Fn *f, int cleanup, Term t)
{
	BlockId b = fn_add_block(f, cleanup);
	fn_set_term(f, b, t);
	return b;
}

static int term_may_unwind(uint8_t k)
{
	return k == TK_CALL || k == TK_DROP || k == TK_ASSERT;
}

/* ------------------------------------------------------------------ */
/* The transform                                                        */
/* ------------------------------------------------------------------ */

typedef struct Remap {
	int32_t variant; /* -1: not saved */
	uint32_t field;
} Remap;

typedef struct Suspension {
	uint32_t state;
	BlockId resume, drop;
	PlaceId resume_arg;
	/* MaybeStorageLive before the yield, less the always-live and the saved
	 * locals (the only ones the transform names), in increasing order */
	LocalId *storage_live;
	uint32_t nstorage_live;
} Suspension;

typedef struct Xform {
	Module *m;
	Arena *ma;            /* for what the module keeps (layout, names): m->arena, or a builder thread's */
	uint32_t ci;
	Fn *g;                /* the body being turned into the resume fn */
	uint32_t nlocals0;    /* locals at analysis time (rustc: always_live_locals.domain_size()) */
	uint32_t words;
	uint64_t *always_live;
	Remap *remap;         /* per local */
	LocalId *saved_local; /* per saved index */
	uint32_t nsaved;
	Suspension *sp;
	uint32_t nsp;
	LocalId ret_local;    /* rustc: old_ret_local (the renamed _0) */
	TypeId poll_ty;
	int can_return, can_unwind;
	BlockId drop_clean;
} Xform;

/* The first three steps of rustc's StateTransform::run_pass on the body, in one
 * walk of its blocks (each was a walk of its own: a cache miss per block of a
 * fn past the cache, three times):
 * - can_return: whether a block returns (its type is not `!`); eliminating
 *   the GetContext calls below makes gotos, never a return;
 * - replace_local(RETURN_PLACE, ..): _0 gets Poll<T>, its old uses (places and
 *   storage markers) go to a new local, returned;
 * - transform_async_context + eliminate_get_context_call: the resume type's
 *   locals become `&mut Context<'_>`, each GetContext call an assignment and a
 *   goto (the assignment is pushed after the block's storage markers are
 *   rewritten, as when the walks were apart). */
static LocalId prepare_body(Module *m, Fn *g, TypeId out, TypeId poll_ty, int *can_return)
{
	Local old = g->locals[0];
	LocalId r = fn_add_local(g, old.ty, old.name, old.mutbl);
	g->locals[0].ty = poll_ty;
	g->locals[0].name = NULL;
	g->locals[0].mutbl = 1;
	for (uint32_t p = 0; p < g->nplaces; p++)
		if (g->places[p].local == 0)
			g->places[p].local = r;
	TypeId ctx = type_ptr(m, TY_REFMUT, TY_CONTEXT);
	for (uint32_t l = 0; l < g->nlocals; l++)
		if (g->locals[l].ty == TY_RESUMETY)
			g->locals[l].ty = ctx;
	int returns = 0;
	for (BlockId b = 0; b < g->nblocks; b++) {
		Block *bb = &g->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			Stmt *s = &bb->stmts[i];
			if ((s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD) && s->x == 0)
				s->x = r;
		}
		if (!bb->has_term)
			continue;
		returns |= bb->term.kind == TK_RETURN;
		if (bb->cleanup || bb->term.kind != TK_CALL || bb->term.op != CALLEE_GET_CONTEXT)
			continue;
		Term t = bb->term;
		IR_ASSERT(t.nargs == 1);
		fn_push_stmt(g, b, stmt_assign_use(t.place, g->args[t.args]));
		fn_set_term(g, b, term_goto(t.target));
	}
	*can_return = type_get(m, out)->kind != TY_NEVER && returns;
	return r;
}

/* rustc: can_unwind (after the transform and elaborate_coroutine_drops) */
static int can_unwind(const Module *m, const Fn *g)
{
	if (m->panic_abort)
		return 0;
	for (BlockId b = 0; b < g->nblocks; b++)
		if (g->blocks[b].has_term && term_may_unwind(g->blocks[b].term.kind))
			return 1;
	return 0;
}

typedef struct ConflictCtx {
	const Fn *g;
	uint32_t nsaved, swords, lwords; /* lwords: the words of the visitor's states */
	const uint64_t *saved_mask; /* the visitor's bit space (req's tracked locals) */
	const int32_t *saved_idx;   /* tracked bit -> saved index or -1 */
	ConflictRow *rows;          /* nsaved rows (saved space), from ar */
	Arena *ar;
	uint64_t *elig;             /* swords: the saved locals of the last state applied */
	uint32_t *eligw, ne;        /* elig's nonzero words (in no order) */
	uint32_t *eligw_at;         /* swords: the word's index in eligw, or NO_ID */
	uint32_t *sorted;           /* swords: eligw ascending, for list rows */
	uint32_t *list;
	uint32_t *added;            /* the state's saved locals the last state lacks */
	uint64_t *last;             /* lwords: the saved locals of the last state applied */
	uint32_t *lastw, nlast;     /* last's nonzero words */
	uint32_t *nextw;            /* lwords: the next lastw, built per state */
	uint32_t *stamp, gen;       /* lwords: gen when the word is among the state's */
	uint8_t *inlast;            /* lwords: in lastw (which may list words zero since) */
	/* quad40: while no saved local has entered the states a second time, the states holding
	 * each one are an interval of the states taken, [start, end): no row is built during the
	 * visit, and at its end the locals with equal rows (by their intervals) share one */
	int by_rows;                /* 1: the rows built as the states come (the intervals broke) */
	uint32_t t;                 /* the new states taken so far (their index: below) */
	uint32_t *start, *end;      /* nsaved: the local's interval of new states, NO_ID: none yet
	                               (start), still in (end) */
	const uint64_t *always;     /* swords: the always-live saved locals */
	/* A state within a state taken before (the peak, kept) adds no pair: it is not new, a
	 * local's interval counts new states only, and the rows skip it (after the N lets' peak,
	 * the states of the return path and of the cleanup blocks, visited last, are within it;
	 * gen.py letextchain's N^2 cleanup states re-added N locals each: N^3 / 64 words) */
	uint64_t *peak;             /* swords */
	uint32_t *peakw, npeak;     /* peak's nonzero words */
	uint32_t peak_size, size;   /* members of peak, of elig */
	uint32_t outside;           /* members of elig not in peak: 0, the state is not new */
	int last_new;               /* the last state taken was new */
} ConflictCtx;

/* test-only (tests/unit/test_transform.c): 1 the rows built as the states come, 2 built
 * from the intervals state by state, never as classes; 0 chooses */
int st_conflict_mode;

static int cmp_u32_asc(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	return (a > b) - (a < b);
}

static void elig_set(ConflictCtx *c, uint32_t s)
{
	uint32_t w = s / 64;
	if (!c->elig[w]) {
		c->eligw_at[w] = c->ne;
		c->eligw[c->ne++] = w;
	}
	bs_gen(c->elig, s);
}

static void elig_clear(ConflictCtx *c, uint32_t s)
{
	uint32_t w = s / 64;
	bs_kill(c->elig, s);
	if (!c->elig[w]) {
		uint32_t at = c->eligw_at[w], last = c->eligw[--c->ne];
		c->eligw[at] = last;
		c->eligw_at[last] = at;
		c->eligw_at[w] = NO_ID;
	}
}

static void rows_from_intervals(ConflictCtx *c, uint32_t now);
static void conflict_add_rows(ConflictCtx *c, uint32_t nadd);

/* saved local s enters the states at state c->t: a second interval of s ends the intervals
 * (the states before this one become rows, and the rows are built from here on) */
static void interval_enter(ConflictCtx *c, uint32_t s)
{
	if (c->start[s] == NO_ID || c->start[s] == c->end[s]) { /* none yet, or an empty one */
		c->start[s] = c->t;
		c->end[s] = NO_ID;
	} else if (c->end[s] == c->t) { /* left and back with no new state between */
		c->end[s] = NO_ID;
	} else {
		rows_from_intervals(c, c->t);
		c->by_rows = 1;
	}
}

/* the last state (elig, new: in none kept), larger than the peak, kept as the peak */
static void keep_peak(ConflictCtx *c)
{
	for (uint32_t i = 0; i < c->npeak; i++)
		c->peak[c->peakw[i]] = 0;
	c->npeak = 0;
	for (uint32_t i = 0; i < c->ne; i++) {
		uint32_t w = c->eligw[i];
		c->peak[w] = c->elig[w];
		c->peakw[c->npeak++] = w;
	}
	c->peak_size = c->size;
	c->outside = 0;
}

/* the state ends a run of new states growing past the peak: a saved local of the last state
 * leaves (words: the words that may change; full: the others are zero, their stamp not gen) */
static int state_drops(const ConflictCtx *c, const uint64_t *state, const uint32_t *words, uint32_t nwords, int full)
{
	for (uint32_t i = 0; i < nwords; i++)
		if (c->last[words[i]] & ~(state[words[i]] & c->saved_mask[words[i]]))
			return 1;
	for (uint32_t i = 0; full && i < c->nlast; i++)
		if (c->stamp[c->lastw[i]] != c->gen && c->last[c->lastw[i]])
			return 1;
	return 0;
}

/* the end of a state taken: whether it was new, and if so its index */
static void state_taken(ConflictCtx *c, uint32_t nadd)
{
	c->last_new = c->outside > 0;
	if (!c->by_rows)
		c->t += (uint32_t)c->last_new;
	else if (c->last_new || st_conflict_mode == 1) /* mode 1: every state, as before quad40 */
		conflict_add_rows(c, nadd);
}

/* The saved locals of tracked word w that change from old to x into elig; the added ones listed */
static void elig_change(ConflictCtx *c, uint32_t w, uint64_t old, uint64_t x, uint32_t *nadd)
{
	for (uint64_t d = old ^ x; d; d &= d - 1) {
		uint32_t bit = (uint32_t)__builtin_ctzll(d);
		uint32_t s = (uint32_t)c->saved_idx[w * 64 + bit];
		if ((x >> bit) & 1) {
			c->size++;
			c->outside += !bs_has(c->peak, s);
			if (!c->by_rows)
				interval_enter(c, s);
			elig_set(c, s);
			c->added[(*nadd)++] = s;
		} else {
			elig_clear(c, s);
			c->size--;
			c->outside -= !bs_has(c->peak, s);
			if (!c->by_rows)
				c->end[s] = c->t;
		}
	}
}

static void conflict_add_rows(ConflictCtx *c, uint32_t nadd);

/* rustc: StorageConflictVisitor::apply_state. The state's nonzero words are among
 * words[0..nwords): the work is the state's words, not the universe's. */
static int conflict_apply_state(void *vctx, BlockId b, const uint64_t *state, const uint32_t *words,
				uint32_t nwords, int full)
{
	ConflictCtx *c = vctx;
	/* (ignored: the next call's words are those changed since the last state taken) */
	if (c->g->blocks[b].term.kind == TK_UNREACHABLE)
		return 0;
	uint32_t nadd = 0;
	if (!full) {
		/* words: those that changed since the last call (own30: walking the
		 * state's words per statement was N^2 / 64 per fn on gen.py ownlets) */
		if (c->last_new && c->size > c->peak_size && state_drops(c, state, words, nwords, 0))
			keep_peak(c);
		for (uint32_t i = 0; i < nwords; i++) {
			uint32_t w = words[i];
			uint64_t x = state[w] & c->saved_mask[w];
			if (x != c->last[w])
				elig_change(c, w, c->last[w], x, &nadd);
			c->last[w] = x;
			if (x && !c->inlast[w]) {
				c->inlast[w] = 1;
				c->lastw[c->nlast++] = w;
			}
		}
		state_taken(c, nadd);
		return 1;
	}
	/* Every state applied before added its locals x its locals, the last one's
	 * among them: only the pairs with a saved local the last state lacks are new
	 * (a local leaving adds none). Rows of the added locals take the whole state,
	 * the others the added locals. Applying every member's row again cost the
	 * state's size x its words per change: N lets each held across its own
	 * await, all storage-live to the end, were O(N^3) (4k: 238 s, robust24).
	 * elig, the last state in the saved locals' space, is kept from state to
	 * state and changed only by the bits that change: rebuilding it bit by bit
	 * per state change was the state's size each time (3N saved locals in one
	 * state: 9N^2 per stage). */
	uint32_t nnext = 0;
	if (++c->gen == 0) { /* wrapped: no stamp may look current */
		memset(c->stamp, 0, (size_t)c->lwords * sizeof *c->stamp);
		c->gen = 1;
	}
	for (uint32_t i = 0; i < nwords; i++)
		c->stamp[words[i]] = c->gen;
	if (c->last_new && c->size > c->peak_size && state_drops(c, state, words, nwords, 1))
		keep_peak(c);
	for (uint32_t i = 0; i < nwords; i++) {
		uint32_t w = words[i];
		uint64_t x = state[w] & c->saved_mask[w];
		if (x != c->last[w])
			elig_change(c, w, c->last[w], x, &nadd);
		c->last[w] = x;
		if (x)
			c->nextw[nnext++] = w;
	}
	for (uint32_t i = 0; i < c->nlast; i++) {
		uint32_t w = c->lastw[i];
		if (c->stamp[w] != c->gen) { /* not among the state's words: zero in it */
			elig_change(c, w, c->last[w], 0, &nadd);
			c->last[w] = 0;
		}
	}
	for (uint32_t i = 0; i < c->nlast; i++)
		c->inlast[c->lastw[i]] = 0;
	for (uint32_t i = 0; i < nnext; i++)
		c->inlast[c->nextw[i]] = 1;
	uint32_t *t = c->lastw;
	c->lastw = c->nextw, c->nextw = t, c->nlast = nnext;
		state_taken(c, nadd);
	return 1;
}

/* The rows of the nadd saved locals the last state added (c->added) take the state (c->elig). */
static void conflict_add_rows(ConflictCtx *c, uint32_t nadd)
{
	if (!nadd)
		return;
	/* a sparse row takes the state's saved locals one by one (ascending: at
	 * its end, mostly), a bitset row only elig's nonzero words: with N awaits
	 * a row is N bits and a state a few of them. A list row that the state
	 * alone would overflow becomes a bitset first. */
	uint32_t n = 0, words_s = bs_words(c->nsaved);
	for (uint32_t k = 0; k < c->ne; k++)
		n += (uint32_t)__builtin_popcountll(c->elig[c->eligw[k]]);
	int have_list = 0;
	for (uint32_t k = 0; k < nadd; k++) {
		ConflictRow *row = &c->rows[c->added[k]];
		if (row->cap != CONFLICT_BITS && (size_t)n * sizeof(uint32_t) > (size_t)words_s * sizeof(uint64_t))
			conflict_row_bits(c->ar, c->nsaved, row);
		if (row->cap == CONFLICT_BITS) {
			for (uint32_t j = 0; j < c->ne; j++) {
				uint64_t *w = &row->u.bits[c->eligw[j]];
				row->n += (uint32_t)__builtin_popcountll(c->elig[c->eligw[j]] & ~*w);
				*w |= c->elig[c->eligw[j]];
			}
			continue;
		}
		/* the list ascending, read off elig word by word (its ne words sorted, at
		 * most nsaved/64 of them): a qsort of the n members per state change was
		 * O(N^2 log N) on N lets each held across its own await (quad25) */
		if (!have_list) {
			memcpy(c->sorted, c->eligw, (size_t)c->ne * sizeof *c->sorted);
			if (c->ne > 1)
				qsort(c->sorted, c->ne, sizeof *c->sorted, cmp_u32_asc);
			n = 0;
			for (uint32_t j = 0; j < c->ne; j++)
				for (uint64_t x = c->elig[c->sorted[j]]; x; x &= x - 1)
					c->list[n++] = c->sorted[j] * 64 + (uint32_t)__builtin_ctzll(x);
			have_list = 1;
		}
		for (uint32_t j = 0; j < n; j++)
			conflict_add(c->ar, c->nsaved, row, c->list[j]);
	}
}

typedef struct IvEvent {
	uint32_t t, s;
} IvEvent;

static int cmp_event(const void *x, const void *y)
{
	const IvEvent *a = x, *b = y;
	if (a->t != b->t)
		return a->t < b->t ? -1 : 1;
	return (a->s > b->s) - (a->s < b->s);
}

/* The saved locals in some state before state `now`: their entries (in) and exits (out, at
 * `now` for those still in), each sorted by time; returns how many */
static uint32_t interval_events(const ConflictCtx *c, uint32_t now, IvEvent *in, IvEvent *out)
{
	uint32_t n = 0;
	for (uint32_t s = 0; s < c->nsaved; s++)
		if (c->start[s] != NO_ID && c->start[s] < now) {
			uint32_t e = c->end[s] == NO_ID || c->end[s] > now ? now : c->end[s];
			if (e == c->start[s])
				continue; /* in no new state */
			in[n] = (IvEvent){c->start[s], s};
			out[n++] = (IvEvent){e, s};
		}
	qsort(in, n, sizeof *in, cmp_event);
	qsort(out, n, sizeof *out, cmp_event);
	return n;
}

/* The rows of the states before state `now`, built from the intervals as the visitor builds
 * them state by state (a state that adds none adds no pair): the saved locals entering at one
 * time take the state then, over an elig of the replay's own */
static void rows_from_intervals(ConflictCtx *c, uint32_t now)
{
	ScratchMark sm = scratch_mark();
	IvEvent *in = xcalloc((size_t)c->nsaved + 1, sizeof *in), *out = xcalloc((size_t)c->nsaved + 1, sizeof *out);
	uint32_t n = interval_events(c, now, in, out);
	ConflictCtx r = *c;
	r.elig = xcalloc(c->swords, sizeof *r.elig);
	r.eligw = xcalloc(c->swords, sizeof *r.eligw);
	r.eligw_at = xcalloc(c->swords, sizeof *r.eligw_at);
	r.added = xcalloc((size_t)c->nsaved + 1, sizeof *r.added);
	r.ne = 0;
	for (uint32_t i = 0, j = 0; i < n;) {
		uint32_t t0 = in[i].t, nadd = 0;
		for (; j < n && out[j].t <= t0; j++)
			elig_clear(&r, out[j].s);
		for (; i < n && in[i].t == t0; i++) {
			elig_set(&r, in[i].s);
			r.added[nadd++] = in[i].s;
		}
		conflict_add_rows(&r, nadd);
	}
	scratch_release(sm);
}

typedef struct ClassKey {
	uint64_t k; /* p << 32 | q */
	uint32_t s;
} ClassKey;

static int cmp_class_key(const void *x, const void *y)
{
	const ClassKey *a = x, *b = y;
	if (a->k != b->k)
		return a->k < b->k ? -1 : 1;
	return (a->s > b->s) - (a->s < b->s);
}

/* how many of the n ascending times t[] are below x */
static uint32_t times_below(const IvEvent *t, uint32_t n, uint32_t x)
{
	uint32_t lo = 0, hi = n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (t[mid].t < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* row r (a prefill: its own list or bitset, from malloc) replaced by bits (n members) */
static void row_replace(ConflictRow *r, uint64_t *bits, uint32_t n, int shared)
{
	IR_ASSERT(r->cap != CONFLICT_SHARED);
	free(r->cap == CONFLICT_BITS ? (void *)r->u.bits : (void *)r->u.ids);
	*r = (ConflictRow){.n = n, .cap = shared ? CONFLICT_SHARED : CONFLICT_BITS, .u.bits = bits};
}

static uint64_t *row_words(uint32_t words, uint32_t members)
{
	if (members > 1)
		return conflict_shared_new(NULL, words, members);
	uint64_t *bits = calloc(words ? words : 1, sizeof *bits);
	if (!bits)
		internal_error("out of memory");
	return bits;
}

/* The always-live saved locals' rows (each in conflict with every saved local): one bitset */
static void always_rows(ConflictCtx *c)
{
	uint32_t ns = c->nsaved, sw = c->swords, nal = 0;
	for (uint32_t w = 0; w < sw; w++)
		nal += (uint32_t)__builtin_popcountll(c->always[w]);
	if (!nal)
		return;
	uint64_t *bits = row_words(sw, nal);
	for (uint32_t w = 0; w < sw; w++)
		bits[w] = w + 1 < sw || ns % 64 == 0 ? ~0ull : (1ull << (ns % 64)) - 1;
	for (uint32_t s = 0; s < ns; s++)
		if (bs_has(c->always, s))
			row_replace(&c->rows[s], bits, ns, nal > 1);
}

/* At the visit's end, no saved local having entered the states twice: a (not always live) is
 * in conflict with the always-live saved locals and with each b whose interval meets a's:
 * start_b < end_a and start_a < end_b. Those b are the first p by entry less the first q by
 * exit (an interval that ends by start_a starts before end_a), so (p, q) fixes a's row, and
 * the saved locals of one (p, q) are one class: its row built once (the first p by entry,
 * taken in p order, less the first q by exit), symmetric as built. Returns 0, no row changed,
 * when the classes would cost more than a few words per saved local: the rows are then built
 * from the intervals state by state. */
static int classes_from_intervals(ConflictCtx *c)
{
	uint32_t ns = c->nsaved, sw = c->swords;
	ScratchMark sm = scratch_mark();
	IvEvent *in = xcalloc((size_t)ns + 1, sizeof *in), *out = xcalloc((size_t)ns + 1, sizeof *out);
	uint32_t n = interval_events(c, c->t, in, out), nk = 0;
	ClassKey *key = xcalloc((size_t)n + 1, sizeof *key);
	for (uint32_t i = 0; i < n; i++) {
		uint32_t a = in[i].s;
		if (bs_has(c->always, a))
			continue;
		uint32_t end = c->end[a] == NO_ID ? c->t : c->end[a];
		uint64_t p = times_below(in, n, end), q = times_below(out, n, c->start[a] + 1);
		key[nk++] = (ClassKey){p << 32 | q, a};
	}
	qsort(key, nk, sizeof *key, cmp_class_key);
	uint64_t cost = n, budget = 4 * ((uint64_t)n + sw);
	for (uint32_t i = 0; i < nk && cost <= budget; i++)
		if (i == 0 || key[i].k != key[i - 1].k)
			cost += sw + (uint32_t)key[i].k;
	if (cost > budget) {
		scratch_release(sm);
		return 0;
	}
	uint64_t *first = xcalloc(sw, sizeof *first); /* the first pa saved locals by entry */
	uint32_t pa = 0;
	for (uint32_t i = 0, j; i < nk; i = j) {
		for (j = i + 1; j < nk && key[j].k == key[i].k;)
			j++;
		uint32_t p = (uint32_t)(key[i].k >> 32), q = (uint32_t)key[i].k, cnt = 0;
		for (; pa < p; pa++)
			bs_gen(first, in[pa].s);
		uint64_t *bits = row_words(sw, j - i);
		memcpy(bits, first, (size_t)sw * sizeof *bits);
		for (uint32_t k = 0; k < q; k++)
			bs_kill(bits, out[k].s);
		for (uint32_t w = 0; w < sw; w++) {
			bits[w] |= c->always[w];
			cnt += (uint32_t)__builtin_popcountll(bits[w]);
		}
		for (uint32_t k = i; k < j; k++)
			row_replace(&c->rows[key[k].s], bits, cnt, j - i > 1);
	}
	always_rows(c);
	scratch_release(sm);
	return 1;
}

/* The visitor fills only the rows of the saved locals a state adds (each takes the whole
 * state): the relation is symmetric, so the pairs (member, added) of the other members' rows are
 * the transpose, added here once per pair. Adding them per state change cost the state's size
 * each time, some six times the relation's pairs on N lets each held across its own await (an
 * awaitee enters and leaves each state: quad25). Bitset rows take the transposed bits directly;
 * list rows merge theirs (collected by a counting pass, ascending) and are rebuilt ascending. */
static void conflicts_symmetrize(Arena *ar, ConflictRow *rows, uint32_t ns)
{
	/* every row a bitset (a dense relation: 3N saved locals in one state): the
	 * transpose ORed in by 64 x 64 blocks, O(ns^2 / 64) words, not bit by bit */
	if (conflicts_all_bits(rows, ns)) {
		conflicts_or_transpose(rows, ns);
		return;
	}
	ScratchMark sm = scratch_mark();
	uint32_t *cnt = xcalloc((size_t)ns + 1, sizeof *cnt);
	for (uint32_t a = 0; a < ns; a++)
		for (uint32_t k = 0, b; conflict_next(&rows[a], ns, &k, &b);)
			if (b != a && rows[b].cap != CONFLICT_BITS)
				cnt[b + 1]++;
	for (uint32_t b = 0; b < ns; b++)
		cnt[b + 1] += cnt[b];
	uint32_t *tr = xcalloc(cnt[ns] ? cnt[ns] : 1, sizeof *tr), *at = xcalloc(ns ? ns : 1, sizeof *at);
	memcpy(at, cnt, ns * sizeof *at);
	/* a ascending: each list row's transposed ids ascending, off the rows as the visitor left them */
	for (uint32_t a = 0; a < ns; a++)
		for (uint32_t k = 0, b; conflict_next(&rows[a], ns, &k, &b);)
			if (b != a && rows[b].cap != CONFLICT_BITS)
				tr[at[b]++] = a;
	/* then the bitset rows take theirs in place (a row walked after it took some meets pairs
	 * whose other half is there already) */
	for (uint32_t a = 0; a < ns; a++)
		for (uint32_t k = 0, b; conflict_next(&rows[a], ns, &k, &b);)
			if (b != a && rows[b].cap == CONFLICT_BITS) {
				uint64_t m = 1ull << (a % 64);
				rows[b].n += (rows[b].u.bits[a / 64] & m) == 0;
				rows[b].u.bits[a / 64] |= m;
			}
	for (uint32_t b = 0; b < ns; b++) {
		if (rows[b].cap == CONFLICT_BITS || cnt[b] == cnt[b + 1])
			continue;
		ConflictRow old = rows[b];
		rows[b] = (ConflictRow){0};
		uint32_t *old_ids = ar ? NULL : old.u.ids; /* malloc rows: freed once merged */
		uint32_t i = 0, j = cnt[b];
		while (i < old.n || j < cnt[b + 1]) {
			uint32_t x = j >= cnt[b + 1] || (i < old.n && old.u.ids[i] <= tr[j]) ? old.u.ids[i++] : tr[j++];
			conflict_add(ar, ns, &rows[b], x); /* ascending: appended (a duplicate is found) */
		}
		free(old_ids);
	}
	scratch_release(sm);
}

/* What compute_layout leaves the later steps (always_live, saved_local, remap and the
 * suspension points with their storage-live lists) moved below the mark `tm`, and the
 * analyses' scratch above it released (cache35): kept to the end of state_transform_body,
 * the dataflow states of a large fn (60 MB at 10k awaits) stayed allocated beside the
 * drop shim's copy and the compacted arrays, which then took fresh pages. Sizes in 8-byte
 * units, so every part stays aligned. */
static size_t words8(size_t bytes)
{
	return (bytes + 7) / 8;
}

static void keep_layout_outputs(Xform *x, ScratchMark tm, uint32_t nyield, uint32_t nl)
{
	size_t n_al = words8((size_t)x->words * sizeof *x->always_live), n_sl = words8((size_t)nl * sizeof *x->saved_local),
	       n_rm = words8((size_t)nl * sizeof *x->remap), n_sp = words8((size_t)nyield * sizeof *x->sp), n_lists = 0;
	for (uint32_t y = 0; y < nyield; y++)
		n_lists += words8((size_t)x->sp[y].nstorage_live * sizeof *x->sp[y].storage_live);
	size_t total = n_al + n_sl + n_rm + n_sp + n_lists;
	uint64_t *tmp = malloc((total ? total : 1) * sizeof *tmp);
	if (!tmp)
		internal_error("out of memory");
	uint64_t *q = tmp;
	memcpy(q, x->always_live, (size_t)x->words * sizeof *x->always_live), q += n_al;
	memcpy(q, x->saved_local, (size_t)nl * sizeof *x->saved_local), q += n_sl;
	memcpy(q, x->remap, (size_t)nl * sizeof *x->remap), q += n_rm;
	memcpy(q, x->sp, (size_t)nyield * sizeof *x->sp), q += n_sp;
	for (uint32_t y = 0; y < nyield; y++) {
		memcpy(q, x->sp[y].storage_live, (size_t)x->sp[y].nstorage_live * sizeof *x->sp[y].storage_live);
		q += words8((size_t)x->sp[y].nstorage_live * sizeof *x->sp[y].storage_live);
	}
	scratch_release(tm);
	uint64_t *kept = scratch_alloc_uninit((total ? total : 1) * sizeof *kept);
	memcpy(kept, tmp, total * sizeof *kept);
	free(tmp);
	q = kept;
	x->always_live = q, q += n_al;
	x->saved_local = (LocalId *)q, q += n_sl;
	x->remap = (Remap *)q, q += n_rm;
	x->sp = (Suspension *)q, q += n_sp;
	for (uint32_t y = 0; y < nyield; y++) {
		x->sp[y].storage_live = (LocalId *)q;
		q += words8((size_t)x->sp[y].nstorage_live * sizeof *x->sp[y].storage_live);
	}
}

/* rustc: locals_live_across_suspend_points + compute_storage_conflicts + compute_layout */
static Layout *compute_layout(Xform *x)
{
	ScratchMark tm = scratch_mark();
	Fn *g = x->g;
	Module *m = x->m;
	const Coroutine *c = &m->coros[x->ci];
	uint32_t nl = g->nlocals, w = bs_words(nl);
	x->nlocals0 = nl;
	x->words = w;
	DfGraph cfg;
	df_graph_build(&cfg, g);
	/* liveness, borrows and storage requirement only over the locals that can be
	 * saved; storage liveness over all (the yields' StorageDeads) */
	DfUniverse cand;
	uint8_t *borrowable = xcalloc(nl ? nl : 1, 1), *markers = xcalloc(nl ? nl : 1, 1);
	df_universe_across_yields(&cand, &cfg, borrowable, markers);
	Dataflow live, borrowed, storage, req;
	df_compute(&live, &cfg, DF_LIVE, NULL, &cand);
	/* borrowed and requires-storage are read only at the yields, with the
	 * live locals, and for the saved locals' conflicts: over the locals live
	 * at the end of some yield block and those that can be borrowed */
	LocalId *lv = xcalloc(nl ? nl : 1, sizeof *lv);
	uint8_t *mark = xcalloc(nl ? nl : 1, 1);
	/* the yield blocks, found once (each scan for them read every block's
	 * terminator: a cache miss per block of a fn past the cache) */
	uint32_t nyield = 0;
	BlockId *yields = scratch_alloc_uninit((g->nblocks ? g->nblocks : 1) * sizeof *yields); /* one walk, not a count first */
	for (BlockId b = 0; b < g->nblocks; b++)
		if (g->blocks[b].has_term && g->blocks[b].term.kind == TK_YIELD)
			yields[nyield++] = b;
	for (uint32_t y = 0; y < nyield; y++)
		for (uint32_t i = 0, n = df_locals_at_end(&live, yields[y], lv); i < n; i++)
			mark[lv[i]] = 1;
	DfUniverse ru;
	df_universe_for_storage(&ru, g, mark, borrowable);
	df_compute_borrowed_requires_storage(&borrowed, &req, &cfg, &ru);
	df_compute_storage_live(&storage, &cfg, markers);
	x->always_live = xcalloc(w, sizeof *x->always_live);
	memcpy(x->always_live, storage.always_live, w * sizeof *x->always_live);

	/* the locals live across each yield, as lists in increasing order (dense per-yield
	 * sets were yields x locals bits, and so was asking for them as dense sets) */
	LocalId **live_at = xcalloc(nyield ? nyield : 1, sizeof *live_at);
	uint32_t *nlive_at = xcalloc(nyield ? nyield : 1, sizeof *nlive_at);
	uint64_t *any = xcalloc(w, sizeof *any);
	LocalId *bo = xcalloc(nl ? nl : 1, sizeof *bo);
	LocalId *rq = xcalloc(nl ? nl : 1, sizeof *rq), *un = xcalloc(2 * (size_t)(nl ? nl : 1), sizeof *un);
	uint64_t *rqkeep = xcalloc(req.words ? req.words : 1, sizeof *rqkeep);
	x->sp = xcalloc(nyield, sizeof *x->sp);
	x->nsp = 0;
	uint32_t k = 0;
	for (uint32_t y = 0; y < nyield; y++) {
		BlockId b = yields[y];
		uint32_t at = g->blocks[b].nstmts;
		uint32_t nlv = df_locals_at_end(&live, b, lv);           /* seek_to_block_end */
		uint32_t nbo = df_locals_before(&borrowed, b, at, bo);   /* immovable: borrowed too */
		/* (live | borrowed) & requires storage, less SELF_ARG: merges of
		 * ascending lists */
		uint32_t nun = 0, i = 0, j = 0;
		while (i < nlv || j < nbo) {
			LocalId l = j == nbo || (i < nlv && lv[i] < bo[j]) ? lv[i] : bo[j];
			un[nun++] = l;
			i += i < nlv && lv[i] == l;
			j += j < nbo && bo[j] == l;
		}
		/* requires storage, asked only of live | borrowed (own33: the whole
		 * list was N locals at yield N of N lets each requiring storage to
		 * the end, N^2 / 2 in all, intersected with a few) */
		for (i = 0; i < nun; i++)
			if (ru.bit[un[i]] != DF_UNTRACKED)
				bs_gen(rqkeep, ru.bit[un[i]]);
		uint32_t nrq = df_locals_before_in(&req, b, at, rqkeep, rq);
		for (i = 0; i < nun; i++)
			if (ru.bit[un[i]] != DF_UNTRACKED)
				rqkeep[ru.bit[un[i]] / 64] = 0;
		LocalId *list = xcalloc(nun ? nun : 1, sizeof *list);
		uint32_t n = 0;
		for (i = 0, j = 0; i < nun && j < nrq;) {
			if (un[i] < rq[j]) {
				i++;
			} else if (rq[j] < un[i]) {
				j++;
			} else {
				if (!(nl > 1 && un[i] == 1)) { /* SELF_ARG */
					list[n++] = un[i];
					bs_gen(any, un[i]);
				}
				i++;
				j++;
			}
		}
		live_at[k] = list;
		nlive_at[k] = n;
		k++;
	}

	/* saved locals, in increasing local order */
	int32_t *saved_idx = xcalloc(nl, sizeof *saved_idx);
	x->nsaved = 0;
	x->saved_local = xcalloc(nl, sizeof *x->saved_local);
	for (uint32_t l = 0; l < nl; l++) {
		saved_idx[l] = -1;
		if (bs_has(any, l)) {
			saved_idx[l] = (int32_t)x->nsaved;
			x->saved_local[x->nsaved++] = l;
		}
	}
	uint32_t ns = x->nsaved, sw = bs_words(ns ? ns : 1);
	/* MaybeStorageLive before each yield, only the locals that are not saved:
	 * the transform's StorageDeads at the yields and StorageLives in the
	 * resume arms name no other (own33: the whole lists were N^2 / 2 locals
	 * on N lets each storage-live to the end, and copied) */
	uint64_t *unsaved = xcalloc(storage.words ? storage.words : 1, sizeof *unsaved);
	for (uint32_t i = 0; i < storage.words; i++)
		unsaved[i] = i < w ? ~any[i] : ~0ull;
	for (uint32_t y = 0; y < nyield; y++) {
		BlockId b = yields[y];
		Suspension *s = &x->sp[y];
		s->nstorage_live = df_locals_before_in(&storage, b, g->blocks[b].nstmts, unsaved, un);
		s->storage_live = xcalloc(s->nstorage_live ? s->nstorage_live : 1, sizeof *s->storage_live);
		memcpy(s->storage_live, un, s->nstorage_live * sizeof *un);
	}

	Layout *lay = arena_alloc(x->ma, sizeof *lay);
	lay->nsaved = ns;
	lay->saved = arena_alloc(x->ma, (ns ? ns : 1) * sizeof *lay->saved);
	for (uint32_t i = 0; i < ns; i++) {
		LocalId l = x->saved_local[i];
		lay->saved[i].local = l;
		lay->saved[i].ty = g->locals[l].ty;
		lay->saved[i].name = g->locals[l].name ? arena_strdup(x->ma, g->locals[l].name) : NULL;
	}
	lay->nvariants = STATE_FIRST_SUSPEND + nyield;
	lay->field_start = arena_alloc(x->ma, lay->nvariants * sizeof *lay->field_start);
	lay->nfields = arena_alloc(x->ma, lay->nvariants * sizeof *lay->nfields);
	uint32_t total = 0;
	for (uint32_t y = 0; y < nyield; y++)
		total += nlive_at[y];
	lay->fields = arena_alloc(x->ma, (total ? total : 1) * sizeof *lay->fields);
	x->remap = xcalloc(nl, sizeof *x->remap);
	for (uint32_t l = 0; l < nl; l++)
		x->remap[l].variant = -1;
	uint32_t pos = 0;
	for (uint32_t v = 0; v < lay->nvariants; v++) {
		lay->field_start[v] = pos;
		lay->nfields[v] = 0;
		if (v < STATE_FIRST_SUSPEND)
			continue;
		uint32_t y = v - STATE_FIRST_SUSPEND;
		for (uint32_t i = 0; i < nlive_at[y]; i++) {
			LocalId l = live_at[y][i];
			/* a local in several variants is accessed through the last one */
			x->remap[l].variant = (int32_t)v;
			x->remap[l].field = lay->nfields[v];
			lay->fields[pos++] = (uint32_t)saved_idx[l];
			lay->nfields[v]++;
		}
	}

	/* rustc: compute_storage_conflicts. Every row starts as the always-live saved locals.
	 * The visitor's states are over req's tracked bits (the candidates), which hold
	 * every saved local. */
	/* built in malloc'd rows, then copied to the module's arena class by class
	 * (conflicts_share: N saved locals all in conflict are one bitset, not N) */
	ConflictRow *rows = conflicts_new(NULL, ns ? ns : 1);
	uint32_t cw = req.words;
	uint64_t *mask = xcalloc(cw, sizeof *mask);
	int32_t *saved_of_bit = xcalloc(ru.nbits ? ru.nbits : 1, sizeof *saved_of_bit);
	for (uint32_t i = 0; i < ru.nbits; i++)
		saved_of_bit[i] = saved_idx[ru.local[i]];
	for (uint32_t i = 0; i < ns; i++) {
		IR_ASSERT(ru.bit[x->saved_local[i]] != DF_UNTRACKED);
		bs_gen(mask, ru.bit[x->saved_local[i]]);
	}
	for (uint32_t b = 0; b < ns; b++)
		if (bs_has(x->always_live, x->saved_local[b]))
			for (uint32_t a = 0; a < ns; a++)
				conflict_add(NULL, ns, &rows[a], b);
	ConflictCtx cc = {.g = g, .nsaved = ns, .swords = sw, .lwords = cw, .saved_mask = mask,
			  .saved_idx = saved_of_bit, .rows = rows, .ar = NULL};
	cc.elig = xcalloc(sw, sizeof *cc.elig);
	cc.eligw = xcalloc(sw, sizeof *cc.eligw);
	cc.eligw_at = xcalloc(sw, sizeof *cc.eligw_at);
	cc.sorted = xcalloc(sw, sizeof *cc.sorted);
	cc.list = xcalloc(ns, sizeof *cc.list);
	cc.added = xcalloc(ns, sizeof *cc.added);
	cc.last = xcalloc(cw, sizeof *cc.last);
	cc.lastw = xcalloc(cw, sizeof *cc.lastw);
	cc.nextw = xcalloc(cw, sizeof *cc.nextw);
	cc.stamp = xcalloc(cw, sizeof *cc.stamp);
	cc.inlast = xcalloc(cw, 1);
	cc.start = xcalloc(ns ? ns : 1, sizeof *cc.start);
	cc.end = xcalloc(ns ? ns : 1, sizeof *cc.end);
	memset(cc.start, 0xff, (size_t)ns * sizeof *cc.start);
	memset(cc.end, 0xff, (size_t)ns * sizeof *cc.end);
	uint64_t *always = xcalloc(sw, sizeof *always);
	for (uint32_t i = 0; i < ns; i++)
		if (bs_has(x->always_live, x->saved_local[i]))
			bs_gen(always, i);
	cc.always = always;
	cc.peak = xcalloc(sw, sizeof *cc.peak);
	cc.peakw = xcalloc(sw, sizeof *cc.peakw);
	cc.by_rows = st_conflict_mode == 1;
	if (ns) {
		df_visit_after_early(&req, conflict_apply_state, &cc);
		if (cc.by_rows || st_conflict_mode == 2 || !classes_from_intervals(&cc)) {
			if (!cc.by_rows)
				rows_from_intervals(&cc, cc.t);
			/* dense (N lets all storage-live to the end): every row a bitset, so the
			 * transpose, and the verifier's symmetry check, go by 64 x 64 blocks;
			 * a few list rows among them sent both pair by pair (own29) */
			conflicts_densify(NULL, rows, ns);
			conflicts_symmetrize(NULL, rows, ns);
		}
		conflicts_share(NULL, rows, ns);
	}
	lay->conflicts = conflicts_dup(x->ma, rows, ns);
	conflicts_free(rows, ns ? ns : 1);
	lay->upvar_offset = arena_alloc(x->ma, (c->nupvars ? c->nupvars : 1) * sizeof *lay->upvar_offset);
	/* sizes and offsets: state_transform_finish, once the held coroutines have theirs */

	/* the suspension points are filled by the visitor; keep storage liveness by yield */
	keep_layout_outputs(x, tm, nyield, nl);
	return lay;
}

/* rustc: TransformVisitor::visit_basic_block_data (Return and Yield; storage markers of
 * saved locals become nops). Places are rewritten later by rewrite_places. */
static void transform_visitor(Xform *x)
{
	Fn *g = x->g;
	Module *m = x->m;
	uint32_t k = 0;
	for (BlockId b = 0; b < g->nblocks; b++) {
		Block *bb = &g->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			Stmt *s = &bb->stmts[i];
			if ((s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD) && s->x < x->nlocals0 &&
			    x->remap[s->x].variant >= 0)
				*s = stmt_nop();
		}
		if (!bb->has_term)
			continue;
		Term t = bb->term;
		if (t.kind == TK_RETURN) {
			Operand r = op_move(place_local(g, x->ret_local));
			fn_push_stmt(g, b, stmt_aggregate(g, place_local(g, 0), AGG_POLL_READY, x->poll_ty, &r, 1));
			fn_push_stmt(g, b, stmt_set_discr(place_local(g, 1), STATE_RETURNED));
			fn_set_term(g, b, term_simple(TK_RETURN));
		} else if (t.kind == TK_YIELD) {
			Suspension *s = &x->sp[k];
			fn_push_stmt(g, b, stmt_aggregate(g, place_local(g, 0), AGG_POLL_PENDING, x->poll_ty, NULL, 0));
			for (uint32_t i = 0; i < s->nstorage_live; i++)
				if (x->remap[s->storage_live[i]].variant < 0)
					fn_push_stmt(g, b, stmt_storage(ST_STORAGE_DEAD, s->storage_live[i]));
			s->state = STATE_FIRST_SUSPEND + k;
			s->resume = t.target;
			s->drop = t.drop;
			s->resume_arg = t.place;
			fn_push_stmt(g, b, stmt_set_discr(place_local(g, 1), s->state));
			fn_set_term(g, b, term_simple(TK_RETURN));
			k++;
		}
		(void)m;
	}
	x->nsp = k;
}

/* rustc: insert_clean_drop — `drop(_1) -> [return: bbR, unwind continue]`, bbR: return */
static BlockId insert_clean_drop(Fn *g)
{
	BlockId ret = new_block_term(g, 0, term_simple(TK_RETURN));
	Term t = term_simple(TK_DROP);
	t.place = place_local(g, 1);
	t.target = ret;
	t.unwind = UW_CONTINUE;
	return new_block_term(g, 0, t);
}

/* Rewrite every place: saved locals to `(((*self) as variant#V).F: T)`, `_1` to
 * `(*self)` (rustc: TransformVisitor::visit_place, then
 * make_coroutine_state_argument_pinned / _indirect). */
static void rewrite_places(Xform *x, Fn *f, LocalId self, uint32_t nplaces)
{
	TypeId cty = type_coro(x->m, x->ci);
	for (uint32_t p = 0; p < nplaces; p++) {
		Place *pl = &f->places[p];
		LocalId l = pl->local;
		int saved = l < x->nlocals0 && x->remap[l].variant >= 0;
		if (!saved && l != 1)
			continue;
		uint32_t start = f->nprojs, extra = saved ? 3 : 1;
		Proj d = {.kind = PROJ_DEREF, .index = 0, .ty = cty};
		*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = d;
		if (saved) {
			Proj v = {.kind = PROJ_DOWNCAST, .index = (uint32_t)x->remap[l].variant, .ty = cty};
			Proj fl = {.kind = PROJ_FIELD, .index = x->remap[l].field, .ty = f->locals[l].ty};
			*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = v;
			*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = fl;
		}
		pl = &f->places[p];
		for (uint32_t i = 0; i < pl->nproj; i++) {
			Proj q = f->projs[pl->proj + i];
			*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = q;
		}
		pl = &f->places[p];
		pl->local = self;
		pl->proj = start;
		pl->nproj += extra;
	}
}

/* rustc: create_cases — one block per suspension point: StorageLive of the locals whose
 * storage was live there, `resume_arg = move _2` (Resume only), goto the target
 * (through map, when f holds the body's blocks renumbered: the drop shim). */
static void create_cases(Xform *x, Fn *f, int resume, const BlockId *map, SwitchArm *arms, uint32_t *narms)
{
	for (uint32_t k = 0; k < x->nsp; k++) {
		const Suspension *s = &x->sp[k];
		BlockId target = resume ? s->resume : s->drop;
		if (target == NO_BLOCK)
			continue;
		if (map) /* f holds some of the body's blocks, renumbered */
			target = map[target];
		BlockId b = fn_add_block(f, 0);
		for (uint32_t i = 0; i < s->nstorage_live; i++)
			if (x->remap[s->storage_live[i]].variant < 0)
				fn_push_stmt(f, b, stmt_storage(ST_STORAGE_LIVE, s->storage_live[i]));
		if (resume) {
			const Place *ra = place_get(f, s->resume_arg);
			if (!(ra->local == 2 && ra->nproj == 0))
				fn_push_stmt(f, b, stmt_assign_use(s->resume_arg, op_move(place_local(f, 2))));
		}
		fn_set_term(f, b, term_goto(target));
		arms[(*narms)++] = (SwitchArm){s->state, b};
	}
}

/* rustc: generate_poison_block_and_redirect_unwinds_there */
static void poison_unwinds(Fn *f)
{
	BlockId poison = fn_add_block(f, 1);
	fn_push_stmt(f, poison, stmt_set_discr(place_local(f, 1), STATE_POISONED));
	fn_set_term(f, poison, term_simple(TK_RESUME));
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *bb = &f->blocks[b];
		if (!bb->has_term)
			continue;
		if (bb->term.kind == TK_RESUME) {
			if (b != poison)
				fn_set_term(f, b, term_goto(poison));
		} else if (!bb->cleanup && term_may_unwind(bb->term.kind) && bb->term.unwind == UW_CONTINUE) {
			bb->term.unwind = UW_CLEANUP;
			bb->term.unwind_bb = poison;
		}
	}
}

/* rustc: insert_panic_block — `assert(const false, msg) -> [success: itself, unwind continue]`.
 * The message names the desugaring, `async fn` for async blocks too
 * (AssertKind::ResumedAfterReturn(CoroutineKind::Desugared(Async, _))). */
static BlockId insert_panic_block(const Module *m, Fn *f, AssertKind k)
{
	BlockId b = fn_add_block(f, 0);
	Term t = term_simple(TK_ASSERT);
	t.a = op_const(f, TY_BOOL, 0);
	t.op = 1; /* expected true: `assert(const false, ..)` */
	t.msg = (uint8_t)k;
	t.target = b;
	/* panic=abort: AbortUnwindingCalls, run after StateTransform, makes the
	 * new asserts `unwind unreachable` as it did every other terminator */
	t.unwind = m->panic_abort ? UW_UNREACHABLE : UW_CONTINUE;
	fn_set_term(f, b, t);
	return b;
}

/* rustc: insert_switch — a new bb0 `_d = discriminant(_1); switchInt(move _d)`. Returned
 * as the last block: remove_dead_blocks_front moves it to 0 when it renumbers the blocks. */
static BlockId insert_switch(Fn *f, const SwitchArm *arms, uint32_t narms, BlockId deflt)
{
	LocalId dl = fn_add_local(f, TY_U32, NULL, 1);
	BlockId b = fn_add_block(f, 0);
	Stmt s = {.kind = ST_ASSIGN, .rv = RV_DISCR, .place = place_local(f, dl), .a = {.kind = OP_COPY, .v = place_local(f, 1)}};
	fn_push_stmt(f, b, s);
	Term t = term_simple(TK_SWITCH);
	t.a = op_move(place_local(f, dl));
	t.args = fn_add_arms(f, arms, narms);
	t.nargs = narms;
	t.target = deflt;
	fn_set_term(f, b, t);
	return b;
}

static char *concat_scratch(const char *x, const char *y)
{
	size_t nx = strlen(x), ny = strlen(y);
	char *s = scratch_alloc_uninit(nx + ny + 1);
	memcpy(s, x, nx);
	memcpy(s + nx, y, ny + 1);
	return s;
}

/* rustc: create_coroutine_drop_shim */
static Fn *create_drop_shim(Xform *x, const Fn *g)
{
	Module *m = x->m;
	ScratchMark sm = scratch_mark();
	char *name = concat_scratch(g->name, "::{drop}");
	/* rustc copies the whole body and lets remove_dead_blocks drop what the
	 * shim's switch does not reach; only those blocks are copied here: the
	 * clean drop's and each suspension's drop path (100k shadowed lets: a few
	 * blocks of 300k, the copy was a quarter of the page faults). The blocks
	 * keep their order, so the renumbering is rustc's. */
	uint8_t *keep = xcalloc(g->nblocks ? g->nblocks : 1, 1);
	BlockId *roots = xcalloc(x->nsp + 1, sizeof *roots);
	uint32_t nroots = 0;
	roots[nroots++] = x->drop_clean;
	for (uint32_t k = 0; k < x->nsp; k++)
		if (x->sp[k].drop != NO_BLOCK)
			roots[nroots++] = x->sp[k].drop;
	fn_mark_reachable(g, keep, roots, nroots);
	Fn *h = fn_copy_blocks(m, g, name, keep); /* added by state_transform_finish */
	BlockId *map = xcalloc(g->nblocks ? g->nblocks : 1, sizeof *map); /* g's blocks -> h's */
	for (BlockId b = 0, n = 0; b < g->nblocks; b++)
		map[b] = keep[b] ? n++ : NO_BLOCK;
	/* the places the copied blocks name (and every operand list's), before
	 * rewrite_places rewrites them: the others are dead */
	fn_gc_places(h);
	h->kind = FN_DROP_SHIM;
	h->coro = x->ci;
	h->nargs = 1;
	uint32_t nplaces = h->nplaces;
	SwitchArm *arms = xcalloc(x->nsp + 1, sizeof *arms);
	uint32_t narms = 0;
	arms[narms++] = (SwitchArm){STATE_UNRESUMED, map[x->drop_clean]};
	create_cases(x, h, 0, map, arms, &narms);
	BlockId deflt = new_block_term(h, 0, term_simple(TK_RETURN));
	BlockId front = insert_switch(h, arms, narms, deflt);
	/* No poison block: rustc copies the body for the shim before
	 * create_coroutine_resume_function poisons the unwinds (1.95's
	 * coroutine_drop dump ends its cleanup path in a plain `resume`). */
	for (BlockId b = 0; b < h->nblocks; b++)
		if (h->blocks[b].has_term && h->blocks[b].term.kind == TK_COROUTINE_DROP)
			fn_set_term(h, b, term_simple(TK_RETURN));
	h->locals[0].ty = TY_UNIT;
	(void)nplaces;
	rewrite_places(x, h, 1, h->nplaces);
	h->locals[1].ty = type_ptr(m, TY_RAWMUT, type_coro(m, x->ci));
	h->locals[1].name = NULL;
	remove_dead_blocks_front(h, front);
	scratch_release(sm);
	return h;
}

/* rustc: create_coroutine_resume_function */
static void create_resume(Xform *x)
{
	Fn *g = x->g;
	Module *m = x->m;
	if (x->can_unwind)
		poison_unwinds(g);
	SwitchArm *arms = xcalloc(x->nsp + 3, sizeof *arms);
	uint32_t narms = 0;
	arms[narms++] = (SwitchArm){STATE_UNRESUMED, 0};
	SwitchArm *cases = xcalloc(x->nsp + 1, sizeof *cases);
	uint32_t ncases = 0;
	create_cases(x, g, 1, NULL, cases, &ncases);
	BlockId panic_bb = NO_BLOCK, ret_bb = NO_BLOCK;
	if (x->can_unwind)
		panic_bb = insert_panic_block(m, g, AK_RESUMED_AFTER_PANIC);
	if (x->can_return)
		ret_bb = insert_panic_block(m, g, AK_RESUMED_AFTER_RETURN);
	if (ret_bb != NO_BLOCK)
		arms[narms++] = (SwitchArm){STATE_RETURNED, ret_bb};
	if (panic_bb != NO_BLOCK)
		arms[narms++] = (SwitchArm){STATE_POISONED, panic_bb};
	for (uint32_t i = 0; i < ncases; i++)
		arms[narms++] = cases[i];
	BlockId deflt = new_block_term(g, 0, term_simple(TK_UNREACHABLE));
	BlockId front = insert_switch(g, arms, narms, deflt);
	/* make_coroutine_state_argument_pinned; the unpinned local is a
	 * LocalDecl::new, which is `let mut` (rustc 1.95's after-dumps) */
	TypeId cty = type_coro(m, x->ci);
	TypeId ref = type_ptr(m, TY_REFMUT, cty);
	LocalId self = fn_add_local(g, ref, NULL, 1);
	rewrite_places(x, g, self, g->nplaces);
	g->locals[1].ty = type_ptr(m, TY_PIN, ref);
	g->locals[1].name = NULL;
	g->locals[1].mutbl = 0;
	PlaceId pin_field = place_project(g, place_local(g, 1), PROJ_FIELD, 0, ref);
	fn_insert_stmt(g, front, 0, stmt_assign_use(place_local(g, self), op_copy(pin_field)));
	remove_dead_blocks_front(g, front);
	/* create_coroutine_resume_function ends with AbortUnwindingCalls (panic=abort):
	 * the upvar drops elaborate_coroutine_drops gave an unreachable cleanup block
	 * become `unwind unreachable` and the block goes (found on an enum upvar matched
	 * in an async move block, issue 22 item 4) */
	abort_unwinding_calls(g);
	/* StateTransform's last step, deref_finder ("Run derefer to fix Derefs
	 * that are not in the first place"): a saved reference now sits behind
	 * `(*_S) as variant#N`, so a deref of it gets a temporary of its own
	 * (seen in rustc's after-dumps of real crates, bench/REAL.md) */
	derefer(g);
}

void state_transform_body(Module *m, uint32_t ci, Fn *body, PendingCoro *pending, Arena *ma)
{
	ScratchMark sm = scratch_mark();
	Coroutine *c = &m->coros[ci];
	pending->resume = body;
	pending->nlocals = body->nlocals;
	Xform x;
	memset(&x, 0, sizeof x);
	x.m = m;
	x.ma = ma;
	x.ci = ci;
	Fn *g = body; /* rewritten in place: it keeps the body's name and slot */
	x.g = g;
	TypeId out = g->nlocals ? g->locals[0].ty : TY_UNIT;
	g->kind = FN_RESUME;
	g->coro = ci;
	c->output = out;
	x.poll_ty = type_ptr(m, TY_POLL, out);
	x.ret_local = prepare_body(m, g, out, x.poll_ty, &x.can_return);
	c->layout = compute_layout(&x);
	transform_visitor(&x);
	x.drop_clean = insert_clean_drop(g);
	elaborate_coroutine_drops(g);
	x.can_unwind = can_unwind(m, g);
	Fn *shim = create_drop_shim(&x, g);
	create_resume(&x);
	g->nargs = 2;
	c->resume = arena_strdup(ma, g->name);
	c->drop = arena_strdup(ma, shim->name);
	c->body = NULL;
	/* building them grew arrays many times: keep one exact copy, with room
	 * for what the passes add (relocate-upvars: a prologue block, a local and
	 * a few places per upvar) */
	fn_compact_room(g);
	fn_gc_places(shim); /* it names a fraction of the resume fn's places */
	fn_compact(shim);
	pending->shim = shim;
	scratch_release(sm);
}

/* ------------------------------------------------------------------ */
/* Ordering: callees (awaited coroutines) before callers                */
/* ------------------------------------------------------------------ */

/* The layouts (callees first: a coroutine's size needs the sizes of those it
 * holds) and the drop shims (added to the module in that order, after every
 * other fn). */
int state_transform_finish(Module *m, const PendingCoro *pending, Diag *d)
{
	uint32_t nc = m->ncoros;
	/* edges of i: the other coroutines i holds a value of in a local of its
	 * body (other than _0 and _1, whose types the transform changed) */
	CoroGraph g;
	coro_graph_begin(&g, nc);
	for (uint32_t i = 0; i < nc; i++) {
		coro_graph_node(&g, i);
		for (uint32_t l = 2; pending[i].shim && l < pending[i].nlocals; l++)
			coro_graph_hold(&g, m, pending[i].resume->locals[l].ty, 1);
	}
	coro_graph_end(&g);
	uint32_t back[2];
	uint32_t *order = coro_graph_postorder(&g, back);
	int rc = 0;
	if (back[0] != NO_ID) {
		diag_set(d, m->coros[back[1]].line, m->coros[back[1]].col,
			 "recursion in an async fn requires boxing: `%s` awaits itself through `%s`",
			 m->coros[back[1]].name, m->coros[back[0]].name);
		rc = -1;
	}
	for (uint32_t k = 0; k < nc; k++) {
		uint32_t ci = order[k];
		if (!pending[ci].shim)
			continue;
		if (rc == 0)
			layout_compute(m, &m->coros[ci], m->coros[ci].layout);
		module_add_fn(m, pending[ci].shim);
	}
	if (rc == 0)
		m->transformed = 1;
	free(order);
	coro_graph_free(&g);
	return rc;
}

/* rustc: StateTransform::run_pass, for every coroutine body */
int state_transform(Module *m, Diag *d)
{
	uint32_t nc = m->ncoros;
	ScratchMark sm = scratch_mark();
	PendingCoro *pending = xcalloc(nc ? nc : 1, sizeof *pending);
	for (uint32_t i = 0; i < m->nfns; i++) {
		Fn *f = m->fns[i];
		if (f->kind == FN_CORO_BODY && f->coro != NO_ID && f->coro < nc)
			state_transform_body(m, f->coro, f, &pending[f->coro], m->arena);
	}
	int rc = state_transform_finish(m, pending, d);
	scratch_release(sm);
	return rc;
}

/* ------------------------------------------------------------------ */
/* mir_cleanup: for counting comparisons with rustc's final O0 MIR      */
/* ------------------------------------------------------------------ */

/* SimplifyCfg's simplify_branch over every block; whether any switch became a goto */
static int simplify_branches(Fn *f)
{
	int changed = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		Term *t = &f->blocks[b].term;
		if (t->kind != TK_SWITCH)
			continue;
		BlockId first = NO_BLOCK;
		int same = 1;
		for (uint32_t i = 0; i <= t->nargs && same; i++) {
			BlockId x = i < t->nargs ? f->arms[t->args + i].target : t->target;
			for (uint32_t steps = 0; f->blocks[x].nstmts == 0 && f->blocks[x].term.kind == TK_GOTO &&
						 f->blocks[x].term.target != x && steps < f->nblocks; steps++)
				x = f->blocks[x].term.target;
			if (first == NO_BLOCK)
				first = x;
			same = x == first;
		}
		if (same && first != NO_BLOCK) {
			*t = term_goto(first);
			changed = 1;
		}
	}
	return changed;
}

void mir_cleanup(Fn *f)
{
	ScratchMark sm = scratch_mark();
	/* 1. storage markers, nops, PlaceMention */
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *bb = &f->blocks[b];
		uint32_t n = 0;
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			uint8_t k = bb->stmts[i].kind;
			if (k == ST_STORAGE_LIVE || k == ST_STORAGE_DEAD || k == ST_NOP || k == ST_PLACE_MENTION)
				continue;
			bb->stmts[n++] = bb->stmts[i];
		}
		bb->nstmts = n;
	}
	/* 1a. rustc SimplifyCfg's simplify_branch: a switch whose targets (through empty
	 * gotos) are all one block is a goto; its discriminant read then dies in 1b (the
	 * discriminant switches of ElaborateDrops' open drop of a Poll whose arms do nothing) */
	simplify_branches(f);
	/* 1b. rustc SimplifyLocals: assignments to bare locals that are never read and have
	 * no debug name (dead stores of temporaries) go, until nothing changes */
	int again = 1;
	while (again) {
		again = 0;
		uint8_t *read = xcalloc(f->nlocals, 1);
		/* a local is read if any place other than a bare assignment destination names it */
		for (BlockId b = 0; b < f->nblocks; b++) {
			const Block *bb = &f->blocks[b];
			for (uint32_t i = 0; i < bb->nstmts; i++) {
				const Stmt *s = &bb->stmts[i];
				if (s->kind == ST_ASSIGN) {
					if (!place_is_local(f, s->place))
						read[place_get(f, s->place)->local] = 1;
					Operand ops[2] = {s->a, s->b};
					uint32_t nops = 0;
					if (s->rv == RV_USE || s->rv == RV_CAST || s->rv == RV_UNARY)
						nops = 1;
					else if (s->rv == RV_BINARY || s->rv == RV_CHECKED)
						nops = 2;
					else if (s->rv == RV_DISCR || s->rv == RV_REF || s->rv == RV_REFMUT)
						read[place_get(f, s->a.v)->local] = 1;
					else if (s->rv == RV_AGGREGATE)
						for (uint32_t k = 0; k < s->b.v; k++)
							if (f->args[s->a.v + k].kind != OP_CONST)
								read[place_get(f, f->args[s->a.v + k].v)->local] = 1;
					for (uint32_t k = 0; k < nops; k++)
						if (ops[k].kind != OP_CONST)
							read[place_get(f, ops[k].v)->local] = 1;
				} else if (s->kind == ST_SET_DISCR) {
					read[place_get(f, s->place)->local] = 1;
				}
			}
			const Term *t = &bb->term;
			if (t->kind == TK_SWITCH || t->kind == TK_YIELD || t->kind == TK_ASSERT)
				if (t->a.kind != OP_CONST)
					read[place_get(f, t->a.v)->local] = 1;
			if (t->kind == TK_CALL || t->kind == TK_ASSERT)
				for (uint32_t k = 0; k < t->nargs; k++)
					if (f->args[t->args + k].kind != OP_CONST)
						read[place_get(f, f->args[t->args + k].v)->local] = 1;
			if (t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_YIELD)
				read[place_get(f, t->place)->local] = 1;
		}
		for (uint32_t l = 0; l <= f->nargs && l < f->nlocals; l++)
			read[l] = 1;
		for (BlockId b = 0; b < f->nblocks; b++) {
			Block *bb = &f->blocks[b];
			uint32_t n = 0;
			for (uint32_t i = 0; i < bb->nstmts; i++) {
				const Stmt *s = &bb->stmts[i];
				if (s->kind == ST_ASSIGN && place_is_local(f, s->place)) {
					LocalId l = place_get(f, s->place)->local;
					if (!read[l] && !f->locals[l].name) {
						again = 1;
						continue;
					}
				}
				bb->stmts[n++] = *s;
			}
			bb->nstmts = n;
		}
	}
	int changed = 1;
	while (changed) {
		changed = 0;
		/* 2. edges to empty goto blocks go to their target (not self loops) */
		BlockId *fwd = xcalloc(f->nblocks, sizeof *fwd);
		for (BlockId b = 0; b < f->nblocks; b++) {
			fwd[b] = b;
		}
		for (BlockId b = 0; b < f->nblocks; b++) {
			BlockId t = b;
			uint32_t steps = 0;
			while (f->blocks[t].nstmts == 0 && f->blocks[t].term.kind == TK_GOTO &&
			       f->blocks[t].term.target != t && steps++ < f->nblocks)
				t = f->blocks[t].term.target;
			fwd[b] = t;
		}
		for (BlockId b = 0; b < f->nblocks; b++) {
			Term *t = &f->blocks[b].term;
			Term old = *t;
			term_remap_all(f, t, fwd);
			if (memcmp(&old, t, sizeof old) != 0)
				changed = 1;
		}
		/* the entry itself may be an empty goto */
		/* 3. merge a goto into its target when the target has this one predecessor */
		uint32_t *npred = xcalloc(f->nblocks, sizeof *npred);
		uint8_t *reach = fn_reachable(f);
		BlockId succ[64];
		for (BlockId b = 0; b < f->nblocks; b++) {
			if (!reach[b])
				continue;
			const Term *t = &f->blocks[b].term;
			uint32_t n = term_nsuccessors(f, t);
			BlockId *s = n <= 64 ? succ : xcalloc(n, sizeof *s);
			term_successors(f, t, s, n);
			for (uint32_t i = 0; i < n; i++)
				npred[s[i]]++;
		}
		for (BlockId b = 0; b < f->nblocks; b++) {
			if (!reach[b])
				continue;
			Block *bb = &f->blocks[b];
			while (bb->term.kind == TK_GOTO) {
				BlockId t = bb->term.target;
				if (t == b || t == 0 || npred[t] != 1 || f->blocks[t].cleanup != bb->cleanup)
					break;
				Block *tb = &f->blocks[t];
				for (uint32_t i = 0; i < tb->nstmts; i++)
					fn_push_stmt(f, b, tb->stmts[i]);
				bb = &f->blocks[b];
				tb = &f->blocks[t];
				bb->term = tb->term;
				tb->nstmts = 0;
				tb->term = term_simple(TK_UNREACHABLE);
				npred[t] = 0;
				reach[t] = 0;
				changed = 1;
			}
		}
		free(reach);
		/* 4. unreachable blocks */
		if (fn_remove_dead_blocks(f))
			changed = 1;
		/* 4a. simplify_branch again (rustc's SimplifyCfg::Final runs after SimplifyLocals
		 * removed the dead discriminant reads of 1b): a drop-flag switch whose arms led to
		 * a discriminant switch 1a could not fold (it still held its read) now has one
		 * target (enum_nested_patterns.rs `msgs`: 54 blocks, rustc 53) */
		if (simplify_branches(f))
			changed = 1;
	}
	/* 5. rustc's late AddCallGuards::CriticalCallEdges, the last pass before
	 * codegen at every opt level (run_optimization_passes): the goto merging
	 * above can leave a call with an unwind edge returning to a block of several
	 * predecessors (a loop head), which gets a goto block again */
	add_call_guards(f);
	scratch_release(sm);
}
