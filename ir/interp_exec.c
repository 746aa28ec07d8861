/* interp_exec.c — the interpreter's statements and terminators, the frame loop (steps,
 * unwinding), and the executor that polls an entry's future under a schedule (interp_run). */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"

/* ---------------------------------------------------------------------- */
/* Statements                                                             */
/* ---------------------------------------------------------------------- */

/* A subset enum's variant (issue 22 item 4): ops[0] the variant index, then its
 * fields; each field at the variant's offset, the tag at offset 0. */
static void enum_aggregate(Interp *I, Frame *fr, const Adt *a, const Operand *ops, uint32_t n, uint64_t dst,
			   TypeId t)
{
	if (n < 1 || ops[0].kind != OP_CONST || ops[0].v >= fr->f->nconsts)
		FAIL("fn %s: aggregate of %s without its variant", fr->f->name, adt_name(I->m, a));
	uint64_t v = fr->f->consts[ops[0].v].bits;
	if (v >= a->nvariants || n - 1 != a->variants[v].nfields)
		FAIL("fn %s: aggregate of %s: variant %" PRIu64 " with %" PRIu32 " fields", fr->f->name, adt_name(I->m, a), v, n - 1);
	uint32_t size = isize_of(I, t);
	uint64_t tmp = mem_alloc(I, size);
	for (uint32_t i = 0; i + 1 < n; i++)
		operand_store(I, fr, ops[i + 1], tmp + a->variant_offsets[v][i], isize_of(I, a->variants[v].fields[i]));
	enum_write_tag(I, tmp, a, v);
	mem_copy(I, dst, tmp, size);
	mem_free(I, tmp);
}

static void exec_aggregate(Interp *I, Frame *fr, const Stmt *s, uint64_t dst, TypeId dty)
{
	const Fn *f = fr->f;
	uint32_t first = s->a.v, n = s->b.v;
	if ((uint64_t)first + n > f->nargsv)
		FAIL("fn %s: aggregate operands out of range", f->name);
	const Operand *ops = f->args ? f->args + first : NULL;
	const Type *ty = ty_get(I, s->x);
	switch (s->op) {
	case AGG_TUPLE:
		if (n == 0)
			return;
		if (n != 2 || ty_get(I, dty)->kind != TY_TUPLE)
			FAIL("fn %s: tuple aggregate of %" PRIu32 " operands", f->name, n);
		{
			const Type *tt = ty_get(I, dty);
			uint32_t off[2], size, align;
			tuple_layout(I, tt, off, &size, &align);
			operand_store(I, fr, ops[0], dst + off[0], isize_of(I, tt->a));
			operand_store(I, fr, ops[1], dst + off[1], isize_of(I, tt->b));
		}
		return;
	case AGG_POLL_READY:
	case AGG_POLL_PENDING:
		if (ty->kind != TY_POLL)
			FAIL("fn %s: Poll aggregate of a non-Poll type", f->name);
		if (s->op == AGG_POLL_READY) {
			if (n != 1)
				FAIL("fn %s: Ready with %" PRIu32 " operands", f->name, n);
			operand_store(I, fr, ops[0], dst + poll_payload_offset(I, ty->a), isize_of(I, ty->a));
			poll_write_discr(I, dst, ty->a, 0);
		} else {
			poll_write_discr(I, dst, ty->a, 1);
		}
		return;
	case AGG_CORO: {
		if (ty->kind != TY_CORO)
			FAIL("fn %s: coroutine aggregate of a non-coroutine type", f->name);
		const Coroutine *c = ty_coro(I, ty);
		if (n != c->nupvars)
			FAIL("fn %s: %s built with %" PRIu32 " upvars, it has %" PRIu32, f->name, c->name, n, c->nupvars);
		if (c->layout) {
			const Layout *l = c->layout;
			if (!l->upvar_offset && c->nupvars)
				FAIL("%s: layout without upvar offsets", c->name);
			for (uint32_t i = 0; i < n; i++)
				operand_store(I, fr, ops[i], dst + l->upvar_offset[i], isize_of(I, c->upvars[i].ty));
			if (l->tag_size > 8)
				FAIL("%s: tag of %" PRIu32 " bytes", c->name, l->tag_size);
			mem_write(I, dst + l->tag_offset, l->tag_size, STATE_UNRESUMED);
			return;
		}
		uint32_t total;
		handle_upvar_offset(I, c, 0, &total);
		/* evaluate the upvars before the destination is overwritten */
		uint64_t obj = mem_alloc(I, total);
		for (uint32_t i = 0; i < n; i++)
			operand_store(I, fr, ops[i], obj + handle_upvar_offset(I, c, i, NULL), isize_of(I, c->upvars[i].ty));
		CoroObj *o = calloc(1, sizeof *o);
		if (!o)
			internal_error("out of memory");
		o->coro = ty->coro;
		o->handle = obj;
		o->state = CO_UNRESUMED;
		I->allocs[ALLOC_ID(obj)].obj = o;
		mem_write(I, dst, 8, obj);
		return;
	}
	case AGG_ADT: { /* a subset struct: each field at its offset */
		if (extern_adt(I, s->x)) {
			extern_adt_aggregate(I, fr, ops, n, dst, s->x);
			return;
		}
		const Adt *a = adt_of(I->m, s->x);
		if (a && a->enum_defined) {
			enum_aggregate(I, fr, a, ops, n, dst, s->x);
			return;
		}
		if (!a || !a->defined || n != a->variants[0].nfields)
			FAIL("fn %s: aggregate of %s with %" PRIu32 " operands", f->name, a ? adt_name(I->m, a) : ty->text ? ty->text : "?", n);
		/* evaluate into a copy first: an operand may read the destination */
		uint32_t size = isize_of(I, s->x);
		uint64_t tmp = mem_alloc(I, size);
		for (uint32_t i = 0; i < n; i++)
			operand_store(I, fr, ops[i], tmp + a->offsets[i], isize_of(I, a->variants[0].fields[i]));
		mem_copy(I, dst, tmp, size);
		mem_free(I, tmp);
		return;
	}
	case AGG_ARRAY: /* issue 22 item 4: element i at i * size (into a copy first, as a struct) */
	case AGG_REPEAT: {
		if (ty->kind != TY_ARRAY || n != (s->op == AGG_REPEAT ? 1 : ty->b))
			FAIL("fn %s: array aggregate with %" PRIu32 " operands", f->name, n);
		uint32_t esz = isize_of(I, ty->a), size = isize_of(I, s->x);
		uint64_t tmp = mem_alloc(I, size);
		for (uint32_t i = 0; i < ty->b; i++)
			operand_store(I, fr, ops[s->op == AGG_REPEAT ? 0 : i], tmp + (uint64_t)i * esz, esz);
		mem_copy(I, dst, tmp, size);
		mem_free(I, tmp);
		return;
	}
	default:
		FAIL("fn %s: aggregate kind %u", f->name, s->op);
	}
}

static void exec_assign(Interp *I, Frame *fr, const Stmt *s)
{
	TypeId dty;
	uint64_t dst = place_addr(I, fr, s->place, &dty);
	uint32_t dsz = isize_of(I, dty);
	switch (s->rv) {
	case RV_USE:
		operand_store(I, fr, s->a, dst, dsz);
		return;
	case RV_BINARY:
	case RV_CHECKED: {
		TypeId ta, tb;
		uint64_t a = operand_scalar(I, fr, s->a, &ta), b = operand_scalar(I, fr, s->b, &tb);
		int bits = scalar_bits(I, ta), ovf;
		if (s->op >= NBINOPS)
			FAIL("binary operator %u", s->op);
		int sgn = type_is_signed(I->m, ta);
		uint64_t r = interp_arith(I, (BinOp)s->op, a, b, bits, sgn, &ovf);
		if (s->rv == RV_BINARY) {
			mem_write(I, dst, dsz, r);
			return;
		}
		const Type *tt = ty_get(I, dty);
		if (tt->kind != TY_TUPLE)
			FAIL("checked operation into a non-tuple place");
		uint32_t off[2], size, align;
		tuple_layout(I, tt, off, &size, &align);
		mem_write(I, dst + off[0], isize_of(I, tt->a), r);
		mem_write(I, dst + off[1], 1, (uint64_t)ovf);
		return;
	}
	case RV_UNARY: {
		TypeId ta;
		if (s->op == UN_PTR_METADATA) { /* slice40: a fat pointer's second word */
			if (s->a.kind == OP_CONST)
				FAIL("PtrMetadata of a constant");
			uint64_t src = place_addr(I, fr, s->a.v, &ta);
			if (!type_is_fat_ptr(I->m, ta))
				FAIL("PtrMetadata of a thin pointer");
			mem_write(I, dst, dsz, mem_read(I, src + 8, 8));
			return;
		}
		uint64_t a = operand_scalar(I, fr, s->a, &ta);
		if (ty_get(I, ta)->kind == TY_BOOL)
			mem_write(I, dst, dsz, s->op == UN_NOT ? !a : a);
		else
			mem_write(I, dst, dsz, interp_trunc_bits(s->op == UN_NOT ? ~a : 0 - a, scalar_bits(I, ta)));
		return;
	}
	case RV_CAST: {
		TypeId ta;
		if (s->op == CAST_UNSIZE) { /* slice40: `&[T; N]` to `&[T]`: the address and N */
			ta = operand_type(I, fr, s->a);
			const Type *arr = ty_get(I, ty_get(I, ta)->a);
			if (arr->kind != TY_ARRAY || !type_is_fat_ptr(I->m, dty) || s->a.kind == OP_CONST)
				FAIL("unsizing cast of a non-array");
			mem_write(I, dst, 8, mem_read(I, place_addr(I, fr, s->a.v, NULL), 8));
			mem_write(I, dst + 8, 8, arr->b);
			return;
		}
		uint64_t a = operand_scalar(I, fr, s->a, &ta);
		int bits = scalar_bits(I, ta);
		uint64_t v = type_is_signed(I->m, ta) ? (uint64_t)interp_sext(a, bits) : a;
		if (!is_int_kind(ty_get(I, dty)->kind) && ty_get(I, dty)->kind != TY_CHAR) /* `b as char`: from u8 */
			FAIL("cast to a non-integer type");
		mem_write(I, dst, dsz, interp_trunc_bits(v, (int)dsz * 8));
		return;
	}
	case RV_AGGREGATE:
		exec_aggregate(I, fr, s, dst, dty);
		return;
	case RV_DISCR: {
		TypeId st;
		uint64_t src = place_addr(I, fr, s->a.v, &st);
		const Type *ty = ty_get(I, st);
		uint64_t v;
		if (ty->kind == TY_POLL) {
			v = poll_read_discr(I, src, ty->a);
		} else if (extern_adt(I, st)) {
			v = extern_adt_read_discr(I, src, st);
		} else if (ty->kind == TY_CORO && ty_coro(I, ty)->layout) {
			const Layout *l = ty_coro(I, ty)->layout;
			v = mem_read(I, src + l->tag_offset, l->tag_size);
		} else if (adt_of(I->m, st) && adt_of(I->m, st)->enum_defined) {
			v = adt_discr_value(adt_of(I->m, st), (uint32_t)enum_read_tag(I, src, adt_of(I->m, st)));
		} else {
			FAIL("discriminant of a type without variants");
		}
		mem_write(I, dst, dsz, v);
		return;
	}
	case RV_REF:
	case RV_REFMUT:
		if (type_is_fat_ptr(I->m, dty)) { /* slice40: a borrow of a slice place: (address, length) */
			mem_write(I, dst, 8, place_addr(I, fr, s->a.v, NULL));
			mem_write(I, dst + 8, 8, I->place_len);
			return;
		}
		mem_write(I, dst, dsz, place_addr(I, fr, s->a.v, NULL));
		return;
	default:
		FAIL("rvalue kind %u", s->rv);
	}
}

static void exec_stmt(Interp *I, Frame *fr, const Stmt *s)
{
	switch (s->kind) {
	case ST_ASSIGN:
		exec_assign(I, fr, s);
		return;
	case ST_SET_DISCR: {
		TypeId t;
		uint64_t a = place_addr(I, fr, s->place, &t);
		const Type *ty = ty_get(I, t);
		if (ty->kind == TY_POLL) {
			poll_write_discr(I, a, ty->a, s->x);
		} else if (extern_adt(I, t)) {
			extern_adt_write_discr(I, a, t, s->x);
		} else if (ty->kind == TY_CORO && ty_coro(I, ty)->layout) {
			const Layout *l = ty_coro(I, ty)->layout;
			if (s->x >= l->nvariants)
				FAIL("discriminant set to %" PRIu32 ", %s has %" PRIu32 " variants", s->x,
				     ty_coro(I, ty)->name, l->nvariants);
			mem_write(I, a + l->tag_offset, l->tag_size, s->x);
		} else if (adt_of(I->m, t) && adt_of(I->m, t)->enum_defined) {
			enum_write_tag(I, a, adt_of(I->m, t), s->x);
		} else {
			FAIL("set discriminant of a type without variants");
		}
		return;
	}
	case ST_STORAGE_LIVE:
	case ST_STORAGE_DEAD:
		if (s->x >= fr->f->nlocals)
			FAIL("storage marker of local _%" PRIu32 " out of range", s->x);
		if (s->kind == ST_STORAGE_DEAD)
			local_dead(I, fr, s->x);
		return;
	case ST_PLACE_MENTION:
		return;
	case ST_NOP:
		if (s->x && I->m->extern_events) /* the importer's opaque statement: its effect is unknown */
			FAIL("opaque statement: %s", s->x <= fr->f->nnames ? fr->f->names[s->x - 1] : "?");
		return;
	default:
		FAIL("statement kind %u", s->kind);
	}
}

/* promo38: a promoted's body (verify.c's shape: bb0 of assignments, `_0 = &_1;` last) run on a frame
 * of its own whose locals each get an allocation first, never freed (as a static's: the reference the
 * promoted evaluates to points into them); the frame, outside the run's list of frames, goes. A fork's
 * first evaluation is undone with it (fork_static), its allocations freed with the fork's. */
uint64_t promoted_eval(Interp *I, const Fn *body, uint64_t *addr0)
{
	Frame fr = {.f = body, .serial = I->next_serial++};
	fr.addr = calloc(body->nlocals, sizeof *fr.addr);
	fr.used = calloc(body->nlocals, sizeof *fr.used);
	fr.listed = calloc(body->nlocals, 1);
	if (!fr.addr || !fr.used || !fr.listed)
		internal_error("out of memory");
	for (LocalId l = 0; l < body->nlocals; l++)
		fr.addr[l] = mem_alloc(I, isize_of(I, body->locals[l].ty));
	const Block *b = &body->blocks[0];
	for (uint32_t i = 0; i < b->nstmts; i++) {
		interp_step(I);
		exec_stmt(I, &fr, &b->stmts[i]);
	}
	uint64_t ref = addr0 ? 0 : mem_read(I, fr.addr[0], isize_of(I, body->locals[0].ty));
	if (addr0) /* const39: an aggregate const item's value stays where its body wrote it */
		*addr0 = fr.addr[0];
	free(fr.addr);
	free(fr.used);
	free(fr.listed);
	return ref;
}

/* ---------------------------------------------------------------------- */
/* Terminators and the block loop                                         */
/* ---------------------------------------------------------------------- */

/* The assert's panic message with its operands' values, whole (it was formatted into 200 bytes). */
static void fmt_assert_msg(Interp *I, Frame *fr, const Term *t, StrBuf *out)
{
	const Fn *f = fr->f;
	if (t->msg >= NASSERTKINDS)
		FAIL("assert kind %u", t->msg);
	const char *arg = t->msg == AK_OVERFLOW ? (t->x < NBINOPS ? binop_symbol[t->x] : "?") : "";
	StrBuf fmt = {0};
	strbuf_printf(&fmt, assert_fmt[t->msg], arg);
	uint32_t k = 0;
	const char *p = fmt.s, *lit = p;
	for (; *p; p++) {
		if (p[0] == '{' && p[1] == '}' && k < t->nargs) {
			strbuf_put(out, lit, (size_t)(p - lit));
			Operand op = f->args[t->args + k++];
			TypeId ty = operand_type(I, fr, op);
			uint64_t tmp = mem_alloc(I, isize_of(I, ty));
			operand_store(I, fr, op, tmp, isize_of(I, ty));
			fmt_value(I, tmp, ty, out);
			mem_free(I, tmp);
			p++;
			lit = p + 1;
		}
	}
	strbuf_put(out, lit, (size_t)(p - lit));
	strbuf_free(&fmt);
}

/* Continue at the unwind edge of t after a panic. Returns 0 when the
 * frame itself unwinds (UW_CONTINUE), 1 when it continues at a cleanup block. */
static int take_unwind(Interp *I, Frame *fr, const Term *t)
{
	switch (t->unwind) {
	case UW_CLEANUP:
		if (t->unwind_bb >= fr->f->nblocks)
			FAIL("fn %s: unwind target out of range", fr->f->name);
		fr->bb = t->unwind_bb;
		return 1;
	case UW_CONTINUE:
		return 0;
	case UW_UNREACHABLE:
		interp_halt(I, EV_ABORT, "panic in a function that cannot unwind");
	case UW_TERMINATE:
		interp_halt(I, EV_ABORT, "panic in a cleanup path");
	default:
		FAIL("fn %s: unwind action %u", fr->f->name, t->unwind);
	}
}

void interp_step(Interp *I)
{
	if (++I->steps > I->step_limit)
		interp_halt(I, EV_STEP_LIMIT, "");
}

static void goto_block(Interp *I, Frame *fr, BlockId b)
{
	if (b >= fr->f->nblocks)
		FAIL("fn %s: jump to bb%" PRIu32 ", which does not exist", fr->f->name, b);
	fr->bb = b;
}

/* The call or drop terminator t of fr ended with ok (1 returned, 0
 * unwinding): continue at its target or its unwind edge. 0 when the frame
 * itself unwinds. */
static int term_done(Interp *I, Frame *fr, const Term *t, int ok)
{
	if (!ok)
		return take_unwind(I, fr, t);
	if (t->kind == TK_CALL && t->target == NO_BLOCK)
		FAIL("fn %s: a diverging call returned", fr->f->name);
	goto_block(I, fr, t->target);
	return 1;
}

/* Run fr from fr->bb until it returns, yields, unwinds out, finishes its
 * coroutine drop path, or pushes an activation at a call or drop terminator
 * (R_PUSHED: fr->bb stays that block). On R_YIELDED fr->bb is the yielding block. */
RunResult run_frame(Interp *I, Frame *fr)
{
	const Fn *f = fr->f;
	for (;;) {
		if (fr->bb >= f->nblocks)
			FAIL("fn %s: bb%" PRIu32 " does not exist", f->name, fr->bb);
		const Block *b = &f->blocks[fr->bb];
		for (uint32_t i = 0; i < b->nstmts; i++) {
			interp_step(I);
			exec_stmt(I, fr, &b->stmts[i]);
		}
		interp_step(I);
		if (!b->has_term)
			FAIL("fn %s: bb%" PRIu32 " has no terminator", f->name, fr->bb);
		const Term *t = &b->term;
		switch (t->kind) {
		case TK_GOTO:
			goto_block(I, fr, t->target);
			break;
		case TK_SWITCH: {
			uint64_t v = operand_scalar(I, fr, t->a, NULL);
			if ((uint64_t)t->args + t->nargs > f->narms)
				FAIL("fn %s: switch arms out of range", f->name);
			BlockId to = t->target;
			const SwitchArm *arm = &f->arms[t->args];
			uint64_t k = t->nargs && arm[0].value <= v ? v - arm[0].value : UINT64_MAX;
			if (k < t->nargs && arm[k].value == v) {
				/* slow35: values in order from the first (a resume fn's or drop shim's switch on
				 * the state: N states), the arm at v's place; the verifier refuses a value twice,
				 * so it is the scan's. The scan was O(N) per poll: N^2 over check's N polls and
				 * N cancels of N awaits. */
				to = arm[k].target;
			} else {
				/* check36: values ascending with gaps (a drop shim's switch leaves out the states
				 * it has nothing to drop in: 0, 3, 4, ..), a binary search; a value is in one arm
				 * at most, so a hit is the scan's arm, and a miss (values not in order, or the
				 * otherwise) scans */
				uint32_t lo = 0, hi = t->nargs;
				while (lo < hi) {
					uint32_t mid = lo + (hi - lo) / 2;
					if (arm[mid].value < v)
						lo = mid + 1;
					else
						hi = mid;
				}
				if (lo < t->nargs && arm[lo].value == v) {
					to = arm[lo].target;
				} else {
					for (uint32_t i = 0; i < t->nargs; i++)
						if (arm[i].value == v) {
							to = arm[i].target;
							break;
						}
				}
			}
			goto_block(I, fr, to);
			break;
		}
		case TK_RETURN:
			return R_RETURNED;
		case TK_CALL: {
			int ok = exec_call(I, fr, t);
			if (ok == INTERP_PENDING)
				return R_PUSHED;
			if (!term_done(I, fr, t, ok))
				return R_UNWOUND;
			break;
		}
		case TK_YIELD:
			if (f->kind != FN_CORO_BODY)
				FAIL("fn %s: yield outside a coroutine body", f->name);
			if (t->target >= f->nblocks)
				FAIL("fn %s: yield resume target out of range", f->name);
			{
				TypeId yt = operand_type(I, fr, t->a); /* evaluate the yielded value's place */
				(void)yt;
			}
			return R_YIELDED;
		case TK_DROP: {
			TypeId dt;
			uint64_t a = place_addr(I, fr, t->place, &dt);
			int ok = drop_start(I, a, dt);
			if (ok == INTERP_PENDING)
				return R_PUSHED;
			if (!term_done(I, fr, t, ok))
				return R_UNWOUND;
			break;
		}
		case TK_ASSERT: {
			uint64_t c = operand_scalar(I, fr, t->a, NULL);
			if ((c != 0) == (t->op != 0)) {
				goto_block(I, fr, t->target);
				break;
			}
			if ((uint64_t)t->args + t->nargs > f->nargsv)
				FAIL("fn %s: assert operands out of range", f->name);
			StrBuf msg = {0};
			fmt_assert_msg(I, fr, t, &msg);
			panic_event(I, msg.s ? msg.s : "");
			strbuf_free(&msg);
			if (!take_unwind(I, fr, t))
				return R_UNWOUND;
			break;
		}
		case TK_UNREACHABLE:
			FAIL("fn %s: unreachable executed (bb%" PRIu32 ")", f->name, fr->bb);
		case TK_RESUME:
			if (!b->cleanup)
				FAIL("fn %s: resume in a non-cleanup block", f->name);
			return R_UNWOUND;
		case TK_COROUTINE_DROP:
			if (f->kind != FN_CORO_BODY)
				FAIL("fn %s: coroutine_drop outside a coroutine body", f->name);
			return R_CORO_DROPPED;
		default:
			FAIL("fn %s: terminator kind %u", f->name, t->kind);
		}
	}
}

/* Run the activations above base until none is left; returns the result of
 * the last one (1 returned, 0 unwinding). The loop stands in for the C
 * recursion the nesting used to take: an activation that ends hands its
 * result to the one below it, a frame waiting at its call or drop terminator
 * (term_done) or a drop of a sequence (drop_resume). */
int drive(Interp *I, uint32_t base)
{
	int r = INTERP_PENDING; /* the result for the top activation; PENDING: it was just pushed */
	while (I->nacts > base) {
		uint32_t k = I->nacts - 1;
		Act *a = &I->acts[k];
		if (a->kind == ACT_DROP) {
			r = drop_resume(I, k, r == INTERP_PENDING ? 1 : r);
			continue;
		}
		Frame *fr = a->fr;
		RunResult rr;
		if (r != INTERP_PENDING && !term_done(I, fr, &fr->f->blocks[fr->bb].term, r))
			rr = R_UNWOUND;
		else
			rr = run_frame(I, fr);
		r = rr == R_PUSHED ? INTERP_PENDING : frame_finish(I, k, rr);
	}
	return r;
}

/* ---------------------------------------------------------------------- */
/* The executor                                                           */
/* ---------------------------------------------------------------------- */

static void interp_cleanup(Interp *I)
{
	while (I->frames) {
		Frame *fr = I->frames;
		I->frames = fr->next_all;
		frame_slots_release(I, fr);
		free(fr);
	}
	frame_slots_release(I, NULL);
	interp_fn_cache_free(I);
	upvar_offsets_free(I);
	for (uint32_t i = 0; i < I->nallocs; i++)
		alloc_release(&I->allocs[i]);
	free(I->allocs);
	free(I->free_ids);
	free(I->acts);
	free(I->static_addr);
	free(I->forklog.j);
	free(I->forklog.pend);
}

static void fmt_poll(Interp *I, uint64_t poll, TypeId payload, StrBuf *out)
{
	if (poll_read_discr(I, poll, payload)) {
		strbuf_printf(out, "Pending");
	} else {
		strbuf_printf(out, "Ready(");
		fmt_value(I, poll + poll_payload_offset(I, payload), payload, out);
		strbuf_printf(out, ")");
	}
}

/* The value of a Ready poll is the executor's once printed: it drops it there,
 * as tests/native/executor.rs's `run` does at the end of its `Poll::Ready(v)`
 * arm (a Guard in an async fn's result observes after the poll's event, before
 * the future's drop). 1 ok, 0 unwinding. */
static int drop_ready_value(Interp *I, uint64_t poll, TypeId payload)
{
	return drop_value(I, poll + poll_payload_offset(I, payload), payload);
}

/* The executor's start: call the entry fn; when it returns a future, the
 * executor's state (I->ex) is set for its polls and 1 is returned, else the
 * run is over (its events pushed) and 0 is returned. */
static int exec_begin(Interp *I, const Fn *f, const uint64_t *args, uint32_t nargs)
{
	Trace *tr = I->trace;
	if (f->kind != FN_SYNC)
		FAIL("entry %s is not a plain fn", f->name);
	if (nargs != f->nargs)
		FAIL("entry %s takes %" PRIu32 " arguments, %" PRIu32 " given", f->name, f->nargs, nargs);
	if (f->nlocals == 0)
		FAIL("fn %s has no return place", f->name);
	uint64_t *src = scratch_alloc_uninit(((size_t)nargs + 1) * sizeof *src);
	TypeId *ty = scratch_alloc_uninit(((size_t)nargs + 1) * sizeof *ty);
	for (uint32_t i = 0; i < nargs; i++) {
		ty[i] = f->locals[i + 1].ty;
		uint32_t sz = isize_of(I, ty[i]);
		src[i] = mem_alloc(I, sz);
		const Type *pt = ty_get(I, ty[i]);
		if (type_is_fat_ptr(I->m, ty[i])) { /* slice40: a slice parameter's argument 0 is the empty slice */
			if (args[i])
				FAIL("entry %s: a slice parameter's argument is 0 (the empty slice), not %" PRIu64, f->name,
				     args[i]);
			mem_write(I, src[i], 8, mem_alloc(I, 1)); /* an address of its own, no element */
			mem_write(I, src[i] + 8, 8, 0);
			continue;
		}
		if (pt->kind == TY_REF || pt->kind == TY_REFMUT) {
			/* a reference parameter (issue 22 item 4): the argument is the value
			 * of a cell that lives to the end of the run (the native harness
			 * passes Box::leak(Box::new(value))) */
			uint32_t psz = isize_of(I, pt->a);
			uint64_t cell = mem_alloc(I, psz);
			mem_write(I, cell, psz > 8 ? 8 : psz, args[i]);
			mem_write(I, src[i], 8, cell);
			continue;
		}
		mem_write(I, src[i], sz > 8 ? 8 : sz, args[i]);
	}
	TypeId rt = f->locals[0].ty;
	uint32_t rsz = isize_of(I, rt);
	uint64_t fut = mem_alloc(I, rsz);
	int ok = call_fn(I, f, src, ty, nargs, fut, rsz);
	if (!ok) {
		trace_push(tr, EV_RESULT, 0, "panicked");
		return 0;
	}
	if (ty_get(I, rt)->kind != TY_CORO) {
		StrBuf buf = {0};
		fmt_value(I, fut, rt, &buf);
		trace_push(tr, EV_RETURN, 0, "%s", buf.s);
		trace_push(tr, EV_RESULT, 0, "%s", buf.s);
		strbuf_free(&buf);
		return 0;
	}
	const Coroutine *c = coro_of_type(I, rt);
	ExecState *x = &I->ex;
	x->rt = rt;
	x->out = c->output;
	x->fut = fut;
	x->ctx = mem_alloc(I, 1);
	x->poll = mem_alloc(I, poll_size(I, x->out));
	x->st = EX_PENDING;
	snprintf(x->result, sizeof x->result, "cancelled");
	x->result_ev = 0;
	return 1;
}

/* One poll of the executor's future (I->ex.st is EX_PENDING). 0 when the run
 * is over (a Ready value's drop panicked), else 1. */
static int exec_poll(Interp *I)
{
	Trace *tr = I->trace;
	ExecState *x = &I->ex;
	StrBuf buf = {0};
	tr->polls++;
	if (!poll_future(I, x->rt, x->fut, x->ctx, x->poll, x->out)) {
		x->st = EX_PANICKED;
		tr->done_at_poll = tr->polls;
		trace_push(tr, EV_POLL, tr->polls, "panicked");
		snprintf(x->result, sizeof x->result, "panicked");
		x->result_ev = 0;
		return 1;
	}
	fmt_poll(I, x->poll, x->out, &buf);
	trace_push(tr, EV_POLL, tr->polls, "%s", buf.s);
	strbuf_free(&buf);
	if (poll_read_discr(I, x->poll, x->out) == 0) {
		x->st = EX_READY;
		tr->done_at_poll = tr->polls;
		x->result_ev = tr->n; /* the result is this event's text */
		if (!drop_ready_value(I, x->poll, x->out)) {
			trace_push(tr, EV_RESULT, 0, "panicked in drop");
			return 0;
		}
	}
	return 1;
}

/* The executor's end after its polls: the repoll when asked for (after Ready
 * or a panic), the future's drop, the result. */
static void exec_end(Interp *I, int repoll)
{
	Trace *tr = I->trace;
	ExecState *x = &I->ex;
	if (x->st != EX_PENDING && repoll) {
		if (!poll_future(I, x->rt, x->fut, x->ctx, x->poll, x->out)) {
			trace_push(tr, EV_REPOLL, 0, "panicked");
		} else {
			StrBuf buf = {0};
			fmt_poll(I, x->poll, x->out, &buf);
			trace_push(tr, EV_REPOLL, 0, "%s", buf.s);
			strbuf_free(&buf);
			if (poll_read_discr(I, x->poll, x->out) == 0 && !drop_ready_value(I, x->poll, x->out)) {
				trace_push(tr, EV_RESULT, 0, "panicked in drop");
				return;
			}
		}
	}
	trace_push(tr, EV_DROP, 0, NULL);
	if (!drop_value(I, x->fut, x->rt)) {
		trace_push(tr, EV_RESULT, 0, "panicked in drop");
		return;
	}
	trace_push(tr, EV_RESULT, 0, "%s", x->result_ev ? trace_ev(tr, x->result_ev - 1)->text : x->result);
}

/* The body of interp_run, after setjmp. */
static void execute(Interp *I, const Fn *f, const uint64_t *args, uint32_t nargs, const RunOptions *o)
{
	if (!exec_begin(I, f, args, nargs))
		return;
	while (I->ex.st == EX_PENDING && (o->cancel_after < 0 || I->trace->polls < (uint32_t)o->cancel_after))
		if (!exec_poll(I))
			return;
	exec_end(I, o->repoll);
}

/* ---------------------------------------------------------------------- */
/* Schedules sharing their prefix                                         */
/* ---------------------------------------------------------------------- */

/* One schedule's end, run on I itself between two polls of the executor (no
 * activation on the stack): cancelled (repoll 0, the executor still pending)
 * or after the loop (repoll as the schedule says), then undone (ForkLog,
 * interp.h): I is as it was, and its trace t starts with I's events, shared
 * (trace_share). The ids, steps and events are those a copy of I would have
 * made. It costs what the schedule's end touches: a copy of the run (the
 * allocation table, every frame's used locals) and the drop of a suspended
 * body's frame (a free per local it ever kept) cost O(state) per cancel point,
 * O(N^2) over N awaits (check36). */
static void run_fork(Interp *I, int repoll, uint32_t si, InterpScheduleDone done, void *ctx)
{
	if (I->nacts)
		internal_error("run_fork: %" PRIu32 " activations on the stack", I->nacts);
	Trace t;
	trace_share(I->trace, &t); /* the events so far, shared, not copied */
	ForkLog *L = &I->forklog;
	if (++L->gen == 0)
		internal_error("run_fork: more than 2^32 schedules");
	L->serial0 = I->next_serial;
	L->nallocs0 = I->nallocs;
	L->nfree0 = I->nfree;
	L->frames0 = I->frames;
	L->static0 = I->static_addr;
	L->nj = L->npend = 0;
	Trace *tr0 = I->trace;
	uint64_t steps0 = I->steps;
	int depth0 = I->depth;
	uint32_t nextern0 = I->nextern;
	uint8_t extern_pending0 = I->extern_pending;
	ExecState ex0 = I->ex;
	jmp_buf outer;
	memcpy(outer, I->halt, sizeof outer);
	I->fork = L;
	I->trace = &t;
	volatile int rc = 0;
	ScratchMark sm = scratch_mark();
	if (setjmp(I->halt) == 0)
		exec_end(I, repoll);
	else
		rc = -1;
	scratch_release(sm);
	fork_rollback(I);
	I->fork = NULL;
	memcpy(I->halt, outer, sizeof outer);
	I->trace = tr0;
	I->steps = steps0;
	I->depth = depth0;
	I->nextern = nextern0;
	I->extern_pending = extern_pending0;
	I->ex = ex0;
	done(ctx, si, &t, rc);
	trace_free(&t);
}

int interp_run_schedules(const Module *m, const char *entry, const uint64_t *args, uint32_t nargs,
			 uint64_t step_limit, uint32_t ncancel, const uint8_t *skip, InterpScheduleDone done, void *ctx)
{
	Trace t;
	trace_init(&t);
	Interp *I = calloc(1, sizeof *I);
	if (!I)
		internal_error("out of memory");
	I->m = m;
	I->trace = &t;
	I->opts = (RunOptions){-1, 0, step_limit};
	I->step_limit = step_limit ? step_limit : INTERP_STEP_LIMIT;
	/* volatile: read after a longjmp from the run */
	volatile uint32_t next_cancel = 0;
	volatile int repolled = 0;
	int rc = 0;
	ScratchMark sm = scratch_mark();
	const Fn *f = module_find_fn(m, entry);
	if (!f) {
		trace_push(&t, EV_ERROR, 0, "no fn named %s", entry);
		rc = -1;
	} else if (setjmp(I->halt) == 0) {
		if (exec_begin(I, f, args, nargs)) {
			int over = 0;
			while (I->ex.st == EX_PENDING) {
				if (next_cancel < ncancel && next_cancel == t.polls) {
					if (!(skip && skip[2 + next_cancel]))
						run_fork(I, 0, 2 + next_cancel, done, ctx);
					next_cancel = next_cancel + 1;
				}
				if (!exec_poll(I)) {
					over = 1;
					break;
				}
			}
			if (!over) {
				/* what is left runs as the complete run does from here: the
				 * repoll, and cancel points at or past the poll that ended it */
				if (!(skip && skip[1]))
					run_fork(I, 1, 1, done, ctx);
				repolled = 1;
				for (; next_cancel < ncancel; next_cancel = next_cancel + 1)
					if (!(skip && skip[2 + next_cancel]))
						run_fork(I, 0, 2 + next_cancel, done, ctx);
				exec_end(I, 0);
			}
		}
	} else {
		rc = -1;
	}
	scratch_release(sm);
	interp_cleanup(I);
	free(I);
	/* a run that ended before a schedule forked off (an error, a limit, a
	 * panicking drop of the Ready value, no future) is that schedule's run too */
	if (!repolled && !(skip && skip[1])) {
		Trace c;
		trace_share(&t, &c);
		done(ctx, 1, &c, rc);
		trace_free(&c);
	}
	for (uint32_t k = next_cancel; k < ncancel; k++) {
		if (skip && skip[2 + k])
			continue;
		Trace c;
		trace_share(&t, &c);
		done(ctx, 2 + k, &c, rc);
		trace_free(&c);
	}
	if (!(skip && skip[0]))
		done(ctx, 0, &t, rc);
	trace_free(&t);
	return rc;
}

uint64_t interp_step_limit(const Module *m)
{
	uint64_t n = 0;
	for (uint32_t i = 0; i < m->nfns; i++)
		for (BlockId b = 0; b < m->fns[i]->nblocks; b++)
			n += m->fns[i]->blocks[b].nstmts + 1;
	n *= INTERP_STEPS_PER_STMT;
	return n > INTERP_STEP_LIMIT ? n : INTERP_STEP_LIMIT;
}

int interp_run(const Module *m, const char *entry, const uint64_t *args, uint32_t nargs, const RunOptions *o,
	       Trace *t)
{
	static const RunOptions defaults = {-1, 0, 0};
	Interp *I = calloc(1, sizeof *I);
	if (!I)
		internal_error("out of memory");
	I->m = m;
	I->trace = t;
	I->opts = o ? *o : defaults;
	I->step_limit = I->opts.step_limit ? I->opts.step_limit : INTERP_STEP_LIMIT;
	int rc = 0;
	ScratchMark sm = scratch_mark();
	const Fn *f = module_find_fn(m, entry);
	if (!f) {
		trace_push(t, EV_ERROR, 0, "no fn named %s", entry);
		rc = -1;
	} else if (setjmp(I->halt) == 0) {
		execute(I, f, args, nargs, &I->opts);
	} else {
		rc = -1;
	}
	scratch_release(sm);
	interp_cleanup(I);
	free(I);
	return rc;
}
