/* gen_code.c — the generator's expressions and statements (mutually
 * recursive: a block expression holds statements). See gen.c. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

/* ------------------------------------------------------------------ */
/* expressions                                                          */
/* ------------------------------------------------------------------ */

/* Every expression comes back "atomic": a literal, a path, a call, an await
 * chain or something in parentheses, so that it can be an operand anywhere.
 * anch: the context fixes the type (unsuffixed literals are fine); without it,
 * literals get a suffix so that nothing depends on inference from later uses. */
static char *gen_stmts(Ctx *c, int n, int ind);

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

int64_t rand_value(Ty t, Range in)
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
char *wrap_into(char *e, Ty t, Range *r, Range target)
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
char *gen_args(Ctx *c, const Fn *f, int d, int ind)
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

char *call(Ctx *c, const Fn *f, int d, int ind)
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
char *gen_scrutinee(Ctx *c, int d, int ind, Ty *st)
{
	*st = chance(20) ? BOOL : rand_int_ty();
	if (*st == BOOL)
		return cond_text(gen_bool(c, d, ind));
	Range r;
	return cond_text(gen_int(c, *st, d, 0, ind, &r));
}

/* pattern i of n for a scrutinee of type st (the last is `_`) */
char *gen_pattern(Ty st, int i, int n, int64_t *used, int *nused)
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

char *gen_async_block(Ctx *c, Ty t, int let_bound, int is_move, int ind, Range *r)
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
char *cast_to(char *e, Ty s, Range *r, Ty t)
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

char *gen_int(Ctx *c, Ty t, int d, int anch, int ind, Range *r)
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

char *gen_bool(Ctx *c, int d, int ind)
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
char *gen_u32_of_anything(Ctx *c, int d, int ind)
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

void line(Buf *b, int ind, const char *s)
{
	indent(b, ind);
	bput(b, s);
	bput(b, "\n");
}

void gen_let(Ctx *c, Buf *b, int ind, Ty t)
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

void gen_observe(Ctx *c, Buf *b, int ind)
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
void gen_await_stmt(Ctx *c, Buf *b, int ind)
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

void gen_return(Ctx *c, Buf *b, int ind)
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

void gen_stmt(Ctx *c, Buf *b, int ind)
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
