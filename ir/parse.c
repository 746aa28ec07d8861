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
 * Whole-module semantics (unknown callees, types, targets) are left to verify.c.
 *
 * In three files over the internal header parse.h: parse_lex.c (errors, the
 * lexer, token-level parsers), parse_body.c (types, places, operands,
 * constants, rvalues, statements, terminators), this file (fns, layouts,
 * coroutines, the pre-scan, parse_module). */
#include <stdlib.h>
#include <string.h>

#include "parse.h"

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
	TRY(parse_fn_rest(p, f));
	p->f = NULL;
	return 0;
}

/* after a fn's `{` (its _0 and arguments added): debug names, lets, blocks and the closing `}`;
 * a promoted's body too (promo38, parse_body.c) */
int parse_fn_rest(P *p, Fn *f)
{
	TypeId ret = f->locals[0].ty;
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
		if (is_p(p, ",")) { /* relocate-upvars-pack */
			next(p);
			TRY(expect_id(p, "packed", "after the tag"));
			l->pack = 1;
		}
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
		if (is_p(p, ",")) { /* relocate-upvars */
			next(p);
			TRY(expect_id(p, "relocated", "after the upvar offset"));
			if (!l->relocated)
				l->relocated = arena_alloc(m->arena, c->nupvars);
			l->relocated[i] = 1;
		}
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
		l->conflicts = conflicts_new(m->arena, l->nsaved);
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
	/* a row given twice, or a local twice in a row, was merged silently */
	uint32_t *row_of = l->nsaved ? arena_alloc(m->arena, 2 * (size_t)l->nsaved * sizeof *row_of) : NULL;
	if (row_of)
		memset(row_of, 0, 2 * (size_t)l->nsaved * sizeof *row_of);
	while (is_id(p, "conflicts")) {
		next(p);
		uint64_t a, b;
		int ovf;
		if (numbered_ident(p, "_s", &a, &ovf) < 0)
			return unexpected(p, "expected a saved local _sN");
		if (ovf || a >= l->nsaved)
			return ERR("unknown saved local %.*s", (int)p->t.n, p->t.s);
		if (row_of[a])
			return ERR("conflicts _s%u given twice", (unsigned)a);
		row_of[a] = 1;
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
			if (row_of[l->nsaved + b] == (uint32_t)a + 1)
				return ERR("_s%u twice in conflicts _s%u", (unsigned)b, (unsigned)a);
			row_of[l->nsaved + b] = (uint32_t)a + 1;
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
	int seen_output = 0, mline = 0, mcol = 0;
	while (!is_p(p, "}")) {
		if (is_id(p, "upvar")) {
			next(p);
			const char *un = NULL;
			TRY(parse_ident(p, &un, "an upvar name"));
			TRY(expect_p(p, ":", "after upvar name"));
			TypeId t;
			TRY(parse_type(p, &t));
			int by_ref = 0;
			if (is_p(p, ",")) { /* an async block's capture by reference (rustc: `_ref__x` in its layout) */
				next(p);
				TRY(expect_id(p, "by_ref", "after `,` of an upvar"));
				by_ref = 1;
			}
			TRY(expect_p(p, ";", "after upvar"));
			if (c->nupvars >= 0x10000)
				return ERR("too many upvars");
			coro_add_upvar(m, (uint32_t)ci, un, t);
			c = &m->coros[ci];
			c->upvars[c->nupvars - 1].by_ref = (uint8_t)by_ref;
		} else if (is_id(p, "mentioned")) {
			/* the aggregate's operand names (rustc's upvars_mentioned), when not the upvars' */
			if (c->mentioned)
				return ERR("duplicate `mentioned`");
			mline = p->t.line, mcol = p->t.col;
			next(p);
			const char **names = NULL;
			uint32_t n = 0, cap = 0;
			for (;;) {
				const char *nm = NULL;
				TRY(parse_ident(p, &nm, "a variable name"));
				if (n >= 0x10000)
					return ERR("too many mentioned names");
				*VEC_PUSH(p->tmp, names, n, cap) = nm;
				if (!is_p(p, ","))
					break;
				next(p);
			}
			TRY(expect_p(p, ";", "after mentioned names"));
			const char **v = arena_alloc(m->arena, n * sizeof *v);
			for (uint32_t i = 0; i < n; i++)
				v[i] = arena_strdup(m->arena, names[i]);
			c->mentioned = v;
			c->nmentioned = n;
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
			return unexpected(p, "expected `upvar`, `mentioned`, `output`, `body`, `resume`, `drop`, `replaced_by`, `layout` or '}'");
		}
	}
	/* rustc names one operand per variable (upvars_mentioned): a variable's second field capture
	 * (edition 2021) has none, and the aggregate writes it `?` (ir.c coro_aggregate_name) */
	if (c->mentioned && c->nmentioned > c->nupvars)
		return err_at(p, mline, mcol, "coroutine %s has %u mentioned names for %u upvars", c->name,
			      (unsigned)c->nmentioned, (unsigned)c->nupvars);
	next(p);
	return 0;
}

/* Register every top-level `coroutine NAME: async fn|block` in file order, and
 * every struct and enum item by name (parse_item.c). */
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
		} else if (depth == 0 && (is_id(p, "struct") || is_id(p, "enum"))) {
			p->err = 0;
			prescan_item(p);
			p->depth = 0;
			continue;
		} else if (depth == 0 && is_id(p, "coroutine")) {
			next(p);
			char *name;
			p->err = 0;
			if ((p->t.kind != T_IDENT && !is_p(p, "<") && !is_p(p, "{")) || parse_path(p, &name) < 0) {
				p->depth = 0;
				continue;
			}
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
		if (strcmp(coro_aggregate_name(c, pa->idx), pa->name) != 0)
			return err_at(p, pa->line, pa->col, "expected %s %s of coroutine %s, found %s",
				      c->mentioned ? "mentioned name" : "upvar", coro_aggregate_name(c, pa->idx), c->name,
				      pa->name);
	}
	return 0;
}

/* The text's bytes before any token (hunt29): UTF-8, as a `.rs` must be (a byte that is not, in a comment or
 * a string, was taken as it was and printed back raw in messages), and lines that end in LF or CRLF (a file
 * with CR line ends was one `//` comment line: an empty module, "ok"). The error is at the byte. */
static int bytes_check(P *p, size_t start)
{
	size_t bad = start + utf8_invalid_at((const unsigned char *)p->src + start, p->len - start);
	const char *cr = memchr(p->src + start, '\r', bad - start);
	while (cr && cr + 1 < p->src + p->len && cr[1] == '\n')
		cr = memchr(cr + 2, '\r', (size_t)(p->src + bad - (cr + 2)));
	size_t at = cr ? (size_t)(cr - p->src) : bad;
	if (at >= p->len)
		return 0;
	lx_adv(p, at - start);
	return err_at(p, p->lx.line, p->lx.col, cr ? "a carriage return not followed by a line feed (lines end with LF or CRLF)"
						  : "stream did not contain valid UTF-8");
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
	/* a UTF-8 byte order mark is skipped, as the Rust lexer skips one (issue 23: it was
	 * "unexpected byte 0xef"); columns count from after it, as rustc's do */
	size_t start = p->len >= 3 && !memcmp(p->src, "\xEF\xBB\xBF", 3) ? 3 : 0;
	p->lx = (Lex){start, 1, 1};
	if (bytes_check(p, start) != 0) {
		arena_free(p->tmp);
		namemap_free(&p->named_ix);
		module_free(p->m);
		return NULL;
	}
	prescan(p);
	p->lx = (Lex){start, 1, 1};
	next(p);
	int r = 0;
	while (r == 0 && p->t.kind != T_EOF) {
		if (is_id(p, "fn"))
			r = parse_fn(p);
		else if (is_id(p, "coroutine"))
			r = parse_coroutine(p);
		else if (is_id(p, "struct") || is_id(p, "enum") || is_p(p, "#"))
			r = parse_item(p);
		else if (is_id(p, "const") || is_id(p, "static"))
			r = parse_const_item(p);
		else
			r = unexpected(p, "expected `fn`, `coroutine`, `struct`, `enum`, `const` or `static`");
	}
	if (r == 0)
		r = resolve(p);
	arena_free(p->tmp);
	namemap_free(&p->named_ix);
	if (r < 0 || p->err) {
		if (!d->failed)
			diag_set(d, 0, 0, "parse error");
		module_free(p->m);
		return NULL;
	}
	for (uint32_t i = 0; i < p->m->ncoros; i++)
		if (p->m->coros[i].layout)
			p->m->transformed = 1; /* a lowered module: the transform has run */
	module_sort_promoted(p->m); /* promo36: as the frontend's (print.c's order) */
	return p->m;
}
