/* core_panic.c — the panics of std's macros the subset calls (mac40, issue 22),
 * by the names rustc 1.95's MIR gives them (frontend/macro.c builds them):
 *   `core::panicking::panic(const "msg")`               panic!(), assert!(c), todo!() ..
 *   `Arguments::<'_>::from_str(const "msg")`             format_args!("msg") of panic!("msg")
 *   `Arguments::<'_>::from_str_nonconst(const "msg")`    unreachable!("msg")'s
 *   `std::rt::panic_fmt(move _k)`                        the panic of an Arguments
 * The message is a &str constant known by its spelling (const_text_id); an
 * Arguments holds that id in 8 bytes. Checked by the verifier, run by the
 * interpreter (a panic with the message, then the call's unwind edge), emitted
 * as the same calls (measure/emit_rust.c). */
#include <string.h>

#include "interp.h"

static const char *const panic_leaves[] = {
	NULL, "core::panicking::panic", "Arguments::<'_>::from_str", "Arguments::<'_>::from_str_nonconst",
	"std::rt::panic_fmt",
};

int panic_leaf_kind(const char *name)
{
	for (int k = PANIC_LEAF_PANIC; k <= PANIC_LEAF_PANIC_FMT; k++)
		if (strcmp(name, panic_leaves[k]) == 0)
			return k;
	return 0;
}

/* t is `&str` */
int type_is_str_ref(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	if (ty->kind != TY_REF)
		return 0;
	const Type *s = type_get(m, ty->a);
	return s->kind == TY_OPAQUE && s->text && strcmp(s->text, "str") == 0;
}

/* t is the Arguments of panic_fmt */
int type_is_fmt_arguments(const Module *m, TypeId t)
{
	const Type *ty = type_get(m, t);
	return ty->kind == TY_OPAQUE && ty->text && strcmp(ty->text, PANIC_ARGUMENTS_TYPE) == 0;
}

/* The message of `const "msg"` (text id id), unescaped: rustc's Debug escapes of a str */
static void message_of(Interp *I, uint64_t id, StrBuf *out)
{
	const char *s = id < I->m->ntypes && type_get(I->m, (TypeId)id)->kind == TY_OPAQUE ? type_get(I->m, (TypeId)id)->text
	                                                                                  : NULL;
	if (!s || strncmp(s, "const \"", 7) != 0)
		FAIL("a panic's message is not a string constant");
	size_t n = strlen(s);
	for (size_t i = 7; i + 1 < n; i++) {
		char c = s[i];
		if (c == '\\' && i + 2 < n) {
			c = s[++i];
			c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == '0' ? 0 : c;
		}
		strbuf_printf(out, "%c", c);
	}
}

/* 1: from_str (dst the Arguments); 0: a panic, unwinding from the call */
int exec_panic_leaf(Interp *I, int kind, const uint64_t *src, uint64_t dst)
{
	uint64_t id = mem_read(I, src[0], 8);
	if (kind == PANIC_LEAF_FROM_STR || kind == PANIC_LEAF_FROM_STR_NONCONST) {
		mem_write(I, dst, 8, id);
		return 1;
	}
	StrBuf msg = {0};
	message_of(I, id, &msg);
	panic_event(I, msg.s ? msg.s : "");
	strbuf_free(&msg);
	return 0;
}
