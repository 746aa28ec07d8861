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
 *   them in Unresumed only (checked, like the resume fn; a saved upvar's
 *   other drops read S). The verifier checks the same of every relocated
 *   upvar after any later pass.
 * Sound because: a relocated upvar is storage-dead in every variant but
 *   Unresumed, and in Unresumed nothing but the upvars and the tag is live; the
 *   prologue reads them all before it writes (rustc's patch needs the same
 *   trampoline: #135527 moves every upvar into a scratch local first, then into
 *   its local, for "the source memory location of an upvar may not be mapped to
 *   the same place"). A saved upvar's S holds its value from the prologue to
 *   its last use on every path, and nothing sharing a byte with it is written
 *   meanwhile (relocate_upvars_save.c). The packing keeps every pair the conflict matrix (storage
 *   liveness at every statement, not only across yields) says is live together
 *   apart. A rustc patch: #135527's prologue and relocated_upvars in
 *   CoroutineLayout for the first scheme; for the second, coroutine_layout
 *   placing saved locals by their conflicts instead of by variant + promotion.
 */
#include "relocate_upvars.h"

/* The layout as it would be with these flags and these upvars saved, laid out
 * on scratch copies. */
static uint32_t size_with(const Module *m, const Coroutine *c, const Layout *l, uint8_t *relocated, int pack,
			  UpvarSave *saves, uint32_t nsaves)
{
	ScratchMark sm = scratch_mark();
	Layout t = *l;
	upvar_save_layout(m, c, l, saves, nsaves, NULL, &t); /* new saved array even when nsaves is 0 */
	t.relocated = relocated;
	t.pack = (uint8_t)pack;
	t.upvar_offset = scratch_alloc((c->nupvars ? c->nupvars : 1) * sizeof *t.upvar_offset);
	layout_compute_relocated(m, c, &t);
	conflicts_free(t.conflicts, t.nsaved); /* upvar_save_layout's, malloc'd with no arena */
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

/* What the pass chose: the upvars read at the first poll's start only
 * (into resume-fn locals) and those saved (issue 26 item 1). */
typedef struct Choice {
	uint8_t *relocated; /* per upvar, with the ones relocated before */
	uint32_t nnew;      /* relocated by this run */
	UpvarSave *saves;   /* nsaves of them, chosen */
	uint32_t nsaves;
	uint32_t size;      /* the layout's with them */
} Choice;

/* The candidates: every upvar not relocated yet that nothing names after the
 * start goes; then each one named after the start but never borrowed is
 * saved where that makes the future strictly smaller (in upvar order). */
static void choose(const PassCx *cx, const Body *b, int pack, Choice *ch)
{
	const Coroutine *c = b->c;
	const Layout *l = b->layout;
	uint32_t nup = c->nupvars;
	uint8_t *used = ru_xcalloc(nup, 1), *used_drop = ru_xcalloc(nup, 1);
	uint8_t *pinned = ru_xcalloc(nup, 1), *pinned_drop = ru_xcalloc(nup, 1);
	layout_upvars_used_after_start(b->resume, c->ty, nup, used);
	layout_upvars_pinned(b->resume, c->ty, nup, pinned);
	if (b->drop) {
		layout_upvars_used_after_start(b->drop, c->ty, nup, used_drop);
		layout_upvars_pinned(b->drop, c->ty, nup, pinned_drop);
	}
	ch->relocated = ru_xcalloc(nup, 1);
	ch->saves = ru_xcalloc(nup, sizeof *ch->saves);
	ch->nnew = ch->nsaves = 0;
	for (uint32_t i = 0; i < nup; i++) {
		ch->relocated[i] = l->relocated && l->relocated[i];
		if (!ch->relocated[i] && !used[i] && !used_drop[i])
			ch->relocated[i] = 1, ch->nnew++;
	}
	int any = 0;
	for (uint32_t i = 0; i < nup; i++)
		any |= ch->relocated[i];
	ch->size = size_with(cx->m, c, l, any ? ch->relocated : NULL, pack || l->pack, NULL, 0);
	/* the ones to save: those that make it smaller one by one, in upvar order,
	 * or all of them when that is smaller still (rustc's promotion may need
	 * several out of the prefix before one variant is smaller) */
	UpvarSave *cand = ru_xcalloc(nup, sizeof *cand), *trial = ru_xcalloc(nup, sizeof *trial);
	uint8_t *chosen = ru_xcalloc(nup, 1);
	uint32_t ncand = 0;
	/* no saves after an earlier run relocated upvars: this run's prologue goes before that run's, and
	 * its writes of the saved fields would come before that prologue's reads of the upvars relocated
	 * then, which the packing may have given the same bytes (the trampoline covers one prologue only;
	 * tests/known-bugs/relocate_pack_prologue_clobber.rs) */
	int earlier = 0;
	for (uint32_t i = 0; i < nup; i++)
		earlier |= l->relocated && l->relocated[i];
	for (uint32_t i = 0; i < nup && !earlier; i++)
		if (!ch->relocated[i] && !pinned[i] && !pinned_drop[i] && upvar_save_analyse(b, i, &cand[ncand]))
			ncand++;
	for (uint32_t k = 0; k < ncand; k++) {
		uint32_t n = 0;
		for (uint32_t j = 0; j <= k; j++)
			if (chosen[j] || j == k)
				trial[n++] = cand[j];
		ch->relocated[cand[k].upvar] = 1;
		uint32_t size = size_with(cx->m, c, l, ch->relocated, pack || l->pack, trial, n);
		ch->relocated[cand[k].upvar] = 0;
		if (size < ch->size)
			ch->size = size, chosen[k] = 1;
	}
	if (ncand > 1) {
		uint8_t *all = ru_xcalloc(nup, 1);
		memcpy(all, ch->relocated, nup);
		for (uint32_t k = 0; k < ncand; k++)
			all[cand[k].upvar] = 1;
		uint32_t size = size_with(cx->m, c, l, all, pack || l->pack, cand, ncand);
		free(all);
		if (size < ch->size) {
			ch->size = size;
			memset(chosen, 1, ncand);
		}
	}
	for (uint32_t k = 0; k < ncand; k++) {
		if (chosen[k]) {
			ch->relocated[cand[k].upvar] = 1;
			ch->saves[ch->nsaves++] = cand[k];
			ch->nnew++;
		} else {
			upvar_save_free(&cand[k]);
		}
	}
	free(cand);
	free(trial);
	free(chosen);
	free(used);
	free(used_drop);
	free(pinned);
	free(pinned_drop);
}

static void choice_free(Choice *ch)
{
	for (uint32_t q = 0; q < ch->nsaves; q++)
		upvar_save_free(&ch->saves[q]);
	free(ch->saves);
	free(ch->relocated);
}

/* The prologue at the Unresumed arm: every newly relocated upvar is read
 * into its local first, then the saved ones are written to their fields
 * (the trampoline: a saved field may share bytes with an upvar not yet read). */
static void add_prologue(Body *b, LocalId self, const LocalId *local, const UpvarSave *saves, uint32_t nsaves,
			 BlockId start)
{
	Fn *f = b->resume;
	const Coroutine *c = b->c;
	BlockId pro = fn_add_block(f, 0);
	PlaceId fut = place_project(f, place_local(f, self), PROJ_DEREF, 0, c->ty);
	for (uint32_t i = 0; i < c->nupvars; i++) {
		if (local[i] == NO_ID)
			continue;
		PlaceId up = place_project(f, fut, PROJ_FIELD, i, c->upvars[i].ty);
		/* move, whatever the type (as #135527's prologue): a future without
		 * drop glue is not Copy either */
		fn_push_stmt(f, pro, stmt_assign_use(place_local(f, local[i]), op_move(up)));
	}
	for (uint32_t q = 0; q < nsaves; q++) {
		const UpvarSave *u = &saves[q];
		PlaceId v = place_project(f, fut, PROJ_DOWNCAST, u->variant, c->ty);
		PlaceId dst = place_project(f, v, PROJ_FIELD, u->field, c->upvars[u->upvar].ty);
		fn_push_stmt(f, pro, stmt_assign_use(dst, op_move(place_local(f, u->local))));
	}
	fn_set_term(f, pro, term_goto(start));
	Term *sw = &f->blocks[0].term;
	for (uint32_t k = 0; k < sw->nargs; k++)
		if (f->arms[sw->args + k].value == STATE_UNRESUMED)
			f->arms[sw->args + k].target = pro;
}

/* The rewrite: fresh locals, the saved upvars' fields in the layout, the
 * places renamed, the prologue. */
static void commit(const PassCx *cx, Body *b, LocalId self, Choice *ch, BlockId start)
{
	Fn *f = b->resume;
	Coroutine *c = b->c;
	Layout *l = b->layout;
	uint32_t nup = c->nupvars;
	LocalId *local = ru_xcalloc(nup, sizeof *local);
	for (uint32_t i = 0; i < nup; i++)
		local[i] = NO_ID;
	for (uint32_t i = 0; i < nup; i++)
		if (ch->relocated[i] && !(l->relocated && l->relocated[i]))
			local[i] = fn_add_local(f, c->upvars[i].ty, NULL, 1);
	for (uint32_t q = 0; q < ch->nsaves; q++) { /* `debug x => _t`: the saved local's name */
		ch->saves[q].local = local[ch->saves[q].upvar];
		f->locals[ch->saves[q].local].name = c->upvars[ch->saves[q].upvar].name;
	}
	if (ch->nsaves) {
		Layout nl;
		upvar_save_layout(cx->m, c, l, ch->saves, ch->nsaves, b->arena, &nl);
		l->nsaved = nl.nsaved, l->saved = nl.saved, l->conflicts = nl.conflicts;
		l->field_start = nl.field_start, l->nfields = nl.nfields, l->fields = nl.fields;
		upvar_save_rename(b, ch->saves, ch->nsaves);
	}
	/* the read-at-start ones: renamed to their locals */
	LocalId *plain = ru_xcalloc(nup, sizeof *plain);
	for (uint32_t i = 0; i < nup; i++)
		plain[i] = local[i];
	for (uint32_t q = 0; q < ch->nsaves; q++)
		plain[ch->saves[q].upvar] = NO_ID;
	Rename r = {.self = self, .local = plain};
	rename_places(f, &r, nup);
	free(plain);
	/* made after the renaming: it still reads the upvars */
	add_prologue(b, self, local, ch->saves, ch->nsaves, start);
	free(local);
	uint8_t *keep = arena_alloc(b->arena, nup ? nup : 1);
	memcpy(keep, ch->relocated, nup);
	l->relocated = keep;
}

static int run(const PassCx *cx, Body *b, int pack)
{
	Layout *l = b->layout;
	Fn *f = b->resume;
	if (!l || !f || l->reconstructed || (pack && l->pack))
		return 0;
	LocalId self = NO_ID;
	if (fn_state_switch(f, b->c->ty, &self) != 0)
		return 0;
	Choice ch;
	choose(cx, b, pack, &ch);
	uint32_t before = l->size, after = ch.size;
	BlockId start = switch_arm_target(f, 0, STATE_UNRESUMED);
	if (after >= before || (!ch.nnew && !(pack && !l->pack)) || (ch.nnew && start == NO_BLOCK)) {
		choice_free(&ch);
		return 0;
	}
	if (ch.nnew)
		commit(cx, b, self, &ch, start);
	if (pack)
		l->pack = 1;
	layout_compute(cx->m, b->c, l);
	IR_ASSERT(l->size == after && l->size < before);
	choice_free(&ch);
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
