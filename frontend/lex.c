/*
 * lex.c — source bytes -> tokens (rustc_lexer's rules for the subset).
 *
 * Skips whitespace, `//` comments (including `//@` directives) and nested
 * block comments (which nest, as in Rust). Decodes integer literals (bases 2/8/10/16, `_` separators,
 * type suffixes) so the parser never looks at digits again. Literal forms
 * outside the subset (floats, strings, chars) are rejected here, where their
 * extent is known. Columns are 1-based and count characters, as rustc's (a UTF-8 sequence in a comment
 * is one column); a file that is not UTF-8 is refused, as rustc refuses it.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../ir/thread.h"
#include "syntax.h"

typedef struct Lexer {
	const char *src, *end, *p;
	const char *line_start;
	const char *col_line, *col_p; /* col_of's count: col_n characters from col_line to col_p */
	int col_n;
	int line;
	Arena *arena;
	Diag *diag;
	Token *toks;
	int ntoks;
	uint32_t cap;
	int *open; /* the open delimiters' token indexes, while ix.error is DELIM_BALANCED */
	uint32_t nopen, open_cap;
	TokIndex ix;
} Lexer;

static const char *const token_spellings[] = {
#define X(k, s) s,
	TOKEN_KINDS(X)
#undef X
};

const char *lex_token_spelling(TokKind k)
{
	return k < NTOKKINDS ? token_spellings[k] : "?";
}

/* rustc's column (CharPos + 1): the characters from the line's start to p, 1-based. Counted on from
 * the previous call on the same line, so a line of N tokens costs O(N), not O(N^2). */
static int col_of(Lexer *lx, const char *p)
{
	if (lx->col_line != lx->line_start || p < lx->col_p) {
		lx->col_line = lx->col_p = lx->line_start;
		lx->col_n = 0;
	}
	for (const char *q = lx->col_p; q < p; q++)
		lx->col_n += ((unsigned char)*q & 0xC0) != 0x80; /* not a continuation byte */
	lx->col_p = p;
	return lx->col_n + 1;
}

/* Records the error at p; the caller returns 0 up to lex_tokens. */
static int lex_error(Lexer *lx, const char *p, const char *fmt, ...)
{
	int col = col_of(lx, p);
	va_list ap;
	va_start(ap, fmt);
	diag_vset(lx->diag, lx->line, col, fmt, ap);
	va_end(ap);
	return 0;
}

static bool is_ident_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_ident_char(int c)
{
	return is_ident_start(c) || (c >= '0' && c <= '9');
}

static bool is_digit_of_base(int c, int base)
{
	if (base == 16)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	return c >= '0' && c <= '9';
}

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return c - 'A' + 10;
}

static int peek(const Lexer *lx, size_t ahead)
{
	return lx->p + ahead < lx->end ? (unsigned char)lx->p[ahead] : -1;
}

static TokKind opener_of(TokKind closer)
{
	return closer == TOK_RPAREN ? TOK_LPAREN : closer == TOK_RBRACKET ? TOK_LBRACKET : TOK_LBRACE;
}

/* Appends token index i to a malloc'd array (not the arena's: freed once parsed, like the tokens). */
static int *push_index(int *arr, uint32_t *n, uint32_t *cap, int i)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 256;
		arr = realloc(arr, *cap * sizeof *arr);
		if (!arr)
			internal_error("out of memory (%u token indexes)", *cap);
	}
	arr[(*n)++] = i;
	return arr;
}

static void delim_error(Lexer *lx, DelimError e, TokKind closer, int at)
{
	lx->ix.error = (uint8_t)e;
	lx->ix.closer = (uint8_t)closer;
	lx->ix.at = at;
}

/* Token lx->ntoks, of kind k, against the open delimiters; the first error is kept (and the check
 * stops there), not reported: the parser reports it. Made here, as the token is written, rather than
 * in a walk of its own: the tokens of a large file are past the cache by the time it ends. */
static void match_delimiter(Lexer *lx, TokKind k)
{
	switch (k) {
	case TOK_LPAREN: case TOK_LBRACKET: case TOK_LBRACE:
		if (lx->nopen == DELIM_MAX_OPEN) {
			delim_error(lx, DELIM_TOO_DEEP, TOK_EOF, lx->ntoks);
			return;
		}
		lx->open = push_index(lx->open, &lx->nopen, &lx->open_cap, lx->ntoks);
		return;
	case TOK_RPAREN: case TOK_RBRACKET: case TOK_RBRACE:
		if (lx->nopen == 0) {
			delim_error(lx, DELIM_UNEXPECTED, k, lx->ntoks);
		} else if (lx->toks[lx->open[lx->nopen - 1]].kind != opener_of(k)) {
			delim_error(lx, DELIM_MISMATCHED, k, lx->open[lx->nopen - 1]); /* rustc points at the unclosed opener */
		} else {
			int open = lx->open[--lx->nopen];
			lx->toks[open].close = lx->ntoks - open;
		}
		return;
	case TOK_EOF:
		if (lx->nopen > 0)
			delim_error(lx, DELIM_UNCLOSED, TOK_EOF, lx->ntoks);
		return;
	default:
		return;
	}
}

static Token *push_token(Lexer *lx, TokKind kind, const char *start, const char *end)
{
	if ((uint32_t)lx->ntoks == lx->cap) {
		/* malloc'd, not in the arena: realloc grows a large array in place
		 * (mremap) instead of leaving every smaller copy behind */
		uint32_t ncap = lx->cap ? lx->cap * 2 : 256;
		Token *nt = realloc(lx->toks, (size_t)ncap * sizeof *nt);
		if (!nt)
			internal_error("out of memory (%u tokens)", ncap);
		lx->toks = nt;
		lx->cap = ncap;
	}
	if (lx->ix.error == DELIM_BALANCED)
		match_delimiter(lx, kind);
	if (tok_prescanned(kind)) /* prescan_items reads it */
		lx->ix.scan = push_index(lx->ix.scan, &lx->ix.nscan, &lx->ix.scan_cap, lx->ntoks);
	Token *t = &lx->toks[lx->ntoks++];
	memset(t, 0, sizeof *t);
	t->kind = kind;
	t->line = lx->line;
	t->col = col_of(lx, start);
	t->text = start;
	t->len = (int)(end - start);
	t->int_suffix = ATY_VAR;
	return t;
}

/* The length of the non-ASCII Pattern_White_Space character at lx->p (U+0085, U+200E, U+200F, U+2028,
 * U+2029: whitespace to rustc_lexer's is_whitespace, and no line break: rustc counts lines at LF only), else 0. */
static int pattern_white_space(const Lexer *lx)
{
	int c1 = peek(lx, 1), c2 = peek(lx, 2);
	if (peek(lx, 0) == 0xC2 && c1 == 0x85)
		return 2;
	if (peek(lx, 0) == 0xE2 && c1 == 0x80 && (c2 == 0x8E || c2 == 0x8F || c2 == 0xA8 || c2 == 0xA9))
		return 3;
	return 0;
}

/* Skips whitespace and comments; 0 on an unterminated block comment or a bare CR in a doc comment. */
static int skip_trivia(Lexer *lx)
{
	while (lx->p < lx->end) {
		int c = peek(lx, 0);
		if (c == '\n') {
			lx->p++;
			lx->line++;
			lx->line_start = lx->p;
		} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
			lx->p++;
		} else if (c >= 0x80 && pattern_white_space(lx)) {
			lx->p += pattern_white_space(lx);
		} else if (c == '/' && peek(lx, 1) == '/') {
			/* `///` (not `////`) and `//!` are doc comments: rustc refuses a bare CR in them */
			int doc = (peek(lx, 2) == '/' && peek(lx, 3) != '/') || peek(lx, 2) == '!';
			while (lx->p < lx->end && *lx->p != '\n') {
				if (doc && *lx->p == '\r' && peek(lx, 1) != '\n')
					return lex_error(lx, lx->p, "bare CR not allowed in doc-comment");
				lx->p++;
			}
		} else if (c == '/' && peek(lx, 1) == '*') {
			/* slash-star-star (not three stars, not an empty comment) and slash-star-bang open block doc comments */
			int doc = (peek(lx, 2) == '*' && peek(lx, 3) != '*' && peek(lx, 3) != '/') || peek(lx, 2) == '!';
			const char *start = lx->p;
			int start_line = lx->line;
			const char *start_line_start = lx->line_start;
			int depth = 0;
			do {
				if (lx->p >= lx->end) {
					lx->line = start_line;
					lx->line_start = start_line_start;
					return lex_error(lx, start, "unterminated block comment");
				}
				if (peek(lx, 0) == '/' && peek(lx, 1) == '*') {
					depth++;
					lx->p += 2;
				} else if (peek(lx, 0) == '*' && peek(lx, 1) == '/') {
					depth--;
					lx->p += 2;
				} else {
					if (*lx->p == '\n') {
						lx->line++;
						lx->line_start = lx->p + 1;
					} else if (doc && *lx->p == '\r' && peek(lx, 1) != '\n') {
						return lex_error(lx, lx->p, "bare CR not allowed in block doc-comment");
					}
					lx->p++;
				}
			} while (depth > 0);
		} else {
			break;
		}
	}
	return 1;
}

static AstTypeKind int_suffix_kind(const char *s, int n)
{
	static const struct { const char *name; AstTypeKind kind; } suffixes[] = {
		{"u8", ATY_U8}, {"u16", ATY_U16}, {"u32", ATY_U32}, {"u64", ATY_U64},
		{"usize", ATY_USIZE}, {"i8", ATY_I8}, {"i16", ATY_I16}, {"i32", ATY_I32},
		{"i64", ATY_I64}, {"isize", ATY_ISIZE},
	};
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
		if ((int)strlen(suffixes[i].name) == n && !memcmp(suffixes[i].name, s, (size_t)n))
			return suffixes[i].kind;
	return ATY_VAR;
}

/* A literal outside the subset or malformed: rustc reports these while parsing,
 * after unbalanced delimiters, so they become TOK_ERROR tokens that the parser
 * reports when it reaches them. */
static int bad_literal(Lexer *lx, const char *start, int line, int col, const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	Token *t = push_token(lx, TOK_ERROR, start, lx->p < start ? start : lx->p);
	t->line = line;
	t->col = col;
	t->len = 0;
	t->error = arena_strdup(lx->arena, msg);
	return 1;
}

/* Consumes the rest of a malformed number (digits, suffix, fraction, exponent). */
static void skip_number_rest(Lexer *lx)
{
	for (;;) {
		int c = peek(lx, 0);
		if (is_ident_char(c) || (c == '.' && peek(lx, 1) >= '0' && peek(lx, 1) <= '9'))
			lx->p++;
		else if ((c == '+' || c == '-') && (lx->p[-1] == 'e' || lx->p[-1] == 'E'))
			lx->p++;
		else
			return;
	}
}

/* integer-literal = (dec | 0x hex | 0o oct | 0b bin) suffix?
 * with `_` allowed between and after digits. */
__extension__ typedef unsigned __int128 LitValue; /* a literal's value up to u128::MAX */

static int lex_number(Lexer *lx)
{
	const char *start = lx->p;
	int line = lx->line, col = col_of(lx, start);
	int base = 10;
	if (peek(lx, 0) == '0' && (peek(lx, 1) == 'x' || peek(lx, 1) == 'o' || peek(lx, 1) == 'b')) {
		base = peek(lx, 1) == 'x' ? 16 : peek(lx, 1) == 'o' ? 8 : 2;
		lx->p += 2;
	}
	/* in 128 bits (hunt30): past u64::MAX is rustc's literal lint ("literal out of range for `u64`"),
	 * reported with the other lints; past u128::MAX the lexer's "integer literal is too large" */
	LitValue value = 0;
	bool overflow = false, any_digit = false;
	for (;;) {
		int c = peek(lx, 0);
		if (c == '_') {
			lx->p++;
			continue;
		}
		if (!is_digit_of_base(c, base) && !(base < 10 && c >= '0' && c <= '9'))
			break;
		int d = digit_value(c);
		if (d >= base) {
			int digit_col = col_of(lx, lx->p);
			skip_number_rest(lx);
			return bad_literal(lx, start, line, digit_col, "invalid digit for a base %d literal", base);
		}
		if (value > (~(LitValue)0 - (unsigned)d) / (unsigned)base)
			overflow = true;
		value = value * (unsigned)base + (unsigned)d;
		any_digit = true;
		lx->p++;
	}
	if (base == 10) {
		/* `1.5`, `1.`, `1e5` are floats; `1..2`, `1.foo` and `1.await` are not. */
		int c = peek(lx, 0);
		if ((c == '.' && peek(lx, 1) != '.' && !is_ident_start(peek(lx, 1))) || c == 'e' || c == 'E') {
			if (c == '.')
				lx->p++;
			skip_number_rest(lx);
			return bad_literal(lx, start, line, col, "floating-point literals are not supported");
		}
	}
	if (!any_digit) {
		skip_number_rest(lx);
		return bad_literal(lx, start, line, col, "no valid digits found for number");
	}
	const char *suffix = lx->p;
	while (is_ident_char(peek(lx, 0)))
		lx->p++;
	AstTypeKind kind = ATY_VAR;
	int suffix_len = (int)(lx->p - suffix);
	if (suffix_len > 0) {
		kind = int_suffix_kind(suffix, suffix_len);
		if (kind == ATY_VAR) {
			if ((suffix_len == 3 && (!memcmp(suffix, "f32", 3) || !memcmp(suffix, "f64", 3))))
				return bad_literal(lx, start, line, col, "floating-point literals are not supported");
			if (suffix_len == 4 && (!memcmp(suffix, "u128", 4) || !memcmp(suffix, "i128", 4)))
				return bad_literal(lx, start, line, col, "128-bit integers are not supported");
			return bad_literal(lx, start, line, col, "invalid suffix `%.*s` for number literal",
			                   suffix_len, suffix);
		}
	}
	if (overflow)
		return bad_literal(lx, start, line, col, "integer literal is too large");
	Token *t = push_token(lx, TOK_INT, start, lx->p);
	t->int_value = (uint64_t)value;
	t->int_big = value > UINT64_MAX;
	t->int_suffix = kind;
	return 1;
}

/* The length of every spelling, measured once, and for every first byte the
 * keywords and punctuators that start with it, in token order (the lexer
 * tries only those). */
static uint8_t spelling_len[NTOKKINDS];
static int16_t first_of_byte[2][256]; /* [0] keywords, [1] punctuators; -1: none */
static int16_t next_same_byte[NTOKKINDS];

static void init_tables(void)
{
	for (int k = 0; k < NTOKKINDS; k++)
		spelling_len[k] = (uint8_t)strlen(token_spellings[k]);
	memset(first_of_byte, -1, sizeof first_of_byte);
	for (int k = NTOKKINDS - 1; k >= TOK_FIRST_KEYWORD; k--) {
		if (k > TOK_LAST_KEYWORD && k < TOK_FIRST_PUNCT)
			continue;
		int16_t *head = &first_of_byte[k >= TOK_FIRST_PUNCT][(unsigned char)token_spellings[k][0]];
		next_same_byte[k] = *head;
		*head = (int16_t)k;
	}
}

/* Once per process, whichever thread lexes first (the sync twin has its own). */
static Once tables_once = ONCE_INIT;

static TokKind keyword_kind(const char *s, int n)
{
	for (int k = first_of_byte[0][(unsigned char)s[0]]; k >= 0; k = next_same_byte[k])
		if (spelling_len[k] == n && !memcmp(token_spellings[k], s, (size_t)n))
			return (TokKind)k;
	return TOK_IDENT;
}

/* Skips a string literal body after its opening quote; 0 if unterminated. */
static int skip_quoted(Lexer *lx, const char *start, char quote, int raw_hashes)
{
	while (lx->p < lx->end) {
		char c = *lx->p++;
		if (c == '\n') {
			lx->line++;
			lx->line_start = lx->p;
		} else if (c == '\\' && raw_hashes < 0 && lx->p < lx->end) {
			lx->p++;
		} else if (c == quote) {
			int h = 0;
			while (h < raw_hashes && lx->p < lx->end && *lx->p == '#')
				h++, lx->p++;
			if (raw_hashes < 0 || h == raw_hashes)
				return 1;
		}
	}
	(void)start;
	return 0;
}

/* The escapes a byte and a char literal share, at *qp (a backslash): `\n \r \t \\ \0 \' \"` and
 * `\xHH` (a char's only up to 7F: ascii). 1 with *value (and *err for a malformed `\x`), *qp past it;
 * 0 for any other escape. */
static int lex_simple_escape(const Lexer *lx, const char **qp, int64_t *value, const char **err, bool ascii)
{
	const char *q = *qp;
	int c = q + 1 < lx->end ? (unsigned char)q[1] : 0;
	if (c && strchr("nrt\\0'\"", c)) {
		*value = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c == '0' ? 0 : c;
		*qp = q + 2;
		return 1;
	}
	if (c != 'x')
		return 0;
	int hi = q + 2 < lx->end && is_digit_of_base((unsigned char)q[2], 16) ? digit_value(q[2]) : -1;
	int lo = hi >= 0 && q + 3 < lx->end && is_digit_of_base((unsigned char)q[3], 16) ? digit_value(q[3]) : -1;
	if (lo < 0)
		*err = "numeric character escape is too short";
	else if (ascii && hi > 7)
		*err = "out of range hex escape";
	*value = hi * 16 + lo;
	*qp = q + (lo < 0 ? 2 : 4);
	return 1;
}

/* byte-literal = "b'" (ascii | "\" [nrt\\0'"] | "\x" hex hex) "'": an integer literal of type u8
 * (rustc's LitKind::Byte; `b'a'` is `97_u8` in THIR and MIR). Malformed ones get rustc_lexer's
 * unescape errors, at its columns. */
static int lex_byte_literal(Lexer *lx)
{
	const char *start = lx->p, *q = lx->p + 2;
	int line = lx->line;
	int value = -1;
	const char *err = NULL, *err_at = q;
	char what[8] = "";
	if (q >= lx->end || *q == '\n' || (*q == '\\' && (q + 1 >= lx->end || q[1] == '\n'))) {
		err = "unterminated byte constant";
		err_at = start + 1;
	} else if (*q == '\'') { /* empty, or an unescaped quote */
		if (q + 1 < lx->end && q[1] == '\'') {
			err = "byte constant must be escaped: `'`";
			q++;
		} else {
			err = "empty character literal";
		}
	} else if (*q == '\\') {
		int c = q + 1 < lx->end ? (unsigned char)q[1] : 0;
		int64_t v;
		if (lex_simple_escape(lx, &q, &v, &err, false)) {
			value = (int)v;
		} else if (c == 'u') {
			err = "unicode escape in byte string";
			q += 2;
		} else {
			err = "unknown byte escape: `%s`";
			err_at = q + 1;
			what[0] = (char)c;
			q += 2;
		}
	} else if (*q == '\t' || *q == '\r') {
		err = "byte constant must be escaped: `%s`";
		memcpy(what, *q == '\t' ? "\\t" : "\\r", 3);
		q++;
	} else if ((unsigned char)*q >= 0x80) {
		err = "non-ASCII character in byte literal";
		q++;
		while (q < lx->end && ((unsigned char)*q & 0xC0) == 0x80)
			q++;
	} else {
		value = (unsigned char)*q++;
	}
	if (!err && (q >= lx->end || *q != '\'')) { /* `b'ab'`, or no closing quote on the line */
		const char *r = q;
		while (r < lx->end && *r != '\'' && *r != '\n')
			r++;
		bool closed = r < lx->end && *r == '\'';
		err = closed ? "character literal may only contain one codepoint" : "unterminated byte constant";
		err_at = closed ? start : start + 1;
		q = r;
	}
	while (q < lx->end && *q != '\'' && *q != '\n')
		q++;
	lx->p = q < lx->end && *q == '\'' ? q + 1 : q;
	if (err && !strcmp(err, "unterminated byte constant")) /* rustc: E0763, fatal in the lexer */
		return lex_error(lx, err_at, "%s", err);
	if (err)
		return bad_literal(lx, start, line, col_of(lx, err_at), err, what);
	Token *t = push_token(lx, TOK_INT, start, lx->p);
	t->int_value = (uint64_t)value;
	t->int_suffix = ATY_U8;
	return 1;
}

/* char-literal = "'" (char | "\" [nrt\\0'"] | "\x" oct hex | "\u{" hex{1,6} "}") "'" (diag27): an
 * integer literal suffixed `char` holding the Unicode scalar value (rustc's LitKind::Char; MIR prints
 * it `const 'a'`). A char is any UTF-8 sequence but a quote, a newline, a tab or a CR; malformed
 * literals get rustc_lexer's unescape errors, at the escape. */
static int lex_char_literal(Lexer *lx)
{
	const char *start = lx->p, *q = lx->p + 1;
	int line = lx->line;
	int64_t value = -1;
	const char *err = NULL, *err_at = q;
	char what[8] = "";
	if (q >= lx->end || *q == '\n' || (*q == '\\' && (q + 1 >= lx->end || q[1] == '\n'))) {
		lx->p = q;
		return lex_error(lx, start, "unterminated character literal");
	} else if (*q == '\'') { /* empty, or an unescaped quote */
		if (q + 1 < lx->end && q[1] == '\'') {
			err = "character constant must be escaped: `'`";
			q++;
		} else {
			err = "empty character literal";
			err_at = start;
		}
	} else if (*q == '\\') {
		int c = q + 1 < lx->end ? (unsigned char)q[1] : 0;
		if (lex_simple_escape(lx, &q, &value, &err, true)) {
			/* value, or err, set */
		} else if (c == 'u') {
			q += 2;
			if (q >= lx->end || *q != '{') {
				err = "incorrect unicode escape sequence";
			} else {
				int digits = 0;
				value = 0;
				for (q++; q < lx->end && (is_digit_of_base((unsigned char)*q, 16) || *q == '_'); q++) {
					if (*q == '_')
						continue;
					if (++digits <= 6)
						value = value * 16 + digit_value(*q);
				}
				if (q >= lx->end || *q != '}')
					err = "unterminated unicode escape";
				else if (digits == 0)
					err = "empty unicode escape";
				else if (digits > 6)
					err = "overlong unicode escape";
				else if (value > 0x10FFFF)
					err = "invalid unicode character escape";
				else if (value >= 0xD800 && value <= 0xDFFF)
					err = "invalid unicode character escape";
				if (q < lx->end && *q == '}')
					q++;
			}
		} else {
			err = "unknown character escape: `%s`";
			err_at = q + 1;
			what[0] = (char)c;
			q += 2;
		}
	} else if (*q == '\t' || *q == '\r') {
		err = "character constant must be escaped: `%s`";
		memcpy(what, *q == '\t' ? "\\t" : "\\r", 3);
		q++;
	} else if ((unsigned char)*q >= 0x80) { /* one UTF-8 sequence (the file is valid UTF-8: load.c) */
		unsigned char b = (unsigned char)*q;
		int n = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
		value = b & (0x3F >> n);
		for (q++; n-- > 0 && q < lx->end && ((unsigned char)*q & 0xC0) == 0x80; q++)
			value = value << 6 | ((unsigned char)*q & 0x3F);
	} else {
		value = (unsigned char)*q++;
	}
	if (!err && (q >= lx->end || *q != '\'')) { /* `'ab'`, or no closing quote on the line */
		const char *r = q;
		while (r < lx->end && *r != '\'' && *r != '\n')
			r++;
		if (r >= lx->end || *r != '\'') {
			lx->p = r;
			return lex_error(lx, start, "unterminated character literal");
		}
		err = "character literal may only contain one codepoint";
		err_at = start;
		q = r;
	}
	while (q < lx->end && *q != '\'' && *q != '\n')
		q++;
	lx->p = q < lx->end && *q == '\'' ? q + 1 : q;
	if (err)
		return bad_literal(lx, start, line, col_of(lx, err_at), err, what);
	Token *t = push_token(lx, TOK_INT, start, lx->p);
	t->int_value = (uint64_t)value;
	t->int_suffix = ATY_CHAR;
	return 1;
}

static int lex_one(Lexer *lx)
{
	const char *start = lx->p;
	int start_line = lx->line;
	const char *start_line_start = lx->line_start;
	int c = peek(lx, 0);

	if (c >= '0' && c <= '9')
		return lex_number(lx);

	/* String-like literals: "..", b"..", r".." r#".."#, br"..", c"..". */
	{
		const char *q = lx->p;
		if (*q == 'b' || *q == 'c')
			q++;
		int raw_hashes = -1;
		if (q < lx->end && *q == 'r') {
			const char *h = q + 1;
			while (h < lx->end && *h == '#')
				h++;
			if (h < lx->end && *h == '"') {
				raw_hashes = (int)(h - q - 1);
				q = h;
			}
		}
		if (q < lx->end && *q == '"') {
			int start_col = col_of(lx, start);
			lx->p = q + 1;
			if (!skip_quoted(lx, start, '"', raw_hashes)) {
				lx->line = start_line;
				lx->line_start = start_line_start;
				return lex_error(lx, start, raw_hashes >= 0 ? "unterminated raw string"
				                                            : "unterminated double quote string");
			}
			return bad_literal(lx, start, start_line, start_col,
			                   "string literals are not supported");
		}
		if (*lx->p == 'b' && q < lx->end && *q == '\'')
			return lex_byte_literal(lx);
	}

	if (is_ident_start(c)) {
		while (is_ident_char(peek(lx, 0)))
			lx->p++;
		int n = (int)(lx->p - start);
		if (n == 1 && start[0] == 'r' && peek(lx, 0) == '#')
			return lex_error(lx, start, "raw identifiers are not supported");
		push_token(lx, keyword_kind(start, n), start, lx->p);
		return 1;
	}

	if (c == '\'') {
		/* 'a' (char literal) vs 'a (lifetime or label) */
		bool is_char = peek(lx, 1) == '\\' || (peek(lx, 1) >= 0 && peek(lx, 2) == '\'') ||
		               !is_ident_start(peek(lx, 1));
		if (!is_char) {
			lx->p++;
			while (is_ident_char(peek(lx, 0)))
				lx->p++;
			if (peek(lx, 0) != '\'') {
				push_token(lx, TOK_LIFETIME, start, lx->p);
				return 1;
			}
			lx->p = start;
		}
		return lex_char_literal(lx);
	}

	for (int k = first_of_byte[1][(unsigned char)c]; k >= 0; k = next_same_byte[k]) {
		size_t n = spelling_len[k];
		if ((size_t)(lx->end - lx->p) >= n && !memcmp(lx->p, token_spellings[k], n)) {
			lx->p += n;
			push_token(lx, (TokKind)k, start, lx->p);
			return 1;
		}
	}
	if (c >= 0x80)
		return lex_error(lx, start, "non-ASCII characters are not supported");
	if (c < 0x20 || c == 0x7f)
		return lex_error(lx, start, "unknown start of token: \\u{%x}", c);
	return lex_error(lx, start, "unknown start of token: %c", c);
}

Token *lex_tokens(const char *src, size_t len, Arena *a, int *ntokens, TokIndex *ix, Diag *d)
{
	run_once(&tables_once, init_tables);
	Lexer lx = {0};
	lx.src = lx.p = lx.line_start = src;
	lx.end = src + len;
	lx.line = 1;
	lx.arena = a;
	lx.diag = d;
	if (len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3))
		lx.p = lx.line_start = src + 3; /* byte order mark */
	size_t bad = utf8_invalid_at((const unsigned char *)src, len);
	if (bad < len) { /* rustc: "couldn't read `F`: stream did not contain valid UTF-8", at that byte */
		for (const char *q = lx.p; q < src + bad; q++)
			if (*q == '\n') {
				lx.line++;
				lx.line_start = q + 1;
			}
		lex_error(&lx, src + bad, "stream did not contain valid UTF-8");
		return NULL;
	}
	if (lx.end - lx.p >= 2 && lx.p[0] == '#' && lx.p[1] == '!' &&
	    (lx.end - lx.p < 3 || lx.p[2] != '[')) { /* shebang line */
		while (lx.p < lx.end && *lx.p != '\n')
			lx.p++;
	}
	for (;;) {
		if (!skip_trivia(&lx) || (lx.p < lx.end && !lex_one(&lx))) {
			free(lx.toks);
			free(lx.open);
			free(lx.ix.scan);
			return NULL;
		}
		if (lx.p >= lx.end)
			break;
	}
	/* rustc places the end of file on the last line when the file ends with a newline */
	if (lx.p > lx.src && lx.p[-1] == '\n' && lx.line > 1) {
		const char *prev = lx.p - 1;
		while (prev > lx.src && prev[-1] != '\n')
			prev--;
		lx.line--;
		lx.line_start = prev;
	}
	push_token(&lx, TOK_EOF, lx.p, lx.p);
	free(lx.open);
	if (ix)
		*ix = lx.ix;
	else
		free(lx.ix.scan);
	*ntokens = lx.ntoks;
	return lx.toks;
}
