#!/bin/sh
# tests/opt/run.sh BIN [bless] — golden pass tests in the style of rustc's
# mir-opt `.diff` files (see README.md). For every NAME.rs with a header line
# `// PASS: pass[,pass...]` (and optionally `// FLAGS: --release ...`):
#   1. the unified diff between `BIN lower NAME.rs FLAGS` and
#      `BIN opt NAME.rs --passes=PASS FLAGS` must equal NAME.P.diff, where P
#      is the pass list with `,` replaced by `+` (an empty file: must not fire);
#   2. `BIN check NAME.rs --passes=PASS FLAGS` must report ok (with a header line
#      `// CHECK: incomplete`: INCOMPLETE, for a future that never completes, whose
#      every run reaches the interpreter's step limit).
# `bless` (or BLESS=1) rewrites the .diff files from the tool's output: read
# them (git diff) before committing. Prints one line per failure and
# `opt: N/M passed`; exits 1 on any failure.
set -u
BIN=${1:-./coroslim}
BLESS=${BLESS:-0}
[ "${2:-}" = bless ] && BLESS=1
DIR=$(dirname "$0")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
count=0
for f in "$DIR"/*.rs; do
	[ -e "$f" ] || continue
	name=$(basename "$f" .rs)
	passes=$(sed -n 's#^// PASS: *\([^ ]*\).*#\1#p' "$f" | head -1)
	flags=$(sed -n 's#^// FLAGS: *##p' "$f" | head -1)
	verdict=$(sed -n 's#^// CHECK: *\([a-z]*\).*#\1#p' "$f" | head -1)
	count=$((count + 1))
	if [ -z "$passes" ]; then
		echo "FAIL opt: $f: no // PASS: line"
		continue
	fi
	want="$DIR/$name.$(printf '%s' "$passes" | tr ',' '+').diff"
	# shellcheck disable=SC2086
	if ! "$BIN" lower "$f" $flags >"$TMP/lower" 2>"$TMP/err" ||
	   ! "$BIN" opt "$f" --passes="$passes" --verify-each $flags >"$TMP/opt" 2>>"$TMP/err"; then
		echo "FAIL opt: $f: $(head -1 "$TMP/err")"
		continue
	fi
	diff -u "$TMP/lower" "$TMP/opt" |
		sed -e "1s#^--- .*#--- $name.rs (lower${flags:+ $flags})#" \
		    -e "2s#^+++ .*#+++ $name.rs (opt --passes=$passes${flags:+ $flags})#" >"$TMP/got"
	[ "$BLESS" = 1 ] && cp "$TMP/got" "$want"
	if [ ! -e "$want" ]; then
		echo "FAIL opt: $f: missing $want (run with bless)"
		continue
	fi
	if ! cmp -s "$want" "$TMP/got"; then
		echo "FAIL opt: $f: output differs from $want"
		diff "$want" "$TMP/got" | head -10
		continue
	fi
	# shellcheck disable=SC2086
	"$BIN" check "$f" --passes="$passes" $flags >"$TMP/check" 2>&1
	rc=$?
	if [ "$verdict" = incomplete ]; then
		if [ $rc != 1 ] || ! tail -1 "$TMP/check" | grep -q ': INCOMPLETE ('; then
			echo "FAIL opt: $f: check --passes=$passes $flags: expected INCOMPLETE (exit $rc)"
			tail -3 "$TMP/check"
			continue
		fi
	elif [ $rc != 0 ]; then
		echo "FAIL opt: $f: check --passes=$passes $flags"
		grep -v ': ok$' "$TMP/check" | head -5
		continue
	fi
	pass=$((pass + 1))
done
echo "opt: $pass/$count passed"
[ "$pass" = "$count" ]
