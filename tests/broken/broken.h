/* broken.h — test-only: deliberately wrong transforms (broken_passes.c). */
#ifndef COROSLIM_TESTS_BROKEN_H
#define COROSLIM_TESTS_BROKEN_H

#include "../../passes/passes.h"

/* tests/broken/broken_passes.c — deliberately wrong per-body passes, for testing the
 * checker only (never in the pipeline). Each returns 1 if it changed the body. */
int broken_swap_states(const PassCx *cx, Body *b);
int broken_early_guard_drop(const PassCx *cx, Body *b);
int broken_overlap_locals(const PassCx *cx, Body *b);
/* tests/broken/broken_extern.c — on imported code: an external call dropped, two reordered */
int broken_drop_extern_call(const PassCx *cx, Body *b);
int broken_swap_extern_calls(const PassCx *cx, Body *b);
extern const Pass broken_passes[];
extern const uint32_t nbroken_passes;

#endif
