/* import_model.c — imported code made executable for `coroslim check` (issue 24 item 3).
 *
 * rustc's MIR names types but does not define them, and calls fns, trait methods
 * and futures whose bodies are in other crates. To run an imported coroutine the
 * same way before and after the state transform and each pass, three things are
 * supplied here, none of them rustc's:
 *   - a model layout for every ADT the MIR does not size (an enum: its variant
 *     index as a u32 tag at offset 0, each variant's fields after it; a struct:
 *     its fields in order); opaque types are 8-byte values (Module.extern_events).
 *     A model layout only has to be the same on both sides of a comparison: the
 *     figures that are rustc's (future bytes) never come from it.
 *   - a layout for every coroutine without a body (an async fn of another crate,
 *     a generic instance): an 8-byte value polled and dropped as an external event.
 *   - an entry per coroutine body, `entry NAME`, a plain fn that takes each upvar
 *     from the oracle (an external call `upvar N of NAME`) and builds the future:
 *     what check polls and cancels under every schedule.
 * The external events themselves (call, poll, drop: callee, arguments, order,
 * results from a deterministic oracle) are the interpreter's: ir/interp_extern.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"

static uint32_t round_up(uint32_t x, uint32_t a) { return a ? (x + a - 1) / a * a : x; }

enum { UNSEEN, VISITING, DONE };

static void model_adt(Module *m, uint32_t ai, uint8_t *state);

/* Size and alignment of t, modelling the ADTs it holds first; *coro set when a
 * coroutine is held by value (8 bytes here, its layout's size after the transform). */
static void model_type(Module *m, TypeId t, uint8_t *state, uint32_t *size, uint32_t *align, int *coro)
{
	const Type *ty = type_get(m, t);
	switch (ty->kind) {
	case TY_ADT:
		if (state[ty->coro] == VISITING) { /* by value in itself: the MIR's uses disagree */
			*size = 8, *align = 8, *coro = 1;
			return;
		}
		model_adt(m, ty->coro, state);
		*coro |= m->adts[ty->coro].model_holds_coro;
		*size = type_size(m, t), *align = type_align(m, t);
		return;
	case TY_CORO:
		*size = 8, *align = 8, *coro = 1;
		return;
	case TY_POLL:
	case TY_TUPLE: {
		uint32_t s, a;
		model_type(m, ty->a, state, &s, &a, coro);
		if (ty->kind == TY_TUPLE)
			model_type(m, ty->b, state, &s, &a, coro);
		break;
	}
	default:
		break;
	}
	if (*coro && (ty->kind == TY_POLL || ty->kind == TY_TUPLE)) {
		*size = 8, *align = 8;
		return;
	}
	*size = type_size(m, t), *align = type_align(m, t);
}

static void model_adt(Module *m, uint32_t ai, uint8_t *state)
{
	if (state[ai] != UNSEEN)
		return;
	state[ai] = VISITING;
	Adt *a = &m->adts[ai];
	if (a->defined || a->size) { /* a subset struct, or sized by rustc */
		state[ai] = DONE;
		return;
	}
	int is_enum = a->kind == ADT_ENUM;
	uint32_t nf = 0;
	for (uint32_t v = 0; v < a->nvariants; v++)
		nf += a->variants[v].nfields;
	uint32_t *start = arena_alloc(m->arena, (a->nvariants + 1) * sizeof *start);
	uint32_t *off = arena_alloc(m->arena, (nf + 1) * sizeof *off);
	uint32_t size = is_enum ? 4 : 0, align = is_enum ? 4 : 1, k = 0;
	int coro = 0;
	for (uint32_t v = 0; v < a->nvariants; v++) {
		const AdtVariant *var = &a->variants[v];
		uint32_t at = is_enum ? 4 : 0;
		start[v] = k;
		for (uint32_t f = 0; f < var->nfields; f++) {
			uint32_t s = 0, al = 1;
			if (var->fields[f] != NO_ID) /* a field never named is never read: no bytes */
				model_type(m, var->fields[f], state, &s, &al, &coro);
			at = round_up(at, al);
			off[k++] = at;
			at += s;
			if (al > align)
				align = al;
		}
		if (at > size)
			size = at;
	}
	start[a->nvariants] = k;
	a = &m->adts[ai]; /* model_type may have made no ADT, but keep the pointer fresh */
	a->model_start = start;
	a->model_off = off;
	a->align = align;
	a->size = round_up(size ? size : 1, align); /* a ZST gets a byte: type_size's 0 means unknown */
	a->model_holds_coro = (uint8_t)coro;
	a->model = 1;
	state[ai] = DONE;
}

/* An external coroutine's layout: an 8-byte value, one variant, no tag, nothing
 * else known (reconstructed: the verifier checks no more). */
static Layout *external_layout(Module *m, const Coroutine *c)
{
	Layout *l = arena_alloc(m->arena, sizeof *l);
	memset(l, 0, sizeof *l);
	l->size = 8;
	l->align = 8;
	l->reconstructed = 1;
	l->nvariants = 1;
	l->field_start = arena_alloc(m->arena, sizeof *l->field_start);
	l->nfields = arena_alloc(m->arena, sizeof *l->nfields);
	l->field_start[0] = l->nfields[0] = 0;
	if (c->nupvars) {
		l->upvar_offset = arena_alloc(m->arena, c->nupvars * sizeof *l->upvar_offset);
		memset(l->upvar_offset, 0, c->nupvars * sizeof *l->upvar_offset);
	}
	return l;
}

/* The declaration of an oracle's callee: like the importer's stubs, no body. */
static void add_oracle_stub(Module *m, const char *name, TypeId ty)
{
	if (module_find_fn(m, name))
		return;
	Fn *g = fn_new(m, name, FN_SYNC);
	g->external = 1;
	fn_add_local(g, ty, NULL, 0);
	g->nargs = 0;
	fn_set_term(g, fn_add_block(g, 0), term_simple(TK_UNREACHABLE));
}

/* `entry NAME`: each upvar from the oracle, then the future. */
static void add_entry(Module *m, const Fn *body)
{
	const Coroutine *c = &m->coros[body->coro];
	char name[600];
	snprintf(name, sizeof name, "entry %s", c->name);
	if (module_find_fn(m, name))
		return;
	Fn *g = fn_new(m, name, FN_SYNC);
	TypeId cty = body->locals[1].ty; /* the coroutine type, as the body's _1 names it */
	fn_add_local(g, cty, NULL, 0);
	g->nargs = 0;
	Operand *ops = calloc(c->nupvars + 1, sizeof *ops);
	if (!ops)
		internal_error("out of memory");
	BlockId bb = fn_add_block(g, 0);
	for (uint32_t i = 0; i < c->nupvars; i++) {
		LocalId l = fn_add_local(g, c->upvars[i].ty, c->upvars[i].name, 0);
		char callee[640];
		snprintf(callee, sizeof callee, "upvar %u of %s", (unsigned)i, c->name);
		add_oracle_stub(m, callee, c->upvars[i].ty);
		c = &m->coros[body->coro]; /* fn_new may not move coros, but stay safe */
		BlockId next = fn_add_block(g, 0);
		Term t = {0};
		t.kind = TK_CALL;
		t.op = CALLEE_FN;
		t.place = place_local(g, l);
		t.x = fn_add_name(g, callee);
		t.args = fn_add_args(g, NULL, 0);
		t.nargs = 0;
		t.target = next;
		t.unwind = UW_CONTINUE;
		t.unwind_bb = NO_BLOCK;
		t.drop = NO_BLOCK;
		fn_set_term(g, bb, t);
		bb = next;
		ops[i] = (Operand){OP_MOVE, place_local(g, l)};
	}
	Stmt s = {0};
	s.kind = ST_ASSIGN;
	s.rv = RV_AGGREGATE;
	s.op = AGG_CORO;
	s.place = place_local(g, 0);
	s.x = cty;
	s.a.v = fn_add_args(g, ops, c->nupvars);
	s.b.v = c->nupvars;
	fn_push_stmt(g, bb, s);
	fn_set_term(g, bb, term_simple(TK_RETURN));
	free(ops);
}

/* The fn of the module that builds coroutine co's future (a constructor read
 * with a linked callee, import.c read_ctor), or NULL. */
static const Fn *ctor_of(const Module *m, uint32_t co)
{
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		if (f->kind != FN_SYNC || f->external || strncmp(f->name, "entry ", 6) == 0)
			continue;
		for (BlockId b = 0; b < f->nblocks; b++)
			for (uint32_t k = 0; k < f->blocks[b].nstmts; k++) {
				const Stmt *s = &f->blocks[b].stmts[k];
				if (s->kind == ST_ASSIGN && s->rv == RV_AGGREGATE && s->op == AGG_CORO &&
				    type_get(m, s->x)->kind == TY_CORO && type_get(m, s->x)->coro == co)
					return f;
			}
	}
	return NULL;
}

static int is_called(const Module *m, const char *name)
{
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		for (BlockId b = 0; b < f->nblocks; b++) {
			const Term *t = &f->blocks[b].term;
			if (f->blocks[b].has_term && t->kind == TK_CALL && t->op == CALLEE_FN && strcmp(f->names[t->x], name) == 0)
				return 1;
		}
	}
	return 0;
}

/* `entry NAME` of a body whose own constructor is in the module (a linked dump
 * brings it: what inline-single-await's form A rewrites): each of the
 * constructor's arguments from the oracle (`arg N of CTOR`), then the call. */
static void add_ctor_entry(Module *m, const Fn *body, const Fn *k)
{
	char name[600];
	snprintf(name, sizeof name, "entry %s", m->coros[body->coro].name);
	if (module_find_fn(m, name))
		return;
	char kname[600];
	snprintf(kname, sizeof kname, "%s", k->name);
	uint32_t nargs = k->nargs;
	TypeId *tys = calloc(nargs + 1, sizeof *tys);
	Operand *ops = calloc(nargs + 1, sizeof *ops);
	if (!tys || !ops)
		internal_error("out of memory");
	for (uint32_t i = 0; i < nargs; i++)
		tys[i] = k->locals[i + 1].ty;
	TypeId cty = body->locals[1].ty;
	Fn *g = fn_new(m, name, FN_SYNC); /* k and body may move: only copies are used below */
	fn_add_local(g, cty, NULL, 0);
	g->nargs = 0;
	BlockId bb = fn_add_block(g, 0);
	for (uint32_t i = 0; i < nargs + 1; i++) {
		BlockId next = fn_add_block(g, 0);
		Term t = {0};
		t.kind = TK_CALL;
		t.op = CALLEE_FN;
		t.target = next;
		t.unwind = UW_CONTINUE;
		t.unwind_bb = NO_BLOCK;
		t.drop = NO_BLOCK;
		if (i < nargs) {
			char callee[640];
			snprintf(callee, sizeof callee, "arg %u of %s", (unsigned)i, kname);
			add_oracle_stub(m, callee, tys[i]);
			LocalId l = fn_add_local(g, tys[i], NULL, 0);
			t.place = place_local(g, l);
			t.x = fn_add_name(g, callee);
			t.args = fn_add_args(g, NULL, 0);
			t.nargs = 0;
			ops[i] = (Operand){OP_MOVE, place_local(g, l)};
		} else {
			t.place = place_local(g, 0);
			t.x = fn_add_name(g, kname);
			t.args = fn_add_args(g, ops, nargs);
			t.nargs = nargs;
		}
		fn_set_term(g, bb, t);
		bb = next;
	}
	fn_set_term(g, bb, term_simple(TK_RETURN));
	free(tys);
	free(ops);
}

int import_model_module(Module *m)
{
	m->extern_events = 1;
	uint8_t *state = calloc(m->nadts + 1, 1);
	if (!state)
		internal_error("out of memory");
	for (uint32_t i = 0; i < m->nadts; i++)
		model_adt(m, i, state);
	free(state);
	uint32_t nbodies = 0;
	for (uint32_t i = 0; i < m->ncoros; i++) {
		Coroutine *c = &m->coros[i];
		if (!c->body && !c->resume && !c->layout)
			c->layout = external_layout(m, c);
	}
	uint32_t nfns = m->nfns;
	int resume = 0;
	for (uint32_t i = 0; i < nfns; i++)
		resume |= m->fns[i]->kind == FN_RESUME;
	if (!resume) /* the importer marks what it reads as transformed; bodies before it are not */
		m->transformed = 0;
	for (uint32_t i = 0; i < nfns; i++) {
		const Fn *f = m->fns[i];
		if (f->kind != FN_CORO_BODY || f->coro == NO_ID || f->coro >= m->ncoros || f->nargs != 2)
			continue;
		/* a linked callee's body is reached through its caller: no entry of its own */
		const Fn *k = ctor_of(m, f->coro);
		if (k && is_called(m, k->name))
			continue;
		if (k)
			add_ctor_entry(m, f, k);
		else
			add_entry(m, f);
		nbodies++;
	}
	return (int)nbodies;
}
