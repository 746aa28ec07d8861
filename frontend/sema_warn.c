/* sema_warn.c — rustc 1.95's warn-by-default lints on a checked program (warn28; DESIGN.md
 * "Warnings"): `FILE:LINE:COL: warning: MESSAGE` on stderr at rustc's primary span with rustc's
 * first line, in rustc's order. Run by sema_check once every check passed, when the program
 * asks for them (AstProgram.warn_src: `build`, `run`, ... without `-A warnings`).
 *
 * rustc emits a lint when the pass that finds it runs; the order is the order of its passes
 * (seen with rustc 1.95 on the subset, tests/warn):
 *   0. the early lint pass: non_camel_case_types, in source order;
 *   1. every async fn, in source order, during wfcheck (its opaque type's hidden type needs its
 *      typeck and its coroutine's MIR): typeck's unreachable_code, then check_match's
 *      irrefutable_let_patterns / unreachable_patterns, then borrowck's unused_mut;
 *   2. typeck of every sync fn in source order: unreachable_code;
 *   3. per fn in source order: (sync fns) check_match's and borrowck's, then liveness's
 *      unused_variables (both);
 *   4. the late lint pass: unused_must_use and non_snake_case, in source order.
 * Within check_match, borrowck and liveness a fn's async blocks come before the fn's own body,
 * an inner block before the block holding it (the order the bodies' MIR is built in); then
 * source order (liveness and unused_mut: declaration order).
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
	char *msg;
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
	bool dead;                /* unreachable_code's walk is in code typeck found unreachable */
	const AstExpr **dead_vars; /* the EXPR_VARs there (liveness: not a use), sorted by address */
	int ndead, dead_cap;
} Warn;

enum { BODY_FN = 0x7fffffff };

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
	x->msg = msg;
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
		if (st->expr)
			uc_expr(w, st->expr);
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
	switch (e->kind) {
	case EXPR_VAR:
		if (w->dead) {
			if (w->ndead == w->dead_cap) {
				w->dead_cap = w->dead_cap ? 2 * w->dead_cap : 64;
				w->dead_vars = realloc(w->dead_vars, (size_t)w->dead_cap * sizeof *w->dead_vars);
				if (!w->dead_vars)
					internal_error("out of memory");
			}
			w->dead_vars[w->ndead++] = e;
		}
		break;
	case EXPR_INT: case EXPR_BOOL: case EXPR_UNIT:
		break;
	case EXPR_CONTINUE:
		w->dv = 1;
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
	case EXPR_IF: {
		uc_expr(w, e->cond);
		int c = w->dv;
		w->dv = 0;
		uc_block(w, e->block);
		int t = w->dv;
		w->dv = 0;
		int f = 0;
		if (e->els) {
			uc_expr(w, e->els);
			f = w->dv;
		}
		w->dv = dv_max(c, t < f ? t : f);
		break;
	}
	case EXPR_MATCH: {
		uc_expr(w, e->lhs);
		int c = w->dv, all = 2;
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

static void match_lints(Sema *s, AstExpr *e)
{
	Warn *w = cur_warn;
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
	} else if (e->kind == EXPR_MATCH && e->narms > 1) {
		/* the rows of the unguarded arms before arm i: once they cover the scrutinee's type, every
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
				add(w, s->async_block, a->pats[0].line, a->pats[0].col, "unreachable pattern");
				continue;
			}
			if (nrows > DUP_ROWS)
				continue;
			int dead = 0;
			for (int k = 0; k < a->npats; k++)
				dead += lit_seen(e, i, k);
			for (int k = 0; dead && dead < a->npats && k < a->npats; k++)
				if (lit_seen(e, i, k))
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
		if (ast_arm_top(a, k))
			w->inpat[ast_arm_top(a, k)->id] = 1;
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

static void use_facts(Sema *s, AstExpr *e)
{
	Warn *w = cur_warn;
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
	if (place && place->kind == EXPR_VAR && place->var) {
		/* a write of the variable or a field of it: not a use (`x += 1` neither, for the lint),
		 * unless an async block writes a variable it captures (rustc: a use of the upvar) */
		w->written[place->var->id] = 1;
		w->mutated[place->var->id] = 1;
		if (place->upvar >= 0)
			w->used[place->var->id] = 1;
		use_facts(s, e->rhs);
		return;
	}
	if (e->kind == EXPR_VAR && e->var && !dead_var(w, e))
		w->used[e->var->id] = 1;
	AstVar *v;
	if ((e->kind == EXPR_ASSIGN || e->kind == EXPR_OP_ASSIGN) && (v = place_base(e->lhs)))
		w->mutated[v->id] = 1;
	if (e->kind == EXPR_REF && e->ref_mut && (v = place_base(e->lhs)))
		w->mutated[v->id] = 1;
	if (e->kind == EXPR_MATCH && (v = place_base(e->lhs))) {
		bool rm = false;
		for (int i = 0; i < e->narms && !rm; i++)
			for (int k = 0; k < e->arms[i].npats; k++)
				ast_arm_each_binding(&e->arms[i], k, mark_ref_mut_binding, &rm);
		if (rm)
			w->mutated[v->id] = 1;
	}
	visit_children(s, e, use_facts);
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

static void must_use(Sema *s, AstExpr *e)
{
	const AstStmt *st = s->visit_stmt;
	const char *what;
	if (st && st->kind == ASTMT_EXPR && st->expr == e && st->has_semi && (what = must_use_what(s, e)))
		add(cur_warn, NULL, e->line, e->col, "%s", what);
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
	for (int i = 0; i < p->nstructs; i++)
		if (!camel_case(p->structs[i]->name))
			add(w, NULL, p->structs[i]->line, p->structs[i]->col, "type `%s` should have an upper camel case name",
			    p->structs[i]->name);
	for (int i = 0; i < p->nenums; i++) {
		const AstEnum *en = p->enums[i];
		if (en->generic != GENERIC_NONE)
			continue;
		if (!camel_case(en->name))
			add(w, NULL, en->line, en->col, "type `%s` should have an upper camel case name", en->name);
		for (int v = 0; v < en->nvariants; v++)
			if (!camel_case(en->variants[v].name))
				add(w, NULL, en->variants[v].line, en->variants[v].col,
				    "variant `%s` should have an upper camel case name", en->variants[v].name);
	}
	for (int i = 0; i < p->ntraits; i++)
		if (!camel_case(p->traits[i]->name))
			add(w, NULL, p->traits[i]->line, p->traits[i]->col, "trait `%s` should have an upper camel case name",
			    p->traits[i]->name);
	w->phase = 4;
	for (int i = 0; i < p->nstructs; i++)
		for (int f = 0; f < p->structs[i]->nfields; f++) {
			const AstField *fd = &p->structs[i]->fields[f];
			if (!p->structs[i]->is_tuple && !snake_case(fd->name))
				add(w, NULL, fd->line, fd->col, "structure field `%s` should have a snake case name", fd->name);
		}
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		const char *name = fn->impl_of ? fn->assoc_name : fn->ident;
		if (fn->body && name && !snake_case(name))
			add(w, NULL, fn->line, fn->col, "%s `%s` should have a snake case name", fn->impl_of ? "method" : "function",
			    name);
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
	if ((a->phase == 4 || a->phase == 0) && ((c = cmp_int(a->line, b->line)) || (c = cmp_int(a->col, b->col))))
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

enum { SUB_TYPECK, SUB_MATCH, SUB_MUT, SUB_LIVENESS };

static void fn_var_lints(Warn *w, AstFn *fn, int phase_mut, int phase_live)
{
	size_t n = (size_t)fn->nvars + 1;
	w->used = arena_alloc(w->s->scratch, n);
	w->written = arena_alloc(w->s->scratch, n);
	w->mutated = arena_alloc(w->s->scratch, n);
	w->inpat = arena_alloc(w->s->scratch, n);
	w->primary = arena_alloc(w->s->scratch, n);
	memset(w->used, 0, n), memset(w->written, 0, n), memset(w->mutated, 0, n);
	memset(w->inpat, 0, n), memset(w->primary, 0, n);
	w->s->async_block = NULL;
	for (int i = 0; i < fn->nparams; i++)
		w->inpat[fn->params[i]->id] = 1;
	block_lets(w, fn->body);
	visit_block(w->s, fn->body, use_facts);
	w->phase = phase_mut, w->sub = SUB_MUT;
	for (int i = 0; i < fn->nvars; i++) {
		const AstVar *v = fn->vars[i];
		if (!v || !v->is_mut || v->by_ref || w->mutated[v->id] || quiet_name(v->name) ||
		    !w->inpat[v->id])
			continue;
		int line, col;
		binding_start(w, v, &line, &col);
		add(w, v->owner, line, col, "variable does not need to be mutable");
	}
	w->phase = phase_live, w->sub = SUB_LIVENESS;
	for (int i = 0; i < fn->nvars; i++) {
		const AstVar *v = fn->vars[i];
		if (!v || w->used[v->id] || quiet_name(v->name) || !w->inpat[v->id])
			continue;
		int line, col;
		binding_start(w, v, &line, &col);
		if (w->written[v->id])
			add(w, v->owner, line, col, "variable `%s` is assigned to, but never used", v->name);
		else
			add(w, v->owner, line, col, "unused variable: `%s`", v->name);
	}
	w->phase = 4, w->sub = 0, w->fn = 0; /* the late pass: source order over the crate */
	for (int i = 0; i < fn->nvars; i++) {
		const AstVar *v = fn->vars[i];
		if (v && w->inpat[v->id] && v->name && strcmp(v->name, "self") != 0 && !snake_case(v->name))
			add(w, NULL, v->line, v->col, "variable `%s` should have a snake case name", v->name);
	}
}

void sema_warn(Sema *s)
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
	for (int pass = 0; pass < 2; pass++) /* the async fns' typeck, then the sync fns' */
		for (int i = 0; i < p->nfns; i++) {
			AstFn *fn = p->fns[i];
			if (!fn->body || fn->is_async != (pass == 0))
				continue;
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
		if (!fn->body)
			continue;
		s->fn = fn;
		s->async_block = NULL;
		w.fn = i;
		w.phase = fn->is_async ? 1 : 3, w.sub = SUB_MATCH;
		visit_block(s, fn->body, match_lints);
		fn_var_lints(&w, fn, fn->is_async ? 1 : 3, 3);
		w.phase = 4, w.fn = 0, w.sub = 0;
		s->async_block = NULL;
		visit_block(s, fn->body, must_use);
	}
	cur_warn = NULL;
	if (w.n > 1)
		qsort(w.w, (size_t)w.n, sizeof *w.w, cmp_warning);
	const char *file = diag_path(p->file);
	for (int i = 0; i < w.n; i++)
		fprintf(stderr, "%s:%d:%d: warning: %s\n", file, w.w[i].line, w.w[i].col, w.w[i].msg);
	free(w.w);
	free(w.line_start);
	free(w.dead_vars);
}
