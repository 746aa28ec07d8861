/* derefer.c — rustc's Derefer (compiler/rustc_mir_transform/src/deref_separator.rs),
 * run on each body before StateTransform (passes/before_transform.c).
 *
 * A place with a deref below its first projection is split: the part up to
 * the deref is copied into a new local first, so that every deref is of a
 * local (`(*(_1.0: &u32))` becomes `_t = copy (_1.0: &u32)` then `(*_t)`),
 * in every statement and terminator operand. The copies of a block are collected
 * and inserted in one pass (fn_insert_stmts: inserting each at once shifted the rest
 * of the block, N^2 on N derefs in one block: quad40, gen.py promrefs).
 */
#include "passes.h"

/* p split, the copies it needs to go before statement at of its block (into ins) */
static PlaceId deref_place(Fn *f, StmtInserts *ins, uint32_t at, PlaceId p)
{
	const Place *pp = &f->places[p];
	uint32_t np = pp->nproj;
	int needs = 0;
	for (uint32_t i = 1; i < np; i++)
		needs |= f->projs[pp->proj + i].kind == PROJ_DEREF;
	if (!needs)
		return p;
	PlaceId cur = place_local(f, f->places[p].local);
	for (uint32_t i = 0; i < np; i++) {
		Proj pe = f->projs[f->places[p].proj + i];
		if (pe.kind == PROJ_DEREF && f->places[cur].nproj > 0) {
			TypeId bt = place_type(f, cur);
			LocalId t = fn_add_local(f, bt, NULL, 1);
			stmt_inserts_push(ins, at, stmt_assign_use(place_local(f, t), op_copy(cur)));
			cur = place_local(f, t);
		}
		cur = place_project(f, cur, (ProjKind)pe.kind, pe.index, pe.ty);
	}
	return cur;
}

static void deref_operand(Fn *f, StmtInserts *ins, uint32_t at, Operand *o)
{
	if (o->kind != OP_CONST)
		o->v = deref_place(f, ins, at, o->v);
}

/* Some place of f has a deref below its first projection. */
static int any_inner_deref(const Fn *f)
{
	for (PlaceId p = 0; p < f->nplaces; p++) {
		const Place *pp = &f->places[p];
		for (uint32_t i = 1; i < pp->nproj; i++)
			if (f->projs[pp->proj + i].kind == PROJ_DEREF)
				return 1;
	}
	return 0;
}

void derefer(Fn *f)
{
	/* A body none of whose places needs splitting is left as it is, found by
	 * one pass over its places instead of a walk of every statement, with a
	 * place lookup per operand (100k shadowed lets: 6% of the instructions of
	 * `coroslim stats`, run before StateTransform and again at its end) */
	if (!any_inner_deref(f))
		return;
	StmtInserts ins = {0};
	for (BlockId bb = 0; bb < f->nblocks; bb++) {
		for (uint32_t i = 0; i < f->blocks[bb].nstmts; i++) {
			Stmt s = f->blocks[bb].stmts[i];
			if (s.kind == ST_ASSIGN || s.kind == ST_PLACE_MENTION || s.kind == ST_SET_DISCR)
				s.place = deref_place(f, &ins, i, s.place);
			if (s.kind == ST_ASSIGN) {
				switch (s.rv) {
				case RV_USE:
				case RV_CAST:
				case RV_UNARY:
					deref_operand(f, &ins, i, &s.a);
					break;
				case RV_BINARY:
				case RV_CHECKED:
					deref_operand(f, &ins, i, &s.a);
					deref_operand(f, &ins, i, &s.b);
					break;
				case RV_DISCR:
				case RV_REF:
				case RV_REFMUT:
					s.a.v = deref_place(f, &ins, i, s.a.v);
					break;
				case RV_AGGREGATE:
					for (uint32_t k = 0; k < s.b.v; k++)
						deref_operand(f, &ins, i, &f->args[s.a.v + k]);
					break;
				default:
					break;
				}
			}
			f->blocks[bb].stmts[i] = s;
		}
		Block *b = &f->blocks[bb];
		Term t = b->term;
		uint32_t at = b->nstmts;
		switch (t.kind) {
		case TK_CALL:
			for (uint32_t k = 0; k < t.nargs; k++)
				deref_operand(f, &ins, at, &f->args[t.args + k]);
			t.place = deref_place(f, &ins, at, t.place);
			break;
		case TK_SWITCH:
			deref_operand(f, &ins, at, &t.a);
			break;
		case TK_ASSERT:
			deref_operand(f, &ins, at, &t.a);
			for (uint32_t k = 0; k < t.nargs; k++)
				deref_operand(f, &ins, at, &f->args[t.args + k]);
			break;
		case TK_YIELD:
			deref_operand(f, &ins, at, &t.a);
			t.place = deref_place(f, &ins, at, t.place);
			break;
		case TK_DROP:
			t.place = deref_place(f, &ins, at, t.place);
			break;
		default:
			break;
		}
		f->blocks[bb].term = t;
		fn_insert_stmts(f, bb, &ins);
	}
	stmt_inserts_free(&ins);
}
