/*
 * measure.h — what runs the pipeline to check or measure it: the differential
 * checker (check.c), stats (stats.c), reports (layout_report.c, real_report.c)
 * and machine-code bytes through rustc (emit_rust.c, bytes.c, elf.c, demangle.c).
 */
#ifndef COROSLIM_MEASURE_MEASURE_H
#define COROSLIM_MEASURE_MEASURE_H

#include <sys/types.h>

#include "../frontend/frontend.h"
#include "../passes/passes.h"

/* ir/layout_report.c: `coroslim layout` — every coroutine like -Zprint-type-sizes, or JSON. */
void layout_report(const Module *m, int json, FILE *out);

/* passes/check.c: `coroslim run` and `coroslim check` (0 = ok, 1 = user error or mismatch). */
int run_file(const char *path, const char *entry, const char *args_csv, const BuildOptions *o,
	     int cancel_after, int repoll, FILE *out, FILE *err);
/* out: the verdicts and mismatches; err: user errors (a file that does not load, a bad pass or args line) */
int check_module_file(const char *path, const char *passes_csv, const BuildOptions *o, FILE *out, FILE *err);
/* --passes of check, by the rule of pipeline_select: 0, or -1 with its message in d */
int check_passes_valid(const char *csv, Diag *d);
/* The same for one async fn of the file (`check --entry NAME`; NULL: every async fn). */
int check_module_entry(const char *path, const char *passes_csv, const char *entry, const BuildOptions *o,
		       FILE *out, FILE *err);

/* passes/check.c — the differential checker behind `coroslim check`. A
 * stage is the state transform followed by zero or more passes; build must
 * return a fresh pre-transform Module each call (NULL with d set on error);
 * transform NULL means state_transform. Returns 0 (all equal up to the
 * allowed differences), 1 (mismatch or user error). */
enum { ARG_UINT, ARG_NEG, ARG_BOOL }; /* how a user wrote an argument */
typedef struct CheckArgs {
	const char *fn;  /* async fn (constructor) name */
	uint64_t *args;  /* nargs values */
	uint32_t nargs;
	uint8_t *kinds;  /* ARG_*, for the range and type check; NULL: not checked */
	uint32_t line, col; /* of a `//@ args:` line (0: not from a file) */
} CheckArgs;
/* What check_spec did, for a caller that counts (issue 24 item 3: imported
 * coroutines, measure/import_check.c): per stage, whether it was built and
 * verified, whether its passes changed anything, schedules compared, differing,
 * not checked; per file, the entries and whether the reference ran. */
#define CHECK_TALLY_STAGES 24
typedef struct CheckTally {
	uint32_t nstages;
	char stage[CHECK_TALLY_STAGES][256];
	uint8_t built[CHECK_TALLY_STAGES];  /* built and verified after each of its passes */
	uint32_t fired[CHECK_TALLY_STAGES]; /* pass_run's count of changed bodies, summed */
	uint32_t runs[CHECK_TALLY_STAGES], differ[CHECK_TALLY_STAGES], unchecked[CHECK_TALLY_STAGES];
	uint32_t units, executed; /* entries; those whose reference run finished */
	uint32_t schedules;       /* of the executed ones */
	char why[240];            /* the first reference run's error, when one failed */
	uint32_t stmts[CHECK_TALLY_STAGES], blocks[CHECK_TALLY_STAGES], states[CHECK_TALLY_STAGES];
} CheckTally;
typedef struct CheckSpec {
	const char *file;
	Module *(*build)(void *ctx, const BuildOptions *o, Diag *d);
	void *ctx;
	int (*transform)(Module *m, Diag *d);
	const Pass *const *passes; uint32_t npasses;
	const CheckArgs *args; uint32_t nargs;
	FILE *err; /* user errors; NULL: out */
	CheckTally *tally; /* NULL, or filled in */
	const char *entry; /* NULL: every async fn; else only this one (`check --entry`) */
	int zero_note; /* a fn with parameters and no `//@ args:` line: say on err that it runs with zeros */
} CheckSpec;
int check_spec(const CheckSpec *s, const BuildOptions *o, FILE *out);
/* Passes `check --passes=` accepts besides the pipeline (NULL, 0 in the
 * product; the broken test passes in build/tests/coroslim-broken). */
extern const Pass *check_extra_passes;
extern uint32_t ncheck_extra_passes;
/* 1 if `got` is an acceptable trace for `want` (see check.c); else 0 with
 * *at = the 0-based index of the first difference. */
/* measure/import_check.c: `coroslim check DUMPDIR` (issue 24 item 3): every
 * coroutine body of a -Zdump-mir=StateTransform dump through check_spec, with
 * external events; per stage counts on out (0 ok, 1 a difference or user error). */
/* One rustc before-StateTransform dump imported, made executable, lowered by
 * coroslim's transform (`coroslim run DUMP --entry 'entry NAME'`); NULL with d set. */
Module *import_dump_load(const char *path, const BuildOptions *o, Diag *d);
int check_dump_dir(const char *dir, const Pass *const *passes, uint32_t npasses, const BuildOptions *o, FILE *out,
		   FILE *err, int verbose);
int trace_equivalent(const Trace *want, const Trace *got, const BuildOptions *o, uint32_t *at);
/* (issue 24 items 1, 3; import_check.c) one before-StateTransform dump (src, len) imported
 * with model layouts and verified, not lowered; the sorted `*.StateTransform.before.mir`
 * paths of a dump dir (NULL, a located error on err, when none). */
Module *import_dump_module(const char *path, char *src, size_t len, const BuildOptions *o, Diag *d);
char **dump_list(const char *dir, uint32_t *count, FILE *err);
void dump_list_free(char **files, uint32_t n);
/* measure/import_bytes.c: `coroslim import DUMPDIR --format=bytes` (DUMPDIR/type-sizes.txt:
 * rustc's -Zprint-type-sizes of the compile): per body rustc's size, coroslim's after its
 * transform and after each pass, as JSON (0 ok, 1 user error). */
int import_bytes_dir(const char *dir, FILE *out);

/* passes/stats.c: `coroslim stats` (0 ok, 1 user error, 2 usage error). */
int stats_files(const char *const *files, int nfiles, const char *passes, const BuildOptions *o, const char *format,
		FILE *out);

/* passes/real_report.c: `coroslim import FILE.mir...` (0 ok, 1 user error,
 * 2 usage). Each FILE may be LABEL=FILE (the crate name in the report).
 * format: "mir" (default: the imported IR), "summary" (one line per coroutine),
 * "md" (bench/REAL.md: per file and in total, what each pass removes). */
int import_cmd(const char *const *files, int nfiles, const char *format, FILE *out);

/* measure/dump_compare.c: `coroslim import DUMPDIR --format=json`: DUMPDIR a
 * -Zdump-mir-dir made with -Zdump-mir=StateTransform; per coroutine body its
 * statements, opaque ones and coroslim's state transform of it against
 * rustc's after-dump ("identical" or "differs: WHAT"), and totals (0 ok, 1
 * user error). */
int import_dump_dir(const char *dir, FILE *out);

/* measure/rust_prelude.c: tests/rust/prelude.rs for a `#![no_std]` crate (the
 * prelude's leaves, identical in every crate coroslim hands to rustc). */
extern const char rust_prelude_nostd[];

/* measure/flash.c: rustc 1.95 on the crates of emit_import_crate (x86_64, the flags of
 * `coroslim bytes`), par at a time; each job's coroutine's poll and drop bytes. A job
 * whose same_as is an earlier job's index (the same text) takes its figures. 0, or -1
 * when no temporary directory can be made. */
typedef struct FlashJob {
	char *text;          /* the crate; NULL: nothing to compile */
	char ident[1024];    /* the coroutine's identifier S (Coro_S, resume_S, drop_S) */
	uint32_t same_as;    /* NO_ID, or an earlier job with the same text */
	char dir[4200];
	int ok;
	uint64_t poll, drop, text_ro;
	char err[300];
} FlashJob;
int flash_run(FlashJob *jobs, uint32_t n, const char *opt_level, int panic_abort, int par);
/* measure/bytes.c: rustc compiling dir/lib.rs (an emitted crate) with `coroslim bytes --release`'s flags
 * for x86_64, its output to dir/rustc.txt; the child's pid, -1 when fork fails */
pid_t bytes_spawn_emitted_x86(const char *dir, const char *opt_level, int panic_abort);
/* measure/import_bytes.c with flash: `coroslim import DUMPDIR --format=flash` */
int import_flash_dir(const char *dir, const char *opt_level, FILE *out);

/* measure/elf.c: the sections and symbols of an ELF32/ELF64 little-endian
 * object, enough to count its machine-code bytes (DESIGN.md, Bytes). */
enum { ELF_SHF_WRITE = 0x1, ELF_SHF_ALLOC = 0x2 };
enum { ELF_STT_OBJECT = 1, ELF_STT_FUNC = 2 };
typedef struct ElfSection {
	const char *name; /* in ElfObject.data */
	uint32_t type;
	uint64_t flags, size;
} ElfSection;
typedef struct ElfSymbol {
	const char *name; /* in ElfObject.data */
	uint64_t size;
	uint16_t shndx;   /* 0: undefined */
	uint8_t type, bind;
} ElfSymbol;
typedef struct ElfObject {
	unsigned char *data; size_t len; /* the whole file (malloc'd) */
	int is64;
	uint16_t machine;
	ElfSection *secs; uint32_t nsecs;
	ElfSymbol *syms; uint32_t nsyms; /* the symbol table without its null entry */
} ElfObject;
/* 0, or -1 with err = `path: error: ...` (bad input is never read out of bounds). */
int elf_load(const char *path, ElfObject *o, char *err, size_t errlen);
/* The same on o->data/o->len already set (elf_free frees them). */
int elf_parse(ElfObject *o, const char *path, char *err, size_t errlen);
void elf_free(ElfObject *o);
/* text+ro: allocated sections with contents that are read-only or relro
 * (.data.rel.ro*), minus the unwind tables (.eh_frame, .eh_frame_hdr, .ARM.exidx, .ARM.extab,
 * .gcc_except_table, with their per-function pieces). */
int elf_section_counted(const ElfSection *s);
uint64_t elf_text_ro(const ElfObject *o);
/* The read-only data of function sym alone (its jump tables): the section
 * `.rodata.SYM` that -ffunction-sections / -fdata-sections give it. */
uint64_t elf_own_rodata(const ElfObject *o, const char *sym);

/* measure/demangle.c: a Rust v0 symbol (`_R...`) as binutils prints it without
 * crate hashes, e.g. `core::ptr::drop_in_place::<lib::foo::{closure#0}>`.
 * 0, or -1 when sym is not v0, is malformed or does not fit in cap. */
int rust_demangle_v0(const char *sym, char *out, size_t cap);

/* measure/bytes.c: `coroslim bytes` (DESIGN.md, Bytes). 0 ok, 1 user error or
 * a failed compile (rustc absent included), 2 usage error (message printed). */
typedef struct BytesOptions {
	const char *target;    /* x86_64 | thumbv7em-none-eabi | thumbv6m-none-eabi */
	const char *opt_level; /* z | s | 3 */
	const char *passes;    /* pipeline_select's list; NULL = the whole pipeline */
	const char *format;    /* table | json */
	int jobs;              /* rustc processes at once; 0 = jobs_default() */
	int alone;             /* each pass's stage is that pass alone after lowering, not cumulative */
} BytesOptions;
int bytes_files(const char *const *files, int nfiles, const BuildOptions *o, const BytesOptions *bo, FILE *out);
/* The harness appended to every crate of a file (rustc's own and each emitted
 * stage; `coroslim emit --harness` too): EMIT_HARNESS_MARKER, poll_task,
 * free_task and a `pub fn root_NAME` per fn no fn calls. malloc'd; NULL with
 * d set (at the fn) when a root cannot be given arguments or a name clashes. */
char *rust_harness_text(const Module *m, Diag *d);

/* ===================================================================== */
/* measure/emit_rust.c — the module as a rustc custom-MIR crate            */
/* ===================================================================== */

/* Types of imported real code the emitter has no definition of (measure/emit_import.c):
 * what it writes instead, asked before the emitter's own rules. Every hook may be NULL. */
typedef struct EmitForeign {
	void *ctx;
	/* t's Rust spelling (1), or 0: not the hook's (the emitter's rules apply); -1 error (d set) */
	int (*type)(void *ctx, const Module *m, TypeId t, int in_field, StrBuf *out);
	/* a fn the emitter does not write (an external callee the items declare) */
	int (*skip_fn)(void *ctx, const Module *m, const Fn *f);
	/* A view of a value of foreign type t: field fld of variant var (NO_ID for a
	 * struct's field), or its tag (fld == NO_ID): a `#[repr(C)] struct VIEW { _p:
	 * [u8; OFF], f: FT }` the items define, reached through a cast raw pointer.
	 * Its name into view (cap bytes) and, for the tag, its integer type into tagty: 1;
	 * 0 when t is not the hook's; -1 when it has no such view (d set). */
	int (*view)(void *ctx, const Module *m, TypeId t, uint32_t var, uint32_t fld, TypeId fty, char *view,
		    char *tagty, size_t cap, Diag *d);
	/* The callee of a call the emitter cannot name (`<T as Future>::poll` of a foreign
	 * future, its into_future): into out, 1; 0 not the hook's; -1 error */
	int (*callee)(void *ctx, const Module *m, const Fn *f, const Term *t, StrBuf *out);
	/* A value of type t LLVM knows nothing of (an opaque statement's result, a constant
	 * the importer keeps as text): the name of an external static of that type the items
	 * declare, into name: 1; 0 none (the statement writes nothing, the constant fails) */
	int (*opaque_static)(void *ctx, const Module *m, TypeId t, char *name, size_t cap);
	/* the items the hooks' names need, written after the module */
	int (*items)(void *ctx, const Module *m, FILE *out, Diag *d);
} EmitForeign;

typedef struct EmitOptions {
	int harness; /* append the roots (EMIT_HARNESS_MARKER, then poll_task and root_NAME fns) */
	const EmitForeign *foreign; /* imported code (measure/emit_import.c), else NULL */
} EmitOptions;
/* The line that opens the harness: measurements append what follows it to
 * rustc's own compile of the source, so that both crates have the same roots. */
#define EMIT_HARNESS_MARKER "// ---- roots (coroslim emit --harness) ----"

/* The two generic roots every measured crate polls and drops its futures through (`coroslim bytes`'s
 * harness, `import --format=flash`'s crates): their copies are counted in each coroutine's bytes */
#define EMIT_TASK_FNS                                                                          \
	"#[inline(never)]\n"                                                                     \
	"fn poll_task<F: Future>(f: Pin<&mut F>, cx: &mut Context<'_>) -> Poll<F::Output> {\n"   \
	"    f.poll(cx)\n"                                                                        \
	"}\n"                                                                                     \
	"#[inline(never)]\n"                                                                     \
	"unsafe fn free_task<F>(f: *mut F) {\n"                                                  \
	"    unsafe { core::ptr::drop_in_place(f) }\n"                                           \
	"}\n"
/* The crate attributes every crate handed to rustc with the prelude starts with. */
extern const char emit_rust_header[];
/* Coroutine name -> the identifier S of its Rust items (type Coro_S, resume fn
 * resume_S, drop shim drop_S): `::` -> `__`, `{async block#k}` -> `async_block_k`,
 * any other byte that is not [A-Za-z0-9_] -> `_`. Truncated to n - 1 bytes. */
/* a name as a Rust identifier (`outer___closure_0___S`), at most EMIT_IDENT_MAX bytes (a longer one cut
 * and ended by a hash of the whole name); n > EMIT_IDENT_MAX */
enum { EMIT_IDENT_MAX = 240 };
void emit_rust_ident(const char *coro_name, char *buf, size_t n);
/* An associated fn's path (`S::m..`, `<S as T>::m..`, issue 22's impl blocks
 * and traits): its self type and trait ("" for inherent) into self and trait
 * (n bytes each); the rest after `::`, or NULL for any other name. */
const char *emit_assoc_split(const char *name, char *self, char *trait, size_t n);
/* Write m (transformed) as one crate; 0, or -1 with d set (nothing written)
 * when it holds a construct the emitter cannot express. */
int emit_rust(const Module *m, const EmitOptions *o, FILE *out, Diag *d);
/* t as the emitter spells it (in_field: references 'static), for EmitForeign's items:
 * 0, or -1 with d set */
int emit_rust_type_text(const Module *m, const EmitOptions *o, TypeId t, int in_field, StrBuf *out, Diag *d);
/* measure/emit_import.c: an imported, lowered (and passed) module of one real coroutine
 * body as a custom-MIR crate (DESIGN.md, "Flash bytes of real code"): foreign types as
 * blobs of rustc's size and alignment, external callees as extern "Rust" fns, roots for
 * its poll and drop. dropped[t] (ntypes entries, may be NULL): rustc's MIR drops a value
 * of type t (it has drop glue); sized(m, t): rustc's size of t is known (NULL: every
 * type's); *estimated (may be NULL): the types whose size it estimated (types no saved
 * value holds, rustc printed no size for). 0, or -1 with d set. */
int emit_import_crate(const Module *m, const uint8_t *dropped, uint32_t ndropped, int (*sized)(const Module *, TypeId),
		      FILE *out, Diag *d, uint32_t *estimated);

/* measure/emit_adt.c — core's Option / Result, `?`'s ControlFlow and residuals,
 * and arrays, for emit_rust.c (issue 20). The emitter's own spelling of a type
 * and an operand come back through the hooks. */
typedef enum {
	CORE_NONE, CORE_OPTION, CORE_RESULT, CORE_CONTROL_FLOW, CORE_RESULT_RESIDUAL, CORE_OPTION_RESIDUAL
} CoreEnum;
typedef struct EmitHooks {
	const Module *m;
	const Fn *f;   /* the fn being written, or NULL */
	int line;      /* where an error points, 0: nowhere */
	void *e;
	int (*type)(void *e, TypeId t, int in_field, StrBuf *out);
	int (*operand)(void *e, Operand op, StrBuf *pre, StrBuf *out);
} EmitHooks;
/* Which of core's enums the TY_ADT t is (an instance made by frontend/prelude_enum.c). */
CoreEnum core_enum_of(const Module *m, TypeId t);
/* The spelling of an array or one of core's enums: 1 written, 0 neither, -1 error. */
int emit_adt_type(const EmitHooks *h, TypeId t, int in_field, StrBuf *out);
/* Copy in Rust (is_copy for the element of an array): 1 or 0, -1 neither. */
int emit_adt_is_copy(const Module *m, TypeId t, int (*is_copy)(const Module *, TypeId));
/* An array, repeat or core enum aggregate as its rvalue: 1 written, 0 not one, -1 error. */
int emit_adt_aggregate(const EmitHooks *h, const Stmt *s, StrBuf *pre, StrBuf *rhs);
/* `?`'s callees (try_leaf_kind) as core's trait methods: 1 written, 0 not one, -1 error. */
int emit_adt_callee(const EmitHooks *h, const Term *t, StrBuf *out);
/* Crate attributes (after emit_rust_header) and items the module needs. */
void emit_adt_features(const Module *m, FILE *out);
void emit_adt_helpers(const Module *m, FILE *out);
/* Compile-time asserts that core's Option / Result instances have the IR's layout (for the
 * module's ptr_bytes); -1 when a type cannot be written (the hooks report it). */
int emit_adt_asserts(const EmitHooks *h, FILE *out);
/* The bytes harness's value of an Option (None), Result (Ok(v)) or array; 1 for another
 * type, -1 when an element has none (value: the harness's own, for the payloads). */
int emit_adt_harness_value(const Module *m, TypeId t, StrBuf *b, int (*value)(const Module *, TypeId, StrBuf *));

/* ===================================================================== */
/* measure/crate.c — `coroslim crate [PATH]`: a cargo package's futures   */
/* ===================================================================== */

/* argv: the arguments after `crate`. 0 ok, 1 user error (no package, no
 * cargo or rustc 1.95, a failed build, no async code), 2 usage error. */
int crate_main(int argc, char **argv);

/* measure/common.c: what the commands here share. */
/* s as a JSON string, escaped; `null` when s is NULL. */
void json_string(FILE *out, const char *s);
/* Delete dir and everything under it (symbolic links are not followed). */
void remove_tree(const char *dir);

#endif
