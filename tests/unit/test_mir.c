/* test_mir.c — the textual IR: round trip of tests/mir/NAME.mir, the first error of
 * every tests/mir/bad/NAME.mir, and the IR builders and type layout queries.
 * Run from the repository root. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../measure/measure.h"

/* ------------------------------------------------------------------ */
/* helpers                                                             */
/* ------------------------------------------------------------------ */

static char *read_all(FILE *f, size_t *n)
{
	size_t cap = 4096, len = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	size_t r;
	while ((r = fread(buf + len, 1, cap - len - 1, f)) > 0) {
		len += r;
		if (cap - len - 1 == 0) {
			cap *= 2;
			buf = realloc(buf, cap);
			assert_non_null(buf);
		}
	}
	buf[len] = 0;
	*n = len;
	return buf;
}

static char *read_file(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		fail_msg("cannot open %s", path);
	char *s = read_all(f, n);
	fclose(f);
	return s;
}

static char *module_text(const Module *m)
{
	FILE *f = tmpfile();
	assert_non_null(f);
	print_module(m, f);
	rewind(f);
	size_t n;
	char *s = read_all(f, &n);
	fclose(f);
	return s;
}

/* The round-trip rule: the input with every line that starts with `//` removed. */
static char *strip_comment_lines(const char *s)
{
	char *out = malloc(strlen(s) + 1);
	size_t o = 0;
	while (*s) {
		const char *e = strchr(s, '\n');
		size_t n = e ? (size_t)(e - s) + 1 : strlen(s);
		if (!(n >= 2 && s[0] == '/' && s[1] == '/')) {
			memcpy(out + o, s, n);
			o += n;
		}
		s += n;
	}
	out[o] = 0;
	return out;
}

typedef struct Names {
	char **v;
	size_t n;
} Names;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted paths dir/NAME.mir. */
static Names list_mir(const char *dir)
{
	Names r = {NULL, 0};
	DIR *d = opendir(dir);
	if (!d)
		fail_msg("cannot open directory %s (run from the repository root)", dir);
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l < 5 || strcmp(e->d_name + l - 4, ".mir") != 0)
			continue;
		r.v = realloc(r.v, (r.n + 1) * sizeof *r.v);
		r.v[r.n] = malloc(strlen(dir) + l + 2);
		sprintf(r.v[r.n], "%s/%s", dir, e->d_name);
		r.n++;
	}
	closedir(d);
	qsort(r.v, r.n, sizeof *r.v, cmp_str);
	return r;
}

static void names_free(Names *n)
{
	for (size_t i = 0; i < n->n; i++)
		free(n->v[i]);
	free(n->v);
}

static Module *parse_str(const char *src, Diag *d)
{
	memset(d, 0, sizeof *d);
	return parse_module("t.mir", src, strlen(src), d);
}

/* ------------------------------------------------------------------ */
/* golden files                                                        */
/* ------------------------------------------------------------------ */

static void test_round_trip(void **state)
{
	(void)state;
	Names files = list_mir("tests/mir");
	assert_true(files.n >= 22);
	for (size_t i = 0; i < files.n; i++) {
		size_t n;
		char *src = read_file(files.v[i], &n);
		Diag d = {0};
		Module *m = parse_module(files.v[i], src, n, &d);
		if (!m)
			fail_msg("%s:%d:%d: %s", files.v[i], d.line, d.col, d.msg);
		if (verify_module(m, "input", &d) != 0)
			fail_msg("%s:%d: %s", files.v[i], d.line, d.msg);
		char *got = module_text(m);
		char *want = strip_comment_lines(src);
		if (strcmp(got, want) != 0) {
			size_t k = 0, line = 1;
			while (got[k] && got[k] == want[k])
				line += got[k++] == '\n';
			fail_msg("%s: printed text differs from the input at line %zu (comment lines removed)", files.v[i],
				 line);
		}
		/* a second round is a fixed point */
		Diag d2 = {0};
		Module *m2 = parse_module(files.v[i], got, strlen(got), &d2);
		assert_non_null(m2);
		char *again = module_text(m2);
		assert_string_equal(again, got);
		free(again);
		module_free(m2);
		free(got);
		free(want);
		module_free(m);
		free(src);
	}
	names_free(&files);
}

static void test_bad_files(void **state)
{
	(void)state;
	Names files = list_mir("tests/mir/bad");
	assert_true(files.n >= 18);
	for (size_t i = 0; i < files.n; i++) {
		size_t n, en;
		char *src = read_file(files.v[i], &n);
		char errpath[512];
		snprintf(errpath, sizeof errpath, "%.*s.err", (int)(strlen(files.v[i]) - 4), files.v[i]);
		char *want = read_file(errpath, &en);
		while (en && (want[en - 1] == '\n' || want[en - 1] == '\r'))
			want[--en] = 0;
		Diag d = {0};
		d.file = files.v[i];
		Module *m = parse_module(files.v[i], src, n, &d);
		int rejected = !m;
		if (m) {
			rejected = verify_module(m, "input", &d) != 0;
			module_free(m);
		}
		if (!rejected)
			fail_msg("%s was accepted", files.v[i]);
		FILE *f = tmpfile();
		diag_print(&d, f);
		rewind(f);
		size_t gn;
		char *got = read_all(f, &gn);
		fclose(f);
		while (gn && got[gn - 1] == '\n')
			got[--gn] = 0;
		if (strcmp(got, want) != 0)
			fail_msg("%s:\n  got:  %s\n  want: %s", files.v[i], got, want);
		free(got);
		free(want);
		free(src);
	}
	names_free(&files);
}

/* ------------------------------------------------------------------ */
/* parser details                                                      */
/* ------------------------------------------------------------------ */

static void test_parse_errors(void **state)
{
	(void)state;
	static const struct {
		const char *src;
		int line, col;
		const char *msg;
	} cases[] = {
		{"fn f() -> u32 {\n    let _0: u32;\n    bb0: {\n        _0 = const 256_u8;\n        return;\n    }\n}\n", 4, 20,
		 "integer literal 256 does not fit in u8"},
		{"fn f() -> i8 {\n    bb0: {\n        _0 = const -129_i8;\n        return;\n    }\n}\n", 3, 20,
		 "integer literal -129 does not fit in i8"},
		{"fn f() -> u32 {\n    bb0: {\n        _0 = const 5;\n        return;\n    }\n}\n", 3, 20,
		 "integer constant 5 needs a type suffix (like 5_u32)"},
		{"fn f() -> u32 {\n    bb0: {\n        _0 = const 1_u32;\n        return;\n    }\n}\ngarbage", 7, 1,
		 "expected `fn`, `coroutine`, `struct`, `enum`, `const` or `static`"},
		{"coroutine c: async fn at 1:1 {\n    output u32;\n}\ncoroutine c: async fn at 1:1 {\n}\n", 4, 11,
		 "coroutine c is declared twice"},
		{"fn f() -> {async block@g} {\n}\ncoroutine g: async fn at 1:1 {\n}\n", 1, 11,
		 "coroutine g is an async fn, not an async block"},
		{"fn f() -> (u32, u8, bool) {\n}\n", 1, 19, "only two-element tuple types are supported"},
		{"fn f() -> u32 {\n    debug x => _4;\n    let _0: u32;\n}\n", 2, 16, "unknown local _4"},
		{"fn f() -> u32 {\n    let _0: u64;\n}\n", 2, 9, "type of _0 differs from the return type"},
		{"fn f() -> u32 {\n    bb0: {\n        _0 = const 1_u32;\n        return\n    }\n}\n", 5, 5,
		 "expected ';' after terminator"},
		{"fn f() -> u32 {\n    bb0: {\n        goto -> bb99999999999;\n    }\n}\n", 3, 17,
		 "block number bb99999999999 is too large"},
		{"\"abc", 1, 1, "unterminated string"},
		{"fn f() -> u32 {\n    bb0: {\n        _0 = const 1_u32; # \n", 3, 27, "expected a statement or a terminator"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		Diag d;
		Module *m = parse_str(cases[i].src, &d);
		if (m)
			fail_msg("case %zu accepted", i);
		if (d.line != cases[i].line || d.col != cases[i].col || strcmp(d.msg, cases[i].msg) != 0)
			fail_msg("case %zu: got %d:%d: %s, want %d:%d: %s", i, d.line, d.col, d.msg, cases[i].line,
				 cases[i].col, cases[i].msg);
	}
}

static void test_parse_values(void **state)
{
	(void)state;
	const char *src = "fn f(_1: &u32, _2: *mut (u8, bool)) -> i64 {\n"
			  "    let mut _0: i64;\n"
			  "    let _3: u64;\n"
			  "    bb0: {\n"
			  "        _0 = const -9223372036854775808_i64;\n"
			  "        _3 = const 18446744073709551615_u64;\n"
			  "        _0 = const -1_i64;\n"
			  "        switchInt(copy _3) -> [0: bb1, otherwise: bb1];\n"
			  "    }\n"
			  "    bb1 (cleanup): {\n"
			  "        resume;\n"
			  "    }\n"
			  "}\n";
	Diag d;
	Module *m = parse_str(src, &d);
	if (!m)
		fail_msg("%d:%d: %s", d.line, d.col, d.msg);
	Fn *f = module_find_fn(m, "f");
	assert_non_null(f);
	assert_int_equal(f->kind, FN_SYNC);
	assert_int_equal(f->nargs, 2);
	assert_int_equal(f->nlocals, 4);
	assert_true(f->locals[0].mutbl);
	assert_int_equal(type_get(m, f->locals[1].ty)->kind, TY_REF); /* `&u32`, see print bug note */
	assert_int_equal(type_get(m, f->locals[1].ty)->a, TY_U32);
	assert_int_equal(type_get(m, f->locals[2].ty)->kind, TY_RAWMUT);
	assert_int_equal(f->consts[f->blocks[0].stmts[0].a.v].bits, UINT64_C(0x8000000000000000));
	assert_int_equal(f->consts[f->blocks[0].stmts[1].a.v].bits, UINT64_MAX);
	assert_int_equal(f->consts[f->blocks[0].stmts[2].a.v].bits, UINT64_MAX);
	assert_int_equal(f->nblocks, 2);
	assert_int_equal(f->blocks[0].line, 4);
	assert_int_equal(f->blocks[1].line, 10);
	assert_true(f->blocks[1].cleanup);
	assert_int_equal(f->blocks[0].term.kind, TK_SWITCH);
	module_free(m);
}

/* mirimpl35: path names with angle groups (items31: a non-local impl's fn `f::<impl Top>::n`, an item
 * of a trait impl's fn `<Top as Get>::get::In`) are read back as printed, and are not type arguments */
static void test_impl_path_names(void **state)
{
	(void)state;
	const char *src = "#[layout(size 4, align 4, offsets [0])]\n"
			  "struct Top(u32);\n"
			  "\n"
			  "#[layout(size 4, align 4, offsets [0])]\n"
			  "struct <Top as Get>::get::In { a: u32 }\n"
			  "\n"
			  "#[layout(size 4, align 4, offsets [0])]\n"
			  "struct f::<impl Top>::n::S(u32);\n"
			  "\n"
			  "fn f::<impl Top>::n(_1: &Top) -> u32 {\n"
			  "    let mut _0: u32;\n"
			  "    let _2: f::<impl Top>::n::S;\n"
			  "    let _3: <Top as Get>::get::In;\n"
			  "\n"
			  "    bb0: {\n"
			  "        _2 = f::<impl Top>::n::S(const 1_u32);\n"
			  "        _3 = <Top as Get>::get::In { a: const 2_u32 };\n"
			  "        _0 = g::<impl g::{closure#0}::T>::k(copy _1) -> [return: bb1, unwind continue];\n"
			  "    }\n"
			  "\n"
			  "    bb1: {\n"
			  "        return;\n"
			  "    }\n"
			  "}\n"
			  "\n"
			  "fn g::<impl g::{closure#0}::T>::k(_1: &Top) -> u32 {\n"
			  "    let mut _0: u32;\n"
			  "\n"
			  "    bb0: {\n"
			  "        _0 = const 0_u32;\n"
			  "        return;\n"
			  "    }\n"
			  "}\n";
	Diag d;
	Module *m = parse_str(src, &d);
	if (!m)
		fail_msg("%d:%d: %s", d.line, d.col, d.msg);
	Fn *f = module_find_fn(m, "f::<impl Top>::n");
	assert_non_null(f);
	assert_string_equal(f->names[f->blocks[0].term.x], "g::<impl g::{closure#0}::T>::k");
	assert_string_equal(adt_name(m, adt_of(m, f->locals[2].ty)), "f::<impl Top>::n::S");
	assert_string_equal(adt_name(m, adt_of(m, f->locals[3].ty)), "<Top as Get>::get::In");
	char *out = module_text(m);
	assert_string_equal(out, src);
	free(out);
	module_free(m);
	assert_null(name_type_args("f::<impl Top>::n::S"));
	assert_null(name_type_args("<Result<u32, u8> as Try>::branch::In"));
	assert_string_equal(name_type_args("Option<u32>"), "<u32>");
	assert_string_equal(name_type_args("f::<impl Top>::n::E<u8>"), "<u8>");
}

static void test_fn_kinds(void **state)
{
	(void)state;
	/* items in any order: the coroutine comes after the fns that name it */
	const char *src = "fn c::{closure#0}::{coroutine_drop}(_1: *mut {async fn body of c()}) -> () {\n"
			  "    let _0: ();\n"
			  "    bb0: {\n        return;\n    }\n}\n"
			  "fn c::{closure#0}(_1: {async fn body of c()}, _2: ResumeTy) -> u32\nyields ()\n {\n"
			  "    let _0: u32;\n"
			  "    bb0: {\n        _0 = const 1_u32;\n        return;\n    }\n}\n"
			  "fn r(_1: Pin<&mut {async fn body of c()}>, _2: &mut Context<'_>) -> Poll<u32> {\n"
			  "    let _0: Poll<u32>;\n"
			  "    bb0: {\n        _0 = Poll::<u32>::Pending;\n        return;\n    }\n}\n"
			  "coroutine c: async fn at 3:4 {\n    output u32;\n    body c::{closure#0};\n    resume r;\n"
			  "    drop c::{closure#0}::{coroutine_drop};\n}\n";
	Diag d;
	Module *m = parse_str(src, &d);
	if (!m)
		fail_msg("%d:%d: %s", d.line, d.col, d.msg);
	assert_int_equal(m->ncoros, 1);
	assert_int_equal(m->coros[0].line, 3);
	assert_int_equal(m->coros[0].col, 4);
	Fn *body = module_find_fn(m, "c::{closure#0}");
	Fn *res = module_find_fn(m, "r");
	Fn *drop = module_find_fn(m, "c::{closure#0}::{coroutine_drop}");
	assert_non_null(body);
	assert_non_null(res);
	assert_non_null(drop);
	assert_int_equal(body->kind, FN_CORO_BODY);
	assert_int_equal(res->kind, FN_RESUME);
	assert_int_equal(drop->kind, FN_DROP_SHIM);
	assert_int_equal(body->coro, 0);
	assert_int_equal(res->coro, 0);
	assert_int_equal(drop->coro, 0);
	module_free(m);
}

static void test_hostile_input(void **state)
{
	(void)state;
	/* deep nesting, NUL bytes, empty input: errors, never crashes */
	size_t n = 20000;
	char *s = malloc(n * 2 + 64);
	strcpy(s, "fn f() -> ");
	size_t o = strlen(s);
	for (size_t i = 0; i < n; i++)
		s[o++] = '(';
	s[o] = 0;
	Diag d;
	assert_null(parse_str(s, &d));
	assert_string_equal(d.msg, "nesting too deep (more than 200 levels)");
	free(s);
	char nul[] = "fn f() -> u32 {\0}";
	memset(&d, 0, sizeof d);
	assert_null(parse_module("t.mir", nul, sizeof nul - 1, &d));
	assert_string_equal(d.msg, "unexpected byte 0x00");
	Module *m = parse_str("// only a comment\n", &d);
	assert_non_null(m);
	assert_int_equal(m->nfns, 0);
	module_free(m);
}

/* ------------------------------------------------------------------ */
/* builders                                                            */
/* ------------------------------------------------------------------ */

static void test_places(void **state)
{
	(void)state;
	Module *m = module_new("t");
	TypeId u32 = type_basic(m, TY_U32);
	TypeId pair = type_tuple2(m, u32, type_basic(m, TY_BOOL));
	TypeId ref = type_ptr(m, TY_REFMUT, pair);
	assert_int_equal(type_tuple2(m, u32, TY_BOOL), pair); /* interned */
	Fn *f = fn_new(m, "f", FN_SYNC);
	fn_add_local(f, u32, NULL, 1);
	LocalId r = fn_add_local(f, ref, "r", 0);
	PlaceId p = place_local(f, r);
	assert_true(place_is_local(f, p));
	PlaceId dp = place_project(f, p, PROJ_DEREF, 0, NO_ID);
	PlaceId fp = place_project(f, dp, PROJ_FIELD, 1, TY_BOOL);
	assert_false(place_is_local(f, fp));
	assert_int_equal(place_get(f, fp)->nproj, 2);
	assert_int_equal(place_proj(f, place_get(f, fp), 0)->kind, PROJ_DEREF);
	assert_int_equal(place_proj(f, place_get(f, fp), 1)->index, 1);
	assert_int_equal(place_type(f, p), ref);
	assert_int_equal(place_type(f, dp), pair);
	assert_int_equal(place_type(f, fp), TY_BOOL);
	/* deref of a non-pointer */
	PlaceId bad = place_project(f, place_local(f, 0), PROJ_DEREF, 0, NO_ID);
	assert_int_equal(place_type(f, bad), NO_ID);
	/* copies between fns */
	Fn *g = fn_new(m, "g", FN_SYNC);
	fn_add_local(g, u32, NULL, 0);
	fn_add_local(g, ref, NULL, 0);
	PlaceId gp = place_copy(g, f, fp);
	assert_int_equal(place_type(g, gp), TY_BOOL);
	FILE *t = tmpfile();
	print_place(g, gp, t);
	rewind(t);
	size_t n;
	char *s = read_all(t, &n);
	fclose(t);
	assert_string_equal(s, "((*_1).1: bool)");
	free(s);
	module_free(m);
}

static void test_successors_clone_stats(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "f", FN_SYNC);
	fn_add_local(f, TY_U32, NULL, 0);
	LocalId unit = fn_add_local(f, TY_UNIT, NULL, 0);
	/* a temporary: StorageLive of the return place is an error (rustc's validator) */
	LocalId x = fn_add_local(f, TY_U32, NULL, 0);
	BlockId b0 = fn_add_block(f, 0), b1 = fn_add_block(f, 0), b2 = fn_add_block(f, 0), b3 = fn_add_block(f, 1);
	fn_push_stmt(f, b0, stmt_storage(ST_STORAGE_LIVE, x));
	fn_push_stmt(f, b0, stmt_assign_use(place_local(f, x), op_const(f, TY_U32, 7)));
	fn_push_stmt(f, b0, stmt_nop());
	SwitchArm arms[2] = {{0, b1}, {1, b2}};
	Term sw = term_simple(TK_SWITCH);
	sw.a = op_copy(place_local(f, x));
	sw.args = fn_add_arms(f, arms, 2);
	sw.nargs = 2;
	sw.target = b2;
	fn_set_term(f, b0, sw);
	Term call = term_simple(TK_CALL);
	call.op = CALLEE_FN;
	call.x = fn_add_name(f, "observe");
	call.target = b2;
	call.unwind = UW_CLEANUP;
	call.unwind_bb = b3;
	call.place = place_local(f, unit);
	Operand arg = op_const(f, TY_U32, 1);
	call.args = fn_add_args(f, &arg, 1);
	call.nargs = 1;
	fn_set_term(f, b1, call);
	fn_set_term(f, b2, term_simple(TK_RETURN));
	fn_set_term(f, b3, term_simple(TK_RESUME));
	BlockId out[8];
	assert_int_equal(term_successors(f, &f->blocks[b0].term, out, 8), 3);
	assert_int_equal(out[0], b1);
	assert_int_equal(out[1], b2);
	assert_int_equal(out[2], b2);
	assert_int_equal(term_nsuccessors(f, &f->blocks[b1].term), 2);
	assert_int_equal(term_successors(f, &f->blocks[b1].term, out, 1), 2); /* count beyond max */
	assert_int_equal(out[0], b2);
	assert_int_equal(term_nsuccessors(f, &f->blocks[b2].term), 0);
	FnStats st = fn_stats(f, 0);
	assert_int_equal(st.blocks, 4);
	assert_int_equal(st.stmts, 3 + 4);
	st = fn_stats(f, 1);
	assert_int_equal(st.stmts, 1 + 4);
	Fn *g = fn_clone(m, f, "g");
	assert_int_equal(g->nblocks, 4);
	assert_ptr_not_equal(g->blocks[0].stmts, f->blocks[0].stmts);
	fn_push_stmt(g, 0, stmt_nop());
	assert_int_equal(f->blocks[0].nstmts, 3);
	assert_int_equal(g->blocks[0].nstmts, 4);
	assert_string_equal(g->names[g->blocks[1].term.x], "observe");
	assert_ptr_not_equal(g->names[0], f->names[0]);
	Diag d = {0};
	if (verify_fn(f, "test", &d) != 0)
		fail_msg("%s", d.msg);
	char *a = module_text(m);
	module_remove_fn(m, g);
	assert_null(module_find_fn(m, "g"));
	free(a);
	module_free(m);
}

/* fn_insert_stmts (quad40) against fn_insert_stmt one by one, last first: random blocks
 * (empty ones too), inserts at the start, the end, several at one index */
static void test_insert_stmts(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "f", FN_SYNC);
	uint32_t seed = 40;
	StmtInserts v = {0};
	for (int trial = 0; trial < 200; trial++) {
		BlockId a = fn_add_block(f, 0), b = fn_add_block(f, 0);
		seed = seed * 1103515245u + 12345u;
		uint32_t nold = (seed >> 16) % 24, k = (seed >> 8) % 12, at = 0;
		for (uint32_t j = 0; j < nold; j++) {
			fn_push_stmt(f, a, stmt_storage(ST_STORAGE_DEAD, 1000 + j));
			fn_push_stmt(f, b, stmt_storage(ST_STORAGE_DEAD, 1000 + j));
		}
		for (uint32_t i = 0; i < k; i++) {
			seed = seed * 1103515245u + 12345u;
			at += (seed >> 16) % 3 == 0 ? (seed >> 20) % (nold + 1 - at) : 0;
			stmt_inserts_push(&v, at, stmt_storage(ST_STORAGE_DEAD, 2000 + i));
		}
		for (uint32_t i = k; i-- > 0;)
			fn_insert_stmt(f, b, v.at[i], v.s[i]);
		fn_insert_stmts(f, a, &v);
		assert_int_equal(v.n, 0);
		assert_int_equal(f->blocks[a].nstmts, nold + k);
		assert_int_equal(f->blocks[b].nstmts, nold + k);
		for (uint32_t j = 0; j < nold + k; j++)
			assert_int_equal(f->blocks[a].stmts[j].x, f->blocks[b].stmts[j].x);
	}
	fn_insert_stmts(f, 0, &v); /* nothing to insert */
	stmt_inserts_free(&v);
	module_free(m);
}

static void test_verify_messages(void **state)
{
	(void)state;
	Module *m = module_new("t");
	Fn *f = fn_new(m, "f", FN_SYNC);
	f->line = 3;
	fn_add_local(f, TY_U32, NULL, 0);
	BlockId b0 = fn_add_block(f, 0);
	f->blocks[b0].line = 5;
	fn_push_stmt(f, b0, stmt_assign_use(place_local(f, 0), op_const(f, TY_BOOL, 1)));
	fn_set_term(f, b0, term_goto(7));
	Diag d = {0};
	assert_int_equal(verify_fn(f, "mypass", &d), -1);
	assert_int_equal(d.line, 5);
	assert_string_equal(d.msg, "after mypass: fn f: bb0: assignment of bool to a place of type u32");
	f->blocks[b0].stmts[0] = stmt_assign_use(place_local(f, 0), op_const(f, TY_U32, 1));
	memset(&d, 0, sizeof d);
	assert_int_equal(verify_fn(f, "mypass", &d), -1);
	assert_string_equal(d.msg, "after mypass: fn f: bb0: goto target bb7 does not exist");
	f->blocks[b0].term = term_simple(TK_RETURN);
	memset(&d, 0, sizeof d);
	assert_int_equal(verify_module(m, "mypass", &d), 0);
	/* rustc's validator: no StorageLive / StorageDead of the return place or
	 * an argument; of a temporary they verify */
	fn_push_stmt(f, b0, stmt_storage(ST_STORAGE_DEAD, 0));
	memset(&d, 0, sizeof d);
	assert_int_equal(verify_fn(f, "mypass", &d), -1);
	assert_string_equal(d.msg, "after mypass: fn f: bb0: StorageDead(_0) of the return place, which lives for the "
				   "whole body");
	f->blocks[b0].stmts[1] = stmt_storage(ST_STORAGE_DEAD, fn_add_local(f, TY_U32, NULL, 0));
	memset(&d, 0, sizeof d);
	assert_int_equal(verify_fn(f, "mypass", &d), 0);
	Fn *g = fn_new(m, "g", FN_SYNC);
	g->line = 9;
	memset(&d, 0, sizeof d);
	assert_int_equal(verify_module(m, "mypass", &d), -1);
	assert_int_equal(d.line, 9);
	assert_string_equal(d.msg, "after mypass: fn g: 0 arguments but only 0 locals");
	module_free(m);
}

/* derive37b: a Copy item (MIR reads it with `copy`) whose field is not Copy is refused in any module;
 * one of Copy fields, or the same item not Copy, verifies */
static void test_verify_copy_item(void **state)
{
	(void)state;
	Module *m = module_new("t");
	const TypeId held[] = {TY_U32, TY_GUARD}, plain[] = {TY_U32, TY_BOOL};
	const char *const names[] = {"a", "g"};
	TypeId s = type_struct_define(m, "Held", 2, held, names, 0);
	TypeId p = type_struct_define(m, "Plain", 2, plain, names, 0);
	Diag d = {0};
	assert_int_equal(verify_module(m, "mypass", &d), 0);
	adt_of(m, p)->is_copy = 1;
	assert_int_equal(verify_module(m, "mypass", &d), 0);
	adt_of(m, s)->is_copy = 1;
	assert_int_equal(verify_module(m, "mypass", &d), -1);
	assert_non_null(strstr(d.msg, "Copy struct Held: field 1 is not Copy"));
	module_free(m);
}

/* clone39: a repr(C) struct keeps its fields in declaration order, each at its alignment, the size
 * rounded up to the largest (rustc: 12 bytes for u8, u32, u16); the same fields reordered without it
 * (8 bytes); the niche of the first of two bools taken, as rustc's start-biased univariant */
static void test_repr_c_layout(void **state)
{
	(void)state;
	Module *m = module_new("t");
	const TypeId fields[] = {TY_U8, TY_U32, TY_U16}, bools[] = {TY_BOOL, TY_U64, TY_BOOL};
	const Adt *c = adt_of(m, type_struct_define(m, "C", 3, fields, NULL, 1));
	const Adt *r = adt_of(m, type_struct_define(m, "R", 3, fields, NULL, 0));
	const Adt *b = adt_of(m, type_struct_define(m, "B", 3, bools, NULL, 1));
	assert_int_equal(c->repr_c, 1);
	assert_int_equal(c->size, 12);
	assert_int_equal(c->align, 4);
	assert_int_equal(c->offsets[0], 0);
	assert_int_equal(c->offsets[1], 4);
	assert_int_equal(c->offsets[2], 8);
	assert_int_equal(r->repr_c, 0);
	assert_int_equal(r->size, 8);
	assert_int_equal(r->offsets[1], 0);
	assert_int_equal(b->size, 24);
	assert_int_equal(b->offsets[2], 16);
	assert_int_equal(b->niche.off, 0);
	module_free(m);
}

/* promo38: a promoted's body belongs to its module: a copy has its own, freed with the copy while the
 * original's still verifies; a body reading a temporary before its assignment is a located error */
static void test_promoted_body_owned(void **state)
{
	(void)state;
	static const char src[] = "const f::promoted[0]: &[u32; 2] = {\n    let mut _0: &[u32; 2];\n"
	                          "    let mut _1: [u32; 2];\n\n    bb0: {\n        _1 = [const 1_u32, const 2_u32];\n"
	                          "        _0 = &_1;\n        return;\n    }\n}\n";
	Diag d;
	Module *m = parse_str(src, &d);
	assert_non_null(m);
	assert_int_equal(m->nnamed, 1);
	assert_non_null(m->named[0].body);
	Module *c = module_copy(m);
	assert_ptr_not_equal(c->named[0].body, m->named[0].body);
	assert_int_equal(c->named[0].body->blocks[0].nstmts, 2);
	module_free(c);
	assert_int_equal(verify_module(m, "copy", &d), 0);
	assert_int_equal(m->named[0].body->blocks[0].nstmts, 2);
	module_free(m);
	static const char unset[] = "const f::promoted[0]: &[u32; 1] = {\n    let mut _0: &[u32; 1];\n"
	                            "    let mut _1: [u32; 1];\n    let mut _2: u32;\n\n    bb0: {\n"
	                            "        _1 = [move _2];\n        _2 = const 1_u32;\n        _0 = &_1;\n"
	                            "        return;\n    }\n}\n";
	m = parse_str(unset, &d);
	assert_non_null(m);
	assert_int_equal(verify_module(m, "parse", &d), -1);
	assert_non_null(strstr(d.msg, "_2 is read before it is assigned"));
	assert_int_equal(d.line, 6);
	module_free(m);
}

/* cmp39: core's comparison and query names (ir/core_cmp.c), by rustc's spelling, and the types they take */
static void test_core_leaves(void **state)
{
	(void)state;
	assert_int_equal(cmp_leaf_op("<Option<u32> as PartialEq>::eq"), BIN_EQ);
	assert_int_equal(cmp_leaf_op("<[u8; 4] as PartialEq>::ne"), BIN_NE);
	assert_int_equal(cmp_leaf_op("<() as PartialOrd>::ge"), BIN_GE);
	assert_int_equal(cmp_leaf_op("<Result<u32, u8> as PartialOrd>::lt"), BIN_LT);
	assert_int_equal(cmp_leaf_op("<u32 as Clone>::clone"), -1);
	assert_int_equal(cmp_leaf_op("<S as PartialEq>::eqq"), -1);
	assert_int_equal(cmp_leaf_op("Option::<u32>::is_some"), -1);
	assert_int_equal(query_leaf_kind("Option::<u32>::is_some"), QUERY_IS_SOME);
	assert_int_equal(query_leaf_kind("Result::<u32, u8>::is_err"), QUERY_IS_ERR);
	assert_int_equal(query_leaf_kind("Option::<u32>::is_ok"), 0); /* Result's, not Option's */
	assert_int_equal(query_leaf_kind("Result::<u32, u8>::is_none"), 0);
	assert_int_equal(query_leaf_kind("S::is_some"), 0);
	/* mac40: the panics of std's macros (ir/core_panic.c), by rustc 1.95's MIR spelling; not other paths */
	assert_int_equal(panic_leaf_kind("core::panicking::panic"), PANIC_LEAF_PANIC);
	assert_int_equal(panic_leaf_kind("Arguments::<'_>::from_str"), PANIC_LEAF_FROM_STR);
	assert_int_equal(panic_leaf_kind("Arguments::<'_>::from_str_nonconst"), PANIC_LEAF_FROM_STR_NONCONST);
	assert_int_equal(panic_leaf_kind("std::rt::panic_fmt"), PANIC_LEAF_PANIC_FMT);
	assert_int_equal(panic_leaf_kind("core::panicking::panic_fmt"), 0);
	assert_int_equal(panic_leaf_kind("panic"), 0);
	assert_string_equal(query_leaf_method(QUERY_IS_NONE), "is_none");
	assert_int_equal(query_method_kind("is_ok", 5), QUERY_IS_OK);
	assert_int_equal(query_method_kind("is_o", 4), 0);
	static const char src[] = "enum Option<u32> { None, Some(u32) }\n\nenum Option<Guard> { None, Some(Guard) }\n";
	Diag d;
	Module *m = parse_str(src, &d);
	assert_non_null(m);
	TypeId ou = type_adt(m, "Option<u32>"), og = type_adt(m, "Option<Guard>");
	assert_true(type_core_comparable(m, ou));
	assert_true(type_core_comparable(m, type_array(m, ou, 3)));
	assert_true(type_core_comparable(m, TY_UNIT));
	assert_false(type_core_comparable(m, og)); /* Guard has no PartialEq */
	assert_false(type_core_comparable(m, TY_GUARD));
	assert_true(core_leaf_of_type(m, "<Option<u32> as PartialEq>::eq", ou));
	assert_false(core_leaf_of_type(m, "<Option<u32> as PartialEq>::eq", og));
	assert_true(core_leaf_of_type(m, "Option::<u32>::is_some", ou));
	assert_false(core_leaf_of_type(m, "Option::<u8>::is_some", ou));
	module_free(m);
}

/* ------------------------------------------------------------------ */
/* type sizes                                                          */
/* ------------------------------------------------------------------ */

static void test_type_sizes(void **state)
{
	(void)state;
	Module *m = module_new("t");
	TypeId poll_u32 = type_ptr(m, TY_POLL, TY_U32);
	assert_int_equal(type_size(m, poll_u32), 8);
	assert_int_equal(type_align(m, poll_u32), 4);
	assert_int_equal(type_field_offset(m, poll_u32, 0, 0), 4);
	TypeId poll_unit = type_ptr(m, TY_POLL, TY_UNIT);
	assert_int_equal(type_size(m, poll_unit), 1);
	assert_int_equal(type_align(m, poll_unit), 1);
	TypeId u32_bool = type_tuple2(m, TY_U32, TY_BOOL);
	assert_int_equal(type_size(m, u32_bool), 8);
	assert_int_equal(type_align(m, u32_bool), 4);
	assert_int_equal(type_field_offset(m, u32_bool, 0, 0), 0);
	assert_int_equal(type_field_offset(m, u32_bool, 0, 1), 4);
	TypeId u8_bool = type_tuple2(m, TY_U8, TY_BOOL);
	assert_int_equal(type_size(m, u8_bool), 2);
	assert_int_equal(type_align(m, u8_bool), 1);
	assert_int_equal(type_field_offset(m, u8_bool, 0, 1), 1);
	assert_int_equal(type_size(m, type_ptr(m, TY_REFMUT, TY_U8)), 8);
	assert_int_equal(type_size(m, TY_GUARD), 4);
	assert_int_equal(type_size(m, TY_YIELDNOW), 1);
	assert_true(type_needs_drop(m, TY_GUARD));
	assert_false(type_needs_drop(m, poll_u32));
	module_free(m);
}

/* A coroutine's layout, read from a file, answers type_size/type_field_offset. */
static void test_coroutine_layout_sizes(void **state)
{
	(void)state;
	size_t n;
	char *src = read_file("tests/mir/two_await_lowered.mir", &n);
	Diag d = {0};
	Module *m = parse_module("two_await_lowered.mir", src, n, &d);
	if (!m)
		fail_msg("%d:%d: %s", d.line, d.col, d.msg);
	int foo = module_find_coro(m, "foo"), bar = module_find_coro(m, "bar");
	assert_true(foo >= 0 && bar >= 0);
	TypeId tf = type_coro(m, (uint32_t)foo), tb = type_coro(m, (uint32_t)bar);
	assert_int_equal(type_size(m, tf), 12);
	assert_int_equal(type_align(m, tf), 4);
	assert_int_equal(type_size(m, tb), 2);
	const Layout *l = m->coros[foo].layout;
	assert_int_equal(l->nvariants, 5);
	assert_int_equal(l->nsaved, 3);
	assert_int_equal(l->tag_offset, 4);
	assert_int_equal(l->tag_size, 1);
	assert_true(l->saved[0].promoted);
	assert_int_equal(l->saved[0].local, 3);
	assert_string_equal(l->saved[0].name, "a");
	assert_int_equal(type_field_offset(m, tf, 4, 1), 8); /* Suspend1 field 1 = _s2 */
	assert_int_equal(type_field_offset(m, tf, 4, 0), 0); /* Suspend1 field 0 = _s0 */
	assert_true(layout_conflict(l, 0, 2));
	assert_true(layout_conflict(l, 2, 0));
	assert_false(layout_conflict(l, 1, 2));
	module_free(m);
	free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_parse_values),
		cmocka_unit_test(test_impl_path_names),
		cmocka_unit_test(test_fn_kinds),
		cmocka_unit_test(test_hostile_input),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_successors_clone_stats),
		cmocka_unit_test(test_verify_messages),
		cmocka_unit_test(test_verify_copy_item),
		cmocka_unit_test(test_repr_c_layout),
		cmocka_unit_test(test_promoted_body_owned),
		cmocka_unit_test(test_core_leaves),
		cmocka_unit_test(test_insert_stmts),
		cmocka_unit_test(test_type_sizes),
		cmocka_unit_test(test_coroutine_layout_sizes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
