/*
 * name_index.c — NameIx, the frontend's index from an item's name to its
 * position in an array of items (structs, enums, traits, a struct's fields, a
 * trait's fns), in the program's arena (issue 23: every such lookup was a scan
 * of the array, and the checks for a name defined twice compared each item with
 * every earlier one, so N structs, enums, traits or fields cost N^2 compares).
 *
 * Open addressing with linear probing over (index + 1, hash) slots, at most half
 * full; the names are not copied: `key(items, i)` gives item i's name, so the
 * items array may move (VEC_PUSH) between calls. An index holds the first item
 * of each name, as the scans it replaces found.
 */
#include <string.h>

#include "ast.h"

static uint32_t hash_n(const char *s, size_t len)
{
	uint32_t h = 2166136261u; /* FNV-1a, as name_hash */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static bool key_is(const char *k, const char *s, size_t len)
{
	return strncmp(k, s, len) == 0 && k[len] == '\0';
}

/* The slot holding the first item named s, or the empty slot ending its probes. */
static uint32_t slot_of(const NameIx *ix, const char *s, size_t len, uint32_t h, NameIxKey key, const void *items)
{
	uint32_t mask = ix->cap - 1, i = h & mask;
	for (;; i = (i + 1) & mask) {
		const NameIxSlot *sl = &ix->slots[i];
		if (!sl->item || (sl->hash == h && key_is(key(items, (int)sl->item - 1), s, len)))
			return i;
	}
}

int nameix_find(const NameIx *ix, const char *s, size_t len, NameIxKey key, const void *items)
{
	if (!ix->n)
		return -1;
	const NameIxSlot *sl = &ix->slots[slot_of(ix, s, len, hash_n(s, len), key, items)];
	return sl->item ? (int)sl->item - 1 : -1;
}

int nameix_add(NameIx *ix, Arena *a, int item, NameIxKey key, const void *items)
{
	if (2 * ((uint64_t)ix->n + 1) > ix->cap) { /* grow: the old slots stay in the arena */
		uint32_t cap = ix->cap ? 2 * ix->cap : 16;
		NameIxSlot *old = ix->slots;
		uint32_t oldcap = ix->cap;
		ix->slots = arena_alloc(a, (size_t)cap * sizeof *ix->slots);
		ix->cap = cap;
		for (uint32_t i = 0; i < oldcap; i++)
			if (old[i].item) {
				uint32_t j = old[i].hash & (cap - 1);
				while (ix->slots[j].item)
					j = (j + 1) & (cap - 1);
				ix->slots[j] = old[i];
			}
	}
	const char *name = key(items, item);
	size_t len = strlen(name);
	uint32_t h = hash_n(name, len);
	NameIxSlot *sl = &ix->slots[slot_of(ix, name, len, h, key, items)];
	if (sl->item)
		return (int)sl->item - 1;
	sl->item = (uint32_t)item + 1;
	sl->hash = h;
	ix->n++;
	return -1;
}

static const char *field_key(const void *items, int i)
{
	return ((const AstField *)items)[i].name;
}

int ast_field_named(const AstField *fields, int nfields, const NameIx *ix, const char *name)
{
	if (ix->n == nfields)
		return nameix_find(ix, name, strlen(name), field_key, fields);
	for (int i = 0; i < nfields; i++) /* not indexed */
		if (!strcmp(fields[i].name, name))
			return i;
	return -1;
}
