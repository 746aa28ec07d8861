/*
 * pipeline.c — the pass list, flat, in pipeline order (QBE's main.c style),
 * and what runs a pass: rustc's run_passes. A pass (passes.h) is a function
 * of one body; everything between bodies lives here: the threads, the order
 * (callees first where a pass asks about its callees), the fixpoint, the
 * module-wide effects a run reports (a replaced future type, a layout whose
 * size changed and the layouts holding it, sweeping deleted fns) and the
 * verifier between passes.
 *
 *   Rust ─frontend_build─▶ bodies ─state_transform─▶ resume fns + layouts
 *        ─elide-awaitless─▶ ─inline-single-await─▶ ─merge-states─▶ ─panic-to-pending─▶
 *
 * The verifier runs once after the last pass (LLVM opt's default); with
 * --verify-each (and always in coroslim check) after every pass, naming the pass
 * that broke an invariant.
 * Order: elide-awaitless first (it removes whole state machines that the later
 * passes would otherwise rewrite), panic-to-pending last (it rewrites the
 * completion/poison arms that merge-states and inlining leave in place).
 */
#include <stdlib.h>
#include <string.h>

#include "passes.h"

#ifdef COROSLIM_EXAMPLE_PASS /* tests/example_pass/: DESIGN.md, Writing a pass */
int remove_storage_markers(const PassCx *cx, Body *b);
int remove_storage_markers_enabled(const BuildOptions *o);
#endif

const Pass pipeline[] = {
	{.name = "elide-awaitless", .run = elide_awaitless,
	 .summary = "coroutines with no yield lose their state machine"},
	{.name = "inline-single-await", .run = inline_single_await,
	 .summary = "a future whose only await forwards to another becomes it",
	 .schedule = PASS_CALLEE_FIRST, .screen = inline_single_await_screen, .forget = inline_single_await_forget},
	{.name = "merge-states", .run = merge_states,
	 .summary = "identical Suspend states of match/if arms become one"},
	{.name = "relocate-upvars", .run = relocate_upvars, .opt_in = 1,
	 .summary = "upvars moved out at the first poll leave the prefix"},
	{.name = "relocate-upvars-pack", .run = relocate_upvars_pack, .opt_in = 1,
	 .summary = "relocate-upvars, and saved locals packed by their conflicts"},
	{.name = "panic-to-pending", .run = panic_to_pending,
	 .summary = "release: polls after completion or panic return Pending", .enabled = release_only},
#ifdef COROSLIM_EXAMPLE_PASS
	{.name = "remove-storage-markers", .run = remove_storage_markers, .enabled = remove_storage_markers_enabled,
	 .summary = "debug: storage markers go (rustc's RemoveStorageMarkers)"},
#endif
};
const uint32_t npipeline = sizeof pipeline / sizeof *pipeline;

const Pass *pass_find(const char *name)
{
	for (uint32_t i = 0; i < npipeline; i++)
		if (strcmp(pipeline[i].name, name) == 0)
			return &pipeline[i];
	return NULL;
}

int pipeline_select(const char *csv, const Pass **out, uint32_t max, Diag *d)
{
	if (!csv || strcmp(csv, "all") == 0) {
		uint32_t n = 0;
		for (uint32_t i = 0; i < npipeline && n < max; i++)
			if (!pipeline[i].opt_in)
				out[n++] = &pipeline[i];
		return (int)n;
	}
	uint32_t n = 0;
	if (!*csv || strcmp(csv, "none") == 0) /* as check's --passes (issue 23: opt refused `none`) */
		return 0;
	for (const char *s = csv;;) {
		const char *e = strchr(s, ',');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		char name[64];
		if (len == 0 || len >= sizeof name) {
			diag_set(d, 0, 0, "bad pass list '%s'", csv);
			return -1;
		}
		memcpy(name, s, len);
		name[len] = 0;
		const Pass *p = pass_find(name);
		if (!p) {
			char known[512] = "";
			for (uint32_t i = 0; i < npipeline; i++) {
				strncat(known, i ? ", " : "", sizeof known - strlen(known) - 1);
				strncat(known, pipeline[i].name, sizeof known - strlen(known) - 1);
			}
			diag_set(d, 0, 0, "unknown pass '%s' (known: %s)", name, known);
			return -1;
		}
		if (n == max) {
			diag_set(d, 0, 0, "too many passes in '%s'", csv);
			return -1;
		}
		out[n++] = p;
		if (!e)
			break;
		s = e + 1;
	}
	return (int)n;
}

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		internal_error("out of memory");
	return p;
}

static void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size);
	if (!p)
		internal_error("out of memory");
	return p;
}

int release_only(const BuildOptions *o)
{
	return o->release;
}

/* After a run that changed the body: its fns back to exact-size arenas when
 * the run grew them (fn_compact_grown). The frontend and the state transform
 * leave every fn exact (fn_compact), so a pass that adds one local, block or
 * place doubles the array, and the arena keeps the old copy too: relocate-upvars
 * on a 100k-deep await chain took 1.98 GB where the lowered module is 1.14 GB
 * (its prologue block, local and places per resume fn), inline-single-await's
 * form A 1.5 GB (the new constructors' locals). A copy is the same IR. */
static void compact_body(Body *b)
{
	if (b->replaced_by != NO_ID) { /* its fns leave the module; the constructor stays */
		if (b->constructor)
			fn_compact_grown(b->constructor);
		return;
	}
	fn_compact_grown(b->resume);
	if (b->drop)
		fn_compact_grown(b->drop);
}

/* Coroutine ci as a body (its layout is c->layout): 0 when it has none (no
 * layout or resume fn, or replaced by another). */
static int body_of(Module *m, uint32_t ci, Body *b)
{
	Coroutine *c = &m->coros[ci];
	memset(b, 0, sizeof *b);
	if (!c->layout || !c->resume || c->replaced_by != NO_ID)
		return 0;
	b->resume = module_find_fn(m, c->resume);
	if (!b->resume)
		return 0;
	b->coro = ci;
	b->c = c;
	b->drop = c->drop ? module_find_fn(m, c->drop) : NULL;
	b->layout = c->layout;
	b->arena = m->arena;
	b->replaced_by = NO_ID;
	return 1;
}

/* ------------------------------------------------------------------ */
/* PASS_EACH_BODY                                                       */
/* ------------------------------------------------------------------ */

/* Several threads (ir/parallel.c), each body on its own: a run rewrites only
 * its two fns and a copy of its layout, whose new arrays come from the
 * worker's arena (the module adopts it). The layouts the others read (the
 * sizes of the futures a body holds) stay the ones from before the pass: the
 * copies are installed after the loop, and then the holders of a future that
 * changed size are laid out again. So neither the order nor the number of
 * threads changes the result. */
typedef struct EachRun {
	const Pass *p;
	const PassCx *cx;
	Layout *next;     /* per coroutine: its layout after the run */
	uint8_t *changed; /* per coroutine: the run returned 1 */
	Arena *arena[MAX_JOBS];
} EachRun;

static void each_range(void *ctx, uint32_t begin, uint32_t end, int worker)
{
	EachRun *run = ctx;
	Module *m = run->cx->m;
	for (uint32_t i = begin; i < end; i++) {
		Body b;
		if (!body_of(m, i, &b))
			continue;
		run->next[i] = *b.c->layout;
		b.layout = &run->next[i];
		b.arena = run->arena[worker];
		run->changed[i] = (uint8_t)run->p->run(run->cx, &b);
		IR_ASSERT(b.replaced_by == NO_ID); /* replacements need PASS_CALLEE_FIRST */
		if (run->changed[i])
			compact_body(&b);
	}
}

static uint32_t run_each_body(const Pass *p, const PassCx *cx)
{
	Module *m = cx->m;
	int jobs = jobs_for(m->jobs, m->ncoros, CHEAP_LOOP_MIN);
	EachRun run = {.p = p, .cx = cx, .next = xcalloc(m->ncoros, sizeof *run.next),
		       .changed = xcalloc(m->ncoros, 1)};
	for (int k = 0; k < jobs; k++)
		run.arena[k] = jobs > 1 ? arena_new() : m->arena;
	module_parallel_for(m, m->ncoros, jobs, 16, each_range, &run);
	if (jobs > 1)
		for (int k = 0; k < jobs; k++)
			arena_adopt(m->arena, run.arena[k]);
	uint32_t changed = 0;
	int resized = 0;
	uint8_t *dirty = xcalloc(m->ncoros, 1);
	for (uint32_t i = 0; i < m->ncoros; i++) {
		if (!run.changed[i])
			continue;
		Layout *l = m->coros[i].layout;
		dirty[i] = run.next[i].size != l->size || run.next[i].align != l->align;
		resized |= dirty[i];
		*l = run.next[i];
		changed++;
	}
	if (resized) /* the futures holding a resized one are laid out again */
		layout_recompute_holders(m, dirty);
	free(dirty);
	free(run.next);
	free(run.changed);
	return changed;
}

/* ------------------------------------------------------------------ */
/* A replacement: C's future becomes F's in every type                  */
/* ------------------------------------------------------------------ */

/* A replacement of C's future by F's rewrites every type that mentions C.
 * Rather than every fn of the module per replacement (quadratic in the
 * module), the pipeline indexes once which fns and coroutines mention each
 * coroutine's future and visits only those; the memo of substituted types
 * lives for the whole pass, stamped per replacement. */
typedef struct Mention {
	struct Mention *next;
	uint32_t fn;   /* a fn, by its slot in m->fns (a replaced constructor keeps the slot;
	                  a detached fn keeps it until module_sweep, after the pass) */
	uint32_t coro; /* or, when fn is NO_ID, a coroutine's upvars, output and saved locals */
} Mention;

/* What index_type finds in one fn on a worker thread (retype_init): the
 * coroutines mentioned, each once, from `from` on. */
typedef struct Found {
	uint32_t *coro;
	uint32_t n, cap, from;
	uint32_t *seen, mark; /* per coroutine: listed for the fn being indexed when seen[c] == mark */
} Found;

typedef struct Retype {
	Module *m;
	uint32_t from, to;
	uint32_t n;        /* types below n are memoised: the ones before this replacement */
	TypeId *map;       /* map[t], valid when stamp[t] == gen */
	uint32_t *stamp, cap, gen;
	Arena *arena;      /* the Mention lists */
	Mention **head, **tail; /* per coroutine */
	uint32_t owner, owner_coro; /* what index_type is indexing: a fn's slot, or NO_ID and a coroutine */
	Found *found;      /* set: index_type lists here instead of in head/tail */
	uint8_t *touched;  /* per coroutine: a replacement retyped it or one of its fns */
} Retype;

static TypeId subst(Retype *r, TypeId t)
{
	if (t >= r->n)
		return t; /* interned during the substitution: built from substituted parts */
	if (r->stamp[t] == r->gen)
		return r->map[t];
	Type ty = *type_get(r->m, t);
	TypeId out = t;
	switch (ty.kind) {
	case TY_CORO:
		if (ty.coro == r->from)
			out = type_coro(r->m, r->to);
		break;
	case TY_POLL:
	case TY_REF:
	case TY_REFMUT:
	case TY_RAWMUT:
	case TY_PIN: {
		TypeId a = subst(r, ty.a);
		if (a != ty.a)
			out = type_ptr(r->m, (TypeKind)ty.kind, a);
		break;
	}
	case TY_TUPLE: {
		TypeId a = subst(r, ty.a), b = subst(r, ty.b);
		if (a != ty.a || b != ty.b)
			out = type_tuple2(r->m, a, b);
		break;
	}
	default:
		break;
	}
	r->map[t] = out;
	r->stamp[t] = r->gen;
	return out;
}

/* Every type a replacement rewrites in f, through visit (which may replace
 * it; only a replaced type is written back: indexing writes nothing). */
#define VISIT(slot)                                \
	do {                                       \
		TypeId t_ = visit(r, (slot));      \
		if (t_ != (slot))                  \
			(slot) = t_;               \
	} while (0)
static void fn_types(Retype *r, Fn *f, TypeId (*visit)(Retype *, TypeId))
{
	for (uint32_t i = 0; i < f->nlocals; i++)
		VISIT(f->locals[i].ty);
	for (uint32_t i = 0; i < f->nprojs; i++)
		VISIT(f->projs[i].ty);
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *bb = &f->blocks[b];
		for (uint32_t i = 0; i < bb->nstmts; i++) {
			Stmt *s = &bb->stmts[i];
			if (s->kind == ST_ASSIGN && (s->rv == RV_AGGREGATE || s->rv == RV_CAST))
				VISIT(s->x);
		}
		Term *t = &bb->term;
		if (bb->has_term && t->kind == TK_CALL && t->op != CALLEE_FN)
			VISIT(t->x);
	}
}
#undef VISIT

/* The same for a coroutine; dirty[ci] is set when its upvars or saved locals change. */
static void coro_types(Retype *r, uint32_t ci, TypeId (*visit)(Retype *, TypeId), uint8_t *dirty)
{
	Coroutine *c = &r->m->coros[ci];
	for (uint32_t i = 0; i < c->nupvars; i++) {
		TypeId t = visit(r, c->upvars[i].ty);
		dirty[ci] |= t != c->upvars[i].ty;
		c->upvars[i].ty = t;
	}
	c->output = visit(r, c->output);
	if (c->layout)
		for (uint32_t i = 0; i < c->layout->nsaved; i++) {
			TypeId t = visit(r, c->layout->saved[i].ty);
			dirty[ci] |= t != c->layout->saved[i].ty;
			c->layout->saved[i].ty = t;
		}
}

static void mention(Retype *r, uint32_t coro)
{
	Mention *last = r->tail[coro];
	if (last && last->fn == r->owner && (r->owner != NO_ID || last->coro == r->owner_coro))
		return; /* already listed */
	Mention *e = arena_alloc(r->arena, sizeof *e);
	e->fn = r->owner;
	e->coro = r->owner_coro;
	if (last)
		last->next = e;
	else
		r->head[coro] = e;
	r->tail[coro] = e;
}

/* (a scan of the fn's list per mention was quadratic in one fn awaiting N
 * async blocks: 26% of `stats --release` at N = 20k; issue 23) */
static void found_add(Found *fd, uint32_t coro)
{
	if (fd->seen[coro] == fd->mark)
		return;
	fd->seen[coro] = fd->mark;
	if (fd->n == fd->cap) {
		fd->cap = fd->cap ? 2 * fd->cap : 1024;
		fd->coro = xrealloc(fd->coro, fd->cap * sizeof *fd->coro);
	}
	fd->coro[fd->n++] = coro;
}

/* A visitor for fn_types/coro_types that lists the owner under every
 * coroutine that t mentions (the kinds subst looks into). */
static TypeId index_type(Retype *r, TypeId t0)
{
	TypeId t = t0;
	for (int depth = 0; depth < 64; depth++) {
		const Type *ty = type_get(r->m, t);
		switch (ty->kind) {
		case TY_CORO:
			if (r->found)
				found_add(r->found, ty->coro);
			else
				mention(r, ty->coro);
			return t0;
		case TY_TUPLE:
			index_type(r, ty->b);
			/* fall through */
		case TY_POLL:
		case TY_REF:
		case TY_REFMUT:
		case TY_RAWMUT:
		case TY_PIN:
			t = ty->a;
			continue;
		default:
			return t0;
		}
	}
	return t0;
}

static void index_fn(Retype *r, Fn *f)
{
	r->owner = f->slot;
	r->owner_coro = NO_ID;
	fn_types(r, f, index_type);
}

/* Indexing reads every type of every fn: several threads do it (parallel.c),
 * each listing per fn the coroutines mentioned in a buffer of its own; the
 * lists then go into the index in fn order, as one thread would put them. */
typedef struct IndexRun {
	Module *m;
	Found found[MAX_JOBS];
	uint32_t *first, *count; /* per fn: its list in found[worker[fn]] */
	uint8_t *worker;
} IndexRun;

static void index_range(void *ctx, uint32_t begin, uint32_t end, int worker)
{
	IndexRun *ir = ctx;
	Found *fd = &ir->found[worker];
	Retype r = {.m = ir->m, .found = fd};
	if (!fd->seen)
		fd->seen = xcalloc((size_t)ir->m->ncoros + 1, sizeof *fd->seen);
	for (uint32_t i = begin; i < end; i++) {
		fd->from = fd->n;
		fd->mark = i + 1;
		fn_types(&r, ir->m->fns[i], index_type);
		ir->first[i] = fd->from;
		ir->count[i] = fd->n - fd->from;
		ir->worker[i] = (uint8_t)worker;
	}
}

static void retype_init(Retype *r, Module *m, int jobs)
{
	memset(r, 0, sizeof *r);
	r->m = m;
	r->arena = arena_new();
	r->head = xcalloc(m->ncoros, sizeof *r->head);
	r->tail = xcalloc(m->ncoros, sizeof *r->tail);
	r->touched = xcalloc(m->ncoros, 1);
	IndexRun ir = {.m = m};
	ir.first = xcalloc(m->nfns, sizeof *ir.first);
	ir.count = xcalloc(m->nfns, sizeof *ir.count);
	ir.worker = xcalloc(m->nfns, 1);
	parallel_for(m->nfns, jobs, 64, index_range, &ir);
	for (uint32_t i = 0; i < m->nfns; i++) {
		if (!ir.count[i])
			continue;
		r->owner = i;
		r->owner_coro = NO_ID;
		const uint32_t *list = &ir.found[ir.worker[i]].coro[ir.first[i]];
		for (uint32_t k = 0; k < ir.count[i]; k++)
			mention(r, list[k]);
	}
	for (int k = 0; k < MAX_JOBS; k++) {
		free(ir.found[k].coro);
		free(ir.found[k].seen);
	}
	free(ir.first);
	free(ir.count);
	free(ir.worker);
	r->owner = NO_ID;
	uint8_t *unchanged = xcalloc(m->ncoros, 1); /* index_type changes no type */
	for (uint32_t ci = 0; ci < m->ncoros; ci++) {
		r->owner_coro = ci;
		coro_types(r, ci, index_type, unchanged);
	}
	free(unchanged);
}

static void retype_free(Retype *r)
{
	arena_free(r->arena);
	free(r->head);
	free(r->tail);
	free(r->touched);
	free(r->map);
	free(r->stamp);
}

/* Every type mentioning coroutine `from` now mentions `to`; dirty[c] is set
 * for every coroutine whose upvars or saved locals changed type. */
static void retype(Retype *r, uint32_t from, uint32_t to, uint8_t *dirty)
{
	Module *m = r->m;
	r->from = from, r->to = to, r->n = m->ntypes, r->gen++;
	if (r->n > r->cap) {
		uint32_t cap = r->cap ? r->cap : 256;
		while (cap < r->n)
			cap *= 2;
		r->map = xrealloc(r->map, cap * sizeof *r->map);
		r->stamp = xrealloc(r->stamp, cap * sizeof *r->stamp);
		memset(r->stamp + r->cap, 0, (cap - r->cap) * sizeof *r->stamp);
		r->cap = cap;
	}
	for (Mention *e = r->head[from]; e; e = e->next) {
		if (e->fn != NO_ID) {
			Fn *f = m->fns[e->fn];
			if (!f->detached) {
				fn_types(r, f, subst);
				if (f->coro < m->ncoros)
					r->touched[f->coro] = 1;
			}
		} else {
			coro_types(r, e->coro, subst, dirty);
			r->touched[e->coro] = 1;
		}
	}
	/* what mentioned `from` mentions `to` now */
	if (r->head[from]) {
		if (r->tail[to])
			r->tail[to]->next = r->head[from];
		else
			r->head[to] = r->head[from];
		r->tail[to] = r->tail[from];
		r->head[from] = r->tail[from] = NULL;
	}
}

/* What a run reported: C's constructor is b->constructor, C's resume fn and
 * drop shim go (freed by module_sweep after the pass), C's future is F's. */
static void apply_replacement(Module *m, Body *b, Retype *rt, uint8_t *dirty)
{
	Coroutine *c = b->c;
	Fn *k = module_find_fn(m, c->name);
	IR_ASSERT(k && b->constructor && b->replaced_by < m->ncoros);
	module_replace_fn(m, k, b->constructor);
	fn_free(k);
	index_fn(rt, b->constructor); /* it now builds F's future */
	if (b->drop)
		module_detach_fn(m, b->drop);
	module_detach_fn(m, b->resume);
	c->resume = NULL;
	c->drop = NULL;
	c->layout = NULL;
	c->replaced_by = b->replaced_by;
	retype(rt, b->coro, b->replaced_by, dirty);
}

/* ------------------------------------------------------------------ */
/* PASS_CALLEE_FIRST                                                    */
/* ------------------------------------------------------------------ */

typedef struct Screening {
	const Pass *p;
	const PassCx *cx;
	void **screened; /* per coroutine */
} Screening;

static void screen_range(void *ctx, uint32_t begin, uint32_t end, int worker)
{
	Screening *sc = ctx;
	(void)worker;
	for (uint32_t i = begin; i < end; i++) {
		Body b;
		sc->screened[i] = body_of(sc->cx->m, i, &b) ? sc->p->screen(sc->cx, &b) : NULL;
	}
}

/* Coroutines in an order where every coroutine comes after the ones whose
 * futures it holds (upvars and saved locals): callees first. */
static uint32_t *callee_first(const Module *m)
{
	CoroGraph g;
	coro_graph_build(m, &g);
	uint32_t *order = coro_graph_postorder(&g, NULL);
	coro_graph_free(&g);
	return order;
}

static uint32_t run_callee_first(const Pass *p, PassCx *cx)
{
	Module *m = cx->m;
	uint8_t *done = xcalloc(m->ncoros, 1), *dirty = xcalloc(m->ncoros, 1);
	uint32_t changed = 0, replaced = 0;
	uint32_t *order = callee_first(m);
	cx->callee_first = order;
	int jobs = jobs_for(m->jobs, m->ncoros, CHEAP_LOOP_MIN);
	Retype rt;
	retype_init(&rt, m, jobs);
	Screening sc = {p, cx, xcalloc(m->ncoros, sizeof(void *))};
	if (p->screen)
		module_parallel_for(m, m->ncoros, jobs, 64, screen_range, &sc);
	for (int again = 1; again;) {
		again = 0;
		for (uint32_t oi = 0; oi < m->ncoros; oi++) {
			uint32_t i = order[oi];
			Body b;
			if (done[i] || (p->screen && !sc.screened[i] && !rt.touched[i]))
				continue;
			if (!body_of(m, i, &b))
				continue;
			/* a run that changed nothing left the body as it was: a kept
			 * screening stays good until a replacement retypes the body */
			void *fresh = NULL;
			b.screened = sc.screened[i];
			if (p->screen && rt.touched[i]) {
				b.screened = fresh = p->screen(cx, &b);
				if (!fresh)
					continue;
			}
			if (p->run(cx, &b)) {
				done[i] = 1, changed++;
				compact_body(&b);
				if (b.replaced_by != NO_ID) {
					apply_replacement(m, &b, &rt, dirty);
					again = 1, replaced++;
				}
			}
			if (fresh)
				p->forget(fresh);
		}
	}
	retype_free(&rt);
	if (p->screen)
		for (uint32_t i = 0; i < m->ncoros; i++)
			if (sc.screened[i])
				p->forget(sc.screened[i]);
	free(sc.screened);
	module_sweep(m);
	if (replaced)
		layout_recompute_holders(m, dirty);
	cx->callee_first = NULL;
	free(order);
	free(done);
	free(dirty);
	return changed;
}

uint32_t pass_run(Module *m, const Pass *p, const BuildOptions *o)
{
	IR_ASSERT(m->transformed);
	IR_ASSERT(!p->screen == !p->forget && (!p->screen || p->schedule == PASS_CALLEE_FIRST));
	m->pass_changed = 0;
	if (p->enabled && !p->enabled(o))
		return 0;
	PassCx cx = {.m = m, .o = o};
	m->pass_changed = p->schedule == PASS_CALLEE_FIRST ? run_callee_first(p, &cx) : run_each_body(p, &cx);
	return m->pass_changed;
}

int pipeline_run(Module *m, const Pass *const *list, uint32_t n, const BuildOptions *o, Diag *d,
		 void (*after)(const Module *m, const Pass *p, void *ud), void *ud)
{
	IR_ASSERT(m->transformed);
	for (uint32_t i = 0; i < n; i++) {
		pass_run(m, list[i], o);
		if (o->verify_each && verify_module(m, list[i]->name, d) != 0)
			return -1;
		if (after)
			after(m, list[i], ud);
	}
	/* LLVM opt's default (and rustc's without -Zvalidate-mir): the output is
	 * verified once; --verify-each (coroslim check always) names the pass. */
	if (!o->verify_each && n > 0 && verify_module(m, n == 1 ? list[0]->name : "the pipeline", d) != 0) {
		if (n > 1) { /* the message again with the hint, whole (hunt30) */
			Diag h = {.file = d->file};
			diag_set(&h, d->line, d->col, "%s (--verify-each names the pass)", diag_msg(d));
			*d = h;
		}
		return -1;
	}
	return 0;
}
