/*
 * parse.c — tokens -> AstProgram, by recursive descent with Rust's operator
 * precedence (rustc_ast::util::parser::ExprPrecedence):
 *
 *   postfix  .await  f()       (tightest)
 *   unary    - !
 *   as
 *   * / %
 *   + -
 *   << >>
 *   &
 *   ^
 *   |
 *   == != < <= > >=           (non-associative)
 *   &&
 *   ||
 *   = += -= ...               (right-associative)
 *   return break closures     (loosest)
 *
 * Block-like expressions (blocks, if, match, loop, while, async blocks) at the
 * start of a statement end the statement, as in rustc, unless a `.` follows.
 *
 * The parser also creates the bindings (AstVar, with their scope block) and the
 * async blocks (with their index within the fn); names are resolved by sema.
 * Errors longjmp back to parse_program; all memory is in the arena.
 */
#include <limits.h>
#include <setjmp.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "syntax.h"

enum {
	MAX_NESTING = 256,   /* recursion of the parser itself */
	MAX_TREE_DEPTH = 1000, /* height of an expression tree (left-assoc chains) */
	/* Option / Result nested through `&` or `[..]` in a type (`Option<&Option<&..>>`): the
	 * recursion of parse_generic_type; nested directly, they take a stack of their own (issue 23) */
	MAX_TYPE_NESTING = 4096,
	MAX_REF_NESTING = 16, /* `&&&..T` (refref33): sema and the builder recurse per `&` */
};

typedef struct Parser {
	const Token *tok;
	Arena *arena;
	Diag *diag;
	jmp_buf fail;
	AstProgram *prog;
	AstFn *fn;                  /* the fn being parsed */
	AstBlock *block;            /* the innermost block: scope of new lets */
	AstAsyncBlock *async_block; /* the innermost async block */
	int nesting;
	const Token *unknown_type;  /* reported after parsing, as rustc resolves after parsing */
	const Token *derive_kw, *derive_clone, *derive_copy; /* derive37: the next item's `derive`, `Clone`, `Copy` */
	const Token *clone_attr, *copy_attr; /* derive37: the `derive` of the attribute naming each */
	int lint_pending;           /* lint38: prog->lint_attrs from here on wait for their item (lint_scope) */
	const Token *lint_first;    /* the `#` of the first of them */
	bool item_seen;             /* an item was parsed: an inner attribute is not permitted any more */
	bool attr_other;            /* an attribute other than a lint level's or derive's was read (skip_attribute) */
	const Token *repr_c;        /* clone39: the `C` of the next item's `#[repr(C)]` (check_attribute) */
	const Token *repr_int;      /* repr40: the `u8` of the next item's `#[repr(u8)]` / `#[repr(C, u8)]` */
	const Token **const_fns;    /* constfn40: the names of the program's `const fn`s (prescan_items) */
	uint32_t nconst_fns, const_fns_cap;
	bool no_struct;             /* a condition or scrutinee: `S {` starts the block, not a literal */
	const Token *label;         /* flow40: the label of the loop being parsed (its span starts there) */
	AstStruct *impl_of;         /* inside `impl S { .. }`: S (issue 22 item 4) */
	AstEnum *impl_enum;         /* items31: inside `impl E { .. }` of an enum item: E */
	AstImpl *impl;              /* the impl block being parsed */
	bool in_trait;              /* a trait item's declarations: `self` of type Self */
	int next_struct, next_enum; /* the next item prescan_items saw, in source order */
	int type_nesting;           /* parse_generic_type's recursion (through `&` and `[..]`) */
	const Token *prelude_dup;   /* the first item naming a prelude item: reported after parsing */
	const char *prelude_name;
	AstPattern *top_or;         /* `x @ (p | q)` (bind29): parse_top_pattern's alternatives after the
	                               first (q), for its caller to take; NULL: none */
	int ntop_or;
	bool outer_self;            /* items30: inside an item nested in an impl's fn: `Self` is E0401 */
	bool let_layers;            /* mref39: a `let`'s pattern: a third `&` layer over a struct or variant pattern */
	const Token *block_lo, *block_hi; /* items30: the innermost block's braces (an item's scope) */
	AstItemScope *impl_scope;   /* items30: parse_impl of an impl block in a body: where it stands */
	AstItemScope *trait_scope;  /* items31: parse_trait of a trait in a body: where it stands */
	const Token *trait_block_lo, *trait_block_hi; /* the last block a trait stood in, and its `}` */
	int top_impls;              /* impl blocks at the top level so far: the next one's `{impl#k}` */
	AstExpr **path_calls;       /* items30: `S::m(..)` calls of a struct of a body (renamed after parsing) */
	const char *const **path_call_types; /* their types' names (items31: a struct's or an enum's) */
	uint32_t npath_calls, path_calls_cap;
	AstExpr **qual_calls;       /* scope33: `<S as T>::f(..)` calls, their S and T resolved after parsing */
	const Token **qual_toks;    /* their `<` tokens (S at [1], T at [3]) */
	uint32_t nqual_calls, qual_calls_cap;
	AstExpr **trait_calls;      /* variant34: `T::m(..)` with T no struct or enum: a trait's, after parsing */
	const Token **trait_toks;   /* their T */
	uint32_t ntrait_calls, trait_calls_cap;
	bool in_arm;                /* items31: parsing a match arm's patterns (E0530's "match bindings") */
	int for_head;               /* for40: in a `for` loop's head, the nesting of its expression (parse_expr enters):
	                               `..` / `..=` ends its first operand there (not inside parentheses, blocks or
	                               arguments: "ranges are not supported") */
	bool synth;                 /* items31: synth_var's binding (its token a copy: no struct lookup) */
	AstConst *cur_const;        /* const33: the const whose initializer is being parsed */
	AstAliasUser alias_user;    /* vis39: the innermost item being parsed that is not a fn (a struct, enum,
	                               const, trait or alias), which a type alias named here is used by; item
	                               NULL: none (p->fn, else nothing dead_code can tell) */
	AstConst **agg_consts;      /* const39: the aggregate consts met, their initializers parsed after the items */
	int nagg_consts;
	uint32_t agg_consts_cap;
	const Token **trait_impls;  /* consts37: the `impl` of each top-level `impl TRAIT for TYPE {` (prescan_items) */
	uint32_t ntrait_impls, trait_impls_cap;
	NameMap tc_by_type;         /* consts37: `TYPE::NAME` -> the trait consts for it (impls', defaults'), a list */
	NameMap tc_decls;           /* consts37: `TRAIT::NAME` -> its declaration */
	NameMap inherent_consts;    /* consts37: `TYPE::NAME` -> an inherent impl's const (find_inherent_const) */
	NameMap assoc_seen;         /* consts37: the associated consts parsed so far, by path (const_not_twice) */
	NameMap ti_by_type;         /* consts37: `TYPE` -> 1 + the first of its trait impls in trait_impls */
	int *trait_impl_next;       /* consts37: the next trait impl of the same type (-1: none) */
	int nprescan_consts;        /* consts37: the const items prescan_items saw (source order); default
	                               instances (default_instance) come after them */
	const Token **enum_toks;    /* variant34: each enum item's `enum` token (prescan_items), by id */
	unsigned char *enum_state;  /* variant34: ENUM_* by id: whether its variants are known yet */
	uint32_t nenum_toks, enum_toks_cap;
	bool early_failed;          /* variant34: a use stood before an enum whose early parse failed */
	Diag early_diag;            /* the first such early parse's error */
	/* pat35: a fn's parameters with a pattern (`&x: &u32`, `&S { a, .. }: &S`), each a synthetic token
	 * run `let PAT = __argK ;` parse_block reads first in the fn's body; param_pat_idx[i] is K */
	const Token **param_pats;
	int *param_pat_idx;
	int nparam_pats, nparam_pat_idx;
	uint32_t param_pats_cap, param_pat_idx_cap;
} Parser;

/* variant34: an enum item's variants are known once parse_enum has run on it; a variant path before
 * the declaration parses it early (enum_ready) */
enum { ENUM_UNPARSED, ENUM_PARSED, ENUM_EARLY_FAILED };

/* ---------------------------------------------------------------------- */
/* Errors and token helpers                                               */
/* ---------------------------------------------------------------------- */

_Noreturn static void error_at(Parser *p, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vset(p->diag, line, col, fmt, ap);
	va_end(ap);
	longjmp(p->fail, 1);
}

_Noreturn static void error_tok(Parser *p, const Token *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vset(p->diag, t->line, t->col, fmt, ap);
	va_end(ap);
	longjmp(p->fail, 1);
}

/* "`x`" for the token as written, "end of file" at the end. */
static const char *describe(const Token *t, char *buf, size_t size)
{
	const char *what = "";
	if (t->kind == TOK_UNDERSCORE)
		what = "reserved identifier ";
	else if (t->kind >= TOK_FIRST_KEYWORD && t->kind <= TOK_LAST_KEYWORD)
		what = "keyword ";
	if (t->kind == TOK_EOF)
		snprintf(buf, size, "`<eof>`");
	else
		snprintf(buf, size, "%s`%.*s`", what, t->len > 40 ? 40 : t->len, t->text);
	return buf;
}

/* A statement that does not end where it should: rustc says "expected `;`" at the
 * end of the previous token when the next one starts a new line. */
_Noreturn static void error_statement_end(Parser *p, const char *one_of)
{
	char buf[64];
	const Token *prev = p->tok - 1;
	if (p->tok->kind != TOK_EOF && p->tok->line > prev->line)
		error_at(p, prev->line, prev->col + prev->len, "expected `;`, found %s",
		         describe(p->tok, buf, sizeof buf));
	error_tok(p, p->tok, "expected one of %s, found %s", one_of, describe(p->tok, buf, sizeof buf));
}

_Noreturn static void error_expected(Parser *p, const char *what)
{
	char buf[64];
	error_tok(p, p->tok, "expected %s, found %s", what, describe(p->tok, buf, sizeof buf));
}

static bool at(const Parser *p, TokKind k)
{
	return p->tok->kind == k;
}

static bool at_ahead(const Parser *p, int n, TokKind k)
{
	for (int i = 0; i < n; i++)
		if (p->tok[i].kind == TOK_EOF)
			return false;
	return p->tok[n].kind == k;
}

/* A malformed or unsupported literal is reported once the parser reaches it. */
static void check_token(Parser *p)
{
	if (p->tok->kind == TOK_ERROR)
		error_tok(p, p->tok, "%s", p->tok->error);
}

static const Token *advance(Parser *p)
{
	const Token *t = p->tok;
	if (t->kind != TOK_EOF)
		p->tok++;
	check_token(p);
	return t;
}

static bool consume(Parser *p, TokKind k)
{
	if (!at(p, k))
		return false;
	advance(p);
	return true;
}

static const Token *expect(Parser *p, TokKind k)
{
	if (!at(p, k)) {
		char what[32];
		snprintf(what, sizeof what, "`%s`", lex_token_spelling(k));
		error_expected(p, what);
	}
	return advance(p);
}

static void enter(Parser *p)
{
	if (++p->nesting > MAX_NESTING)
		error_tok(p, p->tok, "nesting too deep");
}

static void leave(Parser *p)
{
	p->nesting--;
}

static const char *tok_name(Parser *p, const Token *t)
{
	return arena_strndup(p->arena, t->text, (size_t)t->len);
}

static bool tok_is(const Token *t, const char *s)
{
	return (int)strlen(s) == t->len && !memcmp(t->text, s, (size_t)t->len);
}

/* repr40: the TypeKind of an integer type's name (`u8` .. `isize`) a repr may name, else 0 */
static int repr_int_kind(const Token *t)
{
	for (int k = TY_U8; k <= TY_ISIZE; k++)
		if (tok_is(t, repr_int_name(k)))
			return k;
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Node constructors                                                      */
/* ---------------------------------------------------------------------- */

static AstExpr *new_expr(Parser *p, AstExprKind kind, int line, int col)
{
	return ast_new_expr(p->arena, kind, line, col); /* macro.c's expansions make them too */
}

/* Records the height of e's tree and rejects trees sema could not walk. */
static void set_depth(Parser *p, AstExpr *e, int child_depth)
{
	if (child_depth + 1 > e->depth)
		e->depth = child_depth + 1;
	if (e->depth > MAX_TREE_DEPTH)
		error_at(p, e->line, e->col, "nesting too deep");
}

static int block_depth(const AstBlock *b)
{
	int d = 0;
	for (int i = 0; i < b->nstmts; i++)
		if (b->stmts[i].expr && b->stmts[i].expr->depth > d)
			d = b->stmts[i].expr->depth;
	if (b->tail && b->tail->depth > d)
		d = b->tail->depth;
	return d;
}

/* warn35: the node of rustc's AST from (line, col) to the token before the current one, where its early
 * lints are found (sema_warn_early.c); level 0: a statement */
static EarlyAt early_at(const Parser *p, int line, int col, int level)
{
	const Token *last = p->tok - 1;
	return (EarlyAt){line, col, last->line, last->col, level};
}

/* warn35: a value in ctx: unused_parens, then (braces) unused_braces */
static void early_value(Parser *p, EarlyAt at, DelimCtx ctx, const AstExpr *v, bool followed_by_block, bool braces)
{
	early_delims(p->prog, at, false, ctx, v, followed_by_block);
	if (braces)
		early_delims(p->prog, at, true, ctx, v, followed_by_block);
}

/* warn35: a call's arguments from args[from] (a method's after its receiver), the call from (line, col)
 * to the `)` just read: every argument's parentheses, then their braces (the passes' order) */
static void early_args(Parser *p, int line, int col, AstExpr *const *args, int from, int n, bool method)
{
	EarlyAt at = early_at(p, line, col, 1);
	for (int pass = 0; pass < 2; pass++)
		for (int i = from; i < n; i++)
			early_delims(p->prog, at, pass, method ? DELIM_METHOD_ARG : DELIM_FN_ARG, args[i], false);
}

/* warn35: a block's statements as rustc's check_stmt sees them, at `at`: a `let`'s initializer, a
 * value without `;` (StmtKind::Expr: the tail, a block-like statement); braces: unused_braces too */
/* flow40: rustc_ast classify's expr_trailing_brace (the subset's forms): e ends with a `}` */
static bool trailing_brace(const AstExpr *e)
{
	switch (e->kind) {
	case EXPR_IF: case EXPR_BLOCK: case EXPR_LOOP: case EXPR_WHILE: case EXPR_ASYNC:
		return true;
	case EXPR_MATCH: /* not `e?`'s (parse_try: its op at the `?`) */
		return e->if_let || (e->op_line == 0 && e->op_col == 0);
	case EXPR_STRUCT:
		return !e->ctor_call;
	case EXPR_BINARY: case EXPR_ASSIGN: case EXPR_OP_ASSIGN:
		return trailing_brace(e->rhs);
	case EXPR_UNARY: case EXPR_REF: case EXPR_DEREF:
		return trailing_brace(e->lhs);
	case EXPR_RETURN: case EXPR_BREAK:
		return e->lhs && trailing_brace(e->lhs);
	default:
		return false;
	}
}

static void early_stmt(Parser *p, EarlyAt at, const AstStmt *s, const AstExpr *tail, bool braces)
{
	if (s && ast_let_else(s) && s->expr && (trailing_brace(s->expr) || (s->expr->kind == EXPR_BINARY &&
	    (s->expr->bin_op == AOP_AND || s->expr->bin_op == AOP_OR))))
		return; /* flow40: rustc's AssignedValueLetElse: the parentheses are necessary before `else` */
	if (s && s->kind == ASTMT_LET)
		early_value(p, at, DELIM_ASSIGNED, s->expr && s->expr->kind == EXPR_REF && s->var && s->var->by_ref ? s->expr->lhs : s->expr, false, false);
	else if (s && s->kind == ASTMT_EXPR && !s->has_semi)
		early_value(p, at, DELIM_BLOCK_RET, s->expr, false, braces);
	else if (tail)
		early_value(p, at, DELIM_BLOCK_RET, tail, false, braces);
}

static AstExpr *new_unary(Parser *p, AstUnOp op, const Token *t, AstExpr *operand)
{
	AstExpr *e = new_expr(p, EXPR_UNARY, t->line, t->col);
	e->un_op = op;
	e->lhs = operand;
	set_depth(p, e, operand->depth);
	return e;
}

static AstExpr *new_binary(Parser *p, AstExprKind kind, AstBinOp op, const Token *t,
                           AstExpr *lhs, AstExpr *rhs)
{
	AstExpr *e = new_expr(p, kind, lhs->line, lhs->col);
	e->op_line = t->line;
	e->op_col = t->col;
	e->bin_op = op;
	e->lhs = lhs;
	e->rhs = rhs;
	set_depth(p, e, lhs->depth > rhs->depth ? lhs->depth : rhs->depth);
	return e;
}

static AstStruct *find_struct(const Parser *p, const Token *t);
static AstConst *find_static(const Parser *p, const Token *t);
static AstExpr *static_use(Parser *p, const Token *t, AstConst *c);

static AstVar *new_var(Parser *p, const Token *name, AstVarKind kind, bool is_mut)
{
	AstVar *v = arena_alloc(p->arena, sizeof *v);
	v->id = p->fn->nvars;
	v->name = name->kind == TOK_UNDERSCORE ? "_" : tok_name(p, name);
	v->kind = kind;
	v->is_mut = is_mut;
	v->line = name->line;
	v->col = name->col;
	v->scope = kind == VAR_LET ? p->block : NULL;
	v->owner = p->async_block;
	v->ty = ast_type(ATY_VAR);
	v->ty.id = -1;
	*VEC_PUSH(p->prog->arena, p->fn->vars, p->fn->nvars, p->fn->vars_cap) = v;
	const AstStruct *st = p->synth || name->kind != TOK_IDENT ? NULL : find_struct(p, name);
	if (st && st->is_tuple) { /* items31: E0530 (sema_resolve.c), a struct of a body too */
		AstShadow sh = {v, st, NULL, p->fn, (uint8_t)(kind == VAR_PARAM ? 2 : p->in_arm)};
		*VEC_PUSH(p->prog->arena, p->prog->shadows, p->prog->nshadows, p->prog->shadows_cap) = sh;
	}
	const AstConst *sc = p->synth || name->kind != TOK_IDENT ? NULL : find_static(p, name);
	if (sc) { /* consts35: E0530 as a tuple struct's */
		AstShadow sh = {v, NULL, sc, p->fn, (uint8_t)(kind == VAR_PARAM ? 2 : p->in_arm)};
		*VEC_PUSH(p->prog->arena, p->prog->shadows, p->prog->nshadows, p->prog->shadows_cap) = sh;
	}
	return v;
}

/* ---------------------------------------------------------------------- */
/* Types                                                                  */
/* ---------------------------------------------------------------------- */

static const struct { const char *name; AstTypeKind kind; } type_names[] = {
	{"u8", ATY_U8}, {"u16", ATY_U16}, {"u32", ATY_U32}, {"u64", ATY_U64},
	{"usize", ATY_USIZE}, {"i8", ATY_I8}, {"i16", ATY_I16}, {"i32", ATY_I32},
	{"i64", ATY_I64}, {"isize", ATY_ISIZE}, {"bool", ATY_BOOL}, {"Guard", ATY_GUARD},
	{"char", ATY_CHAR},
};

/* meth40: the token names an integer type (`u32::min`) */
static bool int_type_token(const Token *t)
{
	for (size_t i = 0; i < sizeof type_names / sizeof *type_names; i++)
		if ((int)strlen(type_names[i].name) == t->len && !memcmp(type_names[i].name, t->text, (size_t)t->len))
			return type_names[i].kind >= ATY_U8 && type_names[i].kind <= ATY_ISIZE;
	return false;
}

static const char *const unsupported_type_names[] = {
	"u128", "i128", "f32", "f64", "str", "String", "Vec", "Box", "Option",
	"Result",
};

/* The items of tests/rust/prelude.rs, which rustc sees before every program (tests/rustc, tests/native):
 * a program's item of the same name in the same namespace is rustc's E0428 (E0255 for the names
 * the prelude imports with `use`). Namespaces as rustc_resolve's: a fn, a tuple or unit struct's
 * constructor are values; a struct, enum, trait are types. */
enum { NS_TYPE = 1, NS_VALUE = 2 };
static const struct { const char *name; int ns; bool imported; } prelude_items[] = {
	{"observe", NS_VALUE, false}, {"yield_now", NS_VALUE, false}, {"guard", NS_VALUE, false},
	{"Guard", NS_TYPE | NS_VALUE, false}, /* pub struct Guard(u32); */
	{"YieldNow", NS_TYPE, false},         /* pub struct YieldNow { yielded: bool } */
	{"Future", NS_TYPE, true}, {"Pin", NS_TYPE, true}, {"Context", NS_TYPE, true}, {"Poll", NS_TYPE, true},
};

/* Records the first item (start: its first token after attributes) that a prelude item's name and
 * namespace conflict with; reported once the program is parsed, as rustc resolves after parsing */
static void prelude_conflict(Parser *p, const Token *start)
{
	const Token *kw = start->kind == TOK_ASYNC ? start + 1 : start;
	const Token *name = kw + 1;
	if (p->prelude_dup || name->kind != TOK_IDENT)
		return;
	int ns = 0;
	switch (kw->kind) {
	case TOK_FN: ns = NS_VALUE; break;
	case TOK_ENUM: case TOK_TRAIT: ns = NS_TYPE; break;
	case TOK_STRUCT: ns = name[1].kind == TOK_LPAREN || name[1].kind == TOK_SEMI ? NS_TYPE | NS_VALUE : NS_TYPE; break;
	default: return;
	}
	for (size_t i = 0; i < sizeof prelude_items / sizeof prelude_items[0]; i++)
		if ((prelude_items[i].ns & ns) && tok_is(name, prelude_items[i].name)) {
			p->prelude_dup = start;
			p->prelude_name = prelude_items[i].name;
		}
}

/* NameIx keys (name_index.c) */
static const char *struct_key(const void *items, int i)
{
	return ((AstStruct *const *)items)[i]->ident;
}
static const char *enum_key(const void *items, int i)
{
	return ((AstEnum *const *)items)[i]->ident;
}
static const char *trait_key(const void *items, int i)
{
	return ((AstTrait *const *)items)[i]->ident;
}
static const char *field_key(const void *items, int i)
{
	return ((const AstField *)items)[i].name;
}
static const char *variant_key(const void *items, int i)
{
	return ((const AstVariant *)items)[i].name;
}
static const char *trait_fn_key(const void *items, int i)
{
	return ((const AstTraitFn *)items)[i].name;
}

/* items30: whether an item of scope sc is visible at token t: a top-level one everywhere, one of
 * a block inside its braces (its items before and after, nested blocks, items, async blocks) */
static bool scope_has(const AstItemScope *sc, const Token *t)
{
	return !sc->lo || ((const Token *)sc->lo < t && t < (const Token *)sc->hi);
}

/* whether scope a is inside b (or is b): the innermost of two visible ones wins */
static bool scope_inner(const AstItemScope *a, const AstItemScope *b)
{
	return a->lo && (!b->lo || (const Token *)a->lo > (const Token *)b->lo);
}

/* hunt35: items of one ident in N blocks (`{ const K: u32 = I; .. }` N times) made each lookup a walk of
 * the N-long chain, N^2 (20k blocks: 23 s). A chain longer than SCOPE_CHAIN_SHORT gets an index: its
 * block-scoped items sorted by their block's `{` (chain order within a block), each group of one block
 * with the nearest group whose block encloses it. Blocks nest or are disjoint, so the innermost scope
 * holding t is the last group opening before t or one of the groups enclosing it: a binary search, then
 * a walk outward (at most the nesting of blocks). Same answer as the walk of the chain. */
enum { SCOPE_CHAIN_SHORT = 8 };

typedef struct ScopeIx {
	uint32_t n;
	const Token **lo, **hi; /* by group of one `{`, in `{` order */
	void **item;            /* the group's first item in chain order */
	int32_t *up;            /* the nearest enclosing group, -1 */
	void *top;              /* the first top-level item of the chain, NULL */
} ScopeIx;

#define SCOPE_NEXT(item, next_off) (*(void **)((char *)(item) + (next_off)))
#define SCOPE_OF(item, scope_off) ((const AstItemScope *)((const char *)(item) + (scope_off)))

static bool scope_chain_long(void *item, size_t next_off)
{
	int n = 0;
	for (; item && n < SCOPE_CHAIN_SHORT; item = SCOPE_NEXT(item, next_off))
		n++;
	return item != NULL;
}

typedef struct { const Token *lo, *hi; void *item; uint32_t order; } ScopeEnt;

static int scope_ent_cmp(const void *a, const void *b)
{
	const ScopeEnt *x = a, *y = b;
	if (x->lo != y->lo)
		return x->lo < y->lo ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

static void *scope_find(const Parser *p, ScopeIx **ixp, void *head, size_t scope_off, size_t next_off, const Token *t)
{
	ScopeIx *x = *ixp;
	if (!x) {
		Arena *a = p->prog->arena;
		x = *ixp = arena_alloc(a, sizeof *x);
		uint32_t n = 0;
		for (void *it = head; it; it = SCOPE_NEXT(it, next_off))
			n++;
		ScopeEnt *e = malloc((size_t)n * sizeof *e);
		if (!e)
			internal_error("out of memory");
		uint32_t k = 0;
		for (void *it = head; it; it = SCOPE_NEXT(it, next_off)) {
			const AstItemScope *sc = SCOPE_OF(it, scope_off);
			if (!sc->lo) {
				if (!x->top)
					x->top = it;
				continue;
			}
			e[k] = (ScopeEnt){sc->lo, sc->hi, it, k};
			k++;
		}
		qsort(e, k, sizeof *e, scope_ent_cmp);
		x->lo = arena_alloc(a, ((size_t)k + 1) * sizeof *x->lo);
		x->hi = arena_alloc(a, ((size_t)k + 1) * sizeof *x->hi);
		x->item = arena_alloc(a, ((size_t)k + 1) * sizeof *x->item);
		x->up = arena_alloc(a, ((size_t)k + 1) * sizeof *x->up);
		int32_t *stack = malloc(((size_t)k + 1) * sizeof *stack);
		if (!stack)
			internal_error("out of memory");
		uint32_t g = 0, ns = 0;
		for (uint32_t i = 0; i < k; i++) {
			if (g && x->lo[g - 1] == e[i].lo)
				continue; /* the same block: its first item stands for it */
			while (ns && !(e[i].lo < x->hi[stack[ns - 1]]))
				ns--; /* a group that closed before this one opens */
			x->lo[g] = e[i].lo;
			x->hi[g] = e[i].hi;
			x->item[g] = e[i].item;
			x->up[g] = ns ? stack[ns - 1] : -1;
			stack[ns++] = (int32_t)g;
			g++;
		}
		x->n = g;
		free(stack);
		free(e);
	}
	uint32_t lo = 0, hi = x->n;
	while (lo < hi) { /* the last group opening before t */
		uint32_t mid = lo + (hi - lo) / 2;
		if (x->lo[mid] < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int32_t g = (int32_t)lo - 1; g >= 0; g = x->up[g])
		if (t < x->hi[g])
			return x->item[g];
	return x->top;
}

/* Of the items of one name from head on (chained by the field at next_off, scoped by the one at
 * scope_off), the one visible at t, the innermost: a long chain through its index (scope_find, *ixp),
 * else a walk (structs, enums and type aliases alike) */
static void *find_innermost(const Parser *p, void *head, ScopeIx **ixp, size_t scope_off, size_t next_off,
                            const Token *t)
{
	if (!head)
		return NULL;
	if (*ixp || scope_chain_long(*(void **)((char *)head + next_off), next_off))
		return scope_find(p, ixp, head, scope_off, next_off, t);
	void *best = NULL;
	for (void *it = head; it; it = *(void **)((char *)it + next_off)) {
		const AstItemScope *sc = (const AstItemScope *)((const char *)it + scope_off);
		if (scope_has(sc, t) && (!best || scope_inner(sc, (const AstItemScope *)((const char *)best + scope_off))))
			best = it;
	}
	return best;
}

/* The struct item named t visible at t, the innermost (every struct is known before parsing:
 * prescan_items; items30: one declared in a block shadows one of an outer block or the top level,
 * rustc's anonymous module ribs, looked up innermost first). */
static AstStruct *find_struct(const Parser *p, const Token *t)
{
	if (t->kind == TOK_SELF_TYPE) /* vis39: `Self` in a struct's impl (`Self { a: 1 }`, `Self(1)`, `Self`) */
		return p->impl_of;
	if (t->kind != TOK_IDENT)
		return NULL;
	int i = nameix_find(&p->prog->struct_ix, t->text, (size_t)t->len, struct_key, p->prog->structs);
	AstStruct *head = i < 0 ? NULL : p->prog->structs[i];
	return find_innermost(p, head, head ? &head->scope_ix : NULL, offsetof(AstStruct, scope),
	                      offsetof(AstStruct, next_same), t);
}

static const char *alias_key(const void *items, int i)
{
	return ((AstAlias *const *)items)[i]->ident;
}

/* vis39: the type alias named t visible at t, the innermost (prescan_items; as find_struct) */
static AstAlias *find_alias(const Parser *p, const Token *t)
{
	if (t->kind != TOK_IDENT || !p->prog->naliases)
		return NULL;
	int i = nameix_find(&p->prog->alias_ix, t->text, (size_t)t->len, alias_key, p->prog->aliases);
	AstAlias *head = i < 0 ? NULL : p->prog->aliases[i];
	return find_innermost(p, head, head ? &head->scope_ix : NULL, offsetof(AstAlias, scope),
	                      offsetof(AstAlias, next_same), t);
}

/* The enum item named t visible at t, the innermost (prescan_items; items30 as find_struct). */
static AstEnum *find_enum(const Parser *p, const Token *t)
{
	if (t->kind == TOK_SELF_TYPE) /* items31: `Self` in an enum's impl */
		return p->impl_enum;
	if (t->kind != TOK_IDENT)
		return NULL;
	int i = nameix_find(&p->prog->enum_ix, t->text, (size_t)t->len, enum_key, p->prog->enums);
	AstEnum *head = i < 0 ? NULL : p->prog->enums[i];
	return find_innermost(p, head, head ? &head->scope_ix : NULL, offsetof(AstEnum, scope),
	                      offsetof(AstEnum, next_same), t);
}

static AstType parse_type(Parser *p, bool allow_never, bool in_cast);
static AstType parse_slice_or_array_type(Parser *p, bool in_cast, bool a_slice);
#define parse_array_type(p, in_cast) parse_slice_or_array_type(p, in_cast, false)
static AstType alias_type(Parser *p, AstAlias *al);
static AstConst *find_const(const Parser *p, const Token *t);
static AstConst *find_assoc_const(Parser *p, const Token *ty, const Token *name);
static bool at_qualified_const(const Parser *p);
static AstConst *qualified_const(Parser *p);
static AstExpr *const_use(Parser *p, const Token *t, AstConst *c);
static void const_pattern(Parser *p, const Token *t, AstConst *c, uint64_t *value, bool *negative, AstTypeKind *suffix,
                          bool *is_bool);
static int const_array_len(Parser *p);

/* `Some`, `None`, `Ok`, `Err` (issue 22 item 4) */
static bool is_generic_variant(const Token *t)
{
	AstGeneric g = GENERIC_NONE;
	int v = 0;
	return t->kind == TOK_IDENT && generic_variant_of_name(t->text, t->len, &g, &v);
}

/* ref-type = ("&" | "&&") "mut"? type (issue 22 item 4; a pointee that is itself a reference,
 * `&&T`, `&mut &T`: refref33, `&&` one token for two `&`s as rustc's parser splits it). The chain of
 * `&`s is read in a loop, not a recursion per `&` (issue 23: 100k `&`s), and bounded by
 * MAX_REF_NESTING. */
static AstType parse_ref_type(Parser *p, bool allow_never, bool in_cast)
{
	const Token *amp = p->tok;
	(void)allow_never;
	bool muts[MAX_REF_NESTING];
	int n = 0;
	while (at(p, TOK_AMP) || at(p, TOK_ANDAND)) {
		int k = at(p, TOK_ANDAND) ? 2 : 1;
		if (n + k > MAX_REF_NESTING)
			error_tok(p, p->tok, "references nested more than %d deep are not supported", MAX_REF_NESTING);
		advance(p);
		if (at(p, TOK_LIFETIME))
			error_tok(p, p->tok, "lifetimes are not supported");
		if (k == 2)
			muts[n++] = false;
		muts[n++] = consume(p, TOK_MUT);
	}
	AstType t = at(p, TOK_LBRACKET) ? parse_slice_or_array_type(p, in_cast, true) : parse_type(p, false, in_cast);
	if (t.id >= 1 << 24)
		error_tok(p, amp, "too many struct items");
	while (n > 0)
		t = ast_ref_type(t, muts[--n]);
	return t;
}

/* slice40: `[elem]` seen up to its `]` (frontend/slice.c checks the element) */
static AstType slice_type_of(Parser *p, const Token *lb, AstType elem, bool a_slice)
{
	const char *why = slice_elem_refused(elem);
	if (why)
		error_tok(p, lb, "%s", why);
	if (!a_slice)
		error_tok(p, lb, "the size for values of type `[%s]` cannot be known at compilation time",
		          generic_type_name(p->prog, elem));
	advance(p);
	return ast_slice_type(elem);
}

/* An array length or repeat count (issue 22 item 4): an integer literal, unsuffixed or usize. */
static int parse_array_len(Parser *p)
{
	const Token *n = p->tok;
	if (n->kind != TOK_INT || !(at_ahead(p, 1, TOK_RBRACKET) || at_ahead(p, 1, TOK_SEMI)))
		return const_array_len(p); /* const33: `[u8; N]`, `[0; N * 2]` */
	if (n->int_suffix != ATY_VAR && n->int_suffix != ATY_USIZE)
		error_tok(p, n, "mismatched types: expected `usize`, found `%s`", ast_type_name(ast_type(n->int_suffix)));
	if (n->int_big) /* rustc's literal lint, ahead of its own limit (hunt30) */
		error_tok(p, n, "literal out of range for `usize`");
	if (n->int_value > 4096)
		error_tok(p, n, "an array of more than 4096 elements is not supported");
	if (n->int_value == 0)
		error_tok(p, n, "an array of length 0 is not supported");
	advance(p);
	return (int)n->int_value;
}

/* array-type = "[" type ";" length "]" (issue 22 item 4); slice-type = "[" type "]" (slice40), only
 * as a reference's pointee (a_slice): elsewhere rustc's E0277 */
static AstType parse_slice_or_array_type(Parser *p, bool in_cast, bool a_slice)
{
	const Token *lb = advance(p);
	const Token *et = p->tok;
	AstType elem = parse_type(p, false, in_cast);
	if (elem.kind == ATY_ARRAY)
		error_tok(p, et, "arrays of arrays are not supported");
	if (at(p, TOK_RBRACKET))
		return slice_type_of(p, lb, elem, a_slice);
	expect(p, TOK_SEMI);
	int len = parse_array_len(p);
	expect(p, TOK_RBRACKET);
	return ast_array_type(elem, len);
}

/* generic-type = ("Option" | "Result") "<" type ("," type)? ","? ">" (issue 22 item 4): an
 * instance of core's enum (prelude_enum.c); the caller saw the name and `<`. An argument that
 * is itself one is parsed here with a stack of our own, not by a recursion (issue 23:
 * `Option<Option<..>>` N deep took N frames); recursion is left only through `&` and `[..]`
 * (references to references and arrays of arrays are refused: a generic between each),
 * bounded by MAX_TYPE_NESTING. */
typedef struct GenericFrame {
	const Token *name;
	AstType args[2];
	int n;
} GenericFrame;

static AstType parse_generic_type(Parser *p, const Token *name, bool in_cast)
{
	if (++p->type_nesting > MAX_TYPE_NESTING)
		error_tok(p, name, "types nested more than %d deep through `&` or `[..]` are not supported",
		          MAX_TYPE_NESTING);
	GenericFrame *st = NULL;
	uint32_t n = 0, cap = 0;
	AstType done = ast_type(ATY_UNIT);
	bool have = false; /* done is the argument of the frame on top */
	for (;;) {
		if (name) { /* open an instance: its name seen, `<` next */
			if (n == cap)
				st = arena_grow_uninit(p->arena, st, &cap, n + 1, sizeof *st);
			st[n++] = (GenericFrame){name, {ast_type(ATY_UNIT), ast_type(ATY_UNIT)}, 0};
			advance(p); /* < */
			name = NULL;
		}
		GenericFrame *f = &st[n - 1];
		bool close = false;
		if (have) {
			if (f->n < 2)
				f->args[f->n] = done;
			f->n++;
			have = false;
			close = !consume(p, TOK_COMMA);
		}
		if (!close && !at(p, TOK_GT)) {
			const Token *t = p->tok;
			if (t->kind == TOK_IDENT && t[1].kind == TOK_LT && generic_of_name(t->text, t->len)) {
				name = advance(p);
				continue;
			}
			done = parse_type(p, false, in_cast);
			have = true;
			continue;
		}
		/* the first `>` of `>>`, `>>=` or `>=` (`Option<Option<u8>>`, `let o: Option<u8>= ..`):
		 * rustc's break_and_eat leaves the rest as the next token */
		if (at(p, TOK_SHR) || at(p, TOK_SHR_ASSIGN) || at(p, TOK_GE)) {
			Token *t = (Token *)p->tok;
			t->kind = at(p, TOK_SHR) ? TOK_GT : at(p, TOK_SHR_ASSIGN) ? TOK_GE : TOK_ASSIGN;
			t->text++, t->col++, t->len--;
		} else {
			expect(p, TOK_GT);
		}
		AstGeneric g = generic_of_name(f->name->text, f->name->len);
		int want = generic_nargs(g);
		if (f->n != want)
			error_tok(p, f->name, "enum takes %d generic argument%s but %d generic argument%s supplied", want,
			          want == 1 ? "" : "s", f->n, f->n == 1 ? " was" : "s were");
		AstEnum *en = generic_instance(p->prog, g, f->args, f->name->line, f->name->col);
		if (!en)
			error_tok(p, f->name,
			          "more than %d enum types (enum items and `Option` / `Result` types) are not supported",
			          AST_ENUM_MAX);
		done = ast_enum_type(en);
		if (--n == 0)
			break;
		have = true;
	}
	p->type_nesting--;
	return done;
}

/* type = int-type | "bool" | "Guard" | struct-name | enum-name | generic-type | "(" ")" | ref-type
 *      | array-type | "!"  (return types only) */
static AstType parse_type(Parser *p, bool allow_never, bool in_cast)
{
	const Token *t = p->tok;
	switch (t->kind) {
	case TOK_LPAREN:
		advance(p);
		if (consume(p, TOK_RPAREN))
			return ast_type(ATY_UNIT);
		error_tok(p, t, "tuple types are not supported");
	case TOK_NOT:
		if (!allow_never)
			error_tok(p, t, "the `!` type is not supported here");
		advance(p);
		return ast_type(ATY_NEVER);
	case TOK_AMP:
		return parse_ref_type(p, allow_never, in_cast);
	case TOK_ANDAND:
		return parse_ref_type(p, allow_never, in_cast);
	case TOK_STAR:
		error_tok(p, t, "raw pointers are not supported");
	case TOK_LBRACKET:
		return parse_array_type(p, in_cast);
	case TOK_IMPL:
		error_tok(p, t, "`impl Trait` types are not supported");
	case TOK_DYN:
		error_tok(p, t, "trait objects are not supported");
	case TOK_FN:
	case TOK_UNSAFE:
	case TOK_EXTERN:
		error_tok(p, t, "function pointer types are not supported");
	case TOK_UNDERSCORE:
		error_tok(p, t, "the placeholder `_` is not allowed within types on item signatures");
	case TOK_IDENT:
		break;
	case TOK_SELF_TYPE:
		if (p->alias_user.kind == ALIAS_USER_ALIAS && p->alias_user.item) { /* vis39: in a type alias */
			if (!((const AstAlias *)p->alias_user.item)->scope.lo)
				error_tok(p, t, "cannot find type `Self` in this scope"); /* rustc's E0411 */
			error_tok(p, t, "`Self` in a type alias in a fn body is not supported");
		}
		if (p->impl_of || p->impl_enum) { /* `Self` in an impl block: its struct or enum (items31) */
			advance(p);
			AstType ty = {p->impl_enum ? ATY_ENUM : ATY_STRUCT, p->impl_enum ? p->impl_enum->id : p->impl_of->id};
			return ty;
		}
		if (p->outer_self) /* items30: in an item inside an impl's fn (rustc_resolve: E0401) */
			error_tok(p, t, "can't use `Self` from outer item");
		error_tok(p, t, "paths are not supported");
	case TOK_CRATE:
	case TOK_SUPER:
	case TOK_SELF_VALUE:
	case TOK_PATHSEP:
		error_tok(p, t, "paths are not supported");
	default:
		error_expected(p, "type");
	}
	advance(p);
	if (at(p, TOK_LT) && generic_of_name(t->text, t->len))
		return parse_generic_type(p, t, in_cast);
	if (at(p, TOK_PATHSEP))
		error_tok(p, t, find_enum(p, t) ? "enum variants are not types" : "paths are not supported");
	/* after `as`, the caller explains what `<` means */
	if (at(p, TOK_LT) && !in_cast)
		error_tok(p, t, "generic types are not supported");
	for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
		if (tok_is(t, type_names[i].name))
			return ast_type(type_names[i].kind);
	for (size_t i = 0; i < sizeof unsupported_type_names / sizeof unsupported_type_names[0]; i++)
		if (tok_is(t, unsupported_type_names[i]))
			error_tok(p, t, "type `%s` is not supported", unsupported_type_names[i]);
	AstAlias *al = find_alias(p, t); /* vis39 */
	if (al)
		return alias_type(p, al);
	AstStruct *st = find_struct(p, t);
	if (st) {
		AstType ty = {ATY_STRUCT, st->id};
		return ty;
	}
	AstEnum *en = find_enum(p, t);
	if (en) {
		AstType ty = {ATY_ENUM, en->id};
		return ty;
	}
	if (!p->unknown_type)
		p->unknown_type = t;
	return ast_type(ATY_UNIT);
}

/* vis39: a path, struct literal or pattern through a type alias (`T { a: 1 }`, `T::new()`, `A::V(x)`):
 * rustc resolves them to the aliased type; refused */
static void no_alias_path(Parser *p)
{
	if (find_alias(p, p->tok) && (at_ahead(p, 1, TOK_PATHSEP) || at_ahead(p, 1, TOK_LPAREN) || at_ahead(p, 1, TOK_LBRACE)))
		error_tok(p, p->tok, "paths, struct literals and patterns through a type alias are not supported");
}

/* vis39: who names al (dead_code's liveness of it, sema_warn.c): the innermost item being parsed */
static void alias_named_by(Parser *p, AstAlias *al)
{
	AstAliasUser u = p->alias_user;
	if (!u.item && p->fn && !p->in_trait)
		u = (AstAliasUser){ALIAS_USER_FN, p->fn};
	if (!u.item) {
		al->always_live = true;
		return;
	}
	if (al->nusers && al->users[al->nusers - 1].item == u.item)
		return;
	*VEC_PUSH(p->prog->arena, al->users, al->nusers, al->users_cap) = u;
}

/* vis39: the type al names, expanded once where first named (a use may come before the item, as a
 * struct's); rustc's E0391 for a cycle. Its `Self` is not an impl's (rustc: E0411 at the top level). */
/* vis39: the checks of al before its expansion (E0391 on a cycle) */
static void alias_enter(Parser *p, AstAlias *al)
{
	const Token *kw = al->kw;
	if (al->state == 1)
		error_tok(p, kw + 3, "cycle detected when expanding type alias `%s`", al->ident);
	if (kw[2].kind == TOK_LT)
		error_tok(p, kw + 2, "generic type aliases are not supported");
	if (kw[2].kind != TOK_ASSIGN)
		error_tok(p, kw + 2, "expected `=`, found `%.*s`", kw[2].len, kw[2].text);
	al->state = 1;
}

/* vis39: the next alias of a chain: al's type is another alias's name alone (`type A1 = A0;`), found
 * without recursion (a chain of 100k aliases each naming the one after it stays off the stack) */
static AstAlias *alias_next(Parser *p, AstAlias *al)
{
	const Token *t = (const Token *)al->kw + 3;
	if (t->kind != TOK_IDENT || t[1].kind != TOK_SEMI)
		return NULL;
	AstAlias *next = find_alias(p, t);
	if (next && next->state != 2) {
		alias_named_by(p, next);
		alias_enter(p, next);
	}
	return next;
}

static AstType alias_expand(Parser *p, AstAlias *al)
{
	if (al->state == 2)
		return al->ty;
	alias_enter(p, al);
	const Token *saved = p->tok;
	AstStruct *impl_of = p->impl_of;
	AstEnum *impl_enum = p->impl_enum;
	AstAliasUser user = p->alias_user;
	p->impl_of = NULL;
	p->impl_enum = NULL;
	AstAlias *last = al; /* the chain al .. last, each naming the next alone, all state 1 */
	p->alias_user = (AstAliasUser){ALIAS_USER_ALIAS, last};
	for (AstAlias *next; (next = alias_next(p, last)) && next->state != 2;)
		p->alias_user = (AstAliasUser){ALIAS_USER_ALIAS, last = next};
	p->tok = (const Token *)last->kw + 3;
	enter(p); /* a nest of aliases inside types (`[A; 2]` of `[B; 2]` ..): "nesting too deep" past MAX_NESTING */
	AstType ty = parse_type(p, false, false);
	leave(p);
	if (!at(p, TOK_SEMI))
		error_expected(p, "`;`");
	for (AstAlias *k = al;; k = find_alias(p, (const Token *)k->kw + 3)) {
		k->ty = ty;
		k->state = 2;
		if (k == last)
			break;
	}
	p->tok = saved;
	p->impl_of = impl_of;
	p->impl_enum = impl_enum;
	p->alias_user = user;
	return ty;
}

static AstType alias_type(Parser *p, AstAlias *al)
{
	alias_named_by(p, al);
	return alias_expand(p, al);
}

/* vis39: `type NAME = TYPE;` where it stands: expanded if no use did yet (its errors in source order) */
static AstAlias *parse_alias_item(Parser *p)
{
	const Token *kw = p->tok;
	AstAlias *al = NULL;
	int i = at_ahead(p, 1, TOK_IDENT) ? nameix_find(&p->prog->alias_ix, kw[1].text, (size_t)kw[1].len, alias_key,
	                                                p->prog->aliases) : -1;
	for (AstAlias *q = i < 0 ? NULL : p->prog->aliases[i]; q && !al; q = q->next_same)
		if (q->kw == kw)
			al = q;
	if (!al) /* prescan_items saw every `type NAME =` / `type NAME <` in a block or at the top level */
		error_tok(p, kw, at_ahead(p, 1, TOK_IDENT) ? "type aliases are not supported here" : "expected identifier");
	for (AstAlias *q = p->prog->aliases[i]; q != al; q = q->next_same) /* one scope: E0428, at the item */
		if (q->scope.lo == al->scope.lo)
			error_tok(p, kw, "the name `%s` is defined multiple times", al->ident);
	if (find_struct(p, kw + 1) && find_struct(p, kw + 1)->scope.lo == al->scope.lo)
		error_tok(p, kw, "the name `%s` is defined multiple times", al->ident);
	if (find_enum(p, kw + 1) && find_enum(p, kw + 1)->scope.lo == al->scope.lo)
		error_tok(p, kw, "the name `%s` is defined multiple times", al->ident);
	alias_expand(p, al);
	p->tok = kw + 3;
	for (int depth = 0; !(depth == 0 && at(p, TOK_SEMI)); advance(p)) /* alias_type parsed it: balanced */
		depth += (at(p, TOK_LPAREN) || at(p, TOK_LBRACKET)) - (at(p, TOK_RPAREN) || at(p, TOK_RBRACKET));
	advance(p);
	return al;
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                            */
/* ---------------------------------------------------------------------- */

static AstExpr *parse_expr(Parser *p);
static AstBlock *parse_block(Parser *p);
static AstExpr *parse_block_like(Parser *p);
static AstExpr *parse_labeled(Parser *p);
static AstExpr *parse_binary_rest(Parser *p, AstExpr *lhs, int min_prec);
static AstExpr *parse_postfix_rest(Parser *p, AstExpr *e);

static bool starts_block_like(const Parser *p)
{
	switch (p->tok->kind) {
	case TOK_LBRACE:
	case TOK_IF:
	case TOK_MATCH:
	case TOK_LOOP:
	case TOK_WHILE:
	case TOK_FOR:
	case TOK_UNSAFE:
	case TOK_LIFETIME:
		return true;
	case TOK_ASYNC:
		return at_ahead(p, 1, TOK_LBRACE) || (at_ahead(p, 1, TOK_MOVE) && at_ahead(p, 2, TOK_LBRACE));
	default:
		return false;
	}
}

/* Tokens that may begin an expression: decides whether `break`/`return` have a value. */
static bool starts_expr(const Parser *p)
{
	switch (p->tok->kind) {
	case TOK_INT: case TOK_IDENT: case TOK_TRUE: case TOK_FALSE: case TOK_LPAREN:
	case TOK_LBRACE: case TOK_LBRACKET: case TOK_IF: case TOK_MATCH: case TOK_LOOP:
	case TOK_WHILE: case TOK_FOR: case TOK_UNSAFE: case TOK_ASYNC: case TOK_MOVE:
	case TOK_BREAK: case TOK_CONTINUE: case TOK_RETURN: case TOK_MINUS: case TOK_NOT:
	case TOK_STAR: case TOK_AMP: case TOK_ANDAND: case TOK_PIPE: case TOK_OROR:
	case TOK_DOTDOT: case TOK_LIFETIME: case TOK_SELF_VALUE: case TOK_PATHSEP:
	case TOK_UNDERSCORE: case TOK_LT:
		return true;
	default:
		return false;
	}
}

/* cond = expr  (without `let`) */
static AstExpr *parse_cond(Parser *p, const char *construct)
{
	if (at(p, TOK_LET))
		error_tok(p, p->tok, "`%s let` is not supported", construct);
	bool saved = p->no_struct;
	p->no_struct = true;
	AstExpr *e = parse_expr(p);
	p->no_struct = saved;
	return e;
}

/* if = "if" cond block ("else" (if | block))?
 * if-let = "if" "let" pattern "=" expr block ("else" (if | block))?
 * An else-if chain (issue 23: a firmware's command dispatch has hundreds of links) is parsed in a
 * loop, not by a recursion per link, and every walker over the AST (sema, borrowck, MIR building)
 * iterates over a chain too: a link adds nothing to the tree's height (AstExpr.depth) or to the
 * parser's nesting. An `if let` link is a match (parse_let_match) whose second arm is the next
 * link: the walkers loop over those as over plain `if`s (ast_if_next; iflet25). */
static AstExpr *parse_let_match(Parser *p, const Token *kw);

typedef struct IfLinks { AstExpr **v; int n, cap; } IfLinks;

static void if_link_push(Parser *p, IfLinks *l, AstExpr *e)
{
	if (l->n == l->cap) { /* in the arena, as everything the parser makes (an error longjmps) */
		int cap = l->cap ? 2 * l->cap : 16;
		AstExpr **v = arena_alloc(p->arena, (size_t)cap * sizeof *v);
		if (l->n)
			memcpy(v, l->v, (size_t)l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = e;
}

/* the else branch of a link: EXPR_IF's els, an if-let match's second arm */
static AstExpr **if_else_slot(AstExpr *link)
{
	return link->kind == EXPR_IF ? &link->els : &link->arms[1].body;
}

static AstExpr *parse_if(Parser *p)
{
	IfLinks links = {0};
	enter(p);
	for (;;) {
		const Token *kw = expect(p, TOK_IF);
		AstExpr *e;
		if (at(p, TOK_LET)) {
			e = parse_let_match(p, kw);
		} else {
			e = new_expr(p, EXPR_IF, kw->line, kw->col);
			e->cond = parse_cond(p, "if");
			e->block = parse_block(p);
			set_depth(p, e, e->cond->depth > block_depth(e->block) ? e->cond->depth : block_depth(e->block));
		}
		if (links.n)
			*if_else_slot(links.v[links.n - 1]) = e;
		if_link_push(p, &links, e);
		if (consume(p, TOK_ELSE)) {
			if (at(p, TOK_IF))
				continue;
			const Token *lb = p->tok;
			AstExpr *b = new_expr(p, EXPR_BLOCK, lb->line, lb->col);
			b->block = parse_block(p);
			set_depth(p, b, block_depth(b->block));
			*if_else_slot(e) = b;
		} else if (e->kind == EXPR_MATCH) { /* if-let without else: `{}`, where the then-block ends */
			AstBlock *then = e->arms[0].body->block;
			AstExpr *els = new_expr(p, EXPR_BLOCK, then->end_line, then->end_col);
			els->block = arena_alloc(p->arena, sizeof *els->block);
			els->block->line = els->block->end_line = then->end_line;
			els->block->col = els->block->end_col = then->end_col;
			els->if_let = true;
			e->arms[1].body = els;
		}
		break;
	}
	/* warn35: each link's condition (rustc's If node spans to the chain's end); an `if let`'s
	 * UnusedParens::check_expr also checks its block's statements and its else there */
	for (int i = 0; i < links.n; i++) {
		AstExpr *e = links.v[i];
		EarlyAt at = early_at(p, e->line, e->col, 1);
		if (e->kind == EXPR_IF) {
			early_value(p, at, DELIM_IF, e->cond, true, true);
			continue;
		}
		early_value(p, at, DELIM_LET_SCRUT, e->lhs, true, false);
		const AstBlock *then = e->arms[0].body->block;
		for (int k = 0; k < then->nstmts; k++)
			early_stmt(p, at, &then->stmts[k], NULL, false);
		if (then->tail)
			early_stmt(p, at, NULL, then->tail, false);
		if (i + 1 < links.n)
			early_value(p, at, links.v[i + 1]->kind == EXPR_IF ? DELIM_IF : DELIM_LET_SCRUT,
			            links.v[i + 1]->kind == EXPR_IF ? links.v[i + 1]->cond : links.v[i + 1]->lhs, true, false);
	}
	/* heights, innermost link first: a link (`if` or `if let`) as the else of a link is walked in
	 * the same loop (iflet25), a final else block one level down */
	for (int i = links.n - 1; i >= 0; i--) {
		AstExpr *e = links.v[i], *els = *if_else_slot(e);
		if (!els)
			continue;
		if (i + 1 < links.n) {
			if (els->depth > e->depth)
				e->depth = els->depth;
		} else {
			set_depth(p, e, els->depth);
		}
	}
	leave(p);
	return links.v[0];
}

static AstPattern parse_variant_pattern(Parser *p);
static AstPattern parse_generic_variant_pattern(Parser *p);
static AstPattern parse_struct_pattern(Parser *p);

/* `U` naming a unit struct (tops28): rustc's resolver makes it the struct's pattern (THIR: a leaf of
 * no fields), which tests nothing; here the struct pattern of no fields, as `U {}` */
static AstPattern unit_struct_pattern(Parser *p)
{
	const Token *t = advance(p);
	return (AstPattern){.line = t->line, .col = t->col, .suffix = ATY_VAR, .strukt = find_struct(p, t)};
}

/* An integer type's associated constant ahead (`u8::MAX`, `i32::MIN`, issue 22): the type, else
 * ATY_VAR */
static AstTypeKind at_int_const(Parser *p)
{
	if (!at(p, TOK_IDENT) || !at_ahead(p, 1, TOK_PATHSEP) || !at_ahead(p, 2, TOK_IDENT))
		return ATY_VAR;
	for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++)
		if (tok_is(p->tok, type_names[i].name) && ast_type_is_int(ast_type(type_names[i].kind)))
			return type_names[i].kind;
	return ATY_VAR;
}

/* `u8::MAX`, `i8::MIN`, `u16::BITS` as a pattern or a range bound: rustc resolves the path to the
 * associated constant and const_to_pat makes its value the pattern (MIR prints it `const u8::MAX`),
 * so it is the suffixed literal of that value (`255_u8`, `-128_i8`; BITS a u32). */
static void parse_int_const(Parser *p, uint64_t *value, bool *negative, AstTypeKind *suffix)
{
	AstType t = ast_type(at_int_const(p));
	advance(p);
	advance(p);
	const Token *name = advance(p);
	int bits = ast_type_bits(t);
	uint64_t mask = bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
	bool sgn = ast_type_is_signed(t);
	*negative = false;
	*suffix = t.kind;
	if (tok_is(name, "MAX")) {
		*value = sgn ? mask >> 1 : mask;
	} else if (tok_is(name, "MIN")) {
		*value = sgn ? (mask >> 1) + 1 : 0;
		*negative = sgn;
	} else if (tok_is(name, "BITS")) {
		*value = (uint64_t)bits;
		*suffix = ATY_U32;
	} else {
		error_tok(p, name, "no associated item named `%.*s` found for type `%s` in the current scope",
		          name->len, name->text, ast_type_name(t));
	}
}

/* What ends a pattern (`0..` is a half-open range when one of these follows) */
static bool at_pattern_end(Parser *p)
{
	return at(p, TOK_FATARROW) || at(p, TOK_COMMA) || at(p, TOK_RPAREN) || at(p, TOK_PIPE) ||
	       at(p, TOK_RBRACE) || at(p, TOK_ASSIGN) || at(p, TOK_IF) || at(p, TOK_RBRACKET);
}

/* A range bound that is not one (op the `..=` or `..` before it): rustc 1.95's words. `0..=` before
 * the pattern's end is E0586 at the `..=`; `..=`, or a `-`, with nothing after it "unexpected
 * token" at what follows. */
_Noreturn static void error_range_end(Parser *p, const AstPattern *pat, const Token *op)
{
	char buf[64];
	if (at_pattern_end(p) && !pat->lo_open && !pat->hi_negative && op->kind == TOK_DOTDOTEQ)
		error_tok(p, op, "inclusive range with no end");
	if (at_pattern_end(p) || at(p, TOK_EOF))
		error_tok(p, p->tok, "unexpected token: %s", describe(p->tok, buf, sizeof buf));
	error_tok(p, p->tok, "range pattern bounds other than integer literals, byte literals and "
	                     "integer `MIN`/`MAX` are not supported");
}

/* the upper bound of a range pattern: "-"? int (its suffix the pattern's when the lower bound has none) */
static void parse_range_end(Parser *p, AstPattern *pat)
{
	const Token *t = p->tok, *op = p->tok - 1;
	pat->hi_line = t->line;
	pat->hi_col = t->col;
	pat->hi_negative = consume(p, TOK_MINUS);
	const Token *b = p->tok;
	AstTypeKind suffix;
	if (!pat->hi_negative && at_int_const(p) != ATY_VAR) { /* `0..=u8::MAX` (issue 22) */
		parse_int_const(p, &pat->hi_value, &pat->hi_negative, &suffix);
	} else if (!pat->hi_negative && at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_PATHSEP) && !at_ahead(p, 1, TOK_LPAREN) &&
	           !at_ahead(p, 1, TOK_LBRACE) && find_const(p, p->tok)) { /* const33: `0..=N` */
		const Token *ct = advance(p);
		bool is_bool = false;
		const_pattern(p, ct, find_const(p, ct), &pat->hi_value, &pat->hi_negative, &suffix, &is_bool);
		if (is_bool)
			error_tok(p, ct, "only `char` and numeric types are allowed in range patterns");
	} else if (!pat->hi_negative && at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_PATHSEP) &&
	           !at_ahead(p, 1, TOK_LPAREN) && !at_ahead(p, 1, TOK_LBRACE) && !at_ahead(p, 1, TOK_NOT)) {
		/* `0..=y`: a path bound, resolved by sema (a local is rustc's E0080 from THIR's pattern
		 * lowering, an unknown name resolve's E0425) */
		pat->hi_runtime = true;
		pat->hi_value = (uint64_t)(uintptr_t)tok_name(p, advance(p));
		return;
	} else {
		if (!at(p, TOK_INT))
			error_range_end(p, pat, op);
		const Token *lit = advance(p);
		pat->hi_value = lit->int_value;
		pat->hi_big = lit->int_big;
		suffix = lit->int_suffix;
	}
	if (suffix != ATY_VAR && pat->suffix != ATY_VAR && suffix != pat->suffix)
		error_tok(p, b, "mismatched types");
	/* a char and an unsuffixed integer (ergo29): rustc's typeck, E0308 at the bound whose type is not
	 * the scrutinee's (sema_typeck.c pattern_mismatch) */
	if ((pat->suffix == ATY_CHAR && suffix == ATY_VAR) ||
	    (suffix == ATY_CHAR && pat->suffix == ATY_VAR && !pat->lo_open && !pat->lo_runtime))
		pat->char_int_mix = true;
	if (suffix != ATY_VAR && pat->suffix == ATY_VAR)
		pat->hi_suffix = true;
	if (suffix != ATY_VAR)
		pat->suffix = suffix;
}

/* `y..=5`, `y..5`, `y..` ahead (misc28): a range whose lower bound names a value (rustc: E0080 for a
 * local, from THIR's pattern lowering), not a binding */
static bool at_runtime_lo(Parser *p)
{
	return at(p, TOK_IDENT) && (at_ahead(p, 1, TOK_DOTDOTEQ) || at_ahead(p, 1, TOK_DOTDOT));
}

/* `..=5` or `..5` ahead: a range pattern without lower bound (a `..` before anything else is a
 * tuple pattern's rest) */
static bool at_range_to(Parser *p)
{
	return (at(p, TOK_DOTDOTEQ) || at(p, TOK_DOTDOT)) &&
	       (at_ahead(p, 1, TOK_INT) || at_ahead(p, 1, TOK_MINUS) ||
	        at_ahead(p, 1, TOK_IDENT)); /* `..=u8::MAX` (issue 22), `..=y` (E0080: diag27) */
}

/* pattern = "_" | "-"? int | "true" | "false" | variant-pattern
 *         | range (`0..=9`, `..=5`, `..5`, `10..`, `1..4`) */
static AstPattern parse_pattern(Parser *p)
{
	AstPattern pat = {0};
	const Token *t = p->tok;
	pat.line = t->line;
	pat.col = t->col;
	pat.suffix = ATY_VAR;
	if (consume(p, TOK_UNDERSCORE)) {
		pat.is_wildcard = true;
		return pat;
	}
	if (at(p, TOK_TRUE) || at(p, TOK_FALSE)) {
		pat.is_bool = true;
		pat.value = advance(p)->kind == TOK_TRUE;
		return pat;
	}
	if (at_range_to(p)) { /* `..=5`, `..5` (issue 22 item 4) */
		pat.hi_excl = advance(p)->kind == TOK_DOTDOT;
		pat.is_range = pat.lo_open = true;
		parse_range_end(p, &pat);
		return pat;
	}
	if (at(p, TOK_DOTDOTEQ)) { /* `..=` and no bound (issue 22) */
		pat.lo_open = true;
		advance(p);
		error_range_end(p, &pat, p->tok - 1);
	}
	if (at(p, TOK_DOTDOT) && at_ahead(p, 1, TOK_FATARROW)) /* a rest pattern at the top: rustc's AST lowering */
		error_tok(p, t, "`..` patterns are not allowed here");
	if (consume(p, TOK_MINUS))
		pat.negative = true;
	bool int_const = at_int_const(p) != ATY_VAR; /* `u8::MAX =>`, `i8::MIN..=-1` (issue 22) */
	if (int_const && pat.negative) /* rustc parses `-` and a literal only */
		error_expected(p, "pattern");
	bool kconst = !pat.negative && at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_PATHSEP) && !at_ahead(p, 1, TOK_LPAREN) &&
	              !at_ahead(p, 1, TOK_LBRACE) && find_const(p, p->tok); /* const33: `N =>`, `A..=B` */
	AstConst *aconst = !pat.negative && (at(p, TOK_IDENT) || at(p, TOK_SELF_TYPE)) && at_ahead(p, 1, TOK_PATHSEP) &&
	                   !at_ahead(p, 3, TOK_LPAREN) && !at_ahead(p, 3, TOK_LBRACE) && !at_ahead(p, 3, TOK_PATHSEP)
	                 ? find_assoc_const(p, p->tok, p->tok + 2) : NULL; /* consts35: `S::N =>` */
	const Token *qconst = !pat.negative && !aconst && at_qualified_const(p) ? p->tok : NULL;
	if (qconst) /* consts37: `<S as T>::K =>` */
		aconst = qualified_const(p);
	kconst = kconst || aconst;
	bool lo_runtime = !pat.negative && !kconst && at_runtime_lo(p);
	if (at(p, TOK_INT) || int_const || lo_runtime || kconst) {
		if (kconst) {
			const Token *ct = qconst ? qconst : advance(p);
			if (aconst && !qconst) {
				advance(p);
				advance(p);
			}
			bool is_bool = false;
			const_pattern(p, ct, aconst ? aconst : find_const(p, ct), &pat.value, &pat.negative, &pat.suffix, &is_bool);
			pat.is_bool = is_bool;
			pat.from_const = true;
			if (is_bool && (at(p, TOK_DOTDOT) || at(p, TOK_DOTDOTEQ)))
				error_tok(p, ct, "only `char` and numeric types are allowed in range patterns");
		} else if (lo_runtime) { /* `y..=5` (misc28): resolved by sema as `0..=y`'s bound */
			pat.lo_runtime = true;
			pat.value = (uint64_t)(uintptr_t)tok_name(p, advance(p));
		} else if (int_const) {
			parse_int_const(p, &pat.value, &pat.negative, &pat.suffix);
		} else {
			const Token *lit = advance(p);
			pat.value = lit->int_value;
			pat.big = lit->int_big;
			pat.suffix = lit->int_suffix;
		}
		if (at(p, TOK_DOTDOTDOT)) /* rustc: E0783, at the pattern */
			error_tok(p, t, "`...` range patterns are deprecated");
		if (at(p, TOK_DOTDOT) || at(p, TOK_DOTDOTEQ)) { /* `0..=9`, `1..4`, `10..` (issue 22 item 4) */
			bool incl = advance(p)->kind == TOK_DOTDOTEQ;
			pat.is_range = true;
			if (!incl && (at(p, TOK_FATARROW) || at(p, TOK_COMMA) || at(p, TOK_RPAREN) || at(p, TOK_PIPE) ||
			              at(p, TOK_RBRACE) || at(p, TOK_ASSIGN) || at(p, TOK_IF))) {
				pat.hi_open = true;
				return pat;
			}
			pat.hi_excl = !incl;
			parse_range_end(p, &pat);
		}
		return pat;
	}
	if (pat.negative)
		error_expected(p, "integer literal");
	no_alias_path(p);
	if ((at(p, TOK_IDENT) || at(p, TOK_SELF_TYPE)) && at_ahead(p, 1, TOK_PATHSEP) && find_enum(p, t))
		return parse_variant_pattern(p);
	if (at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_PATHSEP) && is_generic_variant(t))
		return parse_generic_variant_pattern(p);
	if ((at(p, TOK_IDENT) || at(p, TOK_SELF_TYPE)) && find_struct(p, t) &&
	    (at_ahead(p, 1, TOK_LBRACE) || at_ahead(p, 1, TOK_LPAREN))) {
		/* a struct pattern at the top (issue 22 item 4: `S { a: 0, .. }`, `P(x, _)`; vis39: `Self { a, .. }`) */
		enter(p);
		pat = parse_struct_pattern(p);
		leave(p);
		return pat;
	}
	if (at(p, TOK_SELF_TYPE) && p->impl_of && p->impl_of->is_unit && !at_ahead(p, 1, TOK_PATHSEP))
		return unit_struct_pattern(p); /* vis39 */
	if (at(p, TOK_IDENT)) {
		if (at_ahead(p, 1, TOK_PATHSEP) || at_ahead(p, 1, TOK_LPAREN) || at_ahead(p, 1, TOK_LBRACE))
			error_tok(p, t, "enum and struct patterns are not supported");
		if (find_struct(p, t) && find_struct(p, t)->is_unit)
			return unit_struct_pattern(p);
		if (find_struct(p, t) && find_struct(p, t)->is_tuple) /* rustc's resolver: E0530 */
			error_tok(p, t, "%s bindings cannot shadow tuple structs", p->in_arm ? "match" : "let");
		error_tok(p, t, "binding patterns are not supported");
	}
	if (at(p, TOK_LPAREN))
		error_tok(p, t, "tuple patterns are not supported");
	if (at(p, TOK_DOTDOT))
		error_tok(p, t, "range patterns are not supported");
	if (at(p, TOK_AMP) || at(p, TOK_REF))
		error_tok(p, t, "reference patterns are not supported");
	if (at(p, TOK_MUT))
		error_tok(p, t, "binding patterns are not supported");
	error_expected(p, "pattern");
}

/* A binding ahead at the top of a pattern (issue 22, bind27): `mut`, or an identifier that names no
 * enum path, no `Some` / `None` / `Ok` / `Err`, no unit struct and no integer type's constant. rustc's
 * resolver makes an identifier that names a unit struct or unit variant in scope that pattern, any
 * other a fresh binding (an upper-case one too: a warning in rustc, none here). */
static bool at_top_binding(Parser *p)
{
	if (at(p, TOK_MUT) || at(p, TOK_REF)) /* `ref x` / `ref mut x` (tops28) */
		return true;
	if (!at(p, TOK_IDENT) || at_ahead(p, 1, TOK_PATHSEP) || at_ahead(p, 1, TOK_LPAREN) ||
	    at_ahead(p, 1, TOK_LBRACE) || at_runtime_lo(p))
		return false;
	/* a braced struct's name is no value: a binding; a tuple struct's (warn33) too: rustc's resolver
	 * reports E0530 and goes on with a fresh binding (new_var notes it for sema_resolve.c); a unit
	 * struct's is its pattern, and a const's (const33) */
	const AstStruct *st = find_struct(p, p->tok);
	return !is_generic_variant(p->tok) && !(st && st->is_unit) && !find_const(p, p->tok);
}

/* binding = ("ref" "mut"? | "mut")? ident: the name's token, its mode in *by and *is_mut */
static const Token *parse_binding_head(Parser *p, AstByRef *by, bool *is_mut)
{
	*by = BY_VALUE;
	if (consume(p, TOK_REF))
		*by = consume(p, TOK_MUT) ? BY_REF_MUT : BY_REF;
	*is_mut = !*by && consume(p, TOK_MUT);
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_expected(p, "identifier");
	advance(p);
	return name;
}

/* `x @ y @ p` (bind29, rustc's bindings_after_at): at the binding after an `@`, the bindings
 * chained on sp->inner (`ref`, `mut` kept: sema refuses what it does not admit); true when a
 * subpattern follows the last binding's `@` (at it), false at the chain's end */
static bool parse_at_chain(Parser *p, AstSubPattern *sp, bool (*at_binding)(Parser *p))
{
	AstSubPattern **link = &sp->inner;
	for (int n = 1; at_binding(p); n++) {
		const Token *t = p->tok;
		if (n == 64) /* the builder's bound (build_nested.c top_chain) */
			error_tok(p, t, "more than 63 bindings after `@` are not supported");
		AstSubPattern *in = arena_alloc(p->arena, sizeof *in);
		*in = (AstSubPattern){.line = t->line, .col = t->col, .field = sp->field};
		AstByRef by;
		bool is_mut;
		const Token *name = parse_binding_head(p, &by, &is_mut);
		in->var = new_var(p, name, VAR_LET, is_mut);
		in->var->by_ref = (uint8_t)by;
		*link = in;
		link = &in->inner;
		if (!consume(p, TOK_AT))
			return false;
		if (at_pattern_end(p) || at(p, TOK_EOF)) /* `k @ j @ =>`: rustc 1.95's parser */
			error_expected(p, "binding pattern");
	}
	return true;
}

/* top-pattern = "mut"? ident ("@" pattern)? | pattern: a binding of the whole scrutinee (rustc's
 * PatKind::Binding, `subpattern: Some(p)` after `@`) goes to *top (var NULL: none), the pattern
 * returned is its subpattern, `_` (at the name) for a plain binding, so every walker over the tests
 * sees the subpattern and the binding walkers visit the binding first (ast_arm_each_binding) */
static AstPattern parse_top_pattern(Parser *p, AstSubPattern *top)
{
	*top = (AstSubPattern){.line = p->tok->line, .col = p->tok->col, .field = -1};
	if (at(p, TOK_AMP) || at(p, TOK_ANDAND)) { /* `&p` / `&mut p` (ergo28): rustc's PatKind::Ref, p a variant,
		                                             struct or literal pattern; `&&p` (ergo30): AST_DEREF_TWICE */
		const Token *amp = advance(p);
		uint8_t twice = amp->kind == TOK_ANDAND ? AST_DEREF_TWICE : 0;
		bool is_mut = !twice && consume(p, TOK_MUT);
		int dcol = 1; /* the second layer's `&`, from the first's (`&&`: split) */
		if (!twice && at(p, TOK_AMP) && !at_ahead(p, 1, TOK_AMP) && !at_ahead(p, 1, TOK_ANDAND)) {
			dcol = p->tok->line == amp->line ? p->tok->col - amp->col : 1;
			advance(p); /* pat36: `& &p`, `&mut &p`, `&mut &mut p`: two layers */
			twice = AST_DEREF_TWICE;
		}
		if (twice && consume(p, TOK_MUT)) /* pat36: `&&mut p` */
			twice |= AST_DEREF_MUT2;
		int dcol3 = 0; /* mref39: a `let`'s third layer (`let &&&S { .. }`, `let &mut &&mut S { .. }`), its
		                  `&`'s column from the first's */
		if (twice && p->let_layers && at(p, TOK_AMP) && !at_ahead(p, 1, TOK_AMP) && !at_ahead(p, 1, TOK_ANDAND)) {
			dcol3 = p->tok->line == amp->line ? p->tok->col - amp->col : 1;
			advance(p);
			twice |= AST_DEREF_THRICE | (consume(p, TOK_MUT) ? AST_DEREF_MUT3 : 0);
		}
		if (at(p, TOK_AMP) || at(p, TOK_ANDAND) || at(p, TOK_REF))
			error_tok(p, amp, "a reference pattern of a reference or `ref` pattern is not supported");
		if (at(p, TOK_UNDERSCORE) || at_top_binding(p)) { /* `&x`, `&mut x`, `&_` (ergo29): the wildcard
		                                                    under the deref, x a by-value top binding of it */
			AstPattern pat = {.line = amp->line, .col = amp->col, .suffix = ATY_VAR, .is_wildcard = true,
			                  .deref = (is_mut ? 2 : 1) | twice, .hi_line = amp->line, .hi_col = amp->col,
			                  .hi_value = twice ? (uint64_t)dcol | (uint64_t)dcol3 << 32 : 0}; /* mref39: the
			                                                                        layers' `&`s, for E0308 */
			if (consume(p, TOK_UNDERSCORE))
				return pat;
			top->line = p->tok->line;
			top->col = p->tok->col;
			bool bmut = consume(p, TOK_MUT);
			const Token *name = p->tok;
			if (!at(p, TOK_IDENT))
				error_expected(p, "identifier");
			advance(p);
			if (at(p, TOK_AT))
				error_tok(p, p->tok, "`@` under a reference pattern is not supported");
			top->var = new_var(p, name, VAR_LET, bmut);
			return pat;
		}
		AstPattern pat = parse_pattern(p);
		if (pat.is_range) /* `&0..=5`: rustc's parser asks for parentheses, which are tuples here */
			error_at(p, pat.line, pat.col, "the range pattern here has ambiguous interpretation");
		pat.deref = (is_mut ? 2 : 1) | twice;
		pat.hi_line = amp->line; /* a range's upper bound; under `&`, the `&` (rustc's span of the
		                            pattern: its E0308) */
		pat.hi_col = amp->col;
		if (twice) /* pat36: a range's upper bound; under two layers, the second `&`'s column from the first's
		              (mref39: the third's in the upper half) */
			pat.hi_value = (uint64_t)dcol | (uint64_t)dcol3 << 32;
		return pat;
	}
	if (!at_top_binding(p))
		return parse_pattern(p);
	AstByRef by; /* tops28: `ref x =>`, a binding by reference of the whole place */
	bool is_mut;
	const Token *head = p->tok;
	const Token *name = parse_binding_head(p, &by, &is_mut);
	AstPattern pat = {.line = name->line, .col = name->col, .suffix = ATY_VAR, .is_wildcard = true};
	if (consume(p, TOK_AT)) {
		if (at_pattern_end(p) || at(p, TOK_EOF)) /* `k @ =>`: rustc 1.95's parser */
			error_expected(p, "binding pattern");
		top->var = new_var(p, name, VAR_LET, is_mut); /* before the chain's: source order */
		if (parse_at_chain(p, top, at_top_binding)) {
			const Token *lp = p->tok;
			bool paren = consume(p, TOK_LPAREN); /* `w @ (0..=9)`: HIR keeps no parentheses */
			enter(p);
			pat = parse_pattern(p);
			leave(p);
			if (paren && at(p, TOK_PIPE)) { /* `n @ (1 | 2)` (bind29): the caller makes them an arm's
			                                    alternatives binding n once (AstMatchArm.top_merged) */
				uint32_t cap = 0;
				p->top_or = NULL;
				p->ntop_or = 0;
				while (consume(p, TOK_PIPE)) {
					enter(p);
					AstPattern *alt = VEC_PUSH(p->arena, p->top_or, p->ntop_or, cap);
					if (at_top_binding(p))
						error_tok(p, p->tok, "bindings in an or-pattern after `@` are not supported");
					*alt = parse_pattern(p);
					leave(p);
				}
			}
			if (paren)
				expect(p, TOK_RPAREN);
			if (paren && !p->top_or && !pat.is_range) /* warn35: unused_parens of `x @ (p)` */
				early_paren_pattern(p->prog, early_at(p, head->line, head->col, 1), lp->line, lp->col);
		} else {
			pat.line = p->tok[-1].line; /* `x @ y`: the wildcard at y, its last binding */
			pat.col = p->tok[-1].col;
		}
	}
	if (!top->var)
		top->var = new_var(p, name, VAR_LET, is_mut);
	top->var->by_ref = (uint8_t)by;
	return pat;
}

static bool pattern_has_binding(const AstPattern *pat);

/* `x @ (p | q)` (bind29), parse_top_pattern's first alternative and p->top_or the others: arm a's
 * patterns, each with the binding (one variable; its chain shared), bound once over the merged
 * alternatives (top_merged: rustc's subcandidates bind nothing and merge_trivial_subcandidates
 * merges them). Alone in the arm and binding nothing inside (else "not supported"). */
static void take_top_or(Parser *p, AstMatchArm *a, const AstPattern *first, const AstSubPattern *top, const Token *t)
{
	if (a->npats || at(p, TOK_PIPE))
		error_tok(p, t, "an or-pattern beside `x @ (p | q)` is not supported");
	int n = p->ntop_or + 1;
	a->pats = arena_alloc(p->arena, (size_t)n * sizeof *a->pats);
	a->tops = arena_alloc(p->arena, (size_t)n * sizeof *a->tops);
	a->npats = n;
	a->top_merged = true;
	a->top_or = true;
	for (int k = 0; k < n; k++) {
		a->pats[k] = k ? p->top_or[k - 1] : *first;
		if ((a->pats[k].enm || a->pats[k].strukt) && pattern_has_binding(&a->pats[k]))
			a->top_merged = false; /* bind30: `w @ (E::A(k) | E::B(k))`, rustc's subcandidates bind (not
			                          merged): each a leaf binding its k, then w, as `w @ E::A(k) | w @ E::B(k)` */
		a->tops[k] = *top;
		a->tops[k].nested = &a->pats[k];
	}
	p->top_or = NULL;
	p->ntop_or = 0;
}

static void set_tops(AstMatchArm *a, AstSubPattern *tops);

/* An arm's alternatives as parse_top_pattern reads them (bind33): pushed one by one, `x @ (p | q)`'s
 * (p->top_or set) as a group of alternatives sharing its top binding */
typedef struct {
	AstSubPattern *tops;
	int ntops;
	uint32_t pats_cap, tops_cap, group_cap;
	int *group;
	int ngroup;
	int g;          /* groups pushed */
	bool grouped;   /* some group holds several alternatives */
} TopAlts;

/* An arm's alternatives start with room for two (speed38): most or-patterns are `p | q`, and
 * VEC_PUSH's first room of 8 gave every such arm 1.4 KB of arrays for 360 bytes used (41 MB of the
 * parse at 100k guarded literal arms, every other one an or-pattern; massif) */
static TopAlts top_alts_new(Parser *p, AstMatchArm *a)
{
	enum { FIRST = 2 };
	TopAlts ta = {0};
	a->pats = arena_alloc_uninit(p->arena, FIRST * sizeof *a->pats);
	ta.tops = arena_alloc_uninit(p->arena, FIRST * sizeof *ta.tops);
	ta.group = arena_alloc_uninit(p->arena, FIRST * sizeof *ta.group);
	ta.pats_cap = ta.tops_cap = ta.group_cap = FIRST;
	return ta;
}

static void push_top_alt(Parser *p, AstMatchArm *a, TopAlts *ta, const AstPattern *pat, const AstSubPattern *top)
{
	int n = p->top_or ? p->ntop_or + 1 : 1;
	for (int k = 0; k < n; k++) {
		*VEC_PUSH(p->arena, a->pats, a->npats, ta->pats_cap) = k ? p->top_or[k - 1] : *pat;
		*VEC_PUSH(p->arena, ta->tops, ta->ntops, ta->tops_cap) = *top;
		*VEC_PUSH(p->arena, ta->group, ta->ngroup, ta->group_cap) = ta->g;
	}
	ta->grouped |= n > 1;
	ta->g++;
	p->top_or = NULL;
	p->ntop_or = 0;
}

/* the arm's alternatives read by push_top_alt: its tops (set_tops), its groups when one has several */
static void finish_top_alts(AstMatchArm *a, TopAlts *ta)
{
	set_tops(a, ta->tops);
	if (ta->grouped) /* every group's alternatives bind at the top: tops kept */
		a->top_group = ta->group;
}

/* the arm's top bindings (tops parallel to its patterns): kept when one binds, each holding its
 * pattern as a `k @ p` field holds p (tops[k].nested), for the walkers over bindings */
static void set_tops(AstMatchArm *a, AstSubPattern *tops)
{
	for (int k = 0; k < a->npats; k++)
		if (tops[k].var) {
			a->tops = tops;
			for (int j = 0; j < a->npats; j++)
				tops[j].nested = &a->pats[j];
			return;
		}
}

/* match = "match" expr "{" (arm ","?)* "}"
 * arm = "|"? pattern ("|" pattern)* "=>" expr */
/* `if let` / `while let` (issue 22 item 4): rustc's THIR builds `if let P = e { A } else { B }`
 * as a match of e, its MIR a PlaceMention of the scrutinee and a switch on its discriminant with
 * the pattern's bindings in the then-branch: the same as `match e { P => { A }, _ => { B } }`
 * (rustc 1.95's dumps, edition 2021: blocks, statements and locals alike), which the parser makes;
 * `while let P = e { A }` is HIR's `loop { if let P = e { A } else { break } }`. */

/* `let P = e { A }` of an if-let or while-let, as `match e { P => { A }, _ => .. }` (the
 * second arm's body left to the caller) */
static AstExpr *parse_let_match(Parser *p, const Token *kw)
{
	expect(p, TOK_LET);
	AstExpr *e = new_expr(p, EXPR_MATCH, kw->line, kw->col);
	e->if_let = true;
	e->arms = arena_alloc(p->arena, 2 * sizeof *e->arms);
	e->narms = 2;
	AstMatchArm *a = &e->arms[0];
	a->line = p->tok->line;
	a->col = p->tok->col;
	consume(p, TOK_PIPE);
	TopAlts ta = {0};
	bool took_or = false;
	do { /* an or-pattern (issue 22 item 4: `if let E::A(x) | E::B(x) = e`) */
		const Token *pt = p->tok;
		AstSubPattern one;
		AstPattern first = parse_top_pattern(p, &one);
		if (p->top_or && !a->npats && !at(p, TOK_PIPE)) { /* `if let n @ (1 | 2) = x` (bind29) */
			take_top_or(p, a, &first, &one, pt);
			took_or = true;
			break;
		}
		if (!first.enm && !first.strukt && !first.is_range && first.is_wildcard && !one.var) /* a range or literal (issue 22) */
			error_tok(p, pt, "`%s let` with a pattern other than an enum variant is not supported",
			          kw->kind == TOK_IF ? "if" : "while");
		push_top_alt(p, a, &ta, &first, &one); /* `x @ (1 | 2) | x @ 5` (bind33): a group */
	} while (consume(p, TOK_PIPE));
	if (!took_or)
		finish_top_alts(a, &ta);
	expect(p, TOK_ASSIGN);
	bool saved = p->no_struct;
	p->no_struct = true;
	e->lhs = parse_expr(p);
	p->no_struct = saved;
	if (e->lhs->kind == EXPR_BINARY && (e->lhs->bin_op == AOP_AND || e->lhs->bin_op == AOP_OR))
		error_tok(p, kw, "let chains are not supported");
	const Token *lb = p->tok;
	a->body = new_expr(p, EXPR_BLOCK, lb->line, lb->col);
	a->body->block = parse_block(p);
	set_depth(p, a->body, block_depth(a->body->block));
	AstMatchArm *w = &e->arms[1];
	w->line = kw->line;
	w->col = kw->col;
	w->pats = arena_alloc(p->arena, sizeof *w->pats);
	w->npats = 1;
	w->pats[0].is_wildcard = true;
	w->pats[0].line = kw->line;
	w->pats[0].col = kw->col;
	w->pats[0].suffix = ATY_VAR;
	set_depth(p, e, e->lhs->depth > a->body->depth ? e->lhs->depth : a->body->depth);
	return e;
}

/* while-let = "while" "let" pattern "=" expr block: `loop { match e { P => { A }, _ => break } }`;
 * the caller consumed `while` */
static AstExpr *parse_while_let(Parser *p, const Token *kw)
{
	enter(p);
	AstExpr *e = new_expr(p, EXPR_LOOP, kw->line, kw->col);
	e->while_let = true;
	AstExpr *m = parse_let_match(p, kw);
	/* HIR's else: a block holding the statement `break` without a semicolon (StmtKind::Expr:
	 * typeck coerces it to `()`, THIR's NeverToAny, a unit temporary in the MIR) */
	AstExpr *brk = new_expr(p, EXPR_BREAK, kw->line, kw->col);
	AstExpr *els = new_expr(p, EXPR_BLOCK, kw->line, kw->col);
	els->block = arena_alloc(p->arena, sizeof *els->block);
	els->block->line = els->block->end_line = kw->line;
	els->block->col = els->block->end_col = kw->col;
	els->block->stmts = arena_alloc(p->arena, sizeof *els->block->stmts);
	els->block->nstmts = 1;
	els->block->stmts[0] = (AstStmt){.kind = ASTMT_EXPR, .line = kw->line, .col = kw->col, .expr = brk};
	set_depth(p, els, 1);
	m->arms[1].body = els;
	AstBlock *body = m->arms[0].body->block;
	e->block = arena_alloc(p->arena, sizeof *e->block);
	e->block->line = body->line;
	e->block->col = body->col;
	e->block->end_line = body->end_line;
	e->block->end_col = body->end_col;
	e->block->tail = m;
	set_depth(p, e, m->depth + 1);
	early_value(p, early_at(p, kw->line, kw->col, 1), DELIM_LET_SCRUT, m->lhs, true, false); /* warn35 */
	leave(p);
	return e;
}

/* arm-head = "|"? pattern ("|" pattern)* ("if" expr)?: a match arm's patterns and guard (matches! too) */
static void parse_arm_head(Parser *p, AstMatchArm *arm)
{
	arm->line = p->tok->line;
	arm->col = p->tok->col;
	consume(p, TOK_PIPE);
	/* an arm of one pattern (most) gets an array of one: VEC_PUSH's first
	 * capacity is 8 patterns of 128 bytes (a `match` of 100k arms: 102 MB
	 * of AST, 13 MB of it read, with the sync twin's parse twice) */
	AstSubPattern top;
	const Token *first_tok = p->tok;
	p->in_arm = true;
	AstPattern first = parse_top_pattern(p, &top);
	if (p->top_or && !at(p, TOK_PIPE)) {
		take_top_or(p, arm, &first, &top, first_tok);
	} else if (!at(p, TOK_PIPE)) {
		arm->pats = arena_alloc_uninit(p->arena, sizeof *arm->pats);
		arm->pats[0] = first;
		arm->npats = 1;
		if (top.var) { /* `n =>`, `k @ 1..=5 =>` (issue 22, bind27) */
			arm->tops = arena_alloc(p->arena, sizeof *arm->tops);
			arm->tops[0] = top;
			arm->tops[0].nested = &arm->pats[0];
		}
	} else { /* `x @ (1 | 2) | x @ 5` too (bind33) */
		TopAlts ta = top_alts_new(p, arm);
		push_top_alt(p, arm, &ta, &first, &top);
		while (consume(p, TOK_PIPE)) {
			AstSubPattern t;
			AstPattern alt = parse_top_pattern(p, &t);
			push_top_alt(p, arm, &ta, &alt, &t);
		}
		finish_top_alts(arm, &ta);
	}
	p->in_arm = false;
	if (consume(p, TOK_IF)) { /* a match guard (issue 22, guard27) */
		bool ns = p->no_struct;
		p->no_struct = false;
		arm->guard = parse_expr(p);
		p->no_struct = ns;
	}
}

/* mac40: a string literal as a macro's argument (the lexer's TOK_ERROR for it, which advance would report):
 * its text unescaped; plain `"..."` with the escapes `\n \r \t \\ \0 \' \"` only, no `{` `}` */
static const char *macro_string(Parser *p, const Token *mac)
{
	const Token *t = p->tok;
	if (t->kind != TOK_ERROR || t->text[0] != '"' || strcmp(t->error, "string literals are not supported") != 0)
		error_tok(p, t, "`%.*s!` with an argument other than a string literal is not supported", mac->len, mac->text);
	size_t n = 0;
	while (t->text[1 + n] != '"')
		n += t->text[1 + n] == '\\' ? 2 : 1;
	char *s = arena_alloc(p->arena, n + 1), *q = s;
	for (const char *c = t->text + 1; c < t->text + 1 + n; c++) {
		if (*c == '{' || *c == '}')
			error_tok(p, t, "format arguments in `%.*s!` are not supported", mac->len, mac->text);
		if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7f || (*c == '\\' && !strchr("nrt\\0'\"", c[1])))
			error_tok(p, t, "this string literal in `%.*s!` is not supported (an escape or a character other than "
			          "printable ASCII and \\n \\r \\t \\\\ \\0 \\' \\\")", mac->len, mac->text);
		if (*c != '\\') {
			*q++ = *c;
			continue;
		}
		c++;
		*q++ = *c == 'n' ? '\n' : *c == 'r' ? '\r' : *c == 't' ? '\t' : *c == '0' ? 0 : *c;
	}
	*q = 0;
	advance(p);
	return s;
}

/* `(` of a macro: stepped over without advance's report of a string literal after it */
static void macro_open(Parser *p, const Token *mac)
{
	if (!at(p, TOK_LPAREN))
		error_tok(p, p->tok, "`%.*s!` with braces or brackets is not supported", mac->len, mac->text);
	p->tok++;
}

/* `, "literal"`? `,`? `)` after a macro's first arguments; the literal or NULL */
static const char *macro_message(Parser *p, const Token *mac, bool first)
{
	const char *msg = NULL;
	if (first ? !at(p, TOK_RPAREN) : at(p, TOK_COMMA) && !at_ahead(p, 1, TOK_RPAREN)) {
		if (!first)
			p->tok++;
		msg = macro_string(p, mac);
		if (at(p, TOK_COMMA) && !at_ahead(p, 1, TOK_RPAREN))
			error_tok(p, p->tok + 1, "format arguments in `%.*s!` are not supported", mac->len, mac->text);
	}
	consume(p, TOK_COMMA);
	expect(p, TOK_RPAREN);
	return msg;
}

/* macro-call = name "!" "(" args ")": matches!, panic!, unreachable!, todo!, unimplemented!, assert!,
 * debug_assert! (frontend/macro.c expands them as rustc's std); any other macro is refused, named */
static AstExpr *parse_macro(Parser *p)
{
	const Token *mac = p->tok;
	MacroKind k = macro_kind(mac->text, mac->len);
	if (k == MACRO_NONE)
		error_tok(p, mac, "the macro `%.*s!` is not supported", mac->len, mac->text);
	enter(p);
	advance(p);
	p->tok++; /* `!` */
	macro_open(p, mac);
	AstExpr *e;
	if (k == MACRO_MATCHES) {
		bool ns = p->no_struct;
		p->no_struct = false;
		AstExpr *scrut = parse_expr(p);
		expect(p, TOK_COMMA);
		AstMatchArm arm = {0};
		parse_arm_head(p, &arm);
		p->no_struct = ns;
		consume(p, TOK_COMMA);
		expect(p, TOK_RPAREN);
		e = macro_matches(p->arena, mac->line, mac->col, scrut, &arm);
	} else if (k == MACRO_ASSERT || k == MACRO_DEBUG_ASSERT) {
		bool ns = p->no_struct;
		p->no_struct = false;
		const Token *lo = p->tok;
		AstExpr *cond = parse_expr(p);
		const Token *hi = p->tok;
		p->no_struct = ns;
		const char *msg = macro_message(p, mac, false);
		const char *text = macro_tokens_text(p->arena, lo, hi);
		for (const Token *t = lo; !msg && t < hi; t++)
			if (t->kind == TOK_LBRACE)
				error_tok(p, lo, "an `%.*s!` condition holding a block is not supported (its message)", mac->len, mac->text);
		if (!msg && strlen(text) > 78)
			error_tok(p, lo, "an `%.*s!` condition longer than 78 characters is not supported (rustc breaks its message's "
			          "line)", mac->len, mac->text);
		e = macro_assert(p->arena, k, mac->line, mac->col, cond, text, msg);
	} else {
		const char *msg = macro_message(p, mac, true);
		if (msg && (k == MACRO_TODO || k == MACRO_UNIMPLEMENTED))
			error_tok(p, mac, "`%.*s!` with a message is not supported", mac->len, mac->text);
		e = macro_panic(p->arena, k, mac->line, mac->col, msg);
	}
	set_depth(p, e, e->depth - 1);
	leave(p);
	return e;
}

static AstExpr *parse_match(Parser *p)
{
	const Token *kw = expect(p, TOK_MATCH);
	enter(p);
	AstExpr *e = new_expr(p, EXPR_MATCH, kw->line, kw->col);
	bool saved = p->no_struct;
	p->no_struct = true;
	e->lhs = parse_expr(p);
	p->no_struct = saved;
	int d = e->lhs->depth;
	expect(p, TOK_LBRACE);
	uint32_t arms_cap = 0;
	while (!at(p, TOK_RBRACE)) {
		AstMatchArm arm = {0};
		parse_arm_head(p, &arm);
		if (arm.guard && arm.guard->depth > d)
			d = arm.guard->depth;
		if (at(p, TOK_AT))
			error_tok(p, p->tok, "binding patterns are not supported");
		if (!consume(p, TOK_FATARROW)) {
			char buf[64];
			const AstPattern *last = &arm.pats[arm.npats - 1];
			error_tok(p, p->tok, "expected one of %s`=>`, `if`, or `|`, found %s",
			          last->is_wildcard || last->is_bool || last->is_range ? "" : "`...`, `..=`, `..`, ",
			          describe(p->tok, buf, sizeof buf));
		}
		bool block_like = starts_block_like(p);
		if (block_like) {
			arm.body = parse_block_like(p);
			if (at(p, TOK_DOT) || at(p, TOK_QUESTION)) {
				arm.body = parse_binary_rest(p, parse_postfix_rest(p, arm.body), 0);
				block_like = false;
			}
		} else {
			arm.body = parse_expr(p);
		}
		if (arm.body->depth > d)
			d = arm.body->depth;
		*VEC_PUSH(p->arena, e->arms, e->narms, arms_cap) = arm;
		if (!consume(p, TOK_COMMA) && !at(p, TOK_RBRACE) && !block_like)
			error_expected(p, "`,` following `match` arm");
	}
	expect(p, TOK_RBRACE);
	set_depth(p, e, d);
	EarlyAt at = early_at(p, kw->line, kw->col, 1); /* warn35: the arms' values, then the scrutinee */
	for (int i = 0; i < e->narms; i++)
		early_value(p, at, DELIM_MATCH_ARM, e->arms[i].body, false, false);
	early_value(p, at, DELIM_MATCH_SCRUT, e->lhs, true, false);
	leave(p);
	return e;
}

/* async-block = "async" "move"? block */
static AstExpr *parse_async_block(Parser *p)
{
	const Token *kw = expect(p, TOK_ASYNC);
	AstExpr *e = new_expr(p, EXPR_ASYNC, kw->line, kw->col);
	AstAsyncBlock *ab = arena_alloc(p->arena, sizeof *ab);
	ab->is_move = consume(p, TOK_MOVE);
	if (at(p, TOK_PIPE) || at(p, TOK_OROR))
		error_tok(p, kw, "closures are not supported");
	ab->id = p->prog->nasync;
	*VEC_PUSH(p->prog->arena, p->prog->async_blocks, p->prog->nasync, p->prog->async_cap) = ab;
	ab->index_in_fn = p->fn->nasync;
	*VEC_PUSH(p->prog->arena, p->fn->async_blocks, p->fn->nasync, p->fn->async_cap) = ab;
	ab->fn = p->fn;
	ab->parent = p->async_block;
	ab->line = kw->line;
	ab->col = kw->col;
	ab->expr = e;
	ab->output = ast_type(ATY_VAR);
	ab->output.id = -1;
	e->async_block = ab;
	p->async_block = ab;
	ab->body = parse_block(p);
	p->async_block = ab->parent;
	set_depth(p, e, block_depth(ab->body));
	return e;
}

static AstExpr *parse_for(Parser *p, const Token *kw);

/* block-like = block | if | match | "loop" block | "while" cond block | async-block */
static AstExpr *parse_block_like(Parser *p)
{
	const Token *t = p->tok;
	AstExpr *e;
	switch (t->kind) {
	case TOK_LBRACE:
		e = new_expr(p, EXPR_BLOCK, t->line, t->col);
		e->block = parse_block(p);
		set_depth(p, e, block_depth(e->block));
		return e;
	case TOK_IF:
		return parse_if(p);
	case TOK_MATCH:
		return parse_match(p);
	case TOK_LOOP:
		advance(p);
		e = new_expr(p, EXPR_LOOP, t->line, t->col);
		e->block = parse_block(p);
		set_depth(p, e, block_depth(e->block));
		return e;
	case TOK_WHILE:
		advance(p);
		if (at(p, TOK_LET))
			return parse_while_let(p, t);
		if (p->label) /* flow40: a labeled while's span (while_true's) starts at its label */
			t = p->label;
		p->label = NULL;
		enter(p);
		e = new_expr(p, EXPR_WHILE, t->line, t->col);
		e->cond = parse_cond(p, "while");
		e->block = parse_block(p);
		set_depth(p, e, e->cond->depth > block_depth(e->block) ? e->cond->depth : block_depth(e->block));
		early_value(p, early_at(p, t->line, t->col, 1), DELIM_WHILE, e->cond, true, true); /* warn35 */
		if (e->cond->kind == EXPR_BOOL && e->cond->bool_value) /* after unused_parens: the passes' order */
			early_while_true(p->prog, early_at(p, t->line, t->col, 1));
		leave(p);
		return e;
	case TOK_ASYNC:
		return parse_async_block(p);
	case TOK_FOR:
		return parse_for(p, t);
	case TOK_UNSAFE:
		error_tok(p, t, "unsafe blocks are not supported");
	case TOK_LIFETIME:
		return parse_labeled(p);
	default:
		error_expected(p, "expression");
	}
}

/* labeled = LABEL ":" ("loop" block | "while" cond block | "while" "let" .. | block) (flow40); a labeled
 * `for` is the for loop's own (its parser is reached through parse_block_like and keeps the label the
 * same way: name and op_line/op_col on the loop expression) */
static AstExpr *parse_labeled(Parser *p)
{
	const Token *label = p->tok;
	advance(p);
	expect(p, TOK_COLON);
	if (!at(p, TOK_LOOP) && !at(p, TOK_WHILE) && !at(p, TOK_LBRACE) && !at(p, TOK_FOR))
		error_tok(p, p->tok, "expected `while`, `for`, `loop` or `{` after a label");
	p->label = at(p, TOK_WHILE) ? label : NULL;
	AstExpr *e = parse_block_like(p);
	p->label = NULL;
	e->name = tok_name(p, label);
	e->op_line = label->line;
	e->op_col = label->col;
	if (label->len < 2 || label->text[1] != '_') /* rustc: `'_x` labels are never reported */
		early_label(p->prog, early_at(p, label->line, label->col, 1), e);
	return e;
}

/* An expression inside delimiters: struct literals are allowed again. */
static AstExpr *parse_expr_struct_ok(Parser *p)
{
	bool saved = p->no_struct;
	p->no_struct = false;
	AstExpr *e = parse_expr(p);
	p->no_struct = saved;
	return e;
}

/* A tuple struct's constructor call `S(a, b)`: THIR makes it an ADT expression. */
static AstExpr *struct_of_call(Parser *p, AstExpr *call, AstStruct *st)
{
	AstExpr **args = call->args;
	int n = call->nargs;
	AstExpr *e = call;
	e->kind = EXPR_STRUCT;
	e->strukt = st;
	e->ctor_call = true;
	e->ninits = n;
	e->inits = arena_alloc(p->arena, ((size_t)n + 1) * sizeof *e->inits);
	for (int i = 0; i < n; i++) {
		e->inits[i].name = NULL;
		e->inits[i].line = args[i]->line;
		e->inits[i].col = args[i]->col;
		e->inits[i].field = i;
		e->inits[i].value = args[i];
	}
	return e;
}

static AstExpr *parse_struct_literal(Parser *p, AstStruct *st);
static AstExpr *parse_call(Parser *p, const Token *name);

/* vis39: `Self { .. }` and `Self(..)` in an impl of struct p->impl_of, as its name would be */
static AstExpr *self_struct_expr(Parser *p)
{
	const Token *t = p->tok;
	AstStruct *st = p->impl_of;
	if (at_ahead(p, 1, TOK_LBRACE) && !p->no_struct && !st->is_tuple)
		return parse_struct_literal(p, st);
	if (at_ahead(p, 1, TOK_LPAREN) && st->is_tuple && !st->is_unit) {
		advance(p);
		AstExpr *e = parse_call(p, t);
		e->name = st->ident;
		early_args(p, t->line, t->col, e->args, 0, e->nargs, false); /* warn35 */
		return struct_of_call(p, e, st);
	}
	if (st->is_unit) /* THIR makes it a constant of the ZST (`_0 = const U;`), not the aggregate `U` */
		error_tok(p, t, "`Self` as a unit struct's value is not supported");
	error_tok(p, t, "this use of `Self` is not supported");
}

/* struct-literal = ident "{" (ident (":" expr)? ("," ...)* ","?)? "}" */
static AstExpr *parse_struct_literal(Parser *p, AstStruct *st)
{
	const Token *name = advance(p);
	AstExpr *e = new_expr(p, EXPR_STRUCT, name->line, name->col);
	e->name = name->kind == TOK_SELF_TYPE ? st->ident : tok_name(p, name);
	e->strukt = st;
	expect(p, TOK_LBRACE);
	enter(p);
	bool saved = p->no_struct;
	p->no_struct = false;
	uint32_t cap = 0;
	int d = 0;
	while (!at(p, TOK_RBRACE)) {
		const Token *f = p->tok;
		if (at(p, TOK_DOTDOT))
			error_tok(p, f, "functional record update (`..base`) is not supported");
		if (!at(p, TOK_IDENT) && !at(p, TOK_INT))
			error_expected(p, "identifier");
		advance(p);
		AstFieldInit in = {.name = tok_name(p, f), .line = f->line, .col = f->col, .field = -1};
		if (consume(p, TOK_COLON)) {
			in.value = parse_expr(p);
		} else {
			if (f->kind != TOK_IDENT)
				error_expected(p, "`:`");
			in.value = new_expr(p, EXPR_VAR, f->line, f->col); /* shorthand `S { x }` */
			in.value->name = in.name;
			in.value->is_place = true;
		}
		if (in.value->depth > d)
			d = in.value->depth;
		*VEC_PUSH(p->arena, e->inits, e->ninits, cap) = in;
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RBRACE);
	p->no_struct = saved;
	leave(p);
	set_depth(p, e, d);
	return e;
}

/* call-args = "(" (expr ("," expr)* ","?)? ")" */
static AstExpr *parse_call(Parser *p, const Token *name)
{
	AstExpr *e = new_expr(p, EXPR_CALL, name->line, name->col);
	e->name = tok_name(p, name);
	expect(p, TOK_LPAREN);
	uint32_t cap = 0;
	int d = 0;
	while (!at(p, TOK_RPAREN)) {
		AstExpr *arg = parse_expr_struct_ok(p);
		if (arg->depth > d)
			d = arg->depth;
		*VEC_PUSH(p->arena, e->args, e->nargs, cap) = arg;
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RPAREN);
	set_depth(p, e, d);
	return e;
}

static AstExpr *parse_variant_expr(Parser *p);
static AstExpr *parse_generic_variant_expr(Parser *p);

/* items31: `E::m(..)` (E an enum, or `Self` of an enum's impl, at p->tok) with m no variant of E:
 * a call of an associated fn (rustc resolves a variant first: resolve_fully_qualified_call) */
static bool enum_ready(Parser *p, AstEnum *en);

static bool enum_assoc_call(Parser *p)
{
	AstEnum *en = find_enum(p, p->tok);
	const Token *m = p->tok + 2;
	if (!en || !at_ahead(p, 2, TOK_IDENT) || !at_ahead(p, 3, TOK_LPAREN) || en->variant_ix.n != en->nvariants)
		return false;
	if (!enum_ready(p, en)) /* variant34: before its declaration; its parse failed: taken as a variant */
		return false;
	return nameix_find(&en->variant_ix, m->text, (size_t)m->len, variant_key, en->variants) < 0;
}

/* path-call = (struct-name | enum-name | "Self") "::" ident "(" args ")" (issue 22 item 4; items31:
 * of an enum too): a call of an associated fn, the callee named "S::m" */
static AstExpr *parse_path_call(Parser *p)
{
	const Token *ty = advance(p);
	AstStruct *st = ty->kind == TOK_SELF_TYPE ? p->impl_of : find_struct(p, ty);
	AstEnum *en = st ? NULL : find_enum(p, ty);
	advance(p); /* :: */
	const Token *name = p->tok;
	if (!st && !en && ty->kind == TOK_IDENT && at(p, TOK_IDENT) && at_ahead(p, 1, TOK_LPAREN) && int_type_token(ty)) {
		advance(p); /* meth40: `u32::min(x, y)`, `u32::from_le_bytes(b)`: core's, typed by sema (int_methods.c) */
		AstExpr *e = parse_call(p, name);
		e->line = ty->line;
		e->col = ty->col;
		early_args(p, ty->line, ty->col, e->args, 0, e->nargs, false);
		e->op_line = name->line;
		e->op_col = name->col;
		e->name = arena_printf(p->arena, "%.*s::%s", ty->len, ty->text, e->name);
		return e;
	}
	if (!st && !en && ty->kind == TOK_IDENT && at(p, TOK_IDENT) && at_ahead(p, 1, TOK_LPAREN)) {
		/* variant34: `T::m(..)`, T a trait (rustc: `<_ as T>::m`, Self inferred by typeck); T resolved
		 * after parsing (resolve_trait_calls), as a trait may be declared further down */
		advance(p);
		AstExpr *e = parse_call(p, name);
		e->line = ty->line;
		e->col = ty->col;
		early_args(p, ty->line, ty->col, e->args, 0, e->nargs, false); /* warn35 */
		e->op_line = name->line;
		e->op_col = name->col;
		uint32_t n = p->ntrait_calls, cap = p->trait_calls_cap;
		*VEC_PUSH(p->prog->arena, p->trait_calls, p->ntrait_calls, p->trait_calls_cap) = e;
		*VEC_PUSH(p->prog->arena, p->trait_toks, n, cap) = ty;
		return e;
	}
	if (!st && !en && ty->kind == TOK_IDENT && at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_LPAREN) &&
	    (nameix_find(&p->prog->struct_ix, ty->text, (size_t)ty->len, struct_key, p->prog->structs) >= 0 ||
	     nameix_find(&p->prog->enum_ix, ty->text, (size_t)ty->len, enum_key, p->prog->enums) >= 0))
		/* consts38: `S::N` of a type of another block (rustc_resolve's E0433) */
		error_tok(p, ty, "cannot find type `%.*s` in this scope", ty->len, ty->text); /* rustc 1.95 */
	if ((!st && !en) || !at(p, TOK_IDENT) || !at_ahead(p, 1, TOK_LPAREN))
		error_tok(p, ty, "paths are not supported");
	advance(p);
	AstExpr *e = parse_call(p, name);
	e->line = ty->line;
	e->col = ty->col;
	early_args(p, ty->line, ty->col, e->args, 0, e->nargs, false); /* warn35 */
	e->op_line = name->line; /* the segment, where rustc reports an unknown one */
	e->op_col = name->col;
	e->name = arena_printf(p->arena, "%s::%s", st ? st->name : en->name, e->name);
	if (st ? st->scope.lo != NULL : en->scope.lo != NULL) { /* (a call's fields share the union with strukt: kept aside) */
		uint32_t n = p->npath_calls, cap = p->path_calls_cap;
		*VEC_PUSH(p->prog->arena, p->path_calls, p->npath_calls, p->path_calls_cap) = e;
		*VEC_PUSH(p->prog->arena, p->path_call_types, n, cap) = st ? &st->name : &en->name;
	}
	return e;
}

/* primary = int | "true" | "false" | ident | call | "(" ")" | "(" expr ")"
 *         | block-like | "break" expr? | "continue" | "return" expr? */
/* array-expr = "[" expr ("," expr)* ","? "]" | "[" expr ";" length "]" (issue 22 item 4) */
static AstExpr *parse_array_expr(Parser *p)
{
	const Token *lb = advance(p);
	if (at(p, TOK_RBRACKET))
		error_tok(p, lb, "an empty array is not supported");
	enter(p);
	AstExpr *first = parse_expr_struct_ok(p);
	AstExpr *e;
	if (consume(p, TOK_SEMI)) {
		e = new_expr(p, EXPR_REPEAT, lb->line, lb->col);
		e->lhs = first;
		e->int_value = (uint64_t)parse_array_len(p);
		set_depth(p, e, first->depth);
	} else {
		e = new_expr(p, EXPR_ARRAY, lb->line, lb->col);
		uint32_t cap = 0;
		*(AstExpr **)VEC_PUSH(p->arena, e->args, e->nargs, cap) = first;
		while (consume(p, TOK_COMMA) && !at(p, TOK_RBRACKET))
			*(AstExpr **)VEC_PUSH(p->arena, e->args, e->nargs, cap) = parse_expr_struct_ok(p);
		if (e->nargs > 4096)
			error_tok(p, lb, "an array of more than 4096 elements is not supported");
		for (int i = 0; i < e->nargs; i++)
			set_depth(p, e, e->args[i]->depth);
	}
	expect(p, TOK_RBRACKET);
	leave(p);
	return e;
}

static AstExpr *parse_primary(Parser *p)
{
	const Token *t = p->tok;
	AstExpr *e;
	switch (t->kind) {
	case TOK_INT:
		advance(p);
		e = new_expr(p, EXPR_INT, t->line, t->col);
		e->int_value = t->int_value;
		e->int_big = t->int_big;
		e->int_suffix = t->int_suffix;
		return e;
	case TOK_TRUE:
	case TOK_FALSE:
		advance(p);
		e = new_expr(p, EXPR_BOOL, t->line, t->col);
		e->bool_value = t->kind == TOK_TRUE;
		return e;
	case TOK_IDENT:
		if (!at_ahead(p, 1, TOK_LBRACE) || !p->no_struct)
			no_alias_path(p);
		if (at_ahead(p, 1, TOK_PATHSEP) && !at_ahead(p, 3, TOK_LPAREN) && find_assoc_const(p, t, t + 2)) {
			advance(p); /* consts35: `S::N`, `const S::N` in the MIR */
			advance(p);
			advance(p);
			return const_use(p, t, find_assoc_const(p, t, t + 2));
		}
		if (at_ahead(p, 1, TOK_PATHSEP) && find_enum(p, t) && !enum_assoc_call(p))
			return parse_variant_expr(p);
		if (!at_ahead(p, 1, TOK_PATHSEP) && is_generic_variant(t))
			return parse_generic_variant_expr(p);
		if (at_ahead(p, 1, TOK_PATHSEP) && at_ahead(p, 2, TOK_IDENT) && !at_ahead(p, 3, TOK_LPAREN) &&
		    !at_ahead(p, 3, TOK_PATHSEP) && find_struct(p, t)) /* consts35: rustc's E0599 */
			error_tok(p, t + 2, "no associated item named `%.*s` found for struct `%s` in the current scope", t[2].len,
			          t[2].text, find_struct(p, t)->ident);
		if (at_ahead(p, 1, TOK_PATHSEP))
			return parse_path_call(p);
		if (at_ahead(p, 1, TOK_NOT))
			return parse_macro(p); /* mac40 */
		if (at_ahead(p, 1, TOK_LPAREN)) {
			AstStruct *st = find_struct(p, t);
			advance(p);
			e = parse_call(p, t);
			early_args(p, t->line, t->col, e->args, 0, e->nargs, false); /* warn35 */
			if (st && st->is_unit)
				error_tok(p, t, "expected function, found struct `%s`", st->name);
			if (st && st->is_tuple)
				return struct_of_call(p, e, st);
			return e; /* a braced struct is a type only: the call is a fn's of its name, if any (sema_resolve.c) */
		}
		if (at_ahead(p, 1, TOK_LBRACE) && !p->no_struct && find_struct(p, t))
			return parse_struct_literal(p, find_struct(p, t));
		if (at_ahead(p, 1, TOK_LBRACE) && !p->no_struct && nameix_find(&p->prog->struct_ix, t->text, (size_t)t->len, struct_key, p->prog->structs) >= 0)
			/* items30: a struct of a block that is not around this use */
			error_tok(p, t, "cannot find struct, variant or union type `%.*s` in this scope", t->len, t->text);
		if (find_struct(p, t) && find_struct(p, t)->is_unit) { /* the unit struct's value */
			advance(p);
			e = new_expr(p, EXPR_STRUCT, t->line, t->col);
			e->name = tok_name(p, t);
			e->strukt = find_struct(p, t);
			return e;
		}
		if (find_const(p, t)) { /* const33: a const item's value, `const NAME` in the MIR */
			advance(p);
			return const_use(p, t, find_const(p, t));
		}
		if (find_static(p, t)) { /* consts35: a static's place */
			advance(p);
			return static_use(p, t, find_static(p, t));
		}
		advance(p);
		e = new_expr(p, EXPR_VAR, t->line, t->col);
		e->name = tok_name(p, t);
		e->is_place = true;
		return e;
	case TOK_LPAREN:
		advance(p);
		if (consume(p, TOK_RPAREN))
			return new_expr(p, EXPR_UNIT, t->line, t->col);
		enter(p);
		e = parse_expr_struct_ok(p);
		if (at(p, TOK_COMMA))
			error_tok(p, t, "tuples are not supported");
		expect(p, TOK_RPAREN);
		leave(p);
		/* parentheses only group; (x) is still a place. Its span is the parentheses' (hunt30: rustc's
		 * lowering of ExprKind::Paren widens the inner expression's span to them, rustc_ast_lowering
		 * expr.rs `lower_expr_mut`): errors of the expression point at `(` */
		e->line = t->line;
		e->col = t->col;
		early_paren(p->prog, e); /* warn35: unused_parens */
		return e;
	case TOK_BREAK:
	case TOK_CONTINUE:
		advance(p);
		e = new_expr(p, t->kind == TOK_BREAK ? EXPR_BREAK : EXPR_CONTINUE, t->line, t->col);
		if (at(p, TOK_LIFETIME)) { /* flow40: `break 'a`, `continue 'a` */
			e->name = tok_name(p, p->tok);
			e->op_line = p->tok->line;
			e->op_col = p->tok->col;
			advance(p);
		}
		if (t->kind == TOK_BREAK && starts_expr(p)) { /* flow40: `break [label] value` */
			if (at(p, TOK_LIFETIME) && at_ahead(p, 1, TOK_COLON))
				error_tok(p, p->tok, "a labeled expression as `break`'s value is not supported");
			e->lhs = parse_expr(p);
			set_depth(p, e, e->lhs->depth);
		}
		return e;
	case TOK_RETURN:
		advance(p);
		e = new_expr(p, EXPR_RETURN, t->line, t->col);
		e->async_block = p->async_block;
		if (starts_expr(p)) {
			e->lhs = parse_expr(p);
			set_depth(p, e, e->lhs->depth);
			early_value(p, early_at(p, t->line, t->col, 1), DELIM_RETURN, e->lhs, false, true); /* warn35 */
		}
		return e;
	case TOK_ASYNC:
		if (starts_block_like(p))
			return parse_async_block(p);
		error_tok(p, t, at_ahead(p, 1, TOK_FN) ? "nested items are not supported"
		                                       : "closures are not supported");
	case TOK_PIPE:
	case TOK_OROR:
	case TOK_MOVE:
		error_tok(p, t, "closures are not supported");
	case TOK_LBRACKET:
		return parse_array_expr(p);
	case TOK_DOTDOT:
	case TOK_DOTDOTEQ:
		error_tok(p, t, "ranges are not supported");
	case TOK_UNDERSCORE:
		error_tok(p, t, "underscore expressions are not supported");
	case TOK_SELF_VALUE:
		if (at_ahead(p, 1, TOK_PATHSEP))
			error_tok(p, t, "paths are not supported");
		advance(p);
		e = new_expr(p, EXPR_VAR, t->line, t->col);
		e->name = "self";
		e->is_place = true;
		return e;
	case TOK_SELF_TYPE:
		if (at_ahead(p, 1, TOK_PATHSEP) && !at_ahead(p, 3, TOK_LPAREN) && find_assoc_const(p, t, t + 2)) {
			advance(p); /* consts35: `Self::N`, rustc's `const S::N` */
			advance(p);
			advance(p);
			return const_use(p, t, find_assoc_const(p, t, t + 2));
		}
		if (p->impl_enum && at_ahead(p, 1, TOK_PATHSEP) && !enum_assoc_call(p)) /* items31: `Self::A` */
			return parse_variant_expr(p);
		if ((p->impl_of || p->impl_enum) && at_ahead(p, 1, TOK_PATHSEP))
			return parse_path_call(p);
		if (p->impl_of) /* vis39: the struct itself (rustc resolves `Self` to the impl's type: same MIR) */
			return self_struct_expr(p);
		if (!p->impl_of && !p->impl_enum && p->outer_self) /* items30: rustc_resolve's E0401 */
			error_tok(p, t, "can't use `Self` from outer item");
		error_tok(p, t, "paths are not supported");
	case TOK_LT:
		if (at_qualified_const(p)) { /* consts37: `<S as T>::K`, `const <S as T>::K` in the MIR */
			AstConst *c = qualified_const(p);
			return const_use(p, t, c);
		}
		if (at_ahead(p, 1, TOK_IDENT) && at_ahead(p, 2, TOK_AS) && at_ahead(p, 3, TOK_IDENT) &&
		    at_ahead(p, 4, TOK_GT) && at_ahead(p, 5, TOK_PATHSEP) && at_ahead(p, 6, TOK_IDENT) &&
		    at_ahead(p, 7, TOK_LPAREN)) { /* `<S as T>::f(..)` (issue 22 item 4) */
			const Token *ty = &p->tok[1], *tr = &p->tok[3];
			for (int i = 0; i < 6; i++)
				advance(p);
			const Token *name = p->tok;
			advance(p);
			e = parse_call(p, name);
			e->line = t->line;
			e->col = t->col;
			early_args(p, t->line, t->col, e->args, 0, e->nargs, false); /* warn35 */
			e->op_line = name->line;
			e->op_col = name->col;
			e->name = arena_printf(p->arena, "<%.*s as %.*s>::%s", ty->len, ty->text, tr->len, tr->text, e->name);
			uint32_t n = p->nqual_calls, cap = p->qual_calls_cap;
			*VEC_PUSH(p->prog->arena, p->qual_calls, p->nqual_calls, p->qual_calls_cap) = e;
			*VEC_PUSH(p->prog->arena, p->qual_toks, n, cap) = t;
			return e;
		}
		error_tok(p, t, "paths are not supported");
	case TOK_CRATE:
	case TOK_SUPER:
	case TOK_PATHSEP:
		error_tok(p, t, "paths are not supported");
	case TOK_YIELD:
		error_tok(p, t, "`yield` is not supported");
	case TOK_LET:
		error_tok(p, t, "expected expression, found `let` statement");
	default:
		if (starts_block_like(p))
			return parse_block_like(p);
		error_expected(p, "expression");
	}
}

/* postfix = primary (".await" | "." ident → unsupported | "(" → unsupported | "[" | "?")* */
/* A binding named `name` made by a desugaring (the pattern's token is the operator's). */
static AstVar *synth_var(Parser *p, const Token *at, const char *name)
{
	Token t = *at;
	t.kind = TOK_IDENT;
	t.text = name;
	t.len = (int)strlen(name);
	p->synth = true;
	AstVar *v = new_var(p, &t, VAR_LET, false);
	p->synth = false;
	return v;
}

/* `C(var)` of the base `en` (ControlFlow's Continue / Break) */
static AstPattern synth_pattern(Parser *p, const Token *q, AstEnum *en, int variant, AstVar *var)
{
	AstPattern pat = {.line = q->line, .col = q->col, .suffix = ATY_VAR, .enm = en, .variant = variant};
	pat.subs = arena_alloc(p->arena, sizeof *pat.subs);
	pat.nsubs = 1;
	pat.subs[0] = (AstSubPattern){.name = NULL, .line = q->line, .col = q->col, .field = 0, .var = var};
	return pat;
}

/* `f(arg)` of a built-in the parser names (the `?` desugaring's) */
static AstExpr *synth_call(Parser *p, const Token *q, AstBuiltin which, AstExpr *arg)
{
	sema_add_builtins(p->prog);
	AstExpr *c = new_expr(p, EXPR_CALL, arg->line, arg->col);
	c->op_line = q->line;
	c->op_col = q->col;
	c->callee = p->prog->builtins[which];
	c->name = c->callee->name;
	c->async_block = p->async_block; /* FROM_RESIDUAL: the return it is the value of */
	c->args = arena_alloc(p->arena, sizeof *c->args);
	c->args[0] = arg;
	c->nargs = 1;
	set_depth(p, c, arg->depth);
	return c;
}

/* `e?` (issue 22 item 4), as rustc_ast_lowering's lower_expr_try (the Break arm first):
 *   match Try::branch(e) {
 *       ControlFlow::Break(residual) => return FromResidual::from_residual(residual),
 *       ControlFlow::Continue(val) => val,
 *   }
 * the calls core's (sema types them from e's and the fn's types) */
static AstExpr *parse_try(Parser *p, AstExpr *e, const Token *q)
{
	AstEnum *cf = generic_base(p->prog, GENERIC_CONTROL_FLOW);
	AstExpr *m = new_expr(p, EXPR_MATCH, e->line, e->col);
	m->op_line = q->line;
	m->op_col = q->col;
	m->lhs = synth_call(p, q, BUILTIN_TRY_BRANCH, e);
	m->arms = arena_alloc(p->arena, 2 * sizeof *m->arms);
	m->narms = 2;
	for (int i = 0; i < 2; i++) {
		AstMatchArm *a = &m->arms[i];
		int variant = !i; /* Break (1), then Continue (0) */
		AstVar *v = synth_var(p, q, variant ? "residual" : "val");
		a->line = q->line;
		a->col = q->col;
		a->pats = arena_alloc(p->arena, sizeof *a->pats);
		a->npats = 1;
		a->pats[0] = synth_pattern(p, q, cf, variant, v);
		AstExpr *use = new_expr(p, EXPR_VAR, q->line, q->col);
		use->name = v->name;
		use->is_place = true;
		if (!variant) {
			a->body = use;
		} else {
			AstExpr *ret = new_expr(p, EXPR_RETURN, q->line, q->col);
			ret->async_block = p->async_block;
			ret->lhs = synth_call(p, q, BUILTIN_FROM_RESIDUAL, use);
			set_depth(p, ret, ret->lhs->depth);
			a->body = ret;
		}
	}
	set_depth(p, m, m->lhs->depth + 1);
	return m;
}

/* for-head = expr ((".." | "..=") expr)? (for40: a range of integers; the ends parsed as operands of `..`) */
static AstExpr *parse_for_head(Parser *p)
{
	int saved = p->for_head;
	p->for_head = p->nesting + 1;
	AstExpr *lo = parse_expr(p);
	p->for_head = saved;
	const Token *op = p->tok;
	if (!consume(p, TOK_DOTDOT) && !consume(p, TOK_DOTDOTEQ))
		return lo; /* not a range: sema says which (`u32` is not an iterator) */
	if (at(p, TOK_LBRACE))
		error_tok(p, op, "a `for` loop over a range without an end is not supported");
	AstExpr *hi = parse_expr(p);
	AstExpr *r = synth_call(p, op, op->kind == TOK_DOTDOT ? BUILTIN_RANGE : BUILTIN_RANGE_INCLUSIVE, lo);
	r->line = lo->line;
	r->col = lo->col;
	r->args = arena_alloc(p->arena, 2 * sizeof *r->args);
	r->args[0] = lo;
	r->args[1] = hi;
	r->nargs = 2;
	set_depth(p, r, lo->depth > hi->depth ? lo->depth : hi->depth);
	return r;
}

/* for-loop = "for" pattern "in" for-head block (for40: desugared by frontend/for_loop.c); the pattern a
 * binding (`i`, `mut i`) or `_` */
static AstExpr *parse_for(Parser *p, const Token *kw)
{
	advance(p);
	enter(p);
	const Token *pt = p->tok;
	AstSubPattern top;
	AstPattern pat = parse_top_pattern(p, &top);
	if (!pat.is_wildcard || pat.deref || top.inner || top.nested || (top.var && top.var->by_ref))
		error_tok(p, pt, "a `for` loop's pattern other than a binding or `_` is not supported");
	expect(p, TOK_IN);
	bool saved = p->no_struct;
	p->no_struct = true;
	ForLoop f = {.line = kw->line, .col = kw->col, .head = parse_for_head(p)};
	p->no_struct = saved;
	f.iter = synth_var(p, kw, "iter");
	f.iter->is_mut = true;
	f.some = synth_pattern(p, pt, generic_base(p->prog, GENERIC_OPTION), 1, top.var);
	f.some.subs[0].line = pt->line;
	f.some.subs[0].col = pt->col;
	const Token *lb = p->tok;
	f.body = new_expr(p, EXPR_BLOCK, lb->line, lb->col);
	f.body->block = parse_block(p);
	set_depth(p, f.body, block_depth(f.body->block));
	AstExpr *e = for_desugar(p->prog, p->arena, &f);
	set_depth(p, e, (f.head->depth > f.body->depth ? f.head->depth : f.body->depth) + 4);
	leave(p);
	return e;
}

static AstExpr *parse_postfix_rest(Parser *p, AstExpr *e)
{
	for (;;) {
		const Token *t = p->tok;
		if (t->kind == TOK_DOT) {
			advance(p);
			const Token *member = p->tok;
			if (consume(p, TOK_AWAIT)) {
				AstExpr *aw = new_expr(p, EXPR_AWAIT, e->line, e->col);
				aw->op_line = member->line;
				aw->op_col = member->col;
				aw->lhs = e;
				set_depth(p, aw, e->depth);
				e = aw;
				continue;
			}
			if (member->kind == TOK_IDENT && at_ahead(p, 1, TOK_LPAREN)) {
				/* `recv.m(args)` (issue 22 item 4): the receiver is args[0] */
				advance(p);
				AstExpr *call = parse_call(p, member);
				AstExpr **args = arena_alloc(p->arena, ((size_t)call->nargs + 1) * sizeof *args);
				args[0] = e;
				for (int i = 0; i < call->nargs; i++)
					args[i + 1] = call->args[i];
				call->args = args;
				call->nargs++;
				call->method = true;
				call->op_line = member->line;
				call->op_col = member->col;
				call->line = e->line;
				call->col = e->col;
				early_args(p, e->line, e->col, call->args, 1, call->nargs, true); /* warn35 */
				set_depth(p, call, e->depth);
				e = call;
				continue;
			}
			if (member->kind == TOK_IDENT || (member->kind == TOK_INT && member->int_suffix == ATY_VAR &&
			                                  member->len <= 5 && member->text[0] >= '0' && member->text[0] <= '9' &&
			                                  (member->len == 1 || member->text[0] != '0'))) {
				advance(p);
				AstExpr *fe = new_expr(p, EXPR_FIELD, e->line, e->col);
				fe->op_line = member->line;
				fe->op_col = member->col;
				fe->lhs = e;
				fe->name = tok_name(p, member);
				fe->field = -1;
				fe->is_place = e->is_place;
				set_depth(p, fe, e->depth);
				e = fe;
				continue;
			}
			if (member->kind == TOK_INT)
				error_tok(p, member, "invalid tuple index `%.*s`", member->len, member->text);
			error_expected(p, "identifier");
		}
		if (t->kind == TOK_LPAREN)
			error_tok(p, t, "calling expressions other than function names is not supported");
		if (t->kind == TOK_LBRACKET) { /* `e[i]` (issue 22 item 4) */
			advance(p);
			enter(p);
			AstExpr *ix = new_expr(p, EXPR_INDEX, e->line, e->col);
			ix->op_line = t->line;
			ix->op_col = t->col;
			ix->lhs = e;
			ix->rhs = parse_expr_struct_ok(p);
			ix->is_place = e->is_place;
			expect(p, TOK_RBRACKET);
			early_value(p, early_at(p, e->line, e->col, 1), DELIM_INDEX, ix->rhs, false, true); /* warn35 */
			leave(p);
			set_depth(p, ix, e->depth > ix->rhs->depth ? e->depth : ix->rhs->depth);
			e = ix;
			continue;
		}
		if (t->kind == TOK_QUESTION) {
			advance(p);
			e = parse_try(p, e, t);
			continue;
		}
		return e;
	}
}

static AstExpr *parse_unary(Parser *p);
static AstExpr *parse_ref_expr_inner(Parser *p, const Token *t);

/* "&" "mut"? unary | "*" unary (issue 22 item 4): a borrow, or a deref (a place) */
static AstExpr *parse_ref_expr(Parser *p)
{
	const Token *t = advance(p);
	bool is_mut = t->kind == TOK_AMP && consume(p, TOK_MUT);
	enter(p);
	/* `&&place` / `& &place` (ergo30): a borrow of a borrow, refused by typeck (check_ref: "references
	 * to references are not supported", at the outer `&`), but where a match through it moves a
	 * value out (check_match_head: rustc's E0507) */
	AstExpr *operand = t->kind == TOK_ANDAND ? parse_ref_expr_inner(p, t) : parse_unary(p);
	leave(p);
	AstExpr *e = new_expr(p, t->kind == TOK_STAR ? EXPR_DEREF : EXPR_REF, t->line, t->col);
	e->lhs = operand;
	e->ref_mut = is_mut;
	e->is_place = t->kind == TOK_STAR;
	set_depth(p, e, operand->depth);
	return e;
}

/* the inner `&` of a `&&` token (its second character): `&` "mut"? unary */
static AstExpr *parse_ref_expr_inner(Parser *p, const Token *t)
{
	bool is_mut = consume(p, TOK_MUT);
	enter(p);
	AstExpr *operand = parse_unary(p);
	leave(p);
	AstExpr *e = new_expr(p, EXPR_REF, t->line, t->col + 1);
	e->lhs = operand;
	e->ref_mut = is_mut;
	set_depth(p, e, operand->depth);
	return e;
}

/* unary = ("-" | "!") unary | ("&" "mut"? | "*") unary | postfix */
static AstExpr *parse_unary(Parser *p)
{
	const Token *t = p->tok;
	switch (t->kind) {
	case TOK_MINUS:
	case TOK_NOT: {
		advance(p);
		enter(p);
		/* warn35: `- -x`, the innermost pair of a run of `-` (double_negations) */
		bool double_neg = t->kind == TOK_MINUS && at(p, TOK_MINUS) && !at_ahead(p, 1, TOK_MINUS);
		AstExpr *operand = parse_unary(p);
		if (double_neg)
			early_double_neg(p->prog, early_at(p, t->line, t->col, 1));
		leave(p);
		return new_unary(p, t->kind == TOK_MINUS ? AOP_NEG : AOP_NOT, t, operand);
	}
	case TOK_STAR:
	case TOK_AMP:
	case TOK_ANDAND:
		return parse_ref_expr(p);
	default:
		return parse_postfix_rest(p, parse_primary(p));
	}
}

/* Binding power of binary operators; 0: not a binary operator. */
enum {
	PREC_OR = 1, PREC_AND, PREC_CMP, PREC_BITOR, PREC_BITXOR, PREC_BITAND,
	PREC_SHIFT, PREC_ADD, PREC_MUL, PREC_CAST,
};

static int binary_prec(TokKind k, AstBinOp *op)
{
	switch (k) {
	case TOK_OROR: *op = AOP_OR; return PREC_OR;
	case TOK_ANDAND: *op = AOP_AND; return PREC_AND;
	case TOK_EQEQ: *op = AOP_EQ; return PREC_CMP;
	case TOK_NE: *op = AOP_NE; return PREC_CMP;
	case TOK_LT: *op = AOP_LT; return PREC_CMP;
	case TOK_LE: *op = AOP_LE; return PREC_CMP;
	case TOK_GT: *op = AOP_GT; return PREC_CMP;
	case TOK_GE: *op = AOP_GE; return PREC_CMP;
	case TOK_PIPE: *op = AOP_BITOR; return PREC_BITOR;
	case TOK_CARET: *op = AOP_BITXOR; return PREC_BITXOR;
	case TOK_AMP: *op = AOP_BITAND; return PREC_BITAND;
	case TOK_SHL: *op = AOP_SHL; return PREC_SHIFT;
	case TOK_SHR: *op = AOP_SHR; return PREC_SHIFT;
	case TOK_PLUS: *op = AOP_ADD; return PREC_ADD;
	case TOK_MINUS: *op = AOP_SUB; return PREC_ADD;
	case TOK_STAR: *op = AOP_MUL; return PREC_MUL;
	case TOK_SLASH: *op = AOP_DIV; return PREC_MUL;
	case TOK_PERCENT: *op = AOP_REM; return PREC_MUL;
	case TOK_AS: return PREC_CAST;
	default: return 0;
	}
}

/* binary = unary (binop unary | "as" type)*  with the precedences above;
 * comparisons do not chain. */
static AstExpr *parse_binary_rest(Parser *p, AstExpr *lhs, int min_prec)
{
	const Token *last_cmp = NULL;
	for (;;) {
		const Token *t = p->tok;
		AstBinOp op = AOP_ADD;
		int prec = binary_prec(t->kind, &op);
		if (prec == 0 || prec < min_prec)
			return lhs;
		advance(p);
		if (prec == PREC_CAST) {
			AstExpr *e = new_expr(p, EXPR_CAST, lhs->line, lhs->col);
			e->op_line = t->line;
			e->op_col = t->col;
			e->lhs = lhs;
			const Token *ty = p->tok;
			e->cast_to = parse_type(p, false, true);
			if (ast_type_is_ref(e->cast_to))
				error_tok(p, ty, "casts to references are not supported");
			if (at(p, TOK_LT) || at(p, TOK_SHL))
				error_tok(p, p->tok, "`%s` is interpreted as a start of generic arguments for `%.*s`, not a %s",
				          lex_token_spelling(p->tok->kind), ty->len, ty->text,
				          at(p, TOK_LT) ? "comparison" : "shift");
			set_depth(p, e, lhs->depth);
			lhs = e;
			continue;
		}
		if (prec == PREC_CMP && last_cmp)
			error_tok(p, last_cmp, "comparison operators cannot be chained");
		enter(p);
		AstExpr *rhs = parse_binary_rest(p, parse_unary(p), prec + 1);
		leave(p);
		lhs = new_binary(p, EXPR_BINARY, op, t, lhs, rhs);
		last_cmp = prec == PREC_CMP ? t : NULL;
	}
}

static bool assign_op(TokKind k, AstBinOp *op)
{
	switch (k) {
	case TOK_PLUS_ASSIGN: *op = AOP_ADD; return true;
	case TOK_MINUS_ASSIGN: *op = AOP_SUB; return true;
	case TOK_STAR_ASSIGN: *op = AOP_MUL; return true;
	case TOK_SLASH_ASSIGN: *op = AOP_DIV; return true;
	case TOK_PERCENT_ASSIGN: *op = AOP_REM; return true;
	case TOK_AMP_ASSIGN: *op = AOP_BITAND; return true;
	case TOK_PIPE_ASSIGN: *op = AOP_BITOR; return true;
	case TOK_CARET_ASSIGN: *op = AOP_BITXOR; return true;
	case TOK_SHL_ASSIGN: *op = AOP_SHL; return true;
	case TOK_SHR_ASSIGN: *op = AOP_SHR; return true;
	default: return false;
	}
}

/* assign = binary (("=" | "+=" | ...) assign)? */
static AstExpr *parse_assign_rest(Parser *p, AstExpr *lhs)
{
	const Token *t = p->tok;
	AstBinOp op = AOP_ADD;
	bool compound = assign_op(t->kind, &op);
	if (!compound && t->kind != TOK_ASSIGN) {
		if ((t->kind == TOK_DOTDOT || t->kind == TOK_DOTDOTEQ) && p->for_head != p->nesting)
			error_tok(p, t, "ranges are not supported");
		return lhs;
	}
	advance(p);
	enter(p);
	AstExpr *rhs = parse_expr(p);
	leave(p);
	early_value(p, early_at(p, lhs->line, lhs->col, 1), DELIM_ASSIGNED, rhs, false, true); /* warn35 */
	return new_binary(p, compound ? EXPR_OP_ASSIGN : EXPR_ASSIGN, op, t, lhs, rhs);
}

/* expr = assign */
static AstExpr *parse_expr(Parser *p)
{
	enter(p);
	AstExpr *e = parse_assign_rest(p, parse_binary_rest(p, parse_unary(p), 1));
	leave(p);
	return e;
}

/* ---------------------------------------------------------------------- */
/* const items (const33)                                                  */
/* ---------------------------------------------------------------------- */

/* A value of the const evaluator: its type and its bits (two's complement, truncated). */
typedef struct CVal {
	AstType ty;
	uint64_t v;
} CVal;

static int cv_bits(AstType t)
{
	return t.kind == ATY_BOOL ? 1 : t.kind == ATY_CHAR ? 32 : ast_type_bits(t);
}

static uint64_t cv_mask(AstType t)
{
	int b = cv_bits(t);
	return b >= 64 ? UINT64_MAX : (UINT64_C(1) << b) - 1;
}

static int64_t cv_signed(AstType t, uint64_t v)
{
	int b = cv_bits(t);
	if (b >= 64)
		return (int64_t)v;
	uint64_t sign = UINT64_C(1) << (b - 1);
	return (int64_t)((v ^ sign) - sign);
}

static bool cv_fits(AstType t, int64_t s, uint64_t u, bool is_signed)
{
	int b = cv_bits(t);
	if (is_signed)
		return b >= 64 || (s >= -(INT64_C(1) << (b - 1)) && s < (INT64_C(1) << (b - 1)));
	return b >= 64 || u <= cv_mask(t);
}

/* a value as rustc's const-eval messages spell it: `3_u32`, `-3_i8`, `u8::MAX`, `i8::MIN` */
static const char *cv_spell(Parser *p, CVal x)
{
	const char *tn = ast_type_name(x.ty);
	if (x.ty.kind == ATY_BOOL)
		return x.v ? "true" : "false";
	bool sgn = ast_type_is_signed(x.ty);
	uint64_t m = cv_mask(x.ty);
	if (x.v == (sgn ? m >> 1 : m))
		return arena_printf(p->arena, "%s::MAX", tn);
	if (sgn && x.v == (m >> 1) + 1)
		return arena_printf(p->arena, "%s::MIN", tn);
	if (sgn && cv_signed(x.ty, x.v) < 0)
		return arena_printf(p->arena, "-%llu_%s", (unsigned long long)-(uint64_t)cv_signed(x.ty, x.v), tn);
	return arena_printf(p->arena, "%llu_%s", (unsigned long long)x.v, tn);
}

static void const_value(Parser *p, AstConst *c);

/* a type as rustc's messages spell it: a struct's or enum's name, `[u8; 3]`, `Option<u32>` */
static const char *const_type_name(Parser *p, AstType t)
{
	if (t.kind == ATY_STRUCT)
		return p->prog->structs[t.id]->name;
	if (t.kind == ATY_ENUM)
		return ast_enum_name(p->prog, p->prog->enums[ast_enum_index(t)]);
	if (t.kind == ATY_ARRAY)
		return arena_printf(p->arena, "[%s; %d]", const_type_name(p, ast_array_elem(t)), ast_array_len(t));
	return ast_type_name(t);
}

/* const39: whether a free const item (not a static, not an associated const) may be of type t: a
 * struct, an enum (Option and Result instances too) or an array */
static bool const_aggregate_type(const AstConst *c, AstType t)
{
	if (c->is_static || c->assoc_type || c->assoc_trait)
		return false;
	return t.kind == ATY_STRUCT || t.kind == ATY_ENUM || t.kind == ATY_ARRAY;
}

/* the token after an initializer's `;` (brackets of every kind balanced) */
static const Token *skip_initializer(const Token *k)
{
	for (int depth = 0; k->kind != TOK_EOF && !(depth == 0 && k->kind == TOK_SEMI); k++)
		depth += (k->kind == TOK_LPAREN || k->kind == TOK_LBRACKET || k->kind == TOK_LBRACE) -
		         (k->kind == TOK_RPAREN || k->kind == TOK_RBRACKET || k->kind == TOK_RBRACE);
	return k->kind == TOK_SEMI ? k + 1 : k;
}

/* the type e has without an expectation, ATY_VAR when an unsuffixed literal decides nothing */
static AstType cv_hint(const AstExpr *e)
{
	switch (e->kind) {
	case EXPR_INT: return e->konst ? e->konst->ty : ast_type(e->int_suffix);
	case EXPR_BOOL: return ast_type(ATY_BOOL);
	case EXPR_CAST: return e->cast_to;
	case EXPR_UNARY: return cv_hint(e->lhs);
	case EXPR_BINARY:
		switch (e->bin_op) {
		case AOP_EQ: case AOP_NE: case AOP_LT: case AOP_LE: case AOP_GT: case AOP_GE: case AOP_AND: case AOP_OR:
			return ast_type(ATY_BOOL);
		case AOP_SHL: case AOP_SHR: return cv_hint(e->lhs);
		default: {
			AstType t = cv_hint(e->lhs);
			return t.kind != ATY_VAR ? t : cv_hint(e->rhs);
		}
		}
	default: return ast_type(ATY_VAR);
	}
}

_Noreturn static void cv_mismatch(Parser *p, const AstExpr *e, AstType want, AstType got)
{
	error_at(p, e->line, e->col, "mismatched types: expected `%s`, found `%s`", const_type_name(p, want),
	         got.kind == ATY_VAR ? "integer" : const_type_name(p, got));
}

/* rustc's const evaluation of a const item's initializer (the subset: literals, other consts, unary
 * and binary operators, casts), want its expected type (ATY_VAR: none); overflow and division by zero
 * are E0080 with rustc's AssertKind words, at the operation */
static CVal ceval(Parser *p, const AstExpr *e, AstType want)
{
	CVal r = {want, 0};
	switch (e->kind) {
	case EXPR_INT:
		if (e->konst) {
			r.ty = e->konst->ty;
			r.v = e->int_value;
		} else {
			r.ty = e->int_suffix != ATY_VAR ? ast_type(e->int_suffix)
			     : want.kind != ATY_VAR ? want : ast_type(ATY_I32);
			if (r.ty.kind != ATY_CHAR && !ast_type_is_int(r.ty))
				cv_mismatch(p, e, want, ast_type(e->int_suffix));
			if (e->int_big || (r.ty.kind != ATY_CHAR && e->int_value > (ast_type_is_signed(r.ty) ? cv_mask(r.ty) >> 1 : cv_mask(r.ty))))
				error_at(p, e->line, e->col, "literal out of range for `%s`", ast_type_name(r.ty));
			r.v = e->int_value;
		}
		break;
	case EXPR_BOOL:
		r.ty = ast_type(ATY_BOOL);
		r.v = e->bool_value;
		if (e->konst)
			r.v = e->int_value;
		break;
	case EXPR_UNARY:
		if (e->un_op == AOP_NEG && e->lhs->kind == EXPR_INT && !e->lhs->konst) { /* `-128`: one literal */
			const AstExpr *l = e->lhs;
			r.ty = l->int_suffix != ATY_VAR ? ast_type(l->int_suffix) : want.kind != ATY_VAR ? want : ast_type(ATY_I32);
			if (!ast_type_is_signed(r.ty))
				error_at(p, e->line, e->col, "cannot apply unary operator `-` to type `%s`", ast_type_name(r.ty));
			if (l->int_big || l->int_value > (cv_mask(r.ty) >> 1) + 1)
				error_at(p, e->line, e->col, "literal out of range for `%s`", ast_type_name(r.ty));
			r.v = ((uint64_t)0 - l->int_value) & cv_mask(r.ty);
			break;
		}
		r = ceval(p, e->lhs, want);
		if (e->un_op == AOP_NEG) {
			if (!ast_type_is_signed(r.ty))
				error_at(p, e->line, e->col, "cannot apply unary operator `-` to type `%s`", ast_type_name(r.ty));
			if (r.v == (cv_mask(r.ty) >> 1) + 1)
				error_at(p, e->line, e->col, "attempt to negate `%s`, which would overflow", cv_spell(p, r));
			r.v = ((uint64_t)0 - r.v) & cv_mask(r.ty);
		} else {
			if (r.ty.kind == ATY_CHAR)
				error_at(p, e->line, e->col, "cannot apply unary operator `!` to type `char`");
			r.v = ~r.v & cv_mask(r.ty);
		}
		break;
	case EXPR_CAST: {
		CVal x = ceval(p, e->lhs, cv_hint(e->lhs));
		AstType to = e->cast_to;
		if (to.kind == ATY_BOOL)
			error_at(p, e->line, e->col, "cannot cast `%s` as `bool`", ast_type_name(x.ty));
		if (to.kind == ATY_CHAR && x.ty.kind != ATY_U8 && x.ty.kind != ATY_CHAR)
			error_at(p, e->line, e->col, "only `u8` can be cast as `char`, not `%s`", ast_type_name(x.ty));
		if (to.kind != ATY_CHAR && !ast_type_is_int(to))
			error_at(p, e->line, e->col, "a cast to `%s` is not supported in a const item's initializer", ast_type_name(to));
		uint64_t wide = ast_type_is_signed(x.ty) ? (uint64_t)cv_signed(x.ty, x.v) : x.v;
		r.ty = to;
		r.v = wide & cv_mask(to);
		break;
	}
	case EXPR_BINARY: {
		AstBinOp op = e->bin_op;
		if (op == AOP_AND || op == AOP_OR) {
			CVal a = ceval(p, e->lhs, ast_type(ATY_BOOL)), b = ceval(p, e->rhs, ast_type(ATY_BOOL));
			if (a.ty.kind != ATY_BOOL)
				cv_mismatch(p, e->lhs, ast_type(ATY_BOOL), a.ty);
			if (b.ty.kind != ATY_BOOL)
				cv_mismatch(p, e->rhs, ast_type(ATY_BOOL), b.ty);
			r.ty = ast_type(ATY_BOOL);
			r.v = op == AOP_AND ? (a.v & b.v) : (a.v | b.v);
			break;
		}
		bool cmp = op >= AOP_EQ && op <= AOP_GE, shift = op == AOP_SHL || op == AOP_SHR;
		AstType ot = cmp ? cv_hint(e->lhs) : want;
		if (ot.kind == ATY_VAR || (!cmp && !shift && cv_hint(e->lhs).kind != ATY_VAR))
			ot = cv_hint(e->lhs);
		if (ot.kind == ATY_VAR && !shift)
			ot = cv_hint(e->rhs);
		if (ot.kind == ATY_VAR)
			ot = want.kind != ATY_VAR && !cmp ? want : ast_type(ATY_I32);
		CVal a = ceval(p, e->lhs, ot);
		CVal b = ceval(p, e->rhs, shift ? cv_hint(e->rhs) : a.ty);
		if (!shift && !ast_type_eq(a.ty, b.ty))
			cv_mismatch(p, e->rhs, a.ty, b.ty);
		if (cmp) {
			bool sg = ast_type_is_signed(a.ty);
			int64_t sa = cv_signed(a.ty, a.v), sb = cv_signed(b.ty, b.v);
			bool lt = sg ? sa < sb : a.v < b.v, eq = a.v == b.v;
			r.ty = ast_type(ATY_BOOL);
			r.v = op == AOP_EQ ? eq : op == AOP_NE ? !eq : op == AOP_LT ? lt : op == AOP_LE ? lt || eq
			    : op == AOP_GT ? !lt && !eq : !lt;
			break;
		}
		r.ty = a.ty;
		if (a.ty.kind == ATY_CHAR || (a.ty.kind == ATY_BOOL && op != AOP_BITAND && op != AOP_BITOR && op != AOP_BITXOR))
			error_at(p, e->op_line, e->op_col, "cannot apply binary operator `%s` to type `%s`", ast_binop_spelling(op),
			         ast_type_name(a.ty));
		bool sg = ast_type_is_signed(a.ty);
		int64_t sa = cv_signed(a.ty, a.v), sb = cv_signed(b.ty, b.v), sr = 0;
		uint64_t ur = 0, m = cv_mask(a.ty);
		bool ovf = false;
		const char *sym = ast_binop_spelling(op);
		switch (op) {
		case AOP_ADD: ovf = sg ? __builtin_add_overflow(sa, sb, &sr) : __builtin_add_overflow(a.v, b.v, &ur); break;
		case AOP_SUB: ovf = sg ? __builtin_sub_overflow(sa, sb, &sr) : __builtin_sub_overflow(a.v, b.v, &ur); break;
		case AOP_MUL: ovf = sg ? __builtin_mul_overflow(sa, sb, &sr) : __builtin_mul_overflow(a.v, b.v, &ur); break;
		case AOP_DIV: case AOP_REM:
			if (b.v == 0)
				error_at(p, e->line, e->col, op == AOP_DIV ? "attempt to divide `%s` by zero"
				         : "attempt to calculate the remainder of `%s` with a divisor of zero", cv_spell(p, a));
			if (sg && sb == -1 && a.v == (m >> 1) + 1)
				error_at(p, e->line, e->col, op == AOP_DIV ? "attempt to compute `%s / %s`, which would overflow"
				         : "attempt to compute the remainder of `%s %% %s`, which would overflow", cv_spell(p, a), cv_spell(p, b));
			if (sg)
				sr = op == AOP_DIV ? sa / sb : sa % sb;
			else
				ur = op == AOP_DIV ? a.v / b.v : a.v % b.v;
			break;
		case AOP_BITAND: sr = sa & sb; ur = a.v & b.v; break;
		case AOP_BITOR: sr = sa | sb; ur = a.v | b.v; break;
		case AOP_BITXOR: sr = sa ^ sb; ur = a.v ^ b.v; break;
		case AOP_SHL: case AOP_SHR: {
			int64_t amount = ast_type_is_signed(b.ty) ? cv_signed(b.ty, b.v) : (int64_t)(b.v > INT64_MAX ? INT64_MAX : b.v);
			if (amount < 0 || amount >= cv_bits(a.ty))
				error_at(p, e->line, e->col, "attempt to shift %s by `%s`, which would overflow",
				         op == AOP_SHL ? "left" : "right", cv_spell(p, b));
			if (op == AOP_SHL)
				ur = a.v << amount, sg = false;
			else if (sg)
				sr = sa >> amount; /* arithmetic on the compilers the Makefile uses */
			else
				ur = a.v >> amount;
			break;
		}
		default: internal_error("const operator %d", (int)op);
		}
		if (op == AOP_ADD || op == AOP_SUB || op == AOP_MUL) {
			if (ovf || !cv_fits(a.ty, sr, ur, sg))
				error_at(p, e->line, e->col, "attempt to compute `%s %s %s`, which would overflow", cv_spell(p, a), sym,
				         cv_spell(p, b));
		}
		r.v = (sg ? (uint64_t)sr : ur) & m;
		break;
	}
	case EXPR_DEREF:
		if (e->lhs->kind == EXPR_INT && e->lhs->konst && e->lhs->konst->is_static) { /* consts37: a static's value
			                                                                        * (static_use evaluated it) */
			r.ty = e->lhs->konst->ty;
			r.v = e->lhs->konst->value;
			break;
		}
		error_at(p, e->line, e->col, "this expression is not supported in a const item's initializer");
	case EXPR_CALL:
		for (uint32_t i = 0; i < p->nconst_fns; i++) /* constfn40: the evaluator runs no fn */
			if (tok_is(p->const_fns[i], e->name))
				error_at(p, e->line, e->col, "a call of the `const fn` `%s` in a const item's initializer is not "
				         "supported", e->name);
		error_at(p, e->line, e->col, "cannot call non-const function `%s` in constants", e->name);
	case EXPR_VAR: { /* a binding of the fn around (parsed so far): E0435, else E0425 */
		/* an aggregate const of a body is parsed after every item (aggregate_consts: no p->fn): its fn's
		 * bindings declared before it */
		const AstConst *c = p->cur_const;
		const AstFn *around = p->fn ? p->fn : c ? c->scope.outer : NULL;
		for (int i = 0; around && i < around->nvars; i++) {
			const AstVar *v = around->vars[i];
			if (v && !strcmp(v->name, e->name) &&
			    (p->fn || v->line < c->line || (v->line == c->line && v->col < c->col)))
				error_at(p, e->line, e->col, "attempt to use a non-constant value in a constant");
		}
		error_at(p, e->line, e->col, "cannot find value `%s` in this scope", e->name);
	}
	default:
		error_at(p, e->line, e->col, "this expression is not supported in a const item's initializer");
	}
	if (want.kind != ATY_VAR && !ast_type_eq(want, r.ty))
		cv_mismatch(p, e, want, r.ty);
	return r;
}

/* const39: a leaf of an aggregate const's initializer, of scalar type t: evaluated as a scalar const's
 * initializer (rustc's errors), then kept as the operand rustc's MIR of the item holds: a literal, a
 * negated literal or a scalar const item (anything else needs temporaries in the item's body) */
static void aggregate_leaf(Parser *p, AstExpr *e, AstType t)
{
	if (t.kind != ATY_BOOL && t.kind != ATY_CHAR && !ast_type_is_int(t))
		error_at(p, e->line, e->col, "a field of type `%s` in a const item's initializer is not supported",
		          const_type_name(p, t));
	ceval(p, e, t);
	bool neg_lit = e->kind == EXPR_UNARY && e->un_op == AOP_NEG && e->lhs->kind == EXPR_INT && !e->lhs->konst;
	if (e->kind != EXPR_INT && e->kind != EXPR_BOOL && !neg_lit)
		error_at(p, e->line, e->col, "an operation in a const item's aggregate initializer is not supported "
		          "(literals and const items are)");
	e->ty = t;
	if (neg_lit)
		e->lhs->ty = t;
}

_Noreturn static void aggregate_mismatch(Parser *p, const AstExpr *e, AstType want)
{
	const char *found = e->kind == EXPR_STRUCT ? e->strukt->name
	                  : e->kind == EXPR_VARIANT ? ast_enum_name(p->prog, e->enm)
	                  : e->kind == EXPR_ARRAY || e->kind == EXPR_REPEAT ? "array"
	                  : e->kind == EXPR_INT && e->konst ? const_type_name(p, e->konst->ty)
	                  : e->kind == EXPR_INT ? "integer" : e->kind == EXPR_BOOL ? "bool" : NULL;
	if (!found)
		error_at(p, e->line, e->col, "this expression is not supported in a const item's initializer");
	error_at(p, e->line, e->col, "mismatched types: expected `%s`, found `%s`", const_type_name(p, want), found);
}

/* const39: rustc's E0063 of a struct literal (or a struct variant's) without every field, at the
 * literal: "missing field `y` in initializer of `Pt`", "missing fields `a`, `b` and `c` ..." */
static void aggregate_missing(Parser *p, const AstExpr *e, const AstField *fields, int nfields, const bool *given,
                              const char *what)
{
	int nmissing = 0, k = 0;
	for (int f = 0; f < nfields; f++)
		nmissing += !given[f];
	if (!nmissing)
		return;
	const char *list = "";
	for (int f = 0; f < nfields; f++) {
		if (given[f])
			continue;
		const char *sep = k == 0 ? "" : k + 1 == nmissing ? " and " : ", ";
		list = arena_printf(p->arena, "%s%s`%s`", list, sep, fields[f].name);
		k++;
	}
	error_at(p, e->line, e->col, "missing field%s %s in initializer of `%s`", nmissing > 1 ? "s" : "", list, what);
}

/* const39: a struct literal's or a variant's fields against their declaration (given: which were) */
static void aggregate_fields(Parser *p, AstFieldInit *inits, int n, const AstField *fields, int nfields,
                             const NameIx *ix, bool by_position, bool *given)
{
	for (int i = 0; i < n; i++) {
		AstFieldInit *in = &inits[i];
		int f = by_position || !in->name ? in->field : ast_field_named(fields, nfields, ix, in->name);
		if (f < 0 || f >= nfields)
			error_at(p, in->line, in->col, "no field `%s` in this initializer", in->name ? in->name : "?");
		in->field = f;
		given[f] = true;
		aggregate_leaf(p, in->value, fields[f].ty);
	}
}

/* const39: an aggregate const's initializer against its type want: a struct literal, a variant (of an
 * Option / Result instance too) or an array literal or repeat, whose leaves aggregate_leaf admits */
static void aggregate_init(Parser *p, AstExpr *e, AstType want)
{
	if (want.kind == ATY_STRUCT) {
		if (e->kind != EXPR_STRUCT || e->strukt->id != want.id)
			aggregate_mismatch(p, e, want);
		AstStruct *st = e->strukt;
		bool *given = arena_alloc(p->arena, (size_t)st->nfields + 1);
		memset(given, 0, (size_t)st->nfields + 1);
		aggregate_fields(p, e->inits, e->ninits, st->fields, st->nfields, &st->field_ix, e->ctor_call, given);
		aggregate_missing(p, e, st->fields, st->nfields, given, st->ident);
	} else if (want.kind == ATY_ENUM) {
		AstEnum *en = p->prog->enums[ast_enum_index(want)];
		if (e->kind != EXPR_VARIANT || !(e->enm == en || (en->generic != GENERIC_NONE && e->enm->generic == en->generic)))
			aggregate_mismatch(p, e, want);
		e->enm = en;
		const AstVariant *v = &en->variants[e->variant];
		bool *given = arena_alloc(p->arena, (size_t)v->nfields + 1);
		memset(given, 0, (size_t)v->nfields + 1);
		aggregate_fields(p, e->vinits, e->nvinits, v->fields, v->nfields, &v->field_ix, v->is_tuple, given);
		aggregate_missing(p, e, v->fields, v->nfields, given,
		                  arena_printf(p->arena, "%s::%s", ast_enum_name(p->prog, en), v->name));
	} else {
		AstType et = ast_array_elem(want);
		int len = ast_array_len(want);
		if (e->kind == EXPR_REPEAT) {
			if (e->int_value != (uint64_t)len)
				error_at(p, e->line, e->col, "mismatched types: expected an array with a size of %d, found one with "
				         "a size of %llu", len, (unsigned long long)e->int_value);
			aggregate_leaf(p, e->lhs, et);
		} else if (e->kind == EXPR_ARRAY) {
			if (e->nargs != len)
				error_at(p, e->line, e->col, "mismatched types: expected an array with a size of %d, found one with "
				         "a size of %d", len, e->nargs);
			for (int i = 0; i < e->nargs; i++)
				aggregate_leaf(p, e->args[i], et);
		} else {
			aggregate_mismatch(p, e, want);
		}
	}
	e->ty = want;
}

/* const39: each aggregate const's initializer, parsed once every item (its type's fields) is known,
 * checked (aggregate_init) */
static void aggregate_consts(Parser *p)
{
	for (int i = 0; i < p->nagg_consts; i++) {
		AstConst *c = p->agg_consts[i];
		const Token *init = c->init_tok;
		for (const Token *k = init; k < (const Token *)c->end; k++)
			switch (k->kind) { /* what would parse as more than an aggregate of the subset's values */
			case TOK_ASYNC: case TOK_LET: case TOK_MATCH: case TOK_IF: case TOK_LOOP: case TOK_WHILE: case TOK_FOR:
			case TOK_RETURN: case TOK_BREAK: case TOK_CONTINUE: case TOK_MOVE: case TOK_DOT: case TOK_QUESTION:
				error_tok(p, k, "this expression is not supported in a const item's initializer");
			case TOK_LBRACE: /* a struct literal's, never a block's */
				if (k == init || k[-1].kind != TOK_IDENT)
					error_tok(p, k, "this expression is not supported in a const item's initializer");
				break;
			default: break;
			}
		p->tok = init;
		p->fn = NULL;
		p->cur_const = c;
		p->no_struct = false;
		AstExpr *e = parse_expr(p);
		if (!at(p, TOK_SEMI))
			error_expected(p, "`;`");
		aggregate_init(p, e, c->ty);
		c->agg = e;
	}
	p->cur_const = NULL;
}

static const char *const_key(const void *items, int i)
{
	return ((AstConst *const *)items)[i]->ident;
}

/* The const or static item named t visible at t, the innermost (prescan_items; as find_struct). */
static AstConst *find_value_item(const Parser *p, const Token *t)
{
	if (t->kind != TOK_IDENT || !p->prog->nconsts)
		return NULL;
	int i = nameix_find(&p->prog->const_ix, t->text, (size_t)t->len, const_key, p->prog->consts);
	AstConst *best = NULL, *head = i < 0 ? NULL : p->prog->consts[i];
	/* hunt35: a long chain gets an index; consts35: not a chain holding an associated const (reached only
	 * by `TYPE::NAME`: the index would take it for a top-level const) */
	if (head && !head->chain_assoc &&
	    (head->scope_ix || scope_chain_long(head->next_same, offsetof(AstConst, next_same))))
		best = scope_find(p, &head->scope_ix, head, offsetof(AstConst, scope), offsetof(AstConst, next_same), t);
	else
		for (AstConst *c = head; c; c = c->next_same)
			if (!c->assoc_type && !c->assoc_trait && scope_has(&c->scope, t) &&
			    (!best || scope_inner(&c->scope, &best->scope)))
				best = c;
	return best;
}

/* The const item named t visible at t, the innermost (prescan_items; as find_struct). */
static AstConst *find_const(const Parser *p, const Token *t)
{
	AstConst *best = find_value_item(p, t);
	return best && !best->is_static ? best : NULL;
}

/* hunt36: whether en (NULL: none) has a variant named name: `E::X` names the variant when X is both a
 * variant of E and an associated const of an `impl E` (rustc_hir_typeck method/mod.rs
 * resolve_fully_qualified_call looks for a variant before probing the inherent items) */
static bool enum_ready(Parser *p, AstEnum *en);

static bool enum_has_variant(Parser *p, AstEnum *en, const Token *name)
{
	if (!en || !enum_ready(p, en) || en->variant_ix.n != en->nvariants)
		return false;
	return nameix_find(&en->variant_ix, name->text, (size_t)name->len, variant_key, en->variants) >= 0;
}

/* consts38: the name an associated const's type is indexed by (AstConst.assoc_type): a top-level type's
 * ident as written, a body's ident and id (two bodies' `S` are two types) */
static const char *assoc_type_key(Parser *p, const AstStruct *st, const AstEnum *en)
{
	if (st)
		return st->scope.lo ? arena_printf(p->prog->arena, "%s#s%d", st->ident, st->id) : st->ident;
	return en->scope.lo ? arena_printf(p->prog->arena, "%s#e%d", en->ident, en->id) : en->ident;
}

/* consts38: after prescan_items, the type of each inherent impl's const in a body (the innermost of that
 * name visible at the impl: find_struct / find_enum), keyed as assoc_type_key; an unknown type is left to
 * parse_impl's error */
static void resolve_body_impl_consts(Parser *p)
{
	for (int i = 0; i < p->prog->nconsts; i++) {
		AstConst *c = p->prog->consts[i];
		if (!c->impl_tok)
			continue;
		AstStruct *st = find_struct(p, c->impl_tok);
		AstEnum *en = st ? NULL : find_enum(p, c->impl_tok);
		c->assoc_type = st || en ? assoc_type_key(p, st, en) : tok_name(p, c->impl_tok);
		c->name = arena_printf(p->prog->arena, "%s::%s", c->assoc_type, c->ident);
	}
}

/* consts35: the type ty names for an associated const (a struct or enum token, or `Self` in an impl or an
 * associated const's initializer): its key into *tn / *tl (consts38: assoc_type_key, a body's type too),
 * its enum (NULL: a struct's); false when ty names no struct or enum */
static bool assoc_const_type(Parser *p, const Token *ty, const char **tn, size_t *tl, AstEnum **en)
{
	*en = NULL;
	if (ty->kind == TOK_SELF_TYPE && p->cur_const && p->cur_const->assoc_type) {
		*tn = p->cur_const->assoc_type;
		*tl = strlen(*tn);
		int e = nameix_find(&p->prog->enum_ix, *tn, *tl, enum_key, p->prog->enums);
		for (AstEnum *x = e < 0 ? NULL : p->prog->enums[e]; x; x = x->next_same)
			if (!x->scope.lo)
				*en = x;
		if (!*en && p->cur_const->impl_tok && !find_struct(p, p->cur_const->impl_tok)) /* consts38: a body's enum */
			*en = find_enum(p, p->cur_const->impl_tok);
		return true;
	}
	const AstStruct *st = ty->kind == TOK_SELF_TYPE ? p->impl_of : find_struct(p, ty);
	*en = st ? NULL : ty->kind == TOK_SELF_TYPE ? p->impl_enum : find_enum(p, ty);
	if ((ty->kind != TOK_IDENT && ty->kind != TOK_SELF_TYPE) || (!st && !*en))
		return false;
	*tn = assoc_type_key(p, st, *en); /* consts38: a body's type too */
	*tl = strlen(*tn);
	return true;
}

static bool name_is(const char *s, const char *t, size_t n)
{
	return s && strlen(s) == n && !strncmp(s, t, n);
}

/* consts37: whether a top-level `impl TRAIT for TYPE` is written (prescan_items' list) */
static bool trait_impl_written(const Parser *p, const char *trait, const char *tn, size_t tl)
{
	for (uint32_t i = 0; i < p->ntrait_impls; i++) {
		const Token *t = p->trait_impls[i];
		if (name_is(trait, t[1].text, (size_t)t[1].len) && (size_t)t[3].len == tl && !strncmp(t[3].text, tn, tl))
			return true;
	}
	return false;
}

/* consts37: decl's default for type tn, `<TYPE as TRAIT>::NAME` evaluated with Self = TYPE (its own
 * AstConst after the prescanned ones, chained under its name; made at its first use) */
static AstConst *default_instance(Parser *p, AstConst *decl, const char *tn, size_t tl)
{
	Arena *a = p->prog->arena; /* not a body's arena: the item outlives the body naming it */
	AstConst *c = arena_alloc(a, sizeof *c);
	c->ident = decl->ident;
	c->line = decl->line;
	c->col = decl->col;
	c->kw = decl->kw;
	c->assoc_type = arena_strndup(a, tn, tl);
	c->assoc_trait = decl->assoc_trait;
	c->decl = decl;
	c->name = arena_printf(a, "<%s as %s>::%s", c->assoc_type, c->assoc_trait, c->ident);
	*VEC_PUSH(a, p->prog->consts, p->prog->nconsts, p->prog->consts_cap) = c;
	AstConst *head = decl;
	int first = nameix_find(&p->prog->const_ix, c->ident, strlen(c->ident), const_key, p->prog->consts);
	if (first >= 0)
		head = p->prog->consts[first];
	(head->last_same ? head->last_same : head)->next_same = c;
	head->last_same = c;
	return c;
}

/* consts35: the inherent impl's const NAME of type tn, the first in source order (consts37: by its name
 * `TYPE::NAME` in an index, no longer a walk of every const of that NAME: trait impls' are many) */
static AstConst *find_inherent_const(Parser *p, const char *tn, size_t tl, const Token *name)
{
	uintptr_t *v = namemap_find(&p->inherent_consts, arena_printf(p->arena, "%.*s::%.*s", (int)tl, tn, name->len,
	                                                              name->text));
	return v ? (AstConst *)*v : NULL;
}

/* consts37: c listed under its `TYPE::NAME` (tc_by_type) */
static void index_trait_const(Parser *p, AstConst *c, const char *key)
{
	uintptr_t *v = namemap_find(&p->tc_by_type, key);
	if (v) {
		c->next_for_type = (AstConst *)*v;
		*v = (uintptr_t)c;
	} else
		namemap_put(&p->tc_by_type, key, (uintptr_t)c);
}

/* consts37: after prescan_items, the indexes of trait consts (their lookups were scans: N impls of one
 * trait each used once walked N^2) */
static void index_trait_consts(Parser *p)
{
	for (int i = 0; i < p->prog->nconsts; i++) {
		AstConst *c = p->prog->consts[i];
		if (c->trait_decl)
			namemap_put(&p->tc_decls, c->name, (uintptr_t)c);
		else if (c->assoc_type && !c->assoc_trait)
			namemap_add(&p->inherent_consts, c->name, (uintptr_t)c); /* the first of a name defined twice */
		else if (c->assoc_trait)
			index_trait_const(p, c, arena_printf(p->prog->arena, "%s::%s", c->assoc_type, c->ident));
	}
	p->trait_impl_next = arena_alloc(p->arena, ((size_t)p->ntrait_impls + 1) * sizeof *p->trait_impl_next);
	for (int i = (int)p->ntrait_impls - 1; i >= 0; i--) {
		const Token *ty = &p->trait_impls[i][3];
		const char *key = tok_name(p, ty);
		uintptr_t *v = namemap_find(&p->ti_by_type, key);
		p->trait_impl_next[i] = v ? (int)*v - 1 : -1;
		namemap_put(&p->ti_by_type, key, (uintptr_t)i + 1);
	}
}

static void free_trait_const_index(Parser *p)
{
	namemap_free(&p->tc_by_type);
	namemap_free(&p->tc_decls);
	namemap_free(&p->ti_by_type);
	namemap_free(&p->inherent_consts);
	namemap_free(&p->assoc_seen);
}

/* consts37: the one of list (tc_by_type's) of trait (NULL: any; two traits' is E0034), else *found */
static AstConst *pick_trait_const(Parser *p, AstConst *list, const char *trait, AstConst *found, const Token *at_tok)
{
	for (AstConst *c = list; c; c = c->next_for_type) {
		if (trait && strcmp(c->assoc_trait, trait))
			continue;
		if (found && found != c && strcmp(found->assoc_trait, c->assoc_trait))
			error_tok(p, at_tok, "multiple applicable items in scope");
		found = c;
	}
	return found;
}

/* consts37: the trait const NAME for type tn (trait NULL: any trait's): an impl's const or a default's
 * instance, else a default of a trait tn's written impls take (made then); E0034 when two traits have one */
static AstConst *find_trait_const(Parser *p, const char *tn, size_t tl, const char *trait, const Token *name)
{
	char *key = arena_printf(p->arena, "%.*s::%.*s", (int)tl, tn, name->len, name->text);
	uintptr_t *v = namemap_find(&p->tc_by_type, key);
	AstConst *list = v ? (AstConst *)*v : NULL, *found = pick_trait_const(p, list, trait, NULL, name);
	uintptr_t *first = namemap_find(&p->ti_by_type, arena_strndup(p->arena, tn, tl));
	for (int i = first ? (int)*first - 1 : -1; i >= 0; i = p->trait_impl_next[i]) {
		const Token *tt = &p->trait_impls[i][1];
		if (trait && !tok_is(tt, trait))
			continue;
		bool defined = false;
		for (AstConst *c = list; c && !defined; c = c->next_for_type)
			defined = tok_is(tt, c->assoc_trait);
		char *dkey = arena_printf(p->arena, "%.*s::%.*s", tt->len, tt->text, name->len, name->text);
		uintptr_t *d = defined ? NULL : namemap_find(&p->tc_decls, dkey);
		AstConst *decl = d ? (AstConst *)*d : NULL;
		if (!decl || !decl->has_default)
			continue;
		AstConst *inst = default_instance(p, decl, tn, tl);
		index_trait_const(p, inst, arena_printf(p->prog->arena, "%s::%s", inst->assoc_type, inst->ident));
		list = inst;
		found = pick_trait_const(p, inst, NULL, found, name);
	}
	return found;
}

/* consts35: the associated const `ty::name`: the one of a top-level `impl TY { const NAME: .. }` when TY here
 * is the top-level type of that name, and no variant of TY is so named (enum_has_variant); consts37: else
 * one of a trait's for TY (`<TY as TRAIT>::NAME`: trait set, the trait's only) */
static AstConst *find_assoc_const_of(Parser *p, const Token *ty, const char *trait, const Token *name)
{
	if (name->kind != TOK_IDENT || !p->prog->nconsts)
		return NULL;
	const char *tn;
	size_t tl;
	AstEnum *en;
	if (!assoc_const_type(p, ty, &tn, &tl, &en))
		return NULL;
	AstConst *c = trait ? NULL : find_inherent_const(p, tn, tl, name);
	if (c)
		return enum_has_variant(p, en, name) ? NULL : c;
	c = find_trait_const(p, tn, tl, trait, name);
	return c && !trait && enum_has_variant(p, en, name) ? NULL : c;
}

static AstConst *find_assoc_const(Parser *p, const Token *ty, const Token *name)
{
	return find_assoc_const_of(p, ty, NULL, name);
}

/* consts37: at `< TYPE as TRAIT > :: NAME` not followed by `(` (TYPE a name or `Self`) */
static bool at_qualified_const(const Parser *p)
{
	return at(p, TOK_LT) && (at_ahead(p, 1, TOK_IDENT) || at_ahead(p, 1, TOK_SELF_TYPE)) && at_ahead(p, 2, TOK_AS) &&
	       at_ahead(p, 3, TOK_IDENT) && at_ahead(p, 4, TOK_GT) && at_ahead(p, 5, TOK_PATHSEP) &&
	       at_ahead(p, 6, TOK_IDENT) && !at_ahead(p, 7, TOK_LPAREN) && !at_ahead(p, 7, TOK_PATHSEP);
}

/* consts37: `<TYPE as TRAIT>::NAME` (at_qualified_const), consumed: TRAIT's const for TYPE, or rustc's error */
static AstConst *qualified_const(Parser *p)
{
	const Token *t = p->tok, *ty = &t[1], *tr = &t[3], *name = &t[6];
	const char *trait = tok_name(p, tr);
	AstConst *c = find_assoc_const_of(p, ty, trait, name);
	if (!c) {
		const char *tn;
		size_t tl;
		AstEnum *en;
		if (!assoc_const_type(p, ty, &tn, &tl, &en))
			error_tok(p, ty, "cannot find type `%.*s` in this scope", ty->len, ty->text);
		if (!trait_impl_written(p, trait, tn, tl))
			error_tok(p, ty, "the trait bound `%.*s: %s` is not satisfied", (int)tl, tn, trait);
		error_tok(p, name, "cannot find method or associated constant `%.*s` in trait `%s`", name->len, name->text,
		          trait);
	}
	for (int i = 0; i < 7; i++)
		advance(p);
	return c;
}

/* consts35: the static item named t visible at t (the innermost const or static of that name is one) */
static AstConst *find_static(const Parser *p, const Token *t)
{
	if (t->kind != TOK_IDENT || !p->prog->nconsts)
		return NULL;
	AstConst *best = find_value_item(p, t);
	return best && best->is_static ? best : NULL;
}

/* c's value: its initializer parsed and evaluated the first time something needs it (its item, or a
 * use before it), the parser back where it was afterwards */
static void const_value(Parser *p, AstConst *c)
{
	if (c->state == 2)
		return;
	const Token *kw = c->kw;
	if (c->state == 1)
		error_tok(p, kw, "cycle detected when evaluating the constant `%s`", c->ident);
	c->state = 1;
	const Token *saved = p->tok;
	bool no_struct = p->no_struct;
	AstFn *fn = p->fn;
	if (!c->scope.lo) /* a top-level one: no local around it (E0425, not E0435) */
		p->fn = NULL;
	AstConst *outer_const = p->cur_const;
	p->cur_const = c;
	p->tok = kw + 3; /* `const NAME :`, `static NAME :` */
	const Token *tt = p->tok;
	AstAliasUser user = p->alias_user; /* vis39: the aliases its type names are used by it */
	p->alias_user = (AstAliasUser){ALIAS_USER_CONST, c};
	AstType ty = parse_type(p, false, false);
	p->alias_user = user;
	bool aggregate = ty.kind != ATY_BOOL && ty.kind != ATY_CHAR && !ast_type_is_int(ty);
	if (aggregate && !const_aggregate_type(c, ty))
		error_tok(p, tt, "%s items of type `%s` are not supported (integers, bool, char, structs, enums and arrays are)",
		          c->is_static ? "static" : "const", const_type_name(p, ty));
	if (!at(p, TOK_ASSIGN))
		error_tok(p, p->tok, at(p, TOK_SEMI) ? c->is_static ? "free static item without body"
		                                                    : "free constant item without body" : "expected `=`");
	advance(p);
	if (aggregate) { /* const39: its type now, its initializer once every item is parsed (aggregate_consts) */
		c->ty = ty;
		c->is_aggregate = true;
		c->init_tok = p->tok;
		c->end = skip_initializer(p->tok);
		c->state = 2;
		*VEC_PUSH(p->arena, p->agg_consts, p->nagg_consts, p->agg_consts_cap) = c;
		p->tok = saved;
		p->no_struct = no_struct;
		p->fn = fn;
		p->cur_const = outer_const;
		return;
	}
	int depth = 0;
	for (const Token *k = p->tok; k->kind != TOK_EOF && !(depth == 0 && k->kind == TOK_SEMI); k++) {
		depth += (k->kind == TOK_LPAREN || k->kind == TOK_LBRACKET) - (k->kind == TOK_RPAREN || k->kind == TOK_RBRACKET);
		switch (k->kind) { /* what would parse as more than an expression of the subset's values */
		case TOK_LBRACE: case TOK_ASYNC: case TOK_LET: case TOK_MATCH: case TOK_IF: case TOK_LOOP: case TOK_WHILE:
		case TOK_FOR: case TOK_RETURN: case TOK_BREAK: case TOK_CONTINUE: case TOK_MOVE: case TOK_DOT: case TOK_QUESTION:
		case TOK_RBRACE:
			error_tok(p, k, "this expression is not supported in a const item's initializer");
		default: break;
		}
	}
	p->no_struct = false;
	AstExpr *e = parse_expr(p);
	if (!at(p, TOK_SEMI))
		error_expected(p, "`;`");
	advance(p);
	CVal v = ceval(p, e, ty);
	c->ty = ty;
	c->value = v.v;
	c->end = p->tok;
	c->state = 2;
	p->tok = saved;
	p->no_struct = no_struct;
	p->fn = fn;
	p->cur_const = outer_const;
}

static AstConst *prescanned_const(Parser *p, const Token *t);
static void const_not_twice(Parser *p, AstConst *c, const Token *t);

static bool same_opt_name(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* consts35: whether const items k and c of one name clash: one impl type's (consts37: of one trait), one
 * trait's declarations, or free items of one block */
static bool same_const_owner(const AstConst *k, const AstConst *c)
{
	if (!same_opt_name(k->assoc_type, c->assoc_type) || !same_opt_name(k->assoc_trait, c->assoc_trait))
		return false;
	return k->assoc_type || k->assoc_trait || k->scope.lo == c->scope.lo;
}

/* `const NAME: T = expr;` as an item: evaluated (if no use was first), skipped; consts35: `static NAME:
 * T = expr;` too (`static mut` refused) */
static AstConst *parse_const_item(Parser *p)
{
	const Token *t = p->tok;
	if (at(p, TOK_STATIC) && at_ahead(p, 1, TOK_MUT))
		error_tok(p, t, "`static mut` items are not supported (mutable statics need `unsafe`)");
	if (!at_ahead(p, 1, TOK_IDENT) || !at_ahead(p, 2, TOK_COLON))
		error_tok(p, t, at(p, TOK_STATIC) ? "expected identifier and `:` after `static`"
		              : at_ahead(p, 1, TOK_UNDERSCORE) ? "`const _` items are not supported"
		                                               : "expected identifier and `:` after `const`");
	AstConst *c = prescanned_const(p, t);
	if (!c) /* prescan_items saw every `const NAME :` not inside parentheses or brackets */
		error_tok(p, t, "%s items are not supported here", at(p, TOK_STATIC) ? "static" : "const");
	const_not_twice(p, c, t);
	const_value(p, c);
	p->tok = c->end;
	check_token(p);
	return c;
}

/* consts37: `const NAME: T;` or `const NAME: T = expr;` declared in a top-level trait: its type checked,
 * its default (if any) evaluated per implementing type where used (default_instance), skipped here */
static void parse_trait_const(Parser *p, AstTrait *tr)
{
	const Token *t = p->tok;
	AstConst *c = prescanned_const(p, t);
	if (!c || !c->trait_decl)
		error_tok(p, t, "associated consts of a trait in a body are not supported");
	const_not_twice(p, c, t);
	p->tok = t + 3;
	const Token *tt = p->tok;
	c->ty = parse_type(p, false, false);
	if (c->ty.kind != ATY_BOOL && c->ty.kind != ATY_CHAR && !ast_type_is_int(c->ty))
		error_tok(p, tt, "const items of type `%s` are not supported (integers, bool and char are)",
		          c->ty.kind == ATY_STRUCT ? p->prog->structs[c->ty.id]->name : ast_type_name(c->ty));
	if (consume(p, TOK_ASSIGN))
		for (int depth = 0; !(depth == 0 && at(p, TOK_SEMI)) && !at(p, TOK_EOF); advance(p))
			depth += (at(p, TOK_LPAREN) || at(p, TOK_LBRACKET) || at(p, TOK_LBRACE)) -
			         (at(p, TOK_RPAREN) || at(p, TOK_RBRACKET) || at(p, TOK_RBRACE));
	expect(p, TOK_SEMI);
	c->trait_id = tr->id;
	*VEC_PUSH(p->prog->arena, tr->consts, tr->nconsts, tr->consts_cap) = c;
	nameix_add(&tr->const_ix, p->prog->arena, tr->nconsts - 1, const_key, tr->consts);
}

/* consts37: the top-level trait named name (NULL: none) */
static AstTrait *top_trait(Parser *p, const char *name)
{
	int k = nameix_find(&p->prog->trait_ix, name, strlen(name), trait_key, p->prog->traits);
	for (AstTrait *tr = k < 0 ? NULL : p->prog->traits[k]; tr; tr = tr->next_same)
		if (!tr->scope.lo)
			return tr;
	return NULL;
}

/* consts37: a trait impl's const against its trait's declaration (rustc: E0438 not a member, E0326 another
 * type), linked to it */
static void check_impl_const(Parser *p, AstConst *c)
{
	AstTrait *tr = top_trait(p, c->assoc_trait);
	if (!tr) /* sema's E0405 */
		return;
	const Token *kw = c->kw;
	int k = nameix_find(&tr->const_ix, c->ident, strlen(c->ident), const_key, tr->consts);
	if (k < 0)
		error_tok(p, kw, "const `%s` is not a member of trait `%s`", c->ident, tr->ident);
	c->decl = tr->consts[k];
	if (!ast_type_eq(c->ty, c->decl->ty))
		error_tok(p, kw + 3, "implemented const `%s` has an incompatible type for trait", c->ident);
}

/* consts37: after parsing, every trait impl defines its trait's consts that have no default (rustc: E0046,
 * at the impl); an impl in a body of a trait with consts is refused (its consts are not modelled) */
static void check_trait_impl_consts(Parser *p)
{
	int *defined = arena_alloc(p->arena, ((size_t)p->prog->nimpls + 1) * sizeof *defined);
	for (int i = 0; i < p->nprescan_consts; i++) {
		AstConst *c = p->prog->consts[i];
		if (c->assoc_trait && c->assoc_type && c->assoc_impl) {
			check_impl_const(p, c);
			if (c->decl && !c->decl->has_default)
				defined[c->assoc_impl - 1]++;
		}
	}
	for (int i = 0; i < p->prog->nimpls; i++) {
		const AstImpl *im = p->prog->impls[i];
		AstTrait *tr = im->trait_name ? top_trait(p, im->trait_name) : NULL;
		if (!tr || !tr->nconsts)
			continue;
		if (im->scope.lo)
			error_at(p, im->line, im->col, "impls in a body of a trait with associated consts are not supported");
		int required = 0;
		for (int k = 0; k < tr->nconsts; k++)
			required += !tr->consts[k]->has_default;
		if (defined[i] == required)
			continue;
		const char *tn = im->strukt ? im->strukt->ident : im->enm->ident;
		for (int k = 0; k < tr->nconsts; k++) {
			const AstConst *d = tr->consts[k];
			bool found = d->has_default;
			int h = nameix_find(&p->prog->const_ix, d->ident, strlen(d->ident), const_key, p->prog->consts);
			for (const AstConst *c = p->prog->consts[h]; c && !found; c = c->next_same)
				found = c->assoc_impl == i + 1 && c->decl == d && !strcmp(c->assoc_type, tn);
			if (!found)
				error_at(p, im->line, im->col, "not all trait items implemented, missing: `%s`", d->ident);
		}
	}
}

/* const33: the item prescan_items registered for the `const` / `static` token t (NULL: none) */
static AstConst *prescanned_const(Parser *p, const Token *t)
{
	int lo = 0, hi = p->nprescan_consts; /* prescan_items pushed them in source order (hunt35: a walk of
	                                    * the name's chain per item was N^2 for N blocks' `const K`) */
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if ((const Token *)p->prog->consts[mid]->kw < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->nprescan_consts && p->prog->consts[lo]->kw == (const void *)t ? p->prog->consts[lo] : NULL;
}

/* consts35: E0428 / E0201 / E0592 of item c (its token t) against the earlier items of its name */
/* consts35: associated const c (its token t) after k of the same path: E0201 (one impl, at the second),
 * E0592 (two inherent impls, at the first); consts37: a trait's declared twice E0428, two impls of one
 * trait for one type sema's E0119 */
static void assoc_const_twice(Parser *p, const AstConst *k, const AstConst *c, const Token *t)
{
	bool other_impl = k->assoc_impl && k->assoc_impl != p->prog->nimpls;
	if (c->assoc_trait && other_impl)
		return;
	if (c->trait_decl)
		error_tok(p, t, "the name `%s` is defined multiple times", c->ident);
	if (c->assoc_type && other_impl)
		error_at(p, k->line, k->col, "duplicate definitions with name `%s`", c->ident);
	error_tok(p, t + 1, "duplicate definitions with name `%s`", c->ident);
}

static void const_not_twice(Parser *p, AstConst *c, const Token *t)
{
	if (c->assoc_type || c->assoc_trait) { /* consts37: the first of its path (`S::N`, `<S as T>::K`, `T::K`) by
		                                 * an index (a walk of the name's items was N^2/2 string compares for
		                                 * N impls of one trait) */
		uintptr_t *v = namemap_add(&p->assoc_seen, c->name, (uintptr_t)c);
		if (v)
			assoc_const_twice(p, (AstConst *)*v, c, t);
		return;
	}
	int i = nameix_find(&p->prog->const_ix, t[1].text, (size_t)t[1].len, const_key, p->prog->consts);
	/* consts35: E0428, at the second (a walk of the earlier items of the name: N blocks' `const K`
	 * walk N^2/2 links, a pointer compare each) */
	for (AstConst *k = p->prog->consts[i]; k && (const Token *)k->kw < t; k = k->next_same)
		if (same_const_owner(k, c))
			error_tok(p, t + 1, "the name `%s` is defined multiple times", c->ident);
}

/* who names c (dead_code's liveness of it, sema_warn.c) */
static void const_named_by(Parser *p, AstConst *c)
{
	Arena *a = p->prog->arena;
	if (p->cur_const) {
		if (!c->nuser_consts || c->user_consts[c->nuser_consts - 1] != p->cur_const)
			*VEC_PUSH(a, c->user_consts, c->nuser_consts, c->user_consts_cap) = p->cur_const;
	} else if (p->fn && !p->in_trait) {
		if (!c->nuser_fns || c->user_fns[c->nuser_fns - 1] != p->fn)
			*VEC_PUSH(a, c->user_fns, c->nuser_fns, c->user_fns_cap) = p->fn;
	} else {
		c->always_live = true;
	}
}

/* A use of c in an expression: the literal of its value that remembers c (the MIR's `const NAME`) */
static AstExpr *const_use(Parser *p, const Token *t, AstConst *c)
{
	const_value(p, c);
	const_named_by(p, c);
	if (c->is_aggregate) { /* const39: a value of its type, `const P` in the MIR */
		AstExpr *e = new_expr(p, EXPR_INT, t->line, t->col);
		e->int_suffix = c->ty.kind; /* not an unsuffixed literal's ATY_VAR */
		e->konst = c;
		return e;
	}
	AstExpr *e = new_expr(p, c->ty.kind == ATY_BOOL ? EXPR_BOOL : EXPR_INT, t->line, t->col);
	e->int_value = c->value;
	e->bool_value = c->value != 0;
	e->int_suffix = c->ty.kind == ATY_BOOL ? ATY_VAR : c->ty.kind;
	e->konst = c;
	return e;
}

/* consts35: a use of static c: the place `*S` where S is a literal of type `&'static T` that remembers c
 * (THIR's Deref of a StaticRef; the MIR's `const {allocN: &T}` into a temporary, then `(*_k)`) */
static AstExpr *static_use(Parser *p, const Token *t, AstConst *c)
{
	if (c->state == 1) { /* hunt36: rustc's words for a static (E0080 / E0391), not a const's */
		if (p->cur_const == c)
			error_tok(p, t, "encountered static that tried to access itself during initialization");
		const Token *init = c->kw;
		while (init->kind != TOK_ASSIGN && init->kind != TOK_SEMI && init->kind != TOK_EOF)
			init++;
		error_tok(p, init->kind == TOK_ASSIGN ? init + 1 : (const Token *)c->kw,
		          "cycle detected when evaluating initializer of static `%s`", c->ident);
	}
	const_value(p, c);
	const_named_by(p, c);
	AstExpr *r = new_expr(p, EXPR_INT, t->line, t->col);
	r->int_suffix = ATY_VAR;
	r->konst = c;
	AstExpr *e = new_expr(p, EXPR_DEREF, t->line, t->col);
	e->lhs = r;
	e->is_place = true;
	return e;
}

/* c's value as a pattern (rustc's const_to_pat: the value, a suffixed literal) */
static void const_pattern(Parser *p, const Token *t, AstConst *c, uint64_t *value, bool *negative, AstTypeKind *suffix,
                          bool *is_bool)
{
	const_value(p, c);
	if (c->is_aggregate) /* const39 */
		error_tok(p, t, "a pattern naming a const item of type `%s` is not supported", const_type_name(p, c->ty));
	const_named_by(p, c);
	*is_bool = c->ty.kind == ATY_BOOL;
	*suffix = c->ty.kind == ATY_BOOL ? ATY_VAR : c->ty.kind;
	*negative = ast_type_is_signed(c->ty) && cv_signed(c->ty, c->value) < 0;
	*value = *negative ? (uint64_t)0 - (uint64_t)cv_signed(c->ty, c->value) : c->value;
}

/* An array length or repeat count that is not one literal (const33): a constant expression of type
 * usize (`N`, `N * 2`), evaluated; rustc's MIR holds the value */
static int const_array_len(Parser *p)
{
	const Token *n = p->tok;
	int depth = 0;
	for (const Token *k = n; k->kind != TOK_EOF && !(depth == 0 && k->kind == TOK_RBRACKET); k++) {
		depth += (k->kind == TOK_LPAREN || k->kind == TOK_LBRACKET) - (k->kind == TOK_RPAREN || k->kind == TOK_RBRACKET);
		if (k->kind == TOK_LBRACE || k->kind == TOK_SEMI || k->kind == TOK_ASYNC || k->kind == TOK_DOT)
			error_tok(p, n, "an array length other than an integer literal or a constant is not supported");
	}
	bool no_struct = p->no_struct;
	p->no_struct = true;
	AstExpr *e = parse_expr(p);
	p->no_struct = no_struct;
	CVal v = ceval(p, e, ast_type(ATY_USIZE));
	if (v.v > 4096)
		error_tok(p, n, "an array of more than 4096 elements is not supported");
	if (v.v == 0)
		error_tok(p, n, "an array of length 0 is not supported");
	return (int)v.v;
}

/* ---------------------------------------------------------------------- */
/* Statements and blocks                                                  */
/* ---------------------------------------------------------------------- */

/* vis39: how many tokens the visibility at t spans: 0 (none), 1 (`pub`), 4 (`pub(crate)`, `pub(self)`,
 * `pub(super)`), 5 (`pub(in crate)`, `pub(in self)`, `pub(in super)`), 1 + the group's for another
 * `pub(in PATH)`. rustc_parse's rule: `pub(` opens a restriction only before `crate`, `self` or `super`
 * and `)`, or before `in`; otherwise the `(` belongs to what follows (a tuple field's type). */
static int vis_len(const Token *t)
{
	if (t->kind != TOK_PUB)
		return 0;
	if (t[1].kind != TOK_LPAREN)
		return 1;
	TokKind k = t[2].kind;
	if ((k == TOK_CRATE || k == TOK_SELF_VALUE || k == TOK_SUPER) && t[3].kind == TOK_RPAREN)
		return 4;
	if (k != TOK_IN)
		return 1;
	int n = 3;
	while (t[n].kind != TOK_RPAREN && t[n].kind != TOK_EOF) /* a path: no parentheses inside */
		n++;
	return n + (t[n].kind == TOK_RPAREN);
}

/* vis39: a visibility, read: VIS_PUB for `pub` alone (public at the crate root: one of rustc's effective
 * visibilities, a dead_code root even in a bin crate), VIS_RESTRICTED for `pub(crate)`, `pub(self)`,
 * `pub(in crate)`, `pub(in self)` (private in a crate of one module), VIS_NONE without one. rustc's
 * errors: `pub(super)` at the crate root (E0433), a path that is not the crate's (E0433 / E0742). */
static int parse_vis(Parser *p)
{
	int n = vis_len(p->tok);
	if (n == 0)
		return VIS_NONE;
	if (n == 1) {
		advance(p);
		return VIS_PUB;
	}
	const Token *k = p->tok + (n == 4 ? 2 : 3);
	if (k->kind == TOK_SUPER)
		error_tok(p, k, "too many leading `super` keywords");
	if ((n != 4 && n != 5) || (k->kind != TOK_CRATE && k->kind != TOK_SELF_VALUE))
		error_tok(p, k, "visibility paths other than `crate` and `self` are not supported");
	p->tok += n - 1;
	advance(p);
	return VIS_RESTRICTED;
}

/* vis39: the visibility at t as rustc prints it (`pub`, `pub(crate)`, `pub(in crate)`) */
static const char *vis_spelling(Parser *p, const Token *t)
{
	int n = vis_len(t);
	if (n == 1)
		return "pub";
	return arena_printf(p->arena, "pub(%s%.*s)", n == 5 ? "in " : "", t[n - 2].len, t[n - 2].text);
}

/* vis39: rustc's E0449 where a visibility means nothing (an impl block, a trait's or a trait impl's
 * item, an enum's variant or a variant's field) */
static void no_vis(Parser *p)
{
	if (vis_len(p->tok))
		error_tok(p, p->tok, "visibility qualifiers are not permitted here");
}

static bool starts_item_tok(const Token *t)
{
	switch (t->kind) {
	case TOK_FN: case TOK_STRUCT: case TOK_ENUM: case TOK_IMPL: case TOK_TRAIT:
	case TOK_USE: case TOK_MOD: case TOK_STATIC: case TOK_TYPE: case TOK_EXTERN:
	case TOK_PUB: case TOK_POUND:
		return true;
	case TOK_CONST:
		return t[1].kind != TOK_LBRACE;
	case TOK_ASYNC:
		return t[1].kind == TOK_FN;
	default:
		return false;
	}
}

static bool starts_item(const Parser *p)
{
	return starts_item_tok(p->tok);
}

/* A variant or struct pattern, or "(" one, ahead of a `let`'s pattern (issue 22) */
static bool starts_variant_or_struct(const Parser *p, int k)
{
	const Token *t = p->tok + k;
	if (at_ahead(p, k, TOK_SELF_TYPE) && p->impl_of) /* vis39: `Self { .. }`, `Self(..)` in a struct's impl */
		return at_ahead(p, k + 1, TOK_LBRACE) || at_ahead(p, k + 1, TOK_LPAREN);
	if (at_ahead(p, k, TOK_SELF_TYPE)) /* items31: `Self::A` in an enum's impl */
		return at_ahead(p, k + 1, TOK_PATHSEP) && find_enum(p, t) != NULL;
	if (!at_ahead(p, k, TOK_IDENT))
		return false;
	if (at_ahead(p, k + 1, TOK_PATHSEP))
		return find_enum(p, t) != NULL;
	if (find_struct(p, t))
		return at_ahead(p, k + 1, TOK_LBRACE) || at_ahead(p, k + 1, TOK_LPAREN);
	return is_generic_variant(t);
}

/* `x @`, `mut x @` at k, or in parentheses a binding before `|` / `@` (bind29: `let (n | n) = x;`) */
static bool starts_let_top_binding(const Parser *p, int k, bool paren)
{
	if (at_ahead(p, k, TOK_MUT))
		k++;
	return at_ahead(p, k, TOK_IDENT) && (at_ahead(p, k + 1, TOK_AT) || (paren && at_ahead(p, k + 1, TOK_PIPE)));
}

static bool starts_let_pattern(const Parser *p)
{
	if (at(p, TOK_LPAREN))
		return at_ahead(p, 1, TOK_PIPE) || starts_variant_or_struct(p, 1) || starts_let_top_binding(p, 1, true);
	return starts_variant_or_struct(p, 0) || starts_let_top_binding(p, 0, false);
}

/* let-else = "else" block (flow40): `let P = e else { .. };`'s diverging block, in the let's arm as its
 * body (a `let`'s arm has none otherwise); the block is a terminating scope of the statement */
static void parse_let_else(Parser *p, AstMatchArm *a)
{
	const Token *kw = p->tok;
	advance(p);
	if (!at(p, TOK_LBRACE))
		error_expected(p, "`{`");
	AstExpr *els = new_expr(p, EXPR_BLOCK, kw->line, kw->col);
	els->block = parse_block(p);
	els->line = els->block->line;
	els->col = els->block->col;
	set_depth(p, els, block_depth(els->block));
	a->body = els;
}

/* let-pattern = (pattern | "(" "|"? pattern ("|" pattern)* ")") (":" type)? ("=" expr)? let-else? ";"
 * (issue 22): a struct pattern, a variant pattern (`let W::A(k, g) = w;`: irrefutable when W has
 * one variant, else sema's E0005), or an or-pattern in parentheses (`let (E::A(x) | E::B(x)) = e;`;
 * rustc's parser refuses one without them); its alternatives in s->let_arm, as a match arm's */
static void parse_let_pattern(Parser *p, AstStmt *s)
{
	AstMatchArm *a = arena_alloc(p->arena, sizeof *a);
	a->line = p->tok->line;
	a->col = p->tok->col;
	TopAlts ta = {0};
	const Token *open = p->tok;
	bool paren = consume(p, TOK_LPAREN);
	if (paren) {
		enter(p);
		consume(p, TOK_PIPE);
	}
	do {
		const Token *pt = p->tok;
		if (paren && a->npats && at(p, TOK_RPAREN)) /* rustc's parser, at the `|` */
			error_tok(p, pt - 1, "a trailing `|` is not allowed in an or-pattern");
		if ((at(p, TOK_REF) && paren) || (at(p, TOK_AMP) && (paren || a->npats > 0))) /* `let (ref x | ..)`,
		                                   `let (&p | ..)`; `let ref r @ p` (bind30); `let &S { .. }` (refref33) */
			error_tok(p, pt, at(p, TOK_REF) ? "`ref` bindings are not supported" : "reference patterns are not supported");
		AstSubPattern top;
		AstPattern np = parse_top_pattern(p, &top); /* `let k @ 0..=255 = x;`, `let (n | n) = x;` (bind29) */
		if (p->top_or && !a->npats && !at(p, TOK_PIPE)) {
			/* bind31: `let a @ (0..=9 | 10..) = x;`, as a match arm's (take_top_or): the alternatives
			 * share the one top binding, merged when they bind nothing (one leaf binds it) */
			take_top_or(p, a, &np, &top, pt);
			break;
		}
		if (!np.enm && !np.strukt && !top.var)
			error_tok(p, pt, "refutable patterns in `let` are not supported");
		if (paren && at(p, TOK_COMMA))
			error_tok(p, open, "tuple patterns are not supported");
		push_top_alt(p, a, &ta, &np, &top); /* `let (x @ (1 | 2) | x @ 5) = y;` (bind33): a group */
	} while (consume(p, TOK_PIPE));
	if (a->pats[0].deref && a->npats > 1) /* `let &S { .. } | ..` */
		error_tok(p, open, "reference patterns are not supported");
	if (!a->top_or)
		finish_top_alts(a, &ta); /* `let (n | n) = x;` (bind30): lower_let_or_pattern binds the top per leaf */
	if (paren) {
		leave(p);
		expect(p, TOK_RPAREN);
	}
	else if (a->npats > 1 && !a->top_or) /* rustc's parser, at the whole pattern */
		error_tok(p, open, "`let` bindings require top-level or-patterns in parentheses");
	s->let_arm = a;
	s->pat = &a->pats[0];
	if (consume(p, TOK_COLON)) {
		s->has_type = true;
		s->annot = parse_type(p, false, false);
	}
	if (consume(p, TOK_ASSIGN)) {
		s->expr = parse_expr(p);
		s->expr->let_pattern = !a->tops; /* a top binding reads the whole place (bind29) */
	} /* else `let P(a, b);` (issue 22): its bindings declared, assigned later */
	if (a->tops && !s->expr)
		error_tok(p, open, "a `let` binding with `@` and no initializer is not supported");
	/* bc36: `let ref r @ p = mk();` binds a temporary extended to the block (rustc's is_binding_pat: a
	 * `ref` binding at the top), its loan the borrow checker's temp loan (census_lets); temp37: a `ref`
	 * under a by-value `a @` binds a temporary of the statement (not extended: the borrow checker's
	 * at_ref_temp_loans), admitted for a call's, a literal's or an arithmetic temporary without an
	 * or-pattern at the top; not `a @ ref mut m` (m used later: rustc's E0503 at a first, not modelled) */
	bool temp_at = a->npats == 1 && !a->top_or && s->expr && ast_extended_temp(s->expr);
	for (const AstSubPattern *in = a->tops; in && (a->npats == 1 || a->top_or); in = in->inner)
		if (in->var->by_ref && !s->expr->is_place && !a->tops->var->by_ref && (!temp_at || in->var->by_ref == BY_REF_MUT))
			error_tok(p, open, "`let ref` without a place initializer is not supported");
	if (at(p, TOK_ELSE) && s->expr)
		parse_let_else(p, a);
	if (!consume(p, TOK_SEMI))
		error_statement_end(p, s->expr || s->has_type ? "`.`, `;`, `?`, `else`, or an operator" : "`:`, `;`, `=`, or `|`");
}

/* `let mut P` with P no identifier (`mut &y`, `mut (y)`, `mut Some(x)`, `mut _`, `mut 5`; ergo31): rustc's
 * parser (rustc_parse pat.rs parse_pat_ident_mut, ban_mut_general_pat) parses P, adds `mut` to its
 * by-value bindings and reports at the `mut` "`mut` must be attached to each individual binding",
 * or "`mut` must be followed by a named binding" when P has none. P's tokens up to the `=`, `:`, `;`
 * or `else` outside brackets are scanned: an identifier is such a binding unless a path or
 * constructor follows it (`::`, `(`, `{`, `!`), it names a field (`k:` inside braces) or it follows
 * `ref`, `::` or a binding's `mut` (not `&mut`'s). At the first token after `mut`: returns when P is an identifier. */
static void ban_mut_general_pat(Parser *p, const Token *mut)
{
	const Token *t = p->tok;
	bool pattern = t->kind == TOK_AMP || t->kind == TOK_ANDAND || t->kind == TOK_LPAREN ||
	               t->kind == TOK_LBRACKET || t->kind == TOK_UNDERSCORE || t->kind == TOK_INT ||
	               t->kind == TOK_MINUS || t->kind == TOK_TRUE || t->kind == TOK_FALSE ||
	               (t->kind == TOK_IDENT && (t[1].kind == TOK_PATHSEP || t[1].kind == TOK_LPAREN ||
	                                         t[1].kind == TOK_LBRACE));
	if (!pattern)
		return;
	bool binding = false;
	int depth = 0;
	for (; t->kind != TOK_EOF; t++) {
		TokKind k = t->kind;
		if (k == TOK_LPAREN || k == TOK_LBRACKET || k == TOK_LBRACE)
			depth++;
		else if (k == TOK_RPAREN || k == TOK_RBRACKET || k == TOK_RBRACE)
			depth--;
		else if (depth <= 0 && (k == TOK_ASSIGN || k == TOK_COLON || k == TOK_SEMI || k == TOK_ELSE))
			break;
		else if (k == TOK_IDENT && t[1].kind != TOK_PATHSEP && t[1].kind != TOK_LPAREN &&
		         t[1].kind != TOK_LBRACE && t[1].kind != TOK_NOT && (t[1].kind != TOK_COLON || depth <= 0) &&
		         t[-1].kind != TOK_REF && t[-1].kind != TOK_PATHSEP &&
		         (t[-1].kind != TOK_MUT || t[-2].kind == TOK_AMP || t[-2].kind == TOK_ANDAND))
			binding = true;
		if (depth < 0)
			break;
	}
	error_tok(p, mut, binding ? "`mut` must be attached to each individual binding"
	                          : "`mut` must be followed by a named binding");
}

/* let = "let" "mut"? (ident | "_") (":" type)? ("=" expr)? ";" */
static void parse_let(Parser *p, AstStmt *s)
{
	const Token *kw = expect(p, TOK_LET);
	s->kind = ASTMT_LET;
	s->line = kw->line;
	s->col = kw->col;
	const Token *mut_tok = p->tok;
	bool is_mut = consume(p, TOK_MUT);
	if (is_mut)
		ban_mut_general_pat(p, mut_tok);
	AstByRef by_ref = BY_VALUE;
	const Token *ref_tok = p->tok;
	if (!is_mut && consume(p, TOK_REF)) /* `let ref x = place;` / `let ref mut x` (issue 22) */
		by_ref = consume(p, TOK_MUT) ? BY_REF_MUT : BY_REF;
	const Token *name = p->tok;
	if (by_ref && !at(p, TOK_IDENT))
		error_expected(p, "identifier");
	if (at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_PATHSEP) && find_const(p, name)) /* const33: a const pattern */
		error_tok(p, name, "refutable pattern in local binding");
	if (is_mut && starts_let_top_binding(p, -1, false)) { /* `let mut k @ p = x;` (bind29) */
		p->tok--;
		parse_let_pattern(p, s);
		return;
	}
	if (by_ref && at(p, TOK_IDENT) && at_ahead(p, 1, TOK_AT)) { /* `let ref r @ p = x;` (bind30) */
		p->tok = ref_tok;
		parse_let_pattern(p, s);
		return;
	}
	if (!is_mut && !by_ref && starts_let_pattern(p)) { /* issue 22: `let W::A(k, g) = w;`, `let (E::A(x) | E::B(x)) = e;` */
		parse_let_pattern(p, s);
		return;
	}
	if (at(p, TOK_LPAREN))
		error_tok(p, name, "tuple patterns are not supported");
	if (at(p, TOK_REF))
		error_tok(p, name, "`ref` bindings are not supported");
	uint8_t ref_pat = 0;
	bool paren = false, paren_warns = false;
	const Token *amp = name, *lparen = name;
	if (!is_mut && (at(p, TOK_AMP) || at(p, TOK_ANDAND))) { /* `let &y = &x;`, `let &&y = &&x;` (rustc's
	                                                         parser splits `&&` into two `&`: both valid) */
		/* ergo31, refref33: a binding (`mut x` too) under up to three `&` or `&mut` (any mix since pat35),
		 * with an initializer and no type: typeck binds the value behind them (check_let_ref_pattern) */
		int depth = 0, muts = 0, k = 0;
		unsigned mask = 0; /* pat35: layer i (outermost 0) a `&mut` (mixed: `&&mut x`, `&mut &x`) */
		for (;;) {
			if (at_ahead(p, k, TOK_ANDAND) && at_ahead(p, k + 1, TOK_MUT)) /* `&&mut x` is `& &mut x` */
				mask |= 1u << (depth + 1), depth += 2, muts++, k += 2;
			else if (at_ahead(p, k, TOK_ANDAND))
				depth += 2, k++;
			else if (at_ahead(p, k, TOK_AMP) && at_ahead(p, k + 1, TOK_MUT))
				mask |= 1u << depth, depth++, muts++, k += 2;
			else if (at_ahead(p, k, TOK_AMP))
				depth++, k++;
			else
				break;
		}
		/* pat35: `let &(mut x) = &y;`; pat36: `let &mut (mut x) = &mut y;`, `let &(x) = &y;` (rustc's
		 * unused_parens warns there: UnusedParens::check_pat of PatKind::Ref, avoid_mut for `&` alone) */
		paren = at_ahead(p, k, TOK_LPAREN);
		int b = at_ahead(p, k + paren, TOK_MUT) ? k + paren + 1 : k + paren;
		bool form = (at_ahead(p, b, TOK_IDENT) || (at_ahead(p, b, TOK_UNDERSCORE) && b == k && !paren)) && /* pat36: `&_` */
		            at_ahead(p, b + 1 + paren, TOK_ASSIGN) &&
		            (!paren || at_ahead(p, b + 1, TOK_RPAREN)) && name->line == kw->line &&
		            name->col - kw->col < 256 && depth <= 3;
		if (!form && depth <= 3 && starts_variant_or_struct(p, k)) {
			/* `let &S { a, .. } = &s;` (refref33), `let &&S { a, .. } = rr;` (pat35), `let &&mut S { .. }`,
			 * `let &mut &S { .. }` (pat36), `let &&&S { .. }` (mref39) */
			p->let_layers = true;
			parse_let_pattern(p, s);
			p->let_layers = false;
			return;
		}
		if (!form)
			error_tok(p, name, "reference patterns in `let` are not supported");
		ref_pat = (uint8_t)(depth | mask << 2);
		while (k-- > 0)
			advance(p);
		lparen = p->tok;
		consume(p, TOK_LPAREN);
		is_mut = consume(p, TOK_MUT);
		name = p->tok;
		paren_warns = paren && !(is_mut && !(mask >> (depth - 1) & 1)); /* `&(mut x)`: necessary */
	}
	if (at(p, TOK_INT) || at(p, TOK_MINUS) || at(p, TOK_TRUE) || at(p, TOK_FALSE))
		error_tok(p, name, "refutable patterns in `let` are not supported");
	if (!at(p, TOK_IDENT) && !at(p, TOK_UNDERSCORE))
		error_expected(p, is_mut || (p->tok->kind >= TOK_FIRST_KEYWORD && p->tok->kind <= TOK_LAST_KEYWORD)
		                      ? "identifier" : "pattern");
	if (at(p, TOK_UNDERSCORE) && is_mut)
		error_tok(p, name, "expected identifier, found reserved identifier `_`");
	advance(p);
	if (paren)
		expect(p, TOK_RPAREN);
	if (paren_warns) /* pat36 */
		early_paren_pattern(p->prog, early_at(p, amp->line, amp->col, 1), lparen->line, lparen->col);
	if (at(p, TOK_AT) || at(p, TOK_PATHSEP) || at(p, TOK_LPAREN) || at(p, TOK_LBRACE))
		error_tok(p, name, "patterns other than identifiers are not supported");
	if (consume(p, TOK_COLON)) {
		s->has_type = true;
		s->annot = parse_type(p, false, false);
	}
	if (consume(p, TOK_ASSIGN))
		s->expr = parse_expr(p);
	if (at(p, TOK_ELSE))
		error_tok(p, p->tok, "`let`-`else` is not supported");
	if (!consume(p, TOK_SEMI))
		error_statement_end(p, s->expr ? "`.`, `;`, `?`, `else`, or an operator" : "`:`, `;`, `=`, or `@`");
	if (name->kind == TOK_UNDERSCORE && s->expr && s->expr->is_place)
		s->expr->mention_only = true;
	if (by_ref && !(s->expr && (s->expr->is_place || ast_extended_temp(s->expr)))) /* temp33: a call's, a
		                                   struct literal's, an arithmetic temporary extended to the block */
		error_tok(p, name, "`let ref` without a place initializer is not supported");
	if (by_ref) { /* typed, borrow-checked and captured as `let x = &place;` (the `&` at `ref`); the
	               * MIR is the pattern's (build_body.c) */
		AstExpr *r = new_expr(p, EXPR_REF, ref_tok->line, ref_tok->col);
		r->ref_mut = by_ref == BY_REF_MUT;
		r->lhs = s->expr;
		set_depth(p, r, s->expr->depth);
		s->expr = r;
	}
	/* The binding comes into scope after its initializer. */
	if (name->kind == TOK_IDENT)
		s->var = new_var(p, name, VAR_LET, is_mut);
	if (ref_pat) {
		s->ref_pat = ref_pat;
		s->ref_dcol = (uint8_t)(amp->col - kw->col);
	}
	if (by_ref)
		s->var->by_ref = (uint8_t)by_ref;
}

static AstFn *parse_fn(Parser *p, const Token *start);
static AstFn *parse_const_fn(Parser *p, const Token *start);
static void skip_attribute(Parser *p);
enum { SCOPE_ITEM, SCOPE_MEMBER, SCOPE_LET };
static void lint_scope(Parser *p, int kind);
static void take_derives(Parser *p, const Token *t);
static void take_repr(Parser *p, const Token *t);
static AstStruct *parse_struct(Parser *p);
static AstEnum *parse_enum(Parser *p);
static void parse_impl(Parser *p);
static AstTrait *parse_trait(Parser *p);

/* An item inside a block (items29): `fn` and `async fn` items are parsed as fns of their own
 * (AstFn.outer, .outer_block; their def paths once the program is parsed, nested_def_paths),
 * listed in the block for name resolution; items30: `struct`, `enum` and `impl` items too (their
 * names resolve in the block, prescan_items; an impl's fns are listed in the block as items that
 * no name reaches, so that their bodies are resolved where they stand); other items are refused,
 * naming the kind. `pub` has no effect there (rustc accepts it). lint38: only lint attributes before a
 * `let`: false, the attributes read, the statement left to the block. */
static bool parse_nested_item(Parser *p, AstBlock *b, uint32_t *items_cap)
{
	p->attr_other = false;
	while (at(p, TOK_POUND))
		skip_attribute(p);
	if (at(p, TOK_LET) && !p->attr_other && !p->derive_kw) { /* lint38: lint levels on a `let` */
		lint_scope(p, SCOPE_LET);
		return false;
	}
	lint_scope(p, SCOPE_ITEM);
	if (p->derive_kw) /* derive37: rustc names its impl `f::<impl at ..>`, not modelled */
		error_tok(p, p->derive_kw, "`derive` on an item in a fn body is not supported");
	const Token *t = p->tok;
	if (vis_len(t)) { /* vis39: nothing in a body is public (no effective visibility): read, kept nowhere */
		const Token *after = t + vis_len(t);
		if (after->kind == TOK_IMPL)
			no_vis(p);
		if (after->kind == TOK_PUB || after->kind == TOK_POUND || !starts_item_tok(after))
			error_tok(p, t, "visibility `%s` is not followed by an item", vis_spelling(p, t));
		parse_vis(p);
		t = p->tok;
	}
	take_repr(p, t);
	const char *what = NULL;
	switch (t->kind) {
	case TOK_FN: break;
	case TOK_ASYNC: if (at_ahead(p, 1, TOK_FN)) break; what = "closures"; break;
	case TOK_STRUCT: break;
	case TOK_ENUM: break;
	case TOK_IMPL: break;
	case TOK_TRAIT: break;
	case TOK_USE: what = "use declarations"; break;
	case TOK_MOD: what = "modules"; break;
	case TOK_STATIC: { /* consts35: as a const item */
		AstConst *c = parse_const_item(p);
		c->scope.outer = p->fn;
		c->scope.outer_block = p->async_block;
		return true;
	}
	case TOK_TYPE: { /* vis39: scoped to the block (prescan_items) */
		AstAlias *al = parse_alias_item(p);
		al->scope.outer = p->fn;
		al->scope.outer_block = p->async_block;
		return true;
	}
	case TOK_EXTERN: what = "extern items"; break;
	case TOK_CONST:
		if (at_ahead(p, 1, TOK_FN) || at_ahead(p, 1, TOK_ASYNC) || at_ahead(p, 1, TOK_UNSAFE)) {
			break; /* constfn40: a fn item (below) */
		} else { /* const33: scoped to the block (prescan_items), named by its parent body's path */
			AstConst *c = parse_const_item(p);
			c->scope.outer = p->fn;
			c->scope.outer_block = p->async_block;
			return true;
		}
	case TOK_UNSAFE: what = "unsafe functions"; break;
	default:
		if (!starts_item(p)) /* `#[attr]` before a statement (lint38: but lint levels on a `let`) */
			error_tok(p, t, "attributes on statements are not supported");
		what = "nested items";
		break;
	}
	if (what)
		error_tok(p, t, "%s are not supported", what);
	/* the item's own parse: no enclosing fn, block, async block or impl */
	AstFn *outer = p->fn;
	AstBlock *block = p->block;
	AstAsyncBlock *ab = p->async_block;
	Arena *arena = p->arena;
	AstStruct *impl_of = p->impl_of;
	AstEnum *impl_enum = p->impl_enum;
	AstImpl *impl = p->impl;
	bool in_trait = p->in_trait, no_struct = p->no_struct, outer_self = p->outer_self;
	p->block = NULL;
	p->async_block = NULL;
	p->arena = p->prog->arena;
	p->outer_self |= impl_of != NULL || impl_enum != NULL; /* `Self` of an outer impl: E0401 inside */
	p->impl_of = NULL;
	p->impl_enum = NULL;
	p->impl = NULL;
	p->in_trait = false;
	p->no_struct = false;
	AstItemScope sc = {outer, ab, p->block_lo, p->block_hi};
	uint32_t nfns0 = (uint32_t)p->prog->nfns;
	if (t->kind == TOK_STRUCT) {
		AstStruct *st = parse_struct(p);
		st->scope.outer = outer;
		st->scope.outer_block = ab;
	} else if (t->kind == TOK_ENUM) {
		AstEnum *en = parse_enum(p);
		en->scope.outer = outer;
		en->scope.outer_block = ab;
	} else if (t->kind == TOK_IMPL) {
		p->impl_scope = &sc;
		parse_impl(p);
		p->impl_scope = NULL;
	} else if (t->kind == TOK_TRAIT) { /* items31: its block's `}` found here, once per block (hunt35: a
		                                  * scan per trait, 4,000 traits in one body took 10G instructions) */
		if (p->trait_block_lo != p->block_lo) {
			int depth = 0;
			p->trait_block_lo = p->block_lo;
			p->trait_block_hi = NULL;
			for (const Token *k = p->block_lo; k && k->kind != TOK_EOF; k++) {
				depth += (k->kind == TOK_LBRACE) - (k->kind == TOK_RBRACE);
				if (depth == 0) {
					p->trait_block_hi = k;
					break;
				}
			}
		}
		sc.hi = p->trait_block_hi;
		p->trait_scope = &sc;
		parse_trait(p);
		p->trait_scope = NULL;
	} else if (t->kind == TOK_CONST) {
		parse_const_fn(p, t); /* constfn40 */
	} else {
		parse_fn(p, t);
	}
	p->fn = outer;
	p->block = block;
	p->async_block = ab;
	p->arena = arena;
	p->impl_of = impl_of;
	p->impl_enum = impl_enum;
	p->impl = impl;
	p->in_trait = in_trait;
	p->no_struct = no_struct;
	p->outer_self = outer_self;
	for (uint32_t i = nfns0; i < (uint32_t)p->prog->nfns; i++) { /* the fn, or the impl's fns */
		AstFn *fn = p->prog->fns[i];
		if (fn->outer) /* an item of one of those fns' bodies */
			continue;
		fn->outer = outer;
		fn->outer_block = ab;
		uint32_t n = (uint32_t)b->nitems, pcap = *items_cap;
		*VEC_PUSH(p->arena, b->items, b->nitems, *items_cap) = fn;
		*VEC_PUSH(p->arena, b->item_pos, n, pcap) = b->nstmts;
	}
	return true;
}

/* block = "{" (stmt | item)* expr? "}"
 * stmt = ";" | let | block-like ("." postfix-and-binary-rest)? ";"? | expr ";" */
static AstBlock *parse_block(Parser *p)
{
	const Token *lb = expect(p, TOK_LBRACE);
	enter(p);
	AstBlock *b = arena_alloc(p->arena, sizeof *b);
	b->line = lb->line;
	b->col = lb->col;
	AstBlock *outer = p->block;
	const Token *outer_lo = p->block_lo;
	p->block = b;
	p->block_lo = lb;
	bool saved_no_struct = p->no_struct;
	p->no_struct = false;
	uint32_t cap = 0, items_cap = 0;
	if (p->nparam_pats) { /* pat35: a fn body's parameter patterns, `let PAT = __argK;` first */
		AstFn *fn = p->fn;
		int n = p->nparam_pats;
		p->nparam_pats = p->nparam_pat_idx = 0;
		fn->param_let_of = arena_alloc(p->prog->arena, (size_t)n * sizeof *fn->param_let_of);
		const Token *resume = p->tok;
		for (int i = 0; i < n; i++) {
			AstStmt s = {0};
			p->tok = p->param_pats[i];
			s.line = p->tok->line;
			s.col = p->tok->col;
			parse_let(p, &s);
			if (!at(p, TOK_EOF))
				error_tok(p, p->tok, "this parameter pattern is not supported");
			fn->param_let_of[i] = p->param_pat_idx[i];
			*VEC_PUSH(p->arena, b->stmts, b->nstmts, cap) = s;
		}
		fn->nparam_lets = n;
		p->tok = resume;
	}
	/* redundant_semicolons: the runs of empty statements, (line, col, count) each, noted once the
	 * block's end is known (its node is the block) */
	int *semis = NULL, nsemis = 0, in_run = 0;
	uint32_t semis_cap = 0;
	while (!at(p, TOK_RBRACE)) {
		const Token *t = p->tok;
		if (at(p, TOK_EOF))
			error_tok(p, lb, "this file contains an unclosed delimiter");
		if (!at(p, TOK_SEMI))
			in_run = 0;
		if (starts_item(p) && parse_nested_item(p, b, &items_cap))
			continue;
		t = p->tok; /* past a `let`'s lint attributes */
		AstStmt s = {0};
		s.line = t->line;
		s.col = t->col;
		if (consume(p, TOK_SEMI)) {
			s.kind = ASTMT_EMPTY;
			if (in_run) {
				semis[nsemis - 1]++;
			} else {
				*VEC_PUSH(p->arena, semis, nsemis, semis_cap) = t->line;
				*VEC_PUSH(p->arena, semis, nsemis, semis_cap) = t->col;
				*VEC_PUSH(p->arena, semis, nsemis, semis_cap) = 1;
				in_run = 1;
			}
		} else if (at(p, TOK_LET)) {
			parse_let(p, &s);
			early_stmt(p, early_at(p, t->line, t->col, 0), &s, NULL, false); /* warn35 */
		} else {
			s.kind = ASTMT_EXPR;
			AstExpr *e;
			bool block_like = starts_block_like(p);
			if (block_like) {
				e = parse_block_like(p);
				if (at(p, TOK_DOT) || at(p, TOK_QUESTION)) {
					e = parse_assign_rest(p, parse_binary_rest(p, parse_postfix_rest(p, e), 1));
					block_like = false;
				}
			} else {
				e = parse_expr(p);
			}
			s.expr = e;
			if (consume(p, TOK_SEMI)) {
				s.has_semi = true;
			} else if (at(p, TOK_RBRACE)) {
				b->tail = e;
				early_stmt(p, early_at(p, t->line, t->col, 0), NULL, e, true); /* warn35 */
				break;
			} else if (!block_like) {
				error_statement_end(p, "`.`, `;`, `?`, `}`, or an operator");
			} else {
				early_stmt(p, early_at(p, t->line, t->col, 0), &s, NULL, true); /* warn35 */
			}
		}
		*VEC_PUSH(p->arena, b->stmts, b->nstmts, cap) = s;
	}
	const Token *rb = expect(p, TOK_RBRACE);
	b->end_line = rb->line;
	b->end_col = rb->col;
	for (int i = 0; i < nsemis; i += 3) /* level 2: after a statement and an expression of the same span */
		early_semis(p->prog, (EarlyAt){lb->line, lb->col, rb->line, rb->col, 2}, semis[i], semis[i + 1], semis[i + 2]);
	p->block = outer;
	p->block_lo = outer_lo;
	p->no_struct = saved_no_struct;
	leave(p);
	return b;
}

/* ---------------------------------------------------------------------- */
/* Items                                                                  */
/* ---------------------------------------------------------------------- */

/* derive37: `derive(Clone, Copy)`, the list after `derive` (of `#[derive(..)]`): `Clone` and `Copy`
 * are noted for the item that follows (take_derives), any other derive refused, naming it */
static void parse_derive_list(Parser *p, const Token *kw)
{
	p->derive_kw = kw;
	expect(p, TOK_LPAREN);
	while (!at(p, TOK_RPAREN)) {
		const Token *t = p->tok;
		if (!at(p, TOK_IDENT))
			error_tok(p, t, "only `derive(Clone, Copy)` is supported");
		const Token **slot = tok_is(t, "Clone") ? &p->derive_clone : tok_is(t, "Copy") ? &p->derive_copy : NULL;
		if (!slot) {
			if (at_ahead(p, 1, TOK_PATHSEP))
				error_tok(p, t, "derive paths are not supported (only `derive(Clone, Copy)`)");
			error_tok(p, t, "`derive(%.*s)` is not supported (only `derive(Clone, Copy)`)", t->len, t->text);
		}
		if (*slot) /* rustc's E0119: two impls of the trait */
			error_tok(p, t, "conflicting implementations of trait `%.*s`", t->len, t->text);
		*slot = t;
		*(slot == &p->derive_clone ? &p->clone_attr : &p->copy_attr) = kw;
		advance(p);
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RPAREN);
}

/* lint38: `allow`/`warn`/`deny`/`forbid`/`expect` "(" path ("," path)* ("," "reason" "=" string)? ","? ")",
 * after the attribute's `[`: each name noted at its level for the item that follows (lint_scope), or for
 * the whole file when inner (`#![allow(..)]` before the first item) */
static void parse_lint_attribute(Parser *p, const Token *hash, bool inner, int level)
{
	const Token *kw = advance(p);
	expect(p, TOK_LPAREN);
	while (!at(p, TOK_RPAREN)) {
		const Token *t = p->tok;
		if (tok_is(t, "reason") && at_ahead(p, 1, TOK_ASSIGN)) {
			advance(p);
			p->tok++; /* past `=`, not reporting the string: the lexer's error token */
			if (!at(p, TOK_ERROR) || p->tok->text[0] != '"')
				error_tok(p, p->tok, "malformed lint attribute input");
			advance(p);
			consume(p, TOK_COMMA);
			break;
		}
		if (!at(p, TOK_IDENT))
			error_tok(p, t, "malformed lint attribute input");
		advance(p);
		int lint = -2; /* a tool's lint (`clippy::..`): rustc leaves it to the tool */
		if (consume(p, TOK_PATHSEP)) {
			if (!tok_is(t, "clippy") && !tok_is(t, "rustdoc"))
				error_tok(p, t, "unknown tool name `%.*s` found in scoped lint: `%.*s::%.*s`", t->len, t->text,
				          t->len, t->text, p->tok->len, p->tok->text);
			if (!at(p, TOK_IDENT))
				error_tok(p, p->tok, "malformed lint attribute input");
			advance(p);
		} else {
			lint = lint_index(t->text, (size_t)t->len);
			if (lint >= 0 && level != LINT_ALLOW && !lint_reported(lint))
				error_tok(p, t, "`%.*s(%.*s)` is not supported (coroslim does not report that lint)", kw->len,
				          kw->text, t->len, t->text);
			if (lint >= 0 && level == LINT_FORBID && lint_is_group(lint)) /* rustc: forbidden_lint_groups */
				error_tok(p, t, "`forbid(%.*s)` of a lint group is not supported", t->len, t->text);
			if (lint >= 0 && level != LINT_DENY && level != LINT_FORBID && lint_default(lint) == LINT_DENY)
				error_tok(p, t, "`%.*s(%.*s)` is not supported (coroslim reports the lint as an error)", kw->len,
				          kw->text, t->len, t->text);
		}
		if (lint != -2) { /* an item parsed twice notes them twice: lint_attrs_finish keeps one */
			AstLintAttr *a = VEC_PUSH(p->arena, p->prog->lint_attrs, p->prog->nlint_attrs, p->prog->lint_attrs_cap);
			*a = (AstLintAttr){.lint = lint, .level = (uint8_t)level, .unknown = lint < 0, .name = tok_name(p, t),
			                   .name_line = t->line, .name_col = t->col, .parent = -1};
			if (inner)
				a->lo_line = a->lo_col = 0, a->hi_line = a->hi_col = INT_MAX;
			if (level >= LINT_DENY)
				p->prog->lint_deny = true;
		}
		if (!at(p, TOK_COMMA) && !at(p, TOK_RPAREN))
			error_tok(p, t, "malformed lint attribute input");
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RPAREN);
	if (!inner && !p->lint_first)
		p->lint_first = hash;
	expect(p, TOK_RBRACKET);
}

/* lint38: the last token of the item at p->tok (member: a field or a variant, up to its `,`): a `;` or
 * the `}` of its first braces, past delimited groups */
static const Token *item_last_token(const Parser *p, int kind)
{
	bool member = kind == SCOPE_MEMBER;
	const Token *t = p->tok;
	for (;;) {
		switch (t->kind) {
		case TOK_EOF: return t - 1;
		case TOK_LBRACE:
			if (kind == SCOPE_ITEM)
				return t + t->close;
			/* fallthrough */
		case TOK_LPAREN: case TOK_LBRACKET:
			if (!t->close)
				return t;
			t += t->close + 1;
			continue;
		case TOK_SEMI:
			if (!member)
				return t;
			break;
		case TOK_COMMA: case TOK_RPAREN: case TOK_RBRACKET: case TOK_RBRACE:
			if (member)
				return t == p->tok ? t : t - 1;
			break;
		default: break;
		}
		t++;
	}
}

/* lint38: the attributes just read (lint_pending on) stand on the item at p->tok: their scope */
static void lint_scope(Parser *p, int kind)
{
	AstProgram *g = p->prog;
	if (p->lint_pending == g->nlint_attrs || !p->lint_first) {
		p->lint_pending = g->nlint_attrs;
		return;
	}
	const Token *last = item_last_token(p, kind);
	for (int i = p->lint_pending; i < g->nlint_attrs; i++) {
		AstLintAttr *a = &g->lint_attrs[i];
		if (a->hi_line == INT_MAX) /* an inner one: the file */
			continue;
		a->lo_line = p->lint_first->line, a->lo_col = p->lint_first->col;
		a->hi_line = last->line, a->hi_col = last->col + (last->len > 0 ? last->len - 1 : 0);
	}
	p->lint_pending = g->nlint_attrs;
	p->lint_first = NULL;
}

/* attribute = "#" "!"? "[" balanced-tokens "]"  (ignored: inline, ..., check_attribute; derive37:
 * `derive`'s list is read, for the struct or enum item that follows: Copy makes its moves copies;
 * lint38: lint levels) */
/* lint38: an attribute other than a lint level's or derive's, at its name: one that changes nothing coroslim
 * models is skipped (inline and cold: code generation; track_caller: a panic's location; must_use and
 * deprecated: lints coroslim does not report for them; doc, non_exhaustive within its crate, no_mangle and
 * used: symbols; tools' attributes; `#![no_std]`, `#![no_main]`); `repr(Rust)` is the layout coroslim
 * computes, `repr(C)` (clone39) noted for the struct that follows (take_repr); any other (`repr(u8)`,
 * `repr(C, packed)`, `cfg`, `test`, a crate's attribute macro) is refused, never ignored: it would change
 * the layout or the items rustc compiles */
/* repr40: `C`, an integer type (u8 .. isize), or both in either order, from r (after `repr(`) to the `)`:
 * noted for the item that follows (p->repr_c, p->repr_int; take_repr); false for any other list.
 * Two integers: rustc's E0566. */
static bool read_repr_hints(Parser *p, const Token *r)
{
	const Token *c = NULL, *n = NULL;
	for (;; r += 2) {
		if (tok_is(r, "C") && !c)
			c = r;
		else if (repr_int_kind(r) && !n)
			n = r;
		else if (repr_int_kind(r) && n)
			error_tok(p, n, "conflicting representation hints");
		else
			return false;
		if (r[1].kind == TOK_RPAREN)
			break;
		if (r[1].kind != TOK_COMMA)
			return false;
	}
	if (c)
		p->repr_c = c;
	if (n)
		p->repr_int = n;
	return true;
}

static void check_attribute(Parser *p, bool inner)
{
	static const char *const outer_ok[] = {"inline", "cold", "track_caller", "must_use", "deprecated", "doc",
	                                       "non_exhaustive", "no_mangle", "used", "automatically_derived"};
	static const char *const inner_ok[] = {"no_std", "no_main", "doc"};
	const Token *t = p->tok;
	if (!at(p, TOK_IDENT))
		error_tok(p, t, "expected identifier, found `%.*s`", t->len, t->text);
	if (at_ahead(p, 1, TOK_PATHSEP) && (tok_is(t, "rustfmt") || tok_is(t, "clippy")))
		return;
	const char *const *ok = inner ? inner_ok : outer_ok;
	size_t nok = inner ? sizeof inner_ok / sizeof *inner_ok : sizeof outer_ok / sizeof *outer_ok;
	for (size_t i = 0; i < nok; i++)
		if (tok_is(t, ok[i]))
			return;
	if (tok_is(t, "repr") && !inner && at_ahead(p, 1, TOK_LPAREN)) {
		const Token *r = &t[2];
		if (tok_is(r, "Rust") && r[1].kind == TOK_RPAREN)
			return;
		if (read_repr_hints(p, r))
			return;
		if ((tok_is(r, "C") || tok_is(r, "Rust")) && r[1].kind == TOK_COMMA)
			r += 2; /* `repr(C, packed)`: the other hint named */
		error_tok(p, r, "`repr(%.*s)` is not supported (coroslim lays items out as `repr(Rust)`, `repr(C)` or "
		          "an enum's `repr(u8)` .. `repr(isize)`)", r->len, r->text);
	}
	error_tok(p, t, "the attribute `%.*s` is not supported", t->len, t->text);
}

static void skip_attribute(Parser *p)
{
	const Token *hash = expect(p, TOK_POUND);
	bool inner = consume(p, TOK_NOT);
	const Token *open = expect(p, TOK_LBRACKET);
	if (inner && (p->fn || p->impl || p->in_trait))
		error_tok(p, hash, "inner attributes inside items are not supported");
	if (inner && p->item_seen)
		error_tok(p, hash, "an inner attribute is not permitted in this context");
	static const char *const levels[] = {[LINT_ALLOW] = "allow", [LINT_EXPECT] = "expect", [LINT_WARN] = "warn",
	                                     [LINT_DENY] = "deny", [LINT_FORBID] = "forbid"};
	for (int level = 0; level < (int)(sizeof levels / sizeof *levels); level++)
		if (tok_is(p->tok, levels[level]) && at_ahead(p, 1, TOK_LPAREN)) {
			parse_lint_attribute(p, hash, inner, level);
			return;
		}
	if (tok_is(p->tok, "derive")) {
		if (inner || !at_ahead(p, 1, TOK_LPAREN))
			error_tok(p, p->tok, "this form of `derive` attribute is not supported (only `#[derive(Clone, Copy)]`)");
		parse_derive_list(p, advance(p));
		expect(p, TOK_RBRACKET);
		return;
	}
	check_attribute(p, inner);
	p->attr_other = true;
	int depth = 1;
	while (depth > 0) {
		if (at(p, TOK_EOF))
			error_tok(p, open, "this file contains an unclosed delimiter");
		TokKind k = advance(p)->kind;
		if (k == TOK_LBRACKET || k == TOK_LPAREN || k == TOK_LBRACE)
			depth++;
		else if (k == TOK_RBRACKET || k == TOK_RPAREN || k == TOK_RBRACE)
			depth--;
	}
}

/* clone39: the `#[repr(C)]` read before item t (check_attribute): a struct's, which parse_struct takes;
 * rustc's E0517 at the `C` on any other item, a field, a variant or a statement. repr40: an enum takes
 * `C` and an integer type (parse_enum); the integer on anything else is rustc's E0517 at it. */
static void take_repr(Parser *p, const Token *t)
{
	if (t->kind == TOK_ENUM || (!p->repr_c && !p->repr_int))
		return;
	if (p->repr_int)
		error_tok(p, p->repr_int, "attribute should be applied to an enum");
	if (t->kind != TOK_STRUCT)
		error_tok(p, p->repr_c, "attribute should be applied to a struct, enum, or union");
}

/* derive37: the derives read before item t (skip_attribute), cleared: only a struct or an enum takes them
 * (rustc's E0774 elsewhere), `Clone` with `Copy` or alone (derive38, clone39: its field-wise `clone`;
 * Copy alone is rustc's E0277, Copy needing Clone); the item's `#[repr(C)]` too (take_repr) */
static void take_derives(Parser *p, const Token *t)
{
	take_repr(p, t);
	const Token *kw = p->derive_kw, *clone = p->derive_clone, *copy = p->derive_copy;
	p->derive_kw = p->derive_clone = p->derive_copy = NULL;
	if (!kw)
		return;
	if (t->kind != TOK_STRUCT && t->kind != TOK_ENUM)
		error_tok(p, kw - 2, "`derive` may only be applied to `struct`s, `enum`s and `union`s"); /* at its `#` */
	/* rustc_resolve notes a Copy derive as it resolves an attribute's derives: a Clone of an earlier
	 * attribute is expanded field-wise (cs_clone), not as `*self` (seen in its dumps) */
	if (clone && copy && p->clone_attr < p->copy_attr)
		error_tok(p, clone, "`derive(Clone)` in an attribute before `derive(Copy)`'s is not supported");
	if (copy && !clone)
		error_tok(p, &t[1], "the trait bound `%.*s: Clone` is not satisfied", t[1].len, t[1].text); /* the name */
}

/* param = "mut"? (ident | "_") ":" type */
static void parse_self_param(Parser *p, uint32_t *params_cap);

static void parse_pattern_param(Parser *p, uint32_t *params_cap);

static void parse_param(Parser *p, uint32_t *params_cap)
{
	bool self_ref = at(p, TOK_AMP) && (at_ahead(p, 1, TOK_SELF_VALUE) || at_ahead(p, 1, TOK_LIFETIME) ||
	                                   (at_ahead(p, 1, TOK_MUT) && at_ahead(p, 2, TOK_SELF_VALUE)));
	if (p->fn->nparams == 0 && (at(p, TOK_SELF_VALUE) || self_ref ||
	                            (at(p, TOK_MUT) && at_ahead(p, 1, TOK_SELF_VALUE)))) {
		parse_self_param(p, params_cap);
		return;
	}
	if ((at(p, TOK_AMP) || at(p, TOK_ANDAND)) && !self_ref && !p->in_trait) { /* pat35: `&x: &u32` */
		parse_pattern_param(p, params_cap);
		return;
	}
	if (at(p, TOK_IDENT) && !p->in_trait &&
	    (at_ahead(p, 1, TOK_LBRACE) || at_ahead(p, 1, TOK_LPAREN) || at_ahead(p, 1, TOK_PATHSEP))) {
		parse_pattern_param(p, params_cap); /* pat36: `S { a, b }: S`, `W(a, _): W`, `E::A(x): E` */
		return;
	}
	bool is_mut = consume(p, TOK_MUT);
	const Token *name = p->tok;
	if (at(p, TOK_SELF_VALUE))
		error_tok(p, name, "unexpected `self` parameter in function");
	if (at(p, TOK_LPAREN))
		error_tok(p, name, "tuple patterns are not supported");
	if (at(p, TOK_IDENT) && (at_ahead(p, 1, TOK_LBRACE) || at_ahead(p, 1, TOK_LPAREN) || at_ahead(p, 1, TOK_PATHSEP)))
		error_tok(p, name, "parameter patterns other than `&` ones are not supported"); /* pat35 */
	if (!at(p, TOK_IDENT) && !at(p, TOK_UNDERSCORE))
		error_expected(p, "parameter name");
	if (!is_mut && !p->in_trait && find_const(p, name)) /* const33: a const pattern */
		error_tok(p, name, "refutable pattern in function argument");
	advance(p);
	expect(p, TOK_COLON);
	AstVar *v = new_var(p, name, VAR_PARAM, is_mut);
	v->ty = parse_type(p, false, false);
	*VEC_PUSH(p->arena, p->fn->params, p->fn->nparams, *params_cap) = v;
}

/* pat35: a parameter whose pattern starts with `&` (`&x: &u32`, `&mut y: &mut u32`, `&S { a, .. }: &S`,
 * `&W(a, b): &W`). rustc lowers a sync fn's as the parameter's local and the pattern bound from it in
 * the fn's arguments scope (rustc_mir_build builder/mod.rs args_and_body: place_into_pattern, no
 * PlaceMention), an async fn's as `let __argK = __argK; let PAT = __argK;` per parameter at the top of
 * its body (rustc_ast_lowering item.rs lower_coroutine_body_with_moved_arguments, K the parameter's
 * index). Here the parameter is a variable `__argK` and the pattern a synthetic `let PAT = __argK;`
 * parse_block puts first in the body (AstFn.param_let_of); the builder lowers it without the
 * PlaceMention in a sync fn and after parameter K's move in an async fn (build_body.c). */
static void parse_pattern_param(Parser *p, uint32_t *params_cap)
{
	const Token *start = p->tok, *t = start;
	int depth = 0;
	for (; t->kind != TOK_EOF; t++) {
		TokKind k = t->kind;
		if (k == TOK_LPAREN || k == TOK_LBRACKET || k == TOK_LBRACE)
			depth++;
		else if (k == TOK_RPAREN || k == TOK_RBRACKET || k == TOK_RBRACE) {
			if (depth-- == 0)
				break;
		} else if (depth == 0 && (k == TOK_COLON || k == TOK_COMMA))
			break;
	}
	if (t->kind != TOK_COLON) {
		p->tok = t;
		error_expected(p, "`:`");
	}
	int n = (int)(t - start), k = p->fn->nparams;
	/* a token before `let` (lookbacks such as ban_mut_general_pat's t[-2]), `let`, PAT, `=`, `__argK`, `;`, EOF */
	Token *run = arena_alloc(p->prog->arena, ((size_t)n + 6) * sizeof *run);
	Token base = *start;
	base.len = 0;
	run[0] = base, run[0].kind = TOK_SEMI;
	run[1] = base, run[1].kind = TOK_LET;
	memcpy(&run[2], start, (size_t)n * sizeof *run);
	Token name = *start;
	name.kind = TOK_IDENT;
	name.text = arena_printf(p->prog->arena, "__arg%d", k);
	name.len = (int)strlen(name.text);
	run[n + 2] = t[0], run[n + 2].kind = TOK_ASSIGN, run[n + 2].len = 1, run[n + 2].text = "=";
	run[n + 3] = name;
	run[n + 4] = t[0], run[n + 4].kind = TOK_SEMI, run[n + 4].len = 1, run[n + 4].text = ";";
	run[n + 5] = t[0], run[n + 5].kind = TOK_EOF, run[n + 5].len = 0;
	p->tok = t + 1;
	AstVar *v = new_var(p, &name, VAR_PARAM, false);
	v->ty = parse_type(p, false, false);
	*VEC_PUSH(p->arena, p->fn->params, p->fn->nparams, *params_cap) = v;
	*VEC_PUSH(p->prog->arena, p->param_pats, p->nparam_pats, p->param_pats_cap) = &run[1];
	*VEC_PUSH(p->prog->arena, p->param_pat_idx, p->nparam_pat_idx, p->param_pat_idx_cap) = k;
}

/* self-param = "self" | "mut" "self" | "&" "self" | "&" "mut" "self" (issue 22 item 4):
 * a parameter named "self" of type S, &S or &mut S */
static void parse_self_param(Parser *p, uint32_t *params_cap)
{
	const Token *start = p->tok;
	AstSelfKind kind = SELF_VALUE;
	bool is_mut = false;
	if (consume(p, TOK_AMP)) {
		if (at(p, TOK_LIFETIME))
			error_tok(p, p->tok, "lifetimes are not supported");
		kind = consume(p, TOK_MUT) ? SELF_REF_MUT : SELF_REF;
	} else {
		is_mut = consume(p, TOK_MUT);
	}
	const Token *name = p->tok;
	if (!at(p, TOK_SELF_VALUE))
		error_tok(p, start, "references are only supported as `&self` here; name the parameter");
	if (!p->impl_of && !p->impl_enum && !p->in_trait)
		error_tok(p, start, "`self` parameter is only allowed in associated functions");
	advance(p);
	if (at(p, TOK_COLON))
		error_tok(p, p->tok, "typed `self` parameters are not supported");
	AstVar *v = new_var(p, name, VAR_PARAM, is_mut);
	AstType st = {p->impl_enum ? ATY_ENUM : ATY_STRUCT, p->impl_enum ? p->impl_enum->id : p->impl_of ? p->impl_of->id : 0}; /* a trait's: not read */
	v->ty = kind == SELF_VALUE ? st : ast_ref_type(st, kind == SELF_REF_MUT);
	p->fn->self_kind = kind;
	*VEC_PUSH(p->arena, p->fn->params, p->fn->nparams, *params_cap) = v;
}

/* A body's first arena chunk, per token of the body. Its syntax tree takes
 * 70 to 73 bytes per token on bench/speed.py's modules (and their twins);
 * 88 left the least unused (chunks of 314 MB for 269 MB of tree at 100k fns,
 * against 327 MB at 72, 345 MB at 64, 324 MB at 96): a short first chunk
 * costs a whole next one. */
enum { AST_BYTES_PER_TOKEN = 88 };

/* Tokens from the `{` at p->tok to its `}` (the lexer matched them). */
static size_t body_tokens(const Parser *p)
{
	return (size_t)p->tok->close + 1;
}

/* fn = "async"? "fn" ident "(" (param ("," param)* ","?)? ")" ("->" type)? block */
/* constfn40: `const fn`, parsed as a fn (rustc's runtime MIR of it is a fn's; sema's check_const_fn
 * refuses what its const checking refuses); `const async fn` is rustc's error at the `const` */
static AstFn *parse_const_fn(Parser *p, const Token *start)
{
	const Token *kw = advance(p);
	if (at(p, TOK_ASYNC))
		error_tok(p, kw, "functions cannot be both `const` and `async`");
	if (at(p, TOK_UNSAFE))
		error_tok(p, p->tok, "unsafe functions are not supported");
	AstFn *fn = parse_fn(p, start);
	fn->is_const = true;
	return fn;
}

static AstFn *parse_fn(Parser *p, const Token *start)
{
	AstFn *fn = arena_alloc(p->arena, sizeof *fn);
	fn->fn_line = start->line;
	fn->fn_col = start->col;
	fn->is_async = consume(p, TOK_ASYNC);
	expect(p, TOK_FN);
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_expected(p, "identifier");
	advance(p);
	fn->name = tok_name(p, name);
	fn->ident = fn->name;
	if (p->impl_of || p->impl_enum) { /* `S::m` or `<S as T>::m`, its bodies `{impl#k}::m::..` */
		fn->impl_of = p->impl_of;
		fn->impl_enum = p->impl_enum; /* items31 */
		fn->impl_id = p->prog->nimpls - 1;
		fn->assoc_name = fn->name;
		/* in a body (items30): `P::{impl#k}::m`, nested_def_paths */
		fn->def_path = arena_printf(p->arena, "{impl#%d}::%s", PRELUDE_IMPLS + p->impl->index, fn->name);
		const char *self_name = p->impl_enum ? p->impl_enum->name : p->impl_of->name;
		if (p->impl->trait_name)
			fn->name = arena_printf(p->arena, "<%s as %s>::%s", self_name, p->impl->trait_name, fn->name);
		else
			fn->name = arena_printf(p->arena, "%s::%s", self_name, fn->name);
	}
	fn->line = name->line;
	fn->col = name->col;
	fn->id = p->prog->nfns;
	fn->ret = ast_type(ATY_UNIT);
	*VEC_PUSH(p->arena, p->prog->fns, p->prog->nfns, p->prog->fns_cap) = fn;
	p->fn = fn;
	if (at(p, TOK_LT))
		error_tok(p, p->tok, "generic functions are not supported");
	expect(p, TOK_LPAREN);
	uint32_t params_cap = 0;
	p->nparam_pats = p->nparam_pat_idx = 0;
	while (!at(p, TOK_RPAREN)) {
		parse_param(p, &params_cap);
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RPAREN);
	if (consume(p, TOK_ARROW)) {
		fn->has_ret = true;
		fn->ret_line = p->tok->line;
		fn->ret_col = p->tok->col;
		const Token *rt = p->tok;
		fn->ret = parse_type(p, true, false);
		if (ast_type_is_ref(fn->ret))
			error_tok(p, rt, "returning a reference is not supported");
	} else {
		fn->ret_line = p->tok->line;
		fn->ret_col = p->tok->col;
	}
	if (at(p, TOK_WHERE))
		error_tok(p, p->tok, "where clauses are not supported");
	if (at(p, TOK_SEMI))
		error_tok(p, p->tok, "free function without a body");
	if (!at(p, TOK_LBRACE)) {
		char buf[64];
		error_tok(p, p->tok, "expected one of `%s`, `where`, or `{`, found %s", fn->has_ret ? "::" : "->",
		          describe(p->tok, buf, sizeof buf));
	}
	/* the body in its own arena, which the lowering frees once it has built the
	 * fn; its first chunk sized from the body's tokens (arena.c's 1, 2, 4 KB...
	 * chunks alone: 467 MB of chunks for 269 MB of tree at 100k fns) */
	fn->body_arena = arena_new_sized(body_tokens(p) * AST_BYTES_PER_TOKEN);
	p->arena = fn->body_arena;
	fn->body = parse_block(p);
	p->arena = p->prog->arena;
	p->fn = NULL;
	return fn;
}

/* struct = "struct" ident ("{" (ident ":" type ("," ...)* ","?)? "}" | "(" (type ("," ...)* ","?)? ")" ";") */
static AstStruct *parse_struct_as(Parser *p, AstAliasUser *user);

/* vis39: the struct at p->tok, the user of the type aliases its fields name */
static AstStruct *parse_struct(Parser *p)
{
	AstAliasUser user = p->alias_user;
	AstStruct *st = parse_struct_as(p, &p->alias_user);
	p->alias_user = user;
	return st;
}

static AstStruct *parse_struct_as(Parser *p, AstAliasUser *user)
{
	expect(p, TOK_STRUCT);
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_expected(p, "identifier");
	advance(p);
	AstStruct *st = NULL; /* this item's (a name may be declared twice: reported here, in source order) */
	if (p->next_struct < p->prog->nstructs && p->prog->structs[p->next_struct]->line == name->line &&
	    p->prog->structs[p->next_struct]->col == name->col)
		st = p->prog->structs[p->next_struct++];
	for (int i = 0; i < p->prog->nstructs && !st; i++)
		if (p->prog->structs[i]->line == name->line && p->prog->structs[i]->col == name->col)
			st = p->prog->structs[i];
	IR_ASSERT(st);
	*user = (AstAliasUser){ALIAS_USER_STRUCT, st};
	st->repr_c = p->repr_c != NULL; /* clone39 (take_repr) */
	p->repr_c = NULL;
	const Token *t = name - 1; /* as prescan_items saw it: t[1] is the name */
	for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++) /* `Guard`: prelude_conflict */
		if (type_names[i].kind != ATY_GUARD && tok_is(&t[1], type_names[i].name))
			error_tok(p, &t[1], "a struct named `%s` is not supported", type_names[i].name);
	for (size_t i = 0; i < sizeof unsupported_type_names / sizeof unsupported_type_names[0]; i++)
		if (tok_is(&t[1], unsupported_type_names[i]))
			error_tok(p, &t[1], "a struct named `%s` is not supported", unsupported_type_names[i]);
	int first = nameix_find(&p->prog->struct_ix, t[1].text, (size_t)t[1].len, struct_key, p->prog->structs);
	for (AstStruct *q = p->prog->structs[first]; q != st; q = q->next_same) /* one scope: E0428 */
		if (q->scope.lo == st->scope.lo)
			error_tok(p, &t[1], "the name `%s` is defined multiple times", st->ident);
	if (at(p, TOK_LT))
		error_tok(p, p->tok, "generic structs are not supported");
	if (at(p, TOK_WHERE))
		error_tok(p, p->tok, "where clauses are not supported");
	uint32_t cap = 0;
	if (consume(p, TOK_SEMI)) {
		st->is_tuple = st->is_unit = true;
		return st;
	}
	if (consume(p, TOK_LPAREN)) {
		st->is_tuple = true;
		while (!at(p, TOK_RPAREN)) {
			const Token *t = p->tok; /* vis39: a tuple field's span starts at its visibility (rustc's) */
			int vis = parse_vis(p);
			AstField f = {.line = t->line, .col = t->col, .vis = (uint8_t)vis};
			t = p->tok;
			f.name = arena_printf(p->arena, "%d", st->nfields);
			f.ty = parse_type(p, false, false);
			if (ast_type_is_ref(f.ty))
				error_tok(p, t, "reference fields are not supported");
			*VEC_PUSH(p->arena, st->fields, st->nfields, cap) = f;
			nameix_add(&st->field_ix, p->arena, st->nfields - 1, field_key, st->fields);
			if (!consume(p, TOK_COMMA))
				break;
		}
		expect(p, TOK_RPAREN);
		if (at(p, TOK_WHERE))
			error_tok(p, p->tok, "where clauses are not supported");
		if (!consume(p, TOK_SEMI))
			error_expected(p, "`;`");
		return st;
	}
	if (!at(p, TOK_LBRACE))
		error_expected(p, "`{`");
	advance(p);
	while (!at(p, TOK_RBRACE)) {
		while (at(p, TOK_POUND))
			skip_attribute(p);
		lint_scope(p, SCOPE_MEMBER);
		take_derives(p, p->tok); /* derive37: on a field, a variant, an associated item: E0774 */
		int vis = parse_vis(p); /* vis39 */
		const Token *t = p->tok;
		if (!at(p, TOK_IDENT))
			error_expected(p, "identifier");
		advance(p);
		int dup = nameix_find(&st->field_ix, t->text, (size_t)t->len, field_key, st->fields);
		if (dup >= 0)
			error_tok(p, t, "field `%s` is already declared", st->fields[dup].name);
		AstField f = {.name = tok_name(p, t), .line = t->line, .col = t->col, .vis = (uint8_t)vis};
		expect(p, TOK_COLON);
		const Token *ft = p->tok;
		f.ty = parse_type(p, false, false);
		if (ast_type_is_ref(f.ty))
			error_tok(p, ft, "reference fields are not supported");
		*VEC_PUSH(p->arena, st->fields, st->nfields, cap) = f;
		nameix_add(&st->field_ix, p->arena, st->nfields - 1, field_key, st->fields);
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RBRACE);
	return st;
}

/* prescan_items: the const or static item whose keyword is t (`const NAME :`), pushed in source order and
 * chained after the earlier items of its name; *head is the chain's first */
static AstConst *prescan_const(Parser *p, const Token *t, AstConst **head)
{
	AstConst *c = arena_alloc(p->arena, sizeof *c);
	c->name = c->ident = tok_name(p, &t[1]);
	c->line = t[1].line;
	c->col = t[1].col;
	c->kw = t;
	*VEC_PUSH(p->arena, p->prog->consts, p->prog->nconsts, p->prog->consts_cap) = c;
	int first = nameix_add(&p->prog->const_ix, p->arena, p->prog->nconsts - 1, const_key, p->prog->consts);
	*head = c;
	if (first >= 0) {
		AstConst *q = *head = p->prog->consts[first];
		(q->last_same ? q->last_same : q)->next_same = c;
		q->last_same = c;
	}
	return c;
}

/* consts37: whether the item `const NAME : ...` at t has an initializer (`=` before its `;`) */
static bool const_has_init(const Token *t)
{
	int depth = 0;
	for (const Token *k = t + 3; k->kind != TOK_EOF; k++) {
		depth += (k->kind == TOK_LPAREN || k->kind == TOK_LBRACKET || k->kind == TOK_LBRACE) -
		         (k->kind == TOK_RPAREN || k->kind == TOK_RBRACKET || k->kind == TOK_RBRACE);
		if (depth < 0 || (depth == 0 && k->kind == TOK_SEMI))
			return false;
		if (depth == 0 && k->kind == TOK_ASSIGN)
			return true;
	}
	return false;
}

/* consts37: prescan_items at depth 0: `impl TRAIT for TYPE {` (listed: what a default's instance needs) or
 * `trait TRAIT {`, whose `{` then holds the associated consts (TYPE NULL for a trait's declarations) */
static bool prescan_trait_item(Parser *p, const Token *t, const Token **brace, const Token **type,
                               const Token **trait)
{
	if (t->kind == TOK_IMPL && t[1].kind == TOK_IDENT && t[2].kind == TOK_FOR && t[3].kind == TOK_IDENT &&
	    t[4].kind == TOK_LBRACE) {
		*brace = &t[4];
		*type = &t[3];
		*trait = &t[1];
		*VEC_PUSH(p->arena, p->trait_impls, p->ntrait_impls, p->trait_impls_cap) = t;
		return true;
	}
	if (t->kind == TOK_TRAIT && t[1].kind == TOK_IDENT && t[2].kind == TOK_LBRACE) {
		*brace = &t[2];
		*type = NULL;
		*trait = &t[1];
		return true;
	}
	return false;
}

/* derive37: whether the outer attributes right before item keyword toks[i] (after an optional `pub`)
 * derive both Clone and Copy. Read before any type is parsed, so that every use of the item's type
 * knows it is Copy; the attributes themselves are checked where the item is parsed (skip_attribute,
 * take_derives). */
static int prescan_derives(const Token *toks, ptrdiff_t i)
{
	bool clone = false, copy = false;
	ptrdiff_t u = i - 1;
	for (ptrdiff_t k = u; k >= 0 && k >= u - 4; k--) /* vis39: a visibility before the item */
		if (vis_len(&toks[k]) == u - k + 1) {
			u = k - 1;
			break;
		}
	while (u >= 1 && toks[u].kind == TOK_RBRACKET) {
		ptrdiff_t close = u;
		for (int depth = 0; u >= 0; u--) { /* balanced (check_delimiters) */
			depth += (toks[u].kind == TOK_RBRACKET) - (toks[u].kind == TOK_LBRACKET);
			if (depth == 0)
				break;
		}
		if (u < 1 || toks[u - 1].kind != TOK_POUND)
			break; /* `#![..]`: not the item's */
		for (ptrdiff_t n = u + 2; tok_is(&toks[u + 1], "derive") && n < close; n++) {
			clone |= tok_is(&toks[n], "Clone");
			copy |= tok_is(&toks[n], "Copy");
		}
		u -= 2;
	}
	return clone | copy << 1;
}

/* consts38: an open `{` of prescan_items: the delimiter depth inside it, and TYPE when it opens an
 * inherent `impl TYPE {` in a body (NULL otherwise) */
typedef struct BodyImplBrace {
	int depth;
	const Token *impl_type;
} BodyImplBrace;

/* Every struct and enum item's name, before parsing, so that a type or an
 * expression can name an item declared further down (rustc resolves after
 * parsing too). items30: one inside a block (of a fn body) gets that block's braces as its
 * scope; the items of one name are chained in source order (next_same), the index holds the
 * first. It reads only the tokens the lexer noted (ix->scan: the delimiters and the keywords
 * `impl`, `trait`, `const`, `static`, `struct`, `enum`): any other token would change nothing here. */
static void prescan_items(Parser *p, const Token *toks, const TokIndex *ix)
{
	int depth = 0;
	const Token **open = NULL;    /* the open `{`s */
	const Token *impl_brace = NULL, *impl_type = NULL; /* consts35: the `{` of a top-level `impl TYPE {` */
	const Token *impl_trait = NULL; /* consts37: TRAIT of a top-level `impl TRAIT for TYPE {` or `trait TRAIT {` */
	AstItemScope **pending = NULL; /* the scopes of nested items whose `}` is still to come */
	uint32_t nopen = 0, open_cap = 0, npending = 0, pending_cap = 0;
	BodyImplBrace *inner = NULL; /* consts38: per open `{`, its depth and the TYPE of `impl TYPE {` in a body */
	uint32_t inner_cap = 0, ninner = 0;
	const Token *body_impl_brace = NULL; /* the `{` of the last `impl TYPE {` in a body */
	for (uint32_t i = 0; i < ix->nscan; i++) {
		const Token *t = &toks[ix->scan[i]];
		depth += (t->kind == TOK_LBRACE || t->kind == TOK_LPAREN || t->kind == TOK_LBRACKET) -
		         (t->kind == TOK_RBRACE || t->kind == TOK_RPAREN || t->kind == TOK_RBRACKET);
		if (t->kind == TOK_CONST && t[1].kind == TOK_FN && t[2].kind == TOK_IDENT) /* constfn40 */
			*VEC_PUSH(p->arena, p->const_fns, p->nconst_fns, p->const_fns_cap) = &t[2];
		if (t->kind == TOK_LBRACE) {
			*VEC_PUSH(p->arena, open, nopen, open_cap) = t;
			*VEC_PUSH(p->arena, inner, ninner, inner_cap) =
				(BodyImplBrace){depth, t == body_impl_brace ? &t[-1] : NULL};
		} else if (t->kind == TOK_RBRACE && nopen) { /* check_delimiters: balanced */
			ninner--;
			nopen--;
			while (npending && pending[npending - 1]->lo == open[nopen])
				pending[--npending]->hi = t;
		}
		if (t->kind == TOK_IMPL && depth == 0 && t[1].kind == TOK_IDENT && t[2].kind == TOK_LBRACE) {
			impl_brace = &t[2];
			impl_type = &t[1];
			impl_trait = NULL;
		}
		if (depth == 0 && prescan_trait_item(p, t, &impl_brace, &impl_type, &impl_trait))
			continue;
		if (t->kind == TOK_IMPL && depth > 0 && nopen && t[1].kind == TOK_IDENT && t[2].kind == TOK_LBRACE)
			body_impl_brace = &t[2];
		if (nopen && inner[nopen - 1].impl_type && inner[nopen - 1].depth == depth && t->kind == TOK_CONST &&
		    t[1].kind == TOK_IDENT && t[2].kind == TOK_COLON) {
			/* consts38: an associated const of an inherent impl in a body: its type resolved after the
			 * prescan (resolve_body_impl_consts), its name once the body's paths are known */
			AstConst *head;
			AstConst *c = prescan_const(p, t, &head);
			c->impl_tok = inner[nopen - 1].impl_type;
			head->chain_assoc = true;
			continue;
		}
		bool assoc = depth == 1 && nopen == 1 && open[0] == impl_brace;
		if (assoc && t->kind == TOK_CONST && t[1].kind == TOK_IDENT && t[2].kind == TOK_COLON) {
			/* consts35: an associated const of an inherent impl at the top level; consts37: of a trait
			 * impl (`<TYPE as TRAIT>::NAME`) or a trait's declaration at the top level */
			AstConst *head;
			AstConst *c = prescan_const(p, t, &head);
			c->assoc_type = impl_type ? tok_name(p, impl_type) : NULL;
			c->assoc_trait = impl_trait ? tok_name(p, impl_trait) : NULL;
			c->trait_decl = !impl_type;
			c->has_default = c->trait_decl && const_has_init(t);
			c->name = !c->assoc_trait ? arena_printf(p->arena, "%s::%s", c->assoc_type, c->ident)
			        : !impl_type ? arena_printf(p->arena, "%s::%s", c->assoc_trait, c->ident)
			                     : arena_printf(p->arena, "<%s as %s>::%s", c->assoc_type, c->assoc_trait, c->ident);
			head->chain_assoc = true;
			continue;
		}
		if ((t->kind == TOK_CONST || t->kind == TOK_STATIC) && t[1].kind == TOK_IDENT && t[2].kind == TOK_COLON &&
		    (depth == 0 || nopen) && !assoc) {
			/* const33: a const item, scoped as a struct of a block; consts35: a static likewise */
			AstConst *head;
			AstConst *c = prescan_const(p, t, &head);
			c->is_static = t->kind == TOK_STATIC;
			if (depth != 0) {
				c->scope.lo = open[nopen - 1];
				*VEC_PUSH(p->arena, pending, npending, pending_cap) = &c->scope;
			}
			continue;
		}
		if (t->kind == TOK_TYPE && t[1].kind == TOK_IDENT && (t[2].kind == TOK_ASSIGN || t[2].kind == TOK_LT) &&
		    (depth == 0 || nopen) && !assoc) { /* vis39: a type alias, scoped as a struct of a block */
			AstAlias *al = arena_alloc(p->arena, sizeof *al);
			al->id = p->prog->naliases;
			al->ident = tok_name(p, &t[1]);
			al->line = t[1].line;
			al->col = t[1].col;
			al->kw = t;
			*VEC_PUSH(p->arena, p->prog->aliases, p->prog->naliases, p->prog->aliases_cap) = al;
			int first = nameix_add(&p->prog->alias_ix, p->arena, p->prog->naliases - 1, alias_key, p->prog->aliases);
			if (first >= 0) {
				AstAlias *q = p->prog->aliases[first];
				(q->last_same ? q->last_same : q)->next_same = al;
				q->last_same = al;
			}
			if (depth != 0) {
				al->scope.lo = open[nopen - 1];
				*VEC_PUSH(p->arena, pending, npending, pending_cap) = &al->scope;
			}
			continue;
		}
		if ((t->kind != TOK_STRUCT && t->kind != TOK_ENUM) || t[1].kind != TOK_IDENT)
			continue;
		if (depth != 0 && !nopen)
			continue;
		AstItemScope *sc;
		int first;
		if (t->kind == TOK_STRUCT) {
			AstStruct *st = arena_alloc(p->arena, sizeof *st);
			st->id = p->prog->nstructs;
			st->name = st->ident = tok_name(p, &t[1]);
			st->is_tuple = t[2].kind == TOK_LPAREN || t[2].kind == TOK_SEMI; /* for uses before it */
			st->is_unit = t[2].kind == TOK_SEMI;
			int derives = prescan_derives(toks, t - toks);
			st->derive_copy = derives == 3;
			st->derive_clone = derives & 1; /* derive38 */
			st->line = t[1].line;
			st->col = t[1].col;
			*VEC_PUSH(p->arena, p->prog->structs, p->prog->nstructs, p->prog->structs_cap) = st;
			first = nameix_add(&p->prog->struct_ix, p->arena, st->id, struct_key, p->prog->structs);
			if (first >= 0) {
				AstStruct *q = p->prog->structs[first];
				(q->last_same ? q->last_same : q)->next_same = st;
				q->last_same = st;
			}
			sc = &st->scope;
		} else {
			if (p->prog->nenums >= AST_ENUM_MAX) /* ids carry flags above (issue 23) */
				error_tok(p, &t[1], "more than %d enum types (enum items and `Option` / `Result` types) "
				          "are not supported", AST_ENUM_MAX);
			AstEnum *en = arena_alloc(p->arena, sizeof *en);
			en->id = p->prog->nenums;
			en->name = en->ident = tok_name(p, &t[1]);
			int derives = prescan_derives(toks, t - toks);
			en->derive_copy = derives == 3;
			en->derive_clone = derives & 1; /* clone39: an enum's Clone alone too */
			en->line = t[1].line;
			en->col = t[1].col;
			*VEC_PUSH(p->arena, p->prog->enums, p->prog->nenums, p->prog->enums_cap) = en;
			*VEC_PUSH(p->arena, p->enum_toks, p->nenum_toks, p->enum_toks_cap) = t; /* at en->id */
			first = nameix_add(&p->prog->enum_ix, p->arena, en->id, enum_key, p->prog->enums);
			if (first >= 0) {
				AstEnum *q = p->prog->enums[first];
				(q->last_same ? q->last_same : q)->next_same = en;
				q->last_same = en;
			}
			sc = &en->scope;
		}
		if (depth != 0) { /* items30: in a block; parse_nested_item checks where */
			sc->lo = open[nopen - 1];
			*VEC_PUSH(p->arena, pending, npending, pending_cap) = sc;
		}
	}
	p->nprescan_consts = p->prog->nconsts;
}

/* ---- enums (issue 22 item 4) ---- */

/* discriminant = "-"? integer-literal (unsuffixed or isize): the value of `A = 5`, an
 * isize (rustc: an anonymous const of the enum's discriminant type, isize without repr) */
static void parse_discriminant(Parser *p, AstVariant *v)
{
	const Token *t = p->tok;
	bool negative = consume(p, TOK_MINUS);
	const Token *n = p->tok;
	if (n->kind != TOK_INT || (!at_ahead(p, 1, TOK_COMMA) && !at_ahead(p, 1, TOK_RBRACE)))
		error_tok(p, t, "a discriminant other than an integer literal is not supported");
	v->discr_suffix = n->int_suffix; /* repr40: checked against the enum's repr (sema: enum_discriminants) */
	v->discr_neg = negative;
	v->suffix_col = n->col;
	if (n->int_big || n->int_value > (negative ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX)) {
		if (!p->prog->discr_lint_line) { /* warn33: a lint's error, reported after sema's checks */
			p->prog->discr_lint_line = t->line;
			p->prog->discr_lint_col = t->col;
		}
	}
	advance(p);
	v->has_discr = true;
	v->discr_line = t->line;
	v->discr_col = t->col;
	v->discr = negative && n->int_value ? -(int64_t)(n->int_value - 1) - 1 : (int64_t)n->int_value;
}

/* enum = "enum" ident "{" (variant ("," variant)* ","?)? "}"
 * variant = ident ("(" (type ","?)* ")" | "{" (ident ":" type ","?)* "}")? ("=" discriminant)? */
static AstEnum *parse_enum_as(Parser *p, AstEnum *known);

static AstEnum *parse_enum(Parser *p)
{
	AstAliasUser user = p->alias_user;
	const Token *c = p->repr_c, *n = p->repr_int; /* repr40: taken here, where it stands (take_repr) */
	p->repr_c = p->repr_int = NULL;
	AstEnum *en = parse_enum_as(p, NULL);
	p->alias_user = user;
	en->repr_c = c != NULL;
	en->repr_int = n ? (uint8_t)repr_int_kind(n) : 0;
	if (n)
		en->repr_line = n->line, en->repr_col = n->col;
	else if (c)
		en->repr_line = c->line, en->repr_col = c->col;
	return en;
}

/* known: the enum item at p->tok (enum_ready's early parse), else found by its name's position */
static AstEnum *parse_enum_as(Parser *p, AstEnum *known)
{
	expect(p, TOK_ENUM);
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_expected(p, "identifier");
	advance(p);
	AstEnum *en = known;
	if (!en && p->next_enum < p->prog->nenums && p->prog->enums[p->next_enum]->line == name->line &&
	    p->prog->enums[p->next_enum]->col == name->col)
		en = p->prog->enums[p->next_enum++];
	for (int i = 0; i < p->prog->nenums && !en; i++)
		if (p->prog->enums[i]->line == name->line && p->prog->enums[i]->col == name->col)
			en = p->prog->enums[i];
	IR_ASSERT(en);
	p->alias_user = (AstAliasUser){ALIAS_USER_ENUM, en}; /* vis39 (parse_enum and enum_ready restore it) */
	for (size_t i = 0; i < sizeof type_names / sizeof type_names[0]; i++) /* `Guard`: prelude_conflict */
		if (type_names[i].kind != ATY_GUARD && tok_is(name, type_names[i].name))
			error_tok(p, name, "an enum named `%s` is not supported", type_names[i].name);
	for (size_t i = 0; i < sizeof unsupported_type_names / sizeof unsupported_type_names[0]; i++)
		if (tok_is(name, unsupported_type_names[i]))
			error_tok(p, name, "an enum named `%s` is not supported", unsupported_type_names[i]);
	int first = nameix_find(&p->prog->enum_ix, name->text, (size_t)name->len, enum_key, p->prog->enums);
	for (AstEnum *q = p->prog->enums[first]; q != en; q = q->next_same) /* one scope: E0428 */
		if (q->scope.lo == en->scope.lo)
			error_tok(p, name, "the name `%s` is defined multiple times", en->ident);
	const AstStruct *st = find_struct(p, name);
	if (st && st->scope.lo == en->scope.lo)
		error_tok(p, name, "the name `%s` is defined multiple times", en->ident);
	if (at(p, TOK_LT))
		error_tok(p, p->tok, "generic enums are not supported");
	if (at(p, TOK_WHERE))
		error_tok(p, p->tok, "where clauses are not supported");
	expect(p, TOK_LBRACE);
	uint32_t vcap = 0;
	/* variant34: parsed afresh where it stands after an early parse (enum_ready): the same variants
	 * in the same order, so that the errors and the unknown types come in source order */
	en->variants = NULL;
	en->nvariants = 0;
	en->variant_ix = (NameIx){0};
	en->explicit_discr = false;
	while (!at(p, TOK_RBRACE)) {
		while (at(p, TOK_POUND))
			skip_attribute(p);
		lint_scope(p, SCOPE_MEMBER);
		take_derives(p, p->tok); /* derive37: on a field, a variant, an associated item: E0774 */
		no_vis(p); /* vis39 */
		const Token *t = p->tok;
		if (!at(p, TOK_IDENT))
			error_expected(p, "identifier");
		advance(p);
		int dup = nameix_find(&en->variant_ix, t->text, (size_t)t->len, variant_key, en->variants);
		if (dup >= 0)
			error_tok(p, t, "the name `%s` is defined multiple times", en->variants[dup].name);
		AstVariant v = {.name = tok_name(p, t), .line = t->line, .col = t->col};
		uint32_t cap = 0;
		if (consume(p, TOK_LPAREN)) {
			v.is_tuple = true;
			while (!at(p, TOK_RPAREN)) {
				no_vis(p); /* vis39 */
				const Token *ft = p->tok;
				AstField f = {.line = ft->line, .col = ft->col};
				f.name = arena_printf(p->arena, "%d", v.nfields);
				f.ty = parse_type(p, false, false);
				*VEC_PUSH(p->arena, v.fields, v.nfields, cap) = f;
				if (!consume(p, TOK_COMMA))
					break;
			}
			expect(p, TOK_RPAREN);
		} else if (consume(p, TOK_LBRACE)) {
			while (!at(p, TOK_RBRACE)) {
				no_vis(p); /* vis39 */
				const Token *ft = p->tok;
				if (!at(p, TOK_IDENT))
					error_expected(p, "identifier");
				advance(p);
				int fdup = nameix_find(&v.field_ix, ft->text, (size_t)ft->len, field_key, v.fields);
				if (fdup >= 0)
					error_tok(p, ft, "field `%s` is already declared", v.fields[fdup].name);
				AstField f = {.name = tok_name(p, ft), .line = ft->line, .col = ft->col};
				expect(p, TOK_COLON);
				f.ty = parse_type(p, false, false);
				*VEC_PUSH(p->arena, v.fields, v.nfields, cap) = f;
				nameix_add(&v.field_ix, p->arena, v.nfields - 1, field_key, v.fields);
				if (!consume(p, TOK_COMMA))
					break;
			}
			expect(p, TOK_RBRACE);
		} else {
			v.is_unit = true;
		}
		if (consume(p, TOK_ASSIGN))
			parse_discriminant(p, &v);
		en->explicit_discr |= v.has_discr;
		*VEC_PUSH(p->arena, en->variants, en->nvariants, vcap) = v;
		nameix_add(&en->variant_ix, p->arena, en->nvariants - 1, variant_key, en->variants);
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RBRACE);
	if ((uint32_t)en->id < p->nenum_toks)
		p->enum_state[en->id] = ENUM_PARSED;
	return en;
}

/* variant34: whether en's variants are known. An enum item not parsed yet (a variant path before its
 * declaration: rustc resolves after parsing) is parsed here, out of order, as an item of its own (no
 * fn, block or impl), in the program's arena; its errors are held back: false, and the path is parsed
 * without its variant (unknown_variant_rest), the program failing where the enum is parsed in order
 * (or at an earlier error), else at the end with the early parse's error (parse_program). */
static bool enum_ready(Parser *p, AstEnum *en)
{
	if ((uint32_t)en->id >= p->nenum_toks || p->enum_state[en->id] == ENUM_PARSED)
		return true; /* Option's and Result's instances, or parsed */
	if (p->enum_state[en->id] == ENUM_EARLY_FAILED)
		return false;
	/* the item's tokens as lexed: parse_generic_type splits `>>` in place (break_and_eat), which the
	 * parse where it stands must see again; the item ends at its `{ .. }` (delimiters are balanced:
	 * check_delimiters) or at a `;` */
	const Token *lo = p->enum_toks[en->id], *hi = lo;
	while (hi->kind != TOK_EOF && hi->kind != TOK_LBRACE && hi->kind != TOK_SEMI)
		hi++;
	for (int depth = 0; hi->kind == TOK_LBRACE || (depth > 0 && hi->kind != TOK_EOF); hi++) {
		depth += (hi->kind == TOK_LBRACE) - (hi->kind == TOK_RBRACE);
		if (depth == 0)
			break;
	}
	size_t ntok = (size_t)(hi - lo) + 1;
	Token *copy = malloc(ntok * sizeof *copy);
	if (!copy)
		internal_error("out of memory");
	memcpy(copy, lo, ntok * sizeof *copy);
	Parser saved = *p;
	Diag saved_diag = *p->diag;
	volatile bool ok = false;
	p->tok = p->enum_toks[en->id];
	p->arena = p->prog->arena;
	p->fn = NULL;
	p->block = NULL;
	p->async_block = NULL;
	p->impl_of = NULL;
	p->impl_enum = NULL;
	p->impl = NULL;
	p->impl_scope = NULL;
	p->trait_scope = NULL;
	p->in_trait = p->no_struct = p->in_arm = p->synth = false;
	p->for_head = 0;
	p->top_or = NULL;
	p->ntop_or = 0;
	if (!setjmp(p->fail)) {
		parse_enum_as(p, en);
		ok = true;
	}
	Diag err = *p->diag;
	*p = saved; /* the token, the context, the jmp_buf, the unknown type noted so far */
	*p->diag = saved_diag;
	memcpy((Token *)lo, copy, ntok * sizeof *copy);
	free(copy);
	if (ok)
		return true;
	p->enum_state[en->id] = ENUM_EARLY_FAILED;
	en->variants = NULL;
	en->nvariants = 0;
	en->variant_ix = (NameIx){0};
	en->explicit_discr = false;
	if (!p->early_failed)
		p->early_diag = err;
	p->early_failed = true;
	return false;
}

/* `E::V`: the variant named after the `::` (the caller saw `E ::`); -1: E's variants are not known
 * (enum_ready) */
static int parse_variant_name(Parser *p, AstEnum **en, const Token **vt)
{
	const Token *t = advance(p);
	*en = find_enum(p, t);
	expect(p, TOK_PATHSEP);
	*vt = p->tok;
	if (!at(p, TOK_IDENT))
		error_expected(p, "identifier");
	advance(p);
	if (at(p, TOK_PATHSEP))
		error_tok(p, p->tok, "paths are not supported");
	if (!enum_ready(p, *en))
		return -1;
	if ((*en)->variant_ix.n == (*en)->nvariants) { /* an item's; Option's and Result's are not indexed */
		int i = nameix_find(&(*en)->variant_ix, (*vt)->text, (size_t)(*vt)->len, variant_key, (*en)->variants);
		if (i >= 0)
			return i;
	} else {
		for (int i = 0; i < (*en)->nvariants; i++)
			if (tok_is(*vt, (*en)->variants[i].name))
				return i;
	}
	error_tok(p, *vt, "no variant or associated item named `%.*s` found for enum `%s` in the current scope", (*vt)->len, (*vt)->text, ast_enum_name(p->prog, *en));
}

static AstExpr *parse_variant_rest(Parser *p, const Token *start, const Token *vt, AstEnum *en, int vi);

/* variant-expr = path ("(" (expr ","?)* ")" | "{" (ident (":" expr)? ","?)* "}")? */
static AstExpr *parse_variant_expr(Parser *p)
{
	const Token *start = p->tok;
	AstEnum *en;
	const Token *vt;
	int vi = parse_variant_name(p, &en, &vt);
	if (vi < 0) { /* variant34: the rest as written; the program fails (enum_ready) */
		AstExpr *e = new_expr(p, EXPR_VARIANT, start->line, start->col);
		e->name = tok_name(p, vt);
		e->enm = en;
		if (at(p, TOK_LPAREN)) {
			parse_call(p, vt);
		} else if (at(p, TOK_LBRACE) && !p->no_struct) {
			advance(p);
			enter(p);
			bool saved = p->no_struct;
			p->no_struct = false;
			while (!at(p, TOK_RBRACE)) {
				if (!at(p, TOK_IDENT))
					error_expected(p, "identifier");
				advance(p);
				if (consume(p, TOK_COLON))
					parse_expr(p);
				if (!consume(p, TOK_COMMA))
					break;
			}
			expect(p, TOK_RBRACE);
			p->no_struct = saved;
			leave(p);
		}
		set_depth(p, e, 0);
		return e;
	}
	return parse_variant_rest(p, start, vt, en, vi);
}

/* `Some(e)` / `None` / `Ok(e)` / `Err(e)`: core's variants by their prelude names, of
 * the generic base until sema knows the instance (issue 22 item 4) */
static AstExpr *parse_generic_variant_expr(Parser *p)
{
	const Token *t = advance(p);
	AstGeneric g = GENERIC_OPTION;
	int vi = 0;
	generic_variant_of_name(t->text, t->len, &g, &vi);
	return parse_variant_rest(p, t, t, generic_base(p->prog, g), vi);
}

/* what follows a variant's path in a value */
static AstExpr *parse_variant_rest(Parser *p, const Token *start, const Token *vt, AstEnum *en, int vi)
{
	const AstVariant *v = &en->variants[vi];
	AstExpr *e = new_expr(p, EXPR_VARIANT, start->line, start->col);
	e->name = v->name;
	e->enm = en;
	e->variant = vi;
	uint32_t cap = 0;
	int d = 0;
	if (at(p, TOK_LPAREN)) {
		if (!v->is_tuple)
			error_tok(p, vt, v->is_unit ? "expected function, found unit variant `%s::%s`"
			                            : "expected function, tuple struct or tuple variant, found struct variant `%s::%s`",
			          ast_enum_name(p->prog, en), v->name);
		AstExpr *call = parse_call(p, vt);
		early_args(p, start->line, start->col, call->args, 0, call->nargs, false); /* warn35 */
		for (int i = 0; i < call->nargs; i++) {
			AstFieldInit in = {.name = NULL, .line = call->args[i]->line, .col = call->args[i]->col,
			                   .field = i, .value = call->args[i]};
			*VEC_PUSH(p->arena, e->vinits, e->nvinits, cap) = in;
			if (call->args[i]->depth > d)
				d = call->args[i]->depth;
		}
		if (call->nargs != v->nfields)
			error_tok(p, start, "this enum variant takes %d argument%s but %d argument%s supplied", v->nfields,
			          v->nfields == 1 ? "" : "s", call->nargs, call->nargs == 1 ? " was" : "s were");
	} else if (at(p, TOK_LBRACE) && !v->is_tuple && !v->is_unit) {
		advance(p);
		enter(p);
		bool *given = arena_alloc(p->arena, (size_t)v->nfields + 1); /* fields named so far */
		bool saved = p->no_struct;
		p->no_struct = false;
		while (!at(p, TOK_RBRACE)) {
			const Token *f = p->tok;
			if (at(p, TOK_DOTDOT))
				error_tok(p, f, "functional record update (`..base`) is not supported");
			if (!at(p, TOK_IDENT))
				error_expected(p, "identifier");
			advance(p);
			AstFieldInit in = {.name = tok_name(p, f), .line = f->line, .col = f->col, .field = -1};
			if (consume(p, TOK_COLON)) {
				in.value = parse_expr(p);
			} else {
				in.value = new_expr(p, EXPR_VAR, f->line, f->col);
				in.value->name = in.name;
				in.value->is_place = true;
			}
			in.field = ast_field_named(v->fields, v->nfields, &v->field_ix, in.name);
			if (in.field < 0)
				error_tok(p, f, "variant `%s::%s` has no field named `%s`", ast_enum_name(p->prog, en), v->name, in.name);
			if (given[in.field])
				error_tok(p, f, "field `%s` specified more than once", in.name);
			given[in.field] = true;
			if (in.value->depth > d)
				d = in.value->depth;
			*VEC_PUSH(p->arena, e->vinits, e->nvinits, cap) = in;
			if (!consume(p, TOK_COMMA))
				break;
		}
		expect(p, TOK_RBRACE);
		p->no_struct = saved;
		leave(p);
		if (e->nvinits != v->nfields) {
			for (int k = 0; k < v->nfields; k++) {
				if (!given[k])
					error_tok(p, start, "missing field `%s` in initializer of `%s`", v->fields[k].name,
					          ast_enum_name(p->prog, en)); /* rustc names the enum, not the variant */
			}
		}
	} else if (!v->is_unit) {
		error_tok(p, start, v->is_tuple ? "tuple variant values are not supported; call `%s::%s(..)`"
		                                : "expected value, found struct variant `%s::%s`",
		          ast_enum_name(p->prog, en), v->name);
	}
	set_depth(p, e, d);
	return e;
}

static AstPattern parse_variant_pattern(Parser *p);
static AstPattern parse_generic_variant_pattern(Parser *p);

static AstSubPattern parse_sub_pattern(Parser *p, const char *field_name);

static void count_binding(const AstSubPattern *sp, void *cx)
{
	(void)sp;
	++*(int *)cx;
}

static bool pattern_has_binding(const AstPattern *pat)
{
	int n = 0;
	ast_pattern_each_binding(pat, count_binding, &n);
	return n > 0;
}

/* `name @ p` (issue 22: `Some(k @ 3..=9)`, `E::B(b @ 1, c)`, `S { a: x @ 2, .. }`), at `@`: rustc's
 * PatKind::Binding with a subpattern (rustc_mir_build's MatchPairTree::for_pattern: the subpattern's
 * bindings are made before the binding of the whole field). bind30: the bindings after the `@`
 * (`Some(a @ b @ 1..=5)`, parse_at_chain: sp->inner) and bindings inside a variant / struct subpattern
 * (`Some(a @ Some(b))`); sema refuses what it does not admit (check_at_patterns). sp->var is set (the
 * variables made in source order); sp->nested holds the subpattern. */
static void parse_or_sub_pattern(Parser *p, AstSubPattern *sp);

static void parse_at_subpattern(Parser *p, AstSubPattern *sp)
{
	const Token *at_tok = advance(p);
	if (!parse_at_chain(p, sp, at_top_binding))
		return; /* `Some(a @ b)`: the chain alone, no subpattern */
	const Token *t = p->tok;
	bool paren = consume(p, TOK_LPAREN); /* `w @ (0..=9)`: HIR keeps no parentheses */
	enter(p);
	AstSubPattern sub = parse_sub_pattern(p, NULL);
	leave(p);
	if (paren && at(p, TOK_PIPE)) { /* bind32: `Some(n @ (1 | 2))`, `Some(w @ (Some(1 | 2) | None))` */
		sub.field = sp->field;
		parse_or_sub_pattern(p, &sub);
		expect(p, TOK_RPAREN);
		AstPattern *op = sub.or_pat;
		for (int k = 0; k < op->nalts; k++) {
			AstSubPattern *alt = &op->alts[k];
			if (alt->deref) /* `k @ (&x | _)` */
				error_at(p, alt->line, alt->col, "a reference pattern after `@` is not supported");
			if (alt->var)
				error_tok(p, at_tok, "bindings inside the subpattern of `@` are not supported");
			/* each alternative `n @ q` (n's one variable, its chain shared): the walkers over
			 * bindings see n in every alternative as in `Some(n @ 1 | n @ 2)`, the lowering binds
			 * it once over merged alternatives (AstPattern.at_shared) */
			alt->var = sp->var;
			alt->inner = sp->inner;
			alt->name = sp->name;
		}
		op->at_shared = true;
		sp->var = NULL;
		sp->inner = NULL;
		sp->nested = NULL;
		sp->or_pat = op;
		return;
	}
	if (paren)
		expect(p, TOK_RPAREN);
	if (paren && !(sub.nested && sub.nested->is_range)) /* warn35: unused_parens of `x @ (p)` */
		early_paren_pattern(p->prog, early_at(p, at_tok[-1].line, at_tok[-1].col, 1), t->line, t->col);
	if (sub.deref) /* `k @ &x` (ergo29) */
		error_tok(p, t, "a reference pattern after `@` is not supported");
	if (sub.var)
		error_tok(p, at_tok, "bindings inside the subpattern of `@` are not supported");
	sp->nested = sub.nested; /* `k @ _`: NULL, a plain binding (the wildcard tests nothing) */
}
/* ref-binding = "ref" "mut"? ident ("@" sub)?: rustc's PatKind::Binding with BindingMode
 * ByRef::Yes; the binding is `&field` / `&mut field` (issue 22) */
static AstSubPattern parse_ref_sub_pattern(Parser *p, AstSubPattern sp)
{
	expect(p, TOK_REF);
	AstByRef by = consume(p, TOK_MUT) ? BY_REF_MUT : BY_REF;
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_expected(p, "identifier");
	advance(p);
	sp.var = new_var(p, name, VAR_LET, false); /* before the chain's (bind30): source order */
	sp.var->by_ref = (uint8_t)by;
	if (at(p, TOK_AT))
		parse_at_subpattern(p, &sp);
	return sp;
}

/* variant-pattern = path ("(" (sub ","?)* ")" | "{" (ident (":" sub)? | "..") ","?)* "}")?
 * sub = "_" | "mut"? ident | variant-pattern | literal | ".." (bindings by value; a nested
 * variant pattern of an enum item or Option / Result, or an integer or bool literal, issue 22 item 4) */
static AstSubPattern parse_ref_sub_pattern(Parser *p, AstSubPattern sp);

static AstSubPattern parse_sub_pattern(Parser *p, const char *field_name)
{
	const Token *t = p->tok;
	AstSubPattern sp = {.name = field_name, .line = t->line, .col = t->col, .field = -1};
	if (consume(p, TOK_UNDERSCORE))
		return sp;
	if (at(p, TOK_REF)) /* `ref x`, `ref mut x` (issue 22): a binding by reference */
		return parse_ref_sub_pattern(p, sp);
	if (at(p, TOK_AMP)) { /* `Some(&x)`, `S { r: &v, .. }`, `E::A(&0)` (ergo29): the rest matches `*field` */
		advance(p);
		bool is_mut = consume(p, TOK_MUT);
		if (at(p, TOK_AMP) || at(p, TOK_ANDAND) || at(p, TOK_REF) || at(p, TOK_LPAREN))
			error_tok(p, t, "a reference pattern of a reference, `ref` or parenthesized pattern is not supported");
		AstSubPattern inner = parse_sub_pattern(p, field_name);
		if (inner.or_pat)
			error_tok(p, t, "an or-pattern under a reference pattern is not supported");
		if (inner.nested && inner.nested->is_range && !inner.var) /* rustc's parser: parenthesize it */
			error_at(p, inner.nested->line, inner.nested->col, "the range pattern here has ambiguous interpretation");
		inner.line = t->line;
		inner.col = t->col;
		inner.deref = is_mut ? 2 : 1;
		return inner;
	}
	if (at(p, TOK_INT) || at(p, TOK_MINUS) || at(p, TOK_TRUE) || at(p, TOK_FALSE) || at_range_to(p) ||
	    at_int_const(p) != ATY_VAR || at(p, TOK_DOTDOTEQ) || at_runtime_lo(p) || /* `Some(..=)`: parse_pattern's error */
	    (at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_PATHSEP) && !at_ahead(p, 1, TOK_LPAREN) && !at_ahead(p, 1, TOK_LBRACE) &&
	     find_const(p, p->tok))) { /* const33: `Some(N)` */
		/* a literal (issue 22 item 4: `Some(0)`, `E::B(3, _)`, `Ok(true)`, `Some(u8::MAX)`) or a range (`Some(0..=9)`): a
		 * nested pattern without enum */
		sp.nested = arena_alloc(p->arena, sizeof *sp.nested);
		*sp.nested = parse_pattern(p);
		return sp;
	}
	if (((at(p, TOK_IDENT) || at(p, TOK_SELF_TYPE)) && at_ahead(p, 1, TOK_PATHSEP) && find_enum(p, t)) ||
	    (at(p, TOK_IDENT) && !at_ahead(p, 1, TOK_PATHSEP) && is_generic_variant(t))) {
		enter(p); /* nesting depth is bounded as expressions' is */
		sp.nested = arena_alloc(p->arena, sizeof *sp.nested);
		*sp.nested = at_ahead(p, 1, TOK_PATHSEP) ? parse_variant_pattern(p) : parse_generic_variant_pattern(p);
		leave(p);
		return sp;
	}
	no_alias_path(p);
	if ((at(p, TOK_IDENT) || at(p, TOK_SELF_TYPE)) && find_struct(p, t) &&
	    (at_ahead(p, 1, TOK_LBRACE) || at_ahead(p, 1, TOK_LPAREN))) {
		enter(p);
		sp.nested = arena_alloc(p->arena, sizeof *sp.nested);
		*sp.nested = parse_struct_pattern(p);
		leave(p);
		return sp;
	}
	if ((at(p, TOK_IDENT) || at(p, TOK_SELF_TYPE)) && find_struct(p, t) && find_struct(p, t)->is_unit &&
	    !at_ahead(p, 1, TOK_PATHSEP) && !at_ahead(p, 1, TOK_LPAREN) && !at_ahead(p, 1, TOK_LBRACE)) {
		sp.nested = arena_alloc(p->arena, sizeof *sp.nested); /* `E::X(U)`: the unit struct's pattern */
		*sp.nested = unit_struct_pattern(p);
		return sp;
	}
	bool is_mut = consume(p, TOK_MUT);
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_tok(p, t, "only `_`, bindings and variant patterns are supported inside a variant pattern");
	if (at_ahead(p, 1, TOK_PATHSEP) || at_ahead(p, 1, TOK_LPAREN) || at_ahead(p, 1, TOK_LBRACE) ||
	    (find_struct(p, name) && !find_struct(p, name)->is_tuple)) /* a tuple or unit one: E0530 (new_var) */
		error_tok(p, t, "struct patterns and paths other than enum variants are not supported in a pattern");
	advance(p);
	sp.var = new_var(p, name, VAR_LET, is_mut); /* before the chain's (bind30): source order */
	if (at(p, TOK_AT))
		parse_at_subpattern(p, &sp);
	return sp;
}

/* `p | q | ..` as a field's pattern (issue 22 item 4: `Some(1 | 2)`, `S { a: 0 | 1, .. }`,
 * `Some(E::A(x) | E::B(x))`), *sp its first alternative, at `|`: sp becomes the or-pattern, its
 * alternatives sub-patterns of the same field (rustc's PatKind::Or) */
/* one alternative of a field's or-pattern; pat36: `x @ (p | q)` beside others (`Some(x @ (1 | 2) | x @ 5)`)
 * spliced as its alternatives `x @ p | x @ q` (x's one variable), the later ones AstSubPattern.group_next */
static void push_or_alt(Parser *p, AstPattern *op, uint32_t *cap, const AstSubPattern *alt, int field)
{
	const AstPattern *in = alt->or_pat;
	if (!in || !in->at_shared) {
		AstSubPattern a = *alt;
		a.field = field;
		*VEC_PUSH(p->arena, op->alts, op->nalts, *cap) = a;
		return;
	}
	for (int k = 0; k < in->nalts; k++) {
		AstSubPattern a = in->alts[k];
		a.field = field;
		a.group_next = k > 0;
		a.line = alt->line; /* the alternative's span (resolve's E0408 there, as rustc) */
		a.col = alt->col;
		*VEC_PUSH(p->arena, op->alts, op->nalts, *cap) = a;
	}
}

static void parse_or_sub_pattern(Parser *p, AstSubPattern *sp)
{
	AstPattern *op = arena_alloc(p->arena, sizeof *op);
	op->line = sp->line;
	op->col = sp->col;
	op->suffix = ATY_VAR;
	uint32_t cap = 0;
	push_or_alt(p, op, &cap, sp, sp->field);
	while (consume(p, TOK_PIPE)) {
		const Token *at_alt = p->tok;
		AstSubPattern alt = parse_sub_pattern(p, sp->name);
		if ((alt.or_pat && !alt.or_pat->at_shared) || (sp->or_pat && !sp->or_pat->at_shared))
			error_at(p, alt.or_pat ? at_alt->line : sp->line, alt.or_pat ? at_alt->col : sp->col,
			         "an or-pattern beside `x @ (p | q)` inside a field is not supported");
		if (sp->deref || alt.deref) /* `Some(&1 | &2)` (ergo29) */
			error_at(p, alt.deref ? alt.line : sp->line, alt.deref ? alt.col : sp->col,
			             "a reference pattern in an or-pattern is not supported");
		push_or_alt(p, op, &cap, &alt, sp->field);
	}
	sp->var = NULL;
	sp->nested = NULL;
	sp->or_pat = op;
}

/* One field of a braced pattern: `name: pat`, `0: pat`, or the shorthand `name` / `mut name`
 * (sp.name set); *ftok is the field's token (for its position). */
static AstSubPattern parse_field_sub_pattern(Parser *p, const Token **ftok)
{
	const Token *f = p->tok;
	AstSubPattern sp;
	bool shorthand = !((at(p, TOK_IDENT) || at(p, TOK_INT)) && at_ahead(p, 1, TOK_COLON));
	if (!shorthand) {
		advance(p);
		advance(p);
		sp = parse_sub_pattern(p, tok_name(p, f));
	} else {
		if (at(p, TOK_MUT))
			f = p->tok + 1;
		else if (at(p, TOK_REF)) /* `ref f` / `ref mut f` (issue 22) */
			f = p->tok + (at_ahead(p, 1, TOK_MUT) ? 2 : 1);
		if (at(p, TOK_AMP) || at(p, TOK_ANDAND))
			error_expected(p, "identifier");
		sp = parse_sub_pattern(p, NULL); /* shorthand `f` / `mut f` */
		if (!sp.var)
			error_expected(p, "identifier");
		sp.name = sp.var->name;
	}
	if (at(p, TOK_PIPE) && shorthand)
		error_tok(p, p->tok, "expected one of `,`, `:`, or `}`, found `|`");
	if (at(p, TOK_PIPE))
		parse_or_sub_pattern(p, &sp);
	*ftok = f;
	return sp;
}

/* "(" (sub | "..") ","?)* ")" after a tuple struct's or tuple variant's path, the "(" consumed:
 * the subs pushed onto pat with their positions; returns whether a `..` was seen */
static bool parse_tuple_sub_patterns(Parser *p, AstPattern *pat, uint32_t *cap)
{
	bool rest = false;
	int pos = 0;
	while (!at(p, TOK_RPAREN)) {
		if (!at_range_to(p) && consume(p, TOK_DOTDOT)) {
			if (rest)
				error_tok(p, p->tok - 1, "`..` can only be used once per tuple struct pattern");
			rest = true;
			pos = -1;
		} else {
			if (pos < 0)
				error_tok(p, p->tok, "fields after `..` are not supported");
			AstSubPattern sp = parse_sub_pattern(p, NULL);
			if (at(p, TOK_PIPE))
				parse_or_sub_pattern(p, &sp);
			sp.field = pos++;
			*VEC_PUSH(p->arena, pat->subs, pat->nsubs, *cap) = sp;
		}
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RPAREN);
	return rest;
}

static AstPattern parse_variant_pattern_rest(Parser *p, AstPattern pat, const Token *vt);

/* struct-pattern = struct-name ("{" ((ident | int) (":" sub)? | "..") ","?)* "}" | "(" (sub | "..") ","?)* ")")
 * (issue 22 item 4: inside a variant pattern); the fields are matched to the struct's by sema,
 * as a struct declared further down is known by name only here */
static AstPattern parse_struct_pattern(Parser *p)
{
	AstPattern pat = {0};
	const Token *t = advance(p);
	pat.line = t->line;
	pat.col = t->col;
	pat.suffix = ATY_VAR;
	pat.strukt = find_struct(p, t);
	uint32_t cap = 0;
	if (consume(p, TOK_LPAREN)) {
		pat.paren = true;
		pat.rest = parse_tuple_sub_patterns(p, &pat, &cap);
		return pat;
	}
	expect(p, TOK_LBRACE);
	while (!at(p, TOK_RBRACE)) {
		if (consume(p, TOK_DOTDOT)) {
			pat.rest = true;
			if (!at(p, TOK_RBRACE))
				error_tok(p, p->tok, "expected `}`, found `%.*s`", p->tok->len, p->tok->text);
			break;
		}
		const Token *f;
		AstSubPattern sp = parse_field_sub_pattern(p, &f);
		sp.field = -1;
		if (!(sp.var && sp.var->by_ref)) { /* a `ref` binding's span is rustc's `ref mut k` */
			sp.line = f->line;
			sp.col = f->col;
		}
		*VEC_PUSH(p->arena, pat.subs, pat.nsubs, cap) = sp;
		if (!consume(p, TOK_COMMA))
			break;
	}
	expect(p, TOK_RBRACE);
	return pat;
}

static AstPattern parse_variant_pattern(Parser *p)
{
	AstPattern pat = {0};
	pat.line = p->tok->line;
	pat.col = p->tok->col;
	pat.suffix = ATY_VAR;
	const Token *vt;
	pat.variant = parse_variant_name(p, &pat.enm, &vt);
	if (pat.variant < 0) { /* variant34: the rest as written; the program fails (enum_ready) */
		uint32_t cap = 0;
		pat.variant = 0;
		if (consume(p, TOK_LPAREN)) {
			parse_tuple_sub_patterns(p, &pat, &cap);
		} else if (consume(p, TOK_LBRACE)) {
			while (!at(p, TOK_RBRACE)) {
				if (consume(p, TOK_DOTDOT)) {
					if (!at(p, TOK_RBRACE))
						error_tok(p, p->tok, "expected `}`, found `%.*s`", p->tok->len, p->tok->text);
					break;
				}
				const Token *f;
				AstSubPattern sp = parse_field_sub_pattern(p, &f);
				*VEC_PUSH(p->arena, pat.subs, pat.nsubs, cap) = sp;
				if (!consume(p, TOK_COMMA))
					break;
			}
			expect(p, TOK_RBRACE);
		}
		return pat;
	}
	return parse_variant_pattern_rest(p, pat, vt);
}

/* `Some(p)` / `None` / `Ok(p)` / `Err(p)` (issue 22 item 4): of the generic base until
 * sema knows the scrutinee's instance */
static AstPattern parse_generic_variant_pattern(Parser *p)
{
	AstPattern pat = {0};
	const Token *t = advance(p);
	pat.line = t->line;
	pat.col = t->col;
	pat.suffix = ATY_VAR;
	AstGeneric g = GENERIC_OPTION;
	generic_variant_of_name(t->text, t->len, &g, &pat.variant);
	pat.enm = generic_base(p->prog, g);
	return parse_variant_pattern_rest(p, pat, t);
}

/* what follows a variant's path in a pattern */
static AstPattern parse_variant_pattern_rest(Parser *p, AstPattern pat, const Token *vt)
{
	const AstVariant *v = &pat.enm->variants[pat.variant];
	uint32_t cap = 0;
	bool rest = false;
	if (consume(p, TOK_LPAREN)) {
		if (!v->is_tuple)
			error_tok(p, vt, "expected tuple struct or tuple variant, found %s variant `%s::%s`",
			          v->is_unit ? "unit" : "struct", ast_enum_name(p->prog, pat.enm), v->name);
		rest = parse_tuple_sub_patterns(p, &pat, &cap);
		if (!rest && pat.nsubs != v->nfields)
			error_tok(p, vt, "this pattern has %d field%s, but the corresponding tuple variant has %d field%s",
			          pat.nsubs, pat.nsubs == 1 ? "" : "s", v->nfields, v->nfields == 1 ? "" : "s");
		if (pat.nsubs > v->nfields)
			error_tok(p, vt, "this pattern has %d fields, but the corresponding tuple variant has %d field%s",
			          pat.nsubs, v->nfields, v->nfields == 1 ? "" : "s");
	} else if (consume(p, TOK_LBRACE)) {
		if (v->is_tuple || v->is_unit)
			error_tok(p, vt, "struct patterns on %s variants are not supported", v->is_unit ? "unit" : "tuple");
		bool *given = arena_alloc(p->arena, (size_t)v->nfields + 1); /* fields bound so far */
		while (!at(p, TOK_RBRACE)) {
			if (consume(p, TOK_DOTDOT)) {
				rest = true;
				if (!at(p, TOK_RBRACE))
					error_tok(p, p->tok, "expected `}`, found `%.*s`", p->tok->len, p->tok->text);
				break;
			}
			const Token *f;
			AstSubPattern sp = parse_field_sub_pattern(p, &f);
			sp.field = ast_field_named(v->fields, v->nfields, &v->field_ix, sp.name);
			if (sp.field < 0)
				error_tok(p, f, "variant `%s::%s` does not have a field named `%s`", ast_enum_name(p->prog, pat.enm), v->name,
				          sp.name);
			if (given[sp.field])
				error_tok(p, f, "field `%s` bound multiple times in the pattern", sp.name);
			given[sp.field] = true;
			*VEC_PUSH(p->arena, pat.subs, pat.nsubs, cap) = sp;
			if (!consume(p, TOK_COMMA))
				break;
		}
		expect(p, TOK_RBRACE);
		if (!rest && pat.nsubs != v->nfields)
			for (int k = 0; k < v->nfields; k++) {
				if (!given[k])
					error_tok(p, vt, "pattern does not mention field `%s`", v->fields[k].name);
			}
	} else if (!v->is_unit) {
		error_tok(p, vt, "expected unit struct, unit variant or constant, found %s variant `%s::%s`",
		          v->is_tuple ? "tuple" : "struct", ast_enum_name(p->prog, pat.enm), v->name);
	}
	return pat;
}

/* program = (attribute* item)*
 * item = ("pub" ("(" ... ")")?)? fn | unsupported items */
static void parse_impl(Parser *p);
static AstTrait *parse_trait(Parser *p);

static void parse_item(Parser *p)
{
	while (at(p, TOK_POUND))
		skip_attribute(p);
	lint_scope(p, SCOPE_ITEM);
	take_derives(p, p->tok + vis_len(p->tok)); /* derive37 */
	if (at(p, TOK_EOF))
		return;
	p->item_seen = true;
	if (p->tok[vis_len(p->tok)].kind == TOK_IMPL)
		no_vis(p);
	int vis = parse_vis(p); /* vis39 */
	const Token *start = p->tok;
	const Token *t = p->tok;
	prelude_conflict(p, start);
	switch (t->kind) {
	case TOK_FN:
		parse_fn(p, start)->vis = (uint8_t)vis;
		return;
	case TOK_ASYNC:
		if (at_ahead(p, 1, TOK_FN)) {
			parse_fn(p, start)->vis = (uint8_t)vis;
			return;
		}
		error_tok(p, t, "expected item, found keyword `async`");
	case TOK_STRUCT:
		parse_struct(p)->vis = (uint8_t)vis;
		return;
	case TOK_ENUM:
		parse_enum(p)->vis = (uint8_t)vis;
		return;
	case TOK_IMPL:
		parse_impl(p);
		return;
	case TOK_TRAIT:
		parse_trait(p)->vis = (uint8_t)vis;
		return;
	case TOK_USE: error_tok(p, t, "use declarations are not supported");
	case TOK_MOD: error_tok(p, t, "modules are not supported");
	case TOK_STATIC:
		parse_const_item(p)->vis = (uint8_t)vis; /* consts35 */
		return;
	case TOK_TYPE:
		parse_alias_item(p)->vis = (uint8_t)vis; /* vis39 */
		return;
	case TOK_EXTERN: error_tok(p, t, "extern items are not supported");
	case TOK_CONST:
		if (at_ahead(p, 1, TOK_FN) || at_ahead(p, 1, TOK_ASYNC) || at_ahead(p, 1, TOK_UNSAFE)) {
			parse_const_fn(p, start)->vis = (uint8_t)vis; /* constfn40 */
			return;
		}
		parse_const_item(p)->vis = (uint8_t)vis; /* const33 */
		return;
	case TOK_UNSAFE: error_tok(p, t, "unsafe functions are not supported");
	case TOK_RBRACE: case TOK_RPAREN: case TOK_RBRACKET:
		error_tok(p, t, "unexpected closing delimiter: `%s`", lex_token_spelling(t->kind));
	case TOK_IDENT:
		if (tok_is(t, "macro_rules") || at_ahead(p, 1, TOK_NOT))
			error_tok(p, t, "macros are not supported");
		if (tok_is(t, "union"))
			error_tok(p, t, "union items are not supported");
		error_tok(p, t, "expected item, found `%.*s`", t->len, t->text);
	default: {
		char buf[64];
		error_tok(p, t, "expected item, found %s", describe(t, buf, sizeof buf));
	}
	}
}

/* impl = "impl" (trait-name "for")? (struct-name | enum-name) "{" (("async")? fn)* "}" (issue 22 item 4;
 * items31: of an enum item too): associated fns and methods; no generics */
static void parse_impl(Parser *p)
{
	const Token *kw = advance(p);
	if (at(p, TOK_LT))
		error_tok(p, p->tok, "generic impl blocks are not supported");
	AstImpl *im = arena_alloc(p->arena, sizeof *im);
	im->line = kw->line;
	im->col = kw->col;
	im->kw = kw;
	if (at(p, TOK_IDENT) && at_ahead(p, 1, TOK_FOR)) { /* `impl T for S` */
		im->trait_name = tok_name(p, p->tok);
		im->trait_line = p->tok->line;
		im->trait_col = p->tok->col;
		advance(p);
		advance(p);
	}
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_tok(p, name, "impl blocks are not supported here (only `impl S` of a struct item)");
	AstStruct *st = find_struct(p, name);
	AstEnum *en = st ? NULL : find_enum(p, name);
	if (!st && !en && find_alias(p, name))
		error_tok(p, name, "impl blocks of a type alias are not supported");
	if (!st && !en) {
		if (tok_is(name, "Guard") || tok_is(name, "YieldNow"))
			error_tok(p, name, "impl blocks on `%.*s` are not supported (only on struct and enum items)", name->len,
			          name->text);
		error_tok(p, name, "cannot find type `%.*s` in this scope", name->len, name->text);
	}
	advance(p);
	if (at(p, TOK_LT))
		error_tok(p, p->tok, "generic types are not supported");
	expect(p, TOK_LBRACE);
	im->strukt = st;
	im->enm = en;
	if (p->impl_scope) /* items30: its index among its parent's, nested_def_paths */
		im->scope = *p->impl_scope;
	else
		im->index = p->top_impls++;
	*VEC_PUSH(p->arena, p->prog->impls, p->prog->nimpls, p->prog->impls_cap) = im;
	p->impl = im;
	p->impl_of = st;
	p->impl_enum = en;
	while (!at(p, TOK_RBRACE) && !at(p, TOK_EOF)) {
		while (at(p, TOK_POUND))
			skip_attribute(p);
		lint_scope(p, SCOPE_ITEM);
		take_derives(p, p->tok); /* derive37: on a field, a variant, an associated item: E0774 */
		if (im->trait_name) /* vis39: a trait impl's items have the trait's visibility */
			no_vis(p);
		int vis = parse_vis(p);
		const Token *start = p->tok;
		if (at(p, TOK_FN) || (at(p, TOK_ASYNC) && at_ahead(p, 1, TOK_FN)))
			parse_fn(p, start)->vis = (uint8_t)vis;
		else if (at(p, TOK_CONST) && (at_ahead(p, 1, TOK_FN) || at_ahead(p, 1, TOK_ASYNC)) && im->trait_name)
			error_tok(p, start, "functions in trait impls cannot be declared const"); /* constfn40: E0379 */
		else if (at(p, TOK_CONST) && (at_ahead(p, 1, TOK_FN) || at_ahead(p, 1, TOK_ASYNC)))
			parse_const_fn(p, start)->vis = (uint8_t)vis; /* constfn40 */
		else if (at(p, TOK_CONST) && !at_ahead(p, 1, TOK_FN) && !at_ahead(p, 1, TOK_ASYNC) &&
		         (!p->impl_scope || !im->trait_name)) {
			/* consts35: prescan_items registered it (an inherent impl at the top level; consts37: a trait impl;
			 * consts38: an inherent impl in a body) */
			AstConst *c = parse_const_item(p);
			c->assoc_impl = p->prog->nimpls;
			c->vis = (uint8_t)vis;
		} else if (at(p, TOK_CONST) || at(p, TOK_TYPE))
			error_tok(p, start, "associated consts and types are not supported here (only consts of an inherent impl or of an impl at the top level)");
		else
			error_expected(p, "`fn`");
	}
	expect(p, TOK_RBRACE);
	p->impl_of = NULL;
	p->impl_enum = NULL;
	p->impl = NULL;
}

/* trait = "trait" ident "{" (("async")? "fn" ident "(" self-param ("," param)* ")" ("->" type)? ";")* "}"
 * (issue 22 item 4): declarations only, implemented by `impl T for S`, called statically */
static AstTrait *parse_trait(Parser *p)
{
	advance(p);
	const Token *name = p->tok;
	if (!at(p, TOK_IDENT))
		error_expected(p, "identifier");
	advance(p);
	if (at(p, TOK_LT))
		error_tok(p, p->tok, "generic traits are not supported");
	if (at(p, TOK_COLON))
		error_tok(p, p->tok, "supertraits are not supported");
	/* scope33: traits of one name in different blocks (or one at the top level) are distinct, the
	 * innermost visible one named (find_trait); two in one block are E0428 */
	int dup = nameix_find(&p->prog->trait_ix, name->text, (size_t)name->len, trait_key, p->prog->traits);
	const void *lo = p->trait_scope ? p->trait_scope->lo : NULL;
	for (AstTrait *q = dup >= 0 ? p->prog->traits[dup] : NULL; q; q = q->next_same) {
		if (q->scope.lo == lo)
			error_tok(p, name, "the name `%s` is defined multiple times", q->ident);
		if (lo && q->scope.outer == p->trait_scope->outer && q->scope.outer_block == p->trait_scope->outer_block)
			/* one parent body: rustc's paths differ by a disambiguator it does not print */
			error_tok(p, name, "two traits named `%s` in one function body are not supported", q->ident);
	}
	AstTrait *tr = arena_alloc(p->arena, sizeof *tr);
	AstAliasUser user = p->alias_user;
	p->alias_user = (AstAliasUser){ALIAS_USER_TRAIT, tr}; /* vis39 */
	tr->name = tr->ident = tok_name(p, name);
	if (p->trait_scope) {
		tr->scope = *p->trait_scope;
		const Token *lo = tr->scope.lo, *hi = tr->scope.hi;
		tr->lo_line = lo->line, tr->lo_col = lo->col, tr->hi_line = hi->line, tr->hi_col = hi->col;
	}
	tr->line = name->line;
	tr->col = name->col;
	tr->id = p->prog->ntraits;
	*VEC_PUSH(p->arena, p->prog->traits, p->prog->ntraits, p->prog->traits_cap) = tr;
	if (nameix_add(&p->prog->trait_ix, p->arena, p->prog->ntraits - 1, trait_key, p->prog->traits) >= 0) {
		AstTrait *q = p->prog->traits[dup];
		while (q->next_same)
			q = q->next_same;
		q->next_same = tr;
	}
	expect(p, TOK_LBRACE);
	uint32_t cap = 0;
	while (!at(p, TOK_RBRACE) && !at(p, TOK_EOF)) {
		while (at(p, TOK_POUND))
			skip_attribute(p);
		lint_scope(p, SCOPE_ITEM);
		take_derives(p, p->tok); /* derive37: on a field, a variant, an associated item: E0774 */
		no_vis(p); /* vis39 */
		const Token *start = p->tok;
		if (at(p, TOK_CONST) && at_ahead(p, 1, TOK_IDENT) && at_ahead(p, 2, TOK_COLON)) {
			parse_trait_const(p, tr); /* consts37 */
			continue;
		}
		if (at(p, TOK_CONST) && (at_ahead(p, 1, TOK_FN) || at_ahead(p, 1, TOK_ASYNC)))
			error_tok(p, start, "functions in traits cannot be declared const"); /* constfn40: E0379 */
		AstTraitFn tf = {0};
		tf.is_async = consume(p, TOK_ASYNC);
		if (!at(p, TOK_FN))
			error_tok(p, start, at(p, TOK_TYPE) ? "associated types are not supported" : "expected `fn`");
		advance(p);
		const Token *fname = p->tok;
		if (!at(p, TOK_IDENT))
			error_expected(p, "identifier");
		advance(p);
		tf.name = tok_name(p, fname);
		tf.line = fname->line;
		tf.col = fname->col;
		if (nameix_find(&tr->fn_ix, tf.name, strlen(tf.name), trait_fn_key, tr->fns) >= 0)
			error_tok(p, fname, "the name `%s` is defined multiple times", tf.name);
		if (at(p, TOK_LT))
			error_tok(p, p->tok, "generic functions are not supported");
		/* the parameters through parse_param, into a fn of their own (never built) */
		AstFn dummy = {0};
		AstFn *outer = p->fn;
		p->fn = &dummy;
		p->in_trait = true;
		expect(p, TOK_LPAREN);
		uint32_t params_cap = 0;
		while (!at(p, TOK_RPAREN)) {
			parse_param(p, &params_cap);
			if (!consume(p, TOK_COMMA))
				break;
		}
		expect(p, TOK_RPAREN);
		p->in_trait = false;
		p->fn = outer;
		if (dummy.self_kind == SELF_NONE)
			error_tok(p, fname, "trait fns without a `self` parameter are not supported");
		tf.self_kind = dummy.self_kind;
		tf.nparams = dummy.nparams - 1;
		tf.params = arena_alloc(p->arena, ((size_t)tf.nparams + 1) * sizeof *tf.params);
		for (int i = 0; i < tf.nparams; i++)
			tf.params[i] = dummy.params[i + 1]->ty;
		tf.ret = ast_type(ATY_UNIT);
		if (consume(p, TOK_ARROW)) {
			const Token *rt = p->tok;
			tf.ret = parse_type(p, true, false);
			if (ast_type_is_ref(tf.ret))
				error_tok(p, rt, "returning a reference is not supported");
		}
		if (at(p, TOK_LBRACE))
			error_tok(p, p->tok, "default bodies of trait fns are not supported");
		if (at(p, TOK_WHERE))
			error_tok(p, p->tok, "where clauses are not supported");
		expect(p, TOK_SEMI);
		*VEC_PUSH(p->arena, tr->fns, tr->nfns, cap) = tf;
		nameix_add(&tr->fn_ix, p->arena, tr->nfns - 1, trait_fn_key, tr->fns);
	}
	expect(p, TOK_RBRACE);
	p->alias_user = user;
	return tr;
}

/* The lexer's first delimiter error (rustc matches delimiters into token trees before parsing: so do
 * we, so that an unbalanced file reports the delimiter rather than a parse error inside it). */
static void check_delimiters(Parser *p, const Token *toks, const TokIndex *ix)
{
	const Token *t = &toks[ix->at];
	switch ((DelimError)ix->error) {
	case DELIM_BALANCED:
		return;
	case DELIM_TOO_DEEP:
		error_tok(p, t, "nesting too deep");
	case DELIM_UNEXPECTED:
		error_tok(p, t, "unexpected closing delimiter: `%s`", lex_token_spelling(ix->closer));
	case DELIM_MISMATCHED:
		error_tok(p, t, "mismatched closing delimiter: `%s`", lex_token_spelling(ix->closer));
	case DELIM_UNCLOSED:
		error_tok(p, t, "this file contains an unclosed delimiter");
	}
}

/* rustc's path of async block ab's body: `F::{closure#k}` in a sync fn F, `F::{closure#0}::{closure#k}`
 * in an async fn, `P::{closure#k}` in an async block P; k its index among the blocks of the same
 * parent (as build_body.c's block_body_name, which names the bodies). def: from F's def path
 * (`{impl#k}::m` for a method, the dump files' spelling), else from its value path (`S::m`, how
 * rustc's printer names what is inside it). Memoised in memo[def][ab->id]; sibling[ab->id] is k. */
typedef struct BlockPaths {
	const char **memo[2];
	int *sibling;
} BlockPaths;

static const char *block_path(Parser *p, BlockPaths *bp, const AstAsyncBlock *ab, bool def)
{
	if (bp->memo[def][ab->id])
		return bp->memo[def][ab->id];
	const AstFn *fn = ab->fn;
	const char *path = def && fn->def_path ? fn->def_path : fn->name;
	const char *base = ab->parent ? block_path(p, bp, ab->parent, def)
	                 : fn->is_async ? arena_printf(p->arena, "%s::{closure#0}", path) : path;
	return bp->memo[def][ab->id] = arena_printf(p->arena, "%s::{closure#%d}", base, bp->sibling[ab->id]);
}

/* the path of the body an item is a child of: the innermost async block around it (ab), else its
 * outer fn's body (`F::{closure#0}` for an async fn F, F for a sync one) */
static const char *parent_path(Parser *p, BlockPaths *bp, const AstFn *o, const AstAsyncBlock *ab, bool def)
{
	const char *opath = def && o->def_path ? o->def_path : o->name;
	return ab ? block_path(p, bp, ab, def) : o->is_async ? arena_printf(p->arena, "%s::{closure#0}", opath) : opath;
}

/* items30: a struct or enum of a body is named by rustc's path of it, its parent's value path
 * then its ident (`outer::{closure#0}::S`, as -Zprint-type-sizes and MIR dumps print it); a
 * second type of one name in one parent (another block of the body) gets rustc's disambiguator
 * (`S#1`, k), which rustc does not print but the IR needs (types are named uniquely there); its
 * outer fn is named before (it comes first in prog->fns) */
static void name_type_item(Parser *p, BlockPaths *bp, const char **name, const char *ident, const AstItemScope *sc,
                           int k)
{
	if (sc->outer && *name == ident)
		*name = k ? arena_printf(p->arena, "%s::%s#%d", parent_path(p, bp, sc->outer, sc->outer_block, false), ident, k)
		          : arena_printf(p->arena, "%s::%s", parent_path(p, bp, sc->outer, sc->outer_block, false), ident);
}

/* consts38: an inherent impl's const in a body, named as its fns: `S::N` by its type's path (`f::S::N`),
 * `P::<impl S>::N` when the impl stands in another body than its type (rustc's MIR, checked) */
static void name_body_impl_const(Parser *p, BlockPaths *bp, AstConst *c)
{
	AstImpl *im = p->prog->impls[c->assoc_impl - 1];
	const AstItemScope *tsc = im->strukt ? &im->strukt->scope : &im->enm->scope;
	const char *self_name = im->strukt ? im->strukt->name : im->enm->name;
	/* items31's non_local_definitions, for an impl without fns too */
	im->non_local = tsc->outer != im->scope.outer || tsc->outer_block != im->scope.outer_block;
	if (im->non_local)
		c->name = arena_printf(p->arena, "%s::<impl %s>::%s",
		                       parent_path(p, bp, im->scope.outer, im->scope.outer_block, false), self_name, c->ident);
	else
		c->name = arena_printf(p->arena, "%s::%s", self_name, c->ident);
}

/* the disambiguators of the types of bodies: how many of the same ident in the same parent body
 * (outer fn and async block) come before, in source order (structs and enums apart: ids) */
static int *type_disambiguators(Parser *p, NameMap *seen, bool enums)
{
	AstProgram *g = p->prog;
	int n = enums ? g->nenums : g->nstructs;
	int *k = arena_alloc(p->arena, ((size_t)n + 1) * sizeof *k);
	for (int i = 0; i < n; i++) {
		const AstItemScope *sc = enums ? &g->enums[i]->scope : &g->structs[i]->scope;
		if (!sc->outer || (enums && g->enums[i]->generic))
			continue;
		const char *key = arena_printf(p->arena, "%p %p %s", (void *)sc->outer, (void *)sc->outer_block,
		                               enums ? g->enums[i]->ident : g->structs[i]->ident);
		uintptr_t *c = namemap_find(seen, key);
		k[i] = c ? (int)*c : 0;
		namemap_put(seen, key, (uintptr_t)k[i] + 1);
	}
	return k;
}

/* items29: a nested fn's name is rustc's path of it, its parent's then its ident, with the
 * disambiguator rustc gives a second item of that name in the same parent (`inner#1`: rustc's
 * DisambiguatedDefPathData, counted in definition order, which is source order); inside a method,
 * name is from the method's value path (`S::m::inner`, as rustc prints it) and def_path from its
 * def path (`{impl#k}::m::inner`, its bodies' names). A fn's outer comes before it in prog->fns,
 * so its paths are made first. items30: a fn of an impl block in a body is named by its struct's
 * path (`outer::S::m`, `<outer::S as T>::m`), its def path by the impl's, `P::{impl#k}::m` (k
 * counted per parent P, in source order); structs and enums by name_type_item. */
/* scope33: the trait named name visible at token t, the innermost (every trait is parsed: called
 * after parsing, while the tokens live), or NULL */
static AstTrait *find_trait(Parser *p, const char *name, size_t len, const Token *t)
{
	int k = nameix_find(&p->prog->trait_ix, name, len, trait_key, p->prog->traits);
	AstTrait *best = NULL;
	for (AstTrait *tr = k >= 0 ? p->prog->traits[k] : NULL; tr; tr = tr->next_same)
		if (scope_has(&tr->scope, t) && (!best || scope_inner(&tr->scope, &best->scope)))
			best = tr;
	return best;
}

/* items31: the trait of `impl T for S` visible at the impl (scope33: the innermost), or NULL */
static AstTrait *impl_trait_of(Parser *p, const AstImpl *im)
{
	return find_trait(p, im->trait_name, strlen(im->trait_name), im->kw);
}

static void nested_def_paths(Parser *p)
{
	AstProgram *g = p->prog;
	int any = 0;
	for (int i = 0; i < g->nfns && !any; i++)
		any = g->fns[i]->outer != NULL;
	for (int i = 0; i < g->nstructs && !any; i++)
		any = g->structs[i]->scope.outer != NULL;
	for (int i = 0; i < g->nenums && !any; i++)
		any = g->enums[i]->scope.outer != NULL;
	for (int i = 0; i < g->ntraits && !any; i++)
		any = g->traits[i]->scope.outer != NULL;
	for (int i = 0; i < g->nconsts && !any; i++)
		any = g->consts[i]->scope.outer != NULL || g->consts[i]->impl_tok;
	if (!any)
		return;
	/* items31: a trait of a body is visible in its block only (rustc_resolve: E0405 elsewhere); scope33:
	 * the innermost visible one of its name is the impl's (sema takes it) */
	for (int i = 0; i < g->nimpls; i++) {
		AstImpl *im = g->impls[i];
		if (!im->trait_name)
			continue;
		im->trait = impl_trait_of(p, im);
		if (!im->trait && nameix_find(&g->trait_ix, im->trait_name, strlen(im->trait_name), trait_key, g->traits) >= 0)
			error_at(p, im->trait_line, im->trait_col, "cannot find trait `%s` in this scope", im->trait_name);
	}
	/* each block's index among its parent's blocks, in one pass (ids are source order) */
	size_t nb = (size_t)g->nasync + 1;
	BlockPaths bp = {{arena_alloc(p->arena, nb * sizeof(char *)), arena_alloc(p->arena, nb * sizeof(char *))},
	                 arena_alloc(p->arena, nb * sizeof(int))};
	int *below = arena_alloc(p->arena, nb * sizeof *below);                      /* by block id */
	int *top = arena_alloc(p->arena, ((size_t)g->nfns + 1) * sizeof *top);       /* by fn id */
	for (int i = 0; i < g->nasync; i++) {
		const AstAsyncBlock *ab = g->async_blocks[i];
		bp.sibling[ab->id] = ab->parent ? below[ab->parent->id]++ : top[ab->fn->id]++;
	}
	NameMap seen = {0};
	int *sdis = type_disambiguators(p, &seen, false), *edis = type_disambiguators(p, &seen, true);
	for (int i = 0; i < g->nfns; i++) {
		AstFn *fn = g->fns[i];
		if (!fn->outer)
			continue;
		if (ast_fn_is_assoc(fn)) { /* items30: a fn of an impl block in a body (items31: or an enum's) */
			AstStruct *st = fn->impl_of;
			AstEnum *en = fn->impl_enum;
			const AstItemScope *tsc = st ? &st->scope : &en->scope;
			AstImpl *im = g->impls[fn->impl_id];
			/* items31: an impl whose parent body is not its type's: rustc prints its inherent fns
			 * `P::<impl S>::m` (P the impl's parent; a trait impl's `<S as T>::m` still) and warns
			 * non_local_definitions (sema_warn.c) */
			im->non_local = tsc->outer != im->scope.outer || tsc->outer_block != im->scope.outer_block;
			/* scope33: not when its trait is of the impl's parent body (rustc's did_has_local_parent of
			 * the trait: trait_scope.rs and trait_shadow.rs, compare_warnings) */
			if (im->trait && im->trait->scope.outer == im->scope.outer && im->trait->scope.outer_block == im->scope.outer_block)
				im->non_local = false;
			if (st)
				name_type_item(p, &bp, &st->name, st->ident, &st->scope, sdis[st->id]);
			else
				name_type_item(p, &bp, &en->name, en->ident, &en->scope, edis[en->id]);
			const char *self_name = st ? st->name : en->name;
			AstTrait *tr = im->trait_name ? impl_trait_of(p, im) : NULL;
			if (tr) /* items31: a trait of a body: `<S as outer::{closure#0}::T>::m` */
				name_type_item(p, &bp, &tr->name, tr->ident, &tr->scope, 0);
			if (!im->def_path) {
				const char *parent = parent_path(p, &bp, im->scope.outer, im->scope.outer_block, true);
				const char *key = arena_printf(p->arena, "%s::{impl}", parent);
				uintptr_t *n = namemap_find(&seen, key);
				im->index = n ? (int)*n : 0;
				im->def_path = arena_printf(p->arena, "%s::{impl#%d}", parent, im->index);
				namemap_put(&seen, key, (uintptr_t)im->index + 1);
			}
			fn->def_path = arena_printf(p->arena, "%s::%s", im->def_path, fn->assoc_name);
			fn->ident = fn->assoc_name;
			fn->name = im->trait_name ? arena_printf(p->arena, "<%s as %s>::%s", self_name, tr ? tr->name : im->trait_name,
			                                         fn->assoc_name)
			         : im->non_local ? arena_printf(p->arena, "%s::<impl %s>::%s",
			                                        parent_path(p, &bp, im->scope.outer, im->scope.outer_block, false),
			                                        self_name, fn->assoc_name)
			                         : arena_printf(p->arena, "%s::%s", self_name, fn->assoc_name);
			continue;
		}
		const char *plain = arena_printf(p->arena, "%s::%s", parent_path(p, &bp, fn->outer, fn->outer_block, true), fn->ident);
		const char *value = arena_printf(p->arena, "%s::%s", parent_path(p, &bp, fn->outer, fn->outer_block, false), fn->ident);
		uintptr_t *n = namemap_find(&seen, plain);
		fn->def_path = n ? arena_printf(p->arena, "%s#%u", plain, (unsigned)*n) : plain;
		fn->name = n ? arena_printf(p->arena, "%s#%u", value, (unsigned)*n) : value;
		if (!strcmp(fn->def_path, fn->name))
			fn->def_path = NULL;
		namemap_put(&seen, plain, n ? *n + 1 : 1);
	}
	namemap_free(&seen);
	for (int i = 0; i < g->nstructs; i++)
		name_type_item(p, &bp, &g->structs[i]->name, g->structs[i]->ident, &g->structs[i]->scope, sdis[i]);
	for (int i = 0; i < g->nenums; i++)
		if (!g->enums[i]->generic)
			name_type_item(p, &bp, &g->enums[i]->name, g->enums[i]->ident, &g->enums[i]->scope, edis[i]);
	for (int i = 0; i < g->ntraits; i++)
		name_type_item(p, &bp, &g->traits[i]->name, g->traits[i]->ident, &g->traits[i]->scope, 0);
	/* const33: `foo::{closure#0}::K`; mirimpl35: a second const of one path (another block of the body)
	 * `foo::{closure#0}::K#1`, rustc's disambiguator, which rustc does not print but the IR needs (its
	 * const items are named uniquely: print -> parse); consts35's statics share the count (one value
	 * namespace, as rustc's disambiguators) */
	NameMap cseen = {0};
	for (int i = 0; i < g->nconsts; i++) {
		AstConst *c = g->consts[i];
		if (!c->scope.outer)
			continue;
		const char *path = arena_printf(p->arena, "%s::%s",
		                                parent_path(p, &bp, c->scope.outer, c->scope.outer_block, false), c->ident);
		uintptr_t *n = namemap_find(&cseen, path);
		c->name = n ? arena_printf(p->arena, "%s#%u", path, (unsigned)*n) : path;
		namemap_put(&cseen, path, n ? *n + 1 : 1);
	}
	namemap_free(&cseen);
	for (int i = 0; i < g->nconsts; i++)
		if (g->consts[i]->impl_tok && g->consts[i]->assoc_impl > 0)
			name_body_impl_const(p, &bp, g->consts[i]);
	for (uint32_t i = 0; i < p->npath_calls; i++) { /* `S::m(..)` of a struct of a body: its fn's name */
		AstExpr *e = p->path_calls[i];
		e->name = arena_printf(p->arena, "%s::%s", *p->path_call_types[i], strstr(e->name, "::") + 2);
	}
}

/* scope33: `<S as T>::f(..)`: S the struct or enum and T the trait visible at the path (the innermost:
 * items of bodies, rustc_resolve's anonymous modules), so that the callee's name is the impl fn's,
 * `<outer::{closure#0}::S as outer::{closure#0}::T>::f`; a trait of that name not visible there is
 * E0405. An unknown type is left to sema ("cannot find associated fn"). */
static void resolve_qualified_calls(Parser *p)
{
	for (uint32_t i = 0; i < p->nqual_calls; i++) {
		AstExpr *e = p->qual_calls[i];
		const Token *lt = p->qual_toks[i], *ty = &lt[1], *trt = &lt[3];
		AstTrait *tr = find_trait(p, trt->text, (size_t)trt->len, trt);
		if (!tr)
			error_tok(p, trt, "cannot find trait `%.*s` in this scope", trt->len, trt->text);
		AstStruct *st = find_struct(p, ty);
		AstEnum *en = st ? NULL : find_enum(p, ty);
		if (st || en)
			e->name = arena_printf(p->arena, "<%s as %s>::%s", st ? st->name : en->name, tr->name,
			                       strstr(e->name, ">::") + 3);
	}
}

/* variant34: `T::m(..)` of a trait T visible at the path (the innermost, as `<S as T>`): the callee
 * named `<_ as T>::m` (T its path) until typeck infers Self from the first argument (sema_typeck.c
 * check_trait_path_call); a name that is no struct, enum or visible trait stays unsupported */
static void resolve_trait_calls(Parser *p)
{
	for (uint32_t i = 0; i < p->ntrait_calls; i++) {
		AstExpr *e = p->trait_calls[i];
		const Token *ty = p->trait_toks[i];
		AstTrait *tr = find_trait(p, ty->text, (size_t)ty->len, ty);
		if (!tr && nameix_find(&p->prog->trait_ix, ty->text, (size_t)ty->len, trait_key, p->prog->traits) >= 0)
			error_tok(p, ty, "failed to resolve: use of undeclared type `%.*s`", ty->len, ty->text); /* E0433 */
		bool core_clone = !tr && tok_is(ty, "Clone") && !strcmp(e->name, "clone"); /* derive38: core's */
		if (!tr && !core_clone)
			error_tok(p, ty, "paths are not supported");
		e->name = arena_printf(p->arena, "<_ as %s>::%s", tr ? tr->name : "Clone", e->name);
	}
}

/* derive37: rustc's E0204 at the name of an item deriving Copy with a field that is not Copy, items in
 * source order (structs and enums interleaved as they stand) */
static void copy_fields(Parser *p)
{
	const AstProgram *g = p->prog;
	int line = 0, col = 0;
	for (int k = 0; k < g->nstructs + g->nenums; k++) {
		bool is_enum = k >= g->nstructs;
		int id = is_enum ? k - g->nstructs : k;
		if (is_enum && g->enums[id]->generic != GENERIC_NONE)
			continue;
		int l = is_enum ? g->enums[id]->line : g->structs[id]->line, c = is_enum ? g->enums[id]->col : g->structs[id]->col;
		if (ast_derive_copy_violation(g, is_enum, id) && (!line || l < line || (l == line && c < col)))
			line = l, col = c;
	}
	if (line)
		error_at(p, line, col, "the trait `Copy` cannot be implemented for this type");
}

static void check_lint_attrs(Parser *p);

/* derive38: the first field (in source order) of fields[n] whose type has no Clone (rustc's E0277) or
 * a Clone of core's own (arrays, references, Option, Result, ..: not modelled), kept in *first */
static void first_unclonable(const AstProgram *g, const AstField *fields, int n, const AstField **first)
{
	for (int i = 0; i < n; i++)
		if (ast_type_clone(g, fields[i].ty) != 1 &&
		    (!*first || fields[i].line < (*first)->line || (fields[i].line == (*first)->line && fields[i].col < (*first)->col)))
			*first = &fields[i];
}

/* derive38: rustc's E0277 at the first field (in source order) of a struct or (clone39) an enum deriving
 * Clone without Copy whose type has no Clone; a field type whose clone is core's own is not modelled */
static void clone_fields(Parser *p)
{
	const AstProgram *g = p->prog;
	const AstField *f = NULL;
	for (int k = 0; k < g->nstructs; k++)
		if (g->structs[k]->derive_clone && !g->structs[k]->derive_copy)
			first_unclonable(g, g->structs[k]->fields, g->structs[k]->nfields, &f);
	for (int k = 0; k < g->nenums; k++)
		for (int v = 0; v < g->enums[k]->nvariants && g->enums[k]->derive_clone && !g->enums[k]->derive_copy; v++)
			first_unclonable(g, g->enums[k]->variants[v].fields, g->enums[k]->variants[v].nfields, &f);
	if (!f)
		return;
	if (ast_type_clone(g, f->ty) < 0)
		error_at(p, f->line, f->col, "`derive(Clone)` of a field of this type is not supported");
	AstType t = ast_clone_culprit(g, f->ty); /* clone39: inside an array, Option or Result */
	error_at(p, f->line, f->col, "the trait bound `%s: Clone` is not satisfied",
	         t.kind == ATY_GUARD ? "Guard" : t.kind == ATY_STRUCT ? g->structs[t.id]->ident : g->enums[ast_enum_index(t)]->ident);
}

AstProgram *parse_program(const char *file, const Token *toks, const TokIndex *ix, Arena *a, Diag *d)
{
	Parser *p = arena_alloc(a, sizeof *p);
	p->tok = toks;
	p->arena = a;
	p->diag = d;
	p->prog = arena_alloc(a, sizeof *p->prog);
	p->prog->file = file;
	p->prog->arena = a;
	if (setjmp(p->fail)) {
		free_trait_const_index(p);
		for (int i = 0; i < p->prog->nfns; i++)
			frontend_free_body(p->prog->fns[i]);
		return NULL;
	}
	check_delimiters(p, toks, ix);
	prescan_items(p, toks, ix);
	resolve_body_impl_consts(p);
	index_trait_consts(p);
	p->enum_state = arena_alloc(a, (size_t)p->nenum_toks + 1);
	check_token(p);
	while (!at(p, TOK_EOF))
		parse_item(p);
	if (p->early_failed) { /* variant34: no error in order (a context the early parse lacked) */
		*p->diag = p->early_diag;
		longjmp(p->fail, 1);
	}
	aggregate_consts(p);
	check_trait_impl_consts(p);
	free_trait_const_index(p);
	check_lint_attrs(p);
	AstPrivateUse pu;
	if (ast_private_interface(p->prog, &pu)) /* vis39 */
		error_at(p, pu.line, pu.col, "type `%s` is more private than the item `%s`: not supported (rustc's "
		         "private_interfaces lint)", pu.type, pu.item);
	nested_def_paths(p);
	resolve_trait_calls(p);
	resolve_qualified_calls(p);
	if (p->prelude_dup)
		error_tok(p, p->prelude_dup, "the name `%s` is defined multiple times", p->prelude_name);
	if (p->unknown_type)
		error_tok(p, p->unknown_type, "cannot find type `%.*s` in this scope", p->unknown_type->len,
		          p->unknown_type->text);
	copy_fields(p);
	clone_fields(p);
	return p->prog;
}

/* lint38: the lint attributes in scope order; a level under a `forbid` of the same lint (or of a group
 * holding it, or one it holds): rustc's E0453 */
static void check_lint_attrs(Parser *p)
{
	AstProgram *g = p->prog;
	lint_attrs_finish(g);
	static const char *const words[] = {"allow", "expect", "warn", "deny", "forbid"};
	for (int i = 0; i < g->nlint_attrs; i++) {
		const AstLintAttr *a = &g->lint_attrs[i];
		if (a->lint < 0 || a->level == LINT_FORBID)
			continue;
		for (int q = a->parent; q >= 0; q = g->lint_attrs[q].parent) {
			const AstLintAttr *f = &g->lint_attrs[q];
			if (f->level == LINT_FORBID && f->lint >= 0 && (lint_covers(f->lint, a->lint) || lint_covers(a->lint, f->lint)))
				error_at(p, a->name_line, a->name_col, "%s(%s) incompatible with previous forbid", words[a->level],
				         lint_name(a->lint));
		}
	}
}

/* ---------------------------------------------------------------------- */
/* Entry points                                                           */
/* ---------------------------------------------------------------------- */

AstProgram *frontend_parse(const char *file, const char *src, size_t len, Diag *d)
{
	d->file = file;
	Arena *a = arena_new();
	int ntokens = 0;
	TokIndex ix;
	Token *toks = lex_tokens(src, len, a, &ntokens, &ix, d);
	AstProgram *prog = toks ? parse_program(file, toks, &ix, a, d) : NULL;
	if (toks)
		free(ix.scan);
	free(toks);
	if (!prog) {
		arena_free(a);
		return NULL;
	}
	sema_add_builtins(prog);
	if (prog->lint_deny) /* lint38: a denied lint rejects the program, whatever the command (sema_warn.c) */
		prog->warn_src = src, prog->warn_len = len;
	return prog;
}

int frontend_check(AstProgram *p, Diag *d)
{
	if (!d->file)
		d->file = p->file;
	return sema_check(p, d);
}

void frontend_free_body(AstFn *fn)
{
	arena_free_to_malloc(fn->body_arena);
	fn->body_arena = NULL;
	fn->body = NULL;
}

void frontend_free(AstProgram *p)
{
	if (!p)
		return;
	for (int i = 0; i < p->nfns; i++)
		frontend_free_body(p->fns[i]);
	arena_free(p->arena);
}

void frontend_print_diag(FILE *out, const Diag *d, const char *src, size_t len)
{
	diag_print(d, out);
	if (!src || d->line <= 0)
		return;
	const char *line = src, *end = src + len;
	for (int n = 1; n < d->line && line < end; line++)
		if (*line == '\n')
			n++;
	if (line >= end && d->line > 1)
		return;
	const char *eol = line;
	while (eol < end && *eol != '\n')
		eol++;
	int width = (int)(eol - line);
	if (width > 0 && line[width - 1] == '\r')
		width--;
	fprintf(out, "%5d | %.*s\n      | ", d->line, width, line);
	for (int i = 1; i < d->col && i <= width; i++)
		fputc(line[i - 1] == '\t' ? '\t' : ' ', out);
	fprintf(out, "^\n");
}
