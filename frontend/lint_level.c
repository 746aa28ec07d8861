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

int lint_named(const char *name)
{
	return lint_index(name, strlen(name));
}

static const struct {
	const char *text;
	char where; /* 'p': msg starts with it, 's': ends with it, 'c': contains it */
	const char *lint;
} rules[] = { /* rustc's messages, each of its lint */
	{"unreachable statement", 'p', "unreachable_code"},
	{"unreachable expression", 'p', "unreachable_code"},
	{"unreachable call", 'p', "unreachable_code"},
	{"unreachable pattern", 'p', "unreachable_patterns"},
	{"multiple patterns overlap", 'p', "overlapping_range_endpoints"},
	{"multiple ranges are one apart", 'p', "non_contiguous_range_endpoints"},
	{"exclusive range missing", 'p', "non_contiguous_range_endpoints"},
	{"irrefutable `", 'p', "irrefutable_let_patterns"},
	{"value passed to", 'p', "unused_assignments"},
	{"value assigned to", 'p', "unused_assignments"},
	{"value captured by", 'p', "unused_assignments"},
	{"unused variable: ", 'p', "unused_variables"},
	{"is assigned to, but never used", 's', "unused_variables"},
	{"variable does not need to be mutable", 'p', "unused_mut"},
	{"should have an upper camel case name", 's', "non_camel_case_types"},
	{"should have a snake case name", 's', "non_snake_case"},
	{"should have an upper case name", 's', "non_upper_case_globals"},
	{"non-local `impl` definition", 'p', "non_local_definitions"},
	{"comparison is useless due to type limits", 'p', "unused_comparisons"},
	{"that must be used", 's', "unused_must_use"},
	{"unnecessary parentheses", 'p', "unused_parens"},
	{"unnecessary braces", 'p', "unused_braces"},
	{"use of a double negation", 'p', "double_negations"},
	{"denote infinite loops", 'p', "while_true"},
	{"unused label", 'p', "unused_labels"}, /* flow40 */
	{"unnecessary trailing semicolon", 'p', "redundant_semicolons"},
	{"useless assignment of ", 'p', "dead_code"},
	{"unknown lint: `", 'p', "unknown_lints"},
	{"this lint expectation is unfulfilled", 'p', "unfulfilled_lint_expectations"},
	{"this arithmetic operation will overflow", 'p', "arithmetic_overflow"},
	{"this operation will panic at runtime", 'p', "unconditional_panic"},
	{"literal out of range for ", 'p', "overflowing_literals"},
	{" never ", 'c', "dead_code"}, /* last: a containment */
};

/* the lint whose message msg is (rustc's first line), -1: none; coroslim's warnings (sema_warn.c) and the
 * deny-by-default lints it reports as errors (sema_lint.c) */
int lint_of_message(const char *msg)
{
	size_t n = strlen(msg);
	for (size_t i = 0; i < sizeof rules / sizeof *rules; i++) {
		size_t k = strlen(rules[i].text);
		bool hit = rules[i].where == 'p'   ? strncmp(msg, rules[i].text, k) == 0
		           : rules[i].where == 's' ? n >= k && strcmp(msg + n - k, rules[i].text) == 0
		                                   : strstr(msg, rules[i].text) != NULL;
		if (hit)
			return lint_named(rules[i].lint);
	}
	return -1;
}

/* a lint coroslim reports (a message of lint_of_message's table), or `warnings`, `unused`,
 * `nonstandard_style`: a level other than allow of any other would need that lint's warnings */
bool lint_reported(int lint)
{
	static const char *const more[] = {"warnings", "unused", "nonstandard_style"};
	for (size_t i = 0; i < sizeof more / sizeof *more; i++)
		if (lint == lint_named(more[i]))
			return true;
	for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
		if (lint == lint_named(rules[i].lint))
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
	int m = 0; /* an item parsed twice (an enum's early parse, variant34) noted its attributes twice */
	for (int i = 0; i < n; i++)
		if (!m || cmp_attr(&a[m - 1], &a[i]) != 0 || a[m - 1].level != a[i].level || a[m - 1].lint != a[i].lint)
			a[m++] = a[i];
	p->nlint_attrs = n = m;
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
	int warnings = lint_named("warnings");
	if (level == LINT_WARN && lint != warnings) {
		int w = deciding(p, warnings, line, col);
		if (w >= 0 && p->lint_attrs[w].level != LINT_WARN)
			q = w, level = p->lint_attrs[w].level;
	}
	*attr = q;
	return level;
}
