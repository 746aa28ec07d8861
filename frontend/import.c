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
#include "import.h"

#define X_RNAME(k, s) s,
const char *const import_reason_name[NIMPORTREASONS] = {IMPORT_OPAQUE_REASONS(X_RNAME)};

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

/* rustc's -Zdump-mir=StateTransform *before* dump of a coroutine body:
 * `fn NAME(_1: {async ..}, _2: std::future::ResumeTy) -> T`, then `yields ()`
 * and ` {` on lines of their own (ir/parse.c reads the same form). */
static int is_body_header(Span params)
{
	return starts(params, "_1: {async ");
}

static int is_body_item(const Line *lines, uint32_t first, uint32_t end)
{
	return first + 2 < end && span_eq(trim((Span){lines[first + 1].s, lines[first + 1].s + lines[first + 1].n}), "yields ()") &&
	       span_eq(trim((Span){lines[first + 2].s, lines[first + 2].s + lines[first + 2].n}), "{");
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
			if (mir_place_rec(c, dplaces[k], &pb) == OK && !pb.opaque && pb.n == 2 && pb.pr[0].kind == PROJ_DEREF &&
			    pb.pr[1].kind == PROJ_FIELD && pb.pr[1].index == i &&
			    mir_is_ptr_to(c, c->f->locals[pb.local].ty, TY_REFMUT, type_coro(m, c->own)))
				name = mir_xstrndup(dnames[k].s, span_len(dnames[k]));
			else if (c->f->kind == FN_CORO_BODY && !pb.opaque && pb.n == 1 && pb.local == 1 && /* `(_1.F: T)` */
				 pb.pr[0].kind == PROJ_FIELD && pb.pr[0].index == i)
				name = mir_xstrndup(dnames[k].s, span_len(dnames[k]));
		}
		c->d = keep; /* debug info that does not read is not an error */
		snprintf(buf, sizeof buf, "upvar#%u", i);
		coro_add_upvar(m, c->own, name ? name : buf, c->upv[i] == NO_ID ? unseen : c->upv[i]);
		free(name);
	}
	if (c->f->kind == FN_CORO_BODY)
		return; /* the state transform makes its layout */
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
	char *base = mir_xstrndup(old->name, strlen(old->name));
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
	mir_cache_clear(c);
}

/* Reads one resume fn (lines [first, end): header .. closing `}` excluded),
 * or with body set one coroutine body before the state transform. */
static Fn *read_fn(Ctx *c, const Line *lines, uint32_t first, uint32_t end, ImportCounts *cnt, int body)
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
			const char *q = mir_match_close(p, h.e);
			if (!q) {
				mir_bad(c, p, "unbalanced fn name");
				return NULL;
			}
			p = q + 1;
			continue;
		}
		p++;
	}
	const char *close = open ? mir_match_close(open, h.e) : NULL;
	if (!close || (!body && !ends(h, " {")) || !starts((Span){close, h.e}, ") -> ")) {
		mir_bad(c, h.s, body ? "expected `fn NAME(PARAMS) -> TYPE`" : "expected `fn NAME(PARAMS) -> TYPE {`");
		return NULL;
	}
	name.e = open;
	Span params = {open + 1, close}, ret = {close + 5, body ? h.e : h.e - 2};
	char *nm = mir_xstrndup(name.s, span_len(name));
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
	Fn *f = fn_new(c->m, nm, body ? FN_CORO_BODY : FN_RESUME);
	free(nm);
	c->f = f;
	mir_forget_aggregates(c, f); /* of a fn freed before at the same address */
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
	if (mir_split_commas(params, ps, 3) != 2) {
		mir_bad(c, params.s, body ? "a coroutine body takes two parameters" : "a resume fn takes two parameters");
		return f;
	}
	uint32_t nlines = end - first;
	uint32_t maxl = nlines + 3 < MAX_LOCALS ? nlines + 3 : MAX_LOCALS;
	Decl *decl = calloc(maxl, sizeof *decl);
	if (!decl)
		internal_error("out of memory");
	uint32_t nlocals = 3;
	for (int i = 0; i < 2; i++) {
		const char *colon = mir_find_top(ps[i], ": ", 0);
		uint64_t l;
		if (!colon || mir_parse_local_name(trim((Span){ps[i].s, colon}), &l) != 0 || l != (uint64_t)i + 1) {
			mir_bad(c, ps[i].s, "expected `_%d: TYPE`", i + 1);
			goto out;
		}
		decl[i + 1] = (Decl){.line = hl, .ty = trim((Span){colon + 2, ps[i].e}), .seen = 1};
	}
	{ /* `Pin<&mut {..}>` whose coroutine already has a resume fn: a fresh one */
		char *t1 = mir_canon_type(decl[1].ty);
		Span x = {t1, t1 + strlen(t1)}, in;
		TypeId ct;
		Span ref;
		if (!body && mir_generic1(x, mir_pin_names, &in) && starts(in, "&mut {") && (ref = trim(drop_front(in, 5)), 1) &&
		    mir_match_close(ref.s, ref.e) == ref.e - 1 && mir_coro_type(c, ref, &ct) && c->m->coros[type_get(c->m, ct)->coro].resume) {
			alias_fresh(c, type_get(c->m, ct)->coro);
		}
		if (body && starts(x, "{") && mir_match_close(x.s, x.e) == x.e - 1 && mir_coro_type(c, x, &ct) &&
		    c->m->coros[type_get(c->m, ct)->coro].body)
			alias_fresh(c, type_get(c->m, ct)->coro);
		free(t1);
	}
	uint32_t bb_first = end;
	for (uint32_t i = first + (body ? 3 : 1); i < end; i++) {
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
			mir_bad(c, x.s, "expected a declaration, a scope or a block");
			goto out;
		}
		x = drop_back(x, 1);
		if (starts(x, "debug ")) {
			const char *arrow = mir_find_top(x, " => ", 0);
			uint64_t l;
			if (!arrow) {
				mir_bad(c, x.s, "expected `debug NAME => ..`");
				goto out;
			}
			Span rhs = trim((Span){arrow + 4, x.e});
			if (mir_parse_local_name(rhs, &l) == 0 && l < maxl && !decl[l].debug.s)
				decl[l].debug = trim((Span){x.s + 6, arrow});
			else if ((starts(rhs, "((*_") || (body && starts(rhs, "(_1."))) && ndebug < 64)
				dnames[ndebug] = trim((Span){x.s + 6, arrow}), dplaces[ndebug++] = rhs;
			continue; /* debug info of places and constants is not modelled */
		}
		if (starts(x, "let ")) {
			Span d = trim(drop_front(x, 4));
			int mut = starts(d, "mut ");
			if (mut)
				d = trim(drop_front(d, 4));
			const char *colon = mir_find_top(d, ": ", 0);
			uint64_t l;
			if (!colon || mir_parse_local_name((Span){d.s, colon}, &l) != 0) {
				mir_bad(c, d.s, "expected `let _N: TYPE`");
				goto out;
			}
			if (l >= maxl || (l >= 1 && l <= 2) || decl[l].line) {
				mir_bad(c, d.s, "local _%llu declared twice or out of range", (unsigned long long)l);
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
		mir_bad(c, x.s, "unexpected line in a fn body");
		goto out;
	}
	for (uint32_t l = 0; l < nlocals; l++) {
		if (!decl[l].seen) {
			c->line = hl;
			mir_bad(c, hl->s, "local _%u is never declared", l);
			goto out;
		}
		c->line = decl[l].line;
		TypeId t;
		if (mir_type_of(c, decl[l].ty, &t) != OK)
			goto out;
		char *dn = decl[l].debug.s ? mir_xstrndup(decl[l].debug.s, span_len(decl[l].debug)) : NULL;
		fn_add_local(f, t, dn, decl[l].mutbl);
		free(dn);
	}
	f->nargs = 2;
	if (body) { /* the signature must be a coroutine body's */
		const Type *t1 = type_get(c->m, f->locals[1].ty);
		c->line = hl;
		if (t1->kind != TY_CORO || f->locals[2].ty != type_basic(c->m, TY_RESUMETY)) {
			mir_bad(c, params.s, "not a coroutine body: expected `_1: {async fn body/block}` and `_2: ResumeTy`");
			goto out;
		}
		f->coro = t1->coro;
		TypeId r;
		if (mir_type_of(c, ret, &r) != OK)
			goto out;
		if (f->locals[0].ty != r) {
			mir_bad(c, ret.s, "the return type differs from `_0`'s");
			goto out;
		}
		Coroutine *co = &c->m->coros[f->coro];
		if (co->body) {
			mir_bad(c, name.s, "a second body for coroutine %s", co->name);
			goto out;
		}
		c->own = f->coro;
		mir_fix_output(c, f->coro, r);
		co->output = r;
		co->body = arena_strdup(c->m->arena, f->name);
	} else { /* the signature must be the resume fn's */
		const Type *t1 = type_get(c->m, f->locals[1].ty);
		int ok = t1->kind == TY_PIN && type_get(c->m, t1->a)->kind == TY_REFMUT &&
			 type_get(c->m, type_get(c->m, t1->a)->a)->kind == TY_CORO;
		c->line = hl;
		if (!ok) {
			mir_bad(c, params.s, "first parameter `%.*s` is not Pin<&mut {async fn body/block}>",
			    (int)(span_len(decl[1].ty) > 80 ? 80 : span_len(decl[1].ty)), decl[1].ty.s);
			goto out;
		}
		f->coro = type_get(c->m, type_get(c->m, t1->a)->a)->coro;
		TypeId r;
		if (mir_type_of(c, ret, &r) != OK)
			goto out;
		if (f->locals[2].ty != type_ptr(c->m, TY_REFMUT, TY_CONTEXT) || type_get(c->m, r)->kind != TY_POLL ||
		    type_get(c->m, f->locals[0].ty)->kind != TY_POLL) {
			mir_bad(c, params.s, "not a resume fn: expected `_2: &mut Context<'_>` and `-> Poll<T>`");
			goto out;
		}
		Coroutine *co = &c->m->coros[f->coro];
		if (co->resume) {
			mir_bad(c, name.s, "a second resume fn for coroutine %s", co->name);
			goto out;
		}
		c->own = f->coro;
		/* the output as the body spells it (`let _0`), which is how other fns see it */
		TypeId out = type_get(c->m, f->locals[0].ty)->a;
		mir_fix_output(c, f->coro, out);
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
		if (!starts(x, "bb") || mir_parse_u64((Span){x.s + 2, p}, &bn) != 0 || (!cleanup && !span_eq(rest, ": {"))) {
			mir_bad(c, x.s, "expected `bbN: {`");
			goto out;
		}
		if (bn != f->nblocks || bn >= MAX_BLOCKS) {
			mir_bad(c, x.s, "expected bb%u here", f->nblocks);
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
			mir_bad(c, x.s, j == end ? "block bb%u is not closed" : "block bb%u has no terminator", b);
			goto out;
		}
		for (uint32_t k = i + 1; k <= last; k++) {
			c->line = &lines[k];
			Span s = trim((Span){lines[k].s, lines[k].s + lines[k].n});
			if (s.s == s.e)
				continue;
			if (!ends(s, ";")) {
				mir_bad(c, s.e, "expected `;`");
				goto out;
			}
			s = drop_back(s, 1);
			int r;
			if (k < last) {
				r = mir_stmt_of(c, b, s);
				if (r == BAD)
					goto out;
				cnt->stmts++;
				if (r == OPAQUE)
					cnt->opaque_stmts++, cnt->reason[c->why]++;
			} else {
				Term t;
				r = mir_term_of(c, s, &t);
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
		mir_bad(c, hl->s, "fn without blocks");
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
	if (body)
		mir_glue_evidence(c, f);
out:
	if (c->alias) { /* the alias held for this fn only */
		free(c->alias);
		c->alias = NULL;
		mir_cache_clear(c);
	}
	free(decl);
	return f;
}

/* ------------------------------------------------------------------ */
/* constructors of linked callees (issue 24 item 4)                    */
/* ------------------------------------------------------------------ */

/* The coroutine an item returns when its header is `fn NAME(..) -> {async fn body of X()} {`
 * and X has a body in the module (a callee linked into a dump: bench/real/link.py
 * --link-dumps), or NO_ID: any other fn is not read (a plain --emit=mir file has
 * resume fns, no bodies, so nothing changes for it). */
static uint32_t ctor_coro(Ctx *c, Span h, const char *close)
{
	if (!close || !ends(h, " {") || !starts((Span){close, h.e}, ") -> {async fn body of "))
		return NO_ID;
	Span ret = trim((Span){close + 5, h.e - 2});
	CoroKind kind;
	Span name;
	if (mir_match_close(ret.s, ret.e) != ret.e - 1 || !mir_coro_name(ret, &kind, &name))
		return NO_ID;
	char *canon = mir_canon_type(ret);
	Span cs = {canon, canon + strlen(canon)};
	uint32_t co = NO_ID;
	if (mir_coro_name(cs, &kind, &name)) /* looked up, not made: a fn of no body's coroutine adds nothing */
		for (uint32_t i = 0; i < c->m->ncoros && co == NO_ID; i++)
			if (c->m->coros[i].kind == kind && c->m->coros[i].body && span_eq(name, c->m->coros[i].name))
				co = i;
	free(canon);
	return co;
}

/* The upvar an aggregate's `name: op` sets, by the body's debug names. */
static uint32_t upvar_named(const Coroutine *co, Span name)
{
	for (uint32_t i = 0; i < co->nupvars; i++)
		if (co->upvars[i].name && span_eq(name, co->upvars[i].name))
			return i;
	return NO_ID;
}

/* An async fn's constructor, as the linker writes it: its params, `let mut _0`,
 * and one block `_0 = {coroutine@SPAN} { x: op, .. }; return;`. Read into a plain
 * fn named like the coroutine that aggregates it from its operands in upvar
 * order (what the frontend's constructors are), so that the caller's call
 * (renamed: link_ctor_calls) builds the callee's future instead of an external
 * value. NULL (and nothing added) when any part does not read or disagrees
 * with the body's upvars. */
static Fn *read_ctor(Ctx *c, const Line *lines, uint32_t first, uint32_t end, uint32_t coro, const char *open,
		     const char *close)
{
	const Line *hl = &lines[first];
	Span params = {open + 1, close};
	/* named like the coroutine, as the frontend names an async fn and its
	 * constructor (query_constructor); the callers' calls are renamed to it */
	char *nm = mir_xstrndup(c->m->coros[coro].name, strlen(c->m->coros[coro].name));
	Fn *had = module_find_fn(c->m, nm);
	if (had) { /* read before under another spelling of the callers' */
		free(nm);
		return had->kind == FN_SYNC && !had->external ? had : NULL;
	}
	Fn *f = fn_new(c->m, nm, FN_SYNC);
	free(nm);
	c->f = f;
	c->line = hl;
	c->own = NO_ID;
	memset(&c->d, 0, sizeof c->d);
	c->d.file = c->file;
	fn_add_local(f, c->m->coros[coro].ty, NULL, 1);
	Span ps[64];
	int np = params.s == params.e ? 0 : mir_split_commas(params, ps, 64);
	int ok = np >= 0;
	for (int i = 0; ok && i < np; i++) {
		const char *colon = mir_find_top(ps[i], ": ", 0);
		uint64_t l;
		TypeId t;
		ok = colon && mir_parse_local_name(trim((Span){ps[i].s, colon}), &l) == 0 && l == (uint64_t)i + 1 &&
		     mir_type_of(c, trim((Span){colon + 2, ps[i].e}), &t) == OK;
		if (ok)
			fn_add_local(f, t, NULL, 0);
	}
	f->nargs = (uint32_t)(np > 0 ? np : 0);
	const char *agg = "_0 = {coroutine@";
	Span x = {NULL, NULL};
	for (uint32_t k = first + 1; ok && k < end && !x.s; k++) {
		Span s = trim((Span){lines[k].s, lines[k].s + lines[k].n});
		if (starts(s, agg) && ends(s, "};"))
			x = (Span){s.s + 5, s.e - 1}, c->line = &lines[k];
	}
	const char *q = x.s ? mir_match_close(x.s, x.e) : NULL;
	Span body = {NULL, NULL};
	if (q && starts((Span){q + 1, x.e}, " {") && mir_match_close(q + 2, x.e) == x.e - 1)
		body = trim((Span){q + 3, x.e - 1});
	const Coroutine *co = &c->m->coros[coro];
	uint32_t n = co->nupvars;
	Operand *ops = calloc(n + 1, sizeof *ops);
	uint8_t *set = calloc(n + 1, 1);
	if (!ops || !set)
		internal_error("out of memory");
	Span parts[64];
	int nparts = ok && body.s ? (body.s == body.e ? 0 : mir_split_commas(body, parts, 64)) : -1;
	ok = nparts == (int)n;
	for (int i = 0; ok && i < nparts; i++) {
		const char *colon = mir_find_top(parts[i], ": ", 0);
		uint32_t u = colon ? upvar_named(&c->m->coros[coro], trim((Span){parts[i].s, colon})) : NO_ID;
		ok = u != NO_ID && !set[u] && mir_operand_of(c, trim((Span){colon + 2, parts[i].e}), &ops[u]) == OK &&
		     mir_optype(c, ops[u]) == c->m->coros[coro].upvars[u].ty;
		if (ok)
			set[u] = 1;
	}
	if (ok && !c->d.failed) {
		BlockId bb = fn_add_block(f, 0);
		Stmt st = {0};
		st.kind = ST_ASSIGN;
		st.rv = RV_AGGREGATE;
		st.op = AGG_CORO;
		st.place = place_local(f, 0);
		st.x = c->m->coros[coro].ty;
		st.a.v = fn_add_args(f, ops, n);
		st.b.v = n;
		fn_push_stmt(f, bb, st);
		fn_set_term(f, bb, term_simple(TK_RETURN));
	}
	free(ops);
	free(set);
	if (!ok || c->d.failed) {
		module_remove_fn(c->m, f);
		f = NULL;
	}
	memset(&c->d, 0, sizeof c->d);
	c->f = NULL;
	return f;
}

/* The calls of the constructors read here (each under the spelling its caller
 * wrote, aliases[i] for coroutine alias_co[i]) are renamed to the constructor's
 * name, the coroutine's, when their destination has the coroutine's type. A
 * constant argument rustc printed without its type (`const
 * io::interest::Interest::READABLE`: IMPORT_CONST_TYPE) takes the parameter's,
 * as the callee's signature says; its value stays the one the model gives a
 * constant known by its spelling (const_text), the same in every stage. */
static void link_ctor_calls(Import *im, char **aliases, const uint32_t *alias_co, uint32_t nalias)
{
	TypeId unknown = type_intern(im->m, (Type){.kind = TY_OPAQUE, .text = IMPORT_CONST_TYPE});
	for (uint32_t i = 0; i < im->ncoros; i++) {
		Fn *f = im->coros[i].fn;
		for (BlockId b = 0; f && b < f->nblocks; b++) {
			Term *t = &f->blocks[b].term;
			if (t->kind != TK_CALL || t->op != CALLEE_FN)
				continue;
			for (uint32_t k = 0; k < nalias; k++)
				if (strcmp(f->names[t->x], aliases[k]) == 0 && place_type(f, t->place) == im->m->coros[alias_co[k]].ty) {
					t->x = fn_add_name(f, im->m->coros[alias_co[k]].name);
					break;
				}
			const Fn *g = module_find_fn(im->m, f->names[t->x]);
			if (!g || g->kind != FN_SYNC || g->external || g->nargs != t->nargs || g->nlocals <= g->nargs)
				continue;
			for (uint32_t k = 0; k < t->nargs; k++) {
				Operand o = f->args[t->args + k];
				if (o.kind == OP_CONST && f->consts[o.v].ty == unknown && const_text(im->m, &f->consts[o.v]))
					f->consts[o.v].ty = g->locals[k + 1].ty;
			}
		}
	}
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
		size_t e = j < len && j > i && src[j - 1] == '\r' ? j - 1 : j; /* a CRLF line end (hunt29: "no MIR fn found") */
		v[k++] = (Line){src + i, (uint32_t)(e - i > UINT32_MAX / 2 ? UINT32_MAX / 2 : e - i), no++};
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
	/* whole at any length (hunt30): a message names a callee, of any length */
	const char *path = diag_path(file), *msg = diag_msg(d);
	size_t n = strlen(path) + strlen(msg) + 64;
	char *buf = malloc(n);
	if (!buf)
		internal_error("out of memory");
	if (d->line > 0)
		snprintf(buf, n, "%s:%d:%d: error: %s", path, d->line, d->col, msg);
	else
		snprintf(buf, n, "%s: error: %s", path, msg);
	return buf;
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
			struct Sig *sg = mir_sig_slot(c, name);
			if (!sg->name) {
				sg->name = mir_xstrndup(name, strlen(name));
				c->nsigs++;
			}
			if (sg->stubbed)
				continue;
			sg->stubbed = 1;
			if (module_find_fn(c->m, name))
				continue;
			Fn *g = fn_new(c->m, name, FN_SYNC);
			g->external = 1;
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
	Span x = trim((Span){lines[i].s, lines[i].s + lines[i].n});
	/* one-line allocations of a dump: `allocN (size: 0, align: 1) {}`, `allocN (fn: NAME)` */
	if (ends(x, "{}") || (starts(x, "alloc") && !ends(x, "{")))
		return i;
	uint32_t end = i + 1;
	while (end < nlines && !(lines[end].n >= 1 && lines[end].s[0] == '}' &&
				 trim((Span){lines[end].s, lines[end].s + lines[end].n}).e == lines[end].s + 1))
		end++;
	return end;
}

/* The line that closes the block comment opened at line i (nlines if none). */
static uint32_t comment_end(const Line *lines, uint32_t nlines, uint32_t i)
{
	for (uint32_t k = 2; i < nlines; i++, k = 0) /* past the opening slash-star */
		for (; k + 1 < lines[i].n; k++)
			if (lines[i].s[k] == '*' && lines[i].s[k + 1] == '/')
				return i;
	return nlines;
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
			const char *q = mir_match_close(p, h.e);
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
/* The end of identifier or path token p of canonical text t (`a::B` stays one token), or p
 * itself when p starts none (a digit, a lifetime's name). */
static const char *ident_end(const char *t, const char *p)
{
	if (!is_ident(*p) || is_digit(*p) || (p > t && (is_ident(p[-1]) || p[-1] == '\'')))
		return p;
	while (is_ident(*p) || (p[0] == ':' && p[1] == ':'))
		p += *p == ':' ? 2 : 1;
	return p;
}

static int is_keyword(const char *p, const char *e)
{
	static const char *const kw[] = {"dyn", "impl", "mut", "const", "as", "for", "fn", "unsafe", "extern", NULL};
	for (int k = 0; kw[k]; k++)
		if ((size_t)(e - p) == strlen(kw[k]) && memcmp(p, kw[k], (size_t)(e - p)) == 0)
			return 1;
	return 0;
}

/* A fn's signature names its return type with trimmed paths, which may use a `use .. as` alias
 * (reqwest's `Box<dyn StdError + Send + Sync>`; rustc's trimmed_def_paths), and `_0` with full
 * ones (`Box<dyn std::error::Error + ..>`): one Ty printed twice. When the two canonical spellings
 * have one shape (punctuation, keywords, numbers, lifetimes and primitive types equal), each
 * capitalised name the signature spells differently is an alias of `_0`'s, learnt for the whole
 * file (Ctx.ids); a name given two meanings is no alias. */
static void learn_aliases(Ctx *c, Span sig, Span local0)
{
	char *a = mir_canon_type(trim(sig)), *b = mir_canon_type(trim(local0));
	struct Pair { const char *p, *e, *q, *f; } pairs[16];
	int n = 0, same = 1;
	const char *p = a, *q = b;
	while (same && *p && *q) {
		const char *ep = ident_end(a, p), *eq = ident_end(b, q);
		if (ep != p && eq != q) {
			if (is_keyword(p, ep) || is_keyword(q, eq))
				same = ep - p == eq - q && memcmp(p, q, (size_t)(ep - p)) == 0;
			else if (ep - p != eq - q || memcmp(p, q, (size_t)(ep - p)) != 0)
				/* names of nominal types (capitalised; `u32` and `u64` are two types), the
				 * signature's a single segment */
				same = n < 16 && *p >= 'A' && *p <= 'Z' && *q >= 'A' && *q <= 'Z' && !memchr(p, ':', (size_t)(ep - p))
					       ? (pairs[n++] = (struct Pair){p, ep, q, eq}, 1) : 0;
			p = ep, q = eq;
			continue;
		}
		same = *p++ == *q++;
	}
	for (int i = 0; same && !*p && !*q && i < n; i++) {
		char *from = mir_xstrndup(pairs[i].p, (size_t)(pairs[i].e - pairs[i].p));
		char *to = mir_xstrndup(pairs[i].q, (size_t)(pairs[i].f - pairs[i].q));
		uint32_t k = 0;
		while (k < c->nids && strcmp(c->ids[k].from, from) != 0)
			k++;
		if (k < c->nids) {
			if (c->ids[k].to && strcmp(c->ids[k].to, to) != 0) {
				free(c->ids[k].to);
				c->ids[k].to = NULL; /* two meanings: none */
			}
			free(from);
			free(to);
			continue;
		}
		struct Ident *ni = realloc(c->ids, (c->nids + 1) * sizeof *ni);
		if (!ni)
			internal_error("out of memory");
		c->ids = ni;
		c->ids[c->nids++] = (struct Ident){from, to};
	}
	free(a);
	free(b);
}

/* Canonical text t with the learnt aliases replaced by what they name (malloc'd; t freed). */
char *mir_unalias(const Ctx *c, char *t)
{
	if (!c->nids)
		return t;
	size_t cap = strlen(t) * 2 + 64, n = 0;
	char *out = malloc(cap);
	if (!out)
		internal_error("out of memory");
	for (const char *p = t; *p;) {
		const char *e = ident_end(t, p);
		const char *rep = NULL;
		size_t len = (size_t)(e - p);
		for (uint32_t k = 0; e != p && k < c->nids && !rep; k++)
			if (c->ids[k].to && strlen(c->ids[k].from) == len && memcmp(c->ids[k].from, p, len) == 0)
				rep = c->ids[k].to;
		const char *src = rep ? rep : p;
		size_t m = rep ? strlen(rep) : e != p ? len : 1;
		if (n + m + 1 > cap) {
			cap = (n + m + 1) * 2;
			char *no = realloc(out, cap);
			if (!no)
				internal_error("out of memory");
			out = no;
		}
		memcpy(out + n, src, m);
		n += m;
		p += e != p ? len : 1;
	}
	out[n] = 0;
	free(t);
	return out;
}

/* Every fn item's signature return type against its `let mut _0` (learn_aliases). */
static void prescan_aliases(Ctx *c, const Line *lines, uint32_t nlines)
{
	for (uint32_t i = 0; i < nlines;) {
		const Line *ln = &lines[i];
		if (ln->n < 3 || memcmp(ln->s, "fn ", 3) != 0) {
			i++;
			continue;
		}
		uint32_t end = item_end(lines, nlines, i);
		Span h = {ln->s, ln->s + ln->n};
		const char *open = params_open(h);
		const char *close = open ? mir_match_close(open, h.e) : NULL;
		if (close && starts((Span){close, h.e}, ") -> ")) {
			Span ret = {close + 5, ends(h, " {") ? h.e - 2 : h.e};
			for (uint32_t k = i + 1; k < end && k < nlines; k++) {
				Span d = trim((Span){lines[k].s, lines[k].s + lines[k].n});
				if (starts(d, "bb"))
					break;
				if (starts(d, "let mut _0: ") && ends(d, ";")) {
					learn_aliases(c, ret, (Span){d.s + strlen("let mut _0: "), d.e - 1});
					break;
				}
			}
		}
		i = end + 1;
	}
}

static void prescan(Ctx *c, const Line *lines, uint32_t nlines)
{
	prescan_aliases(c, lines, nlines);
	for (uint32_t i = 0; i < nlines;) {
		const Line *ln = &lines[i];
		if (ln->n == 0 || ln->s[0] == ' ' || ln->s[0] == '\t' || (ln->n >= 2 && ln->s[0] == '/' && ln->s[1] == '/')) {
			i++;
			continue;
		}
		if (ln->n >= 2 && ln->s[0] == '/' && ln->s[1] == '*') { /* -Zdump-mir's coroutine_layout comment */
			i = comment_end(lines, nlines, i) + 1;
			continue;
		}
		uint32_t end = item_end(lines, nlines, i);
		Span h = {ln->s, ln->s + ln->n};
		const char *open = params_open(h);
		const char *close = open ? mir_match_close(open, h.e) : NULL;
		Span ps[3];
		if (close && is_resume_header(trim((Span){open + 1, h.e})) &&
		    mir_split_commas((Span){open + 1, close}, ps, 3) == 2) {
			const char *colon = mir_find_top(ps[0], ": ", 0);
			char *t1 = colon ? mir_canon_type(trim((Span){colon + 2, ps[0].e})) : NULL;
			Span x = t1 ? (Span){t1, t1 + strlen(t1)} : (Span){NULL, NULL}, in, ref, name;
			CoroKind kind;
			if (t1 && mir_generic1(x, mir_pin_names, &in) && starts(in, "&mut {") &&
			    (ref = trim(drop_front(in, 5)), mir_match_close(ref.s, ref.e) == ref.e - 1) &&
			    mir_coro_name(ref, &kind, &name)) {
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
					c->pre[c->npre++] = (struct Pre){mir_xstrndup(name.s, span_len(name)), kind, &lines[k],
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
	return import_mir_noglue(file, src, len, NULL, 0);
}

Import *import_mir_noglue(const char *file, const char *src, size_t len, char *const *noglue, uint32_t n)
{
	Import *im = calloc(1, sizeof *im);
	if (!im)
		internal_error("out of memory");
	im->m = module_new(file);
	im->m->transformed = 1;
	size_t bad = utf8_invalid_at((const unsigned char *)src, len);
	if (bad < len) { /* as a `.rs` or a `.mir` (hunt29: the bytes went into names and were printed raw) */
		int line = 1, col = 1;
		for (size_t i = 0; i < bad; i++) {
			if (src[i] == '\n')
				line++, col = 1;
			else if (((unsigned char)src[i] & 0xC0) != 0x80)
				col++;
		}
		char buf[160];
		snprintf(buf, sizeof buf, "%d:%d: error: stream did not contain valid UTF-8", line, col);
		size_t fl = strlen(diag_path(file ? file : "<input>"));
		im->error = malloc(fl + strlen(buf) + 2);
		if (!im->error)
			internal_error("out of memory");
		sprintf(im->error, "%s:%s", diag_path(file ? file : "<input>"), buf);
		len = 0;
	}
	uint32_t nlines;
	Line *lines = split_lines(src, len, &nlines);
	Ctx c = {.file = file ? file : "<input>", .m = im->m, .im = im, .hint = noglue, .nhint = n};
	char **aliases = NULL; /* constructors read (linked dumps): the spelling each was read under */
	uint32_t *alias_co = NULL;
	prescan(&c, lines, nlines);
	for (uint32_t i = 0; i < nlines;) {
		const Line *ln = &lines[i];
		if (ln->n == 0 || ln->s[0] == ' ' || ln->s[0] == '\t' || (ln->n >= 2 && ln->s[0] == '/' && ln->s[1] == '/')) {
			i++;
			continue;
		}
		if (ln->n >= 2 && ln->s[0] == '/' && ln->s[1] == '*') { /* -Zdump-mir's coroutine_layout comment */
			uint32_t ce = comment_end(lines, nlines, i);
			if (ce >= nlines && !im->error) {
				char buf[160];
				snprintf(buf, sizeof buf, "%s:%d:1: error: comment not closed (a truncated file?)", diag_path(c.file), ln->no);
				im->error = mir_xstrndup(buf, strlen(buf));
			}
			i = ce + 1;
			continue;
		}
		/* an item: up to its closing `}` at column 0 */
		uint32_t end = item_end(lines, nlines, i);
		im->items++;
		Span h = {ln->s, ln->s + ln->n};
		const char *open = params_open(h);
		if (open && (open[1] == ')' || (open[1] == '_' && open[2] >= '0' && open[2] <= '9')) && h.e[-1] != '}')
			im->mirfns++; /* MIR names its parameters _1, _2, ...; a header is not a whole item on one line */
		/* not after text that has no MIR fn header (random bytes, a one-line Rust fn): "no MIR fn found" */
		if (end >= nlines && !im->error && im->mirfns > 0) {
			/* every item of rustc's output ends at a `}` line: a truncated file */
			char buf[160];
			snprintf(buf, sizeof buf, "%s:%d:1: error: item not closed by a `}` line (a truncated file?)", diag_path(c.file),
				 ln->no);
			im->error = mir_xstrndup(buf, strlen(buf));
		}
		int body = open && is_body_header(trim((Span){open + 1, h.e})) && is_body_item(lines, i, end);
		uint32_t ctor = open && !body && end < nlines ? ctor_coro(&c, h, mir_match_close(open, h.e)) : NO_ID;
		if (ctor != NO_ID && read_ctor(&c, lines, i, end, ctor, open, mir_match_close(open, h.e))) {
			if (im->nctors % 16 == 0) {
				aliases = realloc(aliases, (im->nctors + 16) * sizeof *aliases);
				alias_co = realloc(alias_co, (im->nctors + 16) * sizeof *alias_co);
				if (!aliases || !alias_co)
					internal_error("out of memory");
			}
			aliases[im->nctors] = mir_xstrndup(h.s + 3, (size_t)(open - h.s - 3));
			alias_co[im->nctors++] = ctor;
		}
		if (open && (body || is_resume_header(trim((Span){open + 1, h.e})))) {
			if (im->ncoros == im->capcoros) {
				im->capcoros = im->capcoros ? im->capcoros * 2 : 16;
				ImportedCoro *nc = realloc(im->coros, im->capcoros * sizeof *nc);
				if (!nc)
					internal_error("out of memory");
				im->coros = nc;
			}
			ImportedCoro *ic = &im->coros[im->ncoros++];
			memset(ic, 0, sizeof *ic);
			ic->name = mir_xstrndup(h.s + 3, (size_t)(open - h.s - 3));
			ic->line = ln->no;
			memset(&c.d, 0, sizeof c.d);
			c.d.file = c.file;
			c.depth = 0;
			Fn *f;
			if (end >= nlines) {
				c.line = ln;
				mir_bad(&c, ln->s, "fn %s is not closed by a `}` line", ic->name);
				f = NULL;
			} else {
				f = read_fn(&c, lines, i, end, &ic->c, body);
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
					mir_fix_output(&c, c.alias_coro, out);
					c.want_inst = 0;
					c.no_inst = 1;
					f = read_fn(&c, lines, i, end, &ic->c, body);
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
		snprintf(buf, sizeof buf, "%s:1:1: error: no MIR fn found (expected the output of rustc --emit=mir)", diag_path(c.file));
		im->error = mir_xstrndup(buf, strlen(buf));
	}
	if (im->nctors)
		link_ctor_calls(im, aliases, alias_co, im->nctors);
	for (uint32_t i = 0; i < im->nctors; i++)
		free(aliases[i]);
	free(aliases);
	free(alias_co);
	mir_future_awaits(&c, im);
	make_stubs(&c, im);
	mir_glue_finish(&c);
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
	for (uint32_t i = 0; i < c.nids; i++)
		free(c.ids[i].from), free(c.ids[i].to);
	free(c.ids);
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
	for (uint32_t i = 0; i < im->nnoglue; i++)
		free(im->noglue[i]);
	free(im->noglue);
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
