/* parse_lex.c — the IR text parser's errors, lexer and token-level parsers
 * (numbers, names, paths, block and local references). See parse.c. */
#include <stdarg.h>
#include <string.h>

#include "parse.h"

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

int err_at(P *p, int line, int col, const char *fmt, ...)
{
	if (!p->err && !p->quiet) {
		va_list ap;
		va_start(ap, fmt);
		diag_vset(p->d, line, col, fmt, ap);
		va_end(ap);
	}
	p->err = 1;
	return -1;
}


/* ------------------------------------------------------------------ */
/* lexer                                                               */
/* ------------------------------------------------------------------ */

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }

static int lx_peekc(const P *p, size_t off)
{
	return p->lx.pos + off < p->len ? (unsigned char)p->src[p->lx.pos + off] : -1;
}

void lx_adv(P *p, size_t n)
{
	for (size_t i = 0; i < n && p->lx.pos < p->len; i++) {
		if (p->src[p->lx.pos] == '\n') {
			if (p->lx.line < 0x7fffffff)
				p->lx.line++;
			p->lx.col = 1;
		} else if (((unsigned char)p->src[p->lx.pos] & 0xC0) != 0x80 && p->lx.col < 0x7fffffff) {
			p->lx.col++; /* a column is a character, as the Rust frontend's (a UTF-8 sequence is one) */
		}
		p->lx.pos++;
	}
}

/* A char constant as print.c's char_spell writes it (diag27): `'a'`, `'é'` (one UTF-8 sequence),
 * `'\n'`, `'\r'`, `'\t'`, `'\''`, `'\"'`, `'\\'`, `'\0'`, `'\u{HEX}'` (a Unicode scalar value). 0 when
 * the quote at the position opens no char literal (a lifetime `'_`), else 1 with t a T_CHAR or T_ERR. */
static int lx_char_literal(P *p, Tok *t)
{
	int c1 = lx_peekc(p, 1);
	size_t len;
	uint64_t v;
	if (c1 == '\\') {
		int e = lx_peekc(p, 2);
		const char *simple = strchr("nrt'\"\\0", e > 0 && e < 128 ? e : 'X');
		if (simple && e > 0) {
			v = e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e == '0' ? 0 : (uint64_t)e;
			len = 3;
		} else if (e == 'u' && lx_peekc(p, 3) == '{') {
			v = 0;
			len = 4;
			int digits = 0;
			for (int h; (h = lx_peekc(p, len)) != '}'; len++, digits++) {
				int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
				      : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
				if (d < 0 || digits >= 6)
					goto bad;
				v = v * 16 + (uint64_t)d;
			}
			if (!digits)
				goto bad;
			len++;
		} else {
			goto bad;
		}
	} else if (c1 >= 0x80) {
		int n = c1 >= 0xF0 ? 3 : c1 >= 0xE0 ? 2 : 1;
		v = (uint64_t)(c1 & (0x3F >> n));
		for (len = 2; n-- > 0; len++) {
			int b = lx_peekc(p, len);
			if (b < 0 || (b & 0xC0) != 0x80)
				goto bad;
			v = v << 6 | (uint64_t)(b & 0x3F);
		}
	} else if (c1 >= 0x20 && c1 != '\'' && c1 != '\\' && c1 != 0x7F && lx_peekc(p, 2) == '\'') {
		v = (uint64_t)c1;
		len = 2;
	} else {
		return 0;
	}
	if (lx_peekc(p, len) != '\'')
		goto bad;
	if (!char_valid(v)) {
		t->kind = T_ERR;
		snprintf(t->err, sizeof t->err, "char constant %#llx is not a Unicode scalar value",
			 (unsigned long long)v);
		lx_adv(p, len + 1);
		return 1;
	}
	t->kind = T_CHAR;
	t->val = v;
	t->n = len + 1;
	lx_adv(p, len + 1);
	return 1;
bad:
	if (c1 != '\\' && c1 < 0x80)
		return 0;
	t->kind = T_ERR;
	snprintf(t->err, sizeof t->err, "malformed char constant");
	lx_adv(p, 2);
	return 1;
}

void next(P *p)
{
	Tok *t = &p->t;
	for (;;) {
		int c = lx_peekc(p, 0);
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			lx_adv(p, 1);
		} else if (c == '/' && lx_peekc(p, 1) == '/') {
			while (lx_peekc(p, 0) != -1 && lx_peekc(p, 0) != '\n')
				lx_adv(p, 1);
		} else {
			break;
		}
	}
	memset(t, 0, sizeof *t);
	t->line = p->lx.line;
	t->col = p->lx.col;
	t->s = p->src + p->lx.pos;
	int c = lx_peekc(p, 0);
	if (c == -1) {
		t->kind = T_EOF;
		return;
	}
	size_t start = p->lx.pos;
	if (is_alpha(c)) {
		while (is_alnum(lx_peekc(p, 0)))
			lx_adv(p, 1);
		t->kind = T_IDENT;
		t->n = p->lx.pos - start;
		return;
	}
	if (is_digit(c)) {
		uint64_t v = 0;
		while (is_digit(lx_peekc(p, 0))) {
			unsigned dg = (unsigned)(lx_peekc(p, 0) - '0');
			if (v > (UINT64_MAX - dg) / 10)
				t->ovf = 1;
			else
				v = v * 10 + dg;
			lx_adv(p, 1);
		}
		t->val = v;
		if (lx_peekc(p, 0) == '_' && is_alpha(lx_peekc(p, 1))) {
			lx_adv(p, 1);
			t->suf = p->src + p->lx.pos;
			while (is_alnum(lx_peekc(p, 0)))
				lx_adv(p, 1);
			t->nsuf = (size_t)(p->src + p->lx.pos - t->suf);
		} else if (is_alpha(lx_peekc(p, 0))) {
			t->kind = T_ERR;
			snprintf(t->err, sizeof t->err, "malformed number");
			return;
		}
		t->kind = T_INT;
		t->n = p->lx.pos - start;
		return;
	}
	if (c == '"') {
		lx_adv(p, 1);
		size_t s = p->lx.pos;
		for (;;) {
			int ch = lx_peekc(p, 0);
			if (ch == -1 || ch == '\n') {
				t->kind = T_ERR;
				snprintf(t->err, sizeof t->err, "unterminated string");
				return;
			}
			if (ch == '"')
				break;
			lx_adv(p, ch == '\\' && lx_peekc(p, 1) != -1 && lx_peekc(p, 1) != '\n' ? 2 : 1); /* mac40: `\"` */
		}
		t->kind = T_STR;
		t->s = p->src + s;
		t->n = p->lx.pos - s;
		lx_adv(p, 1);
		return;
	}
	if (c == '\'' && lx_char_literal(p, t))
		return;
	if (c == '\'') {
		if (!is_alpha(lx_peekc(p, 1))) {
			t->kind = T_ERR;
			snprintf(t->err, sizeof t->err, "expected a lifetime name after a quote");
			lx_adv(p, 1);
			return;
		}
		lx_adv(p, 1);
		while (is_alnum(lx_peekc(p, 0)))
			lx_adv(p, 1);
		t->kind = T_LIFE;
		t->n = p->lx.pos - start;
		return;
	}
	static const char *const two[] = {"::", "->", "=>"};
	for (size_t i = 0; i < sizeof two / sizeof *two; i++) {
		if (c == two[i][0] && lx_peekc(p, 1) == two[i][1]) {
			t->kind = T_PUNCT;
			memcpy(t->p, two[i], 2);
			t->n = 2;
			lx_adv(p, 2);
			return;
		}
	}
	if (c < 128 && strchr("(){}[]<>,;:=!&*.#@-?", c) && c != 0) {
		t->kind = T_PUNCT;
		t->p[0] = (char)c;
		t->n = 1;
		lx_adv(p, 1);
		return;
	}
	t->kind = T_ERR;
	lx_adv(p, 1); /* so that a scan can continue past it */
	if (c >= 33 && c < 127)
		snprintf(t->err, sizeof t->err, "unexpected character '%c'", c);
	else
		snprintf(t->err, sizeof t->err, "unexpected byte 0x%02x", (unsigned)c);
}


int is_id(const P *p, const char *s)
{
	return p->t.kind == T_IDENT && p->t.n == strlen(s) && memcmp(p->t.s, s, p->t.n) == 0;
}

/* Report the current token as unexpected: lexer errors take precedence. */
int unexpected(P *p, const char *what)
{
	if (p->t.kind == T_ERR)
		return ERR("%s", p->t.err);
	if (p->t.kind == T_EOF)
		return ERR("unexpected end of file, %s", what);
	return ERR("%s", what);
}

int expect_p(P *p, const char *s, const char *ctx)
{
	if (!is_p(p, s)) {
		char buf[160];
		snprintf(buf, sizeof buf, "expected '%s' %s", s, ctx);
		return unexpected(p, buf);
	}
	next(p);
	return 0;
}

int expect_id(P *p, const char *s, const char *ctx)
{
	if (!is_id(p, s)) {
		char buf[160];
		snprintf(buf, sizeof buf, "expected `%s` %s", s, ctx);
		return unexpected(p, buf);
	}
	next(p);
	return 0;
}

static char *tok_str(P *p)
{
	return arena_strndup(p->tmp, p->t.s, p->t.n);
}

/* A plain unsigned number that must fit in 32 bits. */
int parse_u32(P *p, uint32_t *out, const char *what)
{
	if (p->t.kind != T_INT || p->t.suf) {
		char buf[128];
		snprintf(buf, sizeof buf, "expected %s", what);
		return unexpected(p, buf);
	}
	if (p->t.ovf || p->t.val > UINT32_MAX)
		return ERR("number %.*s is too large for %s", (int)p->t.n, p->t.s, what);
	*out = (uint32_t)p->t.val;
	next(p);
	return 0;
}

/* A number of a layout, or `unknown` in a layout the importer reconstructed
 * from rustc's MIR (its sizes and offsets are rustc's, not in the text):
 * *out = 0 and *unknown = 1. */
int parse_u32_or_unknown(P *p, uint32_t *out, const char *what, uint8_t *unknown)
{
	if (is_id(p, "unknown")) {
		next(p);
		*out = 0;
		*unknown = 1;
		return 0;
	}
	return parse_u32(p, out, what);
}

/* `PREFIXdigits` (`_12`, `bb3`, `_s0`): -1 if the token has another shape. */
int numbered_ident(const P *p, const char *prefix, uint64_t *out, int *ovf)
{
	size_t pl = strlen(prefix);
	if (p->t.kind != T_IDENT || p->t.n <= pl || memcmp(p->t.s, prefix, pl) != 0)
		return -1;
	uint64_t v = 0;
	*ovf = 0;
	for (size_t i = pl; i < p->t.n; i++) {
		if (!is_digit(p->t.s[i]))
			return -1;
		unsigned dg = (unsigned)(p->t.s[i] - '0');
		if (v > (UINT64_MAX - dg) / 10)
			*ovf = 1;
		else
			v = v * 10 + dg;
	}
	if (p->t.n - pl > 1 && p->t.s[pl] == '0')
		return -1; /* `_01` */
	*out = v;
	return 0;
}

int parse_block_ref(P *p, BlockId *out)
{
	uint64_t v;
	int ovf;
	if (numbered_ident(p, "bb", &v, &ovf) < 0)
		return unexpected(p, "expected a block name bbN");
	if (ovf || v >= NO_BLOCK)
		return ERR("block number %.*s is too large", (int)p->t.n, p->t.s);
	*out = (BlockId)v;
	next(p);
	return 0;
}

/* A local `_N` of the current fn. */
int parse_local(P *p, LocalId *out)
{
	uint64_t v;
	int ovf;
	if (numbered_ident(p, "_", &v, &ovf) < 0)
		return unexpected(p, "expected a local _N");
	if (ovf || v >= p->f->nlocals)
		return ERR("unknown local %.*s", (int)p->t.n, p->t.s);
	*out = (LocalId)v;
	next(p);
	return 0;
}

int parse_ident(P *p, const char **out, const char *what)
{
	if (p->t.kind != T_IDENT) {
		char buf[128];
		snprintf(buf, sizeof buf, "expected %s", what);
		return unexpected(p, buf);
	}
	*out = tok_str(p);
	next(p);
	return 0;
}

/* A growable string in the parser's scratch arena. */
typedef struct Text {
	Arena *a;
	char *s;
	size_t n, cap;
} Text;

static void text_put(Text *t, const char *s, size_t k)
{
	if (t->n + k + 1 > t->cap) {
		size_t nc = (t->n + k + 1) * 2;
		char *nb = arena_alloc(t->a, nc < 64 ? 64 : nc);
		if (t->n)
			memcpy(nb, t->s, t->n);
		t->s = nb;
		t->cap = nc < 64 ? 64 : nc;
	}
	memcpy(t->s + t->n, s, k);
	t->n += k;
	t->s[t->n] = 0;
}

static void text_puts(Text *t, const char *s) { text_put(t, s, strlen(s)); }

/* A `{...}` name segment (`{closure#0}`, `{impl#2}`): copied verbatim from the `{`
 * to the matching `}` on the same line. */
static int brace_segment(P *p, Text *out)
{
	size_t s = (size_t)(p->t.s - p->src), e = s + 1;
	while (e < p->len && e - s < MAX_NAME_GROUP && p->src[e] != '}' && p->src[e] != '{' && p->src[e] != '\n' &&
	       p->src[e] != ';' && p->src[e] != '(' && p->src[e] != ')' && p->src[e] != 0)
		e++;
	if (e >= p->len || p->src[e] != '}' || e == s + 1)
		return ERR("malformed name segment: expected `{...}` on one line");
	text_put(out, p->src + s, e + 1 - s);
	/* resume lexing after the `}`: same line */
	p->lx.pos = s;
	p->lx.line = p->t.line;
	p->lx.col = p->t.col;
	lx_adv(p, e + 1 - s); /* columns in characters */
	next(p);
	return 0;
}

static int type_text(P *p, Text *out);

/* `<T as Trait>` at the start of a path (a trait method: `<Sensor as Read>::read`,
 * `<Result<u32, u8> as Try>::branch`) */
static int qualified_segment(P *p, Text *out)
{
	next(p); /* < */
	text_puts(out, "<");
	TRY(type_text(p, out));
	TRY(expect_id(p, "as", "in `<T as Trait>`"));
	text_puts(out, " as ");
	TRY(type_text(p, out));
	TRY(expect_p(p, ">", "after `<T as Trait`"));
	text_puts(out, ">");
	if (!is_p(p, "::"))
		return unexpected(p, "expected '::' after `<T as Trait>`");
	return 0;
}

/* At `<` followed by `impl`: the `<impl T>` segment of a non-local impl's fn
 * (`f::<impl Top>::n`)? Nothing is consumed. */
int at_impl_segment(P *p)
{
	if (!is_p(p, "<"))
		return 0;
	Lex save_lx = p->lx;
	Tok save_t = p->t;
	next(p);
	int r = is_id(p, "impl");
	p->lx = save_lx;
	p->t = save_t;
	return r;
}

/* `<impl T>` (items31: frontend/parse.c names an inherent fn of an impl in a body for a type
 * of another body `P::<impl T>::m`, T the type's name, itself a path: `<impl outer::{closure#0}::In>`) */
static int impl_segment(P *p, Text *out)
{
	next(p); /* < */
	next(p); /* impl */
	text_puts(out, "<impl ");
	TRY(type_text(p, out));
	TRY(expect_p(p, ">", "after `<impl T`"));
	text_puts(out, ">");
	return 0;
}

/* a disambiguator's digits as rustc prints them: `1`, `12`; not `0`, `01`, `1_0` */
static int disambiguator_digits(const char *s, size_t n)
{
	if (!n || s[0] == '0')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* IDENT ['#' INT], the disambiguator written without spaces (items29: `inner#1`, a second fn
 * item `inner` nested in one body, as rustc's dump files name it) */
static int ident_segment(P *p, Text *out)
{
	const char *end = p->t.s + p->t.n;
	text_put(out, p->t.s, p->t.n);
	next(p);
	if (!is_p(p, "#") || p->t.s != end)
		return 0;
	next(p);
	if (p->t.kind != T_INT || p->t.suf || p->t.ovf || p->t.s != end + 1)
		return unexpected(p, "expected a disambiguator number right after '#' in a name");
	if (!disambiguator_digits(p->t.s, p->t.n)) /* hunt37: `A#0` was another name than `A`, `A#01` than `A#1` */
		return unexpected(p, "a disambiguator is 1 or more, in decimal digits without leading zeros (the first "
		                     "item of a name has none)");
	text_puts(out, "#");
	text_put(out, p->t.s, p->t.n);
	next(p);
	return 0;
}

/* path := (segment | '{' text '}' | '<' 'impl' type '>' | '<' type 'as' type '>')
 *         ('::' (segment | '{' text '}' | '<' 'impl' type '>'))*,
 * segment := IDENT ['#' INT], stopping before a `::<` that is not `::<impl` (type arguments:
 * `impl` is a keyword, never a type). The brace groups (`{closure#0}`, `{impl#2}`) are copied
 * verbatim. */
static int path_text(P *p, Text *out)
{
	if (at_impl_segment(p))
		TRY(impl_segment(p, out));
	else if (is_p(p, "<"))
		TRY(qualified_segment(p, out));
	else if (is_p(p, "{"))
		TRY(brace_segment(p, out));
	else if (p->t.kind != T_IDENT)
		return unexpected(p, "expected a name");
	else
		TRY(ident_segment(p, out));
	while (is_p(p, "::")) {
		Lex save_lx = p->lx;
		Tok save_t = p->t;
		next(p);
		if (is_p(p, "<") && !at_impl_segment(p)) { /* turbofish: leave `::` to the caller */
			p->lx = save_lx;
			p->t = save_t;
			break;
		}
		text_puts(out, "::");
		if (is_p(p, "<")) {
			TRY(impl_segment(p, out));
		} else if (p->t.kind == T_IDENT) {
			TRY(ident_segment(p, out));
		} else if (is_p(p, "{")) {
			TRY(brace_segment(p, out));
		} else {
			return unexpected(p, "expected a name segment after '::'");
		}
	}
	return 0;
}

int parse_name_segment(P *p, char **out)
{
	Text t = {p->tmp, NULL, 0, 0};
	if (is_p(p, "{"))
		TRY(brace_segment(p, &t));
	else if (p->t.kind == T_IDENT)
		TRY(ident_segment(p, &t));
	else if (at_impl_segment(p))
		TRY(impl_segment(p, &t));
	else if (is_p(p, "<"))
		TRY(qualified_segment(p, &t));
	else
		return unexpected(p, "expected a name segment");
	*out = t.s;
	return 0;
}

int parse_path(P *p, char **out)
{
	Text t = {p->tmp, NULL, 0, 0};
	TRY(path_text(p, &t));
	*out = t.s;
	return 0;
}

/* type-text := '(' [T (',' T)*] ')' | '!' | '[' T [';' INT] ']' | '&' ['mut'] T | '*' ('mut'|'const') T
 *            | '{' 'async' ('fn' 'body' 'of' path '(' ')' | 'block' '@' path) '}'
 *            | path ['<' (T | LIFETIME) (',' (T | LIFETIME))* '>']   (path as path_text's) */
static int type_text_inner(P *p, Text *out)
{
	if (is_p(p, "(")) {
		next(p);
		text_puts(out, "(");
		int n = 0;
		while (!is_p(p, ")")) {
			if (n) {
				TRY(expect_p(p, ",", "between tuple elements"));
				if (is_p(p, ")"))
					break;
				text_puts(out, ", ");
			}
			TRY(type_text(p, out));
			n++;
		}
		next(p);
		text_puts(out, n == 1 ? ",)" : ")"); /* `(T,)` */
		return 0;
	}
	if (is_p(p, "!")) {
		next(p);
		text_puts(out, "!");
		return 0;
	}
	if (is_p(p, "[")) {
		next(p);
		text_puts(out, "[");
		TRY(type_text(p, out));
		if (is_p(p, ";")) {
			next(p);
			if (p->t.kind != T_INT || p->t.suf || p->t.ovf)
				return unexpected(p, "expected an array length");
			text_puts(out, "; ");
			text_put(out, p->t.s, p->t.n);
			next(p);
		}
		TRY(expect_p(p, "]", "after an array type"));
		text_puts(out, "]");
		return 0;
	}
	if (is_p(p, "&")) {
		next(p);
		text_puts(out, "&");
		if (is_id(p, "mut")) {
			next(p);
			text_puts(out, "mut ");
		}
		return type_text(p, out);
	}
	if (is_p(p, "*")) {
		next(p);
		if (!is_id(p, "mut") && !is_id(p, "const"))
			return unexpected(p, "expected `mut` or `const` after '*' in a pointer type");
		text_puts(out, is_id(p, "mut") ? "*mut " : "*const ");
		next(p);
		return type_text(p, out);
	}
	if (is_p(p, "{")) {
		next(p);
		TRY(expect_id(p, "async", "in coroutine type"));
		if (is_id(p, "fn")) {
			next(p);
			TRY(expect_id(p, "body", "in `{async fn body of NAME()}`"));
			TRY(expect_id(p, "of", "in `{async fn body of NAME()}`"));
			text_puts(out, "{async fn body of ");
			TRY(path_text(p, out));
			TRY(expect_p(p, "(", "after the name in `{async fn body of NAME()}`"));
			TRY(expect_p(p, ")", "in `{async fn body of NAME()}`"));
			text_puts(out, "()");
		} else if (is_id(p, "block")) {
			next(p);
			TRY(expect_p(p, "@", "in `{async block@NAME}`"));
			text_puts(out, "{async block@");
			TRY(path_text(p, out));
		} else {
			return unexpected(p, "expected `fn` or `block` in coroutine type");
		}
		TRY(expect_p(p, "}", "after coroutine type"));
		text_puts(out, "}");
		return 0;
	}
	if (p->t.kind != T_IDENT && !is_p(p, "<")) /* `<S as T>::m::In`, `<impl S>::..` (items31) */
		return unexpected(p, "expected a type");
	TRY(path_text(p, out));
	if (!is_p(p, "<"))
		return 0;
	next(p);
	text_puts(out, "<");
	for (int n = 0;; n++) {
		if (n) {
			TRY(expect_p(p, ",", "between type arguments"));
			text_puts(out, ", ");
		}
		if (p->t.kind == T_LIFE) {
			text_put(out, p->t.s, p->t.n);
			next(p);
		} else {
			TRY(type_text(p, out));
		}
		if (is_p(p, ">"))
			break;
	}
	next(p);
	text_puts(out, ">");
	return 0;
}

static int type_text(P *p, Text *out)
{
	if (++p->depth > MAX_DEPTH)
		return ERR("nesting too deep (more than %d levels)", MAX_DEPTH);
	int r = type_text_inner(p, out);
	p->depth--;
	return r;
}

int parse_type_text(P *p, char **out)
{
	Text t = {p->tmp, NULL, 0, 0};
	TRY(type_text(p, &t));
	*out = t.s;
	return 0;
}
