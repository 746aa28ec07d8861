/* build_derive.c — the fn items of `#[derive(Clone, Copy)]` (derive37, issue 22).
 *
 * rustc's derive of Clone on a Copy item without generics (rustc_builtin_macros deriving/clone.rs,
 * cs_clone_simple) is `fn clone(&self) -> S { let _: AssertParamIsClone<F>; .. *self }`: the
 * assertions bind nothing (only source scopes, which the textual IR does not print), so the body is
 * `_0 = copy (*_1); return;`. Its name is `<S as Clone>::clone` (rustc prints the impl by its span:
 * `<impl at F:L:C: ..>::clone`, where L:C is `Clone` in the attribute).
 *
 * derive38: Clone without Copy on a struct (cs_clone, not simple) is `S { f: Clone::clone(&self.f), .. }`,
 * rustc's MIR of it built here: per field, in declaration order, `_c = &((*_1).i: T); _b = &(*_c);
 * _a = <T as Clone>::clone(move _b)` (the `&self.f` borrow reborrowed at the `&T` parameter), then the
 * aggregate of the `_a` moved and the temporaries' StorageDeads. A field type is an integer, bool,
 * char or an item deriving Clone (parse.c clone_fields), none with drop glue: no cleanup, `unwind
 * continue` as rustc's.
 *
 * clone39: Clone without Copy on an enum is `match *self { E::B(ref a, ref b) => E::B(Clone::clone(a),
 * Clone::clone(b)), E::A => E::A, .. }`, rustc's MIR of it (-Zdump-mir=StateTransform before): bb0
 * `PlaceMention(_1); _2 = discriminant((*_1)); switchInt(move _2) -> [d0: .., otherwise: bb1]`, bb1
 * unreachable, the arms' first blocks in reverse variant order, their later blocks in variant order, then
 * the return block. An arm binds every field by reference first (`_3 = &(((*_1) as B).0: u32)`, per field
 * a StorageLive), then per field `_v = <T as Clone>::clone(move _r)` through `_r = &(*_3)`, the aggregate,
 * and the StorageDeads of the values and the bindings in reverse. A one-variant enum has no switch: its
 * arm is bb0's. */
#include "build.h"

/* `<S as Clone>::clone(self: &S) -> S`: its return place, `self` (_1) and bb0 */
static Fn *clone_fn_start(Module *m, const char *self_name, TypeId t, int line)
{
	Fn *f = fn_create(m, arena_printf(m->arena, "<%s as Clone>::clone", self_name), FN_SYNC);
	f->line = line;
	f->derived = 1;
	fn_add_local(f, t, NULL, 1);
	fn_add_local(f, type_ptr(m, TY_REF, t), "self", 0);
	f->nargs = 1;
	fn_add_block(f, 0);
	return f;
}

static Fn *derived_clone(Module *m, const char *self_name, TypeId t, int line)
{
	Fn *f = clone_fn_start(m, self_name, t, line);
	LocalId self = 1;
	BlockId bb = 0;
	Stmt s = {.kind = ST_ASSIGN, .rv = RV_USE};
	s.a = op_copy(place_project(f, place_local(f, self), PROJ_DEREF, 0, t));
	s.place = place_local(f, 0);
	fn_push_stmt(f, bb, s);
	fn_set_term(f, bb, mk(TK_RETURN));
	return f;
}

static void fn_storage(Fn *f, BlockId bb, StmtKind k, LocalId l)
{
	fn_push_stmt(f, bb, stmt_storage(k, l));
}

static void fn_assign(Fn *f, BlockId bb, PlaceId dst, Stmt rv)
{
	rv.kind = ST_ASSIGN;
	rv.place = dst;
	fn_push_stmt(f, bb, rv);
}

/* `_a = <T as Clone>::clone(move _b) -> [return: next, unwind continue]` ending bb */
static void clone_call(Module *m, Fn *f, BlockId bb, LocalId a, LocalId b, BlockId next)
{
	Term t = mk(TK_CALL);
	t.place = place_local(f, a);
	t.op = CALLEE_FN;
	t.x = fn_push_name(f, arena_printf(m->arena, "<%s as Clone>::clone", type_spelling(m, f->locals[a].ty)));
	Operand arg = op_move(place_local(f, b));
	t.args = fn_add_args(f, &arg, 1);
	t.nargs = 1;
	t.target = next;
	t.unwind = UW_CONTINUE;
	fn_set_term(f, bb, t);
}

static Fn *fieldwise_clone(Module *m, const char *self_name, TypeId t, int line, uint32_t n)
{
	Fn *f = clone_fn_start(m, self_name, t, line);
	LocalId self = 1;
	BlockId bb = 0;
	ScratchMark sm = scratch_mark();
	Operand *ops = scratch_alloc_uninit(((size_t)n + 1) * sizeof *ops);
	for (uint32_t i = 0; i < n; i++) {
		TypeId ft = adt_field_type(m, t, 0, i), rt = type_ptr(m, TY_REF, ft);
		LocalId a = fn_add_local(f, ft, NULL, 1), b = fn_add_local(f, rt, NULL, 1), c = fn_add_local(f, rt, NULL, 0);
		fn_storage(f, bb, ST_STORAGE_LIVE, a);
		fn_storage(f, bb, ST_STORAGE_LIVE, b);
		fn_storage(f, bb, ST_STORAGE_LIVE, c);
		PlaceId field = place_project(f, place_project(f, place_local(f, self), PROJ_DEREF, 0, t), PROJ_FIELD, i, ft);
		fn_assign(f, bb, place_local(f, c), (Stmt){.rv = RV_REF, .a.v = field});
		PlaceId deref = place_project(f, place_local(f, c), PROJ_DEREF, 0, ft);
		fn_assign(f, bb, place_local(f, b), (Stmt){.rv = RV_REF, .a.v = deref});
		BlockId next = fn_add_block(f, 0);
		clone_call(m, f, bb, a, b, next);
		bb = next;
		fn_storage(f, bb, ST_STORAGE_DEAD, b);
		ops[i] = op_move(place_local(f, a));
	}
	Stmt agg = {.rv = RV_AGGREGATE, .op = AGG_ADT, .x = t};
	agg.a.v = fn_add_args(f, ops, n);
	agg.b.v = n;
	fn_assign(f, bb, place_local(f, 0), agg);
	for (uint32_t i = n; i-- > 0;) {
		fn_storage(f, bb, ST_STORAGE_DEAD, 2 + 3 * i + 2);
		fn_storage(f, bb, ST_STORAGE_DEAD, 2 + 3 * i);
	}
	fn_set_term(f, bb, mk(TK_RETURN));
	scratch_release(sm);
	run_passes_before_state_transform(f); /* as finish_fn's bodies: panic=abort's `unwind unreachable` */
	return f;
}

/* clone39: arm v of an enum's field-wise clone, from block bb (its fields bound by reference, each cloned
 * into a value, the aggregate into _0): its last block */
static BlockId clone_variant_arm(Module *m, Fn *f, BlockId bb, TypeId t, uint32_t v)
{
	uint32_t n = adt_of(m, t)->variants[v].nfields;
	PlaceId self = place_project(f, place_local(f, 1), PROJ_DEREF, 0, t);
	LocalId first = (LocalId)f->nlocals;
	for (uint32_t i = 0; i < n; i++) {
		TypeId ft = adt_field_type(m, t, v, i);
		LocalId r = fn_add_local(f, type_ptr(m, TY_REF, ft), NULL, 0);
		fn_storage(f, bb, ST_STORAGE_LIVE, r);
		PlaceId field = place_project(f, place_project(f, self, PROJ_DOWNCAST, v, t), PROJ_FIELD, i, ft);
		fn_assign(f, bb, place_local(f, r), (Stmt){.rv = RV_REF, .a.v = field});
	}
	ScratchMark sm = scratch_mark();
	Operand *ops = scratch_alloc_uninit(((size_t)n + 1) * sizeof *ops);
	ops[0] = op_const(f, TY_USIZE, v);
	for (uint32_t i = 0; i < n; i++) {
		TypeId ft = adt_field_type(m, t, v, i);
		LocalId a = fn_add_local(f, ft, NULL, 1), b = fn_add_local(f, type_ptr(m, TY_REF, ft), NULL, 1);
		fn_storage(f, bb, ST_STORAGE_LIVE, a);
		fn_storage(f, bb, ST_STORAGE_LIVE, b);
		PlaceId deref = place_project(f, place_local(f, first + i), PROJ_DEREF, 0, ft);
		fn_assign(f, bb, place_local(f, b), (Stmt){.rv = RV_REF, .a.v = deref});
		BlockId next = fn_add_block(f, 0);
		clone_call(m, f, bb, a, b, next);
		bb = next;
		fn_storage(f, bb, ST_STORAGE_DEAD, b);
		ops[1 + i] = op_move(place_local(f, a));
	}
	Stmt agg = {.rv = RV_AGGREGATE, .op = AGG_ADT, .x = t};
	agg.a.v = fn_add_args(f, ops, n + 1);
	agg.b.v = n + 1;
	fn_assign(f, bb, place_local(f, 0), agg);
	for (uint32_t i = n; i-- > 0;)
		fn_storage(f, bb, ST_STORAGE_DEAD, first + n + 2 * i);
	for (uint32_t i = n; i-- > 0;)
		fn_storage(f, bb, ST_STORAGE_DEAD, first + i);
	scratch_release(sm);
	return bb;
}

static Fn *enum_fieldwise_clone(Module *m, const char *self_name, TypeId t, int line)
{
	Fn *f = clone_fn_start(m, self_name, t, line);
	const Adt *a = adt_of(m, t);
	uint32_t nv = a->nvariants;
	fn_push_stmt(f, 0, (Stmt){.kind = ST_PLACE_MENTION, .place = place_local(f, 1)});
	if (nv == 1) { /* irrefutable: no discriminant read */
		fn_set_term(f, clone_variant_arm(m, f, 0, t, 0), mk(TK_RETURN));
		run_passes_before_state_transform(f);
		return f;
	}
	LocalId d = fn_add_local(f, adt_discr_type(a), NULL, 1); /* repr40: the repr's integer */
	PlaceId self = place_project(f, place_local(f, 1), PROJ_DEREF, 0, t);
	fn_assign(f, 0, place_local(f, d), (Stmt){.rv = RV_DISCR, .a.v = self});
	BlockId other = fn_add_block(f, 0);
	fn_set_term(f, other, mk(TK_UNREACHABLE));
	ScratchMark sm = scratch_mark();
	SwitchArm *arms = scratch_alloc_uninit(nv * sizeof *arms);
	for (uint32_t v = nv; v-- > 0;) /* the arms' first blocks in reverse order */
		arms[v] = (SwitchArm){adt_discr_value(a, v), fn_add_block(f, 0)};
	Term sw = mk(TK_SWITCH);
	sw.a = op_move(place_local(f, d));
	sw.args = fn_add_arms(f, arms, nv);
	sw.nargs = nv;
	sw.target = other;
	fn_set_term(f, 0, sw);
	BlockId *last = scratch_alloc_uninit(nv * sizeof *last);
	for (uint32_t v = 0; v < nv; v++)
		last[v] = clone_variant_arm(m, f, arms[v].target, t, v);
	BlockId end = fn_add_block(f, 0);
	Term g = mk(TK_GOTO);
	g.target = end;
	for (uint32_t v = 0; v < nv; v++)
		fn_set_term(f, last[v], g);
	fn_set_term(f, end, mk(TK_RETURN));
	scratch_release(sm);
	run_passes_before_state_transform(f);
	return f;
}

uint32_t count_derived_fns(const AstProgram *p)
{
	uint32_t n = 0;
	for (int i = 0; i < p->nstructs; i++)
		n += p->structs[i]->derive_clone;
	for (int i = 0; i < p->nenums; i++)
		n += p->enums[i]->derive_clone;
	return n;
}

void build_derived_fns(Module *m, const AstProgram *p, const TypeId *type_of_struct, const TypeId *type_of_enum)
{
	for (int i = 0; i < p->nstructs; i++) {
		const AstStruct *st = p->structs[i];
		if (st->derive_clone)
			module_add_fn(m, st->derive_copy ? derived_clone(m, st->name, type_of_struct[i], st->line)
			                                 : fieldwise_clone(m, st->name, type_of_struct[i], st->line, (uint32_t)st->nfields));
	}
	for (int i = 0; i < p->nenums; i++) {
		const AstEnum *en = p->enums[i];
		if (en->derive_clone)
			module_add_fn(m, en->derive_copy ? derived_clone(m, en->name, type_of_enum[i], en->line)
			                                 : enum_fieldwise_clone(m, en->name, type_of_enum[i], en->line));
	}
}
