/* test_memory.c — peak memory grows linearly with one fn's size (issue 23).
 *
 * N awaits of an async fn's future, or of async blocks, in one fn: ElaborateDrops
 * (passes/elaborate_drops.c) kept a state per Drop as dense rows over the move
 * paths (4 N Drops x N paths) and appended an entry state again at every change
 * (a join block of N predecessors: N^2 words), so the build's peak grew
 * quadratically: 10k / 20k / 40k awaits 877 MB / 3.0 GB / 11 GB. Each input is
 * built in a child process (fork) under a 2 GB address-space cap, so that a
 * regression fails here instead of taking the machine, and the child's peak
 * RSS (wait4) is compared between two sizes 8x apart, less the peak of a
 * trivial program (the binary, the prelude): linear is 8x, the quadratic build
 * was about 20x. Skipped under the sanitizers (their shadow memory needs the
 * address space the cap takes, and their allocators change the peaks). */
#define _DEFAULT_SOURCE /* wait4 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../measure/measure.h"

#include "unit_util.h"

/* tests/robust/gen.py's programs, line for line */
static char *gen(const char *kind, int n)
{
	size_t cap = (size_t)n * 64 + 256, len = 0;
	char *s = malloc(cap);
	assert_non_null(s);
	if (strcmp(kind, "fnawaits") == 0) {
		len += (size_t)sprintf(s + len, "async fn g(x: u32) -> u32 { yield_now().await; x }\n"
						"async fn foo() -> u32 {\n    let mut s = 0u32;\n");
		for (int i = 0; i < n; i++)
			len += (size_t)sprintf(s + len, "    s = s ^ g(%d).await;\n", i & 255);
	} else if (strcmp(kind, "blocks") == 0) {
		len += (size_t)sprintf(s + len, "async fn foo() -> u32 {\n    let mut s = 0u32;\n");
		for (int i = 0; i < n; i++)
			len += (size_t)sprintf(s + len, "    s = s ^ async { yield_now().await; %du32 }.await;\n", i & 255);
	} else {
		len += (size_t)sprintf(s + len, "async fn foo() -> u32 {\n    let mut s = 0u32;\n");
	}
	sprintf(s + len, "    s\n}\n");
	return s;
}

/* the peak RSS in KB of a child that builds and verifies kind n (as `coroslim
 * verify` does); fails when the child does not finish cleanly */
static long child_peak_kb(const char *kind, int n)
{
	char *src = gen(kind, n);
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit cap = {(rlim_t)2 << 30, (rlim_t)2 << 30};
		setrlimit(RLIMIT_AS, &cap);
		Diag d = {0};
		BuildOptions o = {.jobs = 1};
		Module *m = frontend_build("t.rs", src, strlen(src), &o, &d);
		int ok = m && verify_module(m, "build", &d) == 0;
		_exit(ok ? 0 : 3);
	}
	free(src);
	int status = 0;
	struct rusage ru;
	assert_int_equal(wait4(pid, &status, 0, &ru), pid);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fail_msg("%s %d: the build did not finish under a 2 GB cap (status %d)", kind, n, status);
	return ru.ru_maxrss;
}

static void linear(const char *kind)
{
	if (UNDER_SANITIZER)
		skip();
	long base = child_peak_kb("none", 0);
	long small = child_peak_kb(kind, 2500), big = child_peak_kb(kind, 20000);
	double growth = (double)(big - base) / (double)(small - base > 1 ? small - base : 1);
	printf("%s: peak RSS %ld KB (trivial), %ld KB (2,500), %ld KB (20,000): %.1fx for 8x\n", kind, base, small, big,
	       growth);
	assert_true(big > small);
	assert_true(growth < 11.0);
}

static void test_fn_awaits_linear(void **state)
{
	(void)state;
	linear("fnawaits");
}

static void test_async_blocks_linear(void **state)
{
	(void)state;
	linear("blocks");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fn_awaits_linear),
		cmocka_unit_test(test_async_blocks_linear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
