/*
 * pipeline.c — the pass list, flat, in pipeline order (QBE's main.c style).
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
#include <string.h>

#include "passes.h"

const Pass pipeline[] = {
	{"elide-awaitless", elide_awaitless, "coroutines with no yield lose their state machine"},
	{"inline-single-await", inline_single_await, "a future whose only await forwards to another becomes it"},
	{"merge-states", merge_states, "identical Suspend states of match/if arms become one"},
	{"panic-to-pending", panic_to_pending, "release: polls after completion or panic return Pending"},
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
		uint32_t n = npipeline < max ? npipeline : max;
		for (uint32_t i = 0; i < n; i++)
			out[i] = &pipeline[i];
		return (int)n;
	}
	uint32_t n = 0;
	if (!*csv)
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

int pipeline_run(Module *m, const Pass *const *list, uint32_t n, const BuildOptions *o, Diag *d,
		 void (*after)(const Module *m, const Pass *p, void *ud), void *ud)
{
	IR_ASSERT(m->transformed);
	for (uint32_t i = 0; i < n; i++) {
		list[i]->run(m, o);
		if (o->verify_each && verify_module(m, list[i]->name, d) != 0)
			return -1;
		if (after)
			after(m, list[i], ud);
	}
	/* LLVM opt's default (and rustc's without -Zvalidate-mir): the output is
	 * verified once; --verify-each (coroslim check always) names the pass. */
	if (!o->verify_each && n > 0 && verify_module(m, n == 1 ? list[0]->name : "the pipeline", d) != 0) {
		if (n > 1)
			snprintf(d->msg + strlen(d->msg), sizeof d->msg - strlen(d->msg), "%s",
				 " (--verify-each names the pass)");
		return -1;
	}
	return 0;
}
