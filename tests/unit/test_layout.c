/* test_layout.c — layout_compute on hand-built CoroutineLayouts, against figures
 * printed by rustc 1.95 -Zprint-type-sizes (x86_64). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../measure/measure.h"

/* A Layout with nsaved locals of the given types and nsusp Suspend variants;
 * vars[v] lists the saved locals of Suspend v (terminated by -1). */
static Layout *mk_layout(Module *m, uint32_t nsaved, const TypeId *tys, uint32_t nsusp, const int *const *vars)
{
	Layout *l = arena_alloc(m->arena, sizeof *l);
	l->nsaved = nsaved;
	l->saved = arena_alloc(m->arena, (nsaved + 1) * sizeof *l->saved);
	for (uint32_t i = 0; i < nsaved; i++)
		l->saved[i].ty = tys[i];
	l->nvariants = STATE_FIRST_SUSPEND + nsusp;
	l->field_start = arena_alloc(m->arena, l->nvariants * sizeof *l->field_start);
	l->nfields = arena_alloc(m->arena, l->nvariants * sizeof *l->nfields);
	uint32_t total = 0;
	for (uint32_t v = 0; v < nsusp; v++)
		for (const int *p = vars[v]; *p >= 0; p++)
			total++;
	l->fields = arena_alloc(m->arena, (total + 1) * sizeof *l->fields);
	uint32_t pos = 0;
	for (uint32_t v = 0; v < l->nvariants; v++) {
		l->field_start[v] = pos;
		l->nfields[v] = 0;
		if (v < STATE_FIRST_SUSPEND)
			continue;
		for (const int *p = vars[v - STATE_FIRST_SUSPEND]; *p >= 0; p++) {
			l->fields[pos++] = (uint32_t)*p;
			l->nfields[v]++;
		}
	}
	for (uint32_t i = 0; i < nsaved; i++)
		layout_set_conflict(m->arena, l, i, i);
	l->upvar_offset = arena_alloc(m->arena, 16 * sizeof *l->upvar_offset);
	return l;
}

/* A coroutine standing for an awaited future of the given size (align 1 or 4). */
static TypeId fake_future(Module *m, const char *name, uint32_t size, uint32_t align)
{
	uint32_t c = module_add_coro(m, name, CORO_ASYNC_FN);
	Layout *l = arena_alloc(m->arena, sizeof *l);
	l->size = size;
	l->align = align;
	m->coros[c].layout = l;
	return type_coro(m, c);
}

/* async fn foo() -> u32 { let a = bar().await; let b = bar().await; a + b }: 12 bytes */
static void test_two_awaits_12_bytes(void **state)
{
	(void)state;
	Module *m = module_new("t");
	TypeId bar = fake_future(m, "bar", 2, 1);
	uint32_t foo = module_add_coro(m, "foo", CORO_ASYNC_FN);
	TypeId tys[] = {TY_U32, bar, bar};
	const int s0[] = {1, -1}, s1[] = {0, 2, -1};
	const int *vars[] = {s0, s1};
	Layout *l = mk_layout(m, 3, tys, 2, vars);
	layout_set_conflict(m->arena, l, 0, 1);
	layout_set_conflict(m->arena, l, 0, 2);
	layout_compute(m, &m->coros[foo], l);
	assert_int_equal(l->size, 12);
	assert_int_equal(l->align, 4);
	assert_int_equal(l->tag_size, 1);
	assert_int_equal(l->tag_offset, 4);
	assert_true(l->saved[0].promoted); /* `a`: more conflicts than the first __awaitee */
	assert_int_equal(l->saved[0].offset, 0);
	assert_false(l->saved[1].promoted);
	assert_false(l->saved[2].promoted);
	assert_int_equal(l->saved[1].offset, 8);
	assert_int_equal(l->saved[2].offset, 8);
	module_free(m);
}

/* async fn wrapper(x: u32) -> u32 { inner(x).await } with a 12-byte inner: 20 bytes */
static void test_wrapper_20_bytes(void **state)
{
	(void)state;
	Module *m = module_new("t");
	TypeId inner = fake_future(m, "inner", 12, 4);
	uint32_t w = module_add_coro(m, "wrapper", CORO_ASYNC_FN);
	coro_add_upvar(m, w, "x", TY_U32);
	TypeId tys[] = {inner};
	const int s0[] = {0, -1};
	const int *vars[] = {s0};
	Layout *l = mk_layout(m, 1, tys, 1, vars);
	layout_compute(m, &m->coros[w], l);
	assert_int_equal(l->size, 20);
	assert_int_equal(l->upvar_offset[0], 0);
	assert_true(l->saved[0].promoted); /* single variant: everything is promoted */
	assert_int_equal(l->saved[0].offset, 4); /* {x, __awaitee, tag}: the tag goes last */
	assert_int_equal(l->tag_offset, 16);
	module_free(m);
}

/* rustc: a 20-byte inner with an upvar: `{async fn body of wrapper()}` is 28 bytes */
static void test_wrapper_28_bytes(void **state)
{
	(void)state;
	Module *m = module_new("t");
	TypeId inner = fake_future(m, "inner", 20, 4);
	uint32_t w = module_add_coro(m, "wrapper", CORO_ASYNC_FN);
	coro_add_upvar(m, w, "x", TY_U32);
	TypeId tys[] = {inner};
	const int s0[] = {0, -1};
	const int *vars[] = {s0};
	Layout *l = mk_layout(m, 1, tys, 1, vars);
	layout_compute(m, &m->coros[w], l);
	assert_int_equal(l->size, 28);
	assert_int_equal(l->saved[0].offset, 4); /* rustc prints __awaitee right after upvar x */
	assert_int_equal(l->tag_offset, 24);
	module_free(m);
}

/* 300 awaits of yield_now(): 303 states, a 2-byte tag, 4 bytes in all */
static void test_300_states_u16_tag(void **state)
{
	(void)state;
	Module *m = module_new("t");
	uint32_t c = module_add_coro(m, "many", CORO_ASYNC_FN);
	enum { N = 300 };
	TypeId *tys = calloc(N, sizeof *tys);
	int(*lists)[2] = calloc(N, sizeof *lists);
	const int **vars = calloc(N, sizeof *vars);
	for (int i = 0; i < N; i++) {
		tys[i] = TY_YIELDNOW;
		lists[i][0] = i;
		lists[i][1] = -1;
		vars[i] = lists[i];
	}
	Layout *l = mk_layout(m, N, tys, N, vars);
	layout_compute(m, &m->coros[c], l);
	assert_int_equal(l->nvariants, 303);
	assert_int_equal(l->tag_size, 2);
	assert_int_equal(l->tag_offset, 0);
	assert_int_equal(l->size, 4);
	assert_int_equal(l->align, 2);
	for (int i = 0; i < N; i++) {
		assert_false(l->saved[i].promoted);
		assert_int_equal(l->saved[i].offset, 2);
	}
	free(tys);
	free(lists);
	free(vars);
	module_free(m);
}

/* Tie-break: equal conflict counts promote b (the later one of the pair). */
static void test_tie_break_promotes_b(void **state)
{
	(void)state;
	Module *m = module_new("t");
	uint32_t c = module_add_coro(m, "f", CORO_ASYNC_FN);
	TypeId tys[] = {TY_U32, TY_U32, TY_U32};
	const int s0[] = {0, -1}, s1[] = {1, 2, -1};
	const int *vars[] = {s0, s1};
	Layout *l = mk_layout(m, 3, tys, 2, vars);
	layout_set_conflict(m->arena, l, 0, 1); /* count(_s0) = count(_s1) = 2 */
	layout_compute(m, &m->coros[c], l);
	assert_false(l->saved[0].promoted);
	assert_true(l->saved[1].promoted);
	assert_false(l->saved[2].promoted);
	module_free(m);
}

/* The local with more conflicts is promoted, and stays the one promoted. */
static void test_more_conflicts_promoted(void **state)
{
	(void)state;
	Module *m = module_new("t");
	uint32_t c = module_add_coro(m, "f", CORO_ASYNC_FN);
	TypeId tys[] = {TY_U64, TY_U32, TY_U8, TY_U32};
	const int s0[] = {0, 2, -1}, s1[] = {1, 3, -1};
	const int *vars[] = {s0, s1};
	Layout *l = mk_layout(m, 4, tys, 2, vars);
	layout_set_conflict(m->arena, l, 0, 1);
	layout_set_conflict(m->arena, l, 0, 3); /* count(_s0) = 3 > count(_s1) = count(_s3) = 2 */
	layout_compute(m, &m->coros[c], l);
	assert_true(l->saved[0].promoted);
	assert_false(l->saved[1].promoted);
	assert_false(l->saved[2].promoted);
	assert_false(l->saved[3].promoted);
	/* prefix {tag u8, _s0 u64} -> _s0 at 0, tag at 8, prefix 16; variants from 16 */
	assert_int_equal(l->saved[0].offset, 0);
	assert_int_equal(l->tag_offset, 8);
	assert_int_equal(l->saved[2].offset, 16);
	assert_int_equal(l->saved[1].offset, 16);
	assert_int_equal(l->saved[3].offset, 20);
	assert_int_equal(l->size, 24);
	module_free(m);
}

/* Single-variant rule: async fn two_guards() { let _a = guard(1); let _b = guard(2);
 * yield_now().await; } — everything in the prefix, the tag after __awaitee: 12 bytes. */
static void test_single_variant_rule(void **state)
{
	(void)state;
	Module *m = module_new("t");
	uint32_t c = module_add_coro(m, "two_guards", CORO_ASYNC_FN);
	TypeId tys[] = {TY_GUARD, TY_GUARD, TY_YIELDNOW};
	const int s0[] = {0, 1, 2, -1};
	const int *vars[] = {s0};
	Layout *l = mk_layout(m, 3, tys, 1, vars);
	layout_set_conflict(m->arena, l, 0, 1);
	layout_set_conflict(m->arena, l, 0, 2);
	layout_set_conflict(m->arena, l, 1, 2);
	layout_compute(m, &m->coros[c], l);
	for (int i = 0; i < 3; i++)
		assert_true(l->saved[i].promoted);
	assert_int_equal(l->saved[0].offset, 0);
	assert_int_equal(l->saved[1].offset, 4);
	assert_int_equal(l->saved[2].offset, 8);
	assert_int_equal(l->tag_offset, 9); /* the end-biased niche placement wins */
	assert_int_equal(l->size, 12);
	module_free(m);
}

/* async fn with no await: 3 states, only the tag: 1 byte */
static void test_no_await_1_byte(void **state)
{
	(void)state;
	Module *m = module_new("t");
	uint32_t c = module_add_coro(m, "constant", CORO_ASYNC_FN);
	Layout *l = mk_layout(m, 0, NULL, 0, NULL);
	layout_compute(m, &m->coros[c], l);
	assert_int_equal(l->size, 1);
	assert_int_equal(l->align, 1);
	assert_int_equal(l->tag_size, 1);
	module_free(m);
}

/* guarded(x) of tests/rust/guard_across_await.rs: 24 bytes, tag at 12 */
static void test_guarded_24_bytes(void **state)
{
	(void)state;
	Module *m = module_new("t");
	uint32_t c = module_add_coro(m, "guarded", CORO_ASYNC_FN);
	coro_add_upvar(m, c, "x", TY_U32);
	TypeId tys[] = {TY_U32, TY_GUARD, TY_YIELDNOW, TY_GUARD, TY_YIELDNOW, TY_YIELDNOW};
	const int s0[] = {0, 1, 2, -1}, s1[] = {0, 1, 3, 4, -1}, s2[] = {0, 1, 5, -1};
	const int *vars[] = {s0, s1, s2};
	Layout *l = mk_layout(m, 6, tys, 3, vars);
	for (uint32_t b = 1; b < 6; b++)
		layout_set_conflict(m->arena, l, 0, b);
	for (uint32_t b = 2; b < 6; b++)
		layout_set_conflict(m->arena, l, 1, b);
	layout_set_conflict(m->arena, l, 3, 4);
	layout_compute(m, &m->coros[c], l);
	assert_int_equal(l->size, 24);
	assert_int_equal(l->tag_offset, 12);
	assert_int_equal(l->upvar_offset[0], 0);
	assert_int_equal(l->saved[0].offset, 4);
	assert_int_equal(l->saved[1].offset, 8);
	assert_int_equal(l->saved[2].offset, 16);
	assert_int_equal(l->saved[3].offset, 20);
	module_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_awaits_12_bytes),
		cmocka_unit_test(test_wrapper_20_bytes),
		cmocka_unit_test(test_wrapper_28_bytes),
		cmocka_unit_test(test_300_states_u16_tag),
		cmocka_unit_test(test_tie_break_promotes_b),
		cmocka_unit_test(test_more_conflicts_promoted),
		cmocka_unit_test(test_single_variant_rule),
		cmocka_unit_test(test_no_await_1_byte),
		cmocka_unit_test(test_guarded_24_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
