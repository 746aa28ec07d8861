/* parallel.c — the one way coroslim uses several threads: a loop over [0, n)
 * cut into batches that up to `jobs` threads (the calling one among them) take
 * in turn. Its users: the frontend builds fn bodies with it (frontend/build_body.c),
 * the verifier checks fns with it, stats counts coroutines with it,
 * panic-to-pending rewrites resume fns with it, merge-states merges each
 * coroutine's states with it, inline-single-await indexes types and screens
 * coroutines with it. Each
 * caller keeps what the threads share read-only, or gives each worker its own
 * state (the worker index says which). */
#if defined(__linux__)
#define _GNU_SOURCE /* syscall(SYS_gettid) */
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#elif defined(__unix__) || defined(__APPLE__)
#define _POSIX_C_SOURCE 200809L /* sysconf */
#include <unistd.h>
#endif
#include <stdlib.h>

#include "ir.h"
#include "thread.h"

int jobs_parse(const char *s)
{
	long n = 0;
	if (!s || !*s)
		return 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		n = n * 10 + (*s - '0');
		if (n > MAX_JOBS)
			return 0;
	}
	return n >= 1 ? (int)n : 0;
}

/* COROSLIM_JOBS when it is a number from 1 to MAX_JOBS (jobs_parse), else 0. */
static int jobs_from_env(void)
{
	return jobs_parse(getenv("COROSLIM_JOBS"));
}

int jobs_default(void)
{
	int n = jobs_from_env();
	if (n)
		return n;
#ifdef _SC_NPROCESSORS_ONLN
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	if (cpus >= 1)
		return cpus < 8 ? (int)cpus : 8;
#endif
	return 2;
}

int jobs_for(int asked, uint32_t n, uint32_t min)
{
	if (asked > 0)
		return asked < MAX_JOBS ? asked : MAX_JOBS;
	if (n < min && !jobs_from_env())
		return 1;
	return jobs_default();
}

typedef struct Loop {
	ParallelBody *body;
	void *ctx;
	uint32_t n, batch;
	atomic_uint next; /* the first item nobody has taken */
} Loop;

typedef struct Worker {
	Loop *loop;
	int index;
	Thread t;
} Worker;

static int work(void *arg)
{
	Worker *w = arg;
	Loop *l = w->loop;
	for (;;) {
		uint32_t i = atomic_fetch_add_explicit(&l->next, l->batch, memory_order_relaxed);
		if (i >= l->n)
			break;
		l->body(l->ctx, i, l->n - i < l->batch ? l->n : i + l->batch, w->index);
	}
	return 0;
}

/* A started thread: its share, then what it kept goes back to malloc (the
 * next loop starts new threads, which could not reuse it). */
static int work_thread(void *arg)
{
	work(arg);
	arena_thread_done();
	return 0;
}

void parallel_for(uint32_t n, int jobs, uint32_t max_batch, ParallelBody *body, void *ctx)
{
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	if (jobs <= 1 || n <= 1) {
		if (n)
			body(ctx, 0, n, 0);
		return;
	}
	/* batches small enough that the threads finish together, large enough
	 * that taking one costs nothing */
	Loop l = {.body = body, .ctx = ctx, .n = n, .batch = n / (16u * (uint32_t)jobs)};
	if (l.batch < 1)
		l.batch = 1;
	if (l.batch > max_batch)
		l.batch = max_batch;
	atomic_init(&l.next, 0);
	Worker w[MAX_JOBS];
	int started = 1;
	w[0] = (Worker){.loop = &l, .index = 0};
	for (int k = 1; k < jobs; k++) {
		w[k] = (Worker){.loop = &l, .index = k};
		if (thread_start(&w[k].t, work_thread, &w[k]) != 0)
			break; /* fewer threads: the others take its share */
		started = k + 1;
	}
	work(&w[0]);
	for (int k = 1; k < started; k++)
		thread_join(w[k].t);
}

void module_parallel_for(Module *m, uint32_t n, int jobs, uint32_t max_batch, ParallelBody *body, void *ctx)
{
	if (jobs <= 1 || n <= 1) {
		parallel_for(n, jobs, max_batch, body, ctx);
		return;
	}
	Mutex lock;
	mutex_init(&lock);
	m->lock = &lock;
	parallel_for(n, jobs, max_batch, body, ctx);
	m->lock = NULL;
	mutex_destroy(&lock);
}

void thread_background(void)
{
#if defined(__linux__) && defined(SYS_gettid)
	/* setpriority(2): on Linux the nice value belongs to the thread, and
	 * PRIO_PROCESS with a thread id sets that thread's alone */
	(void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 19);
#endif
}
