/* test_iflet_chain.c — `if let .. else if let ..` chains of any length (issue 23, iflet25).
 *
 * Every walker over the AST (the parser's heights, resolve, typeck, the captures, the lints,
 * the borrow checker, MIR building) loops over a chain's links, `if let` links as plain `if`s:
 * a chain adds nothing to the tree's height, and no stage recurses per link. So a chain of
 * 20,000 links (2,000 under the sanitizers, whose frames are larger and whose runs slower) is
 * built through the whole pipeline (frontend_lower: sema, MIR building, every pass) on a thread
 * with a 256 KB stack (1 MB under the sanitizers): a recursion per link needs several MB and
 * overflows it (a segfault at 1,000 links under `ulimit -s 1024` before). The heights are
 * checked directly: a chain's head is as high as its highest link plus one, and links nested
 * in a then-block (not a chain) still count, up to the parser's nesting limit. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../frontend/frontend.h"
#include "../../frontend/syntax.h"
#include "../../ir/ir.h"

#include "unit_util.h"

/* tests/robust/gen.py iflets N (every link an `if let` but every 3rd a plain `if`), or with
 * every link an `if let` on a place (`o`, a parameter) in turn with one on a call when places */
static char *gen_chain(int n, int places)
{
	size_t cap = (size_t)n * 64 + 1024, len = 0;
	char *s = malloc(cap);
	assert_non_null(s);
	len += (size_t)sprintf(s + len, "fn pick(x: u32, i: u32) -> Option<u32> { if x == i { Some(i %% 1000) } else { None } }\n"
	                                 "fn pickr(x: u32, i: u32) -> Result<u32, u8> { if x == i { Ok(i %% 997) } else { Err(1) } }\n"
	                                 "async fn dispatch(x: u32, o: Option<u32>) -> u32 {\n    yield_now().await;\n"
	                                 "    let r = if let Some(v) = pick(x, 0) { v }\n");
	for (int i = 1; i < n; i++) {
		if (places && i % 2)
			len += (size_t)sprintf(s + len, "    else if let Some(%d) = o { %du32 }\n", i & 255, i & 0xffff);
		else if (!places && i % 3 == 2)
			len += (size_t)sprintf(s + len, "    else if x == %d { %du32 }\n", i, (i * 7) & 0xffff);
		else if (i % 2)
			len += (size_t)sprintf(s + len, "    else if let Ok(v) = pickr(x, %d) { v + 1 }\n", i);
		else
			len += (size_t)sprintf(s + len, "    else if let Some(v) = pick(x, %d) { v }\n", i);
	}
	sprintf(s + len, "    else { 1u32 };\n    r\n}\nasync fn foo() -> u32 { dispatch(%d, Some(3)).await }\n", n - 1);
	return s;
}

typedef struct Job {
	int n, places;
	int ok;
	char msg[256];
} Job;

static void *lower_chain(void *arg)
{
	Job *j = arg;
	char *src = gen_chain(j->n, j->places);
	Diag d = {0};
	BuildOptions o = {.jobs = 1};
	Module *m = frontend_lower("t.rs", src, strlen(src), &o, &d);
	j->ok = m && verify_module(m, "lower", &d) == 0;
	snprintf(j->msg, sizeof j->msg, "%d:%d: %s", d.line, d.col, d.msg);
	if (m)
		module_free(m);
	free(src);
	return NULL;
}

/* the whole pipeline on a chain of n links, on a thread with a small stack */
static void lower_on_small_stack(int n, int places)
{
	pthread_attr_t attr;
	pthread_t t;
	Job j = {n, places, 0, ""};
	assert_int_equal(pthread_attr_init(&attr), 0);
	assert_int_equal(pthread_attr_setstacksize(&attr, UNDER_SANITIZER ? (size_t)1 << 20 : (size_t)256 << 10), 0);
	assert_int_equal(pthread_create(&t, &attr, lower_chain, &j), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	pthread_attr_destroy(&attr);
	if (!j.ok)
		fail_msg("a chain of %d links: %s", n, j.msg);
}

static void test_long_chain_lowers(void **state)
{
	(void)state;
	lower_on_small_stack(UNDER_SANITIZER ? 2000 : 20000, 0);
}

static void test_long_chain_on_places_lowers(void **state)
{
	(void)state;
	lower_on_small_stack(UNDER_SANITIZER ? 2000 : 20000, 1);
}

/* the height of the tail of dispatch's `let r = ..` statement's initializer */
static int chain_depth(const char *src)
{
	Diag d = {0};
	AstProgram *p = frontend_parse("t.rs", src, strlen(src), &d);
	if (!p)
		fail_msg("%d:%d: %s", d.line, d.col, d.msg);
	int depth = -1;
	for (int i = 0; i < p->nfns; i++)
		if (!strcmp(p->fns[i]->name, "dispatch"))
			depth = p->fns[i]->body->stmts[1].expr->depth;
	frontend_free(p);
	return depth;
}

static void test_chain_height(void **state)
{
	(void)state;
	char *src = gen_chain(5000, 0);
	int d5000 = chain_depth(src);
	free(src);
	src = gen_chain(3, 0);
	int d3 = chain_depth(src);
	free(src);
	assert_true(d3 > 1);
	assert_int_equal(d5000, d3); /* the chain's length is not a height */
	/* a link whose then-block is higher makes the head higher: one more than that block */
	const char *deep = "fn pick(x: u32) -> Option<u32> { Some(x) }\n"
	                   "async fn dispatch(x: u32) -> u32 {\n    yield_now().await;\n"
	                   "    let r = if let Some(v) = pick(x) { v } else if let Some(w) = pick(x) { ((((w + 1) + 1) + 1) + 1) }"
	                   " else { 0 };\n    r\n}\n";
	assert_true(chain_depth(deep) >= 6);
}

static void test_nested_if_lets_still_nest(void **state)
{
	(void)state;
	/* if-lets nested in then-blocks are no chain: past the parser's nesting limit, its error */
	size_t cap = 300 * 64 + 256, len = 0;
	char *s = malloc(cap);
	assert_non_null(s);
	len += (size_t)sprintf(s + len, "fn f(o: Option<u32>) -> u32 {\n");
	for (int i = 0; i < 300; i++)
		len += (size_t)sprintf(s + len, "if let Some(v) = o { ");
	len += (size_t)sprintf(s + len, "1");
	for (int i = 0; i < 300; i++)
		len += (size_t)sprintf(s + len, " } else { 0 }");
	sprintf(s + len, "\n}\n");
	Diag d = {0};
	assert_null(frontend_parse("t.rs", s, strlen(s), &d));
	assert_string_equal(d.msg, "nesting too deep");
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_long_chain_lowers),
		cmocka_unit_test(test_long_chain_on_places_lowers),
		cmocka_unit_test(test_chain_height),
		cmocka_unit_test(test_nested_if_lets_still_nest),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
