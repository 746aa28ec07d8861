/* macro.c — the std macros firmware uses (mac40, issue 22), expanded to the AST
 * the parser builds, as rustc 1.95's expansion (`-Zunpretty=expanded`) writes them:
 *   matches!(e, P if g)    `match e { P if g => true, _ => false }`
 *   panic!()               `core::panicking::panic("explicit panic")`
 *   panic!("m")            `{ panic_fmt(format_args!("m")); }`
 *   unreachable!()         `core::panicking::panic("internal error: entered unreachable code")`
 *   unreachable!("m")      `{ panic_fmt(format_args!("internal error: entered unreachable code: {0}",
 *                           format_args!("m"))); }` (MIR: `Arguments::from_str_nonconst`)
 *   todo!() / unimplemented!()  `core::panicking::panic("not yet implemented")` / `("not implemented")`
 *   assert!(c)             `if !c { core::panicking::panic("assertion failed: c") }`, c printed
 *   assert!(c, "m")        `if !c { { panic_fmt(format_args!("m")); } }`
 *   debug_assert!(..)      `if cfg!(debug_assertions) { assert!(..); }`
 * The parser (parse.c parse_macro) reads the arguments; this file names the macros,
 * builds the expansion and (lower_panic) the MIR of a panic's call: `_k =
 * core::panicking::panic(const "msg") -> unwind continue`, or `_j = Arguments::<'_>::
 * from_str(const "msg") -> [return: bbN, ..]; _k = std::rt::panic_fmt(move _j)`. A
 * format string with arguments (`{}`) and every other macro are refused by the parser. */
#include <string.h>

#include "build.h"

static const struct {
	const char *name;
	MacroKind kind;
} macros[] = {
	{"matches", MACRO_MATCHES},         {"panic", MACRO_PANIC},   {"unreachable", MACRO_UNREACHABLE},
	{"todo", MACRO_TODO},               {"unimplemented", MACRO_UNIMPLEMENTED},
	{"assert", MACRO_ASSERT},           {"debug_assert", MACRO_DEBUG_ASSERT},
};

MacroKind macro_kind(const char *name, int len)
{
	for (size_t i = 0; i < sizeof macros / sizeof *macros; i++)
		if ((int)strlen(macros[i].name) == len && memcmp(macros[i].name, name, (size_t)len) == 0)
			return macros[i].kind;
	return MACRO_NONE;
}

/* A block of one statement (has_semi) or of a tail */
static AstExpr *block_of(Arena *a, AstExpr *inner, bool stmt)
{
	AstExpr *e = ast_new_expr(a, EXPR_BLOCK, inner->line, inner->col);
	e->block = arena_alloc(a, sizeof *e->block);
	e->block->line = e->block->end_line = inner->line;
	e->block->col = e->block->end_col = inner->col;
	if (stmt) {
		e->block->stmts = arena_alloc(a, sizeof *e->block->stmts);
		e->block->nstmts = 1;
		e->block->stmts[0] = (AstStmt){.kind = ASTMT_EXPR, .line = inner->line, .col = inner->col,
		                               .has_semi = true, .expr = inner};
	} else {
		e->block->tail = inner;
	}
	e->depth = inner->depth + 1;
	return e;
}

static AstExpr *bool_lit(Arena *a, bool v, int line, int col)
{
	AstExpr *e = ast_new_expr(a, EXPR_BOOL, line, col);
	e->bool_value = v;
	return e;
}

/* matches!: arm (the patterns and guard the parser read) gets the body `true`, `_ => false` follows */
AstExpr *macro_matches(Arena *a, int line, int col, AstExpr *scrut, const AstMatchArm *arm)
{
	AstExpr *e = ast_new_expr(a, EXPR_MATCH, line, col);
	e->lhs = scrut;
	e->arms = arena_alloc(a, 2 * sizeof *e->arms);
	e->narms = 2;
	e->arms[0] = *arm;
	e->arms[0].body = bool_lit(a, true, line, col); /* at the macro, as rustc's spans of the expansion */
	AstMatchArm *w = &e->arms[1];
	w->line = line;
	w->col = col;
	w->pats = arena_alloc(a, sizeof *w->pats);
	w->npats = 1;
	w->pats[0].is_wildcard = true;
	w->pats[0].line = line;
	w->pats[0].col = col;
	w->pats[0].suffix = ATY_VAR;
	w->body = bool_lit(a, false, line, col);
	w->expanded = true;
	int d = scrut->depth;
	if (arm->guard && arm->guard->depth > d)
		d = arm->guard->depth;
	e->depth = d + 1;
	return e;
}

/* The message of kind's panic; user: the literal's text (unescaped), NULL without one */
static const char *panic_message(Arena *a, MacroKind kind, const char *user)
{
	switch (kind) {
	case MACRO_PANIC: return user ? user : "explicit panic";
	case MACRO_UNREACHABLE:
		return user ? arena_printf(a, "internal error: entered unreachable code: %s", user)
		            : "internal error: entered unreachable code";
	case MACRO_TODO: return "not yet implemented";
	case MACRO_UNIMPLEMENTED: return "not implemented";
	default: return user;
	}
}

static AstExpr *panic_call(Arena *a, AstPanicKind pk, int line, int col, const char *msg)
{
	AstExpr *e = ast_new_expr(a, EXPR_PANIC, line, col);
	e->name = msg;
	e->panic_kind = pk;
	e->ty = ast_type(ATY_NEVER);
	return pk == PANIC_CONST ? e : block_of(a, e, true);
}

/* panic!, unreachable!, todo!, unimplemented!: with a literal, rustc's `{ panic_fmt(format_args!(..)); }`
 * (a block of one statement), else the call itself */
AstExpr *macro_panic(Arena *a, MacroKind kind, int line, int col, const char *user)
{
	AstPanicKind pk = !user ? PANIC_CONST : kind == MACRO_UNREACHABLE ? PANIC_FMT_NONCONST : PANIC_FMT;
	return panic_call(a, pk, line, col, panic_message(a, kind, user));
}

/* assert!(c) / debug_assert!(c): `if !c { fail }`, under debug_assert! in `if cfg!(debug_assertions) { ..; }`;
 * fail `core::panicking::panic("assertion failed: c")` (c's text), or the user's literal's panic_fmt */
AstExpr *macro_assert(Arena *a, MacroKind kind, int line, int col, AstExpr *cond, const char *cond_text,
                      const char *user)
{
	AstExpr *fail = user ? panic_call(a, PANIC_FMT, line, col, user)
	                     : panic_call(a, PANIC_CONST, line, col, arena_printf(a, "assertion failed: %s", cond_text));
	AstExpr *not = ast_new_expr(a, EXPR_UNARY, cond->line, cond->col);
	not->un_op = AOP_NOT;
	not->lhs = cond;
	not->depth = cond->depth + 1;
	AstExpr *e = ast_new_expr(a, EXPR_IF, line, col);
	e->cond = not;
	AstExpr *then = block_of(a, fail, false);
	e->block = then->block;
	e->depth = (not->depth > then->depth ? not->depth : then->depth) + 1;
	if (kind != MACRO_DEBUG_ASSERT)
		return e;
	AstExpr *d = ast_new_expr(a, EXPR_IF, line, col);
	d->cond = bool_lit(a, true, line, col);
	d->cond->cfg_debug = true;
	d->block = block_of(a, e, true)->block;
	d->depth = e->depth + 2;
	return d;
}

/* The condition's text in `assertion failed: ..`: its tokens as rustc's pretty printer spaces them
 * (a space between two tokens but after `(` `[` `.` `::` and a prefix operator, before `)` `]` `,` `.`
 * `::` `?`, before `(` `[` of a call or an index, around `..` `..=`, in `name!(`). The printer
 * (rustc_ast_pretty) breaks a line past 78 columns and prints a block's statements on lines of their
 * own: the parser refuses such conditions (parse.c parse_macro) */
static bool is_prefix_op(const Token *t, const Token *prev)
{
	if (t->kind != TOK_NOT && t->kind != TOK_MINUS && t->kind != TOK_STAR && t->kind != TOK_AMP &&
	    t->kind != TOK_ANDAND)
		return false;
	if (!prev)
		return true;
	switch (prev->kind) {
	case TOK_IDENT: case TOK_INT: case TOK_RPAREN: case TOK_RBRACKET: case TOK_TRUE: case TOK_FALSE:
	case TOK_SELF_VALUE: case TOK_QUESTION: case TOK_AWAIT: return false;
	default: return true;
	}
}

static bool is_range(const Token *t) { return t->kind == TOK_DOTDOT || t->kind == TOK_DOTDOTEQ; }

static bool glued(const Token *prev, const Token *prevprev, const Token *t, const Token *next)
{
	if (is_range(prev) || is_range(t)) /* `1..=9`, `a[1..]` */
		return true;
	if ((t->kind == TOK_NOT && prev->kind == TOK_IDENT && next && next->kind == TOK_LPAREN) ||
	    (prev->kind == TOK_NOT && prevprev && prevprev->kind == TOK_IDENT && t->kind == TOK_LPAREN))
		return true; /* a macro's call: `matches!(..)` */
	if (prev->kind == TOK_LPAREN || prev->kind == TOK_LBRACKET || prev->kind == TOK_DOT ||
	    prev->kind == TOK_PATHSEP || is_prefix_op(prev, prevprev))
		return true;
	if (t->kind == TOK_RPAREN || t->kind == TOK_RBRACKET || t->kind == TOK_COMMA || t->kind == TOK_DOT ||
	    t->kind == TOK_PATHSEP || t->kind == TOK_QUESTION)
		return true;
	return (t->kind == TOK_LPAREN || t->kind == TOK_LBRACKET) &&
	       (prev->kind == TOK_IDENT || prev->kind == TOK_RPAREN || prev->kind == TOK_RBRACKET ||
	        prev->kind == TOK_SELF_VALUE || prev->kind == TOK_GT);
}

const char *macro_tokens_text(Arena *a, const Token *lo, const Token *hi)
{
	size_t n = 0;
	for (const Token *t = lo; t < hi; t++)
		n += (size_t)t->len + 1;
	char *s = arena_alloc(a, n + 1), *q = s;
	for (const Token *t = lo; t < hi; t++) {
		if (t > lo && !glued(t - 1, t - 1 > lo ? t - 2 : NULL, t, t + 1 < hi ? t + 1 : NULL))
			*q++ = ' ';
		memcpy(q, t->text, (size_t)t->len);
		q += t->len;
	}
	*q = 0;
	return s;
}

/* ---- MIR ---- */

static const char *const panic_callee[] = {
	[PANIC_CONST] = "core::panicking::panic",
	[PANIC_FMT] = "Arguments::<'_>::from_str",
	[PANIC_FMT_NONCONST] = "Arguments::<'_>::from_str_nonconst",
};

/* `const "msg"`, the message escaped as rustc's MIR prints a &str (Debug) */
static Operand message_const(Builder *b, const char *msg)
{
	size_t n = strlen(msg);
	char *s = arena_alloc(b->f->arena, 2 * n + 9), *q = s;
	q += sprintf(q, "const \"");
	for (const char *c = msg; *c; c++) {
		const char *esc = *c == '"' ? "\\\"" : *c == '\\' ? "\\\\" : *c == '\n' ? "\\n" : *c == '\t' ? "\\t"
		                : *c == '\r' ? "\\r" : *c == 0 ? "\\0" : NULL;
		if (esc)
			q += sprintf(q, "%s", esc);
		else
			*q++ = *c;
	}
	*q++ = '"';
	*q = 0;
	TypeId str = type_intern(b->m, (Type){.kind = TY_OPAQUE, .text = "str"});
	return op_const(b->f, type_ptr(b->m, TY_REF, str), const_text_id(b->m, s));
}

/* A call that does not return: dest of type `!`, no return target, the unwind edge of its scopes */
static BlockId diverging_call(Builder *b, BlockId bb, PlaceId dest, const char *callee, Operand arg)
{
	(void)emit_call(b, bb, dest, CALLEE_FN, callee_name(b, callee), &arg, 1);
	b->f->blocks[bb].term.target = NO_BLOCK;
	return new_block(b);
}

/* rustc's ExprKind::Call of the panic fn: with format_args!, its Arguments in a temporary of the
 * statement's scope first (`_j = Arguments::<'_>::from_str(const "msg")`) */
BlockId lower_panic(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	Operand msg = message_const(b, e->name);
	if (e->panic_kind == PANIC_CONST)
		return diverging_call(b, bb, dest, panic_callee[PANIC_CONST], msg);
	LocalId args = new_temp(b, type_intern(b->m, (Type){.kind = TY_OPAQUE, .text = PANIC_ARGUMENTS_TYPE}), 1);
	storage(b, bb, ST_STORAGE_LIVE, args);
	schedule_drop(b, topmost(b), args, DK_STORAGE);
	bb = emit_call(b, bb, pl(b, args), CALLEE_FN, callee_name(b, panic_callee[e->panic_kind]), &msg, 1);
	return diverging_call(b, bb, dest, "std::rt::panic_fmt", op_move(pl(b, args)));
}
