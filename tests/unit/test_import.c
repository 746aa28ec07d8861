/* test_import.c — ir/import.c on rustc's own MIR (tests/import/shapes.mir, the
 * MIR of tests/import/shapes.rs): what is recognised, the round trip through
 * print_fn, verify_module before and after panic-to-pending, the report's
 * detections, and hostile input (every error a located message, no crash).
 * Run from the repository root. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../measure/measure.h"

#define SHAPES "tests/import/shapes.mir"

static char *load(const char *path, size_t *len)
{
	Diag d = {0};
	char *src = file_read(path, len, &d);
	if (!src)
		fail_msg("%s: %s", path, d.msg);
	return src;
}

static const ImportedCoro *find(const Import *im, const char *name)
{
	for (uint32_t i = 0; i < im->ncoros; i++)
		if (strcmp(im->coros[i].name, name) == 0)
			return &im->coros[i];
	fail_msg("no coroutine %s", name);
	return NULL;
}

static uint32_t arms_at_least(const Fn *f, uint64_t v)
{
	const Term *t = &f->blocks[0].term;
	uint32_t n = 0;
	for (uint32_t i = 0; i < t->nargs; i++)
		n += f->arms[t->args + i].value >= v;
	return n;
}

static void test_shapes(void **state)
{
	(void)state;
	size_t len;
	char *src = load(SHAPES, &len);
	Import *im = import_mir(SHAPES, src, len);
	assert_int_equal(im->ncoros, 9);
	for (uint32_t i = 0; i < im->ncoros; i++) {
		assert_non_null(im->coros[i].fn);
		assert_null(im->coros[i].why);
		assert_int_equal(im->coros[i].fn->kind, FN_RESUME);
	}
	/* states = switch arms >= 3 */
	assert_int_equal(arms_at_least(find(im, "constant::{closure#0}")->fn, STATE_FIRST_SUSPEND), 0);
	assert_int_equal(arms_at_least(find(im, "forward::{closure#0}")->fn, STATE_FIRST_SUSPEND), 1);
	assert_int_equal(arms_at_least(find(im, "two::{closure#0}")->fn, STATE_FIRST_SUSPEND), 2);
	assert_int_equal(arms_at_least(find(im, "arms::{closure#0}")->fn, STATE_FIRST_SUSPEND), 2);
	/* the resumed-after asserts are recognised as such */
	const Fn *f = find(im, "two::{closure#0}")->fn;
	int ret = 0, pan = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		ret += t->kind == TK_ASSERT && t->msg == AK_RESUMED_AFTER_RETURN;
		pan += t->kind == TK_ASSERT && t->msg == AK_RESUMED_AFTER_PANIC;
	}
	assert_int_equal(ret, 1);
	assert_int_equal(pan, 1);
	/* the coroutine got its output, upvars and a layout from the body */
	const Coroutine *c = &im->m->coros[f->coro];
	assert_int_equal(c->output, TY_U32);
	assert_int_equal(c->nupvars, 1);
	assert_string_equal(c->upvars[0].name, "x");
	assert_non_null(c->layout);
	assert_int_equal(c->layout->nvariants, 5);
	/* opaque statements are counted and carry their text */
	const Fn *g = find(im, "looped::{closure#0}")->fn;
	uint32_t opaque = 0;
	for (BlockId b = 0; b < g->nblocks; b++)
		for (uint32_t i = 0; i < g->blocks[b].nstmts; i++)
			if (import_opaque_stmt(g, &g->blocks[b].stmts[i]))
				opaque++;
	assert_true(opaque + find(im, "looped::{closure#0}")->c.opaque_terms > 0);
	assert_int_equal(opaque, find(im, "looped::{closure#0}")->c.opaque_stmts);
	import_free(im);
	free(src);
}

static void test_round_trip_and_verify(void **state)
{
	(void)state;
	size_t len;
	char *src = load(SHAPES, &len);
	Import *im = import_mir(SHAPES, src, len);
	Diag d = {0};
	for (uint32_t i = 0; i < im->ncoros; i++) {
		memset(&d, 0, sizeof d);
		if (import_roundtrip(im->coros[i].fn, &d) != 0)
			fail_msg("round trip: %s", d.msg);
	}
	memset(&d, 0, sizeof d);
	if (verify_module(im->m, "import", &d) != 0)
		fail_msg("verify: %s", d.msg);
	/* panic-to-pending runs on imported fns and leaves them verifiable */
	BuildOptions rel = {.release = 1};
	assert_int_equal(pass_run(im->m, pass_find("panic-to-pending"), &rel), im->ncoros);
	memset(&d, 0, sizeof d);
	if (verify_module(im->m, "panic-to-pending", &d) != 0)
		fail_msg("verify after panic-to-pending: %s", d.msg);
	for (uint32_t i = 0; i < im->ncoros; i++) {
		const Fn *f = im->coros[i].fn;
		for (BlockId b = 0; b < f->nblocks; b++)
			assert_false(f->blocks[b].term.kind == TK_ASSERT &&
				     (f->blocks[b].term.msg == AK_RESUMED_AFTER_RETURN ||
				      f->blocks[b].term.msg == AK_RESUMED_AFTER_PANIC));
	}
	import_free(im);
	free(src);
}

/* The report's per-coroutine line: the detections of every pass. */
static void test_report_detections(void **state)
{
	(void)state;
	FILE *tmp = tmpfile();
	assert_non_null(tmp);
	const char *files[] = {"shapes=" SHAPES};
	assert_int_equal(import_cmd(files, 1, "summary", tmp), 0);
	rewind(tmp);
	char line[1024];
	int seen = 0;
	while (fgets(line, sizeof line, tmp)) {
		if (strstr(line, "\tconstant::{closure#0}\t"))
			assert_non_null(strstr(line, "awaitless=1(stateless)")), seen++;
		if (strstr(line, "\tforward::{closure#0}\t"))
			assert_non_null(strstr(line, "direct1=1 pure=1")), seen++;
		if (strstr(line, "\twrapper::{closure#0}\t"))
			assert_non_null(strstr(line, "direct1=1 pure=0")), seen++;
		if (strstr(line, "\ttwo::{closure#0}\t"))
			assert_non_null(strstr(line, "merged=0 ")), seen++;
		if (strstr(line, "\tarms::{closure#0}\t"))
			assert_non_null(strstr(line, "merged=1 ")), seen++;
		assert_null(strstr(line, "FAIL"));
	}
	assert_int_equal(seen, 5);
	fclose(tmp);
}

static void expect_skip(const char *src, const char *msg_part)
{
	Import *im = import_mir("bad.mir", src, strlen(src));
	assert_int_equal(im->ncoros, 1);
	assert_null(im->coros[0].fn);
	assert_non_null(im->coros[0].why);
	if (!strstr(im->coros[0].why, msg_part))
		fail_msg("expected `%s` in `%s`", msg_part, im->coros[0].why);
	assert_non_null(strstr(im->coros[0].why, "bad.mir:"));
	import_free(im);
}

#define HDR "fn f::{closure#0}(_1: Pin<&mut {async fn body of f()}>, _2: &mut Context<'_>) -> Poll<u32> {\n"
#define LOCALS "    let mut _0: std::task::Poll<u32>;\n    let mut _3: u32;\n    let mut _4: &mut {async fn body of f()};\n"

static void test_bad_input(void **state)
{
	(void)state;
	expect_skip(HDR LOCALS "\n    bb0: {\n        return;\n    }\n", "is not closed");
	expect_skip(HDR LOCALS "\n    bb0: {\n        @@@;\n        return;\n    }\n}\n", "unknown statement");
	expect_skip(HDR LOCALS "\n    bb0: {\n        goto -> bb7;\n    }\n}\n", "does not exist");
	expect_skip(HDR LOCALS "\n    bb1: {\n        return;\n    }\n}\n", "expected bb0");
	expect_skip(HDR LOCALS "\n    bb0: {\n        _9 = const 1_u32;\n        return;\n    }\n}\n", "not declared");
	expect_skip(HDR LOCALS "\n    bb0: {\n        _3 = const 99999999999_u32;\n        return;\n    }\n}\n",
		    "out of range");
	expect_skip(HDR "    let mut _0: std::task::Poll<u32>;\n    let _5: u32;\n\n    bb0: {\n        return;\n    }\n}\n",
		    "never declared");
	expect_skip(HDR LOCALS "\n    bb0: {\n        _3 = const 1_u32;\n    }\n}\n", "unknown terminator");
	expect_skip(HDR LOCALS "\n    bb0: {\n        switchInt(copy _3) -> [1: bb0];\n    }\n}\n", "otherwise");
	/* a statement that reads but is not modelled is opaque, not an error */
	const char *ok = HDR LOCALS "\n    bb0: {\n        _3 = Len(copy _4);\n        FakeRead(ForLet(None), _3);\n"
				   "        return;\n    }\n}\n";
	Import *im = import_mir("ok.mir", ok, strlen(ok));
	assert_non_null(im->coros[0].fn);
	assert_int_equal(im->coros[0].c.opaque_stmts, 2);
	assert_int_equal(im->total.reason[IO_RVALUE], 1);
	assert_int_equal(im->total.reason[IO_STMT], 1);
	import_free(im);
}

/* Deterministic mutations of shapes.mir: every result is a located
 * diagnostic or a verifiable fn, never a crash or a hang (run under ASan). */
static void test_mutations(void **state)
{
	(void)state;
	size_t len;
	char *src = load(SHAPES, &len);
	char *buf = malloc(len + 1);
	assert_non_null(buf);
	uint64_t seed = 0x9E3779B97F4A7C15ull;
	static const char junk[] = "(){}<>[]_:;,.-> \"'#0123456789abcdefmovecopyconstbb\n";
	for (int iter = 0; iter < 300; iter++) {
		memcpy(buf, src, len + 1);
		size_t n = len;
		for (int k = 0; k < 1 + iter % 8; k++) {
			seed = seed * 6364136223846793005ull + 1442695040888963407ull;
			size_t at = (size_t)(seed >> 33) % n;
			char c = junk[(seed >> 20) % (sizeof junk - 1)];
			if ((seed >> 10) % 3 == 0)
				n = at + 1; /* truncate */
			buf[at] = c;
		}
		buf[n] = 0;
		Import *im = import_mir("mut.mir", buf, n);
		for (uint32_t i = 0; i < im->ncoros; i++) {
			if (!im->coros[i].fn) {
				assert_non_null(im->coros[i].why);
				continue;
			}
			Diag d = {0};
			(void)import_roundtrip(im->coros[i].fn, &d);
		}
		Diag d = {0};
		(void)verify_module(im->m, "mutation", &d);
		import_free(im);
	}
	free(buf);
	free(src);
}

static void test_deep_nesting(void **state)
{
	(void)state;
	size_t n = 20000;
	char *s = malloc(n * 4 + 1024);
	assert_non_null(s);
	strcpy(s, HDR "    let mut _0: std::task::Poll<u32>;\n    let mut _3: ");
	size_t at = strlen(s);
	memset(s + at, '&', n);
	s[at + n] = 0;
	strcat(s + at + n, "u32;\n\n    bb0: {\n        return;\n    }\n}\n");
	Import *im = import_mir("deep.mir", s, strlen(s));
	assert_int_equal(im->ncoros, 1);
	assert_null(im->coros[0].fn);
	assert_non_null(strstr(im->coros[0].why, "too deeply"));
	import_free(im);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shapes),
		cmocka_unit_test(test_round_trip_and_verify),
		cmocka_unit_test(test_report_detections),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_mutations),
		cmocka_unit_test(test_deep_nesting),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
