/* broken_main.c — coroslim with the deliberately broken passes known to
 * `check --passes=` (build/tests/coroslim-broken; tests/fuzz/README.md): main.c
 * compiled with main renamed, run after registering them. */
#include "../../measure/measure.h"
#include "broken.h"

int coroslim_main(int argc, char **argv);

int main(int argc, char **argv)
{
	check_extra_passes = broken_passes;
	ncheck_extra_passes = nbroken_passes;
	return coroslim_main(argc, argv);
}
