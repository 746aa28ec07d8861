#!/usr/bin/env python3
"""bench/real/flash_validate.py [--coroslim ./coroslim] [--opt-level z,s,3] [--check PCT] FILE.rs:DUMPDIR...

The method error of `coroslim import DUMPDIR --format=flash` (measure/emit_import.c,
DESIGN.md "Flash bytes of real code"): DUMPDIR holds rustc 1.95's -Zdump-mir=StateTransform
dumps and -Zprint-type-sizes of FILE.rs (tests/import/regen.sh); FILE.rs holds its own
roots (`pub fn root_NAME` driving each async fn's future through `poll_task` and
`free_task`, as the emitted crates' roots do). For every coroutine body the flash mode
emits, its bytes after lowering (stage state_transform: coroslim's transform of rustc's
before-MIR, the crate's types as blobs, its callees external) are compared with rustc's
own object of FILE.rs at the same flags (x86_64, one codegen unit, panic=unwind, v0):
poll = the body fn `lib::NAME::{closure#0}` + `lib::poll_task::<..>`, drop =
`core::ptr::drop_in_place::<..>` + `lib::free_task::<..>`, each symbol's size (nm -S)
plus its own .rodata section (readelf -SW), as measure/flash.c counts them.

Prints a markdown table per opt-level and the total error; with --check PCT exits 1 when
the total differs by more than PCT percent or a body did not emit (make import-flash-check).
"""
import json
import os
import re
import subprocess
import sys
import tempfile


def rustc_bytes(rs, opt, tmp):
    obj = os.path.join(tmp, f"rustc-{opt}.o")
    cmd = ["rustc", "--edition", "2021", "--crate-type", "lib", "--crate-name", "lib", "--emit=obj", "-o", obj,
           "--cap-lints", "allow", "-C", "codegen-units=1", "-C", f"opt-level={opt}", "-C", "panic=unwind",
           "-C", "overflow-checks=on", "-C", "debug-assertions=off", "-C", "symbol-mangling-version=v0", rs]
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                   env=dict(os.environ, RUSTC_BOOTSTRAP="1"))
    rodata = {}
    for line in subprocess.run(["readelf", "-SW", obj], check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines():
        m = re.search(r"\]\s+\.rodata\.(\S+)\s+\S+\s+\S+\s+\S+\s+([0-9a-f]+)", line)
        if m:
            rodata[m.group(1)] = int(m.group(2), 16)
    raw = subprocess.run(["nm", "-S", obj], check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines()
    dem = subprocess.run(["nm", "-S", "-C", obj], check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines()
    syms = {}
    for r, d in zip(raw, dem):
        p, q = r.split(), d.split(None, 3)
        if len(p) < 4 or p[2] not in "tTwW":
            continue
        name = re.sub(r"\[[0-9a-f]+\]", "", q[3])
        syms[name] = syms.get(name, 0) + int(p[1], 16) + rodata.get(p[3], 0)
    return syms


def body_bytes(syms, name):
    """poll, drop of coroutine body `NAME::{closure#0}` in rustc's object"""
    path = f"lib::{name}"
    poll = syms.get(path, 0) + syms.get(f"lib::poll_task::<{path}>", 0)
    drop = syms.get(f"core::ptr::drop_in_place::<{path}>", 0) + syms.get(f"lib::free_task::<{path}>", 0)
    return poll, drop


def main():
    args = sys.argv[1:]
    coroslim, opts, check = "./coroslim", ["z"], None
    pairs = []
    i = 0
    while i < len(args):
        a = args[i]
        if a.startswith("--coroslim="):
            coroslim = a.split("=", 1)[1]
        elif a.startswith("--opt-level="):
            opts = a.split("=", 1)[1].split(",")
        elif a.startswith("--check="):
            check = float(a.split("=", 1)[1])
        elif ":" in a and not a.startswith("-"):
            pairs.append(tuple(a.split(":", 1)))
        else:
            sys.exit(__doc__)
        i += 1
    if not pairs:
        sys.exit(__doc__)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for opt in opts:
            tot_e = tot_r = 0
            rows = []
            missing = []
            for rs, dump in pairs:
                syms = rustc_bytes(rs, opt, tmp)
                p = subprocess.run([coroslim, "import", dump, "--format=flash", f"--opt-level={opt}"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if p.returncode != 0:
                    sys.exit(f"flash_validate: coroslim import {dump} --format=flash exited {p.returncode}: {p.stderr[-400:]}")
                for b in json.loads(p.stdout)["coroutines"]:
                    if b["flash"][0] is None:
                        missing.append((rs, b["name"], b["why"]))
                        continue
                    rp, rd = body_bytes(syms, b["name"])
                    ep, ed = b["poll"][0], b["drop"][0]
                    tot_e += ep + ed
                    tot_r += rp + rd
                    err = 100.0 * (ep + ed - rp - rd) / (rp + rd) if rp + rd else 0.0
                    rows.append(f"| {os.path.basename(rs)} | `{b['name']}` | {rp} + {rd} = {rp + rd} | {ep} + {ed} = "
                                f"{ep + ed} | {err:+.1f}% |")
            tot_err = 100.0 * (tot_e - tot_r) / tot_r if tot_r else 0.0
            print(f"opt-level={opt}: emitted after lowering against rustc's own object (poll + drop bytes)\n")
            print("| file | coroutine | rustc | emitted | error |")
            print("|---|---|---|---|---|")
            print("\n".join(rows))
            print(f"| total | {len(rows)} bodies | {tot_r} | {tot_e} | {tot_err:+.1f}% |")
            for rs, n, why in missing:
                print(f"\nnot emitted: {os.path.basename(rs)} `{n}`: {why}")
            print()
            if check is not None and (abs(tot_err) > check or missing):
                bad = 1
    sys.exit(bad)


if __name__ == "__main__":
    main()
