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

#include "measure.h"

#define CRATE_RUSTC_VERSION "rustc 1.95."

static const char crate_usage[] =
	"usage: coroslim crate [PATH] [--target=TRIPLE] [--release] [--format=table|json|html] [-o FILE]\n";

/* ------------------------------------------------------------------ */
/* small helpers                                                       */
/* ------------------------------------------------------------------ */

static char *xstrndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		internal_error("out of memory");
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

#define GROW(arr, n, cap)                                                              \
	do {                                                                           \
		if ((n) == (cap)) {                                                    \
			(cap) = (cap) ? 2 * (cap) : 8;                                 \
			void *grown_ = realloc((arr), (size_t)(cap) * sizeof *(arr));  \
			if (!grown_)                                                   \
				internal_error("out of memory");                       \
			(arr) = grown_;                                                \
		}                                                                      \
	} while (0)

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

static void remove_tree(const char *dir)
{
	DIR *dp = opendir(dir);
	if (!dp)
		return;
	struct dirent *e;
	char p[PATH_MAX];
	while ((e = readdir(dp))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
		struct stat st;
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			remove_tree(p);
		else
			unlink(p);
	}
	closedir(dp);
	rmdir(dir);
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

typedef struct Package {
	char *dir;        /* absolute */
	char *name;       /* [package] name */
	char *version;
	char *crate;      /* the lib's crate name ([lib] name, else the package's with - -> _) */
	int has_lib;      /* [lib] or src/lib.rs */
} Package;

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
	return end ? xstrndup(line + 1, (size_t)(end - line - 1)) : NULL;
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

/* ------------------------------------------------------------------ */
/* -Zprint-type-sizes                                                  */
/* ------------------------------------------------------------------ */

enum { F_UPVAR, F_LOCAL, F_PADDING };
typedef struct TsField {
	int kind;
	char *name;       /* without the leading '.'; NULL for padding */
	uint64_t size;
	char *type;       /* `type: T` when printed (locals whose type differs from their name's), else NULL */
} TsField;

typedef struct TsVariant {
	char *name;
	uint64_t size;
	TsField *f; uint32_t nf, capf;
} TsVariant;

typedef struct TypeSize {
	char *type;
	uint64_t size, align, discr, end_pad;
	TsVariant *v; uint32_t nv, capv;
} TypeSize;

typedef struct TypeSizes {
	TypeSize *t; uint32_t n, cap;
} TypeSizes;

static uint64_t num_after(const char *s, const char *key)
{
	const char *p = strstr(s, key);
	return p ? strtoull(p + strlen(key), NULL, 10) : 0;
}

/* `NAME`: the text between the first pair of backquotes (malloc'd) */
static char *backquoted(const char *s, const char **rest)
{
	const char *a = strchr(s, '`');
	if (!a)
		return NULL;
	const char *b = strstr(a + 1, "`:");
	if (!b)
		b = strchr(a + 1, '`');
	if (!b)
		return NULL;
	if (rest)
		*rest = b + 1;
	return xstrndup(a + 1, (size_t)(b - a - 1));
}

static int is_async_type(const char *t)
{
	return strncmp(t, "{async fn body of ", 18) == 0 || strncmp(t, "{async block@", 13) == 0 ||
	       strncmp(t, "{async closure body@", 20) == 0;
}

static void parse_type_sizes(const char *text, TypeSizes *ts)
{
	TypeSize *cur = NULL;
	for (const char *line = text; line && *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		char *l = xstrndup(line, len);
		line = nl ? nl + 1 : NULL;
		if (strncmp(l, "print-type-size ", 16) != 0) {
			free(l);
			continue;
		}
		const char *s = l + 16;
		while (*s == ' ')
			s++;
		const char *rest;
		if (strncmp(s, "type: ", 6) == 0) {
			char *t = backquoted(s, &rest);
			cur = NULL;
			if (t && is_async_type(t)) {
				GROW(ts->t, ts->n, ts->cap);
				cur = &ts->t[ts->n++];
				memset(cur, 0, sizeof *cur);
				cur->type = t;
				cur->size = strtoull(rest + 2, NULL, 10);
				cur->align = num_after(rest, "alignment: ");
			} else
				free(t);
		} else if (!cur) {
		} else if (strncmp(s, "discriminant: ", 14) == 0) {
			cur->discr = strtoull(s + 14, NULL, 10);
		} else if (strncmp(s, "end padding: ", 13) == 0) {
			cur->end_pad = strtoull(s + 13, NULL, 10);
		} else if (strncmp(s, "variant ", 8) == 0) {
			GROW(cur->v, cur->nv, cur->capv);
			TsVariant *v = &cur->v[cur->nv++];
			memset(v, 0, sizeof *v);
			v->name = backquoted(s, &rest);
			v->size = v->name ? strtoull(rest + 2, NULL, 10) : 0;
		} else if (cur->nv && (strncmp(s, "upvar ", 6) == 0 || strncmp(s, "local ", 6) == 0 ||
				       strncmp(s, "padding: ", 9) == 0)) {
			TsVariant *v = &cur->v[cur->nv - 1];
			GROW(v->f, v->nf, v->capf);
			TsField *f = &v->f[v->nf++];
			memset(f, 0, sizeof *f);
			if (s[0] == 'p') {
				f->kind = F_PADDING;
				f->size = strtoull(s + 9, NULL, 10);
			} else {
				f->kind = s[0] == 'u' ? F_UPVAR : F_LOCAL;
				char *name = backquoted(s, &rest);
				f->name = name && name[0] == '.' ? str_dup(name + 1) : str_dup(name ? name : "?");
				free(name);
				f->size = name ? strtoull(rest + 2, NULL, 10) : 0;
				const char *ty = strstr(s, ", type: ");
				if (ty)
					f->type = str_dup(ty + 8);
			}
		}
		free(l);
	}
}

static void type_sizes_free(TypeSizes *ts)
{
	for (uint32_t i = 0; i < ts->n; i++) {
		TypeSize *t = &ts->t[i];
		for (uint32_t j = 0; j < t->nv; j++) {
			for (uint32_t k = 0; k < t->v[j].nf; k++)
				free(t->v[j].f[k].name), free(t->v[j].f[k].type);
			free(t->v[j].f), free(t->v[j].name);
		}
		free(t->v), free(t->type);
	}
	free(ts->t);
}

/* `{async fn body of foo<u32>()}` -> `{async fn body of foo()}`: generic arguments dropped */
static char *strip_generics(const char *s)
{
	char *r = xstrndup(s, strlen(s));
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

enum { K_ASYNC_FN, K_ASYNC_BLOCK, K_ASYNC_CLOSURE };
static const char *const kind_name[] = {"async fn", "async block", "async closure"};

enum { P_PANIC_TO_PENDING, P_ELIDE_AWAITLESS, P_INLINE_SINGLE_AWAIT, P_MERGE_STATES, NPASSES_CRATE };
static const char *const pass_name[NPASSES_CRATE] = {"panic-to-pending", "elide-awaitless", "inline-single-await",
						      "merge-states"};

typedef struct PassFacts {
	int fires;          /* 1 fires, 0 does not, 2 a candidate credited nothing */
	int32_t mir_stmts, mir_blocks; /* removed (negative: added) */
	int64_t flash, ram; /* bytes saved; -1: not modelled */
	const char *why;    /* what fires or why not (static) */
	const char *rewrite;/* the manual rewrite today, or NULL */
	const char *caveat;
} PassFacts;

typedef struct Future {
	char *resume;       /* `two::{closure#0}` as the MIR names it */
	char *type;         /* `{async fn body of two()}` */
	char *loc;          /* `src/lib.rs:12:33` or NULL */
	int kind;
	const TypeSize *ts; /* NULL: no instance in this crate (generic) */
	uint32_t instances; /* type sizes matched (generic instances) */
	/* the importer's facts (import --format=summary) */
	int imported;
	char *why_skipped;
	uint32_t states, blocks, stmts, opaque;
	int32_t p2p_s, p2p_b, el_s, el_b;
	int awaitless, stateless, direct1, pure;
	uint32_t in_s, in_b, merged, mg_s, mg_b;
	/* from the object */
	uint64_t poll, drop;
	uint32_t poll_syms, drop_syms;
	/* layout */
	uint64_t upvars, largest_variant_pad;
	uint64_t twice;     /* bytes of arguments held twice */
	char *twice_names;  /* `b, c` */
	uint64_t awaitee;   /* the size of the only awaitee of a single-await future, else 0 */
	PassFacts pass[NPASSES_CRATE];
	int64_t save_bytes; /* the sort key: flash + RAM bytes some fix would save */
	int64_t save_mir;
} Future;

typedef struct CrateRun {
	Package pkg;
	const char *target;  /* NULL: the host */
	char host[128];
	char opt_level[16], panic[16]; /* as cargo passed them to rustc for the crate */
	char target_panic[16];         /* rustc --print cfg: the target's default */
	int release;
	char target_dir[PATH_MAX];
	char profile_dir[PATH_MAX]; /* TARGET_DIR/[TRIPLE/]PROFILE */
	char mir_path[PATH_MAX];
	char **objects; uint32_t nobjects, capobjects;
	uint64_t text_ro;
	TypeSizes ts;
	Future *fut; uint32_t nfut, capfut;
	uint32_t not_imported;
} CrateRun;

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
	return xstrndup(at, (size_t)(end - at));
}

/* The resume fns of the --emit=mir text and where each body starts: an async
 * block's type names its span; an async fn's body is the `{coroutine@LOC}`
 * aggregate of its constructor `fn NAME(..) -> {async fn body of NAME()}`. */
static void scan_mir(CrateRun *r, const char *text)
{
	struct { char *type, *loc; } *ctor = NULL;
	uint32_t nctor = 0, capctor = 0;
	char *cur_ret = NULL;
	for (const char *line = text; line && *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line) : strlen(line);
		char *l = xstrndup(line, len);
		line = nl ? nl + 1 : NULL;
		if (strncmp(l, "fn ", 3) == 0) {
			free(cur_ret);
			cur_ret = NULL;
			const char *pin = strstr(l, "(_1: Pin<&mut {async ");
			const char *arrow = strstr(l, ") -> ");
			if (pin && strstr(l, "_2: &mut Context<")) {
				const char *ty = pin + 14;
				const char *end = strstr(ty, "}>, _2");
				if (end) {
					GROW(r->fut, r->nfut, r->capfut);
					Future *f = &r->fut[r->nfut++];
					memset(f, 0, sizeof *f);
					f->resume = xstrndup(l + 3, (size_t)(pin - l - 3));
					f->type = xstrndup(ty, (size_t)(end - ty + 1));
					f->kind = strncmp(f->type, "{async fn", 9) == 0 ? K_ASYNC_FN
						  : strncmp(f->type, "{async block", 12) == 0 ? K_ASYNC_BLOCK
											    : K_ASYNC_CLOSURE;
					if (f->kind != K_ASYNC_FN)
						f->loc = loc_of(f->type);
				}
			} else if (arrow && strncmp(arrow + 5, "{async fn body of ", 18) == 0) {
				const char *ret = arrow + 5, *end = strrchr(ret, '}');
				if (end)
					cur_ret = xstrndup(ret, (size_t)(end - ret + 1));
			}
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
			char *name = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
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

static uint64_t own_rodata(const ElfObject *o, const char *sym)
{
	uint64_t n = 0;
	for (uint32_t i = 0; i < o->nsecs; i++) {
		const char *s = o->secs[i].name;
		if (strncmp(s, ".rodata.", 8) == 0 && strcmp(s + 8, sym) == 0 && elf_section_counted(&o->secs[i]))
			n += o->secs[i].size;
	}
	return n;
}

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
	char *self = xstrndup(demangled + 3 + k, (size_t)(close - demangled - 3 - k));
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
			if (f) {
				uint64_t bytes = y->size + own_rodata(&o, y->name);
				if (is_drop)
					f->drop += bytes, f->drop_syms++;
				else
					f->poll += bytes, f->poll_syms++;
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

static const TypeSize *find_type(const CrateRun *r, const char *type, uint32_t *instances)
{
	*instances = 0;
	for (uint32_t i = 0; i < r->ts.n; i++)
		if (strcmp(r->ts.t[i].type, type) == 0) {
			*instances = 1;
			return &r->ts.t[i];
		}
	/* a generic async fn: its instances, the largest shown */
	char *want = strip_generics(type);
	const TypeSize *best = NULL;
	for (uint32_t i = 0; i < r->ts.n; i++) {
		char *have = strip_generics(r->ts.t[i].type);
		if (strcmp(have, want) == 0) {
			++*instances;
			if (!best || r->ts.t[i].size > best->size)
				best = &r->ts.t[i];
		}
		free(have);
	}
	free(want);
	return best;
}

static int is_suspend(const TsVariant *v) { return v->name && strncmp(v->name, "Suspend", 7) == 0; }

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
			for (uint32_t m = 0; is_suspend(&t->v[j]) && m < t->v[j].nf; m++)
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
		if (is_suspend(&t->v[j])) {
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
		q->why = f->states == 1 ? "its one await is not of an async fn" : "not one await";

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
		parse_type_sizes(sizes, &r->ts);
	free(sizes);
	return 0;
}

/* ------------------------------------------------------------------ */
/* output                                                              */
/* ------------------------------------------------------------------ */

static void json_str(FILE *out, const char *s)
{
	if (!s) {
		fputs("null", out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			fprintf(out, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(out, "\\u%04x", ch);
		else
			fputc(ch, out);
	}
	fputc('"', out);
}

static void json_i64(FILE *out, int64_t v)
{
	if (v < 0)
		fputs("null", out);
	else
		fprintf(out, "%lld", (long long)v);
}

typedef struct Totals {
	uint32_t futures, fires[NPASSES_CRATE], twice;
	uint64_t size, poll, drop, twice_bytes, save_bytes;
	int64_t mir_stmts[NPASSES_CRATE], mir_blocks[NPASSES_CRATE], flash[NPASSES_CRATE], ram[NPASSES_CRATE];
} Totals;

static Totals totals(const CrateRun *r)
{
	Totals t = {0};
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		t.futures++;
		t.size += f->ts ? f->ts->size : 0;
		t.poll += f->poll, t.drop += f->drop;
		t.twice += f->twice > 0, t.twice_bytes += f->twice;
		t.save_bytes += (uint64_t)f->save_bytes;
		for (int p = 0; p < NPASSES_CRATE; p++) {
			if (f->pass[p].fires != 1)
				continue;
			t.fires[p]++;
			t.mir_stmts[p] += f->pass[p].mir_stmts, t.mir_blocks[p] += f->pass[p].mir_blocks;
			t.flash[p] += f->pass[p].flash > 0 ? f->pass[p].flash : 0;
			t.ram[p] += f->pass[p].ram > 0 ? f->pass[p].ram : 0;
		}
	}
	return t;
}

static void report_json(const CrateRun *r, FILE *out)
{
	fputs("{\"schema\":\"coroslim-crate/1\",\"package\":", out);
	json_str(out, r->pkg.name);
	fputs(",\"version\":", out);
	json_str(out, r->pkg.version);
	fputs(",\"crate\":", out);
	json_str(out, r->pkg.crate);
	fprintf(out, ",\"profile\":\"%s\",\"opt_level\":", r->release ? "release" : "dev");
	json_str(out, r->opt_level);
	fputs(",\"panic\":", out);
	json_str(out, r->panic);
	fputs(",\"target\":", out);
	json_str(out, r->target ? r->target : r->host);
	fprintf(out, ",\"text_ro\":%llu,\"objects\":%u,\"futures\":[", (unsigned long long)r->text_ro, r->nobjects);
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		fputs(i ? ",\n{" : "\n{", out);
		fputs("\"name\":", out);
		json_str(out, f->resume);
		fputs(",\"type\":", out);
		json_str(out, f->type);
		fprintf(out, ",\"kind\":\"%s\",\"location\":", kind_name[f->kind]);
		json_str(out, f->loc);
		fprintf(out, ",\"imported\":%s,\"skipped\":", f->imported ? "true" : "false");
		json_str(out, f->why_skipped);
		fprintf(out, ",\"states\":%u,\"mir_blocks\":%u,\"mir_stmts\":%u,\"opaque\":%u", f->states, f->blocks, f->stmts,
			f->opaque);
		if (f->ts) {
			const TypeSize *t = f->ts;
			fprintf(out, ",\"size\":%llu,\"align\":%llu,\"discriminant\":%llu,\"end_padding\":%llu,\"instances\":%u",
				(unsigned long long)t->size, (unsigned long long)t->align, (unsigned long long)t->discr,
				(unsigned long long)t->end_pad, f->instances);
			fprintf(out, ",\"upvars\":%llu,\"variants\":[", (unsigned long long)f->upvars);
			for (uint32_t j = 0; j < t->nv; j++) {
				fprintf(out, "%s{\"name\":", j ? "," : "");
				json_str(out, t->v[j].name);
				fprintf(out, ",\"size\":%llu,\"fields\":[", (unsigned long long)t->v[j].size);
				for (uint32_t k = 0; k < t->v[j].nf; k++) {
					const TsField *x = &t->v[j].f[k];
					static const char *const fk[] = {"upvar", "local", "padding"};
					fprintf(out, "%s{\"kind\":\"%s\",\"name\":", k ? "," : "", fk[x->kind]);
					json_str(out, x->name);
					fprintf(out, ",\"size\":%llu,\"type\":", (unsigned long long)x->size);
					json_str(out, x->type);
					fputc('}', out);
				}
				fputs("]}", out);
			}
			fputc(']', out);
		} else
			fputs(",\"size\":null", out);
		fprintf(out, ",\"held_twice\":%llu,\"held_twice_names\":", (unsigned long long)f->twice);
		json_str(out, f->twice_names);
		fprintf(out, ",\"poll_bytes\":%llu,\"drop_bytes\":%llu,\"poll_symbols\":%u,\"drop_symbols\":%u",
			(unsigned long long)f->poll, (unsigned long long)f->drop, f->poll_syms, f->drop_syms);
		fputs(",\"passes\":[", out);
		for (int p = 0; p < NPASSES_CRATE; p++) {
			const PassFacts *q = &f->pass[p];
			fprintf(out, "%s{\"pass\":\"%s\",\"fires\":%s,\"mir_stmts\":%d,\"mir_blocks\":%d,\"flash_bytes\":",
				p ? "," : "", pass_name[p], q->fires == 1 ? "true" : q->fires == 2 ? "\"candidate\"" : "false",
				q->mir_stmts, q->mir_blocks);
			json_i64(out, q->flash);
			fputs(",\"ram_bytes\":", out);
			json_i64(out, q->ram);
			fputs(",\"why\":", out);
			json_str(out, q->why);
			fputs(",\"rewrite\":", out);
			json_str(out, q->rewrite);
			fputs(",\"caveat\":", out);
			json_str(out, q->caveat);
			fputc('}', out);
		}
		fprintf(out, "],\"can_save_bytes\":%lld,\"can_save_mir_stmts\":%lld}", (long long)f->save_bytes,
			(long long)f->save_mir);
	}
	Totals t = totals(r);
	fprintf(out, "\n],\"totals\":{\"futures\":%u,\"not_imported\":%u,\"size\":%llu,\"poll_bytes\":%llu,"
		"\"drop_bytes\":%llu,\"held_twice\":%u,\"held_twice_bytes\":%llu,\"can_save_bytes\":%llu,\"passes\":[",
		t.futures, r->not_imported, (unsigned long long)t.size, (unsigned long long)t.poll,
		(unsigned long long)t.drop, t.twice, (unsigned long long)t.twice_bytes, (unsigned long long)t.save_bytes);
	for (int p = 0; p < NPASSES_CRATE; p++)
		fprintf(out, "%s{\"pass\":\"%s\",\"fires\":%u,\"mir_stmts\":%lld,\"mir_blocks\":%lld,\"flash_bytes\":%lld,"
			"\"ram_bytes\":%lld}",
			p ? "," : "", pass_name[p], t.fires[p], (long long)t.mir_stmts[p], (long long)t.mir_blocks[p],
			(long long)t.flash[p], (long long)t.ram[p]);
	fputs("]}}\n", out);
}

static void makeup_text(const Future *f, FILE *out)
{
	const TypeSize *t = f->ts;
	fprintf(out, "discriminant %llu", (unsigned long long)t->discr);
	if (f->upvars)
		fprintf(out, ", upvars %llu", (unsigned long long)f->upvars);
	for (uint32_t j = 0; j < t->nv; j++) {
		const TsVariant *v = &t->v[j];
		if (!is_suspend(v))
			continue;
		fprintf(out, "; %s:", v->name);
		int any = 0;
		for (uint32_t k = 0; k < v->nf; k++) {
			const TsField *x = &v->f[k];
			if (x->kind == F_UPVAR)
				continue;
			fprintf(out, "%s %s %llu", any ? "," : "", x->kind == F_PADDING ? "padding" : x->name,
				(unsigned long long)x->size);
			any = 1;
		}
		if (!any)
			fputs(" (upvars only)", out);
	}
	if (t->end_pad)
		fprintf(out, "; end padding %llu", (unsigned long long)t->end_pad);
}

static void report_table(const CrateRun *r, FILE *out)
{
	Totals t = totals(r);
	fprintf(out, "coroslim crate: %s %s (crate %s), %s profile (opt-level %s, panic=%s), %s\n", r->pkg.name,
		r->pkg.version, r->pkg.crate, r->release ? "release" : "dev", r->opt_level, r->panic,
		r->target ? r->target : r->host);
	fprintf(out, "%u futures (async fn and async block bodies); sorted by what can be saved\n\n", r->nfut);
	fprintf(out, "%-4s %-24s %6s %6s %6s %6s %9s  %s\n", "#", "location", "states", "size", "poll", "drop",
		"can save", "future");
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		char size[32], save[48];
		if (f->ts)
			snprintf(size, sizeof size, "%llu", (unsigned long long)f->ts->size);
		else
			snprintf(size, sizeof size, "-");
		if (f->save_bytes)
			snprintf(save, sizeof save, "%lld B", (long long)f->save_bytes);
		else if (f->save_mir > 0)
			snprintf(save, sizeof save, "%lld MIR", (long long)f->save_mir);
		else
			snprintf(save, sizeof save, "-");
		fprintf(out, "%-4u %-24s %6u %6s %6llu %6llu %9s  %s %s\n", i + 1, f->loc ? f->loc : "?", f->states, size,
			(unsigned long long)f->poll, (unsigned long long)f->drop, save, kind_name[f->kind], f->resume);
		if (!f->imported)
			fprintf(out, "     not imported: %s\n", f->why_skipped ? f->why_skipped : "?");
		if (f->ts) {
			fputs("     layout: ", out);
			makeup_text(f, out);
			if (f->instances > 1)
				fprintf(out, " (largest of %u instances)", f->instances);
			fputc('\n', out);
		} else
			fputs("     layout: no instance in this crate (generic; -Zprint-type-sizes prints none)\n", out);
		if (!f->poll_syms)
			fputs("     poll: no code in this crate's object (rustc compiles it where it is polled: "
			      "downstream, or inlined)\n",
			      out);
		if (f->twice)
			fprintf(out, "     holds its arguments twice: %s (%llu bytes) upvar and saved local "
				"(rust-lang/rust#62958); by hand: use the argument only before the first await, or pass a "
				"large value by reference (caveat: the future then borrows from the caller)\n",
				f->twice_names, (unsigned long long)f->twice);
		for (int p = 0; p < NPASSES_CRATE; p++) {
			const PassFacts *q = &f->pass[p];
			if (!q->fires)
				continue;
			if (q->mir_stmts < 0) /* growth said as plainly as savings */
				fprintf(out, "     %s: %s; %s %d MIR statements, removes %d blocks", pass_name[p], q->why,
					q->fires == 1 ? "adds" : "would add, if it fired,", -q->mir_stmts, q->mir_blocks);
			else
				fprintf(out, "     %s: %s; %s %d MIR statements, %d blocks", pass_name[p], q->why,
					q->fires == 1 ? "removes" : "would remove, if it fired,", q->mir_stmts, q->mir_blocks);
			if (q->flash >= 0)
				fprintf(out, ", %lld bytes of code (its poll and drop)", (long long)q->flash);
			if (q->ram >= 0)
				fprintf(out, ", %lld bytes of future", (long long)q->ram);
			if (q->flash < 0 && q->ram < 0)
				fputs(" (bytes not modelled)", out);
			fputc('\n', out);
			if (q->rewrite)
				fprintf(out, "       by hand: %s (caveat: %s)\n", q->rewrite, q->caveat);
		}
	}
	fprintf(out, "\ntotals: %u futures, %llu bytes of futures, poll %llu + drop %llu bytes of code "
		"(crate objects: %llu bytes text+ro)\n",
		t.futures, (unsigned long long)t.size, (unsigned long long)t.poll, (unsigned long long)t.drop,
		(unsigned long long)r->text_ro);
	if (t.twice)
		fprintf(out, "  holds arguments twice: %u futures, %llu bytes\n", t.twice, (unsigned long long)t.twice_bytes);
	for (int p = 0; p < NPASSES_CRATE; p++)
		fprintf(out, "  %-20s fires on %u: %lld MIR statements, %lld blocks; %lld bytes of code, %lld bytes of futures\n",
			pass_name[p], t.fires[p], (long long)t.mir_stmts[p], (long long)t.mir_blocks[p],
			(long long)t.flash[p], (long long)t.ram[p]);
	if (r->not_imported)
		fprintf(out, "  not imported: %u futures (the importer's message is on each)\n", r->not_imported);
	fprintf(out, "  can save: %llu bytes (code a pass deletes + future bytes), where measured\n",
		(unsigned long long)t.save_bytes);
}

/* ------------------------------------------------------------------ */
/* html: one self-contained page                                       */
/* ------------------------------------------------------------------ */

static void html_text(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '&': fputs("&amp;", out); break;
		case '"': fputs("&quot;", out); break;
		default: fputc(*s, out);
		}
	}
}

/* Bytes of code per future: rustc's (measured) and after each pass (rustc's
 * minus what the pass deletes, where that is measured; grey where not). */
static void html_bars(const Future *f, uint64_t scale, FILE *out)
{
	const int w = 220, bar = 11, gap = 3, label = 130;
	int n = 1 + NPASSES_CRATE;
	fprintf(out, "<svg class=\"bars\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"bytes of code\">",
		label + w + 60, n * (bar + gap));
	uint64_t before = f->poll + f->drop;
	for (int i = 0; i < n; i++) {
		const char *name = i == 0 ? "rustc" : pass_name[i - 1];
		const PassFacts *q = i ? &f->pass[i - 1] : NULL;
		int modelled = !q || q->fires != 1 || q->flash >= 0;
		uint64_t v = before;
		if (q && q->fires == 1 && q->flash > 0)
			v = before > (uint64_t)q->flash ? before - (uint64_t)q->flash : 0;
		int len = scale ? (int)((double)v * w / (double)scale + 0.5) : 0;
		int y = i * (bar + gap);
		fprintf(out, "<text x=\"0\" y=\"%d\" font-size=\"10\">%s</text>", y + bar - 2, name);
		fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %llu bytes%s</title></rect>",
			label, y, len, bar, i == 0 ? "#4a6fa5" : modelled ? "#6aa56a" : "#bbbbbb", name, (unsigned long long)v,
			modelled ? "" : " (what the pass saves in bytes is not modelled)");
		fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"10\">%llu%s</text>", label + len + 4, y + bar - 2,
			(unsigned long long)v, modelled ? "" : " ?");
	}
	fputs("</svg>", out);
}

static void crate_report_html(const CrateRun *r, FILE *out)
{
	Totals t = totals(r);
	uint64_t scale = 0;
	for (uint32_t i = 0; i < r->nfut; i++)
		if (r->fut[i].poll + r->fut[i].drop > scale)
			scale = r->fut[i].poll + r->fut[i].drop;
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>coroslim crate: ", out);
	html_text(out, r->pkg.name);
	fputs("</title>\n<style>\nbody{font:13px sans-serif;margin:1em}table{border-collapse:collapse}"
	      "th,td{border:1px solid #ccc;padding:3px 5px;vertical-align:top}th{background:#eee;cursor:pointer}"
	      "td.n{text-align:right}td.d{font-size:11px;max-width:32em}code{font-size:12px}\n</style></head><body>\n",
	      out);
	fputs("<h1>coroslim crate: ", out);
	html_text(out, r->pkg.name);
	fprintf(out, " %s</h1>\n<p>crate <code>", r->pkg.version);
	html_text(out, r->pkg.crate);
	fprintf(out, "</code>, %s profile (opt-level ", r->release ? "release" : "dev");
	html_text(out, r->opt_level);
	fputs(", panic=", out);
	html_text(out, r->panic);
	fputs("), ", out);
	html_text(out, r->target ? r->target : r->host);
	fprintf(out, "; %u futures, %llu bytes of futures, poll %llu + drop %llu bytes of code (the crate's objects: "
		"%llu bytes text+ro); can save %llu bytes where measured.</p>\n",
		t.futures, (unsigned long long)t.size, (unsigned long long)t.poll, (unsigned long long)t.drop,
		(unsigned long long)r->text_ro, (unsigned long long)t.save_bytes);
	fputs("<table id=\"totals\"><tr><th>pass</th><th>fires on</th><th>MIR statements</th><th>MIR blocks</th>"
	      "<th>bytes of code</th><th>bytes of futures</th></tr>\n",
	      out);
	for (int p = 0; p < NPASSES_CRATE; p++)
		fprintf(out, "<tr><td>%s</td><td class=\"n\">%u</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
			"<td class=\"n\">%lld</td><td class=\"n\">%lld</td></tr>\n",
			pass_name[p], t.fires[p], (long long)t.mir_stmts[p], (long long)t.mir_blocks[p], (long long)t.flash[p],
			(long long)t.ram[p]);
	fprintf(out, "<tr><td>arguments held twice (#62958)</td><td class=\"n\">%u</td><td></td><td></td><td></td>"
		"<td class=\"n\">%llu</td></tr></table>\n",
		t.twice, (unsigned long long)t.twice_bytes);
	fputs("<p>Click a column heading to sort. Bars: bytes of code (poll + drop) as rustc compiled each future, and "
	      "after each pass; grey where the pass fires but what it saves in bytes is not modelled.</p>\n"
	      "<table id=\"futures\"><thead><tr><th data-key=\"loc\">location</th><th data-key=\"name\">future</th>"
	      "<th data-key=\"states\">states</th><th data-key=\"size\">size</th><th data-key=\"poll\">poll</th>"
	      "<th data-key=\"drop\">drop</th><th data-key=\"save\">can save</th><th>make-up, passes, rewrites</th>"
	      "<th>bytes of code</th></tr></thead><tbody>\n",
	      out);
	for (uint32_t i = 0; i < r->nfut; i++) {
		const Future *f = &r->fut[i];
		fputs("<tr class=\"future\" data-name=\"", out);
		html_text(out, f->resume);
		fputs("\" data-loc=\"", out);
		html_text(out, f->loc ? f->loc : "");
		fprintf(out, "\" data-states=\"%u\" data-size=\"", f->states);
		if (f->ts)
			fprintf(out, "%llu", (unsigned long long)f->ts->size);
		fprintf(out, "\" data-poll=\"%llu\" data-drop=\"%llu\" data-save=\"%lld\">", (unsigned long long)f->poll,
			(unsigned long long)f->drop, (long long)f->save_bytes);
		fputs("<td><code>", out);
		html_text(out, f->loc ? f->loc : "?");
		fputs("</code></td><td><code>", out);
		html_text(out, f->resume);
		fprintf(out, "</code><br>%s</td><td class=\"n\">%u</td><td class=\"n\">", kind_name[f->kind], f->states);
		if (f->ts)
			fprintf(out, "%llu", (unsigned long long)f->ts->size);
		else
			fputs("&ndash;", out);
		fprintf(out, "</td><td class=\"n\">%llu</td><td class=\"n\">%llu</td><td class=\"n\">%lld</td><td class=\"d\">",
			(unsigned long long)f->poll, (unsigned long long)f->drop, (long long)f->save_bytes);
		if (!f->imported) {
			fputs("not imported: ", out);
			html_text(out, f->why_skipped);
			fputs("<br>", out);
		}
		if (f->ts) {
			char *buf = NULL;
			size_t len = 0;
			FILE *mem = open_memstream(&buf, &len);
			if (!mem)
				internal_error("out of memory");
			makeup_text(f, mem);
			fclose(mem);
			fputs("layout: ", out);
			html_text(out, buf);
			free(buf);
			fputs("<br>", out);
		}
		if (f->twice) {
			fputs("<b>holds its arguments twice</b>: ", out);
			html_text(out, f->twice_names);
			fprintf(out, " (%llu bytes; rust-lang/rust#62958)<br>", (unsigned long long)f->twice);
		}
		for (int p = 0; p < NPASSES_CRATE; p++) {
			const PassFacts *q = &f->pass[p];
			if (!q->fires)
				continue;
			fprintf(out, "<b>%s</b>%s: ", pass_name[p], q->fires == 2 ? " (candidate)" : "");
			html_text(out, q->why);
			if (q->mir_stmts < 0)
				fprintf(out, "; adds %d MIR statements", -q->mir_stmts);
			else
				fprintf(out, "; removes %d MIR statements", q->mir_stmts);
			if (q->flash >= 0)
				fprintf(out, ", %lld bytes of code", (long long)q->flash);
			if (q->ram >= 0)
				fprintf(out, ", %lld bytes of future", (long long)q->ram);
			if (q->rewrite) {
				fputs("<br>&nbsp;&nbsp;by hand: ", out);
				html_text(out, q->rewrite);
				fputs(" (caveat: ", out);
				html_text(out, q->caveat);
				fputs(")", out);
			}
			fputs("<br>", out);
		}
		fputs("</td><td>", out);
		html_bars(f, scale, out);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody></table>\n<script>\n"
	      "(function () {\n"
	      "  var text = {loc: 1, name: 1};\n"
	      "  function sortBy(key, desc) {\n"
	      "    var body = document.querySelector('#futures tbody');\n"
	      "    var rows = Array.prototype.slice.call(body.querySelectorAll('tr.future'));\n"
	      "    rows.sort(function (a, b) {\n"
	      "      var x = a.dataset[key], y = b.dataset[key];\n"
	      "      if (!text[key]) { x = x === '' ? -1 : Number(x); y = y === '' ? -1 : Number(y); }\n"
	      "      var c = x < y ? -1 : x > y ? 1 : 0;\n"
	      "      return desc ? -c : c;\n"
	      "    });\n"
	      "    rows.forEach(function (r) { body.appendChild(r); });\n"
	      "    document.body.setAttribute('data-sorted', key);\n"
	      "  }\n"
	      "  var last = null, desc = false;\n"
	      "  document.querySelectorAll('#futures th[data-key]').forEach(function (th) {\n"
	      "    th.addEventListener('click', function () {\n"
	      "      var key = th.dataset.key;\n"
	      "      desc = key === last ? !desc : !text[key];\n"
	      "      last = key;\n"
	      "      sortBy(key, desc);\n"
	      "    });\n"
	      "  });\n"
	      "  var m = /^#sort=(\\w+)$/.exec(location.hash);\n"
	      "  if (m) {\n"
	      "    var th = document.querySelector('#futures th[data-key=\"' + m[1] + '\"]');\n"
	      "    if (th) th.click();\n"
	      "  }\n"
	      "  var done = document.createElement('p');\n"
	      "  done.id = 'ready';\n"
	      "  document.body.appendChild(done);\n"
	      "})();\n"
	      "</script>\n</body></html>\n",
	      out);
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
	int release = 0;
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
		if (strcmp(s, "--release") == 0 || strcmp(s, "-O") == 0)
			release = 1;
		else if (strncmp(s, "--target=", 9) == 0)
			target = s + 9;
		else if (strcmp(s, "--target") == 0 && i + 1 < argc)
			target = argv[++i];
		else if (strncmp(s, "--format=", 9) == 0)
			format = s + 9;
		else if (strcmp(s, "--format") == 0 && i + 1 < argc)
			format = argv[++i];
		else if (strcmp(s, "-o") == 0 && i + 1 < argc)
			outfile = argv[++i];
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
	if (read_objects(&r) != 0) {
		crate_run_free(&r);
		return 1;
	}
	for (uint32_t i = 0; i < r.nfut; i++) {
		Future *f = &r.fut[i];
		f->ts = find_type(&r, f->type, &f->instances);
		analyse_layout(f);
		analyse_passes(f);
	}
	qsort(r.fut, r.nfut, sizeof *r.fut, future_order);
	FILE *out = stdout;
	if (outfile && !(out = fopen(outfile, "w"))) {
		fprintf(stderr, "coroslim: error: cannot write %s: %s\n", outfile, strerror(errno));
		crate_run_free(&r);
		return 1;
	}
	if (strcmp(format, "json") == 0)
		report_json(&r, out);
	else if (strcmp(format, "html") == 0)
		crate_report_html(&r, out);
	else
		report_table(&r, out);
	rc = 0;
	if (out != stdout && fclose(out) != 0) {
		fprintf(stderr, "coroslim: error: cannot write %s: %s\n", outfile, strerror(errno));
		rc = 1;
	}
	crate_run_free(&r);
	return rc;
}

