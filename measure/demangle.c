/*
 * demangle.c — Rust's v0 symbol mangling (RFC 2603) back to a path.
 *
 * `coroslim bytes` compiles with `-C symbol-mangling-version=v0`, whose
 * symbols keep what legacy mangling loses: a closure's index (`{closure#1}`)
 * and generic arguments, so `core::ptr::drop_in_place::<lib::foo::{closure#0}>`
 * names the drop glue of foo's future. The output is what binutils prints
 * (`nm --demangle`, c++filt without crate hashes): crate disambiguators are
 * dropped, value paths take `::<..>`, type paths `<..>`. The grammar
 * (https://doc.rust-lang.org/rustc/symbol-mangling/v0.html):
 *
 *   symbol   = "_R" [decimal] path [path] [vendor-suffix]
 *   path     = "C" ident | "N" ns path ident | "M" impl-path type
 *            | "X" impl-path type path | "Y" type path | "I" path {arg} "E" | backref
 *   type     = basic | path | "A" type const | "S" type | "R"/"Q" [lifetime] type
 *            | "P"/"O" type | "T" {type} "E" | "F" fn-sig | "D" dyn-bounds lifetime | backref
 *
 * Punycode identifiers are refused (-1): coroslim's programs are ASCII.
 */
#include <stdio.h>
#include <string.h>

#include "measure.h"

typedef struct Demangler {
	const char *s; /* after "_R" */
	size_t len, pos;
	char *out;
	size_t cap, n;
	int depth;
	int bad;
	uint64_t bound; /* lifetimes bound by the enclosing `for<..>` binders */
} Demangler;

static int path(Demangler *d, int in_type);
static int type(Demangler *d);

static void put(Demangler *d, const char *s, size_t n)
{
	if (d->n + n + 1 > d->cap) {
		d->bad = 1;
		return;
	}
	memcpy(d->out + d->n, s, n);
	d->n += n;
	d->out[d->n] = 0;
}

static void puts_(Demangler *d, const char *s)
{
	put(d, s, strlen(s));
}

static int peek(const Demangler *d)
{
	return d->pos < d->len ? (unsigned char)d->s[d->pos] : 0;
}

static int eat(Demangler *d, int c)
{
	if (peek(d) != c)
		return 0;
	d->pos++;
	return 1;
}

/* base-62-number = {digit | lower | upper} "_"; "_" is 0, "N_" is N+1. */
static int base62(Demangler *d, uint64_t *v)
{
	if (eat(d, '_')) {
		*v = 0;
		return 0;
	}
	uint64_t x = 0;
	for (;;) {
		int c = peek(d);
		uint64_t digit;
		if (c >= '0' && c <= '9')
			digit = (uint64_t)(c - '0');
		else if (c >= 'a' && c <= 'z')
			digit = (uint64_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'Z')
			digit = (uint64_t)(c - 'A' + 36);
		else if (c == '_')
			break;
		else
			return -1;
		if (x > (UINT64_MAX - digit) / 62)
			return -1;
		x = x * 62 + digit;
		d->pos++;
	}
	d->pos++;
	if (x == UINT64_MAX)
		return -1;
	*v = x + 1;
	return 0;
}

static int decimal(Demangler *d, uint64_t *v)
{
	int c = peek(d);
	if (c < '0' || c > '9')
		return -1;
	uint64_t x = 0;
	if (c == '0') {
		d->pos++;
		*v = 0;
		return 0;
	}
	while ((c = peek(d)) >= '0' && c <= '9') {
		if (x > (UINT64_MAX - 9) / 10)
			return -1;
		x = x * 10 + (uint64_t)(c - '0');
		d->pos++;
	}
	*v = x;
	return 0;
}

/* disambiguator = "s" base-62-number; absent is 0, "s_" is 1 */
static int disambiguator(Demangler *d, uint64_t *v)
{
	*v = 0;
	if (!eat(d, 's'))
		return 0;
	if (base62(d, v) != 0)
		return -1;
	*v += 1;
	return 0;
}

/* undisambiguated-identifier = ["u"] decimal ["_"] bytes */
static int ident(Demangler *d, const char **s, size_t *n)
{
	if (peek(d) == 'u')
		return -1;
	uint64_t k;
	if (decimal(d, &k) != 0)
		return -1;
	eat(d, '_');
	if (k > d->len - d->pos)
		return -1;
	*s = d->s + d->pos;
	*n = (size_t)k;
	d->pos += (size_t)k;
	return 0;
}

/* Runs f at the position a backref names (always earlier), then resumes. */
static int backref(Demangler *d, int (*f)(Demangler *, int), int arg)
{
	size_t at = d->pos - 1;
	uint64_t target;
	if (base62(d, &target) != 0 || target >= at)
		return -1;
	size_t save = d->pos;
	d->pos = (size_t)target;
	int rc = f(d, arg);
	d->pos = save;
	return rc;
}

static int type_arg(Demangler *d, int unused)
{
	(void)unused;
	return type(d);
}

/* A lifetime's name: 0 is erased (`'_`), i > 0 the i-th innermost bound one. */
static int lifetime_name(Demangler *d, uint64_t i)
{
	if (i == 0) {
		puts_(d, "'_");
		return 0;
	}
	if (i > d->bound)
		return -1;
	uint64_t k = d->bound - i;
	char buf[32];
	if (k < 26)
		snprintf(buf, sizeof buf, "'%c", (char)('a' + k));
	else
		snprintf(buf, sizeof buf, "'_%llu", (unsigned long long)k);
	puts_(d, buf);
	return 0;
}

static int lifetime(Demangler *d)
{
	uint64_t v;
	if (base62(d, &v) != 0)
		return -1;
	return lifetime_name(d, v);
}

/* binder = "G" base-62-number: that many + 1 lifetimes, printed `for<'a, ..> ` */
static int binder(Demangler *d, uint64_t *saved)
{
	*saved = d->bound;
	if (!eat(d, 'G'))
		return 0;
	uint64_t n;
	if (base62(d, &n) != 0 || n >= 1000)
		return -1;
	puts_(d, "for<");
	for (uint64_t i = 0; i <= n; i++) {
		if (i)
			puts_(d, ", ");
		d->bound++;
		if (lifetime_name(d, 1) != 0)
			return -1;
	}
	puts_(d, "> ");
	return 0;
}

static int constant(Demangler *d, int unused)
{
	(void)unused;
	if (eat(d, 'p')) {
		puts_(d, "_");
		return 0;
	}
	if (eat(d, 'B'))
		return backref(d, constant, 0);
	int ty = peek(d);
	if (!ty)
		return -1;
	d->pos++;
	int neg = eat(d, 'n');
	uint64_t v = 0;
	int c, digits = 0;
	while ((c = peek(d)) != '_') {
		int h;
		if (c >= '0' && c <= '9')
			h = c - '0';
		else if (c >= 'a' && c <= 'f')
			h = c - 'a' + 10;
		else
			return -1;
		if (digits++ >= 16)
			return -1;
		v = v << 4 | (uint64_t)h;
		d->pos++;
	}
	d->pos++;
	char buf[32];
	if (ty == 'b')
		snprintf(buf, sizeof buf, "%s", v ? "true" : "false");
	else if (ty == 'c' && (v == '\'' || v == '\\'))
		snprintf(buf, sizeof buf, "'\\%c'", (char)v);
	else if (ty == 'c' && v >= 0x20 && v < 0x7f)
		snprintf(buf, sizeof buf, "'%c'", (char)v);
	else if (ty == 'c' && (v == '\t' || v == '\n' || v == '\r'))
		snprintf(buf, sizeof buf, "'\\%c'", v == '\t' ? 't' : v == '\n' ? 'n' : 'r');
	else if (ty == 'c')
		snprintf(buf, sizeof buf, "'\\u{%llx}'", (unsigned long long)v);
	else
		snprintf(buf, sizeof buf, "%s%llu", neg ? "-" : "", (unsigned long long)v);
	puts_(d, buf);
	return 0;
}

/* generic-arg = lifetime | type | "K" const */
static int generic_args(Demangler *d, int in_type)
{
	puts_(d, in_type ? "<" : "::<");
	int first = 1;
	while (!eat(d, 'E')) {
		if (!peek(d))
			return -1;
		if (!first)
			puts_(d, ", ");
		first = 0;
		int rc;
		if (eat(d, 'L'))
			rc = lifetime(d);
		else if (eat(d, 'K'))
			rc = constant(d, 0);
		else
			rc = type(d);
		if (rc != 0)
			return -1;
	}
	puts_(d, ">");
	return 0;
}

static int path(Demangler *d, int in_type)
{
	if (++d->depth > 256)
		return -1;
	int rc = -1;
	int c = peek(d);
	d->pos++;
	const char *s;
	size_t n;
	uint64_t dis;
	switch (c) {
	case 'C':
		if (disambiguator(d, &dis) == 0 && ident(d, &s, &n) == 0) {
			put(d, s, n);
			rc = 0;
		}
		break;
	case 'N': {
		int ns = peek(d);
		if (!ns)
			break;
		d->pos++;
		if (path(d, in_type) != 0 || disambiguator(d, &dis) != 0 || ident(d, &s, &n) != 0)
			break;
		if (ns >= 'A' && ns <= 'Z') {
			char buf[64];
			const char *kind = ns == 'C' ? "closure" : ns == 'S' ? "shim" : NULL;
			puts_(d, "::{");
			if (kind)
				puts_(d, kind);
			else
				put(d, (const char *)&ns, 1);
			if (n) {
				puts_(d, ":");
				put(d, s, n);
			}
			snprintf(buf, sizeof buf, "#%llu}", (unsigned long long)dis);
			puts_(d, buf);
		} else if (n) {
			puts_(d, "::");
			put(d, s, n);
		}
		rc = 0;
		break;
	}
	case 'M': /* <T> */
		if (disambiguator(d, &dis) != 0)
			break;
		{ /* the impl's own path is not printed */
			char *out = d->out;
			size_t mark = d->n;
			if (path(d, 1) != 0)
				break;
			d->n = mark, out[mark] = 0;
		}
		puts_(d, "<");
		rc = type(d);
		puts_(d, ">");
		break;
	case 'X': /* <T as Trait> */
	case 'Y':
		if (c == 'X') {
			if (disambiguator(d, &dis) != 0)
				break;
			size_t mark = d->n;
			if (path(d, 1) != 0)
				break;
			d->n = mark, d->out[mark] = 0;
		}
		puts_(d, "<");
		if (type(d) != 0)
			break;
		puts_(d, " as ");
		if (path(d, 1) != 0)
			break;
		puts_(d, ">");
		rc = 0;
		break;
	case 'I':
		if (path(d, in_type) == 0)
			rc = generic_args(d, in_type);
		break;
	case 'B':
		rc = backref(d, path, in_type);
		break;
	default:
		break;
	}
	d->depth--;
	return rc;
}

static const char *basic_type(int c)
{
	switch (c) {
	case 'a': return "i8";
	case 'b': return "bool";
	case 'c': return "char";
	case 'd': return "f64";
	case 'e': return "str";
	case 'f': return "f32";
	case 'h': return "u8";
	case 'i': return "isize";
	case 'j': return "usize";
	case 'l': return "i32";
	case 'm': return "u32";
	case 'n': return "i128";
	case 'o': return "u128";
	case 'p': return "_";
	case 's': return "i16";
	case 't': return "u16";
	case 'u': return "()";
	case 'v': return "...";
	case 'x': return "i64";
	case 'y': return "u64";
	case 'z': return "!";
	default: return NULL;
	}
}

/* dyn-trait = path {"p" ident type}: bindings join the path's own generic
 * arguments when it has some (`Tr<u8, Item = T>`), else open them */
static int dyn_trait(Demangler *d)
{
	size_t mark = d->n;
	if (path(d, 1) != 0)
		return -1;
	int open = d->n > mark && d->out[d->n - 1] == '>';
	for (int first = 1; eat(d, 'p'); first = 0) {
		const char *s;
		size_t n;
		if (ident(d, &s, &n) != 0)
			return -1;
		if (first && open) {
			d->n--; /* reopen `<..>` */
			d->out[d->n] = 0;
			puts_(d, ", ");
		} else {
			puts_(d, first ? "<" : ", ");
		}
		put(d, s, n);
		puts_(d, " = ");
		if (type(d) != 0)
			return -1;
		open = 1;
		if (peek(d) != 'p')
			puts_(d, ">");
	}
	return 0;
}

/* fn-sig = [binder] ["U"] ["K" abi] {type} "E" type */
static int fn_sig(Demangler *d)
{
	uint64_t saved;
	if (binder(d, &saved) != 0)
		return -1;
	if (eat(d, 'U'))
		puts_(d, "unsafe ");
	if (eat(d, 'K')) {
		const char *s;
		size_t n;
		puts_(d, "extern \"");
		if (eat(d, 'C'))
			puts_(d, "C");
		else if (ident(d, &s, &n) == 0)
			for (size_t i = 0; i < n; i++) /* `_` stands for `-` in the ABI name */
				put(d, s[i] == '_' ? "-" : s + i, 1);
		else
			return -1;
		puts_(d, "\" ");
	}
	puts_(d, "fn(");
	for (int first = 1; !eat(d, 'E'); first = 0) {
		if (!peek(d))
			return -1;
		if (!first)
			puts_(d, ", ");
		if (type(d) != 0)
			return -1;
	}
	puts_(d, ")");
	if (peek(d) == 'u')
		d->pos++;
	else {
		puts_(d, " -> ");
		if (type(d) != 0)
			return -1;
	}
	d->bound = saved;
	return 0;
}

/* dyn-bounds = [binder] {path {"p" ident type}} "E"; the trait's associated
 * type bindings go inside its generic arguments: `dyn Tr<Item = T>` */
static int dyn_bounds(Demangler *d)
{
	uint64_t saved;
	puts_(d, "dyn ");
	if (binder(d, &saved) != 0)
		return -1;
	for (int first = 1; !eat(d, 'E'); first = 0) {
		if (!peek(d))
			return -1;
		if (!first)
			puts_(d, " + ");
		if (dyn_trait(d) != 0)
			return -1;
	}
	d->bound = saved;
	return 0;
}

static int type(Demangler *d)
{
	if (++d->depth > 256)
		return -1;
	int rc = -1;
	int c = peek(d);
	const char *b = basic_type(c);
	if (b) {
		d->pos++;
		puts_(d, b);
		rc = 0;
	} else {
		switch (c) {
		case 'C': case 'N': case 'M': case 'X': case 'Y': case 'I':
			rc = path(d, 1);
			break;
		case 'B':
			d->pos++;
			rc = backref(d, type_arg, 0);
			break;
		case 'A':
			d->pos++;
			puts_(d, "[");
			if (type(d) == 0) {
				puts_(d, "; ");
				rc = constant(d, 0);
				puts_(d, "]");
			}
			break;
		case 'S':
			d->pos++;
			puts_(d, "[");
			rc = type(d);
			puts_(d, "]");
			break;
		case 'R':
		case 'Q':
			d->pos++;
			puts_(d, "&");
			if (eat(d, 'L')) {
				uint64_t v;
				if (base62(d, &v) != 0)
					break;
				if (v) {
					if (lifetime_name(d, v) != 0)
						break;
					puts_(d, " ");
				}
			}
			if (c == 'Q')
				puts_(d, "mut ");
			rc = type(d);
			break;
		case 'P':
		case 'O':
			d->pos++;
			puts_(d, c == 'P' ? "*const " : "*mut ");
			rc = type(d);
			break;
		case 'T': {
			d->pos++;
			int k = 0;
			puts_(d, "(");
			for (;; k++) {
				if (eat(d, 'E')) {
					rc = 0;
					break;
				}
				if (!peek(d))
					break;
				if (k)
					puts_(d, ", ");
				if (type(d) != 0)
					break;
			}
			if (k == 1)
				puts_(d, ",");
			puts_(d, ")");
			break;
		}
		case 'F':
			d->pos++;
			rc = fn_sig(d);
			break;
		case 'D':
			d->pos++;
			if (dyn_bounds(d) == 0 && eat(d, 'L')) {
				uint64_t v;
				if (base62(d, &v) == 0) {
					rc = 0;
					if (v) {
						puts_(d, " + ");
						rc = lifetime_name(d, v);
					}
				}
			}
			break;
		default:
			break;
		}
	}
	d->depth--;
	return rc;
}

int rust_demangle_v0(const char *sym, char *out, size_t cap)
{
	if (cap == 0)
		return -1;
	out[0] = 0;
	if (strncmp(sym, "_R", 2) != 0)
		return -1;
	Demangler d = {.s = sym + 2, .len = strlen(sym + 2), .out = out, .cap = cap};
	/* a vendor suffix (`.llvm.123`) is not part of the mangled name */
	const char *dot = memchr(d.s, '.', d.len);
	if (dot)
		d.len = (size_t)(dot - d.s);
	if (peek(&d) >= '0' && peek(&d) <= '9') { /* encoding version: only 0 exists */
		uint64_t v;
		if (decimal(&d, &v) != 0 || v != 0)
			return -1;
	}
	if (path(&d, 0) != 0 || d.bad)
		return -1;
	if (d.pos < d.len) { /* the instantiating crate: parsed, not printed */
		size_t mark = d.n;
		if (path(&d, 0) != 0 || d.bad)
			return -1;
		d.n = mark;
		out[mark] = 0;
	}
	return d.pos == d.len ? 0 : -1;
}
