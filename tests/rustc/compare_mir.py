#!/usr/bin/env python3
"""Compare coroslim's MIR of every coroutine with rustc 1.95's own dumps, text for text.

usage: tests/rustc/compare_mir.py [--coroslim ./coroslim] [--configs=LIST] [-v] FILE.rs...

For each program and config (debug/release x unwind/abort, default all four): rustc
compiles the program as tests/rustc/common.py's crate with
`-Zdump-mir=StateTransform|coroutine_drop`; then, per coroutine body,
  build  `coroslim build`'s body          == rustc's `StateTransform.before`
  lower  `coroslim lower`'s resume fn      == rustc's `StateTransform.after`
  drop   `coroslim lower`'s `::{drop}` shim == rustc's `coroutine_drop`
after a normalisation that removes only spelling (comments, `debug`/`let`/`scope`
lines, the fn header, `std::...::` path prefixes, async block names): blocks,
statements, terminators, their order and local numbers must be equal. Prints one
line per program and config, then `N/M bodies equal`; exit 1 on any difference
(with -v, the first lines of each diff). Prints `skipped` and exits 0 without rustc.
"""
import difflib
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import common  # noqa: E402

CONFIGS = ["debug-unwind", "release-unwind", "debug-abort", "release-abort"]
PREFIXES = ("std::future::", "std::task::", "std::pin::", "core::panicking::", "std::ops::", "std::mem::",
            "std::option::", "std::result::", "std::convert::")


def norm(text):
    out = []
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    for line in text.splitlines():
        if line.startswith("fn "):
            continue
        s = re.sub(r"\s*//.*$", "", line.strip())
        if not s or s == "}" or s.startswith(("debug ", "let ", "scope ")):
            continue
        for p in PREFIXES:
            s = s.replace(p, "")
        # rustc spells a block `{async block@file:L:C: L:C}` (`{coroutine@...}` in aggregates)
        s = re.sub(r"\{coroutine@[^{}]*?\(#\d+\)\}", "{async block}", s)
        s = re.sub(r"\{async block@[^{}]*(\{async block#\d+\}[^{}]*)?\}", "{async block}", s)
        # rustc zips an aggregate's operands with upvars_mentioned, one name per variable: the
        # operands of a second field capture of a variable (`{ s: move _9 }` for `&s.a`, `&s.b`)
        # are not printed; coroslim prints them named `?` (print = parse^-1)
        s = re.sub(r", \?: [^,]*?(?=(, \?:| \}))", "", s)
        out.append(s)
    return out


def split_fns(text):
    fns, cur, buf = {}, None, []
    for line in text.splitlines():
        m = re.match(r"^fn (\S+?)\(", line)
        if m:
            cur, buf = m.group(1), [line]
            continue
        if cur is not None:
            buf.append(line)
            if line == "}":
                fns[cur] = "\n".join(buf)
                cur = None
    return fns


def rustc_dumps(prog, config, tmp):
    opt, panic = config.split("-")
    crate = common.Crate(prog)
    try:
        d = os.path.join(tmp, "%s-%s" % (os.path.basename(prog), config))
        r = crate.rustc(["-C", "opt-level=%d" % (3 if opt == "release" else 0), "-C", "panic=" + panic,
                         "-Zdump-mir=StateTransform|coroutine_drop", "-Zdump-mir-dir=" + d], bootstrap=True)
        if r.returncode != 0:
            return None, crate.fname[:-3], r.stderr.strip().splitlines()[:1]
        return d, crate.fname[:-3], None
    finally:
        crate.cleanup()


def compare(binary, prog, config, verbose):
    opt, panic = config.split("-")
    flags = (["--release"] if opt == "release" else []) + ["--panic=" + panic]
    with tempfile.TemporaryDirectory(prefix="coroslim_mir_") as tmp:
        d, crate, err = rustc_dumps(prog, config, tmp)
        if d is None:
            return 0, ["rustc failed: %s" % (err or ["?"])[0]]
        ok, bad = 0, []
        for cmd, stage in (("build", "StateTransform.before"), ("lower", "StateTransform.after")):
            r = subprocess.run([binary, cmd, prog] + flags, capture_output=True, text=True, cwd=ROOT)
            if r.returncode != 0:
                bad.append("coroslim %s failed: %s" % (cmd, r.stderr.strip()[:200]))
                continue
            for name, body in split_fns(r.stdout).items():
                if name.endswith("::{drop}"):
                    what = "drop"
                    pat = "%s.%s.-------.coroutine_drop.0.mir" % (crate, name[:-len("::{drop}")].replace("::", "-"))
                elif "{closure" in name:
                    what = cmd
                    pat = "%s.%s.*.%s.mir" % (crate, name.replace("::", "-"), stage)
                else:
                    continue
                files = glob.glob(os.path.join(glob.escape(d), pat))
                if not files:
                    bad.append("%s %s: rustc has no dump" % (what, name))
                    continue
                with open(files[0], encoding="utf-8") as fh:
                    want = norm(fh.read())
                got = norm(body)
                if got == want:
                    ok += 1
                    continue
                bad.append("%s %s differs" % (what, name))
                if verbose:
                    diff = list(difflib.unified_diff(got, want, "coroslim", "rustc", lineterm="", n=1))
                    bad[-1] += "\n" + "\n".join(diff[:40])
        return ok, bad


def main(argv):
    binary, configs, verbose, files = os.path.join(ROOT, "coroslim"), CONFIGS, False, []
    for a in argv:
        if a.startswith("--coroslim="):
            binary = a.split("=", 1)[1]
        elif a.startswith("--configs="):
            configs = a.split("=", 1)[1].split(",")
        elif a == "-v":
            verbose = True
        elif a.startswith("-"):
            sys.stderr.write("usage: %s\n" % __doc__.splitlines()[2].strip())
            return 2
        else:
            files.append(a)
    common.require_rustc()
    if not files:
        sys.stderr.write("compare_mir.py: no programs given\n")
        return 2
    total_ok = total = 0
    for prog in files:
        for config in configs:
            ok, bad = compare(binary, prog, config, verbose)
            total_ok += ok
            total += ok + len(bad)  # a failed command counts as one body not equal
            print("%s %s %s: %d equal%s" % ("ok  " if not bad else "FAIL", prog, config, ok,
                                            "".join("\n    " + b for b in bad)), flush=True)
    print("%d/%d bodies equal (build, resume fn, drop shim)" % (total_ok, total))
    return 0 if total_ok == total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
