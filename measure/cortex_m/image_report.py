#!/usr/bin/env python3
"""Flash bytes of a firmware image of corpus programs on both Cortex-M targets (make cortex-m-image).

usage: image_report.py [--build DIR] [--opt-levels z,s,3]
                       [--panic abort,abort-location-none,immediate-abort]
                       [--stages rustc,lower,pipeline,panic-to-pending] [--bin ./coroslim]
                       [--format table|json] PROGRAM.rs...

Writes the crate of the programs (sample_crate.py: one `pub fn root_*` per `//@ args` line) to
BUILD/cortex_m/image/corpus.rs, compiles it against BUILD/sysroot (make cortex-m-core) for
thumbv7em-none-eabi (Cortex-M4) and thumbv6m-none-eabi (Cortex-M0) at each opt-level and panic
setting (abort; abort with -Zlocation-detail=none for the crate; immediate-abort, crate and core,
against BUILD/sysroot-immediate-abort), links each with link_image.py, and prints the sections and flash bytes.
--stages: which crate of the programs: `rustc` (their source, the default), or what `coroslim emit
--release --panic=abort --target=T` (--bin) makes of them after lowering (`lower`), after the whole
pipeline (`pipeline`) or after one pass alone (a pass name, e.g. `panic-to-pending`); the same roots,
executor and prelude in each (sample_crate.crate_emitted), so before/after is the pass's saving in flash.
Prints "skipped" and exits 0 without rustc 1.95 or without the rebuilt sysroot.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import link_image  # noqa: E402
import sample_crate  # noqa: E402

PASSES = ("elide-awaitless", "inline-single-await", "merge-states", "panic-to-pending")


def stage_crate(stage, programs, binary, target):
    if stage == "rustc":
        return sample_crate.crate(programs)
    passes = None if stage == "lower" else ",".join(PASSES) if stage == "pipeline" else stage
    return sample_crate.crate_emitted(programs, binary, passes, target)


def main():
    ap = argparse.ArgumentParser(description="flash bytes of an image of corpus programs")
    ap.add_argument("programs", nargs="+", metavar="PROGRAM.rs")
    ap.add_argument("--build", default="build")
    ap.add_argument("--opt-levels", default="z,s,3")
    ap.add_argument("--panic", default="abort",
                    help="comma-separated panic settings: abort (BUILD/sysroot), "
                         "abort-location-none (the same, crate compiled with "
                         "-Zlocation-detail=none), immediate-abort (BUILD/sysroot-immediate-abort); "
                         "a setting whose sysroot is missing is skipped")
    ap.add_argument("--stages", default="rustc",
                    help="comma-separated: rustc, lower, pipeline, or a pass name (that pass alone)")
    ap.add_argument("--bin", default="./coroslim", help="coroslim binary for the emitted stages")
    ap.add_argument("--format", default="table", choices=["table", "json"])
    args = ap.parse_args()
    stages = args.stages.split(",")
    for st in stages:
        if st not in ("rustc", "lower", "pipeline") + PASSES:
            sys.exit("image_report: error: --stages: unknown stage %s (rustc, lower, pipeline, %s)"
                     % (st, ", ".join(PASSES)))

    try:
        vv = subprocess.run(["rustc", "-vV"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        print("cortex-m-image: skipped (no rustc)")
        return
    if "release: 1.95." not in vv:
        print("cortex-m-image: skipped (needs rustc 1.95)")
        return
    settings = {  # name: (panic strategy, extra rustc flags for the crate)
        "abort": ("abort", []),
        "abort-location-none": ("abort", ["-Z", "location-detail=none"]),
        "immediate-abort": ("immediate-abort", []),
    }

    def sysroot_of(setting):
        strategy = settings[setting][0]
        return os.path.abspath(os.path.join(args.build, "sysroot" if strategy == "abort"
                                            else "sysroot-" + strategy))

    panics = []
    for setting in args.panic.split(","):
        if setting not in settings:
            sys.exit("image_report: error: --panic: unknown setting %s (one of %s)"
                     % (setting, ", ".join(settings)))
        if all(os.path.exists(os.path.join(sysroot_of(setting), "lib/rustlib", t, "lib/libcore.rlib"))
               for t in link_image.TARGETS):
            panics.append(setting)
        else:
            print("cortex-m-image: panic=%s skipped (no rebuilt core under %s: make cortex-m-core says why)"
                  % (setting, sysroot_of(setting)))
    if not panics:
        return

    work = os.path.join(args.build, "cortex_m/image")
    os.makedirs(work, exist_ok=True)
    # (stage, target) -> (path, extra rustc flags): an emitted crate depends on the target's layouts.
    # Each is WORK/STAGE-TARGET/corpus.rs with that directory remapped to WORK, so that the panic
    # Locations' file name is WORK/corpus.rs in every crate, as in rustc's (a longer name would be
    # more .rodata in the emitted images only)
    crates = {}
    for stage in stages:
        for target in link_image.TARGETS:
            if stage == "rustc":
                path, remap = os.path.join(work, "corpus.rs"), []
            else:
                d = os.path.join(work, "%s-%s" % (stage, target))
                os.makedirs(d, exist_ok=True)
                # JumpThreading off: rustc skips it for coroutine bodies, and an emitted resume fn is an
                # ordinary fn (DESIGN.md, Bytes; coroslim bytes does the same)
                path, remap = os.path.join(d, "corpus.rs"), ["--remap-path-prefix", "%s=%s" % (d, work),
                                                             "-Z", "mir-enable-passes=-JumpThreading"]
            crates[(stage, target)] = (path, remap)
            if stage == "rustc" and target != link_image.TARGETS[0]:
                continue
            with open(path, "w", encoding="utf-8") as f:
                f.write(stage_crate(stage, args.programs, args.bin, target))
    crate = crates[(stages[0], link_image.TARGETS[0])][0]
    rows = []
    for stage in stages:
        for setting in panics:
            strategy, extra = settings[setting]
            for target in link_image.TARGETS:
                for opt in args.opt_levels.split(","):
                    t0 = time.monotonic()
                    tag = "%s-%s-O%s-%s" % (stage, target, opt, setting)
                    obj = os.path.join(work, "corpus-%s.o" % tag)
                    path, remap = crates[(stage, target)]
                    link_image.compile_lib(path, obj, target, sysroot_of(setting), opt, strategy, extra + remap)
                    image = os.path.join(work, "corpus-%s.elf" % tag)
                    roots, sections, flash, unwind = link_image.link([obj], target, sysroot_of(setting),
                                                                     work, image, opt, None, strategy)
                    rows.append({"stage": stage, "target": target, "opt_level": opt, "panic": setting,
                                 "roots": len(roots), "image": image, "sections": sections, "flash": flash,
                                 "unwind": unwind})
                    print("cortex-m-image: %s linked in %.1f s" % (tag, time.monotonic() - t0),
                          file=sys.stderr, flush=True)
    if args.format == "json":
        json.dump({"programs": len(args.programs), "crate": crate, "images": rows}, sys.stdout, indent=1)
        print()
        return
    with_roots = [p for p in args.programs if sample_crate.roots(p, open(p, encoding="utf-8").read())]
    print("image of %d programs (%d without `//@ args` left out; %s, %d roots): flash bytes = vector table + .text + "
          ".rodata + .data (.ARM.exidx apart)" % (len(with_roots), len(args.programs) - len(with_roots),
                                                 crate, rows[0]["roots"]))
    print("%-16s %-20s %-20s %3s %8s %8s %8s %8s %8s %8s" % ("stage", "panic", "target", "opt", "vectors",
                                                           ".text", ".rodata", ".data", "flash", "exidx"))
    for r in rows:
        s = r["sections"]
        print("%-16s %-20s %-20s %3s %8d %8d %8d %8d %8d %8d" % (
            r["stage"], r["panic"], r["target"], r["opt_level"], s.get(".vector_table", 0), s.get(".text", 0),
            s.get(".rodata", 0), s.get(".data", 0), r["flash"], r["unwind"]))


if __name__ == "__main__":
    main()
