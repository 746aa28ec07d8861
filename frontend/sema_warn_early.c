/* sema_warn_early.c — rustc 1.95's early lint pass on the subset's syntax (warn35; DESIGN.md "Warnings"):
 * unused_parens and unused_braces of a value in the contexts rustc_lint unused.rs checks
 * (`UnusedDelimLint::check_expr` / `check_stmt`, `UnusedParens::check_expr`: `if (c) {}`, `let a = (b);`,
 * `return (x)`, `f((a))`, `x = {y}`, `{ v }` as a block's value, ..), and double_negations (`- -x`,
 * rustc_lint builtin.rs `DoubleNegations`), while_true (`WhileTrue`) and redundant_semicolons
 * (`RedundantSemicolons`, a block's runs of empty statements). The parser, which alone sees the parentheses (the AST keeps
 * none), notes each value where it stands (early_delims) and each `(e)` (early_paren: a set of the
 * parenthesized nodes, which is_expr_delims_necessary's walks below stop at, as rustc's stop at
 * ExprKind::Paren); the findings are kept on the program and printed by sema_warn.c with the other early
 * lints, in the order of rustc's walk of its AST (EarlyContextAndPass: a node's checks before its
 * children's, the passes' in their order at one node: UnusedParens, UnusedBraces, .., DoubleNegations).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sema.h"

struct AstEarly {
	const AstExpr **set; /* the parenthesized nodes: open addressing by address */
	size_t mask, count;
	EarlyFinding *f;
	int n, cap;
};

static size_t ptr_hash(const void *e, size_t mask)
{
	uintptr_t x = (uintptr_t)e;
	x ^= x >> 17;
	x *= (uintptr_t)0x9E3779B97F4A7C15u;
	return (size_t)(x >> 7) & mask;
}

static struct AstEarly *early_of(AstProgram *p)
{
	if (!p->early)
		p->early = arena_alloc(p->arena, sizeof *p->early);
	return p->early;
}

void early_paren(AstProgram *p, const AstExpr *e)
{
	struct AstEarly *E = early_of(p);
	if (2 * (E->count + 1) > E->mask) { /* grow (the old table stays in the arena) */
		size_t cap = E->mask ? 2 * (E->mask + 1) : 64;
		const AstExpr **set = arena_alloc(p->arena, cap * sizeof *set);
		for (size_t i = 0; E->mask && i <= E->mask; i++)
			if (E->set[i]) {
				size_t h = ptr_hash(E->set[i], cap - 1);
				while (set[h])
					h = (h + 1) & (cap - 1);
				set[h] = E->set[i];
			}
		E->set = set;
		E->mask = cap - 1;
	}
	size_t h = ptr_hash(e, E->mask);
	while (E->set[h]) {
		if (E->set[h] == e)
			return;
		h = (h + 1) & E->mask;
	}
	E->set[h] = e;
	E->count++;
}

static bool is_paren(const struct AstEarly *E, const AstExpr *e)
{
	if (!E || !E->mask)
		return false;
	size_t h = ptr_hash(e, E->mask);
	for (; E->set[h]; h = (h + 1) & E->mask)
		if (E->set[h] == e)
			return true;
	return false;
}

static const char *const CTX_WORD[NDELIM_CTX] = {
	[DELIM_FN_ARG] = "function argument",
	[DELIM_METHOD_ARG] = "method argument",
	[DELIM_ASSIGNED] = "assigned value",
	[DELIM_IF] = "`if` condition",
	[DELIM_WHILE] = "`while` condition",
	[DELIM_MATCH_SCRUT] = "`match` scrutinee expression",
	[DELIM_RETURN] = "`return` value",
	[DELIM_BLOCK_RET] = "block return value",
	[DELIM_LET_SCRUT] = "`let` scrutinee expression",
	[DELIM_MATCH_ARM] = "match arm expression",
	[DELIM_INDEX] = "index expression",
	[DELIM_PATTERN] = "pattern",
};

static void note(AstProgram *p, EarlyAt at, int line, int col, int kind, int ctx)
{
	struct AstEarly *E = early_of(p);
	if (E->n == E->cap) {
		int cap = E->cap ? 2 * E->cap : 16;
		EarlyFinding *f = arena_alloc(p->arena, (size_t)cap * sizeof *f);
		if (E->n)
			memcpy(f, E->f, (size_t)E->n * sizeof *f);
		E->f = f;
		E->cap = cap;
	}
	E->f[E->n] = (EarlyFinding){.line = line, .col = col, .at = at, .seq = E->n, .kind = (uint8_t)kind,
	                            .ctx = (uint8_t)ctx};
	E->n++;
}

/* rustc_ast classify's expr_requires_semi_to_be_stmt, negated: a block-like expression (if, match,
 * block, loop, while; not `e?`'s match nor an async block); a parenthesized one is ExprKind::Paren */
static bool block_like(const struct AstEarly *E, const AstExpr *e)
{
	if (is_paren(E, e))
		return false;
	switch (e->kind) {
	case EXPR_IF:
	case EXPR_BLOCK:
	case EXPR_LOOP:
	case EXPR_WHILE:
		return true;
	case EXPR_MATCH:
		return e->if_let || (e->op_line == 0 && e->op_col == 0); /* `e?` (parse_try): op at the `?` */
	default:
		return false;
	}
}

/* rustc_ast util::parser's contains_exterior_struct_lit: a struct literal `S { .. }` not inside
 * delimiters; top: e's own parentheses are the ones being linted */
static bool ext_struct(const struct AstEarly *E, const AstExpr *e, bool top)
{
	for (;;) {
		if (!top && is_paren(E, e))
			return false;
		top = false;
		switch (e->kind) {
		case EXPR_STRUCT:
			return !e->ctor_call && !(e->strukt && e->strukt->is_unit);
		case EXPR_VARIANT:
			return e->enm && e->variant >= 0 && e->variant < e->enm->nvariants &&
			       !e->enm->variants[e->variant].is_tuple && !e->enm->variants[e->variant].is_unit;
		case EXPR_ASSIGN:
		case EXPR_OP_ASSIGN:
		case EXPR_BINARY:
			if (ext_struct(E, e->lhs, false))
				return true;
			e = e->rhs;
			continue;
		case EXPR_AWAIT:
		case EXPR_UNARY:
		case EXPR_DEREF:
		case EXPR_CAST:
		case EXPR_FIELD:
		case EXPR_INDEX:
			e = e->lhs;
			continue;
		case EXPR_CALL:
			if (!e->method || e->nargs < 1)
				return false;
			e = e->args[0]; /* the receiver */
			continue;
		default:
			return false;
		}
	}
}

/* unused.rs UnusedDelimLint::is_expr_delims_necessary: whether the delimiters around inner (written
 * `(inner)` or `{ inner }`) are needed in ctx; inner_paren: inner is itself parenthesized (`{ (x) }`) */
static bool delims_necessary(const struct AstEarly *E, const AstExpr *inner, DelimCtx ctx, bool followed_by_block,
                             bool inner_paren)
{
	if (inner_paren) /* ExprKind::Paren: every walk below stops at it */
		return false;
	/* the left operand's chain: `({ 0 } + 1)` needs them */
	for (const AstExpr *e = inner;;) {
		switch (e->kind) {
		case EXPR_BINARY:
		case EXPR_CAST:
		case EXPR_INDEX:
			e = e->lhs;
			break;
		default:
			e = NULL; /* a call's callee is a path in the subset: no block */
			break;
		}
		if (!e || is_paren(E, e))
			break;
		if (block_like(E, e))
			return true;
	}
	(void)ctx;
	if (!followed_by_block)
		return false;
	const AstExpr *e = inner;
	while (e->kind == EXPR_REF && (e == inner || !is_paren(E, e)))
		e = e->lhs;
	if (ext_struct(E, e, e == inner))
		return true;
	for (e = inner;;) {
		if (e != inner && is_paren(E, e))
			return ext_struct(E, inner, true);
		switch (e->kind) {
		case EXPR_UNARY:
		case EXPR_DEREF:
			e = e->lhs;
			continue;
		case EXPR_BINARY:
		case EXPR_OP_ASSIGN:
		case EXPR_ASSIGN:
			e = e->rhs;
			continue;
		case EXPR_RETURN:
			return true;
		case EXPR_BREAK:
			return false;
		default:
			return ext_struct(E, inner, true);
		}
	}
}

void early_delims(AstProgram *p, EarlyAt at, bool braces, DelimCtx ctx, const AstExpr *value, bool followed_by_block)
{
	struct AstEarly *E = p->early;
	if (!value)
		return;
	if (!braces) { /* UnusedParens::check_unused_delims_expr */
		if (!is_paren(E, value))
			return;
		if (delims_necessary(E, value, ctx, followed_by_block, false))
			return;
		if (ctx == DELIM_LET_SCRUT && value->kind == EXPR_BINARY &&
		    (value->bin_op == AOP_AND || value->bin_op == AOP_OR))
			return;
		if (ctx == DELIM_RETURN && value->kind == EXPR_ASSIGN)
			return;
		note(p, at, value->line, value->col, EARLY_PARENS, ctx);
		return;
	}
	/* UnusedBraces: `{ e }` of one expression on one line (no statement, no item, no label) */
	if (value->kind != EXPR_BLOCK || value->if_let || is_paren(E, value))
		return;
	const AstBlock *b = value->block;
	const AstExpr *inner = NULL;
	if (b->nitems == 0 && b->nstmts == 0)
		inner = b->tail;
	else if (b->nitems == 0 && b->nstmts == 1 && !b->tail && b->stmts[0].kind == ASTMT_EXPR && !b->stmts[0].has_semi)
		inner = b->stmts[0].expr;
	if (!inner || b->line != b->end_line)
		return;
	if (delims_necessary(E, inner, ctx, followed_by_block, is_paren(E, inner)))
		return;
	note(p, at, b->line, b->col, EARLY_BRACES, ctx);
}

/* UnusedParens::check_pat of a binding's subpattern (check_unused_parens_pat: not around a range, nor
 * around an or-pattern there) */
void early_paren_pattern(AstProgram *p, EarlyAt at, int line, int col)
{
	note(p, at, line, col, EARLY_PARENS, DELIM_PATTERN);
}

void early_double_neg(AstProgram *p, EarlyAt at)
{
	note(p, at, at.line, at.col, EARLY_DOUBLE_NEG, 0);
}

/* WhileTrue::check_expr (rustc_lint builtin.rs): its span runs from `while` to the condition's end */
void early_while_true(AstProgram *p, EarlyAt at)
{
	note(p, at, at.line, at.col, EARLY_WHILE_TRUE, 0);
}

/* RedundantSemicolons::check_block (rustc_lint redundant_semicolon.rs): one finding per run of empty
 * statements, at its first `;` */
void early_semis(AstProgram *p, EarlyAt at, int line, int col, int n)
{
	note(p, at, line, col, EARLY_SEMIS, n > 1);
}

void early_label(AstProgram *p, EarlyAt at, const AstExpr *e)
{
	note(p, at, at.line, at.col, EARLY_LABEL, 0);
	p->early->f[p->early->n - 1].labeled = e;
}

int early_cmp_at(const EarlyAt *a, const EarlyAt *b)
{
#define CMP(x, y) if ((x) != (y)) return (x) < (y) ? -1 : 1
	CMP(a->line, b->line);
	CMP(a->col, b->col);
	CMP(b->end_line, a->end_line); /* the outer node first */
	CMP(b->end_col, a->end_col);
	CMP(a->level, b->level);
#undef CMP
	return 0;
}

static int cmp_found(const void *pa, const void *pb)
{
	const EarlyFinding *a = pa, *b = pb;
	int c = early_cmp_at(&a->at, &b->at);
	return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

static int cmp_place(const void *pa, const void *pb)
{
	const EarlyFinding *a = *(const EarlyFinding *const *)pa, *b = *(const EarlyFinding *const *)pb;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	int c = strcmp(a->msg, b->msg);
	if (c)
		return c;
	return cmp_found(a, b);
}

int early_findings(AstProgram *p, Arena *scratch, EarlyFinding **out)
{
	struct AstEarly *E = p->early;
	*out = NULL;
	if (!E || !E->n)
		return 0;
	int n = E->n;
	EarlyFinding *f = arena_alloc(scratch, (size_t)n * sizeof *f);
	for (int i = 0; i < n; i++) {
		f[i] = E->f[i];
		if (f[i].kind == EARLY_LABEL) {
			f[i].msg = "unused label";
			continue;
		}
		if (f[i].kind == EARLY_DOUBLE_NEG || f[i].kind == EARLY_WHILE_TRUE || f[i].kind == EARLY_SEMIS) {
			f[i].msg = f[i].kind == EARLY_DOUBLE_NEG   ? "use of a double negation"
			           : f[i].kind == EARLY_WHILE_TRUE ? "denote infinite loops with `loop { ... }`"
			           : f[i].ctx                      ? "unnecessary trailing semicolons"
			                                           : "unnecessary trailing semicolon";
			continue;
		}
		const char *what = CTX_WORD[f[i].ctx];
		size_t len = strlen(what) + 40;
		char *m = arena_alloc(scratch, len);
		snprintf(m, len, "unnecessary %s around %s", f[i].kind == EARLY_BRACES ? "braces" : "parentheses", what);
		f[i].msg = m;
	}
	/* one finding per place and message, the first rustc's walk reaches (an `if let`'s statements
	 * are checked at the `if` too: UnusedParens::check_expr) */
	const EarlyFinding **ix = arena_alloc(scratch, (size_t)n * sizeof *ix);
	for (int i = 0; i < n; i++)
		ix[i] = &f[i];
	qsort(ix, (size_t)n, sizeof *ix, cmp_place);
	uint8_t *drop = arena_alloc(scratch, (size_t)n);
	for (int i = 0; i < n; i++) /* flow40: a label a `break` / `continue` names */
		drop[i] = f[i].kind == EARLY_LABEL && f[i].labeled->label_used;
	for (int i = 1; i < n; i++)
		if (ix[i]->line == ix[i - 1]->line && ix[i]->col == ix[i - 1]->col && strcmp(ix[i]->msg, ix[i - 1]->msg) == 0)
			drop[ix[i] - f] = 1;
	int k = 0;
	for (int i = 0; i < n; i++)
		if (!drop[i])
			f[k++] = f[i];
	qsort(f, (size_t)k, sizeof *f, cmp_found);
	*out = f;
	return k;
}
