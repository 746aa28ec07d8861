/* broken.h — test-only: deliberately wrong transforms (broken_passes.c). */
#ifndef COROSLIM_TESTS_BROKEN_H
#define COROSLIM_TESTS_BROKEN_H

#include "../../passes/passes.h"

/* passes/broken_passes.c — deliberately wrong transforms, for testing the
 * checker only (never in the pipeline). Each returns 1 if it changed m. */
uint32_t broken_swap_states(Module *m, const BuildOptions *o);
uint32_t broken_early_guard_drop(Module *m, const BuildOptions *o);
uint32_t broken_overlap_locals(Module *m, const BuildOptions *o);
extern const Pass broken_passes[];
extern const uint32_t nbroken_passes;

#endif
