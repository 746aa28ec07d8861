/* import_type.c — rustc MIR import: rustc's printed types -> IR types (cached per file). See import.c. */
#include "import.h"

/* ------------------------------------------------------------------ */
/* types                                                               */
/* ------------------------------------------------------------------ */

uint32_t mir_hash_span(Span x)
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
			uint32_t h = mir_hash_span(k) & (ncap - 1);
			while (nt[h].text)
				h = (h + 1) & (ncap - 1);
			nt[h] = c->cache[i];
		}
		free(c->cache);
		c->cache = nt;
		c->capcache = ncap;
	}
	uint32_t h = mir_hash_span(x) & (c->capcache - 1);
	for (;;) {
		TyCache *t = &c->cache[h];
		if (!t->text || (strlen(t->text) == span_len(x) && memcmp(t->text, x.s, span_len(x)) == 0))
			return t;
		h = (h + 1) & (c->capcache - 1);
	}
}

void mir_cache_clear(Ctx *c)
{
	for (uint32_t i = 0; i < c->capcache; i++) {
		free(c->cache[i].text);
		c->cache[i].text = NULL;
	}
	c->ncache = 0;
}

const BasicType mir_basic_types[NBASICTYPES] = {
	{"()", TY_UNIT}, {"!", TY_NEVER}, {"bool", TY_BOOL}, {"u8", TY_U8}, {"u16", TY_U16},
	{"u32", TY_U32}, {"u64", TY_U64}, {"usize", TY_USIZE}, {"i8", TY_I8}, {"i16", TY_I16},
	{"i32", TY_I32}, {"i64", TY_I64}, {"isize", TY_ISIZE},
};

/* `P<inner>` for P one of the given prefixes: the inner span. */
int mir_generic1(Span x, const char *const *prefixes, Span *inner)
{
	for (int i = 0; prefixes[i]; i++) {
		if (!starts(x, prefixes[i]) || !ends(x, ">"))
			continue;
		const char *open = x.s + strlen(prefixes[i]) - 1;
		if (mir_match_close(open, x.e) != x.e - 1)
			continue;
		*inner = trim((Span){open + 1, x.e - 1});
		return 1;
	}
	return 0;
}

static const char *const poll_names[] = {"Poll<", "std::task::Poll<", "core::task::Poll<", NULL};
const char *const mir_pin_names[] = {"Pin<", "std::pin::Pin<", "core::pin::Pin<", NULL};
static const char *const ctx_names[] = {"Context<", "std::task::Context<", "core::task::Context<", NULL};

/* `{async fn body of NAME()}` / `{async block@SPAN}`: its kind and name. */
int mir_coro_name(Span x, CoroKind *kind, Span *name)
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
	return name->s != name->e && mir_balanced(*name);
}

int mir_coro_type(Ctx *c, Span x, TypeId *out)
{
	CoroKind kind;
	Span name;
	if (!mir_coro_name(x, &kind, &name))
		return 0;
	char *nm = mir_xstrndup(name.s, span_len(name));
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

/* A tuple of arity other than 2 or an array `[T; N]`: an ADT whose fields its
 * spelling gives (printed `(a, b, c)`, `(a,)`, `[a, b]`). */
static int tuple_adt(Ctx *c, Span x, const Span *parts, int n, TypeId *out)
{
	TypeId f[64];
	for (int i = 0; i < n; i++)
		if (mir_type_of(c, parts[i], &f[i]) != OK)
			return BAD;
	char *t = mir_xstrndup(x.s, span_len(x));
	*out = type_adt(c->m, t);
	free(t);
	Adt *a = adt_of(c->m, *out);
	if (!a->tuple && a->nvariants == 0) {
		int glue = 0;
		for (int i = 0; i < n; i++) {
			adt_field(c->m, *out, 0, (uint32_t)i, f[i], NULL);
			glue |= type_needs_drop(c->m, f[i]);
		}
		a->tuple = 1;
		a->no_drop = !glue;
	}
	return OK;
}

/* std's Option<T> and Result<T, E> have drop glue only if an argument has:
 * known from the spelling alone (rustc's needs_drop; StateTransform's drop
 * elaboration drops no upvar that needs none, elaborate_coroutine_drops). */
int mir_std_adt_glue(Ctx *c, Span x, int *glue)
{
	int nargs = starts(x, "Option<") ? 1 : starts(x, "Result<") ? 2 : 0;
	if (!nargs)
		return OK;
	const char *open = strchr(x.s, '<');
	if (mir_match_close(open, x.e) != x.e - 1)
		return OK;
	Span parts[3];
	if (mir_split_commas((Span){open + 1, x.e - 1}, parts, 3) != nargs)
		return OK;
	*glue = 0;
	for (int i = 0; i < nargs; i++) {
		TypeId t;
		if (mir_type_of(c, parts[i], &t) != OK)
			return BAD;
		*glue |= type_needs_drop(c->m, t);
	}
	return OK;
}

/* A nominal type: `Name`, `Name<args>`, `Enum::Name<..>` with Name capitalised
 * (the canonical spelling has no module path; `str`, `char`, `f64`, `dyn ..`,
 * `impl ..`, `fn(..)`, `<T as Trait>::X`, `[T]`, closures stay opaque). */
static int is_adt_path(Span x)
{
	const char *p = x.s;
	if (p >= x.e || !(*p >= 'A' && *p <= 'Z'))
		return 0;
	while (p < x.e && (is_ident(*p) || (*p == ':' && p + 1 < x.e && p[1] == ':' && p + 2 < x.e && is_ident(p[2]))))
		p += *p == ':' ? 2 : 1;
	if (p == x.e)
		return 1;
	return *p == '<' && mir_match_close(p, x.e) == x.e - 1;
}

static int type_uncached(Ctx *c, Span x, TypeId *out)
{
	Span in;
	for (size_t i = 0; i < NBASICTYPES; i++)
		if (span_eq(x, mir_basic_types[i].name)) {
			*out = type_basic(c->m, mir_basic_types[i].k);
			return OK;
		}
	if (starts(x, "&mut ") || (starts(x, "&") && !starts(x, "&'") && !starts(x, "&mut"))) {
		int mut = starts(x, "&mut ");
		TypeId a;
		if (mir_type_of(c, trim(drop_front(x, mut ? 5 : 1)), &a) != OK)
			return BAD;
		*out = type_ptr(c->m, mut ? TY_REFMUT : TY_REF, a);
		return OK;
	}
	if (starts(x, "*mut ")) {
		TypeId a;
		if (mir_type_of(c, trim(drop_front(x, 5)), &a) != OK)
			return BAD;
		*out = type_ptr(c->m, TY_RAWMUT, a);
		return OK;
	}
	if (mir_generic1(x, poll_names, &in)) {
		TypeId a;
		if (mir_type_of(c, in, &a) != OK)
			return BAD;
		*out = type_ptr(c->m, TY_POLL, a);
		return OK;
	}
	if (mir_generic1(x, mir_pin_names, &in) && (starts(in, "&mut ") || (starts(in, "&") && !starts(in, "&'")))) {
		TypeId a;
		if (mir_type_of(c, in, &a) != OK)
			return BAD;
		*out = type_ptr(c->m, TY_PIN, a);
		return OK;
	}
	if (mir_generic1(x, ctx_names, &in) && span_eq(in, "'_")) {
		*out = type_basic(c->m, TY_CONTEXT);
		return OK;
	}
	if (span_eq(x, "ResumeTy") || span_eq(x, "std::future::ResumeTy")) {
		*out = type_basic(c->m, TY_RESUMETY);
		return OK;
	}
	if (starts(x, "(") && mir_match_close(x.s, x.e) == x.e - 1) {
		Span parts[64];
		int n = mir_split_commas((Span){x.s + 1, x.e - 1}, parts, 64);
		if (n == 2 && parts[1].s != parts[1].e) {
			TypeId a, b;
			if (mir_type_of(c, parts[0], &a) != OK || mir_type_of(c, parts[1], &b) != OK)
				return BAD;
			*out = type_tuple2(c->m, a, b);
			return OK;
		}
		if (n >= 2 && parts[n - 1].s == parts[n - 1].e)
			n--; /* `(A,)` */
		if (n >= 1 && parts[0].s != parts[0].e)
			return tuple_adt(c, x, parts, n, out);
	}
	if (starts(x, "[") && mir_match_close(x.s, x.e) == x.e - 1) { /* `[T; N]`, N <= 64: N fields of T */
		const char *semi = mir_find_top((Span){x.s + 1, x.e - 1}, "; ", 1);
		uint64_t n;
		if (semi && mir_parse_u64(trim((Span){semi + 2, x.e - 1}), &n) == 0 && n >= 1 && n <= 64) {
			Span parts[64];
			for (uint64_t i = 0; i < n; i++)
				parts[i] = (Span){x.s + 1, semi};
			return tuple_adt(c, x, parts, (int)n, out);
		}
	}
	if (is_adt_path(x) || (starts(x, "{closure@") && mir_match_close(x.s, x.e) == x.e - 1)) {
		/* a closure is a struct of its captures, as rustc lays it out */
		int glue = 1;
		if (mir_std_adt_glue(c, x, &glue) != OK)
			return BAD;
		char *t = mir_xstrndup(x.s, span_len(x));
		*out = type_adt(c->m, t);
		free(t);
		if (!glue) /* never cleared: another spelling of the type, or evidence (a copy, import_glue.c), said so */
			adt_of(c->m, *out)->no_drop = 1;
		return OK;
	}
	if (starts(x, "{") && mir_match_close(x.s, x.e) == x.e - 1 && mir_coro_type(c, x, out))
		return OK;
	/* opaque: kept as text */
	if (!mir_balanced(x))
		return mir_bad(c, x.s, "unbalanced type `%.*s`", (int)(span_len(x) > 80 ? 80 : span_len(x)), x.s);
	char *t = mir_xstrndup(x.s, span_len(x));
	*out = type_intern(c->m, (Type){.kind = TY_OPAQUE, .text = t});
	free(t);
	return OK;
}

/* rustc prints a fn's signature with trimmed paths (`Async<TcpStream>`,
 * `watch::Receiver<()>`) and its locals with full ones (`Async<std::net::
 * TcpStream>`, `tokio::sync::watch::Receiver<()>`): in every path, the leading
 * lower-case (module) segments are dropped, so that both spell one type; an item
 * declared in a fn body (`Client::transaction::{closure#0}::RollbackIfNotDone`)
 * keeps its path from the last `{NAME#N}::` on only.
 * Malloc'd; strings are copied as they are. */
static int is_lower(int ch) { return (ch >= 'a' && ch <= 'z') || ch == '_'; }

/* Where the path that ends at out[n) starts: back over its segments and generic arguments. */
static size_t path_start(const char *out, size_t n)
{
	while (n > 0) {
		char ch = out[n - 1];
		if (is_ident(ch) || ch == ':') {
			n--;
			continue;
		}
		if (ch != '>')
			break;
		int depth = 0;
		size_t i = n;
		while (i > 0) {
			i--;
			depth += out[i] == '>' ? 1 : out[i] == '<' ? -1 : 0;
			if (depth == 0)
				break;
		}
		if (depth != 0)
			break;
		n = i;
	}
	return n;
}

char *mir_canon_type(Span x)
{
	char *out = malloc(span_len(x) + 1);
	if (!out)
		internal_error("out of memory");
	size_t n = 0;
	int fresh = 0;
	for (const char *p = x.s; p < x.e;) {
		/* an item inside a fn body: `Client::transaction::{closure#0}::RollbackIfNotDone`,
		 * `handler::{closure#0}::{closure#0}::__tokio_select_util::Out`: its path from the
		 * last `{NAME#N}::` on, that part canonical as any path */
		if (*p == '{' && p >= x.s + 2 && p[-1] == ':' && p[-2] == ':') {
			const char *q = p + 1;
			while (q < x.e && ((*q >= 'a' && *q <= 'z') || *q == ' '))
				q++;
			if (q > p + 1 && q < x.e && *q == '#') {
				const char *r = q + 1;
				while (r < x.e && is_digit(*r))
					r++;
				if (r > q + 1 && r + 3 < x.e && r[0] == '}' && r[1] == ':' && r[2] == ':' && is_ident(r[3])) {
					n = path_start(out, n);
					p = r + 3;
					fresh = 1;
					continue;
				}
			}
		}
		if (*p == '"') {
			const char *q = mir_skip_string(p, x.e);
			q = q ? q : x.e;
			memcpy(out + n, p, (size_t)(q - p));
			n += (size_t)(q - p);
			p = q;
			continue;
		}
		int at_start = fresh || p == x.s || (!is_ident(p[-1]) && p[-1] != ':' && p[-1] != '\'' && p[-1] != '#');
		fresh = 0;
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

int mir_type_of(Ctx *c, Span raw, TypeId *out)
{
	raw = trim(raw);
	if (raw.s == raw.e)
		return mir_bad(c, raw.s, "expected a type");
	if (c->depth >= MAX_DEPTH)
		return mir_bad(c, raw.s, "type nested too deeply");
	TyCache *slot = cache_slot(c, raw);
	if (slot->text) {
		*out = slot->ty;
		return OK;
	}
	char *canon = mir_unalias(c, mir_canon_type(raw));
	Span x = {canon, canon + strlen(canon)};
	c->depth++;
	int r = type_uncached(c, x, out);
	c->depth--;
	free(canon);
	if (r != OK)
		return r;
	slot = cache_slot(c, raw); /* the recursion may have grown the table */
	if (!slot->text) {
		slot->text = mir_xstrndup(raw.s, span_len(raw));
		slot->ty = *out;
		c->ncache++;
	}
	return OK;
}
