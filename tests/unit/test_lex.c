/* test_lex.c — the lexer: every token kind, literal forms, positions, errors. */
#include <stdarg.h>
#include <stdlib.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "../../frontend/syntax.h"

typedef struct Lexed {
	Arena *arena;
	Token *toks;
	int n;
	Diag diag;
} Lexed;

static Lexed lex_str(const char *src)
{
	Lexed l = {0};
	l.arena = arena_new();
	l.toks = lex_tokens(src, strlen(src), l.arena, &l.n, NULL, &l.diag);
	return l;
}

/* Lexes src expecting exactly one token (plus EOF) of kind k. */
static void assert_single(const char *src, TokKind k)
{
	Lexed l = lex_str(src);
	assert_non_null(l.toks);
	assert_int_equal(l.n, 2);
	if (l.toks[0].kind != k)
		fail_msg("`%s`: kind %s, expected %s", src, lex_token_spelling(l.toks[0].kind), lex_token_spelling(k));
	assert_int_equal(l.toks[0].len, (int)strlen(src));
	assert_int_equal(l.toks[1].kind, TOK_EOF);
	free(l.toks);
	arena_free(l.arena);
}

static void assert_error(const char *src, int line, int col, const char *msg_part)
{
	Lexed l = lex_str(src);
	if (l.toks)
		fail_msg("`%s`: no error", src);
	if (!strstr(l.diag.msg, msg_part))
		fail_msg("`%s`: message `%s` lacks `%s`", src, l.diag.msg, msg_part);
	assert_int_equal(l.diag.line, line);
	assert_int_equal(l.diag.col, col);
	free(l.toks);
	arena_free(l.arena);
}

/* src lexes, with a TOK_ERROR token carrying the message (reported by the parser). */
static void assert_bad_literal(const char *src, int line, int col, const char *msg_part)
{
	Lexed l = lex_str(src);
	if (!l.toks)
		fail_msg("`%s`: lexer error %s", src, l.diag.msg);
	const Token *bad = NULL;
	for (int i = 0; i < l.n && !bad; i++)
		if (l.toks[i].kind == TOK_ERROR)
			bad = &l.toks[i];
	if (!bad)
		fail_msg("`%s`: no TOK_ERROR", src);
	if (!strstr(bad->error, msg_part) || bad->line != line || bad->col != col)
		fail_msg("`%s`: %d:%d: %s, want %d:%d: %s", src, bad->line, bad->col, bad->error, line, col, msg_part);
	assert_int_equal(l.toks[l.n - 1].kind, TOK_EOF);
	free(l.toks);
	arena_free(l.arena);
}

static void test_every_keyword_and_punctuator(void **state)
{
	(void)state;
	for (int k = TOK_FIRST_KEYWORD; k < NTOKKINDS; k++)
		assert_single(lex_token_spelling((TokKind)k), (TokKind)k);
}

static void test_identifiers(void **state)
{
	(void)state;
	assert_single("x", TOK_IDENT);
	assert_single("_g", TOK_IDENT);
	assert_single("yield_now", TOK_IDENT);
	assert_single("Guard", TOK_IDENT);
	assert_single("loop2", TOK_IDENT);
	assert_single("asynchronous", TOK_IDENT);
	assert_single("'a", TOK_LIFETIME);
}

static void assert_int(const char *src, uint64_t value, AstTypeKind suffix)
{
	Lexed l = lex_str(src);
	if (!l.toks)
		fail_msg("`%s`: %s", src, l.diag.msg);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.toks[0].kind, TOK_INT);
	assert_true(l.toks[0].int_value == value);
	assert_int_equal(l.toks[0].int_suffix, suffix);
	free(l.toks);
	arena_free(l.arena);
}

static void test_integer_literals(void **state)
{
	(void)state;
	assert_int("0", 0, ATY_VAR);
	assert_int("42", 42, ATY_VAR);
	assert_int("b'a'", 97, ATY_U8); /* a byte literal is a u8 (issue 22) */
	assert_int("b'\\n'", 10, ATY_U8);
	assert_int("b'\\0'", 0, ATY_U8);
	assert_int("b'\\''", 39, ATY_U8);
	assert_int("b'\\\\'", 92, ATY_U8);
	assert_int("b'\\xff'", 255, ATY_U8);
	assert_int("b'\\x7F'", 127, ATY_U8);
	assert_int("b'\"'", 34, ATY_U8);
	assert_int("1_000_000", 1000000, ATY_VAR);
	assert_int("0xff", 255, ATY_VAR);
	assert_int("0xFFu8", 255, ATY_U8);
	assert_int("0x1f32", 0x1f32, ATY_VAR); /* f is a hex digit, not a suffix */
	assert_int("0o17", 15, ATY_VAR);
	assert_int("0b1010_1010u32", 170, ATY_U32);
	assert_int("3u8", 3, ATY_U8);
	assert_int("7_i64", 7, ATY_I64);
	assert_int("5usize", 5, ATY_USIZE);
	assert_int("5isize", 5, ATY_ISIZE);
	assert_int("1u16", 1, ATY_U16);
	assert_int("1i8", 1, ATY_I8);
	assert_int("1i16", 1, ATY_I16);
	assert_int("1i32", 1, ATY_I32);
	assert_int("1u64", 1, ATY_U64);
	assert_int("18446744073709551615", UINT64_MAX, ATY_VAR);
	assert_int("1_", 1, ATY_VAR);
}

static void test_number_then_dot(void **state)
{
	(void)state;
	/* `1.await`, `1..2` are not floats */
	Lexed l = lex_str("x.await 1..2");
	assert_non_null(l.toks);
	TokKind want[] = {TOK_IDENT, TOK_DOT, TOK_AWAIT, TOK_INT, TOK_DOTDOT, TOK_INT, TOK_EOF};
	assert_int_equal(l.n, 7);
	for (int i = 0; i < 7; i++)
		assert_int_equal(l.toks[i].kind, want[i]);
	free(l.toks);
	arena_free(l.arena);
}

static void test_longest_match(void **state)
{
	(void)state;
	Lexed l = lex_str("a<<=b>>c<-d&&e..=f=>g->h::i");
	assert_non_null(l.toks);
	TokKind want[] = {TOK_IDENT, TOK_SHL_ASSIGN, TOK_IDENT, TOK_SHR, TOK_IDENT, TOK_LT, TOK_MINUS,
	                  TOK_IDENT, TOK_ANDAND, TOK_IDENT, TOK_DOTDOTEQ, TOK_IDENT, TOK_FATARROW,
	                  TOK_IDENT, TOK_ARROW, TOK_IDENT, TOK_PATHSEP, TOK_IDENT, TOK_EOF};
	assert_int_equal(l.n, (int)(sizeof want / sizeof want[0]));
	for (int i = 0; i < l.n; i++)
		assert_int_equal(l.toks[i].kind, want[i]);
	free(l.toks);
	arena_free(l.arena);
}

static void test_comments_and_positions(void **state)
{
	(void)state;
	const char *src = "//@ args: f 1\n"
	                  "fn /* a /* nested */ comment */ f() {\n"
	                  "\tx // tail\n"
	                  "}";
	Lexed l = lex_str(src);
	assert_non_null(l.toks);
	assert_int_equal(l.n, 8);
	assert_int_equal(l.toks[0].kind, TOK_FN);
	assert_int_equal(l.toks[0].line, 2);
	assert_int_equal(l.toks[0].col, 1);
	assert_int_equal(l.toks[1].kind, TOK_IDENT); /* f */
	assert_int_equal(l.toks[1].col, 33);
	assert_int_equal(l.toks[5].kind, TOK_IDENT); /* x after a tab: col counts bytes */
	assert_int_equal(l.toks[5].line, 3);
	assert_int_equal(l.toks[5].col, 2);
	assert_int_equal(l.toks[6].kind, TOK_RBRACE);
	assert_int_equal(l.toks[6].line, 4);
	free(l.toks);
	arena_free(l.arena);
}

static void test_multiline_comment_lines(void **state)
{
	(void)state;
	Lexed l = lex_str("/*\n\n*/ x");
	assert_non_null(l.toks);
	assert_int_equal(l.toks[0].line, 3);
	assert_int_equal(l.toks[0].col, 4);
	free(l.toks);
	arena_free(l.arena);
}

static void test_eof_position(void **state)
{
	(void)state;
	/* rustc reports the end of a newline-terminated file on its last line */
	Lexed l = lex_str("fn f() {\n  2 // x\n");
	assert_non_null(l.toks);
	assert_int_equal(l.toks[l.n - 1].kind, TOK_EOF);
	assert_int_equal(l.toks[l.n - 1].line, 2);
	assert_int_equal(l.toks[l.n - 1].col, 10);
	free(l.toks);
	arena_free(l.arena);
	l = lex_str("");
	assert_non_null(l.toks);
	assert_int_equal(l.n, 1);
	assert_int_equal(l.toks[0].line, 1);
	free(l.toks);
	arena_free(l.arena);
}

static void test_errors(void **state)
{
	(void)state;
	assert_bad_literal("x = 1.5;", 1, 5, "floating-point literals are not supported");
	assert_bad_literal("1.5e-3 x", 1, 1, "floating-point literals are not supported");
	assert_bad_literal("1e3", 1, 1, "floating-point literals are not supported");
	assert_bad_literal("2.", 1, 1, "floating-point literals are not supported");
	assert_bad_literal("1f32", 1, 1, "floating-point literals are not supported");
	assert_bad_literal("\n  \"hi\"", 2, 3, "string literals are not supported");
	assert_bad_literal("r#\"raw\"#", 1, 1, "string literals are not supported");
	assert_bad_literal("b\"x\"", 1, 1, "string literals are not supported");
	assert_error("\"open", 1, 1, "unterminated double quote string");
	/* char literals (diag27): an integer literal suffixed char holding the scalar value; rustc_lexer's
	 * unescape errors for malformed ones */
	assert_int("'a'", 'a', ATY_CHAR);
	assert_int("'\\n'", '\n', ATY_CHAR);
	assert_int("'\\''", '\'', ATY_CHAR);
	assert_int("'\\0'", 0, ATY_CHAR);
	assert_int("'\\x7F'", 0x7F, ATY_CHAR);
	assert_int("'\\u{1F600}'", 0x1F600, ATY_CHAR);
	assert_int("'\\u{10_FFFF}'", 0x10FFFF, ATY_CHAR);
	assert_int("'\xc3\xa9'", 0xE9, ATY_CHAR);
	assert_int("'\xf0\x9f\x98\x80'", 0x1F600, ATY_CHAR);
	assert_int("'\"'", '"', ATY_CHAR);
	assert_bad_literal("''", 1, 1, "empty character literal");
	assert_bad_literal("'''", 1, 2, "character constant must be escaped: `'`");
	assert_bad_literal("'\\q'", 1, 3, "unknown character escape: `q`");
	assert_bad_literal("'\\x80'", 1, 2, "out of range hex escape");
	assert_bad_literal("'\\u{D800}'", 1, 2, "invalid unicode character escape");
	assert_bad_literal("'\\u{110000}'", 1, 2, "invalid unicode character escape");
	assert_bad_literal("'\\u{}'", 1, 2, "empty unicode escape");
	assert_bad_literal("'ab'", 1, 1, "character literal may only contain one codepoint");
	assert_error("'\\n", 1, 1, "unterminated character literal");
	assert_error("'\xc3\xa9\n'", 1, 1, "unterminated character literal");
	/* byte literals (issue 22): rustc_lexer's unescape errors at its columns */
	assert_bad_literal("b''", 1, 3, "empty character literal");
	assert_bad_literal("b'''", 1, 3, "byte constant must be escaped: `'`");
	assert_bad_literal("b'\t'", 1, 3, "byte constant must be escaped: `\\t`");
	assert_bad_literal("b'\\q'", 1, 4, "unknown byte escape: `q`");
	assert_bad_literal("b'\\x4'", 1, 3, "numeric character escape is too short");
	assert_bad_literal("b'\\u{41}'", 1, 3, "unicode escape in byte string");
	assert_bad_literal("b'\xc3\xa9'", 1, 3, "non-ASCII character in byte literal");
	assert_bad_literal("b'ab'", 1, 1, "character literal may only contain one codepoint");
	assert_error("b'a", 1, 2, "unterminated byte constant");
	assert_error("b'a\n'", 1, 2, "unterminated byte constant");
	assert_bad_literal("1u128", 1, 1, "128-bit integers are not supported");
	assert_bad_literal("3u9", 1, 1, "invalid suffix `u9` for number literal");
	assert_bad_literal("0b102", 1, 5, "invalid digit for a base 2 literal");
	assert_bad_literal("0o8", 1, 3, "invalid digit for a base 8 literal");
	assert_bad_literal("0x", 1, 1, "no valid digits found for number");
	assert_bad_literal("340282366920938463463374607431768211456", 1, 1, "integer literal is too large"); /* u128::MAX + 1 */
	{ /* u64::MAX + 1 lexes (hunt30): sema_lint.c says "literal out of range for `T`", as rustc */
		Lexed l = lex_str("18446744073709551616");
		assert_non_null(l.toks);
		assert_int_equal(l.toks[0].kind, TOK_INT);
		assert_true(l.toks[0].int_big);
		free(l.toks);
		arena_free(l.arena);
	}
	assert_error("x /* never closed\n", 1, 3, "unterminated block comment");
	assert_error("/* /* */", 1, 1, "unterminated block comment");
	assert_error("a ` b", 1, 3, "unknown start of token: `");
	assert_error("caf\xc3\xa9", 1, 4, "non-ASCII characters are not supported");
	assert_error("r#fn", 1, 1, "raw identifiers are not supported");
}

static void test_bad_literals_are_skipped_whole(void **state)
{
	(void)state;
	Lexed l = lex_str("a \"two\nlines\" b 1.5e-3 c 'x' d '\\'' e 0b102 f");
	assert_non_null(l.toks);
	/* 'x' and '\'' are char literals since diag27: integer tokens suffixed char */
	TokKind want[] = {TOK_IDENT, TOK_ERROR, TOK_IDENT, TOK_ERROR, TOK_IDENT, TOK_INT, TOK_IDENT,
	                  TOK_INT, TOK_IDENT, TOK_ERROR, TOK_IDENT, TOK_EOF};
	assert_int_equal(l.n, (int)(sizeof want / sizeof want[0]));
	for (int i = 0; i < l.n; i++)
		assert_int_equal(l.toks[i].kind, want[i]);
	assert_int_equal(l.toks[1].line, 1);
	assert_int_equal(l.toks[2].line, 2);
	free(l.toks);
	arena_free(l.arena);
}

static void test_non_ascii_in_comments(void **state)
{
	(void)state;
	Lexed l = lex_str("// caf\xc3\xa9\n/* \xe2\x86\x92 */ x");
	assert_non_null(l.toks);
	assert_int_equal(l.n, 2);
	free(l.toks);
	arena_free(l.arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_keyword_and_punctuator),
		cmocka_unit_test(test_identifiers),
		cmocka_unit_test(test_integer_literals),
		cmocka_unit_test(test_number_then_dot),
		cmocka_unit_test(test_longest_match),
		cmocka_unit_test(test_comments_and_positions),
		cmocka_unit_test(test_multiline_comment_lines),
		cmocka_unit_test(test_eof_position),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_bad_literals_are_skipped_whole),
		cmocka_unit_test(test_non_ascii_in_comments),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
