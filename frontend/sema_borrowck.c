/* sema_borrowck.c — 4a. match exhaustiveness (check_match) and 4b. moves,
 * initialization and mutability as a dataflow over the tree (borrowck). See
 * sema.c for the phases and their order. */
#include <string.h>

#include "sema.h"

/* ====================================================================== */
/* 4a. Match exhaustiveness                                               */
/* ====================================================================== */

/* rustc's witness for a variant nobody matches: `E::A`, `E::B(_, _)`, `E::C { .. }`. */
static const char *variant_witness(Sema *s, const AstEnum *en, int v)
{
	const AstVariant *var = &en->variants[v];
	size_t n = strlen(en->name) + strlen(var->name) + 3 * (size_t)var->nfields + 16;
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

void exhaustive_expr(Sema *s, AstExpr *e)
{
	visit_children(s, e, exhaustive_expr);
	if (e->kind != EXPR_MATCH)
		return;
	if (e->lhs->ty.kind == ATY_ENUM) {
		exhaustive_enum(s, e);
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
/* Partial moves (struct fields): Flow.fields[v] has bit i when leaf i of v (its
 * fields flattened, nested structs' fields in place; min(i, 63)) may be moved out. */
enum { FLOW_BUDGET = 4000000 };                     /* node visits per fn */

typedef struct Flow {
	uint8_t *st;
	uint64_t *fields; /* maybe moved-out fields, per variable */
	bool reachable;
} Flow;

typedef struct LoopFlow {
	AstExpr *loop;
	Flow brk, cont;
	struct LoopFlow *outer;
} LoopFlow;

typedef struct Borrowck {
	Sema *s;
	AstFn *fn;
	AstAsyncBlock *body;  /* the body being checked: an async block or NULL (fn) */
	LoopFlow *loops;
	long budget;
	jmp_buf give_up;
	bool *async_done;     /* by index_in_fn */
} Borrowck;

static Flow flow_new(Borrowck *b, uint8_t init, bool reachable)
{
	Flow f;
	f.st = arena_alloc(b->s->scratch, (size_t)b->fn->nvars + 1);
	memset(f.st, init, (size_t)b->fn->nvars);
	f.fields = arena_alloc(b->s->scratch, ((size_t)b->fn->nvars + 1) * sizeof *f.fields);
	f.reachable = reachable;
	return f;
}

static Flow flow_copy(Borrowck *b, Flow f)
{
	Flow c = flow_new(b, 0, f.reachable);
	memcpy(c.st, f.st, (size_t)b->fn->nvars);
	memcpy(c.fields, f.fields, (size_t)b->fn->nvars * sizeof *f.fields);
	return c;
}

/* into := into ∪ from */
static void flow_join(Borrowck *b, Flow *into, Flow from)
{
	if (!from.reachable)
		return;
	if (!into->reachable) {
		*into = flow_copy(b, from);
		return;
	}
	for (int i = 0; i < b->fn->nvars; i++) {
		into->st[i] |= from.st[i];
		into->fields[i] |= from.fields[i];
	}
}

static bool flow_equal(Borrowck *b, Flow x, Flow y)
{
	if (x.reachable != y.reachable)
		return false;
	return !x.reachable || (!memcmp(x.st, y.st, (size_t)b->fn->nvars) &&
	                        !memcmp(x.fields, y.fields, (size_t)b->fn->nvars * sizeof *x.fields));
}

static void check_initialized(Borrowck *b, AstVar *v, int line, int col, Flow *f)
{
	uint8_t st = f->st[v->id];
	if (st & ST_MOVED)
		error_at(b->s, line, col, "use of moved value: `%s`", v->name);
	if (st & ST_UNINIT)
		error_at(b->s, line, col, st & ST_INIT ? "used binding `%s` is possibly-uninitialized"
		                                       : "used binding `%s` isn't initialized", v->name);
}

static void use_var(Borrowck *b, AstVar *v, int line, int col, Flow *f, bool move)
{
	if (!f->reachable)
		return;
	check_initialized(b, v, line, col, f);
	if (f->fields[v->id])
		error_at(b->s, line, col, "use of partially moved value: `%s`", v->name);
	if (move)
		f->st[v->id] = ST_MOVED;
}

/* The leaves of a value of type t (a struct's fields, flattened). */
static int leaves(const AstProgram *p, AstType t)
{
	if (t.kind != ATY_STRUCT)
		return 1;
	const AstStruct *st = p->structs[t.id];
	int n = 0;
	for (int i = 0; i < st->nfields; i++)
		n += leaves(p, st->fields[i].ty);
	return n;
}

/* The bits of the leaves [lo, lo + n) (the last bit stands for every leaf past 63). */
static uint64_t leaf_bits(int lo, int n)
{
	uint64_t m = 0;
	for (int i = lo; i < lo + n; i++)
		m |= 1ull << (i < 63 ? i : 63);
	return m;
}

/* The variable under a chain of field accesses (NULL: a temporary); *bits: the
 * leaves the place e covers. */
static AstExpr *field_root(const AstProgram *p, AstExpr *e, uint64_t *bits)
{
	int lo = 0;
	AstExpr *r = e;
	while (r->kind == EXPR_FIELD) {
		const AstStruct *st = p->structs[r->lhs->ty.id];
		for (int i = 0; i < r->field; i++)
			lo += leaves(p, st->fields[i].ty);
		r = r->lhs;
	}
	*bits = leaf_bits(lo, leaves(p, e->ty));
	return r->kind == EXPR_VAR ? r : NULL;
}

/* "`p.a.b`" as rustc names the place: `*r` for a deref, `r.a` for a field
 * behind one (rustc elides the deref of a reference under a field). */
static const char *place_name(Borrowck *b, const AstExpr *e)
{
	if (e->kind == EXPR_INDEX) { /* `a[_]`, as rustc names an indexed place */
		const char *base = place_name(b, e->lhs->kind == EXPR_DEREF ? e->lhs->lhs : e->lhs);
		size_t n = strlen(base) + 8;
		char *buf = arena_alloc(b->s->scratch, n);
		snprintf(buf, n, "%s%s[_]", e->lhs->kind == EXPR_DEREF ? "*" : "", base);
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

/* A read (or a move, of a non-Copy field) of the place e = v.f...: v must be
 * initialized and field f not moved out. */
static void use_field(Borrowck *b, AstExpr *e, AstExpr *root, uint64_t bits, Flow *f, bool move)
{
	if (!f->reachable)
		return;
	AstVar *v = root->var;
	check_initialized(b, v, e->line, e->col, f);
	uint64_t moved = f->fields[v->id] & bits;
	if (moved)
		error_at(b->s, e->line, e->col, moved == bits ? "use of moved value: `%s`"
		         : "use of partially moved value: `%s`", place_name(b, e));
	if (move)
		f->fields[v->id] |= bits;
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
		if (f->st[v->id] & (ST_INIT | ST_MOVED))
			error_at(b->s, place->line, place->col,
			         v->kind == VAR_PARAM ? "cannot assign to immutable argument `%s`"
			                              : "cannot assign twice to immutable variable `%s`", v->name);
	}
	f->st[v->id] = ST_INIT;
	f->fields[v->id] = 0;
}

/* `v.f... = x` / `op=`: v must be initialized (rustc: E0381 "partially assigned
 * binding"), mutable; an assignment of field f itself puts it back. */
static void assign_field(Borrowck *b, AstExpr *place, Flow *f, bool compound)
{
	uint64_t bits;
	AstExpr *root = field_root(b->s->prog, place, &bits);
	if (!root || !f->reachable)
		return;
	AstVar *v = root->var;
	uint8_t st = f->st[v->id];
	if (st & (ST_UNINIT | ST_MOVED))
		error_at(b->s, place->line, place->col, st & ST_MOVED ? "assign to part of moved value: `%s`"
		         : "partially assigned binding `%s` isn't fully initialized", v->name);
	if (!v->is_mut)
		error_at(b->s, place->line, place->col, "cannot assign to `%s`, as `%s` is not declared as mutable",
		         place_name(b, place), v->name);
	/* a moved ancestor (all its leaves moved) cannot be assigned into */
	for (AstExpr *a = place->lhs; a->kind == EXPR_FIELD; a = a->lhs) {
		uint64_t ab;
		field_root(b->s->prog, a, &ab);
		if ((f->fields[v->id] & ab) == ab)
			error_at(b->s, place->line, place->col, "assign to part of moved value: `%s`", place_name(b, a));
	}
	if (compound && (f->fields[v->id] & bits))
		error_at(b->s, place->line, place->col, "use of moved value: `%s`", place_name(b, place));
	if (!(bits >> 63))
		f->fields[v->id] &= ~bits;
}

static void flow_expr(Borrowck *b, AstExpr *e, Flow *f);
static void check_body(Borrowck *outer, AstAsyncBlock *ab);

/* ---- references (issue 22 item 4): E0507, E0594, E0596 and borrows of moved
 * values. Conflicts between live borrows (E0499, E0502, E0505, E0506: NLL) are
 * not checked, as for the by-reference captures of async blocks. ---- */

/* The deref under a chain of field accesses of e (`(*r).a.b`), or NULL. */
static AstExpr *deref_root(AstExpr *e)
{
	while (e->kind == EXPR_FIELD)
		e = e->lhs;
	return e->kind == EXPR_DEREF ? e : NULL;
}

/* `*r` reads r (a `&mut` included: a deref is not a move of the reference);
 * moving a non-Copy value out from behind it is E0507. */
static void use_deref(Borrowck *b, AstExpr *d, AstExpr *place, Flow *f, bool move)
{
	AstExpr *r = d->lhs;
	if (r->kind == EXPR_VAR)
		use_var(b, r->var, r->line, r->col, f, false);
	else
		flow_expr(b, r, f);
	if (move && f->reachable)
		error_at(b->s, place->line, place->col, "cannot move out of `%s` which is behind a %s reference",
		         place_name(b, place), r->ty.kind == ATY_REF ? "shared" : "mutable");
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
	uint64_t bits;
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
	               : et.kind == ATY_ENUM ? b->s->prog->enums[ast_enum_index(et)]->name : ast_type_name(et);
	error_at(b->s, at->line, at->col, "cannot move out of type `[%s; %d]`, a non-copy array", en,
	         ast_array_len(ix->lhs->ty));
}

/* `a[i]` or `a[i].f` as an operand: a Copy value is copied; anything else would be
 * moved out of the array (rustc: E0508). */
static void use_index(Borrowck *b, AstExpr *place, AstExpr *ix, Flow *f)
{
	use_index_base(b, ix, f);
	if (!place->mention_only && !ast_type_is_copy(place->ty) && f->reachable)
		move_out_of_array(b, place, ix);
}

/* `match a[i] { .. }` on an enum element: read in place; a binding that moves a
 * field out moves it out of the array (E0508). */
static void match_index(Borrowck *b, AstExpr *e, Flow *f)
{
	AstExpr *ix = index_under(e->lhs);
	use_index_base(b, ix, f);
	for (int i = 0; i < e->narms && f->reachable; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			for (int j = 0; j < e->arms[i].pats[k].nsubs; j++) {
				const AstSubPattern *sp = &e->arms[i].pats[k].subs[j];
				if (sp->var && !ast_type_is_copy(sp->var->ty))
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
	if (d && d->lhs->ty.kind == ATY_REF)
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
		use_deref(b, d, place, f, false);
		if (e->ref_mut && d->lhs->ty.kind == ATY_REF && f->reachable)
			error_at(b->s, e->line, e->col, "cannot borrow `%s` as mutable, as it is behind a `&` reference",
			         place_name(b, place));
		return;
	}
	uint64_t bits;
	AstExpr *root = field_root(b->s->prog, place, &bits);
	if (!root) {
		flow_expr(b, place, f);
		return;
	}
	if (!f->reachable)
		return;
	AstVar *v = root->var;
	if (f->st[v->id] & ST_MOVED)
		error_at(b->s, e->line, e->col, "borrow of moved value: `%s`", v->name);
	check_initialized(b, v, place->line, place->col, f);
	uint64_t moved = f->fields[v->id] & (place == root ? ~(uint64_t)0 : bits);
	if (moved)
		error_at(b->s, e->line, e->col, place != root && moved == bits ? "borrow of moved value: `%s`"
		         : "borrow of partially moved value: `%s`", place_name(b, place));
	if (e->ref_mut && !v->is_mut) {
		if (place == root)
			error_at(b->s, e->line, e->col, "cannot borrow `%s` as mutable, as it is not declared as mutable",
			         v->name);
		error_at(b->s, e->line, e->col, "cannot borrow `%s` as mutable, as `%s` is not declared as mutable",
		         place_name(b, place), v->name);
	}
}

/* `*r = x`, `r.a = x` (op= too): r is read, and must be a `&mut` (E0594). */
static void assign_through_ref(Borrowck *b, AstExpr *place, AstExpr *d, Flow *f)
{
	use_deref(b, d, place, f, false);
	if (d->lhs->ty.kind == ATY_REF && f->reachable)
		error_at(b->s, place->line, place->col, "cannot assign to `%s`, which is behind a `&` reference",
		         place_name(b, place));
}

static void flow_block(Borrowck *b, AstBlock *blk, Flow *f)
{
	for (int i = 0; i < blk->nstmts; i++) {
		AstStmt *st = &blk->stmts[i];
		if (st->expr)
			flow_expr(b, st->expr, f);
		if (st->kind == ASTMT_LET && st->var && f->reachable) {
			f->st[st->var->id] = st->expr ? ST_INIT : ST_UNINIT;
			f->fields[st->var->id] = 0;
		}
	}
	if (blk->tail)
		flow_expr(b, blk->tail, f);
	/* the block's lets are dead now: forget them so loops reach a fixpoint at once */
	if (f->reachable)
		for (int i = 0; i < blk->nstmts; i++)
			if (blk->stmts[i].var) {
				f->st[blk->stmts[i].var->id] = ST_UNINIT;
				f->fields[blk->stmts[i].var->id] = 0;
			}
}

static LoopFlow *find_loop(Borrowck *b, AstExpr *loop)
{
	for (LoopFlow *l = b->loops; l; l = l->outer)
		if (l->loop == loop)
			return l;
	internal_error("break target not on the loop stack");
}

static void flow_loop(Borrowck *b, AstExpr *e, Flow *f)
{
	Flow entry = flow_copy(b, *f);
	for (;;) {
		LoopFlow lf = {e, {NULL, NULL, false}, {NULL, NULL, false}, b->loops};
		b->loops = &lf;
		Flow body = flow_copy(b, entry);
		if (e->kind == EXPR_WHILE)
			flow_expr(b, e->cond, &body);
		Flow after_cond = flow_copy(b, body);
		flow_block(b, e->block, &body);
		b->loops = lf.outer;
		flow_join(b, &body, lf.cont);
		Flow next = flow_copy(b, entry);
		flow_join(b, &next, body);
		if (flow_equal(b, next, entry)) {
			if (e->kind == EXPR_WHILE)
				flow_join(b, &lf.brk, after_cond);
			*f = lf.brk;
			return;
		}
		entry = next;
	}
}

static void flow_expr(Borrowck *b, AstExpr *e, Flow *f)
{
	if (--b->budget < 0)
		longjmp(b->give_up, 1);
	switch (e->kind) {
	case EXPR_VAR:
		if (!e->mention_only)
			use_var(b, e->var, e->line, e->col, f, !ast_type_is_copy(e->ty));
		return;
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		flow_expr(b, e->rhs, f);
		if (index_under(e->lhs)) {
			mutate_index(b, e->lhs, index_under(e->lhs), f, "assign to");
		} else if (deref_root(e->lhs)) {
			assign_through_ref(b, e->lhs, deref_root(e->lhs), f);
		} else if (e->lhs->kind == EXPR_FIELD) {
			uint64_t bits;
			if (!field_root(b->s->prog, e->lhs, &bits))
				flow_expr(b, e->lhs, f);
			assign_field(b, e->lhs, f, e->kind == EXPR_OP_ASSIGN);
		} else {
			assign_var(b, e->lhs, f, e->kind == EXPR_OP_ASSIGN);
		}
		return;
	case EXPR_REF:
		borrow_place(b, e, f);
		return;
	case EXPR_DEREF:
		use_deref(b, e, e, f, !e->mention_only && !ast_type_is_copy(e->ty));
		return;
	case EXPR_INDEX:
		use_index(b, e, e, f);
		return;
	case EXPR_FIELD: {
		uint64_t bits;
		if (index_under(e)) {
			use_index(b, e, index_under(e), f);
			return;
		}
		if (deref_root(e)) {
			use_deref(b, deref_root(e), e, f, !e->mention_only && !ast_type_is_copy(e->ty));
			return;
		}
		AstExpr *root = field_root(b->s->prog, e, &bits);
		if (!root) {
			flow_expr(b, e->lhs, f);
			break;
		}
		if (!e->mention_only)
			use_field(b, e, root, bits, f, !ast_type_is_copy(e->ty));
		return;
	}
	case EXPR_STRUCT:
		for (int i = 0; i < e->ninits; i++)
			flow_expr(b, e->inits[i].value, f);
		break;
	case EXPR_VARIANT:
		for (int i = 0; i < e->nvinits; i++)
			flow_expr(b, e->vinits[i].value, f);
		break;
	case EXPR_ARRAY:
		for (int i = 0; i < e->nargs; i++)
			flow_expr(b, e->args[i], f);
		break;
	case EXPR_REPEAT:
		flow_expr(b, e->lhs, f);
		break;
	case EXPR_BINARY:
		flow_expr(b, e->lhs, f);
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR) {
			Flow rhs = flow_copy(b, *f);
			flow_expr(b, e->rhs, &rhs);
			flow_join(b, f, rhs);
		} else {
			flow_expr(b, e->rhs, f);
		}
		return;
	case EXPR_IF: {
		flow_expr(b, e->cond, f);
		Flow els = flow_copy(b, *f);
		flow_block(b, e->block, f);
		if (e->els)
			flow_expr(b, e->els, &els);
		flow_join(b, f, els);
		return;
	}
	case EXPR_MATCH: {
		/* a match on an enum variable reads its discriminant and copies the bound
		 * fields: the variable is used, not moved */
		if (e->lhs->ty.kind == ATY_ENUM && e->lhs->kind == EXPR_VAR)
			use_var(b, e->lhs->var, e->lhs->line, e->lhs->col, f, false);
		else if (e->lhs->ty.kind == ATY_ENUM && index_under(e->lhs))
			match_index(b, e, f);
		else
			flow_expr(b, e->lhs, f);
		Flow out = {NULL, NULL, false};
		for (int i = 0; i < e->narms; i++) {
			Flow arm = flow_copy(b, *f);
			for (int k = 0; k < e->arms[i].npats; k++)
				for (int j = 0; j < e->arms[i].pats[k].nsubs; j++)
					if (e->arms[i].pats[k].subs[j].var) {
						AstVar *bv = e->arms[i].pats[k].subs[j].var;
						arm.st[bv->id] = ST_INIT;
						/* a non-Copy field moved out: the enum is partially moved in this arm */
						if (!ast_type_is_copy(bv->ty) && e->lhs->kind == EXPR_VAR && arm.reachable)
							arm.fields[e->lhs->var->id] |= 1;
					}
			flow_expr(b, e->arms[i].body, &arm);
			flow_join(b, &out, arm);
		}
		*f = out;
		return;
	}
	case EXPR_LOOP:
	case EXPR_WHILE:
		flow_loop(b, e, f);
		return;
	case EXPR_BREAK:
	case EXPR_CONTINUE: {
		LoopFlow *l = find_loop(b, e->loop);
		flow_join(b, e->kind == EXPR_BREAK ? &l->brk : &l->cont, *f);
		f->reachable = false;
		return;
	}
	case EXPR_RETURN:
		if (e->lhs)
			flow_expr(b, e->lhs, f);
		f->reachable = false;
		return;
	case EXPR_ASYNC: {
		AstAsyncBlock *ab = e->async_block;
		for (int i = 0; i < ab->ncaptures; i++) {
			AstCapture *c = &ab->captures[i];
			bool move = c->mode == CAPTURE_BY_VALUE && !ast_type_is_copy(c->var->ty);
			/* a variable of this body, or an upvar of it for nested blocks */
			use_var(b, c->var, c->line, c->col, f, move);
		}
		check_body(b, ab);
		return;
	}
	case EXPR_BLOCK:
		flow_block(b, e->block, f);
		return;
	case EXPR_CALL:
		for (int i = 0; i < e->nargs; i++)
			flow_expr(b, e->args[i], f);
		break;
	case EXPR_UNARY: case EXPR_CAST: case EXPR_AWAIT:
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
	b.loops = NULL;
	Flow f = flow_new(&b, ST_UNINIT, true);
	if (ab) {
		outer->async_done[ab->index_in_fn] = true;
		for (int i = 0; i < ab->ncaptures; i++)
			f.st[ab->captures[i].var->id] = ST_INIT;
		flow_block(&b, ab->body, &f);
	} else {
		for (int i = 0; i < b.fn->nparams; i++)
			f.st[b.fn->params[i]->id] = ST_INIT;
		flow_block(&b, b.fn->body, &f);
	}
	outer->budget = b.budget;
}

void borrowck_fn(Sema *s, AstFn *fn)
{
	Borrowck b = {0};
	b.s = s;
	b.fn = fn;
	b.budget = FLOW_BUDGET;
	b.async_done = arena_alloc(s->scratch, (size_t)fn->nasync + 1);
	if (setjmp(b.give_up))
		return; /* pathological nesting: accept rather than spend unbounded time */
	check_body(&b, NULL);
}
