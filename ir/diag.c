/* diag.c — user errors (located, returned to the caller), internal errors (abort)
 * and whole files read for the commands. */
#if !defined(_POSIX_C_SOURCE) && !defined(_GNU_SOURCE)
#define _POSIX_C_SOURCE 200809L /* open, fstat, fcntl, fdopen */
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ir.h"

/* The offset of the first byte that does not continue a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF), len if there is none. */
size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
	size_t i = 0;
	while (i < len) {
		unsigned c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t n;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF)
			n = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else
			return i;
		for (size_t k = 1; k <= n; k++) {
			if (i + k >= len || s[i + k] < (k == 1 ? lo : 0x80) || s[i + k] > (k == 1 ? hi : 0xBF))
				return i;
		}
		i += n + 1;
	}
	return len;
}

/* The whole texts of messages longer than a Diag's msg (a 64 KB name in one), kept for the process
 * (one per error reported, the first of a Diag only), pushed without a lock as diag_path's copies. */
typedef struct LongMsg {
	struct LongMsg *next;
	char text[];
} LongMsg;
static LongMsg *long_msgs;

void diag_vset(Diag *d, int line, int col, const char *fmt, va_list ap)
{
	if (d->failed)
		return; /* the first error is the one reported */
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(d->msg, sizeof d->msg, fmt, ap);
	d->whole = NULL;
	if (n >= (int)sizeof d->msg) {
		/* hunt30: a long name (Rust has no limit on them) is printed whole; msg keeps its start
		 * and its end (the cause), for the callers that copy it into their own buffers */
		LongMsg *l = malloc(sizeof *l + (size_t)n + 1);
		if (!l)
			internal_error("out of memory");
		vsnprintf(l->text, (size_t)n + 1, fmt, ap2);
		size_t head = sizeof d->msg / 4, tail = sizeof d->msg - head - sizeof " ... ";
		snprintf(d->msg, sizeof d->msg, "%.*s ... %s", (int)head, l->text, l->text + n - tail);
		l->next = __atomic_load_n(&long_msgs, __ATOMIC_RELAXED);
		while (!__atomic_compare_exchange_n(&long_msgs, &l->next, l, 1, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			;
		d->whole = l->text;
	}
	va_end(ap2);
	d->line = line;
	d->col = col;
	d->failed = 1;
}

void diag_set(Diag *d, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vset(d, line, col, fmt, ap);
	va_end(ap);
}

/* The escaped copies diag_path made, kept for the process (a few file names),
 * pushed without a lock: messages are printed from worker threads too. */
typedef struct PathCopy {
	struct PathCopy *next;
	char text[];
} PathCopy;
static PathCopy *path_copies;

const char *diag_path(const char *path)
{
	size_t n = 0, extra = 0;
	for (; path[n]; n++)
		if ((unsigned char)path[n] < 0x20 || path[n] == 0x7f)
			extra += 6; /* at most `\u{1f}` for one byte */
	if (!extra)
		return path;
	PathCopy *c = malloc(sizeof *c + n + extra + 1);
	if (!c)
		internal_error("out of memory");
	char *o = c->text;
	for (const char *p = path; *p; p++) {
		unsigned char ch = (unsigned char)*p;
		if (ch == '\n')
			o += sprintf(o, "\\n");
		else if (ch == '\t')
			o += sprintf(o, "\\t");
		else if (ch == '\r')
			o += sprintf(o, "\\r");
		else if (ch < 0x20 || ch == 0x7f)
			o += sprintf(o, "\\u{%x}", ch);
		else
			*o++ = (char)ch;
	}
	*o = 0;
	c->next = __atomic_load_n(&path_copies, __ATOMIC_RELAXED);
	while (!__atomic_compare_exchange_n(&path_copies, &c->next, c, 1, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
		;
	return c->text;
}

/* warn29: the warnings rustc prints with a rejected program's error, printed after it (one
 * program's at a time: the commands that print warnings compile one) */
static char *trailer;

void diag_set_trailer(char *text)
{
	free(trailer);
	trailer = text;
}

void diag_print(const Diag *d, FILE *out)
{
	const char *file = d->file ? diag_path(d->file) : "<input>";
	if (d->line > 0)
		fprintf(out, "%s:%d:%d: error: %s\n", file, d->line, d->col, diag_msg(d));
	else
		fprintf(out, "%s: error: %s\n", file, diag_msg(d));
	if (trailer) {
		fputs(trailer, out);
		free(trailer);
		trailer = NULL;
	}
}

_Noreturn void internal_error(const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fprintf(stderr, "coroslim: internal error: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	abort();
}

/* Reads a whole file; NULL with d filled when it cannot. */
char *file_read(const char *path, size_t *len, Diag *d)
{
	/* Opened without blocking: `mkfifo x.rs` made every command wait forever
	 * for a writer (issue 23's second sweep). A FIFO or pipe with a writer
	 * (`... | coroslim import /dev/stdin`) is read as before; one with none is
	 * an error; a directory says so instead of "cannot read file". */
	int fd = open(path, O_RDONLY | O_NONBLOCK);
	struct stat st;
	int fifo = 0;
	const char *what = NULL;
	if (fd >= 0 && fstat(fd, &st) == 0) {
		fifo = S_ISFIFO(st.st_mode);
		if (S_ISDIR(st.st_mode))
			what = "is a directory";
		/* a regular file's size is known: 256 MiB + 1 was read whole first
		 * (8.6 s, 257 MB) to be refused (robust24) */
		else if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > FILE_SIZE_MAX)
			what = "file too large";
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = fd >= 0 && !what ? malloc(cap + 1) : NULL;
	if (fd >= 0 && !what && !buf)
		internal_error("out of memory");
	if (buf && fifo) { /* no writer: read gives end of file at once, not EAGAIN */
		ssize_t got = read(fd, buf, cap);
		if (got == 0)
			what = "is a FIFO or pipe with no writer (coroslim reads whole files)";
		else if (got > 0)
			n = (size_t)got;
	}
	if (fd >= 0 && !what)
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK); /* read to the end, waiting for a writer's data */
	FILE *fp = fd < 0 || what ? NULL : fdopen(fd, "rb");
	if (!fp) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		free(buf);
		d->file = path;
		if (what && strcmp(what, "file too large") == 0)
			diag_set(d, 0, 0, "file too large (more than %u bytes)", FILE_SIZE_MAX);
		else if (what)
			diag_set(d, 0, 0, "%s", what);
		else
			diag_set(d, 0, 0, "cannot open file: %s", strerror(e));
		return NULL;
	}
	for (;;) {
		size_t got = n < cap ? fread(buf + n, 1, cap - n, fp) : 0;
		n += got;
		if (n > FILE_SIZE_MAX) {
			/* /dev/zero, or a generated file beyond what the 32-bit ids can number */
			fclose(fp);
			free(buf);
			d->file = path;
			diag_set(d, 0, 0, "file too large (more than %u bytes)", FILE_SIZE_MAX);
			return NULL;
		}
		if (n < cap)
			break;
		/* no more room than the limit needs to be seen passed: /dev/zero took 513 MB (robust24) */
		cap = cap * 2 > (size_t)FILE_SIZE_MAX + 1 ? (size_t)FILE_SIZE_MAX + 1 : cap * 2;
		char *nb = realloc(buf, cap + 1);
		if (!nb)
			internal_error("out of memory");
		buf = nb;
	}
	int err = ferror(fp);
	fclose(fp);
	if (err) {
		free(buf);
		d->file = path;
		diag_set(d, 0, 0, "cannot read file");
		return NULL;
	}
	buf[n] = 0;
	*len = n;
	return buf;
}

int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}
