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

/* the let-else's bindings (a variant pattern's fields: check_let_else), declared in pattern order
 * before the initializer's temporaries (rustc's declare_bindings); rustc 1.95 makes them live where
 * the pattern binds them (lower_let_expr's EmitStorageLive::Yes: not on the failure path) */
static void declare_let_else_bindings(Builder *b, const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstVar *v = pat->subs[j].var;
		if (v)
			b->var_local[v->id] = fn_add_local(b->f, ty_of(b, v->ty), v->name, v->is_mut);
	}
}

/* rustc's lower_let_expr with DeclareLetBindings::No: the scrutinee mentioned,
 * its discriminant switched on, the otherwise block breaking to the if-then scope's else (the
 * let-else's failure), the bindings assigned in the matching block */
static BlockId let_else_match(Builder *b, BlockId bb, const AstStmt *st, int rem)
{
	PlaceId scrut;
	bb = mention_scrutinee(b, bb, st->expr, &scrut);
	TypeId et = place_type(b->f, scrut);
	const AstPattern *pat = &st->let_arm->pats[0];
	BlockId then = variant_let_test(b, bb, scrut, et, pat->variant);
	b->let_else_bound = true;
	bind_variant_pattern(b, then, rem, st->let_arm, scrut, et);
	b->let_else_bound = false;
	return then;
}

/* rustc's ast_block_stmts for StmtKind::Let with an else block: the else block first (into a `!`
 * temporary, ending in Unreachable), then the remainder scope, the bindings live, and inside the
 * initializer's scope the bindings declared and the match in an if-then scope whose else exits to
 * last_rem: the failure path drops what the initializer made and goes to the else block */
BlockId let_else_stmt(Builder *b, BlockId bb, const AstStmt *st, int last_rem, int *rem_out)
{
	const AstExpr *els = ast_let_else(st);
	LocalId dummy = new_temp(b, TY_NEVER, 1);
	BlockId failure_entry = new_block(b);
	BlockId failure_end = ast_block(b, pl(b, dummy), failure_entry, els->block, 0);
	terminate(b, failure_end, mk(TK_UNREACHABLE));
	int rem = push_scope(b);
	*rem_out = rem;
	int sid = push_scope(b);
	int sts = b->temp_scope;
	b->temp_scope = sid;
	declare_let_else_bindings(b, &st->let_arm->pats[0]);
	IfThen it = {last_rem, {0}}, *prev = b->ifthen;
	tree_init(&it.else_drops, b);
	b->ifthen = &it;
	BlockId matching = let_else_match(b, bb, st, rem);
	b->ifthen = prev;
	BlockId failure = build_exit_tree(b, &it.else_drops, last_rem, NO_BLOCK);
	if (failure == NO_BLOCK)
		failure = new_block(b);
	b->temp_scope = sts;
	matching = pop_scope(b, sid, matching);
	goto_(b, failure, failure_entry);
	return matching;
}
