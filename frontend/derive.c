/* derive.c — `#[derive(Clone, Copy)]` on struct and enum items (derive37, issue 22), `#[derive(Clone)]`
 * on structs and the derived clone that calls resolve to (derive38).
 *
 * The parser reads the derive lists (parse.c: prescan_derives before any type is parsed, so that a
 * field of a later item's type already knows it is Copy; skip_attribute refuses the other derives).
 * An item's Copy-ness is its derive_copy flag; ast_type_is_copy asks it of the program the type's
 * index names an item of (a parameter, no global: the twin build of `coroslim stats` parses and checks
 * two programs on two threads), so that an item's AstType stays {kind, index}: a program without
 * derives is built exactly as before. */
#include "ast.h"

bool ast_item_is_copy(const AstProgram *p, AstType t)
{
	if (!p || t.id < 0)
		return false;
	if (t.kind == ATY_STRUCT)
		return t.id < p->nstructs && p->structs[t.id]->derive_copy;
	if (t.kind != ATY_ENUM || (t.id & (AST_ENUM_PARTIAL | AST_ENUM_COPY)))
		return false;
	return t.id < p->nenums && p->enums[t.id]->derive_copy;
}

/* rustc's E0204 for an item deriving Copy with a field that is not Copy: the item's name and the
 * first such field, in declaration order (coherence's type_allowed_to_implement_copy) */
static const AstField *first_non_copy(const AstProgram *p, const AstField *fields, int n)
{
	for (int i = 0; i < n; i++)
		if (!ast_type_is_copy(p, fields[i].ty))
			return &fields[i];
	return NULL;
}

const AstField *ast_derive_copy_violation(const AstProgram *p, bool is_enum, int id)
{
	if (!is_enum)
		return p->structs[id]->derive_copy ? first_non_copy(p, p->structs[id]->fields, p->structs[id]->nfields)
		                                   : NULL;
	const AstEnum *en = p->enums[id];
	for (int v = 0; v < en->nvariants && en->derive_copy; v++) {
		const AstField *f = first_non_copy(p, en->variants[v].fields, en->variants[v].nfields);
		if (f)
			return f;
	}
	return NULL;
}

/* derive38: the fn `<S as Clone>::clone(&self) -> S` of item self (a struct or an enum item deriving
 * Clone), which `s.clone()`, `S::clone(&s)` and `Clone::clone(&s)` call: made once per item, in the
 * program's arena, not among its fns (its body is build_derive.c's, never parsed or checked). NULL
 * when the item derives no Clone. */
AstFn *ast_derived_clone(AstProgram *p, AstType self)
{
	AstStruct *st = self.kind == ATY_STRUCT && self.id >= 0 && self.id < p->nstructs ? p->structs[self.id] : NULL;
	AstEnum *en = self.kind == ATY_ENUM && ast_enum_index(self) < p->nenums ? p->enums[ast_enum_index(self)] : NULL;
	if (!(st ? st->derive_clone : en && !en->generic && en->derive_clone))
		return NULL;
	AstFn **slot = st ? &st->derived_clone : &en->derived_clone;
	if (*slot)
		return *slot;
	AstFn *fn = arena_alloc(p->arena, sizeof *fn);
	AstType t = {self.kind, st ? st->id : en->id};
	fn->id = -1;
	fn->impl_id = -1;
	fn->impl_of = st;
	fn->impl_enum = en;
	fn->name = arena_printf(p->arena, "<%s as Clone>::clone", st ? st->name : en->name);
	fn->assoc_name = fn->ident = "clone";
	fn->line = st ? st->line : en->line;
	fn->self_kind = SELF_REF;
	fn->ret = t;
	fn->has_ret = true;
	AstVar *v = arena_alloc(p->arena, sizeof *v);
	v->name = "self";
	v->kind = VAR_PARAM;
	v->ty = ast_ref_type(t, false);
	fn->params = arena_alloc(p->arena, sizeof *fn->params);
	fn->params[0] = v;
	fn->nparams = 1;
	*slot = fn;
	return fn;
}

/* the lesser of two ast_type_clone answers: 0 (no Clone) before -1 (not modelled) before 1 */
static int clone_meet(int a, int b)
{
	return a == 0 || b == 0 ? 0 : a < 0 || b < 0 ? -1 : 1;
}

int ast_type_clone(const AstProgram *p, AstType t)
{
	if (t.kind == ATY_BOOL || t.kind == ATY_CHAR || ast_type_is_int(t))
		return 1;
	if (t.kind == ATY_GUARD)
		return 0;
	if (t.kind == ATY_STRUCT)
		return p->structs[t.id]->derive_clone;
	if (t.kind == ATY_ARRAY) /* clone39: core's `impl<T: Clone, const N: usize> Clone for [T; N]` */
		return ast_type_clone(p, ast_array_elem(t));
	if (t.kind != ATY_ENUM || (t.id & AST_ENUM_PARTIAL))
		return -1;
	const AstEnum *en = p->enums[ast_enum_index(t)];
	if (!en->generic)
		return en->derive_clone;
	if (en->generic != GENERIC_OPTION && en->generic != GENERIC_RESULT)
		return -1;
	/* clone39: core's derived Clone of Option<T> / Result<T, E>: every argument Clone */
	return clone_meet(ast_type_clone(p, en->type_args[0]),
	                  en->generic == GENERIC_RESULT ? ast_type_clone(p, en->type_args[1]) : 1);
}

/* clone39: the type rustc's E0277 names for a field of type t without Clone (ast_type_clone 0): t, or
 * the first argument without Clone inside an array, Option or Result ("required for `[Guard; 2]` to
 * implement `Clone`"): a Guard, or a struct or enum item deriving no Clone */
AstType ast_clone_culprit(const AstProgram *p, AstType t)
{
	if (t.kind == ATY_ARRAY)
		return ast_clone_culprit(p, ast_array_elem(t));
	if (t.kind != ATY_ENUM || (t.id & AST_ENUM_PARTIAL) || !p->enums[ast_enum_index(t)]->generic)
		return t;
	const AstEnum *en = p->enums[ast_enum_index(t)];
	return ast_type_clone(p, en->type_args[0]) == 0 ? ast_clone_culprit(p, en->type_args[0])
	                                                : ast_clone_culprit(p, en->type_args[1]);
}
