#!/usr/bin/env python3
"""compare_mir.py must find a sync fn that differs, name its first differing block, exit 1, and honour
its allowlist (a matching rule: `known`, exit 0; a rule that matches nothing: STALE, exit 1).

usage: tests/rustc/compare_mir_selftest.py [--coroslim ./coroslim]

A wrapper stands in for coroslim: it runs the real binary and changes one statement of the sync fn
`square` of tests/rust/sync_fns.rs in `build`'s output (`MulWithOverflow` becomes `AddWithOverflow`), as a frontend
bug would. Prints `skipped` and exits 0 without rustc.
"""
import os
import stat
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import common  # noqa: E402

PROG = "tests/rust/sync_fns.rs"
WRAPPER = """#!/bin/sh
# coroslim with fn square's multiplication made an addition in `build`'s output
if [ "$1" = build ]; then
  "%s" "$@" | awk '/^fn square\\(/ { s = 1 } s && /MulWithOverflow/ { sub(/MulWithOverflow/, "AddWithOverflow") } /^}/ { s = 0 } { print }'
else
  exec "%s" "$@"
fi
"""
failures = []


def run(binary, known, configs="debug-unwind"):
    env = dict(os.environ, COMPARE_MIR_KNOWN=known)
    return subprocess.run([sys.executable, os.path.join(HERE, "compare_mir.py"), "--coroslim=" + binary,
                           "--configs=" + configs, PROG], capture_output=True, text=True, cwd=ROOT, env=env)


def check(cond, what, r=None):
    if not cond:
        failures.append(what)
        print("FAIL %s%s" % (what, "\n" + r.stdout + r.stderr if r is not None else ""))
    return cond


def main():
    binary = os.path.join(ROOT, "coroslim")
    if len(sys.argv) == 3 and sys.argv[1] == "--coroslim":
        binary = os.path.abspath(sys.argv[2])
    common.require_rustc()
    with tempfile.TemporaryDirectory(prefix="coroslim_mir_self_") as tmp:
        wrap = os.path.join(tmp, "coroslim")
        with open(wrap, "w") as f:
            f.write(WRAPPER % (binary, binary))
        os.chmod(wrap, os.stat(wrap).st_mode | stat.S_IXUSR)
        empty = os.path.join(tmp, "none")
        open(empty, "w").close()
        r = run(binary, empty)
        check(r.returncode == 0 and "0 known" in r.stdout, "the real coroslim: exit %d" % r.returncode, r)
        r = run(wrap, empty)
        check(r.returncode == 1 and "FAIL %s debug-unwind" % PROG in r.stdout and
              "    fn square: first differing block bb0: coroslim `_4 = AddWithOverflow(" in r.stdout and
              "fn-after square" not in r.stdout,
              "a changed sync fn: exit %d, not named with its first differing block" % r.returncode, r)
        rule = os.path.join(tmp, "rule")
        with open(rule, "w") as f:
            f.write("# a comment\n%s | debug-* | fn | squ* | the selftest's wrapper\n" % PROG)
        r = run(wrap, rule)
        check(r.returncode == 0 and "known fn square:" in r.stdout and "the selftest's wrapper" in r.stdout
              and ", 1 known" in r.stdout, "an allowlisted difference: exit %d" % r.returncode, r)
        r = run(binary, rule)
        check(r.returncode == 1 and "STALE" in r.stdout, "a rule that matches nothing: exit %d" % r.returncode, r)
        r = run(binary, rule, "release-abort")
        check(r.returncode == 0 and "STALE" not in r.stdout,
              "a rule for configs not run is not stale: exit %d" % r.returncode, r)
        with open(rule, "w") as f:
            f.write("%s | fn | square\n" % PROG)
        r = run(binary, rule)
        check(r.returncode != 0 and "error: expected PROGRAM | CONFIG | WHAT | FN | WHY" in r.stderr,
              "a malformed rule: exit %d" % r.returncode, r)
    if failures:
        print("%d checks failed" % len(failures))
        return 1
    print("compare_mir selftest: 6/6 checks passed (a changed sync fn found and named, allowlist, STALE)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
