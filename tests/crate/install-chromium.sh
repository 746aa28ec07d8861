#!/bin/sh
# make crate-test: installs Debian's chromium (the HTML page is checked in it) when missing and
# cargo + rustc are there to run the test at all; without apt-get (or root) the page's DOM is
# not checked and crate_test.py says so.
command -v cargo >/dev/null 2>&1 && command -v rustc >/dev/null 2>&1 || exit 0
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "crate-test: chromium missing: installing it (apt-get)"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 ||
		{ apt-get update -q >/dev/null 2>&1 &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; } ||
		echo "crate-test: could not install chromium; the HTML page's DOM will not be checked"
else
	echo "crate-test: chromium missing and apt-get unavailable (or not root); the HTML page's DOM will not be checked"
fi
exit 0
