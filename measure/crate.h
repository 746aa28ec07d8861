/* crate.h — what crate.c (building the package, reading what rustc wrote) and
 * crate_report.c (the table, JSON and HTML reports) share. */
#ifndef COROSLIM_MEASURE_CRATE_H
#define COROSLIM_MEASURE_CRATE_H

#include <limits.h>

#include "measure.h"

typedef struct Package {
	char *dir;        /* absolute */
	char *name;       /* [package] name */
	char *version;
	char *crate;      /* the lib's crate name ([lib] name, else the package's with - -> _) */
	int has_lib;      /* [lib] or src/lib.rs */
} Package;

enum { F_UPVAR, F_LOCAL, F_PADDING };
typedef struct TsField {
	int kind;
	char *name;       /* without the leading '.'; NULL for padding */
	uint64_t size;
	char *type;       /* `type: T` when printed (locals whose type differs from their name's), else NULL */
} TsField;

typedef struct TsVariant {
	char *name;
	uint64_t size;
	TsField *f; uint32_t nf, capf;
} TsVariant;

typedef struct TypeSize {
	char *type;
	uint64_t size, align, discr, end_pad;
	int own;          /* matched by one of the crate's own futures */
	TsVariant *v; uint32_t nv, capv;
} TypeSize;

typedef struct TypeSizes {
	TypeSize *t; uint32_t n, cap;
} TypeSizes;

/* type_sizes.c: rustc's -Zprint-type-sizes text -> records (all: every type's; 0: the
 * `{async ..}` ones only, as `coroslim crate` reads them); malloc'd, freed by type_sizes_free. */
void type_sizes_parse(const char *text, TypeSizes *ts, int all);
void type_sizes_free(TypeSizes *ts);
char *ts_strndup(const char *s, size_t n); /* malloc'd copy of s[0..n) */
int ts_ident_char(char c);
/* a (the MIR's spelling) is b (a -Zprint-type-sizes one) where each path of a may be a tail of b's */
int ts_same_up_to_tails(const char *a, const char *b);
#define GROW(arr, n, cap)                                                              \
	do {                                                                           \
		if ((n) == (cap)) {                                                    \
			(cap) = (cap) ? 2 * (cap) : 8;                                 \
			void *grown_ = realloc((arr), (size_t)(cap) * sizeof *(arr));  \
			if (!grown_)                                                   \
				internal_error("out of memory");                       \
			(arr) = grown_;                                                \
		}                                                                      \
	} while (0)

enum { K_ASYNC_FN, K_ASYNC_BLOCK, K_ASYNC_CLOSURE };
extern const char *const kind_name[];

enum { P_PANIC_TO_PENDING, P_ELIDE_AWAITLESS, P_INLINE_SINGLE_AWAIT, P_MERGE_STATES, NPASSES_CRATE };
extern const char *const pass_name[NPASSES_CRATE];

typedef struct PassFacts {
	int fires;          /* 1 fires, 0 does not, 2 a candidate credited nothing */
	int32_t mir_stmts, mir_blocks; /* removed (negative: added) */
	int64_t flash, ram; /* bytes saved; -1: not modelled */
	const char *why;    /* what fires or why not (static) */
	const char *rewrite;/* the manual rewrite today, or NULL */
	const char *caveat;
} PassFacts;

typedef struct Future {
	char *resume;       /* `two::{closure#0}` as the MIR names it */
	char *type;         /* `{async fn body of two()}` */
	char *loc;          /* `src/lib.rs:12:33` or NULL */
	int kind;
	const TypeSize *ts; /* NULL: no instance in this crate (generic) */
	uint32_t instances; /* type sizes matched (generic instances) */
	/* the importer's facts (import --format=summary) */
	int imported;
	char *why_skipped;
	uint32_t states, blocks, stmts, opaque;
	int32_t p2p_s, p2p_b, el_s, el_b;
	int awaitless, stateless, direct1, pure;
	int opaque_awaitee; /* an `__awaitee` of type `impl ..` (the MIR's debug line) */
	uint32_t in_s, in_b, merged, mg_s, mg_b;
	/* from the object */
	uint64_t poll, drop;
	uint32_t poll_syms, drop_syms;
	/* layout */
	uint64_t upvars, largest_variant_pad;
	uint64_t twice;     /* bytes of arguments held twice */
	char *twice_names;  /* `b, c` */
	uint64_t awaitee;   /* the size of the only awaitee of a single-await future, else 0 */
	PassFacts pass[NPASSES_CRATE];
	int64_t save_bytes; /* the sort key: flash + RAM bytes some fix would save */
	int64_t save_mir;
} Future;

/* A future type of another crate (a dependency's generic async fn or trait
 * method) laid out in this crate: monomorphised here, so its layout and code
 * are this crate's. Not in this crate's MIR: no passes, only size and bytes. */
typedef struct DepFuture {
	const TypeSize *ts;
	char *path;         /* `<&mut Uart as embedded_io_async::Write>::write` (async fn), NULL for an async block */
	uint64_t upvars, twice;
	char *twice_names;
	uint64_t poll, drop;
	uint32_t poll_syms, drop_syms;
} DepFuture;

typedef struct CrateRun {
	Package pkg;
	const char *target;  /* NULL: the host */
	char host[128];
	char opt_level[16], panic[16]; /* as cargo passed them to rustc for the crate */
	char target_panic[16];         /* rustc --print cfg: the target's default */
	int release;
	char target_dir[PATH_MAX];
	char profile_dir[PATH_MAX]; /* TARGET_DIR/[TRIPLE/]PROFILE */
	char mir_path[PATH_MAX];
	char **objects; uint32_t nobjects, capobjects;
	uint64_t text_ro;
	TypeSizes ts;
	Future *fut; uint32_t nfut, capfut;
	uint32_t not_imported;
	DepFuture *dep; uint32_t ndep, capdep; /* other crates' futures instantiated here */
} CrateRun;

int crate_is_suspend(const TsVariant *v);
/* crate_report.c: the three formats (DESIGN.md, "coroslim crate", has the JSON schema). */
void crate_report_json(const CrateRun *r, FILE *out);
void crate_report_table(const CrateRun *r, FILE *out);
void crate_report_html(const CrateRun *r, FILE *out);

#endif
