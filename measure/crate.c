/*
 * crate.c — `coroslim crate [PATH]`: what async costs in a cargo package of
 * the user's, future by future, and what would remove it (issue 25).
 *
 *   PATH/Cargo.toml --cargo rustc (offline, the user's profile; RUSTC_BOOTSTRAP=1)-->
 *     PATH/target/coroslim/[TRIPLE/]PROFILE/deps/CRATE-HASH.{o,mir} + stdout (-Zprint-type-sizes)
 *     PATH/target/coroslim/mir/ (-Zdump-mir=StateTransform: before/after, kept for the user)
 *   CRATE-HASH.mir --import_cmd (--format=summary: states, what each pass removes)--> facts
 *   stdout --print-type-size lines of `{async ...}` types--> sizes, upvars, saved locals
 *   CRATE-HASH*.o --elf.c + demangle.c--> poll and drop bytes per future
 *
 * Only the package's own crate gets the flags (`cargo rustc` passes them to
 * it alone); its dependencies build as cargo always builds them. What each
 * column means and the JSON schema: DESIGN.md, "coroslim crate".
 */
#define _XOPEN_SOURCE 700 /* fork, waitpid, opendir, realpath, setenv */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "crate.h"

const char *const kind_name[] = {"async fn", "async block", "async closure"};
const char *const pass_name[NPASSES_CRATE] = {"panic-to-pending", "elide-awaitless", "inline-single-await",
						      "merge-states"};

#define CRATE_RUSTC_VERSION "rustc 1.95."

static const char crate_usage[] =
	"usage: coroslim crate [PATH] [--target=TRIPLE] [--release] [--format=table|json|html] [-o FILE]\n";

/* ------------------------------------------------------------------ */
/* small helpers                                                       */
/* ------------------------------------------------------------------ */


static char *slurp(const char *path, size_t *len)
{
	Diag d = {0};
	size_t n = 0;
	char *s = file_read(path, &n, &d);
	if (len)
		*len = n;
	return s;
}

static int exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* Runs argv in dir with RUSTC_BOOTSTRAP=1 and CARGO_INCREMENTAL=0; stdout to
 * out_path (or /dev/null), stderr to ours when err_path is NULL. The wait
 * status, 127 << 8 when the program is missing, -1 when fork fails. */
static int run_in(const char *dir, const char *const *argv, const char *out_path, const char *err_path)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (chdir(dir) != 0)
			_exit(126);
		int fd = open(out_path ? out_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			_exit(126);
		dup2(fd, 1);
		close(fd);
		if (err_path) {
			fd = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
			if (fd < 0)
				_exit(126);
			dup2(fd, 2);
			close(fd);
		}
		setenv("RUSTC_BOOTSTRAP", "1", 1);
		/* incremental compilation keeps objects in its cache, not next to the rlib */
		setenv("CARGO_INCREMENTAL", "0", 1);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return st;
}

static int exited_ok(int st) { return st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0; }
static int exec_missing(int st) { return st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 127; }

/* ------------------------------------------------------------------ */
/* Cargo.toml: the package and its crate name                          */
/* ------------------------------------------------------------------ */


/* The string value of `key = "..."` on a line, or NULL. */
static char *toml_string(const char *line, const char *key)
{
	size_t k = strlen(key);
	while (*line == ' ' || *line == '\t')
		line++;
	if (strncmp(line, key, k) != 0)
		return NULL;
	line += k;
	while (*line == ' ' || *line == '\t')
		line++;
	if (*line++ != '=')
		return NULL;
	while (*line == ' ' || *line == '\t')
		line++;
	if (*line != '"')
		return NULL;
	const char *end = strchr(line + 1, '"');
	return end ? ts_strndup(line + 1, (size_t)(end - line - 1)) : NULL;
}

static int read_package(const char *path, Package *p)
{
	char real[PATH_MAX], manifest[PATH_MAX + 16];
	if (!realpath(path, real)) {
		fprintf(stderr, "coroslim: error: %s: %s\n", path, strerror(errno));
		return -1;
	}
	snprintf(manifest, sizeof manifest, "%s/Cargo.toml", real);
	char *text = slurp(manifest, NULL);
	if (!text) {
		fprintf(stderr, "coroslim: error: %s: no Cargo.toml there (not a cargo package)\n", path);
		return -1;
	}
	p->dir = str_dup(real);
	char section[64] = "";
	char *lib_name = NULL;
	for (char *line = text; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		const char *s = line;
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '[') {
			size_t n = strcspn(s + 1, "]\r");
			snprintf(section, sizeof section, "%.*s", (int)(n > 62 ? 62 : n), s + 1);
		} else if (strcmp(section, "package") == 0) {
			char *v;
			if (!p->name && (v = toml_string(s, "name")))
				p->name = v;
			else if (!p->version && (v = toml_string(s, "version")))
				p->version = v;
		} else if (strcmp(section, "lib") == 0) {
			char *v;
			p->has_lib = 1;
			if (!lib_name && (v = toml_string(s, "name")))
				lib_name = v;
		}
		line = nl ? nl + 1 : NULL;
	}
	free(text);
	if (!p->name) {
		fprintf(stderr, "coroslim: error: %s: no [package] name (a virtual workspace? give a member's directory)\n",
			manifest);
		free(lib_name);
		free(p->dir); /* leaked (robust24's campaign on the ASan build) */
		free(p->version);
		p->dir = p->version = NULL;
		return -1;
	}
	char librs[PATH_MAX + 16];
	snprintf(librs, sizeof librs, "%s/src/lib.rs", real);
	p->has_lib |= exists(librs);
	p->crate = lib_name ? lib_name : str_dup(p->name);
	for (char *c = p->crate; *c; c++)
		if (*c == '-')
			*c = '_';
	if (!p->version)
		p->version = str_dup("?");
	return 0;
}

static void package_free(Package *p)
{
	free(p->dir), free(p->name), free(p->version), free(p->crate);
}


/* `{async fn body of foo<u32>()}` -> `{async fn body of foo()}`: generic arguments dropped */
static char *strip_generics(const char *s)
{
	char *r = ts_strndup(s, strlen(s));
	size_t n = 0;
	int depth = 0;
	for (const char *p = s; *p; p++) {
		if (*p == '<' && p > s && p[-1] != '-' && p[-1] != ' ') {
			depth++;
			continue;
		}
		if (*p == '>' && depth > 0) {
			depth--;
			continue;
		}
		if (!depth)
			r[n++] = *p;
	}
	r[n] = 0;
	/* `foo::<T>` leaves `foo::`: drop a dangling `::` */
	for (char *q; (q = strstr(r, "::::"));)
		memmove(q, q + 2, strlen(q + 2) + 1);
	size_t m = strlen(r);
	while (m >= 2 && r[m - 1] == ':' && r[m - 2] == ':')
		r[m -= 2] = 0;
	for (char *q; (q = strstr(r, ":: ")) || (q = strstr(r, "::}")) || (q = strstr(r, "::("));)
		memmove(q, q + 2, strlen(q + 2) + 1);
	return r;
}

/* ------------------------------------------------------------------ */
/* the futures                                                         */
/* ------------------------------------------------------------------ */


static Future *future_by_resume(CrateRun *r, const char *resume)
{
	for (uint32_t i = 0; i < r->nfut; i++)
		if (strcmp(r->fut[i].resume, resume) == 0)
			return &r->fut[i];
	return NULL;
}

/* `{...@src/lib.rs:19:5: 19:15}` or `{coroutine@src/lib.rs:12:33: 16:2 (#0)}` -> `src/lib.rs:19:5` */
static char *loc_of(const char *s)
{
	const char *at = strchr(s, '@');
	if (!at)
		return NULL;
	at++;
	const char *end = strstr(at, ": ");
	if (!end)
		end = at + strcspn(at, "}");
	return ts_strndup(at, (size_t)(end - at));
}

/* The resume fns of the --emit=mir text and where each body starts: an async
 * block's type names its span; an async fn's body is the `{coroutine@LOC}`
 * aggregate of its constructor `fn NAME(..) -> {async fn body of NAME()}`. */
static void scan_mir(CrateRun *r, const char *text)
{
	struct { char *type, *loc; } *ctor = NULL;
	uint32_t nctor = 0, capctor = 0;
	char *cur_ret = NULL;
	Future *cur_fut = NULL; /* the resume fn being read */
	for (const char *line = text; line && *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		char *l = ts_strndup(line, len);
		line = nl ? nl + 1 : NULL;
		if (strncmp(l, "fn ", 3) == 0) {
			free(cur_ret);
			cur_ret = NULL;
			cur_fut = NULL;
			const char *pin = strstr(l, "(_1: Pin<&mut {async ");
			const char *arrow = strstr(l, ") -> ");
			if (pin && strstr(l, "_2: &mut Context<")) {
				const char *ty = pin + 14;
				const char *end = strstr(ty, "}>, _2");
				if (end) {
					GROW(r->fut, r->nfut, r->capfut);
					Future *f = &r->fut[r->nfut++];
					memset(f, 0, sizeof *f);
					f->resume = ts_strndup(l + 3, (size_t)(pin - l - 3));
					f->type = ts_strndup(ty, (size_t)(end - ty + 1));
					f->kind = strncmp(f->type, "{async fn", 9) == 0 ? K_ASYNC_FN
						  : strncmp(f->type, "{async block", 12) == 0 ? K_ASYNC_BLOCK
											    : K_ASYNC_CLOSURE;
					if (f->kind != K_ASYNC_FN)
						f->loc = loc_of(f->type);
					cur_fut = f;
				}
			} else if (arrow && strncmp(arrow + 5, "{async fn body of ", 18) == 0) {
				const char *ret = arrow + 5, *end = strrchr(ret, '}');
				if (end)
					cur_ret = ts_strndup(ret, (size_t)(end - ret + 1));
			}
		} else if (cur_fut && strstr(l, "debug __awaitee => ")) {
			/* `debug __awaitee => (((*_16) as variant#3).0: impl Future<..>)`: an
			 * opaque future (a trait's async method, a generic callee's) */
			const char *colon = strstr(l, ": impl ");
			if (colon)
				cur_fut->opaque_awaitee = 1;
		} else if (cur_ret && strstr(l, "= {coroutine@")) {
			GROW(ctor, nctor, capctor);
			ctor[nctor].type = cur_ret;
			ctor[nctor++].loc = loc_of(strstr(l, "{coroutine@"));
			cur_ret = NULL;
		}
		free(l);
	}
	free(cur_ret);
	for (uint32_t i = 0; i < r->nfut; i++)
		for (uint32_t k = 0; k < nctor && !r->fut[i].loc; k++)
			if (strcmp(r->fut[i].type, ctor[k].type) == 0 && ctor[k].loc)
				r->fut[i].loc = str_dup(ctor[k].loc);
	for (uint32_t k = 0; k < nctor; k++)
		free(ctor[k].type), free(ctor[k].loc);
	free(ctor);
}

static int32_t field_i(const char *line, const char *key, int second)
{
	const char *p = strstr(line, key);
	if (!p)
		return 0;
	p += strlen(key);
	if (second) {
		p = strchr(p, '/');
		if (!p)
			return 0;
		p++;
	}
	return (int32_t)strtol(p, NULL, 10);
}

/* The MIR for the importer: rustc's text with every line that is only a
 * comment blanked (the optimised MIR of --release has `// DBG: _42` lines the
 * importer does not read), so that line numbers stay rustc's. 0, or -1 with
 * the reason printed. */
static int write_import_copy(const char *text, const char *path)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "coroslim: error: cannot write %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (const char *line = text; line && *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		size_t ws = strspn(line, " \t");
		if (!(ws + 1 < len && line[ws] == '/' && line[ws + 1] == '/'))
			fwrite(line, 1, len, f);
		fputc('\n', f);
		line = nl ? nl + 1 : NULL;
	}
	if (fclose(f) != 0) {
		fprintf(stderr, "coroslim: error: cannot write %s\n", path);
		return -1;
	}
	return 0;
}

/* The importer, as `coroslim import --format=summary` runs it (real_report.c). */
static int import_facts(CrateRun *r, const char *path)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem)
		internal_error("out of memory");
	const char *files[] = {path};
	int rc = import_cmd(files, 1, "summary", mem);
	fclose(mem);
	for (char *line = buf; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (t1 && t2) {
			char *name = ts_strndup(t1 + 1, (size_t)(t2 - t1 - 1));
			Future *f = future_by_resume(r, name);
			const char *s = t2 + 1;
			if (f && strncmp(s, "skipped\t", 8) == 0) {
				f->why_skipped = str_dup(s + 8);
				r->not_imported++;
			} else if (f) {
				f->imported = 1;
				f->states = (uint32_t)field_i(s, "states=", 0);
				f->blocks = (uint32_t)field_i(s, "blocks=", 0);
				f->stmts = (uint32_t)field_i(s, "stmts=", 0);
				f->opaque = (uint32_t)field_i(s, "opaque=", 0);
				f->p2p_s = field_i(s, "p2p=", 0), f->p2p_b = field_i(s, "p2p=", 1);
				f->awaitless = field_i(s, "awaitless=", 0);
				f->stateless = strstr(s, "(stateless)") != NULL;
				f->el_s = field_i(s, "elide=", 0), f->el_b = field_i(s, "elide=", 1);
				f->direct1 = field_i(s, "direct1=", 0);
				f->pure = field_i(s, "pure=", 0);
				f->in_s = (uint32_t)field_i(s, "inline=", 0), f->in_b = (uint32_t)field_i(s, "inline=", 1);
				f->merged = (uint32_t)field_i(s, "merged=", 0);
				f->mg_s = (uint32_t)field_i(s, " merge=", 0), f->mg_b = (uint32_t)field_i(s, " merge=", 1);
			}
			free(name);
		}
		line = nl ? nl + 1 : NULL;
	}
	free(buf);
	return rc;
}

/* ------------------------------------------------------------------ */
/* objects                                                             */
/* ------------------------------------------------------------------ */

/* `CRATE::a::b::<T>::{closure#0}` -> `a::b::{closure#0}` (generic arguments gone) */
static char *local_path(const char *crate, const char *demangled)
{
	size_t k = strlen(crate);
	if (strncmp(demangled, crate, k) != 0 || strncmp(demangled + k, "::", 2) != 0)
		return NULL;
	return strip_generics(demangled + k + 2);
}

/* The end of the bracketed text that starts at s ('<'), or NULL. */
static const char *matching_angle(const char *s)
{
	int depth = 0;
	for (; *s; s++) {
		if (*s == '<')
			depth++;
		else if (*s == '>' && s[-1] != '-' && --depth == 0)
			return s;
	}
	return NULL;
}

/* A method's future: the MIR names it by its impl's span
 * (`barrier::<impl at src/barrier.rs:19:1: 19:13>::wait::{closure#0}`), the
 * symbol by its self type (`<async_lock::barrier::Barrier>::wait::{closure#0}`).
 * The future whose method path is the symbol's and whose module is a prefix
 * of the self type's path; NULL unless exactly one is. */
static Future *impl_future(CrateRun *r, const char *demangled)
{
	size_t k = strlen(r->pkg.crate);
	if (demangled[0] != '<' || strncmp(demangled + 1, r->pkg.crate, k) != 0 || strncmp(demangled + 1 + k, "::", 2) != 0)
		return NULL;
	const char *close = matching_angle(demangled);
	if (!close || strncmp(close, ">::", 3) != 0)
		return NULL;
	char *self = ts_strndup(demangled + 3 + k, (size_t)(close - demangled - 3 - k));
	char *as = strstr(self, " as ");
	if (as)
		*as = 0;
	char *self_path = strip_generics(self), *tail = strip_generics(close + 3);
	Future *found = NULL;
	int n = 0;
	for (uint32_t i = 0; i < r->nfut; i++) {
		const char *name = r->fut[i].resume, *imp = strstr(name, "<impl at ");
		const char *end = imp ? matching_angle(imp) : NULL;
		if (!end || strncmp(end, ">::", 3) != 0 || strcmp(end + 3, tail) != 0)
			continue;
		if (strncmp(self_path, name, (size_t)(imp - name)) == 0)
			found = &r->fut[i], n++;
	}
	free(self), free(self_path), free(tail);
	return n == 1 ? found : NULL;
}

/* An async fn of another crate instantiated here: its resume fn's symbol
 * demangles to `<&mut eio_consumer::Uart as embedded_io_async::Write>::write::{closure#0}`
 * (generic arguments as `::<..>`), its type-size record names it
 * `<&mut Uart as embedded_io_async::Write>::write` (this crate's paths without
 * the crate's name, generic arguments as `<..>`). The DepFuture whose path is
 * the symbol's so rewritten, or NULL. */
static DepFuture *dep_future(CrateRun *r, const char *demangled)
{
	static const char closure[] = "::{closure#0}";
	size_t n = strlen(demangled), k = strlen(r->pkg.crate), m = 0;
	if (!r->ndep || n < sizeof closure || strcmp(demangled + n - (sizeof closure - 1), closure) != 0)
		return NULL;
	n -= sizeof closure - 1;
	char *path = ts_strndup(demangled, n);
	for (size_t i = 0; i < n;) {
		if ((i == 0 || !ts_ident_char(demangled[i - 1])) && strncmp(demangled + i, r->pkg.crate, k) == 0 &&
		    strncmp(demangled + i + k, "::", 2) == 0) {
			i += k + 2; /* this crate's own paths: the record omits the crate */
			continue;
		}
		if (strncmp(demangled + i, "::<", 3) == 0) {
			i += 2;
			continue;
		}
		path[m++] = demangled[i++];
	}
	path[m] = 0;
	DepFuture *found = NULL;
	for (uint32_t i = 0; i < r->ndep && !found; i++)
		if (r->dep[i].path && strcmp(r->dep[i].path, path) == 0)
			found = &r->dep[i];
	free(path);
	return found;
}

static int read_objects(CrateRun *r)
{
	char name[8192];
	for (uint32_t i = 0; i < r->nobjects; i++) {
		ElfObject o;
		char err[512];
		if (elf_load(r->objects[i], &o, err, sizeof err) != 0) {
			fprintf(stderr, "%s\n", err);
			return -1;
		}
		r->text_ro += elf_text_ro(&o);
		for (uint32_t s = 0; s < o.nsyms; s++) {
			const ElfSymbol *y = &o.syms[s];
			if (y->type != ELF_STT_FUNC || y->shndx == 0 || rust_demangle_v0(y->name, name, sizeof name) != 0)
				continue;
			static const char dip[] = "core::ptr::drop_in_place::<";
			int is_drop = strncmp(name, dip, sizeof dip - 1) == 0;
			const char *path = name;
			if (is_drop) {
				path = name + sizeof dip - 1;
				size_t n = strlen(path);
				if (n && path[n - 1] == '>')
					name[strlen(name) - 1] = 0;
			}
			char *local = local_path(r->pkg.crate, path);
			Future *f = local ? future_by_resume(r, local) : impl_future(r, path);
			DepFuture *d = f ? NULL : dep_future(r, path);
			uint64_t bytes = y->size + elf_own_rodata(&o, y->name);
			if (f) {
				if (is_drop)
					f->drop += bytes, f->drop_syms++;
				else
					f->poll += bytes, f->poll_syms++;
			} else if (d) {
				if (is_drop)
					d->drop += bytes, d->drop_syms++;
				else
					d->poll += bytes, d->poll_syms++;
			}
			free(local);
		}
		elf_free(&o);
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* per future: layout make-up, the passes, what can be saved            */
/* ------------------------------------------------------------------ */

/* The type-size record(s) of a future of the crate: its own type; else (paths
 * as the MIR trims them) the same up to path tails; else (a generic async fn)
 * its instances with generic arguments dropped, then the same up to path
 * tails. The largest is returned, the count in *instances. Every record
 * matched is marked as the crate's own. */
static const TypeSize *find_type(CrateRun *r, const char *type, uint32_t *instances)
{
	*instances = 0;
	const TypeSize *best = NULL;
	char *want = strip_generics(type);
	for (int level = 0; level < 4 && !best; level++)
		for (uint32_t i = 0; i < r->ts.n; i++) {
			const char *have = r->ts.t[i].type;
			char *stripped = level >= 2 ? strip_generics(have) : NULL;
			int same = level == 0   ? strcmp(type, have) == 0
				   : level == 1 ? ts_same_up_to_tails(type, have)
				   : level == 2 ? strcmp(want, stripped) == 0
						: ts_same_up_to_tails(want, stripped);
			free(stripped);
			if (!same)
				continue;
			++*instances;
			r->ts.t[i].own = 1;
			if (!best || r->ts.t[i].size > best->size)
				best = &r->ts.t[i];
		}
	free(want);
	return best;
}

int crate_is_suspend(const TsVariant *v) { return v->name && strncmp(v->name, "Suspend", 7) == 0; }

static void analyse_layout(Future *f)
{
	const TypeSize *t = f->ts;
	if (!t)
		return;
	uint64_t best = 0;
	for (uint32_t j = 0; j < t->nv; j++) {
		const TsVariant *v = &t->v[j];
		if (v->name && strcmp(v->name, "Unresumed") == 0)
			for (uint32_t k = 0; k < v->nf; k++)
				if (v->f[k].kind == F_UPVAR)
					f->upvars += v->f[k].size;
		if (v->size >= best) {
			best = v->size;
			f->largest_variant_pad = 0;
			for (uint32_t k = 0; k < v->nf; k++)
				if (v->f[k].kind == F_PADDING)
					f->largest_variant_pad += v->f[k].size;
		}
	}
	/* rust-lang/rust#62958: a parameter moved into the body is an upvar
	 * (Unresumed's field, kept in every variant) and a saved local too */
	StrBuf names = {0};
	const TsVariant *unres = NULL;
	for (uint32_t j = 0; j < t->nv; j++)
		if (t->v[j].name && strcmp(t->v[j].name, "Unresumed") == 0)
			unres = &t->v[j];
	for (uint32_t k = 0; unres && k < unres->nf; k++) {
		const TsField *u = &unres->f[k];
		if (u->kind != F_UPVAR || u->size == 0)
			continue;
		int twice = 0;
		for (uint32_t j = 0; j < t->nv && !twice; j++)
			for (uint32_t m = 0; crate_is_suspend(&t->v[j]) && m < t->v[j].nf; m++)
				if (t->v[j].f[m].kind == F_LOCAL && strcmp(t->v[j].f[m].name, u->name) == 0 &&
				    t->v[j].f[m].size == u->size)
					twice = 1;
		if (twice) {
			f->twice += u->size;
			strbuf_printf(&names, "%s%s", names.n ? ", " : "", u->name);
		}
	}
	f->twice_names = names.n ? names.s : NULL;
	if (!names.n)
		strbuf_free(&names);
	/* the only awaitee of a single-await future */
	uint32_t suspends = 0;
	for (uint32_t j = 0; j < t->nv; j++)
		if (crate_is_suspend(&t->v[j])) {
			suspends++;
			for (uint32_t m = 0; m < t->v[j].nf; m++)
				if (t->v[j].f[m].kind == F_LOCAL && strcmp(t->v[j].f[m].name, "__awaitee") == 0)
					f->awaitee = t->v[j].f[m].size;
		}
	if (suspends != 1)
		f->awaitee = 0;
}

static void analyse_passes(Future *f)
{
	PassFacts *p = f->pass;
	for (int i = 0; i < NPASSES_CRATE; i++)
		p[i].flash = p[i].ram = -1;
	if (!f->imported) {
		for (int i = 0; i < NPASSES_CRATE; i++)
			p[i].why = "not imported";
		return;
	}
	PassFacts *q = &p[P_PANIC_TO_PENDING];
	q->fires = f->p2p_s != 0 || f->p2p_b != 0;
	q->mir_stmts = f->p2p_s, q->mir_blocks = f->p2p_b;
	q->why = q->fires ? "the resumed-after-panic path becomes Poll::Pending" : "no resumed-after assert to replace";
	q->rewrite = NULL;
	q->caveat = "none by hand: rustc inserts the assert";

	q = &p[P_ELIDE_AWAITLESS];
	q->fires = f->awaitless;
	q->mir_stmts = f->el_s, q->mir_blocks = f->el_b;
	q->why = !f->awaitless ? "the body awaits" : f->stateless ? "no await, stateless body" : "no await (a done bit remains)";
	if (f->awaitless) {
		q->rewrite = "a plain fn returning `core::future::ready(..)`";
		q->caveat = "the body then runs at construction, not at the first poll";
	}

	q = &p[P_INLINE_SINGLE_AWAIT];
	q->fires = f->pure ? 1 : f->direct1 ? 2 : 0;
	q->mir_stmts = (int32_t)f->in_s, q->mir_blocks = (int32_t)f->in_b;
	if (f->pure) {
		q->why = "a pure forwarder: its future can be the callee's";
		q->flash = (int64_t)(f->poll + f->drop);
		if (f->ts && f->awaitee)
			q->ram = (int64_t)f->ts->size - (int64_t)f->awaitee;
		q->rewrite = "return the inner future: `fn f(..) -> impl Future<Output = T> { g(..) }`";
		q->caveat = "none: nothing runs before the await";
	} else if (f->direct1) {
		q->why = "one await of an async fn, with a preamble or postamble (credited 0)";
		q->rewrite = "return the inner future, the preamble in the constructor, the postamble in `.map(..)` "
			     "(futures' FutureExt)";
		q->caveat = "the preamble then runs at construction, not at the first poll";
	} else
		q->why = f->states != 1	      ? "not one await"
			 : f->opaque_awaitee ? "its one await is of an opaque `impl Future` (a trait method's or a generic "
					       "callee's): which future it is is known per instance only"
					     : "its one await is not of an async fn";

	q = &p[P_MERGE_STATES];
	q->fires = f->merged > 0;
	q->mir_stmts = (int32_t)f->mg_s, q->mir_blocks = (int32_t)f->mg_b;
	q->why = f->merged ? "awaits with isomorphic resume paths" : f->states < 2 ? "fewer than two awaits"
										  : "no two resume paths alike";
	if (f->merged) {
		q->rewrite = "hoist the await out of the branches: pick the future in each arm, await once after";
		q->caveat = "the arms must make one future type";
	}
	f->save_bytes = 0;
	f->save_mir = 0;
	for (int i = 0; i < NPASSES_CRATE; i++) {
		if (p[i].fires != 1)
			continue;
		f->save_mir += p[i].mir_stmts;
		if (p[i].flash > 0)
			f->save_bytes += p[i].flash;
		if (p[i].ram > 0)
			f->save_bytes += p[i].ram;
	}
	f->save_bytes += (int64_t)f->twice;
}

/* Every `{async ...}` type-size record no future of the crate matched:
 * another crate's future, instantiated (laid out and compiled) here. */
static void collect_dep_futures(CrateRun *r)
{
	static const char body[] = "{async fn body of ";
	for (uint32_t i = 0; i < r->ts.n; i++) {
		const TypeSize *t = &r->ts.t[i];
		if (t->own || strncmp(t->type, "{async ", 7) != 0)
			continue;
		GROW(r->dep, r->ndep, r->capdep);
		DepFuture *d = &r->dep[r->ndep++];
		memset(d, 0, sizeof *d);
		d->ts = t;
		size_t n = strlen(t->type);
		if (strncmp(t->type, body, sizeof body - 1) == 0 && n > sizeof body + 2 &&
		    strcmp(t->type + n - 3, "()}") == 0)
			d->path = ts_strndup(t->type + sizeof body - 1, n - (sizeof body - 1) - 3);
		Future tmp = {0};
		tmp.ts = t;
		analyse_layout(&tmp);
		d->upvars = tmp.upvars, d->twice = tmp.twice, d->twice_names = tmp.twice_names;
	}
}

static int dep_order(const void *a, const void *b)
{
	const DepFuture *x = a, *y = b;
	uint64_t cx = x->poll + x->drop, cy = y->poll + y->drop;
	if (cx != cy)
		return cx > cy ? -1 : 1;
	if (x->ts->size != y->ts->size)
		return x->ts->size > y->ts->size ? -1 : 1;
	return strcmp(x->ts->type, y->ts->type);
}

static int future_order(const void *a, const void *b)
{
	const Future *x = a, *y = b;
	if (x->save_bytes != y->save_bytes)
		return x->save_bytes > y->save_bytes ? -1 : 1;
	if (x->save_mir != y->save_mir)
		return x->save_mir > y->save_mir ? -1 : 1;
	uint64_t sx = x->ts ? x->ts->size : 0, sy = y->ts ? y->ts->size : 0;
	if (sx != sy)
		return sx > sy ? -1 : 1;
	return strcmp(x->resume, y->resume);
}

/* ------------------------------------------------------------------ */
/* the build                                                           */
/* ------------------------------------------------------------------ */

static int check_toolchain(CrateRun *r)
{
	const char *rustc = getenv("RUSTC");
	const char *cargo = getenv("CARGO");
	rustc = rustc && *rustc ? rustc : "rustc";
	cargo = cargo && *cargo ? cargo : "cargo";
	char out[PATH_MAX + 32];
	snprintf(out, sizeof out, "%s/version.txt", r->target_dir);
	const char *cv[] = {cargo, "--version", NULL};
	int st = run_in(r->pkg.dir, cv, out, "/dev/null");
	if (!exited_ok(st)) {
		if (exec_missing(st))
			fprintf(stderr, "coroslim: error: `coroslim crate` needs cargo and rustc 1.95, and `%s` was not found\n",
				cargo);
		else
			fprintf(stderr, "coroslim: error: `%s --version` failed in %s\n", cargo, r->pkg.dir);
		return -1;
	}
	const char *rv[] = {rustc, "-vV", NULL};
	st = run_in(r->pkg.dir, rv, out, "/dev/null");
	char *text = exited_ok(st) ? slurp(out, NULL) : NULL;
	if (!text || strncmp(text, CRATE_RUSTC_VERSION, strlen(CRATE_RUSTC_VERSION)) != 0) {
		if (exec_missing(st))
			fprintf(stderr, "coroslim: error: `coroslim crate` needs rustc 1.95, and `%s` was not found\n", rustc);
		else {
			if (text)
				text[strcspn(text, "\n")] = 0;
			fprintf(stderr, "coroslim: error: `coroslim crate` needs rustc 1.95 (`%s --version` in %s: %s)\n",
				rustc, r->pkg.dir, text && *text ? text : "failed");
		}
		free(text);
		return -1;
	}
	const char *h = strstr(text, "\nhost: ");
	if (h)
		snprintf(r->host, sizeof r->host, "%.*s", (int)strcspn(h + 7, "\n"), h + 7);
	free(text);
	/* the target's panic strategy, what the crate gets when the profile sets none
	 * (unwind on x86_64, abort on the thumb targets) */
	snprintf(r->target_panic, sizeof r->target_panic, "unwind");
	const char *cfg[] = {rustc, "--print", "cfg", r->target ? "--target" : NULL, r->target, NULL};
	st = run_in(r->pkg.dir, cfg, out, "/dev/null");
	text = exited_ok(st) ? slurp(out, NULL) : NULL;
	const char *p = text ? strstr(text, "panic=\"") : NULL;
	if (p)
		snprintf(r->target_panic, sizeof r->target_panic, "%.*s", (int)strcspn(p + 7, "\""), p + 7);
	free(text);
	unlink(out);
	return 0;
}

/* deps/CRATE-*.o and the one CRATE-*.mir of this build */
static void find_outputs(CrateRun *r, const char *deps, int remove_them)
{
	DIR *dp = opendir(deps);
	if (!dp)
		return;
	size_t k = strlen(r->pkg.crate);
	struct dirent *e;
	while ((e = readdir(dp))) {
		const char *n = e->d_name;
		size_t len = strlen(n);
		if (strncmp(n, r->pkg.crate, k) != 0 || n[k] != '-' || len < 4)
			continue;
		int obj = strcmp(n + len - 2, ".o") == 0, mir = strcmp(n + len - 4, ".mir") == 0;
		if (!obj && !mir)
			continue;
		char p[PATH_MAX];
		snprintf(p, sizeof p, "%s/%s", deps, n);
		if (remove_them)
			unlink(p);
		else if (obj) {
			GROW(r->objects, r->nobjects, r->capobjects);
			r->objects[r->nobjects++] = str_dup(p);
		} else
			snprintf(r->mir_path, sizeof r->mir_path, "%s", p);
	}
	closedir(dp);
}

/* The package's own fingerprints: removed so that cargo rebuilds the crate
 * (and only it) with our flags even when it is fresh. */
static void forget_fingerprints(CrateRun *r)
{
	char fp[PATH_MAX + 32];
	snprintf(fp, sizeof fp, "%s/.fingerprint", r->profile_dir);
	DIR *dp = opendir(fp);
	if (!dp)
		return;
	size_t k = strlen(r->pkg.name);
	struct dirent *e;
	while ((e = readdir(dp))) {
		if (strncmp(e->d_name, r->pkg.name, k) == 0 && e->d_name[k] == '-') {
			char p[PATH_MAX * 2];
			snprintf(p, sizeof p, "%s/%s", fp, e->d_name);
			remove_tree(p);
		}
	}
	closedir(dp);
}

/* cargo -v's stderr, echoed to ours but for its `Running `rustc ...`` lines;
 * the crate's own command line gives the profile's opt-level and panic. */
static void scan_cargo_stderr(CrateRun *r, FILE *in);

static int run_cargo(CrateRun *r, const char *const *argv, const char *out_path)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		close(fds[0]);
		if (chdir(r->pkg.dir) != 0)
			_exit(126);
		int fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			_exit(126);
		dup2(fd, 1);
		close(fd);
		dup2(fds[1], 2);
		close(fds[1]);
		setenv("RUSTC_BOOTSTRAP", "1", 1);
		setenv("CARGO_INCREMENTAL", "0", 1);
		setenv("CARGO_TERM_COLOR", "never", 1);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	close(fds[1]);
	FILE *in = fdopen(fds[0], "r");
	if (in) {
		scan_cargo_stderr(r, in);
		fclose(in);
	} else
		close(fds[0]);
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return st;
}

/* `-C NAME=VALUE` (or `-CNAME=VALUE`) in a command line: VALUE into buf */
static void rustc_codegen_flag(const char *cmd, const char *name, char *buf, size_t n)
{
	char key[64];
	snprintf(key, sizeof key, "%s=", name);
	for (const char *p = cmd; (p = strstr(p, key)); p++) {
		if (p < cmd + 3 || !(strncmp(p - 3, "-C ", 3) == 0 || strncmp(p - 2, "-C", 2) == 0))
			continue;
		p += strlen(key);
		snprintf(buf, n, "%.*s", (int)strcspn(p, " `'\""), p);
		return;
	}
}

static void scan_cargo_stderr(CrateRun *r, FILE *in)
{
	char want[256];
	snprintf(want, sizeof want, "--crate-name %s ", r->pkg.crate);
	char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, in) > 0) {
		const char *s = line + strspn(line, " ");
		if (strncmp(s, "Running `", 9) == 0) {
			if (strstr(s, want) && strstr(s, "-Zprint-type-sizes")) {
				rustc_codegen_flag(s, "opt-level", r->opt_level, sizeof r->opt_level);
				rustc_codegen_flag(s, "panic", r->panic, sizeof r->panic);
			}
			continue;
		}
		fputs(line, stderr);
	}
	free(line);
}

static int build(CrateRun *r)
{
	const char *cargo = getenv("CARGO");
	cargo = cargo && *cargo ? cargo : "cargo";
	char deps[PATH_MAX + 16], mirdir[PATH_MAX + 16], dumpflag[PATH_MAX + 32], stdout_path[PATH_MAX + 32];
	snprintf(deps, sizeof deps, "%s/deps", r->profile_dir);
	snprintf(mirdir, sizeof mirdir, "%s/mir", r->target_dir);
	snprintf(dumpflag, sizeof dumpflag, "-Zdump-mir-dir=%s", mirdir);
	snprintf(stdout_path, sizeof stdout_path, "%s/rustc-stdout.txt", r->target_dir);
	find_outputs(r, deps, 1);
	remove_tree(mirdir);
	forget_fingerprints(r);
	const char *argv[32];
	int n = 0;
	argv[n++] = cargo;
	argv[n++] = "rustc";
	argv[n++] = "--offline";
	argv[n++] = "-v"; /* rustc's command lines: the profile's flags (not echoed) */
	if (r->pkg.has_lib)
		argv[n++] = "--lib";
	if (r->release)
		argv[n++] = "--release";
	if (r->target)
		argv[n++] = "--target", argv[n++] = r->target;
	argv[n++] = "--target-dir";
	argv[n++] = r->target_dir;
	argv[n++] = "--";
	argv[n++] = "-Zdump-mir=StateTransform";
	argv[n++] = dumpflag;
	argv[n++] = "-Zprint-type-sizes";
	argv[n++] = "--emit=obj,mir";
	argv[n++] = "-Csymbol-mangling-version=v0";
	argv[n] = NULL;
	fprintf(stderr, "coroslim crate: building %s %s with cargo (%s profile, %s, offline) in %s\n", r->pkg.name,
		r->pkg.version, r->release ? "release" : "dev", r->target ? r->target : r->host, r->target_dir);
	snprintf(r->opt_level, sizeof r->opt_level, "0"); /* what rustc does without -C opt-level */
	snprintf(r->panic, sizeof r->panic, "%s", r->target_panic);
	int st = run_cargo(r, argv, stdout_path);
	if (!exited_ok(st)) {
		fprintf(stderr, "coroslim: error: cargo could not build %s (%s %d; its messages are above)\n", r->pkg.name,
			st >= 0 && WIFEXITED(st) ? "exit status" : "signal",
			st >= 0 && WIFEXITED(st) ? WEXITSTATUS(st) : st >= 0 && WIFSIGNALED(st) ? WTERMSIG(st) : -1);
		return -1;
	}
	find_outputs(r, deps, 0);
	if (!r->mir_path[0] || !r->nobjects) {
		fprintf(stderr, "coroslim: error: cargo built %s but left no %s in %s\n", r->pkg.name,
			!r->mir_path[0] ? "MIR (CRATE-HASH.mir)" : "object (CRATE-HASH.o)", deps);
		return -1;
	}
	fprintf(stderr, "coroslim crate: reading %s, %u object%s and the type sizes\n", r->mir_path, r->nobjects,
		r->nobjects == 1 ? "" : "s");
	char *sizes = slurp(stdout_path, NULL);
	if (sizes)
		type_sizes_parse(sizes, &r->ts, 0);
	free(sizes);
	return 0;
}

/* ------------------------------------------------------------------ */
/* the command                                                         */
/* ------------------------------------------------------------------ */

static void crate_run_free(CrateRun *r)
{
	for (uint32_t i = 0; i < r->nfut; i++) {
		Future *f = &r->fut[i];
		free(f->resume), free(f->type), free(f->loc), free(f->why_skipped), free(f->twice_names);
	}
	free(r->fut);
	for (uint32_t i = 0; i < r->ndep; i++)
		free(r->dep[i].path), free(r->dep[i].twice_names);
	free(r->dep);
	for (uint32_t i = 0; i < r->nobjects; i++)
		free(r->objects[i]);
	free(r->objects);
	type_sizes_free(&r->ts);
	package_free(&r->pkg);
}

static int usage(const char *fmt, const char *arg)
{
	fputs("coroslim: ", stderr);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	fputs(crate_usage, stderr);
	return 2;
}

int crate_main(int argc, char **argv)
{
	const char *path = NULL, *target = NULL, *format = "table", *outfile = NULL;
	int release = 0, format_given = 0;
	for (int i = 0; i < argc; i++) {
		const char *s = argv[i];
		if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
			fputs(crate_usage, stdout);
			fputs("\nBuilds the cargo package at PATH (default: .) offline with cargo and rustc 1.95 in its own\n"
			      "target dir (PATH/target/coroslim) and reports, per async fn and async block: states, future\n"
			      "size and make-up, poll and drop bytes, and what each pass would save.\n",
			      stdout);
			return 0;
		}
		/* `-o` / `--target` / `--format` last on the line said "unknown option"; one given twice
		 * silently took the last value */
		const char **slot = NULL;
		const char *val = NULL;
		if (strncmp(s, "--target=", 9) == 0 || strncmp(s, "--format=", 9) == 0)
			slot = s[2] == 't' ? &target : &format, val = s + 9;
		else if (strcmp(s, "--target") == 0 || strcmp(s, "--format") == 0 || strcmp(s, "-o") == 0) {
			slot = s[1] == 'o' ? &outfile : s[2] == 't' ? &target : &format;
			if (i + 1 >= argc)
				return usage("option %s needs a value", s);
			val = argv[++i];
		}
		if (slot) {
			if ((slot == &format && format_given) || (slot != &format && *slot))
				return usage("option %s given twice", s[1] == 'o' ? "-o" : s[2] == 't' ? "--target" : "--format");
			format_given |= slot == &format;
			*slot = val;
		} else if (strcmp(s, "--release") == 0 || strcmp(s, "-O") == 0)
			release = 1;
		else if (s[0] == '-' && s[1])
			return usage("unknown option '%s'", s);
		else if (path)
			return usage("unexpected argument '%s' (one PATH expected)", s);
		else
			path = s;
	}
	if (strcmp(format, "table") != 0 && strcmp(format, "json") != 0 && strcmp(format, "html") != 0)
		return usage("unknown format '%s' (expected table, json or html)", format);
	if (target && !*target)
		return usage("%s", "empty --target");
	if (outfile && !*outfile)
		return usage("%s", "empty -o FILE");
	CrateRun r = {0};
	r.target = target;
	r.release = release;
	if (read_package(path ? path : ".", &r.pkg) != 0)
		return 1;
	/* our own target dir under the package's target/: nothing else is written into the package */
	char tdir[PATH_MAX + 16];
	snprintf(tdir, sizeof tdir, "%s/target", r.pkg.dir);
	mkdir(tdir, 0777);
	snprintf(r.target_dir, sizeof r.target_dir, "%s/target/coroslim", r.pkg.dir);
	if (mkdir(r.target_dir, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "coroslim: error: cannot create %s: %s\n", r.target_dir, strerror(errno));
		crate_run_free(&r);
		return 1;
	}
	if (target)
		snprintf(r.profile_dir, sizeof r.profile_dir, "%s/%s/%s", r.target_dir, target, release ? "release" : "debug");
	else
		snprintf(r.profile_dir, sizeof r.profile_dir, "%s/%s", r.target_dir, release ? "release" : "debug");
	char lock[PATH_MAX + 16];
	snprintf(lock, sizeof lock, "%s/Cargo.lock", r.pkg.dir);
	int had_lock = exists(lock);
	int rc = check_toolchain(&r) != 0 || build(&r) != 0;
	if (!had_lock)
		unlink(lock); /* cargo wrote it: the package is left as it was */
	if (rc) {
		crate_run_free(&r);
		return 1;
	}
	size_t mirlen;
	char *mir = slurp(r.mir_path, &mirlen);
	if (!mir) {
		fprintf(stderr, "coroslim: error: cannot read %s\n", r.mir_path);
		crate_run_free(&r);
		return 1;
	}
	scan_mir(&r, mir);
	char import_path[PATH_MAX + 32];
	snprintf(import_path, sizeof import_path, "%s/import.mir", r.target_dir);
	if (write_import_copy(mir, import_path) != 0) {
		free(mir);
		crate_run_free(&r);
		return 1;
	}
	free(mir);
	if (r.nfut == 0) {
		fprintf(stderr, "coroslim: error: %s: no async fn or async block in crate %s (nothing to report)\n",
			r.pkg.dir, r.pkg.crate);
		crate_run_free(&r);
		return 1;
	}
	fprintf(stderr, "coroslim crate: importing %u async bodies and measuring them (rustc's MIR before and after "
		"StateTransform: %s/mir)\n",
		r.nfut, r.target_dir);
	import_facts(&r, import_path);
	for (uint32_t i = 0; i < r.nfut; i++)
		r.fut[i].ts = find_type(&r, r.fut[i].type, &r.fut[i].instances);
	collect_dep_futures(&r);
	if (read_objects(&r) != 0) {
		crate_run_free(&r);
		return 1;
	}
	for (uint32_t i = 0; i < r.nfut; i++) {
		analyse_layout(&r.fut[i]);
		analyse_passes(&r.fut[i]);
	}
	qsort(r.fut, r.nfut, sizeof *r.fut, future_order);
	if (r.ndep)
		qsort(r.dep, r.ndep, sizeof *r.dep, dep_order);
	FILE *out = stdout;
	if (outfile && !(out = fopen(outfile, "w"))) {
		fprintf(stderr, "coroslim: error: cannot write %s: %s\n", outfile, strerror(errno));
		crate_run_free(&r);
		return 1;
	}
	if (strcmp(format, "json") == 0)
		crate_report_json(&r, out);
	else if (strcmp(format, "html") == 0)
		crate_report_html(&r, out);
	else
		crate_report_table(&r, out);
	rc = 0;
	if (out != stdout && fclose(out) != 0) {
		fprintf(stderr, "coroslim: error: cannot write %s: %s\n", outfile, strerror(errno));
		rc = 1;
	}
	crate_run_free(&r);
	return rc;
}

