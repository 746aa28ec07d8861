/* build_enum.c — enums in the MIR builder (issue 22 item 4; rustc:
 * compiler/rustc_mir_build/src/builder/matches/, TestKind::Switch): the enum
 * types of the module, and `match` on an enum. A variant value is an Adt
 * aggregate (build_expr.c, as_rvalue). See build.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"

/* The struct or enum item a field of type t holds by value (directly or as an array's element),
 * if it is not defined yet: its kind (1 struct, 2 enum) and id; 0 when there is none. */
static int held_undefined(AstType t, const TypeId *type_of_struct, const TypeId *type_of_enum, int *id)
{
	while (t.kind == ATY_ARRAY)
		t = ast_array_elem(t);
	if (t.kind == ATY_STRUCT && type_of_struct[t.id] == NO_ID) {
		*id = t.id;
		return 1;
	}
	if (t.kind == ATY_ENUM && type_of_enum[ast_enum_index(t)] == NO_ID) {
		*id = ast_enum_index(t);
		return 2;
	}
	return 0;
}

/* Enum id, its variants' field types given (rustc's AdtDef of the item or instance). */
static TypeId define_enum_fields(Module *m, const AstProgram *p, TypeId *type_of_enum, int id, const TypeId **fields)
{
	const AstEnum *en = p->enums[id];
	uint32_t nv = (uint32_t)en->nvariants;
	const char **vnames = scratch_alloc_uninit(nv * sizeof *vnames);
	uint32_t *nfields = scratch_alloc_uninit(nv * sizeof *nfields);
	const char *const **names = scratch_alloc_uninit(nv * sizeof *names);
	for (uint32_t v = 0; v < nv; v++) {
		const AstVariant *var = &en->variants[v];
		const char **fn = scratch_alloc_uninit(((size_t)var->nfields + 1) * sizeof *fn);
		for (int i = 0; i < var->nfields; i++)
			fn[i] = var->fields[i].name;
		vnames[v] = var->name;
		nfields[v] = (uint32_t)var->nfields;
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
						       nv, vnames, nfields, fields, names, 0, discrs, 0, 0);
	else
		type_of_enum[id] = type_enum_define_discr(m, ast_enum_name(p, en), nv, vnames, nfields, fields, names,
							  en->generic > GENERIC_RESULT, discrs, en->repr_int, en->repr_c);
	adt_of(m, type_of_enum[id])->is_copy = en->is_copy || en->derive_copy; /* Option<u32>; derive37: an item */
	adt_of(m, type_of_enum[id])->is_clone = en->derive_clone && !en->derive_copy; /* clone39 */
	if (en->generic > GENERIC_RESULT)
		adt_of(m, type_of_enum[id])->internal = 1;
	return type_of_enum[id];
}

/* Struct or enum item id (is_enum) and the items its fields hold by value, each defined once
 * the items it holds are (sema rejected the recursive ones, E0072), with a stack of our own: a
 * chain of 100k items each holding the next was a recursion 100k deep, a segfault (issue 23).
 * The order is the recursion's (types are interned as they are met): a struct's or an enum
 * item's field type is taken as soon as the items it holds are defined; an Option / Result
 * instance's field types once all it holds is defined. */
static TypeId define_item(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, bool is_enum,
			  int id)
{
	if ((is_enum ? type_of_enum : type_of_struct)[id] != NO_ID)
		return (is_enum ? type_of_enum : type_of_struct)[id];
	typedef struct {
		bool is_enum, late; /* late: an Option / Result instance, field types at its end */
		int id, v, i;       /* the next field: variant v (a struct: 0), field i */
		TypeId **ft;
	} Frame;
	Frame *st = NULL;
	size_t n = 0, cap = 0;
	Builder tb;
	memset(&tb, 0, sizeof tb);
	tb.m = m;
	tb.type_of_struct = type_of_struct;
	tb.type_of_enum = type_of_enum;
	ScratchMark sm = scratch_mark();
	for (int next = id, next_enum = is_enum; next >= 0 || n;) {
		if (next >= 0) {
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				st = realloc(st, cap * sizeof *st);
				if (!st) {
					fputs("coroslim: out of memory\n", stderr);
					exit(2);
				}
			}
			int nv = next_enum ? p->enums[next]->nvariants : 1;
			TypeId **ft = scratch_alloc_uninit(((size_t)nv + 1) * sizeof *ft);
			for (int v = 0; v < nv; v++) {
				int nf = next_enum ? p->enums[next]->variants[v].nfields : p->structs[next]->nfields;
				ft[v] = scratch_alloc_uninit(((size_t)nf + 1) * sizeof **ft);
			}
			st[n++] = (Frame){next_enum, next_enum && p->enums[next]->generic != GENERIC_NONE, next, 0, 0, ft};
			next = -1;
		}
		Frame *f = &st[n - 1];
		const AstEnum *en = f->is_enum ? p->enums[f->id] : NULL;
		const AstStruct *s = f->is_enum ? NULL : p->structs[f->id];
		int nv = en ? en->nvariants : 1;
		if (f->v < nv) {
			int nf = en ? en->variants[f->v].nfields : s->nfields;
			if (f->i >= nf) {
				f->v++, f->i = 0;
				continue;
			}
			AstType t = en ? en->variants[f->v].fields[f->i].ty : s->fields[f->i].ty;
			int kind = held_undefined(t, type_of_struct, type_of_enum, &next);
			if (kind) { /* its held items first; field i again after */
				next_enum = kind == 2;
				continue;
			}
			if (!f->late)
				f->ft[f->v][f->i] = ty_of(&tb, t);
			f->i++;
			continue;
		}
		if (!en) {
			const char **names = scratch_alloc_uninit(((size_t)s->nfields + 1) * sizeof *names);
			for (int i = 0; i < s->nfields; i++)
				names[i] = s->fields[i].name;
			type_of_struct[f->id] = type_struct_define(m, s->name, (uint32_t)s->nfields, f->ft[0],
								   s->is_tuple ? NULL : names, s->repr_c);
			adt_of(m, type_of_struct[f->id])->is_copy = s->derive_copy; /* derive37: read with `copy` */
			adt_of(m, type_of_struct[f->id])->is_clone = s->derive_clone && !s->derive_copy; /* derive38 */
		} else {
			for (int v = 0; v < nv && f->late; v++)
				for (int i = 0; i < en->variants[v].nfields; i++)
					f->ft[v][i] = ty_of(&tb, en->variants[v].fields[i].ty);
			define_enum_fields(m, p, type_of_enum, f->id, (const TypeId **)f->ft);
		}
		n--;
	}
	scratch_release(sm);
	free(st);
	return (is_enum ? type_of_enum : type_of_struct)[id];
}

TypeId define_struct_type(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id)
{
	return define_item(m, p, type_of_struct, type_of_enum, false, id);
}

TypeId define_enum_type(Module *m, const AstProgram *p, TypeId *type_of_struct, TypeId *type_of_enum, int id)
{
	return define_item(m, p, type_of_struct, type_of_enum, true, id);
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
		LocalId l = b->let_else_bound ? b->var_local[sp->var->id] /* flow40: declared (let_else_stmt) */
		                              : fn_add_local(b->f, ft, sp->var->name, sp->var->is_mut);
		b->var_local[sp->var->id] = l;
		storage(b, bb, ST_STORAGE_LIVE, l);
		schedule_drop(b, arm_scope, l, DK_STORAGE);
		PlaceId down = place_project(b->f, scrut, PROJ_DOWNCAST, (uint32_t)pat->variant, et);
		TypeId fty = ty_of(b, pat->enm->variants[pat->variant].fields[sp->field].ty);
		PlaceId field = place_project(b->f, down, PROJ_FIELD, (uint32_t)sp->field, fty);
		assign(b, bb, pl(b, l), rv_bind(b, sp->var, field));
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
		/* `W::A(a @ b, _)` (bind30): the chain's locals declared in pattern order, bound innermost first */
		const AstSubPattern *chain[64];
		int nc = 0;
		for (const AstSubPattern *in = sp; in && nc < 64; in = in->inner) {
			chain[nc++] = in;
			b->var_local[in->var->id] = fn_add_local(b->f, ty_of(b, in->var->ty), in->var->name, in->var->is_mut);
		}
		PlaceId field = captured_variant_field(b, e->lhs, sp->field, var->fields[sp->field].ty);
		while (nc-- > 0) {
			const AstVar *v = chain[nc]->var;
			TypeId ft = ty_of(b, v->ty);
			LocalId l = b->var_local[v->id];
			storage(b, bb, ST_STORAGE_LIVE, l);
			schedule_drop(b, arm_scope, l, DK_STORAGE);
			assign(b, bb, pl(b, l), rv_bind(b, v, field));
			if (needs_drop(b, ft))
				schedule_drop(b, arm_scope, l, DK_VALUE);
		}
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
	bb = mention_scrutinee(b, bb, e->lhs, &scrut);
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
	LocalId discr = new_temp(b, adt_discr_type(adt_of(b->m, place_type(b->f, scrut))), 1); /* repr40 */
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
