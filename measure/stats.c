/*
 * stats.c — `coroslim stats`: what each pass saves, counted as rustc would.
 *
 * Per coroutine, after lowering and after each pass in order: states (layout
 * variants; 0 once a pass replaced the coroutine by another future), blocks
 * and statements of the resume function (terminators included; StorageLive/
 * StorageDead/nop/PlaceMention excluded, as rustc's final MIR at O0 has none),
 * and the future's size in bytes (for a replaced coroutine, the size of the
 * future that replaces it). Beside it, the sync twin: the same fn with async
 * and .await removed and yield_now() dropped (twin.c).
 */
#include <stdlib.h>
#include <string.h>

#include "measure.h"
#include "../ir/thread.h"


#define MAX_STAGES 8

typedef struct StageStats {
	uint32_t states, blocks, stmts, size;
} StageStats;

typedef struct CoroStats {
	char *file, *name;
	StageStats stage[MAX_STAGES];
	int has_sync;
	int async_fn; /* an `async fn` (async blocks have no sync twin) */
	FnStats sync;
} CoroStats;

typedef struct StatsRun {
	CoroStats *rows;
	uint32_t nrows, caprows;
	uint32_t first_row; /* of the file being measured */
	uint32_t nstages;
	const char *stage_name[MAX_STAGES];
} StatsRun;

static uint32_t coro_size(const Module *m, const Coroutine *c)
{
	while (c->replaced_by != NO_ID)
		c = &m->coros[c->replaced_by];
	return c->layout ? c->layout->size : 0;
}

static StageStats measure(const Module *m, const Coroutine *c)
{
	StageStats s = {0, 0, 0, coro_size(m, c)};
	if (c->replaced_by != NO_ID)
		return s;
	s.states = c->layout ? c->layout->nvariants : 0;
	const Fn *f = c->resume ? module_find_fn(m, c->resume) : NULL;
	if (f) {
		FnStats fs = fn_stats(f, 1);
		s.blocks = fs.blocks;
		s.stmts = fs.stmts;
	}
	return s;
}

typedef struct Record {
	const Module *m;
	StatsRun *r;
	uint32_t stage;
} Record;

static void record_range(void *ctx, uint32_t begin, uint32_t end, int worker)
{
	Record *rc = ctx;
	(void)worker;
	for (uint32_t i = begin; i < end; i++)
		rc->r->rows[rc->r->first_row + i].stage[rc->stage] = measure(rc->m, &rc->m->coros[i]);
}

/* On several threads (parallel.c): each coroutine's row is its own. */
static void record_stage(const Module *m, StatsRun *r, uint32_t stage)
{
	Record rc = {m, r, stage};
	parallel_for(m->ncoros, jobs_for(m->jobs, m->ncoros, CHEAP_LOOP_MIN), 64, record_range, &rc);
}

static void after_pass(const Module *m, const Pass *p, void *ud)
{
	StatsRun *r = ud;
	(void)p;
	uint32_t stage = r->nstages++;
	if (m->pass_changed != 0) {
		record_stage(m, r, stage);
		return;
	}
	/* the pass changed nothing: the stage before's figures, without walking every
	 * body again (a 100k-let fn's blocks and statements are 40 MB, out of cache) */
	for (uint32_t i = 0; i < m->ncoros; i++)
		r->rows[r->first_row + i].stage[stage] = r->rows[r->first_row + i].stage[stage - 1];
}

/* The sync twin of a .rs file (NULL: it has none, e.g. a future stored in a
 * variable: reported as null). */
static Module *build_twin(const char *path, const BuildOptions *o)
{
	Diag d = {0};
	size_t len, tlen;
	char *src = file_read(path, &len, &d);
	if (!src)
		return NULL;
	char *twin = sync_twin_source(src, len, &tlen);
	free(src);
	BuildOptions to = *o;
	to.jobs = 1; /* one thread: the module's build has the others */
	to.count_only = 1; /* not compacted nor verified (but in the sanitizer build): only counted */
	d.file = path;
	Module *t = frontend_build(path, twin, tlen, &to, &d);
	free(twin);
	return t;
}

/* The twin's statement counts for every async fn of the file (rows
 * first_row.. of r). */
static void record_twins(const Module *t, StatsRun *r)
{
	for (uint32_t i = r->first_row; i < r->nrows; i++) {
		if (!r->rows[i].async_fn)
			continue;
		const Fn *f = module_find_fn(t, r->rows[i].name);
		if (!f && strstr(r->rows[i].name, "::{closure#")) {
			/* items29: a nested async fn's twin is a child of the sync twins of the bodies around
			 * it, which have no closures: `outer::{closure#0}::helper` is `outer::helper` there
			 * (two of one name in different async blocks of one fn are siblings there, `step` and
			 * `step#1`: such a twin is looked up by this name and may be the other's) */
			char *plain = str_dup(r->rows[i].name);
			if (!plain)
				internal_error("out of memory");
			for (char *c; (c = strstr(plain, "::{closure#"));) {
				char *e = strchr(c + 2, '}');
				memmove(c, e + 1, strlen(e + 1) + 1);
			}
			f = module_find_fn(t, plain);
			free(plain);
		}
		if (f && f->kind == FN_SYNC) {
			r->rows[i].has_sync = 1;
			r->rows[i].sync = fn_stats(f, 1);
		}
	}
}

/* The sync twin is built on a thread of its own, started with the file, while
 * this one builds the file's module (its bodies on the loop threads of
 * parallel.c, beside the twin's) and runs the pipeline. The two share nothing mutable
 * (each thread has its own chunk pool and scratch stack, ir/arena.c; the twin
 * thread writes only its job, this one the rows, the twin's counts once it
 * has joined), so the counts do not depend on the timing. */
typedef struct TwinJob {
	const char *path;
	const BuildOptions *o;
	Module *t;
} TwinJob;

static int twin_thread(void *arg)
{
	TwinJob *j = arg;
	/* the module's build and pipeline first: the twin fills the CPU time
	 * they leave idle (its parse beside theirs, their one-thread phases) */
	thread_background();
	j->t = build_twin(j->path, j->o);
	arena_thread_done();
	return 0;
}

/* Frees m unless the process exits right after the last file: freeing a
 * module of 100k coroutines takes 0.2 s, exit does it at no cost. Under
 * AddressSanitizer every module is freed: its leak check runs at exit. */
static void release(Module *m, const BuildOptions *o, int last)
{
	if (!o->exiting || !last || COROSLIM_ASAN)
		module_free(m);
}

static int measure_file(const char *path, const Pass *const *list, uint32_t n, const BuildOptions *o,
			StatsRun *r, int last)
{
	TwinJob job = {.path = path, .o = o};
	Thread t;
	int rs = has_suffix(path, ".rs");
	/* --jobs=1 (or one CPU): one thread, the twin after the module */
	int threaded = rs && jobs_for(o->jobs, 2, 0) > 1 && thread_start(&t, twin_thread, &job) == 0;
	Diag d = {0};
	Module *m = module_load_lowered(path, o, &d);
	int rc = 0;
	if (!m) {
		diag_print(&d, stderr);
		rc = 1;
		goto done;
	}
	r->first_row = r->nrows;
	for (uint32_t i = 0; i < m->ncoros; i++) {
		if (r->nrows == r->caprows) {
			r->caprows = r->caprows ? r->caprows * 2 : 64;
			r->rows = realloc(r->rows, r->caprows * sizeof *r->rows);
			if (!r->rows)
				internal_error("out of memory");
		}
		CoroStats *row = &r->rows[r->nrows++];
		memset(row, 0, sizeof *row);
		row->file = str_dup(path);
		row->name = str_dup(m->coros[i].name);
		row->async_fn = m->coros[i].kind == CORO_ASYNC_FN;
	}
	r->nstages = 1;
	record_stage(m, r, 0);
	if (pipeline_run(m, list, n, o, &d, after_pass, r) != 0) {
		diag_print(&d, stderr);
		rc = 1;
	}
	release(m, o, last);
done:
	if (threaded)
		thread_join(t);
	else if (rs && rc == 0)
		job.t = build_twin(path, o);
	if (job.t && rc == 0)
		record_twins(job.t, r);
	release(job.t, o, last);
	return rc;
}

/* Appends to a line buffer: printf's format parsing costs more than the rest
 * of the output at 100k coroutines. */
typedef struct Line {
	char buf[512];
	size_t n;
} Line;

static void line_str(Line *l, const char *s)
{
	size_t k = strlen(s);
	if (k > sizeof l->buf - 1 - l->n)
		k = sizeof l->buf - 1 - l->n;
	memcpy(l->buf + l->n, s, k);
	l->n += k;
}

static void line_u32(Line *l, uint32_t v)
{
	char d[10];
	int k = 0;
	do
		d[k++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	while (k > 0 && l->n < sizeof l->buf - 1)
		l->buf[l->n++] = d[--k];
}

static void json_stage(FILE *out, int comma, const char *name, const StageStats *st)
{
	Line l = {.n = 0};
	line_str(&l, comma ? ",{\"stage\":\"" : "{\"stage\":\"");
	line_str(&l, name);
	line_str(&l, "\",\"states\":");
	line_u32(&l, st->states);
	line_str(&l, ",\"blocks\":");
	line_u32(&l, st->blocks);
	line_str(&l, ",\"stmts\":");
	line_u32(&l, st->stmts);
	line_str(&l, ",\"size\":");
	line_u32(&l, st->size);
	line_str(&l, "}");
	fwrite(l.buf, 1, l.n, out);
}

static void print_json(const StatsRun *r, FILE *out)
{
	StageStats tot[MAX_STAGES] = {{0}};
	FnStats sync_tot = {0, 0};
	fputs("{\"coroutines\":[", out);
	for (uint32_t i = 0; i < r->nrows; i++) {
		const CoroStats *c = &r->rows[i];
		fprintf(out, "%s\n {\"file\":", i ? "," : "");
		json_string(out, c->file);
		fputs(",\"name\":", out);
		json_string(out, c->name);
		fputs(",\"stages\":[", out);
		for (uint32_t s = 0; s < r->nstages; s++) {
			const StageStats *st = &c->stage[s];
			json_stage(out, s != 0, r->stage_name[s], st);
			tot[s].states += st->states, tot[s].blocks += st->blocks;
			tot[s].stmts += st->stmts, tot[s].size += st->size;
		}
		if (c->has_sync) {
			fprintf(out, "],\"sync\":{\"blocks\":%u,\"stmts\":%u}}", c->sync.blocks, c->sync.stmts);
			sync_tot.blocks += c->sync.blocks, sync_tot.stmts += c->sync.stmts;
		} else {
			fputs("],\"sync\":null}", out);
		}
	}
	fputs("\n],\"totals\":{\"stages\":[", out);
	for (uint32_t s = 0; s < r->nstages; s++)
		json_stage(out, s != 0, r->stage_name[s], &tot[s]);
	fprintf(out, "],\"sync\":{\"blocks\":%u,\"stmts\":%u}}}\n", sync_tot.blocks, sync_tot.stmts);
}

/* One CSV field (RFC 4180): quoted when asked or when it holds a comma, a quote or a line break, a quote
 * inside doubled. A file named `c,m.rs` was written bare and split its row into one column more
 * (hunt26). */
static void csv_field(FILE *out, const char *s, int quote)
{
	if (!quote && !strpbrk(s, ",\"\r\n")) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void print_csv(const StatsRun *r, FILE *out)
{
	fputs("file,coroutine,stage,states,blocks,stmts,size,sync_blocks,sync_stmts\n", out);
	for (uint32_t i = 0; i < r->nrows; i++) {
		const CoroStats *c = &r->rows[i];
		for (uint32_t s = 0; s < r->nstages; s++) {
			const StageStats *st = &c->stage[s];
			csv_field(out, c->file, 0);
			fputc(',', out);
			csv_field(out, c->name, 1);
			fprintf(out, ",%s,%u,%u,%u,%u,", r->stage_name[s], st->states, st->blocks, st->stmts, st->size);
			if (c->has_sync)
				fprintf(out, "%u,%u\n", c->sync.blocks, c->sync.stmts);
			else
				fputs(",\n", out);
		}
	}
}

static void print_table(const StatsRun *r, FILE *out)
{
	StageStats tot[MAX_STAGES] = {{0}};
	FnStats sync_tot = {0, 0};
	fprintf(out, "%-40s %-20s %6s %6s %6s %6s %10s\n", "coroutine", "stage", "states", "blocks", "stmts", "bytes",
		"sync stmts");
	for (uint32_t i = 0; i < r->nrows; i++) {
		const CoroStats *c = &r->rows[i];
		for (uint32_t s = 0; s < r->nstages; s++) {
			const StageStats *st = &c->stage[s];
			fprintf(out, "%-40s %-20s %6u %6u %6u %6u", s ? "" : c->name, r->stage_name[s], st->states,
				st->blocks, st->stmts, st->size);
			if (s == 0 && c->has_sync)
				fprintf(out, " %10u", c->sync.stmts);
			fputc('\n', out);
			tot[s].states += st->states, tot[s].blocks += st->blocks;
			tot[s].stmts += st->stmts, tot[s].size += st->size;
		}
		if (c->has_sync)
			sync_tot.blocks += c->sync.blocks, sync_tot.stmts += c->sync.stmts;
	}
	for (uint32_t s = 0; s < r->nstages; s++) {
		fprintf(out, "%-40s %-20s %6u %6u %6u %6u", s ? "" : "TOTAL", r->stage_name[s], tot[s].states,
			tot[s].blocks, tot[s].stmts, tot[s].size);
		if (s == 0)
			fprintf(out, " %10u", sync_tot.stmts);
		fputc('\n', out);
	}
	if (sync_tot.stmts)
		fprintf(out, "async/sync statement ratio: %.2f after lowering, %.2f after %s\n",
			(double)tot[0].stmts / sync_tot.stmts, (double)tot[r->nstages - 1].stmts / sync_tot.stmts,
			r->stage_name[r->nstages - 1]);
}

int stats_files(const char *const *files, int nfiles, const char *passes, const BuildOptions *o, const char *format,
		FILE *out)
{
	const Pass *list[MAX_STAGES - 1];
	Diag d = {0};
	int n = pipeline_select(passes, list, MAX_STAGES - 1, &d);
	if (n < 0) { /* a location-less message (diag_print wrote `<input>: error:`) */
		fprintf(stderr, "coroslim: %s\n", diag_msg(&d));
		return 2;
	}
	StatsRun r = {0};
	r.stage_name[0] = "lower";
	for (int i = 0; i < n; i++)
		r.stage_name[i + 1] = list[i]->name;
	int status = 0;
	for (int i = 0; i < nfiles; i++)
		if (measure_file(files[i], list, (uint32_t)n, o, &r, i == nfiles - 1) != 0)
			status = 1;
	r.nstages = (uint32_t)n + 1;
	if (status == 0) {
		if (strcmp(format, "json") == 0)
			print_json(&r, out);
		else if (strcmp(format, "csv") == 0)
			print_csv(&r, out);
		else
			print_table(&r, out);
	}
	for (uint32_t i = 0; i < r.nrows; i++)
		free(r.rows[i].file), free(r.rows[i].name);
	free(r.rows);
	return status;
}
