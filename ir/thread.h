/*
 * thread.h — the little threading coroslim does: start a thread, join it,
 * a mutex, one-time initialisation. C11 <threads.h> by default; with
 * -DCOROSLIM_PTHREADS the same on POSIX threads (clang 14's ThreadSanitizer
 * intercepts pthreads but not glibc's C11 threads: `make tsan` uses this).
 *
 * Who uses it: ir/parallel.c (the loops over several threads, and the type
 * table's lock while they run: module_parallel_for), ir/type.c (that lock),
 * frontend/lex.c (its tables, set up once) and passes/stats.c (the sync
 * twin's thread).
 */
#ifndef COROSLIM_THREAD_H
#define COROSLIM_THREAD_H

#ifdef COROSLIM_PTHREADS
#include <pthread.h>
#include <stdlib.h>
typedef pthread_t Thread;
typedef pthread_once_t Once;
#define ONCE_INIT PTHREAD_ONCE_INIT
static inline void run_once(Once *o, void (*fn)(void)) { pthread_once(o, fn); }
typedef pthread_mutex_t Mutex;
typedef struct ThreadStart {
	int (*fn)(void *);
	void *arg;
} ThreadStart;
static void *thread_trampoline(void *p)
{
	ThreadStart s = *(ThreadStart *)p;
	free(p);
	s.fn(s.arg);
	return NULL;
}
/* 0 when it started */
static inline int thread_start(Thread *t, int (*fn)(void *), void *arg)
{
	ThreadStart *s = malloc(sizeof *s);
	if (!s)
		return -1;
	s->fn = fn;
	s->arg = arg;
	if (pthread_create(t, NULL, thread_trampoline, s) != 0) {
		free(s);
		return -1;
	}
	return 0;
}
static inline void thread_join(Thread t) { pthread_join(t, NULL); }
static inline void mutex_init(Mutex *m) { pthread_mutex_init(m, NULL); }
static inline void mutex_destroy(Mutex *m) { pthread_mutex_destroy(m); }
static inline void mutex_lock(Mutex *m) { pthread_mutex_lock(m); }
static inline void mutex_unlock(Mutex *m) { pthread_mutex_unlock(m); }
#else
#include <threads.h>
typedef thrd_t Thread;
typedef once_flag Once;
#define ONCE_INIT ONCE_FLAG_INIT
static inline void run_once(Once *o, void (*fn)(void)) { call_once(o, fn); }
typedef mtx_t Mutex;
static inline int thread_start(Thread *t, int (*fn)(void *), void *arg)
{
	return thrd_create(t, fn, arg) == thrd_success ? 0 : -1;
}
static inline void thread_join(Thread t) { thrd_join(t, NULL); }
static inline void mutex_init(Mutex *m) { mtx_init(m, mtx_plain); }
static inline void mutex_destroy(Mutex *m) { mtx_destroy(m); }
static inline void mutex_lock(Mutex *m) { mtx_lock(m); }
static inline void mutex_unlock(Mutex *m) { mtx_unlock(m); }
#endif

#endif
