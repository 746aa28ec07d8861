/*
 * lower.c — checked AST -> IR, as rustc 1.95 builds MIR right before its
 * StateTransform (after drop elaboration and SimplifyCfg).
 *
 * The builder mirrors rustc_mir_build (compiler/rustc_mir_build/src/builder):
 * every expression is lowered inside its own region scope (THIR's
 * ExprKind::Scope), temporaries get their StorageDead from the scope rustc's
 * region resolution gives them (statement, terminating expression, or the
 * innermost scope for call operands), and the drops of a scope are emitted on
 * normal exit, on break/continue/return through exit drop trees, on unwind
 * through the unwind drop tree and, in coroutines, on the drop path of every
 * yield through the coroutine drop tree (scope.rs: DropTree, build_mir,
 * assign_blocks, link_blocks, build_exit_tree, build_drop_trees). Block
 * creation follows rustc's order so that the final numbering matches.
 *
 * The built body then goes through the passes that rustc runs before
 * StateTransform, in the same order:
 *   RemoveNoopLandingPads -> SimplifyCfg -> AddCallGuards(CriticalCallEdges)
 *   -> ElaborateDrops (static: a drop of a surely-moved local becomes a goto)
 *   -> Derefer (a deref below a field becomes `_t = copy base; (*_t)`)
 * FalseEdge/FalseUnwind are built as plain gotos (CleanupPostBorrowck turns
 * them into gotos before the SimplifyCfg that matters) but still register
 * their unwind entry so that the drop trees get the same blocks.
 */
#include <stdlib.h>
#include <string.h>

#include "../passes/passes.h"
#include "frontend.h"
#include "syntax.h"

/* ---------------------------------------------------------------------- */
/* Drop trees and scopes (rustc: builder/scope.rs)                         */
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

typedef struct DropTree {
	DropNode *nodes;
	uint32_t n, cap;
	Entry *entries;
	uint32_t ne, cape;
	uint32_t *index; /* open addressing on (next, local): node or 0; NULL while small */
	uint32_t nindex; /* slots, a power of two */
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
	Scope *scopes;
	uint32_t nscopes, capscopes;
	Breakable *brks;
	uint32_t nbrks, capbrks;
	IfThen *ifthen;
	DropTree unwind, cdrop;
	int next_scope;
	int temp_scope;      /* innermost terminating scope: temporaries die there */
	int pending_term;    /* the next expression entered is a terminating scope */
	LocalId unit_temp;
	LocalId *var_local;  /* AstVar id -> local, NO_ID if not a local of this body */
	uint32_t *coro_of_fn;   /* AstFn id -> coroutine */
	uint32_t *coro_of_block; /* AstAsyncBlock id -> coroutine */
} Builder;

static void *xgrow(Builder *b, void *p, uint32_t *cap, uint32_t need, size_t el)
{
	return arena_grow(b->f->arena, p, cap, need, el);
}
#define PUSH(b, arr, n, cap) (*(void **)&(arr) = xgrow((b), (arr), &(cap), (n) + 1, sizeof *(arr)), &(arr)[(n)++])

static void tree_init(DropTree *t, Builder *b)
{
	memset(t, 0, sizeof *t);
	DropNode *r = PUSH(b, t->nodes, t->n, t->cap);
	r->d.local = NO_ID;
	r->d.kind = DK_STORAGE;
	r->next = NO_ID;
}

static uint32_t tree_slot(const DropTree *t, uint32_t next, LocalId local)
{
	uint32_t h = (next * 0x9e3779b1u) ^ (local * 0x85ebca6bu);
	h ^= h >> 15;
	for (uint32_t i = h & (t->nindex - 1);; i = (i + 1) & (t->nindex - 1)) {
		uint32_t k = t->index[i];
		if (!k || (t->nodes[k].next == next && t->nodes[k].d.local == local))
			return i;
	}
}

/* rustc: DropTree::add_drop (its existing_drops_map): a (drop, next) pair is one
 * node. Nodes other than the root are unique by (next, local). */
static uint32_t tree_add(Builder *b, DropTree *t, DropData d, uint32_t next)
{
	enum { SCAN = 32 };
	if (!t->index && t->n <= SCAN) {
		for (uint32_t i = 1; i < t->n; i++)
			if (t->nodes[i].next == next && t->nodes[i].d.local == d.local)
				return i;
	} else {
		if (t->n * 2 >= t->nindex) { /* (re)build at most half full */
			t->nindex = t->nindex ? t->nindex * 2 : 4 * SCAN;
			t->index = arena_alloc(b->f->arena, (size_t)t->nindex * sizeof *t->index);
			for (uint32_t i = 1; i < t->n; i++)
				t->index[tree_slot(t, t->nodes[i].next, t->nodes[i].d.local)] = i;
		}
		uint32_t k = t->index[tree_slot(t, next, d.local)];
		if (k)
			return k;
	}
	DropNode *nd = PUSH(b, t->nodes, t->n, t->cap);
	nd->d = d;
	nd->next = next;
	if (t->index)
		t->index[tree_slot(t, next, d.local)] = t->n - 1;
	return t->n - 1;
}

static void tree_entry(Builder *b, DropTree *t, BlockId from, uint32_t node)
{
	Entry *e = PUSH(b, t->entries, t->ne, t->cape);
	e->node = node;
	e->from = from;
}

/* ---------------------------------------------------------------------- */
/* CFG helpers                                                             */
/* ---------------------------------------------------------------------- */

static Term mk(TermKind k)
{
	Term t = {0};
	t.kind = (uint8_t)k;
	t.target = t.drop = t.unwind_bb = NO_BLOCK;
	t.unwind = UW_CONTINUE;
	return t;
}

static BlockId new_block(Builder *b) { return fn_add_block(b->f, 0); }

static void terminate(Builder *b, BlockId bb, Term t) { fn_set_term(b->f, bb, t); }

static void goto_(Builder *b, BlockId from, BlockId to) { terminate(b, from, term_goto(to)); }

/* FalseEdge / FalseUnwind: gotos for everything but the first SimplifyCfg,
 * which cannot merge or collapse through them (CleanupPostBorrowck lowers
 * them to gotos before the second one). Term.op marks them. */
enum { GOTO_PLAIN, GOTO_FALSE_EDGE, GOTO_FALSE_UNWIND };
static void false_edge(Builder *b, BlockId from, BlockId to, int kind)
{
	Term t = term_goto(to);
	t.op = (uint8_t)kind;
	terminate(b, from, t);
}

/* FakeRead: a statement until CleanupPostBorrowck (it keeps a block non-empty
 * for the first SimplifyCfg), a nop after. Marked as ST_NOP with x = 1. */
static void fake_read(Builder *b, BlockId bb)
{
	Stmt s = stmt_nop();
	s.x = 1;
	fn_push_stmt(b->f, bb, s);
}

static void push(Builder *b, BlockId bb, Stmt s) { fn_push_stmt(b->f, bb, s); }

static void storage(Builder *b, BlockId bb, StmtKind k, LocalId l) { push(b, bb, stmt_storage(k, l)); }

static PlaceId pl(Builder *b, LocalId l) { return place_local(b->f, l); }

static Operand cst(Builder *b, TypeId ty, uint64_t v) { return op_const(b->f, ty, v); }

static void assign(Builder *b, BlockId bb, PlaceId dst, Stmt rv)
{
	rv.kind = ST_ASSIGN;
	rv.place = dst;
	push(b, bb, rv);
}

static Stmt rv_use(Operand a) { return (Stmt){.rv = RV_USE, .a = a}; }

static void assign_unit(Builder *b, BlockId bb, PlaceId dst) { assign(b, bb, dst, rv_use(cst(b, TY_UNIT, 0))); }

static LocalId new_temp(Builder *b, TypeId ty, int mutbl) { return fn_add_local(b->f, ty, NULL, mutbl); }

/* ---------------------------------------------------------------------- */
/* Types                                                                   */
/* ---------------------------------------------------------------------- */

static TypeId ty_of(Builder *b, AstType t)
{
	switch (t.kind) {
	case ATY_UNIT: return TY_UNIT;
	case ATY_BOOL: return TY_BOOL;
	case ATY_U8: return TY_U8;
	case ATY_U16: return TY_U16;
	case ATY_U32: return TY_U32;
	case ATY_U64: return TY_U64;
	case ATY_USIZE: return TY_USIZE;
	case ATY_I8: return TY_I8;
	case ATY_I16: return TY_I16;
	case ATY_I32: return TY_I32;
	case ATY_I64: return TY_I64;
	case ATY_ISIZE: return TY_ISIZE;
	case ATY_NEVER: return TY_NEVER;
	case ATY_GUARD: return TY_GUARD;
	case ATY_YIELD_NOW: return TY_YIELDNOW;
	case ATY_FN_FUTURE: return type_coro(b->m, b->coro_of_fn[t.id]);
	case ATY_BLOCK_FUTURE: return type_coro(b->m, b->coro_of_block[t.id]);
	default: internal_error("lower: type kind %d reached the lowering", (int)t.kind);
	}
}

static int needs_drop(Builder *b, TypeId t) { return type_needs_drop(b->m, t); }

static int is_async_drop(Builder *b, LocalId l)
{
	return type_get(b->m, b->f->locals[l].ty)->kind == TY_CORO;
}

static int local_needs_drop(Builder *b, LocalId l) { return needs_drop(b, b->f->locals[l].ty); }

/* ---------------------------------------------------------------------- */
/* Scopes                                                                  */
/* ---------------------------------------------------------------------- */

static int push_scope(Builder *b)
{
	Scope *s = PUSH(b, b->scopes, b->nscopes, b->capscopes);
	memset(s, 0, sizeof *s);
	s->id = b->next_scope++;
	s->cached_unwind = s->cached_cdrop = NO_ID;
	return s->id;
}

static uint32_t scope_index(Builder *b, int id)
{
	for (uint32_t i = b->nscopes; i-- > 0;)
		if (b->scopes[i].id == id)
			return i;
	internal_error("lower: scope %d is not open", id);
}

static int topmost(Builder *b) { return b->scopes[b->nscopes - 1].id; }

static void schedule_drop(Builder *b, int scope_id, LocalId l, int kind)
{
	if (kind == DK_VALUE && !local_needs_drop(b, l))
		return;
	int invalidate = kind == DK_VALUE || b->is_coro;
	for (uint32_t i = b->nscopes; i-- > 0;) {
		Scope *s = &b->scopes[i];
		if (invalidate)
			s->cached_unwind = s->cached_cdrop = NO_ID;
		if (s->id == scope_id) {
			DropData *d = PUSH(b, s->drops, s->n, s->cap);
			d->local = l;
			d->kind = (uint8_t)kind;
			return;
		}
	}
	internal_error("lower: drop scheduled in a closed scope");
}

static uint32_t diverge_cleanup_target(Builder *b, uint32_t target)
{
	uint32_t uncached = 0, cached = ROOT;
	for (uint32_t i = target + 1; i-- > 0;)
		if (b->scopes[i].cached_unwind != NO_ID) {
			uncached = i + 1;
			cached = b->scopes[i].cached_unwind;
			break;
		}
	if (uncached > target)
		return cached;
	for (uint32_t i = uncached; i <= target; i++) {
		Scope *s = &b->scopes[i];
		uint32_t base = cached, k = 0;
		if (s->unwind_done && s->unwind_base == base) {
			k = s->unwind_done;
			cached = s->unwind_node;
		}
		for (; k < s->n; k++)
			if (b->is_coro || s->drops[k].kind == DK_VALUE)
				cached = tree_add(b, &b->unwind, s->drops[k], cached);
		s->unwind_base = base;
		s->unwind_done = s->n;
		s->unwind_node = cached;
		s->cached_unwind = cached;
	}
	return cached;
}

static uint32_t diverge_cleanup(Builder *b) { return diverge_cleanup_target(b, b->nscopes - 1); }

static void diverge_from(Builder *b, BlockId bb) { tree_entry(b, &b->unwind, bb, diverge_cleanup(b)); }

static uint32_t diverge_dropline_target(Builder *b, uint32_t target)
{
	uint32_t uncached = 0, cached = ROOT;
	for (uint32_t i = target + 1; i-- > 0;)
		if (b->scopes[i].cached_cdrop != NO_ID) {
			uncached = i + 1;
			cached = b->scopes[i].cached_cdrop;
			break;
		}
	if (uncached > target)
		return cached;
	for (uint32_t i = uncached; i <= target; i++) {
		Scope *s = &b->scopes[i];
		uint32_t base = cached, k = 0;
		if (s->cdrop_done && s->cdrop_base == base) {
			k = s->cdrop_done;
			cached = s->cdrop_node;
		}
		for (; k < s->n; k++)
			cached = tree_add(b, &b->cdrop, s->drops[k], cached);
		s->cdrop_base = base;
		s->cdrop_done = s->n;
		s->cdrop_node = cached;
		s->cached_cdrop = cached;
	}
	return cached;
}

static BlockId leave_top_scope(Builder *b, BlockId bb)
{
	Scope *s = &b->scopes[b->nscopes - 1];
	int needs_cleanup = 0, has_async = 0;
	for (uint32_t i = 0; i < s->n; i++)
		if (s->drops[i].kind == DK_VALUE) {
			needs_cleanup = 1;
			if (b->is_coro && is_async_drop(b, s->drops[i].local))
				has_async = 1;
		}
	uint32_t unwind_to = needs_cleanup ? diverge_cleanup(b) : NO_ID;
	uint32_t dropline_to = has_async ? diverge_dropline_target(b, b->nscopes - 1) : NO_ID;
	s = &b->scopes[b->nscopes - 1];
	int sd_on_unwind = b->is_coro && needs_cleanup;
	for (uint32_t i = s->n; i-- > 0;) {
		DropData d = s->drops[i];
		if (d.kind == DK_VALUE) {
			unwind_to = b->unwind.nodes[unwind_to].next;
			if (dropline_to != NO_ID)
				dropline_to = b->cdrop.nodes[dropline_to].next;
			int moved = 0;
			for (uint32_t k = 0; k < s->nmoved; k++)
				moved |= s->moved[k] == d.local;
			if (moved)
				continue;
			tree_entry(b, &b->unwind, bb, unwind_to);
			if (dropline_to != NO_ID && is_async_drop(b, d.local))
				tree_entry(b, &b->cdrop, bb, dropline_to);
			BlockId next = new_block(b);
			Term t = mk(TK_DROP);
			t.place = pl(b, d.local);
			t.target = next;
			terminate(b, bb, t);
			bb = next;
		} else {
			if (sd_on_unwind)
				unwind_to = b->unwind.nodes[unwind_to].next;
			if (dropline_to != NO_ID)
				dropline_to = b->cdrop.nodes[dropline_to].next;
			storage(b, bb, ST_STORAGE_DEAD, d.local);
		}
	}
	return bb;
}

static BlockId pop_scope(Builder *b, int id, BlockId bb)
{
	IR_ASSERT(b->nscopes && b->scopes[b->nscopes - 1].id == id);
	bb = leave_top_scope(b, bb);
	b->nscopes--;
	return bb;
}

static void record_moved(Builder *b, const Operand *ops, uint32_t n)
{
	Scope *s = &b->scopes[b->nscopes - 1];
	for (uint32_t i = 0; i < n; i++) {
		if (ops[i].kind != OP_MOVE || !place_is_local(b->f, ops[i].v))
			continue;
		LocalId l = b->f->places[ops[i].v].local;
		for (uint32_t k = 0; k < s->n; k++)
			if (s->drops[k].local == l && s->drops[k].kind == DK_VALUE) {
				*(LocalId *)PUSH(b, s->moved, s->nmoved, s->capmoved) = l;
				break;
			}
	}
}

/* ---- drop tree -> MIR ---- */

enum { TB_EXIT, TB_CDROP, TB_UNWIND };

static void link_entry(Builder *b, int kind, BlockId from, BlockId to)
{
	Term *t = &b->f->blocks[from].term;
	switch (kind) {
	case TB_EXIT:
		IR_ASSERT(t->kind == TK_RESUME);
		*t = term_goto(to);
		break;
	case TB_CDROP:
		t->drop = to;
		break;
	case TB_UNWIND:
		if (t->kind == TK_GOTO) { /* FalseUnwind */
			t->unwind = UW_CLEANUP;
			t->unwind_bb = to;
			break;
		}
		if (t->kind == TK_DROP && t->unwind == UW_CLEANUP) {
			goto_(b, t->unwind_bb, to);
			break;
		}
		t->unwind = UW_CLEANUP;
		t->unwind_bb = to;
		break;
	}
}

static int cmp_entry(const void *x, const void *y)
{
	const Entry *a = x, *c = y;
	if (a->node != c->node)
		return a->node < c->node ? -1 : 1;
	return a->from < c->from ? -1 : a->from > c->from;
}

enum { NB_NONE, NB_SHARES, NB_OWN };

static BlockId *tree_build(Builder *b, DropTree *t, int kind, BlockId root_block)
{
	uint32_t n = t->n;
	BlockId *blocks = arena_alloc(b->f->arena, n * sizeof *blocks);
	uint8_t *need = arena_alloc(b->f->arena, n);
	uint32_t *share = arena_alloc(b->f->arena, n * sizeof *share);
	for (uint32_t i = 0; i < n; i++)
		blocks[i] = NO_BLOCK;
	blocks[ROOT] = root_block;
	if (root_block != NO_BLOCK)
		need[ROOT] = NB_OWN;
	if (t->ne)
		qsort(t->entries, t->ne, sizeof *t->entries, cmp_entry);
	uint32_t ne = t->ne;
	for (uint32_t i = n; i-- > 0;) {
		if (ne && t->entries[ne - 1].node == i) {
			if (blocks[i] == NO_BLOCK)
				blocks[i] = fn_add_block(b->f, kind == TB_UNWIND);
			need[i] = NB_OWN;
			while (ne && t->entries[ne - 1].node == i)
				link_entry(b, kind, t->entries[--ne].from, blocks[i]);
		}
		if (need[i] == NB_NONE)
			continue;
		if (need[i] == NB_OWN) {
			if (blocks[i] == NO_BLOCK)
				blocks[i] = fn_add_block(b->f, kind == TB_UNWIND);
		} else {
			blocks[i] = blocks[share[i]];
		}
		if (i == ROOT)
			continue;
		uint32_t nx = t->nodes[i].next;
		if (t->nodes[i].d.kind == DK_VALUE) {
			need[nx] = NB_OWN;
		} else if (need[nx] == NB_NONE) {
			need[nx] = NB_SHARES;
			share[nx] = i;
		} else if (need[nx] == NB_SHARES) {
			need[nx] = NB_OWN;
		}
	}
	t->ne = 0;
	for (uint32_t i = n; i-- > 1;) {
		if (blocks[i] == NO_BLOCK)
			continue;
		DropNode *nd = &t->nodes[i];
		if (nd->d.kind == DK_VALUE) {
			Term tm = mk(TK_DROP);
			tm.place = pl(b, nd->d.local);
			tm.target = blocks[nd->next];
			tm.unwind = UW_TERMINATE;
			terminate(b, blocks[i], tm);
		} else {
			storage(b, blocks[i], ST_STORAGE_DEAD, nd->d.local);
			if (blocks[nd->next] != blocks[i])
				goto_(b, blocks[i], blocks[nd->next]);
		}
	}
	return blocks;
}

/* rustc: build_exit_tree. Returns the block of the root, or NO_BLOCK. */
static BlockId build_exit_tree(Builder *b, DropTree *t, int else_scope, BlockId continue_block)
{
	BlockId *blocks = tree_build(b, t, TB_EXIT, continue_block);
	int any_value = 0, any_async = 0;
	for (uint32_t i = 1; i < t->n; i++)
		if (t->nodes[i].d.kind == DK_VALUE) {
			any_value = 1;
			if (b->is_coro && is_async_drop(b, t->nodes[i].d.local))
				any_async = 1;
		}
	if (any_value) {
		uint32_t *ui = arena_alloc(b->f->arena, t->n * sizeof *ui);
		ui[0] = diverge_cleanup_target(b, scope_index(b, else_scope));
		for (uint32_t i = 1; i < t->n; i++) {
			DropNode *nd = &t->nodes[i];
			if (nd->d.kind == DK_STORAGE) {
				ui[i] = b->is_coro ? tree_add(b, &b->unwind, nd->d, ui[nd->next]) : ui[nd->next];
			} else {
				uint32_t u = tree_add(b, &b->unwind, nd->d, ui[nd->next]);
				tree_entry(b, &b->unwind, blocks[i], ui[nd->next]);
				ui[i] = u;
			}
		}
	}
	if (any_async) {
		uint32_t *di = arena_alloc(b->f->arena, t->n * sizeof *di);
		di[0] = diverge_dropline_target(b, scope_index(b, else_scope));
		for (uint32_t i = 1; i < t->n; i++) {
			DropNode *nd = &t->nodes[i];
			uint32_t c = tree_add(b, &b->cdrop, nd->d, di[nd->next]);
			if (nd->d.kind == DK_VALUE && is_async_drop(b, nd->d.local))
				tree_entry(b, &b->cdrop, blocks[i], di[nd->next]);
			di[i] = c;
		}
	}
	return blocks[ROOT];
}

static void build_drop_trees(Builder *b)
{
	if (!b->is_coro) {
		BlockId *bl = tree_build(b, &b->unwind, TB_UNWIND, NO_BLOCK);
		if (bl[ROOT] != NO_BLOCK)
			terminate(b, bl[ROOT], mk(TK_RESUME));
		return;
	}
	BlockId *cb = tree_build(b, &b->cdrop, TB_CDROP, NO_BLOCK);
	if (cb[ROOT] != NO_BLOCK)
		terminate(b, cb[ROOT], mk(TK_COROUTINE_DROP));
	BlockId resume = NO_BLOCK;
	BlockId *ub = tree_build(b, &b->unwind, TB_UNWIND, NO_BLOCK);
	if (ub[ROOT] != NO_BLOCK) {
		terminate(b, ub[ROOT], mk(TK_RESUME));
		resume = ub[ROOT];
	}
	for (uint32_t i = 0; i < b->cdrop.n; i++)
		if (b->cdrop.nodes[i].d.kind == DK_VALUE && cb[i] != NO_BLOCK)
			tree_entry(b, &b->cdrop, cb[i], b->cdrop.nodes[i].next);
	BlockId *rb = tree_build(b, &b->cdrop, TB_UNWIND, resume);
	if (resume == NO_BLOCK && rb[ROOT] != NO_BLOCK)
		terminate(b, rb[ROOT], mk(TK_RESUME));
}

/* rustc: break_scope. */
static BlockId break_to(Builder *b, BlockId bb, uint32_t bi, int is_continue)
{
	Breakable *br = &b->brks[bi];
	uint32_t si = scope_index(b, br->scope_id);
	DropTree *t = is_continue ? &br->cont : &br->brk;
	uint32_t idx = ROOT;
	for (uint32_t i = si + 1; i < b->nscopes; i++)
		for (uint32_t k = 0; k < b->scopes[i].n; k++)
			idx = tree_add(b, t, b->scopes[i].drops[k], idx);
	tree_entry(b, t, bb, idx);
	terminate(b, bb, mk(TK_RESUME)); /* placeholder, linked by build_exit_tree */
	return new_block(b);
}

static void break_for_else(Builder *b, BlockId bb)
{
	IfThen *it = b->ifthen;
	uint32_t si = scope_index(b, it->scope_id);
	uint32_t idx = ROOT;
	for (uint32_t i = si + 1; i < b->nscopes; i++)
		for (uint32_t k = 0; k < b->scopes[i].n; k++)
			idx = tree_add(b, &it->else_drops, b->scopes[i].drops[k], idx);
	tree_entry(b, &it->else_drops, bb, idx);
	terminate(b, bb, mk(TK_RESUME));
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                             */
/* ---------------------------------------------------------------------- */

static BlockId into(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e);
static BlockId into_inner(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e, int ntoa);
static BlockId as_operand(Builder *b, BlockId bb, int scope, const AstExpr *e, TypeId want, Operand *out);
static BlockId as_temp_inner(Builder *b, BlockId bb, int temp_scope, const AstExpr *e, int ntoa, TypeId want,
			     int mutbl, LocalId *out);
static BlockId as_place(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out);
static BlockId stmt_expr(Builder *b, BlockId bb, const AstExpr *e, int stmt_scope, int coerce_unit);
static BlockId ast_block(Builder *b, PlaceId dest, BlockId bb, const AstBlock *blk, int terminating);

/* Enters the region scope of e; returns its id. */
static int enter(Builder *b, int *saved_ts)
{
	int id = push_scope(b);
	*saved_ts = b->temp_scope;
	if (b->pending_term)
		b->temp_scope = id;
	b->pending_term = 0;
	return id;
}

static BlockId leave(Builder *b, int id, int saved_ts, BlockId bb)
{
	b->temp_scope = saved_ts;
	return pop_scope(b, id, bb);
}

static int is_never(const AstExpr *e) { return e->ty.kind == ATY_NEVER; }

/* NeverToAny: a `!` expression coerced to another type. A block with a tail
 * takes the expected type and the coercion lands on its tail instead. */
static int ntoa_for(const AstExpr *e, TypeId want)
{
	if (e->kind == EXPR_BLOCK && e->block->tail)
		return 0;
	return is_never(e) && want != NO_ID && want != TY_NEVER;
}

static int is_identity_cast(const AstExpr *e) { return e->kind == EXPR_CAST && ast_type_eq(e->lhs->ty, e->cast_to); }

typedef enum { CAT_PLACE, CAT_CONST, CAT_RVALUE, CAT_INTO } Category;

/* `-5`: THIR folds the negation of a literal into the literal */
static int is_neg_lit(const AstExpr *e)
{
	return e->kind == EXPR_UNARY && e->un_op == AOP_NEG && e->lhs->kind == EXPR_INT;
}

static Category category(const AstExpr *e, int ntoa)
{
	if (ntoa)
		return CAT_INTO;
	if (is_neg_lit(e))
		return CAT_CONST;
	switch (e->kind) {
	case EXPR_VAR: return CAT_PLACE;
	case EXPR_INT:
	case EXPR_BOOL: return CAT_CONST;
	case EXPR_UNIT:
	case EXPR_CAST:
		return is_identity_cast(e) ? CAT_INTO : CAT_RVALUE; /* THIR Use */
	case EXPR_UNARY:
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
	case EXPR_ASYNC: return CAT_RVALUE;
	case EXPR_BINARY: return e->bin_op == AOP_AND || e->bin_op == AOP_OR ? CAT_INTO : CAT_RVALUE;
	default: return CAT_INTO;
	}
}

static uint64_t int_bits(const AstExpr *e) { return e->int_value; }

static Operand const_of(Builder *b, const AstExpr *e)
{
	if (e->kind == EXPR_BOOL)
		return cst(b, TY_BOOL, e->bool_value);
	if (is_neg_lit(e))
		return cst(b, ty_of(b, e->ty), (uint64_t)0 - int_bits(e->lhs));
	return cst(b, ty_of(b, e->ty), int_bits(e));
}

/* The place of a variable use: a local of this body or an upvar of _1. */
static PlaceId var_place(Builder *b, const AstExpr *e)
{
	const AstVar *v = e->var;
	LocalId l = b->var_local[v->id];
	if (l != NO_ID && (e->upvar < 0 || v->owner == b->ab))
		return pl(b, l);
	IR_ASSERT(b->ab && e->upvar >= 0);
	const AstCapture *c = &b->ab->captures[e->upvar];
	TypeId vt = ty_of(b, v->ty);
	if (c->mode == CAPTURE_BY_VALUE)
		return place_project(b->f, pl(b, 1), PROJ_FIELD, (uint32_t)e->upvar, vt);
	TypeId rt = type_ptr(b->m, c->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt);
	PlaceId f = place_project(b->f, pl(b, 1), PROJ_FIELD, (uint32_t)e->upvar, rt);
	return place_project(b->f, f, PROJ_DEREF, 0, vt);
}

static Operand consume(Builder *b, PlaceId p)
{
	uint8_t k = type_get(b->m, place_type(b->f, p))->kind;
	int copy = k <= TY_ISIZE || k == TY_REF; /* (), !, bool, integers, &T */
	return copy ? op_copy(p) : op_move(p);
}

static BinOp binop_of(AstBinOp op)
{
	switch (op) {
	case AOP_ADD: return BIN_ADD;
	case AOP_SUB: return BIN_SUB;
	case AOP_MUL: return BIN_MUL;
	case AOP_DIV: return BIN_DIV;
	case AOP_REM: return BIN_REM;
	case AOP_BITAND: return BIN_BITAND;
	case AOP_BITOR: return BIN_BITOR;
	case AOP_BITXOR: return BIN_BITXOR;
	case AOP_SHL: return BIN_SHL;
	case AOP_SHR: return BIN_SHR;
	case AOP_EQ: return BIN_EQ;
	case AOP_NE: return BIN_NE;
	case AOP_LT: return BIN_LT;
	case AOP_LE: return BIN_LE;
	case AOP_GT: return BIN_GT;
	case AOP_GE: return BIN_GE;
	default: internal_error("lower: logical operator in binop_of");
	}
}

static Operand to_copy(Operand o)
{
	if (o.kind == OP_MOVE)
		o.kind = OP_COPY;
	return o;
}

static BlockId do_assert(Builder *b, BlockId bb, Operand cond, int expected, AssertKind msg, uint32_t x,
			 const Operand *args, uint32_t nargs)
{
	BlockId ok = new_block(b);
	Term t = mk(TK_ASSERT);
	t.a = cond;
	t.op = (uint8_t)expected;
	t.msg = (uint8_t)msg;
	t.x = x;
	t.args = fn_add_args(b->f, args, nargs);
	t.nargs = nargs;
	t.target = ok;
	terminate(b, bb, t);
	diverge_from(b, bb);
	return ok;
}

static uint64_t minval(Builder *b, TypeId t)
{
	int bits = type_int_bits(b->m, t);
	return bits == 64 ? (uint64_t)1 << 63 : (uint64_t)1 << (bits - 1);
}

/* rustc: build_binary_op. */
static BlockId binary_op(Builder *b, BlockId bb, BinOp op, TypeId ty, Operand l, Operand r, Stmt *rv)
{
	int check = !b->o->release;
	int integral = type_is_int(b->m, ty);
	if ((op == BIN_ADD || op == BIN_SUB || op == BIN_MUL) && check && integral) {
		LocalId res = new_temp(b, type_tuple2(b->m, ty, TY_BOOL), 1);
		assign(b, bb, pl(b, res), stmt_assign_binary(0, RV_CHECKED, op, to_copy(l), to_copy(r)));
		PlaceId of = place_project(b->f, pl(b, res), PROJ_FIELD, 1, TY_BOOL);
		Operand args[2] = {l, r};
		bb = do_assert(b, bb, op_move(of), 0, AK_OVERFLOW, op, args, 2);
		*rv = rv_use(op_move(place_project(b->f, pl(b, res), PROJ_FIELD, 0, ty)));
		return bb;
	}
	if ((op == BIN_SHL || op == BIN_SHR) && check && integral) {
		/* rhs type: the rhs operand's type */
		TypeId rt = r.kind == OP_CONST ? b->f->consts[r.v].ty : place_type(b->f, r.v);
		Operand ur = to_copy(r);
		TypeId ut = rt;
		if (type_is_signed(b->m, rt)) {
			ut = (TypeId)(rt - (TY_I8 - TY_U8));
			LocalId t = new_temp(b, ut, 1);
			assign(b, bb, pl(b, t), (Stmt){.rv = RV_CAST, .a = to_copy(r), .x = ut});
			ur = op_move(pl(b, t));
		}
		LocalId inb = new_temp(b, TY_BOOL, 1);
		assign(b, bb, pl(b, inb),
		       stmt_assign_binary(0, RV_BINARY, BIN_LT, ur, cst(b, ut, (uint64_t)type_int_bits(b->m, ty))));
		Operand args[1] = {to_copy(r)};
		bb = do_assert(b, bb, op_move(pl(b, inb)), 1, op == BIN_SHL ? AK_SHL_OVERFLOW : AK_SHR_OVERFLOW, 0, args,
			       1);
		*rv = stmt_assign_binary(0, RV_BINARY, op, l, r);
		return bb;
	}
	if ((op == BIN_DIV || op == BIN_REM) && integral) {
		LocalId z = new_temp(b, TY_BOOL, 1);
		assign(b, bb, pl(b, z), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(r), cst(b, ty, 0)));
		Operand a1[1] = {to_copy(l)};
		bb = do_assert(b, bb, op_move(pl(b, z)), 0, op == BIN_DIV ? AK_DIV_ZERO : AK_REM_ZERO, 0, a1, 1);
		if (type_is_signed(b->m, ty)) {
			LocalId n1 = new_temp(b, TY_BOOL, 1), mn = new_temp(b, TY_BOOL, 1), of = new_temp(b, TY_BOOL, 1);
			assign(b, bb, pl(b, n1), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(r), cst(b, ty, ~(uint64_t)0)));
			assign(b, bb, pl(b, mn), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(l), cst(b, ty, minval(b, ty))));
			assign(b, bb, pl(b, of),
			       stmt_assign_binary(0, RV_BINARY, BIN_BITAND, op_move(pl(b, n1)), op_move(pl(b, mn))));
			Operand a2[2] = {to_copy(l), to_copy(r)};
			bb = do_assert(b, bb, op_move(pl(b, of)), 0, op == BIN_DIV ? AK_DIV_OVERFLOW : AK_REM_OVERFLOW, 0, a2,
				       2);
		}
		*rv = stmt_assign_binary(0, RV_BINARY, op, l, r);
		return bb;
	}
	*rv = stmt_assign_binary(0, RV_BINARY, op, l, r);
	return bb;
}

static BlockId lower_closure(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv);

/* rustc: as_rvalue (the Scope of e already entered by the caller when inner). */
static BlockId as_rvalue_inner(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv)
{
	if (is_neg_lit(e)) {
		*rv = rv_use(const_of(b, e));
		return bb;
	}
	switch (e->kind) {
	case EXPR_INT:
	case EXPR_BOOL:
		*rv = rv_use(const_of(b, e));
		return bb;
	case EXPR_UNIT:
		*rv = (Stmt){.rv = RV_AGGREGATE, .op = AGG_TUPLE, .x = TY_UNIT};
		return bb;
	case EXPR_BINARY:
		if (e->bin_op != AOP_AND && e->bin_op != AOP_OR) {
			Operand l, r;
			TypeId lt = ty_of(b, e->lhs->ty);
			bb = as_operand(b, bb, scope, e->lhs, lt, &l);
			bb = as_operand(b, bb, scope, e->rhs, ty_of(b, e->rhs->ty), &r);
			return binary_op(b, bb, binop_of(e->bin_op), lt, l, r, rv);
		}
		break;
	case EXPR_UNARY: {
		Operand a;
		TypeId t = ty_of(b, e->ty);
		bb = as_operand(b, bb, scope, e->lhs, t, &a);
		if (e->un_op == AOP_NEG && !b->o->release && type_is_signed(b->m, t)) {
			LocalId m = new_temp(b, TY_BOOL, 1);
			assign(b, bb, pl(b, m), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(a), cst(b, t, minval(b, t))));
			Operand args[1] = {to_copy(a)};
			bb = do_assert(b, bb, op_move(pl(b, m)), 0, AK_OVERFLOW_NEG, 0, args, 1);
		}
		*rv = (Stmt){.rv = RV_UNARY, .op = e->un_op == AOP_NEG ? UN_NEG : UN_NOT, .a = a};
		return bb;
	}
	case EXPR_CAST: {
		Operand a;
		TypeId to = ty_of(b, e->cast_to);
		if (is_identity_cast(e))
			break;
		bb = as_operand(b, bb, scope, e->lhs, ty_of(b, e->lhs->ty), &a);
		*rv = (Stmt){.rv = RV_CAST, .a = a, .x = to};
		return bb;
	}
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		bb = stmt_expr(b, bb, e, NO_SCOPE, 0);
		*rv = rv_use(cst(b, TY_UNIT, 0));
		return bb;
	case EXPR_ASYNC:
		return lower_closure(b, bb, scope, e, rv);
	default:
		break;
	}
	Operand o;
	bb = as_operand(b, bb, scope, e, NO_ID, &o);
	*rv = rv_use(o);
	return bb;
}

/* Lowers e (with its scope) as an rvalue whose temporaries live in `scope`. */
static BlockId as_rvalue(Builder *b, BlockId bb, int scope, const AstExpr *e, TypeId want, Stmt *rv)
{
	int ts, id = enter(b, &ts);
	int ntoa = ntoa_for(e, want);
	Category c = category(e, ntoa);
	if (c == CAT_INTO || c == CAT_PLACE) {
		LocalId t;
		bb = as_temp_inner(b, bb, scope, e, ntoa, want, 1, &t);
		*rv = rv_use(op_move(pl(b, t)));
	} else {
		bb = as_rvalue_inner(b, bb, scope, e, rv);
	}
	return leave(b, id, ts, bb);
}

static BlockId as_local_rvalue(Builder *b, BlockId bb, const AstExpr *e, TypeId want, Stmt *rv)
{
	return as_rvalue(b, bb, topmost(b), e, want, rv);
}

/* rustc: as_operand. */
static BlockId as_operand(Builder *b, BlockId bb, int scope, const AstExpr *e, TypeId want, Operand *out)
{
	int ts, id = enter(b, &ts);
	int ntoa = ntoa_for(e, want);
	if (category(e, ntoa) == CAT_CONST) {
		*out = const_of(b, e);
	} else {
		LocalId t;
		bb = as_temp_inner(b, bb, scope, e, ntoa, want, 1, &t);
		*out = op_move(pl(b, t));
	}
	return leave(b, id, ts, bb);
}

static BlockId as_local_operand(Builder *b, BlockId bb, const AstExpr *e, TypeId want, Operand *out)
{
	return as_operand(b, bb, topmost(b), e, want, out);
}

static int no_storage_temp(const AstExpr *e, int ntoa)
{
	if (ntoa)
		return 0;
	if (e->kind == EXPR_BREAK || e->kind == EXPR_CONTINUE || e->kind == EXPR_RETURN)
		return 1;
	if (e->kind == EXPR_BLOCK && !e->block->tail && is_never(e))
		return 1;
	return 0;
}

/* rustc: as_temp, with the Scope of e already entered. */
static BlockId as_temp_inner(Builder *b, BlockId bb, int temp_scope, const AstExpr *e, int ntoa, TypeId want,
			     int mutbl, LocalId *out)
{
	TypeId t = ntoa ? want : ty_of(b, e->ty);
	LocalId tmp = new_temp(b, t, mutbl);
	if (!no_storage_temp(e, ntoa)) {
		storage(b, bb, ST_STORAGE_LIVE, tmp);
		if (temp_scope != NO_SCOPE)
			schedule_drop(b, temp_scope, tmp, DK_STORAGE);
	}
	bb = into_inner(b, pl(b, tmp), bb, e, ntoa);
	if (temp_scope != NO_SCOPE)
		schedule_drop(b, temp_scope, tmp, DK_VALUE);
	*out = tmp;
	return bb;
}


/* rustc: as_place (expr_as_place). */
static BlockId as_place(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out)
{
	int ts, id = enter(b, &ts);
	if (e->kind == EXPR_VAR) {
		*out = var_place(b, e);
	} else {
		LocalId t;
		bb = as_temp_inner(b, bb, b->temp_scope, e, 0, NO_ID, 1, &t);
		*out = pl(b, t);
	}
	return leave(b, id, ts, bb);
}

/* ---- calls ---- */

static BlockId emit_call(Builder *b, BlockId bb, PlaceId dest, CalleeKind ck, uint32_t x, Operand *args, uint32_t n)
{
	BlockId ok = new_block(b);
	record_moved(b, args, n);
	Term t = mk(TK_CALL);
	t.place = dest;
	t.op = (uint8_t)ck;
	t.x = x;
	t.args = fn_add_args(b->f, args, n);
	t.nargs = n;
	t.target = ok;
	terminate(b, bb, t);
	diverge_from(b, bb);
	return ok;
}

static BlockId lower_call(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	Operand *args = scratch_alloc_uninit(((size_t)e->nargs + 1) * sizeof *args); /* any number of arguments */
	const AstFn *cf = e->callee;
	for (int i = 0; i < e->nargs; i++) {
		TypeId want = cf->builtin ? TY_U32 : ty_of(b, cf->params[i]->ty);
		bb = as_local_operand(b, bb, e->args[i], want, &args[i]);
	}
	bb = emit_call(b, bb, dest, CALLEE_FN, fn_add_name(b->f, cf->name), args, (uint32_t)e->nargs);
	scratch_release(sm);
	return bb;
}

/* ---- if / logical operators ---- */

static BlockId then_else_break(Builder *b, BlockId bb, const AstExpr *e, int temp_override);

static BlockId teb_inner(Builder *b, BlockId bb, const AstExpr *e, int temp_override)
{
	if (e->kind == EXPR_BINARY && e->bin_op == AOP_AND) {
		b->pending_term = e->lhs->kind != EXPR_BINARY ||
				  (e->lhs->bin_op != AOP_AND && e->lhs->bin_op != AOP_OR);
		BlockId l = then_else_break(b, bb, e->lhs, temp_override);
		b->pending_term = 1;
		return then_else_break(b, l, e->rhs, temp_override);
	}
	if (e->kind == EXPR_BINARY && e->bin_op == AOP_OR) {
		IfThen it = {topmost(b), {0}}, *prev = b->ifthen;
		tree_init(&it.else_drops, b);
		b->ifthen = &it;
		b->pending_term = e->lhs->kind != EXPR_BINARY ||
				  (e->lhs->bin_op != AOP_AND && e->lhs->bin_op != AOP_OR);
		BlockId ls = then_else_break(b, bb, e->lhs, temp_override);
		b->ifthen = prev;
		BlockId fail = build_exit_tree(b, &it.else_drops, it.scope_id, NO_BLOCK);
		if (fail == NO_BLOCK)
			fail = new_block(b);
		b->pending_term = 1;
		BlockId rs = then_else_break(b, fail, e->rhs, temp_override);
		BlockId s = new_block(b);
		goto_(b, ls, s);
		goto_(b, rs, s);
		return s;
	}
	if (e->kind == EXPR_UNARY && e->un_op == AOP_NOT && e->ty.kind == ATY_BOOL) {
		IfThen it = {topmost(b), {0}}, *prev = b->ifthen;
		tree_init(&it.else_drops, b);
		b->ifthen = &it;
		BlockId ok = then_else_break(b, bb, e->lhs, temp_override);
		b->ifthen = prev;
		BlockId fail = build_exit_tree(b, &it.else_drops, it.scope_id, NO_BLOCK);
		if (fail == NO_BLOCK)
			fail = new_block(b);
		break_for_else(b, ok);
		return fail;
	}
	LocalId t;
	bb = as_temp_inner(b, bb, temp_override != NO_SCOPE ? temp_override : topmost(b), e, 0, NO_ID, 1, &t);
	BlockId tb = new_block(b), eb = new_block(b);
	Term sw = mk(TK_SWITCH);
	sw.a = op_move(pl(b, t));
	SwitchArm arm = {0, eb};
	sw.args = fn_add_arms(b->f, &arm, 1);
	sw.nargs = 1;
	sw.target = tb;
	terminate(b, bb, sw);
	break_for_else(b, eb);
	return tb;
}

static BlockId then_else_break(Builder *b, BlockId bb, const AstExpr *e, int temp_override)
{
	int ts, id = enter(b, &ts);
	bb = teb_inner(b, bb, e, temp_override);
	return leave(b, id, ts, bb);
}

static BlockId lower_if(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	int cond_scope = topmost(b);
	int ifthen = push_scope(b);
	IfThen it = {cond_scope, {0}}, *prev = b->ifthen;
	tree_init(&it.else_drops, b);
	b->ifthen = &it;
	int cond_term = !(e->cond->kind == EXPR_BINARY && (e->cond->bin_op == AOP_AND || e->cond->bin_op == AOP_OR));
	b->pending_term = cond_term;
	BlockId tb = then_else_break(b, bb, e->cond, cond_scope);
	/* the then branch: a block expression, terminating */
	{
		int ts, id;
		b->pending_term = 1;
		id = enter(b, &ts);
		int ntoa = e->block->diverges && type_get(b->m, place_type(b->f, dest))->kind != TY_NEVER &&
			   !e->block->tail;
		if (ntoa) {
			LocalId t;
			bb = tb;
			t = new_temp(b, TY_NEVER, 1);
			tb = ast_block(b, pl(b, t), bb, e->block, 0);
			terminate(b, tb, mk(TK_UNREACHABLE));
			tb = new_block(b);
		} else {
			tb = ast_block(b, dest, tb, e->block, 0);
		}
		tb = leave(b, id, ts, tb);
	}
	b->ifthen = prev;
	BlockId eb = build_exit_tree(b, &it.else_drops, cond_scope, NO_BLOCK);
	if (eb == NO_BLOCK)
		eb = new_block(b);
	tb = pop_scope(b, ifthen, tb);
	if (e->els) {
		b->pending_term = 1;
		eb = into(b, dest, eb, e->els);
	} else {
		assign_unit(b, eb, dest);
	}
	BlockId join = new_block(b);
	goto_(b, tb, join);
	goto_(b, eb, join);
	return join;
}

static BlockId lower_logical(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	int cond_scope = topmost(b);
	IfThen it = {cond_scope, {0}}, *prev = b->ifthen;
	tree_init(&it.else_drops, b);
	b->ifthen = &it;
	b->pending_term = !(e->lhs->kind == EXPR_BINARY && (e->lhs->bin_op == AOP_AND || e->lhs->bin_op == AOP_OR));
	BlockId tb = then_else_break(b, bb, e->lhs, cond_scope);
	b->ifthen = prev;
	BlockId eb = build_exit_tree(b, &it.else_drops, cond_scope, NO_BLOCK);
	if (eb == NO_BLOCK)
		eb = new_block(b);
	int is_and = e->bin_op == AOP_AND;
	BlockId shortc = is_and ? eb : tb, cont = is_and ? tb : eb;
	assign(b, shortc, dest, rv_use(cst(b, TY_BOOL, !is_and)));
	b->pending_term = 1;
	BlockId rb = into(b, dest, cont, e->rhs);
	BlockId target = new_block(b);
	goto_(b, rb, target);
	goto_(b, shortc, target);
	return target;
}

/* ---- loops ---- */

static LocalId unit_temp(Builder *b)
{
	if (b->unit_temp == NO_ID)
		b->unit_temp = new_temp(b, TY_UNIT, 1);
	return b->unit_temp;
}

typedef BlockId LoopBody(Builder *b, BlockId body, const void *arg);

static BlockId in_loop(Builder *b, PlaceId dest, BlockId bb, const AstExpr *loop, LoopBody *body, const void *arg)
{
	BlockId lb = new_block(b);
	goto_(b, bb, lb);
	Breakable *br = PUSH(b, b->brks, b->nbrks, b->capbrks);
	memset(br, 0, sizeof *br);
	br->scope_id = topmost(b);
	br->dest = dest;
	br->loop = loop;
	br->loop_block = lb;
	tree_init(&br->brk, b);
	tree_init(&br->cont, b);
	BlockId bodyb = new_block(b);
	false_edge(b, lb, bodyb, GOTO_FALSE_UNWIND);
	diverge_from(b, lb);
	BlockId end = body(b, bodyb, arg);
	goto_(b, end, lb);
	Breakable done = b->brks[--b->nbrks];
	BlockId brk = build_exit_tree(b, &done.brk, done.scope_id, NO_BLOCK);
	build_exit_tree(b, &done.cont, done.scope_id, lb);
	return brk != NO_BLOCK ? brk : new_block(b);
}

static BlockId loop_body(Builder *b, BlockId bb, const void *arg)
{
	const AstExpr *e = arg;
	return ast_block(b, pl(b, unit_temp(b)), bb, e->block, 1);
}

/* `while c { body }` is `loop { if c { body } else { break } }`. */
static BlockId while_body(Builder *b, BlockId bb, const void *arg)
{
	const AstExpr *e = arg;
	PlaceId dest = pl(b, unit_temp(b));
	/* the loop body block (terminating) with the `if` as its tail */
	b->pending_term = 1;
	int bts, bid = enter(b, &bts);
	int its, iid = enter(b, &its); /* the `if` expression */
	int cond_scope = iid;
	int ifthen = push_scope(b);
	IfThen it = {cond_scope, {0}}, *prev = b->ifthen;
	tree_init(&it.else_drops, b);
	b->ifthen = &it;
	b->pending_term = !(e->cond->kind == EXPR_BINARY && (e->cond->bin_op == AOP_AND || e->cond->bin_op == AOP_OR));
	BlockId tb = then_else_break(b, bb, e->cond, cond_scope);
	{
		int ts, id;
		b->pending_term = 1;
		id = enter(b, &ts);
		tb = ast_block(b, dest, tb, e->block, 0);
		tb = leave(b, id, ts, tb);
	}
	b->ifthen = prev;
	BlockId eb = build_exit_tree(b, &it.else_drops, cond_scope, NO_BLOCK);
	if (eb == NO_BLOCK)
		eb = new_block(b);
	tb = pop_scope(b, ifthen, tb);
	{
		/* else { break } : a `!` block coerced to (), holding the statement `break` coerced to () */
		int ts, id;
		b->pending_term = 1;
		id = enter(b, &ts);
		(void)new_temp(b, TY_NEVER, 1);
		int blk = push_scope(b);
		int sid = push_scope(b);
		int sts = b->temp_scope;
		b->temp_scope = sid;
		int xts, xid = enter(b, &xts);
		LocalId st = new_temp(b, TY_UNIT, 0);
		storage(b, eb, ST_STORAGE_LIVE, st);
		schedule_drop(b, sid, st, DK_STORAGE);
		(void)new_temp(b, TY_NEVER, 1);
		int brts, brid = enter(b, &brts);
		uint32_t bi = b->nbrks - 1;
		assign_unit(b, eb, b->brks[bi].dest);
		eb = break_to(b, eb, bi, 0);
		eb = leave(b, brid, brts, eb);
		eb = leave(b, xid, xts, eb);
		b->temp_scope = sts;
		eb = pop_scope(b, sid, eb);
		eb = pop_scope(b, blk, eb);
		terminate(b, eb, mk(TK_UNREACHABLE));
		eb = new_block(b);
		eb = leave(b, id, ts, eb);
	}
	BlockId join = new_block(b);
	goto_(b, tb, join);
	goto_(b, eb, join);
	join = leave(b, iid, its, join);
	return leave(b, bid, bts, join);
}

static uint32_t find_breakable(Builder *b, const AstExpr *loop)
{
	for (uint32_t i = b->nbrks; i-- > 0;)
		if (b->brks[i].loop == loop)
			return i;
	internal_error("lower: break target not found");
}

/* rustc: break_scope for break/continue/return. */
static BlockId lower_jump(Builder *b, BlockId bb, const AstExpr *e)
{
	uint32_t bi;
	if (e->kind == EXPR_RETURN)
		bi = 0;
	else
		bi = find_breakable(b, e->loop);
	if (e->kind != EXPR_CONTINUE) {
		PlaceId dest = b->brks[bi].dest;
		if (e->lhs)
			bb = into(b, dest, bb, e->lhs);
		else
			assign_unit(b, bb, dest);
	}
	return break_to(b, bb, bi, e->kind == EXPR_CONTINUE);
}

/* ---- match ---- */

static int pat_matches_value(const AstPattern *p, uint64_t v)
{
	return !p->is_wildcard && p->value == v;
}

static uint64_t pat_value(Builder *b, const AstPattern *p, TypeId t)
{
	if (p->is_bool)
		return p->value;
	uint64_t v = p->value;
	if (p->negative)
		v = (uint64_t)0 - v;
	int bits = type_int_bits(b->m, t);
	if (bits < 64)
		v &= ((uint64_t)1 << bits) - 1;
	return v;
}

static int arm_has_wild(const AstMatchArm *a)
{
	for (int i = 0; i < a->npats; i++)
		if (a->pats[i].is_wildcard)
			return 1;
	return 0;
}

static BlockId lower_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	PlaceId scrut;
	bb = as_place(b, bb, e->lhs, &scrut);
	push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = scrut});
	TypeId st = place_type(b->f, scrut);
	int n = e->narms;
	BlockId *arm_block = scratch_alloc((size_t)n * sizeof *arm_block);
	for (int i = 0; i < n; i++)
		arm_block[i] = NO_BLOCK;
	int last = n - 1;
	/* which arm is first to take each value */
	if (st == TY_BOOL) {
		int arm_of[2] = {-1, -1};
		for (int v = 1; v >= 0; v--)
			for (int i = 0; i < n && arm_of[v] < 0; i++)
				for (int k = 0; k < e->arms[i].npats; k++)
					if (e->arms[i].pats[k].is_wildcard || pat_matches_value(&e->arms[i].pats[k], (uint64_t)v))
						arm_of[v] = i;
		if (arm_of[0] == arm_of[1]) {
			arm_block[arm_of[0]] = new_block(b);
			goto_(b, bb, arm_block[arm_of[0]]);
		} else {
			BlockId tv = new_block(b), fv = new_block(b);
			Term sw = mk(TK_SWITCH);
			sw.a = op_copy(scrut);
			SwitchArm arm = {0, fv};
			sw.args = fn_add_arms(b->f, &arm, 1);
			sw.nargs = 1;
			sw.target = tv;
			terminate(b, bb, sw);
			BlockId tgt[2] = {fv, tv};
			for (int v = 0; v < 2; v++) {
				int a = arm_of[v];
				if (a == last)
					arm_block[a] = tgt[v];
			}
			for (int v = 0; v < 2; v++) {
				int a = arm_of[v];
				if (a != last)
					arm_block[a] = tgt[v]; /* replaced by a fresh block below */
			}
		}
	} else {
		BlockId other = new_block(b);
		size_t npats = 1; /* each pattern gives at most one arm */
		for (int i = 0; i < n; i++)
			npats += (size_t)e->arms[i].npats;
		SwitchArm *arms = scratch_alloc(npats * sizeof *arms);
		int *owner = scratch_alloc_uninit(npats * sizeof *owner); /* the first arm taking arms[j].value */
		/* values seen: an open-addressing set of indexes into arms (+1), so
		 * that N arms cost O(N), not O(N^2) */
		size_t cap = 16;
		while (cap < 2 * npats)
			cap *= 2;
		uint32_t *seen = scratch_alloc(cap * sizeof *seen);
		uint32_t narms = 0;
		int wild = -1;
		for (int i = 0; i < n && wild < 0; i++) {
			const AstMatchArm *a = &e->arms[i];
			if (arm_has_wild(a))
				wild = i;
			for (int k = 0; k < a->npats; k++) {
				if (a->pats[k].is_wildcard)
					continue;
				uint64_t v = pat_value(b, &a->pats[k], st);
				size_t h = (size_t)((v * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & (cap - 1);
				while (seen[h] && arms[seen[h] - 1].value != v)
					h = (h + 1) & (cap - 1);
				if (seen[h])
					continue;
				seen[h] = narms + 1;
				owner[narms] = i;
				arms[narms].value = v;
				arms[narms].target = new_block(b);
				if (arm_block[i] == NO_BLOCK)
					arm_block[i] = arms[narms].target;
				narms++;
			}
		}
		Term sw = mk(TK_SWITCH);
		sw.a = op_copy(scrut);
		sw.args = fn_add_arms(b->f, arms, narms);
		sw.nargs = narms;
		sw.target = other;
		terminate(b, bb, sw);
		if (wild >= 0)
			arm_block[wild] = other;
		else
		{
			fake_read(b, other);
			terminate(b, other, mk(TK_UNREACHABLE));
		}
		/* targets of a multi-value arm or of non-last arms go through a fresh block */
		for (uint32_t j = 0; j < narms; j++) {
			int a = owner[j];
			if (arm_block[a] != arms[j].target)
				goto_(b, arms[j].target, arm_block[a]); /* collapsed by SimplifyCfg */
		}
	}
	/* non-last arms get their body in a fresh block (rustc's false-edge block),
	 * created in reverse arm order */
	for (int i = n - 1; i >= 0; i--) {
		if (i == last || arm_block[i] == NO_BLOCK)
			continue;
		BlockId pre = arm_block[i];
		BlockId fresh = new_block(b);
		if (!b->f->blocks[pre].has_term)
			false_edge(b, pre, fresh, GOTO_FALSE_EDGE);
		arm_block[i] = fresh;
	}
	BlockId *ends = scratch_alloc((size_t)n * sizeof *ends);
	for (int i = 0; i < n; i++) {
		if (arm_block[i] == NO_BLOCK) { /* unreachable arm */
			ends[i] = NO_BLOCK;
			continue;
		}
		b->pending_term = 1;
		int ats, aid = enter(b, &ats);
		ends[i] = into(b, dest, arm_block[i], e->arms[i].body);
		ends[i] = leave(b, aid, ats, ends[i]);
	}
	BlockId end = new_block(b);
	for (int i = 0; i < n; i++)
		if (ends[i] != NO_BLOCK)
			goto_(b, ends[i], end);
	scratch_release(sm);
	return end;
}

/* ---- await (rustc_ast_lowering: make_lowered_await) ---- */

static BlockId lower_await(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	const AstExpr *fut = e->lhs;
	TypeId ft = ty_of(b, fut->ty);
	TypeId out = ty_of(b, e->ty);
	/* match into_future(<fut>) { mut __awaitee => loop { .. } } */
	LocalId scrut;
	{
		int ts, id = enter(b, &ts); /* the into_future call expression */
		scrut = new_temp(b, ft, 1);
		storage(b, bb, ST_STORAGE_LIVE, scrut);
		schedule_drop(b, b->temp_scope, scrut, DK_STORAGE);
		Operand arg;
		bb = as_local_operand(b, bb, fut, ft, &arg);
		bb = emit_call(b, bb, pl(b, scrut), CALLEE_INTO_FUTURE, ft, &arg, 1);
		schedule_drop(b, b->temp_scope, scrut, DK_VALUE);
		bb = leave(b, id, ts, bb);
	}
	push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = pl(b, scrut)});
	BlockId arm_bb = new_block(b);
	goto_(b, bb, arm_bb);
	/* the arm */
	b->pending_term = 1;
	int ats, aid = enter(b, &ats);
	LocalId awaitee = fn_add_local(b->f, ft, "__awaitee", 1);
	storage(b, arm_bb, ST_STORAGE_LIVE, awaitee);
	schedule_drop(b, aid, awaitee, DK_STORAGE);
	assign(b, arm_bb, pl(b, awaitee), rv_use(op_move(pl(b, scrut))));
	schedule_drop(b, aid, awaitee, DK_VALUE);
	/* loop */
	int lts, lid = enter(b, &lts);
	BlockId lb = new_block(b);
	goto_(b, arm_bb, lb);
	Breakable *br = PUSH(b, b->brks, b->nbrks, b->capbrks);
	memset(br, 0, sizeof *br);
	br->scope_id = lid;
	br->dest = dest;
	br->loop = e; /* the await's loop */
	br->loop_block = lb;
	tree_init(&br->brk, b);
	tree_init(&br->cont, b);
	BlockId body = new_block(b);
	false_edge(b, lb, body, GOTO_FALSE_UNWIND);
	diverge_from(b, lb);
	PlaceId ut = pl(b, unit_temp(b));
	/* loop body block (terminating) */
	b->pending_term = 1;
	int bts, bid = enter(b, &bts);
	/* statement 1: match poll(..) { Ready(result) => break result, Pending => {} } */
	int s1 = push_scope(b);
	int sts = b->temp_scope;
	b->temp_scope = s1;
	int mts, mid = enter(b, &mts); /* the match expression */
	LocalId st = new_temp(b, TY_UNIT, 0);
	storage(b, body, ST_STORAGE_LIVE, st);
	schedule_drop(b, s1, st, DK_STORAGE);
	TypeId poll_t = type_ptr(b->m, TY_POLL, out);
	TypeId refmut = type_ptr(b->m, TY_REFMUT, ft);
	TypeId pin = type_ptr(b->m, TY_PIN, refmut);
	TypeId ctx = type_ptr(b->m, TY_REFMUT, TY_CONTEXT);
	LocalId pr;
	{
		int uts, uid = enter(b, &uts); /* unsafe { poll(..) } block expression */
		pr = new_temp(b, poll_t, 1);
		storage(b, body, ST_STORAGE_LIVE, pr);
		schedule_drop(b, s1, pr, DK_STORAGE);
		int kts, kid = enter(b, &kts); /* the block's scope */
		int cts, cid = enter(b, &cts); /* the poll call */
		Operand args[2];
		{
			int nts, nid = enter(b, &nts); /* Pin::new_unchecked(&mut __awaitee) */
			LocalId a0 = new_temp(b, pin, 1);
			storage(b, body, ST_STORAGE_LIVE, a0);
			schedule_drop(b, cid, a0, DK_STORAGE);
			int rts, rid = enter(b, &rts); /* &mut __awaitee (reborrowed) */
			LocalId r1 = new_temp(b, refmut, 1);
			storage(b, body, ST_STORAGE_LIVE, r1);
			schedule_drop(b, nid, r1, DK_STORAGE);
			LocalId r2 = new_temp(b, refmut, 1);
			storage(b, body, ST_STORAGE_LIVE, r2);
			schedule_drop(b, s1, r2, DK_STORAGE);
			assign(b, body, pl(b, r2), (Stmt){.rv = RV_REFMUT, .a = {.v = pl(b, awaitee)}});
			assign(b, body, pl(b, r1),
			       (Stmt){.rv = RV_REFMUT, .a = {.v = place_project(b->f, pl(b, r2), PROJ_DEREF, 0, ft)}});
			body = leave(b, rid, rts, body);
			Operand a = op_move(pl(b, r1));
			body = emit_call(b, body, pl(b, a0), CALLEE_PIN_NEW, ft, &a, 1);
			body = leave(b, nid, nts, body);
			args[0] = op_move(pl(b, a0));
		}
		{
			int gts, gid = enter(b, &gts); /* &mut *get_context(task_context) */
			LocalId a1 = new_temp(b, ctx, 1);
			storage(b, body, ST_STORAGE_LIVE, a1);
			schedule_drop(b, cid, a1, DK_STORAGE);
			LocalId c = new_temp(b, ctx, 1);
			storage(b, body, ST_STORAGE_LIVE, c);
			schedule_drop(b, s1, c, DK_STORAGE);
			LocalId tc = new_temp(b, TY_RESUMETY, 1);
			storage(b, body, ST_STORAGE_LIVE, tc);
			schedule_drop(b, gid, tc, DK_STORAGE);
			assign(b, body, pl(b, tc), rv_use(op_copy(pl(b, 2))));
			Operand a = op_move(pl(b, tc));
			body = emit_call(b, body, pl(b, c), CALLEE_GET_CONTEXT, 0, &a, 1);
			assign(b, body, pl(b, a1),
			       (Stmt){.rv = RV_REFMUT, .a = {.v = place_project(b->f, pl(b, c), PROJ_DEREF, 0, TY_CONTEXT)}});
			body = leave(b, gid, gts, body);
			args[1] = op_move(pl(b, a1));
		}
		body = emit_call(b, body, pl(b, pr), CALLEE_POLL, ft, args, 2);
		body = leave(b, cid, cts, body);
		body = leave(b, kid, kts, body);
		body = leave(b, uid, uts, body);
	}
	push(b, body, (Stmt){.kind = ST_PLACE_MENTION, .place = pl(b, pr)});
	LocalId discr = new_temp(b, TY_ISIZE, 1);
	assign(b, body, pl(b, discr), (Stmt){.rv = RV_DISCR, .a = {.v = pl(b, pr)}});
	BlockId unreach = new_block(b), ready = new_block(b), pending = new_block(b);
	{
		Term sw = mk(TK_SWITCH);
		sw.a = op_move(pl(b, discr));
		SwitchArm arms[2] = {{0, ready}, {1, pending}};
		sw.args = fn_add_arms(b->f, arms, 2);
		sw.nargs = 2;
		sw.target = unreach;
		terminate(b, body, sw);
		fake_read(b, unreach);
		terminate(b, unreach, mk(TK_UNREACHABLE));
	}
	BlockId ready_body = new_block(b);
	false_edge(b, ready, ready_body, GOTO_FALSE_EDGE);
	/* Ready(result) => break result */
	BlockId e1;
	{
		b->pending_term = 1;
		int xts, xid = enter(b, &xts);
		LocalId res = fn_add_local(b->f, out, "result", 0);
		storage(b, ready_body, ST_STORAGE_LIVE, res);
		schedule_drop(b, xid, res, DK_STORAGE);
		PlaceId down = place_project(b->f, pl(b, pr), PROJ_DOWNCAST, 0, poll_t);
		assign(b, ready_body, pl(b, res), rv_use(op_copy(place_project(b->f, down, PROJ_FIELD, 0, out))));
		schedule_drop(b, xid, res, DK_VALUE);
		int ets, eid = enter(b, &ets); /* `break result`, coerced from ! */
		(void)new_temp(b, TY_NEVER, 1);
		uint32_t bi = b->nbrks - 1;
		PlaceId rp = pl(b, res);
		assign(b, ready_body, dest, rv_use(consume(b, rp)));
		ready_body = break_to(b, ready_body, bi, 0);
		terminate(b, ready_body, mk(TK_UNREACHABLE));
		ready_body = new_block(b);
		ready_body = leave(b, eid, ets, ready_body);
		e1 = leave(b, xid, xts, ready_body);
	}
	/* Pending => {} */
	BlockId e2;
	{
		b->pending_term = 1;
		int xts, xid = enter(b, &xts);
		int yts, yid = enter(b, &yts);
		int kid = push_scope(b);
		assign_unit(b, pending, pl(b, st));
		pending = pop_scope(b, kid, pending);
		pending = leave(b, yid, yts, pending);
		e2 = leave(b, xid, xts, pending);
	}
	BlockId mend = new_block(b);
	goto_(b, e1, mend);
	goto_(b, e2, mend);
	mend = leave(b, mid, mts, mend);
	b->temp_scope = sts;
	mend = pop_scope(b, s1, mend);
	/* statement 2: task_context = yield () */
	int s2 = push_scope(b);
	b->temp_scope = s2;
	{
		int ats2, asid = enter(b, &ats2); /* the assignment */
		int yts, yid = enter(b, &yts);    /* the yield expression */
		LocalId ra = new_temp(b, TY_RESUMETY, 1);
		storage(b, mend, ST_STORAGE_LIVE, ra);
		schedule_drop(b, asid, ra, DK_STORAGE);
		int vts, vid = enter(b, &vts); /* () */
		LocalId uv = new_temp(b, TY_UNIT, 1);
		storage(b, mend, ST_STORAGE_LIVE, uv);
		schedule_drop(b, yid, uv, DK_STORAGE);
		assign(b, mend, pl(b, uv), (Stmt){.rv = RV_AGGREGATE, .op = AGG_TUPLE, .x = TY_UNIT});
		mend = leave(b, vid, vts, mend);
		BlockId resume = new_block(b);
		Term y = mk(TK_YIELD);
		y.a = op_move(pl(b, uv));
		y.place = pl(b, ra);
		y.target = resume;
		terminate(b, mend, y);
		tree_entry(b, &b->cdrop, mend, diverge_dropline_target(b, b->nscopes - 1));
		resume = leave(b, yid, yts, resume);
		assign(b, resume, pl(b, 2), rv_use(op_move(pl(b, ra))));
		mend = leave(b, asid, ats2, resume);
	}
	b->temp_scope = sts;
	mend = pop_scope(b, s2, mend);
	assign_unit(b, mend, ut);
	mend = leave(b, bid, bts, mend);
	goto_(b, mend, lb);
	Breakable done = b->brks[--b->nbrks];
	BlockId brk = build_exit_tree(b, &done.brk, done.scope_id, NO_BLOCK);
	build_exit_tree(b, &done.cont, done.scope_id, lb);
	if (brk == NO_BLOCK)
		brk = new_block(b);
	brk = leave(b, lid, lts, brk);
	brk = leave(b, aid, ats, brk);
	BlockId end = new_block(b);
	goto_(b, brk, end);
	return end;
}

/* ---- async blocks ---- */

static uint32_t capture_index(const AstAsyncBlock *ab, const AstVar *v)
{
	for (int i = 0; i < ab->ncaptures; i++)
		if (ab->captures[i].var == v)
			return (uint32_t)i;
	return NO_ID;
}

/* The place of v as seen by the body being built (a local or an upvar). */
static PlaceId outer_var_place(Builder *b, const AstVar *v)
{
	LocalId l = b->var_local[v->id];
	if (l != NO_ID)
		return pl(b, l);
	uint32_t i = capture_index(b->ab, v);
	IR_ASSERT(i != NO_ID);
	const AstCapture *c = &b->ab->captures[i];
	TypeId vt = ty_of(b, v->ty);
	if (c->mode == CAPTURE_BY_VALUE)
		return place_project(b->f, pl(b, 1), PROJ_FIELD, i, vt);
	TypeId rt = type_ptr(b->m, c->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt);
	return place_project(b->f, place_project(b->f, pl(b, 1), PROJ_FIELD, i, rt), PROJ_DEREF, 0, vt);
}

static BlockId lower_closure(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv)
{
	const AstAsyncBlock *ab = e->async_block;
	uint32_t coro = b->coro_of_block[ab->id];
	ScratchMark sm = scratch_mark();
	Operand *ops = scratch_alloc_uninit(((size_t)ab->ncaptures + 1) * sizeof *ops); /* any number of captures */
	for (int i = 0; i < ab->ncaptures; i++) {
		const AstCapture *c = &ab->captures[i];
		PlaceId p = outer_var_place(b, c->var);
		if (c->mode == CAPTURE_BY_VALUE) {
			ops[i] = consume(b, p);
			continue;
		}
		TypeId vt = ty_of(b, c->var->ty);
		LocalId t = new_temp(b, type_ptr(b->m, c->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt), 1);
		storage(b, bb, ST_STORAGE_LIVE, t);
		if (scope != NO_SCOPE)
			schedule_drop(b, scope, t, DK_STORAGE);
		assign(b, bb, pl(b, t), (Stmt){.rv = c->mode == CAPTURE_BY_REF ? RV_REF : RV_REFMUT, .a = {.v = p}});
		ops[i] = op_move(pl(b, t));
	}
	*rv = (Stmt){.rv = RV_AGGREGATE, .op = AGG_CORO, .x = type_coro(b->m, coro)};
	rv->a.v = fn_add_args(b->f, ops, (uint32_t)ab->ncaptures);
	rv->b.v = (uint32_t)ab->ncaptures;
	scratch_release(sm);
	return bb;
}

/* ---- into ---- */

static BlockId into_inner(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e, int ntoa)
{
	if (ntoa) {
		LocalId t;
		int call = e->kind == EXPR_CALL;
		bb = as_temp_inner(b, bb, topmost(b), e, 0, NO_ID, 1, &t);
		if (call)
			return bb;
		terminate(b, bb, mk(TK_UNREACHABLE));
		return new_block(b);
	}
	switch (e->kind) {
	case EXPR_BLOCK:
		return ast_block(b, dest, bb, e->block, 0);
	case EXPR_MATCH:
		return lower_match(b, dest, bb, e);
	case EXPR_IF:
		return lower_if(b, dest, bb, e);
	case EXPR_LOOP:
		return in_loop(b, dest, bb, e, loop_body, e);
	case EXPR_WHILE:
		return in_loop(b, dest, bb, e, while_body, e);
	case EXPR_CALL:
		return lower_call(b, dest, bb, e);
	case EXPR_AWAIT:
		return lower_await(b, dest, bb, e);
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		bb = stmt_expr(b, bb, e, NO_SCOPE, 0);
		assign_unit(b, bb, dest);
		return bb;
	case EXPR_BREAK:
	case EXPR_CONTINUE:
	case EXPR_RETURN:
		return lower_jump(b, bb, e);
	case EXPR_VAR:
		assign(b, bb, dest, rv_use(consume(b, var_place(b, e))));
		return bb;
	case EXPR_CAST:
		if (is_identity_cast(e))
			return into(b, dest, bb, e->lhs);
		goto rvalue;
	case EXPR_BINARY:
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR)
			return lower_logical(b, dest, bb, e);
		/* fallthrough */
	default:
	rvalue: {
		Stmt rv;
		bb = as_rvalue_inner(b, bb, topmost(b), e, &rv);
		assign(b, bb, dest, rv);
		return bb;
	}
	}
}

static BlockId into(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	int ts, id = enter(b, &ts);
	bb = into_inner(b, dest, bb, e, ntoa_for(e, place_type(b->f, dest)));
	return leave(b, id, ts, bb);
}

/* ---- statements ---- */

static BlockId stmt_expr_inner(Builder *b, BlockId bb, const AstExpr *e, int stmt_scope, int ntoa)
{
	if (!ntoa) {
		switch (e->kind) {
		case EXPR_ASSIGN: {
			Stmt rv;
			PlaceId lhs;
			TypeId lt = ty_of(b, e->lhs->ty);
			bb = as_local_rvalue(b, bb, e->rhs, lt, &rv);
			bb = as_place(b, bb, e->lhs, &lhs);
			if (needs_drop(b, lt)) {
				BlockId ok = new_block(b), uw = fn_add_block(b->f, 1);
				rv.kind = ST_ASSIGN;
				rv.place = lhs;
				push(b, ok, rv);
				push(b, uw, rv);
				Term t = mk(TK_DROP);
				t.place = lhs;
				t.target = ok;
				t.unwind = UW_CLEANUP;
				t.unwind_bb = uw;
				terminate(b, bb, t);
				diverge_from(b, bb);
				return ok;
			}
			assign(b, bb, lhs, rv);
			return bb;
		}
		case EXPR_OP_ASSIGN: {
			Operand r;
			PlaceId lhs;
			TypeId lt = ty_of(b, e->lhs->ty);
			bb = as_local_operand(b, bb, e->rhs, ty_of(b, e->rhs->ty), &r);
			bb = as_place(b, bb, e->lhs, &lhs);
			Stmt rv;
			bb = binary_op(b, bb, binop_of(e->bin_op), lt, op_copy(lhs), r, &rv);
			assign(b, bb, lhs, rv);
			return bb;
		}
		case EXPR_BREAK:
		case EXPR_CONTINUE:
		case EXPR_RETURN:
			return lower_jump(b, bb, e);
		default:
			break;
		}
	}
	LocalId t;
	return as_temp_inner(b, bb, stmt_scope, e, ntoa, TY_UNIT, 0, &t);
}

static BlockId stmt_expr(Builder *b, BlockId bb, const AstExpr *e, int stmt_scope, int coerce_unit)
{
	int ts, id = enter(b, &ts);
	bb = stmt_expr_inner(b, bb, e, stmt_scope, coerce_unit && is_never(e));
	return leave(b, id, ts, bb);
}

static LocalId declare_let(Builder *b, const AstVar *v)
{
	LocalId l = fn_add_local(b->f, ty_of(b, v->ty), v->name, v->is_mut);
	b->var_local[v->id] = l;
	return l;
}

/* rustc: ast_block + ast_block_stmts. */
static BlockId ast_block(Builder *b, PlaceId dest, BlockId bb, const AstBlock *blk, int terminating)
{
	ScratchMark sm = scratch_mark();
	b->pending_term = terminating;
	int bts, bid = enter(b, &bts);
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
		/* let */
		int rem = push_scope(b);
		lets[nlets++] = rem;
		int sid = push_scope(b);
		int sts = b->temp_scope;
		b->temp_scope = sid;
		if (s->expr) {
			if (s->var) {
				LocalId l = declare_let(b, s->var);
				storage(b, bb, ST_STORAGE_LIVE, l);
				schedule_drop(b, rem, l, DK_STORAGE);
				bb = into(b, pl(b, l), bb, s->expr);
				fake_read(b, bb); /* FakeRead(ForLet) */
				schedule_drop(b, rem, l, DK_VALUE);
			} else {
				/* `let _ = e;`: e is evaluated into a place and not bound */
				PlaceId p;
				bb = as_place(b, bb, s->expr, &p);
				push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = p});
			}
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
			}
		}
	}
	TypeId dt = place_type(b->f, dest);
	if (blk->tail) {
		bb = into(b, dest, bb, blk->tail);
	} else if (dt == TY_UNIT) {
		assign_unit(b, bb, dest);
	}
	for (int i = nlets; i-- > 0;)
		bb = pop_scope(b, lets[i], bb);
	scratch_release(sm);
	return leave(b, bid, bts, bb);
}

/* ---------------------------------------------------------------------- */
/* Post-build passes                                                       */
/* ---------------------------------------------------------------------- */

/* A terminator has at most 3 successors besides a switch's arms (a call's
 * target and unwind, a drop's drop edge). The buffers for them are sized per
 * fn by succ_room(): a `match` may have any number of arms. */
static uint32_t succ_room(const Fn *f)
{
	uint32_t room = 3;
	for (uint32_t bb = 0; bb < f->nblocks; bb++) {
		const Term *t = &f->blocks[bb].term;
		if (f->blocks[bb].has_term && t->kind == TK_SWITCH && t->nargs + 1 > room)
			room = t->nargs + 1;
	}
	return room;
}

/* Successors as rustc's MIR has them at this stage (Drop `drop:` edges too). */
static uint32_t succs(const Fn *f, const Term *t, BlockId *out)
{
	uint32_t n = 0;
	switch (t->kind) {
	case TK_GOTO:
		out[n++] = t->target;
		if (t->op == GOTO_FALSE_UNWIND && t->unwind == UW_CLEANUP)
			out[n++] = t->unwind_bb;
		break;
	case TK_SWITCH:
		for (uint32_t i = 0; i < t->nargs; i++)
			out[n++] = f->arms[t->args + i].target;
		out[n++] = t->target;
		break;
	case TK_CALL:
	case TK_DROP:
	case TK_ASSERT:
		if (t->target != NO_BLOCK)
			out[n++] = t->target;
		if (t->unwind == UW_CLEANUP)
			out[n++] = t->unwind_bb;
		if (t->kind == TK_DROP && t->drop != NO_BLOCK)
			out[n++] = t->drop;
		break;
	case TK_YIELD:
		out[n++] = t->target;
		if (t->drop != NO_BLOCK)
			out[n++] = t->drop;
		break;
	default: break;
	}
	return n;
}

/* The successor fields themselves, in succs() order (to rewrite them). */
static uint32_t succ_slots(Fn *f, Term *t, BlockId **out)
{
	uint32_t n = 0;
	switch (t->kind) {
	case TK_GOTO:
		out[n++] = &t->target;
		if (t->op == GOTO_FALSE_UNWIND && t->unwind == UW_CLEANUP)
			out[n++] = &t->unwind_bb;
		break;
	case TK_SWITCH:
		for (uint32_t i = 0; i < t->nargs; i++)
			out[n++] = &f->arms[t->args + i].target;
		out[n++] = &t->target;
		break;
	case TK_CALL:
	case TK_DROP:
	case TK_ASSERT:
		if (t->target != NO_BLOCK)
			out[n++] = &t->target;
		if (t->unwind == UW_CLEANUP)
			out[n++] = &t->unwind_bb;
		if (t->kind == TK_DROP && t->drop != NO_BLOCK)
			out[n++] = &t->drop;
		break;
	case TK_YIELD:
		out[n++] = &t->target;
		if (t->drop != NO_BLOCK)
			out[n++] = &t->drop;
		break;
	default: break;
	}
	return n;
}

static void preds_count(Fn *f, uint32_t *cnt)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	memset(cnt, 0, n * sizeof *cnt);
	/* one allocation: the stack, then the seen flags */
	BlockId *stack = scratch_alloc_uninit((n + 1) * sizeof *stack + n);
	uint8_t *seen = (uint8_t *)(stack + n + 1);
	memset(seen, 0, n);
	BlockId *s = scratch_alloc_uninit(succ_room(f) * sizeof *s);
	uint32_t sp = 0;
	cnt[0] = 1;
	stack[sp++] = 0;
	seen[0] = 1;
	while (sp) {
		BlockId bb = stack[--sp];
		uint32_t ns = f->blocks[bb].has_term ? succs(f, &f->blocks[bb].term, s) : 0;
		for (uint32_t i = 0; i < ns; i++) {
			cnt[s[i]]++;
			if (!seen[s[i]]) {
				seen[s[i]] = 1;
				stack[sp++] = s[i];
			}
		}
	}
	scratch_release(sm);
}

/* rustc: RemoveNoopLandingPads. */
static void remove_noop_landing_pads(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint8_t *nop = scratch_alloc(n);
	/* postorder approximated by iterating to a fixpoint */
	for (int changed = 1; changed;) {
		changed = 0;
		for (uint32_t bb = 0; bb < n; bb++) {
			Block *b = &f->blocks[bb];
			if (nop[bb] || !b->cleanup || !b->has_term)
				continue;
			int ok = 1;
			for (uint32_t i = 0; i < b->nstmts && ok; i++) {
				uint8_t k = b->stmts[i].kind;
				ok = k == ST_STORAGE_LIVE || k == ST_STORAGE_DEAD || k == ST_NOP || k == ST_PLACE_MENTION ||
				     (k == ST_ASSIGN && b->stmts[i].rv == RV_USE && place_is_local(f, b->stmts[i].place));
			}
			if (!ok)
				continue;
			if (b->term.kind == TK_RESUME) {
			} else if (b->term.kind == TK_GOTO) {
				ok = nop[b->term.target];
			} else {
				ok = 0;
			}
			if (ok) {
				nop[bb] = 1;
				changed = 1;
			}
		}
	}
	for (uint32_t bb = 0; bb < n; bb++) {
		Term *t = &f->blocks[bb].term;
		if (!f->blocks[bb].has_term)
			continue;
		if ((t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_ASSERT) && t->unwind == UW_CLEANUP &&
		    nop[t->unwind_bb]) {
			t->unwind = UW_CONTINUE;
			t->unwind_bb = NO_BLOCK;
		}
	}
	scratch_release(sm);
}

static void remove_dead_blocks(Fn *f);
static void remove_dead_blocks_counted(Fn *f, const uint32_t *cnt);

/* rustc: SimplifyCfg (CfgSimplifier + remove_dead_blocks). */
static void simplify_cfg(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint32_t *pred = scratch_alloc_uninit(n * sizeof *pred);
	/* strip nops (FakeReads are statements until CleanupPostBorrowck) */
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *bl = &f->blocks[bb];
		uint32_t k = 0;
		for (uint32_t i = 0; i < bl->nstmts; i++)
			if (!(bl->stmts[i].kind == ST_NOP && bl->stmts[i].x == 0))
				bl->stmts[k++] = bl->stmts[i];
		bl->nstmts = k;
	}
	preds_count(f, pred);
	/* merging blocks and collapsing switches never adds successors */
	BlockId **s = scratch_alloc_uninit(succ_room(f) * sizeof *s);
	for (int changed = 1; changed;) {
		changed = 0;
		for (uint32_t bb = 0; bb < n; bb++) {
			if (pred[bb] == 0 || !f->blocks[bb].has_term)
				continue;
			Term *t = &f->blocks[bb].term;
			/* collapse goto chains */
			uint32_t ns = succ_slots(f, t, s);
			for (uint32_t i = 0; i < ns; i++) {
				BlockId *ref = s[i];
				BlockId tgt = *ref;
				BlockId cur = tgt;
				uint32_t guard = 0;
				while (f->blocks[cur].nstmts == 0 && f->blocks[cur].has_term &&
				       f->blocks[cur].term.kind == TK_GOTO && f->blocks[cur].term.op == GOTO_PLAIN &&
				       f->blocks[cur].term.target != cur &&
				       guard++ < n) {
					BlockId nx = f->blocks[cur].term.target;
					if (pred[cur] == 1) {
						/* the chain is only used here */
					}
					cur = nx;
				}
				if (cur != tgt) {
					/* rustc decrements pred counts along the chain */
					BlockId c = tgt;
					while (c != cur) {
						BlockId nx = f->blocks[c].term.target;
						pred[c]--;
						pred[nx]++;
						c = nx;
					}
					*ref = cur;
					changed = 1;
				}
			}
			for (int inner = 1; inner;) {
				inner = 0;
				/* switch with every target the same */
				if (t->kind == TK_SWITCH) {
					int same = 1;
					for (uint32_t i = 0; i < t->nargs; i++)
						same &= f->arms[t->args + i].target == t->target;
					if (same) {
						BlockId tg = t->target;
						if (t->nargs)
							pred[tg] -= t->nargs;
						*t = term_goto(tg);
						inner = 1;
					}
				}
				if (t->kind == TK_GOTO && t->op == GOTO_PLAIN && pred[t->target] == 1 && t->target != bb &&
				    f->blocks[t->target].has_term) {
					BlockId tg = t->target;
					Block *src = &f->blocks[tg];
					for (uint32_t i = 0; i < src->nstmts; i++)
						fn_push_stmt(f, bb, src->stmts[i]);
					Term nt = src->term;
					src->nstmts = 0;
					src->has_term = 0;
					pred[tg] = 0;
					t = &f->blocks[bb].term;
					*t = nt;
					inner = 1;
				}
				if (inner)
					changed = 1;
			}
		}
	}
	/* rustc: remove_duplicate_unreachable_blocks */
	BlockId first_unreach = NO_BLOCK;
	uint8_t *dup = scratch_alloc(n);
	uint32_t ndup = 0;
	uint32_t *live = scratch_alloc_uninit(n * sizeof *live);
	preds_count(f, live); /* dead blocks were removed by the earlier SimplifyCfg-initial */
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *bl = &f->blocks[bb];
		if (live[bb] && bl->has_term && bl->nstmts == 0 && bl->term.kind == TK_UNREACHABLE && !bl->cleanup) {
			if (first_unreach == NO_BLOCK)
				first_unreach = bb;
			dup[bb] = 1;
			ndup++;
		}
	}
	if (ndup > 1) {
		for (uint32_t bb = 0; bb < n; bb++) {
			if (!f->blocks[bb].has_term)
				continue;
			Term *t = &f->blocks[bb].term;
			uint32_t ns = succ_slots(f, t, s);
			for (uint32_t i = 0; i < ns; i++) {
				BlockId *ref = s[i];
				if (dup[*ref])
					*ref = first_unreach;
			}
			if (t->kind == TK_SWITCH) { /* simplify_duplicate_switch_targets */
				uint32_t k = 0;
				for (uint32_t i = 0; i < t->nargs; i++)
					if (f->arms[t->args + i].target != t->target)
						f->arms[t->args + k++] = f->arms[t->args + i];
				t->nargs = k;
			}
		}
		remove_dead_blocks(f);
	} else {
		remove_dead_blocks_counted(f, live); /* nothing changed since they were counted */
	}
	scratch_release(sm);
}

/* rustc: remove_dead_blocks (keeps the order of the live blocks). */
static void remove_dead_blocks_counted(Fn *f, const uint32_t *cnt)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint32_t *map = scratch_alloc_uninit(n * sizeof *map);
	uint32_t k = 0;
	for (uint32_t bb = 0; bb < n; bb++)
		map[bb] = cnt[bb] ? k++ : NO_BLOCK;
	BlockId **s = scratch_alloc_uninit(succ_room(f) * sizeof *s);
	for (uint32_t bb = 0; bb < n; bb++) {
		if (map[bb] == NO_BLOCK)
			continue;
		Term *t = &f->blocks[bb].term;
		uint32_t ns = succ_slots(f, t, s);
		for (uint32_t i = 0; i < ns; i++) {
			BlockId *ref = s[i];
			*ref = map[*ref];
		}
		f->blocks[map[bb]] = f->blocks[bb];
	}
	f->nblocks = k;
	scratch_release(sm);
}

static void remove_dead_blocks(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t *cnt = scratch_alloc_uninit(f->nblocks * sizeof *cnt);
	preds_count(f, cnt);
	remove_dead_blocks_counted(f, cnt);
	scratch_release(sm);
}

/* rustc: AddCallGuards (CriticalCallEdges). */
static void add_call_guards(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint32_t *pred = scratch_alloc(n * sizeof *pred);
	BlockId *s = scratch_alloc_uninit(succ_room(f) * sizeof *s);
	for (uint32_t bb = 0; bb < n; bb++) {
		uint32_t ns = succs(f, &f->blocks[bb].term, s);
		for (uint32_t i = 0; i < ns; i++)
			pred[s[i]]++;
	}
	for (uint32_t bb = 0; bb < n; bb++) {
		Term *t = &f->blocks[bb].term;
		if (t->kind != TK_CALL || t->target == NO_BLOCK || pred[t->target] <= 1)
			continue;
		if (t->unwind != UW_CLEANUP && t->unwind != UW_TERMINATE)
			continue;
		BlockId tgt = t->target;
		BlockId g = fn_add_block(f, f->blocks[bb].cleanup);
		fn_set_term(f, g, term_goto(tgt));
		f->blocks[bb].term.target = g;
	}
	scratch_release(sm);
}

/* rustc: ElaborateDrops, for what the subset needs: a drop of a local that is
 * surely uninitialized (moved out on every path) becomes a goto; a drop of a
 * maybe-moved local stays (rustc would add a drop flag; see DESIGN notes). */
typedef struct Bits {
	uint64_t *w;
	uint32_t nw;
} Bits;

static int bit(const uint64_t *w, uint32_t i) { return (int)((w[i / 64] >> (i % 64)) & 1); }
static void setb(uint64_t *w, uint32_t i, int v)
{
	if (v)
		w[i / 64] |= 1ull << (i % 64);
	else
		w[i / 64] &= ~(1ull << (i % 64));
}

/* Calls cb(local, present) for the move-outs then the inits of statement i of
 * block bb (i == nstmts: the terminator), as rustc's drop_flag_effects_for_location
 * (StorageDead counts as a move-out; call destinations are initialized on the
 * return edge only). */
typedef void FlagEffect(void *ctx, LocalId l, int present);

static void op_effect(const Fn *f, Operand o, FlagEffect *cb, void *ctx)
{
	if (o.kind == OP_MOVE && place_is_local(f, o.v))
		cb(ctx, f->places[o.v].local, 0);
}

static void loc_effects(const Fn *f, BlockId bb, uint32_t i, FlagEffect *cb, void *ctx)
{
	const Block *b = &f->blocks[bb];
	if (i < b->nstmts) {
		const Stmt *s = &b->stmts[i];
		if (s->kind == ST_STORAGE_DEAD) {
			cb(ctx, s->x, 0);
			return;
		}
		if (s->kind != ST_ASSIGN)
			return;
		switch (s->rv) {
		case RV_USE:
		case RV_CAST:
		case RV_UNARY:
			op_effect(f, s->a, cb, ctx);
			break;
		case RV_BINARY:
		case RV_CHECKED:
			op_effect(f, s->a, cb, ctx);
			op_effect(f, s->b, cb, ctx);
			break;
		case RV_AGGREGATE:
			for (uint32_t k = 0; k < s->b.v; k++)
				op_effect(f, f->args[s->a.v + k], cb, ctx);
			break;
		default:
			break;
		}
		if (place_is_local(f, s->place))
			cb(ctx, f->places[s->place].local, 1);
		return;
	}
	const Term *t = &b->term;
	switch (t->kind) {
	case TK_CALL:
	case TK_ASSERT:
		for (uint32_t k = 0; k < t->nargs; k++)
			op_effect(f, f->args[t->args + k], cb, ctx);
		break;
	case TK_YIELD:
	case TK_SWITCH:
		op_effect(f, t->a, cb, ctx);
		break;
	case TK_DROP:
		if (place_is_local(f, t->place))
			cb(ctx, f->places[t->place].local, 0);
		break;
	default:
		break;
	}
}

/* Maybe-initialized / maybe-uninitialized bits, set by effects as they come
 * (flow_cb). The same pair sums up a run of effects (the last effect on a
 * local wins): mi = ends initialized, mu = ends uninitialized. */
typedef struct FlowState {
	uint64_t *mi, *mu;
	const uint32_t *bit_of; /* a local's bit, NO_ID for the locals no drop names */
} FlowState;

static void flow_cb(void *ctx, LocalId l, int present)
{
	FlowState *st = ctx;
	uint32_t k = st->bit_of[l];
	if (k == NO_ID)
		return;
	setb(st->mi, k, present);
	setb(st->mu, k, !present);
}

static void genkill_apply(uint64_t *mi, uint64_t *mu, const uint64_t *gen, const uint64_t *kill, uint32_t nw)
{
	for (uint32_t w = 0; w < nw; w++) {
		uint64_t touched = gen[w] | kill[w];
		mi[w] = (mi[w] & ~touched) | gen[w];
		mu[w] = (mu[w] & ~touched) | kill[w];
	}
}

typedef struct FlagPatch {
	BlockId bb;
	uint32_t at;
	LocalId flag;
	int val;
} FlagPatch;

typedef struct FlagCtx {
	Fn *f;
	LocalId *flag_of;
	FlagPatch *v;
	uint32_t n, cap;
	BlockId bb;
	uint32_t at;
} FlagCtx;

static void add_flag_patch(FlagCtx *c, BlockId bb, uint32_t at, LocalId l, int val)
{
	if (c->flag_of[l] == NO_ID)
		return;
	FlagPatch *p = VEC_PUSH(c->f->arena, c->v, c->n, c->cap);
	p->bb = bb;
	p->at = at;
	p->flag = c->flag_of[l];
	p->val = val;
}

static void flag_cb(void *ctx, LocalId l, int present)
{
	FlagCtx *c = ctx;
	add_flag_patch(c, c->bb, c->at, l, present);
}

static int cmp_patch(const void *x, const void *y)
{
	const FlagPatch *a = x, *b = y;
	if (a->bb != b->bb)
		return a->bb < b->bb ? -1 : 1;
	if (a->at != b->at)
		return a->at < b->at ? -1 : 1;
	return 0;
}

/* rustc: ElaborateDrops. A drop of a surely-uninitialized local becomes a goto,
 * a drop of a surely-initialized one stays, and a drop of a maybe-initialized
 * one goes through a drop flag (`_f: bool`, set where the local is initialized,
 * cleared where it is moved or its storage dies, tested before the drop). */
static void elaborate_drops(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks, nl = f->nlocals;
	/* The bits are the locals some Drop names, not every local: blocks x
	 * locals bits made a fn of N `let`s take O(N^2) memory (N = 20k: 3.7 GB). */
	uint32_t *bit_of = scratch_alloc_uninit(((size_t)nl + 1) * sizeof *bit_of);
	for (LocalId l = 0; l < nl; l++)
		bit_of[l] = NO_ID;
	uint32_t nbits = 0;
	for (uint32_t bb = 0; bb < n; bb++) {
		const Term *t = &f->blocks[bb].term;
		if (t->kind == TK_DROP && place_is_local(f, t->place) && bit_of[f->places[t->place].local] == NO_ID)
			bit_of[f->places[t->place].local] = nbits++;
	}
	uint32_t nw = (nbits + 63) / 64;
	uint64_t *in_mi = scratch_alloc(((size_t)n * nw) * 8), *in_mu = scratch_alloc(((size_t)n * nw) * 8);
	uint64_t *mi = scratch_alloc(nw * 8), *mu = scratch_alloc(nw * 8);
	uint64_t *xmi = scratch_alloc(nw * 8), *xmu = scratch_alloc(nw * 8);
	uint8_t *reached = scratch_alloc(n);
	BlockId *s = scratch_alloc_uninit(succ_room(f) * sizeof *s);
	for (LocalId l = 0; l < nl; l++)
		if (bit_of[l] != NO_ID) {
			setb(&in_mu[0], bit_of[l], !(l >= 1 && l <= f->nargs));
			setb(&in_mi[0], bit_of[l], l >= 1 && l <= f->nargs);
		}
	reached[0] = 1;
	/* each block's statements and its terminator, summed up once */
	uint64_t *gk = scratch_alloc(((size_t)n * nw * 4 + 1) * 8);
	for (uint32_t bb = 0; bb < n; bb++) {
		FlowState g = {&gk[(size_t)bb * nw * 4], &gk[(size_t)bb * nw * 4 + nw], bit_of};
		for (uint32_t i = 0; i < f->blocks[bb].nstmts; i++)
			loc_effects(f, bb, i, flow_cb, &g);
		FlowState gt = {g.mi + 2 * nw, g.mu + 2 * nw, bit_of};
		loc_effects(f, bb, f->blocks[bb].nstmts, flow_cb, &gt);
	}
	for (int changed = 1; changed;) {
		changed = 0;
		for (uint32_t bb = 0; bb < n; bb++) {
			if (!reached[bb])
				continue;
			const Block *b = &f->blocks[bb];
			const uint64_t *bgk = &gk[(size_t)bb * nw * 4];
			bs_copy(mi, &in_mi[(size_t)bb * nw], nw);
			bs_copy(mu, &in_mu[(size_t)bb * nw], nw);
			genkill_apply(mi, mu, bgk, bgk + nw, nw);
			const Term *t = &b->term;
			uint32_t ns = succs(f, t, s);
			for (uint32_t i = 0; i < ns; i++) {
				bs_copy(xmi, mi, nw);
				bs_copy(xmu, mu, nw);
				FlowState xs = {xmi, xmu, bit_of};
				genkill_apply(xmi, xmu, bgk + 2 * nw, bgk + 3 * nw, nw);
				if ((t->kind == TK_CALL && s[i] == t->target && i == 0) || (t->kind == TK_YIELD && i == 0))
					if (place_is_local(f, t->place))
						flow_cb(&xs, f->places[t->place].local, 1);
				uint64_t *dmi = &in_mi[(size_t)s[i] * nw], *dmu = &in_mu[(size_t)s[i] * nw];
				for (uint32_t w = 0; w < nw; w++) {
					uint64_t a = dmi[w] | xmi[w], c = dmu[w] | xmu[w];
					if (a != dmi[w] || c != dmu[w] || !reached[s[i]]) {
						dmi[w] = a;
						dmu[w] = c;
						changed = 1;
					}
				}
				reached[s[i]] = 1;
			}
		}
	}
	/* classify every drop; create the flags in block order */
	uint8_t *style = scratch_alloc(n); /* 0 none, 1 dead, 2 static, 3 conditional */
	LocalId *flag_of = scratch_alloc_uninit(nl * sizeof *flag_of);
	for (LocalId l = 0; l < nl; l++)
		flag_of[l] = NO_ID;
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *b = &f->blocks[bb];
		if (b->term.kind != TK_DROP)
			continue;
		b->term.drop = NO_BLOCK;
		if (!place_is_local(f, b->term.place)) {
			style[bb] = 2;
			continue;
		}
		bs_copy(mi, &in_mi[(size_t)bb * nw], nw);
		bs_copy(mu, &in_mu[(size_t)bb * nw], nw);
		genkill_apply(mi, mu, &gk[(size_t)bb * nw * 4], &gk[(size_t)bb * nw * 4 + nw], nw);
		LocalId l = f->places[b->term.place].local;
		if (!bit(mi, bit_of[l]))
			style[bb] = 1;
		else if (!bit(mu, bit_of[l]))
			style[bb] = 2;
		else {
			style[bb] = 3;
			if (flag_of[l] == NO_ID)
				flag_of[l] = fn_add_local(f, TY_BOOL, NULL, 1);
		}
	}
	/* resume block for the drops that keep their unwind (MirPatch::resume_block) */
	BlockId resume = NO_BLOCK;
	for (BlockId k = 0; k < n; k++)
		if (f->blocks[k].cleanup && f->blocks[k].nstmts == 0 && f->blocks[k].term.kind == TK_RESUME)
			resume = k;
	FlagCtx fc = {f, flag_of, NULL, 0, 0, 0, 0};
	for (uint32_t bb = 0; bb < n; bb++) {
		if (style[bb] == 0)
			continue;
		Term t = f->blocks[bb].term;
		if (style[bb] == 1) {
			f->blocks[bb].term = term_goto(t.target);
			continue;
		}
		if (t.unwind == UW_CONTINUE && !f->blocks[bb].cleanup) {
			if (resume == NO_BLOCK) {
				resume = fn_add_block(f, 1);
				fn_set_term(f, resume, term_simple(TK_RESUME));
			}
			t.unwind = UW_CLEANUP;
			t.unwind_bb = resume;
		}
		if (style[bb] == 2) {
			f->blocks[bb].term = t;
			continue;
		}
		int cl = f->blocks[bb].cleanup;
		BlockId db = fn_add_block(f, cl);
		fn_set_term(f, db, t);
		BlockId tb = fn_add_block(f, cl);
		Term sw = term_goto(t.target);
		sw.kind = TK_SWITCH;
		sw.a = op_copy(place_local(f, flag_of[f->places[t.place].local]));
		SwitchArm arm = {0, t.target};
		sw.args = fn_add_arms(f, &arm, 1);
		sw.nargs = 1;
		sw.target = db;
		fn_set_term(f, tb, sw);
		f->blocks[bb].term = term_goto(tb);
	}
	/* the flag assignments, in rustc's order: init, fn returns, locations */
	for (LocalId l = 0; l < nl; l++)
		if (flag_of[l] != NO_ID) {
			FlagPatch *p = VEC_PUSH(f->arena, fc.v, fc.n, fc.cap);
			*p = (FlagPatch){0, 0, flag_of[l], 0};
		}
	for (uint32_t bb = 0; bb < n; bb++) {
		Term *t = &f->blocks[bb].term;
		if (t->kind == TK_CALL && t->target != NO_BLOCK && t->unwind == UW_CLEANUP && place_is_local(f, t->place))
			add_flag_patch(&fc, t->target, 0, f->places[t->place].local, 1);
	}
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *b = &f->blocks[bb];
		for (uint32_t i = 0; i <= b->nstmts; i++) {
			if (i == b->nstmts && (style[bb] != 0))
				continue;
			fc.bb = bb;
			fc.at = i;
			loc_effects(f, bb, i, flag_cb, &fc);
		}
		Term *t = &b->term;
		if (t->kind == TK_CALL && t->target != NO_BLOCK && t->unwind != UW_CLEANUP && place_is_local(f, t->place))
			add_flag_patch(&fc, bb, b->nstmts, f->places[t->place].local, 1);
	}
	/* stable sort by location, then insert from the back */
	for (uint32_t i = 1; i < fc.n; i++) { /* insertion sort keeps equal keys in order */
		FlagPatch x = fc.v[i];
		uint32_t j = i;
		while (j > 0 && cmp_patch(&fc.v[j - 1], &x) > 0) {
			fc.v[j] = fc.v[j - 1];
			j--;
		}
		fc.v[j] = x;
	}
	for (uint32_t i = fc.n; i-- > 0;) {
		FlagPatch *p = &fc.v[i];
		/* equal locations: the earlier patch goes first, so insert later ones first */
		fn_insert_stmt(f, p->bb, p->at,
			       stmt_assign_use(place_local(f, p->flag), op_const(f, TY_BOOL, (uint64_t)p->val)));
	}
	scratch_release(sm);
}

/* rustc: Derefer. `(*(_1.0: &u32))` becomes `_t = copy (_1.0: &u32)` then `(*_t)`. */
static PlaceId deref_place(Fn *f, BlockId bb, uint32_t *at, PlaceId p)
{
	const Place *pp = &f->places[p];
	uint32_t np = pp->nproj;
	int needs = 0;
	for (uint32_t i = 1; i < np; i++)
		needs |= f->projs[pp->proj + i].kind == PROJ_DEREF;
	if (!needs)
		return p;
	PlaceId cur = place_local(f, f->places[p].local);
	for (uint32_t i = 0; i < np; i++) {
		Proj pe = f->projs[f->places[p].proj + i];
		if (pe.kind == PROJ_DEREF && f->places[cur].nproj > 0) {
			TypeId bt = place_type(f, cur);
			LocalId t = fn_add_local(f, bt, NULL, 1);
			fn_insert_stmt(f, bb, (*at)++, stmt_assign_use(place_local(f, t), op_copy(cur)));
			cur = place_local(f, t);
		}
		cur = place_project(f, cur, (ProjKind)pe.kind, pe.index, pe.ty);
	}
	return cur;
}

static void deref_operand(Fn *f, BlockId bb, uint32_t *at, Operand *o)
{
	if (o->kind != OP_CONST)
		o->v = deref_place(f, bb, at, o->v);
}

static void derefer(Fn *f)
{
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		for (uint32_t i = 0; i < f->blocks[bb].nstmts; i++) {
			uint32_t at = i;
			Stmt s = f->blocks[bb].stmts[i];
			if (s.kind == ST_ASSIGN || s.kind == ST_PLACE_MENTION || s.kind == ST_SET_DISCR)
				s.place = deref_place(f, bb, &at, s.place);
			if (s.kind == ST_ASSIGN) {
				switch (s.rv) {
				case RV_USE:
				case RV_CAST:
				case RV_UNARY:
					deref_operand(f, bb, &at, &s.a);
					break;
				case RV_BINARY:
				case RV_CHECKED:
					deref_operand(f, bb, &at, &s.a);
					deref_operand(f, bb, &at, &s.b);
					break;
				case RV_DISCR:
				case RV_REF:
				case RV_REFMUT:
					s.a.v = deref_place(f, bb, &at, s.a.v);
					break;
				case RV_AGGREGATE:
					for (uint32_t k = 0; k < s.b.v; k++)
						deref_operand(f, bb, &at, &f->args[s.a.v + k]);
					break;
				default:
					break;
				}
			}
			f->blocks[bb].stmts[at] = s;
			i = at;
		}
		Block *b = &f->blocks[bb];
		Term t = b->term;
		uint32_t at = b->nstmts;
		switch (t.kind) {
		case TK_CALL:
			for (uint32_t k = 0; k < t.nargs; k++)
				deref_operand(f, bb, &at, &f->args[t.args + k]);
			t.place = deref_place(f, bb, &at, t.place);
			break;
		case TK_SWITCH:
			deref_operand(f, bb, &at, &t.a);
			break;
		case TK_ASSERT:
			deref_operand(f, bb, &at, &t.a);
			for (uint32_t k = 0; k < t.nargs; k++)
				deref_operand(f, bb, &at, &f->args[t.args + k]);
			break;
		case TK_YIELD:
			deref_operand(f, bb, &at, &t.a);
			t.place = deref_place(f, bb, &at, t.place);
			break;
		case TK_DROP:
			t.place = deref_place(f, bb, &at, t.place);
			break;
		default:
			break;
		}
		f->blocks[bb].term = t;
	}
}

/* panic=abort: nothing unwinds (rustc: AbortUnwindingCalls + cleanup removal). */
static void strip_unwind(Fn *f)
{
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		Term *t = &f->blocks[bb].term;
		if (t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_ASSERT) {
			if (t->unwind != UW_UNREACHABLE) {
				t->unwind = UW_UNREACHABLE;
				t->unwind_bb = NO_BLOCK;
			}
		}
	}
}

/* rustc: CleanupPostBorrowck: false edges become gotos, FakeReads nops. */
static void cleanup_post_borrowck(Fn *f)
{
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		Block *bl = &f->blocks[bb];
		if (bl->term.kind == TK_GOTO && bl->term.op != GOTO_PLAIN)
			bl->term = term_goto(bl->term.target);
		for (uint32_t i = 0; i < bl->nstmts; i++)
			if (bl->stmts[i].kind == ST_NOP)
				bl->stmts[i].x = 0;
	}
}

static void finish_fn(Builder *b)
{
	Fn *f = b->f;
	for (BlockId bb = 0; bb < f->nblocks; bb++)
		if (!f->blocks[bb].has_term)
			internal_error("lower: %s: bb%u has no terminator", f->name, bb);
	simplify_cfg(f); /* SimplifyCfg-initial, with the false edges */
	cleanup_post_borrowck(f);
	if (!b->o->panic_abort) /* RemoveNoopLandingPads is off under panic=abort */
		remove_noop_landing_pads(f);
	simplify_cfg(f); /* SimplifyCfg-post-analysis */
	derefer(f);
	add_call_guards(f);
	elaborate_drops(f);
	remove_dead_blocks(f); /* ElaborateDrops ends with it */
	if (b->o->panic_abort) { /* AbortUnwindingCalls, then remove_dead_blocks */
		strip_unwind(f);
		remove_dead_blocks(f);
	}
	if (b->is_coro && b->pending) /* the transform does it, and compacts */
		state_transform_body(b->m, f->coro, f, &b->pending[f->coro], b->ma);
	else
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
	const char **body_name; /* by async block id */
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
	b->pending = c->pending;
	b->ma = c->ma;
	b->unit_temp = NO_ID;
	b->temp_scope = NO_SCOPE;
	b->var_local = arena_alloc(f->arena, ((size_t)fn->nvars + 1) * sizeof *b->var_local);
	for (int i = 0; i <= fn->nvars; i++)
		b->var_local[i] = NO_ID;
	tree_init(&b->unwind, b);
	tree_init(&b->cdrop, b);
}

/* rustc: construct_fn: call-site scope, return scope, argument scope, body. */
typedef BlockId BodyFn(Builder *b, BlockId bb, const void *arg);

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
	finish_fn(b);
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
	int *lets = scratch_alloc(((size_t)fn->nparams + 1) * sizeof *lets);
	for (int i = 0; i < fn->nparams; i++) {
		const AstVar *v = fn->params[i];
		int rem = push_scope(b);
		lets[i] = rem;
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
	}
	/* tail: drop-temps { user body } */
	int dts, did = enter(b, &dts);
	bb = body_block_expr(b, bb, fn->body);
	bb = leave(b, did, dts, bb);
	for (int i = fn->nparams; i-- > 0;)
		bb = pop_scope(b, lets[i], bb);
	scratch_release(sm);
	bb = leave(b, kid, kts, bb);
	return leave(b, eid, ets, bb);
}

static void build_sync_fn(Ctx *c, const AstFn *fn)
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
}

static void build_async_fn(Ctx *c, const AstFn *fn)
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
	terminate(&b, bb, mk(TK_RETURN));
	fn_compact(f); /* one block: a fraction of the arena's first chunk */
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
}

static void build_async_block(Ctx *c, const AstAsyncBlock *ab, uint32_t slot)
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
}

/* ---------------------------------------------------------------------- */
/* Entry point                                                             */
/* ---------------------------------------------------------------------- */

static const char *block_body_name(Ctx *c, const AstAsyncBlock *ab)
{
	if (c->body_name[ab->id])
		return c->body_name[ab->id];
	const AstFn *fn = ab->fn;
	const char *parent = ab->parent ? block_body_name(c, ab->parent) : fn->is_async ? NULL : fn->name;
	int k = 0;
	for (int i = 0; i < fn->nasync; i++) {
		const AstAsyncBlock *o = fn->async_blocks[i];
		if (o == ab)
			break;
		if (o->parent == ab->parent)
			k++;
	}
	/* names of any length (a Rust identifier has no limit) */
	if (parent)
		c->body_name[ab->id] = arena_printf(c->m->arena, "%s::{closure#%d}", parent, k);
	else
		c->body_name[ab->id] = arena_printf(c->m->arena, "%s::{closure#0}::{closure#%d}", fn->name, k);
	return c->body_name[ab->id];
}

static int has_body(const AstFn *fn)
{
	return fn->builtin == BUILTIN_NONE && fn->body;
}

/* AST fn i's Fns (it has a body), into its slots. */
static void build_fn(Ctx *c, const AstFn *fn)
{
	if (fn->is_async)
		build_async_fn(c, fn);
	else
		build_sync_fn(c, fn);
	uint32_t slot = c->first[fn->id] + (fn->is_async ? 2u : 1u);
	for (int j = 0; j < fn->nasync; j++)
		build_async_block(c, fn->async_blocks[j], slot + (uint32_t)j);
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

static void build_range(void *ctx, uint32_t begin, uint32_t end, int worker)
{
	Ctx *c = &((Ctx *)ctx)[worker];
	for (uint32_t i = begin; i < end; i++) {
		AstFn *fn = c->p->fns[i];
		if (!has_body(fn))
			continue;
		build_fn(c, fn);
		done_with(c, fn, worker);
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
		m->coros[k].body = arena_printf(m->arena, "%s::{closure#0}", fn->name);
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
			TypeId vt = ty_of(&tb, cp->var->ty);
			if (cp->mode != CAPTURE_BY_VALUE)
				vt = type_ptr(m, cp->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt);
			coro_add_upvar(m, k, cp->var->name, vt);
		}
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
	module_reserve_fns(m, nslots + (lower ? m->ncoros : 0)); /* the bodies, then the drop shims */
	for (uint32_t i = 0; i < nslots; i++)
		if (c.slots[i])
			module_add_fn(m, c.slots[i]);
	free(c.slots);
	free(c.first);
	frontend_free(p);
	arena_pool_trim(); /* the AST's chunks: what follows allocates exact sizes */
	int rc = lower ? state_transform_finish(m, c.pending, d) : 0;
	free(c.pending);
	if (rc != 0 || verify_module(m, lower ? "state_transform" : "frontend", d) != 0) {
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
