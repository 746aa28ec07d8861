/* load.c — reading inputs by kind: FILE.rs through the frontend, FILE.mir through
 * the parser, both through the verifier; and lowering with the state transform. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../passes/passes.h"
#include "frontend.h"

/* Loads FILE.rs (through the frontend) or FILE.mir (parser + verifier); with
 * lower, a .rs file through frontend_lower. */
static Module *load(const char *path, const BuildOptions *o, int lower, Diag *d)
{
	d->file = path;
	int is_rs = has_suffix(path, ".rs"), is_mir = has_suffix(path, ".mir");
	if (!is_rs && !is_mir) {
		diag_set(d, 0, 0, "unknown file kind (expected .rs or .mir)");
		return NULL;
	}
	size_t len;
	char *src = file_read(path, &len, d);
	if (!src)
		return NULL;
	Module *m = !is_rs ? parse_module(path, src, len, d)
		    : lower  ? frontend_lower(path, src, len, o, d)
			     : frontend_build(path, src, len, o, d);
	free(src);
	if (!m)
		return NULL;
	if (is_mir) {
		m->release = (uint8_t)o->release;
		m->panic_abort = (uint8_t)o->panic_abort;
		m->jobs = o->jobs;
	}
	/* frontend_build has verified what it built */
	if (is_mir && (verify_module(m, "input", d) != 0 || verify_return_written(m, "input", d) != 0)) {
		module_free(m);
		return NULL;
	}
	return m;
}

Module *module_load(const char *path, const BuildOptions *o, Diag *d)
{
	return load(path, o, 0, d);
}

Module *module_load_lowered(const char *path, const BuildOptions *o, Diag *d)
{
	Module *m = load(path, o, o && !o->verify_each, d);
	if (m && module_lower(m, d) != 0) {
		module_free(m);
		return NULL;
	}
	return m;
}

int module_lower(Module *m, Diag *d)
{
	if (m->transformed)
		return 0;
	if (state_transform(m, d) != 0)
		return -1;
	return verify_module(m, "state_transform", d);
}
