/* for_loop.c — `for` loops over ranges of integers (for40, issue 22), as rustc
 * 1.95 builds them. rustc_ast_lowering's lower_expr_for makes of `for PAT in head
 * { body }`
 *     DropTemps(match IntoIterator::into_iter(head) {
 *         mut iter => loop {
 *             match Iterator::next(&mut iter) { None => break, Some(PAT) => { body } };
 *         },
 *     })
 * and the parser here makes the same tree of the subset's nodes (for_desugar), so
 * that sema, the borrow checker, the captures and the builder treat the loop, the
 * matches, `break` and `continue` as they treat any. The head is a range: `a..b`
 * is core's `Range { start: a, end: b }` (an aggregate), `a..=b` the call
 * `RangeInclusive::<T>::new(a, b)`; the struct types are instances made by sema
 * once T is known (range_instance: `Range<u32>`, `RangeInclusive<u8>`, fields as
 * core's, laid out by the layout as any struct). The three calls are built-ins
 * (AstBuiltin BUILTIN_RANGE_INCLUSIVE .. BUILTIN_ITER_NEXT), typed here per use,
 * named by the builder as rustc's MIR names them, run by the interpreter's model
 * of core (ir/core_iter.c). */
#include <string.h>

#include "sema.h"

AstExpr *ast_new_expr(Arena *a, AstExprKind kind, int line, int col)
{
	AstExpr *e = arena_alloc(a, sizeof *e);
	e->kind = kind;
	e->line = line;
	e->col = col;
	e->upvar = -1;
	e->int_suffix = ATY_VAR;
	e->ty = ast_type(ATY_VAR);
	e->ty.id = -1;
	e->depth = 1;
	return e;
}

static AstExpr *call_of(AstProgram *p, Arena *a, AstBuiltin which, AstExpr *arg, int line, int col)
{
	AstExpr *c = ast_new_expr(a, EXPR_CALL, line, col);
	c->op_line = line;
	c->op_col = col;
	c->callee = p->builtins[which];
	c->name = c->callee->name;
	c->args = arena_alloc(a, sizeof *c->args);
	c->args[0] = arg;
	c->nargs = 1;
	return c;
}

static AstBlock *block_of(Arena *a, AstExpr *stmt, int line, int col)
{
	AstBlock *b = arena_alloc(a, sizeof *b);
	b->line = b->end_line = line;
	b->col = b->end_col = col;
	b->stmts = arena_alloc(a, sizeof *b->stmts);
	b->nstmts = 1;
	b->stmts[0] = (AstStmt){.kind = ASTMT_EXPR, .line = stmt->line, .col = stmt->col, .expr = stmt};
	return b;
}

static AstMatchArm arm_of(Arena *a, AstPattern pat, AstExpr *body)
{
	AstMatchArm arm = {.line = pat.line, .col = pat.col, .npats = 1, .body = body};
	arm.pats = arena_alloc(a, sizeof *arm.pats);
	arm.pats[0] = pat;
	return arm;
}

/* `match Iterator::next(&mut iter) { None => break, Some(PAT) => body }` */
static AstExpr *next_match(AstProgram *p, Arena *a, const ForLoop *f)
{
	int line = f->head->line, col = f->head->col;
	AstExpr *use = ast_new_expr(a, EXPR_VAR, line, col);
	use->name = f->iter->name;
	use->var = f->iter;
	use->is_place = true;
	use->for_loop = true;
	AstExpr *ref = ast_new_expr(a, EXPR_REF, line, col);
	ref->ref_mut = true;
	ref->lhs = use;
	AstExpr *m = ast_new_expr(a, EXPR_MATCH, line, col);
	m->lhs = call_of(p, a, BUILTIN_ITER_NEXT, ref, line, col);
	m->arms = arena_alloc(a, 2 * sizeof *m->arms);
	m->narms = 2;
	AstPattern none = {.line = line, .col = col, .suffix = ATY_VAR, .enm = generic_base(p, GENERIC_OPTION),
	                   .variant = 0};
	m->arms[0] = arm_of(a, none, ast_new_expr(a, EXPR_BREAK, line, col));
	m->arms[1] = arm_of(a, f->some, f->body);
	return m;
}

AstExpr *for_desugar(AstProgram *p, Arena *a, const ForLoop *f)
{
	sema_add_builtins(p);
	AstExpr *loop = ast_new_expr(a, EXPR_LOOP, f->line, f->col);
	loop->block = block_of(a, next_match(p, a, f), f->line, f->col);
	AstExpr *m = ast_new_expr(a, EXPR_MATCH, f->line, f->col);
	m->for_loop = true;
	m->lhs = call_of(p, a, BUILTIN_INTO_ITER, f->head, f->head->line, f->head->col);
	m->arms = arena_alloc(a, sizeof *m->arms);
	m->narms = 1;
	AstPattern any = {.line = f->line, .col = f->col, .suffix = ATY_VAR, .is_wildcard = true};
	m->arms[0] = arm_of(a, any, loop);
	m->arms[0].tops = arena_alloc(a, sizeof *m->arms[0].tops);
	m->arms[0].tops[0] = (AstSubPattern){.line = f->line, .col = f->col, .field = -1, .var = f->iter,
	                                     .nested = &m->arms[0].pats[0]};
	return m;
}

/* ---- sema: the ranges' types ---- */

/* a range whose struct type waits for its element type: the node's type var x */
typedef struct ForRange {
	AstExpr *e;  /* the BUILTIN_RANGE / BUILTIN_RANGE_INCLUSIVE call */
	AstType x, elem;
} ForRange;

static const char *const range_names[] = {NULL, "Range", "RangeInclusive"};

/* core's `Range<T>` / `RangeInclusive<T>` (kind 1 / 2) at the integer type t: `struct Range<Idx> {
 * start: Idx, end: Idx }`, `struct RangeInclusive<Idx> { start: Idx, end: Idx, exhausted: bool }`
 * (library/core/src/ops/range.rs), one instance per (kind, t) */
static AstStruct *range_instance(AstProgram *p, int kind, AstType t)
{
	for (int i = 0; i < p->nstructs; i++)
		if (p->structs[i]->core_range == kind && ast_type_eq(p->structs[i]->fields[0].ty, t))
			return p->structs[i];
	AstStruct *st = arena_alloc(p->arena, sizeof *st);
	st->id = p->nstructs;
	st->core_range = (uint8_t)kind;
	st->ident = range_names[kind];
	st->name = arena_printf(p->arena, "%s<%s>", range_names[kind], ast_type_name(t));
	st->nfields = kind == 2 ? 3 : 2;
	st->fields = arena_alloc(p->arena, 3 * sizeof *st->fields);
	static const char *const fields[] = {"start", "end", "exhausted"};
	for (int f = 0; f < st->nfields; f++)
		st->fields[f] = (AstField){.name = fields[f], .vis = 1, .ty = f == 2 ? ast_type(ATY_BOOL) : t};
	*VEC_PUSH(p->arena, p->structs, p->nstructs, p->structs_cap) = st;
	return st;
}

static AstType struct_type(const AstStruct *st) { return (AstType){ATY_STRUCT, st->id}; }

/* the element type of a range type (an instance, or a pending range's variable) */
static AstType range_elem(Sema *s, AstType t, int line, int col)
{
	t = typeck_shallow(s, t);
	if (t.kind == ATY_STRUCT && s->prog->structs[t.id]->core_range)
		return s->prog->structs[t.id]->fields[0].ty;
	for (int i = 0; i < s->nranges; i++)
		if (t.kind == ATY_VAR && typeck_shallow(s, s->ranges[i].x).id == t.id)
			return s->ranges[i].elem;
	if (ast_type_is_int(t) || t.kind == ATY_BOOL || t.kind == ATY_CHAR || t.kind == ATY_UNIT || t.kind == ATY_STRUCT ||
	    (t.kind == ATY_ENUM && !s->prog->enums[ast_enum_index(t)]->generic))
		error_at(s, line, col, "`%s` is not an iterator", typeck_type_str(s, t, false));
	error_at(s, line, col, "a `for` loop over a value of type `%s` is not supported", typeck_type_str(s, t, false));
}

/* rustc's Step: the integers (char too, not modelled); else E0277 at the range */
static void check_step(Sema *s, AstType t, const AstExpr *e)
{
	t = typeck_shallow(s, t);
	if (t.kind == ATY_CHAR)
		error_at(s, e->line, e->col, "a `for` loop over a range of `char` is not supported");
	if (!ast_type_is_int(t) && !(t.kind == ATY_VAR && !typeck_unbound(s, t)))
		error_at(s, e->line, e->col, "`std::ops::Range<%s>` is not an iterator", /* `..=` too: rustc's on_unimplemented */
		         typeck_type_str(s, t, false));
}

/* `a..b` / `a..=b`: both ends of one type T, the range of T; a struct type once T is known */
static AstType check_range(Sema *s, AstExpr *e)
{
	AstType t = typeck_expr(s, e->args[0], NULL);
	AstType t1 = typeck_expr(s, e->args[1], &t);
	if (!typeck_unify(s, t, t1))
		error_at(s, e->args[1]->line, e->args[1]->col, "mismatched types");
	check_step(s, t, e);
	int kind = e->callee->builtin == BUILTIN_RANGE ? 1 : 2;
	t = typeck_shallow(s, t);
	ForRange *r = VEC_PUSH(s->scratch, s->ranges, s->nranges, s->ranges_cap);
	*r = (ForRange){e, ast_type_is_int(t) ? struct_type(range_instance(s->prog, kind, t)) : typeck_var(s), t};
	return r->x;
}

/* `Range { start: a, end: b }`: THIR's ADT expression of the range's struct (rustc_ast_lowering's
 * lower_expr_range_closed: ExprKind::Struct of the lang item) */
static void range_to_struct(AstExpr *e, AstStruct *st, Arena *a)
{
	AstExpr **args = e->args;
	e->kind = EXPR_STRUCT;
	e->strukt = st;
	e->ctor_call = false;
	e->ninits = 2;
	e->inits = arena_alloc(a, 2 * sizeof *e->inits);
	for (int i = 0; i < 2; i++)
		e->inits[i] = (AstFieldInit){.name = st->fields[i].name, .line = args[i]->line, .col = args[i]->col,
		                             .field = i, .value = args[i]};
}

void for_finish_ranges(Sema *s)
{
	for (int i = 0; i < s->nranges; i++) {
		ForRange *r = &s->ranges[i];
		AstType t = typeck_resolve(s, r->elem);
		int kind = r->e->callee->builtin == BUILTIN_RANGE ? 1 : 2;
		check_step(s, t, r->e);
		AstStruct *st = range_instance(s->prog, kind, t);
		typeck_unify(s, r->x, struct_type(st));
		if (kind == 1)
			range_to_struct(r->e, st, s->prog->arena);
	}
	s->nranges = 0;
}

/* `IntoIterator::into_iter(r)`: r (a range is its own iterator); `Iterator::next(&mut iter)`:
 * Option<T>, the argument reborrowed (a coercion site) */
AstType check_iter_call(Sema *s, AstExpr *e)
{
	switch (e->callee->builtin) {
	case BUILTIN_RANGE:
	case BUILTIN_RANGE_INCLUSIVE:
		return check_range(s, e);
	case BUILTIN_INTO_ITER: {
		AstType t = typeck_expr(s, e->args[0], NULL);
		range_elem(s, t, e->args[0]->line, e->args[0]->col);
		return t;
	}
	default: {
		AstType it = e->args[0]->lhs->var->ty;
		AstType want = ast_ref_type(it, true);
		typeck_coercion_site(s, e->args[0], &want);
		AstType elem = range_elem(s, it, e->line, e->col);
		AstType o = generic_partial(s, GENERIC_OPTION, e->line, e->col);
		AstGeneric g;
		AstType args[2];
		generic_args(s, o, &g, args);
		typeck_unify(s, args[0], elem);
		return o;
	}
	}
}
