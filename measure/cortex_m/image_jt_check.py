#!/usr/bin/env python3
"""Checks image_report.py's JumpThreading rule on the emitted firmware images (make cortex-m-image-check).

usage: image_jt_check.py [--build DIR] [--bin ./coroslim]

The rule (image_report.py; measure/bytes.c's, DESIGN.md "JumpThreading (branch ops20)"): an emitted
crate is compiled with JumpThreading on, as rustc's crate is, and again with it off only when the pass
changed an emitted resume fn or drop shim, which rustc's JumpThreading never sees. Checked:
- jt_touched / coroutine_bodies on dump directories written here: a changed resume fn or drop shim
  counts, a changed sync fn does not, an unchanged resume fn does not, a missing or unreadable dump
  counts (as in bytes.c);
- tests/rust/operators.rs (Oz and O3, both targets): nothing of a coroutine threaded, JumpThreading on
  (`"emitted_jump_threading": true`), and the emitted `lower` image equals rustc's own byte for byte
  (`logic`'s `&&`/`||` threaded as in rustc's crate; with the old rule, JumpThreading off for the whole
  crate, it was 488 vs 464 at M4 Oz);
- bench/mixed_state_machine.rs (Oz): JumpThreading would thread `resume_run`, so off, and the image
  names it (`"jump_threading_touched"`);
- a crate of both: one image, one rule: off, for the stage that threads it and for every other one.
Prints "skipped" and exits 0 without rustc 1.95 or the rebuilt core (make cortex-m-core).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import image_report  # noqa: E402

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what, flush=True)
    return cond


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def dump(d, name, when, body):
    write(os.path.join(d, "corpus.%s.003-014.JumpThreading.%s.mir" % (name.replace("::", "-"), when)),
          "// MIR for `%s` %s JumpThreading\n\nfn %s() -> () {\n%s}\n" % (name, when, name, body))


def unit():
    crate = ("#![no_std]\npub mod a {\nuse super::*;\nimpl Future for Coro_f {\n}\nimpl Drop for Coro_f {\n}\n}\n"
             "pub mod b {\nuse super::*;\nimpl Future for Coro_g {\n}\n}\n")
    bodies = image_report.coroutine_bodies(crate)
    check(bodies == {"a::resume_f", "a::drop_f", "b::resume_g"}, "coroutine_bodies: %s" % sorted(bodies))
    with tempfile.TemporaryDirectory(prefix="coroslim-jt-") as d:
        check(image_report.jt_touched(d, bodies) != [], "jt_touched: an empty dump dir is not a change")
        dump(d, "a::resume_f", "before", "  bb0: { return; }\n")
        dump(d, "a::resume_f", "after", "  bb0: { return; }\n")
        dump(d, "a::logic", "before", "  bb0: { goto -> bb1; }\n")
        dump(d, "a::logic", "after", "  bb0: { goto -> bb2; }\n")
        check(image_report.jt_touched(d, bodies) == [],
              "jt_touched: a threaded sync fn or an unchanged resume fn counted: %s"
              % image_report.jt_touched(d, bodies))
        dump(d, "a::drop_f", "before", "  bb0: { goto -> bb1; }\n")
        dump(d, "a::drop_f", "after", "  bb0: { goto -> bb2; }\n")
        check(image_report.jt_touched(d, bodies) == ["a::drop_f"],
              "jt_touched: a threaded drop shim: %s" % image_report.jt_touched(d, bodies))
        os.remove(os.path.join(d, "corpus.a-drop_f.003-014.JumpThreading.before.mir"))
        dump(d, "b::resume_g", "before", "  bb0: { goto -> bb1; }\n")
        dump(d, "b::resume_g", "after", "  bb0: { goto -> bb2; }\n")
        got = image_report.jt_touched(d, bodies)
        check(got == ["?corpus.a-drop_f.003-014.JumpThreading.after.mir", "b::resume_g"],
              "jt_touched: a dump without its before file, a threaded resume fn: %s" % got)
    if not failures:
        print("ok   jt_touched / coroutine_bodies on written dumps", flush=True)


def images(args, programs, opts, stages="rustc,lower"):
    cmd = ["python3", os.path.join(HERE, "image_report.py"), "--build", args.build, "--bin", args.bin,
           "--stages", stages, "--opt-levels", opts, "--panic", "abort", "--format", "json"] + programs
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if not check(r.returncode == 0 and r.stdout.startswith("{"),
                 "%s: exit %d: %s" % (" ".join(cmd), r.returncode, (r.stdout + r.stderr)[-400:])):
        return None
    rows = json.loads(r.stdout)["images"]
    return {(x["stage"], x["target"], x["opt_level"]): x for x in rows}


def main():
    ap = argparse.ArgumentParser(description="image_report.py's JumpThreading rule")
    ap.add_argument("--build", default="build")
    ap.add_argument("--bin", default="./coroslim")
    args = ap.parse_args()
    unit()
    vv = subprocess.run(["rustc", "-vV"], capture_output=True, text=True).stdout if image_report.shutil.which(
        "rustc") else ""
    sysroot = os.path.join(args.build, "sysroot", "lib", "rustlib")
    if "release: 1.95." not in vv or not all(
            os.path.exists(os.path.join(sysroot, t, "lib", "libcore.rlib")) for t in image_report.link_image.TARGETS):
        print("image JumpThreading: skipped (needs rustc 1.95 and `make cortex-m-core`)")
        return 1 if failures else 0
    ops, msm = "tests/rust/operators.rs", "bench/mixed_state_machine.rs"
    got = images(args, [ops], "z,3")
    if got:
        for (stage, target, opt), r in sorted(got.items()):
            if stage == "rustc":
                check(r.get("emitted_jump_threading") is None, "%s %s O%s rustc: rule %r" % (ops, target, opt,
                                                                                        r.get("emitted_jump_threading")))
                continue
            rc = got[("rustc", target, opt)]["flash"]
            if (check(r.get("emitted_jump_threading") is True and "jump_threading_touched" not in r,
                      "%s %s O%s: JumpThreading %r, touched %s" % (ops, target, opt, r.get("emitted_jump_threading"),
                                                                   r.get("jump_threading_touched")))
                    and check(r["flash"] == rc, "%s %s O%s: lower %d vs rustc %d flash bytes"
                              % (ops, target, opt, r["flash"], rc))):
                print("ok   %s %s O%s: JumpThreading on, lower %d = rustc %d" % (ops, target, opt, r["flash"], rc),
                      flush=True)
    for progs in ([msm], [ops, msm]):
        got = images(args, progs, "z", "rustc,lower,pipeline")
        if not got:
            continue
        for (stage, target, opt), r in sorted(got.items()):
            if stage == "rustc":
                continue
            t = r.get("jump_threading_touched", [])
            if check(r.get("emitted_jump_threading") is False and "lower: mixed_state_machine::resume_run" in t
                     and all(n.endswith("mixed_state_machine::resume_run") for n in t),
                     "%s %s %s: JumpThreading %r, touched %s" % ("+".join(progs), stage, target,
                                                                 r.get("emitted_jump_threading"), t)):
                print("ok   %s %s %s Oz: JumpThreading off (%s)" % (" + ".join(progs), stage, target, ", ".join(t)),
                      flush=True)
    if failures:
        print("%d checks failed" % len(failures))
        return 1
    print("image JumpThreading: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
