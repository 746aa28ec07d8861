/* build_flow.c — labeled blocks and `let`-`else` (flow40, issue 22; rustc:
 * compiler/rustc_mir_build/src/builder/block.rs ast_block's `targeted_by_break` and
 * ast_block_stmts' StmtKind::Let with an else block, scope.rs in_breakable_scope). Loops, their
 * labels and `break` values are build_match.c's in_loop and lower_jump: a `break 'a v` finds its
 * Breakable by the target expression sema resolved, whatever the label. See build.h. */
#include "build.h"

/* rustc's in_breakable_scope(None, destination, ..) entered: a labeled block's Breakable, its scope
 * the block's own (entered by ast_block before its statements) */
void breakable_block_enter(Builder *b, PlaceId dest, const AstExpr *block)
{
	Breakable *br = PUSH(b, b->brks, b->nbrks, b->capbrks);
	memset(br, 0, sizeof *br);
	br->scope_id = topmost(b);
	br->dest = dest;
	br->loop = block;
	br->loop_block = NO_BLOCK;
	tree_init(&br->brk, b);
	tree_init(&br->cont, b);
}

/* ... and left, bb the block's normal exit: the exit tree of its breaks, joined with bb in a new
 * block when both are reached (the breaks' block alone when bb is NO_BLOCK) */
BlockId breakable_block_leave(Builder *b, BlockId bb)
{
	Breakable done = b->brks[--b->nbrks];
	BlockId brk = build_exit_tree(b, &done.brk, done.scope_id, NO_BLOCK);
	if (brk == NO_BLOCK)
		return bb;
	BlockId target = new_block(b);
	goto_(b, bb, target);
	goto_(b, brk, target);
	return target;
}
