/* gen_base.c — the generator's random numbers (splitmix64), strings, value
 * ranges and the variables and fns in scope. See gen.c. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ------------------------------------------------------------------ */
/* random numbers (splitmix64)                                          */
/* ------------------------------------------------------------------ */

uint64_t rng_state;

uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* ------------------------------------------------------------------ */
/* strings: every generated fragment is a heap string, freed per program */
/* ------------------------------------------------------------------ */

char **allocs;
size_t nallocs, capallocs;

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

void free_all(void)
{
	for (size_t i = 0; i < nallocs; i++)
		free(allocs[i]);
	nallocs = 0;
}

char *fmt(const char *f, ...)
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

void bput(Buf *b, const char *s)
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

void bprintf(Buf *b, const char *f, ...)
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

char *bdone(Buf *b) /* hand the contents over as a tracked string */
{
	if (!b->p)
		bput(b, "");
	char *s = track(b->p);
	b->p = NULL;
	b->n = b->cap = 0;
	return s;
}

void indent(Buf *b, int ind)
{
	for (int i = 0; i < ind; i++)
		bput(b, "    ");
}

/* Drop one pair of parentheses around the whole expression, if any. */
char *unparen(char *s)
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
char *cond_text(char *s)
{
	char *u = unparen(s);
	if (u == s || !strncmp(u, "if ", 3) || !strncmp(u, "match ", 6) || u[0] == '{' || !strncmp(u, "async", 5))
		return s;
	return u;
}

/* ------------------------------------------------------------------ */
/* types and value ranges                                               */
/* ------------------------------------------------------------------ */

const char *const tyname[NTYPES] = {"u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize", "bool", "()"};
const int tybits[NINT] = {8, 16, 32, 64, 64, 8, 16, 32, 64, 64};
/* box exponent k: values of mutable variables, parameters and returns stay in
 * [0, 2^k-1] (unsigned) or [-2^k, 2^k-1] (signed), so that a sum of two fits */
const int boxk[NINT] = {6, 10, 12, 14, 12, 5, 9, 12, 14, 12};

int64_t tmin(Ty t)
{
	if (!is_signed(t))
		return 0;
	return tybits[t] >= 48 ? -LIM : -((int64_t)1 << (tybits[t] - 1));
}
int64_t tmax(Ty t)
{
	if (tybits[t] >= 48)
		return LIM;
	return is_signed(t) ? ((int64_t)1 << (tybits[t] - 1)) - 1 : ((int64_t)1 << tybits[t]) - 1;
}

/* smallest k with r inside [-2^k, 2^k-1] */
static int kof(Range r)
{
	int k = 0;
	while (k < 62 && !(r.lo >= -((int64_t)1 << k) && r.hi <= ((int64_t)1 << k) - 1))
		k++;
	return k;
}

Range bitwise_range(Range a, Range b, char op)
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
int corners(Range a, Range b, char op, Range *out)
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

Var vars[MAXVARS];
int nvars;

Fn fns[MAXFNS];
int nfns;

int name_counter;

Var *push_var(const char *name, Ty t, int mut, Range r)
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

int pick_var(const Ctx *c, Ty t, int want_write)
{
	int cand[MAXVARS], n = 0;
	for (int i = 0; i < nvars; i++)
		if (vars[i].ty == t && readable(c, i) && (!want_write || writable(c, i)))
			cand[n++] = i;
	return n ? cand[rn(n)] : -1;
}

int pick_fn(const Ctx *c, Ty ret, int want_async)
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

Ty rand_int_ty(void)
{
	static const Ty common[] = {U32, U32, U32, U8, U16, U64, USIZE, I8, I16, I32, I32, I64, ISIZE};
	return common[rn((int)(sizeof common / sizeof *common))];
}
