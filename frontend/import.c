/* import.c — rustc 1.95 `--emit=mir` text -> IR, coroutine resume fns only.
 *
 * Grammar read (rustc_middle/src/mir/pretty.rs and the Debug impls in
 * rustc_middle/src/mir/{syntax,terminator}.rs):
 *
 *   file    := item*                      items start at column 0, end at a line `}`
 *   item    := `fn` NAME `(` params `)` ` -> ` TYPE ` {` body `}` | other items (skipped)
 *   body    := (`debug` .. `;` | `let` [`mut`] `_N: ` TYPE `;` | `scope` .. `{` | `}`)* block*
 *   block   := `bbN` [` (cleanup)`] `: {` stmt* term `}`
 *   stmt    := place ` = ` rvalue | `StorageLive(_N)` | `StorageDead(_N)`
 *            | `discriminant(` place `) = ` K | `PlaceMention(` place `)` | `nop` | other `Kind(..)`
 *   term    := `goto` | `switchInt(op) -> [V: bbN, .., otherwise: bbM]` | `return` | `unreachable`
 *            | `resume` | place ` = ` callee `(` ops `)` succ | `drop(` place `)` succ
 *            | `assert(` [`!`] op `, "` msg `"` {`, ` op} `)` succ | ...
 *   succ    := ` -> bbN` | ` -> unwind ..` | ` -> [label: bbN, .., unwind ..]`
 *
 * Only fns whose first parameter is `Pin<&mut {async fn body of ..}>` or
 * `Pin<&mut {async block@..}>` are imported (the resume fns of async bodies);
 * every other item is skipped. What the model cannot express is kept as an
 * opaque statement/terminator/type (see ir.h), counted by reason. What cannot
 * be read at all skips that fn with `file:line:col: error: ...`.
 *
 * Bounded for hostile input: recursion depth, number of locals, blocks, arms
 * and operands are capped; every loop advances; numbers are range checked. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

#define MAX_DEPTH 128
#define MAX_LOCALS (1u << 20)
#define MAX_BLOCKS (1u << 20)
#define MAX_LIST (1u << 16)

#define X_RNAME(k, s) s,
const char *const import_reason_name[NIMPORTREASONS] = {IMPORT_OPAQUE_REASONS(X_RNAME)};

/* ------------------------------------------------------------------ */
/* text                                                                 */
/* ------------------------------------------------------------------ */

typedef struct Line {
	const char *s;
	uint32_t n;
	int no; /* 1-based */
} Line;

/* A span of text [s, e). */
typedef struct Span {
	const char *s, *e;
} Span;

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_ident(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c); }

static Span trim(Span x)
{
	while (x.s < x.e && (*x.s == ' ' || *x.s == '\t' || *x.s == '\r'))
		x.s++;
	while (x.e > x.s && (x.e[-1] == ' ' || x.e[-1] == '\t' || x.e[-1] == '\r'))
		x.e--;
	return x;
}

static size_t span_len(Span x) { return (size_t)(x.e - x.s); }

static int span_eq(Span x, const char *lit)
{
	size_t n = strlen(lit);
	return span_len(x) == n && memcmp(x.s, lit, n) == 0;
}

static int starts(Span x, const char *lit)
{
	size_t n = strlen(lit);
	return span_len(x) >= n && memcmp(x.s, lit, n) == 0;
}

static int ends(Span x, const char *lit)
{
	size_t n = strlen(lit);
	return span_len(x) >= n && memcmp(x.e - n, lit, n) == 0;
}

static Span drop_front(Span x, size_t n) { return (Span){x.s + n, x.e}; }
static Span drop_back(Span x, size_t n) { return (Span){x.s, x.e - n}; }

/* Skips a string literal at p (p[0] == '"'); returns the char after it, or NULL. */
static const char *skip_string(const char *p, const char *e)
{
	for (p++; p < e; p++) {
		if (*p == '\\') {
			p++;
			continue;
		}
		if (*p == '"')
			return p + 1;
	}
	return NULL;
}

/* At a `'`: a char literal ('a', '\n', '\u{..}', a multi-byte char) or a lifetime. */
static const char *skip_quote(const char *p, const char *e)
{
	if (p + 1 < e && p[1] == '\\') {
		for (const char *q = p + 3; q < e; q++) {
			if (*q == '\\') {
				q++;
				continue;
			}
			if (*q == '\'')
				return q + 1;
		}
		return NULL;
	}
	const char *q = p + 1;
	if (q < e) {
		q++;
		while (q < e && ((unsigned char)*q & 0xC0) == 0x80) /* UTF-8 continuation */
			q++;
		if (q < e && *q == '\'')
			return q + 1;
	}
	return p + 1; /* a lifetime: just the quote */
}

/* Finds, at bracket depth 0 of x, the first occurrence of lit (or with
 * last, the last one). `->` is never a bracket. NULL if absent or unbalanced. */
static const char *find_top(Span x, const char *lit, int last)
{
	size_t n = strlen(lit);
	int depth = 0;
	const char *found = NULL;
	for (const char *p = x.s; p < x.e;) {
		if (depth == 0 && (size_t)(x.e - p) >= n && memcmp(p, lit, n) == 0) {
			if (!last)
				return p;
			found = p;
		}
		char c = *p;
		if (c == '"') {
			p = skip_string(p, x.e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '\'') {
			p = skip_quote(p, x.e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '-' && p + 1 < x.e && p[1] == '>') {
			p += 2;
			continue;
		}
		if (c == '(' || c == '[' || c == '{' || c == '<')
			depth++;
		else if (c == ')' || c == ']' || c == '}' || c == '>') {
			if (--depth < 0)
				return NULL;
		}
		p++;
	}
	return depth == 0 ? found : NULL;
}

/* p points at an opening bracket; returns the matching closer or NULL. */
static const char *match_close(const char *p, const char *e)
{
	int depth = 0;
	while (p < e) {
		char c = *p;
		if (c == '"') {
			p = skip_string(p, e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '\'') {
			p = skip_quote(p, e);
			if (!p)
				return NULL;
			continue;
		}
		if (c == '-' && p + 1 < e && p[1] == '>') {
			p += 2;
			continue;
		}
		if (c == '(' || c == '[' || c == '{' || c == '<')
			depth++;
		else if (c == ')' || c == ']' || c == '}' || c == '>') {
			if (--depth == 0)
				return p;
			if (depth < 0)
				return NULL;
		}
		p++;
	}
	return NULL;
}

/* Every bracket closed, every string ended. */
static int balanced(Span x)
{
	int depth = 0;
	for (const char *p = x.s; p < x.e;) {
		char c = *p;
		if (c == '"' || c == '\'') {
			p = c == '"' ? skip_string(p, x.e) : skip_quote(p, x.e);
			if (!p)
				return 0;
			continue;
		}
		if (c == '-' && p + 1 < x.e && p[1] == '>') {
			p += 2;
			continue;
		}
		if (c == '(' || c == '[' || c == '{' || c == '<')
			depth++;
		else if ((c == ')' || c == ']' || c == '}' || c == '>') && --depth < 0)
			return 0;
		p++;
	}
	return depth == 0;
}

/* Splits x at depth-0 ", " into at most max parts; returns the count or -1. */
static int split_commas(Span x, Span *out, int max)
{
	x = trim(x);
	if (x.s == x.e)
		return 0;
	int n = 0;
	for (;;) {
		const char *c = find_top(x, ",", 0);
		if (n == max)
			return -1;
		if (!c) {
			out[n++] = trim(x);
			return n;
		}
		out[n++] = trim((Span){x.s, c});
		x = (Span){c + 1, x.e};
	}
}

/* Parses a decimal number (no sign) of at most 64 bits; -1 if not one. */
static int parse_u64(Span x, uint64_t *out)
{
	if (x.s == x.e)
		return -1;
	uint64_t v = 0;
	for (const char *p = x.s; p < x.e; p++) {
		if (!is_digit(*p))
			return -1;
		unsigned d = (unsigned)(*p - '0');
		if (v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

/* `_N` -> N */
static int parse_local_name(Span x, uint64_t *out)
{
	if (span_len(x) < 2 || x.s[0] != '_')
		return -1;
	return parse_u64(drop_front(x, 1), out);
}

/* ------------------------------------------------------------------ */
/* context and errors                                                  */
/* ------------------------------------------------------------------ */

enum { OK = 0, OPAQUE = 1, BAD = -1 };

typedef struct TyCache {
	char *text;
	TypeId ty;
} TyCache;

typedef struct Ctx {
	const char *file;
	Module *m;
	Fn *f;
	const Line *line; /* the line being read */
	Diag d;
	int depth;
	ImportReason why; /* set with every OPAQUE */
	LocalId placeholder;
	TyCache *cache;
	uint32_t ncache, capcache; /* open addressing, power of two */
	/* the fn's own coroutine, as its places use it */
	uint32_t own;              /* NO_ID before the signature is read */
	TypeId *upv; uint32_t nupv, capupv;  /* upvar types by index (NO_ID: unseen) */
	struct VField { uint32_t v, f; TypeId ty; } *vf; uint32_t nvf, capvf;
	uint32_t maxvariant;
	/* per coroutine: output fixed (by its resume fn or a poll of it) */
	uint8_t *outset; uint32_t capout;
	/* callee signatures, first call site wins */
	struct Sig { char *name; uint32_t nargs; TypeId *args; TypeId ret; int stubbed; } *sigs;
	uint32_t nsigs, capsigs;
	/* a resume fn whose coroutine type text another resume fn already has
	 * (macro instantiations print alike): its own coroutine, for this fn only */
	char *alias; CoroKind alias_kind; uint32_t alias_coro;
	/* every resume fn's output as its `let mut _0` spells it, read before
	 * any body, so that a poll earlier in the file sees the resume fn's word */
	struct Pre { char *name; CoroKind kind; const Line *line; Span out; } *pre;
	uint32_t npre, cappre;
	/* a poll of the coroutine inst_coro with another output (a generic
	 * instance: rustc prints `{async block@..}` without its generic args):
	 * the fn is read again with that name aliased to a fresh coroutine */
	int want_inst, no_inst;
	uint32_t inst_coro;
	TypeId inst_out;
} Ctx;

static int bad(Ctx *c, const char *at, const char *fmt, ...)
{
	if (c->d.failed)
		return BAD;
	char buf[sizeof c->d.msg];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	int col = 1;
	if (c->line && at >= c->line->s && at <= c->line->s + c->line->n)
		col = (int)(at - c->line->s) + 1;
	diag_set(&c->d, c->line ? c->line->no : 0, col, "%s", buf);
	return BAD;
}

static int opaque(Ctx *c, ImportReason r)
{
	c->why = r;
	return OPAQUE;
}

static char *xstrndup(const char *s, size_t n)
{
	char *r = malloc(n + 1);
	if (!r)
		internal_error("out of memory");
	memcpy(r, s, n);
	r[n] = 0;
	return r;
}

/* ------------------------------------------------------------------ */
/* types                                                               */
/* ------------------------------------------------------------------ */

static uint32_t hash_span(Span x)
{
	uint32_t h = 2166136261u;
	for (const char *p = x.s; p < x.e; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	return h;
}

static TyCache *cache_slot(Ctx *c, Span x)
{
	if (c->ncache * 2 >= c->capcache) {
		uint32_t ncap = c->capcache ? c->capcache * 2 : 1024;
		TyCache *nt = calloc(ncap, sizeof *nt);
		if (!nt)
			internal_error("out of memory");
		for (uint32_t i = 0; i < c->capcache; i++) {
			if (!c->cache[i].text)
				continue;
			Span k = {c->cache[i].text, c->cache[i].text + strlen(c->cache[i].text)};
			uint32_t h = hash_span(k) & (ncap - 1);
			while (nt[h].text)
				h = (h + 1) & (ncap - 1);
			nt[h] = c->cache[i];
		}
		free(c->cache);
		c->cache = nt;
		c->capcache = ncap;
	}
	uint32_t h = hash_span(x) & (c->capcache - 1);
	for (;;) {
		TyCache *t = &c->cache[h];
		if (!t->text || (strlen(t->text) == span_len(x) && memcmp(t->text, x.s, span_len(x)) == 0))
			return t;
		h = (h + 1) & (c->capcache - 1);
	}
}

static void cache_clear(Ctx *c)
{
	for (uint32_t i = 0; i < c->capcache; i++) {
		free(c->cache[i].text);
		c->cache[i].text = NULL;
	}
	c->ncache = 0;
}

static const struct {
	const char *name;
	TypeKind k;
} basic_types[] = {
	{"()", TY_UNIT}, {"!", TY_NEVER}, {"bool", TY_BOOL}, {"u8", TY_U8}, {"u16", TY_U16},
	{"u32", TY_U32}, {"u64", TY_U64}, {"usize", TY_USIZE}, {"i8", TY_I8}, {"i16", TY_I16},
	{"i32", TY_I32}, {"i64", TY_I64}, {"isize", TY_ISIZE},
};

/* `P<inner>` for P one of the given prefixes: the inner span. */
static int generic1(Span x, const char *const *prefixes, Span *inner)
{
	for (int i = 0; prefixes[i]; i++) {
		if (!starts(x, prefixes[i]) || !ends(x, ">"))
			continue;
		const char *open = x.s + strlen(prefixes[i]) - 1;
		if (match_close(open, x.e) != x.e - 1)
			continue;
		*inner = trim((Span){open + 1, x.e - 1});
		return 1;
	}
	return 0;
}

static const char *const poll_names[] = {"Poll<", "std::task::Poll<", "core::task::Poll<", NULL};
static const char *const pin_names[] = {"Pin<", "std::pin::Pin<", "core::pin::Pin<", NULL};
static const char *const ctx_names[] = {"Context<", "std::task::Context<", "core::task::Context<", NULL};

static int type_of(Ctx *c, Span x, TypeId *out);

/* `{async fn body of NAME()}` / `{async block@SPAN}`: its kind and name. */
static int coro_name(Span x, CoroKind *kind, Span *name)
{
	Span in = trim((Span){x.s + 1, x.e - 1});
	if (starts(in, "async fn body of ") && ends(in, "()")) {
		*kind = CORO_ASYNC_FN;
		*name = trim((Span){in.s + strlen("async fn body of "), in.e - 2});
	} else if (starts(in, "async block@")) {
		*kind = CORO_ASYNC_BLOCK;
		*name = trim(drop_front(in, strlen("async block@")));
	} else {
		return 0;
	}
	return name->s != name->e && balanced(*name);
}

static int coro_type(Ctx *c, Span x, TypeId *out)
{
	CoroKind kind;
	Span name;
	if (!coro_name(x, &kind, &name))
		return 0;
	char *nm = xstrndup(name.s, span_len(name));
	if (c->alias && c->alias_kind == kind && strcmp(c->alias, nm) == 0) {
		free(nm);
		*out = type_coro(c->m, c->alias_coro);
		return 1;
	}
	int ci = -1;
	for (uint32_t i = 0; i < c->m->ncoros; i++)
		if (c->m->coros[i].kind == kind && strcmp(c->m->coros[i].name, nm) == 0)
			ci = (int)i;
	if (ci < 0)
		ci = (int)module_add_coro(c->m, nm, kind);
	free(nm);
	*out = type_coro(c->m, (uint32_t)ci);
	return 1;
}

static int type_uncached(Ctx *c, Span x, TypeId *out)
{
	Span in;
	for (size_t i = 0; i < sizeof basic_types / sizeof *basic_types; i++)
		if (span_eq(x, basic_types[i].name)) {
			*out = type_basic(c->m, basic_types[i].k);
			return OK;
		}
	if (starts(x, "&mut ") || (starts(x, "&") && !starts(x, "&'") && !starts(x, "&mut"))) {
		int mut = starts(x, "&mut ");
		TypeId a;
		if (type_of(c, trim(drop_front(x, mut ? 5 : 1)), &a) != OK)
			return BAD;
		*out = type_ptr(c->m, mut ? TY_REFMUT : TY_REF, a);
		return OK;
	}
	if (starts(x, "*mut ")) {
		TypeId a;
		if (type_of(c, trim(drop_front(x, 5)), &a) != OK)
			return BAD;
		*out = type_ptr(c->m, TY_RAWMUT, a);
		return OK;
	}
	if (generic1(x, poll_names, &in)) {
		TypeId a;
		if (type_of(c, in, &a) != OK)
			return BAD;
		*out = type_ptr(c->m, TY_POLL, a);
		return OK;
	}
	if (generic1(x, pin_names, &in) && (starts(in, "&mut ") || (starts(in, "&") && !starts(in, "&'")))) {
		TypeId a;
		if (type_of(c, in, &a) != OK)
			return BAD;
		*out = type_ptr(c->m, TY_PIN, a);
		return OK;
	}
	if (generic1(x, ctx_names, &in) && span_eq(in, "'_")) {
		*out = type_basic(c->m, TY_CONTEXT);
		return OK;
	}
	if (span_eq(x, "ResumeTy") || span_eq(x, "std::future::ResumeTy")) {
		*out = type_basic(c->m, TY_RESUMETY);
		return OK;
	}
	if (starts(x, "(") && match_close(x.s, x.e) == x.e - 1) {
		Span parts[3];
		int n = split_commas((Span){x.s + 1, x.e - 1}, parts, 3);
		if (n == 2 && parts[1].s != parts[1].e) {
			TypeId a, b;
			if (type_of(c, parts[0], &a) != OK || type_of(c, parts[1], &b) != OK)
				return BAD;
			*out = type_tuple2(c->m, a, b);
			return OK;
		}
	}
	if (starts(x, "{") && match_close(x.s, x.e) == x.e - 1 && coro_type(c, x, out))
		return OK;
	/* opaque: kept as text */
	if (!balanced(x))
		return bad(c, x.s, "unbalanced type `%.*s`", (int)(span_len(x) > 80 ? 80 : span_len(x)), x.s);
	char *t = xstrndup(x.s, span_len(x));
	*out = type_intern(c->m, (Type){.kind = TY_OPAQUE, .text = t});
	free(t);
	return OK;
}

/* rustc prints a fn's signature with trimmed paths (`Async<TcpStream>`,
 * `watch::Receiver<()>`) and its locals with full ones (`Async<std::net::
 * TcpStream>`, `tokio::sync::watch::Receiver<()>`): in every path, the leading
 * lower-case (module) segments are dropped, so that both spell one type.
 * Malloc'd; strings are copied as they are. */
static int is_lower(int ch) { return (ch >= 'a' && ch <= 'z') || ch == '_'; }

static char *canon_type(Span x)
{
	char *out = malloc(span_len(x) + 1);
	if (!out)
		internal_error("out of memory");
	size_t n = 0;
	for (const char *p = x.s; p < x.e;) {
		if (*p == '"') {
			const char *q = skip_string(p, x.e);
			q = q ? q : x.e;
			memcpy(out + n, p, (size_t)(q - p));
			n += (size_t)(q - p);
			p = q;
			continue;
		}
		int at_start = p == x.s || (!is_ident(p[-1]) && p[-1] != ':' && p[-1] != '\'' && p[-1] != '#');
		if (at_start && is_lower(*p)) {
			/* drop `seg::` while seg is lower-case and another segment follows */
			const char *q = p;
			for (;;) {
				const char *r = q;
				if (r >= x.e || !is_lower(*r))
					break;
				while (r < x.e && is_ident(*r))
					r++;
				if (r + 2 < x.e && r[0] == ':' && r[1] == ':' && is_ident(r[2]))
					q = r + 2;
				else
					break;
			}
			if (q != p) {
				p = q;
				continue;
			}
		}
		out[n++] = *p++;
	}
	out[n] = 0;
	return out;
}

static int type_of(Ctx *c, Span raw, TypeId *out)
{
	raw = trim(raw);
	if (raw.s == raw.e)
		return bad(c, raw.s, "expected a type");
	if (c->depth >= MAX_DEPTH)
		return bad(c, raw.s, "type nested too deeply");
	TyCache *slot = cache_slot(c, raw);
	if (slot->text) {
		*out = slot->ty;
		return OK;
	}
	char *canon = canon_type(raw);
	Span x = {canon, canon + strlen(canon)};
	c->depth++;
	int r = type_uncached(c, x, out);
	c->depth--;
	free(canon);
	if (r != OK)
		return r;
	slot = cache_slot(c, raw); /* the recursion may have grown the table */
	if (!slot->text) {
		slot->text = xstrndup(raw.s, span_len(raw));
		slot->ty = *out;
		c->ncache++;
	}
	return OK;
}

/* ------------------------------------------------------------------ */
/* places, operands                                                    */
/* ------------------------------------------------------------------ */

static TypeId proj_base_type(const Fn *f, LocalId l, const Proj *pr, uint32_t n)
{
	TypeId t = f->locals[l].ty;
	for (uint32_t i = 0; i < n; i++) {
		if (pr[i].kind == PROJ_DEREF) {
			uint8_t k = type_get(f->mod, t)->kind;
			if (k != TY_REF && k != TY_REFMUT && k != TY_RAWMUT)
				return NO_ID;
			t = type_get(f->mod, t)->a;
		} else if (pr[i].kind == PROJ_FIELD) {
			t = pr[i].ty;
		}
	}
	return t;
}

#define MAX_PROJ 64
typedef struct PlaceBuf {
	LocalId local;
	Proj pr[MAX_PROJ];
	uint32_t n;
	int opaque;
} PlaceBuf;

/* place := `_N` | `(*` place `)` | `(` place `.K: ` type `)` | `(` place ` as ` V `)`
 *        | place `[` .. `]` (Index, ConstantIndex, Subslice: opaque) */
static int place_rec(Ctx *c, Span x, PlaceBuf *pb)
{
	x = trim(x);
	if (c->depth >= MAX_DEPTH)
		return bad(c, x.s, "place nested too deeply");
	if (x.s == x.e)
		return bad(c, x.s, "expected a place");
	if (x.e[-1] == ']') { /* index-like projections: a base place then `[..]` */
		const char *open = NULL;
		for (const char *p = x.s; p < x.e; p++) { /* the last top-level `[` */
			if (*p == '(') {
				p = match_close(p, x.e);
				if (!p)
					return bad(c, x.s, "unbalanced place");
				continue;
			}
			if (*p == '[')
				open = p;
		}
		if (!open || open == x.s || match_close(open, x.e) != x.e - 1)
			return bad(c, x.s, "bad index projection");
		int r = place_rec(c, (Span){x.s, open}, pb);
		if (r == BAD)
			return BAD;
		pb->opaque = 1;
		c->why = IO_PLACE;
		return OK;
	}
	if (x.s[0] == '_') {
		uint64_t l;
		if (parse_local_name(x, &l) != 0)
			return bad(c, x.s, "expected a local `_N`, found `%.*s`", (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
		if (l >= c->f->nlocals)
			return bad(c, x.s, "local _%llu is not declared", (unsigned long long)l);
		pb->local = (LocalId)l;
		pb->n = 0;
		return OK;
	}
	if (x.s[0] != '(' || match_close(x.s, x.e) != x.e - 1)
		return bad(c, x.s, "expected a place, found `%.*s`", (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
	Span in = {x.s + 1, x.e - 1};
	c->depth++;
	int r;
	if (in.s < in.e && in.s[0] == '*') {
		r = place_rec(c, drop_front(in, 1), pb);
		if (r == OK && pb->n < MAX_PROJ)
			pb->pr[pb->n++] = (Proj){.kind = PROJ_DEREF};
		else if (r == OK)
			r = bad(c, x.s, "too many projections");
		c->depth--;
		return r;
	}
	/* the base: `_N` or a parenthesised place, possibly with `[..]` after it */
	const char *p = in.s;
	if (p < in.e && *p == '(') {
		p = match_close(p, in.e);
		if (!p) {
			c->depth--;
			return bad(c, in.s, "unbalanced place");
		}
		p++;
	} else {
		if (p < in.e && *p == '_')
			p++;
		while (p < in.e && is_digit(*p))
			p++;
	}
	while (p < in.e && *p == '[') {
		const char *q = match_close(p, in.e);
		if (!q) {
			c->depth--;
			return bad(c, p, "unbalanced index");
		}
		p = q + 1;
	}
	Span base = {in.s, p}, rest = {p, in.e};
	r = place_rec(c, base, pb);
	c->depth--;
	if (r != OK)
		return r;
	if (pb->n >= MAX_PROJ)
		return bad(c, x.s, "too many projections");
	if (starts(rest, ".")) { /* `.K: T` */
		const char *colon = find_top(rest, ": ", 0);
		uint64_t k;
		if (!colon || parse_u64(trim((Span){rest.s + 1, colon}), &k) != 0 || k > UINT32_MAX)
			return bad(c, rest.s, "expected `.N: type` in a field projection");
		TypeId t;
		if (type_of(c, (Span){colon + 2, rest.e}, &t) != OK)
			return BAD;
		pb->pr[pb->n++] = (Proj){.kind = PROJ_FIELD, .index = (uint32_t)k, .ty = t};
		return OK;
	}
	if (starts(rest, " as ")) {
		Span v = trim(drop_front(rest, 4));
		if (starts(v, "variant#")) {
			uint64_t k;
			if (parse_u64(drop_front(v, 8), &k) != 0 || k > UINT32_MAX)
				return bad(c, v.s, "bad variant index");
			pb->pr[pb->n++] = (Proj){.kind = PROJ_DOWNCAST, .index = (uint32_t)k};
			return OK;
		}
		TypeId bt = pb->opaque ? NO_ID : proj_base_type(c->f, pb->local, pb->pr, pb->n);
		if (bt != NO_ID && type_get(c->m, bt)->kind == TY_POLL && (span_eq(v, "Ready") || span_eq(v, "Pending"))) {
			pb->pr[pb->n++] = (Proj){.kind = PROJ_DOWNCAST, .index = span_eq(v, "Ready") ? 0 : 1};
			return OK;
		}
		if (v.s == v.e || !balanced(v))
			return bad(c, v.s, "bad downcast");
		pb->opaque = 1; /* downcast by variant name, opaque cast, subtype */
		c->why = IO_PLACE;
		return OK;
	}
	return bad(c, rest.s, "expected a projection, found `%.*s`", (int)(span_len(rest) > 40 ? 40 : span_len(rest)), rest.s);
}

static int kind_of(const Ctx *c, TypeId t) { return t == NO_ID ? -1 : type_get(c->m, t)->kind; }

static int is_ptr_to(const Ctx *c, TypeId t, TypeKind k, TypeId a)
{
	return kind_of(c, t) == (int)k && type_get(c->m, t)->a == a;
}

static int record_upvar(Ctx *c, uint32_t i, TypeId ty)
{
	if (i >= MAX_LIST)
		return 0;
	while (c->nupv <= i) {
		if (c->nupv == c->capupv) {
			c->capupv = c->capupv ? c->capupv * 2 : 8;
			TypeId *n = realloc(c->upv, c->capupv * sizeof *n);
			if (!n)
				internal_error("out of memory");
			c->upv = n;
		}
		c->upv[c->nupv++] = NO_ID;
	}
	if (c->upv[i] == NO_ID)
		c->upv[i] = ty;
	return c->upv[i] == ty;
}

static int record_vfield(Ctx *c, uint32_t v, uint32_t f, TypeId ty)
{
	if (f >= MAX_LIST || v >= MAX_LIST)
		return 0;
	for (uint32_t i = 0; i < c->nvf; i++)
		if (c->vf[i].v == v && c->vf[i].f == f)
			return c->vf[i].ty == ty;
	if (c->nvf == c->capvf) {
		c->capvf = c->capvf ? c->capvf * 2 : 16;
		struct VField *n = realloc(c->vf, c->capvf * sizeof *n);
		if (!n)
			internal_error("out of memory");
		c->vf = n;
	}
	c->vf[c->nvf++] = (struct VField){v, f, ty};
	return 1;
}

static int is_own_coro(const Ctx *c, TypeId t)
{
	return c->own != NO_ID && kind_of(c, t) == TY_CORO && type_get(c->m, t)->coro == c->own;
}

/* verify.c's place rules: deref of pointers; fields of 2-tuples, Poll::Ready,
 * Pin and the fn's own coroutine (upvars and variant fields, recorded here);
 * downcasts of Poll and the own coroutine. */
static int place_check(Ctx *c, const PlaceBuf *pb)
{
	TypeId t = c->f->locals[pb->local].ty;
	int64_t variant = -1;
	for (uint32_t i = 0; i < pb->n; i++) {
		const Proj *pe = &pb->pr[i];
		int k = kind_of(c, t);
		const Type *ty = type_get(c->m, t);
		switch (pe->kind) {
		case PROJ_DEREF:
			if (variant >= 0 || (k != TY_REF && k != TY_REFMUT && k != TY_RAWMUT))
				return 0;
			t = ty->a;
			break;
		case PROJ_FIELD:
			if (k == TY_TUPLE) {
				if (pe->index > 1 || pe->ty != (pe->index ? ty->b : ty->a))
					return 0;
			} else if (k == TY_POLL) {
				if (variant != 0 || pe->index != 0 || pe->ty != ty->a)
					return 0;
			} else if (k == TY_PIN) {
				if (pe->index != 0 || pe->ty != ty->a)
					return 0;
			} else if (is_own_coro(c, t)) {
				if (variant < 0 ? !record_upvar(c, pe->index, pe->ty)
						: !record_vfield(c, (uint32_t)variant, pe->index, pe->ty))
					return 0;
			} else {
				return 0;
			}
			t = pe->ty;
			variant = -1;
			break;
		case PROJ_DOWNCAST:
			if (variant >= 0)
				return 0;
			if (k == TY_POLL) {
				if (pe->index > 1)
					return 0;
			} else if (is_own_coro(c, t)) {
				if (pe->index >= MAX_LIST)
					return 0;
				if (pe->index > c->maxvariant)
					c->maxvariant = pe->index;
			} else {
				return 0;
			}
			variant = pe->index;
			break;
		default:
			return 0;
		}
	}
	return 1;
}

static int place_of(Ctx *c, Span x, PlaceId *out)
{
	PlaceBuf pb = {0};
	int r = place_rec(c, x, &pb);
	if (r != OK)
		return r;
	if (pb.opaque || !place_check(c, &pb))
		return opaque(c, IO_PLACE);
	PlaceId p = place_local(c->f, pb.local);
	for (uint32_t i = 0; i < pb.n; i++)
		p = place_project(c->f, p, (ProjKind)pb.pr[i].kind, pb.pr[i].index, pb.pr[i].ty);
	*out = p;
	return OK;
}

static int int_type(Span suf, TypeKind *k)
{
	for (size_t i = 0; i < sizeof basic_types / sizeof *basic_types; i++)
		if (span_eq(suf, basic_types[i].name) && basic_types[i].k >= TY_U8 && basic_types[i].k <= TY_ISIZE) {
			*k = basic_types[i].k;
			return 1;
		}
	return 0;
}

/* const := `true` | `false` | `()` | [`-`] digits `_` inttype; anything else opaque. */
static int const_of(Ctx *c, Span x, Operand *out)
{
	x = trim(x);
	if (span_eq(x, "true") || span_eq(x, "false")) {
		*out = op_const(c->f, TY_BOOL, span_eq(x, "true"));
		return OK;
	}
	if (span_eq(x, "()")) {
		*out = op_const(c->f, TY_UNIT, 0);
		return OK;
	}
	int neg = starts(x, "-");
	Span num = neg ? drop_front(x, 1) : x;
	const char *us = NULL;
	for (const char *p = num.s; p < num.e; p++)
		if (*p == '_') {
			us = p;
			break;
		}
	TypeKind k;
	uint64_t v;
	if (!us || !int_type((Span){us + 1, num.e}, &k) || parse_u64((Span){num.s, us}, &v) != 0) {
		if (x.s == x.e || !balanced(x))
			return bad(c, x.s, "bad constant");
		return opaque(c, IO_CONST);
	}
	int bits = (k == TY_USIZE || k == TY_ISIZE) ? 64 : (int)(8u << (k == TY_U8 || k == TY_I8 ? 0 : k == TY_U16 || k == TY_I16 ? 1 : k == TY_U32 || k == TY_I32 ? 2 : 3));
	int is_signed = k >= TY_I8;
	uint64_t max = bits == 64 ? UINT64_MAX : (1ull << bits) - 1;
	if (!is_signed && (neg || v > max))
		return bad(c, x.s, "constant out of range");
	if (is_signed) {
		uint64_t lim = 1ull << (bits - 1); /* |min| */
		if ((neg && v > lim) || (!neg && v >= lim))
			return bad(c, x.s, "constant out of range");
	}
	uint64_t b = neg ? (uint64_t)0 - v : v;
	if (bits < 64)
		b &= max;
	*out = op_const(c->f, (TypeId)k, b);
	return OK;
}

static int operand_of(Ctx *c, Span x, Operand *out)
{
	x = trim(x);
	if (starts(x, "copy ") || starts(x, "move ")) {
		PlaceId p;
		int r = place_of(c, drop_front(x, 5), &p);
		if (r != OK)
			return r;
		*out = x.s[0] == 'c' ? op_copy(p) : op_move(p);
		return OK;
	}
	if (starts(x, "const "))
		return const_of(c, drop_front(x, 6), out);
	/* a zero-sized constant (a fn item, a unit struct) is printed as its path alone */
	if (x.s < x.e && (is_ident(*x.s) || *x.s == '<') && balanced(x))
		return opaque(c, IO_CONST);
	return bad(c, x.s, "expected an operand (copy, move or const), found `%.*s`",
		   (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
}

/* A comma list of operands; OPAQUE if any is. */
static int operands_of(Ctx *c, Span x, uint32_t *first, uint32_t *n)
{
	Span parts[64];
	int k = split_commas(x, parts, 64);
	if (k < 0)
		return opaque(c, IO_TERM); /* more than 64 operands: keep as text */
	Operand ops[64];
	int any_opaque = 0;
	ImportReason why = IO_CONST;
	for (int i = 0; i < k; i++) {
		int r = operand_of(c, parts[i], &ops[i]);
		if (r == BAD)
			return BAD;
		if (r == OPAQUE && !any_opaque)
			any_opaque = 1, why = c->why;
	}
	if (any_opaque)
		return opaque(c, why);
	*first = fn_add_args(c->f, ops, (uint32_t)k);
	*n = (uint32_t)k;
	return OK;
}

/* ------------------------------------------------------------------ */
/* statements                                                          */
/* ------------------------------------------------------------------ */

static int binop_of(Span name, int *checked)
{
	for (int i = 0; i < NBINOPS; i++) {
		if (span_eq(name, binop_name[i])) {
			*checked = 0;
			return i;
		}
		if (binop_checked_name[i] && span_eq(name, binop_checked_name[i])) {
			*checked = 1;
			return i;
		}
	}
	return -1;
}

/* `Name(args)` with the parenthesis closing at the end: args span. */
static int call_form(Span x, Span *name, Span *args)
{
	const char *open = NULL;
	for (const char *p = x.s; p < x.e; p++) {
		if (*p == '(') {
			open = p;
			break;
		}
		if (!is_ident(*p) && *p != ':')
			return 0;
	}
	if (!open || open == x.s || match_close(open, x.e) != x.e - 1)
		return 0;
	*name = (Span){x.s, open};
	*args = (Span){open + 1, x.e - 1};
	return 1;
}

static TypeId optype(const Ctx *c, Operand o)
{
	return o.kind == OP_CONST ? c->f->consts[o.v].ty : place_type(c->f, o.v);
}
static int is_int_t(const Ctx *c, TypeId t) { return t != NO_ID && type_is_int(c->m, t); }
static int is_int_or_bool(const Ctx *c, TypeId t) { return is_int_t(c, t) || t == TY_BOOL; }

/* verify.c's rvalue rules; OPAQUE (with the reason) when s breaks one. */
static int rv_typecheck(Ctx *c, const Stmt *s)
{
	TypeId dst = place_type(c->f, s->place), a = NO_ID, b = NO_ID;
	if (s->rv == RV_USE || s->rv == RV_UNARY || s->rv == RV_CAST || s->rv == RV_BINARY || s->rv == RV_CHECKED)
		a = optype(c, s->a);
	if (s->rv == RV_BINARY || s->rv == RV_CHECKED)
		b = optype(c, s->b);
	int ok = 1;
	switch (s->rv) {
	case RV_USE:
		ok = a == dst;
		break;
	case RV_BINARY:
		if (s->op == BIN_SHL || s->op == BIN_SHR)
			ok = is_int_t(c, a) && is_int_t(c, b) && dst == a;
		else if (binop_is_cmp[s->op] || s->op == BIN_BITAND || s->op == BIN_BITOR || s->op == BIN_BITXOR)
			ok = a == b && is_int_or_bool(c, a) && dst == (binop_is_cmp[s->op] ? (TypeId)TY_BOOL : a);
		else
			ok = a == b && is_int_t(c, a) && dst == a;
		break;
	case RV_CHECKED:
		ok = a == b && is_int_t(c, a) && kind_of(c, dst) == TY_TUPLE && type_get(c->m, dst)->a == a &&
		     type_get(c->m, dst)->b == TY_BOOL;
		break;
	case RV_UNARY:
		ok = dst == a && (s->op == UN_NOT ? is_int_or_bool(c, a) : is_int_t(c, a) && type_is_signed(c->m, a));
		break;
	case RV_CAST:
		ok = is_int_or_bool(c, a) && is_int_t(c, s->x) && dst == s->x;
		break;
	case RV_AGGREGATE: {
		uint32_t n = s->b.v;
		if (dst != s->x)
			ok = 0;
		else if (s->op == AGG_TUPLE)
			ok = n == 0 ? s->x == TY_UNIT
				    : n == 2 && kind_of(c, s->x) == TY_TUPLE &&
					      type_get(c->m, s->x)->a == optype(c, c->f->args[s->a.v]) &&
					      type_get(c->m, s->x)->b == optype(c, c->f->args[s->a.v + 1]);
		else if (s->op == AGG_POLL_READY)
			ok = kind_of(c, s->x) == TY_POLL && n == 1 && optype(c, c->f->args[s->a.v]) == type_get(c->m, s->x)->a;
		else
			ok = kind_of(c, s->x) == TY_POLL && n == 0;
		if (!ok && s->op == AGG_TUPLE)
			return opaque(c, IO_AGG);
		break;
	}
	case RV_DISCR: {
		TypeId t = place_type(c->f, s->a.v);
		if (kind_of(c, t) != TY_POLL && !is_own_coro(c, t))
			return opaque(c, IO_ENUM);
		ok = is_int_t(c, dst);
		break;
	}
	case RV_REF:
	case RV_REFMUT:
		ok = is_ptr_to(c, dst, s->rv == RV_REF ? TY_REF : TY_REFMUT, place_type(c->f, s->a.v));
		break;
	}
	return ok ? OK : opaque(c, IO_TYPE);
}

static int rvalue_of(Ctx *c, Span x, PlaceId dst, Stmt *s)
{
	x = trim(x);
	Span name, args;
	s->kind = ST_ASSIGN;
	s->place = dst;
	if (x.s == x.e || !balanced(x))
		return bad(c, x.s, "bad rvalue");
	const char *as = find_top(x, " as ", 1);
	if (as && (starts(x, "copy ") || starts(x, "move ") || starts(x, "const ")) && ends(x, ")")) {
		/* `op as T (Kind)` */
		const char *kind = find_top((Span){as, x.e}, " (", 1);
		if (!kind)
			return bad(c, as, "expected a cast kind");
		Span k = {kind + 2, x.e - 1};
		TypeId t;
		if (type_of(c, (Span){as + 4, kind}, &t) != OK)
			return BAD;
		if (!span_eq(k, "IntToInt") || !type_is_int(c->m, t))
			return opaque(c, IO_CAST);
		int r = operand_of(c, (Span){x.s, as}, &s->a);
		if (r != OK)
			return r;
		s->rv = RV_CAST;
		s->x = t;
		return OK;
	}
	if (starts(x, "copy ") || starts(x, "move ") || starts(x, "const ")) {
		s->rv = RV_USE;
		return operand_of(c, x, &s->a);
	}
	if (starts(x, "&raw ") || starts(x, "&fake ") || starts(x, "&/*tls*/"))
		return opaque(c, IO_RVALUE);
	if (starts(x, "&")) {
		int mut = starts(x, "&mut ");
		PlaceId p;
		int r = place_of(c, drop_front(x, mut ? 5 : 1), &p);
		if (r != OK)
			return r;
		s->rv = mut ? RV_REFMUT : RV_REF;
		s->a.v = p;
		return OK;
	}
	if (starts(x, "discriminant(") && ends(x, ")")) {
		PlaceId p;
		int r = place_of(c, (Span){x.s + 13, x.e - 1}, &p);
		if (r != OK)
			return r;
		s->rv = RV_DISCR;
		s->a.v = p;
		return OK;
	}
	if (call_form(x, &name, &args)) {
		int checked, op = binop_of(name, &checked);
		if (op >= 0) {
			Span parts[3];
			if (split_commas(args, parts, 3) != 2)
				return bad(c, args.s, "a binary operation takes two operands");
			int r = operand_of(c, parts[0], &s->a);
			if (r == OK)
				r = operand_of(c, parts[1], &s->b);
			if (r != OK)
				return r;
			s->rv = checked ? RV_CHECKED : RV_BINARY;
			s->op = (uint8_t)op;
			return OK;
		}
		for (int u = 0; u < NUNOPS; u++) {
			if (!span_eq(name, unop_name[u]))
				continue;
			int r = operand_of(c, args, &s->a);
			if (r != OK)
				return r;
			s->rv = RV_UNARY;
			s->op = (uint8_t)u;
			return OK;
		}
	}
	/* Poll::<T>::Ready(op) / Poll::<T>::Pending */
	static const char *const polls[] = {"Poll::<", "std::task::Poll::<", "core::task::Poll::<", NULL};
	for (int i = 0; polls[i]; i++) {
		if (!starts(x, polls[i]))
			continue;
		const char *open = x.s + strlen(polls[i]) - 1;
		const char *close = match_close(open, x.e);
		if (!close)
			return bad(c, open, "unbalanced type arguments");
		Span rest = {close + 1, x.e};
		TypeId t;
		if (type_of(c, (Span){open + 1, close}, &t) != OK)
			return BAD;
		TypeId pt = type_ptr(c->m, TY_POLL, t);
		s->rv = RV_AGGREGATE;
		s->x = pt;
		if (span_eq(rest, "::Pending")) {
			s->op = AGG_POLL_PENDING;
			s->a.v = fn_add_args(c->f, NULL, 0);
			s->b.v = 0;
			return OK;
		}
		if (starts(rest, "::Ready(") && ends(rest, ")") && match_close(rest.s + 7, rest.e) == rest.e - 1) {
			Operand o;
			int r = operand_of(c, (Span){rest.s + 8, rest.e - 1}, &o);
			if (r != OK)
				return r;
			s->op = AGG_POLL_READY;
			s->a.v = fn_add_args(c->f, &o, 1);
			s->b.v = 1;
			return OK;
		}
		return opaque(c, IO_ADT);
	}
	if (starts(x, "(") && match_close(x.s, x.e) == x.e - 1) {
		Span in = trim((Span){x.s + 1, x.e - 1});
		if (ends(in, ","))
			return opaque(c, IO_AGG); /* 1-tuple: printed without the comma by print.c */
		TypeId t = place_type(c->f, dst);
		if (t == NO_ID)
			return opaque(c, IO_AGG);
		uint32_t first, n;
		int r = operands_of(c, in, &first, &n);
		if (r != OK)
			return r;
		s->rv = RV_AGGREGATE;
		s->op = AGG_TUPLE;
		s->x = t;
		s->a.v = first;
		s->b.v = n;
		return OK;
	}
	if (starts(x, "{closure@") || starts(x, "{coroutine@") || starts(x, "{async closure@"))
		return opaque(c, IO_CLOSURE);
	if (starts(x, "[") && !find_top((Span){x.s + 1, x.e - 1}, "; ", 0))
		return opaque(c, IO_AGG);
	if (starts(x, "*const ") || starts(x, "*mut "))
		return opaque(c, IO_AGG);
	static const char *const ops[] = {"Len(", "SizeOf(", "AlignOf(", "OffsetOf(", "UbChecks(", "ContractChecks(",
					  "PtrMetadata(", "Offset(", "Cmp(", "ShallowInitBox(", "deref_copy ", "Repeat(",
					  "CopyForDeref(", "wrap_binder!(", NULL};
	for (int i = 0; ops[i]; i++)
		if (starts(x, ops[i]))
			return opaque(c, IO_RVALUE);
	/* `[x; N]` is Repeat; `[a, b]` an array */
	if (starts(x, "[") && find_top((Span){x.s + 1, x.e - 1}, "; ", 0))
		return opaque(c, IO_RVALUE);
	/* a lower-case `op(..)` without a path is an rvalue operator the model lacks */
	if (call_form(x, &name, &args) && !find_top(name, "::", 0) && name.s[0] >= 'a' && name.s[0] <= 'z')
		return opaque(c, IO_RVALUE);
	/* ADT aggregates: `Foo::<T>::Bar(..)`, `Foo { .. }`, `Bar`, `<T as X>::Y` */
	if (is_ident(x.s[0]) || x.s[0] == '<')
		return opaque(c, IO_ADT);
	return opaque(c, IO_RVALUE);
}

static const char *const opaque_stmt_kinds[] = {
	"FakeRead(", "Retag(", "AscribeUserType(", "Coverage::", "ConstEvalCounter", "Deinit(", "assume(",
	"copy_nonoverlapping(", "BackwardIncompatibleDropHint(", "Intrinsic(", "SetDiscriminant(", NULL,
};

static void push_opaque_stmt(Ctx *c, BlockId b, Span text)
{
	char *t = xstrndup(text.s, span_len(text));
	Stmt s = {.kind = ST_NOP, .x = fn_add_name(c->f, t) + 1};
	free(t);
	fn_push_stmt(c->f, b, s);
}

/* Returns OK, OPAQUE (pushed as opaque) or BAD. */
static int stmt_of(Ctx *c, BlockId b, Span x)
{
	Stmt s = {0};
	Span name, args;
	int r;
	if (span_eq(x, "nop")) {
		fn_push_stmt(c->f, b, stmt_nop());
		return OK;
	}
	if ((starts(x, "StorageLive(") || starts(x, "StorageDead(")) && call_form(x, &name, &args)) {
		uint64_t l;
		if (parse_local_name(trim(args), &l) != 0)
			return bad(c, args.s, "expected a local");
		if (l >= c->f->nlocals)
			return bad(c, args.s, "local _%llu is not declared", (unsigned long long)l);
		fn_push_stmt(c->f, b, stmt_storage(x.s[7] == 'L' ? ST_STORAGE_LIVE : ST_STORAGE_DEAD, (LocalId)l));
		return OK;
	}
	if (starts(x, "PlaceMention(") && ends(x, ")")) {
		PlaceId p;
		r = place_of(c, (Span){x.s + 13, x.e - 1}, &p);
		if (r == OK)
			fn_push_stmt(c->f, b, (Stmt){.kind = ST_PLACE_MENTION, .place = p});
		goto done;
	}
	const char *eq = find_top(x, " = ", 0);
	if (starts(x, "discriminant(") && eq) {
		Span lhs = {x.s, eq};
		uint64_t k;
		if (!ends(lhs, ")") || parse_u64(trim((Span){eq + 3, x.e}), &k) != 0 || k > UINT32_MAX)
			return bad(c, x.s, "expected `discriminant(place) = N`");
		PlaceId p;
		r = place_of(c, (Span){x.s + 13, lhs.e - 1}, &p);
		if (r == OK) {
			TypeId t = place_type(c->f, p);
			if (kind_of(c, t) == TY_POLL ? k > 1 : !is_own_coro(c, t) || k >= MAX_LIST)
				r = opaque(c, IO_ENUM);
			else if (kind_of(c, t) != TY_POLL && k > c->maxvariant)
				c->maxvariant = (uint32_t)k;
		}
		if (r == OK)
			fn_push_stmt(c->f, b, (Stmt){.kind = ST_SET_DISCR, .place = p, .x = (uint32_t)k});
		goto done;
	}
	if (eq) {
		PlaceId p = 0;
		r = place_of(c, (Span){x.s, eq}, &p);
		if (r == BAD)
			return BAD;
		if (r == OPAQUE) { /* still check the rvalue reads */
			if (!balanced((Span){eq + 3, x.e}))
				return bad(c, eq + 3, "bad rvalue");
			goto done;
		}
		r = rvalue_of(c, (Span){eq + 3, x.e}, p, &s);
		if (r == OK)
			r = rv_typecheck(c, &s);
		if (r == OK)
			fn_push_stmt(c->f, b, s);
		goto done;
	}
	for (int i = 0; opaque_stmt_kinds[i]; i++)
		if (starts(x, opaque_stmt_kinds[i]) && balanced(x)) {
			r = opaque(c, IO_STMT);
			goto done;
		}
	return bad(c, x.s, "unknown statement `%.*s`", (int)(span_len(x) > 60 ? 60 : span_len(x)), x.s);
done:
	if (r == OPAQUE)
		push_opaque_stmt(c, b, x);
	return r;
}

/* ------------------------------------------------------------------ */
/* terminators                                                         */
/* ------------------------------------------------------------------ */

static int block_ref(Ctx *c, Span x, BlockId *out)
{
	uint64_t v;
	x = trim(x);
	if (!starts(x, "bb") || parse_u64(drop_front(x, 2), &v) != 0 || v >= MAX_BLOCKS)
		return bad(c, x.s, "expected a block `bbN`");
	*out = (BlockId)v;
	return OK;
}

static int unwind_of(Ctx *c, Span x, Term *t)
{
	x = trim(x);
	for (int k = 0; k < NUNWINDKINDS; k++)
		if (k != UW_CLEANUP && span_eq(x, unwind_name[k])) {
			t->unwind = (uint8_t)k;
			return OK;
		}
	if (starts(x, "unwind: ")) {
		t->unwind = UW_CLEANUP;
		return block_ref(c, drop_front(x, 8), &t->unwind_bb);
	}
	return bad(c, x.s, "unwind action `%.*s` is not modelled", (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
}

/* succ := `bbN` | unwind | `[` label `: bbN` {`, ` ..} `]`; fills target/unwind
 * (the first label is the target; `drop:` for yields). */
static int succ_of(Ctx *c, Span x, Term *t, const char *label)
{
	x = trim(x);
	t->target = NO_BLOCK;
	t->drop = NO_BLOCK;
	t->unwind_bb = NO_BLOCK;
	t->unwind = UW_CONTINUE;
	if (starts(x, "bb")) { /* one successor, no unwind text: the cleanup of a diverging call */
		t->unwind = UW_CLEANUP;
		return block_ref(c, x, &t->unwind_bb);
	}
	if (starts(x, "unwind"))
		return unwind_of(c, x, t);
	if (!starts(x, "[") || match_close(x.s, x.e) != x.e - 1)
		return bad(c, x.s, "expected successors");
	Span parts[4];
	int n = split_commas((Span){x.s + 1, x.e - 1}, parts, 4);
	if (n < 1)
		return bad(c, x.s, "expected successors");
	int have_target = 0, have_unwind = 0;
	for (int i = 0; i < n; i++) {
		Span p = parts[i];
		if (starts(p, "unwind")) {
			if (have_unwind || unwind_of(c, p, t) != OK)
				return bad(c, p.s, "bad unwind action");
			have_unwind = 1;
		} else if (label && starts(p, label) && !have_target) {
			size_t ln = strlen(label);
			if (!starts(drop_front(p, ln), ": "))
				return bad(c, p.s, "expected `%s: bbN`", label);
			if (block_ref(c, drop_front(p, ln + 2), &t->target) != OK)
				return BAD;
			have_target = 1;
		} else if (starts(p, "drop: ") && t->kind == TK_YIELD) {
			if (block_ref(c, drop_front(p, 6), &t->drop) != OK)
				return BAD;
		} else {
			return bad(c, p.s, "unexpected successor `%.*s`", (int)(span_len(p) > 40 ? 40 : span_len(p)), p.s);
		}
	}
	if (!have_target && !have_unwind)
		return bad(c, x.s, "expected successors");
	return OK;
}

static Term term0(TermKind k)
{
	return (Term){.kind = (uint8_t)k, .target = NO_BLOCK, .drop = NO_BLOCK, .unwind_bb = NO_BLOCK};
}

/* Opaque terminator: `_P = {opaque} TEXT() -> succ`. */
static int opaque_term(Ctx *c, Span text, Span succ, ImportReason why, Term *t)
{
	*t = term0(TK_CALL);
	if (succ.s != succ.e) {
		const char *label = starts(trim(succ), "[") ? NULL : "";
		Span parts[4];
		int n = 0;
		if (!label) { /* the first labelled block is the target, whatever its label */
			Span s = trim(succ);
			n = split_commas((Span){s.s + 1, s.e - 1}, parts, 4);
			if (n < 1 || n > 2)
				return bad(c, s.s, "an opaque terminator with %d successors", n);
			for (int i = 0; i < n; i++) {
				if (starts(parts[i], "unwind")) {
					if (unwind_of(c, parts[i], t) != OK)
						return BAD;
					continue;
				}
				const char *colon = find_top(parts[i], ": ", 0);
				if (!colon || t->target != NO_BLOCK || block_ref(c, (Span){colon + 2, parts[i].e}, &t->target) != OK)
					return bad(c, parts[i].s, "bad successor");
			}
		} else if (succ_of(c, succ, t, NULL) != OK) {
			return BAD;
		}
	} else {
		t->unwind = UW_UNREACHABLE; /* no successor at all (e.g. abort) */
	}
	t->op = CALLEE_FN;
	size_t pl = strlen(IMPORT_OPAQUE_PREFIX);
	char *name = malloc(pl + span_len(text) + 1);
	if (!name)
		internal_error("out of memory");
	memcpy(name, IMPORT_OPAQUE_PREFIX, pl);
	memcpy(name + pl, text.s, span_len(text));
	name[pl + span_len(text)] = 0;
	t->x = fn_add_name(c->f, name);
	free(name);
	if (c->placeholder == NO_ID)
		c->placeholder = fn_add_local(c->f, type_intern(c->m, (Type){.kind = TY_OPAQUE, .text = IMPORT_OPAQUE_TYPE}),
					      NULL, 0);
	t->place = place_local(c->f, c->placeholder);
	t->args = fn_add_args(c->f, NULL, 0);
	t->nargs = 0;
	c->why = why;
	return OPAQUE;
}

static int match_fmt(Span msg, const char *fmt, const char *arg, int *ok)
{
	char buf[256];
	size_t j = 0;
	for (const char *p = fmt; *p && j + 1 < sizeof buf; p++) {
		if (p[0] == '%' && p[1] == 's') {
			for (const char *a = arg; *a && j + 1 < sizeof buf; a++)
				buf[j++] = *a;
			p++;
		} else if (p[0] == '%' && p[1] == '%') {
			buf[j++] = '%';
			p++;
		} else {
			buf[j++] = *p;
		}
	}
	buf[j] = 0;
	*ok = span_eq(msg, buf);
	return *ok;
}

/* The assert message: which AssertKind and its x. 0 if not modelled. */
static int assert_kind(Span msg, uint8_t *kind, uint32_t *x)
{
	int ok;
	for (int k = 0; k < NASSERTKINDS; k++) {
		if (k == AK_OVERFLOW) {
			for (int op = 0; op < NBINOPS; op++)
				if (match_fmt(msg, assert_fmt[k], binop_symbol[op], &ok)) {
					*kind = (uint8_t)k, *x = (uint32_t)op;
					return 1;
				}
		} else if (match_fmt(msg, assert_fmt[k], "", &ok)) {
			*kind = (uint8_t)k, *x = 0;
			return 1;
		}
	}
	return 0;
}

static int callee_of(Ctx *c, Span x, Term *t)
{
	Span in;
	x = trim(x);
	t->op = CALLEE_FN;
	static const char *const into[] = {" as IntoFuture>::into_future", " as std::future::IntoFuture>::into_future",
					   " as core::future::IntoFuture>::into_future", NULL};
	/* futures_util, futures_core, futures_lite and futures re-export
	 * core::future::Future: rustc prints the path it was named by */
	static const char *const poll[] = {" as Future>::poll", " as std::future::Future>::poll",
					   " as core::future::Future>::poll", " as futures_util::Future>::poll",
					   " as futures_core::Future>::poll", " as futures_lite::Future>::poll",
					   " as futures::Future>::poll", NULL};
	const char *const *tabs[2] = {into, poll};
	for (int w = 0; w < 2; w++)
		for (int i = 0; tabs[w][i]; i++) {
			if (!starts(x, "<") || !ends(x, tabs[w][i]))
				continue;
			/* `<T as Trait>::m`: the `<` must close at the `>` of the suffix */
			const char *as = x.e - strlen(tabs[w][i]);
			const char *gt = as + (strchr(tabs[w][i], '>') - tabs[w][i]);
			if (match_close(x.s, x.e) != gt)
				continue;
			TypeId ty;
			if (type_of(c, (Span){x.s + 1, as}, &ty) != OK)
				return BAD;
			t->op = w == 0 ? CALLEE_INTO_FUTURE : CALLEE_POLL;
			t->x = ty;
			return OK;
		}
	static const char *const pins[] = {"Pin::<&mut ", "std::pin::Pin::<&mut ", "core::pin::Pin::<&mut ", NULL};
	for (int i = 0; pins[i]; i++) {
		if (!starts(x, pins[i]) || !ends(x, ">::new_unchecked"))
			continue;
		const char *open = x.s + strlen(pins[i]) - 6;
		if (match_close(open, x.e) != x.e - strlen("::new_unchecked") - 1)
			continue;
		TypeId ty;
		if (type_of(c, (Span){open + 6, x.e - strlen(">::new_unchecked")}, &ty) != OK)
			return BAD;
		t->op = CALLEE_PIN_NEW;
		t->x = ty;
		return OK;
	}
	if (span_eq(x, "std::future::get_context::<'_, '_>")) {
		t->op = CALLEE_GET_CONTEXT;
		t->x = 0;
		return OK;
	}
	static const char *const dip[] = {"std::ptr::drop_in_place::<", "core::ptr::drop_in_place::<", NULL};
	if (generic1(x, dip, &in)) {
		TypeId ty;
		if (type_of(c, in, &ty) != OK)
			return BAD;
		t->op = CALLEE_DROP_IN_PLACE;
		t->x = ty;
		return OK;
	}
	if (x.s == x.e || !balanced(x))
		return bad(c, x.s, "bad callee");
	char *name = xstrndup(x.s, span_len(x));
	t->x = fn_add_name(c->f, name);
	free(name);
	return OK;
}

static struct Sig *sig_slot(Ctx *c, const char *name)
{
	if (c->nsigs * 2 >= c->capsigs) {
		uint32_t ncap = c->capsigs ? c->capsigs * 2 : 256;
		struct Sig *nt = calloc(ncap, sizeof *nt);
		if (!nt)
			internal_error("out of memory");
		for (uint32_t i = 0; i < c->capsigs; i++) {
			if (!c->sigs[i].name)
				continue;
			const char *k = c->sigs[i].name;
			uint32_t h = hash_span((Span){k, k + strlen(k)}) & (ncap - 1);
			while (nt[h].name)
				h = (h + 1) & (ncap - 1);
			nt[h] = c->sigs[i];
		}
		free(c->sigs);
		c->sigs = nt;
		c->capsigs = ncap;
	}
	uint32_t h = hash_span((Span){name, name + strlen(name)}) & (c->capsigs - 1);
	while (c->sigs[h].name && strcmp(c->sigs[h].name, name) != 0)
		h = (h + 1) & (c->capsigs - 1);
	return &c->sigs[h];
}

/* A call of a CALLEE_FN: the first call site of a name fixes its signature. */
static int sig_check(Ctx *c, const Term *t)
{
	const char *name = c->f->names[t->x];
	TypeId dst = place_type(c->f, t->place);
	struct Sig *sg = sig_slot(c, name);
	if (!sg->name) {
		sg->name = xstrndup(name, strlen(name));
		sg->nargs = t->nargs;
		sg->args = malloc((t->nargs + 1) * sizeof *sg->args);
		if (!sg->args)
			internal_error("out of memory");
		for (uint32_t i = 0; i < t->nargs; i++)
			sg->args[i] = optype(c, c->f->args[t->args + i]);
		sg->ret = dst;
		c->nsigs++;
		return OK;
	}
	int ok = sg->nargs == t->nargs && sg->ret == dst;
	for (uint32_t i = 0; ok && i < t->nargs; i++)
		ok = sg->args[i] == optype(c, c->f->args[t->args + i]);
	return ok ? OK : opaque(c, IO_TYPE);
}

static void fix_output(Ctx *c, uint32_t coro, TypeId out)
{
	if (coro >= c->capout) {
		uint32_t ncap = c->capout ? c->capout : 64;
		while (ncap <= coro)
			ncap *= 2;
		uint8_t *n = realloc(c->outset, ncap);
		if (!n)
			internal_error("out of memory");
		memset(n + c->capout, 0, ncap - c->capout);
		c->outset = n;
		c->capout = ncap;
	}
	if (!c->outset[coro]) {
		c->m->coros[coro].output = out;
		c->outset[coro] = 1;
	}
}

static int output_fixed(const Ctx *c, uint32_t coro) { return coro < c->capout && c->outset[coro]; }

/* Fixes a coroutine's output from its resume fn's `let mut _0` read ahead. */
static void pre_output(Ctx *c, uint32_t coro)
{
	if (output_fixed(c, coro))
		return;
	const Coroutine *co = &c->m->coros[coro];
	for (uint32_t i = 0; i < c->npre; i++) {
		if (c->pre[i].kind != co->kind || strcmp(c->pre[i].name, co->name) != 0)
			continue;
		Diag keep = c->d;
		const Line *at = c->line;
		TypeId t;
		c->line = c->pre[i].line;
		int r = type_of(c, c->pre[i].out, &t);
		c->line = at;
		c->d = keep; /* the resume fn reports its own errors */
		if (r == OK && kind_of(c, t) == TY_POLL)
			fix_output(c, coro, type_get(c->m, t)->a);
		return;
	}
}

/* verify.c's call rules. A trait-method callee whose types do not fit the
 * model becomes the plain path it was printed as. */
static int call_typecheck(Ctx *c, Term *t, Span callee)
{
	TypeId dst = place_type(c->f, t->place), x = t->x;
	TypeId o0 = t->nargs > 0 ? optype(c, c->f->args[t->args]) : NO_ID;
	TypeId o1 = t->nargs > 1 ? optype(c, c->f->args[t->args + 1]) : NO_ID;
	int ok = 0;
	switch (t->op) {
	case CALLEE_FN:
		return sig_check(c, t);
	case CALLEE_INTO_FUTURE:
		ok = t->nargs == 1 && o0 == x && dst == x;
		break;
	case CALLEE_PIN_NEW:
		ok = t->nargs == 1 && is_ptr_to(c, o0, TY_REFMUT, x) && kind_of(c, dst) == TY_PIN &&
		     is_ptr_to(c, type_get(c->m, dst)->a, TY_REFMUT, x);
		break;
	case CALLEE_GET_CONTEXT:
		ok = t->nargs == 1 && o0 == TY_RESUMETY && is_ptr_to(c, dst, TY_REFMUT, TY_CONTEXT);
		break;
	case CALLEE_DROP_IN_PLACE:
		ok = t->nargs == 1 && is_ptr_to(c, o0, TY_RAWMUT, x) && dst == TY_UNIT;
		break;
	case CALLEE_POLL:
		if (kind_of(c, x) != TY_CORO)
			break;
		if (kind_of(c, dst) == TY_POLL) {
			uint32_t co = type_get(c->m, x)->coro;
			TypeId want = type_get(c->m, dst)->a;
			pre_output(c, co);
			if (output_fixed(c, co) && c->m->coros[co].output != want && !c->no_inst && !c->alias &&
			    co != c->own) {
				c->want_inst = 1;
				c->inst_coro = co;
				c->inst_out = want;
				return bad(c, callee.s, "poll of another instance of %s", c->m->coros[co].name);
			}
			fix_output(c, co, want);
		}
		ok = t->nargs == 2 && kind_of(c, o0) == TY_PIN && is_ptr_to(c, type_get(c->m, o0)->a, TY_REFMUT, x) &&
		     is_ptr_to(c, o1, TY_REFMUT, TY_CONTEXT) &&
		     is_ptr_to(c, dst, TY_POLL, c->m->coros[type_get(c->m, x)->coro].output);
		break;
	}
	if (ok)
		return OK;
	char *name = xstrndup(callee.s, span_len(callee));
	t->op = CALLEE_FN;
	t->x = fn_add_name(c->f, name);
	free(name);
	return sig_check(c, t);
}

/* Fills *t; returns OK, OPAQUE (t is the opaque placeholder) or BAD. */
static int term_of(Ctx *c, Span x, Term *t)
{
	*t = term0(TK_RETURN);
	const char *arrow = find_top(x, " -> ", 0);
	Span head = arrow ? trim((Span){x.s, arrow}) : x;
	Span succ = arrow ? trim((Span){arrow + 4, x.e}) : (Span){x.e, x.e};
	for (int k = 0; k < NTERMKINDS; k++)
		if (!arrow && (k == TK_RETURN || k == TK_UNREACHABLE || k == TK_RESUME || k == TK_COROUTINE_DROP) &&
		    span_eq(x, term_name[k])) {
			*t = term0((TermKind)k);
			return OK;
		}
	if (span_eq(head, "goto") && arrow) {
		*t = term0(TK_GOTO);
		return block_ref(c, succ, &t->target);
	}
	if (starts(head, "switchInt(") && ends(head, ")") && arrow) {
		*t = term0(TK_SWITCH);
		if (!starts(succ, "[") || match_close(succ.s, succ.e) != succ.e - 1)
			return bad(c, succ.s, "expected switch targets");
		int r = operand_of(c, (Span){head.s + 10, head.e - 1}, &t->a);
		if (r != OK)
			return r == OPAQUE ? bad(c, head.s, "switchInt on an operand the model lacks") : BAD;
		TypeId st = optype(c, t->a);
		if (!is_int_or_bool(c, st))
			return bad(c, head.s, "switchInt on a value of a type the model lacks");
		int sbits = st == TY_BOOL ? 1 : type_int_bits(c->m, st);
		Span rest = {succ.s + 1, succ.e - 1};
		SwitchArm *arms = NULL;
		uint32_t narms = 0, cap = 0;
		int got_otherwise = 0;
		while (rest.s < rest.e) {
			const char *comma = find_top(rest, ",", 0);
			Span p = trim((Span){rest.s, comma ? comma : rest.e});
			rest = comma ? (Span){comma + 1, rest.e} : (Span){rest.e, rest.e};
			const char *colon = find_top(p, ": ", 0);
			if (!colon || got_otherwise) {
				free(arms);
				return bad(c, p.s, "expected `value: bbN` or `otherwise: bbN`");
			}
			BlockId bb;
			if (block_ref(c, (Span){colon + 2, p.e}, &bb) != OK) {
				free(arms);
				return BAD;
			}
			Span v = trim((Span){p.s, colon});
			if (span_eq(v, "otherwise")) {
				t->target = bb;
				got_otherwise = 1;
				continue;
			}
			uint64_t val;
			if (parse_u64(v, &val) != 0 || narms >= MAX_LIST || (sbits < 64 && val >> sbits)) {
				free(arms);
				return bad(c, v.s, "switch value does not fit the switched type");
			}
			if (narms == cap) {
				cap = cap ? cap * 2 : 8;
				SwitchArm *na = realloc(arms, cap * sizeof *na);
				if (!na)
					internal_error("out of memory");
				arms = na;
			}
			arms[narms++] = (SwitchArm){val, bb};
		}
		if (!got_otherwise) {
			free(arms);
			return bad(c, succ.s, "switchInt without `otherwise`");
		}
		t->args = fn_add_arms(c->f, arms, narms);
		t->nargs = narms;
		free(arms);
		return OK;
	}
	if (starts(head, "drop(") && ends(head, ")") && arrow) {
		*t = term0(TK_DROP);
		if (succ_of(c, succ, t, "return") != OK)
			return BAD;
		int r = place_of(c, (Span){head.s + 5, head.e - 1}, &t->place);
		if (r == OPAQUE)
			return opaque_term(c, head, succ, c->why, t);
		return r;
	}
	if (starts(head, "assert(") && ends(head, ")") && arrow) {
		Span parts[8];
		int n = split_commas((Span){head.s + 7, head.e - 1}, parts, 8);
		if (n < 0) {
			*t = term0(TK_ASSERT);
			return opaque_term(c, head, succ, IO_ASSERT, t);
		}
		if (n < 2 || !starts(parts[1], "\"") || !ends(parts[1], "\"") || span_len(parts[1]) < 2)
			return bad(c, head.s, "expected `assert(cond, \"message\", ..)`");
		*t = term0(TK_ASSERT);
		if (succ_of(c, succ, t, "success") != OK)
			return BAD;
		uint8_t kind;
		uint32_t ax;
		if (!assert_kind((Span){parts[1].s + 1, parts[1].e - 1}, &kind, &ax))
			return opaque_term(c, head, succ, IO_ASSERT, t);
		Span cond = parts[0];
		t->op = 1;
		if (starts(cond, "!")) {
			t->op = 0;
			cond = drop_front(cond, 1);
		}
		int r = operand_of(c, cond, &t->a);
		Operand ops[8];
		for (int i = 2; r == OK && i < n; i++)
			r = operand_of(c, parts[i], &ops[i - 2]);
		if (r == OPAQUE)
			return opaque_term(c, head, succ, c->why, t);
		if (r != OK)
			return r;
		if ((uint32_t)(n - 2) != assert_nargs[kind])
			return opaque_term(c, head, succ, IO_ASSERT, t);
		if (optype(c, t->a) != TY_BOOL)
			return opaque_term(c, head, succ, IO_TYPE, t);
		t->msg = kind;
		t->x = ax;
		t->args = fn_add_args(c->f, ops, (uint32_t)(n - 2));
		t->nargs = (uint32_t)(n - 2);
		return OK;
	}
	const char *eq = find_top(head, " = ", 0);
	if (eq && arrow) {
		Span rhs = trim((Span){eq + 3, head.e});
		if (starts(rhs, "yield(") && ends(rhs, ")")) {
			*t = term0(TK_YIELD);
			if (succ_of(c, succ, t, "resume") != OK)
				return BAD;
			int r = place_of(c, (Span){head.s, eq}, &t->place);
			if (r == OK)
				r = operand_of(c, (Span){rhs.s + 6, rhs.e - 1}, &t->a);
			if (r == OPAQUE)
				return bad(c, head.s, "yield with an operand the model lacks");
			return r;
		}
		if (!ends(rhs, ")"))
			return bad(c, rhs.s, "expected a call");
		/* the argument list is the last top-level parenthesis */
		const char *open = NULL;
		for (const char *p = rhs.s; p < rhs.e;) {
			const char *q;
			if (*p == '"') {
				q = skip_string(p, rhs.e);
			} else if (*p == '\'') {
				q = skip_quote(p, rhs.e);
			} else if (*p == '-' && p + 1 < rhs.e && p[1] == '>') {
				q = p + 2;
			} else if (*p == '(' || *p == '[' || *p == '{' || *p == '<') {
				if (*p == '(')
					open = p;
				q = match_close(p, rhs.e);
				q = q ? q + 1 : NULL;
			} else {
				q = p + 1;
			}
			if (!q)
				return bad(c, p, "unbalanced call");
			p = q;
		}
		if (!open || match_close(open, rhs.e) != rhs.e - 1 || open == rhs.s)
			return bad(c, rhs.s, "expected a call `callee(args)`");
		*t = term0(TK_CALL);
		if (succ_of(c, succ, t, "return") != OK)
			return BAD;
		Span callee = trim((Span){rhs.s, open});
		if (starts(callee, IMPORT_OPAQUE_PREFIX) && span_len(trim((Span){open + 1, rhs.e - 1})) == 0) {
			/* an opaque terminator as print_fn writes it: read back as it was */
			PlaceId p;
			int r = place_of(c, (Span){head.s, eq}, &p);
			if (r != OK || !place_is_local(c->f, p))
				return bad(c, head.s, "an opaque terminator writes a plain local");
			char *name = xstrndup(callee.s, span_len(callee));
			t->op = CALLEE_FN;
			t->x = fn_add_name(c->f, name);
			free(name);
			t->place = p;
			t->args = fn_add_args(c->f, NULL, 0);
			t->nargs = 0;
			c->placeholder = c->f->places[p].local;
			c->why = IO_TERM;
			return OPAQUE;
		}
		int r = callee_of(c, callee, t);
		if (r != OK)
			return r;
		r = place_of(c, (Span){head.s, eq}, &t->place);
		if (r == OK)
			r = operands_of(c, (Span){open + 1, rhs.e - 1}, &t->args, &t->nargs);
		if (r == OK)
			r = call_typecheck(c, t, callee);
		if (r == OPAQUE)
			return opaque_term(c, head, succ, c->why, t);
		return r;
	}
	/* other terminators rustc prints: abort/terminate, tail calls, inline asm, false edges */
	static const char *const others[] = {"abort", "terminate", "tailcall", "tail call", "asm!", "falseEdge",
					     "falseUnwind", "UnwindTerminate", NULL};
	for (int i = 0; others[i]; i++)
		if (starts(head, others[i]) && balanced(head))
			return opaque_term(c, head, succ, IO_TERM, t);
	return bad(c, x.s, "unknown terminator `%.*s`", (int)(span_len(x) > 60 ? 60 : span_len(x)), x.s);
}

/* ------------------------------------------------------------------ */
/* fns                                                                 */
/* ------------------------------------------------------------------ */

typedef struct Decl {
	const Line *line;
	Span ty;
	int mutbl;
	int seen;
	Span debug; /* first debug name */
} Decl;

static int is_resume_header(Span params)
{
	return starts(params, "_1: Pin<&mut {async ") || starts(params, "_1: std::pin::Pin<&mut {async ");
}

/* The own coroutine's upvars and layout, as the fn's places use them. */
static void coro_info(Ctx *c, const Span *dnames, const Span *dplaces, uint32_t ndebug)
{
	Module *m = c->m;
	Coroutine *co = &m->coros[c->own];
	TypeId unseen = type_intern(m, (Type){.kind = TY_OPAQUE, .text = IMPORT_UNSEEN_TYPE});
	Diag keep = c->d;
	for (uint32_t i = 0; i < c->nupv; i++) {
		char buf[32], *name = NULL;
		for (uint32_t k = 0; k < ndebug && !name; k++) { /* `((*_N).F: T)` with _N the self reference */
			PlaceBuf pb = {0};
			if (place_rec(c, dplaces[k], &pb) == OK && !pb.opaque && pb.n == 2 && pb.pr[0].kind == PROJ_DEREF &&
			    pb.pr[1].kind == PROJ_FIELD && pb.pr[1].index == i &&
			    is_ptr_to(c, c->f->locals[pb.local].ty, TY_REFMUT, type_coro(m, c->own)))
				name = xstrndup(dnames[k].s, span_len(dnames[k]));
		}
		c->d = keep; /* debug info that does not read is not an error */
		snprintf(buf, sizeof buf, "upvar#%u", i);
		coro_add_upvar(m, c->own, name ? name : buf, c->upv[i] == NO_ID ? unseen : c->upv[i]);
		free(name);
	}
	Layout *l = arena_alloc(m->arena, sizeof *l);
	l->nvariants = c->maxvariant + 1;
	l->field_start = arena_alloc(m->arena, l->nvariants * sizeof *l->field_start);
	l->nfields = arena_alloc(m->arena, l->nvariants * sizeof *l->nfields);
	for (uint32_t i = 0; i < c->nvf; i++)
		if (c->vf[i].f + 1 > l->nfields[c->vf[i].v])
			l->nfields[c->vf[i].v] = c->vf[i].f + 1;
	for (uint32_t v = 0; v < l->nvariants; v++) {
		l->field_start[v] = l->nsaved;
		l->nsaved += l->nfields[v];
	}
	l->saved = arena_alloc(m->arena, (l->nsaved + 1) * sizeof *l->saved);
	l->fields = arena_alloc(m->arena, (l->nsaved + 1) * sizeof *l->fields);
	for (uint32_t i = 0; i < l->nsaved; i++) { /* one saved local per variant field */
		l->fields[i] = i;
		l->saved[i].ty = unseen;
		l->saved[i].local = NO_ID;
	}
	for (uint32_t i = 0; i < c->nvf; i++)
		l->saved[l->field_start[c->vf[i].v] + c->vf[i].f].ty = c->vf[i].ty;
	l->upvar_offset = arena_alloc(m->arena, (co->nupvars + 1) * sizeof *l->upvar_offset);
	l->tag_size = l->nvariants <= 256 ? 1 : l->nvariants <= 65536 ? 2 : 4;
	l->align = 1;
	l->reconstructed = 1;
	co->layout = l;
}

/* For the fn about to be read: the name of coroutine `coro` stands for a
 * fresh coroutine `NAME#n` (n from 2, the first unused). */
static void alias_fresh(Ctx *c, uint32_t coro)
{
	const Coroutine *old = &c->m->coros[coro];
	char *base = xstrndup(old->name, strlen(old->name));
	CoroKind k = old->kind;
	char buf[64];
	char *fresh = NULL;
	for (uint32_t n = 2; n < 1000000; n++) {
		snprintf(buf, sizeof buf, "#%u", n);
		free(fresh);
		fresh = malloc(strlen(base) + strlen(buf) + 1);
		if (!fresh)
			internal_error("out of memory");
		strcpy(fresh, base);
		strcat(fresh, buf);
		int used = 0;
		for (uint32_t i = 0; i < c->m->ncoros && !used; i++)
			used = c->m->coros[i].kind == k && strcmp(c->m->coros[i].name, fresh) == 0;
		if (!used)
			break;
	}
	free(c->alias);
	c->alias = base;
	c->alias_kind = k;
	c->alias_coro = module_add_coro(c->m, fresh, k);
	free(fresh);
	cache_clear(c);
}

/* Reads one resume fn (lines [first, end): header .. closing `}` excluded). */
static Fn *read_fn(Ctx *c, const Line *lines, uint32_t first, uint32_t end, ImportCounts *cnt)
{
	const Line *hl = &lines[first];
	c->line = hl;
	Span h = {hl->s, hl->s + hl->n};
	/* `fn NAME(` params `) -> ` RET ` {` */
	Span name = {h.s + 3, NULL};
	const char *open = NULL;
	for (const char *p = name.s; p < h.e;) {
		if (*p == '(') {
			open = p;
			break;
		}
		if (*p == '<' || *p == '{' || *p == '[') {
			const char *q = match_close(p, h.e);
			if (!q) {
				bad(c, p, "unbalanced fn name");
				return NULL;
			}
			p = q + 1;
			continue;
		}
		p++;
	}
	const char *close = open ? match_close(open, h.e) : NULL;
	if (!close || !ends(h, " {") || !starts((Span){close, h.e}, ") -> ")) {
		bad(c, h.s, "expected `fn NAME(PARAMS) -> TYPE {`");
		return NULL;
	}
	name.e = open;
	Span params = {open + 1, close}, ret = {close + 5, h.e - 2};
	char *nm = xstrndup(name.s, span_len(name));
	if (module_find_fn(c->m, nm)) { /* macro instantiations can print alike: `NAME#2`, ... */
		char *u = malloc(strlen(nm) + 16);
		if (!u)
			internal_error("out of memory");
		for (uint32_t k = 2;; k++) {
			sprintf(u, "%s#%u", nm, k);
			if (!module_find_fn(c->m, u))
				break;
		}
		free(nm);
		nm = u;
	}
	Fn *f = fn_new(c->m, nm, FN_RESUME);
	free(nm);
	c->f = f;
	c->placeholder = NO_ID;
	c->own = NO_ID;
	c->nupv = 0;
	c->nvf = 0;
	c->maxvariant = STATE_POISONED;
	Span dnames[64], dplaces[64]; /* `debug x => ((*_N).F: T)`: upvar names */
	uint32_t ndebug = 0;
	f->line = hl->no;

	/* locals: the params, then every `let`, in any order */
	Span ps[3];
	if (split_commas(params, ps, 3) != 2) {
		bad(c, params.s, "a resume fn takes two parameters");
		return f;
	}
	uint32_t nlines = end - first;
	uint32_t maxl = nlines + 3 < MAX_LOCALS ? nlines + 3 : MAX_LOCALS;
	Decl *decl = calloc(maxl, sizeof *decl);
	if (!decl)
		internal_error("out of memory");
	uint32_t nlocals = 3;
	for (int i = 0; i < 2; i++) {
		const char *colon = find_top(ps[i], ": ", 0);
		uint64_t l;
		if (!colon || parse_local_name(trim((Span){ps[i].s, colon}), &l) != 0 || l != (uint64_t)i + 1) {
			bad(c, ps[i].s, "expected `_%d: TYPE`", i + 1);
			goto out;
		}
		decl[i + 1] = (Decl){.line = hl, .ty = trim((Span){colon + 2, ps[i].e}), .seen = 1};
	}
	{ /* `Pin<&mut {..}>` whose coroutine already has a resume fn: a fresh one */
		char *t1 = canon_type(decl[1].ty);
		Span x = {t1, t1 + strlen(t1)}, in;
		TypeId ct;
		Span ref;
		if (generic1(x, pin_names, &in) && starts(in, "&mut {") && (ref = trim(drop_front(in, 5)), 1) &&
		    match_close(ref.s, ref.e) == ref.e - 1 && coro_type(c, ref, &ct) && c->m->coros[type_get(c->m, ct)->coro].resume) {
			alias_fresh(c, type_get(c->m, ct)->coro);
		}
		free(t1);
	}
	uint32_t bb_first = end;
	for (uint32_t i = first + 1; i < end; i++) {
		const Line *ln = &lines[i];
		c->line = ln;
		Span x = trim((Span){ln->s, ln->s + ln->n});
		if (x.s == x.e || span_eq(x, "}") || (starts(x, "scope ") && ends(x, "{")))
			continue;
		if (starts(x, "bb")) {
			bb_first = i;
			break;
		}
		if (!ends(x, ";")) {
			bad(c, x.s, "expected a declaration, a scope or a block");
			goto out;
		}
		x = drop_back(x, 1);
		if (starts(x, "debug ")) {
			const char *arrow = find_top(x, " => ", 0);
			uint64_t l;
			if (!arrow) {
				bad(c, x.s, "expected `debug NAME => ..`");
				goto out;
			}
			Span rhs = trim((Span){arrow + 4, x.e});
			if (parse_local_name(rhs, &l) == 0 && l < maxl && !decl[l].debug.s)
				decl[l].debug = trim((Span){x.s + 6, arrow});
			else if (starts(rhs, "((*_") && ndebug < 64)
				dnames[ndebug] = trim((Span){x.s + 6, arrow}), dplaces[ndebug++] = rhs;
			continue; /* debug info of places and constants is not modelled */
		}
		if (starts(x, "let ")) {
			Span d = trim(drop_front(x, 4));
			int mut = starts(d, "mut ");
			if (mut)
				d = trim(drop_front(d, 4));
			const char *colon = find_top(d, ": ", 0);
			uint64_t l;
			if (!colon || parse_local_name((Span){d.s, colon}, &l) != 0) {
				bad(c, d.s, "expected `let _N: TYPE`");
				goto out;
			}
			if (l >= maxl || (l >= 1 && l <= 2) || decl[l].line) {
				bad(c, d.s, "local _%llu declared twice or out of range", (unsigned long long)l);
				goto out;
			}
			decl[l].line = ln;
			decl[l].ty = trim((Span){colon + 2, d.e});
			decl[l].mutbl = mut;
			decl[l].seen = 1;
			if (l + 1 > nlocals)
				nlocals = (uint32_t)l + 1;
			continue;
		}
		bad(c, x.s, "unexpected line in a fn body");
		goto out;
	}
	for (uint32_t l = 0; l < nlocals; l++) {
		if (!decl[l].seen) {
			c->line = hl;
			bad(c, hl->s, "local _%u is never declared", l);
			goto out;
		}
		c->line = decl[l].line;
		TypeId t;
		if (type_of(c, decl[l].ty, &t) != OK)
			goto out;
		char *dn = decl[l].debug.s ? xstrndup(decl[l].debug.s, span_len(decl[l].debug)) : NULL;
		fn_add_local(f, t, dn, decl[l].mutbl);
		free(dn);
	}
	f->nargs = 2;
	{ /* the signature must be the resume fn's */
		const Type *t1 = type_get(c->m, f->locals[1].ty);
		int ok = t1->kind == TY_PIN && type_get(c->m, t1->a)->kind == TY_REFMUT &&
			 type_get(c->m, type_get(c->m, t1->a)->a)->kind == TY_CORO;
		c->line = hl;
		if (!ok) {
			bad(c, params.s, "first parameter `%.*s` is not Pin<&mut {async fn body/block}>",
			    (int)(span_len(decl[1].ty) > 80 ? 80 : span_len(decl[1].ty)), decl[1].ty.s);
			goto out;
		}
		f->coro = type_get(c->m, type_get(c->m, t1->a)->a)->coro;
		TypeId r;
		if (type_of(c, ret, &r) != OK)
			goto out;
		if (f->locals[2].ty != type_ptr(c->m, TY_REFMUT, TY_CONTEXT) || type_get(c->m, r)->kind != TY_POLL ||
		    type_get(c->m, f->locals[0].ty)->kind != TY_POLL) {
			bad(c, params.s, "not a resume fn: expected `_2: &mut Context<'_>` and `-> Poll<T>`");
			goto out;
		}
		Coroutine *co = &c->m->coros[f->coro];
		if (co->resume) {
			bad(c, name.s, "a second resume fn for coroutine %s", co->name);
			goto out;
		}
		c->own = f->coro;
		/* the output as the body spells it (`let _0`), which is how other fns see it */
		TypeId out = type_get(c->m, f->locals[0].ty)->a;
		fix_output(c, f->coro, out);
		co->output = out; /* the resume fn's own word wins */
		co->resume = arena_strdup(c->m->arena, f->name);
	}

	/* blocks */
	for (uint32_t i = bb_first; i < end;) {
		const Line *ln = &lines[i];
		c->line = ln;
		Span x = trim((Span){ln->s, ln->s + ln->n});
		if (x.s == x.e) {
			i++;
			continue;
		}
		uint64_t bn;
		const char *p = x.s + 2;
		while (p < x.e && is_digit(*p))
			p++;
		Span rest = trim((Span){p, x.e});
		int cleanup = span_eq(rest, "(cleanup): {");
		if (!starts(x, "bb") || parse_u64((Span){x.s + 2, p}, &bn) != 0 || (!cleanup && !span_eq(rest, ": {"))) {
			bad(c, x.s, "expected `bbN: {`");
			goto out;
		}
		if (bn != f->nblocks || bn >= MAX_BLOCKS) {
			bad(c, x.s, "expected bb%u here", f->nblocks);
			goto out;
		}
		BlockId b = fn_add_block(f, cleanup);
		f->blocks[b].line = ln->no;
		uint32_t j = i + 1, last = 0;
		while (j < end && !span_eq(trim((Span){lines[j].s, lines[j].s + lines[j].n}), "}")) {
			if (trim((Span){lines[j].s, lines[j].s + lines[j].n}).s != lines[j].s + lines[j].n)
				last = j;
			j++;
		}
		if (j == end || last == 0) {
			bad(c, x.s, j == end ? "block bb%u is not closed" : "block bb%u has no terminator", b);
			goto out;
		}
		for (uint32_t k = i + 1; k <= last; k++) {
			c->line = &lines[k];
			Span s = trim((Span){lines[k].s, lines[k].s + lines[k].n});
			if (s.s == s.e)
				continue;
			if (!ends(s, ";")) {
				bad(c, s.e, "expected `;`");
				goto out;
			}
			s = drop_back(s, 1);
			int r;
			if (k < last) {
				r = stmt_of(c, b, s);
				if (r == BAD)
					goto out;
				cnt->stmts++;
				if (r == OPAQUE)
					cnt->opaque_stmts++, cnt->reason[c->why]++;
			} else {
				Term t;
				r = term_of(c, s, &t);
				if (r == BAD)
					goto out;
				fn_set_term(f, b, t);
				cnt->terms++;
				if (r == OPAQUE)
					cnt->opaque_terms++, cnt->reason[c->why]++;
			}
		}
		i = j + 1;
	}
	if (f->nblocks == 0) {
		c->line = hl;
		bad(c, hl->s, "fn without blocks");
		goto out;
	}
	/* every edge must name a block */
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		uint32_t n = term_nsuccessors(f, t);
		BlockId small[8], *succ = n <= 8 ? small : malloc(n * sizeof *succ);
		if (!succ)
			internal_error("out of memory");
		term_successors(f, t, succ, n);
		for (uint32_t i = 0; i < n; i++)
			if (succ[i] >= f->nblocks) {
				c->line = NULL;
				diag_set(&c->d, f->blocks[b].line, 1, "bb%u jumps to bb%u, which does not exist", b, succ[i]);
			}
		if (succ != small)
			free(succ);
		if (c->d.failed)
			goto out;
	}
	cnt->blocks = f->nblocks;
	coro_info(c, dnames, dplaces, ndebug);
out:
	if (c->alias) { /* the alias held for this fn only */
		free(c->alias);
		c->alias = NULL;
		cache_clear(c);
	}
	free(decl);
	return f;
}

/* ------------------------------------------------------------------ */
/* the file                                                            */
/* ------------------------------------------------------------------ */

static Line *split_lines(const char *src, size_t len, uint32_t *n)
{
	uint32_t cap = 1024, k = 0;
	Line *v = malloc(cap * sizeof *v);
	if (!v)
		internal_error("out of memory");
	size_t i = 0;
	int no = 1;
	while (i < len) {
		size_t j = i;
		while (j < len && src[j] != '\n')
			j++;
		if (k == cap) {
			if (cap >= UINT32_MAX / 4)
				break;
			cap *= 2;
			Line *nv = realloc(v, cap * sizeof *v);
			if (!nv)
				internal_error("out of memory");
			v = nv;
		}
		v[k++] = (Line){src + i, (uint32_t)(j - i > UINT32_MAX / 2 ? UINT32_MAX / 2 : j - i), no++};
		i = j + 1;
	}
	*n = k;
	return v;
}

static void add_counts(ImportCounts *a, const ImportCounts *b)
{
	a->stmts += b->stmts, a->opaque_stmts += b->opaque_stmts;
	a->terms += b->terms, a->opaque_terms += b->opaque_terms;
	a->blocks += b->blocks;
	for (int i = 0; i < NIMPORTREASONS; i++)
		a->reason[i] += b->reason[i];
}

static char *format_diag(const char *file, const Diag *d)
{
	char buf[1024];
	if (d->line > 0)
		snprintf(buf, sizeof buf, "%s:%d:%d: error: %s", file, d->line, d->col, d->msg);
	else
		snprintf(buf, sizeof buf, "%s: error: %s", file, d->msg);
	return xstrndup(buf, strlen(buf));
}

/* A declaration for every callee name of the imported fns: FN_SYNC, the
 * signature of its first call site, body `unreachable`. */
static void make_stubs(Ctx *c, Import *im)
{
	for (uint32_t i = 0; i < im->ncoros; i++) {
		Fn *f = im->coros[i].fn;
		if (!f)
			continue;
		for (BlockId b = 0; b < f->nblocks; b++) {
			const Term *t = &f->blocks[b].term;
			if (t->kind != TK_CALL || t->op != CALLEE_FN)
				continue;
			const char *name = f->names[t->x];
			struct Sig *sg = sig_slot(c, name);
			if (!sg->name) {
				sg->name = xstrndup(name, strlen(name));
				c->nsigs++;
			}
			if (sg->stubbed)
				continue;
			sg->stubbed = 1;
			if (module_find_fn(c->m, name))
				continue;
			Fn *g = fn_new(c->m, name, FN_SYNC);
			fn_add_local(g, place_type(f, t->place), NULL, 0);
			for (uint32_t k = 0; k < t->nargs; k++) {
				Operand o = f->args[t->args + k];
				fn_add_local(g, o.kind == OP_CONST ? f->consts[o.v].ty : place_type(f, o.v), NULL, 0);
			}
			g->nargs = t->nargs;
			BlockId bb = fn_add_block(g, 0);
			fn_set_term(g, bb, term_simple(TK_UNREACHABLE));
		}
	}
}

/* A fn that did not read: out of the module, its coroutine without resume fn. */
static void drop_failed(Module *m, Fn *f)
{
	if (f->coro != NO_ID && f->coro < m->ncoros && m->coros[f->coro].resume &&
	    strcmp(m->coros[f->coro].resume, f->name) == 0)
		m->coros[f->coro].resume = NULL;
	module_remove_fn(m, f);
}

/* The end of item i: its closing `}` line at column 0 (nlines if none). */
static uint32_t item_end(const Line *lines, uint32_t nlines, uint32_t i)
{
	uint32_t end = i + 1;
	while (end < nlines && !(lines[end].n >= 1 && lines[end].s[0] == '}' &&
				 trim((Span){lines[end].s, lines[end].s + lines[end].n}).e == lines[end].s + 1))
		end++;
	return end;
}

/* A fn header's parameter list opening: the first `(` outside `<..>`, `{..}`, `[..]`. */
static const char *params_open(Span h)
{
	if (!starts(h, "fn "))
		return NULL;
	for (const char *p = h.s + 3; p < h.e;) {
		if (*p == '(')
			return p;
		if (*p == '<' || *p == '{' || *p == '[') {
			const char *q = match_close(p, h.e);
			if (!q)
				return NULL;
			p = q + 1;
			continue;
		}
		p++;
	}
	return NULL;
}

/* Reads ahead every resume fn's coroutine name and `let mut _0` type. */
static void prescan(Ctx *c, const Line *lines, uint32_t nlines)
{
	for (uint32_t i = 0; i < nlines;) {
		const Line *ln = &lines[i];
		if (ln->n == 0 || ln->s[0] == ' ' || ln->s[0] == '\t' || (ln->n >= 2 && ln->s[0] == '/' && ln->s[1] == '/')) {
			i++;
			continue;
		}
		uint32_t end = item_end(lines, nlines, i);
		Span h = {ln->s, ln->s + ln->n};
		const char *open = params_open(h);
		const char *close = open ? match_close(open, h.e) : NULL;
		Span ps[3];
		if (close && is_resume_header(trim((Span){open + 1, h.e})) &&
		    split_commas((Span){open + 1, close}, ps, 3) == 2) {
			const char *colon = find_top(ps[0], ": ", 0);
			char *t1 = colon ? canon_type(trim((Span){colon + 2, ps[0].e})) : NULL;
			Span x = t1 ? (Span){t1, t1 + strlen(t1)} : (Span){NULL, NULL}, in, ref, name;
			CoroKind kind;
			if (t1 && generic1(x, pin_names, &in) && starts(in, "&mut {") &&
			    (ref = trim(drop_front(in, 5)), match_close(ref.s, ref.e) == ref.e - 1) &&
			    coro_name(ref, &kind, &name)) {
				for (uint32_t k = i + 1; k < end; k++) {
					Span d = trim((Span){lines[k].s, lines[k].s + lines[k].n});
					if (starts(d, "bb"))
						break;
					if (!starts(d, "let mut _0: ") || !ends(d, ";"))
						continue;
					if (c->npre == c->cappre) {
						c->cappre = c->cappre ? c->cappre * 2 : 64;
						struct Pre *np = realloc(c->pre, c->cappre * sizeof *np);
						if (!np)
							internal_error("out of memory");
						c->pre = np;
					}
					c->pre[c->npre++] = (struct Pre){xstrndup(name.s, span_len(name)), kind, &lines[k],
									 trim((Span){d.s + strlen("let mut _0: "), d.e - 1})};
					break;
				}
			}
			free(t1);
		}
		i = end + 1;
	}
}

Import *import_mir(const char *file, const char *src, size_t len)
{
	Import *im = calloc(1, sizeof *im);
	if (!im)
		internal_error("out of memory");
	im->m = module_new(file);
	im->m->transformed = 1;
	uint32_t nlines;
	Line *lines = split_lines(src, len, &nlines);
	Ctx c = {.file = file ? file : "<input>", .m = im->m};
	prescan(&c, lines, nlines);
	for (uint32_t i = 0; i < nlines;) {
		const Line *ln = &lines[i];
		if (ln->n == 0 || ln->s[0] == ' ' || ln->s[0] == '\t' || (ln->n >= 2 && ln->s[0] == '/' && ln->s[1] == '/')) {
			i++;
			continue;
		}
		/* an item: up to its closing `}` at column 0 */
		uint32_t end = item_end(lines, nlines, i);
		im->items++;
		Span h = {ln->s, ln->s + ln->n};
		const char *open = params_open(h);
		if (open && (open[1] == ')' || (open[1] == '_' && open[2] >= '0' && open[2] <= '9')))
			im->mirfns++; /* MIR names its parameters _1, _2, ... */
		if (end >= nlines && !im->error) {
			/* every item of rustc's output ends at a `}` line: a truncated file */
			char buf[160];
			snprintf(buf, sizeof buf, "%s:%d:1: error: item not closed by a `}` line (a truncated file?)", c.file,
				 ln->no);
			im->error = xstrndup(buf, strlen(buf));
		}
		if (open && is_resume_header(trim((Span){open + 1, h.e}))) {
			if (im->ncoros == im->capcoros) {
				im->capcoros = im->capcoros ? im->capcoros * 2 : 16;
				ImportedCoro *nc = realloc(im->coros, im->capcoros * sizeof *nc);
				if (!nc)
					internal_error("out of memory");
				im->coros = nc;
			}
			ImportedCoro *ic = &im->coros[im->ncoros++];
			memset(ic, 0, sizeof *ic);
			ic->name = xstrndup(h.s + 3, (size_t)(open - h.s - 3));
			ic->line = ln->no;
			memset(&c.d, 0, sizeof c.d);
			c.d.file = c.file;
			c.depth = 0;
			Fn *f;
			if (end >= nlines) {
				c.line = ln;
				bad(&c, ln->s, "fn %s is not closed by a `}` line", ic->name);
				f = NULL;
			} else {
				f = read_fn(&c, lines, i, end, &ic->c);
				if (c.d.failed && c.want_inst && f) {
					/* it polls another instance of a coroutine: again, with
					 * that coroutine's name standing for a fresh one */
					drop_failed(im->m, f);
					memset(&c.d, 0, sizeof c.d);
					c.d.file = c.file;
					memset(&ic->c, 0, sizeof ic->c);
					uint32_t co = c.inst_coro;
					TypeId out = c.inst_out;
					alias_fresh(&c, co);
					fix_output(&c, c.alias_coro, out);
					c.want_inst = 0;
					c.no_inst = 1;
					f = read_fn(&c, lines, i, end, &ic->c);
					c.no_inst = 0;
				}
				c.want_inst = 0;
			}
			if (c.d.failed) {
				ic->why = format_diag(c.file, &c.d);
				if (f)
					drop_failed(im->m, f);
				memset(&ic->c, 0, sizeof ic->c);
			} else {
				ic->fn = f;
				add_counts(&im->total, &ic->c);
			}
		}
		i = end + 1;
	}
	if (!im->error && im->mirfns == 0) {
		char buf[160];
		snprintf(buf, sizeof buf, "%s:1:1: error: no MIR fn found (expected the output of rustc --emit=mir)", c.file);
		im->error = xstrndup(buf, strlen(buf));
	}
	make_stubs(&c, im);
	for (uint32_t i = 0; i < c.capcache; i++)
		free(c.cache[i].text);
	free(c.cache);
	for (uint32_t i = 0; i < c.capsigs; i++)
		free(c.sigs[i].name), free(c.sigs[i].args);
	free(c.sigs);
	free(c.upv);
	free(c.vf);
	free(c.outset);
	for (uint32_t i = 0; i < c.npre; i++)
		free(c.pre[i].name);
	free(c.pre);
	free(lines);
	return im;
}

void import_free(Import *im)
{
	if (!im)
		return;
	for (uint32_t i = 0; i < im->ncoros; i++) {
		free(im->coros[i].name);
		free(im->coros[i].why);
	}
	free(im->coros);
	free(im->error);
	module_free(im->m);
	free(im);
}

const char *import_opaque_stmt(const Fn *f, const Stmt *s)
{
	if (s->kind != ST_NOP || s->x == 0 || s->x > f->nnames)
		return NULL;
	return f->names[s->x - 1];
}

int import_is_opaque_term(const Fn *f, const Term *t)
{
	return t->kind == TK_CALL && t->op == CALLEE_FN && t->x < f->nnames &&
	       strncmp(f->names[t->x], IMPORT_OPAQUE_PREFIX, strlen(IMPORT_OPAQUE_PREFIX)) == 0;
}

/* ------------------------------------------------------------------ */
/* round trip                                                          */
/* ------------------------------------------------------------------ */

static char *print_to_string(const Fn *f, size_t *len)
{
	FILE *tmp = tmpfile();
	if (!tmp)
		internal_error("tmpfile failed");
	print_fn(f, tmp);
	long n = ftell(tmp);
	if (n < 0)
		internal_error("ftell failed");
	rewind(tmp);
	char *buf = malloc((size_t)n + 1);
	if (!buf)
		internal_error("out of memory");
	size_t got = fread(buf, 1, (size_t)n, tmp);
	buf[got] = 0;
	fclose(tmp);
	*len = got;
	return buf;
}

int import_roundtrip(const Fn *f, Diag *d)
{
	size_t n1, n2;
	char *t1 = print_to_string(f, &n1);
	Import *im = import_mir(f->mod->file, t1, n1);
	int rc = 0;
	if (im->ncoros != 1 || !im->coros[0].fn) {
		diag_set(d, 0, 0, "fn %s: printed form does not re-import: %s", f->name,
			 im->ncoros ? (im->coros[0].why ? im->coros[0].why : "?") : "no resume fn found");
		rc = -1;
	} else {
		const Fn *g = im->coros[0].fn;
		char *t2 = print_to_string(g, &n2);
		if (n1 != n2 || memcmp(t1, t2, n1) != 0) {
			size_t i = 0;
			while (i < n1 && i < n2 && t1[i] == t2[i])
				i++;
			int line = 1;
			for (size_t k = 0; k < i; k++)
				line += t1[k] == '\n';
			diag_set(d, line, 0, "fn %s: re-imported fn prints differently from line %d of its print", f->name, line);
			rc = -1;
		} else if (g->nblocks != f->nblocks || g->nlocals != f->nlocals) {
			diag_set(d, 0, 0, "fn %s: re-imported fn has a different shape", f->name);
			rc = -1;
		}
		free(t2);
	}
	import_free(im);
	free(t1);
	return rc;
}
