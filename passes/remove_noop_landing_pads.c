/* remove_noop_landing_pads.c — rustc's RemoveNoopLandingPads
 * (compiler/rustc_mir_transform/src/remove_noop_landing_pads.rs), run on each
 * body before StateTransform (passes/before_transform.c).
 *
 * A cleanup block is a no-op landing pad when its statements are only
 * StorageLive/Dead, nops (FakeReads included) and assignments of a Use to a
 * local (drop flags), and it resumes unwinding or goes to another no-op pad.
 * A Call, Drop or Assert whose unwind goes to one unwinds straight to the
 * caller instead (UnwindAction::Continue). Off under panic=abort, as rustc's
 * is_enabled has it.
 *
 * Divergences: the no-op set is decided by following each goto chain once
 * rather than once per block in postorder (the same set); an assignment of a Discriminant and a
 * SwitchInt or false-edge terminator never count as no-ops (the subset's
 * cleanup blocks have none at this point); rustc also redirects the other
 * edges into no-op pads (a cleanup Drop's target) to its one resume block,
 * which is not modelled.
 */
#include "passes.h"

/* A cleanup block whose statements are all no-ops (the terminator aside). */
static int nop_stmts(const Fn *f, const Block *b)
{
	if (!b->cleanup || !b->has_term)
		return 0;
	for (uint32_t i = 0; i < b->nstmts; i++) {
		uint8_t k = b->stmts[i].kind;
		if (!(k == ST_STORAGE_LIVE || k == ST_STORAGE_DEAD || k == ST_NOP || k == ST_PLACE_MENTION ||
		      (k == ST_ASSIGN && b->stmts[i].rv == RV_USE && place_is_local(f, b->stmts[i].place))))
			return 0;
	}
	return 1;
}

enum { PAD_UNKNOWN, PAD_NOP, PAD_NOT, PAD_ON_PATH };

/* Decides bb (and every block on its goto chain): a block is a no-op pad when
 * its goto chain of no-op cleanup blocks ends in a resume (the least fixpoint
 * of "no-op statements, and resume or goto a no-op pad": a cycle of gotos is
 * not one). Each chain is followed once and every block on it decided. */
static uint8_t classify(const Fn *f, uint8_t *nop, BlockId *path, BlockId bb)
{
	uint32_t np = 0;
	BlockId cur = bb;
	uint8_t res;
	for (;;) {
		if (nop[cur] != PAD_UNKNOWN) {
			res = nop[cur] == PAD_NOP ? PAD_NOP : PAD_NOT; /* PAD_ON_PATH: a cycle */
			break;
		}
		const Block *b = &f->blocks[cur];
		if (!nop_stmts(f, b) || (b->term.kind != TK_RESUME && b->term.kind != TK_GOTO)) {
			res = PAD_NOT;
			nop[cur] = res;
			break;
		}
		if (b->term.kind == TK_RESUME) {
			res = PAD_NOP;
			nop[cur] = res;
			break;
		}
		nop[cur] = PAD_ON_PATH;
		path[np++] = cur;
		cur = b->term.target;
	}
	while (np)
		nop[path[--np]] = res;
	return res;
}

/* RemoveNoopLandingPads' step for block bb: its unwind edge, when it goes to a
 * no-op pad, unwinds to the caller instead. */
static void rewrite_unwind(Fn *f, uint8_t *nop, BlockId *path, BlockId bb)
{
	Term *t = &f->blocks[bb].term;
	if (!f->blocks[bb].has_term)
		return;
	if ((t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_ASSERT) && t->unwind == UW_CLEANUP &&
	    classify(f, nop, path, t->unwind_bb) == PAD_NOP) {
		t->unwind = UW_CONTINUE;
		t->unwind_bb = NO_BLOCK;
	}
}

static void run(Fn *f, int cleanup)
{
	ScratchMark sm = scratch_mark();
	uint32_t n = f->nblocks;
	/* One walk over the blocks: only the unwind targets are decided, when an
	 * edge reaches them (deciding every block first was a second walk, a cache
	 * miss per block of a fn past the cache). Rewriting an edge changes no
	 * block's decision: a Call, Drop or Assert block is never a no-op pad. */
	uint8_t *nop = scratch_alloc(n);
	BlockId *path = scratch_alloc_uninit((n ? n : 1) * sizeof *path);
	simplify_cfg_note_begin(f);
	for (uint32_t bb = 0; bb < n; bb++) {
		if (cleanup)
			cleanup_post_borrowck_block(f, bb);
		rewrite_unwind(f, nop, path, bb);
		simplify_cfg_note_block(f, bb); /* its edges are final: a later block's step writes its own only */
	}
	scratch_release(sm);
}

void remove_nop_landing_pads(Fn *f)
{
	run(f, 0);
}

/* CleanupPostBorrowck, then RemoveNoopLandingPads, in one walk over the blocks:
 * each block is cleaned up, then its unwind edge rewritten. The result is the
 * two passes': a pad's decision reads its statements' kinds (a nop counts as a
 * no-op whether CleanupPostBorrowck removed it yet or not) and its goto's target
 * (a FalseEdge or FalseUnwind goes to the target it keeps as a plain goto), and
 * CleanupPostBorrowck never reads what RemoveNoopLandingPads writes (the unwind
 * edges of calls, drops and asserts). */
void cleanup_post_borrowck_and_pads(Fn *f)
{
	run(f, 1);
}
