/* test_lower.c — structural checks of frontend_build (frontend/build_*.c): yields
 * per await, upvars and capture modes, the `__awaitee` local, guard drops on
 * every exit, drop flags, panic=abort, release arithmetic; and the corpus:
 * every program of tests/rust and bench builds and verifies in all modes, and
 * frontend_lower gives the same module as frontend_build + module_lower; bodies
 * built on several threads (BuildOptions.jobs) give the module one thread
 * gives, on the corpus and on a generated module of 1,200 fns. */
#define _POSIX_C_SOURCE 200809L /* opendir */
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

static Module *build(const char *src, int release, int panic_abort)
{
	Diag d = {0};
	BuildOptions o = {.release = release, .panic_abort = panic_abort};
	Module *m = frontend_build("t.rs", src, strlen(src), &o, &d);
	if (!m)
		fail_msg("build: %d:%d: %s\n%s", d.line, d.col, d.msg, src);
	Diag v = {0};
	if (verify_module(m, "test", &v) != 0)
		fail_msg("verify: %s", v.msg);
	return m;
}

static Fn *fn_named(Module *m, const char *name)
{
	Fn *f = module_find_fn(m, name);
	if (!f)
		fail_msg("no fn %s", name);
	return f;
}

static uint32_t count_terms(const Fn *f, TermKind k)
{
	uint32_t n = 0;
	for (uint32_t b = 0; b < f->nblocks; b++)
		n += f->blocks[b].term.kind == k;
	return n;
}

static uint32_t count_cleanup(const Fn *f)
{
	uint32_t n = 0;
	for (uint32_t b = 0; b < f->nblocks; b++)
		n += f->blocks[b].cleanup;
	return n;
}

static uint32_t count_calls(const Fn *f, const char *name)
{
	uint32_t n = 0;
	for (uint32_t b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		n += t->kind == TK_CALL && t->op == CALLEE_FN && strcmp(f->names[t->x], name) == 0;
	}
	return n;
}

static int has_local_named(const Fn *f, const char *name)
{
	for (uint32_t i = 0; i < f->nlocals; i++)
		if (f->locals[i].name && strcmp(f->locals[i].name, name) == 0)
			return 1;
	return 0;
}

/* drops of a given local on non-cleanup paths */
static uint32_t count_drops_of(const Fn *f, LocalId l, int cleanup)
{
	uint32_t n = 0;
	for (uint32_t b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		if (t->kind == TK_DROP && f->blocks[b].cleanup == cleanup && place_is_local(f, t->place) &&
		    f->places[t->place].local == l)
			n++;
	}
	return n;
}

static void test_two_awaits(void **state)
{
	(void)state;
	Module *m = build("async fn bar() -> u32 { yield_now().await; 1 }\n"
			  "async fn foo() -> u32 { let a = bar().await; let b = bar().await; a + b }\n",
			  0, 0);
	Fn *body = fn_named(m, "foo::{closure#0}");
	assert_int_equal(body->kind, FN_CORO_BODY);
	assert_int_equal(count_terms(body, TK_YIELD), 2);
	assert_int_equal(count_terms(body, TK_COROUTINE_DROP), 1);
	assert_true(has_local_named(body, "__awaitee"));
	assert_int_equal(body->nargs, 2);
	assert_int_equal(type_get(m, body->locals[2].ty)->kind, TY_RESUMETY);
	/* rustc's shape at O0: 23 blocks in this body before the transform is
	 * not asserted here; the goldens carry the exact text */
	Fn *bar = fn_named(m, "bar::{closure#0}");
	assert_int_equal(count_terms(bar, TK_YIELD), 1);
	int c = module_find_coro(m, "foo");
	assert_true(c >= 0);
	assert_int_equal(m->coros[c].kind, CORO_ASYNC_FN);
	assert_string_equal(m->coros[c].body, "foo::{closure#0}");
	assert_int_equal(m->coros[c].nupvars, 0);
	assert_int_equal(m->coros[c].output, TY_U32);
	module_free(m);
}

static void test_constructor_and_params(void **state)
{
	(void)state;
	Module *m = build("async fn w(x: u32, y: u64) -> u64 { yield_now().await; (x as u64) + y }\n", 0, 0);
	int c = module_find_coro(m, "w");
	assert_int_equal(m->coros[c].nupvars, 2);
	assert_string_equal(m->coros[c].upvars[0].name, "x");
	assert_int_equal(m->coros[c].upvars[1].ty, TY_U64);
	assert_int_equal(m->coros[c].line, 1);
	assert_int_equal(m->coros[c].col, 1);
	Fn *ctor = fn_named(m, "w");
	assert_int_equal(ctor->kind, FN_SYNC);
	assert_int_equal(ctor->nblocks, 1);
	const Stmt *s = &ctor->blocks[0].stmts[0];
	assert_int_equal(s->rv, RV_AGGREGATE);
	assert_int_equal(s->op, AGG_CORO);
	assert_int_equal(s->b.v, 2);
	/* the body copies each upvar into a local first: `_3 = copy (_1.0: u32)` */
	Fn *body = fn_named(m, "w::{closure#0}");
	const Block *b0 = &body->blocks[0];
	assert_int_equal(b0->stmts[0].kind, ST_STORAGE_LIVE);
	assert_int_equal(b0->stmts[0].x, 3);
	assert_int_equal(b0->stmts[1].kind, ST_ASSIGN);
	assert_int_equal(body->places[b0->stmts[1].a.v].local, 1);
	assert_int_equal(body->places[b0->stmts[1].a.v].nproj, 1);
	/* and ends with drop(_1) on the return path */
	assert_int_equal(count_drops_of(body, 1, 0), 2); /* return and coroutine drop paths */
	module_free(m);
}

/* `a += b` (issue 22): the fields in rustc's capture order (a, the assigned
 * place, first), the aggregate's names in upvars_mentioned order (b, a) */
static void test_async_block_mentioned(void **state)
{
	(void)state;
	Module *m = build("async fn f(x: u32) -> u32 {\n"
			  "    let mut a = x;\n"
			  "    let b = x + 1;\n"
			  "    async { a += b; }.await;\n"
			  "    a\n"
			  "}\n",
			  0, 0);
	int c = module_find_coro(m, "f::{async block#0}");
	assert_true(c >= 0);
	const Coroutine *co = &m->coros[c];
	assert_int_equal(co->nupvars, 2);
	assert_string_equal(co->upvars[0].name, "a");
	assert_int_equal(type_get(m, co->upvars[0].ty)->kind, TY_REFMUT);
	assert_string_equal(co->upvars[1].name, "b");
	assert_int_equal(co->nmentioned, 2);
	assert_string_equal(coro_aggregate_name(co, 0), "b");
	assert_string_equal(coro_aggregate_name(co, 1), "a");
	assert_string_equal(coro_aggregate_name(co, 2), "?");
	module_free(m);
}

static void test_async_block_captures(void **state)
{
	(void)state;
	Module *m = build("async fn f(x: u32) -> u32 {\n"
			  "    let mut n = 0;\n"
			  "    let y = x * 2;\n"
			  "    let a = async move { yield_now().await; y + 1 };\n"
			  "    let r = async { y + 1 }.await;\n"
			  "    async { n += 1; }.await;\n"
			  "    a.await + r + n\n"
			  "}\n",
			  0, 0);
	int c0 = module_find_coro(m, "f::{async block#0}");
	int c1 = module_find_coro(m, "f::{async block#1}");
	int c2 = module_find_coro(m, "f::{async block#2}");
	assert_true(c0 >= 0 && c1 >= 0 && c2 >= 0);
	assert_int_equal(m->coros[c0].kind, CORO_ASYNC_BLOCK);
	assert_int_equal(m->coros[c0].nupvars, 1);
	assert_int_equal(m->coros[c0].upvars[0].ty, TY_U32); /* by value */
	assert_int_equal(type_get(m, m->coros[c1].upvars[0].ty)->kind, TY_REF);
	assert_int_equal(type_get(m, m->coros[c2].upvars[0].ty)->kind, TY_REFMUT);
	assert_int_equal(m->coros[c0].line, 4);
	assert_int_equal(m->coros[c0].col, 13);
	/* rustc's layout names a by-reference capture `_ref__x` (by `&` and by `&mut`), a by-value one `x`;
	 * the MIR keeps the variable's name */
	char nm[64];
	assert_false(m->coros[c0].upvars[0].by_ref);
	assert_string_equal(upvar_layout_name(&m->coros[c0].upvars[0], nm, sizeof nm), "y");
	assert_true(m->coros[c1].upvars[0].by_ref);
	assert_string_equal(upvar_layout_name(&m->coros[c1].upvars[0], nm, sizeof nm), "_ref__y");
	assert_string_equal(upvar_layout_name(&m->coros[c2].upvars[0], nm, sizeof nm), "_ref__n");
	assert_string_equal(m->coros[c2].upvars[0].name, "n");
	assert_null(m->coros[c2].mentioned); /* its one name is its upvar's */
	assert_string_equal(coro_aggregate_name(&m->coros[c2], 0), "n");
	/* rustc's names: closures of the async fn's body */
	assert_string_equal(m->coros[c0].body, "f::{closure#0}::{closure#0}");
	assert_string_equal(m->coros[c2].body, "f::{closure#0}::{closure#2}");
	Fn *b1 = fn_named(m, "f::{closure#0}::{closure#1}");
	assert_int_equal(count_terms(b1, TK_YIELD), 0);
	/* a by-ref upvar is read through a deref temp (Derefer) */
	int found = 0;
	for (uint32_t i = 0; i < b1->blocks[0].nstmts; i++) {
		const Stmt *s = &b1->blocks[0].stmts[i];
		if (s->kind == ST_ASSIGN && s->rv == RV_USE && s->a.kind == OP_COPY &&
		    b1->places[s->a.v].local == 1)
			found = 1;
	}
	assert_true(found);
	module_free(m);
}

static void test_guard_drops(void **state)
{
	(void)state;
	Module *m = build("fn g(x: u32) -> u32 {\n"
			  "    let _a = guard(1);\n"
			  "    if x == 0 { return 5; }\n"
			  "    observe(x);\n"
			  "    x\n"
			  "}\n",
			  0, 0);
	Fn *f = fn_named(m, "g");
	LocalId a = NO_ID;
	for (uint32_t i = 0; i < f->nlocals; i++)
		if (f->locals[i].name && strcmp(f->locals[i].name, "_a") == 0)
			a = i;
	assert_true(a != NO_ID);
	/* dropped on the early return and on the normal exit, plus on unwind */
	assert_int_equal(count_drops_of(f, a, 0), 2);
	assert_int_equal(count_drops_of(f, a, 1), 1);
	assert_true(count_cleanup(f) >= 2);
	/* the drop precedes the return: every return block is reached after a drop */
	assert_int_equal(count_terms(f, TK_RETURN), 1);
	module_free(m);
}

static void test_guard_across_await(void **state)
{
	(void)state;
	Module *m = build("async fn h(x: u32) -> u32 { let _g = guard(x); yield_now().await; x }\n", 0, 0);
	Fn *f = fn_named(m, "h::{closure#0}");
	LocalId g = NO_ID;
	for (uint32_t i = 0; i < f->nlocals; i++)
		if (f->locals[i].name && strcmp(f->locals[i].name, "_g") == 0)
			g = i;
	assert_true(g != NO_ID);
	/* return path and coroutine drop path */
	assert_int_equal(count_drops_of(f, g, 0), 2);
	/* the yield's drop edge leads to coroutine_drop */
	for (uint32_t b = 0; b < f->nblocks; b++)
		if (f->blocks[b].term.kind == TK_YIELD)
			assert_true(f->blocks[b].term.drop != NO_BLOCK);
	module_free(m);
}

static void test_panic_abort(void **state)
{
	(void)state;
	const char *src = "fn g(x: u32) -> u32 { let _a = guard(1); observe(x); x + 1 }\n"
			  "async fn h(x: u32) -> u32 { let _g = guard(x); yield_now().await; x * 2 }\n";
	Module *m = build(src, 0, 1);
	assert_int_equal(m->panic_abort, 1);
	for (uint32_t i = 0; i < m->nfns; i++) {
		Fn *f = m->fns[i];
		assert_int_equal(count_cleanup(f), 0);
		assert_int_equal(count_terms(f, TK_RESUME), 0);
		for (uint32_t b = 0; b < f->nblocks; b++) {
			const Term *t = &f->blocks[b].term;
			if (t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_ASSERT)
				assert_int_equal(t->unwind, UW_UNREACHABLE);
		}
	}
	module_free(m);
	m = build(src, 0, 0);
	assert_true(count_cleanup(fn_named(m, "g")) > 0);
	assert_true(count_cleanup(fn_named(m, "h::{closure#0}")) > 0);
	module_free(m);
}

static void test_release_arith(void **state)
{
	(void)state;
	const char *src = "fn f(a: u32, b: u32) -> u32 { (a + b) * 2 - a / b }\n";
	Module *m = build(src, 0, 0);
	Fn *f = fn_named(m, "f");
	assert_int_equal(count_terms(f, TK_ASSERT), 4); /* + * - and /0 */
	module_free(m);
	m = build(src, 1, 0);
	assert_int_equal(m->release, 1);
	f = fn_named(m, "f");
	assert_int_equal(count_terms(f, TK_ASSERT), 1); /* only the division by zero */
	module_free(m);
	m = build("fn g(a: i32, b: i32) -> i32 { a / b }\n", 1, 0);
	assert_int_equal(count_terms(fn_named(m, "g"), TK_ASSERT), 2); /* zero and MIN / -1 */
	module_free(m);
}

static void test_drop_flags(void **state)
{
	(void)state;
	Module *m = build("async fn val(x: u32) -> u32 { yield_now().await; x }\n"
			  "async fn maybe(x: u32, f: bool) -> u32 {\n"
			  "    let fut = val(x);\n"
			  "    let mut r = 0;\n"
			  "    if f { r = fut.await; }\n"
			  "    r\n"
			  "}\n",
			  0, 0);
	Fn *f = fn_named(m, "maybe::{closure#0}");
	/* a drop flag: a bool local without a name, first set in bb0 */
	const Block *b0 = &f->blocks[0];
	assert_int_equal(b0->stmts[0].kind, ST_ASSIGN);
	assert_int_equal(b0->stmts[0].a.kind, OP_CONST);
	assert_int_equal(type_get(m, f->locals[f->places[b0->stmts[0].place].local].ty)->kind, TY_BOOL);
	module_free(m);
}

static void test_loops_and_match(void **state)
{
	(void)state;
	Module *m = build("async fn t() -> u32 { yield_now().await; 1 }\n"
			  "async fn l(n: u32) -> u32 {\n"
			  "    let mut i = 0;\n"
			  "    while i < n { i += t().await; }\n"
			  "    match i { 1 => t().await, 2 | 3 => t().await + 1, _ => 0 }\n"
			  "}\n",
			  0, 0);
	Fn *f = fn_named(m, "l::{closure#0}");
	assert_int_equal(count_terms(f, TK_YIELD), 3); /* one per syntactic await */
	module_free(m);
}

static void test_sync_calls(void **state)
{
	(void)state;
	Module *m = build("fn two(x: u32) -> u32 { x * 2 }\n"
			  "fn c(a: u32) -> u32 { observe(a); two(two(a)) }\n",
			  0, 0);
	Fn *f = fn_named(m, "c");
	assert_int_equal(count_calls(f, "two"), 2);
	assert_int_equal(count_calls(f, "observe"), 1);
	assert_int_equal(f->nargs, 1);
	assert_string_equal(f->locals[1].name, "a");
	module_free(m);
}

static void test_user_error(void **state)
{
	(void)state;
	const char *src = "fn f() -> u32 { let x: u32 = true; x }\n";
	Diag d = {0};
	BuildOptions o = {.release = 0};
	Module *m = frontend_build("t.rs", src, strlen(src), &o, &d);
	assert_null(m);
	assert_true(d.failed || d.msg[0]);
	assert_int_equal(d.line, 1);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	fseek(fp, 0, SEEK_END);
	long n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	char *s = malloc((size_t)n + 1);
	size_t got = fread(s, 1, (size_t)n, fp);
	fclose(fp);
	s[got] = 0;
	*len = got;
	return s;
}

/* The printed module and its layouts. */
static char *module_text(const Module *m)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);
	assert_non_null(fp);
	print_module(m, fp);
	layout_report(m, 1, fp);
	fclose(fp);
	return buf;
}

/* got prints (with its layouts) as want does */
static void assert_same_module(const Module *got, const Module *want)
{
	char *w = module_text(want), *g = module_text(got);
	assert_string_equal(g, w);
	free(w);
	free(g);
}

/* build (frontend_build or frontend_lower) with o gives the module want
 * (built on one thread). */
typedef Module *BuildFn(const char *, const char *, size_t, const BuildOptions *, Diag *);
static void assert_same_as(BuildFn *build, const char *path, const char *src, size_t len, const BuildOptions *o,
			   const Module *want)
{
	Diag d = {0};
	Module *m = build(path, src, len, o, &d);
	if (!m)
		fail_msg("%s: jobs=%d: %d:%d: %s", path, o->jobs, d.line, d.col, d.msg);
	assert_same_module(m, want);
	module_free(m);
}

/* fn on every .rs program of dir (prelude.rs aside), counted */
typedef void CorpusFn(const char *path, const char *src, size_t len);
static void corpus_walk(const char *dir, CorpusFn *fn, int *count)
{
	DIR *dp = opendir(dir);
	if (!dp)
		return;
	struct dirent *de;
	while ((de = readdir(dp))) {
		size_t nl = strlen(de->d_name);
		if (nl < 4 || strcmp(de->d_name + nl - 3, ".rs") || strcmp(de->d_name, "prelude.rs") == 0)
			continue;
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		size_t len = 0;
		char *src = slurp(path, &len);
		assert_non_null(src);
		fn(path, src, len);
		free(src);
		(*count)++;
	}
	closedir(dp);
}

static void build_modes(const char *path, const char *src, size_t len)
{
	for (int mode = 0; mode < 3; mode++) {
		Diag d = {0};
		BuildOptions o = {.release = mode == 1, .panic_abort = mode == 2, .jobs = 1};
		Module *m = frontend_build(path, src, len, &o, &d);
		if (!m)
			fail_msg("%s: %d:%d: %s", path, d.line, d.col, d.msg);
		Diag v = {0};
		if (verify_module(m, "frontend", &v) != 0)
			fail_msg("%s: verify: %s", path, v.msg);
		/* three threads (forced: jobs is set) build what one builds */
		BuildOptions o3 = o;
		o3.jobs = 3;
		assert_same_as(frontend_build, path, src, len, &o3, m);
		/* frontend_lower (each body transformed as it is built, here on
		 * three threads) must give what building everything on one
		 * thread and then transforming gives */
		Diag ld = {0};
		Module *l = frontend_lower(path, src, len, &o3, &ld);
		if (module_lower(m, &v) != 0) {
			assert_null(l);
			assert_string_equal(ld.msg, v.msg);
			assert_int_equal(ld.line, v.line);
		} else {
			if (!l)
				fail_msg("%s: frontend_lower: %d:%d: %s", path, ld.line, ld.col, ld.msg);
			assert_same_module(l, m);
		}
		module_free(l);
		module_free(m);
	}
}

static void test_corpus(void **state)
{
	(void)state;
	int n = 0;
	corpus_walk("tests/rust", build_modes, &n);
	corpus_walk("bench", build_modes, &n);
	corpus_walk("tests/build", build_modes, &n);
	assert_true(n >= 60);
}

/* ---- quad40: the storage conflicts built as classes from the saved locals' intervals of new
 * states (passes/state_transform.c, mode 0) are the relation built row by row as the states
 * come (1) and built from the intervals state by state (2) ---- */
extern int st_conflict_mode;

static void lower_modes_same(const char *path, const char *src, size_t len)
{
	for (int release = 0; release < 2; release++) {
		char *text[3];
		for (int mode = 0; mode < 3; mode++) {
			Diag d = {0};
			BuildOptions o = {.release = release, .jobs = 1};
			st_conflict_mode = mode;
			Module *m = frontend_lower(path, src, len, &o, &d);
			st_conflict_mode = 0;
			if (m) {
				text[mode] = module_text(m);
				module_free(m);
			} else {
				text[mode] = strdup(d.msg);
			}
			assert_non_null(text[mode]);
		}
		assert_string_equal(text[1], text[0]);
		assert_string_equal(text[2], text[0]);
		for (int mode = 0; mode < 3; mode++)
			free(text[mode]);
	}
}

/* gen.py's shapes at 70 (past one word of saved locals): N `let ref` guards (one class),
 * N promoted references read after the await, a let's else-if chain of N extended
 * temporaries, N lets each held across its own await (the intervals staggered) */
static char *shape(int kind, int n, size_t *len)
{
	char *buf = NULL;
	size_t sz = 0;
	FILE *fp = open_memstream(&buf, &sz);
	assert_non_null(fp);
	if (kind == 2)
		fprintf(fp, "fn mk(x: u32) -> u32 { x + 1 }\n");
	fprintf(fp, "async fn foo(x: u32) -> u32 {\n");
	if (kind == 2)
		fprintf(fp, "    let o = if x == 0 { Some(&mk(0)) }\n");
	if (kind == 3)
		fprintf(fp, "    let mut s = x;\n");
	for (int i = 0; i < n; i++) {
		if (kind == 0)
			fprintf(fp, "    let ref _r%d = guard(x + %d);\n", i, i % 5);
		else if (kind == 1)
			fprintf(fp, "    let r%d: &u32 = &%d;\n", i, i);
		else if (kind == 2 && i > 0)
			fprintf(fp, "        else if x == %d { Some(&mk(%d)) }\n", i, i);
		else if (kind == 3)
			fprintf(fp, "    let a%d = %du32;\n    yield_now().await;\n    s += a%d;\n", i, i & 7, i);
	}
	if (kind == 2)
		fprintf(fp, "        else { None };\n");
	fprintf(fp, "    yield_now().await;\n");
	if (kind == 1) {
		fprintf(fp, "    let mut s = x;\n");
		for (int i = 0; i < n; i++)
			fprintf(fp, "    s ^= *r%d;\n", i);
	}
	fprintf(fp, kind == 2 ? "    match o { Some(r) => *r, None => 0 }\n}\n" : kind == 0 ? "    x\n}\n" : "    s\n}\n");
	fclose(fp);
	*len = sz;
	return buf;
}

static void test_conflict_modes(void **state)
{
	(void)state;
	int n = 0;
	corpus_walk("tests/rust", lower_modes_same, &n);
	corpus_walk("tests/build", lower_modes_same, &n);
	assert_true(n >= 60);
	for (int kind = 0; kind < 4; kind++) {
		size_t len;
		char *src = shape(kind, 70, &len);
		lower_modes_same("shape.rs", src, len);
		free(src);
	}
}

/* n async fns after the patterns of bench/speed.py (leaf, wrapper, match
 * arms, loop, async block, guard, sync helper); callees are earlier fns, and
 * futures nest at most 5 deep. */
static char *synthetic(int n, size_t *len)
{
	size_t cap = (size_t)n * 320 + 1, k = 0;
	char *s = malloc(cap);
	int *depth = calloc((size_t)n, sizeof *depth);
	assert_true(s && depth);
	for (int i = 0; i < n; i++) {
		int c = i > 6 ? (int)(((unsigned)i * 2654435761u) % (unsigned)i) : 0;
		if (depth[c] >= 5 || c % 7 == 5 || c % 7 == 6)
			c = c / 7 * 7; /* a leaf */
		int pat = i < 7 ? 0 : i % 7;
		depth[i] = pat == 0 || pat >= 5 ? 0 : depth[c] + 1;
		const char *fmt[7] = {
			"async fn f%d(x: u32) -> u32 {\n    yield_now().await;\n    x %% 1000 + %d\n}\n",
			"async fn f%d(x: u32) -> u32 {\n    f%d(x).await\n}\n",
			"async fn f%d(x: u32) -> u32 {\n    match x %% 3 {\n        0 => f%d(1).await,\n"
			"        1 => f%d(2).await,\n        _ => f%d(x).await,\n    }\n}\n",
			"async fn f%d(x: u32) -> u32 {\n    let mut i = 0u32;\n    let mut acc = 0u32;\n"
			"    while i < x %% 4 {\n        acc += f%d(i).await %% 100;\n        i += 1;\n    }\n    acc\n}\n",
			"async fn f%d(x: u32) -> u32 {\n    let fut = async move { f%d(x).await %% 1000 };\n"
			"    fut.await + 1\n}\n",
			"async fn f%d(x: u32) -> u32 {\n    let _g = guard(%d);\n    observe(x);\n    x %% 1000 + 1\n}\n",
			"fn f%d(x: u32) -> u32 {\n    x %% 1000 + %d\n}\n",
		};
		int arg = pat == 0 || pat >= 5 ? i % 97 : c;
		k += (size_t)snprintf(s + k, cap - k, fmt[pat], i, arg, arg, arg);
		assert_true(k < cap);
	}
	free(depth);
	*len = k;
	return s;
}

static void test_jobs_large_module(void **state)
{
	(void)state;
	size_t len;
	char *src = synthetic(1200, &len);
	for (int mode = 0; mode < 2; mode++) {
		BuildOptions o = {.release = mode, .jobs = 1};
		Diag d = {0};
		Module *m = frontend_lower("gen.rs", src, len, &o, &d);
		if (!m)
			fail_msg("gen.rs: %d:%d: %s", d.line, d.col, d.msg);
		assert_true(m->ncoros >= 1200 * 5 / 7);
		for (int jobs = 2; jobs <= 4; jobs += 2) {
			BuildOptions oj = o;
			oj.jobs = jobs;
			assert_same_as(frontend_lower, "gen.rs", src, len, &oj, m);
		}
		module_free(m);
	}
	free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_awaits),
		cmocka_unit_test(test_conflict_modes),
		cmocka_unit_test(test_constructor_and_params),
		cmocka_unit_test(test_async_block_captures),
		cmocka_unit_test(test_async_block_mentioned),
		cmocka_unit_test(test_guard_drops),
		cmocka_unit_test(test_guard_across_await),
		cmocka_unit_test(test_panic_abort),
		cmocka_unit_test(test_release_arith),
		cmocka_unit_test(test_drop_flags),
		cmocka_unit_test(test_loops_and_match),
		cmocka_unit_test(test_sync_calls),
		cmocka_unit_test(test_user_error),
		cmocka_unit_test(test_corpus),
		cmocka_unit_test(test_jobs_large_module),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
