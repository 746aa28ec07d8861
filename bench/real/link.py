#!/usr/bin/env python3
"""bench/real/link.py — whole-program await resolution for `make real-crates`
(issue 24 item 4).

Every await of every coroutine of a crate (a `<T as Future>::poll` call in an
async resume fn of rustc's --emit=mir) is resolved against the MIR of the
crate itself and of every library of its build (`cargo check` with
RUSTFLAGS=--emit=mir writes each one's MIR): the awaited future is a coroutine
whose resume fn is in that MIR (an async fn or block: the callee
inline-single-await needs), or it stays unresolved, for a reason read off its
type:

  generic         a type parameter (`F`, `Fut`, `&mut F`, `Pin<&mut F>`) or
                  an associated type of one (`<A as ToSocketAddrs>::Future`)
  trait object    `dyn Future` behind a pointer (`Pin<Box<dyn Future ..>>`)
  trait method    an async fn of a trait called on a type parameter: its
                  future is an opaque `impl Future` in the MIR (or
                  `{async fn body of <T as Trait>::m()}`); which impl runs is
                  known only after monomorphisation
  hand-written    a named type with a hand-written `impl Future` (its poll is
                  ordinary code, not a coroutine: nothing to inline)
  no MIR          an async fn or block found in no MIR file of the build
                  (the standard library's: its MIR is not emitted; or a path
                  the matching below does not recognise)

Matching: rustc prints an async fn's type with a trimmed path (`Responses::next`
in its own crate, `tokio::sync::watch::Sender<()>::closed` in a user of it), and
a user names it by a re-export (`tokio::sync::Mutex::lock` is defined as
`sync::mutex::Mutex::lock`). Generic arguments are dropped and the callee's path
matches a resume fn's when one is a suffix of the other, else when their last
two segments agree, else (in the crate a leading dependency name chooses) when
the last one does; an async block matches by its span, which names the source
file, or, printed by another crate, by its def path (`block::{closure#0}`).
Two candidates found at once are counted as one resolution (`ambiguous`).

Modes:
  link.py --artifacts CRATE VERSION < cargo-json    lists "name version mir"
      for each library of a `cargo check --message-format=json` build, CRATE's
      first (its MIR file beside the .rmeta cargo names).
  link.py --md LABEL=MIRS-FILE ...                  the REAL.md section, one
      row per crate (MIRS-FILE: the --artifacts output of that crate's build).
  link.py --json LABEL=MIRS-FILE ...                the same counts as JSON.
  link.py --explain LABEL=MIRS-FILE ...             every await and what it resolved
      to, then the section (tests/link compares it).
  link.py --link-dumps DUMPROOT LINKROOT             every -Zdump-mir=StateTransform before-body of
      DUMPROOT/CRATE/ written to LINKROOT/CRATE/ with the callee coroutines it awaits in the same
      crate and their constructors (below), for `coroslim check LINKROOT/CRATE`.
  link.py --check-md DUMPROOT LINKROOT               `coroslim check` (COROSLIM, default ./coroslim) of
      every crate alone and linked, debug and --release: the tables of bench/REAL.md's section.
"""
import collections
import json
import os
import re
import sys

SPELLINGS = ("", "std::future::", "core::future::", "futures_util::", "futures_core::",
             "futures_lite::", "futures::")
POLL = re.compile(r"= <(.*) as ((?:[a-z_]+::)*)Future>::poll\(")
FN_HEAD = re.compile(r"^fn (.*?)\((.*)$")
REASONS = ("generic", "trait object", "trait method", "hand-written", "no MIR")
GENERIC = re.compile(r"^(?:[A-Z]|[A-Z][a-z]?[0-9]*|Fut[0-9]*|Fut[A-Z][A-Za-z]*)$")


def lib_artifacts(stream):
    """(cargo message, MIR file) of every library unit in cargo's `--message-format=json` stream: the
    .mir rustc's --emit=mir wrote beside the unit's .rmeta/.rlib (also bench/real/workspace.py's)"""
    for line in stream:
        line = line.strip()
        if not line.startswith("{"):
            continue
        msg = json.loads(line)
        if msg.get("reason") != "compiler-artifact":
            continue
        kinds = msg["target"]["kind"]
        if "lib" not in kinds and "rlib" not in kinds:
            continue
        rmeta = [f for f in msg["filenames"] if f.endswith(".rmeta") or f.endswith(".rlib")]
        if not rmeta:
            continue
        d, base = os.path.split(rmeta[0])
        yield msg, os.path.join(d, re.sub(r"^lib(.*)\.r(meta|lib)$", r"\1.mir", base))


def artifacts(crate, version, stream):
    own, deps = None, []
    for msg, mir in lib_artifacts(stream):
        pid = msg["package_id"]
        if pid.startswith("path+") or " (path+" in pid:
            continue  # the throw-away project itself
        m = re.search(r"#([^@]+)@([^ ]+)$", pid) or re.match(r"^(\S+) (\S+) ", pid)
        name, ver = (m.group(1), m.group(2)) if m else (msg["target"]["name"], "?")
        row = (name, ver, mir)
        if name == crate and ver == version:
            own = row
        else:
            deps.append(row)
    if own:
        print("%s %s %s" % own)
    for row in deps:
        print("%s %s %s" % row)


def strip_generics(path):
    """`tokio::sync::watch::Sender<()>::closed` -> `tokio::sync::watch::Sender::closed`"""
    out, depth = [], 0
    for ch in path.replace("->", "=:"):  # `impl FnOnce() -> Fut`: not a closing bracket
        if ch == "<":
            depth += 1
        elif ch == ">" and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out).replace("::::", "::").strip(":")


def segments(path):
    return [s for s in strip_generics(path).split("::") if s]


def coroutine_of(ty):
    """the `{async ...}` a type names through Pin/&mut/Box, or None"""
    m = re.match(r"^(?:&mut |&)?(?:(?:std::pin::)?Pin<&mut |(?:std::pin::)?Pin<Box<)?"
                 r"(\{async (?:fn body of .*\(\)|block@(?:[^{}]|\{[^{}]*\})*|closure body@[^}]*)\})", ty)
    return m.group(1) if m else None


def unwrap(ty):
    """the pointee of &mut / Pin<&mut> / Pin<Box<>> / Box<> wrappers"""
    while True:
        t = ty
        for pre, post in (("&mut ", ""), ("&", ""), ("std::pin::Pin<", ">"), ("Pin<", ">"),
                          ("std::boxed::Box<", ">"), ("Box<", ">"), ("&mut ", "")):
            if ty.startswith(pre) and ty.endswith(post):
                ty = ty[len(pre):len(ty) - len(post)] if post else ty[len(pre):]
                ty = ty.strip()
                break
        if t == ty:
            return ty


class Mir:
    """the coroutines of one MIR file: resume fns by their type, and their awaits"""

    def __init__(self, name, path):
        self.name = name.replace("-", "_")
        self.by_span = {}      # '{async block@..}' -> count of resume fns
        self.by_path = {}      # last segment -> list of segment lists (async fns)
        self.by_name = {}      # last segment -> resume fn names' segment lists (async blocks by def path)
        self.resumes = []      # (fn name, coroutine type, [awaited type])
        self.read(path)

    def read(self, path):
        cur = None
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("fn "):
                    cur = None
                    m = FN_HEAD.match(line)
                    if not m:
                        continue
                    args = m.group(2)
                    am = re.match(r"_1: (?:std::pin::)?Pin<&mut (\{async (?:fn body of .*?\(\)|block@[^}]*|"
                                  r"closure body@[^}]*)\})>, _2: ", args)
                    if am:
                        cur = (m.group(1), am.group(1), [])
                        self.resumes.append(cur)
                        self.index(am.group(1))
                        segs = segments(m.group(1))
                        if segs:
                            self.by_name.setdefault(segs[-1], []).append(segs)
                    continue
                if cur is None:
                    continue
                if line.startswith("}"):
                    cur = None
                    continue
                pm = POLL.search(line)
                if pm and pm.group(2) in SPELLINGS:
                    cur[2].append(pm.group(1))

    def index(self, coro):
        if coro.startswith("{async fn body of "):
            segs = segments(coro[len("{async fn body of "):-3])
            if segs:
                self.by_path.setdefault(segs[-1], []).append(segs)
        else:
            self.by_span[coro] = self.by_span.get(coro, 0) + 1

    def find_fn(self, segs, index=None, loose=False):
        """candidates whose path and segs agree on a suffix of the shorter; failing that (a re-export:
        `tokio::sync::Mutex::lock` is `sync::mutex::Mutex::lock`), on the last two segments; with loose
        (the crate the path names), on the last one"""
        cands = (self.by_path if index is None else index).get(segs[-1], ())
        n = sum(1 for c in cands if c[-min(len(c), len(segs)):] == segs[-min(len(c), len(segs)):])
        if not n and len(segs) >= 2:
            n = sum(1 for c in cands if c[-2:] == segs[-2:])
        if not n and loose:
            n = len(cands)
        return n


def classify(ty, own, deps):
    """('crate' | 'dependency' | reason, dependency name or None, ambiguous)"""
    coro = coroutine_of(ty)
    if coro is None:
        inner = unwrap(ty)
        if "dyn " in inner.split("<")[0] or inner.startswith("dyn ") or re.match(r"^(?:[a-z_]+::)*(?:Local)?BoxFuture<", inner):
            return "trait object", None, False
        if inner.startswith("impl ") and "Future" in inner:
            # an opaque `impl Future` left in runtime MIR: a trait's async fn called through a type parameter
            return "trait method", None, False
        if GENERIC.match(inner) or inner.startswith("<"):  # a parameter or `<A as Trait>::Future`
            return "generic", None, False
        if inner.startswith("{async") or inner.startswith("{closure"):
            return "no MIR", None, False
        return "hand-written", None, False
    if coro.startswith("{async fn body of "):
        path = coro[len("{async fn body of "):-3]
        if path.startswith("<"):
            return "trait method", None, False
        segs = segments(path)
        if not segs:
            return "no MIR", None, False
        first = segs[0]
        named = [d for d in deps if d.name == first]
        if named and len(segs) > 1:
            for d in named:
                n = d.find_fn(segs[1:], loose=True)
                if n:
                    return "dependency", d.name, n > 1
            # not there: a module of the crate named like a dependency (`tokio::connect_with_bind`)
        n = own.find_fn(segs)
        if n:
            return "crate", None, n > 1
        for d in deps:
            n = d.find_fn(segs)
            if n:
                return "dependency", d.name, n > 1
        return "no MIR", None, False
    span = coro[len("{async block@"):-1] if coro.startswith("{async block@") else ""
    if span and not re.search(r":[0-9]+:[0-9]+: [0-9]+:[0-9]+$", span):
        # another crate's async block, printed by its def path (`block::{closure#0}`): the resume fn's name
        segs = segments(span)
        if not segs:
            return "no MIR", None, False
        named = [d for d in deps if d.name == segs[0]]
        for d in (named if named and len(segs) > 1 else [own] + deps):
            n = d.find_fn(segs[1:] if d in named else segs, d.by_name)
            if n:
                return ("crate", None, n > 1) if d is own else ("dependency", d.name, n > 1)
        return "no MIR", None, False
    if coro in own.by_span:
        return "crate", None, own.by_span[coro] > 1
    for d in deps:
        if coro in d.by_span:
            return "dependency", d.name, d.by_span[coro] > 1
    return "no MIR", None, False


def link(label, mirs_file, cache, explain=None):
    rows = [l.split(" ", 2) for l in open(mirs_file).read().splitlines() if l.strip()]
    mods = []
    for name, ver, path in rows:
        path = path.strip()
        if not os.path.isfile(path):
            continue
        key = (name, ver, path)
        if key not in cache:
            cache[key] = Mir(name, path)
        mods.append(cache[key])
    if not mods:
        return None
    own, deps = mods[0], mods[1:]
    c = {"crate": label, "dependencies": len(deps), "coroutines": len(own.resumes), "awaits": 0,
         "in_crate": 0, "in_dependency": 0, "ambiguous": 0, "single": 0, "single_in_crate": 0,
         "single_in_dependency": 0, "by_dependency": {}}
    for r in REASONS:
        c[r] = 0
    for fn, _coro, awaits in own.resumes:
        kinds = []
        for ty in awaits:
            where, dep, amb = classify(ty, own, deps)
            if explain is not None:
                explain.append("%s: %s: %s -> %s%s%s" % (label, fn, ty, where, " " + dep if dep else "",
                                                          " (ambiguous)" if amb else ""))
            c["awaits"] += 1
            c["ambiguous"] += amb
            if where == "crate":
                c["in_crate"] += 1
            elif where == "dependency":
                c["in_dependency"] += 1
                c["by_dependency"][dep] = c["by_dependency"].get(dep, 0) + 1
            else:
                c[where] += 1
            kinds.append(where)
        if len(awaits) == 1:
            c["single"] += 1
            c["single_in_crate"] += kinds[0] == "crate"
            c["single_in_dependency"] += kinds[0] == "dependency"
    return c


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "-"


def md(results):
    tot = {k: 0 for k in ("coroutines", "awaits", "in_crate", "in_dependency", "ambiguous", "single",
                          "single_in_crate", "single_in_dependency") + REASONS}
    for c in results:
        for k in tot:
            tot[k] += c[k]
    out = []
    w = out.append
    w("## Whole program: awaits resolved with the dependencies' MIR (issue 24 item 4)")
    w("")
    w("Generated by `bench/real/link.py` in the same run: every crate's build is `cargo check` with")
    w("`RUSTFLAGS=--emit=mir`, so every library of the build (the crate's dependencies, from the same")
    w("sources and flags) has its MIR beside the crate's. An await (a `<T as Future>::poll` call in an async")
    w("resume fn, the importer's spellings) is *resolved* when the awaited future is a coroutine whose resume fn")
    w("is in that MIR: in the crate itself (visible to inline-single-await's detection on the crate alone) or")
    w("only in a dependency (visible once the dependencies are imported with it). The others stay unresolved,")
    w("by the awaited type: a type parameter or its associated type (*generic*), `dyn Future` (*trait object*),")
    w("a trait's async fn called on a type parameter (*trait method*: an opaque `impl Future` in the MIR; which")
    w("impl runs is known after monomorphisation),")
    w("a named type with a hand-written `impl Future` (*hand-written*: ordinary code, no coroutine to inline),")
    w("or an async fn found in no MIR file (*no MIR*: the standard library's, whose MIR is not emitted).")
    w("Single-await coroutines are inline-single-await's candidates; their columns say where the one callee is.")
    w("")
    w("- awaits in %d coroutines of %d crates: %d; resolved %d (%s): %d in the crate, **%d more only with the "
      "dependencies' MIR** (%d of them with two or more candidates of the same path suffix: `ambiguous`)"
      % (tot["coroutines"], len(results), tot["awaits"], tot["in_crate"] + tot["in_dependency"],
         pct(tot["in_crate"] + tot["in_dependency"], tot["awaits"]), tot["in_crate"], tot["in_dependency"],
         tot["ambiguous"]))
    w("- unresolved %d (%s): %s" % (sum(tot[r] for r in REASONS), pct(sum(tot[r] for r in REASONS), tot["awaits"]),
                                    ", ".join("%s %d" % (r, tot[r]) for r in REASONS)))
    w("- single-await coroutines %d: callee in the crate %d, in a dependency %d (%s more visible callees), "
      "unresolved %d" % (tot["single"], tot["single_in_crate"], tot["single_in_dependency"],
                         "+%d" % tot["single_in_dependency"],
                         tot["single"] - tot["single_in_crate"] - tot["single_in_dependency"]))
    deps = {}
    for c in results:
        for d, n in c["by_dependency"].items():
            deps[d] = deps.get(d, 0) + n
    if deps:
        top = sorted(deps.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        w("- awaits resolved in a dependency, by the callee's crate (first 10): " +
          ", ".join("%s %d" % kv for kv in top))
    w("")
    w("| crate | deps' MIR | coroutines | awaits | in crate | in a dependency | generic | trait object | "
      "trait method | hand-written | no MIR | single-await: callee in crate / in a dependency |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for c in results:
        w("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d / %d of %d |" % (
            c["crate"], c["dependencies"], c["coroutines"], c["awaits"], c["in_crate"], c["in_dependency"],
            c["generic"], c["trait object"], c["trait method"], c["hand-written"], c["no MIR"],
            c["single_in_crate"], c["single_in_dependency"], c["single"]))
    w("| **total** | | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d / %d of %d |" % (
        tot["coroutines"], tot["awaits"], tot["in_crate"], tot["in_dependency"], tot["generic"],
        tot["trait object"], tot["trait method"], tot["hand-written"], tot["no MIR"], tot["single_in_crate"],
        tot["single_in_dependency"], tot["single"]))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# --link-dumps: rustc's before-StateTransform bodies linked with the callee
# coroutines they await (issue 24 item 4), for `coroslim check LINKDIR/CRATE`
# ---------------------------------------------------------------------------
# A dump of -Zdump-mir=StateTransform holds one coroutine body; a body's await
# of an async fn or block of the same crate names the callee's coroutine type
# and calls its constructor (`TcpStream::ready(move _9, ..)`). The linked dump
# is the body, then every callee body it awaits (transitively, depth
# LINK_DEPTH), then their constructors: what the importer needs so that the
# await polls a coroutine of the module (frontend/import.c read_ctor).
# - Matching is on the importer's canonical spelling (lower-case path segments
#   dropped, frontend/import_type.c mir_canon_type) with generic arguments
#   unified: the callee's definition `Mutex<T>::lock` and the caller's instance
#   `Mutex<State>::lock` give T -> State, substituted in the callee's text
#   (monomorphisation, on the text). A parameter is an identifier that looks
#   like one (GENERIC) or an `impl Trait` argument; two bodies that both unify
#   are ambiguous and the await stays external, as does one with no body.
# - A constructor is renamed to each spelling the including body calls it by
#   (`bounded::Sender::<T>::reserve_inner`) and normalised to its aggregate
#   and `return` (rustc's has a `goto` when the fn has a cleanup block).
# - Async blocks: their body is linked, but their future is built by an
#   aggregate in the parent (`{coroutine@..} {..}`), which the importer keeps
#   opaque, so an awaited async block stays external in the checked run.
LINK_DEPTH = 8


def canon(t):
    """the importer's canonical spelling (frontend/import_type.c mir_canon_type): lower-case path segments dropped"""
    out, i, n = [], 0, len(t)
    while i < n:
        ch = t[i]
        if ch == '"':
            j = t.find('"', i + 1)
            j = n if j < 0 else j + 1
            out.append(t[i:j]); i = j; continue
        prev = t[i - 1] if i else ""
        at_start = i == 0 or (not (prev.isalnum() or prev == "_") and prev not in ":'#")
        if at_start and ch.islower():
            q = i
            while True:
                r = q
                if r >= n or not t[r].islower():
                    break
                while r < n and (t[r].isalnum() or t[r] == "_"):
                    r += 1
                if r + 2 < n and t[r:r + 2] == "::" and (t[r + 2].isalnum() or t[r + 2] == "_"):
                    q = r + 2
                else:
                    break
            if q != i:
                i = q; continue
        out.append(ch); i += 1
    return "".join(out)

def split_top(s):
    """top-level comma split of a generic argument list"""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(s):
        ch = s[i]
        if s.startswith("->", i):
            cur.append("->"); i += 2; continue
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur).strip()); cur = []
        else:
            cur.append(ch)
        i += 1
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts

def match_close(s, i):
    depth = 0
    while i < len(s):
        if s.startswith("->", i):
            i += 2; continue
        if s[i] in "<([{":
            depth += 1
        elif s[i] in ">)]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1

def is_param(a):
    return bool(GENERIC.match(a)) or a.startswith("impl ")

def align(gen, inst, sub):
    """unify the generic definition's canonical spelling with an instance's: fills sub (param -> text)"""
    i = j = 0
    while i < len(gen) and j < len(inst):
        if gen[i] == "<" and inst[j] == "<":
            ci, cj = match_close(gen, i), match_close(inst, j)
            if ci < 0 or cj < 0:
                return False
            ga, ia = split_top(gen[i + 1:ci]), split_top(inst[j + 1:cj])
            if len(ga) != len(ia):
                return False
            for a, b in zip(ga, ia):
                if a == b or (a.startswith("'") and b.startswith("'")):
                    continue
                if is_param(a):
                    if sub.setdefault(a, b) != b:
                        return False
                    continue
                if not align(a, b, sub):
                    return False
            i, j = ci + 1, cj + 1
            continue
        if gen[i] != inst[j]:
            return False
        i += 1; j += 1
    return i == len(gen) and j == len(inst)

def substitute(text, sub):
    if not sub:
        return text
    keys = sorted(sub, key=len, reverse=True)
    pats = [loose(k) if k.startswith("impl ") else r"(?<![\w:'#])" + re.escape(k) + r"(?![\w])" for k in keys]
    pat = "|".join("(%s)" % p for p in pats)
    return re.sub(pat, lambda m: sub[keys[m.lastindex - 1]], text)

def loose(k):
    """a regex of the canonical spelling k that also matches it with the module paths rustc printed"""
    out, prev = [], ""
    for tok in re.findall(r"[A-Za-z_][A-Za-z0-9_]*|.", k):
        if re.match(r"[A-Za-z_]", tok) and not (prev.isalnum() or prev in "_:'#"):
            out.append(r"(?:[a-z_][a-z0-9_]*::)*")
        out.append(re.escape(tok))
        prev = tok[-1]
    return "".join(out)

def erase(name):
    out, depth, i = [], 0, 0
    while i < len(name):
        if name.startswith("->", i):
            if depth == 0: out.append("->")
            i += 2; continue
        ch = name[i]
        if ch == "<": depth += 1
        elif ch == ">" and depth: depth -= 1
        elif depth == 0: out.append(ch)
        i += 1
    return "".join(out)

ITEM_HEAD = re.compile(r"^fn (.*?)\((.*)\) -> (.*?)( \{)?$")

def items(text):
    """(header line, item text) per fn item of a dump"""
    out, cur = [], None
    for line in text.split("\n"):
        if line.startswith("fn "):
            cur = [line]
            continue
        if cur is not None:
            cur.append(line)
            if line == "}":
                out.append("\n".join(cur) + "\n")
                cur = None
    return out

CORO_T = re.compile(r"^\{async (fn body of .*\(\)|block@.*)\}$")

class Crate:
    def __init__(self, d):
        self.d = d
        self.bodies = collections.defaultdict(list)  # erased canonical coroutine -> [(canonical coroutine, text, file)]
        self.ctors = collections.defaultdict(list)   # erased canonical coroutine -> [(canonical coroutine, text)]
        self.files = {}
        self.files_coro = {}  # body text -> its canonical coroutine
        for f in sorted(os.listdir(d)):
            if not f.endswith(".StateTransform.before.mir"):
                continue
            text = open(os.path.join(d, f), encoding="utf-8", errors="replace").read()
            for it in items(text):
                head = it.split("\n", 1)[0]
                m = re.match(r"^fn .*?\(_1: (\{async .*\}), _2: std::future::ResumeTy\) -> ", head)
                if m and "\nyields ()\n" in it[:len(head) + 12]:
                    cc = canon(m.group(1))
                    self.bodies[erase(cc)].append((cc, it, f))
                    self.files[f] = (cc, it)
                    self.files_coro[it] = cc
                    continue
                m = re.match(r"^fn .*\) -> (\{async fn body of .*\(\)\}) \{$", head)
                if m and re.search(r"\n        _0 = \{coroutine@[^\n]*\} \{[^\n]*\};\n", it):
                    cc = canon(m.group(1))
                    self.ctors[erase(cc)].append((cc, it))

    def find(self, table, want):
        """the items whose coroutine unifies with want (canonical): [(text, sub)]"""
        found = []
        for cc, it, *_ in table.get(erase(want), ()):
            sub = {}
            if align(cc, want, sub):
                found.append((it, sub))
        return found

def awaited(text):
    return [m.group(1) for m in POLL.finditer(text) if m.group(2) in SPELLINGS]

def open_paren(s, start):
    """the first `(` at bracket depth 0 from start (a fn name's `<..>` and `{..}` skipped)"""
    depth, i = 0, start
    while i < len(s):
        if s.startswith("->", i):
            i += 2; continue
        ch = s[i]
        if ch == "(" and depth == 0:
            return i
        if ch in "<{[(":
            depth += 1
        elif ch in ">}])":
            depth -= 1
        i += 1
    return -1

def calls(text):
    """(destination, callee) of every `_N = CALLEE(ARGS) -> [return: ..` of a MIR text"""
    out = []
    for m in re.finditer(r"\n        (_\d+) = ([^\n]*) -> \[return", text):
        rhs = m.group(2)
        i = open_paren(rhs, 0)
        if i > 0 and rhs.endswith(")"):
            out.append((m.group(1), rhs[:i]))
    return out

def ctor_text(it, name):
    """the constructor normalised: renamed to the caller's callee spelling, one block"""
    head, rest = it.split("\n", 1)
    params = head[open_paren(head, 3) + 1:]
    decls = [l for l in rest.split("\n") if l.startswith("    let ") or l.startswith("    debug ")]
    agg = re.search(r"\n        (_0 = \{coroutine@[^\n]*\} \{[^\n]*\};)\n", it).group(1)
    return "fn %s(%s\n%s\n\n    bb0: {\n        %s\n        return;\n    }\n}\n" % (name, params, "\n".join(decls), agg)

def await_reason(ty):
    """why an awaited type that is not a coroutine of the crate stays external (link.py's reasons)"""
    coro = coroutine_of(ty)
    if coro is None:
        inner = unwrap(ty)
        if "dyn " in inner.split("<")[0] or inner.startswith("dyn ") or re.match(r"^(?:[a-z_]+::)*(?:Local)?BoxFuture<", inner):
            return "trait object"
        if inner.startswith("impl ") and "Future" in inner:
            return "trait method"
        if GENERIC.match(inner) or inner.startswith("<"):
            return "generic"
        return "hand-written"
    if coro.startswith("{async fn body of <"):
        return "trait method"
    return None


def fn_name(item):
    head = item.split("\n", 1)[0]
    return head[3:open_paren(head, 3)]


def last_segment(path):
    """`mutex::Mutex::<T>::lock` -> `lock`: a call names the constructor (not a wrapper fn returning
    the same future, `lock_arc` for `lock_arc_impl`'s) when its last segment is the constructor's"""
    segs = [x for x in erase(path).split("::") if x]
    return segs[-1] if segs else ""


def link_body(crate, root_text, depth=8):
    """root + every callee body it awaits (transitively, in the crate) + their constructors; the
    root's own awaits counted by what they resolved to (resolved, or the reason they stay external)"""
    bodies, ctors, seen, why = [root_text], [], set(), collections.Counter()
    work = [(root_text, 0)]
    ctor_names = set()
    root_ctor = crate.find(crate.ctors, crate.files_coro.get(root_text, ""))
    if len(root_ctor) == 1:  # C's own constructor: what form A rewrites (nobody calls it here)
        it = root_ctor[0][0]
        ctors.append(ctor_text(it, fn_name(it)))
    while work:
        text, k = work.pop(0)
        decl = dict(re.findall(r"let (?:mut )?(_\d+): ([^\n]*);", text))
        for ty in awaited(text):
            coro = canon(ty)
            reason = await_reason(ty)
            if reason or not CORO_T.match(coro):
                why[reason or "hand-written"] += k == 0
                continue
            found = crate.find(crate.bodies, coro)
            if len(found) != 1:
                why["ambiguous" if found else "no body in the crate"] += k == 0
                continue
            if coro.startswith("{async fn body"):
                cts = crate.find(crate.ctors, coro)
                if len(cts) != 1:
                    why["no constructor"] += k == 0
                    continue
                # the caller's spellings of the constructor: calls whose destination has the coroutine's type
                for dst, callee in calls(text):
                    if dst in decl and canon(decl[dst]) == coro and callee not in ctor_names and \
                            last_segment(callee) == last_segment(fn_name(cts[0][0])):
                        ctor_names.add(callee)
                        ctors.append(ctor_text(substitute(cts[0][0], cts[0][1]), callee))
            why["resolved"] += k == 0
            if coro in seen:
                continue
            seen.add(coro)
            body, sub = found[0]
            inst = substitute(body, sub)
            bodies.append(inst)
            if k < depth:
                work.append((inst, k + 1))
    return "".join(bodies) + "".join(ctors), len(bodies) - 1, why

def link_dumps(root, outroot):
    """writes OUTROOT/CRATE/FILE for every StateTransform.before dump of ROOT/CRATE/; prints counts"""
    tot = collections.Counter()
    for c in sorted(os.listdir(root)):
        d = os.path.join(root, c)
        if not os.path.isdir(d):
            continue
        cr = Crate(d)
        od = os.path.join(outroot, c)
        os.makedirs(od, exist_ok=True)
        for f, (cc, it) in cr.files.items():
            text, n, why = link_body(cr, it, LINK_DEPTH)
            tot["bodies"] += 1
            tot["linked"] += n > 0
            tot["callees"] += n
            tot.update(why)
            with open(os.path.join(od, f), "w") as fh:
                fh.write(text)
    print("link.py --link-dumps: %d bodies, %d linked with %d callee bodies" % (tot["bodies"], tot["linked"],
                                                                                tot["callees"]))
    awaits = sum(v for k, v in tot.items() if k not in ("bodies", "linked", "callees"))
    print("awaits of the bodies themselves: %d; of a coroutine body of the crate (linked): %d; external: %s" % (
        awaits, tot["resolved"], ", ".join("%s %d" % (k, tot[k]) for k in (
            "no body in the crate", "ambiguous", "no constructor", "generic", "trait object", "trait method",
            "hand-written"))))


def check_rows(coroslim, d, release):
    """`coroslim check D` (every pass; debug or --release): {stage: (changed, stmts, blocks, states)}, the
    header's counts, the `linked:` line"""
    import subprocess
    r = subprocess.run([coroslim, "check"] + (["--release"] if release else []) + [d], capture_output=True,
                       text=True)
    rows, head, linked, differ = {}, "", "", 0
    for line in r.stdout.splitlines():
        f = line.split()
        if line.startswith("check "):
            head = line
        elif line.startswith("linked: "):
            linked = line
        elif len(f) == 9 and f[0].isdigit():
            rows[f[8]] = tuple(int(x) for x in (f[1], f[5], f[6], f[7]))
            differ += int(f[4])
    m = re.search(r": (\d+) coroutine bodies .*?, (\d+) not imported; executed under every schedule: (\d+) "
                  r"\((\d+) schedules\)", head)
    counts = tuple(int(x) for x in m.groups()) if m else (0, 0, 0, 0)
    n = re.match(r"linked: (\d+) bodies .*?; (\d+) checked alone", linked)
    return rows, counts, differ, (int(n.group(1)), int(n.group(2))) if n else (0, 0)


def check_md(dumproot, linkroot, coroslim):
    """the REAL.md section: every pass on each crate's dumps alone and linked, debug and --release"""
    crates = sorted(c for c in os.listdir(linkroot) if os.path.isdir(os.path.join(linkroot, c)))
    out = []
    w = out.append
    for release in (False, True):
        w("")
        w("%s (`coroslim check%s DIR`; MIR counts: statements + terminators / blocks / Suspend states of every "
          "resume fn and drop shim of the checked modules, a linked module's callees included):" %
          ("--release" if release else "Debug", " --release" if release else ""))
        w("")
        w("| pass | alone: bodies changed | alone: stmts / blocks / states | linked: bodies changed | "
          "linked: stmts / blocks / states |")
        w("|---|---|---|---|---|")
        tot = {}
        heads = {}
        for which, root in (("alone", dumproot), ("linked", linkroot)):
            agg, hc, dif, lk = {}, [0, 0, 0, 0], 0, [0, 0]
            for c in crates:
                rows, counts, differ, linked = check_rows(coroslim, os.path.join(root, c), release)
                for k, v in rows.items():
                    a = agg.setdefault(k, [0, 0, 0, 0])
                    for i in range(4):
                        a[i] += v[i]
                for i in range(4):
                    hc[i] += counts[i]
                dif += differ
                lk[0] += linked[0]
                lk[1] += linked[1]
            tot[which] = agg
            heads[which] = (hc, dif, lk)
        base = {k: tot[k].get("state_transform", [0, 0, 0, 0]) for k in tot}
        for stage in ("state_transform", "elide-awaitless", "inline-single-await", "merge-states", "panic-to-pending",
                      "relocate-upvars", "elide-awaitless,inline-single-await,merge-states,panic-to-pending"):
            cells = []
            for which in ("alone", "linked"):
                v = tot[which].get(stage)
                if not v:
                    cells += ["-", "-"]
                    continue
                b = base[which]
                if stage == "state_transform":
                    cells += ["", "%d / %d / %d" % (v[1], v[2], v[3])]
                else:
                    cells += ["%d" % v[0], "%+d / %+d / %+d" % (v[1] - b[1], v[2] - b[2], v[3] - b[3])]
            w("| %s | %s |" % ("the four in order" if stage.count(",") == 3 else stage, " | ".join(cells)))
        w("")
        for which in ("alone", "linked"):
            hc, dif, lk = heads[which]
            w("- %s: %d bodies, %d not imported, %d executed under every schedule (%d schedules), %d differing "
              "schedules over all stages%s" % (which, hc[0], hc[1], hc[2], hc[3], dif,
                                               "; %d checked with their callees, %d checked alone (the linked module "
                                               "did not build or run)" % tuple(lk) if which == "linked" else ""))
    sys.stdout.write("\n".join(out) + "\n")


def main(argv):
    if len(argv) == 4 and argv[1] == "--check-md":
        check_md(argv[2], argv[3], os.environ.get("COROSLIM", "./coroslim"))
        return 0
    if len(argv) == 4 and argv[1] == "--link-dumps":
        link_dumps(argv[2], argv[3])
        return 0
    if len(argv) == 4 and argv[1] == "--artifacts":
        artifacts(argv[2], argv[3], sys.stdin)
        return 0
    if len(argv) >= 2 and argv[1] in ("--md", "--json", "--explain"):
        cache, results = {}, []
        explain = [] if argv[1] == "--explain" else None
        for arg in argv[2:]:
            label, _, mirs = arg.partition("=")
            if not mirs:
                print("link.py: %s: expected LABEL=MIRS-FILE" % arg, file=sys.stderr)
                return 2
            c = link(label, mirs, cache, explain)
            if c is None:
                print("link.py: %s: no MIR file listed in %s" % (label, mirs), file=sys.stderr)
                continue
            results.append(c)
            print("link.py: %s: %d awaits, %d resolved in a dependency" % (label, c["awaits"], c["in_dependency"]),
                  file=sys.stderr)
        if explain is not None:
            print("\n".join(explain))
            print()
        if argv[1] == "--json":
            json.dump(results, sys.stdout, indent=1)
            print()
        else:
            sys.stdout.write(md(results))
        return 0
    print("usage: link.py --artifacts CRATE VERSION < cargo-json | link.py --md|--json|--explain LABEL=MIRS-FILE...",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
