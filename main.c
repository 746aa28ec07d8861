/*
 * main.c — the `coroslim` driver.
 *
 *   FILE.rs --frontend_build--> IR before the transform ("build")
 *           --state_transform--> resume fns + drop shims + layouts ("lower";
 *             frontend_lower does both, transforming each body as it is built)
 *           --passes (pipeline.c)--> optimised IR ("opt"), measured by "stats"
 *   FILE.mir --parse_module + verify_module--> any of the three forms
 *
 * Exit status: 0 success, 1 user error (`file:line:col: error: ...`) or a
 * failed check, 2 usage error; the tool's own bugs abort via internal_error().
 */
#if defined(__linux__)
#define _GNU_SOURCE /* pthread_setattr_default_np (glibc) */
#endif
#include <errno.h>
#include <fcntl.h> /* open, fcntl (POSIX) */
#include <pthread.h>
#if defined(__GLIBC__)
#include <malloc.h> /* mallopt */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h> /* mkdir (POSIX) */
#include <unistd.h>   /* dup2, close (POSIX) */

#include "measure/measure.h"

typedef struct Args {
	const char *cmd;
	const char **files; /* argc entries at most */
	int nfiles;
	BuildOptions opt;
	const char *format;  /* layout/stats: text|json|table|csv */
	const char *passes;  /* comma-separated pass names, NULL = default */
	const char *entry;   /* run */
	const char *args;    /* run: comma-separated arguments */
	int cancel_after;    /* run: -1 = never */
	int repoll;
	int print_after_all;
	const char *target;  /* emit: x86_64|thumbv7em-none-eabi|thumbv6m-none-eabi */
	const char *outdir;  /* emit: -o DIR */
	int harness;         /* emit: --harness */
	int panic_given;       /* --panic was on the command line */
	const char *opt_level; /* bytes */
	int alone;             /* bytes */
} Args;

typedef int (*CmdFn)(const Args *a);

typedef struct Command {
	const char *name;
	CmdFn run;
	const char *usage;
	const char *help;
	const char *flags; /* the options it accepts, for the parser below */
} Command;

static const Command *find_command(const char *name);

static void usage_error(const Command *c, const char *fmt, const char *arg)
{
	fputs("coroslim: ", stderr);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	if (c)
		fprintf(stderr, "usage: coroslim %s\n", c->usage);
	else
		fputs("usage: coroslim COMMAND [OPTIONS] FILE... (coroslim --help lists the commands)\n", stderr);
	exit(2);
}

static int fail(const Diag *d)
{
	diag_print(d, stderr);
	return 1;
}

static int cmd_print(const Args *a)
{
	Diag d = {0};
	Module *m = module_load(a->files[0], &a->opt, &d);
	if (!m)
		return fail(&d);
	print_module(m, stdout);
	module_free(m);
	return 0;
}

static int cmd_build(const Args *a)
{
	if (!has_suffix(a->files[0], ".rs"))
		usage_error(find_command("build"), "'%s' is not a Rust file (.rs)", a->files[0]);
	return cmd_print(a);
}

static int cmd_verify(const Args *a)
{
	Diag d = {0};
	Module *m = module_load(a->files[0], &a->opt, &d);
	if (!m)
		return fail(&d);
	printf("%s: ok (%u fns, %u coroutines)\n", diag_path(a->files[0]), m->nfns, m->ncoros);
	module_free(m);
	return 0;
}

static int cmd_lower(const Args *a)
{
	Diag d = {0};
	Module *m = module_load_lowered(a->files[0], &a->opt, &d);
	if (!m)
		return fail(&d);
	print_module(m, stdout);
	module_free(m);
	return 0;
}

static int cmd_layout(const Args *a)
{
	const char *fmt = a->format ? a->format : "text";
	if (strcmp(fmt, "text") != 0 && strcmp(fmt, "json") != 0)
		usage_error(find_command("layout"), "unknown format '%s' (expected text or json)", fmt);
	Diag d = {0};
	Module *m = module_load_lowered(a->files[0], &a->opt, &d);
	if (!m)
		return fail(&d);
	layout_report(m, strcmp(fmt, "json") == 0, stdout);
	module_free(m);
	return 0;
}

static int cmd_run(const Args *a)
{
	if (!a->entry)
		usage_error(find_command("run"), "%s", "missing --entry NAME");
	if (!*a->entry) /* was `FILE: error: no fn named ` */
		usage_error(find_command("run"), "%s", "empty --entry NAME");
	return run_file(a->files[0], a->entry, a->args, &a->opt, a->cancel_after, a->repoll, stdout, stderr);
}

static int cmd_check(const Args *a)
{
	int status = 0;
	if (a->entry && !*a->entry)
		usage_error(find_command("check"), "%s", "empty --entry NAME");
	Diag d = {0};
	if (check_passes_valid(a->passes, &d) < 0) /* the rule and the usage error of opt's --passes */
		usage_error(find_command("check"), "%s", diag_msg(&d));
	for (int i = 0; i < a->nfiles; i++)
		if (check_module_entry(a->files[i], a->passes, a->entry, &a->opt, stdout, stderr) != 0)
			status = 1;
	return status;
}

static void print_after(const Module *m, const Pass *p, void *ud)
{
	(void)ud;
	printf("// after %s\n", p->name);
	print_module(m, stdout);
	putchar('\n');
}

static int cmd_opt(const Args *a)
{
	const Pass *list[16];
	Diag d = {0};
	int n = pipeline_select(a->passes, list, 16, &d);
	if (n < 0)
		usage_error(find_command("opt"), "%s", diag_msg(&d));
	Module *m = module_load_lowered(a->files[0], &a->opt, &d);
	if (!m)
		return fail(&d);
	if (pipeline_run(m, list, (uint32_t)n, &a->opt, &d, a->print_after_all ? print_after : NULL, NULL) != 0) {
		module_free(m);
		return fail(&d);
	}
	if (!a->print_after_all)
		print_module(m, stdout);
	module_free(m);
	return 0;
}

static int cmd_stats(const Args *a)
{
	const char *fmt = a->format ? a->format : "table";
	if (strcmp(fmt, "table") != 0 && strcmp(fmt, "json") != 0 && strcmp(fmt, "csv") != 0)
		usage_error(find_command("stats"), "unknown format '%s' (expected table, json or csv)", fmt);
	Diag d = {0};
	const Pass *list[16];
	if (pipeline_select(a->passes, list, 16, &d) < 0) /* was `<input>: error: ...` */
		usage_error(find_command("stats"), "%s", diag_msg(&d));
	BuildOptions o = a->opt;
	o.exiting = 1;
	int rc = stats_files(a->files, a->nfiles, a->passes, &o, fmt, stdout);
	if (rc == 2)
		usage_error(find_command("stats"), "%s", "bad --passes");
	return rc;
}

static int cmd_import(const Args *a)
{
	const char *fmt = a->format ? a->format : "mir";
	char flash[32];
	if (a->alone)
		usage_error(find_command("import"), "%s", "unknown option '--alone'");
	if (a->opt_level && strcmp(fmt, "flash") != 0)
		usage_error(find_command("import"), "%s", "--opt-level goes with --format=flash");
	if (a->opt_level && strcmp(a->opt_level, "z") != 0 && strcmp(a->opt_level, "s") != 0 && strcmp(a->opt_level, "3") != 0)
		usage_error(find_command("import"), "unknown opt-level '%s' (expected z, s or 3)", a->opt_level);
	if (strcmp(fmt, "flash") == 0) { /* measure/import_bytes.c import_flash_dir */
		snprintf(flash, sizeof flash, "flash:%s", a->opt_level ? a->opt_level : "z");
		fmt = flash;
	} else if (strncmp(fmt, "flash", 5) == 0)
		usage_error(find_command("import"), "unknown format '%s'", fmt);
	else if (strcmp(fmt, "mir") != 0 && strcmp(fmt, "summary") != 0 && strcmp(fmt, "md") != 0 &&
		 strcmp(fmt, "json") != 0 && strcmp(fmt, "bytes") != 0) /* two messages with two lists before */
		usage_error(find_command("import"), "unknown format '%s' (expected mir, summary, md, json, bytes or flash)", fmt);
	int rc = import_cmd(a->files, a->nfiles, fmt, stdout);
	if (rc == 2)
		usage_error(find_command("import"), "unknown format '%s' (expected mir, summary, md, json, bytes or flash)", fmt);
	return rc;
}

/* -o DIR: DIR/lib.rs (DIR made if missing), else stdout. */
static int cmd_emit(const Args *a)
{
	const Pass *list[16];
	Diag d = {0};
	int n = 0;
	if (a->passes) {
		n = pipeline_select(a->passes, list, 16, &d);
		if (n < 0)
			usage_error(find_command("emit"), "%s", diag_msg(&d));
	}
	if (a->outdir && !*a->outdir) /* `-o ''` wrote /lib.rs */
		usage_error(find_command("emit"), "%s", "empty -o DIR");
	uint8_t ptr_bytes = 8;
	if (a->target && (strcmp(a->target, "thumbv7em-none-eabi") == 0 || strcmp(a->target, "thumbv6m-none-eabi") == 0))
		ptr_bytes = 4;
	else if (a->target && strcmp(a->target, "x86_64") != 0)
		usage_error(find_command("emit"), "unknown target '%s' (expected x86_64, thumbv7em-none-eabi or thumbv6m-none-eabi)",
			    a->target);
	Module *m = module_load_lowered(a->files[0], &a->opt, &d);
	if (!m)
		return fail(&d);
	if (n > 0 && pipeline_run(m, list, (uint32_t)n, &a->opt, &d, NULL, NULL) != 0) {
		module_free(m);
		return fail(&d);
	}
	if (ptr_bytes != 8)
		module_set_ptr_bytes(m, ptr_bytes); /* the layouts rustc computes for a 32-bit target */
	EmitOptions eo = {.harness = a->harness};
	FILE *out = stdout;
	char *path = NULL;
	if (a->outdir) {
		size_t len = strlen(a->outdir) + sizeof "/lib.rs";
		path = malloc(len);
		if (!path)
			internal_error("out of memory");
		snprintf(path, len, "%s/lib.rs", a->outdir);
		mkdir(a->outdir, 0777); /* an existing DIR is fine; fopen reports the rest */
		out = fopen(path, "w");
		if (!out) {
			fprintf(stderr, "coroslim: cannot write %s: %s\n", path, strerror(errno));
			free(path);
			module_free(m);
			return 1;
		}
	}
	d.file = a->files[0];
	int rc = emit_rust(m, &eo, out, &d);
	if (out != stdout) {
		/* a write error (a full disk) sets the stream's error flag, and fclose
		 * still returned 0: `emit -o DIR` exited 0 with DIR/lib.rs cut short
		 * (robust24); it was an internal error when fclose saw it */
		int werr = ferror(out), e = errno;
		if (fclose(out) != 0 && !werr)
			werr = 1, e = errno;
		if (werr && !rc) {
			fprintf(stderr, "coroslim: cannot write %s: %s\n", path, strerror(e));
			free(path);
			module_free(m);
			return 1;
		}
	}
	if (rc && path)
		remove(path);
	free(path);
	module_free(m);
	return rc ? fail(&d) : 0;
}

static int cmd_bytes(const Args *a)
{
	BytesOptions bo = {.target = a->target ? a->target : "x86_64",
			   .opt_level = a->opt_level ? a->opt_level : "z",
			   .passes = a->passes,
			   .format = a->format ? a->format : "table",
			   .jobs = a->opt.jobs,
			   .alone = a->alone};
	const Command *c = find_command("bytes");
	if (strcmp(bo.format, "table") != 0 && strcmp(bo.format, "json") != 0)
		usage_error(c, "unknown format '%s' (expected table or json)", bo.format);
	if (strcmp(bo.opt_level, "z") != 0 && strcmp(bo.opt_level, "s") != 0 && strcmp(bo.opt_level, "3") != 0)
		usage_error(c, "unknown opt-level '%s' (expected z, s or 3)", bo.opt_level);
	int thumb = strncmp(bo.target, "thumbv", 6) == 0;
	if (strcmp(bo.target, "x86_64") != 0 && strcmp(bo.target, "x86_64-unknown-linux-gnu") != 0 &&
	    strcmp(bo.target, "thumbv7em-none-eabi") != 0 && strcmp(bo.target, "thumbv6m-none-eabi") != 0)
		usage_error(c, "unknown target '%s' (expected x86_64, thumbv7em-none-eabi or thumbv6m-none-eabi)",
			    bo.target);
	BuildOptions o = a->opt;
	if (thumb && !a->panic_given)
		o.panic_abort = 1;
	if (thumb && !o.panic_abort)
		usage_error(c, "%s", "the thumb targets have no unwinding: --panic=abort only");
	o.exiting = 1;
	Diag d = {0};
	const Pass *list[16];
	if (pipeline_select(a->passes, list, 16, &d) < 0)
		usage_error(c, "%s", diag_msg(&d));
	return bytes_files(a->files, a->nfiles, &o, &bo, stdout);
}

static const Command commands[] = {
	{"print", cmd_print, "print FILE.mir|FILE.rs",
	 "Parse (or build), verify and print the IR in its textual form.", ""},
	{"verify", cmd_verify, "verify FILE.mir|FILE.rs",
	 "Parse (or build) and run the verifier; print `FILE: ok` or the first error.", ""},
	{"build", cmd_build, "build FILE.rs [--release|-O] [--panic=unwind|abort] [--jobs=N]",
	 "Print the IR of every fn and async body before the state transform.", "OW"},
	{"lower", cmd_lower, "lower FILE.rs|FILE.mir [--release|-O] [--panic=unwind|abort] [--jobs=N]",
	 "Run rustc's state transform and print resume functions, drop shims and layouts.", "OW"},
	{"layout", cmd_layout, "layout FILE.rs|FILE.mir [--format=text|json] [--release|-O] [--panic=unwind|abort]",
	 "Print every coroutine's layout like -Zprint-type-sizes (text) or as JSON.", "OfW"},
	{"run", cmd_run,
	 "run FILE.rs|FILE.mir --entry NAME [--args 1,2] [--release|-O] [--cancel-after=K] [--repoll]",
	 "Poll NAME's future until Ready and print the trace (polls, observe events, panics, the value).", "OerkW"},
	{"opt", cmd_opt, "opt FILE.rs|FILE.mir [--passes=LIST] [--release|-O] [--panic=unwind|abort] [--print-after-all] [--verify-each] [--jobs=N]",
	 "Lower, run the named passes (default: the whole pipeline, in order) and print the IR. The verifier runs on the "
	 "lowered IR and after the last pass; --verify-each also runs it on the built IR and after every pass.", "OpavW"},
	{"stats", cmd_stats,
	 "stats FILE... [--passes=LIST] [--release|-O] [--panic=unwind|abort] [--format=table|json|csv] [--verify-each] [--jobs=N]",
	 "Per coroutine and in total: states, resume-fn blocks and statements, future bytes, after lowering and each pass.",
	 "Opfv*"},
	{"import", cmd_import, "import [LABEL=]FILE.mir... [--format=mir|summary|md] | import DUMPDIR --format=json|bytes|flash [--opt-level=z|s|3]",
	 "Read rustc's --emit=mir output: every coroutine resume fn, what each pass removes or would remove. With --format=json, a -Zdump-mir=StateTransform dump dir: coroslim's state transform of each body against rustc's. "
	 "With --format=bytes (the dump dir holding type-sizes.txt), each pass's future bytes with rustc's sizes; with --format=flash, "
	 "each pass's machine-code bytes of every body whose types rustc sized (x86_64, rustc 1.95, --opt-level z by default).",
	 "fz*"},
	{"emit", cmd_emit,
	 "emit FILE.rs|FILE.mir [--passes=LIST] [--release|-O] [--panic=unwind|abort] [--target=x86_64|thumbv7em-none-eabi|thumbv6m-none-eabi] [--harness] [-o DIR]",
	 "Lower, run the named passes (default: none) and write the module as a rustc custom-MIR crate "
	 "(DIR/lib.rs with -o, else stdout). --harness appends roots that poll every async fn no fn awaits.",
	 "OpthoW"},
	{"bytes", cmd_bytes,
	 "bytes FILE.rs... [--release|-O] [--panic=unwind|abort] [--target=x86_64|thumbv7em-none-eabi|thumbv6m-none-eabi] "
	 "[--opt-level=z|s|3] [--passes=LIST] [--alone] [--format=table|json] [--jobs=N]",
	 "Machine-code bytes (text+ro) from rustc 1.95: rustc's own compile of each file, the emitted crate after "
	 "lowering and after each pass (cumulative; --alone: each pass alone after lowering); per file and per "
	 "coroutine. --jobs: rustc processes at once. Default panic: unwind on x86_64, abort on thumb.",
	 "Opftz*"},
	/* crate: its own options (PATH is optional), parsed by crate_main before this table is used */
	{"crate", NULL, "crate [PATH] [--target=TRIPLE] [--release] [--format=table|json|html] [-o FILE]",
	 "Build a cargo package with cargo + rustc 1.95 and report per async fn and block: states, future size "
	 "and make-up, poll/drop bytes, what each pass would save.",
	 ""},
	{"check", cmd_check, "check FILE... [--passes=LIST] [--entry NAME] [--release|-O] [--panic=unwind|abort] [--jobs=N]",
	 "Compare traces before and after the state transform and each pass under every schedule (of every "
	 "async fn, or of NAME's only with --entry).", "Ope*"},
};

static const Command *find_command(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static void print_help(FILE *out)
{
	fputs("coroslim — a model of rustc's async state machines and the passes that shrink them\n\n"
	      "usage: coroslim COMMAND [OPTIONS] FILE...\n\ncommands:\n",
	      out);
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].help);
	fputs("\n`coroslim COMMAND --help` shows a command's options. Commands that build Rust take --jobs=N:\n"
	      "the threads that build fn bodies (default: COROSLIM_JOBS, else the online CPUs, at most 8;\n"
	      "the output does not depend on it). Commands that compile one program (build, lower, layout, run,\n"
	      "opt, emit) print rustc's warn-by-default lints on stderr (`FILE:LINE:COL: warning: ...`, the exit\n"
	      "status unchanged); -A warnings turns them off.\n",
	      out);
}

static int parse_int_arg(const Command *c, const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < 0 || v > 1000000)
		usage_error(c, "bad number '%s'", s);
	return (int)v;
}

/* The exit status once stdout is flushed: a write error (a full disk,
 * `> /dev/full`, a closed pipe) makes the output incomplete, which must not
 * exit 0. */
static int finish(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "coroslim: error writing the output: %s\n", strerror(errno));
		return rc ? rc : 1;
	}
	return rc;
}

/* Options: value either `--opt=V` or `--opt V`. An option given twice is a
 * usage error (`--format=json --format=text` printed text, the last one
 * silently winning; issue 23's second sweep). */
static const char *option_value(const Command *c, int argc, char **argv, int *i, const char *name)
{
	static const char *given[16];
	static int ngiven;
	size_t n = strlen(name);
	const char *s = argv[*i], *v;
	if (strncmp(s, name, n) != 0)
		return NULL;
	if (s[n] == '=')
		v = s + n + 1;
	else if (s[n] == 0) {
		if (*i + 1 >= argc)
			usage_error(c, "option %s needs a value", name);
		v = argv[++*i];
	} else
		return NULL;
	for (int k = 0; k < ngiven; k++)
		if (strcmp(given[k], name) == 0)
			usage_error(c, "option %s given twice", name);
	if (ngiven < (int)(sizeof given / sizeof *given))
		given[ngiven++] = name;
	return v;
}

/* The stack every thread of coroslim runs on (deep38, DESIGN.md "Limits and reliability", "The
 * stack"): the frontend, sema, the MIR builder and the printers recurse over the program's nesting,
 * which the parser bounds (MAX_NESTING, MAX_TREE_DEPTH, MAX_TYPE_NESTING), and the deepest input
 * they accept takes under 4 MB under AddressSanitizer (hunt33), about 1 MB without. The main
 * thread's stack is whatever `ulimit -s` gave (`ulimit -s 512`: 254 nested `&` was a segfault),
 * and glibc gives a thread started without attributes (ir/parallel.c's loops, the stats twin) the
 * same size. So main runs the command on a thread of its own with this stack, and makes it the
 * default of every thread started after, as rustc runs the compiler on a thread of 8 MB
 * (rustc_interface/src/util.rs DEFAULT_STACK_SIZE, `run_in_thread_with_globals`: "to provide
 * control over the stack size"). Address space only: the pages are touched as the stack grows. */
#define COROSLIM_STACK ((size_t)8 << 20)

typedef struct MainRun {
	int argc;
	char **argv;
	int rc;
} MainRun;

static int main_body(int argc, char **argv);

static void *main_thread(void *p)
{
	MainRun *r = p;
	r->rc = main_body(r->argc, r->argv);
	return NULL;
}

/* main_body on a COROSLIM_STACK stack; on the calling thread when no such thread can be made (an
 * address space too small for 8 MB), as before. */
static int run_on_own_stack(int argc, char **argv)
{
	pthread_attr_t attr;
	if (pthread_attr_init(&attr) != 0)
		return main_body(argc, argv);
#if defined(__GLIBC__)
	if (pthread_attr_setstacksize(&attr, COROSLIM_STACK) == 0)
		pthread_setattr_default_np(&attr); /* the C11 threads of ir/thread.h take it */
#endif
	MainRun r = {argc, argv, 0};
	pthread_t t;
	int started = pthread_attr_setstacksize(&attr, COROSLIM_STACK) == 0 &&
	              pthread_create(&t, &attr, main_thread, &r) == 0;
	pthread_attr_destroy(&attr);
	if (!started)
		return main_body(argc, argv);
	pthread_join(t, NULL);
	return r.rc;
}

int main(int argc, char **argv)
{
#if defined(__GLIBC__)
	/* A batch run frees a whole module (and the frontend's AST) and then
	 * allocates as much again: keep freed memory in the heap instead of
	 * returning it to the kernel and faulting it back in (a third of the
	 * wall time at 100k fns, bench/SPEED.md). */
	mallopt(M_TRIM_THRESHOLD, 1 << 30);
	/* Large blocks from the heap too, never mmap: an mmap'd block (the 123 MB
	 * token array at 100k fns, the grown index tables) goes back to the kernel
	 * when freed, and the AST and IR allocated next fault in fresh pages
	 * instead of reusing it (100k fns: 555k page faults to 525k, about 3% of
	 * the wall time). Threads' heaps cannot hold a block over 64 MB: glibc
	 * then takes it from the main heap. */
	mallopt(M_MMAP_MAX, 0);
	/* A thread's heap grows by mprotect, by default just by what the
	 * allocation lacks: 197k mprotect calls at 100k fns, each taking the
	 * address space's lock that the other threads' page faults wait on.
	 * Growing (and the main heap's brk) 64 MB at a time (address space
	 * only: pages are touched when used) makes that 26 calls. */
	mallopt(M_TOP_PAD, 64 << 20);
	/* One heap for every thread: the loops of ir/parallel.c allocate a
	 * module's bodies on their threads and the main thread frees it; with a
	 * heap per thread, what one thread freed the next stage's other threads
	 * could not reuse (`check --entry foo` of a 10k-deep chain, two threads:
	 * 171 MB peak RSS, 139 MB with one heap; one thread: 138 MB). Small
	 * blocks still come from each thread's cache (tcache), without the lock. */
	mallopt(M_ARENA_MAX, 1);
#endif
	/* the heap in 2 MB pages where the kernel allows it (ir/arena.c);
	 * COROSLIM_THP=0: 4 KB pages, as before (to measure the difference) */
	const char *thp = getenv("COROSLIM_THP");
	if (!thp || strcmp(thp, "0") != 0)
		arena_heap_hugepages();
	return run_on_own_stack(argc, argv);
}

/* The rest of main, on the thread run_on_own_stack starts. */
static int main_body(int argc, char **argv)
{
	/* A closed stdin, stdout or stderr (`>&-`) is the lowest free descriptor, which the next open or
	 * pipe takes: `bytes >&-` opened rustc.txt as fd 1 in the child, whose redirection then closed it,
	 * and rustc failed ("needs rustc 1.95 (`rustc --version`: failed)" for a closed stdout). Each is
	 * held by /dev/null opened read-only, so a write to a closed stdout still fails (EBADF), which
	 * finish() reports as before. */
	for (int fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
			int held = open("/dev/null", O_RDONLY);
			if (held >= 0 && held != fd) {
				dup2(held, fd);
				close(held);
			}
		}
	if (argc < 2)
		usage_error(NULL, "%s", "missing command");
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		/* `coroslim help run` printed the general help, `help nope` too */
		const Command *hc = argc > 2 ? find_command(argv[2]) : NULL;
		if (argc > 2 && strcmp(argv[2], "crate") == 0)
			return finish(crate_main(1, (char *[]){"--help", NULL}));
		if (argc > 2 && !hc)
			usage_error(NULL, "unknown command '%s'", argv[2]);
		if (hc)
			printf("usage: coroslim %s\n\n%s\n", hc->usage, hc->help);
		else
			print_help(stdout);
		return finish(0);
	}
	if (strcmp(argv[1], "crate") == 0)
		return finish(crate_main(argc - 2, argv + 2));
	const Command *c = find_command(argv[1]);
	if (!c)
		usage_error(NULL, "unknown command '%s'", argv[1]);
	Args a = {.cmd = c->name, .cancel_after = -1};
	/* warn28: the commands that compile one program print rustc's warnings (`-A warnings`: not) */
	a.opt.warnings = strchr(c->flags, 'W') != NULL;
	a.files = calloc((size_t)argc, sizeof *a.files);
	if (!a.files)
		internal_error("out of memory");
	for (int i = 2; i < argc; i++) {
		const char *s = argv[i], *v;
		if (strcmp(s, "--help") == 0 || strcmp(s, "-h") == 0) {
			printf("usage: coroslim %s\n\n%s\n", c->usage, c->help);
			free(a.files); /* leaked (robust24's campaign on the ASan build) */
			return finish(0);
		}
		if (s[0] == 0) /* `coroslim stats ""` printed `: error: unknown file kind` */
			usage_error(c, "%s", "empty FILE argument");
		if (s[0] != '-' || s[1] == 0) {
			if (a.nfiles == 1 && !strchr(c->flags, '*'))
				usage_error(c, "unexpected argument '%s' (one FILE expected)", s);
			a.files[a.nfiles++] = s;
		} else if (strchr(c->flags, 'O') && (strcmp(s, "--release") == 0 || strcmp(s, "-O") == 0)) {
			a.opt.release = 1;
		} else if (strchr(c->flags, 'O') && (v = option_value(c, argc, argv, &i, "--panic"))) {
			if (strcmp(v, "abort") == 0)
				a.opt.panic_abort = 1;
			else if (strcmp(v, "unwind") == 0)
				a.opt.panic_abort = 0;
			else
				usage_error(c, "unknown panic strategy '%s' (expected unwind or abort)", v);
			a.panic_given = 1;
		} else if (strchr(c->flags, 'O') && (v = option_value(c, argc, argv, &i, "--jobs"))) {
			/* one rule for --jobs and COROSLIM_JOBS: digits only, 1 to 64 */
			a.opt.jobs = jobs_parse(v);
			if (!a.opt.jobs)
				usage_error(c, "bad number of jobs '%s' (1 to 64)", v);
		} else if (strchr(c->flags, 'f') && (v = option_value(c, argc, argv, &i, "--format"))) {
			a.format = v;
		} else if (strchr(c->flags, 'p') && (v = option_value(c, argc, argv, &i, "--passes"))) {
			a.passes = v;
		} else if (strchr(c->flags, 't') && (v = option_value(c, argc, argv, &i, "--target"))) {
			a.target = v;
		} else if (strchr(c->flags, 'z') && (v = option_value(c, argc, argv, &i, "--opt-level"))) {
			a.opt_level = v;
		} else if (strchr(c->flags, 'e') && (v = option_value(c, argc, argv, &i, "--entry"))) {
			a.entry = v;
		} else if (strchr(c->flags, 'r') && (v = option_value(c, argc, argv, &i, "--args"))) {
			a.args = v;
		} else if (strchr(c->flags, 'k') && (v = option_value(c, argc, argv, &i, "--cancel-after"))) {
			a.cancel_after = parse_int_arg(c, v);
		} else if (strchr(c->flags, 'W') && (strcmp(s, "-Awarnings") == 0 ||
		                                     (strcmp(s, "-A") == 0 && i + 1 < argc && strcmp(argv[i + 1], "warnings") == 0))) {
			i += strcmp(s, "-A") == 0;
			a.opt.warnings = 0; /* rustc's spelling; other lint names are not taken */
		} else if (strchr(c->flags, 'z') && strcmp(s, "--alone") == 0) {
			a.alone = 1;
		} else if (strchr(c->flags, 'a') && strcmp(s, "--print-after-all") == 0) {
			a.print_after_all = 1;
		} else if (strchr(c->flags, 'o') && (v = option_value(c, argc, argv, &i, "-o"))) {
			a.outdir = v;
		} else if (strchr(c->flags, 'h') && strcmp(s, "--harness") == 0) {
			a.harness = 1;
		} else if (strchr(c->flags, 'v') && strcmp(s, "--verify-each") == 0) {
			a.opt.verify_each = 1;
		} else if (strchr(c->flags, 'k') && strcmp(s, "--repoll") == 0) {
			a.repoll = 1;
		} else {
			usage_error(c, "unknown option '%s'", s);
		}
	}
	if (a.nfiles == 0)
		usage_error(c, "%s", "missing FILE");
	/* the environment's default is checked like --jobs, not ignored when bad */
	const char *env_jobs = getenv("COROSLIM_JOBS");
	if (env_jobs && *env_jobs && !jobs_parse(env_jobs))
		usage_error(c, "bad COROSLIM_JOBS '%s' (1 to 64)", env_jobs);
	/* hunt36: COROSLIM_THP is 0 (4 KB pages) or 1 (the default, huge pages); any other value (`off`,
	 * `no`, ` 0`) was taken as on without a word. Empty: the default, as COROSLIM_JOBS */
	const char *env_thp = getenv("COROSLIM_THP");
	if (env_thp && *env_thp && strcmp(env_thp, "0") != 0 && strcmp(env_thp, "1") != 0)
		usage_error(c, "bad COROSLIM_THP '%s' (0 or 1)", env_thp);
	/* inline-single-await's size policy (DESIGN.md): a bad value was the default without a word (robust24) */
	static const char *const policy_env[] = {"COROSLIM_INLINE_MAX_PREAMBLE", "COROSLIM_INLINE_MAX_POSTAMBLE"};
	for (size_t k = 0; k < sizeof policy_env / sizeof *policy_env; k++) {
		const char *e = getenv(policy_env[k]);
		if (!e || !*e)
			continue;
		char *end;
		errno = 0;
		long n = strtol(e, &end, 10);
		if (errno || *end || end == e || n < -1 || n > 1000000000) {
			char msg[160];
			snprintf(msg, sizeof msg, "bad %s '%%s' (-1 for no limit, or 0 to 1000000000)", policy_env[k]);
			usage_error(c, msg, e);
		}
	}
	int rc = c->run(&a);
	free(a.files);
	return finish(rc);
}
