/* interp.h — the reference interpreter's internal header. The interpreter runs every IR form
 * and records a Trace: interp_mem.c holds traces, memory, type sizes and values as text;
 * interp_call.c frames, places and operands, arithmetic, calls, polls and drops;
 * interp_exec.c statements, terminators, the frame loop and the executor (interp_run).
 *
 * Memory model. Memory is a table of allocations; an address is
 * (allocation id << 32 | byte offset), 0 is null. Every local of every frame
 * gets its own allocation of type_size bytes (zero filled, so runs are
 * deterministic), references and pointers hold addresses, every access is
 * bounds checked. After the state transform a future is a byte buffer of its
 * Layout's size: saved locals, upvars and the tag are read and written at the
 * Layout's offsets, so a wrong offset or an overlap shows up as a wrong value.
 * An allocation of ALLOC_SPARSE_MIN bytes or more keeps only the pages written
 * (Alloc below): the same bytes, but a copy of a large, mostly unwritten
 * future costs its written pages, not its size.
 *
 * Before the transform a coroutine type has no Layout: its value is an 8-byte
 * handle, the address of a heap allocation holding its upvars (laid out in
 * declaration order, each at its alignment) and tagged with a CoroObj that
 * keeps the suspended frame of its FN_CORO_BODY alive across yields. Polling
 * resumes the frame; dropping a suspended one runs the yield's `drop:` path
 * to `coroutine_drop`; polling a finished one panics as rustc's resume fn does.
 *
 * Control. Calls, polls and drops do not recurse in C: the interpreter keeps
 * an explicit stack of activations (Act, on the heap, grown by doubling), so
 * the nesting a program reaches is bounded by memory and INTERP_DEPTH_LIMIT,
 * not by the C stack (an await chain 100k deep is polled through 100k resume
 * frames). A frame's run returns RETURNED, YIELDED, UNWOUND (a panic is
 * propagating: the caller follows its unwind edge), COROUTINE_DROPPED, or
 * PUSHED: its block's call or drop terminator started an activation above it,
 * and the frame waits there for that activation's result (1 returned, 0
 * unwound), which `drive` hands back to it (term_done). What a frame's end
 * does depends on why it ran (FIN_CALL: copy _0 to the caller's destination;
 * FIN_POLL_BODY / FIN_DROP_BODY: a pre-transform body resumed by a poll or run
 * to coroutine_drop by a drop). Drop glue over tuples, structs and a handle's
 * upvars is an ACT_DROP that drops one field at a time and stops at the first
 * that unwinds. call_fn, poll_future and drop_value start an activation and
 * drive it to its end (the executor's entry points); inside a run, exec_call
 * and the drop terminator use the *_start forms, which return INTERP_PENDING
 * when they pushed something. Anything that ends the whole run (step limit,
 * abort, malformed IR) records its event and longjmps to interp_run: all
 * memory, frames and activations are owned by the Interp and freed there, so
 * nothing leaks.
 */
#ifndef COROSLIM_INTERP_H
#define COROSLIM_INTERP_H

#include <setjmp.h>

#include "ir.h"

#define ADDR(id, off) (((uint64_t)(id) << 32) | (uint32_t)(off))
#define ALLOC_ID(a) ((uint32_t)((a) >> 32))
#define ALLOC_OFF(a) ((uint32_t)(a))

/* ---------------------------------------------------------------------- */
/* Interpreter state                                                      */
/* ---------------------------------------------------------------------- */

typedef struct Frame Frame;

/* A pre-transform future: the heap object a coroutine handle points to. */
typedef enum { CO_UNRESUMED, CO_RUNNING, CO_SUSPENDED, CO_RETURNED, CO_PANICKED, CO_DROPPED } CoState;
typedef struct CoroObj {
	uint32_t coro;
	uint64_t handle; /* address of the upvar allocation */
	Frame *frame;    /* the body's frame while started and not finished */
	BlockId yield_bb; /* CO_SUSPENDED: the block whose terminator is the yield */
	CoState state;
} CoroObj;

/* An allocation of at least ALLOC_SPARSE_MIN bytes is sparse: its bytes are
 * pages of ALLOC_PAGE bytes, sorted by index, and a page that is not there
 * reads as zeros; a copy costs the pages present, not the size (interp_mem.c). */
#define ALLOC_SPARSE_MIN 1024u
#define ALLOC_PAGE 64u
typedef struct AllocPage {
	uint32_t index; /* offset / ALLOC_PAGE */
	uint8_t *data;  /* ALLOC_PAGE bytes */
} AllocPage;

typedef struct Alloc {
	uint8_t *bytes; /* dense: size bytes; NULL when sparse */
	AllocPage *pages; /* sparse: npages of them, increasing index */
	uint32_t npages, cappages;
	uint32_t size;
	uint8_t live;
	uint8_t sparse;
	/* bytes, or pages and every page's data, are the state a schedule's fork
	 * started from (ForkLog): copied at the first write (alloc_own), never
	 * freed here */
	uint8_t borrowed;
	uint32_t jgen;  /* the ForkLog.gen that journalled it last (0: none) */
	Frame *owner;   /* a frame's local: the frame (a pending frame's locals read as freed) */
	CoroObj *obj;
} Alloc;

struct Frame {
	const Fn *f;
	uint64_t *addr; /* per local; 0 until its first use */
	LocalId *used;  /* the locals that have had memory, nused of them */
	uint8_t *listed; /* per local: in used */
	uint32_t nused;
	uint32_t compact_at; /* local_at drops the dead locals from used when nused reaches it */
	BlockId bb;
	Frame *next_all; /* every live frame, for cleanup after a longjmp */
	Frame *prev_all;
	uint64_t serial; /* creation order (Interp.next_serial): older than the fork's are its parent's */
	uint32_t jgen;   /* the ForkLog.gen that journalled it last */
	uint8_t pending; /* freed by a fork, its locals' frees deferred (ForkLog.pend) */
};

/* A schedule's end runs on the run's own state and is undone after it
 * (interp_exec.c run_fork): every change to what existed when the fork began
 * (an allocation's entry, a frame's fields or local slots, a free id's slot, a
 * static's address) is journalled once per fork before it is made, and
 * rolled back in reverse; what the fork made is freed. A frame of the parent
 * freed by the fork (the cancel's drop of a suspended body) is only marked
 * pending: its locals read as freed (Alloc.owner) and their ids join the free
 * list, in frame_free's order, only when the fork allocates again
 * (fork_materialise). So a fork costs what it touches, not the state. */
typedef enum { J_ALLOC, J_FREEID, J_FRAME, J_SLOT, J_STATIC } JKind;
typedef struct JEntry {
	uint8_t kind; /* JKind */
	uint8_t listed;  /* J_SLOT */
	uint32_t id;  /* J_ALLOC: the id; J_FREEID: the slot; J_SLOT: the local; J_STATIC: the index */
	Frame *fr;    /* J_FRAME, J_SLOT */
	union {
		Alloc a;
		Frame f;
		uint64_t v; /* J_FREEID: the id; J_SLOT: the address; J_STATIC: the address */
	} u;
} JEntry;
typedef struct PendSeg {
	Frame *fr; /* a pending frame's locals, or (NULL) the one id below, freed after it */
	uint32_t id;
} PendSeg;
typedef struct ForkLog {
	uint32_t gen;      /* this fork's mark (Alloc.jgen, Frame.jgen); never 0 */
	uint64_t serial0;  /* frames with a smaller serial are the parent's */
	uint32_t nallocs0, nfree0;
	Frame *frames0;
	uint64_t *static0;
	JEntry *j;
	uint32_t nj, capj;
	PendSeg *pend;
	uint32_t npend, cappend;
} ForkLog;

typedef enum { R_RETURNED, R_YIELDED, R_UNWOUND, R_CORO_DROPPED, R_PUSHED } RunResult;

/* The result of a call, poll or drop started by *_start: 1 returned, 0
 * unwinding, or INTERP_PENDING: an activation was pushed, its result comes later. */
#define INTERP_PENDING (-1)

/* An activation of the explicit stack (see Control above). */
typedef enum { ACT_FRAME, ACT_DROP } ActKind;
typedef enum { FIN_CALL, FIN_POLL_BODY, FIN_DROP_BODY } FinKind;
typedef enum { SEQ_TUPLE, SEQ_ADT, SEQ_UPVARS, SEQ_UPVARS_UNRESUMED, SEQ_ARRAY } SeqKind;
typedef struct Act {
	uint8_t kind;      /* ActKind */
	uint8_t fin;       /* ACT_FRAME: FinKind */
	uint8_t seq;       /* ACT_DROP: SeqKind */
	Frame *fr;         /* ACT_FRAME */
	uint64_t dst;      /* FIN_CALL: where _0 goes (0: nowhere); FIN_POLL_BODY: the Poll */
	uint32_t dstsize;  /* FIN_CALL */
	TypeId payload;    /* FIN_POLL_BODY */
	TypeId ty;         /* ACT_DROP: the tuple or struct type */
	CoroObj *obj;      /* FIN_POLL_BODY, FIN_DROP_BODY, SEQ_UPVARS*: the future */
	const Coroutine *coro;
	uint64_t addr;     /* ACT_DROP: the value (tuple, struct) or the handle (upvars) */
	uint32_t next;     /* ACT_DROP: the next field to drop */
} Act;

/* The executor's state between polls (interp_exec.c) */
typedef enum { EX_PENDING, EX_READY, EX_PANICKED } ExecSt;
typedef struct ExecState {
	TypeId rt, out;          /* the future's type, its output */
	uint64_t fut, ctx, poll; /* the future, the context, the Poll the resume writes */
	int st;                  /* ExecSt */
	char result[180];        /* the result event's text when the run ends (result_ev == 0) */
	uint32_t result_ev;      /* else 1 + the trace event holding it (a Ready poll's, any length) */
} ExecState;

typedef struct Interp {
	const Module *m;
	uint64_t place_len; /* slice40: the length of the slice place_addr last returned (0 for other places) */
	Trace *trace;
	jmp_buf halt;
	uint64_t steps, step_limit;
	int depth;
	Alloc *allocs;
	uint32_t nallocs, capallocs;
	uint32_t *free_ids;
	uint32_t nfree, capfree;
	Frame *frames;
	Act *acts; /* the explicit stack, nacts of them */
	uint32_t nacts, capacts;
	RunOptions opts;
	/* interp_extern.c: external events of imported code */
	uint32_t nextern;       /* events so far: part of the oracle's seed */
	uint8_t extern_pending; /* the last external poll said Pending */
	ExecState ex;
	void *slot_pool; /* interp_call.c: freed frames' cleared per-local arrays (FrameSlots) */
	uint64_t *static_addr; /* consts35: per Module.named, a static's allocation (0: none yet) */
	void *fn_cache;  /* interp_call.c interp_find_fn: callee names -> fns, by the name's pointer */
	uint64_t next_serial; /* Frame.serial */
	ForkLog *fork;   /* during a schedule's fork: &forklog */
	ForkLog forklog; /* its arrays are kept from fork to fork */
	/* interp_mem.c handle_upvar_offset: per Module.coros, a pre-transform coroutine's upvar
	 * offsets and, last, its total size (NULL: not computed yet); upvar_offs_new: one being computed */
	uint32_t **upvar_offs;
	uint32_t *upvar_offs_new;
} Interp;

void fork_touch_alloc(Interp *I, uint32_t id);
void fork_touch_frame(Interp *I, Frame *fr);
void fork_slot(Interp *I, Frame *fr, LocalId l);
void fork_static(Interp *I, uint32_t k);
void fork_pend_frame(Interp *I, Frame *fr);
void fork_rollback(Interp *I);
/* fr existed when the running fork began */
static inline int fork_parent_frame(const Interp *I, const Frame *fr)
{
	return I->fork && fr->serial < I->fork->serial0;
}
/* before a change to allocation id (or a read that may lead to one) in a fork */
static inline void touch_alloc(Interp *I, uint32_t id)
{
	if (I->fork && id < I->fork->nallocs0 && I->allocs[id].jgen != I->fork->gen)
		fork_touch_alloc(I, id);
}
/* before a change to fr's fields in a fork */
static inline void touch_frame(Interp *I, Frame *fr)
{
	if (I->fork && fr->serial < I->fork->serial0 && fr->jgen != I->fork->gen)
		fork_touch_frame(I, fr);
}
/* a live allocation that a fork's pending frame free has freed */
static inline int alloc_pending_free(const Interp *I, const Alloc *a)
{
	return I->fork && I->fork->npend && a->owner && a->owner->pending;
}

static inline int is_int_kind(uint8_t k) { return k >= TY_U8 && k <= TY_ISIZE; }
static inline int is_signed_kind(uint8_t k) { return k >= TY_I8 && k <= TY_ISIZE; }

_Noreturn void interp_halt(Interp *I, EventKind k, const char *fmt, ...);
#define FAIL(...) interp_halt(I, EV_ERROR, __VA_ARGS__)

/* interp_mem.c */
uint64_t mem_alloc(Interp *I, uint32_t size);
void mem_free(Interp *I, uint64_t addr);
void alloc_release(Alloc *a);
void *mem_dup(const void *p, size_t n);
uint64_t mem_read(Interp *I, uint64_t addr, uint32_t size);
void mem_write(Interp *I, uint64_t addr, uint32_t size, uint64_t v);
void mem_copy(Interp *I, uint64_t dst, uint64_t src, uint32_t size);
const Type *ty_get(Interp *I, TypeId t);
const Coroutine *ty_coro(Interp *I, const Type *ty);
void tuple_layout(Interp *I, const Type *ty, uint32_t off[2], uint32_t *size, uint32_t *align);
void poll_layout(Interp *I, TypeId payload, uint32_t *size, uint32_t *align, uint32_t *poff);
uint32_t isize_of(Interp *I, TypeId t);
uint32_t handle_upvar_offset(Interp *I, const Coroutine *c, uint32_t i, uint32_t *total);
void upvar_offsets_free(Interp *I);
uint32_t poll_payload_offset(Interp *I, TypeId payload);
/* a subset enum's variant (issue 22 item 4), read or set through its tag or its niche
 * (rustc's codegen of Rvalue::Discriminant / SetDiscriminant) */
uint64_t enum_read_tag(Interp *I, uint64_t addr, const Adt *a);
void enum_write_tag(Interp *I, uint64_t addr, const Adt *a, uint64_t v);
uint64_t poll_read_discr(Interp *I, uint64_t addr, TypeId payload);
void poll_write_discr(Interp *I, uint64_t addr, TypeId payload, uint64_t v);
void fmt_value(Interp *I, uint64_t addr, TypeId t, StrBuf *out); /* appends the value's text, whole */

/* interp_try.c: a call of `?`'s Try::branch / FromResidual::from_residual (issue 22 item 4) */
void exec_try_leaf(Interp *I, int kind, uint64_t src, TypeId sty, uint64_t dst, TypeId dty);
/* cmp39 (core_cmp.c): core's `<T as PartialEq>::eq` .. of the `&T`s at ra, rb (ref_ty `&T`); a variant
 * query (`is_some` ..) of the `&E` at r: the bool into dst */
void exec_cmp_leaf(Interp *I, BinOp op, uint64_t ra, uint64_t rb, TypeId ref_ty, uint64_t dst);
void exec_query_leaf(Interp *I, int kind, uint64_t r, TypeId ref_ty, uint64_t dst);
void exec_iter_leaf(Interp *I, int kind, const uint64_t *src, const TypeId *ty, uint64_t dst, TypeId dty);
/* meth40 (core_int.c): core's integer methods and Option / Result methods; 0 when they panicked */
int exec_int_leaf(Interp *I, int k, TypeId self, const uint64_t *src, uint32_t n, uint64_t dst, TypeId dty);
int exec_enum_leaf(Interp *I, int k, const char *name, const uint64_t *src, const TypeId *ty, uint32_t n, uint64_t dst,
                   TypeId dty);

/* interp_call.c */
const Fn *interp_find_fn(Interp *I, const char *name); /* module_find_fn, memoised per name pointer */
void interp_fn_cache_free(Interp *I);
uint64_t place_addr(Interp *I, Frame *fr, PlaceId pid, TypeId *tyout);
void local_dead(Interp *I, Frame *fr, LocalId l);
void frame_slots_release(Interp *I, Frame *fr);
void frame_slots_give(Interp *I, Frame *fr);
TypeId operand_type(Interp *I, Frame *fr, Operand o);
void operand_store(Interp *I, Frame *fr, Operand o, uint64_t dst, uint32_t size);
uint64_t operand_scalar(Interp *I, Frame *fr, Operand o, TypeId *tout);
uint64_t interp_trunc_bits(uint64_t v, int bits);
int64_t interp_sext(uint64_t v, int bits);
uint64_t interp_arith(Interp *I, BinOp op, uint64_t a, uint64_t b, int bits, int sgn, int *ovf);
int scalar_bits(Interp *I, TypeId t);
void panic_event(Interp *I, const char *msg);
int exec_panic_leaf(Interp *I, int kind, const uint64_t *src, uint64_t dst); /* mac40: 0 when it panics */
int call_fn(Interp *I, const Fn *f, const uint64_t *argsrc, const TypeId *argty, uint32_t nargs, uint64_t dst, uint32_t dstsize);
const Coroutine *coro_of_type(Interp *I, TypeId t);
uint32_t poll_size(Interp *I, TypeId payload);
int poll_future(Interp *I, TypeId t, uint64_t fut, uint64_t ctx, uint64_t dst, TypeId payload);
int drop_value(Interp *I, uint64_t addr, TypeId t);
int drop_start(Interp *I, uint64_t addr, TypeId t);
int exec_call(Interp *I, Frame *fr, const Term *t);
int frame_finish(Interp *I, uint32_t k, RunResult r);
int drop_resume(Interp *I, uint32_t k, int r);

/* interp_extern.c: imported code's uninterpreted external events (Module.extern_events) */
int extern_coro(Interp *I, TypeId t);
int extern_adt(Interp *I, TypeId t);
uint32_t extern_adt_field_offset(Interp *I, TypeId t, uint32_t v, uint32_t f);
uint64_t extern_adt_read_discr(Interp *I, uint64_t addr, TypeId t);
void extern_adt_write_discr(Interp *I, uint64_t addr, TypeId t, uint64_t v);
int extern_call(Interp *I, const char *name, const uint64_t *src, const TypeId *ty, uint32_t n, uint64_t dst,
		TypeId dty);
int extern_poll(Interp *I, TypeId fty, uint64_t fut, uint64_t dst, TypeId payload);
int extern_drop(Interp *I, uint64_t addr, TypeId t);
int extern_fmt_value(Interp *I, uint64_t addr, TypeId t, StrBuf *out);
void extern_adt_aggregate(Interp *I, Frame *fr, const Operand *ops, uint32_t n, uint64_t dst, TypeId t);

/* interp_exec.c */
uint64_t promoted_eval(Interp *I, const Fn *body, uint64_t *addr0); /* promo38: its bb0 run, _0's value (a
                                                                      * reference); const39: addr0 set to _0's
                                                                      * address (an aggregate const's) */
void interp_step(Interp *I);
RunResult run_frame(Interp *I, Frame *fr);
int drive(Interp *I, uint32_t base);

#endif
