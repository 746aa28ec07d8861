/*
 * sema.c — semantic analysis of a parsed AstProgram, in rustc's phase order so
 * that the first error reported is the one rustc would report first:
 *
 *   1. resolve     names (lets, params, fns incl. built-ins), loop targets;
 *                  unresolved values at once, then `.await` outside async
 *                  (rustc_resolve, then ast lowering)
 *   2. typeck      per fn: misplaced break/continue first (loops pass), then
 *                  types with inference variables for integer literals, `let x;`
 *                  and async block outputs (unresolved calls reported where
 *                  checked); then defaults (integer -> i32, else ()) and unary
 *                  `-` on unsigned types                          (rustc_hir_typeck)
 *   3. captures    per async block: captured variables, by value or by (mut) ref
 *                  (rustc_hir_typeck/src/upvar.rs)
 *   4. per fn:     match exhaustiveness, then moves / initialization / mutability
 *                  as a dataflow over the tree                  (check_match, borrowck)
 *   5. async fn recursion; overflowing literals; known division by zero,
 *      shift and arithmetic overflow outside coroutines         (layout, lints)
 *
 * Every check reports the first error through the Diag and longjmps out.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "syntax.h"

/* ---------------------------------------------------------------------- */
/* Type helpers                                                           */
/* ---------------------------------------------------------------------- */

static const char *const type_names[] = {
#define X(k, s) s,
	AST_TYPE_KINDS(X)
#undef X
};

const char *ast_type_name(AstType t)
{
	return t.kind < NATYKINDS ? type_names[t.kind] : "?";
}

int ast_type_bits(AstType t)
{
	switch (t.kind) {
	case ATY_U8: case ATY_I8: return 8;
	case ATY_U16: case ATY_I16: return 16;
	case ATY_U32: case ATY_I32: return 32;
	case ATY_U64: case ATY_I64: case ATY_USIZE: case ATY_ISIZE: return 64;
	default: return 0;
	}
}

const char *ast_binop_spelling(AstBinOp op)
{
	static const char *const spellings[NAOPS] = {
		"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>",
		"==", "!=", "<", "<=", ">", ">=", "&&", "||",
	};
	return op < NAOPS ? spellings[op] : "?";
}

/* ---------------------------------------------------------------------- */
/* The checker's state                                                    */
/* ---------------------------------------------------------------------- */

/* An inference variable: union-find, the binding kept at the root. */
typedef struct TypeVar {
	int parent;
	AstType bound;   /* ATY_VAR while unbound */
	bool is_int;     /* only integer types may bind it (a literal's type) */
	AstVar *let;     /* a `let x;` whose type this is: "type annotations needed" if unbound */
} TypeVar;

typedef struct Sema {
	AstProgram *prog;
	Diag *diag;
	jmp_buf fail;
	Arena *scratch;            /* freed when sema_check returns */
	AstFn *fn;
	AstAsyncBlock *async_block; /* innermost async block being walked */

	/* resolve */
	AstVar **scope;
	int nscope;
	uint32_t scope_cap;
	AstExpr **loops;
	int nloops;
	uint32_t loops_cap;
	int loop_base;             /* first loop of the current body (fn or async block) */
	/* rustc reports unresolved values while resolving, `await` outside async while
	 * lowering the AST, then, per fn while type checking it, misplaced break/continue
	 * first and unresolved functions where the call is checked. */
	Diag await_error;
	Diag **loop_errors;        /* by fn id; NULL until its first (most fns have none) */

	/* typeck: inference variables, per fn */
	struct TypeVar *tvs;
	int ntv;
	uint32_t tvs_cap;
	bool diverges;             /* control cannot reach the current point */
	const AstType *arm_expect; /* coercions to this expectation report arm_mismatch */
	const char *arm_mismatch;

	int *calls;                /* check_async_recursion: the async fns a body calls */
	int ncalls;
	uint32_t calls_cap;
	NameMap fn_names;          /* resolve: fn name -> AstFn */
	bool in_coroutine;         /* lints: inside an async fn or block */
	struct ConstVal *const_values; /* lints: immutable lets with a known value, by var id */     /* async fn recursion: row of the fn being walked */
} Sema;

_Noreturn static void error_at(Sema *s, int line, int col, const char *fmt, ...)
{
	char msg[sizeof s->diag->msg];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_set(s->diag, line, col, "%s", msg);
	longjmp(s->fail, 1);
}

/* ---------------------------------------------------------------------- */
/* Built-ins (the prelude: tests/rust/prelude.rs)                         */
/* ---------------------------------------------------------------------- */

static AstFn *new_builtin(AstProgram *p, AstBuiltin b, const char *name, AstTypeKind param, AstTypeKind ret)
{
	AstFn *fn = arena_alloc(p->arena, sizeof *fn);
	fn->id = -1;
	fn->name = name;
	fn->builtin = b;
	fn->ret = ast_type(ret);
	fn->has_ret = ret != ATY_UNIT;
	if (param != ATY_UNIT) {
		AstVar *v = arena_alloc(p->arena, sizeof *v);
		v->name = "x";
		v->kind = VAR_PARAM;
		v->ty = ast_type(param);
		fn->params = arena_alloc(p->arena, sizeof *fn->params);
		fn->params[0] = v;
		fn->nparams = 1;
	}
	return fn;
}

void sema_add_builtins(AstProgram *p)
{
	p->builtins[BUILTIN_YIELD_NOW] = new_builtin(p, BUILTIN_YIELD_NOW, "yield_now", ATY_UNIT, ATY_YIELD_NOW);
	p->builtins[BUILTIN_OBSERVE] = new_builtin(p, BUILTIN_OBSERVE, "observe", ATY_U32, ATY_UNIT);
	p->builtins[BUILTIN_GUARD] = new_builtin(p, BUILTIN_GUARD, "guard", ATY_U32, ATY_GUARD);
}

/* ---------------------------------------------------------------------- */
/* Tree traversal shared by the simple passes                             */
/* ---------------------------------------------------------------------- */

typedef void ExprVisitor(Sema *s, AstExpr *e);

static void visit_block(Sema *s, AstBlock *b, ExprVisitor *visit)
{
	for (int i = 0; i < b->nstmts; i++)
		if (b->stmts[i].expr)
			visit(s, b->stmts[i].expr);
	if (b->tail)
		visit(s, b->tail);
}

/* Calls visit on each direct subexpression of e, in evaluation order. */
static void visit_children(Sema *s, AstExpr *e, ExprVisitor *visit)
{
	switch (e->kind) {
	case EXPR_INT: case EXPR_BOOL: case EXPR_UNIT: case EXPR_VAR: case EXPR_CONTINUE:
		return;
	case EXPR_UNARY: case EXPR_CAST: case EXPR_AWAIT: case EXPR_BREAK: case EXPR_RETURN:
		if (e->lhs)
			visit(s, e->lhs);
		return;
	case EXPR_BINARY: case EXPR_ASSIGN: case EXPR_OP_ASSIGN:
		visit(s, e->lhs);
		visit(s, e->rhs);
		return;
	case EXPR_CALL:
		for (int i = 0; i < e->nargs; i++)
			visit(s, e->args[i]);
		return;
	case EXPR_BLOCK: case EXPR_LOOP:
		visit_block(s, e->block, visit);
		return;
	case EXPR_WHILE:
		visit(s, e->cond);
		visit_block(s, e->block, visit);
		return;
	case EXPR_IF:
		visit(s, e->cond);
		visit_block(s, e->block, visit);
		if (e->els)
			visit(s, e->els);
		return;
	case EXPR_MATCH:
		visit(s, e->lhs);
		for (int i = 0; i < e->narms; i++)
			visit(s, e->arms[i].body);
		return;
	case EXPR_ASYNC: {
		AstAsyncBlock *outer = s->async_block;
		s->async_block = e->async_block;
		visit_block(s, e->async_block->body, visit);
		s->async_block = outer;
		return;
	}
	}
}

/* ====================================================================== */
/* 1. Name resolution                                                     */
/* ====================================================================== */

static void defer_error(Diag *d, int line, int col, const char *fmt, ...)
{
	if (d->failed)
		return;
	char msg[sizeof d->msg];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_set(d, line, col, "%s", msg);
}

static AstVar *lookup_var(Sema *s, const char *name)
{
	for (int i = s->nscope - 1; i >= 0; i--)
		if (!strcmp(s->scope[i]->name, name))
			return s->scope[i];
	return NULL;
}

static AstFn *lookup_fn(Sema *s, const char *name)
{
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
	*VEC_PUSH(s->scratch, s->scope, s->nscope, s->scope_cap) = v;
}

static void resolve_expr(Sema *s, AstExpr *e);

static void resolve_block(Sema *s, AstBlock *b)
{
	int mark = s->nscope;
	for (int i = 0; i < b->nstmts; i++) {
		AstStmt *st = &b->stmts[i];
		if (st->expr)
			resolve_expr(s, st->expr);
		if (st->kind == ASTMT_LET && st->var)
			push_scope(s, st->var);
	}
	if (b->tail)
		resolve_expr(s, b->tail);
	s->nscope = mark;
}

static void resolve_expr(Sema *s, AstExpr *e)
{
	switch (e->kind) {
	case EXPR_VAR:
		e->var = lookup_var(s, e->name);
		if (!e->var) {
			if (lookup_fn(s, e->name))
				error_at(s, e->line, e->col, "function values are not supported");
			error_at(s, e->line, e->col, "cannot find value `%s` in this scope", e->name);
		}
		return;
	case EXPR_CALL:
		/* a local shadows a fn (typeck rejects the call); an unresolved callee
		 * is reported by typeck, in its order */
		e->var = lookup_var(s, e->name);
		if (!e->var)
			e->callee = lookup_fn(s, e->name);
		break;
	case EXPR_AWAIT:
		if (!s->async_block && !s->fn->is_async)
			defer_error(&s->await_error, e->op_line, e->op_col,
			            "`await` is only allowed inside `async` functions and blocks");
		break;
	case EXPR_BREAK:
	case EXPR_CONTINUE: {
		const char *what = e->kind == EXPR_BREAK ? "break" : "continue";
		if (s->nloops == s->loop_base) {
			Diag **slot = &s->loop_errors[s->fn->id], *d = *slot;
			if (!d)
				d = *slot = arena_alloc(s->scratch, sizeof *d);
			if (s->async_block)
				defer_error(d, e->line, e->col, "`%s` inside `async` block", what);
			else if (e->kind == EXPR_BREAK)
				defer_error(d, e->line, e->col, "`break` outside of a loop or labeled block");
			else
				defer_error(d, e->line, e->col, "`continue` outside of a loop");
			break;
		}
		e->loop = s->loops[s->nloops - 1];
		if (e->kind == EXPR_BREAK)
			e->loop->has_break = true;
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
		resolve_block(s, e->block);
		return;
	case EXPR_IF:
		resolve_expr(s, e->cond);
		resolve_block(s, e->block);
		if (e->els)
			resolve_expr(s, e->els);
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

static void resolve_program(Sema *s)
{
	AstProgram *p = s->prog;
	namemap_reserve(&s->fn_names, (uint32_t)p->nfns);
	for (int i = 0; i < p->nfns; i++) {
		if (namemap_find(&s->fn_names, p->fns[i]->name))
			error_at(s, p->fns[i]->fn_line, p->fns[i]->fn_col,
			         "the name `%s` is defined multiple times", p->fns[i]->name);
		namemap_put(&s->fn_names, p->fns[i]->name, (uintptr_t)p->fns[i]);
	}
	for (int i = 0; i < p->nfns; i++) {
		AstFn *fn = p->fns[i];
		s->fn = fn;
		s->nscope = s->nloops = s->loop_base = 0;
		s->async_block = NULL;
		for (int j = 0; j < fn->nparams; j++) {
			AstVar *v = fn->params[j];
			for (int k = 0; k < j; k++)
				if (strcmp(v->name, "_") && !strcmp(fn->params[k]->name, v->name))
					error_at(s, v->line, v->col,
					         "identifier `%s` is bound more than once in this parameter list", v->name);
			push_scope(s, v);
		}
		resolve_block(s, fn->body);
	}
	if (s->await_error.failed)
		error_at(s, s->await_error.line, s->await_error.col, "%s", s->await_error.msg);
}

/* ====================================================================== */
/* 2. Type checking                                                       */
/* ====================================================================== */

static AstType tv_new(Sema *s, bool is_int, AstVar *let)
{
	AstType t = {ATY_VAR, s->ntv};
	TypeVar *v = VEC_PUSH(s->scratch, s->tvs, s->ntv, s->tvs_cap);
	v->parent = t.id;
	v->bound = ast_type(ATY_VAR);
	v->is_int = is_int;
	v->let = let;
	return t;
}

static int tv_root(Sema *s, int id)
{
	while (s->tvs[id].parent != id) {
		s->tvs[id].parent = s->tvs[s->tvs[id].parent].parent;
		id = s->tvs[id].parent;
	}
	return id;
}

/* The type t stands for now: a concrete type or an unbound root variable. */
static AstType shallow(Sema *s, AstType t)
{
	if (t.kind != ATY_VAR)
		return t;
	int r = tv_root(s, t.id);
	if (s->tvs[r].bound.kind != ATY_VAR)
		return s->tvs[r].bound;
	AstType v = {ATY_VAR, r};
	return v;
}

static bool is_int_var(Sema *s, AstType t)
{
	return t.kind == ATY_VAR && s->tvs[tv_root(s, t.id)].is_int;
}

/* int types and integer inference variables */
static bool is_integral(Sema *s, AstType t)
{
	t = shallow(s, t);
	return ast_type_is_int(t) || is_int_var(s, t);
}

static bool is_never(Sema *s, AstType t)
{
	return shallow(s, t).kind == ATY_NEVER;
}

static bool unify(Sema *s, AstType a, AstType b)
{
	a = shallow(s, a);
	b = shallow(s, b);
	if (a.kind == ATY_VAR && b.kind == ATY_VAR) {
		if (a.id != b.id) {
			s->tvs[b.id].is_int |= s->tvs[a.id].is_int;
			if (!s->tvs[b.id].let)
				s->tvs[b.id].let = s->tvs[a.id].let;
			s->tvs[a.id].parent = b.id;
		}
		return true;
	}
	if (b.kind == ATY_VAR) {
		AstType t = a;
		a = b;
		b = t;
	}
	if (a.kind == ATY_VAR) {
		if (s->tvs[a.id].is_int && !ast_type_is_int(b))
			return false;
		s->tvs[a.id].bound = b;
		return true;
	}
	return ast_type_eq(a, b);
}

/* rustc's spelling of a (possibly partially inferred) type; in_code: inside backticks */
static const char *type_str(Sema *s, AstType t, bool in_code)
{
	t = shallow(s, t);
	if (t.kind == ATY_VAR)
		return is_int_var(s, t) ? (in_code ? "{integer}" : "integer") : "_";
	if (t.kind == ATY_FN_FUTURE) {
		AstType out = s->prog->fns[t.id]->ret;
		size_t n = strlen(ast_type_name(out)) + 32;
		char *buf = arena_alloc(s->scratch, n);
		snprintf(buf, n, "impl Future<Output = %s>", ast_type_name(out));
		return buf;
	}
	return ast_type_name(t);
}

_Noreturn static void mismatch_msg(Sema *s, const char *what, int line, int col, AstType expected, AstType found)
{
	error_at(s, line, col, "%s: expected %s, found %s", what,
	         type_str(s, expected, false), type_str(s, found, false));
}

_Noreturn static void mismatch(Sema *s, int line, int col, AstType expected, AstType found)
{
	mismatch_msg(s, "mismatched types", line, col, expected, found);
}

/* `found` flows into a place of type `expected`; `!` coerces to anything. */
static void coerce(Sema *s, int line, int col, AstType found, AstType expected)
{
	if (is_never(s, found))
		return;
	if (!unify(s, found, expected))
		mismatch(s, line, col, expected, found);
}

static AstType check_expr(Sema *s, AstExpr *e, const AstType *expect);

static AstType check_block(Sema *s, AstBlock *b, const AstType *expect, int unit_line, int unit_col);

static void check_stmt(Sema *s, AstStmt *st)
{
	switch (st->kind) {
	case ASTMT_EMPTY:
		return;
	case ASTMT_EXPR:
		if (st->has_semi) {
			check_expr(s, st->expr, NULL);
		} else {
			AstType unit = ast_type(ATY_UNIT);
			check_expr(s, st->expr, &unit);
		}
		return;
	case ASTMT_LET: {
		AstType ty;
		if (st->has_type) {
			ty = st->annot;
			if (st->expr)
				check_expr(s, st->expr, &ty);
		} else if (st->expr) {
			ty = check_expr(s, st->expr, NULL);
			if (is_never(s, ty))
				ty = tv_new(s, false, NULL); /* falls back to () */
		} else {
			ty = tv_new(s, false, st->var);
		}
		if (st->var)
			st->var->ty = ty;
		return;
	}
	}
}

static AstType check_block(Sema *s, AstBlock *b, const AstType *expect, int unit_line, int unit_col)
{
	bool outer_diverges = s->diverges;
	s->diverges = false;
	for (int i = 0; i < b->nstmts; i++)
		check_stmt(s, &b->stmts[i]);
	AstType t;
	if (b->tail) {
		t = check_expr(s, b->tail, expect);
	} else if (s->diverges) {
		t = ast_type(ATY_NEVER);
	} else {
		t = ast_type(ATY_UNIT);
		if (expect && expect == s->arm_expect && !unify(s, t, *expect))
			mismatch_msg(s, s->arm_mismatch, unit_line, unit_col, *expect, t);
		if (expect)
			coerce(s, unit_line, unit_col, t, *expect);
	}
	b->ty = t;
	b->diverges = s->diverges;
	s->diverges = outer_diverges || s->diverges;
	return t;
}

/* Checks the arms of an if or match: with an expectation each arm coerces to
 * it; without, the first non-diverging arm's type is the one the others must have. */
typedef struct Join {
	const AstType *expect;
	AstType ty;
	bool have;
	const char *incompatible; /* message for an arm disagreeing with an earlier one */
} Join;

/* Checks one arm (a block, or an expression when b is NULL). */
static void join_arm(Sema *s, Join *j, AstBlock *b, AstExpr *e)
{
	const AstType *expect = j->expect ? j->expect : j->have ? &j->ty : NULL;
	const AstType *outer_expect = s->arm_expect;
	const char *outer_msg = s->arm_mismatch;
	if (j->have && j->incompatible) {
		s->arm_expect = expect;
		s->arm_mismatch = j->incompatible;
	}
	AstType t = b ? check_block(s, b, expect, b->line, b->col) : check_expr(s, e, expect);
	s->arm_expect = outer_expect;
	s->arm_mismatch = outer_msg;
	if (!j->have && !is_never(s, t)) {
		j->ty = j->expect ? *j->expect : t;
		j->have = true;
	}
}

static AstType check_if(Sema *s, AstExpr *e, const AstType *expect)
{
	AstType boolean = ast_type(ATY_BOOL);
	check_expr(s, e->cond, &boolean);
	bool cond_diverges = s->diverges;
	if (!e->els) {
		if (expect) {
			AstType want = shallow(s, *expect);
			if (want.kind != ATY_VAR && want.kind != ATY_UNIT)
				error_at(s, e->line, e->col, "`if` may be missing an `else` clause");
		}
		AstType unit = ast_type(ATY_UNIT);
		check_block(s, e->block, &unit, e->block->line, e->block->col);
		s->diverges = cond_diverges;
		if (expect)
			coerce(s, e->line, e->col, unit, *expect);
		return unit;
	}
	Join j = {expect, {ATY_NEVER, 0}, false, expect ? NULL : "`if` and `else` have incompatible types"};
	s->diverges = false;
	join_arm(s, &j, e->block, NULL);
	bool then_diverges = s->diverges;
	s->diverges = false;
	join_arm(s, &j, NULL, e->els);
	s->diverges = cond_diverges || (then_diverges && s->diverges);
	return j.have ? j.ty : ast_type(ATY_NEVER);
}

static AstType check_match(Sema *s, AstExpr *e, const AstType *expect)
{
	AstType scrutinee = check_expr(s, e->lhs, NULL);
	AstType st = shallow(s, scrutinee);
	if (st.kind != ATY_BOOL && !is_integral(s, st) && st.kind != ATY_NEVER)
		error_at(s, e->lhs->line, e->lhs->col, "matching on `%s` is not supported", type_str(s, st, true));
	bool scrutinee_diverges = s->diverges;
	for (int i = 0; i < e->narms; i++) {
		for (int k = 0; k < e->arms[i].npats; k++) {
			AstPattern *pat = &e->arms[i].pats[k];
			if (pat->is_wildcard)
				continue;
			AstType pt = pat->is_bool ? ast_type(ATY_BOOL)
			           : pat->suffix != ATY_VAR ? ast_type(pat->suffix) : tv_new(s, true, NULL);
			if (!unify(s, pt, scrutinee))
				mismatch(s, pat->line, pat->col, scrutinee, pt);
		}
	}
	Join j = {expect, {ATY_NEVER, 0}, false, "`match` arms have incompatible types"};
	bool all_diverge = true;
	for (int i = 0; i < e->narms; i++) {
		s->diverges = false;
		join_arm(s, &j, NULL, e->arms[i].body);
		all_diverge = all_diverge && s->diverges;
	}
	s->diverges = scrutinee_diverges || all_diverge;
	return j.have ? j.ty : ast_type(ATY_NEVER);
}

static const char *arith_error(AstBinOp op, const char *l, const char *r, char *buf, size_t n)
{
	switch (op) {
	case AOP_ADD: snprintf(buf, n, "cannot add `%s` to `%s`", r, l); break;
	case AOP_SUB: snprintf(buf, n, "cannot subtract `%s` from `%s`", r, l); break;
	case AOP_MUL: snprintf(buf, n, "cannot multiply `%s` by `%s`", l, r); break;
	case AOP_DIV: snprintf(buf, n, "cannot divide `%s` by `%s`", l, r); break;
	case AOP_REM: snprintf(buf, n, "cannot calculate the remainder of `%s` divided by `%s`", l, r); break;
	default: snprintf(buf, n, "no implementation for `%s %s %s`", l, ast_binop_spelling(op), r); break;
	}
	return buf;
}

/* Operand rules of the built-in binary operators on primitive types. */
static AstType check_binary(Sema *s, AstExpr *e)
{
	AstBinOp op = e->bin_op;
	AstType boolean = ast_type(ATY_BOOL);
	if (op == AOP_AND || op == AOP_OR) {
		check_expr(s, e->lhs, &boolean);
		bool lhs_diverges = s->diverges;
		check_expr(s, e->rhs, &boolean);
		s->diverges = lhs_diverges; /* the rhs may not run */
		return boolean;
	}
	AstType l = check_expr(s, e->lhs, NULL);
	AstType r = check_expr(s, e->rhs, NULL);
	AstType ls = shallow(s, l), rs = shallow(s, r);
	bool is_cmp = op >= AOP_EQ && op <= AOP_GE;
	bool bitwise = op == AOP_BITAND || op == AOP_BITOR || op == AOP_BITXOR;
	bool shift = op == AOP_SHL || op == AOP_SHR;
	if (ls.kind == ATY_NEVER)
		return is_cmp ? boolean : r;
	if (is_cmp) {
		if (!(is_integral(s, ls) || ls.kind == ATY_BOOL || ls.kind == ATY_UNIT || ls.kind == ATY_VAR))
			error_at(s, e->op_line, e->op_col, "binary operation `%s` cannot be applied to type `%s`",
			         ast_binop_spelling(op), type_str(s, ls, true));
		coerce(s, e->rhs->line, e->rhs->col, r, l);
		return boolean;
	}
	bool lhs_ok = is_integral(s, ls) || ls.kind == ATY_VAR || (bitwise && ls.kind == ATY_BOOL);
	bool rhs_ok = is_integral(s, rs) || rs.kind == ATY_VAR || (bitwise && !shift && rs.kind == ATY_BOOL);
	if (!lhs_ok || !rhs_ok) {
		/* `!` shows as its fallback () */
		char buf[160];
		error_at(s, e->op_line, e->op_col, "%s",
		         arith_error(op, type_str(s, ls, true), rs.kind == ATY_NEVER ? "()" : type_str(s, rs, true),
		                     buf, sizeof buf));
	}
	if (ls.kind == ATY_VAR && !is_int_var(s, ls) && !(bitwise && rs.kind == ATY_BOOL))
		unify(s, ls, tv_new(s, true, NULL)); /* an unknown let used arithmetically */
	if (shift) {
		if (rs.kind == ATY_VAR && !is_int_var(s, rs))
			unify(s, rs, tv_new(s, true, NULL));
		return l;
	}
	coerce(s, e->rhs->line, e->rhs->col, r, l);
	return l;
}

static void check_place(Sema *s, AstExpr *e)
{
	if (!e->lhs->is_place)
		error_at(s, e->op_line, e->op_col, "invalid left-hand side of assignment");
}

static AstType check_op_assign(Sema *s, AstExpr *e)
{
	check_place(s, e);
	AstType l = check_expr(s, e->lhs, NULL);
	AstType r = check_expr(s, e->rhs, NULL);
	AstType ls = shallow(s, l), rs = shallow(s, r);
	AstBinOp op = e->bin_op;
	bool bitwise = op == AOP_BITAND || op == AOP_BITOR || op == AOP_BITXOR;
	bool shift = op == AOP_SHL || op == AOP_SHR;
	bool lhs_ok = is_integral(s, ls) || ls.kind == ATY_VAR || (bitwise && ls.kind == ATY_BOOL);
	if (!lhs_ok)
		error_at(s, e->line, e->col, "binary assignment operation `%s=` cannot be applied to type `%s`",
		         ast_binop_spelling(op), type_str(s, ls, true));
	if (ls.kind == ATY_VAR && !is_int_var(s, ls) && !(bitwise && rs.kind == ATY_BOOL))
		unify(s, ls, tv_new(s, true, NULL));
	if (shift) {
		if (!is_integral(s, rs) && rs.kind != ATY_NEVER) {
			if (rs.kind != ATY_VAR)
				error_at(s, e->op_line, e->op_col, "no implementation for `%s %s= %s`",
				         type_str(s, ls, true), ast_binop_spelling(op), type_str(s, rs, true));
			unify(s, rs, tv_new(s, true, NULL));
		}
	} else {
		bool rhs_ok = is_integral(s, rs) || rs.kind == ATY_VAR ||
		              (bitwise && rs.kind == ATY_BOOL && !is_integral(s, ls));
		if (!rhs_ok) {
			/* `!` shows as its fallback () */
			const char *l_str = type_str(s, ls, true);
			const char *r_str = rs.kind == ATY_NEVER ? "()" : type_str(s, rs, true);
			switch (op) {
			case AOP_ADD: error_at(s, e->op_line, e->op_col, "cannot add-assign `%s` to `%s`", r_str, l_str);
			case AOP_SUB: error_at(s, e->op_line, e->op_col, "cannot subtract-assign `%s` from `%s`", r_str, l_str);
			case AOP_MUL: error_at(s, e->op_line, e->op_col, "cannot multiply-assign `%s` by `%s`", l_str, r_str);
			case AOP_DIV: error_at(s, e->op_line, e->op_col, "cannot divide-assign `%s` by `%s`", l_str, r_str);
			case AOP_REM:
				error_at(s, e->op_line, e->op_col,
				         "cannot calculate and assign the remainder of `%s` divided by `%s`", l_str, r_str);
			default:
				error_at(s, e->op_line, e->op_col, "no implementation for `%s %s= %s`", l_str,
				         ast_binop_spelling(op), r_str);
			}
		}
		coerce(s, e->rhs->line, e->rhs->col, r, l);
	}
	return ast_type(ATY_UNIT);
}

static bool is_literal(const AstExpr *e)
{
	return (e->kind == EXPR_INT && e->int_suffix == ATY_VAR) ||
	       (e->kind == EXPR_UNARY && e->un_op == AOP_NEG && is_literal(e->lhs));
}

static AstType check_cast(Sema *s, AstExpr *e)
{
	AstType target = e->cast_to;
	AstType t = check_expr(s, e->lhs, NULL);
	AstType ts = shallow(s, t);
	/* rustc checks an unsuffixed literal operand with the target as expectation */
	if (is_int_var(s, ts) && is_literal(e->lhs) && ast_type_is_int(target))
		unify(s, ts, target);
	ts = shallow(s, t);
	if (ts.kind == ATY_VAR && !is_int_var(s, ts))
		error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
	if (ts.kind == ATY_NEVER)
		return target;
	bool source_ok = is_integral(s, ts) || ts.kind == ATY_BOOL;
	if (source_ok && target.kind == ATY_BOOL && ts.kind != ATY_BOOL)
		error_at(s, e->line, e->col, "cannot cast `%s` as `bool`", type_str(s, ts, true));
	if (!source_ok || !(ast_type_is_int(target) || (target.kind == ATY_BOOL && ts.kind == ATY_BOOL)))
		error_at(s, e->line, e->col, "non-primitive cast: `%s` as `%s`", type_str(s, ts, true),
		         ast_type_name(target));
	return target;
}

static AstType check_call(Sema *s, AstExpr *e)
{
	if (e->var)
		error_at(s, e->line, e->col, "expected function, found `%s`", type_str(s, e->var->ty, true));
	if (!e->callee)
		error_at(s, e->line, e->col, "cannot find function `%s` in this scope", e->name);
	AstFn *fn = e->callee;
	if (e->nargs != fn->nparams)
		error_at(s, e->line, e->col, "this function takes %d argument%s but %d argument%s supplied",
		         fn->nparams, fn->nparams == 1 ? "" : "s", e->nargs, e->nargs == 1 ? " was" : "s were");
	for (int i = 0; i < e->nargs; i++)
		check_expr(s, e->args[i], &fn->params[i]->ty);
	if (fn->is_async) {
		AstType t = {ATY_FN_FUTURE, fn->id};
		return t;
	}
	return fn->ret;
}

static AstType check_await(Sema *s, AstExpr *e)
{
	AstType t = shallow(s, check_expr(s, e->lhs, NULL));
	switch (t.kind) {
	case ATY_FN_FUTURE: return s->prog->fns[t.id]->ret;
	case ATY_BLOCK_FUTURE: return s->prog->async_blocks[t.id]->output;
	case ATY_YIELD_NOW: return ast_type(ATY_UNIT);
	case ATY_NEVER: return t;
	case ATY_VAR:
		if (!is_int_var(s, t))
			error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
		/* fallthrough */
	default:
		error_at(s, e->op_line, e->op_col, "`%s` is not a future", type_str(s, t, true));
	}
}

static AstType return_type(Sema *s, AstExpr *e)
{
	return e->async_block ? e->async_block->output : s->fn->ret;
}

static AstType infer_expr(Sema *s, AstExpr *e)
{
	switch (e->kind) {
	case EXPR_INT:
		return e->int_suffix != ATY_VAR ? ast_type(e->int_suffix) : tv_new(s, true, NULL);
	case EXPR_BOOL:
		return ast_type(ATY_BOOL);
	case EXPR_UNIT:
		return ast_type(ATY_UNIT);
	case EXPR_VAR:
		return e->var->ty;
	case EXPR_UNARY: {
		AstType t = check_expr(s, e->lhs, NULL);
		AstType ts = shallow(s, t);
		bool ok = e->un_op == AOP_NEG ? is_integral(s, ts)
		                              : is_integral(s, ts) || ts.kind == ATY_BOOL;
		if (ts.kind == ATY_VAR && !is_int_var(s, ts))
			error_at(s, e->lhs->line, e->lhs->col, "type annotations needed");
		if (!ok && ts.kind != ATY_NEVER)
			error_at(s, e->line, e->col, "cannot apply unary operator `%s` to type `%s`",
			         e->un_op == AOP_NEG ? "-" : "!", type_str(s, ts, true));
		return t;
	}
	case EXPR_BINARY:
		return check_binary(s, e);
	case EXPR_ASSIGN: {
		check_place(s, e);
		AstType t = check_expr(s, e->lhs, NULL);
		check_expr(s, e->rhs, &t);
		return ast_type(ATY_UNIT);
	}
	case EXPR_OP_ASSIGN:
		return check_op_assign(s, e);
	case EXPR_CAST:
		return check_cast(s, e);
	case EXPR_CALL:
		return check_call(s, e);
	case EXPR_AWAIT:
		return check_await(s, e);
	case EXPR_LOOP: {
		AstType unit = ast_type(ATY_UNIT);
		bool outer = s->diverges;
		check_block(s, e->block, &unit, e->block->line, e->block->col);
		s->diverges = outer || !e->has_break;
		return e->has_break ? unit : ast_type(ATY_NEVER);
	}
	case EXPR_WHILE: {
		AstType boolean = ast_type(ATY_BOOL), unit = ast_type(ATY_UNIT);
		check_expr(s, e->cond, &boolean);
		bool outer = s->diverges;
		check_block(s, e->block, &unit, e->block->line, e->block->col);
		s->diverges = outer;
		return unit;
	}
	case EXPR_BREAK:
	case EXPR_CONTINUE:
		return ast_type(ATY_NEVER);
	case EXPR_RETURN: {
		AstType ret = return_type(s, e);
		if (e->lhs) {
			check_expr(s, e->lhs, &ret);
		} else if (!e->async_block && !unify(s, ast_type(ATY_UNIT), ret)) {
			error_at(s, e->line, e->col, "`return;` in a function whose return type is not `()`");
		} else {
			coerce(s, e->line, e->col, ast_type(ATY_UNIT), ret);
		}
		return ast_type(ATY_NEVER);
	}
	case EXPR_ASYNC: {
		AstAsyncBlock *ab = e->async_block;
		bool outer = s->diverges;
		ab->output = tv_new(s, false, NULL);
		check_block(s, ab->body, &ab->output, ab->body->line, ab->body->col);
		s->diverges = outer;
		AstType t = {ATY_BLOCK_FUTURE, ab->id};
		return t;
	}
	case EXPR_BLOCK:
	case EXPR_IF:
	case EXPR_MATCH:
		break;
	}
	internal_error("infer_expr: kind %d", (int)e->kind);
}

/* Checks e; with expect, also coerces it there (reporting at the innermost
 * expression of a block tail / if or match arm, as rustc does). */
static AstType check_expr(Sema *s, AstExpr *e, const AstType *expect)
{
	AstType t;
	switch (e->kind) {
	case EXPR_BLOCK:
		t = check_block(s, e->block, expect, e->block->line, e->block->col);
		break;
	case EXPR_IF:
		t = check_if(s, e, expect);
		break;
	case EXPR_MATCH:
		t = check_match(s, e, expect);
		break;
	default:
		t = infer_expr(s, e);
		if (expect && expect == s->arm_expect && !is_never(s, t) && !unify(s, t, *expect))
			mismatch_msg(s, s->arm_mismatch, e->line, e->col, *expect, t);
		if (expect)
			coerce(s, e->line, e->col, t, *expect);
		break;
	}
	e->ty = t;
	if (is_never(s, t))
		s->diverges = true;
	return t;
}

/* Replaces inference variables by what they were inferred to be, with
 * rustc's fallbacks: integer -> i32, anything else -> (). */
static AstType resolve_type(Sema *s, AstType t)
{
	t = shallow(s, t);
	if (t.kind != ATY_VAR)
		return t;
	AstType fallback = ast_type(is_int_var(s, t) ? ATY_I32 : ATY_UNIT);
	AstVar *let = s->tvs[t.id].let;
	if (let && !is_int_var(s, t))
		error_at(s, let->line, let->col, "type annotations needed");
	s->tvs[t.id].bound = fallback;
	return fallback;
}

static void finish_expr(Sema *s, AstExpr *e);

static void finish_block(Sema *s, AstBlock *b)
{
	b->ty = resolve_type(s, b->ty);
	visit_block(s, b, finish_expr);
}

static void finish_expr(Sema *s, AstExpr *e)
{
	e->ty = resolve_type(s, e->ty);
	switch (e->kind) {
	case EXPR_UNARY:
		finish_expr(s, e->lhs);
		if (e->un_op == AOP_NEG && ast_type_is_int(e->ty) && !ast_type_is_signed(e->ty))
			error_at(s, e->line, e->col, "cannot apply unary operator `-` to type `%s`",
			         ast_type_name(e->ty));
		return;
	case EXPR_BLOCK: case EXPR_LOOP: case EXPR_WHILE: case EXPR_IF:
		finish_block(s, e->block);
		if (e->cond)
			finish_expr(s, e->cond);
		if (e->els)
			finish_expr(s, e->els);
		return;
	case EXPR_ASYNC:
		e->async_block->output = resolve_type(s, e->async_block->output);
		finish_block(s, e->async_block->body);
		return;
	default:
		visit_children(s, e, finish_expr);
	}
}

static void typeck_fn(Sema *s, AstFn *fn)
{
	const Diag *loop_error = s->loop_errors[fn->id];
	if (loop_error && loop_error->failed)
		error_at(s, loop_error->line, loop_error->col, "%s", loop_error->msg);
	s->fn = fn;
	s->ntv = 0;
	s->diverges = false;
	for (int i = 0; i < fn->nvars; i++)
		if (fn->vars[i]->kind == VAR_LET)
			fn->vars[i]->ty = ast_type(ATY_UNIT);
	check_block(s, fn->body, &fn->ret, fn->ret_line, fn->ret_col);
	/* lets first, so that "type annotations needed" points at the binding */
	for (int i = 0; i < fn->nvars; i++)
		fn->vars[i]->ty = resolve_type(s, fn->vars[i]->ty);
	finish_block(s, fn->body);
}

/* ====================================================================== */
/* 3. Captures of async blocks                                            */
/* ====================================================================== */

typedef enum { ACCESS_READ, ACCESS_WRITE, ACCESS_MOVE } Access;

static bool declared_inside(const AstVar *v, const AstAsyncBlock *ab)
{
	for (const AstAsyncBlock *o = v->owner; o; o = o->parent)
		if (o == ab)
			return true;
	return false;
}

static AstCaptureMode capture_mode(Access a, bool is_move)
{
	if (is_move || a == ACCESS_MOVE)
		return CAPTURE_BY_VALUE;
	return a == ACCESS_WRITE ? CAPTURE_BY_MUT_REF : CAPTURE_BY_REF;
}

/* by ref < by mut ref < by value */
static int capture_strength(AstCaptureMode m)
{
	return m == CAPTURE_BY_VALUE ? 2 : m == CAPTURE_BY_MUT_REF ? 1 : 0;
}

static const char *upvar_name(Sema *s, const AstCapture *c)
{
	if (c->mode == CAPTURE_BY_VALUE)
		return c->var->name;
	size_t n = strlen(c->var->name) + 8;
	char *buf = arena_alloc(s->prog->arena, n);
	snprintf(buf, n, "_ref__%s", c->var->name);
	return buf;
}

/* Records that e accesses its variable; every async block between the use and
 * the declaration captures it. */
static void note_access(Sema *s, AstExpr *e, Access access)
{
	AstVar *v = e->var;
	bool innermost = true;
	for (AstAsyncBlock *ab = s->async_block; ab && !declared_inside(v, ab); ab = ab->parent) {
		AstCaptureMode mode = capture_mode(access, ab->is_move);
		int i = 0;
		while (i < ab->ncaptures && ab->captures[i].var != v)
			i++;
		if (i == ab->ncaptures) {
			AstCapture *c = VEC_PUSH(s->prog->arena, ab->captures, ab->ncaptures, ab->captures_cap);
			c->var = v;
			c->mode = mode;
			c->line = e->line;
			c->col = e->col;
		} else if (capture_strength(mode) > capture_strength(ab->captures[i].mode)) {
			ab->captures[i].mode = mode;
		}
		if (innermost)
			e->upvar = i;
		innermost = false;
		/* what the enclosing body sees: the block itself uses v */
		if (ab->is_move || ab->captures[i].mode == CAPTURE_BY_VALUE)
			access = ast_type_is_copy(v->ty) ? ACCESS_READ : ACCESS_MOVE;
		else
			access = ab->captures[i].mode == CAPTURE_BY_MUT_REF ? ACCESS_WRITE : ACCESS_READ;
	}
}

static void capture_expr(Sema *s, AstExpr *e)
{
	switch (e->kind) {
	case EXPR_VAR:
		if (!e->mention_only)
			note_access(s, e, ast_type_is_copy(e->ty) ? ACCESS_READ : ACCESS_MOVE);
		return;
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		/* rustc's capture analysis walks the right-hand side first (intravisit::walk_expr) */
		capture_expr(s, e->rhs);
		note_access(s, e->lhs, ACCESS_WRITE);
		return;
	default:
		visit_children(s, e, capture_expr);
	}
}

static void capture_fn(Sema *s, AstFn *fn)
{
	s->fn = fn;
	s->async_block = NULL;
	visit_block(s, fn->body, capture_expr);
	for (int i = 0; i < fn->nasync; i++)
		for (int k = 0; k < fn->async_blocks[i]->ncaptures; k++) {
			AstCapture *c = &fn->async_blocks[i]->captures[k];
			c->upvar_name = upvar_name(s, c);
		}
}

/* ====================================================================== */
/* 4a. Match exhaustiveness                                               */
/* ====================================================================== */

static void exhaustive_expr(Sema *s, AstExpr *e)
{
	visit_children(s, e, exhaustive_expr);
	if (e->kind != EXPR_MATCH)
		return;
	bool seen_true = false, seen_false = false;
	uint8_t seen[256] = {0};
	int distinct = 0;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			AstPattern *pat = &e->arms[i].pats[k];
			if (pat->is_wildcard)
				return;
			if (pat->is_bool) {
				seen_true |= pat->value == 1;
				seen_false |= pat->value == 0;
			} else if (ast_type_bits(e->lhs->ty) == 8 && pat->value < 256) {
				unsigned idx = (unsigned)(pat->negative ? 256 - pat->value : pat->value) & 255;
				distinct += !seen[idx];
				seen[idx] = 1;
			}
		}
	AstType t = e->lhs->ty;
	if (t.kind == ATY_BOOL) {
		if (seen_true && seen_false)
			return;
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s not covered",
		         !seen_true && !seen_false ? "`false` and `true`" : seen_true ? "`false`" : "`true`");
	}
	if (t.kind == ATY_NEVER || (ast_type_bits(t) == 8 && distinct == 256))
		return;
	error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: `_` not covered");
}

/* ====================================================================== */
/* 4b. Moves, initialization, mutability (a dataflow over the tree)       */
/* ====================================================================== */

enum { ST_INIT = 1, ST_UNINIT = 2, ST_MOVED = 4 }; /* "maybe" bits per variable */
enum { FLOW_BUDGET = 4000000 };                     /* node visits per fn */

typedef struct Flow {
	uint8_t *st;
	bool reachable;
} Flow;

typedef struct LoopFlow {
	AstExpr *loop;
	Flow brk, cont;
	struct LoopFlow *outer;
} LoopFlow;

typedef struct Borrowck {
	Sema *s;
	AstFn *fn;
	AstAsyncBlock *body;  /* the body being checked: an async block or NULL (fn) */
	LoopFlow *loops;
	long budget;
	jmp_buf give_up;
	bool *async_done;     /* by index_in_fn */
} Borrowck;

static Flow flow_new(Borrowck *b, uint8_t init, bool reachable)
{
	Flow f;
	f.st = arena_alloc(b->s->scratch, (size_t)b->fn->nvars + 1);
	memset(f.st, init, (size_t)b->fn->nvars);
	f.reachable = reachable;
	return f;
}

static Flow flow_copy(Borrowck *b, Flow f)
{
	Flow c = flow_new(b, 0, f.reachable);
	memcpy(c.st, f.st, (size_t)b->fn->nvars);
	return c;
}

/* into := into ∪ from */
static void flow_join(Borrowck *b, Flow *into, Flow from)
{
	if (!from.reachable)
		return;
	if (!into->reachable) {
		*into = flow_copy(b, from);
		return;
	}
	for (int i = 0; i < b->fn->nvars; i++)
		into->st[i] |= from.st[i];
}

static bool flow_equal(Borrowck *b, Flow x, Flow y)
{
	if (x.reachable != y.reachable)
		return false;
	return !x.reachable || !memcmp(x.st, y.st, (size_t)b->fn->nvars);
}

static void check_initialized(Borrowck *b, AstVar *v, int line, int col, Flow *f)
{
	uint8_t st = f->st[v->id];
	if (st & ST_MOVED)
		error_at(b->s, line, col, "use of moved value: `%s`", v->name);
	if (st & ST_UNINIT)
		error_at(b->s, line, col, st & ST_INIT ? "used binding `%s` is possibly-uninitialized"
		                                       : "used binding `%s` isn't initialized", v->name);
}

static void use_var(Borrowck *b, AstVar *v, int line, int col, Flow *f, bool move)
{
	if (!f->reachable)
		return;
	check_initialized(b, v, line, col, f);
	if (move)
		f->st[v->id] = ST_MOVED;
}

static bool captured_here(const Borrowck *b, const AstVar *v)
{
	return b->body && !declared_inside(v, b->body);
}

static void assign_var(Borrowck *b, AstExpr *place, Flow *f, bool compound)
{
	AstVar *v = place->var;
	if (!f->reachable)
		return;
	if (compound)
		check_initialized(b, v, place->line, place->col, f);
	if (!v->is_mut) {
		if (captured_here(b, v))
			error_at(b->s, place->line, place->col,
			         "cannot assign to `%s`, as it is not declared as mutable", v->name);
		if (f->st[v->id] & (ST_INIT | ST_MOVED))
			error_at(b->s, place->line, place->col,
			         v->kind == VAR_PARAM ? "cannot assign to immutable argument `%s`"
			                              : "cannot assign twice to immutable variable `%s`", v->name);
	}
	f->st[v->id] = ST_INIT;
}

static void flow_expr(Borrowck *b, AstExpr *e, Flow *f);
static void check_body(Borrowck *outer, AstAsyncBlock *ab);

static void flow_block(Borrowck *b, AstBlock *blk, Flow *f)
{
	for (int i = 0; i < blk->nstmts; i++) {
		AstStmt *st = &blk->stmts[i];
		if (st->expr)
			flow_expr(b, st->expr, f);
		if (st->kind == ASTMT_LET && st->var && f->reachable)
			f->st[st->var->id] = st->expr ? ST_INIT : ST_UNINIT;
	}
	if (blk->tail)
		flow_expr(b, blk->tail, f);
	/* the block's lets are dead now: forget them so loops reach a fixpoint at once */
	if (f->reachable)
		for (int i = 0; i < blk->nstmts; i++)
			if (blk->stmts[i].var)
				f->st[blk->stmts[i].var->id] = ST_UNINIT;
}

static LoopFlow *find_loop(Borrowck *b, AstExpr *loop)
{
	for (LoopFlow *l = b->loops; l; l = l->outer)
		if (l->loop == loop)
			return l;
	internal_error("break target not on the loop stack");
}

static void flow_loop(Borrowck *b, AstExpr *e, Flow *f)
{
	Flow entry = flow_copy(b, *f);
	for (;;) {
		LoopFlow lf = {e, {NULL, false}, {NULL, false}, b->loops};
		b->loops = &lf;
		Flow body = flow_copy(b, entry);
		if (e->kind == EXPR_WHILE)
			flow_expr(b, e->cond, &body);
		Flow after_cond = flow_copy(b, body);
		flow_block(b, e->block, &body);
		b->loops = lf.outer;
		flow_join(b, &body, lf.cont);
		Flow next = flow_copy(b, entry);
		flow_join(b, &next, body);
		if (flow_equal(b, next, entry)) {
			if (e->kind == EXPR_WHILE)
				flow_join(b, &lf.brk, after_cond);
			*f = lf.brk;
			return;
		}
		entry = next;
	}
}

static void flow_expr(Borrowck *b, AstExpr *e, Flow *f)
{
	if (--b->budget < 0)
		longjmp(b->give_up, 1);
	switch (e->kind) {
	case EXPR_VAR:
		if (!e->mention_only)
			use_var(b, e->var, e->line, e->col, f, !ast_type_is_copy(e->ty));
		return;
	case EXPR_ASSIGN:
		flow_expr(b, e->rhs, f);
		assign_var(b, e->lhs, f, false);
		return;
	case EXPR_OP_ASSIGN:
		flow_expr(b, e->rhs, f);
		assign_var(b, e->lhs, f, true);
		return;
	case EXPR_BINARY:
		flow_expr(b, e->lhs, f);
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR) {
			Flow rhs = flow_copy(b, *f);
			flow_expr(b, e->rhs, &rhs);
			flow_join(b, f, rhs);
		} else {
			flow_expr(b, e->rhs, f);
		}
		return;
	case EXPR_IF: {
		flow_expr(b, e->cond, f);
		Flow els = flow_copy(b, *f);
		flow_block(b, e->block, f);
		if (e->els)
			flow_expr(b, e->els, &els);
		flow_join(b, f, els);
		return;
	}
	case EXPR_MATCH: {
		flow_expr(b, e->lhs, f);
		Flow out = {NULL, false};
		for (int i = 0; i < e->narms; i++) {
			Flow arm = flow_copy(b, *f);
			flow_expr(b, e->arms[i].body, &arm);
			flow_join(b, &out, arm);
		}
		*f = out;
		return;
	}
	case EXPR_LOOP:
	case EXPR_WHILE:
		flow_loop(b, e, f);
		return;
	case EXPR_BREAK:
	case EXPR_CONTINUE: {
		LoopFlow *l = find_loop(b, e->loop);
		flow_join(b, e->kind == EXPR_BREAK ? &l->brk : &l->cont, *f);
		f->reachable = false;
		return;
	}
	case EXPR_RETURN:
		if (e->lhs)
			flow_expr(b, e->lhs, f);
		f->reachable = false;
		return;
	case EXPR_ASYNC: {
		AstAsyncBlock *ab = e->async_block;
		for (int i = 0; i < ab->ncaptures; i++) {
			AstCapture *c = &ab->captures[i];
			bool move = c->mode == CAPTURE_BY_VALUE && !ast_type_is_copy(c->var->ty);
			/* a variable of this body, or an upvar of it for nested blocks */
			use_var(b, c->var, c->line, c->col, f, move);
		}
		check_body(b, ab);
		return;
	}
	case EXPR_BLOCK:
		flow_block(b, e->block, f);
		return;
	case EXPR_CALL:
		for (int i = 0; i < e->nargs; i++)
			flow_expr(b, e->args[i], f);
		break;
	case EXPR_UNARY: case EXPR_CAST: case EXPR_AWAIT:
		flow_expr(b, e->lhs, f);
		break;
	default:
		break;
	}
	if (is_never(b->s, e->ty))
		f->reachable = false;
}

/* Checks one body: the fn's (ab == NULL) or an async block's, whose captured
 * variables start initialized. */
static void check_body(Borrowck *outer, AstAsyncBlock *ab)
{
	if (ab && outer->async_done[ab->index_in_fn])
		return;
	Borrowck b = *outer;
	b.body = ab;
	b.loops = NULL;
	Flow f = flow_new(&b, ST_UNINIT, true);
	if (ab) {
		outer->async_done[ab->index_in_fn] = true;
		for (int i = 0; i < ab->ncaptures; i++)
			f.st[ab->captures[i].var->id] = ST_INIT;
		flow_block(&b, ab->body, &f);
	} else {
		for (int i = 0; i < b.fn->nparams; i++)
			f.st[b.fn->params[i]->id] = ST_INIT;
		flow_block(&b, b.fn->body, &f);
	}
	outer->budget = b.budget;
}

static void borrowck_fn(Sema *s, AstFn *fn)
{
	Borrowck b = {0};
	b.s = s;
	b.fn = fn;
	b.budget = FLOW_BUDGET;
	b.async_done = arena_alloc(s->scratch, (size_t)fn->nasync + 1);
	if (setjmp(b.give_up))
		return; /* pathological nesting: accept rather than spend unbounded time */
	check_body(&b, NULL);
}

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
static void check_async_recursion(Sema *s)
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

static void check_literal(Sema *s, int line, int col, uint64_t value, bool negative, AstType t)
{
	int bits = ast_type_bits(t);
	if (!bits)
		return;
	uint64_t max;
	if (!ast_type_is_signed(t))
		max = bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
	else
		max = (UINT64_C(1) << (bits - 1)) - (negative ? 0 : 1);
	if (value > max)
		error_at(s, line, col, "literal out of range for `%s`", ast_type_name(t));
}

/* A compile-time known integer (rustc's KnownPanicsLint propagates constants
 * through literals, casts, arithmetic and immutable lets). Sign and magnitude:
 * wide enough to tell "does not fit in 64 bits" apart. */
typedef struct ConstVal {
	bool known, neg, huge;
	uint64_t mag;
} ConstVal;

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

static void lint_block(Sema *s, AstBlock *b)
{
	for (int i = 0; i < b->nstmts; i++) {
		AstStmt *st = &b->stmts[i];
		if (st->expr)
			lint_expr(s, st->expr);
		if (st->kind == ASTMT_LET && st->var && !st->var->is_mut && st->expr)
			s->const_values[st->var->id] = const_eval(s, st->expr);
	}
	if (b->tail)
		lint_expr(s, b->tail);
}

static void lint_expr(Sema *s, AstExpr *e)
{
	if (e->kind == EXPR_UNARY && e->un_op == AOP_NEG && e->lhs->kind == EXPR_INT) {
		check_literal(s, e->line, e->col, e->lhs->int_value, true, e->lhs->ty);
		return;
	}
	if (e->kind == EXPR_INT)
		check_literal(s, e->line, e->col, e->int_value, false, e->ty);
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
		if (e->els)
			lint_expr(s, e->els);
		return;
	case EXPR_ASYNC: {
		bool outer = s->in_coroutine;
		s->in_coroutine = true;
		lint_block(s, e->async_block->body);
		s->in_coroutine = outer;
		return;
	}
	default:
		break;
	}
	if (e->kind == EXPR_MATCH)
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++) {
				AstPattern *pat = &e->arms[i].pats[k];
				if (!pat->is_wildcard && !pat->is_bool) {
					if (pat->negative && !ast_type_is_signed(e->lhs->ty))
						error_at(s, pat->line, pat->col,
						         "cannot apply unary operator `-` to type `%s`",
						         ast_type_name(e->lhs->ty));
					check_literal(s, pat->line, pat->col, pat->value, pat->negative, e->lhs->ty);
				}
			}
	visit_children(s, e, lint_expr);
}

/* ====================================================================== */
/* Entry point                                                            */
/* ====================================================================== */

int sema_check(AstProgram *p, Diag *d)
{
	if (p->checked)
		return 1;
	Sema *s = calloc(1, sizeof *s);
	if (!s)
		internal_error("out of memory");
	s->prog = p;
	s->diag = d;
	s->scratch = arena_new();
	s->loop_errors = arena_alloc(s->scratch, sizeof *s->loop_errors * ((size_t)p->nfns + 1));
	int ok = 0;
	if (setjmp(s->fail) == 0) {
		resolve_program(s);
		for (int i = 0; i < p->nfns; i++)
			typeck_fn(s, p->fns[i]);
		for (int i = 0; i < p->nfns; i++)
			capture_fn(s, p->fns[i]);
		for (int i = 0; i < p->nfns; i++) {
			s->fn = p->fns[i];
			s->async_block = NULL;
			visit_block(s, p->fns[i]->body, exhaustive_expr);
			borrowck_fn(s, p->fns[i]);
		}
		check_async_recursion(s);
		for (int i = 0; i < p->nfns; i++) {
			s->const_values = arena_alloc(s->scratch, sizeof *s->const_values * ((size_t)p->fns[i]->nvars + 1));
			s->in_coroutine = p->fns[i]->is_async;
			lint_block(s, p->fns[i]->body);
		}
		ok = 1;
		p->checked = true;
	}
	arena_free(s->scratch);
	namemap_free(&s->fn_names);
	free(s);
	return ok;
}
