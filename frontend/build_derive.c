/* build_derive.c — the fn items of `#[derive(Clone, Copy)]` (derive37, issue 22).
 *
 * rustc's derive of Clone on a Copy item without generics (rustc_builtin_macros deriving/clone.rs,
 * cs_clone_simple) is `fn clone(&self) -> S { let _: AssertParamIsClone<F>; .. *self }`: the
 * assertions bind nothing (only source scopes, which the textual IR does not print), so the body is
 * `_0 = copy (*_1); return;`. Its name is `<S as Clone>::clone` (rustc prints the impl by its span:
 * `<impl at F:L:C: ..>::clone`, where L:C is `Clone` in the attribute). Clone without Copy, whose
 * body clones field by field, is refused by the parser. */
#include "build.h"

static Fn *derived_clone(Module *m, const char *self_name, TypeId t, int line)
{
	Fn *f = fn_create(m, arena_printf(m->arena, "<%s as Clone>::clone", self_name), FN_SYNC);
	f->line = line;
	fn_add_local(f, t, NULL, 1);
	LocalId self = fn_add_local(f, type_ptr(m, TY_REF, t), "self", 0);
	f->nargs = 1;
	BlockId bb = fn_add_block(f, 0);
	Stmt s = {.kind = ST_ASSIGN, .rv = RV_USE};
	s.a = op_copy(place_project(f, place_local(f, self), PROJ_DEREF, 0, t));
	s.place = place_local(f, 0);
	fn_push_stmt(f, bb, s);
	fn_set_term(f, bb, mk(TK_RETURN));
	return f;
}

uint32_t count_derived_fns(const AstProgram *p)
{
	uint32_t n = 0;
	for (int i = 0; i < p->nstructs; i++)
		n += p->structs[i]->derive_copy;
	for (int i = 0; i < p->nenums; i++)
		n += p->enums[i]->derive_copy;
	return n;
}

void build_derived_fns(Module *m, const AstProgram *p, const TypeId *type_of_struct, const TypeId *type_of_enum)
{
	for (int i = 0; i < p->nstructs; i++)
		if (p->structs[i]->derive_copy)
			module_add_fn(m, derived_clone(m, p->structs[i]->name, type_of_struct[i], p->structs[i]->line));
	for (int i = 0; i < p->nenums; i++)
		if (p->enums[i]->derive_copy)
			module_add_fn(m, derived_clone(m, p->enums[i]->name, type_of_enum[i], p->enums[i]->line));
}
