/* coro_fixture.h — one async fn built by hand in both forms, for the
 * interpreter and checker unit tests (no parser, frontend or transform needed):
 *
 *   async fn fx(x: u32) -> u32 {
 *       let g = guard(x);
 *       let a = x + 1;          // checked: panics for x = u32::MAX
 *       yield;                  // Suspend0 (state 3): saves g, a
 *       observe(a);
 *       let b = a * 2;          // wrapping
 *       yield;                  // Suspend1 (state 4): saves g, b
 *       observe(b);
 *       drop(g);
 *       b + x                   // wrapping
 *   }
 *
 * fixture_build() gives the module before the transform (constructor `fx`
 * and body `fx::{closure#0}` with raw yields); fixture_transform() replaces
 * the body by a hand-written resume fn and drop shim over this layout
 * (size 20, align 4): upvar x, the tag, _s0 g: Guard, _s1 a: u32 (Suspend0),
 * _s2 b: u32 (Suspend1), all promoted, placed by layout_compute (rustc's
 * placement, which the verifier requires since hunt30).
 * With x = 5 the trace is: poll 1 Pending, observe 6, poll 2 Pending,
 * observe 12, observe 5, poll 3 Ready(17). */
#ifndef CORO_FIXTURE_H
#define CORO_FIXTURE_H

#include <string.h>

#include "../../measure/measure.h"
#include "../broken/broken.h"

static Term fx_call(Fn *f, PlaceId dst, const char *name, const Operand *args, uint32_t n, BlockId target,
		    uint8_t unwind, BlockId ubb)
{
	Term t = {.kind = TK_CALL, .op = CALLEE_FN, .place = dst, .x = fn_add_name(f, name),
		  .args = fn_add_args(f, args, n), .nargs = n, .target = target, .drop = NO_BLOCK,
		  .unwind = unwind, .unwind_bb = ubb};
	return t;
}

static Term fx_drop(PlaceId p, BlockId target, uint8_t unwind, BlockId ubb)
{
	Term t = {.kind = TK_DROP, .place = p, .target = target, .drop = NO_BLOCK, .unwind = unwind, .unwind_bb = ubb};
	return t;
}

static Term fx_assert_add(Fn *f, PlaceId flag, Operand a, Operand b, BlockId target, uint8_t unwind, BlockId ubb)
{
	Operand ops[2] = {a, b};
	Term t = {.kind = TK_ASSERT, .a = op_move(flag), .op = 0, .msg = AK_OVERFLOW, .x = BIN_ADD,
		  .args = fn_add_args(f, ops, 2), .nargs = 2, .target = target, .drop = NO_BLOCK,
		  .unwind = unwind, .unwind_bb = ubb};
	return t;
}

static Term fx_assert_resumed(Fn *f, AssertKind k, BlockId self)
{
	Term t = {.kind = TK_ASSERT, .a = op_const(f, TY_BOOL, 0), .op = 1, .msg = (uint8_t)k, .x = CORO_ASYNC_FN,
		  .target = self, .drop = NO_BLOCK, .unwind = UW_CONTINUE, .unwind_bb = NO_BLOCK};
	return t;
}

static Stmt fx_aggregate(PlaceId dst, AggKind k, TypeId ty, uint32_t first, uint32_t n)
{
	Stmt s = {.kind = ST_ASSIGN, .rv = RV_AGGREGATE, .op = (uint8_t)k, .place = dst, .x = ty};
	s.a.v = first;
	s.b.v = n;
	return s;
}

static Term fx_switch(Fn *f, Operand a, const SwitchArm *arms, uint32_t n, BlockId otherwise)
{
	Term t = {.kind = TK_SWITCH, .a = a, .args = fn_add_arms(f, arms, n), .nargs = n, .target = otherwise,
		  .drop = NO_BLOCK, .unwind_bb = NO_BLOCK};
	return t;
}

/* The constructor `fx(_1: u32) -> C { _0 = C { x: copy _1 }; return }`. */
static void fixture_constructor(Module *m, TypeId cty)
{
	Fn *k = fn_new(m, "fx", FN_SYNC);
	fn_add_local(k, cty, NULL, 1);
	fn_add_local(k, TY_U32, "x", 0);
	k->nargs = 1;
	BlockId b = fn_add_block(k, 0);
	Operand up = op_copy(place_local(k, 1));
	fn_push_stmt(k, b, fx_aggregate(place_local(k, 0), AGG_CORO, cty, fn_add_args(k, &up, 1), 1));
	fn_set_term(k, b, term_simple(TK_RETURN));
}

static Module *fixture_build(void)
{
	Module *m = module_new("fixture");
	uint32_t c = module_add_coro(m, "fx", CORO_ASYNC_FN);
	coro_add_upvar(m, c, "x", TY_U32);
	m->coros[c].output = TY_U32;
	m->coros[c].body = arena_strdup(m->arena, "fx::{closure#0}");
	TypeId cty = type_coro(m, c), tup = type_tuple2(m, TY_U32, TY_BOOL);
	fixture_constructor(m, cty);

	Fn *f = fn_new(m, "fx::{closure#0}", FN_CORO_BODY);
	f->coro = c;
	fn_add_local(f, TY_U32, NULL, 1);       /* _0 */
	fn_add_local(f, cty, NULL, 0);          /* _1 */
	fn_add_local(f, TY_RESUMETY, NULL, 0);  /* _2 */
	f->nargs = 2;
	LocalId g = fn_add_local(f, TY_GUARD, "g", 0);  /* _3 */
	LocalId a = fn_add_local(f, TY_U32, "a", 0);    /* _4 */
	LocalId bl = fn_add_local(f, TY_U32, "b", 0);   /* _5 */
	LocalId unit = fn_add_local(f, TY_UNIT, NULL, 0); /* _6 */
	LocalId rarg = fn_add_local(f, TY_RESUMETY, NULL, 0); /* _7 */
	LocalId ores = fn_add_local(f, TY_UNIT, NULL, 0);     /* _8 */
	LocalId chk = fn_add_local(f, tup, NULL, 0);          /* _9 */
	PlaceId x = place_project(f, place_local(f, 1), PROJ_FIELD, 0, TY_U32);
	PlaceId pg = place_local(f, g), pa = place_local(f, a), pb = place_local(f, bl);
	PlaceId pchk = place_local(f, chk);
	BlockId b0 = fn_add_block(f, 0), b1 = fn_add_block(f, 0), b1b = fn_add_block(f, 0), b2 = fn_add_block(f, 0),
		b3 = fn_add_block(f, 0), b4 = fn_add_block(f, 0), b5 = fn_add_block(f, 0), b6 = fn_add_block(f, 0),
		b8 = fn_add_block(f, 0), b9 = fn_add_block(f, 0), b10 = fn_add_block(f, 1), b11 = fn_add_block(f, 1);
	Operand ox = op_copy(x);
	fn_set_term(f, b0, fx_call(f, pg, "guard", &ox, 1, b1, UW_CONTINUE, NO_BLOCK));
	fn_push_stmt(f, b1, stmt_assign_binary(pchk, RV_CHECKED, BIN_ADD, op_copy(x), op_const(f, TY_U32, 1)));
	fn_set_term(f, b1, fx_assert_add(f, place_project(f, pchk, PROJ_FIELD, 1, TY_BOOL), op_copy(x),
					 op_const(f, TY_U32, 1), b1b, UW_CLEANUP, b10));
	fn_push_stmt(f, b1b, stmt_assign_use(pa, op_move(place_project(f, pchk, PROJ_FIELD, 0, TY_U32))));
	fn_push_stmt(f, b1b, stmt_assign_use(place_local(f, unit), op_const(f, TY_UNIT, 0)));
	Term y = {.kind = TK_YIELD, .a = op_move(place_local(f, unit)), .place = place_local(f, rarg), .target = b2,
		  .drop = b8, .unwind_bb = NO_BLOCK};
	fn_set_term(f, b1b, y);
	Operand oa = op_copy(pa), ob = op_copy(pb);
	fn_set_term(f, b2, fx_call(f, place_local(f, ores), "observe", &oa, 1, b3, UW_CLEANUP, b10));
	fn_push_stmt(f, b3, stmt_assign_binary(pb, RV_BINARY, BIN_MUL, op_copy(pa), op_const(f, TY_U32, 2)));
	y.target = b4;
	fn_set_term(f, b3, y);
	fn_set_term(f, b4, fx_call(f, place_local(f, ores), "observe", &ob, 1, b5, UW_CLEANUP, b10));
	fn_set_term(f, b5, fx_drop(pg, b6, UW_CONTINUE, NO_BLOCK));
	fn_push_stmt(f, b6, stmt_assign_binary(place_local(f, 0), RV_BINARY, BIN_ADD, op_copy(pb), op_copy(x)));
	fn_set_term(f, b6, term_simple(TK_RETURN));
	fn_set_term(f, b8, fx_drop(pg, b9, UW_CONTINUE, NO_BLOCK));
	fn_set_term(f, b9, term_simple(TK_COROUTINE_DROP));
	fn_set_term(f, b10, fx_drop(pg, b11, UW_TERMINATE, NO_BLOCK));
	fn_set_term(f, b11, term_simple(TK_RESUME));
	return m;
}

static Layout *fixture_layout(Module *m)
{
	Arena *ar = m->arena;
	Layout *l = arena_alloc(ar, sizeof *l);
	l->nsaved = 3;
	l->saved = arena_alloc(ar, 3 * sizeof *l->saved);
	l->saved[0] = (SavedLocal){.local = 3, .ty = TY_GUARD, .name = "g", .promoted = 1, .offset = 8};
	/* rustc's rule promotes all three: _s0 is in both variants, and of the
	 * conflicting _s1 (variant 3) and _s2 (variant 4) one is promoted, which
	 * leaves one variant with a local of its own (the verifier checks it) */
	l->saved[1] = (SavedLocal){.local = 4, .ty = TY_U32, .name = "a", .promoted = 1, .offset = 12};
	l->saved[2] = (SavedLocal){.local = 5, .ty = TY_U32, .name = "b", .promoted = 1, .offset = 16};
	l->nvariants = 5;
	l->field_start = arena_alloc(ar, 5 * sizeof(uint32_t));
	l->nfields = arena_alloc(ar, 5 * sizeof(uint32_t));
	l->fields = arena_alloc(ar, 4 * sizeof(uint32_t));
	l->field_start[3] = 0, l->nfields[3] = 2, l->fields[0] = 0, l->fields[1] = 1;
	l->field_start[4] = 2, l->nfields[4] = 2, l->fields[2] = 0, l->fields[3] = 2;
	layout_set_conflict(ar, l, 0, 0);
	layout_set_conflict(ar, l, 0, 1);
	layout_set_conflict(ar, l, 0, 2);
	layout_set_conflict(ar, l, 1, 2);
	layout_set_conflict(ar, l, 1, 1); /* the diagonal, as rustc's storage_conflicts has it */
	layout_set_conflict(ar, l, 2, 2);
	l->upvar_offset = arena_alloc(ar, sizeof(uint32_t));
	l->upvar_offset[0] = 0;
	l->tag_offset = 4, l->tag_size = 1;
	l->size = 20, l->align = 4;
	return l;
}

/* The state transform of fixture_build(), by hand. Returns 0 like state_transform. */
static int fixture_transform(Module *m, Diag *d)
{
	(void)d;
	uint32_t c = (uint32_t)module_find_coro(m, "fx");
	Fn *body = module_find_fn(m, "fx::{closure#0}");
	if (body)
		module_remove_fn(m, body);
	m->coros[c].layout = fixture_layout(m);
	layout_compute(m, &m->coros[c], m->coros[c].layout); /* rustc's placement (the verifier's check_placement) */
	m->coros[c].body = NULL;
	m->coros[c].resume = arena_strdup(m->arena, "fx::{closure#0}");
	m->coros[c].drop = arena_strdup(m->arena, "fx::{closure#0}::{drop}");
	TypeId cty = type_coro(m, c), refc = type_ptr(m, TY_REFMUT, cty), poll = type_ptr(m, TY_POLL, TY_U32);
	TypeId tup = type_tuple2(m, TY_U32, TY_BOOL);

	Fn *f = fn_new(m, "fx::{closure#0}", FN_RESUME);
	f->coro = c;
	fn_add_local(f, poll, NULL, 1);                                  /* _0 */
	fn_add_local(f, type_ptr(m, TY_PIN, refc), NULL, 0);             /* _1 */
	fn_add_local(f, type_ptr(m, TY_REFMUT, TY_CONTEXT), NULL, 0);    /* _2 */
	f->nargs = 2;
	LocalId self = fn_add_local(f, refc, NULL, 0); /* _3 */
	LocalId disc = fn_add_local(f, TY_U32, NULL, 0);
	LocalId unit = fn_add_local(f, TY_UNIT, NULL, 0);
	LocalId tmp = fn_add_local(f, TY_U32, NULL, 0);
	LocalId chk = fn_add_local(f, tup, NULL, 0);
	PlaceId s = place_project(f, place_local(f, self), PROJ_DEREF, 0, cty);
	PlaceId x = place_project(f, s, PROJ_FIELD, 0, TY_U32);
	PlaceId v3 = place_project(f, s, PROJ_DOWNCAST, 3, cty), v4 = place_project(f, s, PROJ_DOWNCAST, 4, cty);
	PlaceId g = place_project(f, v3, PROJ_FIELD, 0, TY_GUARD);
	PlaceId a = place_project(f, v3, PROJ_FIELD, 1, TY_U32);
	PlaceId b = place_project(f, v4, PROJ_FIELD, 1, TY_U32);
	PlaceId pchk = place_local(f, chk);
	BlockId b0 = fn_add_block(f, 0), b1 = fn_add_block(f, 0), b2 = fn_add_block(f, 0), b2b = fn_add_block(f, 0),
		b3 = fn_add_block(f, 0), b4 = fn_add_block(f, 0), b5 = fn_add_block(f, 0), b6 = fn_add_block(f, 0),
		b7 = fn_add_block(f, 0), b12 = fn_add_block(f, 0), b13 = fn_add_block(f, 0), b14 = fn_add_block(f, 0),
		b15 = fn_add_block(f, 1), b16 = fn_add_block(f, 1);
	fn_push_stmt(f, b0, stmt_assign_use(place_local(f, self),
					    op_copy(place_project(f, place_local(f, 1), PROJ_FIELD, 0, refc))));
	Stmt dsc = {.kind = ST_ASSIGN, .rv = RV_DISCR, .place = place_local(f, disc), .a = {.v = s}};
	fn_push_stmt(f, b0, dsc);
	SwitchArm arms[] = {{0, b1}, {1, b12}, {2, b13}, {3, b3}, {4, b5}};
	fn_set_term(f, b0, fx_switch(f, op_move(place_local(f, disc)), arms, 5, b14));
	Operand ox = op_copy(x), oa = op_copy(a), ob = op_copy(b);
	fn_set_term(f, b1, fx_call(f, g, "guard", &ox, 1, b2, UW_CLEANUP, b15));
	fn_push_stmt(f, b2, stmt_assign_binary(pchk, RV_CHECKED, BIN_ADD, op_copy(x), op_const(f, TY_U32, 1)));
	fn_set_term(f, b2, fx_assert_add(f, place_project(f, pchk, PROJ_FIELD, 1, TY_BOOL), op_copy(x),
					 op_const(f, TY_U32, 1), b2b, UW_CLEANUP, b16));
	fn_push_stmt(f, b2b, stmt_assign_use(a, op_move(place_project(f, pchk, PROJ_FIELD, 0, TY_U32))));
	Stmt pend = fx_aggregate(place_local(f, 0), AGG_POLL_PENDING, poll, 0, 0);
	Stmt setd = {.kind = ST_SET_DISCR, .place = s, .x = 3};
	fn_push_stmt(f, b2b, pend);
	fn_push_stmt(f, b2b, setd);
	fn_set_term(f, b2b, term_simple(TK_RETURN));
	fn_set_term(f, b3, fx_call(f, place_local(f, unit), "observe", &oa, 1, b4, UW_CLEANUP, b16));
	fn_push_stmt(f, b4, stmt_assign_binary(b, RV_BINARY, BIN_MUL, op_copy(a), op_const(f, TY_U32, 2)));
	fn_push_stmt(f, b4, pend);
	setd.x = 4;
	fn_push_stmt(f, b4, setd);
	fn_set_term(f, b4, term_simple(TK_RETURN));
	fn_set_term(f, b5, fx_call(f, place_local(f, unit), "observe", &ob, 1, b6, UW_CLEANUP, b16));
	fn_set_term(f, b6, fx_drop(g, b7, UW_CLEANUP, b15));
	fn_push_stmt(f, b7, stmt_assign_binary(place_local(f, tmp), RV_BINARY, BIN_ADD, op_copy(b), op_copy(x)));
	Operand ot = op_move(place_local(f, tmp));
	fn_push_stmt(f, b7, fx_aggregate(place_local(f, 0), AGG_POLL_READY, poll, fn_add_args(f, &ot, 1), 1));
	setd.x = 1;
	fn_push_stmt(f, b7, setd);
	fn_set_term(f, b7, term_simple(TK_RETURN));
	fn_set_term(f, b12, fx_assert_resumed(f, AK_RESUMED_AFTER_RETURN, b12));
	fn_set_term(f, b13, fx_assert_resumed(f, AK_RESUMED_AFTER_PANIC, b13));
	fn_set_term(f, b14, term_simple(TK_UNREACHABLE));
	setd.x = 2;
	fn_push_stmt(f, b15, setd);
	fn_set_term(f, b15, term_simple(TK_RESUME));
	fn_set_term(f, b16, fx_drop(g, b15, UW_TERMINATE, NO_BLOCK));

	Fn *ds = fn_new(m, "fx::{closure#0}::{drop}", FN_DROP_SHIM);
	ds->coro = c;
	fn_add_local(ds, TY_UNIT, NULL, 1);
	fn_add_local(ds, type_ptr(m, TY_RAWMUT, cty), NULL, 0);
	ds->nargs = 1;
	LocalId dd = fn_add_local(ds, TY_U32, NULL, 0);
	PlaceId ss = place_project(ds, place_local(ds, 1), PROJ_DEREF, 0, cty);
	PlaceId dg = place_project(ds, place_project(ds, ss, PROJ_DOWNCAST, 3, cty), PROJ_FIELD, 0, TY_GUARD);
	BlockId d0 = fn_add_block(ds, 0), d1 = fn_add_block(ds, 0), d2 = fn_add_block(ds, 0);
	Stmt dsc2 = {.kind = ST_ASSIGN, .rv = RV_DISCR, .place = place_local(ds, dd), .a = {.v = ss}};
	fn_push_stmt(ds, d0, dsc2);
	SwitchArm darms[] = {{3, d1}, {4, d1}};
	fn_set_term(ds, d0, fx_switch(ds, op_move(place_local(ds, dd)), darms, 2, d2));
	fn_set_term(ds, d1, fx_drop(dg, d2, UW_CONTINUE, NO_BLOCK));
	fn_set_term(ds, d2, term_simple(TK_RETURN));
	m->transformed = 1;
	return 0;
}

#endif
