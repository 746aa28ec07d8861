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
#include "../../passes/passes.h"

#define SHAPES "tests/import/shapes.mir"
#define INSTANCES "tests/import/instances.mir"
#define ADTS "tests/import/adts.mir"

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

/* rustc's -Zdump-mir=StateTransform dumps (tests/import/shapes_dump/, made by
 * regen.sh): the before-dump reads as a coroutine body; coroslim's own
 * state_transform_body of it gives as many states and as many saved locals
 * in each variant as rustc's after-dump names (the transform compared with
 * rustc's, not with itself). */
static void test_body_dumps(void **state)
{
	(void)state;
	static const struct { const char *name; uint32_t nvariants; } cases[] = {
		{"leaf", 3}, {"forward", 4}, {"guarded", 4}, {"two", 5},
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		char path[128], fname[64];
		size_t len;
		snprintf(path, sizeof path, "tests/import/shapes_dump/%s.StateTransform.before.mir", cases[k].name);
		snprintf(fname, sizeof fname, "%s::{closure#0}", cases[k].name);
		char *src = load(path, &len);
		Import *before = import_mir(path, src, len);
		assert_null(before->error);
		const ImportedCoro *ic = find(before, fname);
		assert_non_null(ic->fn);
		assert_int_equal(ic->fn->kind, FN_CORO_BODY);
		Coroutine *co = &before->m->coros[ic->fn->coro];
		assert_string_equal(co->body, fname);
		assert_null(co->layout);
		assert_int_equal(co->nupvars, 1); /* x */
		assert_string_equal(co->upvars[0].name, "x");
		Diag d = {0};
		assert_int_equal(verify_fn(ic->fn, "import", &d), 0);
		free(src);

		snprintf(path, sizeof path, "tests/import/shapes_dump/%s.StateTransform.after.mir", cases[k].name);
		src = load(path, &len);
		Import *after = import_mir(path, src, len);
		const ImportedCoro *ia = find(after, fname);
		assert_non_null(ia->fn);
		const Layout *rl = after->m->coros[ia->fn->coro].layout;
		assert_int_equal(rl->nvariants, cases[k].nvariants);

		PendingCoro pc = {0};
		state_transform_body(before->m, ic->fn->coro, ic->fn, &pc, before->m->arena);
		if (pc.shim)
			fn_free(pc.shim);
		const Layout *ml = before->m->coros[ic->fn->coro].layout;
		assert_non_null(ml);
		assert_int_equal(ml->nvariants, rl->nvariants);
		for (uint32_t v = 0; v < rl->nvariants; v++)
			assert_int_equal(ml->nfields[v], rl->nfields[v]);
		free(src);
		import_free(before);
		import_free(after);
	}
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
	/* opaque statements are counted and carry their text (the async block's
	 * aggregate: closures and coroutines other than the fn's own stay opaque) */
	const Fn *g = find(im, "guarded::{closure#0}")->fn;
	uint32_t opaque = 0;
	for (BlockId b = 0; b < g->nblocks; b++)
		for (uint32_t i = 0; i < g->blocks[b].nstmts; i++)
			if (import_opaque_stmt(g, &g->blocks[b].stmts[i]))
				opaque++;
	assert_true(opaque + find(im, "guarded::{closure#0}")->c.opaque_terms > 0);
	assert_int_equal(opaque, find(im, "guarded::{closure#0}")->c.opaque_stmts);
	/* Option and Range are modelled: `looped` has nothing opaque */
	assert_int_equal(find(im, "looped::{closure#0}")->c.opaque_stmts, 0);
	assert_int_equal(find(im, "looped::{closure#0}")->c.opaque_terms, 0);
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
static void mutate_file(const char *path);

static void test_mutations(void **state)
{
	(void)state;
	mutate_file(SHAPES);
	mutate_file(ADTS); /* structs, enums, tuples, arrays, closures, spelled constants */
}

static void mutate_file(const char *path)
{
	size_t len;
	char *src = load(path, &len);
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

static uint32_t count_polls(const Fn *f)
{
	uint32_t n = 0;
	for (BlockId b = 0; b < f->nblocks; b++)
		n += f->blocks[b].term.kind == TK_CALL && f->blocks[b].term.op == CALLEE_POLL;
	return n;
}

static uint32_t module_polls(const Import *im)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < im->ncoros; i++)
		if (im->coros[i].fn)
			n += count_polls(im->coros[i].fn);
	return n;
}

/* The Future::poll spellings of crates that re-export core's Future are
 * awaits: shapes.mir with every `as Future>::poll` respelled. */
static void test_poll_spellings(void **state)
{
	(void)state;
	size_t len;
	char *src = load(SHAPES, &len);
	Import *im = import_mir(SHAPES, src, len);
	uint32_t want = module_polls(im);
	import_free(im);
	assert_true(want >= 8);
	static const char *const spell[] = {"futures_util::Future", "futures_core::Future", "futures_lite::Future",
					    "futures::Future", "std::future::Future", "core::future::Future"};
	static const char from[] = " as Future>::poll";
	for (size_t k = 0; k < sizeof spell / sizeof *spell; k++) {
		size_t cap = len * 2 + 1, n = 0;
		char *out = malloc(cap);
		assert_non_null(out);
		for (const char *p = src; *p;) {
			if (strncmp(p, from, strlen(from)) == 0) {
				n += (size_t)sprintf(out + n, " as %s>::poll", spell[k]);
				p += strlen(from);
			} else {
				out[n++] = *p++;
			}
		}
		out[n] = 0;
		im = import_mir("spelled.mir", out, n);
		assert_int_equal(module_polls(im), want);
		Diag d = {0};
		if (verify_module(im->m, "import", &d) != 0)
			fail_msg("%s: verify: %s", spell[k], d.msg);
		import_free(im);
		free(out);
	}
	free(src);
}

/* A generic async block polled as an instance (another output) before and
 * after its resume fn: the poll is an await of a fresh coroutine `NAME#n`
 * with that output; the module verifies and every fn round trips. */
static void test_generic_instances(void **state)
{
	(void)state;
	size_t len;
	char *src = load(INSTANCES, &len);
	Import *im = import_mir(INSTANCES, src, len);
	assert_int_equal(im->ncoros, 4);
	Diag d = {0};
	if (verify_module(im->m, "import", &d) != 0)
		fail_msg("verify: %s", d.msg);
	const Fn *early = find(im, "early::{closure#0}")->fn, *late = find(im, "late::{closure#0}")->fn;
	const Fn *gen = find(im, "block::{closure#0}")->fn;
	assert_non_null(early);
	assert_non_null(late);
	assert_non_null(gen);
	assert_int_equal(count_polls(early), 1);
	assert_int_equal(count_polls(late), 2);
	uint32_t polled[3], k = 0;
	const Fn *fs[2] = {early, late};
	for (int i = 0; i < 2; i++)
		for (BlockId b = 0; b < fs[i]->nblocks; b++) {
			const Term *t = &fs[i]->blocks[b].term;
			if (t->kind == TK_CALL && t->op == CALLEE_POLL)
				polled[k++] = type_get(im->m, t->x)->coro;
		}
	assert_int_equal(k, 3);
	/* u8 in early, u16 twice in late: two instances, neither the generic one */
	assert_int_not_equal(polled[0], gen->coro);
	assert_int_not_equal(polled[1], gen->coro);
	assert_int_not_equal(polled[0], polled[1]);
	assert_int_equal(polled[1], polled[2]);
	const Type *o8 = type_get(im->m, im->m->coros[polled[0]].output);
	const Type *o16 = type_get(im->m, im->m->coros[polled[1]].output);
	assert_int_equal(o8->kind, TY_TUPLE);
	assert_int_equal(o8->a, TY_U8);
	assert_int_equal(o16->a, TY_U16);
	assert_string_equal(im->m->coros[polled[0]].name, "instances.rs:19:5: 19:15#2");
	for (uint32_t i = 0; i < im->ncoros; i++) {
		memset(&d, 0, sizeof d);
		if (import_roundtrip(im->coros[i].fn, &d) != 0)
			fail_msg("round trip: %s", d.msg);
	}
	import_free(im);
	free(src);
}

static const Stmt *find_agg(const Fn *f, TypeId t, uint32_t nth)
{
	for (BlockId b = 0; b < f->nblocks; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind == ST_ASSIGN && s->rv == RV_AGGREGATE && s->op == AGG_ADT && s->x == t && nth-- == 0)
				return s;
		}
	return NULL;
}

static TypeId local_type(const Module *m, const Fn *f, const char *text)
{
	for (LocalId l = 0; l < f->nlocals; l++) {
		const Type *t = type_get(m, f->locals[l].ty);
		if ((t->kind == TY_ADT || t->kind == TY_OPAQUE) && strcmp(t->text, text) == 0)
			return f->locals[l].ty;
	}
	fail_msg("no local of type %s", text);
	return NO_ID;
}

/* Structs, tuple structs, n-tuples, user enums with payloads, Option and
 * Result are modelled (TY_ADT): fields and variants learned from the MIR,
 * aggregates and downcasts by name, no opaque statement; verify and the
 * round trip hold. */
static void test_adts(void **state)
{
	(void)state;
	size_t len;
	char *src = load(ADTS, &len);
	Import *im = import_mir(ADTS, src, len);
	Module *m = im->m;
	Diag d = {0};
	if (verify_module(m, "import", &d) != 0)
		fail_msg("verify: %s", d.msg);
	for (uint32_t i = 0; i < im->ncoros; i++) {
		assert_non_null(im->coros[i].fn);
		memset(&d, 0, sizeof d);
		if (import_roundtrip(im->coros[i].fn, &d) != 0)
			fail_msg("round trip: %s", d.msg);
	}
	const ImportedCoro *h = find(im, "handle::{closure#0}");
	assert_int_equal(h->c.opaque_stmts + h->c.opaque_terms, 0);
	const Fn *f = h->fn;
	/* the user enum: three variants by name, Read's fields named, Write's positional */
	const Adt *cmd = adt_of(m, local_type(m, f, "Cmd"));
	assert_non_null(cmd);
	assert_int_equal(cmd->kind, ADT_ENUM);
	assert_false(cmd->rustc_order);
	uint32_t read = NO_ID, write = NO_ID;
	for (uint32_t v = 0; v < cmd->nvariants; v++) {
		if (strcmp(cmd->variants[v].name, "Read") == 0)
			read = v;
		if (strcmp(cmd->variants[v].name, "Write") == 0)
			write = v;
	}
	assert_int_not_equal(read, NO_ID);
	assert_int_not_equal(write, NO_ID);
	assert_int_equal(cmd->variants[read].fields[0], TY_U16);
	assert_int_equal(cmd->variants[read].fields[1], TY_U8);
	assert_int_equal(cmd->variants[write].fields[1], TY_U32);
	/* the struct: an aggregate with named fields, in field order */
	TypeId frame = local_type(m, f, "Frame");
	const Adt *fr = adt_of(m, frame);
	assert_int_equal(fr->kind, ADT_STRUCT);
	assert_int_equal(fr->variants[0].nfields, 2);
	assert_string_equal(fr->variants[0].fieldnames[0], "addr");
	assert_string_equal(fr->variants[0].fieldnames[1], "data");
	assert_true(fr->variants[0].closed);
	const Stmt *agg = find_agg(f, frame, 0);
	assert_non_null(agg);
	assert_int_equal(agg->b.v, 2);
	/* the 3-tuple and the 1-tuple: fields from their spelling */
	const Adt *t3 = adt_of(m, local_type(m, f, "(u16, u32, Crc)"));
	assert_true(t3->tuple);
	assert_int_equal(t3->variants[0].nfields, 3);
	assert_int_equal(t3->variants[0].fields[0], TY_U16);
	assert_int_equal(type_get(m, t3->variants[0].fields[2])->kind, TY_ADT);
	const Adt *t1 = adt_of(m, local_type(m, f, "(u32,)"));
	assert_true(t1->tuple);
	assert_int_equal(t1->variants[0].nfields, 1);
	/* Result: rustc's variant order, Ok = 0, Err = 1; an Ok aggregate names it */
	TypeId res = local_type(m, f, "Result<Frame, u8>");
	const Adt *r = adt_of(m, res);
	assert_true(r->rustc_order);
	assert_string_equal(r->variants[0].name, "Ok");
	assert_string_equal(r->variants[1].name, "Err");
	const Stmt *ok = find_agg(f, res, 0);
	assert_non_null(ok);
	Operand v0 = f->args[ok->a.v];
	assert_int_equal(v0.kind, OP_CONST);
	assert_int_equal(f->consts[v0.v].bits, 0);
	assert_int_equal(ok->b.v, 2); /* the variant, then the Frame */
	/* an array, a closure with its captures, a string constant: modelled */
	const ImportedCoro *mi = find(im, "misc::{closure#0}");
	assert_int_equal(mi->c.opaque_stmts + mi->c.opaque_terms, 0);
	const Fn *g = mi->fn;
	int arr = 0, clo = 0, str = 0;
	for (BlockId b = 0; b < g->nblocks; b++)
		for (uint32_t i = 0; i < g->blocks[b].nstmts; i++) {
			const Stmt *s = &g->blocks[b].stmts[i];
			if (s->kind != ST_ASSIGN)
				continue;
			if (s->rv == RV_AGGREGATE && s->op == AGG_ADT) {
				const Adt *a = adt_of(m, s->x);
				arr += strcmp(a->name, "[u32; 2]") == 0 && s->b.v == 2 && a->tuple;
				clo += strncmp(a->name, "{closure@", 9) == 0 && s->b.v == 2 && a->kind == ADT_STRUCT &&
				       strcmp(a->variants[0].fieldnames[0], "arr") == 0;
			}
			if (s->rv == RV_USE && s->a.kind == OP_CONST) {
				const char *t = const_text(m, &g->consts[s->a.v]);
				str += t && strcmp(t, "const \"frame\"") == 0; /* the whole spelling */
			}
		}
	assert_int_equal(arr, 1);
	assert_int_equal(clo, 1);
	assert_int_equal(str, 1);
	/* Option with `?`: nothing opaque */
	const ImportedCoro *fi = find(im, "first::{closure#0}");
	assert_int_equal(fi->c.opaque_stmts + fi->c.opaque_terms, 0);
	import_free(im);
	free(src);
}

/* A field of another type than the one seen first, or a struct field of an
 * enum, is opaque, not a module that fails to verify. */
static void test_adt_conflicts(void **state)
{
	(void)state;
	const char *src = HDR "    let mut _0: std::task::Poll<u32>;\n    let mut _3: Foo;\n    let mut _4: u32;\n"
			  "    let mut _5: u8;\n    let mut _6: &mut {async fn body of f()};\n    let mut _7: isize;\n\n"
			  "    bb0: {\n        _4 = copy (_3.0: u32);\n        _5 = copy (_3.0: u8);\n"
			  "        _7 = discriminant(_3);\n        return;\n    }\n}\n";
	Import *im = import_mir("c.mir", src, strlen(src));
	assert_non_null(im->coros[0].fn);
	assert_int_equal(im->coros[0].c.opaque_stmts, 2);
	Diag d = {0};
	if (verify_module(im->m, "import", &d) != 0)
		fail_msg("verify: %s", d.msg);
	import_free(im);
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
		cmocka_unit_test(test_body_dumps),
		cmocka_unit_test(test_round_trip_and_verify),
		cmocka_unit_test(test_report_detections),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_mutations),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_poll_spellings),
		cmocka_unit_test(test_generic_instances),
		cmocka_unit_test(test_adts),
		cmocka_unit_test(test_adt_conflicts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
