/* module_copy: a deep copy of a Module, for `coroslim check` (measure/check.c),
 * which runs every stage on its own copy of one lowered module instead of
 * building and lowering the program again per stage (own31).
 *
 * Copied: every array a pass, the layout code or the interpreter may write or
 * grow (the types and their hash slots, the coroutines, their upvars and
 * layouts with the conflict rows as they are, list or bitset, the ADTs'
 * variants and field lists, the fns by fn_copy, the name indexes slot for
 * slot). Shared with the source: the strings (names, spellings; never written
 * through) and the ADTs' layout arrays, which are set once when the ADT is
 * defined (type_struct_define, type_enum_define, the importer's model) and
 * never written after. So the source must outlive the copy, and the copy is
 * the same module: the same ids, the same order, the same index slots. */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

static void *dup_arr(Arena *a, const void *p, size_t n, size_t cap, size_t el)
{
	if (!p)
		return NULL;
	if (cap < n)
		cap = n;
	void *q = arena_alloc(a, (cap ? cap : 1) * el);
	if (n)
		memcpy(q, p, n * el);
	return q;
}

static ConflictRow *copy_rows(Arena *a, const ConflictRow *rows, uint32_t nsaved)
{
	return rows ? conflicts_dup(a, rows, nsaved) : NULL; /* a class stays one bitset */
}

static Layout *copy_layout(Arena *a, const Layout *l, uint32_t nupvars)
{
	Layout *k = arena_alloc(a, sizeof *k);
	*k = *l;
	uint32_t nfields = 0;
	for (uint32_t v = 0; l->field_start && l->nfields && v < l->nvariants; v++)
		if (l->field_start[v] + l->nfields[v] > nfields)
			nfields = l->field_start[v] + l->nfields[v];
	k->saved = dup_arr(a, l->saved, l->nsaved, 0, sizeof *l->saved);
	k->field_start = dup_arr(a, l->field_start, l->nvariants, 0, sizeof *l->field_start);
	k->nfields = dup_arr(a, l->nfields, l->nvariants, 0, sizeof *l->nfields);
	k->fields = dup_arr(a, l->fields, nfields, 0, sizeof *l->fields);
	k->conflicts = copy_rows(a, l->conflicts, l->nsaved);
	k->upvar_offset = dup_arr(a, l->upvar_offset, nupvars, 0, sizeof *l->upvar_offset);
	k->relocated = dup_arr(a, l->relocated, nupvars, 0, sizeof *l->relocated);
	return k;
}

/* a NameMap slot for slot: the keys borrowed from the source, values mapped */
static void copy_index(NameMap *to, const NameMap *from, const Module *src, Module *dst, int fns)
{
	*to = *from;
	if (!from->slots)
		return;
	to->slots = malloc((size_t)from->cap * sizeof *to->slots);
	if (!to->slots)
		internal_error("out of memory");
	memcpy(to->slots, from->slots, (size_t)from->cap * sizeof *to->slots);
	if (!fns)
		return;
	for (uint32_t i = 0; i < from->cap; i++) {
		NameSlot *s = &to->slots[i];
		if (!s->key || s->key == namemap_tomb)
			continue;
		const Fn *f = (const Fn *)s->val;
		IR_ASSERT(f->slot < src->nfns && src->fns[f->slot] == f);
		s->val = (uintptr_t)dst->fns[f->slot];
	}
}

Module *module_copy(const Module *src)
{
	Module *m = module_new(src->file);
	Arena *a = m->arena;
	uint64_t serial = m->serial;
	const char *file = m->file;
	Arena *arena = m->arena;
	free(m->type_slots); /* module_new's, for its basic kinds */
	*m = *src; /* the scalars; every pointer is replaced below */
	m->arena = arena;
	m->serial = serial;
	m->file = file;
	m->lock = NULL;

	uint32_t ntypes = atomic_load(&src->ntypes);
	Type *types = dup_arr(a, atomic_load(&src->types), ntypes, src->captypes, sizeof(Type));
	atomic_store(&m->types, types);
	atomic_store(&m->ntypes, ntypes);
	m->type_slots = NULL;
	if (src->type_slots) {
		m->type_slots = malloc((size_t)src->ntype_slots * sizeof *m->type_slots);
		if (!m->type_slots)
			internal_error("out of memory");
		memcpy(m->type_slots, src->type_slots, (size_t)src->ntype_slots * sizeof *m->type_slots);
	}

	m->coros = dup_arr(a, src->coros, src->ncoros, src->capcoros, sizeof *src->coros);
	for (uint32_t i = 0; i < src->ncoros; i++) {
		Coroutine *c = &m->coros[i];
		const Coroutine *s = &src->coros[i];
		c->upvars = dup_arr(a, s->upvars, s->nupvars, 0, sizeof *s->upvars);
		c->capupvars = s->nupvars;
		c->mentioned = dup_arr(a, s->mentioned, s->nmentioned, 0, sizeof *s->mentioned);
		c->layout = s->layout ? copy_layout(a, s->layout, s->nupvars) : NULL;
	}

	m->adts = dup_arr(a, src->adts, src->nadts, src->capadts, sizeof *src->adts);
	for (uint32_t i = 0; i < src->nadts; i++) {
		Adt *d = &m->adts[i];
		const Adt *s = &src->adts[i];
		d->variants = dup_arr(a, s->variants, s->nvariants, s->capvariants, sizeof *s->variants);
		for (uint32_t v = 0; v < s->nvariants; v++) {
			const AdtVariant *sv = &s->variants[v];
			AdtVariant *dv = &d->variants[v];
			dv->fields = dup_arr(a, sv->fields, sv->nfields, sv->capfields, sizeof *sv->fields);
			dv->fieldnames = dup_arr(a, sv->fieldnames, sv->nfields, sv->capfields, sizeof *sv->fieldnames);
		}
	}

	m->named = dup_arr(a, src->named, src->nnamed, src->capnamed, sizeof *src->named); /* names: src's */
	for (uint32_t i = 0; i < src->nnamed; i++)
		if (src->named[i].body) /* promo38: each module owns its promoteds' bodies */
			m->named[i].body = fn_copy(m, src->named[i].body, src->named[i].body->name);
	m->ext_futures = dup_arr(a, src->ext_futures, src->next_futures, src->capext_futures, sizeof *src->ext_futures);

	m->fns = dup_arr(a, src->fns, src->nfns, src->capfns, sizeof *src->fns);
	for (uint32_t i = 0; i < src->nfns; i++) {
		const Fn *f = src->fns[i];
		Fn *g = fn_copy(m, f, f->name);
		g->slot = f->slot;
		g->detached = f->detached;
		g->external = f->external;
		m->fns[i] = g;
	}
	copy_index(&m->fn_index, &src->fn_index, src, m, 1);
	copy_index(&m->coro_index, &src->coro_index, src, m, 0);
	return m;
}

size_t module_bytes(const Module *m)
{
	size_t n = arena_bytes(m->arena);
	for (uint32_t i = 0; i < m->nfns; i++)
		n += arena_bytes(m->fns[i]->arena);
	return n;
}
