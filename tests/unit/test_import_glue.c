/* test_import_glue.c — frontend/import_glue.c on rustc's own before-StateTransform dumps
 * (tests/import/glue_dump/, from tests/import/glue.rs by regen.sh): which types a body's drops
 * show to have no drop glue, where the evidence must not fire (an await's result written before
 * its awaitee's drop unwinds, an enum known to be in a moved-out variant, a drop flag), the
 * crate-wide spellings handed to the crate's other bodies, and the transform against rustc's.
 * Run from the repository root. */
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
#include "../../passes/passes.h"

#define DUMP "tests/import/glue_dump"

static Import *import_body(const char *name, char *const *noglue, uint32_t n)
{
	char path[160];
	snprintf(path, sizeof path, DUMP "/%s.StateTransform.before.mir", name);
	Diag d = {0};
	size_t len;
	char *src = file_read(path, &len, &d);
	if (!src)
		fail_msg("%s: %s", path, d.msg);
	Import *im = import_mir_noglue(path, src, len, noglue, n);
	free(src);
	assert_null(im->error);
	assert_int_equal(im->ncoros, 1);
	assert_non_null(im->coros[0].fn);
	assert_int_equal(im->coros[0].fn->kind, FN_CORO_BODY);
	return im;
}

/* The type of the body's variable (`debug name => _N`). */
static TypeId var_type(const Import *im, const char *name)
{
	const Fn *f = im->coros[0].fn;
	for (LocalId l = 0; l < f->nlocals; l++)
		if (f->locals[l].name && strcmp(f->locals[l].name, name) == 0)
			return f->locals[l].ty;
	fail_msg("no variable %s", name);
	return NO_ID;
}

/* The type of the coroutine's upvar called name. */
static TypeId upvar_type(const Import *im, const char *name)
{
	const Coroutine *co = &im->m->coros[im->coros[0].fn->coro];
	for (uint32_t i = 0; i < co->nupvars; i++)
		if (strcmp(co->upvars[i].name, name) == 0)
			return co->upvars[i].ty;
	fail_msg("no upvar %s", name);
	return NO_ID;
}

static int has_noglue(const Import *im, const char *spelling)
{
	for (uint32_t i = 0; i < im->nnoglue; i++)
		if (strcmp(im->noglue[i], spelling) == 0)
			return 1;
	return 0;
}

/* `p` lives to its StorageDead with no drop before it: Perm has no glue, the variable and the
 * upvar alike; the crate-wide spelling is handed on. */
static void test_own_evidence(void **state)
{
	(void)state;
	Import *im = import_body("own_evidence", NULL, 0);
	assert_int_equal(type_needs_drop(im->m, var_type(im, "p")), 0);
	assert_int_equal(type_needs_drop(im->m, upvar_type(im, "p")), 0);
	assert_int_equal(im->nnoglue, 1);
	assert_string_equal(im->noglue[0], "m::Perm");
	import_free(im);
}

/* Must not fire: Guard has glue. gap: `g = make().await` is written before the awaitee's drop,
 * whose unwind edge reaches g's StorageDead without a drop. variant: `o` is known None on one
 * arm, where rustc drops nothing. flagged: `g` is dropped behind a drop flag, whose 0 edge
 * reaches its StorageDead. Perm, in each, still shows. */
static void test_must_not_fire(void **state)
{
	(void)state;
	Import *im = import_body("gap", NULL, 0);
	assert_int_equal(type_needs_drop(im->m, var_type(im, "g")), 1);
	assert_int_equal(type_needs_drop(im->m, upvar_type(im, "keep")), 1);
	assert_int_equal(type_needs_drop(im->m, var_type(im, "p")), 0);
	assert_false(has_noglue(im, "m::Guard"));
	import_free(im);

	im = import_body("variant", NULL, 0);
	assert_int_equal(type_needs_drop(im->m, var_type(im, "o")), 1);
	assert_int_equal(type_needs_drop(im->m, upvar_type(im, "keep")), 1);
	assert_int_equal(type_needs_drop(im->m, var_type(im, "p")), 0);
	import_free(im);

	im = import_body("flagged", NULL, 0);
	assert_int_equal(type_needs_drop(im->m, var_type(im, "g")), 1);
	assert_int_equal(type_needs_drop(im->m, var_type(im, "p")), 0);
	assert_false(has_noglue(im, "m::Guard"));
	import_free(im);
}

/* cross_body moves `i` out at once: alone it shows nothing of Info; shows_info keeps its `i` to
 * the end, and with its spelling cross_body knows too. */
static void test_cross_body(void **state)
{
	(void)state;
	Import *alone = import_body("cross_body", NULL, 0);
	assert_int_equal(type_needs_drop(alone->m, upvar_type(alone, "i")), 1);
	assert_false(has_noglue(alone, "m::Info<'_>"));
	import_free(alone);

	Import *shows = import_body("shows_info", NULL, 0);
	assert_true(has_noglue(shows, "m::Info<'_>"));
	Import *hinted = import_body("cross_body", shows->noglue, shows->nnoglue);
	assert_int_equal(type_needs_drop(hinted->m, upvar_type(hinted, "i")), 0);
	import_free(hinted);
	import_free(shows);
}

/* The whole dump through `coroslim import DUMPDIR --format=json`: every coroutine identical to
 * rustc's (own_evidence, cross_body and shows_info differ without the evidence: the transform's
 * drop elaboration of `drop(_1)` dropped their upvars without glue). */
static void test_dump_json(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	assert_non_null(mem);
	assert_int_equal(import_dump_dir(DUMP, mem), 0);
	fclose(mem);
	assert_non_null(strstr(buf, "\"totals\": {\"coroutines\": 8, \"identical\": 8, \"differs\": 0"));
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_own_evidence),
		cmocka_unit_test(test_must_not_fire),
		cmocka_unit_test(test_cross_body),
		cmocka_unit_test(test_dump_json),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
