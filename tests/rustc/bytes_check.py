#!/usr/bin/env python3
"""Structural checks of `coroslim bytes` that fail if it measures wrong.

usage: tests/rustc/bytes_check.py [--coroslim ./coroslim]

On a few programs, at two settings (debug / opt-level z / unwind and
release / opt-level s / abort, x86_64):
* the JSON parses and has the issue's schema; totals equal the sum of the files;
* the `rustc` column equals an independent measurement: the crate coroslim
  wrote (kept with COROSLIM_BYTES_KEEP) compiled again here with the flags the
  settings imply, its text+ro counted from `readelf -SW` by this script's own
  reading of the rule, each coroutine's poll/drop bytes summed from `nm -S`
  (the body fn, poll_task's and free_task's copies, drop_in_place's) and `.rodata.SYM`;
* the crate holds the program verbatim and a root for exactly the fns no
  other fn calls (found here by a scan of the source);
* a program with guards has drop glue; every program has poll bytes;
* with the emitted stages (coroslim emit in the build) and core for
  thumbv7em (make cortex-m-core): panic-to-pending lowers the thumb bytes of
  a release program with >= 2 awaits; without them that check says skipped.
* with RUSTC pointing nowhere, `coroslim bytes` exits 1 naming rustc 1.95.
* with the emitted stages: tests/emit/xcrate_inline.rs (sync fns whose asserts
  the emitted crate writes as panic calls) in debug at Oz, both panic
  strategies: `lower` equals rustc's bytes and both objects define the same of
  its sync fns, with the same binding (the ones rustc infers cross-crate
  inlinable vanish or stay local in both).
* with the emitted stages, release x86_64: `lower` equals rustc's bytes on
  operators.rs (Oz abort; JumpThreading on for the emitted crate, reported as
  "emitted_jump_threading": true), bench/mixed_state_machine.rs (Oz unwind; its
  resume fn would be threaded, so false), basic_await.rs (true) and
  await_in_loop_match.rs (O3 abort; its resumed-after assert written as the
  anchor switch, emit_rust.c).
Prints `skipped: ...` and exits 0 without rustc 1.95.
"""
import json
import os
import re
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402

ROOT = common.ROOT
PROGRAMS = ["tests/rust/guard_across_await.rs", "tests/rust/async_block_nested.rs",
            "tests/rust/sync_fns.rs", "bench/driver_adc.rs", "bench/wrapper_mutex_guard.rs"]
GUARDED = ("tests/rust/guard_across_await.rs", "guarded")
UNWIND = (".eh_frame", ".eh_frame_hdr", ".ARM.exidx", ".ARM.extab", ".gcc_except_table")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL " + what)
    return cond


def rustc_version_ok():
    if shutil.which("rustc") is None:
        return False
    r = subprocess.run(["rustc", "--version"], capture_output=True, text=True)
    return r.returncode == 0 and r.stdout.startswith("rustc 1.95.")


def counted(name, flags, typ):
    """This script's own reading of DESIGN.md's rule, from readelf's columns."""
    if "A" not in flags or typ == "NOBITS":
        return False
    for u in UNWIND:
        if name == u or name.startswith(u + "."):
            return False
    if "W" in flags and not name.startswith(".data.rel.ro"):
        return False
    return True


def sections(obj):
    """[(name, type, size, flags)] from readelf -SW."""
    out = subprocess.run(["readelf", "-SW", obj], capture_output=True, text=True, check=True).stdout
    res = []
    for line in out.splitlines():
        m = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)\s+[0-9a-f]+\s+([A-Za-z]*)",
                     line)
        if m:
            res.append((m.group(1), m.group(2), int(m.group(3), 16), m.group(4)))
    return res


def symbols(obj):
    """{demangled: (mangled, size)} of defined functions, from nm -S."""
    def run(extra):
        return subprocess.run(["nm", "-S", "--defined-only"] + extra + [obj], capture_output=True, text=True,
                              check=True).stdout.splitlines()
    res = {}
    for raw, dem in zip(run([]), run(["--demangle"])):
        a = raw.split(None, 3)
        b = dem.split(None, 3)
        if len(a) == 4 and a[2] in "tT":
            res[b[3]] = (a[3], int(a[1], 16))
    return res


def fn_calls(src):
    """Names of the fns some other fn of the program calls (a scan of the source)."""
    fns, _ = common.scan_items(src)
    lines = src.splitlines()
    called = set()
    for f in fns:
        (l0, c0), (l1, c1) = f["start"], f["end"]
        body = "\n".join(lines[l0 - 1:l1])
        for g in fns:
            if g["name"] != f["name"] and re.search(r"\b%s\s*\(" % re.escape(g["name"]), body):
                called.add(g["name"])
    return [f["name"] for f in fns], called


def coroutine_bodies(coroslim, path):
    """coroutine name -> its body fn, as `coroslim build` names them (rustc's paths)."""
    out = subprocess.run([coroslim, "build", path], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    res, cur = {}, None
    for line in out.splitlines():
        m = re.match(r"coroutine (.*): async", line)
        if m:
            cur = m.group(1)
        m = re.match(r"\s*body (.*);", line)
        if m and cur:
            res[cur] = m.group(1)
    return res


def run_setting(coroslim, release, opt, panic):
    flags = ["--opt-level=" + opt, "--panic=" + panic] + (["--release"] if release else [])
    env = dict(os.environ, COROSLIM_BYTES_KEEP="1")
    r = subprocess.run([coroslim, "bytes", "--format=json"] + flags + PROGRAMS, capture_output=True, text=True,
                       cwd=ROOT, env=env)
    kept = re.search(r"crates kept in (\S+)", r.stderr)
    tag = "bytes %s" % " ".join(flags)
    if not check(r.returncode == 0 and kept, "%s: exit %d: %s" % (tag, r.returncode, r.stderr.strip()[-400:])):
        return
    tmp = kept.group(1)
    try:
        data = json.loads(r.stdout)
    except ValueError as e:
        check(False, "%s: JSON does not parse: %s" % (tag, e))
        shutil.rmtree(tmp, ignore_errors=True)
        return
    check(data["target"] == "x86_64" and data["opt_level"] == opt and data["panic"] == panic,
          "%s: header %r" % (tag, {k: data[k] for k in ("target", "opt_level", "panic")}))
    check([f["file"] for f in data["files"]] == PROGRAMS, "%s: files in argument order" % tag)
    check(data["totals"]["rustc"] == sum(f["rustc"] for f in data["files"]), "%s: rustc total" % tag)
    stage_names = [s["stage"] for s in data["totals"]["stages"]]
    for i, name in enumerate(stage_names):
        check(data["totals"]["stages"][i]["bytes"] == sum(f["stages"][i]["bytes"] for f in data["files"]),
              "%s: total of stage %s" % (tag, name))
    for f in data["files"]:
        check([s["stage"] for s in f["stages"]] == stage_names, "%s: %s: stages" % (tag, f["file"]))
        for s in f["stages"]:
            for c in s["coroutines"]:
                check(c["bytes"] == c["poll"] + c["drop"], "%s: %s %s: bytes = poll + drop" % (tag, f["file"], c["name"]))

    for i, f in enumerate(data["files"]):
        path = f["file"]
        src = common.read(os.path.join(ROOT, path))
        crate = os.path.join(tmp, "f%d-s0" % i)
        lib = common.read(os.path.join(crate, "lib.rs"))
        check(src in lib, "%s: %s: the crate holds the program verbatim" % (tag, path))
        names, called = fn_calls(src)
        roots = set(re.findall(r"^pub fn root_(\w+)\(", lib, re.M))
        check(roots == set(names) - called, "%s: %s: roots %s, expected %s"
              % (tag, path, sorted(roots), sorted(set(names) - called)))
        # compile it again, here
        again = os.path.join(tmp, "again-%d" % i)
        os.makedirs(again)
        shutil.copy(os.path.join(crate, "lib.rs"), again)
        onoff = "off" if release else "on"
        cmd = ["rustc", "--edition", "2021", "--crate-type", "lib", "--crate-name", "lib", "--emit=obj",
               "-o", "lib.o", "--cap-lints", "allow", "-C", "codegen-units=1", "-C", "opt-level=" + opt,
               "-C", "panic=" + panic, "-C", "overflow-checks=" + onoff, "-C", "debug-assertions=" + onoff,
               "-C", "symbol-mangling-version=v0", "--target", "x86_64-unknown-linux-gnu", "lib.rs"]
        rc = subprocess.run(cmd, cwd=again, env=dict(os.environ, RUSTC_BOOTSTRAP="1"), capture_output=True,
                            text=True)
        if not check(rc.returncode == 0, "%s: %s: rustc again: %s" % (tag, path, rc.stderr[-300:])):
            continue
        obj = os.path.join(again, "lib.o")
        secs = sections(obj)
        total = sum(size for name, typ, size, fl in secs if counted(name, fl, typ))
        check(f["rustc"] == total, "%s: %s: rustc %d bytes, measured again %d" % (tag, path, f["rustc"], total))
        syms = symbols(obj)
        sec_size = {name: size for name, typ, size, fl in secs if counted(name, fl, typ)}

        def size_of(dem):
            if dem not in syms:
                return 0
            mangled, size = syms[dem]
            return size + sec_size.get(".rodata." + mangled, 0)

        bodies = coroutine_bodies(coroslim, path)
        got = {c["name"]: c for c in f["rustc_coroutines"]}
        check(set(got) == set(bodies), "%s: %s: coroutines %s vs %s" % (tag, path, sorted(got), sorted(bodies)))
        polled = 0
        for name, body in bodies.items():
            if name not in got:
                continue
            poll = size_of("lib::" + body) + size_of("lib::poll_task::<lib::%s>" % body)
            drop = (size_of("core::ptr::drop_in_place::<lib::%s>" % body)
                    + size_of("lib::free_task::<lib::%s>" % body))
            check(got[name]["poll"] == poll and got[name]["drop"] == drop,
                  "%s: %s %s: poll/drop %d/%d, measured again %d/%d"
                  % (tag, path, name, got[name]["poll"], got[name]["drop"], poll, drop))
            polled += poll
            if (path, name) == GUARDED:
                check(drop > 0, "%s: %s %s: a coroutine with guards has drop glue" % (tag, path, name))
        check(polled > 0, "%s: %s: some poll bytes" % (tag, path))
        check(polled <= f["rustc"], "%s: %s: coroutines within the crate" % (tag, path))
    shutil.rmtree(tmp, ignore_errors=True)
    print("ok   %s: %d files, rustc %d bytes, stages %s" % (tag, len(data["files"]), data["totals"]["rustc"],
                                                          stage_names or "none (coroslim emit not built)"))
    return stage_names


def thumb_panic_to_pending(coroslim, have_stages):
    sysroot = os.environ.get("COROSLIM_SYSROOT", os.path.join(ROOT, "build", "sysroot"))
    lib = os.path.join(sysroot, "lib", "rustlib", "thumbv7em-none-eabi", "lib")
    has_core = os.path.isdir(lib) and any((n == "libcore.rlib" or n.startswith("libcore-")) for n in os.listdir(lib))
    if not have_stages or not has_core:
        print("skipped: panic-to-pending on thumbv7em (needs %s)"
              % " and ".join(w for w, ok in (("coroslim emit", have_stages), ("make cortex-m-core", has_core))
                             if not ok))
        return
    prog = "bench/driver_adc.rs"  # release, several awaits per coroutine
    r = subprocess.run([coroslim, "bytes", "--format=json", "--release", "--target=thumbv7em-none-eabi",
                        "--opt-level=z", "--passes=panic-to-pending", prog], capture_output=True, text=True,
                       cwd=ROOT, env=dict(os.environ, COROSLIM_SYSROOT=sysroot))
    if not check(r.returncode == 0, "thumb panic-to-pending: exit %d: %s" % (r.returncode, r.stderr[-400:])):
        return
    st = {s["stage"]: s["bytes"] for s in json.loads(r.stdout)["files"][0]["stages"]}
    check(st["panic-to-pending"] < st["lower"], "thumb panic-to-pending: %s" % st)
    print("ok   panic-to-pending on thumbv7em Oz, %s: %d -> %d bytes" % (prog, st["lower"], st["panic-to-pending"]))


def xcrate_inline(coroslim, have_stages):
    prog = "tests/emit/xcrate_inline.rs"
    if not have_stages:
        print("skipped: %s (needs coroslim emit)" % prog)
        return
    fns = ("plus_one", "halve", "plain", "calls", "holds", "long")
    for panic in ("unwind", "abort"):
        tag = "xcrate_inline debug Oz %s" % panic
        nfail = len(failures)
        env = dict(os.environ, COROSLIM_BYTES_KEEP="1")
        r = subprocess.run([coroslim, "bytes", "--format=json", "--passes=", "--opt-level=z", "--panic=" + panic,
                            prog], capture_output=True, text=True, cwd=ROOT, env=env)
        if not check(r.returncode == 0, "%s: exit %d: %s" % (tag, r.returncode, r.stderr[-400:])):
            continue
        f = json.loads(r.stdout)["files"][0]
        check(f["stages"][0]["bytes"] == f["rustc"], "%s: lower %d vs rustc %d" % (tag, f["stages"][0]["bytes"],
                                                                                 f["rustc"]))
        m = re.search(r"crates kept in (\S+)", r.stderr)
        if not check(m is not None, "%s: crates not kept" % tag):
            continue
        keep = m.group(1)
        defined = []
        for stage in ("f0-s0", "f0-s1"):  # rustc's crate, then the emitted one
            out = subprocess.run(["nm", os.path.join(keep, stage, "lib.o")], capture_output=True, text=True).stdout
            defined.append(sorted((n, t) for line in out.splitlines() if len(line.split()) == 3
                                  for _, t, sym in [line.split()] if t in "Tt"
                                  for n in fns if re.search(r"3lib%d%s$" % (len(n), n), sym)))
        shutil.rmtree(keep, ignore_errors=True)
        check(defined[0] == defined[1], "%s: sync fns defined: rustc %s, emitted %s" % (tag, defined[0], defined[1]))
        check(("plus_one", "T") not in defined[0] and ("halve", "T") not in defined[0],
              "%s: rustc keeps an exported copy of an inferred-inlinable fn: %s" % (tag, defined[0]))
        if len(failures) == nfail:
            print("ok   %s: %d = %d bytes, sync fns defined %s" % (tag, f["rustc"], f["stages"][0]["bytes"],
                                                                  defined[1]))


def jump_threading_and_asserts(coroslim, have_stages):
    """rustc's JumpThreading on the emitted crates (bytes.c, jt_touches_coroutines) and the always-failing
    assert's block (emit_rust.c): each program's `lower` equals rustc's bytes where the old rule did not.
    operators.rs: `logic`'s `&&`/`||` threaded as in rustc's crate (284 vs 275 with JumpThreading off);
    mixed_state_machine.rs: the resume fn would be threaded (882 vs 842), so the file's crates are compiled
    with it off; basic_await.rs: nothing threaded, on; await_in_loop_match.rs at O3: the resumed-after panic
    call placed as rustc's codegen places it (466 vs 490 with a Goto to it)."""
    if not have_stages:
        print("skipped: JumpThreading and assert blocks (needs coroslim emit)")
        return
    cases = (("tests/rust/operators.rs", "z", "abort", True),
             ("bench/mixed_state_machine.rs", "z", "unwind", False),
             ("tests/rust/basic_await.rs", "z", "unwind", True),
             ("tests/rust/await_in_loop_match.rs", "3", "abort", True))
    for prog, opt, panic, jt in cases:
        tag = "%s release O%s %s" % (prog, opt, panic)
        nfail = len(failures)
        env = dict(os.environ, COROSLIM_BYTES_KEEP="1")
        r = subprocess.run([coroslim, "bytes", "--format=json", "--passes=", "--release", "--opt-level=" + opt,
                            "--panic=" + panic, prog], capture_output=True, text=True, cwd=ROOT, env=env)
        if not check(r.returncode == 0, "%s: exit %d: %s" % (tag, r.returncode, r.stderr[-400:])):
            continue
        f = json.loads(r.stdout)["files"][0]
        check(f.get("emitted_jump_threading") is jt, "%s: emitted_jump_threading %s, expected %s"
              % (tag, f.get("emitted_jump_threading"), jt))
        check(f["stages"][0]["bytes"] == f["rustc"], "%s: lower %d vs rustc %d" % (tag, f["stages"][0]["bytes"],
                                                                                 f["rustc"]))
        m = re.search(r"crates kept in (\S+)", r.stderr)
        if check(m is not None, "%s: crates not kept" % tag):
            keep = m.group(1)
            # the probe's dump is there in both cases (the first compile), the resume fns among it
            dumps = os.listdir(os.path.join(keep, "f0-s1", "jt")) if os.path.isdir(os.path.join(keep, "f0-s1", "jt")) else []
            check(any(n.startswith("lib.resume_") and n.endswith(".JumpThreading.after.mir") for n in dumps),
                  "%s: no JumpThreading dump of a resume fn in %s" % (tag, keep))
            with open(os.path.join(keep, "f0-s1", "lib.rs")) as fh:
                lib = fh.read()
            check(lib.count("_anchor_false = _anchor_ptr == COROSLIM_NULL;") >= 1,
                  "%s: no always-failing assert written as the anchor switch" % tag)
            shutil.rmtree(keep, ignore_errors=True)
        if len(failures) == nfail:
            print("ok   %s: lower %d = rustc %d, JumpThreading %s" % (tag, f["stages"][0]["bytes"], f["rustc"],
                                                                      "on" if jt else "off"))


def main():
    args = sys.argv[1:]
    coroslim = os.path.join(ROOT, "coroslim")
    if len(args) == 2 and args[0] == "--coroslim":
        coroslim = os.path.abspath(args[1])
    if not rustc_version_ok():
        print("skipped: rustc 1.95 not found")
        return 0
    r = subprocess.run([coroslim, "bytes", PROGRAMS[0]], capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ, RUSTC="/nonexistent/rustc"))
    check(r.returncode == 1 and "needs rustc 1.95" in r.stderr and not r.stdout,
          "without rustc: exit %d, %r" % (r.returncode, r.stderr))
    stages = run_setting(coroslim, False, "z", "unwind")
    run_setting(coroslim, True, "s", "abort")
    thumb_panic_to_pending(coroslim, bool(stages))
    xcrate_inline(coroslim, bool(stages))
    jump_threading_and_asserts(coroslim, bool(stages))
    if failures:
        print("%d checks failed" % len(failures))
        return 1
    print("rustc-bytes: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
