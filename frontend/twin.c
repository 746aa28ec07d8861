/*
 * twin.c — the sync twin of a program, for the async/sync size ratio:
 * the same source with `async` / `async move` and `.await` removed and
 * `yield_now()` replaced by `()`. Works on tokens, skipping comments, so
 * it never touches text inside them. The twin of `async fn f` is `fn f`.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

static int is_ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Does the word w start at src[i] as a whole identifier? */
static int word_at(const char *src, size_t len, size_t i, const char *w)
{
	if (i >= len || src[i] != w[0]) /* most bytes: one compare */
		return 0;
	size_t n = strlen(w);
	if (i + n > len || memcmp(src + i, w, n) != 0)
		return 0;
	if (i > 0 && is_ident_char(src[i - 1]))
		return 0;
	return i + n == len || !is_ident_char(src[i + n]);
}

static size_t skip_space(const char *src, size_t len, size_t i)
{
	while (i < len && isspace((unsigned char)src[i]))
		i++;
	return i;
}

char *sync_twin_source(const char *src, size_t len, size_t *outlen)
{
	char *out = malloc(len + 1);
	if (!out)
		internal_error("out of memory");
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		if (src[i] == '/' && i + 1 < len && src[i + 1] == '/') {
			while (i < len && src[i] != '\n')
				out[o++] = src[i++];
		} else if (src[i] == '/' && i + 1 < len && src[i + 1] == '*') {
			int depth = 0;
			do {
				if (src[i] == '/' && i + 1 < len && src[i + 1] == '*')
					depth++, out[o++] = src[i++];
				else if (src[i] == '*' && i + 1 < len && src[i + 1] == '/')
					depth--, out[o++] = src[i++];
				out[o++] = src[i++];
			} while (i < len && depth > 0);
		} else if (word_at(src, len, i, "async")) {
			i = skip_space(src, len, i + 5);
			if (word_at(src, len, i, "move"))
				i = skip_space(src, len, i + 4);
		} else if (src[i] == '.' && word_at(src, len, skip_space(src, len, i + 1), "await")) {
			i = skip_space(src, len, i + 1) + 5;
		} else if (word_at(src, len, i, "yield_now")) {
			size_t j = skip_space(src, len, i + 9);
			if (j < len && src[j] == '(') {
				j = skip_space(src, len, j + 1);
				if (j < len && src[j] == ')') {
					out[o++] = '(';
					out[o++] = ')';
					i = j + 1;
					continue;
				}
			}
			out[o++] = src[i++];
		} else {
			out[o++] = src[i++];
		}
	}
	out[o] = 0;
	*outlen = o;
	return out;
}
