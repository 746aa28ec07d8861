/* build_promote.c — rustc's promotion of constants on a built body (promo36).
 *
 * rustc 1.95 runs promote_consts right after building (rustc_mir_transform promote_consts.rs, the
 * first pass of mir_promoted): every `Rvalue::Ref` of the body is a candidate in body order
 * (collect_temps_and_candidates); one whose borrowed temporary is assigned once from a constant, or
 * from a shared borrow of such a temporary, is valid (validate_candidates: validate_local,
 * validate_rvalue); the valid ones are promoted last first (promote_candidates iterates them in
 * reverse), numbered promoted[0], [1], .., each into a body of its own, the fn reading it through a new
 * local appended to its locals (`_18 = const f::promoted[0]; _1 = &(*_18);`); a candidate whose
 * destination an earlier promotion took along (`&&7`'s inner borrow) is skipped; finally the
 * assignments to and storage markers of every promoted temporary go (the retain at the end of
 * promote_candidates). The builder admits `&` of a constant only where sema's ast_promotable says
 * rustc promotes it, so a temporary here is one the builder made for such an operand. */
#include <stdlib.h>

#include "build.h"

enum { UNKNOWN, NOT_PROMOTABLE, PROMOTABLE, PROMOTED_OUT };

typedef struct Temps {
	uint32_t *mentions; /* places naming the local (its assignment, its uses; not storage markers) */
	uint32_t *defs;     /* assignments of the whole local (statements and call destinations) */
	Stmt *def;          /* a copy of the statement assigning it (the one when defs == 1) */
	uint8_t *state;
} Temps;

static void count_place(Temps *t, const Fn *f, PlaceId p)
{
	const Place *pl = place_get(f, p);
	t->mentions[pl->local]++;
	for (uint32_t i = 0; i < pl->nproj; i++)
		if (place_proj(f, pl, i)->kind == PROJ_INDEX)
			t->mentions[place_proj(f, pl, i)->index]++;
}

typedef struct Count {
	Temps *t;
	const Fn *f;
} Count;

static void count_slot(void *ctx, BlockId b, PlaceId *slot)
{
	(void)b;
	count_place(((Count *)ctx)->t, ((Count *)ctx)->f, *slot);
}

static int is_temp(const Fn *f, LocalId l)
{
	return l > f->nargs && !f->locals[l].name;
}

/* the local a shared borrow of a whole local borrows, else NO_ID */
static LocalId borrowed_local(const Fn *f, const Stmt *s)
{
	if (s->kind != ST_ASSIGN || s->rv != RV_REF || !place_is_local(f, s->a.v))
		return NO_ID;
	return place_get(f, s->a.v)->local;
}

/* validate_local: assigned once (collect_temps' TempState::Defined), used once (by the borrow that
 * promotes it), from a scalar constant or a const item's use, or from a shared borrow of such a
 * temporary. A loop down the chain (as long as the `&&..` written), then its answer up it. */
static int valid_def(const Fn *f, const Stmt *s)
{
	const Module *m = f->mod;
	if (s->rv != RV_USE || s->a.kind != OP_CONST)
		return 0;
	const Const *c = &f->consts[s->a.v];
	if (const_text(m, c) || (c->named && !module_named_is_const_item(m, c->named)))
		return 0;
	uint8_t k = type_get(m, c->ty)->kind;
	return k == TY_BOOL || k == TY_CHAR || type_is_int(m, c->ty);
}

static int promotable(Temps *t, const Fn *f, LocalId l)
{
	LocalId x = l;
	int ok = 0;
	for (;;) {
		if (t->state[x] != UNKNOWN) {
			ok = t->state[x] == PROMOTABLE;
			break;
		}
		t->state[x] = NOT_PROMOTABLE; /* until the bottom says otherwise */
		if (!is_temp(f, x) || t->defs[x] != 1 || t->mentions[x] != 2)
			break;
		if (valid_def(f, &t->def[x])) {
			ok = 1;
			break;
		}
		LocalId inner = borrowed_local(f, &t->def[x]);
		if (inner == NO_ID)
			break;
		x = inner;
	}
	for (LocalId y = l; ok && y != x; y = borrowed_local(f, &t->def[y]))
		t->state[y] = PROMOTABLE;
	if (ok)
		t->state[x] = PROMOTABLE;
	return ok;
}

/* promote_candidate: the chain of temporaries under candidate s (which borrows l) becomes a promoted
 * body, PROMOTED_OUT; s reads it through a new local */
static void promote(Temps *t, Fn *f, const char *owner, BlockId b, uint32_t at, LocalId l, uint32_t k)
{
	Module *m = f->mod;
	TypeId ty = type_ptr(m, TY_REF, f->locals[l].ty);
	LocalId l0 = l;
	uint32_t depth = 1;
	for (LocalId x = l;; depth++) {
		t->state[x] = PROMOTED_OUT;
		LocalId inner = borrowed_local(f, &t->def[x]);
		if (inner == NO_ID) {
			l = x;
			break;
		}
		x = inner;
	}
	const Const *c = &f->consts[t->def[l].a.v];
	uint32_t of_named = c->named;
	uint32_t ix = module_add_promoted(m, owner, k, ty, c->bits, depth, of_named);
	LocalId r = fn_add_local(f, ty, NULL, 1);
	PlaceId rp = place_local(f, r);
	PlaceId deref = place_project(f, rp, PROJ_DEREF, 0, f->locals[l0].ty);
	f->blocks[b].stmts[at].a.v = deref;
	fn_insert_stmt(f, b, at, stmt_assign_use(rp, op_const_named(f, ty, 0, ix + 1)));
}

void promote_consts(Fn *f, const char *owner)
{
	uint32_t n = f->nlocals, ncand = 0;
	Temps t;
	t.mentions = calloc(n + 1, sizeof *t.mentions);
	t.defs = calloc(n + 1, sizeof *t.defs);
	t.def = calloc(n + 1, sizeof *t.def);
	t.state = calloc(n + 1, 1);
	if (!t.mentions || !t.defs || !t.def || !t.state)
		internal_error("out of memory");
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *bl = &f->blocks[b];
		for (uint32_t i = 0; i < bl->nstmts; i++) {
			Stmt *s = &bl->stmts[i];
			if (s->kind == ST_ASSIGN && place_is_local(f, s->place)) {
				LocalId l = place_get(f, s->place)->local;
				t.defs[l]++;
				t.def[l] = *s;
			}
			ncand += borrowed_local(f, s) != NO_ID;
		}
		if (bl->has_term && bl->term.kind == TK_CALL && place_is_local(f, bl->term.place))
			t.defs[place_get(f, bl->term.place)->local] += 2; /* a call's result: not promotable here */
	}
	/* most bodies borrow no constant: look for a candidate whose chain of once-assigned temporaries
	 * ends at a constant before counting every place's mentions (a walk of the whole body) */
	int any = 0;
	for (BlockId b = 0; b < f->nblocks && ncand && !any; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts && !any; i++) {
			LocalId x = borrowed_local(f, &f->blocks[b].stmts[i]);
			for (uint32_t steps = 0; x != NO_ID && steps <= n && is_temp(f, x) && t.defs[x] == 1; steps++) {
				if (valid_def(f, &t.def[x])) {
					any = 1;
					break;
				}
				x = borrowed_local(f, &t.def[x]);
			}
		}
	if (any) {
		Count cnt = {&t, f};
		fn_places(f, 1, count_slot, &cnt);
	} else {
		ncand = 0; /* no valid candidate: nothing below is promoted */
	}
	/* the candidates, in body order; the valid ones promoted last first */
	typedef struct { BlockId b; uint32_t at; LocalId l; } Cand;
	Cand *cand = malloc((ncand ? ncand : 1) * sizeof *cand);
	if (!cand)
		internal_error("out of memory");
	uint32_t nvalid = 0;
	for (BlockId b = 0; b < f->nblocks && ncand; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			LocalId l = borrowed_local(f, &f->blocks[b].stmts[i]);
			if (l != NO_ID && promotable(&t, f, l))
				cand[nvalid++] = (Cand){b, i, l};
		}
	uint32_t k = 0, promoted = 0;
	for (uint32_t i = nvalid; i-- > 0;) {
		const Stmt *s = &f->blocks[cand[i].b].stmts[cand[i].at];
		if (place_is_local(f, s->place) && t.state[place_get(f, s->place)->local] == PROMOTED_OUT)
			continue; /* already promoted */
		promote(&t, f, owner, cand[i].b, cand[i].at, cand[i].l, k++);
		promoted = 1;
	}
	if (promoted)
		for (BlockId b = 0; b < f->nblocks; b++) {
			Block *bl = &f->blocks[b];
			uint32_t w = 0;
			for (uint32_t i = 0; i < bl->nstmts; i++) {
				const Stmt *s = &bl->stmts[i];
				LocalId l = s->kind == ST_STORAGE_LIVE || s->kind == ST_STORAGE_DEAD ? s->x
				            : s->kind == ST_ASSIGN && place_is_local(f, s->place) ? place_get(f, s->place)->local
				                                                                : NO_ID;
				if (l != NO_ID && l < n && t.state[l] == PROMOTED_OUT)
					continue;
				bl->stmts[w++] = *s;
			}
			bl->nstmts = w;
		}
	free(cand);
	free(t.mentions);
	free(t.defs);
	free(t.def);
	free(t.state);
}
