/* sema_exhaust.c — exhaustiveness of a match with nested variant patterns (issue 22
 * item 4: `B::P(A::X(n))`), rustc's usefulness algorithm (rustc_pattern_analysis,
 * usefulness.rs: compute_exhaustiveness_and_usefulness, after Maranget, "Warnings
 * for pattern matching"): a matrix of pattern rows, the first column split by the
 * variants present in it, each specialised, the missing ones from the default
 * matrix. The witnesses come in rustc's order: the present variants' (declaration
 * order; none while a variant of the column is missing: rustc's irrelevant
 * constructors), then each missing variant with `_` fields; a column with no
 * variant present that is not the scrutinee gives `_`. The message names up to three. */
#define _POSIX_C_SOURCE 200809L /* pthread_attr_setstacksize */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sema.h"
#include "sorted_u64.h"

enum { MAX_WITNESSES = 1000 }; /* enough to count "and N more"; a cap on pathological matrices */

typedef struct Wit {
	const AstEnum *en; /* NULL: `_`, or a value of a bool or integer column (lit) */
	int v;
	struct Wit **kids; /* en->variants[v].nfields */
	const AstStruct *st; /* a struct's one constructor (en NULL), kids its fields */
	bool lit;          /* `true`, `5_u8`, `1_u32..=u32::MAX`: the values lo..=hi (biased) of ty */
	bool ref;          /* `&p` (ergo29): kids[0] the pointee's witness */
	AstType ty;
	uint64_t lo, hi;
} Wit;

typedef struct {
	Sema *s;
	int n; /* witness vectors made so far, bounded by MAX_WITNESSES */
	/* ergo30, usefulness (exhaust_useful): every row carries one more slot after its ncols columns,
	 * its tag (the row's index + 1 as a pointer; NULL in the other entry points), copied along by
	 * every specialisation; at the base case (no column left) the first row is useful, and the
	 * ones after it while the rows before are guarded (rustc_pattern_analysis usefulness.rs,
	 * compute_exhaustiveness_and_usefulness's base case). steps bounds the work (rows visited). */
	uint8_t *useful;
	const uint8_t *guarded;
	long steps, budget;
	bool aborted;
	int depth; /* compute's recursion depth (one level per column: compute_on_stack) */
	/* the tags: 0..nrows-1 the rows; a nested or-pattern's alternative expanded at the head of a row
	 * (expand_or_rows) gets a new tag, its parent the row's tag then: a tag reaching the base case marks
	 * itself and its ancestors (rustc's useful_subpatterns, the alternatives of useful rows) */
	int *tparent, *troot;
	const AstSubPattern **talt;
	uint8_t *tuseful;
	int ntags, tcap;
	/* the open runs (open_run, below), by the address they start at: an open-addressed table */
	const void **rkey;
	int *rval;
	size_t rmask, rcount;
} Ex;

static int new_tag(Ex *x, int parent, const AstSubPattern *alt)
{
	if (x->ntags == x->tcap) {
		int cap = x->tcap ? 2 * x->tcap : 64;
		int *np = arena_alloc(x->s->scratch, (size_t)cap * sizeof *np);
		int *nr = arena_alloc(x->s->scratch, (size_t)cap * sizeof *nr);
		const AstSubPattern **na = arena_alloc(x->s->scratch, (size_t)cap * sizeof *na);
		uint8_t *nu = arena_alloc(x->s->scratch, (size_t)cap);
		if (x->ntags) {
			memcpy(np, x->tparent, (size_t)x->ntags * sizeof *np);
			memcpy(nr, x->troot, (size_t)x->ntags * sizeof *nr);
			memcpy(na, x->talt, (size_t)x->ntags * sizeof *na);
			memcpy(nu, x->tuseful, (size_t)x->ntags);
		}
		x->tparent = np;
		x->troot = nr;
		x->talt = na;
		x->tuseful = nu;
		x->tcap = cap;
	}
	int t = x->ntags++;
	x->tparent[t] = parent;
	x->troot[t] = parent < 0 ? t : x->troot[parent];
	x->talt[t] = alt;
	x->tuseful[t] = 0;
	return t;
}

static int tag_of(const AstPattern *slot)
{
	return (int)((uintptr_t)slot - 1);
}

static const AstPattern *tag_slot(int t)
{
	return (const AstPattern *)(uintptr_t)(t + 1);
}

/* ---- open runs (hunt31) ----
 * compute skips the bool / integer columns every row leaves open in one step; the run of them at
 * a position of a row (or of a types array) is the same in every call that reaches it, since a row's
 * columns are never changed once made and each call sees a suffix of it. A struct of N fields each
 * tested by one arm recursed once per field, and each level's default matrix (the `_` arm's row)
 * scanned its N remaining open columns again: N^2 / 2 (2,000 range-tested fields: 600M
 * instructions). Each run is now walked once and kept by its start address for the Ex's lifetime
 * (its rows and types live in the scratch arena, or the caller's frame, until it returns). */
static size_t run_hash(const void *k, size_t mask)
{
	return (size_t)(((uintptr_t)k >> 3) * UINT64_C(0x9e3779b97f4a7c15) >> 20) & mask;
}

static int run_get(const Ex *x, const void *k)
{
	if (!x->rkey)
		return -1;
	for (size_t h = run_hash(k, x->rmask);; h = (h + 1) & x->rmask) {
		if (!x->rkey[h])
			return -1;
		if (x->rkey[h] == k)
			return x->rval[h];
	}
}

static void run_put(Ex *x, const void *k, int v)
{
	if (!x->rkey || 2 * (x->rcount + 1) > x->rmask + 1) {
		size_t cap = x->rkey ? 2 * (x->rmask + 1) : 256;
		const void **nk = arena_alloc(x->s->scratch, cap * sizeof *nk);
		int *nv = arena_alloc(x->s->scratch, cap * sizeof *nv);
		for (size_t i = 0; x->rkey && i <= x->rmask; i++)
			if (x->rkey[i]) {
				size_t h = run_hash(x->rkey[i], cap - 1);
				while (nk[h])
					h = (h + 1) & (cap - 1);
				nk[h] = x->rkey[i];
				nv[h] = x->rval[i];
			}
		x->rkey = nk;
		x->rval = nv;
		x->rmask = cap - 1;
	}
	size_t h = run_hash(k, x->rmask);
	while (x->rkey[h])
		h = (h + 1) & x->rmask;
	x->rkey[h] = k;
	x->rval[h] = v;
	x->rcount++;
}

static bool lit_column(AstType t)
{
	return t.kind == ATY_BOOL || t.kind == ATY_CHAR || ast_type_is_int(t);
}

/* how many of the n columns from p (a row's, or a types array's when types) are open: NULL patterns,
 * or bool / integer types; each position is walked once, its run kept */
static int open_run(Ex *x, const void *p, int n, bool types)
{
	const AstPattern *const *row = p;
	const AstType *ty = p;
	int k = 0, m = 0;
	for (; k < n && (types ? lit_column(ty[k]) : !row[k]); k++) {
		const void *at = types ? (const void *)(ty + k) : (const void *)(row + k);
		if ((m = run_get(x, at)) >= 0)
			break;
		m = 0;
	}
	int run = k + m;
	for (int i = 0; i < k; i++)
		run_put(x, types ? (const void *)(ty + i) : (const void *)(row + i), run - i);
	return run;
}

/* A list of witness vectors, each of ncols Wit pointers. */
typedef struct {
	Wit ***w;
	int n, cap;
} WitList;

static void wl_push(Ex *x, WitList *l, Wit **vec)
{
	if (l->n == l->cap) {
		int cap = l->cap ? 2 * l->cap : 8;
		Wit ***nw = arena_alloc(x->s->scratch, (size_t)cap * sizeof *nw);
		if (l->n)
			memcpy(nw, l->w, (size_t)l->n * sizeof *nw);
		l->w = nw;
		l->cap = cap;
	}
	l->w[l->n++] = vec;
}

static Wit *wild(Ex *x)
{
	return arena_alloc(x->s->scratch, sizeof(Wit));
}

static const AstEnum *enum_of(Ex *x, AstType t)
{
	return t.kind == ATY_ENUM ? x->s->prog->enums[ast_enum_index(t)] : NULL;
}

/* The field of variant pattern p at index k: its nested pattern, or NULL (`_`, a binding, absent). */
/* row[0..nf): the pattern of each field of p (NULL: a binding, `_` or not named), the first sub
 * naming a field winning; one pass over p's subs (a scan of them per field was N^2 for N fields
 * bound: hunt26) */
static void field_pats(const AstPattern *p, int nf, const AstPattern **row)
{
	for (int k = 0; k < nf; k++)
		row[k] = NULL;
	for (int j = p ? p->nsubs - 1 : -1; j >= 0; j--)
		if (p->subs[j].field >= 0 && p->subs[j].field < nf)
			row[p->subs[j].field] = p->subs[j].nested ? p->subs[j].nested : p->subs[j].or_pat;
}

/* rustc's matrix keeps no or-pattern at the head of a row: a row whose first column is one
 * (issue 22 item 4: `Some(1 | 2)`) is one row per alternative, in order (usefulness.rs,
 * PatStack::expand_or_pat); rows untouched when none is */
static int expand_or_rows(Ex *x, const AstPattern ****rows, int nrows, int ncols)
{
	int n = 0;
	bool any = false; /* one read of each head (exh34: the heads of a large match are past the cache) */
	for (int r = 0; r < nrows; r++) {
		const AstPattern *h = (*rows)[r][0];
		bool alts = h && h->nalts;
		any |= alts;
		n += alts ? h->nalts : 1;
	}
	if (!any) /* n == nrows */
		return nrows;
	if (x->budget && !x->useful) /* the rows copied (ncols + 1 cells each): the matrix's memory */
		x->steps += (long)(n - nrows) * (ncols + 1);
	const AstPattern ***out = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *out);
	int k = 0;
	for (int r = 0; r < nrows; r++) {
		const AstPattern *h = (*rows)[r][0];
		if (!h || !h->nalts) {
			out[k++] = (*rows)[r];
			continue;
		}
		for (int a = 0; a < h->nalts; a++) {
			const AstPattern **row = arena_alloc(x->s->scratch, ((size_t)ncols + 1) * sizeof *row);
			memcpy(row, (*rows)[r], ((size_t)ncols + 1) * sizeof *row); /* the tag too */
			row[0] = h->alts[a].nested ? h->alts[a].nested : h->alts[a].or_pat;
			if (x->useful) /* the alternative's own tag (ergo30) */
				row[ncols] = tag_slot(new_tag(x, tag_of((*rows)[r][ncols]), &h->alts[a]));
			out[k++] = row;
		}
	}
	*rows = out;
	return n;
}

/* ---- bool and integer columns (literals inside variant patterns: `Some(0)`, `Ok(true)`) ----
 * rustc splits the type's values into the ones the column names and the ranges between
 * them (rustc_pattern_analysis' IntRange, ordered by their biased value: signed types
 * with the sign bit flipped, so that order is numeric order). */

/* char (diag27): rustc's pattern analysis splits it into its two ranges of scalar values,
 * 0..=0xD7FF and 0xE000..=0x10FFFF; the surrogates between are no value (never missing) */
enum { CHAR_MAX = 0x10FFFF, SURROGATE_LO = 0xD800, SURROGATE_HI = 0xDFFF };

static uint64_t lit_max(AstType t)
{
	if (t.kind == ATY_CHAR)
		return CHAR_MAX;
	int bits = t.kind == ATY_BOOL ? 1 : ast_type_bits(t);
	return bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
}

static uint64_t lit_biased(const AstPattern *p, AstType t)
{
	if (t.kind == ATY_BOOL || t.kind == ATY_CHAR)
		return p->value;
	int bits = ast_type_bits(t);
	uint64_t v = p->negative ? (uint64_t)0 - p->value : p->value;
	if (bits < 64)
		v &= (UINT64_C(1) << bits) - 1;
	if (ast_type_is_signed(t))
		v ^= UINT64_C(1) << (bits - 1);
	return v;
}

static Wit *lit_wit(Ex *x, AstType t, uint64_t lo, uint64_t hi)
{
	Wit *w = wild(x);
	w->lit = true;
	w->ty = t;
	w->lo = lo;
	w->hi = hi;
	return w;
}

static WitList compute(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types, bool scrutinee,
                       bool relevant);

/* A literal's or a range's values at t, biased: lo..=hi (issue 22 item 4: `0..=9`, `..=5`, `10..`, `1..4`) */
static void lit_interval(const AstPattern *p, AstType t, uint64_t *lo, uint64_t *hi)
{
	*lo = p->lo_open ? 0 : lit_biased(p, t);
	if (!p->is_range) {
		*hi = *lo;
		return;
	}
	if (p->hi_open) {
		*hi = lit_max(t);
		return;
	}
	AstPattern h = *p;
	h.value = p->hi_value;
	h.negative = p->hi_negative;
	*hi = lit_biased(&h, t) - (p->hi_excl ? 1 : 0);
}

/* lit_interval for exhaustiveness. usize and isize have no precise bounds in rustc's analysis
 * (MaybeInfiniteInt: their ranges run on to infinities past MIN and MAX), so a written bound
 * never reaches an end (`0..=usize::MAX` leaves `usize::MAX..`, issue 22): the biased values max
 * (usize, isize) and 0 (isize) stand for those ends, which only an open range (`5..`, `..=-1`)
 * covers; `usize::MAX` written covers none of the values (lo > hi). */
static void lit_interval_ex(const AstPattern *p, AstType t, uint64_t *lo, uint64_t *hi)
{
	lit_interval(p, t, lo, hi);
	if (t.kind != ATY_USIZE && t.kind != ATY_ISIZE)
		return;
	if (*hi == lit_max(t) && !(p->is_range && p->hi_open))
		*hi -= 1;
	if (t.kind == ATY_ISIZE && *lo == 0 && !(p->is_range && p->lo_open))
		*lo = 1;
}

/* the interval compute_lit splits by: lit_interval_ex, but the exact finite values when usefulness
 * is tracked (ergo30: `isize::MIN =>` matches isize::MIN; the infinities are pieces of their own,
 * usize_infinities) */
static void col_interval(const Ex *x, const AstPattern *p, AstType t, uint64_t *lo, uint64_t *hi)
{
	if (x->useful)
		lit_interval(p, t, lo, hi);
	else
		lit_interval_ex(p, t, lo, hi);
}

/* usefulness on a usize / isize column (ergo30): rustc's MaybeInfiniteInt has a value past MAX
 * (and, isize, before MIN) that only an open range or a wildcard matches; the rows that do, in
 * order, specialised there (an open range no finite value reaches is still useful, as in rustc) */
static void usize_infinities(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types)
{
	AstType t = types[0];
	if (!x->useful || (t.kind != ATY_USIZE && t.kind != ATY_ISIZE))
		return;
	const AstPattern ***sr = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *sr);
	for (int end = 0; end < (t.kind == ATY_ISIZE ? 2 : 1); end++) {
		int ns = 0;
		for (int r = 0; r < nrows; r++) {
			const AstPattern *p = rows[r][0];
			if (!p || (p->is_range && (end ? p->lo_open : p->hi_open)))
				sr[ns++] = rows[r] + 1;
		}
		compute(x, sr, ns, ncols - 1, types + 1, false, false);
	}
}

/* compute's step on a bool or integer column: the values the column's literals and ranges
 * cover, split at every bound (rustc_pattern_analysis' IntRange splitting: pieces over which
 * the covering rows do not change), specialised in ascending order, then the missing ranges
 * (maximal) from the default matrix */
static WitList compute_lit(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types,
                           bool scrutinee, bool relevant)
{
	WitList out = {0};
	AstType t = types[0];
	uint64_t max = lit_max(t);
	/* the bounds: every interval's start and the value after its end */
	uint64_t *cut = arena_alloc(x->s->scratch, (2 * (size_t)nrows + 4) * sizeof *cut);
	/* each row's interval (iv[2r], iv[2r+1]), kept for the ranks below, and its head a wildcard
	 * (last[r] == -2): the rows' heads are read once (exh34: a large match's patterns are past the
	 * cache, and each further walk of them was a miss per row) */
	uint64_t *iv = arena_alloc_uninit(x->s->scratch, (2 * (size_t)nrows + 2) * sizeof *iv);
	int *first = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *first);
	int *last = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *last);
	int nc = 0;
	for (int r = 0; r < nrows; r++) {
		const AstPattern *h = rows[r][0];
		if (!h) {
			last[r] = -2;
			continue;
		}
		col_interval(x, h, t, &iv[2 * r], &iv[2 * r + 1]);
		cut[nc++] = iv[2 * r];
		if (iv[2 * r + 1] < max)
			cut[nc++] = iv[2 * r + 1] + 1;
	}
	cut[nc++] = 0;
	if (t.kind == ATY_CHAR) { /* the surrogates: a piece of their own, skipped below */
		cut[nc++] = SURROGATE_LO;
		cut[nc++] = SURROGATE_HI + 1;
	}
	int n = u64_sort_unique(cut, nc);
	/* the pieces cut[i]..=cut[i+1]-1 (the last to max). A row's interval starts at a cut and ends
	 * before one (or at max), so it covers exactly the pieces first..last of its two bounds: each
	 * piece's rows are counted by a difference array and filled in row order, linear in the rows
	 * and pieces plus the rows the pieces are specialised by (guard29's N^2: every piece tested
	 * every row, 1.27G instructions at 2k guarded literal arms) */
	usize_infinities(x, rows, nrows, ncols, types);
	int *cnt = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *cnt);
	int nwild = 0;
	for (int r = 0; r < nrows; r++) {
		if (last[r] == -2) { /* first..last empty */
			nwild++;
			continue;
		}
		last[r] = -1;
		uint64_t lo = iv[2 * r], hi = iv[2 * r + 1];
		if (lo > hi)
			continue;
		first[r] = u64_rank(cut, n, lo);
		last[r] = hi < max ? u64_rank(cut, n, hi + 1) - 1 : n - 1;
		cnt[first[r]]++;
		cnt[last[r] + 1]--;
	}
	for (int i = 1; i <= n; i++)
		cnt[i] += cnt[i - 1];
	uint64_t *plo = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *plo);
	uint64_t *phi = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *phi);
	int *pidx = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *pidx);
	uint64_t *glo = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *glo);
	uint64_t *ghi = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *ghi);
	int npresent = 0, ngaps = 0;
	for (int i = 0; i < n; i++) {
		uint64_t lo = cut[i], hi = i + 1 < n ? cut[i + 1] - 1 : max;
		if (t.kind == ATY_CHAR && lo == SURROGATE_LO)
			continue;
		if (cnt[i] > 0) {
			pidx[npresent] = i;
			plo[npresent] = lo;
			phi[npresent++] = hi;
		} else if (ngaps && ghi[ngaps - 1] + 1 == lo) {
			ghi[ngaps - 1] = hi;
		} else {
			glo[ngaps] = lo;
			ghi[ngaps++] = hi;
		}
	}
	bool missing = ngaps > 0;
	/* each piece's rows, in row order: the wildcard rows cover every piece */
	const AstPattern ****sr = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *sr);
	int *ns = arena_alloc(x->s->scratch, ((size_t)n + 1) * sizeof *ns);
	for (int k = 0; k < npresent; k++)
		sr[pidx[k]] = arena_alloc(x->s->scratch, ((size_t)cnt[pidx[k]] + nwild) * sizeof **sr);
	for (int r = 0; r < nrows; r++) {
		if (last[r] == -2) {
			for (int k = 0; k < npresent; k++)
				sr[pidx[k]][ns[pidx[k]]++] = rows[r] + 1;
			continue;
		}
		for (int i = first[r]; i <= last[r]; i++)
			if (sr[i])
				sr[i][ns[i]++] = rows[r] + 1;
	}
	for (int i = 0; i < npresent; i++) {
		int pi = pidx[i];
		WitList w = compute(x, sr[pi], ns[pi], ncols - 1, types + 1, false, relevant && !missing);
		for (int k = 0; k < w.n; k++) {
			Wit **vec = arena_alloc(x->s->scratch, (size_t)ncols * sizeof *vec);
			vec[0] = lit_wit(x, t, plo[i], phi[i]);
			for (int c = 1; c < ncols; c++)
				vec[c] = w.w[k][c - 1];
			wl_push(x, &out, vec);
		}
	}
	if (!missing)
		return out;
	const AstPattern ***dr = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *dr);
	int nd = 0;
	for (int r = 0; r < nrows; r++)
		if (last[r] == -2)
			dr[nd++] = rows[r] + 1;
	WitList w = compute(x, dr, nd, ncols - 1, types + 1, false, relevant);
	bool individual = npresent || scrutinee;
	for (int g = 0; g < (individual ? ngaps : 1); g++)
		for (int k = 0; k < w.n; k++) {
			Wit **vec = arena_alloc(x->s->scratch, (size_t)ncols * sizeof *vec);
			vec[0] = individual ? lit_wit(x, t, glo[g], ghi[g]) : wild(x);
			for (int c = 1; c < ncols; c++)
				vec[c] = w.w[k][c - 1];
			wl_push(x, &out, vec);
			x->n++;
		}
	return out;
}

/* compute's step on a struct column (a struct pattern inside a variant pattern): one
 * constructor, always present, never missing: every row specialised by its fields */
static WitList compute_struct(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types,
                              bool relevant)
{
	WitList out = {0};
	const AstStruct *st = x->s->prog->structs[types[0].id];
	int nf = st->nfields, nc = nf + ncols - 1;
	AstType *ty = arena_alloc(x->s->scratch, ((size_t)nc + 1) * sizeof *ty);
	for (int k = 0; k < nf; k++)
		ty[k] = st->fields[k].ty;
	memcpy(ty + nf, types + 1, (size_t)(ncols - 1) * sizeof *ty);
	const AstPattern ***sr = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *sr);
	for (int r = 0; r < nrows; r++) {
		const AstPattern **row = arena_alloc(x->s->scratch, ((size_t)nc + 1) * sizeof *row);
		field_pats(rows[r][0], nf, row);
		memcpy(row + nf, rows[r] + 1, (size_t)ncols * sizeof *row); /* the other columns and the tag */
		sr[r] = row;
	}
	WitList w = compute(x, sr, nrows, nc, ty, false, relevant);
	for (int i = 0; i < w.n; i++) {
		Wit *node = wild(x);
		node->st = st;
		node->kids = w.w[i];
		Wit **vec = arena_alloc(x->s->scratch, (size_t)ncols * sizeof *vec);
		vec[0] = node;
		for (int k = 1; k < ncols; k++)
			vec[k] = w.w[i][nf + k - 1];
		wl_push(x, &out, vec);
	}
	return out;
}

static WitList compute_at(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types,
                          bool scrutinee, bool relevant);

/* Stack segments: compute recurses once per column, and a struct of N fields each tested by a
 * range is N levels (10,000 overflowed the 8 MB stack under ASan, 60,000 without). Every
 * EX_SEGMENT_LEVELS levels the recursion goes on on a thread of its own with a stack of
 * EX_SEGMENT_STACK bytes, the caller waiting for it, so the depth is bounded by memory only, as
 * rustc's ensure_sufficient_stack (stacker) grows its stack in segments. An error raised in the
 * segment (s->fail's longjmp, e.g. the work budget) is caught there and raised again here. */
enum { EX_SEGMENT_LEVELS = 1024 };
#define EX_SEGMENT_STACK ((size_t)16 << 20)

typedef struct {
	Ex *x;
	const AstPattern ***rows;
	int nrows, ncols;
	const AstType *types;
	bool scrutinee, relevant, failed;
	WitList out;
} Segment;

static void *segment_run(void *p)
{
	Segment *g = p;
	jmp_buf outer;
	memcpy(outer, g->x->s->fail, sizeof outer);
	if (setjmp(g->x->s->fail) == 0)
		g->out = compute_at(g->x, g->rows, g->nrows, g->ncols, g->types, g->scrutinee, g->relevant);
	else
		g->failed = true;
	memcpy(g->x->s->fail, outer, sizeof outer);
	return NULL;
}

static WitList compute_on_stack(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types,
                                bool scrutinee, bool relevant)
{
	Segment g = {x, rows, nrows, ncols, types, scrutinee, relevant, false, {0}};
	pthread_attr_t attr;
	pthread_t t;
	if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, EX_SEGMENT_STACK) != 0 ||
	    pthread_create(&t, &attr, segment_run, &g) != 0)
		internal_error("out of memory (a thread for the exhaustiveness check's stack)");
	pthread_join(t, NULL);
	pthread_attr_destroy(&attr);
	if (g.failed)
		longjmp(x->s->fail, 1);
	return g.out;
}

static WitList compute(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types, bool scrutinee,
                       bool relevant)
{
	WitList w;
	if (++x->depth % EX_SEGMENT_LEVELS == 0)
		w = compute_on_stack(x, rows, nrows, ncols, types, scrutinee, relevant);
	else
		w = compute_at(x, rows, nrows, ncols, types, scrutinee, relevant);
	x->depth--;
	return w;
}

static WitList compute_at(Ex *x, const AstPattern ***rows, int nrows, int ncols, const AstType *types,
                          bool scrutinee, bool relevant)
{
	WitList out = {0};
	if (x->n >= MAX_WITNESSES)
		return out;
	if (x->budget) {
		x->steps += nrows + 1;
		if (x->steps > x->budget) {
			x->aborted = true;
			return out;
		}
	}
	if (ncols == 0) {
		for (int r = 0; x->useful && r < nrows; r++) { /* rows[r][0] is the tag */
			int id = tag_of(rows[r][0]), root = x->troot[id];
			for (int t = id; t >= 0 && !x->tuseful[t]; t = x->tparent[t])
				x->tuseful[t] = 1;
			if (!x->guarded[root])
				break;
		}
		if (nrows == 0 && relevant) {
			wl_push(x, &out, NULL);
			x->n++;
		}
		return out;
	}
	nrows = expand_or_rows(x, &rows, nrows, ncols);
	if (!scrutinee) {
		/* the bool / integer columns every row leaves open (bindings and `_`: a struct pattern's
		 * fields) are each compute_lit's default matrix, a wildcard witness column: skipped in a
		 * loop, not a recursion per column (a struct of 16,000 fields bound overflowed the stack
		 * under ASan). The witnesses, and x->n (counted once per column), are compute_lit's. */
		int skip = open_run(x, types, ncols, true);
		for (int r = 0; r < nrows && skip; r++) {
			int k = open_run(x, rows[r], ncols, false); /* ncols: a run is kept whole */
			skip = k < skip ? k : skip;
		}
		if (skip) {
			const AstPattern ***dr = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *dr);
			for (int r = 0; r < nrows; r++)
				dr[r] = rows[r] + skip;
			WitList w = compute(x, dr, nrows, ncols - skip, types + skip, false, relevant);
			for (int k = 0; k < w.n; k++) {
				Wit **vec = arena_alloc(x->s->scratch, (size_t)ncols * sizeof *vec);
				for (int c = 0; c < skip; c++)
					vec[c] = wild(x);
				for (int c = skip; c < ncols; c++)
					vec[c] = w.w[k][c - skip];
				wl_push(x, &out, vec);
			}
			x->n += skip * w.n;
			return out;
		}
	}
	if (ast_type_is_ref(types[0])) {
		/* a reference column (ergo29: `Some(&0)` on Option<&u32>): rustc's one constructor `&`, its
		 * rows the `&p` field patterns' p (field_pats), NULL for a binding or `_`; `&` on the witness */
		AstType *rt = arena_alloc(x->s->scratch, (size_t)ncols * sizeof *rt);
		memcpy(rt, types, (size_t)ncols * sizeof *rt);
		rt[0] = ast_ref_pointee(types[0]);
		WitList w = compute(x, rows, nrows, ncols, rt, scrutinee, relevant);
		for (int k = 0; k < w.n; k++) {
			Wit *node = wild(x);
			node->ref = true;
			node->kids = arena_alloc(x->s->scratch, sizeof *node->kids);
			node->kids[0] = w.w[k][0];
			w.w[k][0] = node;
		}
		return w;
	}
	if (types[0].kind == ATY_BOOL || types[0].kind == ATY_CHAR || ast_type_is_int(types[0]))
		return compute_lit(x, rows, nrows, ncols, types, scrutinee, relevant);
	if (types[0].kind == ATY_STRUCT)
		return compute_struct(x, rows, nrows, ncols, types, relevant);
	const AstEnum *en = enum_of(x, types[0]);
	bool *present = NULL;
	int npresent = 0;
	if (en) {
		present = arena_alloc(x->s->scratch, (size_t)en->nvariants + 1);
		for (int r = 0; r < nrows; r++)
			if (rows[r][0] && !present[rows[r][0]->variant]) {
				present[rows[r][0]->variant] = true;
				npresent++;
			}
	}
	/* the present variants, specialised; while some variant is missing, what is missing
	 * under a present one is not reported (rustc: the wildcard row is irrelevant there) */
	bool missing = !en || npresent < en->nvariants;
	for (int v = 0; en && v < en->nvariants && npresent; v++) {
		if (!present[v])
			continue;
		int nf = en->variants[v].nfields, nc = nf + ncols - 1;
		AstType *st = arena_alloc(x->s->scratch, ((size_t)nc + 1) * sizeof *st);
		for (int k = 0; k < nf; k++)
			st[k] = en->variants[v].fields[k].ty;
		memcpy(st + nf, types + 1, (size_t)(ncols - 1) * sizeof *st);
		const AstPattern ***sr = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *sr);
		int ns = 0;
		for (int r = 0; r < nrows; r++) {
			const AstPattern *p0 = rows[r][0];
			if (p0 && p0->variant != v)
				continue;
			const AstPattern **row = arena_alloc(x->s->scratch, ((size_t)nc + 1) * sizeof *row);
			field_pats(p0, nf, row);
			memcpy(row + nf, rows[r] + 1, (size_t)ncols * sizeof *row); /* the other columns and the tag */
			sr[ns++] = row;
		}
		WitList w = compute(x, sr, ns, nc, st, false, relevant && !missing);
		for (int i = 0; i < w.n; i++) {
			Wit *node = arena_alloc(x->s->scratch, sizeof *node);
			node->en = en;
			node->v = v;
			node->kids = w.w[i];
			Wit **vec = arena_alloc(x->s->scratch, (size_t)ncols * sizeof *vec);
			vec[0] = node;
			for (int k = 1; k < ncols; k++)
				vec[k] = w.w[i][nf + k - 1];
			wl_push(x, &out, vec);
		}
	}
	if (en && npresent == en->nvariants)
		return out;
	/* the missing variants (or every value, `_`): the default matrix */
	const AstPattern ***dr = arena_alloc(x->s->scratch, ((size_t)nrows + 1) * sizeof *dr);
	int nd = 0;
	for (int r = 0; r < nrows; r++)
		if (!rows[r][0])
			dr[nd++] = rows[r] + 1;
	WitList w = compute(x, dr, nd, ncols - 1, types + 1, false, relevant);
	bool individual = en && (npresent || scrutinee);
	for (int v = 0; v < (individual ? en->nvariants : 1); v++) {
		if (individual && present[v])
			continue;
		for (int i = 0; i < w.n; i++) {
			Wit *node = wild(x);
			if (individual) {
				node->en = en;
				node->v = v;
				node->kids = arena_alloc(x->s->scratch, ((size_t)en->variants[v].nfields + 1) * sizeof *node->kids);
				for (int k = 0; k < en->variants[v].nfields; k++)
					node->kids[k] = wild(x);
			}
			Wit **vec = arena_alloc(x->s->scratch, (size_t)ncols * sizeof *vec);
			vec[0] = node;
			for (int k = 1; k < ncols; k++)
				vec[k] = w.w[i][k - 1];
			wl_push(x, &out, vec);
			x->n++;
		}
	}
	return out;
}

static void put(Ex *x, char **buf, size_t *len, size_t *cap, const char *str)
{
	size_t n = strlen(str);
	if (*len + n + 1 > *cap) {
		size_t nc = (*cap + n + 1) * 2;
		char *nb = arena_alloc(x->s->scratch, nc);
		if (*len)
			memcpy(nb, *buf, *len);
		*buf = nb;
		*cap = nc;
	}
	memcpy(*buf + *len, str, n + 1);
	*len += n;
}

/* One bound of an integer witness as rustc prints a constant: `5_u8`, `-2_i32`, `u32::MAX`,
 * `i8::MIN` (unsigned 0 stays `0_u8`) */
static void print_int(Ex *x, AstType t, uint64_t biased, char **buf, size_t *len, size_t *cap)
{
	char tmp[64];
	const char *name = ast_type_name(t);
	int bits = ast_type_bits(t);
	if (biased == lit_max(t))
		snprintf(tmp, sizeof tmp, "%s::MAX", name);
	else if (ast_type_is_signed(t) && biased == 0)
		snprintf(tmp, sizeof tmp, "%s::MIN", name);
	else if (ast_type_is_signed(t)) {
		uint64_t sign = UINT64_C(1) << (bits - 1);
		if (biased >= sign)
			snprintf(tmp, sizeof tmp, "%llu_%s", (unsigned long long)(biased - sign), name);
		else
			snprintf(tmp, sizeof tmp, "-%llu_%s", (unsigned long long)(sign - biased), name);
	} else {
		snprintf(tmp, sizeof tmp, "%llu_%s", (unsigned long long)biased, name);
	}
	put(x, buf, len, cap, tmp);
}

/* `true`, `5_u8`, `1_u8..=4_u8`, `6_u8..=u8::MAX`; usize and isize have no precise bounds
 * in rustc's analysis (their ranges run to infinity): `4_usize..`, `..=-1_isize` */
static void print_lit(Ex *x, const Wit *w, char **buf, size_t *len, size_t *cap)
{
	AstType t = w->ty;
	if (t.kind == ATY_BOOL) {
		put(x, buf, len, cap, w->lo ? "true" : "false");
		return;
	}
	if (t.kind == ATY_CHAR) { /* `'a'`, `'{'..='\u{d7ff}'` */
		char sp[CHAR_SPELL_MAX];
		char_spell(w->lo, sp);
		put(x, buf, len, cap, sp);
		if (w->lo == w->hi)
			return;
		put(x, buf, len, cap, "..=");
		char_spell(w->hi, sp);
		put(x, buf, len, cap, sp);
		return;
	}
	bool open_lo = t.kind == ATY_ISIZE && w->lo == 0;
	bool open_hi = (t.kind == ATY_USIZE || t.kind == ATY_ISIZE) && w->hi == lit_max(t);
	if (open_lo && open_hi) {
		put(x, buf, len, cap, "_");
		return;
	}
	if (open_lo && w->hi == 0) { /* isize's values below MIN (lit_interval_ex) */
		put(x, buf, len, cap, "..isize::MIN");
		return;
	}
	if (w->lo == w->hi && !open_lo && !open_hi) {
		print_int(x, t, w->lo, buf, len, cap);
		return;
	}
	if (!open_lo)
		print_int(x, t, w->lo, buf, len, cap);
	if (open_hi) {
		put(x, buf, len, cap, "..");
		return;
	}
	put(x, buf, len, cap, "..=");
	print_int(x, t, w->hi, buf, len, cap);
}

static void print_fields(Ex *x, bool tuple, const AstField *fields, int nfields, Wit **kids, char **buf, size_t *len,
                         size_t *cap);

/* rustc's spelling: `E::V`, `E::V(A::X(_), _)`, `E::C { x: A::Y, .. }`, `Some(E::A)`, `_` */
static void print_wit(Ex *x, const Wit *w, char **buf, size_t *len, size_t *cap)
{
	if (w->ref) {
		put(x, buf, len, cap, "&");
		print_wit(x, w->kids[0], buf, len, cap);
		return;
	}
	if (w->lit) {
		print_lit(x, w, buf, len, cap);
		return;
	}
	if (w->st) { /* `Pair { a: 0_u32, .. }`, `P(_, 1_u8..=u8::MAX)` */
		put(x, buf, len, cap, w->st->name);
		print_fields(x, w->st->is_tuple, w->st->fields, w->st->nfields, w->kids, buf, len, cap);
		return;
	}
	if (!w->en) {
		put(x, buf, len, cap, "_");
		return;
	}
	const AstVariant *var = &w->en->variants[w->v];
	if (!w->en->generic) {
		put(x, buf, len, cap, w->en->name);
		put(x, buf, len, cap, "::");
	}
	put(x, buf, len, cap, var->name);
	if (!var->is_unit)
		print_fields(x, var->is_tuple, var->fields, var->nfields, w->kids, buf, len, cap);
}

/* a variant's or a struct's fields: `(A::X(_), _)`, ` { x: A::Y, .. }` (wildcards left to `..`) */
static void print_fields(Ex *x, bool tuple, const AstField *fields, int nfields, Wit **kids, char **buf, size_t *len,
                         size_t *cap)
{
	if (tuple) {
		put(x, buf, len, cap, "(");
		for (int k = 0; k < nfields; k++) {
			if (k)
				put(x, buf, len, cap, ", ");
			print_wit(x, kids[k], buf, len, cap);
		}
		put(x, buf, len, cap, ")");
		return;
	}
	put(x, buf, len, cap, " {");
	int shown = 0;
	bool rest = false;
	for (int k = 0; k < nfields; k++) {
		if (!kids[k]->en && !kids[k]->lit && !kids[k]->st) {
			rest = true;
			continue;
		}
		put(x, buf, len, cap, shown++ ? ", " : " ");
		put(x, buf, len, cap, fields[k].name);
		put(x, buf, len, cap, ": ");
		print_wit(x, kids[k], buf, len, cap);
	}
	put(x, buf, len, cap, rest ? (shown ? ", .. }" : " .. }") : " }");
}

/* amp: the `&` / `&mut ` of a match through a reference (ergo28: rustc's witness is the
 * reference pattern of the one it finds for the pointee, `&None`, `&mut 0_u8`) */
static const char *witness_text(Ex *x, const Wit *w, const char *amp)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;
	put(x, &buf, &len, &cap, "`");
	put(x, &buf, &len, &cap, amp);
	print_wit(x, w, &buf, &len, &cap);
	put(x, &buf, &len, &cap, "`");
	return buf;
}

/* hunt31: or-patterns whose alternatives overlap in every one of N fields (`S { f0: 0..=5 | 3..=8,
 * .. }`) double the matrix's rows per field (rustc's usefulness too: expand_or_pat then specialize);
 * 14 fields took 25 s and 14.5 GB. Past EXHAUST_BUDGET rows visited and cells copied the match is a
 * located error, as the borrow checker's work budget is. */
enum { EXHAUST_BUDGET = 4000000 };

static void past_budget(Sema *s, const Ex *x, int line, int col, const char *what)
{
	if (x->aborted)
		error_at(s, line, col, "not supported: this %s is past the exhaustiveness check's work budget (%d rows and cells)",
		         what, EXHAUST_BUDGET);
}

/* mref39: the witnesses' prefix of a match on a written borrow of a borrow, `inner` the inner borrow (its
 * rhs the outer): `&&`, `&&mut `, `&mut &`, `&mut &mut ` */
static const char *layers_amp(const AstExpr *inner)
{
	static const char *const amp[2][2] = {{"&&", "&&mut "}, {"&mut &", "&mut &mut "}};
	return amp[inner->rhs->ref_mut][inner->ref_mut];
}

void exhaustive_nested(Sema *s, AstExpr *e)
{
	Ex x = {.s = s, .budget = EXHAUST_BUDGET};
	int nrows = 0;
	for (int i = 0; i < e->narms; i++)
		nrows += e->arms[i].npats;
	const AstPattern ***rows = arena_alloc(s->scratch, ((size_t)nrows + 1) * sizeof *rows);
	int r = 0;
	/* guard27: a guarded arm's rows are rustc's rows under a guard: their constructors split the
	 * columns and count as present, but they do not make the rows below useless. Modelled by one
	 * more column, a bool, `true` in a guarded row and `_` in the others: a value only guarded
	 * rows match is missing its `false` there. The witnesses are the first column's. */
	bool guarded = ast_match_has_guard(e);
	static const AstPattern under_guard = {.is_bool = true, .value = 1};
	AstType types[2] = {e->lhs->ty, ast_type(ATY_BOOL)};
	int ncols = guarded ? 2 : 1;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			rows[r] = arena_alloc(s->scratch, 3 * sizeof *rows[r]); /* and the tag, NULL */
			rows[r][0] = e->arms[i].pats[k].is_wildcard ? NULL : &e->arms[i].pats[k];
			rows[r][1] = e->arms[i].guard ? &under_guard : NULL;
			r++;
		}
	WitList w = compute(&x, rows, nrows, ncols, types, true, true);
	past_budget(s, &x, e->lhs->line, e->lhs->col, "`match`");
	if (!w.n)
		return;
	const char *t[3] = {NULL, NULL, NULL};
	const char *amp = "";
	if (ast_deref_is_ergo(e->lhs)) /* match ergonomics (ergo28); `&&W` through a written `&&place` (ergo30) */
		amp = ast_deref_via_ref(e->lhs) && ast_deref_via_ref(e->lhs)->ref_mut ? "&mut &mut " /* mref39 */
		      : ast_ref_is_double(e->lhs->lhs) || ast_ref_double_ok(e->lhs->lhs) ? layers_amp(e->lhs->lhs)
		      : ast_deref_via_ref(e->lhs) ? "&&"
		      : typeck_shallow(s, e->lhs->lhs->ty).kind == ATY_REF_MUT ? "&mut " : "&";
	for (int k = 0; k < 3 && k < w.n; k++)
		t[k] = witness_text(&x, w.w[k][0], amp);
	if (w.n == 1)
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s not covered", t[0]);
	if (w.n == 2)
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s and %s not covered", t[0], t[1]);
	if (w.n == 3)
		error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s, %s and %s not covered", t[0], t[1],
		         t[2]);
	error_at(s, e->lhs->line, e->lhs->col, "non-exhaustive patterns: %s, %s, %s and %d more not covered", t[0], t[1],
	         t[2], w.n - 3);
}

/* `let P = e;` (issue 22): rustc's check_match for a local binding, E0005 when the pattern's
 * alternatives are not exhaustive for the initializer's type ty, at the pattern, the witnesses
 * as rustc's label names them ("pattern `W::B` not covered", up to three and "N more") */
void exhaustive_let(Sema *s, const AstMatchArm *a, AstType ty)
{
	Ex x = {.s = s, .budget = EXHAUST_BUDGET};
	const AstPattern ***rows = arena_alloc(s->scratch, ((size_t)a->npats + 1) * sizeof *rows);
	for (int k = 0; k < a->npats; k++) {
		rows[k] = arena_alloc(s->scratch, 2 * sizeof *rows[k]); /* and the tag, NULL */
		rows[k][0] = a->pats[k].is_wildcard ? NULL : &a->pats[k]; /* `let a @ b = x;` (bind29) */
	}
	WitList w = compute(&x, rows, a->npats, 1, &ty, true, true);
	past_budget(s, &x, a->pats[0].line, a->pats[0].col, "pattern");
	if (!w.n)
		return;
	const char *t[3] = {NULL, NULL, NULL};
	uint8_t dr = a->pats[0].deref; /* `let &E::A(v) = &e;`; pat35 `&&`, pat36 the layers mixed */
	char ampbuf[24];
	snprintf(ampbuf, sizeof ampbuf, "%s%s%s", !dr ? "" : (dr & 3) == 2 ? "&mut " : "&",
	         !(dr & AST_DEREF_TWICE) ? "" : dr & AST_DEREF_MUT2 ? "&mut " : "&",
	         !(dr & AST_DEREF_THRICE) ? "" : dr & AST_DEREF_MUT3 ? "&mut " : "&"); /* mref39 */
	const char *amp = ampbuf;
	for (int k = 0; k < 3 && k < w.n; k++)
		t[k] = witness_text(&x, w.w[k][0], amp);
	const char *msg = "refutable pattern in local binding";
	for (int i = 0; s->fn && s->fn->body && i < s->fn->nparam_lets; i++) /* pat35: a parameter's pattern */
		if (s->fn->body->stmts[i].let_arm == a)
			msg = "refutable pattern in function argument";
	int line = a->pats[0].line, col = a->pats[0].col; /* rustc: inside the parentheses */
	if (a->pats[0].deref) { /* refref33: the pattern's span starts at its `&` */
		line = a->pats[0].hi_line;
		col = a->pats[0].hi_col;
	}
	if (a->tops && a->tops[0].var) { /* `let k @ 1..=5 = x;` (bind29): the whole pattern's span */
		line = a->tops[0].line;
		col = a->tops[0].col;
	}
	if (w.n == 1)
		error_at(s, line, col, "%s: pattern %s not covered", msg, t[0]);
	if (w.n == 2)
		error_at(s, line, col, "%s: patterns %s and %s not covered", msg, t[0], t[1]);
	if (w.n == 3)
		error_at(s, line, col, "%s: patterns %s, %s and %s not covered", msg, t[0], t[1], t[2]);
	error_at(s, line, col, "%s: patterns %s, %s, %s and %d more not covered", msg, t[0], t[1], t[2], w.n - 3);
}

/* warn28 (sema_warn.c): whether the rows pats[0..n) (one column of type ty; NULL or a `_` is a
 * wildcard) cover every value of ty: no witness. irrefutable_let_patterns and unreachable_patterns
 * ask it. */
bool exhaust_rows_cover(Sema *s, const AstPattern *const *pats, int n, AstType ty)
{
	Ex x = {.s = s};
	const AstPattern ***rows = arena_alloc(s->scratch, ((size_t)n + 1) * sizeof *rows);
	for (int k = 0; k < n; k++) {
		rows[k] = arena_alloc(s->scratch, 2 * sizeof *rows[k]); /* and the tag, NULL */
		rows[k][0] = pats[k] && !pats[k]->is_wildcard ? pats[k] : NULL;
	}
	WitList w = compute(&x, rows, n, 1, &ty, true, true);
	return w.n == 0;
}

typedef struct {
	const AstSubPattern *alt;
	int row;
	uint8_t useful, ctx; /* a tag of it useful; its parent useful */
} AltEntry;

static int cmp_alt_entry(const void *pa, const void *pb)
{
	const AltEntry *a = pa, *b = pb;
	if (a->alt != b->alt)
		return (uintptr_t)a->alt < (uintptr_t)b->alt ? -1 : 1;
	return 0;
}

/* ergo30: rustc's unreachable_patterns by usefulness. One row per alternative of each arm of e, in
 * order (guarded arms too: rustc's rows under a guard, which leave the rows after them useful),
 * run through compute with the tags above; useful[r] is set for each row some value reaches
 * first. A row no value reaches is unreachable, also when only the union of several earlier rows
 * covers it. The matrix is the one exhaustiveness splits (no witness is made: relevant is false),
 * so its cost is that of exhaustive_nested plus the rows under a guard. Returns false when more than
 * budget rows were visited (then useful is incomplete). */
bool exhaust_useful(Sema *s, const AstExpr *e, uint8_t *useful, long budget, UselessAlts *dead)
{
	int nrows = 0;
	for (int i = 0; i < e->narms; i++)
		nrows += e->arms[i].npats;
	uint8_t *guarded = arena_alloc(s->scratch, (size_t)nrows + 1);
	const AstPattern ***rows = arena_alloc(s->scratch, ((size_t)nrows + 1) * sizeof *rows);
	int r = 0;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			rows[r] = arena_alloc(s->scratch, 2 * sizeof *rows[r]);
			rows[r][0] = e->arms[i].pats[k].is_wildcard ? NULL : &e->arms[i].pats[k];
			rows[r][1] = tag_slot(r);
			guarded[r] = e->arms[i].guard != NULL;
			useful[r] = 0;
			r++;
		}
	Ex x = {.s = s, .useful = useful, .guarded = guarded, .budget = budget};
	for (int k = 0; k < nrows; k++)
		new_tag(&x, -1, NULL);
	AstType ty = e->lhs->ty;
	compute(&x, rows, nrows, 1, &ty, true, false);
	if (x.aborted)
		return false;
	for (int k = 0; k < nrows; k++)
		useful[k] = x.tuseful[k];
	/* a nested alternative no tag of which is useful, where some tag's parent is (an alternative
	 * reached in a useful row and never useful there; inside a dead alternative it is not reported) */
	int n = 0;
	AltEntry *ent = arena_alloc(s->scratch, ((size_t)x.ntags - (size_t)nrows + 1) * sizeof *ent);
	for (int t = nrows; t < x.ntags; t++)
		ent[n++] = (AltEntry){x.talt[t], x.troot[t], x.tuseful[t], x.tuseful[x.tparent[t]]};
	qsort(ent, (size_t)n, sizeof *ent, cmp_alt_entry);
	dead->n = 0;
	dead->alt = arena_alloc(s->scratch, ((size_t)n + 1) * sizeof *dead->alt);
	dead->row = arena_alloc(s->scratch, ((size_t)n + 1) * sizeof *dead->row);
	for (int i = 0, j; i < n; i = j) {
		bool any = false, ctx = false;
		for (j = i; j < n && ent[j].alt == ent[i].alt; j++) {
			any |= ent[j].useful;
			ctx |= ent[j].ctx;
		}
		if (!any && ctx) {
			dead->alt[dead->n] = ent[i].alt;
			dead->row[dead->n++] = ent[i].row;
		}
	}
	return true;
}

/* ---- overlapping_range_endpoints (warn35) ----
 * rustc_pattern_analysis usefulness.rs: compute_exhaustiveness_and_usefulness again, with what the lint
 * needs and the witnesses left out: each row's relevancy (a wildcard head under an irrelevant
 * constructor, one present while some constructor is missing, makes the row irrelevant; a matrix whose
 * rows and wildcard row are all irrelevant is skipped), the rows each row intersects (at the base case
 * every row the rows above it, carried up by unspecialize to the parent rows), and at each singleton
 * piece of an integer column collect_overlapping_range_endpoints: a range `lo..=v` and a range `v..=hi`
 * of two rows that intersect there, the later one reported (its pattern's position), in the order the
 * algorithm meets them. Matches of up to OV_ROWS rows (after or-patterns expand), OV_BUDGET rows
 * visited; past either nothing is reported. */
enum { OV_ROWS = 256, OV_DEPTH = 256 };
#define OV_BUDGET 200000L

typedef struct OvRow {
	const AstPattern **pats;
	bool relevant;
} OvRow;

typedef struct Ov {
	Sema *s;
	long steps;
	int depth;
	bool aborted;
	const AstPattern **found;
	const char **msgs; /* each finding's message */
	uint64_t *keys; /* each finding's diagnostic: rustc's emitter prints one of identical ones */
	int nfound, capfound;
} Ov;

static int ov_words(int n) { return (n + 63) / 64; }

static void ov_set(uint64_t *is, int n, int row, int bit) { is[(size_t)row * (size_t)ov_words(n) + (size_t)bit / 64] |= UINT64_C(1) << (bit % 64); }

static bool ov_has(const uint64_t *is, int n, int row, int bit)
{
	return is[(size_t)row * (size_t)ov_words(n) + (size_t)bit / 64] >> (bit % 64) & 1;
}

static void ov_compute(Ov *o, OvRow *rows, int n, int ncols, const AstType *types, bool wild_rel, uint64_t *isect);

/* the child matrix's rows (parent[k] their rows here) over the constructor, then Matrix::unspecialize */
static uint64_t *ov_child(Ov *o, OvRow *sr, const int *parent, int ns, int ncols, const AstType *types, bool wild_rel,
                          uint64_t *isect, int n)
{
	uint64_t *ci = arena_alloc(o->s->scratch, (size_t)ns * (size_t)ov_words(ns) * sizeof *ci + 8);
	ov_compute(o, sr, ns, ncols, types, wild_rel, ci);
	for (int k = 0; k < ns; k++)
		for (int j = 0; j < k; j++)
			if (ov_has(ci, ns, k, j) && parent[j] != parent[k])
				ov_set(isect, n, parent[k], parent[j]);
	return ci;
}

static uint64_t ov_mix(uint64_t h, uint64_t v)
{
	h ^= v;
	h *= UINT64_C(0x100000001b3);
	return h ^ (h >> 29);
}

/* the lint at p, overlapping at v with others[0..n) (rows of the child matrix: pats their heads): its
 * diagnostic is p's span, v and the other patterns' spans; a repeat of one already made is dropped */
static void ov_add(Ov *o, const AstPattern *p, uint64_t key, const char *msg)
{
	for (int k = 0; k < o->nfound; k++)
		if (o->keys[k] == key)
			return;
	if (o->nfound == o->capfound) {
		int cap = o->capfound ? 2 * o->capfound : 16;
		const AstPattern **f = arena_alloc(o->s->scratch, (size_t)cap * sizeof *f);
		const char **m = arena_alloc(o->s->scratch, (size_t)cap * sizeof *m);
		uint64_t *keys = arena_alloc(o->s->scratch, (size_t)cap * sizeof *keys);
		if (o->nfound) {
			memcpy(f, o->found, (size_t)o->nfound * sizeof *f);
			memcpy(m, o->msgs, (size_t)o->nfound * sizeof *m);
			memcpy(keys, o->keys, (size_t)o->nfound * sizeof *keys);
		}
		o->found = f;
		o->msgs = m;
		o->keys = keys;
		o->capfound = cap;
	}
	o->keys[o->nfound] = key;
	o->msgs[o->nfound] = msg;
	o->found[o->nfound++] = p;
}

static void ov_report(Ov *o, const AstPattern *p, uint64_t v, const OvRow *rows, const int *parent, const int *others,
                      int n)
{
	uint64_t key = ov_mix(ov_mix(UINT64_C(0xcbf29ce484222325), (uintptr_t)p), v);
	for (int j = 0; j < n; j++)
		key = ov_mix(key, (uintptr_t)rows[parent[others[j]]].pats[0]);
	ov_add(o, p, key, "multiple patterns overlap on their endpoints");
}

/* non_contiguous_range_endpoints (thirteenth session): usefulness.rs collect_non_contiguous_range_endpoints
 * at each missing singleton piece `gap` of an integer column, after the column's constructors (the
 * missing one's included); rustc's lint_non_contiguous_range_endpoints reports each exclusive range
 * `lo..gap` of the column, "multiple ranges are one apart" when some head starts at gap + 1, else (gap is
 * the type's MAX) "exclusive range missing `T::MAX`"; not for usize and isize at MAX (their ranges run on
 * past it), nor char at its MAX */
static void ov_gaps(Ov *o, const OvRow *rows, int n, AstType t, const uint64_t *cut, int np, const bool *present)
{
	uint64_t max = lit_max(t);
	for (int i = 0; i < np; i++) {
		uint64_t gap = cut[i];
		if (present[i] || (i + 1 < np ? cut[i + 1] - 1 : max) != gap || (t.kind == ATY_CHAR && gap == SURROGATE_LO))
			continue;
		if (gap == max && (t.kind == ATY_USIZE || t.kind == ATY_ISIZE || t.kind == ATY_CHAR))
			continue;
		uint64_t key = ov_mix(UINT64_C(0x84222325cbf29ce4), gap);
		int nafter = 0;
		for (int r = 0; r < n; r++) {
			const AstPattern *h = rows[r].pats[0];
			uint64_t lo, hi;
			if (h && gap < max && (lit_interval(h, t, &lo, &hi), lo == gap + 1)) {
				key = ov_mix(key, (uintptr_t)h);
				nafter++;
			}
		}
		for (int r = 0; r < n; r++) {
			const AstPattern *h = rows[r].pats[0];
			uint64_t lo, hi;
			if (!h || !h->is_range || !h->hi_excl || gap == 0 || (lit_interval(h, t, &lo, &hi), hi != gap - 1))
				continue;
			const char *msg = "multiple ranges are one apart";
			if (!nafter) {
				size_t len = strlen(ast_type_name(t)) + 40;
				char *m = arena_alloc(o->s->scratch, len);
				snprintf(m, len, "exclusive range missing `%s::MAX`", ast_type_name(t));
				msg = m;
			}
			ov_add(o, h, ov_mix(key, (uintptr_t)h), msg);
		}
	}
}

/* collect_overlapping_range_endpoints at the singleton piece v (biased) */
static void ov_collect(Ov *o, const OvRow *rows, const int *parent, int ns, const uint64_t *ci, AstType t, uint64_t v)
{
	int *pre = arena_alloc(o->s->scratch, ((size_t)ns + 1) * sizeof *pre);
	int *suf = arena_alloc(o->s->scratch, ((size_t)ns + 1) * sizeof *suf);
	int *with = arena_alloc(o->s->scratch, ((size_t)ns + 1) * sizeof *with);
	int npre = 0, nsuf = 0;
	for (int k = 0; k < ns; k++) {
		const AstPattern *h = rows[parent[k]].pats[0];
		if (!h)
			continue;
		uint64_t lo, hi;
		lit_interval(h, t, &lo, &hi);
		if (lo == hi)
			continue;
		bool is_suffix = lo == v;
		if (!is_suffix && hi != v)
			continue;
		const int *other = is_suffix ? pre : suf;
		int nother = is_suffix ? npre : nsuf, nw = 0;
		for (int j = 0; j < nother; j++) /* overlaps_with: the ones this row intersects */
			if (ov_has(ci, ns, k, other[j]))
				with[nw++] = other[j];
		if (nw)
			ov_report(o, h, v, rows, parent, with, nw);
		if (is_suffix)
			suf[nsuf++] = k;
		else
			pre[npre++] = k;
	}
}

/* the missing constructors' specialisation: the rows whose head is a wildcard, the rest of each
 * (rustc's specialisation by the `Missing` constructor), in sr / parent */
static void ov_missing(Ov *o, const OvRow *rows, int n, int ncols, const AstType *types, bool wild_rel,
                       uint64_t *isect, OvRow *sr, int *parent)
{
	int ns = 0;
	for (int r = 0; r < n; r++)
		if (!rows[r].pats[0]) {
			sr[ns] = (OvRow){rows[r].pats + 1, rows[r].relevant};
			parent[ns++] = r;
		}
	ov_child(o, sr, parent, ns, ncols - 1, types + 1, wild_rel, isect, n);
}

static void ov_lit(Ov *o, OvRow *rows, int n, int ncols, const AstType *types, bool wild_rel, uint64_t *isect)
{
	AstType t = types[0];
	uint64_t max = lit_max(t);
	uint64_t *cut = arena_alloc(o->s->scratch, (2 * (size_t)n + 4) * sizeof *cut);
	int nc = 0;
	for (int r = 0; r < n; r++) {
		const AstPattern *h = rows[r].pats[0];
		if (!h)
			continue;
		uint64_t lo, hi;
		lit_interval(h, t, &lo, &hi);
		if (lo > hi)
			continue;
		cut[nc++] = lo;
		if (hi < max)
			cut[nc++] = hi + 1;
	}
	cut[nc++] = 0;
	if (t.kind == ATY_CHAR) {
		cut[nc++] = SURROGATE_LO;
		cut[nc++] = SURROGATE_HI + 1;
	}
	int np = u64_sort_unique(cut, nc);
	o->steps += (long)np * n / 16; /* the pieces' scan below */
	if (o->steps > OV_BUDGET) {
		o->aborted = true;
		return;
	}
	bool *present = arena_alloc(o->s->scratch, (size_t)np + 1);
	bool missing = false;
	for (int i = 0; i < np; i++) {
		if (t.kind == ATY_CHAR && cut[i] == SURROGATE_LO)
			continue;
		for (int r = 0; r < n && !present[i]; r++) {
			const AstPattern *h = rows[r].pats[0];
			uint64_t lo, hi;
			if (h) {
				lit_interval(h, t, &lo, &hi);
				present[i] = lo <= cut[i] && cut[i] <= hi;
			}
		}
		missing |= !present[i];
	}
	OvRow *sr = arena_alloc(o->s->scratch, ((size_t)n + 1) * sizeof *sr);
	int *parent = arena_alloc(o->s->scratch, ((size_t)n + 1) * sizeof *parent);
	for (int i = 0; i < np && !o->aborted; i++) {
		if (!present[i])
			continue;
		uint64_t plo = cut[i], phi = i + 1 < np ? cut[i + 1] - 1 : max;
		int ns = 0;
		for (int r = 0; r < n; r++) {
			const AstPattern *h = rows[r].pats[0];
			uint64_t lo = 0, hi = max;
			if (h)
				lit_interval(h, t, &lo, &hi);
			if (lo > plo || hi < plo)
				continue;
			sr[ns] = (OvRow){rows[r].pats + 1, rows[r].relevant && (h || !missing)};
			parent[ns++] = r;
		}
		uint64_t *ci = ov_child(o, sr, parent, ns, ncols - 1, types + 1, wild_rel && !missing, isect, n);
		if (t.kind == ATY_BOOL || plo != phi || ns < 2)
			continue;
		bool any = false;
		for (size_t k = 0; k < (size_t)ns * (size_t)ov_words(ns) && !any; k++)
			any = ci[k] != 0;
		if (any)
			ov_collect(o, rows, parent, ns, ci, t, plo);
	}
	if (missing && !o->aborted)
		ov_missing(o, rows, n, ncols, types, wild_rel, isect, sr, parent);
	if (missing && !o->aborted && t.kind != ATY_BOOL)
		ov_gaps(o, rows, n, t, cut, np, present);
}

static void ov_compute(Ov *o, OvRow *rows, int n, int ncols, const AstType *types, bool wild_rel, uint64_t *isect)
{
	if (o->aborted)
		return;
	o->steps += n + 1;
	if (o->steps > OV_BUDGET || o->depth >= OV_DEPTH || n > OV_ROWS) {
		o->aborted = true;
		return;
	}
	bool any = wild_rel;
	for (int r = 0; r < n && !any; r++)
		any = rows[r].relevant;
	if (!any)
		return;
	if (ncols == 0) {
		for (int r = 0; r < n; r++)
			for (int j = 0; j < r; j++)
				ov_set(isect, n, r, j);
		return;
	}
	o->depth++;
	int nx = 0;
	for (int r = 0; r < n; r++)
		nx += rows[r].pats[0] && rows[r].pats[0]->nalts ? rows[r].pats[0]->nalts : 1;
	OvRow *sr = arena_alloc(o->s->scratch, ((size_t)(nx > n ? nx : n) + 1) * sizeof *sr);
	int *parent = arena_alloc(o->s->scratch, ((size_t)(nx > n ? nx : n) + 1) * sizeof *parent);
	if (nx != n) { /* PatStack::expand_or_pat: an or-pattern at the head is a row per alternative */
		int k = 0;
		for (int r = 0; r < n; r++) {
			const AstPattern *h = rows[r].pats[0];
			if (!h || !h->nalts) {
				sr[k] = rows[r];
				parent[k++] = r;
				continue;
			}
			for (int a = 0; a < h->nalts; a++) {
				const AstPattern **row = arena_alloc(o->s->scratch, ((size_t)ncols + 1) * sizeof *row);
				memcpy(row, rows[r].pats, (size_t)ncols * sizeof *row);
				row[0] = h->alts[a].nested ? h->alts[a].nested : h->alts[a].or_pat;
				sr[k] = (OvRow){row, rows[r].relevant};
				parent[k++] = r;
			}
		}
		ov_child(o, sr, parent, nx, ncols, types, wild_rel, isect, n);
		o->depth--;
		return;
	}
	AstType t = types[0];
	if (ast_type_is_ref(t)) { /* `&`: one constructor, the rows' heads already the pointees' */
		AstType *rt = arena_alloc(o->s->scratch, (size_t)ncols * sizeof *rt);
		memcpy(rt, types, (size_t)ncols * sizeof *rt);
		rt[0] = ast_ref_pointee(t);
		ov_compute(o, rows, n, ncols, rt, wild_rel, isect);
	} else if (t.kind == ATY_BOOL || t.kind == ATY_CHAR || ast_type_is_int(t)) {
		ov_lit(o, rows, n, ncols, types, wild_rel, isect);
	} else if (t.kind == ATY_STRUCT || (t.kind == ATY_ENUM && o->s->prog->enums[ast_enum_index(t)])) {
		const AstStruct *st = t.kind == ATY_STRUCT ? o->s->prog->structs[t.id] : NULL;
		const AstEnum *en = st ? NULL : o->s->prog->enums[ast_enum_index(t)];
		int nv = st ? 1 : en->nvariants, npresent = 0;
		bool *present = arena_alloc(o->s->scratch, (size_t)nv + 1);
		for (int r = 0; r < n; r++)
			if (rows[r].pats[0] && !present[st ? 0 : rows[r].pats[0]->variant]) {
				present[st ? 0 : rows[r].pats[0]->variant] = true;
				npresent++;
			}
		bool missing = st ? false : npresent < nv;
		for (int v = 0; v < nv && !o->aborted; v++) {
			if (!st && !present[v])
				continue;
			int nf = st ? st->nfields : en->variants[v].nfields, nc = nf + ncols - 1, ns = 0;
			AstType *ty = arena_alloc(o->s->scratch, ((size_t)nc + 1) * sizeof *ty);
			for (int k = 0; k < nf; k++)
				ty[k] = st ? st->fields[k].ty : en->variants[v].fields[k].ty;
			memcpy(ty + nf, types + 1, (size_t)(ncols - 1) * sizeof *ty);
			for (int r = 0; r < n; r++) {
				const AstPattern *h = rows[r].pats[0];
				if (h && !st && h->variant != v)
					continue;
				const AstPattern **row = arena_alloc(o->s->scratch, ((size_t)nc + 1) * sizeof *row);
				field_pats(h, nf, row);
				memcpy(row + nf, rows[r].pats + 1, (size_t)(ncols - 1) * sizeof *row);
				sr[ns] = (OvRow){row, rows[r].relevant && (h || !missing)};
				parent[ns++] = r;
			}
			ov_child(o, sr, parent, ns, nc, ty, wild_rel && !missing, isect, n);
		}
		if (missing && !o->aborted)
			ov_missing(o, rows, n, ncols, types, wild_rel, isect, sr, parent);
	} else { /* no constructor the subset tests: every row goes on */
		for (int r = 0; r < n; r++) {
			sr[r] = (OvRow){rows[r].pats + 1, rows[r].relevant};
			parent[r] = r;
		}
		ov_child(o, sr, parent, n, ncols - 1, types + 1, wild_rel, isect, n);
	}
	o->depth--;
}

static bool has_range(const AstPattern *p, int depth)
{
	if (!p || depth > OV_DEPTH)
		return false;
	if (p->is_range)
		return true;
	for (int k = 0; k < p->nalts; k++)
		if (has_range(p->alts[k].nested ? p->alts[k].nested : p->alts[k].or_pat, depth + 1))
			return true;
	for (int k = 0; k < p->nsubs; k++)
		if (has_range(p->subs[k].nested ? p->subs[k].nested : p->subs[k].or_pat, depth + 1))
			return true;
	return false;
}

/* warn35: the range patterns of match e rustc's overlapping_range_endpoints reports, in its order; 0 when
 * none (or past the bounds above) */
int exhaust_overlaps(Sema *s, const AstExpr *e, const AstPattern ***out, const char ***msgs)
{
	*out = NULL;
	*msgs = NULL;
	int n = 0, nranges = 0;
	for (int i = 0; i < e->narms; i++)
		n += e->arms[i].npats;
	if (n < 2 || n > OV_ROWS)
		return 0;
	/* nothing to find without two ranges, one ending where another starts (a cheap test first) */
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++)
			nranges += has_range(&e->arms[i].pats[k], 0);
	if (nranges == 0)
		return 0;
	OvRow *rows = arena_alloc(s->scratch, ((size_t)n + 1) * sizeof *rows);
	int r = 0;
	for (int i = 0; i < e->narms; i++)
		for (int k = 0; k < e->arms[i].npats; k++) {
			rows[r].pats = arena_alloc(s->scratch, sizeof *rows[r].pats * 2);
			rows[r].pats[0] = e->arms[i].pats[k].is_wildcard ? NULL : &e->arms[i].pats[k];
			rows[r++].relevant = true;
		}
	Ov o = {.s = s};
	uint64_t *isect = arena_alloc(s->scratch, (size_t)n * (size_t)ov_words(n) * sizeof *isect + 8);
	AstType ty = e->lhs->ty;
	ov_compute(&o, rows, n, 1, &ty, true, isect);
	if (o.aborted)
		return 0;
	*out = o.found;
	*msgs = o.msgs;
	return o.nfound;
}
