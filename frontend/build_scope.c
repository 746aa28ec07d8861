/* build_scope.c — scopes, drop trees and region scopes of the MIR builder
 * (rustc: compiler/rustc_mir_build/src/builder/scope.rs). See build.h. */
#include <stdlib.h>
#include <string.h>

#include "build.h"

void *xgrow(Builder *b, void *p, uint32_t *cap, uint32_t need, size_t el)
{
	return arena_grow_uninit(b->sa, p, cap, need, el); /* PUSH zeroes the slot it pushes */
}

void tree_init(DropTree *t, Builder *b)
{
	memset(t, 0, sizeof *t);
	DropNode *r = PUSH(b, t->nodes, t->n, t->cap);
	r->d.local = NO_ID;
	r->d.kind = DK_STORAGE;
	r->next = NO_ID;
	uint32_t nl = 0;
	PUSH(b, t->links, nl, t->caplinks);
}

/* a node with more children than this has them in the index (a list walk is a
 * read of each child, a miss per child once the tree is past the cache) */
enum { TREE_LIST = 8 };

static uint32_t tree_hash(uint32_t next, LocalId local)
{
	uint32_t h = (next * 0x9e3779b1u) ^ (local * 0x85ebca6bu);
	return h ^ (h >> 15);
}

static uint32_t tree_slot(const DropTree *t, uint32_t next, LocalId local)
{
	for (uint32_t i = tree_hash(next, local) & (t->nindex - 1);; i = (i + 1) & (t->nindex - 1)) {
		uint32_t k = t->index[i];
		if (!k || (t->nodes[k].next == next && t->nodes[k].d.local == local))
			return i;
	}
}

/* node i (distinct from every indexed node) into the first free slot of its probe
 * sequence, with no node read to compare */
static void tree_index_slot(DropTree *t, uint32_t i)
{
	uint32_t mask = t->nindex - 1, j = tree_hash(t->nodes[i].next, t->nodes[i].d.local) & mask;
	while (t->index[j])
		j = (j + 1) & mask;
	t->index[j] = i;
}

static void tree_index_put(Builder *b, DropTree *t, uint32_t i)
{
	tree_index_slot(t, i);
	*PUSH(b, t->indexed, t->nindexed, t->capindexed) = i;
}

/* room in the index for `more` nodes at most half full: a rebuild puts back the
 * nodes it had (the children of every node with more than TREE_LIST; a scan of
 * every node for them was most of tree_add's misses at 40k fnawaits) */
static void tree_index_room(Builder *b, DropTree *t, uint32_t more)
{
	if ((t->nindexed + more) * 2 < t->nindex)
		return;
	uint32_t n = t->nindex ? t->nindex : 256;
	while ((t->nindexed + more) * 2 >= n)
		n *= 2;
	t->nindex = n;
	t->index = arena_alloc(b->sa, (size_t)n * sizeof *t->index);
	for (uint32_t k = 0; k < t->nindexed; k++)
		tree_index_slot(t, t->indexed[k]);
}

/* rustc: DropTree::add_drop (its existing_drops_map): a (drop, next) pair is one
 * node. Nodes other than the root are unique by (next, local). The candidates are
 * next's children: its list while it has at most TREE_LIST, else the index. Most
 * adds extend a chain (next is the node just added, which has no child yet): no
 * lookup and no index write, only next's link and the new node's, both in cache
 * (a hashed lookup of every add was two misses each past the cache: 1.44M adds at
 * 40k fnawaits, every one a new node). */
static uint32_t tree_add(Builder *b, DropTree *t, DropData d, uint32_t next)
{
	DropLink *nl = &t->links[next];
	if (nl->nkids <= TREE_LIST) {
		for (uint32_t c = nl->kid; c; c = t->links[c].sib)
			if (t->nodes[c].d.local == d.local)
				return c;
	} else {
		uint32_t slot = tree_slot(t, next, d.local);
		if (t->index[slot])
			return t->index[slot];
	}
	DropNode *nd = PUSH(b, t->nodes, t->n, t->cap);
	nd->d = d;
	nd->next = next;
	uint32_t i = t->n - 1, nlinks = i;
	DropLink *l = PUSH(b, t->links, nlinks, t->caplinks);
	nl = &t->links[next]; /* the links may have moved */
	l->sib = nl->kid;
	nl->kid = i;
	if (++nl->nkids == TREE_LIST + 1) { /* next's children go into the index */
		tree_index_room(b, t, TREE_LIST + 1);
		for (uint32_t c = nl->kid; c; c = t->links[c].sib)
			tree_index_put(b, t, c);
	} else if (nl->nkids > TREE_LIST + 1) {
		tree_index_room(b, t, 1);
		tree_index_put(b, t, i);
	}
	return i;
}

void tree_entry(Builder *b, DropTree *t, BlockId from, uint32_t node)
{
	Entry *e = PUSH(b, t->entries, t->ne, t->cape);
	e->node = node;
	e->from = from;
}


/* ---------------------------------------------------------------------- */
/* Types                                                                   */
/* ---------------------------------------------------------------------- */

TypeId ty_of(Builder *b, AstType t)
{
	switch (t.kind) {
	case ATY_UNIT: return TY_UNIT;
	case ATY_BOOL: return TY_BOOL;
	case ATY_CHAR: return TY_CHAR;
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
	case ATY_STRUCT: return b->type_of_struct[t.id];
	case ATY_ENUM: return b->type_of_enum[ast_enum_index(t)];
	case ATY_REF: return type_ptr(b->m, TY_REF, ty_of(b, ast_ref_pointee(t)));
	case ATY_REF_MUT: return type_ptr(b->m, TY_REFMUT, ty_of(b, ast_ref_pointee(t)));
	case ATY_ARRAY: return type_array(b->m, ty_of(b, ast_array_elem(t)), (uint32_t)ast_array_len(t));
	case ATY_SLICE: return type_slice(b->m, ty_of(b, ast_array_elem(t)));
	default: internal_error("lower: type kind %d reached the lowering", (int)t.kind);
	}
}


/* ---------------------------------------------------------------------- */
/* Scopes                                                                  */
/* ---------------------------------------------------------------------- */

int push_scope(Builder *b)
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


void schedule_drop(Builder *b, int scope_id, LocalId l, int kind)
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

/* guard27: rustc's clear_match_arm_and_guard_scopes: the drops scheduled in scope_id (and so far
 * in the scopes inside it) are forgotten, the unwind and coroutine-drop caches of those scopes
 * invalidated */
void clear_scope_drops(Builder *b, int scope_id)
{
	for (uint32_t i = b->nscopes; i-- > 0;) {
		Scope *s = &b->scopes[i];
		s->n = 0;
		s->nmoved = 0;
		s->cached_unwind = s->cached_cdrop = NO_ID;
		s->unwind_done = s->cdrop_done = 0;
		if (s->id == scope_id)
			return;
	}
	internal_error("lower: scope %d is not open", scope_id);
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

void diverge_from(Builder *b, BlockId bb) { tree_entry(b, &b->unwind, bb, diverge_cleanup(b)); }

uint32_t diverge_dropline_target(Builder *b, uint32_t target)
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

BlockId pop_scope(Builder *b, int id, BlockId bb)
{
	IR_ASSERT(b->nscopes && b->scopes[b->nscopes - 1].id == id);
	bb = leave_top_scope(b, bb);
	b->nscopes--;
	return bb;
}

void record_moved(Builder *b, const Operand *ops, uint32_t n)
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
	BlockId *blocks = arena_alloc_uninit(b->sa, n * sizeof *blocks); /* set below */
	/* need and share serve the first loop only: scratch, not the fn's arena
	 * (5 bytes per node of every tree built, kept until the fn's compaction) */
	ScratchMark sm = scratch_mark();
	uint8_t *need = scratch_alloc(n);
	uint32_t *share = scratch_alloc_uninit(n * sizeof *share); /* read only where need says NB_SHARES */
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
	scratch_release(sm);
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
BlockId build_exit_tree(Builder *b, DropTree *t, int else_scope, BlockId continue_block)
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
		uint32_t *ui = arena_alloc(b->sa, t->n * sizeof *ui);
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
		uint32_t *di = arena_alloc(b->sa, t->n * sizeof *di);
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

void build_drop_trees(Builder *b)
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
BlockId break_to(Builder *b, BlockId bb, uint32_t bi, int is_continue)
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

void break_for_else(Builder *b, BlockId bb)
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

/* ---- region scopes of expressions (THIR ExprKind::Scope) ---- */

/* Enters the region scope of e; returns its id. */
int enter(Builder *b, int *saved_ts)
{
	int id = push_scope(b);
	*saved_ts = b->temp_scope;
	if (b->pending_term)
		b->temp_scope = id;
	b->pending_term = 0;
	return id;
}

BlockId leave(Builder *b, int id, int saved_ts, BlockId bb)
{
	b->temp_scope = saved_ts;
	return pop_scope(b, id, bb);
}

