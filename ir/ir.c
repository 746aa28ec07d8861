/* ir.c — the opcode tables, Modules, Fns and the builders every stage uses. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "thread.h"

#define X_NAME2(k, s) s,
#define X_NAME3(k, s, c) s,
const char *const stmt_name[NSTMTKINDS] = {STMT_KINDS(X_NAME2)};
const char *const unop_name[NUNOPS] = {UNOPS(X_NAME2)};
const char *const cast_name[NCASTKINDS] = {CAST_KINDS(X_NAME2)};
const char *const term_name[NTERMKINDS] = {TERM_KINDS(X_NAME3)};
const char *const unwind_name[NUNWINDKINDS] = {UNWIND_KINDS(X_NAME2)};
const char *const assert_fmt[NASSERTKINDS] = {ASSERT_KINDS(X_NAME3)};
#define X_3(k, s, c) c,
const uint8_t term_can_unwind[NTERMKINDS] = {TERM_KINDS(X_3)};
const uint8_t assert_nargs[NASSERTKINDS] = {ASSERT_KINDS(X_3)};
#define X_BIN_NAME(k, s, c, d) s,
#define X_BIN_CHECKED(k, s, c, d) c,
#define X_BIN_CMP(k, s, c, d) d,
const char *const binop_name[NBINOPS] = {BINOPS(X_BIN_NAME)};
const char *const binop_checked_name[NBINOPS] = {BINOPS(X_BIN_CHECKED)};
const uint8_t binop_is_cmp[NBINOPS] = {BINOPS(X_BIN_CMP)};
const char *const binop_symbol[NBINOPS] = {"+", "-", "*", "/", "%", "^", "&", "|", "<<", ">>",
					   "==", "<", "<=", "!=", ">=", ">"};

Module *module_new(const char *file)
{
	Arena *a = arena_new();
	arena_keep_old(a); /* the types' and ADTs' old arrays stay for the threads reading them */
	Module *m = arena_alloc(a, sizeof *m);
	m->arena = a;
	static atomic_uint_fast64_t serials;
	m->serial = atomic_fetch_add(&serials, 1) + 1;
	m->file = arena_strdup(a, file ? file : "<input>");
	/* the argument-less kinds are interned first, so their TypeId is their kind */
	for (int k = 0; k < NTYPEKINDS; k++)
		type_push(m, (Type){.kind = (uint8_t)k});
	return m;
}

void module_free(Module *m)
{
	if (!m)
		return;
	for (uint32_t i = 0; i < m->nfns; i++)
		fn_free(m->fns[i]);
	for (uint32_t i = 0; i < m->nnamed; i++)
		fn_free(m->named[i].body);
	namemap_free(&m->fn_index);
	namemap_free(&m->coro_index);
	free(m->type_slots);
	arena_free(m->arena);
}

/* ------------------------------------------------------------------ */
/* NameMap: linear probing, tombstones, grown at half full               */
/* ------------------------------------------------------------------ */

const char namemap_tomb[] = "";

uint32_t name_hash(const char *s)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot of key (hash h): where it is, or the empty slot that ends its
 * probe sequence. The stored hashes spare most probes a strcmp (and the
 * cache miss of reading the key); the same pointer needs none. */
static uint32_t namemap_slot(const NameMap *nm, const char *key, uint32_t h)
{
	uint32_t mask = nm->cap - 1, i = h & mask;
	for (;; i = (i + 1) & mask) {
		const NameSlot *s = &nm->slots[i];
		if (!s->key || (s->hash == h && s->key != namemap_tomb && (s->key == key || strcmp(s->key, key) == 0)))
			return i;
	}
}

uintptr_t *namemap_find(const NameMap *nm, const char *key)
{
	if (!nm->live)
		return NULL;
	NameSlot *s = &nm->slots[namemap_slot(nm, key, name_hash(key))];
	return s->key ? &s->val : NULL;
}

static uintptr_t *namemap_insert(NameMap *nm, const char *key, uint32_t h, uintptr_t val, int overwrite);

static void namemap_resize(NameMap *nm, uint32_t cap)
{
	NameMap old = *nm;
	nm->slots = calloc(cap, sizeof *nm->slots);
	if (!nm->slots)
		internal_error("out of memory");
	nm->cap = cap;
	nm->live = nm->tombs = 0;
	for (uint32_t i = 0; i < old.cap; i++)
		if (old.slots[i].key && old.slots[i].key != namemap_tomb)
			namemap_insert(nm, old.slots[i].key, old.slots[i].hash, old.slots[i].val, 0);
	free(old.slots);
}

/* Room for `more` inserts at most half full, counting tombstones; when it
 * grows, to 1/fill full (an insert: a quarter, for the next ones; a
 * reservation: a half, no slack beyond what was asked). */
static void namemap_room(NameMap *nm, uint32_t more, uint32_t fill)
{
	if (2 * ((uint64_t)nm->live + nm->tombs + more) <= nm->cap)
		return;
	uint32_t cap = 16;
	while (cap < fill * ((uint64_t)nm->live + more))
		cap *= 2;
	namemap_resize(nm, cap);
}

void namemap_reserve(NameMap *nm, uint32_t more)
{
	namemap_room(nm, more, 2);
}

/* NULL when key went in; else the slot's value, overwritten when asked. */
static uintptr_t *namemap_insert(NameMap *nm, const char *key, uint32_t h, uintptr_t val, int overwrite)
{
	namemap_room(nm, 1, 4);
	uint32_t mask = nm->cap - 1, i = h & mask, tomb = NO_ID;
	for (;; i = (i + 1) & mask) {
		NameSlot *s = &nm->slots[i];
		if (!s->key)
			break;
		if (s->key == namemap_tomb) {
			if (tomb == NO_ID)
				tomb = i;
		} else if (s->hash == h && (s->key == key || strcmp(s->key, key) == 0)) {
			if (overwrite) {
				s->key = key;
				s->val = val;
			}
			return &s->val;
		}
	}
	if (tomb != NO_ID) {
		i = tomb;
		nm->tombs--;
	}
	nm->slots[i] = (NameSlot){key, val, h};
	nm->live++;
	return NULL;
}

void namemap_put(NameMap *nm, const char *key, uintptr_t val)
{
	namemap_insert(nm, key, name_hash(key), val, 1);
}

uintptr_t *namemap_add(NameMap *nm, const char *key, uintptr_t val)
{
	return namemap_insert(nm, key, name_hash(key), val, 0);
}

void namemap_del(NameMap *nm, const char *key)
{
	if (!nm->live)
		return;
	NameSlot *s = &nm->slots[namemap_slot(nm, key, name_hash(key))];
	if (!s->key)
		return;
	s->key = namemap_tomb;
	nm->live--;
	nm->tombs++;
}

void namemap_free(NameMap *nm)
{
	free(nm->slots);
	memset(nm, 0, sizeof *nm);
}

/* ------------------------------------------------------------------ */
/* The module's fns and coroutines                                      */
/* ------------------------------------------------------------------ */

Fn *module_find_fn(const Module *m, const char *name)
{
	uintptr_t *v = namemap_find(&m->fn_index, name);
	return v ? (Fn *)*v : NULL;
}

int module_find_coro(const Module *m, const char *name)
{
	uintptr_t *v = namemap_find(&m->coro_index, name);
	return v ? (int)*v : -1;
}

uint32_t module_add_coro(Module *m, const char *name, CoroKind kind)
{
	Coroutine *c = VEC_PUSH(m->arena, m->coros, m->ncoros, m->capcoros);
	memset(c, 0, sizeof *c);
	c->name = arena_strdup(m->arena, name);
	c->kind = kind;
	c->output = TY_UNIT;
	c->replaced_by = NO_ID;
	c->ty = type_intern(m, (Type){.kind = TY_CORO, .coro = m->ncoros - 1});
	namemap_add(&m->coro_index, c->name, m->ncoros - 1); /* the first of a name, as a linear search finds */
	return m->ncoros - 1;
}

void coro_add_upvar(Module *m, uint32_t coro, const char *name, TypeId ty)
{
	Coroutine *c = &m->coros[coro];
	if (c->nupvars == c->capupvars) {
		/* doubling: the arena keeps every outgrown array, so exact-size growth held
		 * N^2 / 2 entries for N parameters (20k async fn parameters: 3.1 GB) */
		uint32_t cap = c->capupvars ? c->capupvars * 2 : 4;
		Upvar *u = arena_alloc(m->arena, (size_t)cap * sizeof *u);
		if (c->nupvars)
			memcpy(u, c->upvars, c->nupvars * sizeof *u);
		c->upvars = u;
		c->capupvars = cap;
	}
	Upvar *u = &c->upvars[c->nupvars];
	memset(u, 0, sizeof *u);
	u->name = arena_strdup(m->arena, name);
	u->ty = ty;
	u->by_ref = 0;
	c->nupvars++;
}

const char *coro_aggregate_name(const Coroutine *c, uint32_t i)
{
	if (c->mentioned)
		return i < c->nmentioned ? c->mentioned[i] : "?";
	return i < c->nupvars ? c->upvars[i].name : "?";
}

void coro_set_mentioned(Module *m, uint32_t coro, const char *const *names, uint32_t n)
{
	Coroutine *c = &m->coros[coro];
	if (n > c->nupvars)
		n = c->nupvars; /* the printer zips them with the operands: the rest is never printed */
	int same = n == c->nupvars;
	for (uint32_t i = 0; same && i < n; i++)
		same = strcmp(names[i], c->upvars[i].name) == 0;
	if (same) {
		c->mentioned = NULL;
		c->nmentioned = 0;
		return;
	}
	const char **v = arena_alloc(m->arena, (n ? n : 1) * sizeof *v);
	for (uint32_t i = 0; i < n; i++)
		v[i] = arena_strdup(m->arena, names[i]);
	c->mentioned = v;
	c->nmentioned = n;
}

const char *upvar_layout_name(const Upvar *u, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s", u->by_ref ? "_ref__" : "", u->name);
	return buf;
}

/* f enters the name index, unless a fn of its name is there already: the
 * index keeps the first, as a linear search finds. The key is the index's own
 * copy of the name (in the module's arena), not f's: fn_compact then moves f's
 * arrays and name to a new arena without the index, on any thread. */
static void index_fn(Module *m, Fn *f)
{
	if (namemap_add(&m->fn_index, arena_strdup(m->arena, f->name), (uintptr_t)f))
		m->ndupfns++;
}

void module_reserve_fns(Module *m, uint32_t more)
{
	m->fns = arena_grow(m->arena, m->fns, &m->capfns, m->nfns + more, sizeof *m->fns);
	namemap_reserve(&m->fn_index, more);
}

void module_add_fn(Module *m, Fn *f)
{
	IR_ASSERT(f->mod == m);
	Fn **slot = VEC_PUSH(m->arena, m->fns, m->nfns, m->capfns);
	*slot = f;
	f->slot = m->nfns - 1;
	index_fn(m, f);
}

/* f leaves the name index; with duplicates, the next fn of its name takes it */
static void unindex_fn(Module *m, const Fn *f)
{
	uintptr_t *v = namemap_find(&m->fn_index, f->name);
	IR_ASSERT(v);
	if ((const Fn *)*v != f) {
		m->ndupfns--;
		return;
	}
	if (m->ndupfns)
		for (uint32_t i = 0; i < m->nfns; i++) {
			Fn *g = m->fns[i];
			if (g != f && !g->detached && strcmp(g->name, f->name) == 0) {
				*v = (uintptr_t)g; /* the key is the index's own copy: it stays */
				m->ndupfns--;
				return;
			}
		}
	namemap_del(&m->fn_index, f->name);
}

static uint32_t fn_slot(const Module *m, const Fn *f)
{
	if (f->slot >= m->nfns || m->fns[f->slot] != f)
		internal_error("%s is not in the module", f->name);
	return f->slot;
}

void module_remove_fn(Module *m, Fn *f)
{
	uint32_t i = fn_slot(m, f);
	if (!f->detached)
		unindex_fn(m, f);
	memmove(&m->fns[i], &m->fns[i + 1], (m->nfns - i - 1) * sizeof *m->fns);
	m->nfns--;
	for (; i < m->nfns; i++)
		m->fns[i]->slot = i;
	fn_free(f);
}

void module_replace_fn(Module *m, Fn *f, Fn *g)
{
	IR_ASSERT(!f->detached && g->mod == m);
	uint32_t i = fn_slot(m, f);
	uintptr_t *v = namemap_find(&m->fn_index, f->name);
	if (v && (Fn *)*v == f && strcmp(f->name, g->name) == 0) {
		/* the usual case: g takes f's place under f's name, and stays the first of it */
		*v = (uintptr_t)g;
	} else {
		unindex_fn(m, f);
		index_fn(m, g);
	}
	m->fns[i] = g;
	g->slot = i;
}

void module_detach_fn(Module *m, Fn *f)
{
	IR_ASSERT(!f->detached);
	unindex_fn(m, f);
	f->detached = 1;
}

void module_sweep(Module *m)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < m->nfns; i++) {
		if (m->fns[i]->detached)
			fn_free(m->fns[i]);
		else {
			m->fns[i]->slot = n;
			m->fns[n++] = m->fns[i];
		}
	}
	m->nfns = n;
}

static Fn *fn_create_in(Module *m, const char *name, FnKind kind, Arena *a)
{
	Fn *f = calloc(1, sizeof *f); /* not in the arena: fn_compact swaps arenas under it */
	if (!f)
		internal_error("out of memory");
	f->arena = a;
	f->mod = m;
	f->name = arena_strdup(a, name);
	f->kind = kind;
	f->coro = NO_ID;
	return f;
}

Fn *fn_create(Module *m, const char *name, FnKind kind)
{
	return fn_create_in(m, name, kind, arena_new());
}

Fn *fn_new(Module *m, const char *name, FnKind kind)
{
	Fn *f = fn_create(m, name, kind);
	module_add_fn(m, f);
	return f;
}

void fn_free(Fn *f)
{
	if (!f)
		return;
	arena_free(f->arena);
	free(f);
}

/* How far back fn_add_local looks for a local of the same name to share its copy. */
enum { NAME_SHARE_BACK = 4 };

LocalId fn_add_local(Fn *f, TypeId ty, const char *name, int mutbl)
{
	/* shadowing lets name one local after another alike (`let x = x + 1;`: x, a
	 * temporary, x, ...): they share one copy of the name, which fn_copy keeps
	 * shared (names are never written through) */
	const char *shared = NULL;
	for (uint32_t i = f->nlocals, k = 0; name && i-- > 0 && k < NAME_SHARE_BACK; k++)
		if (f->locals[i].name && strcmp(f->locals[i].name, name) == 0) {
			shared = f->locals[i].name;
			break;
		}
	Local *l = VEC_PUSH(f->arena, f->locals, f->nlocals, f->caplocals);
	l->ty = ty;
	l->name = shared ? shared : name ? arena_strdup(f->arena, name) : NULL;
	l->mutbl = (uint8_t)(mutbl != 0);
	return f->nlocals - 1;
}

BlockId fn_add_block(Fn *f, int cleanup)
{
	Block *b = VEC_PUSH(f->arena, f->blocks, f->nblocks, f->capblocks);
	memset(b, 0, sizeof *b);
	b->cleanup = (uint8_t)(cleanup != 0);
	return f->nblocks - 1;
}

enum { STMTS_FIRST = 4 };

Stmt *fn_push_stmt(Fn *f, BlockId bb, Stmt s)
{
	IR_ASSERT(bb < f->nblocks);
	Block *b = &f->blocks[bb];
	if (b->nstmts == b->capstmts) { /* the slot is written at once: no zeroing */
		/* most blocks hold a few statements: the first array holds STMTS_FIRST,
		 * not arena_grow's 8 (224 bytes, most of them never written, between
		 * the blocks' statements that the passes walk) */
		if (b->capstmts == 0) {
			b->stmts = arena_alloc_uninit(f->arena, STMTS_FIRST * sizeof *b->stmts);
			b->capstmts = STMTS_FIRST;
		} else
			b->stmts = arena_grow_uninit(f->arena, b->stmts, &b->capstmts, b->nstmts + 1, sizeof *b->stmts);
	}
	b->stmts[b->nstmts] = s;
	return &b->stmts[b->nstmts++];
}

Stmt *fn_insert_stmt(Fn *f, BlockId bb, uint32_t at, Stmt s)
{
	IR_ASSERT(bb < f->nblocks);
	Block *b = &f->blocks[bb];
	IR_ASSERT(at <= b->nstmts);
	VEC_PUSH(f->arena, b->stmts, b->nstmts, b->capstmts);
	memmove(&b->stmts[at + 1], &b->stmts[at], (b->nstmts - 1 - at) * sizeof *b->stmts);
	b->stmts[at] = s;
	return &b->stmts[at];
}

void stmt_inserts_push(StmtInserts *v, uint32_t at, Stmt s)
{
	if (v->n == v->cap) {
		uint32_t cap = v->cap ? 2 * v->cap : 16;
		uint32_t *a = realloc(v->at, (size_t)cap * sizeof *a);
		if (a)
			v->at = a;
		Stmt *p = a ? realloc(v->s, (size_t)cap * sizeof *p) : NULL;
		if (!p)
			internal_error("out of memory");
		v->s = p;
		v->cap = cap;
	}
	v->at[v->n] = at;
	v->s[v->n++] = s;
}

void stmt_inserts_free(StmtInserts *v)
{
	free(v->at);
	free(v->s);
	*v = (StmtInserts){0};
}

void fn_insert_stmts(Fn *f, BlockId bb, StmtInserts *v)
{
	IR_ASSERT(bb < f->nblocks);
	Block *b = &f->blocks[bb];
	uint32_t nold = b->nstmts, k = v->n;
	if (!k)
		return;
	for (uint32_t i = 1; i < k; i++)
		IR_ASSERT(v->at[i - 1] <= v->at[i]);
	IR_ASSERT(v->at[k - 1] <= nold && nold <= UINT32_MAX - k);
	b->stmts = arena_grow_uninit(f->arena, b->stmts, &b->capstmts, nold + k, sizeof *b->stmts);
	b->nstmts = nold + k;
	/* from the end: the statements at index j and past it move up by the inserts
	 * before them; those before the first insert stay where they are */
	uint32_t w = nold + k;
	for (uint32_t j = nold; k; j--) {
		while (k && v->at[k - 1] == j)
			b->stmts[--w] = v->s[--k];
		if (k)
			b->stmts[--w] = b->stmts[j - 1];
	}
	v->n = 0;
}

void fn_set_term(Fn *f, BlockId bb, Term t)
{
	IR_ASSERT(bb < f->nblocks);
	f->blocks[bb].term = t;
	f->blocks[bb].has_term = 1;
}

PlaceId place_local(Fn *f, LocalId l)
{
	Place *p = VEC_PUSH(f->arena, f->places, f->nplaces, f->capplaces);
	p->local = l;
	p->proj = 0;
	p->nproj = 0;
	return f->nplaces - 1;
}

PlaceId place_project(Fn *f, PlaceId base, ProjKind k, uint32_t index, TypeId ty)
{
	Place b = f->places[base];
	uint32_t start = f->nprojs;
	for (uint32_t i = 0; i < b.nproj; i++) {
		Proj pe = f->projs[b.proj + i];
		*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = pe;
	}
	Proj *pe = VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs);
	pe->kind = (uint8_t)k;
	pe->index = index;
	pe->ty = ty;
	Place *p = VEC_PUSH(f->arena, f->places, f->nplaces, f->capplaces);
	p->local = b.local;
	p->proj = start;
	p->nproj = b.nproj + 1;
	return f->nplaces - 1;
}

PlaceId place_copy(Fn *dst, const Fn *src, PlaceId pid)
{
	const Place *sp = &src->places[pid];
	uint32_t start = dst->nprojs;
	for (uint32_t i = 0; i < sp->nproj; i++)
		*(Proj *)VEC_PUSH(dst->arena, dst->projs, dst->nprojs, dst->capprojs) = src->projs[sp->proj + i];
	Place *p = VEC_PUSH(dst->arena, dst->places, dst->nplaces, dst->capplaces);
	p->local = sp->local;
	p->proj = start;
	p->nproj = sp->nproj;
	return dst->nplaces - 1;
}

int place_is_local(const Fn *f, PlaceId p)
{
	return f->places[p].nproj == 0;
}

uint32_t fn_add_const(Fn *f, TypeId ty, uint64_t bits)
{
	Const *c = VEC_PUSH(f->arena, f->consts, f->nconsts, f->capconsts);
	c->ty = ty;
	c->named = 0;
	c->bits = bits;
	return f->nconsts - 1;
}

uint32_t fn_add_args(Fn *f, const Operand *ops, uint32_t n)
{
	uint32_t start = f->nargsv;
	for (uint32_t i = 0; i < n; i++)
		*(Operand *)VEC_PUSH(f->arena, f->args, f->nargsv, f->capargsv) = ops[i];
	return start;
}

uint32_t fn_add_arms(Fn *f, const SwitchArm *arms, uint32_t n)
{
	uint32_t start = f->narms;
	for (uint32_t i = 0; i < n; i++)
		*(SwitchArm *)VEC_PUSH(f->arena, f->arms, f->narms, f->caparms) = arms[i];
	return start;
}

uint32_t fn_add_name(Fn *f, const char *name)
{
	for (uint32_t i = 0; i < f->nnames; i++)
		if (strcmp(f->names[i], name) == 0)
			return i;
	return fn_push_name(f, name);
}

uint32_t fn_push_name(Fn *f, const char *name)
{
	const char **slot = VEC_PUSH(f->arena, f->names, f->nnames, f->capnames);
	*slot = arena_strdup(f->arena, name);
	return f->nnames - 1;
}

Operand op_copy(PlaceId p) { return (Operand){.kind = OP_COPY, .v = p}; }
Operand op_move(PlaceId p) { return (Operand){.kind = OP_MOVE, .v = p}; }
Operand op_const(Fn *f, TypeId ty, uint64_t bits)
{
	return (Operand){.kind = OP_CONST, .v = fn_add_const(f, ty, bits)};
}

Operand op_const_named(Fn *f, TypeId ty, uint64_t bits, uint32_t named)
{
	uint32_t v = fn_add_const(f, ty, bits);
	f->consts[v].named = named;
	return (Operand){.kind = OP_CONST, .v = v};
}

uint32_t module_add_named(Module *m, const char *name, TypeId ty, uint64_t bits)
{
	NamedConst *c = VEC_PUSH(m->arena, m->named, m->nnamed, m->capnamed);
	c->name = arena_strdup(m->arena, name);
	c->ty = ty;
	c->bits = bits;
	return m->nnamed - 1;
}

uint32_t module_add_promoted(Module *m, const char *owner, uint32_t k, TypeId ty, uint64_t bits, uint32_t depth,
                             uint32_t of_named)
{
	if (m->lock) /* bodies built on several threads add them: the module's arena is the lock's */
		mutex_lock((Mutex *)m->lock);
	uint32_t i = module_add_named(m, arena_printf(m->arena, "%s::promoted[%" PRIu32 "]", owner, k), ty, bits);
	m->named[i].promoted = depth;
	m->named[i].of_named = of_named;
	if (m->lock)
		mutex_unlock((Mutex *)m->lock);
	return i;
}

Fn *promoted_body_new(Module *m, const char *owner, uint32_t k, TypeId ty)
{
	StrBuf name = {0}; /* not m->arena: bodies are built on several threads */
	strbuf_printf(&name, "%s::promoted[%" PRIu32 "]", owner, k);
	Fn *f = fn_create(m, name.s, FN_SYNC);
	strbuf_free(&name);
	fn_add_local(f, ty, NULL, 1);
	return f;
}

uint32_t module_add_promoted_body(Module *m, Fn *body)
{
	if (m->lock)
		mutex_lock((Mutex *)m->lock);
	uint32_t i = module_add_named(m, body->name, body->locals[0].ty, 0);
	m->named[i].promoted = 1;
	m->named[i].body = body;
	if (m->lock)
		mutex_unlock((Mutex *)m->lock);
	return i;
}

uint32_t module_add_const_body(Module *m, Fn *body)
{
	uint32_t i = module_add_named(m, body->name, body->locals[0].ty, 0);
	m->named[i].body = body;
	return i;
}

/* named const `named` (1-based) is neither a static nor a promoted (const39: nor an aggregate); read under m->lock, as bodies built
 * on other threads may be appending promoteds to m->named meanwhile */
int module_named_is_const_item(const Module *m, uint32_t named)
{
	if (m->lock)
		mutex_lock((Mutex *)m->lock);
	const NamedConst *nc = &m->named[named - 1];
	int ok = !nc->is_static && !nc->promoted && !nc->body;
	if (m->lock)
		mutex_unlock((Mutex *)m->lock);
	return ok;
}

/* promoteds in the order of their owners' names, then their numbers (`[2]` before `[10]`) */
int named_promoted_cmp(const void *a, const void *b)
{
	const NamedConst *x = *(const NamedConst *const *)a, *y = *(const NamedConst *const *)b;
	const char *bx = strrchr(x->name, '['), *by = strrchr(y->name, '['); /* `owner::promoted[K]` */
	size_t nx = (size_t)(bx - x->name), ny = (size_t)(by - y->name);
	int c = strncmp(x->name, y->name, nx < ny ? nx : ny);
	if (c || nx != ny)
		return c ? c : nx < ny ? -1 : 1;
	unsigned long kx = strtoul(bx + 1, NULL, 10), ky = strtoul(by + 1, NULL, 10);
	return kx < ky ? -1 : kx > ky;
}

void module_sort_promoted(Module *m)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < m->nnamed; i++)
		n += m->named[i].promoted != 0;
	if (!n)
		return;
	const NamedConst **v = malloc(n * sizeof *v);
	uint32_t *slot = malloc(n * sizeof *slot), *to = malloc(m->nnamed * sizeof *to);
	NamedConst *copy = malloc(m->nnamed * sizeof *copy);
	if (!v || !slot || !to || !copy)
		internal_error("out of memory");
	memcpy(copy, m->named, m->nnamed * sizeof *copy);
	n = 0;
	for (uint32_t i = 0; i < m->nnamed; i++) {
		to[i] = i;
		if (copy[i].promoted) {
			slot[n] = i;
			v[n++] = &copy[i];
		}
	}
	qsort(v, n, sizeof *v, named_promoted_cmp);
	int moved = 0;
	for (uint32_t k = 0; k < n; k++) {
		uint32_t old = (uint32_t)(v[k] - copy);
		to[old] = slot[k];
		m->named[slot[k]] = *v[k];
		moved |= old != slot[k];
	}
	for (uint32_t i = 0; moved && i < m->nfns + m->nnamed; i++) { /* the fns, then the promoteds' bodies */
		Fn *f = i < m->nfns ? m->fns[i] : m->named[i - m->nfns].body;
		for (uint32_t j = 0; f && j < f->nconsts; j++)
			if (f->consts[j].named)
				f->consts[j].named = to[f->consts[j].named - 1] + 1;
	}
	free(v);
	free(slot);
	free(to);
	free(copy);
}

TypeId named_promoted_scalar(const Module *m, const NamedConst *c)
{
	TypeId t = c->ty;
	for (uint32_t d = 0; d < c->promoted; d++)
		t = type_get(m, t)->a;
	return t;
}

uint32_t module_static_alloc(const Module *m, uint32_t named)
{
	uint32_t n = 1;
	for (uint32_t i = 0; i < named && i < m->nnamed; i++)
		n += m->named[i].is_static;
	return n;
}

int module_find_static_alloc(const Module *m, uint32_t alloc)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < m->nnamed; i++)
		if (m->named[i].is_static && ++n == alloc)
			return (int)i;
	return -1;
}

int module_find_named(const Module *m, const char *name)
{
	for (uint32_t i = 0; i < m->nnamed; i++) /* few: a program's const items */
		if (!strcmp(m->named[i].name, name))
			return (int)i;
	return -1;
}

Stmt stmt_assign_use(PlaceId dst, Operand a)
{
	return (Stmt){.kind = ST_ASSIGN, .rv = RV_USE, .place = dst, .a = a};
}

Stmt stmt_assign_binary(PlaceId dst, RvKind rv, BinOp op, Operand a, Operand b)
{
	return (Stmt){.kind = ST_ASSIGN, .rv = (uint8_t)rv, .op = (uint8_t)op, .place = dst, .a = a, .b = b};
}

Stmt stmt_storage(StmtKind k, LocalId l)
{
	return (Stmt){.kind = (uint8_t)k, .x = l};
}

Stmt stmt_nop(void) { return (Stmt){.kind = ST_NOP}; }

Term term_goto(BlockId target)
{
	return (Term){.kind = TK_GOTO, .target = target, .drop = NO_BLOCK, .unwind_bb = NO_BLOCK};
}

Term term_simple(TermKind k)
{
	return (Term){.kind = (uint8_t)k, .target = NO_BLOCK, .drop = NO_BLOCK, .unwind_bb = NO_BLOCK};
}

TypeId place_type(const Fn *f, PlaceId pid)
{
	const Module *m = f->mod;
	const Place *p = &f->places[pid];
	IR_ASSERT(p->local < f->nlocals);
	TypeId t = f->locals[p->local].ty;
	for (uint32_t i = 0; i < p->nproj; i++) {
		const Proj *pe = &f->projs[p->proj + i];
		const Type *ty = type_get(m, t);
		switch (pe->kind) {
		case PROJ_DEREF:
			if (ty->kind != TY_REF && ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT && ty->kind != TY_RAWCONST)
				return NO_ID;
			t = ty->a;
			break;
		case PROJ_FIELD:
			t = pe->ty;
			break;
		case PROJ_DOWNCAST:
			break; /* same type, narrowed to a variant */
		case PROJ_INDEX: /* issue 22 item 4: the element; slice40: a slice's too */
			if (ty->kind != TY_ARRAY && ty->kind != TY_SLICE)
				return NO_ID;
			t = ty->a;
			break;
		}
	}
	return t;
}

uint32_t term_successors(const Fn *f, const Term *t, BlockId *out, uint32_t max)
{
	uint32_t n = 0;
#define ADD(b)                                  \
	do {                                    \
		if ((b) != NO_BLOCK && n < max) \
			out[n] = (b);           \
		if ((b) != NO_BLOCK)            \
			n++;                    \
	} while (0)
	switch (t->kind) {
	case TK_GOTO:
		ADD(t->target);
		break;
	case TK_SWITCH:
		for (uint32_t i = 0; i < t->nargs; i++)
			ADD(f->arms[t->args + i].target);
		ADD(t->target);
		break;
	case TK_CALL:
	case TK_DROP:
	case TK_ASSERT:
		ADD(t->target);
		if (t->unwind == UW_CLEANUP)
			ADD(t->unwind_bb);
		break;
	case TK_YIELD:
		ADD(t->target);
		ADD(t->drop);
		break;
	default:
		break;
	}
#undef ADD
	return n;
}

uint32_t term_nsuccessors(const Fn *f, const Term *t)
{
	return term_successors(f, t, NULL, 0);
}

Fn *fn_clone(Module *m, const Fn *f, const char *name)
{
	Fn *g = fn_copy(m, f, name);
	module_add_fn(m, g);
	return g;
}

#define ALLOC16(n) (((size_t)(n) + 15) & ~(size_t)15)

/* The room fn_compact_room leaves in an array of n. */
#define ROOM(n) ((n) / 16)

/* The local before i, at most NAME_SHARE_BACK back, whose name is the same
 * pointer as i's (fn_add_local shared it), or NO_ID: fn_copy copies it once. */
static uint32_t name_shared(const Fn *f, uint32_t i)
{
	for (uint32_t j = i, k = 0; j-- > 0 && k < NAME_SHARE_BACK; k++)
		if (f->locals[j].name == f->locals[i].name)
			return j;
	return NO_ID;
}

/* What fn_copy allocates (with room: fn_compact_room), so that its arena is
 * one chunk of exactly that. */
/* the arena bytes a copy's strings take: the locals' names not shared with an
 * earlier local (name_shared), and the callee names */
static size_t name_bytes(const Fn *f)
{
	size_t n = 0;
	for (uint32_t i = 0; i < f->nlocals; i++)
		if (f->locals[i].name && name_shared(f, i) == NO_ID)
			n += ALLOC16(strlen(f->locals[i].name) + 1);
	for (uint32_t i = 0; i < f->nnames; i++)
		n += ALLOC16(strlen(f->names[i]) + 1);
	return n;
}

/* take: the arena whose blocks of their own (arena_owns_block) a compaction
 * moves instead of copying, which the copy's arena then does not hold; or NULL */
static size_t fn_copy_bytes_room(const Fn *f, const char *name, int room, const Arena *take)
{
	size_t n = ALLOC16(strlen(name) + 1);
#define ARRAY_BYTES(arr, cnt) n += f->cnt ? ALLOC16(f->cnt * sizeof *f->arr) : 0
#define ROOM_BYTES(arr, cnt)                                                                     \
	n += f->cnt && !(take && arena_owns_block(take, f->arr))                                 \
		     ? ALLOC16((f->cnt + (room ? ROOM(f->cnt) : 0)) * sizeof *f->arr)           \
		     : 0
	ROOM_BYTES(locals, nlocals);
	ROOM_BYTES(blocks, nblocks);
	ROOM_BYTES(places, nplaces);
	ROOM_BYTES(projs, nprojs);
#undef ROOM_BYTES
	ARRAY_BYTES(consts, nconsts);
	ARRAY_BYTES(args, nargsv);
	ARRAY_BYTES(arms, narms);
	ARRAY_BYTES(names, nnames);
#undef ARRAY_BYTES
	n += name_bytes(f);
	for (uint32_t i = 0; i < f->nblocks; i++)
		if (f->blocks[i].nstmts && !(take && arena_owns_block(take, f->blocks[i].stmts)))
			n += ALLOC16(f->blocks[i].nstmts * sizeof(Stmt));
	return n;
}

static size_t fn_copy_bytes(const Fn *f, const char *name)
{
	return fn_copy_bytes_room(f, name, 0, NULL);
}

static Fn *fn_copy_room(Module *m, const Fn *f, const char *name, int room, Arena *take);

/* f's arrays into one exact arena (with room: fn_compact_room). The arrays
 * that grew into blocks of their own (ARENA_BIG: a large fn's locals, blocks,
 * places, projections, a long block's statements) move to it, realloc'd to
 * their size, instead of being copied: a copy held both at once (the built
 * fn of 40k awaits, 560 MB, and its 185 MB copy) and wrote every byte again. */
static void compact(Fn *f, int room)
{
	Fn *g = fn_copy_room(f->mod, f, f->name, room, f->arena);
	Arena *old = f->arena;
	uint32_t slot = f->slot;
	uint8_t detached = f->detached;
	*f = *g; /* the same Fn: the index (its own keys) and every Fn * stay good */
	f->slot = slot;
	f->detached = detached;
	free(g);
	arena_free(old);
}

void fn_compact(Fn *f)
{
	compact(f, 0);
}

void fn_compact_room(Fn *f)
{
	compact(f, 1);
}

int fn_compact_grown(Fn *f)
{
	size_t exact = fn_copy_bytes(f, f->name);
	if (arena_bytes(f->arena) <= exact + exact / 4) /* a moved block counts in both */
		return 0;
	fn_compact(f);
	return 1;
}

Fn *fn_copy(Module *m, const Fn *f, const char *name)
{
	return fn_copy_room(m, f, name, 0, NULL);
}

/* A copy's arrays that get no room (constants, call arguments, switch arms, names), the
 * locals' names (shared names stay shared) and the name strings: the same in every copy. */
#define COPY_ARRAY(arr, n, cap)                                                  \
	do {                                                                     \
		g->cap = f->n;                                                   \
		g->n = f->n;                                                     \
		g->arr = f->n ? arena_alloc_uninit(a, f->n * sizeof *f->arr) : NULL; \
		if (f->n)                                                        \
			memcpy(g->arr, f->arr, f->n * sizeof *f->arr);           \
	} while (0)
static void copy_fixed(Fn *g, const Fn *f)
{
	Arena *a = g->arena;
	COPY_ARRAY(consts, nconsts, capconsts);
	COPY_ARRAY(args, nargsv, capargsv);
	COPY_ARRAY(arms, narms, caparms);
	COPY_ARRAY(names, nnames, capnames);
	/* shared names stay shared: name_shared's test on the old names of the
	 * NAME_SHARE_BACK locals before (kept here: g->locals may be f's moved array,
	 * whose earlier names are new already) */
	const char *old[NAME_SHARE_BACK] = {0}, *new[NAME_SHARE_BACK] = {0};
	for (uint32_t i = 0; i < g->nlocals; i++) {
		const char *o = g->locals[i].name, *n = NULL;
		for (uint32_t k = 1; o && k <= NAME_SHARE_BACK && k <= i && !n; k++)
			if (old[(i - k) % NAME_SHARE_BACK] == o)
				n = new[(i - k) % NAME_SHARE_BACK];
		if (o && !n)
			n = arena_strdup(a, o);
		g->locals[i].name = n;
		old[i % NAME_SHARE_BACK] = o;
		new[i % NAME_SHARE_BACK] = n;
	}
	for (uint32_t i = 0; i < g->nnames; i++)
		g->names[i] = arena_strdup(a, g->names[i]);
}

static Fn *fn_copy_room(Module *m, const Fn *f, const char *name, int room, Arena *take)
{
	Fn *g = fn_create_in(m, name, f->kind, arena_new_sized(fn_copy_bytes_room(f, name, room, take)));
	Arena *a = g->arena;
	g->coro = f->coro;
	g->nargs = f->nargs;
	g->line = f->line;
#define ROOM_ARRAY(arr, n, cap)                                                  \
	do {                                                                     \
		g->cap = f->n + (room ? ROOM(f->n) : 0);                         \
		g->n = f->n;                                                     \
		if (!f->n) {                                                     \
			g->arr = NULL;                                           \
			g->cap = 0;                                              \
		} else if (take && arena_owns_block(take, f->arr)) {            \
			g->arr = arena_move_block(a, take, f->arr, g->cap * sizeof *f->arr); \
		} else {                                                         \
			g->arr = arena_alloc_uninit(a, g->cap * sizeof *f->arr); \
			memcpy(g->arr, f->arr, f->n * sizeof *f->arr);           \
		}                                                                \
	} while (0)
	ROOM_ARRAY(locals, nlocals, caplocals);
	ROOM_ARRAY(blocks, nblocks, capblocks);
	ROOM_ARRAY(places, nplaces, capplaces);
	ROOM_ARRAY(projs, nprojs, capprojs);
#undef ROOM_ARRAY
	copy_fixed(g, f);
	for (uint32_t i = 0; i < g->nblocks; i++) {
		Block *b = &g->blocks[i];
		Stmt *s = NULL;
		if (b->nstmts && take && arena_owns_block(take, b->stmts))
			s = arena_move_block(a, take, b->stmts, b->nstmts * sizeof *s);
		else if (b->nstmts) {
			s = arena_alloc_uninit(a, b->nstmts * sizeof *s);
			memcpy(s, b->stmts, b->nstmts * sizeof *s);
		}
		b->stmts = s;
		b->capstmts = b->nstmts;
	}
	return g;
}

/* An edge of a kept block: to the block's new id. An edge to a block left out
 * is one term_successors does not follow (keep is closed under those): it
 * goes nowhere (NO_BLOCK). */
static void copy_edge(BlockId *b, const BlockId *map, uint32_t nblocks)
{
	if (*b < nblocks)
		*b = map[*b];
}

Fn *fn_copy_blocks(Module *m, const Fn *f, const char *name, const uint8_t *keep)
{
	BlockId *map = malloc((f->nblocks ? f->nblocks : 1) * sizeof *map);
	if (!map)
		internal_error("out of memory");
	uint32_t nb = 0;
	size_t stmt_bytes = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		map[b] = keep[b] ? nb++ : NO_BLOCK;
		if (keep[b] && f->blocks[b].nstmts)
			stmt_bytes += ALLOC16(f->blocks[b].nstmts * sizeof(Stmt));
	}
	size_t bytes = ALLOC16(strlen(name) + 1) + stmt_bytes + ALLOC16((size_t)(nb ? nb : 1) * sizeof(Block));
#define ARRAY_BYTES(arr, cnt) bytes += f->cnt ? ALLOC16(f->cnt * sizeof *f->arr) : 0
	ARRAY_BYTES(locals, nlocals);
	ARRAY_BYTES(places, nplaces);
	ARRAY_BYTES(projs, nprojs);
	ARRAY_BYTES(consts, nconsts);
	ARRAY_BYTES(args, nargsv);
	ARRAY_BYTES(arms, narms);
	ARRAY_BYTES(names, nnames);
#undef ARRAY_BYTES
	bytes += name_bytes(f);
	Fn *g = fn_create_in(m, name, f->kind, arena_new_sized(bytes));
	Arena *a = g->arena;
	g->coro = f->coro;
	g->nargs = f->nargs;
	g->line = f->line;
	COPY_ARRAY(locals, nlocals, caplocals);
	COPY_ARRAY(places, nplaces, capplaces);
	COPY_ARRAY(projs, nprojs, capprojs);
	copy_fixed(g, f);
#undef COPY_ARRAY
	g->blocks = arena_alloc_uninit(a, (nb ? nb : 1) * sizeof *g->blocks);
	g->nblocks = g->capblocks = nb;
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (!keep[b])
			continue;
		Block *d = &g->blocks[map[b]];
		*d = f->blocks[b];
		d->stmts = d->nstmts ? arena_alloc_uninit(a, d->nstmts * sizeof *d->stmts) : NULL;
		if (d->nstmts)
			memcpy(d->stmts, f->blocks[b].stmts, d->nstmts * sizeof *d->stmts);
		d->capstmts = d->nstmts;
		if (!d->has_term)
			continue;
		Term *t = &d->term;
		copy_edge(&t->target, map, f->nblocks);
		copy_edge(&t->drop, map, f->nblocks);
		if (t->unwind == UW_CLEANUP)
			copy_edge(&t->unwind_bb, map, f->nblocks);
		if (t->kind == TK_SWITCH)
			for (uint32_t i = 0; i < t->nargs; i++)
				copy_edge(&g->arms[t->args + i].target, map, f->nblocks);
	}
	free(map);
	return g;
}

FnStats fn_stats(const Fn *f, int skip_storage_and_nops)
{
	FnStats s = {0, 0};
	for (uint32_t i = 0; i < f->nblocks; i++) {
		const Block *b = &f->blocks[i];
		s.blocks++;
		for (uint32_t j = 0; j < b->nstmts; j++) {
			uint8_t k = b->stmts[j].kind;
			if (skip_storage_and_nops &&
			    (k == ST_STORAGE_LIVE || k == ST_STORAGE_DEAD || k == ST_NOP || k == ST_PLACE_MENTION))
				continue;
			s.stmts++;
		}
		s.stmts++; /* the terminator */
	}
	return s;
}

/* ------------------------------------------------------------------ */
/* Every place a statement or terminator names                          */
/* ------------------------------------------------------------------ */

/* cb gets a copy of the operand's slot, written back: Operand is packed (ir.h),
 * &o->v may be unaligned */
static void operand_slot(BlockId b, Operand *o, PlaceSlotFn cb, void *ctx)
{
	PlaceId p = o->v;
	cb(ctx, b, &p);
	o->v = p;
}

static void operand_place(BlockId b, Operand *o, PlaceSlotFn cb, void *ctx)
{
	if (o->kind != OP_CONST)
		operand_slot(b, o, cb, ctx);
}

static void args_places(Fn *f, BlockId b, uint32_t first, uint32_t n, int with_args, PlaceSlotFn cb, void *ctx)
{
	for (uint32_t i = 0; with_args && i < n; i++)
		operand_place(b, &f->args[first + i], cb, ctx);
}

void stmt_places(Fn *f, BlockId b, Stmt *s, int with_args, PlaceSlotFn cb, void *ctx)
{
	switch (s->kind) {
	case ST_ASSIGN:
		cb(ctx, b, &s->place);
		switch (s->rv) {
		case RV_USE:
		case RV_CAST:
		case RV_UNARY:
			operand_place(b, &s->a, cb, ctx);
			break;
		case RV_BINARY:
		case RV_CHECKED:
			operand_place(b, &s->a, cb, ctx);
			operand_place(b, &s->b, cb, ctx);
			break;
		case RV_AGGREGATE:
			args_places(f, b, s->a.v, s->b.v, with_args, cb, ctx);
			break;
		default: /* RV_DISCR, RV_REF, RV_REFMUT */
			operand_slot(b, &s->a, cb, ctx);
			break;
		}
		break;
	case ST_SET_DISCR:
	case ST_PLACE_MENTION:
		cb(ctx, b, &s->place);
		break;
	default:
		break;
	}
}

void term_places(Fn *f, BlockId b, Term *t, int with_args, PlaceSlotFn cb, void *ctx)
{
	switch (t->kind) {
	case TK_SWITCH:
		operand_place(b, &t->a, cb, ctx);
		break;
	case TK_CALL:
	case TK_ASSERT:
		if (t->kind == TK_CALL)
			cb(ctx, b, &t->place);
		else
			operand_place(b, &t->a, cb, ctx);
		args_places(f, b, t->args, t->nargs, with_args, cb, ctx);
		break;
	case TK_DROP:
		cb(ctx, b, &t->place);
		break;
	case TK_YIELD:
		operand_place(b, &t->a, cb, ctx);
		cb(ctx, b, &t->place);
		break;
	default:
		break;
	}
}

void fn_places(Fn *f, int with_args, PlaceSlotFn cb, void *ctx)
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *bb = &f->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts; i++)
			stmt_places(f, b, &bb->stmts[i], with_args, cb, ctx);
		if (bb->has_term)
			term_places(f, b, &bb->term, with_args, cb, ctx);
	}
}

/* Garbage collection of places: a drop shim starts as a copy of the whole
 * resume fn and names a fraction of its places. ctx: old id -> new id + 1
 * (0: unused). */
static void gc_mark(void *map, BlockId b, PlaceId *slot)
{
	(void)b;
	((PlaceId *)map)[*slot] = 1;
}

static void gc_rename(void *map, BlockId b, PlaceId *slot)
{
	(void)b;
	*slot = ((PlaceId *)map)[*slot] - 1;
}

void fn_gc_places(Fn *f)
{
	PlaceId *map = calloc(f->nplaces ? f->nplaces : 1, sizeof *map);
	if (!map)
		internal_error("out of memory");
	/* operand lists are marked whole, referenced or not: a list may be shared */
	fn_places(f, 0, gc_mark, map);
	for (uint32_t i = 0; i < f->nargsv; i++)
		if (f->args[i].kind != OP_CONST)
			map[f->args[i].v] = 1;
	uint32_t np = 0, nj = 0;
	int ordered = 1; /* each place's projections follow the one before's */
	for (PlaceId p = 0; p < f->nplaces; p++)
		if (map[p]) {
			map[p] = ++np;
			ordered &= f->places[p].nproj == 0 || f->places[p].proj == nj;
			nj += f->places[p].nproj;
		}
	if (np == f->nplaces && ordered && nj == f->nprojs) { /* nothing to drop */
		free(map);
		return;
	}
	Place *places = arena_alloc_uninit(f->arena, (np ? np : 1) * sizeof *places);
	Proj *projs = arena_alloc_uninit(f->arena, (nj ? nj : 1) * sizeof *projs);
	uint32_t j = 0;
	for (PlaceId p = 0; p < f->nplaces; p++) {
		if (!map[p])
			continue;
		Place pl = f->places[p];
		if (pl.nproj) /* f->projs may be NULL (a fn without projections: memcpy's arguments must not) */
			memcpy(&projs[j], &f->projs[pl.proj], pl.nproj * sizeof *projs);
		pl.proj = pl.nproj ? j : 0;
		j += pl.nproj;
		places[map[p] - 1] = pl;
	}
	fn_places(f, 0, gc_rename, map);
	for (uint32_t i = 0; i < f->nargsv; i++)
		if (f->args[i].kind != OP_CONST)
			f->args[i].v = map[f->args[i].v] - 1;
	f->places = places;
	f->nplaces = f->capplaces = np;
	f->projs = projs;
	f->nprojs = f->capprojs = nj;
	free(map);
}
