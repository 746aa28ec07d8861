/* import_check.c — `coroslim check DUMPDIR`: the state transform and every pass applied
 * to rustc's own coroutines and checked (issue 24 item 3).
 *
 * DUMPDIR is a -Zdump-mir-dir made with -Zdump-mir=StateTransform (`make real-crates
 * DUMPS=1 KEEP=1`). Each `*.StateTransform.before.mir` is one coroutine body as
 * rustc has it before its StateTransform. Per body, check_spec runs as on any
 * program: the module is imported afresh for every stage (frontend/import_model.c
 * gives it model layouts, external coroutines and an `entry` that takes the upvars
 * from the oracle), lowered by coroslim's transform, given each pass alone and all
 * of them in order, verified after every pass, and run under every schedule with
 * calls it cannot execute as external events (ir/interp_extern.c), each trace
 * compared with the body's own before the transform.
 *
 * What is counted, per stage: bodies built and verified, bodies a pass changed,
 * bodies executed and compared (schedules), differing, not checked (a limit of the
 * interpreter); per body that could not be executed, why (the first error of the
 * reference run: an opaque statement, a dereference of what the oracle left null,
 * ...). Nothing that did not run is counted as checked.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "measure.h"

typedef struct DumpCtx {
	const char *path;
	char *src;
	size_t len;
	char why_linked[240]; /* check_linked: why the linked module was not used */
} DumpCtx;

static Module *build_dump(void *ctx, const BuildOptions *o, Diag *d)
{
	DumpCtx *c = ctx;
	Import *im = import_mir(c->path, c->src, c->len);
	if (im->error) {
		diag_set(d, 0, 0, "%s", im->error);
		import_free(im);
		return NULL;
	}
	for (uint32_t i = 0; i < im->ncoros; i++)
		if (!im->coros[i].fn) {
			diag_set(d, 0, 0, "not imported: %s", im->coros[i].why ? im->coros[i].why : "?");
			import_free(im);
			return NULL;
		}
	Module *m = im->m;
	im->m = NULL;
	import_free(im);
	m->release = o->release; /* the passes' and check's: rustc's overflow checks are in the MIR */
	if (import_model_module(m) == 0) {
		diag_set(d, 0, 0, "no coroutine body");
		module_free(m);
		return NULL;
	}
	if (verify_module(m, "import", d) != 0) {
		module_free(m);
		return NULL;
	}
	return m;
}

Module *import_dump_module(const char *path, char *src, size_t len, const BuildOptions *o, Diag *d)
{
	DumpCtx c = {.path = path, .src = src, .len = len};
	return build_dump(&c, o, d);
}

Module *import_dump_load(const char *path, const BuildOptions *o, Diag *d)
{
	DumpCtx c = {.path = path};
	c.src = file_read(path, &c.len, d);
	if (!c.src)
		return NULL;
	Module *m = build_dump(&c, o, d);
	free(c.src);
	if (m && module_lower(m, d) != 0) {
		module_free(m);
		return NULL;
	}
	return m;
}

/* The length of a dump's first item (its own body), up to and including its
 * closing `}` line: what a dump linked with its callees (bench/real/link.py
 * --link-dumps) was before linking; len when the text holds one item. */
static size_t root_len(const char *src, size_t len)
{
	for (size_t i = 0; i + 2 < len; i++)
		if (src[i] == '\n' && src[i + 1] == '}' && (src[i + 2] == '\n' || i + 3 == len)) {
			size_t end = i + 3 < len ? i + 3 : len;
			for (size_t k = end; k + 3 < len; k++)
				if (src[k] == '\n' && src[k + 1] == 'f' && src[k + 2] == 'n' && src[k + 3] == ' ')
					return end; /* another fn follows: linked */
			return len;
		}
	return len;
}

/* Every stage built and verified, and every entry's reference run completed. */
static int tally_good(const CheckTally *t)
{
	if (!t->nstages || !t->units || t->executed != t->units)
		return 0;
	for (uint32_t k = 0; k < t->nstages; k++)
		if (!t->built[k])
			return 0;
	return 1;
}

/* check_spec on one dump; a linked dump whose module does not build (or a
 * stage of it does not), or whose
 * run the model cannot complete is checked again as its own body alone (the
 * callees external, as before linking): *alone says so. What linking costs is
 * then never a body lost, and what it gains is counted (bodies whose checked
 * module held their callees). */
static int check_linked(DumpCtx *c, CheckSpec *s, const BuildOptions *o, FILE *sink, int *linked, int *alone)
{
	size_t whole = c->len, own = root_len(c->src, c->len);
	*linked = own < whole;
	*alone = 0;
	int rc = check_spec(s, o, sink);
	CheckTally *t = s->tally;
	if (!*linked || tally_good(t))
		return rc;
	CheckTally first = *t;
	memset(t, 0, sizeof *t);
	c->len = own;
	int rc2 = check_spec(s, o, sink);
	c->len = whole;
	if (tally_good(t) || (!first.nstages && t->nstages)) {
		*alone = 1;
		snprintf(c->why_linked, sizeof c->why_linked, "%s",
			 first.why[0] ? first.why : "a stage of the linked module did not build or verify");
		return rc2;
	}
	*t = first;
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reasons a body was not executed, counted by their first words. */
typedef struct Why {
	char text[96];
	uint32_t n;
	char example[300];
} Why;

static void count_why(Why *w, uint32_t *nw, uint32_t max, const char *why, const char *file)
{
	char key[96];
	/* the reason without the fn and local names that follow a colon */
	const char *q = strstr(why, "error \"");
	q = q ? q + 7 : why;
	size_t k = 0;
	while (q[k] && q[k] != ':' && q[k] != '"' && q[k] != '`' && k + 1 < sizeof key)
		k++;
	memcpy(key, q, k);
	key[k] = 0;
	/* `fn NAME: what` : keep the what */
	if (strncmp(key, "fn ", 3) == 0 && q[k] == ':') {
		const char *r = q + k + 1;
		while (*r == ' ')
			r++;
		k = 0;
		while (r[k] && r[k] != '"' && r[k] != '`' && k + 1 < sizeof key)
			k++;
		memcpy(key, r, k);
		key[k] = 0;
	}
	for (uint32_t i = 0; i < *nw; i++)
		if (strcmp(w[i].text, key) == 0) {
			w[i].n++;
			return;
		}
	if (*nw == max)
		return;
	snprintf(w[*nw].text, sizeof w[*nw].text, "%s", key);
	snprintf(w[*nw].example, sizeof w[*nw].example, "%s: %s", file, why);
	w[(*nw)++].n = 1;
}

static int why_cmp(const void *a, const void *b)
{
	const Why *x = a, *y = b;
	return x->n != y->n ? (x->n > y->n ? -1 : 1) : strcmp(x->text, y->text);
}

/* The `*.StateTransform.before.mir` files of a -Zdump-mir-dir, sorted (readdir's order is
 * the file system's); NULL with a located error on err when there is none. */
char **dump_list(const char *dir, uint32_t *count, FILE *err)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(err, "%s: error: not a directory of -Zdump-mir dumps\n", diag_path(dir));
		return NULL;
	}
	char **files = NULL;
	uint32_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!has_suffix(e->d_name, ".StateTransform.before.mir"))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			files = realloc(files, cap * sizeof *files);
			if (!files)
				internal_error("out of memory");
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		files[n] = malloc(len);
		if (!files[n])
			internal_error("out of memory");
		snprintf(files[n++], len, "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (n == 0) {
		fprintf(err, "%s: error: no *.StateTransform.before.mir (expected a -Zdump-mir-dir made with "
			     "-Zdump-mir=StateTransform)\n", diag_path(dir));
		free(files);
		return NULL;
	}
	qsort(files, n, sizeof *files, by_name);
	*count = n;
	return files;
}

void dump_list_free(char **files, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
}

int check_dump_dir(const char *dir, const Pass *const *passes, uint32_t npasses, const BuildOptions *o, FILE *out,
		   FILE *err, int verbose)
{
	if (o->panic_abort) { /* the MIR's unwind edges are rustc's, for the strategy it was compiled with */
		fprintf(err, "%s: error: --panic=abort: rustc's dumps keep the panic strategy they were compiled with\n", diag_path(dir));
		return 1;
	}
	uint32_t n;
	char **files = dump_list(dir, &n, err);
	if (!files)
		return 1;
	CheckTally total;
	memset(&total, 0, sizeof total);
	uint32_t bodies = 0, notbuilt = 0, executed = 0, failed_bodies = 0, nwhy = 0, nlinked = 0, nlwhy = 0;
	Why lwhy[64];
	uint32_t verified[CHECK_TALLY_STAGES] = {0}, changed[CHECK_TALLY_STAGES] = {0};
	uint32_t ran[CHECK_TALLY_STAGES] = {0}, bad[CHECK_TALLY_STAGES] = {0};
	Why why[64];
	int rc = 0;
	FILE *sink = verbose ? out : tmpfile();
	if (!sink)
		internal_error("tmpfile failed");
	for (uint32_t i = 0; i < n; i++) {
		Diag dg = {0};
		DumpCtx c = {.path = files[i]};
		c.src = file_read(files[i], &c.len, &dg);
		if (!c.src) {
			diag_print(&dg, err);
			rc = 1;
			continue;
		}
		/* a dump of a const, static or promoted has no fn: not a coroutine */
		Import *probe = import_mir(files[i], c.src, c.len);
		int body = !probe->error && probe->ncoros > 0;
		import_free(probe);
		if (!body) {
			free(c.src);
			continue;
		}
		bodies++;
		CheckTally t;
		memset(&t, 0, sizeof t);
		CheckSpec s = {.file = files[i], .build = build_dump, .ctx = &c, .transform = NULL, .passes = passes,
			       .npasses = npasses, .err = sink, .tally = &t};
		int linked, alone;
		int bad_body = check_linked(&c, &s, o, sink, &linked, &alone);
		free(c.src);
		nlinked += linked && !alone;
		if (alone)
			count_why(lwhy, &nlwhy, 64, c.why_linked, files[i]);
		if (t.nstages == 0) { /* the reference module itself did not build */
			notbuilt++;
			count_why(why, &nwhy, 64, t.why, files[i]);
			continue;
		}
		total.nstages = t.nstages;
		int differs = 0;
		for (uint32_t k = 0; k < t.nstages; k++) {
			memcpy(total.stage[k], t.stage[k], sizeof t.stage[k]);
			verified[k] += t.built[k];
			changed[k] += t.fired[k] > 0;
			total.stmts[k] += t.stmts[k], total.blocks[k] += t.blocks[k], total.states[k] += t.states[k];
			total.runs[k] += t.runs[k], total.differ[k] += t.differ[k], total.unchecked[k] += t.unchecked[k];
			ran[k] += t.executed && t.built[k];
			bad[k] += t.differ[k] > 0 || !t.built[k];
			differs |= t.differ[k] > 0 || !t.built[k];
		}
		if (t.executed == t.units && t.units) {
			executed++;
			total.schedules += t.schedules;
		} else {
			count_why(why, &nwhy, 64, t.why, files[i]);
		}
		if (differs) {
			failed_bodies++;
			fprintf(out, "%s: FAILED\n", files[i]);
			rc = 1;
		}
		(void)bad_body;
		if (bodies % 200 == 0)
			fprintf(err, "coroslim check: %u coroutine bodies of %u dumps\n", bodies, i + 1);
	}
	if (!verbose)
		fclose(sink);
	fprintf(out, "check %s: %u coroutine bodies (rustc's before StateTransform), %u not imported; executed under every "
		     "schedule: %u (%u schedules), not executable by the model: %u; %s\n",
		dir, bodies, notbuilt, executed, total.schedules, bodies - notbuilt - executed,
		failed_bodies ? "FAILED" : "ok");
	fprintf(out, "%8s %8s %8s %9s %8s %8s %8s %8s  %s\n", "verified", "changed", "executed", "schedules", "differ",
		"stmts", "blocks", "states", "stage");
	for (uint32_t k = 0; k < total.nstages; k++)
		fprintf(out, "%8u %8u %8u %9u %8u %8u %8u %8u  %s\n", verified[k], changed[k], ran[k], total.runs[k],
			total.differ[k], total.stmts[k], total.blocks[k], total.states[k], total.stage[k]);
	qsort(why, nwhy, sizeof *why, why_cmp);
	for (uint32_t i = 0; i < nwhy; i++)
		fprintf(out, "not executed: %u: %s (e.g. %s)\n", why[i].n, why[i].text, why[i].example);
	if (nlinked || nlwhy) { /* linked dumps (bench/real/link.py --link-dumps) */
		uint32_t nalone = 0;
		for (uint32_t i = 0; i < nlwhy; i++)
			nalone += lwhy[i].n;
		fprintf(out, "linked: %u bodies checked with the callee coroutines they await; %u checked alone\n", nlinked,
			nalone);
		qsort(lwhy, nlwhy, sizeof *lwhy, why_cmp);
		for (uint32_t i = 0; i < nlwhy; i++)
			fprintf(out, "checked alone: %u: %s (e.g. %s)\n", lwhy[i].n, lwhy[i].text, lwhy[i].example);
	}
	(void)bad;
	dump_list_free(files, n);
	return rc;
}
