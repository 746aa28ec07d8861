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
"""
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


def artifacts(crate, version, stream):
    own, deps = None, []
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
        pid = msg["package_id"]
        if pid.startswith("path+") or " (path+" in pid:
            continue  # the throw-away project itself
        m = re.search(r"#([^@]+)@([^ ]+)$", pid) or re.match(r"^(\S+) (\S+) ", pid)
        name, ver = (m.group(1), m.group(2)) if m else (msg["target"]["name"], "?")
        rmeta = [f for f in msg["filenames"] if f.endswith(".rmeta") or f.endswith(".rlib")]
        if not rmeta:
            continue
        d, base = os.path.split(rmeta[0])
        mir = os.path.join(d, re.sub(r"^lib(.*)\.r(meta|lib)$", r"\1.mir", base))
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


def main(argv):
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
