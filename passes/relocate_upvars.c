/*
 * relocate-upvars — a future stops holding its arguments twice
 * (rust-lang/rust#62958; rustc's name for the idea: RelocateUpvars, #135527).
 *
 * Does: rustc keeps a coroutine's upvars (an async fn's arguments, an async
 *   block's captures) in the layout's prefix, alive in every state, although
 *   an async fn's body moves each argument into a local at its first poll
 *   (`let a = a;`, lower_coroutine_body_with_moved_arguments) and that local
 *   is saved again across the awaits. For every upvar the resume fn and the
 *   drop shim name only in code the first poll runs before its first
 *   suspension (never after a resume, never borrowed), the pass
 *   - adds a prologue at the Unresumed arm: `_t = move (*self).i` for each such
 *     upvar, into a fresh local of the resume fn, before anything else runs;
 *   - makes every other place `(*self).i...` of the resume fn `_t...`;
 *   - marks the upvar relocated in the layout (Layout.relocated): it needs its
 *     bytes in Unresumed only, so it becomes a saved local of Unresumed, in
 *     conflict with the other relocated upvars only, and the layout is computed
 *     again with rustc's algorithm (ir/layout.c, layout_compute_relocated:
 *     #135527's captures-only scheme, -Zpack-coroutine-layout=captures-only).
 *   relocate-upvars-pack also sets Layout.pack: the layout may instead be
 *   packed by the conflict matrix alone, lifting rustc's rule that a saved
 *   local in more than one state is promoted to the prefix (the second
 *   scheme of rust-lang/rust-project-goals' "Async Future Memory
 *   Optimisation", #622: memory released although values live across more
 *   than one await). It fires on a coroutine with no upvar to relocate too.
 *   Either fires only where the future shrinks; the layout it leaves is never
 *   larger than rustc's (layout_compute_relocated takes the smallest, rustc's
 *   on a tie), which the pass asserts.
 * Requires: the state transform has run (a resume fn with its state switch
 *   at bb0 and a layout computed from the conflicts).
 * Preserves: every poll and drop: the prologue moves each relocated upvar out
 *   before the first poll writes any byte of the future but the tag, so the
 *   bytes it leaves are dead in every state but Unresumed; the drop shim reads
 *   them in Unresumed only (checked, like the resume fn). The verifier checks
 *   the same of every relocated upvar after any later pass.
 * Sound because: a relocated upvar is storage-dead in every variant but
 *   Unresumed, and in Unresumed nothing but the upvars and the tag is live; the
 *   prologue reads them all before it writes (rustc's patch needs the same
 *   trampoline: #135527 moves every upvar into a scratch local first, then into
 *   its local, for "the source memory location of an upvar may not be mapped to
 *   the same place"). The packing keeps every pair the conflict matrix (storage
 *   liveness at every statement, not only across yields) says is live together
 *   apart. A rustc patch: #135527's prologue and relocated_upvars in
 *   CoroutineLayout for the first scheme; for the second, coroutine_layout
 *   placing saved locals by their conflicts instead of by variant + promotion.
 */
#include <stdlib.h>

#include "passes.h"

static void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		internal_error("out of memory");
	return p;
}

/* The layout as it would be with these flags, laid out on scratch copies. */
static uint32_t size_with(const Module *m, const Coroutine *c, const Layout *l, uint8_t *relocated, int pack)
{
	ScratchMark sm = scratch_mark();
	Layout t = *l;
	t.relocated = relocated;
	t.pack = (uint8_t)pack;
	t.saved = scratch_alloc((l->nsaved ? l->nsaved : 1) * sizeof *t.saved);
	if (l->nsaved)
		memcpy(t.saved, l->saved, l->nsaved * sizeof *t.saved);
	t.upvar_offset = scratch_alloc((c->nupvars ? c->nupvars : 1) * sizeof *t.upvar_offset);
	layout_compute_relocated(m, c, &t);
	scratch_release(sm);
	return t.size;
}

typedef struct Rename {
	LocalId self;
	const LocalId *local; /* per upvar: its local, or NO_ID */
} Rename;

/* (*self).i.rest -> _t.rest, for the relocated upvars i (places are rewritten
 * in place: every statement naming one is renamed). */
static void rename_places(Fn *f, const Rename *r, uint32_t nupvars)
{
	for (PlaceId p = 0; p < f->nplaces; p++) {
		Place *pl = &f->places[p];
		if (pl->local != r->self || pl->nproj < 2)
			continue;
		const Proj *d = &f->projs[pl->proj], *fl = &f->projs[pl->proj + 1];
		if (d->kind != PROJ_DEREF || fl->kind != PROJ_FIELD || fl->index >= nupvars ||
		    r->local[fl->index] == NO_ID)
			continue;
		pl->local = r->local[fl->index];
		pl->proj += 2;
		pl->nproj -= 2;
	}
}

static int run(const PassCx *cx, Body *b, int pack)
{
	Module *m = cx->m;
	Coroutine *c = b->c;
	Layout *l = b->layout;
	Fn *f = b->resume;
	if (!l || !f || l->reconstructed || (pack && l->pack))
		return 0;
	uint32_t nup = c->nupvars;
	LocalId self = NO_ID;
	if (fn_state_switch(f, c->ty, &self) != 0)
		return 0;
	uint8_t *used = xcalloc(nup, 1), *used_drop = xcalloc(nup, 1);
	layout_upvars_used_after_start(f, c->ty, nup, used);
	if (b->drop)
		layout_upvars_used_after_start(b->drop, c->ty, nup, used_drop);
	/* the candidates: not yet relocated, not used after the start */
	uint8_t *relocated = xcalloc(nup, 1);
	uint32_t nnew = 0;
	for (uint32_t i = 0; i < nup; i++) {
		relocated[i] = l->relocated && l->relocated[i];
		if (!relocated[i] && !used[i] && !used_drop[i])
			relocated[i] = 1, nnew++;
	}
	free(used);
	free(used_drop);
	int any = 0;
	for (uint32_t i = 0; i < nup; i++)
		any |= relocated[i];
	uint32_t before = l->size;
	uint32_t after = size_with(m, c, l, any ? relocated : NULL, pack || l->pack);
	if (after >= before || (!nnew && !(pack && !l->pack))) {
		free(relocated);
		return 0;
	}
	if (nnew) {
		BlockId start = switch_arm_target(f, 0, STATE_UNRESUMED);
		if (start == NO_BLOCK) {
			free(relocated);
			return 0;
		}
		LocalId *local = xcalloc(nup, sizeof *local);
		for (uint32_t i = 0; i < nup; i++)
			local[i] = NO_ID;
		for (uint32_t i = 0; i < nup; i++)
			if (relocated[i] && !(l->relocated && l->relocated[i]))
				local[i] = fn_add_local(f, c->upvars[i].ty, NULL, 1);
		Rename r = {.self = self, .local = local};
		rename_places(f, &r, nup);
		/* the prologue, made after the renaming: it still reads the upvars */
		BlockId pro = fn_add_block(f, 0);
		PlaceId fut = place_project(f, place_local(f, self), PROJ_DEREF, 0, c->ty);
		for (uint32_t i = 0; i < nup; i++) {
			if (local[i] == NO_ID)
				continue;
			TypeId t = c->upvars[i].ty;
			PlaceId up = place_project(f, fut, PROJ_FIELD, i, t);
			/* move, whatever the type (as #135527's prologue): a future without
			 * drop glue is not Copy either */
			fn_push_stmt(f, pro, stmt_assign_use(place_local(f, local[i]), op_move(up)));
		}
		fn_set_term(f, pro, term_goto(start));
		Term *sw = &f->blocks[0].term;
		for (uint32_t k = 0; k < sw->nargs; k++)
			if (f->arms[sw->args + k].value == STATE_UNRESUMED)
				f->arms[sw->args + k].target = pro;
		free(local);
		uint8_t *keep = arena_alloc(b->arena, nup ? nup : 1);
		memcpy(keep, relocated, nup);
		l->relocated = keep;
	}
	if (pack)
		l->pack = 1;
	layout_compute(m, c, l);
	IR_ASSERT(l->size == after && l->size < before);
	free(relocated);
	return 1;
}

/* The pipeline lays out again the futures holding one whose size changed. */
int relocate_upvars(const PassCx *cx, Body *b)
{
	return run(cx, b, 0);
}

int relocate_upvars_pack(const PassCx *cx, Body *b)
{
	return run(cx, b, 1);
}
