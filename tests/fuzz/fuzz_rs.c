/*
 * fuzz_rs.c — libFuzzer target for the Rust-subset frontend.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -I. tests/fuzz/fuzz_rs.c \
 *     ir/[a-z]*.c passes/[a-z]*.c $(ls frontend/[a-z]*.c | grep -v main.c) -o build/fuzz_rs
 *   build/fuzz_rs -max_total_time=120 -dict=tests/fuzz/rust.dict tests/fuzz/corpus_rs
 *
 * Each input is one source file. frontend_build must either return a Module
 * that the verifier accepts, or NULL with a located Diag — never crash, leak,
 * or abort (internal_error() aborts, which libFuzzer reports). Both debug and
 * release builds are made, as they lower arithmetic differently.
 * -DFUZZ_DEEP also runs the state transform and the whole pass pipeline
 * (verified after every pass) on every module the frontend accepts.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "measure/measure.h"

static void fail(const char *what, const Diag *d)
{
	fprintf(stderr, "fuzz_rs: %s: ", what);
	diag_print(d, stderr);
	abort();
}

static void build_one(const char *src, size_t len, int release)
{
	BuildOptions o;
	memset(&o, 0, sizeof o);
	o.release = release;
	Diag d;
	memset(&d, 0, sizeof d);
	Module *m = frontend_build("fuzz.rs", src, len, &o, &d);
	if (!m) {
		if (!d.failed && !d.msg[0])
			fail("frontend_build returned NULL without a diagnostic", &d);
		return;
	}
	memset(&d, 0, sizeof d);
	if (verify_module(m, "frontend", &d) != 0)
		fail("the frontend built IR that does not verify", &d);
#ifdef FUZZ_DEEP
	memset(&d, 0, sizeof d);
	if (state_transform(m, &d) == 0) {
		const Pass *list[64];
		memset(&d, 0, sizeof d);
		int n = pipeline_select(NULL, list, 64, &d);
		if (n > 0 && pipeline_run(m, list, (uint32_t)n, &o, &d, NULL, NULL) != 0)
			fail("a pass broke the IR", &d);
	}
#endif
	module_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a private copy without a terminating NUL: the frontend must respect len */
	char *src = malloc(size ? size : 1);
	if (!src)
		return 0;
	memcpy(src, data, size);
	build_one(src, size, 0);
	build_one(src, size, 1);
	free(src);
	return 0;
}
