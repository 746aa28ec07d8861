#!/bin/sh
# fuzz-diff.sh [N | FIRST-LAST] — differential campaign over generated programs.
#
# For every seed (1..N, default 100, or FIRST..LAST) generate program 0 of that
# seed (tests/fuzz/gen*.c) and run
#     $BIN check FILE                  $BIN check FILE --release
# and, for each pass P in $PASSES (space or comma separated, default none),
#     $BIN check FILE --passes=P       $BIN check FILE --passes=P --release
# `coroslim check` compares traces before/after the state transform and each
# pass under every schedule and ends with
#     check FILE: N fns, M schedules, K stages: ok|FAILED
# Every run is one of:
#   ok        exit 0 and the `: ok` summary line (its M schedules are summed)
#   crash     exit status >= 128 (abort, signal), a timeout, `internal error`,
#             or sanitizer output
#   mismatch  anything else: a trace difference (FAILED), the frontend
#             rejecting a program rustc accepts, a missing summary line
# Each failing run counts once. The closing line is
#     fuzz-diff: P programs, S schedules, M mismatches, C crashes
# and the exit status is 1 on any mismatch or crash (2 on a usage error).
#
# A failing program is copied to tests/fuzz/failures/gen_S_0.rs with a .log
# (command and output) and shrunk by line-deletion delta debugging: a deletion
# of a span (a line, or a statement/block/fn spanning lines up to where its
# brackets balance) is kept when rustc still compiles the program (as in
# check_rustc.sh) and coroslim still fails the same way (same kind; for
# mismatches the same stage, for crashes the same message). The reproducer is
# gen_S_0.min.rs.
#
# env: BIN (./coroslim), PASSES, GEN (build/fuzz/gen), TIMEOUT (seconds per
#      run, 60), SHRINK (1; 0 = no shrinking), MAX_SHRINK (shrink at most this
#      many failing programs, 5), FAILDIR (tests/fuzz/failures),
#      STOP=1 stop at the first failing program.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/tests/fuzz/lib.sh"

BIN=${BIN:-./coroslim}
PASSES=$(printf '%s' "${PASSES:-}" | tr ',' ' ')
TIMEOUT=${TIMEOUT:-60}
SHRINK=${SHRINK:-1}
MAX_SHRINK=${MAX_SHRINK:-5}
FAILDIR=${FAILDIR:-$ROOT/tests/fuzz/failures}
STOP=${STOP:-0}

range=${1:-100}
case "$range" in
*-*) first=${range%-*}; last=${range#*-} ;;
*) first=1; last=$range ;;
esac
case "$first$last" in
'' | *[!0-9]*) echo "usage: fuzz-diff.sh [N | FIRST-LAST]" >&2; exit 2 ;;
esac
if ! command -v "$BIN" >/dev/null 2>&1 && [ ! -x "$BIN" ]; then
	echo "fuzz-diff: no executable $BIN (make, or set BIN)" >&2
	exit 2
fi
build_gen || exit 2
have_rustc=0
command -v rustc >/dev/null 2>&1 && have_rustc=1
have_timeout=0
command -v timeout >/dev/null 2>&1 && have_timeout=1

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The flag sets, one per line.
configs() {
	echo ""
	echo "--release"
	for p in $PASSES; do
		echo "--passes=$p"
		echo "--passes=$p --release"
	done
}

# run_check FILE FLAGS: run coroslim, leave its output in $TMP/out and set
# $kind (ok|crash|mismatch|usage), $sig (what to preserve while shrinking)
# and $scheds.
run_check() {
	# shellcheck disable=SC2086 # FLAGS is a word list
	if [ $have_timeout = 1 ]; then
		timeout "$TIMEOUT" "$BIN" check "$1" $2 >"$TMP/out" 2>&1 </dev/null
	else
		"$BIN" check "$1" $2 >"$TMP/out" 2>&1 </dev/null
	fi
	rc=$?
	scheds=0
	sig=
	if [ $have_timeout = 1 ] && [ $rc = 124 ]; then
		kind=crash
		sig="timeout"
		echo "fuzz-diff: timeout after ${TIMEOUT}s" >>"$TMP/out"
	elif [ $rc -ge 128 ] || grep -q -E 'internal error|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|runtime error:' "$TMP/out"; then
		kind=crash
		# the first internal-error/sanitizer line, without numbers (addresses, lines)
		sig=$(grep -m1 -E 'internal error|ERROR: [A-Za-z]*Sanitizer|runtime error:' "$TMP/out" |
			sed -e 's/^[^ ]*: //' -e 's/0x[0-9a-f]*//g' -e 's/[0-9][0-9]*/N/g')
		[ -n "$sig" ] || sig="exit $rc"
	elif [ $rc = 2 ]; then
		kind=usage
	elif [ $rc = 0 ] && grep -q -E ': [0-9]+ fns, [0-9]+ schedules, [0-9]+ stages: ok$' "$TMP/out"; then
		kind=ok
		scheds=$(sed -n 's/.*: [0-9]* fns, \([0-9]*\) schedules, [0-9]* stages: ok$/\1/p' "$TMP/out" |
			awk '{ s += $1 } END { print s + 0 }')
	else
		kind=mismatch
		stage=$(grep -m1 -o 'after [^:]*: first difference' "$TMP/out" | sed 's/: first difference//')
		if [ -n "$stage" ]; then
			sig="mismatch $stage"
		elif grep -q 'error:' "$TMP/out"; then
			# the frontend (or checker) refused the program: keep the message, not the place
			sig="rejected: $(grep -m1 'error:' "$TMP/out" | sed 's/.*error: //')"
		else
			sig="exit $rc, no summary line"
		fi
	fi
}

# still_fails FILE FLAGS SIG: 0 if FILE compiles with rustc and fails the same way.
still_fails() {
	run_check "$1" "$2"
	[ "$kind" != ok ] && [ "$kind" != usage ] && [ "$kind $sig" = "$3" ] || return 1
	if [ $have_rustc = 1 ]; then
		mkdir -p "$TMP/rc"
		rustc_compile "$1" "$TMP/rc" >/dev/null 2>&1 </dev/null || return 1
	fi
	return 0
}

# Every deletable span of FILE as `START END`, highest START first: from a line
# to the line where its brackets balance again (a statement, a block, a fn),
# single lines included; lines that close more than they open are skipped.
spans() {
	awk '{ d[NR] = gsub(/[{([]/, "&") - gsub(/[])}]/, "&") }
	END {
		for (i = NR; i >= 1; i--) {
			depth = 0
			for (j = i; j <= NR; j++) {
				depth += d[j]
				if (depth < 0) break
				if (depth == 0) { print i, j; break }
			}
		}
	}' "$1"
}

# shrink SRC DST FLAGS SIG: delete spans bottom-up while the failure stays the
# same, in rounds until a round deletes nothing (at most 8 rounds).
shrink() {
	cp "$1" "$TMP/cur.rs"
	tests=0
	round=0
	while [ $round -lt 8 ]; do
		round=$((round + 1))
		changed=0
		limit=$(($(wc -l <"$TMP/cur.rs") + 1))
		while :; do
			next=$(spans "$TMP/cur.rs" | awk -v lim="$limit" '$1 < lim { print; exit }')
			[ -n "$next" ] || break
			i=${next% *}
			j=${next#* }
			limit=$i
			sed -e "${i},${j}d" "$TMP/cur.rs" >"$TMP/cand.rs"
			tests=$((tests + 1))
			if still_fails "$TMP/cand.rs" "$3" "$4"; then
				mv "$TMP/cand.rs" "$TMP/cur.rs"
				changed=1
			fi
		done
		[ $changed = 1 ] || break
	done
	cp "$TMP/cur.rs" "$2"
	echo "  shrunk $(wc -l <"$1") -> $(wc -l <"$2") lines in $tests tests"
}

programs=0
schedules=0
mismatches=0
crashes=0
shrunk=0
s=$first
while [ "$s" -le "$last" ]; do
	"$GEN" --seed "$s" --count 1 --out "$TMP" || { echo "fuzz-diff: gen failed for seed $s" >&2; exit 2; }
	f=$TMP/gen_${s}_0.rs
	programs=$((programs + 1))
	failed_here=0
	configs >"$TMP/configs"
	while IFS= read -r flags; do
		run_check "$f" "$flags"
		case $kind in
		ok)
			schedules=$((schedules + scheds))
			continue ;;
		usage)
			echo "fuzz-diff: usage error from $BIN check FILE $flags:" >&2
			head -3 "$TMP/out" >&2
			exit 2 ;;
		crash) crashes=$((crashes + 1)) ;;
		mismatch) mismatches=$((mismatches + 1)) ;;
		esac
		mkdir -p "$FAILDIR"
		keep=$FAILDIR/gen_${s}_0.rs
		cp "$f" "$keep"
		sed "s|$f|$keep|g" "$TMP/out" >"$TMP/shown"
		{
			echo "# $BIN check $keep $flags"
			echo "# $kind: $sig"
			cat "$TMP/shown"
		} >>"${keep%.rs}.log"
		echo "$kind: seed $s: $BIN check ${keep#"$ROOT"/} $flags"
		grep -v -E ': [0-9]+ fns, [0-9]+ schedules' "$TMP/shown" | head -2 | sed 's/^/  /'
		if [ $failed_here = 0 ] && [ "$SHRINK" = 1 ] && [ $shrunk -lt "$MAX_SHRINK" ]; then
			if [ $have_rustc = 0 ] && [ $kind = mismatch ]; then
				echo "  not shrunk: rustc not found (it keeps the candidates valid)"
			else
				want="$kind $sig"
				shrink "$f" "${keep%.rs}.min.rs" "$flags" "$want"
				shrunk=$((shrunk + 1))
				echo "  reproducer: ${keep%.rs}.min.rs ($BIN check FILE $flags)"
			fi
		fi
		failed_here=1
	done <"$TMP/configs"
	if [ $failed_here = 1 ] && [ "$STOP" = 1 ]; then
		break
	fi
	s=$((s + 1))
done
echo "fuzz-diff: $programs programs, $schedules schedules, $mismatches mismatches, $crashes crashes"
[ $mismatches = 0 ] && [ $crashes = 0 ]
