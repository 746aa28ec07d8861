#!/bin/sh
# check_rustc.sh [N] — generate N (default 200) programs from the fixed seeds 1..N
# (program 0 of each seed, the same programs fuzz-diff.sh runs) and compile each
# with rustc as a crate: `#![allow(unused)]`, the prelude, the program, and a
# `fn main` that calls every async fn with its `//@ args` and drops the future.
# Prints `N/N compiled`; exits 1 on any failure (printing the program and
# rustc's first errors). Prints `skipped: rustc not found` when rustc is absent.
#   env: GEN (default build/fuzz/gen, built from tests/fuzz/gen.c if missing),
#        KEEP=DIR keeps the generated programs in DIR,
#        RUN=1 also builds each program with an executor and polls every async
#        fn to completion, counting the programs in which some fn panics.
#   tests/fuzz/check_rustc.sh --file F.rs   compiles one program (used by the shrinker)
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/tests/fuzz/lib.sh"

if ! command -v rustc >/dev/null 2>&1; then
	echo "skipped: rustc not found"
	exit 0
fi

if [ "${1:-}" = "--file" ]; then
	TMP=$(mktemp -d)
	trap 'rm -rf "$TMP"' EXIT
	rustc_compile "$2" "$TMP"
	exit $?
fi

N=${1:-200}
build_gen || exit 2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DIR=${KEEP:-$TMP/progs}
mkdir -p "$DIR"

ok=0
fail=0
panicky=0
s=1
while [ "$s" -le "$N" ]; do
	"$GEN" --seed "$s" --count 1 --out "$DIR" || { echo "gen failed for seed $s"; exit 2; }
	f=$DIR/gen_${s}_0.rs
	if rustc_compile "$f" "$TMP" >"$TMP/err" 2>&1; then
		ok=$((ok + 1))
		if [ "${RUN:-0}" = 1 ]; then
			rustc_run "$f" "$TMP" >"$TMP/run" 2>&1
			rc=$?
			if grep -q '^panic' "$TMP/run"; then panicky=$((panicky + 1)); fi
			if [ $rc != 0 ] || grep -q '^stuck' "$TMP/run"; then
				fail=$((fail + 1))
				echo "FAIL $f (gen --seed $s): run exit $rc"
				head -5 "$TMP/run"
			fi
		fi
	else
		fail=$((fail + 1))
		if [ -z "${KEEP:-}" ]; then
			mkdir -p "$ROOT/tests/fuzz/failures"
			cp "$f" "$ROOT/tests/fuzz/failures/"
			f=tests/fuzz/failures/gen_${s}_0.rs
		fi
		echo "FAIL $f (gen --seed $s)"
		grep -E '^(error|warning: unused)|^ *--> ' "$TMP/err" | grep -v '^warning' | head -6
	fi
	s=$((s + 1))
done
echo "$ok/$N compiled"
[ "${RUN:-0}" = 1 ] && echo "run: $panicky/$ok programs have a fn that panics"
[ "$fail" = 0 ]
