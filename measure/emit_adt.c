/*
 * emit_adt.c — core's Option and Result, the types of `?`, and arrays in
 * `coroslim emit` (issue 20; the types are issue 22 item 4's, DESIGN.md
 * "Option, Result, `?`, if let" and "Arrays").
 *
 * The frontend admits an Option<T> or Result<T, E> only when T and E have no
 * niche, so rustc lays core's enums out tagged, exactly as layout_enum does:
 * the emitted crate names core's own types (`Option<u32>`, `Result<Guard,
 * u32>`), as rustc's compile of the source does, and asserts at compile time
 * that their size, alignment and payload offsets are the IR's. Their values
 * are core's variants in brace syntax (`Option::<u32>::Some { 0: Move(_5) }`),
 * their fields `Field::<T>(Variant(p, v), i)` as for an enum item.
 *
 * `?`'s calls are core's trait methods as rustc's MIR names them:
 * `<Result<u32, u8> as core::ops::Try>::branch` and
 * `<Result<u32, u8> as core::ops::FromResidual<Result<Infallible, u8>>>::from_residual`
 * (feature try_trait_v2, written only for a module that has them). Their
 * ControlFlow and residual types are core's too; the IR lays those out tagged
 * for its interpreter only (Adt.internal), rustc otherwise, so they are never
 * asserted and must never be a coroutine's saved local (the frontend never
 * saves one; an emit error if a pass did).
 *
 * Arrays are `[T; N]`, `[a, b, c]`, `[x; N]` and `p[_i]`. The bounds check's
 * panic (rustc's codegen calls the lang item panic_bounds_check(index, len),
 * private to core) is emit_rust.c's bounds_check_panic::<N>(index), written
 * here: its own `[(); N][index]` becomes that call once LLVM inlines it.
 */
#include <stdlib.h>

#include "measure.h"

CoreEnum core_enum_of(const Module *m, TypeId t)
{
	const Adt *a = adt_of(m, t);
	if (!a || !a->enum_defined || a->nvariants != 2)
		return CORE_NONE;
	/* the frontend's instances are known by (generic, arguments): asking for their
	 * name would spell them (N nested Options: N^2 / 2 bytes kept, issue 23) */
	const Type *ty = type_get(m, t);
	const char *name = ty->generic == TG_OPTION ? "Option<" : ty->generic == TG_RESULT ? "Result<" : adt_name(m, a);
	const AdtVariant *v0 = &a->variants[0], *v1 = &a->variants[1];
	if (strncmp(name, "Option<", 7) == 0 && strcmp(v0->name, "None") == 0 && strcmp(v1->name, "Some") == 0)
		return v1->nfields ? CORE_OPTION : CORE_OPTION_RESIDUAL;
	if (strncmp(name, "Result<", 7) == 0 && strcmp(v0->name, "Ok") == 0 && strcmp(v1->name, "Err") == 0)
		return v0->nfields ? CORE_RESULT : CORE_RESULT_RESIDUAL;
	if (strncmp(name, "ControlFlow<", 12) == 0 && strcmp(v0->name, "Continue") == 0 &&
	    strcmp(v1->name, "Break") == 0)
		return CORE_CONTROL_FLOW;
	return CORE_NONE;
}

/* core's path of enum t and its type arguments (NO_ID: Infallible) */
static const char *core_path(const Module *m, TypeId t, TypeId args[2], int *nargs)
{
	const Adt *a = adt_of(m, t);
	switch (core_enum_of(m, t)) {
	case CORE_OPTION:
		args[0] = a->variants[1].fields[0];
		*nargs = 1;
		return "Option";
	case CORE_OPTION_RESIDUAL:
		args[0] = NO_ID;
		*nargs = 1;
		return "Option";
	case CORE_RESULT:
		args[0] = a->variants[0].fields[0];
		args[1] = a->variants[1].fields[0];
		*nargs = 2;
		return "Result";
	case CORE_RESULT_RESIDUAL:
		args[0] = NO_ID;
		args[1] = a->variants[1].fields[0];
		*nargs = 2;
		return "Result";
	case CORE_CONTROL_FLOW: /* ControlFlow<B, C> { Continue(C), Break(B) } */
		args[0] = a->variants[1].fields[0];
		args[1] = a->variants[0].fields[0];
		*nargs = 2;
		return "core::ops::ControlFlow";
	default:
		return NULL;
	}
}

/* `Option<u32>` (turbofish 0) or `Option::<u32>` (1: an expression's path) */
static int core_spelling(const EmitHooks *h, TypeId t, int in_field, int turbofish, StrBuf *out)
{
	TypeId args[2];
	int n = 0;
	const char *path = core_path(h->m, t, args, &n);
	strbuf_printf(out, "%s%s<", path, turbofish ? "::" : "");
	for (int i = 0; i < n; i++) {
		if (i)
			strbuf_printf(out, ", ");
		if (args[i] == NO_ID)
			strbuf_printf(out, "core::convert::Infallible");
		else if (h->type(h->e, args[i], in_field, out))
			return -1;
	}
	strbuf_printf(out, ">");
	return 0;
}

int emit_adt_type(const EmitHooks *h, TypeId t, int in_field, StrBuf *out)
{
	const Type *ty = type_get(h->m, t);
	if (ty->kind == TY_ARRAY) {
		strbuf_printf(out, "[");
		if (h->type(h->e, ty->a, in_field, out))
			return -1;
		strbuf_printf(out, "; %u]", ty->b);
		return 1;
	}
	if (!core_enum_of(h->m, t))
		return 0;
	return core_spelling(h, t, in_field, 0, out) ? -1 : 1;
}

int emit_adt_is_copy(const Module *m, TypeId t, int (*is_copy)(const Module *, TypeId))
{
	const Type *ty = type_get(m, t);
	if (ty->kind == TY_ARRAY)
		return is_copy(m, ty->a);
	CoreEnum k = core_enum_of(m, t);
	if (k == CORE_OPTION || k == CORE_RESULT)
		return adt_of(m, t)->is_copy; /* core derives Copy */
	if (!k) /* derive37: an item of the source, emitted with `#[derive(Clone, Copy)]` when Copy */
		return adt_of(m, t) && adt_of(m, t)->is_copy ? 1 : -1;
	return 1; /* ControlFlow and the residuals of Copy payloads: never saved */
}

int emit_adt_aggregate(const EmitHooks *h, const Stmt *s, StrBuf *pre, StrBuf *rhs)
{
	const Fn *f = h->f;
	uint32_t n = s->b.v;
	const Operand *ops = n ? &f->args[s->a.v] : NULL; /* a promoted's `_1 = Q;`: maybe no operand list */
	int rc = 0;
	if (s->op == AGG_ARRAY || s->op == AGG_REPEAT) {
		const Type *ty = type_get(h->m, s->x);
		if (ty->kind != TY_ARRAY || (s->op == AGG_REPEAT && n != 1) || (s->op == AGG_ARRAY && n != ty->b))
			internal_error("emit: an array aggregate of %u operands", n);
		strbuf_printf(rhs, "[");
		for (uint32_t i = 0; i < n && !rc; i++) {
			strbuf_printf(rhs, i ? ", " : "");
			rc = h->operand(h->e, ops[i], pre, rhs);
		}
		if (s->op == AGG_REPEAT)
			strbuf_printf(rhs, "; %u", ty->b);
		strbuf_printf(rhs, "]");
		return rc ? -1 : 1;
	}
	if (s->op != AGG_ADT || !core_enum_of(h->m, s->x))
		return 0;
	const Adt *a = adt_of(h->m, s->x);
	if (n < 1 || ops[0].kind != OP_CONST || f->consts[ops[0].v].bits >= a->nvariants)
		internal_error("emit: %s aggregate without its variant", adt_name(h->m, a));
	const AdtVariant *v = &a->variants[f->consts[ops[0].v].bits];
	if (n - 1 != v->nfields)
		internal_error("emit: %s::%s aggregate of %u fields", adt_name(h->m, a), v->name, n - 1);
	if (core_spelling(h, s->x, 0, 1, rhs))
		return -1;
	strbuf_printf(rhs, "::%s {", v->name);
	for (uint32_t i = 1; i < n && !rc; i++) {
		strbuf_printf(rhs, "%s%u: ", i > 1 ? ", " : " ", i - 1);
		rc = h->operand(h->e, ops[i], pre, rhs);
	}
	strbuf_printf(rhs, n > 1 ? " }" : "}");
	return rc ? -1 : 1;
}

static TypeId operand_ty(const Fn *f, Operand op)
{
	return op.kind == OP_CONST ? f->consts[op.v].ty : place_type(f, op.v);
}

int emit_adt_callee(const EmitHooks *h, const Term *t, StrBuf *out)
{
	const Fn *f = h->f;
	int k = try_leaf_kind(f->names[t->x]);
	if (!k)
		return 0;
	if (t->nargs != 1)
		internal_error("emit: `%s` with %u arguments", f->names[t->x], t->nargs);
	TypeId arg = operand_ty(f, f->args[t->args]);
	strbuf_printf(out, "<");
	if (k == 1) { /* <Result<u32, u8> as Try>::branch */
		if (h->type(h->e, arg, 0, out))
			return -1;
		strbuf_printf(out, " as core::ops::Try>::branch");
		return 1;
	}
	/* <R as FromResidual<Result<Infallible, u8>>>::from_residual */
	if (h->type(h->e, place_type(f, t->place), 0, out))
		return -1;
	strbuf_printf(out, " as core::ops::FromResidual<");
	if (h->type(h->e, arg, 0, out))
		return -1;
	strbuf_printf(out, ">>::from_residual");
	return 1;
}

static int uses_try(const Module *m)
{
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		for (BlockId b = 0; b < f->nblocks; b++) {
			const Term *t = &f->blocks[b].term;
			if (f->blocks[b].has_term && t->kind == TK_CALL && t->op == CALLEE_FN && try_leaf_kind(f->names[t->x]))
				return 1;
		}
	}
	return 0;
}

static int uses_bounds_check(const Module *m)
{
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		for (BlockId b = 0; b < f->nblocks; b++)
			if (f->blocks[b].has_term && f->blocks[b].term.kind == TK_ASSERT &&
			    f->blocks[b].term.msg == AK_BOUNDS_CHECK)
				return 1;
	}
	return 0;
}

void emit_adt_features(const Module *m, FILE *out)
{
	if (uses_try(m))
		fputs("#![feature(try_trait_v2)]\n", out);
}

/* The panic of a bounds check: rustc's codegen of `assert(Lt(i, N), BoundsCheck
 * { len, index })` calls core's lang item panic_bounds_check(index, len), which
 * no crate can name. This fn's own `a[index]` is that call: #[inline(always)]
 * (LLVM inlines it and, its in-bounds path being unreachable, keeps the call
 * alone), #[track_caller] (the Location is the caller's, as the lang item's
 * is the index expression's), #[cold] as the lang item is, so that rustc's
 * codegen treats the emitted panic block as it treats a call of it; #[rustc_no_mir_inline], so that rustc's MIR passes see the call
 * where they would see the assert's panic edge. */
static const char bounds_check_panic_fn[] =
	"#[inline(always)]\n"
	"#[rustc_no_mir_inline]\n"
	"#[track_caller]\n"
	"#[cold]\n"
	"fn bounds_check_panic<const N: usize>(index: usize) -> ! {\n"
	"    let a = [(); N];\n"
	"    let _in_bounds = a[index];\n"
	"    unsafe { core::intrinsics::unreachable() }\n"
	"}\n";

/* emit_rust.c's same_loc! for a group of asserts one of which is a bounds
 * check (loc_groups_find): each call with its arguments, `PATH [ARGS], UNWIND`
 * (a path cannot be followed by `(` in a macro pattern) */
static const char same_loc_args_macro[] =
	"#[rustc_macro_transparency = \"transparent\"]\n"
	"macro same_loc_args {\n"
	"    ($never:ident $unreachable:ident; $($f:path [$($a:expr),*], $unwind:expr);*) => {\n"
	"        $( { Call($never = $f($($a),*), ReturnTo($unreachable), $unwind) }; )*\n"
	"    }\n"
	"}\n";

void emit_adt_helpers(const Module *m, FILE *out)
{
	if (uses_bounds_check(m)) {
		fputs(bounds_check_panic_fn, out);
		fputs(same_loc_args_macro, out);
	}
}

int emit_adt_asserts(const EmitHooks *h, FILE *out)
{
	const Module *m = h->m;
	uint8_t *seen = calloc(m->nadts ? m->nadts : 1, 1); /* an ADT can have more than one TypeId */
	if (!seen)
		internal_error("emit: out of memory");
	int rc = 0;
	for (TypeId t = 0; t < m->ntypes && !rc; t++) {
		CoreEnum ce = core_enum_of(m, t);
		if (ce != CORE_OPTION && ce != CORE_RESULT)
			continue;
		const Adt *a = adt_of(m, t);
		if (seen[a - m->adts]++)
			continue;
		/* for a 32-bit target, the layout module_set_ptr_bytes computed again */
		StrBuf ty = {0};
		if (emit_adt_type(h, t, 0, &ty) < 0) {
			strbuf_free(&ty);
			rc = -1;
			break;
		}
		fprintf(out, "const _: () = assert!(core::mem::size_of::<%.*s>() == %u && core::mem::align_of::<%.*s>() == %u",
			(int)ty.n, ty.s, a->size, (int)ty.n, ty.s, a->align);
		for (uint32_t v = 0; v < 2; v++)
			for (uint32_t k = 0; k < a->variants[v].nfields; k++)
				fprintf(out, "\n    && core::mem::offset_of!(%.*s, %s.%u) == %u", (int)ty.n, ty.s,
					a->variants[v].name, k, a->variant_offsets[v][k]);
		fprintf(out, ");\n");
		strbuf_free(&ty);
	}
	free(seen);
	return rc;
}

int emit_adt_harness_value(const Module *m, TypeId t, StrBuf *b, int (*value)(const Module *, TypeId, StrBuf *))
{
	const Type *ty = type_get(m, t);
	CoreEnum k = core_enum_of(m, t);
	if (k == CORE_OPTION) {
		strbuf_printf(b, "None");
		return 0;
	}
	if (k == CORE_RESULT) {
		strbuf_printf(b, "Ok(");
		if (value(m, adt_of(m, t)->variants[0].fields[0], b))
			return -1;
		strbuf_printf(b, ")");
		return 0;
	}
	if (ty->kind != TY_ARRAY)
		return 1;
	/* `[0; 3]` for an element the repeat accepts; else every element written
	 * (`[guard(0), guard(0)]`), up to 32 */
	StrBuf one = {0};
	int rc = value(m, ty->a, &one);
	if (!rc && (type_is_int(m, ty->a) || type_get(m, ty->a)->kind == TY_BOOL)) {
		strbuf_printf(b, "[%.*s; %u]", (int)one.n, one.s, ty->b);
	} else if (!rc && ty->b <= 32) {
		strbuf_printf(b, "[");
		for (uint32_t i = 0; i < ty->b; i++)
			strbuf_printf(b, "%s%.*s", i ? ", " : "", (int)one.n, one.s);
		strbuf_printf(b, "]");
	} else {
		rc = -1;
	}
	strbuf_free(&one);
	return rc ? -1 : 0;
}
