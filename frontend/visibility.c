/* Visibility (vis39): which items are public, as rustc's effective visibilities say for a bin crate of one
 * module (rustc_privacy's EmbargoVisitor: `pub` at the crate root is Public; `pub(crate)` and the other
 * restrictions are the crate's, which is private here). Public items are dead_code roots (rustc_passes
 * dead.rs create_and_seed_worklist seeds the worklist with every item public at Level::Reachable). */
#include "ast.h"

#include <string.h>

/* only a top-level item records a visibility (parse.c: one in a body is read and dropped) */
static bool struct_public(const AstStruct *st)
{
	return st->vis == VIS_PUB && !st->scope.outer;
}

static bool enum_public(const AstEnum *en)
{
	return en->generic == GENERIC_NONE && en->vis == VIS_PUB && !en->scope.outer;
}

bool ast_item_public(const AstProgram *p, AstType t)
{
	if (t.kind == ATY_STRUCT)
		return t.id >= 0 && t.id < p->nstructs && struct_public(p->structs[t.id]);
	if (t.kind == ATY_ENUM)
		return ast_enum_index(t) < p->nenums && enum_public(p->enums[ast_enum_index(t)]);
	return false;
}

/* an associated item's Self type (of an impl anywhere: one in a body of a public type adds public
 * methods, as rustc 1.95 has it) */
static bool self_public(const AstStruct *st, const AstEnum *en)
{
	return st ? struct_public(st) : en && enum_public(en);
}

bool ast_fn_public(const AstFn *fn)
{
	if (fn->vis != VIS_PUB || fn->builtin != BUILTIN_NONE)
		return false;
	if (!ast_fn_is_assoc(fn))
		return !fn->outer;
	return self_public(fn->impl_of, fn->impl_enum);
}

bool ast_const_public(const AstProgram *p, const AstConst *c)
{
	if (c->vis != VIS_PUB || c->scope.outer)
		return false;
	if (c->assoc_impl <= 0)
		return !c->assoc_type && !c->assoc_trait;
	const AstImpl *im = c->assoc_impl <= p->nimpls ? p->impls[c->assoc_impl - 1] : NULL;
	return im && !im->trait_name && self_public(im->strukt, im->enm);
}

/* the first struct or enum item t names that is not public (through references, arrays, Option and
 * Result), else the unit type */
static AstType private_in(const AstProgram *p, AstType t, int depth)
{
	while ((ast_type_is_ref(t) || t.kind == ATY_ARRAY) && depth++ < 256)
		t = ast_type_is_ref(t) ? ast_ref_pointee(t) : ast_array_elem(t);
	if (t.kind == ATY_STRUCT && !ast_item_public(p, t))
		return t;
	if (t.kind == ATY_ENUM && ast_enum_index(t) < p->nenums) {
		const AstEnum *en = p->enums[ast_enum_index(t)];
		if (en->generic == GENERIC_NONE)
			return enum_public(en) ? ast_type(ATY_UNIT) : t;
		for (int k = 0; k < (en->generic == GENERIC_RESULT ? 2 : 1) && depth < 256; k++) {
			AstType q = private_in(p, en->type_args[k], depth + 1);
			if (q.kind != ATY_UNIT)
				return q;
		}
	}
	return ast_type(ATY_UNIT);
}

static bool found(const AstProgram *p, AstType t, int line, int col, const char *item, AstPrivateUse *out)
{
	AstType q = private_in(p, t, 0);
	if (q.kind == ATY_UNIT)
		return false;
	const char *name = q.kind == ATY_STRUCT ? p->structs[q.id]->ident : p->enums[ast_enum_index(q)]->ident;
	*out = (AstPrivateUse){line, col, item, name};
	return true;
}

/* rustc's private_interfaces lint ("type `P` is more private than the item `f`"), which makes P
 * reachable, is not modelled: the first public item (source order within each kind) whose interface
 * names a type that is not public: fns' and methods' parameters and return types, public structs'
 * public fields, public enums' fields, public traits' fns */
bool ast_private_interface(const AstProgram *p, AstPrivateUse *out)
{
	for (int i = 0; i < p->nfns; i++) {
		const AstFn *fn = p->fns[i];
		if (!ast_fn_public(fn))
			continue;
		for (int k = 0; k < fn->nparams; k++)
			if (found(p, fn->params[k]->ty, fn->line, fn->col, fn->name, out))
				return true;
		if (found(p, fn->ret, fn->line, fn->col, fn->name, out))
			return true;
	}
	for (int i = 0; i < p->nstructs; i++) {
		const AstStruct *st = p->structs[i];
		if (struct_public(st))
			for (int f = 0; f < st->nfields; f++)
				if (st->fields[f].vis == VIS_PUB &&
				    found(p, st->fields[f].ty, st->fields[f].line, st->fields[f].col,
				          arena_printf(p->arena, "%s::%s", st->name, st->fields[f].name), out))
					return true;
	}
	for (int i = 0; i < p->nenums; i++) {
		const AstEnum *en = p->enums[i];
		if (enum_public(en))
			for (int v = 0; v < en->nvariants; v++)
				for (int f = 0; f < en->variants[v].nfields; f++) {
					const AstField *fd = &en->variants[v].fields[f];
					if (found(p, fd->ty, fd->line, fd->col,
					          arena_printf(p->arena, "%s::%s::%s", en->name, en->variants[v].name, fd->name), out))
						return true;
				}
	}
	for (int i = 0; i < p->naliases; i++) {
		const AstAlias *al = p->aliases[i];
		if (al->vis == VIS_PUB && !al->scope.lo && found(p, al->ty, al->line, al->col, al->ident, out))
			return true;
	}
	for (int i = 0; i < p->ntraits; i++) {
		const AstTrait *t = p->traits[i];
		if (t->vis != VIS_PUB || t->scope.outer)
			continue;
		for (int k = 0; k < t->nfns; k++) {
			const char *item = arena_printf(p->arena, "%s::%s", t->name, t->fns[k].name);
			for (int j = 0; j < t->fns[k].nparams; j++)
				if (found(p, t->fns[k].params[j], t->fns[k].line, t->fns[k].col, item, out))
					return true;
			if (found(p, t->fns[k].ret, t->fns[k].line, t->fns[k].col, item, out))
				return true;
		}
	}
	return false;
}
