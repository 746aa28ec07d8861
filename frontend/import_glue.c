/* import_glue.c — rustc MIR import: what a coroutine body's own drops say about its types' drop glue
 * (issue 24 item 2). See import.c.
 *
 * rustc's MIR never says whether a type has drop glue, but a body before StateTransform shows it
 * through the drops it has and has not. MIR building schedules a drop of every variable whose type
 * needs_drop at the end of its scope, ahead of its StorageDead, on the normal, unwind and
 * coroutine-drop paths alike (rustc_mir_build build/scope.rs: DropKind::Storage, then
 * DropKind::Value, run in reverse; a coroutine keeps its StorageDeads on unwind paths), and none of
 * a variable whose type needs none. ElaborateDrops, which runs before StateTransform, removes a
 * drop only where its place is not maybe-initialised (drop_style Dead), puts it behind a drop flag
 * where it is also maybe-uninitialised (`switchInt(_f) -> [0: next, otherwise: bbD]`, bbD
 * `drop(x) -> next`: elaborate_drop.rs drop_flag_test_block), and keeps it where it is initialised.
 *
 * So a variable initialised on some path to its StorageDead — assigned whole (or a call's
 * destination) and since then never moved out of, never dropped, its storage never ended — has a
 * type without drop glue: with glue, a drop (or a flag test whose 0 edge is taken only where the
 * flag says uninitialised, so that edge carries the drop too) would lie on every such path. This
 * is a maybe-initialised analysis over whole locals whose gens are a subset of rustc's
 * MaybeInitializedPlaces' and whose kills a superset of its and MaybeUninitializedPlaces', so a
 * path it finds is one rustc's drop style saw initialised (Static or Conditional, never Dead).
 *
 * What it leaves out, each a case where the premise fails on real code:
 *  - a drop's unwind edge carries nothing: the destination of an expression (an await's result,
 *    a block's or match's value) is written before the expression's inner scopes are left, and
 *    the drops there unwind to cleanup without the destination's drop, which is scheduled only
 *    after (as_temp, expr_into_pattern; async-lock's `lock = mutex.lock().await` leaks if the
 *    awaitee's drop panics);
 *  - a local with a move path below it (a field or variant moved out, assigned or dropped) or
 *    named by a statement the importer keeps opaque: its drop style depends on those paths (an
 *    enum known to be in a variant whose fields were moved out is not dropped on that edge:
 *    mark_inactive_variants_as_uninit, precise enum drop elaboration);
 *  - temporaries: only variables (`debug x => _N`) are candidates, the one kind whose drop is
 *    scheduled where it is bound (the rule above covers temporaries too; on the 53 crates they add
 *    types but no identical coroutine);
 *  - Box (always glue), the arguments, types the importer already knows.
 *
 * The evidence marks the type's Adt no_drop (for this module: a before-dump is one file), then
 * Option/Result/tuple/array ADTs over it are recomputed. A spelling that names the same type in
 * every body of a crate (a module path, no generic argument but lifetimes) also goes to
 * Import.noglue, for the crate's other bodies (import_mir_noglue; `coroslim import DUMPDIR
 * --format=json` reads each before-dump again with all of them). Divergence: the importer's ADTs
 * are canonical spellings without module paths; a spelling that two module paths print alike in
 * the file (`a::State`, `b::State`) gets no evidence.
 *
 * rustc reads needs_drop from the type's definition; the after-dump of the same body would answer
 * too, but that is the answer this comparison checks, so it is never read. */
#include "import.h"

#define MAX_TRACKED 4096u           /* locals analysed per body */
#define MAX_BITS_X_BLOCKS (1u << 24) /* tracked locals x blocks: 2 MB of state */

typedef struct Glue {
	Fn *f;
	uint32_t *bit;   /* per local: its bit, or NO_ID (not tracked) */
	uint32_t nbits, words;
	uint64_t *in;    /* per block: the locals maybe initialised at its entry */
	uint64_t *cur;
	uint8_t *evidence; /* per tracked bit: a StorageDead found it initialised */
} Glue;

static void kill(Glue *g, uint64_t *st, LocalId l)
{
	uint32_t b = l < g->f->nlocals ? g->bit[l] : NO_ID;
	if (b != NO_ID)
		st[b / 64] &= ~(1ull << (b % 64));
}

static void gen(Glue *g, uint64_t *st, LocalId l)
{
	uint32_t b = l < g->f->nlocals ? g->bit[l] : NO_ID;
	if (b != NO_ID)
		st[b / 64] |= 1ull << (b % 64);
}

static int is_set(const Glue *g, const uint64_t *st, LocalId l)
{
	uint32_t b = l < g->f->nlocals ? g->bit[l] : NO_ID;
	return b != NO_ID && ((st[b / 64] >> (b % 64)) & 1);
}

static LocalId local_of(const Fn *f, PlaceId p) { return p < f->nplaces ? f->places[p].local : NO_ID; }

/* A moved operand makes its local (partly) uninitialised. */
static void move_of(Glue *g, uint64_t *st, Operand o)
{
	if (o.kind == OP_MOVE)
		kill(g, st, local_of(g->f, o.v));
}

static void moves_of_list(Glue *g, uint64_t *st, uint32_t first, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		move_of(g, st, g->f->args[first + i]);
}

/* Calls cb on every `_N` the text of an opaque statement or terminator names. */
static void each_named(const char *text, uint32_t nlocals, void (*cb)(void *ctx, LocalId l), void *ctx)
{
	for (const char *p = text; *p; p++) {
		if (*p != '_' || (p > text && is_ident(p[-1])) || !is_digit(p[1]))
			continue;
		uint64_t l = 0;
		const char *q = p + 1;
		while (is_digit(*q) && l < (1ull << 32))
			l = l * 10 + (uint64_t)(*q++ - '0');
		if (!is_ident(*q) && l < nlocals)
			cb(ctx, (LocalId)l);
		p = q - 1;
	}
}

/* An opaque text's reads and writes are unknown: not initialised after it. */
typedef struct KillCtx {
	Glue *g;
	uint64_t *st;
} KillCtx;
static void kill_cb(void *ctx, LocalId l) { kill(((KillCtx *)ctx)->g, ((KillCtx *)ctx)->st, l); }
static void kill_named(Glue *g, uint64_t *st, const char *text)
{
	KillCtx k = {g, st};
	each_named(text, g->f->nlocals, kill_cb, &k);
}

static void stmt_effect(Glue *g, uint64_t *st, const Stmt *s, int record)
{
	Fn *f = g->f;
	switch (s->kind) {
	case ST_ASSIGN:
		switch (s->rv) {
		case RV_USE:
		case RV_CAST:
		case RV_UNARY:
			move_of(g, st, s->a);
			break;
		case RV_BINARY:
		case RV_CHECKED:
			move_of(g, st, s->a);
			move_of(g, st, s->b);
			break;
		case RV_AGGREGATE:
			moves_of_list(g, st, s->a.v, s->b.v);
			break;
		default: /* discriminant, borrows: no move */
			break;
		}
		if (place_is_local(f, s->place))
			gen(g, st, f->places[s->place].local);
		break;
	case ST_STORAGE_LIVE:
		kill(g, st, (LocalId)s->x);
		break;
	case ST_STORAGE_DEAD:
		if (record && is_set(g, st, (LocalId)s->x))
			g->evidence[g->bit[s->x]] = 1;
		kill(g, st, (LocalId)s->x);
		break;
	case ST_NOP: {
		const char *text = import_opaque_stmt(f, s);
		if (text)
			kill_named(g, st, text);
		break;
	}
	default:
		break;
	}
}

/* The terminator's effect on every edge (moves, drops, opaque text); the
 * return edge's own gen (a call's destination) is gen_on_return's. */
static void term_effect(Glue *g, uint64_t *st, const Term *t)
{
	Fn *f = g->f;
	switch (t->kind) {
	case TK_CALL:
		if (import_is_opaque_term(f, t))
			kill_named(g, st, f->names[t->x]);
		moves_of_list(g, st, t->args, t->nargs);
		kill(g, st, local_of(f, t->place)); /* a destination not written on unwind */
		break;
	case TK_DROP:
		kill(g, st, local_of(f, t->place));
		break;
	case TK_YIELD:
		move_of(g, st, t->a);
		kill(g, st, local_of(f, t->place));
		break;
	case TK_SWITCH:
		move_of(g, st, t->a);
		break;
	case TK_ASSERT:
		move_of(g, st, t->a);
		moves_of_list(g, st, t->args, t->nargs);
		break;
	default:
		break;
	}
}

/* The local whose drop the switch of block b guards, when b is rustc's drop-flag test
 * (elaborate_drop.rs drop_flag_test_block: `switchInt(_f) -> [0: succ, otherwise: D]`, D a
 * `drop(P) -> [return: succ, ..]`): the flag is false only where P is uninitialised, so the
 * 0 edge carries the drop too. NO_ID otherwise. */
static LocalId flag_guarded(const Fn *f, const Term *t)
{
	if (t->kind != TK_SWITCH || t->nargs != 1 || f->arms[t->args].value != 0 || t->target >= f->nblocks)
		return NO_ID;
	const Term *d = &f->blocks[t->target].term;
	if (d->kind != TK_DROP || d->target != f->arms[t->args].target)
		return NO_ID;
	return local_of(f, d->place);
}

/* The state at block b's end, edge by edge: into in[succ] (union). Returns 1 if one grew. */
static int flow_out(Glue *g, BlockId b, int record)
{
	Fn *f = g->f;
	uint64_t *st = g->cur;
	memcpy(st, g->in + (size_t)b * g->words, g->words * sizeof *st);
	const Block *bl = &f->blocks[b];
	for (uint32_t i = 0; i < bl->nstmts; i++)
		stmt_effect(g, st, &bl->stmts[i], record);
	const Term *t = &bl->term;
	term_effect(g, st, t);
	uint32_t n = term_nsuccessors(f, t);
	BlockId small[8], *succ = n <= 8 ? small : malloc(n * sizeof *succ);
	if (!succ)
		internal_error("out of memory");
	term_successors(f, t, succ, n);
	LocalId guarded = flag_guarded(f, t);
	uint32_t gb = guarded != NO_ID && guarded < f->nlocals ? g->bit[guarded] : NO_ID;
	int changed = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (succ[i] >= f->nblocks)
			continue;
		/* a call's destination is written on its return edge only */
		int ret = t->kind == TK_CALL && succ[i] == t->target && t->place < f->nplaces &&
			  place_is_local(f, t->place) && !import_is_opaque_term(f, t);
		uint32_t rb = ret ? g->bit[f->places[t->place].local] : NO_ID;
		int flag0 = gb != NO_ID && succ[i] == f->arms[t->args].target;
		/* a drop's unwind edge carries nothing (see the header: the destination of an
		 * expression is written before its inner scopes' drops run) */
		if (t->kind == TK_DROP && t->unwind == UW_CLEANUP && succ[i] == t->unwind_bb && succ[i] != t->target)
			continue;
		uint64_t *in = g->in + (size_t)succ[i] * g->words;
		for (uint32_t w = 0; w < g->words; w++) {
			uint64_t v = st[w];
			if (rb != NO_ID && rb / 64 == w)
				v |= 1ull << (rb % 64);
			if (flag0 && gb / 64 == w)
				v &= ~(1ull << (gb % 64));
			uint64_t nv = in[w] | v;
			changed |= nv != in[w];
			in[w] = nv;
		}
	}
	if (succ != small)
		free(succ);
	return changed;
}

/* The head of a raw spelling (before its generic arguments) when it carries a module path, else an
 * empty span: two different heads of one canonical spelling are two types the importer conflates. */
static Span path_head(const char *text)
{
	Span s = {text, text + strlen(text)};
	const char *lt = strchr(text, '<');
	if (lt)
		s.e = lt;
	const char *p = mir_find_top(s, "::", 0);
	return p ? s : (Span){text, text};
}

static int conflated(const Ctx *c, TypeId t)
{
	Span first = {NULL, NULL};
	for (uint32_t i = 0; i < c->capcache; i++) {
		if (!c->cache[i].text || c->cache[i].ty != t)
			continue;
		Span h = path_head(c->cache[i].text);
		if (h.s == h.e)
			continue;
		if (!first.s)
			first = h;
		else if (span_len(first) != span_len(h) || memcmp(first.s, h.s, span_len(h)) != 0)
			return 1;
	}
	return 0;
}

/* A raw spelling that names one type in every body of a crate: a module path (a bare name may be a
 * generic parameter, Copy in one body and not in another) and no generic argument but lifetimes. */
static int crate_wide(const char *text)
{
	Span h = path_head(text);
	if (h.s == h.e || memchr(h.s, '{', span_len(h)) || memchr(h.s, '[', span_len(h)))
		return 0;
	const char *p = h.e, *e = text + strlen(text);
	if (p == e)
		return 1;
	if (*p != '<' || mir_match_close(p, e) != e - 1)
		return 0;
	Span parts[16];
	int n = mir_split_commas((Span){p + 1, e - 1}, parts, 16);
	if (n <= 0 || n > 16)
		return 0;
	for (int i = 0; i < n; i++) {
		Span a = trim(parts[i]);
		if (a.s == a.e || *a.s != '\'')
			return 0;
	}
	return 1;
}

static void push_noglue(Ctx *c, const char *text)
{
	Import *im = c->im;
	if (!im)
		return;
	if (im->nnoglue == c->capnoglue) {
		c->capnoglue = c->capnoglue ? c->capnoglue * 2 : 16;
		char **nv = realloc(im->noglue, c->capnoglue * sizeof *nv);
		if (!nv)
			internal_error("out of memory");
		im->noglue = nv;
	}
	im->noglue[im->nnoglue++] = mir_xstrndup(text, strlen(text));
}

/* Option<T>, Result<T, E>, tuples and arrays have glue only if an argument has: again, after
 * evidence marked some argument no_drop (until nothing changes). */
static void recompute_derived(Ctx *c)
{
	Module *m = c->m;
	for (int changed = 1; changed;) {
		changed = 0;
		for (uint32_t i = 0; i < m->nadts; i++) {
			Adt *a = &m->adts[i];
			if (a->no_drop)
				continue;
			int glue = 1;
			if (a->tuple && a->nvariants == 1) {
				glue = 0;
				for (uint32_t k = 0; k < a->variants[0].nfields; k++)
					glue |= a->variants[0].fields[k] == NO_ID || type_needs_drop(m, a->variants[0].fields[k]);
			} else if (strncmp(a->name, "Option<", 7) == 0 || strncmp(a->name, "Result<", 7) == 0) {
				char *name = mir_xstrndup(a->name, strlen(a->name));
				Diag keep = c->d; /* read before: a failure here is no error of the file */
				if (mir_std_adt_glue(c, (Span){name, name + strlen(name)}, &glue) != OK)
					glue = 1;
				c->d = keep;
				free(name);
				a = &m->adts[i]; /* the lookup may have grown the table */
			}
			if (!glue) {
				a->no_drop = 1;
				changed = 1;
			}
		}
	}
}

/* Locals with a move path below them (a field or variant moved out, assigned or dropped) or named
 * by an opaque text: their drop styles depend on those paths too (an enum known to be in a variant
 * whose fields were moved out is not dropped on that edge: rustc's mark_inactive_variants_as_uninit
 * and precise enum drop elaboration), so they give no evidence. */
static void exclude_cb(void *ctx, LocalId l) { ((uint8_t *)ctx)[l] = 1; }
static void exclude_place(const Fn *f, uint8_t *excl, PlaceId p)
{
	if (p < f->nplaces && f->places[p].nproj > 0)
		excl[f->places[p].local] = 1;
}
static void exclude_moves(const Fn *f, uint8_t *excl, uint32_t first, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (f->args[first + i].kind == OP_MOVE)
			exclude_place(f, excl, f->args[first + i].v);
}

static void exclusions(const Fn *f, uint8_t *excl)
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Block *bl = &f->blocks[b];
		for (uint32_t i = 0; i < bl->nstmts; i++) {
			const Stmt *s = &bl->stmts[i];
			const char *text = import_opaque_stmt(f, s);
			if (text)
				each_named(text, f->nlocals, exclude_cb, excl);
			if (s->kind != ST_ASSIGN)
				continue;
			exclude_place(f, excl, s->place);
			if ((s->rv == RV_USE || s->rv == RV_CAST || s->rv == RV_UNARY || s->rv == RV_BINARY ||
			     s->rv == RV_CHECKED) && s->a.kind == OP_MOVE)
				exclude_place(f, excl, s->a.v);
			if ((s->rv == RV_BINARY || s->rv == RV_CHECKED) && s->b.kind == OP_MOVE)
				exclude_place(f, excl, s->b.v);
			if (s->rv == RV_AGGREGATE)
				exclude_moves(f, excl, s->a.v, s->b.v);
		}
		const Term *t = &bl->term;
		if (import_is_opaque_term(f, t))
			each_named(f->names[t->x], f->nlocals, exclude_cb, excl);
		if (t->kind == TK_CALL || t->kind == TK_ASSERT)
			exclude_moves(f, excl, t->args, t->nargs);
		if (t->kind == TK_CALL || t->kind == TK_DROP || t->kind == TK_YIELD)
			exclude_place(f, excl, t->place);
		if ((t->kind == TK_YIELD || t->kind == TK_SWITCH || t->kind == TK_ASSERT) && t->a.kind == OP_MOVE)
			exclude_place(f, excl, t->a.v);
	}
}

void mir_glue_evidence(Ctx *c, Fn *f)
{
	Glue g = {.f = f};
	g.bit = malloc(f->nlocals * sizeof *g.bit);
	uint8_t *excl = calloc(f->nlocals, 1);
	if (!g.bit || !excl)
		internal_error("out of memory");
	exclusions(f, excl);
	for (LocalId l = 0; l < f->nlocals; l++) {
		Adt *a = adt_of(c->m, f->locals[l].ty);
		/* the candidates: a user variable (the destination of an expression temporary can be
		 * initialised before its drop is scheduled) of an ADT assumed to have glue (Box has it,
		 * always) */
		int cand = l > f->nargs && !excl[l] && f->locals[l].name && a && !a->no_drop && !a->defined &&
			   strncmp(a->name, "Box<", 4) != 0 && g.nbits < MAX_TRACKED;
		g.bit[l] = cand ? g.nbits++ : NO_ID;
	}
	free(excl);
	g.words = (g.nbits + 63) / 64;
	if (g.nbits == 0 || (uint64_t)g.nbits * f->nblocks > MAX_BITS_X_BLOCKS) {
		free(g.bit);
		return;
	}
	g.in = malloc((size_t)f->nblocks * g.words * sizeof *g.in);
	g.cur = malloc(g.words * sizeof *g.cur);
	g.evidence = calloc(g.nbits, 1);
	if (!g.in || !g.cur || !g.evidence)
		internal_error("out of memory");
	memset(g.in, 0, (size_t)f->nblocks * g.words * sizeof *g.in); /* bb0: only the arguments, not tracked */
	/* round-robin in block order to the fixpoint (bodies are mostly forward) */
	for (int changed = 1; changed;) {
		changed = 0;
		for (BlockId b = 0; b < f->nblocks; b++)
			changed |= flow_out(&g, b, 0);
	}
	uint8_t *reach = fn_reachable(f);
	for (BlockId b = 0; b < f->nblocks; b++)
		if (reach[b])
			flow_out(&g, b, 1);
	free(reach);
	int any = 0;
	for (LocalId l = 0; l < f->nlocals; l++) {
		if (g.bit[l] == NO_ID || !g.evidence[g.bit[l]])
			continue;
		Adt *a = adt_of(c->m, f->locals[l].ty);
		if (a->no_drop || conflated(c, f->locals[l].ty))
			continue;
		a->no_drop = 1;
		for (uint32_t i = 0; i < c->capcache; i++)
			if (c->cache[i].text && c->cache[i].ty == f->locals[l].ty && crate_wide(c->cache[i].text))
				push_noglue(c, c->cache[i].text);
		any = 1;
	}
	if (any)
		recompute_derived(c);
	free(g.bit);
	free(g.in);
	free(g.cur);
	free(g.evidence);
}

static int by_text(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* At the end of a file: what other files of the crate showed (Ctx.hint) applied to its types, and
 * its own Import.noglue sorted and made unique. */
void mir_glue_finish(Ctx *c)
{
	int any = 0;
	for (uint32_t i = 0; c->nhint && i < c->capcache; i++) {
		const char *text = c->cache[i].text;
		Adt *a = text ? adt_of(c->m, c->cache[i].ty) : NULL;
		if (!a || a->no_drop || a->defined || !bsearch(&text, c->hint, c->nhint, sizeof *c->hint, by_text) ||
		    conflated(c, c->cache[i].ty))
			continue;
		a->no_drop = 1;
		any = 1;
	}
	if (any)
		recompute_derived(c);
	Import *im = c->im;
	if (!im || im->nnoglue < 2)
		return;
	qsort(im->noglue, im->nnoglue, sizeof *im->noglue, by_text);
	uint32_t k = 1;
	for (uint32_t i = 1; i < im->nnoglue; i++) {
		if (strcmp(im->noglue[i], im->noglue[k - 1]) == 0)
			free(im->noglue[i]);
		else
			im->noglue[k++] = im->noglue[i];
	}
	im->nnoglue = k;
}
