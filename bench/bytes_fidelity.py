#!/usr/bin/env python3
"""bench/bytes_fidelity.py -- the method error of `coroslim bytes`: the emitted baseline (`lower`) against
rustc's own compile of the same source, per corpus and per file; writes bench/BYTES-FIDELITY.md.

usage: python3 bench/bytes_fidelity.py [--bin=./coroslim] [--out=bench/BYTES-FIDELITY.md]
                                       [--json=bench/bytes-fidelity.json] [--quick]

Corpora: tests/rust (valid programs) and bench. Settings: x86_64 x Oz/Os/O3 x unwind/abort and
thumbv7em/thumbv6m x Oz/Os/O3 x abort, all --release, plus x86_64 Oz unwind/abort in debug (overflow
checks on); thumb settings are left out (and the report says so) when build/sysroot has no core for them
(make cortex-m-core). --quick: x86_64 Oz release only. Each setting is one `coroslim bytes --passes=
--format=json` run per corpus (rustc's crate and the emitted crate after lowering, compiled in parallel);
when rustc rejects a crate the corpus is run again file by file and the failing files are listed.
Target (issue 20): |lower - rustc| <= 1% of each corpus total and <= 3% on every file.
Prints `skipped: ...` and exits 0 without rustc 1.95 or without the emitted stages; exit 1 when a crate
failed to compile. Python 3 stdlib only.
"""
import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOTAL_TARGET, FILE_TARGET = 1.0, 3.0


def corpus(d):
    return sorted(os.path.join(d, n) for n in os.listdir(os.path.join(ROOT, d))
                  if n.endswith(".rs") and n != "prelude.rs")


def settings(quick, thumb_ok):
    out = []
    for opt in ("z", "s", "3"):
        for panic in ("unwind", "abort"):
            out.append(("x86_64", opt, panic, True))
    if quick:
        return [s for s in out if s[1] == "z"][:1]
    for tgt in ("thumbv7em-none-eabi", "thumbv6m-none-eabi"):
        if thumb_ok.get(tgt):
            for opt in ("z", "s", "3"):
                out.append((tgt, opt, "abort", True))
    out.append(("x86_64", "z", "unwind", False))
    out.append(("x86_64", "z", "abort", False))
    return out


def has_core(tgt):
    sysroot = os.environ.get("COROSLIM_SYSROOT", os.path.join(ROOT, "build", "sysroot"))
    lib = os.path.join(sysroot, "lib", "rustlib", tgt, "lib")
    return os.path.isdir(lib) and any((n == "libcore.rlib" or n.startswith("libcore-")) for n in os.listdir(lib))


def run_bytes(binary, files, setting):
    tgt, opt, panic, release = setting
    cmd = [binary, "bytes", "--format=json", "--passes=", "--target=" + tgt, "--opt-level=" + opt,
           "--panic=" + panic] + (["--release"] if release else []) + files
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr
    return json.loads(r.stdout), ""


def first_error(stderr):
    for line in stderr.splitlines():
        if ": error:" in line or line.startswith("error"):
            return line.strip()
    return (stderr.strip().splitlines() or ["failed"])[0]


def measure(binary, files, setting):
    """{file: (rustc, lower)} and {file: error} for one corpus at one setting."""
    results, errors = {}, {}
    data, err = run_bytes(binary, files, setting)
    # a program's own error or one the emitter refuses names its file first
    # (`FILE:line:col: error: ...`): set it aside and run the rest again
    while data is None and first_error(err).split(":")[0] in files and len(files) > 1:
        bad = first_error(err).split(":")[0]
        errors[bad] = first_error(err)
        files = [f for f in files if f != bad]
        data, err = run_bytes(binary, files, setting)
    if data is None:
        for f in files:  # again one by one, to know which
            d1, e1 = run_bytes(binary, [f], setting)
            if d1 is None:
                errors[f] = first_error(e1)
            else:
                results[f] = (d1["files"][0]["rustc"], d1["files"][0]["stages"][0]["bytes"])
        return results, errors
    for f in data["files"]:
        results[f["file"]] = (f["rustc"], f["stages"][0]["bytes"])
    return results, errors


def pct(a, b):
    return 100.0 * (a - b) / b if b else 0.0


def name(setting):
    tgt, opt, panic, release = setting
    return "%s O%s %s%s" % (tgt, opt, panic, "" if release else " debug")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "coroslim"))
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "BYTES-FIDELITY.md"))
    ap.add_argument("--json", default=os.path.join(ROOT, "bench", "bytes-fidelity.json"))
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    if shutil.which("rustc") is None or not subprocess.run(
            ["rustc", "--version"], capture_output=True, text=True).stdout.startswith("rustc 1.95."):
        print("skipped: rustc 1.95 not found")
        return 0
    probe, err = run_bytes(binary, ["tests/rust/basic_await.rs"], ("x86_64", "z", "unwind", True))
    if probe is None:
        print("bytes_fidelity: coroslim bytes fails on tests/rust/basic_await.rs: " + first_error(err))
        return 1
    if not probe["files"][0]["stages"]:
        print("skipped: coroslim bytes has no emitted stages (coroslim emit not in this build)")
        return 0
    thumb_ok = {t: has_core(t) for t in ("thumbv7em-none-eabi", "thumbv6m-none-eabi")}
    corpora = [("tests/rust", corpus("tests/rust")), ("bench", corpus("bench"))]
    runs = []
    failed = 0
    for s in settings(a.quick, thumb_ok):
        for cname, files in corpora:
            start = datetime.datetime.now()
            res, errs = measure(binary, files, s)
            secs = (datetime.datetime.now() - start).total_seconds()
            failed += len(errs)
            rt = sum(v[0] for v in res.values())
            lt = sum(v[1] for v in res.values())
            worst = max(res, key=lambda f: abs(pct(res[f][1], res[f][0])), default=None)
            print("%-36s %-10s rustc %7d lower %7d (%+.2f%%) worst %s %s, %d failed, %.0f s"
                  % (name(s), cname, rt, lt, pct(lt, rt), worst,
                     "%+.2f%%" % pct(res[worst][1], res[worst][0]) if worst else "-", len(errs), secs),
                  file=sys.stderr)
            runs.append({"setting": {"target": s[0], "opt_level": s[1], "panic": s[2], "release": s[3]},
                         "corpus": cname, "files": {f: {"rustc": v[0], "lower": v[1]} for f, v in res.items()},
                         "errors": errs, "rustc": rt, "lower": lt, "seconds": round(secs, 1)})
    rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                         text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "measure", "ir", "passes", "frontend"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    with open(a.json, "w") as f:
        json.dump({"commit": rev, "runs": runs}, f, indent=1)
    write_md(a.out, runs, rev, dirty, thumb_ok, a.quick)
    print("wrote %s, %s" % (os.path.relpath(a.out, ROOT), os.path.relpath(a.json, ROOT)))
    return 1 if failed else 0


def write_md(path, runs, rev, dirty, thumb_ok, quick):
    L = []
    L.append("# Method error of `coroslim bytes`: the emitted baseline against rustc's own compile\n")
    L.append("Generated by `make bytes-fidelity` (bench/bytes_fidelity.py) at %s%s. Do not edit by hand.\n"
             % (rev, " with uncommitted changes to the C sources" if dirty else ""))
    L.append("For every program, `rustc` is rustc 1.95's compile of the source and `lower` the crate `coroslim emit` "
             "writes for the same program after lowering (custom MIR for the resume fns and drop shims), both with "
             "the same harness, measured as text+ro bytes of the object (DESIGN.md, Bytes). The difference is the "
             "method error every pass's saving is measured under. Target (issue 20): within %.0f%% on each corpus "
             "total and %.0f%% on every file. Command per row: `coroslim bytes --passes= --format=json "
             "--target=T --opt-level=O --panic=P [--release] FILES`.\n" % (TOTAL_TARGET, FILE_TARGET))
    if not quick:
        missing = [t for t, ok in thumb_ok.items() if not ok]
        if missing:
            L.append("Not measured: %s (no core in build/sysroot: `make cortex-m-core`).\n" % ", ".join(missing))
    L.append("| setting | corpus | files | rustc | lower | total | worst file | files within %.0f%% | failed |"
             % FILE_TARGET)
    L.append("|---|---|---:|---:|---:|---:|---|---:|---:|")
    for r in runs:
        s = r["setting"]
        res = r["files"]
        worst = max(res, key=lambda f: abs(pct(res[f]["lower"], res[f]["rustc"])), default=None)
        within = sum(1 for v in res.values() if abs(pct(v["lower"], v["rustc"])) <= FILE_TARGET)
        tot = pct(r["lower"], r["rustc"])
        L.append("| %s | %s | %d | %d | %d | %s%+.2f%%%s | %s | %d/%d | %d |"
                 % (name((s["target"], s["opt_level"], s["panic"], s["release"])), r["corpus"], len(res),
                    r["rustc"], r["lower"], "" if abs(tot) <= TOTAL_TARGET else "**", tot,
                    "" if abs(tot) <= TOTAL_TARGET else "**",
                    "%s %+.2f%%" % (os.path.basename(worst), pct(res[worst]["lower"], res[worst]["rustc"]))
                    if worst else "-", within, len(res), len(r["errors"])))
    L.append("\nBold: outside the target.\n")
    errs = [(r, f, e) for r in runs for f, e in sorted(r["errors"].items())]
    if errs:
        L.append("## Crates that failed\n")
        for r, f, e in errs:
            s = r["setting"]
            L.append("- %s, %s: `%s`" % (name((s["target"], s["opt_level"], s["panic"], s["release"])), f, e))
        L.append("")
    L.append("## Per file\n")
    L.append("lower against rustc, in percent, per setting (columns in the order of the table above).\n")
    cols = []
    for r in runs:
        s = r["setting"]
        key = name((s["target"], s["opt_level"], s["panic"], s["release"]))
        if key not in cols:
            cols.append(key)
    L.append("| file | " + " | ".join(cols) + " |")
    L.append("|---|" + "---:|" * len(cols))
    files = []
    for r in runs:
        for f in list(r["files"]) + list(r["errors"]):
            if f not in files:
                files.append(f)
    for f in files:
        cells = []
        for c in cols:
            cell = ""
            for r in runs:
                s = r["setting"]
                if name((s["target"], s["opt_level"], s["panic"], s["release"])) != c:
                    continue
                if f in r["files"]:
                    v = r["files"][f]
                    p = pct(v["lower"], v["rustc"])
                    cell = ("**%+.1f**" if abs(p) > FILE_TARGET else "%+.1f") % p
                elif f in r["errors"]:
                    cell = "failed"
            cells.append(cell)
        L.append("| %s | %s |" % (f, " | ".join(cells)))
    with open(path, "w") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    sys.exit(main())
