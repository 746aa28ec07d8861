/*
 * gen.c — random programs in the coroslim Rust subset, for differential fuzzing.
 *
 *   gen --seed S [--count N] [--out DIR]
 *
 * writes N programs DIR/gen_S_i.rs (i = 0..N-1), or program 0 to stdout
 * without --out. Deterministic per (S, i); C11 and libc only.
 *
 * Every program is valid Rust (edition 2021) given tests/rust/prelude.rs, and
 * terminates: loops run off counters that are incremented first thing in the
 * body. Almost every program is panic-free: the generator tracks a value range
 * for every expression and variable, and only emits `+ - * / % << -x` when the
 * result provably fits the type (narrowing the operands with `& M` otherwise);
 * divisors are forced into [1, 8], shift amounts into [0, bits-1]. Mutable
 * variables, parameters and return values live in a per-type "box" range
 * ([0, 2^k-1] or [-2^k, 2^k-1]) that every assignment restores. Because nothing
 * overflows, rustc's deny-by-default overflow lints stay quiet, and debug and
 * release builds compute the same values. A few programs (shape `panic`)
 * deliberately contain checked arithmetic on parameters that overflows for some
 * arguments.
 *
 * Each program forces one shape from `shapes[]` (cycling with the seed) and
 * adds a few random others, then random async fns; the `// shapes:` comment
 * lists them. Every async fn with parameters gets an `//@ args: NAME v1,v2`
 * line with concrete values inside its parameter ranges.
 *
 * In three files over gen.h: gen_base.c (random numbers, strings, value
 * ranges, the variables and fns in scope), gen_code.c (expressions and
 * statements), this file (fns, shapes, programs, main).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ------------------------------------------------------------------ */
/* fns                                                                  */
/* ------------------------------------------------------------------ */

static Buf out_args, out_body;
static char shapes_line[512];

static void note_shape(const char *s)
{
	if (strstr(shapes_line, s))
		return;
	size_t n = strlen(shapes_line);
	snprintf(shapes_line + n, sizeof shapes_line - n, " %s", s);
}

/* a new fn header with params pushed as variables; returns the Fn (added on finish) */
static Fn *begin_fn(Fn *f, const char *prefix, int is_async, int nparams, Ty ret, Ctx *c)
{
	memset(f, 0, sizeof *f);
	snprintf(f->name, sizeof f->name, "%s%d", prefix, nfns + 1);
	f->is_async = is_async;
	f->nparams = nparams;
	f->ret = ret;
	for (int i = 0; i < nparams; i++)
		f->pty[i] = chance(12) ? BOOL : rand_int_ty();
	nvars = 0;
	memset(c, 0, sizeof *c);
	c->is_async = is_async;
	c->allow_await = is_async;
	c->ret = ret;
	c->fuel = 4 + rn(5);
	return f;
}

static void emit_header(const Fn *f, Buf *b, int mut_params)
{
	bprintf(b, "%sfn %s(", f->is_async ? "async " : "", f->name);
	for (int i = 0; i < f->nparams; i++) {
		int mut = mut_params && f->pty[i] != BOOL && chance(20);
		char *name = fmt("p%d", i);
		bprintf(b, "%s%s%s: %s", i ? ", " : "", mut ? "mut " : "", name, tyname[f->pty[i]]);
		Range r = f->pty[i] == BOOL ? R(0, 0) : boxr(f->pty[i]);
		push_var(name, f->pty[i], mut, r);
	}
	bput(b, ")");
	if (f->ret != UNIT)
		bprintf(b, " -> %s", tyname[f->ret]);
	bput(b, " {\n");
}

/* tail expression of the fn (wrapped into the return box) */
static void emit_tail(Ctx *c, const Fn *f, Buf *b)
{
	if (f->ret == UNIT)
		return;
	indent(b, 1);
	if (f->ret == BOOL) {
		bprintf(b, "%s\n", unparen(gen_bool(c, 2, 1)));
	} else {
		Range r;
		char *e = wrap_into(gen_int(c, f->ret, 2, 1, 1, &r), f->ret, &r, boxr(f->ret));
		bprintf(b, "%s\n", unparen(e));
	}
}

static void finish_fn(Fn *f, Buf *b, int awaits)
{
	bput(b, "}\n\n");
	f->awaits = awaits;
	if (f->is_async && f->nparams) {
		bprintf(&out_args, "//@ args: %s ", f->name);
		for (int i = 0; i < f->nparams; i++) {
			if (i)
				bput(&out_args, ",");
			if (f->pty[i] == BOOL)
				bput(&out_args, chance(50) ? "true" : "false");
			else
				bprintf(&out_args, "%lld", (long long)rand_value(f->pty[i], boxr(f->pty[i])));
		}
		bput(&out_args, "\n");
	}
	bput(&out_body, b->p);
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
	fns[nfns++] = *f;
	nvars = 0;
}

static Ty rand_ret(void)
{
	int k = rn(100);
	return k < 70 ? rand_int_ty() : k < 80 ? BOOL : UNIT;
}

/* a random fn: sync, async, or async without awaits */
static void gen_random_fn(int is_async, int awaitless)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int np = rn(4); /* one random call per statement: argument order is unspecified */
	begin_fn(&f, is_async ? (awaitless ? "quick" : "task") : "calc", is_async, np, rand_ret(), &c);
	if (awaitless)
		c.allow_await = 0;
	emit_header(&f, &b, 1);
	int n = 2 + rn(4);
	for (int i = 0; i < n; i++)
		gen_stmt(&c, &b, 1);
	emit_tail(&c, &f, &b);
	finish_fn(&f, &b, c.awaits);
}

/* async fn leafN(v: T) -> T: a few statements around at least one yield */
static void gen_leaf(void)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int np = 1 + rn(2);
	begin_fn(&f, "leaf", 1, np, rand_int_ty(), &c);
	c.fuel = 3;
	emit_header(&f, &b, 0);
	if (chance(50))
		gen_observe(&c, &b, 1);
	line(&b, 1, "yield_now().await;");
	c.awaits++;
	if (chance(60))
		gen_observe(&c, &b, 1);
	emit_tail(&c, &f, &b);
	finish_fn(&f, &b, c.awaits);
}

static int pick_async_int_fn(void)
{
	int cand[MAXFNS], n = 0;
	for (int i = 0; i < nfns; i++)
		if (fns[i].is_async && is_int(fns[i].ret) && !fns[i].no_call)
			cand[n++] = i;
	return n ? cand[rn(n)] : -1;
}

/* sync statements (no awaits, no early return): preambles and postambles */
static void gen_sync_stmts(Ctx *c, Buf *b, int n)
{
	int aw = c->allow_await, nr = c->no_return;
	c->allow_await = 0;
	c->no_return = 1;
	for (int i = 0; i < n; i++) {
		if (chance(50))
			gen_let(c, b, 1, rand_int_ty());
		else if (chance(50))
			gen_observe(c, b, 1);
		else
			gen_stmt(c, b, 1);
	}
	c->allow_await = aw;
	c->no_return = nr;
}

/* single-await wrapper: [preamble] let r = inner(args).await; [postamble] tail
 * (or just `inner(args).await` as the tail). guard: a guard live across it. */
static int gen_wrapper(int inner, int guard, const char *prefix)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	const Fn *g = &fns[inner];
	int bare = chance(35);
	Ty ret = bare ? g->ret : (chance(70) ? g->ret : rand_int_ty());
	begin_fn(&f, prefix, 1, rn(3), ret, &c);
	c.fuel = 4;
	emit_header(&f, &b, 1);
	if (!bare && chance(70))
		gen_sync_stmts(&c, &b, 1 + rn(2));
	if (guard) {
		indent(&b, 1);
		char *garg = gen_u32_of_anything(&c, 1, 1);
		bprintf(&b, "let %s = guard(%s);\n", fresh("_g"), garg);
	}
	c.allow_await = 0; /* the arguments are await-free */
	char *args = gen_args(&c, g, 1, 1);
	c.allow_await = 1;
	c.awaits++;
	if (bare) {
		line(&b, 1, fmt("%s(%s).await", g->name, args));
	} else {
		char *r = fresh("r");
		line(&b, 1, fmt("let %s = %s(%s).await;", r, g->name, args));
		push_var(r, g->ret, 0, boxr(g->ret));
		c.allow_await = 0;
		if (chance(60))
			gen_sync_stmts(&c, &b, 1 + rn(2));
		indent(&b, 1);
		Range rr = boxr(g->ret);
		char *e = fmt("%s", r);
		if (chance(70) || g->ret != ret) {
			/* postamble arithmetic on the result */
			Range ro;
			char *o = gen_int(&c, g->ret, 1, 1, 1, &ro);
			Range res;
			static const char ops[] = "+*^|";
			char op = ops[rn(4)];
			if (op == '^' || op == '|') {
				res = bitwise_range(rr, ro, op);
				e = fmt("(%s %c %s)", r, op, o);
			} else if (corners(rr, ro, op, &res) && fits(res, trange(g->ret))) {
				e = fmt("(%s %c %s)", r, op, o);
			} else {
				res = rr;
			}
			rr = res;
			if (g->ret != ret)
				e = cast_to(e, g->ret, &rr, ret);
		}
		e = wrap_into(e, ret, &rr, boxr(ret));
		bprintf(&b, "%s\n", unparen(e));
	}
	finish_fn(&f, &b, 1);
	return nfns - 1;
}

/* the await of some int-returning async fn, as type t */
static char *await_as(Ctx *c, int g, Ty t, Range *r)
{
	char *e = call(c, &fns[g], 1, 2);
	*r = boxr(fns[g].ret);
	if (fns[g].ret != t)
		e = cast_to(e, fns[g].ret, r, t);
	return e;
}

/* match/if whose arms each await: the same callee (merge-states) or different ones */
static void gen_dispatch(int use_if, int same)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int g = pick_async_int_fn();
	Ty ret = chance(60) ? fns[g].ret : rand_int_ty();
	begin_fn(&f, use_if ? "branch" : "dispatch", 1, 1 + rn(2), ret, &c);
	c.fuel = 4;
	emit_header(&f, &b, 0);
	if (chance(50))
		gen_sync_stmts(&c, &b, 1);
	int bind = chance(60) ? 1 : chance(50) ? 0 : 2; /* 1: let r = ...; 0: tail; 2: statement */
	Range r, rall = {0, 0};
	Buf m = {0};
	if (use_if) {
		bprintf(&m, "if %s {\n", cond_text(gen_bool(&c, 2, 1)));
		int n = 2 + (chance(30) ? 1 : 0);
		for (int i = 0; i < n; i++) {
			int gi = same ? g : pick_async_int_fn();
			if (chance(30)) {
				indent(&m, 2);
				bprintf(&m, "observe(%d);\n", i);
			}
			indent(&m, 2);
			char *e = await_as(&c, gi, ret, &r);
			rall = i ? runion(rall, r) : r;
			bprintf(&m, "%s\n", unparen(e));
			indent(&m, 1);
			if (i == n - 1)
				bput(&m, "}");
			else if (i == n - 2)
				bput(&m, "} else {\n");
			else
				bprintf(&m, "} else if %s {\n", cond_text(gen_bool(&c, 1, 1)));
		}
	} else {
		Ty st;
		char *scrut = gen_scrutinee(&c, 1, 1, &st);
		int n = st == BOOL ? 2 : 2 + rn(3);
		int64_t used[16];
		int nused = 0;
		bprintf(&m, "match %s {\n", scrut);
		for (int i = 0; i < n; i++) {
			int gi = same ? g : pick_async_int_fn();
			indent(&m, 2);
			bprintf(&m, "%s => ", gen_pattern(st, i, n, used, &nused));
			char *e = await_as(&c, gi, ret, &r);
			rall = i ? runion(rall, r) : r;
			if (chance(30)) {
				bput(&m, "{\n");
				gen_observe(&c, &m, 3);
				indent(&m, 3);
				bprintf(&m, "%s\n", unparen(e));
				line(&m, 2, "}");
			} else {
				bprintf(&m, "%s,\n", unparen(e));
			}
		}
		indent(&m, 1);
		bput(&m, "}");
	}
	char *mt = bdone(&m);
	indent(&b, 1);
	if (bind == 1) {
		char *rn_ = fresh("r");
		bprintf(&b, "let %s = %s;\n", rn_, mt);
		push_var(rn_, ret, 0, rall);
		if (chance(50))
			gen_observe(&c, &b, 1);
		emit_tail(&c, &f, &b);
	} else if (bind == 0) {
		if (fits(rall, boxr(ret)))
			bprintf(&b, "%s\n", mt);
		else
			bprintf(&b, "(%s) & %lld\n", mt, (long long)boxmask(ret));
	} else {
		bprintf(&b, "%s;\n", mt);
		emit_tail(&c, &f, &b);
	}
	finish_fn(&f, &b, 1);
}

/* a fn whose body is random statements with one forced production first */
typedef void (*Forced)(Ctx *c, Buf *b);

static void gen_with(const char *prefix, Forced forced, int nforced)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int np = rn(3);
	begin_fn(&f, prefix, 1, np, rand_ret(), &c);
	emit_header(&f, &b, 1);
	int n = 1 + rn(3);
	int at = rn(n + 1);
	for (int i = 0; i <= n; i++) {
		if (i == at)
			for (int k = 0; k < nforced; k++)
				forced(&c, &b);
		if (i < n)
			gen_stmt(&c, &b, 1);
	}
	emit_tail(&c, &f, &b);
	finish_fn(&f, &b, c.awaits);
}

static void forced_loop_await(Ctx *c, Buf *b)
{
	Ty ct = U32;
	int64_t k = rrange(2, 4);
	char *i = fresh("i");
	char *acc = fresh("acc");
	Ty at = rand_int_ty();
	indent(b, 1);
	bprintf(b, "let mut %s = 0%s;\n", acc, tyname[at]);
	push_var(acc, at, 1, boxr(at));
	indent(b, 1);
	bprintf(b, "let mut %s = 0%s;\n", i, tyname[ct]);
	Var *v = push_var(i, ct, 1, R(0, k));
	v->counter = 1;
	int save = nvars;
	if (chance(50)) {
		line(b, 1, fmt("while %s < %lld {", i, (long long)k));
		line(b, 2, fmt("%s += 1;", i));
	} else {
		line(b, 1, "loop {");
		line(b, 2, fmt("if %s >= %lld {", i, (long long)k));
		line(b, 3, "break;");
		line(b, 2, "}");
		line(b, 2, fmt("%s += 1;", i));
	}
	c->loop_depth++;
	int g = pick_async_int_fn();
	Range r;
	char *e = g >= 0 ? await_as(c, g, at, &r) : (c->awaits++, fmt("{ yield_now().await; 1%s }", tyname[at]));
	indent(b, 2);
	bprintf(b, "%s ^= %s;\n", acc, g >= 0 ? unparen(wrap_into(e, at, &r, boxr(at))) : e);
	if (chance(50))
		gen_stmt(c, b, 2);
	c->loop_depth--;
	nvars = save;
	line(b, 1, "}");
	indent(b, 1);
	bprintf(b, "observe(%s);\n", unparen(cast_to(acc, at, &(Range){boxr(at).lo, boxr(at).hi}, U32)));
}

static void forced_let_await(Ctx *c, Buf *b)
{
	for (int k = 0; k < 2; k++) {
		int g = pick_async_int_fn();
		char *name = fresh("r");
		indent(b, 1);
		bprintf(b, "let %s = %s;\n", name, call(c, &fns[g], 1, 1));
		push_var(name, fns[g].ret, 0, boxr(fns[g].ret));
	}
	gen_observe(c, b, 1);
}

static void forced_guard(Ctx *c, Buf *b)
{
	indent(b, 1);
	char *g = gen_u32_of_anything(c, 1, 1);
	bprintf(b, "let %s = guard(%s);\n", fresh("_g"), g);
	gen_await_stmt(c, b, 1);
	if (chance(50)) {
		line(b, 1, "{");
		indent(b, 2);
		char *g2 = gen_u32_of_anything(c, 1, 2);
		bprintf(b, "let %s = guard(%s);\n", fresh("_g"), g2);
		line(b, 2, "yield_now().await;");
		c->awaits++;
		gen_observe(c, b, 2);
		line(b, 1, "}");
	}
}

static void forced_async_block(Ctx *c, Buf *b)
{
	Ty t = rand_int_ty();
	char *name = fresh("r");
	int k = rn(3);
	if (k == 0) {
		indent(b, 1);
		bprintf(b, "let %s = %s.await;\n", name, gen_async_block(c, t, 0, chance(50), 1, NULL));
		push_var(name, t, 0, boxr(t));
	} else {
		char *fut = fresh("fut");
		indent(b, 1);
		bprintf(b, "let %s = %s;\n", fut, gen_async_block(c, t, 1, k == 1, 1, NULL));
		gen_observe(c, b, 1);
		indent(b, 1);
		bprintf(b, "let %s = %s.await;\n", name, fut);
		push_var(name, t, 0, boxr(t));
	}
}

static void forced_future_later(Ctx *c, Buf *b)
{
	int g = pick_async_int_fn();
	char *fut = fresh("fut"), *name = fresh("r");
	indent(b, 1);
	bprintf(b, "let %s = %s(%s);\n", fut, fns[g].name, gen_args(c, &fns[g], 1, 1));
	gen_observe(c, b, 1);
	if (chance(50))
		line(b, 1, "yield_now().await;");
	indent(b, 1);
	bprintf(b, "let %s = %s.await;\n", name, fut);
	c->awaits++;
	push_var(name, fns[g].ret, 0, boxr(fns[g].ret));
}

static void forced_early_return(Ctx *c, Buf *b)
{
	if (chance(50))
		gen_await_stmt(c, b, 1);
	gen_return(c, b, 1);
	gen_await_stmt(c, b, 1);
}

static void forced_await_scrutinee(Ctx *c, Buf *b)
{
	int g = pick_async_int_fn();
	Ty st = fns[g].ret;
	int64_t used[16];
	int nused = 0;
	int n = 2 + rn(2);
	indent(b, 1);
	bprintf(b, "match %s {\n", call(c, &fns[g], 1, 1));
	for (int i = 0; i < n; i++) {
		indent(b, 2);
		bprintf(b, "%s => {\n", gen_pattern(st, i, n, used, &nused));
		int save = nvars;
		gen_await_stmt(c, b, 3);
		nvars = save;
		line(b, 2, "}");
	}
	line(b, 1, "}");
}

/* checked arithmetic on parameters that overflows for some arguments */
static void gen_panic_fn(void)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	Ty t = chance(50) ? U8 : (Ty)(chance(50) ? I8 : U16);
	begin_fn(&f, "risky", 1, 2, t, &c);
	f.pty[0] = f.pty[1] = t;
	emit_header(&f, &b, 0);
	if (chance(60)) {
		indent(&b, 1);
		char *garg = gen_u32_of_anything(&c, 1, 1);
		bprintf(&b, "let %s = guard(%s);\n", fresh("_g"), garg);
	}
	line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("observe(p0 as u32);"));
	static const char *const ops[] = {"p0 + p1", "p0 * p1", "p0 - p1", "(p0 << 3) * p1", "p0 * 4"};
	const char *e = ops[rn(5)];
	if (!strcmp(e, "p0 - p1") && is_signed(t))
		e = "p0 * p1";
	line(&b, 1, fmt("let v = %s;", e));
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "v");
	f.no_call = chance(60); /* else callers may panic too, unwinding through their states */
	nvars = 0;
	/* finish_fn picks args inside the box; make them large instead, at times */
	bput(&b, "}\n\n");
	fns[nfns++] = f;
	bput(&out_body, b.p);
	free(b.p);
	int64_t a0 = chance(50) ? rrange(0, 12) : rrange(0, tmax(t) > 200 ? 200 : tmax(t));
	int64_t a1 = chance(50) ? rrange(0, 12) : rrange(0, tmax(t) > 200 ? 200 : tmax(t));
	bprintf(&out_args, "//@ args: %s %lld,%lld\n", f.name, (long long)a0, (long long)a1);
}

/* The end of a generated async fn of a (u32, bool) signature: its closing brace, the
 * fn recorded for callers and harnesses, an `//@ args:` line, the text appended. */
static void end_fn_u32_bool(Buf *b, const Fn *f)
{
	bput(b, "}\n\n");
	fns[nfns++] = *f;
	long long a0 = rrange(0, 99); /* one draw per statement: a call's argument order is unspecified */
	bprintf(&out_args, "//@ args: %s %lld,%s\n", f->name, a0, chance(50) ? "true" : "false");
	bput(&out_body, b->p);
	free(b->p);
	nvars = 0;
}

/* issue 22: a Guard moved out of where it was bound — into a callee by value, into
 * an async move block (into a local there, or out again as the block's value), or
 * on one path only (in the fn, or in a block) — which drop elaboration must drop
 * exactly once. A sink taking the Guard by value comes first; neither fn is called
 * by others (a Guard argument is beyond the other shapes). */
static void gen_guard_move(void)
{
	Fn sink, mover;
	memset(&sink, 0, sizeof sink);
	memset(&mover, 0, sizeof mover);
	snprintf(sink.name, sizeof sink.name, "gsink%d", nfns + 1);
	sink.is_async = sink.awaits = sink.no_call = 1;
	Buf b = {0};
	bprintf(&b, "async fn %s(g: Guard, x: u32) -> u32 {\n", sink.name);
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "observe(x);");
	line(&b, 1, "x / 2");
	bput(&b, "}\n\n");
	fns[nfns++] = sink; /* run through the user only: --args cannot give k */
	snprintf(mover.name, sizeof mover.name, "gmove%d", nfns + 1);
	mover.is_async = mover.awaits = mover.no_call = 1;
	bprintf(&b, "async fn %s(p0: u32, p1: bool) -> u32 {\n", mover.name);
	line(&b, 1, "let g = guard(p0);");
	switch (rn(5)) {
	case 0: /* into a callee */
		line(&b, 1, fmt("let r = %s(g, p0).await;", sink.name));
		line(&b, 1, "observe(r);");
		line(&b, 1, "r");
		break;
	case 1: /* into a block, into a local there */
		line(&b, 1, "let r = async move {");
		line(&b, 2, "let h = g;");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(p0);");
		line(&b, 2, "p0 / 3");
		line(&b, 1, "}");
		line(&b, 1, ".await;");
		line(&b, 1, "r");
		break;
	case 2: /* into a block and out again as its value */
		line(&b, 1, "let h = async move {");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(p0);");
		line(&b, 2, "g");
		line(&b, 1, "}");
		line(&b, 1, ".await;");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "observe(7);");
		line(&b, 1, "p0");
		break;
	case 3: /* on one path only */
		line(&b, 1, "if p1 {");
		line(&b, 2, fmt("%s(g, p0).await", sink.name));
		line(&b, 1, "} else {");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(p0);");
		line(&b, 2, "p0");
		line(&b, 1, "}");
		break;
	default: /* a block moving its captured Guard on one path only */
		line(&b, 1, "async move {");
		line(&b, 2, "if p1 {");
		line(&b, 3, fmt("%s(g, p0).await", sink.name));
		line(&b, 2, "} else {");
		line(&b, 3, "yield_now().await;");
		line(&b, 3, "p0");
		line(&b, 2, "}");
		line(&b, 1, "}");
		line(&b, 1, ".await");
		break;
	}
	end_fn_u32_bool(&b, &mover);
}

/* The async fn a shape's code goes in: `async fn PREFIXid(p0: u32, p1: bool) -> u32 {`, never called by
 * the other fns (the shapes' common header) */
static void begin_user_fn(Buf *b, Fn *user, const char *prefix, int id)
{
	snprintf(user->name, sizeof user->name, "%s%d", prefix, id);
	user->is_async = user->awaits = user->no_call = 1;
	bprintf(b, "async fn %s(p0: u32, p1: bool) -> u32 {\n", user->name);
}

/* issue 22 item 4: a struct item (named fields, or a tuple struct) of integers, a bool
 * and a Guard, built by a literal, held across awaits, its fields read and assigned, and
 * its Guard moved out — into a callee, on one path only, or replaced — or the whole
 * struct moved into a callee or an async move block (which drop elaboration must open
 * or flag). The struct-taking sink is not callable by the harnesses (its parameter). */
static void gen_struct(void)
{
	static const char *const itys[] = {"u8", "u16", "u32", "u64", "i32"};
	int id = nfns + 1, tuple = chance(35);
	int nints = 1 + rn(3), has_bool = chance(60);
	const char *ity[3];
	char fname[5][8];
	Buf b = {0};
	/* the item: fields in a random order, the Guard among them */
	int nf = nints + has_bool + 1, gpos = rn(nf), bpos = has_bool ? (gpos + 1 + rn(nf - 1)) % nf : -1;
	int ipos[3], k = 0;
	for (int i = 0; i < nf; i++)
		if (i != gpos && i != bpos)
			ipos[k++] = i;
	for (int i = 0; i < nints; i++)
		ity[i] = itys[rn(5)];
	for (int i = 0; i < nf; i++)
		snprintf(fname[i], sizeof fname[i], tuple ? "%d" : "f%d", i);
	bprintf(&b, tuple ? "struct S%d(" : "struct S%d { ", id);
	for (int i = 0; i < nf; i++) {
		const char *t = i == gpos ? "Guard" : i == bpos ? "bool" : NULL;
		for (int j = 0; j < nints; j++)
			if (ipos[j] == i)
				t = ity[j];
		if (tuple)
			bprintf(&b, "%s%s", i ? ", " : "", t);
		else
			bprintf(&b, "%s%s: %s", i ? ", " : "", fname[i], t);
	}
	bput(&b, tuple ? ");\n\n" : " }\n\n");
	/* sinks: a Guard by value, the whole struct by value */
	Fn gs, ss, user;
	memset(&gs, 0, sizeof gs);
	memset(&ss, 0, sizeof ss);
	memset(&user, 0, sizeof user);
	snprintf(gs.name, sizeof gs.name, "sgsink%d", id);
	gs.is_async = gs.awaits = gs.no_call = 1;
	bprintf(&b, "async fn %s(g: Guard, x: u32) -> u32 {\n", gs.name);
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "observe(x);");
	line(&b, 1, "x / 3");
	bput(&b, "}\n\n");
	fns[nfns++] = gs;
	long long a0 = rrange(0, 99), a1 = rrange(0, 99);
	bprintf(&out_args, "//@ args: %s %lld,%lld\n", gs.name, a0, a1);
	snprintf(ss.name, sizeof ss.name, "sssink%d", id);
	ss.is_async = ss.awaits = ss.no_call = 1;
	bprintf(&b, "async fn %s(s: S%d) -> u32 {\n", ss.name, id);
	line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("observe(s.%s as u32);", fname[ipos[0]]));
	line(&b, 1, fmt("s.%s as u32 & 63", fname[ipos[0]]));
	bput(&b, "}\n\n");
	fns[nfns++] = ss;
	/* the user */
	begin_user_fn(&b, &user, "suse", nfns + 1);
	int mut = chance(50);
	Buf lit = {0};
	bprintf(&lit, tuple ? "S%d(" : "S%d { ", id);
	for (int n = 0; n < nf; n++) {
		int i = n;
		const char *v;
		if (i == gpos)
			v = "guard(p0)";
		else if (i == bpos)
			v = chance(50) ? "p1" : "p0 > 5";
		else
			v = chance(50) ? fmt("(p0 & 127) as %s", ity[0]) : "0";
		for (int j = 0; j < nints; j++)
			if (ipos[j] == i && i != gpos && i != bpos && strcmp(v, "0"))
				v = fmt("(p0 & 127) as %s", ity[j]);
		if (tuple)
			bprintf(&lit, "%s%s", n ? ", " : "", v);
		else
			bprintf(&lit, "%s%s: %s", n ? ", " : "", fname[i], v);
	}
	bput(&lit, tuple ? ")" : " }");
	line(&b, 1, fmt("let %ss = %s;", mut ? "mut " : "", lit.p));
	free(lit.p);
	if (chance(70))
		line(&b, 1, "yield_now().await;");
	const char *f0 = fname[ipos[0]];
	if (mut && chance(70)) {
		line(&b, 1, fmt("s.%s = (p0 & 63) as %s;", f0, ity[0]));
		line(&b, 1, fmt("s.%s += 1;", f0));
	}
	if (has_bool && chance(50)) {
		line(&b, 1, fmt("if s.%s {", fname[bpos]));
		line(&b, 2, "observe(11);");
		line(&b, 1, "}");
	}
	switch (rn(mut ? 6 : 5)) {
	case 0: /* the Guard into a callee */
		line(&b, 1, fmt("let r = %s(s.%s, p0).await;", gs.name, fname[gpos]));
		line(&b, 1, fmt("observe(s.%s as u32);", f0));
		line(&b, 1, "r");
		break;
	case 1: /* the Guard into a callee on one path only */
		line(&b, 1, "if p1 {");
		line(&b, 2, fmt("%s(s.%s, p0).await", gs.name, fname[gpos]));
		line(&b, 1, "} else {");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, fmt("s.%s as u32 & 31", f0));
		line(&b, 1, "}");
		break;
	case 2: /* the whole struct into a callee */
		line(&b, 1, fmt("%s(s).await", ss.name));
		break;
	case 3: /* the whole struct into an async move block, and out again */
		line(&b, 1, "let t = async move {");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(5);");
		line(&b, 2, "s");
		line(&b, 1, "}");
		line(&b, 1, ".await;");
		line(&b, 1, fmt("t.%s as u32 & 15", f0));
		break;
	case 4: /* a local Guard moved out, the rest dropped at the end */
		line(&b, 1, fmt("let g = s.%s;", fname[gpos]));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "observe(9);");
		line(&b, 1, fmt("s.%s as u32 & 7", f0));
		break;
	default: /* the Guard replaced (drop, then the new value) */
		line(&b, 1, fmt("s.%s = guard(p0 + 1);", fname[gpos]));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("s.%s as u32 & 127", f0));
		break;
	}
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: an enum item (a unit, a tuple and a struct variant; integer payloads
 * and a Guard), a variant picked at run time, held across awaits, matched with bindings
 * (Copy fields copied; the Guard moved out on one arm, or left for the enum's drop), `_`
 * and `..`, awaits inside arms, a match on a temporary, or-patterns. */
static void gen_enum(void)
{
	static const char *const itys[] = {"u8", "u16", "u32", "u64", "i32"};
	int id = nfns + 1;
	const char *ta = itys[rn(5)], *tb = itys[rn(5)], *tx = itys[rn(5)];
	int b_guard = chance(50); /* the tuple variant's second field: a Guard or an integer */
	Buf b = {0};
	/* variant34: the enum declared after its uses (40%), then half of the time with an impl before it
	 * whose associated fn returns `Self::U` and that the maker calls by path */
	int late = chance(40), late_impl = late && chance(50);
	const char *decl = fmt("enum E%d { U, T(%s, %s), S { x: %s, g: Guard } }\n\n", id, ta, b_guard ? "Guard" : tb, tx);
	if (!late)
		bput(&b, decl);
	if (late_impl)
		bprintf(&b, "impl E%d {\n    fn unit() -> Self { Self::U }\n}\n\n", id);
	Fn mk, user;
	memset(&mk, 0, sizeof mk);
	memset(&user, 0, sizeof user);
	snprintf(mk.name, sizeof mk.name, "emake%d", id);
	mk.is_async = 0;
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> E%d {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 3 == 0 { E%d::%s } else if p0 %% 3 == 1 { E%d::T((p0 & 127) as %s, %s) } else { "
	                "E%d::S { x: (p0 & 63) as %s, g: guard(p0) } }",
	                id, late_impl ? "unit()" : "U", id, ta, b_guard ? "guard(p0 + 1)" : fmt("(p0 & 31) as %s", tb), id, tx));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	begin_user_fn(&b, &user, "euse", nfns + 1);
	int temp = chance(25);
	if (!temp) {
		line(&b, 1, fmt("let e = %s(p0);", mk.name));
		if (chance(70))
			line(&b, 1, "yield_now().await;");
	}
	int move_g = chance(50), await_in_arm = chance(60), wild = chance(30), or_pat = !wild && chance(30);
	line(&b, 1, fmt("let r = match %s {", temp ? fmt("%s(p0)", mk.name) : "e"));
	if (wild)
		line(&b, 2, fmt("E%d::T(a, _) => a as u32 & 63,", id));
	else if (or_pat)
		line(&b, 2, fmt("E%d::U | E%d::T(..) => 7,", id, id));
	else {
		line(&b, 2, fmt("E%d::U => 1,", id));
		line(&b, 2, fmt("E%d::T(a, %s) => a as u32 & 63,", id, !b_guard && chance(50) ? "bb" : "_"));
	}
	if (wild) {
		line(&b, 2, "_ => {");
		line(&b, 3, "observe(3);");
		if (await_in_arm)
			line(&b, 3, "yield_now().await;");
		line(&b, 3, "5");
		line(&b, 2, "}");
	} else {
		line(&b, 2, fmt("E%d::S { x, %s } => {", id, move_g ? "g" : ".."));
		line(&b, 3, "observe(x as u32);");
		if (await_in_arm)
			line(&b, 3, "yield_now().await;");
		if (move_g && chance(50))
			line(&b, 3, "let h = g;");
		line(&b, 3, "x as u32 & 31");
		line(&b, 2, "}");
	}
	line(&b, 1, "};");
	if (chance(60))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "if p1 { r + 1 } else { r }");
	end_fn_u32_bool(&b, &user);
	if (late)
		bput(&out_body, decl);
}

/* issue 22 item 4: references — `&x` / `&mut x` of locals and Guards held across
 * awaits, `&mut u32` / `&u32` parameters of async fns (the reference saved in the
 * future), derefs read, written and op-assigned, reborrows at call arguments, a Guard
 * replaced through `&mut`, a borrow inside an async block (a by-reference capture). */
static void gen_ref(void)
{
	int id = nfns + 1;
	Fn bump, rd, put, user;
	memset(&bump, 0, sizeof bump);
	memset(&rd, 0, sizeof rd);
	memset(&put, 0, sizeof put);
	memset(&user, 0, sizeof user);
	Buf b = {0};
	snprintf(put.name, sizeof put.name, "rput%d", id);
	put.no_call = 1;
	bprintf(&b, "fn %s(r: &mut u32, v: u32) {\n", put.name);
	line(&b, 1, "*r = v & 255;");
	bput(&b, "}\n\n");
	fns[nfns++] = put;
	snprintf(bump.name, sizeof bump.name, "rbump%d", id);
	bump.is_async = bump.awaits = bump.no_call = 1;
	bprintf(&b, "async fn %s(r: &mut u32, x: u32) -> u32 {\n", bump.name);
	line(&b, 1, "*r = *r & 1023;");
	line(&b, 1, "*r += x & 15;");
	line(&b, 1, "yield_now().await;");
	if (chance(50))
		line(&b, 1, fmt("%s(r, *r / 2 + 1);", put.name));
	else
		line(&b, 1, "*r = *r / 2 + 1;");
	line(&b, 1, "*r");
	bput(&b, "}\n\n");
	fns[nfns++] = bump;
	long long a0 = rrange(0, 99), a1 = rrange(0, 99);
	bprintf(&out_args, "//@ args: %s %lld,%lld\n", bump.name, a0, a1);
	snprintf(rd.name, sizeof rd.name, "rread%d", id);
	rd.is_async = rd.awaits = rd.no_call = 1;
	bprintf(&b, "async fn %s(r: &u32) -> u32 {\n", rd.name);
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "observe(*r);");
	line(&b, 1, "*r & 63");
	bput(&b, "}\n\n");
	fns[nfns++] = rd;
	begin_user_fn(&b, &user, "ruse", nfns + 1);
	line(&b, 1, "let mut a = p0 & 127;");
	line(&b, 1, "let mut g = guard(p0);");
	switch (rn(8)) {
	case 0: /* a &mut local held across an await */
		line(&b, 1, "let r = &mut a;");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "*r += 1;");
		line(&b, 1, "observe(*r);");
		line(&b, 1, "a");
		break;
	case 1: /* the reference into a callee's future */
		line(&b, 1, fmt("let v = %s(&mut a, p0).await;", bump.name));
		line(&b, 1, "observe(a);");
		line(&b, 1, "v + a");
		break;
	case 2: /* a shared reference, reborrowed at the call, used after */
		line(&b, 1, "let r = &a;");
		line(&b, 1, fmt("let v = %s(r).await;", rd.name));
		line(&b, 1, "observe(*r);");
		line(&b, 1, "v");
		break;
	case 3: /* a &mut reborrowed twice at sync calls */
		line(&b, 1, "let r = &mut a;");
		line(&b, 1, fmt("%s(r, p0 + 1);", put.name));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("%s(r, *r + 2);", put.name));
		line(&b, 1, "let s: &u32 = r;");
		line(&b, 1, "*s");
		break;
	case 4: /* a Guard borrowed across an await */
		line(&b, 1, "let rg = &g;");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "observe(p0);");
		line(&b, 1, "p0 & 7");
		break;
	case 5: /* a Guard replaced through &mut (drop, then the new value) */
		line(&b, 1, "let rg = &mut g;");
		line(&b, 1, "*rg = guard(p0 + 1);");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "p0 & 31");
		break;
	case 6: /* a borrow on one path only */
		line(&b, 1, "if p1 {");
		line(&b, 2, "let r = &mut a;");
		line(&b, 2, "*r = 3;");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(*r);");
		line(&b, 1, "}");
		line(&b, 1, "a");
		break;
	default: /* a borrow inside an async block: `a` captured by &mut */
		line(&b, 1, "let blk = async {");
		line(&b, 2, "let r = &mut a;");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "*r += 1;");
		line(&b, 2, "*r");
		line(&b, 1, "};");
		line(&b, 1, "let v = blk.await;");
		line(&b, 1, "v + a");
		break;
	}
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: an impl block on a struct item — an associated constructor
 * (`-> Self`), `&self`, `&mut self` and `self` methods, async methods (self a
 * reference saved across awaits), method calls with auto-ref, reborrowed reference
 * receivers and `S::m(&s)` path calls. */
static void gen_method(void)
{
	int id = nfns + 1;
	Fn user;
	memset(&user, 0, sizeof user);
	Buf b = {0};
	bprintf(&b, "struct M%d { n: u32, g: Guard, on: bool }\n\n", id);
	bprintf(&b, "impl M%d {\n", id);
	line(&b, 1, "fn new(n: u32) -> Self {");
	line(&b, 2, fmt("M%d { n: n & 1023, g: guard(n), on: n > 3 }", id));
	line(&b, 1, "}");
	line(&b, 1, "fn get(&self) -> u32 {");
	line(&b, 2, chance(50) ? "if self.on { self.n } else { self.n + 1 }" : "self.n");
	line(&b, 1, "}");
	line(&b, 1, "fn bump(&mut self, by: u32) {");
	line(&b, 2, "self.n = (self.n + (by & 15)) & 1023;");
	line(&b, 1, "}");
	line(&b, 1, "fn take(self) -> u32 {");
	line(&b, 2, "self.n / 2");
	line(&b, 1, "}");
	line(&b, 1, "async fn wait_get(&self) -> u32 {");
	line(&b, 2, "yield_now().await;");
	line(&b, 2, "self.get() + 1");
	line(&b, 1, "}");
	line(&b, 1, "async fn wait_bump(&mut self, by: u32) {");
	line(&b, 2, "self.bump(by);");
	line(&b, 2, "yield_now().await;");
	line(&b, 2, "observe(self.n);");
	line(&b, 1, "}");
	line(&b, 1, "async fn finish(self, x: u32) -> u32 {");
	line(&b, 2, "yield_now().await;");
	line(&b, 2, "self.n + (x & 7)");
	line(&b, 1, "}");
	bput(&b, "}\n\n");
	begin_user_fn(&b, &user, "muse", id);
	line(&b, 1, fmt("let mut m = M%d::new(p0);", id));
	switch (rn(6)) {
	case 0: /* &self across an await */
		line(&b, 1, "let a = m.wait_get().await;");
		line(&b, 1, "m.bump(a);");
		line(&b, 1, "m.get()");
		break;
	case 1: /* &mut self across an await, through a reference */
		line(&b, 1, "let r = &mut m;");
		line(&b, 1, "r.wait_bump(p0).await;");
		line(&b, 1, "r.bump(1);");
		line(&b, 1, "observe(r.get());");
		line(&b, 1, "m.take()");
		break;
	case 2: /* self by value into an async method */
		line(&b, 1, "m.bump(2);");
		line(&b, 1, "m.finish(p0).await");
		break;
	case 3: /* path calls */
		line(&b, 1, fmt("M%d::bump(&mut m, 3);", id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("M%d::get(&m) + M%d::new(1).take()", id, id));
		break;
	case 4: /* on one path only */
		line(&b, 1, "if p1 {");
		line(&b, 2, "m.wait_bump(1).await;");
		line(&b, 1, "}");
		line(&b, 1, "m.wait_get().await");
		break;
	default: /* a shared reference receiver held across an await */
		line(&b, 1, "let s = &m;");
		line(&b, 1, "let v = s.wait_get().await;");
		line(&b, 1, "observe(s.get());");
		line(&b, 1, "v");
		break;
	}
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: a trait with async fns and a sync fn, implemented for two
 * structs and called statically: `a.read().await`, `TA::read(&a).await`,
 * `<TA as Dev>::read(&a).await`, `Dev::read(&a).await` (variant34) (no dyn, no generics). */
static void gen_trait(void)
{
	int id = nfns + 1;
	Fn user;
	memset(&user, 0, sizeof user);
	Buf b = {0};
	bprintf(&b, "struct TA%d { v: u32, g: Guard }\n\nstruct TB%d;\n\n", id, id);
	bprintf(&b, "trait Dev%d {\n", id);
	line(&b, 1, "async fn read(&self) -> u32;");
	line(&b, 1, "async fn write(&mut self, x: u32);");
	line(&b, 1, "fn id(&self) -> u32;");
	bput(&b, "}\n\n");
	bprintf(&b, "impl Dev%d for TA%d {\n", id, id);
	line(&b, 1, "async fn read(&self) -> u32 {");
	line(&b, 2, "yield_now().await;");
	line(&b, 2, "self.v + 1");
	line(&b, 1, "}");
	line(&b, 1, "async fn write(&mut self, x: u32) {");
	line(&b, 2, "yield_now().await;");
	line(&b, 2, "self.v = x & 1023;");
	line(&b, 1, "}");
	line(&b, 1, "fn id(&self) -> u32 {");
	line(&b, 2, "1");
	line(&b, 1, "}");
	bput(&b, "}\n\n");
	bprintf(&b, "impl Dev%d for TB%d {\n", id, id);
	line(&b, 1, "async fn read(&self) -> u32 {");
	line(&b, 2, "5");
	line(&b, 1, "}");
	line(&b, 1, "async fn write(&mut self, x: u32) {");
	line(&b, 2, "observe(x);");
	line(&b, 1, "}");
	line(&b, 1, "fn id(&self) -> u32 {");
	line(&b, 2, "2");
	line(&b, 1, "}");
	bput(&b, "}\n\n");
	begin_user_fn(&b, &user, "tuse", id);
	line(&b, 1, fmt("let mut a = TA%d { v: p0 & 255, g: guard(p0) };", id));
	line(&b, 1, fmt("let mut t = TB%d;", id));
	switch (rn(5)) {
	case 4: /* variant34: trait path calls, Self inferred from the first argument */
		line(&b, 1, fmt("let x = Dev%d::read(&a).await;", id));
		line(&b, 1, fmt("Dev%d::write(&mut a, x + 3).await;", id));
		line(&b, 1, "let r = &t;");
		line(&b, 1, fmt("Dev%d::id(r) + Dev%d::id(&a) + a.v", id, id));
		break;
	case 0:
		line(&b, 1, "let x = a.read().await;");
		line(&b, 1, "a.write(x).await;");
		line(&b, 1, "a.read().await + t.id()");
		break;
	case 1:
		line(&b, 1, fmt("let x = TA%d::read(&a).await;", id));
		line(&b, 1, fmt("<TA%d as Dev%d>::write(&mut a, x + 2).await;", id, id));
		line(&b, 1, "a.id() + a.v");
		break;
	case 2:
		line(&b, 1, "if p1 {");
		line(&b, 2, "t.write(p0).await;");
		line(&b, 1, "}");
		line(&b, 1, "let r = &a;");
		line(&b, 1, "r.read().await + t.read().await");
		break;
	default:
		line(&b, 1, "let r = &mut a;");
		line(&b, 1, "r.write(p0 + 1).await;");
		line(&b, 1, "observe(r.id());");
		line(&b, 1, "a.read().await");
		break;
	}
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: arrays — literals and repeats held across awaits, indexed by an
 * argument (out of bounds too: rustc's bounds-check panic), read, written,
 * op-assigned and borrowed (`&mut a[i]` across an await), Guard arrays (an element
 * replaced: drop, then the new value; the rest dropped with the array), an array
 * captured by an async block, moved into a callee and returned by one, an array
 * field of a struct. */
static void gen_array(void)
{
	int id = nfns + 1;
	Fn sum, mk, user;
	memset(&sum, 0, sizeof sum);
	memset(&mk, 0, sizeof mk);
	memset(&user, 0, sizeof user);
	Buf b = {0};
	snprintf(sum.name, sizeof sum.name, "asum%d", id);
	sum.is_async = sum.awaits = sum.no_call = 1;
	bprintf(&b, "async fn %s(a: [u32; 3]) -> u32 {\n", sum.name);
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "(a[0] & 255) + (a[1] & 255) + (a[2] & 255)");
	bput(&b, "}\n\n");
	fns[nfns++] = sum;
	snprintf(mk.name, sizeof mk.name, "amake%d", id);
	mk.is_async = mk.awaits = mk.no_call = 1;
	bprintf(&b, "async fn %s(x: u32) -> [u32; 3] {\n", mk.name);
	line(&b, 1, "let v = x & 1023;");
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "[v, v + 1, v + 2]");
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	bprintf(&b, "struct ABuf%d { n: u8, data: [u16; 4] }\n\n", id);
	snprintf(user.name, sizeof user.name, "ause%d", nfns + 1);
	user.is_async = user.awaits = user.no_call = 1;
	bprintf(&b, "async fn %s(p0: usize, p1: u32) -> u32 {\n", user.name);
	switch (rn(6)) {
	case 0: /* an int array across an await, written, op-assigned and read at p0 */
		line(&b, 1, "let mut a = [p1 & 63, 2, 3];");
		line(&b, 1, "a[p0] = 7;");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "a[1] += p1 & 15;");
		line(&b, 1, "observe(a[p0]);");
		line(&b, 1, "a[0] + a[2]");
		break;
	case 1: /* a Guard array, an element replaced after an await */
		line(&b, 1, "let mut g = [guard(p1), guard(2), guard(3)];");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "g[p0] = guard(9);");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "p1 & 7");
		break;
	case 2: /* captured by an async block: by reference, then by value (async move) */
		line(&b, 1, "let mut a = [p1 & 31; 3];");
		line(&b, 1, "let r = async { yield_now().await; a[2] + 1 }.await;");
		line(&b, 1, "let c = async move { yield_now().await; a[p0] }.await;");
		line(&b, 1, "a[0] = r;");
		line(&b, 1, "c + a[0]");
		break;
	case 3: /* returned by a callee, then moved into one */
		line(&b, 1, fmt("let a = %s(p1).await;", mk.name));
		line(&b, 1, "observe(a[p0]);");
		line(&b, 1, fmt("%s(a).await", sum.name));
		break;
	case 4: /* `&mut a[p0]` held across an await */
		line(&b, 1, "let mut a = [1u32, 2, 3, 4];");
		line(&b, 1, "let r = &mut a[p0];");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "*r += p1 & 255;");
		line(&b, 1, "a[0] + a[3]");
		break;
	default: /* an array field of a struct */
		line(&b, 1, fmt("let mut s = ABuf%d { n: 2, data: [1; 4] };", id));
		line(&b, 1, "s.data[p0] = (p1 & 255) as u16;");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "s.data[3] as u32 + s.n as u32");
		break;
	}
	bput(&b, "}\n\n");
	fns[nfns++] = user;
	long long a0 = rrange(0, 4), a1 = rrange(0, 99);
	bprintf(&out_args, "//@ args: %s %lld,%lld\n", user.name, a0, a1);
	bput(&out_body, b.p);
	free(b.p);
	nvars = 0;
}

/* ------------------------------------------------------------------ */
/* programs                                                             */
/* issue 22 item 4: Option / Result and if let / while let — an Option<int> made by a
 * sync fn, matched or if-let'ed after an await (a local or a temporary scrutinee), a
 * Result<Guard, int> whose Guard is moved out by the binding on one path only (the
 * other path leaves it to the Result's drop) with an await in that branch, a while-let
 * loop over the Option maker with break and an await, Copy instances passed twice. */
static void gen_option(void)
{
	static const char *const itys[] = {"u8", "u16", "u32", "u64", "i32"};
	int id = nfns + 1;
	const char *ta = itys[rn(5)], *te = itys[rn(5)];
	Fn half, make, user;
	memset(&half, 0, sizeof half);
	memset(&make, 0, sizeof make);
	memset(&user, 0, sizeof user);
	Buf b = {0};
	snprintf(half.name, sizeof half.name, "ohalf%d", id);
	half.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Option<%s> {\n", half.name, ta);
	line(&b, 1, fmt("if p0 %% 2 == 0 { Some((p0 & 63) as %s) } else { None }", ta));
	bput(&b, "}\n\n");
	fns[nfns++] = half;
	snprintf(make.name, sizeof make.name, "omake%d", id);
	make.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Result<Guard, %s> {\n", make.name, te);
	line(&b, 1, fmt("if p0 %% 3 == 0 { Err((p0 & 31) as %s) } else { Ok(guard(p0)) }", te));
	bput(&b, "}\n\n");
	fns[nfns++] = make;
	/* `?` in a sync fn (on the Result holding a Guard: moved out of Continue) and before an
	 * await in an async fn (on the Option) */
	Fn tr, aq;
	memset(&tr, 0, sizeof tr);
	memset(&aq, 0, sizeof aq);
	snprintf(tr.name, sizeof tr.name, "otry%d", id);
	tr.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Result<u32, %s> {\n", tr.name, te);
	line(&b, 1, fmt("let g = %s(p0)?;", make.name));
	line(&b, 1, "Ok(p0 & 7)");
	bput(&b, "}\n\n");
	fns[nfns++] = tr;
	snprintf(aq.name, sizeof aq.name, "oq%d", id);
	aq.is_async = aq.awaits = aq.no_call = 1;
	bprintf(&b, "async fn %s(p0: u32) -> Option<u32> {\n", aq.name);
	line(&b, 1, fmt("let h = %s(p0)?;", half.name));
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "Some(h as u32 & 15)");
	bput(&b, "}\n\n");
	fns[nfns++] = aq;
	begin_user_fn(&b, &user, "ouse", nfns + 1);
	int temp = chance(25);
	if (!temp) {
		line(&b, 1, fmt("let o = %s(p0);", half.name));
		if (chance(70))
			line(&b, 1, "yield_now().await;");
	}
	const char *scrut = temp ? fmt("%s(p0)", half.name) : "o";
	if (chance(50))
		line(&b, 1, fmt("let r = match %s { Some(v) => v as u32 & 63, None => 9 };", scrut));
	else
		line(&b, 1, fmt("let r = if let Some(v) = %s { v as u32 & 63 } else { 9 };", scrut));
	if (!temp && chance(40))
		line(&b, 1, "let r2 = match o { Some(v) => v as u32 & 7, None => 1 };");
	else
		line(&b, 1, "let r2 = 1;");
	line(&b, 1, fmt("let m = %s(p0 + 1);", make.name));
	if (chance(70))
		line(&b, 1, "yield_now().await;");
	int await_in_arm = chance(60), keep = chance(50);
	if (chance(50)) {
		line(&b, 1, "let s = match m {");
		line(&b, 2, "Ok(g) => {");
		line(&b, 3, "observe(1);");
		if (await_in_arm)
			line(&b, 3, "yield_now().await;");
		if (keep)
			line(&b, 3, "let h = g;");
		line(&b, 3, "1");
		line(&b, 2, "}");
		line(&b, 2, "Err(e) => e as u32 & 15,");
		line(&b, 1, "};");
	} else {
		line(&b, 1, "let mut s = 2;");
		line(&b, 1, "if let Ok(g) = m {");
		if (await_in_arm)
			line(&b, 2, "yield_now().await;");
		if (keep)
			line(&b, 2, "let h = g;");
		line(&b, 2, "s = 1;");
		line(&b, 1, "}");
	}
	if (chance(50)) {
		line(&b, 1, "let mut k = p0 & 255;");
		line(&b, 1, fmt("while let Some(h) = %s(k) {", half.name));
		line(&b, 2, "if h == 0 { break; }");
		if (chance(50))
			line(&b, 2, "yield_now().await;");
		line(&b, 2, "k = h as u32 / 2;");
		line(&b, 1, "}");
	}
	line(&b, 1, fmt("let t = match %s(p0) { Ok(v) => v, Err(_) => 3 };", tr.name));
	line(&b, 1, fmt("let q = match %s(p0 + 2).await { Some(v) => v, None => 4 };", aq.name));
	if (chance(60))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "if p1 { r + s + r2 + t + q } else { r }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: rustc's niche-filling enum layout — an enum item whose payload has a
 * bool (one of a few variant sets: some laid out in the niche, the others before or after
 * it, some tagged by rustc's tie rules), a struct holding a bool, Option<bool>,
 * Option<Option<u8>>, Option of the enum and of the struct, made by sync fns from the
 * argument, held across awaits, matched with bindings (nested matches for nested
 * Options), `?` on an Option<bool>, an async fn returning Option<bool> (Pending in the
 * niche) and an `async move` block capturing an Option<bool>. */
static void gen_niche(void)
{
	static const char *const vsets[] = {
		"A(bool, u16, u8), B(u8)",           /* niche: B before the bool */
		"A(bool, u8, u8, u8), B(u16), C",    /* niche: B after the bool */
		"X, A(bool, u8, u8, u8), Y(u16)",    /* niche values around the untagged A */
		"A(bool), B(u8)",                    /* tagged: the last largest has no niche */
		"A(u32, bool), B",                   /* tagged: same size, larger niche */
	};
	int id = nfns + 1, vs = rn(5);
	Buf b = {0};
	bprintf(&b, "enum Nk%d { %s }\n\n", id, vsets[vs]);
	bprintf(&b, "struct Ns%d { n: u32, on: bool }\n\n", id);
	/* a value of each variant of Nk from p0 */
	const char *mk_enum;
	switch (vs) {
	case 0: mk_enum = fmt("if p0 %% 2 == 0 { Nk%d::A(p0 > 9, p0 as u16, 3) } else { Nk%d::B(p0 as u8) }", id, id); break;
	case 1: mk_enum = fmt("if p0 %% 3 == 0 { Nk%d::C } else if p0 %% 3 == 1 { Nk%d::B(p0 as u16) } else { Nk%d::A(p0 > 9, 1, 2, p0 as u8) }", id, id, id); break;
	case 2: mk_enum = fmt("if p0 %% 3 == 0 { Nk%d::X } else if p0 %% 3 == 1 { Nk%d::Y(p0 as u16) } else { Nk%d::A(p0 > 9, 1, 2, p0 as u8) }", id, id, id); break;
	case 3: mk_enum = fmt("if p0 %% 2 == 0 { Nk%d::A(p0 > 9) } else { Nk%d::B(p0 as u8) }", id, id); break;
	default: mk_enum = fmt("if p0 %% 2 == 0 { Nk%d::A(p0, p0 > 9) } else { Nk%d::B }", id, id); break;
	}
	const char *match_enum;
	switch (vs) {
	case 0: match_enum = "A(f, w, _) => if f { w as u32 & 63 } else { 5 }, B(v) => v as u32 & 31"; break;
	case 1: match_enum = "A(f, _, _, z) => if f { z as u32 & 63 } else { 6 }, B(w) => w as u32 & 31, C => 7"; break;
	case 2: match_enum = "X => 8, A(f, x, _, _) => if f { x as u32 } else { 9 }, Y(w) => w as u32 & 31"; break;
	case 3: match_enum = "A(f) => if f { 1 } else { 2 }, B(v) => v as u32 & 31"; break;
	default: match_enum = "A(v, f) => if f { v & 63 } else { 3 }, B => 4"; break;
	}
	/* Nk::V in every arm of the match */
	Buf arms = {0};
	for (const char *q = match_enum; *q;) {
		const char *comma = strstr(q, ", ");
		/* split at ", " followed by an uppercase variant name */
		while (comma && !(comma[2] >= 'A' && comma[2] <= 'Z'))
			comma = strstr(comma + 2, ", ");
		size_t len = comma ? (size_t)(comma - q) : strlen(q);
		bprintf(&arms, "%sNk%d::%.*s", arms.n ? ", " : "", id, (int)len, q);
		q += len;
		if (*q)
			q += 2;
	}
	Fn mk, opt, user, aopt;
	memset(&mk, 0, sizeof mk);
	memset(&opt, 0, sizeof opt);
	memset(&user, 0, sizeof user);
	memset(&aopt, 0, sizeof aopt);
	snprintf(mk.name, sizeof mk.name, "nmake%d", id);
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Option<Nk%d> {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 5 == 4 { None } else { Some(%s) }", mk_enum));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	snprintf(opt.name, sizeof opt.name, "nopt%d", id);
	opt.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Option<bool> {\n", opt.name);
	line(&b, 1, "if p0 % 3 == 0 { None } else { Some(p0 % 3 == 1) }");
	bput(&b, "}\n\n");
	fns[nfns++] = opt;
	int use_try = chance(50);
	if (use_try) {
		Fn tq;
		memset(&tq, 0, sizeof tq);
		snprintf(tq.name, sizeof tq.name, "nq%d", id);
		tq.no_call = 1;
		bprintf(&b, "fn %s(p0: u32) -> Option<bool> {\n", tq.name);
		line(&b, 1, fmt("let v = %s(p0)?;", opt.name));
		line(&b, 1, "Some(!v)");
		bput(&b, "}\n\n");
		fns[nfns++] = tq;
	}
	snprintf(aopt.name, sizeof aopt.name, "nawait%d", id);
	aopt.is_async = aopt.awaits = aopt.no_call = 1;
	bprintf(&b, "async fn %s(p0: u32) -> Option<bool> {\n", aopt.name);
	if (chance(70))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("%s(p0 + 1)", use_try ? fmt("nq%d", id) : opt.name));
	bput(&b, "}\n\n");
	fns[nfns++] = aopt;
	begin_user_fn(&b, &user, "nuse", nfns + 1);
	line(&b, 1, fmt("let e = %s(p0);", mk.name));
	line(&b, 1, "let o2: Option<Option<u8>> = if p0 % 4 == 0 { None } else if p0 % 4 == 1 { Some(None) } else { Some(Some(p0 as u8)) };");
	line(&b, 1, fmt("let s: Option<Ns%d> = if p1 { Some(Ns%d { n: p0 & 15, on: p0 > 5 }) } else { None };", id, id));
	if (chance(80))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("let a = match e { Some(k) => match k { %s }, None => 11 };", arms.p));
	if (chance(50))
		line(&b, 1, "let c = match o2 { Some(i) => match i { Some(v) => v as u32 & 15, None => 12 }, None => 13 };");
	else
		line(&b, 1, "let mut c = 13; if let Some(i) = o2 { c = 12; if let Some(v) = i { c = v as u32 & 15; } }");
	line(&b, 1, fmt("let q = match %s(p0).await { Some(f) => if f { 1 } else { 2 }, None => 3 };", aopt.name));
	if (chance(50)) {
		line(&b, 1, fmt("let ob = %s(p0 + 2);", opt.name));
		line(&b, 1, "let blk = async move { yield_now().await; match ob { Some(f) => if f { 4 } else { 5 }, None => 6 } };");
		line(&b, 1, "let w = blk.await;");
	} else {
		line(&b, 1, "let w = 0;");
	}
	line(&b, 1, "let t = match s { Some(x) => if x.on { x.n } else { 14 }, None => 15 };");
	if (chance(60))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "a + c + q + w + t");
	end_fn_u32_bool(&b, &user);
	free(arms.p);
}

/* issue 22: a value with drop glue (Option<Guard>, an enum or a struct holding a Guard,
 * an array of Options) held across an await, then moved whole by `let k = g;`: after
 * the await, before another, on one path only, or k moved on into a callee; rustc drops
 * g unconditionally on the await's coroutine-drop path, with a flag where the move is
 * conditional (tests/rust/enum_move_let.rs, struct_move_let.rs). */
static void gen_let_move(void)
{
	int id = nfns + 1, kind = rn(4);
	Buf b = {0};
	const char *ty, *val;
	switch (kind) {
	case 0:
		ty = "Option<Guard>";
		val = "if p0 % 3 == 0 { None } else { Some(guard(p0)) }";
		break;
	case 1:
		bprintf(&b, "enum Lm%d { A, B(Guard), C(u16, Guard) }\n\n", id);
		ty = fmt("Lm%d", id);
		val = fmt("if p0 %% 3 == 0 { Lm%d::A } else if p0 %% 3 == 1 { Lm%d::B(guard(p0)) } else { Lm%d::C(p0 as "
		          "u16, guard(p0 + 1)) }", id, id, id);
		break;
	case 2:
		bprintf(&b, "struct Lm%d { x: u32, g: Guard }\n\n", id);
		ty = fmt("Lm%d", id);
		val = fmt("Lm%d { x: p0, g: guard(p0) }", id);
		break;
	default:
		ty = "[Option<Guard>; 2]";
		val = "[Some(guard(p0)), if p1 { None } else { Some(guard(p0 + 2)) }]";
		break;
	}
	Fn sink, user;
	memset(&sink, 0, sizeof sink);
	memset(&user, 0, sizeof user);
	snprintf(sink.name, sizeof sink.name, "lmsink%d", id);
	sink.is_async = sink.awaits = sink.no_call = 1;
	bprintf(&b, "async fn %s(k: %s, x: u32) -> u32 {\n", sink.name, ty);
	if (chance(60))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "observe(x);");
	line(&b, 1, "x & 15");
	bput(&b, "}\n\n");
	fns[nfns++] = sink; /* run through the user only: --args cannot give k */
	begin_user_fn(&b, &user, "lmuse", nfns + 1);
	line(&b, 1, fmt("let g: %s = %s;", ty, val));
	int before = chance(25); /* the move before the first await: a flag in the layout when conditional */
	if (!before)
		line(&b, 1, "yield_now().await;");
	switch (rn(4)) {
	case 0: /* moved, then dropped at the end of the body */
		line(&b, 1, "let k = g;");
		line(&b, 1, "observe(p0 & 7);");
		break;
	case 1: /* moved, then another await with k alive */
		line(&b, 1, "let k = g;");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "observe(1);");
		break;
	case 2: /* moved on one path only */
		line(&b, 1, "if p1 {");
		line(&b, 2, "let k = g;");
		line(&b, 2, "observe(2);");
		line(&b, 1, "}");
		break;
	default: /* moved, then into a callee */
		line(&b, 1, "let k = g;");
		line(&b, 1, fmt("let r = %s(k, p0).await;", sink.name));
		line(&b, 1, "observe(r);");
		break;
	}
	if (before || chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "p0 & 31");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: nested types, the shapes of protocol handlers and drivers: an enum as
 * an enum item's payload (a message holding a command, the inner tag a niche of the outer
 * or a tagged outer), an enum as a struct field (a driver holding its state), Option of a
 * nested enum, a Guard inside the inner enum; made by a sync fn, held across awaits,
 * matched one level at a time (the inner value bound, then matched) or with nested
 * patterns (`Mn::Run(Cn::Go(a))`, `Some(Mn::Run(_))`), the struct's field matched in
 * place and assigned, the Guard moved out on one arm or left to the outer enum's drop
 * glue. */
static void gen_nested(void)
{
	static const char *const itys[] = {"u8", "u16", "u32", "i32"};
	int id = nfns + 1;
	const char *ta = itys[rn(4)], *tw = itys[rn(4)];
	int guard_in = chance(50), wide = chance(35), ord = rn(2);
	Buf b = {0};
	/* Cmd: the inner enum; Msg: the outer (its Wide variant makes it tagged); Drv: a struct holding Cmd */
	bprintf(&b, "enum Cn%d { Go(%s), Halt, %s }\n\n", id, ta, guard_in ? "Hold(u8, Guard)" : "Turn { deg: i32 }");
	if (ord)
		bprintf(&b, "enum Mn%d { Run(Cn%d), Ping%s }\n\n", id, id, wide ? fmt(", Wide(%s, u32)", tw) : "");
	else
		bprintf(&b, "enum Mn%d { Ping, Run(Cn%d)%s }\n\n", id, id, wide ? fmt(", Wide(%s, u32)", tw) : "");
	bprintf(&b, "struct Dn%d { id: u8, state: Cn%d, ticks: u32 }\n\n", id, id);
	Fn mkc, mkm, user;
	memset(&mkc, 0, sizeof mkc);
	memset(&mkm, 0, sizeof mkm);
	memset(&user, 0, sizeof user);
	snprintf(mkc.name, sizeof mkc.name, "ncmd%d", id);
	mkc.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Cn%d {\n", mkc.name, id);
	line(&b, 1, fmt("if p0 %% 3 == 0 { Cn%d::Halt } else if p0 %% 3 == 1 { Cn%d::Go((p0 & 63) as %s) } else { %s }",
	                id, id, ta, guard_in ? fmt("Cn%d::Hold(p0 as u8, guard(p0))", id)
	                                     : fmt("Cn%d::Turn { deg: p0 as i32 - 50 }", id)));
	bput(&b, "}\n\n");
	fns[nfns++] = mkc;
	snprintf(mkm.name, sizeof mkm.name, "nmsg%d", id);
	mkm.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Mn%d {\n", mkm.name, id);
	if (wide)
		line(&b, 1, fmt("if p0 %% 5 == 0 { Mn%d::Ping } else if p0 %% 5 == 1 { Mn%d::Wide((p0 & 7) as %s, p0) } "
		                "else { Mn%d::Run(%s(p0 / 5)) }", id, id, tw, id, mkc.name));
	else
		line(&b, 1, fmt("if p0 %% 5 == 0 { Mn%d::Ping } else { Mn%d::Run(%s(p0 / 5)) }", id, id, mkc.name));
	bput(&b, "}\n\n");
	fns[nfns++] = mkm;
	/* the arms of a match on a Cn value */
	/* a Guard bound by `g` is moved out of the inner enum (dropped at the arm's end) */
	const char *third = guard_in ? fmt("Cn%d::Hold(v, %s) => { observe(v as u32); 3 }", id, chance(50) ? "g" : "_")
	                             : fmt("Cn%d::Turn { deg } => deg as u32 & 15,", id);
	const char *cn_arms = fmt("Cn%d::Go(a) => a as u32 & 31, Cn%d::Halt => 1, %s", id, id, third);
	begin_user_fn(&b, &user, "nuse", nfns + 1);
	int use = rn(3), nest = chance(50);
	if ((use == 0 || use == 2) && nest) { /* nested patterns: rustc's match tree */
		line(&b, 1, fmt("let m = %s(p0);", mkm.name));
		if (chance(80))
			line(&b, 1, "yield_now().await;");
		line(&b, 1, "let a = match m {");
		line(&b, 2, fmt("Mn%d::Run(Cn%d::Go(a)) => {", id, id));
		if (chance(40))
			line(&b, 3, "yield_now().await;");
		line(&b, 3, "a as u32 & 31");
		line(&b, 2, "}");
		if (guard_in)
			line(&b, 2, fmt("Mn%d::Run(Cn%d::Hold(v, %s)) => { observe(v as u32); 3 }", id, id,
			                chance(50) ? "g" : "_"));
		if (chance(50))
			line(&b, 2, fmt("Mn%d::Run(Cn%d::Halt) => 1,", id, id));
		if (wide && chance(50))
			line(&b, 2, fmt("Mn%d::Wide(x, y) => (x as u32 & 7) + (y & 7),", id));
		if (chance(30))
			line(&b, 2, fmt("Mn%d::Ping => 9,", id));
		line(&b, 2, "_ => 4,");
		line(&b, 1, "};");
	} else if (use == 0 || use == 2) {
		line(&b, 1, fmt("let m = %s(p0);", mkm.name));
		if (chance(80))
			line(&b, 1, "yield_now().await;");
		line(&b, 1, "let a = match m {");
		line(&b, 2, fmt("Mn%d::Run(c) => {", id));
		if (chance(40))
			line(&b, 3, "yield_now().await;");
		line(&b, 3, fmt("match c { %s }", cn_arms));
		line(&b, 2, "}");
		if (wide)
			line(&b, 2, fmt("Mn%d::Wide(x, y) => (x as u32 & 7) + (y & 7),", id));
		line(&b, 2, fmt("Mn%d::Ping => 9,", id));
		line(&b, 1, "};");
	} else {
		line(&b, 1, "let a = 0;");
	}
	if (use >= 1) {
		line(&b, 1, fmt("let mut d = Dn%d { id: 4, state: %s(p0), ticks: p0 & 15 };", id, mkc.name));
		line(&b, 1, fmt("let o: Option<Mn%d> = if p1 { Some(%s(p0 + 1)) } else { None };", id, mkm.name));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("let t = match d.state { Cn%d::Go(a) => (a as u32 & 7) + d.ticks, Cn%d::Halt => d.id as u32, "
		                "_ => 2 };", id, id));
		if (chance(50)) {
			line(&b, 1, fmt("d.state = Cn%d::Halt;", id));
			if (chance(50))
				line(&b, 1, "yield_now().await;");
		}
		if (chance(50))
			line(&b, 1, fmt("let q = match o { Some(Mn%d::Run(Cn%d::Go(_))) => 3, Some(Mn%d::Run(_)) => 4, Some(_) => 5, "
			                "None => 6 };", id, id, id));
		else
			line(&b, 1, fmt("let q = match o { Some(m) => match m { Mn%d::Run(_) => 4, _ => 5 }, None => 6 };", id));
		line(&b, 1, "observe(t + q);");
	}
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "if p1 { a + 1 } else { a }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4 (range24): a range-pattern statement of gen_patterns, `let rg = ..; observe(rg);`:
 * ranges at the top of a match on u8 beside a literal (`0..=3`, `4`, `5..20`, `200..`), an exhaustive
 * signed match without `_` (`..=-3`, `-2..=2`, `3 | 4`, `5..`), ranges inside variant and struct-variant
 * patterns (`Pt::Q(2..=5, true)`, `Pt::P(Pi::X(..4))`, a Guard moved out under `Pt::S { k: ..=1, g }`),
 * `if let` / `while let` with a range (`if let 1..=3 = ..`, `while let Some(2..) = o`). One random
 * draw per statement. */
static void gen_range_patterns(Buf *b, int id, int gs)
{
	int form = rn(4);
	int lo = rn(6);
	if (form == 0) {
		line(b, 1, fmt("let rg = match (p0 %% 300) as u8 { 0..=%d => 1, %d => 2, %d..20 => 3, 200.. => 4, _ => 5 };", lo,
		               lo + 1, lo + 2));
	} else if (form == 1) {
		line(b, 1, "let sv = p0 as i32 - 8;");
		if (chance(50))
			line(b, 1, "yield_now().await;");
		line(b, 1, fmt("let rg = match sv { ..=-%d => 1, -%d..=2 => 2, 3 | 4 => 3, 5.. => 4 };", lo + 2, lo + 1));
	} else if (form == 2) {
		line(b, 1, fmt("let rg = match ptmk%d(p0 + %d) {", id, lo));
		line(b, 2, fmt("Pt%d::Q(2..=5, true) => 1,", id));
		line(b, 2, fmt("Pt%d::P(Pi%d::X(..%d)) => 2,", id, id, lo + 1));
		if (gs) {
			line(b, 2, fmt("Pt%d::S { k: ..=1, g } => {", id));
			if (chance(50))
				line(b, 3, "yield_now().await;");
			line(b, 3, "let h = g;");
			line(b, 3, "3");
			line(b, 2, "}");
		} else {
			line(b, 2, fmt("Pt%d::S { k: 1.., .. } => 3,", id));
		}
		line(b, 2, fmt("Pt%d::Q(k, _) => k,", id));
		line(b, 2, "_ => 5,");
		line(b, 1, "};");
	} else if (chance(50)) {
		line(b, 1, fmt("let rg = if let 1..=%d = p0 %% 8 { yield_now().await; 6 } else { 7 };", lo + 1));
	} else {
		line(b, 1, fmt("let mut ro = if p1 { Some(p0 %% 6) } else { None };"));
		line(b, 1, "let mut rg = 0;");
		line(b, 1, fmt("while let Some(%d..) = ro {", lo % 3 + 1));
		line(b, 2, "rg += 1;");
		line(b, 2, "yield_now().await;");
		line(b, 2, "ro = if rg < 3 { Some(rg + 1) } else { None };");
		line(b, 1, "}");
	}
	line(b, 1, "observe(rg);");
}

/* issue 22 (rangeb25): a range-pattern statement of gen_patterns whose bounds are integer types'
 * associated constants or byte literals, `let rb = ..; observe(rb);`: u8 split at byte literals and
 * `u8::MAX`, i8 and u32 exhaustive without `_` (`i8::MIN`, `i8::MIN..=-1`, `1..u32::MAX`, `u32::MAX`),
 * i64 `i64::MIN..=-1`, nested (`Some(u8::MAX)`, `Some(b'a'..=b'z')`, `Pt::Q(4..=u32::MAX, _)`),
 * `if let b'0'..=b'9' = ..`, `while let 1..=u32::MAX = ..`; an await before it or not. One random
 * draw per statement. */
static void gen_range_bounds(Buf *b, int id)
{
	int form = rn(16);
	if (form & 8)
		line(b, 1, "yield_now().await;");
	switch (form & 7) {
	case 0:
		line(b, 1, "let rb = match (p0 % 300) as u8 { u8::MIN..b'0' => 1, b'0'..=b'9' => 2, b'a'..=b'z' => 3, "
		           "u8::MAX => 4, _ => 5 };");
		break;
	case 1:
		line(b, 1, "let rb = match p0 as u8 as i8 { i8::MIN => 1, i8::MIN..=-1 => 2, 0 => 3, 1..=i8::MAX => 4 };");
		break;
	case 2:
		line(b, 1, "let rb = match p0 { 0 => 1, 1..u32::MAX => 2, u32::MAX => 3 };");
		break;
	case 3:
		line(b, 1, "let rb = match p0 as i64 - 5 { i64::MIN..=-1 => 1, 0 => 2, 1..=i64::MAX => 3 };");
		break;
	case 4:
		line(b, 1, "let rb = match if p1 { Some(p0 as u8) } else { None } { Some(u8::MAX) => 1, "
		           "Some(b'a'..=b'z') => 2, Some(..b'a') => 3, Some(_) => 4, None => 5 };");
		break;
	case 5:
		line(b, 1, fmt("let rb = match ptmk%d(p0) { Pt%d::Q(u32::MIN..=3, true) => 1, Pt%d::Q(4..=u32::MAX, _) => 2, "
		               "Pt%d::S { k: b'\\0'..=b' ', .. } => 3, _ => 4 };", id, id, id, id));
		break;
	case 6:
		line(b, 1, "let rb = if let b'0'..=b'9' = (p0 % 64) as u8 + 32 { yield_now().await; 6 } else { 7 };");
		break;
	default:
		line(b, 1, "let mut rw = p0 % 5;");
		line(b, 1, "let mut rb = 0;");
		line(b, 1, "while let 1..=u32::MAX = rw {");
		line(b, 2, "rb += 1;");
		line(b, 2, "rw -= 1;");
		line(b, 2, "yield_now().await;");
		line(b, 1, "}");
		break;
	}
	line(b, 1, "observe(rb);");
}

/* issue 22 (letpat25): a `let`-pattern statement of gen_patterns, after which `t` grows: a one-variant
 * enum's variant pattern in `let` (`let Po::A(lk, lg) = ..;`, its Guard moved out and held across an
 * await, or left to its enum's drop with `_`), an or-pattern in `let` (`let (Ok(lk) | Err(lk)) = ..;`,
 * a leaf per alternative), an or-pattern inside a struct pattern of a `let` (`let Pw { n, on: true |
 * false } = ..;`) and a nested one (`let Pf { w: Pw { n: ln, .. }, q: Ps(lk, lg), .. } = ..;`), a literal
 * at the top of `if let` / `while let` (`if let 3 = p0 % 5`, `if let true = p1`, `while let 0 = ..`).
 * One random draw per statement. */
static void gen_let_patterns(Buf *b, int id)
{
	int lf = rn(12), v = lf / 6;
	switch (lf % 6) {
	case 0:
		line(b, 1, fmt("let lo = Po%d::A(p0 %% 5, guard(p0 + 17));", id));
		line(b, 1, "yield_now().await;");
		if (v) {
			line(b, 1, fmt("let Po%d::A(lk, lg) = lo;", id));
			line(b, 1, "yield_now().await;");
			line(b, 1, "let lh = lg;");
		} else {
			line(b, 1, fmt("let Po%d::A(lk, _) = lo;", id));
			line(b, 1, "yield_now().await;");
		}
		line(b, 1, "let t = t + lk;");
		break;
	case 1:
		line(b, 1, "let lr: Result<u32, u32> = if p1 { Ok(p0 & 7) } else { Err(p0 & 3) };");
		if (v)
			line(b, 1, "yield_now().await;");
		line(b, 1, "let (Ok(lk) | Err(lk)) = lr;");
		line(b, 1, "yield_now().await;");
		line(b, 1, "let t = t + lk;");
		break;
	case 2:
		line(b, 1, fmt("let Pw%d { n: ln, on: true | false } = Pw%d { n: p0 & 7, on: p1 };", id, id));
		if (v)
			line(b, 1, "yield_now().await;");
		line(b, 1, "let t = t + ln;");
		break;
	case 3:
		line(b, 1, fmt("let lf = Pf%d { w: Pw%d { n: p0 & 3, on: p1 }, q: Ps%d((p0 %% 5) as u8, guard(p0 + 19)), m: 4 };",
		               id, id, id));
		line(b, 1, "yield_now().await;");
		line(b, 1, fmt("let Pf%d { w: Pw%d { n: ln, .. }, q: Ps%d(lk, %s), .. } = lf;", id, id, id, v ? "lg" : "_"));
		line(b, 1, "yield_now().await;");
		line(b, 1, "let t = t + ln + lk as u32;");
		break;
	case 4:
		line(b, 1, fmt("let t = t + if let %d = p0 %% 5 { yield_now().await; 1 } else { 2 };", v + 2));
		line(b, 1, fmt("let t = t + if let %s = p1 { 3 } else { yield_now().await; 4 };", v ? "true" : "false"));
		break;
	default:
		line(b, 1, "let mut ln = p0 % 4;");
		line(b, 1, fmt("while let %d = ln %% 2 {", v));
		line(b, 2, "ln += 1;");
		line(b, 2, "yield_now().await;");
		line(b, 1, "}");
		line(b, 1, "let t = t + ln;");
		break;
	}
}

/* issue 22 item 4: the patterns firmware matches with: literals inside variant patterns
 * (`Pt::Q(3, true)`, `Pt::S { k: 0, g }`, `Some(2)`, `Ok(true)`), or-patterns with bindings and
 * nested alternatives (`Pt::Q(k, false) | Pt::P(Pi::X(k))`, `Pt::P(Pi::Y) | Pt::N`), a struct
 * pattern inside a variant pattern (`Pt::W(Pw { on: true, n })`), nested patterns in `if let` /
 * `while let` (`if let Pt::P(Pi::X(4)) = ..`, `if let Some(Ok(x)) = r`, `while let Some(3) = o`); a Guard moved out on a literal's arm or by either alternative of an
 * or-pattern, awaits inside the arms, the scrutinee held across an await or a temporary; or-patterns
 * inside patterns (`Some(Pt::Q(k, _) | Pt::P(Pi::X(k)))`, `Pt::Q(1 | 3, true | false)`). */
static void gen_patterns(void)
{
	int id = nfns + 1;
	Buf b = {0};
	bprintf(&b, "enum Pi%d { X(u32), Y, Z(u8) }\n\n", id);
	int gs = chance(50); /* S holds a Guard */
	bprintf(&b, "struct Pw%d { n: u32, on: bool }\n\n", id);
	bprintf(&b, "enum Pt%d { P(Pi%d), Q(u32, bool), S { k: u8, g: %s }, W(Pw%d), N }\n\n", id, id,
	        gs ? "Guard" : "u16", id);
	bprintf(&b, "struct Ps%d(u8, Guard);\n\n", id);
	bprintf(&b, "enum Po%d { A(u32, Guard) }\n\n", id);
	bprintf(&b, "struct Pf%d { w: Pw%d, q: Ps%d, m: u32 }\n\n", id, id, id);
	Fn mk, user;
	memset(&mk, 0, sizeof mk);
	memset(&user, 0, sizeof user);
	snprintf(mk.name, sizeof mk.name, "ptmk%d", id);
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Pt%d {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 4 == 0 { Pt%d::P(if p0 %% 3 == 0 { Pi%d::X(p0 %% 8) } else if p0 %% 3 == 1 { Pi%d::Y } "
	                "else { Pi%d::Z(p0 as u8) }) } else if p0 %% 4 == 1 { Pt%d::Q(p0 %% 8, p0 %% 3 == 0) } "
	                "else if p0 %% 4 == 2 { Pt%d::S { k: (p0 %% 3) as u8, g: %s } } else if p0 %% 8 == 3 { Pt%d::N } "
	                "else { Pt%d::W(Pw%d { n: p0, on: p0 %% 3 == 1 }) }",
	                id, id, id, id, id, id, gs ? "guard(p0)" : "p0 as u16", id, id, id));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	begin_user_fn(&b, &user, "ptuse", nfns + 1);
	int temp = chance(25); /* the scrutinee a temporary */
	if (!temp) {
		line(&b, 1, fmt("let m = %s(p0);", mk.name));
		if (chance(80))
			line(&b, 1, "yield_now().await;");
	}
	line(&b, 1, fmt("let a = match %s {", temp ? fmt("%s(p0)", mk.name) : "m"));
	/* one random draw per statement: the order of a call's arguments is unspecified (gcc and
	 * clang builds of the generator must write the same programs) */
	int qk = rn(8);
	const char *qb = chance(50) ? "true" : "_";
	int qv = 10 + rn(5);
	line(&b, 2, fmt("Pt%d::Q(%d, %s) => %d,", id, qk, qb, qv));
	if (chance(60))
		line(&b, 2, fmt("Pt%d::Q(k, false) | Pt%d::P(Pi%d::X(k)) => k & 31,", id, id, id));
	if (gs && chance(60)) {
		int k1 = rn(3), k2 = rn(3);
		line(&b, 2, fmt("Pt%d::S { k: %d, g } | Pt%d::S { k: %d, g } => {", id, k1, id, k2));
		line(&b, 3, "observe(1);");
		if (chance(50))
			line(&b, 3, "yield_now().await;");
		line(&b, 3, "let h = g;");
		line(&b, 3, "2");
		line(&b, 2, "}");
	} else {
		line(&b, 2, fmt("Pt%d::S { k: %d, .. } => {", id, rn(3)));
		if (chance(50))
			line(&b, 3, "yield_now().await;");
		line(&b, 3, "3");
		line(&b, 2, "}");
	}
	if (chance(60))
		line(&b, 2, fmt("Pt%d::P(Pi%d::Y) | Pt%d::N => 1,", id, id, id));
	if (chance(40))
		line(&b, 2, fmt("Pt%d::P(Pi%d::Z(%d)) => 5,", id, id, rn(4)));
	if (chance(40)) /* a struct pattern inside a variant pattern */
		line(&b, 2, fmt("Pt%d::W(Pw%d { on: %s, n }) => n & 7,", id, id, chance(50) ? "true" : "_"));
	line(&b, 2, "_ => 4,");
	line(&b, 1, "};");
	int form = rn(3);
	if (form == 0) {
		line(&b, 1, fmt("let c = if let Pt%d::P(Pi%d::X(%d)) = %s(p0 + 1) { 7 } else if let Pt%d::Q(v, true) = %s(p0) "
		                "{ v } else { 0 };", id, id, rn(8), mk.name, id, mk.name));
	} else if (form == 1) {
		line(&b, 1, "let r: Option<Result<u32, u8>> = if p1 { Some(Ok(p0 & 7)) } else if p0 % 2 == 0 { None } "
		            "else { Some(Err(p0 as u8)) };");
		if (chance(50))
			line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("let c = if let Some(Ok(%s)) = r { %s } else { 1 };", chance(50) ? "x" : fmt("%d", rn(8)),
		                "2"));
	} else {
		line(&b, 1, fmt("let mut o = if p1 { Some(%d) } else { Some(p0 %% 4) };", rn(4)));
		line(&b, 1, "let mut c = 0;");
		line(&b, 1, fmt("while let Some(%d) = o {", rn(4)));
		line(&b, 2, "c += 1;");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "o = None;");
		line(&b, 1, "}");
	}
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	/* struct patterns at the top (`Pw { n: 3, .. }`, `Ps(0, g) | Ps(1, g)`, `if let Pw { on: true, n }`):
	 * a literal or bool field tested in place, a Guard moved out by a binding, the rest dropped */
	int sform = rn(6);
	if (sform == 0) {
		line(&b, 1, fmt("let w = Pw%d { n: p0 & 7, on: p1 };", id));
		if (chance(50))
			line(&b, 1, "yield_now().await;");
		int sk = rn(5);
		line(&b, 1, fmt("let t = match w { Pw%d { n: %d, .. } => 1, Pw%d { on: true, n } => n + 2, Pw%d { .. } => 3 };",
		                id, sk, id, id));
	} else if (sform == 1) {
		line(&b, 1, fmt("let q = Ps%d((p0 %% 3) as u8, guard(p0 + 5));", id));
		if (chance(50))
			line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("let t = match q {"));
		line(&b, 2, fmt("Ps%d(0, g) | Ps%d(1, g) => {", id, id));
		line(&b, 3, "observe(3);");
		if (chance(50))
			line(&b, 3, "yield_now().await;");
		line(&b, 3, "let h = g;");
		line(&b, 3, "4");
		line(&b, 2, "}");
		line(&b, 2, fmt("Ps%d(k, _) => k as u32,", id));
		line(&b, 1, "};");
	} else if (sform == 2) {
		line(&b, 1, fmt("let w = Pw%d { n: p0 & 7, on: p0 %% 2 == 0 };", id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("let t = if let Pw%d { on: true, n } = w { n } else { 5 };", id));
	} else if (sform == 5) { /* an or-pattern in `if let` / `while let`, with or without bindings */
		if (chance(50))
			line(&b, 1, fmt("let t = if let Pt%d::Q(k, _) | Pt%d::P(Pi%d::X(k)) = %s(p0 + 2) { yield_now().await; k } "
			                "else { 11 };", id, id, id, mk.name));
		else
			line(&b, 1, fmt("let t = if let Pt%d::N | Pt%d::P(Pi%d::Y) | Pt%d::Q(_, true) = %s(p0) { 12 } else { 13 };",
			                id, id, id, id, mk.name));
	} else if (sform == 4) { /* a `let` struct pattern: a Guard moved out, held across an await or not */
		line(&b, 1, fmt("let q = Ps%d((p0 %% 5) as u8, guard(p0 + 9));", id));
		if (chance(50))
			line(&b, 1, "yield_now().await;");
		if (chance(50))
			line(&b, 1, fmt("let Ps%d(k, g) = q;", id));
		else
			line(&b, 1, fmt("let Ps%d(k, _) = q;", id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "let t = k as u32 + 1;");
	} else { /* a one-variant enum: irrefutable variant pattern, more than one arm or an if-let */
		line(&b, 1, fmt("let o = Po%d::A(p0 %% 3, guard(p0 + 7));", id));
		if (chance(50))
			line(&b, 1, "yield_now().await;");
		if (chance(50))
			line(&b, 1, fmt("let t = match o { Po%d::A(0, _) => 6, Po%d::A(k, g) => { yield_now().await; let h = g; k } };",
			                id, id));
		else
			line(&b, 1, fmt("let t = if let Po%d::A(1, g) = o { observe(4); let h = g; 8 } else { 9 };", id));
	}
	gen_range_patterns(&b, id, gs);
	/* or-patterns inside patterns (issue 22 item 4): literal and variant alternatives in a field
	 * (`Pt::Q(1 | 3, true | false)`, `Pt::P(Pi::X(0 | 2) | Pi::Y)`, merged into one leaf), bindings on
	 * every alternative inside `Some(..)` (a leaf each), a Guard moved out beside one
	 * (`Pt::S { k: 0 | 2, g }`), a struct pattern's field (`Pt::W(Pw { n: 1 | 4, on: true | false })`),
	 * in `if let` / `while let`, awaits in the arms */
	int oform = rn(4);
	if (oform == 0) {
		int o1 = rn(4);
		line(&b, 1, fmt("let u = match %s(p0 + 3) {", mk.name));
		line(&b, 2, fmt("Pt%d::Q(%d | 3, true | false) => 1,", id, o1));
		line(&b, 2, fmt("Pt%d::P(Pi%d::X(0 | 2) | Pi%d::Y) | Pt%d::N => 2,", id, id, id, id));
		line(&b, 2, fmt("Pt%d::Q(k, _) => k & 7,", id));
		line(&b, 2, "_ => 3,");
		line(&b, 1, "};");
	} else if (oform == 1) {
		line(&b, 1, fmt("let v = if p1 { None } else { Some(%s(p0 + 1)) };", mk.name));
		if (chance(50))
			line(&b, 1, "yield_now().await;");
		line(&b, 1, "let u = match v {");
		line(&b, 2, fmt("Some(Pt%d::Q(k, _) | Pt%d::P(Pi%d::X(k))) => {", id, id, id));
		if (chance(50))
			line(&b, 3, "yield_now().await;");
		line(&b, 3, "k & 15");
		line(&b, 2, "}");
		if (gs) {
			line(&b, 2, fmt("Some(Pt%d::S { k: 0 | 2, g }) => {", id));
			line(&b, 3, "observe(5);");
			line(&b, 3, "let h = g;");
			line(&b, 3, "6");
			line(&b, 2, "}");
		}
		line(&b, 2, fmt("Some(Pt%d::N) | None => 7,", id));
		line(&b, 2, "Some(_) => 8,");
		line(&b, 1, "};");
	} else if (oform == 2) {
		int o2 = rn(8);
		line(&b, 1, fmt("let mut u = if let Pt%d::Q(%d | 5, _) | Pt%d::W(Pw%d { on: true | false, .. }) = %s(p0) { 9 } "
		                "else { 10 };", id, o2, id, id, mk.name));
		line(&b, 1, "let mut w = Some(p0 % 3);");
		line(&b, 1, "while let Some(1 | 2) = w {");
		line(&b, 2, "u += 1;");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "w = None;");
		line(&b, 1, "}");
	} else {
		int o3 = rn(8);
		line(&b, 1, fmt("let u = match %s(p0 + 5) {", mk.name));
		line(&b, 2, fmt("Pt%d::W(Pw%d { n: %d | 4, on: true | false }) => 11,", id, id, o3));
		line(&b, 2, fmt("Pt%d::W(Pw%d { n, .. }) => n & 3,", id, id));
		line(&b, 2, "_ => 12,");
		line(&b, 1, "};");
	}
	line(&b, 1, "let t = t + u;");
	/* issue 22: struct patterns on a field (a Guard moved out by a `let`, the rest used after), on a
	 * dereference, on an array element; an `if` whose arms all diverge under an annotated `let`'s
	 * else (it takes the let's type: one NeverToAny temporary per arm); a `let` struct pattern
	 * without an initializer */
	int pform = rn(6);
	if (pform == 1) {
		line(&b, 1, fmt("let f = Pf%d { w: Pw%d { n: p0 & 3, on: p1 }, q: Ps%d((p0 %% 3) as u8, guard(p0 + 11)), m: 2 };",
		                id, id, id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("let u = match f.w { Pw%d { n: 1, .. } => 3, Pw%d { on: true, n } => n + f.m, Pw%d { .. } => f.m };",
		                id, id, id));
		line(&b, 1, fmt("let Ps%d(k, g) = f.q;", id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "let t = t + u + k as u32 + f.m;");
	} else if (pform == 2) {
		line(&b, 1, fmt("let w = Pw%d { n: p0 & 7, on: p1 };", id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("let t = t + { let r = &w; if let Pw%d { on: true, n } = *r { n } else { r.n + 1 } };", id));
	} else if (pform == 3) {
		line(&b, 1, fmt("let arr = [Pw%d { n: 1, on: true }, Pw%d { n: p0 & 7, on: p1 }];", id, id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("let t = t + match arr[(p0 %% 2) as usize] { Pw%d { n: 1, .. } => 6, Pw%d { n, .. } => n };",
		                id, id));
	} else if (pform == 4) {
		line(&b, 1, "let v: u32 = if p0 < 100 { p0 } else if p0 == 200 { return 1; } else { if p1 { return 2; } else { "
		            "return 3; } };");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "let t = t + v;");
	} else if (pform == 5) { /* a `let` struct pattern without an initializer, a Guard assigned on one path */
		line(&b, 1, fmt("let Ps%d(k, g);", id));
		line(&b, 1, "k = (p0 % 7) as u8;");
		line(&b, 1, "if p1 { g = guard(p0 + 13); yield_now().await; }");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "let t = t + k as u32;");
	}
	gen_range_bounds(&b, id);
	gen_let_patterns(&b, id);
	line(&b, 1, "if p1 { a + c + t } else { a + t }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: explicit discriminants on a unit-only enum (values from a negative,
 * zero or wide start, an implicit one after it, a gap), matched in place and cast with
 * `as`; a one-variant enum (a Guard payload, or a bool niche under Option) held across
 * an await and matched irrefutably, its Guard moved out by a binding or left to its drop. */
static void gen_discr(void)
{
	static const int starts[] = {-3, 0, 1, 5, 200, 300};
	int id = nfns + 1, a = starts[rn(6)], c = a + 2 + rn(50);
	Buf b = {0};
	bprintf(&b, "enum Dk%d { A = %d, B, C = %d }\n\n", id, a, c);
	int guard_payload = chance(50);
	if (guard_payload)
		bprintf(&b, "enum Dw%d { W(u32, Guard) }\n\n", id);
	else
		bprintf(&b, "enum Dw%d { W { n: u32, on: bool } }\n\n", id);
	Fn user;
	memset(&user, 0, sizeof user);
	begin_user_fn(&b, &user, "duse", id);
	line(&b, 1, fmt("let d = if p0 %% 3 == 0 { Dk%d::A } else if p0 %% 3 == 1 { Dk%d::B } else { Dk%d::C };", id, id, id));
	if (guard_payload)
		line(&b, 1, fmt("let w = Dw%d::W(p0 & 15, guard(p0));", id));
	else
		line(&b, 1, fmt("let w = if p1 { Some(Dw%d::W { n: p0 & 15, on: p0 > 3 }) } else { None };", id));
	if (chance(80))
		line(&b, 1, "yield_now().await;");
	switch (rn(3)) {
	case 0: line(&b, 1, fmt("let m = match d { Dk%d::A => 1, Dk%d::B => 2, Dk%d::C => 3 };", id, id, id)); break;
	case 1: line(&b, 1, fmt("let m = match d { Dk%d::C => 3, _ => 4 };", id)); break;
	default: line(&b, 1, fmt("let m = match d { Dk%d::A | Dk%d::C => 5, Dk%d::B => { yield_now().await; 6 } };", id, id, id)); break;
	}
	line(&b, 1, "let e = (d as i64 & 7) as u32;");
	if (guard_payload && chance(50))
		line(&b, 1, fmt("let k = match w { Dw%d::W(x, g) => { yield_now().await; x } };", id));
	else if (guard_payload)
		line(&b, 1, fmt("let k = match w { Dw%d::W(x, _) => x };", id));
	else
		line(&b, 1, fmt("let k = match w { Some(v) => match v { Dw%d::W { n, on } => if on { n } else { 7 } }, None => 8 };", id));
	line(&b, 1, "if p1 { m + e + k } else { m + k }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4: edition 2021 field captures: a struct (named or tuple fields, a
 * nested struct, a Guard) whose fields async blocks capture as places: Copy fields
 * read (by `&`), one written (by `&mut`), the Guard moved out (by value) or not, in a
 * block or an `async move` block, the struct's other fields used after the block,
 * sometimes the nested struct captured whole after one of its fields (min captures). */
static void gen_field_capture(void)
{
	int id = nfns + 1, tuple = chance(40);
	Buf b = {0};
	bprintf(&b, "struct Fi%d { x: u16, y: u32 }\n\n", id);
	if (tuple)
		bprintf(&b, "struct Fc%d(u32, Guard, Fi%d, u8);\n\n", id, id);
	else
		bprintf(&b, "struct Fc%d { a: u32, g: Guard, inner: Fi%d, b: u8 }\n\n", id, id);
	const char *fa = tuple ? "0" : "a", *fg = tuple ? "1" : "g", *fin = tuple ? "2" : "inner", *fb = tuple ? "3" : "b";
	Fn user;
	memset(&user, 0, sizeof user);
	begin_user_fn(&b, &user, "fcap", id);
	if (tuple)
		line(&b, 1, fmt("let mut s = Fc%d(p0 & 255, guard(p0), Fi%d { x: 3, y: p0 & 15 }, 2);", id, id));
	else
		line(&b, 1, fmt("let mut s = Fc%d { a: p0 & 255, g: guard(p0), inner: Fi%d { x: 3, y: p0 & 15 }, b: 2 };", id, id));
	int is_move = chance(35), moves_guard = chance(40), writes = !is_move && chance(50), whole_inner = chance(30);
	Buf body = {0};
	if (chance(70))
		bput(&body, "yield_now().await; ");
	if (moves_guard)
		bprintf(&body, "let g = s.%s; ", fg);
	if (writes)
		bprintf(&body, "s.%s += 1; ", fb);
	bprintf(&body, "let v = s.%s.y + s.%s", fin, fa);
	if (whole_inner)
		bprintf(&body, "; let i = &s.%s; v + i.x as u32", fin);
	else
		bput(&body, "; v");
	line(&b, 1, fmt("let fut = async %s{ %s };", is_move ? "move " : "", body.p));
	free(body.p);
	if (!is_move && !writes && chance(50))
		line(&b, 1, fmt("let before = s.%s as u32;", fb));
	else
		line(&b, 1, "let before = 0;");
	line(&b, 1, "let r = fut.await;");
	if (is_move)
		line(&b, 1, fmt("if p1 { r + before + s.%s } else { r }", fa));
	else
		line(&b, 1, fmt("if p1 { r + before + s.%s.y + s.%s as u32 } else { r }", fin, fb));
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4 (captured places in matches): a struct with an enum field (a Guard in
 * one payload) and an Option field, matched inside an async block that captures the
 * struct's fields: the enum read by its arms (by `&`, or by value in `async move`), a
 * Guard moved out by a binding (the field captured by value, dropped by variant with a
 * drop flag), on one path with an await after, an if let, a while let that writes the
 * Option field (by `&mut`); the enum matched again after the block when it was only
 * borrowed; a one-variant enum field matched (its bound fields captured through the
 * variant, the Guard moved out or left). One random draw per statement. */
static void gen_field_match(void)
{
	int id = nfns + 1;
	Buf b = {0};
	bprintf(&b, "enum Fe%d { N, V(u32), G(u32, Guard) }\n\n", id);
	bprintf(&b, "enum Fw%d { W(u32, Guard) }\n\n", id);
	bprintf(&b, "struct Fm%d { a: u32, e: Fe%d, o: Option<u32>, w: Fw%d }\n\n", id, id, id);
	Fn user;
	memset(&user, 0, sizeof user);
	begin_user_fn(&b, &user, "fmat", id);
	line(&b, 1, fmt("let mut s = Fm%d { a: p0 & 255, e: if p0 %% 3 == 0 { Fe%d::N } else if p0 %% 3 == 1 { Fe%d::V(p0 & 15) } "
	                "else { Fe%d::G(p0 & 7, guard(p0)) }, o: if p1 { Some(p0 & 3) } else { None }, w: Fw%d::W(p0 & 31, guard(p0 + 1)) };",
	                id, id, id, id, id, id));
	int is_move = chance(35);
	int form = rn(7);
	const char *body;
	switch (form) {
	case 0: body = fmt("yield_now().await; match s.e { Fe%d::N => s.a, Fe%d::V(k) => k, Fe%d::G(k, _) => k + 1 }", id, id, id); break;
	case 1: body = fmt("match s.e { Fe%d::G(k, g) => { yield_now().await; k } Fe%d::V(k) => k, Fe%d::N => 0 }", id, id, id); break;
	case 2: body = "yield_now().await; if let Some(x) = s.o { x + s.a } else { s.a }"; break;
	case 3: body = "let mut t = 0; while let Some(x) = s.o { t += x; s.o = if x > 1 { Some(x - 1) } else { None }; "
	               "yield_now().await; } t"; break;
	case 4: body = fmt("let r = match s.e { Fe%d::G(_, g) => { let h = g; 1 } _ => 0 }; yield_now().await; r", id); break;
	/* a one-variant enum: its bound fields captured through the variant */
	case 5: body = fmt("match s.w { Fw%d::W(x, g) => { yield_now().await; x } }", id); break;
	default: body = fmt("yield_now().await; match s.w { Fw%d::W(x, _) => x + 1 }", id); break;
	}
	line(&b, 1, fmt("let fut = async %s{ %s };", is_move ? "move " : "", body));
	int reads_after = !is_move && form != 1 && form != 4 && form != 5 && chance(60);
	if (reads_after)
		line(&b, 1, fmt("let after = match s.e { Fe%d::V(k) => k, _ => 2 };", id));
	else
		line(&b, 1, "let after = s.a;");
	line(&b, 1, "let r = fut.await;");
	line(&b, 1, "if p1 { r + after } else { r }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 item 4 (capt25): a struct, or a field of one, matched by a struct pattern inside
 * an async block that captures it: edition 2021 captures the places the pattern reads (a
 * literal's or range's field by `&`, a binding's field copied by `&` or moved by value, `_`
 * and `..` nothing), so the block holds `s.a`, `s.g`, `s.p.0`, not `s`. One of eight block
 * bodies, by `&` or `async move`: a Guard field moved out in one arm and held across an
 * await, a range read only, a nested tuple struct pattern, a field scrutinee with an
 * or-pattern, a `let` struct pattern moving the Guard, a `let` on a field reading only, an
 * `if let` (which captures its whole initializer), a match leaving the Guards with the
 * parent; the Copy fields read after. One random draw per statement. */
static void gen_struct_capture(void)
{
	int id = nfns + 1;
	Buf b = {0};
	bprintf(&b, "struct Cp%d(u32, Guard);\n\n", id);
	bprintf(&b, "struct Cq%d { a: u32, g: Guard, p: Cp%d, n: u8 }\n\n", id, id);
	Fn user;
	memset(&user, 0, sizeof user);
	begin_user_fn(&b, &user, "scap", id);
	line(&b, 1, fmt("let s = Cq%d { a: p0 & 7, g: guard(p0), p: Cp%d(p0 & 3, guard(p0 + 1)), n: 2 };", id, id));
	int is_move = chance(35);
	int form = rn(8);
	const char *body;
	switch (form) {
	case 0: body = fmt("match s { Cq%d { a: 0, g, .. } => { yield_now().await; 1 } Cq%d { a, n, .. } => a + n as u32 }",
	                   id, id); break;
	case 1: body = fmt("yield_now().await; match s { Cq%d { a: 1..=3, .. } => 2, Cq%d { a, .. } => a }", id, id); break;
	case 2: body = fmt("match s { Cq%d { p: Cp%d(0, g), a, .. } => { yield_now().await; a } Cq%d { p: Cp%d(k, _), .. } => k }",
	                   id, id, id, id); break;
	case 3: body = fmt("match s.p { Cp%d(1 | 2, g) => { let h = g; 1 } Cp%d(k, _) => { yield_now().await; k } }", id, id); break;
	case 4: body = fmt("let Cq%d { a, g, .. } = s; yield_now().await; a", id); break;
	case 5: body = fmt("yield_now().await; let Cp%d(k, _) = s.p; k + s.a", id); break;
	case 6: body = fmt("if let Cp%d(2, g) = s.p { yield_now().await; 1 } else { s.a }", id); break;
	default: body = fmt("match s { Cq%d { n: 2, a, .. } => { yield_now().await; a } _ => 0 }", id); break;
	}
	line(&b, 1, fmt("let fut = async %s{ %s };", is_move ? "move " : "", body));
	int after_n = chance(50);
	line(&b, 1, after_n ? "let after = s.n as u32;" : "let after = s.a;");
	line(&b, 1, "let r = fut.await;");
	line(&b, 1, "if p1 { r + after } else { r }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 (at26): `k @ p` bindings with a subpattern inside variant and struct patterns, as
 * firmware writes them: an Option's field bound with a range or literal (`Some(k @ 3..=9)`), an
 * enum's tuple and struct variants (`Ab::A(k @ 1..=4, b @ true)`, `Ab::B { k: c @ ..=3, g }` moving
 * a Guard beside it), nested (`Some(Ab::A(k @ ..4, _))`), a binding moving a Guard-holding field
 * whose subpattern binds nothing (`Ah::X(g @ Ag::B(_))`), `if let` on a struct, `while let` with a
 * `mut` binding, or-patterns of `k @` alternatives, an irrefutable `let` (`k @ 0..=255` on a u8),
 * and `k @ p` inside async blocks capturing the struct (by `&` or by move). Three random forms. */
static void gen_at_binding(void)
{
	int id = nfns + 1, gs = chance(50);
	Buf b = {0};
	bprintf(&b, "enum Ag%d { A, B(Guard) }\n\n", id);
	bprintf(&b, "enum Ah%d { X(Ag%d), Y(u32) }\n\n", id, id);
	bprintf(&b, "enum Ab%d { A(u32, bool), B { k: u8, g: %s }, N }\n\n", id, gs ? "Guard" : "u16");
	bprintf(&b, "struct Aw%d { n: u32, on: bool }\n\n", id);
	Fn mk, user;
	memset(&mk, 0, sizeof mk);
	memset(&user, 0, sizeof user);
	snprintf(mk.name, sizeof mk.name, "abmk%d", id);
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Ab%d {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 3 == 0 { Ab%d::A(p0 %% 9, p0 %% 2 == 0) } else if p0 %% 3 == 1 { Ab%d::B { k: (p0 %% 6) as u8, "
	                "g: %s } } else { Ab%d::N }", id, id, gs ? "guard(p0 + 3)" : "p0 as u16", id));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	begin_user_fn(&b, &user, "atb", id);
	line(&b, 1, "let mut t = p0 & 3;");
	for (int n = 0; n < 3; n++) {
		int lo = rn(5), form = rn(9);
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (form) {
		case 0:
			line(&b, 1, "let o = if p1 { Some(p0 % 12) } else { None };");
			line(&b, 1, fmt("t += match o { Some(k @ %d..=%d) => k + 1, Some(k @ %d) => k * 2, Some(_) => 3, None => 4 };",
			                lo + 1, lo + 5, lo));
			break;
		case 1:
			line(&b, 1, fmt("t += match %s(p0 + %d) {", mk.name, lo));
			line(&b, 2, fmt("Ab%d::A(k @ 1..=4, b @ true) => k + b as u32,", id));
			if (gs && chance(50)) {
				line(&b, 2, fmt("Ab%d::B { k: c @ ..=3, g } => { yield_now().await; let h = g; c as u32 }", id));
			} else {
				line(&b, 2, fmt("Ab%d::B { k: c @ %d.., .. } => c as u32 + 5,", id, lo));
			}
			line(&b, 2, fmt("Ab%d::A(k @ 5.., _) => k,", id));
			line(&b, 2, "_ => 6,");
			line(&b, 1, "};");
			break;
		case 2:
			line(&b, 1, fmt("let on = if p1 { Some(%s(p0)) } else { None };", mk.name));
			line(&b, 1, fmt("t += match on { Some(Ab%d::A(k @ ..%d, _)) => k, Some(Ab%d::B { k: c @ 2, .. }) => c as u32, "
			                "Some(_) => 7, None => 8 };", id, lo + 2, id));
			break;
		case 3:
			line(&b, 1, fmt("let h = if p0 %% 3 == 0 { Ah%d::Y(p0) } else if p1 { Ah%d::X(Ag%d::B(guard(p0))) } "
			                "else { Ah%d::X(Ag%d::A) };", id, id, id, id, id));
			line(&b, 1, fmt("t += match h { Ah%d::X(g @ Ag%d::B(_)) => { yield_now().await; match g { Ag%d::B(x) => { "
			                "let y = x; 9 } Ag%d::A => 10 } }", id, id, id, id));
			line(&b, 2, fmt("Ah%d::X(Ag%d::A) => 11, Ah%d::Y(y @ 0..=%d) => y, Ah%d::Y(_) => 12 };", id, id, id, lo * 3, id));
			break;
		case 4:
			line(&b, 1, fmt("let w = Aw%d { n: p0 %% 7, on: p1 };", id));
			line(&b, 1, fmt("t += if let Aw%d { n: x @ %d..=5, on } = w { x + on as u32 } else { w.n };", id, lo));
			break;
		case 5:
			line(&b, 1, "let mut ro = if p1 { Some(p0 % 6) } else { None };");
			line(&b, 1, fmt("while let Some(mut k @ 1..=%d) = ro {", lo + 2));
			line(&b, 2, "k += 1;");
			line(&b, 2, "t += k;");
			line(&b, 2, "yield_now().await;");
			line(&b, 2, "ro = if k < 4 { Some(k) } else { None };");
			line(&b, 1, "}");
			break;
		case 6:
			line(&b, 1, "let o = Some(p0 % 5);");
			line(&b, 1, fmt("t += match o { Some(k @ 1 | k @ %d) => k + 20, Some(_) | None => 2 };", lo + 2));
			break;
		case 7:
			line(&b, 1, fmt("let la = Ah%d::Y(p0);", id));
			line(&b, 1, "let lb = (p0 % 200) as u8;");
			line(&b, 1, "let lo = if p1 { Some(lb) } else { None };");
			line(&b, 1, "if let Some(k @ 0..=255) = lo { t += k as u32; }");
			line(&b, 1, fmt("if let Ah%d::Y(v @ %d..) = la { t += v & 7; }", id, lo));
			break;
		default:
			line(&b, 1, fmt("let w = Aw%d { n: p0 %% 5, on: p1 };", id));
			line(&b, 1, fmt("let bk = async %s{ yield_now().await; match w { Aw%d { n: x @ 1..=3, on } => x + on as u32, "
			                "Aw%d { n, .. } => n } };", chance(50) ? "move " : "", id, id));
			line(&b, 1, "t += bk.await;");
			break;
		}
	}
	line(&b, 1, "if p1 { t + 1 } else { t }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 (bind27): bindings at the top of a pattern, of Copy scrutinees: `n =>` after literal
 * arms, `mut n =>`, `k @ lo..=hi =>`, `x @ Some(_)` / `s @ Some(y @ lo..=hi)` on an Option<u32>,
 * `n @ a..=b | n @ c..=d` alternatives, `if let` / `while let` with a top binding, and an async
 * block capturing the matched integer (by `&`, or by move). Three random forms. */
static void gen_top_binding(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	begin_user_fn(&b, &user, "tob", id);
	line(&b, 1, "let mut t = p0 & 3;");
	for (int n = 0; n < 3; n++) {
		int lo = rn(5), form = rn(19);
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (form) {
		case 11: /* bind30: bindings after `@` and inside its subpattern inside a field */
			line(&b, 1, "let o = if p1 { Some(p0 % 9) } else { None };");
			line(&b, 1, fmt("t += match o { Some(a @ b @ %d..=%d) => a + b * 2, Some(c @ mut d) => { d += 1; c * d }, "
			                "None => 3 };", lo, lo + 3));
			line(&b, 1, "let oo = if p0 % 3 == 0 { None } else { Some(o) };");
			line(&b, 1, fmt("t += match oo { Some(w @ Some(k @ %d..)) => k + if let Some(z) = w { z } else { 0 }, "
			                "Some(v @ None) => if let None = v { 5 } else { 6 }, _ => 1 };", lo));
			break;
		case 12: /* bind30: `ref` bindings after `@`, at the top and in a field */
			line(&b, 1, fmt("t += match p0 %% 8 { a @ ref b @ 0..=%d => a + *b, ref c @ ref d => *c * *d };", lo + 1));
			line(&b, 1, "let o = if p1 { None } else { Some(p0 % 7) };");
			line(&b, 1, fmt("t += if let Some(ref a @ b @ %d..) = o { *a + b } else { 4 };", lo));
			break;
		case 13: /* bind30: `x @ (p | q)` with a guard, with bindings inside its alternatives */
			line(&b, 1, fmt("t += match p0 %% 9 { k @ (%d | %d) if k > 1 => k * 3, k => k };", lo, lo + 2));
			line(&b, 1, "let o = if p1 { Some(p0 % 11) } else { None };");
			line(&b, 1, fmt("let bk = async %s{ match o { w @ (Some(k @ 0..=%d) | Some(k)) => k + if let Some(z) = w { z } "
			                "else { 0 }, None => 2 } };", chance(50) ? "move " : "", lo + 2));
			line(&b, 1, "t += bk.await;");
			break;
		case 14: /* bind30: `let` or-patterns binding at the top, `let ref r @ p`, `let a @ ref c` */
			line(&b, 1, "let (n | n) = p0 % 13;");
			line(&b, 1, fmt("let (mut m @ 0..=%d | mut m @ %d..) = p0 %% 19;", lo + 3, lo + 4));
			line(&b, 1, "m += n;");
			line(&b, 1, "t += m;");
			line(&b, 1, "let q = (p0 % 200) as u8;");
			line(&b, 1, "let ref r @ 0..=255 = q;");
			line(&b, 1, "let a @ ref c = m;");
			line(&b, 1, "t += *r as u32 + a + *c;");
			break;
		case 15: /* bind31: a binding by value above a `ref mut` one (b not used after a), `let ref mut m @ p`,
		            `let ref r @ ref s` of a value that is not Copy, an async block capturing by `&mut`,
		            `let z @ (p | q) = x;` */
			line(&b, 1, "let mut x = p0 % 9;");
			line(&b, 1, fmt("t += match x { a @ ref mut b @ 0..=%d => a + 1, c @ ref mut d if c > %d => c * 2, e @ ref mut f => e };",
			                lo, lo + 2));
			line(&b, 1, "let mut o = if p1 { Some(p0 % 7) } else { None };");
			line(&b, 1, "t += match o { Some(a @ ref mut b) => a + 2, g @ None => if let None = g { 3 } else { 4 } };");
			line(&b, 1, "t += if let a @ Some(ref mut b) = o { if let Some(v) = a { v } else { 0 } } else { 5 };");
			line(&b, 1, "let ref mut m @ 0.. = x;");
			line(&b, 1, fmt("*m += %d;", lo));
			line(&b, 1, "let g = if p1 { Some(guard(p0)) } else { None };");
			line(&b, 1, "let ref r @ ref s = g;");
			line(&b, 1, "t += x + if let Some(_) = r { 1 } else { 0 } + if let None = s { 1 } else { 0 };");
			line(&b, 1, fmt("let bk = async %s{ let ref mut n @ 0.. = x; *n += 1; match x { a @ ref mut b => a } };",
			                chance(50) ? "move " : ""));
			line(&b, 1, "t += bk.await;");
			line(&b, 1, fmt("let z @ (0..=%d | %d..) = p0 %% 23;", lo + 1, lo + 2));
			line(&b, 1, "let oz = if p1 { None } else { Some(z) };");
			line(&b, 1, "let wz @ (Some(_) | None) = oz;");
			line(&b, 1, "t += z + if let Some(v) = wz { v } else { 1 };");
			break;
		case 16: /* bind32: `n @ (p | q)` inside a field (merged, n once; guarded; an or-pattern inside an
		            alternative; bindings inside the alternatives), if let, an async block; `w @ (Some(p | q) | None)` at the top */
			line(&b, 1, "let o = if p1 { Some(p0 % 9) } else { None };");
			line(&b, 1, fmt("t += match o { Some(n @ (%d | %d..=%d)) => n * 2, Some(m) => m, None => 1 };", lo, lo + 2,
			                lo + 3));
			line(&b, 1, fmt("t += match o { Some(n @ (0 | %d..)) if n > %d => n, _ => 4 };", lo + 1, lo));
			line(&b, 1, "let oo = if p0 % 3 == 0 { None } else { Some(o) };");
			line(&b, 1, fmt("t += match oo { Some(w @ (Some(%d | %d) | None)) => if let Some(z) = w { z } else { 5 }, "
			                "Some(Some(k)) => k + 1, None => 6 };", lo, lo + 1));
			line(&b, 1, fmt("t += match oo { Some(v @ (Some(k @ ..=%d) | Some(k))) => k + if let Some(z) = v { z } "
			                "else { 0 }, _ => 7 };", lo + 2));
			line(&b, 1, fmt("t += if let Some(q @ (%d..=%d | 8)) = o { q } else { 2 };", lo, lo + 1));
			line(&b, 1, fmt("t += match o { w @ (Some(%d | %d) | None) => if let Some(z) = w { z } else { 8 }, Some(k) => k };",
			                lo, lo + 3));
			line(&b, 1, "let so = Some(p0 % 5);");
			line(&b, 1, "let r = if let Some(r @ (0..=2 | 3..)) = so { r } else { 0 };");
			line(&b, 1, fmt("let bk = async %s{ match o { Some(u @ (1 | %d)) => u + r, _ => r } };",
			                chance(50) ? "move " : "", lo + 4));
			line(&b, 1, "t += bk.await;");
			break;
		case 17: /* bind33: `x @ (p | q)` beside another alternative (a merged leaf beside a leaf), the group
		            second, alternatives binding inside a group, guarded, if let, while let, `let`, async */
			line(&b, 1, fmt("t += match p0 %% 10 { n @ (%d | %d) | n @ %d => n * 2, m @ %d | m @ (0 | 9) => m + 1, _ => 3 };",
			                lo, lo + 1, lo + 3, lo + 4));
			line(&b, 1, "let o = if p1 { Some(p0 % 9) } else { None };");
			line(&b, 1, fmt("t += match o { w @ (Some(%d | %d) | None) | w @ Some(%d) => if let Some(z) = w { z } else { 5 }, "
			                "Some(k) => k };", lo, lo + 2, lo + 3));
			line(&b, 1, fmt("t += match o { v @ (Some(k @ ..=%d) | Some(k @ 7)) | v @ Some(k) if k > 1 => k + "
			                "if let Some(z) = v { z } else { 0 }, _ => 6 };", lo));
			line(&b, 1, fmt("t += if let n @ (0 | %d) | n @ 8 = p0 %% 9 { n } else { 2 };", lo + 1));
			line(&b, 1, "let mut c = p0 % 7;");
			line(&b, 1, fmt("while let n @ (1 | 2) | n @ (%d..=9) = c { t += n; c -= 1; yield_now().await; }", lo + 3));
			line(&b, 1, fmt("let (m @ (0 | 1..=%d) | m @ %d..) = p0 %% 17;", lo + 2, lo + 3));
			line(&b, 1, fmt("let bk = async %s{ match m { n @ (1 | 2) | n @ %d => n, _ => 4 } };",
			                chance(50) ? "move " : "", lo + 5));
			line(&b, 1, "t += m + bk.await;");
			break;
		case 18: /* temp33: temporaries borrowed by a `let` (`let ref r = call`, `let ref mut`, `let r = &call`,
		            `&mut`, an arithmetic one), extended to the block: a Guard one held across an await */
			line(&b, 1, "{");
			line(&b, 2, fmt("let ref r = guard(p0 %% %d);", lo + 3));
			line(&b, 2, fmt("let ref mut m = p0 %% %d + 1;", lo + 5));
			line(&b, 2, "*m += 1;");
			if (chance(50))
				line(&b, 2, "yield_now().await;");
			line(&b, 2, "let q = &Some(guard(p0 % 4));");
			line(&b, 2, fmt("let w = &mut (t + %d);", lo));
			line(&b, 2, "*w += 1;");
			line(&b, 2, "t += *m + *w + if let Some(_) = q { 1 } else { 0 };");
			line(&b, 2, "let _k = r;");
			/* bc36: a `ref` top binding of a temporary, a `mut` variable holding a borrowed temporary */
			line(&b, 2, fmt("let ref o @ (Some(_) | None) = Some(p0 %% %d);", lo + 2));
			line(&b, 2, fmt("let mut x = &(p0 %% %d + 1);", lo + 4));
			line(&b, 2, "let y = *x + if let Some(v) = o { *v } else { 1 };");
			line(&b, 2, "x = &y;");
			line(&b, 2, "t += *x;");
			line(&b, 1, "}");
			break;
		case 7: /* bind29: a binding directly after `@`, `ref a @ b` */
			line(&b, 1, fmt("t += match p0 %% 9 { a @ b @ %d..=%d => a + b * 2, ref c @ d => *c + d };", lo, lo + 3));
			break;
		case 8: /* bind29: an or-pattern under `@` */
			line(&b, 1, fmt("t += match p0 %% 10 { n @ (%d | %d..=%d) => n + 1, m => m * 3 };", lo, lo + 2, lo + 4));
			line(&b, 1, "let o = if p1 { Some(p0 % 6) } else { None };");
			line(&b, 1, fmt("if let w @ (Some(%d..) | None) = o { t += if let Some(v) = w { v } else { 2 }; }", lo));
			break;
		case 9: /* bind29: top bindings in `let` */
			line(&b, 1, "let k @ 0..=255 = (p0 % 200) as u8;");
			line(&b, 1, "let mut a @ c = p0 % 17;");
			line(&b, 1, "a += 1;");
			line(&b, 1, "t += k as u32 + a + c;");
			break;
		case 10: /* bind29: inside an async block, and `x @ y` of an Option */
			line(&b, 1, "let x = if p1 { Some(p0 % 8) } else { None };");
			line(&b, 1, fmt("let bk = async %s{ match x { a @ b @ Some(1..) => (if let Some(v) = a { v } else { 0 }) + "
			                "if let Some(u) = b { u } else { 0 }, q => if let None = q { 7 } else { 1 } } };",
			                chance(50) ? "move " : ""));
			line(&b, 1, "t += bk.await;");
			break;
		case 0:
			line(&b, 1, fmt("t += match p0 %% 11 { 0 => 1, %d => 2, n => n + %d };", lo + 1, lo));
			break;
		case 1:
			line(&b, 1, fmt("t += match p0 %% 13 { k @ %d..=%d => k * 2, mut m => { m += 1; m } };", lo, lo + 4));
			break;
		case 2:
			line(&b, 1, "let o = if p1 { Some(p0 % 12) } else { None };");
			line(&b, 1, fmt("t += match o { s @ Some(y @ %d..=%d) => y + if let Some(q) = s { q } else { 0 }, "
			                "x @ Some(_) => if let Some(v) = x { v + 1 } else { 0 }, None => 4 };", lo, lo + 5));
			break;
		case 3:
			line(&b, 1, fmt("t += match (p0 %% 20) as u8 { 0 => 9, n @ 1..=%d | n @ %d..=%d => n as u32 + 3, _ => 5 };",
			                lo + 2, lo + 8, lo + 12));
			break;
		case 4:
			line(&b, 1, fmt("if let v @ %d..=%d = p0 %% 10 { t += v; } else { t += 1; }", lo, lo + 3));
			line(&b, 1, "let mut w = p0 % 5;");
			line(&b, 1, "while let c @ 1.. = w {");
			line(&b, 2, "t += c;");
			line(&b, 2, "yield_now().await;");
			line(&b, 2, "w = c - 1;");
			line(&b, 1, "}");
			break;
		case 5:
			line(&b, 1, "let x = p0 % 9;");
			line(&b, 1, fmt("let bk = async %s{ yield_now().await; match x { k @ 0..=%d => k + 1, other => other * 2 } };",
			                chance(50) ? "move " : "", lo + 1));
			line(&b, 1, "t += bk.await;");
			break;
		default:
			line(&b, 1, "let o = if p1 { None } else { Some(p0 % 7) };");
			line(&b, 1, fmt("while let w @ Some(%d..) = o { if let Some(z) = w { t += z; } break; }", lo));
			break;
		}
	}
	line(&b, 1, "if p1 { t + 1 } else { t }");
	end_fn_u32_bool(&b, &user);
}

/* issue 22 (pmove26): a struct, a one-variant enum or a multi-variant enum moved or copied out
 * by a pattern (`let`, `match`, `if let`) while a reference to it, or to one of its fields, is
 * held: one of eight forms. The reference's last use comes before the pattern (rustc accepts),
 * or, with `gen --live` (pattern_live), after it: rustc's E0505 / E0503 at the binding or test
 * (forms 0-4), or still accepted (forms 5-7: a field the pattern does not touch, copies under a
 * shared borrow, `_` patterns); forms 8-12 (tree27): a match's tests of different fields, inside
 * variants, of an integer field, a range holding every value; tests/fuzz/pattern_live.py compares
 * coroslim's verdicts with rustc's. An await between the pattern and the use at random. */
static int pattern_live;
static void gen_pattern_borrow(void)
{
	int id = nfns + 1;
	Buf b = {0};
	bprintf(&b, "struct Bs%d { a: u32, g: Guard, n: u32 }\n\n", id);
	bprintf(&b, "enum Bw%d { A(u32, Guard) }\n\n", id);
	bprintf(&b, "enum Be%d { A(u32, Guard), B(u32) }\n\n", id);
	Fn user;
	memset(&user, 0, sizeof user);
	begin_user_fn(&b, &user, "pborrow", id);
	line(&b, 1, fmt("let mut s = Bs%d { a: p0 & 7, g: guard(p0), n: 3 };", id));
	line(&b, 1, fmt("let mut w = Bw%d::A(p0 & 3, guard(p0 + 1));", id));
	line(&b, 1, fmt("let mut e = if p1 { Be%d::A(p0, guard(p0 + 2)) } else { Be%d::B(p0 & 5) };", id, id));
	line(&b, 1, "let mut x = 1;");
	const char *borrow, *use, *pat;
	switch (rn(13)) {
	case 0: borrow = "let r = &s;"; use = "x += r.a;";
		pat = fmt("let Bs%d { a, g, .. } = s; x += a;", id); break;
	case 1: borrow = "let r = &mut s;"; use = "r.n += 1;";
		pat = fmt("let Bs%d { a, .. } = s; x += a;", id); break;
	case 2: borrow = "let r = &w;"; use = "let q = r;";
		pat = fmt("let Bw%d::A(k, g) = w; x += k;", id); break;
	case 3: borrow = "let r = &e;"; use = "let q = r;";
		pat = fmt("if let Be%d::A(k, g) = e { x += k; }", id); break;
	case 4: borrow = "let r = &mut s.a;"; use = "*r += 1;";
		pat = fmt("x += match s { Bs%d { a: 0, .. } => 1, Bs%d { n, .. } => n };", id, id); break;
	case 5: borrow = "let r = &mut s.n;"; use = "*r += 1;";
		pat = fmt("let Bs%d { a, g, .. } = s; x += a;", id); break;
	case 6: borrow = "let r = &s.a;"; use = "x += *r;";
		pat = fmt("match e { Be%d::A(k, _) => x += k, Be%d::B(k) => x += k }", id, id); break;
	case 7: borrow = "let r = &mut w;"; use = "let q = r;";
		pat = fmt("match w { Bw%d::A(_, _) => x += 2 }", id); break;
	/* tree27: arms testing different fields (rustc's tree: a test is on the way to its arm and,
	 * through the arm's false edge, to the arms after it), tests inside variants, integer
	 * places, a range over every value (no test) */
	case 8: borrow = "let r = &mut s.n;"; use = "*r += 1;";
		pat = fmt("x += match s { Bs%d { a: 0, n: 1, .. } => 1, Bs%d { a: 5, .. } => 2, _ => 3 };", id, id); break;
	case 9: borrow = "let r = &mut s.n;"; use = "*r += 1;";
		pat = fmt("x += match s { Bs%d { a: 0, .. } => { *r += 1; 1 } Bs%d { n: 1, .. } => 2, _ => 3 };", id, id);
		break;
	case 10: borrow = "let r = &mut e;"; use = "let q = r;";
		pat = fmt("match e { Be%d::B(3) => x += 1, Be%d::A(0, _) => x += 2, _ => x += 3 }", id, id); break;
	case 11: borrow = "let r = &mut s.a;"; use = "*r += 1;";
		pat = "x += match s.a { 0..=3 => 1, 7 => 2, _ => 3 };"; break;
	default: borrow = "let r = &mut s.a;"; use = "*r += 1;";
		pat = fmt("x += match s { Bs%d { a: 0.., n: 1, .. } => 1, _ => 2 };", id); break;
	}
	line(&b, 1, borrow);
	if (!pattern_live)
		line(&b, 1, use);
	line(&b, 1, pat);
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	if (pattern_live)
		line(&b, 1, use);
	line(&b, 1, "x");
	end_fn_u32_bool(&b, &user);
}


/* issue 22 (guard27): match guards: on variant patterns with bindings (true, false, falling
 * through to the next arm), with side effects (`observe`), on literals, `_` and bools, on
 * or-patterns with a binding in each alternative, a Guard bound by a guarded arm moved out in
 * its body, awaits in guards and in guarded arms' bodies, a guard in an async block; guards on
 * arms with or-patterns inside (misc28: `Some(1 | 3) if`, `Some(k @ 2 | k @ 4) if`, in payloads) */
static void gen_match_guard(void)
{
	int id = nfns + 1, gs = chance(50);
	Buf b = {0};
	bprintf(&b, "enum Mg%d { A(u32, bool), B { k: u8, g: %s }, C(u32), N }\n\n", id, gs ? "Guard" : "u16");
	Fn mk, user;
	memset(&mk, 0, sizeof mk);
	memset(&user, 0, sizeof user);
	snprintf(mk.name, sizeof mk.name, "mgmk%d", id);
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Mg%d {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 4 == 0 { Mg%d::A(p0 %% 9, p0 %% 3 == 0) } else if p0 %% 4 == 1 { Mg%d::B { k: (p0 %% 6) as u8, "
	                "g: %s } } else if p0 %% 4 == 2 { Mg%d::C(p0 %% 7) } else { Mg%d::N }", id, id,
	                gs ? "guard(p0 + 3)" : "p0 as u16", id, id));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	bprintf(&b, "async fn mgready%d(b: bool) -> bool {\n", id);
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "b");
	bput(&b, "}\n\n");
	begin_user_fn(&b, &user, "mguard", id);
	line(&b, 1, "let mut t = p0 & 3;");
	for (int n = 0; n < 3; n++) {
		int lo = rn(5), form = rn(9);
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (form) {
		case 7: /* misc28: guards on or-patterns inside (literal and binding alternatives, an await) */
			line(&b, 1, "let o = if p1 { Some(p0 % 12) } else { None };");
			line(&b, 1, fmt("t += match o { Some(%d | %d) if t > 1 => 1, Some(k @ %d | k @ %d) if { observe(k); "
			                "k != p0 %% 5 } => k + 2, Some(%d | %d) if mgready%d(t > 2).await => 3, Some(_) | None => 4 };",
			                lo, lo + 2, lo + 1, lo + 3, lo + 4, lo + 5, id));
			break;
		case 8: /* misc28: or-patterns in payloads under guards, a payload moved out in the body */
			line(&b, 1, fmt("t += match %s(p0 + %d) {", mk.name, lo));
			line(&b, 2, fmt("Mg%d::A(k, true | false) | Mg%d::C(k) if k %% 3 == %d => k + 7,", id, id, lo % 3));
			line(&b, 2, fmt("Mg%d::B { k: 1 | 3, g } if p1 => { let h = g; 1 }", id));
			line(&b, 2, fmt("Mg%d::B { k: 0 | 2 | 4, .. } if t > 1 => 2,", id));
			line(&b, 2, "_ => 9,");
			line(&b, 1, "};");
			break;
		case 0:
			line(&b, 1, "let o = if p1 { Some(p0 % 12) } else { None };");
			line(&b, 1, fmt("t += match o { Some(k) if k > %d => k + 1, Some(k) if { observe(k); k == %d } => 2, "
			                "Some(%d) | None => 3, Some(_) => 4 };", lo + 3, lo, lo + 1));
			break;
		case 1:
			line(&b, 1, fmt("t += match %s(p0 + %d) {", mk.name, lo));
			line(&b, 2, fmt("Mg%d::A(k, true) if k < %d => k,", id, lo + 2));
			if (gs && chance(50))
				line(&b, 2, fmt("Mg%d::B { k, g } if k > %d => { yield_now().await; let h = g; k as u32 }", id, lo % 3));
			else
				line(&b, 2, fmt("Mg%d::B { k, .. } if k > %d => k as u32 + 5,", id, lo % 3));
			line(&b, 2, fmt("Mg%d::A(k, _) | Mg%d::C(k) if k %% 2 == %d => k + 7,", id, id, lo % 2));
			line(&b, 2, fmt("Mg%d::A(_, b) if !b && p1 => 8,", id));
			line(&b, 2, "_ => 9,");
			line(&b, 1, "};");
			break;
		case 2:
			line(&b, 1, fmt("t += match p0 %% 8 { %d if p1 => 1, %d | %d if t > 2 => 2, _ if p0 > 50 => 3, _ => 4 };",
			                lo, lo + 1, lo + 2));
			break;
		case 3:
			line(&b, 1, "let q = p0 % 3 == 1;");
			line(&b, 1, "t += match q { true if p1 || t == 0 => 1, false if !p1 => 2, _ => 3 };");
			break;
		case 4:
			line(&b, 1, "let o = if p1 { Some(p0 % 9) } else { None };");
			line(&b, 1, fmt("t += match o { Some(k) if mgready%d(k > %d).await => { yield_now().await; k } "
			                "Some(k) => k + 1, None => 0 };", id, lo + 2));
			break;
		case 5:
			line(&b, 1, "let o = if p1 { Some(p0 % 9) } else { None };");
			line(&b, 1, "let lim = t;");
			line(&b, 1, fmt("let bk = async %s{ match o { Some(k) if k > lim => { yield_now().await; k } "
			                "Some(_) => %d, None => 1 } };", chance(50) ? "move " : "", lo));
			line(&b, 1, "t += bk.await;");
			break;
		default:
			if (gs) {
				line(&b, 1, fmt("let mg = %s(p0 + %d);", mk.name, lo));
				line(&b, 1, fmt("t += match mg { Mg%d::B { k, g } if k %% 2 == 1 => { observe(k as u32); let h = g; 1 } "
				                "Mg%d::B { g, .. } => { let h = g; 2 } _ => 3 };", id, id));
			} else {
				line(&b, 1, fmt("t += match %s(p0) { Mg%d::C(k) if k == %d => 1, Mg%d::C(_) => 2, _ => 3 };", mk.name, id,
				                lo, id));
			}
			break;
		}
	}
	line(&b, 1, "t");
	end_fn_u32_bool(&b, &user);
}

/* ------------------------------------------------------------------ */

/* issue 22 (ref27): `ref` / `ref mut` bindings inside variant, struct and tuple-struct patterns, in
 * `match`, `if let`, `while let` and `let`, with `@`, and `let ref x = place;`: a `ref mut` that
 * mutates the scrutinee's field (read again after), a `ref` held across an await, a `ref mut`
 * binding in an async block (the scrutinee captured by mut ref). Three random forms. */
static void gen_ref_binding(void)
{
	int id = nfns + 1;
	Buf b = {0};
	bprintf(&b, "enum Rb%d { A(u32, u32), B { k: u8, v: u32 }, N }\n\n", id);
	bprintf(&b, "struct Rs%d { k: u32, v: u32 }\n\n", id);
	bprintf(&b, "struct Rp%d(u32, u32);\n\n", id);
	Fn mk, user;
	memset(&mk, 0, sizeof mk);
	memset(&user, 0, sizeof user);
	snprintf(mk.name, sizeof mk.name, "rbmk%d", id);
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Rb%d {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 3 == 0 { Rb%d::A(p0 %% 9, p0 %% 5) } else if p0 %% 3 == 1 { Rb%d::B { k: (p0 %% 7) as u8, "
	                "v: p0 %% 100 } } else { Rb%d::N }", id, id, id));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	begin_user_fn(&b, &user, "rfb", id);
	line(&b, 1, "let mut t = p0 & 3;");
	for (int n = 0; n < 3; n++) {
		int lo = rn(5), form = rn(7);
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (form) {
		case 0:
			line(&b, 1, fmt("let mut o = if p1 { Some(p0 %% 12) } else { None };"));
			line(&b, 1, fmt("match o { Some(ref mut v) => *v += %d, None => {} }", lo + 1));
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			line(&b, 1, "t += match o { Some(ref w) => *w, None => 1 };");
			break;
		case 1:
			line(&b, 1, fmt("let mut e = %s(p0 + %d);", mk.name, lo));
			line(&b, 1, fmt("if let Rb%d::A(ref mut a, ref c) = e { *a += *c; }", id));
			line(&b, 1, fmt("t += match e { Rb%d::A(ref a, _) => *a, Rb%d::B { k: ref c @ 1..=%d, ref mut v } => { *v += 1; "
			                "*c as u32 + *v } Rb%d::B { ref k, .. } => *k as u32, Rb%d::N => 2 };", id, id, lo + 1, id, id));
			break;
		case 2:
			line(&b, 1, fmt("let mut s = Rs%d { k: p0 %% 11, v: %d };", id, lo));
			line(&b, 1, fmt("let Rs%d { ref mut k, .. } = s;", id));
			line(&b, 1, "*k += 3;");
			line(&b, 1, fmt("let Rs%d { ref k, v: ref w } = s;", id));
			line(&b, 1, "yield_now().await;");
			line(&b, 1, "t += *k + *w;");
			break;
		case 3:
			line(&b, 1, fmt("let p = Rp%d(p0 %% 13, %d);", id, lo));
			line(&b, 1, fmt("let Rp%d(ref x, _) = p;", id));
			line(&b, 1, "let ref y = p.1;");
			line(&b, 1, "t += *x + *y;");
			break;
		case 4:
			line(&b, 1, fmt("let mut ro = Some(p0 %% %d);", lo + 3));
			line(&b, 1, "while let Some(ref mut c) = ro {");
			line(&b, 2, "t += *c;");
			line(&b, 2, "if *c == 0 { ro = None; } else { *c -= 1; }");
			line(&b, 2, "yield_now().await;");
			line(&b, 1, "}");
			break;
		case 5:
			line(&b, 1, fmt("let mut o = Some(p0 %% 9);"));
			line(&b, 1, fmt("let bk = async { match o { Some(ref mut v) => { *v += %d; *v } None => 0 } };", lo));
			line(&b, 1, "t += bk.await;");
			line(&b, 1, "let ref z = o;");
			line(&b, 1, "t += match *z { Some(q) => q, None => 5 };");
			break;
		default:
			line(&b, 1, fmt("let mut s = Rs%d { k: p0 %% 7, v: 1 };", id));
			line(&b, 1, fmt("let bs = async { let Rs%d { ref mut k, .. } = s; *k += %d; yield_now().await; *k };", id, lo));
			line(&b, 1, "t += bs.await + s.v;");
			break;
		}
	}
	line(&b, 1, "if p1 { t + 1 } else { t }");
	end_fn_u32_bool(&b, &user);
}

/* tops28: bindings at the top of a pattern whose value is not Copy (an enum holding a Guard, a
 * struct holding one, an Option<Guard>): the arm moves the whole scrutinee into the binding
 * (`other =>`, `x @ E::B(_)`, `x @ E::A | x @ E::B(_)`, `q @ S { a: lo..=hi, .. }`, a guarded `q
 * if p1`), in `match`, `if let` and `while let`, moved on one arm only (drop flags) with awaits
 * before and after, and an async block (by `&` or `move`) capturing the matched enum by value.
 * Three random forms of seven. */
static void gen_top_move(void)
{
	int id = nfns + 1;
	Buf b = {0};
	bprintf(&b, "enum Tm%d { A, B(Guard) }\n\n", id);
	bprintf(&b, "struct Ts%d { a: u32, g: Guard }\n\n", id);
	Fn mk, eat, user;
	memset(&mk, 0, sizeof mk);
	memset(&eat, 0, sizeof eat);
	memset(&user, 0, sizeof user);
	snprintf(mk.name, sizeof mk.name, "tmmk%d", id);
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Tm%d {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 2 == 0 { Tm%d::A } else { Tm%d::B(guard(p0)) }", id, id));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	snprintf(eat.name, sizeof eat.name, "tmeat%d", id);
	eat.no_call = 1;
	bprintf(&b, "fn %s(e: Tm%d) -> u32 {\n", eat.name, id);
	line(&b, 1, fmt("match e { Tm%d::A => 1, Tm%d::B(g) => { let _k = g; 2 } }", id, id));
	bput(&b, "}\n\n");
	fns[nfns++] = eat;
	begin_user_fn(&b, &user, "tmv", id);
	line(&b, 1, "let mut t = p0 & 3;");
	for (int n = 0; n < 3; n++) {
		int lo = rn(5), form = rn(7);
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (form) {
		case 0:
			line(&b, 1, fmt("let e = %s(p0 + %d);", mk.name, lo));
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			line(&b, 1, fmt("t += match e { Tm%d::A => %d, other => { %s%s(other) } };", id, lo,
			                chance(50) ? "yield_now().await; " : "", eat.name));
			break;
		case 1:
			line(&b, 1, fmt("let e = %s(p0 + %d);", mk.name, lo));
			if (chance(50))
				line(&b, 1, fmt("t += match e { x @ Tm%d::B(_) => { yield_now().await; %s(x) } Tm%d::A => 7 };", id,
				                eat.name, id));
			else
				line(&b, 1, fmt("t += match e { x @ Tm%d::A | x @ Tm%d::B(_) => %s(x) + 1 };", id, id, eat.name));
			break;
		case 2:
			line(&b, 1, fmt("let o = if p1 { None } else { Some(guard(p0 + %d)) };", lo));
			line(&b, 1, "if let v @ Some(_) = o { yield_now().await; let _d = v; t += 1; } else { t += 2; }");
			break;
		case 3:
			line(&b, 1, fmt("let s = Ts%d { a: p0 %% 9, g: guard(p0) };", id));
			line(&b, 1, fmt("t += match s { q @ Ts%d { a: %d..=%d, .. } => { yield_now().await; q.a } _ => 7 };", id,
			                lo, lo + 3));
			break;
		case 4:
			line(&b, 1, fmt("let e = %s(p0 + %d);", mk.name, lo));
			line(&b, 1, fmt("let bk = async %s{ yield_now().await; match e { Tm%d::A => 3, h => %s(h) } };",
			                chance(50) ? "move " : "", id, eat.name));
			line(&b, 1, "t += bk.await;");
			break;
		case 5:
			line(&b, 1, fmt("let mut o = if p1 { Some(guard(p0)) } else { None };"));
			line(&b, 1, "while let w @ Some(_) = o {");
			line(&b, 2, "yield_now().await;");
			line(&b, 2, "let _d = w;");
			line(&b, 2, "o = None;");
			line(&b, 2, "t += 1;");
			line(&b, 1, "}");
			break;
		default:
			line(&b, 1, fmt("let o = if p1 { Some(Ts%d { a: p0 %% 5, g: guard(p0) }) } else { None };", id));
			line(&b, 1, fmt("let r = match o { s if p0 %% 2 == %d => { let _d = s; %d } _ => 0 };", lo % 2, lo));
			line(&b, 1, "yield_now().await;");
			line(&b, 1, "t += r;");
			break;
		}
	}
	line(&b, 1, "if p1 { t + 1 } else { t }");
	end_fn_u32_bool(&b, &user);
}

/* ------------------------------------------------------------------ */

/* issue 22 (char28): `char` parameters, locals and returns; literals with escapes (`'\n'`, `'\''`,
 * `'\\'`, `'\x41'`, `'\u{1F600}'`) and non-ASCII characters; literal, range and or-patterns in a
 * match on a char (the surrogate gap inside a range); comparisons; `c as u32`, `c as u8` (truncating)
 * and `u8 as char`; chars and `Option<char>` (its niche) held across awaits and captured by an
 * async block. The char-taking helper is not called by the harnesses (its parameter). */
static const char *const char_lits[] = {
	"'a'", "'z'", "'A'", "'0'", "'\\n'", "'\\t'", "'\\r'", "'\\0'", "'\\''", "'\\\\'", "'\"'", "'\\x41'",
	"'\\x7F'", "'é'", "'ß'", "'中'", "'\\u{1F600}'", "'\\u{e000}'", "'\\u{D7FF}'", "'\\u{10FFFF}'", "'~'", "' '",
};
#define NCHAR_LITS (int)(sizeof char_lits / sizeof char_lits[0])
static const char *const char_ranges[] = {
	"'a'..='z'", "'A'..='Z'", "'0'..='9'", "'\\0'..='\\x1F'", "'\\u{80}'..='\\u{7FF}'", "'\\u{D000}'..='\\u{E0FF}'",
	"'\\u{10000}'..", "..='@'", "'!'..'0'",
};
#define NCHAR_RANGES (int)(sizeof char_ranges / sizeof char_ranges[0])

static void gen_char(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn cl, user;
	memset(&cl, 0, sizeof cl);
	memset(&user, 0, sizeof user);
	/* the helper: a match on a char with literals, ranges and an or-pattern, the char held across an await */
	snprintf(cl.name, sizeof cl.name, "chk%d", id);
	cl.is_async = cl.awaits = cl.no_call = 1;
	bprintf(&b, "async fn %s(c: char, b: u8) -> u32 {\n", cl.name);
	line(&b, 1, fmt("let d = %s;", char_lits[rn(NCHAR_LITS)]));
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "let k = match c {");
	int narms = 1 + rn(4);
	for (int i = 0; i < narms; i++) {
		if (chance(50))
			line(&b, 2, fmt("%s => %d,", char_ranges[rn(NCHAR_RANGES)], i + 1));
		else if (chance(50))
			line(&b, 2, fmt("%s | %s => %d,", char_lits[rn(NCHAR_LITS)], char_lits[rn(NCHAR_LITS)], i + 1));
		else
			line(&b, 2, fmt("%s => %d,", char_lits[rn(NCHAR_LITS)], i + 1));
	}
	line(&b, 2, "_ => 0,");
	line(&b, 1, "};");
	line(&b, 1, "observe(d as u32);");
	line(&b, 1, "if c < d { k + (b as char) as u32 } else { k * 2 + c as u8 as u32 }");
	bput(&b, "}\n\n");
	fns[nfns++] = cl;
	begin_user_fn(&b, &user, "chr", id);
	line(&b, 1, "let mut t = p0 & 7;");
	for (int n = 0; n < 2 + rn(2); n++) {
		const char *lit = char_lits[rn(NCHAR_LITS)];
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (rn(6)) {
		case 0: /* u8 as char, through the helper */
			line(&b, 1, fmt("let c = ((p0 %% 95) as u8 + 32) as char;"));
			line(&b, 1, fmt("t += %s(c, (p0 & 127) as u8).await;", cl.name));
			line(&b, 1, fmt("t += %s(%s, %d).await;", cl.name, lit, rn(128)));
			break;
		case 1: /* a literal held across an await, compared */
			line(&b, 1, fmt("let c = %s;", lit));
			line(&b, 1, "let e = (65 + (p0 % 26) as u8) as char;");
			line(&b, 1, "yield_now().await;");
			line(&b, 1, "if c == e || (c > e && p1) { t += c as u32 & 1023; } else { t += e as u32; }");
			break;
		case 2: /* Option<char> across an await: the niche */
			line(&b, 1, fmt("let o = if p1 { Some(%s) } else { None };", lit));
			line(&b, 1, "yield_now().await;");
			line(&b, 1, fmt("t += match o { Some(%s) => 3, Some(x) => x as u32 %% 97, None => 1 };",
			                char_ranges[rn(NCHAR_RANGES)]));
			break;
		case 3: /* as u8 truncates a non-ASCII char */
			line(&b, 1, fmt("let c = %s;", lit));
			line(&b, 1, "observe(c as u8 as u32);");
			line(&b, 1, "t += (c as u8) as u32;");
			break;
		case 4: /* captured by an async block */
			line(&b, 1, fmt("let c = %s;", lit));
			line(&b, 1, "let bk = async move { yield_now().await; c as u32 % 1000 };");
			line(&b, 1, "t += bk.await;");
			break;
		default: /* if let on a char range, a char variable reassigned */
			line(&b, 1, "let mut c = 'q';");
			line(&b, 1, fmt("if p0 %% 3 == 0 { c = %s; }", lit));
			line(&b, 1, fmt("if let %s = c { t += 5; } else { t += 2; }", char_ranges[rn(NCHAR_RANGES)]));
			break;
		}
	}
	line(&b, 1, "t");
	end_fn_u32_bool(&b, &user);
}

/* match ergonomics (issue 22, ergo28): `match &o`, `if let .. = &mut x`, `while let .. = &mut o`,
 * a reference local or parameter matched with non-reference patterns (default binding modes),
 * literals / ranges through a reference, a binding held across an await; ergo29: `&x` / `&_` at
 * the top, a top binding through a reference (`v @ Some(_)`, `other =>`, `w @ Ms { .. }` on `&mut s`),
 * `&p` inside a pattern on Option<&u32> / Option<&mut u32> (`Some(&0)`, `Some(&x)`, `Some(&mut y)`) */
static void gen_match_ergo(void)
{
	int id = nfns + 1;
	Buf b = {0};
	bprintf(&b, "enum Me%d { A(u32), B { k: u8, v: u32 }, N }\n\n", id);
	bprintf(&b, "struct Ms%d { k: u32, v: u32 }\n\n", id);
	Fn mk, pk, user;
	memset(&mk, 0, sizeof mk);
	memset(&pk, 0, sizeof pk);
	memset(&user, 0, sizeof user);
	snprintf(mk.name, sizeof mk.name, "memk%d", id);
	mk.no_call = 1;
	bprintf(&b, "fn %s(p0: u32) -> Me%d {\n", mk.name, id);
	line(&b, 1, fmt("if p0 %% 3 == 0 { Me%d::A(p0 %% 9) } else if p0 %% 3 == 1 { Me%d::B { k: (p0 %% 7) as u8, "
	                "v: p0 %% 100 } } else { Me%d::N }", id, id, id));
	bput(&b, "}\n\n");
	fns[nfns++] = mk;
	snprintf(pk.name, sizeof pk.name, "mepk%d", id);
	pk.no_call = 1;
	bprintf(&b, "fn %s(e: &mut Me%d) -> u32 {\n", pk.name, id);
	line(&b, 1, fmt("if let Me%d::B { k, v } = e { *k += 1; *v += *k as u32; }", id));
	line(&b, 1, fmt("match e { Me%d::A(x) => *x, Me%d::B { v, .. } => *v, Me%d::N => 4 }", id, id, id));
	bput(&b, "}\n\n");
	fns[nfns++] = pk;
	begin_user_fn(&b, &user, "mer", id);
	line(&b, 1, "let mut t = p0 & 3;");
	for (int n = 0; n < 3; n++) {
		int lo = rn(5), form = rn(12);
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (form) {
		case 11: /* `&x` / `&_` beside peeling arms of `match &r`, r a `&T` variable (match38) */
			line(&b, 1, fmt("let o = if p1 { Some(p0 %% %d) } else { None };", lo + 4));
			line(&b, 1, "let r = &o;");
			line(&b, 1, fmt("t += match &r { &&Some(%d) => 3, &x => match x { Some(k) => *k, None => 1 } };", lo));
			line(&b, 1, fmt("t += match &r { Some(x) => *x, &_ => 2 };"));
			line(&b, 1, fmt("let q = p0 %% %d;", lo + 3));
			line(&b, 1, "let rq = &q;");
			line(&b, 1, fmt("t += match &rq { &&%d => 6, &y => { yield_now().await; *y + 1 } };", lo));
			break;
		case 10: /* a top binding through a `&mut T` variable, which it moves (ergo30) */
			line(&b, 1, fmt("let mut o = if p1 { Some(p0 %% %d) } else { None };", lo + 4));
			line(&b, 1, "let r = &mut o;");
			line(&b, 1, "t += match r { v @ Some(_) => match v { Some(x) => { *x += 1; *x } None => 0 }, None => 1 };");
			line(&b, 1, fmt("let mut s = Ms%d { k: p0 %% 5, v: %d };", id, lo));
			line(&b, 1, "let q = &mut s;");
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			line(&b, 1, fmt("t += match q { Ms%d { k: 0, .. } => 7, other => { other.v += 2; other.k + other.v } };",
			                id));
			line(&b, 1, "let z = &mut o;");
			line(&b, 1, fmt("if let y @ Some(%d..) = z { *y = None; t += 9; }", lo));
			line(&b, 1, fmt("t += async { let w = &mut s; match w { wv @ Ms%d { k: 1, .. } => { yield_now().await; "
			                "wv.v } _ => 3 } }.await;", id));
			break;
		case 6: /* `&x`, `&_`, `&mut mut y` at the top (ergo29) */
			line(&b, 1, fmt("let mut q = p0 %% %d;", lo + 3));
			line(&b, 1, fmt("t += match &q { %d => 2, &k => k + 1 };", lo));
			line(&b, 1, "t += match &mut q { &mut mut y => { y += 1; y } };");
			line(&b, 1, "let o = if p1 { Some(q) } else { None };");
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			line(&b, 1, "if let &Some(w) = &o { t += w; }");
			line(&b, 1, fmt("t += match &o { Some(%d) => 3, &_ => 4 };", lo));
			break;
		case 7: /* a top binding through a written borrow (ergo29) */
			line(&b, 1, fmt("let o = if p1 { Some(p0 %% %d) } else { None };", lo + 4));
			line(&b, 1, "t += match &o { v @ Some(_) => match v { Some(x) => *x, None => 0 }, None => 1 };");
			line(&b, 1, fmt("let mut s = Ms%d { k: p0 %% 5, v: %d };", id, lo));
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			line(&b, 1, fmt("t += match &mut s { w @ Ms%d { k: 0, .. } => { w.v += 1; w.v } "
			                "Ms%d { k, .. } => { *k += 1; *k } };", id, id));
			line(&b, 1, fmt("t += match &s { Ms%d { k: 1, .. } => 7, other => other.k + other.v };", id));
			break;
		case 8: /* `&p` inside a pattern (ergo29) */
			line(&b, 1, fmt("let o = if p1 { Some(p0 %% %d) } else { None };", lo + 4));
			line(&b, 1, "let pr = match &o { Some(x) => Some(x), None => None };");
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			line(&b, 1, fmt("t += match pr { Some(&%d) => 3, Some(&x) => x, None => 4 };", lo));
			line(&b, 1, "if let Some(&z) = pr { t += z; }");
			line(&b, 1, fmt("let mut m = p0 %% %d;", lo + 2));
			line(&b, 1, "let pm = Some(&mut m);");
			line(&b, 1, "t += match pm { Some(&mut 0) => 5, Some(&mut y) => y, None => 6 };");
			break;
		case 9: /* `&p` inside a pattern through `match &r` and in an async block (ergo29) */
			line(&b, 1, fmt("let e = %s(p0 + %d);", mk.name, lo));
			line(&b, 1, "let pe = if p1 { Some(&e) } else { None };");
			line(&b, 1, fmt("t += match &pe { Some(&Me%d::A(a)) => a, Some(&Me%d::B { v, .. }) => v, _ => 2 };", id,
			                id));
			line(&b, 1, fmt("t += async { match pe { Some(&Me%d::A(a)) => a + 1, _ => 3 } }.await;", id));
			break;
		case 0:
			line(&b, 1, fmt("let mut o = if p1 { Some(p0 %% 12) } else { None };"));
			line(&b, 1, fmt("if let Some(v) = &mut o { *v += %d; }", lo + 1));
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			if (chance(50))
				line(&b, 1, "t += match &o { Some(w) => *w, None => 1 };");
			else /* `&p` reference patterns: bindings by value */
				line(&b, 1, "t += match &o { &Some(w) => w, None => 1 };");
			break;
		case 1:
			line(&b, 1, fmt("let mut e = %s(p0 + %d);", mk.name, lo));
			line(&b, 1, fmt("t += %s(&mut e);", pk.name));
			line(&b, 1, "let r = &e;");
			if (chance(50))
				line(&b, 1, "yield_now().await;");
			line(&b, 1, fmt("t += match r { Me%d::A(a) if *a > %d => *a, Me%d::B { k: 1..=%d, v } => *v, "
			                "Me%d::B { k, .. } => *k as u32, _ => 2 };", id, lo, id, lo + 1, id));
			break;
		case 2:
			line(&b, 1, fmt("let mut s = Ms%d { k: p0 %% 11, v: %d };", id, lo));
			line(&b, 1, fmt("match &mut s { Ms%d { k, .. } => *k += 3 }", id));
			line(&b, 1, fmt("t += match &s { Ms%d { k: 0..=4, v } => *v, Ms%d { k, v } => *k + *v };", id, id));
			break;
		case 3:
			line(&b, 1, fmt("let q = p0 %% %d;", lo + 3));
			line(&b, 1, fmt("t += match &q { 0 => 1, 1..=%d => 2, _ => 3 };", lo + 1));
			line(&b, 1, "t += match &p1 { true => 4, false => 5 };");
			break;
		case 4:
			line(&b, 1, fmt("let mut ro = Some(p0 %% %d);", lo + 3));
			line(&b, 1, "while let Some(c) = &mut ro {");
			line(&b, 2, "t += *c;");
			line(&b, 2, "if *c == 0 { ro = None; } else { *c -= 1; }");
			line(&b, 2, "yield_now().await;");
			line(&b, 1, "}");
			break;
		default:
			line(&b, 1, fmt("let o = Some(p0 %% 9 + %d);", lo));
			line(&b, 1, "t += match &o {");
			line(&b, 2, "Some(x) => {");
			line(&b, 3, "yield_now().await;");
			line(&b, 3, "*x + 1");
			line(&b, 2, "}");
			line(&b, 2, "None => 0,");
			line(&b, 1, "};");
			break;
		}
	}
	line(&b, 1, "if p1 { t + 1 } else { t }");
	end_fn_u32_bool(&b, &user);
}

/* items29: fn and async fn items inside an async fn's body: declared before or after their use
 * (an item is visible in its whole block), an async item awaited (a Guard held across its await
 * or not), items calling each other, a second item of the same name in an inner block (rustc's
 * `step#1`), an item inside an async block. Only the outer fn is called by the harnesses. */
static void gen_nested_items(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	/* items31: an enum of the crate, its impl in the body (before the fn: a variant path before its
	 * enum's declaration is not supported) */
	int top_enum = chance(30);
	if (top_enum)
		bprintf(&out_body, "enum Ng%d { On(u32), Off }\n\n", id);
	begin_user_fn(&b, &user, "nfi", id);
	int k1 = rn(20), k2 = 1 + rn(9), k3 = rn(50), after = chance(50), guard = chance(50);
	if (!after)
		line(&b, 1, fmt("fn step(x: u32) -> u32 { x %% 1000 + %d }", k1));
	line(&b, 1, "let mut t = step(p0);");
	line(&b, 1, "async fn wait(x: u32) -> u32 {");
	if (guard)
		line(&b, 2, "let _g = guard(x);");
	line(&b, 2, "yield_now().await;");
	if (guard)
		line(&b, 2, "observe(x % 7);");
	line(&b, 2, fmt("step(x) * %d", k2));
	line(&b, 1, "}");
	if (after)
		line(&b, 1, fmt("fn step(x: u32) -> u32 { x %% 1000 + %d }", k1));
	line(&b, 1, "t += wait(t).await;");
	if (chance(60)) { /* items30: a struct and its impl in the body, either before its uses */
		int st_after = chance(50), impl_after = chance(50), g = chance(50), k4 = 1 + rn(9);
		const char *decl[] = {"struct Cell {", g ? "    v: u32," : "    v: u32,", g ? "    g: Guard," : NULL, "}"};
		if (!st_after)
			for (int i = 0; i < 4; i++)
				if (decl[i])
					line(&b, 1, decl[i]);
		const char *impl[] = {"impl Cell {",
		                      "    fn add(&mut self, k: u32) {", "        self.v += k;", "    }",
		                      "    async fn later(&self) -> u32 {", "        yield_now().await;",
		                      "        observe(self.v);", "        self.v", "    }",
		                      "    fn get(&self) -> u32 {", "        self.v", "    }", "}"};
		if (!impl_after)
			for (int i = 0; i < 13; i++)
				line(&b, 1, impl[i]);
		line(&b, 1, g ? "let mut c = Cell { v: t % 1000, g: guard(t % 7) };" : "let mut c = Cell { v: t % 1000 };");
		line(&b, 1, fmt("c.add(%d);", k4));
		line(&b, 1, chance(50) ? "t += c.later().await;" : "t += c.get();");
		if (impl_after)
			for (int i = 0; i < 13; i++)
				line(&b, 1, impl[i]);
		if (st_after)
			for (int i = 0; i < 4; i++)
				if (decl[i])
					line(&b, 1, decl[i]);
	}
	if (chance(50)) { /* items30: an enum of the body, made by a nested fn, matched */
		line(&b, 1, "enum Pick {");
		line(&b, 2, "A(u32),");
		line(&b, 2, "B,");
		line(&b, 1, "}");
		line(&b, 1, fmt("fn pick(x: u32) -> Pick { if x %% 3 == %d { Pick::B } else { Pick::A(x %% 10) } }", rn(3)));
		line(&b, 1, "match pick(t) {");
		line(&b, 2, "Pick::A(k) => t += k,");
		line(&b, 2, "Pick::B => {}");
		line(&b, 1, "}");
		if (chance(70)) { /* items31: an impl of the body's enum, before or after its uses */
			int impl_after = chance(50), kb = rn(9);
			const char *impl[] = {"impl Pick {",
			                      "    fn make(x: u32) -> Self { if x % 2 == 0 { Self::A(x % 10) } else { Self::B } }",
			                      fmt("    fn val(&self) -> u32 { match self { Self::A(k) => *k, Pick::B => %d } }", kb),
			                      "    fn bump(&mut self) { if let Self::A(k) = self { *k += 1; } }",
			                      "    fn into_val(self) -> u32 { match self { Pick::A(k) => k + 1, Self::B => 0 } }",
			                      "    async fn wait_val(&self) -> u32 {", "        yield_now().await;",
			                      "        self.val() + 1", "    }", "}"};
			if (!impl_after)
				for (int i = 0; i < 10; i++)
					line(&b, 1, impl[i]);
			line(&b, 1, chance(50) ? "let mut pk = Pick::make(t);" : "let mut pk = pick(t);");
			line(&b, 1, "pk.bump();");
			line(&b, 1, chance(50) ? "t += pk.wait_val().await;" : "t += Pick::val(&pk);");
			line(&b, 1, "t += pk.into_val();");
			if (impl_after)
				for (int i = 0; i < 10; i++)
					line(&b, 1, impl[i]);
		}
	}
	if (top_enum) { /* items31: an impl in the body of an enum of the crate (rustc: `nfi::{closure#0}::<impl
	                 * Ng>::on`, warns non_local_definitions) */
		line(&b, 1, fmt("impl Ng%d {", id));
		line(&b, 2, "fn on(&self) -> u32 { match *self { Self::On(v) => v, Self::Off => 1 } }");
		line(&b, 1, "}");
		line(&b, 1, fmt("let ng = if p1 { Ng%d::On(t %% 9) } else { Ng%d::Off };", id, id));
		line(&b, 1, "t += ng.on();");
		if (chance(60)) { /* scope33: a trait of an inner block, implemented there for the crate's enum and
		                   * called inside that block (where it is in scope): by method, path or `<E as T>` */
			int form = rn(3), kt = rn(9);
			line(&b, 1, "{");
			line(&b, 2, "trait Tk { fn tk(&self) -> u32; }");
			line(&b, 2, fmt("impl Tk for Ng%d { fn tk(&self) -> u32 { match self { Self::On(v) => *v + %d, Self::Off => 2 } } }",
			                id, kt));
			line(&b, 2, form == 0 ? "t += ng.tk();" : form == 1 ? fmt("t += Ng%d::tk(&ng);", id)
			                                                    : fmt("t += <Ng%d as Tk>::tk(&ng);", id));
			line(&b, 1, "}");
		}
	}
	if (chance(40)) { /* items30: a tuple struct of an async block's body, across an await */
		line(&b, 1, "let h = async move {");
		line(&b, 2, "struct W(u32, bool);");
		line(&b, 2, "let w = W(p0 % 9, p1);");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "if w.1 { w.0 } else { w.0 + 1 }");
		line(&b, 1, "};");
		line(&b, 1, "t += h.await;");
	}
	if (chance(60)) {
		line(&b, 1, "{");
		line(&b, 2, fmt("fn step(x: u32) -> u32 { x %% 100 + %d }", k3));
		line(&b, 2, "t += step(t);");
		if (chance(50))
			line(&b, 2, "t += wait(step(1)).await;");
		line(&b, 1, "}");
	}
	if (chance(60)) {
		line(&b, 1, fmt("let f = async move {"));
		line(&b, 2, "async fn inner(y: u32) -> u32 {");
		line(&b, 3, "yield_now().await;");
		line(&b, 3, "y % 50");
		line(&b, 2, "}");
		line(&b, 2, "inner(p0).await + step(2)");
		line(&b, 1, "};");
		line(&b, 1, "t += f.await;");
	}
	line(&b, 1, "if p1 { t % 1000 + 1 } else { t % 1000 }");
	end_fn_u32_bool(&b, &user);
}

/* match30: literal and range arms on a struct's two fields, the first arm refutable in both (a test's
 * kind and bounds are its first pair's, read before that pair is entailed: the builder once read the
 * next field's pair instead), and sometimes more than 32 of them (the match tree's RangeIndex over a
 * run of range tests); a literal, `lo..=hi`, `lo..hi`, `..=hi` or `lo..` for the integer field (u8, u16,
 * i32), `_`, a literal or a range for the u8 one; a plain `match` on the field alone, its disjoint ranges
 * shuffled, every other time. One random draw per statement. */
static void gen_lit_ranges(void)
{
	static const char *const tys[] = {"u8", "u16", "i32"};
	int id = nfns + 1;
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	int ty = rn(3), lo = ty == 2 ? -30 : 0, n = chance(40) ? 33 + rn(30) : 2 + rn(10);
	bprintf(&b, "struct Lr%d { a: %s, b: u8 }\n\n", id, tys[ty]);
	begin_user_fn(&b, &user, "lruse", id);
	line(&b, 1, fmt("let s = Lr%d { a: %s, b: (p0 %% 5) as u8 };", id, ty == 2 ? "p0 as i32 - 30" : fmt("(p0 %% 64) as %s", tys[ty])));
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "let r = match s {");
	for (int i = 0; i < n; i++) {
		int x = lo + rn(60), w = rn(4), form = rn(i ? 10 : 2);
		const char *pa = form < 4 ? fmt("%d", x)
		               : form < 7 ? fmt("%d..=%d", x, x + w)
		               : form == 7 ? fmt("%d..%d", x, x + 1 + w)
		               : form == 8 ? fmt("..=%d", x) : fmt("%d..", x);
		int bf = rn(i ? 3 : 2);
		const char *pb = bf == 0 ? fmt("%d", rn(5)) : bf == 1 ? fmt("%d..=%d", rn(3), 2 + rn(3)) : "_";
		line(&b, 2, fmt("Lr%d { a: %s, b: %s } => %d,", id, pa, pb, i));
	}
	line(&b, 2, "_ => 1000,");
	line(&b, 1, "};");
	line(&b, 1, "observe(r);");
	if (chance(50)) {
		int m = chance(50) ? 33 + rn(20) : 3 + rn(8), perm[64];
		for (int i = 0; i < m; i++)
			perm[i] = i;
		for (int i = m - 1; i > 0; i--) {
			int j = rn(i + 1), t = perm[i];
			perm[i] = perm[j];
			perm[j] = t;
		}
		line(&b, 1, "let q = match s.a {");
		for (int i = 0; i < m; i++)
			line(&b, 2, fmt("%d..=%d => %d,", lo + 3 * perm[i], lo + 3 * perm[i] + 1, i));
		line(&b, 2, "_ => 1000,");
		line(&b, 1, "};");
		line(&b, 1, "observe(q);");
	}
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "if p1 { r % 1000 + 1 } else { r % 1000 }");
	end_fn_u32_bool(&b, &user);
}

/* refref33: references to references: `&&u32` / `&&S` locals (a `let`'s `&&place`, `&r` of a `&T`
 * variable) held across awaits, `**r`, auto-deref of `&&S` for a field and a `&self` method, a sync fn
 * taking `&&S` and one taking `&mut &mut u32`, `Option<&&u32>`, and `let &x = e;` / `let &&x = e;` /
 * `let &mut mut x = e;` binding Copy values, `let &S { b, .. } = &s;`; in an async block too. One random draw per statement. */
static void gen_ref_ref(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn user, sf, mf;
	memset(&user, 0, sizeof user);
	memset(&sf, 0, sizeof sf);
	memset(&mf, 0, sizeof mf);
	bprintf(&b, "struct Rr%d { a: u32, b: u32 }\n\n", id);
	bprintf(&b, "impl Rr%d {\n    fn sum(&self) -> u32 { self.a %% 1000 + self.b %% 1000 }\n", id);
	/* bc36: an async `&self` method whose `Option<&u32>` output holds only the receiver's loan (its
	 * argument's dropped at the await), a one-variant enum matched through `&` / `&&` by Copy bindings */
	bput(&b, "    async fn first(&self, o: Option<&u32>) -> Option<&u32> { if let Some(_) = o { Some(&self.a) } else { None } }\n}\n\n");
	bprintf(&b, "enum Re%d { A(u32, u32) }\n\n", id);
	snprintf(sf.name, sizeof sf.name, "rrsum%d", id);
	sf.no_call = 1;
	bprintf(&b, "fn %s(r: &&Rr%d, o: Option<&&u32>) -> u32 {\n", sf.name, id);
	line(&b, 1, "let &&s = &&r.a;");
	line(&b, 1, "let k = match o { Some(q) => **q % 100, None => 3 };");
	line(&b, 1, "s % 100 + r.b % 100 + r.sum() + k");
	bput(&b, "}\n\n");
	fns[nfns++] = sf;
	snprintf(mf.name, sizeof mf.name, "rrbump%d", id);
	mf.no_call = 1;
	bprintf(&b, "fn %s(r: &mut &mut u32, by: u32) {\n", mf.name);
	line(&b, 1, "**r = **r % 1000 + by;");
	bput(&b, "}\n\n");
	fns[nfns++] = mf;
	/* pat35: parameter patterns through references, a sync fn's and an async fn's (chosen by the fn's
	 * id, not the random stream: other programs stay as they were) */
	Fn pf, af;
	memset(&pf, 0, sizeof pf);
	memset(&af, 0, sizeof af);
	snprintf(pf.name, sizeof pf.name, "rrpat%d", id);
	pf.no_call = 1;
	bprintf(&b, "fn %s(&Rr%d { a, .. }: &Rr%d, &&x: &&u32, &mut m: &mut u32) -> u32 {\n", pf.name, id, id);
	line(&b, 1, "a % 100 + x % 100 + m % 100");
	bput(&b, "}\n\n");
	fns[nfns++] = pf;
	snprintf(af.name, sizeof af.name, "rrapat%d", id);
	af.no_call = 1;
	bprintf(&b, "async fn %s(n: u32, &w: &u32, &Rr%d { b, a }: &Rr%d) -> u32 {\n", af.name, id, id);
	if (id % 3 != 1)
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "n % 100 + w % 100 + b % 100 + a % 100");
	bput(&b, "}\n\n");
	fns[nfns++] = af;
	/* pat36: parameter patterns not starting with `&` (a struct pattern by value), a sync fn's and an
	 * async fn's (by the fn's id) */
	Fn vf, vaf;
	memset(&vf, 0, sizeof vf);
	memset(&vaf, 0, sizeof vaf);
	snprintf(vf.name, sizeof vf.name, "rrvpat%d", id);
	vf.no_call = 1;
	bprintf(&b, "fn %s(Rr%d { a, %s }: Rr%d, n: u32) -> u32 {\n", vf.name, id, id % 2 ? "b" : "..", id);
	line(&b, 1, id % 2 ? "a % 100 + b % 100 + n % 10" : "a % 100 + n % 10");
	bput(&b, "}\n\n");
	fns[nfns++] = vf;
	snprintf(vaf.name, sizeof vaf.name, "rrvapat%d", id);
	vaf.no_call = 1;
	bprintf(&b, "async fn %s(n: u32, Rr%d { b, .. }: Rr%d) -> u32 {\n", vaf.name, id, id);
	if (id % 3 != 2)
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "n % 100 + b % 100");
	bput(&b, "}\n\n");
	fns[nfns++] = vaf;
	begin_user_fn(&b, &user, "rruse", id);
	line(&b, 1, "let mut t = p0 % 7;");
	line(&b, 1, fmt("let s = Rr%d { a: p0 %% 50, b: %d };", id, rn(20)));
	for (int n = 0; n < 3; n++) {
		int form = rn(6), k = rn(9);
		if (chance(40))
			line(&b, 1, "yield_now().await;");
		switch (form) {
		case 0: /* `&&s` held across an await */
			line(&b, 1, "{");
			line(&b, 2, "let q = &&s;");
			if (chance(70))
				line(&b, 2, "yield_now().await;");
			line(&b, 2, fmt("t += q.a %% 100 + q.sum() + %s(q, None);", sf.name));
			line(&b, 1, "}");
			break;
		case 1: /* `&r` of a `&u32`, an Option of it */
			line(&b, 1, "{");
			line(&b, 2, fmt("let x = t %% 100 + %d;", k));
			line(&b, 2, "let r = &x;");
			line(&b, 2, "let rr = &r;");
			line(&b, 2, "let o = if p1 { Some(rr) } else { None };");
			if (chance(70))
				line(&b, 2, "yield_now().await;");
			line(&b, 2, fmt("t += **rr + %s(&&s, o);", sf.name));
			line(&b, 1, "}");
			break;
		case 2: /* `let &x` / `let &&x` */
			line(&b, 1, "{");
			line(&b, 2, fmt("let y = t %% 50 + %d;", k));
			line(&b, 2, "let r = &y;");
			line(&b, 2, chance(50) ? "let &a = r;" : "let &&a = &r;");
			if (chance(50))
				line(&b, 2, "yield_now().await;");
			line(&b, 2, chance(50) ? "let &b = &s.b;" : fmt("let &Rr%d { b, .. } = &s;", id));
			line(&b, 2, "t += a + b % 100;");
			line(&b, 1, "}");
			break;
		case 3: /* `&mut &mut u32`, `let &mut mut x` */
			line(&b, 1, "{");
			line(&b, 2, "let mut m = t % 100;");
			line(&b, 2, "let mut mr = &mut m;");
			line(&b, 2, fmt("%s(&mut mr, %d);", mf.name, k));
			if (chance(50))
				line(&b, 2, "yield_now().await;");
			line(&b, 2, "let &mut mut z = &mut m;");
			line(&b, 2, "z += 1;");
			line(&b, 2, "t += z + m;");
			line(&b, 1, "}");
			break;
		case 4: /* in an async block */
			line(&b, 1, fmt("t += async { let v = %d; let r = &v; let rr = &r; yield_now().await; let &&w = rr; w + **rr }.await;", k));
			break;
		default: /* `*rr` as a `&u32` */
			line(&b, 1, "{");
			line(&b, 2, "let r = &t;");
			line(&b, 2, "let rr = &&r;");
			line(&b, 2, "let q: &u32 = **rr;");
			if (chance(50))
				line(&b, 2, "yield_now().await;");
			line(&b, 2, "let w = *q % 100;");
			line(&b, 2, "t += w;");
			line(&b, 1, "}");
			break;
		}
	}
	/* loan34: `&r` / `&mut r` of a `&mut u32` keeps y's loan live while rr is: y written after its
	 * last use (chosen by the fn's id, not the random stream: other programs stay as they were) */
	line(&b, 1, "{");
	line(&b, 2, fmt("let mut y = t %% 100 + %d;", id % 9));
	line(&b, 2, "let mut r = &mut y;");
	line(&b, 2, id % 2 ? "let rr = &r;" : "let rr = &mut r;");
	if (id % 3 == 0)
		line(&b, 2, "yield_now().await;");
	line(&b, 2, "let v = **rr % 100;");
	if (id % 4 < 2)
		line(&b, 2, "yield_now().await;");
	line(&b, 2, "y += v;");
	line(&b, 2, "t += y % 100;");
	line(&b, 1, "}");
	/* pat35: `match &&o` / `if let` through two written borrows with bindings, `let &(mut z)`, `let &&Rr {
	 * .. }`, the parameter patterns' fns (by the fn's id) */
	line(&b, 1, "{");
	line(&b, 2, "let o = if p1 { Some(t % 100) } else { None };");
	line(&b, 2, fmt("let mut m = t %% 50 + %d;", id % 7));
	line(&b, 2, fmt("let v = %s(&s, &&t, &mut m);", pf.name));
	if (id % 2)
		line(&b, 2, "let k = match &&o { Some(x) => *x + 1, None => 2 };");
	else
		line(&b, 2, fmt("let k = if let Some(x) = &&o { %s*x } else { 3 };", id % 3 ? "yield_now().await; " : ""));
	line(&b, 2, "let &(mut z) = &k;");
	line(&b, 2, fmt(id % 2 ? "let &&Rr%d { b: zb, .. } = &&s;" : "let &&Rr%d { a: zb, .. } = &&s;", id));
	line(&b, 2, "z += 1 + zb % 10;");
	line(&b, 2, fmt("t = t %% 1000 + v + z + %s(t %% 10, &k, &s).await;", af.name));
	line(&b, 1, "}");
	/* bc36: `let &E::A(x, _) = re;` / `let &&E::A(..) = rr;` of a one-variant enum variable, and an await's
	 * output holding only the receiver's loan: y written while c is live (by the fn's id) */
	line(&b, 1, "{");
	line(&b, 2, fmt("let e = Re%d::A(t %% 100, %d);", id, id % 5));
	line(&b, 2, "let re = &e;");
	if (id % 2)
		line(&b, 2, fmt("let &Re%d::A(ea, eb) = re;", id));
	else
		line(&b, 2, fmt("let rre = &re; let &&Re%d::A(ea, eb) = rre;", id));
	line(&b, 2, fmt("let mut y = t %% 10 + %d;", id % 3));
	line(&b, 2, "let c = s.first(if p1 { Some(&y) } else { None }).await;");
	line(&b, 2, "y += ea % 10 + eb;");
	line(&b, 2, "t = t % 1000 + y + match c { Some(v) => *v % 100, None => 1 };");
	line(&b, 1, "}");
	/* pat36 (by the fn's id): `match &r` / `if let .. = &r` through a `&Option<u32>` variable, all-`_`
	 * matches on references, `let &_`, `let &&mut Rr { .. }` / `let &mut &Rr { .. }`, `x @ (p | q)`
	 * beside another alternative in a field, the by-value parameter patterns' fns */
	line(&b, 1, "{");
	line(&b, 2, "let o = if p1 { Some(t % 10) } else { None };");
	line(&b, 2, "let r = &o;");
	if (id % 2)
		line(&b, 2, "let k = match &r { Some(x) => *x + 1, None => 2 };");
	else
		line(&b, 2, fmt("let k = if let Some(x) = &r { %s*x } else { 3 };", id % 3 ? "yield_now().await; " : ""));
	line(&b, 2, id % 3 ? "let w = match &&o { _ => 1 };" : "let w = match &r { _ if p1 => 1, _ => 2 };");
	line(&b, 2, "let &_ = &o;");
	line(&b, 2, fmt("let mut s2 = Rr%d { a: t %% 20, b: %d };", id, id % 5));
	line(&b, 2, fmt(id % 2 ? "let &&mut Rr%d { a: za, .. } = &&mut s2;" : "let &mut &Rr%d { a: za, .. } = &mut &s2;", id));
	if (id % 4 == 1)
		line(&b, 2, "yield_now().await;");
	line(&b, 2, fmt("let f = match o { Some(x @ (1 | 2) | x @ %d) => x, Some(_) => 4, None => 5 };", 5 + id % 4));
	line(&b, 2, fmt("let g = %s(Rr%d { a: k, b: w }, f) + %s(za, Rr%d { a: 1, b: f }).await;", vf.name, id, vaf.name, id));
	line(&b, 2, "t = t % 1000 + k + w + za + f + g % 100;");
	line(&b, 1, "}");
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "if p1 { t % 1000 + 1 } else { t % 1000 }");
	end_fn_u32_bool(&b, &user);
}

/* const33: const items at the top level (made of literals and each other, an integer, a usize length,
 * a negative i8, a bool) and in the body and an async block, used in values (`const NAME` in the
 * MIR), an array's length and repeat count, and patterns (a const, a guarded one, a range to one) */
static void gen_consts(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	int a = rn(20), k = 2 + rn(3), c = 1 + rn(5), len = 2 + rn(4), neg = 1 + rn(100), t = rn(30), ck = 1 + rn(20);
	int m = 10 + rn(40);
	bprintf(&b, "const CA%d: u32 = %d;\n", id, a);
	bprintf(&b, "const CB%d: u32 = CA%d * %d + %d;\n", id, id, k, c);
	bprintf(&b, "const CL%d: usize = %d;\n", id, len);
	bprintf(&b, "const CN%d: i8 = -%d;\n", id, neg);
	bprintf(&b, "const CF%d: bool = CA%d > %d;\n\n", id, id, t);
	begin_user_fn(&b, &user, "cuse", id);
	line(&b, 1, fmt("const CK: u32 = %d;", ck));
	if (chance(50))
		line(&b, 1, fmt("let arr: [u32; CL%d] = [CA%d; CL%d];", id, id, id));
	else
		line(&b, 1, fmt("let arr = [CB%d; CL%d * 2];", id, id));
	line(&b, 1, fmt("let x = p0 %% %d + CK;", m));
	if (chance(60))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("let r = match p0 %% %d {", m));
	line(&b, 2, fmt("CA%d => 1,", id));
	line(&b, 2, fmt("CB%d if x > CK => 2,", id));
	if (chance(60))
		line(&b, 2, "0..=CK => 3,");
	line(&b, 2, "_ => 4,");
	line(&b, 1, "};");
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	if (chance(50)) {
		line(&b, 1, "let s = async {");
		line(&b, 2, fmt("const CI: u32 = CK + %d;", rn(10)));
		if (chance(50))
			line(&b, 2, "yield_now().await;");
		line(&b, 2, "CI + CK");
		line(&b, 1, "}");
		line(&b, 1, ".await;");
	} else {
		line(&b, 1, "let s = CK;");
	}
	line(&b, 1, fmt("observe(r + arr[(p0 as usize) %% CL%d] + s);", id));
	line(&b, 1, fmt("if CF%d && p1 { r + x } else { r + (-CN%d) as u32 }", id, id));
	end_fn_u32_bool(&b, &user);
}

/* consts35: static items at the top level (an integer made of a const, a bool, a negative i8, a usize
 * index) and in the body and an async block, read in values (`const {allocN: &T}` into a temporary,
 * then a copy through it), `&S` held across an await and passed to a fn, in a condition and a match
 * scrutinee; an inherent impl's associated consts (`S::V` as a pattern, `Self::V` in another's initializer) */
static void gen_statics(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	int a = rn(50), k = 1 + rn(4), neg = 1 + rn(100), len = 2 + rn(3), m = 5 + rn(30);
	bprintf(&b, "const SK%d: u32 = %d;\n", id, k);
	bprintf(&b, "static SA%d: u32 = %d;\n", id, a);
	bprintf(&b, "static SB%d: u32 = SK%d * 3 + %d;\n", id, id, rn(10));
	bprintf(&b, "static SN%d: i8 = -%d;\n", id, neg);
	bprintf(&b, "static SI%d: usize = %d;\n", id, rn(len));
	bprintf(&b, "static SF%d: bool = %s;\n", id, chance(50) ? "true" : "false");
	bprintf(&b, "struct SC%d;\nimpl SC%d {\n    const V: u32 = %d;\n    const W: u32 = Self::V + SK%d;\n}\n\n", id, id,
	        rn(m), id);
	bprintf(&b, "fn sread%d(r: &u32, x: u32) -> u32 {\n    *r %% 100 + x %% 100\n}\n\n", id);
	begin_user_fn(&b, &user, "suse", id);
	line(&b, 1, fmt("static LOCAL: u32 = %d;", rn(20)));
	line(&b, 1, fmt("let arr = [SA%d; %d];", id, len));
	line(&b, 1, fmt("let x = p0 %% %d + LOCAL;", m));
	if (chance(50)) {
		line(&b, 1, fmt("let r = &SB%d;", id));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("observe(sread%d(r, x));", id));
	} else {
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("observe(sread%d(&SB%d, x));", id, id));
	}
	line(&b, 1, fmt("let c = match p0 %% %d {", m));
	line(&b, 2, fmt("SC%d::V => SC%d::W,", id, id));
	line(&b, 2, "_ => 1,");
	line(&b, 1, "};");
	line(&b, 1, "observe(c);");
	line(&b, 1, fmt("let v = match SN%d {", id));
	line(&b, 2, fmt("-%d => 1,", neg));
	line(&b, 2, "_ => 2,");
	line(&b, 1, "};");
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	if (chance(50)) {
		line(&b, 1, "let s = async {");
		line(&b, 2, fmt("static INNER: u32 = %d;", rn(10)));
		if (chance(50))
			line(&b, 2, "yield_now().await;");
		line(&b, 2, "INNER + LOCAL");
		line(&b, 1, "}");
		line(&b, 1, ".await;");
	} else {
		line(&b, 1, fmt("let s = SA%d %% 10;", id));
	}
	line(&b, 1, fmt("observe(v + arr[SI%d] %% 100 + s);", id));
	line(&b, 1, fmt("if SF%d && p1 { v + x } else { s + (SA%d %% 7) }", id, id));
	end_fn_u32_bool(&b, &user);
}

/* tempref36: statement temporaries borrowed as call, method and await arguments (`tg(&tmk(t))`,
 * `th(&tmk(t)).await`, `thg(&tmg(t), t).await`: a Guard temporary held across the await), `&mut` of one,
 * in an `if` / `while` condition, a match scrutinee, a block's tail, an async block, nested borrows */
static void gen_temp_args(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	bprintf(&b, "struct Tq%d { a: u32 }\n", id);
	bprintf(&b, "impl Tq%d {\n    fn tm(&self, r: &u32) -> u32 { self.a %% 100 + *r %% 100 }\n"
	            "    async fn tam(&self, r: &u32) -> u32 { yield_now().await; self.a %% 100 + *r %% 100 }\n}\n", id);
	bprintf(&b, "fn tmk%d(n: u32) -> u32 { n %% 100 + 1 }\n", id);
	bprintf(&b, "fn tmg%d(n: u32) -> Guard { guard(n) }\n", id);
	bprintf(&b, "fn tg%d(r: &u32) -> u32 { *r %% 100 }\n", id);
	bprintf(&b, "fn tgg%d(r: &Guard, n: u32) -> u32 { n %% 10 }\n", id);
	bprintf(&b, "fn tgm%d(r: &mut u32) -> u32 { *r = *r %% 100 + 1; *r }\n", id);
	bprintf(&b, "fn tcond%d(r: &Guard, n: u32) -> bool { n %% 3 == 0 }\n", id);
	bprintf(&b, "async fn th%d(r: &u32) -> u32 { yield_now().await; *r %% 100 }\n", id);
	bprintf(&b, "async fn thg%d(r: &Guard, n: u32) -> u32 { yield_now().await; n %% 10 }\n\n", id);
	begin_user_fn(&b, &user, "tuse", id);
	line(&b, 1, "let mut t = p0 % 100;");
	int n = 3 + rn(6);
	for (int i = 0; i < n; i++) {
		switch (rn(13)) {
		case 0: line(&b, 1, fmt("t = t %% 1000 + tg%d(&tmk%d(t));", id, id)); break;
		case 1: line(&b, 1, fmt("t = t %% 1000 + th%d(&tmk%d(t)).await;", id, id)); break;
		case 2: line(&b, 1, fmt("t = t %% 1000 + thg%d(&tmg%d(t), t).await;", id, id)); break;
		case 3: line(&b, 1, fmt("if tcond%d(&tmg%d(t), t) { t += 1; } else { t += 2; }", id, id)); break;
		case 4: line(&b, 1, fmt("t = t %% 1000 + tgm%d(&mut tmk%d(t));", id, id)); break;
		case 5:
			line(&b, 1, fmt("let s%d = Tq%d { a: t };", i, id));
			line(&b, 1, fmt("t = t %% 1000 + s%d.tm(&(t + 1)) + s%d.tam(&tmk%d(t)).await;", i, i, id));
			break;
		case 6: line(&b, 1, fmt("t = t %% 1000 + { tgg%d(&tmg%d(t), t) };", id, id)); break;
		case 7:
			line(&b, 1, fmt("match tg%d(&tmk%d(t)) %% 3 {", id, id));
			line(&b, 2, fmt("0 => { t += thg%d(&tmg%d(t), 1).await; }", id, id));
			line(&b, 2, "_ => { t += 1; }");
			line(&b, 1, "}");
			break;
		case 8: line(&b, 1, fmt("t = t %% 1000 + async move { th%d(&tmk%d(t)).await + 1 }.await;", id, id)); break;
		case 9: line(&b, 1, fmt("t = t %% 1000 + tg%d(&tg%d(&(t %% 7 + p0 %% 5)));", id, id)); break;
		case 10: line(&b, 1, "yield_now().await;"); break;
		case 11: line(&b, 1, fmt("if p1 { t = t %% 1000 + tgg%d(&tmg%d(t), t); }", id, id)); break;
		default:
			line(&b, 1, fmt("let mut i%d = 0;", i));
			line(&b, 1, fmt("while i%d < 2 && tcond%d(&tmg%d(i%d), i%d * 3) { i%d += 1; t += 1; }", i, id, id, i, i, i));
			break;
		}
	}
	line(&b, 1, fmt("let k = Tq%d { a: tg%d(&tmk%d(t)) };", id, id, id));
	line(&b, 1, "t % 1000 + k.a");
	end_fn_u32_bool(&b, &user);
}

/* promo36: rustc's promoted constants, `&5u32`, `&K`, `&&7u32`, `&true` (a let, a let with a type,
 * `let &x` / `let &&x` patterns, a fn argument), held across awaits, in an async block, a promoted
 * reference outliving the loop body that borrowed it */
static void gen_promoted(void)
{
	int id = nfns + 1;
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	int k = rn(50), m = 5 + rn(30);
	bprintf(&b, "const PK%d: u32 = %d;\n", id, k);
	bprintf(&b, "fn pread%d(r: &u32, x: u32) -> u32 {\n    *r %% 100 + x %% 100\n}\n\n", id);
	bprintf(&b, "fn pkeep%d(n: u32) -> u32 {\n    let base = %du32;\n    let mut x = &base;\n    let mut i = 0;\n"
	            "    loop {\n        let r = &%du32;\n        x = r;\n        i += 1;\n        if i > n %% 4 {\n"
	            "            break;\n        }\n    }\n    *x\n}\n\n", id, rn(9), rn(9));
	begin_user_fn(&b, &user, "puse", id);
	line(&b, 1, fmt("let x = p0 %% %d;", m));
	if (chance(50)) {
		line(&b, 1, fmt("let r = &%du32;", rn(100)));
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("observe(pread%d(r, x));", id));
	} else {
		line(&b, 1, "yield_now().await;");
		line(&b, 1, fmt("observe(pread%d(&%d, x));", id, rn(100)));
	}
	if (chance(50))
		line(&b, 1, fmt("let &a = &%du32;", rn(20)));
	else
		line(&b, 1, fmt("let a: u32 = *&PK%d;", id));
	line(&b, 1, fmt("let rr = &&%du32;", rn(20)));
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("let &&c = &&PK%d;", id));
	line(&b, 1, fmt("let t: &u32 = &%d;", rn(20)));
	line(&b, 1, "observe(a + **rr + c + *t);");
	if (chance(50)) {
		line(&b, 1, "let s = async {");
		line(&b, 2, "let q = &3u32;");
		if (chance(50))
			line(&b, 2, "yield_now().await;");
		line(&b, 2, fmt("*q + pread%d(&PK%d, 1)", id, id));
		line(&b, 1, "}");
		line(&b, 1, ".await;");
	} else {
		line(&b, 1, fmt("let s = pkeep%d(x);", id));
	}
	line(&b, 1, "let f = &true;");
	line(&b, 1, fmt("let ng = &-%di32;", rn(50))); /* promo37: a negated literal, promoted as `&5` */
	line(&b, 1, "observe((*ng + 100) as u32);");
	line(&b, 1, fmt("if *f && p1 { s + x } else { s + pkeep%d(x) }", id));
	end_fn_u32_bool(&b, &user);
}

/* cmp39: `==` .. of Option, Result, arrays and `()` (calls of core's PartialEq / PartialOrd, both operands
 * borrowed: against None or `[0; N]` the borrow is promoted), an operand awaited after the other's borrow,
 * a comparison in a while condition, `is_some` / `is_none` / `is_ok` / `is_err` on values and references,
 * an Option of a Guard queried across an await */
static void gen_compare(void)
{
	static const char *const itys[] = {"u8", "u16", "u32", "i32", "i64"};
	static const char *const ops[] = {"==", "!=", "<", "<=", ">", ">="};
	int id = nfns + 1;
	const char *ta = itys[rn(5)], *te = itys[rn(5)];
	Buf b = {0};
	Fn user;
	memset(&user, 0, sizeof user);
	bprintf(&b, "fn cmo%d(p0: u32) -> Option<%s> {\n    if p0 %% 3 == 0 { None } else { Some((p0 & 15) as %s) }\n}\n\n",
	        id, ta, ta);
	bprintf(&b, "fn cmr%d(p0: u32) -> Result<%s, %s> {\n    if p0 %% 4 == 1 { Err((p0 & 7) as %s) } else { Ok((p0 & 3) as %s) }\n}\n\n",
	        id, ta, te, te, ta);
	bprintf(&b, "async fn cma%d(p0: u32) -> Option<%s> {\n    yield_now().await;\n    cmo%d(p0 + 1)\n}\n\n", id, ta, id);
	begin_user_fn(&b, &user, "cmuse", id);
	line(&b, 1, fmt("let o = cmo%d(p0);", id));
	line(&b, 1, fmt("let q = cmo%d(p0 / 2);", id));
	if (chance(60))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("let mut r = if o %s q { 1 } else { 2 };", ops[rn(6)]));
	line(&b, 1, fmt("if o %s None { r += 4; }", ops[rn(6)]));
	if (chance(50))
		line(&b, 1, fmt("if o %s Some(%d) { r += 8; }", ops[rn(6)], rn(16)));
	else
		line(&b, 1, fmt("if None %s q { r += 8; }", ops[rn(2)]));
	if (chance(50))
		line(&b, 1, fmt("if o %s cma%d(p0).await { r += 16; }", ops[rn(6)], id));
	line(&b, 1, fmt("let e = cmr%d(p0);", id));
	line(&b, 1, fmt("if e %s cmr%d(p0 + 1) { r += 32; }", ops[rn(6)], id));
	line(&b, 1, fmt("let mut a = [(p0 & 3) as %s, 1, 0];", ta));
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("if a %s [0; 3] { r += 64; }", ops[rn(6)]));
	if (chance(50)) {
		line(&b, 1, "let mut k = 0;");
		line(&b, 1, "while a != [0; 3] && k < 4 {");
		line(&b, 2, "a[k] = 0;");
		if (chance(50))
			line(&b, 2, "yield_now().await;");
		line(&b, 2, "k += 1;");
		line(&b, 1, "}");
	}
	line(&b, 1, "let ro = &o;");
	if (chance(50))
		line(&b, 1, "yield_now().await;");
	line(&b, 1, "if ro.is_some() && q.is_none() { r += 128; }");
	line(&b, 1, "if e.is_ok() || (&e).is_err() { r += 256; }");
	if (chance(40)) {
		line(&b, 1, "let g = Some(guard(p0));");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "if g.is_some() && () == () { r += 512; }");
	}
	line(&b, 1, "if p1 { r + (p0 & 7) } else { r }");
	end_fn_u32_bool(&b, &user);
}

enum {
	SH_MATCH_SAME, SH_MATCH_DIFF, SH_IF_SAME, SH_IF_DIFF, SH_LOOP_AWAIT, SH_LET_AWAIT,
	SH_GUARD, SH_WRAPPER, SH_CHAIN, SH_AWAITLESS, SH_ASYNC_BLOCK, SH_EARLY_RETURN,
	SH_PANIC, SH_FUTURE_LATER, SH_AWAIT_SCRUTINEE, SH_GUARD_WRAPPER, SH_GUARD_MOVE, SH_STRUCT,
	SH_ENUM,
	SH_REF, SH_METHOD, SH_TRAIT,
	SH_ARRAY,
	SH_OPTION,
	SH_NICHE,
	SH_LET_MOVE, SH_NESTED,
	SH_PATTERNS,
	SH_DISCR,
	SH_FIELD_CAPTURE,
	SH_AT_BINDING,
	SH_PATTERN_BORROW,
	SH_TOP_BINDING,
	SH_MATCH_GUARD,
	SH_REF_BINDING,
	SH_TOP_MOVE,
	SH_CHAR,
	SH_MATCH_ERGO,
	SH_NESTED_ITEMS,
	SH_LIT_RANGES,
	SH_REF_REF,
	SH_CONSTS,
	SH_STATICS,
	SH_TEMP_ARGS,
	SH_PROMOTED,
	SH_COMPARE,
	NSHAPES
};
static const char *const shape_names[NSHAPES] = {
	"match_same", "match_diff", "if_same", "if_diff", "loop_await", "let_await",
	"guard_across_await", "wrapper", "chain", "awaitless", "async_block", "early_return",
	"panic", "future_later", "await_scrutinee", "guard_wrapper", "guard_move", "struct",
	"enum",
	"ref", "method", "trait",
	"array",
	"option",
	"niche",
	"let_move", "nested",
	"patterns",
	"discr",
	"field_capture",
	"at_binding",
	"pattern_borrow",
	"top_binding",
	"match_guard",
	"ref_binding",
	"top_move",
	"char",
	"match_ergo",
	"nested_items",
	"lit_ranges",
	"ref_ref",
	"consts",
	"statics",
	"temp_args",
	"promoted",
	"compare",
};

static void gen_shape(int s)
{
	note_shape(shape_names[s]);
	switch (s) {
	case SH_MATCH_SAME: gen_dispatch(0, 1); break;
	case SH_MATCH_DIFF: gen_dispatch(0, 0); break;
	case SH_IF_SAME: gen_dispatch(1, 1); break;
	case SH_IF_DIFF: gen_dispatch(1, 0); break;
	case SH_LOOP_AWAIT: gen_with("looper", forced_loop_await, 1); break;
	case SH_LET_AWAIT: gen_with("bind", forced_let_await, 1); break;
	case SH_GUARD: gen_with("guarded", forced_guard, 1); break;
	case SH_WRAPPER: gen_wrapper(pick_async_int_fn(), 0, "wrap"); break;
	case SH_CHAIN: {
		int g = pick_async_int_fn();
		int n = 2 + rn(3);
		for (int i = 0; i < n; i++)
			g = gen_wrapper(g, chance(10), fmt("l%d_", i + 1));
		break;
	}
	case SH_AWAITLESS: gen_random_fn(1, 1); break;
	case SH_ASYNC_BLOCK: gen_with("blocks", forced_async_block, 1 + rn(2)); break;
	case SH_EARLY_RETURN: gen_with("early", forced_early_return, 1); break;
	case SH_PANIC: gen_panic_fn(); break;
	case SH_FUTURE_LATER: gen_with("later", forced_future_later, 1); break;
	case SH_AWAIT_SCRUTINEE: gen_with("scrut", forced_await_scrutinee, 1); break;
	case SH_GUARD_WRAPPER: gen_wrapper(pick_async_int_fn(), 1, "gwrap"); break;
	case SH_GUARD_MOVE: gen_guard_move(); break;
	case SH_STRUCT: gen_struct(); break;
	case SH_ENUM: gen_enum(); break;
	case SH_REF: gen_ref(); break;
	case SH_METHOD: gen_method(); break;
	case SH_TRAIT: gen_trait(); break;
	case SH_ARRAY: gen_array(); break;
	case SH_OPTION: gen_option(); break;
	case SH_NICHE: gen_niche(); break;
	case SH_LET_MOVE: gen_let_move(); break;
	case SH_NESTED: gen_nested(); break;
	case SH_PATTERNS: gen_patterns(); break;
	case SH_DISCR: gen_discr(); break;
	case SH_FIELD_CAPTURE: gen_field_capture(); gen_field_match(); gen_struct_capture(); break;
	case SH_AT_BINDING: gen_at_binding(); break;
	case SH_PATTERN_BORROW: gen_pattern_borrow(); break;
	case SH_TOP_BINDING: gen_top_binding(); break;
	case SH_MATCH_GUARD: gen_match_guard(); break;
	case SH_REF_BINDING: gen_ref_binding(); break;
	case SH_TOP_MOVE: gen_top_move(); break;
	case SH_CHAR: gen_char(); break;
	case SH_MATCH_ERGO: gen_match_ergo(); break;
	case SH_NESTED_ITEMS: gen_nested_items(); break;
	case SH_LIT_RANGES: gen_lit_ranges(); break;
	case SH_REF_REF: gen_ref_ref(); break;
	case SH_CONSTS: gen_consts(); break;
	case SH_STATICS: gen_statics(); break;
	case SH_TEMP_ARGS: gen_temp_args(); break;
	case SH_PROMOTED: gen_promoted(); break;
	case SH_COMPARE: gen_compare(); break;
	}
}

static char *gen_program(uint64_t seed, int index)
{
	rng_state = seed * 0x100000001b3ULL + (uint64_t)index * 0x9e3779b97f4a7c15ULL + 1;
	for (int i = 0; i < 4; i++)
		rnd();
	nfns = 0;
	nvars = 0;
	name_counter = 0;
	shapes_line[0] = 0;
	out_args.n = out_body.n = 0;
	bput(&out_args, "");
	bput(&out_body, "");

	int nsync = rn(3);
	for (int i = 0; i < nsync; i++)
		gen_random_fn(0, 0);
	int nleaf = 1 + rn(2);
	for (int i = 0; i < nleaf; i++)
		gen_leaf();
	int forced = (int)((seed + (uint64_t)index) % NSHAPES);
	int nextra = 1 + rn(3);
	int order = rn(nextra + 1);
	for (int i = 0; i <= nextra; i++) {
		if (i == order)
			gen_shape(forced);
		if (i < nextra) {
			int s = rn(NSHAPES);
			if (s == SH_PANIC && chance(70)) /* keep most programs panic-free */
				s = SH_WRAPPER;
			gen_shape(s);
		}
	}
	int nrand = rn(3);
	for (int i = 0; i < nrand; i++)
		gen_random_fn(1, chance(15));

	Buf p = {0};
	bprintf(&p, "// generated by tests/fuzz/gen --seed %llu (program %d)\n", (unsigned long long)seed, index);
	bprintf(&p, "// shapes:%s\n", shapes_line);
	bput(&p, out_args.p);
	bput(&p, "\n");
	bput(&p, out_body.p);
	/* no blank line at the end */
	while (p.n > 0 && p.p[p.n - 1] == '\n')
		p.p[--p.n] = 0;
	bput(&p, "\n");
	return bdone(&p);
}

static void usage(void)
{
	fputs("usage: gen --seed S [--count N] [--out DIR] [--live]\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	unsigned long long seed = 0;
	long count = 1;
	const char *out = NULL;
	int have_seed = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		char *end;
		if (!strcmp(a, "--seed") && v) {
			errno = 0;
			seed = strtoull(v, &end, 10);
			if (errno || *end)
				usage();
			have_seed = 1;
			i++;
		} else if (!strcmp(a, "--count") && v) {
			count = strtol(v, &end, 10);
			if (*end || count < 1)
				usage();
			i++;
		} else if (!strcmp(a, "--live")) { /* gen_pattern_borrow: the reference used after the pattern */
			pattern_live = 1;
		} else if (!strcmp(a, "--out") && v) {
			out = v;
			i++;
		} else {
			usage();
		}
	}
	if (!have_seed)
		usage();
	if (!out)
		count = 1;
	for (long i = 0; i < count; i++) {
		char *prog = gen_program(seed, (int)i);
		if (!out) {
			fputs(prog, stdout);
		} else {
			char path[4096];
			snprintf(path, sizeof path, "%s/gen_%llu_%ld.rs", out, seed, i);
			FILE *f = fopen(path, "w");
			if (!f) {
				fprintf(stderr, "gen: cannot write %s: %s\n", path, strerror(errno));
				return 1;
			}
			fputs(prog, f);
			fclose(f);
		}
		free_all();
	}
	free(out_args.p);
	free(out_body.p);
	free(allocs);
	return 0;
}
