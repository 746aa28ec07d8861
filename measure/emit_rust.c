/*
 * emit_rust.c — `coroslim emit`: a transformed Module as a rustc custom-MIR crate.
 *
 * Every Fn is written block for block as a `#[custom_mir(dialect = "runtime",
 * phase = "initial")]` body, so that rustc's MIR passes that run after
 * StateTransform, and LLVM, see what they see for a real coroutine. Each
 * coroutine becomes a type with exactly its Layout: a `#[repr(C, align(A))]`
 * struct around a `#[repr(C)]` union of views, each view one field placed at its
 * offset by a `[u8; N]` pad. The prelude's leaves (rust_prelude_nostd) open the
 * crate. DESIGN.md, "The emitter", maps every IR construct and names the
 * divergences from a real coroutine.
 *
 * Views of a Copy type are union fields of the view struct itself and are read
 * and written in place (`(*_23).u.s0.f`). The others (YieldNow, Guard, futures,
 * `&mut`) are `ManuallyDrop<View>` fields, which custom MIR cannot see through
 * (the value field is private and `Field` only projects variants): they are
 * reached through a raw pointer to the view, `_e1 = &raw mut (*_23).u.s1;
 * _e2 = CastPtrToPtr(_e1); (*_e2).f`, so a drop is still a MIR Drop of a `T`
 * place and codegen calls drop_in_place::<T> as rustc does.
 *
 * The panics of asserts call the `#[track_caller]` lang items rustc's codegen
 * calls, one call per line so that each keeps its own Location; the resume
 * fn's resumed-after-completion/panicking calls come from one macro invocation
 * (coro_mir!), so that they share one Location, as rustc's two calls at the
 * body's span do.
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdarg.h>
#include <stdlib.h>

#include "measure.h"

/* the identifier of name into out (room for 2 strlen(name) + 1 bytes), its length */
static size_t rust_ident_whole(const char *coro_name, char *out)
{
	static const char block[] = "{async block#";
	size_t o = 0;
	for (const char *p = coro_name; *p;) {
		if (p[0] == ':' && p[1] == ':') {
			out[o++] = '_';
			out[o++] = '_';
			p += 2;
		} else if (strncmp(p, block, sizeof block - 1) == 0 && strchr(p, '}')) {
			const char *end = strchr(p, '}');
			size_t k = (size_t)(end - p) - (sizeof block - 1);
			memcpy(out + o, "async_block_", 12);
			memcpy(out + o + 12, p + sizeof block - 1, k);
			o += 12 + k; /* 12 + k bytes for the 14 + k of `{async block#k}` */
			p = end + 1;
		} else {
			char c = *p++;
			int ident = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
			out[o++] = ident ? c : '_';
		}
	}
	out[o] = 0;
	return o;
}

/* The identifier of a coroutine's, fn's or type's name in buf[0 .. n), n > EMIT_IDENT_MAX. One longer
 * than EMIT_IDENT_MAX keeps its first EMIT_IDENT_MAX - 17 bytes and ends in `_` and 16 hex digits of a
 * hash of the whole name, whatever n is, so that every writer of one name writes the same identifier
 * (hunt31: cut at n - 1 bytes, the coroutines of two async fns whose 300-byte names share 255 bytes
 * were one name, a crate rustc refused with E0428, and a 1024-byte buffer and a 256-byte one spelled
 * one name two ways: E0425). */
void emit_rust_ident(const char *coro_name, char *buf, size_t n)
{
	IR_ASSERT(n > EMIT_IDENT_MAX);
	size_t len = strlen(coro_name);
	char *whole = malloc(2 * len + 1);
	if (!whole)
		internal_error("out of memory");
	size_t o = rust_ident_whole(coro_name, whole);
	if (o <= EMIT_IDENT_MAX) {
		memcpy(buf, whole, o + 1);
	} else {
		uint64_t h = UINT64_C(0xcbf29ce484222325); /* FNV-1a */
		for (const char *p = coro_name; *p; p++)
			h = (h ^ (unsigned char)*p) * UINT64_C(0x100000001b3);
		memcpy(buf, whole, EMIT_IDENT_MAX - 17);
		snprintf(buf + EMIT_IDENT_MAX - 17, 18, "_%016llx", (unsigned long long)h);
	}
	free(whole);
}

/* ===================================================================== */
/* Types                                                                   */
/* ===================================================================== */

typedef struct Emit {
	const Module *m;
	const EmitOptions *o;
	Diag *d;
	/* the fn being written */
	const Fn *f;
	StrBuf decls;     /* the temporaries' `let`s */
	uint32_t ntemps;
	int need_never, need_unreachable;
	/* bb_diverged, the return block of the assert panics' calls: `Goto(bb_diverged)`,
	 * never reached, and unlike an Unreachable block not cold for rustc's
	 * codegen (whose cold-block analysis would make the call's block cold) */
	int need_diverged;
	/* an assert whose condition is a constant that fails (the resume fn's
	 * resumed-after-completion/panicking ones): its three anchor locals */
	int need_anchor;
	StrBuf blocks;    /* extra blocks (assert panics) */
	StrBuf extra_decls; /* their `let bbN_panic = BasicBlock::..;`, then coro_mir!'s */
	StrBuf resumed;   /* coro_mir!'s list: `fn UNWIND, ...` */
	StrBuf resumed_decls;
	uint32_t nresumed;
	/* asserts whose panics share one Location (loc_groups_find): per block, the
	 * group's first assert block, or NO_BLOCK; per group root, its panic
	 * calls (`PATH, UNWIND; ...`) and their blocks' `let`s */
	BlockId *loc_root;
	StrBuf *loc_calls, *loc_decls;
	uint8_t *loc_args; /* per group root: a bounds check is in it (same_loc_args!, calls with arguments) */
	/* rustc's GVN and DestinationPropagation on a coroutine body (ret_alias_find) */
	LocalId ret_alias;          /* written as RET, or 0 */
	const Stmt **ret_skip;      /* the `RET = Poll::Ready(..)` it makes redundant */
	uint32_t nret_skip;
	int at_line, at_col;        /* the coroutine whose type is being written: where a type error points */
	/* core's enum instances spelled once each (spell_prepare), NULL for imported code */
	struct TypeSpell *spell;
	uint32_t nspell;
	StrBuf aliases;             /* their `type CoroslimTyN = ..;` items */
	const uint32_t *promoted_def; /* promo38: while a promoted's static is written, per local its statement */
} Emit;

static int emit_fail(Emit *e, int line, int col, const char *fmt, ...)
{
	if (e->d->failed)
		return -1;
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag_set(e->d, line, col, "emit: %s not supported", msg);
	return -1;
}

static int fn_fail(Emit *e, const char *fmt, const char *what)
{
	int line = e->f ? e->f->line : 0, col = 1;
	if (!line && e->f && e->f->coro != NO_ID)
		line = e->m->coros[e->f->coro].line;
	if (!line && e->at_line) {
		line = e->at_line;
		col = e->at_col ? e->at_col : 1;
	}
	return emit_fail(e, line, line ? col : 0, fmt, what);
}

/* fn_fail naming type t as the IR prints it (`[u32; 4]`) when it has no
 * source text, never a placeholder. */
static int type_fail(Emit *e, const char *fmt, TypeId t)
{
	const Type *ty = type_get(e->m, t);
	if (ty->text)
		return fn_fail(e, fmt, ty->text);
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	if (!mem)
		internal_error("emit: open_memstream failed");
	type_print(e->m, t, mem);
	fclose(mem);
	int rc = fn_fail(e, fmt, text);
	free(text);
	return rc;
}

static void coro_ident(const Emit *e, uint32_t coro, char *buf, size_t n)
{
	emit_rust_ident(e->m->coros[coro].name, buf, n);
}

static int rust_type(Emit *e, TypeId t, int in_field, StrBuf *out);
static int emit_operand(Emit *e, Operand op, StrBuf *pre, StrBuf *out);

static int hook_type(void *e, TypeId t, int in_field, StrBuf *out)
{
	return rust_type(e, t, in_field, out);
}

static int hook_operand(void *e, Operand op, StrBuf *pre, StrBuf *out)
{
	return emit_operand(e, op, pre, out);
}

/* What emit_adt.c (Option, Result, `?`, arrays) calls back. */
static EmitHooks adt_hooks(Emit *e)
{
	int line = e->f ? e->f->line : e->at_line;
	if (!line && e->f && e->f->coro != NO_ID)
		line = e->m->coros[e->f->coro].line;
	return (EmitHooks){.m = e->m, .f = e->f, .line = line, .e = e, .type = hook_type, .operand = hook_operand};
}

/* Copy in Rust: a view of a Copy type is a plain union field. */
static int type_is_copy(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	switch (ty->kind) {
	case TY_ARRAY:
	case TY_ADT: {
		int c = emit_adt_is_copy(m, t, type_is_copy); /* Option, Result, arrays */
		return c > 0;
	}
	case TY_UNIT: case TY_BOOL: case TY_U8: case TY_U16: case TY_U32: case TY_U64: case TY_USIZE:
	case TY_I8: case TY_I16: case TY_I32: case TY_I64: case TY_ISIZE: case TY_REF: case TY_RAWMUT: case TY_CHAR:
		return 1;
	case TY_TUPLE:
		return type_is_copy(m, ty->a) && type_is_copy(m, ty->b);
	case TY_POLL:
		return type_is_copy(m, ty->a);
	default:
		return 0;
	}
}

/* A struct item of the source (issue 22 item 4: the frontend's TY_ADT, every
 * field known and laid out by rustc's univariant), else NULL: the emitter
 * writes it as the same #[repr(Rust)] item, so rustc picks the same layout. */
/* s[0 .. n) is an identifier */
static int plain_ident_n(const char *s, size_t n)
{
	if (!n || (*s >= '0' && *s <= '9'))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/* An item's name, not a generic instance's spelling (`Option<u32>`) */
static int plain_ident(const char *s)
{
	if (!s || !*s || (*s >= '0' && *s <= '9'))
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

/* items30: a type item of the source: its name, or the path of one declared in a fn body
 * (`outer::{closure#0}::S`: identifiers and `{closure#N}` segments) */
static int source_name(const char *s)
{
	if (!s || !*s)
		return 0;
	for (;;) { /* each segment in place: a copy into 256 bytes refused a longer name (hunt31) */
		const char *end = strstr(s, "::");
		size_t n = end ? (size_t)(end - s) : strlen(s);
		if (n == 0)
			return 0;
		size_t k = n; /* `S#1`: a second type of one name in one body */
		const char *hash = memchr(s, '#', n);
		if (hash && s[0] != '{' && (size_t)(hash - s) + 1 < n &&
		    strspn(hash + 1, "0123456789") >= n - (size_t)(hash - s) - 1)
			k = (size_t)(hash - s);
		if (!plain_ident_n(s, k) && !(s[0] == '{' && n > 9 && strncmp(s, "{closure#", 9) == 0 && s[n - 1] == '}'))
			return 0;
		if (!end)
			return plain_ident_n(s, k);
		s = end + 2;
	}
}

/* the Rust name of a type item of the source: its own, or its path made an identifier
 * (emit_rust_ident: `outer___closure_0___S`), declared at the crate's top level */
static const char *adt_rust_name(const Adt *a, char *buf, size_t n)
{
	if (plain_ident(a->name))
		return a->name;
	emit_rust_ident(a->name, buf, n);
	return buf;
}

static const Adt *source_struct(const Module *m, TypeId t)
{
	const Adt *a = adt_of(m, t);
	return a && a->defined && a->kind == ADT_STRUCT && a->nvariants == 1 && (a->name && source_name(a->name)) ? a : NULL;
}

/* An enum item of the source (issue 22 item 4: variants closed in declaration
 * order, laid out by rustc's tagged layout, layout_enum), else NULL: written as
 * the same #[repr(Rust)] item, so rustc picks the layout, asserted equal. */
static int is_source_enum(const Adt *a)
{
	return a && a->defined && a->enum_defined && a->kind == ADT_ENUM && (a->name && source_name(a->name));
}

static const Adt *source_enum(const Module *m, TypeId t)
{
	const Adt *a = adt_of(m, t);
	return is_source_enum(a) ? a : NULL;
}

/* Field i of variant v as Rust names it: `name`, or `i` when positional. */
static void variant_field_name(const AdtVariant *v, uint32_t i, StrBuf *out)
{
	if (v->fieldnames && v->fieldnames[i])
		strbuf_printf(out, "%s", v->fieldnames[i]);
	else
		strbuf_printf(out, "%u", i);
}

/* Field i of struct a as Rust names it: `name`, or `i` for a tuple struct. */
static void struct_field_name(const Adt *a, uint32_t i, StrBuf *out)
{
	variant_field_name(&a->variants[0], i, out);
}

/* Nested types (issue 23): `Option<Option<..<u8>..>>` N deep was spelled in
 * full wherever one of its N types was named (N asserts, locals, fields): N^2
 * bytes of crate, 31 s at 10k levels. Each of core's enum instances is spelled
 * once per mode and kept; one whose spelling passes SPELL_ALIAS_MIN bytes is
 * named by a type alias `CoroslimTyN` (N its TypeId), written before the
 * items, so that no spelling holds more than its arguments' names. An alias
 * whose type holds a reference (or Context) takes the lifetime as its
 * parameter: `type CoroslimTy7<'a> = Option<&'a ..>;`, named `CoroslimTy7<'_>`
 * in a body and `CoroslimTy7<'static>` in a struct's field, as the spelling
 * would have been. in_field 2 spells the references `&'a` (the alias's body).
 * The types are spelled arguments first (spell_prepare), so that the recursion
 * of a spelling stops at its arguments' kept text. */
#define SPELL_ALIAS_MIN 256
typedef struct TypeSpell {
	char *text[3]; /* per in_field (0 body, 1 field, 2 alias body); only [0] without a lifetime */
	uint8_t lt;    /* holds a reference or Context: the spelling depends on in_field */
	uint8_t state; /* spell_prepare's walk: 0 new, 1 on its stack, 2 done */
} TypeSpell;

static int spell_cached(Emit *e, TypeId t, int in_field, StrBuf *out)
{
	TypeSpell *sp = &e->spell[t];
	int k = sp->lt ? in_field : 0;
	if (sp->text[k]) {
		strbuf_printf(out, "%s", sp->text[k]);
		return 0;
	}
	StrBuf b = {0};
	EmitHooks h = adt_hooks(e);
	if (emit_adt_type(&h, t, in_field, &b) < 0) {
		strbuf_free(&b);
		return -1;
	}
	strbuf_put(&b, "", 0);
	if (b.n <= SPELL_ALIAS_MIN) {
		sp->text[k] = b.s;
	} else {
		/* the alias's body: its references' lifetime `'a` */
		StrBuf def = {0};
		if (sp->lt && in_field != 2 && emit_adt_type(&h, t, 2, &def) < 0) {
			strbuf_free(&b);
			strbuf_free(&def);
			return -1;
		}
		strbuf_printf(&e->aliases, "type CoroslimTy%u%s = %s;\n", (unsigned)t, sp->lt ? "<'a>" : "",
			      sp->lt && in_field != 2 ? def.s : b.s);
		strbuf_free(&def);
		strbuf_free(&b);
		static const char *const lifetimes[3] = {"<'_>", "<'static>", "<'a>"};
		for (int i = 0; i < (sp->lt ? 3 : 1); i++) {
			StrBuf name = {0};
			strbuf_printf(&name, "CoroslimTy%u%s", (unsigned)t, sp->lt ? lifetimes[i] : "");
			free(sp->text[i]);
			sp->text[i] = name.s;
		}
	}
	strbuf_printf(out, "%s", sp->text[k]);
	return 0;
}

/* The types t spells (core's enums: their payloads), at most 4 */
static uint32_t spell_args(const Module *m, TypeId t, TypeId args[4])
{
	const Type *ty = type_get(m, t);
	uint32_t n = 0;
	switch (ty->kind) {
	case TY_TUPLE:
		args[n++] = ty->b;
		/* fall through */
	case TY_REF: case TY_REFMUT: case TY_RAWMUT: case TY_POLL: case TY_PIN: case TY_ARRAY:
		args[n++] = ty->a;
		break;
	case TY_ADT:
		if (core_enum_of(m, t)) {
			const Adt *a = adt_of(m, t);
			for (uint32_t v = 0; v < 2; v++)
				for (uint32_t i = 0; i < a->variants[v].nfields && n < 4; i++)
					if (a->variants[v].fields[i] < m->ntypes)
						args[n++] = a->variants[v].fields[i];
		}
		break;
	default:
		break;
	}
	return n;
}

/* Every type of the module, arguments first (a walk with a stack of its own:
 * nesting has no depth limit): whether it holds a reference, and core's enums
 * spelled and kept, the long ones aliased. A type that cannot be spelled is
 * left to fail where it is used (a type no item names is no error). */
static void spell_prepare(Emit *e)
{
	const Module *m = e->m;
	e->nspell = m->ntypes;
	e->spell = calloc(m->ntypes ? m->ntypes : 1, sizeof *e->spell);
	TypeId *stack = malloc((m->ntypes + 1) * sizeof *stack);
	uint8_t *next = calloc(m->ntypes + 1, 1); /* per stack entry: its arguments visited */
	if (!e->spell || !stack || !next)
		internal_error("emit: out of memory");
	for (TypeId root = 0; root < m->ntypes; root++) {
		if (e->spell[root].state)
			continue;
		uint32_t sp = 0;
		next[sp] = 0; /* the previous root's count stays in next[0] */
		stack[sp++] = root;
		e->spell[root].state = 1;
		while (sp) {
			TypeId t = stack[sp - 1], args[4];
			uint32_t n = spell_args(m, t, args);
			if (next[sp - 1] < n) {
				TypeId u = args[next[sp - 1]++];
				if (!e->spell[u].state) {
					e->spell[u].state = 1;
					next[sp] = 0;
					stack[sp++] = u;
				}
				continue;
			}
			sp--;
			TypeSpell *ts = &e->spell[t];
			const Type *ty = type_get(m, t);
			ts->lt = ty->kind == TY_REF || ty->kind == TY_REFMUT || ty->kind == TY_CONTEXT;
			for (uint32_t i = 0; i < n; i++)
				ts->lt |= e->spell[args[i]].lt;
			ts->state = 2;
			if (ty->kind == TY_ADT && core_enum_of(m, t)) {
				for (int k = 0; k < (ts->lt ? 3 : 1); k++) {
					Diag saved = *e->d;
					StrBuf b = {0};
					if (spell_cached(e, t, k, &b) < 0)
						*e->d = saved;
					strbuf_free(&b);
				}
			}
		}
	}
	free(stack);
	free(next);
}

static void spell_free(Emit *e)
{
	for (uint32_t t = 0; e->spell && t < e->nspell; t++)
		for (int k = 0; k < 3; k++)
			free(e->spell[t].text[k]);
	free(e->spell);
	strbuf_free(&e->aliases);
}

/* rustc's spelling of t; in_field: inside a struct definition, where a
 * reference needs a named lifetime ('static: custom MIR is not borrow-checked). */
/* for40: core's range struct t as `core::ops::Range<u32>` (turbofish: `core::ops::Range::<u32>`, a path in an
 * expression) */
static int range_spelling(Emit *e, TypeId t, int turbofish, StrBuf *out)
{
	const Adt *a = adt_of(e->m, t);
	strbuf_printf(out, "core::ops::%s%s<", range_adt_kind(e->m, t) == 1 ? "Range" : "RangeInclusive", turbofish ? "::" : "");
	if (rust_type(e, a->variants[0].fields[0], 0, out))
		return -1;
	strbuf_printf(out, ">");
	return 0;
}

static int rust_type(Emit *e, TypeId t, int in_field, StrBuf *out)
{
	const Module *m = e->m;
	const Type *ty = type_get(m, t);
	char id[256];
	if (e->o->foreign && e->o->foreign->type) { /* imported code (measure/emit_import.c) */
		int r = e->o->foreign->type(e->o->foreign->ctx, m, t, in_field, out);
		if (r)
			return r > 0 ? 0 : fn_fail(e, "%s", diag_msg(e->d)[0] ? diag_msg(e->d) : "a foreign type");
	}
	switch (ty->kind) {
	case TY_UNIT: strbuf_printf(out, "()"); return 0;
	case TY_NEVER: strbuf_printf(out, "!"); return 0;
	case TY_BOOL: case TY_U8: case TY_U16: case TY_U32: case TY_U64: case TY_USIZE:
	case TY_I8: case TY_I16: case TY_I32: case TY_I64: case TY_ISIZE: case TY_YIELDNOW: case TY_GUARD: case TY_CHAR: {
		static const char *const names[NTYPEKINDS] = {
#define X(k, s, sz, al) s,
			TYPE_KINDS(X)
#undef X
		};
		strbuf_printf(out, "%s", names[ty->kind]);
		return 0;
	}
	case TY_CONTEXT: strbuf_printf(out, in_field == 2 ? "Context<'a>" : in_field ? "Context<'static>" : "Context<'_>"); return 0;
	case TY_POLL:
		strbuf_printf(out, "Poll<");
		if (rust_type(e, ty->a, in_field, out))
			return -1;
		strbuf_printf(out, ">");
		return 0;
	case TY_PIN:
		strbuf_printf(out, "Pin<");
		if (rust_type(e, ty->a, in_field, out))
			return -1;
		strbuf_printf(out, ">");
		return 0;
	case TY_REF: case TY_REFMUT: case TY_RAWMUT:
		strbuf_printf(out, "%s%s", ty->kind == TY_RAWMUT ? "*mut " : "&",
			   ty->kind == TY_RAWMUT ? "" : in_field == 2 ? (ty->kind == TY_REF ? "'a " : "'a mut ")
			   : in_field ? (ty->kind == TY_REF ? "'static " : "'static mut ")
				      : (ty->kind == TY_REF ? "" : "mut "));
		return rust_type(e, ty->a, in_field, out);
	case TY_TUPLE:
		strbuf_printf(out, "(");
		if (rust_type(e, ty->a, in_field, out))
			return -1;
		strbuf_printf(out, ", ");
		if (rust_type(e, ty->b, in_field, out))
			return -1;
		strbuf_printf(out, ")");
		return 0;
	case TY_CORO:
		if (!m->coros[ty->coro].layout)
			return fn_fail(e, "%s", "a coroutine without a layout (the module before the state transform)");
		coro_ident(e, ty->coro, id, sizeof id);
		strbuf_printf(out, "Coro_%s", id);
		return 0;
	case TY_RESUMETY:
		return fn_fail(e, "%s", "the type ResumeTy (a body before the state transform)");
	case TY_OPAQUE: /* mac40: a panic's message and format_args!'s result (ir/core_panic.c) */
		if (ty->text && strcmp(ty->text, "str") == 0)
			strbuf_printf(out, "str");
		else if (type_is_fmt_arguments(m, t))
			strbuf_printf(out, "core::fmt::Arguments<'static>");
		else
			return type_fail(e, "type %s", t);
		return 0;
	case TY_ARRAY: {
		EmitHooks h = adt_hooks(e);
		return emit_adt_type(&h, t, in_field, out) > 0 ? 0 : -1;
	}
	case TY_ADT: {
		const Adt *a = adt_of(m, t);
		if (e->spell && t < e->nspell && core_enum_of(m, t))
			return spell_cached(e, t, in_field, out);
		EmitHooks h = adt_hooks(e);
		int r = emit_adt_type(&h, t, in_field, out); /* core's Option, Result, ControlFlow */
		if (r)
			return r > 0 ? 0 : -1;
		if (source_struct(m, t) || source_enum(m, t)) {
			char nb[1024];
			strbuf_printf(out, "%s", adt_rust_name(a, nb, sizeof nb));
			return 0;
		}
		if (range_adt_kind(m, t)) /* for40: core's `Range<T>` / `RangeInclusive<T>` */
			return range_spelling(e, t, 0, out);
		/* Option/Result, imported ADTs: named, so that a program using one
		 * fails here rather than as a crate rustc rejects */
		return type_fail(e, a && a->kind == ADT_ENUM ? "enum type %s" : "type %s (not a struct or enum item of the program)", t);
	}
	default:
		return type_fail(e, "type %s", t);
	}
}

/* t as the emitter spells it (for EmitForeign's items): 0, or -1 with d set */
int emit_rust_type_text(const Module *m, const EmitOptions *o, TypeId t, int in_field, StrBuf *out, Diag *d)
{
	Emit e = {.m = m, .o = o, .d = d};
	return rust_type(&e, t, in_field, out);
}

/* ===================================================================== */
/* Places and operands                                                     */
/* ===================================================================== */

/* A fresh temporary of the given type spelling. */
static uint32_t temp_new(Emit *e, const char *ty)
{
	uint32_t k = e->ntemps++;
	strbuf_printf(&e->decls, "            let _e%u: %s;\n", k, ty);
	return k;
}

/* The place of view `view` (tag, s3, u0) of coroutine coro at place string
 * base; field type ft. Writes the pointer set-up to pre when the view is not Copy. */
static void view_place(Emit *e, uint32_t coro, const char *view, TypeId ft, const char *base, StrBuf *pre, StrBuf *out)
{
	if (!ft || type_is_copy(e->m, ft)) {
		strbuf_printf(out, "%s.u.%s.f", base, view);
		return;
	}
	char id[256], ty[600];
	coro_ident(e, coro, id, sizeof id);
	snprintf(ty, sizeof ty, "*mut ManuallyDrop<V_%s_%s>", id, view);
	uint32_t p = temp_new(e, ty);
	snprintf(ty, sizeof ty, "*mut V_%s_%s", id, view);
	uint32_t q = temp_new(e, ty);
	strbuf_printf(pre, "                        _e%u = &raw mut %s.u.%s;\n", p, base, view);
	strbuf_printf(pre, "                        _e%u = CastPtrToPtr(_e%u);\n", q, p);
	strbuf_printf(out, "(*_e%u).f", q);
}

/* A view of a value of a foreign type t (EmitForeign.view) at place string base:
 * `_eP = &raw mut BASE; _eQ = CastPtrToPtr(_eP);` to pre, `(*_eQ).f` to out;
 * *tagty gets the tag's integer type when fld is NO_ID. 1 written, 0 not a
 * foreign type, -1 error. */
static int foreign_view(Emit *e, TypeId t, uint32_t var, uint32_t fld, TypeId fty, const char *base, StrBuf *pre,
			StrBuf *out, char *tagty)
{
	const EmitForeign *h = e->o->foreign;
	char view[256], tt[64] = "";
	if (!h || !h->view)
		return 0;
	int r = h->view(h->ctx, e->m, t, var, fld, fty, view, tt, sizeof view, e->d);
	if (r < 0)
		return fn_fail(e, "%s", diag_msg(e->d)[0] ? diag_msg(e->d) : "a view of a foreign type");
	if (r == 0)
		return 0;
	if (tagty)
		snprintf(tagty, 64, "%s", tt);
	StrBuf ty = {0};
	strbuf_printf(&ty, "*mut ");
	if (rust_type(e, t, 0, &ty)) {
		strbuf_free(&ty);
		return -1;
	}
	strbuf_printf(&ty, "%s", "");
	uint32_t p = temp_new(e, ty.s);
	strbuf_free(&ty);
	char vt[300];
	snprintf(vt, sizeof vt, "*mut %s", view);
	uint32_t q = temp_new(e, vt);
	strbuf_printf(pre, "                        _e%u = &raw mut %s;\n", p, base);
	strbuf_printf(pre, "                        _e%u = CastPtrToPtr(_e%u);\n", q, p);
	strbuf_printf(out, "(*_e%u).f", q);
	return 1;
}

static void local_name(const Emit *e, LocalId l, StrBuf *out)
{
	if (l == 0 || (e->ret_alias && l == e->ret_alias))
		strbuf_printf(out, "RET");
	else
		strbuf_printf(out, "_%u", l);
}

/* The place p as a custom-MIR place expression; set-up statements go to pre. */
static int emit_place(Emit *e, PlaceId pid, StrBuf *pre, StrBuf *out)
{
	const Fn *f = e->f;
	const Module *m = e->m;
	const Place *p = place_get(f, pid);
	StrBuf cur = {0};
	local_name(e, p->local, &cur);
	TypeId t = f->locals[p->local].ty;
	int rc = 0;
	if (f->kind == FN_RESUME && p->local == 1 && (p->nproj == 0 || place_proj(f, p, 0)->kind != PROJ_FIELD))
		rc = fn_fail(e, "%s", "a use of the resume fn's Pin argument other than `_1.0` (the emitted resume fn takes `&mut C`)");
	for (uint32_t i = 0; i < p->nproj && !rc; i++) {
		const Proj *pr = place_proj(f, p, i);
		const Type *ty = type_get(m, t);
		StrBuf next = {0};
		if (pr->kind == PROJ_DEREF) {
			if (ty->kind != TY_REF && ty->kind != TY_REFMUT && ty->kind != TY_RAWMUT) {
				rc = fn_fail(e, "%s", "a deref of a non-pointer");
				break;
			}
			strbuf_printf(&next, "(*%.*s)", (int)cur.n, cur.s);
			t = ty->a;
		} else if (pr->kind == PROJ_FIELD && ty->kind == TY_PIN) {
			/* `_N = copy (_1.0: &mut C)`: the resume fn takes `&mut C` */
			if (!(f->kind == FN_RESUME && p->local == 1 && i == 0)) {
				rc = fn_fail(e, "%s", "a field of a Pin other than the resume fn's argument");
				break;
			}
			strbuf_printf(&next, "_1");
			t = pr->ty;
		} else if (pr->kind == PROJ_FIELD && ty->kind == TY_TUPLE) {
			strbuf_printf(&next, "%.*s.%u", (int)cur.n, cur.s, pr->index);
			t = pr->ty;
		} else if (pr->kind == PROJ_FIELD && ty->kind == TY_ADT && !source_struct(m, t) &&
			   (strbuf_printf(&cur, "%s", ""), rc = foreign_view(e, t, NO_ID, pr->index, pr->ty, cur.s, pre, &next, NULL)) != 0) {
			rc = rc < 0 ? rc : 0;
			t = pr->ty;
		} else if (pr->kind == PROJ_FIELD && ty->kind == TY_ADT) {
			const Adt *a = source_struct(m, t);
			if (!a || pr->index >= a->variants[0].nfields) {
				rc = type_fail(e, "a field of type %s", t);
				break;
			}
			strbuf_printf(&next, "%.*s.", (int)cur.n, cur.s);
			struct_field_name(a, pr->index, &next);
			t = pr->ty;
		} else if (pr->kind == PROJ_FIELD && ty->kind == TY_CORO) {
			char view[32], *base;
			snprintf(view, sizeof view, "u%u", pr->index);
			strbuf_printf(&cur, "%s", ""); /* NUL-terminate */
			base = cur.s;
			view_place(e, ty->coro, view, pr->ty, base, pre, &next);
			t = pr->ty;
		} else if (pr->kind == PROJ_DOWNCAST && i + 1 < p->nproj && place_proj(f, p, i + 1)->kind == PROJ_FIELD) {
			const Proj *fld = place_proj(f, p, i + 1);
			if (ty->kind == TY_CORO) {
				const Layout *l = m->coros[ty->coro].layout;
				if (!l || pr->index >= l->nvariants || fld->index >= l->nfields[pr->index]) {
					rc = fn_fail(e, "%s", "a field of a coroutine variant the layout lacks");
					break;
				}
				char view[32];
				snprintf(view, sizeof view, "s%u", l->fields[l->field_start[pr->index] + fld->index]);
				strbuf_printf(&cur, "%s", "");
				view_place(e, ty->coro, view, fld->ty, cur.s, pre, &next);
			} else if (ty->kind == TY_ADT && !source_enum(m, t) && core_enum_of(m, t) == CORE_NONE &&
				   (strbuf_printf(&cur, "%s", ""),
				    rc = foreign_view(e, t, pr->index, fld->index, fld->ty, cur.s, pre, &next, NULL)) != 0) {
				rc = rc < 0 ? rc : 0;
			} else if (ty->kind == TY_POLL || source_enum(m, t) || core_enum_of(m, t)) {
				/* a variant's field: Poll's payload, or a field of an enum item
				 * (`(_4 as B).0` -> `Field::<u32>(Variant(_4, 1), 0)`) */
				StrBuf ft = {0};
				rc = rust_type(e, fld->ty, 0, &ft);
				strbuf_printf(&next, "place!(Field::<%.*s>(Variant(%.*s, %u), %u))", (int)ft.n, ft.s, (int)cur.n,
					   cur.s, pr->index, fld->index);
				strbuf_free(&ft);
			} else {
				rc = fn_fail(e, "%s", "a downcast of a type without variants");
			}
			t = fld->ty;
			i++;
		} else if (pr->kind == PROJ_INDEX && ty->kind == TY_ARRAY) {
			/* `_5[_7]`: the index is a local of the fn, as in rustc's PlaceElem::Index */
			strbuf_printf(&next, "%.*s[", (int)cur.n, cur.s);
			local_name(e, pr->index, &next);
			strbuf_printf(&next, "]");
			t = ty->a;
		} else {
			rc = fn_fail(e, "%s", "this projection");
		}
		strbuf_free(&cur);
		cur = next;
	}
	if (!rc)
		strbuf_put(out, cur.s, cur.n);
	strbuf_free(&cur);
	return rc;
}

static int emit_const(Emit *e, const Const *c, StrBuf *out)
{
	if (c->named && named_is_aggregate(&e->m->named[c->named - 1])) { /* const39: the crate's const item */
		strbuf_printf(out, "COROSLIM_CONST_%u", c->named - 1);
		return 0;
	}
	const Type *ty = type_get(e->m, c->ty);
	switch (ty->kind) {
	case TY_UNIT:
		strbuf_printf(out, "()");
		return 0;
	case TY_BOOL:
		strbuf_printf(out, c->bits ? "true" : "false");
		return 0;
	case TY_CHAR: /* every scalar value as an escape: no quoting rule to get wrong */
		strbuf_printf(out, "'\\u{%llx}'", (unsigned long long)c->bits);
		return 0;
	default:
		break;
	}
	if (!type_is_int(e->m, c->ty))
		return fn_fail(e, "%s", "a constant that is not a scalar");
	StrBuf tn = {0};
	rust_type(e, c->ty, 0, &tn);
	int bits = type_int_bits(e->m, c->ty);
	uint64_t v = c->bits;
	if (bits < 64)
		v &= (UINT64_C(1) << bits) - 1;
	if (type_is_signed(e->m, c->ty) && bits <= 64 && ((v >> (bits - 1)) & 1))
		/* negative: the magnitude as an unsigned number, then `-` (a negated literal in THIR) */
		strbuf_printf(out, "-%llu_%.*s", (unsigned long long)((~v + 1) & (bits < 64 ? (UINT64_C(1) << bits) - 1 : UINT64_MAX)),
			   (int)tn.n, tn.s);
	else
		strbuf_printf(out, "%llu_%.*s", (unsigned long long)v, (int)tn.n, tn.s);
	strbuf_free(&tn);
	return 0;
}

/* `_eK = Static(NAME)` to pre and `Move(*_eK)` to out: a value of type t read from
 * the external static EmitForeign.opaque_static names; 0, or 1 when it names none */
static int opaque_value(Emit *e, TypeId t, StrBuf *pre, StrBuf *out)
{
	const EmitForeign *h = e->o->foreign;
	char name[128];
	if (!h || !h->opaque_static || h->opaque_static(h->ctx, e->m, t, name, sizeof name) <= 0)
		return 1;
	StrBuf ty = {0};
	strbuf_printf(&ty, "*const ");
	if (rust_type(e, t, 0, &ty)) {
		strbuf_free(&ty);
		return -1;
	}
	strbuf_printf(&ty, "%s", "");
	uint32_t k = temp_new(e, ty.s);
	strbuf_free(&ty);
	strbuf_printf(pre, "                        _e%u = Static(%s);\n", k, name);
	strbuf_printf(out, "Move(*_e%u)", k);
	return 0;
}

/* An opaque statement of imported code (the importer's ST_NOP with its text): `_N =
 * ..` of a plain local becomes `_N = ` an unknown value of its type (opaque_value);
 * any other writes nothing (its count is reported by the caller) */
static int emit_opaque_stmt(Emit *e, const Stmt *s, StrBuf *out)
{
	const Fn *f = e->f;
	const char *text = f->names[s->x - 1];
	char *end;
	if (text[0] != '_')
		return 0;
	unsigned long k = strtoul(text + 1, &end, 10);
	if (end == text + 1 || strncmp(end, " = ", 3) != 0 || k == 0 || k >= f->nlocals)
		return 0;
	StrBuf pre = {0}, rhs = {0};
	int rc = opaque_value(e, f->locals[k].ty, &pre, &rhs);
	if (rc == 0) {
		strbuf_put(out, pre.s, pre.n);
		strbuf_printf(out, "                        ");
		local_name(e, (LocalId)k, out);
		strbuf_printf(out, " = %.*s;\n", (int)rhs.n, rhs.s);
	}
	strbuf_free(&pre);
	strbuf_free(&rhs);
	return rc < 0 ? -1 : 0;
}

static int emit_operand(Emit *e, Operand op, StrBuf *pre, StrBuf *out)
{
	if (op.kind == OP_CONST && !e->o->foreign && const_text(e->m, &e->f->consts[op.v]) &&
	    type_is_str_ref(e->m, e->f->consts[op.v].ty)) { /* mac40: a panic's message, `const "msg"` */
		strbuf_printf(out, "%s", const_text(e->m, &e->f->consts[op.v]) + 6);
		return 0;
	}
	if (op.kind == OP_CONST && e->o->foreign && const_text(e->m, &e->f->consts[op.v])) {
		/* a constant imported code keeps as text: a string literal as written, else unknown */
		const Const *c = &e->f->consts[op.v];
		const char *text = const_text(e->m, c);
		const Type *ty = type_get(e->m, c->ty);
		if (text[0] == '"' && (ty->kind == TY_REF) && type_get(e->m, ty->a)->kind == TY_OPAQUE &&
		    type_get(e->m, ty->a)->text && strcmp(type_get(e->m, ty->a)->text, "str") == 0) {
			strbuf_printf(out, "%s", text);
			return 0;
		}
		int r = opaque_value(e, c->ty, pre, out);
		return r ? fn_fail(e, "the constant %s", text) : 0;
	}
	if (op.kind == OP_CONST && e->f->consts[op.v].named && (e->m->named[e->f->consts[op.v].named - 1].is_static ||
	                                                          e->m->named[e->f->consts[op.v].named - 1].promoted)) {
		/* consts35: a static's address, `_eK = Static(COROSLIM_STATIC_i)` (the crate's item of it);
		 * promo36: a promoted `&T` is one too, a static of T */
		const NamedConst *nc = &e->m->named[e->f->consts[op.v].named - 1];
		StrBuf ty = {0};
		strbuf_printf(&ty, "&'static ");
		if (rust_type(e, nc->promoted ? type_get(e->m, nc->ty)->a : nc->ty, 0, &ty)) {
			strbuf_free(&ty);
			return -1;
		}
		uint32_t k = temp_new(e, ty.s);
		strbuf_free(&ty);
		strbuf_printf(pre, "                        _e%u = Static(COROSLIM_STATIC_%u);\n", k,
		              e->f->consts[op.v].named - 1);
		strbuf_printf(out, "_e%u", k);
		return 0;
	}
	if (op.kind == OP_CONST)
		return emit_const(e, &e->f->consts[op.v], out);
	if (op.kind == OP_MOVE) {
		strbuf_printf(out, "Move(");
		if (emit_place(e, op.v, pre, out))
			return -1;
		strbuf_printf(out, ")");
		return 0;
	}
	return emit_place(e, op.v, pre, out);
}

static TypeId operand_type(const Emit *e, Operand op)
{
	return op.kind == OP_CONST ? e->f->consts[op.v].ty : place_type(e->f, op.v);
}

/* ===================================================================== */
/* Statements                                                              */
/* ===================================================================== */

static const char *const binop_rust[NBINOPS] = {
	[BIN_ADD] = "+", [BIN_SUB] = "-", [BIN_MUL] = "*", [BIN_DIV] = "/", [BIN_REM] = "%",
	[BIN_BITXOR] = "^", [BIN_BITAND] = "&", [BIN_BITOR] = "|", [BIN_SHL] = "<<", [BIN_SHR] = ">>",
	[BIN_EQ] = "==", [BIN_LT] = "<", [BIN_LE] = "<=", [BIN_NE] = "!=", [BIN_GE] = ">=", [BIN_GT] = ">",
};

/* The coroutine's tag, as a place of its own width. */
static int tag_place(Emit *e, uint32_t coro, const char *base, StrBuf *out)
{
	if (!e->m->coros[coro].layout->tag_size)
		return fn_fail(e, "%s", "the discriminant of a coroutine without a tag");
	strbuf_printf(out, "%s.u.tag.f", base);
	return 0;
}

static const char *tag_type(const Layout *l)
{
	return l->tag_size == 1 ? "u8" : l->tag_size == 2 ? "u16" : "u32";
}

static int emit_aggregate_coro(Emit *e, const Stmt *s, StrBuf *pre, StrBuf *out)
{
	const Fn *f = e->f;
	TypeId ct = s->x;
	uint32_t coro = type_get(e->m, ct)->coro;
	const Coroutine *c = &e->m->coros[coro];
	if (!c->layout)
		return fn_fail(e, "%s", "a coroutine aggregate without a layout");
	if (s->b.v != c->nupvars)
		return fn_fail(e, "%s", "a coroutine aggregate whose operands are not its upvars");
	StrBuf base = {0};
	if (emit_place(e, s->place, pre, &base)) {
		strbuf_free(&base);
		return -1;
	}
	strbuf_printf(&base, "%s", "");
	StrBuf lhs = {0};
	if (c->layout->tag_size) {
		char id[256];
		coro_ident(e, coro, id, sizeof id);
		tag_place(e, coro, base.s, &lhs);
		strbuf_printf(out, "                        %.*s = Tag_%s::V0;\n", (int)lhs.n, lhs.s, id);
		strbuf_free(&lhs);
	}
	for (uint32_t i = 0; i < c->nupvars; i++) {
		char view[32];
		StrBuf rhs = {0};
		snprintf(view, sizeof view, "u%u", i);
		view_place(e, coro, view, c->upvars[i].ty, base.s, pre, &lhs);
		if (emit_operand(e, f->args[s->a.v + i], pre, &rhs)) {
			strbuf_free(&lhs);
			strbuf_free(&rhs);
			strbuf_free(&base);
			return -1;
		}
		strbuf_printf(out, "                        %.*s = %.*s;\n", (int)lhs.n, lhs.s, (int)rhs.n, rhs.s);
		strbuf_free(&lhs);
		strbuf_free(&rhs);
	}
	strbuf_free(&base);
	return 0;
}

/* An aggregate of a struct or enum item of the program, in brace syntax for
 * every kind (`S { a: Move(_5) }`, `T { 0: a }`, `U {}`, `E::B { 0: a, 1: b }`,
 * `E::A {}`): custom MIR takes the operands in the order written, so
 * declaration order. An enum's operands start with the variant index (the
 * importer's form, frontend/build_enum.c). */
static int emit_aggregate_adt(Emit *e, const Adt *a, const Operand *ops, uint32_t n, StrBuf *pre, StrBuf *rhs,
                              int (*operand)(void *e, Operand op, StrBuf *pre, StrBuf *out))
{
	uint32_t var = 0;
	int rc = 0;
	if (a->enum_defined) {
		if (n < 1 || ops[0].kind != OP_CONST || e->f->consts[ops[0].v].bits >= a->nvariants)
			internal_error("emit: enum %s aggregate without its variant", adt_name(e->m, a));
		var = (uint32_t)e->f->consts[ops[0].v].bits;
		ops++, n--;
	}
	const AdtVariant *v = &a->variants[var];
	if (n != v->nfields)
		internal_error("emit: %s aggregate of %u fields, it has %u", adt_name(e->m, a), n, v->nfields);
	char nb[1024];
	if (range_adt_kind(e->m, a->ty)) { /* for40: `core::ops::Range::<u32> { start: .., end: .. }` */
		if (range_spelling(e, a->ty, 1, rhs))
			return 1;
	} else {
		strbuf_printf(rhs, "%s", source_name(a->name) ? adt_rust_name(a, nb, sizeof nb) : adt_name(e->m, a));
	}
	if (a->enum_defined)
		strbuf_printf(rhs, "::%s", v->name);
	strbuf_printf(rhs, " {");
	for (uint32_t i = 0; i < n && !rc; i++) {
		strbuf_printf(rhs, i ? ", " : " ");
		variant_field_name(v, i, rhs);
		strbuf_printf(rhs, ": ");
		rc = operand(e, ops[i], pre, rhs);
	}
	strbuf_printf(rhs, n ? " }" : "}");
	return rc;
}

/* promo38: a promoted of several statements as the Rust expression of the value its `_0` borrows,
 * each temporary's statement written where its one use is (rustc's promoted temporaries are used
 * once: promote_consts.rs), so `&[S(1)]`'s static is `[S { 0: 1_u32 }]` and `&(1 + 2)`'s
 * `(1_u32).overflowing_add(2_u32).0`: a const context, where `&` of an expression is 'static */
static int promoted_value(Emit *e, LocalId l, StrBuf *out);

static int promoted_operand(void *ctx, Operand op, StrBuf *pre, StrBuf *out)
{
	Emit *e = ctx;
	(void)pre;
	if (op.kind == OP_CONST)
		return emit_const(e, &e->f->consts[op.v], out);
	const Place *pl = place_get(e->f, op.v);
	if (pl->nproj == 0)
		return promoted_value(e, pl->local, out);
	const Proj *pj = place_proj(e->f, pl, 0);
	if (pl->nproj != 1 || (pj->kind != PROJ_FIELD && pj->kind != PROJ_DEREF))
		return fn_fail(e, "%s", "a promoted's operand other than a temporary, its field or its deref");
	strbuf_printf(out, pj->kind == PROJ_DEREF ? "(*" : "("); /* promo39: a reborrow's `*(&2_u32)` */
	int rc = promoted_value(e, pl->local, out);
	if (pj->kind == PROJ_DEREF)
		strbuf_printf(out, ")");
	else
		strbuf_printf(out, ").%u", pj->index);
	return rc;
}

static int promoted_rvalue(Emit *e, const Stmt *s, StrBuf *out)
{
	static const char *const checked[] = {[BIN_ADD] = "add", [BIN_SUB] = "sub", [BIN_MUL] = "mul"};
	StrBuf pre = {0};
	int rc = 0;
	switch (s->rv) {
	case RV_USE:
		rc = promoted_operand(e, s->a, &pre, out);
		break;
	case RV_BINARY:
	case RV_CHECKED:
		if (s->rv == RV_CHECKED && (s->op > BIN_MUL)) {
			rc = fn_fail(e, "%s", "a promoted's checked operator other than +, - or *");
			break;
		}
		strbuf_printf(out, "(");
		rc = promoted_operand(e, s->a, &pre, out);
		if (s->rv == RV_CHECKED)
			strbuf_printf(out, ").overflowing_%s(", checked[s->op]);
		else
			strbuf_printf(out, " %s ", binop_rust[s->op]);
		rc = rc || promoted_operand(e, s->b, &pre, out);
		strbuf_printf(out, ")");
		break;
	case RV_UNARY:
		strbuf_printf(out, "(%s", s->op == UN_NOT ? "!" : "-");
		rc = promoted_operand(e, s->a, &pre, out);
		strbuf_printf(out, ")");
		break;
	case RV_CAST: /* promo39: `(3_u32 as u64)` */
		strbuf_printf(out, "(");
		rc = promoted_operand(e, s->a, &pre, out);
		strbuf_printf(out, " as ");
		rc = rc || rust_type(e, s->x, 0, out);
		strbuf_printf(out, ")");
		break;
	case RV_REF:
		strbuf_printf(out, "&");
		rc = promoted_operand(e, op_copy(s->a.v), &pre, out);
		break;
	case RV_AGGREGATE: {
		EmitHooks h = adt_hooks(e);
		h.operand = promoted_operand;
		const Operand *ops = s->b.v ? &e->f->args[s->a.v] : NULL; /* `_1 = Q;`: maybe no operand list at all */
		int adt;
		if (s->op == AGG_TUPLE) {
			strbuf_printf(out, "(");
			for (uint32_t i = 0; i < s->b.v && !rc; i++) {
				rc = promoted_operand(e, ops[i], &pre, out);
				strbuf_printf(out, s->b.v == 1 || i + 1 < s->b.v ? ", " : "");
			}
			strbuf_printf(out, ")");
		} else if ((adt = emit_adt_aggregate(&h, s, &pre, out)) != 0) {
			rc = adt < 0; /* arrays, repeats, Option */
		} else if (s->op == AGG_ADT && (source_struct(e->m, s->x) || source_enum(e->m, s->x))) {
			rc = emit_aggregate_adt(e, adt_of(e->m, s->x), ops, s->b.v, &pre, out, promoted_operand);
		} else {
			rc = fn_fail(e, "%s", "this aggregate in a promoted");
		}
		break;
	}
	default:
		rc = fn_fail(e, "%s", "this rvalue in a promoted");
	}
	strbuf_free(&pre);
	return rc;
}

static int promoted_value(Emit *e, LocalId l, StrBuf *out)
{
	if (l >= e->f->nlocals || e->promoted_def[l] == NO_ID)
		return fn_fail(e, "%s", "a promoted's local that no statement assigns");
	return promoted_rvalue(e, &e->f->blocks[0].stmts[e->promoted_def[l]], out);
}

/* const39: `const COROSLIM_CONST_i: T = VALUE;` of an aggregate const item (verify.c's shape: bb0 is
 * `_0 = <aggregate of constants>;`), which a read names as a constant operand */
static int const_item(Emit *e, uint32_t i, FILE *out)
{
	const NamedConst *nc = &e->m->named[i];
	const Fn *outer = e->f;
	e->f = nc->body;
	StrBuf ty = {0}, v = {0};
	int rc = rust_type(e, nc->ty, 0, &ty) || promoted_rvalue(e, &nc->body->blocks[0].stmts[0], &v);
	if (!rc)
		fprintf(out, "const COROSLIM_CONST_%u: %.*s = %.*s; // %s\n", (unsigned)i, (int)ty.n, ty.s, (int)v.n, v.s,
		        nc->name);
	strbuf_free(&ty);
	strbuf_free(&v);
	e->f = outer;
	return rc;
}

/* `static COROSLIM_STATIC_i: T = VALUE;` of a promoted `&T` of several statements (its `Static(..)`
 * read is promo36's); verify.c's shape: bb0's last statement is `_0 = &_N` */
static int promoted_static(Emit *e, uint32_t i, FILE *out)
{
	const NamedConst *nc = &e->m->named[i];
	const Fn *body = nc->body, *outer = e->f;
	const Block *b = &body->blocks[0];
	uint32_t *def = malloc(body->nlocals * sizeof *def);
	if (!def)
		internal_error("out of memory");
	for (LocalId l = 0; l < body->nlocals; l++)
		def[l] = NO_ID;
	for (uint32_t k = 0; k < b->nstmts; k++)
		def[place_get(body, b->stmts[k].place)->local] = k;
	e->f = body;
	e->promoted_def = def;
	StrBuf ty = {0}, v = {0};
	int rc = rust_type(e, type_get(e->m, nc->ty)->a, 0, &ty) ||
	         promoted_operand(e, op_copy(b->stmts[b->nstmts - 1].a.v), NULL, &v);
	if (!rc)
		fprintf(out, "static COROSLIM_STATIC_%u: %.*s = %.*s; // %s\n", (unsigned)i, (int)ty.n, ty.s, (int)v.n, v.s,
		        nc->name);
	strbuf_free(&ty);
	strbuf_free(&v);
	free(def);
	e->f = outer;
	e->promoted_def = NULL;
	return rc;
}

/* ===================================================================== */
/* The return place of a resume fn, as rustc's MIR passes leave it         */
/* ===================================================================== */

/* rustc's GVN does not evaluate a value of a non-scalar type in a coroutine
 * body ("Avoid computing layouts inside a coroutine, as that can cause
 * cycles", rustc_mir_transform/src/gvn.rs, eval_to_const), so the resume fn's
 * `_0 = Poll::<T>::Pending` stays an aggregate, which codegen writes as the
 * discriminant alone; in the emitted fn, an ordinary body, GVN makes it
 * `const Poll::<T>::Pending`, whose payload bytes are uninit, and codegen copies
 * both halves. Where an await's poll result has the resume fn's own type and
 * the Ready return re-wraps its payload (`x.await` in tail position: a
 * pass-through wrapper), GVN turns that return into `_0 = copy _p` and
 * DestinationPropagation then polls straight into `_0`: the Pending return
 * keeps the awaited future's payload word, and LLVM cannot fold it as undef
 * (wrapper_layers.rs at Oz, panic=abort: 374 bytes emitted the old way, 448
 * both for rustc and for the crate written as rustc's passes leave it).
 * So the emitted resume fn writes Pending as SetDiscriminant(RET, 1), and
 * for one such poll result writes it as RET and drops the re-wrapping return. */

typedef struct RetAliasScan {
	const Fn *f;
	LocalId local;
	uint32_t n;
} RetAliasScan;

static void ret_alias_count(void *ctx, BlockId b, PlaceId *slot)
{
	RetAliasScan *sc = ctx;
	(void)b;
	if (place_get(sc->f, *slot)->local == sc->local)
		sc->n++;
}

/* p is `(L as Ready).0`: sets *l. */
static int ready_payload(const Fn *f, PlaceId pid, LocalId *l)
{
	const Place *p = place_get(f, pid);
	if (p->nproj != 2 || place_proj(f, p, 0)->kind != PROJ_DOWNCAST || place_proj(f, p, 0)->index != 0 ||
	    place_proj(f, p, 1)->kind != PROJ_FIELD || place_proj(f, p, 1)->index != 0)
		return 0;
	*l = p->local;
	return 1;
}

static int ret_stmt(const Fn *f, const Stmt *s, int agg)
{
	return s->kind == ST_ASSIGN && s->rv == RV_AGGREGATE && s->op == agg && place_is_local(f, s->place) &&
	       place_get(f, s->place)->local == 0;
}

/* The asserts whose panic calls rustc gives one Location. A panic's Location
 * is the line and column where its expression starts, and rustc interns one
 * constant per Location: `a + b + c` is `(a + b) + c`, both additions start at
 * `a`, and both overflow panics take the same Location (casts.rs, debug: one
 * Location in rustc's object against five emitted, one per line). The IR has
 * no spans, so the rule reads the shapes rustc builds: (1) a division's or
 * remainder's divide-by-zero and overflow asserts are the one expression's;
 * (2) an arithmetic assert whose left operand is an unnamed temporary holding
 * the result of another asserted operation (`_t = move (_c.0)` of a checked
 * op, or a Div/Rem/Shl/Shr/Neg written in an assert's success block; a local,
 * or a saved local with no debug name when an await comes between) starts
 * where that operation starts. Divergence: a parenthesised left operand,
 * `(a + b) + c`, starts one column earlier in rustc and is grouped here all
 * the same (the IR has no parentheses). Only asserts whose condition is not a
 * constant (those call the panic fn directly) are grouped. */
static BlockId loc_find(BlockId *root, BlockId b)
{
	while (root[b] != b)
		b = root[b] = root[root[b]];
	return b;
}

static void loc_union(BlockId *root, BlockId a, BlockId b)
{
	a = loc_find(root, a);
	b = loc_find(root, b);
	if (a < b)
		root[b] = a;
	else if (b < a)
		root[a] = b;
}

static int place_eq(const Fn *f, const Place *a, const Place *b)
{
	if (a->local != b->local || a->nproj != b->nproj)
		return 0;
	for (uint32_t i = 0; i < a->nproj; i++) {
		const Proj *x = place_proj(f, a, i), *y = place_proj(f, b, i);
		if (x->kind != y->kind || x->index != y->index)
			return 0;
	}
	return 1;
}

/* p is `(((*_N) as variant#v).k)`, a saved local of the resume fn's coroutine
 * with no debug name (a temporary), assigned by exactly one statement: that
 * statement and its block */
static int saved_temp_def(const Fn *f, const Place *p, const Stmt **d, BlockId *d_bb)
{
	if (f->kind != FN_RESUME || f->coro == NO_ID || p->nproj != 3)
		return 0;
	const Layout *lay = f->mod->coros[f->coro].layout;
	const Proj *deref = place_proj(f, p, 0), *var = place_proj(f, p, 1), *fld = place_proj(f, p, 2);
	if (!lay || lay->reconstructed || deref->kind != PROJ_DEREF || var->kind != PROJ_DOWNCAST ||
	    fld->kind != PROJ_FIELD || var->index >= lay->nvariants || fld->index >= lay->nfields[var->index])
		return 0;
	uint32_t saved = lay->fields[lay->field_start[var->index] + fld->index];
	if (saved >= lay->nsaved || lay->saved[saved].name)
		return 0;
	uint32_t n = 0;
	for (BlockId b = 0; b < f->nblocks; b++)
		for (uint32_t i = 0; i < f->blocks[b].nstmts; i++) {
			const Stmt *st = &f->blocks[b].stmts[i];
			if (st->kind == ST_ASSIGN && place_eq(f, place_get(f, st->place), p)) {
				n++;
				*d = st;
				*d_bb = b;
			}
		}
	return n == 1;
}

static int is_arith_assert(const Term *t)
{
	return t->kind == TK_ASSERT && t->a.kind != OP_CONST && t->msg != AK_RESUMED_AFTER_RETURN &&
	       t->msg != AK_RESUMED_AFTER_PANIC && t->msg != AK_BOUNDS_CHECK;
}

/* A bounds check that can join a group: its index a plain local (rule 3 below) */
static int is_bounds_assert(const Fn *f, const Term *t)
{
	if (t->kind != TK_ASSERT || t->a.kind == OP_CONST || t->msg != AK_BOUNDS_CHECK || t->nargs != 2)
		return 0;
	Operand i = f->args[t->args + 1];
	return i.kind != OP_CONST && place_is_local(f, i.v) && f->args[t->args].kind == OP_CONST;
}

static int is_grouped_assert(const Fn *f, const Term *t)
{
	return is_arith_assert(t) || is_bounds_assert(f, t);
}

/* The index local of the first `[_i]` of the place op reads, through unnamed
 * single-assignment temporaries (`_4 = copy _1[_5]; _3 = move _4 as u32`), or
 * NO_ID: where an operand starts with `a[i]..`, so does a[i]'s index expression */
static LocalId index_start(const Fn *f, Operand op, const uint32_t *ndefs, const Stmt *const *def)
{
	for (int depth = 0; depth < 8 && op.kind != OP_CONST; depth++) {
		const Place *p = place_get(f, op.v);
		for (uint32_t i = 0; i < p->nproj; i++)
			if (place_proj(f, p, i)->kind == PROJ_INDEX)
				return place_proj(f, p, i)->index;
		LocalId l = p->local;
		if (p->nproj || l <= f->nargs || f->locals[l].name || ndefs[l] != 1 || !def[l] ||
		    (def[l]->rv != RV_USE && def[l]->rv != RV_CAST))
			return NO_ID;
		op = def[l]->a;
	}
	return NO_ID;
}

static void loc_groups_find(Emit *e)
{
	const Fn *f = e->f;
	e->loc_root = NULL;
	e->loc_args = NULL;
	BlockId *root = malloc((f->nblocks ? f->nblocks : 1) * sizeof *root);
	BlockId *asserted_by = malloc((f->nblocks ? f->nblocks : 1) * sizeof *asserted_by); /* success block -> assert */
	BlockId *chk = malloc((f->nlocals ? f->nlocals : 1) * sizeof *chk);  /* checked tuple -> its assert */
	uint32_t *ndefs = calloc(f->nlocals ? f->nlocals : 1, sizeof *ndefs);
	const Stmt **def = calloc(f->nlocals ? f->nlocals : 1, sizeof *def);
	BlockId *def_bb = malloc((f->nlocals ? f->nlocals : 1) * sizeof *def_bb);
	BlockId *bchk = malloc((f->nlocals ? f->nlocals : 1) * sizeof *bchk); /* index local -> its bounds check */
	if (!root || !asserted_by || !chk || !ndefs || !def || !def_bb || !bchk)
		internal_error("emit: out of memory");
	for (BlockId b = 0; b < f->nblocks; b++)
		root[b] = b, asserted_by[b] = NO_BLOCK;
	for (LocalId l = 0; l < f->nlocals; l++)
		chk[l] = bchk[l] = NO_BLOCK;
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Block *bl = &f->blocks[b];
		for (uint32_t i = 0; i < bl->nstmts; i++) {
			const Stmt *st = &bl->stmts[i];
			if (st->kind != ST_ASSIGN)
				continue;
			const Place *p = place_get(f, st->place);
			if (p->nproj)
				continue;
			ndefs[p->local]++;
			def[p->local] = st;
			def_bb[p->local] = b;
		}
		const Term *t = &bl->term;
		if (is_bounds_assert(f, t))
			bchk[place_get(f, f->args[t->args + 1].v)->local] = b;
		if (!is_arith_assert(t))
			continue;
		if (t->target != NO_BLOCK && t->target < f->nblocks)
			asserted_by[t->target] = b;
		if (t->msg == AK_OVERFLOW) {
			const Place *c = place_get(f, t->a.v);
			if (c->nproj == 1 && place_proj(f, c, 0)->kind == PROJ_FIELD && place_proj(f, c, 0)->index == 1)
				chk[c->local] = b;
		}
	}
	int any = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Term *t = &f->blocks[b].term;
		if (!is_arith_assert(t))
			continue;
		/* (1) `x / y`: the zero assert's success block holds the overflow assert */
		if ((t->msg == AK_DIV_OVERFLOW || t->msg == AK_REM_OVERFLOW) && asserted_by[b] != NO_BLOCK) {
			const Term *z = &f->blocks[asserted_by[b]].term;
			if (z->msg == (t->msg == AK_DIV_OVERFLOW ? AK_DIV_ZERO : AK_REM_ZERO)) {
				loc_union(root, b, asserted_by[b]);
				any = 1;
			}
		}
		/* (3) an operation whose left operand starts with an index expression
		 * (`a[i] + x`, `a[0] as u32 + ..`, `a[i].x += 5`, `a[i] / y`): that index's
		 * bounds check (rustc's BoundsCheck Location is `a[i]`'s start) */
		const Place *c = place_get(f, t->a.v);
		Operand left = {.kind = OP_CONST};
		if (t->msg == AK_OVERFLOW && c->nproj == 1 && ndefs[c->local] == 1 && def[c->local]->rv == RV_CHECKED)
			left = def[c->local]->a;
		else if ((t->msg == AK_DIV_ZERO || t->msg == AK_REM_ZERO) && t->nargs == 1)
			left = f->args[t->args]; /* the dividend */
		LocalId ix = index_start(f, left, ndefs, def);
		if (ix != NO_ID && bchk[ix] != NO_BLOCK) {
			loc_union(root, b, bchk[ix]);
			any = 1;
		}
		/* (2) the left operand of the asserted operation */
		if (t->msg != AK_OVERFLOW)
			continue;
		if (c->nproj != 1 || ndefs[c->local] != 1 || def[c->local]->rv != RV_CHECKED)
			continue;
		Operand l = def[c->local]->a;
		if (l.kind == OP_CONST)
			continue;
		const Place *lp = place_get(f, l.v);
		LocalId tmp = lp->local;
		const Stmt *d = NULL;
		BlockId d_bb = NO_BLOCK;
		if (!lp->nproj) {
			if (tmp <= f->nargs || f->locals[tmp].name || ndefs[tmp] != 1)
				continue;
			d = def[tmp];
			d_bb = def_bb[tmp];
		} else if (!saved_temp_def(f, lp, &d, &d_bb)) {
			continue; /* a temporary saved across an await (`a + b + c.await`) */
		}
		BlockId other = NO_BLOCK;
		if (d->rv == RV_USE && d->a.kind != OP_CONST) {
			const Place *src = place_get(f, d->a.v);
			if (src->nproj == 1 && place_proj(f, src, 0)->kind == PROJ_FIELD &&
			    place_proj(f, src, 0)->index == 0)
				other = chk[src->local];
		} else if ((d->rv == RV_BINARY && (d->op == BIN_DIV || d->op == BIN_REM || d->op == BIN_SHL ||
						  d->op == BIN_SHR)) ||
			   (d->rv == RV_UNARY && d->op == UN_NEG)) {
			other = asserted_by[d_bb];
		}
		if (other != NO_BLOCK) {
			loc_union(root, b, other);
			any = 1;
		}
	}
	free(asserted_by);
	free(chk);
	free(bchk);
	free(ndefs);
	free(def);
	free(def_bb);
	if (!any) {
		free(root);
		return;
	}
	/* a group of one is no group */
	uint32_t *size = calloc(f->nblocks, sizeof *size);
	if (!size)
		internal_error("emit: out of memory");
	for (BlockId b = 0; b < f->nblocks; b++)
		if (is_grouped_assert(f, &f->blocks[b].term))
			size[loc_find(root, b)]++;
	e->loc_args = calloc(f->nblocks, 1);
	if (!e->loc_args)
		internal_error("emit: out of memory");
	for (BlockId b = 0; b < f->nblocks; b++)
		if (!is_grouped_assert(f, &f->blocks[b].term) || size[loc_find(root, b)] < 2)
			root[b] = NO_BLOCK;
		else
			root[b] = loc_find(root, b);
	for (BlockId b = 0; b < f->nblocks; b++)
		if (root[b] != NO_BLOCK && f->blocks[b].term.msg == AK_BOUNDS_CHECK)
			e->loc_args[root[b]] = 1;
	free(size);
	e->loc_root = root;
	e->loc_calls = calloc(f->nblocks, sizeof *e->loc_calls);
	e->loc_decls = calloc(f->nblocks, sizeof *e->loc_decls);
	if (!e->loc_calls || !e->loc_decls)
		internal_error("emit: out of memory");
}

static void ret_alias_find(Emit *e)
{
	const Fn *f = e->f;
	e->ret_alias = 0;
	e->nret_skip = 0;
	e->ret_skip = NULL;
	if (f->kind != FN_RESUME)
		return;
	uint32_t *ndefs = calloc(f->nlocals, sizeof *ndefs);
	const Stmt **def = calloc(f->nlocals, sizeof *def);
	const Stmt **skip = calloc(1, sizeof *skip);
	uint32_t nready = 0, nskip = 0;
	if (!ndefs || !def || !skip)
		abort();
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Block *bl = &f->blocks[b];
		for (uint32_t i = 0; i < bl->nstmts; i++) {
			const Stmt *s = &bl->stmts[i];
			if (s->kind != ST_ASSIGN)
				continue;
			LocalId l = place_get(f, s->place)->local;
			ndefs[l]++;
			def[l] = place_is_local(f, s->place) ? s : NULL;
			nready += ret_stmt(f, s, AGG_POLL_READY);
		}
		if (bl->has_term && bl->term.kind == TK_CALL) {
			LocalId l = place_get(f, bl->term.place)->local;
			ndefs[l]++;
			def[l] = NULL;
		}
	}
	skip = realloc(skip, (nready + 1) * sizeof *skip);
	if (!skip)
		abort();
	/* each `RET = Poll::Ready(x)`: x back through single-assignment copies to
	 * `(P as Ready).0`; one P for the whole fn, or none */
	LocalId alias = 0;
	int ok = 1;
	for (BlockId b = 0; b < f->nblocks && ok; b++) {
		const Block *bl = &f->blocks[b];
		for (uint32_t i = 0; i < bl->nstmts && ok; i++) {
			const Stmt *s = &bl->stmts[i];
			if (!ret_stmt(f, s, AGG_POLL_READY) || s->b.v != 1)
				continue;
			Operand x = f->args[s->a.v];
			LocalId p = 0;
			for (int depth = 0; depth < 16 && x.kind != OP_CONST; depth++) {
				if (ready_payload(f, x.v, &p))
					break;
				if (!place_is_local(f, x.v))
					break;
				LocalId l = place_get(f, x.v)->local;
				if (l <= f->nargs || ndefs[l] != 1 || !def[l] || def[l]->rv != RV_USE)
					break;
				x = def[l]->a;
			}
			if (!p)
				continue;
			if (p <= f->nargs || f->locals[p].ty != f->locals[0].ty || ndefs[p] != 1 || def[p] ||
			    (alias && alias != p)) {
				ok = 0;
				break;
			}
			alias = p;
			skip[nskip++] = s;
		}
	}
	/* P is the destination of its one call, and is otherwise read only by
	 * `discriminant(P)` and `(P as Ready).0` (and PlaceMention) */
	if (ok && alias) {
		uint32_t allowed = 0;
		for (BlockId b = 0; b < f->nblocks; b++) {
			const Block *bl = &f->blocks[b];
			LocalId l;
			for (uint32_t i = 0; i < bl->nstmts; i++) {
				const Stmt *s = &bl->stmts[i];
				/* PlaceMention: not in runtime MIR, and not emitted */
				if (s->kind == ST_PLACE_MENTION && place_get(f, s->place)->local == alias)
					allowed++;
				if (s->kind != ST_ASSIGN)
					continue;
				if (s->rv == RV_DISCR && place_is_local(f, s->a.v) && place_get(f, s->a.v)->local == alias)
					allowed++;
				if (s->rv == RV_USE && s->a.kind != OP_CONST && ready_payload(f, s->a.v, &l) && l == alias)
					allowed++;
			}
			if (bl->has_term && bl->term.kind == TK_CALL && place_is_local(f, bl->term.place) &&
			    place_get(f, bl->term.place)->local == alias)
				allowed++;
		}
		RetAliasScan sc = {f, alias, 0};
		fn_places((Fn *)f, 1, ret_alias_count, &sc);
		ok = sc.n == allowed;
	}
	free(ndefs);
	free(def);
	if (ok && alias) {
		e->ret_alias = alias;
		e->ret_skip = skip;
		e->nret_skip = nskip;
	} else {
		free(skip);
	}
}

/* An aggregate of a foreign ADT (EmitForeign): each field written through its
 * view, then (an enum) the tag; a field the hook has no view for is an error. */
static int emit_aggregate_foreign(Emit *e, const Stmt *s, StrBuf *pre, StrBuf *out)
{
	const Fn *f = e->f;
	const Adt *a = adt_of(e->m, s->x);
	const Operand *ops = &f->args[s->a.v];
	uint32_t n = s->b.v, var = NO_ID;
	if (!a)
		return type_fail(e, "an aggregate of type %s", s->x);
	if (a->kind == ADT_ENUM) {
		if (n < 1 || ops[0].kind != OP_CONST)
			return type_fail(e, "an aggregate of type %s", s->x);
		var = (uint32_t)f->consts[ops[0].v].bits;
		ops++, n--;
	}
	StrBuf base = {0};
	int rc = emit_place(e, s->place, pre, &base);
	strbuf_printf(&base, "%s", "");
	for (uint32_t i = 0; i < n && !rc; i++) {
		StrBuf lhs = {0}, rhs = {0};
		TypeId ft = operand_type(e, ops[i]);
		int r = foreign_view(e, s->x, var, i, ft, base.s, pre, &lhs, NULL);
		if (r <= 0)
			rc = r < 0 ? r : type_fail(e, "an aggregate of type %s", s->x);
		else
			rc = emit_operand(e, ops[i], pre, &rhs);
		if (!rc)
			strbuf_printf(out, "                        %.*s = %.*s;\n", (int)lhs.n, lhs.s, (int)rhs.n, rhs.s);
		strbuf_free(&lhs);
		strbuf_free(&rhs);
	}
	if (!rc && var != NO_ID) {
		char tagty[64];
		StrBuf tag = {0};
		int r = foreign_view(e, s->x, var, NO_ID, NO_ID, base.s, pre, &tag, tagty);
		if (r < 0)
			rc = r;
		else if (r > 0 && tagty[0])
			strbuf_printf(out, "                        %.*s = %u_%s;\n", (int)tag.n, tag.s, var, tagty);
		strbuf_free(&tag);
	}
	strbuf_free(&base);
	return rc;
}

static int ret_skipped(const Emit *e, const Stmt *s)
{
	for (uint32_t i = 0; i < e->nret_skip; i++)
		if (e->ret_skip[i] == s)
			return 1;
	return 0;
}

static int emit_stmt(Emit *e, const Stmt *s, StrBuf *out)
{
	const Fn *f = e->f;
	StrBuf pre = {0}, lhs = {0}, rhs = {0}, line = {0};
	int rc = 0;
	if (ret_skipped(e, s))
		return 0;
	if (f->kind == FN_RESUME && ret_stmt(f, s, AGG_POLL_PENDING)) {
		strbuf_printf(out, "                        SetDiscriminant(RET, 1);\n");
		return 0;
	}
	switch (s->kind) {
	case ST_NOP:
		if (s->x && e->o->foreign)
			return emit_opaque_stmt(e, s, out);
		return 0;
	case ST_PLACE_MENTION:
		return 0;
	case ST_STORAGE_LIVE:
	case ST_STORAGE_DEAD:
		if (s->x == 0 || (e->ret_alias && s->x == e->ret_alias))
			return 0;
		strbuf_printf(out, "                        %s(_%u);\n", s->kind == ST_STORAGE_LIVE ? "StorageLive" : "StorageDead", s->x);
		return 0;
	case ST_SET_DISCR: {
		TypeId t = place_type(f, s->place);
		const Type *ty = type_get(e->m, t);
		rc = emit_place(e, s->place, &pre, &lhs);
		if (rc)
			break;
		if (ty->kind == TY_CORO) {
			strbuf_printf(&lhs, "%s", "");
			if ((rc = tag_place(e, ty->coro, lhs.s, &line)))
				break;
			char id[256];
			coro_ident(e, ty->coro, id, sizeof id);
			strbuf_printf(&line, " = Tag_%s::V%u;\n", id, s->x);
		} else if (ty->kind == TY_ADT && !source_enum(e->m, t) && core_enum_of(e->m, t) == CORE_NONE) {
			char tagty[64];
			StrBuf tag = {0};
			strbuf_printf(&lhs, "%s", "");
			int r = foreign_view(e, t, s->x, NO_ID, NO_ID, lhs.s, &pre, &tag, tagty);
			if (r <= 0) {
				rc = r < 0 ? r : type_fail(e, "the discriminant of type %s", t);
				strbuf_free(&tag);
				break;
			}
			strbuf_printf(&line, "%.*s = %u_%s;\n", (int)tag.n, tag.s, s->x, tagty);
			strbuf_free(&tag);
		} else {
			strbuf_printf(&line, "SetDiscriminant(%.*s, %u);\n", (int)lhs.n, lhs.s, s->x);
		}
		break;
	}
	case ST_ASSIGN:
		if (s->rv == RV_AGGREGATE && s->op == AGG_ADT && e->o->foreign && !source_struct(e->m, s->x) &&
		    !source_enum(e->m, s->x)) {
			rc = emit_aggregate_foreign(e, s, &pre, &line);
			strbuf_put(out, pre.s, pre.n);
			strbuf_put(out, line.s, line.n);
			strbuf_free(&pre);
			strbuf_free(&line);
			return rc;
		}
		if (s->rv == RV_AGGREGATE && s->op == AGG_CORO) {
			rc = emit_aggregate_coro(e, s, &pre, &line);
			strbuf_put(out, pre.s, pre.n);
			strbuf_put(out, line.s, line.n);
			strbuf_free(&pre);
			strbuf_free(&line);
			return rc;
		}
		rc = emit_place(e, s->place, &pre, &lhs);
		if (rc)
			break;
		switch (s->rv) {
		case RV_USE:
			rc = emit_operand(e, s->a, &pre, &rhs);
			break;
		case RV_BINARY:
		case RV_CHECKED: {
			StrBuf a = {0}, b = {0};
			rc = emit_operand(e, s->a, &pre, &a) || emit_operand(e, s->b, &pre, &b);
			strbuf_printf(&rhs, s->rv == RV_CHECKED ? "Checked(%.*s %s %.*s)" : "%.*s %s %.*s", (int)a.n, a.s,
				   binop_rust[s->op], (int)b.n, b.s);
			strbuf_free(&a);
			strbuf_free(&b);
			break;
		}
		case RV_UNARY:
			strbuf_printf(&rhs, s->op == UN_NOT ? "!" : "-");
			rc = emit_operand(e, s->a, &pre, &rhs);
			break;
		case RV_CAST:
			rc = emit_operand(e, s->a, &pre, &rhs);
			/* repr40: `_8 = discriminant(_7); _6 = move _8 as u8` of a `#[repr(u8)]` enum casts to its own
			 * type, which custom MIR's `as` (a THIR cast, dropped as a no-op) cannot write: a use, the same
			 * value and code */
			if (s->a.kind != OP_CONST && place_type(f, s->a.v) == s->x && type_is_int(e->m, s->x))
				break;
			strbuf_printf(&rhs, " as ");
			rc = rc || rust_type(e, s->x, 0, &rhs);
			break;
		case RV_DISCR: {
			TypeId t = place_type(f, s->a.v);
			const Type *ty = type_get(e->m, t);
			StrBuf src = {0};
			rc = emit_place(e, s->a.v, &pre, &src);
			if (!rc && ty->kind == TY_CORO) {
				/* the tag is an enum (its valid range: rustc's `!range` on the load);
				 * its discriminant, then the IR's u32 */
				StrBuf tag = {0};
				strbuf_printf(&src, "%s", "");
				rc = tag_place(e, ty->coro, src.s, &tag);
				uint32_t k = temp_new(e, tag_type(e->m->coros[ty->coro].layout));
				strbuf_printf(&pre, "                        _e%u = Discriminant(%.*s);\n", k, (int)tag.n, tag.s);
				strbuf_printf(&rhs, "_e%u as ", k);
				rc = rc || rust_type(e, place_type(f, s->place), 0, &rhs);
				strbuf_free(&tag);
			} else if (!rc && ty->kind == TY_ADT && !source_enum(e->m, t) && core_enum_of(e->m, t) == CORE_NONE) {
				/* a foreign enum: its tag view, cast to the discriminant's type */
				char tagty[64];
				StrBuf tag = {0};
				strbuf_printf(&src, "%s", "");
				int r = foreign_view(e, t, NO_ID, NO_ID, NO_ID, src.s, &pre, &tag, tagty);
				if (r <= 0)
					rc = r < 0 ? r : type_fail(e, "the discriminant of type %s", t);
				else {
					uint32_t k = temp_new(e, tagty);
					strbuf_printf(&pre, "                        _e%u = %.*s;\n", k, (int)tag.n, tag.s);
					strbuf_printf(&rhs, "_e%u as ", k);
					rc = rust_type(e, place_type(f, s->place), 0, &rhs);
				}
				strbuf_free(&tag);
			} else if (!rc) {
				strbuf_printf(&rhs, "Discriminant(%.*s)", (int)src.n, src.s);
			}
			strbuf_free(&src);
			break;
		}
		case RV_REF:
		case RV_REFMUT:
			strbuf_printf(&rhs, s->rv == RV_REF ? "&" : "&mut ");
			rc = emit_place(e, s->a.v, &pre, &rhs);
			break;
		case RV_AGGREGATE: {
			const Operand *ops = &f->args[s->a.v];
			uint32_t n = s->b.v;
			EmitHooks h = adt_hooks(e);
			int adt;
			if (s->op == AGG_POLL_PENDING || s->op == AGG_POLL_READY) {
				strbuf_printf(&rhs, "Poll::<");
				rc = rust_type(e, type_get(e->m, s->x)->a, 0, &rhs);
				strbuf_printf(&rhs, s->op == AGG_POLL_PENDING ? ">::Pending" : ">::Ready(");
				if (s->op == AGG_POLL_READY) {
					rc = rc || n != 1 || emit_operand(e, ops[0], &pre, &rhs);
					strbuf_printf(&rhs, ")");
				}
			} else if (s->op == AGG_TUPLE) {
				strbuf_printf(&rhs, "(");
				for (uint32_t i = 0; i < n && !rc; i++) {
					rc = emit_operand(e, ops[i], &pre, &rhs);
					strbuf_printf(&rhs, n == 1 || i + 1 < n ? ", " : "");
				}
				strbuf_printf(&rhs, ")");
			} else if ((adt = emit_adt_aggregate(&h, s, &pre, &rhs)) != 0) {
				rc = adt < 0; /* arrays, Option, Result */
			} else if (s->op == AGG_ADT && (source_struct(e->m, s->x) || source_enum(e->m, s->x) ||
			                                range_adt_kind(e->m, s->x))) {
				rc = emit_aggregate_adt(e, adt_of(e->m, s->x), ops, n, &pre, &rhs, hook_operand);
			} else if (s->op == AGG_ADT) {
				rc = type_fail(e, "an aggregate of type %s", s->x);
			} else {
				rc = fn_fail(e, "%s", "this aggregate");
			}
			break;
		}
		default:
			rc = fn_fail(e, "%s", "this rvalue");
		}
		strbuf_printf(&line, "%.*s = %.*s;\n", (int)lhs.n, lhs.s, (int)rhs.n, rhs.s);
		break;
	default:
		rc = fn_fail(e, "%s", "this statement");
	}
	if (!rc) {
		strbuf_put(out, pre.s, pre.n);
		strbuf_printf(out, "                        ");
		strbuf_put(out, line.s, line.n);
	}
	strbuf_free(&pre);
	strbuf_free(&lhs);
	strbuf_free(&rhs);
	strbuf_free(&line);
	return rc;
}

/* ===================================================================== */
/* Terminators                                                             */
/* ===================================================================== */

static void emit_unwind(const Emit *e, const Term *t, StrBuf *out)
{
	/* under panic=abort nothing unwinds: rustc's AbortUnwindingCalls makes
	 * every unwind action Unreachable, in a coroutine's drop glue too (run
	 * when the shim is built), and its MIR validator rejects a Continue,
	 * even one a cleanup block left by the IR's drop shims becomes once
	 * RemoveNoopLandingPads finds it only resumes */
	if (e->m->panic_abort) {
		strbuf_printf(out, "UnwindUnreachable()");
		return;
	}
	switch (t->unwind) {
	case UW_CONTINUE: strbuf_printf(out, "UnwindContinue()"); break;
	case UW_UNREACHABLE: strbuf_printf(out, "UnwindUnreachable()"); break;
	case UW_TERMINATE: strbuf_printf(out, "UnwindTerminate(ReasonInCleanup)"); break;
	default: strbuf_printf(out, "UnwindCleanup(bb%u)", t->unwind_bb); break;
	}
}

static void emit_target(Emit *e, BlockId b, StrBuf *out)
{
	if (b == NO_BLOCK) {
		e->need_unreachable = 1;
		strbuf_printf(out, "bb_unreachable");
	} else {
		strbuf_printf(out, "bb%u", b);
	}
}

/* The panic lang item rustc's codegen calls for an assert (AssertKind::panic_function). */
static const char *assert_panic_fn(const Term *t)
{
	switch (t->msg) {
	case AK_OVERFLOW:
		switch (t->x) {
		case BIN_ADD: return "panic_const_add_overflow";
		case BIN_SUB: return "panic_const_sub_overflow";
		case BIN_MUL: return "panic_const_mul_overflow";
		case BIN_DIV: return "panic_const_div_overflow";
		case BIN_REM: return "panic_const_rem_overflow";
		case BIN_SHL: return "panic_const_shl_overflow";
		case BIN_SHR: return "panic_const_shr_overflow";
		default: return NULL;
		}
	case AK_OVERFLOW_NEG: return "panic_const_neg_overflow";
	case AK_DIV_ZERO: return "panic_const_div_by_zero";
	case AK_REM_ZERO: return "panic_const_rem_by_zero";
	case AK_DIV_OVERFLOW: return "panic_const_div_overflow";
	case AK_REM_OVERFLOW: return "panic_const_rem_overflow";
	case AK_SHL_OVERFLOW: return "panic_const_shl_overflow";
	case AK_SHR_OVERFLOW: return "panic_const_shr_overflow";
	/* async blocks too: rustc maps every Desugared(Async, _) coroutine to PanicAsyncFnResumed */
	case AK_RESUMED_AFTER_RETURN: return "panic_const_async_fn_resumed";
	case AK_RESUMED_AFTER_PANIC: return "panic_const_async_fn_resumed_panic";
	default: return NULL;
	}
}

/* The Rust name of fn f of the module: resume_S / drop_S for a coroutine's;
 * a sync fn's own name, or for an associated fn (`S::m`, `<S as T>::f`: a
 * custom-MIR body cannot be a method) the free fn emit_rust_ident names
 * (`S__m`, `_S_as_T___f`), behind a method of that path (emit_method_wrappers) */
static void fn_rust_name(Emit *e, const Fn *f, StrBuf *out)
{
	char id[1024];
	if ((f->kind == FN_RESUME || f->kind == FN_DROP_SHIM) && f->coro != NO_ID) {
		coro_ident(e, f->coro, id, sizeof id);
		strbuf_printf(out, "%s_%s", f->kind == FN_RESUME ? "resume" : "drop", id);
	} else {
		emit_rust_ident(f->name, id, sizeof id);
		strbuf_printf(out, "%s", id);
	}
}

/* cmp39: core's `<T as PartialEq>::eq` .. and `Option::<T>::is_some` .. (ir/core_cmp.c) as the same fns of the
 * emitted crate's T: `<T as PartialEq>::eq`, `<T>::is_some` */
static int emit_core_leaf(Emit *e, const Term *t, StrBuf *out)
{
	const Fn *f = e->f;
	const char *name = f->names[t->x];
	Operand a = f->args[t->args];
	TypeId rt = a.kind == OP_CONST ? f->consts[a.v].ty : place_type(f, a.v);
	int op = cmp_leaf_op(name);
	strbuf_printf(out, "<");
	if (rust_type(e, type_get(e->m, rt)->a, 0, out))
		return 1;
	if (op >= 0)
		strbuf_printf(out, "%s", cmp_leaf_suffix(op));
	else
		strbuf_printf(out, ">::%s", query_leaf_method(query_leaf_kind(name)));
	return 0;
}

/* for40: core's iterator fns of a range (ir/core_iter.c) as the emitted crate's: `core::ops::RangeInclusive::<u8>::new`,
 * `<core::ops::Range<u32> as IntoIterator>::into_iter`, `<core::ops::Range<u32> as Iterator>::next` */
static int emit_iter_leaf(Emit *e, const Term *t, StrBuf *out)
{
	const Fn *f = e->f;
	int kind = iter_leaf_kind(f->names[t->x]);
	if (kind == ITER_NEW) {
		if (range_spelling(e, place_type(f, t->place), 1, out))
			return 1;
		strbuf_printf(out, "::new");
		return 0;
	}
	TypeId rt = place_type(f, t->place);
	if (kind == ITER_NEXT) {
		Operand a = f->args[t->args];
		rt = type_get(e->m, a.kind == OP_CONST ? f->consts[a.v].ty : place_type(f, a.v))->a;
	}
	strbuf_printf(out, "<");
	if (range_spelling(e, rt, 0, out))
		return 1;
	strbuf_printf(out, kind == ITER_INTO ? " as IntoIterator>::into_iter" : " as Iterator>::next");
	return 0;
}

/* meth40: core's integer methods and Option / Result methods (ir/core_int.c) as the same fns of the emitted
 * crate's types: `<u32>::wrapping_add`, `<u32 as Ord>::min`, `<Option<u32>>::unwrap_or` */
static int emit_core_method(Emit *e, const Term *t, StrBuf *out)
{
	const Fn *f = e->f;
	const char *name = f->names[t->x];
	TypeId self;
	int k = int_leaf_of(e->m, name, &self);
	if (k == IM_NONE) {
		Operand a = f->args[t->args];
		self = a.kind == OP_CONST ? f->consts[a.v].ty : place_type(f, a.v);
	}
	strbuf_printf(out, "<");
	if (rust_type(e, self, 0, out))
		return 1;
	if (k != IM_NONE)
		strbuf_printf(out, "%s>::%s", int_method_who(k) == IMW_ORD ? " as Ord" : "", int_method_name(k));
	else
		strbuf_printf(out, ">::%s", enum_method_name(enum_leaf_of(name)));
	return 0;
}

/* mac40: core's fns of std's panic macros, by panic_leaf_kind (rustc's MIR names them `std::rt::panic_fmt`,
 * a re-export, and `Arguments::<'_>::from_str`) */
static const char *const emit_panic_callee[] = {
	NULL, "core::panicking::panic", "core::fmt::Arguments::from_str", "core::fmt::Arguments::from_str_nonconst",
	"core::panicking::panic_fmt",
};

/* some fn of m builds an Arguments (panic!("msg")): the crate needs two more features */
static int module_formats(const Module *m)
{
	for (uint32_t i = 0; i < m->nfns; i++)
		for (uint32_t k = 0; k < m->fns[i]->nnames; k++)
			if (panic_leaf_kind(m->fns[i]->names[k]) == PANIC_LEAF_FROM_STR ||
			    panic_leaf_kind(m->fns[i]->names[k]) == PANIC_LEAF_FROM_STR_NONCONST)
				return 1;
	return 0;
}

static int emit_callee(Emit *e, const Term *t, StrBuf *out)
{
	const Fn *f = e->f;
	StrBuf ty = {0};
	int rc = 0;
	if (e->o->foreign && e->o->foreign->callee) {
		int r = e->o->foreign->callee(e->o->foreign->ctx, e->m, f, t, out);
		if (r)
			return r > 0 ? 0 : fn_fail(e, "%s", diag_msg(e->d)[0] ? diag_msg(e->d) : "a foreign callee");
	}
	switch (t->op) {
	case CALLEE_FN: {
		const char *name = f->names[t->x];
		const Fn *g = module_find_fn(e->m, name);
		EmitHooks h = adt_hooks(e);
		int adt;
		if (g) {
			fn_rust_name(e, g, out);
		} else if ((adt = emit_adt_callee(&h, t, out)) != 0) {
			rc = adt < 0; /* `?`'s Try::branch, FromResidual::from_residual */
		} else if (cmp_leaf_op(name) >= 0 || query_leaf_kind(name)) {
			rc = emit_core_leaf(e, t, out);
		} else if (iter_leaf_kind(name)) {
			rc = emit_iter_leaf(e, t, out);
		} else if (int_leaf_of(e->m, name, &(TypeId){0}) || enum_leaf_of(name)) {
			rc = emit_core_method(e, t, out);
		} else if (panic_leaf_kind(name)) { /* mac40: panic!, assert! .. (ir/core_panic.c) */
			strbuf_printf(out, "%s", emit_panic_callee[panic_leaf_kind(name)]);
		} else if (strcmp(name, "yield_now") == 0 || strcmp(name, "observe") == 0 || strcmp(name, "guard") == 0 ||
		           clone_leaf_of(e->m, name, place_type(f, t->place))) { /* derive38: `<u32 as Clone>::clone`, core's */
			strbuf_printf(out, "%s", name);
		} else {
			return fn_fail(e, "a call of `%s` (neither a fn of the program nor a prelude leaf)", name);
		}
		break;
	}
	case CALLEE_INTO_FUTURE:
		rc = rust_type(e, t->x, 0, &ty);
		strbuf_printf(out, "<%.*s as IntoFuture>::into_future", (int)ty.n, ty.s);
		break;
	case CALLEE_PIN_NEW:
		rc = rust_type(e, t->x, 0, &ty);
		strbuf_printf(out, "Pin::<&mut %.*s>::new_unchecked", (int)ty.n, ty.s);
		break;
	case CALLEE_POLL:
		rc = rust_type(e, t->x, 0, &ty);
		strbuf_printf(out, "<%.*s as Future>::poll", (int)ty.n, ty.s);
		break;
	case CALLEE_DROP_IN_PLACE:
		rc = rust_type(e, t->x, 0, &ty);
		strbuf_printf(out, "core::ptr::drop_in_place::<%.*s>", (int)ty.n, ty.s);
		break;
	default:
		rc = fn_fail(e, "%s", "the callee get_context (a body before the state transform)");
	}
	strbuf_free(&ty);
	return rc;
}

/* `assert(move _8, "index out of bounds: ..", const 3_usize, copy _7)`
 * (rustc: AssertKind::BoundsCheck { len, index }): the panic block calls
 * bounds_check_panic::<LEN>(index) (emit_adt.c), which is the call of core's
 * panic_bounds_check(index, len) rustc's codegen makes, with the panic
 * block's own Location (one call per line, as for the other asserts), or its
 * group's (loc_groups_find, rule 3: `a[i] + x` starts where `a[i]` does). */
static int emit_bounds_check(Emit *e, BlockId b, const Term *t, StrBuf *pre, StrBuf *line)
{
	const Fn *f = e->f;
	if (t->nargs != 2)
		internal_error("emit: a bounds check with %u operands", t->nargs);
	Operand len = f->args[t->args], index = f->args[t->args + 1];
	if (len.kind != OP_CONST)
		return fn_fail(e, "%s", "a bounds check whose length is not a constant");
	char panic_bb[48];
	snprintf(panic_bb, sizeof panic_bb, "bb%u_panic", b);
	StrBuf setup = {0}, call = {0};
	strbuf_printf(&call, "Call(_never = bounds_check_panic::<%llu>(",
		      (unsigned long long)f->consts[len.v].bits);
	if (emit_operand(e, index, &setup, &call)) {
		strbuf_free(&setup);
		strbuf_free(&call);
		return -1;
	}
	strbuf_printf(&call, "), ReturnTo(bb_diverged), ");
	emit_unwind(e, t, &call);
	e->need_never = 1;
	e->need_diverged = 1;
	const char *kind = f->blocks[b].cleanup ? "Cleanup" : "Normal";
	if (e->loc_root && e->loc_root[b] != NO_BLOCK) {
		/* one same_loc_args! invocation writes its group's calls (loc_groups_find, rule 3) */
		BlockId r = e->loc_root[b];
		strbuf_printf(&e->loc_calls[r], "%sbounds_check_panic::<%llu> [", e->loc_calls[r].n ? "; " : "",
			      (unsigned long long)f->consts[len.v].bits);
		emit_operand(e, index, &setup, &e->loc_calls[r]); /* a local (is_bounds_assert): no set-up */
		strbuf_printf(&e->loc_calls[r], "], ");
		emit_unwind(e, t, &e->loc_calls[r]);
		strbuf_printf(&e->loc_decls[r], "        let %s = BasicBlock::%s;\n", panic_bb, kind);
	} else {
		strbuf_printf(&e->blocks,
			      "                    { // %s\n%.*s                        %.*s)\n                    };\n",
			      panic_bb, (int)setup.n, setup.s ? setup.s : "", (int)call.n, call.s);
		strbuf_printf(&e->extra_decls, "        let %s = BasicBlock::%s;\n", panic_bb, kind);
	}
	strbuf_free(&setup);
	strbuf_free(&call);
	if (t->a.kind == OP_CONST) {
		const Const *c = &f->consts[t->a.v];
		if ((c->bits != 0) == (t->op != 0))
			strbuf_printf(line, "Goto(bb%u)", t->target);
		else
			strbuf_printf(line, "Goto(%s)", panic_bb);
		return 0;
	}
	StrBuf x = {0};
	int rc = emit_operand(e, t->a, pre, &x);
	strbuf_printf(line, "match %.*s { %s => bb%u, _ => %s }", (int)x.n, x.s, t->op ? "true" : "false", t->target,
		      panic_bb);
	strbuf_free(&x);
	return rc;
}

static int emit_term(Emit *e, BlockId b, const Term *t, StrBuf *out)
{
	const Fn *f = e->f;
	StrBuf pre = {0}, line = {0}, x = {0};
	int rc = 0;
	switch (t->kind) {
	case TK_GOTO:
		strbuf_printf(&line, "Goto(bb%u)", t->target);
		break;
	case TK_RETURN:
		strbuf_printf(&line, "Return()");
		break;
	case TK_UNREACHABLE:
		strbuf_printf(&line, "Unreachable()");
		break;
	case TK_RESUME:
		strbuf_printf(&line, "UnwindResume()");
		break;
	case TK_SWITCH: {
		TypeId st = operand_type(e, t->a);
		int is_bool = type_get(e->m, st)->kind == TY_BOOL;
		rc = emit_operand(e, t->a, &pre, &x);
		strbuf_printf(&line, "match %.*s { ", (int)x.n, x.s);
		for (uint32_t i = 0; i < t->nargs; i++) {
			const SwitchArm *a = &f->arms[t->args + i];
			if (is_bool)
				strbuf_printf(&line, "%s => bb%u, ", a->value ? "true" : "false", a->target);
			else if (type_get(e->m, st)->kind == TY_CHAR) /* a char switch's arms are char literals */
				strbuf_printf(&line, "'\\u{%llx}' => bb%u, ", (unsigned long long)a->value, a->target);
			else if (type_is_signed(e->m, st) && type_int_bits(e->m, st) <= 64 &&
				 ((a->value >> (type_int_bits(e->m, st) - 1)) & 1)) {
				int bits = type_int_bits(e->m, st);
				uint64_t mask = bits < 64 ? (UINT64_C(1) << bits) - 1 : UINT64_MAX;
				strbuf_printf(&line, "-%llu => bb%u, ", (unsigned long long)((~a->value + 1) & mask), a->target);
			} else
				strbuf_printf(&line, "%llu => bb%u, ", (unsigned long long)a->value, a->target);
		}
		strbuf_printf(&line, "_ => bb%u }", t->target);
		break;
	}
	case TK_CALL: {
		StrBuf callee = {0};
		rc = emit_place(e, t->place, &pre, &x) || emit_callee(e, t, &callee);
		strbuf_printf(&line, "Call(%.*s = %.*s(", (int)x.n, x.s, (int)callee.n, callee.s);
		for (uint32_t i = 0; i < t->nargs && !rc; i++) {
			rc = emit_operand(e, f->args[t->args + i], &pre, &line);
			strbuf_printf(&line, i + 1 < t->nargs ? ", " : "");
		}
		strbuf_printf(&line, "), ReturnTo(");
		emit_target(e, t->target, &line);
		strbuf_printf(&line, "), ");
		emit_unwind(e, t, &line);
		strbuf_printf(&line, ")");
		strbuf_free(&callee);
		break;
	}
	case TK_DROP:
		rc = emit_place(e, t->place, &pre, &x);
		strbuf_printf(&line, "Drop(%.*s, ReturnTo(bb%u), ", (int)x.n, x.s, t->target);
		emit_unwind(e, t, &line);
		strbuf_printf(&line, ")");
		break;
	case TK_ASSERT: {
		const char *pf = assert_panic_fn(t);
		if (t->msg == AK_BOUNDS_CHECK) {
			rc = emit_bounds_check(e, b, t, &pre, &line);
			break;
		}
		if (!pf) {
			rc = fn_fail(e, "%s", "this assert message");
			break;
		}
		/* the panic call in a block of its own: bbN_panic. rustc's codegen of
		 * an assert with a constant condition calls the panic fn in the
		 * assert's own block, which its cold-block analysis does not count as
		 * cold (an Assert is not a Call): the switch that reaches it gets no
		 * branch weights. A Call of the #[cold] panic fn would be cold, so such
		 * a call goes through assert_PANICFN, #[track_caller] (the Location is
		 * still this call's), not cold, inlined by LLVM only. A non-constant
		 * condition calls the panic fn itself: rustc's llvm.expect on it gives
		 * the weights a cold block gives. */
		char panic_bb[48], callee[96];
		snprintf(panic_bb, sizeof panic_bb, "bb%u_panic", b);
		if (t->a.kind == OP_CONST)
			snprintf(callee, sizeof callee, "assert_%s", pf);
		else
			snprintf(callee, sizeof callee, "core::panicking::panic_const::%s", pf);
		e->need_never = 1;
		e->need_diverged = 1;
		int resumed = t->msg == AK_RESUMED_AFTER_RETURN || t->msg == AK_RESUMED_AFTER_PANIC;
		const char *kind = f->blocks[b].cleanup ? "Cleanup" : "Normal";
		if (resumed && f->kind == FN_RESUME && t->a.kind == OP_CONST) {
			strbuf_printf(&e->resumed, "%s%s ", e->nresumed++ ? ", " : "", callee);
			emit_unwind(e, t, &e->resumed);
			strbuf_printf(&e->resumed_decls, "        let %s = BasicBlock::%s;\n", panic_bb, kind);
		} else if (e->loc_root && e->loc_root[b] != NO_BLOCK) {
			/* one same_loc! invocation writes the group's calls (loc_groups_find) */
			BlockId r = e->loc_root[b];
			strbuf_printf(&e->loc_calls[r], "%s%s%s, ", e->loc_calls[r].n ? "; " : "", callee,
				      e->loc_args[r] ? " []" : "");
			emit_unwind(e, t, &e->loc_calls[r]);
			strbuf_printf(&e->loc_decls[r], "        let %s = BasicBlock::%s;\n", panic_bb, kind);
		} else {
			strbuf_printf(&e->blocks, "                    { // %s\n                        Call(_never = "
					       "%s(), ReturnTo(bb_diverged), ",
				   panic_bb, callee);
			emit_unwind(e, t, &e->blocks);
			strbuf_printf(&e->blocks, ")\n                    };\n");
			strbuf_printf(&e->extra_decls, "        let %s = BasicBlock::%s;\n", panic_bb, kind);
		}
		if (t->a.kind == OP_CONST) {
			const Const *c = &f->consts[t->a.v];
			if ((c->bits != 0) == (t->op != 0)) {
				strbuf_printf(&line, "Goto(bb%u)", t->target);
				break;
			}
			/* an assert that always fails (rustc's `assert(const false, ..)
			 * -> [success: bbN]`, a resume fn's resumed-after ones): rustc's
			 * codegen writes this block as `br i1 false, %bbN, %panic` and
			 * appends `panic`, the call, when it codegens the block (reverse
			 * postorder); LLVM's first SimplifyCFG folds the branch and drops
			 * the then empty block, so the call stays where it was appended.
			 * A Goto to bbN_panic would be merged into this block by
			 * SimplifyCfg, the call then sitting where this block was first
			 * named (the state switch's targets, early), and O3's block
			 * placement differs (tests/rust/await_in_loop_match.rs, 466 vs
			 * 490 bytes at x86_64 O3 abort). Custom MIR has no Assert: the
			 * block switches on `&raw const *STATIC == null`, which no MIR
			 * pass folds (a pointer with provenance) and codegen's constant
			 * folder makes `false`, so the branch to bbN_panic is written as
			 * that block is codegen'd, and bbN_panic is created then, where
			 * rustc's `panic` is (DESIGN.md, Bytes) */
			e->need_anchor = 1;
			strbuf_printf(&line,
				      "_anchor_ref = Static(COROSLIM_ANCHOR);\n"
				      "                        _anchor_ptr = &raw const (*_anchor_ref);\n"
				      "                        _anchor_false = _anchor_ptr == COROSLIM_NULL;\n"
				      "                        match _anchor_false { false => %s, _ => bb%u }",
				      panic_bb, t->target);
			break;
		}
		rc = emit_operand(e, t->a, &pre, &x);
		strbuf_printf(&line, "match %.*s { %s => bb%u, _ => %s }", (int)x.n, x.s, t->op ? "true" : "false", t->target,
			   panic_bb);
		break;
	}
	default:
		rc = fn_fail(e, "the terminator %s (a body before the state transform)", term_name[t->kind]);
	}
	if (!rc) {
		strbuf_put(out, pre.s, pre.n);
		strbuf_printf(out, "                        ");
		strbuf_put(out, line.s, line.n);
		strbuf_printf(out, "\n");
	}
	strbuf_free(&pre);
	strbuf_free(&line);
	strbuf_free(&x);
	return rc;
}

/* ===================================================================== */
/* Fns                                                                     */
/* ===================================================================== */

/* A sync fn rustc 1.95 infers cross-crate inlinable (cross_crate_inlinable,
 * compiler/rustc_mir_transform/src/cross_crate_inline.rs: no Call, no Drop of
 * a type with drop glue, no landing pad, no UnwindResume, at most 100
 * statements, an Assert counted as a statement) while the emitted fn is not,
 * because it has an assert, which custom MIR writes as a Call of the panic fn.
 * rustc codegens such a fn as a local copy, internal, gone once inlined
 * everywhere; the emitted one would be a global symbol LLVM keeps (it is
 * reachable from the `#[inline]` resume fns): `pick(a, i) { a[i] }`,
 * array_shapes.rs, 32 bytes on thumbv6m at Os. So it gets
 * `#[linkage = "internal"]`. The statements are counted on the IR, before
 * rustc's MIR passes (which only remove some): a fn near the threshold may be
 * inferred by rustc and not here. */
static int rustc_local_copy(const Module *m, const Fn *f)
{
	if (f->kind != FN_SYNC)
		return 0;
	uint32_t stmts = 0, asserts = 0;
	for (BlockId b = 0; b < f->nblocks; b++) {
		const Block *bl = &f->blocks[b];
		for (uint32_t i = 0; i < bl->nstmts; i++)
			stmts += bl->stmts[i].kind != ST_STORAGE_LIVE && bl->stmts[i].kind != ST_STORAGE_DEAD &&
				 bl->stmts[i].kind != ST_NOP;
		const Term *t = &bl->term;
		switch (t->kind) {
		case TK_CALL: case TK_RESUME:
			return 0;
		case TK_DROP:
			if (type_needs_drop(m, place_type(f, t->place)))
				return 0;
			break;
		case TK_ASSERT: /* rustc 1.95 counts an Assert as a statement */
			asserts++;
			stmts++;
			break;
		case TK_RETURN:
			continue;
		default:
			stmts++;
			continue;
		}
		if (t->unwind == UW_CLEANUP && !m->panic_abort)
			return 0;
	}
	return asserts && stmts <= 100;
}

static int emit_fn(Emit *e, const Fn *f, FILE *out)
{
	StrBuf head = {0}, body = {0}, ret = {0};
	int rc = 0;
	e->f = f;
	e->decls = (StrBuf){0};
	e->blocks = (StrBuf){0};
	e->resumed = (StrBuf){0};
	e->extra_decls = (StrBuf){0};
	e->resumed_decls = (StrBuf){0};
	e->ntemps = 0;
	e->nresumed = 0;
	e->need_never = e->need_unreachable = e->need_diverged = e->need_anchor = 0;
	ret_alias_find(e);
	loc_groups_find(e);
	if (f->kind == FN_CORO_BODY) {
		rc = fn_fail(e, "%s", "a coroutine body before the state transform");
		goto done;
	}
	/* #[inline] on the resume fn and the drop shim: rustc codegens a
	 * coroutine's body as a local copy with an inline hint (internal linkage,
	 * `inlinehint`); a plain fn reachable from the Future impl's inline poll
	 * would be an exported symbol LLVM must keep. #[rustc_no_mir_inline]:
	 * rustc's MIR inliner never inlines a coroutine body. Nor does it inline
	 * into one (check_caller_mir_body, inline.rs: "Avoid inlining into
	 * coroutines"), nor into a drop shim (shims get no inliner); the one
	 * caller-side refusal an ordinary fn can carry is a sanitizer set other
	 * than its callees' ("incompatible sanitizer set"), and
	 * #[sanitize(address = "off")] changes nothing else without
	 * -Zsanitizer (no LLVM attribute is written) */
	strbuf_printf(&head, "#[custom_mir(dialect = \"runtime\", phase = \"initial\")]\n%s%sfn ",
		   f->kind == FN_RESUME || f->kind == FN_DROP_SHIM ?
		   "#[inline]\n#[rustc_no_mir_inline]\n#[sanitize(address = \"off\")]\n" : "",
		   rustc_local_copy(e->m, f) ? "#[linkage = \"internal\"]\n" : "");
	fn_rust_name(e, f, &head);
	strbuf_printf(&head, "(");
	for (uint32_t i = 1; i <= f->nargs; i++) {
		strbuf_printf(&head, "%s_%u: ", i > 1 ? ", " : "", i);
		TypeId t = f->locals[i].ty;
		if (f->kind == FN_RESUME && i == 1) {
			const Type *ty = type_get(e->m, t);
			if (ty->kind != TY_PIN) {
				rc = fn_fail(e, "%s", "a resume fn whose first argument is not a Pin");
				goto done;
			}
			t = ty->a; /* &mut C: a custom-MIR fn cannot project a Pin */
		}
		if ((rc = rust_type(e, t, 0, &head)))
			goto done;
	}
	strbuf_printf(&head, ") -> ");
	/* a resume fn's output holding a reference: 'static (two reference parameters leave no elided
	 * lifetime for it; custom MIR is not borrow-checked), as the coroutine's `type Output` */
	if ((rc = rust_type(e, f->locals[0].ty, e->o->foreign != NULL || f->kind == FN_RESUME, &ret)))
		goto done;
	strbuf_put(&head, ret.s, ret.n);
	strbuf_printf(&head, " {\n");
	/* What mir! expands to, written out (its munching macros take time
	 * quadratic in the blocks: 21 s for a fn of 2,500): the blocks' names in
	 * order, then the locals, then the blocks' bodies in the same order. */
	StrBuf locals = {0}, names = {0};
	strbuf_printf(&locals, "            let RET: %.*s;\n", (int)ret.n, ret.s);
	strbuf_free(&ret);
	for (uint32_t l = f->nargs + 1; l < f->nlocals && !rc; l++) {
		strbuf_printf(&locals, "            let _%u: ", l);
		rc = rust_type(e, f->locals[l].ty, 0, &locals);
		strbuf_printf(&locals, ";\n");
	}
	/* an entry block that jumps to bb0, so that bb0 can be a target */
	strbuf_printf(&body, "                    {\n                        Goto(bb0)\n                    };\n");
	for (BlockId b = 0; b < f->nblocks && !rc; b++) {
		const Block *bl = &f->blocks[b];
		strbuf_printf(&names, "        let bb%u = BasicBlock::%s;\n", b, bl->cleanup ? "Cleanup" : "Normal");
		strbuf_printf(&body, "                    { // bb%u\n", b);
		for (uint32_t i = 0; i < bl->nstmts && !rc; i++)
			rc = emit_stmt(e, &bl->stmts[i], &body);
		if (!rc)
			rc = emit_term(e, b, &bl->term, &body);
		strbuf_printf(&body, "                    };\n");
	}
	if (rc) {
		strbuf_free(&locals);
		strbuf_free(&names);
		goto done;
	}
	strbuf_put(&body, e->blocks.s, e->blocks.n);
	strbuf_put(&names, e->extra_decls.s, e->extra_decls.n);
	for (BlockId r = 0; e->loc_root && r < f->nblocks; r++)
		if (e->loc_calls[r].n) {
			strbuf_printf(&body, "                    %s!(_never bb_diverged; %.*s);\n",
				   e->loc_args[r] ? "same_loc_args" : "same_loc", (int)e->loc_calls[r].n, e->loc_calls[r].s);
			strbuf_put(&names, e->loc_decls[r].s, e->loc_decls[r].n);
		}
	if (e->need_unreachable) {
		strbuf_printf(&body, "                    { // bb_unreachable\n                        Unreachable()\n                    };\n");
		strbuf_printf(&names, "        let bb_unreachable = BasicBlock::Normal;\n");
	}
	if (e->need_diverged) {
		strbuf_printf(&body, "                    { // bb_diverged\n                        Goto(bb_diverged)\n                    };\n");
		strbuf_printf(&names, "        let bb_diverged = BasicBlock::Normal;\n");
	}
	strbuf_put(&names, e->resumed_decls.s, e->resumed_decls.n);
	if (e->need_never)
		strbuf_printf(&locals, "            let _never: !;\n");
	if (e->need_anchor)
		strbuf_printf(&locals, "            let _anchor_ref: &'static ();\n            let _anchor_ptr: *const ();\n"
				       "            let _anchor_false: bool;\n");
	fwrite(head.s, 1, head.n, out);
	fputs("    {\n", out);
	fwrite(names.s, 1, names.n, out);
	fputs("        {\n", out);
	fwrite(locals.s, 1, locals.n, out);
	if (e->decls.n)
		fwrite(e->decls.s, 1, e->decls.n, out);
	fputs("            {\n", out);
	fputs(e->nresumed ? "                coro_mir!({\n" : "                {\n", out);
	fwrite(body.s, 1, body.n, out);
	if (e->nresumed)
		fprintf(out, "                } RET _never bb_diverged; %.*s)\n", (int)e->resumed.n, e->resumed.s);
	else
		fputs("                    RET\n                }\n", out);
	fputs("            }\n        }\n    }\n}\n\n", out);
	strbuf_free(&locals);
	strbuf_free(&names);
done:
	strbuf_free(&head);
	strbuf_free(&body);
	strbuf_free(&ret);
	strbuf_free(&e->decls);
	strbuf_free(&e->blocks);
	strbuf_free(&e->extra_decls);
	strbuf_free(&e->resumed);
	strbuf_free(&e->resumed_decls);
	if (e->loc_root) {
		for (BlockId r = 0; r < f->nblocks; r++) {
			strbuf_free(&e->loc_calls[r]);
			strbuf_free(&e->loc_decls[r]);
		}
		free(e->loc_calls);
		free(e->loc_decls);
		free(e->loc_root);
		free(e->loc_args);
		e->loc_root = NULL;
		e->loc_args = NULL;
	}
	free(e->ret_skip);
	e->ret_skip = NULL;
	e->nret_skip = 0;
	e->ret_alias = 0;
	e->f = NULL;
	return rc;
}

/* ===================================================================== */
/* Coroutine types                                                         */
/* ===================================================================== */

static int emit_view(Emit *e, const char *id, const char *view, uint32_t offset, TypeId t, uint32_t align, FILE *out,
		     StrBuf *fields)
{
	StrBuf ty = {0};
	CoreEnum ce = core_enum_of(e->m, t);
	if (ce == CORE_CONTROL_FLOW || ce == CORE_RESULT_RESIDUAL || ce == CORE_OPTION_RESIDUAL)
		/* laid out for the interpreter only (Adt.internal): rustc's layout differs */
		return type_fail(e, "`?`'s type %s held across an await", t);
	if (rust_type(e, t, 1, &ty)) { /* what it wrote before the construct it cannot express */
		strbuf_free(&ty);
		return -1;
	}
	if (align && offset % align)
		internal_error("emit: view %s of %s at offset %u is not aligned to %u", view, id, offset, align);
	int copy = type_is_copy(e->m, t);
	fprintf(out, "%s#[repr(C)]\nstruct V_%s_%s { _p: [u8; %u], f: %.*s }\n", copy ? "#[derive(Clone, Copy)]\n" : "", id,
		view, offset, (int)ty.n, ty.s);
	fprintf(out, "const _: () = assert!(core::mem::offset_of!(V_%s_%s, f) == %u);\n", id, view, offset);
	if (copy)
		strbuf_printf(fields, "    %s: V_%s_%s,\n", view, id, view);
	else
		strbuf_printf(fields, "    %s: ManuallyDrop<V_%s_%s>,\n", view, id, view);
	strbuf_free(&ty);
	return 0;
}

static int emit_coro_type(Emit *e, uint32_t ci, FILE *out)
{
	const Coroutine *c = &e->m->coros[ci];
	const Layout *l = c->layout;
	char id[256];
	coro_ident(e, ci, id, sizeof id);
	StrBuf fields = {0}, out_ty = {0};
	int rc = 0;
	e->at_line = c->line;
	e->at_col = c->col;
	fprintf(out, "// %s: %s at %d:%d; size %u, align %u, tag %s at %u\n", c->name,
		c->kind == CORO_ASYNC_FN ? "async fn" : "async block", c->line, c->col, l->size, l->align, tag_type(l),
		l->tag_offset);
	if (l->tag_size) {
		/* an enum of the states, so that the tag has rustc's valid range */
		fprintf(out, "#[derive(Clone, Copy)]\n#[repr(%s)]\nenum Tag_%s {", tag_type(l), id);
		for (uint32_t v = 0; v < l->nvariants; v++)
			fprintf(out, " V%u = %u,", v, v);
		fprintf(out, " }\n");
		fprintf(out, "#[derive(Clone, Copy)]\n#[repr(C)]\nstruct V_%s_tag { _p: [u8; %u], f: Tag_%s }\n", id,
			l->tag_offset, id);
		strbuf_printf(&fields, "    tag: V_%s_tag,\n", id);
	}
	for (uint32_t i = 0; i < c->nupvars && !rc; i++) {
		char view[32];
		snprintf(view, sizeof view, "u%u", i);
		rc = emit_view(e, id, view, l->upvar_offset[i], c->upvars[i].ty, type_align(e->m, c->upvars[i].ty), out,
			       &fields);
	}
	for (uint32_t i = 0; i < l->nsaved && !rc; i++) {
		char view[32];
		snprintf(view, sizeof view, "s%u", i);
		rc = emit_view(e, id, view, l->saved[i].offset, l->saved[i].ty, type_align(e->m, l->saved[i].ty), out,
			       &fields);
	}
	if (!rc) /* an output holding a reference (`&T`) needs a lifetime here: 'static, as the resume fn's */
		rc = rust_type(e, c->output, 1, &out_ty);
	if (!rc) {
		fprintf(out, "#[repr(C)]\nunion U_%s {\n%.*s    size: [u8; %u],\n}\n", id, (int)fields.n, fields.s, l->size);
		/* !Unpin, as a coroutine is: `&mut Coro_S` gets no noalias */
		fprintf(out, "#[repr(C, align(%u))]\nstruct Coro_%s { u: U_%s, _pinned: PhantomPinned }\n", l->align, id, id);
		fprintf(out, "const _: () = assert!(core::mem::size_of::<Coro_%s>() == %u && core::mem::align_of::<Coro_%s>() == %u);\n",
			id, l->size, id, l->align);
		fprintf(out, "impl Future for Coro_%s {\n    type Output = %.*s;\n    #[inline(always)]\n"
			     "    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<%.*s> {\n"
			     "        resume_%s(unsafe { self.get_unchecked_mut() }, cx)\n    }\n}\n",
			id, (int)out_ty.n, out_ty.s, (int)out_ty.n, out_ty.s, id);
		fprintf(out, "impl Drop for Coro_%s {\n    #[inline(always)]\n    fn drop(&mut self) {\n        drop_%s(self)\n    }\n}\n\n",
			id, id);
	}
	strbuf_free(&fields);
	strbuf_free(&out_ty);
	return rc;
}

/* A variant's fields as the source writes them: `` (unit), `(u8, Guard)`
 * (tuple), ` { a: u32, g: Guard }` (named); a struct's body adds `;` after the
 * first two. */
static int emit_variant_fields(Emit *e, const AdtVariant *v, int is_struct, StrBuf *b)
{
	int tuple = !v->fieldnames || (v->nfields && !v->fieldnames[0]);
	int rc = 0;
	if (v->nfields == 0) {
		strbuf_printf(b, is_struct ? ";" : "");
		return 0;
	}
	strbuf_printf(b, tuple ? "(" : " { ");
	for (uint32_t i = 0; i < v->nfields && !rc; i++) {
		if (i)
			strbuf_printf(b, ", ");
		if (!tuple)
			strbuf_printf(b, "%s: ", v->fieldnames[i]);
		rc = rust_type(e, v->fields[i], 1, b);
	}
	strbuf_printf(b, tuple ? (is_struct ? ");" : ")") : " }");
	return rc;
}

/* A struct or enum item of the source, as written (#[repr(Rust)]: rustc
 * chooses the field order, an enum's tag and its variants' field order), and
 * compile-time asserts that rustc's layout is the IR's (layout_struct,
 * layout_enum): size, alignment, every field's offset (`offset_of!(E, B.1)`
 * for a variant's). The coroutine views holding one are checked against the
 * coroutine layout in emit_coro_type. */
static int emit_adt_item(Emit *e, uint32_t ai, FILE *out)
{
	const Module *m = e->m;
	const Adt *a = &m->adts[ai];
	int is_struct = a->defined && a->kind == ADT_STRUCT && a->nvariants == 1 && (a->name && source_name(a->name));
	if (!is_struct && !is_source_enum(a))
		return 0;
	char nb[1024];
	const char *name = adt_rust_name(a, nb, sizeof nb);
	/* for a 32-bit target, the layout module_set_ptr_bytes computed again */
	StrBuf b = {0};
	int rc = 0;
	if (a->is_copy) /* derive37: the source's derive (views holding it are Copy too: emit_adt_is_copy) */
		strbuf_printf(&b, "#[derive(Clone, Copy)]\n");
	else if (a->is_clone) /* clone39: core's `<[Q; 2] as Clone>::clone` needs `Q: Clone` (its own clone stays a free fn) */
		strbuf_printf(&b, "#[derive(Clone)]\n");
	if (adt_repr_text(a)) /* clone39: the source's `#[repr(C)]` (the size asserted below is C's); repr40: `u8` */
		strbuf_printf(&b, "#[repr(%s)]\n", adt_repr_text(a));
	if (is_struct) {
		strbuf_printf(&b, "struct %s", name);
		rc = emit_variant_fields(e, &a->variants[0], 1, &b);
	} else {
		strbuf_printf(&b, "enum %s {", name);
		for (uint32_t v = 0; v < a->nvariants && !rc; v++) {
			strbuf_printf(&b, "%s%s", v ? ", " : " ", a->variants[v].name);
			rc = emit_variant_fields(e, &a->variants[v], 0, &b);
			if (a->discrs) /* explicit discriminants (unit variants only) */
				strbuf_printf(&b, " = %lld", (long long)a->discrs[v]);
		}
		strbuf_printf(&b, " }");
	}
	strbuf_printf(&b, "\nconst _: () = assert!(core::mem::size_of::<%s>() == %u && core::mem::align_of::<%s>() == %u",
		      name, a->size, name, a->align);
	for (uint32_t v = 0; v < a->nvariants; v++)
		for (uint32_t i = 0; i < a->variants[v].nfields; i++) {
			strbuf_printf(&b, "\n    && core::mem::offset_of!(%s, ", name);
			if (!is_struct)
				strbuf_printf(&b, "%s.", a->variants[v].name);
			variant_field_name(&a->variants[v], i, &b);
			strbuf_printf(&b, ") == %u", is_struct ? a->offsets[i] : a->variant_offsets[v][i]);
		}
	strbuf_printf(&b, ");\n");
	if (!rc)
		fwrite(b.s, 1, b.n, out);
	strbuf_free(&b);
	return rc;
}

/* Two fns of the module that would have one Rust name (`S::m` is emitted as
 * `S__m`, and the program may have a fn of that name): a located error at
 * the second, rather than a crate rustc rejects. */
static int fn_names_check(Emit *e)
{
	const Module *m = e->m;
	NameMap seen = {0};
	char **names = calloc(m->nfns + 1, sizeof *names);
	int rc = 0;
	if (!names)
		internal_error("emit: out of memory");
	for (uint32_t i = 0; i < m->nfns && !rc; i++) {
		StrBuf b = {0};
		fn_rust_name(e, m->fns[i], &b);
		strbuf_printf(&b, "%s", "");
		names[i] = b.s;
		uintptr_t *other = namemap_add(&seen, names[i], i);
		if (other) {
			const Fn *f = m->fns[i];
			char what[600];
			snprintf(what, sizeof what, "the fn name `%s` (emitted as `%s`, the name of `%s` too)", f->name, names[i],
				 m->fns[*other]->name);
			rc = emit_fail(e, f->line, f->line ? 1 : 0, "%s", what);
		}
	}
	namemap_free(&seen);
	for (uint32_t i = 0; i < m->nfns; i++)
		free(names[i]);
	free(names);
	return rc;
}

/* ===================================================================== */
/* Associated fns: the source's paths over the free fns                    */
/* ===================================================================== */

const char *emit_assoc_split(const char *name, char *self, char *trait, size_t n)
{
	const char *sep;
	trait[0] = 0;
	if (name[0] == '<') {
		const char *as = strstr(name, " as "), *close = strstr(name, ">::");
		if (!as || !close || as > close)
			return NULL;
		snprintf(self, n, "%.*s", (int)(as - name - 1), name + 1);
		snprintf(trait, n, "%.*s", (int)(close - as - 4), as + 4);
		sep = close + 1;
	} else {
		sep = strstr(name, "::");
		if (!sep || sep == name || strchr("{<", name[0]))
			return NULL;
		snprintf(self, n, "%.*s", (int)(sep - name), name);
	}
	return sep + 2;
}

/* An associated fn's name split into its self type, trait ("" for inherent)
 * and method; 0 for any other name (a plain fn, a coroutine's body). */
static int assoc_path(const char *name, char *self, char *trait, char *method, size_t n)
{
	const char *rest = emit_assoc_split(name, self, trait, n);
	if (!rest)
		return 0;
	snprintf(method, n, "%s", rest);
	return self[0] && method[0] && !strchr(method, ':');
}

/* One method of the wrappers: `fn m(_1: T1, ..) -> R { IDENT(_1, ..) }`, or in
 * a trait declaration (decl) `fn m(_1: &Self, ..) -> impl Future<Output = T>;`
 * (the receiver's type spelled with Self, an async fn's future as the
 * opaque type its impl refines with the coroutine type). */
static int emit_wrapper_fn(Emit *e, const Fn *f, const char *self, const char *method, int decl, StrBuf *b)
{
	const Module *m = e->m;
	int rc = 0;
	strbuf_printf(b, decl ? "    fn %s(" : "    #[inline(always)]\n    fn %s(", method);
	for (uint32_t i = 1; i <= f->nargs && !rc; i++) {
		TypeId t = f->locals[i].ty;
		const Type *ty = type_get(m, t);
		int ref = ty->kind == TY_REF || ty->kind == TY_REFMUT;
		const Adt *a = adt_of(m, ref ? ty->a : t);
		strbuf_printf(b, "%s_%u: ", i > 1 ? ", " : "", i);
		if (decl && i == 1 && a && a->name && strcmp(a->name, self) == 0)
			strbuf_printf(b, "%sSelf", !ref ? "" : ty->kind == TY_REF ? "&" : "&mut ");
		else
			rc = rust_type(e, t, 0, b);
	}
	strbuf_printf(b, ") -> ");
	const Type *rt = type_get(m, f->locals[0].ty);
	if (decl && rt->kind == TY_CORO) {
		strbuf_printf(b, "impl Future<Output = ");
		rc = rc || rust_type(e, m->coros[rt->coro].output, 0, b);
		strbuf_printf(b, ">;\n");
		return rc;
	}
	rc = rc || rust_type(e, f->locals[0].ty, 0, b);
	if (decl) {
		strbuf_printf(b, ";\n");
		return rc;
	}
	strbuf_printf(b, " {\n        ");
	fn_rust_name(e, f, b);
	strbuf_printf(b, "(");
	for (uint32_t i = 1; i <= f->nargs; i++)
		strbuf_printf(b, "%s_%u", i > 1 ? ", " : "", i);
	strbuf_printf(b, ")\n    }\n");
	return rc;
}

/* derive37: `<S as Clone>::clone` of a Copy item is the derive's (the item is emitted with
 * `#[derive(Clone, Copy)]`): core's Clone, no trait or impl of the crate's own. derive38: the
 * frontend marks a derive's fn (Fn.derived: a Clone-only struct's field-wise clone, called as a free
 * fn); a module parsed from the textual IR has no mark: a Copy item's is told by its name. */
static int derived_clone(const Module *m, const Fn *f, const char *self, const char *trait)
{
	if (f->derived)
		return 1;
	if (strcmp(trait, "Clone") != 0)
		return 0;
	TypeId t = type_lookup(m, (Type){.kind = TY_ADT, .text = self});
	const Adt *a = t == NO_ID ? NULL : adt_of(m, t);
	return a && a->defined && (a->is_copy || a->is_clone);
}

/* The source's paths of the associated fns, so that code outside the module
 * (the bytes harness, the native executor's dispatcher) calls `S::m(..)` and
 * `<S as T>::f(..)` in the emitted crate as in the source: an inherent impl
 * per `S::m` and, per trait, its declaration (from its first impl's fns) and
 * one impl per self type, each fn an #[inline(always)] call of the free fn.
 * Private and uncalled within the module: no code unless a root calls one. */
static int emit_method_wrappers(Emit *e, FILE *out)
{
	const Module *m = e->m;
	char self[256], trait[256], method[256], s2[256], t2[256], m2[256];
	StrBuf b = {0};
	int rc = 0;
	for (uint32_t i = 0; i < m->nfns && !rc; i++) {
		const Fn *f = m->fns[i];
		if (f->kind != FN_SYNC || !assoc_path(f->name, self, trait, method, sizeof self))
			continue;
		if (!trait[0] && module_find_fn(m, self)) /* items29: `f::inner`, a fn item nested in fn f */
			continue;
		if (strstr(self, "::")) /* items30: a fn of an impl in a body, called within the module only */
			continue;
		if (derived_clone(m, f, self, trait))
			continue;
		if (!trait[0]) {
			strbuf_printf(&b, "impl %s {\n", self);
			rc = emit_wrapper_fn(e, f, self, method, 0, &b);
			strbuf_printf(&b, "}\n");
			continue;
		}
		/* the first fn of its trait: the declaration; the first of its impl: the impl */
		int first_of_trait = 1, first_of_impl = 1;
		for (uint32_t j = 0; j < i; j++) {
			const Fn *g = m->fns[j];
			if (g->kind != FN_SYNC || !assoc_path(g->name, s2, t2, m2, sizeof s2) || strcmp(t2, trait) != 0 ||
			    strstr(s2, "::"))
				continue;
			first_of_trait = 0;
			first_of_impl &= strcmp(s2, self) != 0;
		}
		if (first_of_trait) {
			strbuf_printf(&b, "trait %s {\n", trait);
			for (uint32_t j = i; j < m->nfns && !rc; j++) {
				const Fn *g = m->fns[j];
				if (g->kind == FN_SYNC && assoc_path(g->name, s2, t2, m2, sizeof s2) && strcmp(t2, trait) == 0 &&
				    strcmp(s2, self) == 0)
					rc = emit_wrapper_fn(e, g, s2, m2, 1, &b);
			}
			strbuf_printf(&b, "}\n");
		}
		if (first_of_impl) {
			strbuf_printf(&b, "impl %s for %s {\n", trait, self);
			for (uint32_t j = i; j < m->nfns && !rc; j++) {
				const Fn *g = m->fns[j];
				if (g->kind == FN_SYNC && assoc_path(g->name, s2, t2, m2, sizeof s2) && strcmp(t2, trait) == 0 &&
				    strcmp(s2, self) == 0)
					rc = emit_wrapper_fn(e, g, s2, m2, 0, &b);
			}
			strbuf_printf(&b, "}\n");
		}
	}
	if (!rc && b.n)
		fwrite(b.s, 1, b.n, out);
	strbuf_free(&b);
	return rc;
}

/* ===================================================================== */
/* The crate                                                               */
/* ===================================================================== */

/* Text every emitted crate (and rustc's own compile of the source, in
 * measurements) starts with, before the prelude. */
const char emit_rust_header[] =
	"#![no_std]\n"
	"#![feature(custom_mir, core_intrinsics, never_type, decl_macro, rustc_attrs, panic_internals, sanitize, offset_of_enum)]\n"
	"#![allow(internal_features, warnings)]\n"
	;

/* The resume fn's body: its two resumed-after panic calls written by this
 * macro, so that both take the Location of the one invocation (expansion_cause),
 * as rustc's two calls at the body's span share one. Transparent, so that
 * `RET` and the blocks' names written at the invocation resolve. */
static const char coro_mir_macro[] =
	"#[rustc_macro_transparency = \"transparent\"]\n"
	"macro coro_mir {\n"
	"    ({ $($blocks:tt)* } $ret:ident $never:ident $unreachable:ident; $($f:ident $unwind:expr),*) => {{\n"
	"        $($blocks)*\n"
	"        $( { Call($never = $f(), ReturnTo($unreachable), $unwind) }; )*\n"
	"        $ret\n"
	"    }}\n"
	"}\n";

/* The panics of one group of asserts (loc_groups_find), written by one
 * invocation so that all take its Location (expansion_cause), as rustc's take
 * the one Location where their expressions start. */
static const char same_loc_macro[] =
	"#[rustc_macro_transparency = \"transparent\"]\n"
	"macro same_loc {\n"
	"    ($never:ident $unreachable:ident; $($f:path, $unwind:expr);*) => {\n"
	"        $( { Call($never = $f(), ReturnTo($unreachable), $unwind) }; )*\n"
	"    }\n"
	"}\n";

/* The panic lang items an assert can call, for assert_PANICFN (emit_term). */
static const char *const panic_fns[] = {
	"panic_const_add_overflow", "panic_const_sub_overflow", "panic_const_mul_overflow",
	"panic_const_div_overflow", "panic_const_rem_overflow", "panic_const_neg_overflow",
	"panic_const_shl_overflow", "panic_const_shr_overflow", "panic_const_div_by_zero",
	"panic_const_rem_by_zero", "panic_const_async_fn_resumed", "panic_const_async_fn_resumed_panic",
};

int emit_rust(const Module *m, const EmitOptions *o, FILE *out, Diag *d)
{
	Emit e = {.m = m, .o = o, .d = d};
	FILE *tmp = tmpfile();
	if (!tmp)
		internal_error("emit: tmpfile failed");
	if (!m->transformed) {
		diag_set(d, 0, 0, "emit: a module before the state transform not supported");
		fclose(tmp);
		return -1;
	}
	fputs(emit_rust_header, tmp);
	emit_adt_features(m, tmp);
	for (uint32_t i = 0; i < m->nfns; i++)
		if (rustc_local_copy(m, m->fns[i])) {
			/* rustc's local copy is one per codegen unit that uses it; an
			 * internal fn is one, in its module's unit, which the #[inline]
			 * resume fns of another unit cannot call: a crate with several
			 * units fails to link ("undefined hidden symbol"). */
			fputs("#![feature(linkage)]\n"
			      "// internal-linkage fns below: compile with -C codegen-units=1 (as `coroslim bytes` does)\n", tmp);
			break;
		}
	if (module_formats(m))
		fputs("#![feature(fmt_internals, fmt_arguments_from_str)]\n", tmp);
	fputs(rust_prelude_nostd, tmp);
	fputs("// ---- the module, as custom MIR (coroslim emit) ----\n"
	      "use core::future::IntoFuture;\nuse core::intrinsics::mir::*;\nuse core::marker::PhantomPinned;\nuse core::mem::ManuallyDrop;\n\n",
	      tmp);
	fputs(coro_mir_macro, tmp);
	fputs(same_loc_macro, tmp);
	fputs("\n", tmp);
	/* what an always-failing assert's block switches on (emit_term) */
	fputs("static COROSLIM_ANCHOR: () = ();\nconst COROSLIM_NULL: *const () = core::ptr::null();\n", tmp);
	int static_rc = 0;
	for (uint32_t i = 0; i < m->nnamed && !static_rc; i++) { /* consts35: the module's statics, `Static(..)` reads them */
		if (named_is_aggregate(&m->named[i])) { /* const39 */
			static_rc = const_item(&e, i, tmp);
			continue;
		}
		if (!m->named[i].is_static && !m->named[i].promoted)
			continue;
		if (m->named[i].body) {
			static_rc = promoted_static(&e, i, tmp);
			continue;
		}
		StrBuf ty = {0}, v = {0};
		Const c = {m->named[i].ty, 0, m->named[i].bits};
		if (m->named[i].promoted) /* promo36: `static P: &u32 = &7;` for a `&&u32` promoted */
			c.ty = named_promoted_scalar(m, &m->named[i]);
		for (uint32_t d = 1; d < m->named[i].promoted; d++)
			strbuf_printf(&v, "&");
		if (rust_type(&e, m->named[i].promoted ? type_get(m, m->named[i].ty)->a : c.ty, 0, &ty) ||
		    emit_const(&e, &c, &v))
			internal_error("emit: static %s of a non-scalar type", m->named[i].name);
		fprintf(tmp, "static COROSLIM_STATIC_%u: %.*s = %.*s; // %s\n", (unsigned)i, (int)ty.n, ty.s, (int)v.n, v.s,
		        m->named[i].name);
		strbuf_free(&ty);
		strbuf_free(&v);
	}
	for (size_t i = 0; i < sizeof panic_fns / sizeof *panic_fns; i++)
		fprintf(tmp, "#[inline(always)]\n#[rustc_no_mir_inline]\n#[track_caller]\nfn assert_%s() -> ! {\n"
			     "    core::panicking::panic_const::%s()\n}\n",
			panic_fns[i], panic_fns[i]);
	emit_adt_helpers(m, tmp);
	fputs("\n", tmp);
	int rc = static_rc ? static_rc : o->foreign ? 0 : fn_names_check(&e);
	if (!rc && !o->foreign)
		spell_prepare(&e);
	for (uint32_t i = 0; i < m->nadts && !rc; i++)
		rc = emit_adt_item(&e, i, tmp);
	if (!rc) {
		EmitHooks h = adt_hooks(&e);
		rc = emit_adt_asserts(&h, tmp);
	}
	for (uint32_t i = 0; i < m->ncoros && !rc; i++)
		if (m->coros[i].layout && m->coros[i].resume && module_find_fn(m, m->coros[i].resume))
			rc = emit_coro_type(&e, i, tmp);
	for (uint32_t i = 0; i < m->nfns && !rc; i++)
		if (!(o->foreign && o->foreign->skip_fn && o->foreign->skip_fn(o->foreign->ctx, m, m->fns[i])))
			rc = emit_fn(&e, m->fns[i], tmp);
	if (!rc && !o->foreign)
		rc = emit_method_wrappers(&e, tmp);
	if (!rc && o->foreign && o->foreign->items)
		rc = o->foreign->items(o->foreign->ctx, m, tmp, d);
	if (!rc && e.aliases.n) /* the long types' names (spell_cached), before the harness */
		fwrite(e.aliases.s, 1, e.aliases.n, tmp);
	if (!rc && o->harness) {
		char *h = rust_harness_text(m, d);
		if (h)
			fputs(h, tmp);
		else
			rc = -1;
		free(h);
	}
	if (!rc) {
		rewind(tmp);
		char chunk[1 << 14];
		size_t k;
		while ((k = fread(chunk, 1, sizeof chunk, tmp)) > 0)
			fwrite(chunk, 1, k, out);
	}
	fclose(tmp);
	spell_free(&e);
	return rc;
}
