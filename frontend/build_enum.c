/* build_enum.c — enums in the MIR builder (issue 22 item 4; rustc:
 * compiler/rustc_mir_build/src/builder/matches/, TestKind::Switch): the enum
 * types of the module, and `match` on an enum. A variant value is an Adt
 * aggregate (build_expr.c, as_rvalue). See build.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"

/* The struct and enum items t holds by value (directly or as an array's element)
 * defined first: their layouts are the field's (issue 22 item 4: an enum as a struct
 * field or an enum item's payload; sema rejected the recursive ones, E0072). */
static void define_held(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, AstType t)
{
	while (t.kind == ATY_ARRAY)
		t = ast_array_elem(t);
	if (t.kind == ATY_STRUCT)
		define_struct_type(m, p, type_of_struct, type_of_enum, t.id);
	else if (t.kind == ATY_ENUM)
		define_enum_type(m, p, type_of_struct, type_of_enum, ast_enum_index(t));
}

/* Struct id and the struct items its fields hold, each defined once the items it holds
 * are, in the order a recursion over the fields would define them, with a stack of our
 * own (issue 23: a chain of 100k structs each holding the next was a recursion 100k deep,
 * a segfault). A field of an enum type defines the enum as before (define_held). */
TypeId define_struct_type(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id)
{
	if (type_of_struct[id] != NO_ID)
		return type_of_struct[id];
	typedef struct {
		int id, i;        /* the struct, its next field */
		TypeId *fields;
		const char **names;
	} Frame;
	Frame *st = NULL;
	size_t n = 0, cap = 0;
	Builder tb;
	memset(&tb, 0, sizeof tb);
	tb.m = m;
	tb.type_of_struct = type_of_struct;
	tb.type_of_enum = type_of_enum;
	ScratchMark sm = scratch_mark();
	for (int next = id; next >= 0 || n;) {
		if (next >= 0) {
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				st = realloc(st, cap * sizeof *st);
				if (!st) {
					fputs("coroslim: out of memory\n", stderr);
					exit(2);
				}
			}
			const AstStruct *s = p->structs[next];
			st[n++] = (Frame){next, 0, scratch_alloc_uninit(((size_t)s->nfields + 1) * sizeof(TypeId)),
					  scratch_alloc_uninit(((size_t)s->nfields + 1) * sizeof(const char *))};
			next = -1;
		}
		Frame *f = &st[n - 1];
		const AstStruct *s = p->structs[f->id];
		if (f->i < s->nfields) {
			AstType t = s->fields[f->i].ty;
			while (t.kind == ATY_ARRAY)
				t = ast_array_elem(t);
			if (t.kind == ATY_STRUCT && type_of_struct[t.id] == NO_ID) {
				next = t.id; /* its held structs first; field i again after */
				continue;
			}
			define_held(m, p, type_of_struct, type_of_enum, s->fields[f->i].ty);
			f->fields[f->i] = ty_of(&tb, s->fields[f->i].ty);
			f->names[f->i] = s->fields[f->i].name;
			f->i++;
			continue;
		}
		type_of_struct[f->id] = type_struct_define(m, s->name, (uint32_t)s->nfields, f->fields,
							   s->is_tuple ? NULL : f->names);
		n--;
	}
	scratch_release(sm);
	free(st);
	return type_of_struct[id];
}

static TypeId define_enum_now(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id);

/* An Option / Result instance and the instances it holds, defined in the order a recursion
 * would (held types first, variant by variant, field by field), with a stack of our own: N
 * nested instances were a recursion N deep (issue 23). Struct and enum items met on the way
 * are defined as before (define_held). */
static void define_instances(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int root)
{
	typedef struct {
		int id;
		int v, i; /* the next field: variant v, field i */
	} Frame;
	Frame *st = NULL;
	size_t n = 0, cap = 0;
	for (int id = root;;) {
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			st = realloc(st, cap * sizeof *st);
			if (!st) {
				fputs("coroslim: out of memory\n", stderr);
				exit(2);
			}
		}
		st[n++] = (Frame){id, 0, 0};
		id = -1;
		while (n && id < 0) {
			Frame *f = &st[n - 1];
			const AstEnum *en = p->enums[f->id];
			if (f->v >= en->nvariants) {
				define_enum_now(m, p, type_of_struct, type_of_enum, f->id);
				n--;
				continue;
			}
			if (f->i >= en->variants[f->v].nfields) {
				f->v++, f->i = 0;
				continue;
			}
			AstType t = en->variants[f->v].fields[f->i++].ty;
			while (t.kind == ATY_ARRAY)
				t = ast_array_elem(t);
			if (t.kind == ATY_ENUM && p->enums[ast_enum_index(t)]->generic != GENERIC_NONE &&
			    type_of_enum[ast_enum_index(t)] == NO_ID)
				id = ast_enum_index(t); /* pushed: its own held types first */
			else
				define_held(m, p, type_of_struct, type_of_enum, t);
		}
		if (id < 0)
			break;
	}
	free(st);
}

TypeId define_enum_type(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id)
{
	if (type_of_enum[id] != NO_ID)
		return type_of_enum[id];
	if (p->enums[id]->generic != GENERIC_NONE)
		define_instances(m, p, type_of_struct, type_of_enum, id);
	return define_enum_now(m, p, type_of_struct, type_of_enum, id);
}

static TypeId define_enum_now(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id)
{
	if (type_of_enum[id] != NO_ID)
		return type_of_enum[id];
	const AstEnum *en = p->enums[id];
	ScratchMark sm = scratch_mark();
	uint32_t nv = (uint32_t)en->nvariants;
	const char **vnames = scratch_alloc_uninit(nv * sizeof *vnames);
	uint32_t *nfields = scratch_alloc_uninit(nv * sizeof *nfields);
	const TypeId **fields = scratch_alloc_uninit(nv * sizeof *fields);
	const char *const **names = scratch_alloc_uninit(nv * sizeof *names);
	Builder tb;
	memset(&tb, 0, sizeof tb);
	tb.m = m;
	tb.type_of_struct = type_of_struct;
	tb.type_of_enum = type_of_enum;
	for (uint32_t v = 0; v < nv; v++) {
		const AstVariant *var = &en->variants[v];
		TypeId *ft = scratch_alloc_uninit(((size_t)var->nfields + 1) * sizeof *ft);
		const char **fn = scratch_alloc_uninit(((size_t)var->nfields + 1) * sizeof *fn);
		for (int i = 0; i < var->nfields; i++) {
			/* Option<E>, Option<Option<u8>>, enum B { P(A) }, Result<S, u8>: E, A, S first */
			define_held(m, p, type_of_struct, type_of_enum, var->fields[i].ty);
			ft[i] = ty_of(&tb, var->fields[i].ty);
			fn[i] = var->fields[i].name;
		}
		vnames[v] = var->name;
		nfields[v] = (uint32_t)var->nfields;
		fields[v] = ft;
		names[v] = var->is_tuple || var->is_unit ? NULL : fn;
	}
	/* `?`'s ControlFlow and residual types: tagged, for the interpreter only */
	int64_t *discrs = NULL;
	if (en->explicit_discr) {
		discrs = scratch_alloc_uninit(nv * sizeof *discrs);
		for (uint32_t v = 0; v < nv; v++)
			discrs[v] = en->variants[v].discr;
	}
	if (en->generic == GENERIC_OPTION || en->generic == GENERIC_RESULT) /* by (g, args), unspelled (issue 23) */
		type_of_enum[id] = type_enum_define_in(m,
						       type_generic(m, en->generic == GENERIC_OPTION ? TG_OPTION : TG_RESULT,
								    fields[en->generic == GENERIC_OPTION ? 1 : 0][0],
								    en->generic == GENERIC_RESULT ? fields[1][0] : 0),
						       nv, vnames, nfields, fields, names, 0, discrs);
	else
		type_of_enum[id] = type_enum_define_discr(m, ast_enum_name(p, en), nv, vnames, nfields, fields, names,
							  en->generic > GENERIC_RESULT, discrs);
	adt_of(m, type_of_enum[id])->is_copy = en->is_copy; /* Option<u32>, Result<u8, u16> */
	if (en->generic > GENERIC_RESULT)
		adt_of(m, type_of_enum[id])->internal = 1;
	scratch_release(sm);
	return type_of_enum[id];
}

/* The bindings of arm a's pattern (one pattern: an or-pattern with bindings goes to build_nested.c),
 * in pattern order, in the arm's scope: `StorageLive(_x); _x = copy ((_s as V).i: T);` */
typedef struct {
	PlaceId scrut;
	TypeId et;
} EnumScrut;

static void bind_arm(Builder *b, BlockId bb, int arm_scope, const AstMatchArm *a, const void *cx)
{
	PlaceId scrut = ((const EnumScrut *)cx)->scrut;
	TypeId et = ((const EnumScrut *)cx)->et;
	if (a->npats != 1 || !a->pats[0].enm)
		return;
	const AstPattern *pat = &a->pats[0];
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (!sp->var)
			continue;
		TypeId ft = ty_of(b, sp->var->ty);
		LocalId l = fn_add_local(b->f, ft, sp->var->name, sp->var->is_mut);
		b->var_local[sp->var->id] = l;
		storage(b, bb, ST_STORAGE_LIVE, l);
		schedule_drop(b, arm_scope, l, DK_STORAGE);
		PlaceId down = place_project(b->f, scrut, PROJ_DOWNCAST, (uint32_t)pat->variant, et);
		PlaceId field = place_project(b->f, down, PROJ_FIELD, (uint32_t)sp->field, ft);
		assign(b, bb, pl(b, l), rv_use(consume(b, field)));
		if (needs_drop(b, ft))
			schedule_drop(b, arm_scope, l, DK_VALUE);
	}
}

/* A one-variant enum matched in an async block that captures its bound fields, not
 * it: each binding from its field's capture (captured_variant_field); rustc has no
 * place for the scrutinee, so no PlaceMention (cx: the match). */
static void bind_captured_fields(Builder *b, BlockId bb, int arm_scope, const AstMatchArm *a, const void *cx)
{
	const AstExpr *e = cx;
	if (a->npats != 1 || !a->pats[0].enm)
		return;
	const AstPattern *pat = &a->pats[0];
	const AstVariant *var = &pat->enm->variants[pat->variant];
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (!sp->var)
			continue;
		TypeId ft = ty_of(b, sp->var->ty);
		LocalId l = fn_add_local(b->f, ft, sp->var->name, sp->var->is_mut);
		b->var_local[sp->var->id] = l;
		storage(b, bb, ST_STORAGE_LIVE, l);
		schedule_drop(b, arm_scope, l, DK_STORAGE);
		PlaceId field = captured_variant_field(b, e->lhs, sp->field, var->fields[sp->field].ty);
		assign(b, bb, pl(b, l), rv_use(consume(b, field)));
		if (needs_drop(b, ft))
			schedule_drop(b, arm_scope, l, DK_VALUE);
	}
}

BlockId lower_captured_variant_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	BlockId *arm_block = scratch_alloc((size_t)e->narms * sizeof *arm_block);
	for (int i = 0; i < e->narms; i++)
		arm_block[i] = NO_BLOCK;
	arm_block[0] = new_block(b);
	goto_(b, bb, arm_block[0]);
	BlockId end = lower_arm_bodies(b, dest, e, arm_block, bind_captured_fields, e);
	scratch_release(sm);
	return end;
}

void bind_variant_pattern(Builder *b, BlockId bb, int scope, const AstMatchArm *a, PlaceId scrut, TypeId et)
{
	EnumScrut cx = {scrut, et};
	bind_arm(b, bb, scope, a, &cx);
}

uint64_t variant_switch_value(const Builder *b, TypeId et, int v)
{
	const Adt *a = adt_of(b->m, et);
	return a && a->enum_defined ? adt_discr_value(a, (uint32_t)v) : (uint64_t)v;
}

/* As lower_match's switch on an integer, the switch on `discriminant(x)` (an isize
 * temp): a target per variant named before the first `_` arm, in arm order; the
 * otherwise target the `_` arm or an unreachable block; non-last arms' bodies in
 * fresh blocks made in reverse arm order (rustc's false-edge blocks). */
BlockId lower_enum_match(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	PlaceId scrut;
	bb = as_place(b, bb, e->lhs, &scrut);
	push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = scrut});
	TypeId et = place_type(b->f, scrut);
	int n = e->narms;
	BlockId *arm_block = scratch_alloc((size_t)n * sizeof *arm_block);
	for (int i = 0; i < n; i++)
		arm_block[i] = NO_BLOCK;
	BlockId other = new_block(b);
	size_t npats = 1;
	for (int i = 0; i < n; i++)
		npats += (size_t)e->arms[i].npats;
	SwitchArm *arms = scratch_alloc(npats * sizeof *arms);
	int *owner = scratch_alloc_uninit(npats * sizeof *owner);
	uint32_t narms = 0;
	int wild = -1;
	const Adt *ea = adt_of(b->m, et);
	if (ea && ea->nvariants == 1)
		wild = 0; /* one variant: its pattern is irrefutable (rustc: TestCase::Irrefutable,
			   * no test; sema admits one arm), only its bindings are made, as after `_` */
	for (int i = 0; i < n && wild < 0; i++) {
		const AstMatchArm *a = &e->arms[i];
		if (arm_has_wild(a))
			wild = i;
		for (int k = 0; k < a->npats; k++) {
			if (a->pats[k].is_wildcard)
				continue;
			uint64_t v = (uint64_t)a->pats[k].variant;
			uint32_t j = 0;
			while (j < narms && arms[j].value != v)
				j++;
			if (j < narms)
				continue;
			owner[narms] = i;
			arms[narms].value = v;
			arms[narms].target = new_block(b);
			if (arm_block[i] == NO_BLOCK)
				arm_block[i] = arms[narms].target;
			narms++;
		}
	}
	if (narms == 0) {
		/* the first arm is `_`: rustc tests nothing, so reads no discriminant
		 * (a switch on the integer of lower_match collapses to a goto; this
		 * one would leave its discriminant temp) */
		goto_(b, bb, other);
		arm_block[wild] = other;
		EnumScrut cx0 = {scrut, et};
		BlockId end0 = lower_arm_bodies(b, dest, e, arm_block, bind_arm, &cx0);
		scratch_release(sm);
		return end0;
	}
	LocalId discr = new_temp(b, TY_ISIZE, 1);
	assign(b, bb, pl(b, discr), (Stmt){.rv = RV_DISCR, .a = {.v = scrut}});
	/* the targets in variant order (rustc: SwitchTargets over adt.discriminants()) */
	SwitchArm *sorted = scratch_alloc_uninit((narms + 1) * sizeof *sorted);
	memcpy(sorted, arms, narms * sizeof *sorted);
	for (uint32_t i = 1; i < narms; i++)
		for (uint32_t j = i; j > 0 && sorted[j - 1].value > sorted[j].value; j--) {
			SwitchArm t = sorted[j];
			sorted[j] = sorted[j - 1];
			sorted[j - 1] = t;
		}
	for (uint32_t i = 0; i < narms; i++)
		sorted[i].value = variant_switch_value(b, et, (int)sorted[i].value);
	Term sw = mk(TK_SWITCH);
	sw.a = op_move(pl(b, discr));
	sw.args = fn_add_arms(b->f, sorted, narms);
	sw.nargs = narms;
	sw.target = other;
	terminate(b, bb, sw);
	if (wild >= 0) {
		arm_block[wild] = other;
	} else {
		fake_read(b, other);
		terminate(b, other, mk(TK_UNREACHABLE));
	}
	for (uint32_t j = 0; j < narms; j++) {
		int a = owner[j];
		if (arm_block[a] != arms[j].target)
			goto_(b, arms[j].target, arm_block[a]);
	}
	EnumScrut cx = {scrut, et};
	BlockId end = lower_arm_bodies(b, dest, e, arm_block, bind_arm, &cx);
	scratch_release(sm);
	return end;
}
