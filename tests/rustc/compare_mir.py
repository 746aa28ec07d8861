#!/usr/bin/env python3
"""Compare coroslim's MIR of every coroutine and sync fn with rustc 1.95's own dumps, text for text.

usage: tests/rustc/compare_mir.py [--coroslim=PATH] [--configs=LIST] [--gen=N] [-v] FILE.rs...

For each program and config (debug/release x unwind/abort, default all four): rustc
compiles the program as tests/rustc/common.py's crate with
`-Zdump-mir=StateTransform|coroutine_drop`; then, per coroutine body,
  build  `coroslim build`'s body          == rustc's `StateTransform.before`
  lower  `coroslim lower`'s resume fn      == rustc's `StateTransform.after`
  drop   `coroslim lower`'s `::{drop}` shim == rustc's `coroutine_drop`
and per promoted constant of those bodies (promo36: `const f::promoted[0]: &u32 = {..}`, rustc's
`*-promoted[K].*.StateTransform.before` dumps; a coroutine body's are compared when rustc dumps them,
only for a body it codegens, which the crate's main does not poll: the body's operand is compared);
and per fn item of the program (sync fns, methods, async fns' constructors; issue 22):
  fn        `coroslim build`'s body == rustc's `StateTransform.before` of that fn
  fn-after  `coroslim lower`'s body == rustc's `StateTransform.after` of that fn
(rustc dumps every body at StateTransform, sync ones included; `<impl at F:L:C: ..>::m`
is named `S::m` / `<S as T>::m` from the impl at L:C, a program's own `main` is the
crate's `__coroslim_user_main`); a fn item missing on either side is a difference.
after a normalisation that removes only spelling (comments, `debug`/`let`/`scope`
lines, the fn header, `std::...::` path prefixes, async block names): blocks,
statements, terminators, their order and local numbers must be equal. Prints one
line per program and config, then `N/M bodies equal`; each differing body is named
with its first differing block (`bbN`, coroslim's line and rustc's; -v adds the
first lines of the diff). --gen=N adds the generated programs of
`build/fuzz/gen --seed S --count 1` for S = 1..N (GEN=path overrides the generator),
named `gen/S`. A difference that a rule of tests/rustc/mir-known-divergences
matches is printed as `known` with the rule's reason and does not fail; a rule
that matches nothing in a run covering its programs and configs fails as STALE
(COMPARE_MIR_KNOWN=path reads another list; tests/rustc/compare_mir_selftest.py).
Exit 1 on any other difference. Prints `skipped` and exits 0 without rustc.
"""
import difflib
import fnmatch
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

KNOWN = os.environ.get("COMPARE_MIR_KNOWN", os.path.join(HERE, "mir-known-divergences"))
CONFIGS = ["debug-unwind", "release-unwind", "debug-abort", "release-abort"]
PREFIXES = ("std::future::", "std::task::", "std::pin::", "core::panicking::", "std::ops::", "std::mem::",
            "std::option::", "std::result::", "std::convert::")


# items29: a nested fn item's path carries a disambiguator in coroslim's text (`inner#1`, its unique
# name, as rustc's dump files spell it); rustc prints none (DefPathData without -Zverbose)
# items30: a second type of one name in one body too (`two::S#1 { .. }`, `two::S#1::get(..)`);
# mirimpl35: a second const item of one path (`const foo::{closure#0}::K#1`)
DISAMBIG_RE = re.compile(r"(?<=\w)(?<!variant)(?<!closure)(?<!impl)(?<!block)#\d+(?=\(|::| \{|;|,|\)|>|\])")


def nested_paths(crate):
    """{def path of a nested fn item of the program, without disambiguator: its name}, longest first
    (items29): rustc's printer trims a callee to its name when the name is unique among the crate's
    items and std's public ones (trimmed_def_paths), not in `{async fn body of ..}`; a spelling both
    sides are normalised to: every mention of the path followed by `(` becomes the name. items30:
    a struct or enum of a body, `outer::{closure#0}::S`, likewise (rustc prints `E::A(..)` for a
    unique E, `sync_outer::S(..)` for one of two): every mention not inside another path becomes
    its name."""
    out = {}
    for f in crate.fns:
        if f["nested"]:
            plain = DISAMBIG_RE.sub("", f["name"])
            out[plain] = plain.rsplit("::", 1)[-1]
    for path, name in crate.nested_types.items():
        out[path] = name
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


# consts35: a static's read is `const {allocN: &T}`; rustc numbers allocations in its own interning
# order (THIR building order of bodies, coroutines first, not modelled), coroslim N-th static item N:
# both sides name the allocation by its static (rustc's `allocN (static: NAME, ..)` after a body,
# coroslim's N-th `static NAME:` item), the last path segment
ALLOC_RE = re.compile(r"\{alloc(\d+): ")
ALLOC_ITEM_RE = re.compile(r"^alloc(\d+) \(static: ([^,]+),")
# mac40: the bytes of a &str constant (`const "explicit panic"`), which the body's operand spells whole
ALLOC_BYTES_RE = re.compile(r"^alloc\d+ \(size: \d+, align: \d+\) \{$")


def coroslim_allocs(module_text):
    """{N: static name} of coroslim's printed module: its static items in order."""
    names = re.findall(r"^static ([^:\s]+(?:::[^:\s]+)*):", module_text, flags=re.M)
    return {str(i + 1): re.sub(r"#\d+$", "", n) for i, n in enumerate(names)}  # `S#1`: a second S of a body


def norm(text, nested=(), allocs=None):
    out = []
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    if allocs is None:
        allocs = {m.group(1): m.group(2) for m in map(ALLOC_ITEM_RE.match, text.splitlines()) if m}
    in_alloc = False
    for line in text.splitlines():
        if in_alloc or ALLOC_ITEM_RE.match(line) or ALLOC_BYTES_RE.match(line):  # rustc's allocation dump after a body
            in_alloc = line != "}"
            continue
        if line.startswith("fn ") or PROMOTED_RE.match(line):
            continue
        if "{alloc" in line:
            line = ALLOC_RE.sub(lambda m: "{alloc(%s): " % allocs.get(m.group(1), "?" + m.group(1)).rsplit("::", 1)[-1],
                                line)
        s = re.sub(r"\s*//.*$", "", line.strip())
        if not s or s == "}" or s.startswith(("debug ", "let ", "scope ")):
            continue
        for p in PREFIXES:
            s = s.replace(p, "")
        # mac40: a diverging call's one edge, its cleanup: the textual IR spells it `-> unwind: bbN`
        # (ir/print.c print_targets), rustc `-> bbN`
        s = re.sub(r"\) -> unwind: (bb\d+);$", r") -> \1;", s)
        s = DISAMBIG_RE.sub("", s)  # (a const of a body too: `const foo::{closure#0}::K#1`)
        if nested:
            for plain, name in nested:
                s = re.sub(r"(?<![\w:}])" + re.escape(plain) + r"(?=[(:\s;,)>\]}])", name, s)
        # rustc spells a block `{async block@file:L:C: L:C}` (`{coroutine@...}` in aggregates)
        s = re.sub(r"\{coroutine@[^{}]*?\(#\d+\)\}", "{async block}", s)
        s = re.sub(r"\{async block@[^{}]*(\{async block#\d+\}[^{}]*)?\}", "{async block}", s)
        # an async fn's constructor aggregates its coroutine: rustc spells the aggregate
        # `{coroutine@span}` (above), coroslim by the type's name
        s = re.sub(r"= \{async fn body of [^{}]*\(\)\}(?= \{|;)", "= {async block}", s)
        # rustc zips an aggregate's operands with upvars_mentioned, one name per variable: the
        # operands of a second field capture of a variable (`{ s: move _9 }` for `&s.a`, `&s.b`)
        # are not printed; coroslim prints them named `?` (print = parse^-1)
        s = re.sub(r", \?: [^,]*?(?=(, \?:| \}))", "", s)
        out.append(s)
    return out


PROMOTED_RE = re.compile(r"^const (.*::promoted\[\d+\]): .* = \{$")
# const39: an aggregate const item's body (`const P: Pt = {`), rustc's `*.P.*.StateTransform.before` dump
CONST_BODY_RE = re.compile(r"^const ((?:(?!::promoted\[).)*): .* = \{$")


def split_items(text, header):
    """{name: text} of the items of a printed module whose first line header matches (group 1 the
    name), each to its closing `}` line"""
    out, cur, buf = {}, None, []
    for line in text.splitlines():
        m = header.match(line)
        if m:
            cur, buf = m.group(1), [line]
            continue
        if cur is not None:
            buf.append(line)
            if line == "}":
                out[cur] = "\n".join(buf)
                cur = None
    return out


def split_promoted(text):
    """promo36: {name: text} of the promoted bodies of coroslim's printed module"""
    return split_items(text, PROMOTED_RE)


def promoted_dumps(d, crate):
    """promo36: {coroslim's name of a promoted: rustc's dump before StateTransform}: a method's by its
    impl's type (`S::m::promoted[0]`, as rustc's MIR reads it), another by its file name (a nested fn
    item's path with its disambiguator, which the header trims)"""
    impls = impl_names(crate.text)
    out = {}
    for path in glob.glob(os.path.join(glob.escape(d), "*.StateTransform.before.mir")):
        with open(path, encoding="utf-8") as fh:
            m = HEADER_RE.match(fh.readline().strip())
        if not m or not re.search(r"::promoted\[\d+\]$", m.group(1)):
            continue
        fm = FILE_RE.match(os.path.basename(path))
        if IMPL_RE.search(m.group(1)) or not fm:
            name = IMPL_RE.sub(lambda mm: impls.get((int(mm.group(1)), int(mm.group(2))), mm.group(0)), m.group(1))
        else:
            name = fm.group(1).replace("-", "::")
        out[name] = path
    return out


FN_RE = re.compile(r"^fn ([^(]+)\(")  # `<S as T>::m` has spaces


def split_fns(text):
    return split_items(text, FN_RE)


def rustc_dumps(prog, config, tmp):
    """rustc's dumps of prog in config: (dir, crate, error line or None)."""
    opt, panic = config.split("-")
    crate = common.Crate(prog)
    try:
        d = os.path.join(tmp, "%s-%s" % (os.path.basename(prog), config))
        r = crate.rustc(["-C", "opt-level=%d" % (3 if opt == "release" else 0), "-C", "panic=" + panic,
                         "-Zdump-mir=StateTransform|coroutine_drop", "-Zdump-mir-dir=" + d], bootstrap=True)
        if r.returncode != 0:
            return None, crate, r.stderr.strip().splitlines()[:1]
        return d, crate, None
    finally:
        crate.cleanup()


def derived_impls(toks):
    """derive37: [((line, col) of a derived trait's name in `#[derive(..)]`, `<S as T>`)] of the tokens: rustc's
    `<impl at F:L:C: ..>` of a derived impl is the span of the trait's name in the attribute"""
    out = []
    for i, (t, l, c) in enumerate(toks):
        if t != "derive" or i < 2 or toks[i - 1][0] != "[" or toks[i - 2][0] != "#":
            continue
        j = i + 1
        while j < len(toks) and toks[j][0] not in ("struct", "enum"):
            j += 1
        if j + 1 >= len(toks):
            continue
        k = i + 2
        while k < len(toks) and toks[k][0] != ")":
            if toks[k][0] != ",":
                out.append(((toks[k][1], toks[k][2]), "<%s as %s>" % (toks[j + 1][0], toks[k][0])))
            k += 1
    return out


def derived_fns(text):
    """derive37: the fn items derives define (`<S as Clone>::clone`), in coroslim's names"""
    return [name + "::clone" for _, name in derived_impls(list(common.tokens(text))) if name.endswith(" as Clone>")]


def impl_names(text):
    """{(line, col) of an `impl` keyword in the crate text: `S` / `<S as T>`}, the prefixes rustc's
    `<impl at FILE:L:C: L:C>` stands for (common.scan_items names associated fns the same way)."""
    toks = list(common.tokens(text))
    out = dict(derived_impls(toks))
    for i, (t, l, c) in enumerate(toks):
        if t != "impl" or i + 2 >= len(toks):
            continue
        if toks[i + 2][0] == "{":
            out[(l, c)] = toks[i + 1][0]
        elif i + 4 < len(toks) and toks[i + 2][0] == "for" and toks[i + 4][0] == "{":
            out[(l, c)] = "<%s as %s>" % (toks[i + 3][0], toks[i + 1][0])
    return out


HEADER_RE = re.compile(r"^// MIR for `(.*)` (before|after) StateTransform$")
CLOSURE_END_RE = re.compile(r"\{closure#\d+\}$")  # a closure's body (an async fn's or block's)
FILE_RE = re.compile(r"^[^.]*\.(.*)\.\d+-\d+-\d+\.StateTransform\.(before|after)\.mir$")
IMPL_RE = re.compile(r"<impl at [^:>]*:(\d+):(\d+): \d+:\d+>")


def fn_dumps(d, crate):
    """{(coroslim's name of a non-closure body, "before"/"after"): dump path} of rustc's dump dir."""
    impls = impl_names(crate.text)
    by_def = {f["defpath"]: f["name"] for f in crate.fns if f.get("defpath") and "{impl#" in f["defpath"]}
    out = {}
    for path in glob.glob(os.path.join(glob.escape(d), "*.StateTransform.*.mir")):
        with open(path, encoding="utf-8") as fh:
            m = HEADER_RE.match(fh.readline().strip())
        if not m or CLOSURE_END_RE.search(m.group(1)):
            continue
        name = IMPL_RE.sub(lambda mm: impls.get((int(mm.group(1)), int(mm.group(2))), mm.group(0)), m.group(1))
        fm = FILE_RE.match(os.path.basename(path))
        if fm and fm.group(1).replace("-", "::") in by_def:  # items30: a fn of an impl block in a body
            name = by_def[fm.group(1).replace("-", "::")]
        elif "::" in name and not IMPL_RE.search(m.group(1)) and fm:
            # items29: a nested fn item, named as its file is (with the disambiguator the header lacks)
            name = fm.group(1).replace("-", "::")
        if name == common.USER_MAIN_NAME:
            name = "main"
        elif name == "main":
            continue  # the generated main
        out[(name, m.group(2))] = path
    return out


def blocks(lines):
    """Normalised lines -> [(label, [lines])]; what precedes bb0 is the block `header`."""
    out = [("header", [])]
    for s in lines:
        m = re.match(r"^(bb\d+)( \(cleanup\))?: \{$", s)
        if m:
            out.append((m.group(1), []))
        out[-1][1].append(s)
    return out


def first_difference(got, want):
    """Why two normalised bodies differ: the first differing block and line."""
    gb, wb = blocks(got), blocks(want)
    for (gl, gs), (wl, ws) in zip(gb, wb):
        if gs == ws:
            continue
        for k in range(max(len(gs), len(ws))):
            g = gs[k] if k < len(gs) else "(end of block)"
            w = ws[k] if k < len(ws) else "(end of block)"
            if g != w:
                return "first differing block %s: coroslim `%s`, rustc `%s`" % (gl if gl == wl else gl + "/" + wl, g, w)
    return "coroslim has %d blocks, rustc %d (the first %d equal)" % (len(gb) - 1, len(wb) - 1,
                                                                       min(len(gb), len(wb)) - 1)


def program_fns(crate):
    """The fn items of the program with a body (sync fns, methods, async fns' constructors), in
    coroslim's names."""
    fns, _ = common.scan_items(crate.src)  # a trait's bodiless declarations are skipped there
    return [f["name"] for f in fns] + derived_fns(crate.src)


def compare(binary, prog, config, verbose, name=None):
    """(equal bodies, [(what, fn, reason, diff lines)]) for prog in config."""
    opt, panic = config.split("-")
    flags = (["--release"] if opt == "release" else []) + ["--panic=" + panic]
    with tempfile.TemporaryDirectory(prefix="coroslim_mir_") as tmp:
        d, crate, err = rustc_dumps(prog, config, tmp)
        if d is None:
            return 0, [("rustc", "-", "rustc failed: %s" % (err or ["?"])[0], [])]
        cname = crate.fname[:-3]
        syncs = fn_dumps(d, crate)
        nested = nested_paths(crate)
        ok, bad = 0, []

        def check(what, fname, got_text, want_path):
            nonlocal ok
            with open(want_path, encoding="utf-8") as fh:
                want = norm(fh.read(), nested)
            got = norm(got_text, nested, allocs)
            if got == want:
                ok += 1
                return
            diff = list(difflib.unified_diff(got, want, "coroslim", "rustc", lineterm="", n=1))
            bad.append((what, fname, first_difference(got, want), diff[:40]))

        for cmd, stage in (("build", "StateTransform.before"), ("lower", "StateTransform.after")):
            r = subprocess.run([binary, cmd, prog] + flags, capture_output=True, text=True, cwd=ROOT)
            if r.returncode != 0:
                bad.append((cmd, "-", "coroslim %s failed: %s" % (cmd, r.stderr.strip()[:200]), []))
                continue
            bodies = split_fns(r.stdout)
            allocs = coroslim_allocs(r.stdout)
            for fname, body in bodies.items():
                if fname.endswith("::{drop}"):
                    what = "drop"
                    pat = "%s.%s.-------.coroutine_drop.0.mir" % (cname, fname[:-len("::{drop}")].replace("::", "-"))
                elif CLOSURE_END_RE.search(fname):  # a nested fn's own name has `{closure#0}` inside
                    what = cmd
                    pat = "%s.%s.*.%s.mir" % (cname, fname.replace("::", "-"), stage)
                else:
                    continue
                files = glob.glob(os.path.join(glob.escape(d), pat))
                if not files:
                    bad.append((what, fname, "rustc has no dump", []))
                    continue
                check(what, fname, body, files[0])
            if cmd == "build":  # promo36: every promoted body of a body coroslim prints, both ways
                mine, theirs = split_promoted(r.stdout), promoted_dumps(d, crate)
                owners = set(bodies) | {n.rsplit("::promoted[", 1)[0] for n in mine}
                for pname, body in mine.items():
                    if pname not in theirs and CLOSURE_END_RE.search(pname.rsplit("::promoted[", 1)[0]):
                        continue  # a coroutine body's: rustc dumps them only when it codegens the body
                    if pname not in theirs:
                        bad.append(("promoted", pname, "rustc has no such promoted", []))
                    else:
                        check("promoted", pname, body, theirs[pname])
                for pname in theirs:
                    if pname not in mine and pname.rsplit("::promoted[", 1)[0] in owners:
                        bad.append(("promoted", pname, "coroslim has no such promoted", []))
                for kname, body in split_items(r.stdout, CONST_BODY_RE).items():  # const39
                    pat = "%s.%s.*.StateTransform.before.mir" % (cname, DISAMBIG_RE.sub("", kname).replace("::", "-"))
                    files = glob.glob(os.path.join(glob.escape(d), pat))
                    if not files:
                        bad.append(("const", kname, "rustc has no dump", []))
                    else:  # rustc's header names a body's const by its last segment (trimmed_def_paths)
                        head, rest = body.split("\n", 1)
                        head = "const " + kname.rsplit("::", 1)[-1] + head[len("const ") + len(kname):]
                        check("const", kname, head + "\n" + rest, files[0])
            # issue 22: every fn item, sync or an async fn's constructor, at the same stage
            what, when = ("fn", "before") if cmd == "build" else ("fn-after", "after")
            items = program_fns(crate)
            for fname in items:
                path = syncs.get((fname, when))
                if fname not in bodies:
                    bad.append((what, fname, "coroslim %s prints no body" % cmd, []))
                elif path is None:
                    bad.append((what, fname, "rustc has no dump", []))
                else:
                    check(what, fname, bodies[fname], path)
            for fname in bodies:
                if not CLOSURE_END_RE.search(fname) and not fname.endswith("::{drop}") and fname not in items:
                    bad.append((what, fname, "coroslim prints a fn the program does not define", []))
        return ok, bad


class Rule:
    """A line of tests/rustc/mir-known-divergences: PROGRAM | CONFIG | WHAT | FN | WHY, the first
    four fnmatch patterns (PROGRAM matches the path as given or `gen/S`)."""

    def __init__(self, line, no):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5 or not all(parts):
            sys.exit("%s:%d: error: expected PROGRAM | CONFIG | WHAT | FN | WHY" % (KNOWN, no))
        self.prog, self.config, self.what, self.fn, self.why = parts
        self.no, self.hits, self.covered = no, 0, False

    def covers(self, prog, config):
        return fnmatch.fnmatchcase(prog, self.prog) and fnmatch.fnmatchcase(config, self.config)

    def matches(self, prog, config, what, fn):
        return (self.covers(prog, config) and fnmatch.fnmatchcase(what, self.what)
                and fnmatch.fnmatchcase(fn, self.fn))


def read_known(path):
    rules = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                if line.strip() and not line.lstrip().startswith("#"):
                    rules.append(Rule(line, no))
    return rules


def generated(n, tmp):
    """[(name, path)] of the generated programs of seeds 1..n."""
    gen = os.environ.get("GEN", os.path.join(ROOT, "build", "fuzz", "gen"))
    out = []
    for seed in range(1, n + 1):
        gdir = os.path.join(tmp, "gen%d" % seed)
        os.makedirs(gdir)
        subprocess.run([gen, "--seed", str(seed), "--count", "1", "--out", gdir], check=True,
                       stdout=subprocess.DEVNULL)
        out.append(("gen/%d" % seed, os.path.join(gdir, "gen_%d_0.rs" % seed)))
    return out


def main(argv):
    binary, configs, verbose, files, ngen = os.path.join(ROOT, "coroslim"), CONFIGS, False, [], 0
    for a in argv:
        if a.startswith("--coroslim="):
            binary = a.split("=", 1)[1]
        elif a.startswith("--configs="):
            configs = a.split("=", 1)[1].split(",")
            if any(c not in CONFIGS for c in configs):
                sys.stderr.write("compare_mir.py: unknown config in %s (expected %s)\n" % (a, ",".join(CONFIGS)))
                return 2
        elif a.startswith("--gen=") and a[6:].isdigit():
            ngen = int(a[6:])
        elif a == "-v":
            verbose = True
        elif a.startswith("-"):
            sys.stderr.write("%s\n" % __doc__.splitlines()[2].strip())
            return 2
        else:
            files.append(a)
    common.require_rustc()
    if not files and not ngen:
        sys.stderr.write("compare_mir.py: no programs given\n")
        return 2
    for f in files:
        if not os.path.isfile(f):
            sys.stderr.write("compare_mir.py: error: %s: no such file\n" % f)
            return 2
    known = read_known(KNOWN)
    total_ok = total = nknown = 0
    with tempfile.TemporaryDirectory(prefix="coroslim_mir_gen_") as gtmp:
        progs = [(f, f) for f in files] + generated(ngen, gtmp)
        for name, prog in progs:
            for config in configs:
                ok, bad = compare(binary, prog, config, verbose)
                lines, failed = [], 0
                for r in known:
                    if r.covers(name, config):
                        r.covered = True
                for what, fn, why, diff in bad:
                    rule = next((r for r in known if r.matches(name, config, what, fn)), None)
                    if rule:
                        rule.hits += 1
                        nknown += 1
                        lines.append("known %s %s: %s (mir-known-divergences:%d: %s)" % (what, fn, why, rule.no,
                                                                                         rule.why))
                    else:
                        failed += 1
                        lines.append("%s %s: %s" % (what, fn, why))
                    if verbose and diff:
                        lines[-1] += "\n      " + "\n      ".join(diff)
                total_ok += ok
                total += ok + len(bad)  # a failed command counts as one body not equal
                print("%s %s %s: %d equal%s" % ("ok  " if not failed else "FAIL", name, config, ok,
                                                "".join("\n    " + b for b in lines)), flush=True)
    stale = [r for r in known if r.covered and not r.hits]
    for r in stale:
        print("STALE mir-known-divergences:%d: %s | %s | %s | %s matches no difference" % (
            r.no, r.prog, r.config, r.what, r.fn))
    print("%d/%d bodies equal (build, resume fn, drop shim, fn items before/after StateTransform), %d known"
          % (total_ok, total, nknown))
    return 0 if total_ok + nknown == total and not stale else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
