/* print.c — the textual IR, as close to `rustc --emit=mir` as the model allows.
 * The grammar is in DESIGN.md; parse.c reads back everything written here. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* The code points `{:?}` of char escapes as `\u{..}` (core's escape_debug: not `is_printable`, or a
 * grapheme extender), as far as modelled: C0 / C1 controls and DEL, the soft hyphen, the combining
 * diacritics U+0300..=U+036F, zero-width and bidi format characters, the unassigned end of Hangul
 * Jamo Extended-B, private use, noncharacters, the BOM, and everything past the CJK extensions of
 * plane 3 (unassigned planes, tags, variation selectors, private use planes). Other unassigned or
 * extending code points inside the BMP and planes 1-3 are written raw (core's tables not copied). */
static int char_debug_escaped(uint64_t v)
{
	return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0xAD || (v >= 0x300 && v <= 0x36F) ||
	       (v >= 0x200B && v <= 0x200F) || (v >= 0x2028 && v <= 0x202E) || (v >= 0x2060 && v <= 0x2064) ||
	       (v >= 0xD7FC && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xF8FF) || (v >= 0xFDD0 && v <= 0xFDEF) ||
	       v == 0xFEFF || (v & 0xFFFE) == 0xFFFE || v >= 0x323B0 || !char_valid(v);
}

/* A char as rustc's MIR and pattern witnesses print it (`{:?}` of char, diag27): `'a'`, `'\n'`, `'\''`,
 * `'\\'`, `'\0'`, `'\u{d7ff}'` (char_debug_escaped), else its UTF-8 (`'é'`, `'😀'`). buf holds at least
 * CHAR_SPELL_MAX bytes; the length written (NUL not counted). */
size_t char_spell(uint64_t v, char *buf)
{
	size_t n = 0;
	buf[n++] = '\'';
	if (v == '\n' || v == '\r' || v == '\t' || v == '\'' || v == '\\' || v == 0) {
		buf[n++] = '\\';
		buf[n++] = v == '\n' ? 'n' : v == '\r' ? 'r' : v == '\t' ? 't' : v == 0 ? '0' : (char)v;
	} else if (char_debug_escaped(v)) {
		n += (size_t)snprintf(buf + n, 12, "\\u{%x}", (unsigned)(v & 0x1FFFFF));
	} else if (v < 0x80) {
		buf[n++] = (char)v;
	} else if (v < 0x800) {
		buf[n++] = (char)(0xC0 | v >> 6);
		buf[n++] = (char)(0x80 | (v & 0x3F));
	} else if (v < 0x10000) {
		buf[n++] = (char)(0xE0 | v >> 12);
		buf[n++] = (char)(0x80 | (v >> 6 & 0x3F));
		buf[n++] = (char)(0x80 | (v & 0x3F));
	} else {
		buf[n++] = (char)(0xF0 | v >> 18);
		buf[n++] = (char)(0x80 | (v >> 12 & 0x3F));
		buf[n++] = (char)(0x80 | (v >> 6 & 0x3F));
		buf[n++] = (char)(0x80 | (v & 0x3F));
	}
	buf[n++] = '\'';
	buf[n] = 0;
	return n;
}

static void print_scalar(const Module *m, const Const *c, FILE *out);

static void print_const(const Fn *f, const Const *c, FILE *out)
{
	const Module *m = f->mod;
	if (const_text(m, c)) { /* the whole spelling: a fn item prints as its bare path */
		fputs(const_text(m, c), out);
		return;
	}
	fputs("const ", out);
	if (c->named && m->named[c->named - 1].is_static) { /* consts35: a static's address, as rustc */
		fprintf(out, "{alloc%" PRIu32 ": ", module_static_alloc(m, c->named - 1));
		type_print(m, c->ty, out);
		fputc('}', out);
		return;
	}
	if (c->named) { /* const33: a const item's use, as rustc prints it unevaluated */
		fputs(m->named[c->named - 1].name, out);
		return;
	}
	print_scalar(m, c, out);
}

/* a scalar's value as rustc spells it: `true`, `()`, `'a'`, `5_u32`, `u8::MAX` */
static void print_scalar(const Module *m, const Const *c, FILE *out)
{
	uint8_t k = type_get(m, c->ty)->kind;
	if (k == TY_BOOL) {
		fputs(c->bits ? "true" : "false", out);
	} else if (k == TY_UNIT) {
		fputs("()", out);
	} else if (k == TY_CHAR) {
		char buf[CHAR_SPELL_MAX];
		fwrite(buf, 1, char_spell(c->bits, buf), out);
	} else if (type_is_int(m, c->ty)) {
		int bits = type_int_bits(m, c->ty);
		uint64_t v = c->bits;
		if (bits < 64)
			v &= (1ull << bits) - 1;
		uint64_t mask = bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1;
		int sgn = type_is_signed(m, c->ty);
		if (v == (sgn ? mask >> 1 : mask) || (sgn && v == (mask >> 1) + 1)) {
			/* rustc spells a type's limits by name */
			type_print(m, c->ty, out);
			fputs(v == (sgn ? mask >> 1 : mask) ? "::MAX" : "::MIN", out);
			return;
		}
		if (type_is_signed(m, c->ty) && bits < 64 && (v >> (bits - 1)) & 1)
			fprintf(out, "-%" PRIu64, (uint64_t)((UINT64_C(1) << bits) - v));
		else if (type_is_signed(m, c->ty) && bits == 64 && (int64_t)v < 0)
			fprintf(out, "-%" PRIu64, (uint64_t)0 - v);
		else
			fprintf(out, "%" PRIu64, v);
		fputc('_', out);
		type_print(m, c->ty, out);
	} else {
		internal_error("constant of type kind %d", k);
	}
}

/* rustc prints projections inside out: `(((*_31) as variant#4).0: u32)`. */
static void print_place_upto(const Fn *f, const Place *p, uint32_t n, FILE *out)
{
	if (n == 0) {
		fprintf(out, "_%" PRIu32, p->local);
		return;
	}
	const Proj *pe = place_proj(f, p, n - 1);
	switch (pe->kind) {
	case PROJ_DEREF:
		fputs("(*", out);
		print_place_upto(f, p, n - 1, out);
		fputc(')', out);
		break;
	case PROJ_FIELD:
		fputc('(', out);
		print_place_upto(f, p, n - 1, out);
		fprintf(out, ".%" PRIu32 ": ", pe->index);
		type_print(f->mod, pe->ty, out);
		fputc(')', out);
		break;
	case PROJ_DOWNCAST: {
		/* the variant's spelling depends on the type being downcast */
		TypeId t = f->locals[p->local].ty;
		for (uint32_t i = 0; i + 1 < n; i++) {
			const Proj *q = place_proj(f, p, i);
			if (q->kind == PROJ_DEREF)
				t = type_get(f->mod, t)->a;
			else if (q->kind == PROJ_FIELD || q->kind == PROJ_INDEX)
				t = q->ty;
		}
		fputc('(', out);
		print_place_upto(f, p, n - 1, out);
		if (type_get(f->mod, t)->kind == TY_POLL)
			fprintf(out, " as %s)", pe->index == 0 ? "Ready" : "Pending");
		else if (adt_of(f->mod, t) && pe->index < adt_of(f->mod, t)->nvariants)
			fprintf(out, " as %s)", adt_of(f->mod, t)->variants[pe->index].name);
		else
			fprintf(out, " as variant#%" PRIu32 ")", pe->index);
		break;
	}
	case PROJ_INDEX: /* `_5[_7]` (issue 22 item 4) */
		print_place_upto(f, p, n - 1, out);
		fprintf(out, "[_%" PRIu32 "]", pe->index);
		break;
	}
}

void print_place(const Fn *f, PlaceId pid, FILE *out)
{
	const Place *p = place_get(f, pid);
	print_place_upto(f, p, p->nproj, out);
}

void print_operand(const Fn *f, Operand o, FILE *out)
{
	switch (o.kind) {
	case OP_COPY:
		fputs("copy ", out);
		print_place(f, o.v, out);
		break;
	case OP_MOVE:
		fputs("move ", out);
		print_place(f, o.v, out);
		break;
	case OP_CONST:
		print_const(f, &f->consts[o.v], out);
		break;
	}
}

static void print_operands(const Fn *f, uint32_t first, uint32_t n, FILE *out)
{
	for (uint32_t i = 0; i < n; i++) {
		if (i)
			fputs(", ", out);
		print_operand(f, f->args[first + i], out);
	}
}

/* As rustc prints it: `(a, b, c)`, `(a,)`; `Foo::<T>(a)`, `Foo { x: a }`,
 * `Foo`; `Option::<T>::Some(a)`, `E::V { x: a }`, `E::V`. */
static void print_adt_aggregate(const Fn *f, const Stmt *s, FILE *out)
{
	const Adt *a = adt_of(f->mod, s->x);
	uint32_t first = s->a.v, n = s->b.v, var = 0;
	if (a->tuple && a->name[0] == '[') { /* an importer's: named */
		fputc('[', out);
		print_operands(f, first, n, out);
		fputc(']', out);
		return;
	}
	if (a->tuple) {
		fputc('(', out);
		print_operands(f, first, n, out);
		fputs(n == 1 ? ",)" : ")", out);
		return;
	}
	if (a->kind == ADT_ENUM) {
		var = (uint32_t)f->consts[f->args[first].v].bits;
		first++, n--;
	}
	const Type *ty = type_get(f->mod, s->x);
	if (ty->generic && !a->name) { /* an instance, spelled as printed (issue 23) */
		fputs(ty->generic == TG_OPTION ? "Option::<" : "Result::<", out);
		type_print(f->mod, ty->a, out);
		if (ty->generic == TG_RESULT) {
			fputs(", ", out);
			type_print(f->mod, ty->b, out);
		}
		fputc('>', out);
	} else {
		/* `Foo<T>` as a path: `Foo::<T>` (not a path's `<impl S>` segment: `f::<impl S>::n::In`) */
		const char *lt = a->name[0] == '{' ? NULL : name_type_args(a->name);
		if (lt)
			fprintf(out, "%.*s::%s", (int)(lt - a->name), a->name, lt);
		else
			fputs(a->name, out);
	}
	if (a->kind == ADT_ENUM)
		fprintf(out, "::%s", a->variants[var].name);
	const AdtVariant *v = &a->variants[var];
	if (n == 0)
		return;
	if (v->fieldnames[0]) {
		fputs(" {", out);
		for (uint32_t i = 0; i < n; i++) {
			fprintf(out, "%s %s: ", i ? "," : "", v->fieldnames[i] ? v->fieldnames[i] : "?");
			print_operand(f, f->args[first + i], out);
		}
		fputs(" }", out);
	} else {
		fputc('(', out);
		print_operands(f, first, n, out);
		fputc(')', out);
	}
}

static void print_aggregate(const Fn *f, const Stmt *s, FILE *out)
{
	const Module *m = f->mod;
	const Type *ty = type_get(m, s->x);
	switch (s->op) {
	case AGG_TUPLE:
		fputc('(', out);
		print_operands(f, s->a.v, s->b.v, out);
		fputc(')', out);
		break;
	case AGG_POLL_READY:
	case AGG_POLL_PENDING:
		fputs("Poll::<", out);
		type_print(m, ty->a, out);
		fputs(">::", out);
		if (s->op == AGG_POLL_PENDING) {
			fputs("Pending", out);
		} else {
			fputs("Ready(", out);
			print_operands(f, s->a.v, s->b.v, out);
			fputc(')', out);
		}
		break;
	case AGG_CORO: {
		const Coroutine *c = &m->coros[ty->coro];
		type_print(m, s->x, out);
		if (s->b.v == 0)
			break; /* rustc prints a capture-less coroutine as its type alone */
		fputs(" {", out);
		for (uint32_t i = 0; i < s->b.v; i++) {
			fprintf(out, "%s %s: ", i ? "," : "", coro_aggregate_name(c, i));
			print_operand(f, f->args[s->a.v + i], out);
		}
		fputs(" }", out);
		break;
	}
	case AGG_ADT:
		print_adt_aggregate(f, s, out);
		break;
	case AGG_ARRAY: /* `[move _6, const 2_u32]` (issue 22 item 4) */
		fputc('[', out);
		print_operands(f, s->a.v, s->b.v, out);
		fputc(']', out);
		break;
	case AGG_REPEAT: /* `[const 0_u8; 4]`: rustc's Rvalue::Repeat (issue 22 item 4) */
		fputc('[', out);
		print_operands(f, s->a.v, s->b.v, out);
		fprintf(out, "; %" PRIu32 "]", type_get(m, s->x)->b);
		break;
	default:
		internal_error("aggregate kind %d", s->op);
	}
}

static void print_rvalue(const Fn *f, const Stmt *s, FILE *out)
{
	switch (s->rv) {
	case RV_USE:
		print_operand(f, s->a, out);
		break;
	case RV_BINARY:
	case RV_CHECKED:
		fputs(s->rv == RV_CHECKED ? binop_checked_name[s->op] : binop_name[s->op], out);
		fputc('(', out);
		print_operand(f, s->a, out);
		fputs(", ", out);
		print_operand(f, s->b, out);
		fputc(')', out);
		break;
	case RV_UNARY:
		fprintf(out, "%s(", unop_name[s->op]);
		print_operand(f, s->a, out);
		fputc(')', out);
		break;
	case RV_CAST:
		print_operand(f, s->a, out);
		fputs(" as ", out);
		type_print(f->mod, s->x, out);
		fprintf(out, " (%s)", s->op < NCASTKINDS ? cast_name[s->op] : "?");
		break;
	case RV_AGGREGATE:
		print_aggregate(f, s, out);
		break;
	case RV_DISCR:
		fputs("discriminant(", out);
		print_place(f, s->a.v, out);
		fputc(')', out);
		break;
	case RV_REF:
	case RV_REFMUT:
		fputs(s->rv == RV_REFMUT ? "&mut " : s->op == REF_RAW_FAKE ? "&raw const (fake) " : "&", out);
		print_place(f, s->a.v, out);
		break;
	default:
		internal_error("rvalue kind %d", s->rv);
	}
}

static void print_stmt(const Fn *f, const Stmt *s, FILE *out)
{
	fputs("        ", out);
	switch (s->kind) {
	case ST_ASSIGN:
		print_place(f, s->place, out);
		fputs(" = ", out);
		print_rvalue(f, s, out);
		break;
	case ST_STORAGE_LIVE:
	case ST_STORAGE_DEAD:
		fprintf(out, "%s(_%" PRIu32 ")", stmt_name[s->kind], s->x);
		break;
	case ST_SET_DISCR:
		fputs("discriminant(", out);
		print_place(f, s->place, out);
		fprintf(out, ") = %" PRIu32, s->x);
		break;
	case ST_PLACE_MENTION:
		fputs("PlaceMention(", out);
		print_place(f, s->place, out);
		fputc(')', out);
		break;
	case ST_NOP:
		fputs("nop", out);
		break;
	default:
		internal_error("statement kind %d", s->kind);
	}
	fputs(";\n", out);
}

static void print_unwind(const Term *t, FILE *out)
{
	if (t->unwind == UW_CLEANUP)
		fprintf(out, "unwind: bb%" PRIu32, t->unwind_bb);
	else
		fputs(unwind_name[t->unwind], out);
}

/* ` -> [return: bbN, unwind ...]` or ` -> unwind ...` when there is no target. */
static void print_targets(const Term *t, const char *label, FILE *out)
{
	if (t->target == NO_BLOCK) {
		fputs(" -> ", out);
		print_unwind(t, out);
		return;
	}
	fprintf(out, " -> [%s: bb%" PRIu32 ", ", label, t->target);
	print_unwind(t, out);
	fputc(']', out);
}

static void print_callee(const Fn *f, const Term *t, FILE *out)
{
	const Module *m = f->mod;
	switch (t->op) {
	case CALLEE_FN:
		fputs(f->names[t->x], out);
		break;
	case CALLEE_INTO_FUTURE:
		fputc('<', out);
		type_print(m, t->x, out);
		fputs(" as IntoFuture>::into_future", out);
		break;
	case CALLEE_PIN_NEW:
		fputs("Pin::<&mut ", out);
		type_print(m, t->x, out);
		fputs(">::new_unchecked", out);
		break;
	case CALLEE_GET_CONTEXT:
		fputs("std::future::get_context::<'_, '_>", out);
		break;
	case CALLEE_POLL:
		fputc('<', out);
		type_print(m, t->x, out);
		fputs(" as Future>::poll", out);
		break;
	case CALLEE_DROP_IN_PLACE:
		fputs("std::ptr::drop_in_place::<", out);
		type_print(m, t->x, out);
		fputc('>', out);
		break;
	default:
		internal_error("callee kind %d", t->op);
	}
}

/* Print an assert message with its `{}` holes as rustc does: the format text,
 * then the operands. */
static void print_assert_msg(const Fn *f, const Term *t, FILE *out)
{
	fputc('"', out);
	if (t->msg == AK_OVERFLOW)
		fprintf(out, assert_fmt[t->msg], binop_symbol[t->x]);
	else
		for (const char *c = assert_fmt[t->msg]; *c; c++) /* `%%` in the format is one `%` */
			if (!(c[0] == '%' && c[1] == '%'))
				fputc(*c, out);
	fputc('"', out);
	if (t->nargs) {
		fputs(", ", out);
		print_operands(f, t->args, t->nargs, out);
	}
}

static void print_term(const Fn *f, const Term *t, FILE *out)
{
	fputs("        ", out);
	switch (t->kind) {
	case TK_GOTO:
		fprintf(out, "goto -> bb%" PRIu32, t->target);
		break;
	case TK_SWITCH:
		fputs("switchInt(", out);
		print_operand(f, t->a, out);
		if (t->nargs == 0) { /* rustc prints a lone target without brackets */
			fprintf(out, ") -> bb%" PRIu32, t->target);
			break;
		}
		fputs(") -> [", out);
		for (uint32_t i = 0; i < t->nargs; i++) {
			const SwitchArm *arm = &f->arms[t->args + i];
			fprintf(out, "%" PRIu64 ": bb%" PRIu32 ", ", arm->value, arm->target);
		}
		fprintf(out, "otherwise: bb%" PRIu32 "]", t->target);
		break;
	case TK_RETURN:
	case TK_UNREACHABLE:
	case TK_RESUME:
	case TK_COROUTINE_DROP:
		fputs(term_name[t->kind], out);
		break;
	case TK_CALL:
		print_place(f, t->place, out);
		fputs(" = ", out);
		print_callee(f, t, out);
		fputc('(', out);
		print_operands(f, t->args, t->nargs, out);
		fputc(')', out);
		print_targets(t, "return", out);
		break;
	case TK_YIELD:
		print_place(f, t->place, out);
		fputs(" = yield(", out);
		print_operand(f, t->a, out);
		fprintf(out, ") -> [resume: bb%" PRIu32 ", drop: bb%" PRIu32 "]", t->target, t->drop);
		break;
	case TK_DROP:
		fputs("drop(", out);
		print_place(f, t->place, out);
		fputc(')', out);
		print_targets(t, "return", out);
		break;
	case TK_ASSERT:
		fputs("assert(", out);
		if (!t->op)
			fputc('!', out);
		print_operand(f, t->a, out);
		fputs(", ", out);
		print_assert_msg(f, t, out);
		fputc(')', out);
		print_targets(t, "success", out);
		break;
	default:
		internal_error("terminator kind %d", t->kind);
	}
	fputs(";\n", out);
}

static void print_fn_body(const Fn *f, FILE *out);

void print_fn(const Fn *f, FILE *out)
{
	const Module *m = f->mod;
	fprintf(out, "fn %s(", f->name);
	for (uint32_t i = 1; i <= f->nargs && i < f->nlocals; i++) {
		fprintf(out, "%s_%" PRIu32 ": ", i > 1 ? ", " : "", i);
		type_print(m, f->locals[i].ty, out);
	}
	fputs(") -> ", out);
	type_print(m, f->nlocals ? f->locals[0].ty : TY_UNIT, out);
	if (f->kind == FN_CORO_BODY)
		fputs("\nyields ()\n", out);
	fputs(" {\n", out);
	print_fn_body(f, out);
}

/* a fn's debug names, locals and blocks, and its closing brace (a promoted's body too: promo38) */
static void print_fn_body(const Fn *f, FILE *out)
{
	const Module *m = f->mod;
	for (uint32_t i = 0; i < f->nlocals; i++)
		if (f->locals[i].name)
			fprintf(out, "    debug %s => _%" PRIu32 ";\n", f->locals[i].name, i);
	for (uint32_t i = 0; i < f->nlocals; i++) {
		if (i >= 1 && i <= f->nargs)
			continue;
		fprintf(out, "    let %s_%" PRIu32 ": ", f->locals[i].mutbl ? "mut " : "", i);
		type_print(m, f->locals[i].ty, out);
		fputs(";\n", out);
	}
	for (uint32_t b = 0; b < f->nblocks; b++) {
		const Block *bb = &f->blocks[b];
		fprintf(out, "\n    bb%" PRIu32 "%s: {\n", b, bb->cleanup ? " (cleanup)" : "");
		for (uint32_t i = 0; i < bb->nstmts; i++)
			print_stmt(f, &bb->stmts[i], out);
		if (bb->has_term)
			print_term(f, &bb->term, out);
		fputs("    }\n", out);
	}
	fputs("}\n", out);
}

static const char *variant_name(uint32_t v, char *buf, size_t n)
{
	static const char *const reserved[] = {"Unresumed", "Returned", "Panicked"};
	if (v < STATE_FIRST_SUSPEND)
		return reserved[v];
	snprintf(buf, n, "Suspend%" PRIu32, v - STATE_FIRST_SUSPEND);
	return buf;
}

static void print_layout(const Module *m, const Coroutine *c, FILE *out)
{
	const Layout *l = c->layout;
	char buf[32];
	/* an imported layout knows its states and fields, not rustc's sizes,
	 * offsets and body locals: `unknown`, not a made-up 0 or _4294967295 */
	const char *un = "unknown";
	if (l->reconstructed)
		fprintf(out, "    layout {\n        size %s, align %" PRIu32 ", ", un, l->align);
	else
		fprintf(out, "    layout {\n        size %" PRIu32 ", align %" PRIu32 ", ", l->size, l->align);
	if (!l->tag_size)
		fputs("tag none;\n", out);
	else if (l->reconstructed)
		fprintf(out, "tag u%" PRIu32 " at %s;\n", l->tag_size * 8, un);
	else
		fprintf(out, "tag u%" PRIu32 " at %" PRIu32 "%s;\n", l->tag_size * 8, l->tag_offset,
			l->pack ? ", packed" : ""); /* relocate-upvars-pack */
	for (uint32_t i = 0; i < c->nupvars; i++)
		if (l->reconstructed)
			fprintf(out, "        upvar %s at %s;\n", c->upvars[i].name, un);
		else
			fprintf(out, "        upvar %s at %" PRIu32 "%s;\n", c->upvars[i].name, l->upvar_offset[i],
				l->relocated && l->relocated[i] ? ", relocated" : ""); /* relocate-upvars */
	for (uint32_t i = 0; i < l->nsaved; i++) {
		const SavedLocal *s = &l->saved[i];
		fprintf(out, "        saved _s%" PRIu32 ": ", i);
		type_print(m, s->ty, out);
		if (s->local == NO_ID)
			fprintf(out, " = %s", un);
		else
			fprintf(out, " = _%" PRIu32, s->local);
		if (s->name)
			fprintf(out, " debug %s", s->name);
		if (l->reconstructed)
			fprintf(out, ", offset %s%s;\n", un, s->promoted ? ", promoted" : "");
		else
			fprintf(out, ", offset %" PRIu32 "%s;\n", s->offset, s->promoted ? ", promoted" : "");
	}
	for (uint32_t v = 0; v < l->nvariants; v++) {
		fprintf(out, "        variant %s: [", variant_name(v, buf, sizeof buf));
		for (uint32_t i = 0; i < l->nfields[v]; i++)
			fprintf(out, "%s_s%" PRIu32, i ? ", " : "", l->fields[l->field_start[v] + i]);
		fputs("];\n", out);
	}
	for (uint32_t a = 0; a < l->nsaved; a++) {
		int any = 0;
		for (uint32_t k = 0, b; l->conflicts && conflict_next(&l->conflicts[a], l->nsaved, &k, &b);) {
			if (b < a)
				continue;
			fprintf(out, any ? ", _s%" PRIu32 : "        conflicts _s%" PRIu32 ": [_s%" PRIu32, any ? b : a, b);
			any = 1;
		}
		if (any)
			fputs("];\n", out);
	}
	fputs("    }\n", out);
}

void print_coroutine(const Module *m, uint32_t ci, FILE *out)
{
	const Coroutine *c = &m->coros[ci];
	fprintf(out, "coroutine %s: %s at %d:%d {\n", c->name, c->kind == CORO_ASYNC_FN ? "async fn" : "async block",
		c->line, c->col);
	for (uint32_t i = 0; i < c->nupvars; i++) {
		fprintf(out, "    upvar %s: ", c->upvars[i].name);
		type_print(m, c->upvars[i].ty, out);
		fputs(c->upvars[i].by_ref ? ", by_ref;\n" : ";\n", out);
	}
	if (c->mentioned) { /* the aggregate's names, rustc's upvars_mentioned */
		fputs("    mentioned", out);
		for (uint32_t i = 0; i < c->nmentioned; i++)
			fprintf(out, "%s %s", i ? "," : "", c->mentioned[i]);
		fputs(";\n", out);
	}
	fputs("    output ", out);
	type_print(m, c->output, out);
	fputs(";\n", out);
	if (c->body)
		fprintf(out, "    body %s;\n", c->body);
	if (c->resume)
		fprintf(out, "    resume %s;\n", c->resume);
	if (c->drop)
		fprintf(out, "    drop %s;\n", c->drop);
	if (c->replaced_by != NO_ID)
		fprintf(out, "    replaced_by %s;\n", m->coros[c->replaced_by].name);
	if (c->layout)
		print_layout(m, c, out);
	fputs("}\n", out);
}

static void print_offsets(const uint32_t *off, uint32_t n, FILE *out)
{
	fputc('[', out);
	for (uint32_t i = 0; i < n; i++)
		fprintf(out, "%s%" PRIu32, i ? ", " : "", off[i]);
	fputc(']', out);
}

/* `{ a: T, b: U }`, `(T, U)` or nothing */
static void print_item_fields(const Module *m, const AdtVariant *v, FILE *out)
{
	if (!v->nfields)
		return;
	int named = v->fieldnames[0] != NULL;
	fputs(named ? " { " : "(", out);
	for (uint32_t i = 0; i < v->nfields; i++) {
		fputs(i ? ", " : "", out);
		if (named)
			fprintf(out, "%s: ", v->fieldnames[i]);
		type_print(m, v->fields[i], out);
	}
	fputs(named ? " }" : ")", out);
}

/* A struct or enum item with the layout computed from it (parse_item.c reads it back,
 * recomputes the layout and checks every fact of the attribute against it). */
static void print_adt_item(const Module *m, const Adt *a, FILE *out)
{
	if (a->is_copy && !adt_is_core(m, a)) /* derive37: a Copy item of the source */
		fputs("#[derive(Clone, Copy)]\n", out);
	else if (a->is_clone) /* derive38 */
		fputs("#[derive(Clone)]\n", out);
	if (adt_repr_text(a)) /* clone39; repr40: an enum's primitive repr */
		fprintf(out, "#[repr(%s)]\n", adt_repr_text(a));
	fprintf(out, "#[layout(size %" PRIu32 ", align %" PRIu32 ", ", a->size, a->align);
	if (!a->enum_defined) {
		fputs("offsets ", out);
		print_offsets(a->offsets, a->variants[0].nfields, out);
		fputs(")]\nstruct ", out);
		type_print(m, a->ty, out);
		print_item_fields(m, &a->variants[0], out);
		fputs(a->variants[0].nfields && a->variants[0].fieldnames[0] ? "\n" : ";\n", out);
		return;
	}
	if (a->tag_niche)
		fprintf(out, "niche u%u at %" PRIu32 " = %" PRIu64 " for %s to %s, untagged %s, ", a->tag_size * 8u,
			a->tag_off, a->niche_value, a->variants[a->niche_first].name, a->variants[a->niche_last].name,
			a->variants[a->untagged].name);
	else if (!a->tag_size) /* one variant: laid out as a struct */
		fputs("tag none, ", out);
	else
		fprintf(out, "tag u%u at %" PRIu32 ", ", a->tag_size * 8u, a->tag_off);
	fputs("offsets [", out);
	for (uint32_t v = 0; v < a->nvariants; v++) {
		fprintf(out, "%s%s: ", v ? ", " : "", a->variants[v].name);
		print_offsets(a->variant_offsets[v], a->variants[v].nfields, out);
	}
	fputs("])]\nenum ", out);
	type_print(m, a->ty, out); /* an instance: spelled as printed, not kept (issue 23) */
	fputs(" {", out);
	for (uint32_t v = 0; v < a->nvariants; v++) {
		fprintf(out, "%s %s", v ? "," : "", a->variants[v].name);
		print_item_fields(m, &a->variants[v], out);
		if (a->discrs) /* explicit discriminants (on unit variants only without a primitive repr) */
			fprintf(out, " = %lld", (long long)a->discrs[v]);
	}
	fputs(" }\n", out);
}

/* rustc's -Zdump-mir of a promoted, `const f::promoted[0]: &&u32 = { let mut _0: &&u32; let mut _1: &u32;
 * let mut _2: u32; bb0: { _2 = const 7_u32; _1 = &_2; _0 = &_1; return; } }` (promote_consts.rs: the
 * innermost value in the last local, each borrow of the one after it) */
static void print_promoted(const Module *m, const NamedConst *n, FILE *out)
{
	fprintf(out, "const %s: ", n->name);
	type_print(m, n->ty, out);
	fputs(" = {\n", out);
	if (n->body) { /* promo38: its statements, as any fn's */
		print_fn_body(n->body, out);
		return;
	}
	TypeId t = n->ty;
	for (uint32_t d = 0; d <= n->promoted; d++, t = d <= n->promoted ? type_get(m, t)->a : t) {
		fprintf(out, "    let mut _%" PRIu32 ": ", d);
		type_print(m, t, out);
		fputs(";\n", out);
	}
	fprintf(out, "\n    bb0: {\n        _%u = const ", (unsigned)n->promoted);
	if (n->of_named)
		fputs(m->named[n->of_named - 1].name, out);
	else
		print_scalar(m, &(Const){t, 0, n->bits}, out);
	fputs(";\n", out);
	for (uint32_t d = n->promoted; d-- > 0;)
		fprintf(out, "        _%" PRIu32 " = &_%" PRIu32 ";\n", d, d + 1);
	fputs("        return;\n    }\n}\n", out);
}

/* the promoteds with a body (promo38: after the struct and enum items, which they may name) or without */
static int print_promoted_items(const Module *m, int bodies, int first, FILE *out)
{
	uint32_t n = 0;
	for (uint32_t i = 0; i < m->nnamed; i++)
		n += m->named[i].promoted && !m->named[i].body == !bodies;
	if (!n)
		return first;
	const NamedConst **v = malloc(n * sizeof *v);
	if (!v)
		internal_error("out of memory");
	n = 0;
	for (uint32_t i = 0; i < m->nnamed; i++)
		if (m->named[i].promoted && !m->named[i].body == !bodies)
			v[n++] = &m->named[i];
	qsort(v, n, sizeof *v, named_promoted_cmp);
	for (uint32_t i = 0; i < n; i++) {
		fputs(first ? "" : "\n", out);
		print_promoted(m, v[i], out);
		first = 0;
	}
	free(v);
	return first;
}

void print_module(const Module *m, FILE *out)
{
	int first = 1;
	for (uint32_t i = 0; i < m->nnamed; i++) { /* const33: const items first (a use needs its item before it) */
		const NamedConst *n = &m->named[i];
		if (n->promoted || n->body)
			continue; /* promo36: after them, below; const39: an aggregate after the types */
		fprintf(out, "%s %s: ", n->is_static ? "static" : "const", n->name);
		type_print(m, n->ty, out);
		fputs(" = ", out);
		print_scalar(m, &(Const){n->ty, 0, n->bits}, out);
		fputs(";\n", out);
		first = 0;
	}
	first = print_promoted_items(m, 0, first, out);
	for (uint32_t i = 0; i < m->nadts; i++) { /* held types first: the order the frontend defines them */
		if (!m->adts[i].defined || m->adts[i].model)
			continue;
		fputs(first ? "" : "\n", out);
		print_adt_item(m, &m->adts[i], out);
		first = 0;
	}
	for (uint32_t i = 0; i < m->nnamed; i++) { /* const39: aggregate const items, rustc's bodies of them */
		if (!named_is_aggregate(&m->named[i]))
			continue;
		fputs(first ? "" : "\n", out);
		fprintf(out, "const %s: ", m->named[i].name);
		type_print(m, m->named[i].ty, out);
		fputs(" = {\n", out);
		print_fn_body(m->named[i].body, out);
		first = 0;
	}
	first = print_promoted_items(m, 1, first, out);
	for (uint32_t i = 0; i < m->ncoros; i++) {
		fputs(first ? "" : "\n", out);
		print_coroutine(m, i, out);
		first = 0;
	}
	for (uint32_t i = 0; i < m->nfns; i++) {
		fputs(first ? "" : "\n", out);
		print_fn(m->fns[i], out);
		first = 0;
	}
}
