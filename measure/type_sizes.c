/*
 * type_sizes.c — rustc's `-Zprint-type-sizes` records (its stdout): the parser
 * `coroslim crate` reads its futures' layouts with (measure/crate.c, issue 25),
 * shared with the importer's real sizes (measure/import_bytes.c, issue 24 item 1).
 *
 *   print-type-size type: `T`: N bytes, alignment: A bytes
 *   print-type-size     discriminant: D bytes
 *   print-type-size     variant `V`: N bytes
 *   print-type-size         upvar `.x`: N bytes[, offset: O bytes][, alignment: A bytes][, type: T]
 *   print-type-size         local `.x`: ...   |   padding: N bytes   |   field `.x`: ...
 *   print-type-size     end padding: N bytes
 *
 * rustc prints a record for every ADT, closure and coroutine whose layout it
 * computed in that compile and that has no type parameter left (a generic type
 * without an instance in the crate has none).
 */
#define _XOPEN_SOURCE 700 /* PATH_MAX (crate.h) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crate.h"

int ts_ident_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

/* The path starting at s (`a::b::C`): its end; *last is where its last
 * segment starts. */
static const char *path_end(const char *s, const char **last)
{
	*last = s;
	const char *p = s;
	for (;;) {
		while (ts_ident_char(*p))
			p++;
		if (p[0] == ':' && p[1] == ':' && ts_ident_char(p[2])) {
			*last = p += 2;
			continue;
		}
		return p;
	}
}

/* Whether a (the MIR's type) equals b (a -Zprint-type-sizes type) where every
 * path of a is b's path or a tail of it, segment by segment: the MIR's pretty
 * printer prints a path as the shortest one visible (`<Uart as Read>` for
 * `<Uart as embedded_io_async::Read>` when `Read` is unique among the crates it
 * sees, but `embedded_io_async::Write`, which core::fmt::Write makes ambiguous;
 * `slice_mut::<impl ..>` for `impls::slice_mut::<impl ..>`); -Zprint-type-sizes
 * prints it from the crate root. */
int ts_same_up_to_tails(const char *a, const char *b)
{
	char prev = 0; /* the last character both had */
	while (*a && *b) {
		if (ts_ident_char(*a) && ts_ident_char(*b) && !ts_ident_char(prev)) {
			const char *la, *lb, *ea = path_end(a, &la), *eb = path_end(b, &lb);
			size_t na = (size_t)(ea - a), nb = (size_t)(eb - b);
			/* a's path is b's, or a tail of b's after a `::` */
			if (na > nb || memcmp(a, eb - na, na) != 0 || (na < nb && eb[-(ptrdiff_t)na - 1] != ':'))
				return 0;
			a = ea, b = eb;
			prev = a[-1];
			continue;
		}
		if (*a != *b)
			return 0;
		prev = *a++, b++;
	}
	return *a == *b;
}

char *ts_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		internal_error("out of memory");
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

static uint64_t num_after(const char *s, const char *key)
{
	const char *p = strstr(s, key);
	return p ? strtoull(p + strlen(key), NULL, 10) : 0;
}

/* `NAME`: the text between the first pair of backquotes (malloc'd) */
static char *backquoted(const char *s, const char **rest)
{
	const char *a = strchr(s, '`');
	if (!a)
		return NULL;
	const char *b = strstr(a + 1, "`:");
	if (!b)
		b = strchr(a + 1, '`');
	if (!b)
		return NULL;
	if (rest)
		*rest = b + 1;
	return ts_strndup(a + 1, (size_t)(b - a - 1));
}

static int is_async_type(const char *t)
{
	return strncmp(t, "{async fn body of ", 18) == 0 || strncmp(t, "{async block@", 13) == 0 ||
	       strncmp(t, "{async closure body@", 20) == 0;
}

void type_sizes_parse(const char *text, TypeSizes *ts, int all)
{
	TypeSize *cur = NULL;
	for (const char *line = text; line && *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		char *l = ts_strndup(line, len);
		line = nl ? nl + 1 : NULL;
		if (strncmp(l, "print-type-size ", 16) != 0) {
			free(l);
			continue;
		}
		const char *s = l + 16;
		while (*s == ' ')
			s++;
		const char *rest;
		if (strncmp(s, "type: ", 6) == 0) {
			char *t = backquoted(s, &rest);
			cur = NULL;
			if (t && (all || is_async_type(t))) {
				GROW(ts->t, ts->n, ts->cap);
				cur = &ts->t[ts->n++];
				memset(cur, 0, sizeof *cur);
				cur->type = t;
				cur->size = strtoull(rest + 2, NULL, 10);
				cur->align = num_after(rest, "alignment: ");
			} else
				free(t);
		} else if (!cur) {
		} else if (strncmp(s, "discriminant: ", 14) == 0) {
			cur->discr = strtoull(s + 14, NULL, 10);
		} else if (strncmp(s, "end padding: ", 13) == 0) {
			cur->end_pad = strtoull(s + 13, NULL, 10);
		} else if (strncmp(s, "variant ", 8) == 0) {
			GROW(cur->v, cur->nv, cur->capv);
			TsVariant *v = &cur->v[cur->nv++];
			memset(v, 0, sizeof *v);
			v->name = backquoted(s, &rest);
			v->size = v->name ? strtoull(rest + 2, NULL, 10) : 0;
		} else if (cur->nv && (strncmp(s, "upvar ", 6) == 0 || strncmp(s, "local ", 6) == 0 ||
				       strncmp(s, "padding: ", 9) == 0)) {
			TsVariant *v = &cur->v[cur->nv - 1];
			GROW(v->f, v->nf, v->capf);
			TsField *f = &v->f[v->nf++];
			memset(f, 0, sizeof *f);
			if (s[0] == 'p') {
				f->kind = F_PADDING;
				f->size = strtoull(s + 9, NULL, 10);
			} else {
				f->kind = s[0] == 'u' ? F_UPVAR : F_LOCAL;
				char *name = backquoted(s, &rest);
				f->name = name && name[0] == '.' ? str_dup(name + 1) : str_dup(name ? name : "?");
				free(name);
				f->size = name ? strtoull(rest + 2, NULL, 10) : 0;
				const char *ty = strstr(s, ", type: ");
				if (ty)
					f->type = str_dup(ty + 8);
			}
		}
		free(l);
	}
}

void type_sizes_free(TypeSizes *ts)
{
	for (uint32_t i = 0; i < ts->n; i++) {
		TypeSize *t = &ts->t[i];
		for (uint32_t j = 0; j < t->nv; j++) {
			for (uint32_t k = 0; k < t->v[j].nf; k++)
				free(t->v[j].f[k].name), free(t->v[j].f[k].type);
			free(t->v[j].f), free(t->v[j].name);
		}
		free(t->v), free(t->type);
	}
	free(ts->t);
}

