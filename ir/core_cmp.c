/* core_cmp.c — core's comparisons and variant queries the subset calls (cmp39,
 * issue 22), by the names rustc's MIR gives them:
 *   `<T as PartialEq>::eq` / `ne`, `<T as PartialOrd>::lt` / `le` / `gt` / `ge`
 *       of `()`, Option, Result and arrays (rustc builds `a == b` of them as a
 *       call of core's impl, both operands borrowed: `eq(move _5, move _6)`);
 *   `Option::<T>::is_some` / `is_none`, `Result::<T, E>::is_ok` / `is_err`
 *       (`&self`).
 * What they compute is core's: the derived PartialEq / PartialOrd of Option and
 * Result (the variant index first, None < Some and Ok < Err, then the payload),
 * arrays and slices element by element (lexicographic), `&A` by its pointee,
 * `()` equal to itself, integers, bool and char by value. Checked by the
 * verifier (two `&T` of one type in, bool out), run by the interpreter
 * (interp_call.c), emitted as calls of the same fns (measure/emit_rust.c). */
#include <stdlib.h>
#include <string.h>

#include "interp.h"

static const struct {
	const char *suffix;
	BinOp op;
} cmp_leaves[] = {
	{" as PartialEq>::eq", BIN_EQ},  {" as PartialEq>::ne", BIN_NE},  {" as PartialOrd>::lt", BIN_LT},
	{" as PartialOrd>::le", BIN_LE}, {" as PartialOrd>::gt", BIN_GT}, {" as PartialOrd>::ge", BIN_GE},
};

static const char *const query_leaves[] = {NULL, "::is_some", "::is_none", "::is_ok", "::is_err"};

int core_name_ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n > k && strcmp(s + n - k, suffix) == 0;
}

static const char *const slice_leaves[] = {NULL, "len", "is_empty"};

/* `core::slice::<impl [T]>::len` (rustc 1.95's path of the inherent impl's method; T any spelling) */
int slice_leaf_kind(const char *name)
{
	static const char head[] = "core::slice::<impl [";
	if (strncmp(name, head, sizeof head - 1) != 0)
		return SLICE_NONE;
	const char *end = strstr(name, "]>::");
	for (int k = SLICE_LEN; end && k <= SLICE_IS_EMPTY; k++)
		if (strcmp(end + 4, slice_leaves[k]) == 0)
			return k;
	return SLICE_NONE;
}

const char *slice_leaf_method(int kind) { return slice_leaves[kind]; }

/* name is a slice leaf of the slice type t: `core::slice::<impl T>::..` with T t's spelling */
int core_leaf_of_slice(const Module *m, const char *name, TypeId t)
{
	char *sp = type_spelling_dup(m, t);
	size_t n = strlen(sp);
	int r = strncmp(name + 19, sp, n) == 0 && strncmp(name + 19 + n, ">::", 3) == 0; /* after `<impl ` */
	free(sp);
	return r;
}

int cmp_leaf_op(const char *name)
{
	if (name[0] != '<')
		return -1;
	for (size_t i = 0; i < sizeof cmp_leaves / sizeof *cmp_leaves; i++)
		if (core_name_ends_with(name, cmp_leaves[i].suffix))
			return (int)cmp_leaves[i].op;
	return -1;
}

const char *cmp_leaf_suffix(int op)
{
	for (size_t i = 0; i < sizeof cmp_leaves / sizeof *cmp_leaves; i++)
		if ((int)cmp_leaves[i].op == op)
			return cmp_leaves[i].suffix;
	return NULL;
}

int query_leaf_kind(const char *name)
{
	int opt = strncmp(name, "Option::<", 9) == 0, res = strncmp(name, "Result::<", 9) == 0;
	for (int k = opt ? QUERY_IS_SOME : QUERY_IS_OK; (opt || res) && k <= (opt ? QUERY_IS_NONE : QUERY_IS_ERR); k++)
		if (core_name_ends_with(name, query_leaves[k]))
			return k;
	return 0;
}

const char *query_leaf_method(int kind) { return query_leaves[kind] + 2; }

int query_method_kind(const char *s, size_t n)
{
	for (int k = QUERY_IS_SOME; k <= QUERY_IS_ERR; k++)
		if (strlen(query_leaves[k] + 2) == n && memcmp(s, query_leaves[k] + 2, n) == 0)
			return k;
	return 0;
}

/* name is the leaf of type t: `<T as ..` of a comparison, `Option::<u32>::..` (t's spelling with `::`
 * before its arguments) of a query */
static int leaf_of_spelling(const char *name, const char *sp)
{
	size_t n = strlen(sp);
	if (name[0] == '<')
		return strncmp(name + 1, sp, n) == 0 && strncmp(name + 1 + n, " as ", 4) == 0;
	const char *lt = strchr(sp, '<');
	if (!lt)
		return 0;
	size_t head = (size_t)(lt - sp);
	return strncmp(name, sp, head) == 0 && strncmp(name + head, "::", 2) == 0 &&
	       strncmp(name + head + 2, lt, n - head) == 0 && strncmp(name + 2 + n, "::", 2) == 0;
}

/* (the verifier asks on several threads: the spelling is a copy of its own, not the module arena's) */
int core_leaf_of_type(const Module *m, const char *name, TypeId t)
{
	char *sp = type_spelling_dup(m, t);
	int r = leaf_of_spelling(name, sp);
	free(sp);
	return r;
}

/* Whether core compares values of t (PartialEq, and PartialOrd: the same types in the subset) */
int type_core_comparable(const Module *m, TypeId t)
{
	while (t < m->ntypes) { /* arrays and references of arrays and references: a loop */
		const Type *ty = type_get(m, t);
		switch (ty->kind) {
		case TY_UNIT: case TY_BOOL: case TY_CHAR: return 1;
		case TY_ARRAY: case TY_REF: case TY_REFMUT: t = ty->a; continue;
		case TY_ADT: {
			const Adt *a = adt_of(m, t);
			if (!a || !a->enum_defined || !adt_is_core(m, a) || a->internal)
				return 0;
			for (uint32_t v = 0; v < a->nvariants; v++)
				for (uint32_t f = 0; f < a->variants[v].nfields; f++)
					if (!type_core_comparable(m, a->variants[v].fields[f]))
						return 0;
			return 1;
		}
		default: return type_is_int(m, t);
		}
	}
	return 0;
}

/* core's ordering of the values of type t at a and b: -1, 0, 1 */
static int compare_values(Interp *I, uint64_t a, uint64_t b, TypeId t)
{
	const Type *ty = ty_get(I, t);
	switch (ty->kind) {
	case TY_UNIT: return 0;
	case TY_REF:
	case TY_REFMUT: return compare_values(I, mem_read(I, a, 8), mem_read(I, b, 8), ty->a);
	case TY_ARRAY: {
		uint32_t size = isize_of(I, ty->a);
		for (uint32_t i = 0; i < ty->b; i++) {
			int c = compare_values(I, a + (uint64_t)i * size, b + (uint64_t)i * size, ty->a);
			if (c)
				return c;
		}
		return 0;
	}
	case TY_ADT: {
		const Adt *adt = adt_of(I->m, t);
		if (!adt || !adt->enum_defined)
			FAIL("core's comparison of %s, which is not Option or Result", type_spelling(I->m, t));
		uint64_t va = enum_read_tag(I, a, adt), vb = enum_read_tag(I, b, adt);
		if (va != vb)
			return va < vb ? -1 : 1;
		const AdtVariant *v = &adt->variants[va];
		for (uint32_t f = 0; f < v->nfields; f++) {
			uint64_t off = adt->variant_offsets[va][f];
			int c = compare_values(I, a + off, b + off, v->fields[f]);
			if (c)
				return c;
		}
		return 0;
	}
	default: {
		int bits = scalar_bits(I, t);
		uint64_t x = mem_read(I, a, (uint32_t)(bits + 7) / 8), y = mem_read(I, b, (uint32_t)(bits + 7) / 8);
		if (is_signed_kind(ty->kind)) {
			int64_t sx = interp_sext(x, bits), sy = interp_sext(y, bits);
			return sx < sy ? -1 : sx > sy;
		}
		return x < y ? -1 : x > y;
	}
	}
}

void exec_cmp_leaf(Interp *I, BinOp op, uint64_t ra, uint64_t rb, TypeId ref_ty, uint64_t dst)
{
	int c = compare_values(I, mem_read(I, ra, 8), mem_read(I, rb, 8), ty_get(I, ref_ty)->a);
	int r = op == BIN_EQ ? c == 0 : op == BIN_NE ? c != 0 : op == BIN_LT ? c < 0
	      : op == BIN_LE ? c <= 0 : op == BIN_GT ? c > 0 : c >= 0;
	mem_write(I, dst, 1, (uint64_t)r);
}

void exec_query_leaf(Interp *I, int kind, uint64_t r, TypeId ref_ty, uint64_t dst)
{
	const Adt *a = adt_of(I->m, ty_get(I, ref_ty)->a);
	if (!a || !a->enum_defined || a->nvariants != 2)
		FAIL("`%s` of %s", query_leaf_method(kind), type_spelling(I->m, ty_get(I, ref_ty)->a));
	uint64_t v = enum_read_tag(I, mem_read(I, r, 8), a);
	/* is_some / is_ok: variant 1 / 0; is_none / is_err: 0 / 1 */
	uint64_t want = kind == QUERY_IS_SOME || kind == QUERY_IS_ERR;
	mem_write(I, dst, 1, v == want);
}
