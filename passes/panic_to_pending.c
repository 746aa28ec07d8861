/*
 * panic-to-pending — release builds only.
 *
 * Does: in every resume function, the "`async fn` resumed after completion"
 *   arm (state 1) and the "resumed after panicking" arm (state 2) become one
 *   shared block `_0 = Poll::<T>::Pending; return;`; the assert blocks go.
 * Requires: the state transform has run (FN_RESUME with its entry switch).
 * Preserves: every poll that the Future contract defines; layouts and states.
 * Sound because: Future::poll's contract lets a poll after completion "panic,
 *   block forever, or cause other kinds of problems" but never UB; returning
 *   Pending is the "block forever" case (rust-lang/compiler-team MCP #1016,
 *   -Zasync-panic). Never `unreachable`: safe code can re-poll.
 * Not credited: arms rustc already omits (#69814: the body cannot return, or
 *   cannot unwind) — there is nothing here to rewrite for them.
 * Debug builds: untouched, like overflow checks.
 */
#include "passes.h"

static int is_resumed_after_arm(const Block *b)
{
	return b->has_term && b->term.kind == TK_ASSERT &&
	       (b->term.msg == AK_RESUMED_AFTER_RETURN || b->term.msg == AK_RESUMED_AFTER_PANIC);
}

/* A place that is just _0, reused rather than added (after fn_compact, one
 * more place would double the fn's place array). */
static PlaceId return_place(Fn *f)
{
	for (PlaceId p = 0; p < f->nplaces; p++)
		if (f->places[p].local == 0 && f->places[p].nproj == 0)
			return p;
	return place_local(f, 0);
}

/* Rewrites the resume fn; returns 1 if it changed. Release builds only
 * (Pass.enabled: release_only). */
int panic_to_pending(const PassCx *cx, Body *body)
{
	(void)cx;
	Fn *f = body->resume;
	BlockId pending = NO_BLOCK;
	for (BlockId b = 0; b < f->nblocks; b++) {
		if (!is_resumed_after_arm(&f->blocks[b]))
			continue;
		if (pending == NO_BLOCK) {
			/* the first arm becomes the shared Pending return */
			Block *blk = &f->blocks[b];
			blk->nstmts = 0;
			TypeId poll = f->locals[0].ty;
			Stmt s = {.kind = ST_ASSIGN, .rv = RV_AGGREGATE, .op = AGG_POLL_PENDING,
				  .place = return_place(f), .x = poll};
			s.a.v = fn_add_args(f, NULL, 0);
			s.b.v = 0;
			fn_push_stmt(f, b, s);
			fn_set_term(f, b, term_simple(TK_RETURN));
			pending = b;
		} else {
			fn_redirect(f, b, pending);
		}
	}
	if (pending == NO_BLOCK)
		return 0;
	fn_remove_unreachable(f);
	return 1;
}
