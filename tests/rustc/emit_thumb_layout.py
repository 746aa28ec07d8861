#!/usr/bin/env python3
"""Coroutine layouts of `coroslim emit --target=thumbv7em-none-eabi|thumbv6m-none-eabi` (4-byte
pointers) against rustc 1.95's -Zprint-type-sizes for the same target.

usage: tests/rustc/emit_thumb_layout.py [--sysroot DIR] [FILES...]   (default: tests/rust, bench,
tests/emit/thumb_*.rs)

The sysroot holds core for the thumb targets (default build/sysroot, which `make` builds on the
branch that brings Cortex-M: lib/rustlib/TARGET/lib/libcore.rlib). For every program and target:
the emitted crate's `// NAME: ... size S, align A` lines against rustc's `{async fn body of
NAME()}` / `{async block@lib.rs:L:C: ..}` sizes and alignments, compiling the prelude + the source
+ the emitted harness as lib.rs. The struct and enum items of the program and its Option / Result
instances likewise: the emitted crate's `size_of::<T>() == S && align_of::<T>() == A` asserts against
rustc's `T` (`core::option::Option<&u32>` read as `Option<&u32>`) where rustc prints it; and the emitted
crate itself is checked for the target (`--emit=metadata`), so that rustc evaluates every assert it
carries (items' and instances' field offsets, coroutine views) against its own layout for the target.
Prints mismatches and `coroutines compared: N, types compared: T, emitted crates checked: C,
mismatches M`; exit 1 on a mismatch. "skipped" (exit 0) without rustc or without the sysroot.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODULE_MARKER = "// ---- the module, as custom MIR (coroslim emit) ----"
HARNESS_MARKER = "// ---- roots (coroslim emit --harness) ----"
TARGETS = ["thumbv7em-none-eabi", "thumbv6m-none-eabi"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sysroot", default=os.path.join(ROOT, "build", "sysroot"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "coroslim"))
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    if shutil.which("rustc") is None:
        print("skipped: rustc not found")
        return 0
    if not all(os.path.exists(os.path.join(a.sysroot, "lib", "rustlib", t, "lib")) for t in TARGETS):
        print("skipped: no core for the thumb targets under %s" % a.sysroot)
        return 0
    files = a.files
    if not files:
        for d in ("tests/rust", "bench"):
            files += [os.path.join(ROOT, d, f) for f in sorted(os.listdir(os.path.join(ROOT, d)))
                      if f.endswith(".rs") and f != "prelude.rs"]
        # the emit goldens written for a 32-bit target (items holding usize, isize, references)
        files += [os.path.join(ROOT, "tests/emit", f) for f in sorted(os.listdir(os.path.join(ROOT, "tests/emit")))
                  if f.startswith("thumb_") and f.endswith(".rs") and not f.endswith(".emit.rs")]
    total = bad = ntypes = ncrates = 0
    d = tempfile.mkdtemp(prefix="coroslim-thumb-")
    try:
        for target in TARGETS:
            for f in files:
                r = subprocess.run([a.bin, "emit", "--release", "--panic=abort", "--harness", "--target=" + target, f],
                                   capture_output=True, text=True)
                if r.returncode:
                    print("FAIL %s: %s" % (f, r.stderr.strip()))
                    bad += 1
                    continue
                e = r.stdout
                head = e[:e.index(MODULE_MARKER)]
                off = head.count("\n")
                ours = {}
                for m in re.finditer(r"^// (\S+(?: \S+)?): async (fn|block) at (\d+):(\d+); size (\d+), align (\d+)",
                                     e, re.M):
                    key = m.group(1) if m.group(2) == "fn" else "block@%d:%s" % (int(m.group(3)) + off, m.group(4))
                    ours[key] = (m.group(1), int(m.group(5)), int(m.group(6)))
                asserted = {}  # the emitted crate's size/align asserts of items and Option/Result instances
                for m in re.finditer(r"^const _: \(\) = assert!\(core::mem::size_of::<(.+?)>\(\) == (\d+) && "
                                     r"core::mem::align_of::<(.+?)>\(\) == (\d+)", e, re.M):
                    if m.group(1) == m.group(3) and not m.group(1).startswith(("Coro_", "V_", "U_")):
                        asserted[m.group(1)] = (int(m.group(2)), int(m.group(4)))
                with open(os.path.join(d, "emitted.rs"), "w") as out:
                    out.write(e)
                r = subprocess.run(["rustc", "--edition", "2021", "--crate-type", "lib", "--emit=metadata", "-C",
                                    "panic=abort", "--target", target, "--sysroot", a.sysroot, "emitted.rs"],
                                   cwd=d, capture_output=True, text=True, env=dict(os.environ, RUSTC_BOOTSTRAP="1"))
                ncrates += 1
                if r.returncode:
                    print("MISMATCH %s %s: the emitted crate for the target: %s" % (target, f, " ".join(r.stderr.split("\n")[:2])[:400]))
                    bad += 1
                with open(os.path.join(d, "lib.rs"), "w") as out:
                    out.write(head + open(f).read() + "\n" + e[e.index(HARNESS_MARKER):])
                r = subprocess.run(["rustc", "--edition", "2021", "--crate-type", "lib", "--emit=obj", "-C",
                                    "opt-level=z", "-C", "panic=abort", "--target", target, "--sysroot", a.sysroot,
                                    "-Zprint-type-sizes", "lib.rs"], cwd=d, capture_output=True, text=True,
                                   env=dict(os.environ, RUSTC_BOOTSTRAP="1"))
                if r.returncode:
                    print("FAIL %s (%s): rustc: %s" % (f, target, r.stderr.strip()[:300]))
                    bad += 1
                    continue
                theirs = {}
                for m in re.finditer(r"print-type-size type: `\{async (?:fn body of (\w+)\(\)|block@lib\.rs:(\d+):(\d+): "
                                     r"\S+)\}`: (\d+) bytes, alignment: (\d+) bytes", r.stdout):
                    key = m.group(1) if m.group(1) else "block@%s:%s" % (m.group(2), m.group(3))
                    theirs[key] = (int(m.group(4)), int(m.group(5)))
                rtypes = {}
                for m in re.finditer(r"print-type-size type: `(.+?)`: (\d+) bytes, alignment: (\d+) bytes", r.stdout):
                    name = re.sub(r"\b(?:core|std)::(?:option|result)::", "", m.group(1))
                    rtypes[name] = (int(m.group(2)), int(m.group(3)))
                for name, (size, align) in sorted(asserted.items()):
                    if name not in rtypes:
                        continue  # rustc computed no layout of it in codegen (unused there)
                    ntypes += 1
                    if rtypes[name] != (size, align):
                        bad += 1
                        print("MISMATCH %s %s type %s: size %d align %d, rustc %d %d" %
                              (target, f, name, size, align, *rtypes[name]))
                for key, (name, size, align) in ours.items():
                    if key not in theirs:
                        continue  # never instantiated by rustc (no root reaches it)
                    total += 1
                    if theirs[key] != (size, align):
                        bad += 1
                        print("MISMATCH %s %s %s: size %d align %d, rustc %d %d" %
                              (target, f, name, size, align, *theirs[key]))
    finally:
        shutil.rmtree(d)
    print("coroutines compared: %d, types compared: %d, emitted crates checked: %d, mismatches %d" %
          (total, ntypes, ncrates, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
