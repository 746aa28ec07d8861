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
	/* a coroutine body before StateTransform (`_2: ResumeTy`) only: a resume fn's
	 * Context is its argument `_2`, not get_context's, so its polls stay calls and
	 * print as rustc spells them (the --emit=mir tables' round trip) */
	if (c->f->nlocals < 3 || c->f->locals[2].ty != type_basic(c->m, TY_RESUMETY))
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

/* ------------------------------------------------------------------ */
/* async blocks awaited by their parent (issue 24 items 4-5)           */
/* ------------------------------------------------------------------ */

/* rustc builds an async block's future in its parent's body as the aggregate
 * `_7 = {coroutine@SPAN (#0)} { x: copy _3, y: copy _4 }` (Rvalue::Aggregate of
 * AggregateKind::Coroutine, its operands the upvars by name). Its body comes
 * later in the file (a dump linked by bench/real/link.py --link-dumps carries
 * it after the parent's), so the upvars are not known yet: the operands (in
 * upvar order) are kept with their names and checked once every body is read
 * (coro_aggregates). A block whose body the module does not have, or whose
 * upvars disagree (count, types), keeps the aggregate opaque, as before: its
 * future is an external one. */
int mir_coro_aggregate(Ctx *c, Span x, PlaceId dst, Stmt *s)
{
	const char *q = mir_match_close(x.s, x.e);
	if (!q)
		return mir_opaque(c, IO_CLOSURE);
	Span rest = trim((Span){q + 1, x.e}), body = {rest.e, rest.e};
	if (rest.s != rest.e) {
		if (!starts(rest, "{") || mir_match_close(rest.s, rest.e) != rest.e - 1)
			return mir_opaque(c, IO_CLOSURE);
		body = trim((Span){rest.s + 1, rest.e - 1});
	}
	Span parts[64];
	int n = body.s == body.e ? 0 : mir_split_commas(body, parts, 64);
	if (n < 0)
		return mir_opaque(c, IO_CLOSURE);
	Operand ops[64];
	char **names = calloc((size_t)n + 1, sizeof *names);
	if (!names)
		internal_error("out of memory");
	int r = OK;
	Diag keep = c->d; /* an operand that does not read keeps the aggregate opaque, as before */
	for (int i = 0; r == OK && i < n; i++) {
		const char *colon = mir_find_top(parts[i], ": ", 0);
		if (!colon) {
			r = mir_opaque(c, IO_CLOSURE);
			break;
		}
		Span nm = trim((Span){parts[i].s, colon});
		names[i] = mir_xstrndup(nm.s, span_len(nm));
		r = mir_operand_of(c, trim((Span){colon + 2, parts[i].e}), &ops[i]);
	}
	if (r != OK) {
		for (int i = 0; i < n; i++)
			free(names[i]);
		free(names);
		c->d = keep;
		return mir_opaque(c, IO_CLOSURE);
	}
	s->rv = RV_AGGREGATE;
	s->op = AGG_CORO;
	s->x = place_type(c->f, dst);
	s->a.v = fn_add_args(c->f, ops, (uint32_t)n);
	s->b.v = (uint32_t)n;
	if (c->naggs == c->capaggs) {
		c->capaggs = c->capaggs ? c->capaggs * 2 : 16;
		struct CoroAgg *na = realloc(c->aggs, c->capaggs * sizeof *na);
		if (!na)
			internal_error("out of memory");
		c->aggs = na;
	}
	/* the statement's text, as an opaque statement keeps it (the line read, without its `;`) */
	Span st = c->line ? trim((Span){c->line->s, c->line->s + c->line->n}) : x;
	if (ends(st, ";"))
		st = drop_back(st, 1);
	c->aggs[c->naggs++] = (struct CoroAgg){c->f, s->a.v, (uint32_t)n, names, mir_xstrndup(st.s, span_len(st))};
	return OK;
}

static void agg_free(struct CoroAgg *a)
{
	for (uint32_t i = 0; i < a->n; i++)
		free(a->names[i]);
	free(a->names);
	free(a->text);
}

void mir_forget_aggregates(Ctx *c, const Fn *f)
{
	uint32_t k = 0;
	for (uint32_t i = 0; i < c->naggs; i++) {
		if (c->aggs[i].f == f)
			agg_free(&c->aggs[i]);
		else
			c->aggs[k++] = c->aggs[i];
	}
	c->naggs = k;
}

static Stmt *agg_stmt(Fn *f, uint32_t first)
{
	for (BlockId b = 0; b < f->nblocks; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			Stmt *s = &f->blocks[b].stmts[i];
			if (s->kind == ST_ASSIGN && s->rv == RV_AGGREGATE && s->op == AGG_CORO && s->a.v == first)
				return s;
		}
	return NULL;
}

/* The operands are the upvars in their order (rustc's aggregate holds the
 * captures in capture order); the names are not theirs: rustc's MIR printer
 * zips the block's upvars_mentioned with the operands (a variable only
 * mentioned, `let _ = x;`, shifts them; an assignment names its right side
 * first), so they are kept as the coroutine's mentioned names for printing and
 * never used to place an operand. 1 when the block's body was read and its
 * upvars agree in number and, one by one, in type. */
static int agg_order(Module *m, Fn *f, Stmt *s, const struct CoroAgg *a)
{
	const Type *t = type_get(m, s->x);
	if (t->kind != TY_CORO || t->coro >= m->ncoros)
		return 0;
	uint32_t ci = t->coro;
	const Coroutine *co = &m->coros[ci];
	if (co->kind != CORO_ASYNC_BLOCK || !co->body || co->nupvars != a->n)
		return 0;
	for (uint32_t i = 0; i < a->n; i++) {
		Operand o = f->args[a->first + i];
		TypeId ot = o.kind == OP_CONST ? f->consts[o.v].ty : place_type(f, o.v);
		if (ot != co->upvars[i].ty)
			return 0;
	}
	coro_set_mentioned(m, ci, (const char *const *)a->names, a->n);
	return 1;
}

static void coro_aggregates(Ctx *c, Import *im)
{
	for (uint32_t i = 0; i < c->naggs; i++) {
		struct CoroAgg *a = &c->aggs[i];
		ImportedCoro *ic = NULL;
		for (uint32_t k = 0; k < im->ncoros && !ic; k++)
			if (im->coros[k].fn == a->f)
				ic = &im->coros[k];
		Stmt *s = ic ? agg_stmt(a->f, a->first) : NULL;
		if (s && !agg_order(c->m, a->f, s, a)) { /* opaque, as before */
			*s = (Stmt){.kind = ST_NOP, .x = fn_add_name(a->f, a->text) + 1};
			ic->c.opaque_stmts++, ic->c.reason[IO_CLOSURE]++;
			im->total.opaque_stmts++, im->total.reason[IO_CLOSURE]++;
		}
		agg_free(a);
	}
	free(c->aggs);
	c->aggs = NULL;
	c->naggs = c->capaggs = 0;
}

void mir_future_awaits(Ctx *c, Import *im)
{
	Module *m = c->m;
	coro_aggregates(c, im);
	if (!m->next_futures)
		return;
	for (uint32_t i = 0; i < im->ncoros; i++) {
		Fn *f = im->coros[i].fn;
		if (!f)
			continue;
		for (BlockId b = 0; b < f->nblocks; b++) {
			Term *t = &f->blocks[b].term;
			if (t->kind != TK_CALL || t->op != CALLEE_POLL || mir_kind_of(c, t->x) == TY_CORO)
				continue;
			if (module_future_ambiguous(m, t->x)) {
				unmake_await(m, f, t);
				continue;
			}
			if (module_future_output(m, t->x) == NO_ID)
				continue;
			Operand cx = f->args[t->args + 1];
			if (cx.kind == OP_CONST || !place_is_local(f, cx.v) || !from_context(f, f->places[cx.v].local, 0))
				unmake_await(m, f, t);
		}
	}
	for (uint32_t i = 0; i < m->next_futures; i++) {
		Adt *a = m->ext_futures[i].ambiguous ? NULL : adt_of(m, m->ext_futures[i].fut);
		if (a && !a->defined && !a->no_drop && !drops_type(m, m->ext_futures[i].fut))
			a->no_drop = 1;
	}
}
