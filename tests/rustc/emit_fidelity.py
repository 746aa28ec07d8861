#!/usr/bin/env python3
"""The emitter's method error: machine-code bytes of `coroslim emit` (lowering, no
passes) against rustc's own compile of the same source.

usage: tests/rustc/emit_fidelity.py [-j N] [--opt z,s,3] [--panic unwind,abort] [--target T --sysroot DIR] [-v] [FILES...]
       (default: tests/rust and bench)

Both crates are the same text up to the module: emit_rust_header + the no_std
prelude; then the emitted module, or the program's source; then the same
harness (what `coroslim emit --harness` writes after its roots marker), so that
both have the same public roots. Both are compiled as `lib.rs` (so the panic
Locations' file names are equal) with `rustc --edition 2021 --crate-type lib
--emit=obj -C opt-level=O -C panic=P` (release: no overflow checks at z/s/3,
hence `coroslim emit --release`). Bytes: the allocated sections that are not
writable, plus .data.rel.ro* (panic Locations), minus .eh_frame,
.gcc_except_table and .ARM.exidx. Prints per file and in total; -v lists
the sections that differ. A throwaway until `coroslim bytes` lands.
"""
import argparse
import concurrent.futures
import os
import shutil
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MODULE_MARKER = "// ---- the module, as custom MIR (coroslim emit) ----"
HARNESS_MARKER = "// ---- roots (coroslim emit --harness) ----"
UNWIND_TABLES = (".eh_frame", ".gcc_except_table", ".ARM.exidx")


def elf_sections(path):
    """[(name, size, flags)] of an ELF64/ELF32 little-endian object."""
    data = open(path, "rb").read()
    is64 = data[4] == 2
    if is64:
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    else:
        shoff, = struct.unpack_from("<I", data, 0x20)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x2E)
    heads = []
    for i in range(shnum):
        o = shoff + i * shentsize
        if is64:
            name, typ, flags, _, off, size = struct.unpack_from("<IIQQQQ", data, o)
        else:
            name, typ, flags, _, off, size = struct.unpack_from("<IIIIII", data, o)
        heads.append((name, typ, flags, off, size))
    stroff = heads[shstrndx][3]
    out = []
    for name, typ, flags, off, size in heads:
        end = data.index(b"\0", stroff + name)
        out.append((data[stroff + name:end].decode(), size if typ != 8 else size, flags))
    return out


def code_bytes(obj):
    total, parts = 0, {}
    for name, size, flags in elf_sections(obj):
        if not flags & 2 or name.startswith(UNWIND_TABLES):
            continue
        if flags & 1 and not name.startswith(".data.rel.ro"):
            continue
        total += size
        parts[name] = parts.get(name, 0) + size
    return total, parts


SYSROOT = None


def rustc(text, panic, opt, target):
    d = tempfile.mkdtemp(prefix="coroslim-bytes-")
    try:
        with open(os.path.join(d, "lib.rs"), "w") as f:
            f.write(text)
        cmd = ["rustc", "--edition", "2021", "--crate-type", "lib", "--emit=obj", "-C", "opt-level=" + opt,
               "-C", "panic=" + panic, "-C", "codegen-units=1", "lib.rs"]
        if target:
            cmd += ["--target", target]
        if SYSROOT:
            cmd += ["--sysroot", SYSROOT]
        r = subprocess.run(cmd, cwd=d, env=dict(os.environ, RUSTC_BOOTSTRAP="1"), capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(r.stderr[:2000])
        return code_bytes(os.path.join(d, "lib.o"))
    finally:
        shutil.rmtree(d)


def measure(bin_, path, panic, opt, target):
    flags = ["--release", "--panic=" + panic] + (["--target=" + target] if target else [])
    r = subprocess.run([bin_, "emit", path, "--harness"] + flags, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    emitted = r.stdout
    head = emitted[:emitted.index(MODULE_MARKER)]
    harness = emitted[emitted.index(HARNESS_MARKER):]
    with open(os.path.join(ROOT, path)) as f:
        src = f.read()
    own = head + "// ---- the program ----\n" + src + "\n" + harness
    return rustc(emitted, panic, opt, target), rustc(own, panic, opt, target)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--opt", default="z,s,3")
    ap.add_argument("--panic", default="unwind,abort")
    ap.add_argument("--target", default=None, help="thumbv7em-none-eabi or thumbv6m-none-eabi (needs --sysroot)")
    ap.add_argument("--sysroot", default=None, help="a sysroot with core for --target")
    ap.add_argument("--bin", default=os.path.join(ROOT, "coroslim"))
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    global SYSROOT
    SYSROOT = a.sysroot
    if shutil.which("rustc") is None:
        print("skipped: rustc not found")
        return 0
    files = a.files
    if not files:
        for d in ("tests/rust", "bench"):
            files += [os.path.join(d, f) for f in sorted(os.listdir(os.path.join(ROOT, d)))
                      if f.endswith(".rs") and f != "prelude.rs"]
    worst = 0.0
    for panic in a.panic.split(","):
        for opt in a.opt.split(","):
            with concurrent.futures.ThreadPoolExecutor(a.j) as ex:
                res = list(ex.map(lambda p: (p, measure(a.bin, p, panic, opt, a.target)), files))
            corpora = {}
            over = []
            for p, ((e, eparts), (o, oparts)) in res:
                corpus = os.path.dirname(p)
                ce, co = corpora.get(corpus, (0, 0))
                corpora[corpus] = (ce + e, co + o)
                rel = (e - o) / o * 100 if o else 0.0
                worst = max(worst, abs(rel))
                if abs(rel) > 3 or a.v:
                    over.append("  %-40s emitted %6d rustc %6d %+6.1f%%" % (p, e, o, rel))
                    if a.v:
                        for s in sorted(set(eparts) | set(oparts)):
                            if eparts.get(s, 0) != oparts.get(s, 0):
                                over.append("      %-70s %6d %6d" % (s[:70], eparts.get(s, 0), oparts.get(s, 0)))
            line = "panic=%-6s opt-level=%s:" % (panic, opt)
            for c, (e, o) in sorted(corpora.items()):
                line += "  %s %d vs %d (%+.2f%%)" % (c, e, o, (e - o) / o * 100 if o else 0)
            print(line)
            for l in over:
                print(l)
            sys.stdout.flush()
    print("largest per-file difference: %.1f%%" % worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
