/*
 * elf.c — just enough of an ELF reader to count an object's machine-code bytes.
 *
 * `coroslim bytes` measures what rustc puts in a relocatable object: the
 * section headers (name, type, flags, size) and the symbol table (name, size,
 * type, section). ELF32 and ELF64, little endian (x86_64, Arm); relocations,
 * program headers and DWARF are not read. Every offset and count is checked
 * against the file's size: a truncated or foreign file is an error, never a
 * read out of bounds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "measure.h"

enum {
	EI_CLASS = 4, EI_DATA = 5,
	ELFCLASS32 = 1, ELFCLASS64 = 2, ELFDATA2LSB = 1,
	SHT_SYMTAB = 2, SHT_NOBITS = 8,
	SHN_UNDEF = 0, SHN_LORESERVE = 0xff00,
};

static uint64_t rd(const unsigned char *p, int n)
{
	uint64_t v = 0;
	for (int i = n - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static int fail(char *err, size_t errlen, const char *path, const char *what)
{
	snprintf(err, errlen, "%s: error: %s", diag_path(path), what);
	return -1;
}

/* The NUL-terminated string at off in the string table [base, base+size), or NULL. */
static const char *str_at(const ElfObject *o, uint64_t base, uint64_t size, uint64_t off)
{
	if (off >= size || base + size > o->len)
		return NULL;
	const char *s = (const char *)o->data + base + off;
	if (!memchr(s, 0, (size_t)(size - off)))
		return NULL;
	return s;
}

int elf_parse(ElfObject *o, const char *path, char *err, size_t errlen)
{
	const unsigned char *d = o->data;
	size_t len = o->len;
	if (len < 52 || memcmp(d, "\177ELF", 4) != 0)
		return fail(err, errlen, path, "not an ELF file");
	if (d[EI_DATA] != ELFDATA2LSB)
		return fail(err, errlen, path, "not a little-endian ELF file");
	if (d[EI_CLASS] != ELFCLASS32 && d[EI_CLASS] != ELFCLASS64)
		return fail(err, errlen, path, "unknown ELF class");
	int is64 = d[EI_CLASS] == ELFCLASS64;
	if (is64 && len < 64)
		return fail(err, errlen, path, "truncated ELF header");
	o->is64 = is64;
	o->machine = (uint16_t)rd(d + 18, 2);
	uint64_t shoff = is64 ? rd(d + 40, 8) : rd(d + 32, 4);
	uint64_t shentsize = rd(d + (is64 ? 58 : 46), 2);
	uint64_t shnum = rd(d + (is64 ? 60 : 48), 2);
	uint64_t shstrndx = rd(d + (is64 ? 62 : 50), 2);
	uint64_t want = is64 ? 64 : 40;
	if (shnum == 0)
		return fail(err, errlen, path, "no section headers");
	if (shentsize < want || shoff > len || shnum > (len - shoff) / shentsize)
		return fail(err, errlen, path, "section headers outside the file");
	if (shstrndx >= shnum)
		return fail(err, errlen, path, "bad section name table index");

	o->secs = calloc((size_t)shnum, sizeof *o->secs);
	if (!o->secs)
		internal_error("out of memory");
	o->nsecs = (uint32_t)shnum;
	/* raw headers first: names need the name table's header */
	uint64_t *name_off = calloc((size_t)shnum, sizeof *name_off);
	uint64_t *file_off = calloc((size_t)shnum, sizeof *file_off);
	uint32_t *link = calloc((size_t)shnum, sizeof *link);
	uint64_t *entsize = calloc((size_t)shnum, sizeof *entsize);
	if (!name_off || !file_off || !link || !entsize)
		internal_error("out of memory");
	for (uint64_t i = 0; i < shnum; i++) {
		const unsigned char *h = d + shoff + i * shentsize;
		ElfSection *s = &o->secs[i];
		name_off[i] = rd(h, 4);
		s->type = (uint32_t)rd(h + 4, 4);
		if (is64) {
			s->flags = rd(h + 8, 8);
			file_off[i] = rd(h + 24, 8);
			s->size = rd(h + 32, 8);
			link[i] = (uint32_t)rd(h + 40, 4);
			entsize[i] = rd(h + 56, 8);
		} else {
			s->flags = rd(h + 8, 4);
			file_off[i] = rd(h + 16, 4);
			s->size = rd(h + 20, 4);
			link[i] = (uint32_t)rd(h + 24, 4);
			entsize[i] = rd(h + 36, 4);
		}
		if (s->type != SHT_NOBITS && i != 0 && (file_off[i] > len || s->size > len - file_off[i])) {
			free(name_off), free(file_off), free(link), free(entsize);
			return fail(err, errlen, path, "section contents outside the file");
		}
	}
	int rc = 0;
	uint64_t strbase = file_off[shstrndx], strsize = o->secs[shstrndx].size;
	for (uint64_t i = 0; i < shnum && rc == 0; i++) {
		const char *n = i == 0 ? "" : str_at(o, strbase, strsize, name_off[i]);
		if (!n)
			rc = fail(err, errlen, path, "bad section name");
		o->secs[i].name = n;
	}
	/* the symbol table (an object has one; none is not an error: no symbols) */
	for (uint64_t i = 0; i < shnum && rc == 0; i++) {
		if (o->secs[i].type != SHT_SYMTAB)
			continue;
		uint64_t symsz = is64 ? 24 : 16;
		if (entsize[i] != symsz || link[i] >= shnum) {
			rc = fail(err, errlen, path, "bad symbol table");
			break;
		}
		uint64_t n = o->secs[i].size / symsz;
		o->syms = calloc((size_t)n + 1, sizeof *o->syms);
		if (!o->syms)
			internal_error("out of memory");
		uint64_t sb = file_off[link[i]], ss = o->secs[link[i]].size;
		for (uint64_t k = 1; k < n; k++) { /* entry 0 is the null symbol */
			const unsigned char *e = d + file_off[i] + k * symsz;
			ElfSymbol *y = &o->syms[o->nsyms];
			uint64_t nm = rd(e, 4);
			if (is64) {
				y->type = e[4] & 0xf;
				y->bind = e[4] >> 4;
				y->shndx = (uint16_t)rd(e + 6, 2);
				y->size = rd(e + 16, 8);
			} else {
				y->type = e[12] & 0xf;
				y->bind = e[12] >> 4;
				y->shndx = (uint16_t)rd(e + 14, 2);
				y->size = rd(e + 8, 4);
			}
			y->name = str_at(o, sb, ss, nm);
			if (!y->name) {
				rc = fail(err, errlen, path, "bad symbol name");
				break;
			}
			if (y->shndx != SHN_UNDEF && y->shndx < SHN_LORESERVE && y->shndx >= shnum) {
				rc = fail(err, errlen, path, "symbol in a section that does not exist");
				break;
			}
			o->nsyms++;
		}
		break;
	}
	free(name_off), free(file_off), free(link), free(entsize);
	return rc;
}

int elf_load(const char *path, ElfObject *o, char *err, size_t errlen)
{
	memset(o, 0, sizeof *o);
	FILE *f = fopen(path, "rb");
	if (!f)
		return fail(err, errlen, path, "cannot open the object file");
	size_t cap = 1 << 16, n = 0;
	unsigned char *buf = malloc(cap);
	if (!buf)
		internal_error("out of memory");
	for (;;) {
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap);
			if (!buf)
				internal_error("out of memory");
		}
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	int bad = ferror(f);
	fclose(f);
	o->data = buf;
	o->len = n;
	if (bad) {
		elf_free(o);
		return fail(err, errlen, path, "cannot read the object file");
	}
	if (elf_parse(o, path, err, errlen) != 0) {
		elf_free(o);
		return -1;
	}
	return 0;
}

void elf_free(ElfObject *o)
{
	free(o->secs);
	free(o->syms);
	free(o->data);
	memset(o, 0, sizeof *o);
}

static int starts(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

/* A section (or one of its -ffunction-sections / -fdata-sections pieces,
 * `.eh_frame` and `.eh_frame.foo` alike) of the unwind tables. */
static int unwind_section(const char *n)
{
	static const char *const unwind[] = {".eh_frame", ".eh_frame_hdr", ".ARM.exidx", ".ARM.extab",
					       ".gcc_except_table"};
	for (size_t i = 0; i < sizeof unwind / sizeof *unwind; i++) {
		size_t k = strlen(unwind[i]);
		if (strncmp(n, unwind[i], k) == 0 && (n[k] == 0 || n[k] == '.'))
			return 1;
	}
	return 0;
}

int elf_section_counted(const ElfSection *s)
{
	if (!(s->flags & ELF_SHF_ALLOC) || s->type == SHT_NOBITS)
		return 0;
	if (unwind_section(s->name))
		return 0;
	/* relocated read-only data (panic Locations on x86_64) is written only by
	 * the dynamic loader: it is read-only data of the program */
	if ((s->flags & ELF_SHF_WRITE) && !starts(s->name, ".data.rel.ro"))
		return 0;
	return 1;
}

uint64_t elf_own_rodata(const ElfObject *o, const char *sym)
{
	uint64_t n = 0;
	for (uint32_t i = 0; i < o->nsecs; i++) {
		const char *s = o->secs[i].name;
		if (strncmp(s, ".rodata.", 8) == 0 && strcmp(s + 8, sym) == 0 && elf_section_counted(&o->secs[i]))
			n += o->secs[i].size;
	}
	return n;
}

uint64_t elf_text_ro(const ElfObject *o)
{
	uint64_t n = 0;
	for (uint32_t i = 0; i < o->nsecs; i++)
		if (elf_section_counted(&o->secs[i]))
			n += o->secs[i].size;
	return n;
}
