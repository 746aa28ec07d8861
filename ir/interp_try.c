/* interp_try.c — core's two calls of `e?` as the interpreter runs them (issue
 * 22 item 4): `<Result<T, E> as Try>::branch` and Option's, and
 * `<R as FromResidual<..>>::from_residual`. Their behaviour is core's:
 *   branch(Ok(v)) = Continue(v), branch(Err(e)) = Break(Err(e)) (a Result<Infallible, E>),
 *   branch(Some(v)) = Continue(v), branch(None) = Break(None) (an Option<Infallible>),
 *   from_residual(Err(e)) = Err(e), from_residual(None) = None.
 * The variants are read and set as the enums' layouts have them (enum_read_tag /
 * enum_write_tag: a tag, or an Option's niche); the bytes of the payload are copied. */
#include <string.h>

#include "interp.h"

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

int try_leaf_kind(const char *name)
{
	if (name[0] != '<')
		return 0;
	if (strstr(name, " as Try>::branch") && ends_with(name, " as Try>::branch"))
		return 1;
	if (strstr(name, " as FromResidual<") && ends_with(name, ">>::from_residual"))
		return 2;
	return 0;
}

static const Adt *enum_adt(Interp *I, TypeId t)
{
	const Adt *a = adt_of(I->m, t);
	if (!a || !a->enum_defined || a->nvariants != 2)
		FAIL("`?`: %s is not a two-variant enum of the subset", type_spelling(I->m, t));
	return a;
}

/* variant v's field 0 of an enum at addr: its address and size */
static uint64_t field0(Interp *I, const Adt *a, uint64_t addr, uint32_t v, uint32_t *size)
{
	*size = isize_of(I, a->variants[v].fields[0]);
	return addr + a->variant_offsets[v][0];
}

/* value v of enum a at addr: its tag and (when src is not 0) its one field's bytes from src */
static void write_variant(Interp *I, const Adt *a, uint64_t addr, uint32_t v, uint64_t src)
{
	enum_write_tag(I, addr, a, v);
	if (src) {
		uint32_t size;
		uint64_t f = field0(I, a, addr, v, &size);
		mem_copy(I, f, src, size);
	}
}

void exec_try_leaf(Interp *I, int kind, uint64_t src, TypeId sty, uint64_t dst, TypeId dty)
{
	const Adt *in = enum_adt(I, sty), *out = enum_adt(I, dty);
	int is_result = strncmp(adt_name(I->m, in), "Result<", 7) == 0;
	uint64_t v = enum_read_tag(I, src, in);
	uint32_t size;
	if (kind == 2) { /* the residual: Err(e) (variant 1) or None (variant 0) */
		if (is_result)
			write_variant(I, out, dst, 1, field0(I, in, src, 1, &size));
		else
			write_variant(I, out, dst, 0, 0);
		return;
	}
	/* branch: Continue (0) with Ok's / Some's payload, else Break (1) with the residual */
	uint32_t cont = is_result ? 0 : 1;
	if (v == cont) {
		write_variant(I, out, dst, 0, field0(I, in, src, cont, &size));
		return;
	}
	enum_write_tag(I, dst, out, 1);
	const Adt *res = enum_adt(I, out->variants[1].fields[0]);
	uint64_t raddr = field0(I, out, dst, 1, &size);
	if (is_result)
		write_variant(I, res, raddr, 1, field0(I, in, src, 1, &size));
	else
		write_variant(I, res, raddr, 0, 0);
}
