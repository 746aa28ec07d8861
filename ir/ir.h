/*
 * ir.h — the whole coroslim IR in one header.
 *
 * The IR models rustc's MIR around the coroutine transform
 * (compiler/rustc_middle/src/mir/syntax.rs, compiler/rustc_middle/src/mir/mod.rs):
 * a Module holds interned Types, Coroutine descriptions (the `{async fn body of f()}`
 * types, with their upvars and, after the transform, their CoroutineLayout) and Fns.
 * A Fn is a MIR Body: locals `_0` (return place), `_1.._nargs` (arguments), then
 * user variables and temporaries; basic blocks `bbN` of Stmts closed by one Term.
 *
 * Storage is index based, QBE style: places, constants, operand lists and switch
 * arms live in per-Fn arrays and are referred to by 32-bit ids; every array of a
 * Fn is allocated from the Fn's arena and freed with it in one call.
 *
 * Sections are grouped by the file that defines them.
 */
#ifndef COROSLIM_IR_H
#define COROSLIM_IR_H

#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* 1 under AddressSanitizer (gcc's and clang's spellings): the arena's chunk
 * pool is off, so that it sees every use after free, and stats frees every
 * module, so that its leak check at exit sees them. */
#if defined(__SANITIZE_ADDRESS__)
#define COROSLIM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COROSLIM_ASAN 1
#endif
#endif
#ifndef COROSLIM_ASAN
#define COROSLIM_ASAN 0
#endif

typedef uint32_t TypeId;  /* index into Module.types */
typedef uint32_t PlaceId; /* index into Fn.places */
typedef uint32_t BlockId; /* index into Fn.blocks */
typedef uint32_t LocalId; /* _N */

#define NO_BLOCK UINT32_MAX
#define NO_ID UINT32_MAX

/* ===================================================================== */
/* arena.c — bump allocation; one arena per Fn and one per Module          */
/* ===================================================================== */

typedef struct Arena Arena;
typedef struct Module Module;
typedef struct Fn Fn;
/* A growable malloc'd string (`s` NUL-terminated once anything was added). */
typedef struct StrBuf {
	char *s;
	size_t n, cap;
} StrBuf;
void strbuf_put(StrBuf *b, const char *s, size_t n);
void strbuf_printf(StrBuf *b, const char *fmt, ...);
void strbuf_free(StrBuf *b);
/* fmt formatted at its whole length into malloc'd memory (a message is never cut); ap is used up */
char *vprintf_alloc(const char *fmt, va_list ap);
Arena *arena_new(void);
Arena *arena_new_sized(size_t first); /* its first chunk holds `first` bytes of 16-aligned allocations */
void arena_free(Arena *a);
/* arena_grow in a leaves every old copy of an array readable in its chunks until
 * a is freed, instead of giving an array of 64 KB or more a block of its own that
 * realloc/mremap moves (arena.c, ARENA_BIG): for arrays other threads may read
 * while one thread grows them (the Module's: type_push's Module.types, the ADTs) */
void arena_keep_old(Arena *a);
void arena_free_to_malloc(Arena *a); /* not into the pool of chunks */
void arena_adopt(Arena *a, Arena *from); /* a takes from's chunks (freed with a); from is gone */
size_t arena_bytes(const Arena *a); /* what its chunks hold, used or not */
/* An array arena_grow gave a block of its own (ARENA_BIG) can change arenas: a
 * compaction moves it (realloc'd to `bytes`, in place when it shrinks) instead
 * of copying it. arena_owns_block: p is such an array of a. */
int arena_owns_block(const Arena *a, const void *p);
void *arena_move_block(Arena *to, Arena *from, void *p, size_t bytes); /* p: arena_owns_block(from, p) */
/* Give the chunks arena_free kept for reuse back to malloc (after a phase whose
 * arenas the next phase will not ask for again: the frontend's AST and tokens). */
void arena_pool_trim(void);
/* The calling thread's kept chunks (pool and scratch) back to malloc: a thread
 * that allocated from arenas or scratch calls it before it ends. */
void arena_thread_done(void);
/* main: give malloc's heap transparent huge pages from now on (Linux; arena.c) */
void arena_heap_hugepages(void);
void *arena_alloc(Arena *a, size_t size); /* zeroed, 16-aligned */
void *arena_alloc_uninit(Arena *a, size_t size); /* not zeroed: for memory the caller fills at once */
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...); /* exactly as long as it formats */
char *arena_strndup(Arena *a, const char *s, size_t n);
char *str_dup(const char *s); /* malloc'd copy (strdup is not C11) */
/* Scratch: a stack allocator for the temporaries of one step (a pass over
 * one body). scratch_release(m) frees, at once, everything allocated since
 * scratch_mark() returned m; marks nest. Cheaper than malloc/free pairs: the
 * frontend and the state transform make hundreds of them per body. */
typedef struct ScratchMark {
	void *chunk;
	size_t used;
} ScratchMark;
ScratchMark scratch_mark(void);
void scratch_release(ScratchMark m);
void *scratch_alloc(size_t size);        /* zeroed, 16-aligned */
void *scratch_alloc_uninit(size_t size); /* not zeroed */
/* Grow an array of elsize-byte elements to hold at least need elements. */
void *arena_grow(Arena *a, void *old, uint32_t *cap, uint32_t need, size_t elsize); /* the new slots zeroed */
void *arena_grow_uninit(Arena *a, void *old, uint32_t *cap, uint32_t need, size_t elsize); /* not zeroed */
/* Appends one zeroed element. The array grows without zeroing its new slots;
 * each slot is zeroed when it is pushed, so a doubled array's unused tail is
 * never written (its pages never faulted in, its lines never in the cache:
 * a 100k-let fn's blocks array has 2^19 slots for 300k blocks). */
#define VEC_PUSH(arena, arr, n, cap)                                                         \
	((uint32_t)(n) + 1 > (cap)                                                           \
		 ? (void)(*(void **)&(arr) = arena_grow_uninit((arena), (arr), &(cap), (n) + 1, sizeof *(arr))) \
		 : (void)0,                                                                   \
	 (void)memset(&(arr)[(n)], 0, sizeof *(arr)),                                         \
	 &(arr)[(n)++])

/* ===================================================================== */
/* diag.c — the two error tiers                                            */
/* ===================================================================== */

/* A user error: filled by parsers and checkers instead of exiting, so that
 * fuzzers and unit tests can call them. Printed as `file:line:col: error: msg`. */
typedef struct Diag {
	const char *file;
	int line, col; /* 1-based; 0 when unknown */
	int failed;
	char msg[512];     /* the message, cut to its start and end when longer (hunt30: read diag_msg) */
	const char *whole; /* the whole message when longer than msg, else NULL: kept for the process */
} Diag;
void diag_set(Diag *d, int line, int col, const char *fmt, ...);
void diag_vset(Diag *d, int line, int col, const char *fmt, va_list ap);
/* the message whole at any length (hunt30: msg holds at most 511 bytes) */
static inline const char *diag_msg(const Diag *d)
{
	return d->whole ? d->whole : d->msg;
}
/* the offset of the first byte of s that is not well-formed UTF-8 (RFC 3629), len if none (ir/diag.c) */
size_t utf8_invalid_at(const unsigned char *s, size_t len);
void diag_print(const Diag *d, FILE *out);
/* warn29: text (malloc'd, taken) the next diag_print prints after its error: a rejected program's warnings */
void diag_set_trailer(char *text);
/* A file name as messages print it: its control characters escaped as Rust's
 * escape_debug writes them (`\n`, `\t`, `\r`, `\u{1b}`), so that a name with a
 * newline cannot split `FILE:LINE:COL: error:` in two; path itself when it has none. */
const char *diag_path(const char *path);
/* What every stage is built for. */
typedef struct BuildOptions {
	int release;     /* --release / -O: wrapping arithmetic, panic-to-pending may fire */
	int panic_abort; /* --panic=abort: no unwind edges, no Panicked arm */
	int verify_each; /* --verify-each: verify after every pass, not once after the pipeline */
	int jobs;        /* --jobs: threads for the loops of parallel.c; 0 = jobs_for's choice */
	int exiting;     /* the process exits once this command is done: what its last
	                    input built may be left to the OS (clang's -disable-free) */
	int warnings;    /* warn28: print rustc's warn-by-default lints of a .rs on stderr (`-A warnings`: not) */
	int count_only;  /* the module is only counted (stats' sync twin): its bodies are
	                    not compacted, and verified only in the sanitizer build */
} BuildOptions;

/* ===================================================================== */
/* parallel.c — loops over several threads                                 */
/* ===================================================================== */

#define MAX_JOBS 64
/* Below this many items a loop cheaper per item than building a fn body
 * (verifying fns, counting coroutines, panic-to-pending's rewrites) stays on
 * one thread: starting threads would cost more than they save. */
#define CHEAP_LOOP_MIN 512
/* COROSLIM_JOBS from the environment when it is a number from 1 to 64, else
 * the online CPUs (POSIX sysconf) up to 8, else 2. */
int jobs_default(void);
/* A number of jobs as --jobs and COROSLIM_JOBS take it: decimal digits only (no
 * sign, no space, no leading or trailing blank), 1 to MAX_JOBS; else 0. */
int jobs_parse(const char *s);
/* The threads for a loop of n items, at most MAX_JOBS: asked when it is set (--jobs); else 1
 * when n < min, as starting threads would cost more than they save, unless
 * COROSLIM_JOBS is set to a valid number (the tests run the threaded paths on small inputs so);
 * else jobs_default(). */
int jobs_for(int asked, uint32_t n, uint32_t min);
/* body(ctx, begin, end, worker) over consecutive ranges covering [0, n), at
 * most max_batch long, taken in turn by up to jobs threads: the calling one
 * (worker 0) and jobs - 1 started for the loop (workers 1..), which have all
 * finished when it returns (fewer when a thread cannot start). */
typedef void ParallelBody(void *ctx, uint32_t begin, uint32_t end, int worker);
void parallel_for(uint32_t n, int jobs, uint32_t max_batch, ParallelBody *body, void *ctx);
/* parallel_for over work on m whose workers may intern types: with more than
 * one thread, m->lock is a mutex while they run (type_intern takes it). */
void module_parallel_for(Module *m, uint32_t n, int jobs, uint32_t max_batch, ParallelBody *body, void *ctx);
/* The calling thread runs at the lowest priority from now on (nice 19): it
 * gets a CPU the other threads leave idle. For work beside the pipeline that
 * can wait (stats' sync twin). Linux only, where nice is per thread; a no-op
 * elsewhere. */
void thread_background(void);

/* The tool's own bugs: print "internal error: ..." and abort. */
_Noreturn void internal_error(const char *fmt, ...);
#define IR_ASSERT(c) ((c) ? (void)0 : internal_error("%s:%d: assertion `%s' failed", __FILE__, __LINE__, #c))

/* ===================================================================== */
/* type.c — interned types, their rustc spelling, size and alignment       */
/* ===================================================================== */

/* X(kind, rustc spelling, size, align); size/align 0 = computed. */
#define TYPE_KINDS(X)                                   \
	X(TY_UNIT, "()", 0, 1)                          \
	X(TY_NEVER, "!", 0, 1)                          \
	X(TY_BOOL, "bool", 1, 1)                        \
	X(TY_U8, "u8", 1, 1)                            \
	X(TY_U16, "u16", 2, 2)                          \
	X(TY_U32, "u32", 4, 4)                          \
	X(TY_U64, "u64", 8, 8)                          \
	X(TY_USIZE, "usize", 8, 8)                      \
	X(TY_I8, "i8", 1, 1)                            \
	X(TY_I16, "i16", 2, 2)                          \
	X(TY_I32, "i32", 4, 4)                          \
	X(TY_I64, "i64", 8, 8)                          \
	X(TY_ISIZE, "isize", 8, 8)                      \
	X(TY_CHAR, "char", 4, 4)         /* a Unicode scalar value (diag27): Copy, not an integer */ \
	X(TY_YIELDNOW, "YieldNow", 1, 1) /* leaf future of yield_now(), no drop glue */ \
	X(TY_GUARD, "Guard", 4, 4)       /* has drop glue: drop calls observe(x) */     \
	X(TY_CONTEXT, "Context<'_>", 0, 1)                                             \
	X(TY_RESUMETY, "ResumeTy", 8, 8) /* std::future::ResumeTy */                    \
	X(TY_POLL, "Poll", 0, 0)         /* Poll<a> */                                  \
	X(TY_REF, "&", 8, 8)             /* &a */                                       \
	X(TY_REFMUT, "&mut", 8, 8)       /* &mut a */                                   \
	X(TY_RAWMUT, "*mut", 8, 8)       /* *mut a: the drop shim's argument */         \
	X(TY_PIN, "Pin", 8, 8)           /* Pin<a>, a a reference */                    \
	X(TY_TUPLE, "tuple", 0, 0)       /* (a, b): checked ops return (T, bool) */     \
	X(TY_CORO, "coroutine", 0, 0)    /* Module.coros[coro] */                       \
	X(TY_OPAQUE, "opaque", 0, 0)     /* a type the importer keeps as text */         \
	X(TY_ADT, "adt", 0, 0)           /* real code's nominal types: Module.adts[coro] */ \
	X(TY_ARRAY, "array", 0, 0)       /* [a; b]: a the element type, b the length (issue 22 item 4) */ \
	X(TY_SLICE, "slice", 0, 0)       /* [a] (slice40): unsized, only behind a pointer (a fat one) */ \
	X(TY_RAWCONST, "*const", 8, 8)   /* *const a (slice40): `&raw const (fake) (*_1)` of a slice */

typedef enum {
#define X(k, s, sz, al) k,
	TYPE_KINDS(X)
#undef X
	NTYPEKINDS
} TypeKind;

/* A TY_ADT that is an instance of core's Option<T> / Result<T, E> made by the frontend
 * (issue 23): interned by (generic, a, b), its spelling built only when asked (type_spelling). */
typedef enum { TG_NONE, TG_OPTION, TG_RESULT } TypeGeneric;

typedef struct Type {
	uint8_t kind; /* TypeKind */
	uint8_t generic; /* TY_ADT: TypeGeneric; TG_NONE: a nominal type known by its spelling */
	TypeId a, b;  /* TY_POLL/TY_REF/TY_REFMUT/TY_RAWMUT/TY_PIN: a; TY_TUPLE: a, b; TY_ARRAY: a, length b;
		       * TY_ADT of a generic: its arguments (Option: a) */
	uint32_t coro; /* TY_CORO: index in Module.coros; TY_ADT: index in Module.adts */
	const char *text; /* TY_OPAQUE, nominal TY_ADT: spelling (a generic's: NULL, see type_spelling) */
} Type;

TypeId type_intern(Module *m, Type t);
TypeId type_push(Module *m, Type t); /* appends t, interned or not: module_new's basic kinds */
TypeId type_basic(Module *m, TypeKind k); /* kinds without arguments */
TypeId type_ptr(Module *m, TypeKind k, TypeId a); /* Poll/Ref/RefMut/RawMut/RawConst/Pin */
TypeId type_tuple2(Module *m, TypeId a, TypeId b);
TypeId type_coro(Module *m, uint32_t coro);
TypeId type_array(Module *m, TypeId elem, uint32_t len); /* [elem; len] (issue 22 item 4) */
TypeId type_slice(Module *m, TypeId elem); /* [elem] (slice40) */
/* slice40: a reference or raw pointer to a slice, (address, length): two pointers wide */
int type_is_fat_ptr(const Module *m, TypeId t);
TypeId type_lookup(const Module *m, Type t); /* the interned id, or NO_ID: interns nothing */
static inline const Type *type_get(const Module *m, TypeId t);
int type_is_int(const Module *m, TypeId t);
/* A Unicode scalar value: what a char holds (0..=0x10FFFF but the surrogates 0xD800..=0xDFFF) */
static inline int char_valid(uint64_t v) { return v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF); }
/* print.c: a char's spelling as rustc's MIR and `{:?}` write it (`'a'`, `'\n'`, `'é'`), NUL-terminated */
#define CHAR_SPELL_MAX 16
size_t char_spell(uint64_t v, char *buf);
int type_is_signed(const Module *m, TypeId t);
int type_int_bits(const Module *m, TypeId t); /* usize/isize: 64 */
int type_needs_drop(const Module *m, TypeId t); /* Guard, coroutines with drop glue */
int type_copy(const Module *m, TypeId t); /* Copy: scalars, refs, Copy items, their arrays and tuples */
void type_print(const Module *m, TypeId t, FILE *out); /* iterative: any depth of nesting */
/* t's spelling as type_print writes it, made on the first ask and kept (an Adt's name;
 * other kinds: in the module's arena, not kept) */
const char *type_spelling(const Module *m, TypeId t);
char *type_spelling_dup(const Module *m, TypeId t); /* malloc'd (free it): safe on any thread */
/* usize, isize, references, raw pointers, Pin, ResumeTy: their size and
 * alignment are Module.ptr_bytes when set (usize's arithmetic width stays 64). */
int type_ptr_sized(int kind);
/* Size and alignment as rustc computes them on x86_64 (or a target with
 * Module.ptr_bytes-byte pointers, for `coroslim emit --target`: layout.c's
 * niches follow). Coroutine types need
 * their Layout (internal error otherwise). Poll<T>: u8 tag at 0, payload at
 * align(T), or a niche in bool; tuple (T, bool): T first. */
uint32_t type_size(const Module *m, TypeId t);
uint32_t type_align(const Module *m, TypeId t);
/* Byte offset of field f of variant v of t (v = 0 for structs and tuples;
 * Poll: v 0 = Ready; coroutines: v = state, f = index in that variant's field list
 * or, with v == NO_ID, upvar f). */
uint32_t type_field_offset(const Module *m, TypeId t, uint32_t v, uint32_t f);

/* --- TY_ADT (issue 24): the nominal types of real code, as rustc's MIR shows them ---
 * A struct, enum or union, a tuple of arity other than 2, a generic instance
 * (`Option<u32>`, `Result<T, io::Error>`): named by its canonical spelling (one
 * TY_ADT per spelling). rustc's MIR does not carry type definitions, so what an
 * ADT is is learned from its uses and checked for consistency: a field
 * projection without downcast makes it a struct, a downcast, discriminant or
 * variant aggregate an enum; each field's type is fixed by its first use.
 * Variant indices are rustc's VariantIdx for the enums whose order is known
 * (Option: None, Some; Result: Ok, Err; ControlFlow: Continue, Break), and the
 * order of first sight otherwise (`rustc_order` 0: a downcast names its
 * variant, printed by name; a SetDiscriminant's index is rustc's, unrelated). */
typedef enum { ADT_UNKNOWN, ADT_STRUCT, ADT_ENUM } AdtKind;
/* A niche (rustc_abi::Niche): a scalar of `size` bytes at `off` whose valid values
 * are lo..=hi, wrapping (WrappingRange); the others are free for an enclosing enum. */
typedef struct Niche {
	uint32_t off, size; /* size 0: no niche */
	uint64_t lo, hi;
} Niche;
uint64_t niche_available(const Niche *n); /* the invalid values (0 without a niche) */
/* rustc's Niche::reserve: count values taken from the niche (0 when they do not fit):
 * the first one in *start, the niche left afterwards in *rest. */
int niche_reserve(const Niche *n, uint64_t count, uint64_t *start, Niche *rest);
/* The largest niche of a value of type t (layout.c; rustc: largest_niche): 0 if none. */
int type_niche_of(const Module *m, TypeId t, Niche *n);
/* Poll<T> (rustc's layout of core's enum Poll { Ready(T), Pending }): T at *payload_off;
 * when *pending_size is not 0, Pending is the value *pending_value of that many bytes at
 * *pending_off (T's niche), else a u8-or-wider tag at 0 holds 0 Ready / 1 Pending. */
void poll_niche(const Module *m, TypeId payload, uint32_t *pending_off, uint32_t *pending_size,
		uint64_t *pending_value);

typedef struct AdtVariant {
	const char *name;        /* NULL: the struct's one variant */
	uint32_t nfields, capfields;
	TypeId *fields;          /* NO_ID: not seen */
	const char **fieldnames; /* NULL entries: positional (`Foo(..)`, tuples) */
	uint8_t closed;          /* an aggregate gave every field: no more can appear */
} AdtVariant;
typedef struct Adt {
	const char *name;      /* the type's spelling: adt_name (a generic instance's is made when asked) */
	TypeId ty;             /* its type */
	uint8_t kind;          /* AdtKind */
	uint8_t rustc_order;   /* variant indices are rustc's */
	uint8_t tuple;         /* `(A, B, C)`, `(A,)`, `[T; N]`: fields given by the spelling */
	uint32_t nvariants, capvariants;
	AdtVariant *variants;
	uint32_t size, align;  /* 0: not known (rustc's -Zprint-type-sizes can say) */
	uint8_t no_drop;       /* known to have no drop glue (the importer: Option, Result, tuples
				* and arrays of types without it); else type_needs_drop assumes glue */
	/* subset structs (frontend/, issue 22 item 4): a struct item of the source,
	 * every field known, laid out by ir/layout.c's univariant (layout_struct) */
	uint8_t defined;       /* the fields below are set */
	uint8_t needs_drop;    /* some field has drop glue (no Drop impl of its own) */
	uint32_t *offsets;     /* per field of variant 0 */
	Niche niche;           /* its largest niche (rustc: largest_niche; size 0: none) */
	/* imported code under check (issue 24 item 3; frontend/import_model.c): a model
	 * layout for the interpreter, not rustc's: an enum's variant index as a u32 tag
	 * at 0 and each variant's fields after it, a struct's fields in order. size and
	 * align above are then the model's. */
	uint8_t model;          /* model_off below is set */
	uint8_t model_holds_coro; /* a field is a coroutine by value: not executable */
	uint32_t *model_start;  /* per variant: first index into model_off */
	uint32_t *model_off;    /* field offsets, variant by variant */
	/* subset enums (issue 22 item 4; `defined` is set too): variants closed in
	 * declaration order, rustc's tagged or niche-filling layout (ir/layout.c layout_enum) */
	uint8_t enum_defined;
	uint8_t tag_size;           /* the tag's bytes, at tag_off */
	uint8_t tag_niche;          /* rustc's TagEncoding: 0 Direct (the tag at 0 holds the
				     * variant index), 1 Niche (niche-filling layout, below) */
	uint32_t tag_off;
	/* TagEncoding::Niche: variant `untagged` is stored as its payload alone; a variant v
	 * of niche_first..=niche_last (not untagged) as the tag value niche_value + (v -
	 * niche_first), wrapping in tag_size bytes, every other byte left to its fields */
	uint32_t untagged, niche_first, niche_last;
	uint64_t niche_value;
	uint32_t **variant_offsets; /* per variant, per field */
	/* explicit discriminants (`enum E { A = 1, B = 5 }`, unit variants only): each
	 * variant's value as isize bits, the Direct tag holding it truncated to tag_size;
	 * NULL: the variant index. A one-variant enum (nvariants 1) is laid out as a
	 * struct (rustc's Variants::Single): tag_size 0, nothing stored. */
	int64_t *discrs;
	/* Option / Result instances of the subset (issue 22 item 4): Copy when every
	 * argument is (MIR reads them with `copy`) */
	uint8_t is_copy;
	/* derive38: a struct item of the source deriving Clone without Copy: its `<S as Clone>::clone` is the
	 * derive's field-wise one (printed `#[derive(Clone)]`), core's Clone in `emit` */
	uint8_t is_clone;
	/* clone39: a struct item of the source with `#[repr(C)]`: its fields in declaration order, each at
	 * its alignment (layout_struct; printed `#[repr(C)]`) */
	uint8_t repr_c;
	/* repr40: an enum's primitive representation, `#[repr(u8)]` .. `#[repr(isize)]` (with or without C):
	 * the TypeKind of its discriminant type (TY_U8 .. TY_ISIZE; TY_UNIT: none, the discriminant an isize)
	 * and of its tag; with repr_c on an enum (`#[repr(C)]`, `#[repr(C, u8)]`) every variant's fields
	 * start at the alignment of the largest field of any (rustc's (tag, union) layout), the tag without an
	 * int C's `int` (4 bytes; 1 on thumb targets, c_enum_min_bits). Either: no niche-filling layout, fields
	 * in declaration order, the tag never widened (ir/layout.c layout_enum) */
	uint8_t repr_int;
	/* `?`'s ControlFlow and residual types: the tagged layout for the interpreter only
	 * (never saved across an await), no niche offered, not printed by `coroslim layout` */
	uint8_t internal;
} Adt;
/* derive37: a Copy item's first non-Copy field (-1: none), its variant in *variant */
int adt_noncopy_field(const Module *m, const Adt *a, uint32_t *variant);
/* core's enums the subset instantiates (Option, Result, ControlFlow: k 0, 1, 2), variants in rustc's order */
int core_enum_index(const char *name); /* k of the enum name (`Option<u32>`) instantiates, or -1 */
const char *core_enum_prefix(int k);    /* `Option<` */
const char *core_enum_variant(int k, int v);
int adt_is_core(const Module *m, const Adt *a); /* an instance of core's Option, Result or ControlFlow */
/* core's calls of `e?` (issue 22 item 4; ir/interp_try.c), by the names rustc's MIR gives
 * them: 1 `<Result<T, E> as Try>::branch` (or Option's), 2 `<R as FromResidual<..>>::from_residual`,
 * 0 another name */
int try_leaf_kind(const char *name);
/* mac40: the panics of std's macros (ir/core_panic.c): `core::panicking::panic`, `Arguments::<'_>::from_str`,
 * `..::from_str_nonconst`, `std::rt::panic_fmt` (panic_leaf_kind: PANIC_LEAF_*, 0 another name) */
enum { PANIC_LEAF_PANIC = 1, PANIC_LEAF_FROM_STR, PANIC_LEAF_FROM_STR_NONCONST, PANIC_LEAF_PANIC_FMT };
int panic_leaf_kind(const char *name);
int type_is_str_ref(const Module *m, TypeId t);       /* `&str` */
int type_is_fmt_arguments(const Module *m, TypeId t); /* PANIC_ARGUMENTS_TYPE */
/* derive38: core's Clone, `<u32 as Clone>::clone` (a derived clone's call per field; ir/type.c): whether
 * name has the shape `<TEXT as Clone>::clone`; clone39: whether it is core's clone of t, a `&t -> t` leaf
 * (TEXT t's spelling): a scalar, or an array, Option or Result of Clone types (core's impls; a Clone item
 * of the source derives only field-wise copies, so the leaf's `*self` is its clone too) */
int clone_leaf_name(const char *name);
int clone_leaf_of(const Module *m, const char *name, TypeId t);
/* cmp39: core's comparisons and variant queries (ir/core_cmp.c): `<T as PartialEq>::eq` .. `<T as
 * PartialOrd>::ge` (cmp_leaf_op: its BinOp, -1 another name; cmp_leaf_suffix: ` as PartialEq>::eq` of
 * an op), `Option::<T>::is_some` .. `Result::<T, E>::is_err` (query_leaf_kind: a QueryLeaf, 0 another
 * name); type_core_comparable: core implements PartialEq / PartialOrd for t (scalars, `()`, arrays,
 * references, Option and Result of such) */
typedef enum { QUERY_NONE, QUERY_IS_SOME, QUERY_IS_NONE, QUERY_IS_OK, QUERY_IS_ERR } QueryLeaf;
/* slice40: core's `core::slice::<impl [T]>::len` / `is_empty` (`&self`), by name: a SliceLeaf, 0 another */
typedef enum { SLICE_NONE, SLICE_LEN, SLICE_IS_EMPTY } SliceLeaf;
int slice_leaf_kind(const char *name);
const char *slice_leaf_method(int kind); /* "len" */
int core_leaf_of_slice(const Module *m, const char *name, TypeId t); /* name is a leaf of the slice type t */
int cmp_leaf_op(const char *name);
const char *cmp_leaf_suffix(int op);
int query_leaf_kind(const char *name);
const char *query_leaf_method(int kind); /* "is_some" */
int query_method_kind(const char *s, size_t n); /* the QueryLeaf of a method name ("is_some"), else 0 */
int type_core_comparable(const Module *m, TypeId t);
int core_leaf_of_type(const Module *m, const char *name, TypeId t); /* name is the leaf of t's impl */
int core_name_ends_with(const char *s, const char *suffix); /* s is longer than suffix and ends with it */
/* for40: core's iterator fns of a `for` loop over a range (ir/core_iter.c): `RangeInclusive::<T>::new`
 * (ITER_NEW), `<R as IntoIterator>::into_iter` (ITER_INTO), `<R as Iterator>::next` (ITER_NEXT), R a
 * `Range<T>` / `RangeInclusive<T>` struct of the module (range_adt_kind 1 / 2, else 0) */
typedef enum { ITER_NONE, ITER_NEW, ITER_INTO, ITER_NEXT } IterLeaf;
int iter_leaf_kind(const char *name);
int range_adt_kind(const Module *m, TypeId t);
int iter_leaf_check(const Module *m, const char *name, int kind, const TypeId *ops, uint32_t nargs, TypeId dst);
TypeId type_adt(Module *m, const char *text); /* the ADT of that spelling, made on first ask */
/* meth40: core's integer methods and Option / Result methods the subset calls (ir/core_int.c), by the
 * names rustc's MIR gives them before inlining: `core::num::<impl u32>::wrapping_add` (inherent),
 * `<u32 as Ord>::min` (Ord's), `Option::<u32>::unwrap_or`, `Result::<u32, u8>::ok`. One row per
 * method: its shape (the parameters after self and the result, in terms of Self) and which integer
 * types have it. IMS_FROM_BYTES has no self (`u32::from_le_bytes(b)`). */
typedef enum {
	IMS_BIN,        /* (Self, Self) -> Self */
	IMS_UN,         /* (Self) -> Self */
	IMS_CHECKED,    /* (Self, Self) -> Option<Self> */
	IMS_BY_U32,     /* (Self, u32) -> Self */
	IMS_COUNT,      /* (Self) -> u32 */
	IMS_PRED,       /* (Self) -> bool */
	IMS_TO_BYTES,   /* (Self) -> [u8; size_of Self] */
	IMS_FROM_BYTES, /* ([u8; size_of Self]) -> Self */
} IntMethodShape;
typedef enum { IMW_ANY, IMW_SIGNED, IMW_UNSIGNED, IMW_ORD } IntMethodWho; /* IMW_ORD: `<T as Ord>::m`, any */
#define INT_METHODS(X)                                                                    \
	X(IM_WRAPPING_ADD, "wrapping_add", IMS_BIN, IMW_ANY)                              \
	X(IM_WRAPPING_SUB, "wrapping_sub", IMS_BIN, IMW_ANY)                              \
	X(IM_WRAPPING_MUL, "wrapping_mul", IMS_BIN, IMW_ANY)                              \
	X(IM_WRAPPING_NEG, "wrapping_neg", IMS_UN, IMW_ANY)                               \
	X(IM_SATURATING_ADD, "saturating_add", IMS_BIN, IMW_ANY)                          \
	X(IM_SATURATING_SUB, "saturating_sub", IMS_BIN, IMW_ANY)                          \
	X(IM_SATURATING_MUL, "saturating_mul", IMS_BIN, IMW_ANY)                          \
	X(IM_CHECKED_ADD, "checked_add", IMS_CHECKED, IMW_ANY)                            \
	X(IM_CHECKED_SUB, "checked_sub", IMS_CHECKED, IMW_ANY)                            \
	X(IM_CHECKED_MUL, "checked_mul", IMS_CHECKED, IMW_ANY)                            \
	X(IM_CHECKED_DIV, "checked_div", IMS_CHECKED, IMW_ANY)                            \
	X(IM_MIN, "min", IMS_BIN, IMW_ORD)                                                \
	X(IM_MAX, "max", IMS_BIN, IMW_ORD)                                                \
	X(IM_POW, "pow", IMS_BY_U32, IMW_ANY)                                             \
	X(IM_ABS, "abs", IMS_UN, IMW_SIGNED)                                              \
	X(IM_COUNT_ONES, "count_ones", IMS_COUNT, IMW_ANY)                                \
	X(IM_LEADING_ZEROS, "leading_zeros", IMS_COUNT, IMW_ANY)                          \
	X(IM_TRAILING_ZEROS, "trailing_zeros", IMS_COUNT, IMW_ANY)                        \
	X(IM_ROTATE_LEFT, "rotate_left", IMS_BY_U32, IMW_ANY)                             \
	X(IM_ROTATE_RIGHT, "rotate_right", IMS_BY_U32, IMW_ANY)                           \
	X(IM_SWAP_BYTES, "swap_bytes", IMS_UN, IMW_ANY)                                   \
	X(IM_IS_POWER_OF_TWO, "is_power_of_two", IMS_PRED, IMW_UNSIGNED)                  \
	X(IM_TO_LE_BYTES, "to_le_bytes", IMS_TO_BYTES, IMW_ANY)                           \
	X(IM_TO_BE_BYTES, "to_be_bytes", IMS_TO_BYTES, IMW_ANY)                           \
	X(IM_FROM_LE_BYTES, "from_le_bytes", IMS_FROM_BYTES, IMW_ANY)                     \
	X(IM_FROM_BE_BYTES, "from_be_bytes", IMS_FROM_BYTES, IMW_ANY)
typedef enum {
	IM_NONE,
#define X(id, name, shape, who) id,
	INT_METHODS(X)
#undef X
	IM_COUNT
} IntMethod;
/* Option / Result methods taking self by value (meth40): which of the two enums has each */
#define ENUM_METHODS(X)                                             \
	X(EM_UNWRAP, "unwrap", 1, 1)                                \
	X(EM_UNWRAP_OR, "unwrap_or", 1, 1)                          \
	X(EM_UNWRAP_OR_DEFAULT, "unwrap_or_default", 1, 1)          \
	X(EM_OK, "ok", 0, 1)                                        \
	X(EM_ERR, "err", 0, 1)
typedef enum {
	EM_NONE,
#define X(id, name, opt, res) id,
	ENUM_METHODS(X)
#undef X
	EM_COUNT
} EnumMethod;
int int_method_by_name(const char *name);    /* an IntMethod, IM_NONE for another name */
const char *int_method_name(int m);
IntMethodShape int_method_shape(int m);
IntMethodWho int_method_who(int m);
int int_method_of_type(int m, TypeId t);     /* t (an integer type) has m */
/* the IntMethod of a callee name, its Self type in *self (IM_NONE: not one) */
int int_leaf_of(const Module *m, const char *name, TypeId *self);
int enum_method_by_name(const char *name, int is_result); /* an EnumMethod the enum has, EM_NONE else */
const char *enum_method_name(int k);
int enum_method_named(const char *s, size_t n); /* the EnumMethod named s[0..n) (either enum's), EM_NONE else */
int enum_leaf_of(const char *name);          /* the EnumMethod of `Option::<T>::m` / `Result::<T, E>::m` */
/* the verifier's checks of a call of either: 0 if the operands fit, else a reason */
const char *int_leaf_check(const Module *m, int k, TypeId self, const TypeId *ops, uint32_t n, TypeId dst);
const char *enum_leaf_check(const Module *m, int k, const char *name, const TypeId *ops, uint32_t n, TypeId dst);
/* The instance Option<a> (b unused) or Result<a, b>, made on first ask: one per (g, a, b),
 * no spelling kept (issue 23: N nested Options were N^2 / 2 bytes of spellings). The
 * frontend's instances; the importer and the textual IR name theirs by spelling (type_adt):
 * the two never meet in one module. */
TypeId type_generic(Module *m, TypeGeneric g, TypeId a, TypeId b);
/* An Adt's spelling (type_spelling of its type) */
const char *adt_name(const Module *m, const Adt *a);
Adt *adt_of(const Module *m, TypeId t);       /* NULL unless t is a TY_ADT */
/* The '<' that opens an item name's type arguments (`Option<u32>`, `Foo<T>`), or NULL; the
 * angle groups of its path are not (items31: `<S as T>::m::In` first, `f::<impl S>::n::In`
 * after a `::`) */
const char *name_type_args(const char *name);
/* Variant `name` of enum t (made if the ADT's variants are not closed, as std's
 * enums are): its index, or NO_ID (not an enum, or no such variant). */
uint32_t adt_variant(Module *m, TypeId t, const char *name);
/* Field f of variant v (0 for a struct) has type ty (and name, or NULL): 1 if
 * that agrees with what was seen before (recorded if new), else 0. */
int adt_field(Module *m, TypeId t, uint32_t v, uint32_t f, TypeId ty, const char *name);
/* t is a struct (its one variant made): 1, or 0 if t is known as an enum. */
int adt_make_struct(Module *m, TypeId t);
/* The type of field f of variant v, NO_ID if not known. */
TypeId adt_field_type(const Module *m, TypeId t, uint32_t v, uint32_t f);
/* A struct of the source (named fields, or a tuple struct when names is NULL): the
 * TY_ADT named `name`, its fields recorded, closed and laid out (layout_struct).
 * Every field type must be sized already. */
TypeId type_struct_define(Module *m, const char *name, uint32_t n, const TypeId *fields, const char *const *names,
                          int repr_c);
/* An enum of the source (issue 22 item 4): the TY_ADT named `name`, variants in
 * declaration order (rustc's VariantIdx), fields[v][0..nfields[v]) (names[v] NULL for
 * a tuple or unit variant), laid out by layout_enum (tagged_only: the tagged layout
 * whatever the payloads, for the interpreter's own types). Field types must be sized. */
TypeId type_enum_define(Module *m, const char *name, uint32_t nvariants, const char *const *vnames,
			const uint32_t *nfields, const TypeId *const *fields, const char *const *const *names,
			int tagged_only);
/* type_enum_define with explicit discriminants (discrs[v], isize values; NULL: the
 * indices), as rustc's layout_of_enum has them: the tag the smallest integer holding
 * min..=max (signed when min < 0), valid min..=max, no niche-filling candidate. */
TypeId type_enum_define_discr(Module *m, const char *name, uint32_t nvariants, const char *const *vnames,
			      const uint32_t *nfields, const TypeId *const *fields, const char *const *const *names,
			      int tagged_only, const int64_t *discrs, uint8_t repr_int, int repr_c);
/* type_enum_define_discr of the ADT t (a type_generic instance); repr40: repr_int and repr_c as Adt's */
TypeId type_enum_define_in(Module *m, TypeId t, uint32_t nvariants, const char *const *vnames,
			   const uint32_t *nfields, const TypeId *const *fields, const char *const *const *names,
			   int tagged_only, const int64_t *discrs, uint8_t repr_int, int repr_c);
/* The value `discriminant(x)` gives for variant v of subset enum a (isize bits), and
 * the variant of such a value (NO_ID: none). */
uint64_t adt_discr_value(const Adt *a, uint32_t v);
/* repr40: the type `discriminant(x)` gives for subset enum a: its repr's integer, else isize (rustc's
 * discriminant_ty); adt_discr_value's bits are that type's (`-1` of a `#[repr(i8)]` enum is 255) */
TypeId adt_discr_type(const Adt *a);
/* repr40: the inside of item a's repr attribute (`C`, `u8`, `C, u8`), or NULL when it has none (static
 * strings: safe on any thread); repr_int_name: `u8` .. `isize` of a TypeKind TY_U8 .. TY_ISIZE, else NULL */
const char *adt_repr_text(const Adt *a);
const char *repr_int_name(int kind);
int repr_int_fits(int kind, int64_t v); /* v is a value of that integer type (u64 / usize: up to i64::MAX) */
uint32_t adt_variant_of_discr(const Adt *a, uint64_t value);
/* --- end TY_ADT --- */

/* ===================================================================== */
/* Coroutines and their layout (layout.c computes it)                      */
/* ===================================================================== */

typedef enum { CORO_ASYNC_FN, CORO_ASYNC_BLOCK } CoroKind;

/* The reserved states, as in rustc (CoroutineArgs::UNRESUMED etc.). */
enum { STATE_UNRESUMED = 0, STATE_RETURNED = 1, STATE_POISONED = 2, STATE_FIRST_SUSPEND = 3 };

typedef struct Upvar {
	const char *name; /* the variable's name `x`, as rustc's MIR debug names it */
	TypeId ty;
	uint8_t by_ref;   /* an async block's capture by `&`/`&mut`: rustc's layout
	                     (-Zprint-type-sizes) names it `_ref__x` (upvar_layout_name) */
} Upvar;

/* One saved local `_sN` of a coroutine (rustc: CoroutineSavedLocal). */
typedef struct SavedLocal {
	LocalId local;    /* the local of the pre-transform body */
	TypeId ty;
	const char *name; /* debug name or NULL */
	uint8_t promoted; /* placed in the prefix shared by all variants */
	uint32_t offset;  /* byte offset in the coroutine */
} SavedLocal;

/* One row of the storage-conflict relation (rustc: CoroutineLayout::storage_conflicts,
 * a BitMatrix): the saved locals one saved local is in conflict with. Sparse, so
 * that N awaits (each await's locals in conflict with a few others) take memory
 * linear in N, not the N x N/64 words of a matrix: an ascending list of ids while
 * it takes fewer bytes than a bitset over the layout's nsaved, else that bitset. */
typedef struct ConflictRow {
	uint32_t n;   /* members */
	uint32_t cap; /* the list's room; CONFLICT_BITS: bits */
	union {
		uint32_t *ids; /* ascending */
		uint64_t *bits;
	} u;
} ConflictRow;
#define CONFLICT_BITS UINT32_MAX
/* conf39: a bitset row whose words are shared by every row of its class (the saved
 * locals with equal rows: N locals all live at one suspension point, one clique,
 * are one class and one bitset, not N). The words follow a reference count
 * (conflict_shared_new); a row is never written through (conflict_add copies it
 * first) and conflicts_free frees the words with their last row. */
#define CONFLICT_SHARED (UINT32_MAX - 1)

/* rustc: CoroutineLayout + the computed LayoutS of the coroutine type. */
typedef struct Layout {
	uint32_t nsaved;
	SavedLocal *saved;
	uint32_t nvariants;      /* 3 + number of Suspend states */
	uint32_t *field_start;   /* per variant: first index into fields */
	uint32_t *nfields;       /* per variant */
	uint32_t *fields;        /* saved-local indices, variant by variant */
	ConflictRow *conflicts;  /* nsaved rows (ConflictRow), or NULL: none */
	uint32_t *upvar_offset;  /* per upvar */
	uint32_t tag_offset, tag_size;
	uint32_t size, align;
	int line; /* of `layout {` in a .mir file (the verifier's errors), else 0 */
	uint8_t reconstructed; /* the importer's: from the resume fn's downcasts, so sizes, offsets,
	                          conflicts and the body's locals are unknown (printed as 0) */
	/* relocate-upvars (passes/relocate_upvars.c; both 0/NULL: rustc's layout) */
	uint8_t *relocated; /* per upvar, or NULL: 1 = read only by the first poll's prologue, which
	                       moves it into a local, so its bytes are needed in Unresumed only */
	uint8_t pack;       /* 1: layout_compute may also pack by the conflicts alone (relocate-upvars-pack) */
} Layout;
static inline int layout_conflict(const Layout *l, uint32_t a, uint32_t b);
/* 1: row r is a bitset (its own, CONFLICT_BITS, or its class's, CONFLICT_SHARED) */
static inline int conflict_row_is_bits(const ConflictRow *r)
{
	return r->cap >= CONFLICT_SHARED;
}
/* words bitset words shared by refs rows (their u.bits, cap CONFLICT_SHARED), zeroed;
 * from ar, or malloc (then freed by conflicts_free with the last of the refs rows) */
uint64_t *conflict_shared_new(Arena *ar, uint32_t words, uint32_t refs);
/* Rows of equal bitsets (a, b with the same members) made one class sharing one
 * bitset (from ar: NULL only for rows from malloc). The relation is the same. */
void conflicts_share(Arena *ar, ConflictRow *rows, uint32_t nsaved);
/* rows' classes into cls[0..nsaved): the rows sharing one bitset one class, every
 * other row its own; returns the number of classes */
uint32_t conflicts_classes(const ConflictRow *rows, uint32_t nsaved, uint32_t *cls);
/* an exact copy of rows (each row's kind kept, a class still one bitset) from ar */
ConflictRow *conflicts_dup(Arena *ar, const ConflictRow *rows, uint32_t nsaved);
/* a and b in conflict, both ways (rows from ar, or malloc when ar is NULL: free
 * them with conflicts_free) */
void layout_set_conflict(Arena *ar, Layout *l, uint32_t a, uint32_t b);
/* nsaved empty rows (ar, or calloc when NULL) */
ConflictRow *conflicts_new(Arena *ar, uint32_t nsaved);
/* b into row r of a relation over nsaved saved locals (one way) */
void conflict_add(Arena *ar, uint32_t nsaved, ConflictRow *r, uint32_t b);
/* the rows of a relation over nsaved locals as rows over nsaved_to >= nsaved
 * (the rest empty), from ar or malloc */
ConflictRow *conflicts_copy(Arena *ar, const ConflictRow *rows, uint32_t nsaved, uint32_t nsaved_to);
/* A dense relation's rows all as bitsets: when bitsets for every row would take at
 * most twice what the rows take now (lists and bitsets), the list rows become
 * bitsets, so that the walks over the relation take the 64 x 64 block paths
 * (conflicts_all_bits) instead of pair by pair. The members are the same. A sparse
 * relation (N awaits, a few conflicts each) and one of under 64 saved locals stay
 * as they are. */
void conflicts_densify(Arena *ar, ConflictRow *rows, uint32_t nsaved);
/* the rows of conflicts_new/conflicts_copy/layout_set_conflict with ar NULL */
void conflicts_free(ConflictRow *rows, uint32_t nsaved);
/* row r (a list) as a bitset over nsaved, the same members */
void conflict_row_bits(Arena *ar, uint32_t nsaved, ConflictRow *r);
/* a[r] bit c <-> a[c] bit r */
void bits_transpose64(uint64_t a[64]);
/* 1: every one of the nsaved (> 0) rows is a bitset (the block walks below need it) */
int conflicts_all_bits(const ConflictRow *rows, uint32_t nsaved);
/* 1 when the relation is symmetric: bitset rows by 64 x 64 blocks transposed,
 * O(nsaved^2 / 64) words, blocks zero on both sides skipped; with classes (shared
 * rows) class by class where that reads fewer words, and with list rows by
 * classes always (each row its own class: its members walked) */
int conflicts_symmetric(const ConflictRow *rows, uint32_t nsaved);
/* bitset rows of their own only: the relation ORed with its transpose, in place, O(nsaved^2 / 64) */
void conflicts_or_transpose(ConflictRow *rows, uint32_t nsaved);

typedef struct Coroutine {
	const char *name; /* `foo` or `foo::{async block#0}` */
	CoroKind kind;
	int line, col;    /* of `async` in the source; 0 if unknown */
	uint32_t nupvars;
	uint32_t capupvars; /* coro_add_upvar grows upvars by doubling (exact growth was N^2 arena bytes) */
	Upvar *upvars;
	TypeId output;    /* T of Future<Output = T> */
	const char *body; /* name of the pre-transform body Fn, or NULL */
	const char *resume; /* name of the resume Fn after the transform, or NULL */
	const char *drop;   /* name of the drop shim, or NULL */
	Layout *layout;   /* NULL before the transform */
	uint32_t replaced_by; /* NO_ID, or the coroutine whose future replaced this one (inline-single-await) */
	TypeId ty;        /* its own type (type_coro), interned by module_add_coro */
	/* NULL, or the names rustc's MIR printer gives the operands of this
	 * coroutine's aggregate: an async block's upvars_mentioned, zipped with
	 * the upvars (capture order), when they differ from the upvars' names
	 * (coro_aggregate_name) */
	const char **mentioned;
	uint32_t nmentioned;
} Coroutine;

/* ===================================================================== */
/* The opcode tables                                                       */
/* ===================================================================== */

/* Statements (rustc: StatementKind). X(kind, spelling) */
#define STMT_KINDS(X)                       \
	X(ST_ASSIGN, "=")                   \
	X(ST_STORAGE_LIVE, "StorageLive")   \
	X(ST_STORAGE_DEAD, "StorageDead")   \
	X(ST_SET_DISCR, "discriminant")     \
	X(ST_PLACE_MENTION, "PlaceMention") \
	X(ST_NOP, "nop")

/* Rvalues (rustc: Rvalue). X(kind, spelling) */
#define RVALUE_KINDS(X)                 \
	X(RV_USE, "use")                \
	X(RV_BINARY, "binary")          \
	X(RV_CHECKED, "checked")        /* rustc: BinaryOp(AddWithOverflow, ..) */ \
	X(RV_UNARY, "unary")            \
	X(RV_CAST, "cast")              /* `move _5 as u8 (IntToInt)` */           \
	X(RV_AGGREGATE, "aggregate")    \
	X(RV_DISCR, "discriminant")     /* `discriminant(_6)` */                    \
	X(RV_REF, "&")                  /* `&_3` */                                 \
	X(RV_REFMUT, "&mut")            /* `&mut _9` */

/* Binary operators. X(op, rustc name, checked name or NULL, is_comparison) */
#define BINOPS(X)                                           \
	X(BIN_ADD, "Add", "AddWithOverflow", 0)             \
	X(BIN_SUB, "Sub", "SubWithOverflow", 0)             \
	X(BIN_MUL, "Mul", "MulWithOverflow", 0)             \
	X(BIN_DIV, "Div", NULL, 0)                          \
	X(BIN_REM, "Rem", NULL, 0)                          \
	X(BIN_BITXOR, "BitXor", NULL, 0)                    \
	X(BIN_BITAND, "BitAnd", NULL, 0)                    \
	X(BIN_BITOR, "BitOr", NULL, 0)                      \
	X(BIN_SHL, "Shl", NULL, 0)                          \
	X(BIN_SHR, "Shr", NULL, 0)                          \
	X(BIN_EQ, "Eq", NULL, 1)                            \
	X(BIN_LT, "Lt", NULL, 1)                            \
	X(BIN_LE, "Le", NULL, 1)                            \
	X(BIN_NE, "Ne", NULL, 1)                            \
	X(BIN_GE, "Ge", NULL, 1)                            \
	X(BIN_GT, "Gt", NULL, 1)

#define UNOPS(X)            \
	X(UN_NOT, "Not")    \
	X(UN_NEG, "Neg")    \
	X(UN_PTR_METADATA, "PtrMetadata") /* slice40: a slice pointer's length, `PtrMetadata(copy _1)` */

/* RV_CAST's kind, in Stmt.op (slice40): X(kind, rustc's spelling) */
#define CAST_KINDS(X)                                               \
	X(CAST_INT_TO_INT, "IntToInt")                              \
	X(CAST_UNSIZE, "PointerCoercion(Unsize, Implicit)") /* `&[T; N]` to `&[T]` */

/* RV_REF's kind, in Stmt.op (slice40): a borrow, or rustc's `&raw const (fake) P` (RawPtrKind::
 * FakeForPtrMetadata: a `*const [T]` whose only use is PtrMetadata, for a slice's length behind a
 * place that is not a Copy reference local) */
enum { REF_PLAIN, REF_RAW_FAKE };

/* Aggregates (rustc: AggregateKind). X(kind, spelling) */
#define AGG_KINDS(X)                              \
	X(AGG_TUPLE, "tuple")     /* `()` or `(a, b)` */                \
	X(AGG_POLL_READY, "Ready")    /* `Poll::<T>::Ready(move _1)` */  \
	X(AGG_POLL_PENDING, "Pending") /* `Poll::<T>::Pending` */        \
	X(AGG_CORO, "coroutine")  /* `{async fn body of f()} { x: copy _1 }` */ \
	X(AGG_ADT, "adt")         /* a TY_ADT: struct/tuple fields, or (enum) a usize constant, the variant, then its fields */ \
	X(AGG_ARRAY, "array")     /* `[move _5, const 2_u32]`: x = the TY_ARRAY, one operand per element */ \
	X(AGG_REPEAT, "repeat")   /* `[const 0_u8; 4]` (rustc: Rvalue::Repeat): x = the TY_ARRAY, one operand */

/* Terminators (rustc: TerminatorKind). X(kind, spelling, can_unwind) */
#define TERM_KINDS(X)                                 \
	X(TK_GOTO, "goto", 0)                         \
	X(TK_SWITCH, "switchInt", 0)                  \
	X(TK_RETURN, "return", 0)                     \
	X(TK_CALL, "call", 1)                         \
	X(TK_YIELD, "yield", 0)                       \
	X(TK_DROP, "drop", 1)                         \
	X(TK_ASSERT, "assert", 1)                     \
	X(TK_UNREACHABLE, "unreachable", 0)           \
	X(TK_RESUME, "resume", 0)  /* UnwindResume */ \
	X(TK_COROUTINE_DROP, "coroutine_drop", 0)

/* What a call calls (rustc: the callee operand's FnDef). The type argument
 * of the trait-method callees is Term.x. X(kind, spelling) */
#define CALLEE_KINDS(X)                                                       \
	X(CALLEE_FN, "fn")                   /* a fn of the program or a builtin, by name */ \
	X(CALLEE_INTO_FUTURE, "into_future") /* `<T as IntoFuture>::into_future` */          \
	X(CALLEE_PIN_NEW, "new_unchecked")   /* `Pin::<&mut T>::new_unchecked` */            \
	X(CALLEE_GET_CONTEXT, "get_context") /* `std::future::get_context::<'_, '_>` */     \
	X(CALLEE_POLL, "poll")               /* `<T as Future>::poll` */                     \
	X(CALLEE_DROP_IN_PLACE, "drop_in_place") /* drop glue of T, used by shims */

/* Unwind actions (rustc: UnwindAction) */
#define UNWIND_KINDS(X)                                        \
	X(UW_CONTINUE, "unwind continue")                      \
	X(UW_UNREACHABLE, "unwind unreachable")                \
	X(UW_TERMINATE, "unwind terminate(cleanup)")           \
	X(UW_CLEANUP, "unwind")  /* `unwind: bbN` */

/* Assert messages (rustc: AssertKind). X(kind, message, number of operands) */
#define ASSERT_KINDS(X)                                                                    \
	X(AK_OVERFLOW, "attempt to compute `{} %s {}`, which would overflow", 2) /* op in Term.x */ \
	X(AK_OVERFLOW_NEG, "attempt to negate `{}`, which would overflow", 1)                  \
	X(AK_DIV_ZERO, "attempt to divide `{}` by zero", 1)                                    \
	X(AK_REM_ZERO, "attempt to calculate the remainder of `{}` with a divisor of zero", 1) \
	X(AK_DIV_OVERFLOW, "attempt to compute `{} / {}`, which would overflow", 2)            \
	X(AK_REM_OVERFLOW, "attempt to compute the remainder of `{} %% {}`, which would overflow", 2) \
	X(AK_SHL_OVERFLOW, "attempt to shift left by `{}`, which would overflow", 1)           \
	X(AK_SHR_OVERFLOW, "attempt to shift right by `{}`, which would overflow", 1)          \
	X(AK_RESUMED_AFTER_RETURN, "`async fn` resumed after completion", 0) /* async blocks too: */ \
	X(AK_RESUMED_AFTER_PANIC, "`async fn` resumed after panicking", 0) /* rustc names the desugaring */ \
	X(AK_BOUNDS_CHECK, "index out of bounds: the length is {} but the index is {}", 2) /* len, index */

#define X_ENUM2(k, s) k,
#define X_ENUM3(k, s, c) k,
#define X_ENUM4(k, s, c, d) k,
typedef enum { STMT_KINDS(X_ENUM2) NSTMTKINDS } StmtKind;
typedef enum { RVALUE_KINDS(X_ENUM2) NRVKINDS } RvKind;
typedef enum { BINOPS(X_ENUM4) NBINOPS } BinOp;
typedef enum { UNOPS(X_ENUM2) NUNOPS } UnOp;
typedef enum { CAST_KINDS(X_ENUM2) NCASTKINDS } CastKind;
typedef enum { AGG_KINDS(X_ENUM2) NAGGKINDS } AggKind;
typedef enum { TERM_KINDS(X_ENUM3) NTERMKINDS } TermKind;
typedef enum { CALLEE_KINDS(X_ENUM2) NCALLEEKINDS } CalleeKind;
typedef enum { UNWIND_KINDS(X_ENUM2) NUNWINDKINDS } UnwindKind;
typedef enum { ASSERT_KINDS(X_ENUM3) NASSERTKINDS } AssertKind;

/* Parallel tables, indexed by the enums above (defined in ir.c). */
extern const char *const stmt_name[NSTMTKINDS];
extern const char *const binop_name[NBINOPS];
extern const char *const binop_checked_name[NBINOPS];
extern const uint8_t binop_is_cmp[NBINOPS];
extern const char *const unop_name[NUNOPS];
extern const char *const cast_name[NCASTKINDS];
extern const char *const term_name[NTERMKINDS];
extern const uint8_t term_can_unwind[NTERMKINDS];
extern const char *const unwind_name[NUNWINDKINDS];
extern const char *const assert_fmt[NASSERTKINDS];
extern const uint8_t assert_nargs[NASSERTKINDS];
extern const char *const binop_symbol[NBINOPS]; /* "+", "-", ... for messages */

/* ===================================================================== */
/* Places, operands, statements, terminators                               */
/* ===================================================================== */

/* PROJ_INDEX (issue 22 item 4): `_5[_7]`, index = the index local, ty = the element type */
typedef enum { PROJ_DEREF, PROJ_FIELD, PROJ_DOWNCAST, PROJ_INDEX } ProjKind;

/* rustc: ProjectionElem. Field carries its type as rustc prints it. */
typedef struct Proj {
	uint8_t kind;   /* ProjKind */
	uint32_t index; /* field number, or variant index for downcasts */
	TypeId ty;      /* PROJ_FIELD: the field's type */
} Proj;

/* rustc: Place { local, projection }. */
typedef struct Place {
	LocalId local;
	uint32_t proj;  /* first element in Fn.projs */
	uint32_t nproj;
} Place;

typedef enum { OP_COPY, OP_MOVE, OP_CONST } OpKind;

/* Operand is 5 bytes, not 8 (its 3 bytes of padding were a ninth of every
 * statement): a Stmt is 24 bytes, not 28, and an operand list 5 per operand.
 * gcc and clang (the compilers the Makefile uses); v is read unaligned, which
 * x86-64 and AArch64 do at no cost. Never take &op.v: write a copy back. */
#if defined(__GNUC__)
#define COROSLIM_PACKED __attribute__((packed))
#else
#define COROSLIM_PACKED
#endif

/* rustc: Operand. v is a PlaceId, or for constants an index into Fn.consts. */
typedef struct COROSLIM_PACKED Operand {
	uint8_t kind; /* OpKind */
	uint32_t v;
} Operand;

/* rustc: ConstOperand of a scalar: `const 5_u32`, `const true`, `const ()`.
 * Imported code also has constants of other types (`const "abc"`, `const
 * {alloc3: &T}`, a named const, a promoted, a fn item): known by their spelling
 * only (the whole of it as rustc prints it: `const "abc"`, or a bare path),
 * bits is then const_text_id (one id per spelling in the module). */
typedef struct Const {
	TypeId ty;
	uint32_t named; /* const33: 0, or 1 + the index in Module.named of the const item it reads (`const N`) */
	uint64_t bits; /* two's complement, truncated to the type's width */
} Const;
_Static_assert(sizeof(Const) == 16, "Const is 16 bytes (named sits in the padding)");
/* const33: a `const NAME: T = V;` item (rustc's path: `N`, `f::K`, `foo::{closure#0}::K`) of a
 * scalar type; an operand reading it is a Const with named set, printed `const NAME` (rustc's
 * MIR keeps the use unevaluated), whose bits are the item's value (the interpreter reads those) */
/* consts35: a `static NAME: T = V;` item is one too (is_static): an operand reading it is a Const of
 * type `&T` with named set and bits 0, printed `const {allocN: &T}` (N: 1 + its index among the
 * module's statics, module_static_alloc); the interpreter gives it an address holding bits */
typedef struct NamedConst {
	const char *name;
	TypeId ty;
	uint64_t bits;
	int line; /* a .mir file's: the item's line (0: none) */
	uint8_t is_static;
	uint32_t promoted; /* promo36: 0, or how many `&` a promoted constant's body takes of bits (below) */
	uint32_t of_named; /* promo36: a promoted `&K`: 1 + the const item's index in Module.named; else 0 */
	Fn *body; /* promo38: a promoted of several statements (promoted 1); const39: an aggregate const
	             item's body (promoted 0, below); else NULL */
} NamedConst;
/* const39: a const item of struct, enum or array type (`const P: Pt = Pt { x: 1, y: 2 };`) is a
 * NamedConst with a body, rustc's MIR of the item: `_0 = Pt { x: const 1_u32, y: const 2_u32 };
 * return;` (one block: assignments, then return; verify.c check_const_item_body), bits 0. An operand
 * reading it is a Const of its type with named set and bits 0, printed `const P`; the interpreter
 * runs the body once per run and copies _0's bytes into each read's destination. */
static inline int named_is_aggregate(const NamedConst *c) { return c->body && !c->promoted; }
uint32_t module_add_const_body(Module *m, Fn *body); /* body->name the item's path, _0 its type; its index */
/* promo36: rustc's promoted constant (`&5u32`, `&K`, `&&7u32` in a fn: promote_consts.rs), a body
 * of its own, `const f::promoted[0]: &u32 = { _1 = const 5_u32; _0 = &_1; }`, named by its owner's
 * path: a NamedConst whose promoted is the number of borrows (ty is `&T`, `&&T`, ..; bits the value of
 * the innermost scalar T, of_named the const item it reads, if any). An operand reading it is a Const
 * of type ty with named set and bits 0, printed `const f::promoted[0]`; the interpreter gives it an
 * address (a chain of cells) as a static's. Added while bodies are built on several threads (under
 * m->lock): its index in named depends on the interleaving until module_sort_promoted. */
uint32_t module_add_promoted(Module *m, const char *owner, uint32_t k, TypeId ty, uint64_t bits, uint32_t depth,
                             uint32_t of_named); /* its index */
/* promo38: a promoted rustc builds of several statements (`&(1 + 2)`, `&[1, 2]`, `&P { a: 1 }`,
 * `&Some(3)`, `&&[1, 2]`): its body is a Fn of no arguments named `owner::promoted[K]`, outside
 * m->fns (the NamedConst owns it), locals `_0: &T` and the promoted temporaries, one block bb0 of
 * assignments ending in `return` (promote_consts.rs: no asserts, no calls); ty is its _0's type,
 * promoted 1, bits 0. Printed and read as rustc's dump; the interpreter runs bb0 at its first read. */
uint32_t module_add_promoted_body(Module *m, Fn *body); /* body->name is `owner::promoted[K]`; its index */
Fn *promoted_body_new(Module *m, const char *owner, uint32_t k, TypeId ty); /* detached, with _0: ty */
int module_named_is_const_item(const Module *m, uint32_t named); /* not a static nor a promoted (locked) */
TypeId named_promoted_scalar(const Module *m, const NamedConst *c); /* the innermost T of a promoted */
int named_promoted_cmp(const void *a, const void *b); /* qsort of NamedConst pointers: by owner, then K */
void module_sort_promoted(Module *m); /* the promoteds of named in that order, Const.named renumbered */
uint32_t module_add_named(Module *m, const char *name, TypeId ty, uint64_t bits); /* its index */
int module_find_named(const Module *m, const char *name); /* -1 if absent */
uint32_t module_static_alloc(const Module *m, uint32_t named); /* consts35: a static's N of `allocN` */
int module_find_static_alloc(const Module *m, uint32_t alloc); /* its index in named, -1 if absent */
/* mac40: the type of panic!("msg")'s `Arguments::<'_>::from_str(const "msg")`, a TY_OPAQUE of this
 * spelling (8 bytes in the interpreter: the message's const_text_id) */
#define PANIC_ARGUMENTS_TYPE "std::fmt::Arguments<'_>"
uint64_t const_text_id(Module *m, const char *text); /* a TY_OPAQUE type interned with the spelling */
const char *const_text(const Module *m, const Const *c); /* NULL for a scalar constant */

/* One statement, 24 bytes (Operand is packed). Field use by kind:
 *   ST_ASSIGN        place = destination; rv = RvKind;
 *                    RV_USE, RV_CAST, RV_UNARY: a (op = UnOp); RV_CAST: x = target type, op = CastKind
 *                    RV_BINARY, RV_CHECKED: a, b, op = BinOp
 *                    RV_DISCR, RV_REF, RV_REFMUT: a.v = the source PlaceId; RV_REF: op = REF_*
 *                    RV_AGGREGATE: op = AggKind, x = aggregate type (Poll<T>, the tuple,
 *                                  or the coroutine), a.v = first of b.v operands in Fn.args
 *   ST_STORAGE_LIVE/DEAD  x = local
 *   ST_SET_DISCR     place; x = variant index
 *   ST_PLACE_MENTION place
 *   ST_NOP           —                                                       */
typedef struct Stmt {
	uint8_t kind, rv, op;
	PlaceId place;
	Operand a, b;
	uint32_t x;
} Stmt;

/* A `switchInt` arm. */
typedef struct SwitchArm {
	uint64_t value;
	BlockId target;
} SwitchArm;

/* One terminator. Field use by kind:
 *   TK_GOTO          target; op = GOTO_* (below); a FalseEdge's imaginary target in drop
 *                    (NO_BLOCK: none), an edge only SimplifyCfg-initial sees (ir/cfg.c)
 *   TK_SWITCH        a = discriminant operand; arms[args .. args+nargs); target = otherwise
 *   TK_CALL          place = destination; op = CalleeKind; x = callee: CALLEE_FN: name
 *                    in Fn.names, else the type argument T; args/nargs in Fn.args;
 *                    target = return block (NO_BLOCK when the call diverges); unwind
 *   TK_YIELD         a = yielded value; place = resume argument; target = resume; drop
 *   TK_DROP          place; target; unwind
 *   TK_ASSERT        a = condition; op = expected value (0: `!move _c`); msg = AssertKind;
 *                    x = BinOp for AK_OVERFLOW or CoroKind for the resumed-after asserts;
 *                    args/nargs = message operands in Fn.args; target; unwind
 *   TK_RETURN, TK_UNREACHABLE, TK_RESUME, TK_COROUTINE_DROP: nothing
 * unwind = UnwindKind; with UW_CLEANUP, unwind_bb is the cleanup block. */
typedef struct Term {
	uint8_t kind, op, msg, unwind;
	PlaceId place;
	Operand a;
	uint32_t x;
	uint32_t args, nargs;
	BlockId target, drop, unwind_bb;
} Term;

typedef struct Block {
	Stmt *stmts;
	uint32_t nstmts, capstmts;
	Term term;
	uint8_t cleanup;  /* `bbN (cleanup): {` */
	uint8_t has_term; /* set once the terminator is written */
	int line;         /* source line of `bbN: {` when parsed, else 0 (for diagnostics) */
} Block;

typedef struct Local {
	const char *name; /* debug name (`debug x => _3;`) or NULL */
	TypeId ty;
	uint8_t mutbl;    /* `let mut` */
} Local;

/* ===================================================================== */
/* Functions and modules (ir.c)                                            */
/* ===================================================================== */

/* The four kinds of MIR body coroslim handles. */
typedef enum {
	FN_SYNC,      /* a plain fn, and the constructor of an async fn's future */
	FN_CORO_BODY, /* a coroutine body before the state transform: has Yield */
	FN_RESUME,    /* the resume function after it: `(_1: Pin<&mut C>, _2: &mut Context<'_>) -> Poll<T>` */
	FN_DROP_SHIM, /* the coroutine's drop glue: `(_1: *mut C) -> ()` */
} FnKind;

struct Fn {
	Arena *arena;
	Module *mod;
	const char *name;
	FnKind kind;
	uint32_t coro;  /* FN_CORO_BODY/RESUME/DROP_SHIM: index in Module.coros; else NO_ID */
	uint32_t nargs; /* locals _1.._nargs are the arguments */
	Local *locals;  uint32_t nlocals, caplocals; /* _0 is the return place */
	Block *blocks;  uint32_t nblocks, capblocks;
	Place *places;  uint32_t nplaces, capplaces;
	Proj *projs;    uint32_t nprojs, capprojs;
	Const *consts;  uint32_t nconsts, capconsts;
	Operand *args;  uint32_t nargsv, capargsv;   /* operand lists of calls, asserts, aggregates */
	SwitchArm *arms; uint32_t narms, caparms;
	const char **names; uint32_t nnames, capnames; /* callee names */
	int line;       /* where the fn starts in its source (parser), 0 otherwise */
	uint32_t slot;    /* its index in m->fns (kept by module_add_fn and friends) */
	uint8_t detached; /* module_detach_fn: still in m->fns until module_sweep */
	uint8_t external; /* the importer's callee stub: a fn of another crate, std or a trait (no body) */
	uint8_t derived;  /* derive38: a derive's fn (frontend/build_derive.c), of core's trait: no impl of the
	                     crate's own in `emit` (not in the textual IR: a parsed module's are told by name) */
};

/* A string-keyed open-addressing hash table: the name indexes of a Module
 * (and of the frontend's fn table). Keys are borrowed, not copied. */
typedef struct NameSlot {
	const char *key; /* NULL: empty; namemap_tomb: deleted */
	uintptr_t val;
	uint32_t hash;   /* name_hash(key) */
} NameSlot;
typedef struct NameMap {
	NameSlot *slots; /* one probe reads key, hash and value from one line */
	uint32_t cap, live, tombs;
} NameMap;
extern const char namemap_tomb[];
uint32_t name_hash(const char *s);
uintptr_t *namemap_find(const NameMap *nm, const char *key); /* NULL if absent */
void namemap_put(NameMap *nm, const char *key, uintptr_t val); /* insert or overwrite */
/* insert unless present: NULL when inserted, else the value already there (unchanged) */
uintptr_t *namemap_add(NameMap *nm, const char *key, uintptr_t val);
void namemap_reserve(NameMap *nm, uint32_t more); /* room for `more` inserts without growing */
void namemap_del(NameMap *nm, const char *key);
void namemap_free(NameMap *nm);

typedef struct TypeSlot {
	TypeId id;
	uint32_t hash;
} TypeSlot;

struct Module {
	Arena *arena;
	const char *file;
	/* atomic: while fn bodies are built on several threads (frontend/build_body.c),
	 * they read them (adt_of's bound check reads ntypes) as one of them interns, under lock */
	Type *_Atomic types; _Atomic uint32_t ntypes; uint32_t captypes;
	Coroutine *coros; uint32_t ncoros, capcoros;
	Fn **fns;         uint32_t nfns, capfns;
	/* indexes, kept by the functions below (never write fns/coros names directly):
	 * fn name -> first Fn of that name; coroutine name -> index; interned types */
	NameMap fn_index, coro_index;
	uint32_t ndupfns;     /* fns whose name an earlier fn already has (the verifier rejects) */
	TypeSlot *type_slots; uint32_t ntype_slots; /* open addressing over TypeIds (id NO_ID: empty) */
	uint8_t release;      /* built with --release/-O (no overflow checks) */
	uint8_t panic_abort;  /* built with --panic=abort */
	uint8_t transformed;  /* the state transform has run */
	void *lock;           /* a Mutex (thread.h) while several threads build fn bodies: type_intern takes it */
	uint64_t serial;      /* unique in the process: keys type_intern's per-thread cache */
	int jobs;             /* BuildOptions.jobs it was loaded with: the loops over its fns use it */
	uint8_t ptr_bytes;    /* 0: x86_64's 8; 4 for a 32-bit target (module_set_ptr_bytes) */
	Adt *adts; uint32_t nadts, capadts; /* TY_ADT (imported code), in the arena */
	/* imported code under check (issue 24 item 3): calls of fns the module does
	 * not have, polls and drops of futures and types it cannot see into are
	 * uninterpreted external events (interp_extern.c); opaque types are 8-byte
	 * values, ADTs have model layouts (frontend/import_model.c) */
	uint8_t extern_events;
	/* rustc's own sizes for imported code (issue 24 item 1; measure/import_bytes.c): when
	 * set, type_size and type_align ask it first; it returns 1 and fills size and align
	 * for a type it answers for (0: the usual rules, e.g. a coroutine with a body here) */
	int (*size_hook)(const Module *m, TypeId t, uint32_t *size, uint32_t *align);
	void *size_ctx;
	/* futures imported code awaits without their poll (issue 24 items 4-5; frontend/
	 * import_future.c, ir/future_extern.c): a hand-written `impl Future`, a trait object,
	 * a type parameter. A CALLEE_POLL of one is an await whose poll is an external event
	 * (interp_extern.c); its Output is the one its polls' destinations agree on */
	struct ExtFuture { TypeId fut, out; int ambiguous; } *ext_futures;
	uint32_t next_futures, capext_futures;
	/* the coroutines the last pass_run changed (passes/pipeline.c): 0 = the module is
	 * as it was before it (a run that returns 0 leaves its body unchanged), so what
	 * was measured of it still holds (measure/stats.c skips its walks) */
	uint32_t pass_changed;
	NamedConst *named; uint32_t nnamed, capnamed; /* const33: const items, in the arena */
};
/* The Output of an external future (Module.ext_futures), NO_ID if fut is not one. */
TypeId module_future_output(const Module *m, TypeId fut);
/* fut is an external future with that Output: 1, or 0 when it is already one with another. */
int module_add_future(Module *m, TypeId fut, TypeId out);
/* fut's polls disagree on its Output somewhere in the module (a type parameter's name in
 * two generic fns): none of its polls is an await */
int module_future_ambiguous(const Module *m, TypeId fut);

Module *module_new(const char *file);
void module_free(Module *m);
/* a deep copy (module_copy.c): the same module, its own arrays; the strings are
 * src's, so src must outlive it */
Module *module_copy(const Module *src);
/* what the arenas of m and its fns hold (module_copy.c) */
size_t module_bytes(const Module *m);
Fn *module_find_fn(const Module *m, const char *name);
int module_find_coro(const Module *m, const char *name); /* -1 if absent */
uint32_t module_add_coro(Module *m, const char *name, CoroKind kind);
void coro_add_upvar(Module *m, uint32_t coro, const char *name, TypeId ty);
/* The name of operand i of c's aggregate as rustc's MIR printer spells it:
 * c->mentioned[i] when set, else upvar i's ("?" past both). */
const char *coro_aggregate_name(const Coroutine *c, uint32_t i);
/* Sets c's mentioned names (copied; at most one per upvar, the printer zips them
 * with the operands); names equal to the upvars' leave it NULL. */
void coro_set_mentioned(Module *m, uint32_t coro, const char *const *names, uint32_t n);
/* Upvar u's name in rustc's layout (-Zprint-type-sizes): `_ref__x` for a
 * by-reference capture, else `x`; written into buf of size n. */
const char *upvar_layout_name(const Upvar *u, char *buf, size_t n);
void module_remove_fn(Module *m, Fn *f); /* frees it */
void module_add_fn(Module *m, Fn *f);    /* appends a detached Fn (fn_create, fn_copy) */
void module_reserve_fns(Module *m, uint32_t more); /* room for `more` module_add_fn without growing */
/* g (detached) takes f's place in m->fns; f leaves the module, the caller frees it */
void module_replace_fn(Module *m, Fn *f, Fn *g);
/* Removal in bulk: module_detach_fn takes f out of the name index at once and
 * marks it; module_sweep frees the marked fns and closes the gaps, in one
 * pass over m->fns (a pass that removes many fns calls it once, at its end). */
void module_detach_fn(Module *m, Fn *f);
void module_sweep(Module *m);

/* Building a Fn (every pass and the frontend use these). */
Fn *fn_new(Module *m, const char *name, FnKind kind);  /* appended to m->fns */
Fn *fn_create(Module *m, const char *name, FnKind kind); /* not in m->fns: module_add_fn, or fn_free */
void fn_free(Fn *f);
LocalId fn_add_local(Fn *f, TypeId ty, const char *name, int mutbl);
BlockId fn_add_block(Fn *f, int cleanup);
Stmt *fn_push_stmt(Fn *f, BlockId b, Stmt s);
Stmt *fn_insert_stmt(Fn *f, BlockId b, uint32_t at, Stmt s);
/* Statements to insert into one block, each before a statement of the block as it
 * stands (at: its index; nstmts: after the last), collected first and inserted by
 * fn_insert_stmts in one pass: fn_insert_stmt per statement shifted the rest of the
 * block each time (quad40: N promoted `&I` in one block, and the derefer's copies,
 * were N^2 statement moves). Arrays from malloc. */
typedef struct StmtInserts {
	uint32_t *at;
	Stmt *s;
	uint32_t n, cap;
} StmtInserts;
void stmt_inserts_push(StmtInserts *v, uint32_t at, Stmt s);
void stmt_inserts_free(StmtInserts *v);
/* v's statements into block b, v->s[i] before the statement v->at[i] (at ascending;
 * equal ones keep v's order); empties v */
void fn_insert_stmts(Fn *f, BlockId b, StmtInserts *v);
void fn_set_term(Fn *f, BlockId b, Term t);
PlaceId place_local(Fn *f, LocalId l);
/* base with one more projection element appended */
PlaceId place_project(Fn *f, PlaceId base, ProjKind k, uint32_t index, TypeId ty);
/* Copy of place p of Fn src into Fn dst (ids are per Fn). */
PlaceId place_copy(Fn *dst, const Fn *src, PlaceId p);
uint32_t fn_add_const(Fn *f, TypeId ty, uint64_t bits);
uint32_t fn_add_args(Fn *f, const Operand *ops, uint32_t n); /* returns first index */
uint32_t fn_add_arms(Fn *f, const SwitchArm *arms, uint32_t n);
uint32_t fn_add_name(Fn *f, const char *name);
uint32_t fn_push_name(Fn *f, const char *name); /* appended without a look for it (the caller knows it is new) */
Operand op_copy(PlaceId p);
Operand op_move(PlaceId p);
Operand op_const(Fn *f, TypeId ty, uint64_t bits);
Operand op_const_named(Fn *f, TypeId ty, uint64_t bits, uint32_t named); /* named: Const.named */
/* Statement and terminator constructors. */
Stmt stmt_assign_use(PlaceId dst, Operand a);
Stmt stmt_assign_binary(PlaceId dst, RvKind rv, BinOp op, Operand a, Operand b);
Stmt stmt_storage(StmtKind k, LocalId l);
Stmt stmt_nop(void);
Term term_goto(BlockId target);
Term term_simple(TermKind k); /* return, unreachable, resume, coroutine_drop */
/* Type of a place, following projections (internal error on a bad one). */
TypeId place_type(const Fn *f, PlaceId p);
static inline const Place *place_get(const Fn *f, PlaceId p) { return &f->places[p]; }
static inline const Proj *place_proj(const Fn *f, const Place *p, uint32_t i) { return &f->projs[p->proj + i]; }
int place_is_local(const Fn *f, PlaceId p); /* no projections */
/* Successor blocks of a terminator (at most 2 + narms); returns the count. */
uint32_t term_successors(const Fn *f, const Term *t, BlockId *out, uint32_t max);
uint32_t term_nsuccessors(const Fn *f, const Term *t);
/* Every PlaceId a statement or terminator names: cb gets the block and the
 * slot that holds it (with with_args, the operand lists in Fn.args too). */
typedef void (*PlaceSlotFn)(void *ctx, BlockId b, PlaceId *slot);
void stmt_places(Fn *f, BlockId b, Stmt *s, int with_args, PlaceSlotFn cb, void *ctx);
void term_places(Fn *f, BlockId b, Term *t, int with_args, PlaceSlotFn cb, void *ctx);
void fn_places(Fn *f, int with_args, PlaceSlotFn cb, void *ctx);
/* Drops the places (and their projections) nothing names, renumbering the
 * rest in order: the ids are not printed. The projections left are those of
 * the places, in place order (also when every place is named but some
 * projections are not, or not in that order: a rewritten place's). */
void fn_gc_places(Fn *f);
/* Deep copy of a Fn under a new name (its own arena). */
Fn *fn_clone(Module *m, const Fn *f, const char *name); /* appended to m->fns */
Fn *fn_copy(Module *m, const Fn *f, const char *name);  /* detached, like fn_create; exact-size arena */
/* fn_copy of the blocks with keep[b] only (f->nblocks flags, closed under
 * term_successors), renumbered in order; every other array whole, in one
 * exact-size arena (the drop shim: a few blocks of a large resume fn). */
Fn *fn_copy_blocks(Module *m, const Fn *f, const char *name, const uint8_t *keep);
void fn_compact(Fn *f); /* f's arrays copied into an exact-size arena: no slack, no grown-out copies */
/* fn_compact when f's arena holds more than a quarter more than f needs (a
 * pass grew exact arrays: each doubled, the old copy left in the arena);
 * 1 when it did. So a fn stays within 1.25x of its size, and the copy costs at
 * most four times what the growth allocated. Any thread: it touches f alone. */
int fn_compact_grown(Fn *f);
/* fn_compact with room for 1/16 more locals, blocks, places and projections
 * (the state transform's resume fn: the passes after it add a few, and an
 * exact array they add one to is copied whole, its old copy kept in the arena). */
void fn_compact_room(Fn *f);

/* Counting as rustc's MIR would be counted: statements include the terminator. */
typedef struct FnStats {
	uint32_t blocks, stmts;
} FnStats;
FnStats fn_stats(const Fn *f, int skip_storage_and_nops);

/* ===================================================================== */
/* cfg.c — control-flow utilities for passes                               */
/* ===================================================================== */

/* Every edge to `from` goes to `to` instead. */
void fn_redirect(Fn *f, BlockId from, BlockId to);
/* Blocks reachable from bb0 (malloc'd array of nblocks flags; caller frees). */
uint8_t *fn_reachable(const Fn *f);
/* Sets seen[b] for every block reachable from roots, not entering a block
 * already seen (a caller pre-marks blocks the walk must stop at). */
void fn_mark_reachable(const Fn *f, uint8_t *seen, const BlockId *roots, uint32_t nroots);
/* Drops blocks unreachable from bb0 and renumbers the rest in order
 * (rustc: simplify::remove_dead_blocks). Returns how many were removed. */
uint32_t fn_remove_unreachable(Fn *f);
/* The block of a resume fn or drop shim that switches on the coroutine's state:
 * a switchInt on a local assigned `discriminant(P)` in that block, P of type
 * coro_ty (bb0 after the transform). *self (may be NULL) gets P's local.
 * NO_BLOCK when there is none. */
BlockId fn_state_switch(const Fn *f, TypeId coro_ty, LocalId *self);
/* The target of switch sw's arm for value v, or NO_BLOCK when it has no such arm. */
BlockId switch_arm_target(const Fn *f, BlockId sw, uint64_t v);

/* ---- cfg.c: the CFG before StateTransform (rustc's pre-transform passes) ---- */

/* Before CleanupPostBorrowck, a Goto's op says which of rustc's gotos it is:
 * FalseEdge and FalseUnwind are gotos that the first SimplifyCfg cannot
 * merge or collapse through (frontend/build_*.c makes them, passes/
 * cleanup_post_borrowck.c turns them into plain gotos). A FakeRead is an
 * ST_NOP with x = 1 until then. */
enum { GOTO_PLAIN, GOTO_FALSE_EDGE, GOTO_FALSE_UNWIND };
/* Successors as rustc's MIR has them at that stage: with a Drop's `drop:`
 * edge, a FalseUnwind's unwind edge and a FalseEdge's imaginary target
 * (term_successors has none of them). */
uint32_t cfg_succ_room(const Fn *f); /* the most successors a terminator of f has */
uint32_t cfg_succs(const Fn *f, const Term *t, BlockId *out);
uint32_t cfg_succ_slots(Fn *f, Term *t, BlockId **out); /* the fields, to rewrite them */
/* Predecessor counts over the blocks reachable from bb0 (bb0 one more). */
void cfg_preds_count(Fn *f, uint32_t *cnt);
/* The same, calling visit(f, b) on each reachable block b once, while the walk
 * has it in the cache (before its successors are read: visit may rewrite its
 * statements, not its terminator). */
void cfg_preds_count_visit(Fn *f, uint32_t *cnt, void (*visit)(Fn *f, BlockId b));

/* ===================================================================== */
/* print.c / parse.c — the textual form (grammar in DESIGN.md)             */
/* ===================================================================== */

void print_module(const Module *m, FILE *out);
void print_fn(const Fn *f, FILE *out);
void print_coroutine(const Module *m, uint32_t coro, FILE *out);
void print_place(const Fn *f, PlaceId p, FILE *out);
void print_operand(const Fn *f, Operand o, FILE *out);
/* NULL on error, with d filled (file:line:col of the offending token). */
Module *parse_module(const char *file, const char *src, size_t len, Diag *d);

/* ===================================================================== */
/* diag.c — whole files                                                    */
/* ===================================================================== */

/* The whole file, NUL-terminated (malloc'd); NULL with d set. A file of more
 * than FILE_SIZE_MAX bytes is an error ("file too large"), not an
 * out-of-memory abort on an unbounded input such as /dev/zero (DESIGN.md,
 * Limits: the frontend's tokens and syntax take several times the source). */
#define FILE_SIZE_MAX (256u << 20)
char *file_read(const char *path, size_t *len, Diag *d);
int has_suffix(const char *s, const char *suffix);
/* ===================================================================== */
/* verify.c                                                                */
/* ===================================================================== */

/* 0 if f is well formed; else fills d with `fn NAME: bbN: what is wrong` and
 * returns -1. `pass` names the stage that produced the IR, for the message. */
int verify_fn(const Fn *f, const char *pass, Diag *d);
int verify_module(const Module *m, const char *pass, Diag *d);
/* every `return` of every fn reached with `_0` written on each path to it (of a
 * zero-sized type: not needed): 0, or -1 with d set at the return's block (.mir input) */
int verify_return_written(const Module *m, const char *pass, Diag *d);

/* ir/layout.c: rustc_abi's coroutine layout. Given l->saved[].ty, the variant
 * field lists and the conflicts, decide promotion and fill every offset, the
 * tag, size and align. Used by the transform and again by every pass that
 * changes a layout, so sizes after a pass come from the same code. */
void layout_compute(const Module *m, const Coroutine *c, Layout *l);
/* layout_compute's parts, for merge-states' incremental size check (ir/layout.c) */
void layout_prefix_size(const Module *m, const Coroutine *c, const Layout *l, const uint32_t *promoted,
			uint32_t npromoted, uint32_t nvariants, uint64_t *size, uint64_t *align);
void layout_variant_size(const Module *m, const Layout *l, uint32_t v, uint64_t psize, uint64_t palign,
			 uint64_t *size, uint64_t *align);
/* rustc's layout_of_enum (no uninhabited variant): one variant laid out as a struct
 * (layout_of_struct); else the tagged layout and, unless tagged_only or a->discrs is
 * set (explicit discriminants), the niche-filling one, the smaller chosen (then the
 * larger niche, then tagged). Fills a's variant_offsets (allocated by the caller),
 * size, align, tag fields and niche. */
void layout_enum(const Module *m, Adt *a, const uint32_t *nfields, const TypeId *const *fields, int tagged_only);
/* rustc's univariant for a struct of n fields: each field's offset, the size, alignment and
 * largest niche (subset structs, type_struct_define); repr_c (clone39): `#[repr(C)]`, the fields
 * in declaration order, each at its alignment, the size rounded up to the largest. */
void layout_struct(const Module *m, const TypeId *fields, uint32_t n, int repr_c, uint32_t *offsets, uint32_t *size,
		   uint32_t *align, Niche *niche);
/* After a pass changed the coroutines marked in dirty[ncoros] (the types they
 * hold, or their size): recompute, callees first, their layouts and those of
 * every coroutine holding one (directly or not); dirty[] ends up marking them all. */
void layout_recompute_holders(Module *m, uint8_t *dirty);
/* relocate-upvars (layout.c): the layout of a coroutine whose l->relocated
 * upvars live in Unresumed only, or whose l->pack is set: the smallest of
 * rustc's layout (upvars in the prefix), the same algorithm with the relocated
 * upvars as saved locals of Unresumed (rust-lang/rust#135527's captures-only
 * scheme) and, with pack, a first-fit packing by the conflicts alone. Never
 * larger than rustc's. layout_compute calls it for such a layout. */
void layout_compute_relocated(const Module *m, const Coroutine *c, Layout *l);
/* used[i] = 1 for every upvar that f (a resume fn or drop shim of the
 * coroutine of type coro_ty) names in code the first poll's entry does not
 * reach alone: bb0's state switch, any block reachable from another state's
 * arm, or a borrow anywhere; all of them when f has no state switch or names
 * the future as a whole (but for its discriminant). */
void layout_upvars_used_after_start(const Fn *f, TypeId coro_ty, uint32_t nupvars, uint8_t *used);
/* relocate-upvars of upvars named after the start (issue 26 item 1):
 * pinned[i] = 1 for every upvar f borrows anywhere (a reference could outlive
 * any move of it), all of them when f names the future whole after the start
 * or has no state switch. */
void layout_upvars_pinned(const Fn *f, TypeId coro_ty, uint32_t nupvars, uint8_t *pinned);
/* The upvar i a place of f names, (*self).i..., or NO_ID. */
uint32_t layout_place_upvar(const Fn *f, PlaceId p, LocalId self);
/* The saved local a place of f names, ((*self) as variant#V).F..., by l's
 * variant fields, or NO_ID. */
uint32_t layout_place_saved(const Fn *f, PlaceId p, LocalId self, const Layout *l);
/* The module as laid out for a target with `bytes`-byte pointers (4: thumbv6m/v7em):
 * sets ptr_bytes and recomputes every layout, callees first. */
void module_set_ptr_bytes(Module *m, uint8_t bytes);
/* Which coroutines' futures each coroutine holds (upvars, saved locals): the
 * others, once each, ascending; edges[start[i]..start[i+1]) for coroutine i. */
typedef struct CoroGraph {
	Arena *arena;
	uint32_t n;
	uint32_t *start;
	uint32_t *edges; uint32_t nedges, capedges;
	uint32_t cur, *mark; /* while building */
} CoroGraph;
void coro_graph_build(const Module *m, CoroGraph *g); /* from upvars and saved locals */
/* Any other relation: coro_graph_node(g, i) for i = 0, 1, ... in order, then
 * coro_graph_hold for each type coroutine i holds (through references too, or
 * only by value: Poll and tuples), then coro_graph_end. */
void coro_graph_begin(CoroGraph *g, uint32_t n);
void coro_graph_node(CoroGraph *g, uint32_t i);
void coro_graph_hold(CoroGraph *g, const Module *m, TypeId t, int through_refs);
void coro_graph_end(CoroGraph *g);
void coro_graph_free(CoroGraph *g);
/* callees first; malloc'd, n entries. back (or NULL): the first edge closing a cycle, or NO_ID, NO_ID */
uint32_t *coro_graph_postorder(const CoroGraph *g, uint32_t back[2]);

/* ===================================================================== */
/* ir/interp.c — the reference interpreter and its trace                   */
/* ===================================================================== */

/* Memory is byte addressed: every local of every frame is its own allocation
 * of type_size bytes and references hold addresses (allocation id << 32 |
 * offset), so a transformed future is a byte buffer of its Layout's size and
 * a wrong offset or overlap shows up as a wrong value. A coroutine type
 * without a Layout (before the transform) is an 8-byte handle to a heap
 * object that holds its upvars and the suspended frame of its body.
 *
 * Trace lines (trace_print), one per event:
 *   poll N -> Pending | poll N -> Ready(v) | poll N -> panicked
 *   repoll -> Pending | Ready(v) | panicked     (the extra poll after completion)
 *   observe x            observe(x), also printed by a Guard's drop
 *   panic "msg"          a panic starts (then unwinding runs cleanup blocks)
 *   drop                 the executor drops the future
 *   return v             a sync entry fn returned
 *   result Ready(v) | result panicked | result cancelled
 *   step limit | call depth limit | abort "why" | error "why"   the run stopped there
 * The two limits are the interpreter's, not the program's (INTERP_STEP_LIMIT,
 * INTERP_DEPTH_LIMIT): a run that reaches one says nothing about the program. */
typedef enum {
	EV_POLL, EV_REPOLL, EV_OBSERVE, EV_PANIC, EV_DROP, EV_RETURN, EV_RESULT,
	EV_STEP_LIMIT, EV_ABORT, EV_ERROR, EV_DEPTH_LIMIT,
	EV_EXTERN /* imported code: `extern CALLEE(args) -> result`, an uninterpreted call */
} EventKind;
typedef struct Event {
	uint8_t kind;     /* EventKind */
	uint32_t n;       /* EV_POLL: poll number, from 1 */
	const char *text; /* value, message or outcome as printed, any length ("" for none); owned by the
			   * trace or log that holds the event */
} Event;
/* A trace is its first nlog events, shared (read only) from a TraceLog, then
 * its own events ev[0, n - nlog). A schedule forked off a run (run_fork)
 * shares the run's events so far instead of copying them: the run's own events
 * move into its log at the fork, so N schedules cancelled after 1..N polls
 * store the run's events once and a few events each, not N^2 / 2 (hunt28).
 * Only the run that appended them last appends to a log; a log is freed with
 * its last trace (the count is atomic: kept traces are freed on other threads). */
typedef struct TraceLog {
	Event *ev;
	uint32_t n, cap;
	uint32_t refs;
	uint64_t id; /* unique in the process (an address may be reused) */
} TraceLog;
typedef struct Trace {
	TraceLog *log;         /* NULL, or events [0, nlog) */
	uint32_t nlog;
	Event *ev;             /* events [nlog, n) */
	uint32_t n, cap;       /* n: all events; cap: ev's */
	uint32_t polls;        /* polls made by the executor (not counting the repoll) */
	uint32_t done_at_poll; /* the poll that returned Ready or panicked; 0: never */
} Trace;
static inline const Event *trace_ev(const Trace *t, uint32_t i)
{
	return i < t->nlog ? &t->log->ev[i] : &t->ev[i - t->nlog];
}
void trace_init(Trace *t);
void trace_free(Trace *t);
void trace_push(Trace *t, EventKind k, uint32_t n, const char *fmt, ...);
/* *c: a trace with t's events (shared: t's own events move into a log). */
void trace_share(Trace *t, Trace *c);
void event_format(const Event *e, char *buf, size_t size); /* one trace line, no newline */
char *event_text(const Event *e); /* the same line whole, malloc'd */
void trace_print(const Trace *t, FILE *out);

#define INTERP_STEP_LIMIT 10000000u
/* Calls and polls nest on the interpreter's own heap stack (ir/interp.h,
 * Control), not in C: the limit bounds a run's memory (a frame and its locals
 * per level, about 1 KB) on a program that recurses without end, which the
 * step limit alone would let reach millions of frames. */
#define INTERP_DEPTH_LIMIT 1000000
typedef struct RunOptions {
	int cancel_after;    /* -1: poll to completion; K >= 0: drop after K polls if still pending */
	int repoll;          /* poll once more after Ready (or after a panicking poll) */
	uint64_t step_limit; /* 0: INTERP_STEP_LIMIT */
} RunOptions;
/* Run fn `entry` of m: call it with args (integers/bools, truncated to the
 * parameter types); if it returns a future, poll it as o says, then drop it.
 * Works on any form: before the transform (FN_CORO_BODY frames) or after it
 * (FN_RESUME/FN_DROP_SHIM on byte buffers). 0 when the run finished, -1 when
 * it stopped early (step limit, abort, error: the last event says why). */
int interp_run(const Module *m, const char *entry, const uint64_t *args, uint32_t nargs, const RunOptions *o,
	       Trace *t);
/* Every schedule `check` runs, from one run: schedule 0 polls to completion,
 * 1 repolls after Ready (or a panicking poll), 2 + K is cancelled after K
 * polls (K < ncancel). The runs share their prefix: at each cancel point and
 * at the loop's end the executor's state is copied and the copy finishes that
 * schedule. Each trace (and interp_run's result for it) equals what
 * interp_run with that schedule's RunOptions gives; done gets them in no
 * fixed order and may take the trace (leave *t as trace_init does).
 * skip (NULL, or 2 + ncancel flags): the schedules not wanted, neither copied
 * nor delivered. */
typedef void (*InterpScheduleDone)(void *ctx, uint32_t si, Trace *t, int rc);
int interp_run_schedules(const Module *m, const char *entry, const uint64_t *args, uint32_t nargs,
			 uint64_t step_limit, uint32_t ncancel, const uint8_t *skip, InterpScheduleDone done,
			 void *ctx);
/* The step limit for runs of m (RunOptions.step_limit): INTERP_STEP_LIMIT, or
 * INTERP_STEPS_PER_STMT per statement and terminator of m's fns when that is
 * more, so that a program whose run is linear in its size (a 100k-deep await
 * chain polled once: about 100 steps a level) is not cut off for its size. */
#define INTERP_STEPS_PER_STMT 32u
uint64_t interp_step_limit(const Module *m);

/* ===================================================================== */
/* ir/dataflow.c — the analyses of rustc_mir_dataflow the transform needs */
/* ===================================================================== */

/* Bitsets over locals: `words` 64-bit words each. */
static inline uint32_t bs_words(uint32_t n) { return (n + 63) / 64; }
static inline int bs_has(const uint64_t *s, uint32_t i) { return (int)((s[i / 64] >> (i % 64)) & 1); }
static inline void bs_gen(uint64_t *s, uint32_t i) { s[i / 64] |= 1ull << (i % 64); }
static inline void bs_kill(uint64_t *s, uint32_t i) { s[i / 64] &= ~(1ull << (i % 64)); }
/* Copy w words: most fns have under 64 locals, and a one-word copy should not
 * be a call to memcpy. */
static inline void bs_copy(uint64_t *dst, const uint64_t *src, uint32_t w)
{
	if (w == 1)
		*dst = *src;
	else
		memcpy(dst, src, (size_t)w * sizeof *dst);
}
uint32_t bs_count(const uint64_t *s, uint32_t words);

/* The rustc_mir_dataflow analyses the state transform needs. */
typedef enum {
	DF_LIVE,             /* MaybeLiveLocals (backward) */
	DF_STORAGE_LIVE,     /* MaybeStorageLive (forward) */
	DF_BORROWED,         /* MaybeBorrowedLocals (forward) */
	DF_REQUIRES_STORAGE, /* MaybeRequiresStorage (forward; needs DF_BORROWED) */
} DfKind;
/* The CFG the analyses of one fn share: successor and predecessor lists (CSR;
 * successors in term_successors order, a predecessor once per edge) and the
 * postorder of the blocks reachable from bb0. Valid while the fn is unchanged. */
typedef struct DfGraph {
	const Fn *f;
	uint32_t nb, npo;
	uint32_t *succ_at; /* nb + 1: successors of b are succ[succ_at[b] .. succ_at[b + 1]) */
	BlockId *succ;
	uint32_t *pred_at; /* nb + 1, likewise */
	BlockId *pred;
	BlockId *po;        /* npo blocks in postorder */
	uint8_t *reachable; /* per block */
} DfGraph;
/* The graph and the analyses' results are scratch memory (scratch_alloc): they
 * live until the caller releases its scratch mark. */
void df_graph_build(DfGraph *g, const Fn *f);
/* Which locals an analysis tracks. The four analyses are gen/kill problems whose
 * bits never depend on another local's bit, so an analysis over a subset of the
 * locals computes exactly the bits of the full one for that subset. */
#define DF_UNTRACKED UINT32_MAX
typedef struct DfUniverse {
	uint32_t nbits;
	uint32_t *bit;  /* nlocals: local -> its bit, or DF_UNTRACKED */
	LocalId *local; /* nbits: bit -> local */
} DfUniverse;
/* The locals that can be saved across a yield: mentioned (other than by a storage
 * marker) in a block reachable from a yield's successors or in a yield terminator,
 * or borrowed or dropped anywhere. Every other local is neither live nor borrowed
 * at any yield, so it is in no variant (locals_live_across_suspend_points). */
void df_universe_across_yields(DfUniverse *u, const DfGraph *g, uint8_t *borrowable, uint8_t *markers);
/* borrowable: NULL, or nlocals zeroed bytes where the locals borrowed or dropped
 * anywhere are set to 1 (for df_universe_for_storage, so that it need not walk the
 * body again: cache31). markers: NULL, or nlocals zeroed bytes where the locals a
 * StorageLive or StorageDead names are set to 1 (for df_compute_storage_live: perf36). */
/* The locals MaybeRequiresStorage is read for: mark[] (the caller's: the locals live
 * at the end of some yield block) and what MaybeBorrowedLocals can gen anywhere (its
 * bits are then exact too). A temporary assigned after each of N awaits and never
 * StorageDead or moved requires storage from then on: over the candidates, states
 * grew to O(N) bits, N^2 in all. mark is updated. borrowable: what
 * df_universe_across_yields kept, or NULL (the body is walked for it). */
void df_universe_for_storage(DfUniverse *u, const Fn *f, uint8_t *mark, const uint8_t *borrowable);
/* A stored state: its nonzero words (idx increasing, val) — with N awaits in one fn
 * each block's state is a few words of a universe of O(N) bits. Up to
 * DF_WORDS_INLINE words sit in the entry itself (cap 0, as zeroed: perf36), more in
 * arrays of their own (cap of them): 32 bytes a slot, one cache line for a load
 * where the entry and its two arrays were three. */
enum { DF_WORDS_INLINE = 2 };
typedef struct DfWords {
	uint32_t n, cap; /* cap 0: inline */
	union {
		struct {
			uint32_t *idx;
			uint64_t *val;
		} out;
		struct {
			uint64_t val[DF_WORDS_INLINE];
			uint32_t idx[DF_WORDS_INLINE];
		} in;
	} u;
} DfWords;
_Static_assert(sizeof(DfWords) == 32, "a DfWords is 32 bytes (a power of two: slots_alloc aligns them)");
/* A working state: dense s, and idx[0..n) the words that may be nonzero (gen lists
 * the word it sets), so loads and joins cost the state's words. */
typedef struct DfWork {
	uint64_t *s;
	uint32_t *idx;
	uint8_t *listed;
	uint32_t n;
	/* with persistent stored states (dataflow.c, "mirrored trees"): s as a tree of
	 * `trees`, kept equal to s by gen and kill, so that a stored state is this
	 * root (shared) and a load changes only the words where the two trees differ */
	struct DfTrees *trees;
	struct PsNode *tree;
} DfWork;
typedef struct Dataflow {
	const Fn *f;
	const DfGraph *g;
	DfKind kind;
	uint32_t words;          /* per state (over the tracked bits) */
	uint32_t lwords;         /* per state over all locals (always_live) */
	const DfUniverse *u;     /* the tracked locals; NULL: every local, bit = local */
	uint32_t *slot;          /* block -> index of its stored state, or DF_UNTRACKED; NULL: slot = block */
	struct DfWords *entry;   /* stored states (per slot): forward = at block start, backward = at block end */
	uint64_t *dense;         /* or, for a small universe, `words` words per slot (dataflow.c) */
	struct DfTrees *trees;   /* or, DF_STORAGE_LIVE past a small universe, persistent sets (dataflow.c),
	                            and the others once their sparse states pass a budget (want_trees) */
	uint8_t want_trees;
	size_t stored;           /* the sparse states' words (entry), for that budget */
	DfWork *work;            /* the fixpoint's working states (gen lists their words) */
	uint32_t nwork;
	uint64_t *always_live;   /* locals without storage markers (rustc: always_storage_live_locals); lwords */
	const struct Dataflow *borrowed; /* DF_REQUIRES_STORAGE: the borrowed-locals results */
	DfWork *dirty;           /* non-NULL (df_visit_after_early's copy): gen and kill on the state */
	const uint64_t *dirty_of; /* dirty_of list the word they change in *dirty */
} Dataflow;
/* u: the tracked locals (NULL: all); DF_REQUIRES_STORAGE needs its borrowed
 * results over the same u. DF_STORAGE_LIVE keeps states only where a chain of
 * single-successor, single-predecessor blocks starts and at the yields, over the
 * blocks that can reach a yield: df_locals_before answers at yield blocks only. */
void df_compute(Dataflow *d, const DfGraph *g, DfKind kind, const Dataflow *borrowed, const DfUniverse *u);
/* df_compute(d, g, DF_STORAGE_LIVE, NULL, NULL), its always-live locals (those no
 * marker names) read off markers (df_universe_across_yields') instead of a walk of
 * every statement; markers NULL: the walk. */
void df_compute_storage_live(Dataflow *d, const DfGraph *g, const uint8_t *markers);
/* DF_BORROWED and DF_REQUIRES_STORAGE over u in one fixpoint: the same results as
 * df_compute of each, for about the cost of the second. */
void df_compute_borrowed_requires_storage(Dataflow *borrowed, Dataflow *req, const DfGraph *g, const DfUniverse *u);
/* The locals set in the state before the primary effect of statement `at` of
 * block b (at == nstmts: the terminator), ascending, into out (room for the
 * tracked locals); returns how many. Forward analyses. DF_STORAGE_LIVE lists
 * only locals with storage markers (rustc: less always_storage_live_locals).
 * Costs the state's nonzero words, not the universe's. */
uint32_t df_locals_before(const Dataflow *d, BlockId b, uint32_t at, LocalId *out);
/* The same, only the locals whose bits are set in keep (d->words words over the
 * analysis' bits: with d->u its bit numbering, else bit = local). Costs the
 * state's nonzero words, not its members: N lets all requiring storage to the
 * end are N at the last yield, of which the caller wants a few. */
uint32_t df_locals_before_in(const Dataflow *d, BlockId b, uint32_t at, const uint64_t *keep, LocalId *out);
/* DF_LIVE: the same at the end of block b (rustc: seek_to_block_end). */
uint32_t df_locals_at_end(const Dataflow *d, BlockId b, LocalId *out);
/* DF_REQUIRES_STORAGE: cb(ctx, b, state, words, nwords, full) after the early effect of
 * every statement and terminator of every reachable block (rustc: visit_reachable_with).
 * The state is over the tracked bits (d->words words; d->u maps them to locals). full:
 * its nonzero words are among words[0..nwords); else the words that differ from the
 * state of the last call that returned 1 (cb took it; 0: ignored) are among them.
 * Distinct, in no order. full is given to a block's first call over small universes
 * only: with mirrored trees every call gets the words that differ. */
void df_visit_after_early(const Dataflow *d,
			  int (*cb)(void *ctx, BlockId b, const uint64_t *state, const uint32_t *words, uint32_t nwords,
				    int full),
			  void *ctx);

/* rustc's remove_dead_blocks: drop unreachable blocks, keep one empty non-cleanup
 * `unreachable` block, renumber. Returns the number of blocks removed. */
uint32_t fn_remove_dead_blocks(Fn *f);
/* For counting only: what rustc's later O0 passes do to the resume fn, roughly
 * (remove storage markers, nops and PlaceMention; merge goto chains and
 * single-predecessor gotos; remove unreachable blocks; renumber). */
void mir_cleanup(Fn *f);

/* ===================================================================== */
/* inline helpers                                                          */
/* ===================================================================== */

static inline const Type *type_get(const Module *m, TypeId t)
{
	return &atomic_load_explicit(&m->types, memory_order_acquire)[t];
}
/* Row r's members in ascending order, from *k (0 to start): the next in *b,
 * 0 past the last. for (uint32_t k = 0, b; conflict_next(r, &k, &b);) ... */
static inline int conflict_next(const ConflictRow *r, uint32_t nsaved, uint32_t *k, uint32_t *b)
{
	if (!conflict_row_is_bits(r)) {
		if (*k >= r->n)
			return 0;
		*b = r->u.ids[(*k)++];
		return 1;
	}
	for (uint32_t i = *k; i < nsaved;) {
		uint64_t x = r->u.bits[i / 64] >> (i % 64);
		if (x) {
			*b = i + (uint32_t)__builtin_ctzll(x);
			*k = *b + 1;
			return 1;
		}
		i = (i / 64 + 1) * 64;
	}
	*k = nsaved;
	return 0;
}
/* a sorted id row: the first index in [lo, r->n) whose id is at least b */
static inline uint32_t conflict_row_lower(const ConflictRow *r, uint32_t b, uint32_t lo)
{
	uint32_t hi = r->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (r->u.ids[mid] < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}
static inline int conflict_row_has(const ConflictRow *r, uint32_t b)
{
	if (conflict_row_is_bits(r))
		return (int)((r->u.bits[b / 64] >> (b % 64)) & 1);
	uint32_t lo = conflict_row_lower(r, b, 0);
	return lo < r->n && r->u.ids[lo] == b;
}
static inline int layout_conflict(const Layout *l, uint32_t a, uint32_t b)
{
	if (!l->conflicts)
		return 0;
	return conflict_row_has(&l->conflicts[a], b);
}

#endif
