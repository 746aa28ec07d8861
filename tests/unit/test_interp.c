/* test_interp.c — the reference interpreter on IR built with the ir.h builders:
 * sync arithmetic, overflow panics, loops, the step limit, a coroutine body
 * with yields polled to completion / cancelled / re-polled, unwinding through
 * cleanup blocks, the same fn after a hand-written state transform read from
 * a byte buffer, and malformed IR that must end in an error event. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "coro_fixture.h"

/* The whole trace as text, one event per line. */
static char *trace_text(const Trace *t)
{
	static char buf[8192];
	size_t n = 0;
	buf[0] = 0;
	for (uint32_t i = 0; i < t->n && n + 300 < sizeof buf; i++) {
		event_format(trace_ev(t, i), buf + n, sizeof buf - n);
		n += strlen(buf + n);
		buf[n++] = '\n';
		buf[n] = 0;
	}
	return buf;
}

static char *run(const Module *m, const char *entry, const uint64_t *args, uint32_t nargs, int cancel, int repoll,
		 int *rc)
{
	Trace t;
	trace_init(&t);
	RunOptions o = {cancel, repoll, 0};
	int r = interp_run(m, entry, args, nargs, &o, &t);
	if (rc)
		*rc = r;
	char *s = trace_text(&t);
	trace_free(&t);
	return s;
}

/* fn add(_1: T, _2: T) -> T with a checked add and its assert. */
static Module *build_add(TypeKind k)
{
	Module *m = module_new("add");
	TypeId t = (TypeId)k, tup = type_tuple2(m, t, TY_BOOL);
	Fn *f = fn_new(m, "add", FN_SYNC);
	fn_add_local(f, t, NULL, 1);
	fn_add_local(f, t, "a", 0);
	fn_add_local(f, t, "b", 0);
	f->nargs = 2;
	LocalId c = fn_add_local(f, tup, NULL, 0);
	BlockId b0 = fn_add_block(f, 0), b1 = fn_add_block(f, 0);
	PlaceId pc = place_local(f, c);
	fn_push_stmt(f, b0, stmt_assign_binary(pc, RV_CHECKED, BIN_ADD, op_copy(place_local(f, 1)),
					       op_copy(place_local(f, 2))));
	fn_set_term(f, b0, fx_assert_add(f, place_project(f, pc, PROJ_FIELD, 1, TY_BOOL), op_copy(place_local(f, 1)),
					 op_copy(place_local(f, 2)), b1, UW_CONTINUE, NO_BLOCK));
	fn_push_stmt(f, b1, stmt_assign_use(place_local(f, 0), op_move(place_project(f, pc, PROJ_FIELD, 0, t))));
	fn_set_term(f, b1, term_simple(TK_RETURN));
	return m;
}

static void test_checked_add(void **state)
{
	(void)state;
	Module *m = build_add(TY_U8);
	uint64_t ok[2] = {1, 2}, ovf[2] = {200, 100};
	assert_string_equal(run(m, "add", ok, 2, -1, 0, NULL), "return 3\nresult 3\n");
	int rc;
	assert_string_equal(run(m, "add", ovf, 2, -1, 0, &rc),
			    "panic \"attempt to compute `200 + 100`, which would overflow\"\nresult panicked\n");
	assert_int_equal(rc, 0);
	module_free(m);

	m = build_add(TY_I16);
	uint64_t neg[2] = {(uint64_t)-30000, (uint64_t)-5000};
	assert_string_equal(run(m, "add", neg, 2, -1, 0, NULL),
			    "panic \"attempt to compute `-30000 + -5000`, which would overflow\"\nresult panicked\n");
	uint64_t fine[2] = {(uint64_t)-3, 1};
	assert_string_equal(run(m, "add", fine, 2, -1, 0, NULL), "return -2\nresult -2\n");
	module_free(m);
}

/* fn w(_1: i8) -> i8 { _0 = Sub(_1, 1) } wraps (release arithmetic). */
static void test_wrapping(void **state)
{
	(void)state;
	Module *m = module_new("w");
	Fn *f = fn_new(m, "w", FN_SYNC);
	fn_add_local(f, TY_I8, NULL, 1);
	fn_add_local(f, TY_I8, NULL, 0);
	f->nargs = 1;
	BlockId b = fn_add_block(f, 0);
	fn_push_stmt(f, b, stmt_assign_binary(place_local(f, 0), RV_BINARY, BIN_SUB, op_copy(place_local(f, 1)),
					      op_const(f, TY_I8, 1)));
	fn_set_term(f, b, term_simple(TK_RETURN));
	uint64_t a = (uint64_t)-128;
	assert_string_equal(run(m, "w", &a, 1, -1, 0, NULL), "return 127\nresult 127\n");
	module_free(m);
}

/* fn sum(n: u32) -> u32 { i = 0; s = 0; while i < n { i += 1; s += i } s } */
static void test_loop(void **state)
{
	(void)state;
	Module *m = module_new("sum");
	Fn *f = fn_new(m, "sum", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 1);
	fn_add_local(f, TY_U32, "n", 0);
	f->nargs = 1;
	LocalId i = fn_add_local(f, TY_U32, "i", 1), c = fn_add_local(f, TY_BOOL, NULL, 0);
	PlaceId pi = place_local(f, i), ps = place_local(f, 0), pc = place_local(f, c);
	BlockId b0 = fn_add_block(f, 0), head = fn_add_block(f, 0), body = fn_add_block(f, 0), exit = fn_add_block(f, 0);
	fn_push_stmt(f, b0, stmt_assign_use(pi, op_const(f, TY_U32, 0)));
	fn_push_stmt(f, b0, stmt_assign_use(ps, op_const(f, TY_U32, 0)));
	fn_set_term(f, b0, term_goto(head));
	fn_push_stmt(f, head, stmt_assign_binary(pc, RV_BINARY, BIN_LT, op_copy(pi), op_copy(place_local(f, 1))));
	SwitchArm arm = {0, exit};
	fn_set_term(f, head, fx_switch(f, op_move(pc), &arm, 1, body));
	fn_push_stmt(f, body, stmt_assign_binary(pi, RV_BINARY, BIN_ADD, op_copy(pi), op_const(f, TY_U32, 1)));
	fn_push_stmt(f, body, stmt_assign_binary(ps, RV_BINARY, BIN_ADD, op_copy(ps), op_copy(pi)));
	fn_set_term(f, body, term_goto(head));
	fn_set_term(f, exit, term_simple(TK_RETURN));
	uint64_t n = 10;
	assert_string_equal(run(m, "sum", &n, 1, -1, 0, NULL), "return 55\nresult 55\n");

	/* an endless loop ends in the step limit, not a hang */
	Fn *g = fn_new(m, "spin", FN_SYNC);
	fn_add_local(g, TY_UNIT, NULL, 1);
	BlockId gb = fn_add_block(g, 0);
	fn_set_term(g, gb, term_goto(gb));
	Trace t;
	trace_init(&t);
	RunOptions o = {-1, 0, 1000};
	assert_int_equal(interp_run(m, "spin", NULL, 0, &o, &t), -1);
	assert_string_equal(trace_text(&t), "step limit\n");
	trace_free(&t);
	module_free(m);
}

static const char *const fx_complete =
	"poll 1 -> Pending\nobserve 6\npoll 2 -> Pending\nobserve 12\nobserve 5\npoll 3 -> Ready(17)\n"
	"drop\nresult Ready(17)\n";

static void test_coroutine_body(void **state)
{
	(void)state;
	Module *m = fixture_build();
	uint64_t x = 5;
	assert_string_equal(run(m, "fx", &x, 1, -1, 0, NULL), fx_complete);
	/* cancelled: the suspended frame's drop path drops the guard */
	assert_string_equal(run(m, "fx", &x, 1, 0, 0, NULL), "drop\nresult cancelled\n");
	assert_string_equal(run(m, "fx", &x, 1, 1, 0, NULL), "poll 1 -> Pending\ndrop\nobserve 5\nresult cancelled\n");
	assert_string_equal(run(m, "fx", &x, 1, 2, 0, NULL),
			    "poll 1 -> Pending\nobserve 6\npoll 2 -> Pending\ndrop\nobserve 5\nresult cancelled\n");
	assert_string_equal(run(m, "fx", &x, 1, -1, 1, NULL),
			    "poll 1 -> Pending\nobserve 6\npoll 2 -> Pending\nobserve 12\nobserve 5\npoll 3 -> Ready(17)\n"
			    "panic \"`async fn` resumed after completion\"\nrepoll -> panicked\ndrop\nresult Ready(17)\n");
	module_free(m);
}

static const char *const fx_overflow =
	"panic \"attempt to compute `4294967295 + 1`, which would overflow\"\nobserve 4294967295\n"
	"poll 1 -> panicked\npanic \"`async fn` resumed after panicking\"\nrepoll -> panicked\ndrop\nresult panicked\n";

static void test_unwind(void **state)
{
	(void)state;
	Module *m = fixture_build();
	uint64_t x = UINT32_MAX;
	assert_string_equal(run(m, "fx", &x, 1, -1, 1, NULL), fx_overflow);
	module_free(m);
}

static void test_transformed(void **state)
{
	(void)state;
	Module *m = fixture_build();
	Diag d = {0};
	fixture_transform(m, &d);
	uint64_t x = 5, big = UINT32_MAX;
	assert_string_equal(run(m, "fx", &x, 1, -1, 0, NULL), fx_complete);
	assert_string_equal(run(m, "fx", &x, 1, 1, 0, NULL), "poll 1 -> Pending\ndrop\nobserve 5\nresult cancelled\n");
	assert_string_equal(run(m, "fx", &x, 1, 0, 0, NULL), "drop\nresult cancelled\n");
	assert_string_equal(run(m, "fx", &big, 1, -1, 1, NULL), fx_overflow);

	/* the state lives in the buffer's bytes: put a (u32) where g (Guard) is */
	Layout *l = m->coros[module_find_coro(m, "fx")].layout;
	l->saved[1].offset = l->saved[0].offset;
	assert_string_equal(run(m, "fx", &x, 1, -1, 0, NULL),
			    "poll 1 -> Pending\nobserve 6\npoll 2 -> Pending\nobserve 12\nobserve 6\npoll 3 -> Ready(17)\n"
			    "drop\nresult Ready(17)\n");
	/* an offset past the end of the buffer is an error, not a crash */
	l->saved[1].offset = 40;
	int rc;
	char *s = run(m, "fx", &x, 1, -1, 0, &rc);
	assert_int_equal(rc, -1);
	assert_non_null(strstr(s, "error \"out-of-bounds access"));
	module_free(m);
}

/* The executor drops a Ready value once it has printed it, as
 * tests/native/executor.rs's `run` does at the end of its `Poll::Ready(v)` arm:
 * a Guard in an async fn's result observes after the completing poll's event
 * and before the future's drop; a result without
 * drop glue adds no event. */
static void test_ready_value_dropped(void **state)
{
	(void)state;
	static const char src[] =
		"struct Pair { a: u32, g: Guard }\n"
		"async fn pair(n: u32) -> Option<Pair> { yield_now().await; Some(Pair { a: n, g: guard(n + 1) }) }\n"
		"async fn none(n: u32) -> Option<Pair> { if n > 0 { Some(Pair { a: n, g: guard(n) }) } else { None } }\n"
		"async fn plain(n: u32) -> u32 { let g = guard(n); yield_now().await; n }\n";
	BuildOptions o = {.jobs = 1};
	Diag d = {.file = "t.rs"};
	Module *m = frontend_lower("t.rs", src, sizeof src - 1, &o, &d);
	assert_non_null(m);
	uint64_t x = 3, zero = 0;
	assert_string_equal(run(m, "pair", &x, 1, -1, 0, NULL),
			    "poll 1 -> Pending\npoll 2 -> Ready(Some(Pair { a: 3, g: Guard(4) }))\nobserve 4\n"
			    "drop\nresult Ready(Some(Pair { a: 3, g: Guard(4) }))\n");
	assert_string_equal(run(m, "pair", &x, 1, 1, 0, NULL), "poll 1 -> Pending\ndrop\nresult cancelled\n");
	assert_string_equal(run(m, "none", &x, 1, -1, 0, NULL),
			    "poll 1 -> Ready(Some(Pair { a: 3, g: Guard(3) }))\nobserve 3\ndrop\n"
			    "result Ready(Some(Pair { a: 3, g: Guard(3) }))\n");
	assert_string_equal(run(m, "none", &zero, 1, -1, 0, NULL), "poll 1 -> Ready(None)\ndrop\nresult Ready(None)\n");
	assert_string_equal(run(m, "plain", &x, 1, -1, 0, NULL),
			    "poll 1 -> Pending\nobserve 3\npoll 2 -> Ready(3)\ndrop\nresult Ready(3)\n");
	module_free(m);
}

static void test_malformed(void **state)
{
	(void)state;
	Module *m = module_new("bad");
	Fn *f = fn_new(m, "noterm", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 1);
	fn_add_block(f, 0);
	Fn *g = fn_new(m, "badjump", FN_SYNC);
	fn_add_local(g, TY_U32, NULL, 1);
	fn_set_term(g, fn_add_block(g, 0), term_goto(7));
	Fn *h = fn_new(m, "unknown", FN_SYNC);
	fn_add_local(h, TY_UNIT, NULL, 1);
	BlockId hb = fn_add_block(h, 0);
	fn_set_term(h, hb, fx_call(h, place_local(h, 0), "nosuch", NULL, 0, hb, UW_CONTINUE, NO_BLOCK));
	Fn *k = fn_new(m, "badplace", FN_SYNC);
	fn_add_local(k, TY_U32, NULL, 1);
	BlockId kb = fn_add_block(k, 0);
	fn_push_stmt(k, kb, stmt_assign_use(99, op_const(k, TY_U32, 1)));
	fn_set_term(k, kb, term_simple(TK_RETURN));
	Fn *u = fn_new(m, "unreach", FN_SYNC);
	fn_add_local(u, TY_U32, NULL, 1);
	fn_set_term(u, fn_add_block(u, 0), term_simple(TK_UNREACHABLE));
	const char *names[] = {"noterm", "badjump", "unknown", "badplace", "unreach", "absent"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		int rc;
		char *s = run(m, names[i], NULL, 0, -1, 0, &rc);
		assert_int_equal(rc, -1);
		assert_true(strncmp(s, "error \"", 7) == 0);
	}
	module_free(m);
}

/* interp_run_schedules: every schedule's trace and result, from one run
 * copied at each cancel point, equal interp_run's with that schedule's
 * options; each schedule is delivered once. */
typedef struct SchedCheck {
	const Module *m;
	const char *entry;
	const uint64_t *args;
	uint32_t nargs, ncancel;
	uint32_t seen[16];
} SchedCheck;

static void sched_done(void *vctx, uint32_t si, Trace *t, int rc)
{
	SchedCheck *c = vctx;
	assert_true(si < 2 + c->ncancel);
	c->seen[si]++;
	char got[8192];
	snprintf(got, sizeof got, "%s", trace_text(t));
	uint32_t polls = t->polls, done_at = t->done_at_poll;
	Trace w;
	trace_init(&w);
	RunOptions o = {si >= 2 ? (int)(si - 2) : -1, si == 1, 0};
	int wrc = interp_run(c->m, c->entry, c->args, c->nargs, &o, &w);
	assert_string_equal(got, trace_text(&w));
	assert_int_equal(rc, wrc);
	assert_int_equal(polls, w.polls);
	assert_int_equal(done_at, w.done_at_poll);
	trace_free(&w);
}

static void check_schedules(const Module *m, const char *entry, const uint64_t *args, uint32_t nargs,
			    uint32_t ncancel)
{
	SchedCheck c = {m, entry, args, nargs, ncancel, {0}};
	interp_run_schedules(m, entry, args, nargs, 0, ncancel, NULL, sched_done, &c);
	for (uint32_t i = 0; i < 2 + ncancel; i++)
		assert_int_equal(c.seen[i], 1);
	/* every other schedule skipped: the rest delivered once, the same */
	uint8_t skip[16] = {0};
	for (uint32_t i = 0; i < 2 + ncancel; i += 2)
		skip[i] = 1;
	memset(c.seen, 0, sizeof c.seen);
	interp_run_schedules(m, entry, args, nargs, 0, ncancel, skip, sched_done, &c);
	for (uint32_t i = 0; i < 2 + ncancel; i++)
		assert_int_equal(c.seen[i], !skip[i]);
}

static void test_run_schedules(void **state)
{
	(void)state;
	uint64_t x = 5, big = UINT32_MAX;
	for (int transformed = 0; transformed < 2; transformed++) {
		Module *m = fixture_build();
		if (transformed) {
			Diag d = {0};
			fixture_transform(m, &d);
		}
		/* cancel points before, at and past the completing poll (3) */
		check_schedules(m, "fx", &x, 1, 6);
		check_schedules(m, "fx", &x, 1, 0);
		check_schedules(m, "fx", &big, 1, 3); /* the first poll panics */
		check_schedules(m, "absent", NULL, 0, 2);
		if (transformed) { /* an error in the second poll: every later schedule ends there */
			m->coros[module_find_coro(m, "fx")].layout->saved[1].offset = 40;
			check_schedules(m, "fx", &x, 1, 4);
		}
		module_free(m);
	}
	static const char src[] =
		"async fn pair(n: u32) -> u32 { let g = guard(n); yield_now().await; let h = guard(n + 1);\n"
		"    yield_now().await; let d = 10u32 / (4 - n); n + d }\n";
	BuildOptions o = {.jobs = 1};
	Diag d = {.file = "t.rs"};
	Module *m = frontend_lower("t.rs", src, sizeof src - 1, &o, &d);
	assert_non_null(m);
	uint64_t a = 2, b = 4; /* b: the third poll panics, two guards observe */
	check_schedules(m, "pair", &a, 1, 4);
	check_schedules(m, "pair", &b, 1, 4);
	module_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_checked_add),   cmocka_unit_test(test_wrapping),
		cmocka_unit_test(test_loop),          cmocka_unit_test(test_coroutine_body),
		cmocka_unit_test(test_unwind),        cmocka_unit_test(test_transformed),
		cmocka_unit_test(test_malformed),     cmocka_unit_test(test_ready_value_dropped),
		cmocka_unit_test(test_run_schedules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
