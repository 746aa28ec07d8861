/* layout.c — rustc_abi's coroutine layout (compiler/rustc_abi/src/layout/coroutine.rs)
 * on top of a model of LayoutCalculator::univariant (compiler/rustc_abi/src/layout.rs):
 * promotion of saved locals to the prefix, the prefix struct {upvars, tag, promoted}
 * with rustc's field reordering (niche-biased), and one Prefixed struct per variant. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* What univariant needs to know about one field (rustc: a Layout). */
typedef struct FieldInfo {
	uint64_t size, align;
	uint64_t niche_avail; /* 0: no niche (rustc: largest_niche None) */
	uint64_t niche_off, niche_size;
	uint64_t niche_lo, niche_hi; /* its valid range (wrapping) */
} FieldInfo;

typedef enum { NICHE_START, NICHE_END } NicheBias;

typedef struct Univariant {
	uint64_t *offsets; /* per field, caller-allocated */
	uint64_t size, align;
	uint64_t niche_avail, niche_off, niche_size;
	uint64_t niche_lo, niche_hi;
} Univariant;

static uint64_t round_up64(uint64_t x, uint64_t a)
{
	return (x + a - 1) / a * a;
}

static uint32_t tz64(uint64_t x)
{
	uint32_t n = 0;
	if (!x)
		return 64;
	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
}

static uint64_t niche_mask(uint64_t size)
{
	return size >= 8 ? UINT64_MAX : (UINT64_C(1) << (8 * size)) - 1;
}

/* rustc: Niche::available, the values outside the valid range */
uint64_t niche_available(const Niche *n)
{
	if (!n->size)
		return 0;
	return (n->lo - n->hi - 1) & niche_mask(n->size);
}

/* rustc: Niche::reserve (compiler/rustc_abi/src/lib.rs): extend the valid range by
 * count values at the bound closest to zero (wrapping), not moving past zero when
 * the other bound can take them. */
int niche_reserve(const Niche *n, uint64_t count, uint64_t *start, Niche *rest)
{
	uint64_t max = niche_mask(n->size), lo = n->lo, hi = n->hi;
	if (!n->size || !count || count > niche_available(n))
		return 0;
	*rest = *n;
	int move_start;
	uint64_t distance_end_zero = max - hi;
	if (lo > hi) /* zero is taken: the range wraps */
		move_start = 0;
	else if (lo <= distance_end_zero)
		move_start = count <= lo;
	else {
		uint64_t end = (hi + count) & max;
		move_start = end >= 1 && end <= hi; /* moving the end would pass zero */
	}
	if (move_start) {
		*start = (lo - count) & max;
		rest->lo = *start;
	} else {
		*start = (hi + 1) & max;
		rest->hi = (hi + count) & max;
	}
	return 1;
}

static void niche_set(FieldInfo *fi, uint64_t off, uint64_t size, uint64_t lo, uint64_t hi)
{
	Niche n = {.off = (uint32_t)off, .size = (uint32_t)size, .lo = lo, .hi = hi};
	fi->niche_off = off, fi->niche_size = size, fi->niche_lo = lo, fi->niche_hi = hi;
	fi->niche_avail = niche_available(&n);
	if (!fi->niche_avail)
		fi->niche_off = fi->niche_size = fi->niche_lo = fi->niche_hi = 0;
}

static void niche_from(FieldInfo *fi, const Niche *n, uint64_t base)
{
	if (n->size)
		niche_set(fi, base + n->off, n->size, n->lo, n->hi);
}

/* The largest niche of a value of type t (rustc: LayoutData::largest_niche). */
static void type_niche(const Module *m, TypeId t, FieldInfo *fi)
{
	const Type *ty = type_get(m, t);
	fi->niche_avail = 0;
	fi->niche_off = 0;
	fi->niche_size = 0;
	fi->niche_lo = fi->niche_hi = 0;
	switch (ty->kind) {
	case TY_BOOL:
	case TY_YIELDNOW: /* struct YieldNow { yielded: bool } */
		niche_set(fi, 0, 1, 0, 1);
		break;
	case TY_CHAR: /* rustc's scalar valid range for char: 0..=0x10FFFF (the surrogates are inside it) */
		niche_set(fi, 0, 4, 0, 0x10FFFF);
		break;
	case TY_REF:
	case TY_REFMUT:
	case TY_PIN:
	case TY_RESUMETY: { /* NonNull: a fat pointer's (slice40) is its address, the first half */
		uint64_t sz = type_is_fat_ptr(m, t) ? type_size(m, t) / 2 : type_size(m, t);
		niche_set(fi, 0, sz, 1, niche_mask(sz));
		break;
	}
	case TY_POLL: {
		uint32_t po, ps;
		uint64_t pv;
		poll_niche(m, ty->a, &po, &ps, &pv);
		if (ps) { /* Pending in T's niche: what is left of it */
			FieldInfo p;
			Niche n, rest;
			uint64_t start;
			type_niche(m, ty->a, &p);
			n = (Niche){(uint32_t)p.niche_off, (uint32_t)p.niche_size, p.niche_lo, p.niche_hi};
			if (niche_reserve(&n, 1, &start, &rest))
				niche_from(fi, &rest, 0);
		} else { /* the tag, valid range 0..=1, widened to T's alignment (a payload
			  * whose layout may not be known yet, a future or an imported type: u8) */
			uint8_t k = type_get(m, ty->a)->kind;
			int known = k != TY_UNIT && k != TY_NEVER && k != TY_CORO && k != TY_OPAQUE &&
				    !(k == TY_ADT && !adt_of(m, ty->a)->defined);
			uint64_t tag = known ? type_align(m, ty->a) : 1;
			niche_set(fi, 0, tag > 8 ? 8 : tag, 0, 1);
		}
		break;
	}
	case TY_TUPLE: {
		FieldInfo a, b;
		type_niche(m, ty->a, &a);
		type_niche(m, ty->b, &b);
		/* the largest, the first one on a tie (rustc picks by memory order; close enough) */
		if (a.niche_avail >= b.niche_avail && a.niche_avail)
			niche_set(fi, a.niche_off + type_field_offset(m, t, 0, 0), a.niche_size, a.niche_lo, a.niche_hi);
		else if (b.niche_avail)
			niche_set(fi, b.niche_off + type_field_offset(m, t, 0, 1), b.niche_size, b.niche_lo, b.niche_hi);
		break;
	}
	case TY_ADT: { /* a subset struct or enum: its largest niche, found by layout_struct / layout_enum */
		const Adt *ad = adt_of(m, t);
		if (ad->enum_defined && ad->internal) /* `?`'s ControlFlow / residual: none offered */
			break;
		if (ad->defined)
			niche_from(fi, &ad->niche, 0);
		break;
	}
	case TY_ARRAY: /* rustc's layout of [T; N]: the first element's niche, none when N == 0 */
		if (ty->b)
			type_niche(m, ty->a, fi);
		break;
	default:
		break; /* integers, Guard, coroutines (largest_niche: None), raw pointers */
	}
}

int type_niche_of(const Module *m, TypeId t, Niche *n)
{
	FieldInfo fi;
	type_niche(m, t, &fi);
	*n = (Niche){(uint32_t)fi.niche_off, (uint32_t)fi.niche_size, fi.niche_lo, fi.niche_hi};
	if (!fi.niche_avail)
		n->size = 0;
	return fi.niche_avail != 0;
}

/* Poll<T>: rustc's niche-filling layout whenever T has a niche and bytes (Ready, the
 * largest variant, holds it; Pending takes one value), else the tagged one. */
void poll_niche(const Module *m, TypeId payload, uint32_t *pending_off, uint32_t *pending_size,
		uint64_t *pending_value)
{
	uint8_t k = type_get(m, payload)->kind;
	Niche n, rest;
	uint64_t start;
	*pending_off = *pending_size = 0;
	*pending_value = 1;
	if (k == TY_UNIT || k == TY_NEVER || k == TY_CORO || k == TY_OPAQUE)
		return;
	if (k == TY_ADT && !adt_of(m, payload)->defined) /* imported code: no niche known */
		return;
	if (!type_niche_of(m, payload, &n) || !niche_reserve(&n, 1, &start, &rest))
		return;
	*pending_off = n.off;
	*pending_size = n.size;
	*pending_value = start;
}

static FieldInfo field_of_type(const Module *m, TypeId t, int maybe_uninit)
{
	FieldInfo fi;
	fi.size = type_size(m, t);
	fi.align = type_align(m, t);
	if (maybe_uninit) {
		fi.niche_avail = fi.niche_off = fi.niche_size = fi.niche_lo = fi.niche_hi = 0;
		fi.size = round_up64(fi.size, fi.align);
	} else {
		type_niche(m, t, &fi);
	}
	return fi;
}

typedef struct SortCtx {
	const FieldInfo *f;
	int prefixed;
	NicheBias bias;
	uint64_t max_field_align, largest_niche;
} SortCtx;

/* rustc: alignment_group_key in univariant_biased. */
static uint64_t group_key(const SortCtx *c, const FieldInfo *f)
{
	uint64_t size_as_align = tz64(f->align > f->size ? f->align : f->size);
	if (c->largest_niche > 0) {
		if (c->bias == NICHE_START) {
			uint64_t m = tz64(c->max_field_align);
			return m < size_as_align ? m : size_as_align;
		}
		if (f->niche_avail == c->largest_niche)
			return tz64(f->align);
		return size_as_align;
	}
	return size_as_align;
}

/* The sort key as a tuple of 4 u64 (compared lexicographically). */
static void sort_key(const SortCtx *c, const FieldInfo *f, uint64_t k[4])
{
	if (c->prefixed) {
		k[0] = group_key(c, f);
		k[1] = f->niche_avail;
		k[2] = k[3] = 0;
		return;
	}
	k[0] = 0;                             /* rustc 1.95 no longer places ZSTs first */
	k[1] = ~group_key(c, f);              /* largest alignment group first */
	k[2] = c->bias == NICHE_START ? ~f->niche_avail : f->niche_avail;
	if (c->bias == NICHE_START)
		k[3] = f->niche_avail ? f->niche_off : 0;
	else
		k[3] = f->niche_avail ? ~(f->size - f->niche_size - f->niche_off) : 0;
}

/* rustc: univariant_biased (stable sort of the memory order, then place fields in it; clone39: no sort
 * when !reorder, repr(C)'s inhibit_struct_field_reordering: the declaration order). */
static void univariant_biased(const FieldInfo *f, uint32_t n, int prefixed, uint64_t psize, uint64_t palign,
			      NicheBias bias, int reorder, Univariant *u)
{
	uint32_t *order = scratch_alloc_uninit((n ? n : 1) * sizeof *order);
	for (uint32_t i = 0; i < n; i++)
		order[i] = i;
	if (n > 1 && reorder) {
		SortCtx c = {.f = f, .prefixed = prefixed, .bias = bias, .max_field_align = 1, .largest_niche = 0};
		for (uint32_t i = 0; i < n; i++) {
			if (f[i].align > c.max_field_align)
				c.max_field_align = f[i].align;
			if (f[i].niche_avail > c.largest_niche)
				c.largest_niche = f[i].niche_avail;
		}
		/* a stable merge sort on the keys computed once: the insertion sort
		 * this was (keys recomputed per comparison) was O(n^2) in a variant's
		 * fields, and one state can hold thousands (N variables each
		 * borrowed across one await: 3N fields) */
		uint64_t(*key)[4] = scratch_alloc_uninit((size_t)n * sizeof *key);
		uint32_t *tmp = scratch_alloc_uninit((size_t)n * sizeof *tmp);
		for (uint32_t i = 0; i < n; i++)
			sort_key(&c, &f[i], key[i]);
		for (uint32_t w = 1; w < n; w *= 2) {
			for (uint32_t lo = 0; lo < n; lo += 2 * w) {
				uint32_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
				uint32_t i = lo, j = mid, o = lo;
				while (i < mid && j < hi) {
					const uint64_t *kx = key[order[j]], *ky = key[order[i]];
					uint32_t k;
					for (k = 0; k < 4 && kx[k] == ky[k]; k++)
						;
					/* the right run's first goes first only when strictly less (stable) */
					tmp[o++] = k < 4 && kx[k] < ky[k] ? order[j++] : order[i++];
				}
				while (i < mid)
					tmp[o++] = order[i++];
				while (j < hi)
					tmp[o++] = order[j++];
			}
			uint32_t *t = order;
			order = tmp;
			tmp = t;
		}
	}
	uint64_t offset = 0, align = 1;
	if (prefixed) {
		align = palign > align ? palign : align;
		offset = round_up64(psize, palign);
	}
	u->niche_avail = u->niche_off = u->niche_size = u->niche_lo = u->niche_hi = 0;
	for (uint32_t k = 0; k < n; k++) {
		uint32_t i = order[k];
		offset = round_up64(offset, f[i].align);
		if (f[i].align > align)
			align = f[i].align;
		u->offsets[i] = offset;
		if (f[i].niche_avail) {
			int take = bias == NICHE_START ? f[i].niche_avail > u->niche_avail
						       : f[i].niche_avail >= u->niche_avail;
			if (take) {
				u->niche_avail = f[i].niche_avail;
				u->niche_off = offset + f[i].niche_off;
				u->niche_size = f[i].niche_size;
				u->niche_lo = f[i].niche_lo;
				u->niche_hi = f[i].niche_hi;
			}
		}
		offset += f[i].size;
	}
	u->align = align;
	u->size = round_up64(offset, align);
}

/* rustc: LayoutCalculator::univariant (tries the end-biased niche placement too: with the fields in
 * declaration order, repr(C)'s, the two differ only in the niche taken among equal ones). */
static void univariant_in(const FieldInfo *f, uint32_t n, int prefixed, uint64_t psize, uint64_t palign, int reorder,
			  Univariant *u)
{
	univariant_biased(f, n, prefixed, psize, palign, NICHE_START, reorder, u);
	if (!u->niche_avail || n <= 1)
		return;
	uint64_t head = u->niche_off, tail = u->size - head - u->niche_size;
	if (head == 0 || tail == 0)
		return;
	Univariant alt;
	alt.offsets = scratch_alloc_uninit(n * sizeof *alt.offsets);
	univariant_biased(f, n, prefixed, psize, palign, NICHE_END, reorder, &alt);
	uint64_t alt_head = alt.niche_off;
	if (alt_head > head && alt_head > tail) {
		memcpy(u->offsets, alt.offsets, n * sizeof *alt.offsets);
		u->size = alt.size, u->align = alt.align;
		u->niche_avail = alt.niche_avail, u->niche_off = alt.niche_off, u->niche_size = alt.niche_size;
		u->niche_lo = alt.niche_lo, u->niche_hi = alt.niche_hi;
	}
}

static void univariant(const FieldInfo *f, uint32_t n, int prefixed, uint64_t psize, uint64_t palign, Univariant *u)
{
	univariant_in(f, n, prefixed, psize, palign, 1, u);
}

enum { UNASSIGNED = -2, INELIGIBLE = -1 };

static uint32_t row_count(const Layout *l, uint32_t a)
{
	return l->conflicts ? l->conflicts[a].n : 0;
}

/* The variants some saved local is still assigned to: 0, 1, or 2 for more */
static uint32_t variants_in_use(const Layout *l, const int32_t *assign)
{
	int32_t first = -1;
	for (uint32_t i = 0; i < l->nsaved; i++) {
		if (assign[i] < 0)
			continue;
		if (first < 0)
			first = assign[i];
		else if (assign[i] != first)
			return 2;
	}
	return first >= 0;
}

/* rustc: coroutine_saved_local_eligibility. assign[i] = variant, or INELIGIBLE. */
static void saved_local_eligibility(const Layout *l, int32_t *assign)
{
	uint32_t n = l->nsaved;
	for (uint32_t i = 0; i < n; i++)
		assign[i] = UNASSIGNED;
	for (uint32_t v = 0; v < l->nvariants; v++) {
		for (uint32_t k = 0; k < l->nfields[v]; k++) {
			uint32_t s = l->fields[l->field_start[v] + k];
			if (assign[s] == UNASSIGNED)
				assign[s] = (int32_t)v;
			else if (assign[s] >= 0)
				assign[s] = INELIGIBLE; /* in more than one variant */
		}
	}
	/* A conflict only makes ineligible a local of a pair in two variants, and
	 * with fewer than two variants holding eligible locals everything is
	 * promoted below whatever the conflicts say: their walk is skipped (N
	 * saved temporaries all in one state, all in conflict: N^2 / 64 words per
	 * layout_compute, letref37) */
	if (variants_in_use(l, assign) < 2) {
		for (uint32_t i = 0; i < n; i++)
			assign[i] = INELIGIBLE;
		return;
	}
	/* the pairs in conflict, a then b ascending, read off each row's members
	 * (pair by pair was nsaved^2 tests: 10k awaits have 10k saved locals) */
	uint32_t *count = NULL;
	if (l->conflicts && n) {
		count = scratch_alloc_uninit(n * sizeof *count);
		for (uint32_t a = 0; a < n; a++)
			count[a] = row_count(l, a);
	}
	/* elig: the saved locals not ineligible yet. A bitset row is read masked
	 * by it a word at a time: with N locals each held across its own await,
	 * all live to the end, nearly every local is in two variants and every
	 * row is N bits (N^2 pairs walked; now N^2 / 64 words, quad25). A member
	 * made ineligible in the word being read is tested again by assign. */
	uint64_t *elig = NULL;
	if (l->conflicts && n) {
		elig = scratch_alloc(bs_words(n) * sizeof *elig);
		for (uint32_t i = 0; i < n; i++)
			if (assign[i] != INELIGIBLE)
				bs_gen(elig, i);
	}
	/* same: the members of variant same_v still assigned to it (a member
	 * leaves only by turning ineligible, which elig masks): a bitset row is read
	 * without them, so 3N saved locals all in one state (a clique) are N^2 / 64
	 * words, not N^2 pairs of the same variant skipped one by one */
	uint64_t *same = NULL;
	int32_t same_v = -1;
	if (l->conflicts && n)
		same = scratch_alloc(bs_words(n) * sizeof *same);
	/* wmax[w]: the largest count of a saved local of word w. Once a row's
	 * owner a is ineligible, a member b removes b only when count[b] >= count[a]
	 * (else it "removes" a again: nothing changes), so a word whose wmax is
	 * below count[a] is skipped whole: N locals each held across its own await,
	 * each in one variant and live to the end, turn a ineligible at its row's
	 * second member and left the other N members to be walked one by one (own30) */
	uint32_t *wmax = NULL;
	if (l->conflicts && n) {
		wmax = scratch_alloc(bs_words(n) * sizeof *wmax);
		for (uint32_t i = 0; i < n; i++)
			if (count[i] > wmax[i / 64])
				wmax[i / 64] = count[i];
	}
	/* conf39: a class's row (saved locals sharing one bitset) read masked to
	 * nothing, by a member still in variant same_v, reads to nothing for every
	 * later member in same_v too (elig only loses bits, and same is fixed until
	 * same_v changes: epoch), so the class is walked once per epoch, not once
	 * per member: N saved locals all in conflict in one state were N^2 / 64
	 * words per layout_compute. cls NULL: no classes. */
	uint32_t *cls = NULL, *walked = NULL, epoch = 1;
	int any_shared = 0;
	for (uint32_t a = 0; a < n && l->conflicts && !any_shared; a++)
		any_shared = l->conflicts[a].cap == CONFLICT_SHARED;
	if (any_shared) {
		cls = scratch_alloc_uninit(n * sizeof *cls);
		walked = scratch_alloc((size_t)conflicts_classes(l->conflicts, n, cls) * sizeof *walked);
	}
	for (uint32_t a = 0; a < n && l->conflicts; a++) {
		uint32_t ca = count[a];
		if (assign[a] == INELIGIBLE)
			continue;
		const ConflictRow *r = &l->conflicts[a];
		if (conflict_row_is_bits(r)) {
			if (assign[a] >= 0 && assign[a] != same_v) {
				epoch++;
				if (same_v >= 0)
					for (uint32_t k = 0; k < l->nfields[same_v]; k++)
						bs_kill(same, l->fields[l->field_start[same_v] + k]);
				same_v = assign[a];
				for (uint32_t k = 0; k < l->nfields[same_v]; k++) {
					uint32_t s = l->fields[l->field_start[same_v] + k];
					if (assign[s] == same_v)
						bs_gen(same, s);
				}
			}
			uint64_t keep_same = assign[a] >= 0 ? 0 : UINT64_MAX;
			int memo = cls && assign[a] >= 0, met = 0;
			if (memo && walked[cls[a]] == epoch)
				continue;
			for (uint32_t w = 0; w < bs_words(n); w++) {
				if (assign[a] == INELIGIBLE && wmax[w] < ca)
					continue;
				met |= (r->u.bits[w] & elig[w] & (keep_same | ~same[w])) != 0;
				for (uint64_t x = r->u.bits[w] & elig[w] & (keep_same | ~same[w]); x; x &= x - 1) {
					uint32_t bit = (uint32_t)__builtin_ctzll(x), b = w * 64 + bit;
					if (assign[b] == INELIGIBLE || assign[a] == assign[b])
						continue;
					uint32_t remove = ca > count[b] ? a : b; /* on a tie, b */
					assign[remove] = INELIGIBLE;
					bs_kill(elig, remove);
					if (remove == a && !keep_same) {
						/* a left its variant: the rest of its row meets the
						 * members of that variant too, as rustc's pair walk
						 * does (assignments[a] is Ineligible from here) */
						keep_same = UINT64_MAX;
						x |= r->u.bits[w] & elig[w] & same[w] & ~((2ull << bit) - 1);
					}
				}
			}
			if (memo && !met)
				walked[cls[a]] = epoch;
			continue;
		}
		for (uint32_t k = 0, b; conflict_next(r, n, &k, &b);) {
			if (assign[b] == INELIGIBLE || assign[a] == assign[b])
				continue;
			uint32_t cb = count[b];
			uint32_t remove = ca > cb ? a : b; /* on a tie, b */
			assign[remove] = INELIGIBLE;
			bs_kill(elig, remove);
		}
	}
	/* fewer than two variants in use: promote everything */
	if (variants_in_use(l, assign) < 2)
		for (uint32_t i = 0; i < n; i++)
			assign[i] = INELIGIBLE;
}

/* The prefix's first fields, upvars then the tag, into pf[0..nupvars]: the tag
 * is the smallest unsigned integer holding the largest state number, none with
 * one state (elide-awaitless, stateless: nothing to store), its values past that
 * number a niche. Returns the tag's size. */
/* The tag of a coroutine of nvariants states as a prefix field: the smallest
 * unsigned integer holding the largest state number (none for one state), its
 * values past that number a niche (layout_compute and packed_candidate). */
static FieldInfo tag_field(uint32_t nvariants)
{
	uint64_t max_discr = nvariants ? nvariants - 1 : 0;
	uint32_t tag_size = nvariants <= 1 ? 0 : max_discr <= 0xff ? 1 : max_discr <= 0xffff ? 2 : 4;
	uint64_t tag_max = tag_size == 1 ? 0xff : tag_size == 2 ? 0xffff : 0xffffffffu;
	return (FieldInfo){.size = tag_size, .align = tag_size ? tag_size : 1,
			   .niche_avail = tag_size ? tag_max - max_discr : 0, .niche_off = 0, .niche_size = tag_size,
			   .niche_lo = 0, .niche_hi = max_discr};
}

static uint32_t prefix_upvars_tag(const Module *m, const Coroutine *c, uint32_t nvariants, FieldInfo *pf)
{
	uint32_t nup = c->nupvars;
	for (uint32_t i = 0; i < nup; i++)
		pf[i] = field_of_type(m, c->upvars[i].ty, 0);
	pf[nup] = tag_field(nvariants);
	return (uint32_t)pf[nup].size;
}

/* rustc_abi::layout::coroutine::layout */
void layout_compute(const Module *m, const Coroutine *c, Layout *l)
{
	if (l->relocated || l->pack) { /* relocate-upvars: rustc's layout is one of the candidates */
		layout_compute_relocated(m, c, l);
		return;
	}
	ScratchMark sm = scratch_mark(); /* every temporary below */
	uint32_t n = l->nsaved, nup = c->nupvars;
	int32_t *assign = scratch_alloc_uninit((n ? n : 1) * sizeof *assign);
	saved_local_eligibility(l, assign);

	/* prefix = upvars, tag, promoted (ascending saved index) */
	uint32_t npromoted = 0;
	for (uint32_t i = 0; i < n; i++)
		npromoted += assign[i] == INELIGIBLE;
	uint32_t np = nup + 1 + npromoted;
	FieldInfo *pf = scratch_alloc_uninit(np * sizeof *pf);
	uint32_t *pidx = scratch_alloc_uninit((n ? n : 1) * sizeof *pidx); /* saved -> prefix field */
	Univariant pu;
	pu.offsets = scratch_alloc_uninit(np * sizeof *pu.offsets);
	uint32_t tag_size = prefix_upvars_tag(m, c, l->nvariants, pf);
	uint32_t k = nup + 1;
	for (uint32_t i = 0; i < n; i++) {
		l->saved[i].promoted = assign[i] == INELIGIBLE;
		if (assign[i] == INELIGIBLE) {
			pidx[i] = k;
			pf[k++] = field_of_type(m, l->saved[i].ty, 1);
		}
	}
	univariant(pf, np, 0, 0, 1, &pu);
	if (nup && !l->upvar_offset)
		internal_error("layout_compute: upvar_offset not allocated");
	for (uint32_t i = 0; i < nup; i++)
		l->upvar_offset[i] = (uint32_t)pu.offsets[i];
	l->tag_offset = tag_size ? (uint32_t)pu.offsets[nup] : 0;
	l->tag_size = tag_size;
	for (uint32_t i = 0; i < n; i++)
		l->saved[i].offset = assign[i] == INELIGIBLE ? (uint32_t)pu.offsets[pidx[i]] : 0;

	uint64_t size = pu.size, align = pu.align;
	for (uint32_t v = 0; v < l->nvariants; v++) {
		uint32_t nf = l->nfields[v], cnt = 0;
		FieldInfo *vf = scratch_alloc_uninit((nf ? nf : 1) * sizeof *vf);
		uint32_t *which = scratch_alloc_uninit((nf ? nf : 1) * sizeof *which);
		Univariant vu;
		vu.offsets = scratch_alloc_uninit((nf ? nf : 1) * sizeof *vu.offsets);
		for (uint32_t j = 0; j < nf; j++) {
			uint32_t s = l->fields[l->field_start[v] + j];
			if (assign[s] == (int32_t)v) {
				which[cnt] = s;
				vf[cnt++] = field_of_type(m, l->saved[s].ty, 1);
			}
		}
		univariant(vf, cnt, 1, pu.size, pu.align, &vu);
		for (uint32_t j = 0; j < cnt; j++)
			l->saved[which[j]].offset = (uint32_t)vu.offsets[j];
		if (vu.size > size)
			size = vu.size;
		if (vu.align > align)
			align = vu.align;
	}
	l->size = (uint32_t)round_up64(size, align);
	l->align = (uint32_t)align;
	scratch_release(sm);
}

static void *layout_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);
	if (!p)
		internal_error("out of memory");
	return p;
}

static void graph_node_done(CoroGraph *g);

void coro_graph_begin(CoroGraph *g, uint32_t n)
{
	memset(g, 0, sizeof *g);
	g->arena = arena_new();
	g->n = n;
	g->cur = NO_ID;
	g->start = arena_alloc(g->arena, ((size_t)n + 1) * sizeof *g->start);
	g->mark = arena_alloc(g->arena, ((size_t)n + 1) * sizeof *g->mark);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* The current coroutine's edges, ascending. */
static void graph_node_done(CoroGraph *g)
{
	if (g->cur == NO_ID)
		return;
	uint32_t n = g->nedges - g->start[g->cur];
	if (n > 1)
		qsort(g->edges + g->start[g->cur], n, sizeof *g->edges, cmp_u32);
}

void coro_graph_node(CoroGraph *g, uint32_t i)
{
	IR_ASSERT(i < g->n && (g->cur == NO_ID ? i == 0 : i == g->cur + 1));
	graph_node_done(g);
	g->cur = i;
	g->start[i] = g->nedges;
}

void coro_graph_hold(CoroGraph *g, const Module *m, TypeId t, int through_refs)
{
	for (int depth = 0; depth < 32; depth++) {
		const Type *ty = type_get(m, t);
		switch (ty->kind) {
		case TY_CORO:
			if (ty->coro != g->cur && g->mark[ty->coro] != g->cur + 1) {
				g->mark[ty->coro] = g->cur + 1;
				*(uint32_t *)VEC_PUSH(g->arena, g->edges, g->nedges, g->capedges) = ty->coro;
			}
			return;
		case TY_TUPLE:
			coro_graph_hold(g, m, ty->b, through_refs);
			/* fall through */
		case TY_POLL:
			t = ty->a;
			continue;
		case TY_REF:
		case TY_REFMUT:
		case TY_RAWMUT:
		case TY_PIN:
			if (!through_refs)
				return;
			t = ty->a;
			continue;
		default:
			return;
		}
	}
}

void coro_graph_end(CoroGraph *g)
{
	graph_node_done(g);
	for (uint32_t i = g->cur == NO_ID ? 0 : g->cur + 1; i <= g->n; i++)
		g->start[i] = g->nedges; /* coroutines never given a node hold nothing */
}

void coro_graph_build(const Module *m, CoroGraph *g)
{
	coro_graph_begin(g, m->ncoros);
	for (uint32_t i = 0; i < g->n; i++) {
		const Coroutine *c = &m->coros[i];
		coro_graph_node(g, i);
		for (uint32_t u = 0; u < c->nupvars; u++)
			coro_graph_hold(g, m, c->upvars[u].ty, 0);
		if (c->layout)
			for (uint32_t s = 0; s < c->layout->nsaved; s++)
				coro_graph_hold(g, m, c->layout->saved[s].ty, 0);
	}
	coro_graph_end(g);
}

void coro_graph_free(CoroGraph *g)
{
	arena_free(g->arena);
	memset(g, 0, sizeof *g);
}

/* Depth first from every coroutine in index order, the held ones in index
 * order: the postorder puts every coroutine after the ones it holds (but on
 * a cycle, which futures cannot form: back[] gets the first edge i -> j that
 * closes one, or NO_ID). */
uint32_t *coro_graph_postorder(const CoroGraph *g, uint32_t back[2])
{
	uint32_t n = g->n, norder = 0;
	uint32_t *order = layout_xcalloc(n, sizeof *order);
	uint8_t *state = layout_xcalloc(n, 1); /* 0 new, 1 on the stack, 2 done */
	uint32_t *stack = layout_xcalloc(n + 1, sizeof *stack), *it = layout_xcalloc(n + 1, sizeof *it);
	if (back)
		back[0] = back[1] = NO_ID;
	for (uint32_t root = 0; root < n; root++) {
		if (state[root])
			continue;
		uint32_t sp = 0;
		stack[sp] = root, it[sp] = g->start[root], sp++;
		state[root] = 1;
		while (sp) {
			uint32_t i = stack[sp - 1];
			if (it[sp - 1] < g->start[i + 1]) {
				uint32_t j = g->edges[it[sp - 1]++];
				if (state[j] == 1 && back && back[0] == NO_ID)
					back[0] = i, back[1] = j;
				if (!state[j]) {
					state[j] = 1;
					stack[sp] = j, it[sp] = g->start[j], sp++;
				}
				continue;
			}
			sp--;
			state[i] = 2;
			order[norder++] = i;
		}
	}
	free(state);
	free(stack);
	free(it);
	return order;
}

/* dirty[i]: a pass changed coroutine i (the types it holds, or its size). Its
 * layout and those of every coroutine holding it, directly or not, are
 * recomputed, callees first (a layout that is already up to date comes out the
 * same). */
void layout_recompute_holders(Module *m, uint8_t *dirty)
{
	CoroGraph g;
	coro_graph_build(m, &g);
	uint32_t *order = coro_graph_postorder(&g, NULL);
	for (uint32_t k = 0; k < g.n; k++) {
		uint32_t i = order[k];
		Coroutine *c = &m->coros[i];
		for (uint32_t e = g.start[i]; e < g.start[i + 1] && !dirty[i]; e++)
			dirty[i] = dirty[g.edges[e]];
		if (dirty[i] && c->layout)
			layout_compute(m, c, c->layout);
	}
	free(order);
	coro_graph_free(&g);
}

/* The struct and enum items (and Option / Result instances) t holds by value,
 * appended to held (a reference's pointee needs no layout of its own). */
static void adt_held(const Module *m, TypeId t, uint32_t **held, uint32_t *n, uint32_t *cap)
{
	TypeId todo[64]; /* a tuple's two halves: a few levels at most */
	uint32_t nt = 0;
	todo[nt++] = t;
	while (nt) {
		const Type *ty = type_get(m, todo[--nt]);
		switch (ty->kind) {
		case TY_ADT:
			if (*n == *cap) {
				*cap = *cap ? 2 * *cap : 64;
				*held = realloc(*held, *cap * sizeof **held);
				if (!*held)
					internal_error("out of memory");
			}
			(*held)[(*n)++] = ty->coro;
			break;
		case TY_TUPLE:
			if (nt + 2 > sizeof todo / sizeof *todo)
				internal_error("relayout: tuples nested too deep");
			todo[nt++] = ty->b;
			todo[nt++] = ty->a;
			break;
		case TY_ARRAY:
		case TY_POLL:
			todo[nt++] = ty->a;
			break;
		case TY_CORO: /* the frontend admits no future inside a struct or enum (sema) */
			internal_error("relayout: a struct or enum holding a future");
		default:
			break;
		}
	}
}

/* rustc's layout of a struct or enum item of the source for m->ptr_bytes:
 * what type_struct_define and type_enum_define computed for 8-byte pointers,
 * computed again (a usize, isize or reference field is 4 bytes on thumb, its
 * niche 4 bytes wide, so sizes, alignments, field order, offsets and the enum's
 * tag encoding can all change). */
static void adt_relayout_one(Module *m, Adt *a)
{
	if (a->enum_defined) {
		ScratchMark sm = scratch_mark();
		uint32_t *nfields = scratch_alloc_uninit(a->nvariants * sizeof *nfields);
		const TypeId **fields = scratch_alloc_uninit(a->nvariants * sizeof *fields);
		for (uint32_t v = 0; v < a->nvariants; v++) {
			nfields[v] = a->variants[v].nfields;
			fields[v] = a->variants[v].fields;
		}
		layout_enum(m, a, nfields, fields, a->internal); /* internal: type_enum_define's tagged_only */
		scratch_release(sm);
	} else if (a->kind == ADT_STRUCT && a->nvariants == 1) {
		uint32_t size, align;
		layout_struct(m, a->variants[0].fields, a->variants[0].nfields, a->repr_c, a->offsets, &size, &align, &a->niche);
		a->size = size;
		a->align = align;
	}
}

/* Item root and the items it holds, held ones first, with a stack of our own
 * (issue 23: one recursion per level of nesting). state[ai]: 0 not seen, 1 in
 * progress, 2 done (a struct cannot hold itself by value: sema, E0072).
 * Imported code's ADTs (rustc's sizes or model layouts) are not the
 * frontend's: left alone. */
static void adt_relayout(Module *m, uint32_t root, uint8_t *state)
{
	typedef struct {
		uint32_t ai, begin, pos; /* its held items: held[begin..], the next at pos */
	} Frame;
	Frame *st = NULL;
	uint32_t *held = NULL;
	uint32_t n = 0, cap = 0, nheld = 0, capheld = 0;
	for (uint32_t ai = root;;) {
		Adt *a = &m->adts[ai];
		if (!state[ai] && a->defined && !a->model) {
			state[ai] = 1;
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				st = realloc(st, cap * sizeof *st);
				if (!st)
					internal_error("out of memory");
			}
			st[n++] = (Frame){ai, nheld, nheld};
			for (uint32_t v = 0; v < a->nvariants; v++)
				for (uint32_t i = 0; i < a->variants[v].nfields; i++)
					adt_held(m, a->variants[v].fields[i], &held, &nheld, &capheld);
		}
		if (!n)
			break;
		Frame *f = &st[n - 1];
		if (f->pos < nheld) {
			ai = held[f->pos++];
			continue;
		}
		adt_relayout_one(m, &m->adts[f->ai]);
		state[f->ai] = 2;
		nheld = f->begin;
		n--;
		if (!n)
			break;
		ai = st[n - 1].ai; /* seen: the loop goes on with its next held item */
	}
	free(st);
	free(held);
}

void module_set_ptr_bytes(Module *m, uint8_t bytes)
{
	uint8_t *dirty = calloc(m->ncoros + 1, 1);
	uint8_t *state = calloc(m->nadts + 1, 1);
	if (!dirty || !state)
		internal_error("out of memory");
	m->ptr_bytes = bytes == 8 ? 0 : bytes;
	for (uint32_t ai = 0; ai < m->nadts; ai++) /* the items first: coroutines hold them */
		adt_relayout(m, ai, state);
	free(state);
	memset(dirty, 1, m->ncoros);
	layout_recompute_holders(m, dirty);
	free(dirty);
}

/* ===================================================================== */
/* relocate-upvars (passes/relocate_upvars.c): upvars out of the prefix     */
/* ===================================================================== */

/* A scratch copy of l that rustc's layout_compute may write: its own saved
 * and upvar offset arrays, no relocation. */
static Layout scratch_layout_copy(const Layout *l, uint32_t nupvars)
{
	Layout t = *l;
	t.relocated = NULL;
	t.pack = 0;
	t.saved = scratch_alloc_uninit((l->nsaved ? l->nsaved : 1) * sizeof *t.saved);
	if (l->nsaved)
		memcpy(t.saved, l->saved, l->nsaved * sizeof *t.saved);
	t.upvar_offset = scratch_alloc((nupvars ? nupvars : 1) * sizeof *t.upvar_offset);
	return t;
}

/* rust-lang/rust#135527's captures-only scheme over rustc's algorithm: the
 * relocated upvars become saved locals of Unresumed (variant 0), in conflict
 * with each other only (the prologue reads them all before anything else is
 * written), and the layout is computed as rustc computes any other. The other
 * upvars stay in the prefix. Fills r (offsets of c's upvars in upvar_offset). */
static void relocated_candidate(const Module *m, const Coroutine *c, const Layout *l, Layout *r)
{
	uint32_t ns = l->nsaved, nup = c->nupvars, nr = 0;
	for (uint32_t i = 0; i < nup; i++)
		nr += l->relocated[i] != 0;
	Coroutine tc = *c;
	Upvar *kept = scratch_alloc((nup ? nup : 1) * sizeof *kept);
	tc.upvars = kept;
	tc.nupvars = 0;
	for (uint32_t i = 0; i < nup; i++)
		if (!l->relocated[i])
			kept[tc.nupvars++] = c->upvars[i];
	Layout t = *l;
	t.relocated = NULL;
	t.pack = 0;
	t.nsaved = ns + nr;
	t.saved = scratch_alloc((t.nsaved ? t.nsaved : 1) * sizeof *t.saved);
	if (ns)
		memcpy(t.saved, l->saved, ns * sizeof *t.saved);
	for (uint32_t i = 0, k = ns; i < nup; i++)
		if (l->relocated[i])
			t.saved[k++] = (SavedLocal){.local = NO_ID, .ty = c->upvars[i].ty, .name = c->upvars[i].name};
	uint32_t total = 0;
	for (uint32_t v = 0; v < l->nvariants; v++)
		total += l->nfields[v];
	t.field_start = scratch_alloc((l->nvariants ? l->nvariants : 1) * sizeof *t.field_start);
	t.nfields = scratch_alloc((l->nvariants ? l->nvariants : 1) * sizeof *t.nfields);
	t.fields = scratch_alloc((total + nr + 1) * sizeof *t.fields);
	uint32_t pos = 0;
	for (uint32_t v = 0; v < l->nvariants; v++) {
		t.field_start[v] = pos;
		for (uint32_t k = 0; k < l->nfields[v]; k++)
			t.fields[pos++] = l->fields[l->field_start[v] + k];
		if (v == STATE_UNRESUMED)
			for (uint32_t k = 0; k < nr; k++)
				t.fields[pos++] = ns + k;
		t.nfields[v] = pos - t.field_start[v];
	}
	t.conflicts = conflicts_copy(NULL, l->conflicts, ns, t.nsaved);
	/* the relocated upvars: one class, one bitset (conf39: row by row, N upvars
	 * were N^2 conflict_adds per layout: asyncparampats) */
	uint64_t *ub = nr ? conflict_shared_new(NULL, bs_words(t.nsaved), nr) : NULL;
	for (uint32_t a = ns; a < t.nsaved; a++) {
		ub[a / 64] |= 1ull << (a % 64);
		if (t.conflicts[a].cap == CONFLICT_BITS) /* conflicts_densify's (empty) */
			free(t.conflicts[a].u.bits);
		t.conflicts[a] = (ConflictRow){.n = nr, .cap = CONFLICT_SHARED, .u.bits = ub};
	}
	t.upvar_offset = scratch_alloc((nup ? nup : 1) * sizeof *t.upvar_offset);
	layout_compute(m, &tc, &t);
	conflicts_free(t.conflicts, t.nsaved);
	/* back to c's numbering */
	*r = scratch_layout_copy(l, nup);
	for (uint32_t s = 0; s < ns; s++)
		r->saved[s] = t.saved[s];
	for (uint32_t i = 0, kept_i = 0, k = ns; i < nup; i++)
		r->upvar_offset[i] = l->relocated[i] ? t.saved[k++].offset : t.upvar_offset[kept_i++];
	r->tag_offset = t.tag_offset;
	r->tag_size = t.tag_size;
	r->size = t.size;
	r->align = t.align;
}

typedef struct Span64 {
	uint64_t off, end;
} Span64;

static int cmp_span64(const void *a, const void *b)
{
	const Span64 *x = a, *y = b;
	return (x->off > y->off) - (x->off < y->off);
}

/* [s.off, s.end) into the disjoint spans iv[0, *n), ascending: merged with
 * the ones it overlaps or touches (own31: packed_candidate's busy bytes) */
static void span_union_add(Span64 *iv, uint32_t *n, Span64 s)
{
	uint32_t lo = 0, hi = *n;
	while (lo < hi) { /* the first span ending at or after s.off */
		uint32_t mid = lo + (hi - lo) / 2;
		if (iv[mid].end < s.off)
			lo = mid + 1;
		else
			hi = mid;
	}
	uint32_t e = lo;
	for (; e < *n && iv[e].off <= s.end; e++) {
		if (iv[e].off < s.off)
			s.off = iv[e].off;
		if (iv[e].end > s.end)
			s.end = iv[e].end;
	}
	if (e == lo) { /* nothing merged: s goes in at lo */
		memmove(&iv[lo + 1], &iv[lo], (size_t)(*n - lo) * sizeof *iv);
		(*n)++;
	} else if (e > lo + 1) {
		memmove(&iv[lo + 1], &iv[e], (size_t)(*n - e) * sizeof *iv);
		*n -= e - lo - 1;
	}
	iv[lo] = s;
}

/* one busy span sp met by a first-fit walk in offset order, the candidate offset *at for an item of
 * size and align: past it when they overlap; false when sp starts after the item would end (the
 * walk stops: *at fits) */
static bool first_fit_step(Span64 sp, uint64_t *at, uint64_t size, uint64_t align)
{
	if (sp.end <= *at)
		return true;
	if (sp.off >= *at + size)
		return false;
	*at = round_up64(sp.end, align);
	return true;
}

/* The lowest offset, a multiple of align, where size bytes touch no span of
 * iv (disjoint, ascending): the first fit */
static uint64_t span_first_fit(const Span64 *iv, uint32_t n, uint64_t size, uint64_t align)
{
	uint64_t at = 0;
	for (uint32_t k = 0; k < n && first_fit_step(iv[k], &at, size, align); k++)
		;
	return at;
}

/* Placed items of one span (packed_candidate with bitset rows): the saved
 * locals among them a bitset over words lo..hi, and the union of their rows
 * (cols: who conflicts with some member, read at the item's own bit), or
 * relocated upvars */
typedef struct SpanGroup {
	uint64_t off, end;
	uint8_t upvars;
	uint32_t lo, hi;
	uint64_t *bits, *cols;
} SpanGroup;

static int group_before(const SpanGroup *g, uint64_t off, uint64_t end, uint8_t upvars)
{
	if (g->off != off)
		return g->off < off;
	if (g->end != end)
		return g->end < end;
	return g->upvars < upvars;
}

typedef struct PackItem {
	uint64_t size, align;
	uint32_t id; /* < nsaved: a saved local; else nsaved + k: the k-th relocated upvar */
} PackItem;

static int cmp_pack_item(const void *a, const void *b)
{
	const PackItem *x = a, *y = b;
	if (x->size != y->size)
		return x->size < y->size ? 1 : -1;
	if (x->align != y->align)
		return x->align < y->align ? 1 : -1;
	return (x->id > y->id) - (x->id < y->id);
}

/* The second scheme of rust-lang/rust#135527's follow-up (goal #622: "memory
 * can still be released even when values are live across more than one
 * await"): no promotion. The prefix holds the upvars not relocated and the tag,
 * as rustc lays them out; then every saved local and relocated upvar, largest
 * first, takes the lowest offset (aligned) where it shares no byte with the
 * prefix or with anything placed that it conflicts with. A saved local in
 * several variants keeps one offset, as rustc's promoted ones do, but other
 * states' locals may use its bytes while it is dead. Sound by the conflict
 * matrix (storage-live at the same time, at any statement, not only across
 * yields) and by the relocated upvars being dead once the prologue ran. */
/* 1 when a class's row holds every placed saved local: *done of them (the first
 * in placement order) are known to be in it, the rest looked up once each */
static int class_holds_placed(const ConflictRow *row, uint32_t *done, const uint32_t *plist, uint32_t nplaced)
{
	uint32_t d = *done;
	while (d < nplaced && conflict_row_has(row, plist[d]))
		d++;
	*done = d;
	return d == nplaced;
}

static void packed_candidate(const Module *m, const Coroutine *c, const Layout *l, Layout *r)
{
	uint32_t ns = l->nsaved, nup = c->nupvars;
	*r = scratch_layout_copy(l, nup);
	/* prefix: the upvars that stay, and the tag */
	uint32_t np = 0, nr = 0;
	FieldInfo *pf = scratch_alloc((nup + 1) * sizeof *pf);
	uint32_t *pupvar = scratch_alloc((nup + 1) * sizeof *pupvar);
	uint32_t *relocated = scratch_alloc((nup ? nup : 1) * sizeof *relocated);
	for (uint32_t i = 0; i < nup; i++) {
		if (l->relocated && l->relocated[i]) {
			relocated[nr++] = i;
			continue;
		}
		pupvar[np] = i;
		pf[np++] = field_of_type(m, c->upvars[i].ty, 0);
	}
	uint32_t tagf = np;
	pf[np++] = tag_field(l->nvariants);
	uint32_t tag_size = (uint32_t)pf[tagf].size;
	Univariant pu;
	pu.offsets = scratch_alloc(np * sizeof *pu.offsets);
	univariant(pf, np, 0, 0, 1, &pu);
	for (uint32_t k = 0; k < tagf; k++)
		r->upvar_offset[pupvar[k]] = (uint32_t)pu.offsets[k];
	r->tag_offset = tag_size ? (uint32_t)pu.offsets[tagf] : 0;
	r->tag_size = tag_size;
	uint64_t align = pu.align, end = pu.size;

	uint32_t n = ns + nr;
	PackItem *items = scratch_alloc((n ? n : 1) * sizeof *items);
	uint64_t *off = scratch_alloc((n ? n : 1) * sizeof *off);
	uint8_t *placed = scratch_alloc(n ? n : 1);
	for (uint32_t s = 0; s < ns; s++)
		items[s] = (PackItem){type_size(m, l->saved[s].ty), type_align(m, l->saved[s].ty), s};
	for (uint32_t k = 0; k < nr; k++) {
		TypeId t = c->upvars[relocated[k]].ty;
		items[ns + k] = (PackItem){type_size(m, t), type_align(m, t), ns + k};
	}
	qsort(items, n, sizeof *items, cmp_pack_item);
	/* First fit over the busy spans in offset order: the prefix's (live in
	 * every state, sorted once) merged with the placed items in conflict,
	 * kept sorted by offset as they are placed. Collecting and sorting the
	 * busy spans per item was O(n^2 log n) where every item is in conflict
	 * with every other (3N saved locals in one state); the walk stops at the
	 * first gap. The spans' order among equal offsets does not change the fit. */
	Span64 *pspan = scratch_alloc((np + 1) * sizeof *pspan);
	uint32_t npsp = 0;
	for (uint32_t k = 0; k < np; k++)
		if (pf[k].size)
			pspan[npsp++] = (Span64){pu.offsets[k], pu.offsets[k] + pf[k].size};
	qsort(pspan, npsp, sizeof *pspan, cmp_span64);
	/* own31: the bytes the prefix and every placed item take, merged into
	 * disjoint spans (busy), and the placed saved locals of nonzero size
	 * (placed_sv): an item in conflict with every placed one (a clique: N
	 * locals all live to the end) takes the first fit over busy, found without
	 * the walk below, which passes every placed item (O(n) per item) */
	uint32_t words = bs_words(ns), nbusy = 0, nplaced_sv = 0, nplaced_up = 0;
	Span64 *busy = scratch_alloc((npsp + n + 1) * sizeof *busy);
	uint64_t *placed_sv = scratch_alloc((words ? words : 1) * sizeof *placed_sv);
	uint64_t *rowbits = scratch_alloc((words ? words : 1) * sizeof *rowbits);
	for (uint32_t k = 0; k < npsp; k++)
		span_union_add(busy, &nbusy, pspan[k]);
	/* with bitset rows: the placed items grouped by span; the walk then
	 * passes groups, one busy when a member conflicts with the item either
	 * way round: a member in the item's row, or the item in a member's row
	 * (the group's union of its members' rows, O(words) per placed saved
	 * local). O(groups x words) per item: ownlets' awaitees all sit at one
	 * offset and none conflicts with another, one group instead of one step
	 * per placed awaitee. (own33: the relation ORed with its transpose by
	 * 64 x 64 blocks per call was 3.9x per 2x on ownlets, 234M of 8.1G at
	 * 2000; the unions are a row's words per placed local.) */
	/* conf39: with classes, the placed saved locals in placement order (plist)
	 * and per class how many of them its row is known to hold (pdone): a class
	 * holding every placed one is a clique without a walk of placed_sv's words */
	uint32_t *pcls = NULL, *pdone = NULL, *plist = NULL;
	for (uint32_t a = 0; a < ns && l->conflicts && !pcls; a++)
		if (l->conflicts[a].cap == CONFLICT_SHARED) {
			pcls = scratch_alloc_uninit(ns * sizeof *pcls);
			pdone = scratch_alloc((size_t)conflicts_classes(l->conflicts, ns, pcls) * sizeof *pdone);
			plist = scratch_alloc_uninit(ns * sizeof *plist);
		}
	int grouped = 0;
	SpanGroup *grp = NULL;
	uint32_t ngrp = 0;
	if (ns && l->conflicts && conflicts_all_bits(l->conflicts, ns)) {
		grouped = 1;
		grp = scratch_alloc((n ? n : 1) * sizeof *grp);
	}
	/* not grouped: each saved local's size, the transpose of the relation (tadj[tstart[b] ..
	 * tstart[b + 1]): the a whose row holds b), a buffer of spans, and the relocated upvars' busy
	 * bytes with the prefix's */
	uint64_t *isz = NULL;
	uint32_t *tstart = NULL, *tadj = NULL, nupbusy = 0;
	Span64 *cs = NULL, *upbusy = NULL;
	if (!grouped) {
		isz = scratch_alloc((n ? n : 1) * sizeof *isz);
		for (uint32_t k = 0; k < n; k++)
			isz[items[k].id] = items[k].size;
		tstart = scratch_alloc(((size_t)ns + 2) * sizeof *tstart);
		uint32_t nt = 0, maxrow = 0;
		for (uint32_t a = 0; a < ns && l->conflicts; a++) {
			uint32_t cnt = 0; /* the row's members, counted (a bound for cs below) */
			for (uint32_t k = 0, b; conflict_next(&l->conflicts[a], ns, &k, &b);) {
				cnt++;
				if (b < ns && b != a) {
					tstart[b + 2]++;
					nt++;
				}
			}
			if (cnt > maxrow)
				maxrow = cnt;
		}
		for (uint32_t b = 0; b < ns; b++)
			tstart[b + 2] += tstart[b + 1];
		tadj = scratch_alloc((nt ? nt : 1) * sizeof *tadj);
		for (uint32_t a = 0; a < ns && l->conflicts; a++)
			for (uint32_t k = 0, b; conflict_next(&l->conflicts[a], ns, &k, &b);)
				if (b < ns && b != a)
					tadj[tstart[b + 1]++] = a;
		/* tstart[b] .. tstart[b + 1] now b's column */
		uint32_t maxc = 0;
		for (uint32_t a = 0; a < ns; a++)
			if (tstart[a + 1] - tstart[a] > maxc)
				maxc = tstart[a + 1] - tstart[a];
		maxc += maxrow;
		cs = scratch_alloc(((size_t)maxc + 1) * sizeof *cs);
		upbusy = scratch_alloc(((size_t)npsp + nr + 1) * sizeof *upbusy);
		for (uint32_t k = 0; k < npsp; k++)
			span_union_add(upbusy, &nupbusy, pspan[k]);
	}
	for (uint32_t i = 0; i < n; i++) {
		uint32_t id = items[i].id;
		uint64_t at = 0;
		int clique = 0;
		if (items[i].size && id >= ns) {
			clique = nplaced_sv == 0; /* relocated upvars conflict with each other only */
		} else if (items[i].size && nplaced_up == 0 && pcls && l->conflicts[id].cap == CONFLICT_SHARED &&
			   class_holds_placed(&l->conflicts[id], &pdone[pcls[id]], plist, nplaced_sv)) {
			clique = 1;
		} else if (items[i].size && nplaced_up == 0) {
			/* the placed saved locals not in id's row, each then asked the other way */
			const ConflictRow *row = l->conflicts ? &l->conflicts[id] : NULL;
			const uint64_t *rb = rowbits;
			if (row && conflict_row_is_bits(row))
				rb = row->u.bits;
			else
				for (uint32_t k = 0, b; row && conflict_next(row, ns, &k, &b);)
					rowbits[b / 64] |= 1ull << (b % 64);
			clique = 1;
			for (uint32_t w = 0; w < words && clique; w++)
				for (uint64_t x = placed_sv[w] & ~rb[w]; x && clique; x &= x - 1)
					clique = layout_conflict(l, w * 64 + (uint32_t)__builtin_ctzll(x), id);
			if (rb == rowbits)
				for (uint32_t k = 0, b; row && conflict_next(row, ns, &k, &b);)
					rowbits[b / 64] = 0;
		}
		if (clique)
			at = span_first_fit(busy, nbusy, items[i].size, items[i].align);
		const uint64_t *si = grouped && id < ns ? l->conflicts[id].u.bits : NULL;
		for (uint32_t p = 0, g = 0; grouped && !clique && items[i].size && (p < npsp || g < ngrp);) {
			Span64 sp;
			if (g < ngrp) {
				const SpanGroup *G = &grp[g];
				int conflict = 0;
				if (G->upvars)
					conflict = id >= ns; /* relocated upvars: with each other */
				else if (si)
					conflict = ((G->cols[id / 64] >> (id % 64)) & 1) != 0;
				for (uint32_t w = G->lo; si && w <= G->hi && !conflict; w++)
					conflict = (G->bits[w] & si[w]) != 0;
				if (!conflict) {
					g++;
					continue;
				}
				if (p < npsp && pspan[p].off <= G->off)
					sp = pspan[p++];
				else
					sp = (Span64){G->off, G->end}, g++;
			} else {
				sp = pspan[p++];
			}
			if (!first_fit_step(sp, &at, items[i].size, items[i].align))
				break;
		}
		if (!grouped && !clique && items[i].size) {
			/* slow35: the spans of the placed items in conflict with id, found through id's row
			 * and its column (trow), not by passing every placed item (the walk by offsets was
			 * O(placed) per item with a binary search per conflict test: 2,000 awaits' saved
			 * locals, none in conflict, were 1.3G of check's 5.8G instructions); with the
			 * prefix's, sorted by offset, the first fit over them is the walk's (ties in any
			 * order fit alike). A relocated upvar conflicts with the placed relocated upvars
			 * only: their union with the prefix (upbusy). */
			if (id >= ns) {
				at = span_first_fit(upbusy, nupbusy, items[i].size, items[i].align);
			} else {
				uint32_t nc = 0;
				const ConflictRow *row = l->conflicts ? &l->conflicts[id] : NULL;
				for (uint32_t k = 0, o; row && conflict_next(row, ns, &k, &o);)
					if (o < ns && placed[o] && isz[o])
						cs[nc++] = (Span64){off[o], off[o] + isz[o]};
				for (uint32_t k = tstart[id]; k < tstart[id + 1]; k++) {
					uint32_t o = tadj[k];
					if (placed[o] && isz[o])
						cs[nc++] = (Span64){off[o], off[o] + isz[o]};
				}
				if (nc > 1)
					qsort(cs, nc, sizeof *cs, cmp_span64);
				for (uint32_t p = 0, q = 0; p < npsp || q < nc;) { /* merged in offset order */
					Span64 sp = q == nc || (p < npsp && pspan[p].off <= cs[q].off) ? pspan[p++] : cs[q++];
					if (!first_fit_step(sp, &at, items[i].size, items[i].align))
						break;
				}
			}
		}
		off[id] = at;
		placed[id] = 1;
		if (items[i].size) {
			span_union_add(busy, &nbusy, (Span64){at, at + items[i].size});
			if (id < ns) {
				placed_sv[id / 64] |= 1ull << (id % 64);
				if (plist)
					plist[nplaced_sv] = id;
				nplaced_sv++;
			} else {
				nplaced_up++;
			}
			if (grouped) { /* into its span's group */
				uint64_t e = at + items[i].size;
				uint8_t up = id >= ns;
				uint32_t lo = 0, hi = ngrp;
				while (lo < hi) {
					uint32_t mid = lo + (hi - lo) / 2;
					if (group_before(&grp[mid], at, e, up))
						lo = mid + 1;
					else
						hi = mid;
				}
				SpanGroup *G = &grp[lo];
				if (lo == ngrp || G->off != at || G->end != e || G->upvars != up) {
					memmove(G + 1, G, (size_t)(ngrp - lo) * sizeof *G);
					ngrp++;
					*G = (SpanGroup){at, e, up, UINT32_MAX, 0, NULL, NULL};
					if (!up) {
						G->bits = scratch_alloc((size_t)words * sizeof *G->bits);
						G->cols = scratch_alloc((size_t)words * sizeof *G->cols);
					}
				}
				if (!up) {
					const uint64_t *row = l->conflicts[id].u.bits;
					for (uint32_t w = 0; w < words; w++)
						G->cols[w] |= row[w];
					G->bits[id / 64] |= 1ull << (id % 64);
					if (id / 64 < G->lo)
						G->lo = id / 64;
					if (id / 64 > G->hi)
						G->hi = id / 64;
				}
			}
		}
		if (!grouped && items[i].size && id >= ns)
			span_union_add(upbusy, &nupbusy, (Span64){at, at + items[i].size});
		if (at + items[i].size > end)
			end = at + items[i].size;
		if (items[i].align > align)
			align = items[i].align;
	}
	for (uint32_t s = 0; s < ns; s++) {
		r->saved[s].offset = (uint32_t)off[s];
		r->saved[s].promoted = 0;
	}
	for (uint32_t k = 0; k < nr; k++)
		r->upvar_offset[relocated[k]] = (uint32_t)off[ns + k];
	r->align = (uint32_t)align;
	r->size = (uint32_t)round_up64(end, align);
}

void layout_compute_relocated(const Module *m, const Coroutine *c, Layout *l)
{
	ScratchMark sm = scratch_mark();
	uint32_t nup = c->nupvars, nr = 0;
	for (uint32_t i = 0; i < nup && l->relocated; i++)
		nr += l->relocated[i] != 0;
	Layout cand[3];
	uint32_t ncand = 0;
	cand[ncand] = scratch_layout_copy(l, nup); /* rustc's */
	layout_compute(m, c, &cand[ncand++]);
	if (nr)
		relocated_candidate(m, c, l, &cand[ncand++]);
	if (l->pack)
		packed_candidate(m, c, l, &cand[ncand++]);
	uint32_t best = 0; /* the smallest; on a tie the earlier (rustc's first) */
	for (uint32_t k = 1; k < ncand; k++)
		if (cand[k].size < cand[best].size)
			best = k;
	const Layout *b = &cand[best];
	for (uint32_t s = 0; s < l->nsaved; s++) {
		l->saved[s].offset = b->saved[s].offset;
		l->saved[s].promoted = b->saved[s].promoted;
	}
	for (uint32_t i = 0; i < nup; i++)
		l->upvar_offset[i] = b->upvar_offset[i];
	l->tag_offset = b->tag_offset;
	l->tag_size = b->tag_size;
	l->size = b->size;
	l->align = b->align;
	scratch_release(sm);
}

/* A place of f naming upvar i of the future *self: (*self).i... */
static uint32_t place_upvar(const Fn *f, PlaceId p, LocalId self, int *whole);

uint32_t layout_place_upvar(const Fn *f, PlaceId p, LocalId self)
{
	int whole;
	return place_upvar(f, p, self, &whole);
}

uint32_t layout_place_saved(const Fn *f, PlaceId p, LocalId self, const Layout *l)
{
	const Place *pl = place_get(f, p);
	if (pl->local != self || pl->nproj < 3 || place_proj(f, pl, 0)->kind != PROJ_DEREF ||
	    place_proj(f, pl, 1)->kind != PROJ_DOWNCAST || place_proj(f, pl, 2)->kind != PROJ_FIELD)
		return NO_ID;
	uint32_t v = place_proj(f, pl, 1)->index, k = place_proj(f, pl, 2)->index;
	if (v >= l->nvariants || k >= l->nfields[v])
		return NO_ID;
	return l->fields[l->field_start[v] + k];
}

static uint32_t place_upvar(const Fn *f, PlaceId p, LocalId self, int *whole)
{
	const Place *pl = place_get(f, p);
	*whole = 0;
	if (pl->local != self)
		return NO_ID;
	if (pl->nproj >= 2 && place_proj(f, pl, 0)->kind == PROJ_DEREF && place_proj(f, pl, 1)->kind == PROJ_FIELD)
		return place_proj(f, pl, 1)->index;
	if (pl->nproj >= 2 && place_proj(f, pl, 0)->kind == PROJ_DEREF &&
	    place_proj(f, pl, 1)->kind == PROJ_DOWNCAST)
		return NO_ID; /* a saved local */
	*whole = 1;   /* the pointer itself, or the whole future */
	return NO_ID;
}

typedef struct UpvarUse {
	const Fn *f;
	LocalId self;
	uint32_t nupvars;
	uint8_t *used;
	uint8_t *borrowed; /* or NULL: upvars borrowed anywhere */
	int all;
	const PlaceId *dest; /* the statement's destination slot: writing self itself is no use */
} UpvarUse;

static void mark_upvar_use(UpvarUse *u, PlaceId p)
{
	int whole;
	uint32_t i = place_upvar(u->f, p, u->self, &whole);
	if (whole)
		u->all = 1;
	else if (i != NO_ID && i < u->nupvars)
		u->used[i] = 1;
}

static void mark_upvar_use_slot(void *ctx, BlockId b, PlaceId *slot)
{
	UpvarUse *u = ctx;
	(void)b;
	if (slot == u->dest && place_is_local(u->f, *slot))
		return;
	mark_upvar_use(u, *slot);
}

/* (*self): the whole future, as discriminant() reads or sets its tag */
static int is_whole_future(const Fn *f, PlaceId p, LocalId self)
{
	const Place *pl = place_get(f, p);
	return pl->local == self && pl->nproj == 1 && place_proj(f, pl, 0)->kind == PROJ_DEREF;
}

/* used: named after the start or borrowed; borrowed (or NULL): borrowed
 * anywhere, all of them when f names the future whole after the start or
 * has no state switch */
static void upvar_uses(const Fn *f, TypeId coro_ty, uint32_t nupvars, uint8_t *used, uint8_t *borrowed)
{
	if (nupvars)
		memset(used, 0, nupvars);
	if (nupvars && borrowed)
		memset(borrowed, 0, nupvars);
	LocalId self = NO_ID;
	if (!nupvars || fn_state_switch(f, coro_ty, &self) != 0) {
		if (nupvars)
			memset(used, 1, nupvars);
		if (nupvars && borrowed)
			memset(borrowed, 1, nupvars);
		return;
	}
	UpvarUse u = {.f = f, .self = self, .nupvars = nupvars, .used = used, .borrowed = borrowed, .all = 0};
	/* after the start: bb0 and what any arm but Unresumed's reaches, unwind edges included */
	uint8_t *after = calloc(f->nblocks + 1, 1);
	BlockId *roots = malloc((f->blocks[0].term.nargs + 1) * sizeof *roots);
	if (!after || !roots)
		internal_error("out of memory");
	uint32_t nroots = 0;
	after[0] = 1;
	const Term *st = &f->blocks[0].term;
	for (uint32_t k = 0; k < st->nargs; k++)
		if (f->arms[st->args + k].value != STATE_UNRESUMED)
			roots[nroots++] = f->arms[st->args + k].target;
	if (st->target != NO_BLOCK)
		roots[nroots++] = st->target;
	fn_mark_reachable(f, after, roots, nroots);
	free(roots);
	Fn *fm = (Fn *)f; /* stmt_places hands out writable slots; nothing is written here */
	for (BlockId b = 0; b < f->nblocks; b++) {
		Block *bb = &fm->blocks[b];
		for (uint32_t k = 0; k < bb->nstmts; k++) {
			Stmt *s = &bb->stmts[k];
			/* discriminant((*self)), read or set: the tag, not an upvar */
			if (s->kind == ST_SET_DISCR && is_whole_future(f, s->place, self))
				continue;
			if (s->kind == ST_ASSIGN && s->rv == RV_DISCR && is_whole_future(f, s->a.v, self)) {
				if (after[b])
					mark_upvar_use(&u, s->place);
				continue;
			}
			/* a borrow anywhere: the reference may outlive the prologue */
			if (s->kind == ST_ASSIGN && (s->rv == RV_REF || s->rv == RV_REFMUT)) {
				mark_upvar_use(&u, s->a.v);
				if (borrowed) {
					uint8_t *keep = u.used;
					u.used = borrowed;
					mark_upvar_use(&u, s->a.v);
					u.used = keep;
				}
			}
			u.dest = s->kind == ST_ASSIGN ? &s->place : NULL;
			if (after[b])
				stmt_places(fm, b, s, 1, mark_upvar_use_slot, &u);
			u.dest = NULL;
		}
		if (after[b] && bb->has_term)
			term_places(fm, b, &bb->term, 1, mark_upvar_use_slot, &u);
	}
	free(after);
	if (u.all)
		memset(used, 1, nupvars);
	if (u.all && borrowed)
		memset(borrowed, 1, nupvars);
}

void layout_upvars_used_after_start(const Fn *f, TypeId coro_ty, uint32_t nupvars, uint8_t *used)
{
	upvar_uses(f, coro_ty, nupvars, used, NULL);
}

void layout_upvars_pinned(const Fn *f, TypeId coro_ty, uint32_t nupvars, uint8_t *pinned)
{
	uint8_t *used = malloc(nupvars ? nupvars : 1);
	if (!used)
		internal_error("out of memory");
	upvar_uses(f, coro_ty, nupvars, used, pinned);
	free(used);
}

/* ------------------------------------------------------------------ */
/* Subset structs (issue 22 item 4)                                     */
/* ------------------------------------------------------------------ */

void layout_struct(const Module *m, const TypeId *fields, uint32_t n, int repr_c, uint32_t *offsets, uint32_t *size,
		   uint32_t *align, Niche *niche)
{
	ScratchMark sm = scratch_mark();
	FieldInfo *fi = scratch_alloc_uninit((n ? n : 1) * sizeof *fi);
	for (uint32_t i = 0; i < n; i++)
		fi[i] = field_of_type(m, fields[i], 0);
	Univariant u;
	u.offsets = scratch_alloc_uninit((n ? n : 1) * sizeof *u.offsets);
	univariant_in(fi, n, 0, 0, 1, !repr_c, &u);
	for (uint32_t i = 0; i < n; i++)
		offsets[i] = (uint32_t)u.offsets[i];
	*size = (uint32_t)u.size;
	*align = (uint32_t)u.align;
	*niche = (Niche){(uint32_t)u.niche_off, u.niche_avail ? (uint32_t)u.niche_size : 0, u.niche_lo, u.niche_hi};
	scratch_release(sm);
}

static int is_zst(const FieldInfo *f)
{
	return f->size == 0;
}

/* rustc_abi's layout_of_enum (compiler/rustc_abi/src/layout.rs), for enums of two
 * variants or more, discriminants 0..n-1, every variant inhabited.
 * Tagged: each variant a univariant prefixed by the smallest tag (u8 up to 256
 * variants), the tag then widened to the smallest alignment of the variants' first
 * non-1-ZST fields (Integer::for_align), the fields at the old tag's end moved past
 * the new one; the enum's niche is the tag's (valid 0..=n-1).
 * Niche-filling: each variant a univariant; the largest (the last of the largest on
 * a tie: max_by_key) keeps its fields and its largest niche, from which the values
 * for the other variants' range niche_first..=niche_last are reserved (Niche::reserve);
 * every other variant fits before the niche or after it (aligned), else no candidate.
 * The smaller layout wins, then the one with the larger niche, then the tagged one. */
void layout_enum(const Module *m, Adt *a, const uint32_t *nfields, const TypeId *const *fields, int tagged_only)
{
	uint32_t nvariants = a->nvariants;
	uint32_t **offsets = a->variant_offsets;
	/* repr40: a primitive or C representation inhibits the enum layout optimisations (rustc's
	 * inhibit_enum_layout_opt: a tag even on one variant, no niche-filling candidate, the tag not
	 * widened) and the field reordering of its variants (inhibit_struct_field_reordering) */
	int repr = a->repr_int || a->repr_c;
	if (nvariants == 1 && !repr) { /* layout_of_struct: Variants::Single, no tag */
		uint32_t size, align;
		Niche niche;
		layout_struct(m, fields[0], nfields[0], 0, offsets[0], &size, &align, &niche);
		a->size = size;
		a->align = align;
		a->tag_niche = 0;
		a->tag_off = 0;
		a->tag_size = 0;
		a->untagged = NO_ID;
		a->niche_first = a->niche_last = 0;
		a->niche_value = 0;
		a->niche = niche;
		return;
	}
	ScratchMark sm = scratch_mark();
	FieldInfo **fi = scratch_alloc_uninit(nvariants * sizeof *fi);
	for (uint32_t v = 0; v < nvariants; v++) {
		fi[v] = scratch_alloc_uninit((nfields[v] ? nfields[v] : 1) * sizeof **fi);
		for (uint32_t i = 0; i < nfields[v]; i++)
			fi[v][i] = field_of_type(m, fields[v][i], 0);
	}

	/* the niche-filling candidate */
	int have_niche = 0;
	uint64_t n_size = 0, n_align = 1, n_value = 0;
	uint32_t largest = 0, first = 0, last = 0;
	Niche n_niche = {0, 0, 0, 0};
	uint64_t **n_off = scratch_alloc_uninit(nvariants * sizeof *n_off);
	if (!tagged_only && !a->discrs && !repr && nvariants >= 2) { /* explicit discriminants: dont_niche_optimize_enum */
		Univariant *vu = scratch_alloc_uninit(nvariants * sizeof *vu);
		for (uint32_t v = 0; v < nvariants; v++) {
			vu[v].offsets = n_off[v] = scratch_alloc_uninit((nfields[v] ? nfields[v] : 1) * sizeof **n_off);
			univariant(fi[v], nfields[v], 0, 0, 1, &vu[v]);
			if (vu[v].align > n_align)
				n_align = vu[v].align;
			if (vu[v].size >= vu[largest].size) /* max_by_key: the last of the largest */
				largest = v;
		}
		first = largest == 0 ? 1 : 0;
		last = largest == nvariants - 1 ? nvariants - 2 : nvariants - 1;
		Niche vn = {(uint32_t)vu[largest].niche_off, (uint32_t)vu[largest].niche_size, vu[largest].niche_lo,
			    vu[largest].niche_hi};
		if (!vu[largest].niche_avail)
			vn.size = 0;
		if (niche_reserve(&vn, (uint64_t)last - first + 1, &n_value, &n_niche)) {
			have_niche = 1;
			n_size = round_up64(vu[largest].size, n_align);
			for (uint32_t v = 0; v < nvariants && have_niche; v++) {
				if (v == largest || vu[v].size <= vn.off)
					continue; /* it fits before the niche */
				uint64_t at = round_up64((uint64_t)vn.off + vn.size, vu[v].align);
				if (at + vu[v].size > n_size) {
					have_niche = 0;
					break;
				}
				for (uint32_t i = 0; i < nfields[v]; i++)
					if (!is_zst(&fi[v][i]))
						n_off[v][i] += at;
			}
		}
	}

	/* the tagged candidate */
	/* repr_discr: the smallest integer (at least i8) holding every discriminant,
	 * unsigned unless one is negative */
	int64_t dmin = 0, dmax = (int64_t)nvariants - 1;
	if (a->discrs) {
		dmin = dmax = a->discrs[0];
		for (uint32_t v = 1; v < nvariants; v++) {
			if (a->discrs[v] < dmin)
				dmin = a->discrs[v];
			if (a->discrs[v] > dmax)
				dmax = a->discrs[v];
		}
	}
	/* repr40: repr(C) starts at C's int (c_enum_min_size: 4 bytes, 1 on the thumb targets); a
	 * primitive repr is its integer (sema checked every value fits) */
	uint64_t min_tag = a->repr_c && !a->repr_int ? (m->ptr_bytes == 4 ? 1 : 4) : 1;
	while (min_tag < 8 && (dmin < 0 ? dmin < -((int64_t)1 << (8 * min_tag - 1)) ||
						  dmax > ((int64_t)1 << (8 * min_tag - 1)) - 1
					: (uint64_t)dmax > niche_mask(min_tag)))
		min_tag *= 2;
	if (a->repr_int)
		min_tag = type_size(m, a->repr_int);
	/* repr(C): a (tag, union) layout, every variant's fields after the tag at the union's alignment */
	uint64_t prefix_align = min_tag;
	for (uint32_t v = 0; a->repr_c && v < nvariants; v++)
		for (uint32_t i = 0; i < nfields[v]; i++)
			if (fi[v][i].align > prefix_align)
				prefix_align = fi[v][i].align;
	uint64_t start_align = 256, sz = 0, al = 1;
	for (uint32_t v = 0; v < nvariants; v++) {
		uint32_t n = nfields[v];
		Univariant u;
		u.offsets = scratch_alloc_uninit((n ? n : 1) * sizeof *u.offsets);
		univariant_in(fi[v], n, 1, min_tag, prefix_align, !repr, &u);
		int fst = -1; /* the first field by offset that is not a 1-ZST */
		for (uint32_t i = 0; i < n; i++)
			if (!(fi[v][i].size == 0 && fi[v][i].align == 1) && (fst < 0 || u.offsets[i] < u.offsets[fst]))
				fst = (int)i;
		if (fst >= 0 && fi[v][fst].align < start_align)
			start_align = fi[v][fst].align;
		for (uint32_t i = 0; i < n; i++)
			offsets[v][i] = (uint32_t)u.offsets[i];
		if (u.size > sz)
			sz = u.size;
		if (u.align > al)
			al = u.align;
	}
	sz = round_up64(sz, al);
	uint64_t tag = start_align <= 8 && !repr ? start_align : min_tag; /* Integer::for_align */
	if (tag <= min_tag) {
		tag = min_tag;
	} else {
		for (uint32_t v = 0; v < nvariants; v++)
			for (uint32_t i = 0; i < nfields[v]; i++)
				if (offsets[v][i] <= min_tag) {
					IR_ASSERT(offsets[v][i] == min_tag);
					offsets[v][i] = (uint32_t)tag;
				}
	}
	Niche t_niche = {0, (uint32_t)tag, (uint64_t)dmin & niche_mask(tag), (uint64_t)dmax & niche_mask(tag)};

	/* smaller wins; then the larger niche; then tagged */
	int use_niche = have_niche && (sz > n_size || (sz == n_size && niche_available(&t_niche) < niche_available(&n_niche)));
	if (use_niche) {
		for (uint32_t v = 0; v < nvariants; v++)
			for (uint32_t i = 0; i < nfields[v]; i++)
				offsets[v][i] = (uint32_t)n_off[v][i];
		a->size = (uint32_t)n_size;
		a->align = (uint32_t)n_align;
		a->tag_niche = 1;
		a->tag_off = n_niche.off;
		a->tag_size = (uint8_t)n_niche.size;
		a->untagged = largest;
		a->niche_first = first;
		a->niche_last = last;
		a->niche_value = n_value;
		a->niche = n_niche;
	} else {
		a->size = (uint32_t)sz;
		a->align = (uint32_t)al;
		a->tag_niche = 0;
		a->tag_off = 0;
		a->tag_size = (uint8_t)tag;
		a->untagged = NO_ID;
		a->niche_first = a->niche_last = 0;
		a->niche_value = 0;
		a->niche = t_niche;
	}
	scratch_release(sm);
}

/* merge-states' size check (passes/merge_states.c): layout_compute's prefix
 * (upvars, tag, the saved locals promoted[0..npromoted), ascending) with
 * nvariants variants,
 * and variant v's end after a prefix of psize / palign (its saved locals not
 * promoted); layout_compute's size is the larger end rounded up to the
 * largest align. */
void layout_prefix_size(const Module *m, const Coroutine *c, const Layout *l, const uint32_t *promoted,
			uint32_t npromoted, uint32_t nvariants, uint64_t *size, uint64_t *align)
{
	ScratchMark sm = scratch_mark();
	uint32_t nup = c->nupvars;
	uint32_t np = nup + 1 + npromoted;
	FieldInfo *pf = scratch_alloc_uninit(np * sizeof *pf);
	Univariant pu;
	pu.offsets = scratch_alloc_uninit(np * sizeof *pu.offsets);
	prefix_upvars_tag(m, c, nvariants, pf);
	uint32_t k = nup + 1;
	for (uint32_t i = 0; i < npromoted; i++)
		pf[k++] = field_of_type(m, l->saved[promoted[i]].ty, 1);
	univariant(pf, np, 0, 0, 1, &pu);
	*size = pu.size;
	*align = pu.align;
	scratch_release(sm);
}

void layout_variant_size(const Module *m, const Layout *l, uint32_t v, uint64_t psize, uint64_t palign,
			 uint64_t *size, uint64_t *align)
{
	ScratchMark sm = scratch_mark();
	uint32_t nf = l->nfields[v], cnt = 0;
	FieldInfo *vf = scratch_alloc_uninit((nf ? nf : 1) * sizeof *vf);
	Univariant vu;
	vu.offsets = scratch_alloc_uninit((nf ? nf : 1) * sizeof *vu.offsets);
	for (uint32_t j = 0; j < nf; j++) {
		uint32_t s = l->fields[l->field_start[v] + j];
		if (!l->saved[s].promoted)
			vf[cnt++] = field_of_type(m, l->saved[s].ty, 1);
	}
	univariant(vf, cnt, 1, psize, palign, &vu);
	*size = vu.size;
	*align = vu.align;
	scratch_release(sm);
}
