/* core_iter.c — core's iterator fns a `for` loop over a range calls (for40,
 * issue 22), by the names rustc's MIR gives them:
 *   `RangeInclusive::<T>::new(start, end)`            (`a..=b`; `a..b` is an aggregate)
 *   `<Range<T> as IntoIterator>::into_iter(r)`        (and RangeInclusive's): r itself
 *   `<Range<T> as Iterator>::next(&mut r)`            (and RangeInclusive's): Option<T>
 * What they compute is core's (library/core/src/iter/range.rs): Range's next
 * yields start and steps it while start < end; RangeInclusive's yields start and
 * steps it while start < end, then yields end once more and sets `exhausted`
 * (so `0..=u8::MAX` ends, no overflow), and none once exhausted or start > end.
 * The ranges are structs of the module (`Range<u32>`: start, end; RangeInclusive
 * adds `exhausted: bool`), read and written at their fields' offsets. Checked by
 * the verifier (iter_leaf_check), run by the interpreter (interp_call.c), emitted
 * as calls of the same fns (measure/emit_rust.c). The leaf's spelling is matched
 * to its type by core_cmp.c's core_leaf_of_type. */
#include <string.h>

#include "interp.h"

static const char *const iter_suffixes[] = {NULL, "::new", " as IntoIterator>::into_iter", " as Iterator>::next"};

/* 1 Range<T>, 2 RangeInclusive<T> (a struct of the module with core's fields), else 0 */
int range_adt_kind(const Module *m, TypeId t)
{
	const Adt *a = adt_of(m, t);
	if (!a || !a->defined || a->enum_defined || a->nvariants != 1 || !a->name)
		return 0;
	int k = strncmp(a->name, "Range<", 6) == 0 ? 1 : strncmp(a->name, "RangeInclusive<", 15) == 0 ? 2 : 0;
	uint32_t n = a->variants[0].nfields;
	if (!k || n != (uint32_t)(k == 1 ? 2 : 3) || a->variants[0].fields[0] != a->variants[0].fields[1] ||
	    !type_is_int(m, a->variants[0].fields[0]) || (k == 2 && a->variants[0].fields[2] != TY_BOOL))
		return 0;
	return k;
}

int iter_leaf_kind(const char *name)
{
	if (strncmp(name, "RangeInclusive::<", 17) == 0 && core_name_ends_with(name, iter_suffixes[ITER_NEW]))
		return ITER_NEW;
	if (strncmp(name, "<Range", 6) != 0)
		return 0;
	for (int k = ITER_INTO; k <= ITER_NEXT; k++)
		if (core_name_ends_with(name, iter_suffixes[k]))
			return k;
	return 0;
}

/* the verifier's: the operand types of a call of leaf kind (nargs ops, dst the destination's) */
int iter_leaf_check(const Module *m, const char *name, int kind, const TypeId *ops, uint32_t nargs, TypeId dst)
{
	if (kind == ITER_NEW)
		return nargs == 2 && ops[0] == ops[1] && range_adt_kind(m, dst) == 2 &&
		       adt_of(m, dst)->variants[0].fields[0] == ops[0] && core_leaf_of_type(m, name, dst);
	if (nargs != 1)
		return 0;
	if (kind == ITER_INTO)
		return ops[0] == dst && range_adt_kind(m, dst) && core_leaf_of_type(m, name, dst);
	const Type *r = type_get(m, ops[0]);
	const Adt *o = adt_of(m, dst);
	return r->kind == TY_REFMUT && range_adt_kind(m, r->a) && core_leaf_of_type(m, name, r->a) && o &&
	       adt_is_core(m, o) && o->enum_defined && o->nvariants == 2 && o->variants[1].nfields == 1 &&
	       o->variants[1].fields[0] == adt_of(m, r->a)->variants[0].fields[0];
}

static int less(Interp *I, uint64_t a, uint64_t b, TypeId t)
{
	int bits = scalar_bits(I, t);
	if (is_signed_kind(ty_get(I, t)->kind))
		return interp_sext(a, bits) < interp_sext(b, bits);
	return a < b;
}

/* core's `next` of the range at r (kind 1 / 2) into the Option at dst */
static void range_next(Interp *I, int kind, uint64_t r, TypeId rt, uint64_t dst, TypeId dty)
{
	const Adt *a = adt_of(I->m, rt), *o = adt_of(I->m, dty);
	TypeId t = a->variants[0].fields[0];
	uint32_t size = isize_of(I, t);
	uint64_t ps = r + a->offsets[0], pe = r + a->offsets[1];
	uint64_t s = mem_read(I, ps, size), e = mem_read(I, pe, size);
	int exhausted = kind == 2 && mem_read(I, r + a->offsets[2], 1);
	int some = kind == 1 ? less(I, s, e, t) : !exhausted && !less(I, e, s, t);
	enum_write_tag(I, dst, o, some ? 1 : 0);
	if (!some)
		return;
	mem_write(I, dst + o->variant_offsets[1][0], size, s);
	if (kind == 2 && !less(I, s, e, t)) /* the last: start stays (core's is_empty reads exhausted) */
		mem_write(I, r + a->offsets[2], 1, 1);
	else
		mem_write(I, ps, size, s + 1); /* Step::forward_unchecked: s < e, no overflow */
}

void exec_iter_leaf(Interp *I, int kind, const uint64_t *src, const TypeId *ty, uint64_t dst, TypeId dty)
{
	uint32_t dsz = isize_of(I, dty);
	switch (kind) {
	case ITER_NEW: {
		const Adt *a = adt_of(I->m, dty);
		uint32_t size = isize_of(I, ty[0]);
		mem_copy(I, dst + a->offsets[0], src[0], size);
		mem_copy(I, dst + a->offsets[1], src[1], size);
		mem_write(I, dst + a->offsets[2], 1, 0);
		return;
	}
	case ITER_INTO:
		mem_copy(I, dst, src[0], dsz);
		return;
	default: {
		TypeId rt = ty_get(I, ty[0])->a;
		range_next(I, range_adt_kind(I->m, rt), mem_read(I, src[0], 8), rt, dst, dty);
	}
	}
}
