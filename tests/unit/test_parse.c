/* test_parse.c — the parser: precedence and associativity, every construct,
 * unsupported Rust, error positions. Trees are compared as S-expressions. */
#define _POSIX_C_SOURCE 200809L /* fmemopen */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../frontend/syntax.h"

/* ---------------------------------------------------------------------- */
/* S-expression printer                                                   */
/* ---------------------------------------------------------------------- */

typedef struct Buf {
	char text[4096];
	size_t len;
} Buf;

static void put(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(b->text + b->len, sizeof b->text - b->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		b->len += (size_t)n;
	if (b->len >= sizeof b->text)
		b->len = sizeof b->text - 1;
}

static void put_expr(Buf *b, const AstExpr *e);

static void put_block(Buf *b, const AstBlock *blk)
{
	put(b, "{");
	for (int i = 0; i < blk->nstmts; i++) {
		const AstStmt *s = &blk->stmts[i];
		if (i)
			put(b, " ");
		if (s->kind == ASTMT_LET) {
			put(b, "(let %s%s", s->var && s->var->is_mut ? "mut " : "", s->var ? s->var->name : "_");
			if (s->has_type)
				put(b, ": %s", ast_type_name(s->annot));
			if (s->expr) {
				put(b, " = ");
				put_expr(b, s->expr);
			}
			put(b, ")");
		} else if (s->kind == ASTMT_EXPR) {
			put_expr(b, s->expr);
			if (s->has_semi)
				put(b, ";");
		} else {
			put(b, ";");
		}
	}
	if (blk->tail) {
		if (blk->nstmts)
			put(b, " ");
		put_expr(b, blk->tail);
	}
	put(b, "}");
}

static void put_expr(Buf *b, const AstExpr *e)
{
	switch (e->kind) {
	case EXPR_INT:
		put(b, "%llu%s", (unsigned long long)e->int_value,
		    e->int_suffix == ATY_VAR ? "" : ast_type_name(ast_type(e->int_suffix)));
		return;
	case EXPR_BOOL: put(b, e->bool_value ? "true" : "false"); return;
	case EXPR_UNIT: put(b, "()"); return;
	case EXPR_VAR: put(b, "%s", e->name); return;
	case EXPR_PANIC: put(b, "(panic %d \"%s\")", (int)e->panic_kind, e->name); return; /* mac40 */
	case EXPR_FIELD:
		put_expr(b, e->lhs);
		put(b, ".%s", e->name);
		return;
	case EXPR_REF:
	case EXPR_DEREF:
		put(b, "(%s ", e->kind == EXPR_DEREF ? "*" : e->ref_mut ? "&mut" : "&");
		put_expr(b, e->lhs);
		put(b, ")");
		return;
	case EXPR_STRUCT:
		put(b, "%s {", e->strukt->name);
		for (int i = 0; i < e->ninits; i++) {
			put(b, i ? ", " : " ");
			if (e->inits[i].name)
				put(b, "%s: ", e->inits[i].name);
			put_expr(b, e->inits[i].value);
		}
		put(b, " }");
		return;
	case EXPR_UNARY:
		put(b, "(%s ", e->un_op == AOP_NEG ? "-" : "!");
		put_expr(b, e->lhs);
		put(b, ")");
		return;
	case EXPR_BINARY:
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		put(b, "(%s%s ", e->kind == EXPR_ASSIGN ? "=" : ast_binop_spelling(e->bin_op),
		    e->kind == EXPR_OP_ASSIGN ? "=" : "");
		put_expr(b, e->lhs);
		put(b, " ");
		put_expr(b, e->rhs);
		put(b, ")");
		return;
	case EXPR_CAST:
		put(b, "(as ");
		put_expr(b, e->lhs);
		put(b, " %s)", ast_type_name(e->cast_to));
		return;
	case EXPR_CALL:
		put(b, "(call %s", e->name);
		for (int i = 0; i < e->nargs; i++) {
			put(b, " ");
			put_expr(b, e->args[i]);
		}
		put(b, ")");
		return;
	case EXPR_AWAIT:
		put(b, "(await ");
		put_expr(b, e->lhs);
		put(b, ")");
		return;
	case EXPR_BLOCK: put_block(b, e->block); return;
	case EXPR_IF:
		put(b, "(if ");
		put_expr(b, e->cond);
		put(b, " ");
		put_block(b, e->block);
		if (e->els) {
			put(b, " ");
			put_expr(b, e->els);
		}
		put(b, ")");
		return;
	case EXPR_MATCH:
		put(b, "(match ");
		put_expr(b, e->lhs);
		for (int i = 0; i < e->narms; i++) {
			put(b, " (");
			for (int k = 0; k < e->arms[i].npats; k++) {
				const AstPattern *p = &e->arms[i].pats[k];
				if (k)
					put(b, "|");
				if (p->is_wildcard)
					put(b, "_");
				else if (p->is_bool)
					put(b, p->value ? "true" : "false");
				else
					put(b, "%s%llu", p->negative ? "-" : "", (unsigned long long)p->value);
			}
			if (e->arms[i].guard) { /* guard27 */
				put(b, " if ");
				put_expr(b, e->arms[i].guard);
			}
			put(b, " => ");
			put_expr(b, e->arms[i].body);
			put(b, ")");
		}
		put(b, ")");
		return;
	case EXPR_LOOP: put(b, "(loop "); put_block(b, e->block); put(b, ")"); return;
	case EXPR_WHILE:
		put(b, "(while ");
		put_expr(b, e->cond);
		put(b, " ");
		put_block(b, e->block);
		put(b, ")");
		return;
	case EXPR_BREAK: put(b, "break"); return;
	case EXPR_CONTINUE: put(b, "continue"); return;
	case EXPR_RETURN:
		put(b, "(return");
		if (e->lhs) {
			put(b, " ");
			put_expr(b, e->lhs);
		}
		put(b, ")");
		return;
	case EXPR_ASYNC:
		put(b, "(async %s", e->async_block->is_move ? "move " : "");
		put_block(b, e->async_block->body);
		put(b, ")");
		return;
	case EXPR_VARIANT:
	case EXPR_ARRAY:
	case EXPR_REPEAT:
	case EXPR_INDEX:
		put(b, "(expr kind %d)", (int)e->kind); /* no row of these tests prints one */
		return;
	}
}

/* ---------------------------------------------------------------------- */
/* Helpers                                                                */
/* ---------------------------------------------------------------------- */

static AstProgram *parse_ok(const char *src)
{
	Diag d = {0};
	AstProgram *p = frontend_parse("t.rs", src, strlen(src), &d);
	if (!p)
		fail_msg("`%s`: %d:%d: %s", src, d.line, d.col, d.msg);
	return p;
}

/* The body of `fn f() { body }` printed as a block. */
static void assert_body(const char *body, const char *want)
{
	char src[2048];
	snprintf(src, sizeof src, "fn f() {%s}", body);
	AstProgram *p = parse_ok(src);
	Buf b = {{0}, 0};
	put_block(&b, p->fns[0]->body);
	if (strcmp(b.text, want))
		fail_msg("`%s`:\n  got  %s\n  want %s", body, b.text, want);
	frontend_free(p);
}

/* A single expression: the tail of the body. */
static void assert_expr(const char *expr, const char *want)
{
	char src[2048];
	snprintf(src, sizeof src, "fn f() { %s }", expr);
	AstProgram *p = parse_ok(src);
	Buf b = {{0}, 0};
	assert_non_null(p->fns[0]->body->tail);
	put_expr(&b, p->fns[0]->body->tail);
	if (strcmp(b.text, want))
		fail_msg("`%s`:\n  got  %s\n  want %s", expr, b.text, want);
	frontend_free(p);
}

static void assert_parse_error(const char *src, int line, int col, const char *msg_part)
{
	Diag d = {0};
	AstProgram *p = frontend_parse("t.rs", src, strlen(src), &d);
	if (p) {
		frontend_free(p);
		fail_msg("`%s`: parsed, expected `%s`", src, msg_part);
	}
	if (!strstr(d.msg, msg_part) || d.line != line || d.col != col)
		fail_msg("`%s`:\n  got  %d:%d: %s\n  want %d:%d: ...%s...", src, d.line, d.col, d.msg, line, col, msg_part);
	assert_string_equal(d.file, "t.rs");
}

/* ---------------------------------------------------------------------- */
/* Tests                                                                  */
/* ---------------------------------------------------------------------- */

static void test_precedence(void **state)
{
	(void)state;
	assert_expr("1 + 2 * 3", "(+ 1 (* 2 3))");
	/* field access binds like .await: tighter than unary and binary operators */
	assert_expr("-a.b", "(- a.b)");
	assert_expr("a.0 * b.x.1", "(* a.0 b.x.1)");
	assert_expr("*r.a + *&mut x", "(+ (* r.a) (* (&mut x)))"); /* references: unary, below postfix */
	assert_expr("1 * 2 + 3", "(+ (* 1 2) 3)");
	assert_expr("a - b - c", "(- (- a b) c)");
	assert_expr("a / b % c", "(% (/ a b) c)");
	assert_expr("a as u8 * b", "(* (as a u8) b)");
	assert_expr("-a as u16", "(as (- a) u16)");
	assert_expr("a as u8 as u32", "(as (as a u8) u32)");
	assert_expr("1 << 2 + 3", "(<< 1 (+ 2 3))");
	assert_expr("a & b == c", "(== (& a b) c)");
	assert_expr("a | b ^ c & d", "(| a (^ b (& c d)))");
	assert_expr("a << b & c", "(& (<< a b) c)");
	assert_expr("a == b && c || d && e", "(|| (&& (== a b) c) (&& d e))");
	assert_expr("(a < b) == (c < d)", "(== (< a b) (< c d))");
	assert_expr("!a && -b < c", "(&& (! a) (< (- b) c))");
	assert_expr("- - x", "(- (- x))");
	assert_expr("-f().await", "(- (await (call f)))");
	assert_expr("!x.await.await", "(! (await (await x)))");
	assert_expr("(a + b) * c", "(* (+ a b) c)");
	assert_expr("a >= b", "(>= a b)");
	assert_expr("a <= b", "(<= a b)");
}

static void test_assignment(void **state)
{
	(void)state;
	assert_body("x = y = 1;", "{(= x (= y 1));}");
	assert_body("x += 1 + 2;", "{(+= x (+ 1 2));}");
	static const char *const ops[] = {"-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="};
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		char body[64], want[64];
		snprintf(body, sizeof body, "x %s 2;", ops[i]);
		snprintf(want, sizeof want, "{(%s x 2);}", ops[i]);
		assert_body(body, want);
	}
	assert_body("(x) = 1;", "{(= x 1);}");
}

static void test_literals_and_calls(void **state)
{
	(void)state;
	assert_expr("0xffu8 + 7_i64", "(+ 255u8 7i64)");
	assert_expr("()", "()");
	assert_expr("f(1, g(2,), h())", "(call f 1 (call g 2) (call h))");
	assert_expr("true", "true");
}

static void test_statements(void **state)
{
	(void)state;
	assert_body("let x = 1; let mut y: u8; let _ = 2; ;", "{(let x = 1) (let mut y: u8) (let _ = 2) ;}");
	/* a block-like expression statement ends at its `}`; `- 1` is a new expression */
	assert_body("if c {} - 1", "{(if c {}) (- 1)}");
	assert_body("loop {} x", "{(loop {}) x}");
	assert_body("{ 1 } - 1;", "{{1} (- 1);}");
	assert_body("match x { _ => {} } 5", "{(match x (_ => {})) 5}");
	/* `.` continues a block-like statement */
	assert_body("async {}.await; 1", "{(await (async {})); 1}");
	assert_body("while a { break; continue; }", "{(while a {break; continue;})}");
	assert_body("return;", "{(return);}");
	assert_body("return 1 + 2", "{(return (+ 1 2))}");
}

static void test_control_flow(void **state)
{
	(void)state;
	assert_expr("if a { 1 } else if b { 2 } else { 3 }", "(if a {1} (if b {2} {3}))");
	assert_expr("match x { 1 | 2 => 3, -4 => { 5 } _ => 6 }",
	            "(match x (1|2 => 3) (-4 => {5}) (_ => 6))");
	assert_expr("match b { | true => 1, false => 2, }", "(match b (true => 1) (false => 2))");
	/* guard27: a guard is an expression up to `=>`, a struct literal allowed in it */
	assert_expr("match x { 1 | 2 if a && b => 3, _ if c => 4, _ => 5 }",
	            "(match x (1|2 if (&& a b) => 3) (_ if c => 4) (_ => 5))");
	assert_expr("match x { 0 => if a { 1 } else { 2 } _ => loop {} }",
	            "(match x (0 => (if a {1} {2})) (_ => (loop {})))");
	assert_expr("loop { if a { break } }", "(loop {(if a {break})})");
	assert_expr("async move { x }", "(async move {x})");
	assert_expr("async { yield_now().await }", "(async {(await (call yield_now))})");
}

static void test_items(void **state)
{
	(void)state;
	AstProgram *p = parse_ok("#![allow(unused)]\n"
	                         "#[inline(never)]\n"
	                         "async fn a(x: u32, mut y: Guard) -> u64 { 0 }\n"
	                         "fn b() -> ! { loop {} }\n"
	                         "fn c(_: bool,) {}\n");
	assert_int_equal(p->nfns, 3);
	AstFn *a = p->fns[0];
	assert_true(a->is_async);
	assert_string_equal(a->name, "a");
	assert_int_equal(a->line, 3);
	assert_int_equal(a->col, 10);
	assert_int_equal(a->fn_line, 3);
	assert_int_equal(a->fn_col, 1);
	assert_int_equal(a->ret.kind, ATY_U64);
	assert_int_equal(a->nparams, 2);
	assert_int_equal(a->params[0]->ty.kind, ATY_U32);
	assert_int_equal(a->params[1]->ty.kind, ATY_GUARD);
	assert_true(a->params[1]->is_mut);
	assert_int_equal(a->params[1]->kind, VAR_PARAM);
	assert_int_equal(a->params[1]->id, 1);
	assert_false(p->fns[1]->is_async);
	assert_int_equal(p->fns[1]->ret.kind, ATY_NEVER);
	assert_int_equal(p->fns[2]->ret.kind, ATY_UNIT);
	assert_false(p->fns[2]->has_ret);
	frontend_free(p);
}

static void test_positions_and_async_blocks(void **state)
{
	(void)state;
	AstProgram *p = parse_ok("fn f() {\n"
	                         "    let a = async { 1 };\n"
	                         "    let b = async move { async { 2 } };\n"
	                         "    x.await + y\n"
	                         "}\n");
	AstFn *fn = p->fns[0];
	assert_int_equal(fn->nasync, 3);
	assert_int_equal(p->nasync, 3);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(fn->async_blocks[i]->index_in_fn, i);
		assert_ptr_equal(fn->async_blocks[i]->fn, fn);
	}
	AstAsyncBlock *outer = fn->async_blocks[1], *inner = fn->async_blocks[2];
	assert_int_equal(fn->async_blocks[0]->line, 2);
	assert_int_equal(fn->async_blocks[0]->col, 13);
	assert_true(outer->is_move);
	assert_int_equal(outer->line, 3);
	assert_int_equal(outer->col, 13);
	assert_ptr_equal(inner->parent, outer);
	assert_int_equal(inner->col, 26);
	assert_null(outer->parent);
	/* lets: scope block and async owner */
	assert_int_equal(fn->nvars, 2);
	assert_ptr_equal(fn->vars[0]->scope, fn->body);
	assert_int_equal(fn->vars[1]->col, 9);
	AstExpr *tail = fn->body->tail;
	assert_int_equal(tail->kind, EXPR_BINARY);
	assert_int_equal(tail->line, 4);
	assert_int_equal(tail->col, 5);
	assert_int_equal(tail->op_col, 13);
	assert_int_equal(tail->lhs->kind, EXPR_AWAIT);
	assert_int_equal(tail->lhs->op_col, 7);
	assert_true(tail->lhs->lhs->is_place);
	assert_false(tail->lhs->is_place);
	assert_int_equal(fn->body->end_line, 5);
	assert_int_equal(fn->body->end_col, 1);
	frontend_free(p);
}

/* DELIM_MAX_OPEN open delimiters, then one more: "nesting too deep" at that one, before the parse
 * error earlier in the file */
static void assert_nesting_too_deep(void)
{
	const char *head = "fn f() { let = 5; ";
	size_t n = strlen(head);
	char *src = malloc(n + DELIM_MAX_OPEN + 2);
	assert_non_null(src);
	memcpy(src, head, n);
	memset(src + n, '(', DELIM_MAX_OPEN); /* the body's `{` is open too: the last `(` is one more */
	strcpy(src + n + DELIM_MAX_OPEN, "1");
	assert_parse_error(src, 1, (int)n + DELIM_MAX_OPEN, "nesting too deep");
	free(src);
}

static void test_syntax_errors(void **state)
{
	(void)state;
	assert_parse_error("fn f() -> bool { a < b < c }", 1, 20, "comparison operators cannot be chained");
	assert_parse_error("fn f() -> bool { a == b == c }", 1, 20, "comparison operators cannot be chained");
	assert_parse_error("fn f() -> bool { a < b == c }", 1, 20, "comparison operators cannot be chained");
	assert_parse_error("fn f() {\n  let x = 1\n  x\n}", 2, 12, "expected `;`, found `x`");
	assert_parse_error("fn f() { let x = 1 $ 2; }", 1, 20, "expected one of `.`, `;`, `?`, `else`, or an operator, found `$`");
	assert_parse_error("fn f() { g() h() }", 1, 14, "expected one of `.`, `;`, `?`, `}`, or an operator, found `h`");
	assert_parse_error("fn f() {\n  observe(1);\n  2 // x\n", 3, 10, "this file contains an unclosed delimiter");
	assert_parse_error("fn f() { 2 }\n}", 2, 1, "unexpected closing delimiter: `}`");
	assert_parse_error("fn f() { (1 }", 1, 10, "mismatched closing delimiter: `}`");
	/* the lexer matches the delimiters (lex.c match_delimiter): its first error, before any parse error
	 * (even one earlier in the file), and only the first */
	assert_parse_error("fn f() { let = 5; (1 ] }", 1, 19, "mismatched closing delimiter: `]`");
	assert_parse_error("fn f() { (1 ] }\n)", 1, 10, "mismatched closing delimiter: `]`");
	assert_parse_error("fn f() { let = 5; }\n]\n(", 2, 1, "unexpected closing delimiter: `]`");
	assert_parse_error("fn f() { let = 5; }\n[", 2, 2, "this file contains an unclosed delimiter");
	assert_nesting_too_deep();
	assert_parse_error("fn f(x: u32) u32 { x }", 1, 14, "expected one of `->`, `where`, or `{`, found `u32`");
	assert_parse_error("fn f() { let loop = 3; }", 1, 14, "expected identifier, found keyword `loop`");
	assert_parse_error("fn f() { let = 5; }", 1, 14, "expected pattern, found `=`");
	assert_parse_error("fn f(x: u32) { match x { 0 1, _ => 2 } }", 1, 28, "expected one of `...`, `..=`, `..`, `=>`, `if`, or `|`, found `1`");
	assert_parse_error("fn f(x: u32) { match x { _ 1, } }", 1, 28, "expected one of `=>`, `if`, or `|`, found `1`");
	assert_parse_error("fn f() { 1 + ; }", 1, 14, "expected expression, found `;`");
	assert_parse_error("fn f() -> u32 { x as u32 < 5 }", 1, 26, "`<` is interpreted as a start of generic arguments for `u32`, not a comparison");
	assert_parse_error("fn f() { let x: Foo = 1; }", 1, 17, "cannot find type `Foo` in this scope");
	/* resolution comes after parsing: a later syntax error wins */
	assert_parse_error("fn f() { let x: Foo = 1; }\nfn g() { let = 2; }", 2, 14, "expected pattern, found `=`");
	assert_parse_error("fn", 1, 3, "expected identifier, found `<eof>`");
	assert_parse_error("async x", 1, 1, "expected item, found keyword `async`");
	assert_parse_error("x", 1, 1, "expected item, found `x`");
	/* literals are checked while parsing, after delimiters, as in rustc */
	assert_parse_error("fn f() { let x = 1u9; }", 1, 18, "invalid suffix `u9` for number literal");
	assert_parse_error("fn f() { let x = 1.5;\n", 1, 23, "this file contains an unclosed delimiter");
	assert_parse_error("fn f() { let s = \"a\nb\"; }", 1, 18, "string literals are not supported");
}

static void test_unsupported(void **state)
{
	(void)state;
	static const struct { const char *src; int col; const char *msg; } cases[] = {
		{"struct S<T> { x: T }", 9, "generic structs are not supported"},
		{"enum E<T> { A(T), B }", 7, "generic enums are not supported"},
		{"impl<T> X {}", 5, "generic impl blocks are not supported"},
		{"trait T<X> {}", 8, "generic traits are not supported"},
		{"use std::x;", 1, "use declarations are not supported"},
		{"mod m {}", 1, "modules are not supported"},
		{"static mut X: u32 = 1;", 1, "`static mut` items are not supported"}, /* consts35: immutable statics are accepted */
		{"const X: f32 = 1;", 10, "type `f32` is not supported"}, /* const33: integer, bool and char const items are */
		{"type T<X> = X;", 7, "generic type aliases are not supported"},
		{"trait T { pub fn m(&self); }", 11, "visibility qualifiers are not permitted here"},
		{"macro_rules! m {}", 1, "macros are not supported"},
		{"fn f<T>() {}", 5, "generic functions are not supported"},
		{"fn f(&self) {}", 6, "`self` parameter is only allowed in associated functions"},
		{"fn f(x: &&&&&&&&&&&&&&&&&&u32) {}", 25, "references nested more than 16 deep are not supported"},
		{"fn f(x: (u32, u8)) {}", 9, "tuple types are not supported"},
		{"fn f(x: [u8]) {}", 9, "the size for values of type `[u8]` cannot be known at compilation time"},
		{"fn f(x: [[u8; 2]; 4]) {}", 10, "arrays of arrays are not supported"},
		{"fn f(x: f32) {}", 9, "type `f32` is not supported"},
		{"fn f() -> impl Fn() {}", 11, "`impl Trait` types are not supported"},
		{"fn f() { let c = |x| x; }", 18, "closures are not supported"},
		{"fn f() { let c = move || 1; }", 18, "closures are not supported"},
		{"fn f(x: &'a u32) {}", 10, "lifetimes are not supported"},
		{"fn f() { for i in 0.. {} }", 20, "a `for` loop over a range without an end is not supported"},
		{"fn f() { for i in (0..3) {} }", 21, "ranges are not supported"},
		{"fn f() { for ref i in 0..3 {} }", 14, "a `for` loop's pattern other than a binding or `_` is not supported"},
		{"fn f() -> &u32 {}", 11, "returning a reference is not supported"},
		{"fn f() { x.0x1; }", 12, "invalid tuple index `0x1`"},
		{"fn f() { let a = [1u8; 0]; }", 24, "an array of length 0 is not supported"},
		{"fn f(o: Option<Option<u32>>>) {}", 28, "expected `)`, found `>`"},
		{"fn f() { println!(); }", 10, "the macro `println!` is not supported"}, /* mac40: assert!, panic!, matches! .. are built */
		{"fn f() { a::b(); }", 10, "paths are not supported"},
		{"fn f() { let t = (1, 2); }", 18, "tuples are not supported"},
		{"fn f() { let a = []; }", 18, "an empty array is not supported"},
		{"fn f() { if let _ = x {} }", 17, "`if let` with a pattern other than an enum variant is not supported"},
		{"fn f() { while let _ = x {} }", 20, "`while let` with a pattern other than an enum variant is not supported"},
		{"fn f() { 'a: 5; }", 14, "expected `while`, `for`, `loop` or `{` after a label"}, /* flow40: labels parse */
		{"fn f() { 'a loop {} }", 13, "expected `:`"},
		{"fn f() { loop { break 'a 'b: loop {}; } }", 26, "a labeled expression as `break`'s value is not supported"},
		{"fn f() { loop { break 'a: loop {}; } }", 25, "expected one of `.`, `;`, `?`, `}`, or an operator, found `:`"},
		{"fn f() { unsafe {} }", 10, "unsafe blocks are not supported"},
		{"fn f() { match x { 1..=(2) => {} } }", 24, /* `1..=N` is a path bound since diag27 (sema) */ "range pattern bounds other than integer literals, byte literals and integer `MIN`/`MAX` are not supported"},
		{"fn f() { match x { _ if => {} } }", 25, "expected expression, found `=>`"}, /* guard27: guards parse */
		{"fn f() { let (a, b) = t; }", 14, "tuple patterns are not supported"},
		{"fn f() { const _: u32 = 1; }", 10, "`const _` items are not supported"}, /* items29-31, const33: fn, struct, enum, impl, trait, const items are */
		{"fn f() { let r = 0..5; }", 19, "ranges are not supported"},
		{"fn f() { (f)(); }", 13, "calling expressions other than function names is not supported"},
		{"fn f() { let x = 1 else { return }; }", 20, "`let`-`else` is not supported"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_parse_error(cases[i].src, 1, cases[i].col, cases[i].msg);
}

static void test_nesting_limits(void **state)
{
	(void)state;
	/* deep parentheses: an error, not a stack overflow */
	static char src[20000];
	size_t n = 0;
	n += (size_t)snprintf(src + n, sizeof src - n, "fn f() -> u32 { ");
	for (int i = 0; i < 5000; i++)
		src[n++] = '(';
	src[n++] = '1';
	for (int i = 0; i < 5000; i++)
		src[n++] = ')';
	n += (size_t)snprintf(src + n, sizeof src - n, " }");
	Diag d = {0};
	assert_null(frontend_parse("t.rs", src, n, &d));
	assert_string_equal(d.msg, "nesting too deep");

	/* deep blocks and unary chains */
	n = 0;
	n += (size_t)snprintf(src + n, sizeof src - n, "fn f() { ");
	for (int i = 0; i < 3000; i++)
		src[n++] = '-';
	n += (size_t)snprintf(src + n, sizeof src - n, "1 }");
	d = (Diag){0};
	assert_null(frontend_parse("t.rs", src, n, &d));
	assert_string_equal(d.msg, "nesting too deep");

	/* a long flat chain is fine up to the tree-depth limit, then an error */
	n = 0;
	n += (size_t)snprintf(src + n, sizeof src - n, "fn f() -> u32 { 1");
	for (int i = 0; i < 500; i++)
		n += (size_t)snprintf(src + n, sizeof src - n, "+1");
	n += (size_t)snprintf(src + n, sizeof src - n, " }");
	d = (Diag){0};
	AstProgram *p = frontend_parse("t.rs", src, n, &d);
	assert_non_null(p);
	frontend_free(p);
	n = 0;
	n += (size_t)snprintf(src + n, sizeof src - n, "fn f() -> u32 { 1");
	for (int i = 0; i < 3000; i++)
		n += (size_t)snprintf(src + n, sizeof src - n, "+1");
	n += (size_t)snprintf(src + n, sizeof src - n, " }");
	d = (Diag){0};
	assert_null(frontend_parse("t.rs", src, n, &d));
	assert_string_equal(d.msg, "nesting too deep");
}

static void test_truncated_inputs(void **state)
{
	(void)state;
	/* every prefix of a valid program fails cleanly or parses: never crashes */
	const char *src = "async fn f(x: u32) -> u32 { let mut a = async move { x }; "
	                  "match a.await { 1 | 2 => { a = 3; } _ => {} } while x < 3 { break; } "
	                  "if x == 0 { return 1; } else { loop {} } }";
	size_t len = strlen(src);
	for (size_t i = 0; i <= len; i++) {
		Diag d = {0};
		AstProgram *p = frontend_parse("t.rs", src, i, &d);
		if (p) {
			frontend_check(p, &d);
			frontend_free(p);
		} else {
			assert_true(d.failed);
			assert_true(d.line >= 1);
		}
	}
}

static void test_print_diag(void **state)
{
	(void)state;
	const char *src = "fn f() {\n\tlet x = 1 $ 2;\n}\n";
	Diag d = {0};
	assert_null(frontend_parse("t.rs", src, strlen(src), &d));
	char out[512] = {0};
	FILE *f = fmemopen(out, sizeof out - 1, "w");
	frontend_print_diag(f, &d, src, strlen(src));
	fclose(f);
	assert_string_equal(out, "t.rs:2:12: error: expected one of `.`, `;`, `?`, `else`, or an operator, found `$`\n"
	                         "    2 | \tlet x = 1 $ 2;\n"
	                         "      | \t          ^\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_precedence),
		cmocka_unit_test(test_assignment),
		cmocka_unit_test(test_literals_and_calls),
		cmocka_unit_test(test_statements),
		cmocka_unit_test(test_control_flow),
		cmocka_unit_test(test_items),
		cmocka_unit_test(test_positions_and_async_blocks),
		cmocka_unit_test(test_syntax_errors),
		cmocka_unit_test(test_unsupported),
		cmocka_unit_test(test_nesting_limits),
		cmocka_unit_test(test_truncated_inputs),
		cmocka_unit_test(test_print_diag),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
