/* test_bit_tree.c — passes/bit_tree.c, the bitsets of ElaborateDrops' dataflow
 * (drops37), against plain word arrays: random word updates and unions on
 * several sets at once, with the copies and freezes the dataflow makes (a copy
 * taken after a freeze keeps its value while the original is changed in
 * place), the `grew` answer of a union, and the size that is the point of the
 * trees: a set of the first k bits is a few nodes, so N such sets are linear
 * in N (as words: N^2 / 128). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../passes/passes.h"

static uint64_t rng;
static uint32_t rnd(uint32_t n)
{
	rng = rng * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)(rng >> 33) % n;
}

/* a random word, often all zeros or all ones (the uniform nodes) */
static uint64_t rnd_word(void)
{
	switch (rnd(4)) {
	case 0:
		return 0;
	case 1:
		return ~0ull;
	default:
		return ((uint64_t)rnd(1u << 31) << 33) ^ ((uint64_t)rnd(1u << 31) << 2) ^ rnd(4);
	}
}

static void check_set(const BitForest *F, BitTree t, const uint64_t *ref, uint32_t nw)
{
	for (uint32_t w = 0; w < nw; w++)
		assert_true(bittree_word(F, t, w) == ref[w]);
}

enum { NSETS = 6 };

static void random_run(uint32_t nw, uint32_t steps)
{
	BitForest F;
	bitforest_init(&F, nw);
	BitTree t[NSETS];
	uint64_t *ref = calloc((size_t)NSETS * nw, sizeof *ref);
	for (uint32_t i = 0; i < NSETS; i++) {
		t[i] = i % 2 ? BT_ONES : BT_ZEROS;
		for (uint32_t w = 0; w < nw; w++)
			ref[(size_t)i * nw + w] = i % 2 ? ~0ull : 0;
	}
	/* set 0 is the one changed in place (the working state); the others are
	 * copies and joins */
	for (uint32_t s = 0; s < steps; s++) {
		uint32_t op = rnd(10), j = 1 + rnd(NSETS - 1);
		uint64_t *r0 = ref, *rj = ref + (size_t)j * nw;
		if (op < 6) {
			uint32_t w = rnd(nw);
			uint64_t keep = rnd_word(), set = rnd_word();
			t[0] = bittree_update(&F, t[0], w, keep, set);
			r0[w] = (r0[w] & keep) | set;
		} else if (op < 8) { /* copy the working state out (the dataflow's edge) */
			bitforest_freeze(&F);
			t[j] = t[0];
			memcpy(rj, r0, nw * sizeof *r0);
		} else if (op < 9) { /* load a set into the working state */
			bitforest_freeze(&F);
			t[0] = t[j];
			memcpy(r0, rj, nw * sizeof *r0);
		} else { /* join the working state into set j */
			int grew = 0, differs = 0;
			bitforest_freeze(&F);
			t[j] = bittree_union(&F, t[j], t[0], &grew);
			for (uint32_t w = 0; w < nw; w++) {
				differs |= (rj[w] | r0[w]) != rj[w];
				rj[w] |= r0[w];
			}
			assert_int_equal(grew, differs);
		}
		if (s % 16 == 0 || s + 1 == steps)
			for (uint32_t i = 0; i < NSETS; i++)
				check_set(&F, t[i], ref + (size_t)i * nw, nw);
	}
	free(ref);
	bitforest_free(&F);
}

static void test_random_one_word(void **state)
{
	(void)state;
	rng = 1;
	random_run(1, 2000);
}

static void test_random_small(void **state)
{
	(void)state;
	rng = 2;
	random_run(5, 5000);  /* 8 leaves, 3 of them never used */
	random_run(8, 5000);
}

static void test_random_large(void **state)
{
	(void)state;
	rng = 3;
	random_run(300, 20000);
}

/* N live guards: the working state gains one bit per guard (from the top,
 * as their drop order numbers them), and each guard's unwind join block gets
 * a copy. The forest stays linear in N (a few nodes per step), where the
 * copies as words would be N^2 / 128 words. */
static void test_prefix_sets_linear(void **state)
{
	(void)state;
	enum { N = 1 << 16 };
	uint32_t nw = N / 64;
	BitForest F;
	bitforest_init(&F, nw);
	BitTree cur = BT_ZEROS, *joins = malloc(N * sizeof *joins);
	for (uint32_t k = 0; k < N; k++) {
		uint32_t bit = N - 1 - k;
		cur = bittree_update(&F, cur, bit / 64, ~0ull, 1ull << (bit % 64));
		bitforest_freeze(&F);
		joins[k] = cur;
		if (k) {
			int grew = 0;
			joins[k - 1] = bittree_union(&F, joins[k - 1], joins[k], &grew);
			assert_true(grew);
		}
	}
	for (uint32_t k = 0; k < N; k += 997)
		for (uint32_t w = 0; w < nw; w++) {
			/* joins[k] holds the bits of step k + 1 (joined), lo .. N - 1 */
			uint32_t lo = k + 1 < N ? N - 2 - k : N - 1 - k;
			uint64_t want = w * 64 >= lo ? ~0ull : w * 64 + 64 <= lo ? 0 : ~0ull << (lo % 64);
			assert_true(bittree_word(&F, joins[k], w) == want);
		}
	/* h = 10: at most a path (h + 1 nodes) per update and per union */
	assert_true(F.nkid + F.nword < (uint32_t)N * 2 * 12);
	free(joins);
	bitforest_free(&F);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_one_word),
		cmocka_unit_test(test_random_small),
		cmocka_unit_test(test_random_large),
		cmocka_unit_test(test_prefix_sets_linear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
