/* lint_level.c — lint38: the levels lint attributes give (`#[allow(..)]`, `#[warn(..)]`, `#[deny(..)]`,
 * `#[forbid(..)]`, `#[expect(..)]`; DESIGN.md "Warnings"): the names rustc 1.95 knows (lint_names.h,
 * generated from `rustc -W help`), and a lint's level at a position, as rustc_lint's LintLevelsBuilder
 * gives it: the innermost attribute naming the lint or a group holding it (of one item's attributes the
 * last), else the lint's default; a lint at warn level then takes the level the `warnings` lint has there,
 * if that is not warn (rustc_middle lint.rs `reveal_actual_level`). */
#include <stdlib.h>
#include <string.h>

#include "ast.h"

typedef struct LintName {
	const char *name;
	const char *members; /* a group's, space-separated; NULL for a lint */
	uint8_t level;       /* a lint's default */
} LintName;

enum { allow = LINT_ALLOW, warn = LINT_WARN, deny = LINT_DENY, forbid = LINT_FORBID };
static const LintName lint_names[] = {
#define LINT(n, l) {#n, NULL, l},
#define GROUP(n, m) {#n, m, 0},
#include "lint_names.h"
#undef LINT
#undef GROUP
};
enum { NLINTS = sizeof lint_names / sizeof lint_names[0] };

int lint_index(const char *name, size_t len)
{
	int lo = 0, hi = NLINTS - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		const char *m = lint_names[mid].name;
		int c = strncmp(m, name, len);
		if (c == 0)
			c = m[len] != '\0'; /* m longer: after name */
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

const char *lint_name(int lint)
{
	return lint_names[lint].name;
}

bool lint_is_group(int lint)
{
	return lint_names[lint].members != NULL || strcmp(lint_names[lint].name, "warnings") == 0;
}

int lint_default(int lint)
{
	return lint_names[lint].members ? LINT_WARN : lint_names[lint].level;
}

/* the attribute's name `named` covers `lint`: the same, or a group holding it */
bool lint_covers(int named, int lint)
{
	if (named == lint)
		return true;
	const char *m = lint_names[named].members, *want = lint_names[lint].name;
	if (!m)
		return false;
	size_t n = strlen(want);
	for (const char *at = m; (at = strstr(at, want)) != NULL; at += n)
		if ((at == m || at[-1] == ' ') && (at[n] == ' ' || at[n] == '\0'))
			return true;
	return false;
}

static int cmp_pos(int l1, int c1, int l2, int c2)
{
	return l1 != l2 ? (l1 < l2 ? -1 : 1) : c1 != c2 ? (c1 < c2 ? -1 : 1) : 0;
}

static bool holds(const AstLintAttr *a, int line, int col)
{
	return cmp_pos(a->lo_line, a->lo_col, line, col) <= 0 && cmp_pos(line, col, a->hi_line, a->hi_col) <= 0;
}

static int cmp_attr(const void *pa, const void *pb)
{
	const AstLintAttr *a = pa, *b = pb;
	int c = cmp_pos(a->lo_line, a->lo_col, b->lo_line, b->lo_col);
	if (c)
		return c;
	c = cmp_pos(b->hi_line, b->hi_col, a->hi_line, a->hi_col); /* the wider first: it holds the other */
	return c ? c : cmp_pos(a->name_line, a->name_col, b->name_line, b->name_col);
}

/* sorted by scope (an enclosing scope before the ones it holds, one item's attributes in source order),
 * each with its parent: the scopes nest (items in items), so the innermost holding a position is the
 * last starting at or before it or one of its parents */
void lint_attrs_finish(AstProgram *p)
{
	AstLintAttr *a = p->lint_attrs;
	int n = p->nlint_attrs;
	if (n > 1)
		qsort(a, (size_t)n, sizeof *a, cmp_attr);
	for (int i = 0; i < n; i++) {
		int q = i - 1;
		while (q >= 0 && !holds(&a[q], a[i].lo_line, a[i].lo_col))
			q = a[q].parent;
		a[i].parent = q;
	}
}

/* the last attribute whose scope starts at or before (line, col) */
static int last_starting(const AstProgram *p, int line, int col)
{
	int lo = 0, hi = p->nlint_attrs; /* the first starting after */
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (cmp_pos(p->lint_attrs[mid].lo_line, p->lint_attrs[mid].lo_col, line, col) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo - 1;
}

/* the attribute deciding lint's level at (line, col), -1: none (the default) */
static int deciding(const AstProgram *p, int lint, int line, int col)
{
	for (int q = last_starting(p, line, col); q >= 0; q = p->lint_attrs[q].parent)
		if (holds(&p->lint_attrs[q], line, col) && p->lint_attrs[q].lint >= 0 && lint_covers(p->lint_attrs[q].lint, lint))
			return q;
	return -1;
}

int lint_level(AstProgram *p, int lint, int line, int col, int *attr)
{
	int q = deciding(p, lint, line, col);
	int level = q >= 0 ? p->lint_attrs[q].level : lint_default(lint);
	int warnings = lint_index("warnings", strlen("warnings"));
	if (level == LINT_WARN && lint != warnings) {
		int w = deciding(p, warnings, line, col);
		if (w >= 0 && p->lint_attrs[w].level != LINT_WARN)
			q = w, level = p->lint_attrs[w].level;
	}
	*attr = q;
	return level;
}
