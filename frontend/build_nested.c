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
#include <string.h>

#include "build.h"

typedef struct {
	PlaceId place;
	const AstPattern *pat; /* a variant pattern matched against place */
} MatchPair;

typedef struct {
	MatchPair *pairs;
	int n, cap;
	BlockId pre, false_start;
} Cand;

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
}

/* The place of field k of variant pattern pat's variant, at place: `((x as V).k: T)` */
static PlaceId field_place(Builder *b, PlaceId place, const AstPattern *pat, int k)
{
	TypeId et = place_type(b->f, place);
	PlaceId down = place_project(b->f, place, PROJ_DOWNCAST, (uint32_t)pat->variant, et);
	TypeId ft = ty_of(b, pat->enm->variants[pat->variant].fields[k].ty);
	return place_project(b->f, down, PROJ_FIELD, (uint32_t)k, ft);
}

/* The pair tested is entailed by its variant's branch: its nested pairs replace it
 * (rustc: choose_bucket_for_candidate, fully_matched), in the order written. */
static void entail(Builder *b, Cand *c, int i)
{
	MatchPair mp = c->pairs[i];
	memmove(c->pairs + i, c->pairs + i + 1, (size_t)(c->n - i - 1) * sizeof *c->pairs);
	c->n--;
	for (int j = 0; j < mp.pat->nsubs; j++)
		if (mp.pat->subs[j].nested)
			push_pair(c, field_place(b, mp.place, mp.pat, mp.pat->subs[j].field), mp.pat->subs[j].nested);
}

static BlockId match_candidates(Builder *b, BlockId start, Cand **c, int n);

typedef struct {
	int variant;
	Cand **c;
	int n;
	BlockId start;
} Bucket;

/* test_candidates: returns the remainder block; *used the candidates bucketed */
static BlockId test_candidates(Builder *b, Cand **c, int n, BlockId start, int *used)
{
	PlaceId place = c[0]->pairs[0].place;
	Bucket *bk = scratch_alloc_uninit((size_t)n * sizeof *bk);
	int nbk = 0, k;
	for (k = 0; k < n; k++) {
		int i = 0;
		while (i < c[k]->n && !same_place(b->f, c[k]->pairs[i].place, place))
			i++;
		if (i == c[k]->n)
			break; /* the test says nothing of this candidate: stop */
		int v = c[k]->pairs[i].pat->variant, j = 0;
		entail(b, c[k], i);
		while (j < nbk && bk[j].variant != v)
			j++;
		if (j == nbk) {
			bk[nbk].variant = v;
			bk[nbk].c = scratch_alloc_uninit((size_t)n * sizeof *bk[nbk].c);
			bk[nbk].n = 0;
			nbk++;
		}
		bk[j].c[bk[j].n++] = c[k];
	}
	*used = k;
	BlockId remainder = new_block(b);
	for (int j = 0; j < nbk; j++) {
		bk[j].start = new_block(b);
		BlockId otherwise = match_candidates(b, bk[j].start, bk[j].c, bk[j].n);
		goto_(b, otherwise, remainder);
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
	LocalId discr = new_temp(b, TY_ISIZE, 1);
	assign(b, start, pl(b, discr), (Stmt){.rv = RV_DISCR, .a = {.v = place}});
	Term sw = mk(TK_SWITCH);
	sw.a = op_move(pl(b, discr));
	sw.args = fn_add_arms(b->f, arms, (uint32_t)nbk);
	sw.nargs = (uint32_t)nbk;
	sw.target = remainder;
	terminate(b, start, sw);
	return remainder;
}

/* match_candidates: the candidates in order from start; returns the block reached
 * when none matches */
static BlockId match_candidates(Builder *b, BlockId start, Cand **c, int n)
{
	while (n > 0) {
		if (c[0]->false_start == NO_BLOCK)
			c[0]->false_start = start;
		if (c[0]->n == 0) { /* select_matched_candidate */
			c[0]->pre = start;
			start = new_block(b);
			c++;
			n--;
			continue;
		}
		int used;
		start = test_candidates(b, c, n, start, &used);
		c += used;
		n -= used;
	}
	return start;
}

/* The bindings of a nested pattern at place, in pattern order. */
static void bind_nested(Builder *b, BlockId bb, int arm_scope, const AstPattern *pat, PlaceId place)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->nested) {
			bind_nested(b, bb, arm_scope, sp->nested, field_place(b, place, pat, sp->field));
			continue;
		}
		if (!sp->var)
			continue;
		PlaceId field = field_place(b, place, pat, sp->field);
		TypeId ft = ty_of(b, sp->var->ty);
		LocalId l = fn_add_local(b->f, ft, sp->var->name, sp->var->is_mut);
		b->var_local[sp->var->id] = l;
		storage(b, bb, ST_STORAGE_LIVE, l);
		schedule_drop(b, arm_scope, l, DK_STORAGE);
		assign(b, bb, pl(b, l), rv_use(consume(b, field)));
		if (needs_drop(b, ft))
			schedule_drop(b, arm_scope, l, DK_VALUE);
	}
}

static void bind_arm(Builder *b, BlockId bb, int arm_scope, const AstMatchArm *a, const void *cx)
{
	if (a->npats == 1 && a->pats[0].enm)
		bind_nested(b, bb, arm_scope, &a->pats[0], *(const PlaceId *)cx);
}

BlockId lower_nested_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	PlaceId scrut;
	bb = as_place(b, bb, e->lhs, &scrut);
	push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = scrut});
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
				push_pair(c, scrut, &e->arms[i].pats[p]);
			refs[k] = c;
			arm_of[k++] = i;
		}
	BlockId otherwise = match_candidates(b, bb, refs, n);
	fake_read(b, otherwise);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	/* an arm of several patterns (or-patterns without bindings, sema: none nested) enters
	 * its body from its first pattern's block, the others going there */
	BlockId *arm_block = scratch_alloc((size_t)e->narms * sizeof *arm_block);
	for (int i = 0; i < e->narms; i++)
		arm_block[i] = NO_BLOCK;
	for (int j = 0; j < n; j++) {
		if (arm_block[arm_of[j]] == NO_BLOCK)
			arm_block[arm_of[j]] = cands[j].pre;
		else
			goto_(b, cands[j].pre, arm_block[arm_of[j]]);
	}
	BlockId end = lower_arm_bodies(b, dest, e, arm_block, bind_arm, &scrut);
	scratch_release(sm);
	return end;
}
