#!/usr/bin/env python3
"""bench/real/bytes_section.py DUMPROOT [--out bench/REAL.md] [--coroslim ./coroslim] [--jobs N] [--report-rows]
    [--flash z|s|3 [--flash-cache DIR] [--flash-only 1]]

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
With --flash LEVEL also the section after it, machine-code bytes per pass (`coroslim import
DUMPROOT/CRATE --format=flash --opt-level=LEVEL`, issue 24 item 7) with the method's error
(bench/real/flash_validate.py on tests/import's flash.rs and bytes.rs); --flash-cache DIR
keeps (and reuses) each crate's JSON; --flash-only 1 writes that section alone.
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
    m2 = re.search(r" \(not a struct (?:or enum )?item of the program\)$", what)
    if m2 and what.startswith("type "):
        ty = what[len("type "):m2.start()]
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
               "lacks for these bodies after coroslim's transform: its first error per body, by construct (the emitter "
               "alone; `--format=flash`, the next section, writes the sized ones with the crates' types as blobs and "
               "their callees as extern declarations).")
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

FLASH_HEADING = "## Flash bytes on real code: each pass in machine code (issue 24 item 7, issue 26 item 3)"


def run_flash(coroslim, path, opt, cache):
    """`coroslim import CRATE --format=flash`'s JSON; with cache (a directory), read from and kept in
    cache/CRATE.json"""
    cached = os.path.join(cache, os.path.basename(path) + ".json") if cache else None
    if cached and os.path.exists(cached):
        with open(cached) as f:
            return json.load(f)
    cmd = [coroslim, "import", path, "--format=flash", f"--opt-level={opt}"]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        print(f"bytes_section: {' '.join(cmd)} exited {p.returncode}: {p.stderr[-300:]}", file=sys.stderr)
        return None
    if cached:
        with open(cached, "w") as f:
            f.write(p.stdout)
    return json.loads(p.stdout)


def flash_why(why):
    """Why a sized body has no machine-code bytes at some stage, by kind (names left out)."""
    w = why or "?"
    if w.startswith("rustc: "):
        return "rustc rejected the emitted crate: " + re.sub(r"`[^`]*`", "`..`", w[len("rustc: "):])[:90]
    return re.sub(r"`[^`]*`", "`..`", re.sub(r"(of|type) [^ ]+.*? (not supported|\()", r"\1 .. \2", w))[:110]


def flash_section(root, coroslim, opt, cache, validation):
    crates = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d))
                    and os.path.exists(os.path.join(root, d, "type-sizes.txt")))
    t0 = time.time()
    res = {c: run_flash(coroslim, os.path.join(root, c), opt, cache) for c in crates}
    wall = time.time() - t0
    stages = next((r["stages"] for r in res.values() if r), [])
    n = len(stages)
    bodies = sized = emitted = allst = with_opaque = with_est = 0
    tot, poll, drop, shrunk, grown = [0] * n, [0] * n, [0] * n, [0] * n, [0] * n
    grew, why, per_crate = [], {}, []
    for c in crates:
        r = res[c]
        if not r:
            per_crate.append((c, None))
            continue
        pc = {"bodies": 0, "sized": 0, "emitted": 0, "sums": [0] * n}
        for b in r["coroutines"]:
            bodies += 1
            pc["bodies"] += 1
            if b["sizes"][0] is None:
                continue
            sized += 1
            pc["sized"] += 1
            f = b["flash"]
            if f[0] is not None:
                emitted += 1
                pc["emitted"] += 1
            if any(x is None for x in f) or any(x is None for x in b["sizes"]):
                k = flash_why(b["why"])
                why.setdefault(k, []).append(b["why"] or "?")
                continue
            allst += 1
            with_opaque += b["opaque"] > 0
            with_est += b["estimated"] > 0
            for k, x in enumerate(f):
                tot[k] += x
                poll[k] += b["poll"][k]
                drop[k] += b["drop"][k]
                pc["sums"][k] += x
                shrunk[k] += x < f[0]
                grown[k] += x > f[0]
                if x > f[0]:
                    grew.append((c, b["name"], stages[k], f[0], x))
        per_crate.append((c, pc))
    out = [FLASH_HEADING, ""]
    out.append("Generated by `python3 bench/real/bytes_section.py DUMPROOT --flash z` from `coroslim import "
               "DUMPROOT/CRATE --format=flash --opt-level=z` (measure/emit_import.c, measure/flash.c; DESIGN.md, "
               "\"Flash bytes of real code\"): every body sized above (rustc's sizes for every type its future holds), "
               "after coroslim's transform and after each stage, written as a custom-MIR crate by the emitter with "
               "the crate's types as blobs of rustc's size and alignment, its callees, drop glue and foreign polls as "
               "`extern \"Rust\"` calls, async fn constructors inlined; compiled by rustc 1.95 for "
               f"x86_64-unknown-linux-gnu at opt-level={opt}, panic=unwind (the dumps' MIR keeps the dev profile's "
               "overflow asserts); bytes = the coroutine's poll (resume fn, its Future::poll, poll_task's copy) plus "
               "its drop (drop shim, drop_in_place, free_task's copy), as `coroslim bytes` counts them. Machine code "
               "of x86_64 only: rustc's sizes come from an x86_64 compile, and a 32-bit target needs its own "
               f"(-Zprint-type-sizes with --target). Crates: {len(crates)}; {wall:.0f} s wall here.")
    out.append("")
    out.append(f"- coroutine bodies: {bodies}; sized: {sized}; emitted and compiled after the transform: {emitted} "
               f"({pct(emitted, sized)} of the sized); at every stage: {allst}")
    out.append(f"- of these, {with_opaque} hold an opaque statement (an `_N = ..` the importer keeps as text is "
               f"written as a load of an external static of _N's type; other opaque statements write nothing), "
               f"{with_est} a local of a type rustc printed no size for (held by no saved value; its size estimated "
               f"from the fields the body uses)")
    out.append(f"- coroutines whose bytes grow at some stage: {len(set((c, nm) for c, nm, *_ in grew))}"
               + (" (listed below)" if grew else ""))
    out.append("")
    out.append(f"Per stage, summed over the {allst} bodies emitted at every stage. *saved*: against coroslim's "
               "transform alone; *smaller* / *larger*: bodies whose bytes went down / up.")
    out.append("")
    out.append("| stage | bytes | poll | drop | saved | smaller | larger |")
    out.append("|---|---|---|---|---|---|---|")
    for k, name in enumerate(stages):
        out.append(f"| {name} | {tot[k]} | {poll[k]} | {drop[k]} | {tot[0] - tot[k]:+d} ({pct(tot[0] - tot[k], tot[0])}) "
                   f"| {shrunk[k]} | {grown[k]} |")
    out.append("")
    ir = stages.index("relocate-upvars") if "relocate-upvars" in stages else 0
    ip = stages.index("relocate-upvars-pack") if "relocate-upvars-pack" in stages else 0
    i4 = stages.index("the four in order") if "the four in order" in stages else 0
    out.append("Per crate: bodies, sized, emitted after the transform; machine-code bytes of the bodies emitted at "
               "every stage after the transform, relocate-upvars, relocate-upvars-pack, the four in order, all in order.")
    out.append("")
    out.append("| crate | bodies | sized | emitted | transform | relocate-upvars | packed | the four | all |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for c, pc in per_crate:
        if pc is None:
            out.append(f"| {c} | failed | | | | | | | |")
            continue
        sm = pc["sums"]
        out.append(f"| {c} | {pc['bodies']} | {pc['sized']} | {pc['emitted']} | {sm[0]} | {sm[ir]} | {sm[ip]} | "
                   f"{sm[i4]} | {sm[-1]} |")
    out.append("")
    if why:
        out.append("Sized bodies without bytes at some stage, by the first reason:")
        out.append("")
        for k, v in sorted(why.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            out.append(f"- {len(v)}: {k} (e.g. `{v[0][:160]}`)")
        out.append("")
    if grew:
        out.append("Bytes that grow (body: stage, after the transform -> after the stage):")
        out.append("")
        for c, nm, st, a, b2 in grew:
            out.append(f"- {c} `{nm[-90:]}`: {st} {a} -> {b2}")
        out.append("")
    if validation:
        out.append("The method's error (`python3 bench/real/flash_validate.py --opt-level=z,3 "
                   "tests/import/flash.rs:tests/import/flash_dump tests/import/bytes.rs:tests/import/bytes_dump`): "
                   "each body emitted after lowering against rustc's own object of the same source (same flags, the "
                   "source's own roots). flash.rs's callees are `#[inline(never)]` (as a callee in another crate "
                   "is to the emitted extern declarations); bytes.rs's are std's and its own, which rustc inlines.")
        out.append("")
        out.append(validation.strip())
        out.append("")
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    report_rows = "--report-rows" in args
    opts = options([a for a in args if a != "--report-rows"],
                   {"--out": "bench/REAL.md", "--coroslim": "./coroslim", "--jobs": "2", "--flash": "",
                    "--flash-cache": "", "--flash-only": ""}, __doc__)
    out_path, coroslim, jobs, root = opts["--out"], opts["--coroslim"], int(opts["--jobs"]), opts["root"]
    if not opts["--flash-only"]:
        write_section(out_path, HEADING, section(root, coroslim, jobs))
    if opts["--flash"]:
        here = os.path.dirname(os.path.abspath(__file__))
        top = os.path.dirname(os.path.dirname(here))
        v = subprocess.run([sys.executable, os.path.join(here, "flash_validate.py"), f"--coroslim={coroslim}",
                            "--opt-level=z,3", os.path.join(top, "tests/import/flash.rs") + ":" +
                            os.path.join(top, "tests/import/flash_dump"),
                            os.path.join(top, "tests/import/bytes.rs") + ":" + os.path.join(top, "tests/import/bytes_dump")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if v.returncode != 0:
            print(f"bytes_section: flash_validate.py failed: {v.stderr[-300:]}", file=sys.stderr)
        write_section(out_path, FLASH_HEADING, flash_section(root, coroslim, opts["--flash"],
                                                             opts["--flash-cache"] or None, v.stdout))
    if report_rows:
        print("\n".join(ROWS))
    print(f"bytes_section: wrote {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
