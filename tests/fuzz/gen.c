/*
 * gen.c — random programs in the coroslim Rust subset, for differential fuzzing.
 *
 *   gen --seed S [--count N] [--out DIR]
 *
 * writes N programs DIR/gen_S_i.rs (i = 0..N-1), or program 0 to stdout
 * without --out. Deterministic per (S, i); C11 and libc only.
 *
 * Every program is valid Rust (edition 2021) given tests/rust/prelude.rs, and
 * terminates: loops run off counters that are incremented first thing in the
 * body. Almost every program is panic-free: the generator tracks a value range
 * for every expression and variable, and only emits `+ - * / % << -x` when the
 * result provably fits the type (narrowing the operands with `& M` otherwise);
 * divisors are forced into [1, 8], shift amounts into [0, bits-1]. Mutable
 * variables, parameters and return values live in a per-type "box" range
 * ([0, 2^k-1] or [-2^k, 2^k-1]) that every assignment restores. Because nothing
 * overflows, rustc's deny-by-default overflow lints stay quiet, and debug and
 * release builds compute the same values. A few programs (shape `panic`)
 * deliberately contain checked arithmetic on parameters that overflows for some
 * arguments.
 *
 * Each program forces one shape from `shapes[]` (cycling with the seed) and
 * adds a few random others, then random async fns; the `// shapes:` comment
 * lists them. Every async fn with parameters gets an `//@ args: NAME v1,v2`
 * line with concrete values inside its parameter ranges.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* random numbers (splitmix64)                                          */
/* ------------------------------------------------------------------ */

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}
static int rn(int n) { return n <= 1 ? 0 : (int)(rnd() % (uint64_t)n); }
static int chance(int pct) { return rn(100) < pct; }
static int64_t rrange(int64_t lo, int64_t hi) { return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1)); }

/* ------------------------------------------------------------------ */
/* strings: every generated fragment is a heap string, freed per program */
/* ------------------------------------------------------------------ */

static char **allocs;
static size_t nallocs, capallocs;

static void *track(void *p)
{
	if (!p) {
		fprintf(stderr, "gen: out of memory\n");
		exit(2);
	}
	if (nallocs == capallocs) {
		capallocs = capallocs ? 2 * capallocs : 1024;
		allocs = realloc(allocs, capallocs * sizeof *allocs);
		if (!allocs) {
			fprintf(stderr, "gen: out of memory\n");
			exit(2);
		}
	}
	allocs[nallocs++] = p;
	return p;
}

static void free_all(void)
{
	for (size_t i = 0; i < nallocs; i++)
		free(allocs[i]);
	nallocs = 0;
}

static char *fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	char *s = track(malloc((size_t)n + 1));
	va_start(ap, f);
	vsnprintf(s, (size_t)n + 1, f, ap);
	va_end(ap);
	return s;
}

typedef struct Buf {
	char *p;
	size_t n, cap;
} Buf;

static void bput(Buf *b, const char *s)
{
	size_t k = strlen(s);
	if (b->n + k + 1 > b->cap) {
		b->cap = (b->n + k + 1) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p) {
			fprintf(stderr, "gen: out of memory\n");
			exit(2);
		}
	}
	memcpy(b->p + b->n, s, k + 1);
	b->n += k;
}

static void bprintf(Buf *b, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	char *s = malloc((size_t)n + 1);
	if (!s)
		exit(2);
	va_start(ap, f);
	vsnprintf(s, (size_t)n + 1, f, ap);
	va_end(ap);
	bput(b, s);
	free(s);
}

static char *bdone(Buf *b) /* hand the contents over as a tracked string */
{
	if (!b->p)
		bput(b, "");
	char *s = track(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
	return s;
}

static void indent(Buf *b, int ind)
{
	for (int i = 0; i < ind; i++)
		bput(b, "    ");
}

/* Drop one pair of parentheses around the whole expression, if any. */
static char *unparen(char *s)
{
	size_t n = strlen(s);
	if (n < 2 || s[0] != '(' || s[n - 1] != ')')
		return s;
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0 && i != n - 1)
			return s;
	}
	return fmt("%.*s", (int)(n - 2), s + 1);
}

/* unparen, but keep the parentheses around block-like expressions: they are
 * used as `if` conditions and `match` scrutinees */
static char *cond_text(char *s)
{
	char *u = unparen(s);
	if (u == s || !strncmp(u, "if ", 3) || !strncmp(u, "match ", 6) || u[0] == '{' || !strncmp(u, "async", 5))
		return s;
	return u;
}

/* ------------------------------------------------------------------ */
/* types and value ranges                                               */
/* ------------------------------------------------------------------ */

typedef enum { U8, U16, U32, U64, USIZE, I8, I16, I32, I64, ISIZE, BOOL, UNIT, NTYPES } Ty;
#define NINT 10
static const char *const tyname[NTYPES] = {"u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize", "bool", "()"};
static const int tybits[NINT] = {8, 16, 32, 64, 64, 8, 16, 32, 64, 64};
/* box exponent k: values of mutable variables, parameters and returns stay in
 * [0, 2^k-1] (unsigned) or [-2^k, 2^k-1] (signed), so that a sum of two fits */
static const int boxk[NINT] = {6, 10, 12, 14, 12, 5, 9, 12, 14, 12};

#define LIM ((int64_t)1 << 40) /* ranges never leave [-LIM, LIM] */

static int is_int(Ty t) { return t < NINT; }
static int is_signed(Ty t) { return t >= I8 && t <= ISIZE; }

typedef struct Range {
	int64_t lo, hi;
} Range;

static Range R(int64_t lo, int64_t hi) { Range r = {lo, hi}; return r; }
static int64_t tmin(Ty t)
{
	if (!is_signed(t))
		return 0;
	return tybits[t] >= 48 ? -LIM : -((int64_t)1 << (tybits[t] - 1));
}
static int64_t tmax(Ty t)
{
	if (tybits[t] >= 48)
		return LIM;
	return is_signed(t) ? ((int64_t)1 << (tybits[t] - 1)) - 1 : ((int64_t)1 << tybits[t]) - 1;
}
static Range trange(Ty t) { return R(tmin(t), tmax(t)); }
static int64_t boxmask(Ty t) { return ((int64_t)1 << boxk[t]) - 1; }
static Range boxr(Ty t) { return is_signed(t) ? R(-boxmask(t) - 1, boxmask(t)) : R(0, boxmask(t)); }
static int fits(Range r, Range s) { return s.lo <= r.lo && r.hi <= s.hi; }
static Range runion(Range a, Range b) { return R(a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi); }
static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

/* smallest k with r inside [-2^k, 2^k-1] */
static int kof(Range r)
{
	int k = 0;
	while (k < 62 && !(r.lo >= -((int64_t)1 << k) && r.hi <= ((int64_t)1 << k) - 1))
		k++;
	return k;
}

static Range bitwise_range(Range a, Range b, char op)
{
	if (a.lo >= 0 && b.lo >= 0) {
		if (op == '&')
			return R(0, min64(a.hi, b.hi));
		int k = kof(R(0, max64(a.hi, b.hi)));
		return R(0, ((int64_t)1 << k) - 1);
	}
	if (op == '&' && a.lo >= 0)
		return R(0, a.hi);
	if (op == '&' && b.lo >= 0)
		return R(0, b.hi);
	int k = kof(a) > kof(b) ? kof(a) : kof(b);
	return R(-((int64_t)1 << k), ((int64_t)1 << k) - 1);
}

/* corners of a binary op that is monotone in each operand; 0 when out of LIM */
static int corners(Range a, Range b, char op, Range *out)
{
	double c[4], x[2] = {(double)a.lo, (double)a.hi}, y[2] = {(double)b.lo, (double)b.hi};
	for (int i = 0; i < 2; i++)
		for (int j = 0; j < 2; j++) {
			double v = 0;
			switch (op) {
			case '+': v = x[i] + y[j]; break;
			case '-': v = x[i] - y[1 - j]; break;
			case '*': v = x[i] * y[j]; break;
			}
			c[i * 2 + j] = v;
		}
	double lo = c[0], hi = c[0];
	for (int i = 1; i < 4; i++) {
		if (c[i] < lo)
			lo = c[i];
		if (c[i] > hi)
			hi = c[i];
	}
	if (lo < -(double)LIM || hi > (double)LIM)
		return 0;
	*out = R((int64_t)lo, (int64_t)hi);
	return 1;
}

/* ------------------------------------------------------------------ */
/* program state: variables in scope, fns defined so far                */
/* ------------------------------------------------------------------ */

typedef struct Var {
	char name[16];
	Ty ty;
	int mut;     /* declared `mut` */
	int counter; /* loop counter: mut, but never assigned by random statements */
	Range r;     /* every value it can hold */
} Var;

#define MAXVARS 512
static Var vars[MAXVARS];
static int nvars;

typedef struct Fn {
	char name[24];
	int is_async;
	int awaits; /* may suspend */
	int nparams;
	Ty pty[4];
	Ty ret;
	int no_call; /* panic-shape fns: not called from others */
} Fn;

#define MAXFNS 64
static Fn fns[MAXFNS];
static int nfns;

typedef struct Ctx {
	int is_async;    /* inside an async body: `.await` is allowed */
	int allow_await; /* awaits wanted (0 for await-free async fns) */
	Ty ret;          /* `return` type of the innermost fn or async block */
	int loop_depth;  /* within the innermost fn or async block */
	int imm_base;    /* vars below it that are `mut` are not readable (let-bound non-move blocks) */
	int write_base;  /* vars below it are not writable (inside async blocks) */
	int fuel;        /* statements left for this fn */
	int awaits;      /* awaits emitted */
	int no_return;   /* no early `return` (wrapper preambles) */
} Ctx;

static int name_counter;
static char *fresh(const char *prefix) { return fmt("%s%d", prefix, ++name_counter); }

static Var *push_var(const char *name, Ty t, int mut, Range r)
{
	if (nvars == MAXVARS) {
		fprintf(stderr, "gen: too many variables\n");
		exit(2);
	}
	Var *v = &vars[nvars++];
	snprintf(v->name, sizeof v->name, "%s", name);
	v->ty = t;
	v->mut = mut;
	v->counter = 0;
	v->r = r;
	return v;
}

static int readable(const Ctx *c, int i) { return !(i < c->imm_base && vars[i].mut); }
static int writable(const Ctx *c, int i) { return vars[i].mut && !vars[i].counter && i >= c->write_base; }

static int pick_var(const Ctx *c, Ty t, int want_write)
{
	int cand[MAXVARS], n = 0;
	for (int i = 0; i < nvars; i++)
		if (vars[i].ty == t && readable(c, i) && (!want_write || writable(c, i)))
			cand[n++] = i;
	return n ? cand[rn(n)] : -1;
}

static int pick_fn(const Ctx *c, Ty ret, int want_async)
{
	int cand[MAXFNS], n = 0;
	for (int i = 0; i < nfns; i++) {
		const Fn *f = &fns[i];
		if (f->ret != ret || f->no_call)
			continue;
		if (want_async >= 0 && f->is_async != want_async)
			continue;
		if (f->is_async && !(c->is_async && c->allow_await))
			continue;
		cand[n++] = i;
	}
	return n ? cand[rn(n)] : -1;
}

static Ty rand_int_ty(void)
{
	static const Ty common[] = {U32, U32, U32, U8, U16, U64, USIZE, I8, I16, I32, I32, I64, ISIZE};
	return common[rn((int)(sizeof common / sizeof *common))];
}

/* ------------------------------------------------------------------ */
/* expressions                                                          */
/* ------------------------------------------------------------------ */

/* Every expression comes back "atomic": a literal, a path, a call, an await
 * chain or something in parentheses, so that it can be an operand anywhere.
 * anch: the context fixes the type (unsuffixed literals are fine); without it,
 * literals get a suffix so that nothing depends on inference from later uses. */
static char *gen_int(Ctx *c, Ty t, int d, int anch, int ind, Range *r);
static char *gen_bool(Ctx *c, int d, int ind);
static char *gen_stmts(Ctx *c, int n, int ind);
static void gen_stmt(Ctx *c, Buf *b, int ind);

static char *lit(Ty t, int64_t v, int anch)
{
	const char *suf = (!anch || chance(30)) ? tyname[t] : "";
	if (v < 0)
		return fmt("(-%lld%s)", (long long)-v, suf);
	if (v > 9 && chance(15))
		return fmt("0x%llx%s", (long long)v, suf);
	if (v >= 1000 && chance(30))
		return fmt("%lld_%03lld%s", (long long)(v / 1000), (long long)(v % 1000), suf);
	return fmt("%lld%s", (long long)v, suf);
}

static int64_t rand_value(Ty t, Range in)
{
	if (chance(60)) {
		int64_t lo = max64(in.lo, is_signed(t) ? -5 : 0), hi = min64(in.hi, 9);
		if (lo <= hi)
			return rrange(lo, hi);
	}
	return rrange(in.lo, in.hi);
}

static char *gen_lit_int(Ty t, int anch, Range *r)
{
	int64_t v = rand_value(t, boxr(t));
	*r = R(v, v);
	return lit(t, v, anch);
}

/* e (of type t, range *r) forced into target: unchanged if it fits, else `(e & M)` */
static char *wrap_into(char *e, Ty t, Range *r, Range target)
{
	if (fits(*r, target))
		return e;
	int64_t m = target.hi;
	int64_t p = 1;
	while (p - 1 < m && p < LIM) /* largest 2^j-1 <= target.hi */
		p <<= 1;
	if (p - 1 > m)
		p >>= 1;
	m = p - 1;
	(void)t;
	*r = R(0, m);
	return fmt("(%s & %lld)", e, (long long)m);
}

/* the argument list of a call to f */
static char *gen_args(Ctx *c, const Fn *f, int d, int ind)
{
	Buf b = {0};
	for (int i = 0; i < f->nparams; i++) {
		if (i)
			bput(&b, ", ");
		if (f->pty[i] == BOOL) {
			bput(&b, unparen(gen_bool(c, d, ind)));
		} else {
			Range r;
			char *e = gen_int(c, f->pty[i], d, 1, ind, &r);
			bput(&b, unparen(wrap_into(e, f->pty[i], &r, boxr(f->pty[i]))));
		}
	}
	return bdone(&b);
}

static char *call(Ctx *c, const Fn *f, int d, int ind)
{
	if (f->is_async)
		c->awaits++;
	return fmt("%s(%s)%s", f->name, gen_args(c, f, d, ind), f->is_async ? ".await" : "");
}

/* `{ stmts tail }` with the tail of type t (BOOL or int; UNIT: no tail) */
static char *gen_block_expr(Ctx *c, Ty t, int d, int anch, int ind, int nstmts, Range *r)
{
	Buf b = {0};
	if (c->fuel <= 0)
		nstmts = 0; /* bounds the expression <-> statement recursion */
	int save = nvars;
	bput(&b, "{\n");
	if (nstmts)
		bput(&b, gen_stmts(c, nstmts, ind + 1));
	if (t != UNIT) {
		indent(&b, ind + 1);
		if (t == BOOL)
			bput(&b, unparen(gen_bool(c, d, ind + 1)));
		else
			bput(&b, unparen(gen_int(c, t, d, anch, ind + 1, r)));
		bput(&b, "\n");
	}
	indent(&b, ind);
	bput(&b, "}");
	nvars = save;
	return bdone(&b);
}

static char *gen_any(Ctx *c, Ty t, int d, int anch, int ind, Range *r)
{
	if (t == BOOL)
		return gen_bool(c, d, ind);
	return gen_int(c, t, d, anch, ind, r);
}

static char *gen_if_expr(Ctx *c, Ty t, int d, int anch, int ind, Range *r)
{
	char *cond = cond_text(gen_bool(c, d - 1, ind));
	Range r1 = {0, 0}, r2 = {0, 0};
	char *a = gen_block_expr(c, t, d - 1, anch, ind, chance(30) ? 1 : 0, &r1);
	char *b = gen_block_expr(c, t, d - 1, 1, ind, chance(30) ? 1 : 0, &r2);
	*r = runion(r1, r2);
	return fmt("(if %s %s else %s)", cond, a, b);
}

/* a scrutinee and its arms' patterns; returns the scrutinee text */
static char *gen_scrutinee(Ctx *c, int d, int ind, Ty *st)
{
	*st = chance(20) ? BOOL : rand_int_ty();
	if (*st == BOOL)
		return cond_text(gen_bool(c, d, ind));
	Range r;
	return cond_text(gen_int(c, *st, d, 0, ind, &r));
}

/* pattern i of n for a scrutinee of type st (the last is `_`) */
static char *gen_pattern(Ty st, int i, int n, int64_t *used, int *nused)
{
	if (i == n - 1)
		return fmt("_");
	if (st == BOOL)
		return fmt(i == 0 ? "true" : "false");
	Buf b = {0};
	int alts = chance(20) ? 2 : 1;
	for (int a = 0; a < alts; a++) {
		int64_t v;
		int tries = 0;
	again:
		v = is_signed(st) ? rrange(-3, 9) : rrange(0, 9);
		for (int k = 0; k < *nused; k++)
			if (used[k] == v && ++tries < 50)
				goto again;
		used[(*nused)++] = v;
		if (a)
			bput(&b, " | ");
		bprintf(&b, "%lld", (long long)v);
	}
	return bdone(&b);
}

static char *gen_match_expr(Ctx *c, Ty t, int d, int anch, int ind, Range *r)
{
	Ty st;
	char *scrut = gen_scrutinee(c, d - 1, ind, &st);
	int n = st == BOOL ? 2 : 2 + rn(3);
	int64_t used[16];
	int nused = 0;
	Buf b = {0};
	bprintf(&b, "(match %s {\n", scrut);
	for (int i = 0; i < n; i++) {
		Range ri = {0, 0};
		indent(&b, ind + 1);
		bprintf(&b, "%s => ", gen_pattern(st, i, n, used, &nused));
		if (chance(25))
			bput(&b, gen_block_expr(c, t, d - 1, i == 0 ? anch : 1, ind + 1, 1, &ri));
		else
			bput(&b, unparen(gen_any(c, t, d - 1, i == 0 ? anch : 1, ind + 1, &ri)));
		bput(&b, ",\n");
		*r = i == 0 ? ri : runion(*r, ri);
	}
	indent(&b, ind);
	bput(&b, "})");
	return bdone(&b);
}

/* context for the body of an async block */
static Ctx async_block_ctx(const Ctx *c, Ty t, int let_bound, int is_move)
{
	Ctx k = *c;
	k.is_async = 1;
	k.allow_await = 1;
	k.ret = t;
	k.loop_depth = 0;
	k.write_base = nvars;
	if (let_bound && !is_move)
		k.imm_base = nvars; /* it borrows what it reads while other code runs */
	k.no_return = 0;
	return k;
}

static char *gen_async_block(Ctx *c, Ty t, int let_bound, int is_move, int ind, Range *r)
{
	Ctx k = async_block_ctx(c, t, let_bound, is_move);
	k.fuel = 3;
	int save = nvars;
	Buf b = {0};
	bprintf(&b, "async %s{\n", is_move ? "move " : "");
	bput(&b, gen_stmts(&k, 1 + rn(3), ind + 1));
	if (k.awaits == 0 || chance(30)) {
		indent(&b, ind + 1);
		bput(&b, "yield_now().await;\n");
		k.awaits++;
	}
	if (t != UNIT) {
		Range rt = {0, 0};
		indent(&b, ind + 1);
		char *e = gen_any(&k, t, 2, 0, ind + 1, &rt);
		if (t != BOOL)
			e = wrap_into(e, t, &rt, boxr(t));
		bprintf(&b, "%s\n", unparen(e));
	}
	indent(&b, ind);
	bput(&b, "}");
	nvars = save;
	c->awaits += k.awaits;
	if (r)
		*r = is_int(t) ? boxr(t) : R(0, 0);
	return bdone(&b);
}

/* e of type s cast to t */
static char *cast_to(char *e, Ty s, Range *r, Ty t)
{
	if (fits(*r, trange(t)))
		return fmt("(%s as %s)", e, tyname[t]);
	if (tybits[t] <= 32) {
		*r = trange(t);
		return fmt("(%s as %s)", e, tyname[t]);
	}
	*r = R(0, boxmask(s));
	return fmt("((%s & %lld) as %s)", e, (long long)boxmask(s), tyname[t]);
}

static char *gen_binary(Ctx *c, Ty t, int d, int anch, int ind, Range *r)
{
	static const char ops[] = "+-*/%&|^<>";
	char op = ops[rn(10)];
	Range ra, rb;
	char *a = gen_int(c, t, d - 1, anch, ind, &ra);
	char *b;
	switch (op) {
	case '+':
	case '-':
	case '*':
		b = gen_int(c, t, d - 1, 1, ind, &rb);
		if (corners(ra, rb, op, r) && fits(*r, trange(t)))
			return fmt("(%s %c %s)", a, op, b);
		/* narrow both operands: 15 op 7 fits every type */
		if (op == '-' && !is_signed(t)) {
			*r = R(1, 15);
			return fmt("(((%s & 15) | 8) - (%s & 7))", a, b);
		}
		ra = R(0, 15);
		rb = R(0, 7);
		corners(ra, rb, op, r);
		return fmt("((%s & 15) %c (%s & 7))", a, op, b);
	case '/':
	case '%':
		b = gen_int(c, t, d - 1, 1, ind, &rb);
		if (rb.lo < 1) {
			b = fmt("((%s & 7) + 1)", b);
			rb = R(1, 8);
		}
		if (op == '/') {
			int64_t v[4] = {ra.lo / rb.lo, ra.lo / rb.hi, ra.hi / rb.lo, ra.hi / rb.hi};
			*r = R(v[0], v[0]);
			for (int i = 1; i < 4; i++)
				*r = runion(*r, R(v[i], v[i]));
		} else {
			int64_t m = rb.hi - 1;
			*r = R(ra.lo >= 0 ? 0 : max64(ra.lo, -m), ra.hi <= 0 ? 0 : min64(ra.hi, m));
		}
		return fmt("(%s %c %s)", a, op, b);
	case '&':
	case '|':
	case '^':
		b = gen_int(c, t, d - 1, 1, ind, &rb);
		*r = bitwise_range(ra, rb, op);
		return fmt("(%s %c %s)", a, op, b);
	default: { /* shifts: the amount is masked into [0, bits-1] or less */
		int masks[] = {3, 7, tybits[t] - 1};
		int m = masks[rn(3)];
		if (m > tybits[t] - 1)
			m = tybits[t] - 1;
		Ty st = chance(70) ? t : rand_int_ty();
		char *amt;
		if (chance(40)) {
			int64_t v = rrange(0, m);
			amt = lit(st, v, st == t ? 1 : 0);
			rb = R(v, v);
			if (st == t && !strchr(amt, 'u') && !strchr(amt, 'i'))
				amt = fmt("%lld", (long long)v); /* bare literal: i32 by default */
		} else {
			b = gen_int(c, st, d - 1, 0, ind, &rb);
			amt = fmt("(%s & %d)", b, m);
			rb = R(0, m);
		}
		const char *sop = op == '<' ? "<<" : ">>";
		double v[4];
		for (int i = 0; i < 4; i++) {
			double x = (double)((i & 1) ? ra.hi : ra.lo);
			double s = (double)((uint64_t)1 << ((i & 2) ? rb.hi : rb.lo));
			v[i] = op == '<' ? x * s : x / s;
		}
		double lo = v[0], hi = v[0];
		for (int i = 1; i < 4; i++) {
			lo = v[i] < lo ? v[i] : lo;
			hi = v[i] > hi ? v[i] : hi;
		}
		if (op == '>') {
			*r = R(min64(ra.lo, 0), max64(ra.hi, 0));
			return fmt("(%s %s %s)", a, sop, amt);
		}
		if (lo >= (double)tmin(t) && hi <= (double)tmax(t)) {
			*r = R((int64_t)lo, (int64_t)hi);
			return fmt("(%s %s %s)", a, sop, amt);
		}
		if (tybits[t] <= 32) { /* bits shifted out: any value of the type */
			*r = trange(t);
			return fmt("(%s %s %s)", a, sop, amt);
		}
		*r = R(0, 255 << 7);
		return fmt("((%s & 255) << (%s & 7))", a, amt);
	}
	}
}

static char *gen_int(Ctx *c, Ty t, int d, int anch, int ind, Range *r)
{
	if (d <= 0 || chance(20)) {
		int v = pick_var(c, t, 0);
		if (v >= 0 && chance(70)) {
			*r = vars[v].r;
			return fmt("%s", vars[v].name);
		}
		return gen_lit_int(t, anch, r);
	}
	for (;;) {
		int k = rn(100);
		if (k < 20) { /* variable */
			int v = pick_var(c, t, 0);
			if (v < 0)
				continue;
			*r = vars[v].r;
			return fmt("%s", vars[v].name);
		} else if (k < 30) {
			return gen_lit_int(t, anch, r);
		} else if (k < 62) {
			return gen_binary(c, t, d, anch, ind, r);
		} else if (k < 71) { /* cast from another type */
			Ty s = rand_int_ty();
			if (s == t)
				continue;
			char *e = gen_int(c, s, d - 1, 0, ind, r);
			return cast_to(e, s, r, t);
		} else if (k < 75) { /* unary */
			Range ra;
			if (is_signed(t)) {
				char *a = gen_int(c, t, d - 1, anch, ind, &ra);
				if (chance(50)) {
					*r = R(-ra.hi - 1, -ra.lo - 1);
					return fmt("(!%s)", a);
				}
				if (-ra.hi >= tmin(t) && -ra.lo <= tmax(t)) {
					*r = R(-ra.hi, -ra.lo);
					return fmt("(-%s)", a);
				}
				*r = R(-63, 0);
				return fmt("(-(%s & 63))", a);
			}
			if (tybits[t] > 32)
				continue;
			char *a = gen_int(c, t, d - 1, anch, ind, &ra);
			*r = R(tmax(t) - ra.hi, tmax(t) - ra.lo);
			return fmt("(!%s)", a);
		} else if (k < 88) { /* call a sync fn or await an async one */
			int f = pick_fn(c, t, c->is_async && c->allow_await && chance(70) ? 1 : 0);
			if (f < 0)
				f = pick_fn(c, t, -1);
			if (f < 0)
				continue;
			*r = boxr(t);
			return call(c, &fns[f], d - 1, ind);
		} else if (k < 92) {
			return gen_if_expr(c, t, d, anch, ind, r);
		} else if (k < 95) {
			return gen_match_expr(c, t, d, anch, ind, r);
		} else if (k < 97) {
			return fmt("(%s)", gen_block_expr(c, t, d - 1, anch, ind, 1 + rn(2), r));
		} else if (k < 98) {
			if (!(c->is_async && c->allow_await) || c->fuel <= 0)
				continue;
			c->fuel--;
			return fmt("(%s.await)", gen_async_block(c, t, 0, chance(50), ind, r));
		} else { /* observe-free yield inside a block: `{ yield_now().await; e }` */
			if (!(c->is_async && c->allow_await))
				continue;
			c->awaits++;
			char *e = gen_int(c, t, d - 1, anch, ind + 1, r);
			Buf b = {0};
			bput(&b, "({\n");
			indent(&b, ind + 1);
			bput(&b, "yield_now().await;\n");
			indent(&b, ind + 1);
			bprintf(&b, "%s\n", unparen(e));
			indent(&b, ind);
			bput(&b, "})");
			return bdone(&b);
		}
	}
}

static char *gen_bool(Ctx *c, int d, int ind)
{
	Range r;
	if (d <= 0 || chance(10)) {
		int v = pick_var(c, BOOL, 0);
		if (v >= 0 && chance(60))
			return fmt("%s", vars[v].name);
		if (d <= 0 || chance(50))
			return fmt(chance(50) ? "true" : "false");
	}
	for (;;) {
		int k = rn(100);
		if (k < 55) {
			static const char *const cmp[] = {"==", "!=", "<", "<=", ">", ">="};
			Ty s = rand_int_ty();
			Range ra, rb;
			char *a = gen_int(c, s, d - 1, 0, ind, &ra);
			char *b = gen_int(c, s, d - 1, 1, ind, &rb);
			return fmt("(%s %s %s)", a, cmp[rn(6)], b);
		} else if (k < 63) {
			return fmt("(!%s)", gen_bool(c, d - 1, ind));
		} else if (k < 80) {
			char *a = gen_bool(c, d - 1, ind);
			char *b = gen_bool(c, d - 1, ind);
			return fmt("(%s %s %s)", a, chance(50) ? "&&" : "||", b);
		} else if (k < 90) {
			int f = pick_fn(c, BOOL, -1);
			if (f < 0)
				continue;
			return call(c, &fns[f], d - 1, ind);
		} else if (k < 93) {
			return gen_if_expr(c, BOOL, d, 1, ind, &r);
		} else if (k < 95) {
			return gen_match_expr(c, BOOL, d, 1, ind, &r);
		} else {
			int v = pick_var(c, BOOL, 0);
			if (v < 0)
				continue;
			return fmt("%s", vars[v].name);
		}
	}
}

/* an expression of type u32 for observe()/guard() */
static char *gen_u32_of_anything(Ctx *c, int d, int ind)
{
	Range r;
	Ty t = chance(60) ? U32 : rand_int_ty();
	char *e = gen_int(c, t, d, t == U32, ind, &r);
	if (t != U32)
		e = cast_to(e, t, &r, U32);
	return unparen(e);
}

/* ------------------------------------------------------------------ */
/* statements                                                           */
/* ------------------------------------------------------------------ */

static void line(Buf *b, int ind, const char *s)
{
	indent(b, ind);
	bput(b, s);
	bput(b, "\n");
}

static void gen_let(Ctx *c, Buf *b, int ind, Ty t)
{
	int mut = is_int(t) && chance(35);
	int annot = chance(40);
	Range r = {0, 0};
	char *e;
	if (t == BOOL) {
		e = gen_bool(c, 2, ind);
	} else {
		e = gen_int(c, t, 1 + rn(2), annot, ind, &r);
		if (mut)
			e = wrap_into(e, t, &r, boxr(t));
	}
	char *name = fresh("v");
	indent(b, ind);
	bprintf(b, "let %s%s%s%s = %s;\n", mut ? "mut " : "", name, annot ? ": " : "", annot ? tyname[t] : "", unparen(e));
	push_var(name, t, mut, mut ? boxr(t) : r);
}

static void gen_assign(Ctx *c, Buf *b, int ind)
{
	int cand[MAXVARS], n = 0;
	for (int i = 0; i < nvars; i++)
		if (writable(c, i) && readable(c, i))
			cand[n++] = i;
	if (!n) {
		gen_let(c, b, ind, rand_int_ty());
		return;
	}
	Var *v = &vars[cand[rn(n)]];
	Ty t = v->ty;
	Range r, bx = boxr(t);
	int k = rn(10);
	if (k < 3) {
		char *e = wrap_into(gen_int(c, t, 2, 1, ind, &r), t, &r, bx);
		indent(b, ind);
		bprintf(b, "%s = %s;\n", v->name, unparen(e));
	} else if (k < 6) {
		static const char *const ops[] = {"&=", "|=", "^="};
		char *e = wrap_into(gen_int(c, t, 2, 1, ind, &r), t, &r, bx);
		indent(b, ind);
		bprintf(b, "%s %s %s;\n", v->name, ops[rn(3)], unparen(e));
	} else if (k < 8) {
		char *e = gen_int(c, t, 1, 1, ind, &r);
		indent(b, ind);
		if (chance(50))
			bprintf(b, "%s %s (%s & 7) + 1;\n", v->name, chance(50) ? "/=" : "%=", e);
		else
			bprintf(b, "%s >>= %s & 3;\n", v->name, e);
	} else {
		/* may leave the box: the next line restores it */
		static const char *const ops[] = {"+=", "*=", "<<=", "-="};
		int o = rn(is_signed(t) ? 4 : 3);
		char *e;
		if (o == 0 || o == 3)
			e = unparen(wrap_into(gen_int(c, t, 2, 1, ind, &r), t, &r, bx));
		else
			e = fmt("%s & 3", gen_int(c, t, 1, 1, ind, &r));
		indent(b, ind);
		bprintf(b, "%s %s %s;\n", v->name, ops[o], e);
		indent(b, ind);
		bprintf(b, "%s &= %lld;\n", v->name, (long long)boxmask(t));
	}
}

static void gen_if_stmt(Ctx *c, Buf *b, int ind)
{
	indent(b, ind);
	int save = nvars;
	bprintf(b, "if %s {\n", cond_text(gen_bool(c, 2, ind)));
	bput(b, gen_stmts(c, 1 + rn(2), ind + 1));
	nvars = save;
	if (chance(60)) {
		indent(b, ind);
		if (chance(20)) {
			bprintf(b, "} else if %s {\n", cond_text(gen_bool(c, 2, ind)));
			bput(b, gen_stmts(c, 1 + rn(2), ind + 1));
			nvars = save;
			indent(b, ind);
		}
		bput(b, "} else {\n");
		bput(b, gen_stmts(c, 1 + rn(2), ind + 1));
		nvars = save;
	}
	line(b, ind, "}");
}

static void gen_match_stmt(Ctx *c, Buf *b, int ind)
{
	Ty st;
	char *scrut = gen_scrutinee(c, 2, ind, &st);
	int n = st == BOOL ? 2 : 2 + rn(3);
	int64_t used[16];
	int nused = 0;
	indent(b, ind);
	bprintf(b, "match %s {\n", scrut);
	for (int i = 0; i < n; i++) {
		int save = nvars;
		indent(b, ind + 1);
		bprintf(b, "%s => ", gen_pattern(st, i, n, used, &nused));
		if (chance(40)) {
			bprintf(b, "observe(%s),\n", gen_u32_of_anything(c, 1, ind + 1));
		} else {
			bput(b, "{\n");
			bput(b, gen_stmts(c, 1 + rn(2), ind + 2));
			line(b, ind + 1, "}");
		}
		nvars = save;
	}
	line(b, ind, "}");
}

/* `while` or `loop` running K times off a fresh counter incremented first */
static void gen_loop(Ctx *c, Buf *b, int ind)
{
	Ty ct = chance(70) ? U32 : (Ty)(chance(50) ? U8 : USIZE);
	int64_t k = rrange(1, 4);
	char *i = fresh("i");
	indent(b, ind);
	bprintf(b, "let mut %s = 0%s;\n", i, tyname[ct]);
	Var *v = push_var(i, ct, 1, R(0, k));
	v->counter = 1;
	int save = nvars;
	indent(b, ind);
	if (chance(60)) {
		bprintf(b, "while %s < %lld {\n", i, (long long)k);
		line(b, ind + 1, fmt("%s += 1;", i));
	} else {
		bput(b, "loop {\n");
		line(b, ind + 1, fmt("if %s >= %lld {", i, (long long)k));
		line(b, ind + 2, "break;");
		line(b, ind + 1, "}");
		line(b, ind + 1, fmt("%s += 1;", i));
	}
	c->loop_depth++;
	int n = 1 + rn(3), at = chance(40) ? rn(n + 1) : -1;
	for (int j = 0; j <= n; j++) {
		if (j == at) { /* an early exit of this iteration or of the loop */
			indent(b, ind + 1);
			bprintf(b, "if %s {\n", cond_text(gen_bool(c, 1, ind + 1)));
			line(b, ind + 2, chance(60) ? "continue;" : "break;");
			line(b, ind + 1, "}");
		}
		if (j < n)
			gen_stmt(c, b, ind + 1);
	}
	c->loop_depth--;
	nvars = save;
	line(b, ind, "}");
}

static void gen_observe(Ctx *c, Buf *b, int ind)
{
	indent(b, ind);
	bprintf(b, "observe(%s);\n", gen_u32_of_anything(c, 1 + rn(2), ind));
}

static void gen_guard(Ctx *c, Buf *b, int ind)
{
	indent(b, ind);
	int k = rn(10);
	char *g = gen_u32_of_anything(c, 1, ind);
	if (k < 8)
		bprintf(b, "let %s = guard(%s);\n", fresh("_g"), g);
	else if (k < 9) /* intended: dropped at once */
		bprintf(b, "let _ = guard(%s);\n", g);
	else
		bprintf(b, "guard(%s);\n", g);
}

/* an await statement: yield, awaited call (result used or not) */
static void gen_await_stmt(Ctx *c, Buf *b, int ind)
{
	int k = rn(10);
	if (k < 3) {
		line(b, ind, "yield_now().await;");
		c->awaits++;
		return;
	}
	Ty t = k < 8 ? rand_int_ty() : (chance(50) ? BOOL : UNIT);
	int f = pick_fn(c, t, 1);
	if (f < 0) {
		t = U32;
		f = pick_fn(c, U32, 1);
	}
	if (f < 0) {
		line(b, ind, "yield_now().await;");
		c->awaits++;
		return;
	}
	char *e = call(c, &fns[f], 1, ind);
	indent(b, ind);
	if (t == UNIT || chance(15)) {
		bprintf(b, "%s;\n", e);
	} else {
		char *name = fresh("r");
		bprintf(b, "let %s = %s;\n", name, e);
		push_var(name, t, 0, t == BOOL ? R(0, 0) : boxr(t));
	}
}

/* let-bound future (async block or async fn call), statements, then its await */
static void gen_future_later(Ctx *c, Buf *b, int ind)
{
	char *fname = fresh("fut");
	Ty t = chance(70) ? rand_int_ty() : (chance(50) ? UNIT : BOOL);
	int f = -1;
	if (chance(40))
		f = pick_fn(c, t, 1);
	indent(b, ind);
	if (f >= 0) {
		bprintf(b, "let %s = %s(%s);\n", fname, fns[f].name, gen_args(c, &fns[f], 1, ind));
		c->awaits++;
	} else {
		int mv = chance(50);
		bprintf(b, "let %s = %s;\n", fname, gen_async_block(c, t, 1, mv, ind, NULL));
	}
	int n = rn(3);
	int saved_return = c->no_return;
	for (int i = 0; i < n; i++)
		gen_stmt(c, b, ind);
	c->no_return = saved_return;
	if (chance(10)) /* never awaited: dropped unpolled */
		return;
	indent(b, ind);
	if (t == UNIT || chance(15)) {
		bprintf(b, "%s.await;\n", fname);
	} else {
		char *name = fresh("r");
		bprintf(b, "let %s = %s.await;\n", name, fname);
		push_var(name, t, 0, t == BOOL ? R(0, 0) : boxr(t));
	}
}

static void gen_return(Ctx *c, Buf *b, int ind)
{
	indent(b, ind);
	bprintf(b, "if %s {\n", cond_text(gen_bool(c, 2, ind)));
	if (chance(40))
		gen_observe(c, b, ind + 1);
	indent(b, ind + 1);
	if (c->ret == UNIT) {
		bput(b, "return;\n");
	} else if (c->ret == BOOL) {
		bprintf(b, "return %s;\n", unparen(gen_bool(c, 1, ind + 1)));
	} else {
		Range r;
		char *e = wrap_into(gen_int(c, c->ret, 1, 1, ind + 1, &r), c->ret, &r, boxr(c->ret));
		bprintf(b, "return %s;\n", unparen(e));
	}
	line(b, ind, "}");
}

static void gen_stmt(Ctx *c, Buf *b, int ind)
{
	c->fuel--;
	int awaits = c->is_async && c->allow_await;
	for (;;) {
		int k = rn(100);
		if (k < 18) {
			gen_let(c, b, ind, chance(85) ? rand_int_ty() : BOOL);
		} else if (k < 28) {
			gen_assign(c, b, ind);
		} else if (k < 40) {
			gen_observe(c, b, ind);
		} else if (k < 45) {
			gen_guard(c, b, ind);
		} else if (k < 58) {
			if (!awaits)
				continue;
			gen_await_stmt(c, b, ind);
		} else if (k < 64) {
			if (c->fuel <= 0)
				continue;
			gen_if_stmt(c, b, ind);
		} else if (k < 69) {
			if (c->fuel <= 0)
				continue;
			gen_match_stmt(c, b, ind);
		} else if (k < 75) {
			if (c->fuel <= 0 || c->loop_depth >= 2)
				continue;
			gen_loop(c, b, ind);
		} else if (k < 79) {
			if (!c->loop_depth)
				continue;
			indent(b, ind);
			bprintf(b, "if %s {\n", cond_text(gen_bool(c, 1, ind)));
			line(b, ind + 1, chance(50) ? "break;" : "continue;");
			line(b, ind, "}");
		} else if (k < 82) {
			if (c->no_return)
				continue;
			gen_return(c, b, ind);
		} else if (k < 86) {
			if (c->fuel <= 0)
				continue;
			int save = nvars;
			line(b, ind, "{");
			bput(b, gen_stmts(c, 1 + rn(3), ind + 1));
			line(b, ind, "}");
			nvars = save;
		} else if (k < 92) {
			if (!awaits || c->fuel <= 0)
				continue;
			c->fuel--;
			gen_future_later(c, b, ind);
		} else if (k < 96) {
			if (!awaits || c->fuel <= 0)
				continue;
			c->fuel--;
			Ty t = chance(60) ? rand_int_ty() : UNIT;
			char *name = fresh("r");
			char *blk = gen_async_block(c, t, 0, chance(50), ind, NULL);
			indent(b, ind);
			if (t == UNIT) {
				bprintf(b, "let %s = %s.await;\n", name, blk);
			} else {
				bprintf(b, "let %s = %s.await;\n", name, blk);
				push_var(name, t, 0, boxr(t));
			}
		} else {
			/* call a sync unit fn or a sync fn for its value */
			int f = pick_fn(c, UNIT, 0);
			if (f < 0)
				continue;
			indent(b, ind);
			bprintf(b, "%s;\n", call(c, &fns[f], 1, ind));
		}
		return;
	}
}

static char *gen_stmts(Ctx *c, int n, int ind)
{
	Buf b = {0};
	for (int i = 0; i < n; i++)
		gen_stmt(c, &b, ind);
	return bdone(&b);
}

/* ------------------------------------------------------------------ */
/* fns                                                                  */
/* ------------------------------------------------------------------ */

static Buf out_args, out_body;
static char shapes_line[512];

static void note_shape(const char *s)
{
	if (strstr(shapes_line, s))
		return;
	size_t n = strlen(shapes_line);
	snprintf(shapes_line + n, sizeof shapes_line - n, " %s", s);
}

/* a new fn header with params pushed as variables; returns the Fn (added on finish) */
static Fn *begin_fn(Fn *f, const char *prefix, int is_async, int nparams, Ty ret, Ctx *c)
{
	memset(f, 0, sizeof *f);
	snprintf(f->name, sizeof f->name, "%s%d", prefix, nfns + 1);
	f->is_async = is_async;
	f->nparams = nparams;
	f->ret = ret;
	for (int i = 0; i < nparams; i++)
		f->pty[i] = chance(12) ? BOOL : rand_int_ty();
	nvars = 0;
	memset(c, 0, sizeof *c);
	c->is_async = is_async;
	c->allow_await = is_async;
	c->ret = ret;
	c->fuel = 4 + rn(5);
	return f;
}

static void emit_header(const Fn *f, Buf *b, int mut_params)
{
	bprintf(b, "%sfn %s(", f->is_async ? "async " : "", f->name);
	for (int i = 0; i < f->nparams; i++) {
		int mut = mut_params && f->pty[i] != BOOL && chance(20);
		char *name = fmt("p%d", i);
		bprintf(b, "%s%s%s: %s", i ? ", " : "", mut ? "mut " : "", name, tyname[f->pty[i]]);
		Range r = f->pty[i] == BOOL ? R(0, 0) : boxr(f->pty[i]);
		push_var(name, f->pty[i], mut, r);
	}
	bput(b, ")");
	if (f->ret != UNIT)
		bprintf(b, " -> %s", tyname[f->ret]);
	bput(b, " {\n");
}

/* tail expression of the fn (wrapped into the return box) */
static void emit_tail(Ctx *c, const Fn *f, Buf *b)
{
	if (f->ret == UNIT)
		return;
	indent(b, 1);
	if (f->ret == BOOL) {
		bprintf(b, "%s\n", unparen(gen_bool(c, 2, 1)));
	} else {
		Range r;
		char *e = wrap_into(gen_int(c, f->ret, 2, 1, 1, &r), f->ret, &r, boxr(f->ret));
		bprintf(b, "%s\n", unparen(e));
	}
}

static void finish_fn(Fn *f, Buf *b, int awaits)
{
	bput(b, "}\n\n");
	f->awaits = awaits;
	if (f->is_async && f->nparams) {
		bprintf(&out_args, "//@ args: %s ", f->name);
		for (int i = 0; i < f->nparams; i++) {
			if (i)
				bput(&out_args, ",");
			if (f->pty[i] == BOOL)
				bput(&out_args, chance(50) ? "true" : "false");
			else
				bprintf(&out_args, "%lld", (long long)rand_value(f->pty[i], boxr(f->pty[i])));
		}
		bput(&out_args, "\n");
	}
	bput(&out_body, b->p);
	free(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
	fns[nfns++] = *f;
	nvars = 0;
}

static Ty rand_ret(void)
{
	int k = rn(100);
	return k < 70 ? rand_int_ty() : k < 80 ? BOOL : UNIT;
}

/* a random fn: sync, async, or async without awaits */
static void gen_random_fn(int is_async, int awaitless)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int np = rn(4); /* one random call per statement: argument order is unspecified */
	begin_fn(&f, is_async ? (awaitless ? "quick" : "task") : "calc", is_async, np, rand_ret(), &c);
	if (awaitless)
		c.allow_await = 0;
	emit_header(&f, &b, 1);
	int n = 2 + rn(4);
	for (int i = 0; i < n; i++)
		gen_stmt(&c, &b, 1);
	emit_tail(&c, &f, &b);
	finish_fn(&f, &b, c.awaits);
}

/* async fn leafN(v: T) -> T: a few statements around at least one yield */
static void gen_leaf(void)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int np = 1 + rn(2);
	begin_fn(&f, "leaf", 1, np, rand_int_ty(), &c);
	c.fuel = 3;
	emit_header(&f, &b, 0);
	if (chance(50))
		gen_observe(&c, &b, 1);
	line(&b, 1, "yield_now().await;");
	c.awaits++;
	if (chance(60))
		gen_observe(&c, &b, 1);
	emit_tail(&c, &f, &b);
	finish_fn(&f, &b, c.awaits);
}

static int pick_async_int_fn(void)
{
	int cand[MAXFNS], n = 0;
	for (int i = 0; i < nfns; i++)
		if (fns[i].is_async && is_int(fns[i].ret) && !fns[i].no_call)
			cand[n++] = i;
	return n ? cand[rn(n)] : -1;
}

/* sync statements (no awaits, no early return): preambles and postambles */
static void gen_sync_stmts(Ctx *c, Buf *b, int n)
{
	int aw = c->allow_await, nr = c->no_return;
	c->allow_await = 0;
	c->no_return = 1;
	for (int i = 0; i < n; i++) {
		if (chance(50))
			gen_let(c, b, 1, rand_int_ty());
		else if (chance(50))
			gen_observe(c, b, 1);
		else
			gen_stmt(c, b, 1);
	}
	c->allow_await = aw;
	c->no_return = nr;
}

/* single-await wrapper: [preamble] let r = inner(args).await; [postamble] tail
 * (or just `inner(args).await` as the tail). guard: a guard live across it. */
static int gen_wrapper(int inner, int guard, const char *prefix)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	const Fn *g = &fns[inner];
	int bare = chance(35);
	Ty ret = bare ? g->ret : (chance(70) ? g->ret : rand_int_ty());
	begin_fn(&f, prefix, 1, rn(3), ret, &c);
	c.fuel = 4;
	emit_header(&f, &b, 1);
	if (!bare && chance(70))
		gen_sync_stmts(&c, &b, 1 + rn(2));
	if (guard) {
		indent(&b, 1);
		char *garg = gen_u32_of_anything(&c, 1, 1);
		bprintf(&b, "let %s = guard(%s);\n", fresh("_g"), garg);
	}
	c.allow_await = 0; /* the arguments are await-free */
	char *args = gen_args(&c, g, 1, 1);
	c.allow_await = 1;
	c.awaits++;
	if (bare) {
		line(&b, 1, fmt("%s(%s).await", g->name, args));
	} else {
		char *r = fresh("r");
		line(&b, 1, fmt("let %s = %s(%s).await;", r, g->name, args));
		push_var(r, g->ret, 0, boxr(g->ret));
		c.allow_await = 0;
		if (chance(60))
			gen_sync_stmts(&c, &b, 1 + rn(2));
		indent(&b, 1);
		Range rr = boxr(g->ret);
		char *e = fmt("%s", r);
		if (chance(70) || g->ret != ret) {
			/* postamble arithmetic on the result */
			Range ro;
			char *o = gen_int(&c, g->ret, 1, 1, 1, &ro);
			Range res;
			static const char ops[] = "+*^|";
			char op = ops[rn(4)];
			if (op == '^' || op == '|') {
				res = bitwise_range(rr, ro, op);
				e = fmt("(%s %c %s)", r, op, o);
			} else if (corners(rr, ro, op, &res) && fits(res, trange(g->ret))) {
				e = fmt("(%s %c %s)", r, op, o);
			} else {
				res = rr;
			}
			rr = res;
			if (g->ret != ret)
				e = cast_to(e, g->ret, &rr, ret);
		}
		e = wrap_into(e, ret, &rr, boxr(ret));
		bprintf(&b, "%s\n", unparen(e));
	}
	finish_fn(&f, &b, 1);
	return nfns - 1;
}

/* the await of some int-returning async fn, as type t */
static char *await_as(Ctx *c, int g, Ty t, Range *r)
{
	char *e = call(c, &fns[g], 1, 2);
	*r = boxr(fns[g].ret);
	if (fns[g].ret != t)
		e = cast_to(e, fns[g].ret, r, t);
	return e;
}

/* match/if whose arms each await: the same callee (merge-states) or different ones */
static void gen_dispatch(int use_if, int same)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int g = pick_async_int_fn();
	Ty ret = chance(60) ? fns[g].ret : rand_int_ty();
	begin_fn(&f, use_if ? "branch" : "dispatch", 1, 1 + rn(2), ret, &c);
	c.fuel = 4;
	emit_header(&f, &b, 0);
	if (chance(50))
		gen_sync_stmts(&c, &b, 1);
	int bind = chance(60) ? 1 : chance(50) ? 0 : 2; /* 1: let r = ...; 0: tail; 2: statement */
	Range r, rall = {0, 0};
	Buf m = {0};
	if (use_if) {
		bprintf(&m, "if %s {\n", cond_text(gen_bool(&c, 2, 1)));
		int n = 2 + (chance(30) ? 1 : 0);
		for (int i = 0; i < n; i++) {
			int gi = same ? g : pick_async_int_fn();
			if (chance(30)) {
				indent(&m, 2);
				bprintf(&m, "observe(%d);\n", i);
			}
			indent(&m, 2);
			char *e = await_as(&c, gi, ret, &r);
			rall = i ? runion(rall, r) : r;
			bprintf(&m, "%s\n", unparen(e));
			indent(&m, 1);
			if (i == n - 1)
				bput(&m, "}");
			else if (i == n - 2)
				bput(&m, "} else {\n");
			else
				bprintf(&m, "} else if %s {\n", cond_text(gen_bool(&c, 1, 1)));
		}
	} else {
		Ty st;
		char *scrut = gen_scrutinee(&c, 1, 1, &st);
		int n = st == BOOL ? 2 : 2 + rn(3);
		int64_t used[16];
		int nused = 0;
		bprintf(&m, "match %s {\n", scrut);
		for (int i = 0; i < n; i++) {
			int gi = same ? g : pick_async_int_fn();
			indent(&m, 2);
			bprintf(&m, "%s => ", gen_pattern(st, i, n, used, &nused));
			char *e = await_as(&c, gi, ret, &r);
			rall = i ? runion(rall, r) : r;
			if (chance(30)) {
				bput(&m, "{\n");
				gen_observe(&c, &m, 3);
				indent(&m, 3);
				bprintf(&m, "%s\n", unparen(e));
				line(&m, 2, "}");
			} else {
				bprintf(&m, "%s,\n", unparen(e));
			}
		}
		indent(&m, 1);
		bput(&m, "}");
	}
	char *mt = bdone(&m);
	indent(&b, 1);
	if (bind == 1) {
		char *rn_ = fresh("r");
		bprintf(&b, "let %s = %s;\n", rn_, mt);
		push_var(rn_, ret, 0, rall);
		if (chance(50))
			gen_observe(&c, &b, 1);
		emit_tail(&c, &f, &b);
	} else if (bind == 0) {
		if (fits(rall, boxr(ret)))
			bprintf(&b, "%s\n", mt);
		else
			bprintf(&b, "(%s) & %lld\n", mt, (long long)boxmask(ret));
	} else {
		bprintf(&b, "%s;\n", mt);
		emit_tail(&c, &f, &b);
	}
	finish_fn(&f, &b, 1);
}

/* a fn whose body is random statements with one forced production first */
typedef void (*Forced)(Ctx *c, Buf *b);

static void gen_with(const char *prefix, Forced forced, int nforced)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	int np = rn(3);
	begin_fn(&f, prefix, 1, np, rand_ret(), &c);
	emit_header(&f, &b, 1);
	int n = 1 + rn(3);
	int at = rn(n + 1);
	for (int i = 0; i <= n; i++) {
		if (i == at)
			for (int k = 0; k < nforced; k++)
				forced(&c, &b);
		if (i < n)
			gen_stmt(&c, &b, 1);
	}
	emit_tail(&c, &f, &b);
	finish_fn(&f, &b, c.awaits);
}

static void forced_loop_await(Ctx *c, Buf *b)
{
	Ty ct = U32;
	int64_t k = rrange(2, 4);
	char *i = fresh("i");
	char *acc = fresh("acc");
	Ty at = rand_int_ty();
	indent(b, 1);
	bprintf(b, "let mut %s = 0%s;\n", acc, tyname[at]);
	push_var(acc, at, 1, boxr(at));
	indent(b, 1);
	bprintf(b, "let mut %s = 0%s;\n", i, tyname[ct]);
	Var *v = push_var(i, ct, 1, R(0, k));
	v->counter = 1;
	int save = nvars;
	if (chance(50)) {
		line(b, 1, fmt("while %s < %lld {", i, (long long)k));
		line(b, 2, fmt("%s += 1;", i));
	} else {
		line(b, 1, "loop {");
		line(b, 2, fmt("if %s >= %lld {", i, (long long)k));
		line(b, 3, "break;");
		line(b, 2, "}");
		line(b, 2, fmt("%s += 1;", i));
	}
	c->loop_depth++;
	int g = pick_async_int_fn();
	Range r;
	char *e = g >= 0 ? await_as(c, g, at, &r) : (c->awaits++, fmt("{ yield_now().await; 1%s }", tyname[at]));
	indent(b, 2);
	bprintf(b, "%s ^= %s;\n", acc, g >= 0 ? unparen(wrap_into(e, at, &r, boxr(at))) : e);
	if (chance(50))
		gen_stmt(c, b, 2);
	c->loop_depth--;
	nvars = save;
	line(b, 1, "}");
	indent(b, 1);
	bprintf(b, "observe(%s);\n", unparen(cast_to(acc, at, &(Range){boxr(at).lo, boxr(at).hi}, U32)));
}

static void forced_let_await(Ctx *c, Buf *b)
{
	for (int k = 0; k < 2; k++) {
		int g = pick_async_int_fn();
		char *name = fresh("r");
		indent(b, 1);
		bprintf(b, "let %s = %s;\n", name, call(c, &fns[g], 1, 1));
		push_var(name, fns[g].ret, 0, boxr(fns[g].ret));
	}
	gen_observe(c, b, 1);
}

static void forced_guard(Ctx *c, Buf *b)
{
	indent(b, 1);
	char *g = gen_u32_of_anything(c, 1, 1);
	bprintf(b, "let %s = guard(%s);\n", fresh("_g"), g);
	gen_await_stmt(c, b, 1);
	if (chance(50)) {
		line(b, 1, "{");
		indent(b, 2);
		char *g2 = gen_u32_of_anything(c, 1, 2);
		bprintf(b, "let %s = guard(%s);\n", fresh("_g"), g2);
		line(b, 2, "yield_now().await;");
		c->awaits++;
		gen_observe(c, b, 2);
		line(b, 1, "}");
	}
}

static void forced_async_block(Ctx *c, Buf *b)
{
	Ty t = rand_int_ty();
	char *name = fresh("r");
	int k = rn(3);
	if (k == 0) {
		indent(b, 1);
		bprintf(b, "let %s = %s.await;\n", name, gen_async_block(c, t, 0, chance(50), 1, NULL));
		push_var(name, t, 0, boxr(t));
	} else {
		char *fut = fresh("fut");
		indent(b, 1);
		bprintf(b, "let %s = %s;\n", fut, gen_async_block(c, t, 1, k == 1, 1, NULL));
		gen_observe(c, b, 1);
		indent(b, 1);
		bprintf(b, "let %s = %s.await;\n", name, fut);
		push_var(name, t, 0, boxr(t));
	}
}

static void forced_future_later(Ctx *c, Buf *b)
{
	int g = pick_async_int_fn();
	char *fut = fresh("fut"), *name = fresh("r");
	indent(b, 1);
	bprintf(b, "let %s = %s(%s);\n", fut, fns[g].name, gen_args(c, &fns[g], 1, 1));
	gen_observe(c, b, 1);
	if (chance(50))
		line(b, 1, "yield_now().await;");
	indent(b, 1);
	bprintf(b, "let %s = %s.await;\n", name, fut);
	c->awaits++;
	push_var(name, fns[g].ret, 0, boxr(fns[g].ret));
}

static void forced_early_return(Ctx *c, Buf *b)
{
	if (chance(50))
		gen_await_stmt(c, b, 1);
	gen_return(c, b, 1);
	gen_await_stmt(c, b, 1);
}

static void forced_await_scrutinee(Ctx *c, Buf *b)
{
	int g = pick_async_int_fn();
	Ty st = fns[g].ret;
	int64_t used[16];
	int nused = 0;
	int n = 2 + rn(2);
	indent(b, 1);
	bprintf(b, "match %s {\n", call(c, &fns[g], 1, 1));
	for (int i = 0; i < n; i++) {
		indent(b, 2);
		bprintf(b, "%s => {\n", gen_pattern(st, i, n, used, &nused));
		int save = nvars;
		gen_await_stmt(c, b, 3);
		nvars = save;
		line(b, 2, "}");
	}
	line(b, 1, "}");
}

/* checked arithmetic on parameters that overflows for some arguments */
static void gen_panic_fn(void)
{
	Fn f;
	Ctx c;
	Buf b = {0};
	Ty t = chance(50) ? U8 : (Ty)(chance(50) ? I8 : U16);
	begin_fn(&f, "risky", 1, 2, t, &c);
	f.pty[0] = f.pty[1] = t;
	emit_header(&f, &b, 0);
	if (chance(60)) {
		indent(&b, 1);
		char *garg = gen_u32_of_anything(&c, 1, 1);
		bprintf(&b, "let %s = guard(%s);\n", fresh("_g"), garg);
	}
	line(&b, 1, "yield_now().await;");
	line(&b, 1, fmt("observe(p0 as u32);"));
	static const char *const ops[] = {"p0 + p1", "p0 * p1", "p0 - p1", "(p0 << 3) * p1", "p0 * 4"};
	const char *e = ops[rn(5)];
	if (!strcmp(e, "p0 - p1") && is_signed(t))
		e = "p0 * p1";
	line(&b, 1, fmt("let v = %s;", e));
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "v");
	f.no_call = chance(60); /* else callers may panic too, unwinding through their states */
	nvars = 0;
	/* finish_fn picks args inside the box; make them large instead, at times */
	bput(&b, "}\n\n");
	fns[nfns++] = f;
	bput(&out_body, b.p);
	free(b.p);
	int64_t a0 = chance(50) ? rrange(0, 12) : rrange(0, tmax(t) > 200 ? 200 : tmax(t));
	int64_t a1 = chance(50) ? rrange(0, 12) : rrange(0, tmax(t) > 200 ? 200 : tmax(t));
	bprintf(&out_args, "//@ args: %s %lld,%lld\n", f.name, (long long)a0, (long long)a1);
}

/* issue 22: a Guard moved out of where it was bound — into a callee by value, into
 * an async move block (into a local there, or out again as the block's value), or
 * on one path only (in the fn, or in a block) — which drop elaboration must drop
 * exactly once. A sink taking the Guard by value comes first; neither fn is called
 * by others (a Guard argument is beyond the other shapes). */
static void gen_guard_move(void)
{
	Fn sink, mover;
	memset(&sink, 0, sizeof sink);
	memset(&mover, 0, sizeof mover);
	snprintf(sink.name, sizeof sink.name, "gsink%d", nfns + 1);
	sink.is_async = sink.awaits = sink.no_call = 1;
	Buf b = {0};
	bprintf(&b, "async fn %s(g: Guard, x: u32) -> u32 {\n", sink.name);
	line(&b, 1, "yield_now().await;");
	line(&b, 1, "observe(x);");
	line(&b, 1, "x / 2");
	bput(&b, "}\n\n");
	fns[nfns++] = sink;
	bprintf(&out_args, "//@ args: %s %lld,%lld\n", sink.name, (long long)rrange(0, 99), (long long)rrange(0, 99));
	snprintf(mover.name, sizeof mover.name, "gmove%d", nfns + 1);
	mover.is_async = mover.awaits = mover.no_call = 1;
	bprintf(&b, "async fn %s(p0: u32, p1: bool) -> u32 {\n", mover.name);
	line(&b, 1, "let g = guard(p0);");
	switch (rn(5)) {
	case 0: /* into a callee */
		line(&b, 1, fmt("let r = %s(g, p0).await;", sink.name));
		line(&b, 1, "observe(r);");
		line(&b, 1, "r");
		break;
	case 1: /* into a block, into a local there */
		line(&b, 1, "let r = async move {");
		line(&b, 2, "let h = g;");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(p0);");
		line(&b, 2, "p0 / 3");
		line(&b, 1, "}");
		line(&b, 1, ".await;");
		line(&b, 1, "r");
		break;
	case 2: /* into a block and out again as its value */
		line(&b, 1, "let h = async move {");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(p0);");
		line(&b, 2, "g");
		line(&b, 1, "}");
		line(&b, 1, ".await;");
		line(&b, 1, "yield_now().await;");
		line(&b, 1, "observe(7);");
		line(&b, 1, "p0");
		break;
	case 3: /* on one path only */
		line(&b, 1, "if p1 {");
		line(&b, 2, fmt("%s(g, p0).await", sink.name));
		line(&b, 1, "} else {");
		line(&b, 2, "yield_now().await;");
		line(&b, 2, "observe(p0);");
		line(&b, 2, "p0");
		line(&b, 1, "}");
		break;
	default: /* a block moving its captured Guard on one path only */
		line(&b, 1, "async move {");
		line(&b, 2, "if p1 {");
		line(&b, 3, fmt("%s(g, p0).await", sink.name));
		line(&b, 2, "} else {");
		line(&b, 3, "yield_now().await;");
		line(&b, 3, "p0");
		line(&b, 2, "}");
		line(&b, 1, "}");
		line(&b, 1, ".await");
		break;
	}
	bput(&b, "}\n\n");
	fns[nfns++] = mover;
	bprintf(&out_args, "//@ args: %s %lld,%s\n", mover.name, (long long)rrange(0, 99), chance(50) ? "true" : "false");
	bput(&out_body, b.p);
	free(b.p);
	nvars = 0;
}

/* ------------------------------------------------------------------ */
/* programs                                                             */
/* ------------------------------------------------------------------ */

enum {
	SH_MATCH_SAME, SH_MATCH_DIFF, SH_IF_SAME, SH_IF_DIFF, SH_LOOP_AWAIT, SH_LET_AWAIT,
	SH_GUARD, SH_WRAPPER, SH_CHAIN, SH_AWAITLESS, SH_ASYNC_BLOCK, SH_EARLY_RETURN,
	SH_PANIC, SH_FUTURE_LATER, SH_AWAIT_SCRUTINEE, SH_GUARD_WRAPPER, SH_GUARD_MOVE, NSHAPES
};
static const char *const shape_names[NSHAPES] = {
	"match_same", "match_diff", "if_same", "if_diff", "loop_await", "let_await",
	"guard_across_await", "wrapper", "chain", "awaitless", "async_block", "early_return",
	"panic", "future_later", "await_scrutinee", "guard_wrapper", "guard_move",
};

static void gen_shape(int s)
{
	note_shape(shape_names[s]);
	switch (s) {
	case SH_MATCH_SAME: gen_dispatch(0, 1); break;
	case SH_MATCH_DIFF: gen_dispatch(0, 0); break;
	case SH_IF_SAME: gen_dispatch(1, 1); break;
	case SH_IF_DIFF: gen_dispatch(1, 0); break;
	case SH_LOOP_AWAIT: gen_with("looper", forced_loop_await, 1); break;
	case SH_LET_AWAIT: gen_with("bind", forced_let_await, 1); break;
	case SH_GUARD: gen_with("guarded", forced_guard, 1); break;
	case SH_WRAPPER: gen_wrapper(pick_async_int_fn(), 0, "wrap"); break;
	case SH_CHAIN: {
		int g = pick_async_int_fn();
		int n = 2 + rn(3);
		for (int i = 0; i < n; i++)
			g = gen_wrapper(g, chance(10), fmt("l%d_", i + 1));
		break;
	}
	case SH_AWAITLESS: gen_random_fn(1, 1); break;
	case SH_ASYNC_BLOCK: gen_with("blocks", forced_async_block, 1 + rn(2)); break;
	case SH_EARLY_RETURN: gen_with("early", forced_early_return, 1); break;
	case SH_PANIC: gen_panic_fn(); break;
	case SH_FUTURE_LATER: gen_with("later", forced_future_later, 1); break;
	case SH_AWAIT_SCRUTINEE: gen_with("scrut", forced_await_scrutinee, 1); break;
	case SH_GUARD_WRAPPER: gen_wrapper(pick_async_int_fn(), 1, "gwrap"); break;
	case SH_GUARD_MOVE: gen_guard_move(); break;
	}
}

static char *gen_program(uint64_t seed, int index)
{
	rng_state = seed * 0x100000001b3ULL + (uint64_t)index * 0x9e3779b97f4a7c15ULL + 1;
	for (int i = 0; i < 4; i++)
		rnd();
	nfns = 0;
	nvars = 0;
	name_counter = 0;
	shapes_line[0] = 0;
	out_args.n = out_body.n = 0;
	bput(&out_args, "");
	bput(&out_body, "");

	int nsync = rn(3);
	for (int i = 0; i < nsync; i++)
		gen_random_fn(0, 0);
	int nleaf = 1 + rn(2);
	for (int i = 0; i < nleaf; i++)
		gen_leaf();
	int forced = (int)((seed + (uint64_t)index) % NSHAPES);
	int nextra = 1 + rn(3);
	int order = rn(nextra + 1);
	for (int i = 0; i <= nextra; i++) {
		if (i == order)
			gen_shape(forced);
		if (i < nextra) {
			int s = rn(NSHAPES);
			if (s == SH_PANIC && chance(70)) /* keep most programs panic-free */
				s = SH_WRAPPER;
			gen_shape(s);
		}
	}
	int nrand = rn(3);
	for (int i = 0; i < nrand; i++)
		gen_random_fn(1, chance(15));

	Buf p = {0};
	bprintf(&p, "// generated by tests/fuzz/gen --seed %llu (program %d)\n", (unsigned long long)seed, index);
	bprintf(&p, "// shapes:%s\n", shapes_line);
	bput(&p, out_args.p);
	bput(&p, "\n");
	bput(&p, out_body.p);
	/* no blank line at the end */
	while (p.n > 0 && p.p[p.n - 1] == '\n')
		p.p[--p.n] = 0;
	bput(&p, "\n");
	return bdone(&p);
}

static void usage(void)
{
	fputs("usage: gen --seed S [--count N] [--out DIR]\n", stderr);
	exit(2);
}

int main(int argc, char **argv)
{
	unsigned long long seed = 0;
	long count = 1;
	const char *out = NULL;
	int have_seed = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		char *end;
		if (!strcmp(a, "--seed") && v) {
			errno = 0;
			seed = strtoull(v, &end, 10);
			if (errno || *end)
				usage();
			have_seed = 1;
			i++;
		} else if (!strcmp(a, "--count") && v) {
			count = strtol(v, &end, 10);
			if (*end || count < 1)
				usage();
			i++;
		} else if (!strcmp(a, "--out") && v) {
			out = v;
			i++;
		} else {
			usage();
		}
	}
	if (!have_seed)
		usage();
	if (!out)
		count = 1;
	for (long i = 0; i < count; i++) {
		char *prog = gen_program(seed, (int)i);
		if (!out) {
			fputs(prog, stdout);
		} else {
			char path[4096];
			snprintf(path, sizeof path, "%s/gen_%llu_%ld.rs", out, seed, i);
			FILE *f = fopen(path, "w");
			if (!f) {
				fprintf(stderr, "gen: cannot write %s: %s\n", path, strerror(errno));
				return 1;
			}
			fputs(prog, f);
			fclose(f);
		}
		free_all();
	}
	free(out_args.p);
	free(out_body.p);
	free(allocs);
	return 0;
}
