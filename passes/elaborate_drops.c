/* elaborate_drops.c — rustc's ElaborateDrops
 * (compiler/rustc_mir_transform/src/elaborate_drops.rs, with the move-path
 * dataflow of compiler/rustc_mir_dataflow: MaybeInitializedPlaces,
 * MaybeUninitializedPlaces, drop_flag_effects_for_location), run on each
 * body before StateTransform (passes/before_transform.c).
 *
 * Every Drop of a local is classified by the maybe-initialized and
 * maybe-uninitialized sets at it: surely uninitialized (moved out on every
 * path), the drop becomes a goto; surely initialized, it stays; both, it goes
 * through a drop flag (`_f: bool`, set where the local is initialized,
 * cleared where it is moved out or its storage dies, switched on before the
 * drop). A Drop that stays gets an unwind edge to the resume block when it
 * had none (MirPatch::resume_block). The blocks left unreachable are removed
 * at the end (remove_dead_blocks), which the numbering of rustc's dumps that
 * the goldens compare with needs.
 *
 * Divergences: the move paths are whole locals, so a Drop of a projection is
 * kept as it is, and a moved-out field does not make its local's drop
 * conditional; the flags are plain locals assigned by inserted statements,
 * and a conditional drop is one switch on its flag before the unchanged Drop
 * (rustc's DropCtxt elaborates the drop of an aggregate field by field).
 */
#include "passes.h"

static int bit(const uint64_t *w, uint32_t i) { return (int)((w[i / 64] >> (i % 64)) & 1); }
static void setb(uint64_t *w, uint32_t i, int v)
{
	if (v)
		w[i / 64] |= 1ull << (i % 64);
	else
		w[i / 64] &= ~(1ull << (i % 64));
}

/* Calls cb(local, present) for the move-outs then the inits of statement i of
 * block bb (i == nstmts: the terminator), as rustc's drop_flag_effects_for_location
 * (StorageDead counts as a move-out; call destinations are initialized on the
 * return edge only). */
typedef void FlagEffect(void *ctx, LocalId l, int present);

static void op_effect(const Fn *f, Operand o, FlagEffect *cb, void *ctx)
{
	if (o.kind == OP_MOVE && place_is_local(f, o.v))
		cb(ctx, f->places[o.v].local, 0);
}

static void loc_effects(const Fn *f, BlockId bb, uint32_t i, FlagEffect *cb, void *ctx)
{
	const Block *b = &f->blocks[bb];
	if (i < b->nstmts) {
		const Stmt *s = &b->stmts[i];
		if (s->kind == ST_STORAGE_DEAD) {
			cb(ctx, s->x, 0);
			return;
		}
		if (s->kind != ST_ASSIGN)
			return;
		switch (s->rv) {
		case RV_USE:
		case RV_CAST:
		case RV_UNARY:
			op_effect(f, s->a, cb, ctx);
			break;
		case RV_BINARY:
		case RV_CHECKED:
			op_effect(f, s->a, cb, ctx);
			op_effect(f, s->b, cb, ctx);
			break;
		case RV_AGGREGATE:
			for (uint32_t k = 0; k < s->b.v; k++)
				op_effect(f, f->args[s->a.v + k], cb, ctx);
			break;
		default:
			break;
		}
		if (place_is_local(f, s->place))
			cb(ctx, f->places[s->place].local, 1);
		return;
	}
	const Term *t = &b->term;
	switch (t->kind) {
	case TK_CALL:
	case TK_ASSERT:
		for (uint32_t k = 0; k < t->nargs; k++)
			op_effect(f, f->args[t->args + k], cb, ctx);
		break;
	case TK_YIELD:
	case TK_SWITCH:
		op_effect(f, t->a, cb, ctx);
		break;
	case TK_DROP:
		if (place_is_local(f, t->place))
			cb(ctx, f->places[t->place].local, 0);
		break;
	default:
		break;
	}
}

/* Maybe-initialized / maybe-uninitialized bits, set by effects as they come
 * (flow_cb). The same pair sums up a run of effects (the last effect on a
 * local wins): mi = ends initialized, mu = ends uninitialized. */
typedef struct FlowState {
	uint64_t *mi, *mu;
	const uint32_t *bit_of; /* a local's bit, NO_ID for the locals no drop names */
} FlowState;

static void flow_cb(void *ctx, LocalId l, int present)
{
	FlowState *st = ctx;
	uint32_t k = st->bit_of[l];
	if (k == NO_ID)
		return;
	setb(st->mi, k, present);
	setb(st->mu, k, !present);
}

static void genkill_apply(uint64_t *mi, uint64_t *mu, const uint64_t *gen, const uint64_t *kill, uint32_t nw)
{
	for (uint32_t w = 0; w < nw; w++) {
		uint64_t touched = gen[w] | kill[w];
		mi[w] = (mi[w] & ~touched) | gen[w];
		mu[w] = (mu[w] & ~touched) | kill[w];
	}
}

typedef struct FlagPatch {
	BlockId bb;
	uint32_t at;
	LocalId flag;
	int val;
} FlagPatch;

typedef struct FlagCtx {
	Fn *f;
	LocalId *flag_of;
	FlagPatch *v;
	uint32_t n, cap;
	BlockId bb;
	uint32_t at;
} FlagCtx;

static void add_flag_patch(FlagCtx *c, BlockId bb, uint32_t at, LocalId l, int val)
{
	if (c->flag_of[l] == NO_ID)
		return;
	FlagPatch *p = VEC_PUSH(c->f->arena, c->v, c->n, c->cap);
	p->bb = bb;
	p->at = at;
	p->flag = c->flag_of[l];
	p->val = val;
}

static void flag_cb(void *ctx, LocalId l, int present)
{
	FlagCtx *c = ctx;
	add_flag_patch(c, c->bb, c->at, l, present);
}

static int cmp_patch(const void *x, const void *y)
{
	const FlagPatch *a = x, *b = y;
	if (a->bb != b->bb)
		return a->bb < b->bb ? -1 : 1;
	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	return 0;
}

/* rustc: ElaborateDrops. A drop of a surely-uninitialized local becomes a goto,
 * a drop of a surely-initialized one stays, and a drop of a maybe-initialized
 * one goes through a drop flag (`_f: bool`, set where the local is initialized,
 * cleared where it is moved or its storage dies, tested before the drop). */
void elaborate_drops(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks, nl = f->nlocals;
	/* The bits are the locals some Drop names, not every local: blocks x
	 * locals bits made a fn of N `let`s take O(N^2) memory (N = 20k: 3.7 GB). */
	uint32_t *bit_of = scratch_alloc_uninit(((size_t)nl + 1) * sizeof *bit_of);
	for (LocalId l = 0; l < nl; l++)
		bit_of[l] = NO_ID;
	uint32_t nbits = 0;
	for (uint32_t bb = 0; bb < n; bb++) {
		const Term *t = &f->blocks[bb].term;
		if (t->kind == TK_DROP && place_is_local(f, t->place) && bit_of[f->places[t->place].local] == NO_ID)
			bit_of[f->places[t->place].local] = nbits++;
	}
	uint32_t nw = (nbits + 63) / 64;
	uint64_t *in_mi = scratch_alloc(((size_t)n * nw) * 8), *in_mu = scratch_alloc(((size_t)n * nw) * 8);
	uint64_t *mi = scratch_alloc(nw * 8), *mu = scratch_alloc(nw * 8);
	uint64_t *xmi = scratch_alloc(nw * 8), *xmu = scratch_alloc(nw * 8);
	uint8_t *reached = scratch_alloc(n);
	BlockId *s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	for (LocalId l = 0; l < nl; l++)
		if (bit_of[l] != NO_ID) {
			setb(&in_mu[0], bit_of[l], !(l >= 1 && l <= f->nargs));
			setb(&in_mi[0], bit_of[l], l >= 1 && l <= f->nargs);
		}
	reached[0] = 1;
	/* each block's statements and its terminator, summed up once */
	uint64_t *gk = scratch_alloc(((size_t)n * nw * 4 + 1) * 8);
	for (uint32_t bb = 0; bb < n; bb++) {
		FlowState g = {&gk[(size_t)bb * nw * 4], &gk[(size_t)bb * nw * 4 + nw], bit_of};
		for (uint32_t i = 0; i < f->blocks[bb].nstmts; i++)
			loc_effects(f, bb, i, flow_cb, &g);
		FlowState gt = {g.mi + 2 * nw, g.mu + 2 * nw, bit_of};
		loc_effects(f, bb, f->blocks[bb].nstmts, flow_cb, &gt);
	}
	for (int changed = 1; changed;) {
		changed = 0;
		for (uint32_t bb = 0; bb < n; bb++) {
			if (!reached[bb])
				continue;
			const Block *b = &f->blocks[bb];
			const uint64_t *bgk = &gk[(size_t)bb * nw * 4];
			bs_copy(mi, &in_mi[(size_t)bb * nw], nw);
			bs_copy(mu, &in_mu[(size_t)bb * nw], nw);
			genkill_apply(mi, mu, bgk, bgk + nw, nw);
			const Term *t = &b->term;
			uint32_t ns = cfg_succs(f, t, s);
			for (uint32_t i = 0; i < ns; i++) {
				bs_copy(xmi, mi, nw);
				bs_copy(xmu, mu, nw);
				FlowState xs = {xmi, xmu, bit_of};
				genkill_apply(xmi, xmu, bgk + 2 * nw, bgk + 3 * nw, nw);
				if ((t->kind == TK_CALL && s[i] == t->target && i == 0) || (t->kind == TK_YIELD && i == 0))
					if (place_is_local(f, t->place))
						flow_cb(&xs, f->places[t->place].local, 1);
				uint64_t *dmi = &in_mi[(size_t)s[i] * nw], *dmu = &in_mu[(size_t)s[i] * nw];
				for (uint32_t w = 0; w < nw; w++) {
					uint64_t a = dmi[w] | xmi[w], c = dmu[w] | xmu[w];
					if (a != dmi[w] || c != dmu[w] || !reached[s[i]]) {
						dmi[w] = a;
						dmu[w] = c;
						changed = 1;
					}
				}
				reached[s[i]] = 1;
			}
		}
	}
	/* classify every drop; create the flags in block order */
	uint8_t *style = scratch_alloc(n); /* 0 none, 1 dead, 2 static, 3 conditional */
	LocalId *flag_of = scratch_alloc_uninit(nl * sizeof *flag_of);
	for (LocalId l = 0; l < nl; l++)
		flag_of[l] = NO_ID;
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *b = &f->blocks[bb];
		if (b->term.kind != TK_DROP)
			continue;
		b->term.drop = NO_BLOCK;
		if (!place_is_local(f, b->term.place)) {
			style[bb] = 2;
			continue;
		}
		bs_copy(mi, &in_mi[(size_t)bb * nw], nw);
		bs_copy(mu, &in_mu[(size_t)bb * nw], nw);
		genkill_apply(mi, mu, &gk[(size_t)bb * nw * 4], &gk[(size_t)bb * nw * 4 + nw], nw);
		LocalId l = f->places[b->term.place].local;
		if (!bit(mi, bit_of[l]))
			style[bb] = 1;
		else if (!bit(mu, bit_of[l]))
			style[bb] = 2;
		else {
			style[bb] = 3;
			if (flag_of[l] == NO_ID)
				flag_of[l] = fn_add_local(f, TY_BOOL, NULL, 1);
		}
	}
	/* resume block for the drops that keep their unwind (MirPatch::resume_block) */
	BlockId resume = NO_BLOCK;
	for (BlockId k = 0; k < n; k++)
		if (f->blocks[k].cleanup && f->blocks[k].nstmts == 0 && f->blocks[k].term.kind == TK_RESUME)
			resume = k;
	FlagCtx fc = {f, flag_of, NULL, 0, 0, 0, 0};
	for (uint32_t bb = 0; bb < n; bb++) {
		if (style[bb] == 0)
			continue;
		Term t = f->blocks[bb].term;
		if (style[bb] == 1) {
			f->blocks[bb].term = term_goto(t.target);
			continue;
		}
		if (t.unwind == UW_CONTINUE && !f->blocks[bb].cleanup) {
			if (resume == NO_BLOCK) {
				resume = fn_add_block(f, 1);
				fn_set_term(f, resume, term_simple(TK_RESUME));
			}
			t.unwind = UW_CLEANUP;
			t.unwind_bb = resume;
		}
		if (style[bb] == 2) {
			f->blocks[bb].term = t;
			continue;
		}
		int cl = f->blocks[bb].cleanup;
		BlockId db = fn_add_block(f, cl);
		fn_set_term(f, db, t);
		BlockId tb = fn_add_block(f, cl);
		Term sw = term_goto(t.target);
		sw.kind = TK_SWITCH;
		sw.a = op_copy(place_local(f, flag_of[f->places[t.place].local]));
		SwitchArm arm = {0, t.target};
		sw.args = fn_add_arms(f, &arm, 1);
		sw.nargs = 1;
		sw.target = db;
		fn_set_term(f, tb, sw);
		f->blocks[bb].term = term_goto(tb);
	}
	/* the flag assignments, in rustc's order: init, fn returns, locations */
	for (LocalId l = 0; l < nl; l++)
		if (flag_of[l] != NO_ID) {
			FlagPatch *p = VEC_PUSH(f->arena, fc.v, fc.n, fc.cap);
			*p = (FlagPatch){0, 0, flag_of[l], 0};
		}
	for (uint32_t bb = 0; bb < n; bb++) {
		Term *t = &f->blocks[bb].term;
		if (t->kind == TK_CALL && t->target != NO_BLOCK && t->unwind == UW_CLEANUP && place_is_local(f, t->place))
			add_flag_patch(&fc, t->target, 0, f->places[t->place].local, 1);
	}
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *b = &f->blocks[bb];
		for (uint32_t i = 0; i <= b->nstmts; i++) {
			if (i == b->nstmts && (style[bb] != 0))
				continue;
			fc.bb = bb;
			fc.at = i;
			loc_effects(f, bb, i, flag_cb, &fc);
		}
		Term *t = &b->term;
		if (t->kind == TK_CALL && t->target != NO_BLOCK && t->unwind != UW_CLEANUP && place_is_local(f, t->place))
			add_flag_patch(&fc, bb, b->nstmts, f->places[t->place].local, 1);
	}
	/* stable sort by location, then insert from the back */
	for (uint32_t i = 1; i < fc.n; i++) { /* insertion sort keeps equal keys in order */
		FlagPatch x = fc.v[i];
		uint32_t j = i;
		while (j > 0 && cmp_patch(&fc.v[j - 1], &x) > 0) {
			fc.v[j] = fc.v[j - 1];
			j--;
		}
		fc.v[j] = x;
	}
	for (uint32_t i = fc.n; i-- > 0;) {
		FlagPatch *p = &fc.v[i];
		/* equal locations: the earlier patch goes first, so insert later ones first */
		fn_insert_stmt(f, p->bb, p->at,
			       stmt_assign_use(place_local(f, p->flag), op_const(f, TY_BOOL, (uint64_t)p->val)));
	}
	scratch_release(sm);
	remove_dead_blocks(f);
}
