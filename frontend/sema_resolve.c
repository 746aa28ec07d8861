/* sema_resolve.c — 1. name resolution (rustc_resolve; `.await` outside async
 * from AST lowering). See sema.c for the phases and their order. */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

/* ====================================================================== */
/* 1. Name resolution                                                     */
/* ====================================================================== */

/* A fn item of a block in the scope (items29): an entry of s->scope like a variable, kind
 * VAR_ITEM, so that the innermost of a local and an item of one name wins, as rustc's ribs. */
typedef struct ItemEntry {
	AstVar v;
	AstFn *fn;
} ItemEntry;

/* The innermost entry in scope named name: a hash of the names in scope, each to its
 * innermost entry (a scan of the scope was quadratic in a body's distinct names). */
static AstVar *lookup_entry(Sema *s, const char *name, int *index)
{
	uintptr_t *top = namemap_find(&s->scope_names, name);
	*index = top ? (int)*top - 1 : -1;
	return top ? s->scope[*top - 1] : NULL;
}

/* The innermost variable in scope named name (NULL when an item is innermost). A local of a fn
 * around the nested fn being resolved (below s->item_barrier) is rustc's E0434, at the use. */
static AstVar *lookup_var_at(Sema *s, const char *name, int line, int col)
{
	int ix;
	AstVar *v = lookup_entry(s, name, &ix);
	if (!v || v->kind == VAR_ITEM)
		return NULL;
	if (ix < s->item_barrier)
		error_at(s, line, col, "can't capture dynamic environment in a fn item");
	return v;
}

/* Leave the scope entries past mark, innermost first. */
static void pop_scope(Sema *s, int mark)
{
	while (s->nscope > mark) {
		int i = --s->nscope, prev = s->scope_prev[i];
		if (prev >= 0)
			namemap_put(&s->scope_names, s->scope[i]->name, (uintptr_t)prev + 1);
		else
			namemap_del(&s->scope_names, s->scope[i]->name);
	}
}

static AstFn *lookup_fn(Sema *s, const char *name)
{
	int ix;
	AstVar *v = lookup_entry(s, name, &ix);
	if (v && v->kind == VAR_ITEM)
		return ((ItemEntry *)v)->fn;
	uintptr_t *f = namemap_find(&s->fn_names, name);
	if (f)
		return (AstFn *)*f;
	for (int b = BUILTIN_YIELD_NOW; b <= BUILTIN_GUARD; b++)
		if (s->prog->builtins[b] && !strcmp(s->prog->builtins[b]->name, name))
			return s->prog->builtins[b];
	return NULL;
}

static void push_scope(Sema *s, AstVar *v)
{
	uint32_t n = (uint32_t)s->nscope;
	uintptr_t *top = namemap_find(&s->scope_names, v->name);
	*VEC_PUSH(s->scratch, s->scope_prev, n, s->scope_prev_cap) = top ? (int)*top - 1 : -1;
	*VEC_PUSH(s->scratch, s->scope, s->nscope, s->scope_cap) = v;
	namemap_put(&s->scope_names, v->name, (uintptr_t)s->nscope);
}

static void push_binding(const AstSubPattern *sp, void *cx)
{
	push_scope(cx, sp->var);
}

static void resolve_expr(Sema *s, AstExpr *e);

/* The binding named name in pat (nested patterns too), or NULL. */
static AstSubPattern *find_binding(AstPattern *pat, const char *name)
{
	for (int j = 0; j < pat->nsubs; j++) {
		AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat) /* the first alternative's (its others share them, resolve_or_subs) */
			sp = &sp->or_pat->alts[0];
		if (sp->var && !strcmp(sp->var->name, name)) /* `k @ p` too */
			return sp;
		for (AstSubPattern *in = sp->inner; in; in = in->inner) /* `k @ j` (bind29) */
			if (!strcmp(in->var->name, name))
				return in;
		AstSubPattern *r = sp->nested ? find_binding(sp->nested, name) : NULL;
		if (r)
			return r;
	}
	return NULL;
}

/* rustc E0408: a name bound by one alternative of an or-pattern and not by another,
 * reported at the alternative missing it; alt's bindings are then the first
 * alternative's variables of their names (one local per name, as rustc declares
 * the bindings of an or-pattern from its first alternative). */
/* the E0408 to report of one or-pattern: rustc reports its missing names by the span of the alternative
 * missing one, the earliest first (bind30: `Some(x) | Some(y)` is `y`'s, at the first alternative) */
typedef struct {
	const char *name;
	int line, col;
} OrMissing;

static void or_missing(OrMissing *m, const AstPattern *in, const char *name)
{
	if (!m->name || in->line < m->line || (in->line == m->line && in->col < m->col))
		*m = (OrMissing){name, in->line, in->col};
}

static void check_or_names_into(AstPattern *from, AstPattern *in, OrMissing *m)
{
	for (int j = 0; j < from->nsubs; j++) {
		AstSubPattern *sp = &from->subs[j];
		if (sp->or_pat)
			sp = &sp->or_pat->alts[0];
		if (sp->var && !find_binding(in, sp->var->name)) /* `k @ p`: k, then p's */
			or_missing(m, in, sp->var->name);
		for (const AstSubPattern *c = sp->inner; c; c = c->inner) /* `k @ j` (bind29) */
			if (!find_binding(in, c->var->name))
				or_missing(m, in, c->var->name);
		if (sp->nested)
			check_or_names_into(sp->nested, in, m);
	}
}

/* both ways between an or-pattern's first alternative and alternative alt, into m */
static void check_or_pair(AstPattern *first, AstPattern *alt, OrMissing *m)
{
	check_or_names_into(first, alt, m);
	check_or_names_into(alt, first, m);
}

static void report_or_missing(Sema *s, const OrMissing *m)
{
	if (m->name) /* warn31: rustc resolves on, and type checks the fn */
		error_soft(s, m->line, m->col, "variable `%s` is not bound in all patterns", m->name);
}

static void share_or_sub(Sema *s, AstPattern *first, AstSubPattern *sp);

/* rustc E0409 (rustc_resolve late.rs check_consistent_bindings): the alternative's own binding
 * own of a name the first alternative binds as first, by another written mode (`ref x @ 1 | x @
 * 2`, `mut x | x`), at own's identifier; one error per name, at the earliest alternative
 * differing (s->or_inconsistent: name -> the first's variable already reported) */
static void check_or_mode(Sema *s, const AstVar *own, const AstVar *first)
{
	if (own->by_ref == first->by_ref && own->is_mut == first->is_mut)
		return;
	const uintptr_t *at = namemap_find(&s->or_inconsistent, own->name);
	if (at && *at == (uintptr_t)first)
		return;
	namemap_put(&s->or_inconsistent, own->name, (uintptr_t)first);
	error_soft(s, own->line, own->col, /* rustc resolves on */
	           "variable `%s` is bound inconsistently across alternatives separated by `|`", own->name);
}

/* alternative binding *v: the first alternative's variable of its name, else its own (E0408) */
static void share_or_var(Sema *s, AstPattern *first, AstVar **v)
{
	const AstSubPattern *f = find_binding(first, (*v)->name);
	if (!f) {
		(*v)->ty = OR_OWN_TYPE;
		return;
	}
	check_or_mode(s, *v, f->var);
	*v = f->var;
}

static void share_or_bindings(Sema *s, AstPattern *first, AstPattern *alt)
{
	for (int j = 0; j < alt->nsubs; j++) {
		AstSubPattern *sp = &alt->subs[j];
		for (int k = 0; sp->or_pat && k < sp->or_pat->nalts; k++)
			share_or_sub(s, first, &sp->or_pat->alts[k]);
		if (sp->var) /* `k @ p`: k, then p's */
			share_or_var(s, first, &sp->var);
		for (AstSubPattern *in = sp->inner; in; in = in->inner) /* `k @ j` (bind29) */
			share_or_var(s, first, &in->var);
		if (sp->nested)
			share_or_bindings(s, first, sp->nested);
	}
}

/* One sub-pattern as a pattern of one field, for the walks above */
static AstPattern sub_as_pattern(AstSubPattern *sp)
{
	AstPattern one = {.line = sp->line, .col = sp->col, .subs = sp, .nsubs = 1};
	return one;
}

static void share_or_sub(Sema *s, AstPattern *first, AstSubPattern *sp)
{
	AstPattern one = sub_as_pattern(sp);
	share_or_bindings(s, first, &one);
}

/* Or-patterns inside a pattern (issue 22 item 4: `Some(E::A(x) | E::B(x))`): every
 * alternative binds the names of the first (rustc E0408 at the alternative missing one,
 * both ways), then the first one's variables; inner ones first */
static void resolve_or_subs(Sema *s, AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++) {
		AstSubPattern *sp = &pat->subs[j];
		if (sp->nested)
			resolve_or_subs(s, sp->nested);
		if (!sp->or_pat)
			continue;
		AstPattern *op = sp->or_pat;
		for (int k = 0; k < op->nalts; k++)
			if (op->alts[k].nested)
				resolve_or_subs(s, op->alts[k].nested);
		AstPattern first = sub_as_pattern(&op->alts[0]);
		OrMissing miss = {0};
		for (int k = 1; k < op->nalts; k++) {
			AstPattern alt = sub_as_pattern(&op->alts[k]);
			check_or_pair(&first, &alt, &miss);
		}
		report_or_missing(s, &miss);
		for (int k = 1; k < op->nalts; k++) {
			AstPattern alt = sub_as_pattern(&op->alts[k]);
			share_or_bindings(s, &first, &alt);
		}
	}
}

/* rustc E0416: a name bound twice in one pattern, at the second binding; the alternatives of an
 * or-pattern each bind their names beside the rest of the pattern (issue 22 item 4:
 * `Some(E::A(x, x) | E::B(x))`), the first alternative's then counting for what follows */
typedef struct {
	const char **v;
	int n;
	uint32_t cap;
} BoundNames;

static void dup_sub(Sema *s, AstSubPattern *sp, BoundNames *bn);

static void dup_pattern(Sema *s, AstPattern *pat, BoundNames *bn)
{
	for (int j = 0; j < pat->nsubs; j++)
		dup_sub(s, &pat->subs[j], bn);
}

static void dup_sub(Sema *s, AstSubPattern *sp, BoundNames *bn)
{
	if (sp->or_pat) {
		int base = bn->n;
		for (int k = sp->or_pat->nalts - 1; k >= 0; k--) { /* the first alternative's names stay */
			bn->n = base;
			dup_sub(s, &sp->or_pat->alts[k], bn);
		}
		return;
	}
	if (sp->var) { /* `k @ p`: k, then p's (rustc's visiting order) */
		/* s->bound_names: a name's place in bn->v, kept across patterns and or-alternatives (a place
		 * past bn->n, or holding another name, is stale); a scan of bn->v was N^2 (hunt26) */
		const uintptr_t *at = namemap_find(&s->bound_names, sp->var->name);
		if (at && *at < (uintptr_t)bn->n && !strcmp(bn->v[*at], sp->var->name)) /* rustc resolves on */
			error_soft(s, sp->var->line, sp->var->col, /* hunt37: at the binding (`b: a`'s a), as rustc */
			           "identifier `%s` is bound more than once in the same pattern", sp->var->name);
		namemap_put(&s->bound_names, sp->var->name, (uintptr_t)bn->n);
		*VEC_PUSH(s->scratch, bn->v, bn->n, bn->cap) = sp->var->name;
	}
	if (sp->inner) { /* `k @ j` (bind29): j as a binding of its own */
		AstSubPattern one = *sp->inner;
		one.nested = NULL;
		one.or_pat = NULL;
		dup_sub(s, &one, bn);
	}
	if (sp->nested)
		dup_pattern(s, sp->nested, bn);
}

/* `0..=y` (diag27): a range bound naming a value. rustc resolves the path first (no such value:
 * E0425; a fn: typeck's E0029), and a local is rejected when THIR lowers the fn's patterns
 * (rustc_mir_build's NonConstPath, E0080), after typeck and before the fn's match checks: kept for
 * sema.c's per-fn loop, the first in source order. */
static void runtime_bounds_sub(Sema *s, AstSubPattern *sp);

/* one bound naming a value at line:col, *v its name: a local becomes its AstVar (typeck checks its
 * type, then E0080 is reported as above) */
static void runtime_bound(Sema *s, uint64_t *v, int line, int col)
{
	const char *name = (const char *)(uintptr_t)*v;
	AstVar *var = lookup_var_at(s, name, line, col);
	if (var) {
		Diag **slot = &s->bound_errors[s->fn->id];
		if (!*slot)
			*slot = arena_alloc(s->scratch, sizeof **slot);
		sema_defer_error(*slot, line, col, "runtime values cannot be referenced in patterns");
		*v = (uint64_t)(uintptr_t)var;
	} else if (lookup_fn(s, name)) {
		error_at(s, line, col, "only `char` and numeric types are allowed in range patterns");
	} else {
		error_at(s, line, col, "cannot find value `%s` in this scope", name);
	}
}

static void runtime_bounds(Sema *s, AstPattern *pat)
{
	if (pat->bounds_resolved)
		return;
	pat->bounds_resolved = pat->lo_runtime || pat->hi_runtime;
	if (pat->is_range && pat->lo_runtime) /* `y..=5` (misc28): the lower bound first, as rustc */
		runtime_bound(s, &pat->value, pat->line, pat->col);
	if (pat->is_range && pat->hi_runtime)
		runtime_bound(s, &pat->hi_value, pat->hi_line, pat->hi_col);
	for (int j = 0; j < pat->nsubs; j++)
		runtime_bounds_sub(s, &pat->subs[j]);
}

static void runtime_bounds_sub(Sema *s, AstSubPattern *sp)
{
	if (sp->nested)
		runtime_bounds(s, sp->nested);
	if (sp->or_pat)
		for (int k = 0; k < sp->or_pat->nalts; k++)
			runtime_bounds_sub(s, &sp->or_pat->alts[k]);
}

static void check_pattern_names(Sema *s, AstPattern *pat)
{
	BoundNames bn = {0};
	dup_pattern(s, pat, &bn);
	runtime_bounds(s, pat);
}

/* arm a's pattern k with its top binding (bind27: `n @ p` as one sub-pattern, var n, nested p; at
 * the binding), else the pattern (a copy sharing its sub-patterns) */
static AstPattern arm_pattern(AstMatchArm *a, int k)
{
	if (!a->tops)
		return a->pats[k];
	AstPattern one = {.line = a->tops[k].line, .col = a->tops[k].col, .subs = &a->tops[k], .nsubs = 1};
	if (a->top_or || (a->top_group && k > 0 && a->top_group[k - 1] == a->top_group[k])) {
		/* `w @ (Some(k) | None)` (bind30), `w @ (Some(k) | None) | w @ ..` (bind33): rustc's E0408 at
		 * the alternative inside the parentheses (its inner or-pattern checked first) */
		one.line = a->pats[k].line;
		one.col = a->pats[k].col;
	}
	return one;
}

static void resolve_or_pattern(Sema *s, AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++)
		resolve_or_subs(s, &a->pats[k]);
	AstPattern first = arm_pattern(a, 0);
	OrMissing miss = {0};
	for (int k = 1; k < a->npats; k++) {
		AstPattern alt = arm_pattern(a, k);
		check_or_pair(&first, &alt, &miss);
	}
	report_or_missing(s, &miss);
	for (int k = 1; k < a->npats; k++) {
		AstPattern alt = arm_pattern(a, k);
		share_or_bindings(s, &first, &alt);
	}
}

static void check_arm_names(Sema *s, AstMatchArm *a, int k)
{
	if (!a->tops) { /* in place: runtime_bounds writes the bounds' variables (misc28) */
		check_pattern_names(s, &a->pats[k]);
		return;
	}
	AstPattern pat = arm_pattern(a, k);
	check_pattern_names(s, &pat);
}

/* a `let`'s pattern (issue 22): its alternatives' names as a match arm's */
static void resolve_let_pattern(Sema *s, AstMatchArm *a)
{
	for (int k = 0; k < a->npats; k++)
		check_arm_names(s, a, k);
	resolve_or_pattern(s, a);
}

static void resolve_fn(Sema *s, AstFn *fn);

/* items29: b's fn items enter the scope at its start (visible in the whole block, as rustc's
 * anonymous module rib); two of one name are rustc's E0428, at the second (a hash of the names:
 * a scan per item was N^2 in a block of N items) */
static void push_items(Sema *s, AstBlock *b)
{
	NameMap names = {0};
	namemap_reserve(&names, (uint32_t)b->nitems);
	for (int i = 0; i < b->nitems; i++) {
		AstFn *fn = b->items[i];
		if (ast_fn_is_assoc(fn)) /* items30: an impl's fn, reached through its struct (or enum) only */
			continue;
		if (namemap_add(&names, fn->ident, (uintptr_t)i) != NULL) {
			namemap_free(&names);
			error_at(s, fn->fn_line, fn->fn_col, "the name `%s` is defined multiple times", fn->ident);
		}
		ItemEntry *it = arena_alloc(s->scratch, sizeof *it);
		it->v.kind = VAR_ITEM;
		it->v.name = fn->ident;
		it->v.line = fn->line;
		it->v.col = fn->col;
		it->fn = fn;
		push_scope(s, &it->v);
	}
	namemap_free(&names);
}

/* the bodies of b's items from *next on standing before statement k (item_pos grows with i),
 * resolved where they stand (rustc's late resolution visits an item statement in place): the
 * scope so far is theirs, its locals behind the barrier (E0434), its items visible */
static void resolve_items_at(Sema *s, AstBlock *b, int k, int *next)
{
	while (*next < b->nitems && b->item_pos[*next] <= k)
		resolve_fn(s, b->items[(*next)++]);
}

static void resolve_block(Sema *s, AstBlock *b)
{
	int mark = s->nscope, next_item = 0;
	push_items(s, b);
	for (int i = 0; i < b->nstmts; i++) {
		if (b->nitems)
			resolve_items_at(s, b, i, &next_item);
		AstStmt *st = &b->stmts[i];
		if (st->expr)
			resolve_expr(s, st->expr);
		if (ast_let_else(st)) /* flow40: before the pattern, its bindings out of its scope (rustc's
		                       * resolve_local) */
			resolve_expr(s, ast_let_else(st));
		if (st->kind == ASTMT_LET && st->var)
			push_scope(s, st->var);
		if (st->kind == ASTMT_LET && st->pat) /* issue 22 item 4: `let Pair { a, g } = p;` */
			resolve_let_pattern(s, st->let_arm);
		if (st->kind == ASTMT_LET && st->pat) /* with its top binding (bind29: `let k @ 0..=255 = x;`) */
			ast_arm_each_binding(st->let_arm, 0, push_binding, s);
	}
	if (b->nitems)
		resolve_items_at(s, b, b->nstmts, &next_item);
	if (b->tail)
		resolve_expr(s, b->tail);
	pop_scope(s, mark);
}

/* flow40: an error of rustc's loops pass (rustc_passes loops.rs: E0268, E0571, E0695, E0696), deferred to
 * the fn's slot as `break` outside a loop is (reported after typeck's errors of earlier fns, as rustc) */
static void loop_error(Sema *s, const AstExpr *e, int line, int col, const char *fmt, const char *what)
{
	(void)e;
	Diag **slot = &s->loop_errors[s->fn->id], *d = *slot;
	if (!d)
		d = *slot = arena_alloc(s->scratch, sizeof *d);
	sema_defer_error(d, line, col, fmt, what);
}

/* e (a `break` or `continue`) goes to target: a loop, or (a `break` only) a labeled block */
static void target_loop(Sema *s, AstExpr *e, AstExpr *target)
{
	if (e->kind == EXPR_CONTINUE && target->kind == EXPR_BLOCK) {
		loop_error(s, e, e->line, e->col, "`%s` pointing to a labeled block", "continue");
		return;
	}
	if (e->kind == EXPR_BREAK && e->lhs && (target->kind == EXPR_WHILE || target->while_let)) {
		loop_error(s, e, e->line, e->col, "`%s` with value from a `while` loop", "break");
		return;
	}
	e->loop = target;
	if (e->kind == EXPR_BREAK)
		target->has_break = true;
}

/* `break 'a` / `continue 'a` (flow40): the innermost loop or labeled block of that label in the body;
 * rustc_resolve's E0426 when none has it, E0767 when one outside the async block has */
static void resolve_label(Sema *s, AstExpr *e)
{
	for (int i = s->nloops; i-- > 0;) {
		AstExpr *l = s->loops[i];
		if (!l->name || strcmp(l->name, e->name))
			continue;
		l->label_used = true;
		if (i < s->loop_base)
			error_at(s, e->op_line, e->op_col, "use of unreachable label `%s`", e->name);
		target_loop(s, e, l);
		return;
	}
	error_at(s, e->op_line, e->op_col, "use of undeclared label `%s`", e->name);
}

static void resolve_expr(Sema *s, AstExpr *e)
{
again:
	switch (e->kind) {
	case EXPR_VAR:
		if (e->var && e->var->kind == VAR_PARAM && s->fn && ast_fn_pattern_param(s->fn, e->var->id))
			return; /* bind_pattern_params' */
		if (e->for_loop) /* for40: a `for` loop's `iter`, hygienic (for_loop.c) */
			return;
		e->var = lookup_var_at(s, e->name, e->line, e->col);
		if (!e->var) {
			if (lookup_fn(s, e->name))
				error_at(s, e->line, e->col, "function values are not supported");
			error_at(s, e->line, e->col, "cannot find value `%s` in this scope", e->name);
		}
		return;
	case EXPR_CALL:
		if (e->method) /* `recv.m()`: typeck finds m from the receiver's type */
			break;
		if (e->callee && (ast_builtin_is_try(e->callee->builtin) || ast_builtin_is_iter(e->callee->builtin)))
			/* `?`'s and `for`'s calls: the parser's */
			break;
		/* a local shadows a fn (typeck rejects the call); an unresolved callee
		 * is reported by typeck, in its order */
		e->var = lookup_var_at(s, e->name, e->line, e->col);
		if (!e->var)
			e->callee = lookup_fn(s, e->name);
		break;
	case EXPR_AWAIT:
		if (!s->async_block && !s->fn->is_async) {
			if (!s->await_error.failed)
				s->await_fn = s->fn;
			sema_defer_error(&s->await_error, e->op_line, e->op_col,
			            "`await` is only allowed inside `async` functions and blocks");
		}
		break;
	case EXPR_BREAK:
	case EXPR_CONTINUE: {
		const char *what = e->kind == EXPR_BREAK ? "break" : "continue";
		if (e->name) {
			resolve_label(s, e);
			break;
		}
		if (s->nloops > s->loop_base && s->loops[s->nloops - 1]->kind == EXPR_BLOCK) {
			loop_error(s, e, e->line, e->col, "unlabeled `%s` inside of a labeled block", what);
			break;
		}
		if (s->nloops == s->loop_base) {
			Diag **slot = &s->loop_errors[s->fn->id], *d = *slot;
			if (!d)
				d = *slot = arena_alloc(s->scratch, sizeof *d);
			if (s->async_block)
				sema_defer_error(d, e->line, e->col, "`%s` inside `async` block", what);
			else if (e->kind == EXPR_BREAK)
				sema_defer_error(d, e->line, e->col, "`break` outside of a loop or labeled block");
			else
				sema_defer_error(d, e->line, e->col, "`continue` outside of a loop");
			break;
		}
		target_loop(s, e, s->loops[s->nloops - 1]);
		break;
	}
	case EXPR_LOOP:
	case EXPR_WHILE:
		*VEC_PUSH(s->scratch, s->loops, s->nloops, s->loops_cap) = e;
		if (e->cond)
			resolve_expr(s, e->cond);
		resolve_block(s, e->block);
		s->nloops--;
		return;
	case EXPR_BLOCK:
		if (e->name) /* a labeled block (flow40): a target of `break 'a` only */
			*VEC_PUSH(s->scratch, s->loops, s->nloops, s->loops_cap) = e;
		resolve_block(s, e->block);
		if (e->name)
			s->nloops--;
		return;
	case EXPR_IF:
		resolve_expr(s, e->cond);
		resolve_block(s, e->block);
		if (e->els) { /* an else-if chain in a loop (issue 23) */
			e = e->els;
			goto again;
		}
		return;
	case EXPR_MATCH: /* an arm's bindings are in scope in its body */
		resolve_expr(s, e->lhs);
		for (int i = 0; i < e->narms; i++) {
			int mark = s->nscope;
			for (int k = 0; k < e->arms[i].npats; k++)
				check_arm_names(s, &e->arms[i], k);
			if (e->arms[i].npats > 1) /* issue 22 item 4: bindings in or-patterns */
				resolve_or_pattern(s, &e->arms[i]);
			else
				resolve_or_subs(s, &e->arms[i].pats[0]);
			for (int k = 0; k < e->arms[i].npats && !e->for_loop; k++) /* for40: `iter` is hygienic */
				ast_arm_each_binding(&e->arms[i], k, push_binding, s);
			if (e->arms[i].guard) /* the arm's bindings are in scope in its guard (guard27) */
				resolve_expr(s, e->arms[i].guard);
			if (i + 1 == e->narms && s->nscope == mark) { /* an if-let chain in a loop (iflet25) */
				e = e->arms[i].body;
				goto again;
			}
			resolve_expr(s, e->arms[i].body);
			pop_scope(s, mark);
		}
		return;
	case EXPR_ASYNC: {
		int base = s->loop_base;
		AstAsyncBlock *outer = s->async_block;
		s->loop_base = s->nloops;
		s->async_block = e->async_block;
		resolve_block(s, e->async_block->body);
		s->async_block = outer;
		s->loop_base = base;
		return;
	}
	default:
		break;
	}
	visit_children(s, e, resolve_expr);
}

/* E0072 (rustc: a struct or enum holding itself by value, through struct fields, enum
 * items' payloads and array elements; issue 22 item 4: `struct S { a: A }`, `enum B {
 * P(A) }`): the items on a cycle are those of a strongly connected component of the
 * "holds by value" graph with two items or more, or with an edge to itself (Tarjan,
 * linear, with a stack of its own: a chain of 100k items each holding the next was a
 * recursion 100k deep, a segfault). The error is at the first such item in source
 * order, as rustc reports a cycle of items. Items are numbered structs first, then
 * enums. */
typedef struct {
	int u;                /* the item */
	uint32_t begin, pos;  /* its edges: edges[begin..], the next at pos */
} SccFrame;

typedef struct {
	const AstProgram *p;
	int *index, *low, *stack;
	uint8_t *on_stack, *cyclic;
	int next, nstack;
	int *seen;            /* per enum: the item u + 1 whose edges last went through it */
	int *todo;            /* instances whose payloads are still to follow (scc_edge) */
	uint32_t ntodo, captodo;
	int *edges;           /* the edges of the items on the frame stack, in its order */
	uint32_t nedges, capedges;
	SccFrame *frames;
	uint32_t nframes, capframes;
	Arena *arena;
} Scc;

static int held_item(const AstProgram *p, AstType t)
{
	while (t.kind == ATY_ARRAY) /* `[S; 2]` holds S by value */
		t = ast_array_elem(t);
	if (t.kind == ATY_STRUCT)
		return t.id;
	if (t.kind == ATY_ENUM && !p->enums[ast_enum_index(t)]->generic)
		return p->nstructs + ast_enum_index(t);
	if (t.kind == ATY_ENUM) /* an Option/Result instance: what its payloads hold */
		return -2 - ast_enum_index(t);
	return -1;
}

static void scc_todo(Scc *c, int k)
{
	if (c->ntodo == c->captodo)
		c->todo = arena_grow_uninit(c->arena, c->todo, &c->captodo, c->ntodo + 1, sizeof *c->todo);
	c->todo[c->ntodo++] = k;
}

static void scc_item_edge(Scc *c, int u, int v)
{
	if (v < 0)
		return;
	if (v == u)
		c->cyclic[u] = 1;
	if (c->nedges == c->capedges)
		c->edges = arena_grow_uninit(c->arena, c->edges, &c->capedges, c->nedges + 1, sizeof *c->edges);
	c->edges[c->nedges++] = v;
}

/* u's edges through a field of type t, appended to c->edges */
static void scc_edge(Scc *c, int u, AstType t)
{
	int v = held_item(c->p, t);
	if (v <= -2) { /* through an instance's payloads, in order, each instance once for u, with a
			* stack of our own (issue 23: N nested instances were a recursion N deep) */
		uint32_t base = c->ntodo;
		scc_todo(c, -2 - v);
		while (c->ntodo > base) {
			int k = c->todo[--c->ntodo];
			if (k < 0) { /* a payload that is an item: its edge now */
				scc_item_edge(c, u, -1 - k);
				continue;
			}
			if (c->seen[k] == u + 1)
				continue;
			c->seen[k] = u + 1;
			const AstEnum *en = c->p->enums[k];
			for (int a = en->nvariants - 1; a >= 0; a--) /* pushed last first */
				for (int i = en->variants[a].nfields - 1; i >= 0; i--) {
					int w = held_item(c->p, en->variants[a].fields[i].ty);
					if (w != -1)
						scc_todo(c, w <= -2 ? -2 - w : -1 - w);
				}
		}
		return;
	}
	scc_item_edge(c, u, v);
}

/* Tarjan's visit of u: u numbered and on the component stack, its edges appended */
static void scc_open(Scc *c, int u)
{
	const AstProgram *p = c->p;
	c->index[u] = c->low[u] = c->next++;
	c->stack[c->nstack++] = u;
	c->on_stack[u] = 1;
	if (c->nframes == c->capframes)
		c->frames = arena_grow_uninit(c->arena, c->frames, &c->capframes, c->nframes + 1, sizeof *c->frames);
	c->frames[c->nframes++] = (SccFrame){u, c->nedges, c->nedges};
	if (u < p->nstructs) {
		const AstStruct *st = p->structs[u];
		for (int i = 0; i < st->nfields; i++)
			scc_edge(c, u, st->fields[i].ty);
	} else {
		const AstEnum *en = p->enums[u - p->nstructs];
		for (int a = 0; a < en->nvariants; a++)
			for (int i = 0; i < en->variants[a].nfields; i++)
				scc_edge(c, u, en->variants[a].fields[i].ty);
	}
}

static void scc_visit(Scc *c, int root)
{
	scc_open(c, root);
	while (c->nframes) {
		SccFrame *f = &c->frames[c->nframes - 1];
		int u = f->u;
		if (f->pos < c->nedges) { /* the frame on top owns every edge from its begin */
			int v = c->edges[f->pos++];
			if (c->index[v] < 0)
				scc_open(c, v);
			else if (c->on_stack[v] && c->index[v] < c->low[u])
				c->low[u] = c->index[v];
			continue;
		}
		c->nedges = f->begin;
		c->nframes--;
		if (c->nframes) { /* the parent's edge to u is done */
			int parent = c->frames[c->nframes - 1].u;
			if (c->low[u] < c->low[parent])
				c->low[parent] = c->low[u];
		}
		if (c->low[u] != c->index[u])
			continue;
		int n = 0, w;
		int top = c->nstack;
		do {
			w = c->stack[--c->nstack];
			c->on_stack[w] = 0;
			n++;
		} while (w != u);
		if (n > 1)
			for (int i = c->nstack; i < top; i++)
				c->cyclic[c->stack[i]] = 1;
	}
}

static void check_recursive_items(Sema *s)
{
	AstProgram *p = s->prog;
	size_t n = (size_t)p->nstructs + (size_t)p->nenums;
	Scc c = {.p = p};
	c.index = arena_alloc(s->scratch, (n + 1) * sizeof *c.index);
	c.low = arena_alloc(s->scratch, (n + 1) * sizeof *c.low);
	c.stack = arena_alloc(s->scratch, (n + 1) * sizeof *c.stack);
	c.on_stack = arena_alloc(s->scratch, n + 1);
	c.cyclic = arena_alloc(s->scratch, n + 1);
	c.seen = arena_alloc(s->scratch, ((size_t)p->nenums + 1) * sizeof *c.seen);
	c.arena = s->scratch;
	for (size_t i = 0; i < n; i++)
		c.index[i] = -1;
	for (size_t i = 0; i < n; i++)
		if (c.index[i] < 0 && (i < (size_t)p->nstructs || !p->enums[i - (size_t)p->nstructs]->generic))
			scc_visit(&c, (int)i);
	int line = 0, col = 0;
	const char *name = NULL;
	for (size_t i = 0; i < n; i++) {
		if (!c.cyclic[i])
			continue;
		int l, k;
		const char *nm;
		if (i < (size_t)p->nstructs)
			l = p->structs[i]->line, k = p->structs[i]->col, nm = p->structs[i]->name;
		else
			l = p->enums[i - (size_t)p->nstructs]->line, k = p->enums[i - (size_t)p->nstructs]->col,
			nm = ast_enum_name(p, p->enums[i - (size_t)p->nstructs]);
		if (!name || l < line || (l == line && k < col))
			line = l, col = k, name = nm;
	}
	if (name)
		error_at(s, line, col, "recursive type `%s` has infinite size", name);
}

/* rustc's AdtDef::discriminants: each variant's value, of the enum's discriminant type (isize, or its
 * repr's integer: repr40), is the one written or the previous one + 1 (0 for the first); explicit values
 * only on unit variants without a primitive repr (E0732), never past the type's MAX (E0370), none twice
 * (E0081, reported as rustc does for the first value assigned again). repr40: a written value is of that
 * type: its suffix (E0308), a `-` of an unsigned type (E0600), in range (overflowing_literals, deny). */
static void enum_discriminants(Sema *s, AstEnum *en)
{
	int k = en->repr_int ? en->repr_int : TY_ISIZE;
	const char *dty = repr_int_name(k);
	bool is_unsigned = k < TY_I8;
	int64_t max = k == TY_U8 ? UINT8_MAX : k == TY_U16 ? UINT16_MAX : k == TY_U32 ? UINT32_MAX
		    : k == TY_I8 ? INT8_MAX : k == TY_I16 ? INT16_MAX : k == TY_I32 ? INT32_MAX : INT64_MAX;
	int64_t next = 0;
	bool overflowed = false;
	for (int v = 0; v < en->nvariants; v++) {
		AstVariant *var = &en->variants[v];
		if (en->explicit_discr && !var->is_unit && !en->repr_int)
			error_at(s, en->line, en->col, "`#[repr(inttype)]` must be specified for enums with explicit "
			                               "discriminants and non-unit variants");
		if (var->has_discr && var->discr_suffix != ATY_VAR &&
		    strcmp(ast_type_name(ast_type((AstTypeKind)var->discr_suffix)), dty) != 0)
			error_at(s, var->discr_line, var->suffix_col, "mismatched types: expected `%s`, found `%s`", dty,
			         ast_type_name(ast_type((AstTypeKind)var->discr_suffix)));
		if (var->has_discr && var->discr_neg && is_unsigned)
			error_at(s, var->discr_line, var->discr_col, "cannot apply unary operator `-` to type `%s`", dty);
		if (var->has_discr && !repr_int_fits(k, var->discr))
			error_at(s, var->discr_line, var->discr_col, "literal out of range for `%s`", dty);
		if (!var->has_discr && overflowed)
			error_at(s, var->line, var->col, "enum discriminant overflowed");
		var->discr = var->has_discr ? var->discr : next;
		overflowed = var->discr == max;
		next = overflowed ? 0 : var->discr + 1;
	}
	for (int v = 0; v < en->nvariants; v++)
		for (int w = 0; w < v; w++)
			if (en->variants[w].discr == en->variants[v].discr)
				error_at(s, en->line, en->col, "discriminant value `%lld` assigned more than once",
				         (long long)en->variants[w].discr);
	if (en->repr_c && !en->repr_int)
		for (int v = 0; v < en->nvariants; v++)
			if (!repr_int_fits(TY_I32, en->variants[v].discr) && !repr_int_fits(TY_U32, en->variants[v].discr))
				error_at(s, en->variants[v].line, en->variants[v].col, "a `repr(C)` enum's discriminant that "
				         "fits neither C's `int` nor `unsigned int` is not supported");
}

/* The enum shapes the subset admits (issue 22 item 4): two variants or more (rustc
 * lays out one variant as a struct), payloads with or without a niche (rustc's tagged
 * or niche-filling layout, ir/layout.c layout_enum), enums and structs as payloads
 * and struct fields (nested: laid out field by field as rustc does), none holding
 * itself. */
static void check_enum_items(Sema *s)
{
	AstProgram *p = s->prog;
	for (int i = 0; i < p->nenums; i++) {
		const AstEnum *en = p->enums[i];
		if (en->generic) { /* Option / Result an annotation named (issue 22 item 4) */
			check_generic_payload(s, en, en->line, en->col);
			continue;
		}
		if (en->nvariants < 1 && (en->repr_c || en->repr_int))
			error_at(s, en->repr_line, en->repr_col, "unsupported representation for zero-variant enum");
		if (en->nvariants < 1)
			error_at(s, en->line, en->col, "an enum without variants is not supported");
		if (en->nvariants == 1 && (en->repr_c || en->repr_int)) /* repr40: a tag rustc keeps (not modelled) */
			error_at(s, en->repr_line, en->repr_col, "`repr(%s)` on an enum of one variant is not supported",
			         en->repr_int ? repr_int_name(en->repr_int) : "C");
		if (en->nvariants > 256)
			error_at(s, en->line, en->col, "an enum with more than 256 variants is not supported");
		enum_discriminants(s, p->enums[i]);
		for (int v = 0; v < en->nvariants; v++)
			for (int k = 0; k < en->variants[v].nfields; k++) {
				const AstField *f = &en->variants[v].fields[k];
				if (f->ty.kind == ATY_ARRAY)
					error_at(s, f->line, f->col, "an array as an enum field is not supported");
			}
	}
}

/* ---- trait impls (issue 22 item 4): the trait found, its fns implemented with
 * the declared signatures (rustc: E0405, E0407, E0046, E0050, E0053, E0119) ---- */

static bool same_sig(const AstFn *fn, const AstTraitFn *tf)
{
	if (fn->is_async != tf->is_async || fn->self_kind != tf->self_kind || fn->nparams != tf->nparams + 1 ||
	    !ast_type_eq(fn->ret, tf->ret))
		return false;
	for (int i = 0; i < tf->nparams; i++)
		if (!ast_type_eq(fn->params[i + 1]->ty, tf->params[i]))
			return false;
	return true;
}

static const char *trait_key(const void *items, int i)
{
	return ((AstTrait *const *)items)[i]->ident;
}

static const char *trait_fn_key(const void *items, int i)
{
	return ((const AstTraitFn *)items)[i].name;
}

/* Linear in impls, fns and trait fns (issue 23: N traits implemented once took N^2 name
 * compares and N x fns scans): the trait by the parser's index, an earlier impl of the same
 * (trait, struct) by a hash of the pair, each impl's fns from a bucket list in source order,
 * a trait fn by the trait's index. The same errors, in the same order, as the scans. */
static void resolve_trait_impls(Sema *s)
{
	AstProgram *p = s->prog;
	if (!p->nimpls)
		return;
	int *head = arena_alloc(s->scratch, (size_t)p->nimpls * sizeof *head); /* fn index + 1 */
	int *tail = arena_alloc(s->scratch, (size_t)p->nimpls * sizeof *tail);
	int *next = arena_alloc(s->scratch, ((size_t)p->nfns + 1) * sizeof *next);
	for (int f = 0; f < p->nfns; f++) {
		const AstFn *fn = p->fns[f];
		if (!ast_fn_is_assoc(fn) || fn->impl_id < 0 || fn->impl_id >= p->nimpls)
			continue;
		if (tail[fn->impl_id])
			next[tail[fn->impl_id] - 1] = f + 1;
		else
			head[fn->impl_id] = f + 1;
		tail[fn->impl_id] = f + 1;
	}
	uint32_t pcap = 16; /* (trait, struct) pairs seen: impl index + 1 */
	while (pcap < 2 * (uint32_t)p->nimpls)
		pcap *= 2;
	int *pairs = arena_alloc(s->scratch, pcap * sizeof *pairs);
	for (int i = 0; i < p->nimpls; i++) {
		AstImpl *im = p->impls[i];
		if (!im->trait_name)
			continue;
		if (!im->trait) {
			int k = nameix_find(&p->trait_ix, im->trait_name, strlen(im->trait_name), trait_key, p->traits);
			if (k >= 0)
				im->trait = p->traits[k];
		}
		if (!im->trait)
			error_at(s, im->trait_line, im->trait_col, "cannot find trait `%s` in this scope", im->trait_name);
		if (!strcmp(im->trait->ident, "Clone") && (im->enm ? im->enm->derive_copy : im->strukt->derive_copy))
			error_at(s, im->trait_line, im->trait_col, /* derive38: both would be `<S as Clone>::clone` */
			         "an impl of a trait named `Clone` for a type deriving `Clone` is not supported");
		uint32_t h = (uint32_t)(((uintptr_t)im->trait >> 4) * 2654435761u) ^ (uint32_t)(((uintptr_t)ast_impl_self(im) >> 4) * 40503u);
		for (uint32_t j = h & (pcap - 1);; j = (j + 1) & (pcap - 1)) {
			if (!pairs[j]) {
				pairs[j] = i + 1;
				break;
			}
			const AstImpl *o = p->impls[pairs[j] - 1];
			if (o->trait == im->trait && ast_impl_self(o) == ast_impl_self(im))
				error_at(s, im->line, im->col, "conflicting implementations of trait `%s` for type `%s`",
				         im->trait->ident, im->enm ? im->enm->name : im->strukt->name);
		}
		const AstTrait *tr = im->trait;
		bool *implemented = arena_alloc(s->scratch, (size_t)tr->nfns + 1);
		for (int f = head[i] - 1; f >= 0; f = next[f] - 1) {
			const AstFn *fn = p->fns[f];
			int k = nameix_find(&tr->fn_ix, fn->assoc_name, strlen(fn->assoc_name), trait_fn_key, tr->fns);
			if (k < 0)
				error_at(s, fn->fn_line, fn->fn_col, "method `%s` is not a member of trait `%s`", fn->assoc_name,
				         tr->ident);
			const AstTraitFn *tf = &tr->fns[k];
			implemented[k] = true;
			if (fn->nparams != tf->nparams + 1 && fn->self_kind != SELF_NONE)
				error_at(s, fn->line, fn->col,
				         "method `%s` has %d parameter%s but the declaration in trait `%s::%s` has %d",
				         fn->assoc_name, fn->nparams, fn->nparams == 1 ? "" : "s", tr->ident, tf->name, tf->nparams + 1);
			if (!same_sig(fn, tf))
				error_at(s, fn->line, fn->col, "method `%s` has an incompatible type for trait", fn->assoc_name);
		}
		for (int k = 0; k < tr->nfns; k++)
			if (!implemented[k])
				error_at(s, im->line, im->col, "not all trait items implemented, missing: `%s`", tr->fns[k].name);
	}
}

/* A struct or enum variant of more than 65,535 fields (issue 23): the IR's ADTs index
 * fields below 2^16 (ir/type.c adt_field), and 100k fields was an internal error. */
static void check_item_widths(Sema *s)
{
	const AstProgram *p = s->prog;
	for (int i = 0; i < p->nstructs; i++)
		if (p->structs[i]->nfields > 65535)
			error_at(s, p->structs[i]->line, p->structs[i]->col,
			         "a struct with more than 65535 fields is not supported");
	for (int i = 0; i < p->nenums; i++)
		for (int v = 0; v < p->enums[i]->nvariants; v++)
			if (p->enums[i]->variants[v].nfields > 65535)
				error_at(s, p->enums[i]->variants[v].line, p->enums[i]->variants[v].col,
				         "an enum variant with more than 65535 fields is not supported");
}


typedef struct ParamName {
	const char *name;
	int ix;
} ParamName;

static int param_name_cmp(const void *a, const void *b)
{
	const ParamName *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->ix > y->ix) - (x->ix < y->ix);
}

/* The first parameter (in order) whose name an earlier one has, `_` aside; -1 if none. Sorted by
 * (name, position): a name's second position is where it repeats. It was a scan of the earlier
 * parameters per parameter, N^2 strcmp: 8,000 parameters took 1.08G instructions (hunt26). */
static int first_repeated_param(const AstFn *fn)
{
	int n = fn->nparams, dup = -1;
	if (n < 2)
		return -1;
	ParamName *v = malloc((size_t)n * sizeof *v);
	if (!v)
		internal_error("out of memory");
	for (int j = 0; j < n; j++)
		v[j] = (ParamName){fn->params[j]->name, j};
	qsort(v, (size_t)n, sizeof *v, param_name_cmp);
	for (int j = 1; j < n; j++)
		if (!strcmp(v[j].name, v[j - 1].name) && strcmp(v[j].name, "_") &&
		    (j < 2 || strcmp(v[j].name, v[j - 2].name)) && (dup < 0 || v[j].ix < dup))
			dup = v[j].ix;
	free(v);
	return dup;
}
/* hunt37: rustc's E0415 over every binding of a parameter list with patterns (`fn f(P { a, .. }: P,
 * W(a, _): W)` was accepted; `P { a, b: a }` said E0416): the parameters' names and their patterns'
 * bindings in order, the first repeated one reported at its binding */
typedef struct ParamBindings {
	Sema *s;
	NameMap seen;
	bool found;
} ParamBindings;

static void param_binding(ParamBindings *pb, const AstVar *v)
{
	if (pb->found || !v || !strcmp(v->name, "_"))
		return;
	if (namemap_add(&pb->seen, v->name, 1)) {
		pb->found = true;
		error_soft(pb->s, v->line, v->col, "identifier `%s` is bound more than once in this parameter list", v->name);
	}
}

static void param_sub_binding(const AstSubPattern *sp, void *cx)
{
	param_binding(cx, sp->var);
}

static void repeated_param_binding(Sema *s, const AstFn *fn)
{
	ParamBindings pb = {s, {0}, false};
	int *let_of = arena_alloc(s->scratch, ((size_t)fn->nparams + 1) * sizeof *let_of);
	for (int j = 0; j < fn->nparams; j++)
		let_of[j] = -1;
	for (int i = 0; i < fn->nparam_lets && i < fn->body->nstmts; i++)
		if (fn->param_let_of[i] >= 0 && fn->param_let_of[i] < fn->nparams)
			let_of[fn->param_let_of[i]] = i;
	for (int j = 0; j < fn->nparams; j++) {
		const AstStmt *st = let_of[j] >= 0 ? &fn->body->stmts[let_of[j]] : NULL;
		if (!st)
			param_binding(&pb, fn->params[j]);
		else if (st->var)
			param_binding(&pb, st->var);
		else if (st->pat)
			ast_arm_each_binding(st->let_arm, 0, param_sub_binding, &pb);
	}
	namemap_free(&pb.seen);
}

/* fn's parameters and body, in the scope as it is: a nested fn (items29) sees the items around it,
 * and no local (s->item_barrier), no loop and no async block of its outer fn */
/* what resolving a fn changes in s, to be put back after it (also after its error: resolve_fn) */
typedef struct FnScope {
	AstFn *fn;
	AstAsyncBlock *async_block;
	int nloops, loop_base, item_barrier, nscope;
} FnScope;

static FnScope fn_scope_save(const Sema *s)
{
	return (FnScope){s->fn, s->async_block, s->nloops, s->loop_base, s->item_barrier, s->nscope};
}

static void fn_scope_restore(Sema *s, FnScope f)
{
	pop_scope(s, f.nscope);
	s->fn = f.fn;
	s->async_block = f.async_block;
	s->nloops = f.nloops;
	s->loop_base = f.loop_base;
	s->item_barrier = f.item_barrier;
}

/* match38: a parameter pattern's `__argK` (parse.c parse_pattern_param) is hygienic, as rustc's
 * (rustc_ast_lowering item.rs lower_coroutine_body_with_moved_arguments): not in scope for the
 * body, so a user's parameter named `__argK` (`fn f(__arg1: u32, P { a, .. }: P)`) is neither
 * shadowed by it nor a repeat of it; only its `let PAT = __argK;` names it (bind_pattern_params) */

static void bind_pattern_params(AstFn *fn)
{
	for (int i = 0; i < fn->nparam_lets && i < fn->body->nstmts; i++) {
		AstExpr *init = fn->body->stmts[i].expr;
		int k = fn->param_let_of[i];
		if (init && init->kind == EXPR_VAR && k >= 0 && k < fn->nparams)
			init->var = fn->params[k];
	}
}

static void resolve_fn_body(Sema *s, AstFn *fn)
{
	FnScope saved = fn_scope_save(s);
	s->fn = fn;
	s->async_block = NULL;
	s->loop_base = s->nloops;
	s->item_barrier = s->nscope;
	int dup = fn->nparam_lets ? -1 : first_repeated_param(fn);
	if (fn->nparam_lets)
		repeated_param_binding(s, fn);
	for (int j = 0; j < fn->nparams; j++) {
		AstVar *v = fn->params[j];
		if (j == dup) /* warn31: rustc resolves on */
			error_soft(s, v->line, v->col,
			           "identifier `%s` is bound more than once in this parameter list", v->name);
		if (!ast_fn_pattern_param(fn, j))
			push_scope(s, v);
	}
	bind_pattern_params(fn);
	resolve_block(s, fn->body);
	fn_scope_restore(s, saved);
}

/* warn31: each fn under its own error recovery (rustc resolves on past an error): a fn that fails
 * goes no further, its outer fn (items29) resolves on */
static void resolve_fn(Sema *s, AstFn *fn)
{
	FnScope saved = fn_scope_save(s);
	int stage0 = s->stage;
	s->stage = FN_RESOLVE_ERROR;
	if (!sema_try(s, resolve_fn_body, fn))
		fn_scope_restore(s, saved);
	s->stage = stage0;
}

void resolve_program(Sema *s)
{
	AstProgram *p = s->prog;
	check_item_widths(s);
	check_recursive_items(s);
	check_enum_items(s);
	resolve_trait_impls(s);
	/* fn name -> its first fn (hashed, issue 23: the scans below were structs x fns and
	 * bindings x structs); a second fn of a name is reported after the tuple structs, as before */
	namemap_reserve(&s->fn_names, (uint32_t)p->nfns);
	for (int i = 0; i < p->nfns; i++)
		namemap_add(&s->fn_names, p->fns[i]->name, (uintptr_t)p->fns[i]);
	for (int i = 0; i < p->nstructs; i++) {
		const AstStruct *st = p->structs[i];
		uintptr_t *fnv = st->is_tuple ? namemap_find(&s->fn_names, st->name) : NULL;
		if (fnv) /* a tuple struct's constructor is a value, as fns are */
			error_at(s, ((const AstFn *)*fnv)->fn_line, ((const AstFn *)*fnv)->fn_col,
			         "the name `%s` is defined multiple times", st->name);
	}
	for (int i = 0; i < p->nstructs; i++) /* issue 22 item 4: no struct field may overflow a layout */
		for (int k = 0; k < p->structs[i]->nfields; k++)
			check_array_size(s, p->structs[i]->fields[k].ty, p->structs[i]->fields[k].line,
			                 p->structs[i]->fields[k].col);
	for (int i = 0; i < p->nfns; i++)
		if (*namemap_find(&s->fn_names, p->fns[i]->name) != (uintptr_t)p->fns[i])
			error_at(s, p->fns[i]->fn_line, p->fns[i]->fn_col,
			         "the name `%s` is defined multiple times", p->fns[i]->name);
	/* hunt36: a top-level const or static item and a top-level fn of one name share the value namespace
	 * (E0428, at the second; both were accepted, the fn unreachable by name) */
	for (int i = 0; i < p->nconsts; i++) {
		const AstConst *c = p->consts[i];
		uintptr_t *fnv = c->assoc_type || c->assoc_trait || c->scope.lo ? NULL : namemap_find(&s->fn_names, c->ident);
		if (!fnv)
			continue;
		const AstFn *fn = (const AstFn *)*fnv;
		if (fn->line < c->line || (fn->line == c->line && fn->col < c->col))
			error_at(s, c->line, c->col, "the name `%s` is defined multiple times", c->ident);
		error_at(s, fn->fn_line, fn->fn_col, "the name `%s` is defined multiple times", c->ident);
	}
	for (int i = 0; i < p->nshadows; i++) { /* a binding named as a tuple or unit struct in scope (rustc: E0530;
	                                          * items31: the parser's find_struct, a body's struct too) */
		const AstVar *v = p->shadows[i].var;
		const AstStruct *st = p->shadows[i].strukt;
		static const char *const what[] = {"let bindings", "match bindings", "function parameters"};
		if (!st) { /* consts35: a binding named as a static in scope (E0530) */
			error_soft(s, v->line, v->col, "%s cannot shadow statics", what[p->shadows[i].ctx]);
			continue;
		}
		/* warn31: rustc resolves on (the binding a new variable); the unit struct's pattern is a type
		 * error, its fn checked no further */
		if (st->is_unit && p->shadows[i].ctx != 2 && !v->is_mut && !v->by_ref) { /* `let U = x` */
			error_soft(s, v->line, v->col, "mismatched types: a `let` pattern naming unit struct `%s`", st->ident);
			if (s->fn_state[p->shadows[i].fn->id] < FN_TYPECK_ERROR)
				s->fn_state[p->shadows[i].fn->id] = FN_TYPECK_ERROR;
		}
		error_soft(s, v->line, v->col, "%s cannot shadow %s structs", what[p->shadows[i].ctx],
		           st->is_unit ? "unit" : "tuple");
	}
	for (int i = 0; i < p->nfns; i++) {
		AstFn *fn = p->fns[i];
		if (fn->outer) /* items29: resolved where it stands in its outer fn */
			continue;
		pop_scope(s, 0);
		s->nloops = s->loop_base = 0;
		s->item_barrier = 0;
		resolve_fn(s, fn);
	}
	for (int i = 0; i < p->nfns; i++) { /* a nested fn of one whose resolve stopped: not reached */
		AstFn *top = p->fns[i];
		while (top->outer)
			top = top->outer;
		if (s->fn_state[top->id] == FN_RESOLVE_ERROR && !s->fn_state[i])
			s->fn_state[i] = FN_RESOLVE_ERROR;
	}
	if (s->await_error.failed) { /* the AST lowering's: its fn type checks an error expression */
		error_soft(s, s->await_error.line, s->await_error.col, "%s", diag_msg(&s->await_error));
		if (!s->fn_state[s->await_fn->id])
			s->fn_state[s->await_fn->id] = FN_TYPECK_ERROR;
	}
}
