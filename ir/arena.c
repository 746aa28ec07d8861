/* arena.c — bump allocation in chunks; everything a Fn or Module owns is freed in one call. */
#define _DEFAULT_SOURCE /* sbrk, madvise */
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

#if defined(__linux__) && !COROSLIM_ASAN
#include <sys/mman.h>
#include <unistd.h>
#define HEAP_HUGEPAGES 1
#else
#define HEAP_HUGEPAGES 0
#endif

/* Transparent huge pages for malloc's heap (cache35; main.c turns it on). Every
 * page of memory a run touches first costs a page fault, about 3 us of system
 * time here: 45k faults, a third of the CPU time of a 10k-await fn's `stats`.
 * With THP in `madvise` mode (Debian's default), the heap's ranges given
 * MADV_HUGEPAGE fault 2 MB at a time. main.c keeps every block in the heap
 * (no mmap) and grows it by 64 MB steps of address space; each time the break
 * has moved, the range it added is advised before the arena writes into it.
 * heap_advised: 0 (off), else where the advised range ends. */
#if HEAP_HUGEPAGES
static _Atomic uintptr_t heap_advised;
static uintptr_t heap_page; /* set before heap_advised */
#endif
static void heap_advise(void);

#if HEAP_HUGEPAGES
/* The free memory in blocks of 2 MB or more (/proc/buddyinfo: per zone, the free
 * blocks of each order 0..10 of 4 KB pages), in MB; -1 when unknown. */
static long free_huge_mb(void)
{
	FILE *f = fopen("/proc/buddyinfo", "r");
	if (!f)
		return -1;
	long mb = 0;
	char line[512];
	while (fgets(line, sizeof line, f)) {
		char *p = strstr(line, "zone");
		if (!p)
			continue;
		p += 4;
		while (*p == ' ')
			p++;
		while (*p && *p != ' ')
			p++; /* the zone's name */
		for (int order = 0; order <= 10; order++) {
			char *end;
			long n = strtol(p, &end, 10);
			if (end == p)
				break;
			p = end;
			if (order >= 9)
				mb += n << (order - 9 + 1);
		}
	}
	fclose(f);
	return mb;
}
#endif

void arena_heap_hugepages(void)
{
#if HEAP_HUGEPAGES
	/* A fault in a MADV_HUGEPAGE range with no free 2 MB block compacts memory
	 * first (THP `defrag` is `madvise` here): earlier sessions measured 0.14 ->
	 * 0.87-2.65 s of system time that way (DESIGN.md). Only when the kernel has
	 * 1 GB in free 2 MB blocks, read once here. */
	uintptr_t top = (uintptr_t)sbrk(0); /* before fopen's malloc makes the heap */
	if (free_huge_mb() < 1024)
		return;
	long page = sysconf(_SC_PAGESIZE);
	if (top == (uintptr_t)-1 || page <= 0)
		return;
	heap_page = (uintptr_t)page;
	/* the heap's first 64 MB (M_TOP_PAD), advised before anything is read into
	 * them: the source file and the lexer's tokens grow by realloc, not here */
	free(malloc(1));
	atomic_store(&heap_advised, (top + heap_page - 1) & ~(heap_page - 1));
	heap_advise();
#endif
}

/* Called after malloc may have moved the break: a block about to be filled. */
static void heap_advise(void)
{
#if HEAP_HUGEPAGES
	uintptr_t from = atomic_load_explicit(&heap_advised, memory_order_relaxed);
	if (!from)
		return;
	uintptr_t top = (uintptr_t)sbrk(0);
	if (top == (uintptr_t)-1)
		return;
	top = (top + heap_page - 1) & ~(heap_page - 1);
	if (top > from && atomic_compare_exchange_strong(&heap_advised, &from, top))
		madvise((void *)from, top - from, MADV_HUGEPAGE); /* a failure leaves small pages */
#endif
}

typedef struct Chunk {
	struct Chunk *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
	Chunk *head;
	size_t next; /* the size of the next standard chunk: 1 KB, doubling up to 1 MB */
	/* the arrays arena_grow made of ARENA_BIG bytes or more, a malloc block
	 * each: an open-addressing set of their Chunks (NULL: empty slot), so that
	 * growing one finds its block in O(1); a list scanned per growth was
	 * quadratic under AddressSanitizer, where every array is big (robust24) */
	Chunk **big;
	uint32_t nbig, bigcap; /* bigcap: 0 or a power of two, at most half full */
	uint8_t keep_old; /* arena_keep_old: no big blocks, every old copy stays readable */
};

/* An array that arena_grow makes ARENA_BIG bytes or larger gets a malloc block
 * of its own (a Chunk on Arena.big, freed with the arena) and grows by realloc:
 * a doubling array in the chunks leaves every old copy behind (an array of n
 * bytes took 2n, the old halves never read again), each copy writing fresh
 * pages (page faults, cache misses); realloc extends the block in place when it
 * can (the top of the heap), and what it frees serves the next allocations
 * (main.c keeps malloc's memory from the kernel). Tried and not taken: a
 * mapping per array grown by mremap (no copy, no zeroing): as fast on one
 * 100k-let fn, but each freed mapping went back to the kernel, so 40 fns of
 * 2,500 lets took 83k page faults against 47k. 100k shadowed lets (debug):
 * DESIGN.md, Limits and reliability. Not in an arena_keep_old arena (the
 * Module's: other threads read its types while one grows them). Under
 * AddressSanitizer every array takes this path, so that a pointer kept into an
 * array across its growth is a use after free there (in the chunks it
 * silently read the old copy). */
#define ARENA_BIG (COROSLIM_ASAN ? (size_t)16 : (size_t)64 << 10)
#define ARENA_BIG_QUAD ((size_t)1 << 20)

/* Freed chunks of the standard sizes (1 KB, 2 KB, ... 1 MB: what arena_alloc
 * asks for) are kept for the next arena instead of going back to malloc: a
 * module builds and frees hundreds of thousands of Fn arenas, and malloc's
 * bins fragment under that. Not under AddressSanitizer, which must see every
 * use after free. */
#define ARENA_POOL (!COROSLIM_ASAN)
enum { POOL_MIN_LOG = 10, POOL_MAX_LOG = 20 };
/* Per thread: `coroslim stats` builds the sync twin on a second thread. */
static _Thread_local Chunk *pool[POOL_MAX_LOG + 1];
/* The scratch stack (below): the chunk being filled, older ones follow ->next;
 * released chunks, kept for reuse. */
static _Thread_local Chunk *scratch_top;
static _Thread_local Chunk *scratch_spare;
/* The bytes of the chunks on scratch_spare. Past SCRATCH_SPARE_MAX a released
 * chunk goes back to malloc (cache35): the scratch of one step over a large fn
 * (the state transform's dataflow states, 60 MB at 10k awaits in one fn) was
 * kept for the thread's next steps, which need far less, while the arrays that
 * step allocated next (the drop shim, the compacted fn) took fresh pages beside
 * it. A step over a small fn fills a chunk or two, which stay. */
static _Thread_local size_t scratch_spare_bytes;
#define SCRATCH_SPARE_MAX ((size_t)4 << 20)

static int pool_class(size_t size)
{
	for (int k = POOL_MIN_LOG; k <= POOL_MAX_LOG; k++)
		if (size == (size_t)1 << k)
			return k;
	return -1;
}

static Chunk *chunk_new(size_t size)
{
	int k = ARENA_POOL ? pool_class(size) : -1;
	Chunk *c;
	if (k >= 0 && pool[k]) {
		c = pool[k];
		pool[k] = c->next;
	} else if (!(c = malloc(sizeof *c + size)))
		internal_error("out of memory (%zu bytes)", size);
	else
		heap_advise();
	c->next = NULL;
	c->used = 0;
	c->size = size;
	return c;
}

Arena *arena_new(void)
{
	Arena *a = calloc(1, sizeof *a);
	if (!a)
		internal_error("out of memory");
	return a;
}

void arena_keep_old(Arena *a)
{
	a->keep_old = 1;
}

Arena *arena_new_sized(size_t first)
{
	Arena *a = arena_new();
	a->head = chunk_new((first + 15) & ~(size_t)15);
	/* an exact arena (fn_copy) that needs more is a pass adding a little:
	 * a new block's few statements. Its next chunk starts at 256 bytes, not
	 * 1 KB (a prologue per resume fn of a 100k-deep chain: 100 MB). */
	a->next = 256;
	return a;
}

/* Each chunk of a goes to the pool (standard sizes, when pooling) or to malloc. */
static void release(Arena *a, int pool_ok)
{
	if (!a)
		return;
	for (uint32_t i = 0; i < a->bigcap; i++)
		free(a->big[i]);
	free(a->big);
	for (Chunk *c = a->head, *n; c; c = n) {
		n = c->next;
		int k = ARENA_POOL && pool_ok ? pool_class(c->size) : -1;
		if (k >= 0) {
			c->next = pool[k];
			pool[k] = c;
		} else
			free(c);
	}
	free(a);
}

void arena_free(Arena *a)
{
	release(a, 1);
}

void arena_free_to_malloc(Arena *a)
{
	release(a, 0);
}

void arena_pool_trim(void)
{
	for (int k = POOL_MIN_LOG; k <= POOL_MAX_LOG; k++)
		while (pool[k]) {
			Chunk *c = pool[k];
			pool[k] = c->next;
			free(c);
		}
}

/* A thread's kept chunks die with it unless given back: the pool's and the
 * scratch stack's. parallel_for starts threads for every loop (a `check`
 * builds and passes a module per stage, each with several loops), so what a
 * finished thread kept was leaked each time (3 MB of the 253 MB peak RSS of a
 * 10k-deep chain's `check --entry foo` with two threads). */
void arena_thread_done(void)
{
	arena_pool_trim();
	/* the spare chunks; the stack itself is empty when every mark the
	 * thread took was released, as its loops do (else it stays) */
	for (Chunk *c = scratch_spare, *n; c; c = n) {
		n = c->next;
		free(c);
	}
	scratch_spare = NULL;
	scratch_spare_bytes = 0;
}

void *arena_alloc(Arena *a, size_t size)
{
	void *p = arena_alloc_uninit(a, size);
	memset(p, 0, (size + 15) & ~(size_t)15);
	return p;
}

void *arena_alloc_uninit(Arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (size == 0)
		size = 16;
	Chunk *c = a->head;
	if (!c || c->size - c->used < size) {
		/* small first (most Fns are small), then doubling; an exact-size
		 * chunk from arena_new_sized does not count */
		size_t want = a->next ? a->next : 1024;
		if (want < (1u << 20))
			a->next = want * 2;
		if (want < size)
			want = size;
		c = chunk_new(want);
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
	char *p = arena_alloc_uninit(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *arena_strdup(Arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		internal_error("arena_printf: bad format");
	char *s = arena_alloc_uninit(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

static uint32_t big_slot(const Chunk *c, uint32_t cap)
{
	uint64_t x = (uint64_t)(uintptr_t)c >> 4;
	x *= UINT64_C(0x9E3779B97F4A7C15);
	return (uint32_t)(x >> 32) & (cap - 1);
}

static void big_insert(Arena *a, Chunk *c)
{
	if ((a->nbig + 1) * 2 > a->bigcap) {
		uint32_t ncap = a->bigcap ? a->bigcap * 2 : 16;
		if (!ncap)
			internal_error("too many arrays");
		Chunk **t = calloc(ncap, sizeof *t);
		if (!t)
			internal_error("out of memory");
		for (uint32_t i = 0; i < a->bigcap; i++)
			if (a->big[i]) {
				uint32_t k = big_slot(a->big[i], ncap);
				while (t[k])
					k = (k + 1) & (ncap - 1);
				t[k] = a->big[i];
			}
		free(a->big);
		a->big = t;
		a->bigcap = ncap;
	}
	uint32_t k = big_slot(c, a->bigcap);
	while (a->big[k])
		k = (k + 1) & (a->bigcap - 1);
	a->big[k] = c;
	a->nbig++;
}

/* The slot of the block whose data is p, or UINT32_MAX (p is in a standard chunk). */
static uint32_t big_find(const Arena *a, const void *p)
{
	if (!a->bigcap)
		return UINT32_MAX;
	/* the Chunk p would be the data of: only compared, never read */
	const Chunk *c = (const Chunk *)(uintptr_t)((uintptr_t)p - offsetof(Chunk, data));
	for (uint32_t k = big_slot(c, a->bigcap); a->big[k]; k = (k + 1) & (a->bigcap - 1))
		if (a->big[k] == c)
			return k;
	return UINT32_MAX;
}

/* Linear probing's deletion: the entries after the hole that may not stay behind it move into it. */
static void big_remove(Arena *a, uint32_t hole)
{
	uint32_t mask = a->bigcap - 1;
	a->big[hole] = NULL;
	a->nbig--;
	for (uint32_t j = (hole + 1) & mask; a->big[j]; j = (j + 1) & mask) {
		uint32_t home = big_slot(a->big[j], a->bigcap);
		/* stays when its home is cyclically in (hole, j] */
		if (hole <= j ? (hole < home && home <= j) : (hole < home || home <= j))
			continue;
		a->big[hole] = a->big[j];
		a->big[j] = NULL;
		hole = j;
	}
}

/* old (cap elements) as an array of ncap in a block of its own (ARENA_BIG). */
static void *grow_big(Arena *a, void *old, uint32_t *cap, uint32_t ncap, size_t elsize, int zero)
{
	size_t oldbytes = (size_t)*cap * elsize, want = ((size_t)ncap * elsize + 15) & ~(size_t)15;
	uint32_t slot = old ? big_find(a, old) : UINT32_MAX;
	Chunk *c;
	if (slot != UINT32_MAX) { /* already its own block: the links into it stay */
		Chunk *b = a->big[slot];
		big_remove(a, slot);
		if (!(c = realloc(b, sizeof *c + want)))
			internal_error("out of memory (%zu bytes)", want);
	} else {
		if (!(c = malloc(sizeof *c + want)))
			internal_error("out of memory (%zu bytes)", want);
		heap_advise();
		if (old)
			memcpy(c->data, old, oldbytes);
	}
	heap_advise(); /* after realloc */
	c->next = NULL;
	big_insert(a, c);
	c->used = c->size = want;
	if (zero)
		memset(c->data + oldbytes, 0, (size_t)(ncap - *cap) * elsize);
	*cap = ncap;
	return c->data;
}

static void *grow(Arena *a, void *old, uint32_t *cap, uint32_t need, size_t elsize, int zero)
{
	if (need <= *cap)
		return old;
	uint32_t ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > UINT32_MAX / 2)
			internal_error("array too large");
		ncap *= 2;
	}
	size_t have = ((size_t)*cap * elsize + 15) & ~(size_t)15, want = ((size_t)ncap * elsize + 15) & ~(size_t)15;
	if (want >= ARENA_BIG && !a->keep_old) {
		/* cache31: an unzeroed array past ARENA_BIG_QUAD grows 4x, not 2x. Its
		 * realloc seldom extends in place (several big arrays of one fn grow by
		 * turns), and each move copies the whole array: a third of the bytes
		 * copied. The unwritten tail is address space, not memory. */
		if (!zero && want >= ARENA_BIG_QUAD && ncap <= UINT32_MAX / 2)
			ncap *= 2;
		return grow_big(a, old, cap, ncap, elsize, zero);
	}
	Chunk *c = a->head;
	if (old && c && (unsigned char *)old + have == c->data + c->used && c->size - c->used >= want - have) {
		/* the last allocation of the chunk: grow in place */
		if (zero)
			memset(c->data + c->used, 0, want - have);
		c->used += want - have;
		*cap = ncap;
		return old;
	}
	unsigned char *p = arena_alloc_uninit(a, (size_t)ncap * elsize);
	if (old)
		memcpy(p, old, (size_t)*cap * elsize);
	if (zero) /* zeroed, as from arena_alloc */
		memset(p + (size_t)*cap * elsize, 0, (size_t)(ncap - *cap) * elsize);
	*cap = ncap;
	return p;
}

void *arena_grow(Arena *a, void *old, uint32_t *cap, uint32_t need, size_t elsize)
{
	return grow(a, old, cap, need, elsize, 1);
}

void *arena_grow_uninit(Arena *a, void *old, uint32_t *cap, uint32_t need, size_t elsize)
{
	return grow(a, old, cap, need, elsize, 0);
}

char *str_dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (!p)
		internal_error("out of memory");
	return memcpy(p, s, n);
}

size_t arena_bytes(const Arena *a)
{
	size_t n = 0;
	for (const Chunk *c = a->head; c; c = c->next)
		n += c->size;
	for (uint32_t i = 0; i < a->bigcap; i++)
		n += a->big[i] ? a->big[i]->size : 0;
	return n;
}

int arena_owns_block(const Arena *a, const void *p)
{
	return p && !a->keep_old && big_find(a, p) != UINT32_MAX;
}

void *arena_move_block(Arena *to, Arena *from, void *p, size_t bytes)
{
	uint32_t slot = big_find(from, p);
	IR_ASSERT(slot != UINT32_MAX && !to->keep_old);
	Chunk *b = from->big[slot], *c;
	big_remove(from, slot);
	bytes = (bytes + 15) & ~(size_t)15;
	if (!(c = realloc(b, sizeof *c + bytes)))
		internal_error("out of memory (%zu bytes)", bytes);
	c->next = NULL;
	c->used = c->size = bytes;
	big_insert(to, c);
	return c->data;
}

void arena_adopt(Arena *a, Arena *from)
{
	for (uint32_t i = 0; i < from->bigcap; i++)
		if (from->big[i])
			big_insert(a, from->big[i]);
	free(from->big);
	if (!from->head) {
		free(from);
		return;
	}
	Chunk *last = from->head;
	while (last->next)
		last = last->next;
	/* behind a's current chunk, which goes on filling */
	if (a->head) {
		last->next = a->head->next;
		a->head->next = from->head;
	} else
		a->head = from->head;
	free(from);
}

/* ---------------------------------------------------------------------- */
/* Scratch: the temporaries of one step over one body                      */
/* ---------------------------------------------------------------------- */

/* One stack of chunks per thread. A step takes a mark, allocates,
 * and releases to the mark: the chunks it filled stay for the next step, so
 * the steady state allocates nothing from malloc. Under AddressSanitizer each
 * allocation is its own malloc block, so that a use after release is caught. */

ScratchMark scratch_mark(void)
{
	return (ScratchMark){scratch_top, scratch_top ? scratch_top->used : 0};
}

void *scratch_alloc_uninit(size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (size == 0)
		size = 16;
	if (!ARENA_POOL) {
		Chunk *c = chunk_new(size);
		c->used = size;
		c->next = scratch_top;
		scratch_top = c;
		return c->data;
	}
	Chunk *c = scratch_top;
	if (!c || c->size - c->used < size) {
		Chunk **pp = &scratch_spare;
		while (*pp && (*pp)->size < size)
			pp = &(*pp)->next;
		if (*pp) {
			c = *pp;
			*pp = c->next;
			c->used = 0;
			scratch_spare_bytes -= c->size;
		} else {
			size_t want = (size_t)64 << 10;
			while (want < size)
				want *= 2;
			c = chunk_new(want + 1); /* not a pool size: chunk_new must not take it from the pool */
		}
		c->next = scratch_top;
		scratch_top = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	return p;
}

void *scratch_alloc(size_t size)
{
	void *p = scratch_alloc_uninit(size);
	memset(p, 0, size);
	return p;
}

void scratch_release(ScratchMark m)
{
	while (scratch_top != m.chunk) {
		IR_ASSERT(scratch_top);
		Chunk *c = scratch_top;
		scratch_top = c->next;
		if (ARENA_POOL && scratch_spare_bytes + c->size <= SCRATCH_SPARE_MAX) {
			c->next = scratch_spare;
			scratch_spare = c;
			scratch_spare_bytes += c->size;
		} else
			free(c);
	}
	if (scratch_top) {
		IR_ASSERT(scratch_top->used >= m.used);
		scratch_top->used = m.used;
	}
}

/* ---------------------------------------------------------------------- */
/* StrBuf                                                                 */
/* ---------------------------------------------------------------------- */

static void strbuf_reserve(StrBuf *b, size_t more)
{
	if (b->n + more + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->n + more + 1)
		cap *= 2;
	char *s = realloc(b->s, cap);
	if (!s)
		internal_error("out of memory");
	b->s = s;
	b->cap = cap;
}

void strbuf_put(StrBuf *b, const char *s, size_t n)
{
	strbuf_reserve(b, n);
	if (n)
		memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

char *vprintf_alloc(const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		internal_error("bad format %s", fmt);
	char *s = malloc((size_t)n + 1);
	if (!s)
		internal_error("out of memory");
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (k < 0)
		internal_error("vsnprintf failed");
	strbuf_reserve(b, (size_t)k);
	va_start(ap, fmt);
	vsnprintf(b->s + b->n, (size_t)k + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)k;
}

void strbuf_free(StrBuf *b)
{
	free(b->s);
	*b = (StrBuf){0};
}

