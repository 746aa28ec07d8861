/* interp_mem.c — the interpreter's traces, memory (allocations, bounds-checked reads and
 * writes), type sizes and layouts as the interpreter sees them, and values as text. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"

/* ---------------------------------------------------------------------- */
/* Traces                                                                 */
/* ---------------------------------------------------------------------- */

static char no_text[1];       /* "": an event without text (not freed) */
static uint64_t next_log_id; /* TraceLog.id */

static void event_text_free(Event *e)
{
	if (e->text != no_text)
		free((char *)e->text);
}

void trace_init(Trace *t)
{
	memset(t, 0, sizeof *t);
}

static void log_release(TraceLog *l)
{
	if (!l || __atomic_sub_fetch(&l->refs, 1, __ATOMIC_ACQ_REL) != 0)
		return;
	for (uint32_t i = 0; i < l->n; i++)
		event_text_free(&l->ev[i]);
	free(l->ev);
	free(l);
}

void trace_free(Trace *t)
{
	for (uint32_t i = t->nlog; i < t->n; i++)
		event_text_free(&t->ev[i - t->nlog]);
	free(t->ev);
	log_release(t->log);
	memset(t, 0, sizeof *t);
}

static void *grow(void *p, uint32_t *cap, size_t size)
{
	uint32_t c = *cap ? *cap * 2 : 16;
	if (c <= *cap)
		internal_error("out of memory: a trace of more than 2^32 events");
	p = realloc(p, (size_t)c * size);
	if (!p)
		internal_error("out of memory");
	*cap = c;
	return p;
}

void trace_push(Trace *t, EventKind k, uint32_t n, const char *fmt, ...)
{
	if (t->n == UINT32_MAX)
		internal_error("out of memory: a trace of more than 2^32 events");
	if (t->n - t->nlog == t->cap)
		t->ev = grow(t->ev, &t->cap, sizeof *t->ev);
	Event *e = &t->ev[t->n - t->nlog];
	t->n++;
	e->kind = (uint8_t)k;
	e->n = n;
	e->text = no_text;
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		e->text = vprintf_alloc(fmt, ap);
		va_end(ap);
	}
}

void trace_share(Trace *t, Trace *c)
{
	uint32_t own = t->n - t->nlog;
	if (own || !t->log) {
		TraceLog *l = t->log;
		if (!l || t->nlog != l->n) {
			/* no log of its own to append to (a copy's own events after its prefix):
			 * a new log holding a copy of the shared prefix */
			TraceLog *m = calloc(1, sizeof *m);
			if (!m)
				internal_error("out of memory");
			m->refs = 1;
			m->id = __atomic_add_fetch(&next_log_id, 1, __ATOMIC_RELAXED);
			for (uint32_t i = 0; i < t->nlog; i++) {
				if (m->n == m->cap)
					m->ev = grow(m->ev, &m->cap, sizeof *m->ev);
				Event e = l->ev[i];
				if (e.text != no_text) {
					char *s = str_dup(e.text);
					e.text = s;
				}
				m->ev[m->n++] = e;
			}
			log_release(l);
			t->log = l = m;
		}
		while (l->cap - l->n < own)
			l->ev = grow(l->ev, &l->cap, sizeof *l->ev);
		if (own)
			memcpy(l->ev + l->n, t->ev, (size_t)own * sizeof *t->ev);
		l->n += own;
		t->nlog = t->n;
		free(t->ev);
		t->ev = NULL;
		t->cap = 0;
	}
	*c = *t;
	c->ev = NULL;
	c->cap = 0;
	__atomic_add_fetch(&t->log->refs, 1, __ATOMIC_ACQ_REL);
}

/* One trace line (no newline), whole: every printer of events goes through it. */
static void event_put(const Event *e, StrBuf *b)
{
	switch (e->kind) {
	case EV_POLL: strbuf_printf(b, "poll %" PRIu32 " -> %s", e->n, e->text); break;
	case EV_REPOLL: strbuf_printf(b, "repoll -> %s", e->text); break;
	case EV_OBSERVE: strbuf_printf(b, "observe %s", e->text); break;
	case EV_PANIC: strbuf_printf(b, "panic \"%s\"", e->text); break;
	case EV_DROP: strbuf_printf(b, "drop"); break;
	case EV_RETURN: strbuf_printf(b, "return %s", e->text); break;
	case EV_RESULT: strbuf_printf(b, "result %s", e->text); break;
	case EV_STEP_LIMIT: strbuf_printf(b, "step limit"); break;
	case EV_DEPTH_LIMIT: strbuf_printf(b, "call depth limit (%d)", INTERP_DEPTH_LIMIT); break;
	case EV_ABORT: strbuf_printf(b, "abort \"%s\"", e->text); break;
	case EV_ERROR: strbuf_printf(b, "error \"%s\"", e->text); break;
	case EV_EXTERN: strbuf_printf(b, "extern %s", e->text); break;
	default: strbuf_printf(b, "event %d", e->kind); break;
	}
}

void event_format(const Event *e, char *buf, size_t size)
{
	StrBuf b = {0};
	event_put(e, &b);
	snprintf(buf, size, "%s", b.s);
	strbuf_free(&b);
}

char *event_text(const Event *e)
{
	StrBuf b = {0};
	event_put(e, &b);
	return b.s;
}

void trace_print(const Trace *t, FILE *out)
{
	StrBuf b = {0};
	for (uint32_t i = 0; i < t->n; i++) {
		b.n = 0;
		event_put(trace_ev(t, i), &b);
		fprintf(out, "%s\n", b.s);
	}
	strbuf_free(&b);
}

_Noreturn void interp_halt(Interp *I, EventKind k, const char *fmt, ...)
{
	/* the message whole (it was cut to 200 bytes: a long fn name pushed the cause out) */
	va_list ap;
	va_start(ap, fmt);
	char *msg = vprintf_alloc(fmt, ap);
	va_end(ap);
	trace_push(I->trace, k, 0, "%s", msg);
	free(msg);
	longjmp(I->halt, 1);
}

/* ---------------------------------------------------------------------- */
/* Memory                                                                 */
/* ---------------------------------------------------------------------- */

/* Sparse allocations (ALLOC_SPARSE_MIN bytes and more). The futures of an
 * N-deep await chain nest: level k's is 8k bytes, built in its callee's _0,
 * copied into a temporary and moved into its parent's state, so dense copies
 * cost O(N^2) bytes and time for one poll of the root while only O(N) bytes
 * are ever written. Pages hold what was written; a copy clears the
 * destination's pages and copies the source's present ones. */

static const uint8_t zero_page[ALLOC_PAGE];

/* Position of the first page whose index is at least index. */
static uint32_t page_lower(const Alloc *a, uint32_t index)
{
	uint32_t lo = 0, hi = a->npages;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (a->pages[mid].index < index)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The page holding byte index * ALLOC_PAGE, made when create, else the zero page. */
static uint8_t *page_get(Alloc *a, uint32_t index, int create)
{
	uint32_t at = page_lower(a, index);
	if (at < a->npages && a->pages[at].index == index)
		return a->pages[at].data;
	if (!create)
		return (uint8_t *)zero_page;
	if (a->npages == a->cappages) {
		uint32_t cap = a->cappages ? a->cappages * 2 : 4;
		AllocPage *p = realloc(a->pages, cap * sizeof *p);
		if (!p)
			internal_error("out of memory");
		a->pages = p;
		a->cappages = cap;
	}
	uint8_t *data = calloc(1, ALLOC_PAGE);
	if (!data)
		internal_error("out of memory");
	memmove(&a->pages[at + 1], &a->pages[at], (a->npages - at) * sizeof *a->pages);
	a->pages[at] = (AllocPage){index, data};
	a->npages++;
	return data;
}

/* A malloc'ed copy of n bytes at p (one byte when n is 0). */
void *mem_dup(const void *p, size_t n)
{
	void *q = malloc(n ? n : 1);
	if (!q)
		internal_error("out of memory");
	if (n)
		memcpy(q, p, n);
	return q;
}

/* A borrowed allocation's memory made its own before a write: a fork
 * (ForkLog) journals an allocation's entry at its first access and borrows its
 * memory, which the rollback gives back, and copies only what it writes.
 * Copying every allocation per schedule was O(state) mallocs and bytes per
 * cancel point (N locals each held across its own await: N cancel points,
 * own30). */
static void alloc_own(Alloc *a)
{
	if (!a->borrowed)
		return;
	a->borrowed = 0;
	if (a->bytes)
		a->bytes = mem_dup(a->bytes, a->size ? a->size : 1);
	if (a->pages) {
		a->pages = mem_dup(a->pages, (size_t)a->cappages * sizeof *a->pages);
		for (uint32_t p = 0; p < a->npages; p++)
			a->pages[p].data = mem_dup(a->pages[p].data, ALLOC_PAGE);
	}
}

/* Zero n bytes at off: pages inside the span go, the ones at its ends are cleared in part. */
static void span_zero(Alloc *a, uint32_t off, uint32_t n)
{
	alloc_own(a);
	if (!a->sparse) {
		memset(a->bytes + off, 0, n);
		return;
	}
	uint64_t end = (uint64_t)off + n;
	uint32_t at = page_lower(a, off / ALLOC_PAGE), keep = at;
	for (; at < a->npages && (uint64_t)a->pages[at].index * ALLOC_PAGE < end; at++) {
		uint64_t p0 = (uint64_t)a->pages[at].index * ALLOC_PAGE, p1 = p0 + ALLOC_PAGE;
		uint64_t z0 = p0 > off ? p0 : off, z1 = p1 < end ? p1 : end;
		if (z0 == p0 && z1 == p1) {
			free(a->pages[at].data);
			continue;
		}
		memset(a->pages[at].data + (z0 - p0), 0, z1 - z0);
		a->pages[keep++] = a->pages[at];
	}
	if (keep == at)
		return; /* no page went (a->pages may be NULL) */
	memmove(&a->pages[keep], &a->pages[at], (a->npages - at) * sizeof *a->pages);
	a->npages -= at - keep;
}

static int all_zero(const uint8_t *p, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

/* Read n bytes at off into out. */
static void span_read(const Alloc *a, uint32_t off, uint8_t *out, uint32_t n)
{
	if (!a->sparse) {
		memcpy(out, a->bytes + off, n);
		return;
	}
	while (n) {
		uint32_t in = off % ALLOC_PAGE, len = ALLOC_PAGE - in < n ? ALLOC_PAGE - in : n;
		memcpy(out, page_get((Alloc *)a, off / ALLOC_PAGE, 0) + in, len);
		out += len, off += len, n -= len;
	}
}

/* Write n bytes at off; over zeroed memory, skip_zero leaves a page out when its part is all zero. */
static void span_write(Alloc *a, uint32_t off, const uint8_t *in, uint32_t n, int skip_zero)
{
	alloc_own(a);
	if (!a->sparse) {
		memmove(a->bytes + off, in, n);
		return;
	}
	while (n) {
		uint32_t at = off % ALLOC_PAGE, len = ALLOC_PAGE - at < n ? ALLOC_PAGE - at : n;
		if (!skip_zero || !all_zero(in, len))
			memcpy(page_get(a, off / ALLOC_PAGE, 1) + at, in, len);
		in += len, off += len, n -= len;
	}
}

void alloc_release(Alloc *a)
{
	if (a->borrowed) {
		free(a->obj);
		return;
	}
	free(a->bytes);
	for (uint32_t i = 0; i < a->npages; i++)
		free(a->pages[i].data);
	free(a->pages);
	free(a->obj);
}

/* ---------------------------------------------------------------------- */
/* A schedule's fork: journal and pending frees (ForkLog, interp.h)        */
/* ---------------------------------------------------------------------- */

static JEntry *journal(Interp *I, uint8_t kind)
{
	ForkLog *L = I->fork;
	if (L->nj == L->capj) {
		uint32_t cap = L->capj ? L->capj * 2 : 64;
		JEntry *j = realloc(L->j, (size_t)cap * sizeof *j);
		if (!j)
			internal_error("out of memory");
		L->j = j;
		L->capj = cap;
	}
	JEntry *e = &L->j[L->nj++];
	e->kind = kind;
	return e;
}

/* allocation id's entry as the fork found it; its memory borrowed, its
 * CoroObj the fork's own copy (the fork changes its state and frame) */
void fork_touch_alloc(Interp *I, uint32_t id)
{
	Alloc *a = &I->allocs[id];
	JEntry *e = journal(I, J_ALLOC);
	e->id = id;
	e->u.a = *a;
	a->jgen = I->fork->gen;
	a->borrowed = a->bytes || a->pages;
	if (a->obj)
		a->obj = mem_dup(a->obj, sizeof *a->obj);
}

void fork_touch_frame(Interp *I, Frame *fr)
{
	JEntry *e = journal(I, J_FRAME);
	e->fr = fr;
	e->u.f = *fr;
	fr->jgen = I->fork->gen;
}

/* before fr->addr[l] or fr->listed[l] of a parent frame changes */
void fork_slot(Interp *I, Frame *fr, LocalId l)
{
	JEntry *e = journal(I, J_SLOT);
	e->fr = fr;
	e->id = l;
	e->u.v = fr->addr[l];
	e->listed = fr->listed[l];
}

void fork_static(Interp *I, uint32_t k)
{
	JEntry *e = journal(I, J_STATIC);
	e->id = k;
	e->u.v = I->static_addr[k];
}

static void pend_push(Interp *I, Frame *fr, uint32_t id)
{
	ForkLog *L = I->fork;
	if (L->npend == L->cappend) {
		uint32_t cap = L->cappend ? L->cappend * 2 : 16;
		PendSeg *p = realloc(L->pend, (size_t)cap * sizeof *p);
		if (!p)
			internal_error("out of memory");
		L->pend = p;
		L->cappend = cap;
	}
	L->pend[L->npend++] = (PendSeg){fr, id};
}

/* frame_free of a parent frame in a fork: its locals' frees wait (the cancel
 * of a suspended body of N awaits would free O(N) locals per cancel point) */
void fork_pend_frame(Interp *I, Frame *fr)
{
	touch_frame(I, fr);
	fr->pending = 1;
	pend_push(I, fr, 0);
}

static void free_id_push(Interp *I, uint32_t id)
{
	if (I->nfree == I->capfree) {
		uint32_t cap = I->capfree ? I->capfree * 2 : 256;
		uint32_t *f = realloc(I->free_ids, cap * sizeof *f);
		if (!f)
			internal_error("out of memory");
		I->free_ids = f;
		I->capfree = cap;
	}
	if (I->fork && I->nfree < I->fork->nfree0) {
		JEntry *e = journal(I, J_FREEID);
		e->id = I->nfree;
		e->u.v = I->free_ids[I->nfree];
	}
	I->free_ids[I->nfree++] = id;
}

static void alloc_drop(Interp *I, uint32_t id)
{
	touch_alloc(I, id);
	Alloc *a = &I->allocs[id];
	alloc_release(a);
	memset(a, 0, sizeof *a);
}

/* The deferred frees, in the order frame_free and mem_free would have made
 * them: the same free list, so the same ids from here on. */
static void fork_materialise(Interp *I)
{
	ForkLog *L = I->fork;
	uint32_t n = L->npend;
	L->npend = 0;
	for (uint32_t s = 0; s < n; s++) {
		Frame *fr = L->pend[s].fr;
		if (!fr) {
			free_id_push(I, L->pend[s].id);
			continue;
		}
		for (uint32_t i = 0; i < fr->nused; i++)
			if (fr->addr[fr->used[i]]) {
				uint32_t id = ALLOC_ID(fr->addr[fr->used[i]]);
				alloc_drop(I, id);
				free_id_push(I, id);
			}
	}
}

/* The end of a fork: everything it changed as it was, what it made freed. */
void fork_rollback(Interp *I)
{
	ForkLog *L = I->fork;
	I->nacts = 0;
	Frame *fr = I->frames;
	while (fr && fr->serial >= L->serial0) { /* the fork's frames still live: before the parent's */
		Frame *next = fr->next_all;
		frame_slots_give(I, fr);
		free(fr);
		fr = next;
	}
	I->frames = L->frames0;
	for (uint32_t id = L->nallocs0; id < I->nallocs; id++)
		alloc_release(&I->allocs[id]);
	I->nallocs = L->nallocs0;
	for (uint32_t k = L->nj; k-- > 0;) {
		JEntry *e = &L->j[k];
		switch (e->kind) {
		case J_ALLOC:
			alloc_release(&I->allocs[e->id]);
			I->allocs[e->id] = e->u.a;
			break;
		case J_FREEID: I->free_ids[e->id] = (uint32_t)e->u.v; break;
		case J_FRAME: *e->fr = e->u.f; break;
		case J_SLOT:
			e->fr->addr[e->id] = e->u.v;
			e->fr->listed[e->id] = e->listed;
			break;
		case J_STATIC: I->static_addr[e->id] = e->u.v; break;
		}
	}
	I->nfree = L->nfree0;
	if (!L->static0 && I->static_addr) {
		free(I->static_addr);
		I->static_addr = NULL;
	}
	L->nj = L->npend = 0;
}

uint64_t mem_alloc(Interp *I, uint32_t size)
{
	uint32_t id;
	if (I->fork && I->fork->npend)
		fork_materialise(I);
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
	touch_alloc(I, id);
	Alloc *a = &I->allocs[id];
	*a = (Alloc){0};
	a->jgen = I->fork ? I->fork->gen : 0; /* journalled: the fork's own memory from here */
	if (size < ALLOC_SPARSE_MIN) {
		a->bytes = calloc(1, size ? size : 1);
		if (!a->bytes)
			internal_error("out of memory");
	} else {
		a->sparse = 1;
	}
	a->size = size;
	a->live = 1;
	return ADDR(id, 0);
}

void mem_free(Interp *I, uint64_t addr)
{
	uint32_t id = ALLOC_ID(addr);
	if (id == 0 || id >= I->nallocs || !I->allocs[id].live || alloc_pending_free(I, &I->allocs[id]))
		FAIL("free of an invalid address");
	alloc_drop(I, id);
	if (I->fork && I->fork->npend)
		pend_push(I, NULL, id); /* after the pending frames' locals */
	else
		free_id_push(I, id);
}

/* The allocation holding size bytes at addr, or halt with an error. */
static Alloc *alloc_at(Interp *I, uint64_t addr, uint32_t size)
{
	uint32_t id = ALLOC_ID(addr), off = ALLOC_OFF(addr);
	if (id == 0 || id >= I->nallocs)
		FAIL("access to an invalid address 0x%" PRIx64, addr);
	Alloc *a = &I->allocs[id];
	if (!a->live || alloc_pending_free(I, a))
		FAIL("access to freed memory");
	if ((uint64_t)off + size > a->size)
		FAIL("out-of-bounds access: %" PRIu32 " bytes at offset %" PRIu32 " of a %" PRIu32 "-byte object",
		     size, off, a->size);
	touch_alloc(I, id);
	return a;
}

uint64_t mem_read(Interp *I, uint64_t addr, uint32_t size)
{
	if (size > 8)
		FAIL("scalar read of %" PRIu32 " bytes", size);
	uint8_t p[8];
	span_read(alloc_at(I, addr, size), ALLOC_OFF(addr), p, size);
	uint64_t v = 0;
	for (uint32_t i = 0; i < size; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

void mem_write(Interp *I, uint64_t addr, uint32_t size, uint64_t v)
{
	if (size > 8)
		FAIL("scalar write of %" PRIu32 " bytes", size);
	uint8_t p[8];
	for (uint32_t i = 0; i < size; i++)
		p[i] = (uint8_t)(v >> (8 * i));
	span_write(alloc_at(I, addr, size), ALLOC_OFF(addr), p, size, 0);
}

/* Copy a sparse source's present pages over the zeroed destination span. */
static void copy_pages(Alloc *d, uint32_t doff, const Alloc *s, uint32_t soff, uint32_t size)
{
	uint64_t end = (uint64_t)soff + size;
	uint32_t index = soff / ALLOC_PAGE;
	for (;;) {
		uint32_t at = page_lower(s, index); /* again after each write: d may be s */
		if (at == s->npages || (uint64_t)s->pages[at].index * ALLOC_PAGE >= end)
			return;
		const AllocPage *p = &s->pages[at];
		uint64_t p0 = (uint64_t)p->index * ALLOC_PAGE, c0 = p0 > soff ? p0 : soff;
		uint64_t c1 = p0 + ALLOC_PAGE < end ? p0 + ALLOC_PAGE : end;
		index = p->index + 1;
		span_write(d, (uint32_t)(doff + (c0 - soff)), p->data + (c0 - p0), (uint32_t)(c1 - c0), 1);
	}
}

void mem_copy(Interp *I, uint64_t dst, uint64_t src, uint32_t size)
{
	Alloc *d = alloc_at(I, dst, size), *s = alloc_at(I, src, size);
	uint32_t doff = ALLOC_OFF(dst), soff = ALLOC_OFF(src);
	if (size == 0)
		return;
	if (!d->sparse && !s->sparse) {
		alloc_own(d); /* d may be s */
		memmove(d->bytes + doff, s->bytes + soff, size);
		return;
	}
	if (d == s && (uint64_t)doff < (uint64_t)soff + size && (uint64_t)soff < (uint64_t)doff + size) {
		uint8_t *tmp = malloc(size); /* overlapping spans of one allocation */
		if (!tmp)
			internal_error("out of memory");
		span_read(s, soff, tmp, size);
		span_zero(d, doff, size);
		span_write(d, doff, tmp, size, 1);
		free(tmp);
		return;
	}
	span_zero(d, doff, size);
	if (s->sparse)
		copy_pages(d, doff, s, soff, size);
	else
		span_write(d, doff, s->bytes + soff, size, 1);
}

/* ---------------------------------------------------------------------- */
/* Types: sizes as type.c computes them, but a coroutine without a Layout  */
/* is an 8-byte handle.                                                   */
/* ---------------------------------------------------------------------- */

const Type *ty_get(Interp *I, TypeId t)
{
	if (t >= I->m->ntypes)
		FAIL("type id %" PRIu32 " out of range", t);
	return &I->m->types[t];
}

const Coroutine *ty_coro(Interp *I, const Type *ty)
{
	if (ty->coro >= I->m->ncoros)
		FAIL("coroutine id %" PRIu32 " out of range", ty->coro);
	return &I->m->coros[ty->coro];
}

static uint32_t round_up(uint32_t x, uint32_t a)
{
	return a ? (x + a - 1) / a * a : x;
}

uint32_t isize_of(Interp *I, TypeId t);
static uint32_t ialign_of(Interp *I, TypeId t);


/* Mirrors type.c: tuple fields by decreasing alignment (stable). */
void tuple_layout(Interp *I, const Type *ty, uint32_t off[2], uint32_t *size, uint32_t *align)
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

/* Poll<T>: unit/never payload: one tag byte; T with a niche: T alone, Pending a
 * value of its niche (type.c's poll_niche; bool: 2); else a tag at 0 (0 Ready,
 * 1 Pending) and the payload at align(T). */
void poll_layout(Interp *I, TypeId payload, uint32_t *size, uint32_t *align, uint32_t *poff)
{
	uint8_t k = ty_get(I, payload)->kind;
	uint32_t po, ps;
	uint64_t pv;
	if (k == TY_UNIT || k == TY_NEVER) {
		*size = 1, *align = 1, *poff = 0;
		return;
	}
	poll_niche(I->m, payload, &po, &ps, &pv);
	if (ps) {
		*size = isize_of(I, payload), *align = ialign_of(I, payload), *poff = 0;
	} else {
		uint32_t a = ialign_of(I, payload);
		*poff = a;
		*align = a;
		*size = round_up(a + isize_of(I, payload), a);
	}
}

uint32_t isize_of(Interp *I, TypeId t)
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
	case TY_ADT:
		if (adt_of(I->m, t)->defined || extern_adt(I, t))
			return type_size(I->m, t);
		FAIL("size of opaque type %s", ty->text ? ty->text : "?");
	case TY_OPAQUE: /* mac40: an Arguments, 8 bytes (core_panic.c) */
		if (I->m->extern_events || type_is_fmt_arguments(I->m, t))
			return 8;
		FAIL("size of opaque type %s", ty->text ? ty->text : "?");
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
	case TY_ADT:
		if (adt_of(I->m, t)->defined || extern_adt(I, t))
			return type_align(I->m, t);
		FAIL("alignment of opaque type %s", ty->text ? ty->text : "?");
	case TY_OPAQUE: /* mac40: an Arguments, 8 bytes (core_panic.c) */
		if (I->m->extern_events || type_is_fmt_arguments(I->m, t))
			return 8;
		FAIL("alignment of opaque type %s", ty->text ? ty->text : "?");
	default: return type_align(I->m, t);
	}
}

/* Upvar offsets of coroutine c laid out in order, and last, the total: computed
 * into I->upvar_offs_new (freed by upvar_offsets_free if a FAIL leaves it) and
 * cached only when complete. */
static const uint32_t *upvar_offsets(Interp *I, const Coroutine *c)
{
	uint32_t id = (uint32_t)(c - I->m->coros);
	if (!I->upvar_offs) {
		I->upvar_offs = calloc(I->m->ncoros ? I->m->ncoros : 1, sizeof *I->upvar_offs);
		if (!I->upvar_offs)
			internal_error("out of memory");
	}
	if (I->upvar_offs[id])
		return I->upvar_offs[id];
	free(I->upvar_offs_new);
	uint32_t *offs = I->upvar_offs_new = malloc(((size_t)c->nupvars + 1) * sizeof *offs);
	if (!offs)
		internal_error("out of memory");
	uint32_t off = 0;
	for (uint32_t k = 0; k < c->nupvars; k++) {
		off = round_up(off, ialign_of(I, c->upvars[k].ty));
		offs[k] = off;
		off += isize_of(I, c->upvars[k].ty);
	}
	offs[c->nupvars] = off;
	I->upvar_offs_new = NULL;
	return I->upvar_offs[id] = offs;
}

void upvar_offsets_free(Interp *I)
{
	if (I->upvar_offs)
		for (uint32_t k = 0; k < I->m->ncoros; k++)
			free(I->upvar_offs[k]);
	free(I->upvar_offs);
	free(I->upvar_offs_new);
	I->upvar_offs = NULL;
	I->upvar_offs_new = NULL;
}

/* Offset of upvar i in a pre-transform coroutine object; *total = its size. */
uint32_t handle_upvar_offset(Interp *I, const Coroutine *c, uint32_t i, uint32_t *total)
{
	const uint32_t *offs = upvar_offsets(I, c);
	if (total)
		*total = offs[c->nupvars];
	return i < c->nupvars ? offs[i] : 0;
}

/* The Poll helpers take the payload type T of Poll<T>. */
uint32_t poll_payload_offset(Interp *I, TypeId payload)
{
	uint32_t size, align, poff;
	poll_layout(I, payload, &size, &align, &poff);
	return poff;
}

static uint64_t tag_mask(uint32_t size)
{
	return size >= 8 ? UINT64_MAX : (UINT64_C(1) << (8 * size)) - 1;
}

/* A subset enum's variant (issue 22 item 4). Direct: the tag at 0 is the index.
 * Niche (rustc's codegen_get_discr): the tag value minus niche_value, wrapping, is
 * a variant of niche_first.. when it is at most niche_last - niche_first, else the
 * value is the untagged variant's; a value outside the enum's valid range, or the
 * untagged variant's reserved slot, is no value of the type. */
uint64_t enum_read_tag(Interp *I, uint64_t addr, const Adt *a)
{
	if (a->nvariants == 1) /* laid out as a struct: no tag */
		return 0;
	uint64_t v = mem_read(I, addr + a->tag_off, a->tag_size);
	if (!a->tag_niche) {
		uint32_t vi = NO_ID;
		if (!a->discrs) {
			vi = v < a->nvariants ? (uint32_t)v : NO_ID;
		} else { /* explicit discriminants: the tag holds the value, truncated */
			for (uint32_t k = 0; k < a->nvariants && vi == NO_ID; k++)
				if (((uint64_t)a->discrs[k] & tag_mask(a->tag_size)) == v)
					vi = k;
		}
		if (vi == NO_ID)
			FAIL("invalid %s tag %" PRIu64, adt_name(I->m, a), v);
		return vi;
	}
	uint64_t mask = tag_mask(a->tag_size);
	if (((v - a->niche.lo) & mask) > ((a->niche.hi - a->niche.lo) & mask))
		FAIL("invalid %s niche value %" PRIu64, adt_name(I->m, a), v);
	uint64_t rel = (v - a->niche_value) & mask;
	if (rel > (uint64_t)(a->niche_last - a->niche_first))
		return a->untagged;
	if (a->niche_first + rel == a->untagged)
		FAIL("invalid %s niche value %" PRIu64 " (the untagged variant's slot)", adt_name(I->m, a), v);
	return a->niche_first + rel;
}

/* SetDiscriminant: the untagged variant writes nothing (its fields hold the niche). */
void enum_write_tag(Interp *I, uint64_t addr, const Adt *a, uint64_t v)
{
	if (v >= a->nvariants)
		FAIL("discriminant set to %" PRIu64 ", %s has %" PRIu32 " variants", v, adt_name(I->m, a), a->nvariants);
	if (a->nvariants == 1)
		return;
	if (!a->tag_niche) {
		mem_write(I, addr, a->tag_size, adt_discr_value(a, (uint32_t)v) & tag_mask(a->tag_size));
		return;
	}
	if (v == a->untagged)
		return;
	mem_write(I, addr + a->tag_off, a->tag_size, (a->niche_value + (v - a->niche_first)) & tag_mask(a->tag_size));
}

/* Poll discriminant: 0 Ready, 1 Pending. */
uint64_t poll_read_discr(Interp *I, uint64_t addr, TypeId payload)
{
	uint32_t po, ps;
	uint64_t pv;
	uint8_t k = ty_get(I, payload)->kind;
	if (k != TY_UNIT && k != TY_NEVER)
		poll_niche(I->m, payload, &po, &ps, &pv);
	else
		ps = 0;
	if (ps) { /* Pending is the value the niche reserved */
		Niche n;
		uint64_t v = mem_read(I, addr + po, ps), mask = tag_mask(ps);
		type_niche_of(I->m, payload, &n);
		if (v != pv && ((v - n.lo) & mask) > ((n.hi - n.lo) & mask))
			FAIL("invalid Poll<%s> niche value %" PRIu64, type_spelling(I->m, payload), v);
		return v == pv;
	}
	uint64_t b = mem_read(I, addr, 1); /* the tag's low byte (little-endian) */
	if (b > 1)
		FAIL("invalid Poll tag %" PRIu64, b);
	return b;
}

void poll_write_discr(Interp *I, uint64_t addr, TypeId payload, uint64_t v)
{
	uint32_t po, ps;
	uint64_t pv;
	uint8_t k = ty_get(I, payload)->kind;
	if (v > 1)
		FAIL("Poll has no variant %" PRIu64, v);
	if (k != TY_UNIT && k != TY_NEVER)
		poll_niche(I->m, payload, &po, &ps, &pv);
	else
		ps = 0;
	if (ps) { /* Ready: the payload's own bytes are left as they are */
		if (v == 1) {
			mem_write(I, addr + po, ps, pv);
		} else if (mem_read(I, addr + po, ps) == pv) { /* Ready over Pending: a valid value */
			Niche n;
			type_niche_of(I->m, payload, &n);
			mem_write(I, addr + po, ps, n.lo);
		}
		return;
	}
	mem_write(I, addr, 1, v);
}

/* ---------------------------------------------------------------------- */
/* Value formatting (trace text)                                          */
/* ---------------------------------------------------------------------- */

static void fmt_int(uint64_t v, uint8_t kind, uint32_t size, StrBuf *out)
{
	if (is_signed_kind(kind)) {
		int64_t s = size >= 8 ? (int64_t)v : (int64_t)(v << (64 - 8 * size)) >> (64 - 8 * size);
		strbuf_printf(out, "%" PRId64, s);
	} else {
		strbuf_printf(out, "%" PRIu64, v);
	}
}

/* Appends the value's text, whole: a trace compares values by their text, so
 * a text cut to a buffer (a 80-element array was cut after 20 elements, an
 * observed struct after 39 bytes) made values that differ past the cut equal
 * (hunt28). */
void fmt_value(Interp *I, uint64_t addr, TypeId t, StrBuf *out)
{
	const Type *ty = ty_get(I, t);
	if (I->m->extern_events) { /* imported code: its hash */
		if (extern_fmt_value(I, addr, t, out))
			return;
	}
	switch (ty->kind) {
	case TY_UNIT: strbuf_printf(out, "()"); return;
	case TY_BOOL: {
		uint64_t b = mem_read(I, addr, 1);
		if (b > 1)
			strbuf_printf(out, "<invalid bool %" PRIu64 ">", b);
		else
			strbuf_printf(out, "%s", b ? "true" : "false");
		return;
	}
	case TY_GUARD: strbuf_printf(out, "Guard(%" PRIu64 ")", mem_read(I, addr, 4)); return;
	case TY_YIELDNOW: strbuf_printf(out, "YieldNow"); return;
	case TY_TUPLE: {
		uint32_t off[2], size, align;
		tuple_layout(I, ty, off, &size, &align);
		strbuf_printf(out, "(");
		fmt_value(I, addr + off[0], ty->a, out);
		strbuf_printf(out, ", ");
		fmt_value(I, addr + off[1], ty->b, out);
		strbuf_printf(out, ")");
		return;
	}
	case TY_POLL: {
		if (poll_read_discr(I, addr, ty->a)) {
			strbuf_printf(out, "Pending");
		} else {
			strbuf_printf(out, "Ready(");
			fmt_value(I, addr + poll_payload_offset(I, ty->a), ty->a, out);
			strbuf_printf(out, ")");
		}
		return;
	}
	case TY_ADT: { /* a subset struct, as `{:?}` of a derived Debug prints it */
		const Adt *a = adt_of(I->m, t);
		if (!a->defined) {
			strbuf_printf(out, "<%s>", adt_name(I->m, a));
			return;
		}
		uint64_t vi = a->enum_defined ? enum_read_tag(I, addr, a) : 0; /* an enum: its variant's name */
		const AdtVariant *v = &a->variants[vi];
		int named = v->nfields && v->fieldnames[0];
		strbuf_printf(out, "%s%s", a->enum_defined ? v->name : adt_name(I->m, a),
			      !v->nfields ? "" : named ? " { " : "(");
		for (uint32_t i = 0; i < v->nfields; i++) {
			strbuf_printf(out, "%s%s%s", i ? ", " : "", named ? v->fieldnames[i] : "", named ? ": " : "");
			fmt_value(I, addr + (a->enum_defined ? a->variant_offsets[vi][i] : a->offsets[i]), v->fields[i],
				  out);
		}
		if (v->nfields)
			strbuf_printf(out, named ? " }" : ")");
		return;
	}
	case TY_ARRAY: { /* issue 22 item 4: `[1, 2, 3]`, as `{:?}` prints an array */
		strbuf_printf(out, "[");
		for (uint32_t i = 0; i < ty->b; i++) {
			if (i)
				strbuf_printf(out, ", ");
			fmt_value(I, addr + (uint64_t)i * isize_of(I, ty->a), ty->a, out);
		}
		strbuf_printf(out, "]");
		return;
	}
	case TY_CHAR: { /* as `{:?}` (tests/native/executor.rs's Show for char) */
		char sp[CHAR_SPELL_MAX];
		char_spell(mem_read(I, addr, 4), sp);
		strbuf_printf(out, "%s", sp);
		return;
	}
	case TY_CORO: strbuf_printf(out, "<future>"); return;
	case TY_REF: case TY_REFMUT: case TY_RAWMUT: case TY_RAWCONST: case TY_PIN: case TY_RESUMETY:
		strbuf_printf(out, "<pointer>");
		return;
	default:
		if (is_int_kind(ty->kind)) {
			uint32_t size = isize_of(I, t);
			fmt_int(mem_read(I, addr, size), ty->kind, size, out);
			return;
		}
		strbuf_printf(out, "<%u>", ty->kind);
	}
}
