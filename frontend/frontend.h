/*
 * frontend.h — every way into the IR: the Rust subset (lex.c, parse.c, sema.c,
 * build_*.c; the AST is in syntax.h and ast.h), rustc's own MIR text (import.c)
 * and the dispatch on a file's kind (load.c).
 */
#ifndef COROSLIM_FRONTEND_FRONTEND_H
#define COROSLIM_FRONTEND_FRONTEND_H

#include "../ir/ir.h"

/* ===================================================================== */
/* build_*.c — the Rust subset, built into MIR bodies                   */
/* ===================================================================== */

/* frontend/build_body.c: Rust source -> IR before the state transform (sync fns,
 * the constructor fn of every async fn, one FN_CORO_BODY per async body).
 * NULL with d filled on a user error. */
Module *frontend_build(const char *file, const char *src, size_t len, const BuildOptions *o, Diag *d);
/* The same, with every coroutine body put through the state transform as soon
 * as it is built (state_transform_body), while it is still in cache, then
 * state_transform_finish: the result of frontend_build + module_lower, without
 * verifying the IR in between. */
Module *frontend_lower(const char *file, const char *src, size_t len, const BuildOptions *o, Diag *d);

/* frontend/twin.c: the sync twin of a program (async/.await/yield_now() removed), malloc'd. */
char *sync_twin_source(const char *src, size_t len, size_t *outlen);

/* ===================================================================== */
/* load.c — inputs by kind                                              */
/* ===================================================================== */

/* FILE.rs (frontend_build) or FILE.mir (parse_module), verified. */
Module *module_load(const char *path, const BuildOptions *o, Diag *d);
/* state_transform unless already transformed, then verify. */
int module_lower(Module *m, Diag *d);
/* module_load + module_lower. A .rs file goes through frontend_lower, unless
 * o->verify_each asks for the frontend's output to be verified too. */
Module *module_load_lowered(const char *path, const BuildOptions *o, Diag *d);

/* ===================================================================== */
/* frontend/import*.c, measure/real_report.c — rustc's own `--emit=mir` text in    */
/* ===================================================================== */

/* The importer reads every async resume fn (`fn f::{closure#0}(_1: Pin<&mut
 * {async fn body of f()}>, _2: &mut Context<'_>) -> Poll<T>`) of a rustc 1.95
 * MIR dump into FN_RESUME fns with one Coroutine each. What the model has no
 * kind for is kept, counted and never guessed:
 *  - an opaque statement is an ST_NOP whose x is 1 + an index into Fn.names
 *    holding the statement's text (x == 0 is a real nop);
 *  - an opaque terminator (an assert message, operand, place or terminator
 *    kind the model lacks) is a TK_CALL of CALLEE_FN named
 *    IMPORT_OPAQUE_PREFIX + the terminator's text before ` -> `, with no
 *    arguments, writing the fn's placeholder local (type IMPORT_OPAQUE_TYPE),
 *    with the original successors;
 *  - a nominal type (struct, enum, generic instance), a tuple of arity other
 *    than 2, an array `[T; N]` (N <= 64) and a closure is a TY_ADT whose fields
 *    and variants are learned from their uses (ir.h); `_N = const X` of a
 *    non-scalar type, and such a constant as a call argument or an assert
 *    message operand (type IMPORT_CONST_TYPE, `&str` for a string literal),
 *    is a constant known by its spelling (const_text); any
 *    other type is TY_OPAQUE with its text; any other callee is a CALLEE_FN.
 * A statement or terminator is mapped to a real kind only when it is well
 * typed by verify.c's rules (fields of tuples, Poll, Pin, ADTs and the fn's own
 * coroutine; discriminants of Poll, enums and coroutines; ...), else opaque.
 * Each coroutine gets its upvars and a Layout holding its variants' field
 * lists and types as the resume fn uses them (no offsets: size 0; a field
 * index never used is typed IMPORT_UNSEEN_TYPE); coroutines only awaited get
 * their output from the poll's destination. Every CALLEE_FN (opaque ones
 * included) gets a declaration: a FN_SYNC stub `unreachable` whose signature
 * is the first call site's; a call site that disagrees becomes opaque.
 * A fn it cannot read is skipped with `file:line:col: error: ...`. */
#define IMPORT_UNSEEN_TYPE "{unseen}"
#define IMPORT_OPAQUE_PREFIX "{opaque} "
#define IMPORT_OPAQUE_TYPE "{opaque}"
#define IMPORT_CONST_TYPE "{constant}" /* a call argument constant's unknown type */

/* Why something is opaque (the report's coverage table). */
#define IMPORT_OPAQUE_REASONS(X)                                                  \
	X(IO_CONST, "non-scalar constant other than `_N = const ..` (call argument, operator)") \
	X(IO_PLACE, "projection the model lacks (index, subslice, opaque cast, Box deref)") \
	X(IO_ADT, "struct/enum aggregate whose path or type the model lacks")       \
	X(IO_CLOSURE, "coroutine or async-closure aggregate (closures are modelled)") \
	X(IO_AGG, "raw-pointer aggregate, or array/tuple of a type that is not one") \
	X(IO_CAST, "cast other than IntToInt")                                       \
	X(IO_RVALUE, "rvalue the model lacks (Len, SizeOf, &raw, Offset, ...)")      \
	X(IO_STMT, "statement kind the model lacks (FakeRead, Retag, Intrinsic...)") \
	X(IO_ENUM, "discriminant of a type not known as an enum")                  \
	X(IO_TYPE, "types the model cannot check (operand/destination mismatch...)") \
	X(IO_ASSERT, "assert message the model lacks (bounds, alignment...)")        \
	X(IO_TERM, "terminator kind the model lacks")
typedef enum { IMPORT_OPAQUE_REASONS(X_ENUM2) NIMPORTREASONS } ImportReason;
extern const char *const import_reason_name[NIMPORTREASONS];

typedef struct ImportCounts {
	uint32_t stmts, opaque_stmts; /* statements, terminators not included */
	uint32_t terms, opaque_terms; /* terminators */
	uint32_t blocks;
	uint32_t reason[NIMPORTREASONS]; /* opaque statements + terminators by reason */
} ImportCounts;

typedef struct ImportedCoro {
	char *name;  /* the resume fn as rustc names it (malloc'd) */
	int line;    /* its `fn` line */
	Fn *fn;      /* in Import.m; NULL when skipped */
	char *why;   /* when skipped: `file:line:col: error: ...` (malloc'd) */
	ImportCounts c;
} ImportedCoro;

typedef struct Import {
	Module *m;   /* the imported FN_RESUME fns, the callee stubs, every coroutine they name */
	ImportedCoro *coros; uint32_t ncoros, capcoros; /* in file order */
	uint32_t items; /* top-level items of the file (fns, consts, statics, promoted) */
	ImportCounts total; /* over the imported fns */
	uint32_t mirfns; /* items headed like rustc's MIR fns: `fn NAME(_1: T, ...)` or `fn NAME()` */
	char *error; /* the file itself is not whole MIR (`file:line:col: error: ...`, malloc'd), else NULL */
	uint32_t nctors; /* constructors read of callees linked into a dump (import.c read_ctor; issue 24 item 4) */
	/* types a coroutine body's own drops show to have no drop glue (import_glue.c), as the
	 * file spells them with a module path and no generic argument but lifetimes: the same
	 * type in every file of one crate's dump (malloc'd, sorted, unique) */
	char **noglue; uint32_t nnoglue;
} Import;

/* Never NULL; never aborts on bad input (bounded: fuzzable). */
Import *import_mir(const char *file, const char *src, size_t len);
/* The same, knowing that the types spelled noglue[0..n) (sorted; another file's
 * Import.noglue, of the same crate) have no drop glue. */
Import *import_mir_noglue(const char *file, const char *src, size_t len, char *const *noglue, uint32_t n);
void import_free(Import *im);
/* The text of an opaque statement, or NULL. */
const char *import_opaque_stmt(const Fn *f, const Stmt *s);
int import_is_opaque_term(const Fn *f, const Term *t);
/* frontend/import_model.c (issue 24 item 3): an imported module made executable
 * for check: model layouts of its ADTs, external coroutines, an `entry NAME` fn
 * per coroutine body (its upvars from the oracle); external events on
 * (Module.extern_events). Returns the number of bodies. */
int import_model_module(Module *m);
/* print_fn, re-import the text, print again: 0 if the two prints are equal and
 * the re-imported fn has the same counts; else -1 with d filled. print_fn
 * writes an opaque statement as `nop`, so its text is not part of the check. */
int import_roundtrip(const Fn *f, Diag *d);

#endif
