/* sema_warn.c — rustc 1.95's warn-by-default lints on a checked program (warn28; DESIGN.md
 * "Warnings"): `FILE:LINE:COL: warning: MESSAGE` on stderr at rustc's primary span with rustc's
 * first line, in rustc's order. Run by sema_check once every check passed, when the program
 * asks for them (AstProgram.warn_src: `build`, `run`, ... without `-A warnings`).
 *
 * rustc emits a lint when the pass that finds it runs; the order is the order of its passes
 * (seen with rustc 1.95 on the subset, tests/warn):
 *   0. the early lint pass: non_camel_case_types, unused_parens, unused_braces, double_negations
 *      (sema_warn_early.c), in the order of rustc's walk of its AST;
 *   1. every async fn, in source order, during wfcheck (its opaque type's hidden type needs its
 *      typeck and its coroutine's MIR): typeck's unreachable_code, then check_match's
 *      irrefutable_let_patterns / unreachable_patterns, then borrowck's unused_mut;
 *   2. typeck of every sync fn in source order: unreachable_code;
 *   3. per fn in source order: (sync fns) check_match's and borrowck's, then liveness's
 *      unused_variables and unused_assignments (both);
 *   4. dead_code; 5. the late lint pass: unused_must_use and non_snake_case, in source order.
 * Within check_match and borrowck a fn's async blocks come before the fn's own body, an inner
 * block before the block holding it (the order the bodies' MIR is built in); liveness reports a
 * body's blocks before it, the last first (check_liveness's order: live_ranks); then source
 * order (liveness and unused_mut: MIR's local order, the order of the names in the source).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sema.h"

typedef struct Warning {
	int phase, fn, sub;
	int body_line, body_col; /* the end of the async block holding it (INT_MAX: the fn's body) */
	int line, col, seq;
	EarlyAt at; /* phase 0: the node of rustc's AST whose early lint check finds it (warn35) */
	char *msg;
	int lint;   /* lint38: lint_names.h's index (warning_lint) */
	int level;  /* lint38: LINT_ALLOW ... at its position (lint_level) */
} Warning;

typedef struct Warn {
	Sema *s;
	AstProgram *p;
	const char *src;
	size_t len;
	int *line_start; /* offsets of the lines' first bytes, from line 1 */
	int nlines;
	Warning *w;
	int n, cap;
	int phase, fn, sub;
	/* unreachable_code: rustc's Diverges (0 Maybe, 1 Always, 2 WarnedAlways) */
	int dv;
	/* unused_variables / unused_mut: by var id */
	uint8_t *used, *written, *mutated;
	uint8_t *inpat, *primary; /* declared by a parameter, a `let` or a pattern; unused */
	uint8_t *assigned;        /* the place of an assignment (through fields and indexing): unused_assignments */
	uint8_t *in_guard;        /* by var id: use_facts walks a guard of an arm binding it (warn31) */
	int *last_line, *last_col; /* by var id: the last position naming it (unused_assignments' walk ends there) */
	bool dead;                /* unreachable_code's walk is in code typeck found unreachable */
	const AstExpr **dead_vars; /* the EXPR_VARs, assignments, matches and `let` initializers there
	                              (liveness: not a use, not an assignment), sorted by address */
	bool dead_init;            /* uc_expr's next expression is a `let`'s initializer */
	int ndead, dead_cap;
	int *live_rank; /* the fn's async blocks (by index_in_fn): the order check_liveness reports them in */
	uint8_t **decl_dead; /* by fn index, then var id: declared in code typeck found unreachable (warn31:
	                        MIR building lowers no such binding, so rustc's unused_mut and liveness
	                        never see it), set by the unreachable_code walk */
} Warn;

enum { BODY_FN = 0x7fffffff };
enum { SUB_TYPECK, SUB_MATCH, SUB_MUT, SUB_LIVENESS };
enum { PHASE_DEAD = 4, PHASE_LATE = 5 }; /* dead_code (check_mod_deathness), then the late lint pass */
/* lint38: unknown_lints, as rustc builds the lint levels (before the early lint pass); the unfulfilled
 * expectations after every lint (rustc_lint expect.rs check_expectations) */
enum { PHASE_LEVELS = -1, PHASE_EXPECT = 6 };

/* lint38: lint's level at (line, col); an expectation deciding it is met */
static int level_met(AstProgram *p, int lint, int line, int col)
{
	int attr, level = lint_level(p, lint, line, col, &attr);
	if (level == LINT_EXPECT)
		p->lint_attrs[attr].fulfilled = true;
	return level;
}

/* lint38: the lint of a warning (lint_level.c's table of rustc's messages) */
static int warning_lint(const char *msg)
{
	int lint = lint_of_message(msg);
	if (lint < 0)
		internal_error("a warning of no known lint: %s", msg);
	return lint;
}

static void add(Warn *w, const AstAsyncBlock *ab, int line, int col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void add(Warn *w, const AstAsyncBlock *ab, int line, int col, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int len = vsnprintf(NULL, 0, fmt, ap); /* a name of any length: the message is never cut */
	va_end(ap);
	if (len < 0)
		internal_error("vsnprintf failed");
	char *msg = arena_alloc(w->s->scratch, (size_t)len + 1);
	vsnprintf(msg, (size_t)len + 1, fmt, ap2);
	va_end(ap2);
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->w = realloc(w->w, (size_t)w->cap * sizeof *w->w);
		if (!w->w)
			internal_error("out of memory");
	}
	Warning *x = &w->w[w->n];
	*x = (Warning){.phase = w->phase, .fn = w->fn, .sub = w->sub, .line = line, .col = col, .seq = w->n};
	x->body_line = ab ? ab->body->end_line : BODY_FN;
	x->body_col = ab ? ab->body->end_col : BODY_FN;
	if (ab && w->sub == SUB_LIVENESS) /* check_liveness's order of the bodies (live_ranks) */
		x->body_line = w->live_rank[ab->index_in_fn], x->body_col = 0;
	x->msg = msg;
	x->at = (EarlyAt){line, col, line, col, 0};
	x->lint = warning_lint(msg);
	w->n++;
}

/* ---------------------------------------------------------------------- */
/* The source: `mut` / `ref` / `let` before a position                    */
/* ---------------------------------------------------------------------- */

static long offset_of(const Warn *w, int line, int col)
{
	if (line < 1 || line > w->nlines)
		return -1;
	return (long)w->line_start[line - 1] + col - 1; /* columns count bytes of ASCII; close enough */
}

static void pos_of(const Warn *w, long off, int *line, int *col)
{
	int lo = 0, hi = w->nlines - 1;
	while (lo < hi) {
		int mid = (lo + hi + 1) / 2;
		if (w->line_start[mid] <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	*line = lo + 1;
	*col = (int)(off - w->line_start[lo]) + 1;
}

/* the keyword kw ending before (line, col) with only blanks between: its position, else (line, col) */
static bool keyword_before(const Warn *w, const char *kw, int *line, int *col)
{
	long off = offset_of(w, *line, *col);
	if (off < 0 || (size_t)off > w->len)
		return false;
	long i = off;
	while (i > 0 && (w->src[i - 1] == ' ' || w->src[i - 1] == '\t' || w->src[i - 1] == '\n' || w->src[i - 1] == '\r'))
		i--;
	long k = (long)strlen(kw);
	if (i < k || memcmp(w->src + i - k, kw, (size_t)k) != 0)
		return false;
	if (i - k > 0) {
		char c = w->src[i - k - 1];
		if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
			return false;
	}
	pos_of(w, i - k, line, col);
	return true;
}

/* a binding's span as rustc's: from `ref` / `mut` before its name */
static void binding_start(const Warn *w, const AstVar *v, int *line, int *col)
{
	*line = v->line, *col = v->col;
	if (v->is_mut || v->by_ref == BY_REF_MUT)
		keyword_before(w, "mut", line, col);
	if (v->by_ref)
		keyword_before(w, "ref", line, col);
}

/* ---------------------------------------------------------------------- */
/* unreachable_code (typeck: FnCtxt::warn_if_unreachable)                  */
/* ---------------------------------------------------------------------- */

static void uc_expr(Warn *w, AstExpr *e);

static void mark_decl_dead(const AstSubPattern *sp, void *cx)
{
	Warn *w = cx;
	if (sp->var)
		w->decl_dead[w->fn][sp->var->id] = 1;
}

/* the bindings of a `let` or of a match's arms in unreachable code */
static void arm_decl_dead(Warn *w, const AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++)
		ast_arm_each_binding(a, k, mark_decl_dead, w);
}

static void uc_block(Warn *w, AstBlock *b)
{
	for (int i = 0; i < b->nstmts; i++) {
		AstStmt *st = &b->stmts[i];
		if (st->kind == ASTMT_EMPTY)
			continue;
		if (w->dv == 1) {
			add(w, w->s->async_block, st->line, st->col, "unreachable statement");
			w->dv = 2;
		}
		int old = w->dv;
		bool was_dead = w->dead;
		w->dead |= old != 0;
		w->dv = 0;
		if (w->dead && st->kind == ASTMT_LET) {
			if (st->var)
				w->decl_dead[w->fn][st->var->id] = 1;
			if (st->let_arm)
				arm_decl_dead(w, st->let_arm);
		}
		w->dead_init = st->kind == ASTMT_LET; /* a `let`'s initializer in dead code: no unused_assignments there */
		if (st->expr)
			uc_expr(w, st->expr);
		w->dead_init = false;
		if (ast_let_else(st)) { /* flow40: its diverging else block; the statement's end is reached */
			int after_init = w->dv;
			uc_expr(w, ast_let_else(st));
			w->dv = after_init;
		}
		w->dead = was_dead;
		w->dv = w->dv > old ? w->dv : old;
	}
	if (b->tail)
		uc_expr(w, b->tail);
}

static int dv_max(int a, int b)
{
	return a > b ? a : b;
}

static void push_dead(Warn *w, const AstExpr *e)
{
	if (w->ndead == w->dead_cap) {
		w->dead_cap = w->dead_cap ? 2 * w->dead_cap : 64;
		w->dead_vars = realloc(w->dead_vars, (size_t)w->dead_cap * sizeof *w->dead_vars);
		if (!w->dead_vars)
			internal_error("out of memory");
	}
	w->dead_vars[w->ndead++] = e;
}

/* An if / if-let and its else-if chain in a loop (hunt33: it recursed once per link, and 100k
 * links overflowed the stack under ASan), in the recursion's order: each link's condition (or
 * scrutinee) and then-arm, then the next link as uc_expr entered it (w->dv 0, so no report and
 * w->dead unchanged: only its dead_vars entry and a never type's divergence); then every link's
 * divergence max(cond, min(then, else)) folded from the last link back. Leaves in w->dv what
 * uc_expr's case of e left. */
typedef struct {
	int c, t;
	bool never;
} UcLink;

static void uc_if_chain(Warn *w, AstExpr *e)
{
	UcLink small[8], *links = small;
	int n = 0, cap = 8, f = 0;
	for (AstExpr *l = e;;) {
		if (l != e) {
			if (w->dead && l->kind == EXPR_MATCH)
				push_dead(w, l);
			w->dead_init = false;
		}
		if (n == cap) {
			cap *= 2;
			UcLink *g = links == small ? malloc((size_t)cap * sizeof *g) : realloc(links, (size_t)cap * sizeof *g);
			if (!g)
				internal_error("out of memory");
			if (links == small)
				memcpy(g, small, sizeof small);
			links = g;
		}
		UcLink *k = &links[n++];
		k->never = l->ty.kind == ATY_NEVER;
		AstExpr *els;
		if (l->kind == EXPR_IF) {
			uc_expr(w, l->cond);
			k->c = w->dv;
			w->dv = 0;
			uc_block(w, l->block);
			k->t = w->dv;
			w->dv = 0;
			els = l->els;
		} else { /* an if-let's match: every arm's body, the last one (its else) below */
			uc_expr(w, l->lhs);
			k->c = w->dv;
			k->t = 2;
			for (int i = 0; (w->dead || k->c) && i < l->narms; i++)
				arm_decl_dead(w, &l->arms[i]);
			for (int i = 0; i < l->narms; i++) {
				w->dv = 0;
				if (l->arms[i].guard)
					uc_expr(w, l->arms[i].guard);
				w->dv = 0;
				if (i + 1 == l->narms)
					break;
				uc_expr(w, l->arms[i].body);
				k->t = w->dv < k->t ? w->dv : k->t;
			}
			els = l->narms ? l->arms[l->narms - 1].body : NULL;
			if (!l->narms)
				k->c = dv_max(k->c, 1), k->t = 0; /* max(c, 1), as a match without arms */
		}
		if (els && ast_is_if_link(els)) {
			l = els;
			continue;
		}
		if (els) {
			uc_expr(w, els);
			f = w->dv;
		}
		break;
	}
	for (int i = n - 1; i >= 0; i--) {
		f = dv_max(links[i].c, links[i].t < f ? links[i].t : f);
		if (i && links[i].never)
			f = dv_max(f, 1);
	}
	w->dv = f;
	if (links != small)
		free(links);
}

static void uc_expr(Warn *w, AstExpr *e)
{
	if (w->dv == 1 && !(e->kind == EXPR_DEREF && e->implicit) && !(e->kind == EXPR_REF && e->implicit)) {
		add(w, w->s->async_block, e->line, e->col, "unreachable expression");
		w->dv = 2;
	}
	int old = w->dv;
	bool was_dead = w->dead;
	w->dead |= old != 0;
	w->dv = 0;
	if (w->dead && (e->kind == EXPR_VAR || e->kind == EXPR_ASSIGN || e->kind == EXPR_OP_ASSIGN || e->kind == EXPR_MATCH ||
	                w->dead_init))
		push_dead(w, e);
	w->dead_init = false;
	switch (e->kind) {
	case EXPR_VAR:
		break;
	case EXPR_INT: case EXPR_BOOL: case EXPR_UNIT:
		break;
	case EXPR_CONTINUE:
		w->dv = 1;
		break;
	case EXPR_PANIC: /* mac40 */
		w->dv = dv_max(w->dv, 1);
		break;
	case EXPR_BREAK: case EXPR_RETURN:
		if (e->lhs)
			uc_expr(w, e->lhs);
		w->dv = dv_max(w->dv, 1);
		break;
	case EXPR_UNARY: case EXPR_CAST: case EXPR_AWAIT: case EXPR_FIELD: case EXPR_REF: case EXPR_DEREF:
	case EXPR_REPEAT:
		uc_expr(w, e->lhs);
		break;
	case EXPR_BINARY:
		uc_expr(w, e->lhs);
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR) { /* the right side may not run */
			int l = w->dv;
			w->dv = 0;
			uc_expr(w, e->rhs);
			w->dv = l;
		} else {
			uc_expr(w, e->rhs);
		}
		break;
	case EXPR_ASSIGN: case EXPR_OP_ASSIGN: /* rustc checks the right side first */
		uc_expr(w, e->rhs);
		uc_expr(w, e->lhs);
		break;
	case EXPR_INDEX:
		uc_expr(w, e->lhs);
		uc_expr(w, e->rhs);
		break;
	case EXPR_CALL:
		for (int i = 0; i < e->nargs; i++)
			uc_expr(w, e->args[i]);
		if (w->dv == 1 && !e->method) { /* an argument diverges: rustc's "unreachable call" at the callee */
			add(w, NULL, e->line, e->col, "unreachable call");
			w->dv = 2;
		}
		break;
	case EXPR_ARRAY:
		for (int i = 0; i < e->nargs; i++)
			uc_expr(w, e->args[i]);
		break;
	case EXPR_STRUCT:
		for (int i = 0; i < e->ninits; i++)
			uc_expr(w, e->inits[i].value);
		break;
	case EXPR_VARIANT:
		for (int i = 0; i < e->nvinits; i++)
			uc_expr(w, e->vinits[i].value);
		break;
	case EXPR_BLOCK:
		uc_block(w, e->block);
		if (e->name && e->has_break) /* flow40: reached by its breaks */
			w->dv = 0;
		break;
	case EXPR_LOOP:
		uc_block(w, e->block);
		w->dv = e->has_break ? 0 : dv_max(w->dv, 1);
		break;
	case EXPR_WHILE: {
		uc_expr(w, e->cond);
		int c = w->dv;
		w->dv = 0;
		uc_block(w, e->block);
		w->dv = c;
		break;
	}
	case EXPR_ASYNC: {
		AstAsyncBlock *outer = w->s->async_block;
		w->s->async_block = e->async_block;
		uc_block(w, e->async_block->body);
		w->s->async_block = outer;
		w->dv = 0;
		break;
	}
	case EXPR_IF:
		uc_if_chain(w, e);
		break;
	case EXPR_MATCH: {
		if (e->if_let) {
			uc_if_chain(w, e);
			break;
		}
		uc_expr(w, e->lhs);
		int c = w->dv, all = 2;
		for (int i = 0; (w->dead || c) && i < e->narms; i++)
			arm_decl_dead(w, &e->arms[i]);
		for (int i = 0; i < e->narms; i++) {
			w->dv = 0;
			if (e->arms[i].guard)
				uc_expr(w, e->arms[i].guard);
			w->dv = 0;
			uc_expr(w, e->arms[i].body);
			all = w->dv < all ? w->dv : all;
		}
		w->dv = dv_max(c, e->narms ? all : 1);
		break;
	}
	}
	if (e->ty.kind == ATY_NEVER)
		w->dv = dv_max(w->dv, 1);
	w->dv = dv_max(w->dv, old);
	w->dead = was_dead;
}

/* ---------------------------------------------------------------------- */
/* check_match: irrefutable_let_patterns, unreachable_patterns            */
/* ---------------------------------------------------------------------- */

/* a while-let's match: its else is the `break` block the parser made at the keyword */
static bool is_while_let(const AstExpr *e)
{
	const AstExpr *els = e->arms[1].body;
	return els && els->kind == EXPR_BLOCK && els->block->nstmts == 1 && !els->block->tail &&
	       els->block->stmts[0].expr && els->block->stmts[0].expr->kind == EXPR_BREAK &&
	       els->line == e->line && els->col == e->col;
}

static Warn *cur_warn; /* the visitors' state (sema_check runs on one thread) */

enum { DUP_ROWS = 4096 };

static bool plain_lit(const AstMatchArm *a, int k)
{
	const AstPattern *p = &a->pats[k];
	return !p->enm && !p->strukt && !p->is_wildcard && !p->is_range && !p->nalts && !ast_arm_top(a, k);
}

/* sign and magnitude values compared: <0, 0, >0 */
static int cmp_lit(uint64_t a, bool an, uint64_t b, bool bn)
{
	if (a == 0)
		an = false;
	if (b == 0)
		bn = false;
	if (an != bn)
		return an ? -1 : 1;
	int c = (a > b) - (a < b);
	return an ? -c : c;
}

/* a top-level range pattern (`1..=5`, `..3`, `7..`) holding the integer literal p */
static bool range_holds(const AstPattern *q, const AstPattern *p)
{
	if (!q->is_range || q->enm || q->strukt || q->hi_runtime || p->is_bool)
		return false;
	if (!q->lo_open && cmp_lit(p->value, p->negative, q->value, q->negative) < 0)
		return false;
	if (!q->hi_open) {
		int c = cmp_lit(p->value, p->negative, q->hi_value, q->hi_negative);
		if (q->hi_excl ? c >= 0 : c > 0)
			return false;
	}
	return true;
}

/* alternative k of arm i is a literal an earlier unguarded alternative has (or a range holds) */
static bool lit_seen(const AstExpr *e, int i, int k)
{
	const AstMatchArm *a = &e->arms[i];
	if (!plain_lit(a, k))
		return false;
	const AstPattern *p = &a->pats[k];
	for (int j = 0; j <= i; j++) {
		const AstMatchArm *b = &e->arms[j];
		if (b->guard && j < i)
			continue;
		for (int m = 0; m < (j == i ? k : b->npats); m++) {
			const AstPattern *q = &b->pats[m];
			if (plain_lit(b, m) && q->is_bool == p->is_bool && q->value == p->value && q->negative == p->negative)
				return true;
			if (range_holds(q, p))
				return true;
		}
	}
	return false;
}

/* whether rows pats[0..n) cover ty, decided without the usefulness algorithm when every row is a
 * plain literal (its integer columns are quadratic in the rows: a match of 5,000 literal arms cost
 * 2.6G instructions): bool and 8-bit integers by the distinct values, wider ones never. Else
 * exhaust_rows_cover. */
static bool rows_cover(Sema *s, const AstPattern **pats, int n, AstType ty)
{
	bool plain = ty.kind == ATY_BOOL || ty.kind == ATY_CHAR || ast_type_is_int(ty);
	for (int k = 0; k < n && plain; k++)
		plain = pats[k] && !pats[k]->enm && !pats[k]->strukt && !pats[k]->is_wildcard && !pats[k]->is_range &&
		        !pats[k]->nalts;
	if (!plain)
		return exhaust_rows_cover(s, pats, n, ty);
	if (ty.kind != ATY_BOOL && ast_type_bits(ty) != 8)
		return false;
	uint8_t seen[256] = {0};
	int distinct = 0;
	for (int k = 0; k < n; k++) {
		unsigned v = (unsigned)(pats[k]->negative ? 256 - (pats[k]->value & 255) : pats[k]->value) & 255;
		distinct += !seen[v];
		seen[v] = 1;
	}
	return distinct == (ty.kind == ATY_BOOL ? 2 : 256);
}

/* Subsumption (warn29): a pattern p matching every value q matches, decided field by field (a
 * binding or `_` takes anything, a range its literals, an or-pattern any of its alternatives'): q
 * after p is unreachable. Sufficient, not the usefulness algorithm: an alternative only the union
 * of several earlier rows covers is still not found. */
static bool sub_is_wild(const AstSubPattern *a)
{
	return !a->nested && !a->or_pat;
}

static bool pat_subsumes(const AstPattern *p, const AstPattern *q, int depth);

static bool sub_subsumes(const AstSubPattern *a, const AstSubPattern *b, int depth)
{
	if (sub_is_wild(a))
		return true;
	if (depth > 64)
		return false;
	if (b->or_pat) {
		for (int k = 0; k < b->or_pat->nalts; k++)
			if (!sub_subsumes(a, &b->or_pat->alts[k], depth + 1))
				return false;
		return b->or_pat->nalts > 0;
	}
	if (a->or_pat) {
		for (int k = 0; k < a->or_pat->nalts; k++)
			if (sub_subsumes(&a->or_pat->alts[k], b, depth + 1))
				return true;
		return false;
	}
	return !sub_is_wild(b) && pat_subsumes(a->nested, b->nested, depth + 1);
}

static bool fields_subsume(const AstPattern *p, const AstPattern *q, int depth)
{
	for (int i = 0; i < p->nsubs; i++) {
		const AstSubPattern *a = &p->subs[i], *b = NULL;
		for (int j = 0; j < q->nsubs && !b; j++)
			if (q->subs[j].field == a->field)
				b = &q->subs[j];
		if (b ? !sub_subsumes(a, b, depth) : !sub_is_wild(a))
			return false;
	}
	return true;
}

static bool pat_subsumes(const AstPattern *p, const AstPattern *q, int depth)
{
	if (p->is_wildcard)
		return true;
	if (q->is_wildcard || p->deref != q->deref || p->nalts || q->nalts)
		return false;
	if (p->enm || q->enm) {
		bool same = p->enm && q->enm && (p->enm == q->enm || (p->enm->generic != GENERIC_NONE &&
		                                                      p->enm->generic == q->enm->generic));
		return same && p->variant == q->variant && fields_subsume(p, q, depth);
	}
	if (p->strukt || q->strukt)
		return p->strukt == q->strukt && fields_subsume(p, q, depth);
	if (q->is_range)
		return false;
	if (p->is_range)
		return range_holds(p, q);
	return p->is_bool == q->is_bool && p->value == q->value && cmp_lit(p->value, p->negative, q->value, q->negative) == 0;
}

/* alternative k of arm i is subsumed by an earlier unguarded row, or an earlier alternative of its arm */
static bool row_subsumed(const AstExpr *e, int i, int k)
{
	const AstPattern *q = &e->arms[i].pats[k];
	for (int j = 0; j <= i; j++) {
		const AstMatchArm *b = &e->arms[j];
		if (b->guard && j < i)
			continue;
		for (int m = 0; m < (j == i ? k : b->npats); m++)
			if (pat_subsumes(&b->pats[m], q, 0))
				return true;
	}
	return false;
}

static bool row_dead(const AstExpr *e, int i, int k)
{
	return lit_seen(e, i, k) || row_subsumed(e, i, k);
}

static int cmp_long(const void *pa, const void *pb)
{
	long a = *(const long *)pa, b = *(const long *)pb;
	return (a > b) - (a < b);
}

/* warn33: where rustc reports a nested alternative: a binding is no pattern of its own to the usefulness
 * (rustc_pattern_analysis lowers `a @ p` to p), so `a @ c` is reported at c, `a @ Some(1)` at `Some(1)`
 * (seen with rustc 1.95); (line, col) as one key */
static long alt_pos(const AstSubPattern *sp)
{
	int line = sp->line, col = sp->col;
	if (sp->var && !sp->deref && sp->nested) {
		line = sp->nested->line;
		col = sp->nested->col;
	} else if (sp->var && !sp->deref && sp->inner) {
		const AstSubPattern *in = sp->inner;
		while (in->inner)
			in = in->inner;
		line = in->line;
		col = in->col;
	}
	return (long)line << 20 | col;
}

/* ergo30: an alternative no value reaches first (exhaust_useful: rustc's usefulness, the earlier
 * rows' union included) is "unreachable pattern"; an arm all of whose alternatives are, once at its
 * first. False (nothing printed) past the budget: rows visited beyond 64 per row and a million. */
static bool useful_lints(Sema *s, const AstExpr *e)
{
	Warn *w = cur_warn;
	int nrows = 0;
	for (int i = 0; i < e->narms; i++)
		nrows += e->arms[i].npats;
	uint8_t *useful = arena_alloc(s->scratch, (size_t)nrows + 1);
	UselessAlts alts;
	if (!exhaust_useful(s, e, useful, 1000000L + 64L * nrows, &alts))
		return false;
	/* rustc's check_match: analyze_patterns warns the useful arms' unreachable alternatives, top-level
	 * and nested (`Some(1 | 1)`) alike, each arm's sorted by span, then report_arm_reachability the
	 * unreachable arms */
	int *arm_of = arena_alloc(s->scratch, ((size_t)nrows + 1) * sizeof *arm_of);
	for (int i = 0, r = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			arm_of[r++] = i;
	long *pos = arena_alloc(s->scratch, ((size_t)alts.n + (size_t)nrows + 1) * sizeof *pos);
	int *nested_n = arena_alloc(s->scratch, ((size_t)e->narms + 2) * sizeof *nested_n);
	int *start = arena_alloc(s->scratch, ((size_t)e->narms + 2) * sizeof *start);
	const AstSubPattern **by_arm = arena_alloc(s->scratch, ((size_t)alts.n + 1) * sizeof *by_arm);
	for (int j = 0; j < alts.n; j++)
		nested_n[arm_of[alts.row[j]]]++;
	for (int i = 0; i < e->narms; i++) /* the alternatives bucketed by arm */
		start[i + 1] = start[i] + nested_n[i];
	for (int j = 0; j < alts.n; j++)
		by_arm[start[arm_of[alts.row[j]]]++] = alts.alt[j];
	for (int i = 0; i < e->narms; i++)
		start[i] -= nested_n[i];
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0, r = 0; i < e->narms; r += e->arms[i++].npats) {
			const AstMatchArm *a = &e->arms[i];
			int dead = 0;
			for (int k = 0; k < a->npats; k++)
				dead += !useful[r + k];
			if (pass == 1 && dead && dead == a->npats && !a->expanded)
				add(w, s->async_block, a->pats[0].line, a->pats[0].col, "unreachable pattern");
			if (pass == 1 || dead == a->npats || (!dead && !nested_n[i]))
				continue;
			int np = 0; /* (line, col) of each, as one key */
			for (int k = 0; k < a->npats; k++)
				if (!useful[r + k])
					pos[np++] = (long)a->pats[k].line << 20 | a->pats[k].col;
			for (int j = start[i]; j < start[i] + nested_n[i]; j++)
				pos[np++] = alt_pos(by_arm[j]);
			qsort(pos, (size_t)np, sizeof *pos, cmp_long);
			for (int k = 0; k < np; k++)
				add(w, s->async_block, (int)(pos[k] >> 20), (int)(pos[k] & 0xFFFFF), "unreachable pattern");
		}
	return true;
}

static void match_lints(Sema *s, AstExpr *e)
{
	Warn *w = cur_warn;
	const AstStmt *st = s->visit_stmt;
	if (st && st->expr == e && st->kind == ASTMT_LET && st->let_arm &&
	    (st->let_arm->npats > 1 || ast_pattern_has_or(&st->let_arm->pats[0]))) {
		/* warn31: a `let`'s or-pattern (`let (n | n) = x;`): check_match's check_let runs the
		 * usefulness over its alternatives as over one arm's (its unreachable ones reported) */
		AstExpr m = {.kind = EXPR_MATCH, .lhs = e, .arms = st->let_arm, .narms = 1,
		             .line = st->line, .col = st->col};
		s->visit_stmt = NULL;
		useful_lints(s, &m);
		s->visit_stmt = (AstStmt *)st;
	}
	if (e->kind == EXPR_MATCH && !e->if_let) { /* warn35: found while usefulness runs, before its lints */
		const AstPattern **ov;
		const char **msg;
		int nov = exhaust_overlaps(s, e, &ov, &msg);
		for (int k = 0; k < nov; k++)
			add(w, s->async_block, ov[k]->line, ov[k]->col, "%s", msg[k]);
	}
	if (e->kind == EXPR_MATCH && e->if_let) {
		const AstMatchArm *a = &e->arms[0];
		const AstPattern **pats = arena_alloc(s->scratch, ((size_t)a->npats + 1) * sizeof *pats);
		for (int k = 0; k < a->npats; k++)
			pats[k] = &a->pats[k];
		if (rows_cover(s, pats, a->npats, e->lhs->ty)) {
			int line = a->line, col = a->col;
			keyword_before(w, "let", &line, &col);
			add(w, s->async_block, line, col, "irrefutable `%s let` pattern", is_while_let(e) ? "while" : "if");
		}
	} else if (e->kind == EXPR_MATCH && (e->narms > 1 || (e->narms == 1 && (e->arms[0].npats > 1 ||
	                                      ast_pattern_has_or(&e->arms[0].pats[0])))) && useful_lints(s, e)) {
		/* (warn33: a one-arm match's alternatives too: `match x { a | a => .. }`) */
	} else if (e->kind == EXPR_MATCH && e->narms > 1) {
		/* past the usefulness budget (ergo30: pathological matrices), warn29's sufficient tests:
		 * the rows of the unguarded arms before arm i: once they cover the scrutinee's type, every
		 * later arm is unreachable (found by bisection: covering is monotone in the prefix) */
		int nrows = 0;
		for (int i = 0; i < e->narms; i++)
			nrows += e->arms[i].npats;
		const AstPattern **rows = arena_alloc(s->scratch, ((size_t)nrows + 1) * sizeof *rows);
		int *end = arena_alloc(s->scratch, ((size_t)e->narms + 1) * sizeof *end);
		int r = 0;
		for (int i = 0; i < e->narms; i++) {
			if (!e->arms[i].guard)
				for (int k = 0; k < e->arms[i].npats; k++)
					rows[r++] = &e->arms[i].pats[k];
			end[i] = r; /* rows of arms 0..i */
		}
		int lo = 0, hi = e->narms - 1; /* the first i whose arms 0..i cover, or narms - 1 */
		if (!rows_cover(s, rows, end[e->narms - 2], e->lhs->ty)) {
			lo = hi;
		} else {
			hi = e->narms - 2;
			while (lo < hi) {
				int mid = (lo + hi) / 2;
				if (rows_cover(s, rows, end[mid], e->lhs->ty))
					hi = mid;
				else
					lo = mid + 1;
			}
		}
		/* literals repeated (`1 => .., 1 =>`): a literal alternative equal to one before it (a
		 * scan of the rows before it: matches of up to DUP_ROWS rows) */
		for (int i = 0; i < e->narms; i++) {
			const AstMatchArm *a = &e->arms[i];
			if (i > lo) {
				if (!a->expanded)
					add(w, s->async_block, a->pats[0].line, a->pats[0].col, "unreachable pattern");
				continue;
			}
			if (nrows > DUP_ROWS)
				continue;
			int dead = 0;
			for (int k = 0; k < a->npats; k++)
				dead += row_dead(e, i, k);
			for (int k = 0; dead && dead < a->npats && k < a->npats; k++)
				if (row_dead(e, i, k))
					add(w, s->async_block, a->pats[k].line, a->pats[k].col, "unreachable pattern");
			if (dead && dead == a->npats)
				add(w, s->async_block, a->pats[0].line, a->pats[0].col, "unreachable pattern");
		}
	}
	visit_children(s, e, match_lints);
}

/* ---------------------------------------------------------------------- */
/* liveness's unused_variables, borrowck's unused_mut: the facts          */
/* ---------------------------------------------------------------------- */

/* the variable a place expression is a part of (through fields and indexing, not a deref) */
static AstVar *place_base(const AstExpr *e)
{
	while (e && (e->kind == EXPR_FIELD || e->kind == EXPR_INDEX))
		e = e->lhs;
	return e && e->kind == EXPR_VAR ? e->var : NULL;
}

static void mark_ref_mut_binding(const AstSubPattern *sp, void *cx)
{
	if (sp->var && sp->var->by_ref == BY_REF_MUT)
		*(bool *)cx = true;
}

static void sub_bindings(Warn *w, const AstSubPattern *sp);

static void pat_bindings(Warn *w, const AstPattern *p)
{
	for (int j = 0; j < p->nsubs; j++)
		sub_bindings(w, &p->subs[j]);
}

/* every binding of a sub-pattern, each alternative's */
static void sub_bindings(Warn *w, const AstSubPattern *sp)
{
	if (sp->var)
		w->inpat[sp->var->id] = 1;
	for (const AstSubPattern *in = sp->inner; in; in = in->inner) /* `k @ j` (bind29; warn31) */
		w->inpat[in->var->id] = 1;
	if (sp->nested)
		pat_bindings(w, sp->nested);
	if (sp->or_pat)
		for (int k = 0; k < sp->or_pat->nalts; k++)
			sub_bindings(w, &sp->or_pat->alts[k]);
}

/* an or-pattern's later alternatives bind the first one's variables (sema_resolve.c shares them):
 * the AstVars the parser made for them are declared nowhere, and not warned about */
static void arm_bindings(Warn *w, const AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++) {
		if (ast_arm_top(a, k)) {
			w->inpat[ast_arm_top(a, k)->id] = 1;
			for (const AstSubPattern *in = a->tops[k].inner; in; in = in->inner) /* `k @ j` (warn31) */
				w->inpat[in->var->id] = 1;
		}
		pat_bindings(w, &a->pats[k]);
	}
}

static void block_lets(Warn *w, const AstBlock *b)
{
	for (int i = 0; i < b->nstmts; i++) {
		if (b->stmts[i].kind == ASTMT_LET && b->stmts[i].var)
			w->inpat[b->stmts[i].var->id] = 1;
		if (b->stmts[i].kind == ASTMT_LET && b->stmts[i].let_arm) /* with or without an initializer */
			arm_bindings(w, b->stmts[i].let_arm);
	}
}

static bool dead_var(const Warn *w, const AstExpr *e)
{
	int lo = 0, hi = w->ndead;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (w->dead_vars[mid] == e)
			return true;
		if ((uintptr_t)w->dead_vars[mid] < (uintptr_t)e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

static bool pos_le(int l1, int c1, int l2, int c2)
{
	return l1 < l2 || (l1 == l2 && c1 <= c2);
}

static void note_mention(Warn *w, const AstVar *v, int line, int col)
{
	if (!pos_le(line, col, w->last_line[v->id], w->last_col[v->id]))
		w->last_line[v->id] = line, w->last_col[v->id] = col;
}

static void guard_binding_enter(const AstSubPattern *sp, void *cx)
{
	if (!sp->var)
		return;
	((Warn *)cx)->in_guard[sp->var->id]++;
	/* warn35: a `ref` / `ref mut` binding of a guarded arm is used: MIR building binds its reference for
	 * the guard and borrows that local for the guard's binding (rustc_mir_build matches
	 * bind_matched_candidate_for_guard: a by-reference binding's value for the guard, then the ref-for-guard
	 * `&` of it), a read liveness sees (rustc 1.95 reports neither `ref b if c` nor `a @ ref mut b if c`) */
	if (sp->var->by_ref && !sp->var->ergo_top)
		((Warn *)cx)->used[sp->var->id] = 1;
}

static void guard_binding_leave(const AstSubPattern *sp, void *cx)
{
	if (sp->var)
		((Warn *)cx)->in_guard[sp->var->id]--;
}

static void use_facts(Sema *s, AstExpr *e)
{
	Warn *w = cur_warn;
	if (e->kind == EXPR_VAR && e->var)
		note_mention(w, e->var, e->line, e->col);
	const AstStmt *st = s->visit_stmt;
	AstVar *base;
	if (st && st->expr == e && st->kind == ASTMT_LET && (base = place_base(e))) {
		/* `let S { ref mut k, .. } = s;`, `let ref mut y = s.v;` borrow s mutably */
		bool rm = st->var && st->var->by_ref == BY_REF_MUT;
		if (st->let_arm)
			for (int k = 0; k < st->let_arm->npats; k++)
				ast_arm_each_binding(st->let_arm, k, mark_ref_mut_binding, &rm);
		if (rm)
			w->mutated[base->id] = 1;
	}
	if (e->kind == EXPR_MATCH)
		for (int i = 0; i < e->narms; i++)
			arm_bindings(w, &e->arms[i]);
	if (e->kind == EXPR_BLOCK || e->kind == EXPR_LOOP || e->kind == EXPR_WHILE || e->kind == EXPR_IF)
		block_lets(w, e->block);
	if (e->kind == EXPR_ASYNC)
		block_lets(w, e->async_block->body);
	const AstExpr *place = e->kind == EXPR_ASSIGN || e->kind == EXPR_OP_ASSIGN ? e->lhs : NULL;
	while (place && place->kind == EXPR_FIELD)
		place = place->lhs;
	if (place && place->kind == EXPR_VAR && place->var)
		note_mention(w, place->var, place->line, place->col);
	if (place && place->kind == EXPR_VAR && place->var && dead_var(w, e)) {
		/* unreachable: rustc's MIR passes never see it (no mutation, no assignment) */
		use_facts(s, e->rhs);
		return;
	}
	if (place && place->kind == EXPR_VAR && place->var && w->in_guard[place->var->id]) {
		/* warn31: in a guard, the arm's binding is MIR's reference binding for the guard (rustc_mir_build
		 * `RefWithinGuard`): `x = e` is a store through it (E0594), no mutation and no assignment of x */
		w->used[place->var->id] = 1;
		use_facts(s, e->rhs);
		return;
	}
	if (place && place->kind == EXPR_VAR && place->var) {
		/* a write of the variable or a field of it: not a use (`x += 1` neither, for the lint),
		 * unless an async block writes a variable it captures (rustc: a use of the upvar) */
		w->mutated[place->var->id] = 1;
		const AstAsyncBlock *ab = s->async_block;
		if (place->upvar >= 0 && ab && place->upvar < ab->ncaptures &&
		    ab->captures[place->upvar].mode == CAPTURE_BY_VALUE && ab->captures[place->upvar].var == place->var) {
			/* warn33: a store into a by-value capture is the block's own (la_captures), nothing of the
			 * parent's variable (rustc: unused in the parent when the block only writes it) */
			use_facts(s, e->rhs);
			return;
		}
		w->written[place->var->id] = 1, w->assigned[place->var->id] = 1;
		if (place->upvar >= 0)
			w->used[place->var->id] = 1;
		use_facts(s, e->rhs);
		return;
	}
	if (e->kind == EXPR_VAR && e->var && !dead_var(w, e))
		w->used[e->var->id] = 1;
	AstVar *v;
	if ((e->kind == EXPR_ASSIGN || e->kind == EXPR_OP_ASSIGN) && (v = place_base(e->lhs)) && !w->in_guard[v->id])
		w->mutated[v->id] = 1, w->assigned[v->id] = 1;
	if (e->kind == EXPR_REF && e->ref_mut && (v = place_base(e->lhs)) && !w->in_guard[v->id])
		w->mutated[v->id] = 1; /* (in a guard: a reborrow through the guard's reference, E0596) */
	const AstExpr *via = e->kind == EXPR_MATCH ? ast_deref_via_ref(e->lhs) : NULL;
	if (via && via->ref_mut) /* mref39: `match &mut r`, the written borrow kept beside `match r` */
		w->mutated[via->lhs->var->id] = 1;
	if (e->kind == EXPR_MATCH && (v = place_base(e->lhs))) {
		bool rm = false;
		for (int i = 0; i < e->narms && !rm; i++)
			for (int k = 0; k < e->arms[i].npats; k++)
				ast_arm_each_binding(&e->arms[i], k, mark_ref_mut_binding, &rm);
		if (rm)
			w->mutated[v->id] = 1;
	}
	if (e->kind == EXPR_MATCH && !e->if_let && ast_match_has_guard(e)) {
		/* warn31: each guard walked with its arm's bindings marked (use_facts' facts do not depend on
		 * the walk's order), then the rest by visit_children without the guards */
		AstExpr **guards = arena_alloc(s->scratch, sizeof *guards * (size_t)e->narms);
		for (int i = 0; i < e->narms; i++) {
			guards[i] = e->arms[i].guard;
			if (!guards[i])
				continue;
			for (int k = 0; k < e->arms[i].npats; k++)
				ast_arm_each_binding(&e->arms[i], k, guard_binding_enter, w);
			use_facts(s, guards[i]);
			for (int k = 0; k < e->arms[i].npats; k++)
				ast_arm_each_binding(&e->arms[i], k, guard_binding_leave, w);
			e->arms[i].guard = NULL;
		}
		visit_children(s, e, use_facts);
		for (int i = 0; i < e->narms; i++)
			e->arms[i].guard = guards[i];
		return;
	}
	visit_children(s, e, use_facts);
}

/* ---------------------------------------------------------------------- */
/* unused_assignments (warn30): liveness of each assignment                */
/* ---------------------------------------------------------------------- */

/* rustc 1.95's lint is MIR liveness (rustc_mir_transform liveness.rs, `check_liveness`: a backward
 * MaybeLivePlaces over the body, `find_dead_assignments`, `report_fully_unused`, then
 * `report_unused_assignments`). Modelled per variable written after its definition (w->written),
 * over the AST of the body owning it: a read (not in code typeck finds unreachable), a borrow or
 * a capture by an async block makes it live; `x = e` kills it; a call's result put into the `let`'s
 * variable does not (its Call terminator's destination is no def: `apply_call_return_effect` does
 * nothing); `x op= e` neither reads nor kills (find_self_assignments), nor does `x.f = e` (a store
 * through a projection). A loop's head set is one pass with nothing live at the head (the least
 * fixpoint of a monotone boolean), so a loop costs one probing pass plus one deciding pass. */
enum { LA_ASSIGN, LA_DEF, LA_PARAM }; /* `x = ..` / `x.f = ..` / `x op= ..`; a `let`'s or pattern's; a parameter */

typedef struct LaAccess {
	int line, col, kind;
	bool live;
} LaAccess;

typedef struct LaLoop {
	const AstExpr *loop;
	bool head, after;
} LaLoop;

typedef struct La {
	Warn *w;
	const AstVar *v;
	bool decide; /* record the accesses (not while probing a loop's head) */
	LaLoop *loops;
	int nloops, loops_cap;
	LaAccess *acc;
	int nacc, acc_cap;
	bool found;
	int in_guard;   /* walking the guard of an arm binding v: its stores to v are not reported */
	bool drop_type; /* v's type has drop glue: its field stores are not reported */
} La;

static void la_record(La *a, const AstExpr *at, int line, int col, int kind, bool live)
{
	if (!a->decide || (at && dead_var(a->w, at)))
		return;
	if (a->nacc == a->acc_cap) {
		a->acc_cap = a->acc_cap ? 2 * a->acc_cap : 16;
		a->acc = realloc(a->acc, (size_t)a->acc_cap * sizeof *a->acc);
		if (!a->acc)
			internal_error("out of memory");
	}
	a->acc[a->nacc++] = (LaAccess){line, col, kind, live};
}

static void la_binds(const AstSubPattern *sp, void *cx)
{
	La *a = cx;
	if (sp->var == a->v)
		a->found = true;
}

/* arm alternative 0 binds v (the later alternatives share its variables) */
static bool la_arm_binds(La *a, const AstMatchArm *arm)
{
	a->found = false;
	ast_arm_each_binding(arm, 0, la_binds, a);
	return a->found;
}

static bool la_expr(La *a, AstExpr *e, bool live);

static void la_any(const AstSubPattern *sp, void *cx)
{
	(void)sp;
	*(bool *)cx = true;
}

/* the arm binds a variable */
static bool la_binds_any(const AstMatchArm *arm)
{
	bool any = false;
	ast_arm_each_binding(arm, 0, la_any, &any);
	return any;
}

static bool la_pat_or(const AstPattern *p, int depth)
{
	if (p->nalts || depth > 64)
		return true;
	for (int j = 0; j < p->nsubs; j++)
		if (p->subs[j].or_pat || (p->subs[j].nested && la_pat_or(p->subs[j].nested, depth + 1)))
			return true;
	return false;
}

/* the arm has alternatives (`1 | 2 =>`, `Some(1 | 2) =>`) */
static bool la_has_or(const AstMatchArm *arm)
{
	return arm->npats > 1 || la_pat_or(&arm->pats[0], 0);
}

/* a `let`'s initializer assigns its variable where its value is made (MIR building's
 * expr_into_dest): the tail of a block, each branch of an `if` or a `match`; rustc reports an
 * `if`'s else before its then (the order of its postorder collection, reversed) */
static void la_leaves(La *a, const AstExpr *e, bool live)
{
	switch (e->kind) {
	case EXPR_BLOCK:
		if (e->block->tail)
			la_leaves(a, e->block->tail, live);
		return;
	case EXPR_IF:
		if (e->block->tail)
			la_leaves(a, e->block->tail, live);
		if (e->els)
			la_leaves(a, e->els, live);
		return;
	case EXPR_MATCH:
		for (int i = e->narms - 1; i >= 0; i--)
			la_leaves(a, e->arms[i].body, live);
		return;
	case EXPR_RETURN: case EXPR_BREAK: case EXPR_CONTINUE: case EXPR_PANIC:
		return;
	default:
		la_record(a, e, e->line, e->col, LA_DEF, live);
	}
}

/* statements lo..hi of b (index nstmts: its tail), backward from live */
static bool la_stmts(La *a, AstBlock *b, int lo, int hi, bool live)
{
	if (hi >= b->nstmts) {
		if (b->tail)
			live = la_expr(a, b->tail, live);
		hi = b->nstmts - 1;
	}
	for (int i = hi; i >= lo; i--) {
		AstStmt *st = &b->stmts[i];
		if (st->kind == ASTMT_LET && st->var == a->v && st->expr) {
			la_leaves(a, st->expr, live);
			if (st->expr->kind != EXPR_CALL)
				live = false;
		} else if (st->kind == ASTMT_LET && st->let_arm && st->expr && la_arm_binds(a, st->let_arm)) {
			int line, col;
			binding_start(a->w, a->v, &line, &col);
			la_record(a, st->expr, line, col, LA_DEF, live);
			live = false;
		}
		if (ast_let_else(st)) /* flow40: the else block runs after the initializer, instead of the rest */
			live = la_expr(a, ast_let_else(st), false) || live;
		if (st->expr)
			live = la_expr(a, st->expr, live);
	}
	return live;
}

static bool la_block(La *a, AstBlock *b, bool live)
{
	return la_stmts(a, b, 0, b->nstmts, live);
}

static LaLoop *la_target(La *a, const AstExpr *loop)
{
	for (int i = a->nloops - 1; i >= 0; i--)
		if (a->loops[i].loop == loop)
			return &a->loops[i];
	return NULL;
}

static int la_push(La *a, LaLoop l)
{
	if (a->nloops == a->loops_cap) {
		a->loops_cap = a->loops_cap ? 2 * a->loops_cap : 8;
		a->loops = realloc(a->loops, (size_t)a->loops_cap * sizeof *a->loops);
		if (!a->loops)
			internal_error("out of memory");
	}
	a->loops[a->nloops] = l;
	return a->nloops++;
}

/* a loop (LOOP, WHILE): the set live before it, given the set after it */
static bool la_loop(La *a, AstExpr *e, bool after)
{
	int k = la_push(a, (LaLoop){e, false, after});
	bool decide = a->decide, head = false;
	for (int pass = decide ? 0 : 1; pass < 2; pass++) {
		a->decide = decide && pass == 1;
		a->loops[k].head = head;
		if (e->kind == EXPR_WHILE)
			head = la_expr(a, e->cond, la_block(a, e->block, head) || after);
		else
			head = la_block(a, e->block, head);
	}
	a->decide = decide;
	a->nloops--;
	return head;
}

/* a labeled block some `break 'a` leaves (flow40): a LaLoop whose `after` is the block's (no head:
 * nothing continues it) */
static bool la_labeled(La *a, AstExpr *e, bool after)
{
	la_push(a, (LaLoop){e, false, after});
	bool live = la_block(a, e->block, after);
	a->nloops--;
	return live;
}

static bool la_mentions(const AstAsyncBlock *ab, const AstVar *v)
{
	for (int i = 0; i < ab->nmentioned; i++)
		if (ab->mentioned[i] == v)
			return true;
	return false;
}

static bool la_expr(La *a, AstExpr *e, bool live)
{
	switch (e->kind) {
	case EXPR_VAR:
		return (e->var == a->v && !dead_var(a->w, e)) || live;
	case EXPR_INT: case EXPR_BOOL: case EXPR_UNIT:
		return live;
	case EXPR_CONTINUE: {
		LaLoop *l = la_target(a, e->loop);
		return l ? l->head : false;
	}
	case EXPR_BREAK: {
		LaLoop *l = la_target(a, e->loop);
		bool s = l ? l->after : false;
		return e->lhs ? la_expr(a, e->lhs, s) : s;
	}
	case EXPR_RETURN:
		return e->lhs ? la_expr(a, e->lhs, false) : false;
	case EXPR_PANIC: /* mac40 */
		return false;
	case EXPR_UNARY: case EXPR_CAST: case EXPR_AWAIT: case EXPR_FIELD: case EXPR_REF: case EXPR_DEREF:
	case EXPR_REPEAT:
		return la_expr(a, e->lhs, live);
	case EXPR_BINARY:
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR) /* the right side may not run */
			return la_expr(a, e->lhs, la_expr(a, e->rhs, live) || live);
		return la_expr(a, e->lhs, la_expr(a, e->rhs, live));
	case EXPR_ASSIGN: case EXPR_OP_ASSIGN: {
		const AstExpr *place = e->lhs;
		while (place->kind == EXPR_FIELD || place->kind == EXPR_INDEX)
			place = place->lhs;
		if (place->kind == EXPR_VAR && place->var == a->v && !a->in_guard) {
			/* a store into v, v.f or v[i]: no use of v (a projection's store is no def either);
			 * a field's of a variable with drop glue is not reported (maybe_drop_guard) */
			if (place == e->lhs || !a->drop_type)
				la_record(a, e, e->line, e->col, LA_ASSIGN, live);
			if (e->kind == EXPR_ASSIGN && place == e->lhs)
				live = false;
			for (const AstExpr *q = e->lhs; q != place; q = q->lhs)
				if (q->kind == EXPR_INDEX) /* the bounds check reads the array (seen with rustc 1.95) */
					live = la_expr(a, q->rhs, true);
			return la_expr(a, e->rhs, live); /* the right side runs first */
		}
		return la_expr(a, e->rhs, la_expr(a, e->lhs, live));
	}
	case EXPR_INDEX:
		return la_expr(a, e->lhs, la_expr(a, e->rhs, live));
	case EXPR_CALL: case EXPR_ARRAY:
		for (int i = e->nargs - 1; i >= 0; i--)
			live = la_expr(a, e->args[i], live);
		return live;
	case EXPR_STRUCT:
		for (int i = e->ninits - 1; i >= 0; i--)
			live = la_expr(a, e->inits[i].value, live);
		return live;
	case EXPR_VARIANT:
		for (int i = e->nvinits - 1; i >= 0; i--)
			live = la_expr(a, e->vinits[i].value, live);
		return live;
	case EXPR_BLOCK:
		if (e->name && e->has_break) /* flow40: its breaks go where its end goes */
			return la_labeled(a, e, live);
		return la_block(a, e->block, live);
	case EXPR_LOOP: case EXPR_WHILE:
		return la_loop(a, e, live);
	case EXPR_ASYNC: /* a capture: a use where the block is built */
		return la_mentions(e->async_block, a->v) || live;
	case EXPR_IF: {
		bool t = la_block(a, e->block, live); /* recorded then, else: reported else first */
		bool f = e->els ? la_expr(a, e->els, live) : live;
		return la_expr(a, e->cond, t || f);
	}
	case EXPR_MATCH: {
		/* a guard on a match of v: the arm's bindings, made after it, copy out of v; a failing
		 * guard goes on to the next alternative's or arm's tests, which read v (seen with rustc
		 * 1.95: tests/rust/invalid/matchguard_*assign*.rs) */
		const AstVar *base = place_base(e->lhs);
		bool scrut = base == a->v, tests_later = false;
		bool any = false; /* live at some later arm's start: where a failing guard goes */
		for (int i = e->narms - 1; i >= 0; i--) {
			AstMatchArm *arm = &e->arms[i];
			bool s = la_expr(a, arm->body, live);
			bool binds = la_arm_binds(a, arm);
			if (arm->guard) {
				bool fail = any || (scrut && (tests_later || la_has_or(arm)));
				a->in_guard += binds; /* E0594 there: its own binding's store is not an assignment */
				s = la_expr(a, arm->guard, s || (scrut && la_binds_any(arm)) || fail);
				a->in_guard -= binds;
			}
			tests_later |= !(arm->npats == 1 && arm->pats[0].is_wildcard && !ast_arm_top(arm, 0));
			if (binds) {
				int line, col;
				binding_start(a->w, a->v, &line, &col);
				la_record(a, e, line, col, LA_DEF, s);
				s = false;
			}
			any |= s;
		}
		return la_expr(a, e->lhs, any);
	}
	}
	return live;
}

/* t has drop glue (a Guard inside) */
static bool la_drop_type(const AstProgram *p, AstType t, int depth);
bool ast_type_has_guard(const AstProgram *p, AstType t)
{
	return la_drop_type(p, t, 0);
}

static bool la_drop_type(const AstProgram *p, AstType t, int depth)
{
	if (depth > 32)
		return true;
	if (t.kind == ATY_GUARD)
		return true;
	if (t.kind == ATY_ARRAY)
		return la_drop_type(p, ast_array_elem(t), depth + 1);
	if (t.kind == ATY_STRUCT && t.id >= 0 && t.id < p->nstructs) {
		for (int i = 0; i < p->structs[t.id]->nfields; i++)
			if (la_drop_type(p, p->structs[t.id]->fields[i].ty, depth + 1))
				return true;
	}
	if (t.kind == ATY_ENUM && !(t.id & AST_ENUM_PARTIAL)) {
		const AstEnum *en = p->enums[ast_enum_index(t)];
		for (int k = 0; k < en->nvariants; k++)
			for (int i = 0; i < en->variants[k].nfields; i++)
				if (la_drop_type(p, en->variants[k].fields[i].ty, depth + 1))
					return true;
	}
	return false;
}

/* the index in b of the statement (nstmts: the tail) holding position (line, col), or -1 */
static int stmt_at(const AstBlock *b, int line, int col)
{
	if (b->tail && pos_le(b->tail->line, b->tail->col, line, col) &&
	    (!b->nstmts || pos_le(b->stmts[b->nstmts - 1].line, b->stmts[b->nstmts - 1].col, b->tail->line, b->tail->col)))
		return b->nstmts;
	int lo = 0, hi = b->nstmts - 1, at = -1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (pos_le(b->stmts[mid].line, b->stmts[mid].col, line, col))
			at = mid, lo = mid + 1;
		else
			hi = mid - 1;
	}
	return at;
}

/* v's unused_assignments, v written after its definition; body: the block owning it. A `let`'s
 * variable: only its block's statements from the one binding it to the last one naming it (after
 * that it is dead: nothing reads it, and a loop around the block comes back through its `let`),
 * so a block of N variables each stored into costs N short walks, not N walks of the block. */
static void la_var(Warn *w, const AstVar *v, AstBlock *body, bool is_param, bool async_param)
{
	La a = {.w = w, .v = v, .decide = true, .drop_type = la_drop_type(w->p, v->ty, 0)};
	int lo = -1, hi = -1;
	if (v->kind == VAR_LET && v->scope) {
		lo = stmt_at(v->scope, v->line, v->col);
		hi = stmt_at(v->scope, w->last_line[v->id], w->last_col[v->id]);
	}
	bool live = lo >= 0 && hi >= lo ? la_stmts(&a, v->scope, lo, hi, false) : la_block(&a, body, false);
	if (is_param) {
		int line, col;
		binding_start(w, v, &line, &col);
		la_record(&a, NULL, line, col, LA_PARAM, live);
	}
	bool used = w->used[v->id];
	for (int i = a.nacc - 1; i >= 0; i--) { /* rustc reverses its backward collection: source order */
		const LaAccess *x = &a.acc[i];
		if (x->live || (!used && x->kind != LA_ASSIGN)) /* an unused variable's definition: unused_variables */
			continue;
		/* an async fn's parameter is moved into its coroutine by a `let` (rustc's desugaring) */
		add(w, v->owner, x->line, x->col, x->kind == LA_PARAM && !async_param ? "value passed to `%s` is never read" :
		    "value assigned to `%s` is never read", v->name);
	}
	free(a.acc);
	free(a.loops);
}

static bool quiet_name(const char *name);

/* warn33: a variable an async block captures by value is a local of the block's body to rustc's
 * liveness (rustc_mir_transform liveness.rs, its upvars; tests/ui/liveness/liveness-upvars.rs): when
 * the block stores into it and the captured value is dead at the body's entry, "value captured by `x`
 * is never read" at its first store, then its dead stores as a variable's (the body's end kills it:
 * a coroutine runs once) */
static void la_captures(Warn *w, const AstFn *fn)
{
	for (int k = 0; k < fn->nasync; k++) {
		const AstAsyncBlock *ab = fn->async_blocks[k];
		for (int c = 0; c < ab->ncaptures; c++) {
			const AstCapture *cap = &ab->captures[c];
			const AstVar *v = cap->var;
			if (cap->mode != CAPTURE_BY_VALUE || cap->npath || quiet_name(v->name))
				continue;
			La a = {.w = w, .v = v, .decide = true, .drop_type = la_drop_type(w->p, v->ty, 0)};
			bool live = la_block(&a, ab->body, false);
			if (a.nacc && !live)
				add(w, ab, a.acc[a.nacc - 1].line, a.acc[a.nacc - 1].col, "value captured by `%s` is never read",
				    v->name);
			for (int i = a.nacc - 1; i >= 0; i--)
				if (!a.acc[i].live && a.acc[i].kind == LA_ASSIGN)
					add(w, ab, a.acc[i].line, a.acc[i].col, "value assigned to `%s` is never read", v->name);
			free(a.acc);
			free(a.loops);
		}
	}
}

/* ---------------------------------------------------------------------- */
/* The late lint pass: unused_must_use (UnusedResults::check_stmt)        */
/* ---------------------------------------------------------------------- */

static const char *must_use_what(Sema *s, const AstExpr *e)
{
	if ((e->kind == EXPR_CALL && e->callee && e->callee->is_async) || e->kind == EXPR_ASYNC)
		return "unused implementer of `Future` that must be used";
	if (e->ty.kind == ATY_ENUM && !(e->ty.id & AST_ENUM_PARTIAL)) {
		const AstEnum *en = s->prog->enums[ast_enum_index(e->ty)];
		if (en->generic == GENERIC_RESULT)
			return "unused `Result` that must be used";
	}
	if (e->kind == EXPR_CALL && e->callee && (e->callee->builtin == BUILTIN_INT_METHOD || e->callee->builtin ==
	    BUILTIN_CORE_CLONE)) /* meth40: core's #[must_use] integer methods (Ord's by the trait's path) and clone */
		return arena_printf(s->scratch, "unused return value of `%s%s` that must be used",
		                    e->callee->name[0] == '<' ? "std::cmp::Ord::" : "",
		                    e->callee->name[0] == '<' ? e->callee->assoc_name : e->callee->name);
	if (e->kind == EXPR_CALL && e->callee && ast_builtin_is_query(e->callee->builtin)) /* cmp39: core's #[must_use] */
		return arena_printf(s->scratch, "unused return value of `%s::%s` that must be used",
		                    e->callee->builtin <= BUILTIN_IS_NONE ? "Option::<T>" : "Result::<T, E>", e->callee->name);
	if (e->kind == EXPR_BINARY) {
		switch (e->bin_op) {
		case AOP_EQ: case AOP_NE: case AOP_LT: case AOP_LE: case AOP_GT: case AOP_GE:
			return "unused comparison that must be used";
		case AOP_AND: case AOP_OR:
			return "unused logical operation that must be used";
		case AOP_BITAND: case AOP_BITOR: case AOP_BITXOR: case AOP_SHL: case AOP_SHR:
			return "unused bitwise operation that must be used";
		default:
			return "unused arithmetic operation that must be used";
		}
	}
	if (e->kind == EXPR_UNARY)
		return "unused unary operation that must be used";
	if (e->kind == EXPR_REF && !e->implicit)
		return "unused borrow that must be used";
	return NULL;
}

/* warn35: rustc_lint types.rs TypeLimits (a late lint, at the comparison): an integer literal (not a
 * negated one, not a const) compared with a value of an integer type so that the result never depends
 * on the value (`x < 0`, `x >= 0` of an unsigned x, `0 > x`, `x <= u8::MAX as a literal 255`): check_limits
 * with the literal as the right operand (a left one: the operator reversed), is_valid against the type's
 * range. lit: the literal's magnitude (big: past u64::MAX) */
static bool limits_valid(AstBinOp op, AstType t, uint64_t lit, bool big)
{
	int bits = ast_type_bits(t);
	uint64_t max = ast_type_is_signed(t) ? (UINT64_C(1) << (bits - 1)) - 1
	                                     : bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
	bool above_min = ast_type_is_signed(t) || lit > 0; /* v > min (v >= min always: v is no negative) */
	bool le_max = !big && lit <= max, lt_max = !big && lit < max;
	switch (op) {
	case AOP_LT: case AOP_GE: return above_min && le_max;
	case AOP_LE: case AOP_GT: return lt_max;
	default: return le_max; /* == != */
	}
}

static void type_limits(AstExpr *e)
{
	if (e->kind != EXPR_BINARY || e->bin_op < AOP_EQ || e->bin_op > AOP_GE)
		return;
	const AstExpr *l = e->lhs, *r = e->rhs, *lit, *other;
	AstBinOp op = e->bin_op;
	bool l_lit = l->kind == EXPR_INT && !l->konst, r_lit = r->kind == EXPR_INT && !r->konst;
	if (l_lit) { /* rev_binop */
		lit = l, other = r;
		op = op == AOP_LT ? AOP_GT : op == AOP_GT ? AOP_LT : op == AOP_LE ? AOP_GE : op == AOP_GE ? AOP_LE : op;
	} else if (r_lit) {
		lit = r, other = l;
	} else {
		return;
	}
	if (!ast_type_is_int(other->ty) || (ast_type_is_signed(other->ty) && lit->int_suffix != ATY_VAR &&
	                                    !ast_type_is_signed(ast_type(lit->int_suffix))))
		return;
	if (!limits_valid(op, other->ty, lit->int_value, lit->int_big))
		add(cur_warn, NULL, e->line, e->col, "comparison is useless due to type limits");
}

static void must_use(Sema *s, AstExpr *e)
{
	const AstStmt *st = s->visit_stmt;
	const char *what;
	if (st && st->kind == ASTMT_EXPR && st->expr == e && st->has_semi && (what = must_use_what(s, e)))
		add(cur_warn, NULL, e->line, e->col, "%s", what);
	type_limits(e); /* the late lint pass's next check of the node */
	visit_children(s, e, must_use);
}

/* ---------------------------------------------------------------------- */
/* Naming: non_camel_case_types (early pass), non_snake_case (late pass)  */
/* ---------------------------------------------------------------------- */

static bool has_case(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* rustc_lint nonstandard_style.rs's is_camel_case (ASCII names: the subset's identifiers) */
static bool camel_case(const char *name)
{
	size_t a = 0, b = strlen(name);
	while (a < b && name[a] == '_')
		a++;
	while (b > a && name[b - 1] == '_')
		b--;
	if (a == b)
		return true;
	if (name[a] >= 'a' && name[a] <= 'z')
		return false;
	for (size_t i = a; i + 1 < b; i++) {
		if (name[i] == '_' && name[i + 1] == '_')
			return false;
		if ((has_case(name[i]) && name[i + 1] == '_') || (has_case(name[i + 1]) && name[i] == '_'))
			return false;
	}
	return true;
}

/* is_snake_case: no upper-case letter, no `__` inside the name's leading and trailing underscores */
static bool snake_case(const char *name)
{
	size_t a = 0, b = strlen(name);
	while (a < b && name[a] == '_')
		a++;
	while (b > a && name[b - 1] == '_')
		b--;
	for (size_t i = a; i < b; i++)
		if ((name[i] >= 'A' && name[i] <= 'Z') || (i + 1 < b && name[i] == '_' && name[i + 1] == '_'))
			return false;
	return true;
}

static void camel_lints(Warn *w)
{
	AstProgram *p = w->p;
	w->phase = 0, w->fn = 0, w->sub = 0;
	/* warn35: unused_parens, unused_braces, double_negations (sema_warn_early.c), at their nodes; a
	 * naming lint's node is its item (the name's position stands for it) */
	EarlyFinding *ef;
	int nef = early_findings(p, w->s->scratch, &ef);
	for (int i = 0; i < nef; i++) {
		add(w, NULL, ef[i].line, ef[i].col, "%s", ef[i].msg);
		w->w[w->n - 1].at = ef[i].at;
	}
	for (int i = 0; i < p->nstructs; i++)
		if (!camel_case(p->structs[i]->ident))
			add(w, NULL, p->structs[i]->line, p->structs[i]->col, "type `%s` should have an upper camel case name",
			    p->structs[i]->ident);
	for (int i = 0; i < p->nenums; i++) {
		const AstEnum *en = p->enums[i];
		if (en->generic != GENERIC_NONE)
			continue;
		if (!camel_case(en->ident))
			add(w, NULL, en->line, en->col, "type `%s` should have an upper camel case name", en->ident);
		for (int v = 0; v < en->nvariants; v++)
			if (!camel_case(en->variants[v].name))
				add(w, NULL, en->variants[v].line, en->variants[v].col,
				    "variant `%s` should have an upper camel case name", en->variants[v].name);
	}
	for (int i = 0; i < p->naliases; i++) /* vis39 */
		if (!camel_case(p->aliases[i]->ident))
			add(w, NULL, p->aliases[i]->line, p->aliases[i]->col, "type `%s` should have an upper camel case name",
			    p->aliases[i]->ident);
	for (int i = 0; i < p->ntraits; i++)
		if (!camel_case(p->traits[i]->ident))
			add(w, NULL, p->traits[i]->line, p->traits[i]->col, "trait `%s` should have an upper camel case name",
			    p->traits[i]->ident);
	w->phase = PHASE_LATE;
	for (int i = 0; i < p->nstructs; i++)
		for (int f = 0; f < p->structs[i]->nfields; f++) {
			const AstField *fd = &p->structs[i]->fields[f];
			if (!p->structs[i]->is_tuple && !snake_case(fd->name))
				add(w, NULL, fd->line, fd->col, "structure field `%s` should have a snake case name", fd->name);
		}
	for (int i = 0; i < p->nconsts; i++) { /* const33: non_upper_case_globals (a lower-case letter) */
		const AstConst *c = p->consts[i];
		bool lower = false;
		for (const char *k = c->ident; *k; k++)
			lower |= *k >= 'a' && *k <= 'z';
		if (lower && !(c->assoc_trait && c->assoc_type)) /* consts37: a trait's declaration, not its impls' */
			add(w, NULL, c->line, c->col, "%s `%s` should have an upper case name",
			    c->is_static ? "static variable" : c->assoc_type || c->assoc_trait ? "associated constant" : "constant",
			    c->ident); /* consts35: a static's and an associated const's words */
	}
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		const char *name = ast_fn_is_assoc(fn) ? fn->assoc_name : fn->ident;
		if (fn->body && name && !snake_case(name))
			add(w, NULL, fn->line, fn->col, "%s `%s` should have a snake case name", ast_fn_is_assoc(fn) ? "method" : "function",
			    name);
	}
}

/* ---------------------------------------------------------------------- */
/* dead_code (rustc_passes dead.rs: live_symbols, check_mod_deathness)    */
/* ---------------------------------------------------------------------- */

/* rustc marks what live code names, from the crate's entry: here the harness's (tests/rustc/
 * common.py): its `fn main` builds every async fn's future (`f(..)`, `S::m(..)`, `<S as T>::m(..)`)
 * and calls the program's own `fn main`. A live fn's signature and body mark: the fns it calls (a
 * trait impl's fn through its trait's declaration), the structs and enums its types and patterns
 * name, the structs it constructs, the variants it constructs (not inside a match arm whose
 * pattern needs that variant), the fields it reads (any `x.f`, writes too; a pattern's field that
 * is not `_`). A live struct or enum marks its fields' types; a live trait declaration its
 * signature's; an inherent method its struct. A trait impl's fn is live once its trait's
 * declaration and its struct are (a fixpoint). */
typedef struct Dead {
	AstProgram *p;
	uint8_t *fn_live, *struct_live, *enum_live, *trait_live;
	uint8_t *field_read;   /* by field_base[struct id] + field */
	int *field_base;
	uint8_t *variant_live; /* by variant_base[enum id] + variant */
	int *variant_base;
	uint8_t *vfield_read;  /* by vfield_base[variant_base[enum] + variant] + field */
	int *vfield_base;
	uint8_t *tfn_live;     /* by tfn_base[trait index] + trait fn */
	int *tfn_base;
	int *fn_trait, *fn_tfn; /* a trait impl's fns: its trait's index and declaration (-1: none) */
	int *tfn_first, *struct_first, *enum_first; /* the trait impls' fns of a declaration, of a struct, of an
	                                             * enum (items31): lists */
	int *next_tfn, *next_struct;
	int *work, nwork, work_cap; /* rustc's worklist: a stack, a fn pushed at each use, walked once */
	uint8_t *scanned;
	int *pending, npending, pending_cap; /* trait impls' fns found live: the next round's (items_to_check) */
	Warn *w;
	AstType *types; /* types to mark (a stack: Option<Option<..>> 100,000 deep takes no recursion) */
	int ntypes, types_cap;
	bool draining;
	int8_t *zst; /* by struct id: -1 unknown */
	const AstPattern **ignore; /* the patterns of the match arms being walked (necessary variants) */
	uint8_t *const_state; /* by index in AstProgram.consts (const_live) */
	int *const_sorted;     /* the consts' indices by address (const_ix) */
	const AstConst **const_stack; /* const_live's walk: a const, its index and its next user */
	int *const_ixs, *const_next;
	int nignore, ignore_cap;
} Dead;

static void dc_push(Dead *d, const AstFn *fn);

/* a type named by live code: its struct or enum live, and then the types of its fields (an
 * Option's or Result's arguments) */
static void dc_type(Dead *d, AstType t)
{
	if (d->ntypes == d->types_cap) {
		d->types_cap = d->types_cap ? 2 * d->types_cap : 64;
		d->types = realloc(d->types, (size_t)d->types_cap * sizeof *d->types);
		if (!d->types)
			internal_error("out of memory");
	}
	d->types[d->ntypes++] = t;
	if (d->draining)
		return;
	d->draining = true;
	while (d->ntypes > 0) {
		t = d->types[--d->ntypes];
		while (ast_type_is_ref(t) || t.kind == ATY_ARRAY)
			t = ast_type_is_ref(t) ? ast_ref_pointee(t) : ast_array_elem(t);
		if (t.kind == ATY_STRUCT && t.id >= 0 && t.id < d->p->nstructs && !d->struct_live[t.id]) {
			const AstStruct *st = d->p->structs[t.id];
			d->struct_live[t.id] = 1;
			for (int f = 0; f < st->nfields; f++)
				dc_type(d, st->fields[f].ty);
			for (int f = d->struct_first[t.id]; f >= 0; f = d->next_struct[f]) /* its trait impls' fns */
				if (d->tfn_live[d->tfn_base[d->fn_trait[f]] + d->fn_tfn[f]])
					dc_push(d, d->p->fns[f]);
		} else if (t.kind == ATY_ENUM && !(t.id & AST_ENUM_PARTIAL) && ast_enum_index(t) < d->p->nenums &&
		           !d->enum_live[ast_enum_index(t)]) {
			const AstEnum *en = d->p->enums[ast_enum_index(t)];
			d->enum_live[ast_enum_index(t)] = 1;
			for (int f = d->enum_first[ast_enum_index(t)]; f >= 0; f = d->next_struct[f]) /* items31 */
				if (d->tfn_live[d->tfn_base[d->fn_trait[f]] + d->fn_tfn[f]])
					dc_push(d, d->p->fns[f]);
			if (en->generic == GENERIC_OPTION || en->generic == GENERIC_RESULT) {
				for (int k = 0; k < (en->generic == GENERIC_RESULT ? 2 : 1); k++)
					dc_type(d, en->type_args[k]);
			} else if (en->generic == GENERIC_NONE) {
				for (int v = 0; v < en->nvariants; v++)
					for (int f = 0; f < en->variants[v].nfields; f++)
						dc_type(d, en->variants[v].fields[f].ty);
			}
		}
	}
	d->draining = false;
}

static void dc_struct(Dead *d, const AstStruct *st)
{
	AstType t = {ATY_STRUCT, st->id};
	dc_type(d, t);
}

static void dc_enum(Dead *d, const AstEnum *en)
{
	if (en->id < 0) /* the parser's Option / Result bases */
		return;
	AstType t = {ATY_ENUM, en->id};
	dc_type(d, t);
}

/* items31: an associated fn's Self type, live; whether it is */
static void dc_self(Dead *d, const AstFn *fn)
{
	if (fn->impl_enum)
		dc_enum(d, fn->impl_enum);
	else
		dc_struct(d, fn->impl_of);
}

static bool self_live(const Dead *d, const AstFn *fn)
{
	return fn->impl_enum ? d->enum_live[fn->impl_enum->id] != 0 : d->struct_live[fn->impl_of->id] != 0;
}

static void int_push(int **a, int *n, int *cap, int v)
{
	if (*n == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		*a = realloc(*a, (size_t)*cap * sizeof **a);
		if (!*a)
			internal_error("out of memory");
	}
	(*a)[(*n)++] = v;
}

static void dc_push(Dead *d, const AstFn *fn)
{
	if (d->fn_trait[fn->id] >= 0) { /* a trait impl's fn: in the next round, once */
		if (!d->fn_live[fn->id])
			int_push(&d->pending, &d->npending, &d->pending_cap, fn->id);
		d->fn_live[fn->id] = 1;
		return;
	}
	d->fn_live[fn->id] = 1;
	if (!d->scanned[fn->id])
		int_push(&d->work, &d->nwork, &d->work_cap, fn->id);
}

/* `x = x;`, `s.f = s.f;` (dead.rs check_for_self_assign): the same local, through the same fields */
static const AstExpr *no_autoderef(const AstExpr *e)
{
	while (e->kind == EXPR_DEREF && e->implicit)
		e = e->lhs;
	return e;
}

/* items31: rustc's non_local_definitions (rustc_lint non_local_def.rs, check_item of an impl in a
 * body): an impl block whose self type is not of its parent body (a type of the crate or of an
 * outer body) and whose trait is not either (the subset's traits are the crate's); at `impl` */
static void non_local_impls(Warn *w)
{
	w->phase = PHASE_LATE, w->fn = 0, w->sub = 0;
	for (int i = 0; i < w->p->nimpls; i++)
		if (w->p->impls[i]->non_local)
			add(w, NULL, w->p->impls[i]->line, w->p->impls[i]->col,
			    "non-local `impl` definition, `impl` blocks should be written at the same level as their item");
}

static bool same_place(const AstExpr *a, const AstExpr *b)
{
	a = no_autoderef(a), b = no_autoderef(b);
	if (a->kind == EXPR_VAR && b->kind == EXPR_VAR)
		return a->var && a->var == b->var;
	if (a->kind == EXPR_FIELD && b->kind == EXPR_FIELD)
		return a->field == b->field && a->name && b->name && strcmp(a->name, b->name) == 0 &&
		       same_place(a->lhs, b->lhs);
	return false;
}

static void dc_trait_fn(Dead *d, int tr, int k)
{
	const AstTrait *t = d->p->traits[tr];
	d->trait_live[tr] = 1;
	if (d->tfn_live[d->tfn_base[tr] + k])
		return;
	d->tfn_live[d->tfn_base[tr] + k] = 1;
	for (int f = d->tfn_first[d->tfn_base[tr] + k]; f >= 0; f = d->next_tfn[f]) /* its impls' fns */
		if (self_live(d, d->p->fns[f]))
			dc_push(d, d->p->fns[f]);
	for (int i = 0; i < t->fns[k].nparams; i++)
		dc_type(d, t->fns[k].params[i]);
	dc_type(d, t->fns[k].ret);
}

/* a fn named: a trait impl's through its declaration, the others themselves */
static void dc_use_fn(Dead *d, const AstFn *fn)
{
	if (!fn || fn->id < 0 || fn->builtin != BUILTIN_NONE)
		return;
	if (d->fn_trait[fn->id] >= 0) {
		dc_trait_fn(d, d->fn_trait[fn->id], d->fn_tfn[fn->id]);
		dc_self(d, fn);
	} else {
		dc_push(d, fn);
	}
}

static void dc_pattern(Dead *d, const AstPattern *p);

static void dc_sub(Dead *d, const AstSubPattern *sp, const AstPattern *owner)
{
	bool wild = !sp->var && !sp->nested && !sp->or_pat;
	if (!wild && owner) {
		if (owner->enm && owner->enm->generic == GENERIC_NONE) {
			int v = d->variant_base[owner->enm->id] + owner->variant;
			if (sp->field >= 0 && sp->field < owner->enm->variants[owner->variant].nfields)
				d->vfield_read[d->vfield_base[v] + sp->field] = 1;
		} else if (owner->strukt && sp->field >= 0 && sp->field < owner->strukt->nfields) {
			d->field_read[d->field_base[owner->strukt->id] + sp->field] = 1;
		}
	}
	if (sp->nested)
		dc_pattern(d, sp->nested);
	if (sp->or_pat)
		for (int k = 0; k < sp->or_pat->nalts; k++)
			dc_sub(d, &sp->or_pat->alts[k], NULL);
}

static void dc_pattern(Dead *d, const AstPattern *p)
{
	if (p->enm)
		dc_enum(d, p->enm);
	if (p->strukt)
		dc_struct(d, p->strukt);
	const AstPattern *owner = p->enm || p->strukt ? p : NULL;
	for (int j = 0; j < p->nsubs; j++)
		dc_sub(d, &p->subs[j], owner);
	for (int k = 0; k < p->nalts; k++)
		dc_sub(d, &p->alts[k], NULL);
}

static void dc_arm(Dead *d, const AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++)
		dc_pattern(d, &a->pats[k]);
}

/* the variant a match arm's pattern needs (rustc's Pat::necessary_variants: not through an
 * or-pattern), constructed inside the arm: not a construction (dead.rs visit_arm) */
static bool needs_variant(const AstPattern *p, const AstEnum *en, int variant)
{
	if (p->enm == en && p->variant == variant)
		return true;
	for (int j = 0; j < p->nsubs; j++)
		if (p->subs[j].nested && needs_variant(p->subs[j].nested, en, variant))
			return true;
	return false;
}

static bool ignored_variant(const Dead *d, const AstEnum *en, int variant)
{
	for (int i = 0; i < d->nignore; i++)
		if (needs_variant(d->ignore[i], en, variant))
			return true;
	return false;
}

/* The walk of a live fn's body: sema.c's visit_children with its two hooks (warn30: one walker) */
static Dead *cur_dead;

/* visit_let: a `let`'s annotation, its variable's type and its pattern */
static void dc_let(Sema *s, AstStmt *st)
{
	(void)s;
	Dead *d = cur_dead;
	if (st->has_type)
		dc_type(d, st->annot);
	if (st->var)
		dc_type(d, st->var->ty);
	if (st->let_arm)
		dc_arm(d, st->let_arm);
	else if (st->pat)
		dc_pattern(d, st->pat);
}

/* visit_arm: an arm's patterns; a `match`'s arm (not an `if let` / `while let`: no arm in rustc's
 * HIR) of one pattern: its variants are not constructed by its guard and body */
static void dc_arm_scope(Sema *s, AstExpr *e, int i, bool enter)
{
	(void)s;
	Dead *d = cur_dead;
	const AstMatchArm *a = &e->arms[i];
	bool push = !e->if_let && a->npats == 1;
	if (!enter) {
		if (push)
			d->nignore--;
		return;
	}
	dc_arm(d, a);
	if (push) {
		if (d->nignore == d->ignore_cap) {
			d->ignore_cap = d->ignore_cap ? 2 * d->ignore_cap : 16;
			d->ignore = realloc(d->ignore, (size_t)d->ignore_cap * sizeof *d->ignore);
			if (!d->ignore)
				internal_error("out of memory");
		}
		d->ignore[d->nignore++] = &a->pats[0];
	}
}

static void dc_expr(Sema *s, AstExpr *e)
{
	Dead *d = cur_dead;
	dc_type(d, e->ty);
	switch (e->kind) {
	case EXPR_FIELD: {
		AstType t = e->lhs->ty;
		while (ast_type_is_ref(t))
			t = ast_ref_pointee(t);
		if (t.kind == ATY_STRUCT && t.id >= 0 && t.id < d->p->nstructs && e->field >= 0 &&
		    e->field < d->p->structs[t.id]->nfields)
			d->field_read[d->field_base[t.id] + e->field] = 1;
		break;
	}
	case EXPR_ASSIGN:
		if (same_place(e->lhs, e->rhs))
			add(d->w, NULL, e->line, e->col, "useless assignment of %s of type `%s` to itself",
			    no_autoderef(e->lhs)->kind == EXPR_FIELD ? "field" : "variable", ast_type_name(e->lhs->ty));
		break;
	case EXPR_CALL:
		dc_use_fn(d, e->callee);
		break;
	case EXPR_STRUCT:
		if (e->strukt)
			dc_struct(d, e->strukt);
		break;
	case EXPR_VARIANT:
		if (e->enm) {
			dc_enum(d, e->enm);
			if (e->enm->generic == GENERIC_NONE && !ignored_variant(d, e->enm, e->variant))
				d->variant_live[d->variant_base[e->enm->id] + e->variant] = 1;
		}
		break;
	default:
		break;
	}
	visit_children(s, e, dc_expr);
}

static void dc_fn(Dead *d, const AstFn *fn)
{
	if (ast_fn_is_assoc(fn) && d->fn_trait[fn->id] < 0) /* an inherent method: its struct (enum) */
		dc_self(d, fn);
	for (int i = 0; i < fn->nparams; i++)
		dc_type(d, fn->params[i]->ty);
	dc_type(d, fn->ret);
	if (fn->body) {
		Sema *s = d->w->s;
		cur_dead = d;
		s->visit_let = dc_let, s->visit_arm = dc_arm_scope;
		s->async_block = NULL;
		visit_block(s, fn->body, dc_expr);
		s->visit_let = NULL, s->visit_arm = NULL;
		cur_dead = NULL;
	}
}

/* a tuple field of a zero-sized type is not warned about (should_warn_about_field) */
static bool zero_sized(const AstProgram *p, int8_t *zst, AstType t, int depth)
{
	if (depth > 64)
		return false;
	switch (t.kind) {
	case ATY_UNIT: case ATY_NEVER:
		return true;
	case ATY_ARRAY:
		return ast_array_len(t) == 0 || zero_sized(p, zst, ast_array_elem(t), depth + 1);
	case ATY_STRUCT: {
		const AstStruct *st = p->structs[t.id];
		if (zst[t.id] < 0) {
			zst[t.id] = 1;
			for (int f = 0; f < st->nfields && zst[t.id]; f++)
				if (!zero_sized(p, zst, st->fields[f].ty, depth + 1))
					zst[t.id] = 0;
		}
		return zst[t.id];
	}
	case ATY_ENUM: {
		const AstEnum *en = p->enums[ast_enum_index(t)];
		if (en->generic != GENERIC_NONE || en->nvariants > 1)
			return false;
		for (int v = 0; v < en->nvariants; v++)
			for (int f = 0; f < en->variants[v].nfields; f++)
				if (!zero_sized(p, zst, en->variants[v].fields[f].ty, depth + 1))
					return false;
		return true;
	}
	default:
		return false;
	}
}

/* rustc's MultipleDeadCodes: "field `a` is never read", "fields `a` and `b` are ..", "fields
 * `a`, `b`, and `c` are ..", past 6 "multiple fields are never read"; at the first name */
static void dead_group_at(Warn *w, const char *descr, const char *participle, const char **names, const int *lines,
                          const int *cols, int n);

/* lint38: dead_code's level at each name: rustc's warn_multiple groups a lint's items by level (the
 * allowed and the expected ones silent, an expectation met) */
static void dead_group(Warn *w, const char *descr, const char *participle, const char **names, const int *lines,
                       const int *cols, int n)
{
	if (w->p->nlint_attrs == 0) {
		dead_group_at(w, descr, participle, names, lines, cols, n);
		return;
	}
	int dc = lint_named("dead_code");
	const char **nm = arena_alloc(w->s->scratch, ((size_t)n + 1) * sizeof *nm);
	int *ln = arena_alloc(w->s->scratch, ((size_t)n + 1) * sizeof *ln);
	int *cl = arena_alloc(w->s->scratch, ((size_t)n + 1) * sizeof *cl);
	for (int level = LINT_WARN; level <= LINT_FORBID; level++) {
		int m = 0;
		for (int i = 0; i < n; i++)
			if (level_met(w->p, dc, lines[i], cols[i]) == level)
				nm[m] = names[i], ln[m] = lines[i], cl[m] = cols[i], m++;
		dead_group_at(w, descr, participle, nm, ln, cl, m);
	}
}

static void dead_group_at(Warn *w, const char *descr, const char *participle, const char **names, const int *lines,
                          const int *cols, int n)
{
	if (n == 0)
		return;
	if (n > 6) {
		add(w, NULL, lines[0], cols[0], "multiple %ss are never %s", descr, participle);
		return;
	}
	if (n == 1) {
		add(w, NULL, lines[0], cols[0], "%s `%s` is never %s", descr, names[0], participle);
		return;
	}
	size_t len = 0;
	for (int i = 0; i < n; i++)
		len += strlen(names[i]) + 8;
	char *list = arena_alloc(w->s->scratch, len + 1), *q = list;
	for (int i = 0; i < n; i++) {
		const char *sep = i == 0 ? "" : n == 2 ? " and " : i == n - 1 ? ", and " : ", ";
		q += sprintf(q, "%s`%s`", sep, names[i]);
	}
	add(w, NULL, lines[0], cols[0], "%ss %s are never %s", descr, list, participle);
}

/* the fields of a live struct or variant never read (read: its bits from the field's index on), as
 * one group; `_` names and a tuple's zero-sized fields stay quiet */
static void dead_fields(Warn *w, const Dead *d, const AstField *fields, int nfields, bool is_tuple,
                        const uint8_t *read, const char **names, int *lines, int *cols)
{
	int k = 0;
	for (int f = 0; f < nfields; f++) {
		const AstField *fd = &fields[f];
		if (read[f] || fd->name[0] == '_' || (is_tuple && zero_sized(d->p, d->zst, fd->ty, 0)))
			continue;
		names[k] = fd->name, lines[k] = fd->line, cols[k] = fd->col, k++;
	}
	dead_group(w, "field", "read", names, lines, cols, k);
}

static int cmp_int_p(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;
	return (a > b) - (a < b);
}

static const char *dc_trait_fn_key(const void *items, int i)
{
	return ((const AstTraitFn *)items)[i].name;
}

static bool const_live(Dead *d, const AstConst *c);

/* vis39: whether user u of a type alias is live (an alias user: by the walk below) */
static bool alias_user_live(Dead *d, const AstAliasUser *u)
{
	switch (u->kind) {
	case ALIAS_USER_FN: return ((const AstFn *)u->item)->id >= 0 && d->fn_live[((const AstFn *)u->item)->id];
	case ALIAS_USER_STRUCT: return d->struct_live[((const AstStruct *)u->item)->id];
	case ALIAS_USER_ENUM: return d->enum_live[((const AstEnum *)u->item)->id];
	case ALIAS_USER_CONST: return const_live(d, u->item);
	case ALIAS_USER_TRAIT: return d->trait_live[((const AstTrait *)u->item)->id];
	default: return false;
	}
}

/* vis39: the live type aliases (live[id]): one named by a live fn, struct, enum, const or trait, a public
 * one, or one named by a live alias (a walk along the aliases' uses, each alias once) */
static void alias_liveness(Dead *d, Arena *a, uint8_t *live)
{
	const AstProgram *p = d->p;
	int n = p->naliases, nedges = 0;
	int *first = arena_alloc(a, ((size_t)n + 1) * sizeof(int)), *stack = arena_alloc(a, ((size_t)n + 1) * sizeof(int));
	for (int i = 0; i < n; i++)
		for (int k = 0; k < p->aliases[i]->nusers; k++)
			if (p->aliases[i]->users[k].kind == ALIAS_USER_ALIAS)
				first[((const AstAlias *)p->aliases[i]->users[k].item)->id]++, nedges++;
	for (int i = 0, at = 0; i <= n; i++) { /* CSR: the aliases each alias names, from first[v] on */
		int c = i < n ? first[i] : 0;
		first[i] = at;
		at += c;
	}
	int *to = arena_alloc(a, ((size_t)nedges + 1) * sizeof(int)), *fill = arena_alloc(a, ((size_t)n + 1) * sizeof(int));
	memcpy(fill, first, (size_t)n * sizeof(int));
	int top = 0;
	for (int i = 0; i < n; i++) {
		const AstAlias *al = p->aliases[i];
		live[i] = al->always_live || (al->vis == VIS_PUB && !al->scope.outer);
		for (int k = 0; k < al->nusers; k++) {
			const AstAliasUser *u = &al->users[k];
			if (u->kind == ALIAS_USER_ALIAS)
				to[fill[((const AstAlias *)u->item)->id]++] = i;
			else
				live[i] |= alias_user_live(d, u);
		}
		if (live[i])
			stack[top++] = i;
	}
	while (top > 0) {
		int v = stack[--top];
		for (int e = first[v]; e < first[v + 1]; e++)
			if (!live[to[e]]) {
				live[to[e]] = 1;
				stack[top++] = to[e];
			}
	}
}

typedef struct DeadItem {
	int line, col;
	int kind; /* 0 struct, 1 enum, 2 trait, 3 impl, 4 fn, 5 const, 6 type alias */
	int index;
} DeadItem;

static int cmp_dead_item(const void *pa, const void *pb)
{
	const DeadItem *a = pa, *b = pb;
	if (a->line != b->line)
		return (a->line > b->line) - (a->line < b->line);
	return (a->col > b->col) - (a->col < b->col);
}


/* items30: a type declared in the body of a fn that is never used (or in a body nested in one):
 * rustc reports the fn and not the type (tested with rustc 1.95: a struct of a dead fn, constructed
 * or not, gets no warning; the fns of an impl there still do) */
static bool in_dead_fn(const Dead *d, const AstFn *outer)
{
	for (; outer; outer = outer->outer)
		if (!d->fn_live[outer->id])
			return true;
	return false;
}

/* const33: a const is live when a live fn names it, or a live const's initializer does (rustc's
 * MarkSymbolVisitor reaches it from there); the initializers form no cycle (E0391). hunt36: each const's
 * answer is kept (Dead.const_state) and the walk up its users is a stack of the Dead's own: the recursion
 * overflowed the stack under ASan on a chain of 20k consts each defined by the one before, and a chain of
 * diamonds (`C1 = C0 + D0; D1 = C0 ^ D0; ..`, each const named by two) took 2^N walks */
static bool const_named_by_live_fn(const Dead *d, const AstConst *c)
{
	if (c->always_live || ast_const_public(d->p, c)) /* vis39: a public const is a root */
		return true;
	for (int i = 0; i < c->nuser_fns; i++)
		if (d->fn_live[c->user_fns[i]->id])
			return true;
	return false;
}

static const AstProgram *const_sort_prog; /* cmp_const_addr's (qsort takes no context) */

static int cmp_const_addr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)const_sort_prog->consts[*(const int *)a], y = (uintptr_t)const_sort_prog->consts[*(const int *)b];
	return (x > y) - (x < y);
}

/* c's index in AstProgram.consts: binary search over the consts sorted by address (Dead.const_sorted) */
static int const_ix(const Dead *d, const AstConst *c)
{
	int lo = 0, hi = d->p->nconsts;
	while (hi - lo > 1) {
		int mid = lo + (hi - lo) / 2;
		if ((uintptr_t)d->p->consts[d->const_sorted[mid]] <= (uintptr_t)c)
			lo = mid;
		else
			hi = mid;
	}
	return d->const_sorted[lo];
}

static bool const_live(Dead *d, const AstConst *c)
{
	uint8_t *st = d->const_state; /* 0: not known, 1: on the stack, 2: dead, 3: live (by const_ix) */
	int ci = const_ix(d, c);
	if (st[ci] >= 2)
		return st[ci] == 3;
	if (const_named_by_live_fn(d, c)) {
		st[ci] = 3;
		return true;
	}
	int n = 0;
	bool live = false;
	st[ci] = 1;
	d->const_stack[n] = c, d->const_ixs[n] = ci, d->const_next[n++] = 0;
	while (n > 0) {
		const AstConst *k = d->const_stack[n - 1];
		if (live) { /* a user of k is live: so is k */
			st[d->const_ixs[n - 1]] = 3;
			n--;
			continue;
		}
		if (d->const_next[n - 1] == k->nuser_consts) {
			st[d->const_ixs[n - 1]] = 2;
			n--;
			continue;
		}
		const AstConst *u = k->user_consts[d->const_next[n - 1]++];
		int ui = const_ix(d, u);
		if (st[ui] == 3)
			live = true;
		else if (st[ui] == 0) {
			if (const_named_by_live_fn(d, u)) {
				st[ui] = 3;
				live = true;
			} else {
				st[ui] = 1;
				d->const_stack[n] = u, d->const_ixs[n] = ui, d->const_next[n++] = 0;
			}
		}
	}
	return st[ci] == 3;
}

/* consts35: a live associated const `S::N` makes its type live: the struct or enum of its impl (a top-level
 * `impl S`, parse_impl's find_struct). hunt37: read off the impl; every struct and enum was scanned for
 * the name per live const (N types each with a live const: 20,000 took 121 s). */
static void dc_const_type(Dead *d, const AstConst *c)
{
	const AstProgram *p = d->p;
	const AstImpl *im = c->assoc_impl > 0 && c->assoc_impl <= p->nimpls ? p->impls[c->assoc_impl - 1] : NULL;
	if (!im)
		return;
	if (c->impl_tok) { /* consts38: an inherent impl's in a body: of the impl's type */
		if (im->strukt)
			dc_struct(d, im->strukt);
		else if (im->enm->generic == GENERIC_NONE)
			dc_enum(d, im->enm);
		return;
	}
	if (im->strukt && !im->strukt->scope.lo && im->strukt->ident && !strcmp(im->strukt->ident, c->assoc_type))
		dc_struct(d, im->strukt);
	if (im->enm && !im->enm->scope.lo && im->enm->ident && im->enm->generic == GENERIC_NONE &&
	    !strcmp(im->enm->ident, c->assoc_type))
		dc_enum(d, im->enm);
}

static const char *dc_const_key(const void *items, int i)
{
	return ((AstConst *const *)items)[i]->ident;
}

/* consts35: a dead item's name put among the m names of a group in source order (a group's fns are
 * listed first) */
static void insert_dead_name(const char **names, int *lines, int *cols, int *m, const char *name, int line, int col)
{
	int at = (*m)++;
	while (at > 0 && (lines[at - 1] > line || (lines[at - 1] == line && cols[at - 1] > col))) {
		names[at] = names[at - 1], lines[at] = lines[at - 1], cols[at] = cols[at - 1];
		at--;
	}
	names[at] = name, lines[at] = line, cols[at] = col;
}

/* consts37: trait t's const declarations never used (none of its impls' consts or default instances is
 * live), put among the m names of its dead fns in source order; how many */
static int dead_trait_consts(Dead *d, const AstTrait *t, const char **names, int *lines, int *cols, int *m)
{
	int consts = 0;
	for (int k = 0; k < t->nconsts; k++) {
		const AstConst *decl = t->consts[k];
		int h = nameix_find(&d->p->const_ix, decl->ident, strlen(decl->ident), dc_const_key, d->p->consts);
		bool live = decl->ident[0] == '_';
		for (const AstConst *c = h < 0 ? NULL : d->p->consts[h]; c && !live; c = c->next_same)
			live = c->decl == decl && const_live(d, c);
		if (live)
			continue;
		insert_dead_name(names, lines, cols, m, decl->ident, decl->line, decl->col);
		consts++;
	}
	return consts;
}

/* const39: a live aggregate const's initializer, walked as a live body's expression (rustc's
 * MarkSymbolVisitor visits a live const's body) */
static void dc_const_init(Dead *d, const AstConst *c)
{
	cur_dead = d;
	dc_expr(d->w->s, c->agg);
	cur_dead = NULL;
}

/* rustc's worklist (MarkSymbolVisitor::mark_live_symbols), with its rounds of trait impls' fns */
static void dc_run(Dead *d)
{
	const AstProgram *p = d->p;
	for (;;) {
		while (d->nwork > 0) {
			int f = d->work[--d->nwork];
			if (d->scanned[f])
				continue;
			d->scanned[f] = 1;
			dc_fn(d, p->fns[f]);
		}
		if (d->npending == 0) { /* consts35: a live `S::N` makes S live (rustc: a field of a struct named only
		                        * there is "never read", the struct not "never constructed") */
			memset(d->const_state, 0, (size_t)p->nconsts); /* more fns may be live since the last round */
			for (int k = 0; k < p->nconsts; k++) {
				const AstConst *c = p->consts[k];
				if ((!c->assoc_type && !c->agg) || !const_live(d, c))
					continue;
				if (c->agg) { /* const39: a live aggregate's initializer constructs its struct or variant */
					dc_const_init(d, c);
					continue;
				}
				if (c->decl) /* consts37: a trait impl's const or a default's: its trait is used */
					d->trait_live[c->decl->trait_id] = 1;
				dc_const_type(d, c);
			}
		}
		if (d->nwork > 0)
			continue;
		if (d->npending == 0)
			break;
		if (d->npending > 1)
			qsort(d->pending, (size_t)d->npending, sizeof *d->pending, cmp_int_p);
		for (int k = 0; k < d->npending; k++)
			int_push(&d->work, &d->nwork, &d->work_cap, d->pending[k]);
		d->npending = 0;
	}
}

/* lint38: the fns whose dead_code level is allowed (or expected) are roots (rustc dead.rs
 * has_allow_dead_code_or_lang_attr); an expected one that is not live otherwise meets its expectation */
static bool dc_root(AstProgram *p, bool live, int line, int col, int level)
{
	int attr;
	if (live || lint_level(p, lint_named("dead_code"), line, col, &attr) != level)
		return false;
	if (level == LINT_EXPECT) /* not live by the other roots: the item would be dead */
		p->lint_attrs[attr].fulfilled = true;
	return true;
}

/* vis39: the public items (rustc's effective visibilities, which its worklist holds below the entry fn's:
 * walked after everything the harness's main reaches, the last public fn first): a public struct with its
 * public fields (read), a public enum with its variants (constructed) and their fields, a public trait's
 * declarations (its impls' fns for public types follow), public fns and methods */
static void dc_public_roots(Dead *d)
{
	const AstProgram *p = d->p;
	for (int i = 0; i < p->nstructs; i++) {
		const AstStruct *st = p->structs[i];
		if (!ast_item_public(p, (AstType){ATY_STRUCT, i}))
			continue;
		dc_struct(d, st);
		for (int f = 0; f < st->nfields; f++)
			if (st->fields[f].vis == VIS_PUB)
				d->field_read[d->field_base[i] + f] = 1;
	}
	for (int i = 0; i < p->nenums; i++) {
		const AstEnum *en = p->enums[i];
		if (!ast_item_public(p, (AstType){ATY_ENUM, i})) /* (an Option / Result instance never is) */
			continue;
		dc_enum(d, en);
		for (int v = 0; v < en->nvariants; v++) {
			int vi = d->variant_base[i] + v;
			d->variant_live[vi] = 1;
			memset(d->vfield_read + d->vfield_base[vi], 1, (size_t)en->variants[v].nfields);
		}
	}
	for (int i = 0; i < p->ntraits; i++)
		if (p->traits[i]->vis == VIS_PUB && !p->traits[i]->scope.outer)
			for (int k = 0; k < p->traits[i]->nfns; k++)
				dc_trait_fn(d, i, k);
	for (int i = 0; i < p->nfns; i++)
		if (p->fns[i]->body && ast_fn_public(p->fns[i]))
			dc_use_fn(d, p->fns[i]);
}

static bool dc_allowed_roots(Dead *d, Warn *w, int level)
{
	AstProgram *p = w->p;
	bool any = false;
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		if (fn->body && dc_root(p, d->fn_live[i], fn->line, fn->col, level))
			dc_use_fn(d, fn), any = true;
	}
	for (int i = 0; i < p->nstructs; i++) /* a struct or an enum: its fields' types live (their paths) */
		if (dc_root(p, d->struct_live[i], p->structs[i]->line, p->structs[i]->col, level))
			dc_struct(d, p->structs[i]), any = true;
	for (int i = 0; i < p->nenums; i++)
		if (p->enums[i]->id >= 0 && dc_root(p, d->enum_live[i], p->enums[i]->line, p->enums[i]->col, level))
			dc_enum(d, p->enums[i]), any = true;
	for (int i = 0; i < p->ntraits; i++) /* a trait's declaration: its trait live, its impls' fns too */
		for (int k = 0; k < p->traits[i]->nfns; k++) {
			const AstTraitFn *tf = &p->traits[i]->fns[k];
			if (dc_root(p, d->tfn_live[d->tfn_base[i] + k], tf->line, tf->col, level))
				dc_trait_fn(d, i, k), any = true;
		}
	return any;
}

static void dead_code(Warn *w)
{
	AstProgram *p = w->p;
	Arena *a = w->s->scratch;
	Dead d = {.p = p};
	int nfns = p->nfns, nst = p->nstructs, nen = p->nenums, ntr = p->ntraits;
	d.fn_live = arena_alloc(a, (size_t)nfns + 1);
	d.const_state = arena_alloc(a, (size_t)p->nconsts + 1);
	d.const_stack = arena_alloc(a, ((size_t)p->nconsts + 1) * sizeof *d.const_stack);
	d.const_next = arena_alloc(a, ((size_t)p->nconsts + 1) * sizeof *d.const_next);
	d.const_ixs = arena_alloc(a, ((size_t)p->nconsts + 1) * sizeof *d.const_ixs);
	d.const_sorted = arena_alloc(a, ((size_t)p->nconsts + 1) * sizeof *d.const_sorted);
	for (int i = 0; i < p->nconsts; i++)
		d.const_sorted[i] = i;
	const_sort_prog = p;
	if (p->nconsts > 1)
		qsort(d.const_sorted, (size_t)p->nconsts, sizeof *d.const_sorted, cmp_const_addr);
	d.struct_live = arena_alloc(a, (size_t)nst + 1);
	d.enum_live = arena_alloc(a, (size_t)nen + 1);
	d.trait_live = arena_alloc(a, (size_t)ntr + 1);
	d.field_base = arena_alloc(a, ((size_t)nst + 1) * sizeof(int));
	int nf = 0;
	for (int i = 0; i < nst; i++)
		d.field_base[i] = nf, nf += p->structs[i]->nfields;
	d.field_read = arena_alloc(a, (size_t)nf + 1);
	d.variant_base = arena_alloc(a, ((size_t)nen + 1) * sizeof(int));
	int nv = 0;
	for (int i = 0; i < nen; i++)
		d.variant_base[i] = nv, nv += p->enums[i]->nvariants;
	d.variant_live = arena_alloc(a, (size_t)nv + 1);
	d.vfield_base = arena_alloc(a, ((size_t)nv + 1) * sizeof(int));
	int nvf = 0;
	for (int i = 0; i < nen; i++)
		for (int v = 0; v < p->enums[i]->nvariants; v++)
			d.vfield_base[d.variant_base[i] + v] = nvf, nvf += p->enums[i]->variants[v].nfields;
	d.vfield_read = arena_alloc(a, (size_t)nvf + 1);
	d.tfn_base = arena_alloc(a, ((size_t)ntr + 1) * sizeof(int));
	int ntf = 0;
	for (int i = 0; i < ntr; i++)
		d.tfn_base[i] = ntf, ntf += p->traits[i]->nfns;
	d.tfn_live = arena_alloc(a, (size_t)ntf + 1);
	/* a trait impl's fns: their trait's index and declaration */
	int *impl_trait = arena_alloc(a, ((size_t)p->nimpls + 1) * sizeof(int));
	for (int i = 0; i < p->nimpls; i++) {
		const AstTrait *t = p->impls[i]->trait;
		impl_trait[i] = t ? t->id : -1; /* scope33: traits of one name are distinct (the parser's) */
	}
	d.fn_trait = arena_alloc(a, ((size_t)nfns + 1) * sizeof(int));
	d.fn_tfn = arena_alloc(a, ((size_t)nfns + 1) * sizeof(int));
	d.scanned = arena_alloc(a, (size_t)nfns + 1);
	d.w = w;
	for (int i = 0; i < nfns; i++) {
		const AstFn *fn = p->fns[i];
		d.fn_trait[i] = d.fn_tfn[i] = -1;
		if (ast_fn_is_assoc(fn) && fn->impl_id >= 0 && fn->impl_id < p->nimpls && impl_trait[fn->impl_id] >= 0) {
			const AstTrait *t = p->traits[impl_trait[fn->impl_id]];
			int k = nameix_find(&t->fn_ix, fn->assoc_name, strlen(fn->assoc_name), dc_trait_fn_key, t->fns);
			if (k >= 0)
				d.fn_trait[i] = impl_trait[fn->impl_id], d.fn_tfn[i] = k;
		}
	}
	d.tfn_first = arena_alloc(a, ((size_t)ntf + 1) * sizeof(int));
	d.struct_first = arena_alloc(a, ((size_t)nst + 1) * sizeof(int));
	d.enum_first = arena_alloc(a, ((size_t)nen + 1) * sizeof(int));
	d.next_tfn = arena_alloc(a, ((size_t)nfns + 1) * sizeof(int));
	d.next_struct = arena_alloc(a, ((size_t)nfns + 1) * sizeof(int));
	for (int i = 0; i < ntf; i++)
		d.tfn_first[i] = -1;
	for (int i = 0; i < nst; i++)
		d.struct_first[i] = -1;
	for (int i = 0; i < nen; i++)
		d.enum_first[i] = -1;
	for (int i = nfns - 1; i >= 0; i--) {
		d.next_tfn[i] = d.next_struct[i] = -1;
		if (d.fn_trait[i] < 0 || !p->fns[i]->body)
			continue;
		int k = d.tfn_base[d.fn_trait[i]] + d.fn_tfn[i];
		int *first = p->fns[i]->impl_enum ? &d.enum_first[p->fns[i]->impl_enum->id] : &d.struct_first[p->fns[i]->impl_of->id];
		d.next_tfn[i] = d.tfn_first[k], d.tfn_first[k] = i;
		d.next_struct[i] = *first, *first = i;
	}
	d.zst = arena_alloc(a, (size_t)nst + 1);
	memset(d.zst, -1, (size_t)nst + 1);
	/* the harness's roots, in its `fn main`'s order: the program's `fn main`, then every async fn of the
	 * crate's top level;
	 * walked as rustc's worklist is (LIFO: the last async fn first), a trait impl's fns in rounds
	 * after it (source order, pushed, then LIFO): the order of the self-assignment warnings */
	w->phase = PHASE_DEAD, w->fn = 0, w->sub = 0;
	dc_public_roots(&d);
	for (int i = 0; i < nfns; i++)
		if (p->fns[i]->body && !ast_fn_is_assoc(p->fns[i]) && !p->fns[i]->is_async && strcmp(p->fns[i]->name, "main") == 0)
			dc_use_fn(&d, p->fns[i]);
	for (int i = 0; i < nfns; i++) /* (warn31: not one in a body, a nested fn's or a method of an impl
	                                  there: out of the harness's main's reach, tests/rustc/common.py) */
		if (p->fns[i]->body && p->fns[i]->is_async && !p->fns[i]->outer &&
		    !(p->fns[i]->impl_of && p->impls[p->fns[i]->impl_id]->scope.outer))
			dc_use_fn(&d, p->fns[i]);
	if (p->nlint_attrs)
		dc_allowed_roots(&d, w, LINT_ALLOW);
	dc_run(&d);
	if (p->nlint_attrs && dc_allowed_roots(&d, w, LINT_EXPECT))
		dc_run(&d);
	free(d.work);
	free(d.pending);
	free(d.ignore);
	free(d.types);
	memset(d.const_state, 0, (size_t)p->nconsts); /* const_live's answers for the fns found live */

	/* the report: the crate's items in source order (check_mod_deathness) */
	int nitems = nst + nen + ntr + p->nimpls + nfns + p->nconsts + p->naliases;
	uint8_t *alias_live = arena_alloc(a, (size_t)p->naliases + 1);
	alias_liveness(&d, a, alias_live);
	DeadItem *items = arena_alloc(a, ((size_t)nitems + 1) * sizeof *items);
	int n = 0;
	for (int i = 0; i < nst; i++)
		items[n++] = (DeadItem){p->structs[i]->line, p->structs[i]->col, 0, i};
	for (int i = 0; i < nen; i++)
		if (p->enums[i]->generic == GENERIC_NONE)
			items[n++] = (DeadItem){p->enums[i]->line, p->enums[i]->col, 1, i};
	for (int i = 0; i < ntr; i++)
		items[n++] = (DeadItem){p->traits[i]->line, p->traits[i]->col, 2, i};
	for (int i = 0; i < p->nimpls; i++)
		if (!p->impls[i]->trait_name)
			items[n++] = (DeadItem){p->impls[i]->line, p->impls[i]->col, 3, i};
	for (int i = 0; i < nfns; i++)
		if (!ast_fn_is_assoc(p->fns[i]) && p->fns[i]->body)
			items[n++] = (DeadItem){p->fns[i]->line, p->fns[i]->col, 4, i};
	for (int i = 0; i < p->nconsts; i++) /* const33 */
		items[n++] = (DeadItem){p->consts[i]->line, p->consts[i]->col, 5, i};
	for (int i = 0; i < p->naliases; i++) /* vis39 */
		items[n++] = (DeadItem){p->aliases[i]->line, p->aliases[i]->col, 6, i};
	if (n > 1)
		qsort(items, (size_t)n, sizeof *items, cmp_dead_item);
	/* the fns of each inherent impl, in source order */
	int *impl_first = arena_alloc(a, ((size_t)p->nimpls + 1) * sizeof(int));
	int *fn_next = arena_alloc(a, ((size_t)nfns + 1) * sizeof(int));
	for (int i = 0; i < p->nimpls; i++)
		impl_first[i] = -1;
	for (int i = nfns - 1; i >= 0; i--) {
		const AstFn *fn = p->fns[i];
		fn_next[i] = -1;
		if (ast_fn_is_assoc(fn) && fn->impl_id >= 0 && fn->impl_id < p->nimpls && !p->impls[fn->impl_id]->trait_name) {
			fn_next[i] = impl_first[fn->impl_id];
			impl_first[fn->impl_id] = i;
		}
	}
	/* hunt36: the associated consts of each impl, in source order (a scan of every const per impl was
	 * impls x consts: 20k structs with an impl of one const each, `build` 28 s under ASan) */
	int *impl_cfirst = arena_alloc(a, ((size_t)p->nimpls + 1) * sizeof(int));
	int *const_next = arena_alloc(a, ((size_t)p->nconsts + 1) * sizeof(int));
	for (int i = 0; i < p->nimpls; i++)
		impl_cfirst[i] = -1;
	for (int k = p->nconsts - 1; k >= 0; k--) {
		int im = p->consts[k]->assoc_impl - 1;
		const_next[k] = -1;
		if (im >= 0 && im < p->nimpls) {
			const_next[k] = impl_cfirst[im];
			impl_cfirst[im] = k;
		}
	}
	int maxn = 8;
	for (int i = 0; i < nst; i++)
		maxn = p->structs[i]->nfields > maxn ? p->structs[i]->nfields : maxn;
	for (int i = 0; i < nen; i++) {
		maxn = p->enums[i]->nvariants > maxn ? p->enums[i]->nvariants : maxn;
		for (int v = 0; v < p->enums[i]->nvariants; v++)
			maxn = p->enums[i]->variants[v].nfields > maxn ? p->enums[i]->variants[v].nfields : maxn;
	}
	for (int i = 0; i < ntr; i++)
		maxn = p->traits[i]->nfns + p->traits[i]->nconsts > maxn ? p->traits[i]->nfns + p->traits[i]->nconsts : maxn;
	maxn = nfns + p->nconsts > maxn ? nfns + p->nconsts : maxn; /* consts35: an impl's fns and consts */
	const char **names = arena_alloc(a, (size_t)maxn * sizeof *names);
	int *lines = arena_alloc(a, (size_t)maxn * sizeof(int)), *cols = arena_alloc(a, (size_t)maxn * sizeof(int));
	w->phase = PHASE_DEAD, w->fn = 0, w->sub = 0;
	for (int it = 0; it < n; it++) {
		int i = items[it].index, m = 0;
		switch (items[it].kind) {
		case 0: { /* a struct: never constructed, else its fields never read */
			const AstStruct *st = p->structs[i];
			if (st->core_range) /* for40: core's, no item of the source */
				break;
			if (!d.struct_live[i]) {
				if (st->ident[0] != '_' && !in_dead_fn(&d, st->scope.outer))
					add(w, NULL, st->line, st->col, "struct `%s` is never constructed", st->ident);
				break;
			}
			dead_fields(w, &d, st->fields, st->nfields, st->is_tuple, d.field_read + d.field_base[i], names, lines,
			            cols);
			break;
		}
		case 1: { /* an enum: never used, else its live variants' fields, then its dead variants */
			const AstEnum *en = p->enums[i];
			if (!d.enum_live[i]) {
				if (en->ident[0] != '_' && !in_dead_fn(&d, en->scope.outer))
					add(w, NULL, en->line, en->col, "enum `%s` is never used", en->ident);
				break;
			}
			for (int v = 0; v < en->nvariants; v++) {
				const AstVariant *va = &en->variants[v];
				int vi = d.variant_base[i] + v;
				if (d.variant_live[vi])
					dead_fields(w, &d, va->fields, va->nfields, va->is_tuple, d.vfield_read + d.vfield_base[vi], names,
					            lines, cols);
			}
			for (int v = 0; v < en->nvariants; v++)
				if (!d.variant_live[d.variant_base[i] + v] && en->variants[v].name[0] != '_')
					names[m] = en->variants[v].name, lines[m] = en->variants[v].line, cols[m] = en->variants[v].col,
					m++;
			dead_group(w, "variant", "constructed", names, lines, cols, m);
			break;
		}
		case 2: { /* a trait: never used, else its declarations never used */
			const AstTrait *t = p->traits[i];
			if (!d.trait_live[i]) {
				if (t->ident[0] != '_' && !in_dead_fn(&d, t->scope.outer))
					add(w, NULL, t->line, t->col, "trait `%s` is never used", t->ident);
				break;
			}
			for (int k = 0; k < t->nfns; k++)
				if (!d.tfn_live[d.tfn_base[i] + k] && t->fns[k].name[0] != '_')
					names[m] = t->fns[k].name, lines[m] = t->fns[k].line, cols[m] = t->fns[k].col, m++;
			int consts = dead_trait_consts(&d, t, names, lines, cols, &m); /* consts37 */
			dead_group(w, consts == m ? "associated constant" : consts ? "associated item" : "method", "used", names,
			           lines, cols, m);
			break;
		}
		case 3: { /* an inherent impl: its fns never used ("methods", "associated functions", both:
			   * "associated items"); consts35: its associated consts with them, in source order
			   * ("associated constants", else "associated items") */
			int methods = 0, consts = 0;
			for (int f = impl_first[i]; f >= 0; f = fn_next[f]) {
				const AstFn *fn = p->fns[f];
				if (d.fn_live[f] || fn->assoc_name[0] == '_')
					continue;
				methods += fn->self_kind != SELF_NONE;
				names[m] = fn->assoc_name, lines[m] = fn->line, cols[m] = fn->col, m++;
			}
			for (int k = impl_cfirst[i]; k >= 0; k = const_next[k]) {
				const AstConst *c = p->consts[k];
				if (const_live(&d, c) || c->ident[0] == '_')
					continue;
				insert_dead_name(names, lines, cols, &m, c->ident, c->line, c->col); /* into the fns' source order */
				consts++;
			}
			dead_group(w, consts == m ? "associated constant" : consts ? "associated item" : methods == m ? "method"
			           : methods == 0 ? "associated function" : "associated item", "used", names, lines, cols, m);
			break;
		}
		case 4: { /* a free fn; one nested in a dead fn's body is not reported (the dead fn is), and the
			   * lint names it by its ident, not its path (rustc 1.95, thirteenth session) */
			const AstFn *fn = p->fns[i];
			if (!d.fn_live[i] && fn->ident[0] != '_' && !in_dead_fn(&d, fn->outer))
				add(w, NULL, fn->line, fn->col, "function `%s` is never used", fn->ident);
			break;
		}
		case 5: { /* a const item (const33), not in a dead fn's body */
			const AstConst *c = p->consts[i];
			if (c->assoc_type || c->assoc_trait) /* consts35: rustc groups them with their impl's fns (consts37:
			                                      * a trait's with its fns) */
				break;
			if (!const_live(&d, c) && c->ident[0] != '_' && !in_dead_fn(&d, c->scope.outer))
				add(w, NULL, c->line, c->col, "%s `%s` is never used", c->is_static ? "static" : "constant", c->ident);
			break;
		}
		case 6: { /* a type alias (vis39), not in a dead fn's body */
			const AstAlias *al = p->aliases[i];
			if (!alias_live[i] && al->ident[0] != '_' && !in_dead_fn(&d, al->scope.outer))
				add(w, NULL, al->line, al->col, "type alias `%s` is never used", al->ident);
			break;
		}
		}
	}
}

/* ---------------------------------------------------------------------- */
/* The driver                                                             */
/* ---------------------------------------------------------------------- */

static int cmp_int(int a, int b)
{
	return (a > b) - (a < b);
}

static int cmp_warning(const void *pa, const void *pb)
{
	const Warning *a = pa, *b = pb;
	int c;
	if ((c = cmp_int(a->phase, b->phase)) || (c = cmp_int(a->fn, b->fn)) || (c = cmp_int(a->sub, b->sub)))
		return c;
	if (a->sub != 0 && ((c = cmp_int(a->body_line, b->body_line)) || (c = cmp_int(a->body_col, b->body_col))))
		return c;
	if (a->phase == 0 && (c = early_cmp_at(&a->at, &b->at))) /* warn35: rustc's walk of its AST */
		return c;
	if ((a->phase == PHASE_LATE || a->phase == PHASE_LEVELS || a->phase == PHASE_EXPECT) &&
	    ((c = cmp_int(a->line, b->line)) || (c = cmp_int(a->col, b->col))))
		return c;
	return cmp_int(a->seq, b->seq);
}

static int cmp_ptr(const void *pa, const void *pb)
{
	uintptr_t a = (uintptr_t) * (const AstExpr *const *)pa, b = (uintptr_t) * (const AstExpr *const *)pb;
	return (a > b) - (a < b);
}

static bool quiet_name(const char *name)
{
	return !name || name[0] == '_' || strcmp(name, "self") == 0;
}

static int cmp_var_pos(const void *pa, const void *pb)
{
	const AstVar *a = *(const AstVar *const *)pa, *b = *(const AstVar *const *)pb;
	int c;
	if ((c = cmp_int(a->line, b->line)) || (c = cmp_int(a->col, b->col)))
		return c;
	return cmp_int(a->id, b->id);
}

/* check_liveness's order of a fn's bodies: the fn's runs first, and reaches each async block's
 * Aggregate while iterating its backward dataflow (blocks in postorder: the later block first),
 * which runs (and reports) the block's check_liveness there; so a body's blocks report before it,
 * the last one first. rank[k] for the block of index_in_fn k; the fn's own body is BODY_FN. */
static void live_ranks(const AstFn *fn, int *rank, int *first, int *next)
{
	for (int k = 0; k <= fn->nasync; k++)
		first[k] = -1;
	for (int k = 0; k < fn->nasync; k++) { /* children lists, the last block first */
		const AstAsyncBlock *par = fn->async_blocks[k]->parent;
		int pk = par ? par->index_in_fn : fn->nasync;
		next[k] = first[pk];
		first[pk] = k;
	}
	/* a postorder over that tree without recursion: next[] is reused as the walk's stack link */
	int r = 0, *stack = malloc(((size_t)fn->nasync + 1) * sizeof *stack), *at = malloc(((size_t)fn->nasync + 1) * sizeof *at);
	if (!stack || !at)
		internal_error("out of memory");
	int sp = 0;
	stack[sp] = fn->nasync, at[sp] = first[fn->nasync], sp++;
	while (sp) {
		int c = at[sp - 1];
		if (c < 0) {
			int k = stack[--sp];
			if (k < fn->nasync)
				rank[k] = r++;
			continue;
		}
		at[sp - 1] = next[c];
		stack[sp] = c, at[sp] = first[c], sp++;
	}
	free(stack);
	free(at);
}

static void fn_var_lints(Warn *w, AstFn *fn, int phase_mut, int phase_live)
{
	size_t n = (size_t)fn->nvars + 1;
	w->used = arena_alloc(w->s->scratch, n);
	w->written = arena_alloc(w->s->scratch, n);
	w->mutated = arena_alloc(w->s->scratch, n);
	w->inpat = arena_alloc(w->s->scratch, n);
	w->primary = arena_alloc(w->s->scratch, n);
	w->assigned = arena_alloc(w->s->scratch, n);
	w->in_guard = arena_alloc(w->s->scratch, n);
	w->last_line = arena_alloc(w->s->scratch, n * sizeof *w->last_line);
	w->last_col = arena_alloc(w->s->scratch, n * sizeof *w->last_col);
	w->s->async_block = NULL;
	for (int i = 0; i < fn->nparams; i++)
		w->inpat[fn->params[i]->id] = 1;
	block_lets(w, fn->body);
	visit_block(w->s, fn->body, use_facts);
	/* MIR's local order, which borrowck's unused_mut and liveness go by (warn30): a body's
	 * bindings in the order MIR building declares them: a `let`'s before its initializer's
	 * (declare_bindings, then the initializer), an arm's after its scrutinee's; that is the
	 * order of their names in the source (fn->vars is resolve's: a `let`'s after its
	 * initializer's). The bodies are kept apart by the sort key. */
	const AstVar **vars = arena_alloc(w->s->scratch, n * sizeof *vars);
	int nv = 0;
	for (int i = 0; i < fn->nvars; i++)
		if (fn->vars[i] && w->inpat[fn->vars[i]->id] && !quiet_name(fn->vars[i]->name) &&
		    !w->decl_dead[w->fn][fn->vars[i]->id])
			vars[nv++] = fn->vars[i];
	qsort(vars, (size_t)nv, sizeof *vars, cmp_var_pos);
	size_t nb = (size_t)fn->nasync + 1;
	w->live_rank = arena_alloc(w->s->scratch, nb * sizeof *w->live_rank);
	live_ranks(fn, w->live_rank, arena_alloc(w->s->scratch, nb * sizeof(int)), arena_alloc(w->s->scratch, nb * sizeof(int)));
	w->phase = phase_mut, w->sub = SUB_MUT;
	for (int i = 0; i < nv; i++) {
		const AstVar *v = vars[i];
		if (!v->is_mut || v->by_ref || w->mutated[v->id])
			continue;
		int line, col;
		binding_start(w, v, &line, &col);
		add(w, v->owner, line, col, "variable does not need to be mutable");
	}
	w->phase = phase_live, w->sub = SUB_LIVENESS;
	for (int i = 0; i < nv; i++) { /* report_fully_unused */
		const AstVar *v = vars[i];
		if (w->used[v->id])
			continue;
		int line, col;
		binding_start(w, v, &line, &col);
		if (w->written[v->id])
			add(w, v->owner, line, col, "variable `%s` is assigned to, but never used", v->name);
		else
			add(w, v->owner, line, col, "unused variable: `%s`", v->name);
	}
	for (int i = 0; i < nv; i++) /* report_unused_assignments: after every body's unused variables */
		if (w->written[vars[i]->id] || w->assigned[vars[i]->id])
			la_var(w, vars[i], vars[i]->owner ? vars[i]->owner->body : fn->body, vars[i]->kind == VAR_PARAM, fn->is_async);
	la_captures(w, fn);
	w->phase = PHASE_LATE, w->sub = 0, w->fn = 0; /* the late pass: source order over the crate */
	for (int i = 0; i < fn->nvars; i++) {
		const AstVar *v = fn->vars[i];
		if (v && w->inpat[v->id] && v->name && strcmp(v->name, "self") != 0 && !snake_case(v->name))
			add(w, NULL, v->line, v->col, "variable `%s` should have a snake case name", v->name);
	}
}

/* lint38: "unknown lint" at each name rustc does not know, at the level unknown_lints has there */
static void unknown_lints(Warn *w)
{
	for (int i = 0; i < w->p->nlint_attrs; i++) {
		const AstLintAttr *a = &w->p->lint_attrs[i];
		if (!a->unknown)
			continue;
		w->phase = PHASE_LEVELS, w->fn = 0, w->sub = 0;
		add(w, NULL, a->name_line, a->name_col, "unknown lint: `%s`", a->name);
	}
}

/* lint38: each warning's level at its position; an expectation it meets is fulfilled */
static void warning_levels(Warn *w, int last_phase)
{
	for (int i = 0; i < w->n; i++) {
		Warning *x = &w->w[i];
		if (x->phase > last_phase) {
			x->level = LINT_ALLOW;
			continue;
		}
		x->level = level_met(w->p, x->lint, x->line, x->col);
	}
}

/* lint38: "this lint expectation is unfulfilled" at each `expect`'s name no warning met */
static void unfulfilled_expectations(Warn *w)
{
	int first = w->n;
	int lint = lint_named("unfulfilled_lint_expectations");
	for (int i = 0; i < w->p->nlint_attrs; i++) {
		const AstLintAttr *a = &w->p->lint_attrs[i];
		if (a->level != LINT_EXPECT || a->fulfilled || a->lint < 0)
			continue;
		w->phase = PHASE_EXPECT, w->fn = 0, w->sub = 0;
		add(w, NULL, a->name_line, a->name_col, "this lint expectation is unfulfilled");
		w->w[w->n - 1].level = level_met(w->p, lint, a->name_line, a->name_col);
	}
	if (w->n - first > 1)
		qsort(w->w + first, (size_t)(w->n - first), sizeof *w->w, cmp_warning);
}

/* the lines of the warnings that print (warn level when the program asks for them, deny and forbid
 * always: `error`), but skip's; malloc'd, NULL when none */
static char *warnings_text(const Warn *w, int skip)
{
	const char *file = diag_path(w->p->file);
	size_t len = 0, at = 0;
	char *text = NULL;
	for (int pass = 0; pass < 2; pass++) { /* its length, then its bytes */
		for (int i = 0; i < w->n; i++) {
			const Warning *x = &w->w[i];
			if (i == skip || x->level < LINT_WARN || (x->level == LINT_WARN && !w->p->warn_print))
				continue;
			int k = snprintf(pass ? text + at : NULL, pass ? len + 1 - at : 0, "%s:%d:%d: %s: %s\n", file, x->line,
			                 x->col, x->level == LINT_WARN ? "warning" : "error", x->msg);
			if (k < 0)
				internal_error("snprintf failed");
			if (pass)
				at += (size_t)k;
			else
				len += (size_t)k;
		}
		if (pass == 0) {
			if (!len)
				return NULL;
			text = malloc(len + 1);
			if (!text)
				internal_error("out of memory");
		}
	}
	return text;
}

/* the lints up to last_phase; skip_fn's (-1: none) unused_mut and liveness not (its MIR not built) */
static void warn_run(Sema *s, int last_phase, char **text)
{
	AstProgram *p = s->prog;
	Warn w = {.s = s, .p = p, .src = p->warn_src, .len = p->warn_len};
	int cap = 64;
	w.line_start = malloc((size_t)cap * sizeof *w.line_start);
	if (!w.line_start)
		internal_error("out of memory");
	w.line_start[w.nlines++] = 0;
	for (size_t i = 0; i < w.len; i++)
		if (w.src[i] == '\n') {
			if (w.nlines == cap) {
				cap *= 2;
				w.line_start = realloc(w.line_start, (size_t)cap * sizeof *w.line_start);
				if (!w.line_start)
					internal_error("out of memory");
			}
			w.line_start[w.nlines++] = (int)(i + 1);
		}
	/* a byte order mark: columns count from after it (lex.c) */
	if (w.len >= 3 && memcmp(w.src, "\357\273\277", 3) == 0)
		w.line_start[0] = 3;
	cur_warn = &w;
	camel_lints(&w);
	non_local_impls(&w);
	w.decl_dead = arena_alloc(s->scratch, ((size_t)p->nfns + 1) * sizeof *w.decl_dead);
	for (int i = 0; i < p->nfns; i++)
		w.decl_dead[i] = arena_alloc(s->scratch, (size_t)p->fns[i]->nvars + 1);
	for (int pass = 0; pass < 2; pass++) /* the async fns' typeck, then the sync fns' */
		for (int i = 0; i < p->nfns; i++) {
			AstFn *fn = p->fns[i];
			if (!fn->body || fn->is_async != (pass == 0) || s->fn_state[i] >= FN_TYPECK_ERROR)
				continue; /* warn31: a fn whose typeck failed is not walked */
			w.phase = fn->is_async ? 1 : 2, w.fn = i, w.sub = SUB_TYPECK;
			s->fn = fn;
			s->async_block = NULL;
			w.dv = 0;
			uc_block(&w, fn->body);
		}
	if (w.ndead > 1)
		qsort(w.dead_vars, (size_t)w.ndead, sizeof *w.dead_vars, cmp_ptr);
	for (int i = 0; i < p->nfns; i++) {
		AstFn *fn = p->fns[i];
		if (!fn->body || s->fn_state[i] >= FN_THIR_ERROR) /* warn31: no THIR, no MIR */
			continue;
		s->fn = fn;
		s->async_block = NULL;
		w.fn = i;
		w.phase = fn->is_async ? 1 : 3, w.sub = SUB_MATCH;
		visit_block(s, fn->body, match_lints);
		if (s->fn_state[i] != FN_MATCH_ERROR) /* no MIR after check_match's error */
			fn_var_lints(&w, fn, fn->is_async ? 1 : 3, 3);
		if (s->fn_state[i])
			continue;
		w.phase = PHASE_LATE, w.fn = 0, w.sub = 0;
		s->async_block = NULL;
		visit_block(s, fn->body, must_use);
	}
	cur_warn = NULL;
	if (last_phase >= PHASE_DEAD)
		dead_code(&w);
	unknown_lints(&w);
	if (w.n > 1)
		qsort(w.w, (size_t)w.n, sizeof *w.w, cmp_warning);
	warning_levels(&w, last_phase);
	if (last_phase >= PHASE_LATE)
		unfulfilled_expectations(&w);
	int denied = -1; /* the first warning a `deny` or `forbid` makes an error */
	for (int i = 0; i < w.n && denied < 0; i++)
		if (w.w[i].level >= LINT_DENY)
			denied = i;
	char *out = warnings_text(&w, !text ? denied : -1);
	if (text)
		*text = out;
	else if (denied < 0 && out)
		fputs(out, stderr);
	int line = denied >= 0 ? w.w[denied].line : 0, col = denied >= 0 ? w.w[denied].col : 0;
	char *msg = denied >= 0 ? w.w[denied].msg : NULL;
	free(w.w);
	free(w.line_start);
	free(w.dead_vars);
	if (!text && denied >= 0) { /* lint38: the program is rejected; the other lines after the error */
		diag_set_trailer(out);
		error_at(s, line, col, "%s", msg);
	}
	if (!text)
		free(out);
}

void sema_warn(Sema *s)
{
	warn_run(s, PHASE_LATE, NULL);
}

/* warn29, warn31: a program rejected by an error rustc goes on past: rustc has run resolve, typeck,
 * check_match and MIR borrowck with liveness on every body, each fn as far as its own errors let it
 * (s->fn_state: a typeck error leaves no lint of its fn, a check_match error (E0004, E0005) no MIR,
 * so no unused_mut and liveness); it stops before dead_code and the late lint pass (rustc_interface
 * `analysis`: the abort on errors after borrowck, lint errors excluded). A deny-by-default lint's
 * error (lint_error: arithmetic_overflow, unconditional_panic, overflowing_literals of sema_lint.c)
 * stops nothing: every warning. Into *text. */
void sema_warn_rejected(Sema *s, bool lint_error, char **text)
{
	warn_run(s, lint_error ? PHASE_LATE : 3, text);
}
