/* future_extern.c — Module.ext_futures: the futures imported code awaits whose poll
 * the module does not have (issue 24 items 4-5). rustc's MIR awaits every future
 * the same way, `<F as Future>::poll(Pin<&mut F>, &mut Context)` in the await loop;
 * for a coroutine of the module the Output is the coroutine's, for any other F it is
 * known only from the polls' `Poll<Output>` destinations (rustc: the projection
 * `<F as Future>::Output`, normalised before MIR is built, so every poll of one F in
 * one body names the same type). Few per module: a linear table. */
#include "ir.h"

static struct ExtFuture *find(const Module *m, TypeId fut)
{
	for (uint32_t i = 0; i < m->next_futures; i++)
		if (m->ext_futures[i].fut == fut)
			return &m->ext_futures[i];
	return NULL;
}

TypeId module_future_output(const Module *m, TypeId fut)
{
	const struct ExtFuture *e = find(m, fut);
	return e && !e->ambiguous ? e->out : NO_ID;
}

int module_future_ambiguous(const Module *m, TypeId fut)
{
	const struct ExtFuture *e = find(m, fut);
	return e && e->ambiguous;
}

/* The importer knows a type by its spelling, so a type parameter `Fut` of two generic
 * fns of one module is one type: when their polls disagree on the Output, the type is
 * ambiguous for the whole module and every poll of it stays a call (mir_future_awaits
 * undoes the awaits made before the disagreement was seen). */
int module_add_future(Module *m, TypeId fut, TypeId out)
{
	struct ExtFuture *e = find(m, fut);
	if (e) {
		if (e->out != out)
			e->ambiguous = 1;
		return !e->ambiguous;
	}
	*VEC_PUSH(m->arena, m->ext_futures, m->next_futures, m->capext_futures) = (struct ExtFuture){fut, out, 0};
	return 1;
}
