/*
 * sorted_u64.h — sorted sets of 64-bit values as plain arrays: the bounds of the integer ranges a
 * match tests. Shared by the exhaustiveness check's integer column (sema_exhaust.c compute_lit: its
 * cuts) and the MIR builder's range index (build_nested.c range_index: its coordinates), which each
 * had a copy of the three (hunt31).
 */
#ifndef COROSLIM_FRONTEND_SORTED_U64_H
#define COROSLIM_FRONTEND_SORTED_U64_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

static inline int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* sorts v[0 .. n) and keeps each value once at its front; returns how many stay */
static inline int u64_sort_unique(uint64_t *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, u64_cmp);
	int u = 0;
	for (int i = 0; i < n; i++)
		if (!u || v[i] != v[u - 1])
			v[u++] = v[i];
	return u;
}

/* the first index of the sorted v[0 .. n) whose value is not below x, n - 1 when every value is
 * (the callers ask for values the set holds); 0 when n <= 1 */
static inline int u64_rank(const uint64_t *v, int n, uint64_t x)
{
	int lo = 0, hi = n - 1;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (v[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

#endif
