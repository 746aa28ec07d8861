/* import.h — the importer's internal header (frontend/import*.c): rustc 1.95
 * `--emit=mir` text -> IR. The public interface is in frontend.h.
 *
 *   import_text.c  lines and spans, bracket matching, numbers, errors
 *   import_type.c  types (the per-file type cache, coroutine types, canonical paths)
 *   import_stmt.c  places, operands, rvalues and statements
 *   import_term.c  terminators and callees (awaits, calls, asserts, drops)
 *   import_glue.c  drop glue a before-StateTransform body's drops show
 *   import.c       fns, the file, callee stubs, the round trip
 *
 * Every reader returns OK, OPAQUE (kept as text, reason in Ctx.why) or BAD
 * (Ctx.d holds a located diagnostic; the fn is skipped). */
#ifndef COROSLIM_IMPORT_H
#define COROSLIM_IMPORT_H

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "frontend.h"

#define MAX_DEPTH 128
#define MAX_LOCALS (1u << 20)
#define MAX_BLOCKS (1u << 20)
#define MAX_LIST (1u << 16)

/* ------------------------------------------------------------------ */
/* text                                                                 */
/* ------------------------------------------------------------------ */

typedef struct Line {
	const char *s;
	uint32_t n;
	int no; /* 1-based */
} Line;

/* A span of text [s, e). */
typedef struct Span {
	const char *s, *e;
} Span;

static inline int is_digit(int c) { return c >= '0' && c <= '9'; }

static inline int is_ident(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || is_digit(c); }

static inline Span trim(Span x)
{
	while (x.s < x.e && (*x.s == ' ' || *x.s == '\t' || *x.s == '\r'))
		x.s++;
	while (x.e > x.s && (x.e[-1] == ' ' || x.e[-1] == '\t' || x.e[-1] == '\r'))
		x.e--;
	return x;
}

static inline size_t span_len(Span x) { return (size_t)(x.e - x.s); }

static inline int span_eq(Span x, const char *lit)
{
	size_t n = strlen(lit);
	return span_len(x) == n && memcmp(x.s, lit, n) == 0;
}

static inline int starts(Span x, const char *lit)
{
	size_t n = strlen(lit);
	return span_len(x) >= n && memcmp(x.s, lit, n) == 0;
}

static inline int ends(Span x, const char *lit)
{
	size_t n = strlen(lit);
	return span_len(x) >= n && memcmp(x.e - n, lit, n) == 0;
}

static inline Span drop_front(Span x, size_t n) { return (Span){x.s + n, x.e}; }

static inline Span drop_back(Span x, size_t n) { return (Span){x.s, x.e - n}; }

/* ------------------------------------------------------------------ */
/* context                                                              */
/* ------------------------------------------------------------------ */

enum { OK = 0, OPAQUE = 1, BAD = -1 };

typedef struct TyCache {
	char *text;
	TypeId ty;
} TyCache;

typedef struct Ctx {
	const char *file;
	Module *m;
	Fn *f;
	const Line *line; /* the line being read */
	Diag d;
	int depth;
	ImportReason why; /* set with every OPAQUE */
	LocalId placeholder;
	TyCache *cache;
	uint32_t ncache, capcache; /* open addressing, power of two */
	/* the fn's own coroutine, as its places use it */
	uint32_t own;              /* NO_ID before the signature is read */
	TypeId *upv; uint32_t nupv, capupv;  /* upvar types by index (NO_ID: unseen) */
	struct VField { uint32_t v, f; TypeId ty; } *vf; uint32_t nvf, capvf;
	uint32_t maxvariant;
	/* per coroutine: output fixed (by its resume fn or a poll of it) */
	uint8_t *outset; uint32_t capout;
	/* callee signatures, first call site wins */
	struct Sig { char *name; uint32_t nargs; TypeId *args; TypeId ret; int stubbed; } *sigs;
	uint32_t nsigs, capsigs;
	/* a resume fn whose coroutine type text another resume fn already has
	 * (macro instantiations print alike): its own coroutine, for this fn only */
	char *alias; CoroKind alias_kind; uint32_t alias_coro;
	/* every resume fn's output as its `let mut _0` spells it, read before
	 * any body, so that a poll earlier in the file sees the resume fn's word */
	struct Pre { char *name; CoroKind kind; const Line *line; Span out; } *pre;
	uint32_t npre, cappre;
	/* a poll of the coroutine inst_coro with another output (a generic
	 * instance: rustc prints `{async block@..}` without its generic args):
	 * the fn is read again with that name aliased to a fresh coroutine */
	int want_inst, no_inst;
	uint32_t inst_coro;
	TypeId inst_out;
	/* `{coroutine@SPAN} { NAME: op, .. }` aggregates read (import_future.c): the
	 * operands in the order written, put in upvar order once every body is read */
	struct CoroAgg { Fn *f; uint32_t first, n; char **names; char *text; } *aggs;
	uint32_t naggs, capaggs;
	/* drop glue (import_glue.c): what the file's bodies show, and what other files showed */
	Import *im;
	char *const *hint; uint32_t nhint;
	uint32_t capnoglue;
	/* names the signatures spell by a `use .. as` alias, and what `_0` calls them (import.c
	 * learn_aliases; to NULL: two meanings, no alias) */
	struct Ident { char *from, *to; } *ids;
	uint32_t nids;
} Ctx;

#define MAX_PROJ 64
typedef struct PlaceBuf {
	LocalId local;
	Proj pr[MAX_PROJ];
	uint32_t n;
	int opaque;
} PlaceBuf;

typedef struct BasicType {
	const char *name;
	TypeKind k;
} BasicType;
#define NBASICTYPES 13
extern const BasicType mir_basic_types[NBASICTYPES];
extern const char *const mir_pin_names[];

const char *mir_skip_string(const char *p, const char *e);
const char *mir_skip_quote(const char *p, const char *e);
const char *mir_find_top(Span x, const char *lit, int last);
const char *mir_match_close(const char *p, const char *e);
int mir_balanced(Span x);
int mir_split_commas(Span x, Span *out, int max);
int mir_parse_u64(Span x, uint64_t *out);
int mir_parse_local_name(Span x, uint64_t *out);
int mir_bad(Ctx *c, const char *at, const char *fmt, ...);
int mir_opaque(Ctx *c, ImportReason r);
char *mir_xstrndup(const char *s, size_t n);
uint32_t mir_hash_span(Span x);
void mir_cache_clear(Ctx *c);
int mir_generic1(Span x, const char *const *prefixes, Span *inner);
int mir_coro_name(Span x, CoroKind *kind, Span *name);
int mir_coro_type(Ctx *c, Span x, TypeId *out);
char *mir_canon_type(Span x);
char *mir_unalias(const Ctx *c, char *t);
int mir_type_of(Ctx *c, Span raw, TypeId *out);
int mir_place_rec(Ctx *c, Span x, PlaceBuf *pb);
int mir_kind_of(const Ctx *c, TypeId t);
int mir_is_ptr_to(const Ctx *c, TypeId t, TypeKind k, TypeId a);
int mir_place_of(Ctx *c, Span x, PlaceId *out);
int mir_operand_of(Ctx *c, Span x, Operand *out);
int mir_operands_of(Ctx *c, Span x, uint32_t *first, uint32_t *n, int text_consts);
Operand mir_text_const(Ctx *c, Span x, TypeId t);
TypeId mir_optype(const Ctx *c, Operand o);
int mir_is_int_or_bool(const Ctx *c, TypeId t);
int mir_stmt_of(Ctx *c, BlockId b, Span x);
struct Sig *mir_sig_slot(Ctx *c, const char *name);
void mir_fix_output(Ctx *c, uint32_t coro, TypeId out);
int mir_term_of(Ctx *c, Span x, Term *t);
/* import_future.c: the await of a future that is not a coroutine of the module */
int mir_ext_future_poll(Ctx *c, const Term *t, TypeId o0, TypeId o1, TypeId dst);
void mir_future_awaits(Ctx *c, Import *im);
int mir_coro_aggregate(Ctx *c, Span x, PlaceId dst, Stmt *s);
void mir_forget_aggregates(Ctx *c, const Fn *f);
int mir_std_adt_glue(Ctx *c, Span x, int *glue);
void mir_glue_evidence(Ctx *c, Fn *f);
void mir_glue_finish(Ctx *c);

#endif
