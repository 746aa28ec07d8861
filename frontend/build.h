/*
 * build.h — the MIR builder's own header (frontend/build_*.c): checked AST ->
 * IR, as rustc 1.95 builds MIR (compiler/rustc_mir_build/src/builder).
 *
 * The builder mirrors rustc_mir_build: every expression is lowered inside its
 * own region scope (THIR's ExprKind::Scope), temporaries get their
 * StorageDead from the scope rustc's region resolution gives them
 * (statement, terminating expression, or the innermost scope for call
 * operands), and the drops of a scope are emitted on normal exit, on
 * break/continue/return through exit drop trees, on unwind through the
 * unwind drop tree and, in coroutines, on the drop path of every yield
 * through the coroutine drop tree (scope.rs: DropTree, build_mir,
 * assign_blocks, link_blocks, build_exit_tree, build_drop_trees). Block
 * creation follows rustc's order so that the final numbering matches.
 *
 * The rooms, named after rustc_mir_build's builder:
 *   build_scope.c  scopes and drop trees (builder/scope.rs), region scopes
 *   build_expr.c   as_place / as_operand / as_rvalue / as_temp / into,
 *                  calls, async-block captures, statements (builder/expr/)
 *   build_match.c  if and the logical operators, loops, break/continue/
 *                  return, match (builder/matches/), await (rustc_ast_lowering
 *                  make_lowered_await)
 *   build_body.c   blocks (builder/block.rs), fn / async fn / async block
 *                  bodies (builder/mod.rs: construct_fn), the module driver
 *
 * Each built body then goes through rustc's passes before StateTransform
 * (passes/before_transform.c) and, in a coroutine, StateTransform itself
 * (build_body.c, finish_fn). FalseEdge/FalseUnwind are built as gotos marked
 * in Term.op (ir/ir.h) that CleanupPostBorrowck makes plain; they still
 * register their unwind entry so that the drop trees get the same blocks.
 */
#ifndef COROSLIM_FRONTEND_BUILD_H
#define COROSLIM_FRONTEND_BUILD_H

#include <string.h>
#include "../passes/passes.h"
#include "frontend.h"
#include "syntax.h"

/* consts35: `S` of a static S, `*lit` where lit is the static's address (parse.c static_use) */
static inline bool is_static_read(const AstExpr *e)
{
	return e->kind == EXPR_DEREF && e->lhs->kind == EXPR_INT && e->lhs->konst && e->lhs->konst->is_static;
}

/* ---------------------------------------------------------------------- */
/* The Builder: one body being built (rustc: builder/mod.rs, Builder)      */
/* ---------------------------------------------------------------------- */

enum { DK_STORAGE, DK_VALUE };
#define ROOT 0u
#define NO_SCOPE (-1)

typedef struct DropData {
	LocalId local;
	uint8_t kind;
} DropData;

typedef struct DropNode {
	DropData d;
	uint32_t next;
} DropNode;

typedef struct Entry {
	uint32_t node;
	BlockId from;
} Entry;

/* A node's children (the nodes whose next it is): a list while few, else also in
 * the tree's index. Node 0 (the root) is never a child, so 0 ends a list. */
typedef struct DropLink {
	uint32_t kid;   /* the latest child added, 0: none */
	uint32_t sib;   /* the child of the same next added before this one, 0: none */
	uint32_t nkids;
} DropLink;

typedef struct DropTree {
	DropNode *nodes;
	uint32_t n, cap;
	DropLink *links; /* per node, as nodes */
	uint32_t caplinks;
	Entry *entries;
	uint32_t ne, cape;
	uint32_t *index; /* open addressing on (next, local) over the children of the nodes
	                    with more than TREE_LIST children: node or 0; NULL until one has */
	uint32_t nindex; /* slots, a power of two */
	uint32_t *indexed; /* the nodes in the index, for a rebuild */
	uint32_t nindexed, capindexed;
} DropTree;

typedef struct Scope {
	int id;
	DropData *drops;
	uint32_t n, cap;
	LocalId *moved;
	uint32_t nmoved, capmoved;
	uint32_t cached_unwind, cached_cdrop; /* NO_ID: none */
	/* drops[0..done) added on top of `base` gave `node` (per tree): an invalidated
	 * cache is rebuilt from there, not from the first drop (rustc rebuilds it whole;
	 * N lets in one scope would be N^2 tree_adds) */
	uint32_t unwind_base, unwind_done, unwind_node;
	uint32_t cdrop_base, cdrop_done, cdrop_node;
} Scope;

typedef struct Breakable {
	int scope_id;
	PlaceId dest;
	const AstExpr *loop; /* NULL: the fn-level return scope */
	BlockId loop_block;
	DropTree brk, cont;
} Breakable;

typedef struct IfThen {
	int scope_id;
	DropTree else_drops;
} IfThen;

typedef struct Builder {
	Module *m;
	Fn *f;
	const BuildOptions *o;
	const AstFn *fn;
	const AstAsyncBlock *ab; /* body being built: NULL for the fn itself */
	int is_coro;
	PendingCoro *pending; /* coroutine bodies go through the state transform as they are built */
	Arena *ma;            /* what the module keeps of the transform: the building thread's */
	/* the builder's own arrays (scopes, drop trees, breakables, var_local): freed
	 * when the body is built, before its passes (issue 23: they were in the
	 * fn's arena until its compaction after the state transform, 10-100 MB of
	 * a large fn's peak) */
	Arena *sa;
	Scope *scopes;
	uint32_t nscopes, capscopes;
	Breakable *brks;
	uint32_t nbrks, capbrks;
	IfThen *ifthen;
	DropTree unwind, cdrop;
	int next_scope;
	int temp_scope;      /* innermost terminating scope: temporaries die there */
	bool no_mention; /* pat35: a sync fn's parameter pattern is bound without PlaceMention */
	const AstExpr *extend_expr; /* temp33: the temporary of `let r = &e;` / `let ref r = e;` (e), made in */
	int extend_scope;           /* this scope (the let's remainder scope, rustc's extended lifetime) */
	int pending_term;    /* the next expression entered is a terminating scope */
	LocalId unit_temp;
	LocalId *var_local;  /* AstVar id -> local, NO_ID if not a local of this body */
	LocalId *guard_ref;  /* guard27: AstVar id -> its ref-for-guard local while its arm's guard is
	                        built (a use is `(*ref)`), NO_ID otherwise; NULL before the first guard */
	bool skip_by_ref; /* a guarded arm's `ref` bindings are bound before its guard (guard_leaf) */
	bool let_else_bound; /* flow40: a `let`-`else`'s bindings are declared before its initializer
	                        (rustc 1.95's DeclareLetBindings::No): bind_arm makes them live and assigns them */
	uint32_t *coro_of_fn;   /* AstFn id -> coroutine */
	uint32_t *coro_of_block; /* AstAsyncBlock id -> coroutine */
	const TypeId *type_of_struct; /* AstStruct id -> its TY_ADT */
	const TypeId *type_of_enum;   /* AstEnum id -> its TY_ADT (issue 22 item 4) */
	NameMap callee_ix;      /* hunt35: f->names[0..ncallee_ix) by name (callee_name) */
	uint32_t ncallee_ix;
} Builder;

/* ---------------------------------------------------------------------- */
/* Growing the builder's arrays (from its own arena, Builder.sa)           */
/* ---------------------------------------------------------------------- */

void *xgrow(Builder *b, void *p, uint32_t *cap, uint32_t need, size_t el);
/* as VEC_PUSH: the new slots are not zeroed when the array grows, the pushed one is */
#define PUSH(b, arr, n, cap)                                                                 \
	(*(void **)&(arr) = xgrow((b), (arr), &(cap), (n) + 1, sizeof *(arr)),                \
	 (void)memset(&(arr)[(n)], 0, sizeof *(arr)), &(arr)[(n)++])

/* ---------------------------------------------------------------------- */
/* Statements and terminators                                              */
/* ---------------------------------------------------------------------- */

static inline Term mk(TermKind k)
{
	Term t = {0};
	t.kind = (uint8_t)k;
	t.target = t.drop = t.unwind_bb = NO_BLOCK;
	t.unwind = UW_CONTINUE;
	return t;
}

static inline BlockId new_block(Builder *b) { return fn_add_block(b->f, 0); }

static inline void terminate(Builder *b, BlockId bb, Term t) { fn_set_term(b->f, bb, t); }

static inline void goto_(Builder *b, BlockId from, BlockId to) { terminate(b, from, term_goto(to)); }

/* `switchInt(a) -> [value: on_value, otherwise: otherwise]` ends bb (a bool's test: value 0,
 * on_value the false branch) */
static inline void switch_one(Builder *b, BlockId bb, Operand a, uint64_t value, BlockId on_value, BlockId otherwise)
{
	Term sw = mk(TK_SWITCH);
	sw.a = a;
	SwitchArm arm = {value, on_value};
	sw.args = fn_add_arms(b->f, &arm, 1);
	sw.nargs = 1;
	sw.target = otherwise;
	terminate(b, bb, sw);
}

/* FalseEdge / FalseUnwind (kind: GOTO_FALSE_EDGE, GOTO_FALSE_UNWIND, ir/ir.h):
 * gotos for everything but the first SimplifyCfg, which cannot merge or
 * collapse through them (CleanupPostBorrowck lowers them to gotos before the
 * second one). */
static inline void false_edge(Builder *b, BlockId from, BlockId to, int kind)
{
	Term t = term_goto(to);
	t.op = (uint8_t)kind;
	terminate(b, from, t);
}

/* A FalseEdge's imaginary target (rustc: FalseEdge { real_target, imaginary_target }): the
 * block the next candidate starts being tested in (its false_edge_start_block), or the
 * otherwise block after the last candidate of an `if let`. SimplifyCfg-initial counts it as a
 * predecessor of that block and collapses goto chains through it (ir/cfg.c). */
static inline void set_imaginary(Builder *b, BlockId from, BlockId imaginary)
{
	Term *t = &b->f->blocks[from].term;
	if (t->kind == TK_GOTO && t->op == GOTO_FALSE_EDGE)
		t->drop = imaginary;
}

/* FakeRead: a statement until CleanupPostBorrowck (it keeps a block non-empty
 * for the first SimplifyCfg), a nop after. Marked as ST_NOP with x = 1. */
static inline void fake_read(Builder *b, BlockId bb)
{
	Stmt s = stmt_nop();
	s.x = 1;
	fn_push_stmt(b->f, bb, s);
}

static inline void push(Builder *b, BlockId bb, Stmt s)
{
	if (!(b->no_mention && s.kind == ST_PLACE_MENTION)) /* pat35: a sync fn's parameter pattern */
		fn_push_stmt(b->f, bb, s);
}

static inline void storage(Builder *b, BlockId bb, StmtKind k, LocalId l) { push(b, bb, stmt_storage(k, l)); }

static inline PlaceId pl(Builder *b, LocalId l) { return place_local(b->f, l); }

static inline Operand cst(Builder *b, TypeId ty, uint64_t v) { return op_const(b->f, ty, v); }

static inline void assign(Builder *b, BlockId bb, PlaceId dst, Stmt rv)
{
	rv.kind = ST_ASSIGN;
	rv.place = dst;
	push(b, bb, rv);
}

static inline Stmt rv_use(Operand a) { return (Stmt){.rv = RV_USE, .a = a}; }

static inline void assign_unit(Builder *b, BlockId bb, PlaceId dst) { assign(b, bb, dst, rv_use(cst(b, TY_UNIT, 0))); }

static inline LocalId new_temp(Builder *b, TypeId ty, int mutbl) { return fn_add_local(b->f, ty, NULL, mutbl); }
/* slice40 (frontend/slice.c): the length of the slice place base, `move _n` of a fresh usize temporary */
Operand slice_len_operand(Builder *b, BlockId bb, PlaceId base);

static inline int needs_drop(Builder *b, TypeId t) { return type_needs_drop(b->m, t); }

/* rustc 1.95 gives a drop its coroutine-drop edge (a dropline) when the value may
 * need an async drop: a coroutine, and a Poll<T> with drop glue (a foreign enum:
 * seen in its dumps, the awaited Poll<Guard> temp's `drop(_11) -> [.., drop: bbN]`),
 * not a Guard (a local type with a sync Drop) */
static inline int is_async_drop_type(Builder *b, TypeId t);

/* Option / Result / ControlFlow instances: core's generic enums (frontend/prelude_enum.c) */
static inline int is_core_generic(Builder *b, const Adt *a)
{
	const char *n = adt_name(b->m, a);
	return n && (!strncmp(n, "Option<", 7) || !strncmp(n, "Result<", 7) || !strncmp(n, "ControlFlow<", 12));
}

/* A field of an ADT without a Drop impl, as rustc's needs_async_drop_raw sees it: drop_tys_helper
 * expands a field's ADT through the sync adt_drop_tys query (rustc_ty_utils needs_drop.rs,
 * with_query_cache), which is Err (always needs drop) for a non-generic ADT with drop glue, and
 * for a generic one (Option<T>, Result<T, E>) its parameters, whose arguments are then asked
 * about as the whole type is: Option<Guard> needs async drop, Option<Option<Guard>> and
 * Result<Option<Guard>, u8> do not (Guard's own fields need none). mir32. */
static inline int async_drop_field(Builder *b, TypeId f)
{
	const Adt *fa = adt_of(b->m, f);
	if (fa && is_core_generic(b, fa)) {
		for (uint32_t v = 0; v < fa->nvariants; v++)
			for (uint32_t i = 0; i < fa->variants[v].nfields; i++)
				if (is_async_drop_type(b, fa->variants[v].fields[i]))
					return 1;
		return 0;
	}
	if ((fa && !fa->tuple) || type_get(b->m, f)->kind == TY_GUARD)
		return needs_drop(b, f);
	return is_async_drop_type(b, f);
}

static inline int is_async_drop_type(Builder *b, TypeId t)
{
	const Type *ty = type_get(b->m, t);
	const Adt *a = adt_of(b->m, t);
	/* an array (issue 22 item 4) is its element (rustc's needs_drop_components): [Guard; N] is
	 * not (Guard has a sync Drop impl), an array of a struct with drop glue is (rustc's
	 * needs_async_drop on an ADT without a Drop impl of its own: seen in its dumps with a tail
	 * temporary after the array, tests/rust/array_elems.rs). Such a struct alone is too
	 * (tests/rust/struct_move_let.rs). */
	if (ty->kind == TY_ARRAY) {
		const Adt *ea = adt_of(b->m, ty->a);
		return ty->b && (is_async_drop_type(b, ty->a) || (ea && ea->defined && ea->needs_drop));
	}
	/* a subset struct or enum with drop glue too (issue 22 item 4: seen in rustc 1.95's dumps, as
	 * Poll<Guard>; `defined` is set for enums too) */
	if (ty->kind == TY_CORO)
		return 1;
	if (ty->kind == TY_POLL)
		return async_drop_field(b, ty->a);
	if (!a || !a->defined || !a->needs_drop)
		return 0;
	for (uint32_t v = 0; v < a->nvariants; v++)
		for (uint32_t i = 0; i < a->variants[v].nfields; i++)
			if (async_drop_field(b, a->variants[v].fields[i]))
				return 1;
	return 0;
}

static inline int is_async_drop(Builder *b, LocalId l)
{
	return is_async_drop_type(b, b->f->locals[l].ty);
}

static inline int local_needs_drop(Builder *b, LocalId l) { return needs_drop(b, b->f->locals[l].ty); }

static inline int topmost(Builder *b) { return b->scopes[b->nscopes - 1].id; }

static inline int is_never(const AstExpr *e) { return e->ty.kind == ATY_NEVER; }

/* ---------------------------------------------------------------------- */
/* build_scope.c — scopes and drop trees (rustc: builder/scope.rs)          */
/* ---------------------------------------------------------------------- */

TypeId ty_of(Builder *b, AstType t);
void tree_init(DropTree *t, Builder *b);
void tree_entry(Builder *b, DropTree *t, BlockId from, uint32_t node);
int push_scope(Builder *b);
BlockId pop_scope(Builder *b, int id, BlockId bb);
void schedule_drop(Builder *b, int scope_id, LocalId l, int kind);
void record_moved(Builder *b, const Operand *ops, uint32_t n);
void diverge_from(Builder *b, BlockId bb); /* an unwind edge from bb (its terminator's) */
uint32_t diverge_dropline_target(Builder *b, uint32_t target);
BlockId build_exit_tree(Builder *b, DropTree *t, int else_scope, BlockId continue_block);
void build_drop_trees(Builder *b);
BlockId break_to(Builder *b, BlockId bb, uint32_t bi, int is_continue);
void break_for_else(Builder *b, BlockId bb);
/* Enters the region scope of an expression (returns its id), leaves it. */
int enter(Builder *b, int *saved_ts);
BlockId leave(Builder *b, int id, int saved_ts, BlockId bb);

/* ---------------------------------------------------------------------- */
/* build_expr.c — expressions (rustc: builder/expr/)                        */
/* ---------------------------------------------------------------------- */

Operand consume(Builder *b, PlaceId p);
/* What binding v takes of its place p: its value (a copy or a move), or for a `ref` / `ref mut`
 * binding `&p` / `&mut p` (issue 22: rustc's bind_matched_candidate_for_arm_body, ByRef) */
static inline Stmt rv_bind(Builder *b, const AstVar *v, PlaceId p)
{
	if (v->by_ref)
		return (Stmt){.rv = v->by_ref == BY_REF_MUT ? RV_REFMUT : RV_REF, .a = {.v = p}};
	return rv_use(consume(b, p));
}
BlockId as_local_operand(Builder *b, BlockId bb, const AstExpr *e, TypeId want, Operand *out);
BlockId as_temp_inner(Builder *b, BlockId bb, int temp_scope, const AstExpr *e, int ntoa, TypeId want, int mutbl,
		      LocalId *out);
BlockId as_place(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out);
bool uncaptured_mention(const Builder *b, const AstExpr *e); /* `let _ = x;`, x not captured */
/* issue 22 item 4, a struct matched in an async block that captures only the places its
 * patterns read (`s.a`, `o.p.1`; rustc's PlaceBuilder of an upvar base): the scrutinee as
 * a place, its PlaceMention when it has one (lower_scrutinee); an unresolved place is
 * `_1` projected to the marker field VIRTUAL_UPVAR + the variable's id, then its path, and
 * resolve_captured maps a path some capture holds onto that upvar (try_to_place) */
#define VIRTUAL_UPVAR 0x40000000u
BlockId mention_scrutinee(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out);
/* build_iflet.c: if-let's and let-else's test of one variant (its binding block returned) */
BlockId variant_let_test(Builder *b, BlockId bb, PlaceId scrut, TypeId et, int variant);
BlockId lower_scrutinee(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out);
bool place_is_virtual(const Builder *b, PlaceId p);
PlaceId resolve_captured(Builder *b, PlaceId p);
BlockId emit_call(Builder *b, BlockId bb, PlaceId dest, CalleeKind ck, uint32_t x, Operand *args, uint32_t n);
/* fn_add_name through the builder's index of the body's names (hunt35: a body calling N distinct fns
 * scanned its names per call, N^2 strcmp) */
uint32_t callee_name(Builder *b, const char *name);
BlockId lower_panic(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e); /* mac40: macro.c */
BlockId into(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
Fn *build_const_item_body(Builder *b, const AstConst *c); /* const39: an aggregate const item's body */
bool into_neverto_any(Builder *b, PlaceId dest, const AstExpr *e);
BlockId stmt_expr(Builder *b, BlockId bb, const AstExpr *e, int stmt_scope, int coerce_unit);

/* ---------------------------------------------------------------------- */
/* build_match.c — control flow (rustc: builder/matches/, expr/into.rs)     */
/* ---------------------------------------------------------------------- */

/* A function kept out of its callers (deep38): a recursion over the program's nesting pays its
 * frame once a level, and gcc's LTO otherwise inlines large cold cases into it (build_expr.c
 * into_control). */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif
BlockId lower_if(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
BlockId lower_logical(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
BlockId lower_loop(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
BlockId lower_jump(Builder *b, BlockId bb, const AstExpr *e);
BlockId lower_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
/* Arm a has a `_` pattern. */
int arm_has_wild(const AstMatchArm *a);
/* A match's arms after its switch: each non-last arm's body in a fresh block
 * (rustc's false-edge block, made in reverse arm order), the arm's scope around
 * its bindings (bind, may be NULL) and body, and the block they all join;
 * arm_block[i] is where arm i starts, NO_BLOCK when unreachable. */
typedef void ArmBind(Builder *b, BlockId bb, int arm_scope, const AstMatchArm *a, const void *cx);
/* guard27: a match guard as rustc's bind_and_guard_matched_candidate lowers it, in an if-then
 * scope breaking out to match_scope: returns the true block, *false_block the false one */
BlockId lower_guard_cond(Builder *b, BlockId bb, const AstExpr *guard, int match_scope, BlockId *false_block);
BlockId lower_arm_bodies(Builder *b, PlaceId dest, const AstExpr *e, BlockId *arm_block, ArmBind *bind,
                         const void *cx);
BlockId lower_await(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);

/* ---------------------------------------------------------------------- */
/* build_enum.c — enums (issue 22 item 4): variant values, match on an enum */
/* ---------------------------------------------------------------------- */

/* `match x { E::V(a, _) => .. }` (rustc: matches/ with a TestKind::Switch on the discriminant). */
BlockId lower_enum_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
/* The switchInt value of variant v of enum type et: its discriminant (rustc's
 * SwitchTargets over adt.discriminants(): `A = 5` switches on 5), else v. */
uint64_t variant_switch_value(const Builder *b, TypeId et, int v);
/* build_iflet.c (issue 22 item 4): an if-let's `let P = e` as rustc's lower_let_expr: the
 * scrutinee, PlaceMention, the switch on its discriminant to the binding block (returned) or
 * the else; the bindings dropped in scope bind_scope (the if's IfThen scope) */
BlockId lower_let_cond(Builder *b, BlockId bb, const AstExpr *e, int bind_scope);
/* build_try.c (issue 22 item 4): a call of `?`'s Try::branch / FromResidual::from_residual,
 * named as rustc's MIR names them: `<Result<u32, u8> as Try>::branch`,
 * `<Result<u32, u8> as FromResidual<Result<Infallible, u8>>>::from_residual` */
BlockId lower_try_call(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
/* build_for.c (for40): a `for` loop's core calls, named as rustc's MIR names them */
BlockId lower_iter_call(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
/* build_nested.c (issue 22 item 4): a match with nested variant patterns, as rustc's match tree */
BlockId lower_nested_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
/* build_nested.c: an if-let's pattern that nests (a variant or a literal inside a variant pattern)
 * tested at scrut; the else from the failure block, the bindings in the returned block */
BlockId lower_nested_let(Builder *b, BlockId bb, PlaceId scrut, const AstMatchArm *a, int bind_scope);
/* the same for an or-pattern `if let P | Q = e` (issue 22 item 4) */
BlockId lower_nested_let_or(Builder *b, BlockId bb, PlaceId scrut, const AstMatchArm *a, int bind_scope);
/* or-patterns inside patterns (issue 22 item 4: `Some(1 | 2)`, `Some(E::A(x) | E::B(x))`), build_nested.c */
BlockId lower_or_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
BlockId lower_or_let(Builder *b, BlockId bb, PlaceId scrut, const AstMatchArm *a, int bind_scope);
bool ast_arm_has_or(const AstMatchArm *a);
/* `let Pair { a, g } = e;`: the bindings' locals, drops scheduled in bind_scope (issue 22 item 4) */
BlockId lower_let_pattern(Builder *b, BlockId bb, const AstPattern *pat, const AstExpr *init, int bind_scope);
BlockId lower_let_top(Builder *b, BlockId bb, const AstMatchArm *a, const AstExpr *init, int bind_scope);
BlockId lower_let_or_pattern(Builder *b, BlockId bb, const AstMatchArm *a, const AstExpr *init, int bind_scope);
void lower_let_pattern_uninit(Builder *b, BlockId bb, const AstPattern *pat, int bind_scope);
/* build_enum.c: a variant pattern's bindings out of scrut (of enum type et) at bb */
void bind_variant_pattern(Builder *b, BlockId bb, int scope, const AstMatchArm *a, PlaceId scrut, TypeId et);
/* issue 22 item 4: a one-variant enum matched where an async block captures its bound fields */
BlockId lower_captured_variant_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
PlaceId captured_variant_field(Builder *b, const AstExpr *scrut, int field, AstType fty);
/* The module's TY_ADT of enum item id (build_body.c defines them before any body). */
TypeId define_enum_type(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id);
/* The module's TY_ADT of struct item id, the items its fields hold defined first. */
TypeId define_struct_type(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id);
/* derive37 (build_derive.c): `<S as Clone>::clone` of each item deriving Clone and Copy, appended to m */
uint32_t count_derived_fns(const AstProgram *p);
void build_derived_fns(Module *m, const AstProgram *p, const TypeId *type_of_struct, const TypeId *type_of_enum);

/* ---------------------------------------------------------------------- */
/* build_body.c — blocks and bodies (rustc: builder/block.rs, mod.rs)       */
/* ---------------------------------------------------------------------- */

BlockId ast_block(Builder *b, PlaceId dest, BlockId bb, const AstBlock *blk, int terminating);
/* a block, or (labeled, some `break` targeting it) a breakable one whose breaks write dest */
BlockId ast_block_expr(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);

/* ---------------------------------------------------------------------- */
/* build_flow.c — labeled blocks and `let`-`else` (flow40)                 */
/* ---------------------------------------------------------------------- */

void breakable_block_enter(Builder *b, PlaceId dest, const AstExpr *block);
BlockId breakable_block_leave(Builder *b, BlockId bb);
/* `let P = e else { .. };` (ast_block's statement st): last_rem the scope its else block breaks out
 * to (the previous let's remainder scope, else the block's); its remainder scope in *rem_out */
BlockId let_else_stmt(Builder *b, BlockId bb, const AstStmt *st, int last_rem, int *rem_out);
/* promo36: rustc's promote_consts on a built body (build_promote.c) */
void promote_consts(Fn *f, const char *owner); /* owner: rustc's path of f, the promoteds' prefix */

#endif
