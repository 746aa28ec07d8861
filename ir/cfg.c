/* cfg.c — control-flow utilities shared by the passes (rustc: SimplifyCfg's
 * remove_dead_blocks, and the successor/predecessor queries of BasicBlocks). */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

static void remap(BlockId *b, const BlockId *map)
{
	if (*b != NO_BLOCK)
		*b = map[*b];
}

/* Rewrite every edge of t with map (old block -> new block). */
static void term_remap(Fn *f, Term *t, const BlockId *map)
{
	remap(&t->target, map);
	remap(&t->drop, map);
	if (t->unwind == UW_CLEANUP)
		remap(&t->unwind_bb, map);
	if (t->kind == TK_SWITCH)
		for (uint32_t i = 0; i < t->nargs; i++)
			remap(&f->arms[t->args + i].target, map);
}

void fn_redirect(Fn *f, BlockId from, BlockId to)
{
	BlockId *map = malloc(f->nblocks * sizeof *map);
	if (!map)
		internal_error("out of memory");
	for (BlockId b = 0; b < f->nblocks; b++)
		map[b] = b == from ? to : b;
	for (BlockId b = 0; b < f->nblocks; b++)
		if (f->blocks[b].has_term)
			term_remap(f, &f->blocks[b].term, map);
	free(map);
}

uint8_t *fn_reachable(const Fn *f)
{
	uint8_t *seen = calloc(f->nblocks ? f->nblocks : 1, 1);
	BlockId *stack = malloc((f->nblocks + 1) * sizeof *stack);
	if (!seen || !stack)
		internal_error("out of memory");
	uint32_t sp = 0;
	if (f->nblocks) {
		stack[sp++] = 0;
		seen[0] = 1;
	}
	while (sp) {
		BlockId b = stack[--sp];
		const Term *t = &f->blocks[b].term;
		uint32_t n = term_nsuccessors(f, t);
		BlockId small[8], *succ = n <= 8 ? small : malloc(n * sizeof *succ);
		if (!succ)
			internal_error("out of memory");
		term_successors(f, t, succ, n);
		for (uint32_t i = 0; i < n; i++) {
			if (succ[i] < f->nblocks && !seen[succ[i]]) {
				seen[succ[i]] = 1;
				stack[sp++] = succ[i];
			}
		}
		if (succ != small)
			free(succ);
	}
	free(stack);
	return seen;
}

uint32_t fn_remove_unreachable(Fn *f)
{
	uint8_t *live = fn_reachable(f);
	BlockId *map = malloc((f->nblocks ? f->nblocks : 1) * sizeof *map);
	if (!map)
		internal_error("out of memory");
	uint32_t n = 0;
	for (BlockId b = 0; b < f->nblocks; b++)
		map[b] = live[b] ? n++ : NO_BLOCK;
	uint32_t removed = f->nblocks - n;
	if (removed) {
		for (BlockId b = 0; b < f->nblocks; b++) {
			if (!live[b])
				continue;
			f->blocks[map[b]] = f->blocks[b];
			term_remap(f, &f->blocks[map[b]].term, map);
		}
		f->nblocks = n;
	}
	free(map);
	free(live);
	return removed;
}
