/*
 * merge-states — Suspend states whose resumed code is the same become one.
 *
 * Does: in a resume fn, for two Suspend states k1 < k2 (typically the awaits
 *   of two match or if/else arms on the same kind of future), walks the code
 *   reached from their resume arms in lockstep until both reach the same
 *   blocks (the join) or return. If every pair of blocks is equal up to a
 *   renaming of locals, saved locals and state numbers, the same holds for
 *   the drop shim's arms k2/k1, and every saved local of k2 has a counterpart
 *   of k1, then: the saved locals of k2 are coalesced into those of k1 (same
 *   storage from then on), every edge into k2's code goes to k1's, state k2
 *   disappears, later states are renumbered and the layout is recomputed.
 *   Arms that await different argument values still merge: the arguments are
 *   computed before the future is stored, outside the compared code.
 * Requires: the state transform has run (any pass before is fine).
 * Preserves: every poll sequence and every drop, in order: after the merge a
 *   future suspended in k1 that came through arm 2 runs, on resume and on
 *   drop, code equal to what k2 ran, on the same values.
 * Sound because: (1) compared code is equal instruction by instruction,
 *   including switch values, assert messages, callee names and types, and
 *   field projections; (2) a local renamed in the walk is mentioned nowhere
 *   else, so no value flows in or out of the merged code through it (rustc
 *   #162429 lacks this check and the switch-value check); (3) coalesced saved
 *   locals have the same type and never require storage at the same time
 *   (the layout's conflict matrix), so they can share a slot; (4) the drop
 *   shim arms compare equal, so a future dropped in k1 drops what k2 would
 *   have, in the same order (different live guards never merge).
 * Not merged: sequential awaits (k1's continuation contains k2's code, the
 *   walks overlap), arms with different continuations, callees or guards;
 *   a merge after which the layout would be bigger (a saved local held by
 *   both states loses its promotion and can land after an aligned future).
 *   A merge that shrinks the future: the pipeline re-lays out the
 *   coroutines holding it.
 * Storage markers and nops are ignored by the comparison: they have no effect
 *   on a resume fn's values (StorageLive/Dead of non-saved locals only).
 * Search: the merges of "the first pair that merges, again from the start
 *   after each", made in rounds (merge_round): a round tries the pairs in
 *   that order, applies merges lazily to a view of the fns and the layout,
 *   goes on while no pair was refused, and rewrites the fns once at its end
 *   (DESIGN.md, Limits and reliability, "merge-states in rounds").
 */
#include <stdlib.h>
#include <string.h>

#include "passes.h"

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		internal_error("out of memory");
	return p;
}

/* ------------------------------------------------------------------ */
/* Visiting the places of statements and terminators                    */
/* ------------------------------------------------------------------ */

/* fn_places (ir.c) with a read-only fn */
static void visit_fn(const Fn *f, PlaceSlotFn fn, void *ctx)
{
	fn_places((Fn *)f, 1, fn, ctx);
}

/* Statements without effect on values. A nop with x != 0 is a statement the
 * rustc MIR importer kept as text (ir.h): it is compared, not skipped. */
static int is_marker(const Stmt *s)
{
	return s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD || (s->kind == ST_NOP && s->x == 0) ||
	       s->kind == ST_PLACE_MENTION;
}

/* ------------------------------------------------------------------ */
/* The coroutine and its two fns                                        */
/* ------------------------------------------------------------------ */

typedef struct Round Round;

typedef struct Coro {
	Module *m;
	Round *z;     /* the current round's view (merge_round) */
	uint32_t ci;
	Layout *l;    /* the pass's copy of the coroutine's layout (merge_states) */
	Arena *arena; /* where the last merged layout's arrays go when the pass ends */
	int owned;    /* 1: l's arrays are a merged layout's, malloc'd (layout_free_arrays) */
	TypeId cty; /* the coroutine type */
	Fn *resume, *shim;
	BlockId rswitch, dswitch; /* the blocks switching on the state, or NO_BLOCK */
} Coro;

/* The saved local at field f of variant v, or NO_ID. */
static uint32_t saved_at(const Layout *l, uint32_t v, uint32_t f)
{
	if (v >= l->nvariants || f >= l->nfields[v])
		return NO_ID;
	return l->fields[l->field_start[v] + f];
}

/* ------------------------------------------------------------------ */
/* Lockstep comparison                                                  */
/* ------------------------------------------------------------------ */

/* Renamings shared by the resume fn and the drop shim. */
typedef struct Renaming {
	uint32_t *smap, *simage; /* saved local of k2's side -> k1's side */
	uint32_t *vmap, *vimage; /* state -> state */
} Renaming;

/* One fn as a round sees it (merge_round): the fn at the round's start with
 * the round's merges applied lazily. In the resume fn a merged-away block's
 * edges are followed through fwd (what redirect_into_first writes when the
 * round ends); a block the merges made unreachable is dead, and its places no
 * longer count in mention[]. Places keep their encoding of the round's start:
 * ps0 is their saved local then, Round.cur_saved maps it to today's. The walk
 * arrays are the fn's for the whole round, reset entry by entry after a try. */
typedef struct View {
	Fn *f;
	BlockId sw;         /* the state switch at the round's start, or NO_BLOCK */
	BlockId *arm0;      /* state at the round's start -> its first arm's target */
	BlockId *fwd;       /* resume fn only: merged-away block -> its counterpart */
	uint8_t *dead, *unreach0, *inset;
	uint32_t *mention;  /* per local: mentions (fn_places with args) in live blocks */
	uint32_t *cnt_a, *cnt_b;
	uint32_t *pslot, *ps0; /* per place: the downcast's projection index (NO_ID) and its saved local */
	uint32_t *pred_start, *pred; /* shim only: predecessors at the round's start */
	uint32_t *arm_live;          /* shim only: live state-switch arms per target block */
	BlockId *bmap, *bimage;
	uint8_t *stop;
	LocalId *lmap, *limage;
	BlockId *tb; /* blocks whose bmap / bimage / stop a walk set */
	uint32_t ntb, captb;
	LocalId *tl; /* locals whose lmap / limage a walk set */
	uint32_t ntl, captl;
} View;

/* A round's merges are applied lazily to the layout too: states and saved
 * locals keep their numbers of the round's start (c->l stays that layout),
 * a merged-away state is dead (cur_state NO_ID) and a coalesced saved local
 * points to the one it joined (rep). A lazy merge is one whose layout is the
 * layout before minus the merged state (the fast size check below), so the
 * size stays known without laying out again. */
struct Round {
	int lazy_ok;  /* the switches have one arm per state, all below nv0 */
	int eager;    /* a merge was applied to the fns directly: the round ends */
	uint32_t nv0, ns0;
	uint32_t *fstart0, *nf0, *fields0; /* the layout's variants at the round's start */
	uint32_t *cur_state; /* state: itself, NO_ID once merged away; when the round ends, its new number */
	uint32_t *rep;       /* saved local: itself, or the one it was coalesced into */
	uint32_t *cur_saved; /* when the round ends: saved local -> its new number (NO_ID: gone) */
	uint32_t pending;    /* merges applied lazily */
	View r, d;
	/* the renaming of a try, reset entry by entry */
	Renaming ren;
	uint32_t *ts, nts, capts; /* saved locals whose smap / simage is set */
	uint32_t *tv, ntv, captv; /* states whose vmap / vimage is set */
	uint8_t *inb;             /* scratch per saved local */
	/* the fast size check: the layout now is the round's start's without the dead states */
	int fast;
	uint32_t nlive, in_use; /* live states; those holding a saved local not promoted */
	uint64_t psize, palign, size;
	uint64_t *vsize, *valign;
	uint32_t *by_size, *by_align, isize, ialign; /* states by end / align, descending; first live */
	uint32_t *promoted, npromoted; /* the promoted saved locals, ascending */
	uint8_t *vcount; /* saved local: variants holding it at the round's start (saturated at 2) */
};

/* One walk in one fn. bmap: block of the second region -> block of the first. */
typedef struct Walk {
	const Coro *c;
	const Fn *f;
	View *v;
	Renaming *r;
	BlockId *bmap, *bimage;
	uint8_t *stop; /* blocks reached on both sides (the join) */
	LocalId *lmap, *limage;
	BlockId *work; /* pairs */
	uint32_t nwork, capwork;
	int touchy; /* a side or join is the entry or the state switch: no lazy merge */
} Walk;

static void *grow(void *p, uint32_t *cap, size_t size)
{
	*cap = *cap ? 2 * *cap : 64;
	p = realloc(p, *cap * size);
	if (!p)
		internal_error("out of memory");
	return p;
}

static void touch_block(Walk *w, BlockId b)
{
	View *v = w->v;
	if (v->ntb == v->captb)
		v->tb = grow(v->tb, &v->captb, sizeof *v->tb);
	v->tb[v->ntb++] = b;
	if (b == 0 || b == v->sw)
		w->touchy = 1;
}

static uint32_t find_rep(const Round *z, uint32_t s)
{
	while (z->rep[s] != s)
		s = z->rep[s];
	return s;
}

/* The saved local at field f of variant v of the round's start, as it is now. */
static uint32_t saved_now(const Coro *c, uint32_t v, uint32_t f)
{
	const Round *z = c->z;
	if (v >= z->nv0 || f >= z->nf0[v])
		return NO_ID;
	return find_rep(z, z->fields0[z->fstart0[v] + f]);
}

/* A state number written in the fns: a live state (a removed one's writes
 * were removed with it). */
static uint32_t state_now(const Coro *c, uint32_t x)
{
	const Round *z = c->z;
	if (x < STATE_FIRST_SUSPEND || x >= z->nv0)
		return x;
	IR_ASSERT(z->cur_state[x] != NO_ID);
	return z->cur_state[x];
}

static BlockId resolve(const View *v, BlockId b)
{
	if (v->fwd)
		while (b != NO_BLOCK && v->fwd[b] != NO_BLOCK)
			b = v->fwd[b];
	return b;
}

/* The target of today's state s's arm in v's switch (edges followed). */
static BlockId arm_now(const Coro *c, const View *v, uint32_t s)
{
	const Round *z = c->z;
	if (v->sw == NO_BLOCK || s >= z->nv0)
		return NO_BLOCK;
	return resolve(v, v->arm0[s]);
}

static int map_pair(uint32_t *map, uint32_t *image, uint32_t a, uint32_t b)
{
	if (map[a] == NO_ID && image[b] == NO_ID) {
		map[a] = b;
		image[b] = a;
		return 1;
	}
	return map[a] == b && image[b] == a;
}

static int match_local(Walk *w, LocalId a, LocalId b)
{
	if (w->f->locals[a].ty != w->f->locals[b].ty)
		return 0;
	if (a != b && (a <= w->f->nargs || b <= w->f->nargs))
		return 0; /* the return place and the arguments are never renamed */
	if (w->lmap[a] == NO_ID && w->limage[b] == NO_ID) {
		View *v = w->v;
		if (v->ntl + 2 > v->captl)
			v->tl = grow(v->tl, &v->captl, sizeof *v->tl);
		v->tl[v->ntl++] = a;
		v->tl[v->ntl++] = b;
	}
	return map_pair(w->lmap, w->limage, a, b);
}

static void touch_id(uint32_t **list, uint32_t *n, uint32_t *cap, uint32_t a, uint32_t b)
{
	if (*n + 2 > *cap)
		*list = grow(*list, cap, sizeof **list);
	(*list)[(*n)++] = a;
	(*list)[(*n)++] = b;
}

static int match_saved(Walk *w, uint32_t a, uint32_t b)
{
	if (w->c->l->saved[a].ty != w->c->l->saved[b].ty)
		return 0;
	Round *z = w->c->z;
	if (w->r->smap[a] == NO_ID && w->r->simage[b] == NO_ID)
		touch_id(&z->ts, &z->nts, &z->capts, a, b);
	return map_pair(w->r->smap, w->r->simage, a, b);
}

static int match_state(Walk *w, uint32_t a, uint32_t b)
{
	if (a < STATE_FIRST_SUSPEND || b < STATE_FIRST_SUSPEND)
		return a == b;
	Round *z = w->c->z;
	if (w->r->vmap[a] == NO_ID && w->r->vimage[b] == NO_ID)
		touch_id(&z->tv, &z->ntv, &z->captv, a, b);
	return map_pair(w->r->vmap, w->r->vimage, a, b);
}

static int match_place(Walk *w, PlaceId pa, PlaceId pb)
{
	const Fn *f = w->f;
	const Place *a = place_get(f, pa), *b = place_get(f, pb);
	if (a->nproj != b->nproj || !match_local(w, a->local, b->local))
		return 0;
	TypeId t = f->locals[a->local].ty;
	for (uint32_t i = 0; i < a->nproj; i++) {
		const Proj *qa = place_proj(f, a, i), *qb = place_proj(f, b, i);
		if (qa->kind != qb->kind)
			return 0;
		const Type *ty = type_get(f->mod, t);
		switch (qa->kind) {
		case PROJ_DEREF:
			if (ty->kind != TY_REF && ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT)
				return 0;
			t = ty->a;
			break;
		case PROJ_DOWNCAST:
			if (t == w->c->cty) {
				/* `(*_s as variant#V).F`: compare the saved locals, not the access paths */
				if (i + 1 >= a->nproj)
					return 0;
				const Proj *fa = place_proj(f, a, i + 1), *fb = place_proj(f, b, i + 1);
				if (fa->kind != PROJ_FIELD || fb->kind != PROJ_FIELD || fa->ty != fb->ty)
					return 0;
				uint32_t sa = saved_now(w->c, qa->index, fa->index);
				uint32_t sb = saved_now(w->c, qb->index, fb->index);
				if (sa == NO_ID || sb == NO_ID || !match_saved(w, sa, sb))
					return 0;
				t = fa->ty;
				i++;
			} else if (qa->index != qb->index) {
				return 0;
			}
			break;
		case PROJ_FIELD:
			if (qa->index != qb->index || qa->ty != qb->ty)
				return 0;
			t = qa->ty;
			break;
		default:
			return 0;
		}
	}
	return 1;
}

static int match_operand(Walk *w, Operand a, Operand b)
{
	if (a.kind != b.kind)
		return 0;
	if (a.kind == OP_CONST) {
		const Const *x = &w->f->consts[a.v], *y = &w->f->consts[b.v];
		return x->ty == y->ty && x->bits == y->bits && x->named == y->named;
	}
	return match_place(w, a.v, b.v);
}

/* Is place p `discriminant(...)`-able state of this coroutine (`(*_s)`)? */
static int is_state_place(const Coro *c, const Fn *f, PlaceId p)
{
	return place_type(f, p) == c->cty;
}

static int match_operands(Walk *w, uint32_t fa, uint32_t fb, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (!match_operand(w, w->f->args[fa + i], w->f->args[fb + i]))
			return 0;
	return 1;
}

static int match_stmt(Walk *w, const Stmt *a, const Stmt *b)
{
	if (a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case ST_ASSIGN:
		if (a->rv != b->rv || a->op != b->op || !match_place(w, a->place, b->place))
			return 0;
		switch (a->rv) {
		case RV_USE:
		case RV_UNARY:
			return match_operand(w, a->a, b->a);
		case RV_CAST:
			return a->x == b->x && match_operand(w, a->a, b->a);
		case RV_BINARY:
		case RV_CHECKED:
			return match_operand(w, a->a, b->a) && match_operand(w, a->b, b->b);
		case RV_AGGREGATE:
			return a->x == b->x && a->b.v == b->b.v && match_operands(w, a->a.v, b->a.v, a->b.v);
		case RV_DISCR:
			/* a state read inside the compared code would need the state renaming */
			if (is_state_place(w->c, w->f, a->a.v))
				return 0;
			return match_place(w, a->a.v, b->a.v);
		case RV_REF:
		case RV_REFMUT:
			return match_place(w, a->a.v, b->a.v);
		default:
			return 0;
		}
	case ST_SET_DISCR:
		if (!match_place(w, a->place, b->place))
			return 0;
		return is_state_place(w->c, w->f, a->place) ? match_state(w, state_now(w->c, a->x), state_now(w->c, b->x))
							     : a->x == b->x;
	case ST_NOP: /* opaque statement text */
		return a->x && b->x && strcmp(w->f->names[a->x - 1], w->f->names[b->x - 1]) == 0;
	default:
		return 0;
	}
}

static int push_pair(Walk *w, BlockId a, BlockId b)
{
	if ((a == NO_BLOCK) != (b == NO_BLOCK))
		return 0;
	if (a == NO_BLOCK)
		return 1;
	a = resolve(w->v, a);
	b = resolve(w->v, b);
	if (w->nwork + 2 > w->capwork) {
		w->capwork = w->capwork ? 2 * w->capwork : 64;
		w->work = realloc(w->work, w->capwork * sizeof *w->work);
		if (!w->work)
			internal_error("out of memory");
	}
	w->work[w->nwork++] = a;
	w->work[w->nwork++] = b;
	return 1;
}

static int match_unwind(Walk *w, const Term *a, const Term *b)
{
	if (a->unwind != b->unwind)
		return 0;
	return a->unwind != UW_CLEANUP || push_pair(w, a->unwind_bb, b->unwind_bb);
}

static int match_term(Walk *w, const Term *a, const Term *b)
{
	const Fn *f = w->f;
	if (a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case TK_GOTO:
		return push_pair(w, a->target, b->target);
	case TK_SWITCH:
		if (a->nargs != b->nargs || !match_operand(w, a->a, b->a))
			return 0;
		for (uint32_t i = 0; i < a->nargs; i++) {
			const SwitchArm *x = &f->arms[a->args + i], *y = &f->arms[b->args + i];
			if (x->value != y->value || !push_pair(w, x->target, y->target))
				return 0;
		}
		return push_pair(w, a->target, b->target);
	case TK_RETURN:
	case TK_UNREACHABLE:
	case TK_RESUME:
		return 1;
	case TK_CALL:
		if (a->op != b->op || a->nargs != b->nargs)
			return 0;
		if (a->op == CALLEE_FN ? strcmp(f->names[a->x], f->names[b->x]) != 0 : a->x != b->x)
			return 0;
		return match_place(w, a->place, b->place) && match_operands(w, a->args, b->args, a->nargs) &&
		       push_pair(w, a->target, b->target) && match_unwind(w, a, b);
	case TK_DROP:
		return match_place(w, a->place, b->place) && push_pair(w, a->target, b->target) &&
		       match_unwind(w, a, b);
	case TK_ASSERT:
		return a->op == b->op && a->msg == b->msg && a->x == b->x && a->nargs == b->nargs &&
		       match_operand(w, a->a, b->a) && match_operands(w, a->args, b->args, a->nargs) &&
		       push_pair(w, a->target, b->target) && match_unwind(w, a, b);
	default: /* yield and coroutine_drop do not exist after the transform */
		return 0;
	}
}

static int match_block(Walk *w, BlockId ba, BlockId bb)
{
	const Block *a = &w->f->blocks[ba], *b = &w->f->blocks[bb];
	if (a->cleanup != b->cleanup || !a->has_term || !b->has_term)
		return 0;
	uint32_t i = 0, j = 0;
	for (;;) {
		while (i < a->nstmts && is_marker(&a->stmts[i]))
			i++;
		while (j < b->nstmts && is_marker(&b->stmts[j]))
			j++;
		if (i == a->nstmts || j == b->nstmts)
			break;
		if (!match_stmt(w, &a->stmts[i++], &b->stmts[j++]))
			return 0;
	}
	if (i != a->nstmts || j != b->nstmts)
		return 0;
	return match_term(w, &a->term, &b->term);
}

/* A walk in v's fn, on v's arrays (all NO_ID / 0 between walks). */
static void walk_init(Walk *w, const Coro *c, View *v, Renaming *r)
{
	memset(w, 0, sizeof *w);
	w->c = c;
	w->f = v->f;
	w->v = v;
	w->r = r;
	w->bmap = v->bmap;
	w->bimage = v->bimage;
	w->stop = v->stop;
	w->lmap = v->lmap;
	w->limage = v->limage;
}

/* Resets what the walk set in v's arrays: the cost is the walk's, not the fn's. */
static void walk_free(Walk *w)
{
	View *v = w->v;
	for (uint32_t i = 0; i < v->ntb; i++) {
		BlockId b = v->tb[i];
		v->bmap[b] = v->bimage[b] = NO_BLOCK;
		v->stop[b] = 0;
	}
	for (uint32_t i = 0; i < v->ntl; i++)
		v->lmap[v->tl[i]] = v->limage[v->tl[i]] = NO_ID;
	v->ntb = v->ntl = 0;
	free(w->work);
}

/* Walks from (a, b) in lockstep; blocks of a's side map to b's side. */
static int walk(Walk *w, BlockId a, BlockId b)
{
	if (!push_pair(w, a, b))
		return 0;
	while (w->nwork) {
		BlockId y = w->work[--w->nwork], x = w->work[--w->nwork];
		/* what walk_valid rejects, as soon as it happens (the maps only grow):
		 * a join inside a side, a block on both sides. Sequential awaits in a
		 * loop fail here after the blocks between them, not around the loop. */
		IR_ASSERT(!w->v->dead[x] && !w->v->dead[y]);
		if (x == y) {
			if (w->bmap[x] != NO_BLOCK || w->bimage[x] != NO_BLOCK)
				return 0;
			if (!w->stop[x])
				touch_block(w, x);
			w->stop[x] = 1;
			continue;
		}
		if (w->bmap[x] != NO_BLOCK || w->bimage[y] != NO_BLOCK) {
			if (w->bmap[x] != y || w->bimage[y] != x)
				return 0;
			continue;
		}
		if (w->bimage[x] != NO_BLOCK || w->bmap[y] != NO_BLOCK || w->stop[x] || w->stop[y])
			return 0;
		w->bmap[x] = y;
		w->bimage[y] = x;
		touch_block(w, x);
		touch_block(w, y);
		if (!match_block(w, x, y))
			return 0;
	}
	return 1;
}

/* fn_places (with the argument lists) of one block */
static void block_places(const Fn *f, BlockId b, PlaceSlotFn cb, void *ctx)
{
	Block *bb = &((Fn *)f)->blocks[b];
	for (uint32_t i = 0; i < bb->nstmts; i++)
		stmt_places((Fn *)f, b, &bb->stmts[i], 1, cb, ctx);
	if (bb->has_term)
		term_places((Fn *)f, b, &bb->term, 1, cb, ctx);
}

typedef struct Mentions {
	Walk *w;
	int side; /* 1: second side (lmap), 0: first (limage); -1: mention[] -= 1; -2: += 1 */
} Mentions;

static void count_mention(void *ctx, BlockId b, PlaceId *slot)
{
	Mentions *mc = ctx;
	Walk *w = mc->w;
	View *v = w->v;
	LocalId l = place_get(v->f, *slot)->local;
	(void)b;
	if (mc->side == -1)
		v->mention[l]--;
	else if (mc->side == -2)
		v->mention[l]++;
	else if (mc->side == 1 && w->lmap[l] != NO_ID && w->lmap[l] != l)
		v->cnt_b[l]++;
	else if (mc->side == 0 && w->limage[l] != NO_ID && w->limage[l] != l)
		v->cnt_a[l]++;
}

/* The two sides are disjoint, the join is on neither side, and renamed locals
 * live only inside their side: every mention of a renamed local of the second
 * side (the live blocks' count, mention[]) is in a block of that side, and the
 * same for the first. Linear in the sides. */
static int walk_valid(Walk *w)
{
	View *v = w->v;
	for (uint32_t i = 0; i < v->ntb; i++) {
		BlockId b = v->tb[i];
		if (w->bmap[b] != NO_BLOCK && w->bimage[b] != NO_BLOCK)
			return 0;
		if (w->stop[b] && (w->bmap[b] != NO_BLOCK || w->bimage[b] != NO_BLOCK))
			return 0;
	}
	/* disjoint: each block of a side is listed once */
	for (uint32_t i = 0; i < v->ntb; i++) {
		BlockId b = v->tb[i];
		Mentions mc = {w, w->bmap[b] != NO_BLOCK ? 1 : w->bimage[b] != NO_BLOCK ? 0 : -3};
		if (mc.side >= 0)
			block_places(v->f, b, count_mention, &mc);
	}
	int ok = 1;
	for (uint32_t i = 0; i < v->ntl; i++) {
		LocalId l = v->tl[i];
		if (w->lmap[l] != NO_ID && w->lmap[l] != l && v->cnt_b[l] != v->mention[l])
			ok = 0;
		if (w->limage[l] != NO_ID && w->limage[l] != l && v->cnt_a[l] != v->mention[l])
			ok = 0;
	}
	for (uint32_t i = 0; i < v->ntl; i++)
		v->cnt_a[v->tl[i]] = v->cnt_b[v->tl[i]] = 0;
	return ok;
}

/* ------------------------------------------------------------------ */
/* Finding a mergeable pair                                             */
/* ------------------------------------------------------------------ */

/* Every saved local of state a (renamed) is one of state b's, and back
 * (the round's view: fields as saved_now reads them). */
static int same_fields(const Coro *c, const Renaming *r, uint32_t a, uint32_t b)
{
	const Round *z = c->z;
	if (z->nf0[a] != z->nf0[b])
		return 0;
	for (uint32_t i = 0; i < z->nf0[a]; i++) {
		uint32_t s = saved_now(c, a, i);
		uint32_t t = r->smap[s] != NO_ID ? r->smap[s] : s, found = 0;
		for (uint32_t j = 0; j < z->nf0[b] && !found; j++)
			found = saved_now(c, b, j) == t;
		if (!found)
			return 0;
	}
	return 1;
}

/* The renamings' entries the walks set (touch_id), as renaming_valid reads
 * them. A coalesced saved local of a lazy merge had no conflict but itself,
 * so the conflicts between the saved locals left are the round start's. */
static int renaming_valid(const Coro *c, const Renaming *r)
{
	const Layout *l = c->l;
	const Round *z = c->z;
	for (uint32_t i = 0; i < z->nts; i += 2) {
		uint32_t s = z->ts[i];
		uint32_t t = r->smap[s];
		if (t == NO_ID || t == s)
			continue;
		/* a chain s -> t -> u, or t also renamed away: not a plain coalescing */
		if (r->smap[t] != NO_ID && r->smap[t] != t)
			return 0;
		if (r->simage[s] != NO_ID && r->simage[s] != s)
			return 0;
		if (layout_conflict(l, s, t))
			return 0;
	}
	for (uint32_t i = 0; i < z->ntv; i += 2) {
		uint32_t v = z->tv[i];
		uint32_t u = r->vmap[v];
		if (u == NO_ID || u == v)
			continue;
		if (r->vmap[u] != NO_ID && r->vmap[u] != u)
			return 0;
		if (!same_fields(c, r, v, u))
			return 0;
	}
	return 1;
}

static int cmp_u32(const void *pa, const void *pb)
{
	uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
	return a < b ? -1 : a > b;
}

/* The drop shim's arms for every merged state pair compare equal (w: a walk
 * in the shim's view, kept for the merge). */
static int shim_arms_match(const Coro *c, Walk *w, Renaming *r)
{
	if (!c->shim)
		return 1;
	if (c->z->d.sw == NO_BLOCK)
		return 0;
	/* the merged pairs in state order */
	const Round *z = c->z;
	uint32_t n = 0;
	uint32_t *vs = xcalloc(z->ntv / 2 + 1, sizeof *vs);
	for (uint32_t i = 0; i < z->ntv; i += 2)
		if (r->vmap[z->tv[i]] != z->tv[i])
			vs[n++] = z->tv[i];
	qsort(vs, n, sizeof *vs, cmp_u32);
	int ok = 1;
	for (uint32_t i = 0; i < n && ok; i++) {
		uint32_t v = vs[i], u = r->vmap[v];
		BlockId a = arm_now(c, &c->z->d, v), b = arm_now(c, &c->z->d, u);
		if (a == NO_BLOCK && b == NO_BLOCK)
			continue; /* both take the `otherwise` arm */
		ok = a != NO_BLOCK && b != NO_BLOCK && walk(w, a, b);
	}
	free(vs);
	return ok && walk_valid(w);
}

/* ------------------------------------------------------------------ */
/* Applying a merge                                                     */
/* ------------------------------------------------------------------ */

/* Places that go through `(*_s as variant#V).F` get their saved local decoded
 * before the layout changes and encoded again after. */
typedef struct Recode {
	const Coro *c;
	Fn *f;
	uint8_t *done;  /* per PlaceId */
	uint32_t *slot; /* per PlaceId: proj index of the downcast, or NO_ID */
	uint32_t *saved;
} Recode;

static void decode_place(void *ctx, BlockId b, PlaceId *slot)
{
	PlaceId p = *slot;
	(void)b;
	Recode *rc = ctx;
	if (rc->done[p])
		return;
	rc->done[p] = 1;
	const Fn *f = rc->f;
	const Place *pl = place_get(f, p);
	TypeId t = f->locals[pl->local].ty;
	for (uint32_t i = 0; i < pl->nproj; i++) {
		const Proj *q = place_proj(f, pl, i);
		if (q->kind == PROJ_DEREF) {
			t = type_get(f->mod, t)->a;
		} else if (q->kind == PROJ_FIELD) {
			t = q->ty;
		} else if (t == rc->c->cty && i + 1 < pl->nproj) {
			const Proj *fl = place_proj(f, pl, i + 1);
			IR_ASSERT(fl->kind == PROJ_FIELD);
			rc->slot[p] = i;
			rc->saved[p] = saved_at(rc->c->l, q->index, fl->index);
			IR_ASSERT(rc->saved[p] != NO_ID);
			return;
		}
	}
}

static void recode_init(Recode *rc, const Coro *c, Fn *f)
{
	rc->c = c;
	rc->f = f;
	rc->done = xcalloc(f->nplaces, 1);
	rc->slot = xcalloc(f->nplaces, sizeof *rc->slot);
	rc->saved = xcalloc(f->nplaces, sizeof *rc->saved);
	memset(rc->slot, 0xff, f->nplaces * sizeof *rc->slot);
	visit_fn(f, decode_place, rc);
}

/* Rewrite every decoded place to reach its (renumbered) saved local through
 * the last variant that holds it, as the transform does. */
static void recode_apply(Recode *rc, const uint32_t *new_index)
{
	Fn *f = rc->f;
	const Layout *l = rc->c->l;
	/* each saved local's last (variant, field), in one pass over the layout
	 * (a scan of every field per place was places x fields per merge) */
	uint32_t *last_v = xcalloc(l->nsaved, sizeof *last_v), *last_f = xcalloc(l->nsaved, sizeof *last_f);
	memset(last_v, 0xff, l->nsaved * sizeof *last_v);
	for (uint32_t vv = 0; vv < l->nvariants; vv++)
		for (uint32_t i = 0; i < l->nfields[vv]; i++) {
			uint32_t s = saved_at(l, vv, i);
			last_v[s] = vv;
			last_f[s] = i;
		}
	for (PlaceId p = 0; p < f->nplaces; p++) {
		if (rc->slot[p] == NO_ID)
			continue;
		uint32_t s = new_index[rc->saved[p]];
		IR_ASSERT(s != NO_ID && s < l->nsaved);
		uint32_t v = last_v[s], fi = last_f[s];
		IR_ASSERT(v != NO_ID);
		Place *pl = &f->places[p];
		f->projs[pl->proj + rc->slot[p]].index = v;
		f->projs[pl->proj + rc->slot[p] + 1].index = fi;
	}
	free(last_v);
	free(last_f);
	free(rc->done);
	free(rc->slot);
	free(rc->saved);
}

/* Every edge from outside the second side into it goes to the first side. */
static void redirect_into_first(Fn *f, const Walk *w)
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (w->bmap[b] != NO_BLOCK || !f->blocks[b].has_term)
			continue;
		Term *t = &f->blocks[b].term;
#define REDIRECT(x)                                                         \
	do {                                                                \
		if ((x) != NO_BLOCK && w->bmap[(x)] != NO_BLOCK)            \
			(x) = w->bmap[(x)];                                 \
	} while (0)
		REDIRECT(t->target);
		REDIRECT(t->drop);
		if (t->unwind == UW_CLEANUP)
			REDIRECT(t->unwind_bb);
		if (t->kind == TK_SWITCH)
			for (uint32_t i = 0; i < t->nargs; i++)
				REDIRECT(f->arms[t->args + i].target);
#undef REDIRECT
	}
}

/* Drop the arms of removed states and renumber the others. */
static void renumber_switch(Fn *f, BlockId sw, const uint32_t *vnew, uint32_t nv)
{
	if (sw == NO_BLOCK)
		return;
	Term *t = &f->blocks[sw].term;
	uint32_t n = 0;
	for (uint32_t i = 0; i < t->nargs; i++) {
		SwitchArm a = f->arms[t->args + i];
		if (a.value >= STATE_FIRST_SUSPEND) {
			if (a.value >= nv || vnew[a.value] == NO_ID)
				continue;
			a.value = vnew[a.value];
		}
		f->arms[t->args + n++] = a;
	}
	t->nargs = n;
}

static void renumber_set_discr(const Coro *c, Fn *f, const uint32_t *vnew)
{
	for (BlockId b = 0; b < f->nblocks; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind == ST_SET_DISCR && s->x >= STATE_FIRST_SUSPEND && is_state_place(c, f, s->place)) {
				IR_ASSERT(vnew[s->x] != NO_ID);
				s->x = vnew[s->x];
			}
		}
}

/* The arrays merged_layout allocates. */
static void layout_free_arrays(Layout *l)
{
	free(l->upvar_offset);
	free(l->saved);
	free(l->field_start);
	free(l->nfields);
	free(l->fields);
	conflicts_free(l->conflicts, l->nsaved);
}

static void *arena_copy(Arena *ar, const void *p, size_t bytes)
{
	void *q = arena_alloc_uninit(ar, bytes ? bytes : 1);
	memcpy(q, p, bytes);
	return q;
}

/* The pass's last merged layout, moved into the body's arena. */
static void layout_to_arena(Coro *c)
{
	Layout *l = c->l, o = *l;
	const Coroutine *co = &c->m->coros[c->ci];
	uint32_t total = 0;
	for (uint32_t v = 0; v < l->nvariants; v++)
		total += l->nfields[v];
	l->upvar_offset = arena_copy(c->arena, o.upvar_offset, (co->nupvars ? co->nupvars : 1) * sizeof *o.upvar_offset);
	l->saved = arena_copy(c->arena, o.saved, (o.nsaved ? o.nsaved : 1) * sizeof *o.saved);
	l->field_start = arena_copy(c->arena, o.field_start, o.nvariants * sizeof *o.field_start);
	l->nfields = arena_copy(c->arena, o.nfields, o.nvariants * sizeof *o.nfields);
	l->fields = arena_copy(c->arena, o.fields, (total ? total : 1) * sizeof *o.fields);
	if (o.conflicts)
		l->conflicts = conflicts_copy(c->arena, o.conflicts, o.nsaved, o.nsaved);
	layout_free_arrays(&o);
	c->owned = 0;
}

/* The layout after the merge, computed but not installed: renamed saved
 * locals coalesced, merged variants gone, saved locals no variant holds
 * dropped; vnew/snew receive the old -> new numbering. */
static Layout merged_layout(const Coro *c, const Renaming *r, uint32_t *vnew, uint32_t *snew)
{
	Module *m = c->m;
	const Layout *l = c->l;
	uint32_t nv = l->nvariants, ns = l->nsaved;
	uint32_t *target = xcalloc(ns, sizeof *target);
	for (uint32_t s = 0; s < ns; s++)
		target[s] = r->smap[s] != NO_ID ? r->smap[s] : s;
	/* variants kept */
	uint32_t nv2 = 0;
	for (uint32_t v = 0; v < nv; v++) {
		int gone = v >= STATE_FIRST_SUSPEND && r->vmap[v] != NO_ID && r->vmap[v] != v;
		vnew[v] = gone ? NO_ID : nv2++;
	}
	/* saved locals still held by a kept variant (after coalescing) */
	uint8_t *held = xcalloc(ns, 1);
	for (uint32_t v = 0; v < nv; v++)
		if (vnew[v] != NO_ID)
			for (uint32_t i = 0; i < l->nfields[v]; i++)
				held[target[saved_at(l, v, i)]] = 1;
	uint32_t ns2 = 0;
	for (uint32_t s = 0; s < ns; s++)
		snew[s] = held[s] ? ns2++ : NO_ID;
	for (uint32_t s = 0; s < ns; s++)
		if (target[s] != s)
			snew[s] = snew[target[s]];

	/* the arrays are malloc'd, the pass's own: a merge that does not happen
	 * frees them, one that does frees the layout it replaces, and the pass
	 * copies the last one into the body's arena (layout_to_arena). In the
	 * arena, every merge left a layout behind, conflict matrix included:
	 * N merges of N states took N x N^2 / 8 bytes. The conflict rows too
	 * are malloc'd (layout_set_conflict with no arena). */
	Layout nl = *l;
	const Coroutine *co = &m->coros[c->ci];
	nl.upvar_offset = xcalloc(co->nupvars ? co->nupvars : 1, sizeof *nl.upvar_offset);
	nl.nsaved = ns2;
	nl.saved = xcalloc(ns2 ? ns2 : 1, sizeof *nl.saved);
	for (uint32_t s = 0; s < ns; s++)
		if (held[s])
			nl.saved[snew[s]] = l->saved[s];
	nl.nvariants = nv2;
	nl.field_start = xcalloc(nv2, sizeof *nl.field_start);
	nl.nfields = xcalloc(nv2, sizeof *nl.nfields);
	uint32_t total = 0;
	for (uint32_t v = 0; v < nv; v++)
		if (vnew[v] != NO_ID)
			total += l->nfields[v];
	nl.fields = xcalloc(total ? total : 1, sizeof *nl.fields);
	uint32_t pos = 0;
	for (uint32_t v = 0; v < nv; v++) {
		if (vnew[v] == NO_ID)
			continue;
		nl.field_start[vnew[v]] = pos;
		nl.nfields[vnew[v]] = l->nfields[v];
		for (uint32_t i = 0; i < l->nfields[v]; i++)
			nl.fields[pos++] = snew[saved_at(l, v, i)];
	}
	/* conflicts: a coalesced local conflicts with what either of its parts did */
	nl.conflicts = NULL;
	if (ns2) {
		nl.conflicts = conflicts_new(NULL, ns2);
		/* each row's members (pair by pair was nsaved^2 tests per merge) */
		for (uint32_t a = 0; a < ns && l->conflicts; a++) {
			if (snew[a] == NO_ID)
				continue;
			for (uint32_t k = 0, b; conflict_next(&l->conflicts[a], ns, &k, &b);)
				if (snew[b] != NO_ID)
					layout_set_conflict(NULL, &nl, snew[a], snew[b]);
		}
	}
	layout_compute(m, co, &nl);
	free(target);
	free(held);
	return nl;
}

/* Drop the switch arms of the states merged away (before renumbering). */
static void remove_merged_arms(Fn *f, BlockId sw, const Renaming *r, uint32_t nv)
{
	if (sw == NO_BLOCK)
		return;
	Term *t = &f->blocks[sw].term;
	uint32_t n = 0;
	for (uint32_t i = 0; i < t->nargs; i++) {
		SwitchArm a = f->arms[t->args + i];
		if (a.value >= STATE_FIRST_SUSPEND && a.value < nv && r->vmap[a.value] != NO_ID &&
		    r->vmap[a.value] != a.value)
			continue;
		f->arms[t->args + n++] = a;
	}
	t->nargs = n;
}

static void apply_merge(Coro *c, const Renaming *r, const Walk *wr, const Layout *nl, const uint32_t *vnew,
			const uint32_t *snew)
{
	uint32_t nv = c->l->nvariants;
	redirect_into_first(c->resume, wr);
	remove_merged_arms(c->resume, c->rswitch, r, nv);
	fn_remove_unreachable(c->resume);
	c->rswitch = fn_state_switch(c->resume, c->cty, NULL);
	Recode rr, rd;
	recode_init(&rr, c, c->resume);
	if (c->shim) {
		remove_merged_arms(c->shim, c->dswitch, r, nv);
		fn_remove_unreachable(c->shim);
		c->dswitch = fn_state_switch(c->shim, c->cty, NULL);
		recode_init(&rd, c, c->shim);
	}
	*c->l = *nl;
	renumber_switch(c->resume, c->rswitch, vnew, nv);
	renumber_set_discr(c, c->resume, vnew);
	recode_apply(&rr, snew);
	if (c->shim) {
		renumber_switch(c->shim, c->dswitch, vnew, nv);
		renumber_set_discr(c, c->shim, vnew);
		recode_apply(&rd, snew);
	}
}

/* The fast size check: 1 if the merge of state b into a (renaming r) leaves
 * the layout of before without b, and *size is then its size; 0 if not known.
 * That is so when every saved local of b is coalesced into one of a's (no
 * other renaming), each was in b alone, not promoted, with no conflict but
 * itself (the conflicts of the others stay, and their eligibility: rustc's
 * coroutine_saved_local_eligibility reads only those), at least two states
 * keep a saved local not promoted (else all would be promoted), and the
 * prefix with one state fewer (its tag) has the same size and align (each
 * variant's offsets follow from these). Then the size is the largest end of
 * the live states but b, rounded up to the largest align, as layout_compute
 * computes it. */
static int fast_size(Coro *c, const Renaming *r, uint32_t a, uint32_t b, uint64_t *size)
{
	Round *z = c->z;
	const Layout *l = c->l;
	if (!z->fast)
		return 0;
	(void)a;
	uint32_t nb = z->nf0[b];
	int ok = 1;
	for (uint32_t i = 0; i < nb; i++)
		z->inb[z->fields0[z->fstart0[b] + i]] = 1;
	for (uint32_t i = 0; i < nb && ok; i++) {
		uint32_t s = z->fields0[z->fstart0[b] + i];
		ok = find_rep(z, s) == s && r->smap[s] != NO_ID && r->smap[s] != s && z->vcount[s] == 1 &&
		     !l->saved[s].promoted;
		if (ok && l->conflicts) /* no member but s */
			ok = l->conflicts[s].n == 0 || (l->conflicts[s].n == 1 && layout_conflict(l, s, s));
	}
	for (uint32_t i = 0; i < z->nts && ok; i += 2) {
		uint32_t s = z->ts[i];
		ok = r->smap[s] == NO_ID || r->smap[s] == s || z->inb[s];
	}
	for (uint32_t i = 0; i < nb; i++)
		z->inb[z->fields0[z->fstart0[b] + i]] = 0;
	if (!ok)
		return 0;
	uint32_t in_use = z->in_use - (nb > 0);
	if (in_use < 2)
		return 0;
	uint64_t ps, pa;
	layout_prefix_size(c->m, &c->m->coros[c->ci], l, z->promoted, z->npromoted, z->nlive - 1, &ps, &pa);
	if (ps != z->psize || pa != z->palign)
		return 0;
	/* the largest end and align among the live states but b */
	uint64_t end = ps, al = pa;
	for (uint32_t k = z->isize; k < z->nv0; k++) {
		uint32_t v = z->by_size[k];
		if (v != b && z->cur_state[v] != NO_ID) {
			end = z->vsize[v] > end ? z->vsize[v] : end;
			break;
		}
	}
	for (uint32_t k = z->ialign; k < z->nv0; k++) {
		uint32_t v = z->by_align[k];
		if (v != b && z->cur_state[v] != NO_ID) {
			al = z->valign[v] > al ? z->valign[v] : al;
			break;
		}
	}
	*size = (end + al - 1) / al * al;
	return 1;
}

/* Removes block b from v's fn (lazily): its places no longer count. */
static void kill_block(View *v, BlockId b)
{
	IR_ASSERT(!v->dead[b]);
	v->dead[b] = 1;
	Walk w = {.v = v};
	Mentions mc = {&w, -1};
	block_places(v->f, b, count_mention, &mc);
}

/* The merge of try_merge applied to the round's view: what apply_merge does,
 * but only to the two sides and the maps; the fns and the layout are
 * rewritten once when the round ends (materialize). wr / wd: the walks in
 * the resume fn and the shim. gone: the one state merged away. */
static void lazy_apply(Coro *c, const Renaming *r, const Walk *wr, const Walk *wd, uint32_t gone, uint64_t size)
{
	Round *z = c->z;
	View *vr = &z->r, *vd = &z->d;
	/* the first merge's fn_remove_unreachable removed what was unreachable before */
	if (!z->pending)
		for (View *v = vr; v; v = v == vr && c->shim ? vd : NULL)
			for (BlockId b = 0; b < v->f->nblocks; b++)
				if (v->unreach0[b] && !v->dead[b])
					kill_block(v, b);
	/* resume fn: every edge into the second side goes to the first, the
	 * second side is unreachable then (its exits are joins) */
	for (uint32_t i = 0; i < vr->ntb; i++) {
		BlockId b = vr->tb[i];
		if (wr->bmap[b] != NO_BLOCK) {
			vr->fwd[b] = wr->bmap[b];
			kill_block(vr, b);
		}
	}
	/* shim: without the arm, what is unreachable is within the second side
	 * (its exits are joins the first side reaches): its blocks reached from
	 * a live block outside it, or from a live arm, stay, with what they reach */
	if (c->shim) {
		BlockId t = vd->arm0[gone];
		if (t != NO_BLOCK)
			vd->arm_live[t]--;
		const Fn *d = vd->f;
		uint32_t nset = 0;
		for (uint32_t i = 0; i < vd->ntb; i++)
			if (wd->bmap[vd->tb[i]] != NO_BLOCK)
				vd->inset[vd->tb[i]] = 1, nset++;
		BlockId *stack = xcalloc(nset + 1, sizeof *stack);
		uint32_t sp = 0;
		for (uint32_t i = 0; i < vd->ntb; i++) {
			BlockId b = vd->tb[i];
			if (vd->inset[b] != 1)
				continue;
			int live = b == 0;
			for (uint32_t k = vd->pred_start[b]; k < vd->pred_start[b + 1] && !live; k++) {
				BlockId p = vd->pred[k];
				if (vd->dead[p] || vd->inset[p])
					continue;
				live = p != vd->sw || vd->arm_live[b] > 0 || d->blocks[p].term.target == b;
			}
			if (live)
				vd->inset[b] = 2, stack[sp++] = b;
		}
		while (sp) {
			BlockId b = stack[--sp];
			const Term *tm = &d->blocks[b].term;
			uint32_t n = d->blocks[b].has_term ? term_nsuccessors(d, tm) : 0;
			BlockId small[8], *succ = n <= 8 ? small : xcalloc(n, sizeof *succ);
			term_successors(d, tm, succ, n);
			for (uint32_t k = 0; k < n; k++)
				if (succ[k] < d->nblocks && vd->inset[succ[k]] == 1)
					vd->inset[succ[k]] = 2, stack[sp++] = succ[k];
			if (succ != small)
				free(succ);
		}
		free(stack);
		for (uint32_t i = 0; i < vd->ntb; i++) {
			BlockId b = vd->tb[i];
			if (vd->inset[b] == 1)
				kill_block(vd, b);
			vd->inset[b] = 0;
		}
	}
	for (uint32_t i = 0; i < z->nts; i += 2) {
		uint32_t s = z->ts[i];
		if (r->smap[s] != NO_ID && r->smap[s] != s)
			z->rep[s] = r->smap[s];
	}
	z->in_use -= z->nf0[gone] > 0;
	z->nlive--;
	z->cur_state[gone] = NO_ID;
	while (z->isize < z->nv0 && z->cur_state[z->by_size[z->isize]] == NO_ID)
		z->isize++;
	while (z->ialign < z->nv0 && z->cur_state[z->by_align[z->ialign]] == NO_ID)
		z->ialign++;
	z->size = size;
	z->pending++;
}

static void renaming_reset(Round *z)
{
	Renaming *r = &z->ren;
	for (uint32_t i = 0; i < z->nts; i += 2)
		r->smap[z->ts[i]] = r->simage[z->ts[i + 1]] = NO_ID;
	for (uint32_t i = 0; i < z->ntv; i += 2)
		r->vmap[z->tv[i]] = r->vimage[z->tv[i + 1]] = NO_ID;
	z->nts = z->ntv = 0;
}

/* Try to merge state b into state a (a < b; the round's numbers): 0 no,
 * 1 done, 2 mergeable but only eagerly while merges are pending (the caller
 * materializes them and starts a round). */
static int try_merge(Coro *c, uint32_t a, uint32_t b)
{
	Round *z = c->z;
	const Layout *l = c->l;
	BlockId ta = arm_now(c, &z->r, a), tb = arm_now(c, &z->r, b);
	if (ta == NO_BLOCK || tb == NO_BLOCK || z->nf0[a] != z->nf0[b])
		return 0;
	Renaming *r = &z->ren;
	Walk w, wd;
	walk_init(&w, c, &z->r, r);
	walk_init(&wd, c, &z->d, r);
	int ok = match_state(&w, b, a) && walk(&w, tb, ta) && walk_valid(&w) && shim_arms_match(c, &wd, r) &&
		 renaming_valid(c, r);
	int res = 0;
	if (ok) {
		uint32_t ngone = 0;
		for (uint32_t i = 0; i < z->ntv; i += 2)
			ngone += r->vmap[z->tv[i]] != z->tv[i];
		uint64_t size = 0;
		int lazy = z->lazy_ok && ngone == 1 && !w.touchy && !wd.touchy;
		int known = lazy && fast_size(c, r, a, b, &size);
		if (known) {
			/* never grow (below) */
			if (size <= z->size) {
				lazy_apply(c, r, &w, &wd, b, size);
				res = 1;
			}
		} else if (z->pending) {
			res = 2;
		} else {
			/* the layout is the round start's: lay it out merged. Fewer
			 * variants can promote more saved locals to the prefix (rustc's
			 * rule when fewer than two variants keep their own): never grow */
			uint32_t *vnew = xcalloc(l->nvariants, sizeof *vnew), *snew = xcalloc(l->nsaved, sizeof *snew);
			Layout nl = merged_layout(c, r, vnew, snew), old = *l;
			if (nl.size <= l->size) {
				apply_merge(c, r, &w, &nl, vnew, snew);
				z->eager = 1;
				if (c->owned)
					layout_free_arrays(&old);
				c->owned = 1;
				res = 1;
			} else
				layout_free_arrays(&nl);
			free(vnew);
			free(snew);
		}
	}
	walk_free(&w);
	if (c->shim)
		walk_free(&wd);
	else
		free(wd.work);
	renaming_reset(z);
	return res;
}

/* ------------------------------------------------------------------ */
/* Which pairs can match: a shape hash                                  */
/* ------------------------------------------------------------------ */

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	h *= 0xbf58476d1ce4e5b9ull;
	return h ^ (h >> 31);
}

/* The successors in the order match_term pushes them (NO_BLOCK kept: push_pair
 * compares it): how many, and the k-th. */
static uint32_t walk_nsuccessors(const Term *t)
{
	switch (t->kind) {
	case TK_GOTO:
		return 1;
	case TK_SWITCH:
		return t->nargs + 1;
	case TK_CALL:
	case TK_DROP:
	case TK_ASSERT:
		return t->unwind == UW_CLEANUP ? 2 : 1;
	default:
		return 0;
	}
}

static BlockId walk_successor(const Fn *f, const Term *t, uint32_t k)
{
	if (t->kind == TK_SWITCH && k < t->nargs)
		return f->arms[t->args + k].target;
	return k == 0 ? t->target : t->unwind_bb;
}

/* a constant operand as match_operand compares it (type and bits); a place is
 * renamed, so it hashes as "place" */
static uint64_t operand_content(const Fn *f, Operand o)
{
	if (o.kind != OP_CONST)
		return o.kind;
	return mix((uint64_t)f->consts[o.v].ty << 8 | o.kind, f->consts[o.v].bits);
}

/* What match_block compares of a block by itself, never what the renamings
 * map (locals past the arguments, saved locals, suspend states): block
 * kinds and counts, statements' operators and constant operands (the
 * `state = 3` after one await and `state = 4` after another). */
static uint64_t block_content(const Fn *f, const Block *bb)
{
	uint64_t h = mix(bb->cleanup, bb->has_term);
	for (uint32_t i = 0; i < bb->nstmts; i++) {
		const Stmt *st = &bb->stmts[i];
		if (is_marker(st))
			continue;
		h = mix(h, (uint64_t)st->kind << 8 | (st->kind == ST_ASSIGN ? st->rv : 0));
		if (st->kind != ST_ASSIGN)
			continue;
		switch (st->rv) {
		case RV_USE:
		case RV_UNARY:
		case RV_CAST:
			h = mix(h, (uint64_t)st->op << 32 | (st->rv == RV_CAST ? st->x : 0));
			h = mix(h, operand_content(f, st->a));
			break;
		case RV_BINARY:
		case RV_CHECKED:
			h = mix(h, st->op);
			h = mix(h, operand_content(f, st->a));
			h = mix(h, operand_content(f, st->b));
			break;
		default:
			break;
		}
	}
	if (bb->has_term) {
		h = mix(h, (uint64_t)bb->term.kind << 8 | bb->term.unwind);
		if (bb->term.kind == TK_SWITCH)
			for (uint32_t i = 0; i < bb->term.nargs; i++)
				h = mix(h, f->arms[bb->term.args + i].value);
	}
	return h;
}

/* hash[b]: block b's content and, in order, its successors' hashes: a function
 * of the code reached from b, read as a tree. When walk(x, y) succeeds, the
 * trees from x and y are equal up to the renamings (the two sides are
 * isomorphic and go on into the same blocks), so their hashes are equal: a
 * pair of arms with different hashes cannot merge. A successor that is the
 * block itself (the `resumed after completion` asserts) hashes as "self": in a
 * walk that succeeds, x's self-edge pairs with y's (x, mapped, cannot be a
 * join). Only the blocks reached from roots[0..nroots) are hashed. Any longer
 * cycle among them (a loop in the fn): returns 0, and merge_one hashes them
 * with loop_hashes instead. */
static int shape_hashes(const Fn *f, const BlockId *roots, uint32_t nroots, uint64_t *hash)
{
	uint32_t nb = f->nblocks;
	uint8_t *state = xcalloc(nb, 1); /* 0 new, 1 on the stack, 2 hashed */
	BlockId *stack = xcalloc(nb, sizeof *stack);
	uint32_t *next = xcalloc(nb, sizeof *next);
	int acyclic = 1;
	for (uint32_t r = 0; r < nroots && acyclic; r++) {
		BlockId root = roots[r];
		if (state[root])
			continue;
		uint32_t sp = 0;
		stack[sp++] = root;
		state[root] = 1;
		while (sp && acyclic) {
			BlockId b = stack[sp - 1];
			const Block *bb = &f->blocks[b];
			uint32_t ns = bb->has_term ? walk_nsuccessors(&bb->term) : 0;
			for (; next[b] < ns; next[b]++) {
				BlockId s = walk_successor(f, &bb->term, next[b]);
				if (s != NO_BLOCK && s < nb && s != b && state[s] != 2)
					break;
			}
			if (next[b] < ns) {
				BlockId s = walk_successor(f, &bb->term, next[b]);
				if (state[s] == 1) {
					acyclic = 0;
					break;
				}
				state[s] = 1;
				stack[sp++] = s;
				continue;
			}
			uint64_t h = block_content(f, bb);
			for (uint32_t i = 0; i < ns; i++) {
				BlockId s = walk_successor(f, &bb->term, i);
				h = mix(h, s == NO_BLOCK || s >= nb ? 0x6e6f6e65ull : s == b ? 0x73656c66ull : hash[s]);
			}
			hash[b] = h;
			state[b] = 2;
			sp--;
		}
	}
	free(state);
	free(stack);
	free(next);
	return acyclic;
}

/* With a loop the tree above is infinite: LOOP_ROUNDS rounds of h'(b) =
 * content(b) and, in order, h(successors), from h = content, over the blocks
 * reached from the roots. By induction on the rounds, a pair that a
 * successful walk maps (or a join, the same block) has equal hashes after
 * every round, since the walk maps their successors pairwise: the filter stays
 * exact (never hides a pair that merges), and each round looks one block
 * further, so states whose code differs within that many blocks are apart.
 * Linear in the blocks; it replaced trying every pair of states. */
enum { LOOP_ROUNDS = 16 };

static void loop_hashes(const Fn *f, const BlockId *roots, uint32_t nroots, uint64_t *hash)
{
	uint32_t nb = f->nblocks, n = 0;
	uint8_t *seen = xcalloc(nb, 1);
	BlockId *order = xcalloc(nb, sizeof *order);
	uint64_t *content = xcalloc(nb, sizeof *content), *prev = xcalloc(nb, sizeof *prev);
	for (uint32_t r = 0; r < nroots; r++)
		if (!seen[roots[r]]) {
			seen[roots[r]] = 1;
			order[n++] = roots[r];
		}
	for (uint32_t i = 0; i < n; i++) { /* breadth first: order[] is the reached blocks */
		const Block *bb = &f->blocks[order[i]];
		uint32_t ns = bb->has_term ? walk_nsuccessors(&bb->term) : 0;
		for (uint32_t k = 0; k < ns; k++) {
			BlockId s = walk_successor(f, &bb->term, k);
			if (s != NO_BLOCK && s < nb && !seen[s]) {
				seen[s] = 1;
				order[n++] = s;
			}
		}
	}
	for (uint32_t i = 0; i < n; i++)
		hash[order[i]] = content[order[i]] = block_content(f, &f->blocks[order[i]]);
	for (uint32_t round = 0; round < LOOP_ROUNDS; round++) {
		for (uint32_t i = 0; i < n; i++)
			prev[order[i]] = hash[order[i]];
		for (uint32_t i = 0; i < n; i++) {
			BlockId b = order[i];
			const Block *bb = &f->blocks[b];
			uint32_t ns = bb->has_term ? walk_nsuccessors(&bb->term) : 0;
			uint64_t h = content[b];
			for (uint32_t k = 0; k < ns; k++) {
				BlockId s = walk_successor(f, &bb->term, k);
				h = mix(h, s == NO_BLOCK || s >= nb ? 0x6e6f6e65ull : prev[s]);
			}
			hash[b] = h;
		}
	}
	free(seen);
	free(order);
	free(content);
	free(prev);
}

typedef struct Keyed {
	uint64_t key;
	uint32_t state;
} Keyed;

static int keyed_cmp(const void *pa, const void *pb)
{
	const Keyed *a = pa, *b = pb;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->state < b->state ? -1 : a->state > b->state;
}

/* ------------------------------------------------------------------ */
/* Rounds: the view of the fns and the merges applied at the end        */
/* ------------------------------------------------------------------ */

static void view_begin(const Coro *c, View *v, Fn *f, BlockId sw, int resume)
{
	const Round *z = c->z;
	memset(v, 0, sizeof *v);
	v->f = f;
	v->sw = sw;
	uint32_t nb = f->nblocks ? f->nblocks : 1, nl = f->nlocals ? f->nlocals : 1;
	v->arm0 = xcalloc(z->nv0 ? z->nv0 : 1, sizeof *v->arm0);
	memset(v->arm0, 0xff, (z->nv0 ? z->nv0 : 1) * sizeof *v->arm0);
	if (sw != NO_BLOCK) {
		const Term *t = &f->blocks[sw].term;
		for (uint32_t i = t->nargs; i-- > 0;) {
			const SwitchArm *arm = &f->arms[t->args + i];
			if (arm->value < z->nv0)
				v->arm0[arm->value] = arm->target;
		}
	}
	if (resume) {
		v->fwd = xcalloc(nb, sizeof *v->fwd);
		memset(v->fwd, 0xff, nb * sizeof *v->fwd);
	}
	v->dead = xcalloc(nb, 1);
	v->inset = xcalloc(nb, 1);
	v->unreach0 = fn_reachable(f);
	for (BlockId b = 0; b < f->nblocks; b++)
		v->unreach0[b] = !v->unreach0[b];
	v->mention = xcalloc(nl, sizeof *v->mention);
	v->cnt_a = xcalloc(nl, sizeof *v->cnt_a);
	v->cnt_b = xcalloc(nl, sizeof *v->cnt_b);
	Walk w = {.v = v};
	Mentions mc = {&w, -2};
	visit_fn(f, count_mention, &mc);
	Recode rc;
	recode_init(&rc, c, f);
	free(rc.done);
	v->pslot = rc.slot;
	v->ps0 = rc.saved;
	if (!resume) {
		v->pred_start = xcalloc(nb + 1, sizeof *v->pred_start);
		v->arm_live = xcalloc(nb, sizeof *v->arm_live);
		uint32_t total = 0;
		for (BlockId b = 0; b < f->nblocks; b++)
			if (f->blocks[b].has_term)
				total += term_nsuccessors(f, &f->blocks[b].term);
		v->pred = xcalloc(total + 1, sizeof *v->pred);
		BlockId *succ = xcalloc(total + 1, sizeof *succ);
		for (int pass = 0; pass < 2; pass++)
			for (BlockId b = 0; b < f->nblocks; b++) {
				if (!f->blocks[b].has_term)
					continue;
				uint32_t n = term_successors(f, &f->blocks[b].term, succ, total);
				for (uint32_t k = 0; k < n; k++) {
					if (succ[k] >= f->nblocks)
						continue;
					if (pass == 0)
						v->pred_start[succ[k] + 1]++;
					else
						v->pred[v->arm_live[succ[k]]++] = b; /* arm_live: a cursor here */
				}
				if (pass == 0 && b + 1 == f->nblocks)
					for (BlockId x = 0; x < f->nblocks; x++) {
						v->pred_start[x + 1] += v->pred_start[x];
						v->arm_live[x] = v->pred_start[x];
					}
			}
		free(succ);
		memset(v->arm_live, 0, nb * sizeof *v->arm_live);
		if (sw != NO_BLOCK) {
			const Term *t = &f->blocks[sw].term;
			for (uint32_t i = 0; i < t->nargs; i++)
				if (f->arms[t->args + i].target < f->nblocks)
					v->arm_live[f->arms[t->args + i].target]++;
		}
	}
	v->bmap = xcalloc(nb, sizeof *v->bmap);
	v->bimage = xcalloc(nb, sizeof *v->bimage);
	v->stop = xcalloc(nb, 1);
	v->lmap = xcalloc(nl, sizeof *v->lmap);
	v->limage = xcalloc(nl, sizeof *v->limage);
	memset(v->bmap, 0xff, nb * sizeof *v->bmap);
	memset(v->bimage, 0xff, nb * sizeof *v->bimage);
	memset(v->lmap, 0xff, nl * sizeof *v->lmap);
	memset(v->limage, 0xff, nl * sizeof *v->limage);
}

static void view_free(View *v)
{
	free(v->arm0);
	free(v->fwd);
	free(v->dead);
	free(v->inset);
	free(v->unreach0);
	free(v->mention);
	free(v->cnt_a);
	free(v->cnt_b);
	free(v->pslot);
	free(v->ps0);
	free(v->pred_start);
	free(v->pred);
	free(v->arm_live);
	free(v->bmap);
	free(v->bimage);
	free(v->stop);
	free(v->lmap);
	free(v->limage);
	free(v->tb);
	free(v->tl);
}

/* One arm per state value, every value a state: what the views assume. */
static int arms_plain(const Fn *f, BlockId sw, uint32_t nv, uint8_t *seen)
{
	if (sw == NO_BLOCK)
		return 1;
	const Term *t = &f->blocks[sw].term;
	int ok = 1;
	for (uint32_t i = 0; i < t->nargs && ok; i++) {
		uint64_t x = f->arms[t->args + i].value;
		if (x >= nv || seen[x])
			ok = 0;
		else
			seen[x] = 1;
	}
	for (uint32_t i = 0; i < t->nargs; i++)
		if (f->arms[t->args + i].value < nv)
			seen[f->arms[t->args + i].value] = 0;
	return ok;
}

static int cmp_desc64(const uint64_t *key, uint32_t a, uint32_t b)
{
	return key[a] != key[b] ? (key[a] > key[b] ? -1 : 1) : (a > b) - (a < b);
}

static _Thread_local const uint64_t *sort_key64; /* per thread: fns are transformed in parallel */
static int cmp_by_key(const void *pa, const void *pb)
{
	return cmp_desc64(sort_key64, *(const uint32_t *)pa, *(const uint32_t *)pb);
}

/* What fast_size needs of the layout at the round's start: its prefix and
 * each state's end and align (as layout_compute computes them; checked
 * against its size), the states by end and by align, and how many variants
 * hold each saved local. Not for relocate-upvars' layouts. */
static void fast_begin(Coro *c, Round *z)
{
	const Layout *l = c->l;
	const Coroutine *co = &c->m->coros[c->ci];
	uint32_t nv1 = z->nv0 ? z->nv0 : 1;
	z->vsize = xcalloc(nv1, sizeof *z->vsize);
	z->valign = xcalloc(nv1, sizeof *z->valign);
	z->by_size = xcalloc(nv1, sizeof *z->by_size);
	z->by_align = xcalloc(nv1, sizeof *z->by_align);
	z->vcount = xcalloc(z->ns0 ? z->ns0 : 1, 1);
	z->nlive = z->nv0;
	z->size = l->size;
	if (l->relocated || l->pack || l->reconstructed || z->nv0 < 1)
		return;
	for (uint32_t s = 0; s < z->ns0; s++)
		if (l->saved[s].promoted)
			z->npromoted++;
	if (co->nupvars + 1 + z->npromoted > 64) /* each check lays the prefix out */
		return;
	z->promoted = xcalloc(z->npromoted + 1, sizeof *z->promoted);
	z->npromoted = 0;
	for (uint32_t s = 0; s < z->ns0; s++)
		if (l->saved[s].promoted)
			z->promoted[z->npromoted++] = s;
	layout_prefix_size(c->m, co, l, z->promoted, z->npromoted, z->nv0, &z->psize, &z->palign);
	uint64_t end = z->psize, al = z->palign;
	for (uint32_t v = 0; v < z->nv0; v++) {
		layout_variant_size(c->m, l, v, z->psize, z->palign, &z->vsize[v], &z->valign[v]);
		end = z->vsize[v] > end ? z->vsize[v] : end;
		al = z->valign[v] > al ? z->valign[v] : al;
		z->by_size[v] = z->by_align[v] = v;
		int in_use = 0;
		for (uint32_t i = 0; i < l->nfields[v]; i++) {
			uint32_t s = saved_at(l, v, i);
			in_use |= !l->saved[s].promoted;
			if (z->vcount[s] < 2)
				z->vcount[s]++;
		}
		z->in_use += in_use;
	}
	if ((end + al - 1) / al * al != l->size)
		return;
	sort_key64 = z->vsize;
	qsort(z->by_size, z->nv0, sizeof *z->by_size, cmp_by_key);
	sort_key64 = z->valign;
	qsort(z->by_align, z->nv0, sizeof *z->by_align, cmp_by_key);
	z->fast = 1;
}

static void round_begin(Coro *c, Round *z)
{
	const Layout *l = c->l;
	memset(z, 0, sizeof *z);
	c->z = z;
	z->nv0 = l->nvariants;
	z->ns0 = l->nsaved;
	uint32_t total = 0;
	for (uint32_t v = 0; v < l->nvariants; v++)
		total += l->nfields[v];
	z->fstart0 = xcalloc(z->nv0 ? z->nv0 : 1, sizeof *z->fstart0);
	z->nf0 = xcalloc(z->nv0 ? z->nv0 : 1, sizeof *z->nf0);
	z->fields0 = xcalloc(total ? total : 1, sizeof *z->fields0);
	memcpy(z->fstart0, l->field_start, z->nv0 * sizeof *z->fstart0);
	memcpy(z->nf0, l->nfields, z->nv0 * sizeof *z->nf0);
	for (uint32_t v = 0; v < l->nvariants; v++)
		memcpy(&z->fields0[l->field_start[v]], &l->fields[l->field_start[v]], l->nfields[v] * sizeof *z->fields0);
	uint32_t nv1 = z->nv0 ? z->nv0 : 1, ns1 = z->ns0 ? z->ns0 : 1;
	z->cur_state = xcalloc(nv1, sizeof *z->cur_state);
	z->rep = xcalloc(ns1, sizeof *z->rep);
	for (uint32_t v = 0; v < z->nv0; v++)
		z->cur_state[v] = v;
	for (uint32_t s = 0; s < z->ns0; s++)
		z->rep[s] = s;
	z->ren.smap = xcalloc(ns1, sizeof *z->ren.smap);
	z->ren.simage = xcalloc(ns1, sizeof *z->ren.simage);
	z->ren.vmap = xcalloc(nv1, sizeof *z->ren.vmap);
	z->ren.vimage = xcalloc(nv1, sizeof *z->ren.vimage);
	memset(z->ren.smap, 0xff, ns1 * sizeof *z->ren.smap);
	memset(z->ren.simage, 0xff, ns1 * sizeof *z->ren.simage);
	memset(z->ren.vmap, 0xff, nv1 * sizeof *z->ren.vmap);
	memset(z->ren.vimage, 0xff, nv1 * sizeof *z->ren.vimage);
	z->inb = xcalloc(ns1, 1);
	fast_begin(c, z);
	uint8_t *seen = xcalloc(z->nv0 ? z->nv0 : 1, 1);
	z->lazy_ok = arms_plain(c->resume, c->rswitch, z->nv0, seen) &&
		     (!c->shim || arms_plain(c->shim, c->dswitch, z->nv0, seen));
	free(seen);
	view_begin(c, &z->r, c->resume, c->rswitch, 1);
	if (c->shim)
		view_begin(c, &z->d, c->shim, c->dswitch, 0);
}

/* Switch arms of the states merged away dropped, the others renumbered. */
static void arms_now(const Coro *c, Fn *f, BlockId sw)
{
	const Round *z = c->z;
	if (sw == NO_BLOCK)
		return;
	Term *t = &f->blocks[sw].term;
	uint32_t n = 0;
	for (uint32_t i = 0; i < t->nargs; i++) {
		SwitchArm a = f->arms[t->args + i];
		if (a.value >= STATE_FIRST_SUSPEND) {
			IR_ASSERT(a.value < z->nv0);
			if (z->cur_state[a.value] == NO_ID)
				continue;
			a.value = z->cur_state[a.value];
		}
		f->arms[t->args + n++] = a;
	}
	t->nargs = n;
}

static void mark_place(void *ctx, BlockId b, PlaceId *slot)
{
	(void)b;
	((uint8_t *)ctx)[*slot] = 1;
}

/* SetDiscriminant renumbered and places recoded through each saved local's
 * last variant (recode_apply), on a fn whose unreachable blocks are gone. */
static void fn_now(const Coro *c, Fn *f, const View *v)
{
	const Round *z = c->z;
	for (BlockId b = 0; b < f->nblocks; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind == ST_SET_DISCR && s->x >= STATE_FIRST_SUSPEND && is_state_place(c, f, s->place))
				s->x = state_now(c, s->x);
		}
	const Layout *l = c->l;
	uint32_t *last_v = xcalloc(l->nsaved ? l->nsaved : 1, sizeof *last_v);
	uint32_t *last_f = xcalloc(l->nsaved ? l->nsaved : 1, sizeof *last_f);
	memset(last_v, 0xff, l->nsaved * sizeof *last_v);
	for (uint32_t vv = 0; vv < l->nvariants; vv++)
		for (uint32_t i = 0; i < l->nfields[vv]; i++) {
			uint32_t s = saved_at(l, vv, i);
			last_v[s] = vv;
			last_f[s] = i;
		}
	uint8_t *used = xcalloc(f->nplaces ? f->nplaces : 1, 1);
	visit_fn(f, mark_place, used);
	for (PlaceId p = 0; p < f->nplaces; p++) {
		if (!used[p] || v->pslot[p] == NO_ID)
			continue;
		uint32_t s = z->cur_saved[v->ps0[p]];
		IR_ASSERT(s != NO_ID && s < l->nsaved);
		IR_ASSERT(last_v[s] != NO_ID);
		Place *pl = &f->places[p];
		f->projs[pl->proj + v->pslot[p]].index = last_v[s];
		f->projs[pl->proj + v->pslot[p] + 1].index = last_f[s];
	}
	free(used);
	free(last_v);
	free(last_f);
}

/* The round's pending merges written into the fns: what apply_merge did
 * after each, once. Block removal keeps the order of the blocks left, so
 * removing once is removing after each merge. */
static void materialize(Coro *c)
{
	Round *z = c->z;
	/* the layout: the round start's with the dead states gone and the
	 * coalesced saved locals joined, laid out once (merged_layout of a
	 * renaming that says so); its numbering replaces the round's */
	Renaming *r = &z->ren;
	for (uint32_t s = 0; s < z->ns0; s++) {
		uint32_t t = find_rep(z, s);
		r->smap[s] = t != s ? t : NO_ID;
	}
	for (uint32_t v = 0; v < z->nv0; v++)
		r->vmap[v] = z->cur_state[v] == NO_ID ? STATE_FIRST_SUSPEND - 1 : NO_ID;
	uint32_t *vnew = xcalloc(z->nv0 ? z->nv0 : 1, sizeof *vnew);
	z->cur_saved = xcalloc(z->ns0 ? z->ns0 : 1, sizeof *z->cur_saved);
	Layout nl = merged_layout(c, r, vnew, z->cur_saved), old = *c->l;
	IR_ASSERT(nl.size == z->size);
	*c->l = nl;
	if (c->owned)
		layout_free_arrays(&old);
	c->owned = 1;
	memset(r->smap, 0xff, z->ns0 * sizeof *r->smap);
	memset(r->vmap, 0xff, z->nv0 * sizeof *r->vmap);
	memcpy(z->cur_state, vnew, z->nv0 * sizeof *vnew);
	free(vnew);
	Fn *f = c->resume;
	const View *vr = &z->r;
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (vr->dead[b] || !f->blocks[b].has_term)
			continue;
		Term *t = &f->blocks[b].term;
		if (t->target != NO_BLOCK)
			t->target = resolve(vr, t->target);
		if (t->drop != NO_BLOCK)
			t->drop = resolve(vr, t->drop);
		if (t->unwind == UW_CLEANUP && t->unwind_bb != NO_BLOCK)
			t->unwind_bb = resolve(vr, t->unwind_bb);
		if (t->kind == TK_SWITCH)
			for (uint32_t i = 0; i < t->nargs; i++)
				if (f->arms[t->args + i].target != NO_BLOCK)
					f->arms[t->args + i].target = resolve(vr, f->arms[t->args + i].target);
	}
	arms_now(c, f, c->rswitch);
	fn_remove_unreachable(f);
	c->rswitch = fn_state_switch(f, c->cty, NULL);
	fn_now(c, f, vr);
	if (c->shim) {
		arms_now(c, c->shim, c->dswitch);
		fn_remove_unreachable(c->shim);
		c->dswitch = fn_state_switch(c->shim, c->cty, NULL);
		fn_now(c, c->shim, &z->d);
	}
	z->pending = 0;
}

static void round_end(Coro *c)
{
	Round *z = c->z;
	if (z->pending)
		materialize(c);
	view_free(&z->r);
	if (c->shim)
		view_free(&z->d);
	free(z->fstart0);
	free(z->nf0);
	free(z->fields0);
	free(z->cur_state);
	free(z->rep);
	free(z->cur_saved);
	free(z->ren.smap);
	free(z->ren.simage);
	free(z->ren.vmap);
	free(z->ren.vimage);
	free(z->ts);
	free(z->tv);
	free(z->inb);
	free(z->vsize);
	free(z->valign);
	free(z->by_size);
	free(z->by_align);
	free(z->vcount);
	free(z->promoted);
	c->z = NULL;
}

/* One round: the merges the all-pairs loop "first pair (a, b), a < b, in the
 * order a, then b, that merges; again from the start after each" makes, as
 * many as can be made without starting again. The pairs tried are those
 * whose arms' shape hashes (and field counts, which try_merge compares
 * first) agree: the same pairs as that loop that can merge. While every pair
 * tried merged (`clean`), starting again would try the same pairs in the same
 * order up to the next one: the states before a have no partner (their
 * keys do not change: a merge sends edges into equal code, whose hashes are
 * equal), a's earlier partners are gone; so the round goes on, and a merge
 * costs its two sides (lazy_apply), not the fn. After a pair that does not
 * merge, the next merge ends the round, as the loop would start again.
 * Returns 1 if the fns changed (another round is due). */
static int merge_round(Coro *c)
{
	uint32_t nv = c->l->nvariants;
	/* arm_target of every state at once: the first arm with its value */
	BlockId *target = xcalloc(nv, sizeof *target);
	memset(target, 0xff, nv * sizeof *target);
	const Term *sw = &c->resume->blocks[c->rswitch].term;
	for (uint32_t i = sw->nargs; i-- > 0;) {
		const SwitchArm *arm = &c->resume->arms[sw->args + i];
		if (arm->value < nv)
			target[arm->value] = arm->target;
	}
	Keyed *ks = xcalloc(nv, sizeof *ks);
	uint32_t n = 0;
	for (uint32_t v = STATE_FIRST_SUSPEND; v < nv; v++)
		if (target[v] != NO_BLOCK)
			ks[n++] = (Keyed){c->l->nfields[v], v};
	/* most bodies have no two states with as many fields: nothing to hash */
	qsort(ks, n, sizeof *ks, keyed_cmp);
	int pairs = 0;
	for (uint32_t i = 1; i < n && !pairs; i++)
		pairs = ks[i].key == ks[i - 1].key;
	if (!pairs) {
		free(ks);
		free(target);
		return 0;
	}
	BlockId *roots = xcalloc(n, sizeof *roots);
	for (uint32_t i = 0; i < n; i++)
		roots[i] = target[ks[i].state];
	uint64_t *hash = xcalloc(c->resume->nblocks, sizeof *hash);
	if (!shape_hashes(c->resume, roots, n, hash))
		loop_hashes(c->resume, roots, n, hash);
	free(roots);
	for (uint32_t i = 0; i < n; i++)
		ks[i].key = mix(hash[target[ks[i].state]], c->l->nfields[ks[i].state]);
	free(hash);
	qsort(ks, n, sizeof *ks, keyed_cmp);
	/* pos[v]: v's place in ks; a state's partners follow it in its run of equal keys */
	uint32_t *pos = xcalloc(nv, sizeof *pos);
	for (uint32_t i = 0; i < n; i++)
		pos[ks[i].state] = i;
	Round z;
	round_begin(c, &z);
	int changed = 0, clean = 1, stop = 0;
	for (uint32_t a = STATE_FIRST_SUSPEND; a < nv && !stop; a++) {
		if (target[a] == NO_BLOCK || z.cur_state[a] == NO_ID)
			continue;
		for (uint32_t i = pos[a] + 1; i < n && ks[i].key == ks[pos[a]].key && !stop; i++) {
			uint32_t b = ks[i].state;
			if (z.cur_state[b] == NO_ID)
				continue;
			int res = try_merge(c, a, b);
			if (res == 0) {
				clean = 0;
				continue;
			}
			changed = 1;
			stop = res == 2 || z.eager || !clean;
		}
	}
	round_end(c);
	free(ks);
	free(pos);
	free(target);
	return changed;
}

/* Merges within one body until no pair of states merges. The layout it
 * changes is the body's copy (its new arrays from b->arena); the layouts of
 * the futures it holds, which a merged layout reads for their sizes, stay
 * the ones from before the pass (PASS_EACH_BODY), and the pipeline lays out
 * again the holders of a future whose size changed. */
int merge_states(const PassCx *cx, Body *b)
{
	Module *m = cx->m;
	Coro c = {.m = m, .ci = b->coro, .l = b->layout, .arena = b->arena, .cty = type_coro(m, b->coro)};
	c.resume = b->resume;
	c.shim = b->drop;
	c.rswitch = fn_state_switch(c.resume, c.cty, NULL);
	c.dswitch = c.shim ? fn_state_switch(c.shim, c.cty, NULL) : NO_BLOCK;
	if (c.rswitch == NO_BLOCK)
		return 0;
	int merged = 0;
	while (merge_round(&c))
		merged = 1;
	if (c.owned)
		layout_to_arena(&c);
	return merged;
}
