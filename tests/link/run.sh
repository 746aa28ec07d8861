#!/bin/sh
# tests/link/run.sh — bench/real/link.py (make real-crates' whole-program section) on rustc 1.95's MIR of
# app.rs and of dep.rs, the crate it depends on (regen.sh), and on cargo JSON messages (artifacts.json):
# the output must equal tests/link/expected. `sh tests/link/run.sh bless` rewrites expected (read it).
cd "$(dirname "$0")/../.." || exit 1
command -v python3 >/dev/null 2>&1 || { echo "link-test: skipped (no python3)"; exit 0; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
{
	echo "== link.py --artifacts async-lock 2.6.0 < tests/link/artifacts.json"
	python3 bench/real/link.py --artifacts async-lock 2.6.0 <tests/link/artifacts.json
	echo "== link.py --explain app=(app.mir, dep.mir)"
	printf 'app 0.0.0 tests/link/app.mir\ndep 0.0.0 tests/link/dep.mir\n' >"$tmp/mirs"
	python3 bench/real/link.py --explain app="$tmp/mirs" 2>&1
	echo "== link.py --explain app=(app.mir): the crate alone, its dependency's coroutines not visible"
	printf 'app 0.0.0 tests/link/app.mir\n' >"$tmp/alone"
	python3 bench/real/link.py --explain app="$tmp/alone" 2>&1 | grep -e '->' -e '^| app'
	echo "== link.py --md app (no such file): exit status"
	python3 bench/real/link.py --md app 2>&1
	echo "exit $?"
} >"$tmp/out"
if [ "${1:-}" = bless ]; then
	cp "$tmp/out" tests/link/expected && echo "link-test: wrote tests/link/expected"
	exit 0
fi
if diff -u tests/link/expected "$tmp/out"; then
	echo "link-test: 1 passed, 0 failed"
else
	echo "link-test: 0 passed, 1 failed (bench/real/link.py's output differs from tests/link/expected)"
	exit 1
fi
