#!/bin/sh
# The textual IR round-trips whole programs (issue 22 item 3): for every program given
# (default: tests/{build,opt,rust}/*.rs and bench/*.rs), `print` -> parse -> `print`
# gives identical text, the lowered module (`lower`) too, and the printed .mir behaves
# as the .rs: `check` says the same, and `run --entry F` of every async fn prints the
# same trace, and `emit --harness` writes the same crate. Programs that do not build
# (prelude.rs) are skipped.
#   sh tests/mir/corpus_roundtrip.sh BIN [--sample=N] [FILE.rs...]
# --sample=N: every Nth program of the list (`make check` runs a sample; `make
# mir-corpus` all of them).
set -u
BIN=${1:-./coroslim}
[ $# -gt 0 ] && shift
step=1
case "${1:-}" in --sample=*) step=${1#--sample=}; shift;; esac
[ $# -eq 0 ] && set -- tests/build/*.rs tests/opt/*.rs tests/rust/*.rs bench/*.rs
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0 count=0 skipped=0 i=0
bad() { count=$((count + 1)); echo "FAIL mir-corpus: $1"; }
for f in "$@"; do
	i=$((i + 1))
	[ $(( (i - 1) % step )) -eq 0 ] || continue
	if ! "$BIN" print "$f" >"$TMP/p.mir" 2>/dev/null; then skipped=$((skipped + 1)); continue; fi
	# the program's `//@ args:` lines (comments in a .mir too), so that check and run use the same arguments
	grep '^[[:space:]]*//@ args:' "$f" >"$TMP/a.mir"
	cat "$TMP/p.mir" >>"$TMP/a.mir"
	# print -> parse -> print, before and after the state transform
	if ! "$BIN" print "$TMP/a.mir" >"$TMP/b.mir" 2>"$TMP/err" || ! cmp -s "$TMP/p.mir" "$TMP/b.mir"; then
		bad "$f: print of its print differs: $(head -1 "$TMP/err")"; diff "$TMP/p.mir" "$TMP/b.mir" | head -5; continue; fi
	"$BIN" lower "$f" >"$TMP/l.mir" 2>/dev/null
	if ! "$BIN" print "$TMP/l.mir" >"$TMP/m.mir" 2>"$TMP/err" || ! cmp -s "$TMP/l.mir" "$TMP/m.mir"; then
		bad "$f: print of its lower differs: $(head -1 "$TMP/err")"; diff "$TMP/l.mir" "$TMP/m.mir" | head -5; continue; fi
	# the same behaviour: check's verdict, and every async fn's trace
	"$BIN" check "$f" >"$TMP/c1" 2>&1; r1=$?
	"$BIN" check "$TMP/a.mir" >"$TMP/c2" 2>&1; r2=$?
	sed "s#$TMP/a.mir#$f#g" "$TMP/c2" >"$TMP/c2s"
	if [ $r1 != $r2 ] || ! cmp -s "$TMP/c1" "$TMP/c2s"; then
		bad "$f: check of the .mir (exit $r2) differs from the .rs's (exit $r1)"; diff "$TMP/c1" "$TMP/c2s" | head -5; continue; fi
	ok=1
	for e in $(sed -n 's/^fn \([A-Za-z_][A-Za-z0-9_:]*\)(.*-> {async fn body of \1()} {$/\1/p' "$TMP/a.mir"); do
		"$BIN" run "$f" --entry "$e" -A warnings >"$TMP/r1" 2>&1; r1=$?  # the .mir has no warnings (warn28)
		"$BIN" run "$TMP/a.mir" --entry "$e" >"$TMP/r2" 2>&1; r2=$?
		sed "s#$TMP/a.mir#$f#g" "$TMP/r2" >"$TMP/r2s"
		# a run that reaches the step limit on both sides counts its steps differently (.rs:
		# built and transformed in one go; .mir: parsed, then transformed): the verdicts agree
		if [ $r1 = $r2 ] && [ "$(tail -1 "$TMP/r1")" = "step limit" ] && [ "$(tail -1 "$TMP/r2s")" = "step limit" ]; then
			continue; fi
		if [ $r1 != $r2 ] || ! cmp -s "$TMP/r1" "$TMP/r2s"; then
			bad "$f: run --entry $e of the .mir (exit $r2) differs from the .rs's (exit $r1)"
			diff "$TMP/r1" "$TMP/r2s" | head -5; ok=0; break; fi
	done
	[ $ok = 1 ] || continue
	# and the same custom-MIR crate from both (`emit --harness`; the layouts of its items included)
	"$BIN" emit "$f" --harness -A warnings >"$TMP/e1" 2>&1; r1=$?
	"$BIN" emit "$TMP/a.mir" --harness >"$TMP/e2" 2>&1; r2=$?
	sed "s#$TMP/a.mir#$f#g" "$TMP/e2" >"$TMP/e2s"
	# both refuse: the same messages, each located in the file given (a fn's line in the .rs, in the
	# .mir: "parameter 1 of `f` has a type the bytes harness cannot pass", generated programs)
	if [ $r1 = 1 ] && [ $r2 = 1 ]; then
		sed 's#^[^ ]*:[0-9]*:[0-9]*: error: #error: #' "$TMP/e1" >"$TMP/e1"n && mv "$TMP/e1"n "$TMP/e1"
		sed 's#^[^ ]*:[0-9]*:[0-9]*: error: #error: #' "$TMP/e2s" >"$TMP/e2"n && mv "$TMP/e2"n "$TMP/e2s"
	fi
	if [ $r1 != $r2 ] || ! cmp -s "$TMP/e1" "$TMP/e2s"; then
		bad "$f: emit of the .mir (exit $r2) differs from the .rs's (exit $r1)"; diff "$TMP/e1" "$TMP/e2s" | head -5; continue; fi
	pass=$((pass + 1)); count=$((count + 1))
done
echo "mir-corpus: $pass/$count passed ($skipped not built)"
[ "$pass" = "$count" ]
