/* core_int.c — core's integer methods and Option / Result methods the subset
 * calls (meth40, issue 22), by the names rustc 1.95's MIR gives them before
 * inlining (read on `-Zdump-mir=StateTransform`):
 *   `core::num::<impl u32>::wrapping_add(move _7, const 2_u32)` (inherent: every
 *       row of INT_METHODS but min / max), `<u32 as Ord>::min(move _9, move _10)`;
 *   `Option::<u32>::unwrap_or(move _23, const 7_u32)`, `Result::<u32, u8>::ok(..)`
 *       (self by value).
 * What they compute is core's: wrapping arithmetic modulo 2^bits, saturating to
 * the type's bounds, checked_* None on overflow (checked_div: by zero, MIN / -1),
 * pow and abs with `#[rustc_inherit_overflow_checks]` (a debug build panics
 * "attempt to multiply with overflow" / "attempt to negate with overflow" as
 * core's own code does in the caller's crate; release wraps), the bytes of
 * to_le_bytes / from_be_bytes .., unwrap's panics with core's messages.
 * Checked by the verifier (int_leaf_check, enum_leaf_check), run by the
 * interpreter (exec_int_leaf, exec_enum_leaf from interp_call.c), emitted as calls
 * of the same fns (measure/emit_rust.c). */
#include <stdlib.h>
#include <string.h>

#include "interp.h"

static const struct {
	const char *name;
	IntMethodShape shape;
	IntMethodWho who;
} int_methods[IM_COUNT] = {
	[IM_NONE] = {NULL, IMS_BIN, IMW_ANY},
#define X(id, nm, sh, wh) [id] = {nm, sh, wh},
	INT_METHODS(X)
#undef X
};

static const struct {
	const char *name;
	int opt, res;
} enum_methods[EM_COUNT] = {
	[EM_NONE] = {NULL, 0, 0},
#define X(id, nm, o, r) [id] = {nm, o, r},
	ENUM_METHODS(X)
#undef X
};

int int_method_by_name(const char *name)
{
	for (int k = 1; k < IM_COUNT; k++)
		if (!strcmp(int_methods[k].name, name))
			return k;
	return IM_NONE;
}

const char *int_method_name(int m) { return int_methods[m].name; }
IntMethodShape int_method_shape(int m) { return int_methods[m].shape; }
IntMethodWho int_method_who(int m) { return int_methods[m].who; }

int int_method_of_type(int m, TypeId t)
{
	if (m <= IM_NONE || m >= IM_COUNT || !is_int_kind((uint8_t)t))
		return 0;
	IntMethodWho w = int_methods[m].who;
	return w == IMW_SIGNED ? is_signed_kind((uint8_t)t) : w == IMW_UNSIGNED ? !is_signed_kind((uint8_t)t) : 1;
}

/* the integer type spelled s[0..n) (the basic types' ids are their kinds), NO_ID if none; the names are
 * static (repr_int_name): type_spelling would allocate in the module's arena, from the verifier's threads */
static TypeId int_type_spelled(const char *s, size_t n)
{
	for (TypeId t = TY_U8; t <= TY_ISIZE; t++) {
		const char *sp = repr_int_name((int)t);
		if (strlen(sp) == n && !memcmp(sp, s, n))
			return t;
	}
	return NO_ID;
}

int int_leaf_of(const Module *m, const char *name, TypeId *self)
{
	(void)m; /* the basic types' ids are their kinds: no module to ask */
	static const char inh[] = "core::num::<impl ";
	const char *ty, *end, *meth;
	if (!strncmp(name, inh, sizeof inh - 1)) {
		ty = name + sizeof inh - 1;
		end = strstr(ty, ">::");
		meth = end ? end + 3 : NULL;
	} else if (name[0] == '<') {
		ty = name + 1;
		end = strstr(ty, " as Ord>::");
		meth = end ? end + 10 : NULL;
	} else {
		return IM_NONE;
	}
	if (!meth)
		return IM_NONE;
	TypeId t = int_type_spelled(ty, (size_t)(end - ty));
	int k = int_method_by_name(meth);
	if (t == NO_ID || !int_method_of_type(k, t) || (name[0] == '<') != (int_methods[k].who == IMW_ORD))
		return IM_NONE;
	*self = t;
	return k;
}

int enum_method_by_name(const char *name, int is_result)
{
	for (int k = 1; k < EM_COUNT; k++)
		if (!strcmp(enum_methods[k].name, name) && (is_result ? enum_methods[k].res : enum_methods[k].opt))
			return k;
	return EM_NONE;
}

const char *enum_method_name(int k) { return enum_methods[k].name; }

int enum_method_named(const char *s, size_t n)
{
	for (int k = 1; k < EM_COUNT; k++)
		if (strlen(enum_methods[k].name) == n && !memcmp(enum_methods[k].name, s, n))
			return k;
	return EM_NONE;
}

int enum_leaf_of(const char *name)
{
	int opt = !strncmp(name, "Option::<", 9), res = !strncmp(name, "Result::<", 9);
	const char *last = strrchr(name, ':');
	if ((!opt && !res) || !last || last[-1] != ':' || last[-2] != '>')
		return EM_NONE;
	return enum_method_by_name(last + 1, res);
}

/* ---- the verifier's checks ---- */

/* t is core's two-variant enum whose variant v holds one field of type f (f NO_ID: any), NULL if not */
static const Adt *core_enum_holding(const Module *m, TypeId t, uint32_t v, TypeId f)
{
	const Adt *a = adt_of(m, t);
	if (!a || !a->enum_defined || a->nvariants != 2 || a->variants[v].nfields != 1)
		return NULL;
	return f == NO_ID || a->variants[v].fields[0] == f ? a : NULL;
}

static int is_option_of(const Module *m, TypeId t, TypeId f)
{
	const Type *ty = type_get(m, t);
	int named = ty->generic == TG_OPTION || (ty->text && !strncmp(ty->text, "Option<", 7));
	return named && core_enum_holding(m, t, 1, f) && adt_of(m, t)->variants[0].nfields == 0;
}

static int is_u8_array(const Module *m, TypeId t, uint32_t len)
{
	const Type *ty = type_get(m, t);
	return ty->kind == TY_ARRAY && ty->a == TY_U8 && ty->b == len;
}

const char *int_leaf_check(const Module *m, int k, TypeId self, const TypeId *ops, uint32_t n, TypeId dst)
{
	if (dst == NO_ID || dst >= m->ntypes || n > 2)
		return "a call with a result";
	uint32_t size = (uint32_t)(type_get(m, self)->kind == TY_USIZE || type_get(m, self)->kind == TY_ISIZE ? 8 : 0);
	static const uint32_t sizes[] = {[TY_U8] = 1, [TY_U16] = 2, [TY_U32] = 4, [TY_U64] = 8,
	                                 [TY_I8] = 1, [TY_I16] = 2, [TY_I32] = 4, [TY_I64] = 8};
	if (!size)
		size = sizes[type_get(m, self)->kind];
	switch (int_methods[k].shape) {
	case IMS_BIN: return n == 2 && ops[0] == self && ops[1] == self && dst == self ? NULL : "(Self, Self) -> Self";
	case IMS_UN: return n == 1 && ops[0] == self && dst == self ? NULL : "(Self) -> Self";
	case IMS_CHECKED:
		return n == 2 && ops[0] == self && ops[1] == self && is_option_of(m, dst, self) ? NULL
		       : "(Self, Self) -> Option<Self>";
	case IMS_BY_U32: return n == 2 && ops[0] == self && ops[1] == TY_U32 && dst == self ? NULL : "(Self, u32) -> Self";
	case IMS_COUNT: return n == 1 && ops[0] == self && dst == TY_U32 ? NULL : "(Self) -> u32";
	case IMS_PRED: return n == 1 && ops[0] == self && dst == TY_BOOL ? NULL : "(Self) -> bool";
	case IMS_TO_BYTES: return n == 1 && ops[0] == self && is_u8_array(m, dst, size) ? NULL : "(Self) -> [u8; N]";
	case IMS_FROM_BYTES: return n == 1 && is_u8_array(m, ops[0], size) && dst == self ? NULL : "([u8; N]) -> Self";
	}
	return "an unknown shape";
}

const char *enum_leaf_check(const Module *m, int k, const char *name, const TypeId *ops, uint32_t n, TypeId dst)
{
	if (dst == NO_ID || dst >= m->ntypes || n < 1 || n > 2 || !core_leaf_of_type(m, name, ops[0]))
		return "self is not the enum the name says";
	int res = !strncmp(name, "Result::<", 9);
	const Adt *a = core_enum_holding(m, ops[0], res ? 0 : 1, NO_ID);
	if (!a)
		return "self is not Option or Result";
	TypeId t = a->variants[res ? 0 : 1].fields[0];
	switch (k) {
	case EM_UNWRAP: case EM_UNWRAP_OR_DEFAULT: return n == 1 && dst == t ? NULL : "(Self) -> T";
	case EM_UNWRAP_OR: return n == 2 && ops[1] == t && dst == t ? NULL : "(Self, T) -> T";
	case EM_OK: return n == 1 && is_option_of(m, dst, t) ? NULL : "(Self) -> Option<T>";
	case EM_ERR: return n == 1 && core_enum_holding(m, ops[0], 1, NO_ID) &&
		            is_option_of(m, dst, a->variants[1].fields[0]) ? NULL : "(Self) -> Option<E>";
	}
	return "an unknown method";
}

/* ---- the interpreter's model ---- */

typedef struct {
	int bits, is_signed;
} IntTy;

static IntTy int_ty(Interp *I, TypeId t)
{
	return (IntTy){scalar_bits(I, t), is_signed_kind(ty_get(I, t)->kind)};
}

static uint64_t mask_of(IntTy t) { return t.bits == 64 ? ~0ull : (1ull << t.bits) - 1; }
static int64_t sval(IntTy t, uint64_t v) { return interp_sext(v & mask_of(t), t.bits); }
static uint64_t max_of(IntTy t) { return t.is_signed ? mask_of(t) >> 1 : mask_of(t); }
static uint64_t min_of(IntTy t) { return t.is_signed ? (max_of(t) + 1) & mask_of(t) : 0; }

/* a op b (0 add, 1 sub, 2 mul) of type t: the wrapped result, *over set when the exact one is out of range */
static uint64_t arith(IntTy t, int op, uint64_t a, uint64_t b, int *over)
{
	if (t.is_signed) {
		int64_t x = sval(t, a), y = sval(t, b), r;
		int of = op == 0 ? __builtin_add_overflow(x, y, &r) : op == 1 ? __builtin_sub_overflow(x, y, &r)
		                                                      : __builtin_mul_overflow(x, y, &r);
		*over = of || r != sval(t, (uint64_t)r);
		return (uint64_t)r & mask_of(t);
	}
	uint64_t x = a & mask_of(t), y = b & mask_of(t), r;
	int of = op == 0 ? __builtin_add_overflow(x, y, &r) : op == 1 ? __builtin_sub_overflow(x, y, &r)
	                                                      : __builtin_mul_overflow(x, y, &r);
	*over = of || (r & ~mask_of(t)) != 0;
	return r & mask_of(t);
}

/* the bound a saturating op of a and b passes */
static uint64_t saturate(IntTy t, int op, uint64_t a, uint64_t b)
{
	if (!t.is_signed)
		return op == 1 ? 0 : max_of(t);
	int64_t x = sval(t, a), y = sval(t, b);
	int up = op == 0 ? y > 0 : op == 1 ? y < 0 : (x < 0) == (y < 0);
	return up ? max_of(t) : min_of(t);
}

/* core's pow (its loop: acc * base on each set bit, base * base between), each multiply checked in a debug
 * build as `#[rustc_inherit_overflow_checks]` makes it */
static uint64_t int_pow(IntTy t, uint64_t base, uint32_t exp, int *over)
{
	uint64_t acc = 1;
	int o = 0;
	*over = 0;
	if (exp == 0)
		return 1;
	for (;;) {
		if (exp & 1) {
			acc = arith(t, 2, acc, base, &o);
			*over |= o;
			if (exp == 1)
				return acc;
		}
		exp /= 2;
		base = arith(t, 2, base, base, &o);
		*over |= o;
	}
}

static uint32_t count_ones(IntTy t, uint64_t v) { return (uint32_t)__builtin_popcountll(v & mask_of(t)); }

static uint32_t leading_zeros(IntTy t, uint64_t v)
{
	v &= mask_of(t);
	return v ? (uint32_t)(__builtin_clzll(v) - (64 - t.bits)) : (uint32_t)t.bits;
}

static uint32_t trailing_zeros(IntTy t, uint64_t v)
{
	v &= mask_of(t);
	return v ? (uint32_t)__builtin_ctzll(v) : (uint32_t)t.bits;
}

static uint64_t rotate(IntTy t, uint64_t v, uint32_t n, int left)
{
	v &= mask_of(t);
	n %= (uint32_t)t.bits;
	if (!n)
		return v;
	if (!left)
		n = (uint32_t)t.bits - n;
	return ((v << n) | (v >> (t.bits - (int)n))) & mask_of(t);
}

static uint64_t swap_bytes(IntTy t, uint64_t v)
{
	uint64_t r = 0;
	for (int i = 0; i < t.bits / 8; i++)
		r |= ((v >> (8 * i)) & 0xff) << (t.bits - 8 - 8 * i);
	return r;
}

/* Option<Self> at dst: Some(v) (a value of t's size at a scratch cell) or None */
static void write_option(Interp *I, uint64_t dst, TypeId dty, int some, uint64_t v, uint32_t size)
{
	const Adt *a = adt_of(I->m, dty);
	if (!a || !a->enum_defined)
		FAIL("an Option result of type %s", type_spelling(I->m, dty));
	if (some)
		mem_write(I, dst + a->variant_offsets[1][0], size, v);
	enum_write_tag(I, dst, a, (uint64_t)some);
}

static uint32_t shape_nargs(IntMethodShape sh) { return sh == IMS_BIN || sh == IMS_CHECKED || sh == IMS_BY_U32 ? 2 : 1; }

int exec_int_leaf(Interp *I, int k, TypeId self, const uint64_t *src, uint32_t n, uint64_t dst, TypeId dty)
{
	IntTy t = int_ty(I, self);
	uint32_t size = (uint32_t)t.bits / 8;
	IntMethodShape sh = int_methods[k].shape;
	if (n != shape_nargs(sh))
		FAIL("%s with %u arguments", int_methods[k].name, (unsigned)n);
	uint64_t a = sh == IMS_FROM_BYTES ? 0 : mem_read(I, src[0], size);
	uint64_t b = sh == IMS_BIN || sh == IMS_CHECKED ? mem_read(I, src[1], size)
	           : sh == IMS_BY_U32 ? mem_read(I, src[1], 4) : 0;
	uint64_t r = 0;
	int over = 0;
	switch (k) {
	case IM_WRAPPING_ADD: case IM_WRAPPING_SUB: case IM_WRAPPING_MUL:
		r = arith(t, k - IM_WRAPPING_ADD, a, b, &over);
		break;
	case IM_WRAPPING_NEG: r = arith(t, 1, 0, a, &over); break;
	case IM_SATURATING_ADD: case IM_SATURATING_SUB: case IM_SATURATING_MUL:
		r = arith(t, k - IM_SATURATING_ADD, a, b, &over);
		if (over)
			r = saturate(t, k - IM_SATURATING_ADD, a, b);
		break;
	case IM_CHECKED_ADD: case IM_CHECKED_SUB: case IM_CHECKED_MUL:
		r = arith(t, k - IM_CHECKED_ADD, a, b, &over);
		write_option(I, dst, dty, !over, r, size);
		return 1;
	case IM_CHECKED_DIV: {
		int none = (b & mask_of(t)) == 0 || (t.is_signed && (a & mask_of(t)) == min_of(t) && sval(t, b) == -1);
		if (!none)
			r = t.is_signed ? (uint64_t)(sval(t, a) / sval(t, b)) & mask_of(t) : (a & mask_of(t)) / (b & mask_of(t));
		write_option(I, dst, dty, !none, r, size);
		return 1;
	}
	case IM_MIN: case IM_MAX: {
		/* Ord::min: `if other < self { other } else { self }`; max: `if other < self { self } else { other }` */
		int b_lt_a = t.is_signed ? sval(t, b) < sval(t, a) : (b & mask_of(t)) < (a & mask_of(t));
		r = k == IM_MIN ? (b_lt_a ? b : a) : (b_lt_a ? a : b);
		break;
	}
	case IM_POW:
		r = int_pow(t, a, (uint32_t)b, &over);
		if (over && !I->m->release) {
			panic_event(I, "attempt to multiply with overflow");
			return 0;
		}
		break;
	case IM_ABS:
		over = (a & mask_of(t)) == min_of(t);
		if (over && !I->m->release) {
			panic_event(I, "attempt to negate with overflow");
			return 0;
		}
		r = sval(t, a) < 0 ? arith(t, 1, 0, a, &over) : a;
		break;
	case IM_COUNT_ONES: mem_write(I, dst, 4, count_ones(t, a)); return 1;
	case IM_LEADING_ZEROS: mem_write(I, dst, 4, leading_zeros(t, a)); return 1;
	case IM_TRAILING_ZEROS: mem_write(I, dst, 4, trailing_zeros(t, a)); return 1;
	case IM_ROTATE_LEFT: case IM_ROTATE_RIGHT: r = rotate(t, a, (uint32_t)b, k == IM_ROTATE_LEFT); break;
	case IM_SWAP_BYTES: r = swap_bytes(t, a); break;
	case IM_IS_POWER_OF_TWO: {
		uint64_t v = a & mask_of(t);
		mem_write(I, dst, 1, v && !(v & (v - 1)));
		return 1;
	}
	case IM_TO_LE_BYTES: case IM_TO_BE_BYTES:
		for (uint32_t i = 0; i < size; i++)
			mem_write(I, dst + (k == IM_TO_LE_BYTES ? i : size - 1 - i), 1, (a >> (8 * i)) & 0xff);
		return 1;
	case IM_FROM_LE_BYTES: case IM_FROM_BE_BYTES:
		for (uint32_t i = 0; i < size; i++)
			r |= mem_read(I, src[0] + (k == IM_FROM_LE_BYTES ? i : size - 1 - i), 1) << (8 * i);
		break;
	default: FAIL("integer method %d", k);
	}
	mem_write(I, dst, size, r & mask_of(t));
	return 1;
}

/* an integer's or bool's Debug, as Result::unwrap's panic message prints the error */
static void debug_scalar(Interp *I, uint64_t addr, TypeId t, StrBuf *out)
{
	const Type *ty = ty_get(I, t);
	if (ty->kind == TY_BOOL) {
		strbuf_printf(out, "%s", mem_read(I, addr, 1) ? "true" : "false");
		return;
	}
	if (!is_int_kind(ty->kind))
		FAIL("Result::unwrap of an error of type %s", type_spelling(I->m, t));
	IntTy it = int_ty(I, t);
	uint64_t v = mem_read(I, addr, (uint32_t)it.bits / 8);
	if (it.is_signed)
		strbuf_printf(out, "%lld", (long long)sval(it, v));
	else
		strbuf_printf(out, "%llu", (unsigned long long)v);
}

int exec_enum_leaf(Interp *I, int k, const char *name, const uint64_t *src, const TypeId *ty, uint32_t n, uint64_t dst,
                   TypeId dty)
{
	if (n != (k == EM_UNWRAP_OR ? 2u : 1u))
		FAIL("%s with %u arguments", name, (unsigned)n);
	int res = !strncmp(name, "Result::<", 9);
	const Adt *a = adt_of(I->m, ty[0]);
	if (!a || !a->enum_defined || a->nvariants != 2)
		FAIL("%s of %s", name, type_spelling(I->m, ty[0]));
	uint64_t v = enum_read_tag(I, src[0], a);
	uint32_t want = res ? 0 : 1; /* Ok, Some */
	uint32_t dsz = isize_of(I, dty);
	switch (k) {
	case EM_UNWRAP:
	case EM_UNWRAP_OR:
	case EM_UNWRAP_OR_DEFAULT:
		if (v == want) {
			mem_copy(I, dst, src[0] + a->variant_offsets[want][0], dsz);
		} else if (k == EM_UNWRAP_OR) {
			mem_copy(I, dst, src[1], dsz);
		} else if (k == EM_UNWRAP_OR_DEFAULT) {
			for (uint32_t i = 0; i < dsz; i++) /* the integers' and bool's Default: 0, false */
				mem_write(I, dst + i, 1, 0);
		} else if (!res) {
			panic_event(I, "called `Option::unwrap()` on a `None` value");
			return 0;
		} else {
			StrBuf msg = {0};
			strbuf_printf(&msg, "called `Result::unwrap()` on an `Err` value: ");
			debug_scalar(I, src[0] + a->variant_offsets[1][0], a->variants[1].fields[0], &msg);
			panic_event(I, msg.s);
			strbuf_free(&msg);
			return 0;
		}
		return 1;
	case EM_OK:
	case EM_ERR: {
		uint32_t from = k == EM_OK ? 0 : 1;
		const Adt *o = adt_of(I->m, dty);
		if (!o || !o->enum_defined)
			FAIL("%s into %s", name, type_spelling(I->m, dty));
		if (v == from)
			mem_copy(I, dst + o->variant_offsets[1][0], src[0] + a->variant_offsets[from][0],
			         isize_of(I, a->variants[from].fields[0]));
		enum_write_tag(I, dst, o, v == from);
		return 1;
	}
	}
	FAIL("enum method %d", k);
}
