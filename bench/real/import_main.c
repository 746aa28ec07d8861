/* import_main.c — a stand-alone `coroslim import` for bench/real/run.sh, used
 * when the coroslim binary at hand has no `import` command yet. Same flags:
 *   import_main [--format=mir|summary|md] [LABEL=]FILE.mir... */
#include <stdio.h>
#include <string.h>

#include "../../measure/measure.h"

int main(int argc, char **argv)
{
	const char *format = NULL;
	const char *files[512];
	int n = 0;
	for (int i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--format=", 9) == 0)
			format = argv[i] + 9;
		else if (n < 512)
			files[n++] = argv[i];
	}
	if (n == 0) {
		fputs("usage: import_main [--format=mir|summary|md] [LABEL=]FILE.mir...\n", stderr);
		return 2;
	}
	return import_cmd(files, n, format, stdout);
}
