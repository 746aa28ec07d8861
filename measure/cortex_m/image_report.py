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
JumpThreading on the emitted crates (bytes.c's rule, DESIGN.md "JumpThreading (branch ops20)"): rustc's
JumpThreading skips coroutine bodies and runs on every other fn; an emitted resume fn or drop shim is an
ordinary fn. So each emitted crate is compiled with it on, as rustc's crate is, with
`-Z dump-mir=JumpThreading` as a probe (the object is the same with or without the dump); when the pass
changed an emitted resume fn (`M::resume_X`) or drop shim (`M::drop_X`) of any emitted stage of one
(panic setting, target, opt-level), every emitted stage of that setting is compiled again with
`-Z mir-enable-passes=-JumpThreading`, so that the stages are measured alike. Each image says which:
`"emitted_jump_threading"` true (on) / false (off; `"jump_threading_touched"` names the bodies that
made it so) / null (the rustc stage, rustc's own crate); the table's `JT` column says on/off/-.
Prints "skipped" and exits 0 without rustc 1.95 or without the rebuilt sysroot.
"""
import argparse
import glob
import json
import os
import re
import shutil
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


JT_OFF = ["-Z", "mir-enable-passes=-JumpThreading"]


def coroutine_bodies(text):
    """The names rustc's MIR dumps give the resume fns and drop shims of an emitted crate (sample_crate's
    `pub mod M` per program, emit_rust.c's `resume_X` / `drop_X` behind `impl Future|Drop for Coro_X`)."""
    out, mod = set(), None
    for line in text.splitlines():
        m = re.match(r"^pub mod (\w+) \{$", line)
        if m:
            mod = m.group(1)
            continue
        m = re.match(r"^impl (Future|Drop) for Coro_(\w+) \{$", line)
        if m and mod:
            out.add("%s::%s_%s" % (mod, "resume" if m.group(1) == "Future" else "drop", m.group(2)))
    return out


def jt_touched(dump_dir, bodies):
    """The resume fns / drop shims (of bodies) whose JumpThreading dump after the pass differs from the one
    before it (the first line, `// MIR for `NAME` before|after JumpThreading`, apart), sorted; a dump that
    cannot be read counts as a change (`?FILE`), as in measure/bytes.c's jt_touches_coroutines."""
    touched = []
    afters = glob.glob(os.path.join(glob.escape(dump_dir), "*.JumpThreading.after.mir"))
    if not afters:
        return ["?no JumpThreading dump in %s" % dump_dir]
    for after in afters:
        before = after[:-len("after.mir")] + "before.mir"
        try:
            with open(after, encoding="utf-8") as f:
                a = f.read()
            with open(before, encoding="utf-8") as f:
                b = f.read()
        except OSError:
            touched.append("?" + os.path.basename(after))
            continue
        m = re.match(r"// MIR for `(.*)` after JumpThreading\n", a)
        if not m:
            touched.append("?" + os.path.basename(after))
        elif m.group(1) in bodies and a.split("\n", 1)[1] != b.split("\n", 1)[1]:
            touched.append(m.group(1))
    return sorted(touched)


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
    crates, bodies = {}, {}
    for stage in stages:
        for target in link_image.TARGETS:
            if stage == "rustc":
                path, remap = os.path.join(work, "corpus.rs"), []
            else:
                d = os.path.join(work, "%s-%s" % (stage, target))
                os.makedirs(d, exist_ok=True)
                # JumpThreading: on, probed, off only where it touched a resume fn or drop shim (below)
                path, remap = os.path.join(d, "corpus.rs"), ["--remap-path-prefix", "%s=%s" % (d, work)]
            crates[(stage, target)] = (path, remap)
            if stage == "rustc" and target != link_image.TARGETS[0]:
                continue
            text = stage_crate(stage, args.programs, args.bin, target)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            if stage != "rustc":
                bodies[(stage, target)] = coroutine_bodies(text)
    crate = crates[(stages[0], link_image.TARGETS[0])][0]
    rows = []
    for setting in panics:
        strategy, extra = settings[setting]
        for target in link_image.TARGETS:
            for opt in args.opt_levels.split(","):
                # every stage of this setting compiled; the emitted ones with JumpThreading probed
                t0 = time.monotonic()
                objs, touched = {}, []
                for stage in stages:
                    tag = "%s-%s-O%s-%s" % (stage, target, opt, setting)
                    obj = os.path.join(work, "corpus-%s.o" % tag)
                    path, remap = crates[(stage, target)]
                    probe = []
                    if stage != "rustc":
                        dump = os.path.join(work, "jt", tag)
                        shutil.rmtree(dump, ignore_errors=True)
                        probe = ["-Z", "dump-mir=JumpThreading", "-Z", "dump-mir-dir=" + dump]
                    link_image.compile_lib(path, obj, target, sysroot_of(setting), opt, strategy,
                                           extra + remap + probe)
                    if probe:
                        touched += ["%s: %s" % (stage, n) for n in jt_touched(dump, bodies[(stage, target)])]
                        shutil.rmtree(dump, ignore_errors=True)
                    objs[stage] = obj
                if touched:  # all emitted stages again with JumpThreading off
                    for stage in stages:
                        if stage != "rustc":
                            path, remap = crates[(stage, target)]
                            link_image.compile_lib(path, objs[stage], target, sysroot_of(setting), opt, strategy,
                                                   extra + remap + JT_OFF)
                for stage in stages:
                    tag = "%s-%s-O%s-%s" % (stage, target, opt, setting)
                    image = os.path.join(work, "corpus-%s.elf" % tag)
                    roots, sections, flash, unwind = link_image.link([objs[stage]], target, sysroot_of(setting),
                                                                     work, image, opt, None, strategy)
                    row = {"stage": stage, "target": target, "opt_level": opt, "panic": setting,
                           "roots": len(roots), "image": image, "sections": sections, "flash": flash,
                           "unwind": unwind, "emitted_jump_threading": None if stage == "rustc" else not touched}
                    if touched and stage != "rustc":
                        row["jump_threading_touched"] = touched
                    rows.append(row)
                print("cortex-m-image: %s O%s %s: %d stage(s) linked in %.1f s, emitted JumpThreading %s%s"
                      % (target, opt, setting, len(stages), time.monotonic() - t0,
                         "-" if stages == ["rustc"] else "off" if touched else "on",
                         " (it threads %s)" % ", ".join(touched) if touched else ""),
                      file=sys.stderr, flush=True)
    order = {(st, se, t, o): i for i, (st, se, t, o) in enumerate(
        (st, se, t, o) for st in stages for se in panics for t in link_image.TARGETS
        for o in args.opt_levels.split(","))}
    rows.sort(key=lambda r: order[(r["stage"], r["panic"], r["target"], r["opt_level"])])
    if args.format == "json":
        json.dump({"programs": len(args.programs), "crate": crate, "images": rows}, sys.stdout, indent=1)
        print()
        return
    with_roots = [p for p in args.programs if sample_crate.roots(p, open(p, encoding="utf-8").read())]
    print("image of %d programs (%d without `//@ args` left out; %s, %d roots): flash bytes = vector table + .text + "
          ".rodata + .data (.ARM.exidx apart)" % (len(with_roots), len(args.programs) - len(with_roots),
                                                 crate, rows[0]["roots"]))
    print("%-16s %-20s %-20s %3s %8s %8s %8s %8s %8s %8s %3s" % ("stage", "panic", "target", "opt", "vectors",
                                                               ".text", ".rodata", ".data", "flash", "exidx", "JT"))
    for r in rows:
        s = r["sections"]
        jt = r["emitted_jump_threading"]
        print("%-16s %-20s %-20s %3s %8d %8d %8d %8d %8d %8d %3s" % (
            r["stage"], r["panic"], r["target"], r["opt_level"], s.get(".vector_table", 0), s.get(".text", 0),
            s.get(".rodata", 0), s.get(".data", 0), r["flash"], r["unwind"],
            "-" if jt is None else "on" if jt else "off"))


if __name__ == "__main__":
    main()
