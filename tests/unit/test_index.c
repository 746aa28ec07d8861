/* test_index.c — the module's indexes and memory management: NameMap, the fn
 * and coroutine name indexes through every operation that changes m->fns,
 * type interning and lookup, fn_compact, the coroutine graph orders and the
 * scratch allocator.
 * These are what keep whole-module operations linear (make bench-speed). */
#define _POSIX_C_SOURCE 200809L
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

/* ------------------------------------------------------------------ */
/* Scratch                                                             */
/* ------------------------------------------------------------------ */

static int all_bytes(const unsigned char *p, size_t n, unsigned char v)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != v)
			return 0;
	return 1;
}

/* Marks nest; a release frees what was allocated since its mark and nothing
 * before it, across chunk boundaries; scratch_alloc zeroes what it reuses. */
static void test_scratch(void **state)
{
	(void)state;
	ScratchMark m0 = scratch_mark();
	unsigned char *a = scratch_alloc(100);
	assert_true(all_bytes(a, 100, 0));
	assert_int_equal((uintptr_t)a % 16, 0);
	memset(a, 0xaa, 100);
	ScratchMark m1 = scratch_mark();
	unsigned char *big = scratch_alloc_uninit(300000); /* more than a standard chunk */
	memset(big, 0xbb, 300000);
	unsigned char *c = scratch_alloc(1);
	assert_int_equal((uintptr_t)c % 16, 0);
	memset(c, 0xcc, 1);
	ScratchMark m2 = scratch_mark();
	unsigned char *z = scratch_alloc(0); /* a zero-size request still gets its own block */
	assert_ptr_not_equal(z, c);
	scratch_release(m2);
	scratch_release(m1);
	assert_true(all_bytes(a, 100, 0xaa));
	unsigned char *d = scratch_alloc(300000); /* reuses the released memory, zeroed */
	assert_true(all_bytes(d, 300000, 0));
	assert_true(all_bytes(a, 100, 0xaa));
	scratch_release(m0);
	ScratchMark again = scratch_mark();
	assert_ptr_equal(again.chunk, m0.chunk);
	assert_int_equal(again.used, m0.used);
#if !COROSLIM_ASAN
	assert_ptr_equal(scratch_alloc_uninit(100), a); /* the same bytes, from the stack's reuse */
	scratch_release(m0);
#endif
}

/* ------------------------------------------------------------------ */
/* NameMap                                                             */
/* ------------------------------------------------------------------ */

static void test_namemap(void **state)
{
	(void)state;
	enum { N = 5000 };
	static char keys[N][16];
	NameMap nm = {0};
	assert_null(namemap_find(&nm, "absent"));
	namemap_del(&nm, "absent"); /* on an empty map: nothing */
	for (int i = 0; i < N; i++) {
		snprintf(keys[i], sizeof keys[i], "k%d", i);
		namemap_put(&nm, keys[i], (uintptr_t)i);
	}
	assert_int_equal(nm.live, N);
	for (int i = 0; i < N; i++) {
		uintptr_t *v = namemap_find(&nm, keys[i]);
		assert_non_null(v);
		assert_int_equal(*v, i);
	}
	/* overwrite keeps one entry; a key equal by content, not by pointer, finds it */
	namemap_put(&nm, keys[7], 70);
	assert_int_equal(nm.live, N);
	assert_int_equal(*namemap_find(&nm, "k7"), 70);
	/* delete every other key: the rest stay reachable past the tombstones */
	for (int i = 0; i < N; i += 2)
		namemap_del(&nm, keys[i]);
	assert_int_equal(nm.live, N / 2);
	for (int i = 0; i < N; i++)
		if (i % 2)
			assert_non_null(namemap_find(&nm, keys[i]));
		else
			assert_null(namemap_find(&nm, keys[i]));
	/* re-insertion reuses tombstones; the table never fills up */
	for (int round = 0; round < 4; round++)
		for (int i = 0; i < N; i += 2) {
			namemap_put(&nm, keys[i], 1);
			namemap_del(&nm, keys[i]);
		}
	assert_int_equal(nm.live, N / 2);
	assert_true(nm.live + nm.tombs < nm.cap);
	namemap_free(&nm);
	assert_null(namemap_find(&nm, "k1"));
}

/* Keys that share a long prefix and differ only after it, or only in
 * length, are told apart; namemap_add leaves a present key alone. */
static void test_namemap_long_keys(void **state)
{
	(void)state;
	enum { KEY_PREFIX = 40 };
	static char keys[6][KEY_PREFIX + 16];
	const char *tails[] = {"", "a", "b", "ab", "ba", "abc"};
	NameMap nm = {0};
	for (int i = 0; i < 6; i++) {
		memset(keys[i], 'x', KEY_PREFIX);
		strcpy(keys[i] + KEY_PREFIX, tails[i]);
		namemap_put(&nm, keys[i], (uintptr_t)i + 1);
	}
	char probe[KEY_PREFIX + 16];
	for (int i = 0; i < 6; i++) {
		memcpy(probe, keys[i], sizeof probe); /* equal content, another pointer */
		uintptr_t *v = namemap_find(&nm, probe);
		assert_non_null(v);
		assert_int_equal(*v, i + 1);
	}
	memset(probe, 'x', KEY_PREFIX);
	strcpy(probe + KEY_PREFIX, "c");
	assert_null(namemap_find(&nm, probe));
	probe[KEY_PREFIX - 1] = 0; /* a prefix of them all */
	assert_null(namemap_find(&nm, probe));
	assert_non_null(namemap_add(&nm, keys[3], 99)); /* present: unchanged */
	assert_int_equal(*namemap_find(&nm, keys[3]), 4);
	assert_null(namemap_add(&nm, "short", 7));
	assert_int_equal(*namemap_find(&nm, "short"), 7);
	namemap_free(&nm);
}

/* ------------------------------------------------------------------ */
/* The fn index                                                        */
/* ------------------------------------------------------------------ */

/* fn NAME() -> () { bb0: { return; } }, appended (or not) to m */
static Fn *valid(Fn *f)
{
	fn_add_local(f, TY_UNIT, NULL, 0);
	fn_set_term(f, fn_add_block(f, 0), term_simple(TK_RETURN));
	return f;
}

static Fn *mk(Module *m, const char *name)
{
	return valid(fn_new(m, name, FN_SYNC));
}

static void assert_slots(const Module *m)
{
	for (uint32_t i = 0; i < m->nfns; i++)
		assert_int_equal(m->fns[i]->slot, i);
}

static void test_fn_index(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *a = mk(m, "a"), *b = mk(m, "b"), *c = mk(m, "c");
	assert_ptr_equal(module_find_fn(m, "a"), a);
	assert_ptr_equal(module_find_fn(m, "b"), b);
	assert_ptr_equal(module_find_fn(m, "c"), c);
	assert_null(module_find_fn(m, "d"));
	assert_int_equal(m->ndupfns, 0);
	assert_slots(m);

	/* a duplicate: the index keeps the first, as a linear search would find */
	Fn *b2 = mk(m, "b");
	assert_int_equal(m->ndupfns, 1);
	assert_ptr_equal(module_find_fn(m, "b"), b);
	Diag d = {.file = "t"};
	assert_int_equal(verify_module(m, "test", &d), -1);
	assert_non_null(strstr(d.msg, "fn b is defined twice"));
	/* removing the first: the duplicate takes its place in the index */
	module_remove_fn(m, b);
	assert_int_equal(m->ndupfns, 0);
	assert_ptr_equal(module_find_fn(m, "b"), b2);
	assert_int_equal(m->nfns, 3);
	assert_ptr_equal(m->fns[1], c);
	assert_slots(m);

	/* replacement under the same name keeps the slot; the old name's memory may go */
	Fn *c2 = valid(fn_create(m, "c", FN_SYNC));
	module_replace_fn(m, c, c2);
	fn_free(c);
	assert_ptr_equal(module_find_fn(m, "c"), c2);
	assert_ptr_equal(m->fns[1], c2);
	assert_slots(m);
	/* and under another name */
	Fn *e = valid(fn_create(m, "e", FN_SYNC));
	module_replace_fn(m, c2, e);
	fn_free(c2);
	assert_null(module_find_fn(m, "c"));
	assert_ptr_equal(module_find_fn(m, "e"), e);
	assert_ptr_equal(m->fns[1], e);

	/* detach: gone from the index at once, from m->fns at the sweep, order kept */
	Fn *f = mk(m, "f"), *g = mk(m, "g");
	module_detach_fn(m, e);
	module_detach_fn(m, f);
	assert_null(module_find_fn(m, "e"));
	assert_null(module_find_fn(m, "f"));
	assert_int_equal(m->nfns, 5);
	module_sweep(m);
	assert_int_equal(m->nfns, 3);
	assert_ptr_equal(m->fns[0], a);
	assert_ptr_equal(m->fns[1], b2);
	assert_ptr_equal(m->fns[2], g);
	assert_slots(m);
	assert_int_equal(verify_module(m, "test", &d), 0);

	/* a detached copy is not in the module until added */
	Fn *h = fn_copy(m, a, "h");
	assert_null(module_find_fn(m, "h"));
	module_add_fn(m, h);
	assert_ptr_equal(module_find_fn(m, "h"), h);
	assert_slots(m);
	module_free(m);
}

static void test_coro_index(void **state)
{
	(void)state;
	Module *m = module_new("t");
	char name[32];
	for (int i = 0; i < 300; i++) {
		snprintf(name, sizeof name, "co%d", i);
		assert_int_equal(module_add_coro(m, name, CORO_ASYNC_FN), i);
	}
	for (int i = 0; i < 300; i++) {
		snprintf(name, sizeof name, "co%d", i);
		assert_int_equal(module_find_coro(m, name), i);
	}
	assert_int_equal(module_find_coro(m, "co300"), -1);
	module_free(m);
}

/* ------------------------------------------------------------------ */
/* Types                                                               */
/* ------------------------------------------------------------------ */

static void test_type_intern(void **state)
{
	(void)state;
	Module *m = module_new("t");
	enum { N = 2000 };
	for (int i = 0; i < N; i++)
		module_add_coro(m, "c", CORO_ASYNC_BLOCK);
	TypeId coro[N], pin[N];
	for (int i = 0; i < N; i++) {
		/* module_add_coro interned it; type_coro is that id */
		coro[i] = type_lookup(m, (Type){.kind = TY_CORO, .coro = (uint32_t)i});
		assert_int_not_equal(coro[i], NO_ID);
		assert_int_equal(type_coro(m, (uint32_t)i), coro[i]);
		assert_int_equal(m->coros[i].ty, coro[i]);
		pin[i] = type_ptr(m, TY_PIN, type_ptr(m, TY_REFMUT, coro[i]));
	}
	for (int i = 0; i < N; i++) {
		assert_int_equal(type_coro(m, (uint32_t)i), coro[i]); /* interned: the same id */
		assert_int_equal(type_lookup(m, (Type){.kind = TY_CORO, .coro = (uint32_t)i}), coro[i]);
		TypeId rm = type_lookup(m, (Type){.kind = TY_REFMUT, .a = coro[i]});
		assert_int_not_equal(rm, NO_ID);
		assert_int_equal(type_lookup(m, (Type){.kind = TY_PIN, .a = rm}), pin[i]);
		assert_int_equal(type_get(m, pin[i])->kind, TY_PIN);
		if (i)
			assert_int_not_equal(coro[i], coro[i - 1]);
	}
	uint32_t n = m->ntypes;
	assert_int_equal(type_lookup(m, (Type){.kind = TY_POLL, .a = coro[5]}), NO_ID);
	assert_int_equal(m->ntypes, n); /* lookup interns nothing */
	TypeId t1 = type_tuple2(m, TY_U32, TY_BOOL), t2 = type_tuple2(m, TY_BOOL, TY_U32);
	assert_int_not_equal(t1, t2);
	assert_int_equal(type_tuple2(m, TY_U32, TY_BOOL), t1);
	assert_int_equal(type_basic(m, TY_U32), TY_U32);
	module_free(m);
}

/* ------------------------------------------------------------------ */
/* fn_compact                                                          */
/* ------------------------------------------------------------------ */


static void test_fn_compact(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "grown", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	f->nargs = 1;
	BlockId prev = fn_add_block(f, 0);
	for (int i = 0; i < 200; i++) { /* arrays grown many times over */
		fn_push_stmt(f, prev, stmt_assign_use(place_local(f, 0), op_copy(place_local(f, x))));
		BlockId next = fn_add_block(f, 0);
		fn_set_term(f, prev, term_goto(next));
		prev = next;
	}
	fn_set_term(f, prev, term_simple(TK_RETURN));
	mk(m, "other");
	char *before = fn_text(f);
	fn_compact(f);
	char *after = fn_text(f);
	assert_string_equal(before, after);
	assert_ptr_equal(module_find_fn(m, "grown"), f); /* same Fn, index re-keyed */
	assert_ptr_equal(m->fns[0], f);
	assert_int_equal(f->slot, 0);
	assert_int_equal(f->caplocals, f->nlocals); /* exact */
	assert_int_equal(f->capblocks, f->nblocks);
	/* and it can grow again */
	fn_push_stmt(f, 0, stmt_nop());
	assert_int_equal(f->blocks[0].nstmts, 2);
	Diag d = {.file = "t"};
	assert_int_equal(verify_module(m, "test", &d), 0);
	assert_int_equal(d.failed, 0);
	free(before);
	free(after);
	module_free(m);
}

/* ------------------------------------------------------------------ */
/* arena_grow's big arrays (64 KB and more: a block of their own)      */
/* ------------------------------------------------------------------ */

/* Two arrays grown in turn far past 64 KB in one arena: every value kept, the
 * new slots of arena_grow zeroed, and no old copy left behind: the arena holds
 * the two arrays' capacities and the small arrays' chunks, not the 2x of the
 * copies a doubling leaves in the chunks (which this bound would fail). The
 * arrays survive arena_adopt into another arena, freed with it. */
static void test_arena_big_arrays(void **state)
{
	(void)state;
	Arena *a = arena_new();
	uint32_t *v = NULL, *w = NULL, nv = 0, capv = 0, capw = 0;
	enum { N = 200000 };
	for (uint32_t i = 0; i < N; i++) {
		v = arena_grow(a, v, &capv, nv + 1, sizeof *v);
		v[nv++] = i * 7u + 1;
		if (i % 2 == 0) { /* the other one grows uninitialised, half as often */
			w = arena_grow_uninit(a, w, &capw, i / 2 + 1, sizeof *w);
			w[i / 2] = i;
		}
		if (i % 1000 == 0) /* something else in the chunks between the growths */
			assert_non_null(arena_alloc(a, 24));
	}
	assert_true(capv >= N && capw >= N / 2);
	for (uint32_t i = 0; i < N; i++)
		assert_int_equal(v[i], i * 7u + 1);
	for (uint32_t i = 0; i < N / 2; i++)
		assert_int_equal(w[i], 2 * i);
	v = arena_grow(a, v, &capv, capv + 1, sizeof *v); /* once more: the new half zeroed */
	for (uint32_t i = N; i < capv; i++)
		assert_int_equal(v[i], 0);
	for (uint32_t i = 0; i < N; i++)
		assert_int_equal(v[i], i * 7u + 1);
	size_t arrays = ((size_t)capv + capw) * sizeof(uint32_t);
	assert_true(arena_bytes(a) >= arrays);
	assert_true(arena_bytes(a) < arrays + ((size_t)512 << 10));
	Arena *b = arena_new();
	assert_non_null(arena_alloc(b, 100));
	arena_adopt(b, a);
	assert_int_equal(v[N - 1], (N - 1) * 7u + 1);
	assert_true(arena_bytes(b) >= arrays);
	arena_free(b);
}

/* The Module's arena keeps old arrays (arena_keep_old): a Type * read before the
 * types array grows far past 64 KB still reads the same type afterwards, as a
 * thread reading while another interns does (type_push). Without it the array
 * would move to a block of its own and the old one be unmapped (ASan: freed). */
static void test_module_types_keep_old(void **state)
{
	(void)state;
	Module *m = module_new("t");
	TypeId t0 = type_tuple2(m, TY_U32, TY_BOOL);
	for (uint32_t i = 0; i < 3000; i++) /* past 64 KB already */
		type_array(m, TY_U8, i + 1);
	assert_true((size_t)m->captypes * sizeof(Type) > ((size_t)64 << 10));
	uint32_t cap = m->captypes;
	const Type *old = type_get(m, t0);
	Type copy = *old;
	for (uint32_t i = 3000; i < 3000 + 4 * cap; i++)
		type_array(m, TY_U8, i + 1);
	assert_true(m->captypes > cap);
	assert_ptr_not_equal(type_get(m, t0), old);
	assert_memory_equal(old, &copy, sizeof copy);
	assert_memory_equal(type_get(m, t0), &copy, sizeof copy);
	module_free(m);
}

/* Locals named alike in a row (shadowing lets) share one copy of the name, and
 * fn_copy / fn_compact keep them shared; other names and unnamed locals are
 * their own. The printed fn is the same before and after the copies. */
static void test_local_names_shared(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "lets", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	char name[2] = "x";
	LocalId x0 = fn_add_local(f, TY_U32, name, 0);
	LocalId t0 = fn_add_local(f, TY_U32, NULL, 0);
	LocalId x1 = fn_add_local(f, TY_U32, name, 0); /* the caller's buffer: compared, not kept */
	LocalId y = fn_add_local(f, TY_U32, "y", 0);
	LocalId x2 = fn_add_local(f, TY_U32, "x", 0);
	for (int i = 0; i < 5; i++)
		fn_add_local(f, TY_U32, NULL, 0);
	LocalId x3 = fn_add_local(f, TY_U32, "x", 0); /* 5 unnamed between: its own copy */
	name[0] = 'z'; /* names are copies, not the caller's */
	assert_ptr_equal(f->locals[x1].name, f->locals[x0].name);
	assert_ptr_equal(f->locals[x2].name, f->locals[x0].name);
	assert_ptr_not_equal(f->locals[x3].name, f->locals[x0].name);
	assert_string_equal(f->locals[x3].name, "x");
	assert_string_equal(f->locals[x0].name, "x");
	assert_string_equal(f->locals[y].name, "y");
	assert_null(f->locals[t0].name);
	BlockId bb = fn_add_block(f, 0);
	fn_push_stmt(f, bb, stmt_assign_use(place_local(f, 0), op_copy(place_local(f, x3))));
	fn_set_term(f, bb, term_simple(TK_RETURN));
	char *before = fn_text(f);
	Fn *g = fn_copy(m, f, "lets_copy");
	fn_compact(f);
	for (int k = 0; k < 2; k++) {
		const Fn *h = k ? g : f;
		assert_string_equal(h->locals[x0].name, "x");
		assert_ptr_equal(h->locals[x1].name, h->locals[x0].name);
		assert_ptr_equal(h->locals[x2].name, h->locals[x0].name);
		assert_ptr_not_equal(h->locals[x2].name, f == h ? g->locals[x0].name : f->locals[x0].name);
		assert_string_equal(h->locals[y].name, "y");
		assert_string_equal(h->locals[x3].name, "x");
		assert_null(h->locals[t0].name);
	}
	char *after = fn_text(f);
	assert_string_equal(before, after);
	free(before);
	free(after);
	fn_free(g);
	module_free(m);
}

/* A fn of n blocks in a chain, each assigning _0 from _1, then compacted. */
static Fn *chain_fn(Module *m, const char *name, int n)
{
	Fn *f = fn_new(m, name, FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	f->nargs = 1;
	BlockId prev = fn_add_block(f, 0);
	for (int i = 0; i < n; i++) {
		fn_push_stmt(f, prev, stmt_assign_use(place_local(f, 0), op_copy(place_local(f, x))));
		BlockId next = fn_add_block(f, 0);
		fn_set_term(f, prev, term_goto(next));
		prev = next;
	}
	fn_set_term(f, prev, term_simple(TK_RETURN));
	return f;
}

/* fn_compact_room leaves room for 1/16 more locals, blocks, places and
 * projections: a pass's few appends stay in the arrays (no copy); the printed
 * fn is the same. fn_compact_grown compacts a fn only when its arena holds
 * over 1.25x what it needs; the fn index finds the compacted fn by its name
 * after the old arena (and its copy of the name) is gone. */
static void test_fn_compact_room_and_grown(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = chain_fn(m, "roomy", 200);
	mk(m, "other");
	char *before = fn_text(f);
	fn_compact_room(f);
	char *after = fn_text(f);
	assert_string_equal(before, after);
	assert_int_equal(f->capblocks, f->nblocks + f->nblocks / 16);
	assert_int_equal(f->caplocals, f->nlocals + f->nlocals / 16);
	assert_int_equal(f->capplaces, f->nplaces + f->nplaces / 16);
	assert_ptr_equal(module_find_fn(m, "roomy"), f);
	assert_int_equal(fn_compact_grown(f), 0); /* the room is not growth */
	/* a prologue's worth (what relocate-upvars adds): no array moves */
	const Block *blocks = f->blocks;
	const Place *places = f->places;
	BlockId pro = fn_add_block(f, 0);
	fn_push_stmt(f, pro, stmt_assign_use(place_local(f, 0), op_copy(place_local(f, 1))));
	fn_set_term(f, pro, term_goto(0));
	assert_ptr_equal(f->blocks, blocks);
	assert_ptr_equal(f->places, places);
	assert_int_equal(fn_compact_grown(f), 0);
	/* growth past the room doubles an array: compacted again, same fn. One
	 * block past the capacity: the doubled array's unused half is the growth
	 * even where no old copy stays behind (under ASan every array is a block
	 * of its own, which fn_compact_room moved and realloc grows) */
	uint32_t capb = f->capblocks;
	while (f->nblocks <= capb)
		fn_set_term(f, fn_add_block(f, 0), term_goto(0));
	before = (free(before), fn_text(f));
	assert_true(f->capblocks > f->nblocks);
	assert_int_equal(fn_compact_grown(f), 1);
	assert_int_equal(f->capblocks, f->nblocks); /* exact */
	free(after);
	after = fn_text(f);
	assert_string_equal(before, after);
	assert_int_equal(fn_compact_grown(f), 0); /* nothing left to gain */
	assert_ptr_equal(module_find_fn(m, "roomy"), f);
	assert_int_equal(f->slot, 0);
	Diag d = {.file = "t"};
	assert_int_equal(verify_module(m, "test", &d), 0);
	free(before);
	free(after);
	module_free(m);
}

/* fn_gc_places drops what nothing names and nothing else: the printed fn is the
 * same, and a second run (every place named) changes nothing. */
static void test_fn_gc_places(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "gc", FN_SYNC);
	TypeId tup = type_tuple2(m, TY_U32, TY_U32);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId t = fn_add_local(f, tup, "t", 1);
	f->nargs = 1;
	BlockId bb = fn_add_block(f, 0);
	place_local(f, t);                                          /* unused */
	place_project(f, place_local(f, t), PROJ_FIELD, 0, TY_U32); /* unused, with a projection */
	PlaceId t1 = place_project(f, place_local(f, t), PROJ_FIELD, 1, TY_U32);
	fn_push_stmt(f, bb, stmt_assign_use(place_local(f, 0), op_copy(t1)));
	Operand ops[2] = {op_copy(t1), op_copy(place_local(f, 0))}; /* an operand list, in Fn.args */
	Stmt agg = {.kind = ST_ASSIGN, .rv = RV_AGGREGATE, .op = AGG_TUPLE, .x = tup};
	agg.place = place_local(f, t);
	agg.a.v = fn_add_args(f, ops, 2);
	agg.b.v = 2;
	fn_push_stmt(f, bb, agg);
	fn_set_term(f, bb, term_simple(TK_RETURN));
	uint32_t places = f->nplaces, projs = f->nprojs;
	char *before = fn_text(f);
	fn_gc_places(f);
	char *after = fn_text(f);
	assert_string_equal(before, after);
	assert_int_equal(f->nplaces, places - 4); /* the two unused ones and their bases */
	assert_int_equal(f->nprojs, projs - 1);
	Diag d = {.file = "t"};
	assert_int_equal(verify_module(m, "test", &d), 0);
	places = f->nplaces, projs = f->nprojs;
	fn_gc_places(f); /* nothing left to drop */
	assert_int_equal(f->nplaces, places);
	assert_int_equal(f->nprojs, projs);
	char *again = fn_text(f);
	assert_string_equal(before, again);
	free(before);
	free(after);
	free(again);
	module_free(m);
}

/* ------------------------------------------------------------------ */
/* Coroutine graph                                                     */
/* ------------------------------------------------------------------ */

static void test_coro_graph(void **state)
{
	(void)state;
	/* c0 holds c2 and c1 (twice); c1 holds c3; c2 holds c3; c3 holds nothing */
	Module *m = module_new("t");
	for (int i = 0; i < 4; i++)
		module_add_coro(m, "c", CORO_ASYNC_BLOCK);
	coro_add_upvar(m, 0, "a", type_coro(m, 2));
	coro_add_upvar(m, 0, "b", type_tuple2(m, type_coro(m, 1), type_ptr(m, TY_POLL, type_coro(m, 1))));
	coro_add_upvar(m, 0, "self", type_coro(m, 0)); /* itself: not an edge */
	coro_add_upvar(m, 1, "a", type_coro(m, 3));
	coro_add_upvar(m, 2, "a", type_coro(m, 3));
	CoroGraph g;
	coro_graph_build(m, &g);
	assert_int_equal(g.n, 4);
	assert_int_equal(g.start[1] - g.start[0], 2);
	assert_int_equal(g.edges[g.start[0]], 1); /* ascending, once each */
	assert_int_equal(g.edges[g.start[0] + 1], 2);
	assert_int_equal(g.start[4] - g.start[3], 0);
	uint32_t back[2];
	uint32_t *order = coro_graph_postorder(&g, back);
	assert_int_equal(back[0], NO_ID); /* no cycle: no back edge */
	/* depth first from c0, held ones in index order: c3, c1, c2, c0 */
	assert_int_equal(order[0], 3);
	assert_int_equal(order[1], 1);
	assert_int_equal(order[2], 2);
	assert_int_equal(order[3], 0);
	free(order);
	coro_graph_free(&g);

	/* built by hand, through references: c0 holds &mut c1, c1 holds Pin<&mut c2>,
	 * c2 holds (u32, c0), c3 nothing; the first back edge is c2 -> c0 */
	TypeId held[3] = {type_ptr(m, TY_REFMUT, type_coro(m, 1)),
			  type_ptr(m, TY_PIN, type_ptr(m, TY_REFMUT, type_coro(m, 2))),
			  type_tuple2(m, TY_U32, type_coro(m, 0))};
	coro_graph_begin(&g, 4);
	for (uint32_t i = 0; i < 3; i++) {
		coro_graph_node(&g, i);
		coro_graph_hold(&g, m, held[i], 1);
	}
	coro_graph_end(&g);
	assert_int_equal(g.start[4] - g.start[3], 0);
	order = coro_graph_postorder(&g, back);
	assert_int_equal(back[0], 2);
	assert_int_equal(back[1], 0);
	free(order);
	coro_graph_free(&g);
	/* by value only, references do not count: no edges from c0 and c1 */
	coro_graph_begin(&g, 4);
	for (uint32_t i = 0; i < 3; i++) {
		coro_graph_node(&g, i);
		coro_graph_hold(&g, m, held[i], 0);
	}
	coro_graph_end(&g);
	assert_int_equal(g.nedges, 1);
	assert_int_equal(g.edges[g.start[2]], 0);
	order = coro_graph_postorder(&g, back);
	assert_int_equal(back[0], NO_ID);
	free(order);
	coro_graph_free(&g);
	module_free(m);
}

/* fn_copy_blocks (the drop shim's copy, cpu23): the kept blocks only, in order,
 * every edge renumbered; the same fn as a whole copy whose dead blocks are
 * removed, and an edge to a block left out (a Drop's `drop:` field, which
 * term_successors does not follow) goes nowhere. The source is unchanged. */
static void test_fn_copy_blocks(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "src", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	LocalId g = fn_add_local(f, TY_GUARD, "g", 0);
	f->nargs = 1;
	BlockId b[6];
	for (int i = 0; i < 6; i++)
		b[i] = fn_add_block(f, i == 5);
	fn_set_term(f, b[0], term_goto(b[2]));
	fn_push_stmt(f, b[1], stmt_assign_use(place_local(f, 0), op_copy(place_local(f, x)))); /* dead */
	fn_set_term(f, b[1], term_goto(b[3]));
	Term sw = term_simple(TK_SWITCH);
	sw.a = op_copy(place_local(f, x));
	SwitchArm arm = {0, b[3]};
	sw.args = fn_add_arms(f, &arm, 1);
	sw.nargs = 1;
	sw.target = b[4];
	fn_set_term(f, b[2], sw);
	fn_push_stmt(f, b[3], stmt_assign_use(place_local(f, 0), op_copy(place_local(f, x))));
	fn_set_term(f, b[3], term_simple(TK_RETURN));
	Term dr = term_simple(TK_DROP);
	dr.place = place_local(f, g);
	dr.target = b[3];
	dr.unwind = UW_CLEANUP;
	dr.unwind_bb = b[5];
	dr.drop = b[1]; /* not an edge term_successors follows */
	fn_set_term(f, b[4], dr);
	fn_set_term(f, b[5], term_simple(TK_RESUME));
	uint8_t *keep = fn_reachable(f);
	assert_int_equal(keep[1], 0);
	Fn *c = fn_copy_blocks(m, f, "copy", keep);
	Fn *w = fn_copy(m, f, "copy");
	fn_remove_unreachable(w);
	assert_int_equal(c->nblocks, 5);
	assert_int_equal(f->nblocks, 6);
	assert_int_equal(c->blocks[1].term.target, 3);             /* bb2's otherwise: bb4 -> bb3 */
	assert_int_equal(c->arms[c->blocks[1].term.args].target, 2); /* bb3 -> bb2 */
	assert_int_equal(c->blocks[3].term.unwind_bb, 4);            /* bb5 -> bb4 */
	assert_int_equal(c->blocks[3].term.drop, NO_BLOCK);          /* bb1 was left out */
	char *pc = fn_text(c), *pw = fn_text(w);
	assert_string_equal(pc, pw);
	char *pf = fn_text(f);
	assert_string_not_equal(pf, pc); /* the source keeps its dead block */
	Diag d = {.file = "t"};
	assert_int_equal(verify_fn(c, "test", &d), 0);
	free(pc), free(pw), free(pf), free(keep);
	fn_free(c);
	fn_free(w);
	module_free(m);
}

/* fn_gc_places also puts the projections in place order when every place is
 * named but a place's projections moved (rewrite_places appends a rewritten
 * place's projections, leaving the old ones unused): what it keeps is what
 * the printed fn needs, nothing else. */
static void test_fn_gc_places_projections(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "gc", FN_SYNC);
	TypeId tup = type_tuple2(m, TY_U32, TY_U32);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId t = fn_add_local(f, tup, "t", 1);
	f->nargs = 1;
	BlockId bb = fn_add_block(f, 0);
	PlaceId t0 = place_project(f, place_local(f, t), PROJ_FIELD, 0, TY_U32);
	PlaceId t1 = place_project(f, place_local(f, t), PROJ_FIELD, 1, TY_U32);
	fn_push_stmt(f, bb, stmt_assign_use(place_local(f, 0), op_copy(t1)));
	fn_push_stmt(f, bb, stmt_assign_use(place_local(f, 0), op_copy(t0)));
	fn_set_term(f, bb, term_simple(TK_RETURN));
	fn_gc_places(f); /* the bases nothing names go */
	uint32_t np = f->nplaces, nj = f->nprojs;
	assert_int_equal(nj, 2);
	char *before = fn_text(f);
	/* t0's projection rewritten as rewrite_places does: a copy appended, the old one unused */
	PlaceId p0 = f->blocks[bb].stmts[1].a.v;
	Proj q = f->projs[f->places[p0].proj];
	*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = q;
	f->places[p0].proj = f->nprojs - 1;
	char *moved = fn_text(f);
	assert_string_equal(moved, before);
	fn_gc_places(f);
	assert_int_equal(f->nplaces, np);
	assert_int_equal(f->nprojs, nj); /* the unused one went */
	assert_int_equal(f->places[p0].proj, 0); /* place order */
	char *after = fn_text(f);
	assert_string_equal(before, after);
	fn_gc_places(f); /* in order and exact: nothing to do */
	assert_int_equal(f->nprojs, nj);
	free(before), free(after), free(moved);
	module_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_namemap),     cmocka_unit_test(test_namemap_long_keys),
		cmocka_unit_test(test_fn_index),    cmocka_unit_test(test_coro_index),
		cmocka_unit_test(test_type_intern),
		cmocka_unit_test(test_fn_compact),  cmocka_unit_test(test_fn_gc_places),
		cmocka_unit_test(test_fn_compact_room_and_grown),
		cmocka_unit_test(test_arena_big_arrays), cmocka_unit_test(test_local_names_shared),
		cmocka_unit_test(test_module_types_keep_old),
		cmocka_unit_test(test_coro_graph),  cmocka_unit_test(test_scratch),
		cmocka_unit_test(test_fn_copy_blocks), cmocka_unit_test(test_fn_gc_places_projections),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
