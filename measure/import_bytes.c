/*
 * import_bytes.c — `coroslim import DUMPDIR --format=bytes` (issue 24 items 1 and 3,
 * issue 26 item 3): rustc's own sizes in imported coroutines; coroslim's layout of
 * rustc's before-StateTransform bodies against rustc's printed layout; what each
 * pass does to the future's bytes (RAM) on real code.
 *
 * DUMPDIR is a -Zdump-mir-dir made with -Zdump-mir=StateTransform (`make real-crates
 * DUMPS=1 KEEP=1`) holding `type-sizes.txt`, rustc's stdout of the same compile with
 * -Zprint-type-sizes (bench/real/rustc_wrap.sh, run.sh). Per
 * `*.StateTransform.before.mir`, as `coroslim check DUMPDIR` builds it
 * (measure/import_check.c: imported, model layouts, verified), the module gets a size
 * hook (Module.size_hook) that answers type_size/type_align with rustc's figures:
 *
 *   - a local's or upvar's type is looked up by the spelling rustc printed for that
 *     local in the dump (`let _5: {async fn body of mutex::Mutex<State>::lock()};`,
 *     `debug self => (_1.0: &Barrier)`), not by the importer's canonical spelling
 *     (which drops module paths, so `barrier::State` and `event_listener::State` are
 *     one TY_ADT): its -Zprint-type-sizes record (ADTs, closures, coroutines of this
 *     crate's compile), else by its structure: primitives, references and raw
 *     pointers (16 bytes to `str`, a slice or `dyn`, else 8), `[T; N]`, tuples
 *     (rustc reorders their fields: the sum of the sizes rounded up to the largest
 *     alignment), fn pointers;
 *   - a type it cannot size (a generic type, whose layout rustc never computes in
 *     its own crate) is counted, and every size computed with it is discarded;
 *   - the body's own coroutine is laid out by coroslim (ir/layout.c, rustc's
 *     algorithm) after its transform and after each pass.
 *
 * One JSON object per body: its name, rustc's size of its own type (null: no record,
 * a generic async fn or block), the first type not sized (null: all), the size after
 * coroslim's state transform and after each stage (each pass alone, release; the
 * Project Goal's four in order; all passes in order), and whether a stage failed to
 * verify, and the emitter's first error on the transformed module (null: `coroslim emit` would
 * write it; issue 24 item 7 asks for bytes through it). bench/real/bytes_section.py turns the
 * crates' JSON into bench/REAL.md's section.
 */
#define _XOPEN_SOURCE 700 /* PATH_MAX (crate.h) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crate.h"
#include "../passes/passes.h"

#define MAX_STAGES 16

typedef struct SizeCtx {
	const TypeSize **recs; uint32_t nrecs; /* sorted by type spelling */
	char **raw; uint32_t nraw;             /* per TypeId: rustc's spelling in the dump, or NULL */
	uint8_t *clash;                        /* per TypeId: two spellings of other sizes (the importer's
						  canonical spelling drops module paths: `mio::net::TcpStream`
						  and tokio's `net::tcp::stream::TcpStream` are one TY_ADT) */
	uint32_t unknown;                      /* types asked for and not sized */
	char first_unknown[200];
} SizeCtx;

static int rec_cmp(const void *a, const void *b)
{
	return strcmp((*(const TypeSize *const *)a)->type, (*(const TypeSize *const *)b)->type);
}

static const TypeSize *record(const SizeCtx *c, const char *spelling)
{
	TypeSize key = {.type = (char *)spelling};
	const TypeSize *kp = &key;
	const TypeSize **r = bsearch(&kp, c->recs, c->nrecs, sizeof *c->recs, rec_cmp);
	if (r || spelling[0] != '{')
		return r ? *r : NULL;
	/* a coroutine or closure as a signature prints it (`{async fn body of Semaphore::acquire()}`:
	 * paths trimmed) against the record's from the crate root: one match, else none */
	const TypeSize *one = NULL;
	for (uint32_t i = 0; i < c->nrecs; i++)
		if (c->recs[i]->type[0] == '{' && ts_same_up_to_tails(spelling, c->recs[i]->type)) {
			if (one && (one->size != c->recs[i]->size || one->align != c->recs[i]->align))
				return NULL;
			one = c->recs[i];
		}
	return one;
}

static const struct {
	const char *name;
	uint32_t size, align;
} prims[] = {{"bool", 1, 1}, {"char", 4, 4}, {"u8", 1, 1}, {"i8", 1, 1}, {"u16", 2, 2}, {"i16", 2, 2},
	     {"u32", 4, 4}, {"i32", 4, 4}, {"f32", 4, 4}, {"u64", 8, 8}, {"i64", 8, 8}, {"f64", 8, 8},
	     {"u128", 16, 16}, {"i128", 16, 16}, {"usize", 8, 8}, {"isize", 8, 8}, {"()", 0, 1}, {"!", 0, 1},
	     {"std::future::ResumeTy", 8, 8}};

/* s[0..n) split at top-level ", " into parts (at most max); the count */
static uint32_t split_top(const char *s, size_t n, const char **at, size_t *len, uint32_t max)
{
	uint32_t k = 0;
	int depth = 0;
	size_t start = 0;
	for (size_t i = 0; i <= n && k < max; i++) {
		char ch = i < n ? s[i] : ',';
		if (ch == '<' || ch == '(' || ch == '[' || ch == '{')
			depth++;
		else if ((ch == '>' && !(i && s[i - 1] == '-')) || ch == ')' || ch == ']' || ch == '}')
			depth--;
		else if (ch == ',' && depth == 0) {
			size_t b = start, e = i;
			while (b < e && s[b] == ' ')
				b++;
			if (e > b) {
				at[k] = s + b;
				len[k++] = e - b;
			}
			start = i + 1;
		}
	}
	return k;
}

static uint32_t round_up(uint32_t x, uint32_t a) { return a ? (x + a - 1) / a * a : x; }

static int spelled_size(const SizeCtx *c, const char *s, size_t n, uint32_t *size, uint32_t *align);

/* a pointer to s[0..n): 16 bytes when it is unsized (str, a slice, dyn), else 8 */
static void pointer_to(const char *s, size_t n, uint32_t *size, uint32_t *align)
{
	int slice = n >= 2 && s[0] == '[';
	for (size_t i = 1, depth = 0; slice && i + 1 < n; i++) { /* `[T; N]` is an array: thin */
		depth += s[i] == '[' || s[i] == '<' || s[i] == '(';
		depth -= s[i] == ']' || s[i] == '>' || s[i] == ')';
		if (depth == 0 && s[i] == ';')
			slice = 0;
	}
	/* std's unsized structs (and async-std's wrappers of them), by their last path segment */
	static const char *const dst[] = {"Path", "OsStr", "CStr"};
	size_t seg = n;
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == ':' && s[i + 1] == ':')
			seg = n - i - 2;
	int named = 0;
	for (size_t i = 0; i < sizeof dst / sizeof *dst; i++)
		named |= seg == strlen(dst[i]) && memcmp(s + n - seg, dst[i], seg) == 0;
	int fat = (n == 3 && memcmp(s, "str", 3) == 0) || slice || (n > 4 && memcmp(s, "dyn ", 4) == 0) || named;
	*size = fat ? 16 : 8;
	*align = 8;
}

static int spelled_size(const SizeCtx *c, const char *s, size_t n, uint32_t *size, uint32_t *align)
{
	char buf[4096];
	if (n >= sizeof buf)
		return 0;
	memcpy(buf, s, n);
	buf[n] = 0;
	const TypeSize *r = record(c, buf);
	if (r) {
		*size = (uint32_t)r->size, *align = (uint32_t)r->align;
		return 1;
	}
	for (size_t i = 0; i < sizeof prims / sizeof *prims; i++)
		if (strcmp(buf, prims[i].name) == 0) {
			*size = prims[i].size, *align = prims[i].align;
			return 1;
		}
	if (buf[0] == '&' || strncmp(buf, "*const ", 7) == 0 || strncmp(buf, "*mut ", 5) == 0) {
		const char *p = buf[0] == '&' ? buf + 1 : strchr(buf, ' ') + 1;
		if (*p == '\'') /* `&'a T` */
			p = strchr(p, ' ') ? strchr(p, ' ') + 1 : p;
		if (strncmp(p, "mut ", 4) == 0)
			p += 4;
		pointer_to(p, strlen(p), size, align);
		return 1;
	}
	if (strncmp(buf, "fn(", 3) == 0 || strncmp(buf, "unsafe fn(", 10) == 0 || strncmp(buf, "extern \"", 8) == 0) {
		*size = *align = 8;
		return 1;
	}
	const char *parts[64];
	size_t lens[64];
	if (buf[0] == '[' && buf[n - 1] == ']') { /* [T; N] */
		const char *semi = strrchr(buf, ';');
		uint32_t es, ea;
		if (!semi || !spelled_size(c, buf + 1, (size_t)(semi - buf - 1), &es, &ea))
			return 0;
		*size = es * (uint32_t)strtoul(semi + 1, NULL, 10), *align = ea;
		return 1;
	}
	if (buf[0] == '(' && buf[n - 1] == ')') { /* a tuple: rustc reorders its fields */
		uint32_t k = split_top(buf + 1, n - 2, parts, lens, 64), sum = 0, al = 1;
		if (k == 64)
			return 0;
		for (uint32_t i = 0; i < k; i++) {
			uint32_t fs, fa;
			if (!spelled_size(c, parts[i], lens[i], &fs, &fa))
				return 0;
			sum += fs;
			al = fa > al ? fa : al;
		}
		*size = round_up(sum, al), *align = al;
		return 1;
	}
	return 0;
}

/* Module.size_hook: rustc's figures for the types of an imported body. */
static int rustc_size(const Module *m, TypeId t, uint32_t *size, uint32_t *align)
{
	SizeCtx *c = m->size_ctx;
	const Type *ty = type_get(m, t);
	if (ty->kind == TY_CORO && m->coros[ty->coro].body) /* laid out by coroslim */
		return 0;
	switch (ty->kind) { /* the IR's own kinds: integers, bool, (), !, ResumeTy (rustc's sizes) */
	case TY_REF: case TY_REFMUT: case TY_RAWMUT: case TY_PIN: case TY_OPAQUE: case TY_ADT: case TY_CORO:
	case TY_POLL: case TY_TUPLE:
		break;
	case TY_CONTEXT: /* std's is only ever behind a reference; a crate's own `Context<'_>` (isahc's
			    interceptor::context::Context) reads as it, and is held by value */
		if (t < c->nraw && c->raw[t])
			break;
		return 0;
	default:
		return 0;
	}
	int clash = t < c->nraw && c->clash[t];
	if (!clash && t < c->nraw && c->raw[t] && spelled_size(c, c->raw[t], strlen(c->raw[t]), size, align))
		return 1;
	if (!clash && !(t < c->nraw && c->raw[t])) {
		switch (ty->kind) {
		case TY_REF: case TY_REFMUT: case TY_RAWMUT: case TY_PIN: {
			const Type *to = type_get(m, ty->a);
			const char *p = to->kind == TY_OPAQUE ? to->text : "";
			pointer_to(p, strlen(p), size, align);
			return 1;
		}
		case TY_OPAQUE: case TY_ADT: case TY_CORO: case TY_POLL: case TY_TUPLE:
			if (ty->text && spelled_size(c, ty->text, strlen(ty->text), size, align))
				return 1;
			break;
		default:
			break;
		}
	}
	if (!c->unknown++) {
		char *b = NULL;
		size_t len = 0;
		FILE *mem = open_memstream(&b, &len);
		if (!mem)
			internal_error("out of memory");
		type_print(m, t, mem);
		fclose(mem);
		snprintf(c->first_unknown, sizeof c->first_unknown, "%s%s", c->raw && t < c->nraw && c->raw[t] ? c->raw[t] : b,
			 clash ? " (and another type of another size the importer spells alike)" : "");
		free(b);
	}
	*size = 0, *align = 1;
	return 1;
}

/* `let [mut] _N: T;` and `debug x => (_1.K: T);` of the before-dump: rustc's spelling of each
 * local's and upvar's type, by TypeId (a TypeId two spellings share gets the first one) */
static void raw_spellings(SizeCtx *c, const Module *m, const Fn *body, const char *src)
{
	c->nraw = m->ntypes;
	c->raw = calloc(c->nraw ? c->nraw : 1, sizeof *c->raw);
	c->clash = calloc(c->nraw ? c->nraw : 1, 1);
	if (!c->raw || !c->clash)
		internal_error("out of memory");
	const Coroutine *co = &m->coros[body->coro];
	for (const char *l = src; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
		while (*l == ' ')
			l++;
		const char *end = strchr(l, '\n');
		size_t n = end ? (size_t)(end - l) : strlen(l);
		TypeId t = NO_ID;
		const char *ty = NULL;
		if (strncmp(l, "let ", 4) == 0) {
			const char *p = l + 4;
			if (strncmp(p, "mut ", 4) == 0)
				p += 4;
			unsigned long k = p[0] == '_' ? strtoul(p + 1, NULL, 10) : (unsigned long)-1;
			ty = strstr(p, ": ");
			if (k < body->nlocals && ty && ty < l + n)
				t = body->locals[k].ty;
		} else if (strncmp(l, "debug ", 6) == 0 && (ty = strstr(l, " => (_1.")) && ty < l + n) {
			unsigned long k = strtoul(ty + 8, NULL, 10);
			ty = strstr(ty, ": ");
			if (k < co->nupvars && ty && ty < l + n)
				t = co->upvars[k].ty;
		}
		if (t == NO_ID || t >= c->nraw)
			continue;
		const char *e = l + n; /* `T;` of a let, `T);` of a debug line */
		size_t tail = strncmp(l, "let ", 4) == 0 ? 1 : 2;
		if ((size_t)(e - ty - 2) <= tail || e[-1] != ';')
			continue;
		e -= tail;
		if (!c->raw[t]) {
			c->raw[t] = ts_strndup(ty + 2, (size_t)(e - ty - 2));
			continue;
		}
		uint32_t s1, a1, s2, a2;
		int k1 = spelled_size(c, c->raw[t], strlen(c->raw[t]), &s1, &a1);
		int k2 = spelled_size(c, ty + 2, (size_t)(e - ty - 2), &s2, &a2);
		if (k1 != k2 || (k1 && (s1 != s2 || a1 != a2)))
			c->clash[t] = 1;
	}
}

static void size_ctx_free(SizeCtx *c)
{
	for (uint32_t i = 0; i < c->nraw; i++)
		free(c->raw[i]);
	free(c->raw);
	free(c->clash);
	c->raw = NULL;
	c->clash = NULL;
	c->nraw = 0;
}

/* rustc's spelling of the body's own type: `fn NAME(_1: T, _2: std::future::ResumeTy)` */
static char *own_type(const char *src)
{
	const char *fn = strstr(src, "\nfn ");
	const char *a = fn ? strstr(fn, "(_1: ") : NULL;
	const char *b = a ? strstr(a, ", _2: ") : NULL;
	const char *nl = fn ? strchr(fn + 1, '\n') : NULL;
	if (!b || (nl && b > nl))
		return NULL;
	return ts_strndup(a + 5, (size_t)(b - a - 5));
}

typedef struct Stage {
	const char *name;
	const Pass *passes[MAX_STAGES];
	uint32_t n;
} Stage;

static uint32_t make_stages(Stage *st)
{
	uint32_t k = 0;
	st[k++] = (Stage){.name = "state_transform"};
	for (uint32_t i = 0; i < npipeline && k + 2 < MAX_STAGES; i++) {
		st[k] = (Stage){.name = pipeline[i].name, .n = 1};
		st[k++].passes[0] = &pipeline[i];
	}
	Stage four = {.name = "the four in order"}, all = {.name = "all in order"};
	for (uint32_t i = 0; i < npipeline; i++) {
		if (!pipeline[i].opt_in)
			four.passes[four.n++] = &pipeline[i];
		all.passes[all.n++] = &pipeline[i];
	}
	st[k++] = four;
	st[k++] = all;
	return k;
}

/* The body's future in bytes after one stage: 1 and *size, or 0 with why (not sized, a
 * verifier error, not built). */
/* Whether the emitter (measure/emit_rust.c) writes the lowered module as a crate: "" or its first
 * error without the location (issue 24 item 7: what it lacks for real code, construct by construct). */
static void emit_verdict(const Module *m, char *buf, size_t cap)
{
	FILE *sink = fopen("/dev/null", "w");
	if (!sink)
		internal_error("cannot open /dev/null");
	Diag d = {0};
	EmitOptions eo = {0};
	buf[0] = 0;
	if (emit_rust(m, &eo, sink, &d) != 0)
		snprintf(buf, cap, "%s", d.msg[0] ? d.msg : "emit failed");
	fclose(sink);
}

/* rustc printed a size for t (or t is one of the IR's own kinds): emit_import_crate's question */
static int rustc_sized(const Module *m, TypeId t)
{
	SizeCtx *c = m->size_ctx;
	uint32_t before = c->unknown, s, a;
	char first[sizeof c->first_unknown];
	memcpy(first, c->first_unknown, sizeof first);
	int r = rustc_size(m, t, &s, &a);
	int known = !r || c->unknown == before;
	c->unknown = before;
	memcpy(c->first_unknown, first, sizeof first);
	return known;
}

/* What flash mode asks of a stage: the crate (NULL: not emitted, with why) and its coroutine */
typedef struct StageCrate {
	char *text;
	char ident[1024];
	char why[400];
	uint32_t opaque; /* opaque statements of the resume fn and drop shim (written as loads or nothing) */
	uint32_t estimated; /* types rustc printed no size for, estimated (emit_import_crate) */
} StageCrate;

static void emit_stage_crate(Module *m, uint32_t ci, const uint8_t *dropped, uint32_t ndropped, StageCrate *sc)
{
	Diag d = {0};
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	if (!mem)
		internal_error("out of memory");
	int rc = emit_import_crate(m, dropped, ndropped, rustc_sized, mem, &d, &sc->estimated);
	fclose(mem);
	if (rc) {
		free(text);
		const char *msg = strstr(d.msg, "emit: ") ? strstr(d.msg, "emit: ") : d.msg;
		snprintf(sc->why, sizeof sc->why, "%s", msg);
		return;
	}
	sc->text = text;
	emit_rust_ident(m->coros[ci].name, sc->ident, sizeof sc->ident);
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		if (f->kind != FN_RESUME && f->kind != FN_DROP_SHIM)
			continue;
		for (BlockId b = 0; b < f->nblocks; b++)
			for (uint32_t k = 0; k < f->blocks[b].nstmts; k++)
				sc->opaque += f->blocks[b].stmts[k].kind == ST_NOP && f->blocks[b].stmts[k].x;
	}
}

static int stage_size(const char *path, char *src, size_t len, const Stage *st, const BuildOptions *o,
		      SizeCtx *c, uint32_t *size, char *why, size_t cap, char *emit, size_t emitcap, StageCrate *sc)
{
	Diag d = {0};
	Module *m = import_dump_module(path, src, len, o, &d);
	if (!m) {
		snprintf(why, cap, "not built: %s", d.msg);
		return 0;
	}
	uint32_t ci = NO_ID;
	const Fn *body = NULL;
	for (uint32_t i = 0; i < m->nfns && !body; i++)
		if (m->fns[i]->kind == FN_CORO_BODY && m->fns[i]->coro < m->ncoros)
			body = m->fns[i], ci = body->coro;
	int ok = 0;
	uint8_t *dropped = NULL;
	uint32_t ndropped = 0;
	if (body && sc) { /* rustc's MIR drops a value of the type: it has drop glue */
		ndropped = m->ntypes;
		dropped = calloc(ndropped + 1, 1);
		if (!dropped)
			internal_error("out of memory");
		for (uint32_t i = 0; i < m->nfns; i++)
			for (BlockId b = 0; b < m->fns[i]->nblocks; b++) {
				const Term *t = &m->fns[i]->blocks[b].term;
				if (m->fns[i]->blocks[b].has_term && t->kind == TK_DROP) {
					TypeId ty = place_type(m->fns[i], t->place);
					if (ty < ndropped)
						dropped[ty] = 1;
				}
			}
	}
	if (body) {
		raw_spellings(c, m, body, src);
		c->unknown = 0;
		m->size_hook = rustc_size;
		m->size_ctx = c;
		ok = module_lower(m, &d) == 0;
		for (uint32_t i = 0; ok && i < st->n; i++) {
			pass_run(m, st->passes[i], o);
			ok = verify_module(m, st->passes[i]->name, &d) == 0;
		}
		while (ok && m->coros[ci].replaced_by != NO_ID)
			ci = m->coros[ci].replaced_by;
		if (ok && emit)
			emit_verdict(m, emit, emitcap);
		if (!ok)
			snprintf(why, cap, "verify: %s", d.msg);
		else if (c->unknown) {
			snprintf(why, cap, "not sized: %s", c->first_unknown);
			ok = 0;
		} else if (!m->coros[ci].layout) {
			snprintf(why, cap, "no layout");
			ok = 0;
		} else {
			*size = m->coros[ci].layout->size;
			if (sc)
				emit_stage_crate(m, ci, dropped, ndropped, sc);
		}
		if (sc && !ok && !sc->why[0])
			snprintf(sc->why, sizeof sc->why, "%s", why);
		size_ctx_free(c);
	} else
		snprintf(why, cap, "no coroutine body");
	free(dropped);
	module_free(m);
	return ok;
}

/* dir's dump files and its type-sizes.txt (rustc's records, sorted by spelling into c): 0, or 1
 * with the error printed; close_sized_dir frees what it made */
static int open_sized_dir(const char *dir, char ***files, uint32_t *n, TypeSizes *ts, SizeCtx *c)
{
	*files = dump_list(dir, n, stderr);
	if (!*files)
		return 1;
	char tpath[PATH_MAX];
	snprintf(tpath, sizeof tpath, "%s/type-sizes.txt", dir);
	Diag dg = {0};
	size_t tlen;
	char *ttext = file_read(tpath, &tlen, &dg);
	if (!ttext) {
		fprintf(stderr, "%s: error: no type-sizes.txt (rustc's -Zprint-type-sizes output of the same compile)\n", diag_path(dir));
		dump_list_free(*files, *n);
		return 1;
	}
	type_sizes_parse(ttext, ts, 1);
	free(ttext);
	c->recs = malloc((ts->n ? ts->n : 1) * sizeof *c->recs);
	if (!c->recs)
		internal_error("out of memory");
	for (uint32_t i = 0; i < ts->n; i++)
		c->recs[c->nrecs++] = &ts->t[i];
	qsort(c->recs, c->nrecs, sizeof *c->recs, rec_cmp);
	return 0;
}

static void close_sized_dir(char **files, uint32_t n, TypeSizes *ts, SizeCtx *c)
{
	free(c->recs);
	type_sizes_free(ts);
	dump_list_free(files, n);
}

int import_bytes_dir(const char *dir, FILE *out)
{
	uint32_t n;
	char **files;
	SizeCtx c = {0};
	TypeSizes ts = {0};
	if (open_sized_dir(dir, &files, &n, &ts, &c))
		return 1;
	Stage st[MAX_STAGES];
	uint32_t nst = make_stages(st);
	BuildOptions o = {.release = 1};
	fprintf(out, "{\"dir\": ");
	json_string(out, dir);
	fprintf(out, ", \"records\": %u, \"stages\": [", ts.n);
	for (uint32_t k = 0; k < nst; k++) {
		fprintf(out, "%s", k ? ", " : "");
		json_string(out, st[k].name);
	}
	fprintf(out, "],\n\"coroutines\": [");
	uint32_t bodies = 0;
	for (uint32_t i = 0; i < n; i++) {
		size_t len;
		Diag dg = {0};
		char *src = file_read(files[i], &len, &dg);
		if (!src)
			continue;
		Import *probe = import_mir(files[i], src, len);
		int body = !probe->error && probe->ncoros > 0;
		char name[600];
		snprintf(name, sizeof name, "%s", body ? probe->coros[0].name : "");
		import_free(probe);
		if (!body) {
			free(src);
			continue;
		}
		char *own = own_type(src);
		const TypeSize *r = own ? record(&c, own) : NULL;
		fprintf(out, "%s\n {\"name\": ", bodies++ ? "," : "");
		json_string(out, name);
		fprintf(out, ", \"type\": ");
		json_string(out, own ? own : "?");
		if (r)
			fprintf(out, ", \"rustc\": %llu", (unsigned long long)r->size);
		else
			fprintf(out, ", \"rustc\": null");
		fprintf(out, ", \"sizes\": [");
		char why[300] = "", first_why[300] = "", emit[400] = "?";
		for (uint32_t k = 0; k < nst; k++) {
			uint32_t size;
			if (stage_size(files[i], src, len, &st[k], &o, &c, &size, why, sizeof why, k ? NULL : emit,
				       sizeof emit, NULL))
				fprintf(out, "%s%u", k ? ", " : "", size);
			else {
				fprintf(out, "%snull", k ? ", " : "");
				if (!first_why[0])
					snprintf(first_why, sizeof first_why, "%s", why);
			}
		}
		fprintf(out, "], \"why\": ");
		if (first_why[0])
			json_string(out, first_why);
		else
			fprintf(out, "null");
		fprintf(out, ", \"emit\": "); /* null: the emitter writes it */
		if (emit[0])
			json_string(out, emit);
		else
			fprintf(out, "null");
		fputc('}', out);
		free(own);
		free(src);
		if (bodies % 100 == 0)
			fprintf(stderr, "coroslim import: sized %u coroutine bodies of %u dumps\n", bodies, i + 1);
	}
	fprintf(out, "\n]}\n");
	close_sized_dir(files, n, &ts, &c);
	return 0;
}

/* `coroslim import DUMPDIR --format=flash [--opt-level=z|s|3]` (issue 24 item 7, issue 26
 * item 3): per body sized at a stage, the crate emit_import_crate writes for it after
 * that stage, compiled by rustc for x86_64 (measure/flash.c); its coroutine's poll and
 * drop bytes. JSON: per body its future bytes and, per stage, the machine-code bytes
 * (null: not sized, not emitted, or rustc rejected the crate: `why` says which first). */
typedef struct FlashBody {
	char name[600];
	uint32_t size[MAX_STAGES];
	uint8_t sized[MAX_STAGES];
	char why[300];
	StageCrate sc[MAX_STAGES];
	uint32_t job[MAX_STAGES]; /* index into jobs, or NO_ID */
} FlashBody;

int import_flash_dir(const char *dir, const char *opt_level, FILE *out)
{
	uint32_t n;
	char **files;
	SizeCtx c = {0};
	TypeSizes ts = {0};
	if (open_sized_dir(dir, &files, &n, &ts, &c))
		return 1;
	Stage st[MAX_STAGES];
	uint32_t nst = make_stages(st);
	BuildOptions o = {.release = 1};
	FlashBody *bodies = calloc(n + 1, sizeof *bodies);
	FlashJob *jobs = calloc((size_t)n * nst + 1, sizeof *jobs);
	if (!bodies || !jobs)
		internal_error("out of memory");
	uint32_t nb = 0, nj = 0;
	for (uint32_t i = 0; i < n; i++) {
		size_t len;
		Diag dg = {0};
		char *src = file_read(files[i], &len, &dg);
		if (!src)
			continue;
		Import *probe = import_mir(files[i], src, len);
		int body = !probe->error && probe->ncoros > 0;
		FlashBody *b = &bodies[nb];
		snprintf(b->name, sizeof b->name, "%s", body ? probe->coros[0].name : "");
		import_free(probe);
		if (!body) {
			free(src);
			continue;
		}
		nb++;
		for (uint32_t k = 0; k < nst; k++) {
			char why[300] = "", emit[8];
			b->job[k] = NO_ID;
			b->sized[k] = (uint8_t)stage_size(files[i], src, len, &st[k], &o, &c, &b->size[k], why, sizeof why, NULL, 0,
							  &b->sc[k]);
			if (!b->sized[k] && !b->why[0])
				snprintf(b->why, sizeof b->why, "%s", why);
			(void)emit;
			if (!b->sc[k].text)
				continue;
			FlashJob *j = &jobs[nj];
			j->text = b->sc[k].text;
			snprintf(j->ident, sizeof j->ident, "%s", b->sc[k].ident);
			j->same_as = NO_ID;
			for (uint32_t q = 0; q < k; q++) /* a stage that changed nothing: the same crate */
				if (b->job[q] != NO_ID && strcmp(jobs[b->job[q]].text, j->text) == 0) {
					j->same_as = jobs[b->job[q]].same_as != NO_ID ? jobs[b->job[q]].same_as : b->job[q];
					break;
				}
			b->job[k] = nj++;
		}
		free(src);
		if (nb % 50 == 0)
			fprintf(stderr, "coroslim import: emitted %u coroutine bodies of %u dumps\n", nb, i + 1);
	}
	int par = jobs_default();
	fprintf(stderr, "coroslim import: %u crates to compile (rustc, %d at a time)\n", nj, par);
	int rc = flash_run(jobs, nj, opt_level, 0, par) == 0 ? 0 : 1;
	for (uint32_t i = 0; i < nj; i++)
		if (strcmp(jobs[i].err, "rustc not found") == 0) { /* every body's figures are missing: an error */
			fprintf(stderr, "coroslim: error: --format=flash needs rustc 1.95, and `%s` was not found\n",
				getenv("RUSTC") && *getenv("RUSTC") ? getenv("RUSTC") : "rustc");
			rc = 1;
			break;
		}
	fprintf(out, "{\"dir\": ");
	json_string(out, dir);
	fprintf(out, ", \"target\": \"x86_64\", \"opt_level\": ");
	json_string(out, opt_level);
	fprintf(out, ", \"panic\": \"unwind\", \"stages\": [");
	for (uint32_t k = 0; k < nst; k++) {
		fprintf(out, "%s", k ? ", " : "");
		json_string(out, st[k].name);
	}
	fprintf(out, "],\n\"coroutines\": [");
	for (uint32_t i = 0; i < nb; i++) {
		FlashBody *b = &bodies[i];
		fprintf(out, "%s\n {\"name\": ", i ? "," : "");
		json_string(out, b->name);
		fprintf(out, ", \"sizes\": [");
		for (uint32_t k = 0; k < nst; k++)
			b->sized[k] ? fprintf(out, "%s%u", k ? ", " : "", b->size[k]) : fprintf(out, "%snull", k ? ", " : "");
		const char *fwhy = NULL;
		for (int part = 0; part < 3; part++) {
			fprintf(out, "], \"%s\": [", part == 0 ? "flash" : part == 1 ? "poll" : "drop");
			for (uint32_t k = 0; k < nst; k++) {
				const FlashJob *j = b->job[k] != NO_ID ? &jobs[b->job[k]] : NULL;
				if (j && j->ok)
					fprintf(out, "%s%llu", k ? ", " : "",
						(unsigned long long)(part == 0 ? j->poll + j->drop : part == 1 ? j->poll : j->drop));
				else {
					fprintf(out, "%snull", k ? ", " : "");
					if (!fwhy)
						fwhy = j ? j->err : b->sc[k].why[0] ? b->sc[k].why : b->why;
				}
			}
		}
		fprintf(out, "], \"opaque\": %u, \"estimated\": %u, \"why\": ", b->sc[0].opaque, b->sc[0].estimated);
		if (fwhy && fwhy[0])
			json_string(out, fwhy);
		else
			fprintf(out, "null");
		fputc('}', out);
		for (uint32_t k = 0; k < nst; k++)
			free(b->sc[k].text);
	}
	fprintf(out, "\n]}\n");
	free(bodies);
	free(jobs);
	close_sized_dir(files, n, &ts, &c);
	return rc;
}
