/* build_match.c — control flow of the MIR builder: if and the logical
 * operators, loops, break/continue/return, match (rustc:
 * compiler/rustc_mir_build/src/builder/matches/, expr/into.rs) and await
 * (rustc_ast_lowering/src/expr.rs: make_lowered_await). See build.h. */
#include <string.h>

#include "build.h"

/* ---- if / logical operators ---- */

static BlockId then_else_break(Builder *b, BlockId bb, const AstExpr *e, int temp_override);

static BlockId teb_inner(Builder *b, BlockId bb, const AstExpr *e, int temp_override)
{
	if (e->kind == EXPR_BINARY && e->bin_op == AOP_AND) {
		b->pending_term = e->lhs->kind != EXPR_BINARY ||
				  (e->lhs->bin_op != AOP_AND && e->lhs->bin_op != AOP_OR);
		BlockId l = then_else_break(b, bb, e->lhs, temp_override);
		b->pending_term = 1;
		return then_else_break(b, l, e->rhs, temp_override);
	}
	if (e->kind == EXPR_BINARY && e->bin_op == AOP_OR) {
		IfThen it = {topmost(b), {0}}, *prev = b->ifthen;
		tree_init(&it.else_drops, b);
		b->ifthen = &it;
		b->pending_term = e->lhs->kind != EXPR_BINARY ||
				  (e->lhs->bin_op != AOP_AND && e->lhs->bin_op != AOP_OR);
		BlockId ls = then_else_break(b, bb, e->lhs, temp_override);
		b->ifthen = prev;
		BlockId fail = build_exit_tree(b, &it.else_drops, it.scope_id, NO_BLOCK);
		if (fail == NO_BLOCK)
			fail = new_block(b);
		b->pending_term = 1;
		BlockId rs = then_else_break(b, fail, e->rhs, temp_override);
		BlockId s = new_block(b);
		goto_(b, ls, s);
		goto_(b, rs, s);
		return s;
	}
	if (e->kind == EXPR_UNARY && e->un_op == AOP_NOT && e->ty.kind == ATY_BOOL) {
		IfThen it = {topmost(b), {0}}, *prev = b->ifthen;
		tree_init(&it.else_drops, b);
		b->ifthen = &it;
		BlockId ok = then_else_break(b, bb, e->lhs, temp_override);
		b->ifthen = prev;
		BlockId fail = build_exit_tree(b, &it.else_drops, it.scope_id, NO_BLOCK);
		if (fail == NO_BLOCK)
			fail = new_block(b);
		break_for_else(b, ok);
		return fail;
	}
	LocalId t;
	bb = as_temp_inner(b, bb, temp_override != NO_SCOPE ? temp_override : topmost(b), e, 0, NO_ID, 1, &t);
	BlockId tb = new_block(b), eb = new_block(b);
	switch_one(b, bb, op_move(pl(b, t)), 0, eb, tb);
	break_for_else(b, eb);
	return tb;
}

static BlockId then_else_break(Builder *b, BlockId bb, const AstExpr *e, int temp_override)
{
	int ts, id = enter(b, &ts);
	bb = teb_inner(b, bb, e, temp_override);
	return leave(b, id, ts, bb);
}

/* guard27: rustc's bind_and_guard_matched_candidate: in_if_then_scope(match_scope, ..
 * lower_if_condition(guard)), the guard a terminating scope (its THIR Scope) */
BlockId lower_guard_cond(Builder *b, BlockId bb, const AstExpr *guard, int match_scope, BlockId *false_block)
{
	IfThen it = {match_scope, {0}}, *prev = b->ifthen;
	tree_init(&it.else_drops, b);
	b->ifthen = &it;
	b->pending_term = !(guard->kind == EXPR_BINARY && (guard->bin_op == AOP_AND || guard->bin_op == AOP_OR));
	BlockId tb = then_else_break(b, bb, guard, NO_SCOPE);
	b->ifthen = prev;
	BlockId fb = build_exit_tree(b, &it.else_drops, match_scope, NO_BLOCK);
	*false_block = fb == NO_BLOCK ? new_block(b) : fb;
	return tb;
}

/* One link of an else-if chain whose else is the next link: its then-branch's end and the
 * scope `into` entered for the next link, while the links below are lowered. */
typedef struct IfLinkBuild {
	BlockId then_end;
	int into_id, into_ts;
	struct IfLinkBuild *up;
} IfLinkBuild;

/* into(b, dest, .., els) would come to lower_if on els: a plain `if` or an if-let (lower_match's
 * own cases first) not coerced from `!` (iflet25: a chain of `if let` links is a loop too) */
static bool continues_chain(Builder *b, PlaceId dest, const AstExpr *els)
{
	if (els->kind != EXPR_IF && !(els->kind == EXPR_MATCH && els->if_let && !uncaptured_mention(b, els->lhs)))
		return false;
	return !into_neverto_any(b, dest, els);
}

/* rustc's expr_into_dest, ExprKind::If: the condition and the then-branch in the if-then scope,
 * the else-branch after it, both into dest, and a join block. An else-if chain is lowered in a
 * loop (issue 23: thousands of links), in the order of the recursion it replaces (lower_if ->
 * into(else) -> lower_if per link): every link's condition and then-branch, the last else, then
 * the join blocks back up, innermost first, each after `into`'s scope of the link it joins. */
BlockId lower_if(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	IfLinkBuild *top = NULL;
	BlockId join;
	for (;;) {
		/* if-let (issue 22 item 4): the match node the parser made, its arms the branches */
		const AstBlock *then = e->if_let ? e->arms[0].body->block : e->block;
		const AstExpr *els = !e->if_let ? e->els
		                   : e->arms[1].body->kind == EXPR_BLOCK && e->arms[1].body->if_let ? NULL /* implicit */
		                   : e->arms[1].body;
		int cond_scope = topmost(b);
		int ifthen = push_scope(b);
		IfThen it = {cond_scope, {0}}, *prev = b->ifthen;
		tree_init(&it.else_drops, b);
		b->ifthen = &it;
		int cond_term = !e->if_let &&
		                !(e->cond->kind == EXPR_BINARY && (e->cond->bin_op == AOP_AND || e->cond->bin_op == AOP_OR));
		b->pending_term = cond_term;
		BlockId tb = e->if_let ? lower_let_cond(b, bb, e, ifthen) : then_else_break(b, bb, e->cond, cond_scope);
		/* the then branch: a block expression, terminating */
		{
			int ts, id;
			b->pending_term = 1;
			id = enter(b, &ts);
			int ntoa = then->diverges && type_get(b->m, place_type(b->f, dest))->kind != TY_NEVER &&
				   !then->tail;
			if (ntoa) {
				LocalId t;
				bb = tb;
				t = new_temp(b, TY_NEVER, 1);
				tb = ast_block(b, pl(b, t), bb, then, 0);
				terminate(b, tb, mk(TK_UNREACHABLE));
				tb = new_block(b);
			} else {
				tb = ast_block(b, dest, tb, then, 0);
			}
			tb = leave(b, id, ts, tb);
		}
		b->ifthen = prev;
		BlockId eb = build_exit_tree(b, &it.else_drops, cond_scope, NO_BLOCK);
		if (eb == NO_BLOCK)
			eb = new_block(b);
		tb = pop_scope(b, ifthen, tb);
		if (els && continues_chain(b, dest, els)) {
			/* into(b, dest, eb, els) up to its lower_if: the next link */
			b->pending_term = 1;
			IfLinkBuild *l = scratch_alloc(sizeof *l);
			l->then_end = tb;
			l->into_id = enter(b, &l->into_ts);
			l->up = top;
			top = l;
			bb = eb;
			e = els;
			continue;
		}
		if (els) {
			b->pending_term = 1;
			eb = into(b, dest, eb, els);
		} else {
			assign_unit(b, eb, dest);
		}
		join = new_block(b);
		goto_(b, tb, join);
		goto_(b, eb, join);
		break;
	}
	for (IfLinkBuild *l = top; l; l = l->up) {
		BlockId eb = leave(b, l->into_id, l->into_ts, join);
		join = new_block(b);
		goto_(b, l->then_end, join);
		goto_(b, eb, join);
	}
	scratch_release(sm);
	return join;
}

BlockId lower_logical(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	int cond_scope = topmost(b);
	IfThen it = {cond_scope, {0}}, *prev = b->ifthen;
	tree_init(&it.else_drops, b);
	b->ifthen = &it;
	b->pending_term = !(e->lhs->kind == EXPR_BINARY && (e->lhs->bin_op == AOP_AND || e->lhs->bin_op == AOP_OR));
	BlockId tb = then_else_break(b, bb, e->lhs, cond_scope);
	b->ifthen = prev;
	BlockId eb = build_exit_tree(b, &it.else_drops, cond_scope, NO_BLOCK);
	if (eb == NO_BLOCK)
		eb = new_block(b);
	int is_and = e->bin_op == AOP_AND;
	BlockId shortc = is_and ? eb : tb, cont = is_and ? tb : eb;
	assign(b, shortc, dest, rv_use(cst(b, TY_BOOL, !is_and)));
	b->pending_term = 1;
	BlockId rb = into(b, dest, cont, e->rhs);
	BlockId target = new_block(b);
	goto_(b, rb, target);
	goto_(b, shortc, target);
	return target;
}

/* ---- loops ---- */

static LocalId unit_temp(Builder *b)
{
	if (b->unit_temp == NO_ID)
		b->unit_temp = new_temp(b, TY_UNIT, 1);
	return b->unit_temp;
}

typedef BlockId LoopBody(Builder *b, BlockId body, const void *arg);

static BlockId in_loop(Builder *b, PlaceId dest, BlockId bb, const AstExpr *loop, LoopBody *body, const void *arg)
{
	BlockId lb = new_block(b);
	goto_(b, bb, lb);
	Breakable *br = PUSH(b, b->brks, b->nbrks, b->capbrks);
	memset(br, 0, sizeof *br);
	br->scope_id = topmost(b);
	br->dest = dest;
	br->loop = loop;
	br->loop_block = lb;
	tree_init(&br->brk, b);
	tree_init(&br->cont, b);
	BlockId bodyb = new_block(b);
	false_edge(b, lb, bodyb, GOTO_FALSE_UNWIND);
	diverge_from(b, lb);
	BlockId end = body(b, bodyb, arg);
	goto_(b, end, lb);
	Breakable done = b->brks[--b->nbrks];
	BlockId brk = build_exit_tree(b, &done.brk, done.scope_id, NO_BLOCK);
	build_exit_tree(b, &done.cont, done.scope_id, lb);
	return brk != NO_BLOCK ? brk : new_block(b);
}

static BlockId loop_body(Builder *b, BlockId bb, const void *arg)
{
	const AstExpr *e = arg;
	return ast_block(b, pl(b, unit_temp(b)), bb, e->block, 1);
}

/* `while c { body }` is `loop { if c { body } else { break } }`. */
static BlockId while_body(Builder *b, BlockId bb, const void *arg)
{
	const AstExpr *e = arg;
	PlaceId dest = pl(b, unit_temp(b));
	/* the loop body block (terminating) with the `if` as its tail */
	b->pending_term = 1;
	int bts, bid = enter(b, &bts);
	int its, iid = enter(b, &its); /* the `if` expression */
	int cond_scope = iid;
	int ifthen = push_scope(b);
	IfThen it = {cond_scope, {0}}, *prev = b->ifthen;
	tree_init(&it.else_drops, b);
	b->ifthen = &it;
	b->pending_term = !(e->cond->kind == EXPR_BINARY && (e->cond->bin_op == AOP_AND || e->cond->bin_op == AOP_OR));
	BlockId tb = then_else_break(b, bb, e->cond, cond_scope);
	{
		int ts, id;
		b->pending_term = 1;
		id = enter(b, &ts);
		tb = ast_block(b, dest, tb, e->block, 0);
		tb = leave(b, id, ts, tb);
	}
	b->ifthen = prev;
	BlockId eb = build_exit_tree(b, &it.else_drops, cond_scope, NO_BLOCK);
	if (eb == NO_BLOCK)
		eb = new_block(b);
	tb = pop_scope(b, ifthen, tb);
	{
		/* else { break } : a `!` block coerced to (), holding the statement `break` coerced to () */
		int ts, id;
		b->pending_term = 1;
		id = enter(b, &ts);
		(void)new_temp(b, TY_NEVER, 1);
		int blk = push_scope(b);
		int sid = push_scope(b);
		int sts = b->temp_scope;
		b->temp_scope = sid;
		int xts, xid = enter(b, &xts);
		LocalId st = new_temp(b, TY_UNIT, 0);
		storage(b, eb, ST_STORAGE_LIVE, st);
		schedule_drop(b, sid, st, DK_STORAGE);
		(void)new_temp(b, TY_NEVER, 1);
		int brts, brid = enter(b, &brts);
		uint32_t bi = b->nbrks - 1;
		assign_unit(b, eb, b->brks[bi].dest);
		eb = break_to(b, eb, bi, 0);
		eb = leave(b, brid, brts, eb);
		eb = leave(b, xid, xts, eb);
		b->temp_scope = sts;
		eb = pop_scope(b, sid, eb);
		eb = pop_scope(b, blk, eb);
		terminate(b, eb, mk(TK_UNREACHABLE));
		eb = new_block(b);
		eb = leave(b, id, ts, eb);
	}
	BlockId join = new_block(b);
	goto_(b, tb, join);
	goto_(b, eb, join);
	join = leave(b, iid, its, join);
	return leave(b, bid, bts, join);
}

/* `loop` and `while` (rustc: ExprKind::Loop, `while` desugared as above). */
BlockId lower_loop(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	return in_loop(b, dest, bb, e, e->kind == EXPR_WHILE ? while_body : loop_body, e);
}

static uint32_t find_breakable(Builder *b, const AstExpr *loop)
{
	for (uint32_t i = b->nbrks; i-- > 0;)
		if (b->brks[i].loop == loop)
			return i;
	internal_error("lower: break target not found");
}

/* rustc: break_scope for break/continue/return. */
BlockId lower_jump(Builder *b, BlockId bb, const AstExpr *e)
{
	uint32_t bi;
	if (e->kind == EXPR_RETURN)
		bi = 0;
	else
		bi = find_breakable(b, e->loop);
	if (e->kind != EXPR_CONTINUE) {
		PlaceId dest = b->brks[bi].dest;
		if (e->lhs)
			bb = into(b, dest, bb, e->lhs);
		else
			assign_unit(b, bb, dest);
	}
	return break_to(b, bb, bi, e->kind == EXPR_CONTINUE);
}

/* ---- match ---- */

static int pat_matches_value(const AstPattern *p, uint64_t v)
{
	return !p->is_wildcard && p->value == v;
}

static uint64_t pat_value(Builder *b, const AstPattern *p, TypeId t)
{
	if (p->is_bool)
		return p->value;
	uint64_t v = p->value;
	if (p->negative)
		v = (uint64_t)0 - v;
	int bits = type_int_bits(b->m, t);
	if (bits < 64)
		v &= ((uint64_t)1 << bits) - 1;
	return v;
}

int arm_has_wild(const AstMatchArm *a)
{
	for (int i = 0; i < a->npats; i++)
		if (a->pats[i].is_wildcard)
			return 1;
	return 0;
}

/* `match x { _ => .. }` in an async block on a variable of an enclosing body:
 * rustc's capture analysis captures x only where a pattern reads it (sema:
 * capture_match_on_place), so with every pattern `_` the block has no place for
 * x and its MIR neither mentions nor reads it: the first arm is taken. */
static BlockId lower_unread_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	BlockId *arm_block = scratch_alloc((size_t)e->narms * sizeof *arm_block);
	for (int i = 0; i < e->narms; i++)
		arm_block[i] = NO_BLOCK;
	arm_block[0] = new_block(b);
	goto_(b, bb, arm_block[0]);
	BlockId end = lower_arm_bodies(b, dest, e, arm_block, NULL, NULL);
	scratch_release(sm);
	return end;
}

/* some pattern is not `_` (a struct matched where the block captures places below it:
 * the match tree, lower_scrutinee) */
static bool match_reads(const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (!e->arms[i].pats[k].is_wildcard)
				return true;
	return false;
}

BlockId lower_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	if (ast_match_has_guard(e)) /* guard27: guards, by the match tree (even every pattern `_`) */
		return lower_nested_match(b, dest, bb, e);
	if (uncaptured_mention(b, e->lhs) && e->narms == 1 && e->arms[0].npats == 1 && e->arms[0].pats[0].enm &&
	    e->arms[0].pats[0].enm->nvariants == 1)
		return lower_captured_variant_match(b, dest, bb, e); /* build_enum.c */
	if (uncaptured_mention(b, e->lhs) && !(e->lhs->ty.kind == ATY_STRUCT && !e->if_let && match_reads(e)))
		return lower_unread_match(b, dest, bb, e);
	if (e->if_let)
		return lower_if(b, dest, bb, e);
	if (e->lhs->ty.kind == ATY_ENUM)
		return ast_match_needs_tree(e) ? lower_nested_match(b, dest, bb, e) : lower_enum_match(b, dest, bb, e);
	if (e->lhs->ty.kind == ATY_STRUCT || ast_match_needs_tree(e)) /* issue 22 item 4: struct patterns at the top;
	                                                                 bindings at the top (bind27) */
		return lower_nested_match(b, dest, bb, e);
	for (int i = 0; i < e->narms; i++) /* issue 22 item 4: range patterns, by the match tree */
		for (int k = 0; k < e->arms[i].npats; k++)
			if (e->arms[i].pats[k].is_range)
				return lower_nested_match(b, dest, bb, e);
	ScratchMark sm = scratch_mark();
	PlaceId scrut;
	bb = mention_scrutinee(b, bb, e->lhs, &scrut);
	TypeId st = place_type(b->f, scrut);
	int n = e->narms;
	BlockId *arm_block = scratch_alloc((size_t)n * sizeof *arm_block);
	for (int i = 0; i < n; i++)
		arm_block[i] = NO_BLOCK;
	int last = n - 1;
	/* which arm is first to take each value */
	if (st == TY_BOOL) {
		int arm_of[2] = {-1, -1};
		for (int v = 1; v >= 0; v--)
			for (int i = 0; i < n && arm_of[v] < 0; i++)
				for (int k = 0; k < e->arms[i].npats; k++)
					if (e->arms[i].pats[k].is_wildcard || pat_matches_value(&e->arms[i].pats[k], (uint64_t)v))
						arm_of[v] = i;
		if (arm_of[0] == arm_of[1]) {
			arm_block[arm_of[0]] = new_block(b);
			goto_(b, bb, arm_block[arm_of[0]]);
		} else {
			BlockId tv = new_block(b), fv = new_block(b);
			switch_one(b, bb, op_copy(scrut), 0, fv, tv);
			BlockId tgt[2] = {fv, tv};
			for (int v = 0; v < 2; v++) {
				int a = arm_of[v];
				if (a == last)
					arm_block[a] = tgt[v];
			}
			for (int v = 0; v < 2; v++) {
				int a = arm_of[v];
				if (a != last)
					arm_block[a] = tgt[v]; /* replaced by a fresh block below */
			}
		}
	} else {
		BlockId other = new_block(b);
		size_t npats = 1; /* each pattern gives at most one arm */
		for (int i = 0; i < n; i++)
			npats += (size_t)e->arms[i].npats;
		SwitchArm *arms = scratch_alloc(npats * sizeof *arms);
		int *owner = scratch_alloc_uninit(npats * sizeof *owner); /* the first arm taking arms[j].value */
		/* values seen: an open-addressing set of indexes into arms (+1), so
		 * that N arms cost O(N), not O(N^2) */
		size_t cap = 16;
		while (cap < 2 * npats)
			cap *= 2;
		uint32_t *seen = scratch_alloc(cap * sizeof *seen);
		uint32_t narms = 0;
		int wild = -1;
		for (int i = 0; i < n && wild < 0; i++) {
			const AstMatchArm *a = &e->arms[i];
			if (arm_has_wild(a))
				wild = i;
			for (int k = 0; k < a->npats; k++) {
				if (a->pats[k].is_wildcard)
					continue;
				uint64_t v = pat_value(b, &a->pats[k], st);
				size_t h = (size_t)((v * UINT64_C(0x9E3779B97F4A7C15)) >> 32) & (cap - 1);
				while (seen[h] && arms[seen[h] - 1].value != v)
					h = (h + 1) & (cap - 1);
				if (seen[h])
					continue;
				seen[h] = narms + 1;
				owner[narms] = i;
				arms[narms].value = v;
				arms[narms].target = new_block(b);
				if (arm_block[i] == NO_BLOCK)
					arm_block[i] = arms[narms].target;
				narms++;
			}
		}
		Term sw = mk(TK_SWITCH);
		sw.a = op_copy(scrut);
		sw.args = fn_add_arms(b->f, arms, narms);
		sw.nargs = narms;
		sw.target = other;
		terminate(b, bb, sw);
		if (wild >= 0)
			arm_block[wild] = other;
		else
		{
			fake_read(b, other);
			terminate(b, other, mk(TK_UNREACHABLE));
		}
		/* targets of a multi-value arm or of non-last arms go through a fresh block */
		for (uint32_t j = 0; j < narms; j++) {
			int a = owner[j];
			if (arm_block[a] != arms[j].target)
				goto_(b, arms[j].target, arm_block[a]); /* collapsed by SimplifyCfg */
		}
	}
	BlockId end = lower_arm_bodies(b, dest, e, arm_block, NULL, NULL);
	scratch_release(sm);
	return end;
}

BlockId lower_arm_bodies(Builder *b, PlaceId dest, const AstExpr *e, BlockId *arm_block, ArmBind *bind,
                         const void *cx)
{
	int n = e->narms, last = n - 1;
	/* non-last arms get their body in a fresh block (rustc's false-edge block),
	 * created in reverse arm order; the imaginary target the next arm's block (its
	 * false_edge_start_block when the arms are one switch's targets; lower_nested_match
	 * points it at the candidate's own) */
	BlockId next = NO_BLOCK;
	for (int i = n - 1; i >= 0; i--) {
		if (i == last || arm_block[i] == NO_BLOCK) {
			if (arm_block[i] != NO_BLOCK)
				next = arm_block[i];
			continue;
		}
		BlockId pre = arm_block[i];
		BlockId fresh = new_block(b);
		if (!b->f->blocks[pre].has_term) {
			false_edge(b, pre, fresh, GOTO_FALSE_EDGE);
			set_imaginary(b, pre, next);
		}
		next = pre;
		arm_block[i] = fresh;
	}
	BlockId *ends = scratch_alloc((size_t)n * sizeof *ends);
	for (int i = 0; i < n; i++) {
		if (arm_block[i] == NO_BLOCK) { /* unreachable arm */
			ends[i] = NO_BLOCK;
			continue;
		}
		b->pending_term = 1;
		int ats, aid = enter(b, &ats);
		if (bind)
			bind(b, arm_block[i], aid, &e->arms[i], cx);
		ends[i] = into(b, dest, arm_block[i], e->arms[i].body);
		ends[i] = leave(b, aid, ats, ends[i]);
	}
	BlockId end = new_block(b);
	for (int i = 0; i < n; i++)
		if (ends[i] != NO_BLOCK)
			goto_(b, ends[i], end);
	return end;
}

/* ---- await (rustc_ast_lowering: make_lowered_await) ---- */

BlockId lower_await(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	const AstExpr *fut = e->lhs;
	TypeId ft = ty_of(b, fut->ty);
	TypeId out = ty_of(b, e->ty);
	/* match into_future(<fut>) { mut __awaitee => loop { .. } } */
	LocalId scrut;
	{
		int ts, id = enter(b, &ts); /* the into_future call expression */
		scrut = new_temp(b, ft, 1);
		storage(b, bb, ST_STORAGE_LIVE, scrut);
		schedule_drop(b, b->temp_scope, scrut, DK_STORAGE);
		Operand arg;
		bb = as_local_operand(b, bb, fut, ft, &arg);
		bb = emit_call(b, bb, pl(b, scrut), CALLEE_INTO_FUTURE, ft, &arg, 1);
		schedule_drop(b, b->temp_scope, scrut, DK_VALUE);
		bb = leave(b, id, ts, bb);
	}
	push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = pl(b, scrut)});
	BlockId arm_bb = new_block(b);
	goto_(b, bb, arm_bb);
	/* the arm */
	b->pending_term = 1;
	int ats, aid = enter(b, &ats);
	LocalId awaitee = fn_add_local(b->f, ft, "__awaitee", 1);
	storage(b, arm_bb, ST_STORAGE_LIVE, awaitee);
	schedule_drop(b, aid, awaitee, DK_STORAGE);
	assign(b, arm_bb, pl(b, awaitee), rv_use(op_move(pl(b, scrut))));
	schedule_drop(b, aid, awaitee, DK_VALUE);
	/* loop */
	int lts, lid = enter(b, &lts);
	BlockId lb = new_block(b);
	goto_(b, arm_bb, lb);
	Breakable *br = PUSH(b, b->brks, b->nbrks, b->capbrks);
	memset(br, 0, sizeof *br);
	br->scope_id = lid;
	br->dest = dest;
	br->loop = e; /* the await's loop */
	br->loop_block = lb;
	tree_init(&br->brk, b);
	tree_init(&br->cont, b);
	BlockId body = new_block(b);
	false_edge(b, lb, body, GOTO_FALSE_UNWIND);
	diverge_from(b, lb);
	PlaceId ut = pl(b, unit_temp(b));
	/* loop body block (terminating) */
	b->pending_term = 1;
	int bts, bid = enter(b, &bts);
	/* statement 1: match poll(..) { Ready(result) => break result, Pending => {} } */
	int s1 = push_scope(b);
	int sts = b->temp_scope;
	b->temp_scope = s1;
	int mts, mid = enter(b, &mts); /* the match expression */
	LocalId st = new_temp(b, TY_UNIT, 0);
	storage(b, body, ST_STORAGE_LIVE, st);
	schedule_drop(b, s1, st, DK_STORAGE);
	TypeId poll_t = type_ptr(b->m, TY_POLL, out);
	TypeId refmut = type_ptr(b->m, TY_REFMUT, ft);
	TypeId pin = type_ptr(b->m, TY_PIN, refmut);
	TypeId ctx = type_ptr(b->m, TY_REFMUT, TY_CONTEXT);
	LocalId pr;
	{
		int uts, uid = enter(b, &uts); /* unsafe { poll(..) } block expression */
		pr = new_temp(b, poll_t, 1);
		storage(b, body, ST_STORAGE_LIVE, pr);
		schedule_drop(b, s1, pr, DK_STORAGE);
		int kts, kid = enter(b, &kts); /* the block's scope */
		int cts, cid = enter(b, &cts); /* the poll call */
		Operand args[2];
		{
			int nts, nid = enter(b, &nts); /* Pin::new_unchecked(&mut __awaitee) */
			LocalId a0 = new_temp(b, pin, 1);
			storage(b, body, ST_STORAGE_LIVE, a0);
			schedule_drop(b, cid, a0, DK_STORAGE);
			int rts, rid = enter(b, &rts); /* &mut __awaitee (reborrowed) */
			LocalId r1 = new_temp(b, refmut, 1);
			storage(b, body, ST_STORAGE_LIVE, r1);
			schedule_drop(b, nid, r1, DK_STORAGE);
			LocalId r2 = new_temp(b, refmut, 1);
			storage(b, body, ST_STORAGE_LIVE, r2);
			schedule_drop(b, s1, r2, DK_STORAGE);
			assign(b, body, pl(b, r2), (Stmt){.rv = RV_REFMUT, .a = {.v = pl(b, awaitee)}});
			assign(b, body, pl(b, r1),
			       (Stmt){.rv = RV_REFMUT, .a = {.v = place_project(b->f, pl(b, r2), PROJ_DEREF, 0, ft)}});
			body = leave(b, rid, rts, body);
			Operand a = op_move(pl(b, r1));
			body = emit_call(b, body, pl(b, a0), CALLEE_PIN_NEW, ft, &a, 1);
			body = leave(b, nid, nts, body);
			args[0] = op_move(pl(b, a0));
		}
		{
			int gts, gid = enter(b, &gts); /* &mut *get_context(task_context) */
			LocalId a1 = new_temp(b, ctx, 1);
			storage(b, body, ST_STORAGE_LIVE, a1);
			schedule_drop(b, cid, a1, DK_STORAGE);
			LocalId c = new_temp(b, ctx, 1);
			storage(b, body, ST_STORAGE_LIVE, c);
			schedule_drop(b, s1, c, DK_STORAGE);
			LocalId tc = new_temp(b, TY_RESUMETY, 1);
			storage(b, body, ST_STORAGE_LIVE, tc);
			schedule_drop(b, gid, tc, DK_STORAGE);
			assign(b, body, pl(b, tc), rv_use(op_copy(pl(b, 2))));
			Operand a = op_move(pl(b, tc));
			body = emit_call(b, body, pl(b, c), CALLEE_GET_CONTEXT, 0, &a, 1);
			assign(b, body, pl(b, a1),
			       (Stmt){.rv = RV_REFMUT, .a = {.v = place_project(b->f, pl(b, c), PROJ_DEREF, 0, TY_CONTEXT)}});
			body = leave(b, gid, gts, body);
			args[1] = op_move(pl(b, a1));
		}
		body = emit_call(b, body, pl(b, pr), CALLEE_POLL, ft, args, 2);
		body = leave(b, cid, cts, body);
		body = leave(b, kid, kts, body);
		body = leave(b, uid, uts, body);
		/* rustc: as_temp schedules the value drop of the match's scrutinee
		 * temp once it holds the value: a Poll<T> with drop glue (T a Guard
		 * or a future) is dropped at the end of the statement, on every exit
		 * (ElaborateDrops opens it: Pending, or Ready with T moved out, is Dead) */
		if (needs_drop(b, poll_t))
			schedule_drop(b, s1, pr, DK_VALUE);
	}
	push(b, body, (Stmt){.kind = ST_PLACE_MENTION, .place = pl(b, pr)});
	LocalId discr = new_temp(b, TY_ISIZE, 1);
	assign(b, body, pl(b, discr), (Stmt){.rv = RV_DISCR, .a = {.v = pl(b, pr)}});
	BlockId unreach = new_block(b), ready = new_block(b), pending = new_block(b);
	{
		Term sw = mk(TK_SWITCH);
		sw.a = op_move(pl(b, discr));
		SwitchArm arms[2] = {{0, ready}, {1, pending}};
		sw.args = fn_add_arms(b->f, arms, 2);
		sw.nargs = 2;
		sw.target = unreach;
		terminate(b, body, sw);
		fake_read(b, unreach);
		terminate(b, unreach, mk(TK_UNREACHABLE));
	}
	BlockId ready_body = new_block(b);
	false_edge(b, ready, ready_body, GOTO_FALSE_EDGE);
	set_imaginary(b, ready, pending); /* `Pending`'s candidate starts in its switch target */
	/* Ready(result) => break result */
	BlockId e1;
	{
		b->pending_term = 1;
		int xts, xid = enter(b, &xts);
		LocalId res = fn_add_local(b->f, out, "result", 0);
		storage(b, ready_body, ST_STORAGE_LIVE, res);
		schedule_drop(b, xid, res, DK_STORAGE);
		PlaceId down = place_project(b->f, pl(b, pr), PROJ_DOWNCAST, 0, poll_t);
		/* `Ready(result)` binds by value: moved out when T is not Copy */
		assign(b, ready_body, pl(b, res), rv_use(consume(b, place_project(b->f, down, PROJ_FIELD, 0, out))));
		schedule_drop(b, xid, res, DK_VALUE);
		int ets, eid = enter(b, &ets); /* `break result`, coerced from ! */
		(void)new_temp(b, TY_NEVER, 1);
		uint32_t bi = b->nbrks - 1;
		PlaceId rp = pl(b, res);
		assign(b, ready_body, dest, rv_use(consume(b, rp)));
		ready_body = break_to(b, ready_body, bi, 0);
		terminate(b, ready_body, mk(TK_UNREACHABLE));
		ready_body = new_block(b);
		ready_body = leave(b, eid, ets, ready_body);
		e1 = leave(b, xid, xts, ready_body);
	}
	/* Pending => {} */
	BlockId e2;
	{
		b->pending_term = 1;
		int xts, xid = enter(b, &xts);
		int yts, yid = enter(b, &yts);
		int kid = push_scope(b);
		assign_unit(b, pending, pl(b, st));
		pending = pop_scope(b, kid, pending);
		pending = leave(b, yid, yts, pending);
		e2 = leave(b, xid, xts, pending);
	}
	BlockId mend = new_block(b);
	goto_(b, e1, mend);
	goto_(b, e2, mend);
	mend = leave(b, mid, mts, mend);
	b->temp_scope = sts;
	mend = pop_scope(b, s1, mend);
	/* statement 2: task_context = yield () */
	int s2 = push_scope(b);
	b->temp_scope = s2;
	{
		int ats2, asid = enter(b, &ats2); /* the assignment */
		int yts, yid = enter(b, &yts);    /* the yield expression */
		LocalId ra = new_temp(b, TY_RESUMETY, 1);
		storage(b, mend, ST_STORAGE_LIVE, ra);
		schedule_drop(b, asid, ra, DK_STORAGE);
		int vts, vid = enter(b, &vts); /* () */
		LocalId uv = new_temp(b, TY_UNIT, 1);
		storage(b, mend, ST_STORAGE_LIVE, uv);
		schedule_drop(b, yid, uv, DK_STORAGE);
		assign(b, mend, pl(b, uv), (Stmt){.rv = RV_AGGREGATE, .op = AGG_TUPLE, .x = TY_UNIT});
		mend = leave(b, vid, vts, mend);
		BlockId resume = new_block(b);
		Term y = mk(TK_YIELD);
		y.a = op_move(pl(b, uv));
		y.place = pl(b, ra);
		y.target = resume;
		terminate(b, mend, y);
		tree_entry(b, &b->cdrop, mend, diverge_dropline_target(b, b->nscopes - 1));
		resume = leave(b, yid, yts, resume);
		assign(b, resume, pl(b, 2), rv_use(op_move(pl(b, ra))));
		mend = leave(b, asid, ats2, resume);
	}
	b->temp_scope = sts;
	mend = pop_scope(b, s2, mend);
	assign_unit(b, mend, ut);
	mend = leave(b, bid, bts, mend);
	goto_(b, mend, lb);
	Breakable done = b->brks[--b->nbrks];
	BlockId brk = build_exit_tree(b, &done.brk, done.scope_id, NO_BLOCK);
	build_exit_tree(b, &done.cont, done.scope_id, lb);
	if (brk == NO_BLOCK)
		brk = new_block(b);
	brk = leave(b, lid, lts, brk);
	brk = leave(b, aid, ats, brk);
	BlockId end = new_block(b);
	goto_(b, brk, end);
	return end;
}

