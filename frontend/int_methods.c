/* int_methods.c — core's methods of integers, of Option / Result and `.clone()` of arrays, Option and
 * Result, as sema types them (meth40, issue 22). Each use gets an AstFn of its own (id -1, outside
 * AstProgram.fns, typed for the receiver at hand), which check_call types like any method and the
 * builder lowers as rustc's MIR names it (build_expr.c lower_core_method):
 *   `x.wrapping_add(1)` / `u32::wrapping_add(x, 1)`: `core::num::<impl u32>::wrapping_add(..)`, self by
 *       value (`r.m()` of a `&u32` copies `*r`, rustc's autoderef); `x.min(y)`, `u32::max(x, y)`:
 *       `<u32 as Ord>::min`; `u32::from_le_bytes(b)` (no self);
 *   `o.unwrap_or(d)`, `unwrap()`, `unwrap_or_default()`, a Result's `ok()` / `err()`: `Option::<u32>::
 *       unwrap_or(move _5, ..)`, self by value;
 *   `a.clone()` of an array, Option or Result of Clone types: `<[u8; 4] as Clone>::clone(move _k)`, `&self`.
 * The table of integer methods (name, shape, which types) is ir/ir.h's INT_METHODS, which the
 * interpreter's model (ir/core_int.c) shares. Errors as rustc 1.95's: E0599 for a method the type lacks
 * (`abs` of u32), E0689 on an integer of a type not yet known, E0308 from the arguments' coercions. */
#include <string.h>

#include "sema.h"

static Arena *use_arena(Sema *s) { return s->fn->body_arena ? s->fn->body_arena : s->prog->arena; }

/* a fn of this use: name, receiver, parameters (self first) and result */
static AstFn *core_fn(Sema *s, AstBuiltin b, const char *name, AstSelfKind self_kind, const AstType *params, int n,
                      AstType ret)
{
	Arena *a = use_arena(s);
	AstFn *fn = arena_alloc(a, sizeof *fn);
	fn->id = -1;
	fn->name = name;
	fn->assoc_name = name;
	fn->builtin = b;
	fn->self_kind = self_kind;
	fn->ret = ret;
	fn->has_ret = true;
	fn->params = arena_alloc(a, (size_t)n * sizeof *fn->params);
	for (int i = 0; i < n; i++) {
		AstVar *v = arena_alloc(a, sizeof *v);
		v->name = i == 0 && self_kind != SELF_NONE ? "self" : "x";
		v->kind = VAR_PARAM;
		v->ty = params[i];
		fn->params[i] = v;
	}
	fn->nparams = n;
	return fn;
}

static int int_bytes(AstTypeKind k)
{
	switch (k) {
	case ATY_U8: case ATY_I8: return 1;
	case ATY_U16: case ATY_I16: return 2;
	case ATY_U32: case ATY_I32: return 4;
	default: return 8; /* u64, usize, i64, isize (the host's and rustc_run's target: 64-bit) */
	}
}

static AstType option_of(Sema *s, AstType t, const AstExpr *at)
{
	AstType args[2] = {t, ast_type(ATY_UNIT)};
	AstEnum *en = generic_instance(s->prog, GENERIC_OPTION, args, at->line, at->col);
	if (!en)
		error_at(s, at->line, at->col, "more than %d enum types (enum items and `Option` / `Result` types) "
		         "are not supported", AST_ENUM_MAX);
	return ast_enum_type(en);
}

/* the fn of integer method k of type self: `core::num::<impl u32>::k` or `<u32 as Ord>::k` */
static AstFn *int_fn(Sema *s, const AstExpr *e, int k, AstType self)
{
	const char *ty = typeck_type_str(s, self, true);
	bool ord = int_method_who(k) == IMW_ORD;
	const char *name = ord ? arena_printf(use_arena(s), "<%s as Ord>::%s", ty, int_method_name(k))
	                       : arena_printf(use_arena(s), "core::num::<impl %s>::%s", ty, int_method_name(k));
	AstType u8s = ast_array_type(ast_type(ATY_U8), int_bytes(self.kind));
	AstType p[2] = {self, self}, ret = self;
	int n = 2;
	switch (int_method_shape(k)) {
	case IMS_BIN: break;
	case IMS_UN: n = 1; break;
	case IMS_CHECKED: ret = option_of(s, self, e); break;
	case IMS_BY_U32: p[1] = ast_type(ATY_U32); break;
	case IMS_COUNT: n = 1; ret = ast_type(ATY_U32); break;
	case IMS_PRED: n = 1; ret = ast_type(ATY_BOOL); break;
	case IMS_TO_BYTES: n = 1; ret = u8s; break;
	case IMS_FROM_BYTES: n = 1; p[0] = u8s; break;
	}
	AstFn *fn = core_fn(s, BUILTIN_INT_METHOD, name, int_method_shape(k) == IMS_FROM_BYTES ? SELF_NONE : SELF_VALUE,
	                    p, n, ret);
	fn->assoc_name = int_method_name(k);
	return fn;
}

/* `x.m(..)` of an integer x (st its type through references) */
static const AstFn *int_method(Sema *s, const AstExpr *e, AstType st, bool int_var)
{
	int k = int_method_by_name(e->name);
	if (!k || int_method_shape(k) == IMS_FROM_BYTES)
		return NULL;
	if (int_var && int_method_who(k) != IMW_ORD)
		error_at(s, e->op_line, e->op_col, "can't call method `%s` on ambiguous numeric type `{integer}`", e->name);
	if (int_var) /* rustc takes Ord's for any integer: the type is known only later */
		error_at(s, e->op_line, e->op_col, "method `%s` of an integer whose type is inferred later is not supported",
		         e->name);
	if (!int_method_of_type(k, (TypeId)st.kind - ATY_U8 + TY_U8))
		error_at(s, e->op_line, e->op_col, "no method named `%s` found for type `%s` in the current scope", e->name,
		         typeck_type_str(s, st, true));
	return int_fn(s, e, k, st);
}

/* whether a `T: Default` the subset models (an integer, bool, char: zero) */
static bool zero_default(Sema *s, AstType t)
{
	t = typeck_shallow(s, t);
	return ast_type_is_int(t) || t.kind == ATY_BOOL || t.kind == ATY_CHAR || (t.kind == ATY_VAR && !typeck_unbound(s, t));
}

/* `o.m(..)` of an Option / Result: core's methods taking self by value */
static const AstFn *enum_method(Sema *s, const AstExpr *e, AstType st, AstGeneric g, const AstType *args)
{
	bool res = g == GENERIC_RESULT;
	int k = enum_method_by_name(e->name, res);
	if (!k)
		return NULL;
	const char *ty = typeck_type_str(s, st, true);
	AstType t = typeck_shallow(s, args[0]), other = res ? typeck_shallow(s, args[1]) : ast_type(ATY_UNIT);
	/* the interpreter's leaf drops nothing: a value core would drop (the unused default, the other
	 * variant's payload) must be Copy */
	bool drops = (k == EM_UNWRAP_OR && !ast_type_is_copy(s->prog, t)) ||
	             ((k == EM_OK || k == EM_ERR) && !(ast_type_is_copy(s->prog, t) && ast_type_is_copy(s->prog, other)));
	if (drops || (k == EM_UNWRAP_OR_DEFAULT && !zero_default(s, t)) ||
	    (k == EM_UNWRAP && res && !(ast_type_is_int(other) || other.kind == ATY_BOOL)))
		error_at(s, e->op_line, e->op_col, "method `%s` of `%s` is not supported", e->name, ty);
	AstType p[2] = {st, t}, ret = t;
	if (k == EM_OK || k == EM_ERR) {
		ret = generic_partial(s, GENERIC_OPTION, e->op_line, e->op_col);
		AstGeneric og;
		AstType oargs[2];
		generic_args(s, ret, &og, oargs);
		typeck_unify(s, oargs[0], k == EM_OK ? t : other);
	}
	return core_fn(s, BUILTIN_ENUM_METHOD, enum_method_name(k), SELF_VALUE, p, k == EM_UNWRAP_OR ? 2 : 1, ret);
}

static const AstFn *enum_or_clone(Sema *s, const AstExpr *e, AstType st, bool through_ref);

/* an Option / Result being inferred whose arguments are known by now (`let o = Some(x);`) */
static bool args_known(Sema *s, AstType st)
{
	AstGeneric g;
	AstType args[2];
	if (!generic_args(s, st, &g, args))
		return false;
	for (int k = 0; k < (g == GENERIC_RESULT ? 2 : 1); k++)
		if (typeck_shallow(s, args[k]).kind == ATY_VAR)
			return false;
	return true;
}

/* `a.clone()` of an array, Option or Result (core's Clone impls): `&self` */
static const AstFn *core_clone(Sema *s, const AstExpr *e, AstType st, bool through_ref)
{
	if (strcmp(e->name, "clone") || (st.kind == ATY_ENUM && (st.id & AST_ENUM_PARTIAL) && !args_known(s, st)))
		return NULL;
	AstType known = typeck_resolve(s, st); /* `[n, 2]`'s element type is a variable bound to n's */
	int c = ast_type_clone(s->prog, known);
	if (c == 0 && !through_ref) /* through a reference rustc clones the reference (not modelled: below) */
		error_at(s, e->op_line, e->op_col, "the method `clone` exists for %s `%s`, but its trait bounds were not "
		         "satisfied", st.kind == ATY_ARRAY ? "array" : "enum", typeck_type_str(s, known, true));
	if (c == 0)
		c = 1; /* refused by core_method_of */
	return c < 0 ? NULL : core_fn(s, BUILTIN_CORE_CLONE, "clone", SELF_REF, &st, 1, st);
}

const AstFn *core_method_of(Sema *s, const AstExpr *e, AstType t, AstType st, bool int_var)
{
	int nref = 0;
	for (AstType r = t; ast_type_is_ref(r); r = typeck_shallow(s, ast_ref_pointee(r)))
		nref++;
	const AstFn *fn = NULL;
	if (int_var || ast_type_is_int(st))
		fn = int_method(s, e, st, int_var);
	else if (st.kind == ATY_ARRAY)
		fn = core_clone(s, e, st, nref > 0);
	else
		fn = enum_or_clone(s, e, st, nref > 0);
	/* through references rustc's probe takes a trait method of the reference itself: `r.min(&y)` is `<&u32 as
	 * Ord>::min`, `rr.clone()` of a `&&[u8; 4]` (or `r.clone()` of a `&[Guard; 2]`, no Clone) is `<&[u8; 4] as
	 * Clone>::clone` (not modelled) */
	if (fn && ((fn->builtin == BUILTIN_INT_METHOD && fn->name[0] == '<' && nref) ||
	           (fn->builtin == BUILTIN_CORE_CLONE && (nref > 1 || (nref && ast_type_clone(s->prog, typeck_resolve(s, st)) == 0)))))
		error_at(s, e->op_line, e->op_col, "method `%s` of `%s` is not supported", e->name, typeck_type_str(s, t, true));
	return fn;
}

static const AstFn *enum_or_clone(Sema *s, const AstExpr *e, AstType st, bool through_ref)
{
	AstGeneric g;
	AstType args[2];
	if (st.kind != ATY_ENUM || !generic_args(s, st, &g, args) || (g != GENERIC_OPTION && g != GENERIC_RESULT))
		return NULL;
	const AstFn *fn = enum_method(s, e, st, g, args);
	return fn ? fn : core_clone(s, e, st, through_ref);
}

/* the integer type spelled name[0..n), ATY_VAR if none */
static AstTypeKind int_kind_spelled(Sema *s, const char *name, size_t n)
{
	for (int k = ATY_U8; k <= ATY_ISIZE; k++) {
		const char *sp = typeck_type_str(s, ast_type((AstTypeKind)k), true);
		if (strlen(sp) == n && !memcmp(sp, name, n))
			return (AstTypeKind)k;
	}
	return ATY_VAR;
}

AstFn *core_int_path_fn(Sema *s, const AstExpr *e)
{
	const char *sep = strstr(e->name, "::");
	if (!sep || e->name[0] == '<')
		return NULL;
	AstTypeKind tk = int_kind_spelled(s, e->name, (size_t)(sep - e->name));
	if (tk == ATY_VAR)
		return NULL;
	AstType self = ast_type(tk);
	int k = int_method_by_name(sep + 2);
	if (!k)
		error_at(s, e->op_line, e->op_col, "associated fn `%s` is not supported", e->name);
	if (!int_method_of_type(k, (TypeId)tk - ATY_U8 + TY_U8))
		error_at(s, e->op_line, e->op_col, "no function or associated item named `%s` found for type `%s` in the "
		         "current scope", sep + 2, typeck_type_str(s, self, true));
	return int_fn(s, e, k, self);
}
