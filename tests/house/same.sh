#!/bin/sh
# same.sh BASE NEW — the outputs of two coroslim binaries are byte-identical
# (issue 21's "behaviour unchanged"): `lower`, `opt` (the pipeline and each pass
# alone) and `layout --format=json` on every program of tests/rust, tests/opt,
# tests/mir and bench, in debug and release, at --jobs=1 and --jobs=3; `stats
# --format=json` on the generated 1k- and 10k-fn programs of bench/speed.py.
# Prints the first differing command and exits 1; exits 0 when all agree.
BASE=${1:?usage: same.sh BASE NEW}
NEW=${2:?usage: same.sh BASE NEW}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/same.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
n=0 bad=0
cmp_cmd() { # args: a coroslim command line without the binary
	"$BASE" "$@" >"$tmp/a" 2>&1; ra=$?
	"$NEW" "$@" >"$tmp/b" 2>&1; rb=$?
	n=$((n + 1))
	if [ $ra != $rb ] || ! cmp -s "$tmp/a" "$tmp/b"; then
		echo "DIFFERS (exit $ra vs $rb): coroslim $*"
		diff "$tmp/a" "$tmp/b" | head -10
		bad=$((bad + 1))
	fi
}
files=$(ls tests/rust/*.rs tests/opt/*.rs bench/*.rs tests/mir/*.mir 2>/dev/null)
for f in $files; do
	for mode in "" "--release"; do
		cmp_cmd lower $f $mode
		cmp_cmd layout $f $mode --format=json
		for jobs in 1 3; do
			cmp_cmd opt $f $mode --jobs=$jobs
		done
		for p in elide-awaitless inline-single-await merge-states panic-to-pending; do
			cmp_cmd opt $f $mode --passes=$p
		done
	done
done
echo "same.sh: $n commands on $(echo "$files" | wc -w) programs compared" >&2
for size in 1000 10000; do
	python3 -c "import sys; sys.path.insert(0, 'bench'); import speed; sys.stdout.write(speed.generate($size)[0])" >"$tmp/gen$size.rs" || exit 1
	for jobs in 1 3; do
		cmp_cmd stats "$tmp/gen$size.rs" --format=json --jobs=$jobs
		cmp_cmd stats "$tmp/gen$size.rs" --format=json --release --jobs=$jobs
	done
	echo "same.sh: stats on $size generated fns compared" >&2
done
if [ $bad = 0 ]; then echo "same: $n commands, all outputs identical"; else echo "same: $bad of $n commands differ"; exit 1; fi
