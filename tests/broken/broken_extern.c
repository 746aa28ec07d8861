/* broken_extern.c — two deliberately wrong passes on imported code (issue 24 item 3):
 * what `coroslim check DUMPDIR` must catch through its external events. Each keeps
 * the IR verifiable; only the traces can tell.
 *
 *   broken-drop-extern-call   the first call of the resume fn to a fn of another
 *                             crate (an importer's stub) becomes a goto: the call
 *                             never happens, its destination keeps what it had
 *   broken-swap-extern-calls  two external calls in a row (the second's block has
 *                             only storage markers, neither uses the other's
 *                             result) run in the other order
 */
#include <string.h>

#include "broken.h"

static int is_extern_call(const Fn *f, const Term *t)
{
	if (t->kind != TK_CALL || t->op != CALLEE_FN || t->x >= f->nnames || t->target == NO_BLOCK)
		return 0;
	const Fn *callee = module_find_fn(f->mod, f->names[t->x]);
	return callee && callee->external;
}

int broken_drop_extern_call(const PassCx *cx, Body *body)
{
	(void)cx;
	Fn *f = body->resume;
	if (f->kind != FN_RESUME)
		return 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		Term *t = &f->blocks[b].term;
		if (!f->blocks[b].cleanup && is_extern_call(f, t)) {
			fn_set_term(f, b, term_goto(t->target));
			return 1;
		}
	}
	return 0;
}

static int uses_local(const Fn *f, const Term *t, LocalId l)
{
	for (uint32_t i = 0; i < t->nargs; i++) {
		Operand o = f->args[t->args + i];
		if (o.kind != OP_CONST && f->places[o.v].local == l)
			return 1;
	}
	return 0;
}

static int only_markers(const Block *b)
{
	for (uint32_t i = 0; i < b->nstmts; i++)
		if (b->stmts[i].kind != ST_STORAGE_LIVE && b->stmts[i].kind != ST_STORAGE_DEAD && b->stmts[i].kind != ST_NOP)
			return 0;
	return 1;
}

int broken_swap_extern_calls(const PassCx *cx, Body *body)
{
	(void)cx;
	Fn *f = body->resume;
	if (f->kind != FN_RESUME)
		return 0;
	for (BlockId x = 0; x < f->nblocks; x++) {
		Term a = f->blocks[x].term;
		if (f->blocks[x].cleanup || !is_extern_call(f, &a) || a.target >= f->nblocks || a.target == x)
			continue;
		BlockId y = a.target;
		Term b = f->blocks[y].term;
		if (!is_extern_call(f, &b) || !only_markers(&f->blocks[y]) || b.target == y || b.target == x)
			continue;
		if (strcmp(f->names[a.x], f->names[b.x]) == 0) /* the same callee twice: the swap shows in arguments only */
			continue;
		LocalId la = f->places[a.place].local, lb = f->places[b.place].local;
		if (la == lb || uses_local(f, &b, la) || uses_local(f, &a, lb))
			continue;
		BlockId z = b.target;
		b.target = y;
		a.target = z;
		fn_set_term(f, x, b);
		fn_set_term(f, y, a);
		return 1;
	}
	return 0;
}
