/* unit_util.h — what several unit tests share: whether a sanitizer is on (their size limits and
 * stack checks differ under it), and a fn's textual IR as a string (free it). Include after
 * cmocka.h and ir/ir.h. */
#ifndef COROSLIM_UNIT_UTIL_H
#define COROSLIM_UNIT_UTIL_H

#include <stdio.h>
#include <stdlib.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define UNDER_SANITIZER 1
#endif
#endif
#ifndef UNDER_SANITIZER
#define UNDER_SANITIZER 0
#endif

static inline char *fn_text(const Fn *f)
{
	FILE *out = tmpfile(); /* C11: the tests that include this need no POSIX feature macro */
	assert_non_null(out);
	print_fn(f, out);
	long len = ftell(out);
	assert_true(len > 0); /* a fn always prints its signature */
	rewind(out);
	char *buf = malloc((size_t)len + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)len, out), (size_t)len);
	buf[len] = '\0';
	fclose(out);
	return buf;
}

#endif
