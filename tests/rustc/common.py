"""Shared helpers for the rustc oracle scripts (python3 stdlib only).

A program of the coroslim subset is turned into a rustc crate by prepending
`#![allow(unused)]` and tests/rust/prelude.rs, and appending a generated
`fn main()` that constructs (and drops) the future of every async fn, so that
rustc computes every coroutine layout.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRELUDE = os.path.join(ROOT, "tests", "rust", "prelude.rs")

# the name is a token (check.c's scan_args_lines): a nested fn's path, `outer::{closure#0}::helper`
# (items29), is one name, not `outer` followed by values
ARGS_RE = re.compile(r"^\s*//@\s*args:\s*(\S+)(?:\s+(.*?))?\s*$")
ERROR_RE = re.compile(r"//~(\^*)\s*ERROR\s+(.*?)\s*$")
USER_MAIN_RE = re.compile(r"^(\s*)fn(\s+)main(\s*)\(", re.M)
USER_MAIN_NAME = "__coroslim_user_main"
INNER_ATTR_RE = re.compile(r"^\s*#!\[.*\]\s*$")
PRELUDE_ITEM_RE = re.compile(r"^(?=pub |impl |use |#\[)", re.M)


def require_rustc():
    """Print the skip message and exit 0 when rustc is not installed."""
    if shutil.which("rustc") is None:
        print("skipped: rustc not found")
        sys.exit(0)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------------------
# A tiny lexer: enough to skip comments, strings and chars when scanning the
# source for `fn`, `async fn`, `async {` and `async move {`.
# ---------------------------------------------------------------------------

def tokens(src):
    """Yield (text, line, col) for identifiers and punctuation; 1-based line/col
    (col counted in characters, like rustc)."""
    i, n = 0, len(src)
    line, col = 1, 1

    def adv(k):
        nonlocal i, line, col
        for _ in range(k):
            if i < n and src[i] == "\n":
                line += 1
                col = 1
            else:
                col += 1
            i += 1

    while i < n:
        c = src[i]
        if c.isspace():
            adv(1)
        elif src.startswith("//", i):
            while i < n and src[i] != "\n":
                adv(1)
        elif src.startswith("/*", i):
            depth = 0
            while i < n:
                if src.startswith("/*", i):
                    depth += 1
                    adv(2)
                elif src.startswith("*/", i):
                    depth -= 1
                    adv(2)
                    if depth == 0:
                        break
                else:
                    adv(1)
        elif c == '"':
            adv(1)
            while i < n and src[i] != '"':
                adv(2 if src[i] == "\\" else 1)
            adv(1)
        elif c == "'" and (src.startswith("\\", i + 1) or src.startswith("'", i + 2)):
            # a char literal (`'"'` is no string: warn31), not a label's or lifetime's quote
            adv(1)
            while i < n and src[i] != "'":
                adv(2 if src[i] == "\\" else 1)
            adv(1)
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield src[i:j], line, col
            adv(j - i)
        elif c.isdigit():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield src[i:j], line, col
            adv(j - i)
        else:
            yield c, line, col
            adv(1)


def scan_items(src, types_out=None, _known=None):
    """Return (fns, blocks).

    fns: list of dicts {name, is_async, params: [str], start: (l,c), end: (l,c), nested}
         for every `fn` item (the span runs from `fn`/`async` to the closing brace).
         A fn item inside a fn body (items29; nested True) is named by rustc's def
         path with its disambiguator, as coroslim names it and rustc's dump files
         spell it: `outer::{closure#0}::inner#1` (its parent body's path: the
         innermost async block's closure, else `F::{closure#0}` of an async fn F,
         else F); inside a method, from its value path (`S::m::inner`, as rustc
         prints it; its bodies are `{impl#k}::m::inner::..`).
    blocks: list of dicts {fn, index, pos: (l,c), move} for every `async {` /
         `async move {` block, `fn` = innermost enclosing fn name, index = order
         among the async blocks of that fn (source order, from 0).
    items30: a struct or enum inside a fn body is named by its parent body's value path
    (`outer::{closure#0}::S`), a fn of an impl block there by its struct's
    (`outer::{closure#0}::S::m`, `S#1::m` for a second struct of one name in one parent, as
    coroslim names it; its def path `P::{impl#k}::m`, k counted per parent), assuming the struct
    stands in the same body as the impl. types_out (a dict), when given, receives {path: name}
    of those structs and enums. Each fn dict has its def path too ("defpath").
    items31: an impl block in a body other than its type's (a top-level type, or one of an outer
    body) names its inherent fns `P::<impl T>::m` (P the impl's parent body's value path, T the
    type's path), as rustc prints them; a first pass finds the types of bodies (_known).
    """
    if _known is None:
        _known = {}
        scan_items(src, _known, {})
    toks = list(tokens(src))
    fns, blocks = [], []
    stack = []  # open fns: (dict, brace depth at which its body opened)
    bodies = []  # open bodies, fns and async blocks: [def path of the body, depth inside, closures so far]
    seen_paths = {}  # a nested fn's path without disambiguator -> how many so far
    nimpls = 0  # impl blocks so far: a method's bodies are `{impl#k}::m` (k after the prelude's 2)
    impls = []  # open `impl S {` blocks (issue 22 item 4): (S, brace depth inside, def path prefix)
    seen_types = {}  # items30: a nested struct's path -> how many so far
    seen_enums = {}  # items31: a nested enum's path -> how many so far
    nested_impls = {}  # items30: a parent body's def path -> impls so far
    depth = 0
    i = 0
    while i < len(toks):
        t, l, c = toks[i]
        if t == "{":
            depth += 1
        elif t == "}":
            depth -= 1
            while stack and stack[-1][1] > depth:
                f, _ = stack.pop()
                f["end"] = (l, c)
            while bodies and bodies[-1][1] > depth:
                bodies.pop()
            while impls and impls[-1][1] > depth:
                impls.pop()
        elif t in ("struct", "enum") and bodies and i + 1 < len(toks):  # items30: a type of a body
            path = bodies[-1][3] + "::" + toks[i + 1][0]
            if t == "struct":
                seen_types[path] = seen_types.get(path, 0) + 1
            else:
                seen_enums[path] = seen_enums.get(path, 0) + 1
            if types_out is not None:
                types_out[path] = toks[i + 1][0]
        elif t == "impl" and i + 2 < len(toks) and (
                toks[i + 2][0] == "{" or (i + 4 < len(toks) and toks[i + 2][0] == "for" and toks[i + 4][0] == "{")):
            is_trait = toks[i + 2][0] == "for"
            sname = toks[i + 3][0] if is_trait else toks[i + 1][0]
            tname = toks[i + 1][0]
            for b in reversed(bodies):  # items31: a trait of a body (this one or an outer one)
                if b[3] + "::" + tname in _known:
                    tname = b[3] + "::" + tname
                    break
            non_local = False
            if bodies:  # items30: an impl block in a body
                here = bodies[-1][3] + "::" + sname
                if here in _known:
                    seen = seen_types if here in seen_types else seen_enums
                    k = seen.get(here, 1) - 1
                    sname = here + ("#%d" % k if k else "")
                else:  # items31: a type of an outer body, or of the crate
                    non_local = True
                    for b in reversed(bodies[:-1]):
                        if b[3] + "::" + sname in _known:
                            sname = b[3] + "::" + sname
                            break
                n = nested_impls.get(bodies[-1][0], 0)
                nested_impls[bodies[-1][0]] = n + 1
                defp = "%s::{impl#%d}" % (bodies[-1][0], n)
            else:
                nimpls += 1
                defp = "{impl#%d}" % (1 + nimpls)
            depth += 1
            if non_local and not is_trait:
                sname = "%s::<impl %s>" % (bodies[-1][3], sname)
            impls.append(("<%s as %s>" % (sname, tname) if is_trait else sname, depth, defp))
            i += 5 if is_trait else 3
            continue
        elif t == "trait" and i + 2 < len(toks) and toks[i + 2][0] == "{":
            # a trait's fn declarations have no bodies: skip to its closing brace (items31: a trait
            # of a body is named as its types are)
            if bodies and types_out is not None:
                types_out[bodies[-1][3] + "::" + toks[i + 1][0]] = toks[i + 1][0]
            j, d = i + 3, 1
            while j < len(toks) and d > 0:
                d += (toks[j][0] == "{") - (toks[j][0] == "}")
                j += 1
            i = j
            continue
        elif t == "fn" and i + 1 < len(toks):
            name = toks[i + 1][0]
            in_impl = bool(impls) and impls[-1][1] == depth
            nested = bool(stack)
            if in_impl:  # an associated fn: its value path `S::m` / `<S as T>::m`
                name = impls[-1][0] + "::" + name
            elif nested:  # items29: its path, `outer::{closure#0}::inner#1`
                plain = bodies[-1][0] + "::" + name
                k = seen_paths.get(plain, 0)
                seen_paths[plain] = k + 1
                defpath = plain + ("#%d" % k if k else "")
                name = bodies[-1][3] + "::" + name + ("#%d" % k if k else "")
            is_async = i > 0 and toks[i - 1][0] == "async"
            start = toks[i - 1][1:] if is_async else (l, c)
            # parameters: between the first `(` and its matching `)`
            j = i + 2
            params = []
            if j < len(toks) and toks[j][0] == "(":
                pd, cur, j = 1, [], j + 1
                while j < len(toks) and pd > 0:
                    tt = toks[j][0]
                    if tt in "([{<":
                        pd += 1
                    elif tt in ")]}>":
                        pd -= 1
                    if pd == 1 and tt == ",":
                        params.append(cur)
                        cur = []
                    elif pd > 0:
                        cur.append(tt)
                    j += 1
                if cur:
                    params.append(cur)
            # find the body's `{` (or `;` for a bodiless fn)
            k = j
            while k < len(toks) and toks[k][0] not in ("{", ";"):
                k += 1
            f = {"name": name, "is_async": is_async,
                 "params": ["".join(p) for p in params], "start": start,
                 "end": None, "nblocks": 0, "nested": nested and not in_impl,
                 "defpath": None, "local": nested}
            fns.append(f)
            if k < len(toks) and toks[k][0] == "{":
                depth += 1
                stack.append((f, depth))
                path = name
                if in_impl:  # a method: its def path `{impl#k}::m`
                    path = impls[-1][2] + "::" + toks[i + 1][0]
                elif nested:
                    path = defpath
                f["defpath"] = path
                # [def path of the body, depth inside, closures so far, value path of the body]
                c0 = "::{closure#0}" if is_async else ""
                bodies.append([path + c0, depth, 0, name + c0])
                i = k + 1
                continue
        elif t == "async" and i + 1 < len(toks):
            nxt = toks[i + 1][0]
            mv = nxt == "move"
            if nxt == "{" or (mv and i + 2 < len(toks) and toks[i + 2][0] == "{"):
                owner = stack[-1][0] if stack else None
                idx = 0
                if owner is not None:
                    idx = owner["nblocks"]
                    owner["nblocks"] += 1
                blocks.append({"fn": owner["name"] if owner else "?",
                               "index": idx, "pos": (l, c), "move": mv})
                if bodies:  # its closure, `P::{closure#k}`, opens with its `{`
                    k = bodies[-1][2]
                    bodies[-1][2] += 1
                    bodies.append([bodies[-1][0] + "::{closure#%d}" % k, depth + 1, 0,
                                   bodies[-1][3] + "::{closure#%d}" % k])
        i += 1
    return fns, blocks


def parse_args_lines(src):
    """`//@ args: NAME v1,v2` lines -> {NAME: [v1, v2]}."""
    out = {}
    for line in src.splitlines():
        m = ARGS_RE.match(line)
        if m:
            vals = [v.strip() for v in (m.group(2) or "").split(",") if v.strip()]
            out[m.group(1)] = vals
    return out


def expected_error(src):
    """Return (line, substring) of the single `//~ ERROR` marker, or None."""
    found = []
    for no, line in enumerate(src.splitlines(), 1):
        m = ERROR_RE.search(line)
        if m:
            found.append((no - len(m.group(1)), m.group(2)))
    if len(found) != 1:
        return None if not found else ("many", found)
    return found[0]


# ---------------------------------------------------------------------------
# Crate construction
# ---------------------------------------------------------------------------

PRIMITIVE_PARAMS = {"u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize", "bool", "Guard", "()"}


def hoist_inner_attrs(body, prelude):
    """lint38: a program's inner attributes (`#![deny(dead_code)]`) go to the crate's top, where rustc
    takes them: (their lines, the body with blank lines in their place (its numbering kept), the prelude
    with its items kept out of their reach (`#[allow(warnings)]` on each, on its own line))."""
    inner, lines = [], body.split("\n")
    for i, line in enumerate(lines):
        if INNER_ATTR_RE.match(line):
            inner.append(line.strip())
            lines[i] = ""
        elif line.strip() and not line.strip().startswith("//"):
            break
    if inner:
        prelude = PRELUDE_ITEM_RE.sub(lambda m: "#[allow(warnings)] " + m.group(0), prelude)
    return inner, "\n".join(lines), prelude


class Crate:
    """A temp crate file built from one program."""

    def __init__(self, path, with_main=True, allow_unused=True):
        self.path = path
        self.src = read(path)
        self.prelude = read(PRELUDE)
        self.nested_types = {}
        self.fns, self.blocks = scan_items(self.src, self.nested_types)
        self.args = parse_args_lines(self.src)
        self.problems = []
        # compare_warnings.py (warn28) builds the crate without it: rustc's unused lints are compared
        body = self.src if self.src.endswith("\n") else self.src + "\n"
        inner, body, prelude = hoist_inner_attrs(body, self.prelude)
        header = ("#![allow(unused)]\n" if allow_unused else "") + "".join(a + "\n" for a in inner) + prelude
        if not header.endswith("\n"):
            header += "\n"
        self.offset = header.count("\n")  # lines prepended before the program
        has_main = bool(USER_MAIN_RE.search(body))
        if with_main:
            if has_main:
                body = USER_MAIN_RE.sub(r"\1fn\2" + USER_MAIN_NAME + r"\3(", body, count=1)
            body += self._gen_main(has_main)
        self.text = header + body
        self.tmpdir = tempfile.mkdtemp(prefix="coroslim_")
        base = re.sub(r"[^A-Za-z0-9_]", "_", os.path.splitext(os.path.basename(path))[0])
        self.fname = base + ".rs"
        with open(os.path.join(self.tmpdir, self.fname), "w", encoding="utf-8") as f:
            f.write(self.text)

    def _gen_main(self, has_user_main):
        lines = ["", "// generated by tests/rustc: build every future so rustc lays it out",
                 "fn main() {"]
        if has_user_main:
            lines.append("    if std::hint::black_box(false) { %s(); }" % USER_MAIN_NAME)
        for f in self.fns:
            if not f["is_async"] or f["local"]:  # a fn nested in a body (items29, items30) is out of main's reach
                continue
            n = len(f["params"])
            if f["name"] in self.args:
                vals = self.args[f["name"]]
                if len(vals) != n:
                    self.problems.append("args line for %s has %d values, fn takes %d"
                                         % (f["name"], len(vals), n))
                    vals = (vals + ["Default::default()"] * n)[:n]
            else:
                vals = ["Default::default()"] * n
            # a reference parameter (issue 22 item 4; `&mutu32` as the tokens join) borrows a
            # temporary of its pointee type, built by the rules below
            refs = []
            params = []
            for p in f["params"]:
                name, _, ty = p.partition(":")
                ref = ""
                if ty.startswith("&"):
                    ty = ty[1:]
                    ref = "&"
                    if ty.startswith("mut") and ty[3:]:  # `&mut T` (a type named mut.. is not)
                        ty, ref = ty[3:], "&mut "
                refs.append(ref)
                params.append(name + ":" + ty)
            # a Guard parameter gets guard(v): the executors' rule (tests/native/rustc_run.py)
            vals = [("guard(%s)" % ("0" if v == "Default::default()" else v)) if p.endswith(":Guard") else v
                    for p, v in zip(params, vals)]
            # a struct parameter (issue 22 item 4) has no Default: all-zero bytes are a valid
            # value of every struct of the subset (integers, bool, Guard)
            vals = [("unsafe { std::mem::zeroed() }" if v == "Default::default()" and
                     p.split(":", 1)[-1] not in PRIMITIVE_PARAMS else v)
                    for p, v in zip(params, vals)]
            # slice40: a slice parameter (`&[u8]`) gets the empty slice
            vals = [("[]" if re.match(r"^\[[^;]*\]$", p.split(":", 1)[-1]) else v)
                    for p, v in zip(params, vals)]
            vals = [r + v for r, v in zip(refs, vals)]
            # a method's receiver (issue 22 item 4): a zeroed struct, borrowed as the fn takes it
            selfs = {"self": "", "mutself": "", "&self": "&", "&mutself": "&mut "}
            vals = [(selfs[p] + "unsafe { std::mem::zeroed() }") if p in selfs else v
                    for p, v in zip(f["params"], vals)]
            lines.append("    drop(%s(%s));" % (f["name"], ", ".join(vals)))
        for name in self.args:
            if not any(f["is_async"] and f["name"] == name for f in self.fns):
                self.problems.append("args line for unknown async fn %s" % name)
        lines.append("}")
        return "\n".join(lines) + "\n"

    def rustc(self, extra, out_name="out", bootstrap=False, crate_type="bin"):
        env = dict(os.environ)
        if bootstrap:
            env["RUSTC_BOOTSTRAP"] = "1"
        cmd = ["rustc", "--edition", "2021", "--crate-type", crate_type,
               "-o", os.path.join(self.tmpdir, out_name)] + extra + [self.fname]
        return subprocess.run(cmd, cwd=self.tmpdir, env=env, capture_output=True, text=True)

    def orig_line(self, line):
        """Crate line -> program line (None if outside the program)."""
        l = line - self.offset
        if 1 <= l <= self.src.count("\n") + 1:
            return l
        return None

    def cleanup(self):
        shutil.rmtree(self.tmpdir, ignore_errors=True)


def first_error(stderr_json, crate):
    """Parse rustc --error-format=json stderr; return (orig_line or None, message)."""
    line, msg, _ = first_error_code(stderr_json, crate)
    return line, msg


def json_diagnostics(stderr_json):
    """rustc's diagnostics in order, each its JSON dict (`--error-format=json`); other lines skipped."""
    import json
    for raw in stderr_json.splitlines():
        raw = raw.strip()
        if not raw.startswith("{"):
            continue
        try:
            yield json.loads(raw)
        except ValueError:
            continue


def _first_error_json(stderr_json):
    """rustc's first error as its JSON diagnostic (a dict; `--error-format=json`), or None."""
    for d in json_diagnostics(stderr_json):
        if d.get("level") == "error" and not d.get("message", "").startswith("aborting due to"):
            return d
    return None


def primary_span(d):
    """The primary span; one inside a std macro's expansion (mac40: `matches!(..)` where a u32 is expected)
    becomes the span of the macro's call in the program (its expansion's call site, outermost last)"""
    sp = next((sp for sp in d.get("spans", []) if sp.get("is_primary")), None)
    while sp and sp.get("expansion") and sp["file_name"].startswith("/rustc/"):
        sp = sp["expansion"]["span"]
    return sp


def first_error_code(stderr_json, crate):
    """Like first_error, with the error code ("E0499", or None): (line, message, code)."""
    d = _first_error_json(stderr_json)
    if d is None:
        return None, None, None
    sp = primary_span(d)
    line = crate.orig_line(sp["line_start"]) if sp and sp["file_name"] == crate.fname else None
    return line, d["message"], (d.get("code") or {}).get("code")


def first_error_label(stderr_json):
    """The primary span's label of rustc's first error (E0005's witnesses: "pattern `None` not covered"), or None."""
    d = _first_error_json(stderr_json)
    sp = primary_span(d) if d else None
    return sp.get("label") if sp else None


# `//~ ERROR [E0499] msg`: the error code rustc must report, then the message (issue 22: the
# borrow conflicts' codes); tests/run.sh strips it and matches the message against coroslim's
CODE_RE = re.compile(r"^\[(E\d{4})\]\s*(.*)$")


def split_code(want):
    """"[E0499] msg" -> ("E0499", "msg"); "msg" -> (None, "msg")."""
    m = CODE_RE.match(want)
    return (m.group(1), m.group(2)) if m else (None, want)
