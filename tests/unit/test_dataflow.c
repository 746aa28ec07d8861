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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_small_universe),
		cmocka_unit_test(test_random_large_universe),
		cmocka_unit_test(test_else_if_chain),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
