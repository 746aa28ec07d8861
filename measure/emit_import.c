/*
 * emit_import.c — one imported real coroutine body (rustc's before-StateTransform MIR,
 * lowered by coroslim and passed) as a rustc custom-MIR crate, for machine-code
 * bytes of real code (issue 24 item 7, issue 26 item 3; DESIGN.md, "Flash bytes of
 * real code").
 *
 * The coroutine itself (its layout, resume fn and drop shim) is written by the
 * emitter (measure/emit_rust.c) exactly as for the subset. What the emitter has no
 * definition of is supplied here through EmitForeign:
 *
 *   - a struct, enum, union or generic instance of real code (TY_ADT), an external
 *     coroutine (another body's future, TY_CORO without a resume fn here), an array
 *     and any other sized type the importer keeps as text: a blob `#[repr(C,
 *     align(A))] struct X<t> { _b: [u8; SIZE] }` of exactly rustc's size and
 *     alignment (the size hook of measure/import_bytes.c: -Zprint-type-sizes);
 *     `#[derive(Clone, Copy)]` when the MIR copies one; an `impl Drop` calling an
 *     external `drop_X<t>` when rustc's MIR drops one (it has drop glue, and the
 *     glue is a call, as in real code when the glue is not inlined);
 *   - a field of one (a struct's, or a variant's after a downcast): a view `struct
 *     X<t>_v<V>_f<F> { _p: [u8; OFF], f: FT }` reached through a cast raw pointer,
 *     as the emitter reaches a coroutine's saved locals. OFF: the field's offset,
 *     computed here (the importer knows a field by index, -Zprint-type-sizes by
 *     name and only in memory order): the fields the body uses, largest alignment
 *     first, after the tag for an enum's variant (at 0 when that does not fit: a
 *     niche);
 *   - an enum's discriminant: a tag view of rustc's discriminant size at 0 (a
 *     niche-encoded enum's discriminant is read as its first byte);
 *   - a pointer to an unsized type (`str`, a slice, `dyn`): `&str` (16 bytes);
 *   - a callee of another crate (the importer's external stubs): an
 *     `#[inline(always)]` fn calling an `extern "Rust"` declaration of the same
 *     signature; the poll of a foreign future: `impl Future` whose poll calls an
 *     external `poll_X<t>`;
 *   - an opaque statement `_N = ...` (an rvalue the importer keeps as text): _N
 *     read from an external static, so that its value is unknown to LLVM (a load
 *     of its size); other opaque statements write nothing.
 *
 * Roots: `root_poll_S` and `root_drop_S` per coroutine with a resume fn, through
 * `#[inline(never)]` poll_task/free_task as `coroslim bytes` has them.
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <stdlib.h>
#include <string.h>

#include "measure.h"

typedef struct Foreign {
	const Module *m;
	const EmitOptions *o;
	const uint8_t *dropped;
	uint32_t ndropped;
	uint8_t *copied;       /* per TypeId: a copy operand of it */
	uint8_t *used;         /* per TypeId: written as a blob */
	uint32_t *fut_out;     /* per TypeId: 1 + the output type of its poll (an impl Future), 0 none */
	uint8_t *into_ext;     /* per TypeId: into_future through an external fn */
	TypeId *into_dst;
	uint32_t ntypes;
	StrBuf views;          /* view items */
	NameMap called;        /* callees of the fns written */
	uint8_t *statics;      /* per TypeId: an external static OPQ_<t> */
	uint8_t *byval;        /* per TypeId: a local, argument or result of a written fn */
	int (*sized)(const Module *m, TypeId t); /* rustc's size is known */
	uint8_t *est;          /* per TypeId: its size estimated (fg_size) */
	uint32_t estimated;
	uint32_t *est_size, *est_align;
	Diag *d;
} Foreign;

static int fg_blob_kind(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	switch (ty->kind) {
	case TY_ADT: case TY_ARRAY:
		return 1;
	case TY_OPAQUE:
		return 1;
	case TY_CORO: {
		const Coroutine *c = &m->coros[ty->coro];
		return !(c->layout && c->resume && module_find_fn(m, c->resume));
	}
	default:
		return 0;
	}
}

/* an unsized pointee the importer keeps as text: `str`, `[T]`, `dyn ..`, std's Path/OsStr/CStr */
static int fg_unsized(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	if (ty->kind != TY_OPAQUE || !ty->text)
		return 0;
	const char *s = ty->text;
	size_t n = strlen(s);
	if (strcmp(s, "str") == 0 || strncmp(s, "dyn ", 4) == 0)
		return 1;
	if (n >= 2 && s[0] == '[' && s[n - 1] == ']') {
		int depth = 0;
		for (size_t i = 1; i + 1 < n; i++) {
			depth += s[i] == '[' || s[i] == '<' || s[i] == '(';
			depth -= s[i] == ']' || s[i] == '>' || s[i] == ')';
			if (depth == 0 && s[i] == ';')
				return 0;
		}
		return 1;
	}
	static const char *const dst[] = {"Path", "OsStr", "CStr"};
	const char *seg = s;
	for (const char *p = s; *p; p++)
		if (p[0] == ':' && p[1] == ':')
			seg = p + 2;
	for (size_t i = 0; i < sizeof dst / sizeof *dst; i++)
		if (strcmp(seg, dst[i]) == 0)
			return 1;
	return 0;
}

static int fg_type(void *ctx, const Module *m, TypeId t, int in_field, StrBuf *out)
{
	Foreign *g = ctx;
	(void)in_field;
	if (fg_unsized(m, t)) {
		strbuf_printf(out, "str");
		return 1;
	}
	if (!fg_blob_kind(m, t))
		return 0;
	if (t < g->ntypes)
		g->used[t] = 1;
	strbuf_printf(out, "X%u", t);
	return 1;
}

static int fg_skip_fn(void *ctx, const Module *m, const Fn *f)
{
	(void)ctx, (void)m;
	return f->kind == FN_SYNC; /* external callees are declared by the items; the importer's entry */
}

static uint32_t round_up(uint32_t x, uint32_t a) { return a ? (x + a - 1) / a * a : x; }

static void fg_size(Foreign *g, TypeId t, uint32_t *size, uint32_t *align, int depth);
static int fg_offsets(Foreign *g, const AdtVariant *v, uint32_t start, uint32_t size, uint32_t *off, uint32_t *end, int depth);
static uint32_t fg_tag_size(const Adt *a);

/* rustc's size and alignment of t; for a type rustc printed none for (a local's
 * type that no saved value holds: the body is sized without it), an estimate from
 * the fields the body uses (a struct's largest alignment first; an enum's tag and
 * largest variant), counted in g->estimated */
static void fg_size(Foreign *g, TypeId t, uint32_t *size, uint32_t *align, int depth)
{
	const Module *m = g->m;
	if (!g->sized || g->sized(m, t) || depth > 32) {
		*size = type_size(m, t), *align = type_align(m, t);
		return;
	}
	if (t < g->ntypes && g->est[t] == 2) { /* computed before */
		*size = g->est_size[t], *align = g->est_align[t];
		return;
	}
	if (t < g->ntypes && !g->est[t]) {
		g->est[t] = 1;
		g->estimated++;
	}
	const Adt *a = adt_of(m, t);
	*size = 0, *align = 1;
	if (!a)
		return;
	if (t < g->ntypes && depth > 8) /* a type holding itself by value: no size of its own */
		return;
	uint32_t start = a->kind == ADT_ENUM ? fg_tag_size(a) : 0;
	for (uint32_t v = 0; v < a->nvariants; v++) {
		const AdtVariant *var = &a->variants[v];
		uint32_t *off = calloc(var->nfields + 1, sizeof *off), end = start;
		if (!off)
			internal_error("out of memory");
		fg_offsets(g, var, start, UINT32_MAX, off, &end, depth + 1);
		free(off);
		for (uint32_t i = 0; i < var->nfields; i++)
			if (var->fields[i] != NO_ID) {
				uint32_t fs, fa;
				fg_size(g, var->fields[i], &fs, &fa, depth + 1);
				*align = fa > *align ? fa : *align;
			}
		*size = end > *size ? end : *size;
	}
	if (start > *align)
		*align = start;
	*size = round_up(*size > start ? *size : start, *align);
	if (t < g->ntypes) {
		g->est[t] = 2;
		g->est_size[t] = *size, g->est_align[t] = *align;
	}
}

/* The offsets of variant v's known fields (v NO_ID: a struct's), largest alignment
 * first, from `start`: 0, or -1 when they do not fit in the type's size. */
static int fg_offsets(Foreign *g, const AdtVariant *v, uint32_t start, uint32_t size, uint32_t *off, uint32_t *end, int depth)
{
	uint32_t n = v->nfields, at = start;
	uint8_t *done = calloc(n ? n : 1, 1);
	if (!done)
		internal_error("out of memory");
	for (uint32_t k = 0; k < n; k++) {
		uint32_t best = NO_ID, ba = 0;
		for (uint32_t i = 0; i < n; i++) {
			if (done[i] || v->fields[i] == NO_ID)
				continue;
			uint32_t s, a;
			fg_size(g, v->fields[i], &s, &a, depth);
			if (best == NO_ID || a > ba)
				best = i, ba = a;
		}
		if (best == NO_ID)
			break;
		done[best] = 1;
		at = round_up(at, ba);
		off[best] = at;
		uint32_t s, a;
		fg_size(g, v->fields[best], &s, &a, depth);
		at += s;
	}
	free(done);
	if (end)
		*end = at;
	return at <= size ? 0 : -1;
}

static uint32_t fg_tag_size(const Adt *a)
{
	return a->nvariants <= 256 ? 1 : a->nvariants <= 65536 ? 2 : 4;
}

/* A view: `#[repr(C)] struct NAME { _p: [u8; off], f: FT }` written once */
static int fg_view_item(Foreign *g, const char *name, uint32_t off, const char *ft)
{
	char key[300];
	snprintf(key, sizeof key, "struct %s {", name);
	if (g->views.n && (strbuf_printf(&g->views, "%s", ""), strstr(g->views.s, key)))
		return 0;
	strbuf_printf(&g->views, "#[repr(C)]\nstruct %s { _p: [u8; %u], f: %s }\n", name, off, ft);
	return 0;
}

static int fg_view(void *ctx, const Module *m, TypeId t, uint32_t var, uint32_t fld, TypeId fty, char *view,
		   char *tagty, size_t cap, Diag *d)
{
	Foreign *g = ctx;
	const Adt *a = adt_of(m, t);
	if (!a || !fg_blob_kind(m, t))
		return 0;
	uint32_t size, align;
	fg_size(g, t, &size, &align, 0);
	if (fld == NO_ID) { /* the tag */
		if (a->kind != ADT_ENUM) {
			diag_set(d, 0, 0, "emit: the discriminant of %s (not known as an enum) not supported", a->name);
			return -1;
		}
		uint32_t ts = fg_tag_size(a);
		if (ts > size)
			ts = size >= 4 ? 4 : size >= 2 ? 2 : 1;
		if (size == 0) {
			diag_set(d, 0, 0, "emit: the discriminant of the zero-sized %s not supported", a->name);
			return -1;
		}
		snprintf(tagty, 64, "u%u", ts * 8);
		snprintf(view, cap, "X%u_tag", t);
		return fg_view_item(g, view, 0, tagty) == 0 ? 1 : -1;
	}
	const AdtVariant *v = NULL;
	uint32_t start = 0;
	if (var == NO_ID) {
		if (a->kind == ADT_ENUM || a->nvariants < 1) {
			diag_set(d, 0, 0, "emit: a field of %s (not known as a struct) not supported", a->name);
			return -1;
		}
		v = &a->variants[0];
	} else {
		if (a->kind != ADT_ENUM || var >= a->nvariants) {
			diag_set(d, 0, 0, "emit: a variant field of %s not supported", a->name);
			return -1;
		}
		v = &a->variants[var];
		start = fg_tag_size(a);
	}
	if (fld >= v->nfields || v->fields[fld] == NO_ID) {
		diag_set(d, 0, 0, "emit: field %u of %s (unseen) not supported", fld, a->name);
		return -1;
	}
	uint32_t *off = calloc(v->nfields, sizeof *off);
	if (!off)
		internal_error("out of memory");
	int rc = fg_offsets(g, v, start, size, off, NULL, 1);
	if (rc && start)
		rc = fg_offsets(g, v, 0, size, off, NULL, 1); /* no room for a tag: a niche */
	if (rc) {
		free(off);
		diag_set(d, 0, 0, "emit: the fields of %s (larger than rustc's %u bytes) not supported", a->name, size);
		return -1;
	}
	uint32_t o = off[fld];
	free(off);
	(void)fty;
	StrBuf ft = {0};
	if (emit_rust_type_text(m, g->o, v->fields[fld], 1, &ft, d) != 0) {
		strbuf_free(&ft);
		return -1;
	}
	strbuf_printf(&ft, "%s", "");
	if (var == NO_ID)
		snprintf(view, cap, "X%u_f%u", t, fld);
	else
		snprintf(view, cap, "X%u_v%u_f%u", t, var, fld);
	fg_view_item(g, view, o, ft.s);
	strbuf_free(&ft);
	return 1;
}

static int fg_callee(void *ctx, const Module *m, const Fn *f, const Term *t, StrBuf *out)
{
	Foreign *g = ctx;
	(void)f;
	if (t->op == CALLEE_INTO_FUTURE && t->x < g->ntypes && g->into_ext[t->x]) {
		strbuf_printf(out, "into_future_X%u", t->x);
		return 1;
	}
	(void)m;
	return 0;
}

/* an external static of type t (an unknown value: an opaque statement's result, a
 * constant kept as text) */
static int fg_opaque_static(void *ctx, const Module *m, TypeId t, char *name, size_t cap)
{
	Foreign *g = ctx;
	(void)m;
	if (t >= g->ntypes)
		return 0;
	g->statics[t] = 1;
	snprintf(name, cap, "OPQ_%u", t);
	return 1;
}

/* The signature `(_1: T1, ..) -> R` of fn f (types with 'static references) */
static int fg_sig(Foreign *g, const Fn *f, StrBuf *b, StrBuf *args)
{
	strbuf_printf(b, "(");
	for (uint32_t i = 1; i <= f->nargs; i++) {
		strbuf_printf(b, "%s_%u: ", i > 1 ? ", " : "", i);
		strbuf_printf(args, "%s_%u", i > 1 ? ", " : "", i);
		if (emit_rust_type_text(g->m, g->o, f->locals[i].ty, 1, b, g->d) != 0)
			return -1;
	}
	strbuf_printf(b, ") -> ");
	return emit_rust_type_text(g->m, g->o, f->locals[0].ty, 1, b, g->d);
}

/* An external callee that returns another body's future (an async fn of the crate
 * or of another: `send(move _8) -> {async fn body of send()}`) is its constructor,
 * which rustc inlines: the arguments moved into the future's upvars and its state
 * set to Unresumed. Written so: each argument at its offset (largest alignment
 * first from 0; the record's upvar offsets are not read), the tag byte after them.
 * 1 written; 0 when the future is not such a blob or they do not fit. */
static int fg_ctor(Foreign *g, const Fn *f, const char *id, const StrBuf *sig, StrBuf *b)
{
	const Module *m = g->m;
	TypeId rt = f->locals[0].ty;
	const Type *ty = type_get(m, rt);
	if (ty->kind != TY_CORO || !fg_blob_kind(m, rt))
		return 0;
	uint32_t size, align;
	fg_size(g, rt, &size, &align, 0);
	AdtVariant v = {.nfields = f->nargs, .fields = f->nargs ? &f->locals[1].ty : NULL};
	/* locals are not contiguous TypeIds: copy */
	TypeId *tys = calloc(f->nargs + 1, sizeof *tys);
	uint32_t *off = calloc(f->nargs + 1, sizeof *off), end = 0;
	if (!tys || !off)
		internal_error("out of memory");
	for (uint32_t i = 0; i < f->nargs; i++)
		tys[i] = f->locals[i + 1].ty;
	v.fields = tys;
	int fits = fg_offsets(g, &v, 0, size, off, &end, 1) == 0 && end < size;
	if (fits) {
		strbuf_printf(b, "#[inline(always)]\nfn %s%.*s {\n    unsafe {\n"
				 "        let mut r = core::mem::MaybeUninit::<X%u>::uninit();\n"
				 "        let p = r.as_mut_ptr() as *mut u8;\n", id, (int)sig->n, sig->s, rt);
		for (uint32_t i = 0; i < f->nargs; i++)
			strbuf_printf(b, "        core::ptr::write(p.add(%u) as *mut _, _%u);\n", off[i], i + 1);
		strbuf_printf(b, "        *p.add(%u) = 0;\n        r.assume_init()\n    }\n}\n", end);
		g->used[rt] = 1;
	}
	free(tys);
	free(off);
	return fits;
}

static int fg_items(void *ctx, const Module *m, FILE *out, Diag *d)
{
	Foreign *g = ctx;
	StrBuf b = {0}, ext = {0};
	int rc = 0;
	/* external callees */
	for (uint32_t i = 0; i < m->nfns && !rc; i++) {
		const Fn *f = m->fns[i];
		if (f->kind != FN_SYNC || !f->external || !namemap_find(&g->called, f->name))
			continue;
		char id[1024];
		emit_rust_ident(f->name, id, sizeof id);
		StrBuf sig = {0}, args = {0};
		rc = fg_sig(g, f, &sig, &args);
		strbuf_printf(&args, "%s", "");
		if (!rc && fg_ctor(g, f, id, &sig, &b)) {
			/* an async fn's constructor, inlined as rustc's is */
		} else if (!rc) {
			strbuf_printf(&ext, "    fn ext_%s%.*s;\n", id, (int)sig.n, sig.s);
			strbuf_printf(&b, "#[inline(always)]\nfn %s%.*s {\n    unsafe { ext_%s(%s) }\n}\n", id, (int)sig.n, sig.s,
				      id, args.s ? args.s : "");
		}
		strbuf_free(&sig);
		strbuf_free(&args);
	}
	/* futures polled, into_future through an external fn */
	for (TypeId t = 0; t < g->ntypes && !rc; t++) {
		if (g->into_ext[t]) {
			StrBuf a = {0}, r = {0};
			rc = emit_rust_type_text(m, g->o, t, 1, &a, d) || emit_rust_type_text(m, g->o, g->into_dst[t], 1, &r, d);
			if (!rc) {
				if (g->into_dst[t] == t) /* IntoFuture for a Future: the identity, inlined */
					strbuf_printf(&b, "#[inline(always)]\nfn into_future_X%u(_1: %.*s) -> %.*s {\n    _1\n}\n",
						      t, (int)a.n, a.s, (int)r.n, r.s);
				else {
					strbuf_printf(&ext, "    fn ext_into_future_X%u(_1: %.*s) -> %.*s;\n", t, (int)a.n, a.s, (int)r.n, r.s);
					strbuf_printf(&b, "#[inline(always)]\nfn into_future_X%u(_1: %.*s) -> %.*s {\n    unsafe { ext_into_future_X%u(_1) }\n}\n",
						      t, (int)a.n, a.s, (int)r.n, r.s, t);
				}
			}
			strbuf_free(&a);
			strbuf_free(&r);
		}
		if (!g->fut_out[t] || !fg_blob_kind(m, t))
			continue;
		StrBuf o = {0};
		rc = emit_rust_type_text(m, g->o, g->fut_out[t] - 1, 1, &o, d);
		if (!rc) {
			strbuf_printf(&ext, "    fn ext_poll_X%u(_1: Pin<&mut X%u>, _2: &mut Context<'_>) -> Poll<%.*s>;\n", t, t,
				      (int)o.n, o.s);
			strbuf_printf(&b,
				      "impl Future for X%u {\n    type Output = %.*s;\n    #[inline(always)]\n"
				      "    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<%.*s> {\n"
				      "        unsafe { ext_poll_X%u(self, cx) }\n    }\n}\n",
				      t, (int)o.n, o.s, (int)o.n, o.s, t);
			g->used[t] = 1;
		}
		strbuf_free(&o);
	}
	for (TypeId t = 0; t < g->ntypes && !rc; t++) {
		if (!g->statics[t])
			continue;
		StrBuf ty = {0};
		rc = emit_rust_type_text(m, g->o, t, 1, &ty, d);
		if (!rc)
			strbuf_printf(&ext, "    static OPQ_%u: %.*s;\n", t, (int)ty.n, ty.s);
		strbuf_free(&ty);
	}
	/* the blobs (after everything that names one) */
	for (TypeId t = 0; t < g->ntypes && !rc; t++) {
		if (!g->used[t])
			continue;
		uint32_t size, align;
		fg_size(g, t, &size, &align, 0);
		int copy = g->copied[t];
		int drop = !copy && t < g->ndropped && g->dropped && g->dropped[t];
		strbuf_printf(&b, "// ");
		char *tx = NULL;
		size_t txn = 0;
		FILE *mem = open_memstream(&tx, &txn);
		if (!mem)
			internal_error("out of memory");
		type_print(m, t, mem);
		fclose(mem);
		for (size_t i = 0; i < txn; i++)
			if (tx[i] == '\n')
				tx[i] = ' ';
		strbuf_printf(&b, "%s\n", tx);
		free(tx);
		strbuf_printf(&b, "%s#[repr(C, align(%u))]\nstruct X%u { _b: [u8; %u] }\n",
			      copy ? "#[derive(Clone, Copy)]\n" : "", align, t, size);
		strbuf_printf(&b, "const _: () = assert!(core::mem::size_of::<X%u>() == %u && core::mem::align_of::<X%u>() == %u);\n",
			      t, size, t, align);
		if (drop) {
			strbuf_printf(&ext, "    fn ext_drop_X%u(_1: &mut X%u);\n", t, t);
			strbuf_printf(&b, "impl Drop for X%u {\n    #[inline(always)]\n    fn drop(&mut self) {\n"
					  "        unsafe { ext_drop_X%u(self) }\n    }\n}\n", t, t);
		}
	}
	if (!rc) {
		fputs("// ---- real code's types and callees (coroslim import --format=flash) ----\n", out);
		fwrite(g->views.s, 1, g->views.n, out);
		fwrite(b.s, 1, b.n, out);
		fprintf(out, "extern \"Rust\" {\n%.*s}\n", (int)ext.n, ext.s ? ext.s : "");
	}
	strbuf_free(&b);
	strbuf_free(&ext);
	return rc;
}

/* the future a poll or into_future is of: F of `&mut F` or `Pin<&mut F>` (std's impls
 * forward to F's), else t itself */
static TypeId fg_pointee(const Module *m, TypeId t)
{
	for (int i = 0; i < 4; i++) {
		const Type *ty = type_get(m, t);
		if (ty->kind != TY_REFMUT && ty->kind != TY_PIN)
			break;
		t = ty->a;
	}
	return t;
}

/* operands copied, polls, into_future calls: what the items need to know before
 * the fns are written */
static void fg_scan(Foreign *g)
{
	const Module *m = g->m;
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		if (f->kind == FN_SYNC)
			continue;
		for (LocalId l = 0; l < f->nlocals; l++)
			if (f->locals[l].ty < g->ntypes)
				g->byval[f->locals[l].ty] = 1;
		for (uint32_t a = 0; a < f->nargsv; a++) {
			Operand op = f->args[a];
			if (op.kind == OP_COPY) {
				TypeId t = place_type(f, op.v);
				if (t < g->ntypes)
					g->copied[t] = 1;
			}
		}
		for (BlockId b = 0; b < f->nblocks; b++) {
			const Block *bl = &f->blocks[b];
			for (uint32_t k = 0; k < bl->nstmts; k++) {
				const Stmt *s = &bl->stmts[k];
				if (s->kind != ST_ASSIGN)
					continue;
				Operand ops[2] = {s->a, s->b};
				int nops = s->rv == RV_BINARY || s->rv == RV_CHECKED ? 2 : s->rv == RV_USE || s->rv == RV_UNARY || s->rv == RV_CAST ? 1 : 0;
				for (int j = 0; j < nops; j++)
					if (ops[j].kind == OP_COPY) {
						TypeId t = place_type(f, ops[j].v);
						if (t < g->ntypes)
							g->copied[t] = 1;
					}
			}
			const Term *t = &bl->term;
			if (!bl->has_term || t->kind != TK_CALL)
				continue;
			if (t->op == CALLEE_FN)
				namemap_put(&g->called, f->names[t->x], 1);
			TypeId dst = place_type(f, t->place);
			TypeId fut = t->op == CALLEE_POLL ? fg_pointee(m, t->x) : NO_ID;
			if (t->op == CALLEE_POLL && fut < g->ntypes && !g->fut_out[fut]) {
				/* `<&mut F as Future>::poll`, `<Pin<&mut F> ..>`: std's impls over F's */
				const Type *dt = type_get(m, dst);
				if (dt->kind == TY_POLL)
					g->fut_out[fut] = dt->a + 1;
			}
			if (t->op == CALLEE_INTO_FUTURE && t->x < g->ntypes && dst != t->x) {
				g->into_ext[t->x] = 1;
				g->into_dst[t->x] = dst;
			}
		}
	}
	/* into_future of a type never polled: the blanket impl needs a Future */
	for (TypeId t = 0; t < g->ntypes; t++)
		for (uint32_t i = 0; i < m->nfns && !g->into_ext[t]; i++) {
			const Fn *f = m->fns[i];
			for (BlockId b = 0; b < f->nblocks; b++) {
				const Term *tm = &f->blocks[b].term;
				if (f->blocks[b].has_term && tm->kind == TK_CALL && tm->op == CALLEE_INTO_FUTURE && tm->x == t &&
				    fg_pointee(m, t) < g->ntypes && !g->fut_out[fg_pointee(m, t)] && fg_blob_kind(m, fg_pointee(m, t))) {
					g->into_ext[t] = 1;
					g->into_dst[t] = place_type(f, tm->place);
				}
			}
		}
}

int emit_import_crate(const Module *m, const uint8_t *dropped, uint32_t ndropped, int (*sized)(const Module *, TypeId),
		      FILE *out, Diag *d, uint32_t *estimated)
{
	Foreign g = {.m = m, .dropped = dropped, .ndropped = ndropped, .ntypes = m->ntypes, .d = d, .sized = sized};
	g.byval = calloc(g.ntypes + 1, 1);
	g.est = calloc(g.ntypes + 1, 1);
	g.est_size = calloc(g.ntypes + 1, sizeof *g.est_size);
	g.est_align = calloc(g.ntypes + 1, sizeof *g.est_align);
	g.statics = calloc(g.ntypes + 1, 1);
	g.copied = calloc(g.ntypes + 1, 1);
	g.used = calloc(g.ntypes + 1, 1);
	g.into_ext = calloc(g.ntypes + 1, 1);
	g.fut_out = calloc(g.ntypes + 1, sizeof *g.fut_out);
	g.into_dst = calloc(g.ntypes + 1, sizeof *g.into_dst);
	if (!g.copied || !g.used || !g.into_ext || !g.fut_out || !g.into_dst)
		internal_error("out of memory");
	fg_scan(&g);
	EmitForeign h = {.ctx = &g, .type = fg_type, .skip_fn = fg_skip_fn, .view = fg_view, .callee = fg_callee,
			 .opaque_static = fg_opaque_static, .items = fg_items};
	EmitOptions eo = {.foreign = &h};
	g.o = &eo;
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	if (!mem)
		internal_error("out of memory");
	int rc = emit_rust(m, &eo, mem, d);
	fclose(mem);
	if (!rc) {
		fwrite(text, 1, len, out);
		fputs("\n// ---- roots (coroslim import --format=flash) ----\n" EMIT_TASK_FNS, out);
		for (uint32_t i = 0; i < m->ncoros; i++) {
			const Coroutine *c = &m->coros[i];
			if (!c->layout || !c->resume || c->replaced_by != NO_ID || !module_find_fn(m, c->resume))
				continue;
			char id[1024];
			emit_rust_ident(c->name, id, sizeof id);
			fprintf(out,
				"pub unsafe fn root_poll_%s(f: *mut u8, cx: &mut Context<'_>) {\n"
				"    let p = unsafe { Pin::new_unchecked(&mut *(f as *mut Coro_%s)) };\n"
				"    core::hint::black_box(poll_task(p, cx));\n"
				"}\n"
				"pub unsafe fn root_drop_%s(f: *mut u8) {\n"
				"    unsafe { free_task(f as *mut Coro_%s) }\n"
				"}\n",
				id, id, id, id);
		}
	}
	free(text);
	namemap_free(&g.called);
	free(g.byval);
	free(g.est);
	free(g.est_size);
	free(g.est_align);
	if (estimated)
		*estimated = g.estimated;
	free(g.statics);
	strbuf_free(&g.views);
	free(g.copied);
	free(g.used);
	free(g.into_ext);
	free(g.fut_out);
	free(g.into_dst);
	return rc;
}
