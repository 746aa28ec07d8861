/* prelude_enum.c — Option<T> and Result<T, E> as core defines them (issue 22
 * item 4): `enum Option<T> { None, Some(T) }`, `enum Result<T, E> { Ok(T), Err(E) }`,
 * each instance at subset types an AstEnum of the program like an enum item (its
 * variants' fields the arguments), so that the builder, the layout and the
 * interpreter treat it as one. The parser makes the instances its type
 * annotations name; sema (sema_generic.c) those it infers. Copy when every
 * argument is (core derives Copy for both). */
#include <string.h>

#include "syntax.h"

static const struct {
	const char *name;
	const char *variants[2];
	bool unit[2];
} generic_defs[] = {
	[GENERIC_OPTION] = {"Option", {"None", "Some"}, {true, false}},
	[GENERIC_RESULT] = {"Result", {"Ok", "Err"}, {false, false}},
	[GENERIC_CONTROL_FLOW] = {"ControlFlow", {"Continue", "Break"}, {false, false}},
	[GENERIC_RESIDUAL] = {"Result", {"Ok", "Err"}, {true, false}},           /* Ok(Infallible) never made */
	[GENERIC_OPTION_RESIDUAL] = {"Option", {"None", "Some"}, {true, true}}, /* Some(Infallible) never made */
};

static bool text_is(const char *text, int len, const char *s)
{
	return (size_t)len == strlen(s) && memcmp(text, s, (size_t)len) == 0;
}

AstGeneric generic_of_name(const char *text, int len)
{
	for (int g = GENERIC_OPTION; g <= GENERIC_RESULT; g++) /* the names a program writes */
		if (text_is(text, len, generic_defs[g].name))
			return (AstGeneric)g;
	return GENERIC_NONE;
}

bool generic_variant_of_name(const char *text, int len, AstGeneric *g, int *variant)
{
	for (int k = GENERIC_OPTION; k <= GENERIC_RESULT; k++)
		for (int v = 0; v < 2; v++)
			if (text_is(text, len, generic_defs[k].variants[v])) {
				*g = (AstGeneric)k;
				*variant = v;
				return true;
			}
	return false;
}

int generic_nargs(AstGeneric g)
{
	return g == GENERIC_OPTION_RESIDUAL ? 0 : g == GENERIC_OPTION || g == GENERIC_RESIDUAL ? 1 : 2;
}

/* ControlFlow<B, C>: Continue(C) is variant 0, Break(B) variant 1 */
int generic_arg_of(AstGeneric g, int variant)
{
	return g == GENERIC_CONTROL_FLOW ? !variant : g == GENERIC_RESULT ? variant : 0;
}

/* The variants with their fields at args (the base: inference placeholders). */
static void make_variants(Arena *a, AstEnum *en, const AstType *args)
{
	en->nvariants = 2;
	en->variants = arena_alloc(a, 2 * sizeof *en->variants);
	for (int v = 0; v < 2; v++) {
		AstVariant *var = &en->variants[v];
		var->name = generic_defs[en->generic].variants[v];
		var->line = en->line;
		var->col = en->col;
		var->is_unit = generic_defs[en->generic].unit[v];
		var->is_tuple = !var->is_unit;
		if (var->is_unit)
			continue;
		var->nfields = 1;
		var->fields = arena_alloc(a, sizeof *var->fields);
		var->fields[0].name = "0";
		var->fields[0].line = en->line;
		var->fields[0].col = en->col;
		var->fields[0].ty = args[generic_arg_of(en->generic, v)];
	}
}

AstEnum *generic_base(AstProgram *p, AstGeneric g)
{
	if (p->generic_base[g])
		return p->generic_base[g];
	AstEnum *en = arena_alloc(p->arena, sizeof *en);
	en->id = -1;
	en->name = generic_defs[g].name;
	en->generic = g;
	en->type_args[0] = en->type_args[1] = ast_type(ATY_VAR);
	make_variants(p->arena, en, en->type_args);
	p->generic_base[g] = en;
	return en;
}

const char *generic_type_name(const AstProgram *p, AstType t)
{
	switch (t.kind) {
	case ATY_STRUCT: return p->structs[t.id]->name;
	case ATY_ENUM: return p->enums[ast_enum_index(t)]->name;
	case ATY_REF:
	case ATY_REF_MUT:
		return arena_printf(p->arena, "%s%s", t.kind == ATY_REF ? "&" : "&mut ",
		                    generic_type_name(p, ast_ref_pointee(t)));
	case ATY_ARRAY: /* as rustc writes the type: `[bool; 2]` */
		return arena_printf(p->arena, "[%s; %d]", generic_type_name(p, ast_array_elem(t)), ast_array_len(t));
	default: return ast_type_name(t);
	}
}

/* a, b, c and d (NULL: none) one after the other: an instance's name, by memcpy (issue 23: glibc's
 * vsnprintf copies a long `%s` through its overflow buffer at some 140 instructions a byte, and the
 * names of N nested Options are N^2 / 2 bytes) */
static const char *concat4(Arena *arena, const char *a, const char *b, const char *c, const char *d)
{
	const char *part[4] = {a, b, c, d};
	size_t len[4] = {0}, n = 0;
	for (int i = 0; i < 4; i++)
		n += len[i] = part[i] ? strlen(part[i]) : 0;
	char *s = arena_alloc_uninit(arena, n + 1), *w = s;
	for (int i = 0; i < 4; i++) {
		memcpy(w, part[i] ? part[i] : "", len[i]);
		w += len[i];
	}
	*w = 0;
	return s;
}

AstEnum *generic_instance(AstProgram *p, AstGeneric g, const AstType *args, int line, int col)
{
	int n = generic_nargs(g);
	/* the instances by (g, arguments), hashed (issue 23: every instance scanned every
	 * enum, so N nested Options or N enum items with instances cost N^2) */
	AstType a0 = n >= 1 ? args[0] : ast_type(ATY_UNIT), a1 = n >= 2 ? args[1] : ast_type(ATY_UNIT);
	uint32_t h = (((uint32_t)g * 31u + (uint32_t)a0.kind) * 2654435761u) ^ ((uint32_t)a0.id * 40503u) ^
	             (((uint32_t)a1.kind * 97u + (uint32_t)a1.id) * 2246822519u);
	h ^= h >> 15;
	if (2 * ((uint64_t)p->ninstances + 1) > p->instances_cap) {
		uint32_t cap = p->instances_cap ? 2 * p->instances_cap : 64;
		uint32_t *slots = arena_alloc(p->arena, (size_t)cap * sizeof *slots);
		for (uint32_t i = 0; i < p->instances_cap; i++)
			if (p->instance_slots[i]) {
				const AstEnum *o = p->enums[p->instance_slots[i] - 1];
				uint32_t j = o->instance_hash & (cap - 1);
				while (slots[j])
					j = (j + 1) & (cap - 1);
				slots[j] = p->instance_slots[i];
			}
		p->instance_slots = slots;
		p->instances_cap = cap;
	}
	uint32_t j = h & (p->instances_cap - 1);
	for (; p->instance_slots[j]; j = (j + 1) & (p->instances_cap - 1)) {
		AstEnum *en = p->enums[p->instance_slots[j] - 1];
		if (en->generic == g && (n < 1 || ast_type_eq(en->type_args[0], args[0])) &&
		    (n < 2 || ast_type_eq(en->type_args[1], args[1])))
			return en;
	}
	if (p->nenums >= AST_ENUM_MAX)
		return NULL; /* the caller reports it where the type is written */
	AstEnum *en = arena_alloc(p->arena, sizeof *en);
	en->id = p->nenums;
	en->generic = g;
	en->line = line;
	en->col = col;
	en->is_copy = true;
	en->type_args[0] = en->type_args[1] = ast_type(ATY_UNIT);
	for (int k = 0; k < n; k++) {
		en->type_args[k] = args[k];
		en->is_copy &= ast_type_is_copy(args[k]);
	}
	switch (g) {
	case GENERIC_OPTION: en->name = concat4(p->arena, "Option<", generic_type_name(p, args[0]), ">", NULL); break;
	case GENERIC_RESIDUAL:
		en->name = concat4(p->arena, "Result<Infallible, ", generic_type_name(p, args[0]), ">", NULL);
		break;
	case GENERIC_OPTION_RESIDUAL: en->name = "Option<Infallible>"; break;
	default: {
		const char *a0 = generic_type_name(p, args[0]), *a1 = generic_type_name(p, args[1]);
		en->name = concat4(p->arena, concat4(p->arena, generic_defs[g].name, "<", a0, ", "), a1, ">", NULL);
		break;
	}
	}
	make_variants(p->arena, en, en->type_args);
	*VEC_PUSH(p->arena, p->enums, p->nenums, p->enums_cap) = en;
	en->instance_hash = h;
	p->instance_slots[j] = (uint32_t)en->id + 1;
	p->ninstances++;
	return en;
}
