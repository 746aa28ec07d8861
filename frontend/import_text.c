/* import_text.c — rustc MIR import: lines and spans, bracket matching, numbers, located errors. See import.c. */
#include "import.h"

/* ------------------------------------------------------------------ */
/* text                                                                 */
/* ------------------------------------------------------------------ */

/* Skips a string literal at p (p[0] == '"'); returns the char after it, or NULL. */
const char *mir_skip_string(const char *p, const char *e)
{
	for (p++; p < e; p++) {
		if (*p == '\\') {
			p++;
			continue;
		}
		if (*p == '"')
			return p + 1;
	}
	return NULL;
}

/* At a `'`: a char literal ('a', '\n', '\u{..}', a multi-byte char) or a lifetime. */
const char *mir_skip_quote(const char *p, const char *e)
{
	if (p + 1 < e && p[1] == '\\') {
		for (const char *q = p + 3; q < e; q++) {
			if (*q == '\\') {
				q++;
				continue;
			}
			if (*q == '\'')
				return q + 1;
		}
		return NULL;
	}
	const char *q = p + 1;
	if (q < e) {
		q++;
		while (q < e && ((unsigned char)*q & 0xC0) == 0x80) /* UTF-8 continuation */
			q++;
		if (q < e && *q == '\'')
			return q + 1;
	}
	return p + 1; /* a lifetime: just the quote */
}

/* Finds, at bracket depth 0 of x, the first occurrence of lit (or with
 * last, the last one). `->` is never a bracket. NULL if absent or unbalanced. */
const char *mir_find_top(Span x, const char *lit, int last)
{
	size_t n = strlen(lit);
	int depth = 0;
	const char *found = NULL;
	for (const char *p = x.s; p < x.e;) {
		if (depth == 0 && (size_t)(x.e - p) >= n && memcmp(p, lit, n) == 0) {
			if (!last)
				return p;
			found = p;
		}
		char c = *p;
		if (c == '"') {
			p = mir_skip_string(p, x.e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '\'') {
			p = mir_skip_quote(p, x.e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '-' && p + 1 < x.e && p[1] == '>') {
			p += 2;
			continue;
		}
		if (c == '(' || c == '[' || c == '{' || c == '<')
			depth++;
		else if (c == ')' || c == ']' || c == '}' || c == '>') {
			if (--depth < 0)
				return NULL;
		}
		p++;
	}
	return depth == 0 ? found : NULL;
}

/* p points at an opening bracket; returns the matching closer or NULL. */
const char *mir_match_close(const char *p, const char *e)
{
	int depth = 0;
	while (p < e) {
		char c = *p;
		if (c == '"') {
			p = mir_skip_string(p, e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '\'') {
			p = mir_skip_quote(p, e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '-' && p + 1 < e && p[1] == '>') {
			p += 2;
			continue;
		}
		if (c == '(' || c == '[' || c == '{' || c == '<')
			depth++;
		else if (c == ')' || c == ']' || c == '}' || c == '>') {
			if (--depth == 0)
				return p;
			if (depth < 0)
				return NULL;
		}
		p++;
	}
	return NULL;
}

/* Every bracket closed, every string ended. */
int mir_balanced(Span x)
{
	int depth = 0;
	for (const char *p = x.s; p < x.e;) {
		char c = *p;
		if (c == '"' || c == '\'') {
			p = c == '"' ? mir_skip_string(p, x.e) : mir_skip_quote(p, x.e);
			if (!p)
				return 0;
			continue;
		}
		if (c == '-' && p + 1 < x.e && p[1] == '>') {
			p += 2;
			continue;
		}
		if (c == '(' || c == '[' || c == '{' || c == '<')
			depth++;
		else if ((c == ')' || c == ']' || c == '}' || c == '>') && --depth < 0)
			return 0;
		p++;
	}
	return depth == 0;
}

/* Splits x at depth-0 ", " into at most max parts; returns the count or -1. */
int mir_split_commas(Span x, Span *out, int max)
{
	x = trim(x);
	if (x.s == x.e)
		return 0;
	int n = 0;
	for (;;) {
		const char *c = mir_find_top(x, ",", 0);
		if (n == max)
			return -1;
		if (!c) {
			out[n++] = trim(x);
			return n;
		}
		out[n++] = trim((Span){x.s, c});
		x = (Span){c + 1, x.e};
	}
}

/* Parses a decimal number (no sign) of at most 64 bits; -1 if not one. */
int mir_parse_u64(Span x, uint64_t *out)
{
	if (x.s == x.e)
		return -1;
	uint64_t v = 0;
	for (const char *p = x.s; p < x.e; p++) {
		if (!is_digit(*p))
			return -1;
		unsigned d = (unsigned)(*p - '0');
		if (v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

/* `_N` -> N */
int mir_parse_local_name(Span x, uint64_t *out)
{
	if (span_len(x) < 2 || x.s[0] != '_')
		return -1;
	return mir_parse_u64(drop_front(x, 1), out);
}

int mir_bad(Ctx *c, const char *at, const char *fmt, ...)
{
	if (c->d.failed)
		return BAD;
	int col = 1;
	if (c->line && at >= c->line->s && at <= c->line->s + c->line->n)
		col = (int)(at - c->line->s) + 1;
	va_list ap;
	va_start(ap, fmt);
	diag_vset(&c->d, c->line ? c->line->no : 0, col, fmt, ap);
	va_end(ap);
	return BAD;
}

int mir_opaque(Ctx *c, ImportReason r)
{
	c->why = r;
	return OPAQUE;
}

char *mir_xstrndup(const char *s, size_t n)
{
	char *r = malloc(n + 1);
	if (!r)
		internal_error("out of memory");
	memcpy(r, s, n);
	r[n] = 0;
	return r;
}
