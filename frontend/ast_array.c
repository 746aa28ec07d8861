/* ast_array.c — the array types of the subset (issue 22 item 4): `[T; N]` as an
 * AstType whose id indexes a process-wide table of (element, length) pairs, one
 * entry per distinct pair, so that ast_type_eq stays a comparison of ids. The
 * table only grows (a few entries per program); a mutex guards it, as sema may
 * run for several programs on several threads. */
#include <stdlib.h>

#include "ast.h"
#include "../ir/thread.h"

typedef struct ArrayType {
	AstType elem;
	int len;
} ArrayType;

static ArrayType *table;
static int ntable, cap;
static Mutex lock;
static Once lock_once = ONCE_INIT;

static void lock_init(void) { mutex_init(&lock); }

AstType ast_array_type(AstType elem, int len)
{
	run_once(&lock_once, lock_init);
	mutex_lock(&lock);
	int i = 0;
	while (i < ntable && !(ast_type_eq(table[i].elem, elem) && table[i].len == len))
		i++;
	if (i == ntable) {
		if (ntable == cap) {
			cap = cap ? cap * 2 : 16;
			table = realloc(table, (size_t)cap * sizeof *table);
			if (!table)
				internal_error("out of memory");
		}
		table[ntable].elem = elem;
		table[ntable].len = len;
		ntable++;
	}
	mutex_unlock(&lock);
	AstType t = {ATY_ARRAY, i};
	return t;
}

static ArrayType entry(AstType t)
{
	run_once(&lock_once, lock_init);
	mutex_lock(&lock);
	if ((t.kind != ATY_ARRAY && t.kind != ATY_SLICE) || t.id < 0 || t.id >= ntable)
		internal_error("not an array type");
	ArrayType a = table[t.id];
	mutex_unlock(&lock);
	return a;
}

AstType ast_array_elem(AstType t) { return entry(t).elem; }

int ast_array_len(AstType t) { return entry(t).len; }

/* refref33: the ids of reference types that are themselves a pointee (`&&T`): an
 * index each, under the same lock (ast.h ast_ref_type) */
static int *refs;
static int nrefs, refs_cap;

int ast_ref_intern(int pointee_id)
{
	run_once(&lock_once, lock_init);
	mutex_lock(&lock);
	int i = 0;
	while (i < nrefs && refs[i] != pointee_id)
		i++;
	if (i == nrefs) {
		if (i >= 1 << 24)
			internal_error("too many reference types");
		if (nrefs == refs_cap) {
			refs_cap = refs_cap ? refs_cap * 2 : 16;
			refs = realloc(refs, (size_t)refs_cap * sizeof *refs);
			if (!refs)
				internal_error("out of memory");
		}
		refs[nrefs++] = pointee_id;
	}
	mutex_unlock(&lock);
	return i;
}

int ast_ref_interned(int index)
{
	run_once(&lock_once, lock_init);
	mutex_lock(&lock);
	if (index < 0 || index >= nrefs)
		internal_error("not a reference type");
	int id = refs[index];
	mutex_unlock(&lock);
	return id;
}
