/* interp_extern.c — uninterpreted external events: imported code under `coroslim check`
 * (issue 24 item 3; Module.extern_events, set by frontend/import_model.c).
 *
 * Real code calls fns of other crates, std and trait methods whose bodies are
 * not in the MIR it was imported from, polls futures the module cannot see into
 * and drops types whose Drop impl it does not have. Each such operation is an
 * event of the trace,
 *     extern call NAME(args HASH) -> RESULT      extern poll F(HASH) -> Pending|Ready(HASH)
 *     extern drop T(HASH)
 * where HASH is a hash of the values (never of addresses: a value lives in a
 * frame before the transform and in the future after it), and the result comes
 * from a deterministic oracle: a hash of the callee, the arguments' hash and the
 * index of the event in the run. So a pass that drops, repeats or reorders an
 * external call, or changes what is passed to it, changes the trace; a pass that
 * keeps them all, in order, with the same arguments, sees the same results.
 * The oracle never panics but for a callee returning `!` (a panic of std:
 * `extern call NAME` then the panic event). A poll of an external future is
 * Pending at most once in a row (so every loop that polls one ends).
 * Values of the results: integers from the hash, enums of a model layout a
 * variant chosen by the hash, references a fresh allocation of the pointee
 * filled the same way (three levels deep, then null).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "interp.h"

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const uint8_t *b = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 0x100000001b3ull;
	return h;
}

static uint64_t mix(uint64_t h, uint64_t v) { return fnv(h, &v, sizeof v); }

static const uint64_t fnv_basis = 0xcbf29ce484222325ull;

/* A readable span of memory (the hash must not halt the run). */
static int addr_ok(Interp *I, uint64_t addr, uint32_t size)
{
	uint32_t id = ALLOC_ID(addr);
	return addr && id < I->nallocs && I->allocs[id].live && !alloc_pending_free(I, &I->allocs[id]) &&
	       (uint64_t)ALLOC_OFF(addr) + size <= I->allocs[id].size;
}

/* An external coroutine: no body, no resume fn (frontend/import_model.c). */
int extern_coro(Interp *I, TypeId t)
{
	const Type *ty = ty_get(I, t);
	if (ty->kind != TY_CORO || !I->m->extern_events)
		return 0;
	const Coroutine *c = ty_coro(I, ty);
	return !c->body && !c->resume;
}

int extern_adt(Interp *I, TypeId t)
{
	const Adt *a = adt_of(I->m, t);
	return a && a->model && I->m->extern_events;
}

/* Offset of field f of variant v (NO_ID: the struct's) of a model ADT. */
uint32_t extern_adt_field_offset(Interp *I, TypeId t, uint32_t v, uint32_t f)
{
	const Adt *a = adt_of(I->m, t);
	if (a->model_holds_coro)
		FAIL("%s holds a coroutine by value: not modelled", a->name);
	if (v == NO_ID)
		v = 0;
	if (v >= a->nvariants || f >= a->variants[v].nfields)
		FAIL("field %" PRIu32 " of variant %" PRIu32 " of %s", f, v, a->name);
	return a->model_off[a->model_start[v] + f];
}

uint64_t extern_adt_read_discr(Interp *I, uint64_t addr, TypeId t)
{
	const Adt *a = adt_of(I->m, t);
	if (a->kind != ADT_ENUM)
		FAIL("discriminant of %s, which is not an enum", a->name);
	return mem_read(I, addr, 4);
}

void extern_adt_write_discr(Interp *I, uint64_t addr, TypeId t, uint64_t v)
{
	const Adt *a = adt_of(I->m, t);
	if (a->kind != ADT_ENUM)
		FAIL("set discriminant of %s, which is not an enum", a->name);
	mem_write(I, addr, 4, v);
}

/* The hash of the value of type t at addr: its scalars, the values behind its
 * references (depth permitting), never an address. */
static uint64_t hash_value(Interp *I, uint64_t h, uint64_t addr, TypeId t, int depth)
{
	const Type *ty = ty_get(I, t);
	uint32_t size;
	switch (ty->kind) {
	case TY_UNIT:
	case TY_NEVER:
	case TY_CONTEXT:
	case TY_RESUMETY:
		return h;
	case TY_REF:
	case TY_REFMUT:
	case TY_RAWMUT:
	case TY_PIN: {
		if (!addr_ok(I, addr, 8))
			return mix(h, 1);
		uint64_t p = mem_read(I, addr, 8);
		TypeId pt = ty->a;
		if (ty->kind == TY_PIN) { /* Pin<&mut T>: through the reference */
			const Type *rt = ty_get(I, pt);
			if (rt->kind != TY_REF && rt->kind != TY_REFMUT)
				return mix(h, 2);
			pt = rt->a;
		}
		if (!p)
			return mix(h, 3);
		if (depth <= 0)
			return mix(h, 4);
		const Type *pty = ty_get(I, pt);
		if (pty->kind == TY_CORO && !extern_coro(I, pt))
			return mix(h, 5); /* a handle before the transform, a buffer after */
		if (pty->kind == TY_ADT && !adt_of(I->m, pt)->model && !adt_of(I->m, pt)->defined)
			return mix(h, 6);
		size = isize_of(I, pt);
		if (!addr_ok(I, p, size))
			return mix(h, 7);
		return hash_value(I, mix(h, 8), p, pt, depth - 1);
	}
	case TY_TUPLE: {
		uint32_t off[2], sz, al;
		tuple_layout(I, ty, off, &sz, &al);
		h = hash_value(I, h, addr + off[0], ty->a, depth);
		return hash_value(I, h, addr + off[1], ty->b, depth);
	}
	case TY_POLL: {
		if (!addr_ok(I, addr, isize_of(I, t)))
			return mix(h, 9);
		uint64_t d = poll_read_discr(I, addr, ty->a);
		h = mix(h, d);
		return d ? h : hash_value(I, h, addr + poll_payload_offset(I, ty->a), ty->a, depth);
	}
	case TY_CORO:
		if (!extern_coro(I, t))
			return fnv(h, ty_coro(I, ty)->name, strlen(ty_coro(I, ty)->name));
		break;
	case TY_ADT: {
		const Adt *a = adt_of(I->m, t);
		if (!a->model || a->model_holds_coro)
			return fnv(h, a->name, strlen(a->name));
		if (!addr_ok(I, addr, a->size))
			return mix(h, 10);
		uint32_t v = 0;
		if (a->kind == ADT_ENUM) {
			v = (uint32_t)mem_read(I, addr, 4);
			h = mix(h, v);
			if (v >= a->nvariants)
				return h;
		}
		if (v >= a->nvariants)
			return h;
		for (uint32_t f = 0; f < a->variants[v].nfields; f++)
			if (a->variants[v].fields[f] != NO_ID)
				h = hash_value(I, h, addr + a->model_off[a->model_start[v] + f], a->variants[v].fields[f], depth);
		return h;
	}
	default:
		break;
	}
	size = isize_of(I, t);
	if (size > 8 || !addr_ok(I, addr, size))
		return mix(h, 11);
	return mix(h, size ? mem_read(I, addr, size) : 0);
}

static uint64_t next_seed(uint64_t *s)
{
	*s = mix(*s, 0x9e3779b97f4a7c15ull);
	return *s;
}

/* Fill the value of type t at addr from the oracle's seed. */
static void oracle_fill(Interp *I, uint64_t addr, TypeId t, uint64_t *seed, int depth)
{
	const Type *ty = ty_get(I, t);
	switch (ty->kind) {
	case TY_UNIT:
	case TY_NEVER:
	case TY_CONTEXT:
		return;
	case TY_BOOL:
		mem_write(I, addr, 1, next_seed(seed) & 1);
		return;
	case TY_REF:
	case TY_REFMUT:
	case TY_RAWMUT:
	case TY_PIN: {
		TypeId pt = ty->a;
		if (ty->kind == TY_PIN) {
			const Type *rt = ty_get(I, pt);
			if (rt->kind != TY_REF && rt->kind != TY_REFMUT)
				return;
			pt = rt->a;
		}
		const Type *pty = ty_get(I, pt);
		if (depth <= 0 || (pty->kind == TY_CORO && !extern_coro(I, pt)) ||
		    (pty->kind == TY_ADT && !adt_of(I->m, pt)->model && !adt_of(I->m, pt)->defined))
			return; /* null: a deref of it ends the run (not executed) */
		uint64_t p = mem_alloc(I, isize_of(I, pt));
		oracle_fill(I, p, pt, seed, depth - 1);
		mem_write(I, addr, 8, p);
		return;
	}
	case TY_TUPLE: {
		uint32_t off[2], sz, al;
		tuple_layout(I, ty, off, &sz, &al);
		oracle_fill(I, addr + off[0], ty->a, seed, depth);
		oracle_fill(I, addr + off[1], ty->b, seed, depth);
		return;
	}
	case TY_POLL: {
		int ready = next_seed(seed) % 4 != 0;
		poll_write_discr(I, addr, ty->a, !ready);
		if (ready)
			oracle_fill(I, addr + poll_payload_offset(I, ty->a), ty->a, seed, depth);
		return;
	}
	case TY_CORO:
		if (!extern_coro(I, t))
			FAIL("an external call returns %s, whose body is here", ty_coro(I, ty)->name);
		mem_write(I, addr, 8, next_seed(seed) | 1);
		return;
	case TY_ADT: {
		const Adt *a = adt_of(I->m, t);
		if (!a->model)
			FAIL("an external call returns %s, which has no model layout", a->name);
		if (a->model_holds_coro)
			FAIL("an external call returns %s, which holds a coroutine by value", a->name);
		uint32_t v = 0;
		if (a->kind == ADT_ENUM) {
			if (!a->nvariants)
				FAIL("an external call returns %s, an enum with no variant seen", a->name);
			v = (uint32_t)(next_seed(seed) % a->nvariants);
			mem_write(I, addr, 4, v);
		}
		for (uint32_t f = 0; v < a->nvariants && f < a->variants[v].nfields; f++)
			if (a->variants[v].fields[f] != NO_ID)
				oracle_fill(I, addr + a->model_off[a->model_start[v] + f], a->variants[v].fields[f], seed, depth);
		return;
	}
	default: {
		uint32_t size = isize_of(I, t);
		mem_write(I, addr, size > 8 ? 8 : size, next_seed(seed));
		return;
	}
	}
}

/* The seed of the next external event: callee, arguments, its index in the run. */
static uint64_t event_seed(Interp *I, const char *what, uint64_t args)
{
	uint64_t h = fnv(fnv_basis, what, strlen(what));
	h = mix(h, args);
	return mix(h, I->nextern++);
}

int extern_call(Interp *I, const char *name, const uint64_t *src, const TypeId *ty, uint32_t n, uint64_t dst,
		TypeId dty)
{
	if (strncmp(name, "{opaque} ", 9) == 0)
		FAIL("opaque terminator: %s", name);
	uint64_t h = fnv_basis;
	for (uint32_t i = 0; i < n; i++)
		h = hash_value(I, mix(h, i), src[i], ty[i], 2);
	uint64_t seed = event_seed(I, name, h);
	const char *nm = name; /* whole (hunt30): a name cut to its tail made two callees' events equal */
	if (ty_get(I, dty)->kind == TY_NEVER) { /* std's panics: panic, core::panicking::*, unwrap_failed */
		trace_push(I->trace, EV_EXTERN, 0, "call %s(args %08" PRIx32 ") -> !", nm, (uint32_t)h);
		panic_event(I, "external call returning !");
		return 0;
	}
	I->extern_pending = 0;
	oracle_fill(I, dst, dty, &seed, 3);
	uint64_t r = hash_value(I, fnv_basis, dst, dty, 2);
	trace_push(I->trace, EV_EXTERN, 0, "call %s(args %08" PRIx32 ") -> %08" PRIx32, nm, (uint32_t)h, (uint32_t)r);
	return 1;
}

/* An external coroutine that answered Ready (issue 24 item 4): its 8 bytes hold
 * this mark from then on. rustc's coroutine is in its Returned state then: a
 * poll panics with the Async desugaring's "`async fn` resumed after completion"
 * (as a coroutine of the module does, interp_call.c) and a drop drops nothing
 * (the Returned variant holds no field), so neither is an external event. What
 * inline-single-await's form B assumes of a coroutine it awaits. */
#define EXTERN_CORO_RETURNED 0x52455455524e4544ull /* "RETURNED" */

static int extern_coro_returned(Interp *I, TypeId t, uint64_t addr)
{
	return ty_get(I, t)->kind == TY_CORO && addr_ok(I, addr, 8) && mem_read(I, addr, 8) == EXTERN_CORO_RETURNED;
}

int extern_poll(Interp *I, TypeId fty, uint64_t fut, uint64_t dst, TypeId payload)
{
	if (extern_coro_returned(I, fty, fut)) {
		panic_event(I, assert_fmt[AK_RESUMED_AFTER_RETURN]);
		if (I->m->panic_abort)
			interp_halt(I, EV_ABORT, "panic in a function that cannot unwind");
		return 0;
	}
	const char *name = ty_get(I, fty)->kind == TY_CORO ? ty_coro(I, ty_get(I, fty))->name
							   : (ty_get(I, fty)->text ? ty_get(I, fty)->text : "?");
	uint64_t h = addr_ok(I, fut, isize_of(I, fty)) ? hash_value(I, fnv_basis, fut, fty, 2) : 0;
	uint64_t seed = event_seed(I, name, h);
	const char *nm = name; /* whole (hunt30): a name cut to its tail made two callees' events equal */
	int pending = !I->extern_pending && next_seed(&seed) % 3 == 0;
	I->extern_pending = (uint8_t)pending;
	if (pending) {
		poll_write_discr(I, dst, payload, 1);
		trace_push(I->trace, EV_EXTERN, 0, "poll %s(%08" PRIx32 ") -> Pending", nm, (uint32_t)h);
		return 1;
	}
	oracle_fill(I, dst + poll_payload_offset(I, payload), payload, &seed, 3);
	poll_write_discr(I, dst, payload, 0);
	uint64_t r = hash_value(I, fnv_basis, dst + poll_payload_offset(I, payload), payload, 2);
	trace_push(I->trace, EV_EXTERN, 0, "poll %s(%08" PRIx32 ") -> Ready(%08" PRIx32 ")", nm, (uint32_t)h, (uint32_t)r);
	if (ty_get(I, fty)->kind == TY_CORO && addr_ok(I, fut, 8))
		mem_write(I, fut, 8, EXTERN_CORO_RETURNED);
	return 1;
}

int extern_drop(Interp *I, uint64_t addr, TypeId t)
{
	if (!type_needs_drop(I->m, t) || extern_coro_returned(I, t, addr))
		return 1;
	const Type *ty = ty_get(I, t);
	const char *name = ty->kind == TY_CORO ? ty_coro(I, ty)->name : (ty->text ? ty->text : "?");
	uint64_t h = hash_value(I, fnv_basis, addr, t, 2);
	const char *nm = name; /* whole (hunt30): a name cut to its tail made two callees' events equal */
	I->nextern++;
	trace_push(I->trace, EV_EXTERN, 0, "drop %s(%08" PRIx32 ")", nm, (uint32_t)h);
	return 1;
}

/* An aggregate of a model ADT: (enum) a usize constant naming the variant, then
 * the variant's fields; (struct) its fields. Evaluated into a copy first: an
 * operand may read the destination. */
void extern_adt_aggregate(Interp *I, Frame *fr, const Operand *ops, uint32_t n, uint64_t dst, TypeId t)
{
	const Adt *a = adt_of(I->m, t);
	uint32_t v = 0, first = 0;
	if (a->kind == ADT_ENUM) {
		if (n == 0 || ops[0].kind != OP_CONST)
			FAIL("aggregate of enum %s without its variant", a->name);
		v = (uint32_t)operand_scalar(I, fr, ops[0], NULL);
		first = 1;
	}
	if (v >= a->nvariants || n - first != a->variants[v].nfields)
		FAIL("aggregate of %s with %" PRIu32 " operands", a->name, n);
	uint32_t size = isize_of(I, t);
	uint64_t tmp = mem_alloc(I, size);
	if (a->kind == ADT_ENUM)
		mem_write(I, tmp, 4, v);
	for (uint32_t f = 0; f < a->variants[v].nfields; f++)
		operand_store(I, fr, ops[first + f], tmp + extern_adt_field_offset(I, t, v, f),
			      isize_of(I, a->variants[v].fields[f]));
	mem_copy(I, dst, tmp, size);
	mem_free(I, tmp);
}

/* A value of imported code in a trace (a poll's Ready, the result): the type's
 * name and the hash of its value, so that a pass that changes a value the
 * interpreter cannot print still changes the trace. 0: the usual printing. */
int extern_fmt_value(Interp *I, uint64_t addr, TypeId t, StrBuf *out)
{
	const Type *ty = ty_get(I, t);
	if (ty->kind != TY_OPAQUE && !(ty->kind == TY_ADT && adt_of(I->m, t)->model) && ty->kind != TY_REF &&
	    ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT && !extern_coro(I, t))
		return 0;
	const char *name = ty->kind == TY_CORO ? ty_coro(I, ty)->name : ty->text ? ty->text : "&";
	strbuf_printf(out, "<%s %08" PRIx32 ">", name, (uint32_t)hash_value(I, fnv_basis, addr, t, 2));
	return 1;
}
