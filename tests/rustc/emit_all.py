#!/usr/bin/env python3
"""`make rustc-emit`: every emitted crate compiles with rustc 1.95.

usage: tests/rustc/emit_all.py [-j N] [-v] [FILES...]
       (default: tests/rust, tests/opt, tests/build and bench)

For every program, in debug and --release, under --panic=unwind and abort, the
module after lowering, after every pass alone and after the whole pipeline is
written by `coroslim emit --harness` (so that every fn is a root's callee and
reaches codegen) and compiled with `rustc --edition 2021 --crate-type lib
--emit=obj` at -C opt-level=z and 0. Identical crates are compiled once. A
configuration that `coroslim opt` itself rejects (the program is outside the
model there) is counted as skipped, not as a failure; an emit error where opt
succeeds is a failure. Prints one line per failure and `N/M compiled`; exit 1
on any failure. Prints "skipped" and exits 0 without rustc 1.95.
"""
import argparse
import concurrent.futures
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PASSES = ["elide-awaitless", "inline-single-await", "merge-states", "panic-to-pending"]
STAGES = [None] + PASSES + ["all"]
MODES = [(rel, panic) for rel in (False, True) for panic in ("unwind", "abort")]
OPT_LEVELS = ["z", "0"]


def rustc_ok():
    if shutil.which("rustc") is None:
        return False
    out = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout
    return out.startswith("rustc 1.95.")


def programs(args):
    dirs = args or ["tests/rust", "tests/opt", "tests/build", "bench"]
    files = []
    for d in dirs:
        if d.endswith(".rs"):
            files.append(d)
            continue
        for fn in sorted(os.listdir(os.path.join(ROOT, d))):
            if fn.endswith(".rs") and fn != "prelude.rs":
                files.append(os.path.join(d, fn))
    return files


def flags(rel, panic, stage):
    f = ["--panic=" + panic]
    if rel:
        f.append("--release")
    if stage:
        f.append("--passes=" + stage)
    return f


def emit_one(bin_, path, rel, panic, stage):
    """(crate text or None, why)"""
    r = subprocess.run([bin_, "emit", path, "--harness"] + flags(rel, panic, stage), cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode == 0:
        return r.stdout, ""
    o = subprocess.run([bin_, "opt", path] + flags(rel, panic, stage or "") , cwd=ROOT,
                       capture_output=True, text=True) if stage else \
        subprocess.run([bin_, "lower", path] + flags(rel, panic, None), cwd=ROOT, capture_output=True, text=True)
    if o.returncode != 0:
        return None, "skip"
    return None, r.stderr.strip().splitlines()[0] if r.stderr.strip() else "exit %d" % r.returncode


MODULE_MARKER = "// ---- the module, as custom MIR (coroslim emit) ----"
BATCH = 24


def batch_text(texts):
    """One crate holding each crate's module (what follows the prelude) as `pub mod cN`:
    one rustc start-up for many crates."""
    head = texts[0][:texts[0].index(MODULE_MARKER)]
    parts = [head]
    for i, t in enumerate(texts):
        parts.append("pub mod c%d {\nuse super::*;\n%s\n}\n" % (i, t[t.index(MODULE_MARKER):]))
    return "".join(parts)


def compile_one(text, panic, opt):
    with tempfile.TemporaryDirectory(prefix="coroslim-emit-") as d:
        with open(os.path.join(d, "lib.rs"), "w") as f:
            f.write(text)
        env = dict(os.environ, RUSTC_BOOTSTRAP="1")
        r = subprocess.run(["rustc", "--edition", "2021", "--crate-type", "lib", "--emit=obj", "-C",
                            "opt-level=" + opt, "-C", "panic=" + panic, "lib.rs"], cwd=d, env=env,
                           capture_output=True, text=True)
        if r.returncode == 0:
            return ""
        lines = [l for l in r.stderr.splitlines() if l.startswith("error")]
        return lines[0] if lines else r.stderr.strip()[:300]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--bin", default=os.path.join(ROOT, "coroslim"))
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    if not rustc_ok():
        print("skipped: rustc 1.95 not found")
        return 0
    progs = programs(a.files)
    configs = [(p, rel, panic, stage) for p in progs for rel, panic in MODES for stage in STAGES]
    print("rustc-emit: %d programs x %d modes x %d stages, opt-level %s" %
          (len(progs), len(MODES), len(STAGES), "/".join(OPT_LEVELS)), file=sys.stderr)
    fails = []
    crates = {}  # hash -> (text, panic, first config)
    skipped = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
        emitted = ex.map(lambda c: (c, emit_one(a.bin, *c)), configs)
        for (p, rel, panic, stage), (text, why) in emitted:
            name = "%s %s" % (p, " ".join(flags(rel, panic, stage)))
            if text is None:
                if why == "skip":
                    skipped += 1
                else:
                    fails.append("%s: %s" % (name, why))
                continue
            key = hashlib.sha1((panic + "\0" + text).encode()).hexdigest()
            crates.setdefault(key, (text, panic, name))
        jobs = [(k, opt) for k in crates for opt in OPT_LEVELS]
        batches = []
        for panic in ("unwind", "abort"):
            keys = [k for k in crates if crates[k][1] == panic]
            for i in range(0, len(keys), BATCH):
                for opt in OPT_LEVELS:
                    batches.append((keys[i:i + BATCH], panic, opt))
        print("  %d crates x %d opt-levels in %d rustc runs" % (len(crates), len(OPT_LEVELS), len(batches)),
              file=sys.stderr)

        def run_batch(keys, panic, opt):
            if not compile_one(batch_text([crates[k][0] for k in keys]), panic, opt):
                return []
            # the batch failed: find which crates
            return [(k, err) for k in keys for err in [compile_one(crates[k][0], panic, opt)] if err]

        done = 0
        futs = {ex.submit(run_batch, *b): b for b in batches}
        for fut in concurrent.futures.as_completed(futs):
            keys, panic, opt = futs[fut]
            done += 1
            if done % 20 == 0:
                print("  %d/%d rustc runs" % (done, len(batches)), file=sys.stderr)
            for k, err in fut.result():
                fails.append("%s -C opt-level=%s: %s" % (crates[k][2], opt, err))
    for f in sorted(fails):
        print("FAIL " + f)
    total = len(jobs) + sum(1 for f in fails if "opt-level" not in f)
    print("rustc-emit: %d/%d compiled (%d configurations: %d distinct crates x %d opt-levels; %d skipped: "
          "rejected by coroslim opt itself)" % (total - len(fails), total, len(configs), len(crates),
                                                 len(OPT_LEVELS), skipped))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
