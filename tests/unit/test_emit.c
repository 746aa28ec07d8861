/* test_emit.c — what `coroslim bytes` relies on from the emitter: the naming rule
 * (emit_rust_ident), the paths of associated fns (emit_assoc_split) and the layouts for a 32-bit target
 * (module_set_ptr_bytes: coroutines, the program's items and core's Option / Result instances). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../measure/measure.h"

static void check_ident(const char *name, const char *want)
{
	char buf[EMIT_IDENT_MAX + 1];
	emit_rust_ident(name, buf, sizeof buf);
	assert_string_equal(buf, want);
}

static void test_ident_rule(void **state)
{
	(void)state;
	check_ident("foo", "foo");
	check_ident("foo::{async block#1}", "foo__async_block_1");
	check_ident("outer::{async block#0}::{async block#12}", "outer__async_block_0__async_block_12");
	check_ident("a-b c", "a_b_c"); /* any other byte outside [A-Za-z0-9_] */
}

/* hunt31: a name whose identifier is longer than EMIT_IDENT_MAX keeps its first EMIT_IDENT_MAX - 17
 * bytes and ends in `_` and a hash of the whole name: two names that share their first 255 bytes get
 * two identifiers, one name the same one whatever the buffer */
static void test_ident_long_names(void **state)
{
	(void)state;
	char a[301], b[301], ia[EMIT_IDENT_MAX + 1], ib[EMIT_IDENT_MAX + 1], ia2[1024];
	memset(a, 'x', 300);
	a[300] = 0;
	memcpy(b, a, sizeof a);
	b[299] = 'y';
	emit_rust_ident(a, ia, sizeof ia);
	emit_rust_ident(b, ib, sizeof ib);
	emit_rust_ident(a, ia2, sizeof ia2);
	assert_int_equal(strlen(ia), EMIT_IDENT_MAX);
	assert_int_equal(strlen(ib), EMIT_IDENT_MAX);
	assert_memory_equal(ia, a, EMIT_IDENT_MAX - 17);
	assert_int_equal(ia[EMIT_IDENT_MAX - 17], '_');
	assert_string_not_equal(ia, ib);
	assert_string_equal(ia, ia2);
	char fits[EMIT_IDENT_MAX + 1];
	memset(fits, 'z', EMIT_IDENT_MAX);
	fits[EMIT_IDENT_MAX] = 0;
	check_ident(fits, fits); /* exactly EMIT_IDENT_MAX: kept whole */
}

/* associated fns (issue 22's impl blocks and traits): the emitted free fn's name
 * and the self type / trait the wrappers and rustc's symbol paths are made of */
static void check_assoc(const char *name, const char *self, const char *trait, const char *rest)
{
	char s[64], t[64];
	const char *r = emit_assoc_split(name, s, t, sizeof s);
	if (!rest) {
		assert_null(r);
		return;
	}
	assert_non_null(r);
	assert_string_equal(s, self);
	assert_string_equal(t, trait);
	assert_string_equal(r, rest);
}

static void test_assoc_paths(void **state)
{
	(void)state;
	check_assoc("Counter::new", "Counter", "", "new");
	check_assoc("<Sensor as Read>::read", "Sensor", "Read", "read");
	check_assoc("Counter::wait::{async block#0}", "Counter", "", "wait::{async block#0}");
	check_assoc("foo", NULL, NULL, NULL);                    /* a plain fn */
	check_assoc("foo::{async block#1}", "foo", "", "{async block#1}"); /* split; not a method (callers check the rest) */
	check_assoc("{impl#2}::read::{closure#0}", NULL, NULL, NULL); /* a body's DefPath */
	check_assoc("<Sensor>::read", NULL, NULL, NULL);         /* no trait: not rustc's spelling of a method */
	check_ident("Counter::new", "Counter__new");
	check_ident("<Sensor as Read>::read", "_Sensor_as_Read___read");
}

/* usize is pointer-sized: an async fn holding usizes across an await is laid out
 * again for 4-byte pointers, and back. */
static void test_ptr_bytes_relayout(void **state)
{
	(void)state;
	static const char src[] =
		"async fn leaf() -> u32 { yield_now().await; 1 }\n"
		"async fn f(n: usize) -> usize { let k = n; leaf().await; k + 1 }\n";
	BuildOptions o = {.release = 1, .jobs = 1};
	Diag d = {.file = "t.rs"};
	Module *m = frontend_lower("t.rs", src, sizeof src - 1, &o, &d);
	assert_non_null(m);
	int fi = module_find_coro(m, "f");
	assert_true(fi >= 0);
	uint32_t x86 = m->coros[fi].layout->size;
	module_set_ptr_bytes(m, 4);
	uint32_t thumb = m->coros[fi].layout->size;
	/* the usize upvar, the saved usize k, leaf's 2-byte future and the tag: 24 bytes (align 8) on
	 * x86_64, 12 (align 4) on thumbv7em: both rustc 1.95's -Zprint-type-sizes */
	assert_int_equal(x86, 24);
	assert_int_equal(thumb, 12);
	assert_int_equal(m->coros[fi].layout->align, 4);
	module_set_ptr_bytes(m, 8);
	assert_int_equal(m->coros[fi].layout->size, x86);
	module_free(m);
}

static const Adt *adt_named(const Module *m, const char *name)
{
	for (uint32_t i = 0; i < m->nadts; i++)
		if (strcmp(adt_name(m, &m->adts[i]), name) == 0)
			return &m->adts[i];
	fail_msg("no type %s", name);
	return NULL;
}

/* The items and core's instances holding pointer-sized values are laid out again
 * too, fields before their holders (Option<Cmd> after Cmd): every figure below is
 * rustc 1.95's -Zprint-type-sizes / offset_of! for x86_64 and thumbv7em-none-eabi. */
static void test_ptr_bytes_relayout_items(void **state)
{
	(void)state;
	static const char src[] =
		"struct S { a: usize, b: u8 }\n"
		"enum Cmd { Stop, Seek(usize), Skip(u8, isize) }\n"
		"fn cmd(n: usize) -> Option<Cmd> { if n == 0 { None } else { Some(Cmd::Seek(n)) } }\n"
		"async fn f(n: usize) -> usize {\n"
		"    let x = n as u32;\n"
		"    let r: Option<&u32> = if n == 0 { None } else { Some(&x) };\n"
		"    let s = S { a: n, b: 1 };\n"
		"    let c = cmd(n);\n"
		"    yield_now().await;\n"
		"    let k = match c { Some(v) => match v { Cmd::Seek(p) => p, _ => 1 }, None => 2 };\n"
		"    match r { Some(v) => *v as usize + s.a + k, None => s.b as usize }\n"
		"}\n";
	BuildOptions o = {.release = 1, .jobs = 1};
	Diag d = {.file = "t.rs"};
	Module *m = frontend_lower("t.rs", src, sizeof src - 1, &o, &d);
	assert_non_null(m);
	const Adt *s = adt_named(m, "S"), *c = adt_named(m, "Cmd");
	const Adt *oc = adt_named(m, "Option<Cmd>"), *or = adt_named(m, "Option<&u32>");
	assert_int_equal(s->size, 16);
	assert_int_equal(s->align, 8);
	assert_int_equal(s->offsets[1], 8);
	assert_int_equal(c->size, 16);
	assert_int_equal(c->variant_offsets[2][1], 8); /* Skip.1 */
	assert_int_equal(oc->size, 16);                 /* None in Cmd's tag (3) */
	assert_int_equal(or->size, 8);                  /* None: the null pointer */
	assert_int_equal(or->tag_niche, 1);
	int fi = module_find_coro(m, "f");
	assert_true(fi >= 0);
	uint32_t x86 = m->coros[fi].layout->size;
	module_set_ptr_bytes(m, 4);
	assert_int_equal(s->size, 8);
	assert_int_equal(s->align, 4);
	assert_int_equal(s->offsets[1], 4);
	assert_int_equal(c->size, 8);
	assert_int_equal(c->align, 4);
	assert_int_equal(c->variant_offsets[1][0], 4); /* Seek.0 */
	assert_int_equal(c->variant_offsets[2][0], 1); /* Skip.0 */
	assert_int_equal(c->variant_offsets[2][1], 4); /* Skip.1 */
	assert_int_equal(oc->size, 8);
	assert_int_equal(oc->tag_niche, 1);
	assert_int_equal(or->size, 4);
	assert_int_equal(or->align, 4);
	assert_int_equal(or->tag_niche, 1);
	assert_int_equal(or->tag_size, 4);
	assert_true(m->coros[fi].layout->size < x86);
	module_set_ptr_bytes(m, 8);
	assert_int_equal(s->size, 16);
	assert_int_equal(c->variant_offsets[2][1], 8);
	assert_int_equal(or->size, 8);
	assert_int_equal(or->tag_size, 8);
	assert_int_equal(m->coros[fi].layout->size, x86);
	module_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ident_rule),
		cmocka_unit_test(test_ident_long_names),
		cmocka_unit_test(test_assoc_paths),
		cmocka_unit_test(test_ptr_bytes_relayout),
		cmocka_unit_test(test_ptr_bytes_relayout_items),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
