/* test_sema.c — semantic analysis: inferred types, bindings, captures, every
 * error message; and the corpus: every .rs file of tests/rust and bench must
 * check, every one of tests/rust/invalid must fail on its `//~ ERROR` line. */
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

#include "../../frontend/syntax.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static AstProgram *check_ok(const char *src)
{
	Diag d = {0};
	AstProgram *p = frontend_parse("t.rs", src, strlen(src), &d);
	if (!p)
		fail_msg("parse: %d:%d: %s\n%s", d.line, d.col, d.msg, src);
	if (!frontend_check(p, &d)) {
		frontend_free(p);
		fail_msg("check: %d:%d: %s\n%s", d.line, d.col, d.msg, src);
	}
	assert_true(p->checked);
	return p;
}

static void assert_check_error(const char *src, int line, int col, const char *msg)
{
	Diag d = {0};
	AstProgram *p = frontend_parse("t.rs", src, strlen(src), &d);
	if (!p)
		fail_msg("parse error %d:%d: %s\n%s", d.line, d.col, d.msg, src);
	int ok = frontend_check(p, &d);
	frontend_free(p);
	if (ok)
		fail_msg("checked, expected `%s`:\n%s", msg, src);
	if (strcmp(d.msg, msg) || d.line != line || d.col != col)
		fail_msg("%s\n  got  %d:%d: %s\n  want %d:%d: %s", src, d.line, d.col, d.msg, line, col, msg);
}

static AstFn *fn_named(AstProgram *p, const char *name)
{
	for (int i = 0; i < p->nfns; i++)
		if (!strcmp(p->fns[i]->name, name))
			return p->fns[i];
	fail_msg("no fn %s", name);
	return NULL;
}

static AstVar *var_named(AstFn *fn, const char *name, int nth)
{
	for (int i = 0; i < fn->nvars; i++)
		if (!strcmp(fn->vars[i]->name, name) && nth-- == 0)
			return fn->vars[i];
	fail_msg("no var %s in %s", name, fn->name);
	return NULL;
}

static AstExpr *tail_of(AstFn *fn)
{
	assert_non_null(fn->body->tail);
	return fn->body->tail;
}

/* ---------------------------------------------------------------------- */
/* Types                                                                  */
/* ---------------------------------------------------------------------- */

static void test_literal_inference(void **state)
{
	(void)state;
	AstProgram *p = check_ok("fn f(n: u8) -> u64 {\n"
	                         "    let a = 5;          // from the use below: u8\n"
	                         "    let b = a + n;\n"
	                         "    let c = 7;          // unconstrained: i32\n"
	                         "    let mut i = 0;      // from the comparison: u64\n"
	                         "    while i < 10u64 { i += 1; }\n"
	                         "    let d = 300 as u16; // a cast's target types the literal\n"
	                         "    let e = -128i8;\n"
	                         "    let t = true as u8;\n"
	                         "    i\n"
	                         "}\n");
	AstFn *f = fn_named(p, "f");
	assert_int_equal(var_named(f, "a", 0)->ty.kind, ATY_U8);
	assert_int_equal(var_named(f, "b", 0)->ty.kind, ATY_U8);
	assert_int_equal(var_named(f, "c", 0)->ty.kind, ATY_I32);
	assert_int_equal(var_named(f, "i", 0)->ty.kind, ATY_U64);
	assert_int_equal(var_named(f, "d", 0)->ty.kind, ATY_U16);
	assert_int_equal(var_named(f, "e", 0)->ty.kind, ATY_I8);
	assert_int_equal(var_named(f, "t", 0)->ty.kind, ATY_U8);
	/* the literal inside the cast got the target type */
	AstExpr *cast = f->body->stmts[5].expr;
	assert_int_equal(cast->kind, EXPR_CAST);
	assert_int_equal(cast->lhs->ty.kind, ATY_U16);
	frontend_free(p);
}

static void test_future_types(void **state)
{
	(void)state;
	AstProgram *p = check_ok("async fn leaf() -> u32 { 4 }\n"
	                         "async fn f() -> u64 {\n"
	                         "    let fut = leaf();\n"
	                         "    let blk = async { 5 };\n"
	                         "    let g = async move { guard(1) };\n"
	                         "    yield_now().await;\n"
	                         "    let x: u8 = blk.await;\n"
	                         "    let h = g.await;\n"
	                         "    (fut.await + x as u32) as u64\n"
	                         "}\n");
	AstFn *f = fn_named(p, "f");
	AstVar *fut = var_named(f, "fut", 0), *blk = var_named(f, "blk", 0);
	assert_int_equal(fut->ty.kind, ATY_FN_FUTURE);
	assert_int_equal(fut->ty.id, fn_named(p, "leaf")->id);
	assert_int_equal(blk->ty.kind, ATY_BLOCK_FUTURE);
	assert_int_equal(blk->ty.id, f->async_blocks[0]->id);
	assert_int_equal(f->async_blocks[0]->output.kind, ATY_U8); /* inferred from the await's use */
	assert_int_equal(f->async_blocks[1]->output.kind, ATY_GUARD);
	assert_int_equal(var_named(f, "h", 0)->ty.kind, ATY_GUARD);
	AstExpr *yield_stmt = f->body->stmts[3].expr;
	assert_int_equal(yield_stmt->kind, EXPR_AWAIT);
	assert_int_equal(yield_stmt->lhs->ty.kind, ATY_YIELD_NOW);
	assert_int_equal(yield_stmt->ty.kind, ATY_UNIT);
	assert_int_equal(yield_stmt->lhs->callee->builtin, BUILTIN_YIELD_NOW);
	assert_true(f->is_async);
	assert_false(ast_type_is_copy(p, fut->ty));
	frontend_free(p);
}

static void test_divergence(void **state)
{
	(void)state;
	AstProgram *p = check_ok("fn a(c: bool) -> u32 { if c { return 1; } else { loop {} } }\n"
	                         "fn b() -> u32 { loop { break; } ; 3 }\n"
	                         "fn c(x: u32) -> u32 { let y = match x { 0 => return 5, _ => x }; y }\n"
	                         "fn d() -> ! { loop {} }\n"
	                         "fn e() -> u32 { return 1; }\n");
	AstExpr *if_expr = tail_of(fn_named(p, "a"));
	/* every arm diverges: the if has the expected type (rustc's CoerceMany target), not `!`;
	 * its arms are `!` and control still diverges */
	assert_int_equal(if_expr->ty.kind, ATY_U32);
	assert_true(if_expr->block->diverges);
	assert_int_equal(if_expr->block->ty.kind, ATY_NEVER);
	assert_true(fn_named(p, "a")->body->diverges);
	AstExpr *loop = fn_named(p, "b")->body->stmts[0].expr;
	assert_int_equal(loop->kind, EXPR_LOOP);
	assert_true(loop->has_break);
	assert_int_equal(loop->ty.kind, ATY_UNIT);
	assert_int_equal(var_named(fn_named(p, "c"), "y", 0)->ty.kind, ATY_U32);
	assert_int_equal(tail_of(fn_named(p, "d"))->ty.kind, ATY_NEVER);
	assert_true(fn_named(p, "e")->body->diverges);
	assert_int_equal(fn_named(p, "e")->body->ty.kind, ATY_NEVER);
	frontend_free(p);
}

static void test_bindings(void **state)
{
	(void)state;
	AstProgram *p = check_ok("fn f(x: u32) -> u32 {\n"
	                         "    let x = x + 1;\n"
	                         "    { let x = 2u32; observe(x); }\n"
	                         "    let y;\n"
	                         "    y = x;\n"
	                         "    y\n"
	                         "}\n");
	AstFn *f = fn_named(p, "f");
	assert_int_equal(f->nvars, 4);
	AstVar *param = f->params[0], *x1 = var_named(f, "x", 1), *x2 = var_named(f, "x", 2);
	assert_int_equal(param->kind, VAR_PARAM);
	assert_int_equal(param->id, 0);
	assert_int_equal(x1->kind, VAR_LET);
	assert_int_equal(x1->id, 1);
	assert_ptr_equal(x1->scope, f->body);
	/* `let x = x + 1`: the initializer sees the parameter */
	assert_ptr_equal(f->body->stmts[0].expr->lhs->var, param);
	AstBlock *inner = f->body->stmts[1].expr->block;
	assert_ptr_equal(x2->scope, inner);
	assert_ptr_equal(inner->stmts[1].expr->args[0]->var, x2);
	assert_ptr_equal(f->body->stmts[3].expr->rhs->var, x1);
	assert_int_equal(var_named(f, "y", 0)->ty.kind, ATY_U32);
	assert_int_equal(tail_of(f)->upvar, -1);
	frontend_free(p);
}

/* ---------------------------------------------------------------------- */
/* Captures                                                               */
/* ---------------------------------------------------------------------- */

static void test_captures(void **state)
{
	(void)state;
	AstProgram *p = check_ok("async fn f(k: u32) -> u32 {\n"
	                         "    let g = guard(1);\n"
	                         "    let mut n = 0u32;\n"
	                         "    let by_ref = async { k + k };\n"
	                         "    let by_move = async move { k };\n"
	                         "    let moves_guard = async { let h = g; n += 1; };\n"
	                         "    by_ref.await + by_move.await\n"
	                         "}\n");
	AstFn *f = fn_named(p, "f");
	AstAsyncBlock *by_ref = f->async_blocks[0], *by_move = f->async_blocks[1], *moves = f->async_blocks[2];
	assert_int_equal(by_ref->ncaptures, 1);
	assert_ptr_equal(by_ref->captures[0].var, f->params[0]);
	assert_int_equal(by_ref->captures[0].mode, CAPTURE_BY_REF);
	assert_string_equal(by_ref->captures[0].upvar_name, "_ref__k");
	assert_int_equal(by_ref->captures[0].line, 4);
	assert_int_equal(by_ref->captures[0].col, 26);
	assert_false(by_ref->is_move);
	assert_int_equal(by_move->ncaptures, 1);
	assert_int_equal(by_move->captures[0].mode, CAPTURE_BY_VALUE);
	assert_string_equal(by_move->captures[0].upvar_name, "k");
	assert_int_equal(moves->ncaptures, 2);
	assert_string_equal(moves->captures[0].var->name, "g");
	assert_int_equal(moves->captures[0].mode, CAPTURE_BY_VALUE); /* non-Copy, moved in the body */
	assert_string_equal(moves->captures[1].var->name, "n");
	assert_int_equal(moves->captures[1].mode, CAPTURE_BY_MUT_REF);
	assert_string_equal(moves->captures[1].upvar_name, "_ref__n");
	/* uses inside the block go through the upvar */
	AstExpr *sum = by_ref->body->tail;
	assert_int_equal(sum->lhs->upvar, 0);
	assert_int_equal(sum->rhs->upvar, 0);
	AstVar *h = var_named(f, "h", 0);
	assert_ptr_equal(h->owner, moves);
	assert_ptr_equal(moves->body->stmts[0].expr->var, var_named(f, "g", 0));
	assert_int_equal(moves->body->stmts[0].expr->upvar, 0);
	frontend_free(p);
}

/* rustc's two orders (issue 22): the upvar fields follow its ExprUseVisitor,
 * which mutates an assignment's left side before it reads the right; its MIR
 * printer names an aggregate's operands by upvars_mentioned, intravisit's walk
 * (right side first), mention-only `let _ = x;` included, captured or not. */
static void test_capture_orders(void **state)
{
	(void)state;
	AstProgram *p = check_ok("async fn f(x: u32) -> u32 {\n"
	                         "    let mut a = 0u32;\n"
	                         "    let b = x;\n"
	                         "    let c = x;\n"
	                         "    let d = x;\n"
	                         "    async { let _ = d; a = c * b; }.await;\n"
	                         "    let mut e = 0u32;\n"
	                         "    async { async { e += b; }.await; e += c; }.await;\n"
	                         "    a + e\n"
	                         "}\n");
	AstFn *f = fn_named(p, "f");
	AstAsyncBlock *assign = f->async_blocks[0], *outer = f->async_blocks[1], *inner = f->async_blocks[2];
	assert_ptr_equal(inner->parent, outer);
	assert_int_equal(assign->ncaptures, 3); /* d is mentioned, not captured */
	assert_string_equal(assign->captures[0].var->name, "a");
	assert_int_equal(assign->captures[0].mode, CAPTURE_BY_MUT_REF);
	assert_string_equal(assign->captures[1].var->name, "c");
	assert_string_equal(assign->captures[2].var->name, "b");
	assert_int_equal(assign->nmentioned, 4);
	assert_string_equal(assign->mentioned[0]->name, "d");
	assert_string_equal(assign->mentioned[1]->name, "c");
	assert_string_equal(assign->mentioned[2]->name, "b");
	assert_string_equal(assign->mentioned[3]->name, "a");
	/* a nested block's captures and mentions enter the outer's at its place */
	assert_int_equal(inner->ncaptures, 2);
	assert_string_equal(inner->captures[0].var->name, "e");
	assert_string_equal(inner->mentioned[0]->name, "b");
	assert_int_equal(outer->ncaptures, 3);
	assert_string_equal(outer->captures[0].var->name, "e");
	assert_string_equal(outer->captures[1].var->name, "b");
	assert_string_equal(outer->captures[2].var->name, "c");
	assert_int_equal(outer->nmentioned, 3);
	assert_string_equal(outer->mentioned[0]->name, "b");
	assert_string_equal(outer->mentioned[1]->name, "e");
	assert_string_equal(outer->mentioned[2]->name, "c");
	frontend_free(p);
}

static void test_nested_captures(void **state)
{
	(void)state;
	AstProgram *p = check_ok("fn f(a: u32, b: u32) {\n"
	                         "    let outer = async {\n"
	                         "        let local = 1u32;\n"
	                         "        let inner = async move { a + local };\n"
	                         "        let inner2 = async { b + local };\n"
	                         "    };\n"
	                         "}\n");
	AstFn *f = fn_named(p, "f");
	AstAsyncBlock *outer = f->async_blocks[0], *inner = f->async_blocks[1], *inner2 = f->async_blocks[2];
	assert_ptr_equal(inner->parent, outer);
	/* inner moves a (Copy): the outer block only reads a, so borrows it */
	assert_int_equal(inner->ncaptures, 2);
	assert_int_equal(inner->captures[0].mode, CAPTURE_BY_VALUE);
	assert_string_equal(inner->captures[1].var->name, "local");
	assert_int_equal(outer->ncaptures, 2);
	assert_string_equal(outer->captures[0].var->name, "a");
	assert_int_equal(outer->captures[0].mode, CAPTURE_BY_REF);
	assert_string_equal(outer->captures[1].var->name, "b");
	assert_int_equal(inner2->captures[0].mode, CAPTURE_BY_REF);
	/* the use of a inside inner goes through inner's upvar 0 */
	assert_int_equal(inner->body->tail->lhs->upvar, 0);
	frontend_free(p);
}

static void test_guard_moved_through_nested_blocks(void **state)
{
	(void)state;
	AstProgram *p = check_ok("fn f() {\n"
	                         "    let g = guard(1);\n"
	                         "    let outer = async { let inner = async move { let x = g; }; };\n"
	                         "}\n");
	AstFn *f = fn_named(p, "f");
	assert_int_equal(f->async_blocks[0]->captures[0].mode, CAPTURE_BY_VALUE);
	assert_string_equal(f->async_blocks[0]->captures[0].upvar_name, "g");
	frontend_free(p);
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                 */
/* ---------------------------------------------------------------------- */

static void test_name_errors(void **state)
{
	(void)state;
	assert_check_error("fn f() -> u32 { x }", 1, 17, "cannot find value `x` in this scope");
	assert_check_error("fn f() { { let x = 1; } observe(x); }", 1, 33, "cannot find value `x` in this scope");
	assert_check_error("fn f() { let x = x; }", 1, 18, "cannot find value `x` in this scope");
	assert_check_error("fn f() { g(); }", 1, 10, "cannot find function `g` in this scope");
	assert_check_error("fn f() {}\nfn f() {}", 2, 1, "the name `f` is defined multiple times");
	assert_check_error("fn f(a: u32, a: u32) {}", 1, 14, "identifier `a` is bound more than once in this parameter list");
	assert_check_error("fn f() { let z = 5; z(); }", 1, 21, "expected function, found `{integer}`");
	assert_check_error("fn g() {} fn f() { let x = g; }", 1, 28, "function values are not supported");
}

static void test_context_errors(void **state)
{
	(void)state;
	/* rustc's order: unresolved types and values, then `await`, then functions, then loops */
	assert_check_error("fn a() { nothere(1); }\nfn b() { break; }\nfn c() { yield_now().await; }\n"
	                   "fn d() { let y = zz; }", 4, 18, "cannot find value `zz` in this scope");
	assert_check_error("fn a() { nothere(1); }\nfn b() { break; }\nfn c() { yield_now().await; }", 3, 22,
	                   "`await` is only allowed inside `async` functions and blocks");
	assert_check_error("fn a() { nothere(1); }\nfn b() { break; }", 1, 10, "cannot find function `nothere` in this scope");
	assert_check_error("fn b() { break; }\nfn a() { nothere(1); }", 1, 10, "`break` outside of a loop or labeled block");
	assert_check_error("fn a() { nothere(1); }\nfn b() { nothere(zz); }", 2, 18, "cannot find value `zz` in this scope");
	assert_check_error("fn a() { nothere(1); break; }", 1, 22, "`break` outside of a loop or labeled block");
	assert_check_error("fn a() -> u32 { let x: u8 = 1; x + nothere(1) }", 1, 36, "cannot find function `nothere` in this scope");
	assert_check_error("fn f() { yield_now().await; }", 1, 22,
	                   "`await` is only allowed inside `async` functions and blocks");
	assert_check_error("async fn f() { async { 1 }; { let x = yield_now; } }", 1, 39,
	                   "function values are not supported");
	assert_check_error("fn f() { break; }", 1, 10, "`break` outside of a loop or labeled block");
	assert_check_error("fn f() { continue; }", 1, 10, "`continue` outside of a loop");
	assert_check_error("fn f() { loop { let b = async { break; }; } }", 1, 33, "`break` inside `async` block");
	assert_check_error("fn f() { loop { let b = async { continue; }; } }", 1, 33, "`continue` inside `async` block");
}

static void test_type_errors(void **state)
{
	(void)state;
	static const struct { const char *src; int line, col; const char *msg; } cases[] = {
		{"fn f(a: u32, b: u8) -> u32 { a + b }", 1, 34, "mismatched types: expected u32, found u8"},
		{"fn f() { let x: u32 = true; }", 1, 23, "mismatched types: expected u32, found bool"},
		{"fn f() { let x: bool = 5; }", 1, 24, "mismatched types: expected bool, found integer"},
		{"fn f() -> u32 { }", 1, 11, "mismatched types: expected u32, found ()"},
		{"fn f() -> u32 { return; }", 1, 17, "`return;` in a function whose return type is not `()`"},
		{"async fn f() -> u32 { let b = async { return; }; let c: u8 = async { return; }.await; 1 }", 1, 62, "mismatched types: expected u8, found ()"},
		{"fn f() -> u32 { return true; }", 1, 24, "mismatched types: expected u32, found bool"},
		{"fn f(c: bool) -> u32 { if c { 1 } else { true } }", 1, 42, "mismatched types: expected u32, found bool"},
		{"fn f(c: bool) { let y = if c { 1 } else { true }; }", 1, 43, "`if` and `else` have incompatible types: expected integer, found bool"},
		{"fn f(x: u32) -> u32 { match x { 0 => 1, _ => true } }", 1, 46, "`match` arms have incompatible types: expected u32, found bool"},
		{"fn f(x: u32) -> u32 { match x { 0 => true, _ => 1 } }", 1, 38, "mismatched types: expected u32, found bool"},
		{"fn f(x: u32) { match x { true => {} _ => {} } }", 1, 26, "mismatched types: expected u32, found bool"},
		{"fn f(c: bool) -> u32 { let y: u32 = if c { 1 }; y }", 1, 37, "`if` may be missing an `else` clause"},
		{"fn f(c: bool) { if c { 1 } }", 1, 24, "mismatched types: expected (), found integer"},
		{"fn f(c: u32) { if c { } }", 1, 19, "mismatched types: expected bool, found u32"},
		{"fn f(c: u32) { while c { } }", 1, 22, "mismatched types: expected bool, found u32"},
		{"fn f() -> bool { true + false }", 1, 23, "cannot add `bool` to `bool`"},
		{"fn f() -> bool { true % false }", 1, 23, "cannot calculate the remainder of `bool` divided by `bool`"},
		{"fn f() -> bool { true << false }", 1, 23, "no implementation for `bool << bool`"},
		{"fn f(x: u32) -> u32 { x + true }", 1, 25, "cannot add `bool` to `u32`"},
		{"fn f(x: u32) -> u32 { x + return 1 }", 1, 25, "cannot add `()` to `u32`"},
		{"fn f(x: u32) -> u32 { let mut y = x; y += return 1; y }", 1, 40, "cannot add-assign `()` to `u32`"},
		{"fn f() { let g = guard(1); let y = g * 2; }", 1, 38, "cannot multiply `Guard` by `{integer}`"},
		{"fn f() { let x = -true; }", 1, 18, "cannot apply unary operator `-` to type `bool`"},
		{"fn f() -> u32 { -3u32 }", 1, 17, "cannot apply unary operator `-` to type `u32`"},
		{"fn f(x: u32) -> u32 { let y = 5; let z: u32 = y; -y }", 1, 50, "cannot apply unary operator `-` to type `u32`"},
		{"fn f() { let y = 5u32 as bool; }", 1, 18, "cannot cast `u32` as `bool`"},
		{"fn f() { let y = guard(1) as u32; }", 1, 18, "non-primitive cast: `Guard` as `u32`"},
		{"fn f() { let mut x = 5; x += true; }", 1, 27, "cannot add-assign `bool` to `{integer}`"},
		{"fn f() { let mut x: u32 = 1; x -= true; }", 1, 32, "cannot subtract-assign `bool` from `u32`"},
		{"fn f() { let mut x: u32 = 1; x *= true; }", 1, 32, "cannot multiply-assign `u32` by `bool`"},
		{"fn f() { let mut x: u32 = 1; x /= true; }", 1, 32, "cannot divide-assign `u32` by `bool`"},
		{"fn f() { let mut x: u32 = 1; x %= true; }", 1, 32, "cannot calculate and assign the remainder of `u32` divided by `bool`"},
		{"fn f() { let mut x: u32 = 1; x &= true; }", 1, 32, "no implementation for `u32 &= bool`"},
		{"fn f() { let mut x: u32 = 1; x <<= true; }", 1, 32, "no implementation for `u32 <<= bool`"},
		{"fn f() { let mut x: u32 = 1; let y: u8 = 2; x += y; }", 1, 50, "mismatched types: expected u32, found u8"},
		{"fn f() { let b = true; let mut x = b; x += 1; }", 1, 39, "binary assignment operation `+=` cannot be applied to type `bool`"},
		{"fn f() { 5 = 6; }", 1, 12, "invalid left-hand side of assignment"},
		{"fn f(a: u32, b: u32) {}\nfn g() { f(1); }", 2, 10, "this function takes 2 arguments but 1 argument was supplied"},
		{"fn g() { observe(1, 2); }", 1, 10, "this function takes 1 argument but 2 arguments were supplied"},
		{"fn g() { yield_now(1); }", 1, 10, "this function takes 0 arguments but 1 argument was supplied"},
		{"fn g() { observe(true); }", 1, 18, "mismatched types: expected u32, found bool"},
		{"async fn f() { let x = 5u32; x.await; }", 1, 32, "`u32` is not a future"},
		{"async fn f() -> u32 { yield_now().await }", 1, 23, "mismatched types: expected u32, found ()"},
		{"fn f() { let x; }", 1, 14, "type annotations needed"},
		{"fn f() { let g = guard(1); let b = g == g; }", 1, 38, "binary operation `==` cannot be applied to type `Guard`"},
		{"fn f() -> ! { }", 1, 11, "mismatched types: expected !, found ()"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_check_error(cases[i].src, cases[i].line, cases[i].col, cases[i].msg);
}

static void test_match_exhaustiveness(void **state)
{
	(void)state;
	assert_check_error("fn f(x: u32) -> u32 { match x { 1 => 2 } }", 1, 29, "non-exhaustive patterns: `_` not covered");
	assert_check_error("fn f(x: bool) -> u32 { match x { true => 2 } }", 1, 30, "non-exhaustive patterns: `false` not covered");
	/* issue 22 item 4: literals inside variant patterns, bindings in or-patterns */
	assert_check_error("fn f(o: Option<u8>) -> u32 { match o { Some(0) => 1, None => 2 } }", 1, 36,
	                   "non-exhaustive patterns: `Some(1_u8..=u8::MAX)` not covered");
	assert_check_error("fn f(o: Option<bool>) -> u32 { match o { Some(true) => 1, None => 2 } }", 1, 38,
	                   "non-exhaustive patterns: `Some(false)` not covered");
	assert_check_error("fn f(o: Option<u32>) -> u32 { match o { Some(x) | None => 1 } }", 1, 51,
	                   "variable `x` is not bound in all patterns");
	assert_check_error("fn f(x: bool) { match x { } }", 1, 23, "non-exhaustive patterns: `false` and `true` not covered");
	AstProgram *p = check_ok("fn f(x: bool) -> u32 { match x { true => 1, false => 2 } }\n"
	                         "fn g(x: i8) -> u32 { match x { -1 | 0 => 1, _ => 2 } }");
	frontend_free(p);
}

static void test_borrowck_errors(void **state)
{
	(void)state;
	static const struct { const char *src; int line, col; const char *msg; } cases[] = {
		{"fn f() { let x = 5; x = 6; }", 1, 21, "cannot assign twice to immutable variable `x`"},
		{"fn f() { let x = 5; x += 1; }", 1, 21, "cannot assign twice to immutable variable `x`"},
		{"fn f(x: u32) { x = 5; }", 1, 16, "cannot assign to immutable argument `x`"},
		{"fn f() { let x: u32; observe(x); }", 1, 30, "used binding `x` isn't initialized"},
		{"fn f(c: bool) { let x: u32; if c { x = 1; } observe(x); }", 1, 53, "used binding `x` is possibly-uninitialized"},
		{"fn t(g: Guard) {}\nfn f() { let g = guard(1); t(g); t(g); }", 2, 36, "use of moved value: `g`"},
		{"fn t(g: Guard) {}\nfn f(c: bool) { let g = guard(1); if c { t(g); } t(g); }", 2, 52, "use of moved value: `g`"},
		{"fn t(g: Guard) {}\nfn f() { let g = guard(1); loop { t(g); } }", 2, 37, "use of moved value: `g`"},
		{"fn t(g: Guard) {}\nfn f() { let g = guard(1); let a = async move { t(g); }; t(g); }", 2, 60, "use of moved value: `g`"},
		{"async fn f() { let y = yield_now(); y.await; y.await; }", 1, 46, "use of moved value: `y`"},
		{"fn f() { let x = 1u32; let a = async { x += 1; }; }", 1, 40, "cannot assign to `x`, as it is not declared as mutable"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_check_error(cases[i].src, cases[i].line, cases[i].col, cases[i].msg);
	/* deferred initialization, re-initialization after a move, moves in exclusive arms */
	AstProgram *p = check_ok("fn t(g: Guard) {}\n"
	                         "fn f(c: bool) {\n"
	                         "    let x: u32;\n"
	                         "    if c { x = 1; } else { x = 2; }\n"
	                         "    observe(x);\n"
	                         "    let mut g = guard(1);\n"
	                         "    t(g);\n"
	                         "    g = guard(2);\n"
	                         "    if c { t(g); } else { t(g); }\n"
	                         "    let h = guard(3);\n"
	                         "    loop { if c { t(h); break; } }\n"
	                         "    let k = guard(4);\n"
	                         "    loop { t(k); return; }\n"
	                         "}\n"
	                         "fn g() {\n"
	                         "    let g = guard(1);\n"
	                         "    let _ = g;            // a place mention: no move\n"
	                         "    let a = async { let _ = g; };\n"
	                         "    t(g);\n"
	                         "    let u: u32;\n"
	                         "    let _ = u;\n"
	                         "}\n");
	assert_int_equal(fn_named(p, "g")->async_blocks[0]->ncaptures, 0);
	assert_true(fn_named(p, "g")->body->stmts[1].expr->mention_only);
	frontend_free(p);
}

static void test_lints(void **state)
{
	(void)state;
	static const struct { const char *src; int line, col; const char *msg; } cases[] = {
		{"fn f() { let x: u8 = 256; }", 1, 22, "literal out of range for `u8`"},
		{"fn f() { let x = 256u8; }", 1, 18, "literal out of range for `u8`"},
		{"fn f() { let x: i8 = -129; }", 1, 22, "literal out of range for `i8`"},
		{"fn f() { let x: i8 = 128; }", 1, 22, "literal out of range for `i8`"},
		{"fn f() { let x = 300 as u8; }", 1, 18, "literal out of range for `u8`"},
		{"fn f() { let x = 2147483648; }", 1, 18, "literal out of range for `i32`"},
		{"fn f(x: u8) { match x { 256 => {} _ => {} } }", 1, 25, "literal out of range for `u8`"},
		{"fn f(x: u32) -> u32 { x / 0 }", 1, 23, "this operation will panic at runtime"},
		{"fn f(x: u32) -> u32 { x % 0 }", 1, 23, "this operation will panic at runtime"},
		{"fn f() -> u8 { 1u8 << 9 }", 1, 16, "this arithmetic operation will overflow"},
		{"fn f() -> u8 { 255u8 + 1 }", 1, 16, "this arithmetic operation will overflow"},
		{"fn f() -> u8 { let y = 5u8; y + 255 }", 1, 29, "this arithmetic operation will overflow"},
		{"fn f() -> i8 { -100i8 - 100 }", 1, 16, "this arithmetic operation will overflow"},
		{"fn f() -> u8 { 0u8 - 1 }", 1, 16, "this arithmetic operation will overflow"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_check_error(cases[i].src, cases[i].line, cases[i].col, cases[i].msg);
	/* limits that fit, and arithmetic lints skipped in coroutine bodies as rustc does */
	AstProgram *p = check_ok("fn f() -> i64 { let a = -128i8; let b = 255u8; let c = -9223372036854775808i64; c }\n"
	                         "async fn g(x: u32) -> u32 { x / 0 }\n"
	                         "fn h() { let b = async { 255u8 + 1 }; }\n"
	                         "fn k(x: u32) -> u32 { let m = 200u8 as i8; x / 1 }\n");
	frontend_free(p);
}

/* clone39: an item's Copy-ness is the program's that names it (no thread-local): struct 0 is Copy in
 * one program and not in another, both alive at once, asked in either order */
static void test_copy_of_program(void **state)
{
	(void)state;
	AstProgram *a = check_ok("#[derive(Clone, Copy)]\nstruct S { x: u32 }\nasync fn f(s: S) -> u32 { let t = s; s.x + t.x }\n");
	AstProgram *b = check_ok("struct S { g: Guard }\nasync fn f(s: S) { let _t = s; }\n");
	AstType s = {ATY_STRUCT, 0};
	assert_true(ast_type_is_copy(a, s));
	assert_false(ast_type_is_copy(b, s));
	assert_true(ast_type_is_copy(a, s));
	assert_true(ast_type_is_copy(a, ast_array_type(s, 2)));
	assert_false(ast_type_is_copy(b, ast_array_type(s, 2)));
	frontend_free(b);
	frontend_free(a);
}

static void test_async_recursion(void **state)
{
	(void)state;
	assert_check_error("async fn f() -> u32 { f().await }", 1, 1, "recursion in an async fn requires boxing");
	assert_check_error("async fn a() { b().await }\nasync fn b() { a().await }", 1, 1,
	                   "recursion in an async fn requires boxing");
	AstProgram *p = check_ok("fn s(n: u32) -> u32 { if n == 0 { 0 } else { s(n - 1) } }");
	frontend_free(p);
}

/* ---------------------------------------------------------------------- */
/* The corpus                                                             */
/* ---------------------------------------------------------------------- */

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			char *bigger = realloc(buf, cap *= 2);
			if (!bigger)
				free(buf);
			buf = bigger;
		}
	}
	fclose(f);
	*len = n;
	return buf;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted *.rs files of dir; *n = 0 when the directory is missing. */
static char **list_rs(const char *dir, int *n)
{
	*n = 0;
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	char **names = NULL;
	int cap = 0;
	struct dirent *ent;
	while ((ent = readdir(d))) {
		size_t len = strlen(ent->d_name);
		if (len < 4 || strcmp(ent->d_name + len - 3, ".rs") || !strcmp(ent->d_name, "prelude.rs"))
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			names = realloc(names, sizeof *names * (size_t)cap);
			assert_non_null(names);
		}
		size_t plen = strlen(dir) + len + 2;
		names[*n] = malloc(plen);
		snprintf(names[(*n)++], plen, "%s/%s", dir, ent->d_name);
	}
	closedir(d);
	if (*n)
		qsort(names, (size_t)*n, sizeof *names, compare_names);
	return names;
}

/* The repository root, from this file's path (tests/unit/test_sema.c). */
static void root_path(char *out, size_t size, const char *rel)
{
	const char *file = __FILE__;
	const char *end = strstr(file, "tests/unit/test_sema.c");
	int prefix = end ? (int)(end - file) : 0;
	snprintf(out, size, "%.*s%s", prefix, file, rel);
}

/* The expectation of an invalid program: the line and the message substring. */
static int expected_error(const char *src, char *msg, size_t size)
{
	int line = 1;
	for (const char *p = src; *p; p++) {
		if (*p == '\n')
			line++;
		if (strncmp(p, "//~", 3))
			continue;
		p += 3;
		while (*p == '^')
			line--, p++;
		while (*p == ' ')
			p++;
		if (strncmp(p, "ERROR", 5))
			return 0;
		p += 5;
		while (*p == ' ')
			p++;
		if (p[0] == '[' && p[1] == 'E' && strchr(p, ']') && strchr(p, ']') < p + 8) { /* `[E0499]`: rustc's code */
			p = strchr(p, ']') + 1;
			while (*p == ' ')
				p++;
		}
		size_t n = strcspn(p, "\r\n");
		while (n > 0 && p[n - 1] == ' ')
			n--;
		snprintf(msg, size, "%.*s", (int)n, p);
		return line;
	}
	return 0;
}

static int run_dir(const char *rel, bool expect_valid, int *total)
{
	char dir[1024];
	root_path(dir, sizeof dir, rel);
	int n = 0, failures = 0;
	char **files = list_rs(dir, &n);
	for (int i = 0; i < n; i++) {
		size_t len = 0;
		char *src = read_file(files[i], &len);
		assert_non_null(src);
		Diag d = {0};
		AstProgram *p = frontend_parse(files[i], src, len, &d);
		int ok = p && frontend_check(p, &d);
		frontend_free(p);
		if (expect_valid && !ok) {
			printf("FAIL %s: ", files[i]);
			frontend_print_diag(stdout, &d, src, len);
			failures++;
		} else if (!expect_valid) {
			char want[256];
			int line = expected_error(src, want, sizeof want);
			if (!line) {
				printf("FAIL %s: no //~ ERROR marker\n", files[i]);
				failures++;
			} else if (ok) {
				printf("FAIL %s: accepted, expected line %d: %s\n", files[i], line, want);
				failures++;
			} else if (d.line != line || !strstr(d.msg, want)) {
				printf("FAIL %s: expected line %d: %s\n     got ", files[i], line, want);
				frontend_print_diag(stdout, &d, src, len);
				failures++;
			}
		}
		free(src);
		free(files[i]);
	}
	free(files);
	*total += n;
	return failures;
}

static void test_corpus(void **state)
{
	(void)state;
	int total = 0, failures = 0;
	failures += run_dir("tests/rust", true, &total);
	failures += run_dir("bench", true, &total);
	failures += run_dir("tests/rust/invalid", false, &total);
	printf("corpus: %d/%d passed\n", total - failures, total);
	assert_true(total > 0);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literal_inference),
		cmocka_unit_test(test_future_types),
		cmocka_unit_test(test_divergence),
		cmocka_unit_test(test_bindings),
		cmocka_unit_test(test_captures),
		cmocka_unit_test(test_capture_orders),
		cmocka_unit_test(test_nested_captures),
		cmocka_unit_test(test_guard_moved_through_nested_blocks),
		cmocka_unit_test(test_name_errors),
		cmocka_unit_test(test_context_errors),
		cmocka_unit_test(test_type_errors),
		cmocka_unit_test(test_match_exhaustiveness),
		cmocka_unit_test(test_borrowck_errors),
		cmocka_unit_test(test_lints),
		cmocka_unit_test(test_async_recursion),
		cmocka_unit_test(test_copy_of_program),
		cmocka_unit_test(test_corpus),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
