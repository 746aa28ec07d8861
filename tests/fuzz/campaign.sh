#!/bin/sh
# campaign.sh N [FIRST_SEED] — the batch form of fuzz-diff.sh for large N:
# generates programs in batches of 500 (tests/fuzz/gen*.c) and checks each batch
# with one `coroslim check` process per build mode (every stage: the transform,
# each pass alone, the whole pipeline; every schedule), two batches at a time.
# Prints one closing line and exits 1 on any mismatch, verifier failure, crash
# or sanitizer report; failing programs are copied to tests/fuzz/failures/
# (shrink them with `sh tests/fuzz/fuzz-diff.sh` on the seed, which has a shrinker).
# env: BIN (./coroslim), GEN (build/fuzz/gen), JOBS (2), BATCH (500),
# COROSLIM_JOBS (2: every program's bodies are built on two threads, although
# a program this small would otherwise be built on one)
set -u
N=${1:-2000}
FIRST=${2:-1}
BIN=${BIN:-./coroslim}
GEN=${GEN:-build/fuzz/gen}
JOBS=${JOBS:-2}
BATCH=${BATCH:-500}
COROSLIM_JOBS=${COROSLIM_JOBS:-2}
export COROSLIM_JOBS
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ -n "${CAMPAIGN_TMP:-}" ]; then
	TMP=$CAMPAIGN_TMP
else
	TMP=$(mktemp -d)
	trap 'rm -rf "$TMP"' EXIT
fi
[ -x "$GEN" ] || { echo "campaign: $GEN not built (make $GEN)" >&2; exit 2; }

if [ -z "${CAMPAIGN_BATCH:-}" ]; then
	nb=$(((N + BATCH - 1) / BATCH))
	i=0
	while [ $i -lt $nb ]; do echo $i; i=$((i + 1)); done >"$TMP/batches"
fi

# one batch: seed = FIRST + b, programs gen_SEED_0..BATCH-1 (fewer for the last)
run_batch() {
	b=$1
	d=$TMP/batch.$b
	mkdir -p "$d"
	count=$BATCH
	left=$((N - b * BATCH))
	[ $left -lt $count ] && count=$left
	"$GEN" --seed $((FIRST + b)) --count $count --out "$d" >/dev/null 2>&1 || { echo "gen failed" >"$d/status"; return; }
	for mode in debug release; do
		flag=; [ $mode = release ] && flag=--release
		# shellcheck disable=SC2086
		"$BIN" check "$d"/*.rs $flag >"$d/$mode.out" 2>"$d/$mode.err"
		echo $? >"$d/$mode.rc"
	done
}
if [ "${CAMPAIGN_BATCH:-}" != "" ]; then
	run_batch "$CAMPAIGN_BATCH"
	exit 0
fi
xargs -P "$JOBS" -I{} env CAMPAIGN_BATCH={} CAMPAIGN_TMP="$TMP" sh "$0" "$N" "$FIRST" <"$TMP/batches"

programs=0 schedules=0 mismatches=0 crashes=0
mkdir -p "$ROOT/tests/fuzz/failures"
for d in "$TMP"/batch.*; do
	[ -e "$d/status" ] && { echo "campaign: $(cat "$d/status") in $d" >&2; crashes=$((crashes + 1)); continue; }
	programs=$((programs + $(ls "$d"/*.rs | wc -l)))
	for mode in debug release; do
		s=$(sed -n 's/^check .*: [0-9]* fns, \([0-9]*\) schedules, .*: ok$/\1/p' "$d/$mode.out" | awk '{t += $1} END {print t + 0}')
		schedules=$((schedules + s))
		rc=$(cat "$d/$mode.rc")
		bad=$(grep -c ': FAILED$' "$d/$mode.out")
		if grep -q -E 'internal error|runtime error|AddressSanitizer|LeakSanitizer' "$d/$mode.err" || [ "$rc" -ge 128 ]; then
			crashes=$((crashes + 1))
			echo "crash ($mode) in batch $d:"; grep -E 'internal error|runtime error|Sanitizer' "$d/$mode.err" | head -3
		fi
		if [ "$bad" -gt 0 ]; then
			mismatches=$((mismatches + bad))
			grep ': FAILED$' "$d/$mode.out" | sed 's/^check \([^:]*\): .*/\1/' | while read -r f; do
				cp "$f" "$ROOT/tests/fuzz/failures/"
				echo "mismatch ($mode): tests/fuzz/failures/$(basename "$f")"
				grep -F "$f:" "$d/$mode.out" | grep -v '^check ' | head -2 | sed 's/^/  /'
			done
		fi
	done
done
echo "fuzz-campaign: $programs programs, $schedules schedules, $mismatches mismatches, $crashes crashes"
[ $mismatches = 0 ] && [ $crashes = 0 ]
