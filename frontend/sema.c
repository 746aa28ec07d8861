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
 *                  and borrow conflicts (NLL loans) as a dataflow over the tree
 *                                                               (check_match, borrowck)
 *   5. async fn recursion; overflowing literals; known division by zero,
 *      shift and arithmetic overflow outside coroutines         (layout, lints)
 *
 * Every check reports an error through the Diag and longjmps out: out of the fn
 * being checked (sema_try, warn31: rustc checks every other fn on, for their
 * warnings), the first error being the one kept; out of sema_check for an error
 * of the program's items.
 *
 * The phases live in files of their own, over the internal header sema.h:
 * sema_resolve.c (1), sema_typeck.c (2, 3), sema_borrowck.c (4),
 * sema_lint.c (5); this file holds the type helpers, the built-ins, the tree
 * traversal they share and the entry point, sema_check.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "sema.h"

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


_Noreturn void error_at(Sema *s, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vset(s->diag, line, col, fmt, ap);
	va_end(ap);
	longjmp(s->fail, 1);
}

void error_soft(Sema *s, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vset(s->diag, line, col, fmt, ap); /* (keeps a first error) */
	va_end(ap);
}

bool sema_try(Sema *s, void (*step)(Sema *, AstFn *), AstFn *fn)
{
	jmp_buf saved;
	memcpy(saved, s->fail, sizeof saved);
	Diag *d = s->diag;
	Diag *later = NULL; /* after the first error: a check's own (borrowck may replace its error by an
	                       earlier deferred one, sema_borrowck.c), never the kept one */
	if (d->failed) {
		later = arena_alloc(s->scratch, sizeof *later);
		later->file = d->file;
		s->diag = later;
	}
	volatile bool ok = true;
	if (setjmp(s->fail) == 0) {
		step(s, fn);
	} else {
		ok = false;
		uint8_t st = s->stage ? (uint8_t)s->stage : FN_TYPECK_ERROR;
		if (s->fn_state[fn->id] < st)
			s->fn_state[fn->id] = st;
		s->async_block = NULL; /* the walk the error left (visit_children's else-if link too) */
		s->if_link = NULL;
		s->if_link_reached = false;
		s->visit_stmt = NULL;
		s->or_alt = false;
		s->arm_expect = NULL;
	}
	memcpy(s->fail, saved, sizeof saved);
	s->diag = d;
	return ok;
}

static Diag *move_error_slot(Sema *s)
{
	Diag **slot = &s->move_errors[s->fn->id];
	if (!*slot) {
		*slot = arena_alloc(s->scratch, sizeof **slot);
		(*slot)->file = s->diag->file;
	}
	return *slot;
}

void sema_defer_verror(Diag *d, int line, int col, const char *fmt, va_list ap)
{
	if (!d->failed)
		diag_vset(d, line, col, fmt, ap);
}

void sema_defer_error(Diag *d, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sema_defer_verror(d, line, col, fmt, ap);
	va_end(ap);
}

void defer_move_error(Sema *s, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sema_defer_verror(move_error_slot(s), line, col, fmt, ap);
	va_end(ap);
}

bool sema_defer(Sema *s, void (*step)(Sema *, const void *), const void *arg)
{
	jmp_buf saved;
	memcpy(saved, s->fail, sizeof saved);
	Diag *d = s->diag, *slot = move_error_slot(s);
	Diag *own = arena_alloc(s->scratch, sizeof *own); /* (a later error must not replace the first) */
	own->file = d->file;
	s->diag = own;
	volatile bool ok = true;
	if (setjmp(s->fail) == 0)
		step(s, arg);
	else
		ok = false;
	memcpy(s->fail, saved, sizeof saved);
	s->diag = d;
	if (!ok && !slot->failed)
		*slot = *own;
	return ok;
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
	if (p->builtins[BUILTIN_YIELD_NOW]) /* the parser's `?` desugaring made them already */
		return;
	/* core's, called by `e?` (issue 22 item 4): typed per call by sema (sema_generic.c) */
	p->builtins[BUILTIN_TRY_BRANCH] = new_builtin(p, BUILTIN_TRY_BRANCH, "branch", ATY_UNIT, ATY_UNIT);
	p->builtins[BUILTIN_FROM_RESIDUAL] = new_builtin(p, BUILTIN_FROM_RESIDUAL, "from_residual", ATY_UNIT, ATY_UNIT);
	static const char *const iters[] = {"Range", "new", "into_iter", "next"}; /* for40: typed by for_loop.c */
	for (int b = BUILTIN_RANGE; b <= BUILTIN_ITER_NEXT; b++)
		p->builtins[b] = new_builtin(p, (AstBuiltin)b, iters[b - BUILTIN_RANGE], ATY_UNIT, ATY_UNIT);
	p->builtins[BUILTIN_YIELD_NOW] = new_builtin(p, BUILTIN_YIELD_NOW, "yield_now", ATY_UNIT, ATY_YIELD_NOW);
	p->builtins[BUILTIN_OBSERVE] = new_builtin(p, BUILTIN_OBSERVE, "observe", ATY_U32, ATY_UNIT);
	p->builtins[BUILTIN_GUARD] = new_builtin(p, BUILTIN_GUARD, "guard", ATY_U32, ATY_GUARD);
	static const char *const queries[] = {"is_some", "is_none", "is_ok", "is_err"};
	for (int b = BUILTIN_IS_SOME; b <= BUILTIN_IS_ERR; b++) { /* cmp39: `fn is_some(&self) -> bool` */
		AstFn *fn = new_builtin(p, (AstBuiltin)b, queries[b - BUILTIN_IS_SOME], ATY_BOOL, ATY_BOOL);
		fn->params[0]->name = "self";
		fn->self_kind = SELF_REF;
		fn->assoc_name = fn->name;
		p->builtins[b] = fn;
	}
	static const char *const slices[] = {"len", "is_empty"}; /* slice40: `fn len(&self) -> usize` */
	for (int b = BUILTIN_SLICE_LEN; b <= BUILTIN_SLICE_IS_EMPTY; b++) {
		AstFn *fn = new_builtin(p, (AstBuiltin)b, slices[b - BUILTIN_SLICE_LEN], ATY_BOOL,
		                        b == BUILTIN_SLICE_LEN ? ATY_USIZE : ATY_BOOL);
		fn->params[0]->name = "self";
		fn->self_kind = SELF_REF;
		fn->assoc_name = fn->name;
		p->builtins[b] = fn;
	}
}

/* ---------------------------------------------------------------------- */
/* Tree traversal shared by the simple passes                             */
/* ---------------------------------------------------------------------- */

void visit_block(Sema *s, AstBlock *b, ExprVisitor *visit)
{
	for (int i = 0; i < b->nstmts; i++) {
		if (s->visit_let && b->stmts[i].kind == ASTMT_LET)
			s->visit_let(s, &b->stmts[i]);
		if (b->stmts[i].expr) {
			s->visit_stmt = &b->stmts[i];
			visit(s, b->stmts[i].expr);
		}
		if (ast_let_else(&b->stmts[i])) { /* flow40: run after the initializer, its pattern failing */
			s->visit_stmt = NULL;
			visit(s, ast_let_else(&b->stmts[i]));
		}
	}
	if (b->tail)
		visit(s, b->tail);
}

/* An upper bound on the bytes of a value of type t: 8 per scalar, a struct its fields, an
 * enum its largest variant and a tag, an array its elements (capped: no overflow). */
static uint64_t size_bound(const AstProgram *p, AstType t, int depth)
{
	const uint64_t cap = (uint64_t)1 << 40;
	uint64_t n = 0;
	if (depth > 64)
		return cap;
	if (t.kind == ATY_ARRAY) {
		n = size_bound(p, ast_array_elem(t), depth + 1) * (uint64_t)ast_array_len(t);
	} else if (t.kind == ATY_STRUCT) {
		for (int i = 0; i < p->structs[t.id]->nfields && n < cap; i++)
			n += size_bound(p, p->structs[t.id]->fields[i].ty, depth + 1);
	} else if (t.kind == ATY_ENUM && (t.id & AST_ENUM_PARTIAL)) {
		n = 8; /* an Option/Result whose arguments are still inferred: bounded when resolved */
	} else if (t.kind == ATY_ENUM) {
		const AstEnum *en = p->enums[ast_enum_index(t)];
		for (int v = 0; v < en->nvariants; v++) {
			uint64_t m = 8;
			for (int i = 0; i < en->variants[v].nfields && m < cap; i++)
				m += size_bound(p, en->variants[v].fields[i].ty, depth + 1);
			n = m > n ? m : n;
		}
	} else {
		n = 8;
	}
	return n < cap ? n : cap;
}

void check_array_size(Sema *s, AstType t, int line, int col)
{
	if (t.kind == ATY_ARRAY && size_bound(s->prog, t, 0) > ((uint64_t)1 << 24))
		error_at(s, line, col, "an array of more than 16 MiB is not supported");
}

/* Calls visit on each direct subexpression of e, in evaluation order. */
AstExpr *visit_match_head(Sema *s, AstExpr *e, ExprVisitor *visit)
{
	visit(s, e->lhs);
	for (int i = 0; i + 1 < e->narms; i++) {
		if (e->arms[i].guard) /* guard27: a guard runs before its arm's body */
			visit(s, e->arms[i].guard);
		visit(s, e->arms[i].body);
	}
	if (e->narms && e->arms[e->narms - 1].guard)
		visit(s, e->arms[e->narms - 1].guard);
	return e->narms ? e->arms[e->narms - 1].body : NULL;
}

void visit_children(Sema *s, AstExpr *e, ExprVisitor *visit)
{
	switch (e->kind) {
	case EXPR_INT: case EXPR_BOOL: case EXPR_UNIT: case EXPR_VAR: case EXPR_CONTINUE: case EXPR_PANIC:
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
	case EXPR_MATCH:
		/* an else-if chain in a loop (issue 23: thousands of links; iflet25: `if let` links,
		 * matches, too). visit sees every link, but the visit_children it calls on a link the
		 * loop is at returns at once (if_link): the loop walks that link's children. So a
		 * visitor's work on a link must come before its visit_children, as every visitor's
		 * does (exhaustive_expr, whose match work comes after, skips if-lets). */
		if (s->if_link == e) {
			s->if_link = NULL;
			s->if_link_reached = true;
			return;
		}
		for (;;) {
			AstExpr *els;
			if (e->kind == EXPR_IF) {
				visit(s, e->cond);
				visit_block(s, e->block, visit);
				els = e->els;
			} else {
				visit(s, e->lhs);
				for (int i = 0; i + 1 < e->narms; i++) {
					if (s->visit_arm)
						s->visit_arm(s, e, i, true);
					if (e->arms[i].guard) /* guard27: a guard runs before its arm's body */
						visit(s, e->arms[i].guard);
					visit(s, e->arms[i].body);
					if (s->visit_arm)
						s->visit_arm(s, e, i, false);
				}
				if (e->narms && s->visit_arm)
					s->visit_arm(s, e, e->narms - 1, true);
				if (e->narms && e->arms[e->narms - 1].guard)
					visit(s, e->arms[e->narms - 1].guard);
				els = e->narms ? e->arms[e->narms - 1].body : NULL;
			}
			bool arm_open = e->kind == EXPR_MATCH && e->narms && s->visit_arm;
			if (!els || !ast_is_if_link(els) || (e->kind == EXPR_MATCH && !e->if_let)) {
				if (els)
					visit(s, els);
				if (arm_open)
					s->visit_arm(s, e, e->narms - 1, false);
				return;
			}
			if (arm_open) /* an if-let's else arm: closed before its link is walked */
				s->visit_arm(s, e, e->narms - 1, false);
			AstExpr *outer = s->if_link;
			bool outer_reached = s->if_link_reached;
			s->if_link = els;
			s->if_link_reached = false;
			visit(s, els);
			bool reached = s->if_link_reached;
			s->if_link = outer;
			s->if_link_reached = outer_reached;
			if (!reached) /* the visitor did not walk into that link */
				return;
			e = els;
		}
	case EXPR_ASYNC: {
		AstAsyncBlock *outer = s->async_block;
		s->async_block = e->async_block;
		visit_block(s, e->async_block->body, visit);
		s->async_block = outer;
		return;
	}
	case EXPR_FIELD:
	case EXPR_REF:
	case EXPR_DEREF:
		visit(s, e->lhs);
		return;
	case EXPR_STRUCT:
		for (int i = 0; i < e->ninits; i++)
			visit(s, e->inits[i].value);
		return;
	case EXPR_VARIANT:
		for (int i = 0; i < e->nvinits; i++)
			visit(s, e->vinits[i].value);
		return;
	case EXPR_ARRAY: /* issue 22 item 4 */
		for (int i = 0; i < e->nargs; i++)
			visit(s, e->args[i]);
		return;
	case EXPR_REPEAT:
		visit(s, e->lhs);
		return;
	case EXPR_INDEX:
		visit(s, e->lhs);
		visit(s, e->rhs);
		return;
	}
}

/* ====================================================================== */
/* Entry point                                                            */
/* ====================================================================== */

/* warn29: an error of sema_lint.c that is a deny-by-default lint's in rustc (arithmetic_overflow,
 * unconditional_panic, overflowing_literals), not a hard error (E0030, E0579, E0600) */
static bool lint_error(const char *msg)
{
	int lint = lint_of_message(msg); /* arithmetic_overflow, unconditional_panic, overflowing_literals */
	return lint >= 0 && lint_default(lint) == LINT_DENY;
}

/* the per-fn steps of sema_check (sema_try) */
static void step_borrowck(Sema *s, AstFn *fn);
static void step_typeck(Sema *s, AstFn *fn)
{
	s->stage = FN_TYPECK_ERROR;
	typeck_fn(s, fn);
	/* an async fn's THIR is built while its own typeck ends (the coroutine's witness types come
	 * from its MIR): its `0..=y` is reported before later fns' type errors */
	const Diag *be = fn->is_async ? s->bound_errors[fn->id] : NULL;
	if (be) {
		s->stage = FN_THIR_ERROR;
		error_at(s, be->line, be->col, "%s", diag_msg(be));
	}
	/* warn33: so is its MIR borrow-checked: a move error typeck deferred (sema_defer) is reported
	 * before later fns' type errors (seen with rustc 1.95), after the fn's captures and match checks */
	const Diag *me = fn->is_async ? s->move_errors[fn->id] : NULL;
	if (me && me->failed) {
		capture_fn(s, fn);
		step_borrowck(s, fn);
	}
}

static void step_capture(Sema *s, AstFn *fn)
{
	s->stage = FN_TYPECK_ERROR; /* rustc's upvar analysis is typeck's */
	capture_fn(s, fn);
}

static void step_borrowck(Sema *s, AstFn *fn)
{
	s->fn = fn;
	s->async_block = NULL;
	const Diag *be = s->bound_errors[fn->id];
	s->stage = FN_THIR_ERROR;
	if (be) /* THIR's pattern lowering (rustc_mir_build): `0..=y` (diag27) */
		error_at(s, be->line, be->col, "%s", diag_msg(be));
	s->stage = FN_MATCH_ERROR; /* exhaustive_expr sets FN_BORROW_ERROR around check_match's `@` checks */
	visit_block(s, fn->body, exhaustive_expr);
	s->stage = FN_BORROW_ERROR;
	const Diag *me = s->move_errors[fn->id];
	if (me && me->failed) /* warn33: typeck's find of a MIR borrowck error (sema_defer) */
		error_at(s, me->line, me->col, "%s", diag_msg(me));
	check_const_fn(s, fn); /* constfn40: rustc's const checking, on the MIR borrowck then takes */
	borrowck_fn(s, fn);
}

/* warn31: a program rejected by an error rustc goes on past (resolve's, typeck's, the match and
 * borrow checks'): every fn but the failing ones checked on, each under its own recovery, so that
 * their warnings are rustc's; the error reported stays the first one in the order of the checks */
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
	s->bound_errors = arena_alloc(s->scratch, sizeof *s->bound_errors * ((size_t)p->nfns + 1));
	s->fn_state = arena_alloc(s->scratch, (size_t)p->nfns + 1);
	s->move_errors = arena_alloc(s->scratch, sizeof *s->move_errors * ((size_t)p->nfns + 1));
	volatile int ok = 0;
	volatile bool recovered = false; /* an error every other fn was checked past */
	if (setjmp(s->fail) == 0) {
		resolve_program(s); /* each fn under its own recovery (sema_resolve.c resolve_fn) */
		for (int i = 0; i < p->nfns; i++)
			if (!s->fn_state[i])
				sema_try(s, step_typeck, p->fns[i]);
		for (int i = 0; i < p->nfns; i++)
			if (!s->fn_state[i])
				sema_try(s, step_capture, p->fns[i]);
		for (int i = 0; i < p->nfns; i++)
			if (!s->fn_state[i])
				sema_try(s, step_borrowck, p->fns[i]);
		s->stage = 0;
		if (d->failed) {
			recovered = true;
		} else {
			check_async_recursion(s);
			s->stage = STAGE_LINTS;
			if (p->discr_lint_line) /* warn33: the late lint pass's overflowing_literals of an item */
				error_at(s, p->discr_lint_line, p->discr_lint_col, "literal out of range for `isize`");
			for (int i = 0; i < p->nfns; i++) {
				s->fn = p->fns[i];
				s->const_values =
				    arena_alloc(s->scratch, sizeof *s->const_values * ((size_t)p->fns[i]->nvars + 1));
				s->in_coroutine = p->fns[i]->is_async;
				lint_mark_borrowed(s, p->fns[i]);
				lint_block(s, p->fns[i]->body);
			}
			s->stage = 0;
			if (p->warn_src) /* warn28: rustc's warn-by-default lints (sema_warn.c) */
				sema_warn(s);
			ok = 1;
			p->checked = true;
		}
	}
	if (!ok && s->stage == FN_THIR_ERROR) { /* a pattern's literal (sema_lint.c): its fn's THIR failed */
		s->fn_state[s->fn->id] = FN_THIR_ERROR;
		recovered = true;
	}
	bool lint = !ok && !recovered && s->stage == STAGE_LINTS && lint_error(diag_msg(d));
	if (p->warn_src && (recovered || lint)) {
		/* warn29, warn31: the warnings rustc prints with these errors (sema_warn.c) */
		s->async_block = NULL; /* the walk the error left (visit_children's else-if link too) */
		s->if_link = NULL;
		s->if_link_reached = false;
		s->visit_stmt = NULL;
		char *text = NULL; /* printed after the error (diag_print): its first line stays the error's */
		if (setjmp(s->fail) == 0)
			sema_warn_rejected(s, lint, &text);
		diag_set_trailer(text);
	}
	arena_free(s->scratch);
	namemap_free(&s->fn_names);
	namemap_free(&s->struct_paths);
	namemap_free(&s->enum_paths);
	namemap_free(&s->trait_paths);
	namemap_free(&s->scope_names);
	namemap_free(&s->bound_names);
	namemap_free(&s->or_inconsistent);
	free(s);
	return ok;
}
