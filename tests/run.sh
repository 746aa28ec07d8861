#!/bin/sh
# Golden-file test runner (cproc style): one line per failure, `N/M passed` per
# suite. BLESS=1 rewrites the expected files from the tool's output; read the
# diff (git diff) before committing it.
#   tests/mir/*.mir          print(parse(x)) == x, `//` comment lines excluded
#   tests/mir/bad/*.mir      rejected; first stderr line == NAME.err
#   tests/build/*.rs         `coroslim build` == NAME.mir (and --release == NAME.release.mir)
#   tests/rust/invalid/*.rs  rejected with exit 1 at the line of `//~ ERROR msg`, message containing msg
#   tests/run/*.mir          `coroslim run --entry foo` == NAME.out
#   tests/opt/*.rs           `coroslim opt --passes=P` diff == NAME.P.diff (see tests/opt/README)
#   tests/emit/*.rs|*.mir    `coroslim emit --harness` (flags from a `//@ emit:` line) == NAME.emit.rs,
#                            or, when NAME.err exists, rejected: first stderr line == NAME.err
#   bench                    `coroslim stats --jobs=1` == `--jobs=3`
#   tests/warn/*.rs          `coroslim build` stderr == NAME.warn (rustc's warnings), exit 0; none with -A warnings
#   relocate-upvars          no future grows (tests/opt/no_growth.py); check on bench/upvars
#   tests/rust, bench        `coroslim check` on every program (not with NO_CHECK=1)
# The Makefile's golden target runs it a second time with COROSLIM_JOBS=3 and
# NO_CHECK=1: every output must be the same when the threaded paths (fn bodies,
# the verifier, stats) run on three threads whatever the input's size.
set -u
BIN=${1:-./coroslim}
BLESS=${BLESS:-0}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
total_fail=0

suite_begin() { suite=$1; pass=0; count=0; }
suite_end() { echo "$suite: $pass/$count passed"; [ "$pass" = "$count" ] || total_fail=1; }
ok() { pass=$((pass + 1)); count=$((count + 1)); }
bad() { count=$((count + 1)); echo "FAIL $suite: $1"; }

# 1. round trip of the textual IR
suite_begin mir-roundtrip
for f in tests/mir/*.mir; do
	[ -e "$f" ] || continue
	grep -v '^[[:space:]]*//' "$f" >"$TMP/want"
	if "$BIN" print "$f" >"$TMP/got" 2>"$TMP/err" && cmp -s "$TMP/want" "$TMP/got"; then ok; else
		bad "$f"; diff "$TMP/want" "$TMP/got" | head -5; head -3 "$TMP/err"; fi
done
suite_end

# 2. malformed IR gets one located error and exit 1
suite_begin mir-errors
for f in tests/mir/bad/*.mir; do
	[ -e "$f" ] || continue
	e=${f%.mir}.err
	"$BIN" verify "$f" >/dev/null 2>"$TMP/err"; rc=$?
	head -1 "$TMP/err" >"$TMP/got"
	if [ "$BLESS" = 1 ] && [ $rc = 1 ]; then cp "$TMP/got" "$e"; fi
	if [ $rc = 1 ] && [ -e "$e" ] && cmp -s "$e" "$TMP/got"; then ok; else
		bad "$f (exit $rc): $(cat "$TMP/got")"; fi
done
suite_end

# 3. frontend goldens
suite_begin build
for f in tests/build/*.rs; do
	[ -e "$f" ] || continue
	for mode in debug release; do
		if [ $mode = debug ]; then want=${f%.rs}.mir; flag=; else want=${f%.rs}.release.mir; flag=--release; fi
		[ $mode = release ] && [ ! -e "$want" ] && continue
		"$BIN" build "$f" $flag >"$TMP/got" 2>"$TMP/err"; rc=$?
		[ "$BLESS" = 1 ] && [ $rc = 0 ] && cp "$TMP/got" "$want"
		if [ $rc = 0 ] && cmp -s "$want" "$TMP/got"; then ok; else
			bad "$f ($mode)"; diff "$want" "$TMP/got" 2>&1 | head -5; head -3 "$TMP/err"; fi
	done
done
suite_end

# 4. invalid Rust: a located, specific error
suite_begin rust-errors
for f in tests/rust/invalid/*.rs; do
	[ -e "$f" ] || continue
	ann=$(grep -n '//~' "$f" | head -1)
	line=${ann%%:*}
	case "$ann" in *'//~^'*) line=$((line - 1));; esac
	msg=$(printf '%s' "$ann" | sed 's/.*\/\/~^* *ERROR *//; s/^\[E[0-9]*\] *//') # `[E0499]`: rustc's code (compile_all.py)
	"$BIN" build "$f" >/dev/null 2>"$TMP/err"; rc=$?
	first=$(head -1 "$TMP/err")
	case "$first" in
	"$f:$line:"*": error: "*"$msg"*) [ $rc = 1 ] && ok || bad "$f: exit $rc";;
	*) bad "$f: expected $f:$line: ...$msg..., got: $first (exit $rc)";;
	esac
done
suite_end

# 4b. executor traces: `coroslim run F --entry foo` == F.out (F.mir: hand-written state machines)
suite_begin run
for f in tests/run/*.mir; do
	want=${f%.mir}.out
	[ -e "$want" ] || continue
	"$BIN" run "$f" --entry foo >"$TMP/got" 2>&1
	[ "$BLESS" = 1 ] && cp "$TMP/got" "$want"
	if cmp -s "$want" "$TMP/got"; then ok; else bad "$f"; diff "$want" "$TMP/got" | head -5; fi
done
# the swapped-arms machine must behave differently from the original
if [ -e tests/run/two_await.out ] && cmp -s tests/run/two_await.out tests/run/two_await_swapped.out; then
	bad "tests/run/two_await_swapped.mir runs like the original"; else ok; fi
suite_end

# 5. pass goldens (tests/opt/run.sh compares or, with BLESS=1, rewrites the .diff files)
if [ -x tests/opt/run.sh ] || [ -f tests/opt/run.sh ]; then
	if [ "$BLESS" = 1 ]; then sh tests/opt/run.sh "$BIN" bless; else sh tests/opt/run.sh "$BIN"; fi || total_fail=1
fi

# 5b. the custom-MIR crates of `coroslim emit` (`make rustc-emit` compiles them with rustc)
suite_begin emit
for f in tests/emit/*.rs tests/emit/*.mir; do
	[ -e "$f" ] || continue
	case "$f" in *.emit.rs) continue;; esac
	base=${f%.*}
	flags=$(sed -n 's/^[[:space:]]*\/\/@ emit: *//p' "$f" | head -1)
	# shellcheck disable=SC2086
	"$BIN" emit "$f" --harness $flags >"$TMP/got" 2>"$TMP/err"; rc=$?
	if [ -e "$base.err" ] || { [ "$BLESS" = 1 ] && [ $rc = 1 ]; }; then
		head -1 "$TMP/err" >"$TMP/got"
		[ "$BLESS" = 1 ] && [ $rc = 1 ] && cp "$TMP/got" "$base.err"
		if [ $rc = 1 ] && cmp -s "$base.err" "$TMP/got"; then ok; else
			bad "$f (exit $rc): $(cat "$TMP/got")"; fi
		continue
	fi
	[ "$BLESS" = 1 ] && [ $rc = 0 ] && cp "$TMP/got" "$base.emit.rs"
	if [ $rc = 0 ] && cmp -s "$base.emit.rs" "$TMP/got"; then ok; else
		bad "$f (exit $rc)"; diff "$base.emit.rs" "$TMP/got" 2>&1 | head -5; head -3 "$TMP/err"; fi
done
suite_end

# 5c. rustc's warnings (warn28): `coroslim build F` prints F.warn's lines on stderr (rustc 1.95's
#     warn-by-default lints, in its order; `make rustc-warnings` compares them with rustc), exit 0;
#     with -A warnings none (of a rejected one, its error lines)
suite_begin warn
for f in tests/warn/*.rs; do
	[ -e "$f" ] || continue
	want=${f%.rs}.warn
	# rejected_*.rs (warn29): rustc rejects them; their .warn is the error line, then the warnings
	exp=0; case $f in tests/warn/rejected_*) exp=1;; esac
	"$BIN" build "$f" >/dev/null 2>"$TMP/err"; rc=$?
	[ "$BLESS" = 1 ] && [ $rc = $exp ] && cp "$TMP/err" "$want"
	if [ $rc = $exp ] && cmp -s "$want" "$TMP/err"; then ok; else
		bad "$f (exit $rc)"; diff "$want" "$TMP/err" 2>&1 | head -5; fi
	# with -A warnings: only the error lines (lint38: a denied lint's too)
	"$BIN" build "$f" -A warnings >/dev/null 2>"$TMP/err"; rc=$?
	grep ': error: ' "$want" >"$TMP/want_err"
	if [ $rc = $exp ] && cmp -s "$TMP/want_err" "$TMP/err"; then ok
	else bad "$f -A warnings (exit $rc)"; head -3 "$TMP/err"; fi
done
suite_end

# 6. stats on the bench corpus: the same with its threaded paths on one thread and on three
suite_begin stats-jobs
for mode in debug release; do
	flag=; [ $mode = release ] && flag=--release
	"$BIN" stats bench/*.rs $flag --format=json --jobs=1 >"$TMP/s1" 2>&1; r1=$?
	"$BIN" stats bench/*.rs $flag --format=json --jobs=3 >"$TMP/s3" 2>&1; r3=$?
	if [ $r1 = 0 ] && [ $r3 = 0 ] && [ -s "$TMP/s1" ] && cmp -s "$TMP/s1" "$TMP/s3"; then ok; else
		bad "stats bench/*.rs $flag: --jobs=1 and --jobs=3 differ (exit $r1, $r3)"; fi
done
suite_end

# 6b. relocate-upvars (issue 26): no future grows (tests/opt/no_growth.py), and
#     `coroslim check` on bench/upvars (rust-lang/rust#62958/#59087/#108906 in the subset)
python3 tests/opt/no_growth.py "$BIN" || total_fail=1
if [ "${NO_CHECK:-0}" != 1 ]; then
	suite_begin upvars-check
	for f in bench/upvars/*.rs; do
		for flag in "" --release --panic=abort; do
			# shellcheck disable=SC2086
			if "$BIN" check "$f" $flag >"$TMP/uv" 2>&1; then ok; else bad "$f $flag"; tail -3 "$TMP/uv"; fi
		done
	done
	suite_end
fi

# 7. differential check of every program, debug and release, two at a time
[ "${NO_CHECK:-0}" = 1 ] && exit $total_fail
suite_begin check
ls tests/rust/*.rs bench/*.rs 2>/dev/null | grep -v '/prelude\.rs$' >"$TMP/progs"
for mode in debug release; do
	flag=; [ $mode = release ] && flag=--release
	xargs -P 2 -I{} sh -c '"$1" check "$2" $3 >"$4/$(echo "$2" | tr / _).$5.out" 2>&1 || echo "$2" >>"$4/failed.$5"' _ "$BIN" {} "$flag" "$TMP" $mode <"$TMP/progs"
	n=$(wc -l <"$TMP/progs")
	nf=0; [ -e "$TMP/failed.$mode" ] && nf=$(wc -l <"$TMP/failed.$mode")
	count=$((count + n)); pass=$((pass + n - nf))
	if [ "$nf" != 0 ]; then
		while read -r f; do echo "FAIL check: $f ($mode)"; tail -3 "$TMP/$(echo "$f" | tr / _).$mode.out"; done <"$TMP/failed.$mode"
	fi
done
suite_end

exit $total_fail
