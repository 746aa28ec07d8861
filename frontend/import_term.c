/* import_term.c — rustc MIR import: terminators and callees: awaits, calls, asserts, drops. See import.c. */
#include "import.h"

/* ------------------------------------------------------------------ */
/* terminators                                                         */
/* ------------------------------------------------------------------ */

static int block_ref(Ctx *c, Span x, BlockId *out)
{
	uint64_t v;
	x = trim(x);
	if (!starts(x, "bb") || mir_parse_u64(drop_front(x, 2), &v) != 0 || v >= MAX_BLOCKS)
		return mir_bad(c, x.s, "expected a block `bbN`");
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
	return mir_bad(c, x.s, "unwind action `%.*s` is not modelled", (int)(span_len(x) > 40 ? 40 : span_len(x)), x.s);
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
	if (!starts(x, "[") || mir_match_close(x.s, x.e) != x.e - 1)
		return mir_bad(c, x.s, "expected successors");
	Span parts[4];
	int n = mir_split_commas((Span){x.s + 1, x.e - 1}, parts, 4);
	if (n < 1)
		return mir_bad(c, x.s, "expected successors");
	int have_target = 0, have_unwind = 0;
	for (int i = 0; i < n; i++) {
		Span p = parts[i];
		if (starts(p, "unwind")) {
			if (have_unwind || unwind_of(c, p, t) != OK)
				return mir_bad(c, p.s, "bad unwind action");
			have_unwind = 1;
		} else if (label && starts(p, label) && !have_target) {
			size_t ln = strlen(label);
			if (!starts(drop_front(p, ln), ": "))
				return mir_bad(c, p.s, "expected `%s: bbN`", label);
			if (block_ref(c, drop_front(p, ln + 2), &t->target) != OK)
				return BAD;
			have_target = 1;
		} else if (starts(p, "drop: ") && t->kind == TK_YIELD) {
			if (block_ref(c, drop_front(p, 6), &t->drop) != OK)
				return BAD;
		} else {
			return mir_bad(c, p.s, "unexpected successor `%.*s`", (int)(span_len(p) > 40 ? 40 : span_len(p)), p.s);
		}
	}
	if (!have_target && !have_unwind)
		return mir_bad(c, x.s, "expected successors");
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
			n = mir_split_commas((Span){s.s + 1, s.e - 1}, parts, 4);
			if (n < 1 || n > 2)
				return mir_bad(c, s.s, "an opaque terminator with %d successors", n);
			for (int i = 0; i < n; i++) {
				if (starts(parts[i], "unwind")) {
					if (unwind_of(c, parts[i], t) != OK)
						return BAD;
					continue;
				}
				const char *colon = mir_find_top(parts[i], ": ", 0);
				if (!colon || t->target != NO_BLOCK || block_ref(c, (Span){colon + 2, parts[i].e}, &t->target) != OK)
					return mir_bad(c, parts[i].s, "bad successor");
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
			if (mir_match_close(x.s, x.e) != gt)
				continue;
			TypeId ty;
			if (mir_type_of(c, (Span){x.s + 1, as}, &ty) != OK)
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
		if (mir_match_close(open, x.e) != x.e - strlen("::new_unchecked") - 1)
			continue;
		TypeId ty;
		if (mir_type_of(c, (Span){open + 6, x.e - strlen(">::new_unchecked")}, &ty) != OK)
			return BAD;
		t->op = CALLEE_PIN_NEW;
		t->x = ty;
		return OK;
	}
	/* a #![no_std] crate's MIR names it through core (embedded-io-async) */
	if (span_eq(x, "std::future::get_context::<'_, '_>") || span_eq(x, "core::future::get_context::<'_, '_>")) {
		t->op = CALLEE_GET_CONTEXT;
		t->x = 0;
		return OK;
	}
	static const char *const dip[] = {"std::ptr::drop_in_place::<", "core::ptr::drop_in_place::<", NULL};
	if (mir_generic1(x, dip, &in)) {
		TypeId ty;
		if (mir_type_of(c, in, &ty) != OK)
			return BAD;
		t->op = CALLEE_DROP_IN_PLACE;
		t->x = ty;
		return OK;
	}
	if (x.s == x.e || !mir_balanced(x))
		return mir_bad(c, x.s, "bad callee");
	char *name = mir_xstrndup(x.s, span_len(x));
	t->x = fn_add_name(c->f, name);
	free(name);
	return OK;
}

struct Sig *mir_sig_slot(Ctx *c, const char *name)
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
			uint32_t h = mir_hash_span((Span){k, k + strlen(k)}) & (ncap - 1);
			while (nt[h].name)
				h = (h + 1) & (ncap - 1);
			nt[h] = c->sigs[i];
		}
		free(c->sigs);
		c->sigs = nt;
		c->capsigs = ncap;
	}
	uint32_t h = mir_hash_span((Span){name, name + strlen(name)}) & (c->capsigs - 1);
	while (c->sigs[h].name && strcmp(c->sigs[h].name, name) != 0)
		h = (h + 1) & (c->capsigs - 1);
	return &c->sigs[h];
}

/* A call of a CALLEE_FN: the first call site of a name fixes its signature. */
static int sig_check(Ctx *c, const Term *t)
{
	const char *name = c->f->names[t->x];
	TypeId dst = place_type(c->f, t->place);
	struct Sig *sg = mir_sig_slot(c, name);
	if (!sg->name) {
		sg->name = mir_xstrndup(name, strlen(name));
		sg->nargs = t->nargs;
		sg->args = malloc((t->nargs + 1) * sizeof *sg->args);
		if (!sg->args)
			internal_error("out of memory");
		for (uint32_t i = 0; i < t->nargs; i++)
			sg->args[i] = mir_optype(c, c->f->args[t->args + i]);
		sg->ret = dst;
		c->nsigs++;
		return OK;
	}
	int ok = sg->nargs == t->nargs && sg->ret == dst;
	for (uint32_t i = 0; ok && i < t->nargs; i++)
		ok = sg->args[i] == mir_optype(c, c->f->args[t->args + i]);
	return ok ? OK : mir_opaque(c, IO_TYPE);
}

void mir_fix_output(Ctx *c, uint32_t coro, TypeId out)
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
		int r = mir_type_of(c, c->pre[i].out, &t);
		c->line = at;
		c->d = keep; /* the resume fn reports its own errors */
		if (r == OK && mir_kind_of(c, t) == TY_POLL)
			mir_fix_output(c, coro, type_get(c->m, t)->a);
		return;
	}
}

/* verify.c's call rules. A trait-method callee whose types do not fit the
 * model becomes the plain path it was printed as. */
static int call_typecheck(Ctx *c, Term *t, Span callee)
{
	TypeId dst = place_type(c->f, t->place), x = t->x;
	TypeId o0 = t->nargs > 0 ? mir_optype(c, c->f->args[t->args]) : NO_ID;
	TypeId o1 = t->nargs > 1 ? mir_optype(c, c->f->args[t->args + 1]) : NO_ID;
	int ok = 0;
	switch (t->op) {
	case CALLEE_FN:
		return sig_check(c, t);
	case CALLEE_INTO_FUTURE:
		ok = t->nargs == 1 && o0 == x && dst == x;
		break;
	case CALLEE_PIN_NEW:
		ok = t->nargs == 1 && mir_is_ptr_to(c, o0, TY_REFMUT, x) && mir_kind_of(c, dst) == TY_PIN &&
		     mir_is_ptr_to(c, type_get(c->m, dst)->a, TY_REFMUT, x);
		break;
	case CALLEE_GET_CONTEXT:
		ok = t->nargs == 1 && o0 == TY_RESUMETY && mir_is_ptr_to(c, dst, TY_REFMUT, TY_CONTEXT);
		break;
	case CALLEE_DROP_IN_PLACE:
		ok = t->nargs == 1 && mir_is_ptr_to(c, o0, TY_RAWMUT, x) && dst == TY_UNIT;
		break;
	case CALLEE_POLL:
		if (mir_kind_of(c, x) != TY_CORO) { /* another future's: import_future.c */
			ok = mir_ext_future_poll(c, t, o0, o1, dst);
			break;
		}
		if (mir_kind_of(c, dst) == TY_POLL) {
			uint32_t co = type_get(c->m, x)->coro;
			TypeId want = type_get(c->m, dst)->a;
			pre_output(c, co);
			if (output_fixed(c, co) && c->m->coros[co].output != want && !c->no_inst && !c->alias &&
			    co != c->own) {
				c->want_inst = 1;
				c->inst_coro = co;
				c->inst_out = want;
				return mir_bad(c, callee.s, "poll of another instance of %s", c->m->coros[co].name);
			}
			mir_fix_output(c, co, want);
		}
		ok = t->nargs == 2 && mir_kind_of(c, o0) == TY_PIN && mir_is_ptr_to(c, type_get(c->m, o0)->a, TY_REFMUT, x) &&
		     mir_is_ptr_to(c, o1, TY_REFMUT, TY_CONTEXT) &&
		     mir_is_ptr_to(c, dst, TY_POLL, c->m->coros[type_get(c->m, x)->coro].output);
		break;
	}
	if (ok)
		return OK;
	char *name = mir_xstrndup(callee.s, span_len(callee));
	t->op = CALLEE_FN;
	t->x = fn_add_name(c->f, name);
	free(name);
	return sig_check(c, t);
}

/* Fills *t; returns OK, OPAQUE (t is the opaque placeholder) or BAD. */
int mir_term_of(Ctx *c, Span x, Term *t)
{
	*t = term0(TK_RETURN);
	const char *arrow = mir_find_top(x, " -> ", 0);
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
		/* a switch with no value arm prints its one target as `-> bbN` */
		int only_otherwise = starts(succ, "bb");
		if (!only_otherwise && (!starts(succ, "[") || mir_match_close(succ.s, succ.e) != succ.e - 1))
			return mir_bad(c, succ.s, "expected switch targets");
		int r = mir_operand_of(c, (Span){head.s + 10, head.e - 1}, &t->a);
		if (r != OK)
			return r == OPAQUE ? mir_bad(c, head.s, "switchInt on an operand the model lacks") : BAD;
		TypeId st = mir_optype(c, t->a);
		if (!mir_is_int_or_bool(c, st))
			return mir_bad(c, head.s, "switchInt on a value of a type the model lacks");
		int sbits = st == TY_BOOL ? 1 : type_int_bits(c->m, st);
		if (only_otherwise) {
			t->args = fn_add_arms(c->f, NULL, 0);
			t->nargs = 0;
			return block_ref(c, succ, &t->target);
		}
		Span rest = {succ.s + 1, succ.e - 1};
		SwitchArm *arms = NULL;
		uint32_t narms = 0, cap = 0;
		int got_otherwise = 0;
		while (rest.s < rest.e) {
			const char *comma = mir_find_top(rest, ",", 0);
			Span p = trim((Span){rest.s, comma ? comma : rest.e});
			rest = comma ? (Span){comma + 1, rest.e} : (Span){rest.e, rest.e};
			const char *colon = mir_find_top(p, ": ", 0);
			if (!colon || got_otherwise) {
				free(arms);
				return mir_bad(c, p.s, "expected `value: bbN` or `otherwise: bbN`");
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
			if (mir_parse_u64(v, &val) != 0 || narms >= MAX_LIST || (sbits < 64 && val >> sbits)) {
				free(arms);
				return mir_bad(c, v.s, "switch value does not fit the switched type");
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
			return mir_bad(c, succ.s, "switchInt without `otherwise`");
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
		int r = mir_place_of(c, (Span){head.s + 5, head.e - 1}, &t->place);
		if (r == OPAQUE)
			return opaque_term(c, head, succ, c->why, t);
		return r;
	}
	if (starts(head, "assert(") && ends(head, ")") && arrow) {
		Span parts[8];
		int n = mir_split_commas((Span){head.s + 7, head.e - 1}, parts, 8);
		if (n < 0) {
			*t = term0(TK_ASSERT);
			return opaque_term(c, head, succ, IO_ASSERT, t);
		}
		if (n < 2 || !starts(parts[1], "\"") || !ends(parts[1], "\"") || span_len(parts[1]) < 2)
			return mir_bad(c, head.s, "expected `assert(cond, \"message\", ..)`");
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
		int r = mir_operand_of(c, cond, &t->a);
		Operand ops[8];
		int text[8] = {0};
		for (int i = 2; r == OK && i < n; i++) {
			r = mir_operand_of(c, parts[i], &ops[i - 2]);
			if (r == OPAQUE && c->why == IO_CONST) { /* `const ONE_READER`: by its spelling */
				text[i - 2] = 1;
				r = OK;
			}
		}
		/* of a type unknown: a scalar type would make it a scalar (const_text);
		 * the verifier checks no message operand's type */
		for (int i = 2; r == OK && i < n; i++)
			if (text[i - 2])
				ops[i - 2] = mir_text_const(c, trim(parts[i]),
							    type_intern(c->m, (Type){.kind = TY_OPAQUE, .text = IMPORT_CONST_TYPE}));
		if (r == OPAQUE)
			return opaque_term(c, head, succ, c->why, t);
		if (r != OK)
			return r;
		if ((uint32_t)(n - 2) != assert_nargs[kind])
			return opaque_term(c, head, succ, IO_ASSERT, t);
		if (mir_optype(c, t->a) != TY_BOOL)
			return opaque_term(c, head, succ, IO_TYPE, t);
		t->msg = kind;
		t->x = ax;
		t->args = fn_add_args(c->f, ops, (uint32_t)(n - 2));
		t->nargs = (uint32_t)(n - 2);
		return OK;
	}
	const char *eq = mir_find_top(head, " = ", 0);
	if (eq && arrow) {
		Span rhs = trim((Span){eq + 3, head.e});
		if (starts(rhs, "yield(") && ends(rhs, ")")) {
			*t = term0(TK_YIELD);
			if (succ_of(c, succ, t, "resume") != OK)
				return BAD;
			int r = mir_place_of(c, (Span){head.s, eq}, &t->place);
			if (r == OK)
				r = mir_operand_of(c, (Span){rhs.s + 6, rhs.e - 1}, &t->a);
			if (r == OPAQUE)
				return mir_bad(c, head.s, "yield with an operand the model lacks");
			return r;
		}
		if (!ends(rhs, ")"))
			return mir_bad(c, rhs.s, "expected a call");
		/* the argument list is the last top-level parenthesis */
		const char *open = NULL;
		for (const char *p = rhs.s; p < rhs.e;) {
			const char *q;
			if (*p == '"') {
				q = mir_skip_string(p, rhs.e);
			} else if (*p == '\'') {
				q = mir_skip_quote(p, rhs.e);
			} else if (*p == '-' && p + 1 < rhs.e && p[1] == '>') {
				q = p + 2;
			} else if (*p == '(' || *p == '[' || *p == '{' || *p == '<') {
				if (*p == '(')
					open = p;
				q = mir_match_close(p, rhs.e);
				q = q ? q + 1 : NULL;
			} else {
				q = p + 1;
			}
			if (!q)
				return mir_bad(c, p, "unbalanced call");
			p = q;
		}
		if (!open || mir_match_close(open, rhs.e) != rhs.e - 1 || open == rhs.s)
			return mir_bad(c, rhs.s, "expected a call `callee(args)`");
		*t = term0(TK_CALL);
		if (succ_of(c, succ, t, "return") != OK)
			return BAD;
		Span callee = trim((Span){rhs.s, open});
		if (starts(callee, IMPORT_OPAQUE_PREFIX) && span_len(trim((Span){open + 1, rhs.e - 1})) == 0) {
			/* an opaque terminator as print_fn writes it: read back as it was */
			PlaceId p;
			int r = mir_place_of(c, (Span){head.s, eq}, &p);
			if (r != OK || !place_is_local(c->f, p))
				return mir_bad(c, head.s, "an opaque terminator writes a plain local");
			char *name = mir_xstrndup(callee.s, span_len(callee));
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
		r = mir_place_of(c, (Span){head.s, eq}, &t->place);
		if (r == OK)
			r = mir_operands_of(c, (Span){open + 1, rhs.e - 1}, &t->args, &t->nargs, 1);
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
		if (starts(head, others[i]) && mir_balanced(head))
			return opaque_term(c, head, succ, IO_TERM, t);
	return mir_bad(c, x.s, "unknown terminator `%.*s`", (int)(span_len(x) > 60 ? 60 : span_len(x)), x.s);
}
