/*
 * remove-storage-markers — the worked example of DESIGN.md, "Writing a pass":
 * rustc's RemoveStorageMarkers (compiler/rustc_mir_transform/src/
 * remove_storage_markers.rs) on a coroutine's resume fn and drop shim.
 *
 * Does: deletes every StorageLive, StorageDead and plain nop statement.
 * Enabled: debug builds only. rustc runs it when codegen will not emit
 *   lifetime markers (sess.emit_lifetime_markers(): optimizing or a
 *   sanitizer); --release stands for optimizing here, so there it must not
 *   fire: LLVM would use the markers to share stack slots.
 * Sound because: after the state transform the markers decide nothing. The
 *   layout (which locals are saved, which may overlap) was computed from
 *   them before; what is left only bounds a local's lifetime, and a local
 *   live for the whole fn holds the same values on every path (reading a
 *   dead local was UB, so no defined program reads one).
 * Keeps: a nop with x != 0, a statement the rustc MIR importer kept as text.
 */
#include "../../passes/passes.h"

static int is_marker(const Stmt *s)
{
	return s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD || (s->kind == ST_NOP && s->x == 0);
}

/* Deletes the markers of f; 1 if there were any. */
static int remove_markers(Fn *f)
{
	int changed = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *blk = &f->blocks[b];
		uint32_t n = 0;
		for (uint32_t i = 0; i < blk->nstmts; i++)
			if (!is_marker(&blk->stmts[i]))
				blk->stmts[n++] = blk->stmts[i];
		changed |= n != blk->nstmts;
		blk->nstmts = n;
	}
	return changed;
}

int remove_storage_markers_enabled(const BuildOptions *o)
{
	return !o->release;
}

int remove_storage_markers(const PassCx *cx, Body *b)
{
	(void)cx; /* nothing about other bodies is needed */
	int changed = remove_markers(b->resume);
	if (b->drop)
		changed |= remove_markers(b->drop);
	return changed;
}
