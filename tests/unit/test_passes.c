/* test_passes.c — structural checks of inline-single-await and merge-states on
 * the programs of tests/opt (run from the repo root): state counts, sizes,
 * replaced_by, which reserved states remain; that must-not-fire cases are left
 * byte-for-byte alone; the size policy; idempotence; and, through the
 * differential checker, that behaviour is unchanged, alone and in every order
 * with the other passes; and the pipeline's side of the pass API (a pass that
 * breaks the IR is named, every body is run once). */
#define _POSIX_C_SOURCE 200809L /* setenv */
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

#define OPT "tests/opt/"

static Module *lowered(const char *path, int release)
{
	BuildOptions o = {.release = release};
	Diag d = {0};
	Module *m = module_load(path, &o, &d);
	if (!m)
		fail_msg("%s: %s", path, d.msg);
	if (module_lower(m, &d) != 0)
		fail_msg("%s: lower: %s", path, d.msg);
	return m;
}

/* Runs the passes; returns what the last one reported changed. */
static uint32_t run_passes(Module *m, const char *csv, int release)
{
	const Pass *list[8];
	Diag d = {0};
	int n = pipeline_select(csv, list, 8, &d);
	assert_true(n > 0);
	BuildOptions o = {.release = release};
	uint32_t changed = 0;
	for (int i = 0; i < n; i++) {
		changed = pass_run(m, list[i], &o);
		if (verify_module(m, list[i]->name, &d) != 0)
			fail_msg("verify after %s: %s", list[i]->name, d.msg);
	}
	return changed;
}

static uint32_t coro_index(const Module *m, const char *name)
{
	int i = module_find_coro(m, name);
	if (i < 0)
		fail_msg("no coroutine %s", name);
	return (uint32_t)i;
}

static const Coroutine *coro(const Module *m, const char *name)
{
	return &m->coros[coro_index(m, name)];
}

static uint32_t variants(const Module *m, const char *name)
{
	const Coroutine *c = coro(m, name);
	return c->layout ? c->layout->nvariants : 0;
}

static uint32_t size_of(Module *m, const char *name)
{
	return type_size(m, type_coro(m, coro_index(m, name)));
}

/* The coroutine that finally stands for `name`. */
static uint32_t final_target(const Module *m, const char *name)
{
	uint32_t i = coro_index(m, name);
	while (m->coros[i].replaced_by != NO_ID)
		i = m->coros[i].replaced_by;
	return i;
}

/* The states the resume fn still switches on (arms of its state switch). */
static uint32_t arms_mask(const Module *m, const char *name)
{
	const Coroutine *c = coro(m, name);
	const Fn *r = module_find_fn(m, c->resume);
	assert_non_null(r);
	const Term *t = &r->blocks[0].term;
	assert_int_equal(t->kind, TK_SWITCH);
	uint32_t mask = 0;
	for (uint32_t i = 0; i < t->nargs; i++)
		mask |= 1u << r->arms[t->args + i].value;
	return mask;
}

static uint32_t count_asserts(const Module *m, const char *name, AssertKind k)
{
	const Fn *r = module_find_fn(m, coro(m, name)->resume);
	uint32_t n = 0;
	for (uint32_t b = 0; b < r->nblocks; b++)
		n += r->blocks[b].term.kind == TK_ASSERT && r->blocks[b].term.msg == k;
	return n;
}

static uint32_t count_set_discr(const Module *m, const char *name, uint32_t state)
{
	const Fn *r = module_find_fn(m, coro(m, name)->resume);
	uint32_t n = 0;
	for (uint32_t b = 0; b < r->nblocks; b++)
		for (uint32_t i = 0; i < r->blocks[b].nstmts; i++)
			n += r->blocks[b].stmts[i].kind == ST_SET_DISCR && r->blocks[b].stmts[i].x == state;
	return n;
}

/* `coroslim check FILE --passes=csv`: every schedule, every stage. */
static void behaves(const char *path, const char *csv, int release)
{
	BuildOptions o = {.release = release};
	FILE *out = tmpfile();
	assert_non_null(out);
	int rc = check_module_file(path, csv, &o, out, out);
	if (rc != 0) {
		char buf[512];
		rewind(out);
		size_t n = fread(buf, 1, sizeof buf - 1, out);
		buf[n] = 0;
		fail_msg("check %s --passes=%s%s:\n%s", path, csv, release ? " --release" : "", buf);
	}
	fclose(out);
}

/* The printed module, to compare before/after. */
static char *printed(const Module *m)
{
	FILE *f = tmpfile();
	assert_non_null(f);
	print_module(m, f);
	long n = ftell(f);
	rewind(f);
	char *s = malloc((size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = 0;
	fclose(f);
	return s;
}

#define BIT(s) (1u << (s))

/* ------------------------------------------------------------------ */
/* inline-single-await                                                  */
/* ------------------------------------------------------------------ */

static void test_isa_pass_through(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_pass_through.rs", 0);
	assert_int_equal(size_of(m, "bar"), 20);
	assert_int_equal(size_of(m, "top"), 36);
	assert_int_equal(variants(m, "bar"), 4);
	/* bar (form A), foo (form B over YieldNow), top (its last await) */
	assert_int_equal(run_passes(m, "inline-single-await", 0), 3);
	const Coroutine *bar = coro(m, "bar");
	assert_int_equal(bar->replaced_by, coro_index(m, "foo"));
	assert_null(bar->layout);
	assert_null(bar->resume);
	assert_null(bar->drop);
	assert_null(module_find_fn(m, "bar::{closure#0}"));
	assert_int_equal(size_of(m, "bar"), size_of(m, "foo"));
	assert_int_equal(size_of(m, "foo"), 12);
	assert_int_equal(size_of(m, "top"), 28); /* holds foo's futures now */
	assert_int_equal(variants(m, "foo"), 4);  /* foo awaits YieldNow: form B keeps the layout */
	assert_int_equal(arms_mask(m, "foo") & BIT(STATE_RETURNED), 0);
	assert_int_equal(arms_mask(m, "top") & BIT(STATE_RETURNED), 0);
	const Fn *ctor = module_find_fn(m, "bar");
	assert_int_equal(ctor->locals[0].ty, type_coro(m, coro_index(m, "foo")));
	module_free(m);
	behaves(OPT "isa_pass_through.rs", "inline-single-await", 0);
	behaves(OPT "isa_pass_through.rs", "inline-single-await", 1);
}

static void test_isa_pre_post(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_pre_post.rs", 0);
	uint32_t size = size_of(m, "pre_post");
	assert_int_equal(arms_mask(m, "pre_post"), BIT(0) | BIT(1) | BIT(2) | BIT(3));
	assert_int_equal(run_passes(m, "inline-single-await", 0), 2); /* leaf too, over YieldNow */
	const Coroutine *c = coro(m, "pre_post");
	assert_int_equal(c->replaced_by, NO_ID);
	/* Unresumed and Suspend0 live; Panicked stays (x + 1 may panic) */
	assert_int_equal(arms_mask(m, "pre_post"), BIT(0) | BIT(2) | BIT(3));
	assert_int_equal(count_asserts(m, "pre_post", AK_RESUMED_AFTER_RETURN), 0);
	assert_int_equal(count_asserts(m, "pre_post", AK_RESUMED_AFTER_PANIC), 1);
	assert_int_equal(count_set_discr(m, "pre_post", STATE_RETURNED), 0);
	assert_int_equal(count_set_discr(m, "pre_post", STATE_FIRST_SUSPEND), 1); /* at the store */
	assert_int_equal(size_of(m, "pre_post"), size);
	module_free(m);
	behaves(OPT "isa_pre_post.rs", "inline-single-await", 0);
}

static void test_isa_pre_post_release(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_pre_post_release.rs", 1);
	assert_int_equal(run_passes(m, "inline-single-await", 1), 2); /* leaf too, over YieldNow */
	/* two live states: Unresumed{x} and Suspend0{leaf's future} */
	assert_int_equal(arms_mask(m, "pre_post"), BIT(0) | BIT(3));
	assert_int_equal(count_set_discr(m, "pre_post", STATE_RETURNED), 0);
	assert_int_equal(count_set_discr(m, "pre_post", STATE_POISONED), 0);
	assert_int_equal(count_set_discr(m, "pre_post", STATE_FIRST_SUSPEND), 1); /* when leaf's future is stored */
	assert_int_equal(count_asserts(m, "pre_post", AK_RESUMED_AFTER_PANIC), 0);
	module_free(m);
	behaves(OPT "isa_pre_post_release.rs", "inline-single-await", 1);
}

static void test_isa_chain(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_chain.rs", 0);
	assert_int_equal(size_of(m, "l4"), 36);
	uint32_t run_before = size_of(m, "run");
	/* l2, l3, l4 (form A), l1 (form B over YieldNow), run (its last await) */
	assert_int_equal(run_passes(m, "inline-single-await", 0), 5);
	assert_int_equal(arms_mask(m, "run") & BIT(STATE_RETURNED), 0);
	uint32_t l1 = coro_index(m, "l1");
	const char *names[] = {"l2", "l3", "l4"};
	for (int i = 0; i < 3; i++) {
		assert_int_equal(final_target(m, names[i]), l1);
		assert_int_equal(variants(m, names[i]), 0);
		assert_int_equal(size_of(m, names[i]), 12);
	}
	assert_int_equal(coro(m, "l1")->replaced_by, NO_ID);
	assert_true(size_of(m, "run") < run_before);
	module_free(m);
	behaves(OPT "isa_chain.rs", "inline-single-await", 0);
}

static void test_isa_pure_preamble(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_pure_preamble.rs", 1);
	assert_int_equal(run_passes(m, "inline-single-await", 1), 2);
	/* release: `ms * 1000` cannot panic, it moves into the constructor */
	assert_int_equal(coro(m, "delay_ms")->replaced_by, coro_index(m, "delay_us"));
	assert_int_equal(size_of(m, "delay_ms"), size_of(m, "delay_us"));
	/* `us / 1000` keeps its division check: form B, Panicked stays */
	assert_int_equal(coro(m, "delay_us")->replaced_by, NO_ID);
	assert_int_equal(arms_mask(m, "delay_us"), BIT(0) | BIT(2) | BIT(3));
	module_free(m);
	/* debug: `ms * 1000` is checked, so delay_ms is form B too */
	m = lowered(OPT "isa_pure_preamble.rs", 0);
	assert_int_equal(run_passes(m, "inline-single-await", 0), 2);
	assert_int_equal(coro(m, "delay_ms")->replaced_by, NO_ID);
	assert_int_equal(arms_mask(m, "delay_ms"), BIT(0) | BIT(2) | BIT(3));
	module_free(m);
	behaves(OPT "isa_pure_preamble.rs", "inline-single-await", 1);
	behaves(OPT "isa_pure_preamble.rs", "inline-single-await", 0);
}

/* Found by the fuzzer: the callee can be Ready at its first poll. */
static void test_isa_ready_first(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_ready_first.rs", 0);
	assert_int_equal(run_passes(m, "inline-single-await", 0), 1);
	assert_int_equal(arms_mask(m, "wrap"), BIT(0) | BIT(2) | BIT(3));
	/* Suspend0 is written once, when early's future is stored */
	assert_int_equal(count_set_discr(m, "wrap", STATE_FIRST_SUSPEND), 1);
	module_free(m);
	behaves(OPT "isa_ready_first.rs", "inline-single-await", 0);
	behaves(OPT "isa_ready_first.rs", "inline-single-await", 1);
}

/* A future with another output is not the callee's future: form B only. */
static void test_isa_discard(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_discard.rs", 0);
	assert_int_equal(run_passes(m, "inline-single-await", 0), 2); /* foo too, over YieldNow */
	assert_int_equal(coro(m, "bar")->replaced_by, NO_ID);
	assert_int_equal(arms_mask(m, "bar") & BIT(STATE_RETURNED), 0);
	module_free(m);
	behaves(OPT "isa_discard.rs", "inline-single-await", 0);
}

static Module *lowered_abort(const char *path)
{
	BuildOptions o = {.panic_abort = 1};
	Diag d = {0};
	Module *m = module_load(path, &o, &d);
	if (!m || module_lower(m, &d) != 0)
		fail_msg("%s: %s", path, d.msg);
	return m;
}

/* Module.pass_changed is what the last pass_run returned: 3 for the run that
 * inlined, 0 for the same pass run again (nothing left to inline: the module
 * prints the same) and for a pass disabled in the build (panic-to-pending in
 * debug). coroslim stats keeps its figures of the stage before when it is 0. */
static void test_pass_changed(void **state)
{
	(void)state;
	Module *m = lowered_abort(OPT "isa_panic_abort.rs");
	BuildOptions o = {.panic_abort = 1};
	assert_int_equal(pass_run(m, pass_find("inline-single-await"), &o), 3);
	assert_int_equal(m->pass_changed, 3);
	char *before = NULL, *after = NULL;
	size_t n1 = 0, n2 = 0;
	FILE *out = open_memstream(&before, &n1);
	print_module(m, out);
	fclose(out);
	assert_int_equal(pass_run(m, pass_find("inline-single-await"), &o), 0);
	assert_int_equal(m->pass_changed, 0);
	out = open_memstream(&after, &n2);
	print_module(m, out);
	fclose(out);
	assert_string_equal(before, after);
	m->pass_changed = 7;
	assert_int_equal(pass_run(m, pass_find("panic-to-pending"), &o), 0); /* debug: disabled */
	assert_int_equal(m->pass_changed, 0);
	free(before);
	free(after);
	module_free(m);
}

static void test_isa_panic_abort(void **state)
{
	(void)state;
	Module *m = lowered_abort(OPT "isa_panic_abort.rs");
	BuildOptions o = {.panic_abort = 1};
	assert_int_equal(pass_run(m, pass_find("inline-single-await"), &o), 3); /* leaf too */
	assert_int_equal(coro(m, "bar")->replaced_by, coro_index(m, "leaf"));
	assert_int_equal(coro(m, "pre_post")->replaced_by, NO_ID);
	/* form B: no Returned arm; leaf's arm answers (and aborts) in its place */
	assert_false(arms_mask(m, "pre_post") & BIT(STATE_RETURNED));
	module_free(m);
	FILE *out = tmpfile();
	assert_int_equal(check_module_file(OPT "isa_panic_abort.rs", "inline-single-await", &o, out, out), 0);
	fclose(out);
}

static void unchanged(const char *path, const char *csv, int release)
{
	Module *m = lowered(path, release);
	char *before = printed(m);
	assert_int_equal(run_passes(m, csv, release), 0);
	char *after = printed(m);
	assert_string_equal(before, after);
	free(before);
	free(after);
	module_free(m);
	behaves(path, csv, release);
}

static void test_isa_must_not(void **state)
{
	(void)state;
	static const char *const files[] = {"isa_observe_after.rs", "isa_yield_effect_after.rs",
					    "isa_last_early_return.rs", "isa_last_effect_after.rs"};
	char path[256];
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(path, sizeof path, OPT "%s", files[i]);
		unchanged(path, "inline-single-await", 0);
		unchanged(path, "inline-single-await", 1);
	}
	/* their yield_now leaves are inlined (form B over YieldNow), the
	 * coroutine each is about keeps its Returned state */
	static const struct {
		const char *file, *coro;
	} kept[] = {{"isa_guard.rs", "wrap"}, {"isa_loop.rs", "spin"}, {"isa_yield_chain.rs", "observed"}};
	for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
		snprintf(path, sizeof path, OPT "%s", kept[i].file);
		for (int release = 0; release <= 1; release++) {
			Module *m = lowered(path, release);
			assert_true(run_passes(m, "inline-single-await", release) > 0);
			assert_true(arms_mask(m, kept[i].coro) & BIT(STATE_RETURNED));
			module_free(m);
			behaves(path, "inline-single-await", release);
		}
	}
}

/* Form B for any future type (issue 24 item 5): over YieldNow, not a coroutine. */
static void test_isa_any_future(void **state)
{
	(void)state;
	for (int release = 0; release <= 1; release++) {
		Module *m = lowered(OPT "isa_yield_leaf.rs", release);
		uint32_t size = size_of(m, "leaf");
		assert_int_equal(run_passes(m, "inline-single-await", release), 1);
		/* nothing but YieldNow's poll can unwind: Panicked goes too */
		assert_int_equal(arms_mask(m, "leaf"), BIT(0) | BIT(3));
		assert_int_equal(count_asserts(m, "leaf", AK_RESUMED_AFTER_RETURN), 0);
		assert_int_equal(size_of(m, "leaf"), size);
		module_free(m);
		behaves(OPT "isa_yield_leaf.rs", "inline-single-await", release);
	}
}

/* The last await (issue 24 item 5): two awaits, the second returned as it is. */
static void test_isa_last_await(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_last_await.rs", 0);
	uint32_t size = size_of(m, "two");
	assert_int_equal(arms_mask(m, "two"), BIT(0) | BIT(1) | BIT(2) | BIT(3) | BIT(4));
	assert_int_equal(run_passes(m, "inline-single-await", 0), 1);
	assert_int_equal(arms_mask(m, "two"), BIT(0) | BIT(2) | BIT(3) | BIT(4));
	assert_int_equal(count_set_discr(m, "two", STATE_RETURNED), 0);
	assert_int_equal(count_asserts(m, "two", AK_RESUMED_AFTER_RETURN), 0);
	/* leaf (observe() after awaiting YieldNow) keeps its Returned state */
	assert_true(arms_mask(m, "leaf") & BIT(STATE_RETURNED));
	assert_int_equal(size_of(m, "two"), size);
	module_free(m);
	behaves(OPT "isa_last_await.rs", "inline-single-await", 0);
	behaves(OPT "isa_last_await.rs", "inline-single-await", 1);
	/* two tails, one per arm of an `if` */
	m = lowered(OPT "isa_last_arms.rs", 0);
	assert_true(run_passes(m, "inline-single-await", 0) > 0);
	assert_int_equal(arms_mask(m, "arms") & BIT(STATE_RETURNED), 0);
	module_free(m);
	behaves(OPT "isa_last_arms.rs", "inline-single-await", 0);
	behaves(OPT "isa_last_arms.rs", "inline-single-await", 1);
}

/* Async fns and async blocks panic alike after completion ("`async fn`
 * resumed after completion" in rustc 1.95), so the pass crosses kinds. */
static void test_isa_across_kinds(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_across_kinds.rs", 0);
	assert_int_equal(run_passes(m, "inline-single-await", 0), 3); /* inner too, over YieldNow */
	/* form A: outer's constructor returns its block's future */
	assert_int_equal(coro(m, "outer")->replaced_by, coro_index(m, "outer::{async block#0}"));
	/* the block awaits inner: form B, no Returned arm left */
	assert_int_equal(count_asserts(m, "outer::{async block#0}", AK_RESUMED_AFTER_RETURN), 0);
	module_free(m);
	behaves(OPT "isa_across_kinds.rs", "inline-single-await", 0);
	behaves(OPT "isa_across_kinds.rs", "inline-single-await", 1);
}

/* The outer block gives up its captured guard only after its await: it must
 * keep its states; what is around it may be inlined. */
static void test_isa_upvar_guard(void **state)
{
	(void)state;
	Module *m = lowered(OPT "isa_upvar_guard.rs", 0);
	uint32_t arms = arms_mask(m, "take::{async block#0}");
	assert_true(run_passes(m, "inline-single-await", 0) > 0);
	assert_int_equal(arms_mask(m, "take::{async block#0}"), arms);
	assert_int_equal(count_asserts(m, "take::{async block#0}", AK_RESUMED_AFTER_RETURN), 1);
	assert_int_equal(coro(m, "take::{async block#0}")->replaced_by, NO_ID);
	module_free(m);
	behaves(OPT "isa_upvar_guard.rs", "inline-single-await", 0);
}

static void test_isa_policy(void **state)
{
	(void)state;
	/* no preamble may move: delay_ms falls back to form B */
	setenv("COROSLIM_INLINE_MAX_PREAMBLE", "0", 1);
	Module *m = lowered(OPT "isa_pure_preamble.rs", 1);
	run_passes(m, "inline-single-await", 1);
	assert_int_equal(coro(m, "delay_ms")->replaced_by, NO_ID);
	assert_int_equal(arms_mask(m, "delay_ms"), BIT(0) | BIT(3));
	module_free(m);
	/* a pure pass-through has no work to move: still replaced */
	m = lowered(OPT "isa_pass_through.rs", 0);
	run_passes(m, "inline-single-await", 0);
	assert_int_equal(coro(m, "bar")->replaced_by, coro_index(m, "foo"));
	module_free(m);
	unsetenv("COROSLIM_INLINE_MAX_PREAMBLE");
	/* no postamble may stay: form B says no */
	setenv("COROSLIM_INLINE_MAX_POSTAMBLE", "0", 1);
	unchanged(OPT "isa_pre_post.rs", "inline-single-await", 0);
	unsetenv("COROSLIM_INLINE_MAX_POSTAMBLE");
}

static void test_isa_idempotent(void **state)
{
	(void)state;
	static const char *const files[] = {"isa_pass_through.rs", "isa_pre_post.rs", "isa_chain.rs"};
	char path[256];
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(path, sizeof path, OPT "%s", files[i]);
		Module *m = lowered(path, 0);
		assert_true(run_passes(m, "inline-single-await", 0) > 0);
		char *once = printed(m);
		assert_int_equal(run_passes(m, "inline-single-await", 0), 0);
		char *twice = printed(m);
		assert_string_equal(once, twice);
		free(once);
		free(twice);
		module_free(m);
	}
}

/* ------------------------------------------------------------------ */
/* merge-states                                                         */
/* ------------------------------------------------------------------ */

typedef struct MergeCase {
	const char *file, *coro;
	uint32_t before, after; /* layout variants: 3 reserved + Suspend states */
	uint32_t saved_before, saved_after;
} MergeCase;

static void test_ms_fires(void **state)
{
	(void)state;
	static const MergeCase cases[] = {
		{"ms_match2.rs", "handle", 5, 4, 2, 1},	     {"ms_match3.rs", "handle", 6, 4, 3, 1},
		{"ms_if_else.rs", "pick", 5, 4, 2, 1},	     {"ms_diff_args.rs", "route", 6, 4, 3, 1},
		{"ms_same_guards.rs", "handle", 5, 4, 4, 2}, {"ms_nested.rs", "handle", 7, 5, 4, 2},
		{"ms_dup_tails.rs", "handle", 7, 5, 6, 3},   {"ms_loop_match.rs", "pump", 5, 4, 5, 4},
	};
	char path[256];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const MergeCase *k = &cases[i];
		snprintf(path, sizeof path, OPT "%s", k->file);
		Module *m = lowered(path, 0);
		uint32_t size = size_of(m, k->coro);
		assert_int_equal(variants(m, k->coro), k->before);
		assert_int_equal(coro(m, k->coro)->layout->nsaved, k->saved_before);
		assert_int_equal(run_passes(m, "merge-states", 0), 1);
		if (variants(m, k->coro) != k->after || coro(m, k->coro)->layout->nsaved != k->saved_after)
			fail_msg("%s: %u variants, %u saved", k->file, variants(m, k->coro),
				 coro(m, k->coro)->layout->nsaved);
		assert_true(size_of(m, k->coro) <= size);
		module_free(m);
		behaves(path, "merge-states", 0);
		behaves(path, "merge-states", 1);
	}
}

static void test_ms_must_not(void **state)
{
	(void)state;
	static const char *const files[] = {"ms_sequential.rs",	   "ms_diff_callee.rs",	  "ms_diff_continuation.rs",
					    "ms_diff_guards.rs",   "ms_switch_values.rs", "ms_outer_write.rs",
					    "ms_no_growth.rs"};
	char path[256];
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(path, sizeof path, OPT "%s", files[i]);
		unchanged(path, "merge-states", 0);
		unchanged(path, "merge-states", 1);
	}
}

/* A merge that shrinks a future re-lays out the coroutines holding it. */
static void test_ms_shrinks(void **state)
{
	(void)state;
	Module *m = lowered(OPT "ms_shrinks.rs", 0);
	assert_int_equal(size_of(m, "shrink"), 28);
	assert_int_equal(size_of(m, "holder"), 32);
	assert_int_equal(run_passes(m, "merge-states", 0), 1);
	assert_int_equal(variants(m, "shrink"), 5);
	assert_int_equal(size_of(m, "shrink"), 24);
	assert_int_equal(size_of(m, "holder"), 28);
	module_free(m);
	behaves(OPT "ms_shrinks.rs", "merge-states", 0);
}

static void test_ms_after_inline(void **state)
{
	(void)state;
	/* alone: the arms await different types */
	Module *m = lowered(OPT "ms_after_inline.rs", 0);
	assert_int_equal(run_passes(m, "merge-states", 0), 0);
	assert_int_equal(variants(m, "handle"), 5);
	module_free(m);
	/* after inline-single-await both await send's future */
	m = lowered(OPT "ms_after_inline.rs", 0);
	assert_int_equal(run_passes(m, "inline-single-await,merge-states", 0), 1);
	assert_int_equal(coro(m, "wrapped")->replaced_by, coro_index(m, "send"));
	assert_int_equal(variants(m, "handle"), 4);
	module_free(m);
	behaves(OPT "ms_after_inline.rs", "inline-single-await,merge-states", 0);
}

static void test_ms_idempotent(void **state)
{
	(void)state;
	Module *m = lowered(OPT "ms_match3.rs", 0);
	assert_int_equal(run_passes(m, "merge-states", 0), 1);
	char *once = printed(m);
	assert_int_equal(run_passes(m, "merge-states", 0), 0);
	char *twice = printed(m);
	assert_string_equal(once, twice);
	free(once);
	free(twice);
	module_free(m);
}

/* ------------------------------------------------------------------ */
/* With the other passes, in every order                                */
/* ------------------------------------------------------------------ */

static void test_all_orders(void **state)
{
	(void)state;
	static const char *const files[] = {"isa_pass_through.rs", "isa_pre_post.rs", "isa_chain.rs",
					    "ms_match3.rs",	   "ms_after_inline.rs", "ms_dup_tails.rs"};
	static const char *const p[] = {"elide-awaitless", "inline-single-await", "merge-states", "panic-to-pending"};
	char path[256], csv[256];
	for (size_t fi = 0; fi < sizeof files / sizeof *files; fi++) {
		snprintf(path, sizeof path, OPT "%s", files[fi]);
		for (int a = 0; a < 4; a++)
			for (int b = 0; b < 4; b++)
				for (int c = 0; c < 4; c++) {
					int d = 6 - a - b - c;
					if (a == b || a == c || b == c || d < 0 || d > 3 || d == a || d == b || d == c)
						continue;
					snprintf(csv, sizeof csv, "%s,%s,%s,%s", p[a], p[b], p[c], p[d]);
					behaves(path, csv, 0);
					behaves(path, csv, 1);
				}
	}
}

/* A pass that breaks a verifier invariant: every resume fn's entry block
 * jumps past the last block. */
static int break_a_target(const PassCx *cx, Body *b)
{
	(void)cx;
	b->resume->blocks[0].term = term_goto(b->resume->nblocks + 7);
	return 1;
}

static int change_nothing(const PassCx *cx, Body *b)
{
	(void)cx;
	(void)b;
	return 0;
}

/* Without --verify-each the verifier runs once after the last pass and still
 * rejects the result; with it, the error names the pass that broke the IR. */
static void test_verify_once_or_each(void **state)
{
	(void)state;
	const Pass breaker = {.name = "breaker", .run = break_a_target, .summary = "test"},
		   idle = {.name = "idle", .run = change_nothing, .summary = "test"};
	const Pass *list[] = {&breaker, &idle};
	for (int each = 0; each <= 1; each++) {
		Module *m = lowered(OPT "isa_ready_first.rs", 0);
		BuildOptions o = {.verify_each = each};
		Diag d = {0};
		assert_int_equal(pipeline_run(m, list, 2, &o, &d, NULL, NULL), -1);
		if (each) {
			assert_non_null(strstr(d.msg, "after breaker: "));
		} else {
			assert_non_null(strstr(d.msg, "after the pipeline: "));
			assert_non_null(strstr(d.msg, "(--verify-each names the pass)"));
		}
		module_free(m);
	}
	/* a clean pipeline passes either way */
	for (int each = 0; each <= 1; each++) {
		Module *m = lowered(OPT "isa_ready_first.rs", 0);
		BuildOptions o = {.verify_each = each};
		Diag d = {0};
		const Pass *all[8];
		for (uint32_t i = 0; i < npipeline; i++)
			all[i] = &pipeline[i];
		assert_int_equal(pipeline_run(m, all, npipeline, &o, &d, NULL, NULL), 0);
		module_free(m);
	}
}

/* A per-body pass needs its entry only: the pipeline gives it every coroutine
 * with a resume fn once, on one thread or on several, with a copy of its
 * layout (PASS_EACH_BODY). Workers write only their own body's slot. */
static uint8_t visits[64], copied[64];

static int visit_once(const PassCx *cx, Body *b)
{
	if (b->coro < 64 && b->c == &cx->m->coros[b->coro]) {
		visits[b->coro]++;
		copied[b->coro] = b->layout != b->c->layout && b->layout->size == b->c->layout->size;
	}
	return 1;
}

static void test_each_body_once(void **state)
{
	(void)state;
	const Pass visitor = {.name = "visitor", .run = visit_once, .summary = "test"};
	for (int jobs = 1; jobs <= 3; jobs += 2) {
		Module *m = lowered(OPT "isa_chain.rs", 0);
		m->jobs = jobs;
		assert_true(m->ncoros > 1 && m->ncoros <= 64);
		memset(visits, 0, sizeof visits);
		memset(copied, 0, sizeof copied);
		BuildOptions o = {.jobs = jobs};
		uint32_t bodies = 0;
		for (uint32_t i = 0; i < m->ncoros; i++)
			bodies += m->coros[i].layout && m->coros[i].resume;
		assert_true(bodies > 1);
		assert_int_equal(pass_run(m, &visitor, &o), bodies);
		for (uint32_t i = 0; i < m->ncoros; i++) {
			int body = m->coros[i].layout && m->coros[i].resume;
			assert_int_equal(visits[i], body);
			assert_int_equal(copied[i], body);
		}
		module_free(m);
	}
}

/* issue 23: check's and opt's --passes follow one rule (the same lists accepted, the same
 * message for the others); check used to say "unknown pass ''" for `,` and accept `none` alone */
static void test_pass_list_rule(void **state)
{
	(void)state;
	static const struct {
		const char *csv;
		int ok;
		const char *msg;
	} cases[] = {
		{"", 1, ""}, {"none", 1, ""}, {"merge-states", 1, ""}, {"merge-states,elide-awaitless", 1, ""},
		{",", 0, "bad pass list ','"}, {"merge-states,", 0, "bad pass list 'merge-states,'"},
		{",merge-states", 0, "bad pass list ',merge-states'"},
		{"merge-states,none", 0, "unknown pass 'none' (known: "}, {"nope", 0, "unknown pass 'nope' (known: "},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const Pass *list[16];
		Diag a = {0}, b = {0};
		int n = pipeline_select(cases[i].csv, list, 16, &a);
		int r = check_passes_valid(cases[i].csv, &b);
		assert_int_equal(n >= 0, cases[i].ok);
		assert_int_equal(r == 0, cases[i].ok);
		if (!cases[i].ok) {
			assert_ptr_equal(strstr(a.msg, cases[i].msg), a.msg);
			assert_string_equal(a.msg, b.msg);
		}
	}
}

/* RemoveNoopLandingPads (cpu23: each goto chain followed once): an unwind
 * edge to a chain of no-op cleanup blocks that ends in `resume` becomes
 * `unwind continue`, also when the chain runs against the block order (bb5 ->
 * bb4 -> bb3); one to a cycle of gotos, or to a chain through a block with a
 * real statement, stays. */
static void test_nop_landing_pads(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "pads", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	f->nargs = 1;
	BlockId b[11];
	for (int i = 0; i < 11; i++)
		b[i] = fn_add_block(f, i >= 3);
	/* bb0..bb2: asserts unwinding to bb5 (no-op chain), bb7 (cycle), bb9 (real statement) */
	BlockId to[3] = {b[5], b[7], b[9]};
	for (int i = 0; i < 3; i++) {
		Term t = term_simple(TK_ASSERT);
		t.a = op_const(f, TY_BOOL, 1);
		t.op = 1;
		t.msg = AK_RESUMED_AFTER_RETURN;
		t.target = i < 2 ? b[i + 1] : b[10];
		t.unwind = UW_CLEANUP;
		t.unwind_bb = to[i];
		fn_set_term(f, b[i], t);
	}
	fn_set_term(f, b[3], term_simple(TK_RESUME));
	fn_push_stmt(f, b[4], stmt_storage(ST_STORAGE_DEAD, x));
	fn_set_term(f, b[4], term_goto(b[3]));
	fn_set_term(f, b[5], term_goto(b[4]));
	fn_set_term(f, b[6], term_goto(b[7]));
	fn_set_term(f, b[7], term_goto(b[6]));
	fn_set_term(f, b[8], term_goto(b[3]));
	fn_push_stmt(f, b[9], stmt_assign_binary(place_local(f, x), RV_BINARY, BIN_ADD, op_copy(place_local(f, x)),
						 op_const(f, TY_U32, 1)));
	fn_set_term(f, b[9], term_goto(b[8]));
	fn_set_term(f, b[10], term_simple(TK_RETURN));
	remove_nop_landing_pads(f);
	assert_int_equal(f->blocks[b[0]].term.unwind, UW_CONTINUE);
	assert_int_equal(f->blocks[b[0]].term.unwind_bb, NO_BLOCK);
	assert_int_equal(f->blocks[b[1]].term.unwind, UW_CLEANUP);
	assert_int_equal(f->blocks[b[1]].term.unwind_bb, b[7]);
	assert_int_equal(f->blocks[b[2]].term.unwind, UW_CLEANUP);
	assert_int_equal(f->blocks[b[2]].term.unwind_bb, b[9]);
	module_free(m);
}

/* SimplifyCfg-initial counts a FalseEdge's imaginary target as a predecessor, as rustc's
 * TerminatorKind::successors does (range24): bb4 is reached by bb2's goto and by bb1's
 * imaginary edge, so bb2 keeps its goto (fires); without the imaginary edge bb4 merges into
 * bb2 (must not). With the imaginary edge to an empty goto bb5 -> bb4, the chain collapses:
 * the edge points at bb4, bb5 is dead, and bb4 still has two predecessors. */
static void test_simplify_imaginary_edge(void **state)
{
	(void)state;
	for (int kind = 0; kind < 3; kind++) { /* 0: imaginary bb4, 1: none, 2: imaginary bb5 */
		Module *m = module_new("t");
		Fn *f = fn_new(m, "fe", FN_SYNC);
		fn_add_local(f, TY_U32, NULL, 0);
		LocalId x = fn_add_local(f, TY_U32, "x", 1);
		f->nargs = 1;
		BlockId b[6];
		for (int i = 0; i < 6; i++)
			b[i] = fn_add_block(f, 0);
		Term sw = term_simple(TK_SWITCH);
		sw.a = op_copy(place_local(f, x));
		SwitchArm arm = {0, b[1]};
		sw.args = fn_add_arms(f, &arm, 1);
		sw.nargs = 1;
		sw.target = b[2];
		fn_set_term(f, b[0], sw);
		Term fe = term_goto(b[3]);
		fe.op = GOTO_FALSE_EDGE;
		fe.drop = kind == 0 ? b[4] : kind == 2 ? b[5] : NO_BLOCK;
		fn_set_term(f, b[1], fe);
		for (int i = 2; i <= 4; i += 2) {
			fn_push_stmt(f, b[i], stmt_assign_binary(place_local(f, x), RV_BINARY, BIN_ADD,
			                                         op_copy(place_local(f, x)), op_const(f, TY_U32, 1)));
			fn_set_term(f, b[i], i == 2 ? term_goto(b[4]) : term_simple(TK_RETURN));
		}
		fn_set_term(f, b[3], term_simple(TK_RETURN));
		fn_set_term(f, b[5], term_goto(b[4]));
		simplify_cfg(f);
		if (kind == 1) {
			assert_int_equal(f->nblocks, 4);
			assert_int_equal(f->blocks[2].term.kind, TK_RETURN);
			assert_int_equal(f->blocks[2].nstmts, 2);
		} else {
			assert_int_equal(f->nblocks, 5);
			assert_int_equal(f->blocks[2].term.kind, TK_GOTO);
			assert_int_equal(f->blocks[2].term.target, 4);
			assert_int_equal(f->blocks[1].term.op, GOTO_FALSE_EDGE);
			assert_int_equal(f->blocks[1].term.drop, 4);
		}
		module_free(m);
	}
}


/* Derefer (cpu23: a body with no place to split returns after one pass over
 * its places): `_0 = copy (*(_1.0: &u32))` gets a temporary for `_1.0`; the
 * same body without that statement is left byte for byte, every local and
 * place as it was. */
static void test_derefer_fires_or_not(void **state)
{
	(void)state;
	for (int with_deref = 0; with_deref < 2; with_deref++) {
		Module *m = module_new("t");
		Fn *f = fn_new(m, "d", FN_SYNC);
		TypeId ref = type_ptr(m, TY_REF, TY_U32);
		TypeId tup = type_tuple2(m, ref, TY_U32);
		fn_add_local(f, TY_U32, NULL, 0);
		LocalId a = fn_add_local(f, tup, "a", 0);
		f->nargs = 1;
		BlockId bb = fn_add_block(f, 0);
		fn_push_stmt(f, bb, stmt_assign_use(place_local(f, 0), op_copy(place_project(f, place_local(f, a), PROJ_FIELD, 1, TY_U32))));
		if (with_deref) {
			PlaceId r = place_project(f, place_local(f, a), PROJ_FIELD, 0, ref);
			fn_push_stmt(f, bb, stmt_assign_use(place_local(f, 0), op_copy(place_project(f, r, PROJ_DEREF, 0, TY_U32))));
		}
		fn_set_term(f, bb, term_simple(TK_RETURN));
		uint32_t nl = f->nlocals, np = f->nplaces, ns = f->blocks[bb].nstmts;
		char *before = fn_text(f);
		derefer(f);
		char *after = fn_text(f);
		if (with_deref) {
			assert_int_equal(f->nlocals, nl + 1);
			assert_int_equal(f->blocks[bb].nstmts, ns + 1);
			assert_string_not_equal(before, after);
		} else {
			assert_int_equal(f->nlocals, nl);
			assert_int_equal(f->nplaces, np);
			assert_string_equal(before, after);
		}
		free(before), free(after);
		module_free(m);
	}
}

/* A body for the fused and skipped walks (walks25): bb0 asserts, unwinding to
 * bb3, a cleanup pad of FakeReads (nops with x = 1) whose FalseUnwind goes to
 * bb4 (resume); bb1 asserts, unwinding to bb5, a pad with a real assignment;
 * bb1 is reached from bb0 by a FalseEdge whose imaginary target is bb6 (an
 * empty goto to bb2); bb2 returns. With drop, bb2 drops x first (to bb7). */
static Fn *walks_body(Module *m, int drop)
{
	Fn *f = fn_new(m, "w", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	f->nargs = 1;
	BlockId b[8];
	for (int i = 0; i < 8; i++)
		b[i] = fn_add_block(f, i == 3 || i == 4 || i == 5);
	for (int i = 0; i < 2; i++) {
		Term t = term_simple(TK_ASSERT);
		t.a = op_const(f, TY_BOOL, 1);
		t.op = 1;
		t.msg = AK_RESUMED_AFTER_RETURN;
		t.target = i == 0 ? b[6] : b[2];
		t.unwind = UW_CLEANUP;
		t.unwind_bb = i == 0 ? b[3] : b[5];
		fn_set_term(f, b[i], t);
	}
	/* bb0's assert goes to bb6 first: make bb6 a FalseEdge to bb1, imaginary bb2 */
	Term fe = term_goto(b[1]);
	fe.op = GOTO_FALSE_EDGE;
	fe.drop = b[2];
	fn_set_term(f, b[6], fe);
	Stmt fr = stmt_nop();
	fr.x = 1; /* a FakeRead */
	fn_push_stmt(f, b[3], fr);
	fn_push_stmt(f, b[3], stmt_storage(ST_STORAGE_DEAD, x));
	Term fu = term_goto(b[4]);
	fu.op = GOTO_FALSE_UNWIND;
	fu.unwind = UW_CLEANUP;
	fu.unwind_bb = b[4];
	fn_set_term(f, b[3], fu);
	fn_set_term(f, b[4], term_simple(TK_RESUME));
	fn_push_stmt(f, b[5], stmt_assign_binary(place_local(f, x), RV_BINARY, BIN_ADD, op_copy(place_local(f, x)),
						 op_const(f, TY_U32, 1)));
	fn_set_term(f, b[5], term_goto(b[4]));
	if (drop) {
		Term d = term_simple(TK_DROP);
		d.place = place_local(f, x);
		d.target = b[7];
		d.drop = NO_BLOCK;
		d.unwind = UW_CONTINUE;
		fn_set_term(f, b[2], d);
		fn_set_term(f, b[7], term_simple(TK_RETURN));
	} else {
		fn_set_term(f, b[2], term_simple(TK_RETURN));
		fn_set_term(f, b[7], term_simple(TK_UNREACHABLE)); /* dead */
	}
	return f;
}

/* CleanupPostBorrowck and RemoveNoopLandingPads fused in one walk give what the
 * two give one after the other (byte for byte), the pad of FakeReads is found a
 * no-op (fires) and the pad with an assignment is not (must not); the nops are
 * gone either way. */
static void test_cleanup_pads_fused(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = walks_body(m, 0), *g = walks_body(m, 0);
	cleanup_post_borrowck(f);
	remove_nop_landing_pads(f);
	cleanup_post_borrowck_and_pads(g);
	char *a = fn_text(f), *b = fn_text(g);
	assert_string_equal(a, b);
	free(a), free(b);
	assert_int_equal(g->blocks[0].term.unwind, UW_CONTINUE);
	assert_int_equal(g->blocks[1].term.unwind, UW_CLEANUP);
	assert_int_equal(g->blocks[1].term.unwind_bb, 5);
	assert_int_equal(g->blocks[3].nstmts, 1); /* the FakeRead removed, the StorageDead kept */
	assert_int_equal(g->blocks[3].stmts[0].kind, ST_STORAGE_DEAD);
	assert_int_equal(g->blocks[6].term.op, GOTO_PLAIN);
	module_free(m);
}

/* The runner's facts: the list run with them (fused, skipped walks) gives the
 * body each pass's plain `run` gives, one after the other, with a Drop and
 * without; ElaborateDrops without a Drop leaves a body it was given as it was
 * but for its dead blocks (fires: bb7 goes; given FACT_LIVE it is not asked to
 * look), and with one elaborates it. */
static void test_before_transform_facts(void **state)
{
	(void)state;
	for (int drop = 0; drop < 2; drop++) {
		Module *m = module_new("t");
		Fn *f = walks_body(m, drop), *g = walks_body(m, drop);
		for (uint32_t i = 0; i < npasses_before_state_transform; i++) {
			const BodyPass *p = &passes_before_state_transform[i];
			if (!p->is_enabled || p->is_enabled(m))
				p->run(f);
		}
		run_passes_before_state_transform(g);
		char *a = fn_text(f), *b = fn_text(g);
		assert_string_equal(a, b);
		free(a), free(b);
		module_free(m);
	}
	Module *m = module_new("t");
	Fn *f = walks_body(m, 0);
	uint32_t n = f->nblocks;
	char *before = fn_text(f);
	elaborate_drops_known(f, FACT_LIVE); /* told every block is live: no walk finds bb7 */
	char *after = fn_text(f);
	assert_string_equal(before, after);
	assert_int_equal(f->nblocks, n);
	elaborate_drops(f); /* not told: bb7 is dead and goes */
	assert_int_equal(f->nblocks, n - 1);
	free(before), free(after);
	Fn *d = walks_body(m, 1);
	simplify_cfg(d);
	elaborate_drops(d); /* x is an argument, initialised: the drop stays, with an unwind to a resume */
	int drops = 0;
	for (BlockId bb = 0; bb < d->nblocks; bb++)
		drops += d->blocks[bb].term.kind == TK_DROP;
	assert_int_equal(drops, 1);
	module_free(m);
}

/* SimplifyCfg strips the nops as its predecessor count reaches each block
 * (cache26): cfg_preds_count_visit visits the blocks reachable from bb0 once
 * each, never an unreachable one; simplify_cfg strips the nops of the
 * reachable blocks (a FakeRead, a nop of x = 1, stays) and drops the others;
 * told FACT_NO_NOP it strips none. */
static int strip_visits[4];
static void count_visit(Fn *f, BlockId b)
{
	(void)f;
	strip_visits[b]++;
}

static Fn *nops_body(Module *m)
{
	Fn *f = fn_new(m, "nops", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	f->nargs = 1;
	BlockId b[4];
	for (int i = 0; i < 4; i++)
		b[i] = fn_add_block(f, 0);
	fn_push_stmt(f, b[0], stmt_nop());
	fn_push_stmt(f, b[0], (Stmt){.kind = ST_NOP, .x = 1}); /* a FakeRead */
	fn_push_stmt(f, b[0], stmt_assign_binary(place_local(f, x), RV_BINARY, BIN_ADD, op_copy(place_local(f, x)),
	                                         op_const(f, TY_U32, 1)));
	Term sw = term_simple(TK_SWITCH);
	sw.a = op_copy(place_local(f, x));
	SwitchArm arm = {0, b[1]};
	sw.args = fn_add_arms(f, &arm, 1);
	sw.nargs = 1;
	sw.target = b[2];
	fn_set_term(f, b[0], sw);
	fn_push_stmt(f, b[1], stmt_nop());
	fn_set_term(f, b[1], term_simple(TK_RETURN));
	fn_push_stmt(f, b[2], stmt_nop());
	fn_push_stmt(f, b[2], stmt_nop());
	fn_set_term(f, b[2], term_goto(b[1]));
	fn_push_stmt(f, b[3], stmt_nop()); /* unreachable */
	fn_set_term(f, b[3], term_goto(b[1]));
	return f;
}

static void test_simplify_strip_nops(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = nops_body(m);
	uint32_t cnt[4];
	memset(strip_visits, 0, sizeof strip_visits);
	cfg_preds_count_visit(f, cnt, count_visit);
	assert_int_equal(strip_visits[0], 1);
	assert_int_equal(strip_visits[1], 1);
	assert_int_equal(strip_visits[2], 1);
	assert_int_equal(strip_visits[3], 0);
	assert_int_equal(cnt[1], 2); /* bb0's arm and bb2; bb3 unreached, not counted */
	assert_int_equal(cnt[3], 0);
	assert_int_equal(f->blocks[3].nstmts, 1); /* the count alone strips nothing */
	simplify_cfg(f);
	/* bb2 (nops only, then a goto) is an empty goto once stripped: the chain collapses, bb0's
	 * otherwise goes to bb1 too; bb3 is gone */
	assert_int_equal(f->nblocks, 2);
	assert_int_equal(f->blocks[0].nstmts, 2);
	assert_int_equal(f->blocks[0].stmts[0].kind, ST_NOP);
	assert_int_equal(f->blocks[0].stmts[0].x, 1);
	assert_int_equal(f->blocks[0].stmts[1].kind, ST_ASSIGN);
	assert_int_equal(f->blocks[0].term.target, 1);
	assert_int_equal(f->blocks[1].nstmts, 0);
	assert_int_equal(f->blocks[1].term.kind, TK_RETURN);
	/* told there is no nop: none is stripped, so bb2 is no empty goto and stays */
	Fn *g = nops_body(m);
	simplify_cfg_known(g, FACT_NO_NOP);
	assert_int_equal(g->nblocks, 3);
	assert_int_equal(g->blocks[0].nstmts, 3);
	assert_int_equal(g->blocks[1].nstmts, 1);
	assert_int_equal(g->blocks[2].nstmts, 2);
	module_free(m);
}

/* SimplifyCfg's goto chains read a per-block flag (EMPTY_GOTO, set as the
 * predecessor count visits each block) instead of the block a successor ends
 * at (cpu27). A block that becomes an empty goto while the walk runs must be
 * flagged then: bb1, a switch of no value (the builder's), is a goto once
 * visited, and bb2 and bb3, visited after it, go through it to bb4; a block
 * with a statement (bb2, bb3) is never gone through. */
static Fn *late_goto_body(Module *m)
{
	Fn *f = fn_new(m, "late", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	f->nargs = 1;
	BlockId b[5];
	for (int i = 0; i < 5; i++)
		b[i] = fn_add_block(f, 0);
	Stmt inc = stmt_assign_binary(place_local(f, x), RV_BINARY, BIN_ADD, op_copy(place_local(f, x)),
	                              op_const(f, TY_U32, 1));
	fn_push_stmt(f, b[0], inc);
	Term sw = term_simple(TK_SWITCH);
	sw.a = op_copy(place_local(f, x));
	SwitchArm arms[2] = {{0, b[2]}, {1, b[4]}};
	sw.args = fn_add_arms(f, arms, 2);
	sw.nargs = 2;
	sw.target = b[3];
	fn_set_term(f, b[0], sw);
	Term none = term_simple(TK_SWITCH); /* no value: a goto bb4 */
	none.target = b[4];
	fn_set_term(f, b[1], none);
	fn_push_stmt(f, b[2], inc);
	fn_set_term(f, b[2], term_goto(b[1]));
	fn_push_stmt(f, b[3], inc);
	fn_set_term(f, b[3], term_goto(b[1]));
	fn_set_term(f, b[4], term_simple(TK_RETURN));
	return f;
}

static void test_simplify_late_empty_goto(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = late_goto_body(m);
	simplify_cfg(f);
	/* bb1 is gone: bb0, bb2 -> bb1, bb3 -> bb2, bb4 -> bb3 */
	assert_int_equal(f->nblocks, 4);
	assert_int_equal(f->blocks[0].term.kind, TK_SWITCH);
	assert_int_equal(f->blocks[0].term.nargs, 2);
	assert_int_equal(f->blocks[0].term.target, 2);
	for (BlockId w = 1; w <= 2; w++) {
		assert_int_equal(f->blocks[w].nstmts, 1);
		assert_int_equal(f->blocks[w].term.kind, TK_GOTO);
		assert_int_equal(f->blocks[w].term.target, 3);
	}
	assert_int_equal(f->blocks[3].term.kind, TK_RETURN);
	module_free(m);
}

/* miss39: SimplifyCfg-post-analysis counts from the successors CleanupPostBorrowck's walk noted
 * (FACT_NOTED), its first round skips the blocks the notes show settled, and no SimplifyCfg recounts
 * after a loop that changed the CFG. bb1's FalseEdge has bb4 as its imaginary target, and bb4 <-> bb5
 * is a loop reached only through it: once the false edge is a goto, the loop is an unreachable cycle,
 * which the count from the notes must not keep (fires). bb2 goes through bb6, an empty goto, to bb7,
 * which goes back to bb6: the chain through bb6 collapses, bb7 loops on itself and bb6 is dead with no
 * recount. The same body with the notes not told (the count reads every block), or told for another
 * body (must not be taken), comes out the same. */
static Fn *noted_body(Module *m, const char *name)
{
	Fn *f = fn_new(m, name, FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId x = fn_add_local(f, TY_U32, "x", 1);
	f->nargs = 1;
	BlockId b[8];
	for (int i = 0; i < 8; i++)
		b[i] = fn_add_block(f, 0);
	Stmt inc = stmt_assign_binary(place_local(f, x), RV_BINARY, BIN_ADD, op_copy(place_local(f, x)),
	                              op_const(f, TY_U32, 1));
	Term sw = term_simple(TK_SWITCH);
	sw.a = op_copy(place_local(f, x));
	SwitchArm arm = {0, b[1]};
	sw.args = fn_add_arms(f, &arm, 1);
	sw.nargs = 1;
	sw.target = b[2];
	fn_set_term(f, b[0], sw);
	Term fe = term_goto(b[3]);
	fe.op = GOTO_FALSE_EDGE;
	fe.drop = b[4];
	fn_set_term(f, b[1], fe);
	fn_push_stmt(f, b[2], inc);
	fn_set_term(f, b[2], term_goto(b[6]));
	fn_set_term(f, b[3], term_simple(TK_RETURN));
	fn_push_stmt(f, b[4], inc);
	fn_set_term(f, b[4], term_goto(b[5]));
	fn_push_stmt(f, b[5], inc);
	fn_set_term(f, b[5], term_goto(b[4]));
	fn_set_term(f, b[6], term_goto(b[7]));
	fn_push_stmt(f, b[7], inc);
	fn_set_term(f, b[7], term_goto(b[6]));
	return f;
}

static void test_simplify_noted(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = noted_body(m, "noted"), *g = noted_body(m, "counted"), *h = noted_body(m, "other");
	cleanup_post_borrowck_and_pads(f);
	simplify_cfg_known(f, FACT_NO_NOP | FACT_NOTED);
	cleanup_post_borrowck_and_pads(g);
	simplify_cfg_known(g, FACT_NO_NOP);
	cleanup_post_borrowck_and_pads(h);
	cleanup_post_borrowck_and_pads(f); /* the notes are f's now, not h's */
	simplify_cfg_known(h, FACT_NO_NOP | FACT_NOTED);
	/* bb0 switch [0: bb2] otherwise bb1; bb1 (was bb2) goes to bb3 (was bb7), which loops on itself;
	 * bb1's FalseEdge, bb4, bb5 and bb6 are gone */
	assert_int_equal(f->nblocks, 4);
	assert_int_equal(f->blocks[0].term.kind, TK_SWITCH);
	assert_int_equal(f->arms[f->blocks[0].term.args].target, 2);
	assert_int_equal(f->blocks[0].term.target, 1);
	assert_int_equal(f->blocks[1].term.target, 3);
	assert_int_equal(f->blocks[2].term.kind, TK_RETURN);
	assert_int_equal(f->blocks[3].term.kind, TK_GOTO);
	assert_int_equal(f->blocks[3].term.target, 3);
	char *a = fn_text(f), *b = fn_text(g), *c = fn_text(h);
	assert_string_equal(strchr(a, '{'), strchr(b, '{'));
	assert_string_equal(strchr(a, '{'), strchr(c, '{'));
	free(a), free(b), free(c);
	module_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pass_list_rule),
		cmocka_unit_test(test_simplify_strip_nops),
		cmocka_unit_test(test_simplify_late_empty_goto),
		cmocka_unit_test(test_isa_pass_through), cmocka_unit_test(test_isa_pre_post),
		cmocka_unit_test(test_isa_pre_post_release), cmocka_unit_test(test_isa_chain),
		cmocka_unit_test(test_isa_pure_preamble), cmocka_unit_test(test_isa_must_not),
		cmocka_unit_test(test_isa_any_future), cmocka_unit_test(test_isa_last_await),
		cmocka_unit_test(test_isa_across_kinds),
		cmocka_unit_test(test_isa_upvar_guard),
		cmocka_unit_test(test_isa_policy), cmocka_unit_test(test_isa_idempotent),
		cmocka_unit_test(test_isa_ready_first), cmocka_unit_test(test_isa_discard),
		cmocka_unit_test(test_isa_panic_abort), cmocka_unit_test(test_pass_changed),
		cmocka_unit_test(test_ms_fires), cmocka_unit_test(test_ms_must_not),
		cmocka_unit_test(test_ms_shrinks), cmocka_unit_test(test_ms_after_inline),
		cmocka_unit_test(test_ms_idempotent),
		cmocka_unit_test(test_all_orders), cmocka_unit_test(test_verify_once_or_each),
		cmocka_unit_test(test_each_body_once),
		cmocka_unit_test(test_nop_landing_pads), cmocka_unit_test(test_derefer_fires_or_not),
		cmocka_unit_test(test_simplify_imaginary_edge),
		cmocka_unit_test(test_cleanup_pads_fused), cmocka_unit_test(test_before_transform_facts),
		cmocka_unit_test(test_simplify_noted),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
