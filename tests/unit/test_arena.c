/* test_arena.c — what a large fn's arrays cost (issue 23, mem25): VEC_PUSH
 * zeroes the slot it pushes (its array grows without zeroing the new half), and
 * fn_compact moves the arrays that grew into blocks of their own (ARENA_BIG, 64
 * KB) into the compacted arena instead of copying them, keeping what a copy
 * keeps: every value, exact capacities (or the room of fn_compact_room), the
 * locals' shared names. fn_copy moves nothing: its source stays whole. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../measure/measure.h"
#include "unit_util.h"

typedef struct Three {
	uint32_t a, b, c;
} Three;

/* A pushed slot reads zero, whether the array grew for it or a pop left
 * another value there (the old VEC_PUSH zeroed the new half at growth, so a
 * re-pushed slot kept its stale value; nothing relied on that: make same). */
static void test_vec_push_zeroes_slot(void **state)
{
	(void)state;
	Arena *a = arena_new();
	Three *v = NULL;
	uint32_t n = 0, cap = 0;
	enum { N = 50000 }; /* 600 KB: past ARENA_BIG, a block of its own */
	for (uint32_t i = 0; i < N; i++) {
		Three *t = VEC_PUSH(a, v, n, cap);
		assert_int_equal(t->a | t->b | t->c, 0);
		*t = (Three){i, i + 1, i + 2};
	}
	assert_true(arena_owns_block(a, v));
	for (uint32_t i = 0; i < N; i += 997)
		assert_int_equal(v[i].c, i + 2);
	n -= 2; /* pop two: their values stay in the slots */
	Three *t = VEC_PUSH(a, v, n, cap);
	assert_ptr_equal(t, &v[N - 2]);
	assert_int_equal(t->a | t->b | t->c, 0);
	assert_int_equal(n, N - 1);
	arena_free(a);
}

/* A block of its own changes arenas: arena_move_block shrinks it to the bytes
 * asked (its values up to there kept), the first arena no longer owns it (nor
 * frees it), the second does and counts it. */
static void test_arena_move_block(void **state)
{
	(void)state;
	Arena *from = arena_new(), *to = arena_new();
	uint32_t *v = NULL, cap = 0;
	enum { N = 40000 };
	for (uint32_t i = 0; i < N; i++) {
		v = arena_grow_uninit(from, v, &cap, i + 1, sizeof *v);
		v[i] = i * 3u;
	}
	assert_true(cap > N); /* doubled: slack to give back */
	uint32_t *small = arena_alloc(from, 64);
	assert_false(arena_owns_block(from, small)); /* in a chunk */
	assert_true(arena_owns_block(from, v));
	assert_false(arena_owns_block(to, v));
	size_t before = arena_bytes(from);
	uint32_t *w = arena_move_block(to, from, v, (size_t)N * sizeof *w);
	assert_false(arena_owns_block(from, w));
	assert_true(arena_owns_block(to, w));
	assert_true(arena_bytes(from) <= before - (size_t)N * sizeof *w);
	assert_true(arena_bytes(to) >= (size_t)N * sizeof *w);
	assert_true(arena_bytes(to) < (size_t)N * sizeof *w + 64);
	for (uint32_t i = 0; i < N; i++)
		assert_int_equal(w[i], i * 3u);
	arena_free(from); /* the moved block is not freed here (ASan: no double free) */
	assert_int_equal(w[N - 1], (N - 1) * 3u);
	arena_free(to);
}


enum { NBLOCKS = 3000, LONG = 4000 };

/* NBLOCKS blocks in a chain (192 KB of Blocks), 2 x NBLOCKS locals named x, a
 * temporary, x, ... (shadowing lets: one shared name), block 0 holding LONG
 * statements (96 KB): the locals', blocks', places' and block 0's statement
 * arrays are blocks of their own, the other blocks' statements in chunks. */
static Fn *big_fn(Module *m, const char *name)
{
	Fn *f = fn_create(m, name, FN_SYNC);
	module_add_fn(m, f);
	fn_add_local(f, TY_U32, NULL, 0);
	for (int i = 0; i < NBLOCKS; i++) {
		fn_add_local(f, TY_U32, "x", 1);
		fn_add_local(f, TY_U32, NULL, 0);
	}
	f->nargs = 1;
	BlockId prev = fn_add_block(f, 0);
	for (int i = 0; i < LONG; i++)
		fn_push_stmt(f, prev, stmt_assign_use(place_local(f, 0), op_copy(place_local(f, 1 + 2 * (i % NBLOCKS)))));
	for (int i = 1; i < NBLOCKS; i++) {
		BlockId next = fn_add_block(f, 0);
		fn_set_term(f, prev, term_goto(next));
		fn_push_stmt(f, next, stmt_assign_use(place_local(f, 2 + 2 * i - 2), op_copy(place_local(f, 1))));
		prev = next;
	}
	fn_set_term(f, prev, term_simple(TK_RETURN));
	return f;
}

static void check_names(const Fn *f)
{
	for (uint32_t l = 1; l + 2 < f->nlocals; l += 2) { /* each x shares the x two before it */
		assert_string_equal(f->locals[l].name, "x");
		assert_ptr_equal(f->locals[l + 2].name, f->locals[l].name);
		assert_null(f->locals[l + 1].name);
	}
}

static void compact_case(int room)
{
	Module *m = module_new("t");
	Fn *f = big_fn(m, "big");
	assert_true(arena_owns_block(f->arena, f->blocks));
	assert_true(arena_owns_block(f->arena, f->locals));
	assert_true(arena_owns_block(f->arena, f->blocks[0].stmts));
	assert_false(arena_owns_block(f->arena, f->blocks[1].stmts));
	check_names(f);
	char *before = fn_text(f);
	Fn *g = fn_copy(m, f, "big_copy"); /* a copy moves nothing out of f */
	assert_true(arena_owns_block(f->arena, f->blocks));
	assert_true(arena_owns_block(f->arena, f->blocks[0].stmts));
	size_t copy_bytes = arena_bytes(g->arena);
	if (room)
		fn_compact_room(f);
	else
		fn_compact(f);
	char *after = fn_text(f);
	assert_string_equal(before, after);
	check_names(f);
	check_names(g);
	assert_ptr_not_equal(f->locals[1].name, g->locals[1].name); /* each arena its own copy */
	uint32_t want = room ? f->nblocks + f->nblocks / 16 : f->nblocks;
	assert_int_equal(f->capblocks, want);
	assert_int_equal(f->caplocals, room ? f->nlocals + f->nlocals / 16 : f->nlocals);
	assert_int_equal(f->blocks[0].capstmts, LONG);
	/* the moved arrays belong to the compacted arena, which is no larger than a copy's (plus room) */
	assert_true(arena_owns_block(f->arena, f->blocks));
	assert_true(arena_owns_block(f->arena, f->locals));
	assert_true(arena_owns_block(f->arena, f->blocks[0].stmts));
	assert_false(arena_owns_block(g->arena, f->blocks));
	if (!room)
		assert_true(arena_bytes(f->arena) <= copy_bytes + 64);
	/* and it grows again */
	BlockId nb = fn_add_block(f, 0);
	fn_set_term(f, nb, term_simple(TK_RETURN));
	fn_push_stmt(f, 0, stmt_nop());
	assert_int_equal(f->blocks[0].nstmts, LONG + 1);
	char *copy = fn_text(g);
	assert_non_null(strstr(copy, "big_copy"));
	free(before);
	free(after);
	free(copy);
	fn_free(g); /* not in the module */
	module_free(m);
}

static void test_compact_moves_big_arrays(void **state)
{
	(void)state;
	compact_case(0);
}

static void test_compact_room_moves_big_arrays(void **state)
{
	(void)state;
	compact_case(1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vec_push_zeroes_slot),
		cmocka_unit_test(test_arena_move_block),
		cmocka_unit_test(test_compact_moves_big_arrays),
		cmocka_unit_test(test_compact_room_moves_big_arrays),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
