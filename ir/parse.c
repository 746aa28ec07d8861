/* parse.c — reads the textual IR written by print.c (grammar in ir/GRAMMAR.md).
 *
 * A hand-written recursive-descent parser over an on-demand lexer. The first
 * error stops the parse: it is reported with the line:col of the offending
 * token, the partial Module is freed and NULL is returned. Recursion (types,
 * places) is bounded by MAX_DEPTH, every loop consumes a token or fails, and
 * all numbers are range checked, so hostile input cannot crash or hang it.
 *
 * Coroutine types may name a coroutine declared later in the file: a pre-scan
 * registers every top-level `coroutine NAME: async fn|async block` first, in
 * file order, so that Module.coros keeps declaration order. Fn kinds (resume,
 * drop shim) and coroutine-aggregate upvar names are resolved at the end.
 * Whole-module semantics (unknown callees, types, targets) are left to verify.c. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

#define MAX_DEPTH 200
#define MAX_NAME_GROUP 200 /* longest `{...}` path segment */

enum { T_EOF, T_IDENT, T_INT, T_STR, T_LIFE, T_PUNCT, T_ERR };

typedef struct Tok {
	int kind;
	const char *s; /* text (T_STR: without the quotes) */
	size_t n;
	int line, col;
	uint64_t val;       /* T_INT */
	int ovf;            /* T_INT: did not fit in 64 bits */
	const char *suf;    /* T_INT: suffix after `_` (`u32` in `5_u32`), or NULL */
	size_t nsuf;
	char p[3];          /* T_PUNCT */
	char err[64];       /* T_ERR */
} Tok;

typedef struct Lex {
	size_t pos;
	int line, col;
} Lex;

typedef struct PendingAgg { /* `{async fn body of f()} { x: .. }`, checked at the end */
	uint32_t coro, idx;
	const char *name;
	int line, col;
} PendingAgg;

typedef struct DebugName {
	const char *name;
	uint64_t local;
	int line, col;
} DebugName;

typedef struct P {
	const char *src;
	size_t len;
	Lex lx;  /* position after t */
	Tok t;   /* current token */
	Diag *d;
	int err;
	int quiet; /* pre-scan: no diagnostics */
	int depth;
	Module *m;
	Fn *f;
	Arena *tmp;
	uint8_t *defined; uint32_t ndefined, capdefined; /* coroutine items seen */
	PendingAgg *pend; uint32_t npend, cappend;
	Proj *pb; uint32_t npb, cappb; /* projection scratch */
} P;

/* ------------------------------------------------------------------ */
/* errors                                                              */
/* ------------------------------------------------------------------ */

static int err_at(P *p, int line, int col, const char *fmt, ...)
{
	if (!p->err && !p->quiet) {
		char buf[sizeof p->d->msg];
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(buf, sizeof buf, fmt, ap);
		va_end(ap);
		diag_set(p->d, line, col, "%s", buf);
	}
	p->err = 1;
	return -1;
}

#define ERR(...) err_at(p, p->t.line, p->t.col, __VA_ARGS__)
#define TRY(x)                  \
	do {                    \
		if ((x) < 0)    \
			return -1; \
	} while (0)

/* ------------------------------------------------------------------ */
/* lexer                                                               */
/* ------------------------------------------------------------------ */

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }

static int lx_peekc(const P *p, size_t off)
{
	return p->lx.pos + off < p->len ? (unsigned char)p->src[p->lx.pos + off] : -1;
}

static void lx_adv(P *p, size_t n)
{
	for (size_t i = 0; i < n && p->lx.pos < p->len; i++) {
		if (p->src[p->lx.pos] == '\n') {
			if (p->lx.line < 0x7fffffff)
				p->lx.line++;
			p->lx.col = 1;
		} else if (p->lx.col < 0x7fffffff) {
			p->lx.col++;
		}
		p->lx.pos++;
	}
}

static void next(P *p)
{
	Tok *t = &p->t;
	for (;;) {
		int c = lx_peekc(p, 0);
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
			lx_adv(p, 1);
		} else if (c == '/' && lx_peekc(p, 1) == '/') {
			while (lx_peekc(p, 0) != -1 && lx_peekc(p, 0) != '\n')
				lx_adv(p, 1);
		} else {
			break;
		}
	}
	memset(t, 0, sizeof *t);
	t->line = p->lx.line;
	t->col = p->lx.col;
	t->s = p->src + p->lx.pos;
	int c = lx_peekc(p, 0);
	if (c == -1) {
		t->kind = T_EOF;
		return;
	}
	size_t start = p->lx.pos;
	if (is_alpha(c)) {
		while (is_alnum(lx_peekc(p, 0)))
			lx_adv(p, 1);
		t->kind = T_IDENT;
		t->n = p->lx.pos - start;
		return;
	}
	if (is_digit(c)) {
		uint64_t v = 0;
		while (is_digit(lx_peekc(p, 0))) {
			unsigned dg = (unsigned)(lx_peekc(p, 0) - '0');
			if (v > (UINT64_MAX - dg) / 10)
				t->ovf = 1;
			else
				v = v * 10 + dg;
			lx_adv(p, 1);
		}
		t->val = v;
		if (lx_peekc(p, 0) == '_' && is_alpha(lx_peekc(p, 1))) {
			lx_adv(p, 1);
			t->suf = p->src + p->lx.pos;
			while (is_alnum(lx_peekc(p, 0)))
				lx_adv(p, 1);
			t->nsuf = (size_t)(p->src + p->lx.pos - t->suf);
		} else if (is_alpha(lx_peekc(p, 0))) {
			t->kind = T_ERR;
			snprintf(t->err, sizeof t->err, "malformed number");
			return;
		}
		t->kind = T_INT;
		t->n = p->lx.pos - start;
		return;
	}
	if (c == '"') {
		lx_adv(p, 1);
		size_t s = p->lx.pos;
		for (;;) {
			int ch = lx_peekc(p, 0);
			if (ch == -1 || ch == '\n') {
				t->kind = T_ERR;
				snprintf(t->err, sizeof t->err, "unterminated string");
				return;
			}
			if (ch == '"')
				break;
			lx_adv(p, 1);
		}
		t->kind = T_STR;
		t->s = p->src + s;
		t->n = p->lx.pos - s;
		lx_adv(p, 1);
		return;
	}
	if (c == '\'') {
		if (!is_alpha(lx_peekc(p, 1))) {
			t->kind = T_ERR;
			snprintf(t->err, sizeof t->err, "expected a lifetime name after a quote");
			lx_adv(p, 1);
			return;
		}
		lx_adv(p, 1);
		while (is_alnum(lx_peekc(p, 0)))
			lx_adv(p, 1);
		t->kind = T_LIFE;
		t->n = p->lx.pos - start;
		return;
	}
	static const char *const two[] = {"::", "->", "=>"};
	for (size_t i = 0; i < sizeof two / sizeof *two; i++) {
		if (c == two[i][0] && lx_peekc(p, 1) == two[i][1]) {
			t->kind = T_PUNCT;
			memcpy(t->p, two[i], 2);
			t->n = 2;
			lx_adv(p, 2);
			return;
		}
	}
	if (c < 128 && strchr("(){}[]<>,;:=!&*.#@-", c) && c != 0) {
		t->kind = T_PUNCT;
		t->p[0] = (char)c;
		t->n = 1;
		lx_adv(p, 1);
		return;
	}
	t->kind = T_ERR;
	lx_adv(p, 1); /* so that a scan can continue past it */
	if (c >= 33 && c < 127)
		snprintf(t->err, sizeof t->err, "unexpected character '%c'", c);
	else
		snprintf(t->err, sizeof t->err, "unexpected byte 0x%02x", (unsigned)c);
}

static int is_p(const P *p, const char *s) { return p->t.kind == T_PUNCT && strcmp(p->t.p, s) == 0; }

static int is_id(const P *p, const char *s)
{
	return p->t.kind == T_IDENT && p->t.n == strlen(s) && memcmp(p->t.s, s, p->t.n) == 0;
}

/* Report the current token as unexpected: lexer errors take precedence. */
static int unexpected(P *p, const char *what)
{
	if (p->t.kind == T_ERR)
		return ERR("%s", p->t.err);
	if (p->t.kind == T_EOF)
		return ERR("unexpected end of file, %s", what);
	return ERR("%s", what);
}

static int expect_p(P *p, const char *s, const char *ctx)
{
	if (!is_p(p, s)) {
		char buf[160];
		snprintf(buf, sizeof buf, "expected '%s' %s", s, ctx);
		return unexpected(p, buf);
	}
	next(p);
	return 0;
}

static int expect_id(P *p, const char *s, const char *ctx)
{
	if (!is_id(p, s)) {
		char buf[160];
		snprintf(buf, sizeof buf, "expected `%s` %s", s, ctx);
		return unexpected(p, buf);
	}
	next(p);
	return 0;
}

static char *tok_str(P *p)
{
	return arena_strndup(p->tmp, p->t.s, p->t.n);
}

/* A plain unsigned number that must fit in 32 bits. */
static int parse_u32(P *p, uint32_t *out, const char *what)
{
	if (p->t.kind != T_INT || p->t.suf) {
		char buf[128];
		snprintf(buf, sizeof buf, "expected %s", what);
		return unexpected(p, buf);
	}
	if (p->t.ovf || p->t.val > UINT32_MAX)
		return ERR("number %.*s is too large for %s", (int)p->t.n, p->t.s, what);
	*out = (uint32_t)p->t.val;
	next(p);
	return 0;
}

/* A number of a layout, or `unknown` in a layout the importer reconstructed
 * from rustc's MIR (its sizes and offsets are rustc's, not in the text):
 * *out = 0 and *unknown = 1. */
static int parse_u32_or_unknown(P *p, uint32_t *out, const char *what, uint8_t *unknown)
{
	if (is_id(p, "unknown")) {
		next(p);
		*out = 0;
		*unknown = 1;
		return 0;
	}
	return parse_u32(p, out, what);
}

/* `PREFIXdigits` (`_12`, `bb3`, `_s0`): -1 if the token has another shape. */
static int numbered_ident(const P *p, const char *prefix, uint64_t *out, int *ovf)
{
	size_t pl = strlen(prefix);
	if (p->t.kind != T_IDENT || p->t.n <= pl || memcmp(p->t.s, prefix, pl) != 0)
		return -1;
	uint64_t v = 0;
	*ovf = 0;
	for (size_t i = pl; i < p->t.n; i++) {
		if (!is_digit(p->t.s[i]))
			return -1;
		unsigned dg = (unsigned)(p->t.s[i] - '0');
		if (v > (UINT64_MAX - dg) / 10)
			*ovf = 1;
		else
			v = v * 10 + dg;
	}
	if (p->t.n - pl > 1 && p->t.s[pl] == '0')
		return -1; /* `_01` */
	*out = v;
	return 0;
}

static int parse_block_ref(P *p, BlockId *out)
{
	uint64_t v;
	int ovf;
	if (numbered_ident(p, "bb", &v, &ovf) < 0)
		return unexpected(p, "expected a block name bbN");
	if (ovf || v >= NO_BLOCK)
		return ERR("block number %.*s is too large", (int)p->t.n, p->t.s);
	*out = (BlockId)v;
	next(p);
	return 0;
}

/* A local `_N` of the current fn. */
static int parse_local(P *p, LocalId *out)
{
	uint64_t v;
	int ovf;
	if (numbered_ident(p, "_", &v, &ovf) < 0)
		return unexpected(p, "expected a local _N");
	if (ovf || v >= p->f->nlocals)
		return ERR("unknown local %.*s", (int)p->t.n, p->t.s);
	*out = (LocalId)v;
	next(p);
	return 0;
}

static int parse_ident(P *p, const char **out, const char *what)
{
	if (p->t.kind != T_IDENT) {
		char buf[128];
		snprintf(buf, sizeof buf, "expected %s", what);
		return unexpected(p, buf);
	}
	*out = tok_str(p);
	next(p);
	return 0;
}

/* path := IDENT ('::' (IDENT | '{' text '}'))*, stopping before `::<`. The
 * brace groups (`{closure#0}`, `{async block#0}`) are copied verbatim. */
static int parse_path(P *p, char **out)
{
	if (p->t.kind != T_IDENT)
		return unexpected(p, "expected a name");
	size_t cap = 64, n = 0;
	char *buf = arena_alloc(p->tmp, cap);
#define APPEND(s, k)                                                 \
	do {                                                         \
		size_t k_ = (k);                                     \
		if (n + k_ + 1 > cap) {                              \
			size_t nc = (n + k_ + 1) * 2;                \
			char *nb = arena_alloc(p->tmp, nc);          \
			memcpy(nb, buf, n);                          \
			buf = nb, cap = nc;                          \
		}                                                    \
		memcpy(buf + n, (s), k_);                            \
		n += k_;                                             \
	} while (0)
	APPEND(p->t.s, p->t.n);
	next(p);
	while (is_p(p, "::")) {
		Lex save_lx = p->lx;
		Tok save_t = p->t;
		next(p);
		if (is_p(p, "<")) { /* turbofish: leave `::` to the caller */
			p->lx = save_lx;
			p->t = save_t;
			break;
		}
		APPEND("::", 2);
		if (p->t.kind == T_IDENT) {
			APPEND(p->t.s, p->t.n);
			next(p);
		} else if (is_p(p, "{")) {
			/* raw scan from the `{` to the matching `}` on the same line */
			size_t s = (size_t)(p->t.s - p->src), e = s + 1;
			while (e < p->len && e - s < MAX_NAME_GROUP && p->src[e] != '}' && p->src[e] != '{' &&
			       p->src[e] != '\n' && p->src[e] != ';' && p->src[e] != '(' && p->src[e] != ')' &&
			       p->src[e] != 0)
				e++;
			if (e >= p->len || p->src[e] != '}' || e == s + 1)
				return ERR("malformed name segment: expected `{...}` on one line");
			APPEND(p->src + s, e + 1 - s);
			/* resume lexing after the `}`: same line */
			p->lx.pos = e + 1;
			p->lx.line = p->t.line;
			p->lx.col = p->t.col + (int)(e + 1 - s);
			next(p);
		} else {
			return unexpected(p, "expected a name segment after '::'");
		}
	}
#undef APPEND
	buf[n] = 0;
	*out = buf;
	return 0;
}

/* ------------------------------------------------------------------ */
/* types                                                               */
/* ------------------------------------------------------------------ */

static const struct {
	const char *name;
	TypeKind kind;
} basic_types[] = {
	{"bool", TY_BOOL}, {"u8", TY_U8},   {"u16", TY_U16},   {"u32", TY_U32},         {"u64", TY_U64},
	{"usize", TY_USIZE}, {"i8", TY_I8}, {"i16", TY_I16},   {"i32", TY_I32},         {"i64", TY_I64},
	{"isize", TY_ISIZE}, {"YieldNow", TY_YIELDNOW}, {"Guard", TY_GUARD}, {"ResumeTy", TY_RESUMETY},
};

static int int_kind_by_name(const char *s, size_t n, TypeKind *out)
{
	for (size_t i = 0; i < sizeof basic_types / sizeof *basic_types; i++) {
		TypeKind k = basic_types[i].kind;
		if (k >= TY_U8 && k <= TY_ISIZE && strlen(basic_types[i].name) == n &&
		    memcmp(basic_types[i].name, s, n) == 0) {
			*out = k;
			return 0;
		}
	}
	return -1;
}

static int enter(P *p)
{
	if (++p->depth > MAX_DEPTH)
		return ERR("nesting too deep (more than %d levels)", MAX_DEPTH);
	return 0;
}

static int parse_type(P *p, TypeId *out);

static int parse_type_inner(P *p, TypeId *out)
{
	Module *m = p->m;
	if (is_p(p, "(")) {
		next(p);
		if (is_p(p, ")")) {
			next(p);
			*out = TY_UNIT;
			return 0;
		}
		TypeId a, b;
		TRY(parse_type(p, &a));
		if (is_p(p, ")"))
			return ERR("one-element tuple types are not supported");
		TRY(expect_p(p, ",", "in tuple type"));
		TRY(parse_type(p, &b));
		if (is_p(p, ","))
			return ERR("only two-element tuple types are supported");
		TRY(expect_p(p, ")", "after tuple type"));
		*out = type_tuple2(m, a, b);
		return 0;
	}
	if (is_p(p, "!")) {
		next(p);
		*out = TY_NEVER;
		return 0;
	}
	if (is_p(p, "&")) {
		next(p);
		TypeKind k = TY_REF;
		if (is_id(p, "mut")) {
			next(p);
			k = TY_REFMUT;
		}
		TypeId a;
		TRY(parse_type(p, &a));
		*out = type_ptr(m, k, a);
		return 0;
	}
	if (is_p(p, "*")) {
		next(p);
		TRY(expect_id(p, "mut", "after '*' in pointer type"));
		TypeId a;
		TRY(parse_type(p, &a));
		*out = type_ptr(m, TY_RAWMUT, a);
		return 0;
	}
	if (is_p(p, "{")) {
		int line = p->t.line, col = p->t.col;
		next(p);
		TRY(expect_id(p, "async", "in coroutine type"));
		CoroKind kind;
		char *name;
		int nline, ncol;
		if (is_id(p, "fn")) {
			kind = CORO_ASYNC_FN;
			next(p);
			TRY(expect_id(p, "body", "in `{async fn body of NAME()}`"));
			TRY(expect_id(p, "of", "in `{async fn body of NAME()}`"));
			nline = p->t.line, ncol = p->t.col;
			TRY(parse_path(p, &name));
			TRY(expect_p(p, "(", "after the name in `{async fn body of NAME()}`"));
			TRY(expect_p(p, ")", "in `{async fn body of NAME()}`"));
		} else if (is_id(p, "block")) {
			kind = CORO_ASYNC_BLOCK;
			next(p);
			TRY(expect_p(p, "@", "in `{async block@NAME}`"));
			nline = p->t.line, ncol = p->t.col;
			TRY(parse_path(p, &name));
		} else {
			return unexpected(p, "expected `fn` or `block` in coroutine type");
		}
		TRY(expect_p(p, "}", "after coroutine type"));
		int ci = module_find_coro(m, name);
		if (ci < 0)
			return err_at(p, nline, ncol, "undeclared coroutine %s", name);
		if (m->coros[ci].kind != kind)
			return err_at(p, line, col, "coroutine %s is an %s, not an %s", name,
				      m->coros[ci].kind == CORO_ASYNC_FN ? "async fn" : "async block",
				      kind == CORO_ASYNC_FN ? "async fn" : "async block");
		*out = type_coro(m, (uint32_t)ci);
		return 0;
	}
	if (p->t.kind == T_IDENT) {
		if (is_id(p, "Poll") || is_id(p, "Pin")) {
			TypeKind k = is_id(p, "Poll") ? TY_POLL : TY_PIN;
			next(p);
			TRY(expect_p(p, "<", k == TY_POLL ? "after `Poll`" : "after `Pin`"));
			TypeId a;
			TRY(parse_type(p, &a));
			TRY(expect_p(p, ">", "after type argument"));
			*out = type_ptr(m, k, a);
			return 0;
		}
		if (is_id(p, "Context")) {
			next(p);
			TRY(expect_p(p, "<", "after `Context`"));
			if (p->t.kind != T_LIFE || p->t.n != 2 || p->t.s[1] != '_')
				return unexpected(p, "expected '_ in `Context<'_>`");
			next(p);
			TRY(expect_p(p, ">", "after `Context<'_`"));
			*out = TY_CONTEXT;
			return 0;
		}
		for (size_t i = 0; i < sizeof basic_types / sizeof *basic_types; i++) {
			if (is_id(p, basic_types[i].name)) {
				next(p);
				*out = basic_types[i].kind;
				return 0;
			}
		}
		return ERR("unknown type %.*s", (int)p->t.n, p->t.s);
	}
	return unexpected(p, "expected a type");
}

static int parse_type(P *p, TypeId *out)
{
	TRY(enter(p));
	int r = parse_type_inner(p, out);
	p->depth--;
	return r;
}

/* ------------------------------------------------------------------ */
/* places, operands, constants                                         */
/* ------------------------------------------------------------------ */

static int parse_place_rec(P *p, LocalId *local)
{
	TRY(enter(p));
	if (!is_p(p, "(")) {
		TRY(parse_local(p, local));
		p->depth--;
		return 0;
	}
	next(p);
	Proj pe = {0};
	if (is_p(p, "*")) {
		next(p);
		TRY(parse_place_rec(p, local));
		pe.kind = PROJ_DEREF;
	} else {
		TRY(parse_place_rec(p, local));
		if (is_p(p, ".")) {
			next(p);
			TRY(parse_u32(p, &pe.index, "a field number"));
			TRY(expect_p(p, ":", "after field number"));
			TRY(parse_type(p, &pe.ty));
			pe.kind = PROJ_FIELD;
		} else if (is_id(p, "as")) {
			next(p);
			pe.kind = PROJ_DOWNCAST;
			if (is_id(p, "Ready")) {
				next(p);
				pe.index = 0;
			} else if (is_id(p, "Pending")) {
				next(p);
				pe.index = 1;
			} else if (is_id(p, "variant")) {
				next(p);
				TRY(expect_p(p, "#", "after `variant`"));
				TRY(parse_u32(p, &pe.index, "a variant number"));
			} else {
				return unexpected(p, "expected `Ready`, `Pending` or `variant#N` after `as`");
			}
		} else {
			return unexpected(p, "expected '.' or `as` in place projection");
		}
	}
	TRY(expect_p(p, ")", "after place projection"));
	*(Proj *)VEC_PUSH(p->tmp, p->pb, p->npb, p->cappb) = pe;
	p->depth--;
	return 0;
}

static int parse_place(P *p, PlaceId *out)
{
	Fn *f = p->f;
	LocalId l;
	p->npb = 0;
	TRY(parse_place_rec(p, &l));
	uint32_t start = f->nprojs;
	for (uint32_t i = 0; i < p->npb; i++)
		*(Proj *)VEC_PUSH(f->arena, f->projs, f->nprojs, f->capprojs) = p->pb[i];
	Place *pl = VEC_PUSH(f->arena, f->places, f->nplaces, f->capplaces);
	pl->local = l;
	pl->proj = p->npb ? start : 0;
	pl->nproj = p->npb;
	*out = f->nplaces - 1;
	return 0;
}

/* after `const` */
static int parse_const(P *p, Operand *out)
{
	Fn *f = p->f;
	if (is_id(p, "true") || is_id(p, "false")) {
		*out = op_const(f, TY_BOOL, is_id(p, "true"));
		next(p);
		return 0;
	}
	if (is_p(p, "(")) {
		next(p);
		TRY(expect_p(p, ")", "in `const ()`"));
		*out = op_const(f, TY_UNIT, 0);
		return 0;
	}
	TypeKind lk;
	if (p->t.kind == T_IDENT && int_kind_by_name(p->t.s, p->t.n, &lk) == 0) {
		/* `u8::MAX`, `i32::MIN`: rustc's spelling of a type's limits */
		TypeId ty = (TypeId)lk;
		next(p);
		TRY(expect_p(p, "::", "after the type of a limit constant"));
		int bits = type_int_bits(p->m, ty), sgn = type_is_signed(p->m, ty);
		uint64_t mask = bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
		uint64_t v;
		if (is_id(p, "MAX"))
			v = sgn ? mask >> 1 : mask;
		else if (is_id(p, "MIN") && sgn)
			v = (mask >> 1) + 1;
		else
			return unexpected(p, sgn ? "expected MAX or MIN" : "expected MAX");
		next(p);
		*out = op_const(f, ty, v);
		return 0;
	}
	int neg = 0, line = p->t.line, col = p->t.col;
	if (is_p(p, "-")) {
		neg = 1;
		next(p);
	}
	if (p->t.kind != T_INT)
		return unexpected(p, "expected a constant: an integer with a type suffix, `true`, `false` or `()`");
	if (!p->t.suf)
		return ERR("integer constant %.*s needs a type suffix (like %.*s_u32)", (int)p->t.n, p->t.s,
			   (int)p->t.n, p->t.s);
	TypeKind k;
	if (int_kind_by_name(p->t.suf, p->t.nsuf, &k) < 0)
		return ERR("unknown integer suffix _%.*s", (int)p->t.nsuf, p->t.suf);
	TypeId ty = (TypeId)k;
	int bits = type_int_bits(p->m, ty);
	int sgn = type_is_signed(p->m, ty);
	uint64_t v = p->t.val;
	uint64_t max = sgn ? (bits == 64 ? (uint64_t)INT64_MAX : (UINT64_C(1) << (bits - 1)) - 1)
			   : (bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1);
	if (neg && !sgn)
		return err_at(p, line, col, "negative literal for unsigned type %.*s", (int)p->t.nsuf, p->t.suf);
	if (p->t.ovf || v > max + (uint64_t)neg)
		return err_at(p, line, col, "integer literal %s%.*s does not fit in %.*s", neg ? "-" : "",
			      (int)(p->t.n - p->t.nsuf - 1), p->t.s, (int)p->t.nsuf, p->t.suf);
	uint64_t b = neg ? (uint64_t)0 - v : v;
	if (bits < 64)
		b &= (UINT64_C(1) << bits) - 1;
	*out = op_const(f, ty, b);
	next(p);
	return 0;
}

static int parse_operand(P *p, Operand *out)
{
	if (is_id(p, "copy") || is_id(p, "move")) {
		int mv = is_id(p, "move");
		next(p);
		PlaceId pl;
		TRY(parse_place(p, &pl));
		*out = mv ? op_move(pl) : op_copy(pl);
		return 0;
	}
	if (is_id(p, "const")) {
		next(p);
		return parse_const(p, out);
	}
	return unexpected(p, "expected an operand (`copy`, `move` or `const`)");
}

/* `(op, op, ...)` after the `(` has been consumed, up to and including `)`. */
static int parse_operand_list(P *p, uint32_t *first, uint32_t *n, const char *ctx)
{
	Operand *ops = NULL;
	uint32_t nops = 0, cap = 0;
	if (!is_p(p, ")")) {
		for (;;) {
			Operand o;
			TRY(parse_operand(p, &o));
			*(Operand *)VEC_PUSH(p->tmp, ops, nops, cap) = o;
			if (!is_p(p, ","))
				break;
			next(p);
		}
	}
	TRY(expect_p(p, ")", ctx));
	*first = fn_add_args(p->f, ops, nops);
	*n = nops;
	return 0;
}

/* Type of a place during parsing, or NO_ID when the projections do not type. */
static TypeId parse_place_type(const Fn *f, PlaceId pid)
{
	const Place *pl = &f->places[pid];
	TypeId t = f->locals[pl->local].ty;
	for (uint32_t i = 0; i < pl->nproj; i++) {
		const Proj *pe = &f->projs[pl->proj + i];
		const Type *ty = type_get(f->mod, t);
		if (pe->kind == PROJ_DEREF) {
			if (ty->kind != TY_REF && ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT)
				return NO_ID;
			t = ty->a;
		} else if (pe->kind == PROJ_FIELD) {
			t = pe->ty;
		}
	}
	return t;
}

static TypeId operand_type(const Fn *f, Operand o)
{
	return o.kind == OP_CONST ? f->consts[o.v].ty : parse_place_type(f, o.v);
}

/* ------------------------------------------------------------------ */
/* rvalues, statements, terminators                                    */
/* ------------------------------------------------------------------ */

static int find_binop(const P *p, int checked)
{
	for (int i = 0; i < NBINOPS; i++) {
		const char *s = checked ? binop_checked_name[i] : binop_name[i];
		if (s && is_id(p, s))
			return i;
	}
	return -1;
}

static int parse_rvalue(P *p, Stmt *s)
{
	Module *m = p->m;
	Fn *f = p->f;
	s->kind = ST_ASSIGN;
	if (is_id(p, "copy") || is_id(p, "move") || is_id(p, "const")) {
		TRY(parse_operand(p, &s->a));
		s->rv = RV_USE;
		if (is_id(p, "as")) {
			next(p);
			TypeId t;
			TRY(parse_type(p, &t));
			TRY(expect_p(p, "(", "before `IntToInt`"));
			TRY(expect_id(p, "IntToInt", "cast kind"));
			TRY(expect_p(p, ")", "after `IntToInt`"));
			s->rv = RV_CAST;
			s->x = t;
		}
		return 0;
	}
	int op;
	if ((op = find_binop(p, 0)) >= 0 || (op = find_binop(p, 1)) >= 0) {
		s->rv = find_binop(p, 0) >= 0 ? RV_BINARY : RV_CHECKED;
		s->op = (uint8_t)op;
		next(p);
		TRY(expect_p(p, "(", "after binary operator"));
		TRY(parse_operand(p, &s->a));
		TRY(expect_p(p, ",", "between operands"));
		TRY(parse_operand(p, &s->b));
		TRY(expect_p(p, ")", "after operands"));
		return 0;
	}
	for (int i = 0; i < NUNOPS; i++) {
		if (is_id(p, unop_name[i])) {
			next(p);
			s->rv = RV_UNARY;
			s->op = (uint8_t)i;
			TRY(expect_p(p, "(", "after unary operator"));
			TRY(parse_operand(p, &s->a));
			TRY(expect_p(p, ")", "after operand"));
			return 0;
		}
	}
	if (is_id(p, "discriminant")) {
		next(p);
		TRY(expect_p(p, "(", "after `discriminant`"));
		PlaceId pl;
		TRY(parse_place(p, &pl));
		TRY(expect_p(p, ")", "after place"));
		s->rv = RV_DISCR;
		s->a = op_copy(pl);
		return 0;
	}
	if (is_p(p, "&")) {
		next(p);
		s->rv = RV_REF;
		if (is_id(p, "mut")) {
			next(p);
			s->rv = RV_REFMUT;
		}
		PlaceId pl;
		TRY(parse_place(p, &pl));
		s->a = op_copy(pl);
		return 0;
	}
	if (is_id(p, "Poll")) {
		next(p);
		TRY(expect_p(p, "::", "after `Poll`"));
		TRY(expect_p(p, "<", "in `Poll::<T>`"));
		TypeId t;
		TRY(parse_type(p, &t));
		TRY(expect_p(p, ">", "in `Poll::<T>`"));
		TRY(expect_p(p, "::", "after `Poll::<T>`"));
		s->rv = RV_AGGREGATE;
		s->x = type_ptr(m, TY_POLL, t);
		if (is_id(p, "Pending")) {
			next(p);
			s->op = AGG_POLL_PENDING;
			s->a.v = f->nargsv;
			s->b.v = 0;
			return 0;
		}
		TRY(expect_id(p, "Ready", "or `Pending` after `Poll::<T>::`"));
		TRY(expect_p(p, "(", "after `Ready`"));
		s->op = AGG_POLL_READY;
		return parse_operand_list(p, &s->a.v, &s->b.v, "after the operands of `Ready`");
	}
	if (is_p(p, "(")) {
		int line = p->t.line, col = p->t.col;
		next(p);
		s->rv = RV_AGGREGATE;
		s->op = AGG_TUPLE;
		TRY(parse_operand_list(p, &s->a.v, &s->b.v, "after tuple operands"));
		if (s->b.v == 0) {
			s->x = TY_UNIT;
		} else if (s->b.v == 2) {
			TypeId a = operand_type(f, f->args[s->a.v]), b = operand_type(f, f->args[s->a.v + 1]);
			if (a == NO_ID || b == NO_ID)
				return err_at(p, line, col, "cannot type the operands of this tuple");
			s->x = type_tuple2(m, a, b);
		} else {
			return err_at(p, line, col, "tuples of %u elements are not supported", (unsigned)s->b.v);
		}
		return 0;
	}
	if (is_p(p, "{")) {
		TypeId t;
		TRY(parse_type(p, &t));
		uint32_t coro = type_get(m, t)->coro;
		Operand *ops = NULL;
		uint32_t nops = 0, cap = 0;
		int braces = !is_p(p, ";"); /* rustc prints a capture-less coroutine as its type alone */
		if (braces)
			TRY(expect_p(p, "{", "after coroutine type in aggregate"));
		if (braces && !is_p(p, "}")) {
			for (;;) {
				PendingAgg pa = {.coro = coro, .idx = nops, .line = p->t.line, .col = p->t.col};
				TRY(parse_ident(p, &pa.name, "an upvar name"));
				TRY(expect_p(p, ":", "after upvar name"));
				Operand o;
				TRY(parse_operand(p, &o));
				*(Operand *)VEC_PUSH(p->tmp, ops, nops, cap) = o;
				*(PendingAgg *)VEC_PUSH(p->tmp, p->pend, p->npend, p->cappend) = pa;
				if (!is_p(p, ","))
					break;
				next(p);
			}
		}
		if (braces)
			TRY(expect_p(p, "}", "after coroutine aggregate"));
		s->rv = RV_AGGREGATE;
		s->op = AGG_CORO;
		s->x = t;
		s->a.v = fn_add_args(f, ops, nops);
		s->b.v = nops;
		return 0;
	}
	return unexpected(p, "expected an rvalue");
}

static int parse_unwind(P *p, Term *t)
{
	TRY(expect_id(p, "unwind", "action"));
	if (is_p(p, ":")) {
		next(p);
		t->unwind = UW_CLEANUP;
		return parse_block_ref(p, &t->unwind_bb);
	}
	if (is_id(p, "continue")) {
		t->unwind = UW_CONTINUE;
	} else if (is_id(p, "unreachable")) {
		t->unwind = UW_UNREACHABLE;
	} else if (is_id(p, "terminate")) {
		next(p);
		TRY(expect_p(p, "(", "after `unwind terminate`"));
		TRY(expect_id(p, "cleanup", "in `unwind terminate(cleanup)`"));
		if (!is_p(p, ")"))
			return unexpected(p, "expected ')' in `unwind terminate(cleanup)`");
		t->unwind = UW_TERMINATE;
	} else {
		return unexpected(p, "expected ':', `continue`, `unreachable` or `terminate` after `unwind`");
	}
	next(p);
	return 0;
}

/* ` -> [LABEL: bbN, UNWIND]` or ` -> UNWIND` */
static int parse_targets(P *p, Term *t, const char *label)
{
	TRY(expect_p(p, "->", "before targets"));
	if (!is_p(p, "[")) {
		t->target = NO_BLOCK;
		return parse_unwind(p, t);
	}
	next(p);
	TRY(expect_id(p, label, "target label"));
	TRY(expect_p(p, ":", "after target label"));
	TRY(parse_block_ref(p, &t->target));
	TRY(expect_p(p, ",", "before the unwind action"));
	TRY(parse_unwind(p, t));
	return expect_p(p, "]", "after targets");
}

/* Expand an assert_fmt entry: `%s` -> arg, `%%` -> `%`. */
static void expand_fmt(const char *fmt, const char *arg, char *out, size_t n)
{
	size_t o = 0;
	for (const char *c = fmt; *c && o + 1 < n; c++) {
		if (c[0] == '%' && c[1] == 's') {
			for (const char *a = arg ? arg : ""; *a && o + 1 < n; a++)
				out[o++] = *a;
			c++;
		} else if (c[0] == '%' && c[1] == '%') {
			out[o++] = '%';
			c++;
		} else {
			out[o++] = *c;
		}
	}
	out[o] = 0;
}

static int match_msg(const P *p, const char *fmt, const char *arg)
{
	char buf[256];
	expand_fmt(fmt, arg, buf, sizeof buf);
	return strlen(buf) == p->t.n && memcmp(buf, p->t.s, p->t.n) == 0;
}

static int parse_assert_msg(P *p, Term *t)
{
	if (p->t.kind != T_STR)
		return unexpected(p, "expected an assert message string");
	for (int k = 0; k < NASSERTKINDS; k++) {
		if (k == AK_OVERFLOW) {
			/* Add/Sub/Mul only: `{} / {}` is AK_DIV_OVERFLOW */
			for (int op = 0; op < NBINOPS; op++) {
				if (binop_checked_name[op] && match_msg(p, assert_fmt[k], binop_symbol[op])) {
					t->msg = (uint8_t)k;
					t->x = (uint32_t)op;
					next(p);
					return 0;
				}
			}
		} else if (match_msg(p, assert_fmt[k], NULL)) {
			t->msg = (uint8_t)k;
			next(p);
			return 0;
		}
	}
	return ERR("unknown assert message \"%.*s\"", (int)(p->t.n > 200 ? 200 : p->t.n), p->t.s);
}

static Term term_init(TermKind k)
{
	return (Term){.kind = (uint8_t)k, .target = NO_BLOCK, .drop = NO_BLOCK, .unwind_bb = NO_BLOCK};
}

/* After `PLACE =`: a call or a yield. */
static int parse_call(P *p, PlaceId dst, Term *t)
{
	Module *m = p->m;
	Fn *f = p->f;
	*t = term_init(TK_CALL);
	t->place = dst;
	if (is_id(p, "yield")) {
		next(p);
		t->kind = TK_YIELD;
		TRY(expect_p(p, "(", "after `yield`"));
		TRY(parse_operand(p, &t->a));
		TRY(expect_p(p, ")", "after the yielded operand"));
		TRY(expect_p(p, "->", "after `yield(...)`"));
		TRY(expect_p(p, "[", "before yield targets"));
		TRY(expect_id(p, "resume", "target label"));
		TRY(expect_p(p, ":", "after `resume`"));
		TRY(parse_block_ref(p, &t->target));
		TRY(expect_p(p, ",", "between yield targets"));
		TRY(expect_id(p, "drop", "target label"));
		TRY(expect_p(p, ":", "after `drop`"));
		TRY(parse_block_ref(p, &t->drop));
		return expect_p(p, "]", "after yield targets");
	}
	if (is_p(p, "<")) {
		next(p);
		TypeId ty;
		TRY(parse_type(p, &ty));
		TRY(expect_id(p, "as", "in `<T as Trait>`"));
		int into;
		if (is_id(p, "IntoFuture"))
			into = 1;
		else if (is_id(p, "Future"))
			into = 0;
		else
			return unexpected(p, "expected `IntoFuture` or `Future`");
		next(p);
		TRY(expect_p(p, ">", "after trait name"));
		TRY(expect_p(p, "::", "after `<T as Trait>`"));
		TRY(expect_id(p, into ? "into_future" : "poll", "method name"));
		t->op = into ? CALLEE_INTO_FUTURE : CALLEE_POLL;
		t->x = ty;
	} else if (is_id(p, "Pin")) {
		next(p);
		TRY(expect_p(p, "::", "after `Pin`"));
		TRY(expect_p(p, "<", "in `Pin::<&mut T>`"));
		TRY(expect_p(p, "&", "in `Pin::<&mut T>`"));
		TRY(expect_id(p, "mut", "in `Pin::<&mut T>`"));
		TypeId ty;
		TRY(parse_type(p, &ty));
		TRY(expect_p(p, ">", "in `Pin::<&mut T>`"));
		TRY(expect_p(p, "::", "after `Pin::<&mut T>`"));
		TRY(expect_id(p, "new_unchecked", "after `Pin::<&mut T>::`"));
		t->op = CALLEE_PIN_NEW;
		t->x = ty;
	} else if (p->t.kind == T_IDENT) {
		int line = p->t.line, col = p->t.col;
		char *name;
		TRY(parse_path(p, &name));
		if (strcmp(name, "std::future::get_context") == 0 && is_p(p, "::")) {
			next(p);
			TRY(expect_p(p, "<", "after `get_context::`"));
			for (int i = 0; i < 2; i++) {
				if (i)
					TRY(expect_p(p, ",", "between lifetimes"));
				if (p->t.kind != T_LIFE || p->t.n != 2 || p->t.s[1] != '_')
					return unexpected(p, "expected '_ in `get_context::<'_, '_>`");
				next(p);
			}
			TRY(expect_p(p, ">", "after `get_context::<'_, '_`"));
			t->op = CALLEE_GET_CONTEXT;
		} else if (strcmp(name, "std::ptr::drop_in_place") == 0 && is_p(p, "::")) {
			next(p);
			TRY(expect_p(p, "<", "after `drop_in_place::`"));
			TRY(parse_type(p, &t->x));
			TRY(expect_p(p, ">", "after `drop_in_place::<T`"));
			t->op = CALLEE_DROP_IN_PLACE;
		} else {
			if (is_p(p, "::"))
				return ERR("unexpected generic arguments after %s", name);
			(void)line, (void)col;
			t->op = CALLEE_FN;
			t->x = fn_add_name(f, name);
		}
	} else {
		return unexpected(p, "expected an rvalue or a call");
	}
	(void)m;
	TRY(expect_p(p, "(", "before call arguments"));
	TRY(parse_operand_list(p, &t->args, &t->nargs, "after call arguments"));
	return parse_targets(p, t, "return");
}

static int is_rvalue_start(const P *p)
{
	if (is_p(p, "&") || is_p(p, "(") || is_p(p, "{"))
		return 1;
	if (p->t.kind != T_IDENT)
		return 0;
	static const char *const kw[] = {"copy", "move", "const", "discriminant", "Poll", "Not", "Neg"};
	for (size_t i = 0; i < sizeof kw / sizeof *kw; i++)
		if (is_id(p, kw[i]))
			return 1;
	return find_binop(p, 0) >= 0 || find_binop(p, 1) >= 0;
}

/* One statement or the terminator; *is_term set for the latter. */
static int parse_stmt_or_term(P *p, BlockId bb, int *is_term)
{
	Fn *f = p->f;
	Stmt s = {0};
	Term t = term_init(TK_RETURN);
	*is_term = 0;
	if (is_id(p, "StorageLive") || is_id(p, "StorageDead")) {
		s.kind = is_id(p, "StorageLive") ? ST_STORAGE_LIVE : ST_STORAGE_DEAD;
		next(p);
		TRY(expect_p(p, "(", "after storage marker"));
		LocalId l = 0;
		TRY(parse_local(p, &l));
		s.x = l;
		TRY(expect_p(p, ")", "after local"));
	} else if (is_id(p, "discriminant")) {
		next(p);
		TRY(expect_p(p, "(", "after `discriminant`"));
		TRY(parse_place(p, &s.place));
		TRY(expect_p(p, ")", "after place"));
		TRY(expect_p(p, "=", "in `discriminant(P) = N`"));
		TRY(parse_u32(p, &s.x, "a variant index"));
		s.kind = ST_SET_DISCR;
	} else if (is_id(p, "PlaceMention")) {
		next(p);
		TRY(expect_p(p, "(", "after `PlaceMention`"));
		TRY(parse_place(p, &s.place));
		TRY(expect_p(p, ")", "after place"));
		s.kind = ST_PLACE_MENTION;
	} else if (is_id(p, "nop")) {
		next(p);
		s.kind = ST_NOP;
	} else if (is_id(p, "goto")) {
		next(p);
		t = term_init(TK_GOTO);
		TRY(expect_p(p, "->", "after `goto`"));
		TRY(parse_block_ref(p, &t.target));
		*is_term = 1;
	} else if (is_id(p, "switchInt")) {
		next(p);
		t = term_init(TK_SWITCH);
		TRY(expect_p(p, "(", "after `switchInt`"));
		TRY(parse_operand(p, &t.a));
		TRY(expect_p(p, ")", "after switch operand"));
		TRY(expect_p(p, "->", "after `switchInt(...)`"));
		TRY(expect_p(p, "[", "before switch targets"));
		SwitchArm *arms = NULL;
		uint32_t narms = 0, cap = 0;
		while (p->t.kind == T_INT) {
			SwitchArm a;
			if (p->t.suf)
				return ERR("switch values have no type suffix");
			if (p->t.ovf)
				return ERR("switch value %.*s does not fit in 64 bits", (int)p->t.n, p->t.s);
			a.value = p->t.val;
			next(p);
			TRY(expect_p(p, ":", "after switch value"));
			TRY(parse_block_ref(p, &a.target));
			TRY(expect_p(p, ",", "after switch arm"));
			*(SwitchArm *)VEC_PUSH(p->tmp, arms, narms, cap) = a;
		}
		TRY(expect_id(p, "otherwise", "as the last switch target"));
		TRY(expect_p(p, ":", "after `otherwise`"));
		TRY(parse_block_ref(p, &t.target));
		TRY(expect_p(p, "]", "after switch targets"));
		t.args = fn_add_arms(f, arms, narms);
		t.nargs = narms;
		*is_term = 1;
	} else if (is_id(p, "return") || is_id(p, "unreachable") || is_id(p, "resume") ||
		   is_id(p, "coroutine_drop")) {
		t = term_init(is_id(p, "return")        ? TK_RETURN
			      : is_id(p, "unreachable") ? TK_UNREACHABLE
			      : is_id(p, "resume")      ? TK_RESUME
							: TK_COROUTINE_DROP);
		next(p);
		*is_term = 1;
	} else if (is_id(p, "drop")) {
		next(p);
		t = term_init(TK_DROP);
		TRY(expect_p(p, "(", "after `drop`"));
		TRY(parse_place(p, &t.place));
		TRY(expect_p(p, ")", "after dropped place"));
		TRY(parse_targets(p, &t, "return"));
		*is_term = 1;
	} else if (is_id(p, "assert")) {
		next(p);
		t = term_init(TK_ASSERT);
		TRY(expect_p(p, "(", "after `assert`"));
		t.op = 1;
		if (is_p(p, "!")) {
			next(p);
			t.op = 0;
		}
		TRY(parse_operand(p, &t.a));
		TRY(expect_p(p, ",", "after assert condition"));
		TRY(parse_assert_msg(p, &t));
		t.args = f->nargsv;
		t.nargs = 0;
		if (is_p(p, ",")) {
			next(p);
			TRY(parse_operand_list(p, &t.args, &t.nargs, "after assert operands"));
		} else {
			TRY(expect_p(p, ")", "after assert message"));
		}
		TRY(parse_targets(p, &t, "success"));
		*is_term = 1;
	} else if (is_p(p, "(") || (p->t.kind == T_IDENT && p->t.s[0] == '_')) {
		PlaceId dst;
		TRY(parse_place(p, &dst));
		TRY(expect_p(p, "=", "after assigned place"));
		if (is_rvalue_start(p)) {
			s.place = dst;
			TRY(parse_rvalue(p, &s));
		} else {
			TRY(parse_call(p, dst, &t));
			*is_term = 1;
		}
	} else {
		return unexpected(p, "expected a statement or a terminator");
	}
	if (*is_term) {
		TRY(expect_p(p, ";", "after terminator"));
		fn_set_term(f, bb, t);
	} else {
		TRY(expect_p(p, ";", "after statement"));
		fn_push_stmt(f, bb, s);
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* items                                                               */
/* ------------------------------------------------------------------ */

static int parse_fn(P *p)
{
	Module *m = p->m;
	int fline = p->t.line;
	next(p); /* fn */
	int nline = p->t.line, ncol = p->t.col;
	char *name;
	TRY(parse_path(p, &name));
	if (module_find_fn(m, name))
		return err_at(p, nline, ncol, "fn %s is defined twice", name);
	Fn *f = fn_new(m, name, FN_SYNC);
	p->f = f;
	f->line = fline;
	TRY(expect_p(p, "(", "after fn name"));
	TypeId *params = NULL;
	uint32_t nparams = 0, cap = 0;
	while (!is_p(p, ")")) {
		if (nparams)
			TRY(expect_p(p, ",", "between parameters"));
		uint64_t v;
		int ovf;
		if (numbered_ident(p, "_", &v, &ovf) < 0)
			return unexpected(p, "expected a parameter _N");
		if (ovf || v != (uint64_t)nparams + 1)
			return ERR("expected parameter _%u, found %.*s", (unsigned)nparams + 1, (int)p->t.n, p->t.s);
		next(p);
		TRY(expect_p(p, ":", "after parameter"));
		TypeId t;
		TRY(parse_type(p, &t));
		*(TypeId *)VEC_PUSH(p->tmp, params, nparams, cap) = t;
	}
	next(p);
	TRY(expect_p(p, "->", "after parameters"));
	TypeId ret;
	TRY(parse_type(p, &ret));
	if (is_id(p, "yields")) {
		next(p);
		TRY(expect_p(p, "(", "after `yields`: only `yields ()` is supported"));
		TRY(expect_p(p, ")", "after `yields (`: only `yields ()` is supported"));
		f->kind = FN_CORO_BODY;
	}
	TRY(expect_p(p, "{", "before fn body"));
	fn_add_local(f, ret, NULL, 0);
	for (uint32_t i = 0; i < nparams; i++)
		fn_add_local(f, params[i], NULL, 0);
	f->nargs = nparams;

	DebugName *dbg = NULL;
	uint32_t ndbg = 0, capdbg = 0;
	while (is_id(p, "debug")) {
		next(p);
		DebugName dn;
		TRY(parse_ident(p, &dn.name, "a debug name"));
		TRY(expect_p(p, "=>", "after debug name"));
		int ovf;
		dn.line = p->t.line, dn.col = p->t.col;
		if (numbered_ident(p, "_", &dn.local, &ovf) < 0)
			return unexpected(p, "expected a local _N after `=>`");
		if (ovf)
			dn.local = UINT64_MAX;
		next(p);
		TRY(expect_p(p, ";", "after debug entry"));
		*(DebugName *)VEC_PUSH(p->tmp, dbg, ndbg, capdbg) = dn;
	}
	int first_let = 1;
	while (is_id(p, "let")) {
		next(p);
		int mutbl = 0;
		if (is_id(p, "mut")) {
			next(p);
			mutbl = 1;
		}
		uint64_t v;
		int ovf;
		if (numbered_ident(p, "_", &v, &ovf) < 0)
			return unexpected(p, "expected a local _N after `let`");
		int lline = p->t.line, lcol = p->t.col;
		if (first_let && v == 0 && !ovf) {
			next(p);
			TRY(expect_p(p, ":", "after local"));
			TypeId t;
			TRY(parse_type(p, &t));
			if (t != ret)
				return err_at(p, lline, lcol, "type of _0 differs from the return type");
			f->locals[0].mutbl = (uint8_t)mutbl;
		} else {
			if (ovf || v != f->nlocals)
				return ERR("expected local _%u, found %.*s", (unsigned)f->nlocals, (int)p->t.n, p->t.s);
			next(p);
			TRY(expect_p(p, ":", "after local"));
			TypeId t;
			TRY(parse_type(p, &t));
			if (f->nlocals >= 0x1000000)
				return err_at(p, lline, lcol, "too many locals");
			fn_add_local(f, t, NULL, mutbl);
		}
		first_let = 0;
		TRY(expect_p(p, ";", "after local declaration"));
	}
	for (uint32_t i = 0; i < ndbg; i++) {
		DebugName *dn = &dbg[i];
		if (dn->local >= f->nlocals)
			return err_at(p, dn->line, dn->col, "unknown local _%llu", (unsigned long long)dn->local);
		if (f->locals[dn->local].name)
			return err_at(p, dn->line, dn->col, "local _%llu already has a debug name",
				      (unsigned long long)dn->local);
		f->locals[dn->local].name = arena_strdup(f->arena, dn->name);
	}
	while (!is_p(p, "}")) {
		uint64_t v;
		int ovf;
		if (numbered_ident(p, "bb", &v, &ovf) < 0)
			return unexpected(p, "expected a block bbN or '}'");
		int bline = p->t.line;
		if (!ovf && v < f->nblocks)
			return ERR("block bb%llu is defined twice", (unsigned long long)v);
		if (ovf || v != f->nblocks)
			return ERR("block %.*s out of order: expected bb%u", (int)p->t.n, p->t.s, (unsigned)f->nblocks);
		next(p);
		int cleanup = 0;
		if (is_p(p, "(")) {
			next(p);
			TRY(expect_id(p, "cleanup", "in `bbN (cleanup)`"));
			TRY(expect_p(p, ")", "after `cleanup`"));
			cleanup = 1;
		}
		TRY(expect_p(p, ":", "after block name"));
		TRY(expect_p(p, "{", "to open the block"));
		BlockId bb = fn_add_block(f, cleanup);
		f->blocks[bb].line = bline;
		while (!is_p(p, "}")) {
			int is_term;
			TRY(parse_stmt_or_term(p, bb, &is_term));
			if (is_term && !is_p(p, "}"))
				return unexpected(p, "expected '}' after terminator");
		}
		next(p);
	}
	next(p);
	p->f = NULL;
	return 0;
}

static int parse_layout(P *p, Coroutine *c)
{
	Module *m = p->m;
	Layout *l = arena_alloc(m->arena, sizeof *l);
	l->line = p->t.line;
	next(p); /* layout */
	TRY(expect_p(p, "{", "after `layout`"));
	TRY(expect_id(p, "size", "at the start of a layout"));
	TRY(parse_u32_or_unknown(p, &l->size, "the size", &l->reconstructed));
	TRY(expect_p(p, ",", "after size"));
	TRY(expect_id(p, "align", "after size"));
	TRY(parse_u32(p, &l->align, "the alignment"));
	TRY(expect_p(p, ",", "after align"));
	TRY(expect_id(p, "tag", "after align"));
	if (is_id(p, "none")) { /* a single-state future (elide-awaitless) stores no tag */
		next(p);
	} else {
		if (is_id(p, "u8") || is_id(p, "u16") || is_id(p, "u32") || is_id(p, "u64"))
			l->tag_size = (uint32_t)atoi(p->t.s + 1) / 8;
		else
			return unexpected(p, "expected the tag type u8, u16, u32, u64 or none");
		next(p);
		TRY(expect_id(p, "at", "after tag type"));
		TRY(parse_u32_or_unknown(p, &l->tag_offset, "the tag offset", &l->reconstructed));
	}
	TRY(expect_p(p, ";", "after layout header"));
	l->upvar_offset = c->nupvars ? arena_alloc(m->arena, c->nupvars * sizeof *l->upvar_offset) : NULL;
	for (uint32_t i = 0; i < c->nupvars; i++) {
		if (!is_id(p, "upvar"))
			return unexpected(p, "expected `upvar` line for every upvar in the layout");
		next(p);
		if (p->t.kind != T_IDENT || strlen(c->upvars[i].name) != p->t.n ||
		    memcmp(c->upvars[i].name, p->t.s, p->t.n) != 0) {
			if (p->t.kind != T_IDENT)
				return unexpected(p, "expected an upvar name");
			return ERR("expected upvar %s, found %.*s", c->upvars[i].name, (int)p->t.n, p->t.s);
		}
		next(p);
		TRY(expect_id(p, "at", "after upvar name"));
		TRY(parse_u32_or_unknown(p, &l->upvar_offset[i], "the upvar offset", &l->reconstructed));
		TRY(expect_p(p, ";", "after upvar offset"));
	}
	if (is_id(p, "upvar"))
		return ERR("more upvar offsets than upvars");
	SavedLocal *saved = NULL;
	uint32_t cap = 0;
	while (is_id(p, "saved")) {
		next(p);
		uint64_t v;
		int ovf;
		if (numbered_ident(p, "_s", &v, &ovf) < 0)
			return unexpected(p, "expected a saved local _sN");
		if (ovf || v != l->nsaved)
			return ERR("expected _s%u, found %.*s", (unsigned)l->nsaved, (int)p->t.n, p->t.s);
		next(p);
		SavedLocal s = {0};
		TRY(expect_p(p, ":", "after saved local"));
		TRY(parse_type(p, &s.ty));
		TRY(expect_p(p, "=", "after saved local type"));
		if (is_id(p, "unknown")) {
			s.local = NO_ID; /* reconstructed: rustc's body is not in the text */
			l->reconstructed = 1;
		} else if (numbered_ident(p, "_", &v, &ovf) < 0) {
			return unexpected(p, "expected the local _N of the saved local (or unknown)");
		} else if (ovf || v >= UINT32_MAX) {
			return ERR("local number %.*s is too large", (int)p->t.n, p->t.s);
		} else {
			s.local = (LocalId)v;
		}
		next(p);
		if (is_id(p, "debug")) {
			next(p);
			const char *nm = NULL;
			TRY(parse_ident(p, &nm, "a debug name"));
			s.name = arena_strdup(m->arena, nm);
		}
		TRY(expect_p(p, ",", "before `offset`"));
		TRY(expect_id(p, "offset", "in saved local"));
		TRY(parse_u32_or_unknown(p, &s.offset, "the offset", &l->reconstructed));
		if (is_p(p, ",")) {
			next(p);
			TRY(expect_id(p, "promoted", "after ','"));
			s.promoted = 1;
		}
		TRY(expect_p(p, ";", "after saved local"));
		if (l->nsaved >= 0x100000)
			return ERR("too many saved locals");
		*(SavedLocal *)VEC_PUSH(p->tmp, saved, l->nsaved, cap) = s;
	}
	if (l->nsaved) {
		l->saved = arena_alloc(m->arena, l->nsaved * sizeof *l->saved);
		memcpy(l->saved, saved, l->nsaved * sizeof *l->saved);
		uint32_t words = (l->nsaved + 63) / 64;
		l->conflicts = arena_alloc(m->arena, (size_t)l->nsaved * words * sizeof *l->conflicts + 8);
	}
	uint32_t *fstart = NULL, *nfields = NULL, *fields = NULL;
	uint32_t capv = 0, capv2 = 0, nv2 = 0, nf = 0, capf = 0;
	while (is_id(p, "variant")) {
		next(p);
		char want[32];
		static const char *const reserved[] = {"Unresumed", "Returned", "Panicked"};
		if (l->nvariants < STATE_FIRST_SUSPEND)
			snprintf(want, sizeof want, "%s", reserved[l->nvariants]);
		else
			snprintf(want, sizeof want, "Suspend%u", (unsigned)(l->nvariants - STATE_FIRST_SUSPEND));
		if (!is_id(p, want)) {
			if (p->t.kind != T_IDENT)
				return unexpected(p, "expected a variant name");
			return ERR("expected variant %s, found %.*s", want, (int)p->t.n, p->t.s);
		}
		next(p);
		TRY(expect_p(p, ":", "after variant name"));
		TRY(expect_p(p, "[", "before variant fields"));
		uint32_t start = nf, cnt = 0;
		while (!is_p(p, "]")) {
			if (cnt)
				TRY(expect_p(p, ",", "between variant fields"));
			uint64_t v;
			int ovf;
			if (numbered_ident(p, "_s", &v, &ovf) < 0)
				return unexpected(p, "expected a saved local _sN");
			if (ovf || v >= l->nsaved)
				return ERR("unknown saved local %.*s", (int)p->t.n, p->t.s);
			next(p);
			*(uint32_t *)VEC_PUSH(p->tmp, fields, nf, capf) = (uint32_t)v;
			cnt++;
		}
		next(p);
		TRY(expect_p(p, ";", "after variant"));
		if (l->nvariants >= 0x100000)
			return ERR("too many variants");
		*(uint32_t *)VEC_PUSH(p->tmp, fstart, l->nvariants, capv) = start;
		*(uint32_t *)VEC_PUSH(p->tmp, nfields, nv2, capv2) = cnt;
	}
	if (l->nvariants) {
		l->field_start = arena_alloc(m->arena, l->nvariants * sizeof *l->field_start);
		l->nfields = arena_alloc(m->arena, l->nvariants * sizeof *l->nfields);
		memcpy(l->field_start, fstart, l->nvariants * sizeof *fstart);
		memcpy(l->nfields, nfields, l->nvariants * sizeof *nfields);
	}
	if (nf) {
		l->fields = arena_alloc(m->arena, nf * sizeof *l->fields);
		memcpy(l->fields, fields, nf * sizeof *fields);
	}
	while (is_id(p, "conflicts")) {
		next(p);
		uint64_t a, b;
		int ovf;
		if (numbered_ident(p, "_s", &a, &ovf) < 0)
			return unexpected(p, "expected a saved local _sN");
		if (ovf || a >= l->nsaved)
			return ERR("unknown saved local %.*s", (int)p->t.n, p->t.s);
		next(p);
		TRY(expect_p(p, ":", "after saved local"));
		TRY(expect_p(p, "[", "before conflicting locals"));
		int cnt = 0;
		while (!is_p(p, "]")) {
			if (cnt++)
				TRY(expect_p(p, ",", "between conflicting locals"));
			if (numbered_ident(p, "_s", &b, &ovf) < 0)
				return unexpected(p, "expected a saved local _sN");
			if (ovf || b >= l->nsaved)
				return ERR("unknown saved local %.*s", (int)p->t.n, p->t.s);
			next(p);
			layout_set_conflict(m->arena, l, (uint32_t)a, (uint32_t)b);
		}
		next(p);
		TRY(expect_p(p, ";", "after conflicts"));
	}
	TRY(expect_p(p, "}", "to close the layout (order: size, upvar, saved, variant, conflicts)"));
	c->layout = l;
	return 0;
}

static int parse_coroutine(P *p)
{
	Module *m = p->m;
	next(p); /* coroutine */
	int nline = p->t.line, ncol = p->t.col;
	char *name;
	TRY(parse_path(p, &name));
	TRY(expect_p(p, ":", "after coroutine name"));
	TRY(expect_id(p, "async", "after ':'"));
	CoroKind kind;
	if (is_id(p, "fn"))
		kind = CORO_ASYNC_FN;
	else if (is_id(p, "block"))
		kind = CORO_ASYNC_BLOCK;
	else
		return unexpected(p, "expected `fn` or `block` after `async`");
	next(p);
	int ci = module_find_coro(m, name);
	if (ci < 0) /* the pre-scan missed it (malformed earlier text) */
		ci = (int)module_add_coro(m, name, kind);
	while (p->ndefined < m->ncoros)
		*(uint8_t *)VEC_PUSH(p->tmp, p->defined, p->ndefined, p->capdefined) = 0;
	if (p->defined[ci])
		return err_at(p, nline, ncol, "coroutine %s is declared twice", name);
	p->defined[ci] = 1;
	Coroutine *c = &m->coros[ci];
	c->kind = kind;
	TRY(expect_id(p, "at", "after coroutine kind"));
	uint32_t line, col;
	TRY(parse_u32(p, &line, "a line number"));
	TRY(expect_p(p, ":", "between line and column"));
	TRY(parse_u32(p, &col, "a column number"));
	if (line > 0x7fffffff || col > 0x7fffffff)
		return ERR("source position too large");
	c->line = (int)line;
	c->col = (int)col;
	TRY(expect_p(p, "{", "to open the coroutine"));
	int seen_output = 0;
	while (!is_p(p, "}")) {
		if (is_id(p, "upvar")) {
			next(p);
			const char *un = NULL;
			TRY(parse_ident(p, &un, "an upvar name"));
			TRY(expect_p(p, ":", "after upvar name"));
			TypeId t;
			TRY(parse_type(p, &t));
			TRY(expect_p(p, ";", "after upvar"));
			if (c->nupvars >= 0x10000)
				return ERR("too many upvars");
			coro_add_upvar(m, (uint32_t)ci, un, t);
			c = &m->coros[ci];
		} else if (is_id(p, "output")) {
			if (seen_output)
				return ERR("duplicate `output`");
			seen_output = 1;
			next(p);
			TRY(parse_type(p, &c->output));
			TRY(expect_p(p, ";", "after output type"));
		} else if (is_id(p, "body") || is_id(p, "resume") || is_id(p, "drop")) {
			const char **slot = is_id(p, "body") ? &c->body : is_id(p, "resume") ? &c->resume : &c->drop;
			if (*slot)
				return ERR("duplicate `%.*s`", (int)p->t.n, p->t.s);
			next(p);
			char *fnname;
			TRY(parse_path(p, &fnname));
			*slot = arena_strdup(m->arena, fnname);
			TRY(expect_p(p, ";", "after fn name"));
		} else if (is_id(p, "replaced_by")) {
			/* inline-single-await: this future became another coroutine's */
			if (c->replaced_by != NO_ID)
				return ERR("duplicate `replaced_by`");
			next(p);
			int line = p->t.line, col = p->t.col;
			char *other;
			TRY(parse_path(p, &other));
			int oi = module_find_coro(m, other);
			if (oi < 0 || oi == ci)
				return err_at(p, line, col, oi < 0 ? "undeclared coroutine %s" : "coroutine %s replaced by itself",
					      other);
			c->replaced_by = (uint32_t)oi;
			TRY(expect_p(p, ";", "after `replaced_by` coroutine"));
		} else if (is_id(p, "layout")) {
			TRY(parse_layout(p, c));
			if (!is_p(p, "}"))
				return unexpected(p, "expected '}': the layout comes last in a coroutine");
		} else {
			return unexpected(p, "expected `upvar`, `output`, `body`, `resume`, `drop`, `replaced_by`, `layout` or '}'");
		}
	}
	next(p);
	return 0;
}

/* Register every top-level `coroutine NAME: async fn|block` in file order. */
static void prescan(P *p)
{
	int depth = 0;
	p->quiet = 1;
	next(p);
	while (p->t.kind != T_EOF) {
		if (is_p(p, "{")) {
			depth++;
		} else if (is_p(p, "}")) {
			if (depth > 0)
				depth--;
		} else if (depth == 0 && is_id(p, "coroutine")) {
			next(p);
			char *name;
			p->err = 0;
			if (p->t.kind != T_IDENT || parse_path(p, &name) < 0)
				continue;
			if (!is_p(p, ":"))
				continue;
			next(p);
			if (!is_id(p, "async"))
				continue;
			next(p);
			CoroKind kind;
			if (is_id(p, "fn"))
				kind = CORO_ASYNC_FN;
			else if (is_id(p, "block"))
				kind = CORO_ASYNC_BLOCK;
			else
				continue;
			if (module_find_coro(p->m, name) < 0)
				module_add_coro(p->m, name, kind);
		}
		next(p);
	}
	p->err = 0;
	p->quiet = 0;
}

static int resolve(P *p)
{
	Module *m = p->m;
	for (uint32_t i = 0; i < m->ncoros; i++) {
		const Coroutine *c = &m->coros[i];
		Fn *f;
		if (c->body && (f = module_find_fn(m, c->body)) && f->kind == FN_CORO_BODY && f->coro == NO_ID)
			f->coro = i;
		if (c->resume && (f = module_find_fn(m, c->resume)) && f->kind == FN_SYNC) {
			f->kind = FN_RESUME;
			f->coro = i;
		}
		if (c->drop && (f = module_find_fn(m, c->drop)) && f->kind == FN_SYNC) {
			f->kind = FN_DROP_SHIM;
			f->coro = i;
		}
	}
	for (uint32_t i = 0; i < p->npend; i++) {
		const PendingAgg *pa = &p->pend[i];
		const Coroutine *c = &m->coros[pa->coro];
		if (pa->idx >= c->nupvars)
			return err_at(p, pa->line, pa->col, "coroutine %s has only %u upvars", c->name,
				      (unsigned)c->nupvars);
		if (strcmp(c->upvars[pa->idx].name, pa->name) != 0)
			return err_at(p, pa->line, pa->col, "expected upvar %s of coroutine %s, found %s",
				      c->upvars[pa->idx].name, c->name, pa->name);
	}
	return 0;
}

Module *parse_module(const char *file, const char *src, size_t len, Diag *d)
{
	Diag local;
	if (!d) {
		memset(&local, 0, sizeof local);
		d = &local;
	}
	if (!d->file)
		d->file = file;
	P ps;
	memset(&ps, 0, sizeof ps);
	P *p = &ps;
	p->src = src ? src : "";
	p->len = src ? len : 0;
	p->d = d;
	p->m = module_new(file);
	p->tmp = arena_new();
	p->lx = (Lex){0, 1, 1};
	prescan(p);
	p->lx = (Lex){0, 1, 1};
	next(p);
	int r = 0;
	while (r == 0 && p->t.kind != T_EOF) {
		if (is_id(p, "fn"))
			r = parse_fn(p);
		else if (is_id(p, "coroutine"))
			r = parse_coroutine(p);
		else
			r = unexpected(p, "expected `fn` or `coroutine`");
	}
	if (r == 0)
		r = resolve(p);
	arena_free(p->tmp);
	if (r < 0 || p->err) {
		if (!d->failed)
			diag_set(d, 0, 0, "parse error");
		module_free(p->m);
		return NULL;
	}
	for (uint32_t i = 0; i < p->m->ncoros; i++)
		if (p->m->coros[i].layout)
			p->m->transformed = 1; /* a lowered module: the transform has run */
	return p->m;
}
