/* test_dataflow.c — MaybeStorageLive at the yields (ir/dataflow.c) against a plain
 * reference: a dense bitset per block over every local, iterated to a fixpoint (what
 * rustc's MaybeStorageLive computes). Random CFGs with loops, branches and yields,
 * with few locals (dense stored states) and with hundreds (persistent sets), and an
 * else-if chain whose heads hold 1, 2, .. N condition temporaries (the shape that
 * was N^2/2 stored bits). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../measure/measure.h"

static uint64_t rng;
static uint32_t rnd(uint32_t n)
{
	rng = rng * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)(rng >> 33) % n;
}

/* the reference: the states at block entry over all locals (nblocks x nlocals bytes) */
static uint8_t *reference_states(const Fn *f)
{
	uint32_t nb = f->nblocks, nl = f->nlocals;
	uint8_t *st = calloc((size_t)nb * nl, 1), *reach = calloc(nb, 1), *cur = malloc(nl);
	for (uint32_t a = 1; a <= f->nargs && a < nl; a++)
		st[a] = 1;
	reach[0] = 1;
	BlockId succ[64];
	for (int changed = 1; changed;) {
		changed = 0;
		for (BlockId b = 0; b < nb; b++) {
			if (!reach[b])
				continue;
			memcpy(cur, st + (size_t)b * nl, nl);
			for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
				const Stmt *s = &f->blocks[b].stmts[i];
				if (s->kind == ST_STORAGE_LIVE)
					cur[s->x] = 1;
				else if (s->kind == ST_STORAGE_DEAD)
					cur[s->x] = 0;
			}
			uint32_t ns = cfg_succs(f, &f->blocks[b].term, succ);
			for (uint32_t k = 0; k < ns; k++) {
				uint8_t *dst = st + (size_t)succ[k] * nl;
				if (!reach[succ[k]]) {
					reach[succ[k]] = 1;
					changed = 1;
				}
				for (uint32_t l = 0; l < nl; l++)
					if (cur[l] && !dst[l]) {
						dst[l] = 1;
						changed = 1;
					}
			}
		}
	}
	free(reach);
	free(cur);
	return st;
}

/* the reference's locals before the terminator of yb: those with storage markers
 * (rustc's always_storage_live_locals are left out), ascending */
static uint32_t reference_before_term(const Fn *f, const uint8_t *st, BlockId yb, LocalId *out)
{
	uint32_t nl = f->nlocals;
	uint8_t *cur = malloc(nl), *marked = calloc(nl, 1);
	for (BlockId b = 0; b < f->nblocks; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD)
				marked[s->x] = 1;
		}
	memcpy(cur, st + (size_t)yb * nl, nl);
	for (uint32_t i = 0; i < f->blocks[yb].nstmts; i++) {
		const Stmt *s = &f->blocks[yb].stmts[i];
		if (s->kind == ST_STORAGE_LIVE)
			cur[s->x] = 1;
		else if (s->kind == ST_STORAGE_DEAD)
			cur[s->x] = 0;
	}
	uint32_t n = 0;
	for (uint32_t l = 0; l < nl; l++)
		if (cur[l] && marked[l])
			out[n++] = l;
	free(cur);
	free(marked);
	return n;
}

/* every reachable yield: df_compute's answer equals the reference's; returns how
 * many locals they listed in all */
static uint32_t compare_at_yields(const Fn *f)
{
	ScratchMark sm = scratch_mark();
	DfGraph g;
	df_graph_build(&g, f);
	Dataflow d;
	df_compute(&d, &g, DF_STORAGE_LIVE, NULL, NULL);
	LocalId *a = malloc(f->nlocals * sizeof *a), *b = malloc(f->nlocals * sizeof *b);
	uint32_t total = 0;
	uint8_t *st = reference_states(f);
	for (BlockId y = 0; y < f->nblocks; y++) {
		if (!g.reachable[y] || f->blocks[y].term.kind != TK_YIELD)
			continue;
		uint32_t na = df_locals_before(&d, y, f->blocks[y].nstmts, a);
		uint32_t nr = reference_before_term(f, st, y, b);
		assert_int_equal(na, nr);
		for (uint32_t i = 0; i < na; i++)
			assert_int_equal(a[i], b[i]);
		total += na;
	}
	/* perf36: the same with the always-live locals from df_universe_across_yields'
	 * markers instead of df_compute's walk */
	DfUniverse u;
	uint8_t *borrowable = calloc(f->nlocals ? f->nlocals : 1, 1), *markers = calloc(f->nlocals ? f->nlocals : 1, 1);
	df_universe_across_yields(&u, &g, borrowable, markers);
	Dataflow dm;
	df_compute_storage_live(&dm, &g, markers);
	for (uint32_t w = 0; w < bs_words(f->nlocals); w++)
		assert_true(dm.always_live[w] == d.always_live[w]);
	for (BlockId y = 0; y < f->nblocks; y++) {
		if (!g.reachable[y] || f->blocks[y].term.kind != TK_YIELD)
			continue;
		uint32_t na = df_locals_before(&dm, y, f->blocks[y].nstmts, a);
		uint32_t nr = reference_before_term(f, st, y, b);
		assert_int_equal(na, nr);
		for (uint32_t i = 0; i < na; i++)
			assert_int_equal(a[i], b[i]);
	}
	free(borrowable);
	free(markers);
	free(st);
	free(a);
	free(b);
	scratch_release(sm);
	return total;
}

static Fn *new_body(Module *m, uint32_t nlocals)
{
	Fn *f = fn_new(m, "f", FN_CORO_BODY);
	f->nargs = 2;
	for (uint32_t l = 0; l < nlocals; l++)
		fn_add_local(f, TY_U32, NULL, 1);
	return f;
}

static Term yield_to(Fn *f, BlockId target, BlockId drop)
{
	Term y = term_simple(TK_YIELD);
	y.a = op_const(f, TY_UNIT, 0);
	y.place = place_local(f, 1);
	y.target = target;
	y.drop = drop;
	return y;
}

/* random blocks: markers on random locals (the first half of the locals only ever
 * StorageLive'd in some block: live to the end), gotos, two-way switches (back
 * edges too) and yields */
static void random_body(uint32_t nlocals, uint32_t nblocks, uint64_t seed, uint32_t *listed)
{
	Module *m = module_new("df");
	Fn *f = new_body(m, nlocals);
	rng = seed;
	for (uint32_t b = 0; b < nblocks; b++)
		fn_add_block(f, 0);
	for (uint32_t b = 0; b < nblocks; b++) {
		uint32_t ns = rnd(6);
		for (uint32_t i = 0; i < ns; i++) {
			LocalId l = 3 + rnd(nlocals - 3);
			int live = l < nlocals / 2 ? rnd(4) != 0 : rnd(2);
			fn_push_stmt(f, b, stmt_storage(live ? ST_STORAGE_LIVE : ST_STORAGE_DEAD, l));
		}
		BlockId next = b + 1 < nblocks ? b + 1 : b;
		uint32_t k = rnd(10);
		if (b + 1 == nblocks) {
			fn_set_term(f, b, term_simple(TK_RETURN));
		} else if (k < 3) {
			fn_set_term(f, b, yield_to(f, next, nblocks - 1));
		} else if (k < 6) {
			Term t = term_simple(TK_SWITCH);
			t.a = op_const(f, TY_U32, 0);
			t.target = rnd(3) ? next : rnd(nblocks); /* forward, or anywhere (loops) */
			SwitchArm arm = {0, rnd(nblocks)};
			t.args = fn_add_arms(f, &arm, 1);
			t.nargs = 1;
			fn_set_term(f, b, t);
		} else {
			fn_set_term(f, b, term_goto(rnd(4) ? next : rnd(nblocks)));
		}
	}
	*listed += compare_at_yields(f);
	module_free(m);
}

static void test_random_small_universe(void **state)
{
	(void)state;
	uint32_t listed = 0;
	for (uint64_t seed = 1; seed <= 200; seed++)
		random_body(40, 30, seed, &listed);
	assert_true(listed > 1000); /* the yields see live locals */
}

static void test_random_large_universe(void **state)
{
	(void)state;
	uint32_t listed = 0;
	for (uint64_t seed = 1; seed <= 60; seed++)
		random_body(300 + (uint32_t)seed * 97, 60, seed, &listed);
	assert_true(listed > 1000);
}

/* `let r = if x == 0 { .. } else if x == 1 { .. } ..; yield; r`: link i's condition
 * temporary c_i is StorageLive'd at the link and StorageDead at the chain's i-th join
 * from the end; the yield after the chain sees none of them, a yield inside a link
 * (its then-block) sees c_0 .. c_i */
static void test_else_if_chain(void **state)
{
	(void)state;
	enum { N = 3000 };
	Module *m = module_new("df");
	Fn *f = new_body(m, 3 + N);
	BlockId link = fn_add_block(f, 0), thens[N], joins[N];
	BlockId drop = fn_add_block(f, 0);
	fn_set_term(f, drop, term_simple(TK_COROUTINE_DROP));
	for (uint32_t i = 0; i < N; i++) {
		fn_push_stmt(f, link, stmt_storage(ST_STORAGE_LIVE, 3 + i));
		thens[i] = fn_add_block(f, 0);
		BlockId els = fn_add_block(f, 0);
		Term t = term_simple(TK_SWITCH);
		t.a = op_const(f, TY_U32, 0);
		t.target = els;
		SwitchArm arm = {0, thens[i]};
		t.args = fn_add_arms(f, &arm, 1);
		t.nargs = 1;
		fn_set_term(f, link, t);
		link = els;
	}
	for (uint32_t i = 0; i < N; i++) {
		joins[i] = fn_add_block(f, 0);
		fn_push_stmt(f, joins[i], stmt_storage(ST_STORAGE_DEAD, 3 + i));
	}
	BlockId after = fn_add_block(f, 0);
	fn_set_term(f, link, term_goto(joins[N - 1])); /* the last else */
	for (uint32_t i = 1; i < N; i++)
		fn_set_term(f, joins[i], term_goto(joins[i - 1]));
	fn_set_term(f, joins[0], yield_to(f, after, drop));
	fn_set_term(f, after, term_simple(TK_RETURN));
	for (uint32_t i = 0; i < N; i++)
		fn_set_term(f, thens[i], i % 500 == 7 ? yield_to(f, joins[i], drop) : term_goto(joins[i]));
	uint32_t listed = compare_at_yields(f);
	/* the then-block yields of links 7, 507, .. see their link's and the outer ones' temps */
	uint32_t want = 0;
	for (uint32_t i = 7; i < N; i += 500)
		want += i + 1;
	assert_int_equal(listed, want);
	module_free(m);
}

/* ---- quad38: MaybeLiveLocals, MaybeBorrowedLocals and MaybeRequiresStorage, their
 * block states stored as mirrored trees against the same as sparse words ---- */
extern int df_store_mode; /* ir/dataflow.c: 1 trees, 2 sparse */

typedef struct VisitLog {
	uint32_t words, n, cap;
	uint64_t *last;  /* the last state taken */
	uint64_t *sums;  /* per call: a hash of the whole state */
} VisitLog;

/* every call: the words not listed equal the last state taken (full: the state's nonzero
 * words are all listed); blocks whose number is a multiple of 5 are ignored (return 0) */
static int visit_check(void *ctx, BlockId b, const uint64_t *state, const uint32_t *words, uint32_t nwords, int full)
{
	VisitLog *v = ctx;
	uint8_t *listed = calloc(v->words, 1);
	for (uint32_t i = 0; i < nwords; i++)
		listed[words[i]] = 1;
	uint64_t h = 1469598103934665603ull;
	for (uint32_t w = 0; w < v->words; w++) {
		if (!listed[w])
			assert_true(full ? state[w] == 0 : state[w] == v->last[w]);
		h = (h ^ state[w]) * 1099511628211ull;
	}
	free(listed);
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 256;
		v->sums = realloc(v->sums, v->cap * sizeof *v->sums);
	}
	v->sums[v->n++] = h;
	if (b % 5 == 0)
		return 0;
	memcpy(v->last, state, v->words * sizeof *state);
	return 1;
}

/* the analyses of f with stored states `mode`: every answer appended to out */
static uint32_t analyses_answers(const Fn *f, int mode, uint32_t *out, VisitLog *v)
{
	df_store_mode = mode;
	ScratchMark sm = scratch_mark();
	DfGraph g;
	df_graph_build(&g, f);
	Dataflow live, bor, req;
	df_compute(&live, &g, DF_LIVE, NULL, NULL);
	df_compute_borrowed_requires_storage(&bor, &req, &g, NULL);
	LocalId *l = malloc(f->nlocals * sizeof *l);
	uint32_t n = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (!g.reachable[b])
			continue;
		uint32_t k = df_locals_at_end(&live, b, l);
		out[n++] = k;
		for (uint32_t i = 0; i < k; i++)
			out[n++] = l[i];
		for (uint32_t at = 0; at <= f->blocks[b].nstmts; at++) {
			k = df_locals_before(&req, b, at, l);
			out[n++] = k;
			for (uint32_t i = 0; i < k; i++)
				out[n++] = l[i];
			k = df_locals_before(&bor, b, at, l);
			out[n++] = k;
			for (uint32_t i = 0; i < k; i++)
				out[n++] = l[i];
		}
	}
	v->words = req.words;
	v->last = calloc(req.words, sizeof *v->last);
	df_visit_after_early(&req, visit_check, v);
	free(v->last);
	free(l);
	scratch_release(sm);
	df_store_mode = 0;
	return n;
}

/* random blocks of StorageLive / StorageDead, `_a = const`, `_a = &_b`, `_a = move _b`
 * over nlocals locals (the first half never StorageDead), gotos, switches (loops too),
 * calls (an unwind edge to a shared cleanup block) and yields; both stores agree */
static void random_storage_body(uint32_t nlocals, uint32_t nblocks, uint64_t seed, uint32_t *answers)
{
	Module *m = module_new("df");
	Fn *f = new_body(m, nlocals);
	rng = seed;
	for (uint32_t b = 0; b < nblocks; b++)
		fn_add_block(f, 0);
	for (uint32_t b = 0; b < nblocks; b++) {
		uint32_t ns = rnd(8);
		for (uint32_t i = 0; i < ns; i++) {
			LocalId x = 3 + rnd(nlocals - 3), y = 3 + rnd(nlocals - 3);
			uint32_t k = rnd(6);
			if (k == 0)
				fn_push_stmt(f, b, stmt_storage(ST_STORAGE_LIVE, x));
			else if (k == 1 && x >= nlocals / 2)
				fn_push_stmt(f, b, stmt_storage(ST_STORAGE_DEAD, x));
			else if (k == 2) {
				Stmt r = stmt_assign_use(place_local(f, x), op_copy(place_local(f, y)));
				r.rv = RV_REF;
				fn_push_stmt(f, b, r);
			} else if (k == 3)
				fn_push_stmt(f, b, stmt_assign_use(place_local(f, x), op_move(place_local(f, y))));
			else
				fn_push_stmt(f, b, stmt_assign_use(place_local(f, x), op_const(f, TY_U32, i)));
		}
		BlockId next = b + 1 < nblocks ? b + 1 : b;
		uint32_t k = rnd(10);
		if (b + 1 == nblocks) {
			fn_set_term(f, b, term_simple(TK_RETURN));
		} else if (k < 3) {
			fn_set_term(f, b, yield_to(f, next, nblocks - 1));
		} else if (k < 5) {
			Term t = term_simple(TK_SWITCH);
			t.a = op_copy(place_local(f, 3 + rnd(nlocals - 3)));
			t.target = rnd(3) ? next : rnd(nblocks);
			SwitchArm arm = {0, rnd(nblocks)};
			t.args = fn_add_arms(f, &arm, 1);
			t.nargs = 1;
			fn_set_term(f, b, t);
		} else {
			fn_set_term(f, b, term_goto(rnd(4) ? next : rnd(nblocks)));
		}
	}
	uint32_t cap = 64u * nblocks * (nlocals + 8);
	uint32_t *a = malloc(cap * sizeof *a), *t = malloc(cap * sizeof *t);
	VisitLog va = {0}, vt = {0};
	uint32_t na = analyses_answers(f, 2, a, &va), nt = analyses_answers(f, 1, t, &vt);
	assert_int_equal(na, nt);
	for (uint32_t i = 0; i < na; i++)
		assert_int_equal(a[i], t[i]);
	assert_int_equal(va.n, vt.n);
	for (uint32_t i = 0; i < va.n; i++)
		assert_true(va.sums[i] == vt.sums[i]);
	*answers += na;
	free(va.sums);
	free(vt.sums);
	free(a);
	free(t);
	module_free(m);
}

static void test_trees_against_sparse(void **state)
{
	(void)state;
	uint32_t answers = 0;
	for (uint64_t seed = 1; seed <= 40; seed++)
		random_storage_body(300 + (uint32_t)seed * 13, 40, seed, &answers);
	assert_true(answers > 100000); /* the states are not all empty */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_small_universe),
		cmocka_unit_test(test_random_large_universe),
		cmocka_unit_test(test_else_if_chain),
		cmocka_unit_test(test_trees_against_sparse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
