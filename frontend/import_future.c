/* import_future.c — rustc MIR import: the await of a future the module cannot see
 * into (issue 24 items 4-5). See import.c.
 *
 * rustc lowers every `.await` the same way, whatever the awaited type F
 * (rustc_ast_lowering's make_lowered_await): `match IntoFuture::into_future(e)
 * { mut __awaitee => loop { match <F as Future>::poll(Pin::new_unchecked(&mut
 * __awaitee), get_context(task_context)) { Ready(r) => break r, Pending => {} }
 * task_context = yield () } }`. The importer made only the polls of coroutines
 * (an async fn's or block's future) awaits; a poll of any other future (a
 * hand-written `impl Future`, a trait object, a type parameter, an associated
 * type) stayed a plain call. Here it is an await too (CALLEE_POLL on a type that
 * Module.ext_futures makes a future, its Output the poll's `Poll<T>`'s T), when:
 *   - the call is typed as the await's poll: `(Pin<&mut F>, &mut Context<'_>) ->
 *     Poll<T>`, every poll of F in the module with the same T;
 *   - its Context is the await's: the result of `get_context` (through reborrows
 *     `&mut (*_n)` and copies; every assignment of those locals agrees). Only
 *     the await lowering calls get_context (an unstable internal fn of core that
 *     stable code cannot name), so a poll written by hand inside an async body
 *     with a Context it was handed stays a call.
 * The interpreter polls such a future as an external event (interp_extern.c,
 * as it did the call), and no pass sees into it: query_repoll_answer answers
 * REPOLL_UNKNOWN for it.
 *
 * Drop glue. rustc's MIR building schedules the drop of a binding only when its
 * type needs_drop (Builder::schedule_drop returns early otherwise), so the
 * __awaitee of a type without drop glue is never dropped, on no path; a type
 * parameter or a type that may need drop is dropped (needs_drop is
 * conservative). An imported ADT awaited as an external future that no fn of
 * the module drops (no `drop(_n)` of its type, no drop_in_place of it) is
 * marked no_drop: what inline-single-await's form B asks of F's type.
 * Divergence: the importer knows a type by its canonical spelling, so two types
 * of one spelling (trimmed paths) in one module are one; one drop of either keeps
 * the glue (the conservative direction). */
#include "import.h"

int mir_ext_future_poll(Ctx *c, const Term *t, TypeId o0, TypeId o1, TypeId dst)
{
	TypeId x = t->x;
	int k = mir_kind_of(c, x);
	if (k == TY_CORO || k == TY_YIELDNOW || k == TY_NEVER || k == TY_UNIT)
		return 0;
	if (t->nargs != 2 || mir_kind_of(c, o0) != TY_PIN || !mir_is_ptr_to(c, type_get(c->m, o0)->a, TY_REFMUT, x) ||
	    !mir_is_ptr_to(c, o1, TY_REFMUT, TY_CONTEXT) || mir_kind_of(c, dst) != TY_POLL)
		return 0;
	return module_add_future(c->m, x, type_get(c->m, dst)->a);
}

/* Local l holds get_context's result: every assignment of it is that call, a
 * reborrow `&mut (*m)` or a copy/move of a local m that does (depth-bounded). */
static int from_context(const Fn *f, LocalId l, int depth)
{
	if (depth > 6)
		return 0;
	int seen = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Block *bl = &f->blocks[b];
		const Term *t = &bl->term;
		if (t->kind == TK_CALL && place_is_local(f, t->place) && f->places[t->place].local == l) {
			if (t->op != CALLEE_GET_CONTEXT)
				return 0;
			seen = 1;
		}
		for (uint32_t i = 0; i < bl->nstmts; i++) {
			const Stmt *s = &bl->stmts[i];
			if (s->kind != ST_ASSIGN || f->places[s->place].local != l)
				continue;
			if (!place_is_local(f, s->place))
				return 0;
			LocalId m;
			if (s->rv == RV_REFMUT) {
				const Place *src = &f->places[s->a.v];
				if (src->nproj != 1 || f->projs[src->proj].kind != PROJ_DEREF)
					return 0;
				m = src->local;
			} else if (s->rv == RV_USE && s->a.kind != OP_CONST && place_is_local(f, s->a.v)) {
				m = f->places[s->a.v].local;
			} else {
				return 0;
			}
			if (m == l || !from_context(f, m, depth + 1))
				return 0;
			seen = 1;
		}
	}
	return seen;
}

/* A poll of an external future that is not the await's: a plain call again, by
 * the name rustc printed (the form the round trip reads back the same way). */
static void unmake_await(Module *m, Fn *f, Term *t)
{
	StrBuf b = {0};
	FILE *tmp = tmpfile();
	if (!tmp)
		internal_error("tmpfile failed");
	type_print(m, t->x, tmp);
	long n = ftell(tmp);
	rewind(tmp);
	char *ty = malloc(n > 0 ? (size_t)n + 1 : 1);
	if (!ty)
		internal_error("out of memory");
	size_t got = n > 0 ? fread(ty, 1, (size_t)n, tmp) : 0;
	ty[got] = 0;
	fclose(tmp);
	strbuf_printf(&b, "<%s as Future>::poll", ty);
	free(ty);
	t->op = CALLEE_FN;
	t->x = fn_add_name(f, b.s);
	strbuf_free(&b);
}

static int drops_type(const Module *m, TypeId ty)
{
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		for (BlockId b = 0; b < f->nblocks; b++) {
			const Term *t = &f->blocks[b].term;
			if ((t->kind == TK_DROP && place_type(f, t->place) == ty) ||
			    (t->kind == TK_CALL && t->op == CALLEE_DROP_IN_PLACE && t->x == ty))
				return 1;
		}
	}
	return 0;
}

void mir_future_awaits(Ctx *c, Import *im)
{
	Module *m = c->m;
	if (!m->next_futures)
		return;
	for (uint32_t i = 0; i < im->ncoros; i++) {
		Fn *f = im->coros[i].fn;
		if (!f)
			continue;
		for (BlockId b = 0; b < f->nblocks; b++) {
			Term *t = &f->blocks[b].term;
			if (t->kind != TK_CALL || t->op != CALLEE_POLL || module_future_output(m, t->x) == NO_ID)
				continue;
			Operand cx = f->args[t->args + 1];
			if (cx.kind == OP_CONST || !place_is_local(f, cx.v) || !from_context(f, f->places[cx.v].local, 0))
				unmake_await(m, f, t);
		}
	}
	for (uint32_t i = 0; i < m->next_futures; i++) {
		Adt *a = adt_of(m, m->ext_futures[i].fut);
		if (a && !a->defined && !a->no_drop && !drops_type(m, m->ext_futures[i].fut))
			a->no_drop = 1;
	}
}
