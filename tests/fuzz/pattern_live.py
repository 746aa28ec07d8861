#!/usr/bin/env python3
"""issue 22 (pmove26): coroslim's borrow verdicts on tests/fuzz/gen's `pattern_borrow` shape against rustc's.

usage: tests/fuzz/pattern_live.py [--gen=build/fuzz/gen] [--coroslim=./coroslim] [--count=N] [--seed=S]

The programs of seeds S.. (program 0) holding the shape, each generated twice: as is (every
reference used before the pattern: rustc accepts) and with `gen --live` (used after it: rustc
rejects forms 0-4 with E0505 / E0503, accepts forms 5-7; forms 8-12, tree27: a match's tests of
different fields, inside variants, of an integer field, a full range). coroslim must give rustc's
verdict, and when both reject, rustc's first error's line, column and message. Prints one line per mismatch,
then `N/M verdicts as rustc's` (and how many rejected); exit 1 on a mismatch. `skipped: rustc not
found` without rustc.
"""
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "rustc"))
import common  # noqa: E402


def rustc_verdict(path):
    crate = common.Crate(path, with_main=False)
    try:
        r = crate.rustc(["--error-format=json", "-C", "opt-level=0"], crate_type="lib")
        if r.returncode == 0:
            return None
        d = common._first_error_json(r.stderr)
        sp = common.primary_span(d) if d else None
        if not sp:
            return ("?", "?", r.stderr.strip()[:200])
        return (crate.orig_line(sp["line_start"]), sp["column_start"], d["message"])
    finally:
        crate.cleanup()


def coroslim_verdict(binary, path):
    p = subprocess.run([binary, "build", path], capture_output=True, text=True)
    if p.returncode == 0:
        return None
    first = (p.stderr.splitlines() or [""])[0]
    rest = first[len(path) + 1:] if first.startswith(path + ":") else first
    parts = rest.split(":", 2)
    try:
        return (int(parts[0]), int(parts[1]), parts[2].split("error: ", 1)[-1])
    except (ValueError, IndexError):
        return ("?", "?", first)


def main(argv):
    opts = {"gen": os.path.join(ROOT, "build", "fuzz", "gen"), "coroslim": os.path.join(ROOT, "coroslim"),
            "count": "20", "seed": "1"}
    for a in argv:
        k, _, v = a.lstrip("-").partition("=")
        if k not in opts or not v:
            sys.stderr.write(__doc__)
            return 2
        opts[k] = v
    common.require_rustc()
    count, seed = int(opts["count"]), int(opts["seed"])
    tmp = tempfile.mkdtemp(prefix="pattern_live_")
    total = ok = rejected = 0
    programs = 0
    while programs < count:
        for live in (False, True):
            path = os.path.join(tmp, "p%d%s.rs" % (seed, "_live" if live else ""))
            src = subprocess.run([opts["gen"], "--seed", str(seed)] + (["--live"] if live else []),
                                 capture_output=True, text=True, check=True).stdout
            if "pattern_borrow" not in src.splitlines()[1]:
                break
            with open(path, "w") as f:
                f.write(src)
            want, got = rustc_verdict(path), coroslim_verdict(opts["coroslim"], path)
            total += 1
            rejected += want is not None
            if want == got:
                ok += 1
            else:
                print("MISMATCH seed %d%s: rustc %s, coroslim %s" % (seed, " --live" if live else "", want, got))
            if live:
                programs += 1
        seed += 1
    print("%d/%d verdicts as rustc's (%d rejected by rustc)" % (ok, total, rejected))
    return 0 if ok == total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
