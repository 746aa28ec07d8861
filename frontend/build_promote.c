/* build_promote.c — rustc's promotion of constants on a built body (promo36, promo38).
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
 * rustc promotes it, so a temporary here is one the builder made for such an operand, or an autoref's
 * (`Q.get()`, promo38). promo38: a temporary computed from others (`&(1 + 2)`, `&[S(1), S(2)]`,
 * `&Some(3)`) is promoted into a body of several statements (promote_temp); a chain of borrows over
 * one scalar keeps promo36's representation (the NamedConst's value). */
#include <stdlib.h>
#include <string.h>

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

/* the scalar constant promo36's chain ends at: a literal or a const item's use of an integer, bool or
 * char (not a static's `{allocN}`, not a promoted's read) */
static int scalar_def(const Fn *f, const Stmt *s)
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

static int valid_local(Temps *t, const Fn *f, LocalId l);

/* qualifs::NeedsDrop of a value: a subset struct, enum, array or tuple has no Drop impl of its own, so
 * its aggregate's operands say (in_rvalue); a Guard or a future needs drop whatever the value */
static int drop_glue_of_type(const Module *m, TypeId t)
{
	uint8_t k = type_get(m, t)->kind;
	return k != TY_ADT && k != TY_ARRAY && k != TY_TUPLE && type_needs_drop(m, t);
}

/* validate_operand: a constant (not a static's read nor a promoted's), or a place of a promotable
 * temporary through field projections only (validate_place: no deref, downcast or index here) */
static int valid_operand(Temps *t, const Fn *f, Operand o)
{
	if (o.kind == OP_CONST) {
		const Const *c = &f->consts[o.v];
		return !const_text(f->mod, c) && !(c->named && !module_named_is_const_item(f->mod, c->named) &&
		                                   !named_is_aggregate(&f->mod->named[c->named - 1])) &&
		       !type_needs_drop(f->mod, c->ty); /* const39: `&P` of an aggregate const, rustc's promoted */
	}
	const Place *pl = place_get(f, o.v);
	for (uint32_t i = 0; i < pl->nproj; i++)
		if (place_proj(f, pl, i)->kind != PROJ_FIELD)
			return 0;
	return valid_local(t, f, pl->local);
}

/* validate_rvalue's Div / Rem of integers: the divisor a constant other than 0, and a signed one's
 * -1 only under a constant dividend other than MIN (the overflow) */
static int valid_divisor(const Fn *f, const Stmt *s)
{
	const Module *m = f->mod;
	if (s->op != BIN_DIV && s->op != BIN_REM)
		return 1;
	if (s->b.kind != OP_CONST)
		return 0;
	const Const *d = &f->consts[s->b.v];
	if (!type_is_int(m, d->ty))
		return 1;
	int bits = type_int_bits(m, d->ty);
	uint64_t mask = bits < 64 ? (UINT64_C(1) << bits) - 1 : UINT64_MAX;
	if ((d->bits & mask) == 0)
		return 0;
	if (!type_is_signed(m, d->ty) || (d->bits & mask) != mask)
		return 1;
	if (s->a.kind != OP_CONST)
		return 0;
	return (f->consts[s->a.v].bits & mask) != (UINT64_C(1) << (bits - 1)); /* not MIN */
}

/* validate_rvalue: what a promoted may compute (no call, no `&mut`, no discriminant read here) */
static int valid_rvalue(Temps *t, const Fn *f, const Stmt *s)
{
	switch (s->rv) {
	case RV_USE:
	case RV_CAST:
	case RV_UNARY:
		return valid_operand(t, f, s->a);
	case RV_BINARY:
	case RV_CHECKED:
		return valid_operand(t, f, s->a) && valid_operand(t, f, s->b) && valid_divisor(f, s);
	case RV_AGGREGATE:
		if (s->op != AGG_TUPLE && s->op != AGG_ADT && s->op != AGG_ARRAY && s->op != AGG_REPEAT)
			return 0;
		for (uint32_t i = 0; i < s->b.v; i++)
			if (!valid_operand(t, f, f->args[s->a.v + i]))
				return 0;
		return 1;
	case RV_REF: {
		/* validate_rvalue's reborrow `&(*_5)` of a reference (an array's later element, promo39) is
		 * validated as a copy of _5 */
		const Place *pl = place_get(f, s->a.v);
		if (pl->nproj == 1 && place_proj(f, pl, 0)->kind == PROJ_DEREF &&
		    type_get(f->mod, f->locals[pl->local].ty)->kind == TY_REF)
			return valid_local(t, f, pl->local);
		return valid_operand(t, f, op_copy(s->a.v));
	}
	default:
		return 0;
	}
}

/* validate_local: a temporary (no debug name, not an argument) assigned once by a statement, of a
 * type without drop glue (NeedsDrop), whose rvalue is promotable. Memoised; a chain of shared
 * borrows (`&&..&5`, as long as written) is walked in a loop, its answer then set up it. */
static int valid_local(Temps *t, const Fn *f, LocalId l)
{
	LocalId x = l;
	int ok = 0;
	for (;;) {
		if (t->state[x] != UNKNOWN) {
			ok = t->state[x] == PROMOTABLE;
			break;
		}
		t->state[x] = NOT_PROMOTABLE; /* until the bottom says otherwise */
		if (!is_temp(f, x) || t->defs[x] != 1 || drop_glue_of_type(f->mod, f->locals[x].ty))
			break;
		LocalId inner = borrowed_local(f, &t->def[x]);
		if (inner == NO_ID) {
			ok = valid_rvalue(t, f, &t->def[x]);
			break;
		}
		x = inner;
	}
	for (LocalId y = l; ok && y != x; y = borrowed_local(f, &t->def[y]))
		t->state[y] = PROMOTABLE;
	if (ok)
		t->state[x] = PROMOTABLE;
	return ok;
}

static uint32_t uses(const Temps *t, LocalId l)
{
	return t->mentions[l] - 1; /* its assignment's place is one mention */
}

/* promo36's representation: a chain of once-used borrows over one scalar constant */
static int scalar_chain(const Temps *t, const Fn *f, LocalId l)
{
	for (;;) {
		if (uses(t, l) != 1)
			return 0;
		LocalId inner = borrowed_local(f, &t->def[l]);
		if (inner == NO_ID)
			return scalar_def(f, &t->def[l]);
		l = inner;
	}
}

/* promote_candidate for promo36's chain: the temporaries become PROMOTED_OUT, the NamedConst holds the
 * scalar and the number of borrows */
static uint32_t promote_chain(Temps *t, Fn *f, const char *owner, LocalId l, uint32_t k)
{
	Module *m = f->mod;
	TypeId ty = type_ptr(m, TY_REF, f->locals[l].ty);
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
	return module_add_promoted(m, owner, k, ty, c->bits, depth, c->named);
}

/* promo38: promote_temp into a body of several statements. The temporary gets the body's next local
 * before its operands' temporaries get theirs, its statement goes after theirs; one used more than
 * once (the debug build's checked sum: its overflow assert stays in the fn) is copied, not moved, and
 * so is everything under it (keep_original) */
typedef struct Promoter {
	Temps *t;
	Fn *f;
	Fn *body;
	int keep;
} Promoter;

static LocalId promote_temp(Promoter *p, LocalId l);

static PlaceId promote_place(Promoter *p, PlaceId pid)
{
	LocalId nl = promote_temp(p, place_get(p->f, pid)->local);
	PlaceId q = place_copy(p->body, p->f, pid);
	p->body->places[q].local = nl;
	return q;
}

static Operand promote_operand(Promoter *p, Operand o)
{
	if (o.kind != OP_CONST) {
		o.v = promote_place(p, o.v);
		return o;
	}
	const Const *c = &p->f->consts[o.v];
	return op_const_named(p->body, c->ty, c->bits, c->named);
}

static void promote_stmt(Promoter *p, LocalId nl, const Stmt *s)
{
	Stmt c = *s;
	switch (s->rv) {
	case RV_BINARY:
	case RV_CHECKED:
		c.a = promote_operand(p, s->a);
		c.b = promote_operand(p, s->b);
		break;
	case RV_AGGREGATE: {
		uint32_t n = s->b.v;
		Operand *ops = malloc((n ? n : 1) * sizeof *ops);
		if (!ops)
			internal_error("out of memory");
		for (uint32_t i = 0; i < n; i++)
			ops[i] = promote_operand(p, p->f->args[s->a.v + i]);
		c.a.v = fn_add_args(p->body, ops, n);
		free(ops);
		break;
	}
	case RV_REF:
		c.a.v = promote_place(p, s->a.v);
		break;
	default: /* RV_USE, RV_CAST, RV_UNARY */
		c.a = promote_operand(p, s->a);
		break;
	}
	c.place = place_local(p->body, nl);
	fn_push_stmt(p->body, 0, c);
}

/* a chain of whole-local borrows walked in a loop (its locals numbered outside in, its statements
 * written inside out), the rest recursively (as deep as the expression written) */
static LocalId promote_temp(Promoter *p, LocalId l)
{
	Temps *t = p->t;
	int keep0 = p->keep;
	LocalId *chain = NULL, *mine = NULL;
	uint32_t n = 0, cap = 0;
	for (LocalId x = l; x != NO_ID; x = borrowed_local(p->f, &t->def[x])) {
		if (n == cap) {
			cap = cap ? 2 * cap : 4;
			chain = realloc(chain, cap * sizeof *chain);
			mine = realloc(mine, cap * sizeof *mine);
			if (!chain || !mine)
				internal_error("out of memory");
		}
		p->keep |= uses(t, x) > 1;
		if (!p->keep)
			t->state[x] = PROMOTED_OUT;
		chain[n] = x;
		mine[n++] = fn_add_local(p->body, p->f->locals[x].ty, NULL, 1);
	}
	promote_stmt(p, mine[n - 1], &t->def[chain[n - 1]]);
	for (uint32_t i = n - 1; i-- > 0;) {
		Stmt c = t->def[chain[i]];
		c.place = place_local(p->body, mine[i]);
		c.a.v = place_local(p->body, mine[i + 1]);
		fn_push_stmt(p->body, 0, c);
	}
	LocalId r = mine[0];
	free(chain);
	free(mine);
	p->keep = keep0;
	return r;
}

static uint32_t promote_body(Temps *t, Fn *f, const char *owner, LocalId l, uint32_t k)
{
	Module *m = f->mod;
	TypeId ty = type_ptr(m, TY_REF, f->locals[l].ty);
	Promoter p = {t, f, promoted_body_new(m, owner, k, ty), 0};
	fn_add_block(p.body, 0);
	LocalId nl = promote_temp(&p, l);
	Stmt ret = {0};
	ret.kind = ST_ASSIGN;
	ret.rv = RV_REF;
	ret.place = place_local(p.body, 0);
	ret.a.v = place_local(p.body, nl);
	fn_push_stmt(p.body, 0, ret);
	fn_set_term(p.body, 0, term_simple(TK_RETURN));
	return module_add_promoted_body(m, p.body);
}

/* promote_candidate: candidate s (which borrows l) reads the promoted through a new local,
 * assigned by a statement to go before s (into ins) */
static void promote(Temps *t, Fn *f, const char *owner, BlockId b, uint32_t at, LocalId l, uint32_t k,
                    StmtInserts *ins)
{
	Module *m = f->mod;
	TypeId ty = type_ptr(m, TY_REF, f->locals[l].ty);
	uint32_t ix = scalar_chain(t, f, l) ? promote_chain(t, f, owner, l, k) : promote_body(t, f, owner, l, k);
	LocalId r = fn_add_local(f, ty, NULL, 1);
	PlaceId rp = place_local(f, r);
	PlaceId deref = place_project(f, rp, PROJ_DEREF, 0, f->locals[l].ty);
	f->blocks[b].stmts[at].a.v = deref;
	stmt_inserts_push(ins, at, stmt_assign_use(rp, op_const_named(f, ty, 0, ix + 1)));
}

/* ins, made at descending ats, into block b */
static void insert_reversed(Fn *f, BlockId b, StmtInserts *ins)
{
	for (uint32_t i = 0, j = ins->n; i + 1 < j; i++, j--) {
		uint32_t at = ins->at[i];
		Stmt s = ins->s[i];
		ins->at[i] = ins->at[j - 1], ins->s[i] = ins->s[j - 1];
		ins->at[j - 1] = at, ins->s[j - 1] = s;
	}
	fn_insert_stmts(f, b, ins);
}

/* collect_temps_and_candidates walks rustc's reverse postorder (traversal.rs, Postorder: a block's
 * successors taken from the last, as MIR has them before SimplifyCfg-initial: cfg_succs), so a
 * match's later arms come first; unreachable blocks are not in it. rpo: f->nblocks slots. */
static uint32_t reverse_postorder(const Fn *f, BlockId *rpo)
{
	uint32_t nb = f->nblocks, room = cfg_succ_room(f) + 1, ne = 0, npo = 0, sp = 0;
	uint32_t *at = calloc((size_t)nb + 1, sizeof *at), *left = malloc(nb * sizeof *left);
	BlockId *one = malloc(room * sizeof *one), *stack = malloc(nb * sizeof *stack);
	uint8_t *seen = calloc(nb, 1);
	if (!at || !left || !one || !stack || !seen)
		internal_error("out of memory");
	for (BlockId b = 0; b < nb; b++)
		at[b + 1] = ne += f->blocks[b].has_term ? cfg_succs(f, &f->blocks[b].term, one) : 0;
	BlockId *succ = malloc((ne ? ne : 1) * sizeof *succ);
	if (!succ)
		internal_error("out of memory");
	for (BlockId b = 0; b < nb; b++)
		if (f->blocks[b].has_term)
			cfg_succs(f, &f->blocks[b].term, succ + at[b]);
	for (BlockId b = 0; b < nb; b++)
		left[b] = at[b + 1] - at[b];
	if (nb) {
		stack[sp++] = 0;
		seen[0] = 1;
	}
	while (sp) {
		BlockId b = stack[sp - 1];
		int pushed = 0;
		while (left[b] && !pushed) {
			BlockId s = succ[at[b] + --left[b]];
			if (s < nb && !seen[s]) {
				seen[s] = 1;
				stack[sp++] = s;
				pushed = 1;
			}
		}
		if (!pushed)
			rpo[nb - 1 - npo++] = stack[--sp];
	}
	memmove(rpo, rpo + nb - npo, npo * sizeof *rpo);
	free(at);
	free(left);
	free(one);
	free(stack);
	free(seen);
	free(succ);
	return npo;
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
	/* the candidates, in body order; the valid ones promoted last first. Most bodies borrow no
	 * constant: validation (memoised, through the borrowed temporaries only) finds none, and every
	 * place's mentions (a walk of the whole body) are counted only when it finds one */
	typedef struct { BlockId b; uint32_t at; LocalId l; } Cand;
	Cand *cand = malloc((ncand ? ncand : 1) * sizeof *cand);
	if (!cand)
		internal_error("out of memory");
	uint32_t nvalid = 0;
	BlockId *rpo = ncand ? malloc(f->nblocks * sizeof *rpo) : NULL;
	if (ncand && !rpo)
		internal_error("out of memory");
	uint32_t nrpo = ncand ? reverse_postorder(f, rpo) : 0;
	for (uint32_t k = 0; k < nrpo; k++) {
		BlockId b = rpo[k];
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			LocalId l = borrowed_local(f, &f->blocks[b].stmts[i]);
			if (l != NO_ID && valid_local(&t, f, l))
				cand[nvalid++] = (Cand){b, i, l};
		}
	}
	free(rpo);
	if (nvalid) {
		Count cnt = {&t, f};
		fn_places(f, 1, count_slot, &cnt);
	}
	/* a block's candidates are one run of cand, at ascending: their inserts (made at descending
	 * ats) go in at once when the run ends (quad40: one by one, N promoted `&I` in one block
	 * shifted the block's statements N times) */
	uint32_t k = 0, promoted = 0;
	StmtInserts ins = {0};
	for (uint32_t i = nvalid; i-- > 0;) {
		const Stmt *s = &f->blocks[cand[i].b].stmts[cand[i].at];
		if (!(place_is_local(f, s->place) && t.state[place_get(f, s->place)->local] == PROMOTED_OUT)) {
			promote(&t, f, owner, cand[i].b, cand[i].at, cand[i].l, k++, &ins);
			promoted = 1;
		}
		if (i == 0 || cand[i - 1].b != cand[i].b)
			insert_reversed(f, cand[i].b, &ins);
	}
	stmt_inserts_free(&ins);
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
