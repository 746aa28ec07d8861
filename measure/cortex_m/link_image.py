#!/usr/bin/env python3
"""Link a #![no_std] crate into a Cortex-M firmware image and report its flash bytes.

usage: link_image.py --target T [--sysroot DIR] [--opt-level z|s|3] [--work DIR] [-o IMAGE]
                     [--map FILE] [--format table|json] INPUT...

INPUTs are the crate's objects (.o, e.g. from `rustc --emit=obj`) or its source (.rs, compiled
here as a lib against the sysroot at --opt-level). They are linked by the toolchain's rust-lld
with --gc-sections and link.x, together with runtime.rs (vector table, reset and panic handlers)
and the sysroot's core and compiler_builtins (memcpy/memset/__aeabi_mem*, division), which
`make cortex-m-core` builds. Roots: every global symbol the inputs define whose name (demangled,
last path segment) starts with `root_` is kept (-u); everything else lives only if reached from a
root, the vector table or the reset handler.

Flash bytes = the allocated sections with contents (vector table, .text, .rodata, .data's load
image), unwind tables (.ARM.exidx) reported apart, as everywhere in coroslim's byte counts.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.normpath(os.path.join(HERE, "..", "..", "build"))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import elf  # noqa: E402

TARGETS = ["thumbv7em-none-eabi", "thumbv6m-none-eabi"]
STB_GLOBAL, STB_WEAK = 1, 2


def fail(msg):
    sys.exit("link_image: error: " + msg)


def last_segment(sym):
    """The last path segment of a Rust symbol (legacy or v0 mangling), or the name itself."""
    if sym.startswith("_ZN") and sym.endswith("E"):
        parts, i, body = [], 3, sym[:-1]
        while i < len(body) and body[i].isdigit():
            j = i
            while body[j].isdigit():
                j += 1
            n = int(body[i:j])
            parts.append(body[j:j + n])
            i = j + n
        if parts and re.fullmatch(r"h[0-9a-f]{16}", parts[-1]):
            parts.pop()
        return parts[-1] if parts else sym
    if sym.startswith("_R"):
        # The path ends <decimal length><identifier>; the identifier may contain digits and
        # the segment before it may end in one, so try every split, leftmost first.
        for i in range(2, len(sym)):
            ident, j = sym[i:], i
            while j > 0 and sym[j - 1].isdigit():
                j -= 1
            if j == i or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", ident):
                continue
            digits = sym[j:i]
            if any(int(digits[-k:]) == len(ident) for k in range(1, len(digits) + 1)):
                return ident
        return sym
    return sym


def roots_of(objects):
    roots = []
    for path in objects:
        try:
            symbols = elf.Elf(path).symbols()
        except (ValueError, IndexError) as e:
            fail("%s: not an object file (%s)" % (path, e))
        for name, _, _, shndx, bind in symbols:
            if shndx != 0 and bind in (STB_GLOBAL, STB_WEAK) and last_segment(name).startswith("root_"):
                roots.append(name)
    return sorted(set(roots))


def rustc(args):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    r = subprocess.run(["rustc"] + args, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        fail("rustc failed: rustc " + " ".join(args))


def compile_lib(src, out, target, sysroot, opt, panic="abort", extra=()):
    name = re.sub(r"\W", "_", os.path.splitext(os.path.basename(src))[0])
    rustc(["--edition", "2021", "--crate-type", "lib", "--crate-name", name, "--emit=obj",
           "--target", target, "--sysroot", sysroot, "-C", "opt-level=" + opt,
           "-Z", "unstable-options", "-C", "panic=" + panic] + list(extra) + ["-o", out, src])


def sysroot_lib(sysroot, target, name):
    path = os.path.join(sysroot, "lib/rustlib", target, "lib", "lib%s.rlib" % name)
    if not os.path.exists(path):
        fail("%s missing: run `make cortex-m-core` first" % path)
    return path


def rust_lld():
    try:
        root = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        fail("rustc not found")
    host = "x86_64-unknown-linux-gnu"
    for line in subprocess.run(["rustc", "-vV"], capture_output=True, text=True).stdout.splitlines():
        if line.startswith("host: "):
            host = line[6:]
    path = os.path.join(root, "lib/rustlib", host, "bin/rust-lld")
    if not os.path.exists(path):
        fail("rust-lld not found at " + path)
    return path


def measure(image):
    e = elf.Elf(image)
    sections = {}
    for sec in e.sections:
        if sec.flags & elf.SHF_ALLOC and sec.type != elf.SHT_NOBITS and sec.size:
            sections[sec.name] = sec.size
    flash, unwind = e.flash_bytes()
    return sections, flash, unwind


def link(objects, target, sysroot, work, image, opt, map_file=None, panic="abort"):
    """Links objects (the crate's) into image; returns (roots, sections, flash, unwind)."""
    os.makedirs(work, exist_ok=True)
    runtime = os.path.join(work, "runtime-%s-O%s-%s.o" % (target, opt, panic))
    compile_lib(os.path.join(HERE, "runtime.rs"), runtime, target, sysroot, opt, panic)
    roots = roots_of(objects)
    if not roots:
        fail("no `root_*` function in %s: nothing would be kept (rustc does not emit a lib's "
             "small leaf fns, which it may inline across crates: mark roots #[inline(never)])"
             % " ".join(objects))
    args = [rust_lld(), "-flavor", "gnu", "--gc-sections", "-nostdlib", "--fatal-warnings",
            "-T", os.path.join(HERE, "link.x"), "-o", image]
    if map_file:
        args += ["-Map", map_file]
    for r in roots:
        args += ["-u", r]
    args += objects + [runtime, sysroot_lib(sysroot, target, "core"),
                       sysroot_lib(sysroot, target, "compiler_builtins")]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        fail("rust-lld failed linking %s" % image)
    kept = {name for name, _, _, shndx, _ in elf.Elf(image).symbols() if shndx != 0}
    lost = [r for r in roots if r not in kept]
    if lost:
        fail("internal: roots not in the image: " + ", ".join(lost))
    sections, flash, unwind = measure(image)
    return roots, sections, flash, unwind


def main():
    ap = argparse.ArgumentParser(description="link a #![no_std] crate into a Cortex-M image")
    ap.add_argument("inputs", nargs="+", metavar="INPUT", help="the crate's .o files, or its .rs")
    ap.add_argument("--target", required=True, choices=TARGETS)
    ap.add_argument("--sysroot", help="from make cortex-m-core (default the checkout's "
                    "build/sysroot, or build/sysroot-immediate-abort with --panic=immediate-abort)")
    ap.add_argument("--panic", default="abort", choices=["abort", "immediate-abort"],
                    help="for .rs inputs and runtime.rs; the sysroot's core must be built with it")
    ap.add_argument("--opt-level", default="z", choices=["z", "s", "3", "2", "1", "0"],
                    help="for .rs inputs and runtime.rs (default z)")
    ap.add_argument("--work", default=os.path.join(BUILD, "cortex_m/link"),
                    help="intermediate objects (default the checkout's build/cortex_m/link)")
    ap.add_argument("-o", dest="image", help="the image (default WORK/image-TARGET.elf)")
    ap.add_argument("--map", help="write rust-lld's link map here")
    ap.add_argument("--format", default="table", choices=["table", "json"])
    args = ap.parse_args()

    sysroot = os.path.abspath(args.sysroot or os.path.join(
        BUILD, "sysroot" if args.panic == "abort" else "sysroot-" + args.panic))
    image = args.image or os.path.join(args.work, "image-%s.elf" % args.target)
    sysroot_lib(sysroot, args.target, "core")
    objects = []
    for path in args.inputs:
        if not os.path.exists(path):
            fail("%s: no such file" % path)
        if path.endswith(".rs"):
            out = os.path.join(args.work, "%s-%s-O%s-%s.o" % (
                os.path.splitext(os.path.basename(path))[0], args.target, args.opt_level, args.panic))
            os.makedirs(args.work, exist_ok=True)
            compile_lib(path, out, args.target, sysroot, args.opt_level, args.panic)
            objects.append(out)
        elif path.endswith(".o"):
            objects.append(path)
        else:
            fail("%s: expected a .o or .rs file" % path)
    roots, sections, flash, unwind = link(objects, args.target, sysroot, args.work, image,
                                          args.opt_level, args.map, args.panic)
    if args.format == "json":
        json.dump({"target": args.target, "image": image, "roots": len(roots),
                   "sections": sections, "flash": flash, "unwind": unwind}, sys.stdout, indent=1)
        print()
        return
    print("%s: %s, %d roots" % (image, args.target, len(roots)))
    for name, size in sections.items():
        print("  %-16s %8d%s" % (name, size, "  (unwind, not counted)" if name in elf.UNWIND else ""))
    print("  %-16s %8d" % ("flash", flash))


if __name__ == "__main__":
    main()
