#!/usr/bin/env python3
"""Check the Rust corpus against rustc.

usage: tests/rustc/compile_all.py [-v] [DIRS or FILES...]   (default: tests/rust bench)

* every valid program (*.rs not under an `invalid/` directory, prelude.rs excluded)
  must compile as a bin crate: `#![allow(unused)]` + prelude + program + a
  generated `fn main()` that builds and drops every async fn's future;
  prints `ok FILE` / `FAIL FILE: first error`, then `N/M compiled`.
* every invalid program (under `invalid/`) must carry exactly one `//~ ERROR msg`
  marker and either be rejected by rustc with a first error on the marked line
  whose message contains `msg`, or be marked `not supported` (valid Rust that
  the coroslim subset refuses; then rustc should accept it). A marker
  `//~ ERROR [E0499] msg` also names the error code rustc must report
  (`make rustc-borrowck` runs the borrow conflicts' programs). Mismatches are
  printed, then `N/M invalid programs as expected`.
Exit status 1 on any failure or mismatch. Prints `skipped: rustc not found` and
exits 0 when rustc is missing.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def collect(args):
    files = []
    for a in args:
        if os.path.isdir(a):
            for dp, dns, fns in os.walk(a):
                dns.sort()
                for fn in sorted(fns):
                    if fn.endswith(".rs") and fn != "prelude.rs":
                        files.append(os.path.join(dp, fn))
        elif a.endswith(".rs"):
            files.append(a)
    return files


def is_invalid(path):
    return "invalid" in os.path.normpath(path).split(os.sep)[:-1]


def check_valid(path, verbose):
    crate = common.Crate(path)
    try:
        r = crate.rustc(["--error-format=json", "-C", "opt-level=0"])
        if r.returncode != 0:
            line, msg = common.first_error(r.stderr, crate)
            where = "%s:%s" % (path, line) if line else path
            return False, "%s: %s" % (where, msg or r.stderr.strip()[:300])
        if crate.problems:
            return False, "; ".join(crate.problems)
        return True, ""
    finally:
        crate.cleanup()


def check_invalid(path):
    src = common.read(path)
    exp = common.expected_error(src)
    if exp is None:
        return False, "no `//~ ERROR` marker"
    if exp[0] == "many":
        return False, "more than one `//~ ERROR` marker"
    line, want = exp
    code, want = common.split_code(want)
    crate = common.Crate(path, with_main=False)
    try:
        # compiled as a library: no `fn main` is appended, so an unclosed
        # delimiter is still reported at the end of the program itself
        r = crate.rustc(["--error-format=json", "-C", "opt-level=0"], crate_type="lib")
        if "not supported" in want:
            if r.returncode != 0:
                got_line, msg = common.first_error(r.stderr, crate)
                return True, "note: marked `not supported` but rustc rejects it too (line %s: %s)" % (got_line, msg)
            return True, ""
        if r.returncode == 0:
            return False, "rustc accepts it (expected `%s` on line %d)" % (want, line)
        got_line, msg, got_code = common.first_error_code(r.stderr, crate)
        label = common.first_error_label(r.stderr)
        if msg is not None and want not in msg and label and want in "%s: %s" % (msg, label):
            msg = "%s: %s" % (msg, label)  # coroslim's E0005 names the witnesses of rustc's label
        if code and got_code != code:
            return False, "expected error %s, rustc says %s `%s` on line %s" % (code, got_code, msg, got_line)
        if msg is None or want not in msg:
            return False, "expected `%s` on line %d, rustc says `%s` on line %s" % (want, line, msg, got_line)
        if got_line != line:
            return False, "expected line %d, rustc reports `%s` on line %s" % (line, msg, got_line)
        return True, ""
    finally:
        crate.cleanup()


def main(argv):
    common.require_rustc()
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    if not args:
        args = [os.path.join(common.ROOT, "tests", "rust"), os.path.join(common.ROOT, "bench")]
    files = collect(args)
    valid = [f for f in files if not is_invalid(f)]
    invalid = [f for f in files if is_invalid(f)]
    bad = 0
    ok_n = 0
    for f in valid:
        ok, msg = check_valid(f, verbose)
        if ok:
            ok_n += 1
            print("ok", f)
        else:
            bad += 1
            print("FAIL", f, "--", msg)
    print("%d/%d compiled" % (ok_n, len(valid)))
    if invalid:
        inv_ok = 0
        for f in invalid:
            ok, msg = check_invalid(f)
            if ok:
                inv_ok += 1
                if msg:
                    print(msg.replace("note:", "note: %s:" % f, 1))
                elif verbose:
                    print("ok", f)
            else:
                bad += 1
                print("MISMATCH", f, "--", msg)
        print("%d/%d invalid programs as expected" % (inv_ok, len(invalid)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
