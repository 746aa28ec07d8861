/* future_extern.c — Module.ext_futures: the futures imported code awaits whose poll
 * the module does not have (issue 24 items 4-5). rustc's MIR awaits every future
 * the same way, `<F as Future>::poll(Pin<&mut F>, &mut Context)` in the await loop;
 * for a coroutine of the module the Output is the coroutine's, for any other F it is
 * known only from the polls' `Poll<Output>` destinations (rustc: the projection
 * `<F as Future>::Output`, normalised before MIR is built, so every poll of one F in
 * one body names the same type). Few per module: a linear table. */
#include "ir.h"

TypeId module_future_output(const Module *m, TypeId fut)
{
	for (uint32_t i = 0; i < m->next_futures; i++)
		if (m->ext_futures[i].fut == fut)
			return m->ext_futures[i].out;
	return NO_ID;
}

int module_add_future(Module *m, TypeId fut, TypeId out)
{
	TypeId have = module_future_output(m, fut);
	if (have != NO_ID)
		return have == out;
	*VEC_PUSH(m->arena, m->ext_futures, m->next_futures, m->capext_futures) = (struct ExtFuture){fut, out};
	return 1;
}
