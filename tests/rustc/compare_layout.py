#!/usr/bin/env python3
"""Compare coroslim's coroutine layouts and resume-fn sizes with rustc's.

usage: tests/rustc/compare_layout.py [--coroslim ./coroslim] [FILE.rs|DIR ...]
       (default: every valid .rs of tests/rust and bench)

For each program: `./coroslim layout FILE --format=json` (ours; mir_blocks/mir_stmts
are the resume fn after mir_cleanup) and `python3 tests/rustc/oracle.py FILE` (rustc's
-Zprint-type-sizes and --emit=mir -C opt-level=0). Per coroutine: state count, the
saved locals (name + size + offset) of every variant, and the future's size must
match. Prints one line per coroutine, then `N/M coroutines match`; exit 1 on any
mismatch (or error). Prints `skipped` and exits 0 when rustc is not installed.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def programs(args):
    paths = args or [os.path.join(ROOT, "tests", "rust"), os.path.join(ROOT, "bench")]
    out = []
    for p in paths:
        if os.path.isdir(p):
            for n in sorted(os.listdir(p)):
                if n.endswith(".rs") and n != "prelude.rs":
                    out.append(os.path.join(p, n))
        else:
            out.append(p)
    return out


def run_json(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    if r.returncode != 0:
        return None, (r.stderr.strip().splitlines() or ["exit %d" % r.returncode])[-1]
    try:
        return json.loads(r.stdout), None
    except ValueError as e:
        return None, "bad JSON: %s" % e


def field_key(f):
    # names exactly as printed: an async block's by-reference capture of `x` is `_ref__x` in both
    return (f["name"], f["size"], f["offset"])


def variant_fields(v, kind):
    return sorted(field_key(f) for f in v.get("fields", []) if f.get("kind", "local") == kind)


def compare(ours, theirs):
    """List of differences between one coroutine's two descriptions."""
    diffs = []
    if ours["states"] != theirs["states"]:
        diffs.append("states %s vs %s" % (ours["states"], theirs["states"]))
    if ours["size"] != theirs["size"]:
        diffs.append("size %s vs %s" % (ours["size"], theirs["size"]))
    ov = {v["name"]: v for v in ours.get("variants", [])}
    tv = {v["name"]: v for v in theirs.get("variants", [])}
    for name in sorted(set(ov) | set(tv)):
        if name not in ov or name not in tv:
            diffs.append("variant %s only in %s" % (name, "ours" if name in ov else "rustc"))
            continue
        for kind in ("local", "upvar"):
            a, b = variant_fields(ov[name], kind), variant_fields(tv[name], kind)
            if a != b:
                diffs.append("%s %ss %s vs %s" % (name, kind, a, b))
    return diffs


def main(argv):
    coroslim = "./coroslim"
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--coroslim":
            coroslim = argv[i + 1]
            i += 2
            continue
        args.append(argv[i])
        i += 1
    if shutil.which("rustc") is None:
        print("skipped: rustc not found")
        return 0
    total = matched = 0
    tot_ours_b = tot_rustc_b = tot_ours_s = tot_rustc_s = 0
    failed = False
    for path in programs(args):
        rel = os.path.relpath(path, ROOT)
        theirs, err = run_json([sys.executable, os.path.join(HERE, "oracle.py"), path])
        if theirs is None:
            print("%s: oracle error: %s" % (rel, err))
            failed = True
            continue
        ours, err = run_json([coroslim, "layout", path, "--format=json"])
        if ours is None:
            n = len(theirs.get("coroutines", []))
            total += n
            failed = True
            print("%s: coroslim error (%d coroutines unchecked): %s" % (rel, n, err))
            continue
        omap = {c["name"]: c for c in ours.get("coroutines", [])}
        for t in theirs.get("coroutines", []):
            total += 1
            o = omap.pop(t["name"], None)
            if o is None:
                print("MISMATCH %s %s: missing in coroslim" % (rel, t["name"]))
                failed = True
                continue
            diffs = compare(o, t)
            ob, os_, rb, rs = o.get("mir_blocks"), o.get("mir_stmts"), t.get("mir_blocks"), t.get("mir_stmts")
            counts = "blocks %s/%s stmts %s/%s (ours/rustc)" % (ob, rb, os_, rs)
            if None not in (ob, os_, rb, rs):
                tot_ours_b += ob
                tot_rustc_b += rb
                tot_ours_s += os_
                tot_rustc_s += rs
            if diffs:
                failed = True
                print("MISMATCH %s %s: %s; %s" % (rel, t["name"], "; ".join(diffs), counts))
            else:
                matched += 1
                print("match    %s %s: %s states, %s B; %s" % (rel, t["name"], t["states"], t["size"], counts))
        for name in omap:
            print("MISMATCH %s %s: not a coroutine for rustc" % (rel, name))
            failed = True
    print("%d/%d coroutines match" % (matched, total))
    if tot_rustc_b:
        print("resume fns: blocks %d vs rustc %d (%+.1f%%), statements %d vs rustc %d (%+.1f%%)" % (
            tot_ours_b, tot_rustc_b, 100.0 * (tot_ours_b - tot_rustc_b) / tot_rustc_b,
            tot_ours_s, tot_rustc_s, 100.0 * (tot_ours_s - tot_rustc_s) / max(tot_rustc_s, 1)))
    return 1 if failed or matched != total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
