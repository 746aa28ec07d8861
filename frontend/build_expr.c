/* build_expr.c — expressions into places, operands, rvalues and temporaries,
 * calls, async-block captures and statements (rustc:
 * compiler/rustc_mir_build/src/builder/expr/: as_place.rs, as_operand.rs,
 * as_rvalue.rs, as_temp.rs, into.rs, stmt.rs). See build.h. */
#include "build.h"

static BlockId into_inner(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e, int ntoa);
static BlockId stmt_expr_inner(Builder *b, BlockId bb, const AstExpr *e, int stmt_scope, int ntoa);
static BlockId as_operand(Builder *b, BlockId bb, int scope, const AstExpr *e, TypeId want, Operand *out);
static BlockId lower_closure(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv);

/* NeverToAny: a `!` expression coerced to another type. A block with a tail
 * takes the expected type and the coercion lands on its tail instead. */
static int ntoa_for(const AstExpr *e, TypeId want)
{
	if (e->kind == EXPR_BLOCK && e->block->tail)
		return 0;
	return is_never(e) && want != NO_ID && want != TY_NEVER;
}

static int is_identity_cast(const AstExpr *e) { return e->kind == EXPR_CAST && ast_type_eq(e->lhs->ty, e->cast_to); }

typedef enum { CAT_PLACE, CAT_CONST, CAT_RVALUE, CAT_INTO } Category;

/* `-5`: THIR folds the negation of a literal into the literal */
static int is_neg_lit(const AstExpr *e)
{
	return e->kind == EXPR_UNARY && e->un_op == AOP_NEG && e->lhs->kind == EXPR_INT && !e->lhs->konst; /* `-N`: a Neg */
}

static Category category(const AstExpr *e, int ntoa)
{
	if (ntoa)
		return CAT_INTO;
	if (is_neg_lit(e))
		return CAT_CONST;
	switch (e->kind) {
	case EXPR_VAR:
	case EXPR_FIELD:
	case EXPR_INDEX:
	case EXPR_DEREF: return CAT_PLACE;
	case EXPR_ARRAY:
	case EXPR_REPEAT: return CAT_RVALUE; /* rustc: Rvalue::Aggregate(Array), Rvalue::Repeat */
	case EXPR_REF: return CAT_INTO; /* rustc: Borrow is Rvalue(Into) */
	case EXPR_STRUCT:
	case EXPR_VARIANT: return CAT_INTO; /* rustc: ExprKind::Adt is Rvalue(Into): `s = S { .. }` goes through a temporary */
	case EXPR_INT:
	case EXPR_BOOL: return CAT_CONST;
	case EXPR_UNIT:
	case EXPR_CAST:
		return is_identity_cast(e) ? CAT_INTO : CAT_RVALUE; /* THIR Use */
	case EXPR_UNARY:
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
	case EXPR_ASYNC: return CAT_RVALUE;
	case EXPR_BINARY: /* cmp39: core's `==` (method) a call */
		return e->bin_op == AOP_AND || e->bin_op == AOP_OR || e->method ? CAT_INTO : CAT_RVALUE;
	default: return CAT_INTO;
	}
}

static uint64_t int_bits(const AstExpr *e) { return e->int_value; }

static Operand const_of(Builder *b, const AstExpr *e)
{
	if (e->konst) /* const33: `const NAME`, its value for the interpreter */
		return op_const_named(b->f, e->kind == EXPR_BOOL ? TY_BOOL : ty_of(b, e->ty), e->int_value, e->konst->ir_named);
	if (e->kind == EXPR_BOOL) /* mac40: `cfg!(debug_assertions)` is the build's */
		return cst(b, TY_BOOL, e->cfg_debug ? !b->o->release : e->bool_value);
	if (is_neg_lit(e))
		return cst(b, ty_of(b, e->ty), (uint64_t)0 - int_bits(e->lhs));
	return cst(b, ty_of(b, e->ty), int_bits(e));
}

static uint32_t capture_index(const AstAsyncBlock *ab, const AstVar *v);

/* The place upvar `up` of the block being built holds: `(_1.up)`, or `(*(_1.up))`
 * by reference. */
static PlaceId upvar_place(Builder *b, uint32_t up)
{
	const AstCapture *c = &b->ab->captures[up];
	TypeId vt = ty_of(b, capture_type(c));
	if (c->mode == CAPTURE_BY_VALUE)
		return place_project(b->f, pl(b, 1), PROJ_FIELD, up, vt);
	TypeId rt = type_ptr(b->m, c->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt);
	PlaceId f = place_project(b->f, pl(b, 1), PROJ_FIELD, up, rt);
	return place_project(b->f, f, PROJ_DEREF, 0, vt);
}

/* The place of v.path[0..n) (path_ty: each step's type) as the body being built
 * sees it: below a local, or below the upvar capturing it or an ancestor of it
 * (edition 2021: rustc's THIR replaces the captured prefix by the upvar). */
static PlaceId path_place(Builder *b, const AstVar *v, const int *path, const AstType *path_ty, int n)
{
	LocalId l = b->var_local[v->id];
	PlaceId p;
	int k = 0;
	if (b->guard_ref && b->guard_ref[v->id] != NO_ID) { /* guard27: a binding in its arm's guard */
		p = place_project(b->f, pl(b, b->guard_ref[v->id]), PROJ_DEREF, 0, ty_of(b, v->ty));
	} else if (l != NO_ID) {
		p = pl(b, l);
	} else {
		IR_ASSERT(b->ab);
		uint32_t up = NO_ID;
		for (int i = 0; i < b->ab->ncaptures && up == NO_ID; i++) {
			const AstCapture *c = &b->ab->captures[i];
			if (c->var == v && c->npath <= n) {
				int j = 0;
				while (j < c->npath && c->path[j] == path[j])
					j++;
				if (j == c->npath)
					up = (uint32_t)i;
			}
		}
		IR_ASSERT(up != NO_ID);
		p = upvar_place(b, up);
		k = b->ab->captures[up].npath;
	}
	for (; k < n; k++) {
		AstType parent = k ? path_ty[k - 1] : v->ty;
		if (parent.kind == ATY_ENUM) /* a field of a one-variant enum: through its variant */
			p = place_project(b->f, p, PROJ_DOWNCAST, 0, ty_of(b, parent));
		p = place_project(b->f, p, PROJ_FIELD, (uint32_t)path[k], ty_of(b, path_ty[k]));
	}
	return p;
}

/* Field `field` (of type fty) of the one-variant enum at the place scrut names (a variable
 * or a field path below one, of an enclosing body), through the block's capture of it
 * (issue 22 item 4: the captures are the fields' places, the enum has none). */
PlaceId captured_variant_field(Builder *b, const AstExpr *scrut, int field, AstType fty)
{
	int n = 0, path[CAPTURE_PATH_MAX];
	AstType path_ty[CAPTURE_PATH_MAX];
	const AstExpr *r = scrut;
	for (; r->kind == EXPR_FIELD; r = r->lhs)
		n++;
	IR_ASSERT(r->kind == EXPR_VAR && n < CAPTURE_PATH_MAX);
	const AstExpr *q = scrut;
	for (int k = n - 1; k >= 0; k--, q = q->lhs) {
		path[k] = q->field;
		path_ty[k] = q->ty;
	}
	path[n] = field;
	path_ty[n] = fty;
	return path_place(b, r->var, path, path_ty, n + 1);
}

/* The place of a variable use: a local of this body or an upvar of _1. */
static PlaceId var_place(Builder *b, const AstExpr *e)
{
	const AstVar *v = e->var;
	LocalId l = b->var_local[v->id];
	if (b->guard_ref && b->guard_ref[v->id] != NO_ID) /* guard27: a binding in its arm's guard */
		return place_project(b->f, pl(b, b->guard_ref[v->id]), PROJ_DEREF, 0, ty_of(b, v->ty));
	if (l != NO_ID && (e->upvar < 0 || v->owner == b->ab))
		return pl(b, l);
	/* `let _ = x;` uses no capture of its own (e->upvar < 0): the block's capture
	 * of x, made by another use */
	uint32_t up = b->ab ? capture_index(b->ab, v) : NO_ID;
	IR_ASSERT(b->ab && up != NO_ID);
	return upvar_place(b, up);
}

/* `let _ = x;` inside an async block that does not capture x (rustc 2021's
 * capture analysis captures nothing for it): a variable rustc's MIR has no
 * place for, so the statement builds nothing. */
bool uncaptured_mention(const Builder *b, const AstExpr *e)
{
	if (e->kind == EXPR_VAR)
		return b->ab && b->var_local[e->var->id] == NO_ID && capture_index(b->ab, e->var) == NO_ID;
	/* `match s.e { _ => .. }`: no capture holds s.e or a prefix of it (issue 22 item 4) */
	int n = 0, path[CAPTURE_PATH_MAX];
	const AstExpr *r = e;
	for (; r->kind == EXPR_FIELD && n < CAPTURE_PATH_MAX; r = r->lhs)
		n++;
	if (r->kind != EXPR_VAR || n == 0 || !b->ab || b->var_local[r->var->id] != NO_ID)
		return false;
	r = e;
	for (int k = n - 1; k >= 0; k--, r = r->lhs)
		path[k] = r->field;
	for (int i = 0; i < b->ab->ncaptures; i++) {
		const AstCapture *c = &b->ab->captures[i];
		int j = 0;
		while (c->var == r->var && j < c->npath && j < n && c->path[j] == path[j])
			j++;
		if (c->var == r->var && j == c->npath)
			return false;
	}
	return true;
}

/* rustc's lower_scrutinee: the scrutinee as a place (as_place_builder) and its
 * PlaceMention when the place resolves (try_to_place). In an async block whose
 * captures are places below the scrutinee (`s.a`, not `s`: sema's
 * capture_struct_match) the scrutinee resolves to no place: a virtual one, no
 * PlaceMention (issue 22 item 4). */
BlockId lower_scrutinee(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out)
{
	const AstExpr *r = e;
	if (ast_deref_is_ergo(e)) {
		/* match ergonomics (sema's ergonomic_scrutinee): the reference is the scrutinee
		 * rustc mentions, its deref the place the patterns test */
		PlaceId ref;
		const AstExpr *via = ast_deref_via_ref(e);
		if (ast_ref_double_ok(e->lhs) || via) { /* pat35: `match &&o`: the written `&&o`, tests on
		                                           `(*(*_t))`; pat36: `match &r`, the written `&r` */
			bb = lower_scrutinee(b, bb, via ? via : e->lhs->rhs, &ref);
			ref = place_project(b->f, resolve_captured(b, ref), PROJ_DEREF, 0, ty_of(b, e->lhs->ty));
		} else {
			bb = lower_scrutinee(b, bb, e->lhs, &ref);
		}
		*out = place_project(b->f, resolve_captured(b, ref), PROJ_DEREF, 0, ty_of(b, e->ty));
		return bb;
	}
	while (r->kind == EXPR_FIELD)
		r = r->lhs;
	if (r->kind != EXPR_VAR || !uncaptured_mention(b, e)) {
		bb = as_place(b, bb, e, out);
		push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = *out});
		return bb;
	}
	PlaceId p = place_project(b->f, pl(b, 1), PROJ_FIELD, VIRTUAL_UPVAR + (uint32_t)r->var->id, ty_of(b, r->var->ty));
	int n = 0;
	const AstExpr *path[CAPTURE_PATH_MAX];
	for (const AstExpr *q = e; q->kind == EXPR_FIELD && n < CAPTURE_PATH_MAX; q = q->lhs)
		path[n++] = q;
	while (n > 0) {
		n--;
		p = place_project(b->f, p, PROJ_FIELD, (uint32_t)path[n]->field, ty_of(b, path[n]->ty));
	}
	*out = p;
	return bb;
}

/* as_place of a match's scrutinee and its PlaceMention; under match ergonomics (an implicit deref
 * of a reference: sema's ergonomic_scrutinee) rustc's scrutinee is the reference, mentioned, and
 * the patterns test its deref */
BlockId mention_scrutinee(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out)
{
	if (ast_deref_is_ergo(e)) {
		PlaceId ref;
		const AstExpr *via = ast_deref_via_ref(e); /* pat36: `match &r` */
		bool twice = ast_ref_double_ok(e->lhs) || via; /* pat35: `match &&o` */
		bb = as_place(b, bb, via ? via : twice ? e->lhs->rhs : e->lhs, &ref);
		push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = ref});
		if (twice)
			ref = place_project(b->f, ref, PROJ_DEREF, 0, ty_of(b, e->lhs->ty));
		*out = place_project(b->f, ref, PROJ_DEREF, 0, ty_of(b, e->ty));
		return bb;
	}
	bb = as_place(b, bb, e, out);
	push(b, bb, (Stmt){.kind = ST_PLACE_MENTION, .place = *out});
	return bb;
}

bool place_is_virtual(const Builder *b, PlaceId p)
{
	const Place *pp = &b->f->places[p];
	return b->ab && pp->local == 1 && pp->nproj && b->f->projs[pp->proj].kind == PROJ_FIELD &&
	       b->f->projs[pp->proj].index >= VIRTUAL_UPVAR;
}

/* A virtual place (lower_scrutinee) some capture holds, or is below: that upvar's place
 * and the projections past the capture's path (rustc's find_capture_matching_projections
 * in to_upvars_resolved_place_builder); p itself otherwise. */
PlaceId resolve_captured(Builder *b, PlaceId p)
{
	if (!place_is_virtual(b, p))
		return p;
	Place v = b->f->places[p];
	int id = (int)(b->f->projs[v.proj].index - VIRTUAL_UPVAR);
	for (int i = 0; i < b->ab->ncaptures; i++) {
		const AstCapture *c = &b->ab->captures[i];
		if (c->var->id != id)
			continue;
		uint32_t k = 1;
		int j = 0;
		for (; j < c->npath && k < v.nproj; k++) {
			const Proj *pr = &b->f->projs[v.proj + k];
			if (pr->kind != PROJ_FIELD)
				continue; /* a one-variant enum's downcast */
			if ((int)pr->index != c->path[j])
				break;
			j++;
		}
		if (j < c->npath)
			continue;
		PlaceId r = upvar_place(b, (uint32_t)i);
		for (; k < v.nproj; k++) {
			Proj pr = b->f->projs[v.proj + k];
			r = place_project(b->f, r, (ProjKind)pr.kind, pr.index, pr.ty);
		}
		return r;
	}
	return p;
}

Operand consume(Builder *b, PlaceId p)
{
	TypeId t = place_type(b->f, p);
	uint8_t k = type_get(b->m, t)->kind;
	int copy = k <= TY_CHAR || k == TY_REF; /* (), !, bool, integers, char, &T */
	copy |= k == TY_ADT && adt_of(b->m, t)->is_copy; /* Option<u32> (issue 22 item 4) */
	if (k == TY_ARRAY) { /* issue 22 item 4: [T; N] is Copy when T is */
		TypeId et = type_get(b->m, place_type(b->f, p))->a;
		uint8_t ek = type_get(b->m, et)->kind;
		copy = ek <= TY_CHAR || ek == TY_REF || (ek == TY_ADT && adt_of(b->m, et)->is_copy);
	}
	return copy ? op_copy(p) : op_move(p);
}

static BinOp binop_of(AstBinOp op)
{
	switch (op) {
	case AOP_ADD: return BIN_ADD;
	case AOP_SUB: return BIN_SUB;
	case AOP_MUL: return BIN_MUL;
	case AOP_DIV: return BIN_DIV;
	case AOP_REM: return BIN_REM;
	case AOP_BITAND: return BIN_BITAND;
	case AOP_BITOR: return BIN_BITOR;
	case AOP_BITXOR: return BIN_BITXOR;
	case AOP_SHL: return BIN_SHL;
	case AOP_SHR: return BIN_SHR;
	case AOP_EQ: return BIN_EQ;
	case AOP_NE: return BIN_NE;
	case AOP_LT: return BIN_LT;
	case AOP_LE: return BIN_LE;
	case AOP_GT: return BIN_GT;
	case AOP_GE: return BIN_GE;
	default: internal_error("lower: logical operator in binop_of");
	}
}

static Operand to_copy(Operand o)
{
	if (o.kind == OP_MOVE)
		o.kind = OP_COPY;
	return o;
}

static BlockId do_assert(Builder *b, BlockId bb, Operand cond, int expected, AssertKind msg, uint32_t x,
			 const Operand *args, uint32_t nargs)
{
	BlockId ok = new_block(b);
	Term t = mk(TK_ASSERT);
	t.a = cond;
	t.op = (uint8_t)expected;
	t.msg = (uint8_t)msg;
	t.x = x;
	t.args = fn_add_args(b->f, args, nargs);
	t.nargs = nargs;
	t.target = ok;
	terminate(b, bb, t);
	diverge_from(b, bb);
	return ok;
}

static uint64_t minval(Builder *b, TypeId t)
{
	int bits = type_int_bits(b->m, t);
	return bits == 64 ? (uint64_t)1 << 63 : (uint64_t)1 << (bits - 1);
}

/* rustc: build_binary_op. */
static BlockId binary_op(Builder *b, BlockId bb, BinOp op, TypeId ty, Operand l, Operand r, Stmt *rv)
{
	int check = !b->o->release;
	int integral = type_is_int(b->m, ty);
	if ((op == BIN_ADD || op == BIN_SUB || op == BIN_MUL) && check && integral) {
		LocalId res = new_temp(b, type_tuple2(b->m, ty, TY_BOOL), 1);
		assign(b, bb, pl(b, res), stmt_assign_binary(0, RV_CHECKED, op, to_copy(l), to_copy(r)));
		PlaceId of = place_project(b->f, pl(b, res), PROJ_FIELD, 1, TY_BOOL);
		Operand args[2] = {l, r};
		bb = do_assert(b, bb, op_move(of), 0, AK_OVERFLOW, op, args, 2);
		*rv = rv_use(op_move(place_project(b->f, pl(b, res), PROJ_FIELD, 0, ty)));
		return bb;
	}
	if ((op == BIN_SHL || op == BIN_SHR) && check && integral) {
		/* rhs type: the rhs operand's type */
		TypeId rt = r.kind == OP_CONST ? b->f->consts[r.v].ty : place_type(b->f, r.v);
		Operand ur = to_copy(r);
		TypeId ut = rt;
		if (type_is_signed(b->m, rt)) {
			ut = (TypeId)(rt - (TY_I8 - TY_U8));
			LocalId t = new_temp(b, ut, 1);
			assign(b, bb, pl(b, t), (Stmt){.rv = RV_CAST, .a = to_copy(r), .x = ut});
			ur = op_move(pl(b, t));
		}
		LocalId inb = new_temp(b, TY_BOOL, 1);
		assign(b, bb, pl(b, inb),
		       stmt_assign_binary(0, RV_BINARY, BIN_LT, ur, cst(b, ut, (uint64_t)type_int_bits(b->m, ty))));
		Operand args[1] = {to_copy(r)};
		bb = do_assert(b, bb, op_move(pl(b, inb)), 1, op == BIN_SHL ? AK_SHL_OVERFLOW : AK_SHR_OVERFLOW, 0, args,
			       1);
		*rv = stmt_assign_binary(0, RV_BINARY, op, l, r);
		return bb;
	}
	if ((op == BIN_DIV || op == BIN_REM) && integral) {
		LocalId z = new_temp(b, TY_BOOL, 1);
		assign(b, bb, pl(b, z), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(r), cst(b, ty, 0)));
		Operand a1[1] = {to_copy(l)};
		bb = do_assert(b, bb, op_move(pl(b, z)), 0, op == BIN_DIV ? AK_DIV_ZERO : AK_REM_ZERO, 0, a1, 1);
		if (type_is_signed(b->m, ty)) {
			LocalId n1 = new_temp(b, TY_BOOL, 1), mn = new_temp(b, TY_BOOL, 1), of = new_temp(b, TY_BOOL, 1);
			assign(b, bb, pl(b, n1), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(r), cst(b, ty, ~(uint64_t)0)));
			assign(b, bb, pl(b, mn), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(l), cst(b, ty, minval(b, ty))));
			assign(b, bb, pl(b, of),
			       stmt_assign_binary(0, RV_BINARY, BIN_BITAND, op_move(pl(b, n1)), op_move(pl(b, mn))));
			Operand a2[2] = {to_copy(l), to_copy(r)};
			bb = do_assert(b, bb, op_move(pl(b, of)), 0, op == BIN_DIV ? AK_DIV_OVERFLOW : AK_REM_OVERFLOW, 0, a2,
				       2);
		}
		*rv = stmt_assign_binary(0, RV_BINARY, op, l, r);
		return bb;
	}
	*rv = stmt_assign_binary(0, RV_BINARY, op, l, r);
	return bb;
}

static BlockId array_rvalue(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv);

/* rustc: as_rvalue (the Scope of e already entered by the caller when inner). */
static BlockId as_rvalue_inner(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv)
{
	if (is_neg_lit(e)) {
		*rv = rv_use(const_of(b, e));
		return bb;
	}
	switch (e->kind) {
	case EXPR_INT:
	case EXPR_BOOL:
		*rv = rv_use(const_of(b, e));
		return bb;
	case EXPR_UNIT:
		*rv = (Stmt){.rv = RV_AGGREGATE, .op = AGG_TUPLE, .x = TY_UNIT};
		return bb;
	case EXPR_BINARY:
		if (e->bin_op != AOP_AND && e->bin_op != AOP_OR && !e->method) {
			Operand l, r;
			TypeId lt = ty_of(b, e->lhs->ty);
			bb = as_operand(b, bb, scope, e->lhs, lt, &l);
			bb = as_operand(b, bb, scope, e->rhs, ty_of(b, e->rhs->ty), &r);
			return binary_op(b, bb, binop_of(e->bin_op), lt, l, r, rv);
		}
		break;
	case EXPR_UNARY: {
		Operand a;
		TypeId t = ty_of(b, e->ty);
		bb = as_operand(b, bb, scope, e->lhs, t, &a);
		if (e->un_op == AOP_NEG && !b->o->release && type_is_signed(b->m, t)) {
			LocalId m = new_temp(b, TY_BOOL, 1);
			assign(b, bb, pl(b, m), stmt_assign_binary(0, RV_BINARY, BIN_EQ, to_copy(a), cst(b, t, minval(b, t))));
			Operand args[1] = {to_copy(a)};
			bb = do_assert(b, bb, op_move(pl(b, m)), 0, AK_OVERFLOW_NEG, 0, args, 1);
		}
		*rv = (Stmt){.rv = RV_UNARY, .op = e->un_op == AOP_NEG ? UN_NEG : UN_NOT, .a = a};
		return bb;
	}
	case EXPR_CAST: {
		Operand a;
		TypeId to = ty_of(b, e->cast_to);
		if (is_identity_cast(e))
			break;
		if (e->lhs->ty.kind == ATY_ENUM) {
			/* rustc's as_rvalue of a cast of an enum: the operand as an immutable
			 * temp, its discriminant into a temp without storage statements, that
			 * cast (`_7 = move _5; _8 = discriminant(_7); _6 = move _8 as u32`) */
			int ts, id = enter(b, &ts);
			LocalId t;
			bb = as_temp_inner(b, bb, scope, e->lhs, 0, NO_ID, 0, &t);
			bb = leave(b, id, ts, bb);
			LocalId d = new_temp(b, adt_discr_type(adt_of(b->m, b->f->locals[t].ty)), 1); /* repr40 */
			assign(b, bb, pl(b, d), (Stmt){.rv = RV_DISCR, .a = {.v = pl(b, t)}});
			*rv = (Stmt){.rv = RV_CAST, .a = op_move(pl(b, d)), .x = to};
			return bb;
		}
		bb = as_operand(b, bb, scope, e->lhs, ty_of(b, e->lhs->ty), &a);
		/* slice40: an unsizing coercion's cast (sema's implicit `&*e as &[T]`) */
		*rv = (Stmt){.rv = RV_CAST, .op = type_is_fat_ptr(b->m, to) ? CAST_UNSIZE : CAST_INT_TO_INT, .a = a, .x = to};
		return bb;
	}
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN:
		bb = stmt_expr(b, bb, e, NO_SCOPE, 0);
		*rv = rv_use(cst(b, TY_UNIT, 0));
		return bb;
	case EXPR_ASYNC:
		return lower_closure(b, bb, scope, e, rv);
	case EXPR_STRUCT: {
		/* rustc: ExprKind::Adt, the fields evaluated in the order written, the
		 * aggregate in declaration order */
		const AstStruct *st = e->strukt;
		ScratchMark sm = scratch_mark();
		Operand *ops = scratch_alloc_uninit(((size_t)st->nfields + 1) * sizeof *ops);
		for (int i = 0; i < e->ninits; i++) {
			const AstFieldInit *in = &e->inits[i];
			bb = as_operand(b, bb, scope, in->value, ty_of(b, st->fields[in->field].ty), &ops[in->field]);
		}
		*rv = (Stmt){.rv = RV_AGGREGATE, .op = AGG_ADT, .x = ty_of(b, e->ty)};
		rv->a.v = fn_add_args(b->f, ops, (uint32_t)st->nfields);
		rv->b.v = (uint32_t)st->nfields;
		scratch_release(sm);
		return bb;
	}
	case EXPR_ARRAY:
	case EXPR_REPEAT:
		return array_rvalue(b, bb, scope, e, rv);
	case EXPR_VARIANT: {
		/* rustc: ExprKind::Adt of a variant: `E::B(move _5, const 3_u8)`, the fields
		 * evaluated in the order written, the aggregate in declaration order */
		const AstVariant *v = &e->enm->variants[e->variant];
		ScratchMark sm = scratch_mark();
		Operand *ops = scratch_alloc_uninit(((size_t)v->nfields + 2) * sizeof *ops);
		ops[0] = cst(b, TY_USIZE, (uint64_t)e->variant);
		for (int i = 0; i < e->nvinits; i++) {
			const AstFieldInit *in = &e->vinits[i];
			bb = as_operand(b, bb, scope, in->value, ty_of(b, v->fields[in->field].ty), &ops[1 + in->field]);
		}
		*rv = (Stmt){.rv = RV_AGGREGATE, .op = AGG_ADT, .x = ty_of(b, e->ty)};
		rv->a.v = fn_add_args(b->f, ops, (uint32_t)v->nfields + 1);
		rv->b.v = (uint32_t)v->nfields + 1;
		scratch_release(sm);
		return bb;
	}
	default:
		break;
	}
	Operand o;
	bb = as_operand(b, bb, scope, e, NO_ID, &o);
	*rv = rv_use(o);
	return bb;
}

/* Lowers e (with its scope) as an rvalue whose temporaries live in `scope`. */
static BlockId as_rvalue(Builder *b, BlockId bb, int scope, const AstExpr *e, TypeId want, Stmt *rv)
{
	int ts, id = enter(b, &ts);
	int ntoa = ntoa_for(e, want);
	Category c = category(e, ntoa);
	if (c == CAT_INTO || c == CAT_PLACE) {
		LocalId t;
		bb = as_temp_inner(b, bb, scope, e, ntoa, want, 1, &t);
		*rv = rv_use(op_move(pl(b, t)));
	} else {
		bb = as_rvalue_inner(b, bb, scope, e, rv);
	}
	return leave(b, id, ts, bb);
}

static BlockId as_local_rvalue(Builder *b, BlockId bb, const AstExpr *e, TypeId want, Stmt *rv)
{
	return as_rvalue(b, bb, topmost(b), e, want, rv);
}

/* rustc: as_operand. */
static BlockId as_operand(Builder *b, BlockId bb, int scope, const AstExpr *e, TypeId want, Operand *out)
{
	int ts, id = enter(b, &ts);
	int ntoa = ntoa_for(e, want);
	if (category(e, ntoa) == CAT_CONST) {
		*out = const_of(b, e);
	} else {
		LocalId t;
		bb = as_temp_inner(b, bb, scope, e, ntoa, want, 1, &t);
		*out = op_move(pl(b, t));
	}
	return leave(b, id, ts, bb);
}

BlockId as_local_operand(Builder *b, BlockId bb, const AstExpr *e, TypeId want, Operand *out)
{
	return as_operand(b, bb, topmost(b), e, want, out);
}

static int no_storage_temp(const AstExpr *e, int ntoa)
{
	if (ntoa)
		return 0;
	if (e->kind == EXPR_BREAK || e->kind == EXPR_CONTINUE || e->kind == EXPR_RETURN)
		return 1;
	if (e->kind == EXPR_BLOCK && !e->block->tail && is_never(e))
		return 1;
	return 0;
}

/* rustc: as_temp, with the Scope of e already entered. */
BlockId as_temp_inner(Builder *b, BlockId bb, int temp_scope, const AstExpr *e, int ntoa, TypeId want,
			     int mutbl, LocalId *out)
{
	TypeId t = ntoa ? want : ty_of(b, e->ty);
	LocalId tmp = new_temp(b, t, mutbl);
	if (!no_storage_temp(e, ntoa)) {
		storage(b, bb, ST_STORAGE_LIVE, tmp);
		if (temp_scope != NO_SCOPE)
			schedule_drop(b, temp_scope, tmp, DK_STORAGE);
	}
	bb = into_inner(b, pl(b, tmp), bb, e, ntoa);
	if (temp_scope != NO_SCOPE)
		schedule_drop(b, temp_scope, tmp, DK_VALUE);
	*out = tmp;
	return bb;
}


static BlockId place_of(Builder *b, BlockId bb, const AstExpr *e, int mutbl, PlaceId *out);
static BlockId index_place(Builder *b, BlockId bb, const AstExpr *e, PlaceId base, PlaceId *out);

/* x.f.g of a variable the block captures by a field place: its place, true; else false. Out of
 * line: its arrays are no part of field_place_of's frame, paid once a level of a field chain. */
static NOINLINE bool captured_field_place(Builder *b, const AstExpr *e, PlaceId *out)
{
	int n = 0, path[CAPTURE_PATH_MAX];
	AstType path_ty[CAPTURE_PATH_MAX];
	const AstExpr *r = e;
	while (r->kind == EXPR_FIELD && n < CAPTURE_PATH_MAX)
		r = r->lhs, n++;
	if (r->kind != EXPR_VAR || b->var_local[r->var->id] != NO_ID || capture_index(b->ab, r->var) != NO_ID)
		return false;
	const AstExpr *q = e;
	for (int k = n - 1; k >= 0; k--, q = q->lhs) {
		path[k] = q->field;
		path_ty[k] = q->ty;
	}
	*out = path_place(b, r->var, path, path_ty, n);
	return true;
}

/* `lhs.f` / `*lhs` with e's scope entered: lhs as a place, then the field or
 * the deref (rustc: expr_as_place, ExprKind::Field, ExprKind::Deref). */
static BlockId field_place_of(Builder *b, BlockId bb, const AstExpr *e, int mutbl, PlaceId *out)
{
	if (e->kind == EXPR_FIELD && b->ab && captured_field_place(b, e, out))
		return bb;
	PlaceId base;
	bb = place_of(b, bb, e->lhs, mutbl, &base);
	if (e->kind == EXPR_INDEX)
		return index_place(b, bb, e, base, out);
	if (e->kind == EXPR_DEREF)
		*out = place_project(b->f, base, PROJ_DEREF, 0, ty_of(b, e->ty));
	else
		*out = place_project(b->f, base, PROJ_FIELD, (uint32_t)e->field, ty_of(b, e->ty));
	return bb;
}

static BlockId field_place(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out)
{
	return field_place_of(b, bb, e, 1, out);
}

/* rustc: expr_as_place; mutbl 0 for as_read_only_place (a shared borrow's
 * operand), whose temporaries are immutable locals. An adjustment sema added
 * (e->implicit) shares the region scope of the expression it adjusts. */
static BlockId place_of_in(Builder *b, BlockId bb, const AstExpr *e, int mutbl, PlaceId *out, bool own_scope)
{
	int ts, id = e->implicit || !own_scope ? NO_SCOPE : enter(b, &ts);
	if (e->kind == EXPR_VAR) {
		*out = var_place(b, e);
	} else if (e->kind == EXPR_FIELD || e->kind == EXPR_DEREF || e->kind == EXPR_INDEX) {
		bb = field_place_of(b, bb, e, mutbl, out);
	} else {
		LocalId t; /* temp33: `let r = &e;`'s e lives to the end of the block; temp37: `Some(&e)`'s too
		            * (an extended borrow's own value, reborrowed by a coercion, is the statement's) */
		bool ext = e == b->extend_expr || (e->extended && e->kind != EXPR_REF);
		int scope = ext ? b->extend_scope : b->temp_scope;
		bb = as_temp_inner(b, bb, scope, e, 0, NO_ID, mutbl, &t);
		*out = pl(b, t);
	}
	return id == NO_SCOPE ? bb : leave(b, id, ts, bb);
}

static BlockId place_of(Builder *b, BlockId bb, const AstExpr *e, int mutbl, PlaceId *out)
{
	return place_of_in(b, bb, e, mutbl, out, true);
}

BlockId as_place(Builder *b, BlockId bb, const AstExpr *e, PlaceId *out)
{
	return place_of(b, bb, e, 1, out);
}

/* ---- arrays (issue 22 item 4) ---- */

/* `base[i]` (rustc: lower_index_expression): the index into a fresh immutable
 * temporary of the index expression's temp lifetime (as_temp), then rustc's
 * bounds_check: `_k = Lt(copy _i, const N); assert(move _k, "index out of
 * bounds: ..", const N, copy _i)` (the length of an array is a constant), then
 * the place `base[_i]`. No fake borrows: those are for nested indexes. */
static BlockId index_place(Builder *b, BlockId bb, const AstExpr *e, PlaceId base, PlaceId *out)
{
	TypeId at = place_type(b->f, base);
	uint32_t len = type_get(b->m, at)->b;
	int ts, id = enter(b, &ts);
	LocalId idx;
	bb = as_temp_inner(b, bb, b->temp_scope, e->rhs, 0, NO_ID, 0, &idx);
	bb = leave(b, id, ts, bb);
	/* slice40: a slice's length is PtrMetadata of its pointer (frontend/slice.c) */
	Operand n = type_get(b->m, at)->kind == TY_SLICE ? slice_len_operand(b, bb, base) : cst(b, TY_USIZE, len);
	LocalId lt = new_temp(b, TY_BOOL, 1);
	assign(b, bb, pl(b, lt), stmt_assign_binary(0, RV_BINARY, BIN_LT, op_copy(pl(b, idx)), n.kind == OP_MOVE ? op_copy(n.v) : n));
	Operand args[2] = {n, op_copy(pl(b, idx))};
	bb = do_assert(b, bb, op_move(pl(b, lt)), 1, AK_BOUNDS_CHECK, 0, args, 2);
	*out = place_project(b->f, base, PROJ_INDEX, idx, type_get(b->m, at)->a);
	return bb;
}

/* `[a, b, c]`: each element as an operand, in order, then Aggregate(Array);
 * `[x; N]`: x as an operand, then Repeat (rustc: as_rvalue, ExprKind::Array and
 * ExprKind::Repeat; a count of 0 is rejected by the parser) */
static BlockId array_rvalue(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv)
{
	TypeId at = ty_of(b, e->ty), et = type_get(b->m, at)->a;
	int n = e->kind == EXPR_REPEAT ? 1 : e->nargs;
	ScratchMark sm = scratch_mark();
	Operand *ops = scratch_alloc_uninit((size_t)n * sizeof *ops);
	for (int i = 0; i < n; i++)
		bb = as_operand(b, bb, scope, e->kind == EXPR_REPEAT ? e->lhs : e->args[i], et, &ops[i]);
	*rv = (Stmt){.rv = RV_AGGREGATE, .op = e->kind == EXPR_REPEAT ? AGG_REPEAT : AGG_ARRAY, .x = at};
	rv->a.v = fn_add_args(b->f, ops, (uint32_t)n);
	rv->b.v = (uint32_t)n;
	scratch_release(sm);
	return bb;
}

/* ---- calls ---- */

uint32_t callee_name(Builder *b, const char *name)
{
	Fn *f = b->f;
	for (; b->ncallee_ix < f->nnames; b->ncallee_ix++) /* names others added: the first of each */
		namemap_add(&b->callee_ix, f->names[b->ncallee_ix], b->ncallee_ix);
	const uintptr_t *ix = namemap_find(&b->callee_ix, name);
	if (ix)
		return (uint32_t)*ix;
	uint32_t i = fn_push_name(f, name);
	namemap_add(&b->callee_ix, f->names[i], i);
	b->ncallee_ix = f->nnames;
	return i;
}

BlockId emit_call(Builder *b, BlockId bb, PlaceId dest, CalleeKind ck, uint32_t x, Operand *args, uint32_t n)
{
	BlockId ok = new_block(b);
	record_moved(b, args, n);
	Term t = mk(TK_CALL);
	t.place = dest;
	t.op = (uint8_t)ck;
	t.x = x;
	t.args = fn_add_args(b->f, args, n);
	t.nargs = n;
	t.target = ok;
	terminate(b, bb, t);
	diverge_from(b, bb);
	return ok;
}

/* cmp39: `o.is_some()` .., the receiver adjusted by sema (`&o`, `&*r`): `Option::<u32>::is_some(move _4)`, the
 * name rustc's MIR prints (the enum's spelling with `::` before its arguments) */
static BlockId lower_query_call(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	TypeId rt = ty_of(b, e->args[0]->ty);
	const char *sp = type_spelling(b->m, type_get(b->m, rt)->a), *lt = strchr(sp, '<');
	const char *name = ast_builtin_is_slice(e->callee->builtin) /* slice40: `core::slice::<impl [u8]>::len` */
	                   ? arena_printf(b->f->arena, "core::slice::<impl %s>::%s", sp, e->callee->name) : NULL;
	IR_ASSERT(lt || name);
	if (!name)
		name = arena_printf(b->f->arena, "%.*s::%s::%s", (int)(lt - sp), sp, lt, e->callee->name);
	Operand op;
	bb = as_local_operand(b, bb, e->args[0], rt, &op);
	return emit_call(b, bb, dest, CALLEE_FN, callee_name(b, name), &op, 1);
}

/* cmp39: `a == b` .. of `()`, an array, Option or Result, both operands borrowed by sema: the call of core's
 * `<T as PartialEq>::eq(move _5, move _6)` (`ne`; PartialOrd's `lt`, `le`, `gt`, `ge`), as rustc's THIR
 * builds an overloaded operator (ExprKind::Call of the method, the autoref'd operands its arguments) */
static BlockId lower_core_cmp(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	TypeId rt = ty_of(b, e->lhs->ty);
	const char *name = arena_printf(b->f->arena, "<%s%s", type_spelling(b->m, type_get(b->m, rt)->a),
	                                cmp_leaf_suffix(binop_of(e->bin_op)));
	Operand args[2];
	bb = as_local_operand(b, bb, e->lhs, rt, &args[0]);
	bb = as_local_operand(b, bb, e->rhs, rt, &args[1]);
	return emit_call(b, bb, dest, CALLEE_FN, callee_name(b, name), args, 2);
}

/* meth40: core's methods (int_methods.c): an integer's named by sema (`core::num::<impl u32>::wrapping_add`,
 * `<u32 as Ord>::min`), an Option's or Result's from the receiver's IR type as rustc's MIR prints it
 * (`Option::<u32>::unwrap_or`), a clone `<[u8; 4] as Clone>::clone`; the arguments as any call's */
static BlockId lower_core_method(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	const AstFn *cf = e->callee;
	const char *name = cf->name;
	if (cf->builtin == BUILTIN_ENUM_METHOD) {
		const char *sp = type_spelling(b->m, ty_of(b, e->args[0]->ty)), *lt = strchr(sp, '<');
		IR_ASSERT(lt);
		name = arena_printf(b->f->arena, "%.*s::%s::%s", (int)(lt - sp), sp, lt, cf->name);
	} else if (cf->builtin == BUILTIN_CORE_CLONE) {
		name = arena_printf(b->f->arena, "<%s as Clone>::clone", type_spelling(b->m, ty_of(b, e->ty)));
	}
	ScratchMark sm = scratch_mark();
	Operand *args = scratch_alloc_uninit(((size_t)e->nargs + 1) * sizeof *args);
	for (int i = 0; i < e->nargs; i++)
		bb = as_local_operand(b, bb, e->args[i], ty_of(b, e->args[i]->ty), &args[i]);
	bb = emit_call(b, bb, dest, CALLEE_FN, callee_name(b, name), args, (uint32_t)e->nargs);
	scratch_release(sm);
	return bb;
}

static BlockId lower_call(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	ScratchMark sm = scratch_mark();
	Operand *args = scratch_alloc_uninit(((size_t)e->nargs + 1) * sizeof *args); /* any number of arguments */
	const AstFn *cf = e->callee;
	if (ast_builtin_is_try(cf->builtin)) { /* `?`'s (build_try.c) */
		scratch_release(sm);
		return lower_try_call(b, dest, bb, e);
	}
	if (ast_builtin_is_iter(cf->builtin)) { /* for40: a `for` loop's (build_for.c) */
		scratch_release(sm);
		return lower_iter_call(b, dest, bb, e);
	}
	if (ast_builtin_is_query(cf->builtin)) { /* cmp39: `o.is_some()` .. */
		scratch_release(sm);
		return lower_query_call(b, dest, bb, e);
	}
	if (cf->builtin >= BUILTIN_INT_METHOD && cf->builtin <= BUILTIN_CORE_CLONE) {
		scratch_release(sm);
		return lower_core_method(b, dest, bb, e);
	}
	for (int i = 0; i < e->nargs; i++) {
		TypeId want = cf->builtin ? TY_U32 : ty_of(b, cf->params[i]->ty);
		bb = as_local_operand(b, bb, e->args[i], want, &args[i]);
	}
	bb = emit_call(b, bb, dest, CALLEE_FN, callee_name(b, cf->name), args, (uint32_t)e->nargs);
	scratch_release(sm);
	return bb;
}

/* ---- async blocks ---- */

static uint32_t capture_index(const AstAsyncBlock *ab, const AstVar *v)
{
	for (int i = 0; i < ab->ncaptures; i++)
		if (ab->captures[i].var == v && ab->captures[i].npath == 0)
			return (uint32_t)i;
	return NO_ID;
}

/* The place of v as seen by the body being built (a local or an upvar). */
static PlaceId outer_var_place(Builder *b, const AstVar *v)
{
	LocalId l = b->var_local[v->id];
	if (l != NO_ID)
		return pl(b, l);
	uint32_t i = capture_index(b->ab, v);
	IR_ASSERT(i != NO_ID);
	const AstCapture *c = &b->ab->captures[i];
	TypeId vt = ty_of(b, v->ty);
	if (c->mode == CAPTURE_BY_VALUE)
		return place_project(b->f, pl(b, 1), PROJ_FIELD, i, vt);
	TypeId rt = type_ptr(b->m, c->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt);
	return place_project(b->f, place_project(b->f, pl(b, 1), PROJ_FIELD, i, rt), PROJ_DEREF, 0, vt);
}

static BlockId lower_closure(Builder *b, BlockId bb, int scope, const AstExpr *e, Stmt *rv)
{
	const AstAsyncBlock *ab = e->async_block;
	uint32_t coro = b->coro_of_block[ab->id];
	ScratchMark sm = scratch_mark();
	Operand *ops = scratch_alloc_uninit(((size_t)ab->ncaptures + 1) * sizeof *ops); /* any number of captures */
	for (int i = 0; i < ab->ncaptures; i++) {
		const AstCapture *c = &ab->captures[i];
		PlaceId p = c->npath ? path_place(b, c->var, c->path, c->path_ty, c->npath) : outer_var_place(b, c->var);
		if (c->mode == CAPTURE_BY_VALUE) {
			ops[i] = consume(b, p);
			continue;
		}
		TypeId vt = ty_of(b, capture_type(c));
		LocalId t = new_temp(b, type_ptr(b->m, c->mode == CAPTURE_BY_REF ? TY_REF : TY_REFMUT, vt), 1);
		storage(b, bb, ST_STORAGE_LIVE, t);
		if (scope != NO_SCOPE)
			schedule_drop(b, scope, t, DK_STORAGE);
		assign(b, bb, pl(b, t), (Stmt){.rv = c->mode == CAPTURE_BY_REF ? RV_REF : RV_REFMUT, .a = {.v = p}});
		ops[i] = op_move(pl(b, t));
	}
	*rv = (Stmt){.rv = RV_AGGREGATE, .op = AGG_CORO, .x = type_coro(b->m, coro)};
	rv->a.v = fn_add_args(b->f, ops, (uint32_t)ab->ncaptures);
	rv->b.v = (uint32_t)ab->ncaptures;
	scratch_release(sm);
	return bb;
}

/* ---- into ---- */

/* A match or a loop into dest: out of line, so that what a chain of nested operands recurses
 * through (into_inner, as_rvalue_inner, place_of_in, as_temp_inner, lower_call: `&&..&5`,
 * `x + x + ..`, `f(f(..))`, `s.m().m()..`) keeps a small frame (deep38: gcc's LTO inlined
 * lower_match and lower_loop, with their trees and breakables, into into_inner: 1,320 bytes a level
 * of such a chain). */
static NOINLINE BlockId into_match_or_loop(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	return e->kind == EXPR_MATCH ? lower_match(b, dest, bb, e) : lower_loop(b, dest, bb, e);
}

static BlockId into_inner(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e, int ntoa)
{
	if (ntoa) {
		LocalId t;
		int call = e->kind == EXPR_CALL;
		bb = as_temp_inner(b, bb, topmost(b), e, 0, NO_ID, 1, &t);
		if (call)
			return bb;
		terminate(b, bb, mk(TK_UNREACHABLE));
		return new_block(b);
	}
	switch (e->kind) {
	case EXPR_BLOCK:
		return ast_block_expr(b, dest, bb, e);
	case EXPR_MATCH:
	case EXPR_LOOP:
	case EXPR_WHILE:
		return into_match_or_loop(b, dest, bb, e);
	case EXPR_IF:
		return lower_if(b, dest, bb, e);
	case EXPR_CALL:
		return lower_call(b, dest, bb, e);
	case EXPR_PANIC: /* mac40 (macro.c) */
		return lower_panic(b, dest, bb, e);
	case EXPR_AWAIT:
		return lower_await(b, dest, bb, e);
	case EXPR_ASSIGN:
	case EXPR_OP_ASSIGN: /* rustc's expr_into_dest: stmt_expr in e's Scope, already entered (into,
	                      * as_temp_inner), so the rhs temporaries die after the unit is written */
		bb = stmt_expr_inner(b, bb, e, NO_SCOPE, 0);
		assign_unit(b, bb, dest);
		return bb;
	case EXPR_BREAK:
	case EXPR_CONTINUE:
	case EXPR_RETURN:
		return lower_jump(b, bb, e);
	case EXPR_VAR:
		assign(b, bb, dest, rv_use(consume(b, var_place(b, e))));
		return bb;
	case EXPR_FIELD:
	case EXPR_INDEX:
	case EXPR_DEREF: {
		PlaceId p;
		bb = field_place(b, bb, e, &p);
		assign(b, bb, dest, rv_use(consume(b, p)));
		return bb;
	}
	case EXPR_REF: {
		/* rustc: expr_into_dest, ExprKind::Borrow (a shared borrow's operand
		 * through as_read_only_place) */
		PlaceId p; /* an autoref (implicit): THIR's Scope of the receiver's HIR expression wraps its
		              adjustments (rustc_mir_build thir/cx/expr.rs, mirror_expr_inner), so the
		              operand's own temporaries die after the borrow: `S(x).get()` is `_3 = S(move
		              _4); _2 = &_3; StorageDead(_4);` */
		bb = place_of_in(b, bb, e->lhs, e->ref_mut, &p, !e->implicit);
		assign(b, bb, dest, (Stmt){.rv = e->ref_mut ? RV_REFMUT : RV_REF, .a = {.v = p}});
		return bb;
	}
	case EXPR_CAST:
		if (is_identity_cast(e))
			return into(b, dest, bb, e->lhs);
		goto rvalue;
	case EXPR_BINARY:
		if (e->bin_op == AOP_AND || e->bin_op == AOP_OR)
			return lower_logical(b, dest, bb, e);
		if (e->method)
			return lower_core_cmp(b, dest, bb, e);
		/* fallthrough */
	default:
	rvalue: {
		Stmt rv;
		bb = as_rvalue_inner(b, bb, topmost(b), e, &rv);
		assign(b, bb, dest, rv);
		return bb;
	}
	}
}

/* into(b, dest, .., e) would coerce e from `!` (lower_if: an else-if link that does not) */
bool into_neverto_any(Builder *b, PlaceId dest, const AstExpr *e)
{
	return ntoa_for(e, place_type(b->f, dest)) != 0;
}

BlockId into(Builder *b, PlaceId dest, BlockId bb, const AstExpr *e)
{
	int ts, id = enter(b, &ts);
	bb = into_inner(b, dest, bb, e, ntoa_for(e, place_type(b->f, dest)));
	return leave(b, id, ts, bb);
}

/* ---- statements ---- */

static BlockId stmt_expr_inner(Builder *b, BlockId bb, const AstExpr *e, int stmt_scope, int ntoa)
{
	if (!ntoa) {
		switch (e->kind) {
		case EXPR_ASSIGN: {
			Stmt rv;
			PlaceId lhs;
			TypeId lt = ty_of(b, e->lhs->ty);
			bb = as_local_rvalue(b, bb, e->rhs, lt, &rv);
			bb = as_place(b, bb, e->lhs, &lhs);
			if (needs_drop(b, lt)) {
				BlockId ok = new_block(b), uw = fn_add_block(b->f, 1);
				rv.kind = ST_ASSIGN;
				rv.place = lhs;
				push(b, ok, rv);
				push(b, uw, rv);
				Term t = mk(TK_DROP);
				t.place = lhs;
				t.target = ok;
				t.unwind = UW_CLEANUP;
				t.unwind_bb = uw;
				terminate(b, bb, t);
				diverge_from(b, bb);
				return ok;
			}
			assign(b, bb, lhs, rv);
			return bb;
		}
		case EXPR_OP_ASSIGN: {
			Operand r;
			PlaceId lhs;
			TypeId lt = ty_of(b, e->lhs->ty);
			bb = as_local_operand(b, bb, e->rhs, ty_of(b, e->rhs->ty), &r);
			bb = as_place(b, bb, e->lhs, &lhs);
			Stmt rv;
			bb = binary_op(b, bb, binop_of(e->bin_op), lt, op_copy(lhs), r, &rv);
			assign(b, bb, lhs, rv);
			return bb;
		}
		case EXPR_BREAK:
		case EXPR_CONTINUE:
		case EXPR_RETURN:
			return lower_jump(b, bb, e);
		default:
			break;
		}
	}
	LocalId t;
	return as_temp_inner(b, bb, stmt_scope, e, ntoa, TY_UNIT, 0, &t);
}

BlockId stmt_expr(Builder *b, BlockId bb, const AstExpr *e, int stmt_scope, int coerce_unit)
{
	int ts, id = enter(b, &ts);
	bb = stmt_expr_inner(b, bb, e, stmt_scope, coerce_unit && is_never(e));
	return leave(b, id, ts, bb);
}


/* const39: the body of an aggregate const item, rustc's `const P: Pt = { _0 = Pt { x: const 1_u32, y:
 * const 2_u32 }; return; }` (a body of its own, built as any: the aggregate of the initializer's
 * leaves, each a constant: parse.c aggregate_leaf), detached (Module.named's item owns it) */
Fn *build_const_item_body(Builder *b, const AstConst *c)
{
	Fn *outer = b->f, *f = fn_create(b->m, c->name, FN_SYNC);
	b->f = f;
	const AstExpr *e = c->agg;
	TypeId ty = ty_of(b, c->ty);
	fn_add_local(f, ty, NULL, 1);
	BlockId bb = fn_add_block(f, 0);
	const AstFieldInit *inits = e->kind == EXPR_STRUCT ? e->inits : e->vinits;
	int ninits = e->kind == EXPR_STRUCT ? e->ninits : e->kind == EXPR_VARIANT ? e->nvinits : 0;
	int first = e->kind == EXPR_VARIANT; /* a variant's index leads its operands */
	uint32_t n = e->kind == EXPR_STRUCT ? (uint32_t)e->strukt->nfields
	           : e->kind == EXPR_VARIANT ? (uint32_t)e->enm->variants[e->variant].nfields + 1
	           : e->kind == EXPR_REPEAT ? 1 : (uint32_t)e->nargs;
	ScratchMark sm = scratch_mark();
	Operand *ops = scratch_alloc_uninit((size_t)n * sizeof *ops);
	if (first)
		ops[0] = cst(b, TY_USIZE, (uint64_t)e->variant);
	for (int i = 0; i < ninits; i++)
		ops[first + inits[i].field] = const_of(b, inits[i].value);
	for (uint32_t i = 0; e->kind == EXPR_ARRAY && i < n; i++)
		ops[i] = const_of(b, e->args[i]);
	if (e->kind == EXPR_REPEAT)
		ops[0] = const_of(b, e->lhs);
	Stmt rv = {.rv = RV_AGGREGATE, .x = ty,
	           .op = e->kind == EXPR_REPEAT ? AGG_REPEAT : e->kind == EXPR_ARRAY ? AGG_ARRAY : AGG_ADT};
	rv.a.v = fn_add_args(f, ops, n);
	rv.b.v = n;
	scratch_release(sm);
	assign(b, bb, pl(b, 0), rv);
	fn_set_term(f, bb, term_simple(TK_RETURN));
	b->f = outer;
	return f;
}
