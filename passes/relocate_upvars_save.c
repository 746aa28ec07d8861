/*
 * relocate-upvars for an upvar named after the first poll's start (issue 26
 * item 1; passes/relocate_upvars.c's header has the pass, this file the
 * analysis and rewrite it needs for such an upvar).
 *
 * Does: for upvar i, the prologue (relocate_upvars.c) moves (*self).i into a
 *   new saved local S at the first poll; every other place of the resume fn,
 *   and of the drop shim's paths from a state other than Unresumed, that
 *   names (*self).i names S instead: ((*self) as variant#V).F. S is a field
 *   of every Suspend variant k whose resume code can still reach a mention of
 *   it (on the resume fn, a suspension `discriminant((*self)) = k; return` is
 *   an edge to state k's arm), or whose drop-shim path names it.
 * Sound because: S's bytes hold its value from the prologue to its last
 *   mention on every path. A block of the resume fn from which a mention of S
 *   is reachable (suspensions followed as edges) is "occupied"; S is put in
 *   conflict with every saved local any occupied block names (written or
 *   read, or borrowed: a write through a reference is preceded, on a path
 *   that reaches S's later mention, by the borrow, or the reference is live
 *   across a suspension and its referent is then in that state's variant),
 *   with every saved local of a variant S is in, with every saved local the
 *   drop shim names on those states' paths, and with the other saved upvars
 *   (the prologue writes them all at once). So a saved local that shares a
 *   byte with S is never written while S's value is still to be read, and S
 *   (written in the prologue only, or by the body's own assignments, which
 *   are mentions) never while the other's is. The prologue reads every
 *   relocated upvar before it writes any S (the trampoline), so S may share
 *   bytes with upvars relocated out of the prefix; the prefix (tag, upvars
 *   that stay) it never shares. An upvar the body borrows stays (a reference
 *   could outlive S's last mention unseen); so does one that a drop-shim
 *   block reachable from Unresumed and from another state names (one place
 *   cannot be both the upvar and S).
 */
#include "relocate_upvars.h"

typedef struct Mentions {
	const Fn *f;
	LocalId self;
	uint32_t upvar;       /* NO_ID: none */
	const Layout *l;      /* NULL: no saved locals */
	int upvar_named;
	uint64_t *saved;      /* bitset of the saved locals named */
	const PlaceId *skip;  /* a slot not counted for saved locals, or NULL */
} Mentions;

static void mention_slot(void *ctx, BlockId b, PlaceId *slot)
{
	Mentions *x = ctx;
	(void)b;
	if (x->upvar != NO_ID && layout_place_upvar(x->f, *slot, x->self) == x->upvar)
		x->upvar_named = 1;
	if (x->l && slot != x->skip) {
		uint32_t s = layout_place_saved(x->f, *slot, x->self, x->l);
		if (s != NO_ID && s < x->l->nsaved)
			bs_gen(x->saved, s);
	}
}

/* What block b names: sets x->upvar_named, adds to x->saved. */
static void block_mentions(Mentions *x, BlockId b)
{
	Fn *f = (Fn *)x->f; /* the walkers hand out writable slots; nothing is written */
	Block *bb = &f->blocks[b];
	for (uint32_t k = 0; k < bb->nstmts; k++)
		stmt_places(f, b, &bb->stmts[k], 1, mention_slot, x);
	if (bb->has_term)
		term_places(f, b, &bb->term, 1, mention_slot, x);
}

/* The blocks of f that name upvar i. */
static uint8_t *upvar_mentions(const Fn *f, LocalId self, uint32_t i)
{
	uint8_t *named = ru_xcalloc(f->nblocks, 1);
	for (BlockId b = 0; b < f->nblocks; b++) {
		Mentions x = {.f = f, .self = self, .upvar = i};
		block_mentions(&x, b);
		named[b] = (uint8_t)x.upvar_named;
	}
	return named;
}

/* The state a suspension block sets, `discriminant((*self)) = k` with k a
 * Suspend state, or NO_ID. */
static uint32_t suspends_to(const Fn *f, BlockId b, LocalId self)
{
	const Block *bb = &f->blocks[b];
	for (uint32_t k = 0; k < bb->nstmts; k++) {
		const Stmt *s = &bb->stmts[k];
		if (s->kind != ST_SET_DISCR || s->x < STATE_FIRST_SUSPEND)
			continue;
		const Place *p = place_get(f, s->place);
		if (p->local == self && p->nproj == 1 && place_proj(f, p, 0)->kind == PROJ_DEREF)
			return (uint32_t)s->x;
	}
	return NO_ID;
}

/* The successors of b (malloc'd, *n of them): its terminator's, and for a
 * suspension to state k, k's arm of bb0's switch. */
static BlockId *successors(const Fn *f, BlockId b, LocalId self, uint32_t *n)
{
	const Block *bb = &f->blocks[b];
	uint32_t nt = bb->has_term ? term_nsuccessors(f, &bb->term) : 0;
	BlockId *succ = ru_xcalloc(nt + 1, sizeof *succ);
	if (nt)
		term_successors(f, &bb->term, succ, nt);
	uint32_t k = suspends_to(f, b, self);
	BlockId arm = k == NO_ID ? NO_BLOCK : switch_arm_target(f, 0, k);
	if (arm != NO_BLOCK)
		succ[nt++] = arm;
	*n = nt;
	return succ;
}

/* back[b] = 1 when a block marked in `from` is reachable from b (b itself
 * included), by successors() */
static uint8_t *reaches(const Fn *f, LocalId self, const uint8_t *from)
{
	uint32_t nb = f->nblocks, nedges = 0;
	/* the edges, to -> from, as a CSR of predecessors */
	uint32_t *at = ru_xcalloc(nb + 1, sizeof *at), *fill = ru_xcalloc(nb + 1, sizeof *fill);
	BlockId **succ = ru_xcalloc(nb, sizeof *succ);
	uint32_t *nsucc = ru_xcalloc(nb, sizeof *nsucc);
	for (BlockId b = 0; b < nb; b++) {
		succ[b] = successors(f, b, self, &nsucc[b]);
		for (uint32_t j = 0; j < nsucc[b]; j++)
			if (succ[b][j] < nb)
				at[succ[b][j] + 1]++, nedges++;
	}
	for (uint32_t b = 0; b < nb; b++)
		at[b + 1] += at[b];
	BlockId *pred = ru_xcalloc(nedges, sizeof *pred);
	for (BlockId b = 0; b < nb; b++) {
		for (uint32_t j = 0; j < nsucc[b]; j++)
			if (succ[b][j] < nb)
				pred[at[succ[b][j]] + fill[succ[b][j]]++] = b;
		free(succ[b]);
	}
	free(succ);
	free(nsucc);
	free(fill);
	/* backward from the marked blocks */
	uint8_t *back = ru_xcalloc(nb, 1);
	BlockId *stack = ru_xcalloc(nb, sizeof *stack);
	uint32_t sp = 0;
	for (BlockId b = 0; b < nb; b++)
		if (from[b])
			back[b] = 1, stack[sp++] = b;
	while (sp) {
		BlockId b = stack[--sp];
		for (uint32_t e = at[b]; e < at[b + 1]; e++)
			if (!back[pred[e]])
				back[pred[e]] = 1, stack[sp++] = pred[e];
	}
	free(stack);
	free(pred);
	free(at);
	return back;
}

/* Blocks reachable from the switch's arms for states in `which` (per
 * variant), and from bb0 itself when with_switch. */
static uint8_t *reach_from_arms(const Fn *f, const uint8_t *which, uint32_t nvariants, int with_switch)
{
	uint8_t *seen = ru_xcalloc(f->nblocks, 1);
	BlockId *roots = ru_xcalloc(nvariants + 2, sizeof *roots);
	uint32_t n = 0;
	for (uint32_t k = 0; k < nvariants; k++) {
		BlockId t = which[k] ? switch_arm_target(f, 0, k) : NO_BLOCK;
		if (t != NO_BLOCK)
			roots[n++] = t;
	}
	if (with_switch) {
		seen[0] = 1;
		const Term *st = &f->blocks[0].term;
		if (st->target != NO_BLOCK)
			roots[n++] = st->target;
		fn_mark_reachable(f, seen, roots, n);
		seen[0] = 1;
	} else {
		fn_mark_reachable(f, seen, roots, n);
	}
	free(roots);
	return seen;
}

/* Adds to u->conflicts the saved locals named in the blocks marked in `in`. */
static void conflicts_named(const Fn *f, LocalId self, const Layout *l, const uint8_t *in, UpvarSave *u)
{
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (!in[b])
			continue;
		Mentions x = {.f = f, .self = self, .upvar = NO_ID, .l = l, .saved = u->conflicts};
		block_mentions(&x, b);
	}
}

/* The index of the last statement of b that names upvar i (nstmts: its
 * terminator), or NO_ID. */
static uint32_t last_mention(const Fn *f, LocalId self, BlockId b, uint32_t i)
{
	Fn *fm = (Fn *)f;
	Block *bb = &fm->blocks[b];
	Mentions x = {.f = f, .self = self, .upvar = i};
	if (bb->has_term)
		term_places(fm, b, &bb->term, 1, mention_slot, &x);
	if (x.upvar_named)
		return bb->nstmts;
	for (uint32_t k = bb->nstmts; k-- > 0;) {
		stmt_places(fm, b, &bb->stmts[k], 1, mention_slot, &x);
		if (x.upvar_named)
			return k;
	}
	return NO_ID;
}

/* A statement that computes a scalar from scalar operands before it writes
 * its destination (in rustc's codegen too: the operands are immediates). */
static int reads_before_write(const Stmt *s)
{
	return s->kind == ST_ASSIGN &&
	       (s->rv == RV_BINARY || s->rv == RV_CHECKED || s->rv == RV_UNARY || s->rv == RV_CAST);
}

/* The saved locals the resume fn names while S's value is still to be read:
 * all a block names that S is live out of; in a block with S's last mention,
 * those named before it and in it (but the destination of a scalar operation
 * that reads S: written after S was read). */
static void conflicts_occupied(const Fn *f, LocalId self, const Layout *l, uint32_t i, const uint8_t *occupied,
			       UpvarSave *u)
{
	Fn *fm = (Fn *)f;
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (!occupied[b])
			continue;
		uint32_t n;
		BlockId *succ = successors(f, b, self, &n);
		int live_out = 0;
		for (uint32_t j = 0; j < n && !live_out; j++)
			live_out = succ[j] < f->nblocks && occupied[succ[j]];
		free(succ);
		Mentions x = {.f = f, .self = self, .upvar = NO_ID, .l = l, .saved = u->conflicts};
		uint32_t last = live_out ? NO_ID : last_mention(f, self, b, i);
		if (last == NO_ID) {
			block_mentions(&x, b);
			continue;
		}
		Block *bb = &fm->blocks[b];
		for (uint32_t k = 0; k < bb->nstmts && k <= last; k++) {
			Stmt *s = &bb->stmts[k];
			x.skip = k == last && reads_before_write(s) ? &s->place : NULL;
			stmt_places(fm, b, s, 1, mention_slot, &x);
		}
		if (last == bb->nstmts && bb->has_term)
			term_places(fm, b, &bb->term, 1, mention_slot, &x);
	}
}

static int is_whole_upvar(const Fn *f, PlaceId p, LocalId self, uint32_t i)
{
	return layout_place_upvar(f, p, self) == i && place_get(f, p)->nproj == 2;
}

static int moves_whole(const Fn *f, const Operand *o, uint32_t n, LocalId self, uint32_t i)
{
	for (uint32_t k = 0; k < n; k++)
		if (o[k].kind == OP_MOVE && is_whole_upvar(f, o[k].v, self, i))
			return 1;
	return 0;
}

/* Upvar i maybe-initialized at the end of b, given its state at b's start
 * (rustc: MaybeInitializedPlaces, of the one place): a move of the whole
 * upvar ends it, an assignment of the whole starts it; a drop leaves it. */
static int init_transfer(const Fn *f, BlockId b, LocalId self, uint32_t i, int v)
{
	const Block *bb = &f->blocks[b];
	for (uint32_t k = 0; k < bb->nstmts; k++) {
		const Stmt *s = &bb->stmts[k];
		if (s->kind != ST_ASSIGN)
			continue;
		Operand two[2] = {s->a, s->b};
		if (s->rv == RV_USE || s->rv == RV_CAST || s->rv == RV_UNARY)
			v &= !moves_whole(f, two, 1, self, i);
		else if (s->rv == RV_BINARY || s->rv == RV_CHECKED)
			v &= !moves_whole(f, two, 2, self, i);
		else if (s->rv == RV_AGGREGATE)
			v &= !moves_whole(f, &f->args[s->a.v], s->b.v, self, i);
		if (is_whole_upvar(f, s->place, self, i))
			v = 1;
	}
	if (bb->has_term && bb->term.kind == TK_CALL) {
		v &= !moves_whole(f, &f->args[bb->term.args], bb->term.nargs, self, i);
		if (is_whole_upvar(f, bb->term.place, self, i))
			v = 1;
	}
	return v;
}

/* in[b] = 1 when upvar i (moved into S by the prologue) may be initialized
 * at the start of block b (a suspension's successor: its state's arm); in
 * every block when the body assigns it whole (then an uninitialized stretch
 * is no license to reuse its bytes: the assignment writes them). */
static uint8_t *maybe_init(const Fn *f, LocalId self, uint32_t i)
{
	uint8_t *in = ru_xcalloc(f->nblocks, 1);
	/* assigned again after a move (`x = ..` in the body): its bytes are
	 * written after the prologue, so they are taken as in use throughout */
	for (BlockId b = 0; b < f->nblocks; b++)
		if (init_transfer(f, b, self, i, 0)) {
			memset(in, 1, f->nblocks);
			return in;
		}
	BlockId *work = ru_xcalloc(f->nblocks, sizeof *work);
	uint32_t n = 0;
	BlockId start = switch_arm_target(f, 0, STATE_UNRESUMED);
	if (start != NO_BLOCK && start < f->nblocks)
		in[start] = 1, work[n++] = start;
	while (n) {
		BlockId b = work[--n];
		if (!init_transfer(f, b, self, i, 1))
			continue;
		uint32_t ns;
		BlockId *succ = successors(f, b, self, &ns);
		for (uint32_t j = 0; j < ns; j++)
			if (succ[j] < f->nblocks && !in[succ[j]])
				in[succ[j]] = 1, work[n++] = succ[j];
		free(succ);
	}
	free(work);
	return in;
}

/* The drop shim: the states whose paths name the upvar while it may be
 * initialized (into u->states: elsewhere its drop flag is clear, or no path
 * reaches the name); 0 when a block both Unresumed's path and another
 * state's reach names it. */
static int drop_states(const Fn *d, TypeId coro_ty, const Layout *l, uint32_t i, const uint8_t *init, UpvarSave *u)
{
	LocalId self = NO_ID;
	if (fn_state_switch(d, coro_ty, &self) != 0)
		return 0;
	uint8_t *unres_only = ru_xcalloc(l->nvariants, 1), *later = ru_xcalloc(l->nvariants, 1);
	unres_only[STATE_UNRESUMED] = 1;
	for (uint32_t k = 0; k < l->nvariants; k++)
		later[k] = k != STATE_UNRESUMED;
	uint8_t *from_unres = reach_from_arms(d, unres_only, l->nvariants, 0);
	uint8_t *from_later = reach_from_arms(d, later, l->nvariants, 1);
	uint8_t *named = upvar_mentions(d, self, i);
	int ok = 1;
	for (BlockId b = 0; b < d->nblocks && ok; b++)
		ok = !(named[b] && from_unres[b] && from_later[b]);
	if (ok) {
		for (BlockId b = 0; b < d->nblocks; b++)
			named[b] = named[b] && from_later[b];
		uint8_t *back = reaches(d, self, named);
		for (uint32_t k = STATE_FIRST_SUSPEND; k < l->nvariants; k++) {
			BlockId t = switch_arm_target(d, 0, k);
			if (t != NO_BLOCK && back[t] && init[k])
				u->states[k] = 1;
		}
		free(back);
	}
	free(named);
	free(from_unres);
	free(from_later);
	free(unres_only);
	free(later);
	return ok;
}

int upvar_save_analyse(const Body *b, uint32_t i, UpvarSave *u)
{
	const Fn *f = b->resume;
	const Layout *l = b->layout;
	LocalId self = NO_ID;
	*u = (UpvarSave){.upvar = i, .local = NO_ID};
	if (fn_state_switch(f, b->c->ty, &self) != 0)
		return 0;
	u->states = ru_xcalloc(l->nvariants, 1);
	u->conflicts = ru_xcalloc(bs_words(l->nsaved) + 1, sizeof *u->conflicts);
	/* the resume fn: where S's value may be there and still be read (live and
	 * maybe initialized, as rustc saves a local across a yield), the states
	 * it is saved in, the blocks it occupies */
	uint8_t *named = upvar_mentions(f, self, i), *in = maybe_init(f, self, i);
	for (BlockId bb = 0; bb < f->nblocks; bb++)
		named[bb] = named[bb] && in[bb]; /* else a drop its flag skips */
	uint8_t *occupied = reaches(f, self, named);
	free(named);
	for (BlockId bb = 0; bb < f->nblocks; bb++)
		occupied[bb] = occupied[bb] && in[bb];
	uint8_t *init = ru_xcalloc(l->nvariants, 1);
	for (uint32_t k = STATE_FIRST_SUSPEND; k < l->nvariants; k++) {
		BlockId t = switch_arm_target(f, 0, k);
		init[k] = t != NO_BLOCK && t < f->nblocks && in[t];
		if (t != NO_BLOCK && t < f->nblocks && occupied[t])
			u->states[k] = 1;
	}
	free(in);
	conflicts_occupied(f, self, l, i, occupied, u);
	free(occupied);
	int ok = !b->drop || drop_states(b->drop, b->c->ty, l, i, init, u);
	free(init);
	if (!ok) {
		upvar_save_free(u);
		return 0;
	}
	/* what the states S is in hold, and what their drop paths name */
	int any = 0;
	for (uint32_t k = STATE_FIRST_SUSPEND; k < l->nvariants; k++) {
		if (!u->states[k])
			continue;
		any = 1;
		for (uint32_t j = 0; j < l->nfields[k]; j++)
			bs_gen(u->conflicts, l->fields[l->field_start[k] + j]);
	}
	LocalId dself = NO_ID;
	if (any && b->drop && fn_state_switch(b->drop, b->c->ty, &dself) == 0) {
		uint8_t *paths = reach_from_arms(b->drop, u->states, l->nvariants, 0);
		conflicts_named(b->drop, dself, l, paths, u);
		free(paths);
	}
	if (!any)
		upvar_save_free(u);
	return any;
}

void upvar_save_free(UpvarSave *u)
{
	free(u->states);
	free(u->conflicts);
	u->states = NULL;
	u->conflicts = NULL;
}

static void *lalloc(Arena *ar, size_t size)
{
	return ar ? arena_alloc(ar, size ? size : 1) : scratch_alloc(size ? size : 1);
}

void upvar_save_layout(const Module *m, const Coroutine *c, const Layout *l, UpvarSave *s, uint32_t n,
		       Arena *ar, Layout *out)
{
	(void)m;
	uint32_t ns = l->nsaved, nt = ns + n, nv = l->nvariants;
	*out = *l;
	out->nsaved = nt;
	out->saved = lalloc(ar, nt * sizeof *out->saved);
	if (ns)
		memcpy(out->saved, l->saved, ns * sizeof *out->saved);
	for (uint32_t q = 0; q < n; q++)
		out->saved[ns + q] = (SavedLocal){.local = s[q].local, .ty = c->upvars[s[q].upvar].ty,
						  .name = c->upvars[s[q].upvar].name};
	uint32_t total = 0;
	for (uint32_t v = 0; v < nv; v++)
		total += l->nfields[v];
	out->field_start = lalloc(ar, nv * sizeof *out->field_start);
	out->nfields = lalloc(ar, nv * sizeof *out->nfields);
	out->fields = lalloc(ar, ((size_t)total + (size_t)n * nv) * sizeof *out->fields);
	for (uint32_t q = 0; q < n; q++)
		s[q].variant = NO_ID;
	uint32_t pos = 0;
	for (uint32_t v = 0; v < nv; v++) {
		out->field_start[v] = pos;
		for (uint32_t k = 0; k < l->nfields[v]; k++)
			out->fields[pos++] = l->fields[l->field_start[v] + k];
		for (uint32_t q = 0; q < n; q++) {
			if (!s[q].states[v])
				continue;
			if (s[q].variant == NO_ID)
				s[q].variant = v, s[q].field = pos - out->field_start[v];
			out->fields[pos++] = ns + q;
		}
		out->nfields[v] = pos - out->field_start[v];
	}
	out->conflicts = conflicts_copy(ar, l->conflicts, ns, nt);
	for (uint32_t q = 0; q < n; q++) {
		ConflictRow *row = &out->conflicts[ns + q];
		for (uint32_t a = 0; a < ns; a++)
			if (bs_has(s[q].conflicts, a)) {
				conflict_add(ar, nt, row, a);
				conflict_add(ar, nt, &out->conflicts[a], ns + q);
			}
		for (uint32_t r = 0; r < n; r++) /* written together by the prologue */
			conflict_add(ar, nt, row, ns + r);
	}
}

typedef struct Rename {
	Fn *f;
	LocalId self;
	const Coroutine *c;
	const UpvarSave *s;
	uint32_t n;
} Rename;

static void rename_slot(void *ctx, BlockId b, PlaceId *slot)
{
	Rename *r = ctx;
	(void)b;
	uint32_t i = layout_place_upvar(r->f, *slot, r->self);
	const UpvarSave *u = NULL;
	for (uint32_t q = 0; q < r->n && i != NO_ID; q++)
		if (r->s[q].upvar == i)
			u = &r->s[q];
	if (!u)
		return;
	Fn *f = r->f;
	Place old = f->places[*slot];
	uint32_t start = f->nprojs;
	Proj head[3] = {f->projs[old.proj],
			{.kind = PROJ_DOWNCAST, .index = u->variant, .ty = r->c->ty},
			{.kind = PROJ_FIELD, .index = u->field, .ty = r->c->upvars[i].ty}};
	for (uint32_t k = 0; k < 3; k++)
		*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = head[k];
	for (uint32_t k = 2; k < old.nproj; k++) {
		Proj q = f->projs[old.proj + k];
		*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = q;
	}
	Place *p = VEC_PUSH(f->arena, f->places, f->nplaces, f->capplaces);
	p->local = old.local;
	p->proj = start;
	p->nproj = old.nproj + 1;
	*slot = f->nplaces - 1;
}

static void rename_in(Fn *f, LocalId self, const Coroutine *c, const uint8_t *in, const UpvarSave *s, uint32_t n)
{
	Rename r = {.f = f, .self = self, .c = c, .s = s, .n = n};
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (in && !in[b])
			continue;
		Block *bb = &f->blocks[b];
		for (uint32_t k = 0; k < bb->nstmts; k++)
			stmt_places(f, b, &bb->stmts[k], 1, rename_slot, &r);
		if (bb->has_term)
			term_places(f, b, &bb->term, 1, rename_slot, &r);
	}
}

void upvar_save_rename(Body *b, const UpvarSave *s, uint32_t n)
{
	LocalId self = NO_ID;
	if (fn_state_switch(b->resume, b->c->ty, &self) == 0)
		rename_in(b->resume, self, b->c, NULL, s, n);
	if (!b->drop || fn_state_switch(b->drop, b->c->ty, &self) != 0)
		return;
	uint32_t nv = b->layout->nvariants;
	uint8_t *later = ru_xcalloc(nv, 1);
	for (uint32_t k = 0; k < nv; k++)
		later[k] = k != STATE_UNRESUMED;
	uint8_t *in = reach_from_arms(b->drop, later, nv, 1);
	rename_in(b->drop, self, b->c, in, s, n);
	free(in);
	free(later);
}
