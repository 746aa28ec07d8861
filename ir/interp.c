/* interp.c — the reference interpreter: runs every IR form and records a Trace.
 *
 * Memory model. Memory is a table of allocations; an address is
 * (allocation id << 32 | byte offset), 0 is null. Every local of every frame
 * gets its own allocation of type_size bytes (zero filled, so runs are
 * deterministic), references and pointers hold addresses, every access is
 * bounds checked. After the state transform a future is a byte buffer of its
 * Layout's size: saved locals, upvars and the tag are read and written at the
 * Layout's offsets, so a wrong offset or an overlap shows up as a wrong value.
 *
 * Before the transform a coroutine type has no Layout: its value is an 8-byte
 * handle, the address of a heap allocation holding its upvars (laid out in
 * declaration order, each at its alignment) and tagged with a CoroObj that
 * keeps the suspended frame of its FN_CORO_BODY alive across yields. Polling
 * resumes the frame; dropping a suspended one runs the yield's `drop:` path
 * to `coroutine_drop`; polling a finished one panics as rustc's resume fn does.
 *
 * Control. Calls recurse in C; a frame's run returns RETURNED, YIELDED,
 * UNWOUND (a panic is propagating: the caller follows its unwind edge) or
 * COROUTINE_DROPPED. Anything that ends the whole run (step limit, abort,
 * malformed IR) records its event and longjmps to interp_run: all memory and
 * frames are owned by the Interp and freed there, so nothing leaks.
 */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

#define ADDR(id, off) (((uint64_t)(id) << 32) | (uint32_t)(off))
#define ALLOC_ID(a) ((uint32_t)((a) >> 32))
#define ALLOC_OFF(a) ((uint32_t)(a))

/* ---------------------------------------------------------------------- */
/* Traces                                                                 */
/* ---------------------------------------------------------------------- */

void trace_init(Trace *t)
{
	memset(t, 0, sizeof *t);
}

void trace_free(Trace *t)
{
	free(t->ev);
	memset(t, 0, sizeof *t);
}

void trace_push(Trace *t, EventKind k, uint32_t n, const char *fmt, ...)
{
	if (t->n == t->cap) {
		uint32_t cap = t->cap ? t->cap * 2 : 16;
		Event *ev = realloc(t->ev, cap * sizeof *ev);
		if (!ev)
			internal_error("out of memory");
		t->ev = ev;
		t->cap = cap;
	}
	Event *e = &t->ev[t->n++];
	memset(e, 0, sizeof *e);
	e->kind = (uint8_t)k;
	e->n = n;
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->text, sizeof e->text, fmt, ap);
		va_end(ap);
	}
}

void event_format(const Event *e, char *buf, size_t size)
{
	switch (e->kind) {
	case EV_POLL: snprintf(buf, size, "poll %" PRIu32 " -> %s", e->n, e->text); break;
	case EV_REPOLL: snprintf(buf, size, "repoll -> %s", e->text); break;
	case EV_OBSERVE: snprintf(buf, size, "observe %s", e->text); break;
	case EV_PANIC: snprintf(buf, size, "panic \"%s\"", e->text); break;
	case EV_DROP: snprintf(buf, size, "drop"); break;
	case EV_RETURN: snprintf(buf, size, "return %s", e->text); break;
	case EV_RESULT: snprintf(buf, size, "result %s", e->text); break;
	case EV_STEP_LIMIT: snprintf(buf, size, "step limit"); break;
	case EV_DEPTH_LIMIT: snprintf(buf, size, "call depth limit (%d)", INTERP_DEPTH_LIMIT); break;
	case EV_ABORT: snprintf(buf, size, "abort \"%s\"", e->text); break;
	case EV_ERROR: snprintf(buf, size, "error \"%s\"", e->text); break;
	default: snprintf(buf, size, "event %d", e->kind); break;
	}
}

void trace_print(const Trace *t, FILE *out)
{
	char buf[300];
	for (uint32_t i = 0; i < t->n; i++) {
		event_format(&t->ev[i], buf, sizeof buf);
		fprintf(out, "%s\n", buf);
	}
}

/* ---------------------------------------------------------------------- */
/* Interpreter state                                                      */
/* ---------------------------------------------------------------------- */

typedef struct Frame Frame;

/* A pre-transform future: the heap object a coroutine handle points to. */
typedef enum { CO_UNRESUMED, CO_RUNNING, CO_SUSPENDED, CO_RETURNED, CO_PANICKED, CO_DROPPED } CoState;
typedef struct CoroObj {
	uint32_t coro;
	uint64_t handle; /* address of the upvar allocation */
	Frame *frame;    /* the body's frame while started and not finished */
	BlockId yield_bb; /* CO_SUSPENDED: the block whose terminator is the yield */
	CoState state;
} CoroObj;

typedef struct Alloc {
	uint8_t *bytes;
	uint32_t size;
	uint8_t live;
	CoroObj *obj;
} Alloc;

struct Frame {
	const Fn *f;
	uint64_t *addr; /* per local; 0 until its first use */
	LocalId *used;  /* the locals that have memory, nused of them */
	uint32_t nused;
	BlockId bb;
	Frame *next_all; /* every live frame, for cleanup after a longjmp */
	Frame *prev_all;
};

typedef enum { R_RETURNED, R_YIELDED, R_UNWOUND, R_CORO_DROPPED } RunResult;

typedef struct Interp {
	const Module *m;
	Trace *trace;
	jmp_buf halt;
	uint64_t steps, step_limit;
	int depth;
	Alloc *allocs;
	uint32_t nallocs, capallocs;
	uint32_t *free_ids;
	uint32_t nfree, capfree;
	Frame *frames;
	RunOptions opts;
} Interp;

static _Noreturn void halt(Interp *I, EventKind k, const char *fmt, ...)
{
	char msg[200];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	trace_push(I->trace, k, 0, "%s", msg);
	longjmp(I->halt, 1);
}

#define FAIL(...) halt(I, EV_ERROR, __VA_ARGS__)

/* ---------------------------------------------------------------------- */
/* Memory                                                                 */
/* ---------------------------------------------------------------------- */

static uint64_t mem_alloc(Interp *I, uint32_t size)
{
	uint32_t id;
	if (I->nfree) {
		id = I->free_ids[--I->nfree];
	} else {
		if (I->nallocs == I->capallocs) {
			uint32_t cap = I->capallocs ? I->capallocs * 2 : 256;
			Alloc *a = realloc(I->allocs, cap * sizeof *a);
			if (!a)
				internal_error("out of memory");
			I->allocs = a;
			I->capallocs = cap;
		}
		if (I->nallocs == 0)
			I->allocs[I->nallocs++] = (Alloc){0}; /* id 0: null */
		id = I->nallocs++;
	}
	Alloc *a = &I->allocs[id];
	a->bytes = calloc(1, size ? size : 1);
	if (!a->bytes)
		internal_error("out of memory");
	a->size = size;
	a->live = 1;
	a->obj = NULL;
	return ADDR(id, 0);
}

static void mem_free(Interp *I, uint64_t addr)
{
	uint32_t id = ALLOC_ID(addr);
	if (id == 0 || id >= I->nallocs || !I->allocs[id].live)
		FAIL("free of an invalid address");
	Alloc *a = &I->allocs[id];
	free(a->bytes);
	free(a->obj);
	memset(a, 0, sizeof *a);
	if (I->nfree == I->capfree) {
		uint32_t cap = I->capfree ? I->capfree * 2 : 256;
		uint32_t *f = realloc(I->free_ids, cap * sizeof *f);
		if (!f)
			internal_error("out of memory");
		I->free_ids = f;
		I->capfree = cap;
	}
	I->free_ids[I->nfree++] = id;
}

/* Pointer to size bytes at addr, or halt with an error. */
static uint8_t *mem_at(Interp *I, uint64_t addr, uint32_t size)
{
	uint32_t id = ALLOC_ID(addr), off = ALLOC_OFF(addr);
	if (id == 0 || id >= I->nallocs)
		FAIL("access to an invalid address 0x%" PRIx64, addr);
	Alloc *a = &I->allocs[id];
	if (!a->live)
		FAIL("access to freed memory");
	if ((uint64_t)off + size > a->size)
		FAIL("out-of-bounds access: %" PRIu32 " bytes at offset %" PRIu32 " of a %" PRIu32 "-byte object",
		     size, off, a->size);
	return a->bytes + off;
}

static uint64_t mem_read(Interp *I, uint64_t addr, uint32_t size)
{
	if (size > 8)
		FAIL("scalar read of %" PRIu32 " bytes", size);
	uint8_t *p = mem_at(I, addr, size);
	uint64_t v = 0;
	for (uint32_t i = 0; i < size; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

static void mem_write(Interp *I, uint64_t addr, uint32_t size, uint64_t v)
{
	if (size > 8)
		FAIL("scalar write of %" PRIu32 " bytes", size);
	uint8_t *p = mem_at(I, addr, size);
	for (uint32_t i = 0; i < size; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

static void mem_copy(Interp *I, uint64_t dst, uint64_t src, uint32_t size)
{
	if (size == 0) {
		mem_at(I, dst, 0);
		mem_at(I, src, 0);
		return;
	}
	uint8_t *d = mem_at(I, dst, size);
	uint8_t *s = mem_at(I, src, size);
	memmove(d, s, size);
}

/* ---------------------------------------------------------------------- */
/* Types: sizes as type.c computes them, but a coroutine without a Layout  */
/* is an 8-byte handle.                                                   */
/* ---------------------------------------------------------------------- */

static const Type *ty_get(Interp *I, TypeId t)
{
	if (t >= I->m->ntypes)
		FAIL("type id %" PRIu32 " out of range", t);
	return &I->m->types[t];
}

static const Coroutine *ty_coro(Interp *I, const Type *ty)
{
	if (ty->coro >= I->m->ncoros)
		FAIL("coroutine id %" PRIu32 " out of range", ty->coro);
	return &I->m->coros[ty->coro];
}

static uint32_t round_up(uint32_t x, uint32_t a)
{
	return a ? (x + a - 1) / a * a : x;
}

static uint32_t isize_of(Interp *I, TypeId t);
static uint32_t ialign_of(Interp *I, TypeId t);

static int is_int_kind(uint8_t k) { return k >= TY_U8 && k <= TY_ISIZE; }
static int is_signed_kind(uint8_t k) { return k >= TY_I8 && k <= TY_ISIZE; }

/* Mirrors type.c: tuple fields by decreasing alignment (stable). */
static void tuple_layout(Interp *I, const Type *ty, uint32_t off[2], uint32_t *size, uint32_t *align)
{
	TypeId f[2] = {ty->a, ty->b};
	uint32_t al[2] = {ialign_of(I, f[0]), ialign_of(I, f[1])};
	int first = al[1] > al[0] ? 1 : 0;
	off[first] = 0;
	off[1 - first] = round_up(isize_of(I, f[first]), al[1 - first]);
	uint32_t a = al[0] > al[1] ? al[0] : al[1];
	*align = a;
	*size = round_up(off[1 - first] + isize_of(I, f[1 - first]), a);
}

/* Poll<T>: unit/never payload: one tag byte; bool: niche (2 = Pending);
 * else u8 tag at 0 (0 Ready, 1 Pending) and the payload at align(T). */
static void poll_layout(Interp *I, TypeId payload, uint32_t *size, uint32_t *align, uint32_t *poff)
{
	uint8_t k = ty_get(I, payload)->kind;
	if (k == TY_UNIT || k == TY_NEVER || k == TY_BOOL) {
		*size = 1, *align = 1, *poff = 0;
	} else {
		uint32_t a = ialign_of(I, payload);
		*poff = a;
		*align = a;
		*size = round_up(a + isize_of(I, payload), a);
	}
}

static uint32_t isize_of(Interp *I, TypeId t)
{
	const Type *ty = ty_get(I, t);
	uint32_t off[2], size, align;
	switch (ty->kind) {
	case TY_POLL: poll_layout(I, ty->a, &size, &align, off); return size;
	case TY_TUPLE: tuple_layout(I, ty, off, &size, &align); return size;
	case TY_CORO: {
		const Coroutine *c = ty_coro(I, ty);
		return c->layout ? c->layout->size : 8;
	}
	case TY_OPAQUE:
	case TY_ADT: FAIL("size of opaque type %s", ty->text ? ty->text : "?");
	default: return type_size(I->m, t);
	}
}

static uint32_t ialign_of(Interp *I, TypeId t)
{
	const Type *ty = ty_get(I, t);
	uint32_t off[2], size, align;
	switch (ty->kind) {
	case TY_POLL: poll_layout(I, ty->a, &size, &align, off); return align;
	case TY_TUPLE: tuple_layout(I, ty, off, &size, &align); return align;
	case TY_CORO: {
		const Coroutine *c = ty_coro(I, ty);
		return c->layout ? (c->layout->align ? c->layout->align : 1) : 8;
	}
	case TY_OPAQUE:
	case TY_ADT: FAIL("alignment of opaque type %s", ty->text ? ty->text : "?");
	default: return type_align(I->m, t);
	}
}

/* Offset of upvar i in a pre-transform coroutine object; *size = total. */
static uint32_t handle_upvar_offset(Interp *I, const Coroutine *c, uint32_t i, uint32_t *total)
{
	uint32_t off = 0, res = 0;
	for (uint32_t k = 0; k < c->nupvars; k++) {
		off = round_up(off, ialign_of(I, c->upvars[k].ty));
		if (k == i)
			res = off;
		off += isize_of(I, c->upvars[k].ty);
	}
	if (total)
		*total = off;
	return res;
}

/* The Poll helpers take the payload type T of Poll<T>. */
static uint32_t poll_payload_offset(Interp *I, TypeId payload)
{
	uint32_t size, align, poff;
	poll_layout(I, payload, &size, &align, &poff);
	return poff;
}

/* Poll discriminant: 0 Ready, 1 Pending. */
static uint64_t poll_read_discr(Interp *I, uint64_t addr, TypeId payload)
{
	uint8_t k = ty_get(I, payload)->kind;
	uint64_t b = mem_read(I, addr, 1);
	if (k == TY_BOOL) {
		if (b > 2)
			FAIL("invalid Poll<bool> byte %" PRIu64, b);
		return b == 2;
	}
	if (b > 1)
		FAIL("invalid Poll tag %" PRIu64, b);
	return b;
}

static void poll_write_discr(Interp *I, uint64_t addr, TypeId payload, uint64_t v)
{
	uint8_t k = ty_get(I, payload)->kind;
	if (v > 1)
		FAIL("Poll has no variant %" PRIu64, v);
	if (k == TY_BOOL) {
		if (v == 1)
			mem_write(I, addr, 1, 2);
		else if (mem_read(I, addr, 1) == 2)
			mem_write(I, addr, 1, 0);
		return;
	}
	mem_write(I, addr, 1, v);
}

/* ---------------------------------------------------------------------- */
/* Value formatting (trace text)                                          */
/* ---------------------------------------------------------------------- */

static void fmt_int(uint64_t v, uint8_t kind, uint32_t size, char *buf, size_t n)
{
	if (is_signed_kind(kind)) {
		int64_t s = size >= 8 ? (int64_t)v : (int64_t)(v << (64 - 8 * size)) >> (64 - 8 * size);
		snprintf(buf, n, "%" PRId64, s);
	} else {
		snprintf(buf, n, "%" PRIu64, v);
	}
}

static void fmt_value(Interp *I, uint64_t addr, TypeId t, char *buf, size_t n)
{
	const Type *ty = ty_get(I, t);
	switch (ty->kind) {
	case TY_UNIT: snprintf(buf, n, "()"); return;
	case TY_BOOL: {
		uint64_t b = mem_read(I, addr, 1);
		snprintf(buf, n, b == 0 ? "false" : b == 1 ? "true" : "<invalid bool %" PRIu64 ">", b);
		return;
	}
	case TY_GUARD: snprintf(buf, n, "Guard(%" PRIu64 ")", mem_read(I, addr, 4)); return;
	case TY_YIELDNOW: snprintf(buf, n, "YieldNow"); return;
	case TY_TUPLE: {
		uint32_t off[2], size, align;
		char a[96], b[96];
		tuple_layout(I, ty, off, &size, &align);
		fmt_value(I, addr + off[0], ty->a, a, sizeof a);
		fmt_value(I, addr + off[1], ty->b, b, sizeof b);
		snprintf(buf, n, "(%.80s, %.80s)", a, b);
		return;
	}
	case TY_POLL: {
		if (poll_read_discr(I, addr, ty->a)) {
			snprintf(buf, n, "Pending");
		} else {
			char a[160];
			fmt_value(I, addr + poll_payload_offset(I, ty->a), ty->a, a, sizeof a);
			snprintf(buf, n, "Ready(%s)", a);
		}
		return;
	}
	case TY_CORO: snprintf(buf, n, "<future>"); return;
	case TY_REF: case TY_REFMUT: case TY_RAWMUT: case TY_PIN: case TY_RESUMETY:
		snprintf(buf, n, "<pointer>");
		return;
	default:
		if (is_int_kind(ty->kind)) {
			uint32_t size = isize_of(I, t);
			fmt_int(mem_read(I, addr, size), ty->kind, size, buf, n);
			return;
		}
		snprintf(buf, n, "<%u>", ty->kind);
	}
}

/* ---------------------------------------------------------------------- */
/* Frames                                                                 */
/* ---------------------------------------------------------------------- */

static Frame *frame_new(Interp *I, const Fn *f)
{
	if (f->nlocals == 0)
		FAIL("fn %s has no return place", f->name);
	if (f->nargs >= f->nlocals)
		FAIL("fn %s: %" PRIu32 " arguments but %" PRIu32 " locals", f->name, f->nargs, f->nlocals);
	Frame *fr = calloc(1, sizeof *fr);
	uint64_t *addr = malloc(f->nlocals * (sizeof *addr + sizeof *fr->used));
	if (!fr || !addr)
		internal_error("out of memory");
	memset(addr, 0, f->nlocals * sizeof *addr);
	fr->f = f;
	fr->addr = addr;
	fr->used = (LocalId *)(addr + f->nlocals);
	fr->next_all = I->frames;
	if (I->frames)
		I->frames->prev_all = fr;
	I->frames = fr;
	/* locals get their memory at their first use (local_at): a resume fn
	 * with N states has O(N) locals, and one poll touches a few of them
	 * (allocating them all made `check` of N awaits cubic in N) */
	return fr;
}

/* The address of local l of fr, allocated (zero filled) at its first use. */
static uint64_t local_at(Interp *I, Frame *fr, LocalId l)
{
	if (!fr->addr[l]) {
		fr->addr[l] = mem_alloc(I, isize_of(I, fr->f->locals[l].ty));
		fr->used[fr->nused++] = l;
	}
	return fr->addr[l];
}

static void frame_free(Interp *I, Frame *fr)
{
	for (uint32_t i = 0; i < fr->nused; i++)
		mem_free(I, fr->addr[fr->used[i]]);
	if (fr->prev_all)
		fr->prev_all->next_all = fr->next_all;
	else
		I->frames = fr->next_all;
	if (fr->next_all)
		fr->next_all->prev_all = fr->prev_all;
	free(fr->addr);
	free(fr);
}

/* ---------------------------------------------------------------------- */
/* Places and operands                                                    */
/* ---------------------------------------------------------------------- */

/* Address of a place and its type. */
static uint64_t place_addr(Interp *I, Frame *fr, PlaceId pid, TypeId *tyout)
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
	for (uint32_t i = 0; i < p->nproj; i++) {
		const Proj *pe = &f->projs[p->proj + i];
		const Type *ty = ty_get(I, t);
		switch (pe->kind) {
		case PROJ_DEREF:
			if (ty->kind != TY_REF && ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT)
				FAIL("fn %s: deref of a non-pointer", f->name);
			addr = mem_read(I, addr, 8);
			t = ty->a;
			variant = NO_ID;
			break;
		case PROJ_DOWNCAST:
			variant = pe->index;
			break;
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
	return addr;
}

static TypeId operand_type(Interp *I, Frame *fr, Operand o)
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
static void operand_store(Interp *I, Frame *fr, Operand o, uint64_t dst, uint32_t size)
{
	if (o.kind == OP_CONST) {
		if (o.v >= fr->f->nconsts)
			FAIL("fn %s: constant out of range", fr->f->name);
		const Const *c = &fr->f->consts[o.v];
		uint32_t csz = isize_of(I, c->ty);
		if (csz != size)
			FAIL("fn %s: constant of %" PRIu32 " bytes stored into %" PRIu32, fr->f->name, csz, size);
		mem_write(I, dst, size, c->bits);
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
static uint64_t operand_scalar(Interp *I, Frame *fr, Operand o, TypeId *tout)
{
	TypeId t = operand_type(I, fr, o);
	uint8_t k = ty_get(I, t)->kind;
	if (tout)
		*tout = t;
	if (o.kind == OP_CONST) {
		const Const *c = &fr->f->consts[o.v];
		uint32_t sz = isize_of(I, t);
		return sz >= 8 ? c->bits : c->bits & ((1ull << (8 * sz)) - 1);
	}
	if (!is_int_kind(k) && k != TY_BOOL && k != TY_UNIT)
		FAIL("fn %s: scalar operand of a non-scalar type", fr->f->name);
	return mem_read(I, place_addr(I, fr, o.v, NULL), isize_of(I, t));
}

/* ---------------------------------------------------------------------- */
/* Arithmetic                                                             */
/* ---------------------------------------------------------------------- */

static uint64_t trunc_bits(uint64_t v, int bits)
{
	return bits >= 64 ? v : v & ((1ull << bits) - 1);
}

static int64_t sext(uint64_t v, int bits)
{
	if (bits >= 64)
		return (int64_t)v;
	uint64_t m = 1ull << (bits - 1);
	v = trunc_bits(v, bits);
	return (int64_t)((v ^ m) - m);
}

static int sign_bit(uint64_t v, int bits)
{
	return (int)((v >> (bits - 1)) & 1);
}

/* result of a op b truncated to bits; *ovf set for Add/Sub/Mul overflow. */
static uint64_t arith(Interp *I, BinOp op, uint64_t a, uint64_t b, int bits, int sgn, int *ovf)
{
	uint64_t r;
	*ovf = 0;
	switch (op) {
	case BIN_ADD:
		r = trunc_bits(a + b, bits);
		*ovf = sgn ? (sign_bit(a, bits) == sign_bit(b, bits) && sign_bit(r, bits) != sign_bit(a, bits)) : r < a;
		return r;
	case BIN_SUB:
		r = trunc_bits(a - b, bits);
		*ovf = sgn ? (sign_bit(a, bits) != sign_bit(b, bits) && sign_bit(r, bits) != sign_bit(a, bits)) : b > a;
		return r;
	case BIN_MUL:
		r = trunc_bits(a * b, bits);
		if (!sgn) {
			*ovf = bits < 64 ? ((a * b) >> bits) != 0 || (a != 0 && b > (UINT64_MAX >> (64 - bits)) / a)
					 : (a != 0 && r / a != b);
		} else {
			int64_t x = sext(a, bits), y = sext(b, bits);
			if (bits <= 32) {
				int64_t p = x * y;
				*ovf = p != sext((uint64_t)p, bits);
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
		if (trunc_bits(b, bits) == 0)
			FAIL("%s by zero reached without its assert", op == BIN_DIV ? "division" : "remainder");
		if (sgn) {
			int64_t x = sext(a, bits), y = sext(b, bits);
			if (y == -1 && x == sext(1ull << (bits - 1), bits))
				FAIL("signed %s overflow reached without its assert", op == BIN_DIV ? "division" : "remainder");
			return trunc_bits((uint64_t)(op == BIN_DIV ? x / y : x % y), bits);
		}
		return op == BIN_DIV ? a / b : a % b;
	case BIN_BITXOR: return a ^ b;
	case BIN_BITAND: return a & b;
	case BIN_BITOR: return a | b;
	case BIN_SHL: return trunc_bits(a << (b & (uint64_t)(bits - 1)), bits);
	case BIN_SHR:
		if (sgn)
			return trunc_bits((uint64_t)(sext(a, bits) >> (b & (uint64_t)(bits - 1))), bits);
		return a >> (b & (uint64_t)(bits - 1));
	case BIN_EQ: return a == b;
	case BIN_NE: return a != b;
	case BIN_LT: return sgn ? sext(a, bits) < sext(b, bits) : a < b;
	case BIN_LE: return sgn ? sext(a, bits) <= sext(b, bits) : a <= b;
	case BIN_GT: return sgn ? sext(a, bits) > sext(b, bits) : a > b;
	case BIN_GE: return sgn ? sext(a, bits) >= sext(b, bits) : a >= b;
	default: FAIL("binary operator %d", op);
	}
}

static int scalar_bits(Interp *I, TypeId t)
{
	uint8_t k = ty_get(I, t)->kind;
	if (k == TY_BOOL)
		return 8;
	if (!is_int_kind(k))
		FAIL("arithmetic on a non-integer type");
	return (int)isize_of(I, t) * 8;
}

/* ---------------------------------------------------------------------- */
/* Panics, drops, calls                                                   */
/* ---------------------------------------------------------------------- */

static void panic_event(Interp *I, const char *msg)
{
	trace_push(I->trace, EV_PANIC, 0, "%s", msg);
}

static void enter(Interp *I)
{
	if (++I->depth > INTERP_DEPTH_LIMIT)
		halt(I, EV_DEPTH_LIMIT, "");
}

static RunResult run_frame(Interp *I, Frame *fr);
static int drop_value(Interp *I, uint64_t addr, TypeId t);

static CoroObj *handle_obj(Interp *I, uint64_t handle)
{
	uint32_t id = ALLOC_ID(handle);
	if (id != 0 && id < I->nallocs && !I->allocs[id].live)
		FAIL("use of a future after it was dropped (a double drop?)");
	if (id == 0 || id >= I->nallocs || !I->allocs[id].obj || ALLOC_OFF(handle) != 0)
		FAIL("invalid future handle");
	return I->allocs[id].obj;
}

/* Call fn f with argument bytes already evaluated into its frame by fill.
 * Returns 1 on a normal return (result copied to dst), 0 on unwinding. */
static int call_fn(Interp *I, const Fn *f, const uint64_t *argsrc, const TypeId *argty, uint32_t nargs, uint64_t dst,
		   uint32_t dstsize)
{
	if (f->kind == FN_CORO_BODY)
		FAIL("direct call of coroutine body %s", f->name);
	if (nargs != f->nargs)
		FAIL("call of %s with %" PRIu32 " arguments, expected %" PRIu32, f->name, nargs, f->nargs);
	enter(I);
	Frame *fr = frame_new(I, f);
	for (uint32_t i = 0; i < nargs; i++) {
		uint32_t sz = isize_of(I, f->locals[i + 1].ty);
		if (isize_of(I, argty[i]) != sz)
			FAIL("call of %s: argument %" PRIu32 " has the wrong size", f->name, i + 1);
		mem_copy(I, local_at(I, fr, i + 1), argsrc[i], sz);
	}
	fr->bb = 0;
	RunResult r = run_frame(I, fr);
	int ok = 0;
	if (r == R_RETURNED) {
		uint32_t sz = isize_of(I, f->locals[0].ty);
		if (dstsize != sz)
			FAIL("call of %s: result of %" PRIu32 " bytes stored into %" PRIu32, f->name, sz, dstsize);
		mem_copy(I, dst, local_at(I, fr, 0), sz);
		ok = 1;
	} else if (r != R_UNWOUND) {
		FAIL("fn %s: %s outside a coroutine body", f->name, r == R_YIELDED ? "yield" : "coroutine_drop");
	}
	frame_free(I, fr);
	I->depth--;
	return ok;
}

static const Coroutine *coro_of_type(Interp *I, TypeId t)
{
	const Type *ty = ty_get(I, t);
	if (ty->kind != TY_CORO)
		FAIL("not a coroutine type");
	return ty_coro(I, ty);
}

static const Fn *find_fn(Interp *I, const char *name, const char *what)
{
	const Fn *f = name ? module_find_fn(I->m, name) : NULL;
	if (!f)
		FAIL("%s %s not found", what, name ? name : "(unnamed)");
	return f;
}

/* Poll the future of coroutine type t at address fut (the pointee of the
 * Pin); store the Poll<T> at dst. 1 on return, 0 on unwinding. */
static uint32_t poll_size(Interp *I, TypeId payload)
{
	uint32_t size, align, poff;
	poll_layout(I, payload, &size, &align, &poff);
	return size;
}

static int poll_future(Interp *I, TypeId t, uint64_t fut, uint64_t ctx, uint64_t dst, TypeId payload)
{
	const Coroutine *c = coro_of_type(I, t);
	if (c->layout) {
		const Fn *rf = find_fn(I, c->resume, "resume fn of");
		uint64_t a = mem_alloc(I, 8), b = mem_alloc(I, 8);
		mem_write(I, a, 8, fut);
		mem_write(I, b, 8, ctx);
		uint64_t src[2] = {a, b};
		TypeId ty2[2] = {TY_PIN, TY_REFMUT};
		/* argument types only matter for their size (8 bytes each) */
		ty2[0] = rf->nargs >= 1 ? rf->locals[1].ty : TY_RESUMETY;
		ty2[1] = rf->nargs >= 2 ? rf->locals[2].ty : TY_RESUMETY;
		int ok = call_fn(I, rf, src, ty2, 2, dst, poll_size(I, payload));
		mem_free(I, a);
		mem_free(I, b);
		return ok;
	}
	CoroObj *o = handle_obj(I, mem_read(I, fut, 8));
	switch (o->state) {
	case CO_RETURNED:
	case CO_PANICKED:
		panic_event(I, assert_fmt[o->state == CO_RETURNED ? AK_RESUMED_AFTER_RETURN : AK_RESUMED_AFTER_PANIC]);
		if (I->m->panic_abort) /* the resume fn's assert is `unwind unreachable` */
			halt(I, EV_ABORT, "panic in a function that cannot unwind");
		return 0;
	case CO_RUNNING: FAIL("%s polled while it is running", c->name);
	case CO_DROPPED: FAIL("%s polled after it was dropped", c->name);
	default: break;
	}
	const Fn *body = find_fn(I, c->body, "body of");
	if (body->kind != FN_CORO_BODY || body->nargs != 2)
		FAIL("body %s of %s is not a coroutine body with 2 arguments", body->name, c->name);
	enter(I);
	if (o->state == CO_UNRESUMED) {
		o->frame = frame_new(I, body);
		if (isize_of(I, body->locals[1].ty) != 8 || isize_of(I, body->locals[2].ty) != 8)
			FAIL("body %s: arguments must be the coroutine and ResumeTy", body->name);
		mem_write(I, local_at(I, o->frame, 1), 8, o->handle);
		mem_write(I, local_at(I, o->frame, 2), 8, ctx);
		o->frame->bb = 0;
	} else { /* suspended: the resume argument is the new context */
		const Term *y = &body->blocks[o->yield_bb].term;
		TypeId rt;
		uint64_t ra = place_addr(I, o->frame, y->place, &rt);
		if (isize_of(I, rt) == 8)
			mem_write(I, ra, 8, ctx);
		o->frame->bb = y->target;
	}
	o->state = CO_RUNNING;
	Frame *fr = o->frame;
	RunResult r = run_frame(I, fr);
	int ok = 1;
	switch (r) {
	case R_YIELDED:
		o->state = CO_SUSPENDED;
		o->yield_bb = fr->bb;
		poll_write_discr(I, dst, payload, 1);
		break;
	case R_RETURNED: {
		uint32_t sz = isize_of(I, body->locals[0].ty);
		if (isize_of(I, payload) != sz)
			FAIL("%s returns %" PRIu32 " bytes into a Poll of %" PRIu32, body->name, sz, isize_of(I, payload));
		mem_copy(I, dst + poll_payload_offset(I, payload), local_at(I, fr, 0), sz);
		poll_write_discr(I, dst, payload, 0);
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
	case R_CORO_DROPPED:
		FAIL("%s: coroutine_drop reached while polling", body->name);
	}
	I->depth--;
	return ok;
}

/* Drop a pre-transform future through its handle. 1 ok, 0 unwinding. */
static int drop_handle(Interp *I, const Coroutine *c, uint64_t handle)
{
	CoroObj *o = handle_obj(I, handle);
	switch (o->state) {
	case CO_RUNNING: /* the body's own `drop(_1)`: its upvars */
		for (uint32_t i = 0; i < c->nupvars; i++)
			if (!drop_value(I, handle + handle_upvar_offset(I, c, i, NULL), c->upvars[i].ty))
				return 0;
		return 1;
	case CO_UNRESUMED:
		o->state = CO_RUNNING;
		for (uint32_t i = 0; i < c->nupvars; i++)
			if (!drop_value(I, handle + handle_upvar_offset(I, c, i, NULL), c->upvars[i].ty)) {
				o->state = CO_PANICKED;
				return 0;
			}
		break;
	case CO_SUSPENDED: {
		Frame *fr = o->frame;
		const Term *y = &fr->f->blocks[o->yield_bb].term;
		if (y->drop == NO_BLOCK)
			FAIL("yield without a drop edge in %s", fr->f->name);
		fr->bb = y->drop;
		o->state = CO_RUNNING;
		enter(I);
		RunResult r = run_frame(I, fr);
		I->depth--;
		o->frame = NULL;
		frame_free(I, fr);
		if (r == R_UNWOUND) {
			o->state = CO_PANICKED;
			return 0;
		}
		if (r != R_CORO_DROPPED)
			FAIL("%s: the drop path of a yield ended in %s", c->name, r == R_RETURNED ? "return" : "yield");
		break;
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

/* Drop glue of type t at addr. 1 ok, 0 unwinding. */
static int drop_value(Interp *I, uint64_t addr, TypeId t)
{
	const Type *ty = ty_get(I, t);
	switch (ty->kind) {
	case TY_GUARD: {
		char v[32];
		snprintf(v, sizeof v, "%" PRIu64, mem_read(I, addr, 4));
		trace_push(I->trace, EV_OBSERVE, 0, "%s", v);
		return 1;
	}
	case TY_TUPLE: {
		uint32_t off[2], size, align;
		tuple_layout(I, ty, off, &size, &align);
		return drop_value(I, addr + off[0], ty->a) && drop_value(I, addr + off[1], ty->b);
	}
	case TY_POLL:
		if (type_needs_drop(I->m, ty->a) && poll_read_discr(I, addr, ty->a) == 0)
			return drop_value(I, addr + poll_payload_offset(I, ty->a), ty->a);
		return 1;
	case TY_CORO: {
		const Coroutine *c = ty_coro(I, ty);
		if (!c->layout)
			return drop_handle(I, c, mem_read(I, addr, 8));
		const Fn *shim = find_fn(I, c->drop, "drop shim of");
		uint64_t a = mem_alloc(I, 8);
		mem_write(I, a, 8, addr);
		TypeId at = shim->nargs >= 1 ? shim->locals[1].ty : TY_RESUMETY;
		uint64_t dst = mem_alloc(I, 0);
		int ok = call_fn(I, shim, &a, &at, 1, dst, isize_of(I, shim->locals[0].ty));
		mem_free(I, a);
		mem_free(I, dst);
		return ok;
	}
	case TY_OPAQUE:
	case TY_ADT:
		FAIL("drop of opaque type %s", ty->text ? ty->text : "?");
	default:
		return 1;
	}
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

/* Execute a TK_CALL. 1 on normal return, 0 on unwinding. */
static int exec_call(Interp *I, Frame *fr, const Term *t)
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
		const Fn *callee = module_find_fn(I->m, name);
		if (callee) {
			ok = call_fn(I, callee, src, ty, t->nargs, dst, dsz);
		} else if (is_builtin(name, "yield_now") && t->nargs == 0) {
			if (ty_get(I, dty)->kind != TY_YIELDNOW)
				FAIL("yield_now() stored into a non-YieldNow place");
			mem_write(I, dst, 1, 0);
		} else if (is_builtin(name, "observe") && t->nargs == 1) {
			char v[40];
			fmt_value(I, src[0], ty[0], v, sizeof v);
			trace_push(I->trace, EV_OBSERVE, 0, "%s", v);
		} else if (is_builtin(name, "guard") && t->nargs == 1) {
			if (ty_get(I, dty)->kind != TY_GUARD || isize_of(I, ty[0]) != 4)
				FAIL("guard() with the wrong types");
			mem_copy(I, dst, src[0], 4);
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
		} else if (fty->kind == TY_CORO) {
			ok = poll_future(I, t->x, fut, ctx, dst, ty_get(I, dty)->a);
		} else {
			FAIL("fn %s: poll of a type that is not a future", f->name);
		}
		break;
	}
	case CALLEE_DROP_IN_PLACE:
		if (t->nargs != 1 || isize_of(I, ty[0]) != 8)
			FAIL("fn %s: drop_in_place with the wrong operands", f->name);
		ok = drop_value(I, mem_read(I, src[0], 8), t->x);
		break;
	default:
		FAIL("fn %s: callee kind %u", f->name, t->op);
	}
	for (uint32_t i = 0; i < t->nargs; i++)
		mem_free(I, src[i]);
	scratch_release(sm);
	return ok;
}

/* ---------------------------------------------------------------------- */
/* Statements                                                             */
/* ---------------------------------------------------------------------- */

static void exec_aggregate(Interp *I, Frame *fr, const Stmt *s, uint64_t dst, TypeId dty)
{
	const Fn *f = fr->f;
	uint32_t first = s->a.v, n = s->b.v;
	if ((uint64_t)first + n > f->nargsv)
		FAIL("fn %s: aggregate operands out of range", f->name);
	const Operand *ops = f->args ? f->args + first : NULL;
	const Type *ty = ty_get(I, s->x);
	switch (s->op) {
	case AGG_TUPLE:
		if (n == 0)
			return;
		if (n != 2 || ty_get(I, dty)->kind != TY_TUPLE)
			FAIL("fn %s: tuple aggregate of %" PRIu32 " operands", f->name, n);
		{
			const Type *tt = ty_get(I, dty);
			uint32_t off[2], size, align;
			tuple_layout(I, tt, off, &size, &align);
			operand_store(I, fr, ops[0], dst + off[0], isize_of(I, tt->a));
			operand_store(I, fr, ops[1], dst + off[1], isize_of(I, tt->b));
		}
		return;
	case AGG_POLL_READY:
	case AGG_POLL_PENDING:
		if (ty->kind != TY_POLL)
			FAIL("fn %s: Poll aggregate of a non-Poll type", f->name);
		if (s->op == AGG_POLL_READY) {
			if (n != 1)
				FAIL("fn %s: Ready with %" PRIu32 " operands", f->name, n);
			operand_store(I, fr, ops[0], dst + poll_payload_offset(I, ty->a), isize_of(I, ty->a));
			poll_write_discr(I, dst, ty->a, 0);
		} else {
			poll_write_discr(I, dst, ty->a, 1);
		}
		return;
	case AGG_CORO: {
		if (ty->kind != TY_CORO)
			FAIL("fn %s: coroutine aggregate of a non-coroutine type", f->name);
		const Coroutine *c = ty_coro(I, ty);
		if (n != c->nupvars)
			FAIL("fn %s: %s built with %" PRIu32 " upvars, it has %" PRIu32, f->name, c->name, n, c->nupvars);
		if (c->layout) {
			const Layout *l = c->layout;
			if (!l->upvar_offset && c->nupvars)
				FAIL("%s: layout without upvar offsets", c->name);
			for (uint32_t i = 0; i < n; i++)
				operand_store(I, fr, ops[i], dst + l->upvar_offset[i], isize_of(I, c->upvars[i].ty));
			if (l->tag_size > 8)
				FAIL("%s: tag of %" PRIu32 " bytes", c->name, l->tag_size);
			mem_write(I, dst + l->tag_offset, l->tag_size, STATE_UNRESUMED);
			return;
		}
		uint32_t total;
		handle_upvar_offset(I, c, 0, &total);
		/* evaluate the upvars before the destination is overwritten */
		uint64_t obj = mem_alloc(I, total);
		for (uint32_t i = 0; i < n; i++)
			operand_store(I, fr, ops[i], obj + handle_upvar_offset(I, c, i, NULL), isize_of(I, c->upvars[i].ty));
		CoroObj *o = calloc(1, sizeof *o);
		if (!o)
			internal_error("out of memory");
		o->coro = ty->coro;
		o->handle = obj;
		o->state = CO_UNRESUMED;
		I->allocs[ALLOC_ID(obj)].obj = o;
		mem_write(I, dst, 8, obj);
		return;
	}
	default:
		FAIL("fn %s: aggregate kind %u", f->name, s->op);
	}
}

static void exec_assign(Interp *I, Frame *fr, const Stmt *s)
{
	TypeId dty;
	uint64_t dst = place_addr(I, fr, s->place, &dty);
	uint32_t dsz = isize_of(I, dty);
	switch (s->rv) {
	case RV_USE:
		operand_store(I, fr, s->a, dst, dsz);
		return;
	case RV_BINARY:
	case RV_CHECKED: {
		TypeId ta, tb;
		uint64_t a = operand_scalar(I, fr, s->a, &ta), b = operand_scalar(I, fr, s->b, &tb);
		int bits = scalar_bits(I, ta), ovf;
		if (s->op >= NBINOPS)
			FAIL("binary operator %u", s->op);
		int sgn = type_is_signed(I->m, ta);
		uint64_t r = arith(I, (BinOp)s->op, a, b, bits, sgn, &ovf);
		if (s->rv == RV_BINARY) {
			mem_write(I, dst, dsz, r);
			return;
		}
		const Type *tt = ty_get(I, dty);
		if (tt->kind != TY_TUPLE)
			FAIL("checked operation into a non-tuple place");
		uint32_t off[2], size, align;
		tuple_layout(I, tt, off, &size, &align);
		mem_write(I, dst + off[0], isize_of(I, tt->a), r);
		mem_write(I, dst + off[1], 1, (uint64_t)ovf);
		return;
	}
	case RV_UNARY: {
		TypeId ta;
		uint64_t a = operand_scalar(I, fr, s->a, &ta);
		if (ty_get(I, ta)->kind == TY_BOOL)
			mem_write(I, dst, dsz, s->op == UN_NOT ? !a : a);
		else
			mem_write(I, dst, dsz, trunc_bits(s->op == UN_NOT ? ~a : 0 - a, scalar_bits(I, ta)));
		return;
	}
	case RV_CAST: {
		TypeId ta;
		uint64_t a = operand_scalar(I, fr, s->a, &ta);
		int bits = scalar_bits(I, ta);
		uint64_t v = type_is_signed(I->m, ta) ? (uint64_t)sext(a, bits) : a;
		if (!is_int_kind(ty_get(I, dty)->kind))
			FAIL("cast to a non-integer type");
		mem_write(I, dst, dsz, trunc_bits(v, (int)dsz * 8));
		return;
	}
	case RV_AGGREGATE:
		exec_aggregate(I, fr, s, dst, dty);
		return;
	case RV_DISCR: {
		TypeId st;
		uint64_t src = place_addr(I, fr, s->a.v, &st);
		const Type *ty = ty_get(I, st);
		uint64_t v;
		if (ty->kind == TY_POLL) {
			v = poll_read_discr(I, src, ty->a);
		} else if (ty->kind == TY_CORO && ty_coro(I, ty)->layout) {
			const Layout *l = ty_coro(I, ty)->layout;
			v = mem_read(I, src + l->tag_offset, l->tag_size);
		} else {
			FAIL("discriminant of a type without variants");
		}
		mem_write(I, dst, dsz, v);
		return;
	}
	case RV_REF:
	case RV_REFMUT:
		mem_write(I, dst, dsz, place_addr(I, fr, s->a.v, NULL));
		return;
	default:
		FAIL("rvalue kind %u", s->rv);
	}
}

static void exec_stmt(Interp *I, Frame *fr, const Stmt *s)
{
	switch (s->kind) {
	case ST_ASSIGN:
		exec_assign(I, fr, s);
		return;
	case ST_SET_DISCR: {
		TypeId t;
		uint64_t a = place_addr(I, fr, s->place, &t);
		const Type *ty = ty_get(I, t);
		if (ty->kind == TY_POLL) {
			poll_write_discr(I, a, ty->a, s->x);
		} else if (ty->kind == TY_CORO && ty_coro(I, ty)->layout) {
			const Layout *l = ty_coro(I, ty)->layout;
			if (s->x >= l->nvariants)
				FAIL("discriminant set to %" PRIu32 ", %s has %" PRIu32 " variants", s->x,
				     ty_coro(I, ty)->name, l->nvariants);
			mem_write(I, a + l->tag_offset, l->tag_size, s->x);
		} else {
			FAIL("set discriminant of a type without variants");
		}
		return;
	}
	case ST_STORAGE_LIVE:
	case ST_STORAGE_DEAD:
		if (s->x >= fr->f->nlocals)
			FAIL("storage marker of local _%" PRIu32 " out of range", s->x);
		return;
	case ST_PLACE_MENTION:
	case ST_NOP:
		return;
	default:
		FAIL("statement kind %u", s->kind);
	}
}

/* ---------------------------------------------------------------------- */
/* Terminators and the block loop                                         */
/* ---------------------------------------------------------------------- */

static void fmt_assert_msg(Interp *I, Frame *fr, const Term *t, char *buf, size_t n)
{
	const Fn *f = fr->f;
	char fmt[160];
	if (t->msg >= NASSERTKINDS)
		FAIL("assert kind %u", t->msg);
	const char *arg = t->msg == AK_OVERFLOW ? (t->x < NBINOPS ? binop_symbol[t->x] : "?") : "";
	snprintf(fmt, sizeof fmt, assert_fmt[t->msg], arg);
	size_t o = 0;
	uint32_t k = 0;
	for (const char *p = fmt; *p && o + 1 < n; p++) {
		if (p[0] == '{' && p[1] == '}' && k < t->nargs) {
			char v[64];
			Operand op = f->args[t->args + k++];
			TypeId ty = operand_type(I, fr, op);
			uint64_t tmp = mem_alloc(I, isize_of(I, ty));
			operand_store(I, fr, op, tmp, isize_of(I, ty));
			fmt_value(I, tmp, ty, v, sizeof v);
			mem_free(I, tmp);
			o += (size_t)snprintf(buf + o, n - o, "%s", v);
			if (o >= n)
				o = n - 1;
			p++;
		} else {
			buf[o++] = *p;
		}
	}
	buf[o] = 0;
}

/* Continue at the unwind edge of t after a panic. Returns 0 when the
 * frame itself unwinds (UW_CONTINUE), 1 when it continues at a cleanup block. */
static int take_unwind(Interp *I, Frame *fr, const Term *t)
{
	switch (t->unwind) {
	case UW_CLEANUP:
		if (t->unwind_bb >= fr->f->nblocks)
			FAIL("fn %s: unwind target out of range", fr->f->name);
		fr->bb = t->unwind_bb;
		return 1;
	case UW_CONTINUE:
		return 0;
	case UW_UNREACHABLE:
		halt(I, EV_ABORT, "panic in a function that cannot unwind");
	case UW_TERMINATE:
		halt(I, EV_ABORT, "panic in a cleanup path");
	default:
		FAIL("fn %s: unwind action %u", fr->f->name, t->unwind);
	}
}

static void step(Interp *I)
{
	if (++I->steps > I->step_limit)
		halt(I, EV_STEP_LIMIT, "");
}

static void goto_block(Interp *I, Frame *fr, BlockId b)
{
	if (b >= fr->f->nblocks)
		FAIL("fn %s: jump to bb%" PRIu32 ", which does not exist", fr->f->name, b);
	fr->bb = b;
}

/* Run fr from fr->bb until it returns, yields, unwinds out or finishes its
 * coroutine drop path. On R_YIELDED fr->bb is the yielding block. */
static RunResult run_frame(Interp *I, Frame *fr)
{
	const Fn *f = fr->f;
	for (;;) {
		if (fr->bb >= f->nblocks)
			FAIL("fn %s: bb%" PRIu32 " does not exist", f->name, fr->bb);
		const Block *b = &f->blocks[fr->bb];
		for (uint32_t i = 0; i < b->nstmts; i++) {
			step(I);
			exec_stmt(I, fr, &b->stmts[i]);
		}
		step(I);
		if (!b->has_term)
			FAIL("fn %s: bb%" PRIu32 " has no terminator", f->name, fr->bb);
		const Term *t = &b->term;
		switch (t->kind) {
		case TK_GOTO:
			goto_block(I, fr, t->target);
			break;
		case TK_SWITCH: {
			uint64_t v = operand_scalar(I, fr, t->a, NULL);
			if ((uint64_t)t->args + t->nargs > f->narms)
				FAIL("fn %s: switch arms out of range", f->name);
			BlockId to = t->target;
			for (uint32_t i = 0; i < t->nargs; i++)
				if (f->arms[t->args + i].value == v) {
					to = f->arms[t->args + i].target;
					break;
				}
			goto_block(I, fr, to);
			break;
		}
		case TK_RETURN:
			return R_RETURNED;
		case TK_CALL:
			if (!exec_call(I, fr, t)) {
				if (!take_unwind(I, fr, t))
					return R_UNWOUND;
				break;
			}
			if (t->target == NO_BLOCK)
				FAIL("fn %s: a diverging call returned", f->name);
			goto_block(I, fr, t->target);
			break;
		case TK_YIELD:
			if (f->kind != FN_CORO_BODY)
				FAIL("fn %s: yield outside a coroutine body", f->name);
			if (t->target >= f->nblocks)
				FAIL("fn %s: yield resume target out of range", f->name);
			{
				TypeId yt = operand_type(I, fr, t->a); /* evaluate the yielded value's place */
				(void)yt;
			}
			return R_YIELDED;
		case TK_DROP: {
			TypeId dt;
			uint64_t a = place_addr(I, fr, t->place, &dt);
			if (!drop_value(I, a, dt)) {
				if (!take_unwind(I, fr, t))
					return R_UNWOUND;
				break;
			}
			goto_block(I, fr, t->target);
			break;
		}
		case TK_ASSERT: {
			uint64_t c = operand_scalar(I, fr, t->a, NULL);
			if ((c != 0) == (t->op != 0)) {
				goto_block(I, fr, t->target);
				break;
			}
			if ((uint64_t)t->args + t->nargs > f->nargsv)
				FAIL("fn %s: assert operands out of range", f->name);
			char msg[200];
			fmt_assert_msg(I, fr, t, msg, sizeof msg);
			panic_event(I, msg);
			if (!take_unwind(I, fr, t))
				return R_UNWOUND;
			break;
		}
		case TK_UNREACHABLE:
			FAIL("fn %s: unreachable executed (bb%" PRIu32 ")", f->name, fr->bb);
		case TK_RESUME:
			if (!b->cleanup)
				FAIL("fn %s: resume in a non-cleanup block", f->name);
			return R_UNWOUND;
		case TK_COROUTINE_DROP:
			if (f->kind != FN_CORO_BODY)
				FAIL("fn %s: coroutine_drop outside a coroutine body", f->name);
			return R_CORO_DROPPED;
		default:
			FAIL("fn %s: terminator kind %u", f->name, t->kind);
		}
	}
}

/* ---------------------------------------------------------------------- */
/* The executor                                                           */
/* ---------------------------------------------------------------------- */

static void interp_cleanup(Interp *I)
{
	while (I->frames) {
		Frame *fr = I->frames;
		I->frames = fr->next_all;
		free(fr->addr);
		free(fr);
	}
	for (uint32_t i = 0; i < I->nallocs; i++) {
		free(I->allocs[i].bytes);
		free(I->allocs[i].obj);
	}
	free(I->allocs);
	free(I->free_ids);
}

static void fmt_poll(Interp *I, uint64_t poll, TypeId payload, char *buf, size_t n)
{
	if (poll_read_discr(I, poll, payload)) {
		snprintf(buf, n, "Pending");
	} else {
		char a[160];
		fmt_value(I, poll + poll_payload_offset(I, payload), payload, a, sizeof a);
		snprintf(buf, n, "Ready(%s)", a);
	}
}

/* The body of interp_run, after setjmp. */
static void execute(Interp *I, const Fn *f, const uint64_t *args, uint32_t nargs, const RunOptions *o)
{
	Trace *tr = I->trace;
	if (f->kind != FN_SYNC)
		FAIL("entry %s is not a plain fn", f->name);
	if (nargs != f->nargs)
		FAIL("entry %s takes %" PRIu32 " arguments, %" PRIu32 " given", f->name, f->nargs, nargs);
	if (f->nlocals == 0)
		FAIL("fn %s has no return place", f->name);
	uint64_t *src = scratch_alloc_uninit(((size_t)nargs + 1) * sizeof *src);
	TypeId *ty = scratch_alloc_uninit(((size_t)nargs + 1) * sizeof *ty);
	for (uint32_t i = 0; i < nargs; i++) {
		ty[i] = f->locals[i + 1].ty;
		uint32_t sz = isize_of(I, ty[i]);
		src[i] = mem_alloc(I, sz);
		mem_write(I, src[i], sz > 8 ? 8 : sz, args[i]);
	}
	TypeId rt = f->locals[0].ty;
	uint32_t rsz = isize_of(I, rt);
	uint64_t fut = mem_alloc(I, rsz);
	int ok = call_fn(I, f, src, ty, nargs, fut, rsz);
	char buf[180];
	if (!ok) {
		trace_push(tr, EV_RESULT, 0, "panicked");
		return;
	}
	if (ty_get(I, rt)->kind != TY_CORO) {
		fmt_value(I, fut, rt, buf, sizeof buf);
		trace_push(tr, EV_RETURN, 0, "%s", buf);
		trace_push(tr, EV_RESULT, 0, "%s", buf);
		return;
	}
	const Coroutine *c = coro_of_type(I, rt);
	TypeId out = c->output;
	uint64_t ctx = mem_alloc(I, 1);
	uint64_t poll = mem_alloc(I, poll_size(I, out));
	enum { PENDING, READY, PANICKED } st = PENDING;
	char result[180] = "cancelled";
	while (st == PENDING && (o->cancel_after < 0 || tr->polls < (uint32_t)o->cancel_after)) {
		tr->polls++;
		if (!poll_future(I, rt, fut, ctx, poll, out)) {
			st = PANICKED;
			tr->done_at_poll = tr->polls;
			trace_push(tr, EV_POLL, tr->polls, "panicked");
			snprintf(result, sizeof result, "panicked");
			break;
		}
		fmt_poll(I, poll, out, buf, sizeof buf);
		trace_push(tr, EV_POLL, tr->polls, "%s", buf);
		if (poll_read_discr(I, poll, out) == 0) {
			st = READY;
			tr->done_at_poll = tr->polls;
			snprintf(result, sizeof result, "%s", buf);
		}
	}
	if (st != PENDING && o->repoll) {
		if (!poll_future(I, rt, fut, ctx, poll, out)) {
			trace_push(tr, EV_REPOLL, 0, "panicked");
		} else {
			fmt_poll(I, poll, out, buf, sizeof buf);
			trace_push(tr, EV_REPOLL, 0, "%s", buf);
		}
	}
	trace_push(tr, EV_DROP, 0, NULL);
	if (!drop_value(I, fut, rt)) {
		trace_push(tr, EV_RESULT, 0, "panicked in drop");
		return;
	}
	trace_push(tr, EV_RESULT, 0, "%s", result);
}

int interp_run(const Module *m, const char *entry, const uint64_t *args, uint32_t nargs, const RunOptions *o,
	       Trace *t)
{
	static const RunOptions defaults = {-1, 0, 0};
	Interp *I = calloc(1, sizeof *I);
	if (!I)
		internal_error("out of memory");
	I->m = m;
	I->trace = t;
	I->opts = o ? *o : defaults;
	I->step_limit = I->opts.step_limit ? I->opts.step_limit : INTERP_STEP_LIMIT;
	int rc = 0;
	ScratchMark sm = scratch_mark();
	const Fn *f = module_find_fn(m, entry);
	if (!f) {
		trace_push(t, EV_ERROR, 0, "no fn named %s", entry);
		rc = -1;
	} else if (setjmp(I->halt) == 0) {
		execute(I, f, args, nargs, &I->opts);
	} else {
		rc = -1;
	}
	scratch_release(sm);
	interp_cleanup(I);
	free(I);
	return rc;
}
