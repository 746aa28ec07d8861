/* simplify_cfg.c — rustc's SimplifyCfg and remove_dead_blocks
 * (compiler/rustc_mir_transform/src/simplify.rs), run on each body before
 * StateTransform twice, as SimplifyCfg-initial and SimplifyCfg-post-analysis
 * (passes/before_transform.c).
 *
 * CfgSimplifier: goto chains through empty blocks collapse (a switch whose
 * targets are all the same stays one before borrowck; the builder's switch of no
 * value is a goto), a goto to a block with one
 * predecessor takes that block's statements and terminator; then
 * remove_duplicate_unreachable_blocks (empty `unreachable` blocks become one;
 * a switch keeps a target equal to its otherwise) and remove_dead_blocks, which keeps the
 * live blocks in order (the numbering rustc's dumps have). Nops are stripped
 * first (FakeReads stay until CleanupPostBorrowck: they keep a block from
 * being empty for SimplifyCfg-initial, as in rustc).
 *
 * collapse_goto_chain is rustc's, path compression and predecessor counts
 * included: a chain block left without predecessors no longer counts as a
 * predecessor of the chain's end, so the end can still be merged into its one
 * live predecessor (counting it made a `continue` block after an `if .. { break }`
 * stay a block of its own, numbered after the loop body, issue 22). The goldens
 * compare the block numbering with rustc 1.95's dumps.
 */
#include <stdlib.h>

#include "passes.h"

static void remove_dead_blocks_counted(Fn *f, const uint32_t *cnt, const uint8_t *dup, BlockId first_unreach);

enum { TAKEN = 1, EMPTY_GOTO = 2 };
/* Per block, what its last visit left (walk33): SETTLED, a visit would change
 * nothing until an unsettling event; SETTLED_UNREACH, it is an empty
 * `unreachable` block (a candidate of remove_duplicate_unreachable_blocks). */
enum { SETTLED = 1, SETTLED_UNREACH = 2 };

/* EMPTY_GOTO: bb has no statement and a plain goto, what a chain goes through */
static uint8_t empty_goto(const Fn *f, BlockId bb)
{
	const Block *bl = &f->blocks[bb];
	return bl->nstmts == 0 && bl->has_term && bl->term.kind == TK_GOTO && bl->term.op == GOTO_PLAIN ? EMPTY_GOTO : 0;
}

/* rustc: CfgSimplifier::collapse_goto_chain. The successor *start goes to the end of the chain
 * of empty plain gotos it begins; every goto of the chain is pointed at that end too, and the
 * predecessor counts stay those of the live blocks: a chain block whose only predecessor was
 * this edge is dead (count 0, its goto no longer counted), any other keeps its other
 * predecessors and now counts as one more predecessor of the end. rustc takes each chain
 * block's terminator while it walks, and the block being simplified has its terminator taken:
 * `taken` marks both, so a chain stops at them (a loop of empty gotos collapses to its entry).
 * Returns whether a chain block's target changed (rustc's `changed`).
 * taken: per block TAKEN and EMPTY_GOTO (kept up to date by the caller), so
 * that a chain's end is found without reading the block it ends at: a
 * successor that is not an empty goto was a cache miss per edge once the
 * blocks left the caches (100k shadowed lets: 300k blocks of 64 bytes) */
static int collapse_goto_chain(Fn *f, BlockId *start, uint32_t *pred, uint8_t *taken, BlockId *chain,
			       int *unsettle)
{
	uint32_t nc = 0;
	BlockId cur = *start;
	while (taken[cur] == EMPTY_GOTO) {
		taken[cur] |= TAKEN;
		chain[nc++] = cur;
		cur = f->blocks[cur].term.target;
	}
	BlockId last = cur;
	*start = last;
	int changed = 0;
	/* the chain's blocks now go to an empty goto (the block being visited, or
	 * a loop of them): a visit of theirs would collapse it */
	if (nc && (taken[last] & EMPTY_GOTO))
		*unsettle = 1;
	while (nc) {
		BlockId c = chain[--nc];
		taken[c] &= (uint8_t)~TAKEN;
		changed |= f->blocks[c].term.target != last;
		f->blocks[c].term.target = last;
		if (pred[c] == 1) {
			pred[c] = 0;
		} else {
			pred[last]++;
			pred[c]--;
		}
	}
	return changed;
}

/* rustc: CfgSimplifier::simplify's strip_nops (an ST_NOP of x = 1 is a FakeRead: kept) */
static void strip_nops(Fn *f, BlockId bb)
{
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

/* The sanitizer build's check of a settled block the loop skips: a visit
 * would change nothing (its successors begin no chain, no switch of no value,
 * no merge) and its SETTLED_UNREACH flag is what the visit would find. */
static void check_settled(Fn *f, BlockId bb, const uint32_t *pred, const uint8_t *taken, BlockId **s,
			  uint8_t settled)
{
	const Block *bl = &f->blocks[bb];
	const Term *t = &bl->term;
	int ok = bl->has_term && !(t->kind == TK_SWITCH && t->nargs == 0) &&
		 !(t->kind == TK_GOTO && t->op == GOTO_PLAIN && pred[t->target] == 1 && t->target != bb &&
		   f->blocks[t->target].has_term);
	uint32_t ns = ok ? cfg_succ_slots(f, (Term *)t, s) : 0;
	for (uint32_t i = 0; i < ns; i++)
		ok &= *s[i] == bb || taken[*s[i]] != EMPTY_GOTO;
	int unreach = t->kind == TK_UNREACHABLE && bl->nstmts == 0 && !bl->cleanup;
	if (!ok || unreach != !!(settled & SETTLED_UNREACH))
		internal_error("SimplifyCfg: %s: bb%u skipped as settled, but a visit would change it", f->name, bb);
}

/* The sanitizer build's check that the loop's counts tell reachability as a
 * recount does (miss39). Why they do: at the start a block counts the edges of
 * the blocks bb0 reaches (0: unreachable). A merge moves the merged block's
 * edges to the block that takes it, which was its one predecessor; a switch of
 * no value becomes a goto to its one target. A chain's collapse points its
 * start and its blocks at its end; a chain block has one successor, the next
 * one, so whatever a path through the chain reached is reached through the end,
 * and only chain blocks can become unreachable: a chain block whose one counted
 * edge was the chain's own gets 0 (its goto no longer counts), any other keeps
 * a predecessor that still reaches it (no other chain block points at it now).
 * So no unreachable cycle keeps a count, and removing the blocks counted 0 is
 * rustc's remove_dead_blocks (a reachability walk there). */
static void check_counts_reach(Fn *f, const uint32_t *pred)
{
	ScratchMark sm = scratch_mark();
	uint32_t *cnt = scratch_alloc_uninit((f->nblocks ? f->nblocks : 1) * sizeof *cnt);
	cfg_preds_count(f, cnt);
	for (BlockId b = 0; b < f->nblocks; b++)
		if (!cnt[b] != !pred[b])
			internal_error("SimplifyCfg: %s: bb%u counts %u predecessors, a recount %u", f->name, b,
				       pred[b], cnt[b]);
	scratch_release(sm);
}

/* What a note keeps of a block besides its successors: its EMPTY_GOTO, and
 * what tells whether the loop's first visit would change it (settle_noted). */
enum { NOTE_TERM = 4, NOTE_PLAIN_GOTO = 8, NOTE_UNREACH = 16, NOTE_NO_VALUE = 32 };

static uint8_t note_flags(const Fn *f, BlockId bb)
{
	const Block *bl = &f->blocks[bb];
	const Term *t = &bl->term;
	if (!bl->has_term)
		return 0;
	return (uint8_t)(empty_goto(f, bb) | NOTE_TERM | (t->kind == TK_GOTO && t->op == GOTO_PLAIN ? NOTE_PLAIN_GOTO : 0) |
			 (t->kind == TK_UNREACHABLE && bl->nstmts == 0 && !bl->cleanup ? NOTE_UNREACH : 0) |
			 (t->kind == TK_SWITCH && t->nargs == 0 ? NOTE_NO_VALUE : 0));
}

/* miss39: the notes of the walk before SimplifyCfg-post-analysis
 * (simplify_cfg_note_*, passes.h): block b's successors (cfg_succs) are
 * succ[at[b] .. at[b+1]), flag[b] its EMPTY_GOTO. The count then reads these
 * (a few bytes per block, written in order) instead of every Block (64 bytes,
 * in the order of a depth-first walk): at 100k guarded arms the blocks are far
 * past the cache, and the walk before just read each one. */
typedef struct Notes {
	Fn *f;              /* NULL: none */
	uint32_t n, cap;    /* blocks noted; room for f->nblocks as the walk began */
	uint32_t *at;       /* cap + 1 */
	BlockId *succ;
	uint32_t nsucc, capsucc;
	uint8_t *flag;      /* cap */
} Notes;
static _Thread_local Notes notes;

static void *notes_realloc(void *p, size_t size)
{
	void *q = realloc(p, size ? size : 1);
	if (!q)
		internal_error("out of memory (%zu bytes)", size);
	return q;
}

void simplify_cfg_note_drop(void)
{
	free(notes.at);
	free(notes.succ);
	free(notes.flag);
	memset(&notes, 0, sizeof notes);
}

void simplify_cfg_note_begin(Fn *f)
{
	simplify_cfg_note_drop();
	notes.f = f;
	notes.cap = f->nblocks;
	notes.at = notes_realloc(NULL, ((size_t)notes.cap + 1) * sizeof *notes.at);
	notes.flag = notes_realloc(NULL, notes.cap ? notes.cap : 1);
	notes.at[0] = 0;
}

void simplify_cfg_note_block(Fn *f, BlockId bb)
{
	if (notes.f != f || bb != notes.n || bb >= notes.cap) { /* not the walk begun: no notes */
		simplify_cfg_note_drop();
		return;
	}
	const Block *bl = &f->blocks[bb];
	uint32_t most = !bl->has_term ? 0 : bl->term.kind == TK_SWITCH ? bl->term.nargs + 1 : 3;
	if (notes.capsucc - notes.nsucc < most) {
		size_t cap = (size_t)notes.capsucc * 2 + most + 16;
		if (cap > UINT32_MAX)
			internal_error("SimplifyCfg: %s: too many edges", f->name);
		notes.succ = notes_realloc(notes.succ, cap * sizeof *notes.succ);
		notes.capsucc = (uint32_t)cap;
	}
	notes.nsucc += bl->has_term ? cfg_succs(f, &bl->term, notes.succ + notes.nsucc) : 0;
	notes.at[++notes.n] = notes.nsucc;
	notes.flag[bb] = note_flags(f, bb);
}

/* The sanitizer build's check that the notes are the body as it is. */
static void check_notes(Fn *f)
{
	ScratchMark sm = scratch_mark();
	BlockId *s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	for (BlockId b = 0; b < f->nblocks; b++) {
		uint32_t ns = f->blocks[b].has_term ? cfg_succs(f, &f->blocks[b].term, s) : 0;
		int same = ns == notes.at[b + 1] - notes.at[b] && notes.flag[b] == note_flags(f, b);
		for (uint32_t i = 0; same && i < ns; i++)
			same = s[i] == notes.succ[notes.at[b] + i];
		if (!same)
			internal_error("SimplifyCfg: %s: bb%u is not as the walk before noted it", f->name, b);
	}
	scratch_release(sm);
}

/* cfg_preds_count_visit with flag_block, from the notes: the counts over the
 * blocks bb0 reaches, and EMPTY_GOTO in taken of each of them. */
static void preds_count_noted(uint32_t *cnt, uint8_t *taken)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = notes.n;
	memset(cnt, 0, n * sizeof *cnt);
	BlockId *stack = scratch_alloc_uninit((n + 1) * sizeof *stack);
	uint8_t *seen = scratch_alloc(n);
	uint32_t sp = 0;
	cnt[0] = 1;
	stack[sp++] = 0;
	seen[0] = 1;
	while (sp) {
		BlockId bb = stack[--sp];
		taken[bb] = notes.flag[bb] & EMPTY_GOTO;
		for (uint32_t i = notes.at[bb]; i < notes.at[bb + 1]; i++) {
			BlockId t = notes.succ[i];
			cnt[t]++;
			if (!seen[t]) {
				seen[t] = 1;
				stack[sp++] = t;
			}
		}
	}
	scratch_release(sm);
}

/* The loop's SETTLED flags of the blocks bb0 reaches, from the notes and the
 * counts, before its first round: what check_settled would find of each (no
 * successor but itself begins a chain, no switch of no value, no merge into a
 * goto), so that the first round too skips the blocks its visit would not
 * change (after CleanupPostBorrowck, most). */
static void settle_noted(const uint32_t *pred, const uint8_t *taken, uint8_t *settled, uint32_t n)
{
	for (BlockId bb = 0; bb < n; bb++) {
		uint8_t fl = notes.flag[bb];
		if (!pred[bb] || !(fl & NOTE_TERM) || (fl & NOTE_NO_VALUE))
			continue;
		uint32_t from = notes.at[bb], to = notes.at[bb + 1];
		if (fl & NOTE_PLAIN_GOTO) { /* its one successor: the target */
			BlockId tg = notes.succ[from];
			if (pred[tg] == 1 && tg != bb && (notes.flag[tg] & NOTE_TERM))
				continue;
		}
		uint8_t st = SETTLED;
		for (uint32_t i = from; i < to && st; i++)
			if (notes.succ[i] != bb && taken[notes.succ[i]] == EMPTY_GOTO)
				st = 0;
		if (st && (fl & NOTE_UNREACH))
			st |= SETTLED_UNREACH;
		settled[bb] = st;
	}
}

/* The flags of simplify_cfg_known's walk, for the visits of the count. */
static _Thread_local uint8_t *walk_flags;

static void flag_block(Fn *f, BlockId bb)
{
	walk_flags[bb] = empty_goto(f, bb);
}

static void strip_and_flag(Fn *f, BlockId bb)
{
	strip_nops(f, bb);
	walk_flags[bb] = empty_goto(f, bb);
}

/* FACT_BUILT: the builder's body, every reachable block terminated */
static void strip_and_flag_built(Fn *f, BlockId bb)
{
	if (!f->blocks[bb].has_term)
		internal_error("lower: %s: bb%u has no terminator", f->name, bb);
	strip_and_flag(f, bb);
}

/* rustc: SimplifyCfg (CfgSimplifier + remove_dead_blocks). */
void simplify_cfg(Fn *f)
{
	simplify_cfg_known(f, 0);
}

/* The same, given facts about f (FACT_*): with FACT_NO_NOP there is no nop
 * to strip, and the walk over every statement that would find none is not made. */
void simplify_cfg_known(Fn *f, unsigned facts)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint32_t *pred = scratch_alloc_uninit(n * sizeof *pred);
	/* EMPTY_GOTO of the blocks the count reaches (set as it visits each, while
	 * the block is in the cache), TAKEN while a chain or the loop holds one */
	uint8_t *taken = scratch_alloc(n);
	int noted = (facts & FACT_NOTED) && (facts & FACT_NO_NOP) && notes.f == f && n && notes.n == n;
	uint8_t *settled = scratch_alloc(n ? n : 1);
	int all = 1; /* visit every block this round */
	if (noted) {
		if (COROSLIM_ASAN)
			check_notes(f);
		preds_count_noted(pred, taken);
		settle_noted(pred, taken, settled, n);
		all = 0;
	} else {
		walk_flags = taken;
		/* strip nops (FakeReads are statements until CleanupPostBorrowck) of the
		 * blocks reachable from bb0, as the count reaches each: the others are never
		 * read (a chain, a merge and the duplicate unreachable blocks start from a
		 * counted block and follow its edges) and remove_dead_blocks drops them */
		cfg_preds_count_visit(f, pred,
				      (facts & FACT_NO_NOP) ? flag_block
				      : (facts & FACT_BUILT) ? strip_and_flag_built : strip_and_flag);
		walk_flags = NULL;
	}
	simplify_cfg_note_drop(); /* for this run only: the loop below changes the edges */
	/* merging blocks and collapsing switches never adds successors */
	BlockId **s = scratch_alloc_uninit(cfg_succ_room(f) * sizeof *s);
	BlockId *chain = scratch_alloc_uninit(n * sizeof *chain);
	int rounds = 0; /* rounds of the loop: one means it changed nothing */
	/* The empty `unreachable` blocks the last round visits, in order: that round
	 * changed nothing, so they are the candidates of remove_duplicate_unreachable_blocks
	 * below, which keeps those still counted live (a block the loop skips, with no
	 * counted predecessor, is not reachable). Collected in the loop, while each
	 * block is in the cache, rather than by another walk over every block. */
	BlockId *unreach = scratch_alloc_uninit((n ? n : 1) * sizeof *unreach);
	uint32_t nunreach = 0;
	/* Rounds after the first skip the blocks a visit would not change (walk33:
	 * each round read every live Block, 64 bytes; on the inputs seen, every
	 * program of tests/ and bench/ and the large generated ones, the second
	 * round is the last and changes nothing, and now reads no Block). A visit
	 * changes nothing when no successor of the block begins a chain (is an
	 * empty goto other than itself), it is no switch of no value and no merge
	 * applies: so it is after a visit that merged nothing new in, and it stays
	 * so until a block becomes an empty goto (its predecessors may collapse
	 * through it) or a chain is pointed at one. A predecessor count falls to 1
	 * only for a chain's block, an empty goto, so no skipped block has it as
	 * target. After such an event every later block of the round and every
	 * block of the next round is visited, as before; so each round does what
	 * the loop over every block did, in the same order. The sanitizer build
	 * checks every skipped block (check_settled). */
	for (int changed = 1; changed; rounds++) {
		changed = 0;
		nunreach = 0;
		int unsettle = 0;
		for (uint32_t bb = 0; bb < n; bb++) {
			if (pred[bb] == 0)
				continue;
			if (!all && !unsettle && (settled[bb] & SETTLED)) {
				if (COROSLIM_ASAN)
					check_settled(f, bb, pred, taken, s, settled[bb]);
				if (settled[bb] & SETTLED_UNREACH)
					unreach[nunreach++] = bb;
				continue;
			}
			if (!f->blocks[bb].has_term)
				continue;
			Term *t = &f->blocks[bb].term;
			if (t->kind == TK_UNREACHABLE && f->blocks[bb].nstmts == 0 && !f->blocks[bb].cleanup)
				unreach[nunreach++] = bb;
			/* collapse goto chains (rustc: collapse_goto_chain) */
			uint32_t ns = cfg_succ_slots(f, t, s);
			uint8_t was_empty_goto = taken[bb] & EMPTY_GOTO;
			taken[bb] |= TAKEN;
			for (uint32_t i = 0; i < ns; i++)
				changed |= collapse_goto_chain(f, s[i], pred, taken, chain, &unsettle);
			for (int inner = 1; inner;) {
				inner = 0;
				/* a switch with every target the same stays (rustc 1.95's simplify_branch: preserve_switch_reads
				 * on built and analysis MIR, the phases of both runs here; `Ok(true | false)`, issue 22 item 4);
				 * one with no value at all is the builder's (an integer match whose first arm is `_`,
				 * build_match.c, where rustc tests nothing): a goto */
				if (t->kind == TK_SWITCH && t->nargs == 0) {
					*t = term_goto(t->target);
					inner = 1;
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
					taken[tg] = 0;
					t = &f->blocks[bb].term;
					*t = nt;
					inner = 1;
				}
				if (inner)
					changed = 1;
			}
			taken[bb] = empty_goto(f, bb); /* what the merges left */
			if (taken[bb] && !was_empty_goto)
				unsettle = 1; /* its predecessors may collapse through it now */
			/* settled: no successor begins a chain (the merges may have brought
			 * in new ones); the inner loop left no switch of no value and no merge */
			uint8_t st = SETTLED;
			ns = cfg_succ_slots(f, t, s);
			for (uint32_t i = 0; i < ns && st; i++)
				if (*s[i] != bb && taken[*s[i]] == EMPTY_GOTO)
					st = 0;
			if (st && t->kind == TK_UNREACHABLE && f->blocks[bb].nstmts == 0 && !f->blocks[bb].cleanup)
				st |= SETTLED_UNREACH;
			settled[bb] = st;
		}
		all = unsettle;
	}
	/* rustc: remove_duplicate_unreachable_blocks */
	BlockId first_unreach = NO_BLOCK;
	uint8_t *dup = scratch_alloc(n);
	uint32_t ndup = 0;
	/* The loop's counts are the live blocks' edges (collapse_goto_chain and the
	 * merges keep them, as rustc's pred_count), and a block counts 0 exactly when
	 * bb0 no longer reaches it: no recount (miss39, see counts_reach) */
	uint32_t *live = pred;
	if (COROSLIM_ASAN && rounds > 1)
		check_counts_reach(f, pred);
	for (uint32_t i = 0; i < nunreach; i++) {
		BlockId bb = unreach[i];
		if (live[bb]) {
			if (first_unreach == NO_BLOCK)
				first_unreach = bb;
			dup[bb] = 1;
			ndup++;
		}
	}
	if (ndup > 1) {
		/* every edge to a duplicate goes to the first (remove_dead_blocks_counted
		 * redirects them in its walk over the live blocks: the dead ones go, walk33);
		 * no simplify_duplicate_switch_targets: rustc 1.95's remove_dead_blocks only redirects
		 * (`switchInt(copy ((_4 as Ok).0: bool)) -> [0: bb8, otherwise: bb8]` stays, issue 22 item 4).
		 * No recount: an unreachable block has no successors, so the redirected edges
		 * leave every other block's reachability as it was, and the duplicates but the
		 * first are reached by nothing now */
		for (uint32_t bb = 0; bb < n; bb++)
			if (dup[bb] && bb != first_unreach)
				live[bb] = 0;
		remove_dead_blocks_counted(f, live, dup, first_unreach);
	} else {
		remove_dead_blocks_counted(f, live, NULL, NO_BLOCK); /* nothing changed since they were counted */
	}
	scratch_release(sm);
}

/* rustc: remove_dead_blocks (keeps the order of the live blocks). dup: NULL,
 * or the duplicate unreachable blocks, whose edges go to first_unreach (some
 * block is dead then: the duplicates but the first). */
static void remove_dead_blocks_counted(Fn *f, const uint32_t *cnt, const uint8_t *dup, BlockId first_unreach)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	uint32_t *map = scratch_alloc_uninit(n * sizeof *map);
	uint32_t k = 0;
	for (uint32_t bb = 0; bb < n; bb++)
		map[bb] = cnt[bb] ? k++ : NO_BLOCK;
	if (k == n) { /* every block live: every id stays (SimplifyCfg-post-analysis, mostly) */
		IR_ASSERT(!dup);
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
			*ref = map[dup && dup[*ref] ? first_unreach : *ref];
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
	remove_dead_blocks_counted(f, cnt, NULL, NO_BLOCK);
	scratch_release(sm);
}
