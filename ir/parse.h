/* parse.h — the IR text parser's own header (ir/parse*.c): the lexer's
 * tokens, the parser's state and what its three files share. See parse.c. */
#ifndef COROSLIM_IR_PARSE_H
#define COROSLIM_IR_PARSE_H

#include <string.h>

#include "ir.h"

#define MAX_DEPTH 200
#define MAX_NAME_GROUP 200 /* longest `{...}` path segment */

enum { T_EOF, T_IDENT, T_INT, T_STR, T_LIFE, T_PUNCT, T_ERR, T_CHAR /* `'a'`, `'\n'`, `'\u{1f600}'`: val */ };

typedef struct Tok {
	int kind;
	const char *s; /* text (T_STR: without the quotes) */
	size_t n;
	int line, col;
	uint64_t val;       /* T_INT */
	int ovf;            /* T_INT: did not fit in 64 bits */
	const char *suf;    /* T_INT: suffix after `_` (`u32` in `5_u32`), or NULL */
	size_t nsuf;
	char p[3];          /* T_PUNCT */
	char err[64];       /* T_ERR */
} Tok;

typedef struct Lex {
	size_t pos;
	int line, col;
} Lex;

typedef struct PendingAgg { /* `{async fn body of f()} { x: .. }`, checked at the end */
	uint32_t coro, idx;
	const char *name;
	int line, col;
} PendingAgg;

typedef struct DebugName {
	const char *name;
	uint64_t local;
	int line, col;
} DebugName;

typedef struct P {
	const char *src;
	size_t len;
	Lex lx;  /* position after t */
	Tok t;   /* current token */
	Diag *d;
	int err;
	int quiet; /* pre-scan: no diagnostics */
	int depth;
	int pointee; /* slice40: the type being parsed is a pointer's pointee (where `[T]` may stand) */
	Module *m;
	Fn *f;
	Arena *tmp;
	uint8_t *defined; uint32_t ndefined, capdefined; /* coroutine items seen */
	PendingAgg *pend; uint32_t npend, cappend;
	Proj *pb; uint32_t npb, cappb; /* projection scratch */
	uint32_t path_adts_seen; /* items30: adts scanned for a path name (`outer::S`) so far */
	int path_adts;           /* some has one */
	int qual_adts;           /* items31: some is named `<S as T>::..` */
	NameMap named_ix;        /* hunt35: the const items so far, name -> index + 1 in m->named (a scan
	                          * per item and per use was N^2: 40k items 4.5 s) */
} P;

/* parse_lex.c: errors, the lexer, token-level parsers */
int err_at(P *p, int line, int col, const char *fmt, ...); /* reports the first error only; returns -1 */
#define ERR(...) err_at(p, p->t.line, p->t.col, __VA_ARGS__)
#define TRY(x)                  \
	do {                    \
		if ((x) < 0)    \
			return -1; \
	} while (0)

void next(P *p);
void lx_adv(P *p, size_t n); /* advance n bytes, counting lines and columns (characters) */
int is_id(const P *p, const char *s);
int unexpected(P *p, const char *what);
int expect_p(P *p, const char *s, const char *ctx);
int expect_id(P *p, const char *s, const char *ctx);
int parse_u32(P *p, uint32_t *out, const char *what);
int parse_u32_or_unknown(P *p, uint32_t *out, const char *what, uint8_t *unknown);
int numbered_ident(const P *p, const char *prefix, uint64_t *out, int *ovf);
int parse_block_ref(P *p, BlockId *out);
int parse_local(P *p, LocalId *out);
int parse_ident(P *p, const char **out, const char *what);
int parse_path(P *p, char **out);
/* at `<` then `impl` (a path's `<impl T>` segment, not type arguments)? nothing consumed */
int at_impl_segment(P *p);
/* one name segment at p->t: IDENT ['#' INT], a `{...}` group (items30), `<impl T>` or
 * `<T as Trait>` (items31) */
int parse_name_segment(P *p, char **out);
/* The canonical spelling of a type, as type_print writes it, read token by token
 * without resolving it (`Option<&mut Pair>`, `[u8; 4]`, `Result<Infallible, u8>`):
 * ADT names and the qualified segments `<T as Trait>` of paths. */
int parse_type_text(P *p, char **out);
/* Is the current token the punctuation s? */
static inline int is_p(const P *p, const char *s) { return p->t.kind == T_PUNCT && strcmp(p->t.p, s) == 0; }

/* parse_item.c: struct and enum items (issue 22), registered by the pre-scan */
void prescan_item(P *p);   /* at `struct`/`enum`: registers the item's TY_ADT, consumes its name */
int parse_item(P *p);
int parse_const_item(P *p); /* const33: at `const` */      /* at `#`, `struct` or `enum` */
TypeId item_type(P *p, const char *name); /* the TY_ADT of an item of the file, or NO_ID */

/* parse_body.c: types, places, operands, constants, rvalues, statements, terminators */
int parse_type(P *p, TypeId *out);
int parse_stmt_or_term(P *p, BlockId bb, int *is_term);
int parse_fn_rest(P *p, Fn *f); /* after a fn's `{`: debug names, lets, blocks, `}` (parse.c) */

#endif
