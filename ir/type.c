/* type.c — interned types: rustc spelling, size, alignment and field offsets (x86_64). */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "thread.h"

#define X_TY_NAME(k, s, sz, al) s,
#define X_TY_SIZE(k, s, sz, al) sz,
#define X_TY_ALIGN(k, s, sz, al) al,
static const char *const type_name[NTYPEKINDS] = {TYPE_KINDS(X_TY_NAME)};
static const uint32_t type_fixed_size[NTYPEKINDS] = {TYPE_KINDS(X_TY_SIZE)};
static const uint32_t type_fixed_align[NTYPEKINDS] = {TYPE_KINDS(X_TY_ALIGN)};

static int type_has_args(TypeKind k)
{
	return k == TY_POLL || k == TY_REF || k == TY_REFMUT || k == TY_RAWMUT || k == TY_PIN ||
	       k == TY_TUPLE || k == TY_CORO || k == TY_OPAQUE || k == TY_ADT || k == TY_ARRAY || k == TY_SLICE ||
	       k == TY_RAWCONST;
}

static uint32_t type_hash(const Type *t)
{
	uint32_t h = t->kind * 2654435761u;
	if (t->kind == TY_ADT && !t->generic) /* one ADT per spelling: its index follows from the text */
		return name_hash(t->text) ^ h;
	h = (h ^ t->a) * 2246822519u;
	h = (h ^ t->b) * 3266489917u;
	h = (h ^ (t->kind == TY_ADT ? t->generic : t->coro)) * 668265263u; /* an instance: (g, a, b) */
	if (t->kind == TY_OPAQUE)
		h ^= name_hash(t->text);
	return h ^ (h >> 15);
}

static int type_eq(const Type *u, const Type *t)
{
	if (t->kind == TY_ADT)
		return u->kind == TY_ADT && u->generic == t->generic &&
		       (t->generic ? u->a == t->a && u->b == t->b : strcmp(u->text, t->text) == 0);
	return u->kind == t->kind && u->a == t->a && u->b == t->b && u->coro == t->coro &&
	       (t->kind != TY_OPAQUE || strcmp(u->text, t->text) == 0);
}

/* The slot of t in the module's type table: where it is, or the empty slot
 * where it would go. */
static uint32_t type_slot(const Module *m, const Type *t, uint32_t h)
{
	uint32_t mask = m->ntype_slots - 1;
	for (uint32_t i = h & mask;; i = (i + 1) & mask)
		if (m->type_slots[i].id == NO_ID || (m->type_slots[i].hash == h && type_eq(&m->types[m->type_slots[i].id], t)))
			return i;
}

TypeId type_lookup(const Module *m, Type t)
{
	if (!type_has_args((TypeKind)t.kind))
		return t.kind;
	if (!m->ntype_slots)
		return NO_ID;
	return m->type_slots[type_slot(m, &t, type_hash(&t))].id;
}

static void type_rehash(Module *m)
{
	uint32_t n = 64;
	while (n < 4 * m->ntypes)
		n *= 2;
	free(m->type_slots);
	m->type_slots = malloc(n * sizeof *m->type_slots);
	if (!m->type_slots)
		internal_error("out of memory");
	memset(m->type_slots, 0xff, n * sizeof *m->type_slots);
	m->ntype_slots = n;
	for (uint32_t i = NTYPEKINDS; i < m->ntypes; i++) {
		uint32_t h = type_hash(&m->types[i]);
		m->type_slots[type_slot(m, &m->types[i], h)] = (TypeSlot){i, h};
	}
}

TypeId type_push(Module *m, Type t)
{
	Type *arr = m->types;
	if (m->ntypes + 1 > m->captypes)
		arr = arena_grow(m->arena, arr, &m->captypes, m->ntypes + 1, sizeof *arr);
	arr[m->ntypes] = t;
	/* the old array stays in the arena: a thread reading it still finds every
	 * type it knows of there */
	atomic_store_explicit(&m->types, arr, memory_order_release);
	return m->ntypes++;
}

static TypeId intern(Module *m, Type t, uint32_t h /* type_hash(&t) */)
{
	if (2 * (m->ntypes + 1) > m->ntype_slots)
		type_rehash(m);
	uint32_t i = type_slot(m, &t, h);
	if (m->type_slots[i].id != NO_ID)
		return m->type_slots[i].id;
	if (t.text)
		t.text = arena_strdup(m->arena, t.text);
	TypeId id = type_push(m, t);
	m->type_slots[i] = (TypeSlot){id, h};
	return id;
}

/* While several threads build bodies, each remembers the types it interned
 * last: the same few are asked for again and again (Poll<u32>, &mut
 * Context<'_>), and each ask took the module's lock. What is left to lock
 * is mostly each coroutine's own new types. An
 * entry is keyed by the module's serial; an interned type never changes
 * its id. */
enum { TYPE_CACHE = 64 };
typedef struct TypeCacheEntry {
	uint64_t serial;
	Type t;
	TypeId id;
} TypeCacheEntry;
static _Thread_local TypeCacheEntry type_cache[TYPE_CACHE];

TypeId type_intern(Module *m, Type t)
{
	if (!type_has_args((TypeKind)t.kind))
		return t.kind;
	uint32_t h = type_hash(&t);
	if (!m->lock)
		return intern(m, t, h);
	TypeCacheEntry *e = t.kind == TY_OPAQUE || t.kind == TY_ADT ? NULL : &type_cache[h % TYPE_CACHE];
	if (e && e->serial == m->serial && type_eq(&e->t, &t))
		return e->id;
	mutex_lock(m->lock);
	TypeId id = intern(m, t, h);
	mutex_unlock(m->lock);
	if (e)
		*e = (TypeCacheEntry){m->serial, t, id};
	return id;
}

TypeId type_basic(Module *m, TypeKind k)
{
	(void)m;
	IR_ASSERT(!type_has_args(k));
	return (TypeId)k;
}

TypeId type_ptr(Module *m, TypeKind k, TypeId a)
{
	IR_ASSERT(k == TY_POLL || k == TY_REF || k == TY_REFMUT || k == TY_RAWMUT || k == TY_RAWCONST || k == TY_PIN);
	return type_intern(m, (Type){.kind = (uint8_t)k, .a = a});
}

TypeId type_tuple2(Module *m, TypeId a, TypeId b)
{
	return type_intern(m, (Type){.kind = TY_TUPLE, .a = a, .b = b});
}

TypeId type_coro(Module *m, uint32_t coro)
{
	IR_ASSERT(coro < m->ncoros);
	return m->coros[coro].ty; /* interned by module_add_coro: no lookup, no lock */
}

TypeId type_array(Module *m, TypeId elem, uint32_t len)
{
	return type_intern(m, (Type){.kind = TY_ARRAY, .a = elem, .b = len});
}

TypeId type_slice(Module *m, TypeId elem)
{
	return type_intern(m, (Type){.kind = TY_SLICE, .a = elem});
}

int type_is_fat_ptr(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	return (ty->kind == TY_REF || ty->kind == TY_REFMUT || ty->kind == TY_RAWMUT || ty->kind == TY_RAWCONST) &&
	       type_get(m, ty->a)->kind == TY_SLICE;
}

int type_is_int(const Module *m, TypeId t)
{
	uint8_t k = type_get(m, t)->kind;
	return k >= TY_U8 && k <= TY_ISIZE;
}

int type_is_signed(const Module *m, TypeId t)
{
	uint8_t k = type_get(m, t)->kind;
	return k >= TY_I8 && k <= TY_ISIZE;
}

int type_ptr_sized(int kind)
{
	return kind == TY_USIZE || kind == TY_ISIZE || kind == TY_REF || kind == TY_REFMUT || kind == TY_RAWMUT ||
	       kind == TY_RAWCONST || kind == TY_PIN || kind == TY_RESUMETY;
}

int type_int_bits(const Module *m, TypeId t)
{
	IR_ASSERT(type_is_int(m, t) || type_get(m, t)->kind == TY_BOOL || type_get(m, t)->kind == TY_CHAR);
	return type_get(m, t)->kind == TY_BOOL ? 8 : (int)type_fixed_size[type_get(m, t)->kind] * 8;
}

/* Copy as core derives it for Option/Result (every argument Copy) and as the frontend's
 * ast_type_is_copy says of a field's type: an item by its Adt.is_copy (derive37). */
int type_copy(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	switch (ty->kind) {
	case TY_ARRAY: return type_copy(m, ty->a);
	case TY_TUPLE: return type_copy(m, ty->a) && type_copy(m, ty->b);
	case TY_ADT: return adt_of(m, t) && adt_of(m, t)->is_copy;
	case TY_REF: case TY_RAWCONST: return 1;
	default: return ty->kind <= TY_CHAR; /* (), !, bool, integers, char */
	}
}

/* The first field (variant by variant) of a Copy item that is not Copy: -1 if none;
 * *variant names its variant */
int adt_noncopy_field(const Module *m, const Adt *a, uint32_t *variant)
{
	for (uint32_t v = 0; a->is_copy && v < a->nvariants; v++)
		for (uint32_t i = 0; i < a->variants[v].nfields; i++)
			if (!type_copy(m, a->variants[v].fields[i])) {
				*variant = v;
				return (int)i;
			}
	return -1;
}

int type_needs_drop(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	switch (ty->kind) {
	case TY_GUARD:
	case TY_CORO: /* a coroutine's drop glue runs its drop shim */
	case TY_OPAQUE:
		return 1;
	case TY_ADT: /* a subset struct: its fields say; imported: its Drop impl and
		      * fields are not known: assume glue, unless the importer knows none */
		if (adt_of(m, t)->defined)
			return adt_of(m, t)->needs_drop;
		return !adt_of(m, t)->no_drop;
	case TY_POLL:
		return type_needs_drop(m, ty->a);
	case TY_TUPLE:
		return type_needs_drop(m, ty->a) || type_needs_drop(m, ty->b);
	case TY_ARRAY: /* rustc: needs_drop of [T; 0] is false */
		return ty->b && type_needs_drop(m, ty->a);
	default:
		return 0;
	}
}

/* Spelling a type (issue 23): a walk with its own stack, so that a type nested N deep
 * takes no N-deep recursion, written to a FILE or gathered in a malloc'd buffer. */
typedef struct TypeSink {
	FILE *out; /* NULL: buf */
	char *buf;
	size_t n, cap;
} TypeSink;

static void sink_put(TypeSink *s, const char *p, size_t n)
{
	if (s->out) {
		fwrite(p, 1, n, s->out);
		return;
	}
	if (s->n + n + 1 > s->cap) {
		size_t cap = s->cap ? s->cap : 64;
		while (s->n + n + 1 > cap)
			cap *= 2;
		char *b = realloc(s->buf, cap);
		if (!b)
			internal_error("out of memory");
		s->buf = b, s->cap = cap;
	}
	memcpy(s->buf + s->n, p, n);
	s->n += n;
	s->buf[s->n] = 0;
}

static void sink_puts(TypeSink *s, const char *p)
{
	sink_put(s, p, strlen(p));
}

typedef struct TypeWalkItem {
	const char *lit; /* written as is; NULL: the type t, or with len set `; t]` */
	TypeId t;
	uint8_t len;
} TypeWalkItem;

typedef struct TypeWalk {
	TypeWalkItem *v, local[32];
	size_t n, cap;
} TypeWalk;

static void walk_push(TypeWalk *w, const char *lit, TypeId t, uint8_t len)
{
	if (w->n == w->cap) {
		size_t cap = 2 * w->cap;
		TypeWalkItem *v = w->v == w->local ? malloc(cap * sizeof *v) : realloc(w->v, cap * sizeof *v);
		if (!v)
			internal_error("out of memory");
		if (w->v == w->local)
			memcpy(v, w->local, w->n * sizeof *v);
		w->v = v, w->cap = cap;
	}
	w->v[w->n++] = (TypeWalkItem){lit, t, len};
}

static void type_write(const Module *m, TypeId t, TypeSink *s)
{
	TypeWalk w = {.n = 0, .cap = 32};
	w.v = w.local;
	walk_push(&w, NULL, t, 0);
	while (w.n) {
		TypeWalkItem it = w.v[--w.n];
		if (it.lit) {
			sink_puts(s, it.lit);
			continue;
		}
		if (it.len) {
			char num[24];
			snprintf(num, sizeof num, "; %" PRIu32 "]", it.t);
			sink_puts(s, num);
			continue;
		}
		const Type *ty = type_get(m, it.t);
		switch (ty->kind) { /* what follows pushed last first */
		case TY_POLL:
		case TY_PIN:
			sink_puts(s, ty->kind == TY_POLL ? "Poll<" : "Pin<");
			walk_push(&w, ">", 0, 0);
			walk_push(&w, NULL, ty->a, 0);
			break;
		case TY_REF:
		case TY_REFMUT:
		case TY_RAWMUT:
		case TY_RAWCONST:
			sink_puts(s, ty->kind == TY_REF ? "&" : ty->kind == TY_REFMUT ? "&mut " :
				     ty->kind == TY_RAWMUT ? "*mut " : "*const ");
			walk_push(&w, NULL, ty->a, 0);
			break;
		case TY_SLICE:
			sink_puts(s, "[");
			walk_push(&w, "]", 0, 0);
			walk_push(&w, NULL, ty->a, 0);
			break;
		case TY_TUPLE:
			sink_puts(s, "(");
			walk_push(&w, ")", 0, 0);
			walk_push(&w, NULL, ty->b, 0);
			walk_push(&w, ", ", 0, 0);
			walk_push(&w, NULL, ty->a, 0);
			break;
		case TY_CORO: {
			const Coroutine *c = &m->coros[ty->coro];
			sink_puts(s, c->kind == CORO_ASYNC_FN ? "{async fn body of " : "{async block@");
			sink_puts(s, c->name);
			sink_puts(s, c->kind == CORO_ASYNC_FN ? "()}" : "}");
			break;
		}
		case TY_OPAQUE:
			sink_puts(s, ty->text);
			break;
		case TY_ADT: {
			/* an instance's name is set once by type_spelling, maybe on another thread (make tsan) */
			const char *name = ty->generic ? __atomic_load_n(&m->adts[ty->coro].name, __ATOMIC_ACQUIRE) : ty->text;
			if (name) { /* nominal, or an instance already spelled */
				sink_puts(s, name);
				break;
			}
			sink_puts(s, ty->generic == TG_OPTION ? "Option<" : "Result<");
			walk_push(&w, ">", 0, 0);
			if (ty->generic == TG_RESULT) {
				walk_push(&w, NULL, ty->b, 0);
				walk_push(&w, ", ", 0, 0);
			}
			walk_push(&w, NULL, ty->a, 0);
			break;
		}
		case TY_ARRAY:
			sink_puts(s, "[");
			walk_push(&w, NULL, ty->b, 1);
			walk_push(&w, NULL, ty->a, 0);
			break;
		default:
			sink_puts(s, type_name[ty->kind]);
		}
	}
	if (w.v != w.local)
		free(w.v);
}

void type_print(const Module *m, TypeId t, FILE *out)
{
	TypeSink s = {.out = out};
	type_write(m, t, &s);
}

const char *type_spelling(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	if (ty->kind == TY_OPAQUE || (ty->kind == TY_ADT && !ty->generic))
		return ty->text;
	Adt *a = ty->kind == TY_ADT ? &m->adts[ty->coro] : NULL;
	/* set once under the lock, read without it: acquire/release pairs with the store below */
	const char *known = a ? __atomic_load_n(&a->name, __ATOMIC_ACQUIRE) : NULL;
	if (known)
		return known;
	TypeSink s = {0};
	type_write(m, t, &s);
	if (!s.buf)
		sink_put(&s, "", 0);
	/* bodies built on several threads may ask: the module's arena is the lock's */
	if (m->lock)
		mutex_lock(m->lock);
	const char *r = a && a->name ? a->name : arena_strdup(m->arena, s.buf);
	if (a)
		__atomic_store_n(&a->name, r, __ATOMIC_RELEASE);
	if (m->lock)
		mutex_unlock(m->lock);
	free(s.buf);
	return r;
}

/* t's spelling in a malloc'd string the caller frees: for readers on several threads (the verifier's),
 * where type_spelling would add to the module's arena without its lock (tsan: core_cmp.c's leaves) */
char *type_spelling_dup(const Module *m, TypeId t)
{
	TypeSink s = {0};
	type_write(m, t, &s);
	if (!s.buf)
		sink_put(&s, "", 0);
	return s.buf;
}

const char *adt_name(const Module *m, const Adt *a)
{
	const char *known = __atomic_load_n(&a->name, __ATOMIC_ACQUIRE); /* type_spelling sets it under the lock */
	return known ? known : type_spelling(m, a->ty);
}

static uint32_t round_up(uint32_t x, uint32_t a)
{
	return (x + a - 1) / a * a;
}

/* rustc reorders struct and tuple fields by decreasing alignment (stable). */
static void tuple_offsets(const Module *m, const Type *ty, uint32_t off[2], uint32_t *size, uint32_t *align)
{
	TypeId f[2] = {ty->a, ty->b};
	uint32_t al[2] = {type_align(m, f[0]), type_align(m, f[1])};
	int first = al[1] > al[0] ? 1 : 0;
	off[first] = 0;
	off[1 - first] = round_up(type_size(m, f[first]), al[1 - first]);
	uint32_t a = al[0] > al[1] ? al[0] : al[1];
	*align = a;
	*size = round_up(off[1 - first] + type_size(m, f[1 - first]), a);
}

static void poll_layout(const Module *m, TypeId payload, uint32_t *size, uint32_t *align, uint32_t *payload_off)
{
	uint8_t k = type_get(m, payload)->kind;
	uint32_t po, ps;
	uint64_t pv;
	if (k == TY_UNIT || k == TY_NEVER) {
		*size = 1, *align = 1, *payload_off = 0;
		return;
	}
	poll_niche(m, payload, &po, &ps, &pv);
	if (ps) { /* niche-filling: Pending in T's niche (bool: the invalid bool 2) */
		*size = type_size(m, payload), *align = type_align(m, payload), *payload_off = 0;
	} else {
		uint32_t a = type_align(m, payload);
		*payload_off = a;
		*align = a;
		*size = round_up(a + type_size(m, payload), a);
	}
}

static const Layout *coro_layout(const Module *m, const Type *ty)
{
	const Coroutine *c = &m->coros[ty->coro];
	/* inline-single-await: a replaced coroutine's future is the replacing one's */
	for (uint32_t n = 0; c->replaced_by != NO_ID && c->replaced_by < m->ncoros && n < m->ncoros; n++)
		c = &m->coros[c->replaced_by];
	if (!c->layout)
		internal_error("size of %s queried before its layout was computed", c->name);
	return c->layout;
}

uint32_t type_size(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	uint32_t off[2], size, align;
	if (m->size_hook && m->size_hook(m, t, &size, &align)) /* rustc's sizes (import_bytes.c) */
		return size;
	switch (ty->kind) {
	case TY_POLL:
		poll_layout(m, ty->a, &size, &align, off);
		return size;
	case TY_TUPLE:
		tuple_offsets(m, ty, off, &size, &align);
		return size;
	case TY_CORO:
		return coro_layout(m, ty)->size;
	case TY_OPAQUE:
		if (m->extern_events) /* imported code under check: a value known by its bytes only */
			return 8;
		internal_error("size of opaque type %s", type_spelling(m, t));
	case TY_ADT:
		if (!m->adts[ty->coro].size && !m->adts[ty->coro].defined) /* a defined struct may be a ZST */
			internal_error("size of %s, which rustc's MIR does not give", type_spelling(m, t));
		return m->adts[ty->coro].size;
	case TY_ARRAY: { /* the frontend bounds lengths; a product past 2^31 is not a layout */
		uint64_t n = (uint64_t)type_size(m, ty->a) * ty->b;
		if (n > 0x7fffffffu)
			internal_error("size of an array of %" PRIu32 " elements overflows", ty->b);
		return (uint32_t)n;
	}
	case TY_SLICE:
		internal_error("size of the unsized type %s", type_spelling(m, t));
	default: {
		uint32_t ptr = type_ptr_sized(ty->kind) && m->ptr_bytes ? m->ptr_bytes : type_fixed_size[ty->kind];
		return type_is_fat_ptr(m, t) ? 2 * ptr : ptr;
	}
	}
}

uint32_t type_align(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	uint32_t off[2], size, align;
	if (m->size_hook && m->size_hook(m, t, &size, &align))
		return align;
	switch (ty->kind) {
	case TY_POLL:
		poll_layout(m, ty->a, &size, &align, off);
		return align;
	case TY_TUPLE:
		tuple_offsets(m, ty, off, &size, &align);
		return align;
	case TY_CORO:
		return coro_layout(m, ty)->align;
	case TY_OPAQUE:
		if (m->extern_events)
			return 8;
		internal_error("alignment of opaque type %s", type_spelling(m, t));
	case TY_ADT:
		if (!m->adts[ty->coro].align)
			internal_error("alignment of %s, which rustc's MIR does not give", type_spelling(m, t));
		return m->adts[ty->coro].align;
	case TY_ARRAY:
	case TY_SLICE:
		return type_align(m, ty->a);
	default:
		return type_ptr_sized(ty->kind) && m->ptr_bytes ? m->ptr_bytes : type_fixed_align[ty->kind];
	}
}

uint32_t type_field_offset(const Module *m, TypeId t, uint32_t v, uint32_t f)
{
	const Type *ty = type_get(m, t);
	uint32_t off[2], size, align;
	switch (ty->kind) {
	case TY_POLL:
		IR_ASSERT(v == 0 && f == 0);
		poll_layout(m, ty->a, &size, &align, off);
		return off[0];
	case TY_TUPLE:
		IR_ASSERT(f < 2);
		tuple_offsets(m, ty, off, &size, &align);
		return off[f];
	case TY_ADT: {
		const Adt *a = adt_of(m, t);
		if (a->enum_defined && v < a->nvariants && f < a->variants[v].nfields)
			return a->variant_offsets[v][f];
		if (!a->defined || a->enum_defined || v != 0 || f >= a->variants[0].nfields)
			internal_error("field offset %u of %s, which is not a defined struct", (unsigned)f, type_spelling(m, t));
		return a->offsets[f];
	}
	case TY_CORO: {
		const Layout *l = coro_layout(m, ty);
		if (v == NO_ID) {
			IR_ASSERT(f < m->coros[ty->coro].nupvars);
			return l->upvar_offset[f];
		}
		IR_ASSERT(v < l->nvariants && f < l->nfields[v]);
		return l->saved[l->fields[l->field_start[v] + f]].offset;
	}
	default:
		internal_error("type_field_offset on a type without fields");
	}
}

static void *conflict_mem(Arena *ar, size_t bytes)
{
	void *p = ar ? arena_alloc(ar, bytes ? bytes : 1) : calloc(1, bytes ? bytes : 1);
	if (!p)
		internal_error("out of memory");
	return p;
}

ConflictRow *conflicts_new(Arena *ar, uint32_t nsaved)
{
	return conflict_mem(ar, (size_t)nsaved * sizeof(ConflictRow));
}

uint64_t *conflict_shared_new(Arena *ar, uint32_t words, uint32_t refs)
{
	uint64_t *p = conflict_mem(ar, ((size_t)words + 1) * sizeof *p);
	p[0] = refs; /* the reference count, before the words */
	return p + 1;
}

/* row r's reference to its class's words dropped (malloc'd words freed with the last) */
static void shared_release(Arena *ar, ConflictRow *r)
{
	uint64_t *h = r->u.bits - 1;
	if (--h[0] == 0 && !ar)
		free(h);
}

void conflicts_free(ConflictRow *rows, uint32_t nsaved)
{
	for (uint32_t a = 0; rows && a < nsaved; a++) {
		if (rows[a].cap == CONFLICT_SHARED)
			shared_release(NULL, &rows[a]);
		else
			free(rows[a].cap == CONFLICT_BITS ? (void *)rows[a].u.bits : (void *)rows[a].u.ids);
	}
	free(rows);
}

/* a shared row made a bitset of its own, the same members, before it is written */
static void row_unshare(Arena *ar, uint32_t nsaved, ConflictRow *r)
{
	size_t words = bs_words(nsaved);
	uint64_t *bits = conflict_mem(ar, words * sizeof *bits);
	memcpy(bits, r->u.bits, words * sizeof *bits);
	shared_release(ar, r);
	r->u.bits = bits, r->cap = CONFLICT_BITS;
}

/* A list takes 4 bytes a member, a bitset nsaved/8: the list until it would
 * take more. Growth doubles; in an arena the old list stays (at most as much
 * again as the row). */
void conflict_add(Arena *ar, uint32_t nsaved, ConflictRow *r, uint32_t b)
{
	if (r->cap == CONFLICT_SHARED) {
		if ((r->u.bits[b / 64] >> (b % 64)) & 1)
			return;
		row_unshare(ar, nsaved, r);
	}
	if (r->cap == CONFLICT_BITS) {
		uint64_t m = 1ull << (b % 64);
		r->n += (r->u.bits[b / 64] & m) == 0;
		r->u.bits[b / 64] |= m;
		return;
	}
	/* ascending adds: append */
	uint32_t lo = r->n && r->u.ids[r->n - 1] < b ? r->n : conflict_row_lower(r, b, 0);
	if (lo < r->n && r->u.ids[lo] == b)
		return;
	uint32_t words = bs_words(nsaved);
	if ((size_t)(r->n + 1) * sizeof(uint32_t) > (size_t)words * sizeof(uint64_t)) {
		uint64_t *bits = conflict_mem(ar, (size_t)words * sizeof *bits);
		for (uint32_t i = 0; i < r->n; i++)
			bits[r->u.ids[i] / 64] |= 1ull << (r->u.ids[i] % 64);
		bits[b / 64] |= 1ull << (b % 64);
		if (!ar)
			free(r->u.ids);
		r->u.bits = bits, r->cap = CONFLICT_BITS, r->n++;
		return;
	}
	if (r->n == r->cap) {
		uint32_t cap = r->cap ? 2 * r->cap : 4;
		uint32_t *ids = conflict_mem(ar, (size_t)cap * sizeof *ids);
		if (r->n)
			memcpy(ids, r->u.ids, (size_t)r->n * sizeof *ids);
		if (!ar)
			free(r->u.ids);
		r->u.ids = ids, r->cap = cap;
	}
	memmove(&r->u.ids[lo + 1], &r->u.ids[lo], (size_t)(r->n - lo) * sizeof *r->u.ids);
	r->u.ids[lo] = b;
	r->n++;
}

void conflict_row_bits(Arena *ar, uint32_t nsaved, ConflictRow *r)
{
	if (conflict_row_is_bits(r))
		return;
	uint64_t *bits = conflict_mem(ar, (size_t)bs_words(nsaved) * sizeof *bits);
	for (uint32_t i = 0; i < r->n; i++)
		bits[r->u.ids[i] / 64] |= 1ull << (r->u.ids[i] % 64);
	if (!ar)
		free(r->u.ids);
	r->u.bits = bits, r->cap = CONFLICT_BITS;
}

void conflicts_densify(Arena *ar, ConflictRow *rows, uint32_t nsaved)
{
	size_t words = bs_words(nsaved), now = 0;
	uint32_t nlist = 0;
	for (uint32_t a = 0; a < nsaved; a++) {
		if (conflict_row_is_bits(&rows[a])) {
			now += words * sizeof(uint64_t);
		} else {
			now += (size_t)rows[a].n * sizeof(uint32_t);
			nlist++;
		}
	}
	/* under 64 saved locals a pair walk is cheaper than one 64 x 64 block
	 * transpose (a 2000-deep await chain of 2-local coroutines was 3% slower) */
	if (nsaved < 64 || !nlist || (size_t)nsaved * words * sizeof(uint64_t) > 2 * now)
		return;
	for (uint32_t a = 0; a < nsaved; a++)
		conflict_row_bits(ar, nsaved, &rows[a]);
}

typedef struct RowRef {
	const uint64_t *bits;
	uint32_t row;
} RowRef;

static int cmp_rowref(const void *x, const void *y)
{
	const RowRef *a = x, *b = y;
	if (a->bits != b->bits)
		return (uintptr_t)a->bits < (uintptr_t)b->bits ? -1 : 1;
	return a->row < b->row ? -1 : a->row > b->row;
}

/* rows' shared rows, sorted by their words (one run per class): *n of them, scratch */
static RowRef *shared_rows(const ConflictRow *rows, uint32_t nsaved, uint32_t *n)
{
	uint32_t k = 0;
	for (uint32_t a = 0; rows && a < nsaved; a++)
		k += rows[a].cap == CONFLICT_SHARED;
	RowRef *r = scratch_alloc_uninit(((size_t)k + 1) * sizeof *r);
	k = 0;
	for (uint32_t a = 0; rows && a < nsaved; a++)
		if (rows[a].cap == CONFLICT_SHARED)
			r[k++] = (RowRef){rows[a].u.bits, a};
	int sorted = 1; /* one class (a clique) needs no sort */
	for (uint32_t i = 1; i < k && sorted; i++)
		sorted = cmp_rowref(&r[i - 1], &r[i]) < 0;
	if (!sorted)
		qsort(r, k, sizeof *r, cmp_rowref);
	*n = k;
	return r;
}

/* the shared rows of rows (over nsaved) into out (over nsaved_to >= nsaved), one
 * class still sharing one bitset (copied once per class, not once per row) */
static void copy_shared_rows(Arena *ar, const ConflictRow *rows, uint32_t nsaved, ConflictRow *out, uint32_t nsaved_to)
{
	uint32_t n, words = bs_words(nsaved), words_to = bs_words(nsaved_to);
	ScratchMark sm = scratch_mark();
	RowRef *r = shared_rows(rows, nsaved, &n);
	for (uint32_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && r[j].bits == r[i].bits;)
			j++;
		uint64_t *bits = conflict_shared_new(ar, words_to, j - i);
		memcpy(bits, r[i].bits, (size_t)words * sizeof *bits);
		for (uint32_t k = i; k < j; k++)
			out[r[k].row] = (ConflictRow){.n = rows[r[k].row].n, .cap = CONFLICT_SHARED, .u.bits = bits};
	}
	scratch_release(sm);
}

ConflictRow *conflicts_dup(Arena *ar, const ConflictRow *rows, uint32_t nsaved)
{
	ConflictRow *out = conflicts_new(ar, nsaved ? nsaved : 1);
	size_t words = bs_words(nsaved);
	for (uint32_t a = 0; a < nsaved; a++) {
		out[a] = rows[a];
		if (rows[a].cap == CONFLICT_BITS) {
			out[a].u.bits = conflict_mem(ar, words * sizeof(uint64_t));
			memcpy(out[a].u.bits, rows[a].u.bits, words * sizeof(uint64_t));
		} else if (rows[a].cap != CONFLICT_SHARED) {
			out[a].u.ids = conflict_mem(ar, (size_t)rows[a].cap * sizeof(uint32_t));
			if (rows[a].n)
				memcpy(out[a].u.ids, rows[a].u.ids, (size_t)rows[a].n * sizeof(uint32_t));
		}
	}
	copy_shared_rows(ar, rows, nsaved, out, nsaved);
	return out;
}

ConflictRow *conflicts_copy(Arena *ar, const ConflictRow *rows, uint32_t nsaved, uint32_t nsaved_to)
{
	ConflictRow *out = conflicts_new(ar, nsaved_to);
	uint32_t words = bs_words(nsaved), words_to = bs_words(nsaved_to);
	copy_shared_rows(ar, rows, nsaved, out, nsaved_to);
	for (uint32_t a = 0; rows && a < nsaved; a++) {
		if (rows[a].cap == CONFLICT_SHARED)
			continue;
		/* a bitset row that stays one is copied a word at a time (bit by bit,
		 * a dense relation cost N^2 adds per copy: one state holding 3N
		 * saved locals) */
		if (rows[a].cap == CONFLICT_BITS && (size_t)rows[a].n * sizeof(uint32_t) > (size_t)words_to * sizeof(uint64_t)) {
			uint64_t *bits = conflict_mem(ar, (size_t)words_to * sizeof *bits);
			memcpy(bits, rows[a].u.bits, (size_t)words * sizeof *bits);
			out[a] = (ConflictRow){.n = rows[a].n, .cap = CONFLICT_BITS, .u.bits = bits};
			continue;
		}
		for (uint32_t k = 0, b; conflict_next(&rows[a], nsaved, &k, &b);)
			conflict_add(ar, nsaved_to, &out[a], b);
	}
	if (rows && nsaved_to)
		conflicts_densify(ar, out, nsaved_to);
	return out;
}

/* 64 x 64 bits transposed in place, a[r] bit c <-> a[c] bit r: the recursive
 * block swap of Hacker's Delight (2nd ed., 7-3), 6 rounds of 32 word pairs */
void bits_transpose64(uint64_t a[64])
{
	uint64_t m = 0x00000000FFFFFFFFull;
	for (unsigned j = 32; j; j >>= 1, m ^= m << j)
		for (unsigned k = 0; k < 64; k = ((k | j) + 1) & ~j) {
			uint64_t t = ((a[k] >> j) ^ a[k | j]) & m;
			a[k | j] ^= t;
			a[k] ^= t << j;
		}
}

int conflicts_all_bits(const ConflictRow *rows, uint32_t nsaved)
{
	for (uint32_t a = 0; a < nsaved; a++)
		if (!conflict_row_is_bits(&rows[a]))
			return 0;
	return nsaved > 0;
}

/* the 64 x 64 block of rows 64*rb.. at word cw, rows past nsaved 0 */
static void conflict_block(const ConflictRow *rows, uint32_t nsaved, uint32_t rb, uint32_t cw, uint64_t blk[64])
{
	for (uint32_t r = 0; r < 64; r++) {
		uint32_t a = rb * 64 + r;
		blk[r] = a < nsaved ? rows[a].u.bits[cw] : 0;
	}
}

/* A block whose nonzero rows are all one word p (rows u: bit r of u set when
 * row r is p) is u x p, its transpose p x u: row c is u when bit c of p is
 * set, else 0. Returns 1 and sets *p, *u for such a block (a zero block
 * too: p = u = 0). The N lets of gen.py ownlets, each live to the end with
 * its awaitee between it and the next, make such blocks off the diagonal
 * (the lets' rows all ones, the awaitees' zero, and the transpose's rows
 * the lets): a check against p x u is 64 word tests, the transpose some
 * 1,200 operations (own33: the verifier's symmetry check was 3.8x per 2x,
 * 207M of 8.1G at 2000, after every pass). */
static int block_outer(const uint64_t blk[64], uint64_t *p, uint64_t *u)
{
	uint64_t pp = 0, uu = 0;
	for (uint32_t r = 0; r < 64; r++) {
		if (!blk[r])
			continue;
		if (pp && blk[r] != pp)
			return 0;
		pp = blk[r];
		uu |= 1ull << r;
	}
	*p = pp, *u = uu;
	return 1;
}

static int conflicts_symmetric_blocks(const ConflictRow *rows, uint32_t nsaved);

uint32_t conflicts_classes(const ConflictRow *rows, uint32_t nsaved, uint32_t *cls)
{
	ScratchMark sm = scratch_mark();
	uint32_t n, k = 0;
	RowRef *r = shared_rows(rows, nsaved, &n);
	for (uint32_t a = 0; a < nsaved; a++)
		cls[a] = NO_ID;
	for (uint32_t i = 0, j; i < n; i = j, k++)
		for (j = i; j < n && r[j].bits == r[i].bits; j++)
			cls[r[j].row] = k;
	for (uint32_t a = 0; a < nsaved; a++)
		if (cls[a] == NO_ID)
			cls[a] = k++;
	scratch_release(sm);
	return k;
}

static uint64_t row_hash(const uint64_t *w, uint32_t words)
{
	uint64_t h = 0x9e3779b97f4a7c15ull;
	for (uint32_t i = 0; i < words; i++)
		h = (h ^ w[i]) * 0xff51afd7ed558ccdull;
	return h ^ (h >> 29);
}

typedef struct RowHash {
	uint64_t h;
	uint32_t row;
} RowHash;

static int cmp_rowhash(const void *x, const void *y)
{
	const RowHash *a = x, *b = y;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return a->row < b->row ? -1 : a->row > b->row;
}

/* The bitset rows grouped by their words (a hash, then the words compared with
 * the first of the hash's rows: a row equal to another of its hash but not to
 * the first keeps its own bitset); a group of two or more becomes one class.
 * O(rows x words) once, after which the walks that know classes (conflicts_symmetric,
 * the layout's eligibility, the verifier) take a class's row once. */
void conflicts_share(Arena *ar, ConflictRow *rows, uint32_t nsaved)
{
	uint32_t words = bs_words(nsaved), n = 0;
	ScratchMark sm = scratch_mark();
	RowHash *o = scratch_alloc_uninit(((size_t)nsaved + 1) * sizeof *o);
	for (uint32_t a = 0; a < nsaved; a++)
		if (rows[a].cap == CONFLICT_BITS)
			o[n++] = (RowHash){row_hash(rows[a].u.bits, words), a};
	if (n > 1)
		qsort(o, n, sizeof *o, cmp_rowhash);
	uint32_t *same = scratch_alloc_uninit(((size_t)n + 1) * sizeof *same);
	for (uint32_t i = 0, j; i < n; i = j) {
		const uint64_t *first = rows[o[i].row].u.bits;
		uint32_t ns = 0;
		for (j = i; j < n && o[j].h == o[i].h; j++)
			if (!memcmp(rows[o[j].row].u.bits, first, (size_t)words * sizeof *first))
				same[ns++] = o[j].row;
		if (ns < 2)
			continue;
		uint64_t *bits = conflict_shared_new(ar, words, ns);
		memcpy(bits, first, (size_t)words * sizeof *bits);
		for (uint32_t k = 0; k < ns; k++) {
			ConflictRow *r = &rows[same[k]];
			if (!ar)
				free(r->u.bits);
			r->u.bits = bits, r->cap = CONFLICT_SHARED;
		}
	}
	scratch_release(sm);
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return a < b ? -1 : a > b;
}

/* Symmetry class by class: rows a in class K (row S_K) and b in class L (row S_L)
 * need b in S_K exactly when a is in S_L, for every such a and b: so S_K holds
 * all of L or none of it, S_L all of K or none, and the two agree. One walk of
 * each class's row (counting the members of each class it meets), then each
 * (K, L) held whole looked up the other way round. O(classes' rows + classes x
 * words): a clique of N saved locals in one class is one row walked, not N^2 / 64
 * words of 64 x 64 blocks. Returns 1, 0, or -1: not decided. */
static int symmetric_by_classes(const ConflictRow *rows, uint32_t nsaved, const uint32_t *cls, uint32_t ncls)
{
	uint32_t *size = scratch_alloc((size_t)ncls * sizeof *size), *rep = scratch_alloc_uninit((size_t)ncls * sizeof *rep);
	for (uint32_t a = nsaved; a-- > 0;) {
		size[cls[a]]++;
		rep[cls[a]] = a;
	}
	size_t bound = 1;
	for (uint32_t k = 0; k < ncls; k++)
		bound += rows[rep[k]].n;
	uint64_t *pairs = scratch_alloc_uninit(bound * sizeof *pairs);
	uint32_t *hits = scratch_alloc((size_t)ncls * sizeof *hits), *touched = scratch_alloc_uninit((size_t)ncls * sizeof *touched);
	size_t np = 0;
	for (uint32_t k = 0; k < ncls; k++) {
		uint32_t nt = 0;
		for (uint32_t i = 0, b; conflict_next(&rows[rep[k]], nsaved, &i, &b);)
			if (!hits[cls[b]]++)
				touched[nt++] = cls[b];
		int whole = 1;
		for (uint32_t t = 0; t < nt; t++) {
			uint32_t L = touched[t];
			whole &= hits[L] == size[L];
			hits[L] = 0;
			if (np == bound)
				return -1; /* a row's n short of its members: the blocks decide */
			pairs[np++] = (uint64_t)k << 32 | L;
		}
		if (!whole)
			return 0;
	}
	qsort(pairs, np, sizeof *pairs, cmp_u64);
	for (size_t i = 0; i < np; i++) {
		uint64_t back = pairs[i] << 32 | pairs[i] >> 32;
		if (!bsearch(&back, pairs, np, sizeof *pairs, cmp_u64))
			return 0;
	}
	return 1;
}

int conflicts_symmetric(const ConflictRow *rows, uint32_t nsaved)
{
	/* with classes, by classes when their rows are fewer words than the blocks */
	int shared = 0, bits = conflicts_all_bits(rows, nsaved);
	for (uint32_t a = 0; a < nsaved && !shared; a++)
		shared = rows[a].cap == CONFLICT_SHARED;
	if (shared || !bits) { /* list rows: by classes only (each its own) */
		ScratchMark sm = scratch_mark();
		uint32_t *cls = scratch_alloc_uninit((size_t)nsaved * sizeof *cls);
		uint32_t ncls = conflicts_classes(rows, nsaved, cls), w = bs_words(nsaved);
		uint64_t cost = (uint64_t)ncls * w;
		for (uint32_t a = 0; a < nsaved; a++)
			if (rows[a].cap != CONFLICT_SHARED)
				cost += w;
		int rc = -1;
		if (!bits || cost <= (uint64_t)w * w * 16)
			rc = symmetric_by_classes(rows, nsaved, cls, ncls);
		scratch_release(sm);
		if (rc >= 0 || !bits)
			return rc > 0;
	}
	return conflicts_symmetric_blocks(rows, nsaved);
}

static int conflicts_symmetric_blocks(const ConflictRow *rows, uint32_t nsaved)
{
	uint32_t words = bs_words(nsaved);
	uint64_t blk[64], other[64];
	for (uint32_t i = 0; i < words; i++)
		for (uint32_t j = i; j < words; j++) {
			conflict_block(rows, nsaved, i, j, blk);
			conflict_block(rows, nsaved, j, i, other);
			uint64_t any = 0;
			for (uint32_t r = 0; r < 64; r++)
				any |= blk[r] | other[r];
			if (!any)
				continue;
			uint64_t p, u;
			if (block_outer(blk, &p, &u)) {
				for (uint32_t r = 0; r < 64; r++)
					if (other[r] != (((p >> r) & 1) ? u : 0))
						return 0;
				continue;
			}
			bits_transpose64(blk);
			for (uint32_t r = 0; r < 64; r++)
				if (blk[r] != other[r])
					return 0;
		}
	return 1;
}

void conflicts_or_transpose(ConflictRow *rows, uint32_t nsaved)
{
	for (uint32_t a = 0; a < nsaved; a++)
		if (rows[a].cap != CONFLICT_BITS)
			internal_error("conflicts_or_transpose: row %u is not a bitset of its own", (unsigned)a);
	uint32_t words = bs_words(nsaved);
	uint64_t blk[64];
	for (uint32_t i = 0; i < words; i++)
		for (uint32_t j = 0; j < words; j++) {
			/* block (i, j) transposed into block (j, i); the diagonal blocks
			 * and (i, j) before (j, i) read what this pass may have ORed in
			 * already: a bit ORed in is its transpose's, which is set too */
			conflict_block(rows, nsaved, i, j, blk);
			uint64_t p, u;
			if (block_outer(blk, &p, &u)) {
				if (!p)
					continue;
				for (uint32_t c = 0; c < 64; c++)
					blk[c] = ((p >> c) & 1) ? u : 0;
			} else {
				bits_transpose64(blk);
			}
			for (uint32_t c = 0; c < 64; c++) {
				uint32_t b = j * 64 + c;
				if (b >= nsaved || !blk[c])
					continue;
				uint64_t *w = &rows[b].u.bits[i];
				rows[b].n += (uint32_t)__builtin_popcountll(blk[c] & ~*w);
				*w |= blk[c];
			}
		}
}

void layout_set_conflict(Arena *ar, Layout *l, uint32_t a, uint32_t b)
{
	if (!l->conflicts)
		l->conflicts = conflicts_new(ar, l->nsaved);
	conflict_add(ar, l->nsaved, &l->conflicts[a], b);
	conflict_add(ar, l->nsaved, &l->conflicts[b], a);
}

/* ------------------------------------------------------------------ */
/* TY_ADT                                                              */
/* ------------------------------------------------------------------ */

/* std's enums whose VariantIdx order is known: `Name<` prefix, variants. */
static const struct {
	const char *prefix;
	const char *variants[2];
} known_enums[] = {
	{"Option<", {"None", "Some"}},
	{"Result<", {"Ok", "Err"}},
	{"ControlFlow<", {"Continue", "Break"}},
};

int core_enum_index(const char *name)
{
	for (size_t i = 0; i < sizeof known_enums / sizeof *known_enums; i++)
		if (strncmp(name, known_enums[i].prefix, strlen(known_enums[i].prefix)) == 0)
			return (int)i;
	return -1;
}

const char *core_enum_prefix(int k)
{
	return known_enums[k].prefix;
}

const char *core_enum_variant(int k, int v)
{
	return known_enums[k].variants[v];
}

int adt_is_core(const Module *m, const Adt *a)
{
	/* the frontend's Option / Result instances are core's without a spelling: adt_name would make one in
	 * the module's arena, which the verifier's threads must not (for40's iter_leaf_check, a data race) */
	uint8_t g = type_get(m, a->ty)->generic;
	if (g == TG_OPTION || g == TG_RESULT)
		return 1;
	return core_enum_index(adt_name(m, a)) >= 0;
}

static AdtVariant *add_variant(Module *m, Adt *a, const char *name)
{
	AdtVariant *v = VEC_PUSH(m->arena, a->variants, a->nvariants, a->capvariants);
	memset(v, 0, sizeof *v);
	v->name = name ? arena_strdup(m->arena, name) : NULL;
	return v;
}

TypeId type_adt(Module *m, const char *text)
{
	Type t = {.kind = TY_ADT, .text = text};
	TypeId id = type_lookup(m, t);
	if (id != NO_ID)
		return id;
	Adt *a = VEC_PUSH(m->arena, m->adts, m->nadts, m->capadts);
	memset(a, 0, sizeof *a);
	a->name = arena_strdup(m->arena, text);
	int k = core_enum_index(text);
	if (k >= 0) {
		a->kind = ADT_ENUM;
		a->rustc_order = 1;
		add_variant(m, a, known_enums[k].variants[0]);
		add_variant(m, a, known_enums[k].variants[1]);
	}
	t.coro = m->nadts - 1;
	id = type_intern(m, t);
	m->adts[t.coro].ty = id;
	return id;
}

TypeId type_generic(Module *m, TypeGeneric g, TypeId a, TypeId b)
{
	IR_ASSERT(g == TG_OPTION || g == TG_RESULT);
	Type t = {.kind = TY_ADT, .generic = (uint8_t)g, .a = a, .b = g == TG_RESULT ? b : 0};
	TypeId id = type_lookup(m, t);
	if (id != NO_ID)
		return id;
	Adt *ad = VEC_PUSH(m->arena, m->adts, m->nadts, m->capadts);
	memset(ad, 0, sizeof *ad); /* its name: adt_name, when asked */
	ad->kind = ADT_ENUM;
	ad->rustc_order = 1;
	add_variant(m, ad, known_enums[g == TG_OPTION ? 0 : 1].variants[0]);
	add_variant(m, ad, known_enums[g == TG_OPTION ? 0 : 1].variants[1]);
	t.coro = m->nadts - 1;
	id = type_intern(m, t);
	m->adts[t.coro].ty = id;
	return id;
}

Adt *adt_of(const Module *m, TypeId t)
{
	if (t == NO_ID || t >= m->ntypes)
		return NULL;
	const Type *ty = type_get(m, t);
	return ty->kind == TY_ADT && ty->coro < m->nadts ? &m->adts[ty->coro] : NULL;
}

const char *name_type_args(const char *name)
{
	for (const char *s = name; *s; s++) {
		if (*s != '<')
			continue;
		if (s != name && (s - name < 2 || s[-1] != ':' || s[-2] != ':'))
			return s;
		for (int depth = 0; *s; s++) { /* a path's `<..>` group: to its matching '>' */
			depth += *s == '<' ? 1 : *s == '>' ? -1 : 0;
			if (depth == 0)
				break;
		}
		if (!*s)
			return NULL;
	}
	return NULL;
}

uint32_t adt_variant(Module *m, TypeId t, const char *name)
{
	Adt *a = adt_of(m, t);
	if (!a || a->kind == ADT_STRUCT || a->tuple || !name)
		return NO_ID;
	for (uint32_t i = 0; i < a->nvariants; i++)
		if (strcmp(a->variants[i].name, name) == 0)
			return i;
	if (a->rustc_order)
		return NO_ID;
	a->kind = ADT_ENUM;
	add_variant(m, a, name);
	return a->nvariants - 1;
}

int adt_make_struct(Module *m, TypeId t)
{
	Adt *a = adt_of(m, t);
	if (!a || a->kind == ADT_ENUM)
		return 0;
	if (a->kind == ADT_UNKNOWN) {
		a->kind = ADT_STRUCT;
		add_variant(m, a, NULL);
	}
	return 1;
}

int adt_field(Module *m, TypeId t, uint32_t v, uint32_t f, TypeId ty, const char *name)
{
	Adt *a = adt_of(m, t);
	if (!a || f >= (1u << 16))
		return 0;
	if (a->kind == ADT_UNKNOWN && v == 0 && !a->nvariants)
		adt_make_struct(m, t);
	if (v >= a->nvariants)
		return 0;
	AdtVariant *var = &a->variants[v];
	if (f >= var->nfields) {
		if (a->tuple || var->closed)
			return 0; /* every field is known (a tuple's spelling, an aggregate) */
		uint32_t capn = var->capfields;
		var->fields = arena_grow(m->arena, var->fields, &var->capfields, f + 1, sizeof *var->fields);
		var->fieldnames = arena_grow(m->arena, var->fieldnames, &capn, f + 1, sizeof *var->fieldnames);
		for (uint32_t i = var->nfields; i <= f; i++)
			var->fields[i] = NO_ID;
		var->nfields = f + 1;
	}
	if (var->fields[f] == NO_ID)
		var->fields[f] = ty;
	if (name && !var->fieldnames[f])
		var->fieldnames[f] = arena_strdup(m->arena, name);
	return var->fields[f] == ty && (!name || strcmp(var->fieldnames[f], name) == 0);
}

TypeId adt_field_type(const Module *m, TypeId t, uint32_t v, uint32_t f)
{
	const Adt *a = adt_of(m, t);
	if (!a || v >= a->nvariants || f >= a->variants[v].nfields)
		return NO_ID;
	return a->variants[v].fields[f];
}

/* A constant known by its spelling: the spelling is interned as a TY_OPAQUE
 * type, whose id is unique per spelling in the module (so that constants
 * compare by bits, and stay themselves when a pass copies them to another fn). */
uint64_t const_text_id(Module *m, const char *text)
{
	return type_intern(m, (Type){.kind = TY_OPAQUE, .text = text});
}

const char *const_text(const Module *m, const Const *c)
{
	uint8_t k = type_get(m, c->ty)->kind;
	if (c->named) /* const33 / consts35: a const item's or a static's */
		return NULL;
	if (k == TY_BOOL || k == TY_UNIT || k == TY_CHAR || type_is_int(m, c->ty) || c->bits >= m->ntypes ||
	    type_get(m, (TypeId)c->bits)->kind != TY_OPAQUE)
		return NULL;
	return type_get(m, (TypeId)c->bits)->text;
}

/* ------------------------------------------------------------------ */
/* Subset structs (issue 22 item 4)                                     */
/* ------------------------------------------------------------------ */

TypeId type_struct_define(Module *m, const char *name, uint32_t n, const TypeId *fields, const char *const *names,
                          int repr_c)
{
	TypeId t = type_adt(m, name);
	Adt *a = adt_of(m, t);
	if (a->defined)
		return t;
	adt_make_struct(m, t);
	/* a unit struct gets its one variant with no fields */
	for (uint32_t i = 0; i < n; i++)
		if (!adt_field(m, t, 0, i, fields[i], names ? names[i] : NULL))
			internal_error("struct %s defined twice", name);
	a = adt_of(m, t);
	a->variants[0].closed = 1;
	uint32_t *off = arena_alloc(m->arena, (n ? n : 1) * sizeof *off);
	uint32_t size, align;
	a->repr_c = (uint8_t)repr_c;
	layout_struct(m, fields, n, repr_c, off, &size, &align, &a->niche);
	a->offsets = off;
	a->size = size;
	a->align = align;
	for (uint32_t i = 0; i < n; i++)
		a->needs_drop |= (uint8_t)type_needs_drop(m, fields[i]);
	a->defined = 1;
	return t;
}

/* ------------------------------------------------------------------ */
/* Subset enums (issue 22 item 4)                                       */
/* ------------------------------------------------------------------ */

TypeId type_enum_define(Module *m, const char *name, uint32_t nvariants, const char *const *vnames,
			const uint32_t *nfields, const TypeId *const *fields, const char *const *const *names,
			int tagged_only)
{
	return type_enum_define_discr(m, name, nvariants, vnames, nfields, fields, names, tagged_only, NULL, 0, 0);
}

const char *repr_int_name(int kind)
{
	static const char *const names[] = {"u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize"};
	return kind >= TY_U8 && kind <= TY_ISIZE ? names[kind - TY_U8] : NULL;
}

int repr_int_fits(int kind, int64_t v)
{
	switch (kind) {
	case TY_U8: return v >= 0 && v <= UINT8_MAX;
	case TY_U16: return v >= 0 && v <= UINT16_MAX;
	case TY_U32: return v >= 0 && v <= UINT32_MAX;
	case TY_U64: case TY_USIZE: return v >= 0;
	case TY_I8: return v >= INT8_MIN && v <= INT8_MAX;
	case TY_I16: return v >= INT16_MIN && v <= INT16_MAX;
	case TY_I32: return v >= INT32_MIN && v <= INT32_MAX;
	default: return 1;
	}
}

const char *adt_repr_text(const Adt *a)
{
	static const char *const with_c[] = {"C, u8", "C, u16", "C, u32", "C, u64", "C, usize",
					     "C, i8", "C, i16", "C, i32", "C, i64", "C, isize"};
	if (a->repr_int)
		return a->repr_c ? with_c[a->repr_int - TY_U8] : repr_int_name(a->repr_int);
	return a->repr_c ? "C" : NULL;
}

TypeId adt_discr_type(const Adt *a)
{
	return a && a->repr_int ? (TypeId)a->repr_int : TY_ISIZE;
}

uint64_t adt_discr_value(const Adt *a, uint32_t v)
{
	uint64_t value = a->discrs ? (uint64_t)a->discrs[v] : v;
	switch (a->repr_int) { /* the discriminant type's bits (isize's, 64, without a repr) */
	case TY_U8: case TY_I8:
		return value & 0xffu;
	case TY_U16: case TY_I16:
		return value & 0xffffu;
	case TY_U32: case TY_I32:
		return value & 0xffffffffu;
	default:
		return value;
	}
}

uint32_t adt_variant_of_discr(const Adt *a, uint64_t value)
{
	if (!a->discrs)
		return value < a->nvariants ? (uint32_t)value : NO_ID;
	for (uint32_t v = 0; v < a->nvariants; v++)
		if (adt_discr_value(a, v) == value)
			return v;
	return NO_ID;
}

TypeId type_enum_define_discr(Module *m, const char *name, uint32_t nvariants, const char *const *vnames,
			      const uint32_t *nfields, const TypeId *const *fields, const char *const *const *names,
			      int tagged_only, const int64_t *discrs, uint8_t repr_int, int repr_c)
{
	return type_enum_define_in(m, type_adt(m, name), nvariants, vnames, nfields, fields, names, tagged_only,
				   discrs, repr_int, repr_c);
}

TypeId type_enum_define_in(Module *m, TypeId t, uint32_t nvariants, const char *const *vnames,
			   const uint32_t *nfields, const TypeId *const *fields, const char *const *const *names,
			   int tagged_only, const int64_t *discrs, uint8_t repr_int, int repr_c)
{
	Adt *a = adt_of(m, t);
	if (a->defined)
		return t;
	a->kind = ADT_ENUM;
	a->rustc_order = 0; /* until every variant is made */
	for (uint32_t v = 0; v < nvariants; v++) {
		if (adt_variant(m, t, vnames[v]) != v)
			internal_error("enum %s: variant %s", type_spelling(m, t), vnames[v]);
		for (uint32_t i = 0; i < nfields[v]; i++)
			if (!adt_field(m, t, v, i, fields[v][i], names[v] ? names[v][i] : NULL))
				internal_error("enum %s defined twice", type_spelling(m, t));
		a = adt_of(m, t);
		a->variants[v].closed = 1;
	}
	a = adt_of(m, t);
	a->rustc_order = 1;
	uint32_t **off = arena_alloc(m->arena, nvariants * sizeof *off);
	for (uint32_t v = 0; v < nvariants; v++)
		off[v] = arena_alloc(m->arena, (nfields[v] ? nfields[v] : 1) * sizeof **off);
	a->variant_offsets = off;
	if (discrs) {
		a->discrs = arena_alloc(m->arena, nvariants * sizeof *a->discrs);
		memcpy(a->discrs, discrs, nvariants * sizeof *a->discrs);
	}
	a->repr_int = repr_int;
	a->repr_c = (uint8_t)(repr_c != 0);
	layout_enum(m, a, nfields, fields, tagged_only);
	for (uint32_t v = 0; v < nvariants; v++)
		for (uint32_t i = 0; i < nfields[v]; i++)
			a->needs_drop |= (uint8_t)type_needs_drop(m, fields[v][i]);
	a->enum_defined = 1;
	a->defined = 1;
	return t;
}

static const char clone_leaf_post[] = " as Clone>::clone";

int clone_leaf_name(const char *name)
{
	size_t n = strlen(name), k = sizeof clone_leaf_post - 1;
	return n > k + 1 && name[0] == '<' && strcmp(name + n - k, clone_leaf_post) == 0;
}

/* t has Clone: a scalar, a Copy or Clone item, an array or core's instance of Clone types */
static int type_clonable(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	if (ty->kind <= TY_CHAR)
		return ty->kind != TY_NEVER;
	if (ty->kind == TY_ARRAY)
		return type_clonable(m, ty->a);
	const Adt *a = ty->kind == TY_ADT ? adt_of(m, t) : NULL;
	if (!a || a->is_copy || a->is_clone)
		return a != NULL;
	for (uint32_t v = 0; adt_is_core(m, a) && v < a->nvariants; v++)
		for (uint32_t i = 0; i < a->variants[v].nfields; i++)
			if (!type_clonable(m, a->variants[v].fields[i]))
				return 0;
	return adt_is_core(m, a);
}

int clone_leaf_of(const Module *m, const char *name, TypeId t)
{
	const Type *ty = type_get(m, t);
	if (!clone_leaf_name(name) || (ty->kind == TY_ADT && !adt_is_core(m, adt_of(m, t))) || !type_clonable(m, t))
		return 0; /* an item's clone is a fn of the module (build_derived_fns) */
	char *sp = type_spelling_dup(m, t); /* the verifier asks on several threads: not the module's arena */
	size_t n = strlen(sp);
	int r = strncmp(name + 1, sp, n) == 0 && strcmp(name + 1 + n, clone_leaf_post) == 0;
	free(sp);
	return r;
}
