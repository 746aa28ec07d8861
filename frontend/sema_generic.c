/* sema_generic.c — Option<T> and Result<T, E> while type checking (issue 22
 * item 4; rustc_hir_typeck): `Some(x)`, `None`, `Ok(x)`, `Err(e)` have the type
 * of their enum at fresh inference variables, a partial instance kept here
 * until typeck resolves it into the program's instance (prelude_enum.c). Two
 * instance types unify argument by argument. */
#include <string.h>

#include "sema.h"

typedef struct GenericPartial {
	AstGeneric g;
	AstType args[2];
	int line, col; /* the value that made it: "type annotations needed" */
} GenericPartial;

AstType generic_partial(Sema *s, AstGeneric g, int line, int col)
{
	if (s->npartials >= AST_ENUM_PARTIAL - 1)
		error_at(s, line, col, "too many `%s` values in one fn", generic_base(s->prog, g)->name);
	GenericPartial *gp = VEC_PUSH(s->scratch, s->partials, s->npartials, s->partials_cap);
	gp->g = g;
	gp->line = line;
	gp->col = col;
	gp->args[0] = typeck_var(s);
	gp->args[1] = g == GENERIC_RESULT ? typeck_var(s) : ast_type(ATY_UNIT);
	AstType t = {ATY_ENUM, AST_ENUM_PARTIAL | (s->npartials - 1)};
	return t;
}

bool generic_args(Sema *s, AstType t, AstGeneric *g, AstType *args)
{
	t = typeck_shallow(s, t);
	if (t.kind != ATY_ENUM)
		return false;
	if (t.id & AST_ENUM_PARTIAL) {
		const GenericPartial *gp = &s->partials[ast_enum_index(t)];
		*g = gp->g;
		args[0] = gp->args[0];
		args[1] = gp->args[1];
		return true;
	}
	const AstEnum *en = s->prog->enums[ast_enum_index(t)];
	*g = en->generic;
	args[0] = en->type_args[0];
	args[1] = en->type_args[1];
	return en->generic != GENERIC_NONE;
}

bool generic_unify(Sema *s, AstType a, AstType b)
{
	AstGeneric ga = GENERIC_NONE, gb = GENERIC_NONE;
	AstType aa[2], ab[2];
	if (!generic_args(s, a, &ga, aa) || !generic_args(s, b, &gb, ab) || ga != gb)
		return false;
	for (int k = 0; k < generic_nargs(ga); k++)
		if (!typeck_unify(s, aa[k], ab[k]))
			return false;
	return true;
}

const char *generic_type_str(Sema *s, AstType t, bool in_code)
{
	AstGeneric g = GENERIC_NONE;
	AstType args[2];
	generic_args(s, t, &g, args);
	const char *a0 = typeck_type_str(s, args[0], in_code);
	if (g == GENERIC_OPTION)
		return arena_printf(s->scratch, "Option<%s>", a0);
	return arena_printf(s->scratch, "Result<%s, %s>", a0, typeck_type_str(s, args[1], in_code));
}

AstType generic_resolve(Sema *s, AstType t)
{
	const GenericPartial *gp = &s->partials[ast_enum_index(t)];
	AstType args[2] = {ast_type(ATY_UNIT), ast_type(ATY_UNIT)};
	for (int k = 0; k < generic_nargs(gp->g); k++) {
		if (typeck_unbound(s, gp->args[k]))
			error_at(s, gp->line, gp->col, "type annotations needed for `%s`",
			         generic_type_str(s, t, true));
		args[k] = typeck_resolve(s, gp->args[k]);
	}
	AstEnum *en = generic_instance(s->prog, gp->g, args, gp->line, gp->col);
	check_generic_payload(s, en, gp->line, gp->col);
	return ast_enum_type(en);
}

/* Why a payload is refused, or NULL. */
static const char *payload_problem(const AstProgram *p, AstType t)
{
	switch (t.kind) {
	case ATY_BOOL:
	case ATY_REF:
	case ATY_REF_MUT:
	case ATY_ENUM:
	case ATY_YIELD_NOW:
		return "its payload has a niche (rustc's niche-filling layout is not modelled)";
	case ATY_STRUCT:
		return struct_has_niche(p, p->structs[t.id], 0)
		       ? "its payload has a niche (rustc's niche-filling layout is not modelled)" : NULL;
	case ATY_NEVER:
	case ATY_FN_FUTURE:
	case ATY_BLOCK_FUTURE:
		return "its payload is not a subset value type";
	default:
		return NULL;
	}
}

void check_generic_payload(Sema *s, const AstEnum *en, int line, int col)
{
	for (int k = 0; k < generic_nargs(en->generic); k++) {
		const char *why = payload_problem(s->prog, en->type_args[k]);
		if (why)
			error_at(s, line, col, "`%s` is not supported: %s", en->name, why);
	}
}
