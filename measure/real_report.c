/*
 * real_report.c — `coroslim import`: rustc's own MIR of real crates, imported
 * (frontend/import*.c), checked, and measured against the four passes.
 *
 * Counting (the same for every column): a fn's size is its blocks and its
 * statements, where statements = MIR statements + terminators (fn_stats(f, 0),
 * opaque ones included), measured on the resume fn exactly as rustc printed it
 * at opt-level 0. "Removes" is before minus after; it can be negative.
 *
 *  - panic-to-pending: the real pass (passes/panic_to_pending.c, release) run
 *    on the imported fns. Also counted: the resumed-after asserts (panic
 *    paths) it deletes. Arms rustc already omitted are not credited (#69814).
 *  - elide-awaitless (detected: no Suspend state, i.e. no switch arm >= 3):
 *    the rewrite of passes/elide_awaitless.c applied to a copy of the fn —
 *    "stateless" when nothing reachable from the body calls, drops, asserts or
 *    unwinds and no upvar (a `((*self).N)` field) needs drop; "done bit"
 *    otherwise — and measured.
 *  - inline-single-await (detected: exactly one Suspend state whose await
 *    polls `<{async fn body of X()} as Future>::poll`, a direct async call).
 *    Counted as removed only for pure forwarders, where bar's future can be
 *    foo's: every block of the body is await machinery or moves (no other
 *    call, assert, drop, arithmetic, opaque statement; references only to the
 *    awaitee); then the whole resume fn goes. Other candidates count 0.
 *  - merge-states (detected, conservative): two Suspend states merge when the
 *    paths from their resume arms are isomorphic block by block up to a
 *    bijective renaming of locals (same types), of the two variants and of
 *    their fields (same types), until they join. Removed: the blocks and
 *    statements private to the merged-away state's path.
 */
#include <stdlib.h>
#include <string.h>

#include "measure.h"

/* ------------------------------------------------------------------ */
/* the resume fn's shape                                               */
/* ------------------------------------------------------------------ */

typedef struct Shape {
	int recognized;  /* bb0 switches on discriminant((*_K)) */
	LocalId self;    /* _K */
	uint32_t discr_stmt;
	BlockId body;    /* arm 0 */
	uint32_t states; /* Suspend states: arms >= 3 */
	int ret_arm, panic_arm; /* the resumed-after asserts exist */
	int poison;      /* a cleanup block `discriminant((*_K)) = 2; resume` */
} Shape;

static int is_self_deref(const Fn *f, PlaceId p, LocalId self)
{
	const Place *pl = place_get(f, p);
	return pl->local == self && pl->nproj == 1 && place_proj(f, pl, 0)->kind == PROJ_DEREF;
}

static int is_resumed_after(const Block *b)
{
	return b->has_term && b->term.kind == TK_ASSERT &&
	       (b->term.msg == AK_RESUMED_AFTER_RETURN || b->term.msg == AK_RESUMED_AFTER_PANIC);
}

static Shape shape_of(const Fn *f)
{
	Shape s = {0};
	s.body = NO_BLOCK;
	if (!f->nblocks)
		return s;
	const Block *b = &f->blocks[0];
	if (b->term.kind != TK_SWITCH || b->term.a.kind == OP_CONST || !place_is_local(f, b->term.a.v))
		return s;
	LocalId d = place_get(f, b->term.a.v)->local;
	int found = 0;
	for (uint32_t i = 0; i < b->nstmts; i++) {
		const Stmt *st = &b->stmts[i];
		if (st->kind == ST_ASSIGN && st->rv == RV_DISCR && place_is_local(f, st->place) &&
		    place_get(f, st->place)->local == d && place_get(f, st->a.v)->nproj == 1 &&
		    place_proj(f, place_get(f, st->a.v), 0)->kind == PROJ_DEREF) {
			s.self = place_get(f, st->a.v)->local;
			s.discr_stmt = i;
			found = 1;
		}
	}
	if (!found)
		return s;
	for (uint32_t i = 0; i < b->term.nargs; i++) {
		const SwitchArm *a = &f->arms[b->term.args + i];
		if (a->value == STATE_UNRESUMED)
			s.body = a->target;
		else if (a->value >= STATE_FIRST_SUSPEND)
			s.states++;
		else if (a->target < f->nblocks && is_resumed_after(&f->blocks[a->target]))
			*(a->value == STATE_RETURNED ? &s.ret_arm : &s.panic_arm) = 1;
	}
	for (BlockId i = 0; i < f->nblocks; i++) {
		const Block *c = &f->blocks[i];
		if (c->cleanup && c->nstmts == 1 && c->term.kind == TK_RESUME && c->stmts[0].kind == ST_SET_DISCR &&
		    c->stmts[0].x == STATE_POISONED && is_self_deref(f, c->stmts[0].place, s.self))
			s.poison = 1;
	}
	s.recognized = s.body != NO_BLOCK;
	return s;
}

/* Blocks reachable from `from` (malloc'd flags). */
static uint8_t *reach_from(const Fn *f, BlockId from)
{
	uint8_t *seen = calloc(f->nblocks + 1, 1);
	BlockId *stack = malloc((f->nblocks + 1) * sizeof *stack);
	BlockId *succ = malloc((f->narms + 3) * sizeof *succ);
	if (!seen || !stack || !succ)
		internal_error("out of memory");
	uint32_t sp = 0;
	if (from < f->nblocks)
		stack[sp++] = from, seen[from] = 1;
	while (sp) {
		const Term *t = &f->blocks[stack[--sp]].term;
		uint32_t n = term_successors(f, t, succ, f->narms + 3);
		for (uint32_t i = 0; i < n; i++)
			if (succ[i] < f->nblocks && !seen[succ[i]])
				seen[succ[i]] = 1, stack[sp++] = succ[i];
	}
	free(stack);
	free(succ);
	return seen;
}

/* ------------------------------------------------------------------ */
/* elide-awaitless, as passes/elide_awaitless.c rewrites (on a copy)   */
/* ------------------------------------------------------------------ */

static int upvars_need_drop(const Fn *f, LocalId self)
{
	for (PlaceId p = 0; p < f->nplaces; p++) {
		const Place *pl = &f->places[p];
		if (pl->local != self || pl->nproj < 2)
			continue;
		if (place_proj(f, pl, 0)->kind == PROJ_DEREF && place_proj(f, pl, 1)->kind == PROJ_FIELD &&
		    type_needs_drop(f->mod, place_proj(f, pl, 1)->ty))
			return 1;
	}
	return 0;
}

static int body_is_stateless(const Fn *f, const Shape *s)
{
	if (upvars_need_drop(f, s->self))
		return 0;
	uint8_t *seen = reach_from(f, s->body);
	int ok = 1;
	for (BlockId b = 0; b < f->nblocks && ok; b++) {
		if (!seen[b])
			continue;
		const Block *blk = &f->blocks[b];
		uint8_t k = blk->term.kind;
		if (k == TK_CALL || k == TK_DROP || (k == TK_ASSERT && !is_resumed_after(blk)) || k == TK_RESUME)
			ok = 0;
		for (uint32_t i = 0; i < blk->nstmts; i++)
			if (import_opaque_stmt(f, &blk->stmts[i]))
				ok = 0; /* an opaque statement may have an effect */
	}
	free(seen);
	return ok;
}

static void drop_stmts(Fn *f, int (*pred)(const Fn *, const Stmt *))
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *blk = &f->blocks[b];
		uint32_t n = 0;
		for (uint32_t i = 0; i < blk->nstmts; i++)
			if (!pred(f, &blk->stmts[i]))
				blk->stmts[n++] = blk->stmts[i];
		blk->nstmts = n;
	}
}

static LocalId g_self; /* for the predicates below */
static int is_state_write(const Fn *f, const Stmt *s)
{
	return s->kind == ST_SET_DISCR && is_self_deref(f, s->place, g_self);
}
static int is_plain_nop(const Fn *f, const Stmt *s) { return s->kind == ST_NOP && !import_opaque_stmt(f, s); }

static void elide_copy(Fn *g, const Shape *s, int stateless)
{
	g_self = s->self;
	Term *sw = &g->blocks[0].term;
	if (stateless) {
		g->blocks[0].stmts[s->discr_stmt] = stmt_nop();
		fn_set_term(g, 0, term_goto(s->body));
		drop_stmts(g, is_plain_nop);
		drop_stmts(g, is_state_write);
	} else {
		uint32_t n = 0;
		for (uint32_t i = 0; i < sw->nargs; i++)
			if (g->arms[sw->args + i].value != STATE_POISONED)
				g->arms[sw->args + n++] = g->arms[sw->args + i];
		sw->nargs = n;
		drop_stmts(g, is_state_write);
		Stmt done = {.kind = ST_SET_DISCR, .place = place_project(g, place_local(g, s->self), PROJ_DEREF, 0, 0),
			     .x = STATE_RETURNED};
		fn_insert_stmt(g, s->body, 0, done);
		for (BlockId b = 0; b < g->nblocks; b++) { /* RemoveNoopLandingPads */
			Term *t = &g->blocks[b].term;
			if (t->unwind != UW_CLEANUP || t->unwind_bb >= g->nblocks)
				continue;
			const Block *pad = &g->blocks[t->unwind_bb];
			if (pad->nstmts == 0 && pad->term.kind == TK_RESUME)
				t->unwind = UW_CONTINUE, t->unwind_bb = NO_BLOCK;
		}
	}
	fn_remove_unreachable(g);
}

/* ------------------------------------------------------------------ */
/* inline-single-await detection                                        */
/* ------------------------------------------------------------------ */

/* The poll call of the only await: the first CALLEE_POLL reachable from the
 * Suspend arm. Its type, or NO_ID. */
static TypeId awaited_type(const Fn *f, const Shape *s, BlockId *poll_block)
{
	const Block *b0 = &f->blocks[0];
	BlockId arm = NO_BLOCK;
	for (uint32_t i = 0; i < b0->term.nargs; i++)
		if (f->arms[b0->term.args + i].value >= STATE_FIRST_SUSPEND)
			arm = f->arms[b0->term.args + i].target;
	(void)s;
	if (arm >= f->nblocks)
		return NO_ID;
	/* breadth-first, so the nearest poll wins */
	uint8_t *seen = calloc(f->nblocks, 1);
	BlockId *q = malloc(f->nblocks * sizeof *q);
	BlockId *succ = malloc((f->narms + 3) * sizeof *succ);
	if (!seen || !q || !succ)
		internal_error("out of memory");
	uint32_t head = 0, tail = 0;
	TypeId found = NO_ID;
	q[tail++] = arm, seen[arm] = 1;
	while (head < tail && found == NO_ID) {
		BlockId b = q[head++];
		const Term *t = &f->blocks[b].term;
		if (t->kind == TK_CALL && t->op == CALLEE_POLL) {
			found = t->x;
			*poll_block = b;
			break;
		}
		uint32_t n = term_successors(f, t, succ, f->narms + 3);
		for (uint32_t i = 0; i < n; i++)
			if (succ[i] < f->nblocks && !seen[succ[i]] && !f->blocks[succ[i]].cleanup)
				seen[succ[i]] = 1, q[tail++] = succ[i];
	}
	free(seen);
	free(q);
	free(succ);
	return found;
}

static int type_is_async_fn(const Module *m, TypeId t)
{
	return t != NO_ID && type_get(m, t)->kind == TY_CORO && m->coros[type_get(m, t)->coro].kind == CORO_ASYNC_FN;
}

/* Pure forwarder: see the header comment. */
static int is_pure_forwarder(const Fn *f, TypeId aw)
{
	const Module *m = f->mod;
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Block *blk = &f->blocks[b];
		if (blk->cleanup)
			continue;
		for (uint32_t i = 0; i < blk->nstmts; i++) {
			const Stmt *s = &blk->stmts[i];
			if (s->kind == ST_NOP && import_opaque_stmt(f, s))
				return 0;
			if (s->kind != ST_ASSIGN)
				continue;
			if (s->rv == RV_BINARY || s->rv == RV_CHECKED || s->rv == RV_UNARY || s->rv == RV_CAST)
				return 0;
			if ((s->rv == RV_REF || s->rv == RV_REFMUT) && place_type(f, s->a.v) != aw)
				return 0;
			if (s->rv == RV_AGGREGATE && s->op != AGG_POLL_READY && s->op != AGG_POLL_PENDING)
				return 0;
		}
		const Term *t = &blk->term;
		switch (t->kind) {
		case TK_CALL:
			if (import_is_opaque_term(f, t))
				return 0;
			if (t->op == CALLEE_FN && place_type(f, t->place) != aw)
				return 0; /* a call other than the callee's constructor */
			if (t->op == CALLEE_DROP_IN_PLACE || t->op == CALLEE_GET_CONTEXT)
				return 0;
			if ((t->op == CALLEE_POLL || t->op == CALLEE_INTO_FUTURE || t->op == CALLEE_PIN_NEW) && t->x != aw)
				return 0;
			break;
		case TK_DROP:
			if (place_type(f, t->place) != aw)
				return 0;
			break;
		case TK_ASSERT:
			if (!is_resumed_after(blk))
				return 0;
			break;
		case TK_GOTO: case TK_SWITCH: case TK_RETURN: case TK_UNREACHABLE:
			break;
		default:
			return 0;
		}
	}
	(void)m;
	return 1;
}

/* ------------------------------------------------------------------ */
/* merge-states detection                                              */
/* ------------------------------------------------------------------ */

typedef struct Iso {
	const Fn *f;
	LocalId self;
	uint32_t vi, vj;         /* variant vi in path i corresponds to vj in path j */
	uint32_t *lf, *lb;       /* local maps (NO_ID: unset) */
	uint32_t *ff, *fb;       /* field maps of vi <-> vj */
	uint32_t nfield;
	BlockId *bf, *bb;        /* block maps */
	BlockId *stack;          /* pairs */
	uint32_t sp;
} Iso;

static int map_local(Iso *s, LocalId a, LocalId b)
{
	const Fn *f = s->f;
	if (a <= 2 || b <= 2 || a == s->self || b == s->self)
		return a == b;
	if (s->lf[a] == NO_ID && s->lb[b] == NO_ID) {
		if (f->locals[a].ty != f->locals[b].ty)
			return 0;
		s->lf[a] = b, s->lb[b] = a;
		return 1;
	}
	return s->lf[a] == b && s->lb[b] == a;
}

static int map_field(Iso *s, uint32_t a, uint32_t b)
{
	if (a >= s->nfield || b >= s->nfield)
		return 0;
	if (s->ff[a] == NO_ID && s->fb[b] == NO_ID) {
		s->ff[a] = b, s->fb[b] = a;
		return 1;
	}
	return s->ff[a] == b && s->fb[b] == a;
}

static int iso_place(Iso *s, PlaceId pa, PlaceId pb)
{
	const Fn *f = s->f;
	const Place *a = place_get(f, pa), *b = place_get(f, pb);
	if (a->nproj != b->nproj || !map_local(s, a->local, b->local))
		return 0;
	int in_variant = 0;
	for (uint32_t i = 0; i < a->nproj; i++) {
		const Proj *x = place_proj(f, a, i), *y = place_proj(f, b, i);
		if (x->kind != y->kind)
			return 0;
		if (x->kind == PROJ_DOWNCAST) {
			int cx = a->local == s->self && x->index == s->vi, cy = b->local == s->self && y->index == s->vj;
			if (cx != cy || (!cx && x->index != y->index))
				return 0;
			in_variant = cx;
			continue;
		}
		if (x->kind == PROJ_FIELD) {
			if (x->ty != y->ty)
				return 0;
			if (in_variant ? !map_field(s, x->index, y->index) : x->index != y->index)
				return 0;
		}
		in_variant = 0;
	}
	return 1;
}

static int iso_operand(Iso *s, Operand a, Operand b)
{
	if (a.kind != b.kind)
		return 0;
	if (a.kind == OP_CONST)
		return s->f->consts[a.v].ty == s->f->consts[b.v].ty && s->f->consts[a.v].bits == s->f->consts[b.v].bits;
	return iso_place(s, a.v, b.v);
}

static int iso_list(Iso *s, uint32_t a, uint32_t b, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (!iso_operand(s, s->f->args[a + i], s->f->args[b + i]))
			return 0;
	return 1;
}

static int iso_stmt(Iso *s, const Stmt *a, const Stmt *b)
{
	const Fn *f = s->f;
	if (a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case ST_NOP: {
		const char *ta = import_opaque_stmt(f, a), *tb = import_opaque_stmt(f, b);
		return (!ta && !tb) || (ta && tb && strcmp(ta, tb) == 0);
	}
	case ST_STORAGE_LIVE:
	case ST_STORAGE_DEAD:
		return map_local(s, a->x, b->x);
	case ST_SET_DISCR:
		if (is_self_deref(f, a->place, s->self) && a->x == s->vi)
			return is_self_deref(f, b->place, s->self) && b->x == s->vj;
		return a->x == b->x && iso_place(s, a->place, b->place);
	case ST_PLACE_MENTION:
		return iso_place(s, a->place, b->place);
	case ST_ASSIGN:
		if (a->rv != b->rv || a->op != b->op || !iso_place(s, a->place, b->place))
			return 0;
		switch (a->rv) {
		case RV_USE: case RV_UNARY:
			return iso_operand(s, a->a, b->a);
		case RV_CAST:
			return a->x == b->x && iso_operand(s, a->a, b->a);
		case RV_BINARY: case RV_CHECKED:
			return iso_operand(s, a->a, b->a) && iso_operand(s, a->b, b->b);
		case RV_DISCR: case RV_REF: case RV_REFMUT:
			return iso_place(s, a->a.v, b->a.v);
		case RV_AGGREGATE:
			return a->x == b->x && a->b.v == b->b.v && iso_list(s, a->a.v, b->a.v, a->b.v);
		}
		return 0;
	}
	return 0;
}

static int iso_push(Iso *s, BlockId a, BlockId b)
{
	if (a == NO_BLOCK || b == NO_BLOCK)
		return a == b;
	if (a == b)
		return s->bf[a] == NO_BLOCK && s->bb[b] == NO_BLOCK; /* joined */
	if (s->bf[a] == NO_BLOCK && s->bb[b] == NO_BLOCK) {
		s->bf[a] = b, s->bb[b] = a;
		s->stack[s->sp++] = a;
		return 1;
	}
	return s->bf[a] == b && s->bb[b] == a;
}

static int iso_term(Iso *s, const Term *a, const Term *b)
{
	const Fn *f = s->f;
	if (a->kind != b->kind || a->unwind != b->unwind || a->op != b->op || a->msg != b->msg)
		return 0;
	switch (a->kind) {
	case TK_CALL:
		if (a->op == CALLEE_FN ? strcmp(f->names[a->x], f->names[b->x]) != 0 : a->x != b->x)
			return 0;
		if (a->nargs != b->nargs || !iso_place(s, a->place, b->place) || !iso_list(s, a->args, b->args, a->nargs))
			return 0;
		break;
	case TK_DROP:
		if (!iso_place(s, a->place, b->place))
			return 0;
		break;
	case TK_ASSERT:
		if (a->x != b->x || a->nargs != b->nargs || !iso_operand(s, a->a, b->a) ||
		    !iso_list(s, a->args, b->args, a->nargs))
			return 0;
		break;
	case TK_SWITCH:
		if (a->nargs != b->nargs || !iso_operand(s, a->a, b->a))
			return 0;
		for (uint32_t i = 0; i < a->nargs; i++)
			if (f->arms[a->args + i].value != f->arms[b->args + i].value ||
			    !iso_push(s, f->arms[a->args + i].target, f->arms[b->args + i].target))
				return 0;
		break;
	case TK_YIELD:
		return 0;
	default:
		break;
	}
	if (!iso_push(s, a->target, b->target) || !iso_push(s, a->drop, b->drop))
		return 0;
	if (a->unwind == UW_CLEANUP && !iso_push(s, a->unwind_bb, b->unwind_bb))
		return 0;
	return 1;
}

/* Are the resume paths of states vi (arm ai) and vj (arm aj) isomorphic? On
 * success `priv` marks the blocks private to vj's path. */
static int iso_states(const Fn *f, LocalId self, uint32_t vi, BlockId ai, uint32_t vj, BlockId aj, uint8_t *priv)
{
	Iso s = {.f = f, .self = self, .vi = vi, .vj = vj};
	uint32_t nl = f->nlocals, nb = f->nblocks;
	s.nfield = 0;
	for (PlaceId p = 0; p < f->nplaces; p++) /* fields are numbered below the number of projections */
		for (uint32_t i = 0; i < f->places[p].nproj; i++)
			if (f->projs[f->places[p].proj + i].kind == PROJ_FIELD &&
			    f->projs[f->places[p].proj + i].index + 1 > s.nfield)
				s.nfield = f->projs[f->places[p].proj + i].index + 1;
	s.lf = malloc(nl * sizeof *s.lf), s.lb = malloc(nl * sizeof *s.lb);
	s.ff = malloc((s.nfield + 1) * sizeof *s.ff), s.fb = malloc((s.nfield + 1) * sizeof *s.fb);
	s.bf = malloc(nb * sizeof *s.bf), s.bb = malloc(nb * sizeof *s.bb), s.stack = malloc(nb * sizeof *s.stack);
	if (!s.lf || !s.lb || !s.ff || !s.fb || !s.bf || !s.bb || !s.stack)
		internal_error("out of memory");
	memset(s.lf, 0xff, nl * sizeof *s.lf), memset(s.lb, 0xff, nl * sizeof *s.lb);
	memset(s.ff, 0xff, (s.nfield + 1) * sizeof *s.ff), memset(s.fb, 0xff, (s.nfield + 1) * sizeof *s.fb);
	memset(s.bf, 0xff, nb * sizeof *s.bf), memset(s.bb, 0xff, nb * sizeof *s.bb);
	int ok = ai != aj && iso_push(&s, ai, aj);
	while (ok && s.sp) {
		BlockId a = s.stack[--s.sp], b = s.bf[a];
		const Block *x = &f->blocks[a], *y = &f->blocks[b];
		if (x->nstmts != y->nstmts || x->cleanup != y->cleanup) {
			ok = 0;
			break;
		}
		for (uint32_t i = 0; i < x->nstmts && ok; i++)
			ok = iso_stmt(&s, &x->stmts[i], &y->stmts[i]);
		if (ok)
			ok = iso_term(&s, &x->term, &y->term);
	}
	if (ok)
		for (BlockId b = 0; b < nb; b++)
			if (s.bb[b] != NO_BLOCK)
				priv[b] = 1;
	free(s.lf), free(s.lb), free(s.ff), free(s.fb), free(s.bf), free(s.bb), free(s.stack);
	return ok;
}

/* ------------------------------------------------------------------ */
/* per coroutine, per file                                             */
/* ------------------------------------------------------------------ */

typedef struct Facts {
	Shape sh;
	FnStats size;
	uint32_t opaque;                  /* statements + terminators */
	int roundtrip_ok, verify_ok;
	int32_t p2p_stmts, p2p_blocks;    /* removed */
	uint32_t p2p_asserts;
	int awaitless, stateless;
	int32_t el_stmts, el_blocks;
	int single_direct, pure;
	uint32_t in_stmts, in_blocks;
	uint32_t merged_states, mg_stmts, mg_blocks;
} Facts;

typedef struct Sum {
	uint32_t found, imported, recognized, fully_mapped, roundtrip_ok, verify_ok, verify_p2p_ok;
	uint32_t files, vmod_ok, vmod_p2p_ok; /* verify_module of the whole imported module */
	uint64_t states, blocks, stmts, opaque;
	uint64_t p2p_fns, p2p_asserts;
	int64_t p2p_stmts, p2p_blocks;
	uint64_t awaitless, stateless;
	int64_t el_stmts, el_blocks;
	uint64_t single, single_direct, pure, in_stmts, in_blocks;
	uint64_t merge_fns, merged_states, mg_stmts, mg_blocks;
	ImportCounts ic;
} Sum;

static void analyse(Fn *f, Facts *fa)
{
	Module *m = f->mod;
	fa->sh = shape_of(f);
	fa->size = fn_stats(f, 0);
	for (BlockId b = 0; b < f->nblocks; b++) {
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++)
			fa->opaque += import_opaque_stmt(f, &f->blocks[b].stmts[i]) != NULL;
		fa->opaque += (uint32_t)import_is_opaque_term(f, &f->blocks[b].term);
	}
	if (!fa->sh.recognized)
		return;
	/* elide-awaitless */
	if (fa->sh.states == 0) {
		fa->awaitless = 1;
		fa->stateless = body_is_stateless(f, &fa->sh);
		Fn *g = fn_copy(m, f, f->name);
		elide_copy(g, &fa->sh, fa->stateless);
		FnStats after = fn_stats(g, 0);
		fa->el_stmts = (int32_t)fa->size.stmts - (int32_t)after.stmts;
		fa->el_blocks = (int32_t)fa->size.blocks - (int32_t)after.blocks;
		fn_free(g);
	}
	/* inline-single-await */
	if (fa->sh.states == 1) {
		BlockId pb = NO_BLOCK;
		TypeId aw = awaited_type(f, &fa->sh, &pb);
		if (type_is_async_fn(m, aw)) {
			fa->single_direct = 1;
			fa->pure = is_pure_forwarder(f, aw);
			if (fa->pure)
				fa->in_stmts = fa->size.stmts, fa->in_blocks = fa->size.blocks;
		}
	}
	/* merge-states */
	if (fa->sh.states >= 2) {
		const Term *sw = &f->blocks[0].term;
		uint32_t n = 0;
		uint32_t *val = malloc(sw->nargs * sizeof *val);
		BlockId *arm = malloc(sw->nargs * sizeof *arm);
		uint8_t *merged = calloc(sw->nargs + 1, 1);
		uint8_t *priv = calloc(f->nblocks, 1), *removed = calloc(f->nblocks, 1);
		if (!val || !arm || !merged || !priv || !removed)
			internal_error("out of memory");
		for (uint32_t i = 0; i < sw->nargs; i++)
			if (f->arms[sw->args + i].value >= STATE_FIRST_SUSPEND && f->arms[sw->args + i].value <= UINT32_MAX)
				val[n] = (uint32_t)f->arms[sw->args + i].value, arm[n++] = f->arms[sw->args + i].target;
		const uint32_t budget = 4096; /* pair checks per fn */
		uint32_t tried = 0;
		for (uint32_t i = 0; i < n; i++) {
			if (merged[i])
				continue;
			for (uint32_t j = i + 1; j < n && tried < budget; j++) {
				if (merged[j] || arm[i] >= f->nblocks || arm[j] >= f->nblocks)
					continue;
				tried++;
				memset(priv, 0, f->nblocks);
				if (iso_states(f, fa->sh.self, val[i], arm[i], val[j], arm[j], priv)) {
					merged[j] = 1;
					fa->merged_states++;
					for (BlockId b = 0; b < f->nblocks; b++)
						if (priv[b] && !removed[b]) {
							removed[b] = 1;
							fa->mg_blocks++;
							fa->mg_stmts += f->blocks[b].nstmts + 1;
						}
				}
			}
		}
		free(val), free(arm), free(merged), free(priv), free(removed);
	}
}

static void count_asserts(const Fn *f, uint32_t *n)
{
	*n = 0;
	for (BlockId b = 0; b < f->nblocks; b++)
		*n += (uint32_t)is_resumed_after(&f->blocks[b]);
}

static void sum_add(Sum *s, const ImportedCoro *ic, const Facts *fa)
{
	s->found++;
	if (!ic->fn)
		return;
	s->imported++;
	ImportCounts *a = &s->ic;
	const ImportCounts *b = &ic->c;
	a->stmts += b->stmts, a->opaque_stmts += b->opaque_stmts, a->terms += b->terms;
	a->opaque_terms += b->opaque_terms, a->blocks += b->blocks;
	for (int i = 0; i < NIMPORTREASONS; i++)
		a->reason[i] += b->reason[i];
	s->recognized += (uint32_t)fa->sh.recognized;
	s->fully_mapped += fa->opaque == 0;
	s->roundtrip_ok += (uint32_t)fa->roundtrip_ok;
	s->verify_ok += (uint32_t)fa->verify_ok;
	s->states += fa->sh.states;
	s->blocks += fa->size.blocks;
	s->stmts += fa->size.stmts;
	s->opaque += fa->opaque;
	s->p2p_fns += fa->p2p_asserts > 0;
	s->p2p_asserts += fa->p2p_asserts;
	s->p2p_stmts += fa->p2p_stmts;
	s->p2p_blocks += fa->p2p_blocks;
	s->awaitless += (uint64_t)fa->awaitless;
	s->stateless += (uint64_t)fa->stateless;
	s->el_stmts += fa->el_stmts;
	s->el_blocks += fa->el_blocks;
	s->single += fa->sh.recognized && fa->sh.states == 1;
	s->single_direct += (uint64_t)fa->single_direct;
	s->pure += (uint64_t)fa->pure;
	s->in_stmts += fa->in_stmts;
	s->in_blocks += fa->in_blocks;
	s->merge_fns += fa->merged_states > 0;
	s->merged_states += fa->merged_states;
	s->mg_stmts += fa->mg_stmts;
	s->mg_blocks += fa->mg_blocks;
}

static void sum_merge(Sum *a, const Sum *b)
{
	a->found += b->found, a->imported += b->imported, a->recognized += b->recognized;
	a->fully_mapped += b->fully_mapped, a->roundtrip_ok += b->roundtrip_ok, a->verify_ok += b->verify_ok;
	a->verify_p2p_ok += b->verify_p2p_ok;
	a->files += b->files, a->vmod_ok += b->vmod_ok, a->vmod_p2p_ok += b->vmod_p2p_ok;
	a->states += b->states, a->blocks += b->blocks, a->stmts += b->stmts, a->opaque += b->opaque;
	a->p2p_fns += b->p2p_fns, a->p2p_asserts += b->p2p_asserts;
	a->p2p_stmts += b->p2p_stmts, a->p2p_blocks += b->p2p_blocks;
	a->awaitless += b->awaitless, a->stateless += b->stateless;
	a->el_stmts += b->el_stmts, a->el_blocks += b->el_blocks;
	a->single += b->single, a->single_direct += b->single_direct, a->pure += b->pure;
	a->in_stmts += b->in_stmts, a->in_blocks += b->in_blocks;
	a->merge_fns += b->merge_fns, a->merged_states += b->merged_states;
	a->mg_stmts += b->mg_stmts, a->mg_blocks += b->mg_blocks;
	a->ic.stmts += b->ic.stmts, a->ic.opaque_stmts += b->ic.opaque_stmts, a->ic.terms += b->ic.terms;
	a->ic.opaque_terms += b->ic.opaque_terms, a->ic.blocks += b->ic.blocks;
	for (int i = 0; i < NIMPORTREASONS; i++)
		a->ic.reason[i] += b->ic.reason[i];
}

/* Imports one file and measures every coroutine. facts: one per im->coros. */
static Facts *measure(Import *im, Sum *sum, FILE *err)
{
	Module *m = im->m;
	Facts *fa = calloc(im->ncoros + 1, sizeof *fa);
	if (!fa)
		internal_error("out of memory");
	for (uint32_t i = 0; i < im->ncoros; i++) {
		Fn *f = im->coros[i].fn;
		if (!f)
			continue;
		Diag d = {0};
		fa[i].roundtrip_ok = import_roundtrip(f, &d) == 0;
		if (!fa[i].roundtrip_ok && err)
			fprintf(err, "%s: round trip: %s\n", m->file, diag_msg(&d));
		Diag dv = {0};
		dv.file = m->file;
		fa[i].verify_ok = verify_fn(f, "import", &dv) == 0;
		if (!fa[i].verify_ok && err)
			fprintf(err, "%s: verify: %s\n", m->file, dv.msg);
		analyse(f, &fa[i]);
		count_asserts(f, &fa[i].p2p_asserts);
	}
	sum->files = 1;
	Diag dm = {0};
	sum->vmod_ok = verify_module(m, "import", &dm) == 0;
	if (!sum->vmod_ok && err)
		fprintf(err, "%s: verify_module: %s\n", m->file, dm.msg);
	/* panic-to-pending: the real pass, release build */
	FnStats *before = calloc(im->ncoros + 1, sizeof *before);
	if (!before)
		internal_error("out of memory");
	for (uint32_t i = 0; i < im->ncoros; i++)
		if (im->coros[i].fn)
			before[i] = fn_stats(im->coros[i].fn, 0);
	BuildOptions rel = {.release = 1};
	pass_run(m, pass_find("panic-to-pending"), &rel);
	for (uint32_t i = 0; i < im->ncoros; i++) {
		Fn *f = im->coros[i].fn;
		if (!f)
			continue;
		FnStats after = fn_stats(f, 0);
		uint32_t left;
		count_asserts(f, &left);
		fa[i].p2p_asserts -= left;
		fa[i].p2p_stmts = (int32_t)before[i].stmts - (int32_t)after.stmts;
		fa[i].p2p_blocks = (int32_t)before[i].blocks - (int32_t)after.blocks;
		Diag dv = {0};
		if (verify_fn(f, "panic-to-pending", &dv) == 0)
			sum->verify_p2p_ok++;
		else if (err)
			fprintf(err, "%s: verify after panic-to-pending: %s\n", m->file, dv.msg);
	}
	free(before);
	memset(&dm, 0, sizeof dm);
	sum->vmod_p2p_ok = verify_module(m, "panic-to-pending", &dm) == 0;
	if (!sum->vmod_p2p_ok && err)
		fprintf(err, "%s: verify_module after panic-to-pending: %s\n", m->file, dm.msg);
	for (uint32_t i = 0; i < im->ncoros; i++)
		sum_add(sum, &im->coros[i], &fa[i]);
	return fa;
}

/* ------------------------------------------------------------------ */
/* output                                                              */
/* ------------------------------------------------------------------ */

static double pct(double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; }

static void md_row(FILE *out, const char *label, const Sum *s)
{
	double st = (double)s->stmts;
	fprintf(out,
		"| %s | %u | %u (%.1f%%) | %u | %llu | %llu | %llu | %.1f%% "
		"| %llu / %lld (%.2f%%) / %lld | %llu (%llu) / %lld (%.2f%%) / %lld | %llu / %llu / %llu (%.2f%%) / %llu "
		"| %llu / %llu / %llu (%.2f%%) / %llu |\n",
		label, s->found, s->imported, pct(s->imported, s->found), s->fully_mapped,
		(unsigned long long)s->states, (unsigned long long)s->blocks, (unsigned long long)s->stmts,
		pct((double)s->opaque, st), (unsigned long long)s->p2p_asserts, (long long)s->p2p_stmts,
		pct((double)s->p2p_stmts, st), (long long)s->p2p_blocks, (unsigned long long)s->awaitless,
		(unsigned long long)s->stateless, (long long)s->el_stmts, pct((double)s->el_stmts, st),
		(long long)s->el_blocks, (unsigned long long)s->single_direct, (unsigned long long)s->pure,
		(unsigned long long)s->in_stmts, pct((double)s->in_stmts, st), (unsigned long long)s->in_blocks,
		(unsigned long long)s->merge_fns, (unsigned long long)s->merged_states, (unsigned long long)s->mg_stmts,
		pct((double)s->mg_stmts, st), (unsigned long long)s->mg_blocks);
}

static void md_report(FILE *out, const char *const *labels, Sum *sums, int n, const Sum *tot, Import **ims)
{
	fputs("# coroslim on real async crates: rustc 1.95 MIR, imported and measured\n\n"
	      "Generated by `make real-crates` (`bench/real/run.sh`): do not edit by hand. The MIR is\n"
	      "what `cargo check` writes with `RUSTFLAGS=--emit=mir` (dev profile: opt-level 0, overflow checks,\n"
	      "panic=unwind) for Debian's packaged crate sources; it is regenerated, never committed.\n\n",
	      out);
	fputs("## Headline\n\n", out);
	fprintf(out, "- crates: %d; async resume fns (coroutines) found: %u; imported: %u (%.1f%%); "
		"imported with no opaque statement: %u (%.1f%%)\n",
		n, tot->found, tot->imported, pct(tot->imported, tot->found), tot->fully_mapped,
		pct(tot->fully_mapped, tot->imported));
	fprintf(out, "- statements (MIR statements + terminators) of the imported coroutines: %llu in %llu blocks; "
		"Suspend states: %llu\n",
		(unsigned long long)tot->stmts, (unsigned long long)tot->blocks, (unsigned long long)tot->states);
	fprintf(out, "- importer coverage: %.1f%% of statements and %.1f%% of terminators map to modelled kinds "
		"(the rest are kept opaque, counted below); kept opaque: %llu of %llu statements + terminators "
		"(%.2f%%)\n",
		100.0 - pct(tot->ic.opaque_stmts, tot->ic.stmts), 100.0 - pct(tot->ic.opaque_terms, tot->ic.terms),
		(unsigned long long)(tot->ic.opaque_stmts + tot->ic.opaque_terms),
		(unsigned long long)(tot->ic.stmts + tot->ic.terms),
		pct((double)(tot->ic.opaque_stmts + tot->ic.opaque_terms), (double)(tot->ic.stmts + tot->ic.terms)));
	fprintf(out, "- round trip (print_fn, re-import, print again: identical): %u/%u; verify_fn accepts: %u/%u "
		"as imported, %u/%u after panic-to-pending; verify_module accepts %u/%u imported modules (one per crate, "
		"with the callee stubs), %u/%u after panic-to-pending\n",
		tot->roundtrip_ok, tot->imported, tot->verify_ok, tot->imported, tot->verify_p2p_ok, tot->imported,
		tot->vmod_ok, tot->files, tot->vmod_p2p_ok, tot->files);
	fprintf(out, "- panic-to-pending (run): removes %llu resumed-after panic asserts in %llu coroutines; "
		"net %lld statements (%.2f%%) and %lld blocks (%.2f%%)\n",
		(unsigned long long)tot->p2p_asserts, (unsigned long long)tot->p2p_fns, (long long)tot->p2p_stmts,
		pct((double)tot->p2p_stmts, (double)tot->stmts), (long long)tot->p2p_blocks,
		pct((double)tot->p2p_blocks, (double)tot->blocks));
	fprintf(out, "- elide-awaitless (detected, rewrite applied to a copy): %llu coroutines without a Suspend state "
		"(%llu stateless); would remove %lld statements (%.2f%%) and %lld blocks (%.2f%%)\n",
		(unsigned long long)tot->awaitless, (unsigned long long)tot->stateless, (long long)tot->el_stmts,
		pct((double)tot->el_stmts, (double)tot->stmts), (long long)tot->el_blocks,
		pct((double)tot->el_blocks, (double)tot->blocks));
	fprintf(out, "- inline-single-await (detected): %llu coroutines with one Suspend state, %llu of them await a "
		"direct async fn call, %llu pure forwarders; would remove %llu statements (%.2f%%) and %llu blocks "
		"(%.2f%%)\n",
		(unsigned long long)tot->single, (unsigned long long)tot->single_direct, (unsigned long long)tot->pure,
		(unsigned long long)tot->in_stmts, pct((double)tot->in_stmts, (double)tot->stmts),
		(unsigned long long)tot->in_blocks, pct((double)tot->in_blocks, (double)tot->blocks));
	fprintf(out, "- merge-states (detected, conservative): %llu coroutines with mergeable Suspend states, %llu "
		"states merged away; would remove %llu statements (%.2f%%) and %llu blocks (%.2f%%)\n\n",
		(unsigned long long)tot->merge_fns, (unsigned long long)tot->merged_states,
		(unsigned long long)tot->mg_stmts, pct((double)tot->mg_stmts, (double)tot->stmts),
		(unsigned long long)tot->mg_blocks, pct((double)tot->mg_blocks, (double)tot->blocks));
	fputs("## Per crate\n\n"
	      "Columns: coroutines found; imported; imported with no opaque statement; Suspend states; blocks;\n"
	      "statements; share of statements kept opaque; panic-to-pending: asserts removed / statements removed /\n"
	      "blocks removed; elide-awaitless: awaitless coroutines (stateless) / statements / blocks it would remove;\n"
	      "inline-single-await: direct single-await coroutines / pure forwarders / statements / blocks it would\n"
	      "remove; merge-states: coroutines / states merged away / statements / blocks it would remove.\n\n"
	      "| crate | found | imported | no opaque | states | blocks | stmts | opaque | panic-to-pending "
	      "| elide-awaitless | inline-single-await | merge-states |\n"
	      "|---|---|---|---|---|---|---|---|---|---|---|---|\n",
	      out);
	for (int i = 0; i < n; i++)
		md_row(out, labels[i], &sums[i]);
	md_row(out, "**total**", tot);
	fputs("\n## Importer coverage: what is kept opaque\n\n| reason | statements + terminators | share of all |\n"
	      "|---|---|---|\n",
	      out);
	uint64_t all = (uint64_t)tot->ic.stmts + tot->ic.terms;
	for (int r = 0; r < NIMPORTREASONS; r++)
		fprintf(out, "| %s | %u | %.2f%% |\n", import_reason_name[r], tot->ic.reason[r],
			pct(tot->ic.reason[r], (double)all));
	fputs("\n## Definitions\n\n"
	      "- *coroutine*: a fn whose first parameter is `Pin<&mut {async fn body of ..}>` or\n"
	      "  `Pin<&mut {async block@..}>` (rustc's resume fn of an async body). *Imported*: read whole\n"
	      "  (every block, statement and terminator, some as opaque); a fn the importer cannot read is\n"
	      "  skipped and listed below with `file:line:col` and the reason.\n"
	      "- *statements*: MIR statements plus terminators (`fn_stats(f, 0)`), opaque ones included, on the\n"
	      "  resume fn as rustc printed it. *Removes*: before minus after (negative = adds).\n"
	      "- *panic-to-pending*: `passes/panic_to_pending.c` run with `--release` on the imported fns: the\n"
	      "  resumed-after asserts become one `_0 = Poll::Pending; return` block. An assert becomes an assignment\n"
	      "  plus a return, so one arm alone adds a statement; the gain is the panic path (the assert's panic\n"
	      "  call, message and location), counted as *asserts removed*.\n"
	      "- *elide-awaitless*: coroutines with no switch arm >= 3. The rewrite of\n"
	      "  `passes/elide_awaitless.c` applied to a copy: *stateless* (nothing reachable from the body calls,\n"
	      "  drops, asserts, unwinds or is opaque, and no `((*self).N)` upvar needs drop): the state switch,\n"
	      "  the state writes and the arms go; otherwise the *done bit*: the Panicked arm, the state writes but\n"
	      "  one, and the poison landing pad go.\n"
	      "- *inline-single-await*: one Suspend state, and the await polls\n"
	      "  `<{async fn body of X()} as Future>::poll` (a direct async fn call, not an async block, a boxed or\n"
	      "  a hand-written future). Removal is credited only to *pure forwarders* (no call but the callee's\n"
	      "  constructor and the await machinery, no other drop, assert, arithmetic, cast, aggregate or opaque\n"
	      "  statement, references only to the awaitee): their future can be the callee's, so the whole\n"
	      "  resume fn goes. Candidates with a preamble or postamble are counted but credited 0.\n"
	      "- *merge-states*: two Suspend states whose resume paths (from their switch arms, following every\n"
	      "  edge including unwind edges) are isomorphic block by block under one bijective renaming of locals\n"
	      "  (equal types), of the two variants and of their fields (equal types), with equal callees,\n"
	      "  constants and opaque text, until the paths join. Removed: the blocks private to the merged-away\n"
	      "  state's path and their statements. Drop-order and liveness conditions are not checked beyond\n"
	      "  this syntactic identity.\n\n",
	      out);
	fputs("## Coroutines not imported\n\n", out);
	int any = 0;
	for (int i = 0; i < n; i++)
		for (uint32_t k = 0; k < ims[i]->ncoros; k++)
			if (!ims[i]->coros[k].fn) {
				fprintf(out, "- %s: `%s`: %s\n", labels[i], ims[i]->coros[k].name, ims[i]->coros[k].why);
				any = 1;
			}
	if (!any)
		fputs("None.\n", out);
}

static void summary(FILE *out, const char *label, const Import *im, const Facts *fa)
{
	for (uint32_t k = 0; k < im->ncoros; k++) {
		const ImportedCoro *ic = &im->coros[k];
		if (!ic->fn) {
			fprintf(out, "%s\t%s\tskipped\t%s\n", label, ic->name, ic->why);
			continue;
		}
		const Facts *f = &fa[k];
		fprintf(out,
			"%s\t%s\tstates=%u blocks=%u stmts=%u opaque=%u roundtrip=%s verify=%s p2p=%d/%d "
			"awaitless=%d%s elide=%d/%d direct1=%d pure=%d inline=%u/%u merged=%u merge=%u/%u\n",
			label, ic->name, f->sh.states, f->size.blocks, f->size.stmts, f->opaque,
			f->roundtrip_ok ? "ok" : "FAIL", f->verify_ok ? "ok" : "FAIL", f->p2p_stmts, f->p2p_blocks,
			f->awaitless, f->stateless ? "(stateless)" : "", f->el_stmts, f->el_blocks, f->single_direct,
			f->pure, f->in_stmts, f->in_blocks, f->merged_states, f->mg_stmts, f->mg_blocks);
	}
}

int import_cmd(const char *const *files, int nfiles, const char *format, FILE *out)
{
	const char *fmt = format ? format : "mir";
	if (strcmp(fmt, "json") == 0) { /* one -Zdump-mir-dir */
		if (nfiles != 1) {
			fprintf(stderr, "coroslim: --format=json takes one -Zdump-mir-dir\n");
			return 1;
		}
		return import_dump_dir(files[0], out);
	}
	if (strcmp(fmt, "bytes") == 0) { /* one -Zdump-mir-dir with its type-sizes.txt */
		if (nfiles != 1) {
			fprintf(stderr, "coroslim: --format=bytes takes one -Zdump-mir-dir\n");
			return 1;
		}
		return import_bytes_dir(files[0], out);
	}
	if (strncmp(fmt, "flash", 5) == 0 && (fmt[5] == 0 || fmt[5] == ':')) { /* machine-code bytes: import_flash_dir */
		if (nfiles != 1) {
			fprintf(stderr, "coroslim: --format=flash takes one -Zdump-mir-dir\n");
			return 1;
		}
		return import_flash_dir(files[0], fmt[5] ? fmt + 6 : "z", out);
	}
	if (strcmp(fmt, "mir") != 0 && strcmp(fmt, "summary") != 0 && strcmp(fmt, "md") != 0) {
		fprintf(stderr, "coroslim: unknown format '%s' (expected mir, summary, md, json, bytes or flash)\n", fmt);
		return 2;
	}
	if (nfiles <= 0)
		return 2;
	Import **ims = calloc((size_t)nfiles, sizeof *ims);
	Sum *sums = calloc((size_t)nfiles, sizeof *sums);
	const char **labels = calloc((size_t)nfiles, sizeof *labels);
	Sum tot = {0};
	int rc = 0, n = 0;
	if (!ims || !sums || !labels)
		internal_error("out of memory");
	for (int i = 0; i < nfiles; i++) {
		const char *arg = files[i], *eq = strchr(arg, '='), *path = eq ? eq + 1 : arg;
		char *label = eq ? str_dup(arg) : NULL;
		if (label)
			label[eq - arg] = 0;
		int bad_label = label && !*label;
		for (const char *q = label; q && *q && !bad_label; q++)
			bad_label = *q == '|' || (unsigned char)*q < 0x20 || *q == 0x7f;
		if (bad_label) { /* a row of --format=md and a column of the tab-separated summary (hunt26) */
			fprintf(stderr, "coroslim: error: '%s': the label must be non-empty, without '|', tabs or other control "
				"characters (it names a markdown table row and a tab-separated column)\n", diag_path(arg));
			free(label);
			rc = 1;
			continue;
		}
		if (!*path) { /* `import lbl=` said `: error: cannot open file` (robust24) */
			fprintf(stderr, "coroslim: error: '%s': no FILE after the label (expected LABEL=FILE.mir)\n", arg);
			free(label);
			rc = 1;
			continue;
		}
		Diag d = {0};
		size_t len;
		char *src = file_read(path, &len, &d);
		if (!src) {
			diag_print(&d, stderr);
			free(label);
			rc = 1;
			continue;
		}
		Import *im = import_mir(path, src, len);
		free(src);
		if (im->error) {
			/* not MIR, or cut short: no partial result */
			fprintf(stderr, "%s\n", im->error);
			import_free(im);
			free(label);
			rc = 1;
			continue;
		}
		for (uint32_t k = 0; k < im->ncoros; k++)
			if (!im->coros[k].fn) {
				fprintf(stderr, "%s (fn %s skipped)\n", im->coros[k].why, im->coros[k].name);
				/* the IR printed would lack it; the summary and md formats report it as skipped */
				if (strcmp(fmt, "mir") == 0)
					rc = 1;
			}
		if (im->ncoros == 0) /* MIR without a coroutine body: exit 0 with no output was silent (emit25) */
			fprintf(stderr, "%s: note: no coroutine body in it (import reads the async fns and blocks of "
				"rustc's --emit=mir): nothing imported\n", diag_path(path));
		labels[n] = label ? label : str_dup(path);
		if (strcmp(fmt, "mir") == 0) { /* the IR as imported, before any measurement */
			print_module(im->m, out);
			ims[n++] = im;
			continue;
		}
		Facts *fa = measure(im, &sums[n], stderr);
		if (strcmp(fmt, "summary") == 0)
			summary(out, labels[n], im, fa);
		free(fa);
		sum_merge(&tot, &sums[n]);
		ims[n++] = im;
	}
	if (strcmp(fmt, "md") == 0) {
		md_report(out, labels, sums, n, &tot, ims);
	}
	for (int i = 0; i < n; i++) {
		import_free(ims[i]);
		free((char *)labels[i]);
	}
	free(ims);
	free(sums);
	free(labels);
	return rc;
}
