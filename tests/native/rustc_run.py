#!/usr/bin/env python3
"""rustc as the oracle of behaviour: traces of rustc-compiled programs vs `coroslim run`.

usage: tests/native/rustc_run.py [--emit] [--configs=LIST] [--gen=N] [--gen-shapes=LIST] [--jobs=J] [-v]
                                 [DIRS or FILES...]
       (default: tests/rust tests/opt tests/build bench, and N=20 generated programs)

--gen-shapes=array,option adds, per shape named, the first 2 generated programs
after the N (gen --seed N+1, N+2, ..) whose `// shapes:` line has it, so that the
sample holds those shapes whatever the seeds force (make native-run: Option,
Result, `?` and arrays, the emitter's issue-20 types).

Every program becomes one bin crate per config: `#![allow(unused)]`, the prelude
(tests/rust/prelude.rs with observe() calling the executor's
`coroslim_trace_observe`), the program, tests/native/executor.rs as a module and
a generated `coroslim_dispatch` that calls any async fn of the program by name
with its arguments. Configs: debug-unwind, release-unwind, debug-abort,
release-abort (`-C opt-level=0|3 -C panic=unwind|abort`; coroslim: `--release`,
`--panic=abort`). Crates compile J at a time (default 2).

Entries, arguments and schedules are the ones `coroslim check` picks
(measure/check.c): every async fn; each `//@ args: NAME ...` line naming it (else
zeros); the schedules `complete`, `repoll` and `cancel after K` for K < P, P the
polls of the run to completion. Each schedule's trace from the binary is compared
with `coroslim run FILE --entry NAME --args A [--cancel-after=K|--repoll]
[--release] [--panic=abort]`, the program after the state transform. Under
panic=unwind one process runs all of an entry's schedules; under panic=abort one
process runs one schedule (a panic ends it).

--emit (make native-run, issue 20 item 4): the crate is not the source but
`coroslim emit FILE [--passes=P]` after lowering, after each pass alone and after
the whole pipeline, each stage's crate in a module of the one bin (built with
RUSTC_BOOTSTRAP=1 --cfg coroslim_trace, so observe() reports here); every stage
runs every schedule and must match `coroslim run` up to exactly the differences
`coroslim check` allows at the extra poll of a re-poll (trace_compare below).
Known divergences: tests/native/known-divergences-emit. Prints `skipped` when
BIN has no emit command.

Two differences of form are normalised, both ways the same (DESIGN.md, the
oracle): coroslim prints an overflow or division assert's message as the MIR
prints it (`attempt to compute `200 + 100`, which would overflow`), the program
prints the panic lang item's message (`attempt to add with overflow`): the
former is mapped to the latter. An abort is `abort` on both sides (coroslim says
why; the process dies of SIGABRT after its hook printed the panic).

Mismatches print the program, entry, config, schedule and the first differing
line (-v: every mismatching schedule, known ones included). A mismatch that a
rule of tests/native/known-divergences matches is counted as known, not failed;
a rule that matches nothing in a run covering its programs and configs is a
failure (the list must stay true). Prints `N/M programs agree` per suite; exit 1
on any unlisted mismatch, a compile failure or a stale rule. KEEP=DIR keeps the
crates and binaries in DIR. Prints `skipped` and exits 0 without rustc 1.95.
"""
import concurrent.futures
import fnmatch
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "rustc"))
import common  # noqa: E402

EXECUTOR = os.path.join(HERE, "executor.rs")
KNOWN = os.path.join(HERE, "known-divergences")
KNOWN_EMIT = os.path.join(HERE, "known-divergences-emit")
CONFIGS = ["debug-unwind", "release-unwind", "debug-abort", "release-abort"]
SUITES = ["tests/rust", "tests/opt", "tests/build", "bench"]
INT_TYPES = {"u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize"}
RUN_TIMEOUT = 60

OBSERVE_STD = "#[inline(never)] pub fn observe(x: u32) { std::hint::black_box(x); }"
OBSERVE_TRACE = ("#[inline(never)] pub fn observe(x: u32) {\n"
                 "    extern \"Rust\" { fn coroslim_trace_observe(x: u32); }\n"
                 "    std::hint::black_box(x);\n"
                 "    unsafe { coroslim_trace_observe(x) }\n"
                 "}")


def progress(msg):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()


# ---------------------------------------------------------------------------
# What `coroslim check` picks: entries and argument sets
# ---------------------------------------------------------------------------

def c_integer(w):
    """One `--args` word as check.c's parse_args_csv reads it -> u64, or None."""
    if w == "true":
        return 1
    if w == "false":
        return 0
    neg = w.startswith("-")
    body = w[1:] if neg else w
    try:
        if body.lower().startswith("0x"):
            v = int(body[2:], 16)
        else:
            v = int(body, 10)
    except ValueError:
        return None
    return (-v if neg else v) & 0xFFFFFFFFFFFFFFFF


def args_lines(src):
    """Every `//@ args: NAME a,b` line (check.c's scan_args_lines): [(name, [u64])]."""
    out = []
    for line in src.splitlines():
        s = line.lstrip()
        if not s.startswith("//@ args:") or len(s) == len("//@ args:"):
            continue
        rest = s[len("//@ args:"):].lstrip()
        name = rest.split()[0] if rest.split() else ""
        csv = rest[len(name):].strip()
        vals = []
        ok = bool(name)
        if csv:
            for w in csv.split(","):
                w = w.strip()
                v = c_integer(w) if w and " " not in w else None
                if v is None:
                    ok = False
                    break
                vals.append(v)
        if ok and len(vals) <= 8:
            out.append((name, vals))
    return out


def param_type(p, aliases=None):
    """`name:Type` as common.scan_items joins a parameter's tokens -> Type (vis39: a top-level type alias
    of a parameter's type, as it names: `type Word = u32;`)."""
    ty = p.split(":", 1)[1] if ":" in p else None
    for _ in range(16):
        if not aliases or ty not in aliases:
            break
        ty = aliases[ty]
    return ty


def arg_expr(ty, i):
    if ty in INT_TYPES:
        return "coroslim_args[%d] as %s" % (i, ty)
    if ty == "bool":
        return "(coroslim_args[%d] as u8 != 0)" % i
    if ty == "Guard":
        return "guard(coroslim_args[%d] as u32)" % i
    if ty and re.match(r"^&(mut)?\[[^;]*\]$", ty):
        # slice40: a slice parameter's argument is 0, the empty slice (as `coroslim run` gives it)
        return "::std::boxed::Box::leak(::std::boxed::Box::new([]))"
    if ty and ty.startswith("&"):
        # a reference parameter (issue 22 item 4): a leaked cell, as `coroslim run` gives one
        inner = ty[1:]
        if inner.startswith("mut") and arg_expr(inner[3:], i) is not None:
            inner = inner[3:]
        e = arg_expr(inner, i)
        return None if e is None or inner.startswith("&") else "::std::boxed::Box::leak(::std::boxed::Box::new(%s))" % e
    return None


VIS_ONE = r"pub(?:\s*\((?:crate|self|super|in [^)]*)\))?\s+"  # vis39: `pub`, `pub(crate)`, ..
VIS = r"(?:" + VIS_ONE + r")?"
STRUCT_NAMED_RE = re.compile(r"^\s*" + VIS + r"struct\s+(\w+)\s*\{([^}]*)\}", re.M)
STRUCT_TUPLE_RE = re.compile(r"^\s*" + VIS + r"struct\s+(\w+)\s*\(((?:[^()]|\([^()]*\))*)\)\s*;", re.M)
STRUCT_UNIT_RE = re.compile(r"^\s*" + VIS + r"struct\s+(\w+)\s*;", re.M)
ALIAS_RE = re.compile(r"^\s*" + VIS + r"type\s+(\w+)\s*=\s*([^;<]+?)\s*;", re.M)  # vis39


def emitted_impls(impls):
    """Show impls as a stage module of `--emit` needs them: no_std text inside the bin, std's names
    spelled out (`coroslim emit` writes the struct and enum items with the source's names and fields)."""
    return [re.sub(r'(\{ |=> )("[^"]*")\.to_string\(\)', r'\1::std::string::String::from(\2)',
                   impl.replace("impl coroslim_executor::", "impl crate::coroslim_executor::")
                   .replace("-> String", "-> ::std::string::String").replace("format!(", "::std::format!("))
            for impl in impls]


def _top_level(src):
    """pos -> whether src[pos] is outside every `{ }` (items30: a struct or enum of a fn body is out
    of the crate's reach, and no entry returns one); comments blanked, offsets kept."""
    text = re.sub(r"//[^\n]*", lambda m: " " * len(m.group(0)), src)
    depth, at = 0, []
    for c in text:
        at.append(depth == 0)
        depth += (c == "{") - (c == "}")
    return lambda pos: pos >= len(at) or at[pos]


def strip_attrs(text):
    """a field list or a variant without its attributes (`#[allow(dead_code)] spare: u32`; lint38)"""
    text = re.sub(r"#\[[^\]]*\]\s*", "", text)
    return re.sub(r"\b" + VIS_ONE, "", text)  # vis39: a field's visibility


def struct_show_impls(src, emitted=False):
    """Show for the program's struct items (issue 22 item 4), as `coroslim run` prints a
    struct (fmt_value in ir/interp_mem.c): `S { a: 1, g: Guard(2) }`, `T(1, 2)`. emitted: for a
    stage module of `--emit` (no_std text inside the bin: std's names spelled out; `coroslim emit`
    writes the struct items with the source's names and fields)."""
    if emitted:  # the array impl is the crate's, once (emit_crate_text): [T; N] is not the stage's type
        return emitted_impls([i for i in struct_show_impls(src) if i != ARRAY_SHOW_IMPL])
    out = []
    top = _top_level(src)
    for m in STRUCT_NAMED_RE.finditer(src):
        if not top(m.start(1)):
            continue
        names = [f.split(":")[0].strip() for f in split_fields(strip_attrs(m.group(2)))]
        fmt = "%s { %s }" % (m.group(1), ", ".join("%s: {}" % n for n in names)) if names else m.group(1)
        args = "".join(", self.%s.show()" % n for n in names)
        out.append("impl coroslim_executor::Show for %s { fn show(&self) -> String { format!(%s%s) } }"
                   % (m.group(1), rust_str(fmt.replace("{ ", "{{ ").replace(" }", " }}")), args))
    for m in STRUCT_TUPLE_RE.finditer(src):
        if not top(m.start(1)):
            continue
        n = len(split_fields(strip_attrs(m.group(2))))
        fmt = "%s(%s)" % (m.group(1), ", ".join(["{}"] * n)) if n else m.group(1)
        args = "".join(", self.%d.show()" % i for i in range(n))
        out.append("impl coroslim_executor::Show for %s { fn show(&self) -> String { format!(%s%s) } }"
                   % (m.group(1), rust_str(fmt), args))
    for m in STRUCT_UNIT_RE.finditer(src):
        if not top(m.start(1)):
            continue
        out.append("impl coroslim_executor::Show for %s { fn show(&self) -> String { %s.to_string() } }"
                   % (m.group(1), rust_str(m.group(1))))
    if ARRAY_TYPE_RE.search(src):  # issue 22 item 4: `[1, 2]`, as `{:?}` prints an array
        out.append(ARRAY_SHOW_IMPL)
    return out


ARRAY_TYPE_RE = re.compile(r"\[[^\[\]]*;\s*\d+\s*\]")
ARRAY_SHOW_IMPL = ("impl<T: coroslim_executor::Show, const N: usize> coroslim_executor::Show for [T; N] { "
                   "fn show(&self) -> String { format!(\"[{}]\", self.iter().map(|x| x.show())"
                   ".collect::<Vec<_>>().join(\", \")) } }")
# the same at the root of an `--emit` crate (no_std text: std's names spelled out)
ARRAY_SHOW_IMPL_EMITTED = ("impl<T: coroslim_executor::Show, const N: usize> coroslim_executor::Show for [T; N] { "
                           "fn show(&self) -> ::std::string::String { ::std::format!(\"[{}]\", self.iter()"
                           ".map(|x| x.show()).collect::<::std::vec::Vec<_>>().join(\", \")) } }")


ENUM_RE = re.compile(r"^\s*" + VIS + r"enum\s+(\w+)\s*\{", re.M)


def split_fields(text):
    """A field list split at its top-level commas (clone39: `Result<u8, bool>` and `[u8; 4]` are one
    field each)."""
    out, depth, item = [], 0, ""
    for c in text:
        depth += (c in "<([{") - (c in ">)]}")
        if c == "," and depth == 0:
            out.append(item)
            item = ""
        else:
            item += c
    return [f for f in out + [item] if f.strip()]


def enum_variants(src, start):
    """The variants of the enum whose body opens at src[start - 1] == '{':
    [(name, 'unit'|'tuple'|'struct', [field names])]."""
    out, i, depth, item = [], start, 0, ""
    while i < len(src):
        c = src[i]
        if c in "({":
            depth += 1
        elif c in ")}":
            if depth == 0:
                break
            depth -= 1
        if c == "," and depth == 0:
            out.append(item)
            item = ""
        else:
            item += c
        i += 1
    out.append(item)
    variants = []
    for v in (strip_attrs(x).strip() for x in out):
        if not v:
            continue
        m = re.match(r"(\w+)\s*(\((.*)\)|\{(.*)\})?\s*(=\s*-?\w+\s*)?$", v, re.S)  # `A = 5`: a discriminant
        if not m:
            continue
        if m.group(3) is not None:
            n = len(split_fields(m.group(3)))
            variants.append((m.group(1), "tuple", ["f%d" % k for k in range(n)]))
        elif m.group(4) is not None:
            variants.append((m.group(1), "struct",
                             [f.split(":")[0].strip() for f in split_fields(m.group(4))]))
        else:
            variants.append((m.group(1), "unit", []))
    return variants


def enum_show_impls(src, emitted=False):
    """Show for the program's enum items (issue 22 item 4), as `coroslim run` prints an
    enum value (fmt_value, a derived Debug's form): `A`, `B(1, 2)`, `C { x: 1, g: Guard(2) }`.
    emitted: for a stage module of `--emit`, as struct_show_impls."""
    if emitted:
        return emitted_impls(enum_show_impls(src))
    out = []
    top = _top_level(src)
    for m in ENUM_RE.finditer(src):
        if not top(m.start(1)):
            continue
        name, arms = m.group(1), []
        for v, kind, fields in enum_variants(src, m.end()):
            if kind == "unit":
                arms.append("%s::%s => %s.to_string()," % (name, v, rust_str(v)))
            elif kind == "tuple":
                fmt = "%s(%s)" % (v, ", ".join(["{}"] * len(fields))) if fields else v
                arms.append("%s::%s(%s) => format!(%s%s)," % (name, v, ", ".join(fields), rust_str(fmt),
                                                             "".join(", %s.show()" % f for f in fields)))
            else:
                fmt = "%s {{ %s }}" % (v, ", ".join("%s: {}" % f for f in fields)) if fields else v
                arms.append("%s::%s { %s } => format!(%s%s)," % (name, v, ", ".join(fields), rust_str(fmt),
                                                                "".join(", %s.show()" % f for f in fields)))
        out.append("impl coroslim_executor::Show for %s { fn show(&self) -> String { match self { %s } } }"
                   % (name, " ".join(arms)))
    return out


class Program:
    def __init__(self, path, suite, name=None):
        self.path = path
        self.name = name or path  # as printed and as tests/native/known-divergences names it
        self.suite = suite
        self.src = common.read(path)
        fns, _ = common.scan_items(self.src)
        self.entries = []   # (name, [exprs] or None, [argsets])
        self.param_types = {}  # name -> [Type]: `coroslim run` wants a bool as true/false
        self.skipped = []   # entries the harness cannot call, with why
        lines = args_lines(self.src)
        seen = set()
        for f in fns:
            if not f["is_async"] or f["name"] in seen:
                continue
            seen.add(f["name"])
            if f["local"]:  # items29: a fn item inside a body; its outer fn's runs call it
                self.skipped.append((f["name"], "a nested fn item (not reachable from the harness)"))
                continue
            aliases = {m.group(1): m.group(2).replace(" ", "") for m in ALIAS_RE.finditer(self.src)}
            types = [param_type(p, aliases) for p in f["params"]]
            exprs = [arg_expr(t, i) for i, t in enumerate(types)]
            if any(e is None for e in exprs):
                self.skipped.append((f["name"], "parameter types %s" % ", ".join(map(str, types))))
                continue
            sets = [v for n, v in lines if n == f["name"]][:16]
            if not sets:
                sets = [[0] * min(len(types), 8)]
            self.entries.append((f["name"], exprs, sets))
            self.param_types[f["name"]] = types

    def crate_text(self, prelude):
        body = self.src if self.src.endswith("\n") else self.src + "\n"
        body = common.USER_MAIN_RE.sub(r"\1fn\2" + common.USER_MAIN_NAME + r"\3(", body, count=1)
        inner, body, prelude = common.hoist_inner_attrs(body, prelude)
        out = ["#![allow(unused)]"] + inner + [prelude, body,
               "mod coroslim_executor { include!(%s); }" % rust_str(EXECUTOR),
               "impl coroslim_executor::Show for Guard {",
               "    fn show(&self) -> String { format!(\"Guard({})\", self.0) }",
               "}",
               ] + struct_show_impls(self.src) + enum_show_impls(self.src) + [
               "fn coroslim_dispatch(entry: &str, coroslim_args: &[u64], s: &coroslim_executor::Schedule) -> bool {",
               "    match (entry, coroslim_args.len()) {"]
        for name, exprs, _ in self.entries:
            out.append("        (%s, %d) => coroslim_executor::run(s, || %s(%s))," %
                       (rust_str(name), len(exprs), name, ", ".join(exprs)))
        out += ["        _ => return false,", "    }", "    true", "}",
                "fn main() { coroslim_executor::main(coroslim_dispatch); }", ""]
        return "\n".join(out)


PASSES = ["elide-awaitless", "inline-single-await", "merge-states", "relocate-upvars", "relocate-upvars-pack",
          "panic-to-pending"]
STAGES = [("lower", None)] + [(p.replace("-", "_"), p) for p in PASSES] + [("all", ",".join(PASSES))]


def emit_crate_text(prog, config, binary, tmp):
    """The bin crate of `--emit`: `coroslim emit` of the program after lowering, after each pass
    alone and after the whole pipeline, each in a module of its own (the emitter's names repeat per
    stage), the executor, and a dispatcher for `STAGE/ENTRY`. -> (text, stage names) or (None, error)."""
    _, flags = config_flags(config)
    attrs, mods = [], []
    for stage, passes in STAGES:
        out = os.path.join(tmp, "emit", crate_base(prog), config, stage)
        os.makedirs(out, exist_ok=True)
        cmd = [binary, "emit", prog.path, "-o", out] + flags + (["--passes=" + passes] if passes else [])
        r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if r.returncode != 0:
            return None, "coroslim emit%s: %s" % (" --passes=" + passes if passes else "",
                                                   (r.stderr.strip() or r.stdout.strip()).splitlines()[0][:300])
        lines = common.read(os.path.join(out, "lib.rs")).splitlines()
        body = []
        for l in lines:
            if l.startswith("#!["):
                if l not in attrs:
                    attrs.append(l)
            else:
                body.append(l)
        mods += ["mod stage_%s {" % stage] + body + [
            "impl crate::coroslim_executor::Show for Guard {",
            "    fn show(&self) -> ::std::string::String { ::std::format!(\"Guard({})\", self.0) }",
            "}",
            ] + struct_show_impls(prog.src, emitted=True) + enum_show_impls(prog.src, emitted=True) + [
            "pub fn coroslim_dispatch(entry: &str, coroslim_args: &[u64], s: &crate::coroslim_executor::Schedule) -> bool {",
            "    match (entry, coroslim_args.len()) {"]
        for name, exprs, _ in prog.entries:
            mods.append("        (%s, %d) => crate::coroslim_executor::run(s, || %s(%s))," %
                        (rust_str(name), len(exprs), name, ", ".join(exprs)))
        mods += ["        _ => return false,", "    }", "    true", "}", "}"]
    out = attrs + ["extern crate std;", "#[path = %s] mod coroslim_executor;" % rust_str(EXECUTOR)] + mods
    if ARRAY_TYPE_RE.search(prog.src):
        out.append(ARRAY_SHOW_IMPL_EMITTED)
    out += ["fn coroslim_dispatch(entry: &str, a: &[u64], s: &coroslim_executor::Schedule) -> bool {",
            "    match entry.split_once('/') {"]
    for stage, _ in STAGES:
        out.append("        Some((%s, e)) => stage_%s::coroslim_dispatch(e, a, s)," % (rust_str(stage), stage))
    out += ["        _ => false,", "    }", "}",
            "fn main() { coroslim_executor::main(coroslim_dispatch); }", ""]
    return "\n".join(out), [st for st, _ in STAGES]


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def trace_prelude():
    text = common.read(common.PRELUDE)
    if OBSERVE_STD not in text:
        sys.exit("tests/native/rustc_run.py: tests/rust/prelude.rs no longer has the line\n  %s\n"
                 "which the traced prelude replaces: update OBSERVE_STD" % OBSERVE_STD)
    return text.replace(OBSERVE_STD, OBSERVE_TRACE)


# ---------------------------------------------------------------------------
# Normalisation (the two differences of form; DESIGN.md, the oracle)
# ---------------------------------------------------------------------------

BINOP_MSG = {"+": "attempt to add with overflow", "-": "attempt to subtract with overflow",
             "*": "attempt to multiply with overflow", "/": "attempt to divide with overflow",
             "<<": "attempt to shift left with overflow", ">>": "attempt to shift right with overflow"}
MIR_MSGS = [
    (re.compile(r"attempt to compute `.*? (\+|-|\*|/|<<|>>) .*?`, which would overflow"),
     lambda m: BINOP_MSG[m.group(1)]),
    (re.compile(r"attempt to compute the remainder of `.*? % .*?`, which would overflow"),
     lambda m: "attempt to calculate the remainder with overflow"),
    (re.compile(r"attempt to negate `.*?`, which would overflow"), lambda m: "attempt to negate with overflow"),
    (re.compile(r"attempt to divide `.*?` by zero"), lambda m: "attempt to divide by zero"),
    (re.compile(r"attempt to calculate the remainder of `.*?` with a divisor of zero"),
     lambda m: "attempt to calculate the remainder with a divisor of zero"),
    (re.compile(r"attempt to shift left by `.*?`, which would overflow"),
     lambda m: "attempt to shift left with overflow"),
    (re.compile(r"attempt to shift right by `.*?`, which would overflow"),
     lambda m: "attempt to shift right with overflow"),
    # issue 22 item 4 (arrays): the MIR's BoundsCheck message vs core's panic_bounds_check
    (re.compile(r"index out of bounds: the length is (\d+) but the index is (\d+)"),
     lambda m: "index out of bounds: the len is %s but the index is %s" % (m.group(1), m.group(2))),
]
PANIC_RE = re.compile(r'^panic "(.*)"$')


def normalise(lines):
    out = []
    for l in lines:
        m = PANIC_RE.match(l)
        if m:
            msg = m.group(1)
            for rx, f in MIR_MSGS:
                mm = rx.fullmatch(msg)
                if mm:
                    msg = f(mm)
                    break
            l = 'panic "%s"' % msg
        elif l.startswith("abort "):
            l = "abort"
        out.append(l)
    return out


# ---------------------------------------------------------------------------
# Running both sides
# ---------------------------------------------------------------------------

def sched_job(sched):
    """check's schedule name -> (executor word, coroslim run flags)."""
    if sched == "complete":
        return "complete", []
    if sched == "repoll":
        return "repoll", ["--repoll"]
    k = int(sched.split()[-1])
    return "cancel=%d" % k, ["--cancel-after=%d" % k]


def config_flags(config):
    mode, panic = config.split("-")
    rustc = ["-C", "opt-level=%s" % ("3" if mode == "release" else "0"), "-C", "panic=%s" % panic]
    cs = (["--release"] if mode == "release" else []) + (["--panic=abort"] if panic == "abort" else [])
    return rustc, cs


SIGNED = ("i8", "i16", "i32", "i64", "isize")


def coroslim_run(binary, prog, entry, args, flags, sched_flags):
    types = prog.param_types.get(entry, [])
    words = [("true" if a else "false") if i < len(types) and types[i] == "bool"
             else str(a - (1 << 64) if i < len(types) and types[i] in SIGNED and a >= 1 << 63 else a)
             for i, a in enumerate(args)]  # `run --args` takes a signed parameter's value signed
    # `--args=` keeps a negative first value from reading as an option
    cmd = [binary, "run", prog.path, "--entry", entry, "--args=" + ",".join(words)]
    cmd += flags + sched_flags
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=RUN_TIMEOUT)
    return r.stdout.splitlines(), r.returncode, r.stderr


def exe_run(exe, jobs):
    """Run the binary on jobs; -> {job: [lines]} (a job the process never reached is absent)."""
    try:
        r = subprocess.run([exe] + jobs, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {j: ["<timeout>"] for j in jobs}
    out, cur = {}, None
    for l in r.stdout.splitlines():
        if l.startswith("=== "):
            cur = l[4:]
            out[cur] = []
        elif cur is not None:
            out[cur].append(l)
    if cur is not None:
        if r.returncode == -6:  # SIGABRT: a panic under panic=abort
            out[cur].append("abort")
        elif r.returncode != 0:
            out[cur].append("<exit %d: %s>" % (r.returncode, r.stderr.strip()[:200]))
    return out


def first_difference(want, got):
    for i in range(max(len(want), len(got))):
        w = want[i] if i < len(want) else "end of trace"
        g = got[i] if i < len(got) else "end of trace"
        if w != g:
            return i + 1, w, g
    return None


def compare_program(prog, config, exe, binary, stages=None):
    """-> (schedules compared, [mismatch dicts], [notes]). stages: None for rustc's own compile
    (compared exactly), else the emitted stages in the binary (compared up to check's allowances)."""
    _, flags = config_flags(config)
    abort = config.endswith("abort")
    release = config.startswith("release")
    n, bad, notes = 0, [], []
    for name, exprs, sets in prog.entries:
        for args in sets:
            shown = "%s(%s)" % (name, ",".join(str(a) for a in args)) if len(sets) > 1 else name
            full, rc, err = coroslim_run(binary, prog, name, args, flags, [])
            if not full and rc != 0:
                # no trace and a failed run: a failure with its reason (issue 23: it was a note,
                # "no output: not compared", and the harness went on); a run that succeeds
                # with no output is compared as the empty trace it is
                n += 1
                bad.append({"program": prog.name, "entry": name, "shown": shown, "config": config,
                            "schedule": "complete", "line": 1,
                            "want": "no output: coroslim run exited %d: %s"
                                    % (rc, (err.strip().splitlines() or ["(no message)"])[0]),
                            "got": "not compared"})
                continue
            if full and (full[-1] in ("step limit",) or full[-1].startswith("error ")):
                notes.append("note: %s: fn %s [%s]: coroslim run ends with `%s`: not compared"
                             % (prog.name, shown, config, full[-1]))
                continue
            polls = sum(1 for l in full if l.startswith("poll "))
            scheds = ["complete", "repoll"] + ["cancel after %d" % k for k in range(polls)]
            want = {}
            jobs = []
            for s in scheds:
                word, sflags = sched_job(s)
                want[s] = full if s == "complete" else coroslim_run(binary, prog, name, args, flags, sflags)[0]
                for st in (stages or [None]):
                    entry = name if st is None else "%s/%s" % (st, name)
                    jobs.append((s, st, "%s:%s:%s" % (entry, ",".join(str(a) for a in args), word)))
            got = {}
            if abort:
                for _, _, j in jobs:
                    got.update(exe_run(exe, [j]))
            else:
                got = exe_run(exe, [j for _, _, j in jobs])
            for s, st, j in jobs:
                n += 1
                w, g = normalise(want[s]), normalise(got.get(j, ["<not run>"]))
                if st is None:
                    d = first_difference(w, g)
                else:
                    eq, i, k = trace_compare(w, g, release)
                    d = None if eq else (i + 1, w[i] if i < len(w) else "end of trace",
                                         g[k] if k < len(g) else "end of trace")
                if d:
                    bad.append({"program": prog.name, "entry": name, "shown": shown, "config": config,
                                "schedule": s if st is None else "%s after %s" % (s, st),
                                "line": d[0], "want": d[1], "got": d[2]})
    return n, bad, notes


# check.c's allowed-difference relation (trace_compare), on trace lines: only at the extra poll
# of a re-poll, (a) release: the resumed-after panic + `repoll -> panicked` may be `repoll ->
# Pending`; (b) a future that completed with Ready(v) may be Ready(v) again; (c) after a panic, the re-poll may
# panic with "resumed after completion" instead of "resumed after panicking"; under panic=abort
# (a) and (b) replace the final `panic; abort` pair.
RESUMED_RE = re.compile(r'panic "`(?:async fn|async block)` resumed after (completion|panicking)"')


def is_resumed_panic(line, completion_only):
    m = RESUMED_RE.fullmatch(line)
    return bool(m) and (m.group(1) == "completion" or not completion_only)


def first_poll_ready(want):
    """The Ready(v) of the poll that completed the future (any poll, not only the first: form B
    over a future that answers Ready again), else None."""
    for l in want:
        m = re.fullmatch(r"poll \d+ -> (.*)", l)
        if m and not m.group(1).startswith("Pending"):
            return m.group(1) if m.group(1).startswith("Ready(") else None
    return None


def trace_compare(want, got, release):
    i = j = 0
    while i < len(want) and j < len(got):
        w, g = want[i], got[j]
        if w == g:
            i, j = i + 1, j + 1
            continue
        want_pair = i + 1 < len(want) and want[i + 1] == "repoll -> panicked"
        pair = want_pair and g.startswith("repoll -> ")
        if pair and release and is_resumed_panic(w, False) and g == "repoll -> Pending":
            i, j = i + 2, j + 1  # (a)
            continue
        if (want_pair and is_resumed_panic(w, False) and not is_resumed_panic(w, True) and
                is_resumed_panic(g, True) and j + 1 < len(got) and got[j + 1] == "repoll -> panicked"):
            i, j = i + 2, j + 2  # (c)
            continue
        v = first_poll_ready(want)
        if pair and is_resumed_panic(w, True) and v and g == "repoll -> " + v:
            i, j = i + 2, j + 1  # (b)
            continue
        # (a), (b) under panic=abort: want ends with the panic and the abort; got answers the
        # re-poll and then only drops the completed future and reports the result
        aborted = i + 2 == len(want) and want[i + 1].startswith("abort") and g.startswith("repoll -> ")
        if (aborted and ((release and is_resumed_panic(w, False) and g == "repoll -> Pending") or
                         (is_resumed_panic(w, True) and v and g == "repoll -> " + v)) and
                all(l == "drop" or l.startswith("result ") for l in got[j + 1:])):
            i, j = len(want), len(got)
            continue
        break
    return i == len(want) and j == len(got), i, j


def crate_base(prog):
    return re.sub(r"[^A-Za-z0-9_]", "_", os.path.splitext(os.path.relpath(prog.path, ROOT))[0])


def compile_crate(prog, config, tmp, src, emit=False):
    """One directory per crate: rustc's intermediate files are named after the crate."""
    rustc_flags, _ = config_flags(config)
    if emit:
        # one codegen unit, as `coroslim bytes` compiles: an emitted crate's
        # internal-linkage sync fns (emit_rust.c, rustc_local_copy) exist only in
        # their own unit, and an #[inline] resume fn in another could not call them
        rustc_flags = rustc_flags + ["--cfg", "coroslim_trace", "-C", "codegen-units=1"]
    base = crate_base(prog)
    out = os.path.join(tmp, base + "." + config)
    os.makedirs(out, exist_ok=True)
    exe = os.path.join(out, "prog")
    cmd = ["rustc", "--edition", "2021", "--crate-type", "bin", "--crate-name", "prog", "-A", "warnings",
           "-C", "debuginfo=0"] + rustc_flags + ["-o", exe, src]
    env = dict(os.environ)
    if emit:
        env["RUSTC_BOOTSTRAP"] = "1"  # custom_mir and the other features of emitted crates
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        errs = [l for l in r.stderr.splitlines() if l.startswith("error")]
        return None, "rustc: " + (errs[0] if errs else r.stderr.strip()[:300])
    return exe, None


# ---------------------------------------------------------------------------

class Rule:
    """A line of tests/native/known-divergences:
    PROGRAM | ENTRY | CONFIG | SCHEDULE | COROSLIM LINE | RUSTC LINE | WHY
    (fnmatch patterns; the two lines are the first differing ones, normalised)."""

    def __init__(self, where, fields):
        self.where = where
        self.fields = fields[:6]
        self.why = fields[6]
        self.hits = 0

    def matches(self, m):
        vals = [m["program"], m["entry"], m["config"], m["schedule"], m["want"], m["got"]]
        return all(fnmatch.fnmatchcase(v, pat) for v, pat in zip(vals, self.fields))


def read_known(path):
    rules = []
    if os.path.exists(path):
        for no, line in enumerate(common.read(path).splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in line.split("|")]
            if len(fields) != 7 or not fields[6]:
                sys.exit("%s:%d: expected PROGRAM | ENTRY | CONFIG | SCHEDULE | COROSLIM LINE | RUSTC LINE | WHY"
                         % (os.path.relpath(path, ROOT), no))
            rules.append(Rule("%s:%d" % (os.path.relpath(path, ROOT), no), fields))
    return rules


def is_known(known, m):
    for r in known:
        if r.matches(m):
            r.hits += 1
            return True
    return False


def collect(args, ngen, tmp, gen_shapes=()):
    progs = []
    for a in args:
        path = os.path.relpath(os.path.join(ROOT, a), ROOT) if not os.path.isabs(a) else a
        if os.path.isdir(os.path.join(ROOT, path)):
            for fn in sorted(os.listdir(os.path.join(ROOT, path))):
                if fn.endswith(".rs") and fn != "prelude.rs":
                    progs.append(Program(os.path.join(path, fn), path))
        elif path.endswith(".rs"):
            progs.append(Program(path, os.path.dirname(path)))
    if ngen > 0:
        gen = os.environ.get("GEN", os.path.join(ROOT, "build", "fuzz", "gen"))
        gdir = os.path.join(tmp, "gen")
        os.makedirs(gdir, exist_ok=True)
        for s in range(1, ngen + 1):
            subprocess.run([gen, "--seed", str(s), "--count", "1", "--out", gdir], check=True)
            progs.append(Program(os.path.join(gdir, "gen_%d_0.rs" % s), "generated (gen --seed 1..%d)" % ngen,
                                 "gen_%d_0.rs" % s))
    if gen_shapes:
        gen = os.environ.get("GEN", os.path.join(ROOT, "build", "fuzz", "gen"))
        gdir = os.path.join(tmp, "gen")
        os.makedirs(gdir, exist_ok=True)
        want = {sh: 2 for sh in gen_shapes}
        s = ngen
        while any(want.values()) and s < ngen + 2000:
            s += 1
            subprocess.run([gen, "--seed", str(s), "--count", "1", "--out", gdir], check=True)
            path = os.path.join(gdir, "gen_%d_0.rs" % s)
            line = next((l for l in common.read(path).splitlines() if l.startswith("// shapes:")), "")
            has = [sh for sh in want if want[sh] and sh in line.split()[2:]]
            if not has:
                continue
            for sh in has:
                want[sh] -= 1
            progs.append(Program(path, "generated with shapes %s" % ",".join(gen_shapes), "gen_%d_0.rs" % s))
        if any(want.values()):
            sys.exit("tests/native/rustc_run.py: gen made no program with shape(s) %s in 2000 seeds"
                     % ",".join(sh for sh in want if want[sh]))
    return progs


def usage(msg):
    sys.stderr.write("tests/native/rustc_run.py: %s\n%s\n" % (msg, __doc__.strip().splitlines()[2]))
    sys.exit(2)


def main(argv):
    configs, ngen, jobs, verbose, paths, emit, gen_shapes = list(CONFIGS), 20, 2, False, [], False, []
    for a in argv:
        if a == "--emit":
            emit = True
            continue
        if a.startswith("--gen-shapes="):
            gen_shapes = [x for x in a.split("=", 1)[1].split(",") if x]
            continue
        if a.startswith("--configs="):
            configs = [c for c in a.split("=", 1)[1].split(",") if c]
            for c in configs:
                if c not in CONFIGS:
                    usage("unknown config %s (expected %s)" % (c, ",".join(CONFIGS)))
        elif a.startswith("--gen="):
            ngen = int(a.split("=", 1)[1])
        elif a.startswith("--jobs="):
            jobs = max(1, int(a.split("=", 1)[1]))
        elif a == "-v":
            verbose = True
        elif a.startswith("-"):
            usage("unknown option %s" % a)
        else:
            paths.append(a)
    if shutil.which("rustc") is None:
        print("skipped: rustc not found")
        return 0
    ver = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout
    if not ver.startswith("rustc 1.95"):
        print("skipped: needs rustc 1.95 (found %s)" % ver.strip())
        return 0
    binary = os.environ.get("BIN", os.path.join(ROOT, "coroslim"))
    binary = os.path.abspath(binary)
    if not os.path.exists(binary):
        sys.exit("%s: not built (make)" % binary)
    if emit and subprocess.run([binary, "emit", "--help"], capture_output=True).returncode != 0:
        print("skipped: %s has no `emit` command (issue 20; branch emit)" % os.path.relpath(binary, ROOT))
        return 0
    known = read_known(KNOWN_EMIT if emit else KNOWN)
    what = "native-run" if emit else "rustc-run"
    keep = os.environ.get("KEEP")
    tmp = os.path.abspath(keep) if keep else tempfile.mkdtemp(prefix="coroslim_native_")
    os.makedirs(tmp, exist_ok=True)
    try:
        progs = collect(paths or SUITES, ngen, tmp, gen_shapes)
        if not emit:
            prelude = trace_prelude()
            for p in progs:
                with open(os.path.join(tmp, crate_base(p) + ".rs"), "w", encoding="utf-8") as f:
                    f.write(p.crate_text(prelude))
        units = [(p, c) for p in progs for c in configs]
        progress("%s: %d programs x %d configs, %d jobs" % (what, len(progs), len(configs), jobs))
        results = {}
        done = 0

        def one(unit):
            p, c = unit
            stages = None
            src = os.path.join(tmp, crate_base(p) + ".rs")
            if emit:
                text, stages = emit_crate_text(p, c, binary, tmp)
                if text is None:
                    return unit, None, stages
                src = os.path.join(tmp, "%s.%s.rs" % (crate_base(p), c))
                with open(src, "w", encoding="utf-8") as f:
                    f.write(text)
            exe, err = compile_crate(p, c, tmp, src, emit)
            if exe is None:
                return unit, None, err
            return unit, compare_program(p, c, exe, binary, stages), None

        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for unit, res, err in pool.map(one, units):
                results[unit] = (res, err)
                done += 1
                if done % 20 == 0 or done == len(units):
                    progress("%s: %d/%d compiled and run" % (what, done, len(units)))
        return report(progs, configs, results, known, verbose, what, KNOWN_EMIT if emit else KNOWN)
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def report(progs, configs, results, known, verbose, what, known_path):
    failed = False
    suites = []
    for p in progs:
        if p.suite not in suites:
            suites.append(p.suite)
    total = {"progs": 0, "ok": 0, "sched": 0, "bad": 0, "known": 0}
    for suite in suites:
        sp = [p for p in progs if p.suite == suite]
        ok_n, nsched, nbad, nknown, nwith_known = 0, 0, 0, 0, 0
        for p in sp:
            prog_ok = True
            prog_known = False
            for name, why in p.skipped:
                print("note: %s: fn %s not called (%s)" % (p.name, name, why))
            for c in configs:
                res, err = results[(p, c)]
                if err:
                    print("FAIL %s [%s]: %s" % (p.name, c, err))
                    prog_ok = False
                    failed = True
                    continue
                n, bad, notes = res
                nsched += n
                for note in notes:
                    print(note)
                # one line per (entry, config): its first mismatching schedule
                reported = set()
                for m in bad:
                    key = (m["shown"], m["config"])
                    k = is_known(known, m)
                    if k:
                        nknown += 1
                        prog_known = True
                    else:
                        nbad += 1
                        prog_ok = False
                        failed = True
                    if (key in reported or k) and not verbose:
                        continue
                    reported.add(key)
                    print("%s %s: fn %s [%s] schedule %s: line %d: coroslim `%s`, rustc `%s`"
                          % ("KNOWN" if k else "MISMATCH", m["program"], m["shown"], m["config"],
                             m["schedule"], m["line"], m["want"], m["got"]))
            if prog_ok:
                ok_n += 1
                nwith_known += prog_known
        print("%s: %d/%d programs agree, %d of them up to known divergences (%d schedule runs compared, "
              "%d mismatches, %d known)" % (suite, ok_n, len(sp), nwith_known, nsched, nbad, nknown))
        total["progs"] += len(sp)
        total["ok"] += ok_n
        total["sched"] += nsched
        total["bad"] += nbad
        total["known"] += nknown
    names = [p.name for p in progs]
    for r in known:
        covered = any(fnmatch.fnmatchcase(c, r.fields[2]) for c in configs) and \
            any(fnmatch.fnmatchcase(n, r.fields[0]) for n in names)
        if covered and r.hits == 0:
            print("STALE %s: listed as a known divergence (%s) but no run differs that way now: remove it"
                  % (r.where, r.why))
            failed = True
        elif r.hits:
            print("known divergence %s: %d schedule runs (%s)" % (r.where, r.hits, r.why))
    print("%s: %d/%d programs agree over %s; %d schedule runs compared, %d mismatches, %d known"
          % (what, total["ok"], total["progs"], ",".join(configs), total["sched"], total["bad"], total["known"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
