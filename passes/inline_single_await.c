/* inline-single-await — being written. */
#include "../ir/ir.h"

uint32_t inline_single_await(Module *m, const BuildOptions *o)
{
	(void)m, (void)o;
	return 0;
}
