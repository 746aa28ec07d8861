#!/usr/bin/env python3
"""Rebuild core 1.95 for the Cortex-M targets from the installed toolchain's own files.

No rust-src exists for 1.95 here, nor a thumb rust-std; the rust-docs component does hold rustdoc's
rendered source pages of core (share/doc/rust/html/src/core/): each page names its original
`library/...` path in <meta name="description"> and holds the code in <pre class="rust"><code>.
This script turns the pages back into source under BUILD/cortex_m/SYSROOT/src/library/, adds
the three ARM-only files the x86_64 docs lack (measure/cortex_m/standin/) and empty files for the
doc-only include_str!("*.md"), compiles core and coroslim's compiler_builtins (compiler_builtins.rs)
for each target, and installs them as a sysroot:

    BUILD/sysroot/lib/rustlib/<target>/lib/{libcore,libcompiler_builtins}.rlib

so `rustc --sysroot BUILD/sysroot --target thumbv7em-none-eabi` compiles a #![no_std] crate.
Paths are remapped to /rustc/<commit-hash>, so panic Locations name the files the official core's
do. A stamp per target keyed on `rustc -vV`, the panic strategy and our files that go into the
sysroot (this script and standin/ for core; compiler_builtins.rs and arith.rs for
compiler_builtins) makes a second run do nothing, and an edit rebuild only what it touches.
Prints "skipped" and exits 0 without rustc 1.95 or without the rust-docs pages.

usage: build_core.py [--build DIR] [--target T]... [--panic abort|immediate-abort]
                     [--sysroot DIR] [--force]
"""
import argparse
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TARGETS = ["thumbv7em-none-eabi", "thumbv6m-none-eabi"]
DESC = re.compile(r'<meta name="description" content="Source of the Rust file `([^`]*)`')
CODE = re.compile(r'<pre class="rust"><code>(.*?)</code></pre>', re.S)
LINE_ANCHOR = re.compile(r"<a href=#\d+ id=\d+ data-nosnippet>\d+</a>")
TAG = re.compile(r"<[^>]*>")
DOC_INCLUDE = re.compile(r'include_str!\("([^"]*\.md)"\)')
# The flags the official rust-std is built with (library/Cargo.toml's [profile.dist] and
# bootstrap's flags for the standard library): with them the rebuilt x86_64 core's object matches
# the official one section for section (check_core.py); without the frame-pointer and MIR debuginfo
# flags about 40% of its functions differ.
CORE_FLAGS = ["--edition", "2024", "-C", "opt-level=3", "-C", "embed-bitcode=yes",
              "-C", "codegen-units=1", "-C", "debuginfo=1", "-C", "symbol-mangling-version=v0",
              "-Z", "unstable-options", "-C", "force-frame-pointers=non-leaf",
              "-Z", "inline-mir", "-Z", "inline-mir-preserve-debug",
              "-Z", "mir-strip-debuginfo=locals-in-tiny-functions",
              "-Z", "force-unstable-if-unmarked"]


def progress(msg):
    print("cortex-m-core: " + msg, file=sys.stderr, flush=True)


def skipped(why):
    print("cortex-m-core: skipped (%s)" % why)
    sys.exit(0)


def rustc_info():
    """(`rustc -vV` text, sysroot, commit hash) or None when rustc is absent."""
    try:
        vv = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
        sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True,
                                 check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    fields = dict(line.split(": ", 1) for line in vv.splitlines() if ": " in line)
    return vv, sysroot, fields.get("release", ""), fields.get("commit-hash", "")


def digest(text, names):
    """sha256 of text and of the named files of ours (paths under measure/cortex_m/; a directory
    stands for every file in it)."""
    h = hashlib.sha256(text.encode())
    paths = []
    for name in names:
        path = os.path.join(HERE, name)
        if os.path.isdir(path):
            paths += [os.path.join(r, f) for r, _, files in os.walk(path) for f in files]
        else:
            paths.append(path)
    for path in sorted(paths):
        h.update(os.path.relpath(path, HERE).encode() + b"\0")
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def recover_source(docs, dest):
    """Every rendered page back to its library/ path under dest; returns the page count."""
    n = 0
    for root, dirs, files in os.walk(docs):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".rs.html"):
                continue
            page = os.path.join(root, name)
            with open(page, encoding="utf-8") as f:
                text = f.read()
            desc, code = DESC.search(text), CODE.search(text)
            if not desc or not code:
                sys.exit("cortex-m-core: error: %s: not a rustdoc source page (no description or code)"
                         % page)
            rel = os.path.normpath(desc.group(1))
            if not rel.startswith("library/") or ".." in rel.split(os.sep):
                sys.exit("cortex-m-core: error: %s: unexpected source path %s" % (page, rel))
            src = html.unescape(TAG.sub("", LINE_ANCHOR.sub("", code.group(1))))
            out = os.path.join(dest, rel)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8") as f:
                f.write(src)
            n += 1
    return n


def add_standins(dest):
    """Copy measure/cortex_m/standin/ over the tree; returns the files' relative paths."""
    base = os.path.join(HERE, "standin")
    added = []
    for root, _, files in os.walk(base):
        for name in sorted(files):
            rel = os.path.relpath(os.path.join(root, name), base)
            out = os.path.join(dest, rel)
            if os.path.exists(out):
                sys.exit("cortex-m-core: error: stand-in %s exists in the rendered source: remove it" % rel)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            shutil.copyfile(os.path.join(root, name), out)
            added.append(rel)
    return added


def add_empty_docs(dest):
    """Empty files for include_str!("*.md") (doc text, not rendered as source); returns the count."""
    n = 0
    for root, _, files in os.walk(dest):
        for name in files:
            if not name.endswith(".rs"):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as f:
                text = f.read()
            for m in DOC_INCLUDE.finditer(text):
                path = os.path.normpath(os.path.join(root, m.group(1)))
                if not os.path.exists(path):
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    open(path, "w").close()
                    n += 1
    # primitives.rs builds its include_str! paths from macro arguments: c_char.md, ...
    ffi = os.path.join(dest, "library/core/src/ffi")
    prim = os.path.join(ffi, "primitives.rs")
    if os.path.exists(prim):
        with open(prim, encoding="utf-8") as f:
            for doc in re.findall(r'type_alias!\s*\{\s*"([^"]+\.md)"', f.read()):
                path = os.path.join(ffi, doc)
                if not os.path.exists(path):
                    open(path, "w").close()
                    n += 1
    return n


def rustc(args, what):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    r = subprocess.run(["rustc"] + args, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        sys.exit("cortex-m-core: error: rustc failed building %s" % what)


def build_core(target, src, commit, work, libdir, panic):
    """core for one target into libdir; returns the build time."""
    os.makedirs(work, exist_ok=True)
    os.makedirs(libdir, exist_ok=True)
    remap = ["--remap-path-prefix", "%s=/rustc/%s" % (src, commit)]
    core = os.path.join(work, "libcore.rlib")
    t0 = time.monotonic()
    rustc(CORE_FLAGS + remap + panic + ["--crate-type", "rlib", "--crate-name", "core",
          "--target", target, "-o", core, os.path.join(src, "library/core/src/lib.rs")],
          "core for " + target)
    shutil.copyfile(core, os.path.join(libdir, "libcore.rlib"))
    return time.monotonic() - t0


def build_builtins(target, work, libdir, panic):
    """compiler_builtins for one target, against libdir's core, into libdir."""
    os.makedirs(work, exist_ok=True)
    builtins = os.path.join(work, "libcompiler_builtins.rlib")
    # opt-level=s: the byte loops of compiler_builtins.rs unrolled at 3 would cost each image
    # hundreds of bytes a real compiler_builtins does not.
    rustc(CORE_FLAGS + panic + ["-C", "opt-level=s", "--crate-type", "rlib",
          "--crate-name", "compiler_builtins", "--target", target,
          "--extern", "core=" + os.path.join(libdir, "libcore.rlib"),
          "-o", builtins, os.path.join(HERE, "compiler_builtins.rs")],
          "compiler_builtins for " + target)
    shutil.copyfile(builtins, os.path.join(libdir, "libcompiler_builtins.rlib"))


def main():
    ap = argparse.ArgumentParser(description="rebuild core 1.95 for Cortex-M from the rust-docs pages")
    ap.add_argument("--build", default="build", help="build directory (default: build)")
    ap.add_argument("--target", action="append", choices=TARGETS + ["x86_64-unknown-linux-gnu"],
                    help="targets (default: both thumb targets); x86_64 is for the identity check")
    ap.add_argument("--panic", default="abort", choices=["abort", "immediate-abort"],
                    help="core's panic strategy (thumb targets); immediate-abort installs into "
                         "BUILD/sysroot-immediate-abort by default: crates compiled with "
                         "-Zunstable-options -Cpanic=immediate-abort need core built so")
    ap.add_argument("--sysroot", help="sysroot to install into (default: BUILD/sysroot)")
    ap.add_argument("--force", action="store_true", help="rebuild even when the stamp matches")
    args = ap.parse_args()
    targets = args.target or TARGETS

    info = rustc_info()
    if info is None:
        skipped("no rustc")
    vv, sysroot, release, commit = info
    if not release.startswith("1.95."):
        skipped("needs rustc 1.95, found %s" % (release or "unknown"))
    docs = os.path.join(sysroot, "share/doc/rust/html/src/core")
    if not os.path.exists(os.path.join(docs, "lib.rs.html")):
        skipped("no rust-docs source pages under %s" % docs)

    build = os.path.abspath(args.build)
    default_root = "sysroot" if args.panic == "abort" else "sysroot-" + args.panic
    root = os.path.abspath(args.sysroot or os.path.join(build, default_root))
    # Stamps: core's is keyed on rustc, the panic strategy, this script and the stand-ins;
    # compiler_builtins' on core's and its own sources, so editing those rebuilds only it.
    core_key = digest(vv + " panic=" + args.panic, ["build_core.py", "standin"])
    builtins_key = digest(core_key, ["compiler_builtins.rs", "arith.rs"])
    want = "core %s\ncompiler_builtins %s\n" % (core_key, builtins_key)

    def stamp(target):
        path = os.path.join(root, "lib/rustlib", target, "coroslim-core.stamp")
        libs = [os.path.join(root, "lib/rustlib", target, "lib", name)
                for name in ("libcore.rlib", "libcompiler_builtins.rlib")]
        if args.force or not all(os.path.exists(p) for p in [path] + libs):
            return path, ""
        with open(path) as f:
            return path, f.read()

    todo = [t for t in targets if stamp(t)[1] != want]
    if not todo:
        progress("up to date (%s: %s)" % (root, ", ".join(targets)))
        return
    need_core = [t for t in todo if not stamp(t)[1].startswith("core %s\n" % core_key)]

    # a source tree and objects per sysroot, so that `make -j2` can build two sysroots at once
    scratch = os.path.join(build, "cortex_m", os.path.basename(root))
    src = os.path.join(scratch, "src")
    if need_core:
        if os.path.exists(src):
            shutil.rmtree(src)
        t0 = time.monotonic()
        pages = recover_source(docs, src)
        standins = add_standins(src)
        docs_n = add_empty_docs(src)
        progress("recovered %d source pages into %s (%.1f s); %d stand-ins (%s); %d empty doc files"
                 % (pages, src, time.monotonic() - t0, len(standins), ", ".join(standins), docs_n))
    for target in todo:
        path = stamp(target)[0]
        if os.path.exists(path):
            os.remove(path)
        libdir = os.path.join(root, "lib/rustlib", target, "lib")
        panic = ["-C", "panic=" + args.panic] if target.startswith("thumb") else []
        if target in need_core:
            progress("building core for %s ..." % target)
            t = build_core(target, src, commit, os.path.join(scratch, target), libdir, panic)
            progress("%s: core built in %.1f s" % (target, t))
        build_builtins(target, os.path.join(scratch, target), libdir, panic)
        progress("%s: compiler_builtins built" % target)
        with open(path, "w") as f:
            f.write(want)
    progress("installed %s" % root)

if __name__ == "__main__":
    main()
