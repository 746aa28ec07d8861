/* sema_lint.c — 5. async fn recursion (a layout error in rustc), overflowing
 * literals and the known panics of KnownPanicsLint. See sema.c for the phases
 * and their order. */
#include "sema.h"

/* ====================================================================== */
/* 5. Async fn recursion, overflowing literals                            */
/* ====================================================================== */

static void collect_async_calls(Sema *s, AstExpr *e)
{
	if (e->kind == EXPR_CALL && e->callee && e->callee->is_async)
		*VEC_PUSH(s->scratch, s->calls, s->ncalls, s->calls_cap) = e->callee->id;
	visit_children(s, e, collect_async_calls);
}

/* An async fn whose future (transitively) contains its own future has infinite
 * size. The error names the first such fn in source order: the first fn on a
 * cycle of the call graph, found with Tarjan's strongly connected components
 * (iterative: call chains can be as deep as the program is long). */
void check_async_recursion(Sema *s)
{
	int n = s->prog->nfns;
	int *start = arena_alloc(s->scratch, sizeof(int) * ((size_t)n + 1));
	s->ncalls = 0;
	for (int i = 0; i < n; i++) {
		AstFn *fn = s->prog->fns[i];
		start[i] = s->ncalls;
		if (!fn->is_async)
			continue;
		s->async_block = NULL;
		visit_block(s, fn->body, collect_async_calls);
	}
	start[n] = s->ncalls;
	const int *calls = s->calls;
	int *index = arena_alloc(s->scratch, sizeof(int) * ((size_t)n + 1));
	int *low = arena_alloc(s->scratch, sizeof(int) * ((size_t)n + 1));
	int *comp = arena_alloc(s->scratch, sizeof(int) * ((size_t)n + 1)); /* Tarjan's stack */
	int *frame = arena_alloc(s->scratch, sizeof(int) * ((size_t)n + 1)); /* the DFS path */
	int *edge = arena_alloc(s->scratch, sizeof(int) * ((size_t)n + 1));  /* its next edge */
	uint8_t *on_comp = arena_alloc(s->scratch, (size_t)n + 1), *cyclic = arena_alloc(s->scratch, (size_t)n + 1);
	for (int i = 0; i < n; i++)
		index[i] = -1;
	int next = 0, ncomp = 0;
	for (int root = 0; root < n; root++) {
		if (index[root] >= 0)
			continue;
		int sp = 0;
		frame[sp] = root, edge[sp] = start[root], sp++;
		index[root] = low[root] = next++;
		comp[ncomp++] = root, on_comp[root] = 1;
		while (sp > 0) {
			int v = frame[sp - 1];
			if (edge[sp - 1] < start[v + 1]) {
				int w = calls[edge[sp - 1]++];
				if (w == v)
					cyclic[v] = 1;
				if (index[w] < 0) {
					index[w] = low[w] = next++;
					comp[ncomp++] = w, on_comp[w] = 1;
					frame[sp] = w, edge[sp] = start[w], sp++;
				} else if (on_comp[w] && index[w] < low[v])
					low[v] = index[w];
				continue;
			}
			sp--;
			if (sp > 0 && low[v] < low[frame[sp - 1]])
				low[frame[sp - 1]] = low[v];
			if (low[v] == index[v]) { /* v roots a component: pop it */
				int first = ncomp;
				while (comp[first - 1] != v)
					first--;
				first--;
				for (int k = first; k < ncomp; k++) {
					on_comp[comp[k]] = 0;
					cyclic[comp[k]] |= ncomp - first > 1;
				}
				ncomp = first;
			}
		}
	}
	for (int i = 0; i < n; i++)
		if (cyclic[i] && s->prog->fns[i]->is_async)
			error_at(s, s->prog->fns[i]->fn_line, s->prog->fns[i]->fn_col,
			         "recursion in an async fn requires boxing");
}

static void check_literal(Sema *s, int line, int col, uint64_t value, bool big, bool negative, AstType t)
{
	int bits = ast_type_bits(t);
	if (!bits)
		return;
	if (big) /* past u64::MAX: out of range for every integer type of the subset (hunt30) */
		error_at(s, line, col, "literal out of range for `%s`", ast_type_name(t));
	uint64_t max;
	if (!ast_type_is_signed(t))
		max = bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
	else
		max = (UINT64_C(1) << (bits - 1)) - (negative ? 0 : 1);
	if (value > max)
		error_at(s, line, col, "literal out of range for `%s`", ast_type_name(t));
}

static ConstVal const_int(bool neg, uint64_t mag)
{
	ConstVal v = {true, neg && mag != 0, false, mag};
	return v;
}

static bool const_fits(ConstVal v, AstType t)
{
	int bits = ast_type_bits(t);
	if (v.huge || !bits)
		return !v.huge;
	if (!ast_type_is_signed(t))
		return !v.neg && (bits == 64 || v.mag < (UINT64_C(1) << bits));
	uint64_t limit = UINT64_C(1) << (bits - 1);
	return v.neg ? v.mag <= limit : v.mag < limit;
}

static ConstVal const_add(ConstVal a, ConstVal b)
{
	ConstVal r = {true, false, a.huge || b.huge, 0};
	if (a.neg == b.neg) {
		r.mag = a.mag + b.mag;
		r.huge |= r.mag < a.mag;
		r.neg = a.neg;
	} else if (a.mag >= b.mag) {
		r = const_int(a.neg, a.mag - b.mag);
	} else {
		r = const_int(b.neg, b.mag - a.mag);
	}
	return r;
}

/* Wraps v into t as an `as` cast does. */
static ConstVal const_cast_to(ConstVal v, AstType t)
{
	int bits = ast_type_bits(t);
	if (v.huge || !bits)
		return (ConstVal){false, false, false, 0};
	uint64_t raw = v.neg ? (uint64_t)0 - v.mag : v.mag;
	if (bits < 64)
		raw &= (UINT64_C(1) << bits) - 1;
	if (ast_type_is_signed(t) && (raw >> (bits - 1)) & 1) {
		uint64_t magnitude = bits == 64 ? (uint64_t)0 - raw : (UINT64_C(1) << bits) - raw;
		return const_int(true, magnitude);
	}
	return const_int(false, raw);
}

static ConstVal const_eval(Sema *s, const AstExpr *e)
{
	ConstVal unknown = {false, false, false, 0};
	switch (e->kind) {
	case EXPR_INT:
		if (e->int_big)
			return (ConstVal){true, false, true, 0};
		if (e->konst && (e->konst->is_static || e->konst->is_aggregate)) /* consts35: a static's address;
			                                                               * const39: an aggregate */
			return unknown;
		if (e->konst) /* const33: its bits in its type */
			return const_cast_to(const_int(false, e->int_value), e->ty);
		return const_int(false, e->int_value);
	case EXPR_BOOL:
		return const_int(false, e->bool_value);
	case EXPR_VAR:
		return s->const_values ? s->const_values[e->var->id] : unknown;
	case EXPR_UNARY: {
		ConstVal v = const_eval(s, e->lhs);
		if (!v.known || e->un_op != AOP_NEG)
			return unknown;
		return const_int(!v.neg, v.mag);
	}
	case EXPR_CAST: {
		ConstVal v = const_eval(s, e->lhs);
		return v.known ? const_cast_to(v, e->cast_to) : unknown;
	}
	case EXPR_BINARY: {
		ConstVal a = const_eval(s, e->lhs), b = const_eval(s, e->rhs), r = unknown;
		if (!a.known || !b.known || a.huge || b.huge)
			return unknown;
		switch (e->bin_op) {
		case AOP_ADD: r = const_add(a, b); break;
		case AOP_SUB: r = const_add(a, const_int(!b.neg, b.mag)); break;
		case AOP_MUL:
			r = const_int(a.neg != b.neg, a.mag * b.mag);
			r.huge = a.mag != 0 && r.mag / a.mag != b.mag;
			break;
		case AOP_DIV: if (b.mag) r = const_int(a.neg != b.neg, a.mag / b.mag); break;
		case AOP_REM: if (b.mag) r = const_int(a.neg, a.mag % b.mag); break;
		default: break;
		}
		return r.known && const_fits(r, e->ty) ? r : unknown;
	}
	default:
		return unknown;
	}
}

/* Division by a known zero, shifts by a known out-of-range amount and known
 * arithmetic that overflows its type (deny-by-default lints in rustc). */
static void lint_arith(Sema *s, AstExpr *e)
{
	AstBinOp op = e->bin_op;
	ConstVal rhs = const_eval(s, e->rhs);
	if (!rhs.known)
		return;
	AstType ty = e->lhs->ty;
	if ((op == AOP_DIV || op == AOP_REM) && rhs.mag == 0)
		error_at(s, e->line, e->col, "this operation will panic at runtime");
	if ((op == AOP_DIV || op == AOP_REM) && rhs.neg && rhs.mag == 1 && ast_type_is_signed(ty)) {
		ConstVal lhs = const_eval(s, e->lhs); /* promo39: MIN / -1 overflows (rustc's unconditional_panic) */
		if (lhs.known && !lhs.huge && lhs.neg && lhs.mag == UINT64_C(1) << (ast_type_bits(ty) - 1))
			error_at(s, e->line, e->col, "this operation will panic at runtime");
	}
	if ((op == AOP_SHL || op == AOP_SHR) && (rhs.neg || rhs.huge || rhs.mag >= (uint64_t)ast_type_bits(ty)))
		error_at(s, e->line, e->col, "this arithmetic operation will overflow");
	if (e->kind == EXPR_BINARY && (op == AOP_ADD || op == AOP_SUB || op == AOP_MUL)) {
		ConstVal lhs = const_eval(s, e->lhs);
		if (!lhs.known)
			return;
		ConstVal r = op == AOP_ADD ? const_add(lhs, rhs)
		           : op == AOP_SUB ? const_add(lhs, const_int(!rhs.neg, rhs.mag))
		                           : const_int(lhs.neg != rhs.neg, lhs.mag * rhs.mag);
		if (op == AOP_MUL)
			r.huge = lhs.mag != 0 && r.mag / lhs.mag != rhs.mag;
		if (!const_fits(r, ty))
			error_at(s, e->line, e->col, "this arithmetic operation will overflow");
	}
}

static void lint_expr(Sema *s, AstExpr *e);

static int cmp_bound(uint64_t a, bool an, uint64_t b, bool bn)
{
	an = an && a;
	bn = bn && b;
	if (an != bn)
		return an ? -1 : 1;
	if (a == b)
		return 0;
	return (a < b) != an ? -1 : 1;
}

/* A literal or range pattern at type t: its bounds in range (the lint rustc denies), a `-` of an
 * unsigned type, and a range's bounds in order (rustc: E0030, E0579; issue 22 item 4) */
static void pattern_literal(Sema *s, const AstPattern *pat, AstType t, const char *neg_msg)
{
	if (!pat->lo_open) {
		if (pat->negative && !ast_type_is_signed(t))
			error_at(s, pat->line, pat->col, neg_msg, ast_type_name(t));
		check_literal(s, pat->line, pat->col, pat->value, pat->big, pat->negative, t);
	}
	if (!pat->is_range || pat->hi_open)
		return;
	if (pat->hi_negative && !ast_type_is_signed(t))
		error_at(s, pat->hi_line, pat->hi_col, neg_msg, ast_type_name(t));
	check_literal(s, pat->hi_line, pat->hi_col, pat->hi_value, pat->hi_big, pat->hi_negative, t);
	if (pat->lo_open) { /* `..0_u8`, `..-128_i8`: rustc 1.95's words */
		int bits = ast_type_bits(t);
		bool is_min = ast_type_is_signed(t) ? pat->hi_negative && bits && pat->hi_value == UINT64_C(1) << (bits - 1)
		                                    : pat->hi_value == 0;
		if (pat->hi_excl && is_min)
			error_at(s, pat->line, pat->col, "exclusive upper bound for a range bound cannot be the minimum");
		return;
	}
	int c = cmp_bound(pat->value, pat->negative, pat->hi_value, pat->hi_negative);
	if (pat->hi_excl && c >= 0) /* rustc 1.95's words */
		error_at(s, pat->line, pat->col, "lower bound for range pattern must be less than upper bound");
	if (!pat->hi_excl && c > 0)
		error_at(s, pat->line, pat->col, "lower bound for range pattern must be less than or equal to upper bound");
}

static void lint_pattern_literal(Sema *s, const AstPattern *pat, AstType t, const char *neg_msg)
{
	int stage = s->stage;
	if (pat->is_range) /* warn31: rustc's pattern lowering (THIR) reports a range's (sema.c), the lint a literal's */
		s->stage = FN_THIR_ERROR;
	pattern_literal(s, pat, t, neg_msg);
	s->stage = stage;
}

/* The literals inside a variant pattern (`Some(300)` on an Option<u8>, `Some(-1)` on an
 * Option<u32>): the checks of a literal pattern, at the field's type (issue 22 item 4). */
static void lint_sub_literals(Sema *s, const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstPattern *np = pat->subs[j].nested;
		for (int k = 0; pat->subs[j].or_pat && k < pat->subs[j].or_pat->nalts; k++) {
			AstPattern one = {.subs = &pat->subs[j].or_pat->alts[k], .nsubs = 1}; /* `Some(1 | 300)` */
			lint_sub_literals(s, &one);
		}
		if (!np)
			continue;
		if (np->enm || np->strukt) {
			lint_sub_literals(s, np);
			continue;
		}
		if (np->is_bool)
			continue;
		/* rustc 1.95's words for a pattern */
		lint_pattern_literal(s, np, np->lit_ty, "the trait bound `%s: Neg` is not satisfied");
	}
}

void lint_block(Sema *s, AstBlock *b)
{
	for (int i = 0; i < b->nstmts; i++) {
		AstStmt *st = &b->stmts[i];
		if (st->expr)
			lint_expr(s, st->expr);
		if (ast_let_else(st)) /* flow40 */
			lint_expr(s, ast_let_else(st));
		if (st->kind == ASTMT_LET && st->var && !st->var->is_mut && st->expr && !s->borrowed[st->var->id])
			s->const_values[st->var->id] = const_eval(s, st->expr);
	}
	if (b->tail)
		lint_expr(s, b->tail);
}

static void lint_expr(Sema *s, AstExpr *e)
{
again:
	if (e->kind == EXPR_UNARY && e->un_op == AOP_NEG) {
		/* rustc's lint (rustc_lint types/literal.rs, TypeLimits::check_expr) takes a literal as negated when
		 * the `-` above it is not itself negated: under an odd run of `-`s (`--128i8` is out of range:
		 * hunt29, it was accepted and its negation overflowed at run time) */
		int run = 0;
		AstExpr *x = e;
		while (x->kind == EXPR_UNARY && x->un_op == AOP_NEG)
			x = x->lhs, run++;
		if (x->kind == EXPR_INT && !x->konst) {
			AstExpr *last = e; /* the `-` directly above the literal */
			while (last->lhs != x)
				last = last->lhs;
			/* KnownPanicsLint: a negation of the type's minimum (`-(-128i8)`) in a fn, not a coroutine;
			 * reported before the literal's lint, as rustc's MIR lints run before its late lints */
			for (AstExpr *n = e; !s->in_coroutine && n != x; n = n->lhs) {
				ConstVal v = const_eval(s, n->lhs);
				int bits = ast_type_bits(n->lhs->ty);
				if (v.known && !v.huge && v.neg && bits && ast_type_is_signed(n->lhs->ty) &&
				    v.mag == UINT64_C(1) << (bits - 1)) {
					error_at(s, n->line, n->col, "this arithmetic operation will overflow");
					break;
				}
			}
			if (run % 2)
				check_literal(s, last->line, last->col, x->int_value, x->int_big, true, x->ty);
			else
				check_literal(s, x->line, x->col, x->int_value, x->int_big, false, x->ty);
			return;
		}
	}
	if (e->kind == EXPR_INT && !e->konst) /* const33: a const's value was checked at its item */
		check_literal(s, e->line, e->col, e->int_value, e->int_big, false, e->ty);
	if ((e->kind == EXPR_BINARY || e->kind == EXPR_OP_ASSIGN) && ast_type_is_int(e->lhs->ty)) {
		lint_expr(s, e->lhs);
		lint_expr(s, e->rhs);
		if (!s->in_coroutine) /* rustc skips KnownPanicsLint for coroutine bodies */
			lint_arith(s, e);
		return;
	}
	switch (e->kind) {
	case EXPR_BLOCK: case EXPR_LOOP:
		lint_block(s, e->block);
		return;
	case EXPR_WHILE: case EXPR_IF:
		lint_expr(s, e->cond);
		lint_block(s, e->block);
		if (e->els) { /* an else-if chain in a loop (issue 23) */
			e = e->els;
			goto again;
		}
		return;
	case EXPR_ASYNC: {
		bool outer = s->in_coroutine;
		s->in_coroutine = true;
		lint_block(s, e->async_block->body);
		s->in_coroutine = outer;
		return;
	}
	case EXPR_INDEX: /* KnownPanicsLint: a known index past the end (issue 22 item 4) */
		lint_expr(s, e->lhs);
		lint_expr(s, e->rhs);
		if (!s->in_coroutine && e->lhs->ty.kind == ATY_ARRAY) { /* slice40: a slice's length is not known */
			ConstVal i = const_eval(s, e->rhs);
			if (i.known && (i.huge || i.mag >= (uint64_t)ast_array_len(e->lhs->ty)))
				error_at(s, e->line, e->col, "this operation will panic at runtime");
		}
		return;
	default:
		break;
	}
	if (e->kind == EXPR_MATCH)
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++) {
				AstPattern *pat = &e->arms[i].pats[k];
				if (pat->enm || pat->strukt)
					lint_sub_literals(s, pat);
				if (!pat->is_wildcard && !pat->is_bool && !pat->enm && !pat->strukt) /* `-5_u8`, a bound: E0277 */
					lint_pattern_literal(s, pat, e->lhs->ty, "the trait bound `%s: Neg` is not satisfied");
			}
	if (e->kind == EXPR_MATCH && e->narms) { /* an if-let chain in a loop (iflet25) */
		e = visit_match_head(s, e, lint_expr);
		goto again;
	}
	visit_children(s, e, lint_expr);
}

/* ---- references (issue 22 item 4) ---- */

static void mark_borrowed(Sema *s, AstExpr *e)
{
	if (e->kind == EXPR_REF) {
		AstExpr *root = e->lhs;
		while (root->kind == EXPR_FIELD || root->kind == EXPR_INDEX)
			root = root->lhs;
		if (root->kind == EXPR_VAR)
			s->borrowed[root->var->id] = true;
	}
	visit_children(s, e, mark_borrowed);
}

void lint_mark_borrowed(Sema *s, AstFn *fn)
{
	s->borrowed = arena_alloc(s->scratch, (size_t)fn->nvars + 1);
	memset(s->borrowed, 0, (size_t)fn->nvars + 1);
	AstAsyncBlock *outer = s->async_block;
	s->async_block = NULL;
	visit_block(s, fn->body, mark_borrowed);
	s->async_block = outer;
}
