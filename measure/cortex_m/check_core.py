#!/usr/bin/env python3
"""Check the rebuilt core against the official one, and that Cortex-M crates build and link.

usage: check_core.py [--build DIR] [PROGRAM.rs...]   (default programs: a few of bench/)

1. The same recovery and flags build core for x86_64 (BUILD/cortex_m/x86-sysroot, cached), where
   the official core exists to compare with:
   a. core's own object against the official libcore's: the contents of every allocated section
      (unwind tables aside), compared as multisets since symbol names differ in core's crate
      disambiguator (masked in the names reported). At least 99% must be identical.
   b. a crate of corpus programs plus check_probe.rs (generic and inlined core code, panics with
      Locations inside core) compiled at opt-level z against each core: every allocated section
      must be identical, and the core file names in its panic Locations the same.
2. For thumbv7em and thumbv6m-none-eabi (BUILD/sysroot): compiler_builtins defines every symbol
   it refers to, and the same crate compiles against the rebuilt core and links into an image
   (link_image.py) that keeps every one of its `pub fn root_*`; the flash bytes are printed.
   Before all this, arith.rs is checked against the host's operators (test_arith.rs).
Prints "skipped" and exits 0 without rustc 1.95 or the rust-docs pages (as build_core.py).
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import elf  # noqa: E402
import link_image  # noqa: E402
import sample_crate  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
HOST = "x86_64-unknown-linux-gnu"
PROGRAMS = ["bench/driver_adc.rs", "bench/forward_delay.rs", "bench/retry_i2c.rs",
            "bench/mixed_sensor_hub.rs", "bench/wrapper_mutex_guard.rs", "bench/protocol_modbus.rs"]
CORE_CRATE = re.compile(r"Cs[0-9A-Za-z]+_4core")
LOCATION_FILE = re.compile(rb"/rustc/[0-9a-f]{40}/library/[\x21-\x7e]*?\.rs")


def fail(msg):
    sys.exit("check_core: FAIL: " + msg)


def rustc(args):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    r = subprocess.run(["rustc"] + args, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        fail("rustc " + " ".join(args))


def sections(path):
    """{masked section name: [contents]} of the allocated sections with contents, unwind aside."""
    out = collections.defaultdict(list)
    for sec in elf.Elf(path).sections:
        if sec.flags & elf.SHF_ALLOC and sec.type != elf.SHT_NOBITS and not sec.is_unwind():
            name = CORE_CRATE.sub("C_4core", sec.name)
            out[re.sub(r"\.Lanon\.[0-9a-f]+\.\d+", ".Lanon", name)].append(sec.data)
    return out


def compare(official, ours):
    """(identical, total, [names only on one side or differing]) by contents, as multisets."""
    a = collections.Counter(d for ds in official.values() for d in ds)
    b = collections.Counter(d for ds in ours.values() for d in ds)
    total = sum(a.values())
    identical = total - sum((a - b).values())
    where = {d: n for n, ds in official.items() for d in ds}
    return identical, total, sorted(where[d] for d in (a - b))


def main():
    ap = argparse.ArgumentParser(description="check the rebuilt core (see the module doc)")
    ap.add_argument("programs", nargs="*", metavar="PROGRAM.rs")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    args = ap.parse_args()
    build = os.path.abspath(args.build)
    programs = args.programs or [os.path.join(ROOT, p) for p in PROGRAMS]

    x86_sysroot = os.path.join(build, "cortex_m/x86-sysroot")
    for cmd in (["--target", HOST, "--sysroot", x86_sysroot], []):
        r = subprocess.run([sys.executable, os.path.join(HERE, "build_core.py"), "--build", build] + cmd,
                           capture_output=True, text=True)
        sys.stderr.write(r.stderr)
        if r.returncode != 0:
            fail("build_core.py " + " ".join(cmd))
        if "skipped" in r.stdout:
            print(r.stdout.strip().replace("cortex-m-core", "cortex-m-core-check"))
            return
    official_root = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True,
                                   check=True).stdout.strip()
    official_rlib = glob.glob(os.path.join(official_root, "lib/rustlib", HOST, "lib/libcore-*.rlib"))
    ours_rlib = os.path.join(x86_sysroot, "lib/rustlib", HOST, "lib/libcore.rlib")
    if len(official_rlib) != 1:
        fail("expected one official libcore rlib, found %s" % official_rlib)

    with tempfile.TemporaryDirectory(prefix="coroslim-core-check-") as tmp:
        # 0. compiler_builtins' arithmetic against the host's operators
        test = os.path.join(tmp, "test_arith")
        rustc(["-O", "--edition", "2021", "-o", test, os.path.join(HERE, "test_arith.rs")])
        r = subprocess.run([test], capture_output=True, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            fail("test_arith.rs")
        print(r.stdout.strip())

        # 1a. core's own object
        objs = {}
        for side, rlib in (("official", official_rlib[0]), ("ours", ours_rlib)):
            d = os.path.join(tmp, side)
            os.makedirs(d)
            subprocess.run(["ar", "x", rlib], cwd=d, check=True)
            found = glob.glob(os.path.join(d, "*.o"))
            if len(found) != 1:
                fail("%s: expected one object (codegen-units=1), found %d" % (rlib, len(found)))
            objs[side] = sections(found[0])
        same, total, differ = compare(objs["official"], objs["ours"])
        print("core for %s, rebuilt vs official: %d/%d allocated sections identical" % (HOST, same, total))
        for name in differ:
            print("  differs: " + name)
        if same < 0.99 * total:
            fail("fewer than 99%% of core's sections identical (%d/%d)" % (same, total))

        # 1b. a crate compiled against each core
        crate = os.path.join(tmp, "check_crate.rs")
        with open(crate, "w", encoding="utf-8") as f:
            f.write(sample_crate.crate(programs))
            with open(os.path.join(HERE, "check_probe.rs"), encoding="utf-8") as p:
                f.write(p.read())
        flags = ["--edition", "2021", "--crate-type", "lib", "--crate-name", "check_crate",
                 "--emit=obj", "-C", "opt-level=z", "--target", HOST]
        rustc(flags + ["-o", os.path.join(tmp, "official.o"), crate])
        rustc(flags + ["--sysroot", x86_sysroot, "-o", os.path.join(tmp, "ours.o"), crate])
        same, total, differ = compare(sections(os.path.join(tmp, "official.o")),
                                      sections(os.path.join(tmp, "ours.o")))
        locations = []
        for side in ("official", "ours"):
            with open(os.path.join(tmp, side + ".o"), "rb") as f:
                locations.append(sorted(set(LOCATION_FILE.findall(f.read()))))
        print("crate of %d programs + check_probe.rs, x86_64 opt-level=z, against each core: "
              "%d/%d allocated sections identical; %d core files named by panic Locations, %s"
              % (len(programs), same, total, len(locations[0]),
                 "the same" if locations[0] == locations[1] else "NOT the same"))
        for name in differ:
            print("  differs: " + name)
        if same != total:
            fail("the crate's code differs between the official and the rebuilt core")
        if locations[0] != locations[1] or not locations[0]:
            fail("panic Locations differ (or none names a core file): %s vs %s" % tuple(locations))

        # 2. the thumb targets
        sysroot = os.path.join(build, "sysroot")
        for target in link_image.TARGETS:
            # compiler_builtins must not call out: a helper LLVM lowered into a call to itself
            # or to one it lacks would recurse or fail to link only in some images.
            d = os.path.join(tmp, "cb-" + target)
            os.makedirs(d)
            subprocess.run(["ar", "x", link_image.sysroot_lib(sysroot, target, "compiler_builtins")],
                           cwd=d, check=True)
            for obj in glob.glob(os.path.join(d, "*.o")):
                undefined = sorted(n for n, _, _, shndx, _ in elf.Elf(obj).symbols() if n and shndx == 0)
                if undefined:
                    fail("%s compiler_builtins refers to symbols it does not define: %s"
                         % (target, ", ".join(undefined)))
            obj = os.path.join(tmp, "check_crate-%s.o" % target)
            link_image.compile_lib(crate, obj, target, sysroot, "z")
            roots, _, flash, unwind = link_image.link([obj], target, sysroot, tmp,
                                                      os.path.join(tmp, target + ".elf"), "z")
            with open(crate, encoding="utf-8") as f:
                declared = len(re.findall(r"\bpub fn root_", f.read()))
            if len(roots) != declared:
                fail("%s: %d roots found in the object, %d `pub fn root_*` in the crate"
                     % (target, len(roots), declared))
            print("%s: the crate compiles against the rebuilt core and links: %d roots, "
                  "%d flash bytes (+%d unwind) at opt-level=z" % (target, len(roots), flash, unwind))
    print("cortex-m-core-check: passed")


if __name__ == "__main__":
    main()
