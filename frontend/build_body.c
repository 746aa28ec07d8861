/* build_body.c — blocks, bodies and the module driver of the MIR builder
 * (rustc: compiler/rustc_mir_build/src/builder/block.rs, mod.rs construct_fn):
 * a sync fn, an async fn's constructor and coroutine body, an async block's
 * body; each body then runs rustc's passes before StateTransform
 * (passes/before_transform.c) and, in a coroutine, StateTransform. Bodies
 * are built on several threads (build_bodies). See build.h. */
#include <stdlib.h>
#include <string.h>

#include "build.h"

/* ---------------------------------------------------------------------- */
/* Blocks                                                                  */
/* ---------------------------------------------------------------------- */

static LocalId declare_let(Builder *b, const AstVar *v)
{
	LocalId l = fn_add_local(b->f, ty_of(b, v->ty), v->name, v->is_mut);
	b->var_local[v->id] = l;
	return l;
}

/* A `let` statement (ast_block's); its remainder scope, which the caller pops, in *rem_out */
static BlockId let_stmt(Builder *b, BlockId bb, const AstStmt *s, int *rem_out)
{
	int rem = push_scope(b);
	*rem_out = rem;
	int sid = push_scope(b);
	int sts = b->temp_scope;
	b->temp_scope = sid;
	const AstExpr *outer_expr = b->extend_expr; /* a let inside another's initializer (`{ let .. }`) */
	int outer_scope = b->extend_scope;
	if (s->extends) /* temp37: `let o = Some(&mk());`: AstExpr.extended temporaries live in rem */
		b->extend_scope = rem;
	if (s->expr) {
		if (s->var && s->expr->kind == EXPR_REF && !s->expr->lhs->is_place && ast_extended_temp(s->expr->lhs)) {
			const AstExpr *x = s->expr->lhs; /* temp33: `let r = &mk();`, `let ref r = mk();`; pat35: */
			while (x->kind == EXPR_FIELD) /* `let ref r = mk().0;`, the temporary under the fields */
				x = x->lhs;
			b->extend_expr = x;
			b->extend_scope = rem;
		} else if (s->var && s->expr->kind == EXPR_REF && is_static_read(s->expr->lhs)) {
			b->extend_expr = s->expr->lhs->lhs; /* consts35: `let r = &S;`: S's `&'static` temporary */
			b->extend_scope = rem;
		} else if (s->pat && !s->expr->is_place && ast_let_binds_ref(s->let_arm)) {
			const AstExpr *x = s->expr; /* temp33: `let P { ref a, .. } = mk();` (rustc's is_binding_pat), */
			while (x->kind == EXPR_FIELD) /* `= mk().p;` (record_rvalue_scope: through fields) */
				x = x->lhs;
			b->extend_expr = x;
			b->extend_scope = rem;
		} else if (s->pat) { /* pat35: `let &&S { .. } = &&w;`: rustc's record_rvalue_scope_if_borrow_expr
		                      * extends the inner borrow's temporary, the outer one ends with the statement */
			const AstExpr *x = s->expr;
			while (ast_deref_is_ergo(x))
				x = x->lhs;
			if (ast_ref_chain(x)) {
				b->extend_expr = x->lhs;
				b->extend_scope = rem;
			}
		}
		if (s->var && s->var->by_ref) { /* `let ref x = place;` (issue 22): rustc's pattern
		                                 * path, PlaceMention then the binding, no FakeRead */
			PlaceId p;
			/* declare_bindings before the initializer (temp33: a temporary's local after it) */
			LocalId l = declare_let(b, s->var);
			bb = as_place(b, bb, s->expr->lhs, &p);
			push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = p});
			storage(b, bb, ST_STORAGE_LIVE, l);
			schedule_drop(b, rem, l, DK_STORAGE);
			assign(b, bb, pl(b, l), rv_bind(b, s->var, p));
		} else if (s->ref_pat) { /* `let &x = e;`, `let &&x = e;` (refref33): rustc's pattern path,
		                          * x declared first, e as a place and mentioned, x = copy of its deref(s) */
			LocalId l = s->var ? declare_let(b, s->var) : 0; /* pat36: `let &_ = e;`: e mentioned, nothing bound */
			PlaceId p;
			if (ast_ref_chain(s->expr)) { /* `let &&x = &&place;`: the value's temporary ends with the
			                               * statement, the inner borrow's lives as x (extended) */
				LocalId t;
				b->temp_scope = rem;
				bb = as_temp_inner(b, bb, sid, s->expr, 0, NO_ID, 1, &t);
				b->temp_scope = sid;
				p = pl(b, t);
				push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = p});
			} else {
				bb = lower_scrutinee(b, bb, s->expr, &p);
			}
			p = resolve_captured(b, p);
			for (int k = 0; k < (s->ref_pat & 3); k++)
				p = place_project(b->f, p, PROJ_DEREF, 0, type_get(b->m, place_type(b->f, p))->a);
			if (s->var) {
				storage(b, bb, ST_STORAGE_LIVE, l);
				schedule_drop(b, rem, l, DK_STORAGE);
				assign(b, bb, pl(b, l), rv_use(consume(b, p)));
				schedule_drop(b, rem, l, DK_VALUE);
			}
		} else if (s->var) {
			LocalId l = declare_let(b, s->var);
			storage(b, bb, ST_STORAGE_LIVE, l);
			schedule_drop(b, rem, l, DK_STORAGE);
			if (ast_ref_chain(s->expr)) /* `let q = &&s;` (refref33): `&s`'s temporary lives as q */
				b->temp_scope = rem;
			bb = into(b, pl(b, l), bb, s->expr);
			b->temp_scope = sid;
			fake_read(b, bb); /* FakeRead(ForLet) */
			schedule_drop(b, rem, l, DK_VALUE);
		} else if (s->pat && (s->let_arm->npats > 1 || ast_arm_has_or(s->let_arm))) { /* issue 22 */
			bb = lower_let_or_pattern(b, bb, s->let_arm, s->expr, rem);
		} else if (s->pat && s->let_arm->tops) { /* bind29: `let k @ 0..=255 = x;` */
			bb = lower_let_top(b, bb, s->let_arm, s->expr, rem);
		} else if (s->pat) {
			bb = lower_let_pattern(b, bb, s->pat, s->expr, rem);
		} else if (uncaptured_mention(b, s->expr)) {
			/* `let _ = x;`, x of an enclosing body the block does not capture: nothing */
		} else {
			/* `let _ = e;`: e is evaluated into a place and not bound */
			PlaceId p;
			bb = as_place(b, bb, s->expr, &p);
			push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = p});
		}
		b->extend_expr = outer_expr;
		b->extend_scope = outer_scope;
		b->temp_scope = sts;
		bb = pop_scope(b, sid, bb);
	} else {
		b->temp_scope = sts;
		bb = pop_scope(b, sid, bb);
		if (s->var) {
			LocalId l = declare_let(b, s->var);
			storage(b, bb, ST_STORAGE_LIVE, l);
			schedule_drop(b, rem, l, DK_STORAGE);
			schedule_drop(b, rem, l, DK_VALUE);
		} else if (s->pat) {
			lower_let_pattern_uninit(b, bb, s->pat, rem);
		}
	}
	return bb;
}

/* rustc: ast_block + ast_block_stmts; labeled: a block some `break 'a` targets (its
 * targeted_by_break: in_breakable_scope inside the block's scope) */
static BlockId block_of(Builder *b, PlaceId dest, BlockId bb, const AstBlock *blk, int terminating,
                        const AstExpr *labeled)
{
	ScratchMark sm = scratch_mark();
	b->pending_term = terminating;
	int bts, bid = enter(b, &bts);
	if (labeled)
		breakable_block_enter(b, dest, labeled);
	int *lets = scratch_alloc(((size_t)blk->nstmts + 1) * sizeof *lets);
	int nlets = 0;
	for (int i = 0; i < blk->nstmts; i++) {
		const AstStmt *s = &blk->stmts[i];
		if (s->kind == ASTMT_EMPTY)
			continue;
		if (s->kind == ASTMT_EXPR) {
			int sid = push_scope(b);
			int sts = b->temp_scope;
			b->temp_scope = sid;
			bb = stmt_expr(b, bb, s->expr, sid, !s->has_semi);
			b->temp_scope = sts;
			bb = pop_scope(b, sid, bb);
			continue;
		}
		/* let: a fn body's parameter patterns (pat35) are an async fn's after its parameters' moves
		 * (async_fn_body), a sync fn's here, without the PlaceMention (rustc's args_and_body) */
		bool param_let = blk == b->fn->body && i < b->fn->nparam_lets && !b->ab;
		if (param_let && b->fn->is_async)
			continue;
		if (ast_let_else(s)) { /* flow40 */
			int last_rem = nlets ? lets[nlets - 1] : bid;
			bb = let_else_stmt(b, bb, s, last_rem, &lets[nlets++]);
			continue;
		}
		b->no_mention = param_let;
		bb = let_stmt(b, bb, s, &lets[nlets++]);
		b->no_mention = false;
	}
	TypeId dt = place_type(b->f, dest);
	if (blk->tail) {
		bb = into(b, dest, bb, blk->tail);
	} else if (dt == TY_UNIT) {
		assign_unit(b, bb, dest);
	}
	for (int i = nlets; i-- > 0;)
		bb = pop_scope(b, lets[i], bb);
	if (labeled)
		bb = breakable_block_leave(b, bb);
	scratch_release(sm);
	return leave(b, bid, bts, bb);
}

BlockId ast_block(Builder *b, PlaceId dest, BlockId bb, const AstBlock *blk, int terminating)
{
	return block_of(b, dest, bb, blk, terminating, NULL);
}

BlockId ast_block_expr(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	return block_of(b, dest, bb, e->block, 0, e->name && e->has_break ? e : NULL);
}

/* What finish_fn needs of a body's Builder, kept while the next bodies of
 * its AST fn are built (build_fn): the Builder itself is scratch. */
typedef struct Built {
	Fn *f;
	int is_coro;
	PendingCoro *pending;
	Arena *ma;
	int count_only;
} Built;

static Built built_of(const Builder *b)
{
	return (Built){.f = b->f, .is_coro = b->is_coro, .pending = b->pending, .ma = b->ma,
		       .count_only = b->o->count_only};
}

/* A built body: rustc's passes before StateTransform, then the transform
 * itself for a coroutine body, while the body is still in cache. It runs
 * once the body's AST is freed when it is its fn's last (build_fn). */
static void finish_fn(Built b, const AstFn *fn)
{
	Fn *f = b.f;
	/* promo36: rustc's mir_promoted, before its SimplifyCfg; its promoteds named as rustc's MIR spells
	 * a method's path (`S::am::{closure#0}::promoted[0]`, the body `{impl#2}::am::{closure#0}`) */
	size_t np = fn->def_path ? strlen(fn->def_path) : 0;
	char *owner = NULL;
	if (np && !strncmp(f->name, "{impl#", 6) && !strncmp(f->name, fn->def_path, np)) {
		size_t n = strlen(fn->name) + strlen(f->name + np) + 1;
		owner = malloc(n);
		if (!owner)
			internal_error("out of memory");
		snprintf(owner, n, "%s%s", fn->name, f->name + np);
	}
	promote_consts(f, owner ? owner : f->name);
	free(owner);
	/* SimplifyCfg-initial checks that every reachable block has its terminator
	 * (FACT_BUILT), in the walk that counts the predecessors; the others it removes */
	run_passes_before_state_transform(f);
	if (b.is_coro && b.pending) /* the transform does it, and compacts */
		state_transform_body(f->mod, f->coro, f, &b.pending[f->coro], b.ma);
	else if (!b.count_only) /* a body only counted is freed as it is */
		fn_compact(f); /* the builder grew every array many times: keep one exact copy */
}

/* ---------------------------------------------------------------------- */
/* Bodies                                                                  */
/* ---------------------------------------------------------------------- */

typedef struct Ctx {
	Module *m;
	const BuildOptions *o;
	AstProgram *p;
	uint32_t *coro_of_fn, *coro_of_block;
	TypeId *type_of_struct; /* by AstStruct id */
	TypeId *type_of_enum;   /* by AstEnum id */
	const char **body_name; /* by async block id */
	int *sibling;           /* by async block id: k of its {closure#k}, its index among its parent's blocks */
	PendingCoro *pending;   /* by coroutine: frontend_lower */
	Arena *ma;              /* for what the module keeps: the building thread's arena */
	/* The Fns built from AST fn i go to slots[first[i]..]: its constructor or
	 * sync fn, its coroutine body, its async blocks' bodies; they enter the
	 * module in slot order (source order) once every body is built. */
	Fn **slots;
	uint32_t *first;
	_Atomic(AstFn *) *built; /* several threads: AST fns whose bodies this thread frees */
} Ctx;

static void builder_init(Builder *b, Ctx *c, Fn *f, const AstFn *fn, const AstAsyncBlock *ab)
{
	memset(b, 0, sizeof *b);
	b->m = c->m;
	b->f = f;
	b->o = c->o;
	b->fn = fn;
	b->ab = ab;
	b->coro_of_fn = c->coro_of_fn;
	b->coro_of_block = c->coro_of_block;
	b->type_of_struct = c->type_of_struct;
	b->type_of_enum = c->type_of_enum;
	b->pending = c->pending;
	b->ma = c->ma;
	b->unit_temp = NO_ID;
	b->temp_scope = NO_SCOPE;
	b->sa = arena_new();
	b->var_local = arena_alloc(b->sa, ((size_t)fn->nvars + 1) * sizeof *b->var_local);
	for (int i = 0; i <= fn->nvars; i++)
		b->var_local[i] = NO_ID;
	tree_init(&b->unwind, b);
	tree_init(&b->cdrop, b);
}

/* The body is built: what only the builder read goes (its pooled chunks
 * serve the passes next). */
static void builder_done(Builder *b)
{
	arena_free(b->sa);
	b->sa = NULL;
	namemap_free(&b->callee_ix);
	b->ncallee_ix = 0;
}

/* rustc: construct_fn: call-site scope, return scope, argument scope, body. */
typedef BlockId BodyFn(Builder *b, BlockId bb, const void *arg);

/* The body built, its drop trees too; finish_fn's passes run later (build_fn). */
static void build_body(Builder *b, BodyFn *body, const void *arg)
{
	BlockId start = new_block(b);
	int cs = push_scope(b);
	Breakable *br = PUSH(b, b->brks, b->nbrks, b->capbrks);
	memset(br, 0, sizeof *br);
	br->scope_id = cs;
	br->dest = pl(b, 0);
	br->loop_block = NO_BLOCK;
	tree_init(&br->brk, b);
	int as = push_scope(b);
	for (LocalId l = 1; l <= b->f->nargs; l++)
		schedule_drop(b, as, l, DK_VALUE);
	BlockId end = body(b, start, arg);
	end = pop_scope(b, as, end);
	Breakable done = b->brks[--b->nbrks];
	BlockId ret = build_exit_tree(b, &done.brk, cs, NO_BLOCK);
	if (ret != NO_BLOCK) {
		BlockId t = new_block(b);
		goto_(b, end, t);
		goto_(b, ret, t);
		end = t;
	}
	terminate(b, end, mk(TK_RETURN));
	end = pop_scope(b, cs, end);
	(void)end;
	build_drop_trees(b);
	builder_done(b);
}

static BlockId body_block_expr(Builder *b, BlockId bb, const void *arg)
{
	const AstBlock *blk = arg;
	b->pending_term = 1;
	int ts, id = enter(b, &ts);
	if (blk->diverges && b->f->locals[0].ty != TY_NEVER && !blk->tail) {
		LocalId t = new_temp(b, TY_NEVER, 1);
		bb = ast_block(b, pl(b, t), bb, blk, 0);
		terminate(b, bb, mk(TK_UNREACHABLE));
		bb = new_block(b);
	} else {
		bb = ast_block(b, pl(b, 0), bb, blk, 0);
	}
	return leave(b, id, ts, bb);
}

/* `async fn f(p: T) { body }`: `{ let p = p; drop-temps { body } }`. */
static BlockId async_fn_body(Builder *b, BlockId bb, const void *arg)
{
	ScratchMark sm = scratch_mark();
	const AstFn *fn = arg;
	b->pending_term = 1;
	int ets, eid = enter(b, &ets); /* the closure body expression */
	int kts, kid = enter(b, &kts); /* its block */
	int *lets = scratch_alloc((2 * (size_t)fn->nparams + 1) * sizeof *lets), nlets = 0;
	for (int i = 0, pl_next = 0; i < fn->nparams; i++) {
		const AstVar *v = fn->params[i];
		int rem = push_scope(b);
		lets[nlets++] = rem;
		int sid = push_scope(b);
		int sts = b->temp_scope;
		b->temp_scope = sid;
		LocalId l = declare_let(b, v);
		storage(b, bb, ST_STORAGE_LIVE, l);
		schedule_drop(b, rem, l, DK_STORAGE);
		int xts, xid = enter(b, &xts);
		TypeId t = ty_of(b, v->ty);
		assign(b, bb, pl(b, l), rv_use(consume(b, place_project(b->f, pl(b, 1), PROJ_FIELD, (uint32_t)i, t))));
		bb = leave(b, xid, xts, bb);
		schedule_drop(b, rem, l, DK_VALUE);
		b->temp_scope = sts;
		bb = pop_scope(b, sid, bb);
		/* pat35: `let PAT = __argK;` of a parameter with a pattern, right after its move */
		for (; pl_next < fn->nparam_lets && fn->param_let_of[pl_next] == i; pl_next++)
			bb = let_stmt(b, bb, &fn->body->stmts[pl_next], &lets[nlets++]);
	}
	/* tail: drop-temps { user body } */
	int dts, did = enter(b, &dts);
	bb = body_block_expr(b, bb, fn->body);
	bb = leave(b, did, dts, bb);
	for (int i = nlets; i-- > 0;)
		bb = pop_scope(b, lets[i], bb);
	scratch_release(sm);
	bb = leave(b, kid, kts, bb);
	return leave(b, eid, ets, bb);
}

static Built build_sync_fn(Ctx *c, const AstFn *fn)
{
	Fn *f = c->slots[c->first[fn->id]] = fn_create(c->m, fn->name, FN_SYNC);
	f->line = fn->fn_line;
	Builder b;
	builder_init(&b, c, f, fn, NULL);
	fn_add_local(f, ty_of(&b, fn->ret), NULL, 1);
	for (int i = 0; i < fn->nparams; i++) {
		const AstVar *v = fn->params[i];
		LocalId l = fn_add_local(f, ty_of(&b, v->ty), v->name, v->is_mut);
		b.var_local[v->id] = l;
	}
	f->nargs = (uint32_t)fn->nparams;
	build_body(&b, body_block_expr, fn->body);
	return built_of(&b);
}

static Built build_async_fn(Ctx *c, const AstFn *fn)
{
	uint32_t coro = c->coro_of_fn[fn->id];
	/* the constructor */
	Fn *f = c->slots[c->first[fn->id]] = fn_create(c->m, fn->name, FN_SYNC);
	f->line = fn->fn_line;
	Builder b;
	builder_init(&b, c, f, fn, NULL);
	TypeId ct = type_coro(c->m, coro);
	fn_add_local(f, ct, NULL, 1);
	ScratchMark sm = scratch_mark();
	Operand *ops = scratch_alloc_uninit(((size_t)fn->nparams + 1) * sizeof *ops); /* any number of parameters */
	for (int i = 0; i < fn->nparams; i++) {
		const AstVar *v = fn->params[i];
		LocalId l = fn_add_local(f, ty_of(&b, v->ty), v->name, v->is_mut);
		ops[i] = consume(&b, pl(&b, l));
	}
	f->nargs = (uint32_t)fn->nparams;
	BlockId bb = new_block(&b);
	Stmt agg = {.rv = RV_AGGREGATE, .op = AGG_CORO, .x = ct};
	agg.a.v = fn_add_args(f, ops, (uint32_t)fn->nparams);
	agg.b.v = (uint32_t)fn->nparams;
	assign(&b, bb, pl(&b, 0), agg);
	scratch_release(sm);
	/* rustc's constructor is the body `async move { .. }` of a fn whose parameters leave scope after
	 * it: a parameter with drop glue, moved into the aggregate, gets a `drop(_i)` that ElaborateDrops
	 * finds dead and makes a `goto`, one block each (last parameter first; nothing ran SimplifyCfg
	 * before StateTransform's dump). The aggregate cannot unwind: no cleanup block. */
	for (int i = fn->nparams; i-- > 0;)
		if (local_needs_drop(&b, (LocalId)(i + 1))) {
			BlockId next = new_block(&b);
			goto_(&b, bb, next);
			bb = next;
		}
	terminate(&b, bb, mk(TK_RETURN));
	builder_done(&b);
	fn_compact(f); /* a few blocks: a fraction of the arena's first chunk */
	/* the body */
	Fn *g = c->slots[c->first[fn->id] + 1] = fn_create(c->m, c->m->coros[coro].body, FN_CORO_BODY);
	g->coro = coro;
	g->line = fn->fn_line;
	builder_init(&b, c, g, fn, NULL);
	b.is_coro = 1;
	fn_add_local(g, ty_of(&b, fn->ret), NULL, 1);
	fn_add_local(g, ct, NULL, 0);
	fn_add_local(g, TY_RESUMETY, "_task_context", 0);
	g->nargs = 2;
	build_body(&b, async_fn_body, fn);
	return built_of(&b);
}

static Built build_async_block(Ctx *c, const AstAsyncBlock *ab, uint32_t slot)
{
	uint32_t coro = c->coro_of_block[ab->id];
	Fn *g = c->slots[slot] = fn_create(c->m, c->m->coros[coro].body, FN_CORO_BODY);
	g->coro = coro;
	g->line = ab->line;
	Builder b;
	builder_init(&b, c, g, ab->fn, ab);
	b.is_coro = 1;
	fn_add_local(g, ty_of(&b, ab->output), NULL, 1);
	fn_add_local(g, type_coro(c->m, coro), NULL, 0);
	fn_add_local(g, TY_RESUMETY, "_task_context", 0);
	g->nargs = 2;
	build_body(&b, body_block_expr, ab->body);
	return built_of(&b);
}

/* ---------------------------------------------------------------------- */
/* Entry point                                                             */
/* ---------------------------------------------------------------------- */

static const char *block_body_name(Ctx *c, const AstAsyncBlock *ab)
{
	if (c->body_name[ab->id])
		return c->body_name[ab->id];
	const AstFn *fn = ab->fn;
	const char *path = fn->def_path ? fn->def_path : fn->name; /* a method's bodies: {impl#k}::m::.. */
	const char *parent = ab->parent ? block_body_name(c, ab->parent) : fn->is_async ? NULL : path;
	int k = c->sibling[ab->id];
	/* names of any length (a Rust identifier has no limit) */
	if (parent)
		c->body_name[ab->id] = arena_printf(c->m->arena, "%s::{closure#%d}", parent, k);
	else
		c->body_name[ab->id] = arena_printf(c->m->arena, "%s::{closure#0}::{closure#%d}", path, k);
	return c->body_name[ab->id];
}

static int has_body(const AstFn *fn)
{
	return fn->builtin == BUILTIN_NONE && fn->body;
}


/* Several threads build the bodies (parallel_for over the AST fns). What
 * they share: the AST (read only; the bodies are freed as below), the
 * coroutine table (each writes only its own coroutines' entries), the type
 * table (type_intern takes m->lock) and nothing else: each Fn is built
 * detached, into its own slot; what the module keeps of the transform comes
 * from the worker's own arena, which the module adopts; the chunk pool and
 * the scratch stack are per thread (ir/arena.c). The module is the same
 * whatever the interleaving, up to the numbering of the types interned while
 * building, which nothing prints or orders by. */
enum { BUILD_MIN_FNS = 64 };

/* The bodies' syntax trees come from the parsing thread's malloc heap
 * (glibc's arena); a free from another thread would take that heap's lock
 * while the parsing thread allocates from it. So the parsing thread (worker
 * 0) frees them all: another worker hands a built body over through
 * c->built, which worker 0 empties between its own fns. */
static void free_built(Ctx *c)
{
	for (AstFn *fn = atomic_exchange(c->built, NULL), *next; fn; fn = next) {
		next = fn->built_next;
		frontend_free_body(fn);
	}
}

static void done_with(Ctx *c, AstFn *fn, int worker)
{
	if (worker == 0) {
		frontend_free_body(fn); /* its chunks go to the next bodies */
		if (c->built)
			free_built(c);
		return;
	}
	fn->built_next = atomic_load(c->built);
	while (!atomic_compare_exchange_weak(c->built, &fn->built_next, fn))
		;
}

/* AST fn i's Fns (it has a body), into its slots. The last body built from
 * the AST runs its passes once the AST is freed (issue 23: ~500 bytes per
 * `let` were alive through the passes and the state transform). A fn with
 * async blocks finishes its own body before building theirs, as before:
 * deferring it (the blocks are parts of its AST) kept the unfinished body
 * beside every block built, 40k awaited blocks 714 -> 740 MB peak RSS. */
static void build_fn(Ctx *c, AstFn *fn, int worker)
{
	Built last = fn->is_async ? build_async_fn(c, fn) : build_sync_fn(c, fn);
	uint32_t slot = c->first[fn->id] + (fn->is_async ? 2u : 1u);
	for (int j = 0; j < fn->nasync; j++) {
		finish_fn(last, fn);
		last = build_async_block(c, fn->async_blocks[j], slot + (uint32_t)j);
	}
	done_with(c, fn, worker);
	finish_fn(last, fn);
}

static void build_range(void *ctx, uint32_t begin, uint32_t end, int worker)
{
	Ctx *c = &((Ctx *)ctx)[worker];
	for (uint32_t i = begin; i < end; i++) {
		AstFn *fn = c->p->fns[i];
		if (has_body(fn))
			build_fn(c, fn, worker);
	}
}

static void build_bodies(Ctx *c, const BuildOptions *o)
{
	int jobs = jobs_for(o->jobs, (uint32_t)c->p->nfns, BUILD_MIN_FNS);
	if (jobs <= 1) {
		c->ma = c->m->arena;
		build_range(c, 0, (uint32_t)c->p->nfns, 0);
		return;
	}
	_Atomic(AstFn *) built = NULL;
	Ctx w[MAX_JOBS];
	for (int k = 0; k < jobs; k++) {
		w[k] = *c;
		w[k].ma = arena_new();
		w[k].built = &built;
	}
	module_parallel_for(c->m, (uint32_t)c->p->nfns, jobs, 8, build_range, w);
	free_built(&w[0]);
	for (int k = 0; k < jobs; k++)
		arena_adopt(c->m->arena, w[k].ma);
}

static Module *build_module(const char *file, const char *src, size_t len, const BuildOptions *o, int lower,
			    Diag *d)
{
	AstProgram *p = frontend_parse(file, src, len, d);
	if (!p)
		return NULL;
	if (o && o->warnings) /* warn28: printed by sema_check once the program is accepted */
		p->warn_src = src, p->warn_len = len, p->warn_print = true;
	if (!frontend_check(p, d)) {
		frontend_free(p);
		return NULL;
	}
	BuildOptions none = {.release = 0};
	if (!o)
		o = &none;
	Module *m = module_new(file);
	m->release = (uint8_t)(o->release != 0);
	m->panic_abort = (uint8_t)(o->panic_abort != 0);
	m->jobs = o->jobs;
	Ctx c = {.m = m, .o = o, .p = p};
	c.coro_of_fn = arena_alloc(m->arena, ((size_t)p->nfns + 1) * sizeof *c.coro_of_fn);
	c.coro_of_block = arena_alloc(m->arena, ((size_t)p->nasync + 1) * sizeof *c.coro_of_block);
	c.body_name = arena_alloc(m->arena, ((size_t)p->nasync + 1) * sizeof *c.body_name);
	/* each block's index among the earlier blocks of its fn with the same
	 * parent, counted in one pass (it was a scan of the fn's blocks per block:
	 * N async blocks in one fn took N^2 / 2 steps, issue 23) */
	c.sibling = arena_alloc(m->arena, ((size_t)p->nasync + 1) * sizeof *c.sibling);
	{
		int *below = arena_alloc(m->arena, ((size_t)p->nasync + 1) * sizeof *below); /* by parent id */
		for (int i = 0; i < p->nasync; i++) {
			const AstFn *fn = p->async_blocks[i]->fn;
			if (fn->async_blocks[0] != p->async_blocks[i])
				continue; /* each fn once, at its first block */
			int top = 0;
			for (int j = 0; j < fn->nasync; j++) {
				const AstAsyncBlock *o = fn->async_blocks[j];
				c.sibling[o->id] = o->parent ? below[o->parent->id]++ : top++;
			}
		}
	}
	/* struct items first: fields, coroutines and bodies refer to them */
	c.type_of_struct = arena_alloc(m->arena, ((size_t)p->nstructs + 1) * sizeof *c.type_of_struct);
	for (int i = 0; i < p->nstructs; i++)
		c.type_of_struct[i] = NO_ID;
	c.type_of_enum = arena_alloc(m->arena, ((size_t)p->nenums + 1) * sizeof *c.type_of_enum);
	for (int i = 0; i < p->nenums; i++)
		c.type_of_enum[i] = NO_ID;
	for (int i = 0; i < p->nstructs; i++) /* an enum a struct holds is defined on the way */
		define_struct_type(m, p, c.type_of_struct, c.type_of_enum, i);
	for (int i = 0; i < p->nenums; i++)
		define_enum_type(m, p, c.type_of_struct, c.type_of_enum, i);
	/* coroutines first: bodies refer to their types */
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		c.coro_of_fn[i] = NO_ID;
		if (!fn->is_async)
			continue;
		uint32_t k = module_add_coro(m, fn->name, CORO_ASYNC_FN);
		c.coro_of_fn[i] = k;
		m->coros[k].line = fn->fn_line;
		m->coros[k].col = fn->fn_col;
		m->coros[k].body = arena_printf(m->arena, "%s::{closure#0}", fn->def_path ? fn->def_path : fn->name);
	}
	for (int i = 0; i < p->nasync; i++) {
		const AstAsyncBlock *ab = p->async_blocks[i];
		uint32_t k = module_add_coro(m, arena_printf(m->arena, "%s::{async block#%d}", ab->fn->name, ab->index_in_fn),
					     CORO_ASYNC_BLOCK);
		c.coro_of_block[ab->id] = k;
		m->coros[k].line = ab->line;
		m->coros[k].col = ab->col;
		m->coros[k].body = block_body_name(&c, ab);
	}
	/* upvars and outputs (types may name other coroutines) */
	Builder tb;
	Fn *scratch = fn_new(m, "<types>", FN_SYNC);
	memset(&tb, 0, sizeof tb);
	tb.m = m;
	tb.f = scratch;
	tb.coro_of_fn = c.coro_of_fn;
	tb.coro_of_block = c.coro_of_block;
	tb.type_of_struct = c.type_of_struct;
	tb.type_of_enum = c.type_of_enum;
	for (int i = 0; i < p->nconsts; i++) /* const33: every const item, before any body reads one */
		if (p->consts[i]->state == 2) {
			p->consts[i]->ir_named = module_add_named(m, p->consts[i]->name, ty_of(&tb, p->consts[i]->ty),
			                                          p->consts[i]->value) + 1;
			m->named[p->consts[i]->ir_named - 1].is_static = p->consts[i]->is_static; /* consts35 */
		}
	for (int i = 0; i < p->nconsts; i++) /* const39: an aggregate's body, once every item is registered */
		if (p->consts[i]->ir_named && p->consts[i]->agg)
			m->named[p->consts[i]->ir_named - 1].body = build_const_item_body(&tb, p->consts[i]);
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		if (!fn->is_async)
			continue;
		uint32_t k = c.coro_of_fn[i];
		for (int j = 0; j < fn->nparams; j++)
			coro_add_upvar(m, k, fn->params[j]->name, ty_of(&tb, fn->params[j]->ty));
		m->coros[k].output = ty_of(&tb, fn->ret);
	}
	for (int i = 0; i < p->nasync; i++) {
		const AstAsyncBlock *ab = p->async_blocks[i];
		uint32_t k = c.coro_of_block[ab->id];
		for (int j = 0; j < ab->ncaptures; j++) {
			const AstCapture *cp = &ab->captures[j];
			TypeId vt = ty_of(&tb, capture_type(cp));
			if (cp->mode != CAPTURE_BY_VALUE)
				vt = type_ptr(m, cp->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt);
			/* a field place: rustc's debug name `x__f` (upvar_name without `_ref__`) */
			coro_add_upvar(m, k, cp->npath ? cp->upvar_name + (cp->mode == CAPTURE_BY_VALUE ? 0 : 6) : cp->var->name, vt);
			m->coros[k].upvars[j].by_ref = cp->mode != CAPTURE_BY_VALUE;
		}
		/* rustc's MIR printer names the aggregate's operands by upvars_mentioned */
		uint32_t nn = (uint32_t)(ab->nmentioned < ab->ncaptures ? ab->nmentioned : ab->ncaptures);
		const char **names = calloc(nn + 1, sizeof *names);
		if (!names)
			internal_error("out of memory");
		for (uint32_t j = 0; j < nn; j++)
			names[j] = ab->mentioned[j]->name;
		coro_set_mentioned(m, k, names, nn);
		free(names);
		m->coros[k].output = ty_of(&tb, ab->output);
	}
	module_remove_fn(m, scratch);
	if (lower) {
		c.pending = calloc(m->ncoros ? m->ncoros : 1, sizeof *c.pending);
		if (!c.pending)
			internal_error("out of memory");
	}
	c.first = calloc((size_t)p->nfns + 1, sizeof *c.first);
	if (!c.first)
		internal_error("out of memory");
	uint32_t nslots = 0;
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		c.first[i] = nslots;
		if (has_body(fn))
			nslots += (fn->is_async ? 2u : 1u) + (uint32_t)fn->nasync;
	}
	c.slots = calloc(nslots ? nslots : 1, sizeof *c.slots);
	if (!c.slots)
		internal_error("out of memory");
	build_bodies(&c, o);
	module_reserve_fns(m, nslots + count_derived_fns(p) + (lower ? m->ncoros : 0)); /* the bodies, derived fns, drop shims */
	for (uint32_t i = 0; i < nslots; i++)
		if (c.slots[i])
			module_add_fn(m, c.slots[i]);
	build_derived_fns(m, p, c.type_of_struct, c.type_of_enum); /* derive37 */
	free(c.slots);
	free(c.first);
	frontend_free(p);
	arena_pool_trim(); /* the AST's chunks: what follows allocates exact sizes */
	int rc = lower ? state_transform_finish(m, c.pending, d) : 0;
	free(c.pending);
	module_sort_promoted(m); /* promo36: added on several threads, in any order */
	/* a module only counted (stats' sync twin: what the frontend builds, counted
	 * and freed) is verified in the sanitizer build, which the tests run */
	int verify = !o->count_only || COROSLIM_ASAN;
	if (rc != 0 || (verify && verify_module(m, lower ? "state_transform" : "frontend", d) != 0)) {
		module_free(m);
		return NULL;
	}
	return m;
}

Module *frontend_build(const char *file, const char *src, size_t len, const BuildOptions *o, Diag *d)
{
	return build_module(file, src, len, o, 0, d);
}

Module *frontend_lower(const char *file, const char *src, size_t len, const BuildOptions *o, Diag *d)
{
	return build_module(file, src, len, o, 1, d);
}
