#!/usr/bin/env python3
"""Compare the layout of every enum of the subset with rustc 1.95's, line for line.

usage: tests/rustc/compare_enum_layout.py [--coroslim ./coroslim] [FILE.rs|DIR ...]
       (default: every tests/rust/enum_*.rs, option_*.rs, result_*.rs, try_*.rs, iflet_*.rs and niche_*.rs)

For each program, `coroslim layout FILE` prints each enum item (and each Poll<T> whose
Pending sits in T's niche) as -Zprint-type-sizes does (size, alignment, discriminant,
variants by decreasing size, fields by offset with padding; a Poll<T> rustc does not
print, because no poll returning it is codegened, is listed as `unused`, not compared); rustc compiles the program (tests/rustc/common.py's crate) with
-Zprint-type-sizes at opt-level 0 and 3; the two blocks of each enum must be equal
(issue 22 item 4: tag placement and size as rustc computes them). Prints one line per
enum and config, then `N/M enum layouts equal`; exit 1 on any difference. Prints
`skipped` and exits 0 when rustc is not installed.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import common  # noqa: E402

TYPE_RE = re.compile(r"^print-type-size type: `(.*?)`: ")


def blocks(text):
    """type name -> its print-type-size lines (the type line first)."""
    out, cur = {}, None
    for line in text.splitlines():
        for prefix in ("std::option::", "std::result::", "std::task::"):  # core's Option / Result / Poll: the subset's spelling
            line = line.replace(prefix, "")
        m = TYPE_RE.match(line)
        if m:
            cur = out.setdefault(m.group(1), [])
            if cur:  # printed twice: keep the first
                cur = []
            cur.append(line)
        elif cur is not None and line.startswith("print-type-size "):
            cur.append(line)
        else:
            cur = None
    return out


def programs(args):
    paths = args or [os.path.join(ROOT, "tests", "rust")]
    out = []
    for p in paths:
        if os.path.isdir(p):
            out += [os.path.join(p, n) for n in sorted(os.listdir(p))
                    if n.endswith(".rs") and n.split("_")[0] in ("enum", "option", "result", "try", "iflet", "niche")]
        else:
            out.append(p)
    return out


def main(argv):
    coroslim = "./coroslim"
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--coroslim":
            coroslim = argv[i + 1]
            i += 2
            continue
        args.append(argv[i])
        i += 1
    common.require_rustc()
    total = equal = 0
    for path in programs(args):
        rel = os.path.relpath(path, ROOT)
        r = subprocess.run([coroslim, "layout", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           cwd=ROOT)
        if r.returncode != 0:
            print("ERROR %s: coroslim: %s" % (rel, r.stderr.strip()))
            total += 1
            continue
        ours = {k: v for k, v in blocks(r.stdout).items() if not k.startswith("{")}
        crate = common.Crate(path)
        try:
            for opt in ("0", "3"):
                rr = crate.rustc(["-Zprint-type-sizes", "-C", "opt-level=" + opt], bootstrap=True)
                if rr.returncode != 0:
                    print("ERROR %s: rustc failed: %s" % (rel, (rr.stderr.strip().splitlines() or ["?"])[0]))
                    total += 1
                    continue
                theirs = blocks(rr.stdout)
                for name in sorted(ours):
                    if name.startswith("Poll<") and name not in theirs:
                        # rustc lays a Poll<T> out (and prints it) only where a poll returning it is
                        # codegened: not for an async fn no exported fn reaches
                        print("unused   %s %s O%s: rustc prints no such type" % (rel, name, opt))
                        continue
                    total += 1
                    if theirs.get(name) == ours[name]:
                        equal += 1
                        print("equal    %s %s O%s: %s" % (rel, name, opt, ours[name][0].split(": ", 1)[1]))
                    else:
                        print("MISMATCH %s %s O%s" % (rel, name, opt))
                        for line in theirs.get(name, ["(rustc prints no such type)"]):
                            print("  rustc:    " + line)
                        for line in ours[name]:
                            print("  coroslim: " + line)
        finally:
            crate.cleanup()
    print("%d/%d enum layouts equal" % (equal, total))
    return 0 if equal == total else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
