/* diag.c — user errors (located, returned to the caller) and internal errors (abort). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "ir.h"

void diag_set(Diag *d, int line, int col, const char *fmt, ...)
{
	if (d->failed)
		return; /* the first error is the one reported */
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof d->msg, fmt, ap);
	va_end(ap);
	d->line = line;
	d->col = col;
	d->failed = 1;
}

void diag_print(const Diag *d, FILE *out)
{
	const char *file = d->file ? d->file : "<input>";
	if (d->line > 0)
		fprintf(out, "%s:%d:%d: error: %s\n", file, d->line, d->col, d->msg);
	else
		fprintf(out, "%s: error: %s\n", file, d->msg);
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
