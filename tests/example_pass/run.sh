#!/bin/sh
# tests/example_pass/run.sh BIN [bless] — the worked example of DESIGN.md,
# "Writing a pass". BIN is coroslim built with -DCOROSLIM_EXAMPLE_PASS, whose
# pipeline list has one more line: remove-storage-markers, last.
#   1. for every NAME.rs here, in debug and release: the unified diff between
#      `BIN lower NAME.rs` and `BIN opt NAME.rs --passes=remove-storage-markers`
#      must equal NAME.debug.diff / NAME.release.diff (an empty file: must not
#      fire), and `BIN check NAME.rs --passes=remove-storage-markers` says ok;
#   2. `BIN check` (the whole pipeline, the example included) on every program
#      of tests/rust, debug (where the pass fires), two at a time.
# `bless` rewrites the .diff files from the tool's output: read them (git diff)
# before committing. Exits 1 on any failure.
set -u
BIN=${1:?usage: run.sh BIN [bless]}
BLESS=0
[ "${2:-}" = bless ] && BLESS=1
DIR=$(dirname "$0")
PASS=remove-storage-markers
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0
n=0
for f in "$DIR"/*.rs; do
	name=$(basename "$f" .rs)
	for mode in debug release; do
		flag=; [ $mode = release ] && flag=--release
		want="$DIR/$name.$mode.diff"
		n=$((n + 1))
		# shellcheck disable=SC2086
		if ! "$BIN" lower "$f" $flag >"$TMP/lower" 2>"$TMP/err" ||
		   ! "$BIN" opt "$f" --passes=$PASS --verify-each $flag >"$TMP/opt" 2>>"$TMP/err"; then
			echo "FAIL example-pass: $f ($mode): $(head -1 "$TMP/err")"; fail=1; continue
		fi
		diff -u "$TMP/lower" "$TMP/opt" |
			sed -e "1s#^--- .*#--- $name.rs (lower${flag:+ $flag})#" \
			    -e "2s#^+++ .*#+++ $name.rs (opt --passes=$PASS${flag:+ $flag})#" >"$TMP/got"
		[ $BLESS = 1 ] && cp "$TMP/got" "$want"
		if [ ! -e "$want" ] || ! cmp -s "$want" "$TMP/got"; then
			echo "FAIL example-pass: $f ($mode): output differs from $want (bless to create it)"
			diff "$want" "$TMP/got" 2>&1 | head -10; fail=1; continue
		fi
		# shellcheck disable=SC2086
		if ! "$BIN" check "$f" --passes=$PASS $flag >"$TMP/check" 2>&1; then
			echo "FAIL example-pass: $f ($mode): check --passes=$PASS"
			tail -3 "$TMP/check"; fail=1
		fi
	done
done
echo "example-pass: $n goldens compared"
ls tests/rust/*.rs | grep -v '/prelude\.rs$' >"$TMP/progs"
xargs -P 2 -I{} sh -c '"$1" check "$2" >"$3/$(echo "$2" | tr / _).out" 2>&1 || echo "$2" >>"$3/failed"' \
	_ "$BIN" {} "$TMP" <"$TMP/progs"
total=$(wc -l <"$TMP/progs")
if [ -e "$TMP/failed" ]; then
	while read -r f; do echo "FAIL example-pass: check $f"; tail -3 "$TMP/$(echo "$f" | tr / _).out"; done <"$TMP/failed"
	fail=1
fi
nf=0; [ -e "$TMP/failed" ] && nf=$(wc -l <"$TMP/failed")
echo "example-pass: check with the example in the pipeline: $((total - nf))/$total programs of tests/rust ok"
exit $fail
