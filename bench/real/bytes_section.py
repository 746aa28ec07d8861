#!/usr/bin/env python3
"""bench/real/bytes_section.py DUMPROOT [--out bench/REAL.md] [--coroslim ./coroslim] [--jobs N] [--report-rows]

Issue 24 items 1-3 and issue 26 item 3 on real crates: `coroslim import DUMPROOT/CRATE
--format=bytes` (measure/import_bytes.c) for every crate's -Zdump-mir=StateTransform dumps
with the crate's -Zprint-type-sizes output beside them (DUMPROOT/CRATE/type-sizes.txt;
`make real-crates DUMPS=1 KEEP=1` keeps both), and the section of bench/REAL.md that
reports it: rustc's sizes read into the imported coroutines (how many bodies are sized,
why the others are not), coroslim's layout of each before-StateTransform body against the
size rustc printed for it, and the future bytes (RAM) after each pass alone and the
pipelines, summed over the crates, with every future that grows listed. Rewrites the
section in place (check_section.write_section); run.sh carries it over. --report-rows also
prints bench/REPORT.md's relocate-upvars table rows for the real crates (one per stage).
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_section import options, write_section  # noqa: E402

HEADING = "## Future bytes on real code: rustc's sizes, coroslim's layout and each pass (issue 24 items 1-3, issue 26)"
GENERIC = re.compile(r"^(?:[A-Z]|[A-Z][a-z]?[0-9]*|Fut[0-9]*|Fut[A-Z][A-Za-z]*)$")


def run(coroslim, path):
    cmd = [coroslim, "import", path, "--format=bytes"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        print(f"bytes_section: {' '.join(cmd)} exited {p.returncode}: {p.stderr[-300:]}", file=sys.stderr)
        return None
    return json.loads(p.stdout)


def why_class(why):
    """Why a body has no size: the first type the hook could not size, by kind."""
    if why.startswith("not sized: "):
        ty = why[len("not sized: "):]
        if ty.endswith("(and another type of another size the importer spells alike)"):
            return ("two types of different sizes the importer reads as one (its canonical spelling drops "
                    "module paths: `mio::net::TcpStream` and tokio's `TcpStream`)")
        if any(GENERIC.match(t) or t == "Self" for t in re.split(r"[^A-Za-z0-9_:]+", ty) if t and "::" not in t):
            return "a type parameter (a generic body: rustc lays out only its instances)"
        if "impl " in ty:
            return "an `impl Trait` type (opaque until monomorphised)"
        return "no -Zprint-type-sizes record for a type the body holds"
    if why.startswith("verify"):
        return "the verifier rejected a stage"
    return "not imported (the importer's error: " + why.split(": ")[-1][:80] + ")"


def emit_class(msg):
    """The emitter's first error on a transformed body, by construct (names left out)."""
    m = re.match(r"emit: (.*) not supported$", msg)
    what = m.group(1) if m else msg
    if re.search(r"\(not a struct item of the program\)$", what):
        ty = what[len("type "):-len(" (not a struct item of the program)")]
        if "impl " in ty:
            return "an `impl Trait` type"
        if GENERIC.match(ty.split("<")[0]) or re.fullmatch(r"&?(mut )?[A-Z]", ty):
            return "a type parameter"
        return "a struct or enum of the crate or its dependencies (the MIR names it, never defines it)"
    if what.startswith("enum type "):
        return "an enum type the emitter has no definition of (`Option<..>`, `Result<..>`, the crate's)"
    if what.startswith("type impl ") or what.startswith("type dyn "):
        return "an `impl Trait` or `dyn` type"
    if re.match(r"type (str|\[|&str|&\[|&mut \[)", what):
        return "a slice or `str`"
    if what.startswith("type <"):
        return "an associated type of a type parameter (`<S as IntoStream>::IntoStream`)"
    if msg == "?":
        return "not imported (the importer's error, counted above)"
    if what.startswith("the fn name `entry "):
        return "check's `entry NAME` fn (the model's harness: no construct of the crate)"
    return re.sub(r"`[^`]*`", "`..`", what)


def pct(part, whole):
    return f"{100.0 * part / whole:.1f}%" if whole else "0.0%"


def section(root, coroslim, jobs):
    crates = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d))
                    and os.path.exists(os.path.join(root, d, "type-sizes.txt")))
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        res = dict(zip(crates, ex.map(lambda c: run(coroslim, os.path.join(root, c)), crates)))
    wall = time.time() - t0
    stages = next((r["stages"] for r in res.values() if r), [])
    bodies, sized, allsized = 0, 0, 0
    with_record = same = 0
    differs, grew, why, emit = [], [], {}, {}
    tot = [0] * len(stages)
    shrunk = [0] * len(stages)
    largest = [0] * len(stages)
    per_crate = []
    for c in crates:
        r = res[c]
        if not r:
            per_crate.append((c, None))
            continue
        pc = {"bodies": 0, "record": 0, "same": 0, "differs": 0, "sized": 0, "sums": [0] * len(stages)}
        for b in r["coroutines"]:
            bodies += 1
            pc["bodies"] += 1
            s = b["sizes"]
            k = "written" if b.get("emit") is None else emit_class(b["emit"])
            emit.setdefault(k, []).append(b.get("emit") or "")
            if s[0] is None:
                w = (b["why"] or "?").replace(os.path.join(root, c) + "/", "")
                why.setdefault(why_class(w), []).append(w)
            else:
                sized += 1
            if b["rustc"] is not None:
                with_record += 1
                pc["record"] += 1
                if s[0] is not None:
                    if s[0] == b["rustc"]:
                        same += 1
                        pc["same"] += 1
                    else:
                        differs.append((c, b["name"], s[0], b["rustc"]))
                        pc["differs"] += 1
            if all(x is not None for x in s):
                allsized += 1
                pc["sized"] += 1
                for k, x in enumerate(s):
                    tot[k] += x
                    largest[k] = max(largest[k], x)
                    pc["sums"][k] += x
                    shrunk[k] += x < s[0]
                    if x > s[0]:
                        grew.append((c, b["name"], stages[k], s[0], x))
        per_crate.append((c, pc))
    out = [HEADING, ""]
    out.append("Generated by `python3 bench/real/bytes_section.py DUMPROOT` (run by `make real-crates DUMPS=1`) from "
               "`coroslim import DUMPROOT/CRATE --format=bytes` (measure/import_bytes.c; DESIGN.md, \"rustc's sizes in "
               "imported code\"): every `*.StateTransform.before.mir` imported as `coroslim check` imports it, with "
               "rustc's own sizes (the crate's `-Zprint-type-sizes`, written by the same `cargo check`) answering "
               "`type_size` for every type rustc printed a record for or whose layout follows from its spelling "
               "(primitives, pointers, arrays, tuples); lowered by coroslim's state transform, which lays the "
               "coroutine out with rustc's algorithm; then each pass alone (release rules) and the pipelines, each "
               "verified, the future's size read after each. A body holding a type with no size (a type parameter "
               "of a generic async fn, an `impl Trait`) is not sized; nothing is estimated. "
               f"Crates: {len(crates)}; all runs took {wall:.0f} s wall here ({jobs} at a time).")
    out.append("")
    out.append(f"- coroutine bodies: {bodies}; sized after coroslim's transform: {sized} ({pct(sized, bodies)}); "
               f"sized at every stage: {allsized}")
    out.append(f"- coroslim's layout against rustc's (issue 24 item 1): rustc printed a size for {with_record} bodies' "
               f"own types (the others are generic: rustc lays out instances only); of these, coroslim sized "
               f"{same + len(differs)}: **{same} identical**, {len(differs)} differ"
               + (" (" + ", ".join(f"{n.split('::{closure')[0][-50:]} {o} vs rustc {r} ({o - r:+d} bytes)"
                                   for _, n, o, r in differs[:8]) + (", ..." if len(differs) > 8 else "") + ")"
                  if differs else ""))
    out.append(f"- futures that grow at any stage: {len(grew)}" + (" (listed below)" if grew else ""))
    out.append("")
    out.append("Per stage, summed over the bodies sized at every stage (release rules). *saved*: bytes against "
               "coroslim's transform alone (which equals rustc's layout, above); *shrunk*: futures smaller.")
    out.append("")
    out.append("| stage | future bytes | saved | shrunk |")
    out.append("|---|---|---|---|")
    for k, name in enumerate(stages):
        out.append(f"| {name} | {tot[k]} | {tot[0] - tot[k]} ({pct(tot[0] - tot[k], tot[0])}) | {shrunk[k]} |")
    out.append("")
    ir = stages.index("relocate-upvars") if "relocate-upvars" in stages else None
    ip = stages.index("relocate-upvars-pack") if "relocate-upvars-pack" in stages else None
    ia = len(stages) - 1
    out.append("Per crate: bodies; rustc's record of the body's type / coroslim's size identical / differs; bodies "
               "sized at every stage; their future bytes after the transform, relocate-upvars, relocate-upvars-pack, "
               "all passes in order.")
    out.append("")
    out.append("| crate | bodies | rustc record | identical | differs | sized | transform | relocate-upvars | "
               "packed | all |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for c, pc in per_crate:
        if pc is None:
            out.append(f"| {c} | failed | | | | | | | | |")
            continue
        s = pc["sums"]
        out.append(f"| {c} | {pc['bodies']} | {pc['record']} | {pc['same']} | {pc['differs']} | {pc['sized']} | "
                   f"{s[0]} | {s[ir] if ir is not None else ''} | {s[ip] if ip is not None else ''} | {s[ia]} |")
    out.append("")
    out.append("Why a body is not sized (the first type without a size, by kind):")
    out.append("")
    for k, v in sorted(why.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        ex = sorted(set(v), key=lambda w: -v.count(w))[:3]
        out.append(f"- {len(v)}: {k} (e.g. {'; '.join('`' + w[len('not sized: '):] + '`' if w.startswith('not sized: ') else w for w in ex)})")
    out.append("")
    out.append("What the emitter (`coroslim emit`, the road to flash bytes through `coroslim bytes`: issue 24 item 7) "
               "lacks for these bodies after coroslim's transform: its first error per body, by construct.")
    out.append("")
    for k, v in sorted(emit.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        ex = sorted(set(v), key=lambda w: -v.count(w))[:2]
        out.append(f"- {len(v)}: {k}" + (f" (e.g. {'; '.join('`' + w + '`' for w in ex)})" if k != "written" else ""))
    if grew:
        out.append("")
        out.append("Futures that grow:")
        out.append("")
        for c, n, st, a, b in grew:
            out.append(f"- {c} `{n}`: {st} {a} -> {b} bytes")
    if differs:
        out.append("")
        out.append("Bodies whose coroslim layout differs from rustc's printed size (a body whose transform differs "
                   "from rustc's, in the transform comparison above, saves other locals):")
        out.append("")
        for c, n, o, r in differs:
            out.append(f"- {c} `{n}`: coroslim {o}, rustc {r} ({o - r:+d} bytes)")
    out.append("")
    ROWS[:] = [f"| real crates ({allsized} of {bodies} rustc bodies sized, bench/REAL.md) | {name} | {allsized} | "
               f"{tot[0]} | {tot[k]} | {tot[k] - tot[0]:+d}, {pct(tot[0] - tot[k], tot[0])} | {shrunk[k]} | "
               f"{sum(1 for g in grew if g[2] == name)} | {largest[0]} -> {largest[k]} |"
               for k, name in enumerate(stages) if k]
    return "\n".join(out)


ROWS = []  # bench/REPORT.md's relocate-upvars table, one row per stage (--report-rows)


def main():
    args = sys.argv[1:]
    report_rows = "--report-rows" in args
    opts = options([a for a in args if a != "--report-rows"],
                   {"--out": "bench/REAL.md", "--coroslim": "./coroslim", "--jobs": "2"}, __doc__)
    out_path, coroslim, jobs, root = opts["--out"], opts["--coroslim"], int(opts["--jobs"]), opts["root"]
    write_section(out_path, HEADING, section(root, coroslim, jobs))
    if report_rows:
        print("\n".join(ROWS))
    print(f"bytes_section: wrote {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
