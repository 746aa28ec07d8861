/* dataflow.c — bitsets and the four rustc_mir_dataflow analyses the state transform
 * runs on a coroutine body (compiler/rustc_mir_dataflow/src/impls/): MaybeLiveLocals,
 * MaybeStorageLive, MaybeBorrowedLocals, MaybeRequiresStorage. Worklist fixpoint over
 * blocks (reverse postorder forward, postorder backward); states are word bitsets over
 * the tracked locals (a DfUniverse: the state transform tracks only the locals that can
 * be saved across a yield, so a fn of 100k lets and one await has states of a few bits).
 * MaybeStorageLive, needed at the yields only over every local, keeps a state per chain
 * of straight-line blocks rather than per block. Stored states are dense words when
 * the universe is at most DF_DENSE_WORDS words (nearly every fn: one word), sparse
 * past it (DfWords: their nonzero words), as N awaits in one fn make O(N) tracked
 * bits of which each block has a few. MaybeBorrowedLocals and MaybeRequiresStorage
 * share one fixpoint (df_compute_borrowed_requires_storage). */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* Tests only (tests/unit/test_dataflow.c, which declares it): 0, the budget decides; 1,
 * mirrored trees from the start; 2, sparse states at any size. coroslim never sets it. */
int df_store_mode;

uint32_t bs_count(const uint64_t *s, uint32_t words)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < words; i++) {
		uint64_t w = s[i];
		while (w) {
			w &= w - 1;
			n++;
		}
	}
	return n;
}

/* Everything here is scratch memory (arena.c): results live until the
 * caller's scratch_release. */
static void *xcalloc(size_t n, size_t sz)
{
	if (sz && n > SIZE_MAX / sz)
		internal_error("out of memory");
	return scratch_alloc(n * sz);
}

static inline int place_indirect(const Fn *f, PlaceId p)
{
	const Place *pl = place_get(f, p);
	for (uint32_t i = 0; i < pl->nproj; i++)
		if (place_proj(f, pl, i)->kind == PROJ_DEREF)
			return 1;
	return 0;
}

static inline LocalId place_base(const Fn *f, PlaceId p)
{
	return place_get(f, p)->local;
}

/* bit operations on a local through the analysis' universe; an untracked local
 * has no bit (never set) */
static inline uint32_t bit_of(const Dataflow *d, LocalId l)
{
	return d->u ? d->u->bit[l] : l;
}

static inline void work_touch(DfWork *k, uint32_t word);
static void work_tree_put(DfWork *k, uint32_t bit, int on);

/* the working state of d whose dense state is s, or NULL (a sparse analysis' working
 * state lists the words it sets, and a mirrored one's tree follows s: see DfWork) */
static inline DfWork *work_of(const Dataflow *d, const uint64_t *s)
{
	if (d->dense)
		return NULL;
	for (uint32_t k = 0; k < d->nwork; k++)
		if (d->work[k].s == s)
			return &d->work[k];
	return NULL;
}

static inline void gen(const Dataflow *d, uint64_t *s, LocalId l)
{
	uint32_t i = bit_of(d, l);
	if (i == DF_UNTRACKED)
		return;
	DfWork *k = work_of(d, s);
	if (k) {
		work_touch(k, i / 64);
		if (k->trees && !bs_has(s, i))
			work_tree_put(k, i, 1);
	}
	if (d->dirty && s == d->dirty_of)
		work_touch(d->dirty, i / 64);
	bs_gen(s, i);
}

static inline void kill(const Dataflow *d, uint64_t *s, LocalId l)
{
	uint32_t i = bit_of(d, l);
	if (i == DF_UNTRACKED)
		return;
	DfWork *k = work_of(d, s);
	if (k && k->trees && bs_has(s, i))
		work_tree_put(k, i, 0);
	if (d->dirty && s == d->dirty_of)
		work_touch(d->dirty, i / 64);
	bs_kill(s, i);
}

static inline int has(const Dataflow *d, const uint64_t *s, LocalId l)
{
	uint32_t i = bit_of(d, l);
	return i != DF_UNTRACKED && bs_has(s, i);
}

/* ---- MaybeLiveLocals: TransferFunction + DefUse::for_place (liveness.rs) ---- */

/* the index locals of a place's `[_i]` projections: read wherever the place is (issue 22 item 4) */
static void live_use_indexes(const Dataflow *d, PlaceId p, uint64_t *s)
{
	const Place *pl = place_get(d->f, p);
	for (uint32_t i = 0; i < pl->nproj; i++)
		if (place_proj(d->f, pl, i)->kind == PROJ_INDEX)
			gen(d, s, place_proj(d->f, pl, i)->index);
}

/* a read of an operand: always a use of the base local */
static void live_use_op(const Dataflow *d, Operand o, uint64_t *s)
{
	if (o.kind != OP_CONST) {
		gen(d, s, place_base(d->f, o.v));
		live_use_indexes(d, o.v, s);
	}
}

/* a Store/Call/Yield destination: def if a bare local, use if indirect, else nothing */
static void live_def_place(const Dataflow *d, PlaceId p, uint64_t *s)
{
	if (place_indirect(d->f, p))
		gen(d, s, place_base(d->f, p));
	else if (place_is_local(d->f, p))
		kill(d, s, place_base(d->f, p));
	live_use_indexes(d, p, s);
}

static void live_rvalue(const Dataflow *d, const Stmt *st, uint64_t *s)
{
	switch (st->rv) {
	case RV_USE:
	case RV_CAST:
	case RV_UNARY:
		live_use_op(d, st->a, s);
		break;
	case RV_BINARY:
	case RV_CHECKED:
		live_use_op(d, st->a, s);
		live_use_op(d, st->b, s);
		break;
	case RV_AGGREGATE:
		for (uint32_t i = 0; i < st->b.v; i++)
			live_use_op(d, d->f->args[st->a.v + i], s);
		break;
	case RV_DISCR:
	case RV_REF:
	case RV_REFMUT:
		gen(d, s, place_base(d->f, st->a.v));
		live_use_indexes(d, st->a.v, s);
		break;
	}
}

static void live_stmt(const Dataflow *d, const Stmt *st, uint64_t *s)
{
	switch (st->kind) {
	case ST_ASSIGN:
		live_def_place(d, st->place, s); /* the place is visited before the rvalue */
		live_rvalue(d, st, s);
		break;
	case ST_SET_DISCR:
		if (place_indirect(d->f, st->place))
			gen(d, s, place_base(d->f, st->place));
		break;
	case ST_PLACE_MENTION:
		/* rustc 1.95's DefUse::for_place: NonMutatingUse(PlaceMention) is a use (seen
		 * alone after an await on a one-variant enum's match: the local is saved) */
		gen(d, s, place_base(d->f, st->place));
		live_use_indexes(d, st->place, s);
		break;
	default:
		break; /* StorageLive/Dead, nop */
	}
}

static void live_term(const Dataflow *d, const Term *t, uint64_t *s)
{
	switch (t->kind) {
	case TK_SWITCH:
		live_use_op(d, t->a, s);
		break;
	case TK_CALL:
		if (place_indirect(d->f, t->place)) /* `*p = f()` uses p; a def is on the return edge */
			gen(d, s, place_base(d->f, t->place));
		for (uint32_t i = 0; i < t->nargs; i++)
			live_use_op(d, d->f->args[t->args + i], s);
		break;
	case TK_YIELD:
		live_use_op(d, t->a, s); /* the resume place is handled on the resume edge */
		break;
	case TK_DROP:
		gen(d, s, place_base(d->f, t->place));
		live_use_indexes(d, t->place, s);
		break;
	case TK_ASSERT:
		live_use_op(d, t->a, s);
		for (uint32_t i = 0; i < t->nargs; i++)
			live_use_op(d, d->f->args[t->args + i], s);
		break;
	case TK_RETURN:
		gen(d, s, 0);
		break;
	default:
		break;
	}
}

/* ---- MaybeBorrowedLocals (borrowed_locals.rs) ---- */

static void borrowed_stmt(const Dataflow *d, const Stmt *st, uint64_t *s)
{
	if (st->kind == ST_ASSIGN && (st->rv == RV_REF || st->rv == RV_REFMUT) && !place_indirect(d->f, st->a.v))
		gen(d, s, place_base(d->f, st->a.v));
	if (st->kind == ST_STORAGE_DEAD)
		kill(d, s, st->x);
}

static void borrowed_term(const Dataflow *d, const Term *t, uint64_t *s)
{
	if (t->kind == TK_DROP && !place_indirect(d->f, t->place))
		gen(d, s, place_base(d->f, t->place));
}

/* ---- MaybeRequiresStorage (storage_liveness.rs) ---- */

/* check_for_move: kill `move _x` operands (whole locals) not borrowed before loc */
static void kill_moved_op(const Dataflow *d, Operand o, const uint64_t *borrowed, uint64_t *s)
{
	if (o.kind == OP_MOVE && place_is_local(d->f, o.v) && !has(d, borrowed, place_base(d->f, o.v)))
		kill(d, s, place_base(d->f, o.v));
}

static void req_check_for_move_stmt(const Dataflow *d, const Stmt *st, const uint64_t *bor, uint64_t *s)
{
	if (st->kind != ST_ASSIGN)
		return;
	switch (st->rv) {
	case RV_USE:
	case RV_CAST:
	case RV_UNARY:
		kill_moved_op(d, st->a, bor, s);
		break;
	case RV_BINARY:
	case RV_CHECKED:
		kill_moved_op(d, st->a, bor, s);
		kill_moved_op(d, st->b, bor, s);
		break;
	case RV_AGGREGATE:
		for (uint32_t i = 0; i < st->b.v; i++)
			kill_moved_op(d, d->f->args[st->a.v + i], bor, s);
		break;
	default:
		break;
	}
}

static void req_check_for_move_term(const Dataflow *d, const Term *t, const uint64_t *bor, uint64_t *s)
{
	switch (t->kind) {
	case TK_SWITCH:
	case TK_YIELD:
		kill_moved_op(d, t->a, bor, s);
		break;
	case TK_CALL:
		for (uint32_t i = 0; i < t->nargs; i++)
			kill_moved_op(d, d->f->args[t->args + i], bor, s);
		break;
	case TK_ASSERT:
		kill_moved_op(d, t->a, bor, s);
		for (uint32_t i = 0; i < t->nargs; i++)
			kill_moved_op(d, d->f->args[t->args + i], bor, s);
		break;
	case TK_RETURN: /* `return` moves _0 */
		if (!has(d, bor, 0))
			kill(d, s, 0);
		break;
	default:
		break;
	}
}

static void req_early_stmt(const Dataflow *d, const Stmt *st, uint64_t *s)
{
	borrowed_stmt(d, st, s);
	if (st->kind == ST_STORAGE_DEAD)
		kill(d, s, st->x);
	else if (st->kind == ST_ASSIGN || st->kind == ST_SET_DISCR)
		gen(d, s, place_base(d->f, st->place));
}

static void req_primary_stmt(const Dataflow *d, const Stmt *st, const uint64_t *bor, uint64_t *s)
{
	req_check_for_move_stmt(d, st, bor, s);
	if (st->kind == ST_ASSIGN || st->kind == ST_SET_DISCR)
		gen(d, s, place_base(d->f, st->place));
}

/* req_early_stmt, req_primary_stmt, then borrowed_stmt on bor: one statement's
 * whole effect, in one switch (the fixpoint's inner loop) */
static void req_stmt(const Dataflow *d, const Stmt *st, uint64_t *s, uint64_t *bor)
{
	switch (st->kind) {
	case ST_STORAGE_DEAD:
		kill(d, s, st->x);
		kill(d, bor, st->x);
		break;
	case ST_SET_DISCR:
		gen(d, s, place_base(d->f, st->place));
		break;
	case ST_ASSIGN: {
		int ref = (st->rv == RV_REF || st->rv == RV_REFMUT) && !place_indirect(d->f, st->a.v);
		LocalId dst = place_base(d->f, st->place);
		if (ref)
			gen(d, s, place_base(d->f, st->a.v));
		gen(d, s, dst);
		req_check_for_move_stmt(d, st, bor, s);
		gen(d, s, dst);
		if (ref)
			gen(d, bor, place_base(d->f, st->a.v));
		break;
	}
	default:
		break;
	}
}

static void req_early_term(const Dataflow *d, const Term *t, uint64_t *s)
{
	borrowed_term(d, t, s);
	if (t->kind == TK_CALL)
		gen(d, s, place_base(d->f, t->place));
}

static void req_primary_term(const Dataflow *d, const Term *t, const uint64_t *bor, uint64_t *s)
{
	if (t->kind == TK_CALL)
		kill(d, s, place_base(d->f, t->place));
	req_check_for_move_term(d, t, bor, s);
}


/* ---- the engine ---- */

/* Apply the whole block (forward) to s; bor is the borrowed state, advanced alongside
 * for MaybeRequiresStorage (NULL otherwise). */
static void forward_block(const Dataflow *d, BlockId b, uint64_t *s, uint64_t *bor, uint32_t upto)
{
	const Fn *f = d->f;
	const Block *bb = &f->blocks[b];
	uint32_t n = upto < bb->nstmts ? upto : bb->nstmts;
	switch (d->kind) {
	case DF_STORAGE_LIVE:
		for (uint32_t i = 0; i < n; i++) {
			const Stmt *st = &bb->stmts[i];
			if (st->kind == ST_STORAGE_LIVE)
				gen(d, s, st->x);
			else if (st->kind == ST_STORAGE_DEAD)
				kill(d, s, st->x);
		}
		break;
	case DF_BORROWED:
		for (uint32_t i = 0; i < n; i++)
			borrowed_stmt(d, &bb->stmts[i], s);
		break;
	case DF_REQUIRES_STORAGE:
		for (uint32_t i = 0; i < n; i++)
			req_stmt(d, &bb->stmts[i], s, bor);
		break;
	default:
		break;
	}
	if (upto <= bb->nstmts || !bb->has_term)
		return;
	const Term *t = &bb->term;
	if (d->kind == DF_BORROWED) {
		borrowed_term(d, t, s);
	} else if (d->kind == DF_REQUIRES_STORAGE) {
		req_early_term(d, t, s);
		req_primary_term(d, t, bor, s);
		borrowed_term(d, t, bor);
	}
}

static void backward_block(const Dataflow *d, BlockId b, uint64_t *s)
{
	const Fn *f = d->f;
	const Block *bb = &f->blocks[b];
	if (bb->has_term)
		live_term(d, &bb->term, s);
	for (uint32_t i = bb->nstmts; i-- > 0;)
		live_stmt(d, &bb->stmts[i], s);
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

/* b's successors into succ[succ_at[b] ..) for every block, as many as fit in room;
 * returns how many there are (more than room: they did not all fit) */
static size_t fill_succ(const Fn *f, uint32_t *succ_at, BlockId *succ, size_t room)
{
	size_t e = 0;
	for (uint32_t b = 0; b < f->nblocks; b++) {
		succ_at[b] = (uint32_t)e;
		if (f->blocks[b].has_term)
			e += term_successors(f, &f->blocks[b].term, succ + (e < room ? e : room),
					     e < room ? (uint32_t)(room - e < UINT32_MAX ? room - e : UINT32_MAX) : 0);
	}
	succ_at[f->nblocks] = (uint32_t)e;
	return e;
}

void df_graph_build(DfGraph *g, const Fn *f)
{
	uint32_t nb = f->nblocks;
	/* One walk of the blocks (perf36: a large fn's blocks are out of cache, and
	 * counting the edges first was a second walk): the successors go into room
	 * for the most there can be, two per block but a switch's arms, f->narms in
	 * all unless two switches share arms (then the exact count's array, filled
	 * again). The room past the edges is never written. */
	size_t room = (size_t)2 * nb + f->narms;
	uint32_t *succ_at = xcalloc((size_t)nb + 1, sizeof *succ_at);
	BlockId *succ = scratch_alloc_uninit((room ? room : 1) * sizeof *succ);
	size_t ne = fill_succ(f, succ_at, succ, room);
	if (ne > room) {
		if (ne > UINT32_MAX)
			internal_error("too many edges");
		succ = scratch_alloc_uninit(ne * sizeof *succ);
		fill_succ(f, succ_at, succ, ne);
	}
	/* pred_at, pred, po, then the DFS scratch (next, stack), reachable */
	size_t sz = align8((size_t)(nb + 1) * 4) + align8((size_t)ne * 4) + align8((size_t)nb * 4) * 3 +
		    align8(nb ? nb : 1);
	unsigned char *p = xcalloc(1, sz);
	memset(g, 0, sizeof *g);
	g->f = f;
	g->nb = nb;
	g->succ_at = succ_at;
	g->succ = succ;
#define CARVE(dst, n)                                          \
	do {                                                   \
		(dst) = (void *)p;                             \
		p += align8((size_t)(n) * sizeof *(dst));      \
	} while (0)
	CARVE(g->pred_at, nb + 1);
	CARVE(g->pred, ne);
	CARVE(g->po, nb);
	uint32_t *next, *stack;
	CARVE(next, nb);
	CARVE(stack, nb);
	g->reachable = p;
#undef CARVE
	uint32_t e = (uint32_t)ne;
	for (uint32_t i = 0; i < e; i++)
		if (g->succ[i] < nb)
			g->pred_at[g->succ[i] + 1]++;
	for (uint32_t b = 0; b < nb; b++)
		g->pred_at[b + 1] += g->pred_at[b];
	for (uint32_t b = 0; b < nb; b++) /* next[] is the fill count here, the DFS cursor below */
		for (uint32_t i = g->succ_at[b]; i < g->succ_at[b + 1]; i++)
			if (g->succ[i] < nb)
				g->pred[g->pred_at[g->succ[i]] + next[g->succ[i]]++] = b;
	if (!nb)
		return;
	/* postorder of the reachable blocks: iterative DFS, successors in order */
	memset(next, 0, (size_t)nb * sizeof *next);
	uint32_t sp = 0;
	stack[sp++] = 0;
	g->reachable[0] = 1;
	while (sp) {
		BlockId b = stack[sp - 1];
		uint32_t end = g->succ_at[b + 1] - g->succ_at[b];
		int pushed = 0;
		while (next[b] < end) {
			BlockId s = g->succ[g->succ_at[b] + next[b]++];
			if (s < nb && !g->reachable[s]) {
				g->reachable[s] = 1;
				stack[sp++] = s;
				pushed = 1;
				break;
			}
		}
		if (!pushed) {
			g->po[g->npo++] = b;
			sp--;
		}
	}
}

/* ---- the universe of the state transform ---- */

static void mark_indexes(const Fn *f, PlaceId p, uint8_t *mark)
{
	const Place *pl = place_get(f, p);
	for (uint32_t i = 0; i < pl->nproj; i++)
		if (place_proj(f, pl, i)->kind == PROJ_INDEX)
			mark[place_proj(f, pl, i)->index] = 1;
}

static void mark_op(const Fn *f, Operand o, uint8_t *mark)
{
	if (o.kind != OP_CONST) {
		mark[place_base(f, o.v)] = 1;
		mark_indexes(f, o.v, mark);
	}
}

/* every local a liveness use or def can name: what live_stmt and live_term gen or kill */
static void mark_mentions(const Fn *f, const Block *bb, uint8_t *mark)
{
	for (uint32_t i = 0; i < bb->nstmts; i++) {
		const Stmt *st = &bb->stmts[i];
		if (st->kind == ST_SET_DISCR) {
			mark[place_base(f, st->place)] = 1;
			continue;
		}
		if (st->kind == ST_PLACE_MENTION) {
			mark[place_base(f, st->place)] = 1;
			mark_indexes(f, st->place, mark);
			continue;
		}
		if (st->kind != ST_ASSIGN)
			continue;
		mark[place_base(f, st->place)] = 1;
		mark_indexes(f, st->place, mark);
		switch (st->rv) {
		case RV_USE:
		case RV_CAST:
		case RV_UNARY:
			mark_op(f, st->a, mark);
			break;
		case RV_BINARY:
		case RV_CHECKED:
			mark_op(f, st->a, mark);
			mark_op(f, st->b, mark);
			break;
		case RV_AGGREGATE:
			for (uint32_t k = 0; k < st->b.v; k++)
				mark_op(f, f->args[st->a.v + k], mark);
			break;
		case RV_DISCR:
		case RV_REF:
		case RV_REFMUT:
			mark[place_base(f, st->a.v)] = 1;
			mark_indexes(f, st->a.v, mark);
			break;
		}
	}
	if (!bb->has_term)
		return;
	const Term *t = &bb->term;
	switch (t->kind) {
	case TK_SWITCH:
		mark_op(f, t->a, mark);
		break;
	case TK_CALL:
		mark[place_base(f, t->place)] = 1;
		for (uint32_t k = 0; k < t->nargs; k++)
			mark_op(f, f->args[t->args + k], mark);
		break;
	case TK_YIELD:
		mark_op(f, t->a, mark);
		mark[place_base(f, t->place)] = 1;
		break;
	case TK_DROP:
		mark[place_base(f, t->place)] = 1;
		mark_indexes(f, t->place, mark);
		break;
	case TK_ASSERT:
		mark_op(f, t->a, mark);
		for (uint32_t k = 0; k < t->nargs; k++)
			mark_op(f, f->args[t->args + k], mark);
		break;
	case TK_RETURN:
		mark[0] = 1;
		break;
	default:
		break;
	}
}

/* what MaybeBorrowedLocals can gen, anywhere; markers (or NULL): the locals a
 * StorageLive or StorageDead names */
static void mark_borrowable_block(const Fn *f, const Block *bb, uint8_t *mark, uint8_t *also, uint8_t *markers)
{
	for (uint32_t i = 0; i < bb->nstmts; i++) {
		const Stmt *st = &bb->stmts[i];
		if (markers && (st->kind == ST_STORAGE_LIVE || st->kind == ST_STORAGE_DEAD) && st->x < f->nlocals)
			markers[st->x] = 1;
		if (st->kind == ST_ASSIGN && (st->rv == RV_REF || st->rv == RV_REFMUT)) {
			LocalId l = place_base(f, st->a.v);
			mark[l] = 1;
			if (also)
				also[l] = 1;
		}
	}
	if (bb->has_term && bb->term.kind == TK_DROP) {
		LocalId l = place_base(f, bb->term.place);
		mark[l] = 1;
		if (also)
			also[l] = 1;
	}
}

static void universe_of_marks(DfUniverse *u, uint32_t nl, const uint8_t *mark);

void df_universe_across_yields(DfUniverse *u, const DfGraph *g, uint8_t *borrowable, uint8_t *markers)
{
	const Fn *f = g->f;
	uint32_t nb = f->nblocks, nl = f->nlocals;
	uint8_t *mark = xcalloc(nl ? nl : 1, 1), *after = xcalloc(nb ? nb : 1, 1);
	BlockId *stack = xcalloc(nb ? nb : 1, sizeof *stack);
	uint32_t sp = 0;
	/* the blocks reachable from a yield's successors (resume and drop edges) */
	for (BlockId b = 0; b < nb; b++) {
		const Block *bb = &f->blocks[b];
		if (!bb->has_term || bb->term.kind != TK_YIELD)
			continue;
		mark_mentions(f, bb, mark); /* the resume place and the yielded value */
		for (uint32_t k = g->succ_at[b]; k < g->succ_at[b + 1]; k++)
			if (g->succ[k] < nb && !after[g->succ[k]]) {
				after[g->succ[k]] = 1;
				stack[sp++] = g->succ[k];
			}
	}
	while (sp) { /* over the graph's edges only: no block is read here */
		BlockId b = stack[--sp];
		for (uint32_t k = g->succ_at[b]; k < g->succ_at[b + 1]; k++)
			if (g->succ[k] < nb && !after[g->succ[k]]) {
				after[g->succ[k]] = 1;
				stack[sp++] = g->succ[k];
			}
	}
	/* cache31: the mentions of those blocks and what can be borrowed, in one walk
	 * in block order (marks are a union: the order does not matter). The
	 * mentions were read in the search's order, a miss per block past the cache,
	 * and then every block again for the borrowable ones. */
	for (BlockId b = 0; b < nb; b++) {
		if (after[b])
			mark_mentions(f, &f->blocks[b], mark);
		mark_borrowable_block(f, &f->blocks[b], mark, borrowable, markers);
	}
	universe_of_marks(u, nl, mark);
}

void df_universe_for_storage(DfUniverse *u, const Fn *f, uint8_t *mark, const uint8_t *borrowable)
{
	if (borrowable) { /* kept by df_universe_across_yields: no walk of the body again */
		for (LocalId l = 0; l < f->nlocals; l++)
			mark[l] |= borrowable[l];
	} else {
		for (BlockId b = 0; b < f->nblocks; b++)
			mark_borrowable_block(f, &f->blocks[b], mark, NULL, NULL);
	}
	universe_of_marks(u, f->nlocals, mark);
}

static void universe_of_marks(DfUniverse *u, uint32_t nl, const uint8_t *mark)
{
	u->nbits = 0;
	for (LocalId l = 0; l < nl; l++)
		u->nbits += mark[l];
	u->bit = xcalloc(nl ? nl : 1, sizeof *u->bit);
	u->local = xcalloc(u->nbits ? u->nbits : 1, sizeof *u->local);
	uint32_t n = 0;
	for (LocalId l = 0; l < nl; l++) {
		u->bit[l] = mark[l] ? n : DF_UNTRACKED;
		if (mark[l])
			u->local[n++] = l;
	}
}

/* A stored state keeps only its nonzero words, in increasing word order: with N
 * awaits in one fn every block's state is a few words of a universe of O(N) bits,
 * and dense per-block states were blocks x universe bits (N^2). The fixpoint works
 * on a dense state and loads / joins into the sparse ones. */

static inline uint32_t *dw_idx(DfWords *w) { return w->cap ? w->u.out.idx : w->u.in.idx; }
static inline uint64_t *dw_val(DfWords *w) { return w->cap ? w->u.out.val : w->u.in.val; }
static inline const uint32_t *dw_cidx(const DfWords *w) { return w->cap ? w->u.out.idx : w->u.in.idx; }
static inline const uint64_t *dw_cval(const DfWords *w) { return w->cap ? w->u.out.val : w->u.in.val; }

/* dst |= src, where src's nonzero words are among idx[0..n) (increasing); *changed
 * if a bit was added */
static void sjoin(DfWords *dst, const uint64_t *src, const uint32_t *idx, uint32_t nidx, int *changed)
{
	uint32_t extra = 0, k = 0;
	uint32_t *di = dw_idx(dst);
	uint64_t *dv = dw_val(dst);
	for (uint32_t q = 0; q < nidx; q++) {
		uint32_t j = idx[q];
		if (!src[j])
			continue;
		while (k < dst->n && di[k] < j)
			k++;
		if (k < dst->n && di[k] == j) {
			uint64_t v = dv[k] | src[j];
			if (v != dv[k]) {
				dv[k] = v;
				*changed = 1;
			}
		} else {
			extra++;
		}
	}
	if (!extra)
		return;
	*changed = 1;
	uint32_t n = dst->n + extra, room = dst->cap ? dst->cap : DF_WORDS_INLINE;
	if (n > room) {
		/* scratch memory cannot grow in place: doubling keeps the copies linear */
		uint32_t cap = n > 2 * room ? n : 2 * room;
		uint32_t *nidx2 = xcalloc(cap, sizeof *nidx2);
		uint64_t *val = xcalloc(cap, sizeof *val);
		if (dst->n) {
			memcpy(nidx2, di, dst->n * sizeof *nidx2);
			memcpy(val, dv, dst->n * sizeof *val);
		}
		dst->u.out.idx = di = nidx2;
		dst->u.out.val = dv = val;
		dst->cap = cap;
	}
	/* merge from the back, in place */
	int64_t a = (int64_t)dst->n - 1;
	uint32_t out = n;
	for (uint32_t q = nidx; q-- > 0;) {
		uint32_t j = idx[q];
		if (!src[j])
			continue;
		int found = 0;
		while (a >= 0 && di[a] >= j) {
			found |= di[a] == j;
			out--;
			di[out] = di[a];
			dv[out] = dv[a];
			a--;
		}
		if (!found) {
			out--;
			di[out] = j;
			dv[out] = src[j];
		}
	}
	IR_ASSERT(out == (uint32_t)(a + 1));
	dst->n = n;
}

/* DfWork (ir.h): a working state, dense, plus the list of the words that may be
 * nonzero (every bit is set through gen, which lists its word), so that loading a
 * stored state and joining into one cost the state's words, not the universe's. */

static void work_init(DfWork *k, uint32_t w)
{
	k->s = xcalloc(w, sizeof *k->s);
	k->idx = xcalloc(w, sizeof *k->idx);
	k->listed = xcalloc(w, 1);
	k->n = 0;
}

static inline void work_touch(DfWork *k, uint32_t word)
{
	if (!k->listed[word]) {
		k->listed[word] = 1;
		k->idx[k->n++] = word;
	}
}

static void work_load(DfWork *k, const DfWords *e)
{
	for (uint32_t i = 0; i < k->n; i++) {
		k->s[k->idx[i]] = 0;
		k->listed[k->idx[i]] = 0;
	}
	k->n = 0;
	const uint32_t *ei = dw_cidx(e);
	const uint64_t *ev = dw_cval(e);
	for (uint32_t i = 0; i < e->n; i++) {
		k->s[ei[i]] = ev[i];
		k->listed[ei[i]] = 1;
		k->idx[k->n++] = ei[i];
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* the listed words in increasing order, the zero ones dropped (before joins).
 * Loads list a state's words ascending and gens append: a list already in order
 * is left as it is, and one that covers an eighth of the universe's words or more
 * is read off the listed flags (O(words)) instead of sorted. A qsort per block
 * of states of N/64 words over N blocks was a fifth of `check` of gen.py ownlets
 * 1000 (own29). The list is the same either way. */
static void work_sort(DfWork *k, uint32_t words)
{
	uint32_t n = 0;
	int sorted = 1;
	for (uint32_t i = 0; i < k->n; i++) {
		if (k->s[k->idx[i]]) {
			sorted &= n == 0 || k->idx[n - 1] < k->idx[i];
			k->idx[n++] = k->idx[i];
		} else {
			k->listed[k->idx[i]] = 0;
		}
	}
	k->n = n;
	if (sorted || n < 2)
		return;
	if ((uint64_t)n * 8 >= words) {
		uint32_t j = 0;
		for (uint32_t w = 0; w < words; w++)
			if (k->listed[w])
				k->idx[j++] = w;
		IR_ASSERT(j == n);
		return;
	}
	qsort(k->idx, n, sizeof *k->idx, cmp_u32);
}



/* The stored states through one interface: dense (d->dense: `words` words per
 * slot) when the universe is at most DF_DENSE_WORDS words, sparse (d->entry)
 * past it. Nearly every fn tracks under 64 locals: a load is then a copy, a
 * join an OR, and gen lists no words. Dense memory is at most DF_DENSE_WORDS
 * words per block, so it stays linear; N awaits in one fn take the sparse
 * states. */
enum { DF_DENSE_WORDS = 4 };

static inline uint32_t slot_index(const Dataflow *d, BlockId b)
{
	uint32_t k = d->slot ? d->slot[b] : b;
	IR_ASSERT(k != DF_UNTRACKED); /* MaybeStorageLive: asked at a block that is no yield */
	return k;
}

static void trees_alloc(Dataflow *d, uint32_t nslots);
/* mirrored trees (below) */
static int is_mirror(const Dataflow *d);
static void mirror_load(const Dataflow *d, uint32_t i, DfWork *k, DfWork *log);
static void mirror_join(const Dataflow *d, uint32_t i, struct PsNode *r, int *changed);
static void mirror_join_bit(const Dataflow *d, uint32_t i, uint32_t bit, int *changed);
static struct PsNode *mirror_without(DfWork *k, uint32_t bit);

static void slots_alloc(Dataflow *d, uint32_t nslots)
{
	if (d->words > DF_DENSE_WORDS && (d->kind == DF_STORAGE_LIVE || d->want_trees))
		trees_alloc(d, nslots);
	else if (d->words <= DF_DENSE_WORDS)
		d->dense = xcalloc(nslots ? (size_t)nslots * d->words : 1, sizeof *d->dense);
	else {
		/* on 32-byte boundaries: an entry is never split across two cache lines */
		uintptr_t p = (uintptr_t)xcalloc((nslots ? nslots : 1) + 1, sizeof *d->entry);
		d->entry = (DfWords *)((p + sizeof *d->entry - 1) & ~(uintptr_t)(sizeof *d->entry - 1));
	}
}

/* a working state for the fixpoint; dense: its word list is every word, once */
static void work_init_for(const Dataflow *d, DfWork *k)
{
	work_init(k, d->words);
	if (is_mirror(d))
		k->trees = d->trees;
	if (d->dense)
		for (k->n = 0; k->n < d->words; k->n++)
			k->idx[k->n] = k->n;
}

/* k = the state stored for block b */
static void trees_work(const Dataflow *d, uint32_t slot, DfWork *k);

static inline void slot_load(const Dataflow *d, BlockId b, DfWork *k)
{
	uint32_t i = slot_index(d, b);
	if (d->dense)
		bs_copy(k->s, d->dense + (size_t)i * d->words, d->words);
	else if (is_mirror(d))
		mirror_load(d, i, k, NULL);
	else if (d->trees)
		trees_work(d, i, k);
	else
		work_load(k, &d->entry[i]);
}

/* before k is joined anywhere (sparse joins want its words sorted) */
static inline void work_ready(const Dataflow *d, DfWork *k)
{
	if (!d->dense && !(is_mirror(d)))
		work_sort(k, d->words);
}

/* the state stored for block b |= s (its nonzero words among idx[0..nidx)) */
static inline void slot_join_words(Dataflow *d, BlockId b, const uint64_t *s, const uint32_t *idx, uint32_t nidx,
			    int *changed)
{
	uint32_t i = slot_index(d, b);
	if (!d->dense) {
		uint32_t before = d->entry[i].n;
		sjoin(&d->entry[i], s, idx, nidx, changed);
		d->stored += d->entry[i].n - before;
		return;
	}
	uint64_t *dst = d->dense + (size_t)i * d->words;
	for (uint32_t j = 0; j < d->words; j++) {
		uint64_t v = dst[j] | s[j];
		if (v != dst[j]) {
			dst[j] = v;
			*changed = 1;
		}
	}
}

static inline void slot_join(Dataflow *d, BlockId b, const DfWork *k, int *changed)
{
	if (is_mirror(d))
		mirror_join(d, slot_index(d, b), k->tree, changed);
	else
		slot_join_words(d, b, k->s, k->idx, k->n, changed);
}

/* the state stored for block b |= k's less `bit` (DF_UNTRACKED: none), k unchanged */
static void join_less_bit(Dataflow *d, BlockId b, DfWork *k, uint32_t bit, int *changed)
{
	if (is_mirror(d)) {
		mirror_join(d, slot_index(d, b), mirror_without(k, bit), changed);
		return;
	}
	uint64_t old = bit != DF_UNTRACKED ? k->s[bit / 64] : 0;
	if (bit != DF_UNTRACKED)
		bs_kill(k->s, bit);
	slot_join(d, b, k, changed);
	if (bit != DF_UNTRACKED)
		k->s[bit / 64] = old;
}

/* the state stored for block b |= a dense state (once per analysis: the entry state) */
static void slot_join_dense(Dataflow *d, BlockId b, const uint64_t *s)
{
	int changed = 0;
	if (is_mirror(d)) {
		for (uint32_t j = 0; j < d->words; j++)
			for (uint64_t v = s[j]; v; v &= v - 1)
				mirror_join_bit(d, slot_index(d, b), j * 64 + (uint32_t)__builtin_ctzll(v), &changed);
		return;
	}
	uint32_t w = d->words, *idx = xcalloc(w, sizeof *idx), n = 0;
	for (uint32_t j = 0; j < w; j++)
		if (s[j])
			idx[n++] = j;
	slot_join_words(d, b, s, idx, n, &changed);
}

/* the state stored for block b |= {bit}; zero: a zero state of the analysis' words */
static void slot_join_bit(Dataflow *d, BlockId b, uint32_t bit, uint64_t *zero, int *changed)
{
	if (bit == DF_UNTRACKED)
		return;
	if (is_mirror(d)) {
		mirror_join_bit(d, slot_index(d, b), bit, changed);
		return;
	}
	uint32_t j = bit / 64;
	zero[j] = (uint64_t)1 << (bit % 64);
	slot_join_words(d, b, zero, &j, 1, changed);
	zero[j] = 0;
}

/* ---- MaybeStorageLive's stored states past DF_DENSE_WORDS: persistent sets ----
 * An else-if chain of N links keeps every link's condition temporary storage-live
 * until the chain's end (rustc's temporary scope of an `if` condition is the whole
 * `if`), so the chain's heads hold 1, 2, .. N live locals: N^2/2 bits in copied
 * states however sparse. These states share nearly everything, so each is a tree
 * of PS_FAN-way nodes over the words (leaves: PS_FAN words), shared with the
 * states it came from: a block's markers copy the paths they change (a node made in
 * the current epoch belongs to the working state alone and is written in place),
 * and a join copies only the subtrees where the two sides differ (pointer-equal
 * subtrees are skipped). NULL is the empty subtree, and a node never stays empty.
 * rustc keeps a dense bitset per block; the results are the same sets. */
enum { PS_BITS = 3, PS_FAN = 1 << PS_BITS };
typedef struct PsNode {
	uint32_t epoch;
	union {
		uint64_t w[PS_FAN];        /* a leaf: words */
		struct PsNode *k[PS_FAN];  /* an inner node: subtrees */
	} u;
} PsNode;
struct DfTrees {
	uint32_t depth;  /* inner levels above the leaves */
	uint32_t epoch;  /* nodes of this epoch belong to `work` alone */
	PsNode **root;   /* per slot */
	PsNode *work;    /* the fixpoint's working state (MaybeStorageLive) */
	uint8_t mirror;  /* the other analyses: the working states' trees (DfWork.tree) */
};

static PsNode *ps_own(struct DfTrees *t, PsNode *n)
{
	if (n && n->epoch == t->epoch)
		return n;
	PsNode *c = xcalloc(1, sizeof *c);
	if (n)
		*c = *n;
	c->epoch = t->epoch;
	return c;
}

static int ps_has(const struct DfTrees *t, const PsNode *n, uint32_t bit)
{
	uint32_t w = bit / 64;
	for (uint32_t lvl = t->depth; n && lvl > 0; lvl--)
		n = n->u.k[(w >> (PS_BITS * lvl)) & (PS_FAN - 1)];
	return n && (n->u.w[w & (PS_FAN - 1)] >> (bit % 64) & 1);
}

/* the subtree at level lvl with `bit` set (on) or cleared; the caller has checked
 * that it changes */
static PsNode *ps_set(struct DfTrees *t, PsNode *n, uint32_t lvl, uint32_t bit, int on)
{
	uint32_t w = bit / 64, i = (w >> (PS_BITS * lvl)) & (PS_FAN - 1);
	n = ps_own(t, n);
	int empty = 1;
	if (lvl == 0) {
		if (on)
			n->u.w[i] |= (uint64_t)1 << (bit % 64);
		else
			n->u.w[i] &= ~((uint64_t)1 << (bit % 64));
		for (uint32_t j = 0; j < PS_FAN && empty; j++)
			empty = !n->u.w[j];
	} else {
		n->u.k[i] = ps_set(t, n->u.k[i], lvl - 1, bit, on);
		for (uint32_t j = 0; j < PS_FAN && empty; j++)
			empty = !n->u.k[j];
	}
	return empty ? NULL : n;
}

static void ps_put(struct DfTrees *t, PsNode **root, uint32_t bit, int on)
{
	if (ps_has(t, *root, bit) != on)
		*root = ps_set(t, *root, t->depth, bit, on);
}

/* a | b at level lvl; *changed when b has a bit a lacks. Returns a itself when
 * nothing is added, and shares b's subtrees where a has none */
static PsNode *ps_union(struct DfTrees *t, PsNode *a, PsNode *b, uint32_t lvl, int *changed)
{
	if (!b || a == b)
		return a;
	if (!a) {
		*changed = 1;
		return b;
	}
	PsNode r;
	int diff = 0;
	for (uint32_t j = 0; j < PS_FAN; j++) {
		if (lvl == 0) {
			r.u.w[j] = a->u.w[j] | b->u.w[j];
			diff |= r.u.w[j] != a->u.w[j];
		} else {
			r.u.k[j] = ps_union(t, a->u.k[j], b->u.k[j], lvl - 1, changed);
			diff |= r.u.k[j] != a->u.k[j];
		}
	}
	if (!diff)
		return a;
	*changed = 1;
	PsNode *c = xcalloc(1, sizeof *c);
	*c = r;
	c->epoch = t->epoch;
	return c;
}

/* k = the set of tree n (lvl, its first word `base`) */
static void ps_to_work(const PsNode *n, uint32_t lvl, uint32_t base, DfWork *k)
{
	if (!n)
		return;
	for (uint32_t j = 0; j < PS_FAN; j++) {
		if (lvl == 0) {
			if (n->u.w[j]) {
				k->s[base + j] = n->u.w[j];
				work_touch(k, base + j);
			}
		} else {
			ps_to_work(n->u.k[j], lvl - 1, base + (j << (PS_BITS * lvl)), k);
		}
	}
}

/* ---- Mirrored trees: the stored states of the other analyses past DF_DENSE_WORDS ----
 * N `let ref` temporaries all requiring storage to the end (gen.py letrefguards) make
 * block i's state i bits: stored as its nonzero words, every load and join copied them,
 * N^2 / 64 words per analysis, and as much memory (quad38: 0.6 GB of 1 GB at 20k). The
 * fixpoint keeps its dense working state, for the transfer functions, and beside it the
 * same set as a tree (DfWork.tree) that gen and kill update (a path per change, in place
 * while the working state owns it: the epochs above). A stored state is a root: a join
 * is ps_union, which shares what the two sides have alike, and a load writes into the
 * dense state only the words where the loaded tree differs from the working one, which
 * along a chain of blocks is the few words the blocks between changed. */

/* k->s, which holds the set of tree a, becomes the set of tree b: the words where they
 * differ are written, listed in k (when nonzero) and in log (if any) */
static void ps_diff(const PsNode *a, const PsNode *b, uint32_t lvl, uint32_t base, DfWork *k, DfWork *log)
{
	if (a == b)
		return;
	for (uint32_t j = 0; j < PS_FAN; j++) {
		if (lvl > 0) {
			ps_diff(a ? a->u.k[j] : NULL, b ? b->u.k[j] : NULL, lvl - 1, base + (j << (PS_BITS * lvl)), k, log);
			continue;
		}
		uint64_t wa = a ? a->u.w[j] : 0, wb = b ? b->u.w[j] : 0;
		if (wa == wb)
			continue;
		k->s[base + j] = wb;
		if (wb)
			work_touch(k, base + j);
		if (log)
			work_touch(log, base + j);
	}
}

static int is_mirror(const Dataflow *d)
{
	return d->trees && d->trees->mirror;
}

/* gen and kill: the working tree follows s (the caller has checked the bit changes) */
static void work_tree_put(DfWork *k, uint32_t bit, int on)
{
	k->tree = ps_set(k->trees, k->tree, k->trees->depth, bit, on);
}

/* k = the stored state of slot i; what k writes from now on is its own */
static void mirror_load(const Dataflow *d, uint32_t i, DfWork *k, DfWork *log)
{
	struct DfTrees *t = d->trees;
	IR_ASSERT(k->trees == t);
	ps_diff(k->tree, t->root[i], t->depth, 0, k, log);
	k->tree = t->root[i];
	t->epoch++;
}

/* the stored state of slot i |= tree r; r's nodes are shared from now on */
static void mirror_join(const Dataflow *d, uint32_t i, PsNode *r, int *changed)
{
	struct DfTrees *t = d->trees;
	t->root[i] = ps_union(t, t->root[i], r, t->depth, changed);
	t->epoch++;
}

/* the stored state of slot i |= {bit} */
static void mirror_join_bit(const Dataflow *d, uint32_t i, uint32_t bit, int *changed)
{
	struct DfTrees *t = d->trees;
	t->epoch++;
	if (!ps_has(t, t->root[i], bit)) {
		t->root[i] = ps_set(t, t->root[i], t->depth, bit, 1);
		*changed = 1;
	}
	t->epoch++;
}

/* k's tree less `bit` (k itself unchanged), for a join along an edge that kills it */
static PsNode *mirror_without(DfWork *k, uint32_t bit)
{
	struct DfTrees *t = k->trees;
	if (bit == DF_UNTRACKED || !bs_has(k->s, bit))
		return k->tree;
	t->epoch++;
	return ps_set(t, k->tree, t->depth, bit, 0);
}

static void trees_alloc(Dataflow *d, uint32_t nslots)
{
	struct DfTrees *t = xcalloc(1, sizeof *t);
	uint32_t span = PS_FAN; /* words under one node of the top level */
	while (span < d->words) {
		span <<= PS_BITS;
		t->depth++;
	}
	t->epoch = 1;
	t->mirror = d->kind != DF_STORAGE_LIVE;
	t->root = xcalloc(nslots ? nslots : 1, sizeof *t->root);
	d->trees = t;
}

/* k = the state of the slot (a query at a yield block) */
static void trees_work(const Dataflow *d, uint32_t slot, DfWork *k)
{
	DfWords none = {0};
	work_load(k, &none);
	ps_to_work(d->trees->root[slot], d->trees->depth, 0, k);
}

/* the working state = slot h's; what the working state writes from now on is its own */
static void trees_load(Dataflow *d, BlockId h)
{
	d->trees->work = d->trees->root[slot_index(d, h)];
	d->trees->epoch++;
}

/* MaybeStorageLive's effects of block b on the working state */
static void trees_block(Dataflow *d, BlockId b)
{
	struct DfTrees *t = d->trees;
	const Block *bb = &d->f->blocks[b];
	for (uint32_t i = 0; i < bb->nstmts; i++) {
		const Stmt *st = &bb->stmts[i];
		if (st->kind == ST_STORAGE_LIVE || st->kind == ST_STORAGE_DEAD)
			ps_put(t, &t->work, st->x, st->kind == ST_STORAGE_LIVE);
	}
}

/* slot of sb |= the working state; from now on the working state copies what it writes */
static void trees_join(Dataflow *d, BlockId sb, int *changed)
{
	struct DfTrees *t = d->trees;
	PsNode **r = &t->root[slot_index(d, sb)];
	*r = ps_union(t, *r, t->work, t->depth, changed);
	t->epoch++;
}

/* MaybeStorageLive at the yields. Only blocks that reach a yield can change the
 * state at one, and along a chain (a block whose only successor has it as its only
 * predecessor) the state passes on unchanged but for the block's own effects: the
 * fixpoint runs over chain heads, holding one state per head and per yield block
 * instead of one per block. A fn of N lets is one chain of N blocks: the dense
 * per-block states were N^2 bits. */
static void storage_at_yields(Dataflow *d, const DfGraph *g, const uint64_t *e0)
{
	const Fn *f = d->f;
	uint32_t nb = f->nblocks;
	const BlockId *po = g->po;
	uint32_t npo = g->npo;
	uint8_t *in = xcalloc(nb, 1), *head = xcalloc(nb, 1), *dirty = xcalloc(nb, 1);
	uint32_t *npred = xcalloc(nb, sizeof *npred), *nsucc = xcalloc(nb, sizeof *nsucc);
	uint32_t *rank = xcalloc(nb, sizeof *rank);
	BlockId *stack = xcalloc(nb, sizeof *stack), *single = xcalloc(nb, sizeof *single);
	uint32_t sp = 0;
	/* in: reachable and reaching a yield */
	for (BlockId b = 0; b < nb; b++)
		if (g->reachable[b] && f->blocks[b].has_term && f->blocks[b].term.kind == TK_YIELD) {
			in[b] = 1;
			stack[sp++] = b;
		}
	while (sp) {
		BlockId b = stack[--sp];
		for (uint32_t k = g->pred_at[b]; k < g->pred_at[b + 1]; k++) {
			BlockId p = g->pred[k];
			if (g->reachable[p] && !in[p]) {
				in[p] = 1;
				stack[sp++] = p;
			}
		}
	}
	for (BlockId b = 0; b < nb; b++) {
		if (!in[b])
			continue;
		for (uint32_t k = g->succ_at[b]; k < g->succ_at[b + 1]; k++) {
			BlockId s = g->succ[k];
			if (s < nb && in[s]) {
				nsucc[b]++;
				npred[s]++;
				single[s] = b;
			}
		}
	}
	d->slot = xcalloc(nb, sizeof *d->slot);
	uint32_t nslots = 0;
	for (BlockId b = 0; b < nb; b++) {
		d->slot[b] = DF_UNTRACKED;
		head[b] = in[b] && (b == 0 || npred[b] != 1 || nsucc[single[b]] != 1);
		if (head[b])
			d->slot[b] = nslots++;
	}
	for (BlockId b = 0; b < nb; b++)
		if (!head[b] && f->blocks[b].has_term && f->blocks[b].term.kind == TK_YIELD)
			d->slot[b] = nslots++;
	slots_alloc(d, nslots);
	if (!nb || !in[0])
		return;
	int set = 0;
	struct DfTrees *t = d->trees;
	if (t) {
		for (uint32_t j = 0; j < d->words; j++)
			for (uint64_t v = e0[j]; v; v &= v - 1)
				ps_put(t, &t->root[d->slot[0]], j * 64 + (uint32_t)__builtin_ctzll(v), 1);
		t->epoch++;
	} else {
		slot_join_dense(d, 0, e0);
	}
	/* rec: the heads whose chain holds a yield block that is no head (the final
	 * sweep walks only those) */
	uint8_t *rec = xcalloc(nb, 1), *seen = xcalloc(nb, 1);
	for (BlockId b = 0; b < nb; b++) {
		if (!in[b] || head[b] || d->slot[b] == DF_UNTRACKED)
			continue;
		BlockId c = b;
		while (!head[c] && !seen[c]) {
			seen[c] = 1;
			c = single[c];
		}
		if (head[c])
			rec[c] = 1;
	}
	for (uint32_t i = 0; i < npo; i++)
		rank[po[npo - 1 - i]] = i;
	DfWork *work = xcalloc(1, sizeof *work);
	work_init_for(d, work);
	d->work = work;
	d->nwork = 1;
	uint64_t *s = work->s;
	/* round-robin over the heads in RPO until nothing changes, as df_compute;
	 * `final`: one more sweep that records the state entering each yield block */
	for (uint32_t i = 0; i < npo; i++)
		dirty[po[i]] = head[po[i]];
	int any = 1, final = 0;
	while (any || !final) {
		if (!any)
			final = 1;
		any = 0;
		for (uint32_t i = 0; i < npo; i++) {
			BlockId h = po[npo - 1 - i];
			if (!head[h] || (!final && !dirty[h]) || (final && !rec[h]))
				continue;
			dirty[h] = 0;
			if (t)
				trees_load(d, h);
			else
				slot_load(d, h, work);
			for (BlockId b = h;;) {
				if (final && b != h && d->slot[b] != DF_UNTRACKED) {
					if (t) {
						trees_join(d, b, &set);
					} else {
						work_ready(d, work);
						slot_join(d, b, work, &set); /* empty until now */
					}
				}
				if (t)
					trees_block(d, b);
				else
					forward_block(d, b, s, NULL, UINT32_MAX);
				if (nsucc[b] == 1) {
					BlockId sb = UINT32_MAX;
					for (uint32_t k = g->succ_at[b]; k < g->succ_at[b + 1]; k++)
						if (g->succ[k] < nb && in[g->succ[k]])
							sb = g->succ[k];
					if (!head[sb]) {
						b = sb;
						continue;
					}
				}
				if (final)
					break;
				if (!t)
					work_ready(d, work);
				for (uint32_t k = g->succ_at[b]; k < g->succ_at[b + 1]; k++) {
					BlockId sb = g->succ[k];
					if (sb >= nb || !in[sb])
						continue;
					IR_ASSERT(head[sb]);
					int changed = 0;
					if (t)
						trees_join(d, sb, &changed);
					else
						slot_join(d, sb, work, &changed);
					if (changed) {
						dirty[sb] = 1;
						if (rank[sb] <= rank[h])
							any = 1;
					}
				}
				break;
			}
		}
		for (uint32_t i = 0; i < npo && !any && !final; i++)
			if (dirty[po[i]])
				any = 1;
	}
}

static void df_init(Dataflow *d, const DfGraph *g, DfKind kind, const Dataflow *borrowed, const DfUniverse *u)
{
	const Fn *f = g->f;
	uint32_t nl = f->nlocals, nbits = u ? u->nbits : nl, w = bs_words(nbits ? nbits : 1);
	IR_ASSERT(g->nb == f->nblocks);
	memset(d, 0, sizeof *d);
	d->f = f;
	d->g = g;
	d->kind = kind;
	d->words = w;
	d->lwords = bs_words(nl ? nl : 1);
	d->u = u;
	d->borrowed = borrowed;
	d->want_trees = df_store_mode == 1;
	IR_ASSERT(kind != DF_REQUIRES_STORAGE || (borrowed && borrowed->kind == DF_BORROWED && borrowed->u == u));
	IR_ASSERT(kind != DF_STORAGE_LIVE || !u);
}

static void fixpoint(Dataflow *d, Dataflow *joint);

/* rustc: Analysis::iterate_to_fixpoint */
void df_compute(Dataflow *d, const DfGraph *g, DfKind kind, const Dataflow *borrowed, const DfUniverse *u)
{
	if (kind == DF_STORAGE_LIVE) {
		IR_ASSERT(!borrowed && !u);
		df_compute_storage_live(d, g, NULL);
		return;
	}
	df_init(d, g, kind, borrowed, u);
	fixpoint(d, NULL);
}

void df_compute_storage_live(Dataflow *d, const DfGraph *g, const uint8_t *markers)
{
	const Fn *f = g->f;
	uint32_t nb = f->nblocks, nl = f->nlocals;
	df_init(d, g, DF_STORAGE_LIVE, NULL, NULL);
	/* always_storage_live_locals, over all locals (only this analysis and its
	 * caller need them): the locals no marker names, from the caller's walk
	 * (perf36: df_universe_across_yields') or from one here */
	d->always_live = xcalloc(d->lwords, sizeof *d->always_live);
	for (uint32_t l = 0; l < nl; l++)
		if (!markers || !markers[l])
			bs_gen(d->always_live, l);
	for (uint32_t b = 0; b < nb && !markers; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *st = &f->blocks[b].stmts[i];
			if (st->kind == ST_STORAGE_LIVE || st->kind == ST_STORAGE_DEAD)
				bs_kill(d->always_live, st->x);
		}
	/* the always-live locals have no markers, so no block changes their bits:
	 * they stay out of the stored states (with N awaits they are a bit in
	 * most words of every state); df_locals_before never lists them */
	uint64_t *e0 = xcalloc(d->words, sizeof *e0);
	for (uint32_t a = 1; a <= f->nargs && a < nl; a++)
		if (!bs_has(d->always_live, a))
			bs_gen(e0, a);
	storage_at_yields(d, g, e0);
}

/* MaybeBorrowedLocals and MaybeRequiresStorage in one fixpoint: the second
 * already advances the first's state through every block (check_for_move reads
 * it), so the borrowed states are joined at the same edges. Borrowed does not
 * depend on requires-storage, and requires-storage is monotone in borrowed (a
 * borrowed local is not killed by a move), so the joint least fixpoint is the
 * pair of separate ones: the results equal df_compute's for both. */
void df_compute_borrowed_requires_storage(Dataflow *borrowed, Dataflow *req, const DfGraph *g, const DfUniverse *u)
{
	df_init(borrowed, g, DF_BORROWED, NULL, u);
	slots_alloc(borrowed, g->nb);
	/* its own working states, for df_locals_before */
	borrowed->work = xcalloc(2, sizeof *borrowed->work);
	work_init_for(borrowed, &borrowed->work[0]);
	work_init_for(borrowed, &borrowed->work[1]);
	borrowed->nwork = 2;
	df_init(req, g, DF_REQUIRES_STORAGE, borrowed, u);
	fixpoint(req, borrowed);
}

/* Sparse states (their nonzero words) are the cheapest while each block's state is a
 * few words (N awaits: a tree's path per state took 1.8x the memory); past 16 words a
 * block on average (N `let ref` temporaries all requiring storage to the end: N^2 / 128)
 * the fixpoint starts again with mirrored trees. The budget bounds the work thrown away
 * by a linear amount; the results are the same sets either way. */
static int over_budget(const Dataflow *d, const Dataflow *joint)
{
	if (df_store_mode == 2)
		return 0;
	size_t budget = 16 * (size_t)d->f->nblocks + 4096;
	return d->entry && d->stored + (joint ? joint->stored : 0) > budget;
}

static int fixpoint_run(Dataflow *d, Dataflow *joint);

/* the fixpoint of a block-state analysis; joint: DF_REQUIRES_STORAGE's borrowed
 * results, computed alongside (NULL: d->borrowed is already computed) */
static void fixpoint(Dataflow *d, Dataflow *joint)
{
	if (fixpoint_run(d, joint))
		return;
	d->want_trees = 1;
	d->entry = NULL;
	if (joint) {
		joint->want_trees = 1;
		joint->entry = NULL;
		slots_alloc(joint, d->g->nb);
		for (uint32_t k = 0; k < joint->nwork; k++)
			work_init_for(joint, &joint->work[k]);
	}
	fixpoint_run(d, joint);
}

/* fixpoint's run; 0: stopped, its sparse states over budget */
static int fixpoint_run(Dataflow *d, Dataflow *joint)
{
	const DfGraph *g = d->g;
	const Fn *f = g->f;
	const Dataflow *borrowed = d->borrowed;
	DfKind kind = d->kind;
	uint32_t nb = f->nblocks, nl = f->nlocals, w = d->words;
	size_t sw = (size_t)w * sizeof(uint64_t);
	slots_alloc(d, nb);
	if (!nb)
		return 1;
	const BlockId *po = g->po;
	uint32_t npo = g->npo;
	/* the scratch: a zero state, the queue/rank, dirty; the working states s and bor */
	unsigned char *scratch = xcalloc(1, sw + align8((size_t)(nb + 1) * 4) + align8(nb));
	uint64_t *zero = (uint64_t *)scratch;
	uint32_t *order = (uint32_t *)(scratch + sw); /* backward: the queue; forward: the rank */
	uint8_t *dirty = scratch + sw + align8((size_t)(nb + 1) * 4);
	DfWork *work = xcalloc(2, sizeof *work);
	work_init_for(d, &work[0]);
	work_init_for(d, &work[1]);
	if (kind == DF_REQUIRES_STORAGE) /* work[1]: the borrowed state, in its analysis' trees */
		work[1].trees = is_mirror(borrowed) ? borrowed->trees : NULL;
	d->work = work;
	d->nwork = 2;
	uint64_t *s = work[0].s, *bor = work[1].s;

	if (kind == DF_LIVE) {
		/* backward: entry[b] = state at the end of b. Worklist: postorder first
		 * (reachable), then the rest as they get dirty. */
		BlockId *queue = order;
		uint32_t qh = 0, qn = 0;
		for (uint32_t i = 0; i < npo; i++) {
			queue[(qh + qn++) % (nb + 1)] = po[i];
			dirty[po[i]] = 1;
		}
		while (qn) {
			BlockId b = queue[qh];
			qh = (qh + 1) % (nb + 1);
			qn--;
			dirty[b] = 0;
			slot_load(d, b, &work[0]);
			backward_block(d, b, s);
			work_ready(d, &work[0]);
			for (uint32_t k = g->pred_at[b]; k < g->pred_at[b + 1]; k++) {
				BlockId p = g->pred[k];
				const Term *pt = &f->blocks[p].term;
				int changed = 0;
				if ((pt->kind == TK_CALL && pt->target == b && place_is_local(f, pt->place)) ||
				    (pt->kind == TK_YIELD && pt->target == b && !place_indirect(f, pt->place) &&
				     place_is_local(f, pt->place))) {
					/* the return/resume edge defines the destination (not when
					 * the same block is also the unwind edge): s less that bit */
					uint32_t bit = bit_of(d, place_base(f, pt->place));
					if (pt->kind == TK_CALL && pt->unwind == UW_CLEANUP && pt->unwind_bb == b)
						bit = DF_UNTRACKED;
					join_less_bit(d, p, &work[0], bit, &changed);
				} else if (pt->kind == TK_YIELD && pt->target == b && place_indirect(f, pt->place)) {
					slot_join(d, p, &work[0], &changed);
					slot_join_bit(d, p, bit_of(d, place_base(f, pt->place)), zero, &changed);
				} else {
					slot_join(d, p, &work[0], &changed);
				}
				if (changed && !dirty[p]) {
					dirty[p] = 1;
					queue[(qh + qn++) % (nb + 1)] = p;
				}
			}
			if (over_budget(d, NULL))
				return 0;
		}
	} else {
		/* forward, reachable blocks only, in reverse postorder */
		uint32_t *rank = order;
		for (uint32_t i = 0; i < npo; i++)
			rank[po[npo - 1 - i]] = i;
		if (kind == DF_REQUIRES_STORAGE) {
			uint64_t *e0 = xcalloc(w, sizeof *e0);
			for (uint32_t a = 2; a <= f->nargs && a < nl; a++)
				gen(d, e0, a);
			slot_join_dense(d, 0, e0);
		}
		/* a simple round-robin in RPO until nothing changes: few rounds on MIR */
		for (uint32_t i = 0; i < npo; i++)
			dirty[po[i]] = 1;
		int any = 1;
		while (any) {
			any = 0;
			for (uint32_t i = 0; i < npo; i++) {
				BlockId b = po[npo - 1 - i];
				if (!dirty[b])
					continue;
				dirty[b] = 0;
				slot_load(d, b, &work[0]);
				if (kind == DF_REQUIRES_STORAGE)
					slot_load(borrowed, b, &work[1]);
				forward_block(d, b, s, bor, UINT32_MAX);
				work_ready(d, &work[0]);
				if (joint)
					work_ready(d, &work[1]);
				const Term *t = &f->blocks[b].term;
				for (uint32_t k = 0, k0 = g->succ_at[b]; k0 + k < g->succ_at[b + 1]; k++) {
					BlockId sb = g->succ[k0 + k];
					if (sb >= nb)
						continue;
					int changed = 0;
					int ret_edge = (t->kind == TK_CALL || t->kind == TK_YIELD) && sb == t->target &&
						       k == 0;
					if (kind == DF_REQUIRES_STORAGE && ret_edge) {
						/* apply_call_return_effect: the destination / resume place needs storage */
						slot_join(d, sb, &work[0], &changed);
						slot_join_bit(d, sb, bit_of(d, place_base(f, t->place)), zero, &changed);
					} else {
						slot_join(d, sb, &work[0], &changed);
					}
					if (joint)
						slot_join(joint, sb, &work[1], &changed);
					if (changed) {
						dirty[sb] = 1;
						if (rank[sb] <= rank[b])
							any = 1;
					}
				}
				if (over_budget(d, joint))
					return 0;
			}
			for (uint32_t i = 0; i < npo && !any; i++)
				if (dirty[po[i]])
					any = 1;
		}
	}
	return 1;
}

/* k's set bits as locals, ascending (the universe numbers its bits in local
 * order), into out; the cost is k's listed words, not the universe's */
static uint32_t work_locals(const Dataflow *d, DfWork *k, LocalId *out)
{
	if (!d->dense)
		work_sort(k, d->words);
	uint32_t n = 0;
	for (uint32_t i = 0; i < k->n; i++) {
		uint32_t wd = k->idx[i];
		for (uint64_t x = k->s[wd]; x; x &= x - 1) {
			uint32_t bit = wd * 64 + (uint32_t)__builtin_ctzll(x);
			out[n++] = d->u ? d->u->local[bit] : bit;
		}
	}
	return n;
}

/* k's set bits that are also set in keep (over the same bits), as locals,
 * ascending; the cost is k's listed words, not its bits */
static uint32_t work_locals_in(const Dataflow *d, DfWork *k, const uint64_t *keep, LocalId *out)
{
	if (!d->dense)
		work_sort(k, d->words);
	uint32_t n = 0;
	for (uint32_t i = 0; i < k->n; i++) {
		uint32_t wd = k->idx[i];
		for (uint64_t x = k->s[wd] & keep[wd]; x; x &= x - 1) {
			uint32_t bit = wd * 64 + (uint32_t)__builtin_ctzll(x);
			out[n++] = d->u ? d->u->local[bit] : bit;
		}
	}
	return n;
}

static uint32_t locals_before(const Dataflow *d, BlockId b, uint32_t at, const uint64_t *keep, LocalId *out);

/* The queries load into the fixpoint's working states (d->work), which list
 * the words they set: N yields asked about in a fn of N awaits cost their
 * states' words, where a dense state over all locals per query was N^2. */
uint32_t df_locals_before(const Dataflow *d, BlockId b, uint32_t at, LocalId *out)
{
	return locals_before(d, b, at, NULL, out);
}

uint32_t df_locals_before_in(const Dataflow *d, BlockId b, uint32_t at, const uint64_t *keep, LocalId *out)
{
	return locals_before(d, b, at, keep, out);
}

static uint32_t locals_before(const Dataflow *d, BlockId b, uint32_t at, const uint64_t *keep, LocalId *out)
{
	IR_ASSERT(d->kind != DF_LIVE && d->work);
	DfWork *sk = &d->work[0], *bk = NULL;
	slot_load(d, b, sk);
	if (d->kind == DF_REQUIRES_STORAGE) {
		IR_ASSERT(d->nwork == 2);
		bk = &d->work[1];
		slot_load(d->borrowed, b, bk);
	}
	forward_block(d, b, sk->s, bk ? bk->s : NULL, at);
	if (d->kind == DF_REQUIRES_STORAGE) {
		const Block *bb = &d->f->blocks[b];
		/* the early effect of the statement/terminator at `at` */
		if (at < bb->nstmts)
			req_early_stmt(d, &bb->stmts[at], sk->s);
		else if (bb->has_term)
			req_early_term(d, &bb->term, sk->s);
	}
	return keep ? work_locals_in(d, sk, keep, out) : work_locals(d, sk, out);
}

uint32_t df_locals_at_end(const Dataflow *d, BlockId b, LocalId *out)
{
	IR_ASSERT(d->kind == DF_LIVE && d->work);
	slot_load(d, b, &d->work[0]);
	return work_locals(d, &d->work[0], out);
}

/* rustc: Results::visit_reachable_with + visit_after_early_{statement,terminator}_effect
 * (what compute_storage_conflicts observes): cb gets the state after the early effect of
 * every statement and terminator of every reachable block. */
void df_visit_after_early(const Dataflow *d,
			  int (*cb)(void *ctx, BlockId b, const uint64_t *state, const uint32_t *words, uint32_t nwords,
				    int full),
			  void *ctx)
{
	IR_ASSERT(d->kind == DF_REQUIRES_STORAGE);
	const Fn *f = d->f;
	/* the fixpoint's working states, so that cb gets the listed words */
	IR_ASSERT(d->nwork == 2);
	DfWork *sw = &d->work[0], *bw = &d->work[1];
	uint64_t *s = sw->s, *bor = bw->s;
	/* within a block, cb gets the words gen and kill changed since its last
	 * call (dd logs them), not the state's: a state of N/64 words per
	 * statement was N^2 / 64 words per fn with N locals each held across its
	 * own await, all storage-live to the end (own30) */
	ScratchMark sm = scratch_mark();
	DfWork log = {0};
	log.idx = scratch_alloc_uninit((size_t)(d->words ? d->words : 1) * sizeof *log.idx);
	log.listed = scratch_alloc((size_t)(d->words ? d->words : 1));
	Dataflow dd = *d;
	dd.dirty = &log;
	dd.dirty_of = s;
	/* mirrored: the first load's words are all of its state's (cb has taken none yet;
	 * the queries before may have left anything in sw) */
	if (is_mirror(d)) {
		ps_diff(sw->tree, NULL, d->trees->depth, 0, sw, NULL);
		sw->tree = NULL;
	}
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (!d->g->reachable[b])
			continue;
		const Block *bb = &f->blocks[b];
		/* mirrored trees: the load logs the words where the block's state differs
		 * from the last one (quad38: a full first call per block was the state's
		 * words, N^2 / 64 in all on N `let ref` temporaries) */
		int full = !is_mirror(d), took;
		if (full)
			slot_load(d, b, sw);
		else
			mirror_load(d, slot_index(d, b), sw, &log);
		slot_load(d->borrowed, b, bw);
		for (uint32_t i = 0; i <= bb->nstmts; i++) {
			if (i == bb->nstmts) {
				if (!bb->has_term)
					break;
				req_early_term(&dd, &bb->term, s);
			} else {
				req_early_stmt(&dd, &bb->stmts[i], s);
			}
			if (full)
				took = cb(ctx, b, s, sw->idx, sw->n, 1);
			else
				took = cb(ctx, b, s, log.idx, log.n, 0);
			full = full && !took; /* (the load's words are not in the log) */
			/* a state cb ignored: the next call gets the words changed since the last it took */
			for (uint32_t k = 0; k < log.n && took; k++)
				log.listed[log.idx[k]] = 0;
			log.n = took ? 0 : log.n;
			if (i < bb->nstmts) {
				req_primary_stmt(&dd, &bb->stmts[i], bor, s);
				borrowed_stmt(&dd, &bb->stmts[i], bor);
			}
		}
	}
	scratch_release(sm);
}
