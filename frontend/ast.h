/*
 * ast.h — the syntax tree of the coroslim Rust subset, as the parser builds it
 * and as sema annotates it.
 *
 * Every node carries its source position (1-based line, col counted in bytes,
 * the start of its span as rustc reports it). After frontend_check():
 *   - every AstExpr has a resolved AstType (no inference variables left);
 *   - every variable use points to its AstVar (per-fn id), and, inside an async
 *     block, to the upvar (capture) it goes through;
 *   - every async block knows its index within its fn, its captures and modes;
 *   - every call points to its AstFn (user fn or built-in);
 *   - every break/continue points to the loop it leaves.
 *
 * All nodes live in AstProgram.arena and are freed by frontend_free() in one call.
 * Names are prefixed Ast/AST_ so that this header can be included next to ir/ir.h
 * (which it includes for Arena and Diag).
 */
#ifndef COROSLIM_AST_H
#define COROSLIM_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "../ir/ir.h"

typedef struct AstExpr AstExpr;
typedef struct AstStmt AstStmt;
typedef struct AstBlock AstBlock;
typedef struct AstVar AstVar;
typedef struct AstFn AstFn;
typedef struct AstAsyncBlock AstAsyncBlock;
typedef struct AstProgram AstProgram;
typedef struct AstStruct AstStruct;
typedef struct AstEnum AstEnum;
typedef struct AstImpl AstImpl;
typedef struct AstConst AstConst;

/* items30: where a struct, enum or impl item stands. A top-level one: outer NULL, lo NULL. One
 * declared in a block of a fn body: outer the fn, outer_block the innermost async block around it
 * (NULL: none), lo / hi the block's `{` and `}` tokens (the parser's only: tokens are freed after
 * parsing), the scope in which its name resolves (rustc's anonymous module of the block). */
typedef struct AstItemScope {
	AstFn *outer;
	AstAsyncBlock *outer_block;
	const void *lo, *hi;
} AstItemScope;

/* name_index.c (issue 23): a name -> first item index over an array of items in the
 * arena; key(items, i) is item i's name (the array may move between calls) */
typedef const char *(*NameIxKey)(const void *items, int i);
typedef struct NameIxSlot {
	uint32_t item; /* index + 1; 0: empty */
	uint32_t hash;
} NameIxSlot;
typedef struct NameIx {
	NameIxSlot *slots;
	uint32_t cap;
	int n;
} NameIx;
/* the first item named s[0..len), or -1 */
int nameix_find(const NameIx *ix, const char *s, size_t len, NameIxKey key, const void *items);
/* item added when no earlier one has its name (-1), else that earlier item (item not added) */
int nameix_add(NameIx *ix, Arena *a, int item, NameIxKey key, const void *items);
/* the first of fields[0..nfields) named name, or -1: through ix when it indexes them all */
struct AstField;
int ast_field_named(const struct AstField *fields, int nfields, const NameIx *ix, const char *name);

/* ---------------------------------------------------------------------- */
/* Types                                                                   */
/* ---------------------------------------------------------------------- */

/* X(kind, rustc spelling). The integer kinds are contiguous, unsigned first. */
#define AST_TYPE_KINDS(X)                                                            \
	X(ATY_UNIT, "()")                                                            \
	X(ATY_BOOL, "bool")                                                          \
	X(ATY_U8, "u8")                                                              \
	X(ATY_U16, "u16")                                                            \
	X(ATY_U32, "u32")                                                            \
	X(ATY_U64, "u64")                                                            \
	X(ATY_USIZE, "usize")                                                        \
	X(ATY_I8, "i8")                                                              \
	X(ATY_I16, "i16")                                                            \
	X(ATY_I32, "i32")                                                            \
	X(ATY_I64, "i64")                                                            \
	X(ATY_ISIZE, "isize")                                                        \
	X(ATY_CHAR, "char")                  /* diag27: a literal is a TOK_INT suffixed char */ \
	X(ATY_NEVER, "!")                                                            \
	X(ATY_GUARD, "Guard")                                                        \
	X(ATY_YIELD_NOW, "YieldNow")                                                 \
	X(ATY_FN_FUTURE, "impl Future")      /* id: AstFn.id of the async fn */      \
	X(ATY_BLOCK_FUTURE, "async block")   /* id: AstAsyncBlock.id */              \
	X(ATY_STRUCT, "struct")              /* id: AstStruct.id (a struct item) */   \
	X(ATY_ENUM, "enum")                  /* id: AstEnum.id (an enum item) */      \
	X(ATY_REF, "&")                      /* id: the pointee (ast_ref_pointee) */  \
	X(ATY_REF_MUT, "&mut")               /* id: the pointee (ast_ref_pointee) */  \
	X(ATY_ARRAY, "array")                /* id: ast_array_type's (element, length) */ \
	X(ATY_SLICE, "slice")                /* slice40: `[T]`, only a reference's pointee; id: ast_array_type's (T, 0) */ \
	X(ATY_VAR, "_")                      /* inference variable, only inside sema */

typedef enum {
#define X(k, s) k,
	AST_TYPE_KINDS(X)
#undef X
	NATYKINDS
} AstTypeKind;

typedef struct AstType {
	AstTypeKind kind;
	int id; /* ATY_FN_FUTURE: fn id; ATY_BLOCK_FUTURE: async block id; ATY_VAR: var */
} AstType;

static inline AstType ast_type(AstTypeKind k) { AstType t = {k, 0}; return t; }
static inline bool ast_type_is_int(AstType t) { return t.kind >= ATY_U8 && t.kind <= ATY_ISIZE; }
static inline bool ast_type_is_signed(AstType t) { return t.kind >= ATY_I8 && t.kind <= ATY_ISIZE; }
static inline bool ast_type_eq(AstType a, AstType b) { return a.kind == b.kind && a.id == b.id; }
/* Arrays (issue 22 item 4; frontend/ast_array.c): `[T; N]` is an interned
 * (element, length) pair, id its index in a process-wide table, so that equal
 * types have equal ids; the element may be an inference variable while sema
 * runs (sema re-interns the resolved type). An element is never an array. */
AstType ast_array_type(AstType elem, int len);
AstType ast_array_elem(AstType t); /* slice40: a slice's too */
AstType ast_slice_type(AstType elem); /* slice40: `[elem]` (frontend/slice.c) */
int ast_array_len(AstType t);
/* Option<T> / Result<T, E> (issue 22 item 4, frontend/prelude_enum.c): an instance is an
 * AstEnum of AstProgram.enums like an enum item; its ATY_ENUM id carries AST_ENUM_COPY when
 * every type argument is Copy (core's derives), and AST_ENUM_PARTIAL marks, inside sema only,
 * an instance whose arguments are still being inferred (an index in sema's table). */
enum { AST_ENUM_PARTIAL = 1 << 21, AST_ENUM_COPY = 1 << 22 };
/* enum types of a program, items and instances together: an id must stay below AST_ENUM_PARTIAL
 * (issue 23: reaching it is a located error, "more than 2097152 enum types ...") */
enum { AST_ENUM_MAX = AST_ENUM_PARTIAL };
static inline int ast_enum_index(AstType t) { return t.id & (AST_ENUM_PARTIAL - 1); }
/* derive37 (frontend/derive.c): a struct or enum item with `#[derive(Clone, Copy)]` is Copy. The
 * flag is the item's (AstStruct/AstEnum.derive_copy, set before any type is parsed), which the type
 * {kind, index} names in program p (clone39: asked of the program, no thread-local), so that an
 * item's type stays {kind, index} and ast_type_eq a comparison of ids. */
bool ast_item_is_copy(const AstProgram *p, AstType t);
/* derive37: the first field (in declaration order) of item id that is not Copy though the item derives
 * Copy (rustc's E0204), else NULL */
const struct AstField *ast_derive_copy_violation(const AstProgram *p, bool is_enum, int id);
/* derive38: the derived `<S as Clone>::clone` of struct or enum item self, which calls of `clone` on it
 * resolve to (an AstFn of id -1, outside AstProgram.fns); NULL when the item derives no Clone */
struct AstFn *ast_derived_clone(AstProgram *p, AstType self);
/* derive38: whether the derived clone of a field of type t can call `<t as Clone>::clone`: 1 (an
 * integer, bool, char, an item deriving Clone; clone39: an array, Option or Result of such, core's
 * impls), 0 (no Clone: rustc's E0277), -1 (core's Clone of another type, not modelled) */
int ast_type_clone(const AstProgram *p, AstType t);
AstType ast_clone_culprit(const AstProgram *p, AstType t);
/* Copy types can be used after being read; the others move. An array is Copy
 * when its element is; an Option/Result instance when every argument is. */
static inline bool ast_type_is_copy(const AstProgram *p, AstType t)
{
	return t.kind <= ATY_NEVER || t.kind == ATY_REF || (t.kind == ATY_ENUM && (t.id & AST_ENUM_COPY)) ||
	       (t.kind == ATY_ARRAY && ast_type_is_copy(p, ast_array_elem(t))) ||
	       ((t.kind == ATY_STRUCT || t.kind == ATY_ENUM) && ast_item_is_copy(p, t));
}
/* References (issue 22 item 4): `&T` / `&mut T` keep their pointee in id, its
 * kind in the top byte and its id below, so that equal types have equal ids and
 * an inference variable may stand for the pointee while sema runs. A pointee that
 * is itself a reference (`&&T`, `&mut &T`: refref33) keeps, below its kind, the
 * index of its id in a process-wide table (ast_array.c ast_ref_intern: one entry
 * per distinct id, so equal types still have equal ids). */
static inline bool ast_type_is_ref(AstType t) { return t.kind == ATY_REF || t.kind == ATY_REF_MUT; }
int ast_ref_intern(int pointee_id);
int ast_ref_interned(int index);
static inline AstType ast_ref_type(AstType pointee, bool is_mut)
{
	unsigned id = ast_type_is_ref(pointee) ? (unsigned)ast_ref_intern(pointee.id) : (unsigned)pointee.id;
	AstType t = {is_mut ? ATY_REF_MUT : ATY_REF, (int)((unsigned)pointee.kind << 24 | id)};
	return t;
}
static inline AstType ast_ref_pointee(AstType t)
{
	AstType p = {(AstTypeKind)((unsigned)t.id >> 24), (int)((unsigned)t.id & 0xffffffu)};
	if (ast_type_is_ref(p))
		p.id = ast_ref_interned(p.id);
	return p;
}
static inline bool ast_type_is_slice_ref(AstType t)
{
	return ast_type_is_ref(t) && ast_ref_pointee(t).kind == ATY_SLICE;
}
const char *slice_elem_refused(AstType elem); /* slice40: why `[elem]` is refused, or NULL */
int ast_type_bits(AstType t);                       /* integers: 8..64 (usize 64) */
const char *ast_type_name(AstType t);               /* rustc spelling */

/* ---------------------------------------------------------------------- */
/* Variables and captures                                                 */
/* ---------------------------------------------------------------------- */

typedef enum { VAR_PARAM, VAR_LET, VAR_ITEM /* sema_resolve.c's scope entry of a block's fn item */ } AstVarKind;
typedef enum { BY_VALUE, BY_REF, BY_REF_MUT } AstByRef;
enum { ERGO_TOP_REF = 1, ERGO_TOP_MOVE = 2, ERGO_TOP_VIA = 3 }; /* AstVar.ergo_top (ergo29, ergo30; mref39: a
                                                              top binding of `match &r`, the `&&T` itself) */

/* One binding: a parameter or a `let`. Shadowing makes a new AstVar. */
struct AstVar {
	int id;            /* unique within its fn, in declaration order; params first */
	int line, col;     /* the binding's identifier */
	AstType ty;
	uint8_t kind;      /* AstVarKind (a byte: 48 bytes, not 56; issue 23) */
	bool is_mut;
	uint8_t by_ref;    /* AstByRef: a `ref` / `ref mut` binding (issue 22): ty is &T / &mut T of
	                      the place it borrows (rustc's BindingMode(ByRef::Yes(..), _)) */
	uint8_t ergo_top;  /* a top binding of a match through a written `&place` / `&mut place` or a `&T`
	                      variable (ergo29: `other =>`, `v @ Some(_)`): typed and borrow-checked as
	                      `ref v` / `ref mut v` of the place (by_ref set), built as rustc's by-value
	                      binding of the reference (`_v = copy _2` / `move _2`); ERGO_TOP_MOVE (ergo30):
	                      through a `&mut T` variable, by value (by_ref clear after typeck), the
	                      variable moved (rustc: `_v = move _1`) */
	const char *name;
	AstBlock *scope;   /* VAR_LET: the block whose rest is its scope; params: NULL */
	AstAsyncBlock *owner; /* innermost async block declaring it; NULL: the fn body */
};
_Static_assert(sizeof(void *) != 8 || sizeof(AstVar) == 48, "AstVar is 48 bytes on a 64-bit target");
/* Whether binding v moves its place (a non-Copy value, not a `ref` binding: issue 22) */
static inline bool ast_binding_moves(const AstProgram *p, const AstVar *v)
{
	return !v->by_ref && !ast_type_is_copy(p, v->ty);
}

/* How an async block captures a variable of an enclosing body (rustc's
 * closure capture rules): `async move` and moved non-Copy values by value;
 * otherwise by shared reference (upvar `_ref__x`) or, when assigned, by
 * mutable reference. */
typedef enum { CAPTURE_BY_VALUE, CAPTURE_BY_REF, CAPTURE_BY_MUT_REF } AstCaptureMode;

#define CAPTURE_PATH_MAX 16
typedef struct AstCapture {
	AstVar *var;
	AstCaptureMode mode;
	const char *upvar_name; /* "x" by value, "_ref__x" by reference, "_ref__x__f" for a field (as rustc) */
	int line, col;          /* first mention inside the block */
	/* edition 2021 (RFC 2229, issue 22 item 4): the captured place is the variable
	 * (npath 0) or a path of struct fields below it, `x.f.g` (rustc's min captures:
	 * no two of one variable where one is the other's ancestor) */
	struct AstExpr *place;                  /* the EXPR_VAR / EXPR_FIELD that named it */
	int npath;
	int path[CAPTURE_PATH_MAX];             /* field indices from the variable */
	AstType path_ty[CAPTURE_PATH_MAX];      /* the place's type after each field */
	const char *path_name[CAPTURE_PATH_MAX];
	int rank;                               /* the variable's first capture in the block: the order */
} AstCapture;
/* The type of the captured place. */
static inline AstType capture_type(const AstCapture *c)
{
	return c->npath ? c->path_ty[c->npath - 1] : c->var->ty;
}

/* ---------------------------------------------------------------------- */
/* Expressions                                                            */
/* ---------------------------------------------------------------------- */

typedef enum {
	EXPR_INT,       /* int_value; int_suffix (a type, or ATY_VAR when unsuffixed) */
	EXPR_BOOL,      /* bool_value */
	EXPR_UNIT,      /* () */
	EXPR_VAR,       /* name -> var; upvar >= 0 inside an async block capturing it */
	EXPR_UNARY,     /* un_op lhs */
	EXPR_BINARY,    /* lhs bin_op rhs (including && ||, which short-circuit) */
	EXPR_ASSIGN,    /* lhs = rhs; lhs is a place */
	EXPR_OP_ASSIGN, /* lhs bin_op= rhs; lhs is a place */
	EXPR_CAST,      /* lhs as cast_to */
	EXPR_CALL,      /* name(args) -> callee */
	EXPR_AWAIT,     /* lhs.await */
	EXPR_BLOCK,     /* block; a labeled block (`'a: { .. }`, flow40): name its label, as LOOP's */
	EXPR_IF,        /* if cond block else els (els: EXPR_BLOCK, EXPR_IF or NULL) */
	EXPR_MATCH,     /* match lhs { arms } */
	EXPR_LOOP,      /* loop block; name its label ('a, NULL: none), op_line/op_col the label's */
	EXPR_WHILE,     /* while cond block; name, op_line/op_col: as LOOP's */
	EXPR_BREAK,     /* break ['a] [lhs] -> loop (a LOOP, WHILE or labeled BLOCK); name the label */
	EXPR_CONTINUE,  /* continue ['a] -> loop; name the label, op_line/op_col its position */
	EXPR_RETURN,    /* return [lhs]; returns from the innermost fn or async block */
	EXPR_ASYNC,     /* async [move] block -> async_block */
	EXPR_FIELD,     /* lhs.name or lhs.N -> field (index in the struct) */
	EXPR_STRUCT,    /* Name { f: e, .. } or Name(e, ..) -> strukt; inits */
	EXPR_VARIANT,   /* E::V, E::V(e, ..), E::V { f: e, .. } -> enm, variant; inits */
	EXPR_REF,       /* &lhs or &mut lhs (ref_mut); implicit: a coercion's reborrow */
	EXPR_DEREF,     /* *lhs, a place; implicit: an auto-deref (`r.f` on a reference) */
	EXPR_ARRAY,     /* [args, ..]: an array literal (issue 22 item 4) */
	EXPR_REPEAT,    /* [lhs; int_value]: a repeat expression (issue 22 item 4) */
	EXPR_INDEX,     /* lhs[rhs], a place when lhs is (issue 22 item 4) */
	EXPR_PANIC,     /* mac40: a panic macro's call of core (panic_kind), name its message (macro.c) */
} AstExprKind;

/* mac40: the macros of the subset (frontend/macro.c) */
typedef enum {
	MACRO_NONE, MACRO_MATCHES, MACRO_PANIC, MACRO_UNREACHABLE, MACRO_TODO, MACRO_UNIMPLEMENTED,
	MACRO_ASSERT, MACRO_DEBUG_ASSERT,
} MacroKind;

/* mac40: the call a panic macro expands to (frontend/macro.c), as rustc 1.95's std builds it */
typedef enum {
	PANIC_CONST,        /* `core::panicking::panic(const "msg")`: panic!(), assert!(c), todo!() .. */
	PANIC_FMT,          /* `Arguments::<'_>::from_str(const "msg")`, then `std::rt::panic_fmt(move _)` */
	PANIC_FMT_NONCONST, /* unreachable!("msg"): `Arguments::<'_>::from_str_nonconst(..)`, then panic_fmt */
} AstPanicKind;

typedef enum {
	AOP_ADD, AOP_SUB, AOP_MUL, AOP_DIV, AOP_REM,
	AOP_BITAND, AOP_BITOR, AOP_BITXOR, AOP_SHL, AOP_SHR,
	AOP_EQ, AOP_NE, AOP_LT, AOP_LE, AOP_GT, AOP_GE,
	AOP_AND, AOP_OR, /* && || */
	NAOPS
} AstBinOp;
const char *ast_binop_spelling(AstBinOp op); /* "+", "&&", ... */

typedef enum { AOP_NEG, AOP_NOT } AstUnOp;

/* One match arm: patterns separated by `|` (literal values or `_`), then the body. */
/* 104 bytes: pointers, then 64-bit values, then ints, then the flags (issue 23:
 * in the order written it was 128; a match of 100k arms has 100k of these) */
typedef struct AstPattern {
	/* an enum variant pattern `E::V`, `E::V(p, ..)`, `E::V { f: p, .. }` (enm != NULL) */
	AstEnum *enm;
	struct AstSubPattern *subs; /* in source order */
	const AstStruct *strukt; /* a struct pattern inside a variant pattern (`Some(Pair { a: 0, b })`,
	                            `E::V(P(x, _))`; enm NULL): subs its fields (issue 22 item 4) */
	struct AstSubPattern *alts; /* an or-pattern inside a pattern (AstSubPattern.or_pat, `Some(1 | 2)`):
	                               its alternatives, each a sub-pattern of the same field */
	uint64_t value;      /* int or bool (0/1) */
	/* a range pattern (issue 22 item 4: `0..=9`, `..=5`, `10..`, `1..4`): value/negative its lower
	 * bound unless lo_open, hi_value/hi_negative its upper one unless hi_open (`a..` includes MAX) */
	uint64_t hi_value;
	int line, col;
	int variant;         /* index in enm->variants */
	int nsubs;
	int hi_line, hi_col;
	int nalts;
	AstTypeKind suffix;  /* literal suffix, ATY_VAR when none */
	AstType lit_ty;      /* a literal inside a variant pattern (`Some(0)`, `E::B(3, _)`, `Ok(true)`):
	                        the type of the field it matches, after sema (issue 22 item 4) */
	bool is_wildcard;
	bool is_bool;
	bool negative;       /* `-5`: value holds 5 */
	bool rest;           /* struct pattern: `..` */
	bool paren;          /* struct pattern: written `P(..)` */
	bool is_range, lo_open, hi_open, hi_excl, hi_negative;
	bool big, hi_big;    /* a bound past u64::MAX (hunt30): out of range for every type */
	bool hi_suffix;      /* the range's suffix is its upper bound's (`0..=5_u32`): a mismatch is there */
	bool hi_runtime;     /* the upper bound is a name (`0..=y`, `..y`): hi_value holds its `const char *`
	                        (sema: a local is rustc's E0080, reported before the fn's match checks;
	                        else E0425 / E0029 while resolving; diag27); after resolve the local's
	                        `AstVar *` (typeck: its type against the scrutinee's, E0029 / E0308) */
	bool lo_runtime;     /* the lower bound is a name (`y..=5`, `y..`; misc28): value as hi_value */
	bool bounds_resolved; /* resolve made the named bounds their AstVar (once) */
	bool at_shared;      /* bind32: the or-pattern of `n @ (p | q)` inside a field (`Some(n @ (1 | 2))`): each
	                        alternative holds n (its var and chain, parse_at_subpattern), one binding of the
	                        field made after the or-pattern's (rustc's PatKind::Binding over PatKind::Or): its
	                        alternatives merge when their subpatterns bind nothing, n bound once */
	bool from_const;     /* const33: a const item's value as the pattern (`N =>`, `Some(N)`, `A..=B`): value,
	                        negative and suffix set as a suffixed literal's (rustc's const_to_pat) */
	bool char_int_mix;   /* one bound a char, the other an unsuffixed integer (`'a'..=5`, `5..='a'`;
	                        ergo29): suffix is ATY_CHAR (hi_suffix when the char is the upper bound);
	                        always E0308, at the bound that mismatches the scrutinee (typeck) */
	uint8_t deref;       /* an arm's `&p` (1) / `&mut p` (2) at the top (ergo28): the rest of the pattern is
	                        matched through the scrutinee's reference, its bindings by value; hi_line and
	                        hi_col the `&`'s (no range under `&`); `&&p` (ergo30) is 1 | AST_DEREF_TWICE,
	                        which typeck clears matching it against a written `&&place` (else refused) */
} AstPattern;
enum { AST_DEREF_TWICE = 4, AST_DEREF_MUT2 = 8, AST_DEREF_THRICE = 16, AST_DEREF_MUT3 = 32 };
/* pat36: MUT2, the second layer a `&mut` (`let &&mut S { .. }`, `let &mut &S { .. }`: 2 | TWICE); mref39:
 * THRICE (with TWICE) a third layer, a `let`'s only (`let &&&S { .. }`), MUT3 it a `&mut` */
_Static_assert(sizeof(void *) != 8 || sizeof(AstPattern) == 112, "AstPattern is 112 bytes on a 64-bit target");

/* One field pattern of a variant pattern: `_`, a binding by value (a variable
 * of the arm) or a nested variant pattern. A `..` rest leaves the other fields
 * unmatched. */
typedef struct AstSubPattern {
	const char *name;    /* `f: p` / `f`; NULL: positional (field = index) */
	int line, col;
	int field;           /* index in the variant's fields, after sema (parse: positional) */
	uint8_t deref;       /* `&p` (1) / `&mut p` (2) as the field's pattern (ergo29: rustc's PatKind::Ref
	                        inside a pattern, `Some(&x)`): var, nested and the bindings below match the
	                        field's pointee `*field`, by value; line and col the `&`'s */
	bool group_next;     /* pat36: an alternative of a field's or-pattern continuing the previous one's
	                        group (`Some(x @ (1 | 2) | x @ 5)` is `x @ 1 | x @ 2 | x @ 5` to the walkers,
	                        x's one variable in a group; the builder a group as one alternative holding
	                        the or-pattern of its patterns: create_or_subcandidates) */
	AstVar *var;         /* NULL: `_` (or nested) */
	struct AstPattern *nested; /* a variant pattern matched against the field (issue 22 item 4:
	                              `B::P(A::X(n))`, `Some(E::A)`), or a literal (`Some(0)`,
	                              `Ok(true)`: enm NULL); var is NULL */
	struct AstPattern *or_pat; /* an or-pattern `p | q` in this field (issue 22 item 4: `Some(1 | 2)`,
	                              `E::A(x) | E::B(x)` inside `Some(..)`): or_pat->alts; var and nested
	                              NULL, so a walker not looking at it sees `_` */
	struct AstSubPattern *inner; /* `x @ y @ p` (bind29): y's binding of the same place (var only, by
	                                value; its own inner the next one), made before x's and after p's;
	                                nested (p) stays on the outermost; NULL: none */
} AstSubPattern;

typedef struct AstMatchArm {
	int line, col;
	AstPattern *pats;
	int npats;
	AstExpr *body;
	/* bindings at the top of the patterns (issue 22, bind27: `n =>`, `mut n =>`, `k @ 1..=5 =>`,
	 * `x @ Some(y)`): NULL when no pattern has one, else npats entries, tops[k].var the binding of the
	 * whole scrutinee (NULL: none) and pats[k] its subpattern (`_` for a plain binding): rustc's
	 * PatKind::Binding { subpattern } at the top, the binding made before the subpattern's */
	struct AstSubPattern *tops;
	AstExpr *guard; /* `pat if guard =>` (issue 22, guard27): NULL without a guard */
	bool top_merged; /* `n @ (1 | 2)` (bind29): pats the alternatives, each tops[k] the one binding, made
	                    once after the merged alternatives' tests (nothing bound inside; a guard since bind30) */
	bool expanded;   /* mac40: matches!'s `_ => false`, a span of std's macro: never linted (rustc's
	                    lints are not reported in external macros) */
	bool top_or;     /* `x @ (p | q)` (bind30): pats the alternatives of one parenthesized or-pattern
	                    after the one binding (top_merged, or each a leaf when they bind: `w @ (E::A(k) |
	                    E::B(k))`); resolve's E0408 at the alternative, as rustc */
	int *top_group;  /* `x @ (1 | 2) | x @ 5` (bind33): npats entries, alternative k's group (a run of
	                    alternatives: one `x @ (p | q)`'s, sharing its top binding, or one alternative);
	                    NULL when no `x @ (p | q)` stands beside another alternative. The walkers over
	                    patterns see `x @ 1 | x @ 2 | x @ 5`; the builder a group as one alternative
	                    holding an or-pattern (arm_candidate: rustc's nested subcandidates) */
} AstMatchArm;

/* every binding of arm a's pattern k: its top binding, then the pattern's (rustc's visiting order) */
/* match38: whether parameter j of fn is a parameter pattern's hygienic `__argK` (parse.c
 * parse_pattern_param), not a parameter the user named */
bool ast_fn_pattern_param(const AstFn *fn, int j);
void ast_arm_each_binding(const AstMatchArm *a, int k, void (*f)(const struct AstSubPattern *sp, void *cx),
                          void *cx);
/* a's pattern k binds the whole scrutinee */
static inline AstVar *ast_arm_top(const AstMatchArm *a, int k)
{
	return a->tops ? a->tops[k].var : NULL;
}

/* 104 bytes: what only some kinds use shares storage (a module of 100k fns
 * parses two million of these, twice with the sync twin). The kind decides
 * which union member is live; the fields before the union any kind may read. */
struct AstExpr {
	AstExprKind kind;
	int line, col;       /* start of the expression's span */
	int op_line, op_col; /* binary/assign/cast: the operator; await: the `await` keyword */
	int depth;           /* subtree height, bounded by the parser */
	AstType ty;          /* after sema */

	AstExpr *lhs;        /* operand: UNARY, BINARY, ASSIGN, OP_ASSIGN, CAST, AWAIT, MATCH
	                        (scrutinee), RETURN (value or NULL) */
	const char *name;    /* EXPR_VAR, EXPR_CALL */
	AstVar *var;         /* EXPR_VAR after sema; EXPR_CALL: a local of the callee's name */
	AstAsyncBlock *async_block; /* EXPR_ASYNC; EXPR_RETURN: returns from it (NULL: fn) */
	int upvar;           /* EXPR_VAR: index into the innermost enclosing async block's
	                        captures when var comes from outside it; else -1 */
	AstTypeKind int_suffix; /* EXPR_INT: ATY_VAR when unsuffixed */
	bool is_place;       /* a variable: can be assigned, moved from or borrowed */
	bool mention_only;   /* the place in `let _ = x;`: neither read, moved nor
	                        captured (rustc: PlaceMention) */
	bool has_break;      /* EXPR_LOOP, EXPR_WHILE: some break targets it (LOOP: else it diverges);
	                        EXPR_DEREF: ast_deref_is_ergo */
	bool ref_mut;        /* EXPR_REF: `&mut` */
	bool method;         /* EXPR_CALL: `recv.name(args)`: args[0] is the receiver, callee set by typeck */
	bool implicit;       /* EXPR_REF, EXPR_DEREF: an adjustment sema added (THIR's
	                        Deref/Borrow adjustments), not written: no scope of its own */
	bool if_let;         /* EXPR_MATCH: `if let P = e { A } else { B }` as `match e { P => A, _ => B }`
	                        (built as rustc builds the if: frontend/build_iflet.c); EXPR_BLOCK: the
	                        implicit else of an if-let without one (issue 22 item 4) */
	bool let_pattern : 1; /* the initializer of a `let` with a struct pattern (issue 22 item 4) */
	bool for_loop : 1;    /* for40: EXPR_MATCH: a `for` loop's `match into_iter(head) { mut iter => loop {..} }`
	                         (its binding out of the body's scope); EXPR_VAR: the loop's use of `iter` (var set) */
	bool cfg_debug : 1;   /* mac40: EXPR_BOOL of `cfg!(debug_assertions)` (debug_assert!): true unless --release */
	bool extended : 1;    /* temp37: EXPR_REF: borrows a temporary in an extending position of a `let`
	                        initializer other than its own `&e` (`Some(&mk())`, a literal's operand, a block
	                        tail, a branch); the temporary under it (fields looked through): made in the
	                        let's remainder scope (rustc's record_rvalue_scope_if_borrow_expr) */
	bool while_let : 1;   /* flow40: EXPR_LOOP: a `while let` (parse_while_let's desugaring): E0571 for a
	                        `break` with a value targeting it */
	bool label_used : 1;  /* flow40: LOOP, WHILE, BLOCK: a `break` / `continue` names the label (else
	                        unused_labels) */

	union {
		struct {                 /* UNARY, BINARY, ASSIGN, OP_ASSIGN */
			AstExpr *rhs;
			AstBinOp bin_op; /* BINARY, OP_ASSIGN */
			AstUnOp un_op;   /* UNARY */
		};
		struct {                 /* INT, BOOL */
			uint64_t int_value; /* EXPR_INT: magnitude as written (its low 64 bits if int_big); a
			                       const's use: its value, two's complement truncated to its type */
			bool bool_value;    /* EXPR_BOOL */
			bool int_big;       /* EXPR_INT: past u64::MAX (hunt30): out of range for every type */
			const struct AstConst *konst; /* const33: the const item this use reads (NULL: a literal);
			                                 int_suffix is its type, the MIR operand `const NAME` */
		};
		struct {                 /* CALL */
			AstFn *callee;   /* after sema */
			AstExpr **args;
			int nargs;
		};
		AstType cast_to;         /* CAST */
		AstPanicKind panic_kind; /* PANIC (mac40): name is the message, unescaped */
		struct {                 /* BLOCK, IF, LOOP, WHILE */
			AstBlock *block; /* the body; IF: then */
			AstExpr *cond;   /* IF, WHILE; NULL otherwise */
			AstExpr *els;    /* IF: EXPR_BLOCK, EXPR_IF or NULL; NULL otherwise */
		};
		struct {                 /* MATCH; scrutinee in lhs */
			AstMatchArm *arms;
			int narms;
		};
		AstExpr *loop;           /* BREAK, CONTINUE: the target loop after sema */
		struct {                 /* FIELD: name is the field's name ("0" for .0) */
			int field;       /* index in the struct's fields, after sema */
		};
		struct {                 /* STRUCT: name is the struct's */
			AstStruct *strukt;
			struct AstFieldInit *inits; /* in source order */
			int ninits;
			bool ctor_call;  /* `S(a, b)`: a tuple struct's constructor */
		};
		struct {                 /* VARIANT: name is the variant's */
			AstEnum *enm;
			struct AstFieldInit *vinits; /* in source order */
			int variant;     /* index in enm->variants */
			int nvinits;
		};
	};
};
/* An implicit deref sema wraps a match's scrutinee of reference type in, its patterns matched through
 * it (match ergonomics: sema_typeck.c ergonomic_scrutinee; ergo28): flagged in has_break, which a
 * deref has no other use for */
static inline bool ast_deref_is_ergo(const AstExpr *e)
{
	return e->kind == EXPR_DEREF && e->has_break;
}

/* ergo30: the inner borrow of a match's written `&&place` scrutinee, which typeck's
 * strip_double_borrow made the scrutinee (flagged in has_break, as ast_deref_is_ergo's) */
static inline bool ast_ref_is_double(const AstExpr *e)
{
	return e->kind == EXPR_REF && e->has_break;
}
/* pat35: such an inner borrow once typeck admitted the match (no binding moves out: sema_typeck.c
 * admit_double_borrow), flagged in `method` (a call's); its rhs is the written outer borrow, typed
 * `&&T`, which the builder borrows as rustc's scrutinee (`_5 = &_2; _4 = &_5; PlaceMention(_4)`) */
static inline bool ast_ref_double_ok(const AstExpr *e)
{
	return e->kind == EXPR_REF && e->method;
}
/* pat36: a match on `&r` with r a `&T` variable, checked as `match r` (sema_typeck.c
 * strip_double_borrow): the ergonomic deref of r keeps the written `&r` (typed `&&T`) in its rhs, which
 * the builder borrows as rustc's scrutinee (`_2 = &_1; PlaceMention(_2)`, tests on `(*(*_2))`) */
static inline const AstExpr *ast_deref_via_ref(const AstExpr *e)
{
	return ast_deref_is_ergo(e) ? e->rhs : NULL;
}
/* (issue 23: VARIANT's int between two pointers made the union 32 bytes, the node 112) */
_Static_assert(sizeof(void *) != 8 || sizeof(AstExpr) == 104, "AstExpr is 104 bytes on a 64-bit target");

/* An else-if chain's link (issue 23): a plain `if` or an `if let` match (a `while let`'s match
 * too, whose else is never a link). Its else is EXPR_IF's els or the match's second arm; when
 * that is a link too, the chain goes on there, and every walker over the AST loops over it. */
static inline bool ast_is_if_link(const AstExpr *e)
{
	return e->kind == EXPR_IF || (e->kind == EXPR_MATCH && e->if_let);
}
static inline AstExpr *ast_if_else(const AstExpr *e)
{
	return e->kind == EXPR_IF ? e->els : e->arms[1].body;
}
/* refref33: `&&place`, `&&&place`, ..: written borrows of borrows down to a variable, field or deref
 * (no index, no call): the inner borrows are temporaries a `let` extends (rustc's
 * record_rvalue_scope_if_borrow_expr) */
static inline bool ast_ref_chain(const AstExpr *e)
{
	if (e->kind != EXPR_REF || e->implicit || e->lhs->kind != EXPR_REF)
		return false;
	for (e = e->lhs; e->kind == EXPR_REF; e = e->lhs)
		if (e->implicit)
			return false;
	for (; e->kind == EXPR_FIELD || e->kind == EXPR_DEREF; e = e->lhs)
		;
	return e->kind == EXPR_VAR;
}
/* the next link of e's chain, or NULL */
static inline AstExpr *ast_if_next(const AstExpr *e)
{
	AstExpr *els = ast_if_else(e);
	return els && ast_is_if_link(els) ? els : NULL;
}

/* One `field: value` of a struct literal (or the i-th argument of a tuple
 * struct's constructor: name NULL, field = i). */
typedef struct AstFieldInit {
	const char *name;
	int line, col;
	int field;        /* index in the struct, after sema */
	AstExpr *value;
} AstFieldInit;

/* ---------------------------------------------------------------------- */
/* Statements and blocks                                                  */
/* ---------------------------------------------------------------------- */

typedef enum {
	ASTMT_LET,   /* let [mut] name [: ty] [= init];  var == NULL for `let _` */
	ASTMT_EXPR,  /* expr;  or a block-like expr without `;` (has_semi false) */
	ASTMT_EMPTY, /* a lone `;` */
} AstStmtKind;

/* 56 bytes (issue 23: the bools between the pointers made it 72; a block's
 * statements are an array of these) */
struct AstStmt {
	AstStmtKind kind;
	int line, col;
	bool has_type : 1; /* ASTMT_LET: annotation present */
	bool has_semi : 1;
	bool extends : 1;  /* temp37: ASTMT_LET: its initializer holds an AstExpr.extended borrow */
	uint8_t ref_pat;   /* ASTMT_LET `let &x = e;` (1), `let &&x = e;` (2), `let &mut x` (1 | 4) (ergo31): var the
	                      binding; refused by typeck (check_let_ref_pattern) */
	uint8_t ref_dcol;  /* its `&`'s column after the `let`'s (same line) */
	AstType annot;     /* with a pattern, no annotation and no initializer: the pattern's struct or enum (issue 22) */
	AstVar *var;       /* ASTMT_LET */
	struct AstPattern *pat; /* ASTMT_LET: a struct pattern (`let Pair { a, g } = p;`, issue 22 item 4),
	                           var NULL; its bindings come into scope after the statement */
	struct AstMatchArm *let_arm; /* ASTMT_LET with a pattern: its alternatives (`let (E::A(x) | E::B(x)) = e;`,
	                                issue 22), pats/npats with pat == &pats[0], body NULL */
	AstExpr *expr;     /* ASTMT_LET: initializer or NULL; ASTMT_EXPR: the expression */
};
_Static_assert(sizeof(void *) != 8 || sizeof(AstStmt) == 56, "AstStmt is 56 bytes on a 64-bit target");
/* flow40: the `else` block of `let P = e else { .. };` (an EXPR_BLOCK kept as the let's arm's body), or NULL */
static inline AstExpr *ast_let_else(const AstStmt *st)
{
	return st->kind == ASTMT_LET && st->let_arm ? st->let_arm->body : NULL;
}

/* `{ stmts tail }`. Lets declared by stmts are live until the end of the block
 * (StorageDead in reverse order at end_line/end_col, the closing brace). */
struct AstBlock {
	int line, col;         /* `{` */
	int end_line, end_col; /* `}` */
	AstStmt *stmts;
	int nstmts;
	AstExpr *tail;         /* NULL: the block's value is () (or ! when it diverges) */
	AstType ty;            /* after sema */
	bool diverges;         /* after sema: control never reaches the end */
	/* fn items declared in the block (items29): visible in the whole block, nested blocks and
	 * the bodies of nested items included; items[i] stands before stmts[item_pos[i]] (nstmts: at
	 * the end). Read by name resolution only: the builder and the other walkers never see them. */
	AstFn **items;
	int *item_pos;
	int nitems;
};

/* ---------------------------------------------------------------------- */
/* Async blocks, functions, the program                                  */
/* ---------------------------------------------------------------------- */

struct AstAsyncBlock {
	int id;                 /* program-wide, source order */
	int index_in_fn;        /* k: source order within its fn, from 0 */
	AstFn *fn;
	AstAsyncBlock *parent;  /* enclosing async block, NULL when directly in the fn */
	int line, col;          /* the `async` keyword */
	bool is_move;
	AstBlock *body;
	AstExpr *expr;          /* the EXPR_ASYNC node */
	AstType output;         /* Future::Output, after sema */
	AstCapture *captures;   /* after sema, in rustc's capture order: the order its
	                           ExprUseVisitor first uses each variable (upvar.rs),
	                           which is the order of the upvar fields */
	int ncaptures;
	uint32_t captures_cap;
	/* after sema: the variables of enclosing bodies the block names, captured or
	 * not (`let _ = x;`), in rustc's upvars_mentioned order (intravisit's walk:
	 * an assignment's right-hand side before its left); rustc's MIR printer
	 * spells the aggregate's fields with these names, zipped with the upvars */
	AstVar **mentioned;
	int nmentioned;
	uint32_t mentioned_cap;
};

/* A struct item: `struct S { a: T, .. }` or `struct S(T, ..);` (issue 22 item 4).
 * Copy with `#[derive(Clone, Copy)]` (derive37), no Drop impl of its own: its drop glue drops its fields. */
/* vis39: an item's or a field's visibility (parse.c parse_vis): `pub` alone, `pub(crate)` and the other
 * restrictions (private in a crate of one module), none */
enum { VIS_NONE, VIS_RESTRICTED, VIS_PUB };

typedef struct AstField {
	const char *name; /* "0", "1", .. for a tuple struct */
	int line, col;
	uint8_t vis;      /* vis39 */
	AstType ty;
} AstField;

struct AstStruct {
	int id;           /* index in AstProgram.structs, source order */
	const char *name; /* rustc's path of it: `outer::{closure#0}::S` in a body (items30) */
	const char *ident; /* the name as written */
	AstItemScope scope; /* items30 */
	AstStruct *next_same, *last_same; /* the next struct of the same ident (prescan_items), source
	                                   * order; the first's last_same: the chain's end */
	struct ScopeIx *scope_ix; /* hunt35: the first's: a long chain's index by scope (parse.c scope_find) */
	int line, col;    /* the name */
	uint8_t vis;      /* vis39 */
	bool is_tuple;
	bool is_unit;     /* `struct S;`: its value is the path `S` */
	AstField *fields;
	int nfields;
	NameIx field_ix;  /* by name (parse_struct) */
	bool derive_copy; /* derive37: `#[derive(Clone, Copy)]` (prescan_items) */
	bool derive_clone; /* derive38: `#[derive(Clone)]`, with Copy or without (prescan_items) */
	bool repr_c;       /* clone39: `#[repr(C)]` (parse_struct): laid out in declaration order */
	uint8_t core_range; /* for40: core's `Range<T>` (1) / `RangeInclusive<T>` (2) at an integer T, made by
	                       sema (frontend/for_loop.c): no item of the source (name the instance's) */
	struct AstFn *derived_clone; /* derive38: its `<S as Clone>::clone` once a call names it (ast_derived_clone) */
};

/* An enum item (issue 22 item 4): `enum E { A, B(T, ..), C { f: T, .. } }`, one variant
 * or more (rustc lays out a one-variant enum as a struct), explicit discriminants
 * `A = 1` on enums of unit variants only (rustc's E0732 otherwise). */
typedef struct AstVariant {
	const char *name;
	int line, col;
	bool is_tuple;    /* `B(..)` */
	bool is_unit;     /* `A` */
	AstField *fields;
	int nfields;
	/* `A = 5` (issue 22 item 4): the written literal (has_discr, its token at discr_line:
	 * discr_col); discr is the variant's value as isize after sema (rustc's
	 * AdtDef::discriminants: the previous one + 1, or 0, when not written) */
	bool has_discr;
	int discr_line, discr_col;
	int64_t discr;
	uint8_t discr_suffix; /* repr40: the literal's suffix (ATY_VAR: none), its column; discr_neg: `-` written */
	bool discr_neg;
	int suffix_col;
	NameIx field_ix;  /* by name: a struct variant's of an item (parse_enum) */
} AstVariant;

/* CONTROL_FLOW, RESIDUAL (`Result<Infallible, E>`), OPTION_RESIDUAL (`Option<Infallible>`):
 * what core's `?` goes through (Try::branch, FromResidual::from_residual; sema only makes them) */
typedef enum {
	GENERIC_NONE, GENERIC_OPTION, GENERIC_RESULT, GENERIC_CONTROL_FLOW, GENERIC_RESIDUAL, GENERIC_OPTION_RESIDUAL,
	NGENERICS
} AstGeneric;

struct AstEnum {
	int id;           /* index in AstProgram.enums, source order (instances: made in order of use) */
	/* Option / Result (frontend/prelude_enum.c): the parser's base (id -1: `Some(x)` before
	 * its type is known) or an instance at type_args (name "Option<u32>", its variants' fields
	 * the arguments); an instance's type is ast_enum_type(en) */
	AstGeneric generic;
	AstType type_args[2];
	bool is_copy;
	const char *name;
	const char *ident; /* an item's name as written (name: its path in a body, items30) */
	AstItemScope scope; /* items30 */
	AstEnum *next_same, *last_same; /* as AstStruct's */
	struct ScopeIx *scope_ix;
	int line, col;    /* the name */
	uint8_t vis;      /* vis39 */
	AstVariant *variants;
	int nvariants;
	bool explicit_discr; /* some variant has `= n`: values other than 0..n-1 possible */
	NameIx variant_ix; /* by name: an item's (parse_enum); Option's and Result's are not indexed */
	uint32_t instance_hash; /* an instance's, in AstProgram.instance_slots (generic_instance) */
	bool derive_copy; /* derive37: an item's `#[derive(Clone, Copy)]` (is_copy stays an instance's) */
	bool derive_clone; /* derive38: as AstStruct's (set with derive_copy: Clone alone is refused on an enum) */
	/* repr40: `#[repr(C)]` / `#[repr(u8)]` / both (parse_enum): repr_int the integer's TypeKind (TY_U8 ..
	 * TY_ISIZE; 0: none, the discriminants isize), at repr_line:repr_col (the integer's, else the `C`'s) */
	bool repr_c;
	uint8_t repr_int;
	int repr_line, repr_col;
	struct AstFn *derived_clone; /* derive38: as AstStruct's */
};

/* TRY_BRANCH, FROM_RESIDUAL: core's `<T as Try>::branch` and `<R as FromResidual<..>>::from_residual`,
 * which the parser's desugaring of `e?` calls (issue 22 item 4; sema types them per use) */
typedef enum {
	BUILTIN_NONE, BUILTIN_YIELD_NOW, BUILTIN_OBSERVE, BUILTIN_GUARD, BUILTIN_TRY_BRANCH, BUILTIN_FROM_RESIDUAL,
	BUILTIN_IS_SOME, BUILTIN_IS_NONE, BUILTIN_IS_OK, BUILTIN_IS_ERR, /* cmp39: core's `&self` methods, per use */
	BUILTIN_SLICE_LEN, BUILTIN_SLICE_IS_EMPTY, /* slice40: `[T]::len` / `is_empty` (`&self`), per use */
	/* for40: a `for` loop's (frontend/for_loop.c): `a..b` (built as the aggregate `Range::<T> { .. }`),
	 * `RangeInclusive::<T>::new(a, b)`, `<R as IntoIterator>::into_iter`, `<R as Iterator>::next` */
	BUILTIN_RANGE, BUILTIN_RANGE_INCLUSIVE, BUILTIN_INTO_ITER, BUILTIN_ITER_NEXT,
	BUILTIN_INT_METHOD, BUILTIN_ENUM_METHOD, BUILTIN_CORE_CLONE, /* meth40: core's, an AstFn per use (int_methods.c) */
	NBUILTINS
} AstBuiltin;

static inline bool ast_builtin_is_try(AstBuiltin b) { return b == BUILTIN_TRY_BRANCH || b == BUILTIN_FROM_RESIDUAL; }
static inline bool ast_builtin_is_query(AstBuiltin b) { return b >= BUILTIN_IS_SOME && b <= BUILTIN_SLICE_IS_EMPTY; }
static inline bool ast_builtin_is_slice(AstBuiltin b) { return b == BUILTIN_SLICE_LEN || b == BUILTIN_SLICE_IS_EMPTY; }
static inline bool ast_builtin_is_iter(AstBuiltin b) { return b >= BUILTIN_RANGE && b <= BUILTIN_ITER_NEXT; }

/* An associated fn's receiver: none, `self` / `mut self`, `&self`, `&mut self`. */
typedef enum { SELF_NONE, SELF_VALUE, SELF_REF, SELF_REF_MUT } AstSelfKind;

/* rustc numbers impl blocks crate-wide ({impl#k}): tests/rust/prelude.rs, which
 * every program is compiled with, holds two (Future for YieldNow, Drop for Guard). */
enum { PRELUDE_IMPLS = 2 };

struct AstFn {
	int id;                 /* index in AstProgram.fns; built-ins: -1 */
	const char *name;
	int line, col;          /* the name */
	int fn_line, fn_col;    /* the item start: `async` or `fn` */
	uint8_t vis;            /* vis39 */
	bool is_async;
	bool is_const;          /* constfn40: `const fn` (sema_const_fn.c: what rustc's const checking refuses) */
	AstBuiltin builtin;
	AstVar **params;
	int nparams;
	AstType ret;            /* () when no `-> T` */
	bool has_ret;
	int ret_line, ret_col;  /* the return type, or the body's `{` without one */
	AstBlock *body;         /* NULL for built-ins, and once frontend_free_body has run */
	Arena *body_arena;      /* what parsing the body allocated, apart from the program's lists */
	AstVar **vars;          /* all bindings, by id */
	int nvars;
	uint32_t vars_cap;
	AstAsyncBlock **async_blocks; /* by index_in_fn */
	int nasync;
	uint32_t async_cap;
	AstFn *built_next;      /* frontend/build_body.c: built on another thread, body not yet freed */
	/* impl blocks (issue 22 item 4): an associated fn `S::m` of `impl S { .. }`;
	 * name is the value path "S::m", def_path rustc's "{impl#k}::m" (its bodies'
	 * names); self_kind says how its first parameter (named "self") takes the struct */
	AstStruct *impl_of;     /* NULL: a free fn, or a fn of an enum's impl */
	AstEnum *impl_enum;     /* items31: `impl E { .. }` of an enum item E (impl_of NULL) */
	const char *def_path;
	AstSelfKind self_kind;
	const char *assoc_name; /* "m": what `recv.m()` and `S::m` look up */
	int impl_id;            /* index in AstProgram.impls */
	/* a fn item declared in a block of another fn's body (items29): outer is that fn, outer_block
	 * the innermost async block of it around the declaration (NULL: none); name is rustc's def
	 * path with its disambiguator, `outer::{closure#0}::inner#1` (the dump file's spelling: unique,
	 * the IR's name), ident the name as written (what calls resolve and messages say). A top-level
	 * fn: outer NULL, ident == its name (a method's: assoc_name). */
	AstFn *outer;
	AstAsyncBlock *outer_block;
	const char *ident;
	/* pat35: the body's first nparam_lets statements are the parameters' patterns, `let PAT = __argK;`
	 * (parse.c parse_pattern_param), param_let_of[i] the K of statement i */
	int nparam_lets;
	int *param_let_of;
};

/* A trait item (issue 22 item 4): fn declarations without bodies, implemented
 * by `impl T for S`, called statically only (no dyn, no generics). */
typedef struct AstTraitFn {
	const char *name;
	int line, col;
	bool is_async;
	AstSelfKind self_kind;
	AstType *params;        /* after self */
	int nparams;
	AstType ret;
} AstTraitFn;

typedef struct AstTrait {
	const char *name;  /* items31: its path in a body (`outer::{closure#0}::T`) */
	const char *ident; /* the name as written (the index's key) */
	AstItemScope scope; /* items31: a trait of a body (scope.outer set) */
	/* scope33: a trait of a body, its block's `{` and `}` as source positions (scope.lo / hi are tokens,
	 * gone after parsing): sema's method probe counts its impls only at calls between them */
	int lo_line, lo_col, hi_line, hi_col;
	int id;            /* scope33: index in AstProgram.traits */
	uint8_t vis;       /* vis39 */
	struct AstTrait *next_same; /* scope33: the next trait of the same ident, source order (as AstStruct's) */
	int line, col;
	AstTraitFn *fns;
	int nfns;
	NameIx fn_ix;     /* by name (parse_trait) */
	struct AstConst **consts; /* consts37: its associated const declarations, source order */
	int nconsts;
	uint32_t consts_cap;
	NameIx const_ix;  /* by name (parse_trait_const) */
} AstTrait;

/* const33: a `const NAME: T = expr;` item, at the top level or in a block of a body (scoped to the
 * block, as a fn item), T an integer, bool or char; evaluated while parsing (parse.c const_value:
 * the initializer is parsed where a use first needs it, so a use may come before the item) */
struct AstConst {
	const char *name;   /* rustc's path: `N`, `f::K`, `foo::{closure#0}::K` (nested_def_paths) */
	const char *ident;
	AstItemScope scope;
	int line, col;      /* the name */
	uint8_t vis;        /* vis39 */
	const void *kw;     /* its `const` token (the parser's only) */
	const void *end;    /* after its `;` once evaluated (the parser's only) */
	AstType ty;
	uint64_t value;     /* two's complement, truncated to ty's width; bool 0/1; char its scalar */
	uint8_t state;      /* 0: not evaluated, 1: being evaluated (a use in its own initializer: a cycle), 2: done */
	bool always_live;   /* named where dead_code cannot tell whether it is live (a trait fn's or a top-level
	                       type's array length): never reported */
	/* who names it (sema_warn.c's dead_code: live when one of them is): fns whose signature or body
	 * (async blocks included) do, consts whose initializer does */
	AstFn **user_fns;
	AstConst **user_consts;
	int nuser_fns, nuser_consts;
	uint32_t user_fns_cap, user_consts_cap;
	uint32_t ir_named;  /* frontend build: 1 + its index in Module.named (0: not registered) */
	AstConst *next_same, *last_same; /* as AstStruct's */
	bool is_static;     /* consts35: `static NAME: T = expr;` (T a scalar): a use is a place, `*` of
	                       an EXPR_INT of type `&'static T` whose konst is this (static_use) */
	const char *assoc_type; /* consts35: an associated const of a top-level `impl TYPE { .. }` (TYPE as
	                           written, a top-level struct or enum): named `TYPE::NAME`, reached only by
	                           `TYPE::NAME` / `Self::NAME` (find_assoc_const); NULL otherwise */
	int assoc_impl;     /* consts35: 1 + its impl's index in AstProgram.impls (dead_code groups it there) */
	struct ScopeIx *scope_ix; /* hunt35: a long chain's index by scope (the first's; parse.c scope_find) */
	bool chain_assoc;   /* consts35: the first of a chain holding an associated const (no index) */
	/* consts37: associated consts of traits (top-level `trait T` and `impl T for TYPE`) */
	const char *assoc_trait; /* the trait as written: of a declaration (trait_decl), of a trait impl's const
	                            or of a default's instance (assoc_type set); NULL: not a trait's */
	bool trait_decl;    /* `const NAME: T;` / `const NAME: T = e;` in trait assoc_trait: never a value itself */
	bool has_default;   /* a trait_decl with an initializer */
	int trait_id;       /* a trait_decl: its trait's index in AstProgram.traits */
	struct AstConst *decl; /* a trait impl's const or a default's instance: the trait's declaration (NULL:
	                          none yet, or not a trait's) */
	struct AstConst *next_for_type; /* the next trait const of its `TYPE::NAME` (parse.c's index) */
	const void *impl_tok; /* consts38: an inherent impl's in a body: its TYPE token (the parser's only);
	                         assoc_type is then the type's key (parse.c assoc_type_key) */
	/* const39: a const of struct, enum (Option too) or array type: its initializer, a literal of that
	 * type whose leaves are scalar literals or scalar const items (parse.c aggregate_init), each
	 * node's ty set as sema would; a use is an EXPR_INT of type ty whose konst is this (the MIR's
	 * unevaluated `const P`), the item a body `_0 = Pt { .. }; return;` (build_body.c). NULL: a scalar */
	struct AstExpr *agg;
	bool is_aggregate;  /* its type is one of those (agg set once evaluated, after the items) */
	const void *init_tok; /* const39: an aggregate's initializer's first token (the parser's only) */
};
/* const39: whether e reads a const item of aggregate type (`P`, a value of type konst->ty) */
static inline bool ast_is_aggregate_const(const struct AstExpr *e)
{
	return e->kind == EXPR_INT && e->konst && e->konst->is_aggregate;
}
/* for40: e is a `for` loop's `match Iterator::next(&mut iter) { None => break, Some(PAT) => body }` */
static inline bool ast_for_next_match(const struct AstExpr *e)
{
	return e->kind == EXPR_MATCH && e->lhs->kind == EXPR_CALL && e->lhs->callee &&
	       e->lhs->callee->builtin == BUILTIN_ITER_NEXT;
}

/* vis39: a type alias `type NAME = TYPE;` at the top level or in a block of a body (scoped as a struct
 * there), not generic; expanded where named (parse.c alias_type: rustc's MIR and layouts see only TYPE).
 * dead_code: live when one of its users is live (users: fns whose signature or body name it, structs and
 * enums whose fields do, consts, traits, other aliases). */
enum { ALIAS_USER_FN, ALIAS_USER_STRUCT, ALIAS_USER_ENUM, ALIAS_USER_CONST, ALIAS_USER_TRAIT, ALIAS_USER_ALIAS };
typedef struct AstAliasUser {
	uint8_t kind;     /* ALIAS_USER_* */
	const void *item; /* the AstFn, AstStruct, AstEnum, AstConst, AstTrait or AstAlias */
} AstAliasUser;

typedef struct AstAlias {
	int id;           /* index in AstProgram.aliases */
	const char *ident;
	AstItemScope scope;
	int line, col;    /* the name */
	uint8_t vis;
	uint8_t state;    /* 0: not expanded, 1: being expanded (a use in its own type: a cycle), 2: done */
	bool always_live; /* named where dead_code cannot tell (an impl's or a trait impl's item): never reported */
	AstType ty;
	const void *kw;   /* its `type` token (the parser's only) */
	struct AstAlias *next_same, *last_same; /* as AstStruct's */
	struct ScopeIx *scope_ix;
	AstAliasUser *users;
	int nusers;
	uint32_t users_cap;
} AstAlias;

/* An impl block: `impl S` (trait_name NULL) or `impl T for S`. */
struct AstImpl {
	int line, col;          /* `impl` */
	const void *kw;         /* items31: its `impl` token (the parser's only) */
	AstItemScope scope;     /* items30: an impl block in a fn body (scope.outer set) */
	int index;              /* its k of `{impl#k}` among its parent's (the crate's: after the prelude's) */
	const char *def_path;   /* items30: `P::{impl#k}` of one in a body (nested_def_paths) */
	AstStruct *strukt;
	AstEnum *enm;           /* items31: the impl of an enum item (strukt NULL) */
	bool non_local;         /* items31: in a body other than its type's (rustc's non_local_definitions) */
	const char *trait_name;
	int trait_line, trait_col;
	AstTrait *trait;        /* after sema */
};

/* items31: a binding named as a tuple or unit struct in scope at it (rustc_resolve's E0530, or a
 * unit struct's pattern of a `let`): found by the parser (the struct's scope), reported by sema */
typedef struct AstShadow {
	const AstVar *var;
	const AstStruct *strukt; /* NULL: stat's (consts35) */
	const struct AstConst *stat;
	const AstFn *fn;   /* the fn whose binding it is (its fn_state, sema.c) */
	uint8_t ctx; /* 0: a `let` / `if let` / `while let` binding, 1: a match arm's, 2: a parameter */
} AstShadow;

/* lint38: a lint attribute's name (`#[allow(dead_code)]`, `#![deny(warnings)]`, `#[expect(unused)]`):
 * its level over its scope, the item (field, variant, associated item) it stands on, the whole file for an
 * inner one at the top (parse.c lint_attribute; sema_warn.c lint_level) */
enum { LINT_ALLOW, LINT_EXPECT, LINT_WARN, LINT_DENY, LINT_FORBID };
typedef struct AstLintAttr {
	int lint;                          /* lint_names.h's index (lint_index), -1: a tool's (`clippy::..`) */
	uint8_t level;                     /* LINT_ALLOW ... */
	bool unknown;                      /* a name rustc does not know: the unknown_lints warning */
	bool fulfilled;                    /* LINT_EXPECT: a lint it silenced (sema_warn.c) */
	const char *name;                  /* as written */
	int name_line, name_col;           /* the name in the attribute */
	int lo_line, lo_col, hi_line, hi_col; /* the scope */
	int parent;                        /* the innermost attribute whose scope holds this one's (-1: none) */
} AstLintAttr;
int lint_index(const char *name, size_t len); /* -1: not a name rustc knows */
int lint_named(const char *name);             /* lint_index of a C string */
int lint_of_message(const char *msg);         /* the lint a message of rustc's is of, -1: none */
bool lint_reported(int lint);                 /* coroslim reports it (or `warnings`, `unused`, ..) */
const char *lint_name(int lint);
bool lint_is_group(int lint);                 /* a group, or `warnings` */
int lint_default(int lint);                   /* LINT_ALLOW, LINT_WARN, LINT_DENY (a group: warn) */
bool lint_covers(int named, int lint);        /* the same lint, or a group holding it */
void lint_attrs_finish(AstProgram *p);        /* once parsed: sorted, nested */
/* lint's level at (line, col); *attr: the deciding attribute (-1: the default) */
int lint_level(AstProgram *p, int lint, int line, int col, int *attr);

struct AstProgram {
	const char *file;
	Arena *arena;
	AstFn **fns;
	int nfns;
	uint32_t fns_cap;
	AstAsyncBlock **async_blocks; /* by id */
	int nasync;
	uint32_t async_cap;
	AstFn *builtins[NBUILTINS]; /* by AstBuiltin */
	AstStruct **structs;    /* by id */
	int nstructs;
	uint32_t structs_cap;
	AstAlias **aliases;     /* vis39: type aliases, source order */
	int naliases;
	uint32_t aliases_cap;
	NameIx alias_ix;        /* by ident */
	int nimpls;             /* impl blocks parsed (issue 22 item 4) */
	AstImpl **impls;        /* by impl id, source order */
	uint32_t impls_cap;
	AstTrait **traits;      /* trait items, source order */
	int ntraits;
	uint32_t traits_cap;
	bool checked;           /* frontend_check succeeded */
	const char *warn_src;   /* warn28: the source, when sema_check is to print rustc's warnings (sema_warn.c) */
	size_t warn_len;
	bool warn_print;        /* lint38: warn-level lints print (warn_src is also set for a deny attribute's) */
	AstLintAttr *lint_attrs; /* lint38: in source order of their scopes' starts (parse.c) */
	int nlint_attrs;
	uint32_t lint_attrs_cap;
	bool lint_deny;         /* lint38: an attribute denies or forbids a lint: lints decide acceptance */
	AstEnum **enums;        /* by id (issue 22 item 4) */
	int nenums;
	uint32_t enums_cap;
	AstEnum *generic_base[NGENERICS]; /* by AstGeneric: the bases (prelude_enum.c) */
	NameIx struct_ix, enum_ix, trait_ix; /* by name, the first of each (prescan_items, parse_trait) */
	int discr_lint_line, discr_lint_col; /* warn33: the first discriminant past isize (rustc's overflowing_literals,
	                           a deny-by-default late lint: reported by sema_check with the lints, every
	                           warning printed); 0 if none */
	AstShadow *shadows;     /* items31: in source order */
	int nshadows;
	uint32_t shadows_cap;
	AstConst **consts;      /* const33: const items, source order */
	int nconsts;
	uint32_t consts_cap;
	NameIx const_ix;        /* by ident, the first of each (prescan_items) */
	struct AstEarly *early; /* warn35: what rustc's early lint pass finds in the syntax (unused_parens, unused_braces,
	                           double_negations), noted by the parser (sema_warn_early.c); NULL: nothing */
	uint32_t *instance_slots; /* Option / Result instances by (generic, arguments): enum id + 1 */
	uint32_t instances_cap;
	int ninstances;
};

/* items31: an associated fn (of a struct's impl or an enum's); its Self type, its name as written */
static inline bool ast_fn_is_assoc(const AstFn *fn) { return fn->impl_of || fn->impl_enum; }
static inline AstType ast_fn_self_type(const AstFn *fn)
{
	AstType t = {fn->impl_enum ? ATY_ENUM : ATY_STRUCT, fn->impl_enum ? fn->impl_enum->id : fn->impl_of ? fn->impl_of->id : 0};
	return t;
}
static inline const void *ast_impl_self(const AstImpl *im) { return im->enm ? (const void *)im->enm : (const void *)im->strukt; }

/* ast_pattern.c (issue 22 item 4): the bindings of a variant pattern, nested ones
 * too, in pattern order; whether a pattern or a match's arms nest variant patterns */
void ast_pattern_each_binding(const AstPattern *pat, void (*f)(const AstSubPattern *sp, void *cx), void *cx);
/* the first binding of pat / of arm a's alternative k (with its top bindings) that moves
 * (ast_binding_moves, in the walks' order), else NULL */
const AstSubPattern *ast_pattern_first_move(const AstProgram *p, const AstPattern *pat);
const AstSubPattern *ast_arm_first_move(const AstProgram *p, const AstMatchArm *a, int k);
bool ast_pattern_nests(const AstPattern *pat);
/* temp33: e, the initializer of `let ref r = e;` or the operand of `let r = &e;`, is a temporary rustc
 * extends to the end of the block (region.rs: record_rvalue_scope_if_borrow_expr, is_binding_pat): a
 * call, a struct or variant literal, an arithmetic value or a cast, calling a fn or reading a variable
 * (a constant one rustc promotes to a static: not modelled) */
bool ast_extended_temp(const AstExpr *e);
/* promo36: what rustc 1.95 promotes under a written shared `&` (rustc_mir_transform promote_consts.rs,
 * validate_candidates: a temporary assigned once from a constant, or from a shared borrow of one): a
 * literal integer, char or bool, a const item's use (not a static's read), and `&` of those (`&&7`);
 * promo37: a negated integer literal (`&-5`: THIR folds `-5` into the constant `-5_i32`, build_expr.c's
 * is_neg_lit); promo38 (validate_rvalue): `-` / `!` of one (`&-K`), arithmetic, bit and comparison
 * operators of two (not `&&` / `||`, which branch; `/` and `%` only by a constant other than 0, and a
 * signed one's not by -1), struct, tuple struct and variant literals, arrays and repeats of them
 * (ast_pattern.c) */
bool ast_promotable(const AstExpr *e);
bool ast_ref_array(const AstExpr *e); /* promo39: `[&1, &2]`: an array literal of promotable `&`s */
/* temp33: a `let` pattern binding by reference (rustc's is_binding_pat): its temporary initializer is
 * extended to the block */
bool ast_let_binds_ref(const AstMatchArm *a);
bool ast_pattern_has_or(const AstPattern *pat);
static inline bool ast_pattern_is_literal(const AstPattern *p) { return !p->is_wildcard && !p->enm && !p->strukt; }
bool ast_match_nests(const AstExpr *e);
bool ast_match_needs_tree(const AstExpr *e);
bool ast_match_has_guard(const AstExpr *e); /* some arm has a guard (guard27) */
bool ast_arm_binds_var(const AstMatchArm *a, int k, const AstVar *v);
bool ast_arm_binds_any(const AstMatchArm *a, int k);

/* vis39 (frontend/visibility.c): rustc's effective visibility Public of a bin crate's items: a struct or
 * enum item written `pub` at the top level; a fn so written, or a `pub` associated fn (const) of an
 * inherent impl of a public type */
bool ast_item_public(const AstProgram *p, AstType t);
bool ast_fn_public(const AstFn *fn);
bool ast_const_public(const AstProgram *p, const AstConst *c);
/* vis39: where a public item's interface names a type that is not public (rustc's private_interfaces
 * lint, not modelled: refused); the item's rustc path and the type */
typedef struct AstPrivateUse {
	int line, col;
	const char *item, *type;
} AstPrivateUse;
bool ast_private_interface(const AstProgram *p, AstPrivateUse *out);

#endif
