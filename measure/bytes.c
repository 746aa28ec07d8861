/*
 * bytes.c — `coroslim bytes`: machine-code bytes through rustc's own codegen.
 *
 *   FILE.rs --> crate "rustc": #![no_std] + rust_prelude_nostd + the source + harness
 *           --> crate "lower": the emitted crate after lowering + harness   } emit_rust.c,
 *           --> one crate per pass of the list, cumulative, in order       } when built in
 *               (--alone: each pass alone on the lowered module)           }
 *   each crate --rustc 1.95 --emit=obj (in parallel)--> lib.o --elf.c--> text+ro bytes,
 *   and per coroutine the sizes of its poll and drop functions (demangle.c).
 *
 * The harness is what makes the bytes comparable: every crate of a file ends
 * with the same text, an #[inline(never)] poll_task<F> (the shape of
 * embassy's task poll, which decides what LLVM inlines), an #[inline(never)]
 * free_task<F> (so that a root's drop glue stays a function of its own, to
 * be counted per coroutine) and a `root_NAME` for every fn no other fn calls,
 * which pins NAME's future with black_box arguments, polls it through
 * poll_task and drops it through free_task. Every crate is `lib.rs` in its own
 * directory and rustc runs there, so the panic Locations' file strings are
 * the same. What is counted: DESIGN.md, Bytes.
 */
#define _XOPEN_SOURCE 700 /* fork, waitpid, mkdtemp, opendir, clock_gettime, realpath */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "measure.h"

#define RUSTC_VERSION "rustc 1.95."


static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (!p)
		internal_error("out of memory");
	return memcpy(p, s, n);
}

/* ------------------------------------------------------------------ */
/* The targets                                                          */
/* ------------------------------------------------------------------ */

typedef struct Target {
	const char *name;   /* --target */
	const char *triple; /* rustc's */
	int sysroot;        /* needs core from build/sysroot (make cortex-m-core) */
	uint8_t ptr_bytes;  /* what the emitted layouts are computed for */
} Target;

static const Target targets[] = {
	{"x86_64", "x86_64-unknown-linux-gnu", 0, 8},
	{"thumbv7em-none-eabi", "thumbv7em-none-eabi", 1, 4},
	{"thumbv6m-none-eabi", "thumbv6m-none-eabi", 1, 4},
};

static const Target *find_target(const char *name)
{
	for (size_t i = 0; i < sizeof targets / sizeof *targets; i++)
		if (strcmp(targets[i].name, name) == 0 || strcmp(targets[i].triple, name) == 0)
			return &targets[i];
	return NULL;
}

/* ------------------------------------------------------------------ */
/* The harness                                                          */
/* ------------------------------------------------------------------ */

/* A black_box argument of type t, or -1 for a type the harness cannot make. */
static int harness_value(const Module *m, TypeId t, StrBuf *b)
{
	const Type *ty = type_get(m, t);
	int adt = emit_adt_harness_value(m, t, b, harness_value); /* Option, Result, arrays */
	if (adt <= 0)
		return adt;
	if (type_is_int(m, t))
		strbuf_printf(b, "0");
	else if (ty->kind == TY_BOOL)
		strbuf_printf(b, "false");
	else if (ty->kind == TY_CHAR)
		strbuf_printf(b, "'\\0'");
	else if (ty->kind == TY_UNIT)
		strbuf_printf(b, "()");
	else if (ty->kind == TY_GUARD)
		strbuf_printf(b, "guard(0)"); /* the prelude's constructor, in every crate */
	else if (ty->kind == TY_TUPLE) {
		strbuf_printf(b, "(");
		if (harness_value(m, ty->a, b) != 0)
			return -1;
		strbuf_printf(b, ", ");
		if (harness_value(m, ty->b, b) != 0)
			return -1;
		strbuf_printf(b, ")");
	} else if (adt_of(m, t) && adt_of(m, t)->defined &&
		   (adt_of(m, t)->kind == ADT_STRUCT || adt_of(m, t)->enum_defined)) {
		/* a struct item of the program: its fields' values, brace syntax for
		 * every kind (`T { 0: 0 }`, `U {}`), as the emitter writes it; an enum
		 * item: its first variant so (`E::A {}`, `E::B { 0: 0, 1: 0 }`) */
		const Adt *a = adt_of(m, t);
		const AdtVariant *v = &a->variants[0];
		strbuf_printf(b, "%s", adt_name(m, a));
		if (a->enum_defined)
			strbuf_printf(b, "::%s", v->name);
		strbuf_printf(b, " {");
		for (uint32_t i = 0; i < v->nfields; i++) {
			if (v->fieldnames && v->fieldnames[i])
				strbuf_printf(b, "%s %s: ", i ? "," : "", v->fieldnames[i]);
			else
				strbuf_printf(b, "%s %u: ", i ? "," : "", i);
			if (harness_value(m, v->fields[i], b) != 0)
				return -1;
		}
		strbuf_printf(b, v->nfields ? " }" : "}");
	} else
		return -1;
	return 0;
}

/* The call of fn f a root makes, by the source's path (`foo`, `S::m`,
 * `<S as T>::f`: the emitted crate has the same paths, emit_rust.c), each
 * argument through black_box; a reference argument borrows a local of the
 * root (`let mut a1 = core::hint::black_box(0);` .. `&mut a1`), declared in
 * lets. -1 with d set for a parameter type without a harness value. */
static int harness_call(const Module *m, const Fn *f, StrBuf *lets, StrBuf *call, Diag *d)
{
	char id[1024]; /* a name past EMIT_IDENT_MAX is emitted as its identifier (hunt31) */
	if (!strstr(f->name, "::"))
		emit_rust_ident(f->name, id, sizeof id);
	strbuf_printf(call, "%s(", strstr(f->name, "::") ? f->name : id);
	for (uint32_t a = 1; a <= f->nargs; a++) {
		TypeId t = f->locals[a].ty;
		const Type *ty = type_get(m, t);
		int ref = ty->kind == TY_REF || ty->kind == TY_REFMUT;
		StrBuf v = {0};
		if (harness_value(m, ref ? ty->a : t, &v) != 0) {
			free(v.s);
			char *text = NULL; /* the type as the IR prints it (`[Guard; 40]`) */
			size_t len = 0;
			FILE *mem = open_memstream(&text, &len);
			if (!mem)
				internal_error("bytes: open_memstream failed");
			type_print(m, t, mem);
			fclose(mem);
			diag_set(d, f->line, 1, "parameter %u of `%s` has a type the bytes harness cannot pass: %s", a,
				 f->name, text);
			free(text);
			return -1;
		}
		if (ref) {
			strbuf_printf(lets, "    let mut a%u = core::hint::black_box(%s);\n", a, v.s);
			strbuf_printf(call, "%score::hint::black_box(&%sa%u)", a > 1 ? ", " : "",
				      ty->kind == TY_REFMUT ? "mut " : "", a);
		} else {
			strbuf_printf(call, "%score::hint::black_box(%s)", a > 1 ? ", " : "", v.s);
		}
		free(v.s);
	}
	strbuf_printf(call, ")");
	return 0;
}

static int is_async_fn(const Module *m, const Fn *f)
{
	int c = module_find_coro(m, f->name);
	return c >= 0 && m->coros[c].kind == CORO_ASYNC_FN;
}

/* The harness text (EMIT_HARNESS_MARKER first) for the module as built or
 * transformed: the same for every crate of the file, and what `coroslim emit
 * --harness` appends. NULL with d set when a root's parameter type has no
 * black_box value or a fn's name clashes with the harness's. */
char *rust_harness_text(const Module *m, Diag *d)
{
	NameMap called = {0};
	for (uint32_t i = 0; i < m->nfns; i++) {
		const Fn *f = m->fns[i];
		for (uint32_t b = 0; b < f->nblocks; b++) {
			const Term *t = &f->blocks[b].term;
			if (!f->blocks[b].has_term || t->kind != TK_CALL || t->op != CALLEE_FN)
				continue;
			const char *callee = f->names[t->x];
			/* a sync fn calling itself is still a root; an async fn's body is
			 * `NAME::{closure#0}`, never the constructor's own name */
			if (strcmp(callee, f->name) != 0)
				namemap_put(&called, callee, 1);
		}
	}
	StrBuf b = {0};
	strbuf_printf(&b, "%s", "\n" EMIT_HARNESS_MARKER "\n" EMIT_TASK_FNS);
	int rc = 0;
	for (uint32_t i = 0; i < m->nfns && rc == 0; i++) {
		const Fn *f = m->fns[i];
		if (f->kind != FN_SYNC)
			continue;
		if (strcmp(f->name, "poll_task") == 0 || strcmp(f->name, "free_task") == 0 ||
		    strncmp(f->name, "root_", 5) == 0) {
			diag_set(d, f->line, 1,
				 "fn `%s` clashes with the names `coroslim bytes` adds (poll_task, free_task, root_*)",
				 f->name);
			rc = -1;
			break;
		}
		if (namemap_find(&called, f->name))
			continue;
		StrBuf call = {0}, lets = {0};
		char id[1024];
		emit_rust_ident(f->name, id, sizeof id);
		rc = harness_call(m, f, &lets, &call, d);
		if (rc == 0 && is_async_fn(m, f))
			strbuf_printf(&b,
				   "pub fn root_%s(cx: &mut Context<'_>) {\n"
				   "%s"
				   "    let mut f = core::mem::ManuallyDrop::new(%s);\n"
				   "    let p = unsafe { Pin::new_unchecked(&mut *f) };\n"
				   "    core::hint::black_box(poll_task(p, cx));\n"
				   "    unsafe { free_task(&mut *f) };\n"
				   "}\n",
				   id, lets.n ? lets.s : "", call.s);
		else if (rc == 0)
			strbuf_printf(&b,
				   "pub fn root_%s(cx: &mut Context<'_>) {\n"
				   "    let _ = cx;\n"
				   "%s"
				   "    core::hint::black_box(%s);\n"
				   "}\n",
				   id, lets.n ? lets.s : "", call.s);
		free(call.s);
		free(lets.s);
	}
	namemap_free(&called);
	if (rc != 0) {
		free(b.s);
		return NULL;
	}
	return b.s;
}

/* ------------------------------------------------------------------ */
/* Stages and the crates                                                */
/* ------------------------------------------------------------------ */

/* One crate handed to rustc. */
typedef struct Crate {
	uint32_t file;
	uint32_t stage;  /* 0: rustc's own compile; 1: lower; 1 + k: after k passes */
	char *dir;       /* lib.rs, lib.o, rustc.txt */
	pid_t pid;
	int status;      /* waitpid's */
	int todo;        /* to be compiled (again) by run_crates */
	int jt_off;      /* an emitted crate compiled with JumpThreading off (jt_touches_coroutines) */
	uint64_t text_ro;
	uint64_t *poll, *drop; /* per coroutine of the stage's StageCoros */
} Crate;

/* What a stage's crate is measured against: its coroutines and, for each,
 * the demangled names of its poll functions (symbols[0..NPOLL)) and of its
 * drop functions (symbols[NPOLL..NSYMS)); NULL where there are fewer. */
typedef struct StageCoros {
	uint32_t n;
	char **names;     /* coroslim's: `foo`, `foo::{async block#0}` */
	char **symbols;   /* NSYMS per coroutine */
} StageCoros;
enum { NPOLL = 3, NSYMS = 7 };

typedef struct FileRun {
	const char *path;
	char *src;
	size_t len;
	char *harness;
	StageCoros *stages; /* nstages */
} FileRun;

static void stage_coros_alloc(StageCoros *sc, uint32_t n)
{
	sc->n = 0;
	sc->names = calloc(n + 1, sizeof *sc->names);
	sc->symbols = calloc((size_t)n * NSYMS + 1, sizeof *sc->symbols);
	if (!sc->names || !sc->symbols)
		internal_error("out of memory");
}

/* Adds a coroutine; the symbol formats take the one string arg. */
static void stage_coros_add(StageCoros *sc, const char *name, const char *arg, const char *const *fmt)
{
	char buf[2048];
	char **out = sc->symbols + (size_t)sc->n * NSYMS;
	sc->names[sc->n++] = xstrdup(name);
	for (int i = 0; i < NSYMS; i++) {
		if (!fmt[i])
			continue;
		snprintf(buf, sizeof buf, fmt[i], arg);
		out[i] = xstrdup(buf);
	}
}

/* The demangled path of a coroutine's body in rustc's object: `lib::` and
 * the body's DefPath (`lib::foo::{closure#0}`), an associated fn's impl
 * (`{impl#2}::read::{closure#0}`) spelled as v0 demangles it, from the
 * coroutine's name: `<lib::Counter>::m::..`, `<lib::Sensor as lib::Read>::read::..` */
static void rustc_body_path(const Coroutine *c, char *buf, size_t n)
{
	char self[512], trait[512];
	const char *rest = strncmp(c->body, "{impl#", 6) == 0 ? strstr(c->body, "}::") : NULL;
	if (rest && emit_assoc_split(c->name, self, trait, sizeof self))
		snprintf(buf, n, "<lib::%s%s%s>%s", self, trait[0] ? " as lib::" : "", trait, rest + 1);
	else
		snprintf(buf, n, "lib::%s", c->body);
}

/* rustc's own compile: the coroutine's body fn (the poll, once transformed)
 * and poll_task's copy for it (a root's poll is inlined there); its drop
 * glue and free_task's copy for it (where a root's drop glue is inlined). */
static void stage_coros_rustc(const Module *m, StageCoros *sc)
{
	static const char *const fmt[NSYMS] = {"%s", "lib::poll_task::<%s>", NULL,
					       "core::ptr::drop_in_place::<%s>", "lib::free_task::<%s>", NULL, NULL};
	stage_coros_alloc(sc, m->ncoros);
	for (uint32_t i = 0; i < m->ncoros; i++) {
		const Coroutine *c = &m->coros[i];
		if (!c->body)
			internal_error("bytes: coroutine %s has no body", c->name);
		char path[2048];
		rustc_body_path(c, path, sizeof path);
		stage_coros_add(sc, c->name, path, fmt);
	}
}

static void stage_coros_free(StageCoros *sc)
{
	for (uint32_t i = 0; i < sc->n; i++)
		free(sc->names[i]);
	for (size_t i = 0; i < (size_t)sc->n * NSYMS; i++)
		free(sc->symbols[i]);
	free(sc->names);
	free(sc->symbols);
}

/* The emitted crate (measure/emit_rust.c): Coro_S with its resume fn resume_S
 * behind an #[inline(always)] Future::poll, its drop shim drop_S behind the
 * type's drop glue. */
static void stage_coros_emitted(const Module *m, StageCoros *sc)
{
	static const char *const fmt[NSYMS] = {
		"lib::resume_%s", "<lib::Coro_%s as core::future::future::Future>::poll", "lib::poll_task::<lib::Coro_%s>",
		"lib::drop_%s", "core::ptr::drop_in_place::<lib::Coro_%s>", "<lib::Coro_%s as core::ops::drop::Drop>::drop",
		"lib::free_task::<lib::Coro_%s>"};
	stage_coros_alloc(sc, m->ncoros);
	for (uint32_t i = 0; i < m->ncoros; i++) {
		const Coroutine *c = &m->coros[i];
		if (!c->resume || c->replaced_by != NO_ID)
			continue;
		char ident[1024];
		emit_rust_ident(c->name, ident, sizeof ident);
		stage_coros_add(sc, c->name, ident, fmt);
	}
}

/* The crate of a stage: emit_rust's text, then the harness. NULL with d set
 * when the emitter cannot express the module. */
static char *emitted_crate(const Module *m, const char *harness, Diag *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		internal_error("bytes: open_memstream failed");
	EmitOptions eo = {.harness = 0};
	int rc = emit_rust(m, &eo, f, d);
	fputs("\n", f);
	fputs(harness, f);
	if (fclose(f) != 0)
		internal_error("bytes: cannot write an emitted crate to memory");
	if (rc != 0) {
		free(text);
		return NULL;
	}
	return text;
}

static int emitted_stages_available(void)
{
	return 1;
}
#define CRATE_HEADER emit_rust_header

/* ------------------------------------------------------------------ */
/* Running rustc                                                        */
/* ------------------------------------------------------------------ */

static int write_file(const char *path, const char *a, const char *b, const char *c)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fputs(a, f);
	if (b)
		fputs(b, f);
	if (c)
		fputs(c, f);
	return fclose(f) == 0 ? 0 : -1;
}

typedef struct Rustc {
	const char *bin;       /* $RUSTC or rustc */
	const char *triple;
	const char *sysroot;   /* absolute, or NULL */
	const char *opt_level;
	int panic_abort, release;
} Rustc;

/* How an emitted crate is compiled: rustc's crate is CRATE_RUSTC */
enum { CRATE_RUSTC, CRATE_EMITTED_JT_PROBE, CRATE_EMITTED_JT_OFF };

/* fork + exec rustc in dir, its output to dir/rustc.txt; argv NULL = compile lib.rs */
static pid_t spawn_rustc(const Rustc *r, const char *dir, const char *const *extra, int emitted)
{
	char opt[32], panic[32];
	snprintf(opt, sizeof opt, "opt-level=%s", r->opt_level);
	snprintf(panic, sizeof panic, "panic=%s", r->panic_abort ? "abort" : "unwind");
	const char *checks = r->release ? "overflow-checks=off" : "overflow-checks=on";
	const char *asserts = r->release ? "debug-assertions=off" : "debug-assertions=on";
	const char *argv[40];
	int n = 0;
	argv[n++] = r->bin;
	if (extra) {
		while (*extra)
			argv[n++] = *extra++;
	} else {
		const char *fixed[] = {"--edition", "2021", "--crate-type", "lib", "--crate-name", "lib",
				       "--emit=obj", "-o", "lib.o", "--cap-lints", "allow",
				       "-C", "codegen-units=1", "-C", opt, "-C", panic, "-C", checks, "-C", asserts,
				       "-C", "symbol-mangling-version=v0", "--target", r->triple};
		for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
			argv[n++] = fixed[i];
		if (r->sysroot) {
			argv[n++] = "--sysroot";
			argv[n++] = r->sysroot;
		}
		/* rustc's JumpThreading skips coroutine bodies ("Optimizing coroutines
		 * creates query cycles", jump_threading.rs) and runs on every other fn;
		 * an emitted resume fn or drop shim is an ordinary fn, and no attribute
		 * exempts one fn. So an emitted crate is compiled with it on, as rustc's
		 * crate is, its JumpThreading dumped (a probe: the object is the same
		 * with or without the dump); where it changed a resume fn or drop shim
		 * (jt_touches_coroutines), the file's emitted crates are compiled
		 * again with it off, sync fns and harness included (DESIGN.md, Bytes) */
		if (emitted == CRATE_EMITTED_JT_OFF) {
			argv[n++] = "-Z";
			argv[n++] = "mir-enable-passes=-JumpThreading";
		} else if (emitted == CRATE_EMITTED_JT_PROBE) {
			argv[n++] = "-Z";
			argv[n++] = "dump-mir=JumpThreading";
			argv[n++] = "-Z";
			argv[n++] = "dump-mir-dir=jt";
		}
		argv[n++] = "lib.rs";
	}
	argv[n] = NULL;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (chdir(dir) != 0)
			_exit(126);
		int fd = open("rustc.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0)
			_exit(126);
		dup2(fd, 1);
		dup2(fd, 2);
		close(fd);
		setenv("RUSTC_BOOTSTRAP", "1", 1);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	return pid;
}

/* rustc ($RUSTC, else rustc) compiling dir/lib.rs, an emitted crate, as `coroslim bytes --release`
 * compiles one for x86_64 (the flags above); measure/flash.c's compiles */
pid_t bytes_spawn_emitted_x86(const char *dir, const char *opt_level, int panic_abort)
{
	const char *bin = getenv("RUSTC");
	Rustc r = {.bin = bin && *bin ? bin : "rustc", .triple = "x86_64-unknown-linux-gnu",
		   .opt_level = opt_level, .panic_abort = panic_abort, .release = 1};
	return spawn_rustc(&r, dir, NULL, CRATE_EMITTED_JT_OFF);
}

static int wait_pid(pid_t pid)
{
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return st;
}

static char *read_text(const char *path)
{
	Diag d = {0};
	size_t len;
	return file_read(path, &len, &d);
}

/* rustc 1.95 present? 0, or -1 with the reason printed. */
static int check_rustc(const Rustc *r, const char *tmp)
{
	char dir[PATH_MAX];
	snprintf(dir, sizeof dir, "%s/version", tmp);
	if (mkdir(dir, 0755) != 0) {
		fprintf(stderr, "coroslim: error: cannot create %s: %s\n", dir, strerror(errno));
		return -1;
	}
	const char *extra[] = {"--version", NULL};
	pid_t pid = spawn_rustc(r, dir, extra, CRATE_RUSTC);
	int st = pid < 0 ? -1 : wait_pid(pid);
	char path[PATH_MAX + 16];
	snprintf(path, sizeof path, "%s/rustc.txt", dir);
	char *text = read_text(path);
	int ok = st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0 && text &&
		 strncmp(text, RUSTC_VERSION, strlen(RUSTC_VERSION)) == 0;
	if (!ok) {
		if (st >= 0 && WIFEXITED(st) && WEXITSTATUS(st) == 127)
			fprintf(stderr, "coroslim: error: `coroslim bytes` needs rustc 1.95, and `%s` was not found\n",
				r->bin);
		else {
			if (text)
				text[strcspn(text, "\n")] = 0;
			fprintf(stderr, "coroslim: error: `coroslim bytes` needs rustc 1.95 (`%s --version`: %s)\n",
				r->bin, text && *text ? text : "failed");
		}
	}
	free(text);
	return ok ? 0 : -1;
}

/* build/sysroot (or $COROSLIM_SYSROOT) with core built for triple
 * (libcore.rlib, or libcore-HASH.rlib as rustup installs it): its
 * absolute path (malloc'd), or NULL with the reason printed. */
static char *find_sysroot(const char *triple)
{
	const char *dir = getenv("COROSLIM_SYSROOT");
	if (!dir || !*dir)
		dir = "build/sysroot";
	char lib[PATH_MAX];
	snprintf(lib, sizeof lib, "%s/lib/rustlib/%s/lib", dir, triple);
	DIR *dp = opendir(lib);
	int found = 0;
	if (dp) {
		struct dirent *e;
		while ((e = readdir(dp)))
			if ((strcmp(e->d_name, "libcore.rlib") == 0 || strncmp(e->d_name, "libcore-", 8) == 0) &&
			    has_suffix(e->d_name, ".rlib"))
				found = 1;
		closedir(dp);
	}
	char *abs = found ? realpath(dir, NULL) : NULL;
	if (!abs)
		fprintf(stderr,
			"coroslim: error: no core library for %s in %s (build it with `make cortex-m-core`, "
			"or set COROSLIM_SYSROOT)\n",
			triple, dir);
	return abs;
}

/* ------------------------------------------------------------------ */
/* Measuring an object                                                  */
/* ------------------------------------------------------------------ */

static int measure(Crate *c, const StageCoros *sc, char *err, size_t errlen)
{
	char path[PATH_MAX + 16];
	snprintf(path, sizeof path, "%s/lib.o", c->dir);
	ElfObject o;
	if (elf_load(path, &o, err, errlen) != 0)
		return -1;
	c->text_ro = elf_text_ro(&o);
	c->poll = calloc(sc->n + 1, sizeof *c->poll);
	c->drop = calloc(sc->n + 1, sizeof *c->drop);
	if (!c->poll || !c->drop)
		internal_error("out of memory");
	char name[4096];
	for (uint32_t i = 0; i < o.nsyms; i++) {
		const ElfSymbol *y = &o.syms[i];
		if (y->type != ELF_STT_FUNC || y->shndx == 0 || rust_demangle_v0(y->name, name, sizeof name) != 0)
			continue;
		for (uint32_t k = 0; k < sc->n; k++)
			for (int j = 0; j < NSYMS; j++) {
				const char *want = sc->symbols[(size_t)k * NSYMS + j];
				if (want && strcmp(want, name) == 0)
					(j < NPOLL ? c->poll : c->drop)[k] += y->size + elf_own_rodata(&o, y->name);
			}
	}
	elf_free(&o);
	return 0;
}

/* ------------------------------------------------------------------ */
/* The report                                                           */
/* ------------------------------------------------------------------ */

typedef struct Report {
	const BytesOptions *bo;
	const BuildOptions *o;
	FileRun *files;
	uint32_t nfiles;
	const char **stage_names; /* nstages; [0] = "rustc" */
	uint32_t nstages;
	Crate **by; /* by[file * nstages + stage] */
} Report;

static void json_coros(FILE *out, const StageCoros *sc, const Crate *c)
{
	fputs("[", out);
	for (uint32_t k = 0; k < sc->n; k++) {
		fputs(k ? ", {\"name\": " : "{\"name\": ", out);
		json_string(out, sc->names[k]);
		fprintf(out, ", \"bytes\": %llu, \"poll\": %llu, \"drop\": %llu}",
			(unsigned long long)(c->poll[k] + c->drop[k]), (unsigned long long)c->poll[k],
			(unsigned long long)c->drop[k]);
	}
	fputs("]", out);
}

static void report_json(const Report *r, FILE *out)
{
	fputs("{\"target\": ", out);
	json_string(out, r->bo->target);
	fputs(", \"opt_level\": ", out);
	json_string(out, r->bo->opt_level);
	fprintf(out, ", \"panic\": \"%s\", \"release\": %s, \"alone\": %s,\n \"files\": [\n",
		r->o->panic_abort ? "abort" : "unwind", r->o->release ? "true" : "false", r->bo->alone ? "true" : "false");
	uint64_t *total = calloc(r->nstages, sizeof *total);
	if (!total)
		internal_error("out of memory");
	for (uint32_t f = 0; f < r->nfiles; f++) {
		const Crate *rc = r->by[(size_t)f * r->nstages];
		fputs(f ? ",\n  {\"file\": " : "  {\"file\": ", out);
		json_string(out, r->files[f].path);
		fprintf(out, ", \"rustc\": %llu, \"rustc_coroutines\": ", (unsigned long long)rc->text_ro);
		json_coros(out, &r->files[f].stages[0], rc);
		if (r->nstages > 1)
			fprintf(out, ", \"emitted_jump_threading\": %s",
				r->by[(size_t)f * r->nstages + 1]->jt_off ? "false" : "true");
		fputs(", \"stages\": [", out);
		total[0] += rc->text_ro;
		for (uint32_t s = 1; s < r->nstages; s++) {
			const Crate *c = r->by[(size_t)f * r->nstages + s];
			total[s] += c->text_ro;
			fputs(s > 1 ? ",\n    {\"stage\": " : "\n    {\"stage\": ", out);
			json_string(out, r->stage_names[s]);
			fprintf(out, ", \"bytes\": %llu, \"coroutines\": ", (unsigned long long)c->text_ro);
			json_coros(out, &r->files[f].stages[s], c);
			fputs("}", out);
		}
		fputs("]}", out);
	}
	fprintf(out, "\n ],\n \"totals\": {\"rustc\": %llu, \"stages\": [", (unsigned long long)total[0]);
	for (uint32_t s = 1; s < r->nstages; s++) {
		fputs(s > 1 ? ", {\"stage\": " : "{\"stage\": ", out);
		json_string(out, r->stage_names[s]);
		fprintf(out, ", \"bytes\": %llu}", (unsigned long long)total[s]);
	}
	fputs("]}}\n", out);
	free(total);
}

static void table_cell(FILE *out, uint64_t v, uint64_t base, int show_delta)
{
	if (show_delta && base) {
		char d[32];
		snprintf(d, sizeof d, "%+.1f%%", 100.0 * ((double)v - (double)base) / (double)base);
		fprintf(out, " %10llu %-8s", (unsigned long long)v, d);
	} else {
		fprintf(out, " %10llu %-8s", (unsigned long long)v, "");
	}
}

static void report_table(const Report *r, FILE *out)
{
	fprintf(out, "machine-code bytes (text+ro, unwind tables excluded): target %s, opt-level %s, panic %s, %s\n",
		r->bo->target, r->bo->opt_level, r->o->panic_abort ? "abort" : "unwind",
		r->o->release ? "release" : "debug");
	if (r->nstages > 1)
		fprintf(out, "each stage's change is against rustc's own compile; the passes run %s\n",
			r->bo->alone ? "each alone after lowering" : "cumulatively, in this order");
	fprintf(out, "%-36s", "file / coroutine");
	for (uint32_t s = 0; s < r->nstages; s++)
		fprintf(out, " %19.19s", r->stage_names[s]);
	fputc('\n', out);
	uint64_t *total = calloc(r->nstages, sizeof *total);
	if (!total)
		internal_error("out of memory");
	for (uint32_t f = 0; f < r->nfiles; f++) {
		uint64_t base = r->by[(size_t)f * r->nstages]->text_ro;
		fprintf(out, "%-36s", r->files[f].path);
		for (uint32_t s = 0; s < r->nstages; s++) {
			const Crate *c = r->by[(size_t)f * r->nstages + s];
			total[s] += c->text_ro;
			table_cell(out, c->text_ro, base, s > 0);
		}
		fputc('\n', out);
		/* coroutines by name, as the rustc crate lists them, then any a stage adds */
		const StageCoros *sc0 = &r->files[f].stages[0];
		for (uint32_t k = 0; k < sc0->n; k++) {
			fprintf(out, "  %-34s", sc0->names[k]);
			for (uint32_t s = 0; s < r->nstages; s++) {
				const StageCoros *sc = &r->files[f].stages[s];
				const Crate *c = r->by[(size_t)f * r->nstages + s];
				uint32_t j = 0;
				while (j < sc->n && strcmp(sc->names[j], sc0->names[k]) != 0)
					j++;
				if (j < sc->n)
					table_cell(out, c->poll[j] + c->drop[j], 0, 0);
				else
					fprintf(out, " %10s %-8s", "-", "");
			}
			fputc('\n', out);
		}
	}
	fprintf(out, "%-36s", "total");
	for (uint32_t s = 0; s < r->nstages; s++)
		table_cell(out, total[s], total[0], s > 0);
	fputc('\n', out);
	free(total);
}

/* ------------------------------------------------------------------ */
/* The command                                                          */
/* ------------------------------------------------------------------ */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Runs every crate marked todo, at most jobs at a time; progress on stderr
 * when it takes a while. */
static void run_crates(const Rustc *r, Crate *crates, uint32_t ncrates, int jobs)
{
	uint32_t next = 0, running = 0, done = 0, n = 0;
	for (uint32_t i = 0; i < ncrates; i++)
		n += crates[i].todo != 0;
	double start = now(), last = start;
	while (done < n) {
		while (running < (uint32_t)jobs && next < ncrates) {
			Crate *c = &crates[next++];
			if (!c->todo)
				continue;
			c->todo = 0;
			c->pid = spawn_rustc(r, c->dir, NULL,
					     c->stage == 0 ? CRATE_RUSTC
					     : c->jt_off ? CRATE_EMITTED_JT_OFF : CRATE_EMITTED_JT_PROBE);
			if (c->pid < 0) {
				c->status = -1;
				done++;
			} else {
				running++;
			}
		}
		if (running == 0)
			continue;
		int st;
		pid_t pid = waitpid(-1, &st, 0);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			internal_error("bytes: waitpid: %s", strerror(errno));
		}
		for (uint32_t i = 0; i < next; i++)
			if (crates[i].pid == pid) {
				crates[i].status = st;
				crates[i].pid = 0;
				running--;
				done++;
				break;
			}
		double t = now();
		if (t - last >= 2.0 && done < n) {
			fprintf(stderr, "coroslim bytes: %u/%u crates compiled (%.0f s)\n", done, n, t - start);
			last = t;
		}
	}
	if (now() - start >= 2.0)
		fprintf(stderr, "coroslim bytes: %u/%u crates compiled (%.0f s)\n", done, n, now() - start);
}

/* Did rustc's JumpThreading change a resume fn or drop shim of this emitted
 * crate? Reads the probe's dump (dir/jt/lib.NAME.*.JumpThreading.{before,
 * after}.mir, first line "// MIR for `NAME` before|after JumpThreading"):
 * a body whose two dumps differ past that line, named lib::NAME in sc as a
 * resume fn (symbols[0]) or drop shim (symbols[NPOLL]). Those bodies are
 * rustc's coroutine bodies and drop shims, which its JumpThreading never
 * sees; the other bodies (sync fns, the harness, the Future/Drop impls,
 * which call them: they are never MIR-inlined, emit_rust.c) are rustc's own
 * and threaded in rustc's crate too. A dump that cannot be read counts as
 * a change (the crate is then compiled with JumpThreading off, as before). */
static int jt_touches_coroutines(const Crate *c, const StageCoros *sc)
{
	static const char suffix[] = ".JumpThreading.after.mir";
	char path[PATH_MAX + 64];
	snprintf(path, sizeof path, "%s/jt", c->dir);
	DIR *dp = opendir(path);
	if (!dp)
		return 1;
	int touched = 0;
	struct dirent *e;
	while (!touched && (e = readdir(dp))) {
		size_t len = strlen(e->d_name);
		if (len <= sizeof suffix - 1 || strcmp(e->d_name + len - (sizeof suffix - 1), suffix) != 0)
			continue;
		char after[PATH_MAX + 64 + 256], before[sizeof after];
		snprintf(after, sizeof after, "%s/%s", path, e->d_name);
		snprintf(before, sizeof before, "%s/%.*sbefore.mir", path,
			 (int)(len - (sizeof "after.mir" - 1)), e->d_name);
		char *a = read_text(after), *b = read_text(before);
		const char *ab = a ? strchr(a, '\n') : NULL, *bb = b ? strchr(b, '\n') : NULL;
		if (!ab || !bb) {
			touched = 1;
		} else if (strcmp(ab, bb) != 0) {
			const char *q = strchr(a, '`'), *q2 = q ? strchr(q + 1, '`') : NULL;
			if (!q2 || q2 > ab) {
				touched = 1;
			} else {
				char name[1024];
				snprintf(name, sizeof name, "lib::%.*s", (int)(q2 - q - 1), q + 1);
				for (uint32_t k = 0; k < sc->n && !touched; k++) {
					const char *resume = sc->symbols[(size_t)k * NSYMS];
					const char *shim = sc->symbols[(size_t)k * NSYMS + NPOLL];
					touched = (resume && strcmp(resume, name) == 0) || (shim && strcmp(shim, name) == 0);
				}
			}
		}
		free(a);
		free(b);
	}
	closedir(dp);
	return touched;
}

/* The first lines of rustc's output, for an error message. */
static void print_rustc_output(const char *dir)
{
	char path[PATH_MAX + 16];
	snprintf(path, sizeof path, "%s/rustc.txt", dir);
	char *text = read_text(path);
	if (!text)
		return;
	int lines = 0;
	for (char *p = text; *p && lines < 20; p++) {
		fputc(*p, stderr);
		if (*p == '\n')
			lines++;
	}
	if (lines >= 20)
		fputs("...\n", stderr);
	free(text);
}

int bytes_files(const char *const *files, int nfiles, const BuildOptions *o, const BytesOptions *bo, FILE *out)
{
	const Target *tg = find_target(bo->target);
	if (!tg)
		internal_error("bytes: unchecked target %s", bo->target);
	const Pass *list[16];
	Diag pd = {0};
	int npasses = pipeline_select(bo->passes, list, 16, &pd);
	if (npasses < 0)
		return 2;
	for (int i = 0; i < nfiles; i++)
		if (!has_suffix(files[i], ".rs")) {
			fprintf(stderr, "%s: error: `coroslim bytes` reads Rust source (.rs)\n", diag_path(files[i]));
			return 1;
		}

	const char *tmpdir = getenv("TMPDIR");
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof tmp, "%s/coroslim-bytes-XXXXXX", tmpdir && *tmpdir ? tmpdir : "/tmp");
	if (!mkdtemp(tmp)) {
		fprintf(stderr, "coroslim: error: cannot create a directory under %s: %s\n",
			tmpdir && *tmpdir ? tmpdir : "/tmp", strerror(errno));
		return 1;
	}
	int keep = getenv("COROSLIM_BYTES_KEEP") != NULL;
	const char *bin = getenv("RUSTC");
	Rustc rustc = {.bin = bin && *bin ? bin : "rustc", .triple = tg->triple, .opt_level = bo->opt_level,
		       .panic_abort = o->panic_abort, .release = o->release};
	char *sysroot = NULL;
	int status = 0;
	FileRun *runs = calloc((size_t)nfiles + 1, sizeof *runs);
	Crate *crates = NULL;
	uint32_t nstages = 1 + (emitted_stages_available() ? 1 + (uint32_t)npasses : 0);
	const char **stage_names = calloc(nstages, sizeof *stage_names);
	if (!runs || !stage_names)
		internal_error("out of memory");
	stage_names[0] = "rustc";
	if (nstages > 1) {
		stage_names[1] = "lower";
		for (int k = 0; k < npasses; k++)
			stage_names[2 + k] = list[k]->name;
	}
	if (check_rustc(&rustc, tmp) != 0) {
		status = 1;
		goto done;
	}
	if (tg->sysroot) {
		sysroot = find_sysroot(tg->triple);
		if (!sysroot) {
			status = 1;
			goto done;
		}
		rustc.sysroot = sysroot;
	}
	if (nstages == 1)
		fprintf(stderr, "coroslim bytes: note: the emitted stages (lower and the passes) need `coroslim emit`, "
				"not in this build: rustc's own bytes only\n");

	/* the crates: per file, rustc's own, then the stages */
	crates = calloc((size_t)nfiles * nstages + 1, sizeof *crates);
	if (!crates)
		internal_error("out of memory");
	uint32_t ncrates = 0;
	for (int fi = 0; fi < nfiles; fi++) {
		FileRun *fr = &runs[fi];
		fr->path = files[fi];
		Diag d = {0};
		fr->src = file_read(files[fi], &fr->len, &d);
		if (!fr->src) {
			diag_print(&d, stderr);
			status = 1;
			goto done;
		}
		BuildOptions bopt = *o;
		bopt.exiting = 0;
		Module *m = frontend_build(files[fi], fr->src, fr->len, &bopt, &d);
		if (!m || !(fr->harness = rust_harness_text(m, &d))) {
			diag_print(&d, stderr);
			if (m)
				module_free(m);
			status = 1;
			goto done;
		}
		fr->stages = calloc(nstages, sizeof *fr->stages);
		if (!fr->stages)
			internal_error("out of memory");
		stage_coros_rustc(m, &fr->stages[0]);
		module_free(m);
		m = NULL;
		for (uint32_t s = 0; s < nstages; s++) {
			char *text = NULL;
			if (s == 0) {
				StrBuf b = {0};
				strbuf_put(&b, CRATE_HEADER, strlen(CRATE_HEADER));
				strbuf_put(&b, rust_prelude_nostd, strlen(rust_prelude_nostd));
				strbuf_put(&b, fr->src, fr->len);
				strbuf_put(&b, "\n", 1);
				strbuf_put(&b, fr->harness, strlen(fr->harness));
				text = b.s;
			} else {
				/* each stage from a fresh lowering (cheap beside a rustc run): the
				 * passes up to this one (--alone: this one), then the layouts for
				 * the target's pointer size, as `coroslim emit --target` does */
				if (m)
					module_free(m);
				m = frontend_lower(files[fi], fr->src, fr->len, &bopt, &d);
				if (m && s >= 2) {
					const Pass *const *run = bo->alone ? list + s - 2 : list;
					uint32_t nrun = bo->alone ? 1 : s - 1;
					if (pipeline_run(m, run, nrun, &bopt, &d, NULL, NULL) != 0)
						internal_error("bytes: %s", diag_msg(&d));
				}
				if (m && tg->ptr_bytes != 8)
					module_set_ptr_bytes(m, tg->ptr_bytes);
				if (m)
					text = emitted_crate(m, fr->harness, &d);
				if (!text) {
					diag_print(&d, stderr);
					if (m)
						module_free(m);
					status = 1;
					goto done;
				}
				stage_coros_emitted(m, &fr->stages[s]);
			}
			Crate *c = &crates[ncrates++];
			c->file = (uint32_t)fi;
			c->stage = s;
			char dir[PATH_MAX];
			snprintf(dir, sizeof dir, "%s/f%d-s%u", tmp, fi, s);
			c->dir = xstrdup(dir);
			char lib[PATH_MAX + 16];
			snprintf(lib, sizeof lib, "%s/lib.rs", dir);
			int w = mkdir(dir, 0755);
			if (w == 0)
				w = write_file(lib, text, NULL, NULL);
			free(text);
			if (w != 0) {
				fprintf(stderr, "coroslim: error: cannot write %s: %s\n", lib, strerror(errno));
				if (m)
					module_free(m);
				status = 1;
				goto done;
			}
		}
		if (m)
			module_free(m);
	}

	int jobs = bo->jobs > 0 ? bo->jobs : jobs_default();
	for (uint32_t i = 0; i < ncrates; i++)
		crates[i].todo = 1;
	run_crates(&rustc, crates, ncrates, jobs);
	/* a file whose emitted crates had a resume fn or drop shim threaded:
	 * all of them again with JumpThreading off, so that its stages are
	 * measured alike (spawn_rustc) */
	int again = 0;
	for (uint32_t i = 0; i < ncrates; i++) {
		Crate *c = &crates[i];
		if (c->stage == 0 || c->jt_off || c->status < 0 || !WIFEXITED(c->status) ||
		    WEXITSTATUS(c->status) != 0 || !jt_touches_coroutines(c, &runs[c->file].stages[c->stage]))
			continue;
		for (uint32_t j = 0; j < ncrates; j++)
			if (crates[j].file == c->file && crates[j].stage > 0 && !crates[j].jt_off) {
				crates[j].jt_off = 1;
				crates[j].todo = 1;
				again = 1;
			}
	}
	if (again)
		run_crates(&rustc, crates, ncrates, jobs);

	Crate **by = calloc(ncrates + 1, sizeof *by);
	if (!by)
		internal_error("out of memory");
	for (uint32_t i = 0; i < ncrates && status == 0; i++) {
		Crate *c = &crates[i];
		by[(size_t)c->file * nstages + c->stage] = c;
		if (c->status < 0 || !WIFEXITED(c->status) || WEXITSTATUS(c->status) != 0) {
			/* rustc's own compile of the user's program: the program is not
			 * Rust rustc accepts; an emitted crate rustc rejects is our bug */
			fprintf(stderr, "%s: error: rustc rejected the %s crate (%s)%s\n", diag_path(runs[c->file].path),
				stage_names[c->stage], c->dir,
				c->stage == 0 ? "" : ": an emitter bug, please report it");
			print_rustc_output(c->dir);
			keep = 1;
			status = 1;
			break;
		}
		char err[PATH_MAX + 128];
		if (measure(c, &runs[c->file].stages[c->stage], err, sizeof err) != 0) {
			fprintf(stderr, "%s\n", err);
			keep = 1;
			status = 1;
		}
	}
	if (status == 0) {
		Report rep = {bo, o, runs, (uint32_t)nfiles, stage_names, nstages, by};
		if (strcmp(bo->format, "json") == 0)
			report_json(&rep, out);
		else
			report_table(&rep, out);
	}
	free(by);

done:
	for (uint32_t i = 0; crates && i < (uint32_t)nfiles * nstages; i++) {
		free(crates[i].dir);
		free(crates[i].poll);
		free(crates[i].drop);
	}
	free(crates);
	for (int fi = 0; fi < nfiles; fi++) {
		free(runs[fi].src);
		free(runs[fi].harness);
		if (runs[fi].stages) {
			for (uint32_t s = 0; s < nstages; s++)
				if (runs[fi].stages[s].names)
					stage_coros_free(&runs[fi].stages[s]);
			free(runs[fi].stages);
		}
	}
	free(runs);
	free((void *)stage_names);
	free(sysroot);
	if (keep)
		fprintf(stderr, "coroslim bytes: crates kept in %s\n", tmp);
	else
		remove_tree(tmp);
	return status;
}
