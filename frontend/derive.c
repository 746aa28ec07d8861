/* derive.c — `#[derive(Clone, Copy)]` on struct and enum items (derive37, issue 22).
 *
 * The parser reads the derive lists (parse.c: prescan_derives before any type is parsed, so that a
 * field of a later item's type already knows it is Copy; skip_attribute refuses the other derives).
 * An item's Copy-ness is its derive_copy flag; ast_type_is_copy reads it through the program the
 * calling thread parses or checks, so that an item's AstType stays {kind, index}: a program without
 * derives is built exactly as before. Several programs may be parsed and checked on several threads
 * (the twin build of `coroslim stats`), each thread its own: the program is thread-local. */
#include "ast.h"

static _Thread_local const AstProgram *copy_program;

void ast_copy_program(const AstProgram *p) { copy_program = p; }

bool ast_item_is_copy(AstType t)
{
	const AstProgram *p = copy_program;
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
static const AstField *first_non_copy(const AstField *fields, int n)
{
	for (int i = 0; i < n; i++)
		if (!ast_type_is_copy(fields[i].ty))
			return &fields[i];
	return NULL;
}

const AstField *ast_derive_copy_violation(const AstProgram *p, bool is_enum, int id)
{
	if (!is_enum)
		return p->structs[id]->derive_copy ? first_non_copy(p->structs[id]->fields, p->structs[id]->nfields)
		                                   : NULL;
	const AstEnum *en = p->enums[id];
	for (int v = 0; v < en->nvariants && en->derive_copy; v++) {
		const AstField *f = first_non_copy(en->variants[v].fields, en->variants[v].nfields);
		if (f)
			return f;
	}
	return NULL;
}
