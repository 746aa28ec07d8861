/* check.c — `coroslim run` and `coroslim check`: the differential checker.
 *
 * check: for every async fn of a file, under every schedule, the trace of
 * the program before the state transform (the coroutine bodies interpreted
 * as suspended frames) is the reference; the trace after the transform,
 * after each named pass alone and after all of them in order must equal it,
 * up to the allowed differences below.
 *
 * Schedules, from the reference run to completion that took P polls:
 *   complete         poll until Ready or a panic, then drop
 *   cancel after K   K = 0 .. P-1: poll K times, then drop the pending future
 *   repoll           poll to completion, poll once more, then drop
 *
 * The allowed-difference relation (trace_equivalent). `got` may differ from
 * `want` only at the extra poll of the repoll schedule, where rustc panics
 * with "`async fn` resumed after completion|panicking" (async blocks too):
 *   (a) release builds only (panic-to-pending): the pair
 *         panic "... resumed after completion|panicking" ; repoll -> panicked
 *       may be replaced by the single event  repoll -> Pending
 *   (b) any build (elide-awaitless; inline-single-await's form B over a
 *       future that answers Ready again): if the future completed with
 *       Ready(v), the pair
 *         panic "... resumed after completion" ; repoll -> panicked
 *       may be replaced by the single event  repoll -> Ready(v)  (same v; a
 *       body that re-ran side effects would show extra events: not allowed),
 *       followed by the events of dropping that second v, the same as those
 *       that followed the completing poll's Ready(v) (the executor drops a
 *       Ready value after its event)
 *   (c) any build (elide-awaitless, done bit): after a panic, the re-poll may
 *       panic with "... resumed after completion" instead of "... resumed
 *       after panicking" (one bit cannot tell the two apart; both are panics
 *       on an illegal poll, which the contract leaves unspecified)
 *   (d) any build (inline-single-await's form B over an external future of
 *       imported code that is not a coroutine: a hand-written `impl Future`):
 *       the pair
 *         panic "... resumed after completion" ; repoll -> panicked
 *       may be replaced by the pair
 *         extern poll F(H) -> X ; repoll -> R     (any X, any R)
 *       when `want` polled F in that very state before (an `extern poll F(H)`
 *       event of the same F and value hash H): C, kept in its Suspend state,
 *       forwards the illegal poll to the future it awaited last, whose own
 *       illegal poll the Future contract leaves unspecified (not UB); C's
 *       postamble, pure, adds no event between the two (one that did is a
 *       difference)
 * Under panic=abort the illegal poll's panic aborts the process, so `want`
 * ends with   panic "... resumed after ..." ; abort "..."   and (a) and (b)
 * replace that pair by the repoll event, after which `got` may only drop the
 * completed future (nothing observable) and report the result.
 * Everything else — every observe, every drop-time event, every poll result,
 * panic messages, the final result — must be identical, in order.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "measure.h"

#define MAX_STAGE_PASSES 16
#define MAX_ARGSETS 256

/* ---------------------------------------------------------------------- */
/* The allowed-difference relation                                        */
/* ---------------------------------------------------------------------- */

static int is_resumed_panic(const Event *e, int completion_only)
{
	if (e->kind != EV_PANIC)
		return 0;
	const char *p = e->text;
	if (strncmp(p, "`async fn` ", 11) != 0) /* async blocks too (AK_RESUMED_AFTER_RETURN) */
		return 0;
	p += 11;
	if (strcmp(p, "resumed after completion") == 0)
		return 1;
	return !completion_only && strcmp(p, "resumed after panicking") == 0;
}

static int event_equal(const Event *a, const Event *b)
{
	return a->kind == b->kind && a->n == b->n && strcmp(a->text, b->text) == 0;
}

/* The Ready(v) text of the poll that completed the future, else NULL. */
static const char *first_poll_ready(const Trace *t)
{
	if (t->done_at_poll == 0)
		return NULL;
	for (uint32_t i = 0; i < t->n; i++)
		if (trace_ev(t, i)->kind == EV_POLL && trace_ev(t, i)->n == t->done_at_poll)
			return strncmp(trace_ev(t, i)->text, "Ready(", 6) == 0 ? trace_ev(t, i)->text : NULL;
	return NULL;
}

/* (b)'s second Ready(v): the executor drops a Ready poll's value after its event
 * (interp_exec.c, drop_ready_value), so the events of dropping v (a Guard's
 * observe, an extern drop of imported code) follow `repoll -> Ready(v)` in `got`
 * as they followed the completing poll in `want`, where they are want[k+1..i)
 * (the completing poll is event k, the illegal poll's panic event i). How many
 * events of got from j on repeat them: that count, or -1 when they differ. any_value: (d)'s R is
 * any value, so an `extern drop T(H)` of got matches one of want of the same T whatever its hash H. */
static int ready_value_events_again(const Trace *want, uint32_t i, const Trace *got, uint32_t j, int any_value)
{
	uint32_t k = i;
	while (k > 0 && !(trace_ev(want, k - 1)->kind == EV_POLL && trace_ev(want, k - 1)->n == want->done_at_poll))
		k--;
	if (k == 0)
		return -1;
	uint32_t n = i - k; /* want[k..i): the value's drop events */
	if (j + n > got->n)
		return -1;
	for (uint32_t e = 0; e < n; e++) {
		const Event *a = trace_ev(want, k + e), *b = trace_ev(got, j + e);
		if (event_equal(a, b))
			continue;
		const char *pa = any_value && a->kind == EV_EXTERN && b->kind == EV_EXTERN &&
					 strncmp(a->text, "drop ", 5) == 0 ? strrchr(a->text, '(') : NULL;
		const char *pb = pa ? strrchr(b->text, '(') : NULL;
		if (!pa || !pb || pa - a->text != pb - b->text || strncmp(a->text, b->text, (size_t)(pa - a->text)) != 0)
			return -1;
	}
	return (int)n;
}

/* From event k on, nothing but the drop of a completed future and the result. */
static int only_drop_and_result(const Trace *t, uint32_t k)
{
	for (; k < t->n; k++)
		if (trace_ev(t, k)->kind != EV_DROP && trace_ev(t, k)->kind != EV_RESULT)
			return 0;
	return 1;
}

/* (d): event g is `extern poll F(H) -> ..` and want[0..i) has an
 * `extern poll F(H) -> ..` of the same F and H. */
static int repolls_awaited(const Trace *want, uint32_t i, const Event *g)
{
	if (g->kind != EV_EXTERN || strncmp(g->text, "poll ", 5) != 0)
		return 0;
	const char *arrow = strstr(g->text, " -> ");
	if (!arrow)
		return 0;
	size_t n = (size_t)(arrow - g->text) + 4;
	for (uint32_t k = 0; k < i; k++)
		if (trace_ev(want, k)->kind == EV_EXTERN && strncmp(trace_ev(want, k)->text, g->text, n) == 0)
			return 1;
	return 0;
}

/* Walks both traces from event `from` (the events before it are known to be
 * equal pairwise); *wi, *gi end at the first difference. */
static int trace_compare(const Trace *want, const Trace *got, const BuildOptions *o, uint32_t from, uint32_t *wi,
			 uint32_t *gi)
{
	uint32_t i = from, j = from;
	while (i < want->n && j < got->n) {
		const Event *w = trace_ev(want, i), *g = trace_ev(got, j);
		if (event_equal(w, g)) {
			i++, j++;
			continue;
		}
		int pair = i + 1 < want->n && trace_ev(want, i + 1)->kind == EV_REPOLL &&
			   strcmp(trace_ev(want, i + 1)->text, "panicked") == 0 && g->kind == EV_REPOLL;
		if (pair && o->release && is_resumed_panic(w, 0) && strcmp(g->text, "Pending") == 0) {
			i += 2, j++; /* (a) */
			continue;
		}
		/* (c) */
		int want_pair = i + 1 < want->n && trace_ev(want, i + 1)->kind == EV_REPOLL &&
				strcmp(trace_ev(want, i + 1)->text, "panicked") == 0;
		if (want_pair && is_resumed_panic(w, 0) && !is_resumed_panic(w, 1) && is_resumed_panic(g, 1) &&
		    j + 1 < got->n && trace_ev(got, j + 1)->kind == EV_REPOLL && strcmp(trace_ev(got, j + 1)->text, "panicked") == 0) {
			i += 2, j += 2;
			continue;
		}
		const char *v = first_poll_ready(want);
		int again = v && strcmp(g->text, v) == 0 ? ready_value_events_again(want, i, got, j + 1, 0) : -1;
		if (pair && is_resumed_panic(w, 1) && again >= 0) {
			i += 2, j += 1 + (uint32_t)again; /* (b) */
			continue;
		}
		/* (d) */
		int fwd = is_resumed_panic(w, 1) && j + 1 < got->n && trace_ev(got, j + 1)->kind == EV_REPOLL &&
			  repolls_awaited(want, i, g);
		/* a Ready R is dropped after its event, as the completing poll's value was: when R's drop
		 * events are the first value's, they are part of the forwarded poll */
		int fwd_again = fwd && strncmp(trace_ev(got, j + 1)->text, "Ready(", 6) == 0
					? ready_value_events_again(want, i, got, j + 2, 1)
					: -1;
		if (fwd_again < 0)
			fwd_again = 0;
		if (fwd && want_pair) {
			i += 2, j += 2 + (uint32_t)fwd_again;
			continue;
		}
		if (fwd && i + 2 == want->n && trace_ev(want, i + 1)->kind == EV_ABORT &&
		    only_drop_and_result(got, j + 2 + (uint32_t)fwd_again)) {
			i = want->n, j = got->n;
			continue;
		}
		/* (a), (b) under panic=abort: want ends with the panic and the abort */
		int aborted = i + 2 == want->n && trace_ev(want, i + 1)->kind == EV_ABORT && g->kind == EV_REPOLL;
		if (aborted &&
		    ((o->release && is_resumed_panic(w, 0) && strcmp(g->text, "Pending") == 0) ||
		     (is_resumed_panic(w, 1) && again >= 0)) &&
		    only_drop_and_result(got, j + 1 + (uint32_t)(again > 0 ? again : 0))) {
			i = want->n, j = got->n;
			continue;
		}
		break;
	}
	*wi = i;
	*gi = j;
	return i == want->n && j == got->n;
}

int trace_equivalent(const Trace *want, const Trace *got, const BuildOptions *o, uint32_t *at)
{
	uint32_t i, j;
	int eq = trace_compare(want, got, o, 0, &i, &j);
	if (!eq && at)
		*at = i;
	return eq;
}

/* ---------------------------------------------------------------------- */
/* Argument lists: `--args 1,-2,true` and `//@ args: NAME 1,2` lines       */
/* ---------------------------------------------------------------------- */

/* Parse "1,-2,true" into a->args and a->kinds (any number of values,
 * malloc'd); -1 on a malformed list or a number outside 64 bits. */
static int parse_args_csv(const char *s, size_t len, CheckArgs *a)
{
	uint32_t n = 0, cap = 0;
	a->args = NULL;
	a->kinds = NULL;
	a->nargs = 0;
	size_t i = 0;
	while (i < len && isspace((unsigned char)s[i]))
		i++;
	if (i == len)
		return 0;
	for (;;) {
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		size_t start = i;
		while (i < len && s[i] != ',' && !isspace((unsigned char)s[i]))
			i++;
		size_t wl = i - start;
		char w[64];
		if (wl == 0 || wl >= sizeof w)
			goto bad;
		memcpy(w, s + start, wl);
		w[wl] = 0;
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			uint64_t *na = realloc(a->args, cap * sizeof *na);
			uint8_t *nk = na ? realloc(a->kinds, cap) : NULL;
			if (!na || !nk)
				internal_error("out of memory");
			a->args = na;
			a->kinds = nk;
		}
		if (strcmp(w, "true") == 0 || strcmp(w, "false") == 0) {
			a->kinds[n] = ARG_BOOL;
			a->args[n++] = w[0] == 't';
		} else {
			char *end;
			errno = 0;
			/* decimal, or hexadecimal after 0x: base 0 read `010` as octal 8 (robust24) */
			const char *digits = w + (w[0] == '-' || w[0] == '+');
			int base = digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X') ? 16 : 10;
			uint64_t v = w[0] == '-' ? (uint64_t)strtoll(w, &end, base) : strtoull(w, &end, base);
			if (*end || errno || !isdigit((unsigned char)w[w[0] == '-' || w[0] == '+']))
				goto bad; /* strtoull takes "-1" and " 1"; the sign is checked above */
			/* -0 is 0, which every integer type holds (it was "0, which is not a u32") */
			a->kinds[n] = w[0] == '-' && v != 0 ? ARG_NEG : ARG_UINT;
			a->args[n++] = v;
		}
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		if (i == len)
			break;
		if (s[i] != ',')
			goto bad;
		i++;
	}
	a->nargs = n;
	return (int)n;
bad:
	free(a->args);
	free(a->kinds);
	a->args = NULL;
	a->kinds = NULL;
	return -1;
}

/* "a" or "an" before a type's name as it is read aloud: an `i8`, an `isize`, a `u8`
 * (read "you-eight"), a `bool`, an `Option<u8>` (issue 23: "which is not a i8") */
static const char *article(const char *name)
{
	return name[0] && strchr("aeioAEIO", name[0]) ? "an" : "a";
}

/* 1 if the values fit f's parameter types (a bool for a bool, an integer in
 * the type's range for an integer, a u32 for a Guard), else 0 with why in msg. Values that come
 * with no kinds (from a program, not a user) are not checked. */
static int args_fit(const Module *m, const Fn *f, const CheckArgs *a, StrBuf *msg)
{
	static const char *const kind_names[] = {
#define X(k, sp, sz, al) sp,
		TYPE_KINDS(X)
#undef X
	};
	for (uint32_t i = 0; a->kinds && i < a->nargs && i < f->nargs; i++) {
		TypeId ty = f->locals[i + 1].ty;
		const Type *t = type_get(m, ty);
		if (type_is_fat_ptr(m, ty)) { /* slice40: 0, the empty slice */
			if (a->kinds[i] == ARG_UINT && a->args[i] == 0)
				continue;
			strbuf_printf(msg, "parameter %" PRIu32 " of %s is a slice `%s`, which --args gives only as 0 (the "
				      "empty slice)", i + 1, f->name, type_spelling(m, ty));
			return 0;
		}
		if (t->kind == TY_REF || t->kind == TY_REFMUT) { /* N: a cell holding N (issue 22 item 4) */
			ty = t->a;
			t = type_get(m, ty);
		}
		uint64_t v = a->args[i];
		int fits;
		if (t->kind == TY_BOOL) {
			fits = a->kinds[i] == ARG_BOOL;
		} else if (t->kind == TY_GUARD) { /* N gives guard(N), as the rustc oracle passes it */
			fits = a->kinds[i] == ARG_UINT && v <= UINT32_MAX;
		} else if (type_is_int(m, ty)) {
			int bits = type_int_bits(m, ty);
			if (a->kinds[i] == ARG_BOOL)
				fits = 0;
			else if (type_is_signed(m, ty))
				/* 9223372036854775808 for an i64 ran as i64::MIN (robust24) */
				fits = a->kinds[i] == ARG_NEG ? bits >= 64 || (int64_t)v >= -(INT64_C(1) << (bits - 1))
							      : bits > 64 || v < (UINT64_C(1) << (bits - 1));
			else
				fits = a->kinds[i] == ARG_UINT && (bits >= 64 || v < (UINT64_C(1) << bits));
		} else {
			const char *sp = type_spelling(m, ty);
			strbuf_printf(msg, "parameter %" PRIu32 " of %s is %s `%s`, which --args cannot give", i + 1, f->name,
				 article(sp), sp);
			return 0;
		}
		if (!fits) {
			char w[32];
			if (a->kinds[i] == ARG_BOOL)
				snprintf(w, sizeof w, "%s", v ? "true" : "false");
			else if (a->kinds[i] == ARG_NEG)
				snprintf(w, sizeof w, "%" PRId64, (int64_t)v);
			else
				snprintf(w, sizeof w, "%" PRIu64, v);
			strbuf_printf(msg, "argument %" PRIu32 " of %s is %s, which is not %s `%s`", i + 1, f->name, w,
				 article(kind_names[t->kind]), kind_names[t->kind]);
			return 0;
		}
	}
	return 1;
}

static void free_args_lines(CheckArgs *a, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		free((char *)a[i].fn);
		free(a[i].args);
		free(a[i].kinds);
	}
}

/* Collect every `//@ args: NAME a,b` line of src; a malformed line, or more lines than max, is a located
 * error on err (the line's values would otherwise be replaced by zeros without a word): -1. */
static int scan_args_lines(const char *path, const char *src, size_t len, CheckArgs *out, uint32_t max, FILE *err)
{
	uint32_t n = 0, line = 1;
	static const char tag[] = "//@ args:";
	for (size_t i = 0; i < len; line++) {
		size_t e = i;
		while (e < len && src[e] != '\n')
			e++;
		size_t k = i;
		while (k < e && isspace((unsigned char)src[k]))
			k++;
		if (e - k >= sizeof tag - 1 && memcmp(src + k, tag, sizeof tag - 1) == 0) { /* `//@ args:` alone too */
			size_t col = k - i + 1;
			if (n == max) {
				fprintf(err, "%s:%" PRIu32 ":%zu: error: more than %" PRIu32 " `//@ args:` lines\n", diag_path(path), line,
					col, max);
				free_args_lines(out, n);
				return -1;
			}
			k += sizeof tag - 1;
			while (k < e && isspace((unsigned char)src[k]))
				k++;
			size_t ns = k;
			while (k < e && !isspace((unsigned char)src[k]))
				k++;
			CheckArgs *a = &out[n];
			memset(a, 0, sizeof *a);
			size_t nl = k - ns;
			char *name = malloc(nl + 1);
			if (!name)
				internal_error("out of memory");
			memcpy(name, src + ns, nl);
			name[nl] = 0;
			a->fn = name;
			a->line = line;
			a->col = (uint32_t)col;
			int c = parse_args_csv(src + k, e - k, a);
			if (nl > 0 && c >= 0) {
				n++;
			} else {
				free(name);
				fprintf(err, "%s:%" PRIu32 ":%zu: error: malformed `//@ args:` line (expected `//@ args: NAME "
					"v1,v2,...`: integers or booleans, comma separated)\n", diag_path(path), line, col);
				free_args_lines(out, n);
				return -1;
			}
		}
		i = e + 1;
	}
	return (int)n;
}

/* ---------------------------------------------------------------------- */
/* The checker                                                            */
/* ---------------------------------------------------------------------- */

typedef struct Stage {
	char name[256];
	const Pass *passes[MAX_STAGE_PASSES];
	uint32_t npasses;
} Stage;

typedef struct Schedule {
	char name[48];
	int cancel_after, repoll;
} Schedule;

/* The async fns of m: plain fns returning an `async fn` coroutine. */
static int is_async_constructor(const Module *m, const Fn *f)
{
	if (f->kind != FN_SYNC || f->nlocals == 0 || f->external)
		return 0;
	const Type *t = type_get(m, f->locals[0].ty);
	if (m->extern_events) /* imported code: the entries import_model_module made, async blocks too */
		return t->kind == TY_CORO && strncmp(f->name, "entry ", 6) == 0;
	return t->kind == TY_CORO && t->coro < m->ncoros && m->coros[t->coro].kind == CORO_ASYNC_FN;
}

static int find_async_fn(const Module *m, const char *name)
{
	const Fn *f = module_find_fn(m, name);
	return f && is_async_constructor(m, f);
}

/* event i of t whole, or "end of trace" (malloc'd: a value of any length is shown whole) */
static char *event_or_end(const Trace *t, uint32_t i)
{
	return i < t->n ? event_text(trace_ev(t, i)) : str_dup("end of trace");
}

/* The stage's size in MIR: statements + terminators and blocks of the resume
 * fns and drop shims, Suspend states of the coroutines that have a body. */
static void tally_module(CheckTally *t, uint32_t k, const Module *m)
{
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		if (f->kind != FN_RESUME && f->kind != FN_DROP_SHIM)
			continue;
		t->blocks[k] += f->nblocks;
		for (BlockId b = 0; b < f->nblocks; b++)
			t->stmts[k] += f->blocks[b].nstmts + 1;
	}
	for (uint32_t i = 0; i < m->ncoros; i++) {
		const Layout *l = m->coros[i].layout;
		if (l && !l->reconstructed && m->coros[i].resume && l->nvariants > STATE_FIRST_SUSPEND)
			t->states[k] += l->nvariants - STATE_FIRST_SUSPEND;
	}
}

/* Bytes of a lowered module check keeps to copy for each stage (own31; it is
 * held beside one copy at a time) */
#define CHECK_KEEP_LOWERED ((size_t)256 << 20)

/* The program built and lowered, once: every stage runs its passes on a copy
 * of it (module_copy; own31: the state transform was built again for each of
 * the stages, 46% of `check` of gen.py ownlets 2000). NULL with d set when the
 * build or the transform failed, which every stage then reports. */
static Module *build_lowered(const CheckSpec *s, const BuildOptions *o, Diag *d)
{
	Module *m = s->build(s->ctx, o, d);
	if (!m)
		return NULL;
	int rc = s->transform ? s->transform(m, d) : module_lower(m, d);
	if (rc != 0) {
		module_free(m);
		return NULL;
	}
	return m;
}

/* Stage st's module: the passes run on m (a copy of the lowered module, or
 * the last stage's the module itself), which is freed when one fails. */
static Module *build_stage(Module *m, const Stage *st, const BuildOptions *o, Diag *d, uint32_t *fired)
{
	for (uint32_t i = 0; i < st->npasses; i++) {
		*fired += pass_run(m, st->passes[i], o);
		if (verify_module(m, st->passes[i]->name, d) != 0) {
			module_free(m);
			return NULL;
		}
	}
	return m;
}

static void args_text(const uint64_t *a, uint32_t n, StrBuf *out)
{
	strbuf_put(out, "", 0);
	for (uint32_t i = 0; i < n; i++)
		strbuf_printf(out, "%s%" PRIu64, i ? "," : "", a[i]);
}

/* The run stopped at the step limit or the call depth limit. */
static int hit_limit(const Trace *t)
{
	return t->n && (trace_ev(t, t->n - 1)->kind == EV_STEP_LIMIT || trace_ev(t, t->n - 1)->kind == EV_DEPTH_LIMIT);
}

/* Schedule si of a fn whose reference run returned at poll P: complete, repoll,
 * then cancel after 0 .. P-1 polls. */
static Schedule schedule_at(uint32_t si)
{
	Schedule sc = {.cancel_after = -1};
	if (si == 0) {
		snprintf(sc.name, sizeof sc.name, "complete");
	} else if (si == 1) {
		snprintf(sc.name, sizeof sc.name, "repoll");
		sc.repoll = 1;
	} else {
		snprintf(sc.name, sizeof sc.name, "cancel after %" PRIu32, si - 2);
		sc.cancel_after = (int)(si - 2);
	}
	return sc;
}

/* One async fn under one argument set: what the stages are compared on. */
typedef struct Unit {
	const char *fn;
	CheckArgs set;
	char *fname;     /* the fn's name, with its arguments when it has several sets (malloc'd) */
	uint32_t nsched; /* 0: not run on the stages (an error, or the reference stopped) */
	uint32_t full_n; /* events of the reference run to completion */
	Trace *want;     /* per schedule: the reference trace, when have[schedule] */
	uint8_t *have;
} Unit;

/* A line of the report, printed after every stage has run, in the order the
 * stages ran in before: by unit, then schedule, then stage (the unit's own
 * lines first). */
typedef struct Note {
	uint32_t unit, order; /* order: 0 the unit's own line, else 1 + schedule * nstages + stage */
	uint32_t seq;
	FILE *to;
	char *text;
} Note;

typedef struct Notes {
	Note *v;
	uint32_t n, cap;
} Notes;

static void note(Notes *ns, uint32_t unit, uint32_t order, FILE *to, const char *fmt, ...)
{
	/* formatted at its length (a line was cut to 1,200 bytes) */
	va_list ap;
	va_start(ap, fmt);
	char *text = vprintf_alloc(fmt, ap);
	va_end(ap);
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? 2 * ns->cap : 64;
		ns->v = realloc(ns->v, ns->cap * sizeof *ns->v);
		if (!ns->v)
			internal_error("out of memory");
	}
	ns->v[ns->n] = (Note){unit, order, ns->n, to, text};
	ns->n++;
}

static int note_cmp(const void *pa, const void *pb)
{
	const Note *a = pa, *b = pb;
	if (a->unit != b->unit)
		return a->unit < b->unit ? -1 : 1;
	if (a->order != b->order)
		return a->order < b->order ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Reference traces kept across stages, in events; past it they are run again
 * for each stage (a fn polled P times has P + 2 schedules of up to P polls). */
enum { WANT_KEEP_EVENTS = 1u << 18 };

static void zero_args_note(const Module *m, const Fn *f, const char *path, int has_args_option, FILE *err);

/* interp_run_schedules' callback for the reference: keep its trace while the
 * kept traces fit (a schedule not kept is run again at each stage). */
typedef struct KeepCtx {
	Unit *u;
	uint64_t *kept;
	int *all_kept;
} KeepCtx;

static void keep_want(void *vctx, uint32_t si, Trace *t, int rc)
{
	KeepCtx *c = vctx;
	(void)rc;
	if (si >= c->u->nsched)
		return;
	if (*c->kept + (t->n - t->nlog) > WANT_KEEP_EVENTS) {
		*c->all_kept = 0;
		return;
	}
	*c->kept += t->n - t->nlog; /* a schedule's own events; the run's (schedule 0, the last) hold the shared ones */
	c->u->want[si] = *t;
	c->u->have[si] = 1;
	trace_init(t);
}

/* One stage's run of one unit under every schedule, compared with the
 * reference's traces as each schedule's run ends (compare_stage). */
typedef struct StageCtx {
	const char *file;
	const BuildOptions *o;
	FILE *out;
	Notes *notes;
	Unit *u;
	uint32_t ui;
	const Stage *stage;
	uint32_t k, nstages;
	CheckTally *ta;
	const Module *ref;
	uint64_t step_limit;
	int *failed;
	uint32_t *unchecked;
	uint64_t *kept;
	Trace *tmp;   /* NULL, or per schedule: the reference's trace of a chunk (run_stage_unit) */
	uint8_t *tmp_have;
	/* the shared logs of the last want and got compared, and how many of their
	 * first events are equal pairwise: a schedule forked after K polls shares its
	 * first events with the run's log, so comparing N of them walks each log once */
	uint64_t wlog, glog;
	uint32_t eq;
} StageCtx;

/* How many first events of want and got are known equal pairwise: those of
 * their shared logs' prefixes that are (c->eq, advanced over the logs as far
 * as both traces share them). */
static uint32_t shared_equal(StageCtx *c, const Trace *want, const Trace *got)
{
	if (!want->log || !got->log)
		return 0;
	if (c->wlog != want->log->id || c->glog != got->log->id) {
		c->wlog = want->log->id;
		c->glog = got->log->id;
		c->eq = 0;
	}
	uint32_t lim = want->nlog < got->nlog ? want->nlog : got->nlog;
	while (c->eq < lim && event_equal(&want->log->ev[c->eq], &got->log->ev[c->eq]))
		c->eq++;
	return c->eq < lim ? c->eq : lim;
}

static void compare_stage(void *vctx, uint32_t si, Trace *t, int rc)
{
	StageCtx *c = vctx;
	Unit *u = c->u;
	(void)rc;
	if (si >= u->nsched)
		return;
	Schedule sc = schedule_at(si);
	Trace *want = &u->want[si], again;
	if (!u->have[si] && c->tmp && c->tmp_have[si]) {
		want = &c->tmp[si];
	} else if (!u->have[si]) {
		IR_ASSERT(c->ref);
		want = &again;
		trace_init(want);
		RunOptions ro = {sc.cancel_after, sc.repoll, c->step_limit};
		interp_run(c->ref, u->fn, u->set.args, u->set.nargs, &ro, want);
	}
	uint32_t at, gat, order = 1 + si * c->nstages + c->k;
	if (hit_limit(t) || hit_limit(want)) {
		/* a stage takes more steps or nests deeper than the
		 * reference: a limit, not a difference */
		const Trace *lt = hit_limit(t) ? t : want;
		char *got = event_or_end(lt, lt->n - 1);
		note(c->notes, c->ui, order, c->out, "%s: fn %s: schedule %s: after %s: not checked: the run reached the %s\n",
		     c->file, u->fname, sc.name, c->stage->name, got);
		free(got);
		(*c->unchecked)++;
		if (c->ta)
			c->ta->unchecked[c->k]++;
	} else if (!trace_compare(want, t, c->o, shared_equal(c, want, t), &at, &gat)) {
		char *exp = event_or_end(want, at), *got = event_or_end(t, gat);
		note(c->notes, c->ui, order, c->out,
		     "%s: fn %s: schedule %s: after %s: first difference at event #%" PRIu32 ": expected %s, got %s\n",
		     c->file, u->fname, sc.name, c->stage->name, at + 1, exp, got);
		free(exp);
		free(got);
		*c->failed = 1;
		if (c->ta)
			c->ta->differ[c->k]++;
	}
	if (c->ta)
		c->ta->runs[c->k]++;
	if (want == &again) {
		if (!c->tmp && *c->kept + again.n <= WANT_KEEP_EVENTS) {
			*c->kept += again.n;
			u->want[si] = again;
			u->have[si] = 1;
		} else {
			trace_free(&again);
		}
	}
}

/* the reference's trace of a schedule of the chunk run_stage_unit compares */
static void keep_tmp(void *vctx, uint32_t si, Trace *t, int rc)
{
	StageCtx *c = vctx;
	(void)rc;
	if (si >= c->u->nsched)
		return;
	c->tmp[si] = *t;
	c->tmp_have[si] = 1;
	trace_init(t);
}

/* One stage's runs of one unit: the schedules whose reference trace is kept
 * in one run of the stage; the others (when the kept traces went past
 * WANT_KEEP_EVENTS) in chunks that fit it, each a run of the reference then
 * of the stage, skipping the schedules outside the chunk: each run shares its
 * prefix, so a chunk costs one run of each plus its copies. */
static void run_stage_unit(StageCtx *sx, const Module *m, uint64_t stage_limit)
{
	Unit *u = sx->u;
	uint32_t ns = u->nsched, missing = 0;
	uint8_t *skip = calloc(ns, 1);
	if (!skip)
		internal_error("out of memory");
	for (uint32_t si = 0; si < ns; si++) {
		skip[si] = !u->have[si];
		missing += !u->have[si];
	}
	if (missing < ns)
		interp_run_schedules(m, u->fn, u->set.args, u->set.nargs, stage_limit, ns - 2, missing ? skip : NULL,
				     compare_stage, sx);
	if (missing) {
		IR_ASSERT(sx->ref);
		sx->tmp = calloc(ns, sizeof *sx->tmp);
		sx->tmp_have = calloc(ns, 1);
		if (!sx->tmp || !sx->tmp_have)
			internal_error("out of memory");
		uint64_t per = (uint64_t)u->full_n + 8, chunk = WANT_KEEP_EVENTS / per;
		if (chunk < 1)
			chunk = 1;
		for (uint32_t lo = 0; lo < ns;) {
			uint32_t n = 0, hi = lo;
			for (; hi < ns && n < chunk; hi++)
				n += !u->have[hi];
			for (uint32_t si = 0; si < ns; si++)
				skip[si] = u->have[si] || si < lo || si >= hi;
			interp_run_schedules(sx->ref, u->fn, u->set.args, u->set.nargs, sx->step_limit, ns - 2, skip,
					     keep_tmp, sx);
			interp_run_schedules(m, u->fn, u->set.args, u->set.nargs, stage_limit, ns - 2, skip, compare_stage,
					     sx);
			for (uint32_t si = lo; si < hi; si++)
				if (sx->tmp_have[si]) {
					trace_free(&sx->tmp[si]);
					sx->tmp_have[si] = 0;
				}
			lo = hi;
		}
		free(sx->tmp);
		free(sx->tmp_have);
		sx->tmp = NULL;
		sx->tmp_have = NULL;
	}
	free(skip);
}

int check_spec(const CheckSpec *s, const BuildOptions *o, FILE *out)
{
	const char *file = s->file ? s->file : "<input>";
	Diag d = {0};
	d.file = file;
	FILE *err = s->err ? s->err : out;
	Module *ref = s->build(s->ctx, o, &d);
	if (!ref) {
		if (s->tally)
			snprintf(s->tally->why, sizeof s->tally->why, "%s", d.msg);
		diag_print(&d, err);
		return 1;
	}
	int lowered = ref->transformed;
	for (uint32_t i = 0; i < ref->ncoros; i++) /* imported code's external coroutines have a model layout */
		lowered |= ref->coros[i].layout != NULL && !(ref->extern_events && !ref->coros[i].body);
	for (uint32_t i = 0; i < ref->nfns; i++)
		lowered |= ref->fns[i]->kind == FN_RESUME || ref->fns[i]->kind == FN_DROP_SHIM;
	if (lowered) {
		fprintf(err, "%s: error: check needs a module before the state transform\n", diag_path(file));
		module_free(ref);
		return 1;
	}

	if (s->entry && !find_async_fn(ref, s->entry)) {
		fprintf(err, "%s: error: no async fn named %s\n", diag_path(file), s->entry);
		module_free(ref);
		return 1;
	}

	/* stages: the transform alone, each pass alone, all passes in order, and
	 * when opt-in passes are among them, the others in order (the default
	 * pipeline, what `opt` runs) */
	uint32_t nstages = 0, np = s->npasses < MAX_STAGE_PASSES ? s->npasses : MAX_STAGE_PASSES;
	Stage *stages = calloc(np + 3, sizeof *stages);
	if (!stages)
		internal_error("out of memory");
	snprintf(stages[nstages++].name, sizeof stages->name, "state_transform");
	for (uint32_t i = 0; i < np; i++) {
		Stage *st = &stages[nstages++];
		snprintf(st->name, sizeof st->name, "%s", s->passes[i]->name);
		st->passes[0] = s->passes[i];
		st->npasses = 1;
	}
	uint32_t ndefault = 0;
	for (uint32_t i = 0; i < np; i++)
		ndefault += !s->passes[i]->opt_in;
	for (int only_default = 0; only_default < 2; only_default++) {
		uint32_t n = only_default ? ndefault : np;
		if (n < 2 || (only_default && ndefault == np))
			continue;
		Stage *st = &stages[nstages++];
		size_t len = 0;
		for (uint32_t i = 0; i < np; i++) {
			if (only_default && s->passes[i]->opt_in)
				continue;
			len += (size_t)snprintf(st->name + len, sizeof st->name - (len < sizeof st->name ? len : sizeof st->name),
						"%s%s", st->npasses ? "," : "", s->passes[i]->name);
			if (len >= sizeof st->name)
				len = sizeof st->name - 1;
			st->passes[st->npasses++] = s->passes[i];
		}
	}

	uint64_t step_limit = interp_step_limit(ref); /* a stage's is at least the reference's */
	/* the reference runs first: which fns and argument sets, how many schedules */
	int failed = 0;
	uint32_t nfns = 0, nschedules = 0, unchecked = 0, nunits = 0, capunits = 0;
	Unit *units = NULL;
	Notes notes = {0};
	uint64_t **zeros = calloc(ref->nfns ? ref->nfns : 1, sizeof *zeros);
	if (!zeros)
		internal_error("out of memory");
	uint64_t kept = 0;
	int all_kept = 1;
	/* a line naming no async fn of the file was dropped without a word (robust24) */
	for (uint32_t i = 0; i < s->nargs; i++)
		if (s->args[i].line && !find_async_fn(ref, s->args[i].fn)) {
			const Fn *g = module_find_fn(ref, s->args[i].fn);
			fprintf(err, "%s:%" PRIu32 ":%" PRIu32 ": error: `//@ args:` line names `%s`, %s\n", diag_path(file),
				s->args[i].line, s->args[i].col, s->args[i].fn,
				g ? "which is not an async fn (check runs async fns)" : "which is no fn of this file");
			failed = 1;
		}
	for (uint32_t fi = 0; fi < ref->nfns; fi++) {
		const Fn *f = ref->fns[fi];
		if (!is_async_constructor(ref, f) || (s->entry && strcmp(f->name, s->entry) != 0))
			continue;
		nfns++;
		/* argument sets: the `//@ args:` lines naming f, else zeros */
		const CheckArgs *sets[MAX_ARGSETS + 1]; /* every line of the file may name f */
		uint32_t nsets = 0;
		for (uint32_t i = 0; i < s->nargs && nsets < MAX_ARGSETS; i++)
			if (strcmp(s->args[i].fn, f->name) == 0)
				sets[nsets++] = &s->args[i];
		CheckArgs zero_set;
		if (nsets == 0) {
			zeros[fi] = calloc((size_t)f->nargs + 1, sizeof *zeros[fi]);
			if (!zeros[fi])
				internal_error("out of memory");
			zero_set = (CheckArgs){.fn = f->name, .args = zeros[fi], .nargs = f->nargs};
			sets[nsets++] = &zero_set;
			if (s->zero_note && f->nargs) /* issue 23: zeros were used without a word */
				zero_args_note(ref, f, file, 0, err);
		}
		for (uint32_t ai = 0; ai < nsets; ai++) {
			const CheckArgs *A = sets[ai];
			if (nunits == capunits) {
				capunits = capunits ? 2 * capunits : 64;
				units = realloc(units, capunits * sizeof *units);
				if (!units)
					internal_error("out of memory");
			}
			uint32_t ui = nunits++;
			Unit *u = &units[ui];
			memset(u, 0, sizeof *u);
			u->fn = f->name;
			u->set = *A;
			StrBuf why = {0};
			if (A->nargs != f->nargs || !args_fit(ref, f, A, &why)) {
				if (A->nargs != f->nargs)
					strbuf_printf(&why, "fn %s takes %" PRIu32 " arguments, %" PRIu32 " given", f->name,
						      f->nargs, A->nargs);
				note(&notes, ui, 0, err, "%s: error: `//@ args:` line: %s\n", file, why.s);
				strbuf_free(&why);
				failed = 1;
				continue;
			}
			if (nsets > 1) {
				StrBuf argtext = {0};
				args_text(A->args, A->nargs, &argtext);
				strbuf_printf(&why, "%s(%s)", f->name, argtext.s);
				strbuf_free(&argtext);
				u->fname = why.s;
			} else {
				u->fname = str_dup(f->name);
			}
			/* the reference run to completion decides the schedules */
			Trace full;
			trace_init(&full);
			RunOptions ro = {-1, 0, step_limit};
			int rc = interp_run(ref, f->name, A->args, A->nargs, &ro, &full);
			if (s->tally)
				s->tally->units++;
			/* under panic=abort a panic ends the process: the trace ending in the
			 * abort is the program's behaviour, compared like any other */
			int aborted = rc != 0 && full.n && trace_ev(&full, full.n - 1)->kind == EV_ABORT && !hit_limit(&full);
			if (rc != 0 && !aborted) {
				char *last = event_or_end(&full, full.n ? full.n - 1 : 0);
				if (s->tally && !s->tally->why[0])
					snprintf(s->tally->why, sizeof s->tally->why, "%s", last);
				if (hit_limit(&full)) {
					/* the interpreter's limit, not the program's: nothing was compared */
					note(&notes, ui, 0, out, "%s: fn %s: not checked: the run before the transform reached the %s\n",
					     file, u->fname, last);
					unchecked++;
				} else {
					note(&notes, ui, 0, out, "%s: fn %s: before the transform: %s\n", file, u->fname, last);
					failed = 1;
				}
				free(last);
				trace_free(&full);
				continue;
			}
			u->nsched = 2 + (aborted && !full.done_at_poll ? full.polls : full.done_at_poll);
			u->full_n = full.n;
			trace_free(&full);
			if (s->tally) {
				s->tally->executed++;
				s->tally->schedules += u->nsched;
			}
			nschedules += u->nsched;
			u->want = calloc(u->nsched, sizeof *u->want);
			u->have = calloc(u->nsched, 1);
			if (!u->want || !u->have)
				internal_error("out of memory");
			/* the reference traces, while they fit in what is kept (every
			 * schedule from one run sharing its prefix: interp_run_schedules) */
			if (all_kept) {
				KeepCtx kc = {u, &kept, &all_kept};
				interp_run_schedules(ref, f->name, A->args, A->nargs, step_limit, u->nsched - 2, NULL, keep_want,
						     &kc);
			}
		}
	}
	/* every stage compares with kept traces: the reference module can go */
	uint32_t ref_nfns = ref->nfns;
	for (uint32_t ui = 0; ui < nunits; ui++)
		units[ui].fn = str_dup(units[ui].fn);
	if (all_kept) {
		module_free(ref);
		ref = NULL;
		arena_pool_trim(); /* as after each stage, below */
	}

	/* then one stage at a time: built (the passes on a copy of the lowered
	 * module), run on every schedule, freed */
	Diag lowered_d = {0};
	lowered_d.file = file;
	Module *lowered_m = build_lowered(s, o, &lowered_d);
	/* a lowered module past CHECK_KEEP_LOWERED is not kept beside each stage's
	 * copy (a 100k-deep chain's is 1.16 GB): the stages after the first build
	 * and lower it again, as before own31 (the output is the same either way) */
	int keep = lowered_m && module_bytes(lowered_m) <= CHECK_KEEP_LOWERED;
	for (uint32_t k = 0; k < nstages; k++) {
		Diag sd = lowered_d;
		uint32_t fired = 0;
		Module *m = NULL, *base = NULL;
		if (lowered_m && keep && k + 1 < nstages) {
			base = module_copy(lowered_m);
		} else if (lowered_m) {
			base = lowered_m; /* the last stage, or the first when not kept, takes it */
			lowered_m = NULL;
		} else if (!keep && k > 0 && !lowered_d.failed) {
			sd = (Diag){0};
			sd.file = file;
			base = build_lowered(s, o, &sd);
		}
		if (base)
			m = build_stage(base, &stages[k], o, &sd, &fired);
		CheckTally *ta = s->tally && k < CHECK_TALLY_STAGES ? s->tally : NULL;
		if (ta) {
			snprintf(ta->stage[k], sizeof ta->stage[k], "%s", stages[k].name);
			ta->nstages = k + 1;
			ta->built[k] = m != NULL;
			ta->fired[k] += fired;
			if (m)
				tally_module(ta, k, m);
		}
		if (!m) {
			/* the message names the stage that failed (the verifier's names the pass) */
			fprintf(out, "%s: stage %s: %s\n", file, stages[k].name, diag_msg(&sd));
			failed = 1;
			continue;
		}
		uint64_t stage_limit = interp_step_limit(m);
		if (stage_limit < step_limit)
			stage_limit = step_limit;
		for (uint32_t ui = 0; ui < nunits; ui++) {
			Unit *u = &units[ui];
			StageCtx sx = {.file = file, .o = o, .out = out, .notes = &notes, .u = u, .ui = ui, .stage = &stages[k],
				       .k = k, .nstages = nstages, .ta = ta, .ref = ref, .step_limit = step_limit,
				       .failed = &failed, .unchecked = &unchecked, .kept = &kept};
			if (u->nsched >= 2)
				run_stage_unit(&sx, m, stage_limit);
		}
		module_free(m);
		/* the module's chunks this thread kept go back to malloc: the next
		 * stage's build allocates many of them on the other threads, which
		 * cannot take them from this thread's pool */
		arena_pool_trim();
	}
	module_free(lowered_m); /* NULL unless no stage took it */
	if (notes.n)
		qsort(notes.v, notes.n, sizeof *notes.v, note_cmp);
	for (uint32_t i = 0; i < notes.n; i++) {
		fputs(notes.v[i].text, notes.v[i].to);
		free(notes.v[i].text);
	}
	free(notes.v);
	for (uint32_t ui = 0; ui < nunits; ui++) {
		for (uint32_t si = 0; si < units[ui].nsched; si++)
			if (units[ui].have[si])
				trace_free(&units[ui].want[si]);
		free(units[ui].want);
		free(units[ui].have);
		free((char *)units[ui].fn);
		free(units[ui].fname);
	}
	free(units);
	for (uint32_t fi = 0; fi < ref_nfns; fi++)
		free(zeros[fi]);
	free(zeros);
	if (failed)
		fprintf(out, "check %s: %" PRIu32 " fns, %" PRIu32 " schedules, %" PRIu32 " stages: FAILED\n", diag_path(file), nfns,
			nschedules, nstages);
	else if (unchecked)
		fprintf(out,
			"check %s: %" PRIu32 " fns, %" PRIu32 " schedules, %" PRIu32 " stages: INCOMPLETE (%" PRIu32
			" run%s reached a limit of the interpreter: not checked)\n",
			diag_path(file), nfns, nschedules, nstages, unchecked, unchecked == 1 ? "" : "s");
	else
		fprintf(out, "check %s: %" PRIu32 " fns, %" PRIu32 " schedules, %" PRIu32 " stages: ok\n", diag_path(file), nfns,
			nschedules, nstages);
	free(stages);
	module_free(ref);
	return failed || unchecked;
}

static Module *build_from_file(void *ctx, const BuildOptions *o, Diag *d)
{
	return module_load((const char *)ctx, o, d);
}

/* Passes `check --passes` knows besides the pipeline's: none in the product;
 * the test build (tests/broken/) sets them to the deliberately broken passes. */
const Pass *check_extra_passes;
uint32_t ncheck_extra_passes;

/* A pass of the pipeline, or one of check_extra_passes. */
static const Pass *lookup_pass(const char *name)
{
	for (uint32_t i = 0; i < ncheck_extra_passes; i++)
		if (strcmp(check_extra_passes[i].name, name) == 0)
			return &check_extra_passes[i];
	return pass_find(name);
}

/* NULL or "all": the pipeline; "" or "none": no pass. -1 on an unknown name. */
static int select_passes(const char *csv, const Pass **out, uint32_t max, char *bad, size_t badsize)
{
	if (!csv || strcmp(csv, "all") == 0) {
		uint32_t n = npipeline < max ? npipeline : max;
		for (uint32_t i = 0; i < n; i++)
			out[i] = &pipeline[i];
		return (int)n;
	}
	if (!*csv || strcmp(csv, "none") == 0)
		return 0;
	uint32_t n = 0;
	for (const char *p = csv;;) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		char name[64];
		if (len == 0 || len >= sizeof name || n == max) {
			snprintf(bad, badsize, "%.*s", (int)(len < 60 ? len : 60), p);
			return -1;
		}
		memcpy(name, p, len);
		name[len] = 0;
		const Pass *ps = lookup_pass(name);
		if (!ps) {
			snprintf(bad, badsize, "%s", name);
			return -1;
		}
		out[n++] = ps;
		if (!e)
			break;
		p = e + 1;
	}
	return (int)n;
}

/* check's --passes by opt's rule (issue 23: `--passes=,` was `FILE: error: unknown pass ''`,
 * exit 1, where opt said "bad pass list", exit 2): 0, or -1 with pipeline_select's message
 * in d, which main.c makes a usage error. */
int check_passes_valid(const char *csv, Diag *d)
{
	const Pass *list[MAX_STAGE_PASSES];
	char bad[64];
	if (select_passes(csv, list, MAX_STAGE_PASSES, bad, sizeof bad) >= 0)
		return 0;
	uint32_t n = 0;
	for (const char *p = csv;; n++) {
		const char *e = strchr(p, ',');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (len == 0 || len >= 64) {
			diag_set(d, 0, 0, "bad pass list '%s'", csv);
			return -1;
		}
		if (n == MAX_STAGE_PASSES) {
			diag_set(d, 0, 0, "too many passes in '%s'", csv);
			return -1;
		}
		char name[64];
		memcpy(name, p, len);
		name[len] = 0;
		if (!lookup_pass(name)) {
			char known[768] = "";
			for (uint32_t i = 0; i < npipeline; i++) {
				strncat(known, i ? ", " : "", sizeof known - strlen(known) - 1);
				strncat(known, pipeline[i].name, sizeof known - strlen(known) - 1);
			}
			for (uint32_t i = 0; i < ncheck_extra_passes; i++) {
				strncat(known, ", ", sizeof known - strlen(known) - 1);
				strncat(known, check_extra_passes[i].name, sizeof known - strlen(known) - 1);
			}
			diag_set(d, 0, 0, "unknown pass '%s' (known: %s)", name, known);
			return -1;
		}
		if (!e)
			break;
		p = e + 1;
	}
	diag_set(d, 0, 0, "bad pass list '%s'", csv);
	return -1;
}

static int read_args_lines(const char *path, CheckArgs *out, uint32_t max, FILE *err)
{
	Diag d = {0};
	size_t len;
	char *src = file_read(path, &len, &d);
	if (!src)
		return 0; /* the build that follows reports the unreadable file */
	int n = scan_args_lines(path, src, len, out, max, err);
	free(src);
	return n;
}

int check_module_file(const char *path, const char *passes_csv, const BuildOptions *o, FILE *out, FILE *err)
{
	return check_module_entry(path, passes_csv, NULL, o, out, err);
}

int check_module_entry(const char *path, const char *passes_csv, const char *entry, const BuildOptions *o,
		       FILE *out, FILE *err)
{
	const Pass *list[MAX_STAGE_PASSES];
	char bad[64];
	int n = select_passes(passes_csv, list, MAX_STAGE_PASSES, bad, sizeof bad);
	if (n < 0) {
		fprintf(err, "%s: error: unknown pass '%s'\n", diag_path(path), bad);
		return 1;
	}
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && entry) {
		fprintf(err, "%s: error: --entry takes a file, not a dump directory\n", diag_path(path));
		return 1;
	}
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) /* rustc's -Zdump-mir=StateTransform dumps */
		return check_dump_dir(path, list, (uint32_t)n, o, out, err, getenv("COROSLIM_CHECK_VERBOSE") != NULL);
	CheckArgs *args = calloc(MAX_ARGSETS, sizeof *args);
	if (!args)
		internal_error("out of memory");
	int nargs = read_args_lines(path, args, MAX_ARGSETS, err);
	if (nargs < 0) {
		free(args);
		return 1;
	}
	CheckSpec s = {.file = path, .build = build_from_file, .ctx = (void *)path, .transform = NULL,
		       .passes = list, .npasses = (uint32_t)n, .args = args, .nargs = (uint32_t)nargs, .err = err, .entry = entry,
		       .zero_note = 1};
	int rc = check_spec(&s, o, out);
	free_args_lines(args, (uint32_t)nargs);
	free(args);
	return rc;
}

/* `run` (or `check`, which takes no --args) of a fn with parameters, no --args and no `//@ args:`
 * line for it: each parameter is zero (false, guard(0), a reference to a cell holding 0), named on stderr */
static void zero_args_note(const Module *m, const Fn *f, const char *path, int has_args_option, FILE *err)
{
	fprintf(err, "%s: note: %sno `//@ args: %s` line: its %" PRIu32 " parameter%s run%s with zero (",
		diag_path(path), has_args_option ? "no --args and " : "", f->name, f->nargs, f->nargs == 1 ? "" : "s",
		f->nargs == 1 ? "s" : "");
	for (uint32_t i = 1; i <= f->nargs && i <= 8; i++) {
		TypeId t = f->locals[i].ty;
		const Type *ty = type_get(m, t);
		if (ty->kind == TY_REF || ty->kind == TY_REFMUT)
			ty = type_get(m, ty->a);
		const char *name = f->locals[i].name;
		if (name)
			fprintf(err, "%s%s = %s", i > 1 ? ", " : "", name, ty->kind == TY_BOOL ? "false" : "0");
		else
			fprintf(err, "%s_%" PRIu32 " = %s", i > 1 ? ", " : "", i, ty->kind == TY_BOOL ? "false" : "0");
	}
	fprintf(err, "%s)\n", f->nargs > 8 ? ", ..." : "");
}

int run_file(const char *path, const char *entry, const char *args_csv, const BuildOptions *o, int cancel_after,
	     int repoll, FILE *out, FILE *err)
{
	CheckArgs given = {0};
	CheckArgs *lines = NULL;
	uint32_t nlines = 0;
	if (args_csv && parse_args_csv(args_csv, strlen(args_csv), &given) < 0) {
		fprintf(err, "%s: error: bad --args '%s' (expected integers or booleans, comma separated)\n", diag_path(path),
			args_csv);
		return 1;
	}
	Diag d = {0};
	/* a .rs program runs as compiled: after the state transform */
	Module *m = has_suffix(path, ".rs")			  ? module_load_lowered(path, o, &d)
		    : has_suffix(path, ".StateTransform.before.mir") ? import_dump_load(path, o, &d) /* imported code */
								  : module_load(path, o, &d);
	int rc = 1;
	if (!m) {
		diag_print(&d, err);
		goto done;
	}
	for (uint32_t i = 0; i < m->ncoros; i++)
		if (m->coros[i].layout && m->coros[i].layout->reconstructed &&
		    !(m->extern_events && !m->coros[i].resume)) { /* an external coroutine: polled as events */
			/* its sizes and offsets are unknown: a run would read a 0-byte future */
			fprintf(err, "%s:%d:1: error: coroutine %s: its layout was imported from rustc's MIR (sizes and offsets "
				"unknown): it cannot run\n", diag_path(path), m->coros[i].layout->line, m->coros[i].name);
			goto done;
		}
	const Fn *f = module_find_fn(m, entry);
	if (!f) {
		fprintf(err, "%s: error: no fn named %s\n", diag_path(path), entry);
		for (uint32_t i = 0; m->extern_events && i < m->nfns; i++) /* imported code: name its entries */
			if (strncmp(m->fns[i]->name, "entry ", 6) == 0)
				fprintf(err, "%s: note: an entry is `%s`\n", diag_path(path), m->fns[i]->name);
		goto done;
	}
	const CheckArgs *A = &given;
	if (!args_csv) {
		/* the file's `//@ args: ENTRY ...` line, else zeros */
		lines = calloc(MAX_ARGSETS, sizeof *lines);
		if (!lines)
			internal_error("out of memory");
		int nl = read_args_lines(path, lines, MAX_ARGSETS, err);
		if (nl < 0)
			goto done;
		nlines = (uint32_t)nl;
		A = NULL;
		for (uint32_t i = 0; i < nlines && !A; i++)
			if (strcmp(lines[i].fn, entry) == 0)
				A = &lines[i];
		if (!A) {
			given = (CheckArgs){.fn = entry, .args = calloc((size_t)f->nargs + 1, sizeof *given.args),
					    .nargs = f->nargs};
			if (!given.args)
				internal_error("out of memory");
			A = &given;
			if (f->nargs) /* the default, said (issue 23: it ran with zeros silently) */
				zero_args_note(m, f, path, 1, err);
		}
	}
	StrBuf why = {0};
	if (A->nargs != f->nargs) {
		fprintf(err, "%s: error: fn %s takes %" PRIu32 " arguments, %" PRIu32 " given\n", diag_path(path), entry, f->nargs,
			A->nargs);
	} else if (!args_fit(m, f, A, &why)) {
		fprintf(err, "%s: error: %s\n", diag_path(path), why.s);
		strbuf_free(&why);
	} else {
		Trace t;
		trace_init(&t);
		RunOptions ro = {cancel_after, repoll, interp_step_limit(m)};
		rc = interp_run(m, entry, A->args, A->nargs, &ro, &t) == 0 ? 0 : 1;
		trace_print(&t, out);
		trace_free(&t);
	}
done:
	free_args_lines(lines, nlines);
	free(lines);
	free(given.args);
	free(given.kinds);
	module_free(m);
	return rc;
}
