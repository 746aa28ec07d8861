/*
 * dump_compare.c — `coroslim import DUMPDIR --format=json` (issue 24 item 2):
 * coroslim's own state transform of rustc's coroutine bodies, compared with
 * rustc's.
 *
 * DUMPDIR is a -Zdump-mir-dir made with -Zdump-mir=StateTransform: for every
 * coroutine rustc writes NAME.N-N-NNN.StateTransform.before.mir (the body,
 * read as an FN_CORO_BODY) and ...after.mir (the resume fn and, in a comment,
 * its CoroutineLayout). Each before-body is transformed by state_transform_body
 * alone (the layout's sizes, which need the callees' layouts, are not
 * compared) and set against the after-dump's resume fn of the same name:
 *
 *   states     the number of variants (3 reserved + one per suspension)
 *   saved      the saved locals of each variant, by rustc's numbering (`_s0`..,
 *              in local order), against the after-dump's coroutine_layout
 *              comment (without one: the counts its downcasts give)
 *   blocks     the resume fn's block count
 *   resume fn  the two printed texts, line by line (print_fn: every local,
 *              statement and terminator in rustc's numbering)
 *
 * The first of these that differs is the verdict: `differs: WHAT`. The drop
 * shim is not compared yet (rustc dumps it separately, as coroutine_drop).
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream; dirent.h is POSIX too */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "measure.h"
#include "../passes/passes.h"

#define MAX_STATES_READ 4096 /* variants read from a layout comment */

typedef struct DumpFile {
	char *path;
	Import *im;
} DumpFile;

static int by_path(const void *a, const void *b)
{
	return strcmp(((const DumpFile *)a)->path, ((const DumpFile *)b)->path);
}

static char *fn_text(const Fn *f)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem)
		internal_error("out of memory");
	print_fn(f, mem);
	fclose(mem);
	return buf;
}

static int is_debug_line(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return strncmp(s, "debug ", 6) == 0;
}

/* Line a (na bytes) is line b but for a `mut ` after a leading `let `. */
static int eq_but_mut(const char *a, size_t na, const char *b, size_t nb)
{
	while (na && (*a == ' ' || *a == '\t'))
		a++, na--;
	while (nb && (*b == ' ' || *b == '\t'))
		b++, nb--;
	if (na < 4 || nb < 4 || memcmp(a, "let ", 4) != 0 || memcmp(b, "let ", 4) != 0)
		return 0;
	a += 4, na -= 4, b += 4, nb -= 4;
	if (na >= 4 && memcmp(a, "mut ", 4) == 0)
		a += 4, na -= 4;
	if (nb >= 4 && memcmp(b, "mut ", 4) == 0)
		b += 4, nb -= 4;
	return na == nb && memcmp(a, b, na) == 0;
}

/* The first line where a and b differ: 0 if equal; the lines in la, lb.
 * Debug info (`debug x => _N;`: names, which print_fn orders its own way) is
 * left out: it is not part of what the transform computes. */
static int first_diff_line(const char *a, const char *b, char *la, char *lb, size_t cap, int strict)
{
	for (int no = 1;; no++) {
		while (is_debug_line(a) && strchr(a, '\n'))
			a = strchr(a, '\n') + 1;
		while (is_debug_line(b) && strchr(b, '\n'))
			b = strchr(b, '\n') + 1;
		const char *ea = strchr(a, '\n'), *eb = strchr(b, '\n');
		size_t na = ea ? (size_t)(ea - a) : strlen(a), nb = eb ? (size_t)(eb - b) : strlen(b);
		int same = na == nb && memcmp(a, b, na) == 0;
		if (!same && !strict) /* `let mut _N` and `let _N` alike */
			same = eq_but_mut(a, na, b, nb);
		if (!same) {
			snprintf(la, cap, "%.*s", (int)na, a);
			snprintf(lb, cap, "%.*s", (int)nb, b);
			return no;
		}
		if (!ea || !eb)
			return ea || eb ? no : 0;
		a = ea + 1, b = eb + 1;
	}
}

static char *trim_line(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* rustc's CoroutineLayout as the after-dump's `coroutine_layout = ...` comment
 * prints it: per variant, the saved locals (`Suspend0 (3): [_s1, _s4]`).
 * The resume fn's downcasts do not give them: a saved local in several
 * variants is accessed through one of them only. */
typedef struct RustcVariants {
	uint32_t n;          /* variants read; 0: no comment */
	uint32_t nfields[MAX_STATES_READ];
	uint32_t *fields[MAX_STATES_READ];
} RustcVariants;

static void rustc_variants(const char *path, RustcVariants *rv)
{
	memset(rv, 0, sizeof *rv);
	Diag dg = {0};
	size_t len;
	char *src = file_read(path, &len, &dg);
	if (!src)
		return;
	const char *p = strstr(src, "    variant_fields: {\n");
	const char *end = p ? strstr(p, "\n    },") : NULL;
	if (!p || !end) {
		free(src);
		return;
	}
	for (p = strchr(p, '\n') + 1; p < end && rv->n < MAX_STATES_READ; p = strchr(p, '\n') + 1) {
		const char *open = strchr(p, '['), *close = open ? strchr(open, ']') : NULL;
		if (!close || close > end)
			break;
		uint32_t k = rv->n++, cap = 0;
		for (const char *q = open + 1; q < close; q++) {
			if (q[0] != '_' || q[1] != 's')
				continue;
			if (rv->nfields[k] == cap) {
				cap = cap ? cap * 2 : 8;
				rv->fields[k] = realloc(rv->fields[k], cap * sizeof *rv->fields[k]);
				if (!rv->fields[k])
					internal_error("out of memory");
			}
			rv->fields[k][rv->nfields[k]++] = (uint32_t)strtoul(q + 2, NULL, 10);
		}
	}
	free(src);
}

static void print_fields(char *buf, size_t cap, const uint32_t *f, uint32_t n)
{
	size_t at = strlen(buf);
	at += (size_t)snprintf(buf + at, at < cap ? cap - at : 0, "[");
	for (uint32_t i = 0; i < n && at < cap; i++)
		at += (size_t)snprintf(buf + at, cap - at, "%s_s%u", i ? ", " : "", f[i]);
	if (at < cap)
		snprintf(buf + at, cap - at, "]");
}

/* The verdict for one coroutine: "identical" or "differs: WHAT" in buf. */
static void compare(Module *mb, Fn *body, const Import *after, const Fn *resume, const char *after_path, char *buf,
		    size_t cap)
{
	PendingCoro pc = {0};
	uint32_t ci = body->coro;
	state_transform_body(mb, ci, body, &pc, mb->arena);
	if (pc.shim) /* not compared yet, and never added to the module */
		fn_free(pc.shim);
	const Layout *ours = mb->coros[ci].layout, *theirs = after->m->coros[resume->coro].layout;
	if (ours->nvariants != theirs->nvariants) {
		snprintf(buf, cap, "differs: states %u, rustc %u", ours->nvariants, theirs->nvariants);
		return;
	}
	RustcVariants rv;
	rustc_variants(after_path, &rv);
	int differs = 0;
	if (rv.n == ours->nvariants) { /* the saved locals themselves, by rustc's numbering */
		for (uint32_t v = 0; v < ours->nvariants && !differs; v++) {
			const uint32_t *f = ours->fields + ours->field_start[v];
			differs = ours->nfields[v] != rv.nfields[v] ||
				  (rv.nfields[v] && memcmp(f, rv.fields[v], rv.nfields[v] * sizeof *f) != 0);
			if (differs) {
				snprintf(buf, cap, "differs: saved locals of variant %u: ", v);
				print_fields(buf, cap, f, ours->nfields[v]);
				snprintf(buf + strlen(buf), cap - strlen(buf), ", rustc ");
				print_fields(buf, cap, rv.fields[v], rv.nfields[v]);
			}
		}
	} else { /* no layout comment: the counts the resume fn's downcasts give */
		for (uint32_t v = 0; v < ours->nvariants && !differs; v++)
			if ((differs = ours->nfields[v] != theirs->nfields[v]))
				snprintf(buf, cap, "differs: saved locals of variant %u: %u, rustc %u", v, ours->nfields[v],
					 theirs->nfields[v]);
	}
	for (uint32_t v = 0; v < rv.n; v++)
		free(rv.fields[v]);
	if (differs)
		return;
	if (body->nblocks != resume->nblocks) {
		snprintf(buf, cap, "differs: resume fn blocks %u, rustc %u", body->nblocks, resume->nblocks);
		return;
	}
	char *ta = fn_text(body), *tb = fn_text(resume);
	char la[160], lb[160];
	/* first the statements and terminators, then the locals' mutability */
	int no = first_diff_line(ta, tb, la, lb, sizeof la, 0);
	if (no)
		snprintf(buf, cap, "differs: resume fn line %d (debug lines left out): `%s`, rustc `%s`", no, trim_line(la),
			 trim_line(lb));
	else if ((no = first_diff_line(ta, tb, la, lb, sizeof la, 1)))
		snprintf(buf, cap, "differs: only a local's mutability: `%s`, rustc `%s`", trim_line(la), trim_line(lb));
	else
		snprintf(buf, cap, "identical");
	free(ta);
	free(tb);
}

/* The length of path's dump stem: `DIR/CRATE.ITEM` without `.N-N-NNN.StateTransform.{before,after}.mir`
 * (rustc numbers the pass differently before and after; the item path tells macro instances apart where
 * the fn names print alike). */
static size_t stem_len(const char *path)
{
	const char *st = strstr(path, ".StateTransform.");
	size_t n = st ? (size_t)(st - path) : strlen(path);
	while (n > 0 && path[n - 1] != '.' && path[n - 1] != '/')
		n--;
	return n;
}

/* The resume fn called name in the after-dump of the before-dump `before`,
 * and in *in the import holding it. */
static const ImportedCoro *find_resume(DumpFile *files, uint32_t n, const char *before, const char *name,
				       const Import **in, const char **path)
{
	size_t sl = stem_len(before);
	for (uint32_t i = 0; i < n; i++) {
		if (!files[i].im || !has_suffix(files[i].path, ".after.mir") || stem_len(files[i].path) != sl ||
		    strncmp(files[i].path, before, sl) != 0)
			continue;
		for (uint32_t k = 0; k < files[i].im->ncoros; k++) {
			const ImportedCoro *ic = &files[i].im->coros[k];
			if (ic->fn && ic->fn->kind == FN_RESUME && strcmp(ic->name, name) == 0) {
				*in = files[i].im;
				*path = files[i].path;
				return ic;
			}
		}
	}
	return NULL;
}

static int by_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The types one body's drops show to have no glue (Import.noglue: crate-wide spellings) hold in
 * every body of the crate: each before-dump is read again knowing all of them (rustc's needs_drop
 * is one answer per type; a body that never drops nor keeps a value of it cannot show it). */
static void reimport_noglue(DumpFile *files, uint32_t n)
{
	char **all = NULL;
	uint32_t nall = 0;
	for (uint32_t i = 0; i < n; i++) {
		const Import *im = files[i].im;
		if (!im || im->error || !im->nnoglue)
			continue;
		all = realloc(all, (nall + im->nnoglue) * sizeof *all);
		if (!all)
			internal_error("out of memory");
		memcpy(all + nall, im->noglue, im->nnoglue * sizeof *all);
		nall += im->nnoglue;
	}
	if (!nall)
		return;
	qsort(all, nall, sizeof *all, by_str);
	uint32_t k = 1;
	for (uint32_t i = 1; i < nall; i++)
		if (strcmp(all[i], all[k - 1]) != 0)
			all[k++] = all[i];
	nall = k;
	/* the strings belong to the first imports: copies, as those are replaced below */
	for (uint32_t i = 0; i < nall; i++) {
		char *t = malloc(strlen(all[i]) + 1);
		if (!t)
			internal_error("out of memory");
		all[i] = strcpy(t, all[i]);
	}
	for (uint32_t i = 0; i < n; i++) {
		if (!files[i].im || files[i].im->error || !has_suffix(files[i].path, ".before.mir"))
			continue;
		Diag dg = {0};
		size_t len;
		char *src = file_read(files[i].path, &len, &dg);
		if (!src)
			continue; /* read once already: reported then */
		import_free(files[i].im);
		files[i].im = import_mir_noglue(files[i].path, src, len, all, nall);
		free(src);
	}
	for (uint32_t i = 0; i < nall; i++)
		free(all[i]);
	free(all);
}

int import_dump_dir(const char *dir, FILE *out)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(stderr, "%s: error: not a directory of -Zdump-mir dumps\n", diag_path(dir));
		return 1;
	}
	DumpFile *files = NULL;
	uint32_t n = 0, cap = 0, nbefore = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		int before = has_suffix(e->d_name, ".StateTransform.before.mir");
		if (!before && !has_suffix(e->d_name, ".StateTransform.after.mir"))
			continue;
		nbefore += (uint32_t)before;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			files = realloc(files, cap * sizeof *files);
			if (!files)
				internal_error("out of memory");
		}
		size_t len = strlen(dir) + strlen(e->d_name) + 2;
		files[n].path = malloc(len);
		if (!files[n].path)
			internal_error("out of memory");
		snprintf(files[n].path, len, "%s/%s", dir, e->d_name);
		files[n++].im = NULL;
	}
	closedir(d);
	if (nbefore == 0) {
		fprintf(stderr, "%s: error: no *.StateTransform.before.mir (expected a -Zdump-mir-dir made with "
				"-Zdump-mir=StateTransform)\n", diag_path(dir));
		free(files);
		return 1;
	}
	qsort(files, n, sizeof *files, by_path); /* readdir's order is the file system's */
	int rc = 0;
	for (uint32_t i = 0; i < n; i++) {
		Diag dg = {0};
		size_t len;
		char *src = file_read(files[i].path, &len, &dg);
		if (!src) {
			diag_print(&dg, stderr);
			rc = 1;
			continue;
		}
		files[i].im = import_mir(files[i].path, src, len);
		free(src);
		/* a dump of a const, static or promoted (no fn in it) is not an error */
		if (files[i].im->error && !(files[i].im->mirfns == 0 && files[i].im->items > 0)) {
			fprintf(stderr, "%s\n", files[i].im->error);
			rc = 1;
		}
		if (i % 200 == 199)
			fprintf(stderr, "coroslim import: read %u of %u dumps\n", i + 1, n);
	}
	reimport_noglue(files, n);
	uint32_t ncoros = 0, nident = 0, nskipped = 0;
	uint64_t stmts = 0, opaque = 0;
	fprintf(out, "{\"coroutines\": [");
	for (uint32_t i = 0; i < n; i++) {
		Import *im = files[i].im;
		if (!im || im->error || !has_suffix(files[i].path, ".before.mir"))
			continue;
		for (uint32_t k = 0; k < im->ncoros; k++) {
			ImportedCoro *ic = &im->coros[k];
			char verdict[512];
			uint32_t st = ic->c.stmts + ic->c.terms, op = ic->c.opaque_stmts + ic->c.opaque_terms;
			const Import *ai = NULL;
			const char *apath = NULL;
			const ImportedCoro *ra = find_resume(files, n, files[i].path, ic->name, &ai, &apath);
			if (!ic->fn || ic->fn->kind != FN_CORO_BODY)
				snprintf(verdict, sizeof verdict, "skipped: %s", ic->why ? ic->why : "not a coroutine body");
			else if (!ra)
				snprintf(verdict, sizeof verdict, "skipped: no after-dump of %s read", ic->name);
			else
				compare(im->m, ic->fn, ai, ra->fn, apath, verdict, sizeof verdict);
			fprintf(out, "%s\n  {\"name\": ", ncoros ? "," : "");
			json_string(out, ic->name);
			fprintf(out, ", \"stmts\": %u, \"opaque\": %u, \"transform\": ", st, op);
			json_string(out, verdict);
			fputc('}', out);
			ncoros++;
			nident += strcmp(verdict, "identical") == 0;
			nskipped += strncmp(verdict, "skipped", 7) == 0;
			stmts += st, opaque += op;
		}
	}
	fprintf(out, "\n],\n\"totals\": {\"coroutines\": %u, \"identical\": %u, \"differs\": %u, \"skipped\": %u, "
		     "\"stmts\": %llu, \"opaque\": %llu}}\n",
		ncoros, nident, ncoros - nident - nskipped, nskipped, (unsigned long long)stmts, (unsigned long long)opaque);
	for (uint32_t i = 0; i < n; i++) {
		import_free(files[i].im);
		free(files[i].path);
	}
	free(files);
	return rc;
}
