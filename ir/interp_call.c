/* interp_call.c — the interpreter's frames (locals allocated at first use), places and
 * operands, arithmetic, and calls: fn calls, polls of futures, drops of values and handles. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"

/* ---------------------------------------------------------------------- */
/* Frames                                                                 */
/* ---------------------------------------------------------------------- */

/* A frame's per-local arrays (addr, used, listed) for cap locals, all zero
 * when free. Freed frames put theirs back in the Interp's pool (clearing only
 * the locals they used), and frame_new takes a clean one: a poll of a resume
 * fn with N locals then costs the locals it touches, not a zeroing of N of
 * them (that zeroing made `check` of N saved locals cubic: N schedules of N
 * polls each, issue 23). */
typedef struct FrameSlots {
	struct FrameSlots *next; /* in I->slot_pool while free */
	uint32_t cap;
	uint64_t addr[]; /* cap of them, then cap LocalIds (used), then cap bytes (listed) */
} FrameSlots;

#define SLOT_POOL_LOOK 8 /* pool entries tried before a fresh array is made */

static FrameSlots *slots_of(const Frame *fr)
{
	return (FrameSlots *)((char *)fr->addr - offsetof(FrameSlots, addr));
}

static void frame_slots_take(Interp *I, Frame *fr, uint32_t n)
{
	FrameSlots **pp = (FrameSlots **)&I->slot_pool, *s = NULL;
	for (uint32_t look = 0; *pp && look < SLOT_POOL_LOOK; look++, pp = &(*pp)->next)
		if ((*pp)->cap >= n) {
			s = *pp;
			*pp = s->next;
			break;
		}
	if (!s) {
		s = calloc(1, offsetof(FrameSlots, addr) + (size_t)n * (sizeof *fr->addr + sizeof *fr->used + 1));
		if (!s)
			internal_error("out of memory");
		s->cap = n;
	}
	s->next = NULL;
	fr->addr = s->addr;
	fr->used = (LocalId *)(s->addr + s->cap);
	fr->listed = (uint8_t *)(fr->used + s->cap);
}

/* fr's arrays back to the pool, cleared (its allocations are freed already) */
void frame_slots_give(Interp *I, Frame *fr)
{
	FrameSlots *s = slots_of(fr);
	for (uint32_t i = 0; i < fr->nused; i++) {
		fr->addr[fr->used[i]] = 0;
		fr->listed[fr->used[i]] = 0;
	}
	s->next = I->slot_pool;
	I->slot_pool = s;
}

/* every array of the pool and of frames still live (interp_cleanup) */
void frame_slots_release(Interp *I, Frame *fr)
{
	if (fr) {
		free(slots_of(fr));
		return;
	}
	while (I->slot_pool) {
		FrameSlots *s = I->slot_pool;
		I->slot_pool = s->next;
		free(s);
	}
}

static Frame *frame_new(Interp *I, const Fn *f)
{
	if (f->nlocals == 0)
		FAIL("fn %s has no return place", f->name);
	if (f->nargs >= f->nlocals)
		FAIL("fn %s: %" PRIu32 " arguments but %" PRIu32 " locals", f->name, f->nargs, f->nlocals);
	Frame *fr = calloc(1, sizeof *fr);
	if (!fr)
		internal_error("out of memory");
	frame_slots_take(I, fr, f->nlocals);
	fr->f = f;
	fr->serial = I->next_serial++;
	fr->next_all = I->frames;
	if (I->frames) {
		touch_frame(I, I->frames);
		I->frames->prev_all = fr;
	}
	I->frames = fr;
	/* locals get their memory at their first use (local_at): a resume fn
	 * with N states has O(N) locals, and one poll touches a few of them
	 * (allocating them all made `check` of N awaits cubic in N) */
	return fr;
}

/* slow35: the locals of used that are dead (StorageDead freed them) leave it, in order, when it has
 * doubled since the last time: frame_copy and frame_free walk used, and a suspended body of N awaits
 * listed every temporary it ever had, so each of check's N cancel points copied and freed O(N)
 * entries. The live ones keep their order (frame_free frees in it: the same ids). Amortised O(1). */
static void used_compact(Frame *fr)
{
	uint32_t k = 0;
	for (uint32_t i = 0; i < fr->nused; i++) {
		LocalId l = fr->used[i];
		if (fr->addr[l])
			fr->used[k++] = l;
		else
			fr->listed[l] = 0;
	}
	fr->nused = k;
	fr->compact_at = 2 * k > 16 ? 2 * k : 16;
}

/* The address of local l of fr, allocated (zero filled) at its first use. */
static uint64_t local_at(Interp *I, Frame *fr, LocalId l)
{
	if (!fr->addr[l]) {
		uint64_t a = mem_alloc(I, isize_of(I, fr->f->locals[l].ty));
		int parent = fork_parent_frame(I, fr);
		if (parent) { /* a fork's change to its parent's frame: journalled, and used is not compacted */
			touch_frame(I, fr);
			fork_slot(I, fr, l);
		}
		fr->addr[l] = a;
		I->allocs[ALLOC_ID(a)].owner = fr;
		if (!fr->listed[l]) {
			if (fr->nused >= fr->compact_at && !parent)
				used_compact(fr);
			fr->listed[l] = 1;
			fr->used[fr->nused++] = l;
		}
	}
	return fr->addr[l];
}

/* StorageDead(l): the local's memory goes (rustc's semantics: a dead local
 * has no storage), and a later use gets fresh zeroed memory. Kept to the
 * frame's end, the temporaries that hold a nested future made the frames of
 * an N-deep await chain hold O(N^2) bytes (each level's temporary is as big
 * as the future below it). */
void local_dead(Interp *I, Frame *fr, LocalId l)
{
	if (fr->addr[l]) {
		mem_free(I, fr->addr[l]);
		if (fork_parent_frame(I, fr))
			fork_slot(I, fr, l);
		fr->addr[l] = 0;
	}
}

static void frame_free(Interp *I, Frame *fr)
{
	if (fork_parent_frame(I, fr)) { /* its frees wait (ForkLog) */
		fork_pend_frame(I, fr);
		return;
	}
	for (uint32_t i = 0; i < fr->nused; i++)
		if (fr->addr[fr->used[i]])
			mem_free(I, fr->addr[fr->used[i]]);
	if (fr->prev_all) {
		touch_frame(I, fr->prev_all);
		fr->prev_all->next_all = fr->next_all;
	} else {
		I->frames = fr->next_all;
	}
	if (fr->next_all) {
		touch_frame(I, fr->next_all);
		fr->next_all->prev_all = fr->prev_all;
	}
	frame_slots_give(I, fr);
	free(fr);
}

/* ---------------------------------------------------------------------- */
/* Places and operands                                                    */
/* ---------------------------------------------------------------------- */

/* Address of a place and its type. */
uint64_t place_addr(Interp *I, Frame *fr, PlaceId pid, TypeId *tyout)
{
	const Fn *f = fr->f;
	if (pid >= f->nplaces)
		FAIL("fn %s: place id %" PRIu32 " out of range", f->name, pid);
	const Place *p = &f->places[pid];
	if (p->local >= f->nlocals)
		FAIL("fn %s: local _%" PRIu32 " out of range", f->name, p->local);
	if ((uint64_t)p->proj + p->nproj > f->nprojs)
		FAIL("fn %s: projection out of range", f->name);
	uint64_t addr = local_at(I, fr, p->local);
	TypeId t = f->locals[p->local].ty;
	uint32_t variant = NO_ID;
	uint64_t len = 0; /* slice40: the length read from the last fat pointer dereferenced */
	for (uint32_t i = 0; i < p->nproj; i++) {
		const Proj *pe = &f->projs[p->proj + i];
		const Type *ty = ty_get(I, t);
		switch (pe->kind) {
		case PROJ_DEREF:
			if (ty->kind != TY_REF && ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT && ty->kind != TY_RAWCONST)
				FAIL("fn %s: deref of a non-pointer", f->name);
			len = type_is_fat_ptr(I->m, t) ? mem_read(I, addr + 8, 8) : 0; /* (address, length) */
			addr = mem_read(I, addr, 8);
			t = ty->a;
			variant = NO_ID;
			break;
		case PROJ_DOWNCAST:
			variant = pe->index;
			break;
		case PROJ_INDEX: { /* issue 22 item 4: the bounds check came before, in the MIR */
			if ((ty->kind != TY_ARRAY && ty->kind != TY_SLICE) || pe->index >= f->nlocals)
				FAIL("fn %s: index of a non-array", f->name);
			uint64_t i = mem_read(I, local_at(I, fr, pe->index), 8);
			uint64_t n = ty->kind == TY_SLICE ? len : ty->b;
			if (i >= n)
				FAIL("fn %s: index %" PRIu64 " of an array or slice of %" PRIu64 " without a bounds check",
				     f->name, i, n);
			addr += i * isize_of(I, ty->a);
			t = ty->a;
			variant = NO_ID;
			break;
		}
		case PROJ_FIELD: {
			uint32_t off = 0;
			switch (ty->kind) {
			case TY_TUPLE: {
				uint32_t o[2], size, align;
				if (pe->index > 1)
					FAIL("fn %s: tuple field %" PRIu32, f->name, pe->index);
				tuple_layout(I, ty, o, &size, &align);
				off = o[pe->index];
				break;
			}
			case TY_POLL:
				if (variant != 0 || pe->index != 0)
					FAIL("fn %s: Poll field without `as Ready`", f->name);
				off = poll_payload_offset(I, ty->a);
				break;
			case TY_PIN:
				if (pe->index != 0)
					FAIL("fn %s: Pin field %" PRIu32, f->name, pe->index);
				break;
			case TY_CORO: {
				const Coroutine *c = ty_coro(I, ty);
				const Layout *l = c->layout;
				if (!l) {
					if (variant != NO_ID)
						FAIL("fn %s: variant of %s before its layout exists", f->name, c->name);
					if (pe->index >= c->nupvars)
						FAIL("fn %s: upvar %" PRIu32 " of %s", f->name, pe->index, c->name);
					uint32_t total;
					uint32_t uo = handle_upvar_offset(I, c, pe->index, &total);
					addr = mem_read(I, addr, 8) + uo; /* through the handle */
					off = 0;
				} else if (variant == NO_ID) {
					if (pe->index >= c->nupvars || !l->upvar_offset)
						FAIL("fn %s: upvar %" PRIu32 " of %s", f->name, pe->index, c->name);
					off = l->upvar_offset[pe->index];
				} else {
					if (variant >= l->nvariants || pe->index >= l->nfields[variant])
						FAIL("fn %s: field %" PRIu32 " of variant %" PRIu32 " of %s", f->name,
						     pe->index, variant, c->name);
					uint32_t s = l->fields[l->field_start[variant] + pe->index];
					if (s >= l->nsaved)
						FAIL("fn %s: saved local %" PRIu32 " out of range", f->name, s);
					off = type_field_offset(I->m, t, variant, pe->index);
				}
				break;
			}
			case TY_ADT: { /* a subset struct */
				const Adt *a = adt_of(I->m, t);
				if (extern_adt(I, t)) { /* imported code's model layout */
					off = extern_adt_field_offset(I, t, variant, pe->index);
					break;
				}
				if (a->enum_defined) { /* a subset enum: a field of the variant downcast to */
					if (variant == NO_ID || variant >= a->nvariants ||
					    pe->index >= a->variants[variant].nfields)
						FAIL("fn %s: field %" PRIu32 " of %s without its variant", f->name, pe->index,
						     adt_name(I->m, a));
					if (enum_read_tag(I, addr, a) != variant)
						FAIL("fn %s: field of variant %s of %s, which holds another", f->name,
						     a->variants[variant].name, adt_name(I->m, a));
					off = a->variant_offsets[variant][pe->index];
					break;
				}
				if (!a->defined || variant != NO_ID || pe->index >= a->variants[0].nfields)
					FAIL("fn %s: field %" PRIu32 " of %s", f->name, pe->index, adt_name(I->m, a));
				off = a->offsets[pe->index];
				break;
			}
			default:
				FAIL("fn %s: field of a type without fields", f->name);
			}
			addr += off;
			t = pe->ty;
			variant = NO_ID;
			break;
		}
		default:
			FAIL("fn %s: projection kind %u", f->name, pe->kind);
		}
	}
	if (tyout)
		*tyout = t;
	I->place_len = ty_get(I, t)->kind == TY_SLICE ? len : 0;
	return addr;
}

/* A constant's bits: a static's read (consts35) is the address of its allocation, made and written with
 * the static's value at its first read in the run (nothing writes it: a static is immutable) */
static uint64_t const_bits(Interp *I, const Const *c)
{
	if (!c->named || (!I->m->named[c->named - 1].is_static && !I->m->named[c->named - 1].promoted &&
	                  !I->m->named[c->named - 1].body))
		return c->bits;
	const NamedConst *nc = &I->m->named[c->named - 1];
	if (!I->static_addr) {
		I->static_addr = calloc(I->m->nnamed, sizeof *I->static_addr);
		if (!I->static_addr)
			internal_error("out of memory");
	}
	uint64_t *a = &I->static_addr[c->named - 1];
	if (!*a && I->fork && I->fork->static0) /* check36: a fork's first read is undone with it */
		fork_static(I, c->named - 1);
	if (!*a && named_is_aggregate(nc)) { /* const39: its body run once, the address of its value */
		promoted_eval(I, nc->body, a);
	} else if (!*a && nc->body) { /* promo38: its statements run once, their locals kept (the value of _0 points into them) */
		*a = promoted_eval(I, nc->body, NULL);
	} else if (!*a && nc->promoted) { /* promo36: the innermost value's cell, then a cell per borrow over it */
		TypeId t = named_promoted_scalar(I->m, nc);
		uint32_t size = isize_of(I, t);
		uint64_t at = mem_alloc(I, size);
		mem_write(I, at, size, nc->bits);
		for (uint32_t d = 1; d < nc->promoted; d++) {
			uint32_t rsize = isize_of(I, nc->ty); /* a reference's */
			uint64_t ref = mem_alloc(I, rsize);
			mem_write(I, ref, rsize, at);
			at = ref;
		}
		*a = at;
	} else if (!*a) {
		uint32_t size = isize_of(I, nc->ty);
		*a = mem_alloc(I, size);
		mem_write(I, *a, size, nc->bits);
	}
	return *a;
}

TypeId operand_type(Interp *I, Frame *fr, Operand o)
{
	if (o.kind == OP_CONST) {
		if (o.v >= fr->f->nconsts)
			FAIL("fn %s: constant out of range", fr->f->name);
		return fr->f->consts[o.v].ty;
	}
	TypeId t;
	place_addr(I, fr, o.v, &t);
	return t;
}

/* Store operand o (of type t) at dst. */
void operand_store(Interp *I, Frame *fr, Operand o, uint64_t dst, uint32_t size)
{
	if (o.kind == OP_CONST) {
		if (o.v >= fr->f->nconsts)
			FAIL("fn %s: constant out of range", fr->f->name);
		const Const *c = &fr->f->consts[o.v];
		uint32_t csz = isize_of(I, c->ty);
		if (csz != size)
			FAIL("fn %s: constant of %" PRIu32 " bytes stored into %" PRIu32, fr->f->name, csz, size);
		if (c->named && named_is_aggregate(&I->m->named[c->named - 1])) /* const39: a copy of its value */
			mem_copy(I, dst, const_bits(I, c), size);
		else
			mem_write(I, dst, size, const_bits(I, c));
		return;
	}
	if (o.kind != OP_COPY && o.kind != OP_MOVE)
		FAIL("fn %s: operand kind %u", fr->f->name, o.kind);
	TypeId t;
	uint64_t src = place_addr(I, fr, o.v, &t);
	if (isize_of(I, t) != size)
		FAIL("fn %s: operand of %" PRIu32 " bytes stored into %" PRIu32, fr->f->name, isize_of(I, t), size);
	mem_copy(I, dst, src, size);
}

/* A scalar operand: its bits (zero extended) and type. */
uint64_t operand_scalar(Interp *I, Frame *fr, Operand o, TypeId *tout)
{
	TypeId t = operand_type(I, fr, o);
	uint8_t k = ty_get(I, t)->kind;
	if (tout)
		*tout = t;
	if (o.kind == OP_CONST) {
		const Const *c = &fr->f->consts[o.v];
		uint32_t sz = isize_of(I, t);
		uint64_t bits = const_bits(I, c);
		return sz >= 8 ? bits : bits & ((1ull << (8 * sz)) - 1);
	}
	if (!is_int_kind(k) && k != TY_BOOL && k != TY_UNIT && k != TY_CHAR)
		FAIL("fn %s: scalar operand of a non-scalar type", fr->f->name);
	return mem_read(I, place_addr(I, fr, o.v, NULL), isize_of(I, t));
}

/* ---------------------------------------------------------------------- */
/* Arithmetic                                                             */
/* ---------------------------------------------------------------------- */

uint64_t interp_trunc_bits(uint64_t v, int bits)
{
	return bits >= 64 ? v : v & ((1ull << bits) - 1);
}

int64_t interp_sext(uint64_t v, int bits)
{
	if (bits >= 64)
		return (int64_t)v;
	uint64_t m = 1ull << (bits - 1);
	v = interp_trunc_bits(v, bits);
	return (int64_t)((v ^ m) - m);
}

static int sign_bit(uint64_t v, int bits)
{
	return (int)((v >> (bits - 1)) & 1);
}

/* result of a op b truncated to bits; *ovf set for Add/Sub/Mul overflow. */
uint64_t interp_arith(Interp *I, BinOp op, uint64_t a, uint64_t b, int bits, int sgn, int *ovf)
{
	uint64_t r;
	*ovf = 0;
	switch (op) {
	case BIN_ADD:
		r = interp_trunc_bits(a + b, bits);
		*ovf = sgn ? (sign_bit(a, bits) == sign_bit(b, bits) && sign_bit(r, bits) != sign_bit(a, bits)) : r < a;
		return r;
	case BIN_SUB:
		r = interp_trunc_bits(a - b, bits);
		*ovf = sgn ? (sign_bit(a, bits) != sign_bit(b, bits) && sign_bit(r, bits) != sign_bit(a, bits)) : b > a;
		return r;
	case BIN_MUL:
		r = interp_trunc_bits(a * b, bits);
		if (!sgn) {
			*ovf = bits < 64 ? ((a * b) >> bits) != 0 || (a != 0 && b > (UINT64_MAX >> (64 - bits)) / a)
					 : (a != 0 && r / a != b);
		} else {
			int64_t x = interp_sext(a, bits), y = interp_sext(b, bits);
			if (bits <= 32) {
				int64_t p = x * y;
				*ovf = p != interp_sext((uint64_t)p, bits);
			} else if (x != 0 && y != 0) {
				/* 64-bit: compare magnitudes without signed overflow */
				uint64_t ux = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
				uint64_t uy = y < 0 ? 0 - (uint64_t)y : (uint64_t)y;
				uint64_t limit = ((x < 0) != (y < 0)) ? (1ull << 63) : (1ull << 63) - 1;
				*ovf = ux > limit / uy;
			}
		}
		return r;
	case BIN_DIV:
	case BIN_REM:
		if (interp_trunc_bits(b, bits) == 0)
			FAIL("%s by zero reached without its assert", op == BIN_DIV ? "division" : "remainder");
		if (sgn) {
			int64_t x = interp_sext(a, bits), y = interp_sext(b, bits);
			if (y == -1 && x == interp_sext(1ull << (bits - 1), bits))
				FAIL("signed %s overflow reached without its assert", op == BIN_DIV ? "division" : "remainder");
			return interp_trunc_bits((uint64_t)(op == BIN_DIV ? x / y : x % y), bits);
		}
		return op == BIN_DIV ? a / b : a % b;
	case BIN_BITXOR: return a ^ b;
	case BIN_BITAND: return a & b;
	case BIN_BITOR: return a | b;
	case BIN_SHL: return interp_trunc_bits(a << (b & (uint64_t)(bits - 1)), bits);
	case BIN_SHR:
		if (sgn)
			return interp_trunc_bits((uint64_t)(interp_sext(a, bits) >> (b & (uint64_t)(bits - 1))), bits);
		return a >> (b & (uint64_t)(bits - 1));
	case BIN_EQ: return a == b;
	case BIN_NE: return a != b;
	case BIN_LT: return sgn ? interp_sext(a, bits) < interp_sext(b, bits) : a < b;
	case BIN_LE: return sgn ? interp_sext(a, bits) <= interp_sext(b, bits) : a <= b;
	case BIN_GT: return sgn ? interp_sext(a, bits) > interp_sext(b, bits) : a > b;
	case BIN_GE: return sgn ? interp_sext(a, bits) >= interp_sext(b, bits) : a >= b;
	default: FAIL("binary operator %d", op);
	}
}

int scalar_bits(Interp *I, TypeId t)
{
	uint8_t k = ty_get(I, t)->kind;
	if (k == TY_BOOL)
		return 8;
	if (k == TY_CHAR) /* casts and comparisons only (verify.c) */
		return 32;
	if (!is_int_kind(k))
		FAIL("arithmetic on a non-integer type");
	return (int)isize_of(I, t) * 8;
}

/* ---------------------------------------------------------------------- */
/* Panics, drops, calls                                                   */
/* ---------------------------------------------------------------------- */

void panic_event(Interp *I, const char *msg)
{
	trace_push(I->trace, EV_PANIC, 0, "%s", msg);
}

/* Push an activation (the explicit stack grows by doubling) and return its index. */
static uint32_t act_push(Interp *I, Act a)
{
	if (I->nacts == I->capacts) {
		uint32_t cap = I->capacts ? 2 * I->capacts : 64;
		Act *v = realloc(I->acts, cap * sizeof *v);
		if (!v)
			internal_error("out of memory");
		I->acts = v;
		I->capacts = cap;
	}
	I->acts[I->nacts] = a;
	return I->nacts++;
}

/* Push a frame that runs from fr->bb; its end does fin. */
static void push_frame(Interp *I, Frame *fr, FinKind fin, uint64_t dst, uint32_t dstsize)
{
	if (++I->depth > INTERP_DEPTH_LIMIT)
		interp_halt(I, EV_DEPTH_LIMIT, "");
	touch_frame(I, fr); /* its bb changes as it runs */
	act_push(I, (Act){.kind = ACT_FRAME, .fin = (uint8_t)fin, .fr = fr, .dst = dst, .dstsize = dstsize});
}

static CoroObj *handle_obj(Interp *I, uint64_t handle)
{
	uint32_t id = ALLOC_ID(handle);
	if (id != 0 && id < I->nallocs && (!I->allocs[id].live || alloc_pending_free(I, &I->allocs[id])))
		FAIL("use of a future after it was dropped (a double drop?)");
	if (id == 0 || id >= I->nallocs || !I->allocs[id].obj || ALLOC_OFF(handle) != 0)
		FAIL("invalid future handle");
	touch_alloc(I, id); /* a fork changes its own copy of the CoroObj */
	return I->allocs[id].obj;
}

/* Start a call of fn f: its frame gets the argument bytes (copied from argsrc,
 * which the caller may free as soon as this returns) and is pushed; its result
 * goes to dst (0: nowhere) when it returns. Always INTERP_PENDING. */
static int call_start(Interp *I, const Fn *f, const uint64_t *argsrc, const TypeId *argty, uint32_t nargs,
		      uint64_t dst, uint32_t dstsize)
{
	if (f->kind == FN_CORO_BODY)
		FAIL("direct call of coroutine body %s", f->name);
	if (nargs != f->nargs)
		FAIL("call of %s with %" PRIu32 " arguments, expected %" PRIu32, f->name, nargs, f->nargs);
	Frame *fr = frame_new(I, f);
	for (uint32_t i = 0; i < nargs; i++) {
		uint32_t sz = isize_of(I, f->locals[i + 1].ty);
		if (isize_of(I, argty[i]) != sz)
			FAIL("call of %s: argument %" PRIu32 " has the wrong size", f->name, i + 1);
		mem_copy(I, local_at(I, fr, i + 1), argsrc[i], sz);
	}
	fr->bb = 0;
	push_frame(I, fr, FIN_CALL, dst, dstsize);
	return INTERP_PENDING;
}

/* The end of the frame of activation k (the top), which ran to r: what its
 * FinKind does, then it is popped. Returns its result: 1 returned, 0 unwinding. */
int frame_finish(Interp *I, uint32_t k, RunResult r)
{
	Act a = I->acts[k];
	Frame *fr = a.fr;
	const Fn *f = fr->f;
	int ok = 1;
	switch (a.fin) {
	case FIN_CALL:
		if (r == R_RETURNED) {
			uint32_t sz = isize_of(I, f->locals[0].ty);
			if (a.dstsize != sz)
				FAIL("call of %s: result of %" PRIu32 " bytes stored into %" PRIu32, f->name, sz, a.dstsize);
			if (a.dst)
				mem_copy(I, a.dst, local_at(I, fr, 0), sz);
		} else if (r == R_UNWOUND) {
			ok = 0;
		} else {
			FAIL("fn %s: %s outside a coroutine body", f->name, r == R_YIELDED ? "yield" : "coroutine_drop");
		}
		frame_free(I, fr);
		break;
	case FIN_POLL_BODY: {
		CoroObj *o = a.obj;
		switch (r) {
		case R_YIELDED:
			o->state = CO_SUSPENDED;
			o->yield_bb = fr->bb;
			poll_write_discr(I, a.dst, a.payload, 1);
			break;
		case R_RETURNED: {
			uint32_t sz = isize_of(I, f->locals[0].ty);
			if (isize_of(I, a.payload) != sz)
				FAIL("%s returns %" PRIu32 " bytes into a Poll of %" PRIu32, f->name, sz,
				     isize_of(I, a.payload));
			mem_copy(I, a.dst + poll_payload_offset(I, a.payload), local_at(I, fr, 0), sz);
			poll_write_discr(I, a.dst, a.payload, 0);
			o->state = CO_RETURNED;
			o->frame = NULL;
			frame_free(I, fr);
			break;
		}
		case R_UNWOUND:
			o->state = CO_PANICKED;
			o->frame = NULL;
			frame_free(I, fr);
			ok = 0;
			break;
		default:
			FAIL("%s: coroutine_drop reached while polling", f->name);
		}
		break;
	}
	case FIN_DROP_BODY: {
		CoroObj *o = a.obj;
		o->frame = NULL;
		frame_free(I, fr);
		if (r == R_UNWOUND) {
			o->state = CO_PANICKED;
			ok = 0;
			break;
		}
		if (r != R_CORO_DROPPED)
			FAIL("%s: the drop path of a yield ended in %s", a.coro->name, r == R_RETURNED ? "return" : "yield");
		o->state = CO_DROPPED;
		mem_free(I, a.addr);
		break;
	}
	default:
		FAIL("activation end %u", a.fin);
	}
	I->depth--;
	I->nacts = k;
	return ok;
}

/* Call fn f with argument bytes at argsrc and run it to its end (the
 * executor's entry). Returns 1 on a normal return (result copied to dst), 0
 * on unwinding. */
int call_fn(Interp *I, const Fn *f, const uint64_t *argsrc, const TypeId *argty, uint32_t nargs, uint64_t dst,
	    uint32_t dstsize)
{
	uint32_t base = I->nacts;
	call_start(I, f, argsrc, argty, nargs, dst, dstsize);
	return drive(I, base);
}

const Coroutine *coro_of_type(Interp *I, TypeId t)
{
	const Type *ty = ty_get(I, t);
	if (ty->kind != TY_CORO)
		FAIL("not a coroutine type");
	return ty_coro(I, ty);
}

/* slow35: the fns a run looks up by name (a call's callee, a coroutine's resume fn and drop shim),
 * memoised by the name's pointer (the module does not change under a run). module_find_fn hashes and
 * compares the whole name: nested async blocks' names grow with their depth (`main::{closure#0}::..`,
 * 860 bytes at 64 deep), and every poll of the root looks up each level's resume fn, so `check` of D
 * nested blocks spent D^3 in namemap_find (19% of its instructions at D = 128). */
typedef struct FnCacheEntry {
	const char *key;
	const Fn *fn;
} FnCacheEntry;

typedef struct FnCache {
	uint32_t cap, n; /* cap a power of two, n below cap / 2 */
	FnCacheEntry *e;
} FnCache;

static uint32_t fn_cache_slot(const FnCache *c, const char *key)
{
	uint64_t h = (uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15ull;
	uint32_t i = (uint32_t)(h >> 32) & (c->cap - 1);
	while (c->e[i].key && c->e[i].key != key)
		i = (i + 1) & (c->cap - 1);
	return i;
}

const Fn *interp_find_fn(Interp *I, const char *name)
{
	if (!name)
		return NULL;
	FnCache *c = I->fn_cache;
	if (!c) {
		c = calloc(1, sizeof *c);
		if (!c)
			internal_error("out of memory");
		c->cap = 64;
		c->e = calloc(c->cap, sizeof *c->e);
		if (!c->e)
			internal_error("out of memory");
		I->fn_cache = c;
	}
	uint32_t i = fn_cache_slot(c, name);
	if (c->e[i].key)
		return c->e[i].fn;
	const Fn *f = module_find_fn(I->m, name);
	if (2 * (c->n + 1) > c->cap) {
		FnCache g = {c->cap * 2, 0, calloc((size_t)c->cap * 2, sizeof *c->e)};
		if (!g.e)
			internal_error("out of memory");
		for (uint32_t k = 0; k < c->cap; k++)
			if (c->e[k].key)
				g.e[fn_cache_slot(&g, c->e[k].key)] = c->e[k];
		g.n = c->n;
		free(c->e);
		*c = g;
		i = fn_cache_slot(c, name);
	}
	c->e[i] = (FnCacheEntry){name, f};
	c->n++;
	return f;
}

void interp_fn_cache_free(Interp *I)
{
	FnCache *c = I->fn_cache;
	if (c) {
		free(c->e);
		free(c);
	}
	I->fn_cache = NULL;
}

static const Fn *find_fn(Interp *I, const char *name, const char *what)
{
	const Fn *f = interp_find_fn(I, name);
	if (!f)
		FAIL("%s %s not found", what, name ? name : "(unnamed)");
	return f;
}

uint32_t poll_size(Interp *I, TypeId payload)
{
	uint32_t size, align, poff;
	poll_layout(I, payload, &size, &align, &poff);
	return size;
}

/* Start a poll of the future of coroutine type t at address fut (the pointee
 * of the Pin); the Poll<T> goes to dst. 1 or 0 when it ended at once (a
 * poll after completion), else INTERP_PENDING. */
static int poll_start(Interp *I, TypeId t, uint64_t fut, uint64_t ctx, uint64_t dst, TypeId payload)
{
	const Coroutine *c = coro_of_type(I, t);
	if (c->layout) {
		const Fn *rf = find_fn(I, c->resume, "resume fn of");
		uint64_t a = mem_alloc(I, 8), b = mem_alloc(I, 8);
		mem_write(I, a, 8, fut);
		mem_write(I, b, 8, ctx);
		uint64_t src[2] = {a, b};
		TypeId ty2[2];
		/* argument types only matter for their size (8 bytes each) */
		ty2[0] = rf->nargs >= 1 ? rf->locals[1].ty : TY_RESUMETY;
		ty2[1] = rf->nargs >= 2 ? rf->locals[2].ty : TY_RESUMETY;
		int r = call_start(I, rf, src, ty2, 2, dst, poll_size(I, payload));
		mem_free(I, a);
		mem_free(I, b);
		return r;
	}
	CoroObj *o = handle_obj(I, mem_read(I, fut, 8));
	switch (o->state) {
	case CO_RETURNED:
	case CO_PANICKED:
		panic_event(I, assert_fmt[o->state == CO_RETURNED ? AK_RESUMED_AFTER_RETURN : AK_RESUMED_AFTER_PANIC]);
		if (I->m->panic_abort) /* the resume fn's assert is `unwind unreachable` */
			interp_halt(I, EV_ABORT, "panic in a function that cannot unwind");
		return 0;
	case CO_RUNNING: FAIL("%s polled while it is running", c->name);
	case CO_DROPPED: FAIL("%s polled after it was dropped", c->name);
	default: break;
	}
	const Fn *body = find_fn(I, c->body, "body of");
	if (body->kind != FN_CORO_BODY || body->nargs != 2)
		FAIL("body %s of %s is not a coroutine body with 2 arguments", body->name, c->name);
	if (o->state == CO_UNRESUMED) {
		o->frame = frame_new(I, body);
		if (isize_of(I, body->locals[1].ty) != 8 || isize_of(I, body->locals[2].ty) != 8)
			FAIL("body %s: arguments must be the coroutine and ResumeTy", body->name);
		mem_write(I, local_at(I, o->frame, 1), 8, o->handle);
		mem_write(I, local_at(I, o->frame, 2), 8, ctx);
		touch_frame(I, o->frame);
		o->frame->bb = 0;
	} else { /* suspended: the resume argument is the new context */
		const Term *y = &body->blocks[o->yield_bb].term;
		TypeId rt;
		uint64_t ra = place_addr(I, o->frame, y->place, &rt);
		if (isize_of(I, rt) == 8)
			mem_write(I, ra, 8, ctx);
		touch_frame(I, o->frame);
		o->frame->bb = y->target;
	}
	o->state = CO_RUNNING;
	push_frame(I, o->frame, FIN_POLL_BODY, dst, 0);
	Act *a = &I->acts[I->nacts - 1];
	a->payload = payload;
	a->obj = o;
	return INTERP_PENDING;
}

/* Poll a future to the end of that poll (the executor's entry). 1 on
 * return, 0 on unwinding. */
int poll_future(Interp *I, TypeId t, uint64_t fut, uint64_t ctx, uint64_t dst, TypeId payload)
{
	uint32_t base = I->nacts;
	int r = poll_start(I, t, fut, ctx, dst, payload);
	return r == INTERP_PENDING ? drive(I, base) : r;
}

/* Push the drop of a sequence of values (a tuple's, a struct's fields, a
 * handle's upvars), dropped one at a time by drop_resume. The driver starts it
 * (drive: an ACT_DROP just pushed is resumed with 1), not this call: a value
 * nested N deep (an enum holding an enum ..) took N levels of C recursion
 * (hunt33: 100k nested enum values overflowed the stack, 10k under ASan). */
static int push_seq(Interp *I, SeqKind seq, uint64_t addr, TypeId t, CoroObj *o, const Coroutine *c)
{
	act_push(I, (Act){.kind = ACT_DROP, .seq = (uint8_t)seq, .addr = addr, .ty = t, .obj = o, .coro = c});
	return INTERP_PENDING;
}

/* Start the drop of a pre-transform future through its handle. */
static int drop_handle_start(Interp *I, const Coroutine *c, uint64_t handle)
{
	CoroObj *o = handle_obj(I, handle);
	switch (o->state) {
	case CO_RUNNING: /* the body's own `drop(_1)`: its upvars */
		return push_seq(I, SEQ_UPVARS, handle, 0, o, c);
	case CO_UNRESUMED:
		o->state = CO_RUNNING;
		return push_seq(I, SEQ_UPVARS_UNRESUMED, handle, 0, o, c);
	case CO_SUSPENDED: {
		Frame *fr = o->frame;
		const Term *y = &fr->f->blocks[o->yield_bb].term;
		if (y->drop == NO_BLOCK)
			FAIL("yield without a drop edge in %s", fr->f->name);
		touch_frame(I, fr);
		fr->bb = y->drop;
		o->state = CO_RUNNING;
		push_frame(I, fr, FIN_DROP_BODY, 0, 0);
		Act *a = &I->acts[I->nacts - 1];
		a->obj = o;
		a->coro = c;
		a->addr = handle;
		return INTERP_PENDING;
	}
	case CO_RETURNED:
	case CO_PANICKED:
		break;
	case CO_DROPPED:
		FAIL("%s dropped twice", c->name);
	}
	o->state = CO_DROPPED;
	mem_free(I, handle);
	return 1;
}

/* Start the drop glue of type t at addr: 1 or 0 when it ended at once, else
 * INTERP_PENDING. */
int drop_start(Interp *I, uint64_t addr, TypeId t)
{
	const Type *ty = ty_get(I, t);
	switch (ty->kind) {
	case TY_GUARD: {
		char v[32];
		snprintf(v, sizeof v, "%" PRIu64, mem_read(I, addr, 4));
		trace_push(I->trace, EV_OBSERVE, 0, "%s", v);
		return 1;
	}
	case TY_TUPLE:
		return push_seq(I, SEQ_TUPLE, addr, t, NULL, NULL);
	case TY_ARRAY: /* issue 22 item 4: each element, first to last */
		return type_needs_drop(I->m, t) ? push_seq(I, SEQ_ARRAY, addr, t, NULL, NULL) : 1;
	case TY_POLL:
		if (type_needs_drop(I->m, ty->a) && poll_read_discr(I, addr, ty->a) == 0)
			return drop_start(I, addr + poll_payload_offset(I, ty->a), ty->a);
		return 1;
	case TY_CORO: {
		const Coroutine *c = ty_coro(I, ty);
		if (extern_coro(I, t))
			return extern_drop(I, addr, t);
		if (!c->layout)
			return drop_handle_start(I, c, mem_read(I, addr, 8));
		const Fn *shim = find_fn(I, c->drop, "drop shim of");
		uint64_t a = mem_alloc(I, 8);
		mem_write(I, a, 8, addr);
		TypeId at = shim->nargs >= 1 ? shim->locals[1].ty : TY_RESUMETY;
		int r = call_start(I, shim, &a, &at, 1, 0, isize_of(I, shim->locals[0].ty));
		mem_free(I, a);
		return r;
	}
	case TY_ADT: { /* a subset struct: its fields in declaration order (rustc's drop glue) */
		const Adt *a = adt_of(I->m, t);
		if (extern_adt(I, t))
			return extern_drop(I, addr, t);
		if (!a->defined)
			FAIL("drop of opaque type %s", ty->text ? ty->text : "?");
		return push_seq(I, SEQ_ADT, addr, t, NULL, NULL);
	}
	case TY_OPAQUE:
		if (I->m->extern_events)
			return extern_drop(I, addr, t);
		FAIL("drop of opaque type %s", ty->text ? ty->text : "?");
	default:
		return 1;
	}
}

/* Drop activation k (the top) got r from the drop above it (1 on a fresh
 * start): drop its next fields until one is pending (INTERP_PENDING), one
 * unwinds or none is left; then it is popped and its result returned. */
int drop_resume(Interp *I, uint32_t k, int r)
{
	for (;;) {
		Act *a = &I->acts[k];
		uint32_t n, i = a->next;
		uint64_t at;
		TypeId ft;
		switch (a->seq) {
		case SEQ_TUPLE: {
			const Type *tt = ty_get(I, a->ty);
			uint32_t off[2], size, align;
			tuple_layout(I, tt, off, &size, &align);
			n = 2;
			at = i < n ? a->addr + off[i] : 0;
			ft = i == 0 ? tt->a : tt->b;
			break;
		}
		case SEQ_ADT: { /* a struct's fields, or the fields of the variant an enum holds */
			const Adt *d = adt_of(I->m, a->ty);
			uint64_t v = d->enum_defined ? enum_read_tag(I, a->addr, d) : 0;
			const uint32_t *offs = d->enum_defined ? d->variant_offsets[v] : d->offsets;
			n = d->variants[v].nfields;
			at = i < n ? a->addr + offs[i] : 0;
			ft = i < n ? d->variants[v].fields[i] : 0;
			break;
		}
		case SEQ_ARRAY: { /* issue 22 item 4: the elements in order */
			const Type *at_ty = ty_get(I, a->ty);
			n = at_ty->b;
			at = i < n ? a->addr + (uint64_t)i * isize_of(I, at_ty->a) : 0;
			ft = at_ty->a;
			break;
		}
		default: /* upvars of a pre-transform future */
			n = a->coro->nupvars;
			at = i < n ? a->addr + handle_upvar_offset(I, a->coro, i, NULL) : 0;
			ft = i < n ? a->coro->upvars[i].ty : 0;
			break;
		}
		if (r == 0 || i >= n) {
			if (a->seq == SEQ_UPVARS_UNRESUMED) {
				if (r == 0) {
					a->obj->state = CO_PANICKED;
				} else {
					a->obj->state = CO_DROPPED;
					mem_free(I, a->addr);
				}
			}
			I->nacts = k;
			return r;
		}
		a->next = i + 1;
		r = drop_start(I, at, ft);
		if (r == INTERP_PENDING)
			return r;
	}
}

/* Drop glue of type t at addr, run to its end (the executor's entry). 1 ok,
 * 0 unwinding. */
int drop_value(Interp *I, uint64_t addr, TypeId t)
{
	uint32_t base = I->nacts;
	int r = drop_start(I, addr, t);
	return r == INTERP_PENDING ? drive(I, base) : r;
}

/* Evaluate the call's operands into fresh allocations. */
static void eval_args(Interp *I, Frame *fr, const Term *t, uint64_t *src, TypeId *ty)
{
	const Fn *f = fr->f;
	if ((uint64_t)t->args + t->nargs > f->nargsv)
		FAIL("fn %s: operand list out of range", f->name);
	for (uint32_t i = 0; i < t->nargs; i++) {
		Operand o = f->args[t->args + i];
		ty[i] = operand_type(I, fr, o);
		uint32_t sz = isize_of(I, ty[i]);
		src[i] = mem_alloc(I, sz);
		operand_store(I, fr, o, src[i], sz);
	}
}

static int is_builtin(const char *name, const char *want)
{
	size_t n = strlen(name), w = strlen(want);
	if (n == w && memcmp(name, want, n) == 0)
		return 1;
	return n > w + 2 && memcmp(name + n - w - 2, "::", 2) == 0 && strcmp(name + n - w, want) == 0;
}

/* Execute a TK_CALL. 1 on normal return, 0 on unwinding, INTERP_PENDING when
 * it pushed a frame whose end gives the result (a call of a fn of the module,
 * a poll, a drop_in_place). The argument allocations are freed here either way:
 * a callee's frame has its own copies. */
int exec_call(Interp *I, Frame *fr, const Term *t)
{
	const Fn *f = fr->f;
	TypeId dty;
	uint64_t dst = place_addr(I, fr, t->place, &dty);
	uint32_t dsz = isize_of(I, dty);
	/* any number of arguments: scratch memory, released here or, after a
	 * halt, by interp_run */
	ScratchMark sm = scratch_mark();
	uint64_t *src = scratch_alloc_uninit(((size_t)t->nargs + 1) * sizeof *src);
	TypeId *ty = scratch_alloc_uninit(((size_t)t->nargs + 1) * sizeof *ty);
	eval_args(I, fr, t, src, ty);
	int ok = 1;
	switch (t->op) {
	case CALLEE_FN: {
		if (t->x >= f->nnames)
			FAIL("fn %s: callee name out of range", f->name);
		const char *name = f->names[t->x];
		const Fn *callee = interp_find_fn(I, name);
		TypeId self;
		int im;
		if (I->m->extern_events && (!callee || callee->external)) {
			ok = extern_call(I, name, src, ty, t->nargs, dst, dty);
		} else if (callee) {
			ok = call_start(I, callee, src, ty, t->nargs, dst, dsz);
		} else if (is_builtin(name, "yield_now") && t->nargs == 0) {
			if (ty_get(I, dty)->kind != TY_YIELDNOW)
				FAIL("yield_now() stored into a non-YieldNow place");
			mem_write(I, dst, 1, 0);
		} else if (is_builtin(name, "observe") && t->nargs == 1) {
			StrBuf v = {0};
			fmt_value(I, src[0], ty[0], &v);
			trace_push(I->trace, EV_OBSERVE, 0, "%s", v.s);
			strbuf_free(&v);
		} else if (is_builtin(name, "guard") && t->nargs == 1) {
			if (ty_get(I, dty)->kind != TY_GUARD || isize_of(I, ty[0]) != 4)
				FAIL("guard() with the wrong types");
			mem_copy(I, dst, src[0], 4);
		} else if (clone_leaf_of(I->m, name, dty) && t->nargs == 1 && isize_of(I, ty[0]) == 8) {
			mem_copy(I, dst, mem_read(I, src[0], 8), dsz); /* derive38: core's Clone (clone39: of arrays, Option, Result too), `*self` */
		} else if (try_leaf_kind(name) && t->nargs == 1) { /* `?`'s (interp_try.c) */
			exec_try_leaf(I, try_leaf_kind(name), src[0], ty[0], dst, dty);
		} else if (cmp_leaf_op(name) >= 0 && t->nargs == 2) { /* cmp39: core's `==` .. (core_cmp.c) */
			exec_cmp_leaf(I, (BinOp)cmp_leaf_op(name), src[0], src[1], ty[0], dst);
		} else if (panic_leaf_kind(name) && t->nargs == 1) { /* mac40: panic!, assert! .. (core_panic.c) */
			ok = exec_panic_leaf(I, panic_leaf_kind(name), src, dst);
		} else if (query_leaf_kind(name) && t->nargs == 1) { /* cmp39: `is_some` .. */
			exec_query_leaf(I, query_leaf_kind(name), src[0], ty[0], dst);
		} else if (iter_leaf_kind(name)) { /* for40: a `for` loop's (core_iter.c) */
			exec_iter_leaf(I, iter_leaf_kind(name), src, ty, dst, dty);
		} else if ((im = int_leaf_of(I->m, name, &self)) != IM_NONE) { /* meth40: `wrapping_add` .. (core_int.c) */
			ok = exec_int_leaf(I, im, self, src, t->nargs, dst, dty);
		} else if ((im = enum_leaf_of(name)) != EM_NONE) { /* meth40: `unwrap_or` .. */
			ok = exec_enum_leaf(I, im, name, src, ty, t->nargs, dst, dty);
		} else if (slice_leaf_kind(name) && t->nargs == 1 && type_is_fat_ptr(I->m, ty[0])) { /* slice40 */
			uint64_t n = mem_read(I, src[0] + 8, 8); /* the length, after the address */
			mem_write(I, dst, dsz, slice_leaf_kind(name) == SLICE_LEN ? n : n == 0);
		} else {
			FAIL("call of unknown fn %s", name);
		}
		break;
	}
	case CALLEE_INTO_FUTURE:
	case CALLEE_PIN_NEW:
	case CALLEE_GET_CONTEXT:
		if (t->nargs != 1 || isize_of(I, ty[0]) != dsz)
			FAIL("fn %s: %s with the wrong operands", f->name,
			     t->op == CALLEE_INTO_FUTURE ? "into_future" : t->op == CALLEE_PIN_NEW ? "new_unchecked" : "get_context");
		mem_copy(I, dst, src[0], dsz);
		break;
	case CALLEE_POLL: {
		if (t->nargs != 2 || isize_of(I, ty[0]) != 8 || isize_of(I, ty[1]) != 8)
			FAIL("fn %s: poll with the wrong operands", f->name);
		uint64_t fut = mem_read(I, src[0], 8), ctx = mem_read(I, src[1], 8);
		const Type *fty = ty_get(I, t->x);
		if (ty_get(I, dty)->kind != TY_POLL)
			FAIL("fn %s: poll result stored into a non-Poll place", f->name);
		if (fty->kind == TY_YIELDNOW) {
			uint64_t y = mem_read(I, fut, 1);
			if (y == 0)
				mem_write(I, fut, 1, 1);
			poll_write_discr(I, dst, ty_get(I, dty)->a, y == 0);
		} else if (I->m->extern_events && (fty->kind != TY_CORO || extern_coro(I, t->x))) {
			ok = extern_poll(I, t->x, fut, dst, ty_get(I, dty)->a);
		} else if (fty->kind == TY_CORO) {
			ok = poll_start(I, t->x, fut, ctx, dst, ty_get(I, dty)->a);
		} else {
			FAIL("fn %s: poll of a type that is not a future", f->name);
		}
		break;
	}
	case CALLEE_DROP_IN_PLACE:
		if (t->nargs != 1 || isize_of(I, ty[0]) != 8)
			FAIL("fn %s: drop_in_place with the wrong operands", f->name);
		ok = drop_start(I, mem_read(I, src[0], 8), t->x);
		break;
	default:
		FAIL("fn %s: callee kind %u", f->name, t->op);
	}
	for (uint32_t i = 0; i < t->nargs; i++)
		mem_free(I, src[i]);
	scratch_release(sm);
	return ok;
}
