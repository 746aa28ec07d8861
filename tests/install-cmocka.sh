#!/bin/sh
# Installs Debian's libcmocka-dev when the unit tests need it, or says how.
set -e
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "cmocka missing: installing libcmocka-dev"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q libcmocka-dev >/dev/null 2>&1 ||
		{ apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q libcmocka-dev >/dev/null; }
elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
	sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q libcmocka-dev
else
	echo "cmocka is missing: install it with 'apt-get install libcmocka-dev' and re-run make check" >&2
	exit 1
fi
