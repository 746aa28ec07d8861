/* arena.c — bump allocation in chunks; everything a Fn or Module owns is freed in one call. */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

typedef struct Chunk {
	struct Chunk *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
} Chunk;

struct Arena {
	Chunk *head;
};

static Chunk *chunk_new(size_t size)
{
	Chunk *c = malloc(sizeof *c + size);
	if (!c)
		internal_error("out of memory (%zu bytes)", size);
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

Arena *arena_new_sized(size_t first)
{
	Arena *a = arena_new();
	a->head = chunk_new((first + 15) & ~(size_t)15);
	return a;
}

void arena_free(Arena *a)
{
	if (!a)
		return;
	for (Chunk *c = a->head, *n; c; c = n) {
		n = c->next;
		free(c);
	}
	free(a);
}

/* arena_alloc without the zeroing, for memory the caller fills at once */
static void *arena_alloc_raw(Arena *a, size_t size);

void *arena_alloc(Arena *a, size_t size)
{
	void *p = arena_alloc_raw(a, size);
	memset(p, 0, (size + 15) & ~(size_t)15);
	return p;
}

static void *arena_alloc_raw(Arena *a, size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (size == 0)
		size = 16;
	Chunk *c = a->head;
	if (!c || c->size - c->used < size) {
		size_t want = size > 1024 ? size : 1024; /* small first: most Fns are small */
		if (c && c->size * 2 > want && c->size < (1u << 20))
			want = c->size * 2;
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
	char *p = arena_alloc_raw(a, n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *arena_strdup(Arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void *arena_grow(Arena *a, void *old, uint32_t *cap, uint32_t need, size_t elsize)
{
	if (need <= *cap)
		return old;
	uint32_t ncap = *cap ? *cap : 4;
	while (ncap < need) {
		if (ncap > UINT32_MAX / 2)
			internal_error("array too large");
		ncap *= 2;
	}
	size_t have = ((size_t)*cap * elsize + 15) & ~(size_t)15, want = ((size_t)ncap * elsize + 15) & ~(size_t)15;
	Chunk *c = a->head;
	if (old && c && (unsigned char *)old + have == c->data + c->used && c->size - c->used >= want - have) {
		/* the last allocation of the chunk: grow in place */
		memset(c->data + c->used, 0, want - have);
		c->used += want - have;
		*cap = ncap;
		return old;
	}
	unsigned char *p = arena_alloc_raw(a, (size_t)ncap * elsize);
	if (old)
		memcpy(p, old, (size_t)*cap * elsize);
	memset(p + (size_t)*cap * elsize, 0, (size_t)(ncap - *cap) * elsize); /* zeroed, as from arena_alloc */
	*cap = ncap;
	return p;
}

char *str_dup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (!p)
		internal_error("out of memory");
	return memcpy(p, s, n);
}
