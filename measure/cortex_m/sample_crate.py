#!/usr/bin/env python3
"""Write one #![no_std] crate made of corpus programs, for link_image.py.

usage: sample_crate.py [-o OUT.rs] PROGRAM.rs...

The crate is the no_std prelude every crate coroslim hands to rustc starts with (measure/
rust_prelude.c's rust_prelude_nostd, read from that file), an #[inline(never)] executor
`poll_task` (polls to completion with a no-op waker, as an embassy task's poll is a separate
function), and each program in its own `pub mod` with one #[inline(never)]
`pub fn root_<program>_<entry>()` per `//@ args: ENTRY A,B` line, which runs ENTRY(A, B) through poll_task with its arguments and result
behind black_box. A program without `//@ args` lines has no root and is left out.

crate_emitted() writes the same crate with each program replaced by what `coroslim emit` makes of it
(after lowering, or after --passes): the emitted crate's header and prelude once, then each program's
custom-MIR module (the text after its `// ---- the module` line) in its `pub mod`, with the same roots.
So rustc's own image and the emitted images before and after a pass differ only in the programs' code.
"""
import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PRELUDE_C = os.path.join(HERE, "..", "rust_prelude.c")

EXECUTOR = """
#[inline(never)]
pub fn poll_task<F: Future>(f: F) -> F::Output {
    let mut f = core::pin::pin!(f);
    let mut cx = Context::from_waker(core::task::Waker::noop());
    loop {
        if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
            return v;
        }
    }
}
"""


def nostd_prelude():
    """The rust_prelude_nostd string literal of measure/rust_prelude.c, unescaped."""
    with open(PRELUDE_C, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"rust_prelude_nostd\[\]\s*=\s*((?:\s*\"(?:[^\"\\]|\\.)*\")+)\s*;", text)
    if not m:
        sys.exit("sample_crate: error: %s: no rust_prelude_nostd string" % PRELUDE_C)
    pieces = re.findall(r"\"((?:[^\"\\]|\\.)*)\"", m.group(1))
    escapes = {"n": "\n", "t": "\t", "\"": "\"", "\\": "\\"}
    return "".join(re.sub(r"\\(.)", lambda e: escapes[e.group(1)], p) for p in pieces)


def roots(path, src):
    """(entry, [args]) of every `//@ args:` line."""
    out = []
    for n, line in enumerate(src.splitlines(), 1):
        m = re.match(r"//@ args:\s*(\w+)\s*(.*)$", line)
        if m:
            args = [a.strip() for a in m.group(2).split(",") if a.strip()]
            for a in args:
                if not re.fullmatch(r"true|false|-?(0x[0-9a-fA-F_]+|[0-9_]+)", a):
                    sys.exit("%s:%d:1: error: argument `%s` is not an integer or bool literal"
                             % (path, n, a))
            out.append((m.group(1), args))
    return out


def crate(programs):
    parts = ["#![no_std]\n#![allow(unused)]\n", nostd_prelude(), EXECUTOR]
    for path in programs:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        entries = roots(path, src)
        if not entries:
            continue
        mod = re.sub(r"\W", "_", os.path.splitext(os.path.basename(path))[0])
        parts.append("\npub mod %s {\nuse super::*;\n// %s\n%s\n" % (mod, path, src))
        seen = set()
        for entry, args in entries:
            name = "root_%s_%s" % (mod, entry)
            while name in seen:
                name += "_"
            seen.add(name)
            call = "%s(%s)" % (entry, ", ".join("core::hint::black_box(%s)" % a for a in args))
            parts.append("#[inline(never)]\npub fn %s() {\n    core::hint::black_box(poll_task(%s));\n}\n"
                         % (name, call))
        parts.append("}\n")
    return "".join(parts)


EMIT_MARKER = "// ---- the module, as custom MIR (coroslim emit) ----"


def emitted_module(binary, path, passes, target):
    """(prologue, module) of `coroslim emit PATH --release --panic=abort [--passes=P] --target=T`."""
    cmd = [binary, "emit", path, "--release", "--panic=abort", "--target=" + target]
    if passes is not None:
        cmd.append("--passes=" + passes)
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("sample_crate: error: %s failed:\n%s" % (" ".join(cmd), r.stderr.strip()))
    head, sep, module = r.stdout.partition(EMIT_MARKER)
    if not sep:
        sys.exit("sample_crate: error: %s: no `%s` line" % (" ".join(cmd), EMIT_MARKER))
    return head, module


def crate_emitted(programs, binary, passes, target):
    """The crate of crate(), each program as `coroslim emit` writes it after lowering (passes None)
    or after the pipeline of `--passes=passes`."""
    parts = []
    for path in programs:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        entries = roots(path, src)
        if not entries:
            continue
        head, module = emitted_module(binary, path, passes, target)
        if not parts:
            parts = [head, EXECUTOR]
        mod = re.sub(r"\W", "_", os.path.splitext(os.path.basename(path))[0])
        parts.append("\npub mod %s {\nuse super::*;\n// %s\n%s\n" % (mod, path, module))
        seen = set()
        for entry, args in entries:
            name = "root_%s_%s" % (mod, entry)
            while name in seen:
                name += "_"
            seen.add(name)
            call = "%s(%s)" % (entry, ", ".join("core::hint::black_box(%s)" % a for a in args))
            parts.append("#[inline(never)]\npub fn %s() {\n    core::hint::black_box(poll_task(%s));\n}\n"
                         % (name, call))
        parts.append("}\n")
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser(description="a #![no_std] crate of corpus programs, one root per //@ args line")
    ap.add_argument("programs", nargs="+", metavar="PROGRAM.rs")
    ap.add_argument("-o", dest="out", help="output (default stdout)")
    args = ap.parse_args()
    for p in args.programs:
        if not os.path.exists(p):
            sys.exit("sample_crate: error: %s: no such file" % p)
    text = crate(args.programs)
    if args.out:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
