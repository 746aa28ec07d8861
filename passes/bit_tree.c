/* bit_tree.c — bitsets as binary trees over their words, for ElaborateDrops'
 * dataflow (elaborate_drops.c): a subtree whose words are all zeros or all
 * ones is one node (BT_ZEROS, BT_ONES), at any level, as rustc's
 * ChunkedBitSet keeps an all-zeros or all-ones chunk as one word (here every
 * level of the tree is a chunk size). A set of the form "the first k paths"
 * is then h nodes (h = log2 of the words), whatever k: N live guards give
 * the join blocks of their unwind drop chain such sets (block k holds the k
 * guards before it), which as word lists were N^2 / 64 words (drops37).
 *
 * Nodes are never shared and changed: a tree is a value. Copying a set is
 * copying its root; changing a word copies the path to it (h nodes), except
 * for the nodes made since the last bitforest_freeze, which belong to the one
 * set being changed (the dataflow's working state, between two copies of it)
 * and are changed in place. The caller freezes whenever it copies a root out
 * of or into the set it will change. Nodes live until bitforest_free.
 *
 * Leaves (level 0) index `word`, the other levels `kid`; ids 0 and 1 are
 * BT_ZEROS and BT_ONES in both (word[0] = 0, word[1] = ~0). */
#include <stdlib.h>

#include "passes.h"

static void *grow(void *p, uint32_t *cap, uint32_t n, size_t size)
{
	if (n < *cap)
		return p;
	if (*cap >= UINT32_MAX / 4)
		internal_error("bit_tree: past 2^30 nodes");
	*cap = *cap ? 2 * *cap : 64;
	p = realloc(p, (size_t)*cap * size);
	if (!p)
		internal_error("out of memory");
	return p;
}

void bitforest_init(BitForest *F, uint32_t nwords)
{
	F->h = 0;
	while (((uint64_t)1 << F->h) < nwords)
		F->h++;
	F->kid = NULL;
	F->word = NULL;
	F->nkid = F->capkid = F->nword = F->capword = 0;
	F->word = grow(F->word, &F->capword, 2, sizeof *F->word);
	F->word[0] = 0;
	F->word[1] = ~0ull;
	F->kid = grow(F->kid, &F->capkid, 2, sizeof *F->kid);
	F->kid[0][0] = F->kid[0][1] = BT_ZEROS;
	F->kid[1][0] = F->kid[1][1] = BT_ONES;
	F->nword = F->nkid = 2;
	bitforest_freeze(F);
}

void bitforest_free(BitForest *F)
{
	free(F->kid);
	free(F->word);
	F->kid = NULL;
	F->word = NULL;
}

void bitforest_freeze(BitForest *F)
{
	F->frozen_kid = F->nkid;
	F->frozen_word = F->nword;
}

static BitTree leaf(BitForest *F, uint64_t v)
{
	if (v == 0)
		return BT_ZEROS;
	if (v == ~0ull)
		return BT_ONES;
	F->word = grow(F->word, &F->capword, F->nword, sizeof *F->word);
	F->word[F->nword] = v;
	return F->nword++;
}

/* the node of kids c0, c1, made in place of id when id is the caller's own */
static BitTree inner(BitForest *F, BitTree id, BitTree c0, BitTree c1)
{
	if (c0 == c1 && c0 <= BT_ONES)
		return c0;
	if (id > BT_ONES && id >= F->frozen_kid) {
		F->kid[id][0] = c0;
		F->kid[id][1] = c1;
		return id;
	}
	F->kid = grow(F->kid, &F->capkid, F->nkid, sizeof *F->kid);
	F->kid[F->nkid][0] = c0;
	F->kid[F->nkid][1] = c1;
	return F->nkid++;
}

uint64_t bittree_word(const BitForest *F, BitTree t, uint32_t w)
{
	for (uint32_t l = F->h; l > 0 && t > BT_ONES; l--)
		t = F->kid[t][(w >> (l - 1)) & 1];
	return F->word[t]; /* a uniform node above the leaves: word[0] = 0, word[1] = ~0 */
}

static BitTree update_at(BitForest *F, BitTree t, uint32_t l, uint32_t w, uint64_t keep, uint64_t set)
{
	/* a uniform subtree the change leaves as it is (a kill in a maybe-uninitialised
	 * set that is all ones there): no walk down to the leaf */
	if (t <= BT_ONES && ((F->word[t] & keep) | set) == F->word[t])
		return t;
	if (l == 0) {
		uint64_t old = F->word[t], v = (old & keep) | set;
		if (v == old)
			return t;
		if (v != 0 && v != ~0ull && t > BT_ONES && t >= F->frozen_word) {
			F->word[t] = v;
			return t;
		}
		return leaf(F, v);
	}
	uint32_t b = (w >> (l - 1)) & 1;
	BitTree c0 = F->kid[t][0], c1 = F->kid[t][1]; /* kid[0], kid[1]: a uniform node's */
	BitTree old = b ? c1 : c0;
	BitTree nc = update_at(F, old, l - 1, w, keep, set);
	if (nc == old)
		return t;
	return b ? inner(F, t, c0, nc) : inner(F, t, nc, c1);
}

/* t with word w := (word & keep) | set */
BitTree bittree_update(BitForest *F, BitTree t, uint32_t w, uint64_t keep, uint64_t set)
{
	return update_at(F, t, F->h, w, keep, set);
}

static BitTree union_at(BitForest *F, BitTree a, BitTree b, uint32_t l, int *grew)
{
	if (a == b || b == BT_ZEROS || a == BT_ONES)
		return a;
	if (a == BT_ZEROS || b == BT_ONES) {
		*grew = 1;
		return b;
	}
	if (l == 0) {
		uint64_t v = F->word[a] | F->word[b];
		if (v == F->word[a])
			return a;
		*grew = 1;
		return v == F->word[b] ? b : leaf(F, v);
	}
	BitTree a0 = F->kid[a][0], a1 = F->kid[a][1], b0 = F->kid[b][0], b1 = F->kid[b][1];
	int g = 0;
	BitTree r0 = union_at(F, a0, b0, l - 1, &g);
	BitTree r1 = union_at(F, a1, b1, l - 1, &g);
	if (!g)
		return a;
	*grew = 1;
	return inner(F, BT_ZEROS, r0, r1); /* BT_ZEROS: a new node, never one of a's changed */
}

/* a | b; *grew set when it differs from a (left alone otherwise). Shares the
 * subtrees of a and b, so neither may be the caller's own afterwards:
 * freeze before changing a set that may hold them. */
BitTree bittree_union(BitForest *F, BitTree a, BitTree b, int *grew)
{
	return union_at(F, a, b, F->h, grew);
}
