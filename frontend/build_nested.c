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

/* The place of field k of variant pattern pat's variant, at place: `((x as V).k: T)`; of a
 * struct pattern: `(x.k: T)` */
static PlaceId field_place(Builder *b, PlaceId place, const AstPattern *pat, int k)
{
	if (pat->strukt)
		return place_project(b->f, place, PROJ_FIELD, (uint32_t)k, ty_of(b, pat->strukt->fields[k].ty));
	TypeId et = place_type(b->f, place);
	PlaceId down = place_project(b->f, place, PROJ_DOWNCAST, (uint32_t)pat->variant, et);
	TypeId ft = ty_of(b, pat->enm->variants[pat->variant].fields[k].ty);
	return place_project(b->f, down, PROJ_FIELD, (uint32_t)k, ft);
}

/* A pattern's pairs: a struct pattern is irrefutable, so it has no pair of its own, its
 * fields' nested patterns come in its place (rustc: MatchPairTree::for_pattern of a
 * PatKind::Leaf without a test), in the order written. */
static void add_pairs(Builder *b, Cand *c, PlaceId place, const AstPattern *pat)
{
	/* a one-variant enum's variant pattern is irrefutable too (rustc: TestCase::Irrefutable):
	 * no discriminant read, its fields' pairs at the downcast field places */
	if (!pat->strukt && !(pat->enm && pat->enm->nvariants == 1)) {
		push_pair(c, place, pat);
		return;
	}
	for (int j = 0; j < pat->nsubs; j++)
		if (pat->subs[j].nested)
			add_pairs(b, c, field_place(b, place, pat, pat->subs[j].field), pat->subs[j].nested);
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
			add_pairs(b, c, field_place(b, mp.place, mp.pat, mp.pat->subs[j].field), mp.pat->subs[j].nested);
}

static BlockId match_candidates(Builder *b, BlockId start, Cand **c, int n);

typedef struct {
	uint64_t variant; /* the branch: a variant, an integer's value, a bool's */
	Cand **c;
	int n;
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
	uint64_t v = p->negative ? (uint64_t)0 - p->value : p->value;
	int bits = type_int_bits(b->m, place_type(b->f, mp->place));
	if (bits < 64)
		v &= ((uint64_t)1 << bits) - 1;
	return v;
}

/* test_candidates: returns the remainder block; *used the candidates bucketed */
static BlockId test_candidates(Builder *b, Cand **c, int n, BlockId start, int *used)
{
	PlaceId place = c[0]->pairs[0].place;
	const AstPattern *first = c[0]->pairs[0].pat;
	Bucket *bk = scratch_alloc_uninit((size_t)n * sizeof *bk);
	int nbk = 0, k;
	for (k = 0; k < n; k++) {
		int i = 0;
		while (i < c[k]->n && !same_place(b->f, c[k]->pairs[i].place, place))
			i++;
		if (i == c[k]->n)
			break; /* the test says nothing of this candidate: stop */
		uint64_t v = pair_branch(b, &c[k]->pairs[i]);
		int j = 0;
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
	if (!first->enm) {
		/* perform_test, TestKind::If: `switchInt(copy place) -> [0: failure, otherwise: success]`;
		 * TestKind::SwitchInt: `switchInt(copy place) -> [v: bb, .., otherwise: remainder]`, the
		 * targets in the order the buckets were made (rustc's IndexMap of branches) */
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
			for (int j = 0; j < nbk; j++) {
				ia[j].value = bk[j].variant;
				ia[j].target = bk[j].start;
			}
			sw.args = fn_add_arms(b->f, ia, (uint32_t)nbk);
			sw.nargs = (uint32_t)nbk;
			sw.target = remainder;
		}
		terminate(b, start, sw);
		return remainder;
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

/* The bindings of a nested pattern at place, in pattern order. An or-pattern's
 * alternative (declared: its locals exist) binds the locals of the first alternative;
 * its drops are scheduled once, by the first alternative (sched). */
static void bind_pattern_at(Builder *b, BlockId bb, int arm_scope, const AstPattern *pat, PlaceId place, bool declared,
                            bool sched)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->nested) {
			if (sp->nested->enm || sp->nested->strukt) /* a literal binds nothing */
				bind_pattern_at(b, bb, arm_scope, sp->nested, field_place(b, place, pat, sp->field), declared,
				                sched);
			continue;
		}
		if (!sp->var)
			continue;
		PlaceId field = field_place(b, place, pat, sp->field);
		TypeId ft = ty_of(b, sp->var->ty);
		LocalId l = declared ? b->var_local[sp->var->id] : fn_add_local(b->f, ft, sp->var->name, sp->var->is_mut);
		b->var_local[sp->var->id] = l;
		storage(b, bb, ST_STORAGE_LIVE, l);
		if (sched)
			schedule_drop(b, arm_scope, l, DK_STORAGE);
		assign(b, bb, pl(b, l), rv_use(consume(b, field)));
		if (sched && needs_drop(b, ft))
			schedule_drop(b, arm_scope, l, DK_VALUE);
	}
}

static void bind_nested(Builder *b, BlockId bb, int arm_scope, const AstPattern *pat, PlaceId place)
{
	bind_pattern_at(b, bb, arm_scope, pat, place, false, true);
}

static void bind_arm(Builder *b, BlockId bb, int arm_scope, const AstMatchArm *a, const void *cx)
{
	if (a->npats == 1 && (a->pats[0].enm || a->pats[0].strukt))
		bind_nested(b, bb, arm_scope, &a->pats[0], *(const PlaceId *)cx);
}

static bool pattern_binds(const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++)
		if (pat->subs[j].nested ? pattern_binds(pat->subs[j].nested) : pat->subs[j].var != NULL)
			return true;
	return false;
}

/* An arm of several patterns with bindings (`E::A(x) | E::B(x) => x`): rustc's
 * merge_trivial_subcandidates does not merge its subcandidates, each stays a leaf of
 * the match tree. */
static bool or_leaves(const AstMatchArm *a)
{
	if (a->npats < 2)
		return false;
	for (int k = 0; k < a->npats; k++)
		if ((a->pats[k].enm || a->pats[k].strukt) && pattern_binds(&a->pats[k]))
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
static BlockId lower_leaf_bodies(Builder *b, PlaceId dest, const AstExpr *e, BlockId **leaf, PlaceId scrut)
{
	int n = e->narms;
	bool last_leaf = true;
	for (int i = n - 1; i >= 0; i--) {
		int nl = or_leaves(&e->arms[i]) ? e->arms[i].npats : 1;
		for (int j = nl - 1; j >= 0; j--) {
			BlockId pre = leaf[i][j];
			if (pre == NO_BLOCK)
				continue;
			if (last_leaf) {
				last_leaf = false;
				continue;
			}
			BlockId fresh = new_block(b);
			if (!b->f->blocks[pre].has_term)
				false_edge(b, pre, fresh, GOTO_FALSE_EDGE);
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
		ast_pattern_each_binding(&a->pats[0], declare_binding, b);
		BlockId target = new_block(b);
		for (int j = 0; j < a->npats; j++) {
			if (leaf[i][j] == NO_BLOCK)
				continue;
			bind_pattern_at(b, leaf[i][j], aid, &a->pats[j], scrut, true, j == reached);
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
				add_pairs(b, c, scrut, &e->arms[i].pats[p]);
			refs[k] = c;
			arm_of[k++] = i;
		}
	BlockId otherwise = match_candidates(b, bb, refs, n);
	fake_read(b, otherwise);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	/* an arm of several patterns without bindings (merge_trivial_subcandidates) enters
	 * its body from its first pattern's block, the others going there */
	bool leaves = false;
	for (int i = 0; i < e->narms; i++)
		leaves |= or_leaves(&e->arms[i]);
	BlockId *arm_block = scratch_alloc((size_t)e->narms * sizeof *arm_block);
	BlockId **leaf = scratch_alloc((size_t)e->narms * sizeof *leaf);
	for (int i = 0, j = 0; i < e->narms; i++) {
		arm_block[i] = NO_BLOCK;
		leaf[i] = scratch_alloc((size_t)e->arms[i].npats * sizeof *leaf[i]);
		for (int p = 0; p < e->arms[i].npats; p++, j++)
			leaf[i][p] = cands[j].pre;
	}
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
		end = lower_leaf_bodies(b, dest, e, leaf, scrut);
	} else {
		end = lower_arm_bodies(b, dest, e, arm_block, bind_arm, &scrut);
	}
	scratch_release(sm);
	return end;
}

/* lower_let_expr of a nested pattern: lower_match_tree of one refutable candidate (no fake
 * read, no unreachable otherwise), its pre-binding block's false edge to a new block where
 * the bindings go (the otherwise block its imaginary target), the else from the otherwise
 * block; the same steps build_iflet.c takes for a flat variant pattern. */
BlockId lower_nested_let(Builder *b, BlockId bb, PlaceId scrut, const AstPattern *pat, int bind_scope)
{
	ScratchMark sm = scratch_mark();
	Cand cand = {0};
	cand.pre = cand.false_start = NO_BLOCK;
	add_pairs(b, &cand, scrut, pat);
	Cand *ref = &cand;
	BlockId otherwise = match_candidates(b, bb, &ref, 1);
	BlockId then = new_block(b);
	false_edge(b, cand.pre, then, GOTO_FALSE_EDGE);
	break_for_else(b, otherwise);
	bind_nested(b, then, bind_scope, pat, scrut);
	scratch_release(sm);
	return then;
}

/* lower_let_expr of an or-pattern (`if let E::A(x) | E::B(x) = e`, `while let Some(1) | None = ..`):
 * its alternatives are the or-candidate's subcandidates, matched in order; without bindings
 * merge_trivial_subcandidates joins them (the first alternative's block, the others going there)
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
		BlockId pre = NO_BLOCK;
		for (int k = 0; k < n; k++) {
			if (cands[k].pre == NO_BLOCK)
				continue;
			if (pre == NO_BLOCK)
				pre = cands[k].pre;
			else
				goto_(b, cands[k].pre, pre);
		}
		then = new_block(b);
		false_edge(b, pre, then, GOTO_FALSE_EDGE);
		break_for_else(b, otherwise);
		scratch_release(sm);
		return then;
	}
	BlockId *leaf = scratch_alloc((size_t)n * sizeof *leaf);
	for (int k = n - 1; k >= 0; k--) {
		leaf[k] = NO_BLOCK;
		if (cands[k].pre == NO_BLOCK)
			continue;
		leaf[k] = new_block(b);
		false_edge(b, cands[k].pre, leaf[k], GOTO_FALSE_EDGE);
	}
	break_for_else(b, otherwise);
	int reached = -1;
	for (int k = n - 1; k >= 0; k--)
		if (leaf[k] != NO_BLOCK)
			reached = k;
	ast_pattern_each_binding(&a->pats[0], declare_binding, b);
	then = new_block(b);
	for (int k = 0; k < n; k++) {
		if (leaf[k] == NO_BLOCK)
			continue;
		bind_pattern_at(b, leaf[k], bind_scope, &a->pats[k], scrut, true, k == reached);
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
	bb = as_place(b, bb, init, &scrut);
	push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = scrut});
	Cand cand = {0};
	cand.pre = cand.false_start = NO_BLOCK;
	add_pairs(b, &cand, scrut, pat);
	Cand *ref = &cand;
	BlockId otherwise = match_candidates(b, bb, &ref, 1);
	terminate(b, otherwise, mk(TK_UNREACHABLE));
	bind_pattern_at(b, cand.pre, bind_scope, pat, scrut, true, true);
	scratch_release(sm);
	return cand.pre;
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
