/* cfg.c — control-flow utilities shared by the passes (rustc: SimplifyCfg's
 * remove_dead_blocks, and the successor/predecessor queries of BasicBlocks). */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

BlockId fn_state_switch(const Fn *f, TypeId coro_ty, LocalId *self)
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Block *bb = &f->blocks[b];
		if (!bb->has_term || bb->term.kind != TK_SWITCH || bb->term.a.kind == OP_CONST)
			continue;
		const Place *d = place_get(f, bb->term.a.v);
		if (d->nproj)
			continue;
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			const Stmt *s = &bb->stmts[i];
			if (s->kind == ST_ASSIGN && s->rv == RV_DISCR && place_is_local(f, s->place) &&
			    place_get(f, s->place)->local == d->local && place_type(f, s->a.v) == coro_ty) {
				if (self)
					*self = place_get(f, s->a.v)->local;
				return b;
			}
		}
	}
	return NO_BLOCK;
}

BlockId switch_arm_target(const Fn *f, BlockId sw, uint64_t v)
{
	const Term *t = &f->blocks[sw].term;
	for (uint32_t i = 0; i < t->nargs; i++)
		if (f->arms[t->args + i].value == v)
			return f->arms[t->args + i].target;
	return NO_BLOCK;
}

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

void fn_mark_reachable(const Fn *f, uint8_t *seen, const BlockId *roots, uint32_t nroots)
{
	BlockId *stack = malloc((f->nblocks + 1) * sizeof *stack);
	if (!stack)
		internal_error("out of memory");
	uint32_t sp = 0;
	for (uint32_t i = 0; i < nroots; i++)
		if (roots[i] < f->nblocks && !seen[roots[i]])
			seen[roots[i]] = 1, stack[sp++] = roots[i];
	while (sp) {
		BlockId b = stack[--sp];
		const Term *t = &f->blocks[b].term;
		if (!f->blocks[b].has_term)
			continue;
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
}

uint8_t *fn_reachable(const Fn *f)
{
	uint8_t *seen = calloc(f->nblocks ? f->nblocks : 1, 1);
	if (!seen)
		internal_error("out of memory");
	BlockId entry = 0;
	fn_mark_reachable(f, seen, &entry, f->nblocks ? 1 : 0);
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

/* ---------------------------------------------------------------------- */
/* The CFG before StateTransform (rustc's BasicBlocks at that stage): the   */
/* successors and predecessor counts rustc's pre-transform passes use       */
/* (passes/simplify_cfg.c, add_call_guards.c, elaborate_drops.c). Unlike    */
/* term_successors, they count a Drop's `drop:` edge, a FalseUnwind's      */
/* unwind edge and a FalseEdge's imaginary target (rustc's successors()).  */
/* ---------------------------------------------------------------------- */

/* A terminator has at most 3 successors besides a switch's arms (a call's
 * target and unwind, a drop's drop edge). The buffers for them are sized per
 * fn by cfg_succ_room(): a `match` may have any number of arms. A switch's
 * arms are a range of f->arms, so none has more than f->narms: that bound
 * needs no walk (the walk for the largest switch read every block's
 * terminator, a cache miss per block of a fn past the cache, once per
 * SimplifyCfg, ElaborateDrops, AddCallGuards and predecessor count: 4.0M of
 * the 101.7M last-level misses of `stats` on 100k shadowed lets). The buffers
 * are scratch, written only as far as a terminator's successors go. */
uint32_t cfg_succ_room(const Fn *f)
{
	return f->narms < UINT32_MAX - 3 ? f->narms + 3 : UINT32_MAX;
}

/* Successors as rustc's MIR has them before StateTransform (Drop `drop:` edges too). */
uint32_t cfg_succs(const Fn *f, const Term *t, BlockId *out)
{
	uint32_t n = 0;
	switch (t->kind) {
	case TK_GOTO:
		out[n++] = t->target;
		if (t->op == GOTO_FALSE_UNWIND && t->unwind == UW_CLEANUP)
			out[n++] = t->unwind_bb;
		if (t->op == GOTO_FALSE_EDGE && t->drop != NO_BLOCK) /* rustc: FalseEdge's imaginary_target */
			out[n++] = t->drop;
		break;
	case TK_SWITCH:
		for (uint32_t i = 0; i < t->nargs; i++)
			out[n++] = f->arms[t->args + i].target;
		out[n++] = t->target;
		break;
	case TK_CALL:
	case TK_DROP:
	case TK_ASSERT:
		if (t->target != NO_BLOCK)
			out[n++] = t->target;
		if (t->unwind == UW_CLEANUP)
			out[n++] = t->unwind_bb;
		if (t->kind == TK_DROP && t->drop != NO_BLOCK)
			out[n++] = t->drop;
		break;
	case TK_YIELD:
		out[n++] = t->target;
		if (t->drop != NO_BLOCK)
			out[n++] = t->drop;
		break;
	default: break;
	}
	return n;
}

/* The successor fields themselves, in cfg_succs() order (to rewrite them). */
uint32_t cfg_succ_slots(Fn *f, Term *t, BlockId **out)
{
	uint32_t n = 0;
	switch (t->kind) {
	case TK_GOTO:
		out[n++] = &t->target;
		if (t->op == GOTO_FALSE_UNWIND && t->unwind == UW_CLEANUP)
			out[n++] = &t->unwind_bb;
		if (t->op == GOTO_FALSE_EDGE && t->drop != NO_BLOCK)
			out[n++] = &t->drop;
		break;
	case TK_SWITCH:
		for (uint32_t i = 0; i < t->nargs; i++)
			out[n++] = &f->arms[t->args + i].target;
		out[n++] = &t->target;
		break;
	case TK_CALL:
	case TK_DROP:
	case TK_ASSERT:
		if (t->target != NO_BLOCK)
			out[n++] = &t->target;
		if (t->unwind == UW_CLEANUP)
			out[n++] = &t->unwind_bb;
		if (t->kind == TK_DROP && t->drop != NO_BLOCK)
			out[n++] = &t->drop;
		break;
	case TK_YIELD:
		out[n++] = &t->target;
		if (t->drop != NO_BLOCK)
			out[n++] = &t->drop;
		break;
	default: break;
	}
	return n;
}

/* Predecessors of each block counted over the blocks reachable from bb0 (bb0
 * one more, for the entry): an unreachable block counts 0. */
/* One body for both: inlined into each, so that the count without a visit has
 * no test of it per block (a call through the pointer kept cfg_succs out of
 * line: 28M more instructions at 40k fnawaits) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void preds_count(Fn *f, uint32_t *cnt, void (*visit)(Fn *f, BlockId b))
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	memset(cnt, 0, n * sizeof *cnt);
	/* one allocation: the stack, then the seen flags */
	BlockId *stack = scratch_alloc_uninit((n + 1) * sizeof *stack + n);
	uint8_t *seen = (uint8_t *)(stack + n + 1);
	memset(seen, 0, n);
	BlockId *s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	uint32_t sp = 0;
	cnt[0] = 1;
	stack[sp++] = 0;
	seen[0] = 1;
	while (sp) {
		BlockId bb = stack[--sp];
		if (visit)
			visit(f, bb);
		uint32_t ns = f->blocks[bb].has_term ? cfg_succs(f, &f->blocks[bb].term, s) : 0;
		for (uint32_t i = 0; i < ns; i++) {
			cnt[s[i]]++;
			if (!seen[s[i]]) {
				seen[s[i]] = 1;
				stack[sp++] = s[i];
			}
		}
	}
	scratch_release(sm);
}

void cfg_preds_count(Fn *f, uint32_t *cnt)
{
	preds_count(f, cnt, NULL);
}

void cfg_preds_count_visit(Fn *f, uint32_t *cnt, void (*visit)(Fn *f, BlockId b))
{
	preds_count(f, cnt, visit);
}
