/* build_nested.c — a match with nested variant patterns (issue 22 item 4:
 * `match b { B::P(A::X(n)) => n, _ => 0 }`), lowered as rustc 1.95's match tree
 * (rustc_mir_build/src/builder/matches/mod.rs: lower_match_tree, match_candidates,
 * test_candidates; buckets.rs: partition_candidates_into_buckets; test.rs:
 * perform_test's TestKind::Switch). One candidate per arm, its match pairs the
 * (place, variant pattern) still to test; the first candidate's first pair picks
 * the test, a switch on that place's discriminant; the candidates that test the
 * same place go to its variant's bucket, their pair replaced by the nested pairs
 * of its fields, until one does not; each bucket's subtree is built before the
 * switch itself (so the inner discriminant temps are numbered first), its
 * failure going to the remainder, where the candidates left are matched. A
 * candidate with nothing left to test is matched: its pre-binding block, and a
 * new otherwise block where the next candidate starts. The arms' bodies and
 * false edges are lower_arm_bodies' (build_match.c), the bindings made in pattern
 * order through nested downcasts: `_7 = copy ((((_4 as P).0: A) as X).0: u32)`. */
#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "sorted_u64.h"

typedef struct {
	PlaceId place;
	const AstPattern *pat; /* a variant pattern matched against place */
} MatchPair;

typedef struct Cand {
	MatchPair *pairs;
	int n, cap;
	int nor; /* how many of the pairs are or-patterns: none (most), sort_pairs has nothing to move */
	BlockId pre, false_start;
	/* or-patterns inside a pattern (issue 22 item 4, build_orpat below): the leaf's otherwise
	 * block; an or-pattern's subcandidates (one per alternative, or_node the or-pattern); a
	 * subcandidate's parent and alternative; whether its alternative binds (rustc:
	 * !extra_data.is_empty()) */
	BlockId otherwise;
	struct Cand *subs, *parent;
	int nsubs, alt;
	const AstPattern *or_node;
	bool binds;
	bool has_guard; /* its arm has a guard (rustc: Candidate.has_guard, inherited by subcandidates) */
	/* the range index (below, "Range tests in a row") whose array holds it at rid; NULL once its
	 * pairs change (touch) */
	struct RangeIndex *ri;
	int rid;
	/* the failure branch range_sort copied it into (its array and place there), NULL when none */
	struct Cand **view;
	int vpos;
} Cand;

/* c's pairs change: what a range index recorded of it no longer holds */
static void touch(Cand *c)
{
	c->ri = NULL;
	c->view = NULL;
}

static bool same_place(const Fn *f, PlaceId a, PlaceId c)
{
	const Place *x = &f->places[a], *y = &f->places[c];
	if (x->local != y->local || x->nproj != y->nproj)
		return false;
	for (uint32_t i = 0; i < x->nproj; i++) {
		const Proj *p = &f->projs[x->proj + i], *q = &f->projs[y->proj + i];
		if (p->kind != q->kind || p->index != q->index)
			return false;
	}
	return true;
}

static void push_pair(Cand *c, PlaceId place, const AstPattern *pat)
{
	touch(c);
	if (c->n == c->cap) {
		int cap = c->cap ? 2 * c->cap : 4;
		MatchPair *np = scratch_alloc_uninit((size_t)cap * sizeof *np);
		if (c->n)
			memcpy(np, c->pairs, (size_t)c->n * sizeof *np);
		c->pairs = np;
		c->cap = cap;
	}
	c->pairs[c->n].place = place;
	c->pairs[c->n].pat = pat;
	c->n++;
	c->nor += pat->nalts != 0;
}

/* The place of field k of variant pattern pat's variant, at place: `((x as V).k: T)`; of a
 * struct pattern: `(x.k: T)`; below a scrutinee an async block holds only places of
 * (lower_scrutinee), the upvar holding it once some capture does (resolve_captured) */
static PlaceId field_place(Builder *b, PlaceId place, const AstPattern *pat, int k)
{
	if (pat->strukt)
		return resolve_captured(b, place_project(b->f, place, PROJ_FIELD, (uint32_t)k,
		                                         ty_of(b, pat->strukt->fields[k].ty)));
	TypeId et = place_type(b->f, place);
	PlaceId down = place_project(b->f, place, PROJ_DOWNCAST, (uint32_t)pat->variant, et);
	TypeId ft = ty_of(b, pat->enm->variants[pat->variant].fields[k].ty);
	return resolve_captured(b, place_project(b->f, down, PROJ_FIELD, (uint32_t)k, ft));
}

/* sub-pattern sp's place in pat at place: its field, through it for `&p` (ergo29: rustc's
 * PatKind::Deref of a reference field, `(*((_1 as Some).0: &u32))`) */
static PlaceId sub_place(Builder *b, PlaceId place, const AstPattern *pat, const AstSubPattern *sp)
{
	PlaceId fp = field_place(b, place, pat, sp->field);
	if (!sp->deref)
		return fp;
	const Type *rt = type_get(b->m, place_type(b->f, fp));
	return place_project(b->f, fp, PROJ_DEREF, 0, rt->a);
}

/* ---- literal and range pairs (issue 22 item 4: `0..=9`, `..=5`, `10..`, `1..4`) ---- */

/* value (magnitude, sign) at place type ty, as its switch compares it (masked to its bits) */
static uint64_t lit_bits(Builder *b, TypeId ty, uint64_t mag, bool neg)
{
	uint64_t v = neg ? (uint64_t)0 - mag : mag;
	int bits = type_int_bits(b->m, ty);
	if (bits < 64)
		v &= ((uint64_t)1 << bits) - 1;
	return v;
}

/* bits in the type's order (signed: the sign bit flipped) */
static uint64_t ordered(Builder *b, TypeId ty, uint64_t v)
{
	return type_is_signed(b->m, ty) ? v ^ ((uint64_t)1 << (type_int_bits(b->m, ty) - 1)) : v;
}

static uint64_t ty_max_ordered(Builder *b, TypeId ty)
{
	int bits = type_int_bits(b->m, ty);
	return bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
}

/* a range's values lo..=hi in the type's order */
static void range_interval(Builder *b, TypeId ty, const AstPattern *p, uint64_t *lo, uint64_t *hi)
{
	*lo = p->lo_open ? 0 : ordered(b, ty, lit_bits(b, ty, p->value, p->negative));
	if (!p->is_range)
		*hi = *lo;
	else if (p->hi_open)
		*hi = ty_max_ordered(b, ty);
	else
		*hi = ordered(b, ty, lit_bits(b, ty, p->hi_value, p->hi_negative)) - (p->hi_excl ? 1 : 0);
}

/* THIR makes `a..=a` a constant pattern; a range is tested by TestKind::Range */
static bool is_range_test(const AstPattern *p)
{
	return p->is_range && !(!p->lo_open && !p->hi_open && !p->hi_excl && p->value == p->hi_value &&
	                        (p->negative && p->value) == (p->hi_negative && p->hi_value)); /* `-0..=0` too */
}

/* a range over the type's every value is irrefutable (MatchPairTree: no test) */
static bool range_is_full(Builder *b, TypeId ty, const AstPattern *p)
{
	if (!is_range_test(p))
		return false;
	uint64_t lo, hi;
	range_interval(b, ty, p, &lo, &hi);
	return lo == 0 && hi == ty_max_ordered(b, ty) && !(p->hi_excl && !p->hi_open);
}

/* A pattern's pairs: a struct pattern is irrefutable, so it has no pair of its own, its
 * fields' nested patterns come in its place (rustc: MatchPairTree::for_pattern of a
 * PatKind::Leaf without a test), in the order written. */
static void add_pairs(Builder *b, Cand *c, PlaceId place, const AstPattern *pat)
{
	/* a one-variant enum's variant pattern is irrefutable too (rustc: TestCase::Irrefutable):
	 * no discriminant read, its fields' pairs at the downcast field places */
	if (pat->is_range && range_is_full(b, place_type(b->f, place), pat))
		return;
	if (!pat->strukt && !(pat->enm && pat->enm->nvariants == 1)) {
		push_pair(c, place, pat);
		return;
	}
	for (int j = 0; j < pat->nsubs; j++)
		if (pat->subs[j].nested)
			add_pairs(b, c, sub_place(b, place, pat, &pat->subs[j]), pat->subs[j].nested);
		else if (pat->subs[j].or_pat) /* an or-pattern is a pair of its own (MatchPairKind::Or) */
			push_pair(c, sub_place(b, place, pat, &pat->subs[j]), pat->subs[j].or_pat);
}

/* rustc's Candidate::sort_match_pairs: or-patterns to the end, the others in order */
static void sort_pairs(Cand *c)
{
	if (!c->nor)
		return;
	int k = 0;
	MatchPair *ors = scratch_alloc_uninit(((size_t)c->n + 1) * sizeof *ors);
	int nors = 0;
	for (int i = 0; i < c->n; i++)
		if (c->pairs[i].pat->nalts)
			ors[nors++] = c->pairs[i];
		else
			c->pairs[k++] = c->pairs[i];
	if (nors)
		memcpy(c->pairs + k, ors, (size_t)nors * sizeof *ors);
}

/* The pair tested is entailed by its variant's branch: its nested pairs replace it
 * (rustc: choose_bucket_for_candidate, fully_matched), in the order written. */
static void entail(Builder *b, Cand *c, int i)
{
	MatchPair mp = c->pairs[i];
	touch(c);
	/* the first pair (a test's, most often) leaves by moving the array's start: a memmove of the
	 * rest per test was N^2 for a pattern of N tested fields (hunt31); push_pair copies to grow */
	if (i == 0) {
		c->pairs++;
		c->cap--;
	} else {
		memmove(c->pairs + i, c->pairs + i + 1, (size_t)(c->n - i - 1) * sizeof *c->pairs);
	}
	c->n--;
	c->nor -= mp.pat->nalts != 0;
	for (int j = 0; j < mp.pat->nsubs; j++)
		if (mp.pat->subs[j].nested)
			add_pairs(b, c, sub_place(b, mp.place, mp.pat, &mp.pat->subs[j]), mp.pat->subs[j].nested);
		else if (mp.pat->subs[j].or_pat)
			push_pair(c, sub_place(b, mp.place, mp.pat, &mp.pat->subs[j]), mp.pat->subs[j].or_pat);
	sort_pairs(c);
}

static BlockId match_candidates(Builder *b, BlockId start, Cand **c, int n);
static bool starts_with_or(const Cand *c);
static BlockId expand_or_candidates(Builder *b, BlockId start, Cand **c, int n, int *used);

enum { BR_VALUE, BR_SUCCESS, BR_FAILURE }; /* rustc's TestBranch: Variant/Constant, Success, Failure */

typedef struct {
	int kind;         /* BR_VALUE (variant), BR_SUCCESS, BR_FAILURE */
	uint64_t variant; /* BR_VALUE: a variant, an integer's value, a bool's */
	Cand **c;
	int n, cap; /* c grows by doubling: an array of n candidates per bucket was N^2 memory */
	BlockId start;
} Bucket;

/* The branch of the test a pair names: the variant (TestKind::Switch), the value
 * (TestKind::SwitchInt: the literal at the place's type, as its switch compares it), or
 * for a bool (TestKind::If) 1 / 0, Success / Failure. */
static uint64_t pair_branch(Builder *b, const MatchPair *mp)
{
	const AstPattern *p = mp->pat;
	if (p->enm)
		return (uint64_t)p->variant;
	if (p->is_bool)
		return p->value;
	return lit_bits(b, place_type(b->f, mp->place), p->value, p->negative);
}

/* the pair of candidate c at place, or -1 */
static int pair_at(const Builder *b, const Cand *c, PlaceId place)
{
	for (int i = 0; i < c->n; i++) /* an or-pattern is no pair of a place (MatchPairKind::Or) */
		if (!c->pairs[i].pat->nalts && same_place(b->f, c->pairs[i].place, place))
			return i;
	return -1;
}

/* ---- the integer switch (TestKind::SwitchInt): the values bucketed, the ranges failed ----
 * choose_bucket_for_candidate (rustc 1.95, buckets.rs; sort_candidate in test.rs) sorts a
 * literal into its value's branch unless a range already sorted into the failure branch holds
 * it, and a range into the failure branch unless it holds a value already bucketed; either
 * ends the test. rustc scans the failure candidates per literal and the values per range (N^2
 * for N alternating literal and range arms); here both sets are kept ordered: IvSet, a set of
 * disjoint intervals (a treap by lower bound, split and join; an interval added is merged with
 * those it overlaps), which says whether some member meets lo..=hi. */
typedef struct IvNode {
	uint64_t lo, hi;
	uint32_t prio;
	struct IvNode *l, *r;
} IvNode;

typedef struct {
	IvNode *root;
	uint32_t seed; /* xorshift32 of the priorities (not 0) */
} IvSet;

/* t's nodes below key to *a, the others to *z */
static void iv_split(IvNode *t, uint64_t key, IvNode **a, IvNode **z)
{
	if (!t) {
		*a = *z = NULL;
	} else if (t->lo < key) {
		iv_split(t->r, key, &t->r, z);
		*a = t;
	} else {
		iv_split(t->l, key, a, &t->l);
		*z = t;
	}
}

/* a's nodes all below z's */
static IvNode *iv_join(IvNode *a, IvNode *z)
{
	if (!a || !z)
		return a ? a : z;
	if (a->prio >= z->prio) {
		a->r = iv_join(a->r, z);
		return a;
	}
	z->l = iv_join(a, z->l);
	return z;
}

static IvNode *iv_last(IvNode *t)
{
	while (t && t->r)
		t = t->r;
	return t;
}

/* whether a member meets lo..=hi: the last member starting at most at hi reaches lo (the
 * members are disjoint, so the ones meeting lo..=hi are consecutive, that one the last) */
static bool iv_meets(const IvSet *s, uint64_t lo, uint64_t hi)
{
	const IvNode *best = NULL;
	for (const IvNode *t = s->root; t;)
		if (t->lo <= hi) {
			best = t;
			t = t->r;
		} else {
			t = t->l;
		}
	return best && best->hi >= lo;
}

static void iv_add(IvSet *s, uint64_t lo, uint64_t hi)
{
	IvNode *a, *m, *z, *drop;
	iv_split(s->root, lo, &a, &z);
	IvNode *last = iv_last(a);
	if (last && last->hi >= lo) { /* the member starting below lo that reaches it */
		iv_split(a, last->lo, &a, &drop);
		lo = last->lo;
		if (last->hi > hi)
			hi = last->hi;
	}
	if (hi == UINT64_MAX) {
		m = z;
		z = NULL;
	} else {
		iv_split(z, hi + 1, &m, &z); /* the members starting in lo..=hi */
	}
	IvNode *mlast = iv_last(m);
	if (mlast && mlast->hi > hi)
		hi = mlast->hi;
	IvNode *nd = scratch_alloc_uninit(sizeof *nd);
	s->seed ^= s->seed << 13;
	s->seed ^= s->seed >> 17;
	s->seed ^= s->seed << 5;
	*nd = (IvNode){.lo = lo, .hi = hi, .prio = s->seed};
	s->root = iv_join(iv_join(a, nd), z);
}

/* ---- Range tests in a row (TestKind::Range) ----
 * A range test sorts the candidates after its own: an identical range to its success branch
 * (entailed), a range or literal disjoint from it to its failure branch, anything else (one
 * that overlaps it, or has no pair at the place) ends the test. The failure branch's candidates
 * are matched next, the first of them the next range test: N disjoint range arms are N range
 * tests each sorting all the ranges after it (rustc's sort_candidates does so: N^2 / 2). A list
 * longer than RANGE_SCAN candidates gets a RangeIndex over its array instead, reused by every
 * list that is a slice of that array: for each candidate, the position of the first later one
 * that ends its test (nonident: meets it and is not an identical range, or has no pair at the
 * place) and of the next identical range (next_same). That answers a later list too: a slice's
 * test T is the first of a failure branch, disjoint from the tests before it, so the candidates
 * those tests took out of the slice (their identical ranges) never meet T. Both are computed
 * from the last candidate back, a segment tree over the bounds' ranks giving the first later
 * interval meeting one (an interval stored at its O(log n) canonical nodes, each node the least
 * position stored at it and below it). The window grows by doubling while a test reaches past
 * it. A candidate whose pairs change is touched out of its index; the lists of an array are
 * never written after they are filled. */
enum { RANGE_SCAN = 32 };

typedef struct RangeIndex {
	Cand **base; /* the array: base[p]->rid == p */
	int w;       /* the window base[0 .. w) */
	PlaceId place;
	int *nonident, *next_same; /* positions in the window, INT_MAX: none in it */
} RangeIndex;

static int seg_first(const int *loc, const int *sub, int node, int nl, int nr, int l, int r)
{
	if (r < nl || nr < l)
		return INT_MAX;
	if (l <= nl && nr <= r)
		return sub[node];
	int mid = nl + (nr - nl) / 2, best = loc[node];
	int x = seg_first(loc, sub, 2 * node, nl, mid, l, r);
	if (x < best)
		best = x;
	x = seg_first(loc, sub, 2 * node + 1, mid + 1, nr, l, r);
	return x < best ? x : best;
}

/* position p, below every one stored so far, at the canonical nodes of l..=r */
static void seg_store(int *loc, int *sub, int node, int nl, int nr, int l, int r, int p)
{
	if (r < nl || nr < l)
		return;
	sub[node] = p;
	if (l <= nl && nr <= r) {
		loc[node] = p;
		return;
	}
	int mid = nl + (nr - nl) / 2;
	seg_store(loc, sub, 2 * node, nl, mid, l, r, p);
	seg_store(loc, sub, 2 * node + 1, mid + 1, nr, l, r, p);
}

static bool same_range(const AstPattern *t, const AstPattern *p)
{
	return t->lo_open == p->lo_open && t->hi_open == p->hi_open && t->hi_excl == p->hi_excl;
}

/* the index of c[0 .. w) at place, or NULL when some range there is empty (lo > hi: rustc
 * refuses those, the scan below decides them) */
static RangeIndex *range_index(Builder *b, Cand **c, int w, PlaceId place)
{
	TypeId ty = place_type(b->f, place);
	uint64_t *lo = scratch_alloc_uninit((size_t)w * sizeof *lo), *hi = scratch_alloc_uninit((size_t)w * sizeof *hi);
	const AstPattern **pat = scratch_alloc_uninit((size_t)w * sizeof *pat);
	uint64_t *coord = scratch_alloc_uninit(2 * (size_t)w * sizeof *coord);
	int m = 0;
	for (int p = 0; p < w; p++) {
		int i = pair_at(b, c[p], place);
		pat[p] = i < 0 ? NULL : c[p]->pairs[i].pat;
		if (!pat[p])
			continue;
		range_interval(b, ty, pat[p], &lo[p], &hi[p]);
		if (lo[p] > hi[p])
			return NULL;
		coord[m++] = lo[p];
		coord[m++] = hi[p];
	}
	int u = u64_sort_unique(coord, m);
	m = u ? u : 1;
	int sz = 1;
	while (sz < m)
		sz *= 2;
	int *loc = scratch_alloc_uninit(2 * (size_t)sz * sizeof *loc), *sub = scratch_alloc_uninit(2 * (size_t)sz * sizeof *sub);
	for (int j = 0; j < 2 * sz; j++)
		loc[j] = sub[j] = INT_MAX;
	/* the identical ranges: an open-addressed table of position + 1, the latest stored */
	size_t mask = 15;
	while (mask < 2 * (size_t)w)
		mask = mask * 2 + 1;
	int *slot = scratch_alloc((mask + 1) * sizeof *slot);
	RangeIndex *ri = scratch_alloc_uninit(sizeof *ri);
	*ri = (RangeIndex){.base = c, .w = w, .place = place};
	ri->nonident = scratch_alloc_uninit((size_t)w * sizeof *ri->nonident);
	ri->next_same = scratch_alloc_uninit((size_t)w * sizeof *ri->next_same);
	for (int p = w - 1; p >= 0; p--) {
		int l = 0, r = m - 1, same = -1; /* no pair at the place: it meets every test */
		size_t h = 0;
		if (pat[p]) {
			l = u64_rank(coord, u, lo[p]);
			r = u64_rank(coord, u, hi[p]);
		}
		int first = seg_first(loc, sub, 1, 0, sz - 1, l, r);
		if (pat[p] && is_range_test(pat[p])) {
			h = (size_t)((lo[p] * 0x9e3779b97f4a7c15u ^ hi[p]) * 0xff51afd7ed558ccdu >> 17) & mask;
			for (; slot[h]; h = (h + 1) & mask) {
				int q = slot[h] - 1;
				if (lo[q] == lo[p] && hi[q] == hi[p] && same_range(pat[q], pat[p])) {
					same = q;
					break;
				}
			}
		}
		/* the first later one meeting p is the next identical one: p's test ends where that one's does */
		ri->nonident[p] = same >= 0 && first == same ? ri->nonident[same] : first;
		ri->next_same[p] = same >= 0 ? same : INT_MAX;
		seg_store(loc, sub, 1, 0, sz - 1, l, r, p);
		if (pat[p] && is_range_test(pat[p]))
			slot[h] = p + 1;
	}
	for (int p = 0; p < w; p++) {
		c[p]->ri = ri;
		c[p]->rid = p;
	}
	return ri;
}

/* the Range test's branch for a candidate's pair mp (choose_bucket_for_candidate, TestKind::Range):
 * false when it ends the test */
static bool range_branch(Builder *b, const AstPattern *t, uint64_t tlo, uint64_t thi, const MatchPair *mp, int *kind)
{
	uint64_t lo, hi;
	range_interval(b, place_type(b->f, mp->place), mp->pat, &lo, &hi);
	if (is_range_test(mp->pat) && same_range(t, mp->pat) && tlo == lo && thi == hi) {
		*kind = BR_SUCCESS;
		return true;
	}
	if (hi < tlo || lo > thi) { /* no overlap (a literal: not contained) */
		*kind = BR_FAILURE;
		return true;
	}
	return false;
}

static void bucket_push(Bucket *bk, Cand *c)
{
	if (bk->n == bk->cap) {
		bk->cap = bk->cap ? 2 * bk->cap : 4;
		Cand **grown = scratch_alloc_uninit((size_t)bk->cap * sizeof *grown);
		if (bk->n)
			memcpy(grown, bk->c, (size_t)bk->n * sizeof *grown);
		bk->c = grown;
	}
	bk->c[bk->n++] = c;
}

/* A Range test on c[0]'s first pair: bk[0] its success branch (c[0] and the identical ranges,
 * entailed), bk[1] its failure branch when some candidate fails it (a slice of c when no
 * identical range sits among them); returns the candidates sorted. */
static int range_sort(Builder *b, Cand **c, int n, PlaceId place, Bucket *bk, int *nbk)
{
	const AstPattern *t = c[0]->pairs[0].pat;
	uint64_t tlo, thi;
	range_interval(b, place_type(b->f, place), t, &tlo, &thi);
	RangeIndex *ri = c[0]->ri;
	int i = c[0]->rid, k = 1, kind;
	if (ri && (ri->base + i != c || !same_place(b->f, ri->place, place)))
		ri = NULL;
	/* a failure branch with identical ranges taken out is a copy: indexing each such copy again
	 * would cost n log n per test where the scan costs n (N range tests each with one identical
	 * range later, `R1 if g, .., Rn if g, R1, .., Rn`: the scan's N^2 / 2, as rustc's) */
	bool copy = c[0]->view && c[0]->view + c[0]->vpos == c;
	bk[0] = (Bucket){.kind = BR_SUCCESS};
	bk[1] = (Bucket){.kind = BR_FAILURE};
	bucket_push(&bk[0], c[0]);
	if (!ri) {
		int lim = copy ? n : RANGE_SCAN;
		for (; k < n && k < lim; k++) {
			int j = pair_at(b, c[k], place);
			if (j < 0 || !range_branch(b, t, tlo, thi, &c[k]->pairs[j], &kind))
				break;
			bucket_push(&bk[kind == BR_SUCCESS ? 0 : 1], c[k]);
		}
		if (k == RANGE_SCAN && k < n) {
			ri = range_index(b, c, n < 2 * RANGE_SCAN ? n : 2 * RANGE_SCAN, place);
			i = 0;
		}
	}
	if (ri) {
		/* the window grows while the test finds nothing ending it in there and the list goes on */
		while (ri && ri->nonident[i] == INT_MAX && i + n > ri->w) {
			int grow = 2 * (ri->w - i) > 2 * RANGE_SCAN ? 2 * (ri->w - i) : 2 * RANGE_SCAN;
			ri = range_index(b, c, n < grow ? n : grow, place);
			i = 0;
		}
		bk[0].n = 1;
		bk[1].n = 0;
		if (!ri) { /* an empty range: the scan */
			for (k = 1; k < n; k++) {
				int j = pair_at(b, c[k], place);
				if (j < 0 || !range_branch(b, t, tlo, thi, &c[k]->pairs[j], &kind))
					break;
				bucket_push(&bk[kind == BR_SUCCESS ? 0 : 1], c[k]);
			}
		} else {
			int stop = ri->nonident[i] < i + n ? ri->nonident[i] : i + n;
			k = stop - i;
			int s = ri->next_same[i];
			if (s >= stop) {
				if (k > 1) { /* every one failed: the slice */
					bk[1].c = c + 1;
					bk[1].n = k - 1;
				}
			} else {
				for (int p = i + 1; p < stop; p++)
					if (p == s) {
						bucket_push(&bk[0], c[p - i]);
						s = ri->next_same[s];
					} else {
						bucket_push(&bk[1], c[p - i]);
					}
			}
		}
	}
	if (bk[0].n == 1 && bk[1].n && bk[1].c != c + 1) /* the scan's failures, the slice they are */
		bk[1].c = c + 1;
	for (int p = 0; bk[0].n > 1 && p < bk[1].n; p++) { /* a copy: marked for the next test */
		bk[1].c[p]->view = bk[1].c;
		bk[1].c[p]->vpos = p;
	}
	*nbk = bk[1].n ? 2 : 1;
	for (int j = 0; j < bk[0].n; j++)
		entail(b, bk[0].c[j], pair_at(b, bk[0].c[j], place));
	return k;
}

/* `_t = op(l, r); switchInt(move _t) -> [0: fail, otherwise: success]` (rustc's compare) */
static void compare(Builder *b, BlockId block, BlockId success, BlockId fail, BinOp op, Operand l, Operand r)
{
	LocalId t = new_temp(b, TY_BOOL, 1);
	assign(b, block, pl(b, t), stmt_assign_binary(0, RV_BINARY, op, l, r));
	switch_one(b, block, op_move(pl(b, t)), 0, fail, success);
}

static size_t bucket_hash(int kind, uint64_t v)
{
	return (size_t)((v ^ (uint64_t)kind * 0x9e3779b97f4a7c15u) * 0xff51afd7ed558ccdu >> 17);
}

/* A test whose branches' subtrees are built: its start block's terminator (perform_test) is
 * made once the last branch's subtree is (match_candidates finishes the tests whose last branch
 * it continues with in its own loop: a chain of N range tests, each the failure of the one
 * before, is no recursion N deep) */
typedef struct {
	PlaceId place;
	const AstPattern *first;
	BlockId start, remainder;
	Bucket *bk;
	int nbk;
} TestFrame;

static void finish_test(Builder *b, const TestFrame *t)
{
	PlaceId place = t->place;
	const AstPattern *first = t->first;
	BlockId start = t->start, remainder = t->remainder;
	const Bucket *bk = t->bk;
	int nbk = t->nbk;
	bool int_test = !first->enm && !first->is_bool;
	if (int_test && is_range_test(first)) {
		/* perform_test, TestKind::Range: `lo <= x` (unless open), then `x <= hi` / `x < hi` (unless
		 * open), each a compare into a bool temp; a missing branch the remainder */
		BlockId success = remainder, fail = remainder;
		for (int j = 0; j < nbk; j++)
			*(bk[j].kind == BR_SUCCESS ? &success : &fail) = bk[j].start;
		TypeId ty = place_type(b->f, place);
		BlockId mid = first->lo_open ? start : first->hi_open ? success : new_block(b);
		if (!first->lo_open)
			compare(b, start, mid, fail, BIN_LE, cst(b, ty, lit_bits(b, ty, first->value, first->negative)),
			        op_copy(place));
		if (!first->hi_open)
			compare(b, mid, success, fail, first->hi_excl ? BIN_LT : BIN_LE, op_copy(place),
			        cst(b, ty, lit_bits(b, ty, first->hi_value, first->hi_negative)));
		return;
	}
	if (!first->enm) {
		/* perform_test, TestKind::If: `switchInt(copy place) -> [0: failure, otherwise: success]`;
		 * TestKind::SwitchInt: `switchInt(copy place) -> [v: bb, .., otherwise: remainder]`, the
		 * targets in the order the buckets were made (rustc's IndexMap of branches), the
		 * otherwise the failure bucket's (ranges holding none of the values) or the remainder */
		Term sw = mk(TK_SWITCH);
		sw.a = op_copy(place);
		if (first->is_bool) {
			BlockId yes = remainder, no = remainder;
			for (int j = 0; j < nbk; j++)
				*(bk[j].variant ? &yes : &no) = bk[j].start;
			SwitchArm arm = {0, no};
			sw.args = fn_add_arms(b->f, &arm, 1);
			sw.nargs = 1;
			sw.target = yes;
		} else {
			SwitchArm *ia = scratch_alloc_uninit(((size_t)nbk + 1) * sizeof *ia);
			uint32_t na = 0;
			sw.target = remainder;
			for (int j = 0; j < nbk; j++) {
				if (bk[j].kind == BR_FAILURE) {
					sw.target = bk[j].start;
					continue;
				}
				ia[na].value = bk[j].variant;
				ia[na++].target = bk[j].start;
			}
			sw.args = fn_add_arms(b->f, ia, na);
			sw.nargs = na;
		}
		terminate(b, start, sw);
		return;
	}
	/* perform_test: `_t = discriminant(place); switchInt(move _t) -> [v: bb, .., otherwise]`,
	 * the targets in variant order */
	SwitchArm *arms = scratch_alloc_uninit(((size_t)nbk + 1) * sizeof *arms);
	for (int j = 0; j < nbk; j++) {
		int at = j;
		while (at > 0 && arms[at - 1].value > (uint64_t)bk[j].variant) {
			arms[at] = arms[at - 1];
			at--;
		}
		arms[at].value = (uint64_t)bk[j].variant;
		arms[at].target = bk[j].start;
	}
	for (int j = 0; j < nbk; j++)
		arms[j].value = variant_switch_value(b, place_type(b->f, place), (int)arms[j].value);
	LocalId discr = new_temp(b, adt_discr_type(adt_of(b->m, place_type(b->f, place))), 1); /* repr40 */
	assign(b, start, pl(b, discr), (Stmt){.rv = RV_DISCR, .a = {.v = place}});
	Term sw = mk(TK_SWITCH);
	sw.a = op_move(pl(b, discr));
	sw.args = fn_add_arms(b->f, arms, (uint32_t)nbk);
	sw.nargs = (uint32_t)nbk;
	sw.target = remainder;
	terminate(b, start, sw);
}

/* test_candidates: returns the remainder block; *used the candidates bucketed. When they are
 * all the candidates (the caller's loop ends with this test), the last branch's subtree is left
 * to the caller: NO_BLOCK, *defer the test to finish after it. */
static BlockId test_candidates(Builder *b, Cand **c, int n, BlockId start, int *used, TestFrame *defer)
{
	PlaceId place = c[0]->pairs[0].place;
	const AstPattern *first = c[0]->pairs[0].pat;
	int nbk = 0, capbk = 2, k, fail = -1;
	Bucket *bk = scratch_alloc_uninit((size_t)capbk * sizeof *bk); /* grown by doubling: n per test was N^2 */
	bool int_test = !first->enm && !first->is_bool;
	if (int_test && is_range_test(first)) {
		k = range_sort(b, c, n, place, bk, &nbk);
	} else {
		/* the buckets by (kind, branch): an open-addressed table of bucket index + 1, grown with the
		 * buckets (a scan of the buckets per candidate was N^2 at N guarded literal arms; a table of
		 * n slots per call too, the calls of a match consuming few candidates each) */
		size_t mask = 15;
		int *slot = scratch_alloc((mask + 1) * sizeof *slot);
		/* SwitchInt: the values bucketed (made when the first range comes) and the failed ranges */
		IvSet vals = {NULL, 0x9e3779b9u}, fails = {NULL, 0x85ebca6bu};
		bool have_vals = false;
		TypeId ty = int_test ? place_type(b->f, place) : 0;
		for (k = 0; k < n; k++) {
			int i = pair_at(b, c[k], place);
			if (i < 0)
				break; /* the test says nothing of this candidate: stop */
			int kind = BR_VALUE;
			uint64_t v = 0;
			if (int_test) {
				const AstPattern *p = c[k]->pairs[i].pat;
				uint64_t lo, hi;
				range_interval(b, ty, p, &lo, &hi);
				if (!is_range_test(p)) {
					/* a value some range already sorted into the failure arm holds would match in two
					 * branches */
					if (fail >= 0 && iv_meets(&fails, lo, lo))
						break;
					v = pair_branch(b, &c[k]->pairs[i]);
				} else {
					/* a range holding none of the values tested so far can only match on failure */
					if (!have_vals) {
						for (int j = 0; j < nbk; j++)
							if (bk[j].kind == BR_VALUE) {
								uint64_t o = ordered(b, ty, bk[j].variant);
								iv_add(&vals, o, o);
							}
						have_vals = true;
					}
					if (iv_meets(&vals, lo, hi))
						break;
					kind = BR_FAILURE;
					iv_add(&fails, lo, hi);
				}
			} else {
				v = pair_branch(b, &c[k]->pairs[i]);
			}
			if (kind == BR_VALUE)
				entail(b, c[k], i);
			size_t h = bucket_hash(kind, v) & mask;
			while (slot[h] && (bk[slot[h] - 1].kind != kind || bk[slot[h] - 1].variant != v))
				h = (h + 1) & mask;
			int j = slot[h] - 1;
			if (j < 0) {
				j = nbk++;
				slot[h] = nbk;
				if (2 * (size_t)nbk > mask) { /* rehash at half full */
					mask = mask * 2 + 1;
					slot = scratch_alloc((mask + 1) * sizeof *slot);
					for (int q = 0; q < nbk - 1; q++) {
						size_t g = bucket_hash(bk[q].kind, bk[q].variant) & mask;
						while (slot[g])
							g = (g + 1) & mask;
						slot[g] = q + 1;
					}
					h = bucket_hash(kind, v) & mask;
					while (slot[h])
						h = (h + 1) & mask;
					slot[h] = nbk;
				}
				if (nbk > capbk) {
					Bucket *grown = scratch_alloc_uninit(2 * (size_t)capbk * sizeof *grown);
					memcpy(grown, bk, (size_t)capbk * sizeof *grown);
					bk = grown;
					capbk *= 2;
				}
				bk[j] = (Bucket){.kind = kind, .variant = v};
				if (kind == BR_FAILURE)
					fail = j;
				else if (have_vals && int_test) {
					uint64_t o = ordered(b, ty, v);
					iv_add(&vals, o, o);
				}
			}
			bucket_push(&bk[j], c[k]);
		}
	}
	*used = k;
	TestFrame t = {place, first, start, new_block(b), bk, nbk};
	for (int j = 0; j < nbk; j++) {
		bk[j].start = new_block(b);
		if (j == nbk - 1 && k == n && defer) {
			*defer = t;
			return NO_BLOCK;
		}
		BlockId otherwise = match_candidates(b, bk[j].start, bk[j].c, bk[j].n);
		goto_(b, otherwise, t.remainder);
	}
	finish_test(b, &t);
	return t.remainder;
}

/* match_candidates: the candidates in order from start; returns the block reached
 * when none matches */
static BlockId match_candidates(Builder *b, BlockId start, Cand **c, int n)
{
	TestFrame *frames = NULL; /* the tests whose last branch the loop went on with */
	int nframes = 0, capframes = 0;
	/* the candidates from orfree_lo up to orfree_hi start with no or-pattern: rustc's
	 * any(starts_with_or_pattern) per prefix, without scanning them again (the loop changes no
	 * candidate after the prefix it takes, and a failure branch that is a slice of c is unchanged) */
	uintptr_t orfree_lo = 0, orfree_hi = 0;
	while (n > 0) {
		if (c[0]->false_start == NO_BLOCK)
			c[0]->false_start = start;
		if (c[0]->n == 0) { /* select_matched_candidate */
			c[0]->pre = start;
			start = new_block(b);
			c[0]->otherwise = start;
			c++;
			n--;
			continue;
		}
		int used;
		if (!(orfree_lo <= (uintptr_t)c && (uintptr_t)c <= orfree_hi))
			orfree_lo = orfree_hi = (uintptr_t)c;
		Cand **scan = c + ((orfree_hi - (uintptr_t)c) / sizeof *c);
		while (scan < c + n && !starts_with_or(*scan))
			scan++;
		orfree_hi = (uintptr_t)scan;
		if (scan < c + n) {
			start = expand_or_candidates(b, start, c, n, &used);
		} else {
			TestFrame t;
			BlockId rem = test_candidates(b, c, n, start, &used, &t);
			if (rem == NO_BLOCK) { /* go on with its last branch, finish it after */
				if (nframes == capframes) {
					capframes = capframes ? 2 * capframes : 8;
					TestFrame *grown = scratch_alloc_uninit((size_t)capframes * sizeof *grown);
					if (nframes)
						memcpy(grown, frames, (size_t)nframes * sizeof *grown);
					frames = grown;
				}
				frames[nframes++] = t;
				Bucket *last = &t.bk[t.nbk - 1];
				start = last->start;
				c = last->c;
				n = last->n;
				continue;
			}
			start = rem;
		}
		c += used;
		n -= used;
	}
	while (nframes > 0) {
		const TestFrame *t = &frames[--nframes];
		goto_(b, start, t->remainder);
		finish_test(b, t);
		start = t->remainder;
	}
	return start;
}

static int chosen_alt(const Cand *leaf, const AstPattern *or_node);

/* field j's or-pattern `sp` as the alternative the leaf's path took: `one` is pat with that alternative
 * alone as its field (alt, at sp's field index); false when the leaf took none (merged: binds nothing) */
static bool chosen_alt_as_field(const AstPattern *pat, const AstSubPattern *sp, const Cand *leaf, AstSubPattern *alt,
                                AstPattern *one)
{
	int k = chosen_alt(leaf, sp->or_pat);
	if (k < 0 && !sp->or_pat->at_shared)
		return false;
	k = k < 0 ? 0 : k; /* `Some(n @ (1 | 2))` merged (bind32): n, once */
	*alt = sp->or_pat->alts[k];
	alt->field = sp->field;
	*one = *pat;
	one->subs = alt;
	one->nsubs = 1;
	return true;
}

/* the bindings of one place, `x @ y @ p`'s x then y (bind29; parse.c bounds the chain below 64): n */
static int top_chain(const AstSubPattern *top, const AstVar **out)
{
	int n = 0;
	for (const AstSubPattern *in = top; in && n < 64; in = in->inner)
		out[n++] = in->var;
	return n;
}

/* one binding by value of place (its local made unless declared): StorageLive, the copy or move,
 * the drops in arm_scope when sched */
/* the reference a deref place `(*p)` goes through: p (ergo29) */
static PlaceId deref_base(Fn *f, PlaceId place)
{
	Place pd = *place_get(f, place);
	assert(pd.nproj > 0 && place_proj(f, &pd, pd.nproj - 1)->kind == PROJ_DEREF);
	PlaceId q = place_local(f, pd.local);
	for (uint32_t i = 0; i + 1 < pd.nproj; i++) {
		const Proj *pe = place_proj(f, place_get(f, place), i);
		q = place_project(f, q, (ProjKind)pe->kind, pe->index, pe->ty);
	}
	return q;
}

static void bind_var_at(Builder *b, BlockId bb, int arm_scope, const AstVar *var, PlaceId place, bool declared,
                        bool sched)
{
	if (var->by_ref && b->skip_by_ref)
		return;
	TypeId ft = ty_of(b, var->ty);
	LocalId l = declared ? b->var_local[var->id] : fn_add_local(b->f, ft, var->name, var->is_mut);
	b->var_local[var->id] = l;
	storage(b, bb, ST_STORAGE_LIVE, l);
	if (sched)
		schedule_drop(b, arm_scope, l, DK_STORAGE);
	if (var->ergo_top == ERGO_TOP_VIA) /* mref39: `v` of `match &r`, the written `&r` (`(*(*_2))`'s _2) */
		assign(b, bb, pl(b, l), rv_use(consume(b, deref_base(b->f, deref_base(b->f, place)))));
	else if (var->ergo_top) /* `other =>` through a reference (ergo29): the reference, by value */
		assign(b, bb, pl(b, l), rv_use(consume(b, deref_base(b->f, place))));
	else
		assign(b, bb, pl(b, l), rv_bind(b, var, place)); /* by value, or `&place` for `ref` (ref27) */
	if (sched && needs_drop(b, ft))
		schedule_drop(b, arm_scope, l, DK_VALUE);
}

static void bind_pattern_at(Builder *b, BlockId bb, int arm_scope, const AstPattern *pat, PlaceId place, bool declared,
                            bool sched, const Cand *leaf)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat) { /* the alternative leaf's path took, as field j (none: merged, binds nothing) */
			AstSubPattern alt;
			AstPattern one;
			if (chosen_alt_as_field(pat, sp, leaf, &alt, &one))
				bind_pattern_at(b, bb, arm_scope, &one, place, declared, sched, leaf);
			continue;
		}
		if (sp->nested && !sp->var) { /* `k @ p`: k below, p binds nothing (parse.c) */
			if (sp->nested->enm || sp->nested->strukt) /* a literal binds nothing */
				bind_pattern_at(b, bb, arm_scope, sp->nested, sub_place(b, place, pat, sp), declared,
				                sched, leaf);
			continue;
		}
		if (!sp->var)
			continue;
		PlaceId fp = sub_place(b, place, pat, sp);
		if (sp->nested && (sp->nested->enm || sp->nested->strukt)) /* `Some(a @ Some(b))` (bind30): b first */
			bind_pattern_at(b, bb, arm_scope, sp->nested, fp, declared, sched, leaf);
		const AstVar *chain[64]; /* `Some(a @ b)` (bind30): b before a, as at the top */
		int nc = top_chain(sp, chain);
		while (nc-- > 0)
			bind_var_at(b, bb, arm_scope, chain[nc], fp, declared, sched);
	}
}

static void declare_binding(const AstSubPattern *sp, void *cx);
static bool pattern_binds(const AstPattern *pat);

/* arm a's pattern k at place, with its top binding (issue 22, bind27: `n`, `k @ p`, a copy of the
 * whole place). rustc 1.95 declares the locals in pattern order (declare_bindings: `s` before `y` in
 * `s @ Some(y)`) but binds the subpattern's bindings before the binding of the whole (its dumps:
 * `_50 = copy ((_4 as Some).0: u32); _49 = copy _4;`), the drops scheduled in that order too. */
/* a field's `@` binding with bindings after it or inside its subpattern (bind30: `Some(a @ b)`,
 * `Some(a @ Some(b))`): bound innermost first, so declared first, in pattern order */
static bool pattern_binds_under_at(const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		for (int k = 0; sp->or_pat && k < sp->or_pat->nalts; k++) {
			AstPattern one = {.subs = &sp->or_pat->alts[k], .nsubs = 1};
			if (pattern_binds_under_at(&one))
				return true;
		}
		if (sp->var && sp->inner)
			return true;
		if (sp->nested && (sp->nested->enm || sp->nested->strukt) &&
		    (sp->var ? pattern_binds(sp->nested) : pattern_binds_under_at(sp->nested)))
			return true;
	}
	return false;
}

static void bind_arm_pattern(Builder *b, BlockId bb, int scope, const AstMatchArm *a, int k, PlaceId place,
                             bool declared, bool sched, const Cand *leaf)
{
	if (!declared && (ast_arm_top(a, k) || pattern_binds_under_at(&a->pats[k]))) {
		ast_arm_each_binding(a, k, declare_binding, b);
		declared = true;
	}
	if (a->pats[k].enm || a->pats[k].strukt)
		bind_pattern_at(b, bb, scope, &a->pats[k], place, declared, sched, leaf);
	if (ast_arm_top(a, k)) { /* `x @ y` (bind29): y before x, as a subpattern's bindings */
		const AstVar *chain[64];
		int nc = top_chain(&a->tops[k], chain);
		while (nc-- > 0)
			bind_var_at(b, bb, scope, chain[nc], place, declared, sched);
	}
}

static void bind_arm(Builder *b, BlockId bb, int arm_scope, const AstMatchArm *a, const void *cx)
{
	if (a->npats == 1 || a->top_merged) /* `n @ (1 | 2)` (bind29): n once, the alternatives bind nothing */
		bind_arm_pattern(b, bb, arm_scope, a, 0, *(const PlaceId *)cx, false, true, NULL);
}

static bool pattern_binds(const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++)
		if (pat->subs[j].var || (pat->subs[j].nested && pattern_binds(pat->subs[j].nested)))
			return true;
	return false;
}

/* An arm of several patterns with bindings (`E::A(x) | E::B(x) => x`): rustc's
 * merge_trivial_subcandidates does not merge its subcandidates, each stays a leaf of
 * the match tree. */
static bool or_leaves(const AstMatchArm *a)
{
	if (a->npats < 2 || a->top_merged) /* bind29: `n @ (1 | 2)` merges (its binding is the candidate's) */
		return false;
	for (int k = 0; k < a->npats; k++)
		if (ast_arm_top(a, k) || ((a->pats[k].enm || a->pats[k].strukt) && pattern_binds(&a->pats[k])))
			return true;
	return false;
}

static void declare_binding(const AstSubPattern *sp, void *cx)
{
	Builder *b = cx;
	b->var_local[sp->var->id] = fn_add_local(b->f, ty_of(b, sp->var->ty), sp->var->name, sp->var->is_mut);
}

/* lower_arm_bodies (build_match.c) with or-pattern leaves: leaf[i][j] the pre-binding block of
 * arm i's pattern j. lower_match_tree gives every leaf but the last its false-edge block, in
 * reverse leaf order; an arm of leaves declares its bindings from its first pattern, then
 * bind_pattern's target block, each leaf binding in its block and going there. */
static BlockId lower_leaf_bodies(Builder *b, PlaceId dest, const AstExpr *e, BlockId **leaf, BlockId **start,
                                 PlaceId scrut)
{
	int n = e->narms;
	bool last_leaf = true;
	BlockId next = NO_BLOCK; /* the next leaf's false_edge_start_block: the imaginary target */
	for (int i = n - 1; i >= 0; i--) {
		int nl = or_leaves(&e->arms[i]) ? e->arms[i].npats : 1;
		for (int j = nl - 1; j >= 0; j--) {
			BlockId pre = leaf[i][j];
			if (pre == NO_BLOCK)
				continue;
			if (last_leaf) {
				last_leaf = false;
				next = start[i][j];
				continue;
			}
			BlockId fresh = new_block(b);
			if (!b->f->blocks[pre].has_term) {
				false_edge(b, pre, fresh, GOTO_FALSE_EDGE);
				set_imaginary(b, pre, next);
			}
			next = start[i][j];
			leaf[i][j] = fresh;
		}
	}
	BlockId *ends = scratch_alloc((size_t)n * sizeof *ends);
	for (int i = 0; i < n; i++) {
		const AstMatchArm *a = &e->arms[i];
		ends[i] = NO_BLOCK;
		if (!or_leaves(a)) {
			if (leaf[i][0] == NO_BLOCK)
				continue;
			b->pending_term = 1;
			int ats, aid = enter(b, &ats);
			bind_arm(b, leaf[i][0], aid, a, &scrut);
			ends[i] = into(b, dest, leaf[i][0], a->body);
			ends[i] = leave(b, aid, ats, ends[i]);
			continue;
		}
		int reached = -1; /* the first leaf reached schedules the drops (rustc 1.95's dumps: the
		                     StorageDeads in the first alternative's binding order) */
		for (int j = a->npats - 1; j >= 0; j--)
			if (leaf[i][j] != NO_BLOCK)
				reached = j;
		if (reached < 0)
			continue;
		b->pending_term = 1;
		int ats, aid = enter(b, &ats);
		ast_arm_each_binding(a, 0, declare_binding, b);
		BlockId target = new_block(b);
		for (int j = 0; j < a->npats; j++) {
			if (leaf[i][j] == NO_BLOCK)
				continue;
			bind_arm_pattern(b, leaf[i][j], aid, a, j, scrut, true, j == reached, NULL);
			goto_(b, leaf[i][j], target);
		}
		ends[i] = into(b, dest, target, a->body);
		ends[i] = leave(b, aid, ats, ends[i]);
	}
	BlockId end = new_block(b);
	for (int i = 0; i < n; i++)
		if (ends[i] != NO_BLOCK)
			goto_(b, ends[i], end);
	return end;
}

static bool match_has_or(const AstExpr *e);

/* ---- match guards (guard27: `Some(x) if x > 3 => ..`), rustc 1.95's lower_match_tree,
 * lower_match_arms and bind_and_guard_matched_candidate (builder/matches/mod.rs, util.rs) ---- */

/* collect_fake_borrows: the places the arms' patterns test (each once, in the order
 * FakeBorrowCollector meets them), a `&T` temp for each, made before the tree */
typedef struct {
	PlaceId *place;
	LocalId *temp;
	int n, cap;
	bool guarded;
} GuardBorrows;

static void fake_borrow(Builder *b, GuardBorrows *gb, PlaceId place)
{
	for (int i = 0; i < gb->n; i++)
		if (same_place(b->f, gb->place[i], place))
			return;
	if (gb->n == gb->cap) {
		int cap = gb->cap ? 2 * gb->cap : 8;
		PlaceId *np = scratch_alloc_uninit((size_t)cap * sizeof *np);
		LocalId *nt = scratch_alloc_uninit((size_t)cap * sizeof *nt);
		if (gb->n) {
			memcpy(np, gb->place, (size_t)gb->n * sizeof *np);
			memcpy(nt, gb->temp, (size_t)gb->n * sizeof *nt);
		}
		gb->place = np;
		gb->temp = nt;
		gb->cap = cap;
	}
	gb->place[gb->n++] = place;
}

/* fake_borrow_deref_prefixes: the prefix before each deref of place, innermost first */
static void fake_borrow_deref_prefixes(Builder *b, GuardBorrows *gb, PlaceId place)
{
	Place p = b->f->places[place]; /* by value: place_project grows the places and projections */
	for (uint32_t k = p.nproj; k-- > 0;)
		if (b->f->projs[p.proj + k].kind == PROJ_DEREF) {
			PlaceId pre = pl(b, p.local);
			for (uint32_t j = 0; j < k; j++) {
				Proj q = b->f->projs[p.proj + j];
				pre = place_project(b->f, pre, q.kind, q.index, q.ty);
			}
			fake_borrow(b, gb, pre);
		}
}

static void fb_bindings(Builder *b, GuardBorrows *gb, const AstPattern *pat, PlaceId place)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat) /* an or-pattern's bindings are its alternatives' */
			continue;
		PlaceId fp = sub_place(b, place, pat, sp);
		if (sp->var)
			fake_borrow_deref_prefixes(b, gb, fp);
		if (sp->nested && (sp->nested->enm || sp->nested->strukt))
			fb_bindings(b, gb, sp->nested, fp);
	}
}

static void fb_pairs(Builder *b, GuardBorrows *gb, const AstPattern *pat, PlaceId place, bool top);

/* visit_match_pair on the pattern pat at place (its pair, or an irrefutable pattern's subpairs) */
static void fb_pair(Builder *b, GuardBorrows *gb, const AstPattern *pat, PlaceId place)
{
	if (pat->is_wildcard || (pat->is_range && range_is_full(b, place_type(b->f, place), pat)))
		return;
	if (!pat->strukt && !(pat->enm && pat->enm->nvariants == 1)) {
		fake_borrow(b, gb, place);
		fake_borrow_deref_prefixes(b, gb, place);
	}
	fb_pairs(b, gb, pat, place, false);
}

/* the subpairs of pat at place: its fields', in order; at the top (a candidate's match_pairs,
 * sort_match_pairs) the or-patterns last */
static void fb_pairs(Builder *b, GuardBorrows *gb, const AstPattern *pat, PlaceId place, bool top)
{
	for (int pass = 0; pass < (top ? 2 : 1); pass++)
		for (int j = 0; j < pat->nsubs; j++) {
			const AstSubPattern *sp = &pat->subs[j];
			PlaceId fp;
			if (sp->or_pat && (!top || pass == 1)) {
				fp = sub_place(b, place, pat, sp);
				for (int k = 0; k < sp->or_pat->nalts; k++) { /* visit_flat_pat per alternative */
					const AstSubPattern *alt = &sp->or_pat->alts[k];
					if (alt->var)
						fake_borrow_deref_prefixes(b, gb, fp);
					if (alt->nested) {
						if (alt->nested->enm || alt->nested->strukt)
							fb_bindings(b, gb, alt->nested, fp);
						fb_pair(b, gb, alt->nested, fp);
					}
				}
			} else if (sp->nested && !sp->or_pat && (!top || pass == 0)) {
				fp = sub_place(b, place, pat, sp);
				fb_pair(b, gb, sp->nested, fp);
			}
		}
}

static void collect_fake_borrows(Builder *b, const AstExpr *e, PlaceId scrut, GuardBorrows *gb)
{
	gb->guarded = true;
	for (int i = 0; i < e->narms; i++) {
		const AstMatchArm *a = &e->arms[i];
		if (a->npats > 1) { /* one candidate, an or-pattern of the arm's patterns */
			for (int k = 0; k < a->npats; k++) {
				if (a->pats[k].enm || a->pats[k].strukt)
					fb_bindings(b, gb, &a->pats[k], scrut);
				fb_pair(b, gb, &a->pats[k], scrut);
			}
			continue;
		}
		const AstPattern *pat = &a->pats[0];
		if (pat->enm || pat->strukt)
			fb_bindings(b, gb, pat, scrut);
		if (pat->is_wildcard || (pat->is_range && range_is_full(b, place_type(b->f, scrut), pat)))
			continue;
		if (!pat->strukt && !(pat->enm && pat->enm->nvariants == 1)) {
			fake_borrow(b, gb, scrut);
			fake_borrow_deref_prefixes(b, gb, scrut);
			fb_pairs(b, gb, pat, scrut, false);
		} else {
			fb_pairs(b, gb, pat, scrut, true);
		}
	}
	for (int i = 0; i < gb->n; i++)
		gb->temp[i] = new_temp(b, type_ptr(b->m, TY_REF, place_type(b->f, gb->place[i])), 0);
}

/* An arm's bindings (pattern order): declare_binding's for_arm_body local, then with a guard its
 * ref_for_guard local `&T`, per binding */
typedef struct {
	Builder *b;
	const AstVar **var;
	PlaceId *src;
	int n, cap;
} GuardBindings;

static void gbind_push(GuardBindings *g, const AstVar *var, PlaceId src)
{
	if (g->n == g->cap) {
		int cap = g->cap ? 2 * g->cap : 8;
		const AstVar **nv = scratch_alloc_uninit((size_t)cap * sizeof *nv);
		PlaceId *ns = scratch_alloc_uninit((size_t)cap * sizeof *ns);
		if (g->n) {
			memcpy(nv, g->var, (size_t)g->n * sizeof *nv);
			memcpy(ns, g->src, (size_t)g->n * sizeof *ns);
		}
		g->var = nv;
		g->src = ns;
		g->cap = cap;
	}
	g->var[g->n] = var;
	g->src[g->n++] = src;
}

static void gbind_collect(Builder *b, GuardBindings *g, const AstPattern *pat, PlaceId place, const Cand *leaf)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat) { /* misc28: the alternative leaf's path took (sub_branch_bindings), as field j */
			AstSubPattern alt;
			AstPattern one;
			if (chosen_alt_as_field(pat, sp, leaf, &alt, &one))
				gbind_collect(b, g, &one, place, leaf);
			continue;
		}
		if (sp->nested && !sp->var) {
			if (sp->nested->enm || sp->nested->strukt)
				gbind_collect(b, g, sp->nested, sub_place(b, place, pat, sp), leaf);
			continue;
		}
		if (!sp->var)
			continue;
		PlaceId fp = sub_place(b, place, pat, sp);
		if (sp->nested && (sp->nested->enm || sp->nested->strukt)) /* bind30: as bind_pattern_at */
			gbind_collect(b, g, sp->nested, fp, leaf);
		const AstVar *chain[64];
		int nc = top_chain(sp, chain);
		while (nc-- > 0)
			gbind_push(g, chain[nc], fp);
	}
}

static void guard_declared_var(const AstSubPattern *sp, void *cx)
{
	gbind_push(cx, sp->var, NO_ID);
}

/* declare_bindings of a guarded arm: per binding of its first pattern, the for_arm_body local,
 * then the ref_for_guard local `&T` (*g the bindings, refs[k] the k-th one's ref local) */
static void guard_declare(Builder *b, const AstMatchArm *a, GuardBindings *g, LocalId **refs)
{
	*g = (GuardBindings){b, NULL, NULL, 0, 0};
	for (int k = 0; k < a->npats; k++)
		if (ast_arm_top(a, k) || a->pats[k].enm || a->pats[k].strukt) { /* the top binding first (bind27) */
			ast_arm_each_binding(a, k, guard_declared_var, g);
			break;
		}
	LocalId *ref = scratch_alloc_uninit(((size_t)g->n + 1) * sizeof *ref);
	for (int k = 0; k < g->n; k++) {
		TypeId t = ty_of(b, g->var[k]->ty);
		b->var_local[g->var[k]->id] = fn_add_local(b->f, t, g->var[k]->name, g->var[k]->is_mut);
		ref[k] = fn_add_local(b->f, type_ptr(b->m, TY_REF, t), g->var[k]->name, 0);
	}
	*refs = ref;
	if (!b->guard_ref) {
		b->guard_ref = arena_alloc(b->sa, ((size_t)b->fn->nvars + 1) * sizeof *b->guard_ref);
		for (int i = 0; i <= b->fn->nvars; i++)
			b->guard_ref[i] = NO_ID;
	}
}

/* clear_match_arm_and_guard_scopes: a sub-branch lowered before the last of an or-pattern's
 * unschedules what its bindings for the guard scheduled in the arm's scope */
void clear_scope_drops(Builder *b, int scope_id);

/* bind_and_guard_matched_candidate for a guarded arm's leaf at block, pattern pat: the bindings
 * by reference (bind_matched_candidate_for_guard), the fake borrows, the guard in an if-then
 * scope out to match_scope (false: to otherwise), the FakeReads, then the bindings by value
 * (their drops scheduled when sched); the true block */
static BlockId guard_leaf(Builder *b, BlockId block, int arm_scope, int match_scope, const AstMatchArm *a,
                          int pk, const GuardBindings *decl, const LocalId *refs, PlaceId scrut,
                          BlockId otherwise, const GuardBorrows *gb, bool sched, const Cand *leaf)
{
	const AstPattern *pat = &a->pats[pk];
	GuardBindings g = {b, NULL, NULL, 0, 0};
	if (pat->enm || pat->strukt)
		gbind_collect(b, &g, pat, scrut, leaf);
	if (ast_arm_top(a, pk)) { /* bind27: the whole place's binding after its subpattern's, as by value */
		const AstVar *chain[64]; /* `x @ y` (bind29): y, then x */
		int nc = top_chain(&a->tops[pk], chain);
		while (nc-- > 0)
			gbind_push(&g, chain[nc], scrut);
	}
	LocalId *saved = scratch_alloc_uninit(((size_t)g.n + 1) * sizeof *saved);
	LocalId *ref = scratch_alloc_uninit(((size_t)g.n + 1) * sizeof *ref);
	for (int k = 0; k < g.n; k++) {
		ref[k] = NO_ID;
		for (int d = 0; d < decl->n && ref[k] == NO_ID; d++)
			if (decl->var[d]->id == g.var[k]->id)
				ref[k] = refs[d];
		IR_ASSERT(ref[k] != NO_ID);
		storage(b, block, ST_STORAGE_LIVE, ref[k]);
		schedule_drop(b, arm_scope, ref[k], DK_STORAGE);
		if (g.var[k]->by_ref) { /* ref27: the arm's `&place` first, the guard's ref to it (rustc's value_for_arm) */
			LocalId l = b->var_local[g.var[k]->id];
			storage(b, block, ST_STORAGE_LIVE, l);
			schedule_drop(b, arm_scope, l, DK_STORAGE);
			assign(b, block, pl(b, l), rv_bind(b, g.var[k], g.src[k]));
			assign(b, block, pl(b, ref[k]), (Stmt){.rv = RV_REF, .a = {.v = pl(b, l)}});
		} else {
			assign(b, block, pl(b, ref[k]), (Stmt){.rv = RV_REF, .a = {.v = g.src[k]}});
		}
		saved[k] = b->guard_ref[g.var[k]->id];
		b->guard_ref[g.var[k]->id] = ref[k];
	}
	for (int i = 0; i < gb->n; i++) /* `_t = &fake shallow place`: removed by CleanupPostBorrowck */
		fake_read(b, block);
	BlockId fb;
	BlockId tb = lower_guard_cond(b, block, a->guard, match_scope, &fb);
	for (int k = g.n; k-- > 0;)
		b->guard_ref[g.var[k]->id] = saved[k];
	if (!sched)
		clear_scope_drops(b, arm_scope);
	for (int i = 0; i < gb->n; i++) /* FakeRead(ForMatchGuard, _t) */
		fake_read(b, tb);
	goto_(b, fb, otherwise);
	for (int k = 0; k < g.n; k++) /* FakeRead(ForGuardBinding, ref) */
		fake_read(b, tb);
	b->skip_by_ref = true; /* bound before the guard */
	bind_arm_pattern(b, tb, arm_scope, a, pk, scrut, true, sched, leaf);
	b->skip_by_ref = false;
	return tb;
}

/* lower_nested_match's arms when some arm has a guard: lower_match_tree's false edges (a guarded
 * leaf's otherwise block too), then per arm its bindings, guard and body (lower_match_arms). An
 * unguarded arm of several patterns without bindings enters its body from its any_matches block
 * (merge_trivial_subcandidates), as lower_nested_match's; the patterns of a guarded arm
 * (merge_trivial_subcandidates does not merge them) or of an arm with bindings are leaves, each
 * bound (and guarded) in its block (bind_pattern's sub-branches: lowered in reverse, the last
 * lowered scheduling the drops) going to the arm's block. */
static BlockId lower_guarded_arms(Builder *b, PlaceId dest, const AstExpr *e, Cand *cands, const int *arm_of, int n,
                                  PlaceId scrut, BlockId otherwise, const GuardBorrows *gb)
{
	int narms = e->narms;
	int match_scope = topmost(b);
	/* the leaves: one per candidate, or an arm's merged one (its first candidate's slot) */
	BlockId *pre = scratch_alloc((size_t)n * sizeof *pre);
	BlockId *start = scratch_alloc((size_t)n * sizeof *start);
	BlockId *other = scratch_alloc((size_t)n * sizeof *other);
	int *first = scratch_alloc((size_t)narms * sizeof *first);
	bool *merged = scratch_alloc((size_t)narms * sizeof *merged);
	for (int j = n - 1; j >= 0; j--)
		first[arm_of[j]] = j;
	for (int i = 0; i < narms; i++)
		merged[i] = e->arms[i].npats > 1 && !e->arms[i].guard && !or_leaves(&e->arms[i]);
	for (int j = 0; j < n; j++) {
		pre[j] = cands[j].pre;
		start[j] = cands[j].false_start;
		other[j] = cands[j].otherwise;
	}
	for (int i = 0; i < narms; i++) /* merge_trivial_subcandidates' any_matches block, after the tree */
		if (merged[i]) {
			BlockId any = new_block(b);
			bool reached = false;
			for (int j = first[i]; j < n && arm_of[j] == i; j++)
				if (pre[j] != NO_BLOCK) {
					goto_(b, pre[j], any);
					reached = true;
				}
			for (int j = first[i]; j < n && arm_of[j] == i; j++)
				pre[j] = NO_BLOCK;
			pre[first[i]] = reached ? any : NO_BLOCK;
		}
	/* the false edges, in reverse leaf order: every leaf but the last a new pre-binding block,
	 * a guarded one a new otherwise block too (real: the old one; imaginary: the next start) */
	BlockId next = NO_BLOCK;
	for (int j = n - 1; j >= 0; j--) {
		if (pre[j] == NO_BLOCK)
			continue;
		if (next != NO_BLOCK) {
			BlockId fresh = new_block(b);
			if (!b->f->blocks[pre[j]].has_term) {
				false_edge(b, pre[j], fresh, GOTO_FALSE_EDGE);
				set_imaginary(b, pre[j], next);
			}
			pre[j] = fresh;
			if (e->arms[arm_of[j]].guard) {
				BlockId no = new_block(b);
				if (next == other[j]) {
					goto_(b, no, other[j]);
				} else {
					false_edge(b, no, other[j], GOTO_FALSE_EDGE);
					set_imaginary(b, no, next);
				}
				other[j] = no;
			}
		}
		next = start[j];
	}
	if (!place_is_virtual(b, scrut)) /* a FakeRead of the scrutinee, when it has a place */
		fake_read(b, otherwise);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	BlockId *ends = scratch_alloc((size_t)narms * sizeof *ends);
	for (int i = 0; i < narms; i++) {
		const AstMatchArm *a = &e->arms[i];
		int j0 = first[i], nl = a->npats;
		ends[i] = NO_BLOCK;
		int reached = 0;
		for (int j = j0; j < j0 + nl; j++)
			reached += pre[j] != NO_BLOCK;
		if (!reached)
			continue;
		b->pending_term = 1;
		int ats, aid = enter(b, &ats);
		BlockId at;
		if (a->guard) {
			GuardBindings decl;
			LocalId *refs;
			guard_declare(b, a, &decl, &refs);
			if (reached == 1) {
				int j = j0;
				while (pre[j] == NO_BLOCK)
					j++;
				at = guard_leaf(b, pre[j], aid, match_scope, a, j - j0, &decl, refs, scrut, other[j],
				                gb, true, NULL);
			} else {
				at = new_block(b);
				int last = j0;
				while (pre[last] == NO_BLOCK)
					last++;
				for (int j = j0 + nl - 1; j >= j0; j--) {
					if (pre[j] == NO_BLOCK)
						continue;
					BlockId t = guard_leaf(b, pre[j], aid, match_scope, a, j - j0, &decl, refs, scrut,
					                       other[j], gb, j == last, NULL);
					goto_(b, t, at);
				}
			}
		} else if (merged[i] || nl == 1) {
			at = pre[j0];
			bind_arm(b, at, aid, a, &scrut);
		} else { /* or_leaves: lower_leaf_bodies' */
			int first_reached = j0;
			while (pre[first_reached] == NO_BLOCK)
				first_reached++;
			ast_arm_each_binding(a, 0, declare_binding, b);
			at = new_block(b);
			for (int j = j0; j < j0 + nl; j++) {
				if (pre[j] == NO_BLOCK)
					continue;
				bind_arm_pattern(b, pre[j], aid, a, j - j0, scrut, true, j == first_reached, NULL);
				goto_(b, pre[j], at);
			}
		}
		ends[i] = into(b, dest, at, a->body);
		ends[i] = leave(b, aid, ats, ends[i]);
	}
	BlockId end = new_block(b);
	for (int i = 0; i < narms; i++)
		if (ends[i] != NO_BLOCK)
			goto_(b, ends[i], end);
	return end;
}

BlockId lower_nested_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	if (match_has_or(e)) /* issue 22 item 4: or-patterns inside patterns */
		return lower_or_match(b, dest, bb, e);
	ScratchMark sm = scratch_mark();
	PlaceId scrut;
	bb = lower_scrutinee(b, bb, e->lhs, &scrut);
	int n = 0;
	for (int i = 0; i < e->narms; i++)
		n += e->arms[i].npats;
	Cand *cands = scratch_alloc((size_t)n * sizeof *cands);
	Cand **refs = scratch_alloc_uninit((size_t)n * sizeof *refs);
	int *arm_of = scratch_alloc_uninit((size_t)n * sizeof *arm_of);
	int k = 0;
	for (int i = 0; i < e->narms; i++)
		for (int p = 0; p < e->arms[i].npats; p++) {
			Cand *c = &cands[k];
			c->pre = c->false_start = NO_BLOCK;
			if (!e->arms[i].pats[p].is_wildcard)
				add_pairs(b, c, scrut, &e->arms[i].pats[p]);
			refs[k] = c;
			arm_of[k++] = i;
		}
	GuardBorrows gb = {0};
	if (ast_match_has_guard(e)) /* guard27: lower_match_tree's collect_fake_borrows */
		collect_fake_borrows(b, e, scrut, &gb);
	BlockId otherwise = match_candidates(b, bb, refs, n);
	if (gb.guarded) {
		BlockId end = lower_guarded_arms(b, dest, e, cands, arm_of, n, scrut, otherwise, &gb);
		scratch_release(sm);
		return end;
	}
	if (!place_is_virtual(b, scrut)) /* a FakeRead of the scrutinee, when it has a place */
		fake_read(b, otherwise);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	/* an arm of several patterns without bindings (merge_trivial_subcandidates) enters
	 * its body from its any_matches block, made after the tree, every pattern's going there */
	bool leaves = false;
	for (int i = 0; i < e->narms; i++)
		leaves |= or_leaves(&e->arms[i]);
	BlockId *arm_block = scratch_alloc((size_t)e->narms * sizeof *arm_block);
	BlockId **leaf = scratch_alloc((size_t)e->narms * sizeof *leaf);
	BlockId **start = scratch_alloc((size_t)e->narms * sizeof *start); /* false_edge_start_block */
	for (int i = 0, j = 0; i < e->narms; i++) {
		arm_block[i] = NO_BLOCK;
		leaf[i] = scratch_alloc((size_t)e->arms[i].npats * sizeof *leaf[i]);
		start[i] = scratch_alloc((size_t)e->arms[i].npats * sizeof *start[i]);
		for (int p = 0; p < e->arms[i].npats; p++, j++) {
			leaf[i][p] = cands[j].pre;
			start[i][p] = cands[j].false_start;
		}
	}
	for (int i = 0; i < e->narms; i++) /* merge_trivial_subcandidates' any_matches block, after the tree */
		if (e->arms[i].npats > 1 && !or_leaves(&e->arms[i]))
			arm_block[i] = new_block(b);
	for (int j = 0; j < n; j++) {
		if (or_leaves(&e->arms[arm_of[j]]))
			continue;
		if (arm_block[arm_of[j]] == NO_BLOCK)
			arm_block[arm_of[j]] = cands[j].pre;
		else
			goto_(b, cands[j].pre, arm_block[arm_of[j]]);
	}
	BlockId end;
	if (leaves) {
		for (int i = 0; i < e->narms; i++)
			if (!or_leaves(&e->arms[i]))
				leaf[i][0] = arm_block[i];
		end = lower_leaf_bodies(b, dest, e, leaf, start, scrut);
	} else {
		/* an arm's leaf is its first candidate's (merge_trivial_subcandidates takes the first
		 * subcandidate's false_edge_start_block): the imaginary targets are those, not the
		 * next arm's pre-binding block lower_arm_bodies gives */
		BlockId *pre = scratch_alloc_uninit((size_t)e->narms * sizeof *pre);
		memcpy(pre, arm_block, (size_t)e->narms * sizeof *pre);
		end = lower_arm_bodies(b, dest, e, arm_block, bind_arm, &scrut);
		BlockId next = NO_BLOCK;
		for (int i = e->narms - 1; i >= 0; i--)
			if (pre[i] != NO_BLOCK) {
				set_imaginary(b, pre[i], next);
				next = start[i][0];
			}
	}
	scratch_release(sm);
	return end;
}

/* lower_let_expr of a nested pattern: lower_match_tree of one refutable candidate (no fake
 * read, no unreachable otherwise), its pre-binding block's false edge to a new block where
 * the bindings go (the otherwise block its imaginary target), the else from the otherwise
 * block; the same steps build_iflet.c takes for a flat variant pattern. */
BlockId lower_nested_let(Builder *b, BlockId bb, PlaceId scrut, const AstMatchArm *a, int bind_scope)
{
	const AstPattern *pat = &a->pats[0];
	ScratchMark sm = scratch_mark();
	Cand cand = {0};
	cand.pre = cand.false_start = NO_BLOCK;
	if (!pat->is_wildcard) /* `if let n = x`, `if let a @ b = x`: no pair (was a test against 0) */
		add_pairs(b, &cand, scrut, pat);
	Cand *ref = &cand;
	BlockId otherwise = match_candidates(b, bb, &ref, 1);
	BlockId then = new_block(b);
	false_edge(b, cand.pre, then, GOTO_FALSE_EDGE);
	set_imaginary(b, cand.pre, otherwise);
	break_for_else(b, otherwise);
	bind_arm_pattern(b, then, bind_scope, a, 0, scrut, false, true, NULL);
	scratch_release(sm);
	return then;
}

/* lower_let_expr of an or-pattern (`if let E::A(x) | E::B(x) = e`, `while let Some(1) | None = ..`):
 * its alternatives are the or-candidate's subcandidates, matched in order; without bindings
 * merge_trivial_subcandidates joins them (a new block after the tree, every alternative's going there)
 * into one leaf, with bindings each stays a leaf. In a refutable tree every leaf gets its false
 * edge (the last one's to the otherwise block), in reverse leaf order; the else from the
 * otherwise block; then declare_bindings (the first alternative's) and bind_pattern: one leaf
 * binds in its block, several each in theirs, going to a new block. */
BlockId lower_nested_let_or(Builder *b, BlockId bb, PlaceId scrut, const AstMatchArm *a, int bind_scope)
{
	ScratchMark sm = scratch_mark();
	int n = a->npats;
	Cand *cands = scratch_alloc((size_t)n * sizeof *cands);
	Cand **refs = scratch_alloc_uninit((size_t)n * sizeof *refs);
	for (int k = 0; k < n; k++) {
		cands[k].pre = cands[k].false_start = NO_BLOCK;
		add_pairs(b, &cands[k], scrut, &a->pats[k]);
		refs[k] = &cands[k];
	}
	BlockId otherwise = match_candidates(b, bb, refs, n);
	bool leaves = or_leaves(a);
	BlockId then;
	if (!leaves) {
		BlockId pre = new_block(b); /* merge_trivial_subcandidates' any_matches block */
		for (int k = 0; k < n; k++)
			if (cands[k].pre != NO_BLOCK)
				goto_(b, cands[k].pre, pre);
		then = new_block(b);
		false_edge(b, pre, then, GOTO_FALSE_EDGE);
		set_imaginary(b, pre, otherwise);
		break_for_else(b, otherwise);
		if (a->top_merged) /* `if let n @ (1 | 2) = x` (bind29): n once, in the merged leaf's block */
			bind_arm_pattern(b, then, bind_scope, a, 0, scrut, false, true, NULL);
		scratch_release(sm);
		return then;
	}
	BlockId *leaf = scratch_alloc((size_t)n * sizeof *leaf);
	BlockId next = otherwise; /* the imaginary targets: the next leaf's start, the last's the otherwise */
	for (int k = n - 1; k >= 0; k--) {
		leaf[k] = NO_BLOCK;
		if (cands[k].pre == NO_BLOCK)
			continue;
		leaf[k] = new_block(b);
		false_edge(b, cands[k].pre, leaf[k], GOTO_FALSE_EDGE);
		set_imaginary(b, cands[k].pre, next);
		next = cands[k].false_start;
	}
	break_for_else(b, otherwise);
	int reached = -1;
	for (int k = n - 1; k >= 0; k--)
		if (leaf[k] != NO_BLOCK)
			reached = k;
	ast_arm_each_binding(a, 0, declare_binding, b);
	then = new_block(b);
	for (int k = 0; k < n; k++) {
		if (leaf[k] == NO_BLOCK)
			continue;
		bind_arm_pattern(b, leaf[k], bind_scope, a, k, scrut, true, k == reached, NULL);
		goto_(b, leaf[k], then);
	}
	scratch_release(sm);
	return then;
}

/* `let Pair { a, g } = p;` (issue 22 item 4), rustc's ast_block_stmts: declare_bindings (the
 * locals in pattern order, before the initializer's temporaries), then expr_into_pattern's
 * general case: lower_scrutinee (the initializer as a place, its PlaceMention) and
 * place_into_pattern, lower_match_tree of the one irrefutable candidate (sema rejected a
 * refutable pattern: E0005, so no test is made) and bind_pattern, the bindings' drops in the
 * let's remainder scope (bind_scope). */
BlockId lower_let_pattern(Builder *b, BlockId bb, const AstPattern *pat, const AstExpr *init, int bind_scope)
{
	ScratchMark sm = scratch_mark();
	ast_pattern_each_binding(pat, declare_binding, b);
	PlaceId scrut;
	bb = lower_scrutinee(b, bb, init, &scrut);
	Cand cand = {0};
	cand.pre = cand.false_start = NO_BLOCK;
	add_pairs(b, &cand, scrut, pat);
	Cand *ref = &cand;
	BlockId otherwise = match_candidates(b, bb, &ref, 1);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	bind_pattern_at(b, cand.pre, bind_scope, pat, scrut, true, true, NULL);
	scratch_release(sm);
	return cand.pre;
}

/* `let k @ 0..=255 = x;`, `let v @ S { .. } = s;`, `let a @ b = x;` (bind29): lower_let_pattern with the
 * arm's top binding, declared first and bound after the subpattern's (as a match arm's) */
BlockId lower_let_top(Builder *b, BlockId bb, const AstMatchArm *a, const AstExpr *init, int bind_scope)
{
	ScratchMark sm = scratch_mark();
	ast_arm_each_binding(a, 0, declare_binding, b);
	PlaceId scrut;
	bb = lower_scrutinee(b, bb, init, &scrut);
	Cand cand = {0};
	cand.pre = cand.false_start = NO_BLOCK;
	if (!a->pats[0].is_wildcard) /* `let a @ b = x;`: no pair */
		add_pairs(b, &cand, scrut, &a->pats[0]);
	Cand *ref = &cand;
	BlockId otherwise = match_candidates(b, bb, &ref, 1);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	bind_arm_pattern(b, cand.pre, bind_scope, a, 0, scrut, true, true, NULL);
	scratch_release(sm);
	return cand.pre;
}

/* ---- or-patterns inside a pattern (issue 22 item 4: `Some(1 | 2)`, `E::A(0 | 1, _)`,
 * `Some(E::A(x) | E::B(x))`, `S { a: 0 | 1, .. }`), rustc 1.95's or-candidates
 * (matches/mod.rs: match_candidates_inner, expand_and_match_or_candidates,
 * create_or_subcandidates, merge_trivial_subcandidates, test_remaining_match_pairs_after_or;
 * lower_match_tree's false edges; MatchTreeBranch::from_candidate, sub_branch_bindings,
 * bind_pattern). An or-pattern is a pair of no place, sorted after the others; when one
 * candidate starts with one, the candidates up to the first that starts with one and has
 * more pairs are expanded, each or-pattern into a subcandidate per alternative, and matched
 * in the same list; then the subcandidates of an or-pattern that bind nothing are merged
 * into one leaf (their blocks going to a new shared block), and the pairs left after the
 * or-pattern (or-patterns too) are matched after each leaf, failing to the last leaf's
 * otherwise block. A leaf binds in pattern order, the alternatives its path chose inlined;
 * an arm of several leaves binds in each and goes to a new block, the first leaf scheduling
 * the drops. A match with no or-pattern inside its patterns keeps the lowering above. ---- */

static bool sub_binds(const AstSubPattern *sp);

static bool pattern_binds_any(const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++)
		if (sub_binds(&pat->subs[j]))
			return true;
	return false;
}

/* rustc: an alternative's FlatPat has bindings (its own, or a nested or-pattern's place for them) */
static bool sub_binds(const AstSubPattern *sp)
{
	if (sp->or_pat)
		return sub_binds(&sp->or_pat->alts[0]);
	if (sp->var) /* `k @ p` too */
		return true;
	return sp->nested && pattern_binds_any(sp->nested);
}

static bool starts_with_or(const Cand *c)
{
	return c->n > 0 && c->pairs[0].pat->nalts > 0;
}

/* The alternative of or_node on leaf's path, -1 when the or-pattern was merged (no bindings) */
static int chosen_alt(const Cand *leaf, const AstPattern *or_node)
{
	for (const Cand *x = leaf; x && x->parent; x = x->parent) {
		const AstPattern *on = x->parent->or_node;
		if (on == or_node)
			return x->alt;
		if (on && on->alts >= or_node->alts && on->alts < or_node->alts + or_node->nalts) /* pat36: a group */
			return (int)(on->alts - or_node->alts) + x->alt;
	}
	return -1;
}

/* the subcandidates of or-pattern op: its alternatives, a group (pat36: AstSubPattern.group_next) one */
static int or_groups(const AstPattern *op)
{
	int ng = 0;
	for (int i = 0; i < op->nalts; i++)
		ng += !op->alts[i].group_next || op->at_shared; /* a group's own or-pattern: each alternative */
	return ng;
}

static void create_or_subcandidates(Builder *b, Cand *c, MatchPair mp)
{
	const AstPattern *op = mp.pat;
	int ng = or_groups(op);
	c->or_node = op;
	c->nsubs = ng;
	c->subs = scratch_alloc((size_t)ng * sizeof *c->subs);
	for (int g = 0, i = 0, m = 1; g < ng; g++, i += m) {
		Cand *s = &c->subs[g];
		const AstSubPattern *a = &op->alts[i];
		for (m = 1; i + m < op->nalts && op->alts[i + m].group_next && !op->at_shared; m++)
			;
		if (m > 1) { /* pat36: `x @ (1 | 2)` beside `x @ 5` in a field: one alternative binding x whose
		              * or-pattern's subcandidates bind only what their patterns bind (merged when nothing,
		              * rustc's create_or_subcandidates of that subcandidate); chosen_alt maps back */
			AstPattern *in = scratch_alloc(sizeof *in);
			in->alts = (AstSubPattern *)&op->alts[i];
			in->nalts = m;
			in->at_shared = true;
			in->line = op->line;
			in->col = op->col;
			in->suffix = ATY_VAR;
			AstSubPattern *ga = scratch_alloc(sizeof *ga);
			*ga = (AstSubPattern){.field = a->field, .var = a->var, .inner = a->inner, .or_pat = in,
			                      .line = a->line, .col = a->col};
			a = ga;
		}
		s->pre = s->false_start = s->otherwise = NO_BLOCK;
		s->parent = c;
		s->alt = i;
		if (a->nested)
			add_pairs(b, s, mp.place, a->nested);
		else if (a->or_pat)
			push_pair(s, mp.place, a->or_pat);
		sort_pairs(s);
		/* bind32: `n @ (p | q)`'s n is its parent's binding (rustc's extra_data of the candidate
		 * holding the binding), not the alternatives' */
		s->binds = op->at_shared ? a->nested && pattern_binds_any(a->nested) : sub_binds(a);
		s->has_guard = c->has_guard;
	}
	c->subs[0].false_start = c->false_start;
}

static void merge_trivial_subcandidates(Builder *b, Cand *c)
{
	if (c->has_guard) /* misc28: rustc does not merge a guarded candidate's subcandidates */
		return;
	for (int i = 0; i < c->nsubs; i++)
		if (c->subs[i].nsubs || c->subs[i].binds)
			return;
	BlockId shared = new_block(b), last = NO_BLOCK;
	if (c->false_start == NO_BLOCK)
		c->false_start = c->subs[0].false_start;
	for (int i = 0; i < c->nsubs; i++) {
		goto_(b, c->subs[i].pre, shared);
		last = c->subs[i].otherwise;
	}
	c->pre = shared;
	c->otherwise = last;
	c->nsubs = 0;
}

/* c's leaves in order (visit_leaves), appended to *out */
static void collect_leaves(Cand *c, Cand ***out, int *n, int *cap)
{
	if (!c->nsubs) {
		if (*n == *cap) {
			int nc = *cap ? 2 * *cap : 8;
			Cand **nv = scratch_alloc_uninit((size_t)nc * sizeof *nv);
			if (*n)
				memcpy(nv, *out, (size_t)*n * sizeof *nv);
			*out = nv;
			*cap = nc;
		}
		(*out)[(*n)++] = c;
		return;
	}
	for (int i = 0; i < c->nsubs; i++)
		collect_leaves(&c->subs[i], out, n, cap);
}

static void test_remaining_after_or(Builder *b, Cand *c)
{
	if (c->n == 0)
		return;
	Cand **leaves = NULL;
	int nl = 0, cap = 0;
	collect_leaves(c, &leaves, &nl, &cap);
	BlockId last_otherwise = leaves[nl - 1]->otherwise;
	int nrem = c->n;
	MatchPair *rem = scratch_alloc_uninit((size_t)nrem * sizeof *rem);
	memcpy(rem, c->pairs, (size_t)nrem * sizeof *rem);
	touch(c);
	c->n = c->nor = 0;
	for (int i = 0; i < nl; i++) {
		Cand *l = leaves[i];
		touch(l);
		l->n = l->nor = 0;
		for (int k = 0; k < nrem; k++)
			push_pair(l, rem[k].place, rem[k].pat);
		Cand *ref = l;
		BlockId otherwise = match_candidates(b, l->pre, &ref, 1);
		/* a guarded leaf's otherwise block is also its guard's failure: the next alternative
		 * is tested from there (misc28) */
		goto_(b, otherwise, l->has_guard ? l->otherwise : last_otherwise);
	}
}

static BlockId expand_or_candidates(Builder *b, BlockId start, Cand **c, int n, int *used)
{
	int until = n, m = 0, j = 0;
	for (int k = 0; k < n; k++)
		if (c[k]->n > 1 && starts_with_or(c[k])) {
			until = k + 1;
			break;
		}
	for (int k = 0; k < until; k++)
		m += starts_with_or(c[k]) ? or_groups(c[k]->pairs[0].pat) : 1;
	Cand **ex = scratch_alloc_uninit((size_t)m * sizeof *ex);
	for (int k = 0; k < until; k++) {
		if (!starts_with_or(c[k])) {
			ex[j++] = c[k];
			continue;
		}
		MatchPair mp = c[k]->pairs[0];
		touch(c[k]);
		c[k]->pairs++; /* as entail */
		c[k]->cap--;
		c[k]->n--;
		c[k]->nor--;
		create_or_subcandidates(b, c[k], mp);
		for (int i = 0; i < c[k]->nsubs; i++)
			ex[j++] = &c[k]->subs[i];
	}
	BlockId remainder = match_candidates(b, start, ex, m);
	for (int k = 0; k < until; k++)
		if (c[k]->nsubs)
			merge_trivial_subcandidates(b, c[k]);
	test_remaining_after_or(b, c[until - 1]);
	*used = until;
	return remainder;
}

/* `x @ (1 | 2) | x @ 5` (bind33): rustc's FlatPat of each alternative `x @ p` holds the binding and
 * p's pairs, an or-pattern's expanded into subcandidates of its own (create_or_subcandidates, merged by
 * merge_trivial_subcandidates when they bind nothing): one or-pattern of the groups, each binding its
 * top, a group of several alternatives holding the or-pattern of its patterns */
static AstPattern *group_or(const AstMatchArm *a)
{
	int ng = a->top_group[a->npats - 1] + 1;
	AstPattern *op = scratch_alloc(sizeof *op);
	op->alts = scratch_alloc((size_t)ng * sizeof *op->alts);
	op->nalts = ng;
	for (int k = 0, g = 0; g < ng; g++) {
		int m = 0;
		while (k + m < a->npats && a->top_group[k + m] == g)
			m++;
		AstSubPattern *alt = &op->alts[g];
		alt->field = -1;
		alt->var = a->tops[k].var;
		if (m == 1) {
			alt->nested = a->pats[k].is_wildcard ? NULL : &a->pats[k];
		} else {
			AstPattern *in = scratch_alloc(sizeof *in);
			in->alts = scratch_alloc((size_t)m * sizeof *in->alts);
			in->nalts = m;
			for (int j = 0; j < m; j++) {
				in->alts[j].field = -1;
				in->alts[j].nested = a->pats[k + j].is_wildcard ? NULL : &a->pats[k + j];
			}
			alt->or_pat = in;
		}
		k += m;
	}
	return op;
}

/* the pattern of arm a (several) whose bindings leaf makes: its group's (bind33), the alternative its
 * path took in the group's or-pattern (the first when merged); -1 when the arm's or-pattern merged */
static int leaf_pattern(const AstMatchArm *a, const Cand *c, const Cand *leaf)
{
	int k = chosen_alt(leaf, c->or_node);
	if (!a->top_group || k < 0)
		return k;
	const AstSubPattern *alt = &c->or_node->alts[k];
	int start = 0;
	while (a->top_group[start] != k)
		start++;
	int j = alt->or_pat ? chosen_alt(leaf, alt->or_pat) : 0;
	return start + (j < 0 ? 0 : j);
}

/* An arm's candidate: its pattern's pairs, or for several patterns one or-pattern of them
 * (alternatives made in scratch memory: released with the match) */
static void arm_candidate(Builder *b, Cand *c, const AstMatchArm *a, PlaceId scrut)
{
	c->pre = c->false_start = c->otherwise = NO_BLOCK;
	c->has_guard = a->guard != NULL;
	if (a->top_group) {
		push_pair(c, scrut, group_or(a));
		return;
	}
	if (a->npats > 1) {
		AstPattern *op = scratch_alloc(sizeof *op);
		op->alts = scratch_alloc((size_t)a->npats * sizeof *op->alts);
		op->nalts = a->npats;
		for (int k = 0; k < a->npats; k++) {
			op->alts[k].field = -1;
			op->alts[k].nested = a->pats[k].is_wildcard ? NULL : &a->pats[k];
			/* `let (n | n) = x;` (bind30): an alternative's top binding makes its subcandidate bind
			 * (not merged; bind_leaf binds it), as rustc's FlatPat of `n` */
			op->alts[k].var = a->tops && !a->top_merged ? a->tops[k].var : NULL;
		}
		push_pair(c, scrut, op);
		return;
	}
	if (!a->pats[0].is_wildcard)
		add_pairs(b, c, scrut, &a->pats[0]);
	sort_pairs(c);
}

/* An arm's bindings at leaf: its pattern, or the one of several its path chose */
static void bind_leaf(Builder *b, BlockId bb, int scope, const AstMatchArm *a, const Cand *c, const Cand *leaf,
                      PlaceId scrut, bool sched)
{
	int k = 0;
	if (a->npats > 1) {
		k = leaf_pattern(a, c, leaf);
		if (k < 0 && !a->top_merged)
			return;
		k = k < 0 ? 0 : k; /* `w @ (Some(_) | None)` merged (bind30): w, once */
	}
	bind_arm_pattern(b, bb, scope, a, k, scrut, true, sched, leaf);
}

/* lower_match_tree's false edges: every leaf but the last of an exhaustive tree (the last of
 * a refutable one to its otherwise block) gets a new pre-binding block, in reverse leaf order,
 * its imaginary target the next leaf's start; a guarded leaf a new otherwise block too (misc28:
 * a FalseEdge to its old one, a goto when that is the next leaf's start) */
static void or_false_edges(Builder *b, Cand ***leaves, const int *nl, int narms, bool exhaustive,
                           BlockId otherwise)
{
	BlockId next = exhaustive ? NO_BLOCK : otherwise;
	for (int i = narms - 1; i >= 0; i--)
		for (int j = nl[i] - 1; j >= 0; j--) {
			Cand *l = leaves[i][j];
			if (next != NO_BLOCK) {
				BlockId fresh = new_block(b);
				false_edge(b, l->pre, fresh, GOTO_FALSE_EDGE);
				set_imaginary(b, l->pre, next);
				l->pre = fresh;
				if (l->has_guard) {
					BlockId no = new_block(b);
					if (next == l->otherwise) {
						goto_(b, no, l->otherwise);
					} else {
						false_edge(b, no, l->otherwise, GOTO_FALSE_EDGE);
						set_imaginary(b, no, next);
					}
					l->otherwise = no;
				}
			}
			next = l->false_start != NO_BLOCK ? l->false_start : next;
		}
}

/* An arm's bindings over its leaves: declare_bindings (the first alternative's), then one
 * leaf binds in its block, several each in theirs going to a new block */
static BlockId bind_declared_leaves(Builder *b, const AstMatchArm *a, Cand *c, Cand **leaves, int nl, PlaceId scrut,
                                    int scope);

static BlockId bind_leaves(Builder *b, const AstMatchArm *a, Cand *c, Cand **leaves, int nl, PlaceId scrut, int scope)
{
	for (int k = 0; k < a->npats; k++)
		if (ast_arm_top(a, k) || a->pats[k].enm || a->pats[k].strukt) {
			ast_arm_each_binding(a, k, declare_binding, b);
			break;
		}
	return bind_declared_leaves(b, a, c, leaves, nl, scrut, scope);
}

static BlockId bind_declared_leaves(Builder *b, const AstMatchArm *a, Cand *c, Cand **leaves, int nl, PlaceId scrut,
                                    int scope)
{
	if (nl == 1) {
		bind_leaf(b, leaves[0]->pre, scope, a, c, leaves[0], scrut, true);
		return leaves[0]->pre;
	}
	BlockId target = new_block(b);
	for (int j = 0; j < nl; j++) {
		bind_leaf(b, leaves[j]->pre, scope, a, c, leaves[j], scrut, j == 0);
		goto_(b, leaves[j]->pre, target);
	}
	return target;
}

/* misc28: a guarded arm over its leaves (bind_and_guard_matched_candidate per sub-branch):
 * declare_bindings with the ref-for-guard locals, then each leaf in reverse order binds by
 * reference, evaluates the guard (false: to the leaf's otherwise block, where the next
 * alternative or candidate is tested) and binds by value; the last lowered (the first leaf)
 * schedules the drops; several leaves go to a new block */
static BlockId guard_leaves(Builder *b, const AstMatchArm *a, Cand *c, Cand **leaves, int nl, PlaceId scrut,
                            int scope, int match_scope, const GuardBorrows *gb)
{
	GuardBindings decl;
	LocalId *refs;
	guard_declare(b, a, &decl, &refs);
	BlockId at = nl > 1 ? new_block(b) : NO_BLOCK;
	for (int j = nl - 1; j >= 0; j--) {
		int k = 0;
		if (a->npats > 1) {
			k = leaf_pattern(a, c, leaves[j]);
			IR_ASSERT(k >= 0);
		}
		BlockId t = guard_leaf(b, leaves[j]->pre, scope, match_scope, a, k, &decl, refs, scrut,
		                       leaves[j]->otherwise, gb, j == 0, leaves[j]);
		if (nl == 1)
			return t;
		goto_(b, t, at);
	}
	return at;
}

bool ast_arm_has_or(const AstMatchArm *a)
{
	if (a->top_group) /* `x @ (1 | 2) | x @ 5` (bind33): a group is an or-pattern below its binding */
		return true;
	for (int k = 0; k < a->npats; k++)
		if (ast_pattern_has_or(&a->pats[k]))
			return true;
	return false;
}

static bool match_has_or(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		if (ast_arm_has_or(&e->arms[i]))
			return true;
	return false;
}

BlockId lower_or_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	PlaceId scrut;
	bb = lower_scrutinee(b, bb, e->lhs, &scrut);
	int n = e->narms;
	Cand *cands = scratch_alloc((size_t)n * sizeof *cands);
	Cand **refs = scratch_alloc_uninit((size_t)n * sizeof *refs);
	for (int i = 0; i < n; i++) {
		arm_candidate(b, &cands[i], &e->arms[i], scrut);
		refs[i] = &cands[i];
	}
	GuardBorrows gb = {0};
	if (ast_match_has_guard(e)) /* misc28: lower_match_tree's collect_fake_borrows, as guard27's */
		collect_fake_borrows(b, e, scrut, &gb);
	int match_scope = topmost(b);
	BlockId otherwise = match_candidates(b, bb, refs, n);
	Cand ***leaves = scratch_alloc((size_t)n * sizeof *leaves);
	int *nl = scratch_alloc((size_t)n * sizeof *nl);
	for (int i = 0; i < n; i++) {
		int cap = 0;
		collect_leaves(&cands[i], &leaves[i], &nl[i], &cap);
	}
	or_false_edges(b, leaves, nl, n, true, otherwise);
	if (!place_is_virtual(b, scrut))
		fake_read(b, otherwise);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	BlockId *ends = scratch_alloc((size_t)n * sizeof *ends);
	for (int i = 0; i < n; i++) {
		b->pending_term = 1;
		int ats, aid = enter(b, &ats);
		BlockId at = e->arms[i].guard
			? guard_leaves(b, &e->arms[i], &cands[i], leaves[i], nl[i], scrut, aid, match_scope, &gb)
			: bind_leaves(b, &e->arms[i], &cands[i], leaves[i], nl[i], scrut, aid);
		ends[i] = into(b, dest, at, e->arms[i].body);
		ends[i] = leave(b, aid, ats, ends[i]);
	}
	BlockId end = new_block(b);
	for (int i = 0; i < n; i++)
		if (ends[i] != NO_BLOCK)
			goto_(b, ends[i], end);
	scratch_release(sm);
	return end;
}

/* The match tree of one arm a on scrut (an `if let`'s, a `let`'s): its candidate, its leaves with
 * their false edges (exhaustive: a `let`'s, rustc's refutable false); returns the otherwise block. */
static BlockId one_arm_leaves(Builder *b, BlockId bb, PlaceId scrut, const AstMatchArm *a, Cand *cand, Cand ***leaves,
			      int *nl, bool exhaustive)
{
	arm_candidate(b, cand, a, scrut);
	Cand *ref = cand;
	BlockId otherwise = match_candidates(b, bb, &ref, 1);
	int cap = 0;
	collect_leaves(cand, leaves, nl, &cap);
	or_false_edges(b, leaves, nl, 1, exhaustive, otherwise);
	return otherwise;
}

BlockId lower_or_let(Builder *b, BlockId bb, PlaceId scrut, const AstMatchArm *a, int bind_scope)
{
	ScratchMark sm = scratch_mark();
	Cand cand = {0};
	Cand **leaves = NULL;
	int nl = 0;
	break_for_else(b, one_arm_leaves(b, bb, scrut, a, &cand, &leaves, &nl, false));
	BlockId then = bind_leaves(b, a, &cand, leaves, nl, scrut, bind_scope);
	scratch_release(sm);
	return then;
}

/* `let (E::A(x) | E::B(x)) = e;`, `let S { b: true | false, a } = s;` (issue 22): as lower_let_pattern,
 * the one irrefutable candidate an or-candidate (arm_candidate, expand_or_candidates): rustc's
 * lower_match_tree with refutable false gives every leaf but the last its false edge to the next
 * leaf's start; the otherwise block is unreachable; bind_pattern binds in each leaf, several
 * going to a new block, the first scheduling the drops in the let's remainder scope. */
BlockId lower_let_or_pattern(Builder *b, BlockId bb, const AstMatchArm *a, const AstExpr *init, int bind_scope)
{
	ScratchMark sm = scratch_mark();
	ast_arm_each_binding(a, 0, declare_binding, b); /* `let (n | n) = x;` (bind30): the top's too */
	PlaceId scrut;
	bb = mention_scrutinee(b, bb, init, &scrut);
	Cand cand = {0};
	Cand **leaves = NULL;
	int nl = 0;
	terminate(b, one_arm_leaves(b, bb, scrut, a, &cand, &leaves, &nl, true), mk(TK_UNREACHABLE));
	BlockId then = bind_declared_leaves(b, a, &cand, leaves, nl, scrut, bind_scope);
	scratch_release(sm);
	return then;
}

/* `let P(a, b);` without an initializer (issue 22), rustc's ast_block_stmts: declare_bindings (the
 * locals in pattern order), then visit_primary_bindings: per binding StorageLive and its storage
 * and value drops in the let's remainder scope (bind_scope), as a plain `let a;` has. */
struct UninitBinding {
	Builder *b;
	BlockId bb;
	int scope;
};

static void uninit_binding(const AstSubPattern *sp, void *cx)
{
	struct UninitBinding *u = cx;
	LocalId l = u->b->var_local[sp->var->id];
	storage(u->b, u->bb, ST_STORAGE_LIVE, l);
	schedule_drop(u->b, u->scope, l, DK_STORAGE);
	schedule_drop(u->b, u->scope, l, DK_VALUE);
}

void lower_let_pattern_uninit(Builder *b, BlockId bb, const AstPattern *pat, int bind_scope)
{
	ast_pattern_each_binding(pat, declare_binding, b);
	struct UninitBinding u = {b, bb, bind_scope};
	ast_pattern_each_binding(pat, uninit_binding, &u);
}
