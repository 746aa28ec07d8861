/*
 * sema.h — the checker's own header (frontend/sema*.c): its state and what
 * its phases share. The phases, in rustc's order, are described in sema.c.
 */
#ifndef COROSLIM_FRONTEND_SEMA_H
#define COROSLIM_FRONTEND_SEMA_H

#include <setjmp.h>
#include <stdarg.h>

#include "syntax.h"

/* ---------------------------------------------------------------------- */
/* The checker's state                                                    */
/* ---------------------------------------------------------------------- */

/* A compile-time known integer (rustc's KnownPanicsLint propagates constants
 * through literals, casts, arithmetic and immutable lets; sema_lint.c). Sign
 * and magnitude: wide enough to tell "does not fit in 64 bits" apart. */
typedef struct ConstVal {
	bool known, neg, huge;
	uint64_t mag;
} ConstVal;

/* An inference variable: union-find, the binding kept at the root. */
typedef struct TypeVar {
	int parent;
	AstType bound;   /* ATY_VAR while unbound */
	bool is_int;     /* only integer types may bind it (a literal's type) */
	AstVar *let;     /* a `let x;` whose type this is: "type annotations needed" if unbound */
	bool diverging;  /* an `if` whose arms all diverge (rustc's diverging type variable): falls back to
	                  * `()` without "type annotations needed" (edition 2021's never-type fallback) */
} TypeVar;

typedef struct Sema {
	AstProgram *prog;
	Diag *diag;
	jmp_buf fail;
	Arena *scratch;            /* freed when sema_check returns */
	int **mp_off;              /* borrowck's move path offsets by struct id (sema_borrowck.c
	                              mp_offsets), made once per program, not per fn (slow35) */
	int *mp_enum_nodes;        /* by enum index: 1 + a one-variant enum's move paths, 0 unknown */
	AstFn *fn;
	AstAsyncBlock *async_block; /* innermost async block being walked */
	const AstExpr *extend_ref; /* temp33: the `&e` of `let r = &e;` / `let ref r = e;` being checked, e a
	                              temporary extended to the block (ast_extended_temp) */
	const AstExpr *ref_array;  /* promo39: the array literal of `&[&1, &2]` being checked (its elements
	                              references rustc promotes with it) */
	const AstExpr *coerced;    /* promo39: the expression check_coercion_site is checking */
	const AstExpr *deref_operand; /* promo39: the operand of the `*` being checked */

	/* resolve */
	AstVar **scope;
	int nscope;
	uint32_t scope_cap;
	NameMap scope_names;       /* name -> 1 + its innermost entry in scope (lookup_var) */
	NameMap bound_names;       /* E0416 (sema_resolve.c dup_sub): name -> its place in the pattern's list */
	NameMap or_inconsistent;   /* E0409 (sema_resolve.c check_or_mode): name -> the first alternative's
	                              variable already reported */
	int *scope_prev;           /* by scope entry: the entry it shadows, -1 */
	uint32_t scope_prev_cap;
	AstExpr **loops;
	int nloops;
	uint32_t loops_cap;
	int loop_base;             /* first loop of the current body (fn or async block) */
	int item_barrier;          /* items29: scope entries below it are a fn's around the nested fn
	                              being resolved: its locals are out of reach (E0434), items not */
	/* rustc reports unresolved values while resolving, `await` outside async while
	 * lowering the AST, then, per fn while type checking it, misplaced break/continue
	 * first and unresolved functions where the call is checked. */
	Diag await_error;
	AstFn *await_fn;           /* the fn of await_error (warn31) */
	Diag **loop_errors;        /* by fn id; NULL until its first (most fns have none) */

	/* typeck: inference variables, per fn */
	bool or_alt;               /* typing a later alternative of an or-pattern (its bindings
	                              are the first one's variables: unified, not set) */
	struct TypeVar *tvs;
	int ntv;
	uint32_t tvs_cap;
	bool diverges;             /* control cannot reach the current point */
	const AstType *arm_expect; /* coercions to this expectation report arm_mismatch */
	const AstType *prior_arm;  /* temp37: an arm's expectation that is an earlier arm's type (join_arm), not
	                              the if's or match's own: rustc checks each arm against the outer
	                              expectation only (check_then_else, check_match), so a variant's
	                              argument is no coercion site by it (check_generic_variant) */
	const char *arm_mismatch;
	struct BreakJoin *break_joins; /* flow40: the loops and labeled blocks being checked, innermost
	                                  first: the type each one's `break` values join to */

	int *calls;                /* check_async_recursion: the async fns a body calls */
	int ncalls;
	uint32_t calls_cap;
	NameMap fn_names;          /* resolve: fn name -> AstFn */
	bool in_coroutine;         /* lints: inside an async fn or block */
	ConstVal *const_values;    /* lints: immutable lets with a known value, by var id */
	bool *borrowed;            /* lints: variables borrowed anywhere in the fn (`&x`, `&x.f`), by var id */
	/* typeck: Option / Result instances whose arguments are still inferred
	 * (ATY_ENUM ids with AST_ENUM_PARTIAL; sema_generic.c) */
	struct GenericPartial *partials;
	int npartials;
	uint32_t partials_cap;
	void *visit_ctx;           /* a visitor's own state (sema_borrowck.c's loan census) */
	AstExpr *if_link;          /* visit_children: the else-if link its loop is visiting */
	bool if_link_reached;      /* the visitor called visit_children on it */
	struct AstStmt *visit_stmt; /* visit_block: the statement whose expression is being visited
	                               (the capture walk reads a `let` statement's pattern) */
	/* the shared walk's hooks (NULL: none; warn30: sema_warn.c's dead-code walk): visit_block calls
	 * visit_let on every `let` statement before its initializer; visit_children calls visit_arm
	 * (enter) before each match arm's guard and (!enter) after its body (an if-let's last arm,
	 * an else-if chain's link, before that link is walked) */
	void (*visit_let)(struct Sema *s, struct AstStmt *st);
	void (*visit_arm)(struct Sema *s, AstExpr *match, int arm, bool enter);
	AstExpr **casts;           /* typeck: the fn's `as` casts, checked at its end (rustc's deferred
	                              cast checks, after the integer fallback: char28) */
	int ncasts;
	uint32_t casts_cap;
	Diag **bound_errors;       /* by fn id: its first `0..=y` naming a local (rustc's E0080, reported
	                              after typeck, before the fn's match checks; diag27), NULL if none */
	/* warn31: each fn under its own error recovery (sema.c sema_try): the first error is kept (the
	 * one reported), the fn that failed goes no further, the others are checked on */
	uint32_t *assoc_slots;     /* scope33: associated fns by (Self type, name): fn index + 1 of the first
	                              (find_assoc_fn; built at its first call), open addressing */
	uint32_t assoc_cap;        /* a power of two; 0: not built */
	int *assoc_next;           /* by fn index: the next fn of the same key + 1, source order */
	NameMap struct_paths, enum_paths; /* scope33: struct / enum item name -> id + 1, for `S::m` (check_call) */
	bool type_paths_built;
	NameMap trait_paths;       /* variant34: trait path -> index + 1, for `T::m(..)` (check_trait_path_call) */
	bool trait_paths_built;
	uint8_t *fn_state;         /* by fn id: FN_OK, or the check that failed (FnState) */
	int stage;                 /* the check running (FnState of its failure: sema_try) */
	Diag **move_errors;        /* warn33: by fn id, the first error of rustc's MIR borrowck typeck found
	                              in it (`let &x = &g;`, a `let`'s `@` moves: sema_defer), reported by
	                              step_borrowck after its match checks; typeck goes on. NULL if none */
	struct ForRange *ranges;   /* for40: typeck: the fn's ranges whose instance waits for their element type
	                              (for_loop.c; made after the integer fallback, as rustc's Step bound) */
	int nranges;
	uint32_t ranges_cap;
} Sema;

/* warn31: how far a fn's checks got: what rustc has run on it when an error stops it, so which of
 * its warnings are printed (sema_warn_rejected). In the order of the checks. */
typedef enum {
	FN_OK,
	FN_BORROW_ERROR,  /* MIR built and borrow-checked: every lint of phases 1-3 (rustc's MIR borrowck,
	                     check_match's conflicts of `@` bindings, which leave the MIR built) */
	FN_MATCH_ERROR,   /* check_match's E0004 / E0005: no MIR (unused_mut, liveness) */
	FN_THIR_ERROR,    /* THIR's pattern lowering (E0080): typeck's lints only */
	FN_TYPECK_ERROR,  /* typeck (or the AST lowering's `.await` error): none */
	FN_RESOLVE_ERROR, /* resolve stopped inside it: none */
	STAGE_LINTS,      /* (s->stage only) sema_lint.c's checks, after every fn's */
} FnState;

/* warn33: the type resolve gives an or-pattern alternative's binding of a name the first alternative
 * does not bind (E0408, soft): typeck_fn gives it a type variable of its own (rustc's binding is a local
 * of its own, typed by its pattern), which the alternative's pattern binds instead of unifying */
#define OR_OWN_TYPE ((AstType){ATY_VAR, -2})

/* Reports the first error (file:line:col through s->diag) and longjmps out. */
_Noreturn void error_at(Sema *s, int line, int col, const char *fmt, ...);
/* warn31: an error after which rustc checks on as if the program were right (resolve's E0408, E0416,
 * E0530 on bindings): kept if first, no longjmp */
void error_soft(Sema *s, int line, int col, const char *fmt, ...);
/* warn31: step(s, fn) under its own error recovery: false when it failed (fn's state then set from
 * s->stage, the error kept if it is the first; the walk state the error left reset) */
bool sema_try(Sema *s, void (*step)(Sema *, AstFn *), AstFn *fn);
/* warn33: step(s, arg) with its error kept as s->fn's move_errors (the first one kept), not raised:
 * rustc reports it from MIR borrowck, after typeck and check_match, so the fn's lints of phases 1-3
 * print (FN_BORROW_ERROR). False when it failed. */
bool sema_defer(Sema *s, void (*step)(Sema *, const void *), const void *arg);
/* warn33: the same for an error found without a walk to leave */
void defer_move_error(Sema *s, int line, int col, const char *fmt, ...);
/* An error kept in d if d has none yet (the first one kept), not raised: resolve's slots, s->fn's
 * move_errors (defer_move_error) */
void sema_defer_error(Diag *d, int line, int col, const char *fmt, ...);
void sema_defer_verror(Diag *d, int line, int col, const char *fmt, va_list ap);

/* sema.c: the traversal shared by the simple passes. */
typedef void ExprVisitor(Sema *s, AstExpr *e);
void visit_block(Sema *s, AstBlock *b, ExprVisitor *visit);
/* Calls visit on each direct subexpression of e, in evaluation order. */
void visit_children(Sema *s, AstExpr *e, ExprVisitor *visit);
/* Match e's scrutinee and every arm's body but the last visited, in visit_children's order; the
 * last arm's body returned (NULL: none), for a walker that has nothing to do after it to take it in
 * its own loop: an if-let chain of any length then takes no recursion per link (iflet25). */
AstExpr *visit_match_head(Sema *s, AstExpr *e, ExprVisitor *visit);

/* sema.c (issue 22 item 4): an array type whose values may exceed 16 MiB (8 bytes counted per
 * scalar) is refused at (line, col), so that no layout overflows */
void check_array_size(Sema *s, AstType t, int line, int col);
/* sema_resolve.c: 1. name resolution */
void resolve_program(Sema *s);
/* sema_typeck.c: 2. type checking, 3. captures of async blocks */
void typeck_fn(Sema *s, AstFn *fn);
bool is_never(Sema *s, AstType t);
void capture_fn(Sema *s, AstFn *fn);
bool declared_inside(const AstVar *v, const AstAsyncBlock *ab); /* v's owner is ab or inside it */
/* sema_borrowck.c: 4a. match exhaustiveness, 4b. moves, initialization, mutability */
void exhaustive_expr(Sema *s, AstExpr *e);
/* sema_exhaust.c: a match on an enum with nested variant patterns (issue 22 item 4) */
void exhaustive_nested(Sema *s, AstExpr *e);
/* sema_exhaust.c: E0005 for a `let`'s pattern, its alternatives a (issue 22) */
void exhaustive_let(Sema *s, const AstMatchArm *a, AstType ty);
/* bind29: rustc's borrow conflicts inside a pattern's `x @ p` bindings (check_match), in arm a */
void check_at_patterns(Sema *s, const AstMatchArm *a, const AstExpr *scrut);
/* sema_exhaust.c (warn28): rows pats[0..n) of one column of type ty cover every value */
bool exhaust_rows_cover(Sema *s, const AstPattern *const *pats, int n, AstType ty);
/* sema_exhaust.c (ergo30): each alternative row of match e reached by some value (useful[r], r in
 * arm order), the nested or-patterns' alternatives never reached in a reached context (*dead); false
 * when past budget rows visited */
typedef struct { const AstSubPattern **alt; int *row; int n; } UselessAlts; /* nested alternatives, their rows */
bool exhaust_useful(Sema *s, const AstExpr *e, uint8_t *useful, long budget, UselessAlts *dead);
/* warn35: the range patterns rustc's overlapping_range_endpoints (and, thirteenth session,
 * non_contiguous_range_endpoints) report in match e, in its order, msgs[k] the message of out[k] */
int exhaust_overlaps(Sema *s, const AstExpr *e, const AstPattern ***out, const char ***msgs);
/* sema_warn_early.c (warn35): what the parser noted for rustc's early lint pass, each finding once (the
 * earliest: rustc's emitter drops a repeated diagnostic), sorted by where rustc's AST walk finds it (at,
 * then the order found); msg its message */
typedef struct EarlyFinding {
	int line, col;
	EarlyAt at;
	int seq;
	uint8_t kind, ctx;  /* EARLY_PARENS / EARLY_BRACES (ctx a DelimCtx) / EARLY_DOUBLE_NEG / EARLY_WHILE_TRUE /
	                     * EARLY_SEMIS (ctx 1: more than one) / EARLY_LABEL */
	const char *msg;    /* early_findings' */
	const AstExpr *labeled; /* EARLY_LABEL (flow40): the labeled loop or block, reported unless
	                           resolve found its label used */
} EarlyFinding;
enum { EARLY_PARENS, EARLY_BRACES, EARLY_DOUBLE_NEG, EARLY_WHILE_TRUE, EARLY_SEMIS, EARLY_LABEL };
int early_findings(AstProgram *p, Arena *scratch, EarlyFinding **out);
int early_cmp_at(const EarlyAt *a, const EarlyAt *b);

/* sema_warn.c (warn28): rustc's warn-by-default lints, printed on stderr in rustc's order */
void sema_warn(Sema *s);
/* warn29, warn31: the lints rustc prints with an error, each fn's by its s->fn_state, or every one
 * after a deny-by-default lint's error (lint_error); into *text (malloc'd, NULL: none) */
void sema_warn_rejected(Sema *s, bool lint_error, char **text);
void borrowck_fn(Sema *s, AstFn *fn);
void check_const_fn(Sema *s, AstFn *fn); /* constfn40: sema_const_fn.c */
bool ast_type_has_guard(const AstProgram *p, AstType t); /* t has drop glue: a Guard inside (sema_warn.c) */
/* sema_lint.c: 5. async fn recursion, overflowing literals, known panics */
void check_async_recursion(Sema *s);
void lint_block(Sema *s, AstBlock *b);
/* Fills s->borrowed for fn: rustc's KnownPanicsLint propagates no borrowed local. */
void lint_mark_borrowed(Sema *s, AstFn *fn);

/* sema_typeck.c's inference, for sema_generic.c */
AstType typeck_var(Sema *s);
AstType typeck_expr(Sema *s, AstExpr *e, const AstType *expect);
AstType typeck_shallow(Sema *s, AstType t);
bool typeck_unify(Sema *s, AstType a, AstType b);
const char *typeck_type_str(Sema *s, AstType t, bool in_code);
AstType typeck_resolve(Sema *s, AstType t);
bool typeck_unbound(Sema *s, AstType t); /* an unbound variable that is not an integer's */

/* sema_generic.c: Option<T> / Result<T, E> while their arguments are inferred
 * (issue 22 item 4). A partial instance is {ATY_ENUM, AST_ENUM_PARTIAL | k}. */
AstType generic_partial(Sema *s, AstGeneric g, int line, int col);
AstType generic_partial_let(Sema *s, AstGeneric g, int line, int col);
void generic_check_let_patterns(Sema *s);
/* g and the arguments of an instance type (partial or made), false for other types */
bool generic_args(Sema *s, AstType t, AstGeneric *g, AstType *args);
bool generic_unify(Sema *s, AstType a, AstType b);
const char *generic_type_str(Sema *s, AstType t, bool in_code);
AstType generic_resolve(Sema *s, AstType t);
/* `?`'s calls (the parser's desugaring): Try::branch(e) of a Result / Option is its
 * ControlFlow<residual, T>; from_residual(r) is the enclosing fn's or async block's
 * return type, which must take that residual (the same error type: no From conversion) */
AstType check_try_call(Sema *s, AstExpr *e);
/* for40 (for_loop.c): a `for` loop's built-in calls, typed per use; the fn's pending range instances
 * made once its body is typed (before the fallback of the variables still unbound) */
AstType check_iter_call(Sema *s, AstExpr *e);
void for_finish_ranges(Sema *s);
void typeck_coercion_site(Sema *s, AstExpr *e, const AstType *expect);
/* int_methods.c (meth40): core's method `e->name` of a receiver of type t (st through its references; int_var: an
 * integer of a type not known yet), an AstFn typed for this use, NULL when core's is not modelled (or st has
 * none); core_int_path_fn: `u32::min` .. of an integer type's path, NULL for another path */
const AstFn *core_method_of(Sema *s, const AstExpr *e, AstType t, AstType st, bool int_var);
AstFn *core_int_path_fn(Sema *s, const AstExpr *e);
/* the subset's payloads (with or without a niche): no futures, no `!` */
void check_generic_payload(Sema *s, const AstEnum *en, int line, int col);

#endif
