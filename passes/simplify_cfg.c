/* simplify_cfg.c — rustc's SimplifyCfg and remove_dead_blocks
 * (compiler/rustc_mir_transform/src/simplify.rs), run on each body before
 * StateTransform twice, as SimplifyCfg-initial and SimplifyCfg-post-analysis
 * (passes/before_transform.c).
 *
 * CfgSimplifier: goto chains through empty blocks collapse, a switch whose
 * targets are all the same becomes a goto, a goto to a block with one
 * predecessor takes that block's statements and terminator; then
 * remove_duplicate_unreachable_blocks (empty `unreachable` blocks become one,
 * simplify_duplicate_switch_targets) and remove_dead_blocks, which keeps the
 * live blocks in order (the numbering rustc's dumps have). Nops are stripped
 * first (FakeReads stay until CleanupPostBorrowck: they keep a block from
 * being empty for SimplifyCfg-initial, as in rustc).
 *
 * Divergence: a goto chain is followed with a step bound instead of rustc's
 * path compression (collapse_goto_chain); the result is the same. The
 * goldens compare the block numbering with rustc 1.95's dumps.
 */
#include "passes.h"

static void remove_dead_blocks_counted(Fn *f, const uint32_t *cnt);

/* rustc: SimplifyCfg (CfgSimplifier + remove_dead_blocks). */
void simplify_cfg(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint32_t *pred = scratch_alloc_uninit(n * sizeof *pred);
	/* strip nops (FakeReads are statements until CleanupPostBorrowck) */
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *bl = &f->blocks[bb];
		uint32_t k = 0;
		for (uint32_t i = 0; i < bl->nstmts; i++)
			if (!(bl->stmts[i].kind == ST_NOP && bl->stmts[i].x == 0)) {
				if (k != i) /* a statement kept in place is not written (its line stays clean) */
					bl->stmts[k] = bl->stmts[i];
				k++;
			}
		bl->nstmts = k;
	}
	cfg_preds_count(f, pred);
	/* merging blocks and collapsing switches never adds successors */
	BlockId **s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	int rounds = 0; /* rounds of the loop: one means it changed nothing */
	for (int changed = 1; changed; rounds++) {
		changed = 0;
		for (uint32_t bb = 0; bb < n; bb++) {
			if (pred[bb] == 0 || !f->blocks[bb].has_term)
				continue;
			Term *t = &f->blocks[bb].term;
			/* collapse goto chains */
			uint32_t ns = cfg_succ_slots(f, t, s);
			for (uint32_t i = 0; i < ns; i++) {
				BlockId *ref = s[i];
				BlockId tgt = *ref;
				BlockId cur = tgt;
				uint32_t guard = 0;
				while (f->blocks[cur].nstmts == 0 && f->blocks[cur].has_term &&
				       f->blocks[cur].term.kind == TK_GOTO && f->blocks[cur].term.op == GOTO_PLAIN &&
				       f->blocks[cur].term.target != cur &&
				       guard++ < n) {
					BlockId nx = f->blocks[cur].term.target;
					if (pred[cur] == 1) {
						/* the chain is only used here */
					}
					cur = nx;
				}
				if (cur != tgt) {
					/* rustc decrements pred counts along the chain */
					BlockId c = tgt;
					while (c != cur) {
						BlockId nx = f->blocks[c].term.target;
						pred[c]--;
						pred[nx]++;
						c = nx;
					}
					*ref = cur;
					changed = 1;
				}
			}
			for (int inner = 1; inner;) {
				inner = 0;
				/* switch with every target the same */
				if (t->kind == TK_SWITCH) {
					int same = 1;
					for (uint32_t i = 0; i < t->nargs; i++)
						same &= f->arms[t->args + i].target == t->target;
					if (same) {
						BlockId tg = t->target;
						if (t->nargs)
							pred[tg] -= t->nargs;
						*t = term_goto(tg);
						inner = 1;
					}
				}
				if (t->kind == TK_GOTO && t->op == GOTO_PLAIN && pred[t->target] == 1 && t->target != bb &&
				    f->blocks[t->target].has_term) {
					BlockId tg = t->target;
					Block *src = &f->blocks[tg];
					for (uint32_t i = 0; i < src->nstmts; i++)
						fn_push_stmt(f, bb, src->stmts[i]);
					Term nt = src->term;
					src->nstmts = 0;
					src->has_term = 0;
					pred[tg] = 0;
					t = &f->blocks[bb].term;
					*t = nt;
					inner = 1;
				}
				if (inner)
					changed = 1;
			}
		}
	}
	/* rustc: remove_duplicate_unreachable_blocks */
	BlockId first_unreach = NO_BLOCK;
	uint8_t *dup = scratch_alloc(n);
	uint32_t ndup = 0;
	uint32_t *live = pred; /* a CFG the loop left as it was: its counts still hold */
	if (rounds > 1) {
		live = scratch_alloc_uninit(n * sizeof *live);
		cfg_preds_count(f, live); /* dead blocks were removed by the earlier SimplifyCfg-initial */
	}
	for (uint32_t bb = 0; bb < n; bb++) {
		Block *bl = &f->blocks[bb];
		if (live[bb] && bl->has_term && bl->nstmts == 0 && bl->term.kind == TK_UNREACHABLE && !bl->cleanup) {
			if (first_unreach == NO_BLOCK)
				first_unreach = bb;
			dup[bb] = 1;
			ndup++;
		}
	}
	if (ndup > 1) {
		for (uint32_t bb = 0; bb < n; bb++) {
			if (!f->blocks[bb].has_term)
				continue;
			Term *t = &f->blocks[bb].term;
			uint32_t ns = cfg_succ_slots(f, t, s);
			for (uint32_t i = 0; i < ns; i++) {
				BlockId *ref = s[i];
				if (dup[*ref])
					*ref = first_unreach;
			}
			if (t->kind == TK_SWITCH) { /* simplify_duplicate_switch_targets */
				uint32_t k = 0;
				for (uint32_t i = 0; i < t->nargs; i++)
					if (f->arms[t->args + i].target != t->target)
						f->arms[t->args + k++] = f->arms[t->args + i];
				t->nargs = k;
			}
		}
		remove_dead_blocks(f);
	} else {
		remove_dead_blocks_counted(f, live); /* nothing changed since they were counted */
	}
	scratch_release(sm);
}

/* rustc: remove_dead_blocks (keeps the order of the live blocks). */
static void remove_dead_blocks_counted(Fn *f, const uint32_t *cnt)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint32_t *map = scratch_alloc_uninit(n * sizeof *map);
	uint32_t k = 0;
	for (uint32_t bb = 0; bb < n; bb++)
		map[bb] = cnt[bb] ? k++ : NO_BLOCK;
	if (k == n) { /* every block live: every id stays (SimplifyCfg-post-analysis, mostly) */
		scratch_release(sm);
		return;
	}
	BlockId **s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	for (uint32_t bb = 0; bb < n; bb++) {
		if (map[bb] == NO_BLOCK)
			continue;
		Term *t = &f->blocks[bb].term;
		uint32_t ns = cfg_succ_slots(f, t, s);
		for (uint32_t i = 0; i < ns; i++) {
			BlockId *ref = s[i];
			*ref = map[*ref];
		}
		if (map[bb] != bb)
			f->blocks[map[bb]] = f->blocks[bb];
	}
	f->nblocks = k;
	scratch_release(sm);
}

/* rustc: simplify::remove_dead_blocks. */
void remove_dead_blocks(Fn *f)
{
	ScratchMark sm = scratch_mark();
	uint32_t *cnt = scratch_alloc_uninit(f->nblocks * sizeof *cnt);
	cfg_preds_count(f, cnt);
	remove_dead_blocks_counted(f, cnt);
	scratch_release(sm);
}
