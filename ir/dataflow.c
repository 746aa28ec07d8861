/* dataflow.c — bitsets and the four rustc_mir_dataflow analyses the state transform
 * runs on a coroutine body (compiler/rustc_mir_dataflow/src/impls/): MaybeLiveLocals,
 * MaybeStorageLive, MaybeBorrowedLocals, MaybeRequiresStorage. Worklist fixpoint over
 * blocks (reverse postorder forward, postorder backward); states are word bitsets. */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

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

static int place_indirect(const Fn *f, PlaceId p)
{
	const Place *pl = place_get(f, p);
	for (uint32_t i = 0; i < pl->nproj; i++)
		if (place_proj(f, pl, i)->kind == PROJ_DEREF)
			return 1;
	return 0;
}

static LocalId place_base(const Fn *f, PlaceId p)
{
	return place_get(f, p)->local;
}

/* ---- MaybeLiveLocals: TransferFunction + DefUse::for_place (liveness.rs) ---- */

/* a read of an operand: always a use of the base local */
static void live_use_op(const Fn *f, Operand o, uint64_t *s)
{
	if (o.kind != OP_CONST)
		bs_gen(s, place_base(f, o.v));
}

/* a Store/Call/Yield destination: def if a bare local, use if indirect, else nothing */
static void live_def_place(const Fn *f, PlaceId p, uint64_t *s)
{
	if (place_indirect(f, p))
		bs_gen(s, place_base(f, p));
	else if (place_is_local(f, p))
		bs_kill(s, place_base(f, p));
}

static void live_rvalue(const Fn *f, const Stmt *st, uint64_t *s)
{
	switch (st->rv) {
	case RV_USE:
	case RV_CAST:
	case RV_UNARY:
		live_use_op(f, st->a, s);
		break;
	case RV_BINARY:
	case RV_CHECKED:
		live_use_op(f, st->a, s);
		live_use_op(f, st->b, s);
		break;
	case RV_AGGREGATE:
		for (uint32_t i = 0; i < st->b.v; i++)
			live_use_op(f, f->args[st->a.v + i], s);
		break;
	case RV_DISCR:
	case RV_REF:
	case RV_REFMUT:
		bs_gen(s, place_base(f, st->a.v));
		break;
	}
}

static void live_stmt(const Fn *f, const Stmt *st, uint64_t *s)
{
	switch (st->kind) {
	case ST_ASSIGN:
		live_def_place(f, st->place, s); /* the place is visited before the rvalue */
		live_rvalue(f, st, s);
		break;
	case ST_SET_DISCR:
		if (place_indirect(f, st->place))
			bs_gen(s, place_base(f, st->place));
		break;
	default:
		break; /* StorageLive/Dead, PlaceMention (NonUse), nop */
	}
}

static void live_term(const Fn *f, const Term *t, uint64_t *s)
{
	switch (t->kind) {
	case TK_SWITCH:
		live_use_op(f, t->a, s);
		break;
	case TK_CALL:
		if (place_indirect(f, t->place)) /* `*p = f()` uses p; a def is on the return edge */
			bs_gen(s, place_base(f, t->place));
		for (uint32_t i = 0; i < t->nargs; i++)
			live_use_op(f, f->args[t->args + i], s);
		break;
	case TK_YIELD:
		live_use_op(f, t->a, s); /* the resume place is handled on the resume edge */
		break;
	case TK_DROP:
		bs_gen(s, place_base(f, t->place));
		break;
	case TK_ASSERT:
		live_use_op(f, t->a, s);
		for (uint32_t i = 0; i < t->nargs; i++)
			live_use_op(f, f->args[t->args + i], s);
		break;
	case TK_RETURN:
		bs_gen(s, 0);
		break;
	default:
		break;
	}
}

/* ---- MaybeBorrowedLocals (borrowed_locals.rs) ---- */

static void borrowed_stmt(const Fn *f, const Stmt *st, uint64_t *s)
{
	if (st->kind == ST_ASSIGN && (st->rv == RV_REF || st->rv == RV_REFMUT) && !place_indirect(f, st->a.v))
		bs_gen(s, place_base(f, st->a.v));
	if (st->kind == ST_STORAGE_DEAD)
		bs_kill(s, st->x);
}

static void borrowed_term(const Fn *f, const Term *t, uint64_t *s)
{
	if (t->kind == TK_DROP && !place_indirect(f, t->place))
		bs_gen(s, place_base(f, t->place));
}

/* ---- MaybeRequiresStorage (storage_liveness.rs) ---- */

/* check_for_move: kill `move _x` operands (whole locals) not borrowed before loc */
static void kill_moved_op(const Fn *f, Operand o, const uint64_t *borrowed, uint64_t *s)
{
	if (o.kind == OP_MOVE && place_is_local(f, o.v) && !bs_has(borrowed, place_base(f, o.v)))
		bs_kill(s, place_base(f, o.v));
}

static void req_check_for_move_stmt(const Fn *f, const Stmt *st, const uint64_t *bor, uint64_t *s)
{
	if (st->kind != ST_ASSIGN)
		return;
	switch (st->rv) {
	case RV_USE:
	case RV_CAST:
	case RV_UNARY:
		kill_moved_op(f, st->a, bor, s);
		break;
	case RV_BINARY:
	case RV_CHECKED:
		kill_moved_op(f, st->a, bor, s);
		kill_moved_op(f, st->b, bor, s);
		break;
	case RV_AGGREGATE:
		for (uint32_t i = 0; i < st->b.v; i++)
			kill_moved_op(f, f->args[st->a.v + i], bor, s);
		break;
	default:
		break;
	}
}

static void req_check_for_move_term(const Fn *f, const Term *t, const uint64_t *bor, uint64_t *s)
{
	switch (t->kind) {
	case TK_SWITCH:
	case TK_YIELD:
		kill_moved_op(f, t->a, bor, s);
		break;
	case TK_CALL:
		for (uint32_t i = 0; i < t->nargs; i++)
			kill_moved_op(f, f->args[t->args + i], bor, s);
		break;
	case TK_ASSERT:
		kill_moved_op(f, t->a, bor, s);
		for (uint32_t i = 0; i < t->nargs; i++)
			kill_moved_op(f, f->args[t->args + i], bor, s);
		break;
	case TK_RETURN: /* `return` moves _0 */
		if (!bs_has(bor, 0))
			bs_kill(s, 0);
		break;
	default:
		break;
	}
}

static void req_early_stmt(const Fn *f, const Stmt *st, uint64_t *s)
{
	borrowed_stmt(f, st, s);
	if (st->kind == ST_STORAGE_DEAD)
		bs_kill(s, st->x);
	else if (st->kind == ST_ASSIGN || st->kind == ST_SET_DISCR)
		bs_gen(s, place_base(f, st->place));
}

static void req_primary_stmt(const Fn *f, const Stmt *st, const uint64_t *bor, uint64_t *s)
{
	req_check_for_move_stmt(f, st, bor, s);
	if (st->kind == ST_ASSIGN || st->kind == ST_SET_DISCR)
		bs_gen(s, place_base(f, st->place));
}

static void req_early_term(const Fn *f, const Term *t, uint64_t *s)
{
	borrowed_term(f, t, s);
	if (t->kind == TK_CALL)
		bs_gen(s, place_base(f, t->place));
}

static void req_primary_term(const Fn *f, const Term *t, const uint64_t *bor, uint64_t *s)
{
	if (t->kind == TK_CALL)
		bs_kill(s, place_base(f, t->place));
	req_check_for_move_term(f, t, bor, s);
}

/* ---- the engine ---- */

/* Apply the whole block (forward) to s; bor is the borrowed state, advanced alongside
 * for MaybeRequiresStorage (NULL otherwise). */
static void forward_block(const Dataflow *d, BlockId b, uint64_t *s, uint64_t *bor, uint32_t upto)
{
	const Fn *f = d->f;
	const Block *bb = &f->blocks[b];
	uint32_t n = upto < bb->nstmts ? upto : bb->nstmts;
	for (uint32_t i = 0; i < n; i++) {
		const Stmt *st = &bb->stmts[i];
		switch (d->kind) {
		case DF_STORAGE_LIVE:
			if (st->kind == ST_STORAGE_LIVE)
				bs_gen(s, st->x);
			else if (st->kind == ST_STORAGE_DEAD)
				bs_kill(s, st->x);
			break;
		case DF_BORROWED:
			borrowed_stmt(f, st, s);
			break;
		case DF_REQUIRES_STORAGE:
			req_early_stmt(f, st, s);
			req_primary_stmt(f, st, bor, s);
			borrowed_stmt(f, st, bor);
			break;
		default:
			break;
		}
	}
	if (upto <= bb->nstmts || !bb->has_term)
		return;
	const Term *t = &bb->term;
	if (d->kind == DF_BORROWED) {
		borrowed_term(f, t, s);
	} else if (d->kind == DF_REQUIRES_STORAGE) {
		req_early_term(f, t, s);
		req_primary_term(f, t, bor, s);
		borrowed_term(f, t, bor);
	}
}

static void backward_block(const Dataflow *d, BlockId b, uint64_t *s)
{
	const Fn *f = d->f;
	const Block *bb = &f->blocks[b];
	if (bb->has_term)
		live_term(f, &bb->term, s);
	for (uint32_t i = bb->nstmts; i-- > 0;)
		live_stmt(f, &bb->stmts[i], s);
}

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

void df_graph_build(DfGraph *g, const Fn *f)
{
	uint32_t nb = f->nblocks, ne = 0;
	for (uint32_t b = 0; b < nb; b++)
		if (f->blocks[b].has_term)
			ne += term_nsuccessors(f, &f->blocks[b].term);
	/* succ_at, succ, pred_at, pred, po, then the DFS scratch (next), reachable */
	size_t sz = align8((size_t)(nb + 1) * 4) * 2 + align8((size_t)ne * 4) * 2 + align8((size_t)nb * 4) * 3 +
		    align8(nb ? nb : 1);
	unsigned char *p = xcalloc(1, sz);
	memset(g, 0, sizeof *g);
	g->f = f;
	g->nb = nb;
#define CARVE(dst, n)                                          \
	do {                                                   \
		(dst) = (void *)p;                             \
		p += align8((size_t)(n) * sizeof *(dst));      \
	} while (0)
	CARVE(g->succ_at, nb + 1);
	CARVE(g->succ, ne);
	CARVE(g->pred_at, nb + 1);
	CARVE(g->pred, ne);
	CARVE(g->po, nb);
	uint32_t *next, *stack;
	CARVE(next, nb);
	CARVE(stack, nb);
	g->reachable = p;
#undef CARVE
	uint32_t e = 0;
	for (uint32_t b = 0; b < nb; b++) {
		g->succ_at[b] = e;
		if (f->blocks[b].has_term)
			e += term_successors(f, &f->blocks[b].term, g->succ + e, ne - e);
	}
	g->succ_at[nb] = e;
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

static void join(uint64_t *dst, const uint64_t *src, uint32_t words, int *changed)
{
	for (uint32_t i = 0; i < words; i++) {
		uint64_t v = dst[i] | src[i];
		if (v != dst[i]) {
			dst[i] = v;
			*changed = 1;
		}
	}
}

/* rustc: Analysis::iterate_to_fixpoint */
void df_compute(Dataflow *d, const DfGraph *g, DfKind kind, const Dataflow *borrowed)
{
	const Fn *f = g->f;
	uint32_t nb = f->nblocks, nl = f->nlocals, w = bs_words(nl ? nl : 1);
	IR_ASSERT(g->nb == nb);
	memset(d, 0, sizeof *d);
	d->f = f;
	d->g = g;
	d->kind = kind;
	d->words = w;
	d->borrowed = borrowed;
	/* entry states, always_live, then the scratch: s, bor, the queue/rank, dirty */
	size_t sw = (size_t)w * sizeof(uint64_t);
	d->entry = xcalloc(1, (size_t)(nb ? nb : 1) * sw + sw);
	d->always_live = d->entry + (size_t)(nb ? nb : 1) * w;
	IR_ASSERT(kind != DF_REQUIRES_STORAGE || (borrowed && borrowed->kind == DF_BORROWED));
	/* always_storage_live_locals */
	for (uint32_t l = 0; l < nl; l++)
		bs_gen(d->always_live, l);
	for (uint32_t b = 0; b < nb; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *st = &f->blocks[b].stmts[i];
			if (st->kind == ST_STORAGE_LIVE || st->kind == ST_STORAGE_DEAD)
				bs_kill(d->always_live, st->x);
		}
	if (!nb)
		return;
	const BlockId *po = g->po;
	uint32_t npo = g->npo;
	unsigned char *scratch = xcalloc(1, 2 * sw + align8((size_t)(nb + 1) * 4) + align8(nb));
	uint64_t *s = (uint64_t *)scratch, *bor = s + w;
	uint32_t *order = (uint32_t *)(scratch + 2 * sw); /* backward: the queue; forward: the rank */
	uint8_t *dirty = scratch + 2 * sw + align8((size_t)(nb + 1) * 4);

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
			bs_copy(s, &d->entry[(size_t)b * w], w);
			backward_block(d, b, s);
			for (uint32_t k = g->pred_at[b]; k < g->pred_at[b + 1]; k++) {
				BlockId p = g->pred[k];
				const Term *pt = &f->blocks[p].term;
				int changed = 0;
				uint64_t *dst = &d->entry[(size_t)p * w];
				if ((pt->kind == TK_CALL && pt->target == b && place_is_local(f, pt->place)) ||
				    (pt->kind == TK_YIELD && pt->target == b && !place_indirect(f, pt->place) &&
				     place_is_local(f, pt->place))) {
					/* the return/resume edge defines the destination */
					bs_copy(bor, s, w);
					bs_kill(bor, place_base(f, pt->place));
					if (pt->kind == TK_CALL && pt->unwind == UW_CLEANUP && pt->unwind_bb == b)
						bs_copy(bor, s, w);
					join(dst, bor, w, &changed);
				} else if (pt->kind == TK_YIELD && pt->target == b && place_indirect(f, pt->place)) {
					bs_copy(bor, s, w);
					bs_gen(bor, place_base(f, pt->place));
					join(dst, bor, w, &changed);
				} else {
					join(dst, s, w, &changed);
				}
				if (changed && !dirty[p]) {
					dirty[p] = 1;
					queue[(qh + qn++) % (nb + 1)] = p;
				}
			}
		}
	} else {
		/* forward, reachable blocks only, in reverse postorder */
		uint32_t *rank = order;
		for (uint32_t i = 0; i < npo; i++)
			rank[po[npo - 1 - i]] = i;
		uint64_t *e0 = &d->entry[0];
		if (kind == DF_STORAGE_LIVE) {
			bs_copy(e0, d->always_live, w);
			for (uint32_t a = 1; a <= f->nargs && a < nl; a++)
				bs_gen(e0, a);
		} else if (kind == DF_REQUIRES_STORAGE) {
			for (uint32_t a = 2; a <= f->nargs && a < nl; a++)
				bs_gen(e0, a);
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
				bs_copy(s, &d->entry[(size_t)b * w], w);
				if (kind == DF_REQUIRES_STORAGE)
					bs_copy(bor, &borrowed->entry[(size_t)b * w], w);
				forward_block(d, b, s, bor, UINT32_MAX);
				const Term *t = &f->blocks[b].term;
				for (uint32_t k = 0, k0 = g->succ_at[b]; k0 + k < g->succ_at[b + 1]; k++) {
					BlockId sb = g->succ[k0 + k];
					if (sb >= nb)
						continue;
					int changed = 0;
					uint64_t *dst = &d->entry[(size_t)sb * w];
					int ret_edge = (t->kind == TK_CALL || t->kind == TK_YIELD) && sb == t->target &&
						       k == 0;
					if (kind == DF_REQUIRES_STORAGE && ret_edge) {
						/* apply_call_return_effect: the destination / resume place needs storage */
						bs_copy(bor, s, w);
						bs_gen(bor, place_base(f, t->place));
						join(dst, bor, w, &changed);
					} else {
						join(dst, s, w, &changed);
					}
					if (changed) {
						dirty[sb] = 1;
						if (rank[sb] <= rank[b])
							any = 1;
					}
				}
			}
			for (uint32_t i = 0; i < npo && !any; i++)
				if (dirty[po[i]])
					any = 1;
		}
	}
}

void df_state_before(const Dataflow *d, BlockId b, uint32_t at, uint64_t *out)
{
	IR_ASSERT(d->kind != DF_LIVE);
	uint32_t w = d->words;
	bs_copy(out, &d->entry[(size_t)b * w], w);
	uint64_t *bor = NULL;
	if (d->kind == DF_REQUIRES_STORAGE) {
		bor = xcalloc(w, sizeof *bor);
		bs_copy(bor, &d->borrowed->entry[(size_t)b * w], w);
	}
	forward_block(d, b, out, bor, at);
	if (d->kind == DF_REQUIRES_STORAGE) {
		const Block *bb = &d->f->blocks[b];
		/* the early effect of the statement/terminator at `at` */
		if (at < bb->nstmts)
			req_early_stmt(d->f, &bb->stmts[at], out);
		else if (bb->has_term)
			req_early_term(d->f, &bb->term, out);
	}
}

/* rustc: Results::visit_reachable_with + visit_after_early_{statement,terminator}_effect
 * (what compute_storage_conflicts observes): cb gets the state after the early effect of
 * every statement and terminator of every reachable block. */
void df_visit_after_early(const Dataflow *d, void (*cb)(void *ctx, BlockId b, const uint64_t *state), void *ctx)
{
	IR_ASSERT(d->kind == DF_REQUIRES_STORAGE);
	const Fn *f = d->f;
	uint32_t w = d->words;
	uint64_t *s = xcalloc(w, sizeof *s), *bor = xcalloc(w, sizeof *bor);
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (!d->g->reachable[b])
			continue;
		const Block *bb = &f->blocks[b];
		bs_copy(s, &d->entry[(size_t)b * w], w);
		bs_copy(bor, &d->borrowed->entry[(size_t)b * w], w);
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			req_early_stmt(f, &bb->stmts[i], s);
			cb(ctx, b, s);
			req_primary_stmt(f, &bb->stmts[i], bor, s);
			borrowed_stmt(f, &bb->stmts[i], bor);
		}
		if (bb->has_term) {
			req_early_term(f, &bb->term, s);
			cb(ctx, b, s);
		}
	}
}
