#!/usr/bin/env python3
"""rustc oracle: the coroutine layouts and MIR sizes rustc produces for one program.

usage: tests/rustc/oracle.py FILE.rs [--release] [--panic=abort] [--raw]

Builds the same temp crate as compile_all.py (`#![allow(unused)]` + prelude +
program + generated main), then runs
  RUSTC_BOOTSTRAP=1 rustc --edition 2021 -Zprint-type-sizes [-C opt-level=3] [-C panic=abort]
for the layouts and
  rustc --edition 2021 --emit=mir -C opt-level=0 [-C panic=abort]
for the resume functions, and prints JSON on stdout:

{"file": ..., "release": bool, "panic": "unwind"|"abort", "coroutines": [
  {"name": "foo" | "F::{async block#k}", "kind": "async fn" | "async block",
   "line": L, "col": C,                      # position in FILE (async blocks: of `async`)
   "size": N, "align": A, "states": S, "tag_size": T,
   "variants": [{"name": "Unresumed"|"Suspend0"|...|"Returned"|"Panicked",
                 "size": printed variant size (bytes after the discriminant, as rustc prints it),
                 "fields": [{"name", "kind": "upvar"|"local", "size", "offset",
                             "offset_printed": bool, "align"?, "type"?}]}],
   "mir_blocks": B, "mir_stmts": K, "mir_lines": L}]}

Field names drop rustc's leading dot (`.x` -> `x`, `..coroutine_field3` ->
`coroutine_field3`). rustc prints an offset only for fields that start before
the end of the previously printed field (upvars and promoted locals placed
before the tag); every other offset is reconstructed exactly from rustc's
`padding:` lines (rustc starts each variant at offset = discriminant size).
`offset_printed` says which. `type` is given when rustc prints it, with async
block types renamed to our names. Coroutines are listed in source order; only
the program's own (not prelude/std). mir_stmts counts the statement and
terminator lines inside the `bbN: { }` bodies of the resume fn; mir_lines counts
all lines of the resume fn from `fn` to its closing brace.
--raw prints rustc's -Zprint-type-sizes lines for the program's coroutines instead.
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

TYPE_RE = re.compile(r"^print-type-size type: `(.*)`: (\d+) bytes, alignment: (\d+) bytes$")
DISCR_RE = re.compile(r"^print-type-size\s+discriminant: (\d+) bytes$")
VARIANT_RE = re.compile(r"^print-type-size\s+variant `(.*)`: (\d+) bytes$")
FIELD_RE = re.compile(r"^print-type-size\s+(upvar|local|field) `\.(.*?)`: (\d+) bytes(.*)$")
PAD_RE = re.compile(r"^print-type-size\s+padding: (\d+) bytes$")
END_PAD_RE = re.compile(r"^print-type-size\s+end padding: (\d+) bytes$")
BLOCK_RE = re.compile(r"\{async block@(.+?):(\d+):(\d+): (\d+):(\d+)\}")
FNBODY_RE = re.compile(r"^\{async fn body of (.+)\(\)\}$")
MIR_FN_RE = re.compile(r"^fn (.*?)\(_1: (?:std::pin::)?Pin<&mut (\{async (?:block|fn body).*?\})>")


class Namer:
    def __init__(self, crate):
        self.crate = crate
        self.async_fns = {f["name"]: f for f in crate.fns if f["is_async"]}
        self.blocks = {b["pos"]: b for b in crate.blocks}

    def name(self, ty):
        """rustc coroutine type -> (name, kind, line, col) or None if not the program's."""
        m = FNBODY_RE.match(ty)
        if m:
            fn = m.group(1)  # an associated fn `S::m` (issue 22 item 4) as common.scan_items names it
            if fn not in self.async_fns:
                fn = fn.split("::")[-1]
            if fn in self.async_fns:
                l, c = self.async_fns[fn]["start"]
                return fn, "async fn", l, c
            return None
        m = BLOCK_RE.fullmatch(ty)
        if m:
            if os.path.basename(m.group(1)) != self.crate.fname:
                return None
            line = self.crate.orig_line(int(m.group(2)))
            col = int(m.group(3))
            if line is None:
                return None
            b = self.blocks.get((line, col))
            if b is None:
                return "?::{async block@%d:%d}" % (line, col), "async block", line, col
            return "%s::{async block#%d}" % (b["fn"], b["index"]), "async block", line, col
        return None

    def rename_types(self, text):
        def sub(m):
            n = self.name(m.group(0))
            return n[0] if n else m.group(0)
        return BLOCK_RE.sub(sub, text)


def parse_type_sizes(out, namer):
    coros = []
    cur = None
    variant = None
    min_off = 0
    raw = []
    for line in out.splitlines():
        m = TYPE_RE.match(line)
        if m:
            cur = None
            n = namer.name(m.group(1))
            if n:
                cur = {"name": n[0], "kind": n[1], "line": n[2], "col": n[3],
                       "size": int(m.group(2)), "align": int(m.group(3)),
                       "states": 0, "tag_size": 0, "variants": []}
                coros.append(cur)
                raw.append(line)
            continue
        if cur is None or not line.startswith("print-type-size "):
            continue
        raw.append(line)
        m = DISCR_RE.match(line)
        if m:
            cur["tag_size"] = int(m.group(1))
            continue
        m = VARIANT_RE.match(line)
        if m:
            variant = {"name": m.group(1), "size": int(m.group(2)), "fields": []}
            cur["variants"].append(variant)
            min_off = cur["tag_size"]
            continue
        m = PAD_RE.match(line)
        if m:
            min_off += int(m.group(1))
            continue
        m = FIELD_RE.match(line)
        if m and variant is not None:
            kind, name, size, rest = m.group(1), m.group(2).lstrip("."), int(m.group(3)), m.group(4)
            f = {"name": name, "kind": kind, "size": size}
            tm = re.search(r", type: (.*)$", rest)
            if tm:
                rest = rest[:tm.start()]
            om = re.search(r"offset: (\d+) bytes", rest)
            am = re.search(r"alignment: (\d+) bytes", rest)
            if om:
                f["offset"] = int(om.group(1))
                f["offset_printed"] = True
            else:
                f["offset"] = min_off
                f["offset_printed"] = False
            if am:
                f["align"] = int(am.group(1))
            if tm:
                f["type"] = namer.rename_types(tm.group(1))
            variant["fields"].append(f)
            min_off = f["offset"] + size
            continue
    for c in coros:
        c["states"] = len(c["variants"])
    return coros, raw


def parse_mir(text, namer):
    """{coroutine name: (blocks, stmts, lines)} for every resume fn of the program."""
    res = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = MIR_FN_RE.match(lines[i])
        if not m:
            i += 1
            continue
        n = namer.name(m.group(2))
        start = i
        blocks = stmts = 0
        in_bb = False
        i += 1
        while i < len(lines) and lines[i] != "}":
            s = lines[i]
            if re.match(r"^    bb\d+( \(cleanup\))?: \{$", s):
                blocks += 1
                in_bb = True
            elif in_bb and s == "    }":
                in_bb = False
            elif in_bb and s.strip():
                stmts += 1
            i += 1
        if n:
            res[n[0]] = (blocks, stmts, i - start + 1)
        i += 1
    return res


def main(argv):
    common.require_rustc()
    files = [a for a in argv if not a.startswith("--")]
    release = "--release" in argv
    abort = "--panic=abort" in argv or ("--panic" in argv and "abort" in argv)
    raw_mode = "--raw" in argv
    if len(files) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    crate = common.Crate(files[0])
    try:
        namer = Namer(crate)
        extra = ["-Zprint-type-sizes"] + (["-C", "opt-level=3"] if release else ["-C", "opt-level=0"])
        if abort:
            extra += ["-C", "panic=abort"]
        r = crate.rustc(extra, bootstrap=True)
        if r.returncode != 0:
            print("rustc failed:\n" + r.stderr, file=sys.stderr)
            return 1
        coros, raw = parse_type_sizes(r.stdout, namer)
        if raw_mode:
            print("\n".join(raw))
            return 0
        mir_extra = ["--emit=mir", "-C", "opt-level=0"] + (["-C", "panic=abort"] if abort else [])
        r2 = crate.rustc(mir_extra, out_name="out.mir")
        if r2.returncode != 0:
            print("rustc --emit=mir failed:\n" + r2.stderr, file=sys.stderr)
            return 1
        mir = parse_mir(common.read(os.path.join(crate.tmpdir, "out.mir")), namer)
        for c in coros:
            b = mir.get(c["name"])
            c["mir_blocks"], c["mir_stmts"], c["mir_lines"] = b if b else (None, None, None)
        seen = {c["name"] for c in coros}
        for name in sorted(set(mir) - seen):
            print("warning: no layout printed for %s" % name, file=sys.stderr)
        coros.sort(key=lambda c: (c["line"], c["col"]))
        out = {"file": files[0], "release": release, "panic": "abort" if abort else "unwind",
               "coroutines": coros}
        print(json.dumps(out, indent=1))
        return 0
    finally:
        crate.cleanup()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
