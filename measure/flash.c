/*
 * flash.c — compiling the crates of measure/emit_import.c with rustc 1.95 and reading
 * each coroutine's machine-code bytes from the object (`coroslim import DUMPDIR
 * --format=flash`; DESIGN.md, "Flash bytes of real code").
 *
 * The flags and the symbols counted are `coroslim bytes`'s for an emitted crate
 * (measure/bytes.c, DESIGN.md "Bytes"): x86_64-unknown-linux-gnu, one codegen unit,
 * v0 mangling, `-Z mir-enable-passes=-JumpThreading` (rustc skips JumpThreading on a
 * coroutine body), overflow checks and debug assertions off (the imported MIR
 * carries rustc's own asserts); poll = resume_S + its Future::poll + poll_task's copy,
 * drop = drop_S + drop_in_place + Drop::drop + free_task's copy, each a function's
 * st_size plus its own .rodata section (jump tables).
 */
#define _XOPEN_SOURCE 700 /* fork, waitpid, mkdtemp */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "measure.h"

static void flash_measure(FlashJob *j)
{
	char path[PATH_MAX + 16], err[400];
	snprintf(path, sizeof path, "%s/lib.o", j->dir);
	ElfObject o;
	if (elf_load(path, &o, err, sizeof err) != 0) {
		snprintf(j->err, sizeof j->err, "%s", err);
		return;
	}
	char want[7][1200];
	const char *id = j->ident;
	snprintf(want[0], sizeof want[0], "lib::resume_%s", id);
	snprintf(want[1], sizeof want[1], "<lib::Coro_%s as core::future::future::Future>::poll", id);
	snprintf(want[2], sizeof want[2], "lib::poll_task::<lib::Coro_%s>", id);
	snprintf(want[3], sizeof want[3], "lib::drop_%s", id);
	snprintf(want[4], sizeof want[4], "core::ptr::drop_in_place::<lib::Coro_%s>", id);
	snprintf(want[5], sizeof want[5], "<lib::Coro_%s as core::ops::drop::Drop>::drop", id);
	snprintf(want[6], sizeof want[6], "lib::free_task::<lib::Coro_%s>", id);
	char name[4096];
	j->poll = j->drop = 0;
	for (uint32_t i = 0; i < o.nsyms; i++) {
		const ElfSymbol *y = &o.syms[i];
		if (y->type != ELF_STT_FUNC || y->shndx == 0 || rust_demangle_v0(y->name, name, sizeof name) != 0)
			continue;
		for (int k = 0; k < 7; k++)
			if (strcmp(name, want[k]) == 0)
				*(k < 3 ? &j->poll : &j->drop) += y->size + elf_own_rodata(&o, y->name);
	}
	j->text_ro = elf_text_ro(&o);
	elf_free(&o);
	j->ok = 1;
}

static void rm_dir(const char *dir)
{
	const char *files[] = {"lib.rs", "lib.o", "rustc.txt"};
	char p[PATH_MAX + 32];
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		snprintf(p, sizeof p, "%s/%s", dir, files[i]);
		remove(p);
	}
	rmdir(dir);
}

/* The first line of rustc's first error in dir/rustc.txt, into j->err */
static void first_error(FlashJob *j)
{
	char p[PATH_MAX + 16];
	snprintf(p, sizeof p, "%s/rustc.txt", j->dir);
	Diag d = {0};
	size_t len;
	char *t = file_read(p, &len, &d);
	const char *e = t ? strstr(t, "error") : NULL;
	if (e) {
		size_t n = strcspn(e, "\n");
		snprintf(j->err, sizeof j->err, "rustc: %.*s", (int)(n < 200 ? n : 200), e);
	} else
		snprintf(j->err, sizeof j->err, "rustc failed");
	free(t);
}

int flash_run(FlashJob *jobs, uint32_t n, const char *opt_level, int panic_abort, int par)
{
	const char *tmp = getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char root[PATH_MAX];
	snprintf(root, sizeof root, "%s/coroslim-flash-XXXXXX", tmp);
	if (!mkdtemp(root)) {
		fprintf(stderr, "coroslim: error: cannot create a directory in %s: %s\n", tmp, strerror(errno));
		return -1;
	}
	int keep = getenv("COROSLIM_BYTES_KEEP") && *getenv("COROSLIM_BYTES_KEEP");
	if (par < 1)
		par = 1;
	pid_t *pids = calloc((size_t)par, sizeof *pids);
	uint32_t *which = calloc((size_t)par, sizeof *which);
	if (!pids || !which)
		internal_error("out of memory");
	uint32_t next = 0, running = 0, done = 0;
	while (done < n) {
		while (running < (uint32_t)par && next < n) {
			FlashJob *j = &jobs[next];
			if (j->same_as != NO_ID || !j->text) {
				next++, done++;
				continue;
			}
			snprintf(j->dir, sizeof j->dir, "%s/%u", root, next);
			char p[PATH_MAX + 16];
			snprintf(p, sizeof p, "%s/lib.rs", j->dir);
			FILE *f = mkdir(j->dir, 0755) == 0 ? fopen(p, "w") : NULL;
			if (!f || fputs(j->text, f) == EOF || fclose(f) != 0) {
				snprintf(j->err, sizeof j->err, "cannot write %s", p);
				next++, done++;
				continue;
			}
			pid_t pid = bytes_spawn_emitted_x86(j->dir, opt_level, panic_abort);
			if (pid < 0) {
				snprintf(j->err, sizeof j->err, "cannot start rustc");
				next++, done++;
				continue;
			}
			uint32_t k = 0;
			while (pids[k])
				k++;
			pids[k] = pid, which[k] = next++;
			running++;
		}
		if (!running)
			continue;
		int st;
		pid_t pid = wait(&st);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			internal_error("flash: wait failed");
		}
		for (int k = 0; k < par; k++)
			if (pids[k] == pid) {
				FlashJob *j = &jobs[which[k]];
				if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
					flash_measure(j);
				else if (WIFEXITED(st) && WEXITSTATUS(st) == 127)
					snprintf(j->err, sizeof j->err, "rustc not found");
				else
					first_error(j);
				if (!keep && (j->ok || !getenv("COROSLIM_FLASH_KEEP_FAILED")))
					rm_dir(j->dir);
				pids[k] = 0;
				running--, done++;
			}
	}
	for (uint32_t i = 0; i < n; i++)
		if (jobs[i].same_as != NO_ID) {
			const FlashJob *s = &jobs[jobs[i].same_as];
			jobs[i].ok = s->ok, jobs[i].poll = s->poll, jobs[i].drop = s->drop, jobs[i].text_ro = s->text_ro;
			snprintf(jobs[i].err, sizeof jobs[i].err, "%s", s->err);
		}
	free(pids);
	free(which);
	if (!keep)
		rmdir(root);
	return 0;
}
