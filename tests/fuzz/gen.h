/* gen.h — what the generator's files share (tests/fuzz/gen*.c): the types
 * and value ranges, the program being generated (variables in scope, fns so
 * far, the random state) and the functions each file offers. See gen.c. */
#ifndef COROSLIM_TESTS_FUZZ_GEN_H
#define COROSLIM_TESTS_FUZZ_GEN_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef enum { U8, U16, U32, U64, USIZE, I8, I16, I32, I64, ISIZE, BOOL, UNIT, NTYPES } Ty;
#define NINT 10

#define LIM ((int64_t)1 << 40) /* ranges never leave [-LIM, LIM] */

typedef struct Range {
	int64_t lo, hi;
} Range;

typedef struct Buf {
	char *p;
	size_t n, cap;
} Buf;

typedef struct Var {
	char name[16];
	Ty ty;
	int mut;     /* declared `mut` */
	int counter; /* loop counter: mut, but never assigned by random statements */
	Range r;     /* every value it can hold */
} Var;

#define MAXVARS 512

typedef struct Fn {
	char name[24];
	int is_async;
	int awaits; /* may suspend */
	int nparams;
	Ty pty[4];
	Ty ret;
	int no_call; /* panic-shape fns: not called from others */
} Fn;

#define MAXFNS 64

typedef struct Ctx {
	int is_async;    /* inside an async body: `.await` is allowed */
	int allow_await; /* awaits wanted (0 for await-free async fns) */
	Ty ret;          /* `return` type of the innermost fn or async block */
	int loop_depth;  /* within the innermost fn or async block */
	int imm_base;    /* vars below it that are `mut` are not readable (let-bound non-move blocks) */
	int write_base;  /* vars below it are not writable (inside async blocks) */
	int fuel;        /* statements left for this fn */
	int awaits;      /* awaits emitted */
	int no_return;   /* no early `return` (wrapper preambles) */
} Ctx;

/* gen_base.c: the state of the program being generated */
extern uint64_t rng_state;
extern char **allocs; /* every string of the program, freed by free_all */
extern size_t nallocs, capallocs;
extern const char *const tyname[NTYPES];
extern const int tybits[NINT];
/* box exponent k: values of mutable variables, parameters and returns stay in
 * [0, 2^k-1] (unsigned) or [-2^k, 2^k-1] (signed), so that a sum of two fits */
extern const int boxk[NINT];
extern Var vars[MAXVARS];
extern int nvars;
extern Fn fns[MAXFNS];
extern int nfns;
extern int name_counter;

/* gen_base.c: random numbers, strings, ranges, variables and fns */
uint64_t rnd(void);
void free_all(void);
char *fmt(const char *f, ...);
void bput(Buf *b, const char *s);
char *bdone(Buf *b); /* hand the contents over as a tracked string */
void bprintf(Buf *b, const char *f, ...);
void indent(Buf *b, int ind);
char *unparen(char *s);
char *cond_text(char *s);
int64_t tmin(Ty t);
int64_t tmax(Ty t);
Range bitwise_range(Range a, Range b, char op);
int corners(Range a, Range b, char op, Range *out);
Var *push_var(const char *name, Ty t, int mut, Range r);
int pick_var(const Ctx *c, Ty t, int want_write);
int pick_fn(const Ctx *c, Ty ret, int want_async);
Ty rand_int_ty(void);

/* gen_code.c: expressions and statements */
int64_t rand_value(Ty t, Range in);
char *wrap_into(char *e, Ty t, Range *r, Range target);
char *gen_args(Ctx *c, const Fn *f, int d, int ind);
char *call(Ctx *c, const Fn *f, int d, int ind);
char *gen_scrutinee(Ctx *c, int d, int ind, Ty *st);
char *gen_pattern(Ty st, int i, int n, int64_t *used, int *nused);
char *gen_async_block(Ctx *c, Ty t, int let_bound, int is_move, int ind, Range *r);
char *cast_to(char *e, Ty s, Range *r, Ty t);
char *gen_int(Ctx *c, Ty t, int d, int anch, int ind, Range *r);
char *gen_bool(Ctx *c, int d, int ind);
char *gen_u32_of_anything(Ctx *c, int d, int ind);
void line(Buf *b, int ind, const char *s);
void gen_let(Ctx *c, Buf *b, int ind, Ty t);
void gen_observe(Ctx *c, Buf *b, int ind);
void gen_await_stmt(Ctx *c, Buf *b, int ind);
void gen_return(Ctx *c, Buf *b, int ind);
void gen_stmt(Ctx *c, Buf *b, int ind);

static inline int rn(int n) { return n <= 1 ? 0 : (int)(rnd() % (uint64_t)n); }
static inline int chance(int pct) { return rn(100) < pct; }
static inline int64_t rrange(int64_t lo, int64_t hi) { return lo + (int64_t)(rnd() % (uint64_t)(hi - lo + 1)); }
static inline int is_int(Ty t) { return t < NINT; }
static inline int is_signed(Ty t) { return t >= I8 && t <= ISIZE; }
static inline Range R(int64_t lo, int64_t hi) { Range r = {lo, hi}; return r; }
static inline Range trange(Ty t) { return R(tmin(t), tmax(t)); }
static inline int64_t boxmask(Ty t) { return ((int64_t)1 << boxk[t]) - 1; }
static inline Range boxr(Ty t) { return is_signed(t) ? R(-boxmask(t) - 1, boxmask(t)) : R(0, boxmask(t)); }
static inline int fits(Range r, Range s) { return s.lo <= r.lo && r.hi <= s.hi; }
static inline Range runion(Range a, Range b) { return R(a.lo < b.lo ? a.lo : b.lo, a.hi > b.hi ? a.hi : b.hi); }
static inline int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static inline int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }
static inline char *fresh(const char *prefix) { return fmt("%s%d", prefix, ++name_counter); }
static inline int readable(const Ctx *c, int i) { return !(i < c->imm_base && vars[i].mut); }
static inline int writable(const Ctx *c, int i) { return vars[i].mut && !vars[i].counter && i >= c->write_base; }

#endif
