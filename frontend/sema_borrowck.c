/* sema_borrowck.c — 4a. match exhaustiveness (check_match), 4b. moves,
 * initialization and mutability, and 4c. borrow conflicts (NLL loans), as one
 * dataflow over the tree (borrowck). See sema.c for the phases and their order. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sema.h"

/* ====================================================================== */
/* 4a. Match exhaustiveness                                               */
/* ====================================================================== */

/* rustc's witness for a variant nobody matches: `E::A`, `E::B(_, _)`, `E::C { .. }`. */
static const char *variant_witness(Sema *s, const AstEnum *en, int v)
{
	const AstVariant *var = &en->variants[v];
	size_t n = (en->generic ? 0 : strlen(en->name)) + strlen(var->name) + 3 * (size_t)var->nfields + 16;
	char *buf = arena_alloc(s->scratch, n);
	int len = en->generic ? snprintf(buf, n, "`%s", var->name) /* core's prelude names `None`, `Ok(_)` */
	                      : snprintf(buf, n, "`%s::%s", en->name, var->name);
	if (var->is_tuple) {
		len += snprintf(buf + len, n - (size_t)len, "(");
		for (int k = 0; k < var->nfields; k++)
			len += snprintf(buf + len, n - (size_t)len, k ? ", _" : "_");
		len += snprintf(buf + len, n - (size_t)len, ")");
	} else if (!var->is_unit) {
		len += snprintf(buf + len, n - (size_t)len, " { .. }");
	}
	snprintf(buf + len, n - (size_t)len, "`");
	return buf;
}

/* A match on an enum: every variant has an arm (sub-patterns are `_` or bindings,
 * irrefutable), or a `_` arm. rustc's message names up to three missing variants. */
static void exhaustive_enum(Sema *s, AstExpr *e)
{
	const AstEnum *en = s->prog->enums[ast_enum_index(e->lhs->ty)];
	bool *seen = arena_alloc(s->scratch, (size_t)en->nvariants + 1);
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			if (e->arms[i].pats[k].is_wildcard)
				return;
			seen[e->arms[i].pats[k].variant] = true;
		}
	int missing[4], nmissing = 0;
	for (int v = 0; v < en->nvariants; v++)
		if (!seen[v] && nmissing++ < 4)
			missing[nmissing - 1] = v;
	if (!nmissing)
		return;
	const char *w[3] = {NULL, NULL, NULL};
	for (int k = 0; k < 3 && k < nmissing; k++)
		w[k] = variant_witness(s, en, missing[k]);
	if (nmissing == 1)
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s not covered", w[0]);
	if (nmissing == 2)
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s and %s not covered", w[0], w[1]);
	if (nmissing == 3)
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s, %s and %s not covered", w[0], w[1],
		         w[2]);
	error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s, %s, %s and %d more not covered", w[0],
	         w[1], w[2], nmissing - 3);
}

/* ---- `@` with bindings on both sides (bind29) ---- */

typedef struct {
	bool ref, ref_mut, move; /* a binding by `ref`, by `ref mut`, by value of a type that is not Copy */
	bool by_value_here;      /* a binding by value of the same place (`x @ y`'s y) */
	const AstProgram *p;     /* the program the bindings' types name (their Copy-ness) */
} AtSubs;

static void at_sub(const AstSubPattern *sp, void *cx)
{
	AtSubs *a = cx;
	a->ref |= sp->var->by_ref == BY_REF;
	a->ref_mut |= sp->var->by_ref == BY_REF_MUT;
	a->move |= ast_binding_moves(a->p, sp->var);
}

/* ergo30: a match on a written `&&place` (sema_typeck.c strip_double_borrow), exhaustive: a binding
 * moving a value out is rustc's E0507 (its borrow checker's first error, at the scrutinee), else the
 * reference to a reference is not supported */
static void double_borrow_verdict(Sema *s, AstExpr *e)
{
	bool moves = false;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			moves |= ast_arm_first_move(s->prog, &e->arms[i], k) != NULL;
	const AstExpr *in = ast_deref_is_ergo(e->lhs) ? e->lhs->lhs : e->lhs;
	if (moves) /* mref39: the written outer borrow's kind (`&mut &o`: "a mutable reference") */
		error_at(s, e->lhs->line, e->lhs->col, "cannot move out of a %s reference", in->rhs->ref_mut ? "mutable" : "shared");
	error_at(s, e->lhs->line, e->lhs->col, "references to references are not supported");
}

/* rustc 1.95's check_borrow_conflicts_in_at_patterns (rustc_mir_build thir/pattern/check_match.rs), for
 * the binding `sp->var @ (chain after it) @ pat`: a binding by value that is not Copy beside `ref`
 * bindings of its subpattern, or a `ref` / `ref mut` binding beside conflicting ones (its errors carry no
 * code, at the outer binding); then what the subset does not admit after `@`. */
static void check_at_level(Sema *s, const AstSubPattern *sp, const AstPattern *pat)
{
	AtSubs a = {.p = s->prog};
	for (const AstSubPattern *in = sp->inner; in; in = in->inner) {
		at_sub(in, &a);
		a.by_value_here |= !in->var->by_ref;
	}
	if (pat && (pat->enm || pat->strukt))
		ast_pattern_each_binding(pat, at_sub, &a);
	const AstVar *v = sp->var;
	if (!v->by_ref) {
		if (!ast_type_is_copy(s->prog, v->ty) && (a.ref || a.ref_mut))
			error_at(s, sp->line, sp->col, "borrow of moved value");
		return; /* `a @ ref mut b` (bind31): b's loan is made before a's copy (pattern_apply) */
	}
	if (v->by_ref == BY_REF_MUT && a.ref_mut)
		error_at(s, sp->line, sp->col, "cannot borrow value as mutable more than once at a time");
	if ((v->by_ref == BY_REF_MUT && a.ref) || (v->by_ref == BY_REF && a.ref_mut))
		error_at(s, sp->line, sp->col, v->by_ref == BY_REF_MUT
		                                   ? "cannot borrow value as immutable because it is also borrowed as mutable"
		                                   : "cannot borrow value as mutable because it is also borrowed as immutable");
	if (a.move)
		error_at(s, sp->line, sp->col, "cannot move out of value because it is borrowed");
}

/* rustc's name of the place a match or `let` moves out of (describe_place): a variable, then named or
 * positional fields of structs (`w.s.k`, `w.t.0`); NULL for a temporary or a place behind a reference */
static const char *at_place_name(Sema *s, const AstExpr *e)
{
	if (!e)
		return NULL;
	if (e->kind == EXPR_VAR)
		return e->var->name;
	if (e->kind != EXPR_FIELD || e->lhs->ty.kind != ATY_STRUCT)
		return NULL;
	const char *base = at_place_name(s, e->lhs);
	if (!base)
		return NULL;
	size_t n = strlen(base) + strlen(e->name) + 2;
	char *buf = arena_alloc(s->scratch, n);
	snprintf(buf, n, "%s.%s", base, e->name);
	return buf;
}

/* The scrutinee a pattern's fields are checked against (bind31): its name (at_place_name; NULL: none),
 * and whether it is a temporary rustc names nothing of (a call's value, a struct expression) */
typedef struct {
	const char *name;
	bool temp;
	bool deref; /* behind a reference: the move out is the borrow checker's E0507 first, as rustc's */
} AtPlace;

/* bind30: the `@` bindings inside pat's fields (`Some(a @ b)`, `Some(v @ Some(ref r))`) checked as at
 * the top; then a by-value `@` binding of a field that is not Copy with a binding after it, or one
 * inside its subpattern that moves, moves the field twice: rustc's E0382 at the outer binding ("use of
 * moved value" / "use of partially moved value", no place named under a downcast; under structs alone,
 * bind31, rustc names the field's place, `s.k`, from the scrutinee's name, nothing for a temporary).
 * under: pat's fields are under a downcast; at: pat's place while under is false. */
static void check_at_fields(Sema *s, const AstPattern *pat, bool under, AtPlace at)
{
	under |= pat->enm != NULL;
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		AtPlace fat = at; /* the field's place */
		if (!under && at.name && pat->strukt && sp->field >= 0 && sp->field < pat->strukt->nfields) {
			const char *f = pat->strukt->fields[sp->field].name;
			size_t n = strlen(at.name) + strlen(f) + 2;
			char *buf = arena_alloc(s->scratch, n);
			snprintf(buf, n, "%s.%s", at.name, f);
			fat.name = buf;
		}
		for (int k = 0; sp->or_pat && k < sp->or_pat->nalts; k++) {
			AstPattern one = *pat;
			one.subs = &sp->or_pat->alts[k];
			one.nsubs = 1;
			check_at_fields(s, &one, under, at);
		}
		bool nests = sp->nested && (sp->nested->enm || sp->nested->strukt);
		if (nests)
			check_at_fields(s, sp->nested, under, fat);
		if (!sp->var || !(sp->inner || nests))
			continue;
		for (const AstSubPattern *in = sp; in; in = in->inner) /* rustc's pre-order walk */
			check_at_level(s, in, sp->nested);
		bool moves = nests && ast_pattern_first_move(s->prog, sp->nested);
		if (!ast_binding_moves(s->prog, sp->var) || !(sp->inner || moves))
			continue; /* a Copy field, or `Some(a @ S { j, .. })` (j Copy: rustc's #69971, accepted) */
		const char *what = sp->inner ? "use of moved value" : "use of partially moved value";
		int line = sp->name ? sp->var->line : sp->line, col = sp->name ? sp->var->col : sp->col;
		if (at.deref && !under)
			continue;
		if (under || at.temp)
			error_at(s, line, col, "%s", what);
		if (!fat.name)
			error_at(s, line, col, "a field moved twice by `@` is not supported");
		error_at(s, line, col, "%s: `%s`", what, fat.name);
	}
}

void check_at_patterns(Sema *s, const AstMatchArm *a, const AstExpr *scrut)
{
	AtPlace at = {at_place_name(s, scrut), scrut && scrut->kind != EXPR_VAR &&
	             scrut->kind != EXPR_FIELD && scrut->kind != EXPR_DEREF && scrut->kind != EXPR_INDEX, false};
	for (const AstExpr *x = scrut; x && (x->kind == EXPR_FIELD || x->kind == EXPR_DEREF); x = x->lhs)
		at.deref |= x->kind == EXPR_DEREF;
	for (int k = 0; k < a->npats; k++)
		if (a->pats[k].enm || a->pats[k].strukt)
			check_at_fields(s, &a->pats[k], false, at);
	for (int k = 0; a->tops && k < a->npats; k++) {
		if (!a->tops[k].var)
			continue;
		for (const AstSubPattern *in = &a->tops[k]; in; in = in->inner) /* rustc's pre-order walk */
			check_at_level(s, in, &a->pats[k]);
	}
}

void exhaustive_expr(Sema *s, AstExpr *e)
{
	visit_children(s, e, exhaustive_expr);
	/* warn31: these errors leave the fn's MIR built (its unused_mut and liveness printed) */
	s->stage = FN_BORROW_ERROR;
	for (int i = 0; e->kind == EXPR_MATCH && i < e->narms; i++) /* bind29: check_match's pattern checks */
		check_at_patterns(s, &e->arms[i], e->lhs);
	s->stage = FN_MATCH_ERROR;
	if (e->kind == EXPR_MATCH && ast_deref_via_ref(e->lhs)) { /* pat36: `match &r`, r a `&T` variable */
		bool moves = false;
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++)
				moves |= ast_arm_first_move(s->prog, &e->arms[i], k) != NULL;
		if (moves && !e->if_let)
			exhaustive_nested(s, e);
		s->stage = FN_BORROW_ERROR; /* rustc's E0507 is MIR borrowck's, after check_match */
		const AstExpr *via = ast_deref_via_ref(e->lhs);
		if (moves) /* mref39: `match &mut r` (r a `&mut T`) */
			error_at(s, e->lhs->line, e->lhs->col, "cannot move out of a %s reference", via->ref_mut ? "mutable" : "shared");
		if (via->ref_mut && !via->lhs->var->is_mut) /* mref39: rustc's E0596 */
			error_at(s, via->line, via->col, "cannot borrow `%s` as mutable, as it is not declared as mutable",
			         via->lhs->var->name);
		s->stage = FN_MATCH_ERROR;
	}
	if (e->kind == EXPR_MATCH && (ast_ref_is_double(e->lhs) || (ast_deref_is_ergo(e->lhs) &&
	                                                          ast_ref_is_double(e->lhs->lhs)))) {
		if (!e->if_let)
			exhaustive_nested(s, e);
		s->stage = FN_BORROW_ERROR; /* rustc's E0507 is MIR borrowck's */
		double_borrow_verdict(s, e);
	}
	if (e->kind != EXPR_MATCH || e->if_let) /* an if-let's `_` arm: exhaustive (iflet25: its links
	                                           are visit_children's loop, this before their arms) */
		return;
	if (e->lhs->ty.kind == ATY_STRUCT || ast_match_has_guard(e) || ast_deref_is_ergo(e->lhs)) { /* issue 22 item 4: struct patterns at the
		                                           top; guard27: a guarded arm's patterns do not count;
		                                           ergo28: a match through a reference, its witnesses
		                                           spelled `&W` */
		exhaustive_nested(s, e);
		return;
	}
	if (e->lhs->ty.kind == ATY_ENUM) {
		if (ast_match_nests(e)) /* issue 22 item 4: nested variant patterns (sema_exhaust.c) */
			exhaustive_nested(s, e);
		else
			exhaustive_enum(s, e);
		return;
	}
	if (e->lhs->ty.kind == ATY_CHAR) { /* diag27: char's two ranges of values (sema_exhaust.c) */
		exhaustive_nested(s, e);
		return;
	}
	for (int i = 0; i < e->narms; i++) /* issue 22 item 4: range patterns (sema_exhaust.c) */
		for (int k = 0; k < e->arms[i].npats; k++)
			if (e->arms[i].pats[k].is_range) {
				exhaustive_nested(s, e);
				return;
			}
	bool seen_true = false, seen_false = false;
	uint8_t seen[256] = {0};
	int distinct = 0;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			AstPattern *pat = &e->arms[i].pats[k];
			if (pat->is_wildcard)
				return;
			if (pat->is_bool) {
				seen_true |= pat->value == 1;
				seen_false |= pat->value == 0;
			} else if (ast_type_bits(e->lhs->ty) == 8 && pat->value < 256) {
				unsigned idx = (unsigned)(pat->negative ? 256 - pat->value : pat->value) & 255;
				distinct += !seen[idx];
				seen[idx] = 1;
			}
		}
	AstType t = e->lhs->ty;
	if (t.kind == ATY_BOOL) {
		if (seen_true && seen_false)
			return;
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s not covered",
		         !seen_true && !seen_false ? "`false` and `true`" : seen_true ? "`false`" : "`true`");
	}
	if (t.kind == ATY_NEVER || (ast_type_bits(t) == 8 && distinct == 256))
		return;
	error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: `_` not covered");
}

/* ====================================================================== */
/* 4b. Moves, initialization, mutability (a dataflow over the tree)       */
/* ====================================================================== */

enum { ST_INIT = 1, ST_UNINIT = 2, ST_MOVED = 4 }; /* "maybe" bits per variable */
/* Partial moves (struct fields), as rustc's move paths: VarState.fields has bit i when move
 * path i of the variable may be moved out (its fields and their fields in preorder: a field
 * moved as a whole sets its own bit and its subtree's, so `s.a` moved differs from `s.a.x` and
 * `s.a.g` moved one by one; as many bits as the type has fields, Borrowck.nbits). */
enum { FLOW_BUDGET = 4000000 };                     /* node visits per fn */

/* One variable's state on a path (immutable, shared between flows). */
typedef struct VarState {
	uint8_t st;
	bool out_own;           /* bc37: out holds the loans its value's output carries (else: all of holds) */
	const uint64_t *fields; /* maybe moved-out move paths (NULL: none) */
	/* 4c. borrow conflicts, for a holder variable (a reference or a future): the loans its value
	 * may carry on this path, and the accesses that conflicted with a loan flowing into it
	 * (Borrowck.flow_vars) since it was last assigned, reported when it is used (issue 22) */
	const struct LoanSet *holds;
	const struct InvSet *pend;
	/* bc37: a future of an async `&self` / `&mut self` method's call: the loans its await's output
	 * carries, the receiver's (a subset of holds; out_own) */
	const struct LoanSet *out;
	uint32_t epoch;         /* BorrowShared.epoch when made: equal, the one flow reaching it owns it */
} VarState;

/* Issue 23: a flow is a persistent tree of VarStates by variable id (VS_FAN-way, Borrowck.vdepth
 * levels; NULL: every variable below in its initial state), so that a branch's copy is O(1), a
 * write copies one path and a join or a comparison skips the subtrees both sides share: a body
 * of N `if`s costs O(N log N), not N copies of every variable. */
/* cache31: 16-way, not 32: a write after a copy or join copies a path of 136-byte nodes, not
 * 264-byte ones (100k guarded arms: 4 levels of 264 bytes -> 5 of 136, the fresh lines written
 * per write about 17 -> 11) */
enum { VS_BITS = 4, VS_FAN = 1 << VS_BITS, VS_MAXDEPTH = 7 }; /* 7 levels: 2^28 variables */

typedef struct Flow {
	const void *root;
	/* 4c: per loan, the accesses that conflicted with it, for the values in flight (a call's
	 * arguments: reported when consumed, if made after the value) */
	const struct InvSet *inv;
	bool reachable;
	/* issue 22, the first walk (LiveCfg.building): the event nodes last reached on this path:
	 * pred1 - 1 when one (pred NULL), else a persistent bit trie as Flow.sat's, pdepth inner
	 * levels (bcj39, issue 23: as sorted arrays a join of N arms' nodes copied the set so far,
	 * N^2; the trie's union copies the paths to what the joined flow adds) */
	const void *pred;
	/* issue 23 (loans27): the loans saturated on this path (sat_loan): a persistent bit set by
	 * loan (a trie as the root's, Borrowck.sdepth levels over 64-bit leaves; NULL: none) */
	const void *sat;
	int pred1;
	int pdepth;
} Flow;

/* A set of loans, sorted, immutable (shared between flows); NULL is the empty set. Issue 23
 * (loan28): a set with `chain` set is a ChainSet's: id[] and its base's loans (disjoint). */
typedef struct LoanSet {
	int n;
	int chain;
	int id[];
} LoanSet;

/* Issue 23 (loan28): a reborrow `&mut *r`'s value carries its loan and r's loans: as a set of
 * its own loans after r's (the base, shared), a chain of N reborrows is N sets of one loan, not
 * N^2 / 2 loans copied. What per loan was written for every loan a value carried (Borrowck.death
 * by set_holds, Borrowck.flight by holds_of) is written for a chained set's own loans and on the
 * set (death, flight) for its base's, and read for a loan of a base when it is scanned: the
 * largest among the sets below the bases holding it (kid: the chained sets on this base, sib:
 * the next on the same base; BorrowShared.lnodes: by loan, the bases holding it in their own id[]).
 * The header comes before the LoanSet in memory (lset_chain). */
typedef struct ChainSet {
	const LoanSet *base;      /* a ChainSet's set */
	int nbase;                /* the loans in base and below */
	bool listed;              /* in lnodes of its own loans (it is a base) */
	long long death, flight;  /* of the variables that held it, of its last read */
	struct ChainSet *kid, *sib;
	long long below[2];       /* the largest death / flight of the sets below it, ... */
	uint32_t below_ver[2];    /* ... while BorrowShared.chain_ver is this */
} ChainSet;

typedef struct LnCell {
	ChainSet *set;
	struct LnCell *next;
} LnCell;

/* Per loan, the access that conflicted with it: sorted by loan, immutable; NULL is empty. */
typedef struct InvSet {
	int n;
	struct InvEntry { int loan; const struct Invalid *iv; } e[];
} InvSet;

/* the values joined at a match's, an else-if chain's or a loop's end (vals_union) */
typedef struct ValList {
	const LoanSet **v;
	int n;
	uint32_t cap;
} ValList;

typedef struct LoopFlow {
	AstExpr *loop;       /* a loop, or a labeled block (flow40) */
	Flow brk, cont;
	struct LoopFlow *outer;
	int nscopes; /* the blocks open outside the loop (BorrowShared.scopes): break leaves the rest */
	ValList *vals;       /* flow40: the values of the `break`s to it (the loop's value) */
} LoopFlow;

/* State shared by the bodies of one fn (check_body copies Borrowck per body): stacks. */
typedef struct BorrowShared {
	struct OpenBlock { AstBlock *blk; int stmt; } *scopes; /* the blocks being walked, the statement in each */
	int nscopes;
	uint32_t scopes_cap;
	int *made;            /* loans made in the statements being walked (in flight), by statement */
	int nmade;
	uint32_t made_cap;
	long long clock;      /* the accesses walked so far (Invalid.t) */
	long long floor;      /* the clock at the statement no value in flight is older than */
	/* issue 23: the nodes and leaves of flows made since the last copy or join of a flow (their
	 * epoch is this one) are reached from the one flow that made them, which writes them in place */
	uint32_t epoch;
	/* issue 22: rustc buffers its borrowck errors and emits them sorted by span (rustc_borrowck
	 * `emit_errors`), so the first it reports is the first in the source. A walk meets a loop's
	 * errors out of source order (an error of the second iteration may come before one met
	 * in the first), so inside loops a conflict is deferred (the earliest kept); and a use of a
	 * moved value, in a fn with loans, is deferred too: rustc checks an access's conflicts
	 * before its moves (`consume_operand`: access_place, then check_if_path_or_subpath_is_moved),
	 * so at one span its E0505 comes first, and a conflict is known here only at a later use
	 * of the loan. The deferred error is raised at the end of the fn's walk; an error raised
	 * meanwhile gives way to it when later in the source, or at the same place when the
	 * deferred one is a conflict and the raised one not (borrowck_fn). */
	int loop_depth;
	int chain_back;       /* bcj39: else-if chains being walked back (innermost link first): deferred too */
	int dline, dcol;
	const char *dmsg;
	bool dconflict, raising_conflict;
	/* issue 23 (loans26, loans27): the loans out of their lists (Borrowck.sat) are some of the
	 * Flow.sat last applied, sat_applied (sat_sync); satv lists them (stale entries: sat[k] says) */
	const void *sat_applied;
	int *satv;
	int nsatv;
	uint32_t satv_cap;
	int nsat;             /* loan28: the loans saturated (Borrowck.sat) */
	LnCell **lnodes;      /* loan28: by loan (shadows too), the chained sets' bases holding it (ChainSet;
	                         NULL until a set is chained) */
	struct ChainFrame { ChainSet *n, *kid; long long acc; } *dfs; /* loan28: chain_below's stack */
	uint32_t dfs_cap;
	uint32_t chain_ver[2]; /* loan28: changes of the chained sets' deaths, flights (ChainSet.below) */
	struct PendAdd { int var, loan; const struct Invalid *iv; } *padd; /* bcj39: pend_add's, to merge */
	int npadd;
	uint32_t padd_cap;
} BorrowShared;

typedef struct Borrowck {
	Sema *s;
	AstFn *fn;
	/* guard27: the arm whose guard is being walked, its match's scrutinee root variable (NULL:
	 * not a variable or a field path below one) */
	const AstMatchArm *guard_arm;
	const AstVar *guard_scrut;
	AstAsyncBlock *body;  /* the body being checked: an async block or NULL (fn) */
	LoopFlow *loops;
	long budget;
	jmp_buf give_up;
	bool *async_done;     /* by index_in_fn */
	/* 4c. loans: one per `&place` / `&mut place` of a variable's place (implicit ones
	 * included) and per by-reference capture of an async block, made by the census */
	struct Loan *loans;
	int nloans;
	uint32_t loans_cap;
	int *first_loan;      /* by var id: the first loan of a place rooted at it (Loan.next) */
	bool *has_mut_loan;   /* by var id: a `&mut` of a place rooted at it (else reads conflict with none) */
	int *holder;          /* by var id: its index among the holder variables, or -1 */
	int nholders;
	int *holder_vars;     /* the holder variables' ids */
	bool *reserved;       /* by loan: a two-phase borrow not yet activated */
	const void **map_key; /* EXPR_REF node or AstCapture -> loan id (open addressing) */
	int *map_val;
	uint32_t map_cap;
	const LoanSet *val;   /* the loans the value of the expression just walked may carry */
	long *loan_budget;    /* loans scanned and records copied left in the fn (shared by its bodies) */
	struct InvEntry *found; /* access_path's new records (reused) */
	uint32_t found_cap;
	bool *witness_drop;   /* by index_in_fn: the block's coroutine witness needs drop */
	int *first_drop_var;  /* by index_in_fn: its first local with drop glue (next_drop_var) */
	int *next_drop_var;   /* by var id */
	/* issue 23: an access scans the loans of its variable that may still be used, not all of them.
	 * Loan k + nloans is k's shadow: every earlier instance of a loan made again in a loop. */
	int census_loops;     /* the census's loop depth */
	int ergo_whole;       /* census of a pattern matched through a written `&place` / `&mut place`
	                         (ergo29): its ref bindings' loans are of the first ergo_whole entries of
	                         their path (the place), ergo_whole_mut the borrow's; -1: other patterns */
	bool ergo_whole_mut;
	long long *killpos;   /* by var id: a reference variable is never used past this position */
	long long *death;     /* by loan: the largest killpos of a variable that ever held it */
	bool *inflight;       /* by loan: made in a statement still being walked */
	bool *active;         /* by loan: in its root's active list */
	int *act_head;        /* by bucket: the active loans in it (act_next/act_prev) */
	int *act_next, *act_prev;
	/* issue 23 (borrow24): a root's loans by mutability and first field, so that an access of one
	 * field scans none of a disjoint field's loans: a bucket per (var id * 2 + mut, first path
	 * element + 1 when a field, else 0), sorted, those of one var id * 2 + mut contiguous from
	 * bucket_lo[var id * 2 + mut] to bucket_lo[.. + 1] */
	long long *bucket_key;
	int nbuckets;
	int *bucket_of;       /* by loan (base) */
	int *bucket_lo;
	int inv_prune_at;     /* Flow.inv past this size: its dead loans' records are dropped */
	/* issue 23 (loans26): by loan, saturated: active but out of its bucket's list, as no access
	 * can change what the flow knows of it (sat_loan); by loan, the floor when a value read from a
	 * variable last carried it (a value in flight may carry it while this is the floor) */
	bool *sat;
	long long *flight;
	BorrowShared *sh;
	int temps;            /* temporaries with drop glue held at this point of the body (witness) */
	/* issue 22: an `if` / `match` whose value is the only one being computed (a statement of a
	 * block no expression around holds values of: the body's, or a branch of such an `if` /
	 * `match`) drops, per branch at its join, the records of loans nothing carries there */
	AstExpr *prune_at;    /* the statement (or tail) of such a block being walked */
	bool block_clean;     /* the next flow_block is such a block */
	/* issue 22: by loan, the holder variables it may ever flow into (rustc's region of the loan
	 * is location-insensitive in which variables it reaches): a list of segments (VarSeg) */
	const struct VarSeg **flow_seg;
	int vdepth;           /* the depth of a Flow's tree (VS_BITS bits of a variable id per level) */
	int sdepth;           /* the inner levels of a Flow.sat trie (VS_BITS bits of loan / 64 each) */
	int *nbits;           /* by var id: its move paths below itself (at least 1: an enum's arm moves) */
	long long *mpaths;    /* (var id << 32 | path) of every field place moved or assigned in the fn */
	int nmpaths;
	/* issue 22: the events of a first walk, for the liveness of the variables a loan flows into */
	struct LiveCfg *cfg;
	int cur_node;         /* the access being recorded: its node in cfg (-1: none) */
	const void *cur_stmt; /* the statement (or block tail) being walked, innermost */
	/* tempref36: the statement temporaries' loans (`g(&mk())`) are rooted at temp_root (id fn->nvars,
	 * no variable's); a loan dies at the end of temp_scope, the innermost terminating scope around
	 * the borrow (a block's tail: the one around the block, rustc 2021's; NULL: the body's end).
	 * bc37: a statement (AstStmt), or an expression or block rustc's region.rs makes terminating
	 * (term_enter: a condition, a branch, a match arm and its guard, a `&&` / `||` operand, a loop
	 * body, an else-if link); scope_temps: the loans made for temporaries of temp_scope so far */
	AstVar *temp_root;
	const void *temp_scope;
	const void *dying;     /* the scope whose temporaries die (temp_dead) */
	const AstStmt *extending; /* temp37: the innermost let with extended borrows (AstStmt.extends)
	                             being walked: their loans die at its block's end */
	bool dying_extended;   /* ... dying: that let's extended temporaries, not its scope's */
	int scope_temps;
	int *term_loans;       /* the loans of the terminating scopes open (a stack: TermScope.base) */
	int nterm_loans;
	uint32_t term_loans_cap;
	/* bc37: the expression being walked whose value is discarded (an expression statement's, and
	 * the arms, branches and block tails giving it its value), and such a block */
	const AstExpr *discard_val;
	const AstBlock *discard_block;
	const struct AstSubPattern *rebind; /* issue 22: a match's scrutinee being used, the binding its
	                                       partial-move error goes to (moved_again) */
	int site_line, site_col; /* ergo31: a reference variable used through a deref (use_deref_at): where
	                            its "use of moved value" goes (0: at the variable) */
	bool site_borrow;        /* ... and that use is a borrow: "borrow of moved value" */
	/* optloan35: the expressions whose value a body returns (its tail's and its `return`s' leaves
	 * through blocks, `if` and `match` arms) when it contains a reference: a set (E0515) */
	const void **rl_key;
	uint32_t rl_cap, rl_n;
	/* bc36: the last async call walked to a `&self` / `&mut self` method, its receiver's loans (the
	 * output's elided lifetime is self's: what an await of that call's future gives its output) */
	const AstExpr *self_call;
	const LoanSet *self_val;
	/* perf40: a guarded arm's bindings, killed in its false edge's joins (flow_guard): one array
	 * for every arm, not one per arm */
	int *guard_dead;
	int nguard_dead;
	uint32_t guard_dead_cap;
} Borrowck;

/* Issue 23 (loan28): the holder variables (indices) a loan may flow into, as segments sharing
 * their suffixes: a group of holders flowing into each other (a strongly connected component)
 * that flows into one other group only has that group's list as its tail, so a reborrow chain
 * `let rI = &mut *rJ;` (each reference flowing into the next) costs one segment per reference,
 * not N^2 / 2 variables. No variable is twice in a list. */
typedef struct VarSeg {
	int n, total;                /* this segment's variables; with the rest of the list's */
	const struct VarSeg *next;
	int mark;                    /* cfg_init: its variables are marked (and the rest's) */
	int v[];
} VarSeg;

/* the number of variables loan k flows into */
static int flow_count(const Borrowck *b, int k) { return b->flow_seg[k] ? b->flow_seg[k]->total : 0; }

static ChainSet *lset_chain(const LoanSet *x) { return x && x->chain ? (ChainSet *)x - 1 : NULL; }

/* the number of loans in x */
static int lset_size(const LoanSet *x)
{
	const ChainSet *c = lset_chain(x);
	return x ? x->n + (c ? c->nbase : 0) : 0;
}

static int int_cmp(const void *x, const void *y);

/* x as a set without a base (x itself when it has none) */
static const LoanSet *lset_flat(Borrowck *b, const LoanSet *x)
{
	if (!lset_chain(x))
		return x;
	int n = lset_size(x);
	LoanSet *u = arena_alloc(b->s->scratch, sizeof *u + ((size_t)n + 1) * sizeof *u->id);
	for (const LoanSet *y = x; y; y = lset_chain(y) ? lset_chain(y)->base : NULL)
		for (int i = 0; i < y->n; i++)
			u->id[u->n++] = y->id[i];
	qsort(u->id, (size_t)u->n, sizeof *u->id, int_cmp);
	return u;
}

static bool lset_equal_flat(const LoanSet *x, const LoanSet *y)
{
	if (x == y)
		return true;
	if (!x || !y || x->n != y->n)
		return false;
	return !memcmp(x->id, y->id, (size_t)x->n * sizeof *x->id);
}

static bool lset_equal_b(Borrowck *b, const LoanSet *x, const LoanSet *y)
{
	if (x == y)
		return true;
	if (lset_size(x) != lset_size(y))
		return false;
	return lset_equal_flat(lset_flat(b, x), lset_flat(b, y));
}

/* is y x or one of x's bases? */
static bool lset_below(const LoanSet *x, const LoanSet *y)
{
	for (; x; x = lset_chain(x) ? lset_chain(x)->base : NULL)
		if (x == y)
			return true;
	return false;
}

static const LoanSet *lset_union_flat(Borrowck *b, const LoanSet *x, const LoanSet *y);

/* x ∪ y (one of them when the other adds nothing) */
static const LoanSet *lset_union(Borrowck *b, const LoanSet *x, const LoanSet *y)
{
	if (!y || x == y)
		return x;
	if (!x)
		return y;
	if (!lset_chain(x) && !lset_chain(y))
		return lset_union_flat(b, x, y);
	if (lset_below(x, y))
		return x;
	if (lset_below(y, x))
		return y;
	const LoanSet *u = lset_union_flat(b, lset_flat(b, x), lset_flat(b, y));
	int n = lset_size(u);
	return n == lset_size(x) ? x : n == lset_size(y) ? y : u;
}

static const LoanSet *lset_union_flat(Borrowck *b, const LoanSet *x, const LoanSet *y)
{
	LoanSet *u = arena_alloc_uninit(b->s->scratch, sizeof *u + (size_t)(x->n + y->n) * sizeof *u->id);
	u->n = u->chain = 0; /* perf40: the ids written in order, not zeroed first */
	int i = 0, j = 0;
	while (i < x->n || j < y->n) {
		int k = j >= y->n || (i < x->n && x->id[i] <= y->id[j]) ? x->id[i] : y->id[j];
		u->id[u->n++] = k;
		i += i < x->n && x->id[i] == k;
		j += j < y->n && y->id[j] == k;
	}
	if (u->n == x->n)
		return x;
	return u->n == y->n ? y : u;
}

/* hunt37: the union of n sets at once (an aggregate's or a call's operands, a block's captures): a union
 * per operand copied the growing set each time (a call of 10,000 `&y` arguments: 232 MB). Flat sets are
 * merged by one sort (two by one merge: perf40, vals_union's collapsed set and a link's value), the
 * result one of them when it holds the rest (as lset_union's); a chained one among them is rare (a
 * reborrow's value), joined one by one. */
static const LoanSet *lset_union_all(Borrowck *b, const LoanSet *const *sets, int n)
{
	const LoanSet *first = NULL, *second = NULL;
	bool distinct = false, chained = false;
	size_t total = 0;
	int nsets = 0;
	for (int i = 0; i < n; i++) {
		if (!sets[i])
			continue;
		distinct |= first && sets[i] != first;
		second = first && !second && sets[i] != first ? sets[i] : second;
		first = first ? first : sets[i];
		chained |= lset_chain(sets[i]) != NULL;
		total += (size_t)sets[i]->n;
		nsets++;
	}
	if (!distinct)
		return first;
	if (nsets == 2 && !chained) /* perf40: two sorted sets merged, not sorted (vals_union's) */
		return lset_union_flat(b, first, second);
	if (chained) {
		const LoanSet *v = NULL;
		for (int i = 0; i < n; i++)
			v = lset_union(b, v, sets[i]);
		return v;
	}
	LoanSet *u = arena_alloc(b->s->scratch, sizeof *u + (total + 1) * sizeof *u->id);
	for (int i = 0; i < n; i++)
		for (int j = 0; sets[i] && j < sets[i]->n; j++)
			u->id[u->n++] = sets[i]->id[j];
	qsort(u->id, (size_t)u->n, sizeof *u->id, int_cmp);
	int m = 0;
	for (int i = 0; i < u->n; i++)
		if (!m || u->id[m - 1] != u->id[i])
			u->id[m++] = u->id[i];
	u->n = m;
	for (int i = 0; i < n; i++)
		if (sets[i] && sets[i]->n == m)
			return sets[i];
	return u;
}

static const LoanSet *lset_one(Borrowck *b, int k)
{
	LoanSet *s = arena_alloc(b->s->scratch, sizeof *s + sizeof *s->id);
	s->n = 1;
	s->id[0] = k;
	return s;
}

static bool lset_has(const LoanSet *x, int k);

/* Issue 23 (loan28): for each loan x->id[i] of x, then of its bases (y the set holding it) */
#define LSET_EACH(x, y, i) \
	for (const LoanSet *y = (x); y; y = lset_chain(y) ? lset_chain(y)->base : NULL) \
		for (int i = 0; i < y->n; i++)

static bool loan_in_loop(const Borrowck *b, int k);

/* The value of a reborrow: the loans of own (flat, new) and those of base (loan28: shared) */
static const LoanSet *lset_chained(Borrowck *b, const LoanSet *own, const LoanSet *base)
{
	if (!base || !own || lset_chain(own))
		return lset_union(b, own, base);
	for (int i = 0; i < own->n; i++)
		if (loan_in_loop(b, own->id[i]) && lset_has(base, own->id[i])) /* (made again: as before) */
			return lset_union(b, own, base);
	Arena *a = b->s->scratch;
	ChainSet *bc = lset_chain(base);
	if (!bc) { /* a flat base: a chained copy, the one its chained sets hang on */
		bc = arena_alloc(a, sizeof *bc + sizeof(LoanSet) + ((size_t)base->n + 1) * sizeof(int));
		LoanSet *c = (LoanSet *)(bc + 1);
		c->n = base->n;
		c->chain = 1;
		memcpy(c->id, base->id, (size_t)base->n * sizeof *c->id);
		bc->death = bc->flight = LLONG_MIN;
		base = c;
	}
	if (!b->sh->lnodes)
		b->sh->lnodes = arena_alloc(a, (2 * (size_t)b->nloans + 1) * sizeof *b->sh->lnodes);
	if (!bc->listed) { /* a base now: its own loans find the sets on it */
		bc->listed = true;
		for (int i = 0; i < base->n; i++) {
			LnCell *cell = arena_alloc(a, sizeof *cell);
			cell->set = bc;
			cell->next = b->sh->lnodes[base->id[i]];
			b->sh->lnodes[base->id[i]] = cell;
		}
	}
	ChainSet *cc = arena_alloc(a, sizeof *cc + sizeof(LoanSet) + ((size_t)own->n + 1) * sizeof(int));
	LoanSet *c = (LoanSet *)(cc + 1);
	c->n = own->n;
	c->chain = 1;
	memcpy(c->id, own->id, (size_t)own->n * sizeof *c->id);
	cc->base = base;
	cc->nbase = lset_size(base);
	cc->death = cc->flight = LLONG_MIN;
	cc->sib = bc->kid;
	bc->kid = cc;
	b->sh->chain_ver[0]++, b->sh->chain_ver[1]++;
	return c;
}

/* The largest death (fl: flight) of the chained sets below x, or a value at least stop. Every
 * set below whose subtree was searched whole keeps its answer until a death (flight) changes or
 * a set is chained (chain_ver): the variables of a chain dying one by one at the end of their
 * block each search what is below their set once, not again below each. */
static long long chain_below(Borrowck *b, ChainSet *x, int fl, long long stop)
{
	BorrowShared *sh = b->sh;
	if (x->below_ver[fl] == sh->chain_ver[fl])
		return x->below[fl];
	int sp = 0;
	struct ChainFrame *fr = VEC_PUSH(b->s->scratch, sh->dfs, sp, sh->dfs_cap);
	fr->n = x, fr->kid = x->kid, fr->acc = LLONG_MIN;
	for (;;) {
		fr = &sh->dfs[sp - 1];
		ChainSet *k = fr->kid;
		if (!k) { /* the subtree of fr->n searched whole */
			fr->n->below[fl] = fr->acc;
			fr->n->below_ver[fl] = sh->chain_ver[fl];
			long long acc = fr->acc;
			if (--sp == 0)
				return acc;
			if (sh->dfs[sp - 1].acc < acc)
				sh->dfs[sp - 1].acc = acc;
			continue;
		}
		fr->kid = k->sib;
		long long v = fl ? k->flight : k->death;
		if (fr->acc < v)
			fr->acc = v;
		if (k->kid && k->below_ver[fl] == sh->chain_ver[fl]) {
			if (fr->acc < k->below[fl])
				fr->acc = k->below[fl];
		} else if (k->kid) {
			fr = VEC_PUSH(b->s->scratch, sh->dfs, sp, sh->dfs_cap);
			fr->n = k, fr->kid = k->kid, fr->acc = LLONG_MIN;
		}
		if (fr->acc >= stop)
			return fr->acc; /* (what is kept is of subtrees searched whole only) */
	}
}

/* Loan k's largest death (fl: flight) among the chained sets on the bases holding it, or a
 * value at least stop (loan28: read when k is scanned, not written per loan carried) */
static long long chain_max(Borrowck *b, int k, int fl, long long stop)
{
	long long best = LLONG_MIN;
	for (LnCell *cell = b->sh->lnodes ? b->sh->lnodes[k] : NULL; cell && best < stop; cell = cell->next) {
		long long v = chain_below(b, cell->set, fl, stop);
		if (best < v)
			best = v;
	}
	return best;
}

static const struct Invalid *inv_get(const InvSet *x, int k)
{
	int lo = 0, hi = x ? x->n : 0;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (x->e[mid].loan < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return x && lo < x->n && x->e[lo].loan == k ? x->e[lo].iv : NULL;
}

/* x with loan k's entry set to iv (NULL: removed); a copy when it changes */
static const InvSet *inv_put(Borrowck *b, const InvSet *x, int k, const struct Invalid *iv)
{
	if (inv_get(x, k) == iv)
		return x;
	int n = x ? x->n : 0;
	InvSet *c = arena_alloc(b->s->scratch, sizeof *c + (size_t)(n + 1) * sizeof *c->e);
	for (int i = 0; i < n; i++)
		if (x->e[i].loan != k)
			c->e[c->n++] = x->e[i];
	if (iv) {
		int at = c->n;
		while (at > 0 && c->e[at - 1].loan > k) {
			c->e[at] = c->e[at - 1];
			at--;
		}
		c->e[at].loan = k;
		c->e[at].iv = iv;
		c->n++;
	}
	return c->n ? c : NULL;
}

static bool inv_prefer(const struct Invalid *x, const struct Invalid *y, long long floor);

/* x ∪ y by loan; where both have a record, the one inv_prefer picks (x's on a tie) */
/* x ∪ y's entries by loan (y's record where inv_prefer takes it) into u, when u is not NULL;
 * whether the union differs from x */
static bool inv_merge(const InvSet *x, const InvSet *y, long long floor, InvSet *u)
{
	int i = 0, j = 0, n = 0;
	bool changed = false;
	while (i < x->n || j < y->n) {
		struct InvEntry e;
		if (j >= y->n || (i < x->n && x->e[i].loan <= y->e[j].loan)) {
			e = x->e[i++];
			if (j < y->n && y->e[j].loan == e.loan && inv_prefer(e.iv, y->e[j].iv, floor))
				e.iv = y->e[j].iv, changed = true;
			if (j < y->n && y->e[j].loan == e.loan)
				j++;
		} else {
			e = y->e[j++];
			changed = true;
		}
		if (u)
			u->e[n++] = e;
		else if (changed)
			return true;
	}
	if (u)
		u->n = n;
	return changed;
}

/* perf40 (issue 23): a join that adds nothing to x allocates nothing (an else-if chain's flows
 * joined link by link: a copy of the growing set per link, most of them x's) */
static const InvSet *inv_join(Borrowck *b, const InvSet *x, const InvSet *y, long long floor)
{
	if (!y || x == y)
		return x;
	if (!x)
		return y;
	if (!inv_merge(x, y, floor, NULL))
		return x;
	InvSet *u = arena_alloc_uninit(b->s->scratch, sizeof *u + (size_t)(x->n + y->n) * sizeof *u->e);
	inv_merge(x, y, floor, u);
	return u;
}

static bool inv_same_loans(const InvSet *x, const InvSet *y)
{
	if (x == y)
		return true;
	if (!x || !y || x->n != y->n)
		return false;
	for (int i = 0; i < x->n; i++)
		if (x->e[i].loan != y->e[i].loan)
			return false;
	return true;
}

static const VarState vs_none = {ST_UNINIT, false, NULL, NULL, NULL, NULL, 0};

/* bc37: the loans v's await's output carries */
static const struct LoanSet *vs_out(const VarState *v) { return v->out_own ? v->out : v->holds; }

/* ---- move-path bit sets (immutable; NULL: empty) ---- */
static int bits_words(int nb) { return (nb + 63) / 64; }

static bool bits_any(const uint64_t *x, int nb, int lo, int n)
{
	for (int i = lo; x && i < lo + n && i < nb; i++)
		if (x[i / 64] >> (i % 64) & 1)
			return true;
	return false;
}

/* x with [lo, lo + n) set (on) or cleared */
static const uint64_t *bits_with(Borrowck *b, const uint64_t *x, int nb, int lo, int n, bool on)
{
	if (!x && !on)
		return NULL;
	int w = bits_words(nb);
	uint64_t *c = arena_alloc(b->s->scratch, (size_t)w * sizeof *c);
	if (x)
		memcpy(c, x, (size_t)w * sizeof *c);
	for (int i = lo; i < lo + n && i < nb; i++)
		c[i / 64] = on ? c[i / 64] | 1ull << (i % 64) : c[i / 64] & ~(1ull << (i % 64));
	for (int i = 0; i < w; i++)
		if (c[i])
			return c;
	return NULL;
}

static const uint64_t *bits_or(Borrowck *b, const uint64_t *x, const uint64_t *y, int nb)
{
	if (!y || x == y)
		return x;
	if (!x)
		return y;
	int w = bits_words(nb);
	bool grows = false;
	for (int i = 0; i < w && !grows; i++)
		grows = (y[i] & ~x[i]) != 0;
	if (!grows)
		return x;
	uint64_t *c = arena_alloc(b->s->scratch, (size_t)w * sizeof *c);
	for (int i = 0; i < w; i++)
		c[i] = x[i] | y[i];
	return c;
}

static bool bits_equal(const uint64_t *x, const uint64_t *y, int nb)
{
	if (x == y)
		return true;
	return x && y && !memcmp(x, y, (size_t)bits_words(nb) * sizeof *x);
}

/* variable id's state in f */
static const VarState *vs(const Borrowck *b, const Flow *f, int id)
{
	const void *n = f->root;
	for (int d = b->vdepth - 1; d >= 0 && n; d--)
		n = ((const void *const *)n)[(id >> (VS_BITS * d)) & (VS_FAN - 1)];
	return n ? n : &vs_none;
}

static bool vs_equal(const VarState *x, const VarState *y)
{
	return x->st == y->st && x->fields == y->fields && x->holds == y->holds && x->pend == y->pend &&
	       x->out_own == y->out_own && x->out == y->out;
}

/* A node: VS_FAN children, after the epoch it was made in (node[-1]) and, in a flow's tree, the
 * children whose variables are not all as the initial state joins them (node[-2], vs_mask); from's
 * children and mask, or none */
static const void **vs_node_new(Borrowck *b, const void *const *from)
{
	/* perf40: not zeroed first, most nodes are copies (a path copied for a write) */
	const void **c = arena_alloc_uninit(b->s->scratch, (VS_FAN + 2) * sizeof *c);
	c[1] = (const void *)(uintptr_t)b->sh->epoch;
	if (from) {
		c[0] = from[-2];
		memcpy(c + 2, from, VS_FAN * sizeof *c);
	} else {
		memset(c, 0, sizeof *c);
		memset(c + 2, 0, VS_FAN * sizeof *c);
	}
	return c + 2;
}

/* bcj39 (issue 23): a variable's state is unchanged by a join with its initial state (vs_none:
 * maybe uninitialised, nothing else), so a join skips a subtree NULL on one side whose other side
 * holds such states only (vs_mask 0): the bindings of an else-if-let chain's links below link i,
 * all dead at its join and untouched in its then-branch, were every link's walk (N^2) */
static bool vs_leaf_ok(const VarState *v)
{
	return !v || ((v->st & ST_UNINIT) && (v->out_own || !v->out));
}

static uintptr_t vs_mask(const void *node) { return (uintptr_t)((const void *const *)node)[-2]; }

static bool vs_node_ok(const void *node) { return !node || !vs_mask(node); }

/* node c's mask bit of child slot (at depth d) made right */
static void vs_mask_fix(const void **c, int d, int slot)
{
	bool ok = d == 0 ? vs_leaf_ok(c[slot]) : vs_node_ok(c[slot]);
	uintptr_t m = vs_mask(c) & ~((uintptr_t)1 << slot);
	c[-2] = (const void *)(m | (uintptr_t)!ok << slot);
}

static bool vs_node_owned(const Borrowck *b, const void *node)
{
	return node && (uint32_t)(uintptr_t)((const void *const *)node)[-1] == b->sh->epoch;
}

/* A flow is copied or joined: its nodes may be reached from two flows from now on. */
static void flow_seal(Borrowck *b) { b->sh->epoch++; }

static const void *vs_set_rec(Borrowck *b, const void *node, int d, int id, const VarState *leaf)
{
	const void **c;
	if (vs_node_owned(b, node)) { /* issue 23: no other flow reaches it, written in place */
		c = (const void **)node;
	} else {
		c = vs_node_new(b, node);
	}
	int slot = (id >> (VS_BITS * d)) & (VS_FAN - 1);
	c[slot] = d == 0 ? (const void *)leaf : vs_set_rec(b, c[slot], d - 1, id, leaf);
	vs_mask_fix(c, d, slot);
	return c;
}

/* the masks on f's path to id made right (its leaf, of the current epoch, written in place: the
 * path's nodes are of the epoch too) */
static void vs_mask_path(const Borrowck *b, Flow *f, int id)
{
	const void **path[VS_MAXDEPTH];
	const void *n = f->root;
	for (int d = b->vdepth - 1; d >= 0; d--) {
		path[d] = (const void **)n;
		n = ((const void *const *)n)[(id >> (VS_BITS * d)) & (VS_FAN - 1)];
	}
	for (int d = 0; d < b->vdepth; d++)
		vs_mask_fix(path[d], d, (id >> (VS_BITS * d)) & (VS_FAN - 1));
}

/* variable id's state in f := v */
static void vs_put(Borrowck *b, Flow *f, int id, VarState v)
{
	const VarState *cur = vs(b, f, id);
	if (vs_equal(cur, &v))
		return;
	v.epoch = b->sh->epoch;
	if (cur->epoch == v.epoch) { /* made since the last copy or join: its path is f's alone too */
		bool ok = vs_leaf_ok(cur);
		*(VarState *)cur = v;
		if (ok != vs_leaf_ok(cur))
			vs_mask_path(b, f, id);
		return;
	}
	VarState *leaf = arena_alloc(b->s->scratch, sizeof *leaf);
	*leaf = v;
	f->root = vs_set_rec(b, f->root, b->vdepth - 1, id, leaf);
}

static uint8_t st_of(const Borrowck *b, const Flow *f, int id) { return vs(b, f, id)->st; }
static const uint64_t *fields_of(const Borrowck *b, const Flow *f, int id) { return vs(b, f, id)->fields; }

static void set_st(Borrowck *b, Flow *f, int id, uint8_t st)
{
	VarState v = *vs(b, f, id);
	v.st = st;
	vs_put(b, f, id, v);
}

static void set_fields(Borrowck *b, Flow *f, int id, const uint64_t *fields)
{
	VarState v = *vs(b, f, id);
	v.fields = fields;
	vs_put(b, f, id, v);
}

static Flow flow_new(Borrowck *b, bool reachable)
{
	(void)b;
	Flow f = {NULL, NULL, reachable, NULL, NULL, 0, 0};
	return f;
}

/* a copy shares the nodes, which neither writes in place from now on */
static Flow flow_copy(Borrowck *b, Flow f)
{
	flow_seal(b);
	return f;
}

/* ---- issue 23 (loans27): Flow.sat, a persistent set of loans: inner nodes as a root's (VS_FAN
 * children after their epoch), leaves one 64-bit word after theirs; written in place when made
 * since the last copy or join of a flow (vs_node_owned), else copied along the path ---- */
static const void *sat_leaf(Borrowck *b, uint64_t bits)
{
	uint64_t *c = arena_alloc(b->s->scratch, 2 * sizeof *c);
	c[0] = b->sh->epoch;
	c[1] = bits;
	return c + 1;
}

/* x with loan k in (on) or out, below a node of depth d (d < 0: a leaf) */
static const void *sat_with_rec(Borrowck *b, const void *x, int d, int k, bool on)
{
	if (d < 0) {
		uint64_t old = x ? *(const uint64_t *)x : 0, bit = 1ull << (k & 63);
		uint64_t bits = on ? old | bit : old & ~bit;
		if (bits == old)
			return x;
		if (x && ((const uint64_t *)x)[-1] == b->sh->epoch) {
			*(uint64_t *)x = bits;
			return x;
		}
		return sat_leaf(b, bits);
	}
	int slot = ((k >> 6) >> (VS_BITS * d)) & (VS_FAN - 1);
	const void *child = x ? ((const void *const *)x)[slot] : NULL;
	if (!child && !on)
		return x;
	const void *nc = sat_with_rec(b, child, d - 1, k, on);
	if (nc == child)
		return x;
	const void **c;
	if (vs_node_owned(b, x)) {
		c = (const void **)x;
	} else {
		c = vs_node_new(b, x);
	}
	c[slot] = nc;
	return c;
}

/* x ∪ y below a node of depth d; x itself when it has everything */
static const void *sat_union_rec(Borrowck *b, const void *x, const void *y, int d)
{
	if (x == y || !y)
		return x;
	if (!x)
		return y;
	if (d < 0) {
		uint64_t u = *(const uint64_t *)x | *(const uint64_t *)y;
		return u == *(const uint64_t *)x ? x : sat_leaf(b, u);
	}
	const void *const *xn = x, *const *yn = y;
	const void **c = NULL;
	for (int i = 0; i < VS_FAN; i++) {
		const void *u = sat_union_rec(b, xn[i], yn[i], d - 1);
		if (u == xn[i])
			continue;
		if (!c) {
			c = vs_node_new(b, xn);
		}
		c[i] = u;
	}
	return c ? (const void *)c : x;
}

/* a NULL node's children (every variable below in its initial state) */
static const void *const vs_no_children[VS_FAN];

/* the slots where nodes x and y (their children) differ, bit i for child i: a branch-free pass
 * over the two nodes' words */
static unsigned vs_diff_slots(const void *const *x, const void *const *y)
{
	unsigned m = 0;
	for (int i = 0; i < VS_FAN; i++)
		m |= (unsigned)(x[i] != y[i]) << i;
	return m;
}

/* bcj39: one side initial (NULL), the other as a join with the initial state leaves it (vs_mask
 * 0): the join is the other side, below a node of depth d (d < 0: a leaf, not so decided) */
static bool vs_join_one_sided(const void *x, const void *y, int d, int nkill)
{
	return d >= 0 && !nkill && (!x || !y) && vs_node_ok(x ? x : y);
}

/* x ∪ y below one node of depth d (NULL: initial states), the variables of kill (nkill ids, sorted,
 * in this node's range) taken from y as uninitialised (their st only, as set_st). Issue 23
 * (guard29): y itself when the union is y's (x's pointers may differ from y's where their states
 * are equal), else x itself when it is x's, else a node of the two. Taking y's pointers where
 * equal makes two flows joined with the same flow share its nodes: a match's flow and the arms'
 * out (every arm starts from the one and is joined into the other) differ after the join by what
 * the arm changed, not by what every earlier arm did, and the next join walks only that (N
 * guarded arms were N^2 leaves walked). */
static const void *vs_join_rec(Borrowck *b, const void *x, const void *y, int d, int id, const int *kill, int nkill)
{
	if (x == y && !nkill)
		return x;
	if (d < 0) {
		const VarState *a = x ? x : &vs_none, *c = y ? y : &vs_none;
		VarState dead;
		if (nkill) {
			dead = *c;
			dead.st = ST_UNINIT;
			c = &dead;
		}
		bool own = a->out_own || c->out_own;
		VarState u = {a->st | c->st, own, bits_or(b, a->fields, c->fields, b->nbits[id]), lset_union(b, a->holds, c->holds),
		              inv_join(b, a->pend, c->pend, LLONG_MIN), own ? lset_union(b, vs_out(a), vs_out(c)) : NULL,
		              b->sh->epoch};
		if (!nkill && vs_equal(&u, c))
			return y;
		if (vs_equal(&u, a))
			return x;
		if (vs_equal(&u, &vs_none))
			return NULL;
		VarState *leaf = arena_alloc(b->s->scratch, sizeof *leaf);
		*leaf = u;
		return leaf;
	}
	if (vs_join_one_sided(x, y, d, nkill))
		return x ? x : y;
	const void *const *xn = x ? x : vs_no_children, *const *yn = y ? y : vs_no_children;
	/* perf40 (issue 23): only the slots that differ or hold a killed variable are walked (the
	 * others are the same child on both sides), found by one pass over the two nodes' words */
	unsigned walk = vs_diff_slots(xn, yn);
	for (int k = 0; k < nkill; k++)
		walk |= 1u << ((kill[k] >> (VS_BITS * d)) & (VS_FAN - 1));
	const unsigned walked = walk;
	const void *u[VS_FAN];
	bool allx = true, ally = true;
	for (; walk; walk &= walk - 1) {
		int i = __builtin_ctz(walk), nk = 0;
		while (nk < nkill && ((kill[nk] >> (VS_BITS * d)) & (VS_FAN - 1)) == i)
			nk++;
		const void *xi = xn[i], *yi = yn[i];
		u[i] = vs_join_one_sided(xi, yi, d - 1, nk) ? (xi ? xi : yi) /* (most walked slots: no call) */
		                                            : vs_join_rec(b, xi, yi, d - 1, id + (i << (VS_BITS * d)), kill, nk);
		if (nk) { /* kill is NULL when none: no offset of it (UBSan) */
			kill += nk;
			nkill -= nk;
		}
		allx &= u[i] == xn[i];
		ally &= u[i] == yn[i];
	}
	if (ally)
		return y;
	if (allx)
		return x;
	const void **c = vs_node_new(b, NULL);
	for (int i = 0; i < VS_FAN; i++)
		c[i] = walked >> i & 1 ? u[i] : xn[i];
	for (int i = 0; i < VS_FAN; i++)
		vs_mask_fix(c, d, i);
	return c;
}

/* ---- bcj39 (issue 23): Flow.pred as a trie: node n is bit n of a Flow.sat-like trie ---- */

/* x (d inner levels) as a trie of to levels: x below the first children of new nodes */
static const void *pred_lift(Borrowck *b, const void *x, int d, int to)
{
	for (; x && d < to; d++) {
		const void **c = vs_node_new(b, NULL);
		c[0] = x;
		x = c;
	}
	return x;
}

/* f's pred as a trie of at least the levels node n needs (f->pred1 made a trie) */
static void pred_as_trie(Borrowck *b, Flow *f, int n)
{
	int need = 1;
	if (n < f->pred1 - 1)
		n = f->pred1 - 1;
	while (need < 8 && ((long long)n >> (6 + VS_BITS * need)))
		need++;
	if (f->pdepth < need) {
		f->pred = pred_lift(b, f->pred, f->pdepth, need);
		f->pdepth = need;
	}
	if (f->pred1) {
		f->pred = sat_with_rec(b, f->pred, f->pdepth - 1, f->pred1 - 1, true);
		f->pred1 = 0;
	}
}

/* into's event nodes := into's ∪ from's (nothing to copy when from's is one node into has) */
static void pred_join(Borrowck *b, Flow *into, const Flow *from)
{
	if (!from->pred1 && !from->pred)
		return;
	if (!into->pred1 && !into->pred) {
		into->pred1 = from->pred1, into->pred = from->pred, into->pdepth = from->pdepth;
		return;
	}
	if (from->pred1 && from->pred1 == into->pred1)
		return;
	int n = from->pred1 ? from->pred1 - 1 : 0;
	if (!from->pred1 && from->pdepth)
		n = (int)(64LL << (VS_BITS * (from->pdepth - 1))); /* (as deep as from's) */
	pred_as_trie(b, into, n);
	if (from->pred1) {
		into->pred = sat_with_rec(b, into->pred, into->pdepth - 1, from->pred1 - 1, true);
		return;
	}
	into->pred = sat_union_rec(b, into->pred, pred_lift(b, from->pred, from->pdepth, into->pdepth), into->pdepth - 1);
}

/* tries x (dx inner levels) and y (dy) hold the same nodes */
static bool pred_same_rec(const void *x, int dx, const void *y, int dy)
{
	if (x == y)
		return true;
	if (!x || !y)
		return false;
	if (dx != dy) { /* the deeper one's first child only */
		const void *const *deep = dx > dy ? x : y;
		for (int i = 1; i < VS_FAN; i++)
			if (deep[i])
				return false;
		return dx > dy ? pred_same_rec(deep[0], dx - 1, y, dy) : pred_same_rec(x, dx, deep[0], dy - 1);
	}
	if (dx == 0)
		return *(const uint64_t *)x == *(const uint64_t *)y;
	for (int i = 0; i < VS_FAN; i++)
		if (!pred_same_rec(((const void *const *)x)[i], dx - 1, ((const void *const *)y)[i], dy - 1))
			return false;
	return true;
}

/* a trie holds two nodes or more (pred_join makes one only then), so a single node equals none */
static bool pred_equal(const Flow *x, const Flow *y)
{
	if (x->pred1 || y->pred1 || !x->pred || !y->pred)
		return x->pred1 == y->pred1 && !x->pred == !y->pred;
	return pred_same_rec(x->pred, x->pdepth, y->pred, y->pdepth);
}

/* calls each(b, node, to) for each node of trie x (d inner levels; d < 0: a leaf) */
static void pred_each_rec(Borrowck *b, const void *x, int d, long long lo, int to, void (*each)(Borrowck *, int, int))
{
	if (!x)
		return;
	if (d < 0) {
		for (uint64_t w = *(const uint64_t *)x; w; w &= w - 1)
			each(b, (int)(lo + __builtin_ctzll(w)), to);
		return;
	}
	for (int i = 0; i < VS_FAN; i++)
		pred_each_rec(b, ((const void *const *)x)[i], d - 1, lo + ((long long)i << (VS_BITS * d + 6)), to, each);
}

static void set_st(Borrowck *b, Flow *f, int id, uint8_t st);

/* into := into ∪ from, the variables of kill (nkill ids, sorted) uninitialised in from (set_st):
 * guard29, a guard's false edge, the arm's flow with its bindings dead, made only in the join */
static void flow_join_killing(Borrowck *b, Flow *into, Flow from, const int *kill, int nkill)
{
	if (!from.reachable)
		return;
	if (!into->reachable) {
		*into = flow_copy(b, from);
		for (int i = 0; i < nkill; i++)
			set_st(b, into, kill[i], ST_UNINIT);
		return;
	}
	const void *root = into->root, *sat = into->sat, *pred = into->pred;
	into->root = vs_join_rec(b, into->root, from.root, b->vdepth - 1, 0, kill, nkill);
	/* loans26: a loan saturated in either is in the join (a variable's records are the union) */
	into->sat = sat_union_rec(b, into->sat, from.sat, b->sdepth - 1);
	into->inv = inv_join(b, into->inv, from.inv, b->sh->floor);
	pred_join(b, into, &from);
	/* into may share from's nodes, unless its trees are the ones it had (perf40, issue 23: a
	 * guard's false edge that changes the match's flow in nothing, as `v if v == I`, leaves the
	 * arm's nodes its own, and flow_arm_leave's kill of v writes its leaf in place: a path of
	 * nodes fewer per guarded arm) */
	if (into->root != root || into->sat != sat || into->pred != pred)
		flow_seal(b);
}

/* into := into ∪ from */
static void flow_join(Borrowck *b, Flow *into, Flow from) { flow_join_killing(b, into, from, NULL, 0); }

static bool vs_same_rec(const Borrowck *b, const void *x, const void *y, int d, int id)
{
	if (x == y)
		return true;
	if (d < 0) {
		const VarState *a = x ? x : &vs_none, *c = y ? y : &vs_none;
		return a->st == c->st && bits_equal(a->fields, c->fields, b->nbits[id]) && lset_equal_b((Borrowck *)b, a->holds, c->holds) &&
		       inv_same_loans(a->pend, c->pend) && /* join keeps the first record: only its presence grows */
		       a->out_own == c->out_own && lset_equal_b((Borrowck *)b, a->out, c->out);
	}
	for (int i = 0; i < VS_FAN; i++)
		if (!vs_same_rec(b, x ? ((const void *const *)x)[i] : NULL, y ? ((const void *const *)y)[i] : NULL, d - 1,
		                 id + (i << (VS_BITS * d))))
			return false;
	return true;
}

static bool flow_equal(Borrowck *b, Flow x, Flow y)
{
	if (x.reachable != y.reachable)
		return false;
	if (!x.reachable)
		return true;
	return vs_same_rec(b, x.root, y.root, b->vdepth - 1, 0) && inv_same_loans(x.inv, y.inv) && pred_equal(&x, &y);
}

static bool loan_dead(const Borrowck *b, int k, long long p);
static long long src_pos(int line, int col);

/* Keeps the error at (line, col) as the deferred one (BorrowShared.dmsg) when it comes first:
 * earlier in the source, or at the same place a conflict where the kept one is not. */
static void defer_error(Borrowck *b, int line, int col, const char *msg, bool conflict)
{
	BorrowShared *sh = b->sh;
	long long p = src_pos(line, col), d = src_pos(sh->dline, sh->dcol);
	if (!sh->dmsg || p < d || (p == d && conflict && !sh->dconflict)) {
		sh->dline = line;
		sh->dcol = col;
		sh->dmsg = msg;
		sh->dconflict = conflict;
	}
}

/* A use of a moved value (E0382): deferred in a fn with loans (a conflict at the same access
 * comes first, BorrowShared.dmsg), else the error. Returns when deferred. */
static void moved_error(Borrowck *b, int line, int col, const char *fmt, const char *name)
{
	if (b->rebind && !strncmp(fmt, "use of partially moved value", 28)) { /* moved_again */
		line = b->rebind->line;
		col = b->rebind->col;
		fmt = "use of moved value%s";
		name = "";
	}
	if (b->site_line < 0 && !strcmp(fmt, "use of moved value: `%s`")) /* move_top: counted at the head */
		return;
	if (b->site_line > 0 && !strcmp(fmt, "use of moved value: `%s`")) { /* use_deref_at */
		line = b->site_line;
		col = b->site_col;
		if (b->site_borrow)
			fmt = "borrow of moved value: `%s`";
	}
	if (!b->nloans)
		error_at(b->s, line, col, fmt, name);
	size_t len = strlen(fmt) + (name ? strlen(name) : 0) + 1;
	char *msg = arena_alloc(b->s->scratch, len);
	snprintf(msg, len, fmt, name);
	defer_error(b, line, col, msg, false);
}

static void check_initialized(Borrowck *b, AstVar *v, int line, int col, Flow *f)
{
	uint8_t st = st_of(b, f, v->id);
	if (st & ST_MOVED) {
		moved_error(b, line, col, "use of moved value: `%s`", v->name);
		return;
	}
	if (st & ST_UNINIT)
		error_at(b->s, line, col, st & ST_INIT ? "used binding `%s` is possibly-uninitialized"
		                                       : "used binding `%s` isn't initialized", v->name);
}

static void use_holder(Borrowck *b, const AstVar *v, Flow *f, long long site);
/* the sites of the events (LiveCfg): a position, and what at it */
enum { SITE_USE, SITE_SCOPE_END, SITE_RETURN, SITE_ASSIGN };
static long long site_at(int line, int col, int what);

static void use_var(Borrowck *b, AstVar *v, int line, int col, Flow *f, bool move)
{
	if (!f->reachable)
		return;
	check_initialized(b, v, line, col, f);
	use_holder(b, v, f, site_at(line, col, SITE_USE));
	if (fields_of(b, f, v->id))
		moved_error(b, line, col, "use of partially moved value: `%s`", v->name);
	if (move)
		set_st(b, f, v->id, ST_MOVED);
}

/* The fields with move paths of their own below a value of type t: a struct's, and a
 * one-variant enum's (issue 22: rustc's `(w as A).1` is a child of `w`, and a match of
 * such an enum reads no discriminant, only the places its patterns bind); NULL for
 * the rest (a multi-variant enum's discriminant read uses it whole). */
static const AstField *mp_fields(const AstProgram *p, AstType t, int *n)
{
	if (t.kind == ATY_STRUCT) {
		*n = p->structs[t.id]->nfields;
		return p->structs[t.id]->fields;
	}
	if (t.kind == ATY_ENUM && p->enums[ast_enum_index(t)]->nvariants == 1) {
		*n = p->enums[ast_enum_index(t)]->variants[0].nfields;
		return p->enums[ast_enum_index(t)]->variants[0].fields;
	}
	*n = 0;
	return NULL;
}

/* Issue 23 (loans26): per struct, where each field's move paths start (prefix sums of mp_nodes),
 * made when first asked (a field access scanned the fields before it, N^2 for N fields accessed:
 * `gen.py fieldloans`). slow35: kept in Sema for the program, not per fn (an array of every struct
 * per fn was N^2 bytes for N fns and N structs), with a one-variant enum's count beside it; both
 * filled by mp_fill, a loop, so that a type's count is found once, not once per holder (N structs
 * each holding the next: mp_nodes recursed N deep, from every fn). Per thread: sema may check
 * programs on several. */
static _Thread_local struct MpCache {
	const AstProgram *prog;
	Arena *arena;
	int **off;       /* by struct id, NULL until asked */
	int *enum_nodes; /* by enum index, 1 + its count, 0 until asked */
} mpc;

static const AstField *mp_fields(const AstProgram *p, AstType t, int *n);

/* 1 + the count of t when known without a walk (t holds no fields of move paths, or its count is
 * cached), 0 when not */
static long mp_known(const AstProgram *p, AstType t)
{
	int nf;
	const AstField *fs = mp_fields(p, t, &nf);
	if (!fs)
		return 1 + (t.kind == ATY_ENUM && !ast_type_is_copy(p, t));
	if (mpc.prog != p || !mpc.off)
		return 0;
	if (t.kind == ATY_STRUCT)
		return mpc.off[t.id] ? 1 + (long)mpc.off[t.id][nf] : 0;
	return mpc.enum_nodes[ast_enum_index(t)];
}

/* Fills the cache for t and every type below it, children before parents, with a stack of its own
 * (a type is pushed again once per field that was not known: O(types + fields)). */
static void mp_fill(const AstProgram *p, AstType t)
{
	if (mp_known(p, t))
		return;
	uint32_t n = 0, cap = 64;
	AstType *st = malloc(cap * sizeof *st);
	if (!st)
		internal_error("out of memory");
	st[n++] = t;
	while (n) {
		AstType u = st[n - 1];
		int nf;
		const AstField *fs = mp_fields(p, u, &nf);
		if (mp_known(p, u)) {
			n--;
			continue;
		}
		bool ready = true;
		for (int i = 0; i < nf; i++)
			if (!mp_known(p, fs[i].ty)) {
				if (n == cap) {
					cap *= 2;
					AstType *g = realloc(st, cap * sizeof *st);
					if (!g)
						internal_error("out of memory");
					st = g;
				}
				st[n++] = fs[i].ty;
				ready = false;
			}
		if (!ready)
			continue;
		long sum = 0;
		int *off = u.kind == ATY_STRUCT ? arena_alloc(mpc.arena, ((size_t)nf + 1) * sizeof *off) : NULL;
		for (int i = 0; i < nf; i++) {
			sum += mp_known(p, fs[i].ty); /* 1 + the field's own count */
			if (sum > INT_MAX / 2)
				sum = INT_MAX / 2; /* (a type whose paths double per level: never reached by a fn) */
			if (off)
				off[i + 1] = (int)sum;
		}
		if (off)
			mpc.off[u.id] = off;
		else
			mpc.enum_nodes[ast_enum_index(u)] = 1 + (int)sum;
		n--;
	}
	free(st);
}

/* The move paths below a value of type t: its fields and theirs (rustc's MovePath children).
 * An enum of several variants that is not Copy has one, standing for every `(e as V).i`
 * (a binding moving out of it leaves e partially moved: rustc's "use of partially moved
 * value: `s.g`"; its discriminant read needs them all). */
static int mp_nodes(const AstProgram *p, AstType t)
{
	int nf;
	const AstField *fs = mp_fields(p, t, &nf);
	if (!fs && t.kind == ATY_ENUM && !ast_type_is_copy(p, t))
		return 1;
	if (fs && mpc.prog == p && mpc.off) {
		mp_fill(p, t);
		return (int)mp_known(p, t) - 1;
	}
	int n = 0;
	for (int i = 0; i < nf; i++)
		n += 1 + mp_nodes(p, fs[i].ty);
	return n;
}

/* The bit of field i below a node of type t whose children start at base. */
static const int *mp_offsets(const AstProgram *p, int id);

static int mp_child(const AstProgram *p, AstType t, int base, int i)
{
	int nf;
	const AstField *fs = mp_fields(p, t, &nf);
	const int *off = t.kind == ATY_STRUCT ? mp_offsets(p, t.id) : NULL;
	if (off && i >= 0 && i <= nf) /* a struct pattern's fields (hunt26: N^2 for N bound) */
		return base + off[i];
	for (int j = 0; j < i && j < nf; j++)
		base += 1 + mp_nodes(p, fs[j].ty);
	return base;
}

static const int *mp_offsets(const AstProgram *p, int id)
{
	if (mpc.prog != p || !mpc.off || id < 0 || id >= p->nstructs)
		return NULL;
	if (!mpc.off[id])
		mp_fill(p, (AstType){.kind = ATY_STRUCT, .id = id});
	return mpc.off[id];
}

/* The move path of a field place (a chain of field accesses of a variable), in preorder. */
static int mp_index(const AstProgram *p, const AstExpr *e)
{
	return mp_child(p, e->lhs->ty, e->lhs->kind == EXPR_FIELD ? mp_index(p, e->lhs) + 1 : 0, e->field);
}

typedef struct MovePath {
	int lo, n; /* its own bit, and the number of bits of its subtree (itself included) */
} MovePath;

/* The variable under a chain of field accesses (NULL: a temporary); *mp: the move path of the
 * place e (a variable itself: every bit). */
static AstExpr *field_root(const AstProgram *p, AstExpr *e, MovePath *mp)
{
	AstExpr *r = e;
	while (r->kind == EXPR_FIELD)
		r = r->lhs;
	if (r->kind != EXPR_VAR)
		return NULL;
	if (e == r) {
		mp->lo = 0;
		mp->n = INT_MAX / 2;
	} else {
		mp->lo = mp_index(p, e);
		mp->n = 1 + mp_nodes(p, e->ty);
	}
	return r;
}

/* "`p.a.b`" as rustc names the place: `*r` for a deref, `r.a` for a field
 * behind one (rustc elides the deref of a reference under a field). */
static bool ergo_borrowed_place(const AstExpr *e);

static const char *place_name(Borrowck *b, const AstExpr *e)
{
	if (ergo_borrowed_place(e))
		e = e->lhs->lhs;
	if (e->kind == EXPR_INDEX) { /* `a[_]`, as rustc names an indexed place; `(*r)[_]` is `r[_]` too
		                      * (describe_place elides a deref a projection follows; promo39) */
		const char *base = place_name(b, e->lhs->kind == EXPR_DEREF ? e->lhs->lhs : e->lhs);
		size_t n = strlen(base) + 8;
		char *buf = arena_alloc(b->s->scratch, n);
		snprintf(buf, n, "%s[_]", base);
		return buf;
	}
	if (e->kind == EXPR_DEREF || e->kind == EXPR_FIELD) {
		const AstExpr *base_e = e->lhs;
		if (e->kind == EXPR_FIELD && base_e->kind == EXPR_DEREF)
			base_e = base_e->lhs;
		const char *base = place_name(b, base_e);
		size_t n = strlen(base) + (e->kind == EXPR_FIELD ? strlen(e->name) : 0) + 2;
		char *buf = arena_alloc(b->s->scratch, n);
		if (e->kind == EXPR_DEREF)
			snprintf(buf, n, "*%s", base);
		else
			snprintf(buf, n, "%s.%s", base, e->name);
		return buf;
	}
	return e->kind == EXPR_VAR ? e->var->name : "value";
}

static bool has_move_path(const Borrowck *b, int var, int path)
{
	long long key = (long long)var << 32 | (unsigned)path;
	int lo = 0, hi = b->nmpaths;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (b->mpaths[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < b->nmpaths && b->mpaths[lo] == key;
}

/* rustc names a moved place by the move path closest to it: the nearest of e and its prefixes
 * moved or assigned somewhere in the fn (`&s.a.x` after `let t = s.a;`: `s.a`) */
static const char *moved_name(Borrowck *b, AstExpr *e, const AstVar *v)
{
	AstExpr *a = e;
	while (a->kind == EXPR_FIELD && a->lhs->kind == EXPR_FIELD && !has_move_path(b, v->id, mp_index(b->s->prog, a)))
		a = a->lhs;
	return place_name(b, a);
}

/* A read (or a move, of a non-Copy field) of the place e = v.f...: v must be
 * initialized and no move path of e (nor a prefix's) moved out. */
static void use_field_at(Borrowck *b, AstExpr *e, AstExpr *root, MovePath mp, Flow *f, bool move, int line, int col)
{
	if (!f->reachable)
		return;
	AstVar *v = root->var;
	check_initialized(b, v, line, col, f);
	const uint64_t *x = fields_of(b, f, v->id);
	if (bits_any(x, b->nbits[v->id], mp.lo, mp.n)) {
		if (bits_any(x, b->nbits[v->id], mp.lo, 1)) /* e, or a prefix, moved as a whole */
			moved_error(b, line, col, "use of moved value: `%s`", moved_name(b, e, v));
		else
			moved_error(b, line, col, "use of partially moved value: `%s`", place_name(b, e));
	}
	if (move)
		set_fields(b, f, v->id, bits_with(b, x, b->nbits[v->id], mp.lo, mp.n, true));
}

static void use_field(Borrowck *b, AstExpr *e, AstExpr *root, MovePath mp, Flow *f, bool move)
{
	use_field_at(b, e, root, mp, f, move, e->line, e->col);
}

/* The move path of a captured place: its path of struct fields and one-variant enum
 * fields (`(w as A).1`, capture_one_variant_match) from the variable. */
static MovePath capture_move_path(const AstProgram *p, const AstCapture *c)
{
	MovePath mp = {0, INT_MAX / 2};
	AstType t = c->var->ty;
	int base = 0, nf;
	for (int k = 0; k < c->npath && mp_fields(p, t, &nf); k++) {
		mp.lo = mp_child(p, t, base, c->path[k]);
		t = c->path_ty[k];
		mp.n = 1 + mp_nodes(p, t);
		base = mp.lo + 1;
	}
	return mp;
}

static bool captured_here(const Borrowck *b, const AstVar *v)
{
	return b->body && !declared_inside(v, b->body);
}

static void assign_var(Borrowck *b, AstExpr *place, Flow *f, bool compound)
{
	AstVar *v = place->var;
	if (!f->reachable)
		return;
	if (compound)
		check_initialized(b, v, place->line, place->col, f);
	if (!v->is_mut) {
		if (captured_here(b, v))
			error_at(b->s, place->line, place->col,
			         "cannot assign to `%s`, as it is not declared as mutable", v->name);
		if (st_of(b, f, v->id) & (ST_INIT | ST_MOVED))
			error_at(b->s, place->line, place->col,
			         v->kind == VAR_PARAM ? "cannot assign to immutable argument `%s`"
			                              : "cannot assign twice to immutable variable `%s`", v->name);
	}
	set_st(b, f, v->id, ST_INIT);
	set_fields(b, f, v->id, 0);
}

/* `v.f... = x` / `op=`: v must be initialized (rustc: E0381 "partially assigned
 * binding"), mutable, no prefix of the place moved as a whole (rustc's
 * check_if_assigned_path_is_moved: `s.a.x` and `s.a.g` moved one by one leave `s.a` itself
 * initialised); an assignment of field f itself puts it and its fields back. */
static void assign_field(Borrowck *b, AstExpr *place, Flow *f, bool compound)
{
	MovePath mp;
	AstExpr *root = field_root(b->s->prog, place, &mp);
	if (!root || !f->reachable)
		return;
	AstVar *v = root->var;
	uint8_t st = st_of(b, f, v->id);
	if (st & (ST_UNINIT | ST_MOVED))
		error_at(b->s, place->line, place->col, st & ST_MOVED ? "assign to part of moved value: `%s`"
		         : "partially assigned binding `%s` isn't fully initialized", v->name);
	if (!v->is_mut && captured_here(b, v)) /* rustc names no upvar's binding (pmove26) */
		error_at(b->s, place->line, place->col, "cannot assign to `%s`, as it is not declared as mutable",
		         place_name(b, place));
	if (!v->is_mut)
		error_at(b->s, place->line, place->col, "cannot assign to `%s`, as `%s` is not declared as mutable",
		         place_name(b, place), v->name);
	const uint64_t *x = fields_of(b, f, v->id);
	int nb = b->nbits[v->id];
	for (AstExpr *a = place->lhs; a->kind == EXPR_FIELD; a = a->lhs)
		if (bits_any(x, nb, mp_index(b->s->prog, a), 1))
			error_at(b->s, place->line, place->col, "assign to part of moved value: `%s`", moved_name(b, a, v));
	if (compound && bits_any(x, nb, mp.lo, mp.n))
		error_at(b->s, place->line, place->col, "use of moved value: `%s`", place_name(b, place));
	set_fields(b, f, v->id, bits_with(b, x, nb, mp.lo, mp.n, false));
}

static void flow_expr(Borrowck *b, AstExpr *e, Flow *f);
static void check_body(Borrowck *outer, AstAsyncBlock *ab);

/* ====================================================================== */
/* 4c. Borrow conflicts: loans and their liveness (NLL)                   */
/* ====================================================================== */

/* rustc's NLL borrow checker (rustc_borrowck: E0499, E0502, E0503, E0505, E0506, E0597) for
 * the subset, as a forward dataflow over the same tree walk as 4b. A loan is live from the
 * borrow to the last use of a value that carries it: a reference variable, a future that
 * holds the reference (an async fn's or method's future, an async block's by-reference
 * captures), a call's argument until the call, and what is reborrowed through a deref
 * (`&mut *r` carries r's loans). Rather than computing liveness backwards, an access that
 * conflicts with a loan records itself on every variable the loan may flow into (VarState.pend,
 * pend_add) and on the loan for the values in flight (Flow.inv), and is reported when one of
 * them is used afterwards, which is where the loan is live: the error is located at the
 * access, as rustc's. Places overlap by prefix (fields by index, every index
 * overlaps every index, as rustc's place_conflict); assignments and StorageDead are
 * shallow (a loan of `*r` survives assigning r). The receiver autoref of a method call
 * and a coercion's reborrow of a `&mut` argument are two-phase borrows: reserved (a
 * shared borrow) while the other arguments are evaluated, activated at the call. Drops:
 * an async fn's future is an opaque type, whose drop keeps every loan it carries live
 * (dropck); an async block's does when a local with drop glue is held across one of its
 * awaits (rustc: its coroutine witness needs drop, then its upvars must be use-live;
 * read off 4b's flow at its awaits, witness_at_await), or it holds such a future by value. */

enum { PATH_INDEX = -1, PATH_DEREF = -2 }; /* a path element: a field index, or these */
enum { ACC_READ, ACC_MOVE, ACC_BORROW, ACC_BORROW_MUT, ACC_WRITE, ACC_DEAD };
enum { ACC_RESERVE = 16 }; /* a two-phase borrow's reservation: kind | ACC_RESERVE (access_path) */
/* past these, the fn's conflicts go unchecked (its moves, initialisation and mutability
 * still are): loans, and loans scanned plus conflict records copied (32M: an access scans the
 * loans of its variable that may still be used, so only thousands of them live at once, each
 * scanned by thousands of accesses, cost that much: `&v.b` kept by 6,000 references across
 * 6,000 `&mut v.a`, accepted by rustc; straight-line borrows each dead before the next cost
 * one scan each, at any number) */
enum { LOAN_LIMIT = 1 << 20, LOAN_BUDGET = 1 << 25 };

typedef struct Loan {
	AstVar *root;
	int *path;
	int npath;
	bool mut;
	int line, col; /* the borrow (an async block's `async` for its captures) */
	int next;      /* the next loan rooted at the same variable, -1 */
	bool in_loop;  /* made inside a loop: made again while an earlier instance may be held */
	bool temp;     /* temp33: the borrow of a temporary extended to its let's block (`let r = &mk();`,
	                  `let ref r = mk();`), rooted at r: only r's scope end conflicts with it, rustc's
	                  E0716 "temporary value dropped while borrowed" at the temporary */
	bool stmt_temp; /* tempref36: a statement's temporary (`g(&mk())`), rooted at Borrowck.temp_root: only
	                   the end of its terminating scope (dies: Borrowck.temp_scope) conflicts with it */
	bool extended;  /* temp37: ... extended by its let (AstExpr.extended): dies at the let's block's end */
	const void *dies;
	const AstAsyncBlock *body; /* ... the body it is made in */
} Loan;

/* Loan k, or the loan whose shadow k is */
static const Loan *loan_at(const Borrowck *b, int k) { return &b->loans[k < b->nloans ? k : k - b->nloans]; }
static bool loan_in_loop(const Borrowck *b, int k) { return loan_at(b, k)->in_loop; }

/* A source position as one number, in source order (the columns of one line clamped alike) */
static long long src_pos(int line, int col)
{
	return line <= 0 ? 0 : (long long)line << 22 | (col < (1 << 22) - 1 ? (col > 0 ? col : 0) : (1 << 22) - 1);
}

static long long site_at(int line, int col, int what) { return src_pos(line, col) * 4 + what; }

typedef struct Invalid {
	int line, col;
	const char *msg;
	long long t;   /* BorrowShared.clock at the access */
} Invalid;

/* Of two records of one loan, is y the one to keep? The first in source order (rustc sorts its
 * errors by span); for the values in flight (floor > LLONG_MIN) a record older than the floor
 * concerns no value still in flight, so a newer one replaces it. */
static bool inv_prefer(const Invalid *x, const Invalid *y, long long floor)
{
	bool xs = x->t < floor, ys = y->t < floor;
	if (xs != ys)
		return xs;
	return src_pos(y->line, y->col) < src_pos(x->line, x->col);
}

/* optloan35: a value carries loans when its type contains a reference or a future: a reference,
 * a future, an Option / Result instance (or an array) whose arguments do (`Option<&'a T>` keeps 'a
 * live while it is live: rustc's regions of a type are those of its arguments). Item structs and
 * enums hold no reference (sema refuses reference fields and generic items). */
static bool type_carries_loans(const AstProgram *p, AstType t, int depth)
{
	if (ast_type_is_ref(t) || t.kind == ATY_FN_FUTURE || t.kind == ATY_BLOCK_FUTURE)
		return true;
	if (depth > 64)
		return true;
	if (t.kind == ATY_ARRAY)
		return type_carries_loans(p, ast_array_elem(t), depth + 1);
	if (t.kind != ATY_ENUM || ast_enum_index(t) >= p->nenums)
		return false;
	const AstEnum *en = p->enums[ast_enum_index(t)];
	if (en->generic != GENERIC_OPTION && en->generic != GENERIC_RESULT)
		return false;
	int nargs = en->generic == GENERIC_RESULT ? 2 : 1;
	for (int i = 0; i < nargs; i++)
		if (type_carries_loans(p, en->type_args[i], depth + 1))
			return true;
	return false;
}

static bool carries_loans(const Borrowck *b, AstType t)
{
	return ast_type_is_ref(t) || t.kind == ATY_FN_FUTURE || t.kind == ATY_BLOCK_FUTURE ||
	       ((t.kind == ATY_ENUM || t.kind == ATY_ARRAY) && type_carries_loans(b->s->prog, t, 0));
}

/* The place e as its root variable and projections; NULL: not a variable's place. */
/* match ergonomics (ergo28): a scrutinee `&place` / `&mut place` the patterns test through (sema's
 * ergonomic_scrutinee, an implicit deref of a written borrow) is the place it borrows */
static bool ergo_borrowed_place(const AstExpr *e)
{
	return ast_deref_is_ergo(e) && e->lhs->kind == EXPR_REF;
}

static AstVar *place_path(Borrowck *b, AstExpr *e, int **path, int *n)
{
	if (ergo_borrowed_place(e))
		e = e->lhs->lhs;
	int depth = 0;
	AstExpr *r = e;
	while (r->kind == EXPR_FIELD || r->kind == EXPR_INDEX || r->kind == EXPR_DEREF) {
		depth++;
		r = r->lhs;
	}
	if (r->kind != EXPR_VAR)
		return NULL;
	int *p = arena_alloc(b->s->scratch, (size_t)depth * sizeof *p + sizeof *p);
	int k = depth;
	for (r = e; k > 0; r = r->lhs)
		p[--k] = r->kind == EXPR_FIELD ? r->field : r->kind == EXPR_INDEX ? PATH_INDEX : PATH_DEREF;
	*path = p;
	*n = depth;
	return r->var;
}

static uint32_t map_slot(const Borrowck *b, const void *key)
{
	uint32_t h = (uint32_t)(((uintptr_t)key >> 3) * 2654435761u);
	uint32_t i = h & (b->map_cap - 1);
	while (b->map_key[i] && b->map_key[i] != key)
		i = (i + 1) & (b->map_cap - 1);
	return i;
}

static int loan_of(const Borrowck *b, const void *key)
{
	if (!b->map_cap)
		return -1;
	uint32_t i = map_slot(b, key);
	return b->map_key[i] ? b->map_val[i] : -1;
}

static void map_put(Borrowck *b, const void *key, int id)
{
	if (2 * ((uint32_t)b->nloans + 1) > b->map_cap) {
		const void **ok = b->map_key;
		int *ov = b->map_val;
		uint32_t oc = b->map_cap;
		b->map_cap = oc ? 2 * oc : 64;
		b->map_key = arena_alloc(b->s->scratch, b->map_cap * sizeof *b->map_key);
		b->map_val = arena_alloc(b->s->scratch, b->map_cap * sizeof *b->map_val);
		for (uint32_t i = 0; i < oc; i++)
			if (ok[i]) {
				uint32_t j = map_slot(b, ok[i]);
				b->map_key[j] = ok[i];
				b->map_val[j] = ov[i];
			}
	}
	uint32_t i = map_slot(b, key);
	b->map_key[i] = key;
	b->map_val[i] = id;
}

static void new_loan(Borrowck *b, const void *key, AstVar *root, int *path, int npath, bool mut, int line, int col)
{
	if (b->nloans >= LOAN_LIMIT)
		return;
	map_put(b, key, b->nloans);
	(void)VEC_PUSH(b->s->scratch, b->loans, b->nloans, b->loans_cap);
	Loan *l = &b->loans[b->nloans - 1];
	*l = (Loan){root, path, npath, mut, line, col, b->first_loan[root->id], b->census_loops > 0, false, false, false, NULL, NULL};
	b->first_loan[root->id] = b->nloans - 1;
	b->has_mut_loan[root->id] |= mut;
}

/* Issue 22: the `ref` / `ref mut` bindings of pattern pat matched against the place (root, path):
 * each a loan of its field's place, keyed by its AstSubPattern (every alternative of an
 * or-pattern its own), made at the binding (rustc's BindingMode ByRef: `_n = &place`) */
static void census_ref_bindings(Borrowck *b, const AstPattern *pat, AstVar *root, const int *path, int n);

/* sub-pattern sp of the field at (root, path) */
static void census_ref_sub(Borrowck *b, const AstSubPattern *sp, AstVar *root, int *path, int n)
{
	if (sp->or_pat)
		for (int a = 0; a < sp->or_pat->nalts; a++)
			census_ref_sub(b, &sp->or_pat->alts[a], root, path, n);
	if (sp->var && sp->var->by_ref && b->ergo_whole >= 0) /* rustc: a reborrow through the temporary */
		new_loan(b, sp, root, path, b->ergo_whole, b->ergo_whole_mut, sp->line, sp->col);
	else if (sp->var && sp->var->by_ref)
		new_loan(b, sp, root, path, n, sp->var->by_ref == BY_REF_MUT, sp->line, sp->col);
	for (const AstSubPattern *in = sp->inner; in; in = in->inner) /* `Some(a @ ref b)` (bind30) */
		if (in->var->by_ref)
			new_loan(b, in, root, path, n, in->var->by_ref == BY_REF_MUT, in->line, in->col);
	if (sp->nested && (sp->nested->enm || sp->nested->strukt))
		census_ref_bindings(b, sp->nested, root, path, n);
}

static void census_ref_bindings(Borrowck *b, const AstPattern *pat, AstVar *root, const int *path, int n)
{
	for (int j = 0; j < pat->nsubs; j++) {
		if (pat->subs[j].field < 0)
			continue;
		int *fp = arena_alloc(b->s->scratch, (size_t)(n + 2) * sizeof *fp);
		memcpy(fp, path, (size_t)n * sizeof *fp);
		fp[n] = pat->subs[j].field;
		fp[n + 1] = PATH_DEREF; /* `Some(&E::A(ref x))` (ergo29): the place behind the field */
		census_ref_sub(b, &pat->subs[j], root, fp, n + 1 + (pat->subs[j].deref != 0));
	}
}

static void census_pattern(Borrowck *b, AstExpr *scrut, const AstPattern *pat)
{
	int *path, n;
	AstVar *root;
	if ((pat->enm || pat->strukt) && (root = place_path(b, scrut, &path, &n))) {
		/* match ergonomics on a written borrow (ergo29): rustc's bindings reborrow through the
		 * temporary `_t = &mut place`, so each binding's loan is the whole place's, of the borrow's
		 * mutability, as long as the binding lives (an access to another field is E0506 / E0503) */
		b->ergo_whole = ergo_borrowed_place(scrut) ? n : -1;
		b->ergo_whole_mut = b->ergo_whole >= 0 && scrut->lhs->ref_mut;
		census_ref_bindings(b, pat, root, path, n);
		b->ergo_whole = -1;
	}
}

static void loan_made(Borrowck *b, Flow *f, int k);
static void set_holds(Borrowck *b, Flow *f, const AstVar *v, const LoanSet *x, long long site);
static void scope_end(Borrowck *b, Flow *f, AstVar *v, int line, int col);

/* temp33: a `let` pattern binding a temporary's fields by reference (`let P { ref a, .. } = mkp(n);`):
 * the temporary lives to the block's end (the builder's extend_expr); the temporary's expression */
static inline const AstExpr *temp_ref_let(const AstStmt *st)
{
	if (st->kind != ASTMT_LET || !st->pat || !st->expr || st->expr->is_place || !ast_let_binds_ref(st->let_arm))
		return NULL;
	const AstExpr *x = st->expr;
	while (x->kind == EXPR_FIELD)
		x = x->lhs;
	return x->is_place ? NULL : x;
}

struct TempRefs {
	Borrowck *b;
	Flow *f;
	const AstExpr *temp;
	int what; /* 0: the loans (census), 1: made, held by their bindings, 2: the bindings' scope end */
	int line, col;
};

/* each `ref` binding of such a let: a loan of the temporary rooted at the binding (Loan.temp), made
 * after the statement, E0716 when the binding's scope ends while a variable it flowed into is used */
static void temp_ref_binding(const AstSubPattern *sp, void *cx)
{
	struct TempRefs *t = cx;
	Borrowck *b = t->b;
	if (!sp->var->by_ref)
		return;
	if (t->what == 0) {
		int n0 = b->nloans;
		new_loan(b, sp, sp->var, NULL, 0, sp->var->by_ref == BY_REF_MUT, t->temp->line, t->temp->col);
		if (b->nloans > n0)
			b->loans[n0].temp = true;
		return;
	}
	int k = loan_of(b, sp);
	if (k < 0 || k >= b->nloans || !b->loans[k].temp || !t->f->reachable)
		return;
	if (t->what == 1) {
		loan_made(b, t->f, k);
		set_holds(b, t->f, sp->var, lset_one(b, k), site_at(sp->line, sp->col, SITE_ASSIGN));
	} else {
		scope_end(b, t->f, sp->var, t->line, t->col);
	}
}

static void temp_ref_let_bind(Borrowck *b, Flow *f, const AstStmt *st, const AstExpr *temp, int what, int line,
                              int col)
{
	struct TempRefs t = {b, f, temp, what, line, col};
	/* bc36: `let ref r @ p = mk();` (a `ref` top: rustc's is_binding_pat), the chain's `ref` bindings
	 * too (`ref r @ ref s`); the first alternative's chain (one variable per name in an or-pattern) */
	for (const AstSubPattern *in = ast_arm_top(st->let_arm, 0) ? &st->let_arm->tops[0] : NULL; in; in = in->inner)
		temp_ref_binding(in, &t);
	ast_pattern_each_binding(&st->let_arm->pats[0], temp_ref_binding, &t);
}

/* (the test inline: three calls per statement of every block) */
static inline void temp_ref_let_walk(Borrowck *b, Flow *f, const AstStmt *st, int what, int line, int col)
{
	const AstExpr *temp = temp_ref_let(st);
	if (temp)
		temp_ref_let_bind(b, f, st, temp, what, line, col);
}

/* temp37: `let a @ ref b = mk();` (the parser's temp_at): rustc's is_binding_pat is false under a
 * by-value `a @`, so the temporary is the statement's; each `ref` binding of the top chain holds a
 * statement temporary's loan (Loan.stmt_temp, made after the statement, dying at its end): rustc's
 * E0716 at the temporary when the binding is used later. made: 0 the census, 1 the loans made */
static void at_ref_temp_loans(Borrowck *b, Flow *f, const AstStmt *st, int made)
{
	if (st->kind != ASTMT_LET || !st->pat || !st->expr || st->expr->is_place || !st->let_arm->tops ||
	    st->let_arm->npats != 1 || st->let_arm->tops[0].var->by_ref)
		return;
	for (const AstSubPattern *in = st->let_arm->tops[0].inner; in; in = in->inner) {
		if (!in->var->by_ref)
			continue;
		if (!made) {
			int n0 = b->nloans;
			new_loan(b, in, b->temp_root, NULL, 0, in->var->by_ref == BY_REF_MUT, st->expr->line, st->expr->col);
			if (b->nloans > n0) {
				b->loans[n0].temp = b->loans[n0].stmt_temp = true;
				b->loans[n0].dies = st;
				b->loans[n0].body = in->var->owner;
			}
			continue;
		}
		int k = loan_of(b, in);
		if (k < 0 || k >= b->nloans || !b->loans[k].stmt_temp || !f->reachable)
			continue;
		loan_made(b, f, k);
		set_holds(b, f, in->var, lset_one(b, k), site_at(in->line, in->col, SITE_ASSIGN));
	}
}

static void census_lets(Borrowck *b, AstBlock *blk)
{
	for (int i = 0; i < blk->nstmts; i++) {
		const AstStmt *st = &blk->stmts[i];
		if (st->kind == ASTMT_LET && st->var && st->expr && st->expr->kind == EXPR_REF &&
		    !st->expr->lhs->is_place && ast_extended_temp(st->expr->lhs)) { /* temp33 */
			int n0 = b->nloans;
			new_loan(b, st->expr, st->var, NULL, 0, st->expr->ref_mut, st->expr->lhs->line, st->expr->lhs->col);
			if (b->nloans > n0)
				b->loans[n0].temp = true;
		}
		temp_ref_let_walk(b, NULL, st, 0, 0, 0);
		at_ref_temp_loans(b, NULL, st, 0);
		if (blk->stmts[i].kind == ASTMT_LET && blk->stmts[i].pat && blk->stmts[i].expr) {
			const AstMatchArm *a = blk->stmts[i].let_arm;
			int *path, n;
			AstVar *root;
			for (int k = 0; k < a->npats; k++) {
				for (const AstSubPattern *in = ast_arm_top(a, k) ? &a->tops[k] : NULL; in; in = in->inner)
					if (in->var->by_ref && (root = place_path(b, blk->stmts[i].expr, &path, &n))) /* `let ref r @ p` (bind30) */
						new_loan(b, in, root, path, n, in->var->by_ref == BY_REF_MUT, in->line, in->col);
				census_pattern(b, blk->stmts[i].expr, &a->pats[k]);
			}
		}
	}
}

/* The census: every borrow of a variable's place, every by-reference capture. */
static void census_expr(Sema *s, AstExpr *e)
{
	Borrowck *b = s->visit_ctx;
	if (e->kind == EXPR_REF) {
		int *path, n;
		AstVar *root = place_path(b, e->lhs, &path, &n);
		if (root) {
			new_loan(b, e, root, path, n, e->ref_mut, e->line, e->col);
		} else if (!e->lhs->is_place && ast_extended_temp(e->lhs) && loan_of(b, e) < 0) {
			int n0 = b->nloans; /* tempref36: a statement's temporary (not a let's extended one) */
			new_loan(b, e, b->temp_root, NULL, 0, e->ref_mut, e->lhs->line, e->lhs->col);
			if (b->nloans > n0) {
				b->loans[n0].temp = b->loans[n0].stmt_temp = true;
				b->loans[n0].extended = e->extended; /* temp37 */
				b->loans[n0].body = s->async_block;
			}
		}
	} else if (e->kind == EXPR_ASYNC) {
		AstAsyncBlock *ab = e->async_block;
		for (int i = 0; i < ab->ncaptures; i++)
			if (ab->captures[i].mode != CAPTURE_BY_VALUE) /* the captured place: `x` or `x.f` */
				new_loan(b, &ab->captures[i], ab->captures[i].var,
				         ab->captures[i].npath ? ab->captures[i].path : NULL, ab->captures[i].npath,
				         ab->captures[i].mode == CAPTURE_BY_MUT_REF, ab->line, ab->col);
	}
	bool loop = e->kind == EXPR_LOOP || e->kind == EXPR_WHILE;
	b->census_loops += loop;
	if (e->kind == EXPR_MATCH)
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++) {
				const AstVar *tv = ast_arm_top(&e->arms[i], k);
				int *path, n;
				AstVar *root;
				for (const AstSubPattern *in = tv ? &e->arms[i].tops[k] : NULL; in; in = in->inner)
					if (in->var->by_ref && (root = place_path(b, e->lhs, &path, &n))) /* `ref x =>` (tops28),
					                                                                 `a @ ref b` (bind30) */
						new_loan(b, in, root, path, n, in->var->by_ref == BY_REF_MUT, in->line, in->col);
				census_pattern(b, e->lhs, &e->arms[i].pats[k]);
			}
	if (e->kind == EXPR_BLOCK || e->kind == EXPR_LOOP || e->kind == EXPR_WHILE || e->kind == EXPR_IF)
		census_lets(b, e->block);
	if (e->kind == EXPR_ASYNC)
		census_lets(b, e->async_block->body);
	visit_children(s, e, census_expr);
	b->census_loops -= loop;
}

static bool ast_needs_drop(Borrowck *b, AstType t, int depth);

/* ---- issue 23: where a reference variable is last used ----
 * A loan no variable that may still be used holds, and no value being computed carries, is never
 * used again: the accesses after that point need not scan it, nor keep its conflict record. A
 * reference variable r (a let or a parameter) declared in block B is never used past the end of
 * the statement of B holding its last use in source order (the walk goes in source order but for
 * loops, and a loop using r but not declaring it is inside that statement; a value read from r is
 * carried at most to the end of that statement, or out of a block's tail to the statement around
 * it). Statement ends are positions (src_pos) including nested blocks' closing braces, so every
 * point the walk checks inside the statement is before it. */
typedef struct LastUse {
	Borrowck *b;
	AstBlock **blk;     /* the blocks being walked, outermost first */
	int *cur;           /* per block: the statement being walked (a serial), -1: none (a body's tail) */
	int depth;
	uint32_t blk_cap, cur_cap;
	long long maxpos;   /* the largest position walked */
	long long *stmt_end; /* by serial */
	int nserial;
	uint32_t end_cap;
	int *serial;        /* by var id: the statement of its last use; -2: none yet, -1: never dead */
} LastUse;

static void lu_expr(Sema *s, AstExpr *e);
static bool is_holder(const Borrowck *b, const AstVar *v);

static void lu_block(LastUse *lu, AstBlock *blk)
{
	int d = lu->depth;
	*(AstBlock **)VEC_PUSH(lu->b->s->scratch, lu->blk, lu->depth, lu->blk_cap) = blk;
	int dd = d;
	(void)VEC_PUSH(lu->b->s->scratch, lu->cur, dd, lu->cur_cap);
	for (int i = 0; i < blk->nstmts; i++) {
		int serial = lu->nserial;
		(void)VEC_PUSH(lu->b->s->scratch, lu->stmt_end, lu->nserial, lu->end_cap);
		lu->cur[d] = serial;
		if (blk->stmts[i].expr)
			lu_expr(lu->b->s, blk->stmts[i].expr);
		if (ast_let_else(&blk->stmts[i])) /* flow40 */
			lu_expr(lu->b->s, ast_let_else(&blk->stmts[i]));
		lu->stmt_end[serial] = lu->maxpos;
	}
	if (blk->tail) { /* the tail's value is carried to the statement around the block */
		lu->cur[d] = d > 0 ? lu->cur[d - 1] : -1;
		lu_expr(lu->b->s, blk->tail);
	}
	long long end = src_pos(blk->end_line, blk->end_col);
	if (end > lu->maxpos)
		lu->maxpos = end;
	lu->depth = d;
}

static void lu_expr(Sema *s, AstExpr *e)
{
	LastUse *lu = s->visit_ctx;
again:;
	long long pos = src_pos(e->line, e->col);
	if (pos > lu->maxpos)
		lu->maxpos = pos;
	switch (e->kind) {
	case EXPR_VAR: {
		AstVar *v = e->var;
		if (!v || lu->serial[v->id] == -1)
			return;
		int d = -1;
		if (v->kind == VAR_PARAM)
			d = 0;
		else
			for (int k = lu->depth - 1; k >= 0 && d < 0; k--)
				if (lu->blk[k] == v->scope)
					d = k;
		lu->serial[v->id] = d < 0 || !pos ? -1 : lu->cur[d];
		return;
	}
	case EXPR_BLOCK: case EXPR_LOOP:
		lu_block(lu, e->block);
		return;
	case EXPR_WHILE:
		lu_expr(s, e->cond);
		lu_block(lu, e->block);
		return;
	case EXPR_IF:
		lu_expr(s, e->cond);
		lu_block(lu, e->block);
		if (e->els) { /* an else-if chain in a loop (issue 23) */
			e = e->els;
			goto again;
		}
		return;
	case EXPR_MATCH: /* an if-let chain in a loop (iflet25) */
		if ((e = visit_match_head(s, e, lu_expr)))
			goto again;
		return;
	case EXPR_ASYNC:
		lu_block(lu, e->async_block->body);
		return;
	default:
		visit_children(s, e, lu_expr);
	}
}

/* Borrowck.killpos of every reference variable (LLONG_MAX: any other, never dead) */
static void last_uses(Borrowck *b)
{
	AstFn *fn = b->fn;
	LastUse lu = {0};
	lu.b = b;
	lu.serial = arena_alloc(b->s->scratch, ((size_t)fn->nvars + 1) * sizeof *lu.serial);
	for (int i = 0; i < fn->nvars; i++)
		lu.serial[i] = is_holder(b, fn->vars[i]) && ast_type_is_ref(fn->vars[i]->ty) ? -2 : -1;
	void *saved = b->s->visit_ctx;
	b->s->visit_ctx = &lu;
	lu_block(&lu, fn->body);
	b->s->visit_ctx = saved;
	for (int i = 0; i < fn->nvars; i++)
		b->killpos[i] = lu.serial[i] == -2 ? -1 : lu.serial[i] < 0 ? LLONG_MAX : lu.stmt_end[lu.serial[i]];
	b->killpos[fn->nvars] = LLONG_MAX;
}

static void loan_flows(Borrowck *b);
static void rl_leaves(Borrowck *b, AstExpr *e);
static void rl_visit(Sema *s, AstExpr *e);

static long long loan_bucket_key(const Loan *l)
{
	int first = l->npath && l->path[0] >= 0 ? l->path[0] + 1 : 0;
	return (long long)(2 * l->root->id + l->mut) << 32 | (unsigned)first;
}

static int ll_cmp(const void *x, const void *y);
static int bucket_find(const Borrowck *b, long long key);

/* The buckets of the loans (Borrowck.bucket_key): one per distinct key, sorted. */
static void loan_buckets(Borrowck *b)
{
	int nl = b->nloans, nv = b->fn->nvars;
	long long *keys = arena_alloc(b->s->scratch, ((size_t)nl + 1) * sizeof *keys);
	for (int k = 0; k < nl; k++)
		keys[k] = loan_bucket_key(&b->loans[k]);
	qsort(keys, (size_t)nl, sizeof *keys, ll_cmp);
	int n = 0;
	for (int k = 0; k < nl; k++)
		if (!n || keys[n - 1] != keys[k])
			keys[n++] = keys[k];
	b->bucket_key = keys;
	b->nbuckets = n;
	b->bucket_of = arena_alloc(b->s->scratch, ((size_t)nl + 1) * sizeof *b->bucket_of);
	for (int k = 0; k < nl; k++)
		b->bucket_of[k] = bucket_find(b, loan_bucket_key(&b->loans[k]));
	b->bucket_lo = arena_alloc(b->s->scratch, (2 * (size_t)nv + 4) * sizeof *b->bucket_lo);
	for (int rm = 0, i = 0; rm <= 2 * nv + 3; rm++) { /* nv: temp_root's (tempref36) */
		while (i < n && (b->bucket_key[i] >> 32) < rm)
			i++;
		b->bucket_lo[rm] = i;
	}
}

/* The bucket of key, or -1 */
static int bucket_find(const Borrowck *b, long long key)
{
	int lo = 0, hi = b->nbuckets;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (b->bucket_key[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < b->nbuckets && b->bucket_key[lo] == key ? lo : -1;
}

static void loans_init(Borrowck *b)
{
	AstFn *fn = b->fn;
	b->first_loan = arena_alloc(b->s->scratch, ((size_t)fn->nvars + 1) * sizeof *b->first_loan);
	b->holder = arena_alloc(b->s->scratch, ((size_t)fn->nvars + 1) * sizeof *b->holder);
	b->holder_vars = arena_alloc(b->s->scratch, ((size_t)fn->nvars + 1) * sizeof *b->holder_vars);
	b->has_mut_loan = arena_alloc(b->s->scratch, (size_t)fn->nvars + 1);
	/* tempref36: the statement temporaries' root, no variable (the arrays by var id have a slot more) */
	b->temp_root = arena_alloc(b->s->scratch, sizeof *b->temp_root);
	b->temp_root->id = fn->nvars;
	b->temp_root->name = "temporary value";
	b->temp_root->kind = VAR_LET;
	b->first_loan[fn->nvars] = -1;
	b->holder[fn->nvars] = -1;
	for (int i = 0; i < fn->nvars; i++) {
		b->first_loan[i] = -1;
		b->holder[i] = -1;
		if (carries_loans(b, fn->vars[i]->ty)) {
			b->holder_vars[b->nholders] = i;
			b->holder[i] = b->nholders++;
		}
	}
	void *saved = b->s->visit_ctx;
	AstAsyncBlock *saved_ab = b->s->async_block;
	b->s->visit_ctx = b;
	census_lets(b, fn->body);
	visit_block(b->s, fn->body, census_expr);
	b->s->visit_ctx = saved;
	b->s->async_block = saved_ab;
	if (b->nloans >= LOAN_LIMIT) /* a documented limit: unchecked */
		b->nloans = 0;
	if (!b->nloans)
		b->nholders = 0;
	size_t nl = 2 * (size_t)b->nloans + 1; /* the loans and their shadows */
	b->reserved = arena_alloc(b->s->scratch, nl);
	b->death = arena_alloc(b->s->scratch, nl * sizeof *b->death);
	b->inflight = arena_alloc(b->s->scratch, nl);
	b->active = arena_alloc(b->s->scratch, nl);
	b->act_next = arena_alloc(b->s->scratch, nl * sizeof *b->act_next);
	b->act_prev = arena_alloc(b->s->scratch, nl * sizeof *b->act_prev);
	b->sat = arena_alloc(b->s->scratch, nl);
	b->flight = arena_alloc(b->s->scratch, nl * sizeof *b->flight);
	for (size_t k = 0; k < nl; k++) {
		b->death[k] = -1;
		b->flight[k] = LLONG_MIN;
	}
	loan_buckets(b);
	b->act_head = arena_alloc(b->s->scratch, ((size_t)b->nbuckets + 1) * sizeof *b->act_head);
	b->killpos = arena_alloc(b->s->scratch, ((size_t)fn->nvars + 1) * sizeof *b->killpos);
	for (int i = 0; i < b->nbuckets; i++)
		b->act_head[i] = -1;
	b->inv_prune_at = 64;
	if (b->nloans)
		last_uses(b);
	if (b->nloans) { /* optloan35: the returned values (E0515) */
		void *ctx = b->s->visit_ctx;
		b->s->visit_ctx = b;
		rl_leaves(b, fn->body->tail);
		visit_block(b->s, fn->body, rl_visit);
		b->s->visit_ctx = ctx;
	}
	loan_flows(b);
	b->witness_drop = arena_alloc(b->s->scratch, (size_t)fn->nasync + 1);
	b->first_drop_var = arena_alloc(b->s->scratch, ((size_t)fn->nasync + 1) * sizeof *b->first_drop_var);
	b->next_drop_var = arena_alloc(b->s->scratch, ((size_t)fn->nvars + 1) * sizeof *b->next_drop_var);
	for (int i = 0; i < fn->nasync; i++)
		b->first_drop_var[i] = -1;
	for (int i = fn->nvars - 1; i >= 0; i--) {
		AstVar *v = fn->vars[i];
		b->next_drop_var[i] = -1;
		if (v->owner && b->nloans && ast_needs_drop(b, v->ty, 0)) {
			b->next_drop_var[i] = b->first_drop_var[v->owner->index_in_fn];
			b->first_drop_var[v->owner->index_in_fn] = i;
		}
	}
}

static bool is_holder(const Borrowck *b, const AstVar *v) { return b->nholders && b->holder[v->id] >= 0; }

/* ---- optloan35: E0515, a returned value holding a loan of the body's own data ----
 * rustc: the region of a returned `Option<&'a T>` outlives the body, so a loan of a local or a
 * parameter (not a place behind a reference) in it is "cannot return value referencing local
 * variable", at the expression whose value goes to the return place (a tail, a branch's or arm's
 * value, a `return`'s operand). */
static uint32_t rl_slot(const Borrowck *b, const void *key)
{
	uint32_t i = (uint32_t)(((uintptr_t)key >> 3) * 2654435761u) & (b->rl_cap - 1);
	while (b->rl_key[i] && b->rl_key[i] != key)
		i = (i + 1) & (b->rl_cap - 1);
	return i;
}

static bool rl_has(const Borrowck *b, const void *key)
{
	return b->rl_cap && b->rl_key[rl_slot(b, key)] == key;
}

static void rl_put(Borrowck *b, const void *key)
{
	if (2 * (b->rl_n + 1) > b->rl_cap) {
		const void **ok = b->rl_key;
		uint32_t oc = b->rl_cap;
		b->rl_cap = oc ? 2 * oc : 16;
		b->rl_key = arena_alloc(b->s->scratch, b->rl_cap * sizeof *b->rl_key);
		memset(b->rl_key, 0, b->rl_cap * sizeof *b->rl_key);
		for (uint32_t i = 0; i < oc; i++)
			if (ok[i])
				b->rl_key[rl_slot(b, ok[i])] = ok[i];
	}
	uint32_t i = rl_slot(b, key);
	if (!b->rl_key[i]) {
		b->rl_key[i] = key;
		b->rl_n++;
	}
}

static void rl_leaves(Borrowck *b, AstExpr *e)
{
	for (;;) {
		if (!e || !carries_loans(b, e->ty))
			return;
		if (e->kind == EXPR_BLOCK) {
			e = e->block->tail;
		} else if (e->kind == EXPR_IF) {
			rl_leaves(b, e->block->tail);
			e = e->els;
		} else if (e->kind == EXPR_MATCH) {
			for (int i = 0; i + 1 < e->narms; i++)
				rl_leaves(b, e->arms[i].body);
			e = e->narms ? e->arms[e->narms - 1].body : NULL;
		} else {
			rl_put(b, e);
			return;
		}
	}
}

static void rl_visit(Sema *s, AstExpr *e)
{
	Borrowck *b = s->visit_ctx;
	if (e->kind == EXPR_RETURN && e->lhs)
		rl_leaves(b, e->lhs);
	if (e->kind == EXPR_ASYNC && e->async_block->body->tail)
		rl_leaves(b, e->async_block->body->tail);
	visit_children(s, e, rl_visit);
}

/* bc37: the value an await leaf returns (`keep(Some(&y)).await` as a tail, a `return` operand, an
 * arm's or a branch's value) is rustc's E0597 "`y` does not live long enough" at the borrow (E0716
 * at a temporary), the first by position, not E0515 at the leaf (rustc 1.95; through a `let` or a
 * call it is E0515) */
static void return_escape_await(Borrowck *b, const Loan *first)
{
	size_t len = strlen(first->root->name) + 64;
	char *msg = arena_alloc(b->s->scratch, len);
	if (first->temp)
		snprintf(msg, len, "temporary value dropped while borrowed");
	else
		snprintf(msg, len, "`%s` does not live long enough", first->root->name);
	if (b->sh->loop_depth > 0) {
		defer_error(b, first->line, first->col, msg, true);
		return;
	}
	b->sh->raising_conflict = true;
	error_at(b->s, first->line, first->col, "%s", msg);
}

static void return_escape(Borrowck *b, const AstExpr *e)
{
	const Loan *first = NULL; /* an await leaf's (return_escape_await) */
	LSET_EACH(b->val, y, i) {
		const Loan *l = loan_at(b, y->id[i]);
		bool behind = false;
		for (int j = 0; j < l->npath && !behind; j++)
			behind = l->path[j] == PATH_DEREF;
		bool moved_in = false; /* an async block's by-value capture: its own data (rustc: "local data") */
		for (int c = 0; b->body && !behind && c < b->body->ncaptures; c++)
			moved_in |= b->body->captures[c].var == l->root && b->body->captures[c].mode == CAPTURE_BY_VALUE;
		if (behind || ((l->stmt_temp ? l->body : l->root->owner) != b->body && !moved_in))
			continue;
		if (e->kind == EXPR_AWAIT) {
			if (!first || src_pos(l->line, l->col) < src_pos(first->line, first->col))
				first = l;
			continue;
		}
		const char *what = l->temp ? "temporary value" : moved_in ? "local data"
		                 : l->root->kind == VAR_PARAM ? "function parameter" : "local variable";
		size_t len = strlen(what) + strlen(l->root->name) + 64;
		char *msg = arena_alloc(b->s->scratch, len);
		if (l->temp)
			snprintf(msg, len, "cannot return value referencing %s", what);
		else
			snprintf(msg, len, "cannot return value referencing %s `%s`", what, l->root->name);
		if (b->sh->loop_depth > 0) {
			defer_error(b, e->line, e->col, msg, true);
			return;
		}
		b->sh->raising_conflict = true;
		error_at(b->s, e->line, e->col, "%s", msg);
	}
	if (first)
		return_escape_await(b, first);
}

/* loan34: loan l borrows the holder variable itself (`&r`, `&mut r` of a reference r): rustc's
 * `&'a &'b T` is well-formed only with 'b: 'a, so the new reference keeps the loans r holds live */
static bool borrows_holder(const Borrowck *b, const Loan *l)
{
	return !l->npath && is_holder(b, l->root);
}

/* ---- issue 22: the variables each loan may ever flow into ----
 * rustc's loan is live where its region is, and the region holds every point where a variable
 * the loan flows into (by subtyping constraints, wherever in the body they are) is live: a loan
 * moved into `q` on one branch is live on the other branch wherever q is. The flows mirror
 * flow_expr's values (Borrowck.val): a `let` or an assignment of a holder variable takes the
 * loans of its value, made there or carried by the variables read into it. */
typedef struct FlowEdges {
	Borrowck *b;
	int *src;   /* a loan k >= 0, or a holder variable h as -1 - h */
	int *dst;   /* a holder variable */
	int n;
	uint32_t src_cap, dst_cap;
	/* bc37: the values assigned to holders (a let's initializer, an assignment's right side), and
	 * the awaits of holder variables flowing into holders: their edges are made once every
	 * assignment is known (flows_awaits) */
	int *def_h;
	const AstExpr **def_e;
	int ndefs;
	uint32_t def_h_cap, def_e_cap;
	int *aw_h, *aw_dst;
	int naw;
	uint32_t aw_h_cap, aw_dst_cap;
	bool *let_var; /* by holder: the variable of a `let x` statement */
} FlowEdges;

static void flow_edge(FlowEdges *fe, int src, int dst)
{
	int n = fe->n;
	*VEC_PUSH(fe->b->s->scratch, fe->src, n, fe->src_cap) = src;
	*VEC_PUSH(fe->b->s->scratch, fe->dst, fe->n, fe->dst_cap) = dst;
}

/* optloan35: a method taking `&self` / `&mut self`: its elided output lifetime is self's (rustc's
 * lifetime elision, rustc_resolve late/lifetimes: the output's elided lifetimes are self's when self
 * is a reference, else the only input lifetime's; more inputs than one are a superset) */
static bool result_self(const AstExpr *e)
{
	return e->callee && (e->callee->self_kind == SELF_REF || e->callee->self_kind == SELF_REF_MUT);
}

static bool sync_result_self(const AstExpr *e)
{
	return e->callee && !e->callee->is_async && result_self(e);
}

/* bc36: the async call whose future an await consumes (NULL: another future, a variable's, a
 * block's) */
static const AstExpr *awaited_call(const AstExpr *e)
{
	const AstExpr *c = e->lhs;
	return c->kind == EXPR_CALL && c->callee && c->callee->is_async ? c : NULL;
}

/* bc37: holder h is assigned e */
static void flows_def(FlowEdges *fe, int h, const AstExpr *e)
{
	int n = fe->ndefs;
	*VEC_PUSH(fe->b->s->scratch, fe->def_h, n, fe->def_h_cap) = h;
	*VEC_PUSH(fe->b->s->scratch, fe->def_e, fe->ndefs, fe->def_e_cap) = e;
}

static void flows_into(FlowEdges *fe, AstExpr *e, int dst);

/* flow40: the values of the `break`s to a loop or labeled block flow where its value does */
typedef struct BreakValues {
	FlowEdges *fe;
	const AstExpr *target;
	int dst;
} BreakValues;

static void break_values_visit(Sema *s, AstExpr *e)
{
	BreakValues *bv = s->visit_ctx;
	if (e->kind == EXPR_BREAK && e->loop == bv->target && e->lhs)
		flows_into(bv->fe, e->lhs, bv->dst);
	if (e->kind != EXPR_ASYNC) /* no break leaves an async block */
		visit_children(s, e, break_values_visit);
}

static void flows_from_breaks(FlowEdges *fe, AstExpr *e, int dst)
{
	BreakValues bv = {fe, e, dst};
	Sema *s = fe->b->s;
	void *ctx = s->visit_ctx;
	AstStmt *vst = s->visit_stmt;
	s->visit_ctx = &bv;
	visit_block(s, e->block, break_values_visit);
	s->visit_ctx = ctx;
	s->visit_stmt = vst;
}

static void flows_into(FlowEdges *fe, AstExpr *e, int dst)
{
	Borrowck *b = fe->b;
again:
	if (!carries_loans(b, e->ty))
		return;
	switch (e->kind) {
	case EXPR_VAR:
		if (!e->mention_only && is_holder(b, e->var))
			flow_edge(fe, -1 - b->holder[e->var->id], dst);
		return;
	case EXPR_REF: {
		int k = loan_of(b, e);
		if (k < 0 || k >= b->nloans) { /* `&*(&g)`, a coercion's reborrow of a temporary */
			AstExpr *r = e->lhs;
			while (r->kind == EXPR_FIELD || r->kind == EXPR_INDEX || r->kind == EXPR_DEREF)
				r = r->lhs;
			flows_into(fe, r, dst);
			return;
		}
		flow_edge(fe, k, dst);
		const Loan *l = &b->loans[k];
		if (l->npath && l->path[0] == PATH_DEREF && is_holder(b, l->root))
			flow_edge(fe, -1 - b->holder[l->root->id], dst);
		else if (borrows_holder(b, l))
			flow_edge(fe, -1 - b->holder[l->root->id], dst);
		return;
	}
	case EXPR_BLOCK:
		if (e->name && e->has_break) /* flow40: a labeled block's breaks' values */
			flows_from_breaks(fe, e, dst);
		if (e->block->tail)
			flows_into(fe, e->block->tail, dst);
		return;
	case EXPR_LOOP: /* flow40: its breaks' values */
		flows_from_breaks(fe, e, dst);
		return;
	case EXPR_IF:
		if (e->block->tail)
			flows_into(fe, e->block->tail, dst);
		if (e->els) { /* an else-if chain in a loop (issue 23) */
			e = e->els;
			goto again;
		}
		return;
	case EXPR_MATCH:
		for (int i = 0; i + 1 < e->narms; i++)
			flows_into(fe, e->arms[i].body, dst);
		if (e->narms) { /* an if-let chain in a loop (iflet25) */
			e = e->arms[e->narms - 1].body;
			goto again;
		}
		return;
	case EXPR_CALL: /* an async call's future, a sync call's value containing a reference (flow_expr) */
		for (int i = 0; i < e->nargs; i++)
			if (i == 0 || !sync_result_self(e))
				flows_into(fe, e->args[i], dst);
		return;
	case EXPR_STRUCT: /* optloan35: an aggregate, its operands' */
		for (int i = 0; i < e->ninits; i++)
			flows_into(fe, e->inits[i].value, dst);
		return;
	case EXPR_VARIANT:
		for (int i = 0; i < e->nvinits; i++)
			flows_into(fe, e->vinits[i].value, dst);
		return;
	case EXPR_ARRAY:
		for (int i = 0; i < e->nargs; i++)
			flows_into(fe, e->args[i], dst);
		return;
	case EXPR_REPEAT:
		flows_into(fe, e->lhs, dst);
		return;
	case EXPR_ASYNC: {
		AstAsyncBlock *ab = e->async_block;
		for (int i = 0; i < ab->ncaptures; i++) {
			AstCapture *c = &ab->captures[i];
			int k = loan_of(b, c);
			if (k >= 0 && k < b->nloans)
				flow_edge(fe, k, dst);
			if (is_holder(b, c->var)) /* by value; optloan35: by reference too (loan34's rule) */
				flow_edge(fe, -1 - b->holder[c->var->id], dst);
		}
		return;
	}
	case EXPR_AWAIT: { /* bc36: the output's loans (the type's check above: only if it holds a reference) */
		const AstExpr *c = awaited_call(e);
		if (c && c->nargs && result_self(c)) {
			flows_into(fe, c->args[0], dst);
			return;
		}
		if (e->lhs->kind == EXPR_VAR && !e->lhs->mention_only && is_holder(b, e->lhs->var)) { /* bc37 */
			int n = fe->naw;
			*VEC_PUSH(b->s->scratch, fe->aw_h, n, fe->aw_h_cap) = b->holder[e->lhs->var->id];
			*VEC_PUSH(b->s->scratch, fe->aw_dst, fe->naw, fe->aw_dst_cap) = dst;
			return;
		}
		flows_into(fe, e->lhs, dst);
		return;
	}
	case EXPR_DEREF: case EXPR_UNARY: case EXPR_CAST: case EXPR_FIELD: case EXPR_INDEX:
		flows_into(fe, e->lhs, dst);
		return;
	default:
		return;
	}
}

/* a by-ref binding's loan (keyed by `key`) flows into its variable, and so does the reference it was
 * borrowed through (a loan whose path derefs a holder) */
static void flows_ref_binding(FlowEdges *fe, const AstVar *var, const AstSubPattern *key)
{
	Borrowck *b = fe->b;
	int k;
	if (!var->by_ref || !is_holder(b, var) || (k = loan_of(b, key)) < 0 || k >= b->nloans)
		return;
	flow_edge(fe, k, b->holder[var->id]);
	const Loan *l = &b->loans[k];
	for (int i = 0; i <= l->npath; i++)
		if ((i == l->npath || l->path[i] == PATH_DEREF) && is_holder(b, l->root)) {
			flow_edge(fe, -1 - b->holder[l->root->id], b->holder[var->id]);
			break;
		}
}

/* Issue 22: a `ref` binding holds its loan (and a reborrow through a reference scrutinee, what
 * that reference holds) */
static void flows_ref_sub(FlowEdges *fe, const AstSubPattern *sp)
{
	if (sp->or_pat)
		for (int a = 0; a < sp->or_pat->nalts; a++)
			flows_ref_sub(fe, &sp->or_pat->alts[a]);
	if (sp->nested)
		for (int j = 0; j < sp->nested->nsubs; j++)
			flows_ref_sub(fe, &sp->nested->subs[j]);
	if (sp->var)
		flows_ref_binding(fe, sp->var, sp);
	for (const AstSubPattern *in = sp->inner; in; in = in->inner) /* `Some(a @ ref b)` (bind30) */
		flows_ref_binding(fe, in->var, in);
}

/* a top binding's (key: its loan's, the arm's tops[k]; sp: the same without its subpattern) */
static void flows_ref_top(FlowEdges *fe, const AstSubPattern *sp, const AstSubPattern *key)
{
	flows_ref_binding(fe, sp->var, key);
}

static void flows_ref_pattern(FlowEdges *fe, const AstPattern *pat)
{
	for (int j = 0; j < pat->nsubs; j++)
		flows_ref_sub(fe, &pat->subs[j]);
}

static void flows_lets(FlowEdges *fe, AstBlock *blk)
{
	for (int i = 0; i < blk->nstmts; i++) {
		AstStmt *st = &blk->stmts[i];
		if (st->kind == ASTMT_LET && st->var && is_holder(fe->b, st->var)) {
			fe->let_var[fe->b->holder[st->var->id]] = true;
			if (st->expr) {
				flows_def(fe, fe->b->holder[st->var->id], st->expr);
				flows_into(fe, st->expr, fe->b->holder[st->var->id]);
			}
		}
		if (st->kind == ASTMT_LET && st->pat && st->expr)
			for (int k = 0; k < st->let_arm->npats; k++) {
				for (const AstSubPattern *in = ast_arm_top(st->let_arm, k) ? &st->let_arm->tops[k] : NULL; in;
				     in = in->inner) /* `let ref r @ p = x;` (bind30) */
					flows_ref_binding(fe, in->var, in);
				flows_ref_pattern(fe, &st->let_arm->pats[k]);
			}
	}
}

typedef struct FlowBind {
	FlowEdges *fe;
	AstExpr *scrut;
} FlowBind;

/* optloan35: a match's binding takes what its scrutinee carries (hold_binding) */
static void flows_binding(const AstSubPattern *sp, void *cx)
{
	FlowBind *fb = cx;
	if (is_holder(fb->fe->b, sp->var))
		flows_into(fb->fe, fb->scrut, fb->fe->b->holder[sp->var->id]);
}

static void flows_visit(Sema *s, AstExpr *e)
{
	FlowEdges *fe = s->visit_ctx;
	if (e->kind == EXPR_ASSIGN && e->lhs->kind == EXPR_VAR && is_holder(fe->b, e->lhs->var)) {
		flows_def(fe, fe->b->holder[e->lhs->var->id], e->rhs);
		flows_into(fe, e->rhs, fe->b->holder[e->lhs->var->id]);
	}
	if (e->kind == EXPR_BLOCK || e->kind == EXPR_LOOP || e->kind == EXPR_WHILE || e->kind == EXPR_IF)
		flows_lets(fe, e->block);
	if (e->kind == EXPR_ASYNC)
		flows_lets(fe, e->async_block->body);
	if (e->kind == EXPR_MATCH && carries_loans(fe->b, e->lhs->ty)) { /* optloan35: hold_binding */
		FlowBind fb = {fe, e->lhs};
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++)
				ast_arm_each_binding(&e->arms[i], k, flows_binding, &fb);
	}
	if (e->kind == EXPR_MATCH && carries_loans(fe->b, e->lhs->ty)) { /* optloan35: hold_binding */
		FlowBind fb = {fe, e->lhs};
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++)
				ast_arm_each_binding(&e->arms[i], k, flows_binding, &fb);
	}
	if (e->kind == EXPR_MATCH)
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++) {
				const AstVar *tv = ast_arm_top(&e->arms[i], k);
				if (tv && tv->ergo_top == ERGO_TOP_MOVE && is_holder(fe->b, tv)) /* ergo30: the `&mut T` variable moved */
					flows_into(fe, e->lhs->lhs, fe->b->holder[tv->id]);
				else if (tv) { /* `ref x =>` (tops28); its pattern below */
					AstSubPattern top = e->arms[i].tops[k];
					top.nested = NULL;
					flows_ref_top(fe, &top, &e->arms[i].tops[k]);
					for (const AstSubPattern *in = top.inner; in; in = in->inner) /* `a @ ref b` (bind30) */
						flows_ref_binding(fe, in->var, in);
				}
				flows_ref_pattern(fe, &e->arms[i].pats[k]);
			}
	visit_children(s, e, flows_visit);
}

/* bc37: what the output of the future a holder holds may carry (fut_out's, for every value assigned
 * to it): the loans flowing into the receivers of async `&self` method calls assigned to it
 * (item -1 - d: def d's), and into holders whose output may carry anything (item h); entire: every
 * loan flowing into the holder (not a `let`'s variable, a `&mut` of it made, assigned anything
 * else, or more than FUT_OUT_MAX items) */
enum { FUT_OUT_MAX = 8, FUT_OUT_DEPTH = 64 };
typedef struct FutOutSrc {
	uint8_t state; /* 0: not asked, 1: being computed, 2: done */
	bool entire;
	int n;
	int item[FUT_OUT_MAX];
} FutOutSrc;

typedef struct FutOutCx {
	FlowEdges *fe;
	FutOutSrc *memo;     /* by holder */
	int *dstart, *dlist; /* the defs by holder */
} FutOutCx;

/* false: o is full */
static bool fut_src_add(FutOutSrc *o, int item)
{
	for (int i = 0; i < o->n; i++)
		if (o->item[i] == item)
			return true;
	if (o->n == FUT_OUT_MAX)
		return false;
	o->item[o->n++] = item;
	return true;
}

/* holder h's sources (NULL: being computed, a cycle, or past FUT_OUT_DEPTH links: every loan of h) */
static const FutOutSrc *fut_src(FutOutCx *cx, int h, int depth)
{
	FutOutSrc *o = &cx->memo[h];
	if (o->state == 2)
		return o;
	if (o->state == 1 || depth > FUT_OUT_DEPTH)
		return NULL;
	o->state = 1;
	Borrowck *b = cx->fe->b;
	bool entire = !cx->fe->let_var[h] || b->has_mut_loan[b->holder_vars[h]];
	for (int j = cx->dstart[h]; j < cx->dstart[h + 1] && !entire; j++) {
		int d = cx->dlist[j];
		const AstExpr *e = cx->fe->def_e[d];
		if (e->kind == EXPR_CALL && e->callee && e->callee->is_async && e->nargs && result_self(e)) {
			entire = !fut_src_add(o, -1 - d);
		} else if (e->kind == EXPR_VAR && !e->mention_only && is_holder(b, e->var)) {
			int u = b->holder[e->var->id];
			const FutOutSrc *su = fut_src(cx, u, depth + 1);
			if (!su || su->entire)
				entire = !fut_src_add(o, u);
			for (int i = 0; su && !su->entire && i < su->n && !entire; i++)
				entire = !fut_src_add(o, su->item[i]);
		} else {
			entire = true;
		}
	}
	o->entire = entire;
	o->state = 2;
	return o;
}

/* bc37: the awaits of holder variables: the output's sources flow into their holders */
static void flows_awaits(FlowEdges *fe)
{
	Borrowck *b = fe->b;
	if (!fe->naw)
		return;
	int nh = b->nholders;
	FutOutCx cx = {fe, arena_alloc(b->s->scratch, ((size_t)nh + 1) * sizeof *cx.memo),
	               arena_alloc(b->s->scratch, ((size_t)nh + 2) * sizeof *cx.dstart),
	               arena_alloc(b->s->scratch, ((size_t)fe->ndefs + 1) * sizeof *cx.dlist)};
	for (int d = 0; d < fe->ndefs; d++)
		cx.dstart[fe->def_h[d] + 2]++;
	for (int h = 0; h < nh; h++)
		cx.dstart[h + 2] += cx.dstart[h + 1];
	for (int d = 0; d < fe->ndefs; d++)
		cx.dlist[cx.dstart[fe->def_h[d] + 1]++] = d;
	for (int i = 0; i < fe->naw; i++) { /* (flows_into may add awaits: a receiver's) */
		int h = fe->aw_h[i], dst = fe->aw_dst[i];
		const FutOutSrc *o = fut_src(&cx, h, 0);
		if (!o || o->entire) {
			flow_edge(fe, -1 - h, dst);
			continue;
		}
		for (int j = 0; j < o->n; j++)
			if (o->item[j] >= 0)
				flow_edge(fe, -1 - o->item[j], dst);
			else
				flows_into(fe, fe->def_e[-1 - o->item[j]]->args[0], dst);
	}
}

/* A segment of m variables (their holder indices) before the list next */
static const VarSeg *seg_new(Borrowck *b, const int *v, int m, const VarSeg *next)
{
	VarSeg *sg = arena_alloc(b->s->scratch, sizeof *sg + ((size_t)m + 1) * sizeof *sg->v);
	memcpy(sg->v, v, (size_t)m * sizeof *v);
	sg->n = m;
	sg->total = m + (next ? next->total : 0);
	sg->next = next;
	return sg;
}

/* Borrowck.flow_seg: per loan, the holder variables reachable from it. Tarjan's strongly connected
 * components of the holders (iterative; a component is finished after every one it reaches), each
 * component's list: its members, then its one successor's list (shared), or with several successors
 * their union, flattened; a loan's: its one target component's, or the union of its targets'. */
static void loan_flows(Borrowck *b)
{
	FlowEdges fe = {0};
	fe.b = b;
	if (b->nholders) {
		void *saved = b->s->visit_ctx;
		AstAsyncBlock *saved_ab = b->s->async_block;
		b->s->visit_ctx = &fe;
		fe.let_var = arena_alloc(b->s->scratch, (size_t)b->nholders + 1);
		flows_lets(&fe, b->fn->body);
		visit_block(b->s, b->fn->body, flows_visit);
		flows_awaits(&fe);
		b->s->visit_ctx = saved;
		b->s->async_block = saved_ab;
	}
	/* out-edges by source (loans first, then holders), counting sort */
	int nl = b->nloans, nh = b->nholders, nsrc = nl + nh;
	Arena *a = b->s->scratch;
	int *start = arena_alloc(a, ((size_t)nsrc + 2) * sizeof *start);
	int *out = arena_alloc(a, ((size_t)fe.n + 1) * sizeof *out);
	for (int i = 0; i < fe.n; i++)
		start[(fe.src[i] >= 0 ? fe.src[i] : nl - 1 - fe.src[i]) + 2]++;
	for (int i = 0; i < nsrc; i++)
		start[i + 2] += start[i + 1];
	for (int i = 0; i < fe.n; i++)
		out[start[(fe.src[i] >= 0 ? fe.src[i] : nl - 1 - fe.src[i]) + 1]++] = fe.dst[i];
	b->flow_seg = arena_alloc(a, ((size_t)nl + 1) * sizeof *b->flow_seg);
	if (!nl || !nh || *b->loan_budget < 0)
		return;
	if (start[nsrc] == start[nl]) { /* no holder flows into another: a loan's variables are its targets */
		const VarSeg **one = arena_alloc(a, ((size_t)nh + 1) * sizeof *one);
		int *stamp = arena_alloc(a, ((size_t)nh + 1) * sizeof *stamp);
		int *tmp = arena_alloc(a, ((size_t)nh + 1) * sizeof *tmp);
		for (int k = 0; k < nl; k++) {
			int m = 0;
			for (int j = start[k]; j < start[k + 1]; j++)
				if (stamp[out[j]] != k + 1)
					stamp[out[j]] = k + 1, tmp[m++] = out[j];
			if (m == 1 && !one[tmp[0]])
				one[tmp[0]] = seg_new(b, tmp, 1, NULL);
			b->flow_seg[k] = m == 1 ? one[tmp[0]] : m ? seg_new(b, tmp, m, NULL) : NULL;
		}
		return;
	}
	int *idx = arena_alloc(a, ((size_t)nh + 1) * sizeof *idx), *low = arena_alloc(a, ((size_t)nh + 1) * sizeof *low);
	int *scc = arena_alloc(a, ((size_t)nh + 1) * sizeof *scc), *stk = arena_alloc(a, ((size_t)nh + 1) * sizeof *stk);
	int *cs = arena_alloc(a, ((size_t)nh + 1) * sizeof *cs), *ci = arena_alloc(a, ((size_t)nh + 1) * sizeof *ci);
	int *stamp = arena_alloc(a, ((size_t)nh + 1) * sizeof *stamp); /* by holder: a union's, or by scc */
	int *tmp = arena_alloc(a, ((size_t)nh + 1) * sizeof *tmp), *succ = arena_alloc(a, ((size_t)nh + 1) * sizeof *succ);
	bool *onstk = arena_alloc(a, (size_t)nh + 1);
	const VarSeg **reach = arena_alloc(a, ((size_t)nh + 1) * sizeof *reach);
	int counter = 0, sp = 0, nscc = 0, st = 0;
	long work = 0;
	for (int h = 0; h < nh; h++)
		idx[h] = scc[h] = -1;
	for (int r = 0; r < nh; r++) {
		if (idx[r] >= 0)
			continue;
		int csp = 0;
		idx[r] = low[r] = counter++;
		stk[sp++] = r;
		onstk[r] = true;
		cs[csp] = r, ci[csp++] = start[nl + r];
		while (csp) {
			int h = cs[csp - 1];
			if (ci[csp - 1] < start[nl + h + 1]) {
				int w = out[ci[csp - 1]++];
				work++;
				if (idx[w] < 0) {
					idx[w] = low[w] = counter++;
					stk[sp++] = w;
					onstk[w] = true;
					cs[csp] = w, ci[csp++] = start[nl + w];
				} else if (onstk[w] && idx[w] < low[h]) {
					low[h] = idx[w];
				}
				continue;
			}
			if (--csp && low[h] < low[cs[csp - 1]])
				low[cs[csp - 1]] = low[h];
			if (low[h] != idx[h])
				continue;
			/* h's component: the members above it on the stack, its list from its successors' */
			int c = nscc++, top = sp, w;
			do {
				w = stk[--sp];
				onstk[w] = false;
				scc[w] = c;
			} while (w != h);
			int ns = 0;
			st++;
			for (int m = sp; m < top; m++)
				for (int j = start[nl + stk[m]]; j < start[nl + stk[m] + 1]; j++, work++) {
					int d = scc[out[j]];
					if (d != c && stamp[d] != -st) {
						stamp[d] = -st; /* (components by -stamp, holders by +stamp: distinct ids) */
						succ[ns++] = d;
					}
				}
			if (ns <= 1) {
				reach[c] = seg_new(b, stk + sp, top - sp, ns ? reach[succ[0]] : NULL);
				work += top - sp;
				continue;
			}
			int m = 0;
			st++;
			for (int i = sp; i < top; i++)
				stamp[stk[i]] = st, tmp[m++] = stk[i];
			for (int i = 0; i < ns; i++)
				for (const VarSeg *sg = reach[succ[i]]; sg; sg = sg->next)
					for (int j = 0; j < sg->n; j++, work++)
						if (stamp[sg->v[j]] != st)
							stamp[sg->v[j]] = st, tmp[m++] = sg->v[j];
			reach[c] = seg_new(b, tmp, m, NULL);
		}
	}
	/* stamp was written by components too: every stamp so far is below st + 1 */
	for (int k = 0; k < nl; k++) {
		int nt = 0, first = -1;
		st++;
		for (int j = start[k]; j < start[k + 1]; j++) {
			int d = scc[out[j]];
			if (stamp[d] != -st)
				stamp[d] = -st, succ[nt++] = d, first = d;
		}
		work += start[k + 1] - start[k];
		if (nt <= 1) {
			b->flow_seg[k] = nt ? reach[first] : NULL;
			continue;
		}
		int m = 0;
		st++;
		for (int i = 0; i < nt; i++)
			for (const VarSeg *sg = reach[succ[i]]; sg; sg = sg->next)
				for (int j = 0; j < sg->n; j++, work++)
					if (stamp[sg->v[j]] != st)
						stamp[sg->v[j]] = st, tmp[m++] = sg->v[j];
		b->flow_seg[k] = seg_new(b, tmp, m, NULL);
		if (work > LOAN_BUDGET) /* every loan reaching thousands of variables: unchecked */
			break;
	}
	if (work > LOAN_BUDGET) {
		*b->loan_budget = -1;
		memset(b->flow_seg, 0, ((size_t)nl + 1) * sizeof *b->flow_seg);
	}
}

/* ---- issue 22: per-point liveness of the variables a loan flows into ----
 * rustc's loan is in scope at a point reached from the borrow through points of its region, and
 * the region holds the points where a variable the loan flows into is live (or the value in flight
 * carrying it is). Whether a variable is live at a point depends on what comes after it, so a
 * first walk (the same walk, LiveCfg.building: no conflict recorded) lays the events down as a
 * graph: uses and assignments of the holder variables, a borrow (the value in flight made) and
 * the end of its flight, accesses of a borrowed place; a Flow carries the nodes last reached
 * on its path (Flow.pred), so loops, branches, `break` and `return` give the graph the walk's own
 * control flow. A node is keyed by its site, so that a loop walked twice adds edges, not nodes.
 * The second walk asks, at an access conflicting with a loan: is the loan in scope here? A
 * backward search from the uses of each variable the loan flows into (stopped by its assignments)
 * gives the region, a forward search from the borrow inside it the loan's scope (once per loan
 * asked about, in LiveCfg.scope). Only loans flowing into two variables or more go this way: with
 * one, "a variable carries the loan on this path" is the same verdict (the variable is assigned
 * the loan on the path; a record made while it is dead is never reported; assigned again, it is
 * dead just before). */
enum { EV_USE, EV_DEF, EV_BORROW, EV_POP, EV_ACCESS };

typedef struct LiveCfg {
	bool building;        /* the first walk */
	bool ok;              /* it is done: its graph answers the second walk */
	bool *ev_var;         /* by var id: a holder some loan of two variables or more flows into */
	bool *ev_root;        /* by var id: the root of such a loan */
	bool *multi;          /* by loan: it flows into two variables or more */
	int n;                /* nodes */
	uint32_t cap;
	uint8_t *kind;
	int *var;             /* EV_USE / EV_DEF: a holder index; EV_BORROW / EV_POP: nholders + loan */
	long long *k1, *k2;   /* the key: kind and var, site */
	const void **stmt;    /* by node: the statement (or tail) walked, innermost */
	uint32_t *tab;        /* node + 1 by key (open addressing) */
	uint32_t tab_cap;
	uint64_t *eset;       /* edges (from << 32 | to) + 1, open addressing */
	uint32_t eset_cap;
	int ne;
	/* after the first walk: edges by node both ways, the uses by variable */
	int *pstart, *pnode, *sstart, *snode, *ustart, *unode;
	const LoanSet **scope; /* by loan: the nodes where it is in scope (computed when asked) */
	const uint64_t **scope_bits; /* or as a bit set, when they are many */
	long long *scope_end; /* by loan, once its scope is known: the last access in it (src_pos), or -1 */
	const LoanSet **live; /* by variable: the nodes where it is live (computed when asked) */
	int *vis, *reg, stamp;
	int *queue;
	int *fvis, *fqueue;   /* cfg_live_flight's forward walk */
	int *wmark, *widx;    /* cfg_sub_walk's marks and indices */
	int *xvar, *xnode, nx, xcap; /* more uses: a pop node ending several values in flight (pop_made) */
	uint8_t *spanned;     /* by node: some edge goes from it or a later node to an earlier one */
} LiveCfg;

static uint32_t cfg_hash(long long k1, long long k2)
{
	uint64_t h = (uint64_t)k1 * 0x9E3779B97F4A7C15ull ^ (uint64_t)k2 * 0xC2B2AE3D27D4EB4Full;
	return (uint32_t)(h ^ h >> 29);
}

static int cfg_find(const LiveCfg *c, int kind, int var, long long site)
{
	if (!c->tab_cap)
		return -1;
	long long k1 = (long long)var << 3 | kind;
	for (uint32_t i = cfg_hash(k1, site) & (c->tab_cap - 1);; i = (i + 1) & (c->tab_cap - 1)) {
		uint32_t t = c->tab[i];
		if (!t)
			return -1;
		if (c->k1[t - 1] == k1 && c->k2[t - 1] == site)
			return (int)t - 1;
	}
}

static void cfg_tab_put(LiveCfg *c, int node)
{
	uint32_t i = cfg_hash(c->k1[node], c->k2[node]) & (c->tab_cap - 1);
	while (c->tab[i])
		i = (i + 1) & (c->tab_cap - 1);
	c->tab[i] = (uint32_t)node + 1;
}

static int cfg_node(Borrowck *b, int kind, int var, long long site)
{
	LiveCfg *c = b->cfg;
	int n = cfg_find(c, kind, var, site);
	if (n >= 0)
		return n;
	if (2 * ((uint32_t)c->n + 1) > c->tab_cap) {
		c->tab_cap = c->tab_cap ? 2 * c->tab_cap : 256;
		c->tab = arena_alloc(b->s->scratch, c->tab_cap * sizeof *c->tab);
		for (int i = 0; i < c->n; i++)
			cfg_tab_put(c, i);
	}
	if ((uint32_t)c->n == c->cap) {
		uint32_t nc = c->cap ? 2 * c->cap : 256;
		uint8_t *kd = arena_alloc(b->s->scratch, nc);
		int *vr = arena_alloc(b->s->scratch, nc * sizeof *vr);
		long long *a1 = arena_alloc(b->s->scratch, nc * sizeof *a1), *a2 = arena_alloc(b->s->scratch, nc * sizeof *a2);
		const void **st = arena_alloc(b->s->scratch, nc * sizeof *st);
		if (c->n) {
			memcpy(kd, c->kind, (size_t)c->n);
			memcpy(vr, c->var, (size_t)c->n * sizeof *vr);
			memcpy(a1, c->k1, (size_t)c->n * sizeof *a1);
			memcpy(a2, c->k2, (size_t)c->n * sizeof *a2);
			memcpy(st, c->stmt, (size_t)c->n * sizeof *st);
		}
		c->kind = kd, c->var = vr, c->k1 = a1, c->k2 = a2, c->stmt = st, c->cap = nc;
	}
	n = c->n++;
	c->kind[n] = (uint8_t)kind;
	c->var[n] = var;
	c->k1[n] = (long long)var << 3 | kind;
	c->k2[n] = site;
	c->stmt[n] = b->cur_stmt;
	cfg_tab_put(c, n);
	return n;
}

static void cfg_edge(Borrowck *b, int from, int to)
{
	LiveCfg *c = b->cfg;
	uint64_t key = ((uint64_t)(uint32_t)from << 32 | (uint32_t)to) + 1;
	if (2 * ((uint32_t)c->ne + 1) > c->eset_cap) {
		uint64_t *old = c->eset;
		uint32_t oc = c->eset_cap;
		c->eset_cap = oc ? 2 * oc : 256;
		c->eset = arena_alloc(b->s->scratch, c->eset_cap * sizeof *c->eset);
		for (uint32_t i = 0; i < oc; i++)
			if (old[i]) {
				uint32_t j = cfg_hash((long long)old[i], 0) & (c->eset_cap - 1);
				while (c->eset[j])
					j = (j + 1) & (c->eset_cap - 1);
				c->eset[j] = old[i];
			}
	}
	uint32_t j = cfg_hash((long long)key, 0) & (c->eset_cap - 1);
	while (c->eset[j] && c->eset[j] != key)
		j = (j + 1) & (c->eset_cap - 1);
	if (!c->eset[j]) {
		c->eset[j] = key;
		c->ne++;
	}
}

/* The first walk reaches an event: a node after the ones last reached on this path (-1: none). */
static int cfg_event(Borrowck *b, Flow *f, int kind, int var, long long site)
{
	if (!b->cfg || !b->cfg->building || !f->reachable)
		return -1;
	int n = cfg_node(b, kind, var, site);
	if (f->pred1)
		cfg_edge(b, f->pred1 - 1, n);
	pred_each_rec(b, f->pred, f->pdepth - 1, 0, n, cfg_edge);
	f->pred = NULL;
	f->pred1 = n + 1;
	f->pdepth = 0;
	return n;
}

/* The loans flowing into two variables or more, their variables and roots; false: none. */
static bool cfg_init(Borrowck *b, LiveCfg *c)
{
	AstFn *fn = b->fn;
	bool any = false;
	c->multi = arena_alloc(b->s->scratch, (size_t)b->nloans + 1);
	c->ev_var = arena_alloc(b->s->scratch, (size_t)fn->nvars + 1);
	c->ev_root = arena_alloc(b->s->scratch, (size_t)fn->nvars + 1);
	for (int k = 0; k < b->nloans && *b->loan_budget >= 0; k++) {
		if (flow_count(b, k) < 2)
			continue;
		any = c->multi[k] = true;
		c->ev_root[b->loans[k].root->id] = true;
		/* a segment marked had its tail marked too (loan28: a chain's lists share their tails) */
		for (VarSeg *sg = (VarSeg *)b->flow_seg[k]; sg && !sg->mark; sg = (VarSeg *)sg->next) {
			sg->mark = 1;
			for (int i = 0; i < sg->n; i++)
				c->ev_var[b->holder_vars[sg->v[i]]] = true;
		}
	}
	return any;
}

static void cfg_ev_var(Borrowck *b, Flow *f, int kind, const AstVar *v, long long site)
{
	if (b->cfg && b->cfg->building && b->cfg->ev_var[v->id])
		cfg_event(b, f, kind, b->holder[v->id], site);
}

static int cfg_ev_loan(Borrowck *b, Flow *f, int kind, int k, long long site)
{
	if (b->cfg && b->cfg->building && k < b->nloans && b->cfg->multi[k])
		return cfg_event(b, f, kind, b->nholders + k, site);
	return -1;
}

/* An access's site: its position and kind */
static long long access_site(int line, int col, int kind) { return src_pos(line, col) * 32 + (kind & 31); }

static int int_cmp(const void *x, const void *y)
{
	int a = *(const int *)x, c = *(const int *)y;
	return (a > c) - (a < c);
}

/* hunt37: node ids are the first walk's order, and an edge goes to an earlier node only where the walk
 * met a node again (a loop walked twice). Node i is spanned when some edge u -> v has v < i <= u: if
 * not, no node before i is reached from i (cfg_live's floor for a value in flight). */
static void cfg_spans(LiveCfg *c, Arena *a)
{
	int *d = arena_alloc(a, ((size_t)c->n + 2) * sizeof *d);
	for (int u = 0; u < c->n; u++)
		for (int j = c->sstart[u]; j < c->sstart[u + 1]; j++)
			if (c->snode[j] < u)
				d[c->snode[j] + 1]++, d[u + 1]--;
	c->spanned = arena_alloc(a, (size_t)c->n + 1);
	for (int i = 0, run = 0; i < c->n; i++) {
		run += d[i];
		c->spanned[i] = run > 0;
	}
}

/* After the first walk: the edges both ways and the uses by variable, as arrays. */
static void cfg_finish(Borrowck *b, LiveCfg *c)
{
	int n = c->n, nv = b->nholders + b->nloans;
	Arena *a = b->s->scratch;
	c->pstart = arena_alloc(a, ((size_t)n + 2) * sizeof *c->pstart);
	c->sstart = arena_alloc(a, ((size_t)n + 2) * sizeof *c->sstart);
	c->pnode = arena_alloc(a, ((size_t)c->ne + 1) * sizeof *c->pnode);
	c->snode = arena_alloc(a, ((size_t)c->ne + 1) * sizeof *c->snode);
	for (uint32_t i = 0; i < c->eset_cap; i++)
		if (c->eset[i]) {
			uint64_t e = c->eset[i] - 1;
			c->sstart[(e >> 32) + 2]++;
			c->pstart[(e & 0xffffffffu) + 2]++;
		}
	for (int i = 0; i < n; i++) {
		c->sstart[i + 2] += c->sstart[i + 1];
		c->pstart[i + 2] += c->pstart[i + 1];
	}
	for (uint32_t i = 0; i < c->eset_cap; i++)
		if (c->eset[i]) {
			uint64_t e = c->eset[i] - 1;
			int from = (int)(e >> 32), to = (int)(e & 0xffffffffu);
			c->snode[c->sstart[from + 1]++] = to;
			c->pnode[c->pstart[to + 1]++] = from;
		}
	c->ustart = arena_alloc(a, ((size_t)nv + 2) * sizeof *c->ustart);
	c->unode = arena_alloc(a, ((size_t)n + (size_t)c->nx + 1) * sizeof *c->unode);
	for (int i = 0; i < n; i++)
		if (c->kind[i] == EV_USE || c->kind[i] == EV_POP)
			c->ustart[c->var[i] + 2]++;
	for (int i = 0; i < c->nx; i++)
		c->ustart[c->xvar[i] + 2]++;
	for (int i = 0; i < nv; i++)
		c->ustart[i + 2] += c->ustart[i + 1];
	for (int i = 0; i < n; i++)
		if (c->kind[i] == EV_USE || c->kind[i] == EV_POP)
			c->unode[c->ustart[c->var[i] + 1]++] = i;
	for (int i = 0; i < c->nx; i++)
		c->unode[c->ustart[c->xvar[i] + 1]++] = c->xnode[i];
	c->scope = arena_alloc(a, ((size_t)b->nloans + 1) * sizeof *c->scope);
	c->vis = arena_alloc(a, ((size_t)n + 1) * sizeof *c->vis);
	c->reg = arena_alloc(a, ((size_t)n + 1) * sizeof *c->reg);
	c->queue = arena_alloc(a, ((size_t)n + 1) * sizeof *c->queue);
	c->fvis = arena_alloc(a, ((size_t)n + 1) * sizeof *c->fvis);
	c->fqueue = arena_alloc(a, ((size_t)n + 1) * sizeof *c->fqueue);
	c->wmark = arena_alloc(a, ((size_t)n + 1) * sizeof *c->wmark);
	c->widx = arena_alloc(a, ((size_t)n + 1) * sizeof *c->widx);
	c->scope_bits = arena_alloc(a, ((size_t)b->nloans + 1) * sizeof *c->scope_bits);
	c->scope_end = arena_alloc(a, ((size_t)b->nloans + 1) * sizeof *c->scope_end);
	c->live = arena_alloc(a, ((size_t)nv + 1) * sizeof *c->live);
	cfg_spans(c, a);
}

/* hunt37: the nodes cfg_live need not search back past for x: for a value in flight, its borrow's
 * node when no edge from there on goes back before it (cfg_spans): only the nodes reached from the
 * borrow are asked about (cfg_in_scope). Without it, a borrow in one branch of an `if` whose value
 * leaves at the join (`let oI = if c { Some(&v) } else { None };`) was live back to the fn's start
 * through the other branch: N such loans, N^2 nodes searched and sorted. */
static int cfg_live_floor(const Borrowck *b, const LiveCfg *c, int x)
{
	if (x < b->nholders)
		return 0;
	int from = cfg_find(c, EV_BORROW, x, 0);
	return from >= 0 && !c->spanned[from] ? from : 0;
}

/* cfg_live's backward step from node u: its predecessors where x is live (not past floor, nor
 * through x's definition: an assignment of a holder, the borrow of a value in flight) */
static int cfg_back_step(const Borrowck *b, LiveCfg *c, int x, int u, int floor, int vstamp, int qn)
{
	for (int j = c->pstart[u]; j < c->pstart[u + 1]; j++) {
		int p = c->pnode[j];
		if (c->vis[p] == vstamp || p < floor ||
		    (c->var[p] == x && (c->kind[p] == (x < b->nholders ? EV_DEF : EV_BORROW))))
			continue;
		c->vis[p] = vstamp;
		c->queue[qn++] = p;
	}
	return qn;
}

/* bcj39 (issue 23): a walk over the graph one edge at a time: its queue, the node being expanded
 * (queue[q]) and its next edge (j, in the lists given to walk_edge) */
typedef struct EdgeWalk {
	int *queue;
	int qn, q, j;
} EdgeWalk;

/* the next edge of w (start / node: the predecessor or successor lists) to *to; false: w is done */
static bool walk_edge(const int *start, const int *node, EdgeWalk *w, int *to)
{
	while (w->q < w->qn) {
		if (w->j < start[w->queue[w->q] + 1]) {
			*to = node[w->j++];
			return true;
		}
		if (++w->q < w->qn)
			w->j = start[w->queue[w->q]];
	}
	return false;
}

/* The nodes of set (nset) reached from seeds (nseeds, in set) along the edges between them, into
 * out: back, against the edges, found from set's successor lists, not past floor nor through x's
 * borrow (cfg_back_step's rule); else along them, from set's predecessor lists. Each list of set is
 * read twice: the work is that of the walk that made set. */
static int cfg_sub_walk(const Borrowck *b, LiveCfg *c, const int *set, int nset, bool back, int x, int floor,
                        const int *seeds, int nseeds, int *out)
{
	const int *lstart = back ? c->sstart : c->pstart, *lnode = back ? c->snode : c->pnode;
	int mstamp = ++c->stamp;
	for (int i = 0; i < nset; i++)
		c->wmark[set[i]] = mstamp, c->widx[set[i]] = i;
	int *start = arena_alloc(b->s->scratch, ((size_t)nset + 2) * sizeof *start);
	for (int i = 0; i < nset; i++)
		for (int j = lstart[set[i]]; j < lstart[set[i] + 1]; j++)
			if (c->wmark[lnode[j]] == mstamp)
				start[c->widx[lnode[j]] + 2]++;
	for (int i = 0; i < nset; i++)
		start[i + 2] += start[i + 1];
	int *adj = arena_alloc(b->s->scratch, ((size_t)start[nset + 1] + 1) * sizeof *adj);
	for (int i = 0; i < nset; i++)
		for (int j = lstart[set[i]]; j < lstart[set[i] + 1]; j++)
			if (c->wmark[lnode[j]] == mstamp)
				adj[start[c->widx[lnode[j]] + 1]++] = set[i];
	int vstamp = ++c->stamp, on = 0;
	for (int i = 0; i < nseeds; i++)
		if (c->wmark[seeds[i]] == mstamp) {
			c->wmark[seeds[i]] = vstamp;
			out[on++] = seeds[i];
		}
	for (int q = 0; q < on; q++) {
		int u = out[q], i = c->widx[u];
		for (int j = start[i]; j < start[i + 1]; j++) {
			int p = adj[j];
			if (c->wmark[p] != mstamp ||
			    (back && (p < floor || (c->var[p] == x && c->kind[p] == EV_BORROW))))
				continue;
			c->wmark[p] = vstamp;
			out[on++] = p;
		}
	}
	return on;
}

/* bcq38 (issue 23): the nodes where the value in flight x (nholders + loan) is live and that its
 * borrow reaches: only those are asked about (cfg_in_scope walks forward from the borrow; a node
 * of a statement before one it reaches is reached too, the statement's events being a chain).
 * The backward walk from its uses and a forward one from its borrow go in turns, and the first to
 * end bounds the other, so the work is that of the smaller: a `match` of N arms each `id(Some(&y))`
 * (the arms' values meet at the join, live back through every later arm) or a let's else-if chain
 * of N `Some(&mk(I))` was N^2 nodes walked and sorted. bcj39: the turns are an edge each, not a
 * node (the join's node, a use of every arm's value, has N predecessors: N per arm), and the
 * nodes of the walk that ended first are walked again along its own lists only. */
static int cfg_live_flight(const Borrowck *b, LiveCfg *c, int x, int from, int floor)
{
	int vstamp = ++c->stamp, fstamp = ++c->stamp, qn = 0, u;
	for (int i = c->ustart[x]; i < c->ustart[x + 1]; i++)
		if (c->vis[c->unode[i]] != vstamp) {
			c->vis[c->unode[i]] = vstamp;
			c->queue[qn++] = c->unode[i];
		}
	c->fvis[from] = fstamp;
	c->fqueue[0] = from;
	EdgeWalk bw = {c->queue, qn, 0, qn ? c->pstart[c->queue[0]] : 0};
	EdgeWalk fw = {c->fqueue, 1, 0, c->sstart[from]};
	for (;;) {
		if (!walk_edge(c->pstart, c->pnode, &bw, &u))
			break;
		if (c->vis[u] != vstamp && u >= floor && !(c->var[u] == x && c->kind[u] == EV_BORROW)) {
			c->vis[u] = vstamp;
			bw.queue[bw.qn++] = u;
		}
		if (!walk_edge(c->sstart, c->snode, &fw, &u)) { /* forward ended: backward within it */
			int nseeds = c->ustart[x + 1] - c->ustart[x];
			return cfg_sub_walk(b, c, c->fqueue, fw.qn, true, x, floor, c->unode + c->ustart[x], nseeds, c->queue);
		}
		if (c->fvis[u] != fstamp) {
			c->fvis[u] = fstamp;
			fw.queue[fw.qn++] = u;
		}
	}
	/* backward ended: forward from the borrow within its nodes */
	int *set = arena_alloc(b->s->scratch, ((size_t)bw.qn + 1) * sizeof *set);
	memcpy(set, c->queue, (size_t)bw.qn * sizeof *set);
	set[bw.qn] = from;
	int m = cfg_sub_walk(b, c, set, bw.qn + 1, false, x, floor, &from, 1, c->queue), k = 0;
	for (int i = 0; i < m; i++)
		if (c->queue[i] != from)
			c->queue[k++] = c->queue[i];
	return k;
}

/* The nodes where variable x (a holder index, or nholders + loan: its value in flight) is live:
 * reached backwards from its uses, not through its assignments (computed once per variable). */
static const LoanSet *cfg_live(Borrowck *b, LiveCfg *c, int x)
{
	if (c->live[x])
		return c->live[x];
	int qn = 0, floor = cfg_live_floor(b, c, x), from = x < b->nholders ? -1 : cfg_find(c, EV_BORROW, x, 0);
	if (from >= 0) {
		qn = cfg_live_flight(b, c, x, from, floor);
	} else {
		int vstamp = ++c->stamp;
		for (int i = c->ustart[x]; i < c->ustart[x + 1]; i++) {
			c->vis[c->unode[i]] = vstamp;
			c->queue[qn++] = c->unode[i];
		}
		for (int q = 0; q < qn; q++)
			qn = cfg_back_step(b, c, x, c->queue[q], floor, vstamp, qn);
	}
	LoanSet *l = arena_alloc(b->s->scratch, sizeof *l + ((size_t)qn + 1) * sizeof *l->id);
	memcpy(l->id, c->queue, (size_t)qn * sizeof *l->id);
	l->n = qn;
	qsort(l->id, (size_t)qn, sizeof *l->id, int_cmp); /* ascending: cfg_reg looks nodes up */
	*b->loan_budget -= qn;
	return c->live[x] = l;
}

/* Node s is in the region being searched (reg == rstamp: a variable of the loan is live there), or
 * one MIR statement with a node u before it that is: one MIR statement is several events here (`s =
 * r`: a use of r, then the assignment of s; `let k = &mut *r`: the use, the borrow, the assignment,
 * the end of its flight), and the points between them are not points of rustc's. */
static bool cfg_reg(Borrowck *b, LiveCfg *c, int k, int s, int rstamp);
/* loan28: a loan flowing into more variables has their live nodes marked (their union, once per
 * loan asked), not looked up per node searched: the first loan of a chain of N reborrows flows
 * into N variables, each live at a few nodes (N^2 lookups at an access conflicting with it) */
enum { CFG_MARK_VARS = 8 };
static bool cfg_region(Borrowck *b, LiveCfg *c, int k, int s, int rstamp)
{
	if (cfg_reg(b, c, k, s, rstamp))
		return true;
	if (c->kind[s] == EV_USE || c->kind[s] == EV_ACCESS)
		return false;
	for (int j = c->pstart[s]; j < c->pstart[s + 1]; j++)
		if (c->stmt[c->pnode[j]] == c->stmt[s] && cfg_reg(b, c, k, c->pnode[j], rstamp))
			return true;
	return false;
}

/* A variable loan k flows into is live at node s, or its value in flight (marked reg == rstamp).
 * Issue 23: the variables' live sets are looked up (sorted, shared by every loan), not marked per
 * loan: a `q` every loan flows into, live at N nodes, cost N per loan (quadratic). */
static bool cfg_reg(Borrowck *b, LiveCfg *c, int k, int s, int rstamp)
{
	if (c->reg[s] == rstamp)
		return true;
	if (flow_count(b, k) > CFG_MARK_VARS) /* marked (cfg_in_scope) */
		return false;
	for (const VarSeg *sg = b->flow_seg[k]; sg; sg = sg->next)
		for (int v = 0; v < sg->n; v++)
			if (lset_has(c->live[sg->v[v]], s)) /* made before the search (cfg_in_scope) */
				return true;
	return false;
}

/* Node s is the access of a reborrow `&mut *r` (`&*r`) and u, in its statement before it, the use
 * of r it reborrows through, or the borrow after that use: one MIR statement, `_k = &mut (*_r)`,
 * at a point where r is live (loan28: the access of `*r` between the use of r and the assignment
 * of the reborrow ended the scope of every loan r carried, its base's: a chain of three reborrows
 * `let rI = &mut *rJ;` accepted an assignment of the first borrowed variable while the last was
 * live, rustc E0506) */
static bool cfg_reborrow_access(const Borrowck *b, const LiveCfg *c, int u, int s)
{
	int kind = (int)(c->k2[s] & 31) & ~ACC_RESERVE, root = c->var[s];
	if (c->kind[s] != EV_ACCESS || (kind != ACC_BORROW && kind != ACC_BORROW_MUT) || b->holder[root] < 0)
		return false;
	int h = b->holder[root];
	if (c->kind[u] == EV_USE)
		return c->var[u] == h;
	if (c->kind[u] != EV_BORROW)
		return false;
	for (int j = c->pstart[u]; j < c->pstart[u + 1]; j++) {
		int p = c->pnode[j];
		if (c->stmt[p] == c->stmt[u] && c->kind[p] == EV_USE && c->var[p] == h)
			return true;
	}
	return false;
}

/* bc36: node s is the write of an assignment `x = r;` (x the root of a loan of its own: a temporary
 * borrowed by `let mut x = &mk();`, or a `&x` of a holder), after the use of r in its statement: one
 * MIR statement `_x = copy _r`, at a point where r is live (the access, where nothing the loan flows
 * into was live, ended the scope of the loans r carried: a later E0716 of r's temporary was lost) */
static bool cfg_assign_access(const LiveCfg *c, int s)
{
	return c->kind[s] == EV_ACCESS && ((int)(c->k2[s] & 31) & ~ACC_RESERVE) == ACC_WRITE;
}

/* Is loan k (its every instance) in scope at node n: reached from its borrow through nodes where a
 * variable it flows into, or its value in flight, is live? (once per loan: a bit set when large) */
static bool cfg_in_scope(Borrowck *b, int k, int n)
{
	LiveCfg *c = b->cfg;
	if (!c->scope[k] && !c->scope_bits[k]) {
		int rstamp = ++c->stamp;
		const LoanSet *l = cfg_live(b, c, b->nholders + k);
		for (int i = 0; i < l->n; i++)
			c->reg[l->id[i]] = rstamp;
		for (const VarSeg *sg = b->flow_seg[k]; sg; sg = sg->next)
			for (int v = 0; v < sg->n; v++)
				cfg_live(b, c, sg->v[v]); /* before the search: it uses vis and queue */
		if (flow_count(b, k) > CFG_MARK_VARS)
			for (const VarSeg *sg = b->flow_seg[k]; sg; sg = sg->next)
				for (int v = 0; v < sg->n; v++) {
					const LoanSet *lv = c->live[sg->v[v]];
					for (int i = 0; i < lv->n; i++)
						c->reg[lv->id[i]] = rstamp;
					*b->loan_budget -= lv->n;
				}
		/* forward from the borrow inside the region; a node in scope is in the region, so a node
		 * of its statement after it is too */
		int vstamp = ++c->stamp, qn = 0, nin = 0;
		int from = cfg_find(c, EV_BORROW, b->nholders + k, 0);
		if (from >= 0)
			c->queue[qn++] = from;
		for (int q = 0; q < qn; q++) {
			int u = c->queue[q];
			for (int j = c->sstart[u]; j < c->sstart[u + 1]; j++) {
				int s = c->snode[j];
				if (c->vis[s] == vstamp)
					continue;
				bool in = cfg_region(b, c, k, s, rstamp) ||
				          (q > 0 && c->stmt[s] == c->stmt[u] &&
				           ((c->kind[s] != EV_USE && c->kind[s] != EV_ACCESS) || cfg_reborrow_access(b, c, u, s) ||
				            cfg_assign_access(c, s)));
				if (!in)
					continue;
				c->vis[s] = vstamp;
				c->queue[qn++] = s;
				nin++;
			}
		}
		*b->loan_budget -= qn / 4;
		int first = qn - nin;
		c->scope_end[k] = -1;
		for (int q = first; q < qn; q++)
			if (c->kind[c->queue[q]] == EV_ACCESS && c->k2[c->queue[q]] / 32 > c->scope_end[k])
				c->scope_end[k] = c->k2[c->queue[q]] / 32;
		if ((size_t)nin * 32 > (size_t)c->n) {
			uint64_t *bits = arena_alloc(b->s->scratch, ((size_t)c->n / 64 + 1) * sizeof *bits);
			for (int q = first; q < qn; q++)
				bits[c->queue[q] / 64] |= 1ull << (c->queue[q] % 64);
			c->scope_bits[k] = bits;
		} else {
			LoanSet *in = arena_alloc(b->s->scratch, sizeof *in + ((size_t)nin + 1) * sizeof *in->id);
			for (int q = first; q < qn; q++)
				in->id[in->n++] = c->queue[q];
			qsort(in->id, (size_t)in->n, sizeof *in->id, int_cmp);
			c->scope[k] = in;
		}
	}
	return c->scope_bits[k] ? (c->scope_bits[k][n / 64] >> (n % 64) & 1) != 0 : lset_has(c->scope[k], n);
}

static void unsat_loan(Borrowck *b, int k);
static void unsat_flow(Borrowck *b, Flow *f, int k);

/* The loans v carries: read into a value, which may be in flight from here on (Borrowck.flight).
 * Past the budget none (loans27): no conflict is checked any more, and the loan sets a walk would
 * still build are N^2 on one loan reborrowed through N references (`gen.py reborrows` 70,000: 4.8 GB
 * after 7 minutes, killed), the located error only at its end. */
static const LoanSet *holds_of(Borrowck *b, const Flow *f, const AstVar *v)
{
	const LoanSet *x = is_holder(b, v) && *b->loan_budget >= 0 ? vs(b, f, v->id)->holds : NULL;
	for (int i = 0; x && i < x->n; i++) {
		b->flight[x->id[i]] = b->sh->floor;
		unsat_loan(b, x->id[i]);
	}
	ChainSet *c = lset_chain(x);
	if (c) { /* loan28: its base's loans read the set's flight when scanned (sat_out) */
		c->flight = b->sh->floor;
		b->sh->chain_ver[1]++;
		for (const LoanSet *y = c->base; y && b->sh->nsat; y = lset_chain(y)->base)
			for (int i = 0; i < y->n; i++)
				unsat_loan(b, y->id[i]);
	}
	return x;
}

/* v is assigned x (or dies: NULL): what it carried, and the conflicts pending on it, are gone */
static void set_holds(Borrowck *b, Flow *f, const AstVar *v, const LoanSet *x, long long site)
{
	if (!is_holder(b, v) || !f->reachable)
		return;
	cfg_ev_var(b, f, EV_DEF, v, site);
	VarState vst = *vs(b, f, v->id);
	for (int i = 0; vst.pend && i < vst.pend->n; i++) /* a loan saturated had its record here */
		unsat_flow(b, f, vst.pend->e[i].loan);
	vst.holds = x;
	vst.pend = NULL;
	vst.out_own = false; /* (set_out) */
	vst.out = NULL;
	vs_put(b, f, v->id, vst);
	for (int i = 0; x && i < x->n; i++)
		if (b->death[x->id[i]] < b->killpos[v->id])
			b->death[x->id[i]] = b->killpos[v->id];
	ChainSet *c = lset_chain(x);
	if (c && c->death < b->killpos[v->id]) { /* loan28: its base's loans read it when scanned (loan_dead) */
		c->death = b->killpos[v->id];
		b->sh->chain_ver[0]++;
	}
}

/* ---- issue 23: the loans that may still be used, per root variable ---- */

static void activate(Borrowck *b, int k)
{
	if (b->active[k])
		return;
	int root = b->bucket_of[k < b->nloans ? k : k - b->nloans];
	b->active[k] = true;
	b->act_prev[k] = -1;
	b->act_next[k] = b->act_head[root];
	if (b->act_head[root] >= 0)
		b->act_prev[b->act_head[root]] = k;
	b->act_head[root] = k;
}

/* k out of its bucket's list of active loans */
static void unlink_loan(Borrowck *b, int k)
{
	int root = b->bucket_of[k < b->nloans ? k : k - b->nloans];
	if (b->act_prev[k] >= 0)
		b->act_next[b->act_prev[k]] = b->act_next[k];
	else
		b->act_head[root] = b->act_next[k];
	if (b->act_next[k] >= 0)
		b->act_prev[b->act_next[k]] = b->act_prev[k];
}

static void deactivate(Borrowck *b, int k)
{
	b->active[k] = false;
	unlink_loan(b, k);
}

/* Issue 23 (loans26): an access conflicting with N live loans of one place recorded itself on
 * each, and the next access scanned them all again: N^2 (`gen.py liveloans`). A loan is
 * saturated once an access's record of it waits on every variable it flows into (pend_add
 * found it carried) while no value in flight may carry it: a later access changes nothing the
 * flow knows of it (a variable keeps its first record; Flow.inv records are read only by values
 * in flight made before them, use_loans). Saturated, it leaves its bucket's list (still active)
 * until one of its variables is assigned or dies (set_holds drops the records: unsat_loan), a
 * value read from a variable carries it (holds_of), it is made again (loan_made), or the walk
 * is in another flow (sat_sync).
 * loans27: what the flow knows is the flow's, so its saturated loans are too (Flow.sat: a loan
 * whose every variable has its record on this path; copied with the flow, the union at a join,
 * a loan out when a record of it is dropped, set_holds, or it is made again). The lists leave
 * out the saturated loans of the flow last walked (sat_applied) no value in flight may carry;
 * an access in another flow puts back and takes out the difference (sat_sync): the `else` of
 * an `if` whose branches both access the loans finds them saturated in the flow it starts
 * from, as the then-branch did, and rescans none (`gen.py ifelseliveloans`: N^2 before). */
static void sat_out(Borrowck *b, int k)
{
	if (!b->active[k] || b->sat[k] || b->inflight[k] || b->flight[k] >= b->sh->floor ||
	    (b->sh->lnodes && b->sh->lnodes[k] && chain_max(b, k, 1, b->sh->floor) >= b->sh->floor))
		return;
	unlink_loan(b, k);
	b->sat[k] = true;
	b->sh->nsat++;
	*VEC_PUSH(b->s->scratch, b->sh->satv, b->sh->nsatv, b->sh->satv_cap) = k;
}

static void unsat_loan(Borrowck *b, int k)
{
	if (!b->sat || !b->sat[k])
		return;
	b->sat[k] = false;
	b->sh->nsat--;
	b->active[k] = false;
	activate(b, k);
}

static void sat_loan(Borrowck *b, Flow *f, int k)
{
	f->sat = sat_with_rec(b, f->sat, b->sdepth - 1, k, true);
	b->sh->sat_applied = f->sat;
	sat_out(b, k);
}

/* k is no longer saturated on f (nor in the lists: conservative when f is not the flow applied) */
static void unsat_flow(Borrowck *b, Flow *f, int k)
{
	f->sat = sat_with_rec(b, f->sat, b->sdepth - 1, k, false);
	unsat_loan(b, k);
}

/* the loans of `from` and not `to` back in their lists, those of `to` and not `from` out */
static void sat_diff_rec(Borrowck *b, const void *from, const void *to, int d, int lo)
{
	if (from == to)
		return;
	if (d < 0) {
		uint64_t x = from ? *(const uint64_t *)from : 0, y = to ? *(const uint64_t *)to : 0;
		for (uint64_t back = x & ~y; back; back &= back - 1)
			unsat_loan(b, lo + __builtin_ctzll(back));
		for (uint64_t out = y & ~x; out; out &= out - 1)
			sat_out(b, lo + __builtin_ctzll(out));
		return;
	}
	for (int i = 0; i < VS_FAN; i++)
		sat_diff_rec(b, from ? ((const void *const *)from)[i] : NULL, to ? ((const void *const *)to)[i] : NULL,
		             d - 1, lo + (i << (VS_BITS * d + 6)));
}

/* Every loan back in its list (the floor went down: a value in flight may carry them) */
static void sat_reset(Borrowck *b)
{
	BorrowShared *sh = b->sh;
	for (int i = 0; i < sh->nsatv; i++)
		unsat_loan(b, sh->satv[i]);
	sh->nsatv = 0;
	sh->sat_applied = NULL;
}

/* The lists as f's saturated loans leave them */
static void sat_sync(Borrowck *b, const Flow *f)
{
	BorrowShared *sh = b->sh;
	if (sh->sat_applied == f->sat)
		return;
	sat_diff_rec(b, sh->sat_applied, f->sat, b->sdepth - 1, 0);
	sh->sat_applied = f->sat;
}

/* Loan k is never used from position p on: no value being computed carries it, and every
 * variable that ever held it is dead (LastUse). */
static bool loan_dead(const Borrowck *b, int k, long long p)
{
	return !b->inflight[k] && b->death[k] < p && (!b->sh->lnodes || !b->sh->lnodes[k] || chain_max((Borrowck *)b, k, 0, p) < p);
}

/* node is a use of x too (the end of its flight: pop_made) */
static void cfg_extra_use(Borrowck *b, LiveCfg *c, int x, int node)
{
	if (c->nx == c->xcap) {
		int nc = c->xcap ? 2 * c->xcap : 64;
		int *xv = arena_alloc(b->s->scratch, (size_t)nc * sizeof *xv), *xn = arena_alloc(b->s->scratch, (size_t)nc * sizeof *xn);
		if (c->nx) {
			memcpy(xv, c->xvar, (size_t)c->nx * sizeof *xv);
			memcpy(xn, c->xnode, (size_t)c->nx * sizeof *xn);
		}
		c->xvar = xv, c->xnode = xn, c->xcap = nc;
	}
	c->xvar[c->nx] = x;
	c->xnode[c->nx++] = node;
}

/* The loans made since the made stack held `made` are no longer carried by the value being
 * computed (a variable that took one keeps it alive: Borrowck.death). bcq38 (issue 23): their
 * flights end at one node (the first's event, a use of the others too), not a chain of one node
 * each: N values in flight ending at one point (a `match` of N arms each `id(Some(&y))`, a let's
 * else-if chain of N `Some(&mk(I))`) were each live through the N - 1 other ends, and each loan's
 * scope held the N nodes: N^2. */
static void pop_made(Borrowck *b, Flow *f, int made, const void *site)
{
	LiveCfg *c = b->cfg;
	bool events = c && c->building && f->reachable;
	int node = -1, fresh = events ? c->n : 0;
	while (b->sh->nmade > made) {
		int k = b->sh->made[--b->sh->nmade];
		b->inflight[k] = false;
		if (!events || k >= b->nloans || !c->multi[k])
			continue;
		if (node < 0) {
			node = cfg_ev_loan(b, f, EV_POP, k, (long long)(uintptr_t)site);
		} else if (node >= fresh) { /* made now (a loop's second walk meets it again) */
			cfg_extra_use(b, c, b->nholders + k, node);
		}
	}
}

/* x with loan k (made again) replaced by its shadow (k + nloans: the earlier instances); x
 * itself when it does not hold k */
static const LoanSet *lset_shadowed(Borrowck *b, const LoanSet *x, int k)
{
	int old = k + b->nloans;
	if (!lset_has(x, k))
		return x;
	const LoanSet *flat = lset_flat(b, x); /* loan28: (a chain's set made flat) */
	int lo = 0, hi = flat ? flat->n : 0;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (flat->id[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!flat || lo >= flat->n || flat->id[lo] != k)
		return x;
	LoanSet *y = arena_alloc(b->s->scratch, sizeof *y + (size_t)flat->n * sizeof *y->id);
	for (int j = 0; j < flat->n; j++)
		if (flat->id[j] != k && flat->id[j] != old)
			y->id[y->n++] = flat->id[j];
	return lset_union(b, y->n ? y : NULL, lset_one(b, old));
}

/* Loan k is made (again): in flight until its statement ends. Made again in a loop, an earlier
 * instance a variable still holds becomes k's shadow (every earlier instance: one loan), with its
 * conflict record, so that the new instance starts without one and the earlier keeps its own. */
static void loan_made(Borrowck *b, Flow *f, int k)
{
	const Loan *l = &b->loans[k];
	unsat_flow(b, f, k);
	unsat_flow(b, f, k + b->nloans);
	cfg_ev_loan(b, f, EV_BORROW, k, 0);
	if (l->in_loop && f->reachable) {
		int old = k + b->nloans;
		bool held = false;
		/* only the variables k may ever flow into can hold it (loans26: every holder of the fn
		 * per borrow in a loop was N^2 for N borrows in a loop, `gen.py loopliveloans`) */
		for (const VarSeg *sg = b->flow_seg[k]; sg; sg = sg->next)
		for (int fi = 0; fi < sg->n; fi++) {
			int i = sg->v[fi];
			VarState vst = *vs(b, f, b->holder_vars[i]);
			const LoanSet *x = lset_shadowed(b, vst.holds, k);
			if (x == vst.holds)
				continue;
			vst.holds = x;
			if (vst.out_own) /* bc37: its output's loans likewise */
				vst.out = lset_shadowed(b, vst.out, k);
			vs_put(b, f, b->holder_vars[i], vst);
			held = true;
		}
		const Invalid *iv = inv_get(f->inv, k);
		if (held) {
			long long dk = chain_max(b, k, 0, LLONG_MAX);
			if (dk < b->death[k])
				dk = b->death[k];
			if (b->death[old] < dk)
				b->death[old] = dk;
			if (iv && !inv_get(f->inv, old))
				f->inv = inv_put(b, f->inv, old, iv);
			activate(b, old);
		}
	}
	f->inv = inv_put(b, f->inv, k, NULL);
	activate(b, k);
	b->inflight[k] = true;
	*VEC_PUSH(b->s->scratch, b->sh->made, b->sh->nmade, b->sh->made_cap) = k;
}

/* A value in flight that took the loans x when the clock was t is used here: an access that
 * conflicted with one of them since then was made while the loan was live, and is the error. */
static void report_conflict(Borrowck *b, const Invalid *iv)
{
	BorrowShared *sh = b->sh;
	if (sh->loop_depth > 0 || sh->chain_back > 0) {
		defer_error(b, iv->line, iv->col, iv->msg, true);
		return;
	}
	sh->raising_conflict = true;
	error_at(b->s, iv->line, iv->col, "%s", iv->msg);
}

static void use_loans(Borrowck *b, const LoanSet *x, Flow *f, long long t)
{
	if (!x || !f->reachable || !f->inv || *b->loan_budget < 0)
		return;
	const Invalid *first = NULL;
	LSET_EACH(x, y, i) {
		const Invalid *iv = inv_get(f->inv, y->id[i]);
		if (iv && iv->t > t && (!first || inv_prefer(first, iv, LLONG_MIN)))
			first = iv;
	}
	if (first)
		report_conflict(b, first);
}

/* v is used: an access that conflicted with a loan flowing into v, since v was assigned, was
 * made while the loan was live (v is live there), and is the error (the first in source order). */
static void use_holder(Borrowck *b, const AstVar *v, Flow *f, long long site)
{
	if (!is_holder(b, v) || !f->reachable)
		return;
	cfg_ev_var(b, f, EV_USE, v, site);
	if (*b->loan_budget < 0)
		return;
	const InvSet *x = vs(b, f, v->id)->pend;
	const Invalid *first = NULL;
	for (int i = 0; x && i < x->n; i++)
		if (!first || inv_prefer(first, x->e[i].iv, LLONG_MIN))
			first = x->e[i].iv;
	if (first)
		report_conflict(b, first);
}

/* rustc's place_conflict for the subset: does an access of kind to (path, n) conflict with
 * loan l? */
static bool loan_conflicts(const Borrowck *b, int k, const int *path, int n, int kind)
{
	const Loan *l = loan_at(b, k);
	if (l->temp) /* temp33: the temporary, unnamed, dies after its let's variable; tempref36: a
	              * statement's at that statement's end */
		return kind == ACC_DEAD && (!l->stmt_temp || (l->dies == b->dying && l->extended == b->dying_extended));
	if (l->npath && l->path[0] == PATH_DEREF && l->root->ty.kind == ATY_REF)
		return false; /* bcj39: a place behind a shared reference (`&*r`, `&r.a` of r: &T): rustc's borrow
		               * set ignores its borrow (rustc_borrowck Place::ignore_borrow), r's loans it carries */
	bool mut = l->mut && !b->reserved[k]; /* a reservation is a shared borrow */
	if ((kind == ACC_READ || kind == ACC_BORROW) && !mut)
		return false;
	int common = n < l->npath ? n : l->npath;
	for (int i = 0; i < common; i++)
		if (path[i] >= 0 && l->path[i] >= 0 && path[i] != l->path[i])
			return false; /* disjoint fields */
	if (n < l->npath && (kind == ACC_WRITE || kind == ACC_DEAD))
		for (int i = n; i < l->npath; i++)
			if (l->path[i] == PATH_DEREF)
				return false; /* shallow: the loan is of a place behind a reference stored there */
	return true;
}

static const char *access_message(Borrowck *b, int kind, bool loan_mut, const char *name)
{
	const char *fmt = kind == ACC_READ ? "cannot use `%s` because it was mutably borrowed"
	                : kind == ACC_MOVE ? "cannot move out of `%s` because it is borrowed"
	                : kind == ACC_BORROW ? "cannot borrow `%s` as immutable because it is also borrowed as mutable"
	                : kind == ACC_BORROW_MUT ? (loan_mut ? "cannot borrow `%s` as mutable more than once at a time"
	                                           : "cannot borrow `%s` as mutable because it is also borrowed as immutable")
	                : kind == ACC_WRITE ? "cannot assign to `%s` because it is borrowed"
	                : "`%s` does not live long enough";
	size_t len = strlen(fmt) + strlen(name) + 1;
	char *msg = arena_alloc(b->s->scratch, len);
	snprintf(msg, len, fmt, name);
	return msg;
}

/* An access of kind to the place (root, path) named name, at (line, col): records itself on
 * every loan it conflicts with (but self, the loan being made). A two-phase borrow's
 * reservation conflicts as a shared borrow and is reported as the `&mut` it is
 * (rustc's Reservation(MutableBorrow)): kind | ACC_RESERVE. */
static int inv_entry_cmp(const void *x, const void *y)
{
	int a = ((const struct InvEntry *)x)->loan, c = ((const struct InvEntry *)y)->loan;
	return (a > c) - (a < c);
}

static bool lset_has_own(const LoanSet *x, int k);
static bool lset_has(const LoanSet *x, int k)
{
	for (; x; x = lset_chain(x) ? lset_chain(x)->base : NULL)
		if (lset_has_own(x, k))
			return true;
	return false;
}

static bool lset_has_own(const LoanSet *x, int k)
{
	int lo = 0, hi = x ? x->n : 0;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (x->id[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return x && lo < x->n && x->id[lo] == k;
}

/* Issue 22: an access conflicted with loan k (or its shadow), live here when a value carries it
 * on this path (a variable it flowed into, or a value in flight): the record waits on every
 * variable k ever flows into (rustc: the loan's region holds the points where any of them is
 * live), reported at the first use of one of them before it is assigned again. A variable
 * carrying k only on another path is not joined with the record: that path's own holders are. */
static bool pend_add(Borrowck *b, Flow *f, int k, const Invalid *iv)
{
	int base = k < b->nloans ? k : k - b->nloans;
	bool carried = b->inflight[k];
	if (!carried && b->cfg && b->cfg->ok && b->cfg->multi[base] && b->cur_node >= 0)
		carried = cfg_in_scope(b, base, b->cur_node); /* in scope here, as rustc's */
	else
		for (const VarSeg *sg = b->flow_seg[base]; sg && !carried; sg = sg->next)
			for (int i = 0; i < sg->n && !carried; i++)
				carried = lset_has(vs(b, f, b->holder_vars[sg->v[i]])->holds, k);
	*b->loan_budget -= flow_count(b, base);
	if (!carried)
		return false;
	for (const VarSeg *sg = b->flow_seg[base]; sg; sg = sg->next)
		for (int i = 0; i < sg->n; i++) {
			int id = b->holder_vars[sg->v[i]];
			if (inv_get(vs(b, f, id)->pend, k))
				continue;
			struct PendAdd *a = VEC_PUSH(b->s->scratch, b->sh->padd, b->sh->npadd, b->sh->padd_cap);
			a->var = id, a->loan = k, a->iv = iv;
		}
	return true;
}

static int pend_add_cmp(const void *x, const void *y)
{
	const struct PendAdd *a = x, *c = y;
	return a->var != c->var ? (a->var > c->var) - (a->var < c->var) : (a->loan > c->loan) - (a->loan < c->loan);
}

/* bcj39 (issue 23): the records pend_add made in one access, merged into each variable's at once
 * (one at a time, the N records of N loans ending at one point, an else-if chain's N extended
 * temporaries at the let's block end, copied each variable's set N times: N^2) */
static void pend_flush(Borrowck *b, Flow *f)
{
	BorrowShared *sh = b->sh;
	int n = sh->npadd;
	sh->npadd = 0;
	if (n > 1)
		qsort(sh->padd, (size_t)n, sizeof *sh->padd, pend_add_cmp);
	for (int i = 0, j; i < n; i = j) {
		int id = sh->padd[i].var;
		for (j = i; j < n && sh->padd[j].var == id; j++)
			;
		InvSet *add = arena_alloc(b->s->scratch, sizeof *add + (size_t)(j - i) * sizeof *add->e);
		for (int t = i; t < j; t++)
			if (!add->n || add->e[add->n - 1].loan != sh->padd[t].loan)
				add->e[add->n++] = (struct InvEntry){sh->padd[t].loan, sh->padd[t].iv};
		VarState vst = *vs(b, f, id);
		*b->loan_budget -= (vst.pend ? vst.pend->n : 0) + add->n;
		vst.pend = inv_join(b, vst.pend, add, LLONG_MIN);
		vs_put(b, f, id, vst);
	}
}

/* Issue 23: loan k (flowing into two variables or more) is in scope at no access from position p
 * on: its scope, once asked (cfg_in_scope), holds no access after p, and the walk, outside every
 * loop, never comes back before p; it is not in flight, and a value carrying it that is used later
 * would be live, its use in the scope. So it leaves the list: its conflicts are never errors. (A
 * fn where every borrow flows into one `q` scanned each earlier loan at each access: quadratic.) */
static bool scope_passed(const Borrowck *b, int k, long long p)
{
	const LiveCfg *c = b->cfg;
	return k < b->nloans && c && c->ok && c->multi[k] && b->sh->loop_depth == 0 && !b->inflight[k] &&
	       (c->scope[k] || c->scope_bits[k]) && c->scope_end[k] < p;
}

/* An access of root at (line, col): its event in the first walk (false: nothing to record), else
 * its node (Borrowck.cur_node) */
static bool access_begin(Borrowck *b, Flow *f, AstVar *root, int kind, int line, int col)
{
	LiveCfg *c = b->cfg;
	if (c && c->building) { /* the first walk: the access is an event, nothing is recorded */
		if (c->ev_root[root->id])
			cfg_event(b, f, EV_ACCESS, root->id, access_site(line, col, kind));
		return false;
	}
	b->cur_node = c && c->ok && c->ev_root[root->id] ? cfg_find(c, EV_ACCESS, root->id, access_site(line, col, kind))
	                                                  : -1;
	return b->nloans && f->reachable && *b->loan_budget >= 0;
}

static void access_path(Borrowck *b, Flow *f, AstVar *root, const int *path, int n, int kind, const char *name,
                        int line, int col, int self)
{
	int msg_kind = kind & ACC_RESERVE ? ACC_BORROW_MUT : kind;
	if (!access_begin(b, f, root, kind, line, col))
		return;
	kind &= ~ACC_RESERVE;
	if ((kind == ACC_READ || (kind & ~ACC_RESERVE) == ACC_BORROW) && !b->has_mut_loan[root->id])
		return;
	sat_sync(b, f);
	/* the new records, merged into f->inv at once; the loans that are dead here leave the list */
	long long p = src_pos(line, col), t = ++b->sh->clock;
	int nfound = 0, nscanned = 0;
	const Invalid *rec[2] = {NULL, NULL}; /* by the loan's mutability: one record per message */
	/* reads and shared borrows conflict with `&mut` loans only: the shared ones are not scanned */
	bool shared_too = kind != ACC_READ && kind != ACC_BORROW;
	/* the buckets that may hold a conflicting loan: of a field f, f's and those of the whole
	 * root (or an index or deref first); else all of the root's */
	int bk[4], nbk = 0;
	for (int mut = 1; mut >= (shared_too ? 0 : 1); mut--) {
		int rm = 2 * root->id + mut;
		if (n && path[0] >= 0) {
			int x = bucket_find(b, (long long)rm << 32 | (unsigned)(path[0] + 1));
			int y = bucket_find(b, (long long)rm << 32);
			if (x >= 0)
				bk[nbk++] = x;
			if (y >= 0)
				bk[nbk++] = y;
		} else {
			bk[nbk++] = -1 - rm; /* every bucket of rm */
		}
	}
	for (int i = 0; i < nbk; i++) {
		int lo = bk[i] >= 0 ? bk[i] : b->bucket_lo[-1 - bk[i]];
		int hi = bk[i] >= 0 ? bk[i] + 1 : b->bucket_lo[-bk[i]];
		for (int u = lo; u < hi; u++)
			for (int k = b->act_head[u], next; k >= 0; k = next) {
				next = b->act_next[k];
				nscanned++;
				if (loan_dead(b, k, p) || scope_passed(b, k, p)) {
					deactivate(b, k);
					continue;
				}
				if (k == self || !loan_conflicts(b, k, path, n, kind))
					continue;
				const Loan *l = loan_at(b, k);
				bool mut = l->mut && !b->reserved[k];
				const Invalid *iv = kind == ACC_DEAD ? NULL : rec[mut];
				if (!iv) {
					Invalid *r = arena_alloc(b->s->scratch, sizeof *r);
					r->line = kind == ACC_DEAD ? l->line : line;
					r->col = kind == ACC_DEAD ? l->col : col;
					r->msg = l->temp ? "temporary value dropped while borrowed" /* temp33: rustc's E0716 */
					                 : access_message(b, msg_kind, mut, name);
					r->t = t;
					iv = rec[mut] = r;
				}
				if (pend_add(b, f, k, iv)) /* out of the list when no value in flight may carry it */
					sat_loan(b, f, k);
				const Invalid *old = inv_get(f->inv, k);
				if (old && old->t >= b->sh->floor)
					continue; /* a value in flight since before it has its record already */
				struct InvEntry *e = VEC_PUSH(b->s->scratch, b->found, nfound, b->found_cap);
				e->loan = k;
				e->iv = iv;
			}
	}
	pend_flush(b, f);
	*b->loan_budget -= nscanned + (nfound && f->inv ? f->inv->n : 0);
	if (*b->loan_budget < 0 || !nfound)
		return;
	InvSet *add = arena_alloc(b->s->scratch, sizeof *add + (size_t)nfound * sizeof *add->e);
	memcpy(add->e, b->found, (size_t)nfound * sizeof *add->e);
	add->n = nfound;
	/* ascending loans: the lists are walked newest first, so the records come descending, mostly
	 * (a qsort per access was a third of the time of N shared loans live across N `&mut`: quad25) */
	bool asc = true, desc = true;
	for (int i = 1; i < nfound && (asc || desc); i++) {
		asc &= add->e[i - 1].loan < add->e[i].loan;
		desc &= add->e[i - 1].loan > add->e[i].loan;
	}
	if (desc && !asc)
		for (int i = 0, j = nfound - 1; i < j; i++, j--) {
			struct InvEntry tmp = add->e[i];
			add->e[i] = add->e[j], add->e[j] = tmp;
		}
	else if (!asc)
		qsort(add->e, (size_t)nfound, sizeof *add->e, inv_entry_cmp);
	f->inv = inv_join(b, f->inv, add, b->sh->floor);
	if (f->inv->n > b->inv_prune_at) { /* records of dead loans, or older than every value in flight */
		InvSet *c = arena_alloc(b->s->scratch, sizeof *c + (size_t)f->inv->n * sizeof *c->e);
		for (int i = 0; i < f->inv->n; i++)
			if (!loan_dead(b, f->inv->e[i].loan, p) && f->inv->e[i].iv->t >= b->sh->floor)
				c->e[c->n++] = f->inv->e[i];
		*b->loan_budget -= f->inv->n;
		f->inv = c->n ? c : NULL;
		b->inv_prune_at = 2 * c->n + 64;
	}
}

static void access(Borrowck *b, Flow *f, AstExpr *place, int kind, int line, int col)
{
	int *path, n;
	AstVar *root;
	if (!b->nloans || !f->reachable || !(root = place_path(b, place, &path, &n)) || b->first_loan[root->id] < 0)
		return;
	access_path(b, f, root, path, n, kind, place_name(b, place), line, col, -1);
}

/* A read (copy) or a move of the place e, as an operand. */
static void access_operand(Borrowck *b, Flow *f, AstExpr *e)
{
	if (!e->mention_only)
		access(b, f, e, ast_type_is_copy(b->s->prog, e->ty) ? ACC_READ : ACC_MOVE, e->line, e->col);
}

/* `&place` / `&mut place` (after 4b's checks): the access, then the loan, live in b->val
 * with what a deref in the place reborrows from. */
static void make_borrow(Borrowck *b, AstExpr *e, Flow *f)
{
	int k = loan_of(b, e);
	if (k < 0 || k >= b->nloans || !f->reachable)
		return;
	Loan *l = &b->loans[k];
	if (l->stmt_temp && l->extended) {
		l->dies = b->extending; /* temp37: the let's; not a terminating scope's (term_loans) */
	} else if (l->stmt_temp) {
		l->dies = b->temp_scope; /* (the same scope at each walk) */
		b->scope_temps++;
		*VEC_PUSH(b->s->scratch, b->term_loans, b->nterm_loans, b->term_loans_cap) = k;
	}
	if (l->temp) { /* temp33: nothing else reaches a temporary */
		loan_made(b, f, k);
		b->val = lset_one(b, k);
		return;
	}
	int kind = !l->mut ? ACC_BORROW : b->reserved[k] ? ACC_BORROW | ACC_RESERVE : ACC_BORROW_MUT;
	if (borrows_holder(b, l)) /* loan34: borrowing r is a use of r (rustc's liveness: a borrow uses the local) */
		use_holder(b, l->root, f, site_at(e->lhs->line, e->lhs->col, SITE_USE));
	loan_made(b, f, k);
	access_path(b, f, l->root, l->path, l->npath, kind, place_name(b, e->lhs), e->line, e->col, k);
	const LoanSet *v = lset_one(b, k);
	if ((l->npath && l->path[0] == PATH_DEREF) /* a reborrow through the reference l->root */
	    || borrows_holder(b, l))              /* loan34: `&r` of a reference r holds what r holds */
		v = lset_chained(b, v, holds_of(b, f, l->root));
	b->val = v;
}

/* ---- the drop of a future: which ones keep their loans live (dropck) ---- */

static bool ast_needs_drop(Borrowck *b, AstType t, int depth);

static bool fields_need_drop(Borrowck *b, const AstField *fs, int n, int depth)
{
	for (int i = 0; i < n; i++)
		if (ast_needs_drop(b, fs[i].ty, depth + 1))
			return true;
	return false;
}

/* rustc's needs_drop for the subset's types, as the witness check of dropck sees them: an async
 * fn's future is an opaque type, an async block's a coroutine, both need drop (seen with rustc
 * 1.95: a block awaiting `async { 3u32 }` keeps its by-reference captures live to its drop). */
static bool ast_needs_drop(Borrowck *b, AstType t, int depth)
{
	const AstProgram *p = b->s->prog;
	if (depth > 64)
		return true;
	switch (t.kind) {
	case ATY_GUARD: case ATY_FN_FUTURE: case ATY_BLOCK_FUTURE:
		return true;
	case ATY_STRUCT:
		return fields_need_drop(b, p->structs[t.id]->fields, p->structs[t.id]->nfields, depth);
	case ATY_ENUM: {
		const AstEnum *en = p->enums[ast_enum_index(t)];
		for (int v = 0; v < en->nvariants; v++)
			if (fields_need_drop(b, en->variants[v].fields, en->variants[v].nfields, depth))
				return true;
		return false;
	}
	case ATY_ARRAY:
		return ast_needs_drop(b, ast_array_elem(t), depth + 1);
	default:
		return false;
	}
}

/* Does dropping a value of type t use the loans it carries? (depth: Option / Result levels; past 64,
 * as type_carries_loans, assumed to: a recursion bounded for types nested 100,000 deep) */
static bool drop_uses_loans_at(Borrowck *b, AstType t, int depth);
static bool drop_uses_loans(Borrowck *b, AstType t) { return drop_uses_loans_at(b, t, 0); }

static bool drop_uses_loans_at(Borrowck *b, AstType t, int depth)
{
	if (t.kind == ATY_FN_FUTURE)
		return true;
	if (t.kind == ATY_ARRAY)
		return drop_uses_loans_at(b, ast_array_elem(t), depth);
	if (t.kind == ATY_ENUM && carries_loans(b, t)) { /* optloan35: `Some(fut)` drops the future */
		if (depth > 64)
			return true;
		const AstEnum *en = b->s->prog->enums[ast_enum_index(t)];
		for (int i = 0; i < (en->generic == GENERIC_RESULT ? 2 : 1); i++)
			if (drop_uses_loans_at(b, en->type_args[i], depth + 1))
				return true;
		return false;
	}
	if (t.kind != ATY_BLOCK_FUTURE)
		return false;
	AstAsyncBlock *ab = b->s->prog->async_blocks[t.id];
	if (ab->fn != b->fn || b->witness_drop[ab->index_in_fn])
		return true;
	for (int i = 0; i < ab->ncaptures; i++)
		if (ab->captures[i].mode == CAPTURE_BY_VALUE && carries_loans(b, ab->captures[i].var->ty) &&
		    drop_uses_loans(b, ab->captures[i].var->ty))
			return true;
	return false;
}

/* At an await of an async block's body: its witness needs drop when the awaitee does (it is
 * held across its own await), or a local of the block with drop glue may be initialised
 * there (rustc saves it: maybe initialised, storage live, dropped later). */
static void witness_at_await(Borrowck *b, AstExpr *e, Flow *f)
{
	if (!b->body || !b->nloans || !f->reachable || b->witness_drop[b->body->index_in_fn])
		return;
	bool *w = &b->witness_drop[b->body->index_in_fn];
	*w = ast_needs_drop(b, e->lhs->ty, 0) || b->temps > 0;
	for (int v = b->first_drop_var[b->body->index_in_fn]; v >= 0 && !*w; v = b->next_drop_var[v])
		*w = (st_of(b, f, v) & ST_INIT) != 0;
}

/* v goes out of scope at (line, col): its drop, then its StorageDead. */
static void scope_end(Borrowck *b, Flow *f, AstVar *v, int line, int col)
{
	if (!b->nloans || !f->reachable)
		return;
	if (is_holder(b, v)) {
		if ((st_of(b, f, v->id) & ST_INIT) && drop_uses_loans(b, v->ty))
			use_holder(b, v, f, site_at(line, col, SITE_SCOPE_END));
		set_holds(b, f, v, NULL, site_at(line, col, SITE_SCOPE_END));
	}
	if (b->first_loan[v->id] >= 0)
		access_path(b, f, v, NULL, 0, ACC_DEAD, v->name, line, col, -1);
}

/* for40: a `for` loop's `Some(PAT)` arm: PAT's binding goes out of scope at the body's end (the loop variable
 * is fresh each iteration) */
static void for_binding_dies(Borrowck *b, const AstMatchArm *a, Flow *f)
{
	AstVar *v = a->npats == 1 && a->pats[0].nsubs == 1 ? a->pats[0].subs[0].var : NULL;
	if (v && a->body->kind == EXPR_BLOCK)
		scope_end(b, f, v, a->body->block->end_line, a->body->block->end_col);
}

/* `return`: the futures of the body still initialised are dropped on the way out. */
static void return_drops(Borrowck *b, Flow *f, const AstExpr *ret)
{
	if (!b->nholders || !f->reachable)
		return;
	for (int i = 0; i < b->nholders; i++) {
		AstVar *v = b->fn->vars[b->holder_vars[i]];
		if (v->owner == b->body && holds_of(b, f, v) && (st_of(b, f, v->id) & ST_INIT) && drop_uses_loans(b, v->ty))
			use_holder(b, v, f, site_at(ret->line, ret->col, SITE_RETURN));
	}
}


/* ---- references (issue 22 item 4): E0507, E0594, E0596 and borrows of moved
 * values; conflicts between live borrows are 4c's (above). ---- */

/* The deref under a chain of field accesses of e (`(*r).a.b`), or NULL. */
static AstExpr *deref_root(AstExpr *e)
{
	while (e->kind == EXPR_FIELD)
		e = e->lhs;
	return e->kind == EXPR_DEREF ? e : NULL;
}

/* refref33: the place of deref d is behind a shared reference: d's or an inner deref's (`**r` of
 * r: `&&mut T`) */
static bool behind_shared(AstExpr *d)
{
	for (; d; d = deref_root(d->lhs))
		if (d->lhs->ty.kind == ATY_REF)
			return true;
	return false;
}

/* `*r` reads r (a `&mut` included: a deref is not a move of the reference);
 * moving a non-Copy value out from behind it is E0507. */
/* ergo31: a reference variable r used through `*r` (`*r = x`, `&mut *r`, `match *r`, an ergonomic
 * match of r) is an access of the place `*r` in rustc's MIR: its E0382 ("use of moved value: `r`"
 * after r moved, e.g. by ergo30's `v @ Some(_)`) is at that statement's span, which begins at the
 * place (line, col) or, for a borrow, at the `&` ("borrow of moved value": rustc_borrowck's
 * report_use_of_moved_or_uninitialized names the use kind, InitializationRequiringAction::Borrow) */
static void use_deref_at(Borrowck *b, AstExpr *d, AstExpr *place, Flow *f, bool move, int line, int col,
                         bool borrow)
{
	AstExpr *r = d->lhs;
	if (r->kind == EXPR_VAR) {
		b->site_line = line;
		b->site_col = col;
		b->site_borrow = borrow;
		use_var(b, r->var, r->line, r->col, f, false);
		b->site_line = 0;
	} else if (r->kind == EXPR_DEREF) { /* `**r` (refref33): the inner deref is a place, read not moved */
		use_deref_at(b, r, r, f, false, line, col, borrow);
	} else
		flow_expr(b, r, f);
	if (move && f->reachable && ergo_borrowed_place(place)) /* ergo28: rustc names no place */
		error_at(b->s, place->line, place->col, "cannot move out of a %s reference",
		         r->ty.kind == ATY_REF ? "shared" : "mutable");
	if (move && f->reachable)
		error_at(b->s, place->line, place->col, "cannot move out of `%s` which is behind a %s reference",
		         place_name(b, place), r->ty.kind == ATY_REF ? "shared" : "mutable");
}

static void use_deref(Borrowck *b, AstExpr *d, AstExpr *place, Flow *f, bool move)
{
	use_deref_at(b, d, place, f, move, place->line, place->col, false);
}

/* ---- arrays (issue 22 item 4): an element is read, assigned or borrowed in
 * place; the array is used, never partly moved (moving an element out is E0508) ---- */

/* The index under a chain of field accesses of e (`a[i].f.g`), or NULL. */
static AstExpr *index_under(AstExpr *e)
{
	while (e->kind == EXPR_FIELD)
		e = e->lhs;
	return e->kind == EXPR_INDEX ? e : NULL;
}

/* The variable an indexed place is based on (`s.a[i]`: s), NULL through a deref. */
static AstVar *index_root_var(AstExpr *ix)
{
	AstExpr *r = ix->lhs;
	while (r->kind == EXPR_FIELD)
		r = r->lhs;
	return r->kind == EXPR_VAR ? r->var : NULL;
}

/* `base[i]`: the array place read (not moved), then the index evaluated. */
static void use_index_base(Borrowck *b, AstExpr *ix, Flow *f)
{
	AstExpr *base = ix->lhs;
	MovePath bits;
	AstExpr *root;
	if (deref_root(base))
		use_deref(b, deref_root(base), base, f, false);
	else if (base->kind == EXPR_VAR)
		use_var(b, base->var, base->line, base->col, f, false);
	else if (base->kind == EXPR_FIELD && (root = field_root(b->s->prog, base, &bits)))
		use_field(b, base, root, bits, f, false);
	else
		flow_expr(b, base, f);
	flow_expr(b, ix->rhs, f);
}

/* rustc: E0508, moving out of an element of the array indexed by ix */
_Noreturn static void move_out_of_array(Borrowck *b, const AstExpr *at, const AstExpr *ix)
{
	AstType et = ast_array_elem(ix->lhs->ty);
	const char *en = et.kind == ATY_STRUCT ? b->s->prog->structs[et.id]->name
	               : et.kind == ATY_ENUM ? ast_enum_name(b->s->prog, b->s->prog->enums[ast_enum_index(et)]) : ast_type_name(et);
	error_at(b->s, at->line, at->col, "cannot move out of type `[%s; %d]`, a non-copy array", en,
	         ast_array_len(ix->lhs->ty));
}

/* `a[i]` or `a[i].f` as an operand: a Copy value is copied; anything else would be
 * moved out of the array (rustc: E0508). */
static void use_index(Borrowck *b, AstExpr *place, AstExpr *ix, Flow *f)
{
	use_index_base(b, ix, f);
	if (!place->mention_only && !ast_type_is_copy(b->s->prog, place->ty) && f->reachable)
		move_out_of_array(b, place, ix);
}

/* `match a[i] { .. }` on an enum element: read in place; a binding that moves a
 * field out moves it out of the array (E0508). */
static void match_index(Borrowck *b, AstExpr *e, Flow *f)
{
	AstExpr *ix = index_under(e->lhs);
	use_index_base(b, ix, f);
	for (int i = 0; i < e->narms && f->reachable; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			if (ast_pattern_first_move(b->s->prog, &e->arms[i].pats[k]))
				move_out_of_array(b, e->lhs, ix);
		}
}

/* `a[i] = x`, `a[i].f = x` (op= too), `&mut a[i]`: the array must be mutable, or
 * behind a `&mut`. */
static void mutate_index(Borrowck *b, AstExpr *place, AstExpr *ix, Flow *f, const char *verb)
{
	use_index_base(b, ix, f);
	if (!f->reachable)
		return;
	AstExpr *d = deref_root(ix->lhs);
	if (d && behind_shared(d))
		error_at(b->s, place->line, place->col, "cannot %s `%s`%s, which is behind a `&` reference", verb,
		         place_name(b, place), !strcmp(verb, "borrow") ? " as mutable" : "");
	AstVar *v = index_root_var(ix);
	if (v && !v->is_mut)
		error_at(b->s, place->line, place->col, "cannot %s `%s`%s, as `%s` is not declared as mutable", verb,
		         place_name(b, place), !strcmp(verb, "borrow") ? " as mutable" : "", v->name);
}

/* `&place` / `&mut place` */
static void borrow_place(Borrowck *b, AstExpr *e, Flow *f)
{
	AstExpr *place = e->lhs;
	AstExpr *ix = index_under(place);
	if (ix) {
		if (e->ref_mut)
			mutate_index(b, place, ix, f, "borrow");
		else
			use_index_base(b, ix, f);
		return;
	}
	AstExpr *d = deref_root(place);
	if (d) {
		use_deref_at(b, d, place, f, false, e->line, e->col, true);
		if (e->ref_mut && behind_shared(d) && f->reachable)
			error_at(b->s, e->line, e->col, "cannot borrow `%s` as mutable, as it is behind a `&` reference",
			         place_name(b, place));
		return;
	}
	MovePath mp;
	AstExpr *root = field_root(b->s->prog, place, &mp);
	if (!root) {
		flow_expr(b, place, f);
		return;
	}
	if (!f->reachable)
		return;
	AstVar *v = root->var;
	const uint64_t *x = fields_of(b, f, v->id);
	if (st_of(b, f, v->id) & ST_MOVED)
		moved_error(b, e->line, e->col, "borrow of moved value: `%s`", v->name);
	else
		check_initialized(b, v, place->line, place->col, f);
	if (st_of(b, f, v->id) & ST_MOVED) {
	} else if (bits_any(x, b->nbits[v->id], mp.lo, mp.n)) {
		if (place != root && bits_any(x, b->nbits[v->id], mp.lo, 1))
			moved_error(b, e->line, e->col, "borrow of moved value: `%s`", moved_name(b, place, v));
		else
			moved_error(b, e->line, e->col, "borrow of partially moved value: `%s`", place_name(b, place));
	}
	if (e->ref_mut && !v->is_mut) {
		if (place == root || captured_here(b, v)) /* an upvar's binding is not named (pmove26) */
			error_at(b->s, e->line, e->col, "cannot borrow `%s` as mutable, as it is not declared as mutable",
			         place_name(b, place));
		error_at(b->s, e->line, e->col, "cannot borrow `%s` as mutable, as `%s` is not declared as mutable",
		         place_name(b, place), v->name);
	}
}

/* `*r = x`, `r.a = x` (op= too): r is read, and must be a `&mut` (E0594). */
static void assign_through_ref(Borrowck *b, AstExpr *place, AstExpr *d, Flow *f)
{
	use_deref(b, d, place, f, false);
	if (behind_shared(d) && f->reachable)
		error_at(b->s, place->line, place->col, "cannot assign to `%s`, which is behind a `&` reference",
		         place_name(b, place));
}

/* An arm's binding made (ST_INIT) or dead after the arm (ST_UNINIT); a non-Copy
 * field moved out when made: the enum is partially moved in this arm. */
typedef struct {
	Borrowck *b;
	Flow *arm;
	const AstExpr *match;
	int st;
	const AstSubPattern *top; /* the alternative's top binding (tops28: it moves the whole place, below) */
} ArmBindings;

static void set_binding(const AstSubPattern *sp, void *cx)
{
	ArmBindings *ab = cx;
	set_st(ab->b, ab->arm, sp->var->id, (uint8_t)ab->st);
	for (const AstSubPattern *in = ab->top; in; in = in->inner) /* the top binding, `x @ y`'s y too (bind29) */
		if (sp == in)
			return;
	int nf;
	if (ab->st == ST_INIT && ast_binding_moves(ab->b->s->prog, sp->var) && ab->match && ab->match->lhs->kind == EXPR_VAR &&
	    ab->match->lhs->ty.kind == ATY_ENUM && !mp_fields(ab->b->s->prog, ab->match->lhs->ty, &nf) &&
	    ab->arm->reachable)
		set_fields(ab->b, ab->arm, ab->match->lhs->var->id,
		           bits_with(ab->b, fields_of(ab->b, ab->arm, ab->match->lhs->var->id), 1, 0, 1, true));
	/* out of a field place (`match s.g { G::B(g) => .. }`, issue 22 item 4): the field has no
	 * move path below it here, so it counts as moved (rustc: "partially moved `s.g`") */
	MovePath mp;
	AstExpr *root;
	if (ab->st == ST_INIT && ast_binding_moves(ab->b->s->prog, sp->var) && ab->match && ab->match->lhs->kind == EXPR_FIELD &&
	    !mp_fields(ab->b->s->prog, ab->match->lhs->ty, &nf) && ab->arm->reachable && !index_under(ab->match->lhs) && !deref_root(ab->match->lhs) &&
	    (root = field_root(ab->b->s->prog, (AstExpr *)ab->match->lhs, &mp)))
		set_fields(ab->b, ab->arm, root->var->id,
		           bits_with(ab->b, fields_of(ab->b, ab->arm, root->var->id), ab->b->nbits[root->var->id],
		                     mp.lo + 1, mp.n - 1, true));
}

/* issue 22: rustc keeps one move error per set of moves, the later one found unless its place is
 * a prefix of the earlier's (report_use_of_moved_or_uninitialized). A match on an enum place
 * (`g0`, `s.g`) partially moved by a binding, which moves the field again (`G::B(g)` a second
 * time): the discriminant read's "use of partially moved value" gives way to the binding's "use
 * of moved value", at the first such binding. Exact when the enum has one field that is not Copy
 * (every move out of the place is one of it, the same set); NULL otherwise. */
static const AstSubPattern *moved_again(const Borrowck *b, const AstExpr *match)
{
	AstType t = match->lhs->ty;
	if (t.kind != ATY_ENUM)
		return NULL;
	const AstEnum *en = b->s->prog->enums[ast_enum_index(t)];
	int moving = 0;
	for (int v = 0; v < en->nvariants; v++)
		for (int i = 0; i < en->variants[v].nfields; i++)
			moving += !ast_type_is_copy(b->s->prog, en->variants[v].fields[i].ty);
	const AstSubPattern *first = NULL;
	for (int i = 0; i < match->narms && moving == 1 && !first; i++)
		for (int k = 0; k < match->arms[i].npats && !first; k++)
			if (match->arms[i].pats[k].enm == en)
				first = ast_pattern_first_move(b->s->prog, &match->arms[i].pats[k]);
	return first;
}

static bool pattern_moves(const AstProgram *p, const AstPattern *pat)
{
	return ast_pattern_first_move(p, pat) != NULL;
}

/* The variable a struct-typed scrutinee is a place of, `s` or `s.a.p` (no deref, no index: issue 22,
 * a struct pattern on a field), and the move path its fields start at (0: the variable's own). */
static AstVar *struct_scrutinee(Borrowck *b, AstExpr *e, int *base)
{
	MovePath mp;
	AstExpr *root;
	if (e->ty.kind != ATY_STRUCT || index_under(e) || deref_root(e) || !(root = field_root(b->s->prog, e, &mp)))
		return NULL;
	*base = e == root ? 0 : mp.lo + 1;
	return root->var;
}

/* rustc's description of a place moved out of behind a reference (describe_place_with_options with
 * neither downcasts nor tuple fields, rustc_borrowck diagnostics/mod.rs): the variable, then each named
 * field; a tuple struct's or tuple variant's field adds nothing, a deref under a field nothing. */
static void describe_scrutinee(const AstProgram *p, const AstExpr *e, StrBuf *out)
{
	if (e->kind == EXPR_DEREF) {
		describe_scrutinee(p, e->lhs, out);
		return;
	}
	if (e->kind == EXPR_FIELD) {
		describe_scrutinee(p, e->lhs, out);
		AstType bt = e->lhs->ty;
		if (!(bt.kind == ATY_STRUCT && p->structs[bt.id]->is_tuple))
			strbuf_printf(out, ".%s", e->name);
		return;
	}
	strbuf_printf(out, "%s", e->kind == EXPR_VAR ? e->var->name : "value");
}

/* rustc's name of the first field place a struct pattern moves out of (`r.g`, the deref elided) */
static const char *moved_field_name(Borrowck *b, const AstPattern *pat, const char *base)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		bool moves = sp->var ? ast_binding_moves(b->s->prog, sp->var) : sp->nested && pattern_moves(b->s->prog, sp->nested);
		if (!moves)
			continue;
		/* a tuple struct's field adds nothing (rustc's describe_place without tuple fields) */
		const char *fld = pat->strukt->is_tuple ? NULL : pat->strukt->fields[sp->field].name;
		size_t n = strlen(base) + (fld ? strlen(fld) : 0) + 2;
		char *buf = arena_alloc(b->s->scratch, n);
		snprintf(buf, n, fld ? "%s.%s" : "%s", base, fld ? fld : "");
		return !sp->var && sp->nested && sp->nested->strukt ? moved_field_name(b, sp->nested, buf) : buf;
	}
	return base;
}

/* A struct pattern on a dereference or an array element (issue 22: `if let S { a: 0, .. } = *r`,
 * `match a[i] { P(x, _) => .. }`): the place is read, not moved; a binding that moves a non-Copy
 * field out is rustc's E0507 behind a reference, E0508 out of an array. */
static void struct_pattern_behind(Borrowck *b, AstExpr *place, const AstPattern *pats, int npats, Flow *f,
                                  bool used)
{
	AstExpr *ix = index_under(place);
	AstExpr *d = ix ? NULL : deref_root(place);
	if (ix)
		use_index_base(b, ix, f);
	else if (!used)
		use_deref(b, d, place, f, false);
	for (int k = 0; k < npats && f->reachable; k++)
		if (pattern_moves(b->s->prog, &pats[k])) {
			if (ix)
				move_out_of_array(b, place, ix);
			AstExpr *in = d; /* pat36: `let &&mut G { g, .. } = &&mut h;`: rustc's move path stops at the
			                  * first deref from the local, the written outer borrow's */
			while (in && ast_deref_is_ergo(in) && ast_deref_is_ergo(in->lhs))
				in = in->lhs;
			if (in && in != d && in->lhs->kind == EXPR_REF && !in->lhs->implicit)
				error_at(b->s, place->line, place->col, "cannot move out of a %s reference",
				         in->lhs->ty.kind == ATY_REF ? "shared" : "mutable");
			if (ergo_borrowed_place(place)) /* `match &o { Some(mut g) => .. }` (ergo28): rustc names no place */
				error_at(b->s, place->line, place->col, "cannot move out of a %s reference",
				         d->lhs->ty.kind == ATY_REF ? "shared" : "mutable");
			StrBuf sb = {0};
			describe_scrutinee(b->s->prog, place, &sb); /* `r`, `r.e`: the deref elided, tuple fields too */
			char *base = arena_alloc(b->s->scratch, sb.n + 1);
			memcpy(base, sb.s, sb.n + 1);
			strbuf_free(&sb);
			error_at(b->s, place->line, place->col, "cannot move out of `%s` which is behind a %s reference",
			         moved_field_name(b, &pats[k], base),
			         d->lhs->ty.kind == ATY_REF ? "shared" : "mutable");
		}
}

/* The first binding of pat (ast_pattern_each_binding's order: rustc's, the order bindings are made)
 * that moves, its field path appended to out as describe_scrutinee names fields; false: none */
static bool first_moving_path(const AstProgram *p, const AstPattern *pat, StrBuf *out)
{
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat)
			sp = &sp->or_pat->alts[0];
		if (!sp->var && !sp->nested)
			continue;
		size_t mark = out->n;
		bool tuple = pat->enm ? pat->enm->variants[pat->variant].is_tuple : pat->strukt && pat->strukt->is_tuple;
		if (!tuple && sp->field >= 0) {
			const AstField *fs = pat->enm ? pat->enm->variants[pat->variant].fields : pat->strukt ? pat->strukt->fields : NULL;
			if (fs)
				strbuf_printf(out, ".%s", fs[sp->field].name);
		}
		if ((sp->var && ast_binding_moves(p, sp->var)) || (sp->nested && first_moving_path(p, sp->nested, out)))
			return true;
		out->n = mark;
		if (out->s)
			out->s[mark] = 0;
	}
	return false;
}

/* `match *p { E::A(g) => .. }` moving g (a non-Copy field) out from behind the reference: rustc's
 * E0507 names the moved place and its first downcast's variant (describe_name): "cannot move out
 * of `p` as enum variant `A` which is behind a shared reference", at the scrutinee */
static _Noreturn void move_out_of_variant(Borrowck *b, const AstExpr *e)
{
	const AstExpr *scrut = e->lhs;
	const AstExpr *d = deref_root((AstExpr *)scrut);
	if (ergo_borrowed_place(scrut)) /* `match &o { Some(mut g) => .. }` (ergo28): rustc names no place */
		error_at(b->s, scrut->line, scrut->col, "cannot move out of a %s reference",
		         d->lhs->ty.kind == ATY_REF ? "shared" : "mutable");
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			const AstPattern *pat = &e->arms[i].pats[k];
			StrBuf path = {0};
			describe_scrutinee(b->s->prog, scrut, &path);
			if (pat->enm && first_moving_path(b->s->prog, pat, &path)) {
				char *msg = arena_alloc(b->s->scratch, path.n + 1);
				memcpy(msg, path.s, path.n + 1);
				strbuf_free(&path);
				error_at(b->s, scrut->line, scrut->col,
				         "cannot move out of `%s` as enum variant `%s` which is behind a %s reference", msg,
				         pat->enm->variants[pat->variant].name,
				         d->lhs->ty.kind == ATY_REF ? "shared" : "mutable");
			}
			strbuf_free(&path);
		}
	error_at(b->s, scrut->line, scrut->col, "cannot move out of `%s` which is behind a %s reference",
	         place_name(b, scrut), d->lhs->ty.kind == ATY_REF ? "shared" : "mutable");
}

/* A struct pattern, or a one-variant enum's variant pattern, matched in place against a
 * place of variable v of type ty whose fields' move paths start at base (issue 22 item 4:
 * `match s { S { a: 0, g } => .. }`, `match w { W::A(k, _) => .. }`: rustc reads no
 * discriminant of a one-variant enum, only the places its patterns bind): the field
 * places it reads (a binding, a literal, a nested variant pattern of several variants;
 * `_` and `..` read nothing; a nested struct or one-variant pattern reads its own
 * fields) must not be moved out (rustc E0382: `s.g` moved, `s.p` partially), and a
 * field a non-Copy binding moves out is moved (a move out of a nested multi-variant
 * enum field moves that whole field here). name: rustc's name of the place at base; scrut: the
 * scrutinee, where a test's use (not a binding's) is reported, as rustc's match tree reads there. */
static void pattern_uses(Borrowck *b, Flow *f, AstVar *v, const AstPattern *pat, AstType ty, int base,
                         const char *name, const AstExpr *scrut)
{
	const AstProgram *p = b->s->prog;
	int nf;
	const AstField *fs = mp_fields(p, ty, &nf);
	for (int j = 0; j < pat->nsubs && f->reachable && fs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if ((!sp->nested && !sp->var && !sp->or_pat) || sp->field < 0 || sp->field >= nf)
			continue;
		AstType fty = fs[sp->field].ty;
		int lo = mp_child(p, ty, base, sp->field);
		int n = 1 + mp_nodes(p, fty);
		/* rustc describes no place under a downcast: "use of moved value" (no name) */
		char *fname = NULL;
		if (name && ty.kind == ATY_STRUCT) {
			size_t len = strlen(name) + strlen(fs[sp->field].name) + 2;
			fname = arena_alloc(b->s->scratch, len);
			snprintf(fname, len, "%s.%s", name, fs[sp->field].name);
		}
		int nsub;
		if (!sp->deref && !sp->var && sp->nested && (sp->nested->strukt || sp->nested->enm) && mp_fields(p, fty, &nsub)) {
			/* `k @ p` (issue 22) is a binding of the field: below (p binds nothing, parse.c) */
			pattern_uses(b, f, v, sp->nested, fty, lo + 1, fname, scrut);
			continue;
		}
		const uint64_t *x = fields_of(b, f, v->id);
		if (bits_any(x, b->nbits[v->id], lo, n)) {
			/* a binding's use is at the binding, a test's (a nested variant or literal pattern, an
			 * or-pattern) at the scrutinee, where rustc's match tree reads the field */
			int el = sp->var ? sp->line : scrut->line, ec = sp->var ? sp->col : scrut->col;
			bool whole = bits_any(x, b->nbits[v->id], lo, 1);
			if (!fname)
				moved_error(b, el, ec, whole ? "use of moved value%s" : "use of partially moved value%s", "");
			else
				moved_error(b, el, ec, whole ? "use of moved value: `%s`" : "use of partially moved value: `%s`", fname);
		}
		/* an or-pattern (issue 22 item 4: `S { g: Some(h) | None, .. }`) reads the field; it moves
		 * out what its first alternative's bindings (every alternative's variables) move */
		const AstSubPattern *mv = sp->or_pat ? &sp->or_pat->alts[0] : sp;
		if (sp->deref) /* `Some(&x)` (ergo29): reads the reference; a move out of it is E0507 (deref_sub_moves) */
			continue;
		if (mv->var ? ast_binding_moves(b->s->prog, mv->var) : mv->nested && pattern_moves(b->s->prog, mv->nested)) /* a nested variant's: below */
			set_fields(b, f, v->id, bits_with(b, x, b->nbits[v->id], mv->var || n == 1 ? lo : lo + 1,
			                                  mv->var || n == 1 ? n : n - 1, true));
	}
}

/* Issue 22 (pmove26): the accesses a pattern makes of the place it is matched against, as rustc's
 * match lowering makes them, each through access_path as an expression's use: a binding copies
 * its field (a read, E0503 while a `&mut` of it is live) or moves it (E0505 while any loan of it
 * is live), at the binding; a test reads its field, a discriminant at the scrutinee
 * (`Rvalue::Discriminant`), a literal or an or-pattern of literals at the match's start (an if-let's:
 * its pattern; rustc's SwitchInt at match_start_span), a range at the range (its comparisons at
 * the test's span). `_` and `..` read nothing, nor does a struct or one-variant enum pattern
 * itself: only its fields' patterns do. The place is (root, path), rustc's name `name` (`w.1`,
 * `s.e.0`, `p.k` behind a reference, `a[_].k`). They are collected, then made in source order:
 * a conflict records itself on a loan once per path, the first made, and rustc reports the first
 * by span (`if let S { e: E::A(x), .. } = s`: x's read before the scrutinee's discriminant). */
typedef struct PatAcc {
	const int *path;
	int n, kind, line, col, seq;
	const char *name;
	const AstSubPattern *ref; /* a `ref` binding (issue 22): the loan made, its variable holding it */
	long long sub_end; /* bind31: a binding by value with `@`: the last position of a binding after its `@`
	                      (chained or in its subpattern; 0: none), rustc's bindings bound before it */
} PatAcc;

typedef struct PatPlace {
	AstVar *root;
	int line, col;             /* the scrutinee: a discriminant read */
	int start_line, start_col; /* the match's start: a literal test */
	bool tests, bindings;      /* which accesses to collect */
	bool guard;                /* bind31: the arm has a guard: a by-value binding is bound by `&` for it */
	PatAcc *acc;
	int nacc;
	uint32_t cap;
} PatPlace;

static void pat_add(Borrowck *b, PatPlace *pp, const int *path, int n, int kind, const char *name, int line, int col)
{
	PatAcc *a = VEC_PUSH(b->s->scratch, pp->acc, pp->nacc, pp->cap);
	*a = (PatAcc){path, n, kind, line, col, pp->nacc - 1, name, NULL, 0};
}

static void pat_field_access(Borrowck *b, Flow *f, PatPlace *pp, const AstSubPattern *sp, AstType fty,
                             const int *path, int n, const char *name);

static void pat_access(Borrowck *b, Flow *f, PatPlace *pp, const AstPattern *pat, const int *path, int n,
                       const char *name)
{
	const AstField *fs = pat->strukt ? pat->strukt->fields
	                   : pat->enm ? pat->enm->variants[pat->variant].fields : NULL;
	int nf = pat->strukt ? pat->strukt->nfields : pat->enm ? pat->enm->variants[pat->variant].nfields : 0;
	for (int j = 0; j < pat->nsubs && fs && f->reachable; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if ((!sp->nested && !sp->var && !sp->or_pat) || sp->field < 0 || sp->field >= nf)
			continue;
		int *fp = arena_alloc(b->s->scratch, (size_t)(n + 2) * sizeof *fp);
		memcpy(fp, path, (size_t)n * sizeof *fp);
		fp[n] = sp->field;
		const char *fld = fs[sp->field].name;
		char ix[16];
		if (!fld) {
			snprintf(ix, sizeof ix, "%d", sp->field);
			fld = ix;
		}
		size_t len = strlen(name) + strlen(fld) + 3;
		char *fname = arena_alloc(b->s->scratch, len);
		snprintf(fname, len, "%s%s.%s", sp->deref ? "*" : "", name, fld);
		AstType fty = fs[sp->field].ty;
		int np = n + 1;
		if (sp->deref && ast_type_is_ref(fty)) { /* `Some(&x)` (ergo29): the place behind the field */
			fp[np++] = PATH_DEREF;
			fty = ast_ref_pointee(fty);
		}
		pat_field_access(b, f, pp, sp, fty, fp, np, fname);
	}
}

/* tree27: a range pattern over every value of its type is irrefutable (rustc's MatchPairTree makes
 * no test of it: build_nested.c range_is_full); `a..=a` is a constant, tested as a literal */
static bool range_no_test(const AstPattern *p, AstType ty)
{
	if (!p->is_range || !ast_type_is_int(ty))
		return false;
	int bits = ast_type_bits(ty);
	bool sg = ast_type_is_signed(ty);
	uint64_t half = (uint64_t)1 << (bits - 1), umax = bits == 64 ? UINT64_MAX : ((uint64_t)1 << bits) - 1;
	bool lo_min = p->lo_open || (sg ? p->negative && p->value == half : p->value == 0);
	bool hi_max = p->hi_open || (!p->hi_excl && !p->hi_negative && p->hi_value == (sg ? half - 1 : umax));
	return lo_min && hi_max && !(p->lo_open && p->hi_open);
}

static bool range_is_const(const AstPattern *p)
{
	return p->is_range && !p->lo_open && !p->hi_open && !p->hi_excl && p->value == p->hi_value &&
	       (p->negative && p->value) == (p->hi_negative && p->hi_value);
}

/* The tests of pattern np (no binding of its own) matched against a place of type fty, as rustc's
 * tree makes them: a multi-variant enum's discriminant at the scrutinee (Rvalue::Discriminant at
 * scrutinee_span), its fields' after; a struct or one-variant enum pattern none of its own; a
 * literal at the match's start (SwitchInt at match_start_span), a range at the range (unless it
 * holds every value), `_` none. */
static void pat_test_access(Borrowck *b, Flow *f, PatPlace *pp, const AstPattern *np, AstType fty,
                            const int *path, int n, const char *name, const char *own)
{
	bool multi = fty.kind == ATY_ENUM && b->s->prog->enums[ast_enum_index(fty)]->nvariants > 1;
	if (np->strukt || np->enm) {
		if (multi && pp->tests)
			pat_add(b, pp, path, n, ACC_READ, own, pp->line, pp->col);
		pat_access(b, f, pp, np, path, n, name);
	} else if (!np->is_wildcard && pp->tests && !range_no_test(np, fty)) { /* a literal or a range */
		bool at_range = np->is_range && !range_is_const(np);
		pat_add(b, pp, path, n, ACC_READ, own, at_range ? np->line : pp->start_line,
		        at_range ? np->col : pp->start_col);
	}
}

static void any_binding(const AstSubPattern *sp, void *cx)
{
	(void)sp;
	*(bool *)cx = true;
}

/* bind31: in a guarded arm rustc binds a by-value binding by `&` for the guard (its ref-for-guard),
 * after the `ref` bindings below its `@`: `a @ ref mut b if ..` is E0502 at a when b is used later */
static void guard_ref_access(PatPlace *pp)
{
	PatAcc *a = &pp->acc[pp->nacc - 1];
	if (pp->guard && a->sub_end && a->kind == ACC_READ)
		a->kind = ACC_BORROW;
}

static void note_end(const AstSubPattern *sp, void *cx)
{
	long long p = src_pos(sp->line, sp->col), *end = cx;
	if (p > *end)
		*end = p;
	for (const AstSubPattern *in = sp->inner; in; in = in->inner)
		note_end(in, cx);
}

/* bind31: the last position of a binding of the group `sp @ chain @ sub` (sp's own, chained ones, sub's):
 * rustc's MatchPairTree::for_pattern (PatKind::Binding) pushes a subpattern's bindings before the
 * binding's own, so in the candidate's bindings everything after sp's `@` comes before sp */
static long long at_group_end(const AstSubPattern *sp, const AstPattern *sub)
{
	long long end = 0;
	note_end(sp, &end);
	if (sub && (sub->enm || sub->strukt))
		ast_pattern_each_binding(sub, note_end, &end);
	return end;
}

static void pat_field_access(Borrowck *b, Flow *f, PatPlace *pp, const AstSubPattern *sp, AstType fty,
                             const int *path, int n, const char *name)
{
	if (sp->var && sp->var->by_ref) { /* issue 22: a borrow of the field, at the binding */
		if (pp->bindings) {
			pat_add(b, pp, path, n, sp->var->by_ref == BY_REF_MUT ? ACC_BORROW_MUT : ACC_BORROW, name, sp->line,
			        sp->col);
			pp->acc[pp->nacc - 1].ref = sp;
		}
		for (const AstSubPattern *in = sp->inner; pp->bindings && in; in = in->inner) { /* `Some(ref a @ b)` (bind30) */
			pat_add(b, pp, path, n, in->var->by_ref == BY_REF_MUT ? ACC_BORROW_MUT : in->var->by_ref ? ACC_BORROW : ACC_READ,
			        name, in->line, in->col);
			pp->acc[pp->nacc - 1].ref = in->var->by_ref ? in : NULL;
		}
		bool binds = false;
		if (sp->nested && (sp->nested->enm || sp->nested->strukt)) /* `Some(ref a @ Some(b))` (bind30) */
			ast_pattern_each_binding(sp->nested, any_binding, &binds);
		if (binds)
			pat_test_access(b, f, pp, sp->nested, fty, path, n, name, name);
		return;
	}
	if (sp->var) {
		long long end = at_group_end(sp, sp->nested);
		for (const AstSubPattern *in = sp; pp->bindings && in; in = in->inner) { /* `Some(a @ b)` (bind30) */
			/* `S { k: c @ ref mut d }`: at c, not at the field's name (bind31) */
			bool at_var = in == sp && sp->name && (sp->inner || sp->nested);
			pat_add(b, pp, path, n, in->var->by_ref == BY_REF_MUT ? ACC_BORROW_MUT : in->var->by_ref ? ACC_BORROW
			                       : ast_type_is_copy(b->s->prog, in->var->ty) ? ACC_READ : ACC_MOVE, name,
			        at_var ? in->var->line : in->line, at_var ? in->var->col : in->col);
			pp->acc[pp->nacc - 1].ref = in->var->by_ref ? in : NULL;
			pp->acc[pp->nacc - 1].sub_end = in->var->by_ref || end <= src_pos(in->line, in->col) ? 0 : end;
			guard_ref_access(pp);
		}
		if (sp->nested) /* `k @ p` (tree27): the binding, then p's tests of the same place */
			pat_test_access(b, f, pp, sp->nested, fty, path, n, name, name);
		return;
	}
	bool multi = fty.kind == ATY_ENUM && b->s->prog->enums[ast_enum_index(fty)]->nvariants > 1;
	if (sp->or_pat) {
		if (pp->tests)
			pat_add(b, pp, path, n, ACC_READ, name, multi ? pp->line : pp->start_line,
			        multi ? pp->col : pp->start_col);
		for (int a = 0; a < sp->or_pat->nalts; a++)
			if (sp->or_pat->alts[a].var || sp->or_pat->alts[a].nested)
				pat_field_access(b, f, pp, &sp->or_pat->alts[a], fty, path, n, name);
		return;
	}
	pat_test_access(b, f, pp, sp->nested, fty, path, n, name, name);
}

static int pat_acc_cmp(const void *x, const void *y)
{
	const PatAcc *a = x, *c = y;
	long long pa = src_pos(a->line, a->col), pc = src_pos(c->line, c->col);
	return pa != pc ? (pa > pc) - (pa < pc) : (a->seq > c->seq) - (a->seq < c->seq);
}

/* Collects the accesses of pattern pat (pp->tests, pp->bindings: which) matched against the place e
 * (none when no loan is of its variable: then pp->root is NULL). */
static void pattern_collect(Borrowck *b, AstExpr *e, PatPlace *pp, const AstPattern *pat)
{
	int *path, n;
	AstVar *root;
	if (!b->nloans || !(root = place_path(b, e, &path, &n)) || b->first_loan[root->id] < 0)
		return;
	const char *own = place_name(b, e), *name = own;
	if (name[0] == '*' && e->kind == EXPR_DEREF)
		name++; /* rustc elides the deref of a reference under a field: `p.k` (not alone: `*p`) */
	pp->root = root;
	pp->line = e->line;
	pp->col = e->col;
	Flow dummy = {0};
	dummy.reachable = true;
	/* the pattern's own test of the place (tree27: `W::A(..)` on a multi-variant enum, `0`, `1..=4`),
	 * then its fields' */
	pat_test_access(b, &dummy, pp, pat, e->ty, path, n, name, own);
}

/* bind27: a binding at the top of an arm (`n =>`, `n @ p`) copies the whole place, at the binding
 * (rustc's E0503 there), or moves it when it is not Copy (tops28: E0505 while borrowed): an access
 * made in source order with the arm's other bindings */
static void pattern_collect_top(Borrowck *b, AstExpr *e, PatPlace *pp, const AstSubPattern *top)
{
	int *path, n;
	AstVar *root;
	if (top->var->ergo_top == ERGO_TOP_MOVE) /* ergo30: `v @ Some(_)` through a `&mut T` variable moves it */
		e = e->lhs;
	if (!b->nloans || !(root = place_path(b, e, &path, &n)) || b->first_loan[root->id] < 0)
		return;
	pp->root = root;
	for (const AstSubPattern *in = top->inner; in; in = in->inner) /* `a @ ref b` (bind30): b's loan */
		if (in->var->by_ref) {
			pat_add(b, pp, path, n, in->var->by_ref == BY_REF_MUT ? ACC_BORROW_MUT : ACC_BORROW, place_name(b, e),
			        in->line, in->col);
			pp->acc[pp->nacc - 1].ref = in;
		}
	if (top->var->by_ref) { /* `ref x =>` (tops28): a borrow of the place, at the binding (pat_field_access) */
		pat_add(b, pp, path, n, top->var->by_ref == BY_REF_MUT ? ACC_BORROW_MUT : ACC_BORROW, place_name(b, e),
		        top->line, top->col);
		pp->acc[pp->nacc - 1].ref = top;
		return;
	}
	pat_add(b, pp, path, n, ast_binding_moves(b->s->prog, top->var) ? ACC_MOVE : ACC_READ, place_name(b, e), top->line,
	        top->col);
	long long end = at_group_end(top, top->nested); /* bind31: `a @ ref mut b`: b's loan first */
	pp->acc[pp->nacc - 1].sub_end = end > src_pos(top->line, top->col) ? end : 0;
	guard_ref_access(pp);
}

/* tops28: a top binding that is not Copy moves the whole scrutinee place out in its arm, after the
 * tests (rustc's bind_matched_candidate_for_arm_body: `_x = move place`): a variable or field path
 * is moved (a later use E0382 "use of moved value"), a place behind a reference is E0507 at the
 * scrutinee, an array element E0508; a temporary is the binding's own. */
static void move_top(Borrowck *b, Flow *f, AstExpr *e, const AstSubPattern *top, bool sited)
{
	MovePath mp;
	AstExpr *root, *ix;
	if (!f->reachable || !ast_binding_moves(b->s->prog, top->var))
		return;
	if (top->var->ergo_top == ERGO_TOP_MOVE) /* ergo30: the `&mut T` variable under the ergonomic deref */
		e = e->lhs;
	if ((ix = index_under(e)))
		move_out_of_array(b, e, ix);
	else if (deref_root(e))
		use_deref(b, deref_root(e), e, f, true);
	else if (e->kind == EXPR_VAR) {
		if (sited && top->var->ergo_top == ERGO_TOP_MOVE) /* its E0382 is the head's (use_deref_match) */
			b->site_line = -1;
		use_var(b, e->var, top->line, top->col, f, true);
		b->site_line = 0;
	} else if (e->kind == EXPR_FIELD && (root = field_root(b->s->prog, e, &mp)))
		use_field_at(b, e, root, mp, f, true, top->line, top->col);
}

/* A ref binding's loan made, its variable holding it (and, through a reference, what that holds);
 * alone (bind31: before a by-value binding above it), not left in flight with the statement's values */
static bool pat_make_loan(Borrowck *b, Flow *f, const PatPlace *pp, const PatAcc *a, bool alone)
{
	int k = a->ref ? loan_of(b, a->ref) : -1;
	if (k < 0 || k >= b->nloans)
		return false;
	int nmade = b->sh->nmade;
	loan_made(b, f, k);
	const LoanSet *v = lset_one(b, k);
	bool through = is_holder(b, pp->root) && carries_loans(b, pp->root->ty); /* optloan35: `Some(ref r)` of an
	                                                                               Option<&T> (loan34's rule) */
	for (int j = 0; j < a->n && !through; j++)
		through = a->path[j] == PATH_DEREF;
	if (through)
		v = lset_chained(b, v, holds_of(b, f, pp->root));
	set_holds(b, f, a->ref->var, v, site_at(a->line, a->col, SITE_ASSIGN));
	if (alone)
		pop_made(b, f, nmade, a->ref);
	return true;
}

/* The collected accesses made, in source order. */
static void pattern_apply(Borrowck *b, Flow *f, const PatPlace *pp)
{
	if (!pp->nacc)
		return;
	qsort(pp->acc, (size_t)pp->nacc, sizeof *pp->acc, pat_acc_cmp);
	/* the accesses in source order (rustc prints the first by span), then the ref bindings' loans:
	 * rustc binds after every test of the pattern, so a test (the discriminant read at the scrutinee,
	 * after the binding in the source) never conflicts with a loan of its own pattern (ref27 x tree27).
	 * bind31: but a binding by value with `@` is bound after the `ref` bindings below it (at_group_end):
	 * their loans are made before its read (`a @ ref mut b`: E0503 at a when b is used later) */
	bool *made = NULL;
	for (int i = 0; i < pp->nacc && f->reachable; i++) {
		const PatAcc *a = &pp->acc[i];
		for (int j = i + 1; a->sub_end && !a->ref && j < pp->nacc && src_pos(pp->acc[j].line, pp->acc[j].col) <= a->sub_end; j++) {
			if (!pp->acc[j].ref || (made && made[j]))
				continue;
			if (!made)
				made = arena_alloc(b->s->scratch, (size_t)pp->nacc * sizeof *made);
			made[j] = pat_make_loan(b, f, pp, &pp->acc[j], true);
		}
		int k = a->ref ? loan_of(b, a->ref) : -1;
		if (k >= b->nloans)
			k = -1;
		if (a->ref && a->kind == ACC_BORROW_MUT) { /* rustc E0596, at the binding */
			int nd = 0;
			for (int j = 0; j < a->n; j++)
				nd += a->path[j] == PATH_DEREF;
			if (!nd && !pp->root->is_mut && !a->n) /* the variable itself (`ref mut m =>`, tops28) */
				error_at(b->s, a->line, a->col, "cannot borrow `%s` as mutable, as it is not declared as mutable",
				         a->name);
			if (!nd && !pp->root->is_mut)
				error_at(b->s, a->line, a->col, "cannot borrow `%s` as mutable, as `%s` is not declared as mutable",
				         a->name, pp->root->name);
			if (nd == 1 && a->path[0] == PATH_DEREF && pp->root->ty.kind == ATY_REF)
				error_at(b->s, a->line, a->col, "cannot borrow `%s` as mutable, as it is behind a `&` reference",
				         a->name);
			if (nd > 1 || (nd == 1 && a->path[0] != PATH_DEREF))
				error_at(b->s, a->line, a->col, "`ref mut` through this reference is not supported");
		}
		access_path(b, f, pp->root, a->path, a->n, a->kind, a->name, a->line, a->col, k);
	}
	for (int i = 0; i < pp->nacc && f->reachable; i++)
		if (!made || !made[i])
			pat_make_loan(b, f, pp, &pp->acc[i], false);
}

static void pattern_accesses(Borrowck *b, Flow *f, AstExpr *e, PatPlace *pp, const AstPattern *pat)
{
	if (!f->reachable)
		return;
	pattern_collect(b, e, pp, pat);
	pattern_apply(b, f, pp);
}

static void use_deref_pattern(Borrowck *b, AstExpr *e, const AstMatchArm *arms, int narms, Flow *f);

/* A `let` whose pattern matches an enum (issue 22: `let W::A(k, g) = w;`, `let (E::A(x) | E::B(x)) = e;`)
 * reads and moves as the one-arm match rustc lowers it to (place_into_pattern): a one-variant enum's
 * fields in place (pattern_uses), a multi-variant enum's discriminant, its moved bindings leaving it
 * partially moved; the caller then marks the bindings initialised, as the match's end does not. */
static void flow_let_match(Borrowck *b, AstStmt *st, Flow *f)
{
	AstExpr *m = arena_alloc(b->s->scratch, sizeof *m);
	AstExpr *body = arena_alloc(b->s->scratch, sizeof *body);
	AstExpr *els = ast_let_else(st);
	AstMatchArm *arm = arena_alloc(b->s->scratch, 2 * sizeof *arm);
	body->kind = EXPR_BLOCK;
	body->line = st->line;
	body->col = st->col;
	body->ty = ast_type(ATY_UNIT);
	body->block = arena_alloc(b->s->scratch, sizeof *body->block);
	*arm = *st->let_arm;
	arm->body = body;
	m->kind = EXPR_MATCH;
	m->line = st->line;
	m->col = st->col;
	m->ty = ast_type(ATY_UNIT);
	m->lhs = st->expr;
	m->arms = arm;
	m->narms = 1;
	if (els) { /* flow40: `let P = e else { .. };` as `match e { P => {}, _ => { .. } }`: the else
	            * block runs after the tests, before (without) the bindings */
		AstPattern *wild = arena_alloc(b->s->scratch, sizeof *wild);
		*wild = (AstPattern){.line = els->line, .col = els->col, .suffix = ATY_VAR, .is_wildcard = true};
		arm[1] = (AstMatchArm){.line = els->line, .col = els->col, .pats = wild, .npats = 1, .body = els};
		m->narms = 2;
	}
	flow_expr(b, m, f);
	b->val = NULL;
}

/* tempref36: statement st ends before (line, col) (the next statement, or its block's `}`): its
 * temporaries are dropped, rustc's E0716 when a value holding a borrow of one is used later
 * (bc37: or a terminating expression or block st, at its start) */
static void temp_dead(Borrowck *b, Flow *f, const void *st, int line, int col)
{
	if (!b->nloans || !f->reachable || b->first_loan[b->temp_root->id] < 0)
		return;
	b->dying = st;
	access_path(b, f, b->temp_root, NULL, 0, ACC_DEAD, b->temp_root->name, line, col, -1);
	b->dying = NULL;
}

/* temp37: the block of let st ends (or is left by break / continue) before (line, col): the
 * temporaries its initializer's extending borrows made (`let o = Some(&mk());`) are dropped */
static void extended_dead(Borrowck *b, Flow *f, const AstStmt *st, int line, int col)
{
	if (!st->extends)
		return;
	b->dying_extended = true;
	temp_dead(b, f, st, line, col);
	b->dying_extended = false;
}

/* bc37: e's value (just walked) is a future whose await's output carries fewer loans than it: an
 * async `&self` / `&mut self` method's call (the receiver's, lifetime elision: bc36's rule for a
 * call awaited directly), or a variable holding one (`let g = fut;`). *out: those loans. */
static bool fut_out(Borrowck *b, const Flow *f, const AstExpr *e, const LoanSet **out)
{
	if (e->kind == EXPR_CALL && e == b->self_call && e->nargs && e->callee && e->callee->is_async && result_self(e)) {
		*out = b->self_val;
		return true;
	}
	if (e->kind == EXPR_VAR && !e->mention_only && is_holder(b, e->var) && !b->has_mut_loan[e->var->id] &&
	    vs(b, f, e->var->id)->out_own) {
		*out = vs(b, f, e->var->id)->out;
		return true;
	}
	return false;
}

/* bc37: holder v was just assigned (set_holds) a future whose output carries out only (fut_out);
 * old: v's state before, when its old value's loans stay with it (drop-and-replace) */
static void set_out(Borrowck *b, Flow *f, const AstVar *v, const LoanSet *out, const VarState *old)
{
	if (!is_holder(b, v) || !f->reachable)
		return;
	VarState vst = *vs(b, f, v->id);
	vst.out_own = true;
	vst.out = old ? lset_union(b, vs_out(old), out) : out;
	vs_put(b, f, v->id, vst);
}

static void flow_block(Borrowck *b, AstBlock *blk, Flow *f);

/* bc37: rustc's terminating scopes inside a statement (rustc_hir_analysis check/region.rs:
 * resolve_expr's `&&` / `||` operands, an `if`'s condition (HIR's DropTemps), branches and else-if
 * links, a loop's body; resolve_arm's arm and guard): a temporary made in one dies at its end,
 * not at the statement's. The scope's key is its expression or block. */
typedef struct TermScope {
	const void *outer; /* Borrowck.temp_scope around it */
	int temps;         /* ... and its scope_temps */
	int base;          /* Borrowck.nterm_loans when it was entered */
} TermScope;

static TermScope term_enter(Borrowck *b, const void *key)
{
	TermScope t = {b->temp_scope, b->scope_temps, b->nterm_loans};
	b->temp_scope = key;
	b->scope_temps = 0;
	return t;
}

/* The value b->val leaves the terminating scope key while it carries a loan of one of its
 * temporaries: rustc's E0716 at the temporary (the first in source order), as the value is used
 * after the temporary's StorageDead (by the expression around, a `let`'s FakeRead, its drop) */
static void term_escape(Borrowck *b, Flow *f, const void *key)
{
	if (!f->reachable || (b->cfg && b->cfg->building) || *b->loan_budget < 0)
		return;
	const Loan *first = NULL;
	LSET_EACH(b->val, y, i) {
		const Loan *l = loan_at(b, y->id[i]);
		if (l->stmt_temp && l->dies == key && (!first || src_pos(l->line, l->col) < src_pos(first->line, first->col)))
			first = l;
	}
	if (!first)
		return;
	Invalid *iv = arena_alloc(b->s->scratch, sizeof *iv);
	*iv = (Invalid){first->line, first->col, "temporary value dropped while borrowed", ++b->sh->clock};
	report_conflict(b, iv);
}

/* The temporaries of the terminating scope whose loans are term_loans[base..] die at (line, col),
 * temp_dead's access made on those loans alone: the variables holding one get the record
 * (pend_add), no Flow.inv record (no value in flight but the scope's own, term_escape, can carry
 * one), and they leave the scans (made again in a loop: activated again). Scanning every live
 * temporary's loan, an else-if chain of N `if let`s on borrowed temporaries was N^2 scans. */
static void term_dead(Borrowck *b, Flow *f, int base, int line, int col)
{
	if (!access_begin(b, f, b->temp_root, ACC_DEAD, line, col))
		return;
	sat_sync(b, f);
	long long p = src_pos(line, col), t = ++b->sh->clock;
	int nscanned = 0;
	for (int i = base; i < b->nterm_loans; i++) {
		int k = b->term_loans[i];
		if (!b->active[k] || (b->sat && b->sat[k]))
			continue;
		nscanned++;
		bool dead = loan_dead(b, k, p) || scope_passed(b, k, p);
		deactivate(b, k);
		if (dead)
			continue;
		const Loan *l = &b->loans[k];
		Invalid *r = arena_alloc(b->s->scratch, sizeof *r);
		*r = (Invalid){l->line, l->col, "temporary value dropped while borrowed", t};
		if (pend_add(b, f, k, r))
			sat_loan(b, f, k);
	}
	pend_flush(b, f);
	*b->loan_budget -= nscanned;
}

/* The end of the terminating scope key entered as t: its temporaries die at (line, col) (the
 * scope's start: a site no statement's end has); used: its value is used after it (not a
 * discarded value that nothing drops) */
static void term_leave(Borrowck *b, Flow *f, const void *key, TermScope t, int line, int col, bool used)
{
	bool any = b->scope_temps > 0;
	b->temp_scope = t.outer;
	b->scope_temps = t.temps;
	if (!any) {
		b->nterm_loans = t.base;
		return;
	}
	const LoanSet *v = b->val;
	if (used && v)
		term_escape(b, f, key);
	term_dead(b, f, t.base, line, col);
	b->nterm_loans = t.base;
	b->val = v;
}

/* An expression that is a terminating scope, walked */
static void flow_terminating(Borrowck *b, AstExpr *e, Flow *f, bool used)
{
	TermScope t = term_enter(b, e);
	flow_expr(b, e, f);
	term_leave(b, f, e, t, e->line, e->col, used);
}

/* A block that is a terminating scope (an `if`'s branch, a loop's body), walked */
static void flow_terminating_block(Borrowck *b, AstBlock *blk, Flow *f, bool used)
{
	TermScope t = term_enter(b, blk);
	flow_block(b, blk, f);
	term_leave(b, f, blk, t, blk->line, blk->col, used);
}

/* e's value is used after it: not discarded (an expression statement's, or an arm, branch or
 * tail giving it its value: Borrowck.discard_val), or dropped at the statement's end using its
 * loans (a future's drop) */
static bool value_used(Borrowck *b, const AstExpr *e, bool discarded)
{
	return !discarded || drop_uses_loans(b, e->ty);
}

static void flow_block(Borrowck *b, AstBlock *blk, Flow *f)
{
	BorrowShared *sh = b->sh;
	int d = sh->nscopes, temps = b->temps;
	bool clean = b->block_clean;
	const void *outer_stmt = b->cur_stmt;
	const void *outer_temp = b->temp_scope;
	bool discarded = b->discard_block == blk; /* bc37: its value (its tail's) */
	b->discard_block = NULL;
	b->block_clean = false;
	*VEC_PUSH(b->s->scratch, sh->scopes, sh->nscopes, sh->scopes_cap) = (struct OpenBlock){blk, 0};
	for (int i = 0; i < blk->nstmts; i++) {
		AstStmt *st = &blk->stmts[i];
		int made = sh->nmade, term_base = b->nterm_loans;
		sh->scopes[d].stmt = i;
		b->cur_stmt = st;
		b->temp_scope = st;
		b->discard_val = st->kind == ASTMT_EXPR ? st->expr : NULL;
		const AstStmt *outer_extending = b->extending;
		if (st->extends)
			b->extending = st;
		b->val = NULL;
		b->prune_at = clean ? st->expr : NULL;
		if (clean) /* no value in flight is older than this statement */
			sh->floor = sh->clock + 1;
		int pbase;
		bool top_let = st->pat && st->let_arm->tops; /* bind29: `let v @ S { .. } = s;` reads s whole (Copy) */
		bool ref_let = false; /* bind30: `let ref r @ p = x;`: as a match arm's, its loan made at r */
		for (const AstSubPattern *in = top_let ? st->let_arm->tops : NULL; in; in = in->inner)
			ref_let |= in->var->by_ref != BY_VALUE;
		bool enum_let = st->pat && st->expr && (st->expr->ty.kind == ATY_ENUM || ref_let) && (!top_let || ref_let);
		AstVar *pv = st->pat && st->expr && !enum_let && !top_let ? struct_scrutinee(b, st->expr, &pbase) : NULL;
		if (enum_let) { /* issue 22: `let W::A(k, g) = w;`, `let (E::A(x) | E::B(x)) = e;` */
			flow_let_match(b, st, f);
		} else if (pv) {
			/* `let Pair { a, g } = p;` (issue 22 item 4), `let P(x, y) = o.p;`: the place is read
			 * in place, the fields the pattern binds read or moved out (pattern_uses) */
			b->val = NULL;
			if (f->reachable) {
				check_initialized(b, pv, st->expr->line, st->expr->col, f);
				/* no read of the place itself: its fields', by the pattern (pmove26) */
				PatPlace pp = {.start_line = st->line, .start_col = st->col, .tests = true, .bindings = true};
				pattern_accesses(b, f, st->expr, &pp, st->pat);
				pattern_uses(b, f, pv, st->pat, st->expr->ty, pbase, place_name(b, st->expr), st->expr);
			}
		} else if (st->pat && st->expr && (index_under(st->expr) || deref_root(st->expr))) {
			b->val = NULL;
			bool used = !index_under(st->expr) && st->let_arm && f->reachable; /* `let S { k, v } = *r;` */
			if (used)
				use_deref_pattern(b, st->expr, st->let_arm, 1, f);
			if (f->reachable)
				struct_pattern_behind(b, st->expr, st->pat, 1, f, used);
			PatPlace pp = {.start_line = st->line, .start_col = st->col, .tests = true, .bindings = true};
			pattern_accesses(b, f, st->expr, &pp, st->pat);
		} else if (st->expr) {
			flow_expr(b, st->expr, f);
		}
		b->extending = outer_extending;
		if (st->pat && f->reachable) { /* `let P(a, b);`: declared, not initialised (issue 22) */
			ArmBindings ab = {b, f, NULL, st->expr ? ST_INIT : ST_UNINIT, NULL};
			if (top_let) {
				ab.top = &st->let_arm->tops[0];
				ast_arm_each_binding(st->let_arm, 0, set_binding, &ab);
			} else {
				ast_pattern_each_binding(st->pat, set_binding, &ab);
			}
		}
		temp_ref_let_walk(b, f, st, 1, 0, 0); /* temp33 */
		at_ref_temp_loans(b, f, st, 1);
		if (st->kind == ASTMT_LET && st->var && f->reachable) {
			const LoanSet *out;
			set_st(b, f, st->var->id, st->expr ? ST_INIT : ST_UNINIT);
			set_fields(b, f, st->var->id, 0);
			bool own = st->expr && fut_out(b, f, st->expr, &out);
			set_holds(b, f, st->var, b->val, site_at(st->var->line, st->var->col, SITE_ASSIGN));
			if (own)
				set_out(b, f, st->var, out, NULL);
		}
		/* the statement's values are gone: its loans are carried by variables, or by nothing;
		 * its temporaries are dropped */
		pop_made(b, f, made, st);
		b->temps = temps;
		temp_dead(b, f, st, i + 1 < blk->nstmts ? blk->stmts[i + 1].line : blk->end_line,
		          i + 1 < blk->nstmts ? blk->stmts[i + 1].col : blk->end_col);
		b->nterm_loans = term_base; /* (its temporaries' loans: dead) */
	}
	b->temp_scope = outer_temp; /* a tail's temporaries live to the end of the scope around the block */
	sh->scopes[d].stmt = blk->nstmts;
	b->val = NULL;
	b->prune_at = clean ? blk->tail : NULL;
	if (clean)
		sh->floor = sh->clock + 1;
	b->cur_stmt = blk->tail;
	b->discard_val = discarded ? blk->tail : NULL;
	if (blk->tail)
		flow_expr(b, blk->tail, f);
	long long t_tail = sh->clock;
	b->cur_stmt = outer_stmt;
	b->temp_scope = outer_temp;
	b->temps = temps; /* (rustc keeps a tail's temporaries to the statement around: fewer here) */
	sh->nscopes = d;
	/* the block's lets are dropped and dead, in reverse order (the tail's value survives) */
	const LoanSet *tail_val = b->val;
	for (int i = blk->nstmts - 1; i >= 0; i--) {
		if (blk->stmts[i].var)
			scope_end(b, f, blk->stmts[i].var, blk->end_line, blk->end_col);
		temp_ref_let_walk(b, f, &blk->stmts[i], 2, blk->end_line, blk->end_col); /* temp33 */
		extended_dead(b, f, &blk->stmts[i], blk->end_line, blk->end_col);
	}
	b->val = tail_val;
	/* blk37: rustc moves a used block's value out after its locals' StorageDead (a `let`'s
	 * FakeRead, an operand): a loan of one of them in it is E0597 (E0716 for a temporary), whether
	 * or not the value is used later; not one dropped unused (value_used), nor a body's (returned:
	 * return_escape's E0515) */
	bool body = blk == (b->body ? b->body->body : b->fn->body);
	if (tail_val && !body && value_used(b, blk->tail, discarded))
		use_loans(b, tail_val, f, t_tail);
	/* the block's lets are dead now: forget them so loops reach a fixpoint at once */
	if (f->reachable)
		for (int i = 0; i < blk->nstmts; i++) {
			if (blk->stmts[i].var) {
				set_st(b, f, blk->stmts[i].var->id, ST_UNINIT);
				set_fields(b, f, blk->stmts[i].var->id, 0);
			}
			if (blk->stmts[i].pat) {
				ArmBindings ab = {b, f, NULL, ST_UNINIT, NULL};
				ast_pattern_each_binding(blk->stmts[i].pat, set_binding, &ab);
			}
		}
}

static LoopFlow *find_loop(Borrowck *b, AstExpr *loop)
{
	for (LoopFlow *l = b->loops; l; l = l->outer)
		if (l->loop == loop)
			return l;
	internal_error("break target not on the loop stack");
}

static void flow_loop_walk(Borrowck *b, AstExpr *e, Flow *f);
static void vals_push(Borrowck *b, ValList *l, const LoanSet *x);
static const LoanSet *vals_union(Borrowck *b, ValList *l);

/* flow40: a labeled block some `break 'a` leaves: its flow out is its end's joined with the breaks',
 * its value the tail's with the breaks' values */
static void flow_labeled_block(Borrowck *b, AstExpr *e, Flow *f)
{
	ValList *vals = arena_alloc(b->s->scratch, sizeof *vals);
	LoopFlow lf = {e, {NULL, NULL, false, NULL, NULL, 0, 0}, {NULL, NULL, false, NULL, NULL, 0, 0}, b->loops,
	               b->sh->nscopes, vals};
	b->loops = &lf;
	flow_block(b, e->block, f);
	b->loops = lf.outer;
	vals_push(b, vals, b->val);
	flow_join(b, f, lf.brk);
	b->val = vals_union(b, vals);
}

static void flow_loop(Borrowck *b, AstExpr *e, Flow *f)
{
	b->sh->loop_depth++;
	flow_loop_walk(b, e, f);
	b->sh->loop_depth--;
}

static void flow_loop_walk(Borrowck *b, AstExpr *e, Flow *f)
{
	Flow entry = flow_copy(b, *f);
	bool clean = b->prune_at == e; /* a statement's loop: its body's ifs may prune (prune_unheld) */
	for (;;) {
		ValList vals = {NULL, 0, 0};
		LoopFlow lf = {e, {NULL, NULL, false, NULL, NULL, 0, 0}, {NULL, NULL, false, NULL, NULL, 0, 0}, b->loops,
		               b->sh->nscopes, &vals};
		b->loops = &lf;
		Flow body = flow_copy(b, entry);
		int temps = b->temps;
		if (e->kind == EXPR_WHILE) /* bc37: the condition and the body are terminating scopes */
			flow_terminating(b, e->cond, &body, false);
		b->temps = temps;
		Flow after_cond = flow_copy(b, body);
		b->block_clean = clean;
		flow_terminating_block(b, e->block, &body, false);
		b->loops = lf.outer;
		flow_join(b, &body, lf.cont);
		Flow next = flow_copy(b, entry);
		flow_join(b, &next, body);
		if (flow_equal(b, next, entry)) {
			if (e->kind == EXPR_WHILE)
				flow_join(b, &lf.brk, after_cond);
			*f = lf.brk;
			b->val = vals_union(b, &vals);
			return;
		}
		entry = next;
	}
}

/* Issue 22 (pmove26): rustc's closure fake reads. ExprUseVisitor fake-reads the place a `match`
 * inside an async block matches (ForMatchedPlace) and the place a `let` initializes from
 * (walk_irrefutable_pat: ForLet), and MIR building emits those reads in the parent where the
 * block is made: borrowck checks the place is not moved, nor partly (`match s { S { a, .. } => a }`
 * in a block after `s.g` moved: E0382 "use of partially moved value: `s`", though the block
 * captures `s.a` only). At the block when it captures anything (tree27: a place of another
 * variable too, `async { match s { _ => n } }`), else at the place (`match s { _ => 1 }`,
 * `let _ = s;`: nothing captured). The first such read found in the
 * block's body, checked when found, before the captures are; raised after them, as rustc keeps a
 * capture's own move error over the read's (the later one). Nested blocks are searched too (tree27:
 * ExprUseVisitor walks a nested closure's captures as the outer closure's uses, so the inner
 * block's fake reads become the outer's: `async { async { match s { .. } } }` after `s.g` moved is
 * E0382), a read inside a nested block at the innermost block holding it when that block captures a
 * place of the variable (rustc 1.95's span there), else at the place. */
typedef struct FakeReads {
	Borrowck *b;
	AstAsyncBlock *ab;
	const Flow *f;
	int line, col;
	const char *fmt, *name;
	AstAsyncBlock *inner; /* the innermost block holding the read being visited */
} FakeReads;

static void fake_read_check(FakeReads *fr, AstExpr *place)
{
	Borrowck *b = fr->b;
	MovePath mp;
	AstExpr *root;
	if (fr->fmt || index_under(place) || deref_root(place) || !(root = field_root(b->s->prog, place, &mp)))
		return;
	AstVar *v = root->var;
	if (declared_inside(v, fr->ab) || (b->body && !declared_inside(v, b->body)))
		return;
	const uint64_t *x = fields_of(b, fr->f, v->id);
	uint8_t st = st_of(b, fr->f, v->id);
	if (st & ST_MOVED) {
		fr->fmt = "use of moved value: `%s`";
		fr->name = v->name;
	} else if (place == root && x) {
		fr->fmt = "use of partially moved value: `%s`";
		fr->name = v->name;
	} else if (place != root && bits_any(x, b->nbits[v->id], mp.lo, mp.n)) {
		bool whole = bits_any(x, b->nbits[v->id], mp.lo, 1);
		fr->fmt = whole ? "use of moved value: `%s`" : "use of partially moved value: `%s`";
		fr->name = whole ? moved_name(b, place, v) : place_name(b, place);
	} else {
		return;
	}
	fr->line = place->line;
	fr->col = place->col;
	/* rustc's move_spans: a ClosureUse (the block's span) when the block the read was recorded
	 * for captures anything at all (closure_span zips its captures with the read's place) */
	AstAsyncBlock *in = fr->inner ? fr->inner : fr->ab;
	if (in->ncaptures) {
		fr->line = in->line;
		fr->col = in->col;
	}
}

static void fake_read_visit(Sema *s, AstExpr *e)
{
	FakeReads *fr = s->visit_ctx;
	if (fr->fmt)
		return;
	if (e->kind == EXPR_ASYNC) { /* a nested block: its reads are the outer block's (tree27) */
		AstAsyncBlock *up = fr->inner;
		AstStmt *vst = s->visit_stmt;
		fr->inner = e->async_block;
		s->visit_stmt = NULL;
		visit_block(s, e->async_block->body, fake_read_visit);
		fr->inner = up;
		s->visit_stmt = vst;
		return;
	}
	if (s->visit_stmt && s->visit_stmt->expr == e && s->visit_stmt->kind == ASTMT_LET)
		fake_read_check(fr, e);
	if (e->kind == EXPR_MATCH)
		fake_read_check(fr, e->lhs);
	visit_children(s, e, fake_read_visit);
}

static void flow_expr_kind(Borrowck *b, AstExpr *e, Flow *f);

/* A place expression: a variable, a field, index or deref of one (no temporary) */
static bool is_place_expr(const AstExpr *e)
{
	while (e->kind == EXPR_FIELD || e->kind == EXPR_INDEX || e->kind == EXPR_DEREF) {
		if (e->kind == EXPR_DEREF)
			return true;
		e = e->lhs;
	}
	return e->kind == EXPR_VAR;
}

/* An operand of a call or an aggregate was evaluated: its value is a temporary (rustc's
 * as_operand: a place's too) held until the call or the aggregate, across the awaits of the
 * operands after it (the witness, witness_at_await). */
static void hold_temp(Borrowck *b, const AstExpr *a)
{
	if (b->body && b->nloans && ast_needs_drop(b, a->ty, 0))
		b->temps++;
}

/* A match's flow around its arms (issue 23, iflet25: split so that an if-let link's second arm,
 * the next link of its chain, is flow_if's loop): the place it reads through its patterns'
 * fields (pattern_uses), the temporaries, the arms' joined flow and value. */
/* bcj39 (issue 23): the values joined at a match's or an else-if chain's end, united once there
 * (lset_union_all), not one at a time: N arms each carrying a loan of its own copied the set so
 * far at each, N^2 (ValList: above LoopFlow) */
static void vals_push(Borrowck *b, ValList *l, const LoanSet *x)
{
	if (x)
		*VEC_PUSH(b->s->scratch, l->v, l->n, l->cap) = x;
}

/* the union of l's values (l becomes that one value) */
static const LoanSet *vals_union(Borrowck *b, ValList *l)
{
	const LoanSet *u = lset_union_all(b, l->v, l->n);
	if (l->n > 1)
		l->v[0] = u, l->n = 1;
	return u;
}

typedef struct MatchFlow {
	AstExpr *in_place;
	int in_base;
	/* the patterns' accesses of the place matched (pmove26, pattern_accesses): the bindings' in each
	 * arm; the tests' (a struct or one-variant enum matched in place) in `tests`, the flow into
	 * every arm, each arm's added to it in order (a test is made on the way to its arm and to
	 * the arms after it) */
	bool place, tests_on;
	Flow tests;
	/* tree27: the flow at the head (before any test), the distinct tests made so far (acc, a
	 * hash set of them in seen) and the last position among them: an arm whose tests or
	 * bindings come before it in source order has its flow made anew from the head, every
	 * test so far and its own in source order (rustc reports the first error by span of a
	 * path's accesses; a flow records a loan's first conflict made) */
	Flow head;
	PatPlace acc;
	int *seen;
	uint32_t nseen_cap;
	long long maxpos;
	int temps, arm_temps;
	bool prune;
	Flow out;
	ValList v;         /* the arms' values (bcj39: united at the match's end, match_value) */
	const LoanSet *sv; /* optloan35: the loans the scrutinee's value carries (its bindings take them) */
} MatchFlow;

/* some binding of some arm moves a value that is not Copy */
static bool match_moves(const AstProgram *p, const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			if (pattern_moves(p, &e->arms[i].pats[k]))
				return true;
	return false;
}

/* the scrutinee */
/* the first binding under a `&p` field pattern (ergo29) of pat that moves (not Copy): *deref the
 * reference pattern's `&` (1) / `&mut` (2), *at how deep it is (1: a field of pat; ergo30: any depth
 * under variant patterns only, `Some(Some(&g))`, when *at is not 0) */
static const AstSubPattern *deref_move(const AstProgram *p, const AstPattern *pat, bool under, int depth, bool enums,
                                       int *deref, int *at)
{
	enums &= pat->enm != NULL; /* the chain from the top so far: variant patterns */
	for (int j = 0; j < pat->nsubs; j++) {
		const AstSubPattern *sp = &pat->subs[j];
		if (sp->or_pat)
			sp = &sp->or_pat->alts[0];
		bool u = under || sp->deref;
		if (sp->deref && !under) {
			*deref = sp->deref;
			*at = enums ? depth : 0;
		}
		if (u && sp->var && ast_binding_moves(p, sp->var))
			return sp;
		const AstSubPattern *r = sp->nested ? deref_move(p, sp->nested, u, depth + 1, enums, deref, at) : NULL;
		if (r)
			return r;
	}
	return NULL;
}

/* A binding under `&p` that moves its value out of the reference (`Some(&g)` on Option<&Guard>):
 * rustc's E0507 at the scrutinee. rustc names the place as `*p` with the variant when the
 * reference is a field of the top pattern on a variable, no place through an ergonomic deref */
static void deref_sub_moves(Borrowck *b, const AstExpr *e)
{
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			const AstPattern *pat = &e->arms[i].pats[k];
			int deref = 0, at = 0;
			if (!(pat->enm || pat->strukt) || !deref_move(b->s->prog, pat, false, 1, true, &deref, &at))
				continue;
			const AstExpr *scrut = e->lhs;
			const char *kind = deref == 2 ? "mutable" : "shared";
			if (ast_deref_is_ergo(scrut))
				error_at(b->s, scrut->line, scrut->col, "cannot move out of a %s reference", kind);
			if (scrut->kind == EXPR_VAR && at >= 1 && pat->enm) /* the top pattern's variant (ergo30: at any depth,
			                                                      `Some(Some(&g))`, `Ok(Some(&g))`: rustc's `*q`) */
				error_at(b->s, scrut->line, scrut->col,
				         "cannot move out of `*%s` as enum variant `%s` which is behind a %s reference",
				         scrut->var->name, pat->enm->variants[pat->variant].name, kind);
			error_at(b->s, scrut->line, scrut->col, "moving out of a reference pattern's place here is not supported");
		}
}

/* ergo31: a match (`match *r`, an ergonomic `match r`, `if let P = r`, `let S { k, v } = *r;`) through
 * `*r`, r a reference variable, uses r at each access of a place below it. In rustc's MIR order: the
 * discriminant read of `(*r)` (span: the scrutinee), the tests of fields (span: the match, an `if let`'s
 * pattern), then each arm's bindings in source order, left to right (span: the binding; `v @` of a
 * `&mut T` variable moves `r` itself, ergo30). rustc keeps one move error per set of moves, the later
 * use's unless its place is a prefix of the kept one's (rustc_borrowck conflict_errors.rs
 * report_use_of_moved_or_uninitialized), "borrow of moved value" when that use is a borrow (a `ref`
 * binding, or the default binding mode's). MovedSite is the kept use: its place `r` (-2), `(*r)` (-1)
 * or a field of it (the variant's field index + 1024 * variant), key the binding for a place below the
 * field. Nested patterns' own tests and discriminants are not uses of their own here. */
typedef struct {
	int field, line, col;
	const void *key;
	bool borrow, set;
} MovedSite;

static void moved_site_use(MovedSite *ms, int field, const void *key, int line, int col, bool borrow)
{
	if (ms->set && (field == -2 || (field == -1 && ms->field != -2) ||
	                (field == ms->field && (!key || key == ms->key))))
		return; /* a prefix of the kept use's place: suppressed */
	*ms = (MovedSite){field, line, col, key, borrow, true};
}

typedef struct {
	MovedSite *ms;
	int field;
	bool guard;
} NestedUse;

static void moved_site_nested(const AstSubPattern *sp, void *cx)
{
	NestedUse *nu = cx;
	moved_site_use(nu->ms, nu->field, sp, sp->line, sp->col, sp->var->by_ref != BY_VALUE || nu->guard);
}

static void use_deref_pattern(Borrowck *b, AstExpr *e, const AstMatchArm *arms, int narms, Flow *f)
{
	AstExpr *place = e->kind == EXPR_MATCH ? e->lhs : e;
	MovedSite ms = {0};
	int nf;
	bool reads = !mp_fields(b->s->prog, place->ty, &nf); /* a struct or one-variant enum: no discriminant */
	for (int i = 0; i < narms && reads; i++)
		for (int k = 0; k < arms[i].npats && reads; k++)
			if (!arms[i].pats[k].is_wildcard)
				moved_site_use(&ms, -1, NULL, place->line, place->col, false), reads = false;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < narms; i++)
			for (int k = 0; k < arms[i].npats; k++) {
				const AstPattern *pat = &arms[i].pats[k];
				const AstSubPattern *top = arms[i].tops ? &arms[i].tops[k] : NULL;
				if (pass && top && top->var)
					moved_site_use(&ms, top->var->ergo_top == ERGO_TOP_MOVE ? -2 : -1, NULL, top->line, top->col,
					               (top->var->by_ref != BY_VALUE && top->var->ergo_top != ERGO_TOP_MOVE) ||
					               arms[i].guard);
				for (int j = 0; j < pat->nsubs; j++) {
					const AstSubPattern *sp = &pat->subs[j];
					int field = sp->field + (pat->enm ? 1024 * pat->variant : 0);
					if (!pass && sp->nested && !sp->nested->is_wildcard) /* an `if let`'s: the whole pattern's */
						moved_site_use(&ms, field, NULL, !e->if_let ? e->line : top ? top->line : pat->line,
						               !e->if_let ? e->col : top ? top->col : pat->col, false);
					if (pass && sp->var) /* a guard's arm binds by reference first (rustc's ref-for-guard) */
						moved_site_use(&ms, field, NULL, sp->line, sp->col,
						               sp->var->by_ref != BY_VALUE || arms[i].guard);
					if (pass && sp->nested) {
						NestedUse nu = {&ms, field, arms[i].guard != NULL};
						ast_pattern_each_binding(sp->nested, moved_site_nested, &nu);
					}
				}
			}
	if (ms.set)
		use_deref_at(b, deref_root(place), place, f, false, ms.line, ms.col, ms.borrow);
}

static void use_deref_match(Borrowck *b, AstExpr *e, Flow *f)
{
	use_deref_pattern(b, e, e->arms, e->narms, f);
}

static bool match_moves(const AstProgram *p, const AstExpr *e);
/* the match's head checks its uses of a moved reference variable scrutinee (use_deref_match), the
 * top binding's move of it among them: flow_match_head's branches that call it */
static bool deref_match_sited(const Borrowck *b, const AstExpr *e)
{
	AstType lt = e->lhs->ty;
	int nf;
	bool top = (lt.kind == ATY_ENUM && !mp_fields(b->s->prog, lt, &nf)) || ast_type_is_int(lt) || lt.kind == ATY_BOOL;
	if (!deref_root(e->lhs) || index_under(e->lhs))
		return false;
	return lt.kind == ATY_STRUCT || ((top || lt.kind == ATY_ENUM) && !match_moves(b->s->prog, e));
}

static void flow_match_head(Borrowck *b, AstExpr *e, Flow *f, MatchFlow *m)
{
	if (f->reachable)
		deref_sub_moves(b, e);
	const LoanSet *sv = NULL;
	bool sv_set = false;
	MovePath scrut_mp;
	int nf;
	/* the place a match reads through its patterns' fields (pattern_uses): a struct or
	 * one-variant enum variable (base 0), or a struct or one-variant enum field place (`o.p`) */
	AstExpr *in_place = NULL;
	int in_base = 0;
	if (e->lhs->kind == EXPR_VAR && mp_fields(b->s->prog, e->lhs->ty, &nf)) {
		in_place = e->lhs;
	} else if (e->lhs->kind == EXPR_FIELD && (e->lhs->ty.kind == ATY_ENUM || e->lhs->ty.kind == ATY_STRUCT) &&
	           mp_fields(b->s->prog, e->lhs->ty, &nf) && !index_under(e->lhs) && !deref_root(e->lhs) &&
	           (in_place = field_root(b->s->prog, e->lhs, &scrut_mp)))
		in_base = scrut_mp.lo + 1;
	/* tree27: a multi-variant enum, an integer or a bool place is tested by the patterns at its
	 * top, per arm (flow_arm_enter, pattern_collect): its discriminant at the scrutinee, a literal
	 * at the match's start, a range at the range, on the way to the arms rustc's tree (and its
	 * false edges) reach from the test; `_` arms read nothing. Not here, at the scrutinee. */
	AstType lt = e->lhs->ty;
	bool top = (lt.kind == ATY_ENUM && !mp_fields(b->s->prog, lt, &nf)) || ast_type_is_int(lt) || lt.kind == ATY_BOOL;
	bool one_variant = lt.kind == ATY_ENUM && !top, one_behind = false;
	/* a match on an enum variable reads its discriminant and copies the bound
	 * fields: the variable is used, not moved */
	if (e->lhs->ty.kind == ATY_ENUM && e->lhs->kind == EXPR_VAR && !in_place) {
		b->rebind = moved_again(b, e);
		use_var(b, e->lhs->var, e->lhs->line, e->lhs->col, f, false);
		b->rebind = NULL;
		if (!top)
			access(b, f, e->lhs, ACC_READ, e->lhs->line, e->lhs->col);
	} else if (top && e->lhs->kind == EXPR_VAR) { /* an integer or bool variable (tree27) */
		if (!e->lhs->mention_only)
			use_var(b, e->lhs->var, e->lhs->line, e->lhs->col, f, false);
	} else if (in_place) {
		/* issue 22 item 4: matched in place by struct patterns or a one-variant enum's
		 * variant (no discriminant read); the fields they read or move are checked per
		 * arm (pattern_uses) */
		bool reads = false;
		for (int i = 0; i < e->narms; i++)
			for (int k = 0; k < e->arms[i].npats; k++)
				reads |= !e->arms[i].pats[k].is_wildcard;
		if (reads && f->reachable) {
			check_initialized(b, in_place->var, e->lhs->line, e->lhs->col, f);
			if (in_place == e->lhs)
				use_holder(b, in_place->var, f, site_at(e->lhs->line, e->lhs->col, SITE_USE));
		}
	} else if ((e->lhs->ty.kind == ATY_STRUCT && (index_under(e->lhs) || deref_root(e->lhs))) ||
	           (one_variant && deref_root(e->lhs) && !index_under(e->lhs) && !match_moves(b->s->prog, e))) {
		/* bc36: a one-variant enum behind a reference (`let &E::A(v) = re;`, `match *re { E::A(v) => .. }`)
		 * binding only Copy fields is read through its fields as a struct is, not moved (it was E0507) */
		one_behind = e->lhs->ty.kind != ATY_STRUCT;
		bool used = !index_under(e->lhs) && f->reachable;
		if (used)
			use_deref_pattern(b, e, e->arms, e->narms, f);
		for (int i = 0; i < e->narms && f->reachable; i++)
			struct_pattern_behind(b, e->lhs, e->arms[i].pats, e->arms[i].npats, f, used);
	} else if (e->lhs->ty.kind == ATY_ENUM && index_under(e->lhs)) {
		match_index(b, e, f);
		if (!top)
			access(b, f, e->lhs, ACC_READ, e->lhs->line, e->lhs->col);
	} else if (e->lhs->kind == EXPR_FIELD && !index_under(e->lhs) && !deref_root(e->lhs) &&
	           field_root(b->s->prog, e->lhs, &scrut_mp)) {
		/* a field place matched (`match s.e`): read through the patterns, not moved
		 * (a binding that moves out of it: set_binding) */
		b->rebind = moved_again(b, e);
		use_field(b, e->lhs, field_root(b->s->prog, e->lhs, &scrut_mp), scrut_mp, f, false);
		b->rebind = NULL;
		if (!top)
			access(b, f, e->lhs, ACC_READ, e->lhs->line, e->lhs->col);
	} else if (top && deref_root(e->lhs) && !index_under(e->lhs) && !match_moves(b->s->prog, e)) {
		/* `match *p { W::A(0, _) => .. }` (tree27): the reference is used, the place behind it
		 * tested by the patterns (it was moved: E0507 though no pattern moves) */
		use_deref_match(b, e, f);
	} else if (e->lhs->ty.kind == ATY_ENUM && deref_root(e->lhs) && !index_under(e->lhs) && match_moves(b->s->prog, e)) {
		/* a binding moves a field out of the variant behind the reference: E0507 (char28) */
		use_deref(b, deref_root(e->lhs), e->lhs, f, false);
		if (f->reachable)
			move_out_of_variant(b, e);
		flow_expr(b, e->lhs, f);
		sv = b->val;
		sv_set = true;
		top = false;
	} else {
		flow_expr(b, e->lhs, f);
		sv = b->val;
		sv_set = true;
		top = false; /* a temporary, a deref moved out of, an element of an integer array: an operand */
	}
	if (!sv_set && carries_loans(b, e->lhs->ty) && f->reachable) { /* a place: its root variable's loans */
		AstExpr *r = e->lhs;
		while (r->kind == EXPR_FIELD || r->kind == EXPR_INDEX || r->kind == EXPR_DEREF)
			r = r->lhs;
		if (r->kind == EXPR_VAR && r->var && is_holder(b, r->var))
			sv = holds_of(b, f, r->var);
	}
	m->sv = sv;
	m->in_place = in_place;
	m->in_base = in_base;
	m->place = is_place_expr(e->lhs);
	m->tests_on = m->place && (in_place || e->lhs->ty.kind == ATY_STRUCT || top || one_behind);
	if (m->tests_on) {
		m->tests = flow_copy(b, *f);
		m->head = flow_copy(b, *f);
	}
	m->acc = (PatPlace){0};
	m->seen = NULL;
	m->nseen_cap = 0;
	m->maxpos = LLONG_MIN;
	m->temps = b->temps;
	m->prune = b->prune_at == e;
	if (!is_place_expr(e->lhs) && ast_needs_drop(b, e->lhs->ty, 0))
		b->temps++; /* a scrutinee's temporary lives through the arms (and longer: not modelled) */
	m->arm_temps = b->temps;
	m->out = (Flow){NULL, NULL, false, NULL, NULL, 0, 0};
	m->v = (ValList){0};
}

static uint32_t pat_acc_hash(const PatAcc *a)
{
	uint32_t h = (uint32_t)(a->kind * 31 + a->n) * 2654435761u ^ (uint32_t)src_pos(a->line, a->col);
	for (int i = 0; i < a->n; i++)
		h = (h ^ (uint32_t)a->path[i]) * 16777619u;
	return h;
}

static bool pat_acc_same(const PatAcc *a, const PatAcc *c)
{
	return a->kind == c->kind && a->n == c->n && a->line == c->line && a->col == c->col &&
	       (!a->n || !memcmp(a->path, c->path, (size_t)a->n * sizeof *a->path));
}

/* tree27: adds test a to the match's distinct tests; false when it was there */
static bool match_test_add(Borrowck *b, MatchFlow *m, const PatAcc *a)
{
	if (2 * ((uint32_t)m->acc.nacc + 1) > m->nseen_cap) { /* grow and rehash */
		uint32_t cap = m->nseen_cap ? 2 * m->nseen_cap : 16;
		int *t = arena_alloc(b->s->scratch, cap * sizeof *t);
		memset(t, -1, cap * sizeof *t);
		for (int j = 0; j < m->acc.nacc; j++) {
			uint32_t h = pat_acc_hash(&m->acc.acc[j]) & (cap - 1);
			while (t[h] >= 0)
				h = (h + 1) & (cap - 1);
			t[h] = j;
		}
		m->seen = t;
		m->nseen_cap = cap;
	}
	uint32_t h = pat_acc_hash(a) & (m->nseen_cap - 1);
	for (; m->seen[h] >= 0; h = (h + 1) & (m->nseen_cap - 1))
		if (pat_acc_same(&m->acc.acc[m->seen[h]], a))
			return false;
	PatAcc *x = VEC_PUSH(b->s->scratch, m->acc.acc, m->acc.nacc, m->acc.cap);
	*x = *a;
	m->seen[h] = m->acc.nacc - 1;
	return true;
}

/* the accesses of x and y, made in source order on f (x's first on a tie) */
static void pattern_apply2(Borrowck *b, Flow *f, AstVar *root, const PatAcc *x, int nx, const PatAcc *y, int ny)
{
	if (!nx && !ny)
		return;
	PatPlace pp = {0};
	pp.root = root;
	pp.acc = arena_alloc(b->s->scratch, (size_t)(nx + ny) * sizeof *pp.acc);
	if (nx)
		memcpy(pp.acc, x, (size_t)nx * sizeof *x);
	if (ny)
		memcpy(pp.acc + nx, y, (size_t)ny * sizeof *y);
	pp.nacc = nx + ny;
	for (int j = 0; j < pp.nacc; j++)
		pp.acc[j].seq = j;
	*b->loan_budget -= pp.nacc;
	pattern_apply(b, f, &pp);
}

/* arm i's top binding moved out of the scrutinee (move_top); every alternative binds it (E0408):
 * moved once */
static void move_arm_top(Borrowck *b, AstExpr *e, int i, Flow *arm)
{
	for (int k = 0; k < e->arms[i].npats; k++)
		if (ast_arm_top(&e->arms[i], k)) {
			const AstSubPattern *chain[64]; /* `x @ y` (bind29): y moves first, x then uses it: E0382 */
			int nc = 0;
			for (const AstSubPattern *in = &e->arms[i].tops[k]; in && nc < 64; in = in->inner)
				chain[nc++] = in;
			while (nc-- > 0)
				move_top(b, arm, e->lhs, chain[nc], deref_match_sited(b, e));
			return;
		}
}

typedef struct HoldBindings {
	Borrowck *b;
	Flow *arm;
	const LoanSet *x;
} HoldBindings;

static void hold_binding(const AstSubPattern *sp, void *cx)
{
	HoldBindings *hb = cx;
	if (is_holder(hb->b, sp->var))
		set_holds(hb->b, hb->arm, sp->var, hb->x, site_at(sp->var->line, sp->var->col, SITE_ASSIGN));
}

/* arm i's flow in: the match's, its bindings made, the fields its patterns read in place */
static Flow flow_arm_enter(Borrowck *b, AstExpr *e, const Flow *f, MatchFlow *m, int i)
{
	AstExpr *in_place = m->in_place;
	/* the tests' reads (pmove26): a literal's at the match's start, an if-let's pattern */
	int sl = e->if_let ? e->arms[0].line : e->line, sc = e->if_let ? e->arms[0].col : e->col;
	/* tree27: this arm's tests and bindings, collected first: the flow it starts from (the tests so
	 * far, or the head when one of them comes before the last test made) depends on them */
	PatPlace pt = {0}, pb = {0};
	int first_new = m->acc.nacc;
	bool anew = false, tests_anew = false;
	long long newmax = m->maxpos;
	if (m->tests_on && m->place && (f->reachable || m->tests.reachable)) {
		pt.start_line = pb.start_line = sl;
		pt.start_col = pb.start_col = sc;
		pt.tests = true;
		pb.bindings = true;
		pb.guard = e->arms[i].guard != NULL;
		for (int k = 0; k < e->arms[i].npats; k++) {
			pattern_collect(b, e->lhs, &pt, &e->arms[i].pats[k]);
			if (ast_arm_top(&e->arms[i], k))
				pattern_collect_top(b, e->lhs, &pb, &e->arms[i].tops[k]);
			pattern_collect(b, e->lhs, &pb, &e->arms[i].pats[k]);
		}
		for (int j = 0; j < pt.nacc; j++) {
			pt.acc[j].seq = j;
			if (!match_test_add(b, m, &pt.acc[j]))
				continue;
			long long p = src_pos(pt.acc[j].line, pt.acc[j].col);
			tests_anew |= p < m->maxpos;
			newmax = p > newmax ? p : newmax;
		}
		anew = tests_anew;
		for (int j = 0; j < pb.nacc && !anew; j++)
			anew = src_pos(pb.acc[j].line, pb.acc[j].col) < m->maxpos;
		m->acc.root = pt.root ? pt.root : pb.root;
	}
	Flow arm = flow_copy(b, !m->tests_on ? *f : anew ? m->head : m->tests);
	ArmBindings ab = {b, &arm, e, ST_INIT, NULL};
	for (int k = 0; k < e->arms[i].npats; k++) { /* nested patterns' bindings too, the top one first (bind27) */
		ab.top = ast_arm_top(&e->arms[i], k) ? &e->arms[i].tops[k] : NULL;
		ast_arm_each_binding(&e->arms[i], k, set_binding, &ab);
	}
	if (arm.reachable && b->nholders && carries_loans(b, e->lhs->ty)) {
		/* optloan35: a binding of a part of the scrutinee holds what the scrutinee carries
		 * (`Some(r)` of an `Option<&T>`); a `ref` one gets its own loan too (pattern_apply) */
		HoldBindings hb = {b, &arm, m->sv};
		for (int k = 0; k < e->arms[i].npats; k++)
			ast_arm_each_binding(&e->arms[i], k, hold_binding, &hb);
	}
	if (in_place && arm.reachable) {
		Flow entry = flow_copy(b, arm); /* each alternative from the arm's entry */
		for (int k = 0; k < e->arms[i].npats; k++)
			if (e->arms[i].pats[k].strukt || e->arms[i].pats[k].enm) {
				Flow alt = flow_copy(b, entry);
				pattern_uses(b, &alt, in_place->var, &e->arms[i].pats[k], e->lhs->ty, m->in_base,
				             place_name(b, e->lhs), e->lhs);
				if (k == 0)
					arm = alt;
				else
					flow_join(b, &arm, alt);
			}
	}
	/* the patterns' accesses (pmove26): the tests' on the way to this arm and the later ones, the
	 * bindings' (every alternative's) in this arm, in source order */
	if (m->tests_on) {
		PatAcc *nw = m->acc.acc ? m->acc.acc + first_new : NULL;
		int nnew = m->acc.nacc - first_new;
		if (arm.reachable) /* from the head: every test so far; else the new ones */
			pattern_apply2(b, &arm, m->acc.root, anew ? m->acc.acc : nw, anew ? m->acc.nacc : nnew, pb.acc,
			               pb.nacc);
		if (m->tests.reachable && tests_anew) {
			m->tests = flow_copy(b, m->head);
			pattern_apply2(b, &m->tests, m->acc.root, m->acc.acc, m->acc.nacc, NULL, 0);
		} else if (m->tests.reachable) {
			pattern_apply2(b, &m->tests, m->acc.root, nw, nnew, NULL, 0);
		}
		m->maxpos = newmax;
	} else if (m->place && arm.reachable) { /* the bindings only (the tests are the scrutinee's read) */
		PatPlace pa = {0};
		pa.start_line = sl;
		pa.start_col = sc;
		pa.bindings = true;
		pa.guard = e->arms[i].guard != NULL;
		for (int k = 0; k < e->arms[i].npats; k++) {
			if (ast_arm_top(&e->arms[i], k))
				pattern_collect_top(b, e->lhs, &pa, &e->arms[i].tops[k]);
			pattern_collect(b, e->lhs, &pa, &e->arms[i].pats[k]);
		}
		pattern_apply(b, &arm, &pa);
	}
	if (!e->arms[i].guard) /* a guarded arm's: after its guard (flow_expr_kind) */
		move_arm_top(b, e, i, &arm);
	b->prune_at = m->prune ? e->arms[i].body : NULL;
	return arm;
}

/* arm i's body flowed (b->val its value): the arm's end joined into the match's */
static void flow_arm_leave(Borrowck *b, AstExpr *e, MatchFlow *m, int i, Flow *arm)
{
	b->temps = m->arm_temps; /* an arm is a terminating scope */
	vals_push(b, &m->v, arm->reachable ? b->val : NULL);
	/* the arm's bindings are dead after it (4c: not held across a later await) */
	ArmBindings ab = {b, arm, e, ST_UNINIT, NULL};
	for (int k = 0; k < e->arms[i].npats && arm->reachable; k++)
		ast_arm_each_binding(&e->arms[i], k, set_binding, &ab);
	flow_join(b, &m->out, *arm);
}

/* guard27: v is a binding of the arm whose guard is walked (rustc binds it by reference there) */
static bool guard_binding(const Borrowck *b, const AstVar *v)
{
	const AstMatchArm *a = b->guard_arm;
	for (int k = 0; k < a->npats; k++)
		if (ast_arm_binds_var(a, k, v))
			return true;
	return false;
}

/* guard27: an assignment to place (or a `&mut place`, borrow) in a guard: rustc's E0594 / E0596
 * on a binding (bound by reference for the guard), E0506 / E0502 on the scrutinee when the arm
 * binds (the ref-for-guard borrows are of places below it), else E0510 (the fake borrows) */
static void guard_mutation(Borrowck *b, const AstExpr *place, const AstExpr *at, bool borrow)
{
	const AstExpr *r = place;
	while (r->kind == EXPR_FIELD)
		r = r->lhs;
	if (r->kind != EXPR_VAR)
		return;
	const AstMatchArm *a = b->guard_arm;
	if (guard_binding(b, r->var)) {
		if (borrow)
			error_at(b->s, at->line, at->col,
			         "cannot borrow `%s` as mutable, as it is immutable for the pattern guard", r->var->name);
		error_at(b->s, at->line, at->col,
		         "cannot assign to `%s`, as it is immutable for the pattern guard", r->var->name);
	}
	if (r->var != b->guard_scrut)
		return;
	bool binds = false;
	for (int k = 0; k < a->npats && !binds; k++)
		binds = ast_arm_binds_any(a, k);
	if (borrow)
		error_at(b->s, at->line, at->col,
		         binds ? "cannot borrow `%s` as mutable because it is also borrowed as immutable"
		               : "cannot mutably borrow `%s` in match guard", r->var->name);
	error_at(b->s, at->line, at->col,
	         binds ? "cannot assign to `%s` because it is borrowed" : "cannot assign `%s` in match guard",
	         r->var->name);
}

/* the binding's variable id, into b->guard_dead (ast_arm_each_binding's callback) */
static void collect_binding(const AstSubPattern *sp, void *cx)
{
	Borrowck *b = cx;
	*VEC_PUSH(b->s->scratch, b->guard_dead, b->nguard_dead, b->guard_dead_cap) = sp->var->id;
}

/* guard27: arm i's guard, walked in the arm's flow (its bindings made); rustc's false edges make
 * what the guard did reach the later arms too: its flow, the arm's bindings dead, joins the
 * match's flow the later arms enter from */
static void flow_guard(Borrowck *b, AstExpr *e, int i, Flow *f, MatchFlow *m, Flow *arm)
{
	const AstMatchArm *saved_arm = b->guard_arm;
	const AstVar *saved_scrut = b->guard_scrut;
	const AstExpr *r = e->lhs;
	while (r->kind == EXPR_FIELD)
		r = r->lhs;
	b->guard_arm = &e->arms[i];
	b->guard_scrut = r->kind == EXPR_VAR ? r->var : NULL;
	/* misc28: an arm of several leaves (several patterns, or an or-pattern inside) has a copy of
	 * the guard per leaf, the next leaf tested after the guard fails (rustc's sub-branches): the
	 * guard is walked again from its own flow joined with the arm's (a move in it: E0382 there) */
	bool leaves = e->arms[i].npats > 1;
	for (int k = 0; k < e->arms[i].npats && !leaves; k++)
		leaves = ast_pattern_has_or(&e->arms[i].pats[k]);
	for (int pass = 0; pass < (leaves ? 2 : 1); pass++) {
		Flow entry = leaves && pass == 0 ? flow_copy(b, *arm) : (Flow){0};
		int temps = b->temps;
		flow_terminating(b, e->arms[i].guard, arm, false);
		b->temps = temps; /* the guard's temporaries end with it (a terminating scope) */
		b->val = NULL;
		if (leaves && pass == 0) {
			flow_join(b, &entry, *arm);
			*arm = entry;
		}
	}
	b->guard_arm = saved_arm;
	b->guard_scrut = saved_scrut;
	if (!arm->reachable)
		return;
	/* guard29: the false edge carries the arm's flow with its bindings dead (the top one too: bound
	 * by value after the guard), joined without being made (flow_join_killing): a copy of the arm
	 * with them set was a path of new nodes per arm, and the join of every arm's flow into the
	 * later arms' kept each earlier arm's top binding maybe-initialised */
	b->nguard_dead = 0;
	for (int k = 0; k < e->arms[i].npats; k++)
		ast_arm_each_binding(&e->arms[i], k, collect_binding, b);
	int *dead = b->nguard_dead ? b->guard_dead : NULL, ndead = b->nguard_dead;
	if (ndead > 1)
		qsort(dead, (size_t)ndead, sizeof *dead, int_cmp);
	if (m->tests_on)
		flow_join_killing(b, &m->tests, *arm, dead, ndead);
	flow_join_killing(b, f, *arm, dead, ndead);
}

/* 4b over e, and 4c: b->val the loans its value may carry */
/* One link of an else-if chain whose else is the next link: its flows while the links below
 * are walked. */
typedef struct IfLinkFlow {
	AstExpr *e;
	Flow *f;          /* the flow into the link, its then-branch's out */
	Flow els;         /* the else branch's: the next link's flow in and out */
	const LoanSet *v; /* the then-branch's value */
	MatchFlow m;      /* an if-let link: its match's */
	TermScope t;      /* bc37: a link that is an else (a terminating scope): the scope around */
	struct IfLinkFlow *up;
} IfLinkFlow;

/* An if, and an else-if chain in a loop (issue 23: thousands of links), in the order of the
 * recursion it replaces (flow_expr_kind -> flow_expr on the else per link): every link's
 * condition and then-branch down to the last, then the joins back up, innermost first. An
 * `if let` link (iflet25) is flow_expr_kind's match: its head and first arm, its second arm
 * entered (the else: the next link), on the way back that arm left and the match's end. */
static void flow_if(Borrowck *b, AstExpr *e, Flow *f)
{
	IfLinkFlow *top = NULL;
	/* bc37: the branches are terminating scopes, and so is an else-if link (an if-let's scrutinee
	 * temporaries die at its end); their values are the chain's: discarded with it */
	bool discarded = b->discard_val == e, used = value_used(b, e, discarded);
	for (;;) {
		IfLinkFlow *l = arena_alloc(b->s->scratch, sizeof *l);
		l->e = e;
		l->f = f;
		l->up = top;
		l->t = top ? term_enter(b, e) : (TermScope){0};
		top = l;
		if (e->kind == EXPR_MATCH) {
			flow_match_head(b, e, f, &l->m);
			Flow arm = flow_arm_enter(b, e, f, &l->m, 0);
			b->discard_val = discarded ? e->arms[0].body : NULL;
			flow_terminating(b, e->arms[0].body, &arm, used);
			flow_arm_leave(b, e, &l->m, 0, &arm);
			l->els = flow_arm_enter(b, e, f, &l->m, 1);
		} else {
			int temps = b->temps;
			bool prune = b->prune_at == e;
			flow_terminating(b, e->cond, f, false);
			b->temps = temps; /* the condition's temporaries end with it (HIR's DropTemps) */
			l->els = flow_copy(b, *f);
			b->val = NULL;
			b->block_clean = prune;
			b->discard_block = discarded ? e->block : NULL;
			flow_terminating_block(b, e->block, f, used);
			l->v = f->reachable ? b->val : NULL;
			b->val = NULL;
			b->prune_at = prune ? e->els : NULL;
		}
		AstExpr *els = ast_if_else(e);
		if (!els || !ast_is_if_link(els)) {
			b->discard_val = discarded ? els : NULL;
			if (els)
				flow_terminating(b, els, &l->els, used);
			break;
		}
		/* flow_expr(b, els, &l->els) up to its flow_expr_kind: the next link */
		b->val = NULL;
		if (--b->budget < 0)
			longjmp(b->give_up, 1);
		e = els;
		f = &l->els;
	}
	/* bcj39: the value of the links walked back so far, united where read (vals_union): by an else
	 * link's end with temporaries of its own, and at the chain's */
	ValList acc = {0};
	vals_push(b, &acc, b->val);
	b->sh->chain_back++; /* (a link's E0716 at its end: rustc reports the first link's) */
	for (IfLinkFlow *l = top; l; l = l->up) {
		if (!l->els.reachable || (l != top && !carries_loans(b, ast_if_else(l->e)->ty)))
			acc.n = 0; /* the rest of flow_expr on the link below */
		b->val = NULL;
		if (l->e->kind == EXPR_MATCH) {
			flow_arm_leave(b, l->e, &l->m, 1, &l->els);
			*l->f = l->m.out;
			for (int i = 0; i < l->m.v.n; i++)
				vals_push(b, &acc, l->m.v.v[i]);
			b->temps = l->m.temps;
		} else {
			vals_push(b, &acc, l->v);
			flow_join(b, l->f, l->els);
		}
		if (l->up && b->scope_temps > 0 && used) /* an else link's end reads the value (term_escape) */
			b->val = vals_union(b, &acc);
		if (l->up) /* an else link: its end */
			term_leave(b, l->f, l->e, l->t, l->e->line, l->e->col, used);
	}
	b->sh->chain_back--;
	b->val = vals_union(b, &acc);
}

static void flow_expr(Borrowck *b, AstExpr *e, Flow *f)
{
	b->val = NULL;
	flow_expr_kind(b, e, f);
	if (!carries_loans(b, e->ty) || !f->reachable)
		b->val = NULL;
	else if (b->val && b->rl_cap && rl_has(b, e))
		return_escape(b, e);
}

static void flow_expr_kind(Borrowck *b, AstExpr *e, Flow *f)
{
	if (--b->budget < 0)
		longjmp(b->give_up, 1);
	switch (e->kind) {
	case EXPR_VAR:
		if (!e->mention_only) {
			if (b->guard_arm && !ast_type_is_copy(b->s->prog, e->ty) && f->reachable && guard_binding(b, e->var))
				error_at(b->s, e->line, e->col, "cannot move out of `%s` in pattern guard", e->var->name);
			access_operand(b, f, e);
			use_var(b, e->var, e->line, e->col, f, !ast_type_is_copy(b->s->prog, e->ty));
			b->val = holds_of(b, f, e->var);
		}
		return;
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN: {
		flow_expr(b, e->rhs, f);
		if (b->guard_arm && f->reachable)
			guard_mutation(b, e->lhs, e->lhs, false);
		const LoanSet *rv = b->val;
		if (e->kind == EXPR_OP_ASSIGN)
			access(b, f, e->lhs, ACC_READ, e->lhs->line, e->lhs->col);
		access(b, f, e->lhs, ACC_WRITE, e->lhs->line, e->lhs->col);
		if (e->lhs->kind == EXPR_VAR) {
			AstVar *v = e->lhs->var;
			const LoanSet *out;
			bool own = e->kind == EXPR_ASSIGN && fut_out(b, f, e->rhs, &out);
			const VarState old = *vs(b, f, v->id), *kept = NULL;
			/* drop-and-replace: dropping the old future uses its loans, and v stays live across
			 * the assignment, so its loans stay live as long as v (rustc: one region) */
			if (is_holder(b, v) && f->reachable && (st_of(b, f, v->id) & ST_INIT) && drop_uses_loans(b, v->ty)) {
				use_holder(b, v, f, site_at(e->lhs->line, e->lhs->col, SITE_ASSIGN));
				rv = lset_union(b, holds_of(b, f, v), rv);
				kept = &old;
			}
			set_holds(b, f, v, rv, site_at(e->lhs->line, e->lhs->col, SITE_ASSIGN));
			if (own)
				set_out(b, f, v, out, kept);
		}
		if (index_under(e->lhs)) {
			mutate_index(b, e->lhs, index_under(e->lhs), f, "assign to");
		} else if (deref_root(e->lhs)) {
			assign_through_ref(b, e->lhs, deref_root(e->lhs), f);
		} else if (e->lhs->kind == EXPR_FIELD) {
			MovePath bits;
			if (!field_root(b->s->prog, e->lhs, &bits))
				flow_expr(b, e->lhs, f);
			assign_field(b, e->lhs, f, e->kind == EXPR_OP_ASSIGN);
		} else {
			assign_var(b, e->lhs, f, e->kind == EXPR_OP_ASSIGN);
		}
		return;
	}
	case EXPR_REF:
		if (b->guard_arm && e->ref_mut && !e->implicit && f->reachable)
			guard_mutation(b, e->lhs, e, true);
		borrow_place(b, e, f);
		make_borrow(b, e, f);
		return;
	case EXPR_DEREF:
		use_deref(b, e, e, f, !e->mention_only && !ast_type_is_copy(b->s->prog, e->ty));
		access_operand(b, f, e);
		return;
	case EXPR_INDEX:
		use_index(b, e, e, f);
		access_operand(b, f, e);
		return;
	case EXPR_FIELD: {
		MovePath bits;
		if (index_under(e)) {
			use_index(b, e, index_under(e), f);
			access_operand(b, f, e);
			return;
		}
		if (deref_root(e)) {
			use_deref(b, deref_root(e), e, f, !e->mention_only && !ast_type_is_copy(b->s->prog, e->ty));
			access_operand(b, f, e);
			return;
		}
		AstExpr *root = field_root(b->s->prog, e, &bits);
		if (!root) {
			flow_expr(b, e->lhs, f);
			AstExpr *base = e->lhs;
			while (base->kind == EXPR_FIELD)
				base = base->lhs;
			if (b->body && b->nloans && ast_needs_drop(b, base->ty, 0))
				b->temps++; /* `make().0`: the temporary lives to the end of the statement */
			break;
		}
		if (!e->mention_only) {
			use_field(b, e, root, bits, f, !ast_type_is_copy(b->s->prog, e->ty));
			access_operand(b, f, e);
		}
		return;
	}
	case EXPR_STRUCT: {
		int temps = b->temps;
		/* optloan35: the aggregate carries its operands' loans */
		const LoanSet **v = arena_alloc(b->s->scratch, ((size_t)e->ninits + 1) * sizeof *v);
		for (int i = 0; i < e->ninits; i++) {
			flow_expr(b, e->inits[i].value, f);
			v[i] = b->val;
			hold_temp(b, e->inits[i].value);
		}
		b->temps = temps;
		b->val = lset_union_all(b, v, e->ninits);
		break;
	}
	case EXPR_VARIANT: {
		int temps = b->temps;
		/* optloan35: the aggregate carries its operands' loans */
		const LoanSet **v = arena_alloc(b->s->scratch, ((size_t)e->nvinits + 1) * sizeof *v);
		for (int i = 0; i < e->nvinits; i++) {
			flow_expr(b, e->vinits[i].value, f);
			v[i] = b->val;
			hold_temp(b, e->vinits[i].value);
		}
		b->temps = temps;
		b->val = lset_union_all(b, v, e->nvinits);
		break;
	}
	case EXPR_ARRAY: {
		int temps = b->temps;
		/* optloan35: the aggregate carries its operands' loans */
		const LoanSet **v = arena_alloc(b->s->scratch, ((size_t)e->nargs + 1) * sizeof *v);
		for (int i = 0; i < e->nargs; i++) {
			flow_expr(b, e->args[i], f);
			v[i] = b->val;
			hold_temp(b, e->args[i]);
		}
		b->temps = temps;
		b->val = lset_union_all(b, v, e->nargs);
		break;
	}
	case EXPR_REPEAT:
		flow_expr(b, e->lhs, f);
		break;
	case EXPR_BINARY:
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR) {
			/* bc37: both operands are terminating scopes, the left one unless a `&&` / `||` */
			if (e->lhs->kind == EXPR_BINARY && (e->lhs->bin_op == AOP_AND || e->lhs->bin_op == AOP_OR))
				flow_expr(b, e->lhs, f);
			else
				flow_terminating(b, e->lhs, f, false);
			Flow rhs = flow_copy(b, *f);
			int temps = b->temps;
			flow_terminating(b, e->rhs, &rhs, false);
			b->temps = temps; /* a terminating scope */
			flow_join(b, f, rhs);
		} else {
			flow_expr(b, e->lhs, f);
			flow_expr(b, e->rhs, f);
		}
		return;
	case EXPR_IF:
		flow_if(b, e, f);
		return;
	case EXPR_MATCH: {
		if (e->if_let) { /* an if-let and its else-if chain in a loop (iflet25) */
			flow_if(b, e, f);
			return;
		}
		MatchFlow m;
		bool discarded = b->discard_val == e;
		flow_match_head(b, e, f, &m);
		for (int i = 0; i < e->narms; i++) {
			Flow arm = flow_arm_enter(b, e, f, &m, i);
			if (e->arms[i].guard) { /* tops28: the top binding moves after the guard (bound by ref in it) */
				flow_guard(b, e, i, f, &m, &arm);
				move_arm_top(b, e, i, &arm);
			}
			b->discard_val = discarded ? e->arms[i].body : NULL;
			flow_terminating(b, e->arms[i].body, &arm, value_used(b, e, discarded)); /* bc37: an arm */
			if (ast_for_next_match(e)) /* for40: the loop's binding dies each iteration (E0597 of a borrow kept) */
				for_binding_dies(b, &e->arms[i], &arm);
			flow_arm_leave(b, e, &m, i, &arm);
		}
		*f = m.out;
		b->val = vals_union(b, &m.v);
		b->temps = m.temps;
		return;
	}
	case EXPR_LOOP:
	case EXPR_WHILE:
		flow_loop(b, e, f);
		return;
	case EXPR_BREAK:
	case EXPR_CONTINUE: {
		LoopFlow *l = find_loop(b, e->loop);
		if (e->lhs) { /* flow40: `break v`: v is the loop's value */
			flow_expr(b, e->lhs, f);
			vals_push(b, l->vals, b->val);
		}
		/* leaving the blocks inside the loop drops and kills their lets declared so far,
		 * innermost first, as at their ends (rustc's break/continue drops) */
		for (int d = b->sh->nscopes - 1; d >= l->nscopes && f->reachable; d--) {
			struct OpenBlock ob = b->sh->scopes[d];
			for (int i = ob.stmt - 1; i >= 0; i--) {
				if (ob.blk->stmts[i].var)
					scope_end(b, f, ob.blk->stmts[i].var, e->line, e->col);
				temp_ref_let_walk(b, f, &ob.blk->stmts[i], 2, e->line, e->col); /* temp33 */
				extended_dead(b, f, &ob.blk->stmts[i], e->line, e->col);
			}
		}
		flow_join(b, e->kind == EXPR_BREAK ? &l->brk : &l->cont, *f);
		f->reachable = false;
		return;
	}
	case EXPR_RETURN:
		if (e->lhs)
			flow_expr(b, e->lhs, f);
		return_drops(b, f, e);
		f->reachable = false;
		return;
	case EXPR_PANIC: /* mac40: unwinds */
		f->reachable = false;
		return;
	case EXPR_ASYNC: {
		AstAsyncBlock *ab = e->async_block;
		const LoanSet *v = NULL;
		FakeReads fr = {b, ab, f, 0, 0, NULL, NULL, NULL};
		if (f->reachable) {
			void *ctx = b->s->visit_ctx;
			AstStmt *vst = b->s->visit_stmt;
			b->s->visit_ctx = &fr;
			b->s->visit_stmt = NULL;
			visit_block(b->s, ab->body, fake_read_visit);
			b->s->visit_ctx = ctx;
			b->s->visit_stmt = vst;
		}
		for (int i = 0; i < ab->ncaptures; i++) {
			AstCapture *c = &ab->captures[i];
			bool move = c->mode == CAPTURE_BY_VALUE && !ast_type_is_copy(b->s->prog, capture_type(c));
			/* a variable of this body, or an upvar of it for nested blocks; a field
			 * place (edition 2021) is used, or moved out, as the field */
			if (c->npath) {
				MovePath bits = capture_move_path(b->s->prog, c);
				AstExpr *root = field_root(b->s->prog, c->place, &(MovePath){0, 0});
				/* rustc reports a captured place's use at the block (pmove26) */
				use_field_at(b, c->place, root, bits, f, move, ab->line, ab->col);
			} else {
				use_var(b, c->var, ab->line, ab->col, f, move);
			}
			/* the capture is an access of the whole variable at the block */
			int kind = c->mode == CAPTURE_BY_VALUE ? (move ? ACC_MOVE : ACC_READ)
			         : c->mode == CAPTURE_BY_REF ? ACC_BORROW : ACC_BORROW_MUT;
			int k = loan_of(b, c);
			bool made = k >= 0 && k < b->nloans && f->reachable;
			if (made)
				loan_made(b, f, k);
			if (b->nloans && b->first_loan[c->var->id] >= 0)
				access_path(b, f, c->var, c->npath ? c->path : NULL, c->npath, kind,
				            c->npath ? place_name(b, c->place) : c->var->name, ab->line, ab->col, k);
			if (made)
				v = lset_union(b, v, lset_one(b, k));
			/* what a holder captured by value carries; optloan35: by reference too (`&'a
			 * Option<&'b T>` needs 'b: 'a, loan34's rule: an Option<&T> captured by reference) */
			if (c->mode == CAPTURE_BY_VALUE || is_holder(b, c->var))
				v = lset_union(b, v, holds_of(b, f, c->var));
		}
		if (fr.fmt && f->reachable) /* the fake reads found before the captures (pmove26) */
			moved_error(b, fr.line, fr.col, fr.fmt, fr.name);
		check_body(b, ab);
		b->val = v;
		return;
	}
	case EXPR_BLOCK:
		b->block_clean = b->prune_at == e;
		b->discard_block = b->discard_val == e ? e->block : NULL;
		if (e->name && e->has_break)
			flow_labeled_block(b, e, f);
		else
			flow_block(b, e->block, f);
		return;
	case EXPR_CALL: {
		int temps = b->temps, made = b->sh->nmade;
		/* each argument's value, and the clock when it was made (use_loans) */
		const LoanSet **argv = arena_alloc(b->s->scratch, ((size_t)e->nargs + 1) * sizeof *argv);
		long long *argt = arena_alloc(b->s->scratch, ((size_t)e->nargs + 1) * sizeof *argt);
		for (int i = 0; i < e->nargs; i++) {
			AstExpr *a = e->args[i];
			/* rustc's two-phase borrows: a method's autoref'd receiver, a coercion's reborrow */
			int k = a->kind == EXPR_REF && a->implicit && a->ref_mut ? loan_of(b, a) : -1;
			if (k >= 0 && k < b->nloans)
				b->reserved[k] = true;
			flow_expr(b, a, f);
			argv[i] = b->val;
			argt[i] = b->sh->clock;
			hold_temp(b, a);
		}
		b->temps = temps;
		for (int i = 0; i < e->nargs; i++) { /* activation, at the call */
			AstExpr *a = e->args[i];
			int k = a->kind == EXPR_REF && a->implicit && a->ref_mut ? loan_of(b, a) : -1;
			if (k < 0 || k >= b->nloans || !b->reserved[k])
				continue;
			b->reserved[k] = false;
			Loan *l = &b->loans[k];
			access_path(b, f, l->root, l->path, l->npath, ACC_BORROW_MUT, place_name(b, a->lhs), a->line, a->col,
			            k);
		}
		for (int i = 0; i < e->nargs; i++)
			use_loans(b, argv[i], f, argt[i]);
		if (is_never(b->s, e->ty))
			f->reachable = false;
		/* an async call's future carries its arguments' loans; optloan35: so does a sync call's
		 * value whose type contains a reference (`fn g(o: Option<&u32>) -> Option<&u32>`: the
		 * elided output lifetime is an input's; every argument's, a superset) */
		bool carries = (e->callee && e->callee->is_async) || carries_loans(b, e->ty);
		b->val = carries ? lset_union_all(b, argv, e->nargs) : NULL;
		if (b->val && e->nargs && !(e->callee && e->callee->is_async) && sync_result_self(e))
			b->val = argv[0]; /* `&self`'s lifetime is the elided output's */
		if (e->nargs && e->callee && e->callee->is_async && result_self(e))
			b->self_call = e, b->self_val = argv[0]; /* (its await's output: EXPR_AWAIT) */
		if (!b->val) /* the loans made in the arguments are consumed by the call */
			pop_made(b, f, made, e);
		return;
	}
	case EXPR_AWAIT: {
		int made = b->sh->nmade;
		long long t0 = b->sh->clock;
		flow_expr(b, e->lhs, f);
		const LoanSet *fut = b->val;
		use_loans(b, fut, f, t0);
		witness_at_await(b, e, f);
		pop_made(b, f, made, e); /* the future is consumed, and the loans made for it */
		/* bc36: the output carries what rustc's output regions hold: nothing when its type holds no
		 * reference; an async `&self` method's, its receiver's (lifetime elision, as a sync call's);
		 * else every loan the future carried (an async fn's arguments', an async block's captures') */
		const LoanSet *out;
		b->val = !fut || !carries_loans(b, e->ty) ? NULL : fut_out(b, f, e->lhs, &out) ? out : fut;
		break;
	}
	case EXPR_UNARY: case EXPR_CAST:
		flow_expr(b, e->lhs, f);
		break;
	default:
		break;
	}
	if (is_never(b->s, e->ty))
		f->reachable = false;
}

/* Checks one body: the fn's (ab == NULL) or an async block's, whose captured
 * variables start initialized. */
static void check_body(Borrowck *outer, AstAsyncBlock *ab)
{
	if (ab && outer->async_done[ab->index_in_fn])
		return;
	Borrowck b = *outer;
	b.body = ab;
	b.temp_scope = NULL; /* tempref36: a body's tail temporaries live to its end */
	b.loops = NULL;
	b.temps = 0;
	b.block_clean = true; /* the body: no value around it (but the outer body's, kept: floor) */
	long long floor = b.sh->floor;
	Flow f = flow_new(&b, true);
	if (ab) {
		outer->async_done[ab->index_in_fn] = true;
		for (int i = 0; i < ab->ncaptures; i++)
			set_st(&b, &f, ab->captures[i].var->id, ST_INIT);
		for (int i = 0; i < ab->nmentioned; i++) /* named, not captured: `match x { _ => .. }` */
			if (st_of(&b, &f, ab->mentioned[i]->id) == ST_UNINIT)
				set_st(&b, &f, ab->mentioned[i]->id, ST_INIT);
		flow_block(&b, ab->body, &f);
	} else {
		for (int i = 0; i < b.fn->nparams; i++)
			set_st(&b, &f, b.fn->params[i]->id, ST_INIT);
		flow_block(&b, b.fn->body, &f);
	}
	outer->budget = b.budget;
	b.sh->floor = floor;
	sat_reset(&b); /* (the outer body's values in flight: read before a lower floor) */
}

/* ---- move paths: the field places moved or assigned somewhere in the fn (rustc's MoveData
 * makes a move path for each; an error names the closest one: moved_name) ---- */
static void mp_add(Borrowck *b, AstExpr *e, uint32_t *cap)
{
	MovePath mp;
	AstExpr *root = e->kind == EXPR_FIELD ? field_root(b->s->prog, e, &mp) : NULL;
	if (root)
		*VEC_PUSH(b->s->scratch, b->mpaths, b->nmpaths, *cap) = (long long)root->var->id << 32 | (unsigned)mp.lo;
}

typedef struct { Borrowck *b; uint32_t cap; } MpCensus;

static void mp_visit(Sema *s, AstExpr *e)
{
	MpCensus *mc = s->visit_ctx;
	MovePath mp;
	bool chain = e->kind == EXPR_FIELD && field_root(s->prog, e, &mp);
	if ((e->kind == EXPR_ASSIGN || e->kind == EXPR_OP_ASSIGN) && e->lhs->kind == EXPR_FIELD &&
	    field_root(s->prog, e->lhs, &mp)) {
		mp_add(mc->b, e->lhs, &mc->cap);
		mp_visit(s, e->rhs);
		return;
	}
	if (e->kind == EXPR_REF && e->lhs->kind == EXPR_FIELD && field_root(s->prog, e->lhs, &mp))
		return; /* borrowed, not moved */
	if (chain) {
		if (!e->mention_only && !ast_type_is_copy(s->prog, e->ty))
			mp_add(mc->b, e, &mc->cap);
		return;
	}
	if (e->kind == EXPR_ASYNC) /* a field a struct pattern in the block moves in (capt25) */
		for (int i = 0; i < e->async_block->ncaptures; i++) {
			const AstCapture *c = &e->async_block->captures[i];
			int n = 0;
			for (const AstExpr *q = c->place; q->kind == EXPR_FIELD; q = q->lhs)
				n++;
			if (c->mode == CAPTURE_BY_VALUE && n && n == c->npath && !ast_type_is_copy(s->prog, capture_type(c)))
				mp_add(mc->b, c->place, &mc->cap);
		}
	visit_children(s, e, mp_visit);
}

static int ll_cmp(const void *x, const void *y)
{
	long long a = *(const long long *)x, c = *(const long long *)y;
	return (a > c) - (a < c);
}

static void move_paths_init(Borrowck *b)
{
	AstFn *fn = b->fn;
	b->nbits = arena_alloc(b->s->scratch, ((size_t)fn->nvars + 1) * sizeof *b->nbits);
	bool any = false;
	for (int i = 0; i < fn->nvars; i++) {
		int n = mp_nodes(b->s->prog, fn->vars[i]->ty);
		b->nbits[i] = n > 1 ? n : 1;
		any |= n > 0;
	}
	if (!any)
		return;
	MpCensus mc = {b, 0};
	void *saved = b->s->visit_ctx;
	AstAsyncBlock *saved_ab = b->s->async_block;
	b->s->visit_ctx = &mc;
	visit_block(b->s, fn->body, mp_visit);
	b->s->visit_ctx = saved;
	b->s->async_block = saved_ab;
	if (b->nmpaths)
		qsort(b->mpaths, (size_t)b->nmpaths, sizeof *b->mpaths, ll_cmp);
}

/* A fn past a budget is accepted unchecked (DESIGN.md, Borrow conflicts): say so on
 * stderr, so that a program rustc would reject is never accepted silently. */
/* Issue 23 (quad25): a fn past a work budget is refused, at the fn, with a located error. It was
 * accepted with a warning, its conflicts unchecked: an invalid program (7,000 `&v.a` kept live across
 * 7,000 `&mut v.a`, rustc E0502) was accepted, a wrong answer. Valid programs that reach it are
 * refused as a limit of this implementation (DESIGN.md, Limits and reliability). */
_Noreturn static void budget_error(Sema *s, const AstFn *fn, const char *what)
{
	error_at(s, fn->line, fn->col,
	         "not supported: fn `%s` is past the borrow checker's work budget (%s not checked; a limit of "
	         "coroslim, not of Rust: split the fn)",
	         fn->name, what);
}

/* Issue 22: the first walk, laying the events down (LiveCfg); any error it meets (the second walk
 * meets it again, or an earlier one) is forgotten, as is running out of the flow budget. Stopped
 * there, its graph holds the edges walked before: the liveness it gives is less than the whole
 * fn's, never more (a path of it is a path of the fn's, with its assignments), so the second walk
 * reports a conflict only where rustc does, or meets the same error. */
static void walk_events(Borrowck *b)
{
	Sema *s = b->s;
	jmp_buf saved_fail, saved_give_up, here;
	Diag saved_diag = *s->diag;
	memcpy(saved_fail, s->fail, sizeof saved_fail);
	memcpy(saved_give_up, b->give_up, sizeof saved_give_up);
	if (!setjmp(here)) {
		memcpy(s->fail, here, sizeof here);
		memcpy(b->give_up, here, sizeof here);
		check_body(b, NULL);
	}
	memcpy(s->fail, saved_fail, sizeof saved_fail);
	memcpy(b->give_up, saved_give_up, sizeof saved_give_up);
	*s->diag = saved_diag;
}

/* Back to the state before a walk (the first one's marks are the second's to make). */
static void walk_reset(Borrowck *b, long loan_budget)
{
	AstFn *fn = b->fn;
	size_t nl = 2 * (size_t)b->nloans + 1;
	b->budget = FLOW_BUDGET;
	*b->loan_budget = loan_budget;
	memset(b->async_done, 0, (size_t)fn->nasync + 1);
	memset(b->witness_drop, 0, (size_t)fn->nasync + 1);
	memset(b->reserved, 0, nl);
	memset(b->inflight, 0, nl);
	memset(b->active, 0, nl);
	memset(b->sat, 0, nl);
	for (size_t k = 0; k < nl; k++) {
		b->death[k] = -1;
		b->flight[k] = LLONG_MIN;
	}
	b->sh->nsatv = 0;
	b->sh->nsat = 0;
	b->sh->lnodes = NULL; /* the first walk's chained sets are not the second's */
	b->sh->sat_applied = NULL;
	for (int i = 0; i < b->nbuckets; i++)
		b->act_head[i] = -1;
	b->inv_prune_at = 64;
	b->sh->clock = b->sh->floor = 0;
	b->sh->nmade = b->sh->nscopes = 0;
	b->sh->loop_depth = 0;
	b->sh->chain_back = 0;
	b->sh->dmsg = NULL;
	b->sh->raising_conflict = false;
	b->val = NULL;
	b->temps = 0;
	b->prune_at = NULL;
	b->block_clean = false;
	b->loops = NULL;
}

void borrowck_fn(Sema *s, AstFn *fn)
{
	Borrowck b = {0};
	b.s = s;
	b.fn = fn;
	b.ergo_whole = -1;
	b.budget = FLOW_BUDGET;
	b.async_done = arena_alloc(s->scratch, (size_t)fn->nasync + 1);
	jmp_buf saved_fail, here;
	memcpy(saved_fail, s->fail, sizeof saved_fail);
	if (setjmp(b.give_up)) { /* pathological nesting: accept rather than spend unbounded time */
		memcpy(s->fail, saved_fail, sizeof saved_fail);
		budget_error(s, fn, "moves, initialisation and borrow conflicts");
	}
	long loan_budget = LOAN_BUDGET;
	b.loan_budget = &loan_budget;
	if (!s->mp_off) {
		s->mp_off = arena_alloc(s->scratch, ((size_t)s->prog->nstructs + 1) * sizeof *s->mp_off);
		s->mp_enum_nodes = arena_alloc(s->scratch, ((size_t)s->prog->nenums + 1) * sizeof *s->mp_enum_nodes);
	}
	mpc.prog = s->prog;
	mpc.arena = s->scratch;
	mpc.off = s->mp_off;
	mpc.enum_nodes = s->mp_enum_nodes;
	BorrowShared *sh = arena_alloc(s->scratch, sizeof *sh); /* not a local: read after longjmp */
	memset(sh, 0, sizeof *sh);
	sh->epoch = 1; /* vs_none's is 0 */
	b.sh = sh;
	move_paths_init(&b);
	b.vdepth = 1;
	while (b.vdepth < VS_MAXDEPTH && (fn->nvars >> (VS_BITS * b.vdepth)))
		b.vdepth++;
	loans_init(&b);
	b.sdepth = 1; /* the loans and their shadows, 64 to a leaf */
	while (b.sdepth < 6 && ((2 * (long)b.nloans + 1) >> (6 + VS_BITS * b.sdepth)))
		b.sdepth++;
	LiveCfg *cfg = arena_alloc(s->scratch, sizeof *cfg);
	if (b.nloans && cfg_init(&b, cfg)) { /* loans flowing into two variables or more */
		long lb = loan_budget;
		b.cfg = cfg;
		cfg->building = true;
		walk_events(&b);
		cfg->building = false;
		cfg->ok = true;
		cfg_finish(&b, cfg);
		walk_reset(&b, lb);
	}
	/* an error raised while a conflict is deferred gives way to it when later in the source */
	if (setjmp(here)) {
		memcpy(s->fail, saved_fail, sizeof saved_fail);
		long long d = src_pos(sh->dline, sh->dcol), p = src_pos(s->diag->line, s->diag->col);
		if (sh->dmsg && (d < p || (d == p && sh->dconflict && !sh->raising_conflict))) {
			s->diag->failed = 0; /* (diag_set keeps a first error) */
			diag_set(s->diag, sh->dline, sh->dcol, "%s", sh->dmsg);
		}
		longjmp(s->fail, 1);
	}
	memcpy(s->fail, here, sizeof here);
	check_body(&b, NULL);
	if (sh->dmsg)
		error_at(s, sh->dline, sh->dcol, "%s", sh->dmsg);
	memcpy(s->fail, saved_fail, sizeof saved_fail);
	if (loan_budget < 0)
		budget_error(s, fn, "borrow conflicts");
}
