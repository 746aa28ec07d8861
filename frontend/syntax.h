/*
 * syntax.h — Rust subset source text -> checked AstProgram.
 *
 *   lex.c    bytes -> Token array (comments skipped, literals decoded)
 *   parse.c  tokens -> AstProgram (unsupported Rust rejected with "... is not supported")
 *   sema.c   names, types (with integer-literal inference), loops, async context,
 *            captures, then moves/initialization/mutability, then literal ranges
 *
 * No function here exits or prints: the first user error fills a Diag (ir/ir.h)
 * and the call returns NULL / 0. The caller prints it with frontend_print_diag().
 */
#ifndef COROSLIM_FRONTEND_SYNTAX_H
#define COROSLIM_FRONTEND_SYNTAX_H

#include <stddef.h>
#include <stdio.h>

#include "ast.h"

/* ---------------------------------------------------------------------- */
/* frontend entry points (parse.c)                                        */
/* ---------------------------------------------------------------------- */

/* Lex and parse src[0..len) (need not be NUL-terminated). On error returns NULL
 * and fills d (d->file = file). file and src must outlive the program. */
AstProgram *frontend_parse(const char *file, const char *src, size_t len, Diag *d);
/* Name resolution, type checking, borrow-style checks. 1 on success, 0 on error. */
int frontend_check(AstProgram *p, Diag *d);
void frontend_free(AstProgram *p);
/* Frees what parsing fn's body allocated (the lowering, once fn and its async
 * blocks are built: sema is done and no other body refers into it). */
void frontend_free_body(AstFn *fn);
/* `file:line:col: error: msg`, then the source line and a caret under col. */
void frontend_print_diag(FILE *out, const Diag *d, const char *src, size_t len);

/* ---------------------------------------------------------------------- */
/* lex.c                                                                  */
/* ---------------------------------------------------------------------- */

/* X(kind, spelling). Punctuators are listed longest first within a prefix so
 * that the lexer can take the first match. */
#define TOKEN_KINDS(X)                                                               \
	X(TOK_EOF, "end of file")                                                    \
	X(TOK_IDENT, "identifier")                                                   \
	X(TOK_INT, "integer literal")                                                \
	X(TOK_LIFETIME, "lifetime")                                                  \
	X(TOK_ERROR, "invalid literal") /* Token.error says why */                   \
	/* keywords (strict and reserved, edition 2021) */                           \
	X(TOK_AS, "as") X(TOK_ASYNC, "async") X(TOK_AWAIT, "await")                   \
	X(TOK_BREAK, "break") X(TOK_CONST, "const") X(TOK_CONTINUE, "continue")       \
	X(TOK_CRATE, "crate") X(TOK_DYN, "dyn") X(TOK_ELSE, "else")                   \
	X(TOK_ENUM, "enum") X(TOK_EXTERN, "extern") X(TOK_FALSE, "false")             \
	X(TOK_FN, "fn") X(TOK_FOR, "for") X(TOK_IF, "if") X(TOK_IMPL, "impl")         \
	X(TOK_IN, "in") X(TOK_LET, "let") X(TOK_LOOP, "loop") X(TOK_MATCH, "match")   \
	X(TOK_MOD, "mod") X(TOK_MOVE, "move") X(TOK_MUT, "mut") X(TOK_PUB, "pub")     \
	X(TOK_REF, "ref") X(TOK_RETURN, "return") X(TOK_SELF_VALUE, "self")           \
	X(TOK_SELF_TYPE, "Self") X(TOK_STATIC, "static") X(TOK_STRUCT, "struct")      \
	X(TOK_SUPER, "super") X(TOK_TRAIT, "trait") X(TOK_TRUE, "true")               \
	X(TOK_TYPE, "type") X(TOK_UNSAFE, "unsafe") X(TOK_USE, "use")                 \
	X(TOK_WHERE, "where") X(TOK_WHILE, "while") X(TOK_ABSTRACT, "abstract")   \
	X(TOK_BECOME, "become") X(TOK_BOX, "box") X(TOK_DO, "do") X(TOK_FINAL, "final") \
	X(TOK_MACRO, "macro") X(TOK_OVERRIDE, "override") X(TOK_PRIV, "priv")         \
	X(TOK_TYPEOF, "typeof") X(TOK_UNSIZED, "unsized") X(TOK_VIRTUAL, "virtual")   \
	X(TOK_YIELD, "yield") X(TOK_TRY, "try") X(TOK_UNDERSCORE, "_")                \
	/* punctuation */                                                            \
	X(TOK_SHL_ASSIGN, "<<=") X(TOK_SHR_ASSIGN, ">>=") X(TOK_DOTDOTEQ, "..=")      \
	X(TOK_DOTDOTDOT, "...")                                                      \
	X(TOK_PLUS_ASSIGN, "+=") X(TOK_MINUS_ASSIGN, "-=") X(TOK_STAR_ASSIGN, "*=")   \
	X(TOK_SLASH_ASSIGN, "/=") X(TOK_PERCENT_ASSIGN, "%=") X(TOK_CARET_ASSIGN, "^=") \
	X(TOK_AMP_ASSIGN, "&=") X(TOK_PIPE_ASSIGN, "|=")                              \
	X(TOK_ANDAND, "&&") X(TOK_OROR, "||") X(TOK_SHL, "<<") X(TOK_SHR, ">>")       \
	X(TOK_EQEQ, "==") X(TOK_NE, "!=") X(TOK_LE, "<=") X(TOK_GE, ">=")             \
	X(TOK_DOTDOT, "..") X(TOK_PATHSEP, "::") X(TOK_ARROW, "->")                   \
	X(TOK_FATARROW, "=>")                                  \
	X(TOK_PLUS, "+") X(TOK_MINUS, "-") X(TOK_STAR, "*") X(TOK_SLASH, "/")         \
	X(TOK_PERCENT, "%") X(TOK_CARET, "^") X(TOK_NOT, "!") X(TOK_AMP, "&")         \
	X(TOK_PIPE, "|") X(TOK_ASSIGN, "=") X(TOK_LT, "<") X(TOK_GT, ">")             \
	X(TOK_AT, "@") X(TOK_DOT, ".") X(TOK_COMMA, ",") X(TOK_SEMI, ";")             \
	X(TOK_COLON, ":") X(TOK_POUND, "#") X(TOK_DOLLAR, "$") X(TOK_QUESTION, "?")   \
	X(TOK_TILDE, "~") X(TOK_LBRACE, "{") X(TOK_RBRACE, "}") X(TOK_LBRACKET, "[")  \
	X(TOK_RBRACKET, "]") X(TOK_LPAREN, "(") X(TOK_RPAREN, ")")

typedef enum {
#define X(k, s) k,
	TOKEN_KINDS(X)
#undef X
	NTOKKINDS
} TokKind;

#define TOK_FIRST_KEYWORD TOK_AS
#define TOK_LAST_KEYWORD TOK_UNDERSCORE
#define TOK_FIRST_PUNCT TOK_SHL_ASSIGN

/* 32 bytes (a 100k-fn module lexes 3.8 million). */
typedef struct Token {
	const char *text;       /* points into the source */
	union {
		const char *error;  /* TOK_ERROR: the message (in the arena), reported when parsed */
		uint64_t int_value; /* TOK_INT */
		int close;          /* `(`, `[`, `{`: tokens from it to its closing delimiter (lex.c; 0 if unmatched) */
	};
	int line, col;
	int len;
	uint8_t kind;           /* TokKind */
	uint8_t int_suffix;     /* TOK_INT: an AstTypeKind, ATY_VAR when unsuffixed */
	bool int_big;           /* TOK_INT: past u64::MAX but within u128 (hunt30): int_value holds its
	                           low 64 bits, the literal lint reports it out of range for every type */
} Token;
_Static_assert(NTOKKINDS <= 256 && NATYKINDS <= 256, "Token keeps both kinds in a byte");

/* What the lexer notes of a token array while it makes it, so that the parser need not walk every
 * token again before parsing (the tokens of a large file are past the cache by the time it ends).
 * The first unbalanced delimiter: rustc matches delimiters into token trees in its lexer, before
 * parsing; parse_program reports it before any other error, so that an unbalanced file reports the
 * delimiter rather than a parse error inside it. The tokens parse.c's prescan_items reads (the
 * delimiters and `impl`, `const`, `static`, `struct`, `enum`; it skips every other token). */
typedef enum { DELIM_BALANCED, DELIM_TOO_DEEP, DELIM_UNEXPECTED, DELIM_MISMATCHED, DELIM_UNCLOSED } DelimError;
enum { DELIM_MAX_OPEN = 4096 }; /* "nesting too deep" past this many open delimiters */
typedef struct TokIndex {
	uint8_t error;  /* DelimError */
	uint8_t closer; /* DELIM_UNEXPECTED, DELIM_MISMATCHED: the closing delimiter's TokKind */
	int at;         /* the token the error points at: the closer, the unclosed opener, EOF */
	int *scan;      /* prescan_items' tokens, in order (malloc'd: the caller frees it) */
	uint32_t nscan, scan_cap;
} TokIndex;
static inline bool tok_prescanned(TokKind k)
{
	return k == TOK_LPAREN || k == TOK_LBRACKET || k == TOK_LBRACE || k == TOK_RPAREN || k == TOK_RBRACKET ||
	       k == TOK_RBRACE || k == TOK_IMPL || k == TOK_TRAIT || k == TOK_CONST || k == TOK_STATIC || k == TOK_STRUCT ||
	       k == TOK_ENUM || k == TOK_TYPE; /* vis39: type aliases */
}

/* Tokenize src[0..len); the array ends with TOK_EOF and is malloc'd (the caller
 * frees it; the AST does not point into it). NULL and d filled on error. ix (if not NULL): the
 * first delimiter error and prescan_items' tokens, for parse_program. */
Token *lex_tokens(const char *src, size_t len, Arena *a, int *ntokens, TokIndex *ix, Diag *d);
const char *lex_token_spelling(TokKind k);

/* ---------------------------------------------------------------------- */
/* parse.c / sema.c                                                       */
/* ---------------------------------------------------------------------- */

AstProgram *parse_program(const char *file, const Token *toks, const TokIndex *ix, Arena *a, Diag *d);
int sema_check(AstProgram *p, Diag *d);
/* The built-in fns yield_now, observe, guard (AstFn.builtin != BUILTIN_NONE). */
void sema_add_builtins(AstProgram *p);

/* ---------------------------------------------------------------------- */
/* sema_warn_early.c (warn35): rustc's early lint pass on the syntax      */
/* ---------------------------------------------------------------------- */

/* Where a value stands (rustc_lint unused.rs UnusedDelimsCtx): what "unnecessary parentheses around .."
 * names */
typedef enum {
	DELIM_FN_ARG, DELIM_METHOD_ARG, DELIM_ASSIGNED, DELIM_IF, DELIM_WHILE, DELIM_MATCH_SCRUT, DELIM_RETURN,
	DELIM_BLOCK_RET, DELIM_LET_SCRUT, DELIM_MATCH_ARM, DELIM_INDEX, DELIM_PATTERN,
	NDELIM_CTX
} DelimCtx;
/* The node of rustc's AST whose check_stmt / check_expr finds a lint: its span, and level 0 for a
 * statement, 1 for an expression (a statement is visited before its expression) */
typedef struct EarlyAt {
	int line, col, end_line, end_col;
	int level;
} EarlyAt;
/* the parser: e was written `(e)` (its line and col are then the outermost `(`'s) */
void early_paren(AstProgram *p, const AstExpr *e);
/* the parser: value stands in ctx at the node `at`: unused_parens (braces false) or unused_braces of
 * it, by rustc's rules (is_expr_delims_necessary; followed_by_block: a block follows the value) */
void early_delims(AstProgram *p, EarlyAt at, bool braces, DelimCtx ctx, const AstExpr *value,
                  bool followed_by_block);
/* the parser: `x @ (p)`, p no range and no or-pattern: unused_parens at the `(` (line, col) */
void early_paren_pattern(AstProgram *p, EarlyAt at, int line, int col);
/* the parser: `- -x`, at the first `-` of the innermost pair (double_negations) */
void early_double_neg(AstProgram *p, EarlyAt at);
/* the parser: `while true` (the condition `true`, parentheses pierced), the while expression at `at`
 * (while_true) */
void early_while_true(AstProgram *p, EarlyAt at);
/* the parser: a run of n empty statements from (line, col) in the block at `at` (redundant_semicolons) */
void early_semis(AstProgram *p, EarlyAt at, int line, int col, int n);
/* the parser: the labeled loop or block e, its node at `at` (from its label): unused_labels unless
 * resolve marks the label used (rustc_resolve's buffered lint, emitted at the node's check_id) */
void early_label(AstProgram *p, EarlyAt at, const AstExpr *e);

/* ---------------------------------------------------------------------- */
/* prelude_enum.c: Option<T> and Result<T, E> (issue 22 item 4)           */
/* ---------------------------------------------------------------------- */

/* GENERIC_OPTION / GENERIC_RESULT for the names `Option` / `Result`, else GENERIC_NONE. */
AstGeneric generic_of_name(const char *text, int len);
/* `Some` / `None` / `Ok` / `Err`: their enum and variant index (rustc's VariantIdx). */
bool generic_variant_of_name(const char *text, int len, AstGeneric *g, int *variant);
int generic_nargs(AstGeneric g);
/* The argument a variant's field holds: Some.0 and Ok.0 the first, Err.0 the second. */
int generic_arg_of(AstGeneric g, int variant);
/* The parser's base enum of `Some(x)` before its type is known (id -1). */
AstEnum *generic_base(AstProgram *p, AstGeneric g);

/* for40 (frontend/for_loop.c): `for PAT in head body` as rustc_ast_lowering's lower_expr_for:
 *   match IntoIterator::into_iter(head) {
 *       mut iter => loop { match Iterator::next(&mut iter) { None => break, Some(PAT) => body } },
 *   }
 * the parser gives the pieces (head the range: a BUILTIN_RANGE / BUILTIN_RANGE_INCLUSIVE call) */
typedef struct ForLoop {
	int line, col;       /* `for` */
	AstPattern some;     /* `Some(PAT)` on Option's base */
	AstVar *iter;        /* the loop's `mut iter` */
	AstExpr *head, *body; /* body: the EXPR_BLOCK */
} ForLoop;
AstExpr *ast_new_expr(Arena *a, AstExprKind kind, int line, int col);
AstExpr *for_desugar(AstProgram *p, Arena *a, const ForLoop *f);

/* The instance at args (no inference variable among them), made at its first use
 * (line, col) and appended to p->enums; the same AstEnum for equal arguments. */
/* NULL when the program has AST_ENUM_MAX enum types already: the caller reports it */
AstEnum *generic_instance(AstProgram *p, AstGeneric g, const AstType *args, int line, int col);
/* rustc's spelling of a type without inference variables: `u32`, `Guard`, `S`, `&mut Option<u8>` */
const char *generic_type_name(const AstProgram *p, AstType t);
/* An enum's name: an item's, or an instance's spelling, made when first asked (issue 23) */
const char *ast_enum_name(const AstProgram *p, const AstEnum *en);
static inline AstType ast_enum_type(const AstEnum *en)
{
	AstType t = {ATY_ENUM, en->id | (en->is_copy ? AST_ENUM_COPY : 0)};
	return t;
}

/* ---------------------------------------------------------------------- */
/* macro.c (mac40): the std macros of the subset, expanded                */
/* ---------------------------------------------------------------------- */

MacroKind macro_kind(const char *name, int len); /* MACRO_NONE: not one of the subset's (ast_new_expr: for_loop.c's) */
AstExpr *macro_matches(Arena *a, int line, int col, AstExpr *scrut, const AstMatchArm *arm);
AstExpr *macro_panic(Arena *a, MacroKind kind, int line, int col, const char *user); /* user: NULL or the literal */
AstExpr *macro_assert(Arena *a, MacroKind kind, int line, int col, AstExpr *cond, const char *cond_text,
                      const char *user);
const char *macro_tokens_text(Arena *a, const Token *lo, const Token *hi); /* assert's `assertion failed: ..` */

#endif
