/* prelude_enum.c — Option<T> and Result<T, E> as core defines them (issue 22
 * item 4): `enum Option<T> { None, Some(T) }`, `enum Result<T, E> { Ok(T), Err(E) }`,
 * each instance at subset types an AstEnum of the program like an enum item (its
 * variants' fields the arguments), so that the builder, the layout and the
 * interpreter treat it as one. The parser makes the instances its type
 * annotations name; sema (sema_generic.c) those it infers. Copy when every
 * argument is (core derives Copy for both). */
#include <stdio.h>
#include <stdlib.h>
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

/* A spelling gathered piece by piece (issue 23: an instance's name is made only when
 * asked, by a walk with its own stack: N nested Options named eagerly were N^2 / 2
 * bytes, and a recursion N deep). */
typedef struct SpellBuf {
	char *s;
	size_t n, cap;
} SpellBuf;

static void *spell_realloc(void *p, size_t n)
{
	void *r = realloc(p, n);
	if (!r) {
		fputs("coroslim: out of memory\n", stderr);
		exit(2);
	}
	return r;
}

static void spell_put(SpellBuf *b, const char *s)
{
	size_t n = strlen(s);
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (b->n + n + 1 > cap)
			cap *= 2;
		b->s = spell_realloc(b->s, cap);
		b->cap = cap;
	}
	memcpy(b->s + b->n, s, n + 1);
	b->n += n;
}

typedef struct SpellItem {
	const char *lit; /* NULL: the type t; with len >= 0: `; len]` */
	AstType t;
	int len;
} SpellItem;

typedef struct SpellStack {
	SpellItem *v;
	size_t n, cap;
} SpellStack;

static void spell_push(SpellStack *st, const char *lit, AstType t, int len)
{
	if (st->n == st->cap) {
		st->cap = st->cap ? 2 * st->cap : 32;
		st->v = spell_realloc(st->v, st->cap * sizeof *st->v);
	}
	st->v[st->n++] = (SpellItem){lit, t, len};
}

const char *generic_type_name(const AstProgram *p, AstType t)
{
	if (t.kind == ATY_STRUCT)
		return p->structs[t.id]->name;
	if (t.kind == ATY_ENUM && p->enums[ast_enum_index(t)]->name)
		return p->enums[ast_enum_index(t)]->name;
	if (t.kind != ATY_ENUM && t.kind != ATY_REF && t.kind != ATY_REF_MUT && t.kind != ATY_ARRAY && t.kind != ATY_SLICE)
		return ast_type_name(t);
	SpellBuf b = {0};
	SpellStack st = {0};
	spell_push(&st, NULL, t, -1);
	while (st.n) {
		SpellItem it = st.v[--st.n];
		if (it.lit) {
			spell_put(&b, it.lit);
			continue;
		}
		if (it.len >= 0) {
			char num[32];
			snprintf(num, sizeof num, "; %d]", it.len);
			spell_put(&b, num);
			continue;
		}
		t = it.t;
		switch (t.kind) { /* what follows pushed last first */
		case ATY_STRUCT: spell_put(&b, p->structs[t.id]->name); break;
		case ATY_REF:
		case ATY_REF_MUT:
			spell_put(&b, t.kind == ATY_REF ? "&" : "&mut ");
			spell_push(&st, NULL, ast_ref_pointee(t), -1);
			break;
		case ATY_SLICE: /* slice40: `[u8]` */
			spell_put(&b, "[");
			spell_push(&st, "]", t, -1);
			spell_push(&st, NULL, ast_array_elem(t), -1);
			break;
		case ATY_ARRAY: /* as rustc writes the type: `[bool; 2]` */
			spell_put(&b, "[");
			spell_push(&st, NULL, t, ast_array_len(t));
			spell_push(&st, NULL, ast_array_elem(t), -1);
			break;
		case ATY_ENUM: {
			const AstEnum *en = p->enums[ast_enum_index(t)];
			if (en->name) { /* an item, or an instance spelled before */
				spell_put(&b, en->name);
				break;
			}
			AstGeneric g = en->generic;
			spell_put(&b, g == GENERIC_RESIDUAL ? "Result<Infallible, " : generic_defs[g].name);
			if (g != GENERIC_RESIDUAL)
				spell_put(&b, "<");
			spell_push(&st, ">", t, -1);
			if (generic_nargs(g) == 2) {
				spell_push(&st, NULL, en->type_args[1], -1);
				spell_push(&st, ", ", t, -1);
			}
			spell_push(&st, NULL, en->type_args[0], -1);
			break;
		}
		default: spell_put(&b, ast_type_name(t));
		}
	}
	free(st.v);
	const char *r = arena_strdup(p->arena, b.s ? b.s : "");
	free(b.s);
	return r;
}

const char *ast_enum_name(const AstProgram *p, const AstEnum *en)
{
	if (!en->name) /* an instance: spelled once asked, and kept */
		((AstEnum *)en)->name = generic_type_name(p, ast_enum_type(en));
	return en->name;
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
		en->is_copy &= ast_type_is_copy(p, args[k]);
	}
	if (g == GENERIC_OPTION_RESIDUAL)
		en->name = "Option<Infallible>"; /* the others: ast_enum_name, when asked */
	make_variants(p->arena, en, en->type_args);
	*VEC_PUSH(p->arena, p->enums, p->nenums, p->enums_cap) = en;
	en->instance_hash = h;
	p->instance_slots[j] = (uint32_t)en->id + 1;
	p->ninstances++;
	return en;
}
