#!/usr/bin/env python3
"""Compare coroslim's warnings with rustc 1.95's (warn28; DESIGN.md "Warnings").

usage: tests/rustc/compare_warnings.py [-v] [--all] FILES...

Each program is compiled by rustc as tests/rustc/common.py builds its crate (the prelude, the
program, a generated `fn main()` that builds every async fn's future) but without
`#![allow(unused)]`, with --error-format=json; its warnings whose primary span is in the program
are the expected list: (lint, line, col, message), in rustc's order. coroslim's are the
`FILE:LINE:COL: warning: MESSAGE` lines of `coroslim build FILE` (the lint named from the
message). By default only the lints coroslim models are compared (MODELLED); --all compares every
lint (unused_imports, ..: not modelled). A file passes when
both lists are equal, order included. Prints `ok FILE` / `DIFF FILE` (with the lines, -v: always),
then `N/M files as rustc`; exit status 1 on a difference. `skipped: rustc not found` without rustc.
"""
import hashlib
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

MODELLED = {"unreachable_code", "irrefutable_let_patterns", "unreachable_patterns", "unused_mut",
            "unused_variables", "unused_assignments", "unused_must_use", "non_camel_case_types", "non_snake_case",
            "dead_code", "non_local_definitions", "non_upper_case_globals", "unused_parens", "unused_braces",
            "double_negations", "unused_comparisons", "while_true", "redundant_semicolons",
            "non_contiguous_range_endpoints",
            "overlapping_range_endpoints", "unknown_lints", "unfulfilled_lint_expectations"}

# coroslim's message -> rustc's lint name
LINT_OF = [
    (re.compile(r"^unreachable (statement|expression|call)$"), "unreachable_code"),
    (re.compile(r"^irrefutable `(if|while) let` pattern"), "irrefutable_let_patterns"),
    (re.compile(r"^unreachable pattern$"), "unreachable_patterns"),
    (re.compile(r"^variable does not need to be mutable$"), "unused_mut"),
    (re.compile(r"^(unused variable: |variable `.*` is assigned to, but never used)"), "unused_variables"),
    (re.compile(r"^value (assigned to|passed to|captured by) `.*` is never read"), "unused_assignments"),
    (re.compile(r"^unused .* that must be used$"), "unused_must_use"),
    (re.compile(r"should have an upper camel case name$"), "non_camel_case_types"),
    (re.compile(r"should have a snake case name$"), "non_snake_case"),
    (re.compile(r"should have an upper case name$"), "non_upper_case_globals"),
    (re.compile(r"^non-local `impl` definition"), "non_local_definitions"),
    (re.compile(r"^(function|struct|enum|trait|type alias|constant|static|variants?|fields?|methods?|associated (functions?|items?|constants?)) "
                r"(`.*` (is|are)|are) never (used|read|constructed)$"), "dead_code"),
    (re.compile(r"^multiple .* are never (used|read|constructed)$"), "dead_code"),
    (re.compile(r"^unnecessary parentheses around "), "unused_parens"),
    (re.compile(r"^unnecessary braces around "), "unused_braces"),
    (re.compile(r"^use of a double negation$"), "double_negations"),
    (re.compile(r"^denote infinite loops with `loop \{ \.\.\. \}`$"), "while_true"),
    (re.compile(r"^unnecessary trailing semicolons?$"), "redundant_semicolons"),
    (re.compile(r"^comparison is useless due to type limits$"), "unused_comparisons"),
    (re.compile(r"^multiple patterns overlap on their endpoints$"), "overlapping_range_endpoints"),
    (re.compile(r"^(multiple ranges are one apart|exclusive range missing `.*::MAX`)$"), "non_contiguous_range_endpoints"),
    (re.compile(r"^useless assignment of (variable|field) of type `.*` to itself$"), "dead_code"),
    (re.compile(r"^unknown lint: `.*`$"), "unknown_lints"),
    (re.compile(r"^this lint expectation is unfulfilled$"), "unfulfilled_lint_expectations"),
]
# lint38: a lint a `deny` or `forbid` makes an error prints as `error:` (the first line when it rejects)
WARN_RE = re.compile(r"^(.*):(\d+):(\d+): (warning|error): (.*)$")


def lint_of(msg):
    for rx, name in LINT_OF:
        if rx.search(msg):
            return name
    return "?"


CACHE = os.environ.get("WARN_CACHE")  # a directory: rustc's output kept by the crate's text


def rustc_output(crate):
    """(returncode, stderr) of rustc on the crate; from WARN_CACHE when set and present."""
    key = None
    if CACHE:
        ver = subprocess.run(["rustc", "-vV"], capture_output=True, text=True).stdout
        key = os.path.join(CACHE, hashlib.sha1((ver + crate.fname + "\0" + crate.text).encode()).hexdigest())
        if os.path.exists(key):
            with open(key, encoding="utf-8") as f:
                rc, _, err = f.read().partition("\n")
            return int(rc), err
    r = crate.rustc(["--error-format=json", "-C", "opt-level=0"])
    if key:
        os.makedirs(CACHE, exist_ok=True)
        with open(key + ".tmp", "w", encoding="utf-8") as f:
            f.write("%d\n%s" % (r.returncode, r.stderr))
        os.replace(key + ".tmp", key)
    return r.returncode, r.stderr


def rustc_warnings(path):
    crate = common.Crate(path, allow_unused=False)
    try:
        rc, stderr = rustc_output(crate)
        out = []
        for d in common.json_diagnostics(stderr):
            code = (d.get("code") or {}).get("code") or "?"
            if d.get("level") != "warning" and not (d.get("level") == "error" and code in MODELLED):
                continue
            sp = common.primary_span(d)
            if not sp or sp["file_name"] != crate.fname:
                continue
            line = crate.orig_line(sp["line_start"])
            if line is None:
                continue
            out.append((code, line, sp["column_start"], d["level"] + ": " + d["message"]))
        return out, (rc == 0)
    finally:
        crate.cleanup()


def coroslim_warnings(binary, path):
    r = subprocess.run([binary, "build", path], capture_output=True, text=True)
    out = []
    for line in r.stderr.splitlines():
        m = WARN_RE.match(line)
        if m and (m.group(4) == "warning" or lint_of(m.group(5)) != "?"):
            out.append((lint_of(m.group(5)), int(m.group(2)), int(m.group(3)), m.group(4) + ": " + m.group(5)))
    return out, r.returncode == 0


def main(argv):
    common.require_rustc()
    verbose = "-v" in argv
    every = "--all" in argv
    files = [a for a in argv if not a.startswith("-")]
    binary = os.environ.get("BIN", os.path.join(common.ROOT, "coroslim"))
    good = 0
    for path in files:
        want, rok = rustc_warnings(path)
        got, cok = coroslim_warnings(binary, path)
        if not every:
            want = [w for w in want if w[0] in MODELLED]
            got = [g for g in got if g[0] in MODELLED]
        # a program rustc rejects (rok False) must be rejected by coroslim too, with rustc's warnings;
        # rejected by a denied lint (lint38), coroslim prints that error first: the same lines, any order
        denied = any(w[3].startswith("error: ") for w in want)
        same = (sorted(want) == sorted(got) if denied else want == got) and rok == cok
        good += same
        print("%s %s%s" % ("ok" if same else "DIFF", path,
                           "" if rok == cok else " (rustc %s, coroslim %s)" % (
                               "ok" if rok else "failed", "ok" if cok else "failed")))
        if verbose or not same:
            n = max(len(want), len(got))
            for k in range(n):
                a = "%s %d:%d %s" % want[k] if k < len(want) else "-"
                b = "%s %d:%d %s" % got[k] if k < len(got) else "-"
                print("  %s %-60s | %s" % ("  " if a == b else "!=", a, b))
    print("%d/%d files as rustc" % (good, len(files)))
    return 0 if good == len(files) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
