/* test_conflicts.c — the storage-conflict relation is sparse (issue 23).
 *
 * The layout's conflicts (rustc: CoroutineLayout::storage_conflicts) were an
 * nsaved x nsaved bit matrix: 80k saved locals (40k awaits of an async fn's
 * future) took 800 MB per copy. Rows are now id lists, or a bitset over nsaved
 * for a row in conflict with many (ConflictRow, ir/ir.h). Here a layout of
 * 200,000 saved locals, pairs in conflict as N awaits make them and one local
 * in conflict with all, is built, laid out and read back in a child process
 * under a 256 MB address-space cap: the matrix alone would be 5 GB. Skipped
 * under the sanitizers (their shadow memory needs the address space). The
 * small cases check the relation itself (both ways, iteration order, the switch
 * of a row to a bitset) and run everywhere. */
#define _DEFAULT_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../measure/measure.h"

#include "unit_util.h"

/* npairs Suspend variants, variant k holding _s(2k) and _s(2k+1) (u32 each: a
 * value and a future), each pair in conflict, and, with shared, one more saved
 * local _s(2 npairs) in every variant and in conflict with every other. */
static Layout *pairs_layout(Module *m, uint32_t npairs, int shared)
{
	Layout *l = arena_alloc(m->arena, sizeof *l);
	uint32_t ns = 2 * npairs + (shared != 0);
	l->nsaved = ns;
	l->saved = arena_alloc(m->arena, ns * sizeof *l->saved);
	for (uint32_t i = 0; i < ns; i++)
		l->saved[i].ty = TY_U32;
	l->nvariants = STATE_FIRST_SUSPEND + npairs;
	l->field_start = arena_alloc(m->arena, l->nvariants * sizeof *l->field_start);
	l->nfields = arena_alloc(m->arena, l->nvariants * sizeof *l->nfields);
	l->fields = arena_alloc(m->arena, (size_t)npairs * 3 * sizeof *l->fields);
	uint32_t pos = 0;
	for (uint32_t v = 0; v < l->nvariants; v++) {
		l->field_start[v] = pos;
		if (v < STATE_FIRST_SUSPEND)
			continue;
		uint32_t k = v - STATE_FIRST_SUSPEND;
		l->fields[pos++] = 2 * k;
		l->fields[pos++] = 2 * k + 1;
		if (shared)
			l->fields[pos++] = ns - 1;
		l->nfields[v] = pos - l->field_start[v];
	}
	for (uint32_t k = 0; k < npairs; k++) {
		layout_set_conflict(m->arena, l, 2 * k, 2 * k);
		layout_set_conflict(m->arena, l, 2 * k + 1, 2 * k + 1);
		layout_set_conflict(m->arena, l, 2 * k, 2 * k + 1);
	}
	for (uint32_t s = 0; shared && s < ns; s++)
		layout_set_conflict(m->arena, l, ns - 1, s);
	l->upvar_offset = arena_alloc(m->arena, sizeof *l->upvar_offset);
	return l;
}

/* members of row a, counted by iteration (ascending, each once) */
static uint32_t row_members(const Layout *l, uint32_t a)
{
	uint32_t cnt = 0, prev = 0;
	for (uint32_t k = 0, b; conflict_next(&l->conflicts[a], l->nsaved, &k, &b); cnt++) {
		if (cnt && b <= prev)
			fail_msg("row _s%u: _s%u after _s%u", a, b, prev);
		prev = b;
	}
	return cnt;
}

/* what the pairs layout must be; 0 when it is */
static int check_pairs(Module *m, Layout *l, uint32_t npairs, int shared)
{
	uint32_t ns = l->nsaved;
	for (uint32_t k = 0; k < npairs; k++) {
		uint32_t a = 2 * k, b = 2 * k + 1;
		if (!layout_conflict(l, a, b) || !layout_conflict(l, b, a) || !layout_conflict(l, a, a))
			return 1;
		if (k + 1 < npairs && (layout_conflict(l, a, b + 1) || layout_conflict(l, b + 1, a)))
			return 2;
		if (row_members(l, a) != 2u + (shared != 0))
			return 3;
	}
	if (shared && (row_members(l, ns - 1) != ns || l->conflicts[ns - 1].n != ns ||
		       l->conflicts[ns - 1].cap != CONFLICT_BITS))
		return 4;
	uint32_t foo = module_add_coro(m, "foo", CORO_ASYNC_FN);
	layout_compute(m, &m->coros[foo], l);
	/* rustc's eligibility: the shared local is in every variant, so promoted;
	 * the pairs are each in one variant, in conflict within it only, so not */
	for (uint32_t s = 0; s < 2 * npairs; s++)
		if (l->saved[s].promoted)
			return 5;
	if (shared && !l->saved[ns - 1].promoted)
		return 6;
	/* a pair's two locals do not overlap; different pairs share bytes */
	if (l->saved[0].offset == l->saved[1].offset || (npairs > 1 && l->saved[0].offset != l->saved[2].offset &&
							 l->saved[0].offset != l->saved[3].offset))
		return 7;
	return 0;
}

static void test_small_relation(void **state)
{
	(void)state;
	for (int shared = 0; shared < 2; shared++) {
		Module *m = module_new("t");
		Layout *l = pairs_layout(m, 300, shared);
		assert_int_equal(check_pairs(m, l, 300, shared), 0);
		/* the layout is what a dense copy made it: the same relation through
		 * conflicts_copy into a wider layout and back */
		ConflictRow *wide = conflicts_copy(NULL, l->conflicts, l->nsaved, l->nsaved + 100);
		for (uint32_t a = 0; a < l->nsaved; a++) {
			assert_int_equal(wide[a].n, l->conflicts[a].n);
			for (uint32_t b = 0; b < l->nsaved; b++)
				assert_int_equal(conflict_row_has(&wide[a], b), layout_conflict(l, a, b));
		}
		for (uint32_t a = l->nsaved; a < l->nsaved + 100; a++)
			assert_int_equal(wide[a].n, 0);
		conflicts_free(wide, l->nsaved + 100);
		module_free(m);
	}
}

/* adding out of order, twice, and past the list's size */
static void test_row_add(void **state)
{
	(void)state;
	const uint32_t ns = 1000;
	ConflictRow *rows = conflicts_new(NULL, 2);
	uint8_t want[1000] = {0};
	for (uint32_t i = 0; i < 3 * ns; i++) {
		uint32_t b = (i * 7919u) % ns;
		if (i % 5 == 0)
			continue;
		conflict_add(NULL, ns, &rows[0], b);
		conflict_add(NULL, ns, &rows[1], b);
		want[b] = 1;
		uint32_t n = 0;
		for (uint32_t k = 0; k < ns; k++)
			n += want[k];
		assert_int_equal(rows[0].n, n);
		if (i < 30) /* a few members: a list */
			assert_true(rows[0].cap != CONFLICT_BITS);
	}
	assert_int_equal(rows[0].cap, CONFLICT_BITS);
	for (uint32_t b = 0; b < ns; b++)
		assert_int_equal(conflict_row_has(&rows[0], b), want[b]);
	conflicts_free(rows, 2);
}

/* conf39: conflict classes (CONFLICT_SHARED rows). A symmetric relation made of
 * random cliques over 300 saved locals (some left as lists), shared by
 * conflicts_share: the members stay, equal rows share one bitset, symmetry is
 * found by classes as by brute force, a row written is copied first (its class
 * keeps its members), copies keep the classes, and conflicts_free frees each
 * bitset once (LeakSanitizer in the sanitizer build). */
static int brute_symmetric(const ConflictRow *rows, uint32_t ns)
{
	for (uint32_t a = 0; a < ns; a++)
		for (uint32_t b = 0; b < ns; b++)
			if (conflict_row_has(&rows[a], b) != conflict_row_has(&rows[b], a))
				return 0;
	return 1;
}

static void same_members(const ConflictRow *x, const ConflictRow *y, uint32_t ns)
{
	for (uint32_t a = 0; a < ns; a++) {
		assert_int_equal(x[a].n, y[a].n);
		for (uint32_t b = 0; b < ns; b++)
			assert_int_equal(conflict_row_has(&x[a], b), conflict_row_has(&y[a], b));
	}
}

static void test_classes(void **state)
{
	(void)state;
	const uint32_t ns = 300;
	srand(39);
	for (int round = 0; round < 40; round++) {
		ConflictRow *rows = conflicts_new(NULL, ns), *plain = conflicts_new(NULL, ns);
		uint32_t nclq = 1 + (uint32_t)rand() % 6;
		for (uint32_t q = 0; q < nclq; q++) { /* a clique over [lo, hi) */
			uint32_t lo = (uint32_t)rand() % ns, hi = lo + 1 + (uint32_t)rand() % (ns - lo);
			for (uint32_t a = lo; a < hi; a++)
				for (uint32_t b = lo; b < hi; b++) {
					conflict_add(NULL, ns, &rows[a], b);
					conflict_add(NULL, ns, &plain[a], b);
				}
		}
		conflicts_share(NULL, rows, ns);
		same_members(rows, plain, ns);
		uint32_t nshared = 0, *cls = malloc(ns * sizeof *cls);
		for (uint32_t a = 0; a < ns; a++)
			nshared += rows[a].cap == CONFLICT_SHARED;
		uint32_t ncls = conflicts_classes(rows, ns, cls);
		assert_true(ncls <= ns);
		for (uint32_t a = 0; a < ns; a++) /* one class: the same bitset */
			for (uint32_t b = a + 1; b < ns && rows[a].cap == CONFLICT_SHARED; b++)
				if (rows[b].cap == CONFLICT_SHARED)
					assert_int_equal(cls[a] == cls[b], rows[a].u.bits == rows[b].u.bits);
		if (round == 0) /* one clique: every member of it in one class */
			assert_true(nshared >= 2 || nclq > 1);
		assert_int_equal(conflicts_symmetric(rows, ns), 1);
		/* copies: the members, and a class still one bitset */
		ConflictRow *dup = conflicts_dup(NULL, rows, ns), *wide = conflicts_copy(NULL, rows, ns, ns + 70);
		same_members(dup, rows, ns);
		for (uint32_t a = 0; a < ns; a++)
			for (uint32_t b = 0; b < ns; b++)
				assert_int_equal(conflict_row_has(&wide[a], b), conflict_row_has(&rows[a], b));
		for (uint32_t a = 0; a + 1 < ns; a++)
			if (rows[a].cap == CONFLICT_SHARED && rows[a].u.bits == rows[a + 1].u.bits) {
				assert_ptr_equal(dup[a].u.bits, dup[a + 1].u.bits);
				assert_ptr_equal(wide[a].u.bits, wide[a + 1].u.bits);
				assert_ptr_not_equal(dup[a].u.bits, rows[a].u.bits);
			}
		/* one more pair, one way: not symmetric (by classes and by brute force
		 * alike); written through a shared row, its class-mates keep theirs */
		uint32_t a = (uint32_t)rand() % ns, b = (uint32_t)rand() % ns;
		if (!conflict_row_has(&rows[a], b)) {
			conflict_add(NULL, ns, &rows[a], b);
			conflict_add(NULL, ns, &plain[a], b);
			same_members(rows, plain, ns);
			assert_int_equal(conflicts_symmetric(rows, ns), brute_symmetric(rows, ns));
			assert_int_equal(brute_symmetric(rows, ns), a == b);
		}
		free(cls);
		conflicts_free(rows, ns);
		conflicts_free(plain, ns);
		conflicts_free(dup, ns);
		conflicts_free(wide, ns + 70);
	}
}

static void test_large_layout_linear(void **state)
{
	(void)state;
	if (UNDER_SANITIZER)
		skip();
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit cap = {(rlim_t)256 << 20, (rlim_t)256 << 20};
		setrlimit(RLIMIT_AS, &cap);
		Module *m = module_new("t");
		Layout *l = pairs_layout(m, 100000, 1);
		_exit(check_pairs(m, l, 100000, 1) == 0 ? 0 : 3);
	}
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail_msg("200,001 saved locals: the layout was not built and checked under 256 MB (status %d)", status);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small_relation),
		cmocka_unit_test(test_row_add),
		cmocka_unit_test(test_classes),
		cmocka_unit_test(test_large_layout_linear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
