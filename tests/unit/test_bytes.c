/* test_bytes.c — what `coroslim bytes` reads objects with (measure/elf.c,
 * measure/demangle.c), against binutils on objects and symbols made here:
 * section sizes against `size -A`, symbol sizes against `nm -S`, text+ro
 * against the sections' names on an object whose sections are known, and
 * v0 demangling against `c++filt -i` on symbols of real rustc 1.95 objects
 * (tests/unit/rust_v0_symbols.txt: every `_R` symbol of the objects
 * `coroslim bytes` compiled for a few tests/rust and bench programs, and of
 * two crates written to use closures, consts, fn pointers and dyn types).
 * Truncated and corrupted inputs must be refused, never read out of bounds
 * (the sanitizer build runs this too). */
#define _POSIX_C_SOURCE 200809L /* popen, mkdtemp */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../measure/measure.h"

#define SYMBOLS "tests/unit/rust_v0_symbols.txt"

/* The lines of a command's output (or a file): malloc'd, NULL-terminated. */
static char **read_lines(FILE *f, int *n)
{
	char **v = NULL;
	int cap = 0;
	char line[8192];
	*n = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (*n + 1 >= cap) {
			cap = cap ? cap * 2 : 64;
			v = realloc(v, (size_t)cap * sizeof *v);
			assert_non_null(v);
		}
		v[*n] = strdup(line);
		v[++*n] = NULL;
	}
	return v;
}

static void free_lines(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static char **command_lines(const char *cmd, int *n)
{
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	char **v = read_lines(p, n);
	assert_int_equal(pclose(p), 0);
	return v;
}

/* ------------------------------------------------------------------ */
/* The demangler                                                        */
/* ------------------------------------------------------------------ */

static void test_demangle_matches_binutils(void **state)
{
	(void)state;
	FILE *f = fopen(SYMBOLS, "r");
	assert_non_null(f);
	int n, m;
	char **syms = read_lines(f, &n);
	fclose(f);
	char **want = command_lines("c++filt -i < " SYMBOLS, &m);
	assert_int_equal(n, m);
	assert_true(n >= 100);
	char out[8192];
	int closures = 0, drops = 0;
	for (int i = 0; i < n; i++) {
		if (rust_demangle_v0(syms[i], out, sizeof out) != 0 || strcmp(out, want[i]) != 0)
			fail_msg("%s: demangled `%s`, c++filt -i says `%s`", syms[i], out, want[i]);
		closures += strstr(out, "{closure#") != NULL;
		drops += strncmp(out, "core::ptr::drop_in_place::<", 27) == 0;
	}
	/* what coroslim bytes maps coroutines by is in the sample */
	assert_true(closures >= 10);
	assert_true(drops >= 2);
	free_lines(syms, n);
	free_lines(want, m);
}

/* Not v0, malformed, too long for the buffer: -1, and no read past the end
 * of any prefix of a real symbol. */
static void test_demangle_rejects(void **state)
{
	(void)state;
	char out[4096];
	static const char *const bad[] = {
		"main", "_ZN3lib3fooE", "_R", "_RX", "_RNvC", "_RC3li", "_RB_", "_RB0_", "_RNvB5_3foo",
		"_RIC3libE_", "_RC3libu", "_R1C3lib", "_RNvCs_3lib3fooZ",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		if (rust_demangle_v0(bad[i], out, sizeof out) == 0)
			fail_msg("`%s` accepted as `%s`", bad[i], out);
	assert_int_equal(rust_demangle_v0("_RNvCs1234_3lib3foo", out, sizeof out), 0);
	assert_string_equal(out, "lib::foo");
	assert_int_equal(rust_demangle_v0("_RNvCs1234_3lib3foo.llvm.123", out, sizeof out), 0);
	assert_string_equal(out, "lib::foo");
	assert_int_equal(rust_demangle_v0("_RNvCs1234_3lib3foo", out, 8), -1);
	/* nesting without end is refused at a bounded depth */
	char deep[4096] = "_R";
	for (int i = 0; i < 2000; i++)
		strcat(deep, "I");
	assert_int_equal(rust_demangle_v0(deep, out, sizeof out), -1);

	FILE *f = fopen(SYMBOLS, "r");
	assert_non_null(f);
	int n;
	char **syms = read_lines(f, &n);
	fclose(f);
	for (int i = 0; i < n; i++) {
		size_t len = strlen(syms[i]);
		for (size_t k = 0; k < len; k++) {
			char *p = malloc(k + 1); /* exactly the prefix: ASan sees any overread */
			memcpy(p, syms[i], k);
			p[k] = 0;
			(void)rust_demangle_v0(p, out, sizeof out);
			free(p);
		}
	}
	free_lines(syms, n);
}

/* ------------------------------------------------------------------ */
/* The ELF reader                                                       */
/* ------------------------------------------------------------------ */

static const char c_source[] =
	"int counter = 3;\n"                             /* .data: writable, not counted */
	"const unsigned char table[100] = {1, 2, 3};\n"   /* .rodata */
	"const char *const names[] = {\"a\", \"bc\"};\n" /* .data.rel.ro under -fPIC */
	"static int helper(int x) { return x * 3 + table[x & 63]; }\n"
	"int api(int x) { return helper(x) + counter + names[x & 1][0]; }\n"
	"int pick(int x) {\n"
	"    switch (x) { case 0: return 7; case 1: return 9; case 2: return 12; case 3: return 40;\n"
	"    case 4: return 3; case 5: return 77; case 6: return 1; default: return api(x); }\n"
	"}\n";

typedef struct Built {
	char dir[64];
	char obj[128];
} Built;

static int build_object(Built *b, const char *flags)
{
	snprintf(b->dir, sizeof b->dir, "/tmp/coroslim-test-elf-XXXXXX");
	if (!mkdtemp(b->dir))
		return -1;
	char src[128], cmd[512];
	snprintf(src, sizeof src, "%s/t.c", b->dir);
	snprintf(b->obj, sizeof b->obj, "%s/t.o", b->dir);
	FILE *f = fopen(src, "w");
	assert_non_null(f);
	fputs(c_source, f);
	fclose(f);
	snprintf(cmd, sizeof cmd,
		 "cc %s -O1 -fPIC -ffunction-sections -fdata-sections -fasynchronous-unwind-tables -c %s -o %s 2>/dev/null",
		 flags, src, b->obj);
	return system(cmd) == 0 ? 0 : -1;
}

static void remove_built(Built *b)
{
	char cmd[256];
	snprintf(cmd, sizeof cmd, "rm -rf %s", b->dir);
	assert_int_equal(system(cmd), 0);
}

static const ElfSection *section_named(const ElfObject *o, const char *name)
{
	for (uint32_t i = 0; i < o->nsecs; i++)
		if (strcmp(o->secs[i].name, name) == 0)
			return &o->secs[i];
	return NULL;
}

static int starts(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

static void check_against_binutils(const char *flags, int is64)
{
	Built b;
	if (build_object(&b, flags) != 0) {
		remove_built(&b);
		if (!is64) { /* cc -m32 needs nothing beyond the compiler for -c of a header-free file */
			fail_msg("cc %s -c failed", flags);
		}
		fail_msg("cc -c failed");
	}
	ElfObject o;
	char err[512];
	if (elf_load(b.obj, &o, err, sizeof err) != 0)
		fail_msg("%s", err);
	assert_int_equal(o.is64, is64);

	/* every section's size, as `size -A` prints them */
	char cmd[256];
	snprintf(cmd, sizeof cmd, "size -A %s", b.obj);
	int n;
	char **lines = command_lines(cmd, &n);
	uint64_t expect_text_ro = 0;
	int listed = 0, seen_eh = 0, seen_data = 0, seen_relro = 0, seen_rodata = 0;
	for (int i = 0; i < n; i++) {
		char name[256];
		unsigned long long size, addr;
		if (sscanf(lines[i], "%255s %llu %llu", name, &size, &addr) != 3 || strcmp(name, "Total") == 0)
			continue;
		const ElfSection *s = section_named(&o, name);
		if (!s)
			fail_msg("size -A lists %s, the reader has no such section", name);
		assert_int_equal(s->size, size);
		listed++;
		/* for this C object the counted sections are exactly these */
		if (starts(name, ".text") || starts(name, ".rodata") || starts(name, ".data.rel.ro"))
			expect_text_ro += size;
		seen_eh |= starts(name, ".eh_frame") && size > 0;
		seen_data |= strcmp(name, ".data.counter") == 0 && size > 0;
		seen_relro |= starts(name, ".data.rel.ro") && size > 0;
		seen_rodata |= starts(name, ".rodata") && size >= 100;
	}
	assert_true(listed >= 8); /* size -A leaves out the symbol, string and relocation tables */
	assert_true(seen_eh && seen_data && seen_relro && seen_rodata);
	assert_int_equal(elf_text_ro(&o), expect_text_ro);
	free_lines(lines, n);

	/* every defined symbol's size, as `nm -S` prints them */
	snprintf(cmd, sizeof cmd, "nm -S --defined-only %s", b.obj);
	lines = command_lines(cmd, &n);
	int checked = 0;
	for (int i = 0; i < n; i++) {
		unsigned long long addr, size;
		char type, name[256];
		if (sscanf(lines[i], "%llx %llx %c %255s", &addr, &size, &type, name) != 4)
			continue;
		int found = 0;
		for (uint32_t k = 0; k < o.nsyms; k++)
			if (strcmp(o.syms[k].name, name) == 0 && o.syms[k].shndx != 0) {
				assert_int_equal(o.syms[k].size, size);
				found = 1;
			}
		if (!found)
			fail_msg("nm lists %s, the reader does not", name);
		if (strcmp(name, "api") == 0 || strcmp(name, "pick") == 0) {
			for (uint32_t k = 0; k < o.nsyms; k++)
				if (strcmp(o.syms[k].name, name) == 0)
					assert_int_equal(o.syms[k].type, ELF_STT_FUNC);
		}
		checked++;
	}
	assert_true(checked >= 5); /* counter, table, names, api, pick */
	free_lines(lines, n);

	/* truncated anywhere, or a header byte changed: refused or read, never out of bounds */
	for (size_t len = 0; len < o.len; len += len < 600 ? 1 : 37) {
		ElfObject t = {0};
		t.data = malloc(len ? len : 1);
		memcpy(t.data, o.data, len);
		t.len = len;
		char e2[512];
		(void)elf_parse(&t, "t.o", e2, sizeof e2);
		elf_free(&t);
	}
	for (size_t at = 0; at < 64; at++) {
		ElfObject t = {0};
		t.data = malloc(o.len);
		memcpy(t.data, o.data, o.len);
		t.len = o.len;
		t.data[at] ^= 0xff;
		char e2[512];
		(void)elf_parse(&t, "t.o", e2, sizeof e2);
		elf_free(&t);
	}
	ElfObject t = {0};
	t.data = malloc(16);
	memcpy(t.data, "not an object..", 16);
	t.len = 16;
	assert_int_equal(elf_parse(&t, "x.o", err, sizeof err), -1);
	assert_non_null(strstr(err, "x.o: error: not an ELF file"));
	elf_free(&t);

	elf_free(&o);
	remove_built(&b);
}

static void test_elf64(void **state)
{
	(void)state;
	check_against_binutils("", 1);
}

static void test_elf32(void **state)
{
	(void)state;
	check_against_binutils("-m32", 0);
}

/* The counting rule on section descriptions alone. */
static void test_counted_sections(void **state)
{
	(void)state;
	static const struct { const char *name; uint64_t flags; uint32_t type; int counted; } cases[] = {
		{".text.foo", ELF_SHF_ALLOC | 0x4, 1, 1},
		{".rodata..Lanon.1", ELF_SHF_ALLOC, 1, 1},
		{".rodata.str1.1", ELF_SHF_ALLOC | 0x30, 1, 1},
		{".data.rel.ro..Lanon.2", ELF_SHF_ALLOC | ELF_SHF_WRITE, 1, 1},
		{".data.foo", ELF_SHF_ALLOC | ELF_SHF_WRITE, 1, 0},
		{".bss.x", ELF_SHF_ALLOC | ELF_SHF_WRITE, 8, 0},
		{".eh_frame", ELF_SHF_ALLOC, 1, 0},
		{".ARM.exidx.text.foo", ELF_SHF_ALLOC | 0x80, 0x70000001, 0},
		{".ARM.extab.text.foo", ELF_SHF_ALLOC, 1, 0},
		{".gcc_except_table.foo", ELF_SHF_ALLOC, 1, 0},
		{".eh_frame_hdr", ELF_SHF_ALLOC, 1, 0},
		{".eh_framework", ELF_SHF_ALLOC, 1, 1}, /* only the exact names or NAME.* */
		{".comment", 0x30, 1, 0},
		{".group", 0, 17, 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		ElfSection s = {.name = cases[i].name, .flags = cases[i].flags, .type = cases[i].type, .size = 4};
		if (elf_section_counted(&s) != cases[i].counted)
			fail_msg("%s: counted %d, expected %d", cases[i].name, !cases[i].counted, cases[i].counted);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_demangle_matches_binutils),
		cmocka_unit_test(test_demangle_rejects),
		cmocka_unit_test(test_elf64),
		cmocka_unit_test(test_elf32),
		cmocka_unit_test(test_counted_sections),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
