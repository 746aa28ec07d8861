/* test_check.c — the differential checker: the allowed-difference relation,
 * the hand-built fixture through a hand-written transform (must be ok), each
 * deliberately broken pass reported at its first differing event, and the
 * run/check commands on the .mir files of tests/run/ (run from the repo root). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "coro_fixture.h"
#include "../../ir/interp.h"

/* ---------------------------------------------------------------------- */
/* trace_equivalent                                                       */
/* ---------------------------------------------------------------------- */

/* A trace from lines "poll 1 -> Pending", "observe 3", "panic \"m\"", "repoll -> X". */
static void make_trace(Trace *t, const char *const *lines, uint32_t n)
{
	trace_init(t);
	for (uint32_t i = 0; i < n; i++) {
		const char *l = lines[i];
		unsigned k;
		if (sscanf(l, "poll %u -> ", &k) == 1) {
			const char *v = strstr(l, "-> ") + 3;
			trace_push(t, EV_POLL, k, "%s", v);
			t->polls = k;
			if (strcmp(v, "Pending") != 0 && !t->done_at_poll)
				t->done_at_poll = k;
		} else if (strncmp(l, "repoll -> ", 10) == 0) {
			trace_push(t, EV_REPOLL, 0, "%s", l + 10);
		} else if (strncmp(l, "observe ", 8) == 0) {
			trace_push(t, EV_OBSERVE, 0, "%s", l + 8);
		} else if (strncmp(l, "panic ", 6) == 0) {
			trace_push(t, EV_PANIC, 0, "%.*s", (int)strlen(l + 7) - 1, l + 7);
		} else if (strncmp(l, "abort ", 6) == 0) {
			trace_push(t, EV_ABORT, 0, "%.*s", (int)strlen(l + 7) - 1, l + 7);
		} else if (strncmp(l, "extern ", 7) == 0) {
			trace_push(t, EV_EXTERN, 0, "%s", l + 7);
		} else if (strcmp(l, "drop") == 0) {
			trace_push(t, EV_DROP, 0, NULL);
		} else if (strncmp(l, "result ", 7) == 0) {
			trace_push(t, EV_RESULT, 0, "%s", l + 7);
		} else {
			fail_msg("bad trace line %s", l);
		}
	}
}

#define N(a) (uint32_t)(sizeof(a) / sizeof *(a))

static int equiv(const char *const *w, uint32_t nw, const char *const *g, uint32_t ng, int release, uint32_t *at)
{
	Trace tw, tg;
	make_trace(&tw, w, nw);
	make_trace(&tg, g, ng);
	BuildOptions o = {.release = release};
	int r = trace_equivalent(&tw, &tg, &o, at);
	trace_free(&tw);
	trace_free(&tg);
	return r;
}

/* panic=abort: the illegal poll's panic ends the run; panic-to-pending (release)
 * and a stateless future (any build) answer it, then only drop and result follow. */
static void test_relation_abort(void **state)
{
	(void)state;
	uint32_t at = 99;
	static const char *const want[] = {"poll 1 -> Pending", "poll 2 -> Ready(1)",
					   "panic \"`async fn` resumed after completion\"",
					   "abort \"panic in a function that cannot unwind\""};
	static const char *const pending[] = {"poll 1 -> Pending", "poll 2 -> Ready(1)", "repoll -> Pending", "drop",
					      "result Ready(1)"};
	static const char *const effect[] = {"poll 1 -> Pending", "poll 2 -> Ready(1)", "repoll -> Pending",
					     "observe 7", "drop", "result Ready(1)"};
	assert_true(equiv(want, N(want), pending, N(pending), 1, &at));
	assert_false(equiv(want, N(want), pending, N(pending), 0, &at)); /* debug keeps the panic */
	assert_false(equiv(want, N(want), effect, N(effect), 1, &at));
	static const char *const want1[] = {"poll 1 -> Ready(4)", "panic \"`async fn` resumed after completion\"",
					    "abort \"panic in a function that cannot unwind\""};
	static const char *const again[] = {"poll 1 -> Ready(4)", "repoll -> Ready(4)", "drop", "result Ready(4)"};
	static const char *const other[] = {"poll 1 -> Ready(4)", "repoll -> Ready(5)", "drop", "result Ready(4)"};
	assert_true(equiv(want1, N(want1), again, N(again), 0, &at));
	assert_false(equiv(want1, N(want1), other, N(other), 0, &at));
}

/* The executor drops a Ready poll's value after its event: a (b) or (d) re-poll that answers Ready
 * drops its value too. (b): the same value, so the same events again; (d): any value of the same type
 * (imported code's `extern drop T(H)`, H the value's hash); anything else is a difference. */
static void test_relation_ready_value_drop(void **state)
{
	(void)state;
	uint32_t at = 99;
	static const char *const want[] = {"poll 1 -> Ready(4)", "observe 9",
					   "panic \"`async fn` resumed after completion\"", "repoll -> panicked", "drop",
					   "result Ready(4)"};
	static const char *const again[] = {"poll 1 -> Ready(4)", "observe 9", "repoll -> Ready(4)", "observe 9",
					    "drop", "result Ready(4)"};
	static const char *const other[] = {"poll 1 -> Ready(4)", "observe 9", "repoll -> Ready(4)", "observe 8",
					    "drop", "result Ready(4)"};
	static const char *const twice[] = {"poll 1 -> Ready(4)", "observe 9", "repoll -> Ready(4)", "observe 9",
					    "observe 9", "drop", "result Ready(4)"};
	assert_true(equiv(want, N(want), again, N(again), 0, &at));
	assert_false(equiv(want, N(want), other, N(other), 0, &at));
	assert_false(equiv(want, N(want), twice, N(twice), 0, &at));
	static const char *const wd[] = {"extern poll Tick(0000002a) -> Ready(00000007)", "poll 1 -> Ready(<R 00000007>)",
					 "extern drop R(00000007)", "panic \"`async fn` resumed after completion\"",
					 "repoll -> panicked", "drop", "result Ready(<R 00000007>)"};
	static const char *const gd[] = {"extern poll Tick(0000002a) -> Ready(00000007)", "poll 1 -> Ready(<R 00000007>)",
					 "extern drop R(00000007)", "extern poll Tick(0000002a) -> Ready(00000011)",
					 "repoll -> Ready(<R 00000011>)", "extern drop R(00000011)", "drop",
					 "result Ready(<R 00000007>)"};
	static const char *const gd_type[] = {"extern poll Tick(0000002a) -> Ready(00000007)",
					      "poll 1 -> Ready(<R 00000007>)", "extern drop R(00000007)",
					      "extern poll Tick(0000002a) -> Ready(00000011)", "repoll -> Ready(<R 00000011>)",
					      "extern drop S(00000011)", "drop", "result Ready(<R 00000007>)"};
	assert_true(equiv(wd, N(wd), gd, N(gd), 0, &at));
	assert_false(equiv(wd, N(wd), gd_type, N(gd_type), 0, &at));
}

/* (d): the illegal poll forwarded to the external future C awaited last (form B over a
 * future that is not a coroutine): that future's poll in the state `want` polled it,
 * then any answer; nothing between the two, no other future, no other state. */
static void test_relation_forward(void **state)
{
	(void)state;
	uint32_t at = 99;
	static const char *const want[] = {"extern poll Tick(0000002a) -> Pending", "poll 1 -> Pending",
					   "extern poll Tick(0000002a) -> Ready(00000007)", "poll 2 -> Ready(8)",
					   "panic \"`async fn` resumed after completion\"", "repoll -> panicked", "drop",
					   "result Ready(8)"};
	static const char *const fwd[] = {"extern poll Tick(0000002a) -> Pending", "poll 1 -> Pending",
					  "extern poll Tick(0000002a) -> Ready(00000007)", "poll 2 -> Ready(8)",
					  "extern poll Tick(0000002a) -> Ready(00000011)", "repoll -> Ready(18)", "drop",
					  "result Ready(8)"};
	static const char *const other_state[] = {"extern poll Tick(0000002a) -> Pending", "poll 1 -> Pending",
						  "extern poll Tick(0000002a) -> Ready(00000007)", "poll 2 -> Ready(8)",
						  "extern poll Tick(0000002b) -> Ready(00000011)", "repoll -> Ready(18)",
						  "drop", "result Ready(8)"};
	static const char *const other_future[] = {"extern poll Tick(0000002a) -> Pending", "poll 1 -> Pending",
						   "extern poll Tick(0000002a) -> Ready(00000007)", "poll 2 -> Ready(8)",
						   "extern poll Tock(0000002a) -> Ready(00000011)", "repoll -> Ready(18)",
						   "drop", "result Ready(8)"};
	static const char *const effect[] = {"extern poll Tick(0000002a) -> Pending", "poll 1 -> Pending",
					     "extern poll Tick(0000002a) -> Ready(00000007)", "poll 2 -> Ready(8)",
					     "extern poll Tick(0000002a) -> Ready(00000011)", "observe 1",
					     "repoll -> Ready(18)", "drop", "result Ready(8)"};
	assert_true(equiv(want, N(want), fwd, N(fwd), 0, &at));
	assert_true(equiv(want, N(want), fwd, N(fwd), 1, &at));
	assert_false(equiv(want, N(want), other_state, N(other_state), 0, &at));
	assert_int_equal(at, 4);
	assert_false(equiv(want, N(want), other_future, N(other_future), 0, &at));
	assert_false(equiv(want, N(want), effect, N(effect), 0, &at));
	/* not at a legal poll: only the extra poll of the repoll schedule */
	static const char *const early[] = {"extern poll Tick(0000002a) -> Pending", "poll 1 -> Pending",
					    "extern poll Tick(0000002a) -> Pending", "poll 2 -> Pending"};
	assert_false(equiv(want, N(want), early, N(early), 0, &at));
	/* panic=abort: the panic and the abort, then only the drop and the result */
	static const char *const wa[] = {"extern poll Tick(0000002a) -> Ready(00000007)", "poll 1 -> Ready(8)",
					 "panic \"`async fn` resumed after completion\"",
					 "abort \"panic in a function that cannot unwind\""};
	static const char *const ga[] = {"extern poll Tick(0000002a) -> Ready(00000007)", "poll 1 -> Ready(8)",
					 "extern poll Tick(0000002a) -> Pending", "repoll -> Pending", "drop",
					 "result Ready(8)"};
	static const char *const gb[] = {"extern poll Tick(0000002a) -> Ready(00000007)", "poll 1 -> Ready(8)",
					 "extern poll Tick(0000002a) -> Pending", "repoll -> Pending", "observe 1",
					 "result Ready(8)"};
	assert_true(equiv(wa, N(wa), ga, N(ga), 0, &at));
	assert_false(equiv(wa, N(wa), gb, N(gb), 0, &at));
}

static void test_relation(void **state)
{
	(void)state;
	uint32_t at = 99;
	static const char *const want[] = {"poll 1 -> Pending", "observe 3", "poll 2 -> Ready(4)",
					   "panic \"`async fn` resumed after completion\"", "repoll -> panicked",
					   "drop", "result Ready(4)"};
	static const char *const pending[] = {"poll 1 -> Pending", "observe 3", "poll 2 -> Ready(4)",
					      "repoll -> Pending", "drop", "result Ready(4)"};
	static const char *const again[] = {"poll 1 -> Pending", "observe 3", "poll 2 -> Ready(4)",
					    "repoll -> Ready(4)", "drop", "result Ready(4)"};
	static const char *const early[] = {"poll 1 -> Pending", "poll 2 -> Ready(4)", "observe 3"};
	assert_true(equiv(want, N(want), want, N(want), 0, &at));
	/* (a) panic-to-pending: release only */
	assert_true(equiv(want, N(want), pending, N(pending), 1, &at));
	assert_false(equiv(want, N(want), pending, N(pending), 0, &at));
	assert_int_equal(at, 3);
	/* (b) the same value again, for a future done at any poll (elide-awaitless,
	 * inline-single-await's form B over a future that answers Ready again) */
	static const char *const again5[] = {"poll 1 -> Pending", "observe 3", "poll 2 -> Ready(4)",
					     "repoll -> Ready(5)", "drop", "result Ready(4)"};
	assert_true(equiv(want, N(want), again, N(again), 0, &at));
	assert_false(equiv(want, N(want), again5, N(again5), 1, &at));
	assert_int_equal(at, 3);
	static const char *const w1[] = {"poll 1 -> Ready(4)", "panic \"`async fn` resumed after completion\"",
					 "repoll -> panicked", "drop", "result Ready(4)"};
	static const char *const g1[] = {"poll 1 -> Ready(4)", "repoll -> Ready(4)", "drop", "result Ready(4)"};
	static const char *const g2[] = {"poll 1 -> Ready(4)", "repoll -> Ready(5)", "drop", "result Ready(4)"};
	static const char *const g3[] = {"poll 1 -> Ready(4)", "observe 1", "repoll -> Ready(4)", "drop",
					 "result Ready(4)"};
	assert_true(equiv(w1, N(w1), g1, N(g1), 0, &at));
	assert_false(equiv(w1, N(w1), g2, N(g2), 0, &at));
	assert_false(equiv(w1, N(w1), g3, N(g3), 0, &at));
	assert_int_equal(at, 1);
	/* after a panic: Pending in release, never a value */
	static const char *const wp[] = {"panic \"x\"", "poll 1 -> panicked",
					 "panic \"`async fn` resumed after panicking\"", "repoll -> panicked", "drop",
					 "result panicked"};
	static const char *const gp[] = {"panic \"x\"", "poll 1 -> panicked", "repoll -> Pending", "drop",
					 "result panicked"};
	assert_true(equiv(wp, N(wp), gp, N(gp), 1, &at));
	assert_false(equiv(wp, N(wp), gp, N(gp), 0, &at));
	/* anything else is a difference, reported at its index in `want` */
	assert_false(equiv(want, N(want), early, N(early), 1, &at));
	assert_int_equal(at, 1);
	assert_false(equiv(want, N(want), want, N(want) - 1, 1, &at));
	assert_int_equal(at, N(want) - 1);
}

/* ---------------------------------------------------------------------- */
/* check_spec on the fixture                                              */
/* ---------------------------------------------------------------------- */

static Module *build_fixture(void *ctx, const BuildOptions *o, Diag *d)
{
	(void)ctx, (void)d;
	Module *m = fixture_build();
	m->release = (uint8_t)o->release;
	return m;
}

/* Run check_spec with the given passes; returns its output (static buffer). */
static char *check_fixture(const Pass *const *passes, uint32_t n, int release, int *rc)
{
	static char buf[16384];
	static uint64_t five[] = {5};
	static const CheckArgs args[] = {{"fx", five, 1, NULL, 0, 0}};
	CheckSpec s = {.file = "fixture", .build = build_fixture, .transform = fixture_transform, .passes = passes,
		       .npasses = n, .args = args, .nargs = 1};
	BuildOptions o = {.release = release};
	FILE *out = tmpfile();
	assert_non_null(out);
	*rc = check_spec(&s, &o, out);
	rewind(out);
	size_t len = fread(buf, 1, sizeof buf - 1, out);
	buf[len] = 0;
	fclose(out);
	return buf;
}

static const Pass *broken(const char *name)
{
	for (uint32_t i = 0; i < nbroken_passes; i++)
		if (strcmp(broken_passes[i].name, name) == 0)
			return &broken_passes[i];
	fail_msg("no broken pass %s", name);
	return NULL;
}

static void test_fixture_ok(void **state)
{
	(void)state;
	int rc;
	/* P = 3 polls: complete, repoll, cancel after 0, 1, 2 */
	assert_string_equal(check_fixture(NULL, 0, 0, &rc), "check fixture: 1 fns, 5 schedules, 1 stages: ok\n");
	assert_int_equal(rc, 0);
}

static void test_broken_swap(void **state)
{
	(void)state;
	int rc;
	const Pass *p = broken("broken-swap-states");
	char *s = check_fixture(&p, 1, 0, &rc);
	assert_int_equal(rc, 1);
	/* the verifier after the pass (check verifies each stage) sees state 3's
	 * arm read a saved local that variant 3 does not hold (issue 23): the
	 * stage is rejected before any schedule runs state 4's code in state 3 */
	assert_non_null(strstr(s, "fixture: stage broken-swap-states: after broken-swap-states: fn fx::{closure#0}: "
				  "bb6: the arm of state 3 (Suspend0) reads _s2, which that state does not hold (the arm "
				  "is another state's code)\n"));
	assert_null(strstr(s, "schedule complete: after broken-swap-states"));
	assert_non_null(strstr(s, "check fixture: 1 fns, 5 schedules, 2 stages: FAILED\n"));
}

static void test_broken_early_drop(void **state)
{
	(void)state;
	int rc;
	const Pass *p = broken("broken-early-guard-drop");
	char *s = check_fixture(&p, 1, 0, &rc);
	assert_int_equal(rc, 1);
	assert_non_null(strstr(s, "fixture: fn fx: schedule complete: after broken-early-guard-drop: first difference "
				  "at event #3: expected poll 2 -> Pending, got observe 5\n"));
	/* cancelled in state 4, the guard is dropped twice */
	assert_non_null(strstr(s, "fixture: fn fx: schedule cancel after 2: after broken-early-guard-drop: first "
				  "difference at event #3: expected poll 2 -> Pending, got observe 5\n"));
	/* cancelled in state 3 it is still right */
	assert_null(strstr(s, "schedule cancel after 1:"));
}

static void test_broken_overlap(void **state)
{
	(void)state;
	int rc;
	const Pass *p = broken("broken-overlap-locals");
	char *s = check_fixture(&p, 1, 0, &rc);
	assert_int_equal(rc, 1);
	/* the verifier recomputes the layout's overlaps (issue 23): the stage is
	 * rejected before any run could read one local's bytes as the other's */
	assert_non_null(strstr(s, "fixture: stage broken-overlap-locals: after broken-overlap-locals: coroutine fx: "
				  "_s0 and _s1 are in conflict but share bytes 4..8\n")); /* g's bytes (rustc's placement) */
	assert_non_null(strstr(s, "check fixture: 1 fns, 5 schedules, 2 stages: FAILED\n"));
}

/* ---------------------------------------------------------------------- */
/* The commands on tests/run/                                             */
/* ---------------------------------------------------------------------- */

static char *slurp(const char *path)
{
	static char buf[4][8192];
	static int k;
	char *b = buf[k++ % 4];
	FILE *f = fopen(path, "rb");
	if (!f) {
		fail_msg("cannot open %s (run from the repository root)", path);
		return NULL;
	}
	size_t n = fread(b, 1, sizeof buf[0] - 1, f);
	b[n] = 0;
	fclose(f);
	return b;
}

static char *capture_run(const char *path, const char *entry, const char *args, int cancel, int repoll, int *rc)
{
	static char buf[8192];
	BuildOptions o = {.release = 0};
	FILE *out = tmpfile();
	*rc = run_file(path, entry, args, &o, cancel, repoll, out, out);
	rewind(out);
	size_t n = fread(buf, 1, sizeof buf - 1, out);
	buf[n] = 0;
	fclose(out);
	return buf;
}

static char *capture_check(const char *path, const char *passes, int *rc)
{
	static char buf[16384];
	BuildOptions o = {.release = 0};
	FILE *out = tmpfile();
	*rc = check_module_file(path, passes, &o, out, out);
	rewind(out);
	size_t n = fread(buf, 1, sizeof buf - 1, out);
	buf[n] = 0;
	fclose(out);
	return buf;
}

static void test_run_swapped_mir(void **state)
{
	(void)state;
	int rc;
	char *s = capture_run("tests/run/two_await.mir", "foo", NULL, -1, 0, &rc);
	assert_int_equal(rc, 0);
	assert_string_equal(s, slurp("tests/run/two_await.out"));
	/* its resume switch's arms of states 3 and 4 swapped: `run` returned
	 * Ready(1) one poll early with exit 0; the verifier rejects it now */
	s = capture_run("tests/run/two_await_swapped.mir", "foo", NULL, -1, 0, &rc);
	assert_int_equal(rc, 1);
	assert_string_equal(s, slurp("tests/run/two_await_swapped.out"));
	assert_non_null(strstr(s, "tests/run/two_await_swapped.mir:"));
	assert_non_null(strstr(s, ": error: after input: fn foo::{closure#0}: bb16: the arm of state 3 (Suspend0) reads "
				  "_s2, which that state does not hold"));
	assert_string_not_equal(slurp("tests/run/two_await.out"), slurp("tests/run/two_await_swapped.out"));
}

static void test_check_mir(void **state)
{
	(void)state;
	int rc;
	char *s = capture_check("tests/run/two_await_body.mir", "none", &rc);
	assert_string_equal(s, "check tests/run/two_await_body.mir: 2 fns, 9 schedules, 1 stages: ok\n");
	assert_int_equal(rc, 0);
	/* the product knows no broken pass: only the pipeline's names */
	s = capture_check("tests/run/two_await_body.mir", "broken-swap-states", &rc);
	assert_int_equal(rc, 1);
	assert_string_equal(s, "tests/run/two_await_body.mir: error: unknown pass 'broken-swap-states'\n");
	check_extra_passes = broken_passes; /* as build/tests/coroslim-broken does */
	ncheck_extra_passes = nbroken_passes;
	s = capture_check("tests/run/two_await_body.mir", "broken-swap-states", &rc);
	check_extra_passes = NULL;
	ncheck_extra_passes = 0;
	assert_int_equal(rc, 1);
	assert_non_null(strstr(s, "tests/run/two_await_body.mir: stage broken-swap-states: after broken-swap-states: fn "
				  "foo::{closure#0}: bb16: the arm of state 3 (Suspend0) reads _s2, which that state does "
				  "not hold (the arm is another state's code)\n"));
	assert_null(strstr(s, "schedule complete: after broken-swap-states"));
	assert_non_null(strstr(s, "check tests/run/two_await_body.mir: 2 fns, 9 schedules, 2 stages: FAILED\n"));
	s = capture_check("tests/run/two_await.mir", "none", &rc);
	assert_int_equal(rc, 1);
	assert_string_equal(s, "tests/run/two_await.mir: error: check needs a module before the state transform\n");
	s = capture_check("tests/run/two_await_body.mir", "no-such-pass", &rc);
	assert_int_equal(rc, 1);
	assert_string_equal(s, "tests/run/two_await_body.mir: error: unknown pass 'no-such-pass'\n");
}

/* Imported code (issue 24 item 3): rustc's own bodies through check with external
 * events; a pass that drops or reorders a call to another crate is caught there. */
static void test_check_imported(void **state)
{
	(void)state;
	int rc;
	char *s = capture_check("tests/import/check_dump", "all", &rc);
	assert_int_equal(rc, 0);
	assert_non_null(strstr(s, "check tests/import/check_dump: 5 coroutine bodies (rustc's before StateTransform), 0 "
				  "not imported; executed under every schedule: 5 (17 schedules), not executable by the "
				  "model: 0; ok\n"));
	check_extra_passes = broken_passes;
	ncheck_extra_passes = nbroken_passes;
	s = capture_check("tests/import/check_dump", "broken-swap-extern-calls", &rc);
	assert_int_equal(rc, 1);
	assert_non_null(strstr(s, "tests/import/check_dump/calls.StateTransform.before.mir: FAILED\n"));
	/* verified, changed, executed, schedules, differing */
	assert_non_null(strstr(s, "       5        1        5        17        3 "));
	s = capture_check("tests/import/check_dump", "broken-drop-extern-call", &rc);
	assert_int_equal(rc, 1);
	assert_non_null(strstr(s, "tests/import/check_dump/calls.StateTransform.before.mir: FAILED\n"));
	assert_non_null(strstr(s, "tests/import/check_dump/owned.StateTransform.before.mir: FAILED\n"));
	check_extra_passes = NULL;
	ncheck_extra_passes = 0;
	/* the first difference, as the verbose form prints it: the dropped tick() */
	const Pass *p = broken("broken-drop-extern-call");
	BuildOptions o = {.release = 0};
	FILE *out = tmpfile();
	rc = check_dump_dir("tests/import/check_dump", &p, 1, &o, out, out, 1);
	rewind(out);
	static char buf[65536];
	size_t n = fread(buf, 1, sizeof buf - 1, out);
	buf[n] = 0;
	fclose(out);
	s = buf;
	assert_int_equal(rc, 1);
	assert_non_null(strstr(s, "calls.StateTransform.before.mir: fn entry calls: schedule complete: after "
				  "broken-drop-extern-call: first difference at event #2: expected extern call tick(args "
				  "84222325) -> ebb53c30, got extern call tock(args 84222325) -> 7506b2a9\n"));
}

/* ---------------------------------------------------------------------- */
/* The executor's memory: sparse allocations read as dense ones           */
/* ---------------------------------------------------------------------- */

static uint32_t xorshift(uint64_t *s)
{
	*s ^= *s << 13, *s ^= *s >> 7, *s ^= *s << 17;
	return (uint32_t)*s;
}

/* Random writes (a third of them zeros), reads and copies (overlapping ones
 * within one allocation, spans across pages, empty ones) on two sparse
 * allocations (ALLOC_SPARSE_MIN bytes and more) and a dense one, against
 * plain byte arrays: every read and the final bytes must agree. */
static void test_sparse_memory(void **state)
{
	(void)state;
	Interp *I = calloc(1, sizeof *I);
	assert_non_null(I);
	enum { NA = 3 };
	const uint32_t size[NA] = {5000, ALLOC_SPARSE_MIN, ALLOC_SPARSE_MIN - 324};
	uint64_t addr[NA], seed = 88172645463325252ull;
	uint8_t *ref[NA];
	for (int i = 0; i < NA; i++) {
		addr[i] = mem_alloc(I, size[i]);
		ref[i] = calloc(1, size[i]);
	}
	assert_true(I->allocs[ALLOC_ID(addr[0])].sparse && I->allocs[ALLOC_ID(addr[1])].sparse);
	assert_false(I->allocs[ALLOC_ID(addr[2])].sparse);
	for (int it = 0; it < 200000; it++) {
		uint32_t op = xorshift(&seed) % 3, i = xorshift(&seed) % NA, j = xorshift(&seed) % NA;
		uint32_t n = 1 + xorshift(&seed) % 8, off = xorshift(&seed) % (size[i] - n + 1);
		if (op == 0) {
			uint64_t v = xorshift(&seed) % 3 ? (uint64_t)xorshift(&seed) << 32 | xorshift(&seed) : 0;
			mem_write(I, addr[i] + off, n, v);
			for (uint32_t k = 0; k < n; k++)
				ref[i][off + k] = (uint8_t)(v >> (8 * k));
		} else if (op == 1) {
			uint64_t want = 0;
			for (uint32_t k = 0; k < n; k++)
				want |= (uint64_t)ref[i][off + k] << (8 * k);
			assert_int_equal(mem_read(I, addr[i] + off, n), want);
		} else {
			uint32_t most = size[i] < size[j] ? size[i] : size[j];
			uint32_t len = xorshift(&seed) % (most + 1);
			if (xorshift(&seed) % 2)
				len %= 200;
			uint32_t from = xorshift(&seed) % (size[j] - len + 1), to = xorshift(&seed) % (size[i] - len + 1);
			mem_copy(I, addr[i] + to, addr[j] + from, len);
			memmove(ref[i] + to, ref[j] + from, len);
		}
	}
	for (int i = 0; i < NA; i++) {
		for (uint32_t k = 0; k < size[i]; k++)
			assert_int_equal(mem_read(I, addr[i] + k, 1), ref[i][k]);
		mem_free(I, addr[i]);
		free(ref[i]);
	}
	free(I->allocs);
	free(I->free_ids);
	free(I);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_relation),
		cmocka_unit_test(test_relation_forward),
		cmocka_unit_test(test_relation_ready_value_drop),
		cmocka_unit_test(test_sparse_memory),
		cmocka_unit_test(test_relation_abort),       cmocka_unit_test(test_fixture_ok),
		cmocka_unit_test(test_broken_swap),    cmocka_unit_test(test_broken_early_drop),
		cmocka_unit_test(test_broken_overlap), cmocka_unit_test(test_run_swapped_mir),
		cmocka_unit_test(test_check_mir),      cmocka_unit_test(test_check_imported),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
