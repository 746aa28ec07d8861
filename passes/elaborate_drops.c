/* elaborate_drops.c — rustc's ElaborateDrops
 * (compiler/rustc_mir_transform/src/elaborate_drops.rs and elaborate_drop.rs,
 * with the move paths and dataflow of compiler/rustc_mir_dataflow:
 * move_paths/builder.rs, MaybeInitializedPlaces, MaybeUninitializedPlaces,
 * drop_flag_effects_for_location), run on each body before StateTransform
 * (passes/before_transform.c).
 *
 * Move paths: a local, and below it one path per field (or downcast) projection
 * that a move, an init or a Drop names (`_1.0`, the upvar a coroutine body moves
 * out of). Moving out of a path, its StorageDead or its Drop makes the path and
 * every path below it uninitialised; an assignment initialises them all. A Drop is
 * classified by the maybe-initialised and maybe-uninitialised bits of its path and
 * of the paths below it at the Drop (rustc's drop_style, DropFlagMode::Deep): none
 * initialised, the drop becomes a goto (Dead); all initialised, it stays (Static);
 * one path, maybe initialised, it goes through a drop flag (Conditional: `_f:
 * bool`, set where the path is initialised, cleared where it is moved out or its
 * storage dies, switched on before the drop); several paths, some moved out (Open):
 * the value is dropped field by field (DropCtxt's drop ladder), each field by its
 * own style, with an unwind half-ladder (and a coroutine-drop half-ladder when the
 * Drop has a `drop:` edge) built first, as rustc's drop_ladder does. A Drop that
 * stays gets an unwind edge to the resume block when it had none
 * (MirPatch::resume_block). The blocks left unreachable are removed at the end
 * (remove_dead_blocks), which the numbering of rustc's dumps needs.
 *
 * Switch edges over `discriminant(P)` make P's other variants uninitialised
 * (mark_inactive_variants_as_uninit), and the unwind edge of a Drop of a value
 * with nothing initialised is not taken (compute_dead_unwinds). The state
 * transform's `drop(_1)` ladders go through the same DropCtxt with
 * DropShimElaborator's answers (elaborate_coroutine_drops, at the end).
 *
 * Divergences: open drops are built for coroutines (the upvars of `_1` in a
 * coroutine body), tuples and Poll<T> (open_drop_for_multivariant) only, the
 * aggregates with drop glue the subset has; anything else aborts as an internal
 * error. Box, arrays, unions and types with a destructor of their own are not
 * modelled.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"

static void setb(uint64_t *w, uint32_t i, int v)
{
	if (v)
		w[i / 64] |= 1ull << (i % 64);
	else
		w[i / 64] &= ~(1ull << (i % 64));
}

/* rustc: MovePath. Paths 0..nlocals-1 are the locals; the others are projections,
 * numbered as they are created. A new child goes first in its parent's list, as
 * rustc's MoveDataBuilder::new_move_path links it. */
typedef struct MovePath {
	uint32_t parent, first_child, next_sibling;
	PlaceId place; /* the place of a projection path (NO_ID for a local) */
	uint32_t bit;  /* NO_ID: a path of a local no Drop names */
} MovePath;

typedef struct MoveData {
	const Fn *f;
	MovePath *p;
	uint32_t n, cap;
	uint32_t nbits;
} MoveData;

static int proj_same(const Proj *a, const Proj *b) { return a->kind == b->kind && a->index == b->index; }

/* The path of place p: with create, made as rustc's move_path_for makes it; else
 * NO_ID unless it exists (rustc's rev_lookup.find, LookupResult::Exact). A place
 * behind a Deref has none. Only the locals some Drop names (tracked) get paths. */
static uint32_t path_of(MoveData *md, PlaceId p, int create)
{
	const Fn *f = md->f;
	if (p >= NO_ID - 1 - f->nlocals) /* a whole local, named without a place (local_ref) */
		return md->p[NO_ID - 1 - p].bit == NO_ID ? NO_ID : NO_ID - 1 - p;
	const Place *pl = &f->places[p];
	uint32_t cur = pl->local;
	if (md->p[cur].bit == NO_ID)
		return NO_ID;
	for (uint32_t i = 0; i < pl->nproj; i++) {
		const Proj *q = &f->projs[pl->proj + i];
		if (q->kind == PROJ_DEREF)
			return NO_ID;
		uint32_t c = md->p[cur].first_child;
		for (; c != NO_ID; c = md->p[c].next_sibling) {
			const Place *cp = &f->places[md->p[c].place];
			if (proj_same(&f->projs[cp->proj + i], q))
				break;
		}
		if (c == NO_ID) {
			if (!create)
				return NO_ID;
			/* rustc 1.95's ElaborateDrops gathers moves with the filter `needs_drop`:
			 * no path (and no move) below a field without drop glue (a moved-out
			 * `S { a: u32 }` field of a struct holding a Guard leaves it whole) */
			if (q->kind == PROJ_FIELD && q->ty != NO_ID && !type_needs_drop(f->mod, q->ty))
				return NO_ID;
			/* the child's place: p's prefix of i+1 projections */
			PlaceId cpl = NO_ID;
			if (i + 1 == pl->nproj)
				cpl = p;
			else {
				/* a prefix without a PlaceId of its own: make one */
				Fn *mf = (Fn *)f;
				cpl = place_local(mf, pl->local);
				for (uint32_t k = 0; k <= i; k++) {
					Proj pk = mf->projs[mf->places[p].proj + k];
					cpl = place_project(mf, cpl, pk.kind, pk.index, pk.ty);
				}
				pl = &f->places[p];
			}
			MovePath *np = VEC_PUSH(f->arena, md->p, md->n, md->cap);
			c = md->n - 1;
			np->parent = cur;
			np->first_child = NO_ID;
			np->next_sibling = md->p[cur].first_child;
			np->place = cpl;
			np->bit = md->nbits++;
			md->p[cur].first_child = c;
		}
		cur = c;
	}
	return cur;
}

/* A whole local as a PlaceId-sized reference that is no PlaceId (StorageDead
 * names a local, and making a place for it would grow Fn.places per visit). */
static PlaceId local_ref(LocalId l) { return NO_ID - 1 - l; }

/* rustc: on_all_children_bits — the path, then its children, depth first */
typedef void PathFn(void *ctx, uint32_t path);
static void all_children(const MoveData *md, uint32_t path, PathFn *cb, void *ctx)
{
	cb(ctx, path);
	for (uint32_t c = md->p[path].first_child; c != NO_ID; c = md->p[c].next_sibling)
		all_children(md, c, cb, ctx);
}

/* rustc: field_subpath / downcast_subpath — the child of path for one projection */
static uint32_t child_of(const MoveData *md, uint32_t path, ProjKind k, uint32_t index)
{
	const Fn *f = md->f;
	for (uint32_t c = md->p[path].first_child; c != NO_ID; c = md->p[c].next_sibling) {
		const Place *cp = &f->places[md->p[c].place];
		const Proj *q = &f->projs[cp->proj + cp->nproj - 1];
		if (q->kind == k && q->index == index)
			return c;
	}
	return NO_ID;
}

/* The place a switch's operand is the discriminant of, when the switch reads
 * `move _d` and the block's last statement is `_d = discriminant(P)` (rustc:
 * the SwitchInt edge effects find it so); else NO_ID. */
static PlaceId switch_discr_place(const Fn *f, const Block *b)
{
	const Term *t = &b->term;
	if (t->kind != TK_SWITCH || t->a.kind == OP_CONST || !b->nstmts)
		return NO_ID;
	const Stmt *s = &b->stmts[b->nstmts - 1];
	if (s->kind != ST_ASSIGN || s->rv != RV_DISCR || !place_is_local(f, s->place) || !place_is_local(f, t->a.v) ||
	    f->places[s->place].local != f->places[t->a.v].local)
		return NO_ID;
	return s->a.v;
}

/* Calls cb(place, present) for the move-outs then the inits of statement i of
 * block bb (i == nstmts: the terminator), as rustc's drop_flag_effects_for_location
 * (StorageDead and Drop count as move-outs; call destinations are initialized on the
 * return edge only, by the caller). */
typedef void FlagEffect(void *ctx, PlaceId p, int present);

static void op_effect(const Fn *f, Operand o, FlagEffect *cb, void *ctx)
{
	(void)f;
	if (o.kind == OP_MOVE)
		cb(ctx, o.v, 0);
}

static void loc_effects(Fn *f, BlockId bb, uint32_t i, FlagEffect *cb, void *ctx)
{
	const Block *b = &f->blocks[bb];
	if (i < b->nstmts) {
		Stmt s = b->stmts[i];
		if (s.kind == ST_STORAGE_DEAD) {
			cb(ctx, local_ref(s.x), 0);
			return;
		}
		if (s.kind != ST_ASSIGN)
			return;
		switch (s.rv) {
		case RV_USE:
		case RV_CAST:
		case RV_UNARY:
			op_effect(f, s.a, cb, ctx);
			break;
		case RV_BINARY:
		case RV_CHECKED:
			op_effect(f, s.a, cb, ctx);
			op_effect(f, s.b, cb, ctx);
			break;
		case RV_AGGREGATE:
			for (uint32_t k = 0; k < s.b.v; k++)
				op_effect(f, f->args[s.a.v + k], cb, ctx);
			break;
		default:
			break;
		}
		cb(ctx, s.place, 1);
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
		cb(ctx, t->place, 0);
		break;
	default:
		break;
	}
}

/* A pair of bitsets over the paths (mi, mu), as wide as the paths (nw words)
 * but valid only at the words listed in `dirty`: every other word of mi is 0
 * and of mu is mu0 (all ones for a reached state, rustc's "maybe uninitialised"
 * for a path no effect has touched; 0 for a gen/kill sum or the bottom state of
 * an unreached block). Loading a state, copying it and clearing it cost the
 * words it has, not nw: a dense clear and copy per block made the dataflow
 * blocks x paths in time (N awaits of async fns: about 24 N blocks, N paths;
 * issue 23). Used for a block's gen/kill sum and the state at a Drop; the
 * fixpoint's states are trees (TState, below). */
typedef struct Dense {
	uint64_t *mi, *mu;
	uint32_t *dirty, nd;
	uint8_t *mark;
	uint64_t mu0;
} Dense;

static void dense_init(Dense *d, uint32_t nw, uint64_t mu0)
{
	d->mi = scratch_alloc_uninit((size_t)nw * 8 + 8);
	d->mu = scratch_alloc_uninit((size_t)nw * 8 + 8);
	d->dirty = scratch_alloc_uninit((size_t)nw * 4 + 4);
	d->mark = scratch_alloc((size_t)nw + 1);
	d->nd = 0;
	d->mu0 = mu0;
}

static void touch(Dense *d, uint32_t w)
{
	if (d->mark[w])
		return;
	d->mark[w] = 1;
	d->dirty[d->nd++] = w;
	d->mi[w] = 0;
	d->mu[w] = d->mu0;
}

static void dense_clear(Dense *d)
{
	for (uint32_t i = 0; i < d->nd; i++)
		d->mark[d->dirty[i]] = 0;
	d->nd = 0;
}

static uint64_t dense_mi(const Dense *d, uint32_t w) { return d->mark[w] ? d->mi[w] : 0; }
static uint64_t dense_mu(const Dense *d, uint32_t w) { return d->mark[w] ? d->mu[w] : d->mu0; }

static int cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	return a < b ? -1 : a > b;
}

/* the dirty list in increasing word order (a block's gen/kill sum). A sum that
 * holds a good share of the words is listed again from the marks, nw byte
 * reads, not sorted (qsort's n log n of the entry states, word lists before
 * drops37, was 70% of ElaborateDrops at 4,000 live guards: drops36) */
static void dense_sort(Dense *d, uint32_t nw)
{
	if (d->nd <= 1)
		return;
	if (nw / 16 <= d->nd) {
		uint32_t k = 0;
		for (uint32_t w = 0; w < nw; w++)
			if (d->mark[w])
				d->dirty[k++] = w;
		return;
	}
	qsort(d->dirty, d->nd, sizeof *d->dirty, cmp_u32);
}

/* A reached dataflow state as two trees (bit_tree.c): maybe-initialised,
 * maybe-uninitialised. As word lists (the Dense and per-block lists before
 * drops37), N live guards cost N^2 / 64 words: the entry state of the k-th
 * join block of the unwind drop chain holds the k guards before it, and the
 * working state copied onto each guard's unwind edge as many. As trees, a
 * copy is two roots and those sets are a few nodes each. */
typedef struct TState {
	BitTree mi, mu;
} TState;

/* Maybe-initialized / maybe-uninitialized bits, set by effects as they come
 * (flow_cb), in a Dense d or else the tree state ts of forest fo. The same
 * pair sums up a run of effects (the last effect on a path wins): mi = ends
 * initialized, mu = ends uninitialized. */
typedef struct FlowState {
	Dense *d;
	MoveData *md;
	int present;
	BitForest *fo;
	TState *ts;
} FlowState;

static void flow_path(void *ctx, uint32_t path)
{
	FlowState *st = ctx;
	uint32_t k = st->md->p[path].bit;
	if (st->ts) {
		uint64_t b = 1ull << (k % 64);
		st->ts->mi = bittree_update(st->fo, st->ts->mi, k / 64, ~b, st->present ? b : 0);
		st->ts->mu = bittree_update(st->fo, st->ts->mu, k / 64, ~b, st->present ? 0 : b);
		return;
	}
	touch(st->d, k / 64);
	setb(st->d->mi, k, st->present);
	setb(st->d->mu, k, !st->present);
}

static void flow_cb(void *ctx, PlaceId p, int present)
{
	FlowState *st = ctx;
	uint32_t path = path_of(st->md, p, 0);
	if (path == NO_ID)
		return;
	st->present = present;
	all_children(st->md, path, flow_path, st);
}

/* rustc: MaybeInitializedPlaces' and MaybeUninitializedPlaces' SwitchInt edge
 * effects on a switch over a discriminant: along an arm, the other variants'
 * paths are uninitialised (mark_inactive_variants_as_uninit); along otherwise,
 * the variants of the arms are (exclude_ / include_inactive_in_otherwise). */
static void switch_edge_effect(MoveData *md, uint32_t path, const Term *t, uint32_t edge, FlowState *st)
{
	const Fn *f = md->f;
	st->present = 0;
	for (uint32_t c = md->p[path].first_child; c != NO_ID; c = md->p[c].next_sibling) {
		const Place *cp = &f->places[md->p[c].place];
		const Proj *q = &f->projs[cp->proj + cp->nproj - 1];
		if (q->kind != PROJ_DOWNCAST)
			continue;
		int inactive;
		if (edge < t->nargs)
			inactive = f->arms[t->args + edge].value != q->index;
		else {
			inactive = 0;
			for (uint32_t k = 0; k < t->nargs; k++)
				inactive |= f->arms[t->args + k].value == q->index;
		}
		if (inactive)
			all_children(md, c, flow_path, st);
	}
}

/* A block's gen/kill effects, kept as the words they touch: dense, the four
 * arrays took blocks x paths x 4 bits (N awaits of async fns in one fn: 577
 * of its 1,240 MB at N = 4k; issue 23's second sweep). */
typedef struct GkWord {
	uint32_t w;
	uint64_t gen, kill;
} GkWord;

static void gk_apply(Dense *d, const GkWord *g, uint32_t from, uint32_t to)
{
	for (uint32_t i = from; i < to; i++) {
		uint32_t w = g[i].w;
		uint64_t touched = g[i].gen | g[i].kill;
		touch(d, w);
		d->mi[w] = (d->mi[w] & ~touched) | g[i].gen;
		d->mu[w] = (d->mu[w] & ~touched) | g[i].kill;
	}
}

static void *grow_array(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	/* past 1 MB 4x, not 2x: a realloc that moves copies the whole array (cache31) */
	size_t grow = *cap * size >= ((size_t)1 << 20) ? 4 * *cap : 2 * *cap;
	*cap = grow > need ? grow : need + 64;
	p = realloc(p, *cap * size);
	if (!p)
		internal_error("out of memory");
	return p;
}

static void tstate_apply(BitForest *fo, TState *x, const GkWord *g, uint32_t from, uint32_t to)
{
	for (uint32_t i = from; i < to; i++) {
		uint64_t keep = ~(g[i].gen | g[i].kill);
		x->mi = bittree_update(fo, x->mi, g[i].w, keep, g[i].gen);
		x->mu = bittree_update(fo, x->mu, g[i].w, keep, g[i].kill);
	}
}

/* block bb's entry state in[bb] |= x (its join with x); reached: bb had a
 * state (else it is x). Returns whether it grew. */
static int tstate_join(BitForest *fo, TState *in, BlockId bb, int reached, const TState *x)
{
	if (!reached) {
		in[bb] = *x;
		return 1;
	}
	int grew = 0;
	in[bb].mi = bittree_union(fo, in[bb].mi, x->mi, &grew);
	in[bb].mu = bittree_union(fo, in[bb].mu, x->mu, &grew);
	return grew;
}

typedef struct FlagPatch {
	BlockId bb;
	uint32_t at;
	LocalId flag;
	int val;
} FlagPatch;

/* rustc: the unwind of a DropCtxt (Unwind::To / Unwind::InCleanup); keep: an
 * unwind action that is neither (kept as it is, no half-ladder). */
typedef struct Unwind {
	uint8_t kind; /* UNW_TO, UNW_IN_CLEANUP, UNW_KEEP */
	uint8_t action;
	BlockId to;
} Unwind;
enum { UNW_TO, UNW_IN_CLEANUP, UNW_KEEP };

typedef struct Elab {
	Fn *f;
	MoveData *md;
	const Dense *st;         /* the state at the Drop being elaborated (seek_before its terminator) */
	LocalId *flag_of;        /* per path, NO_ID: no drop flag */
	FlagPatch *v;
	uint32_t n, cap;
	/* the flag effects of one location */
	BlockId bb;
	uint32_t at;
	int present;
} Elab;

enum { STYLE_DEAD = 1, STYLE_STATIC, STYLE_CONDITIONAL, STYLE_OPEN };

typedef struct StyleAcc {
	const Elab *e;
	int init, uninit, count;
} StyleAcc;

static void style_path(void *ctx, uint32_t path)
{
	StyleAcc *a = ctx;
	uint32_t k = a->e->md->p[path].bit;
	a->init |= (int)((dense_mi(a->e->st, k / 64) >> (k % 64)) & 1);
	a->uninit |= (int)((dense_mu(a->e->st, k / 64) >> (k % 64)) & 1);
	a->count++;
}

/* rustc: ElaborateDropsCtxt::drop_style */
static int drop_style(const Elab *e, uint32_t path, int deep)
{
	if (!e->md) /* rustc: DropShimElaborator::drop_style */
		return deep ? STYLE_OPEN : STYLE_STATIC;
	StyleAcc a = {e, 0, 0, 0};
	if (deep)
		all_children(e->md, path, style_path, &a);
	else
		style_path(&a, path);
	if (!a.init)
		return STYLE_DEAD;
	if (!a.uninit)
		return STYLE_STATIC;
	return a.count == 1 ? STYLE_CONDITIONAL : STYLE_OPEN;
}

static void add_flag_patch(Elab *e, BlockId bb, uint32_t at, uint32_t path, int val)
{
	if (!e->flag_of || e->flag_of[path] == NO_ID)
		return;
	FlagPatch *p = VEC_PUSH(e->f->arena, e->v, e->n, e->cap);
	p->bb = bb;
	p->at = at;
	p->flag = e->flag_of[path];
	p->val = val;
}

static void flag_path(void *ctx, uint32_t path)
{
	Elab *e = ctx;
	add_flag_patch(e, e->bb, e->at, path, e->present);
}

static void flag_cb(void *ctx, PlaceId p, int present)
{
	Elab *e = ctx;
	uint32_t path = path_of(e->md, p, 0);
	if (path == NO_ID)
		return;
	e->present = present;
	all_children(e->md, path, flag_path, e);
}

/* rustc: DropCtxt */
typedef struct DropCtxt {
	Elab *e;
	PlaceId place;
	uint32_t path;
	BlockId succ;
	Unwind unwind;
	BlockId dropline; /* NO_BLOCK: none */
} DropCtxt;

static int unwind_is_cleanup(Unwind u) { return u.kind == UNW_IN_CLEANUP; }

static Term drop_term(PlaceId place, BlockId target, Unwind u)
{
	Term t = term_simple(TK_DROP);
	t.place = place;
	t.target = target;
	t.drop = NO_BLOCK;
	switch (u.kind) {
	case UNW_TO:
		t.unwind = UW_CLEANUP;
		t.unwind_bb = u.to;
		break;
	case UNW_IN_CLEANUP:
		t.unwind = UW_TERMINATE;
		break;
	default:
		t.unwind = u.action;
		break;
	}
	return t;
}

/* rustc: DropCtxt::new_block — a cleanup block when the unwind is InCleanup */
static BlockId new_block(DropCtxt *d, Unwind u, Term t)
{
	BlockId b = fn_add_block(d->e->f, unwind_is_cleanup(u));
	fn_set_term(d->e->f, b, t);
	return b;
}

static void elaborate_drop(DropCtxt *d, BlockId bb);

/* rustc: drop_flag_test_block */
static BlockId drop_flag_test_block(DropCtxt *d, BlockId on_set, BlockId on_unset, Unwind u)
{
	switch (drop_style(d->e, d->path, 0)) {
	case STYLE_DEAD:
		return on_unset;
	case STYLE_STATIC:
		return on_set;
	default: {
		Fn *f = d->e->f;
		LocalId flag = d->e->flag_of[d->path];
		if (flag == NO_ID) {
			fprintf(stderr, "coroslim: internal error: elaborate_drops: %s: a conditional drop without a drop flag\n",
				f->name);
			abort();
		}
		Term sw = term_goto(on_set);
		sw.kind = TK_SWITCH;
		sw.a = op_copy(place_local(f, flag));
		SwitchArm arm = {0, on_unset};
		sw.args = fn_add_arms(f, &arm, 1);
		sw.nargs = 1;
		sw.target = on_set;
		return new_block(d, u, sw);
	}
	}
}

/* rustc: complete_drop — a Drop block behind the path's flag test */
static BlockId complete_drop(DropCtxt *d, BlockId succ, Unwind u)
{
	BlockId db = new_block(d, u, drop_term(d->place, succ, u));
	return drop_flag_test_block(d, db, succ, u);
}

/* rustc: drop_flag_reset_block (DropFlagMode::Shallow) */
static BlockId drop_flag_reset_block(DropCtxt *d, BlockId succ, Unwind u)
{
	if (unwind_is_cleanup(u))
		return succ; /* the flag is not read again on the unwind path */
	BlockId b = new_block(d, u, term_goto(succ));
	add_flag_patch(d->e, b, 0, d->path, 0);
	return b;
}

typedef struct Field {
	PlaceId place;
	uint32_t path; /* NO_ID: a rest field, dropped under the parent's flag */
} Field;

/* rustc: drop_subpath */
static BlockId drop_subpath(DropCtxt *d, Field fl, BlockId succ, Unwind u, BlockId dropline)
{
	if (fl.path != NO_ID) {
		/* elaborated_drop_block: a Drop block, then elaborated in place */
		DropCtxt c = {d->e, fl.place, fl.path, succ, u, dropline};
		BlockId b = new_block(&c, u, drop_term(fl.place, succ, u));
		elaborate_drop(&c, b);
		return b;
	}
	DropCtxt c = {d->e, fl.place, d->path, succ, u, dropline};
	return complete_drop(&c, succ, u);
}

/* rustc: drop_halfladder — out[0] = succ, out[k] drops the last k fields */
static void drop_halfladder(DropCtxt *d, const Unwind *unwind_ladder, const BlockId *dropline_ladder, BlockId succ,
			    const Field *fields, uint32_t n, BlockId *out)
{
	out[0] = succ;
	for (uint32_t k = 0; k < n; k++) {
		succ = drop_subpath(d, fields[n - 1 - k], succ, unwind_ladder[k], dropline_ladder[k]);
		out[k + 1] = succ;
	}
}

/* rustc: drop_ladder (the fields that need no drop are left out first) */
static BlockId drop_ladder(DropCtxt *d, Field *fields, uint32_t n, BlockId succ, Unwind u, BlockId dropline,
			   BlockId *dropline_top)
{
	Fn *f = d->e->f;
	uint32_t kept = 0;
	for (uint32_t i = 0; i < n; i++)
		if (type_needs_drop(f->mod, place_type(f, fields[i].place)))
			fields[kept++] = fields[i];
	n = kept;
	Unwind *unwind_ladder = scratch_alloc((n + 1) * sizeof *unwind_ladder);
	BlockId *dropline_ladder = scratch_alloc((n + 1) * sizeof *dropline_ladder);
	BlockId *half = scratch_alloc((n + 1) * sizeof *half);
	for (uint32_t k = 0; k <= n; k++) {
		unwind_ladder[k] = (Unwind){UNW_IN_CLEANUP, UW_TERMINATE, NO_BLOCK};
		dropline_ladder[k] = NO_BLOCK;
	}
	if (u.kind == UNW_TO) {
		drop_halfladder(d, unwind_ladder, dropline_ladder, u.to, fields, n, half);
		for (uint32_t k = 0; k <= n; k++)
			unwind_ladder[k] = (Unwind){UNW_TO, UW_CLEANUP, half[k]};
	} else if (u.kind == UNW_KEEP) {
		for (uint32_t k = 0; k <= n; k++)
			unwind_ladder[k] = u;
	}
	if (dropline != NO_BLOCK) {
		drop_halfladder(d, unwind_ladder, dropline_ladder, dropline, fields, n, half);
		for (uint32_t k = 0; k <= n; k++)
			dropline_ladder[k] = half[k];
	}
	drop_halfladder(d, unwind_ladder, dropline_ladder, succ, fields, n, half);
	if (dropline_top)
		*dropline_top = dropline_ladder[n];
	return half[n];
}

/* rustc: adt_switch_block — a switch on the discriminant, behind the path's flag
 * (1.95 builds it even when every target is the same block) */
static BlockId adt_switch_block(DropCtxt *d, const BlockId *blocks, uint32_t nblocks, const uint64_t *values,
				uint32_t nvalues, BlockId succ, Unwind u)
{
	Fn *f = d->e->f;
	LocalId discr = fn_add_local(f, TY_ISIZE, NULL, 1);
	SwitchArm *arms = scratch_alloc((nvalues + 1) * sizeof *arms);
	for (uint32_t i = 0; i < nvalues; i++)
		arms[i] = (SwitchArm){values[i], blocks[i]};
	Term sw = term_goto(blocks[nblocks - 1]);
	sw.kind = TK_SWITCH;
	sw.a = op_move(place_local(f, discr));
	sw.args = fn_add_arms(f, arms, nvalues);
	sw.nargs = nvalues;
	BlockId b = new_block(d, u, sw);
	Stmt st = {.kind = ST_ASSIGN, .rv = RV_DISCR, .place = place_local(f, discr), .a = {.v = d->place}};
	fn_insert_stmt(f, b, 0, st);
	return drop_flag_test_block(d, b, succ, u);
}

/* The variants of a Poll<T> or a subset enum, as open_drop_for_multivariant sees
 * them: Poll's Ready (0) holds a T, Pending (1) nothing; an enum's in declaration
 * order. */
static uint32_t variant_count(const Module *m, TypeId t)
{
	return type_get(m, t)->kind == TY_POLL ? 2 : adt_of(m, t)->nvariants;
}

static uint32_t variant_nfields(const Module *m, TypeId t, uint32_t v)
{
	return type_get(m, t)->kind == TY_POLL ? v == 0 : adt_of(m, t)->variants[v].nfields;
}

static TypeId variant_field(const Module *m, TypeId t, uint32_t v, uint32_t i)
{
	return type_get(m, t)->kind == TY_POLL ? type_get(m, t)->a : adt_of(m, t)->variants[v].fields[i];
}

/* rustc: open_drop_for_adt of Poll<T> or a subset enum (issue 22 item 4; neither
 * has a Drop impl: its contents only), open_drop_for_adt_contents ->
 * open_drop_for_multivariant: per variant with a move path of its own, a drop
 * ladder over its fields (the unwind path a half-ladder of its own per variant:
 * MSVC's funclet has one successor funclet); the variants without one are
 * `otherwise`, a goto when none of their fields has drop glue, else a drop of the
 * whole value. */
static BlockId open_drop_for_multivariant(DropCtxt *d, TypeId et)
{
	Fn *f = d->e->f;
	const Module *m = f->mod;
	BlockId succ = drop_flag_reset_block(d, d->succ, d->unwind); /* drop_ladder_bottom */
	Unwind u = d->unwind;
	BlockId dropline = d->dropline;
	uint32_t nvar = variant_count(m, et);
	uint64_t *values = scratch_alloc((nvar + 1) * sizeof *values);
	BlockId *normal = scratch_alloc((nvar + 1) * sizeof *normal);
	BlockId *unw = scratch_alloc((nvar + 1) * sizeof *unw);
	BlockId *drl = scratch_alloc((nvar + 1) * sizeof *drl);
	uint32_t nv = 0, nn = 0, nu = 0, nd = 0;
	int have_otherwise = 0, otherwise_glue = 0;
	Unwind in_cleanup = {UNW_IN_CLEANUP, UW_TERMINATE, NO_BLOCK};
	for (uint32_t v = 0; v < nvar; v++) {
		uint32_t nf = variant_nfields(m, et, v);
		uint32_t vp = d->e->md ? child_of(d->e->md, d->path, PROJ_DOWNCAST, v) : NO_ID;
		if (vp == NO_ID) {
			have_otherwise = 1;
			for (uint32_t i = 0; i < nf; i++)
				otherwise_glue |= type_needs_drop(m, variant_field(m, et, v, i));
			continue;
		}
		PlaceId base = place_project(f, d->place, PROJ_DOWNCAST, v, et);
		Field *fields = scratch_alloc((nf + 1) * sizeof *fields);
		for (uint32_t i = 0; i < nf; i++) {
			PlaceId fp = place_project(f, base, PROJ_FIELD, i, variant_field(m, et, v, i));
			fields[i] = (Field){fp, child_of(d->e->md, vp, PROJ_FIELD, i)};
		}
		values[nv++] = v;
		if (u.kind == UNW_TO) {
			Unwind *ul = scratch_alloc((nf + 1) * sizeof *ul);
			BlockId *dl = scratch_alloc((nf + 1) * sizeof *dl), *half = scratch_alloc((nf + 1) * sizeof *half);
			for (uint32_t i = 0; i <= nf; i++)
				ul[i] = in_cleanup, dl[i] = NO_BLOCK;
			drop_halfladder(d, ul, dl, u.to, fields, nf, half);
			unw[nu++] = half[nf];
		}
		BlockId dtop = NO_BLOCK;
		normal[nn++] = drop_ladder(d, fields, nf, succ, u, dropline, &dtop);
		if (dropline != NO_BLOCK)
			drl[nd++] = dtop;
	}
	if (!have_otherwise)
		nv--;
	else if (!otherwise_glue) {
		normal[nn++] = new_block(d, u, term_goto(succ));
		if (u.kind == UNW_TO)
			unw[nu++] = new_block(d, in_cleanup, term_goto(u.to));
	} else {
		normal[nn++] = new_block(d, u, drop_term(d->place, succ, u));
		if (u.kind == UNW_TO)
			unw[nu++] = new_block(d, in_cleanup, drop_term(d->place, u.to, in_cleanup));
	}
	BlockId r = adt_switch_block(d, normal, nn, values, nv, succ, u);
	if (u.kind == UNW_TO)
		adt_switch_block(d, unw, nu, values, nv, u.to, in_cleanup);
	if (dropline != NO_BLOCK)
		adt_switch_block(d, drl, nd, values, nv, dropline, u);
	return r;
}

/* rustc: open_drop, for the kinds the builder can open: a coroutine (its
 * upvars: `_1` of a coroutine body) and a tuple (open_drop_for_tuple) */
static BlockId open_drop(DropCtxt *d)
{
	Fn *f = d->e->f;
	const Module *m = f->mod;
	TypeId ty = place_type(f, d->place);
	const Type *t = type_get(m, ty);
	uint32_t n;
	TypeId tys[2];
	const TypeId *tv = tys;
	TypeId *up = NULL;
	if (t->kind == TY_CORO) {
		const Coroutine *c = &m->coros[t->coro];
		n = c->nupvars;
		up = scratch_alloc((n + 1) * sizeof *up);
		for (uint32_t i = 0; i < n; i++)
			up[i] = c->upvars[i].ty;
		tv = up;
	} else if (t->kind == TY_TUPLE) {
		n = 2;
		tys[0] = t->a;
		tys[1] = t->b;
	} else if (t->kind == TY_POLL || (t->kind == TY_ADT && adt_of(m, ty)->enum_defined)) {
		return open_drop_for_multivariant(d, ty);
	} else if (t->kind == TY_ADT && adt_of(m, ty)->defined) {
		/* a subset struct without a Drop impl: open_drop_for_adt -> drop_ladder over
		 * its fields, as for a tuple (issue 22 item 4) */
		const Adt *a = adt_of(m, ty);
		n = a->variants[0].nfields;
		tv = a->variants[0].fields;
	} else {
		fprintf(stderr, "coroslim: internal error: elaborate_drops: %s: open drop of a type with no ladder here\n",
			f->name);
		abort();
	}
	Field *fields = scratch_alloc((n + 1) * sizeof *fields);
	for (uint32_t i = 0; i < n; i++) {
		PlaceId fp = place_project(f, d->place, PROJ_FIELD, i, tv[i]);
		fields[i].place = fp;
		fields[i].path = d->e->md ? path_of(d->e->md, fp, 0) : NO_ID; /* rustc: field_subpath */
	}
	/* drop_ladder_bottom: the parent's flag is cleared after its fields */
	BlockId succ = drop_flag_reset_block(d, d->succ, d->unwind);
	return drop_ladder(d, fields, n, succ, d->unwind, d->dropline, NULL);
}

/* rustc: DropCtxt::elaborate_drop — patches bb's terminator */
static void elaborate_drop(DropCtxt *d, BlockId bb)
{
	Fn *f = d->e->f;
	switch (drop_style(d->e, d->path, 1)) {
	case STYLE_DEAD:
		f->blocks[bb].term = term_goto(d->succ);
		break;
	case STYLE_STATIC:
		f->blocks[bb].term = drop_term(d->place, d->succ, d->unwind);
		break;
	case STYLE_CONDITIONAL: {
		BlockId db = complete_drop(d, d->succ, d->unwind);
		f->blocks[bb].term = term_goto(db);
		break;
	}
	default: {
		BlockId db = open_drop(d);
		f->blocks[bb].term = term_goto(db);
		break;
	}
	}
}

static void maybe_flag(void *ctx, uint32_t path)
{
	Elab *e = ctx;
	uint32_t k = e->md->p[path].bit;
	if ((dense_mi(e->st, k / 64) & dense_mu(e->st, k / 64)) >> (k % 64) & 1 && e->flag_of[path] == NO_ID)
		e->flag_of[path] = fn_add_local(e->f, TY_BOOL, NULL, 1);
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

/* the places a statement or terminator moves out of or initialises, for
 * MoveDataBuilder: the destination first, then the operands */
static void gather_cb(void *ctx, PlaceId p, int present)
{
	(void)present;
	path_of(ctx, p, 1);
}

static void gather_moves(MoveData *md, Fn *f)
{
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		for (uint32_t i = 0; i < f->blocks[bb].nstmts; i++) {
			Stmt s = f->blocks[bb].stmts[i];
			if (s.kind == ST_ASSIGN)
				path_of(md, s.place, 1);
			loc_effects(f, bb, i, gather_cb, md);
		}
		Term t = f->blocks[bb].term;
		if (t.kind == TK_CALL || t.kind == TK_YIELD)
			path_of(md, t.place, 1);
		loc_effects(f, bb, f->blocks[bb].nstmts, gather_cb, md);
	}
}

/* d (clear) := the state before the terminator of block bb, which the
 * dataflow never reached: the bottom entry state, nothing maybe initialised
 * nor maybe uninitialised (mu0 = 0), and its statements' effects. */
static void state_at_unreached(const GkWord *gk, const uint32_t *gk_off, uint32_t bb, Dense *d)
{
	d->mu0 = 0;
	gk_apply(d, gk, gk_off[2 * bb], gk_off[2 * bb + 1]);
}

/* The state at each Drop, kept for the words of its path and the paths below it
 * (all that drop_style and maybe_flag read), written at every visit of the Drop's
 * block in the fixpoint: its last visit sees its final entry state (a block whose
 * entry state changes is visited again). Loading the whole entry state per Drop
 * (twice: collect_drop_flags, then the elaboration) cost the state's words: N live
 * guards are N Drops of states of up to N / 64 words (drops36). */
typedef struct Snap {
	uint32_t *off, *end; /* per block: its words in w / mi / mu (none: equal) */
	uint32_t *w;         /* the words, increasing, per Drop */
	uint64_t *mi, *mu;
} Snap;

typedef struct SnapAcc {
	const MoveData *md;
	uint32_t *w;
	uint32_t n, cap;
} SnapAcc;

static void snap_word(void *ctx, uint32_t path)
{
	SnapAcc *a = ctx;
	if (a->n == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 16;
		a->w = realloc(a->w, (size_t)a->cap * sizeof *a->w);
		if (!a->w)
			internal_error("out of memory");
	}
	a->w[a->n++] = a->md->p[path].bit / 64;
}

static void snap_take(Snap *sn, BlockId bb, const BitForest *fo, const TState *x)
{
	for (uint32_t i = sn->off[bb]; i < sn->end[bb]; i++) {
		sn->mi[i] = bittree_word(fo, x->mi, sn->w[i]);
		sn->mu[i] = bittree_word(fo, x->mu, sn->w[i]);
	}
}

/* d (clear) := the state before Drop block bb's terminator, at its words */
static void snap_load(const Snap *sn, const GkWord *gk, const uint32_t *gk_off, BlockId bb, int reached, Dense *d)
{
	if (!reached) {
		state_at_unreached(gk, gk_off, bb, d);
		return;
	}
	d->mu0 = ~0ull;
	for (uint32_t i = sn->off[bb]; i < sn->end[bb]; i++) {
		touch(d, sn->w[i]);
		d->mi[sn->w[i]] = sn->mi[i];
		d->mu[sn->w[i]] = sn->mu[i];
	}
}

/* rustc: ElaborateDrops::run_pass, but for its last step, remove_dead_blocks.
 * Returns 0 when the body has no Drop terminator: then it changed nothing (no
 * move path gets a bit, so none gets a drop flag, there is no Drop to
 * elaborate and no flag assignment to insert), and the walks that would have
 * found so (the move paths of every statement, the effects, the dataflow)
 * are skipped: a body of N shadowed `let`s of integers has no Drop. */
static int elaborate_drops_body(Fn *f)
{
	uint32_t n = f->nblocks, nl = f->nlocals;
	ScratchMark sm = scratch_mark();
	/* One walk over the blocks finds the Drops, which the walks below visit
	 * alone (collect_drop_flags, elaborate_drops: each was a walk of every
	 * block), and the resume block for the drops that keep their unwind
	 * (MirPatch::resume_block: the last such block; no block changes before
	 * it is used). */
	BlockId *drops = scratch_alloc_uninit((n ? n : 1) * sizeof *drops);
	uint32_t ndrops = 0;
	BlockId resume = NO_BLOCK;
	for (BlockId k = 0; k < n; k++) {
		const Block *b = &f->blocks[k];
		if (b->term.kind == TK_DROP)
			drops[ndrops++] = k;
		else if (b->cleanup && b->nstmts == 0 && b->term.kind == TK_RESUME)
			resume = k;
	}
	if (ndrops == 0) {
		scratch_release(sm);
		return 0;
	}
	/* The paths with bits are those of the locals some Drop names, not every
	 * local: blocks x locals bits made a fn of N `let`s take O(N^2) memory
	 * (N = 20k: 3.7 GB). */
	MoveData md = {f, NULL, 0, 0, 0};
	md.cap = nl + 16;
	md.p = arena_alloc(f->arena, md.cap * sizeof *md.p);
	md.n = nl;
	for (LocalId l = 0; l < nl; l++)
		md.p[l] = (MovePath){NO_ID, NO_ID, NO_ID, NO_ID, NO_ID};
	for (uint32_t i = 0; i < ndrops; i++) {
		LocalId l = f->places[f->blocks[drops[i]].term.place].local;
		if (md.p[l].bit == NO_ID)
			md.p[l].bit = md.nbits++;
	}
	gather_moves(&md, f);
	uint32_t nbits = md.nbits, np = md.n;
	uint32_t nw = (nbits + 63) / 64;
	/* each block's entry state (in[bb], valid where reached[bb]) and the
	 * working states, a block's (after its statements) and one edge's, as trees;
	 * a sum of effects (a part of a block) and the state at a Drop (below) */
	BitForest fo;
	bitforest_init(&fo, nw);
	TState *in = scratch_alloc_uninit(((size_t)n + 1) * sizeof *in);
	TState cur = {BT_ZEROS, BT_ONES}, edge;
	Dense sum, at;
	dense_init(&sum, nw, 0);
	dense_init(&at, nw, ~0ull);
	uint8_t *reached = scratch_alloc(n);
	BlockId *s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	/* function entry: everything uninitialised (the default of a reached
	 * state) but the arguments and what is below them */
	{
		FlowState st = {NULL, &md, 1, &fo, &cur};
		for (LocalId l = 1; l <= f->nargs && l < nl; l++)
			if (md.p[l].bit != NO_ID)
				all_children(&md, l, flow_path, &st);
	}
	reached[0] = 1;
	in[0] = cur;
	/* each block's statements and its terminator, summed up once, kept as the
	 * words touched (gk_off[2 bb] .. gk_off[2 bb + 1] the statements', then to
	 * gk_off[2 bb + 2] the terminator's) */
	uint32_t *gk_off = scratch_alloc_uninit(((size_t)2 * n + 1) * sizeof *gk_off);
	GkWord *gk = NULL;
	size_t ngk = 0, capgk = 0;
	for (uint32_t bb = 0; bb < n; bb++) {
		for (uint32_t part = 0; part < 2; part++) {
			FlowState g = {&sum, &md, 0, NULL, NULL};
			if (part == 0)
				for (uint32_t i = 0; i < f->blocks[bb].nstmts; i++)
					loc_effects(f, bb, i, flow_cb, &g);
			else
				loc_effects(f, bb, f->blocks[bb].nstmts, flow_cb, &g);
			if (ngk > UINT32_MAX - (size_t)sum.nd)
				internal_error("elaborate_drops: effects past 2^32 words");
			gk_off[2 * bb + part] = (uint32_t)ngk;
			dense_sort(&sum, nw);
			gk = grow_array(gk, &capgk, ngk + sum.nd, sizeof *gk);
			for (uint32_t i = 0; i < sum.nd; i++) {
				uint32_t w = sum.dirty[i];
				if (sum.mi[w] | sum.mu[w])
					gk[ngk++] = (GkWord){w, sum.mi[w], sum.mu[w]};
			}
			dense_clear(&sum);
		}
	}
	gk_off[2 * n] = (uint32_t)ngk;
	/* The fixpoint: rounds over the blocks in reverse postorder, each visiting the
	 * blocks whose entry state changed since their last visit (rustc's Engine: a
	 * worklist in reverse postorder). Rounds in block order, every reached block
	 * each, took one round per backward edge of the block numbering on a path: a
	 * match of N range-tested fields (a chain of tests numbered back and forth)
	 * took N rounds of N blocks (hunt31: 1,000 fields 520M instructions here).
	 * The fixpoint is the same in any order. */
	uint32_t *drop_path = scratch_alloc_uninit(((size_t)n + 1) * sizeof *drop_path);
	Snap sn;
	sn.off = scratch_alloc(((size_t)n + 1) * sizeof *sn.off);
	sn.end = scratch_alloc(((size_t)n + 1) * sizeof *sn.end);
	{
		SnapAcc a = {&md, NULL, 0, 0};
		for (uint32_t i = 0; i < ndrops; i++) {
			BlockId bb = drops[i];
			drop_path[bb] = path_of(&md, f->blocks[bb].term.place, 0);
			if (drop_path[bb] == NO_ID)
				continue;
			uint32_t from = a.n;
			all_children(&md, drop_path[bb], snap_word, &a);
			/* its words, increasing, each once */
			if (a.n - from > 1)
				qsort(a.w + from, a.n - from, sizeof *a.w, cmp_u32);
			uint32_t j = from;
			for (uint32_t q = from; q < a.n; q++)
				if (q == from || a.w[q] != a.w[j - 1])
					a.w[j++] = a.w[q];
			a.n = j;
			sn.off[bb] = from;
			sn.end[bb] = j;
		}
		sn.w = scratch_alloc_uninit(((size_t)a.n + 1) * sizeof *sn.w);
		if (a.n)
			memcpy(sn.w, a.w, (size_t)a.n * sizeof *sn.w);
		sn.mi = scratch_alloc(((size_t)a.n + 1) * sizeof *sn.mi);
		sn.mu = scratch_alloc(((size_t)a.n + 1) * sizeof *sn.mu);
		free(a.w);
	}
	DfGraph g;
	df_graph_build(&g, f);
	uint8_t *dirty = scratch_alloc(n ? n : 1);
	if (n)
		dirty[0] = 1;
	/* A block with one dataflow edge into it, not the entry, is visited right after
	 * the block that edge leaves (its state is that edge's), and that edge is taken
	 * last, on the working state itself (chained[]: its first such edge, a fixed
	 * choice): its entry state is never stored nor loaded, and it is never dirty
	 * (nothing joins into it). A store and a load per block were most of the
	 * fixpoint with N live guards, whose states are up to N / 64 words (drops36). */
	uint32_t *npred = scratch_alloc(((size_t)n + 1) * sizeof *npred);
	for (BlockId bb = 0; bb < n; bb++) {
		const Term *t = &f->blocks[bb].term;
		uint32_t ns = cfg_succs(f, t, s);
		uint32_t nflow = t->kind == TK_DROP && t->drop != NO_BLOCK ? ns - 1 : ns;
		for (uint32_t i = 0; i < nflow; i++)
			npred[s[i]]++;
	}
	for (int changed = 1; changed;) {
		changed = 0;
		for (uint32_t ri = g.npo; ri-- > 0;) {
			BlockId bb = g.po[ri];
			if (!reached[bb] || !dirty[bb])
				continue;
			dirty[bb] = 0;
			cur = in[bb];
			bitforest_freeze(&fo);
			while (bb != NO_BLOCK) { /* a chain: no cycle (a cycle of one-edge blocks is unreachable) */
			BlockId next = NO_BLOCK;
			const Block *b = &f->blocks[bb];
			tstate_apply(&fo, &cur, gk, gk_off[2 * bb], gk_off[2 * bb + 1]);
			snap_take(&sn, bb, &fo, &cur);
			const Term *t = &b->term;
			uint32_t ns = cfg_succs(f, t, s);
			PlaceId sw_place = switch_discr_place(f, b);
			uint32_t sw_path = sw_place == NO_ID ? NO_ID : path_of(&md, sw_place, 0);
			/* rustc: skipping_unreachable_unwind / compute_dead_unwinds — the
			 * unwind edge of a Drop of a value with nothing initialised is not taken */
			int dead_unwind = 0;
			if (t->kind == TK_DROP && t->unwind == UW_CLEANUP && drop_path[bb] != NO_ID) {
				/* the state at the Drop, its path's words: the snapshot just taken */
				snap_load(&sn, gk, gk_off, bb, 1, &at);
				Elab pe = {.md = &md, .st = &at};
				dead_unwind = drop_style(&pe, drop_path[bb], 1) == STYLE_DEAD;
				dense_clear(&at);
			}
			/* rustc: TerminatorKind::edges — a Drop's `drop:` edge (the coroutine
			 * dropline) is no dataflow edge, only its target and unwind are;
			 * term_successors (ir/cfg.c) lists the drop: edge last */
			uint32_t nflow = t->kind == TK_DROP && t->drop != NO_BLOCK ? ns - 1 : ns;
			uint32_t chain = nflow;
			for (uint32_t i = 0; i < nflow; i++)
				if (npred[s[i]] == 1 && s[i] != 0 && s[i] != bb) {
					chain = i;
					break;
				}
			/* every edge taken but the chained one on a copy of cur, then that one on cur */
			for (uint32_t j = 0; j <= nflow; j++) {
				uint32_t i = j < nflow ? j : chain;
				if (j < nflow && j == chain)
					continue;
				if (i == nflow || (dead_unwind && i > 0 && s[i] == t->unwind_bb))
					continue;
				TState *x = j == nflow ? &cur : &edge;
				if (x == &edge) {
					bitforest_freeze(&fo); /* cur and edge share their nodes */
					edge = cur;
				}
				FlowState xs = {NULL, &md, 0, &fo, x};
				tstate_apply(&fo, x, gk, gk_off[2 * bb + 1], gk_off[2 * bb + 2]);
				if ((t->kind == TK_CALL && s[i] == t->target && i == 0) || (t->kind == TK_YIELD && i == 0))
					flow_cb(&xs, t->place, 1);
				if (sw_path != NO_ID)
					switch_edge_effect(&md, sw_path, t, i, &xs);
				if (x == &cur) {
					next = s[i];
				} else if (tstate_join(&fo, in, s[i], reached[s[i]], x)) {
					changed = dirty[s[i]] = 1;
				}
				reached[s[i]] = 1;
			}
			bb = next;
			}
		}
	}
	Elab e = {f, &md, &at, NULL, NULL, 0, 0, 0, 0, 0};
	e.flag_of = scratch_alloc_uninit(((size_t)np + 1) * sizeof *e.flag_of);
	for (uint32_t p = 0; p < np; p++)
		e.flag_of[p] = NO_ID;
	/* collect_drop_flags: a flag for every path, at or below a Drop's, that is
	 * maybe initialised and maybe uninitialised there; in block order */
	uint8_t *was_drop = scratch_alloc(n + 1);
	for (uint32_t i = 0; i < ndrops; i++) {
		BlockId bb = drops[i];
		was_drop[bb] = 1;
		if (drop_path[bb] == NO_ID)
			continue;
		snap_load(&sn, gk, gk_off, bb, reached[bb], &at);
		all_children(&md, drop_path[bb], maybe_flag, &e);
		dense_clear(&at);
	}
	/* elaborate_drops, in block order (a Drop's elaboration writes its own
	 * block's terminator and new blocks only) */
	for (uint32_t i = 0; i < ndrops; i++) {
		BlockId bb = drops[i];
		Term t = f->blocks[bb].term;
		int cl = f->blocks[bb].cleanup;
		Unwind u;
		if (cl)
			u = (Unwind){UNW_IN_CLEANUP, UW_TERMINATE, NO_BLOCK};
		else if (t.unwind == UW_CLEANUP)
			u = (Unwind){UNW_TO, UW_CLEANUP, t.unwind_bb};
		else if (t.unwind == UW_CONTINUE) {
			if (resume == NO_BLOCK) {
				resume = fn_add_block(f, 1);
				fn_set_term(f, resume, term_simple(TK_RESUME));
			}
			u = (Unwind){UNW_TO, UW_CLEANUP, resume};
		} else
			u = (Unwind){UNW_KEEP, t.unwind, NO_BLOCK};
		if (drop_path[bb] == NO_ID) {
			/* a place behind a Deref: no move path, the Drop stays */
			f->blocks[bb].term = drop_term(t.place, t.target, u);
			continue;
		}
		snap_load(&sn, gk, gk_off, bb, reached[bb], &at);
		DropCtxt d = {&e, t.place, drop_path[bb], t.target, u, t.drop};
		elaborate_drop(&d, bb);
		dense_clear(&at);
	}
	/* the flag assignments, in rustc's order: init, fn returns, args, locations */
	uint32_t nflags = 0;
	for (uint32_t p = 0; p < np; p++)
		if (e.flag_of[p] != NO_ID) {
			FlagPatch *fp = VEC_PUSH(f->arena, e.v, e.n, e.cap);
			*fp = (FlagPatch){0, 0, e.flag_of[p], 0};
			nflags++;
		}
	/* no drop flag (most bodies): the walks below would add nothing (add_flag_patch
	 * adds only for a path with a flag), and the one over every statement missed the
	 * cache on each block of a fn past it */
	for (uint32_t bb = 0; nflags && bb < n; bb++) {
		Term *t = &f->blocks[bb].term;
		if (t->kind == TK_CALL && t->target != NO_BLOCK && t->unwind == UW_CLEANUP) {
			e.bb = t->target;
			e.at = 0;
			flag_cb(&e, t->place, 1);
		}
	}
	for (LocalId l = 1; nflags && l <= f->nargs && l < nl; l++)
		if (md.p[l].bit != NO_ID) {
			e.bb = 0;
			e.at = 0;
			flag_cb(&e, local_ref(l), 1);
		}
	for (uint32_t bb = 0; nflags && bb < n; bb++) {
		Block *b = &f->blocks[bb];
		for (uint32_t i = 0; i <= b->nstmts; i++) {
			if (i == b->nstmts && was_drop[bb])
				continue; /* drop elaboration handles the flags of a Drop */
			e.bb = bb;
			e.at = i;
			loc_effects(f, bb, i, flag_cb, &e);
		}
		Term *t = &f->blocks[bb].term;
		if (t->kind == TK_CALL && t->target != NO_BLOCK && t->unwind != UW_CLEANUP) {
			e.bb = bb;
			e.at = f->blocks[bb].nstmts;
			flag_cb(&e, t->place, 1);
		}
	}
	/* stable sort by location, then insert from the back */
	for (uint32_t i = 1; i < e.n; i++) { /* insertion sort keeps equal keys in order */
		FlagPatch x = e.v[i];
		uint32_t j = i;
		while (j > 0 && cmp_patch(&e.v[j - 1], &x) > 0) {
			e.v[j] = e.v[j - 1];
			j--;
		}
		e.v[j] = x;
	}
	for (uint32_t i = e.n; i-- > 0;) {
		FlagPatch *p = &e.v[i];
		/* equal locations: the earlier patch goes first, so insert later ones first */
		fn_insert_stmt(f, p->bb, p->at,
			       stmt_assign_use(place_local(f, p->flag), op_const(f, TY_BOOL, (uint64_t)p->val)));
	}
	free(gk);
	bitforest_free(&fo);
	scratch_release(sm);
	return 1;
}

/* rustc: ElaborateDrops::run_pass */
void elaborate_drops(Fn *f)
{
	elaborate_drops_body(f);
	remove_dead_blocks(f);
}

/* ElaborateDrops on a body every block of which is reachable from bb0 (what
 * SimplifyCfg leaves, and the passes between it and this one keep: see
 * before_transform.c): with no Drop it changed nothing, so its remove_dead_blocks
 * would find every block live, and it is not run (a count of the predecessors
 * over every block). */
void elaborate_drops_known(Fn *f, unsigned facts)
{
	if (elaborate_drops_body(f) || !(facts & FACT_LIVE))
		remove_dead_blocks(f);
}

/* A block of f with no statements ending in terminator kind k (a cleanup block
 * if cleanup), the last such, as rustc's MirPatch::new finds its resume and
 * unreachable-cleanup blocks; else a new one. */
static BlockId patch_block(Fn *f, uint32_t n, TermKind k, int cleanup, BlockId *cache)
{
	if (*cache != NO_BLOCK)
		return *cache;
	for (BlockId b = 0; b < n; b++)
		if (f->blocks[b].nstmts == 0 && f->blocks[b].term.kind == k && (!cleanup || f->blocks[b].cleanup))
			*cache = b;
	if (*cache == NO_BLOCK) {
		*cache = fn_add_block(f, 1);
		fn_set_term(f, *cache, term_simple(k));
	}
	return *cache;
}

/* rustc: coroutine.rs elaborate_coroutine_drops, run by the state transform on
 * the body once the clean drop is in: every `drop(_1)` of the coroutine (its
 * upvars) becomes a drop ladder with DropShimElaborator's answers (every field is
 * dropped, no flag), unwind half-ladder included: when one upvar's drop panics,
 * the upvars after it are dropped on the way out. The upvars moved out of are no
 * longer dropped by `drop(_1)` here: ElaborateDrops has elaborated those already. */
void elaborate_coroutine_drops(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	BlockId resume = NO_BLOCK, unreachable = NO_BLOCK;
	Elab e;
	memset(&e, 0, sizeof e);
	e.f = f;
	for (BlockId bb = 0; bb < n; bb++) {
		Term t = f->blocks[bb].term;
		if (!f->blocks[bb].has_term || t.kind != TK_DROP)
			continue;
		const Place *p = place_get(f, t.place);
		if (p->local != 1 || p->nproj)
			continue;
		Unwind u;
		if (f->blocks[bb].cleanup)
			u = (Unwind){UNW_IN_CLEANUP, UW_TERMINATE, NO_BLOCK};
		else if (t.unwind == UW_CLEANUP)
			u = (Unwind){UNW_TO, UW_CLEANUP, t.unwind_bb};
		else if (t.unwind == UW_CONTINUE)
			u = (Unwind){UNW_TO, UW_CLEANUP, patch_block(f, n, TK_RESUME, 0, &resume)};
		else if (t.unwind == UW_UNREACHABLE)
			u = (Unwind){UNW_TO, UW_CLEANUP, patch_block(f, n, TK_UNREACHABLE, 1, &unreachable)};
		else
			u = (Unwind){UNW_KEEP, t.unwind, NO_BLOCK};
		DropCtxt d = {&e, t.place, 0, t.target, u, t.drop};
		elaborate_drop(&d, bb);
	}
	scratch_release(sm);
}
