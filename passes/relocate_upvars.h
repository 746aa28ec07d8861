/*
 * relocate-upvars, for upvars named after the first poll's start (issue 26
 * item 1): the states the local an upvar is moved into is saved in, what it
 * is in conflict with, and the layout and places that hold it. Used by
 * passes/relocate_upvars.c only.
 */
#ifndef COROSLIM_RELOCATE_UPVARS_H
#define COROSLIM_RELOCATE_UPVARS_H

#include <stdlib.h>

#include "passes.h"

static inline void *ru_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		internal_error("out of memory");
	return p;
}

/* An upvar that becomes a saved local of the future (issue 26 item 1). */
typedef struct UpvarSave {
	uint32_t upvar;
	uint8_t *states;     /* per variant: saved there (never Unresumed, Returned, Panicked) */
	uint64_t *conflicts; /* bitset over the layout's saved locals as analysed */
	LocalId local;       /* at commit: the resume fn's local it is moved into */
	uint32_t variant;    /* at commit: the variant its places go through, and */
	uint32_t field;      /*   its field there */
} UpvarSave;

/* Whether upvar u->upvar can be moved into a saved local at the first poll
 * and, if so (1), fills u (its arrays malloc'd: upvar_save_free). 0: a block
 * of the drop shim that both Unresumed and a later state reach names it, or
 * no state needs it. */
int upvar_save_analyse(const Body *b, uint32_t upvar, UpvarSave *u);
void upvar_save_free(UpvarSave *u);

/* Layout l with the saves' saved locals added (saved, variant fields and the
 * conflict rows new arrays: from ar, or scratch memory when ar is NULL, the
 * conflict rows then malloc'd: conflicts_free; the offsets are not computed).
 * Sets each save's variant and field. */
void upvar_save_layout(const Module *m, const Coroutine *c, const Layout *l, UpvarSave *s, uint32_t n,
		       Arena *ar, Layout *out);

/* Every place that names a saved upvar, (*self).i.rest, becomes
 * ((*self) as variant#V).F.rest: in the whole resume fn (before its prologue
 * exists) and in the drop shim's paths from states other than Unresumed. */
void upvar_save_rename(Body *b, const UpvarSave *s, uint32_t n);

#endif
