#!/bin/sh
# Installs Debian's clang (with its ASan/UBSan runtimes) when `make robust` needs it, or says how.
set -e
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "clang missing: installing clang"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang >/dev/null 2>&1 ||
		{ apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang >/dev/null; }
elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
	sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q clang
else
	echo "clang is missing: install it with 'apt-get install clang' and re-run make check" >&2
	exit 1
fi
