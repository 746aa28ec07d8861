/*
 * fuzz_mir.c — libFuzzer target for the textual IR parser and the verifier.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 -I. tests/fuzz/fuzz_mir.c \
 *     ir/[a-z]*.c passes/[a-z]*.c $(ls frontend/[a-z]*.c | grep -v main.c) -o build/fuzz_mir
 *   build/fuzz_mir -max_total_time=120 tests/fuzz/corpus_mir
 *
 * Each input is one .mir file. parse_module must return a Module or NULL with a
 * located Diag; verify_module must accept or reject any Module the parser
 * returns (malformed-but-parsable IR is its job) — neither may crash, leak or
 * abort. A module that parses and verifies is printed (to a null stream) to
 * exercise the printer on it too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "measure/measure.h"

static FILE *null_out;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *src = malloc(size ? size : 1);
	if (!src)
		return 0;
	memcpy(src, data, size);
	Diag d;
	memset(&d, 0, sizeof d);
	Module *m = parse_module("fuzz.mir", src, size, &d);
	if (!m) {
		if (!d.failed && !d.msg[0]) {
			fputs("fuzz_mir: parse_module returned NULL without a diagnostic\n", stderr);
			abort();
		}
	} else {
		memset(&d, 0, sizeof d);
		if (verify_module(m, "fuzz", &d) == 0) {
			if (!null_out)
				null_out = fopen("/dev/null", "w");
			if (null_out)
				print_module(m, null_out);
		}
		module_free(m);
	}
	free(src);
	return 0;
}
