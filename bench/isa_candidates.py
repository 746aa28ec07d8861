#!/usr/bin/env python3
"""Candidates of inline-single-await's issue-24 generalisations in rustc's own MIR of real crates.

usage: bench/isa_candidates.py DUMPDIR [-v]
       bench/isa_candidates.py DUMPDIR --fired LINKDIR [--release]   (COROSLIM: the binary, ./coroslim)

DUMPDIR is `make real-crates DUMPS=1 KEEP=1`'s dump directory (one subdirectory per crate holding
rustc 1.95's `-Zdump-mir=StateTransform` dumps). Reads every coroutine's resume fn right after
StateTransform (`*.StateTransform.after.mir` with a `coroutine_layout`) and applies, on the text,
the conditions the pass checks on coroslim's IR (passes/inline_single_await.c): this counts
*candidates* on rustc's MIR, not the pass applied to imported bodies (imported layouts have no
conflicts or sizes yet, and the pass declines them).

Per coroutine: its awaits (a poll loop head `_k = &mut ((*_s) as variantN).F`, the `Future::poll`
call it reaches on a straight path, the result switch's Ready arm); an await is a *tail* when its
Ready path reaches no other await's head, no poll and no loop back, only the return; the
coroutine *completes only through tails* when no block reachable from the state switch without
passing a tail's Ready arm writes the Returned discriminant (1). A tail is *eligible* when its
Ready path drops nothing of the coroutine but its finished future (no value with drop glue, no
captured value still owned, is carried across it: those are dropped there), no saved local of its
state is a reference or raw pointer, and either the awaited future is a coroutine (rustc's
`{async fn body ..}` / `{async block ..}`: it panics when polled after completion; its drop in
Returned does nothing) or the Ready path is pure (no call, no drop but the finished future's;
asserts allowed) and the finished future is not dropped there (no drop glue).

With --fired LINKDIR (bench/real/link.py --link-dumps DUMPDIR LINKDIR: each body with the callee
coroutines it awaits in its crate), every coroutine's prediction is compared with what the pass does
under `coroslim check` on its linked dump (COROSLIM_ISA_EXPLAIN's lines for the dump's own coroutine:
the form it fires with, or the first condition that declined it), and every gap is counted by that
blocker (or, for a body that fires unpredicted, by the prediction's verdict).

Counts: single-await coroutines that are eligible with a coroutine awaitee (form B before item 5)
and with any other future (form B for any future type, new), and coroutines with several awaits
eligible for the last-await form (new), each with the first blocker of those that are not.
"""
import collections
import os
import re
import sys

BLOCK_RE = re.compile(r"^    (bb\d+)( \(cleanup\))?: \{$")
HEAD_RE = re.compile(r"= &mut \(\(\(\*_\d+\) as variant#(\d+)\)\.(\d+): (.*)\);$")
POLL_RE = re.compile(r"= <(.*) as (?:[\w:]+::)?Future>::poll\(")
SWITCH_RE = re.compile(r"switchInt\(move _\d+\) -> \[0: (bb\d+), 1: (bb\d+)")
SET_RETURNED_RE = re.compile(r"^discriminant\(\(\*_\d+\)\) = 1;$")
DROP_SELF_RE = re.compile(r"^drop\(\(?\(?\(\*_\d+\)")
DROP_FIELD_RE = re.compile(r"^drop\(\(\(\(\*_\d+\) as variant#(\d+)\)\.(\d+): ")


def parse(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    if "coroutine_layout" not in text or "variant_fields" not in text:
        return None
    tys = dict(re.findall(r"(_s\d+): CoroutineSavedTy \{\s*ty: (.*),\n", text))
    variants = {}
    for name, idx, fields in re.findall(r"(\w+) ?\((\d+)\): \[(.*?)\]", text.split("variant_fields:")[1].split("storage_conflicts")[0]):
        variants[int(idx)] = [f.strip() for f in fields.split(",") if f.strip()]
    blocks, order = {}, []
    cur = None
    for line in text.split("\n"):
        m = BLOCK_RE.match(line)
        if m:
            cur = m.group(1)
            blocks[cur] = {"cleanup": bool(m.group(2)), "lines": []}
            order.append(cur)
            continue
        if cur and line == "    }":
            cur = None
            continue
        if cur:
            s = line.strip()
            if s and not s.startswith("//"):
                blocks[cur]["lines"].append(s)
    for b in blocks.values():
        b["term"] = b["lines"][-1] if b["lines"] else ""
        b["stmts"] = b["lines"][:-1]
        t = re.sub(r"unwind: bb\d+", "", b["term"])
        b["succ"] = re.findall(r"bb\d+", t.split("->", 1)[1]) if "->" in t else []
    return {"tys": tys, "variants": variants, "blocks": blocks, "order": order}


def reach(blocks, roots, stops=()):
    seen, work = set(stops), list(roots)
    out = set()
    while work:
        b = work.pop()
        if b in seen or b not in blocks or blocks[b]["cleanup"]:
            continue
        seen.add(b)
        out.add(b)
        work.extend(blocks[b]["succ"])
    return out


def is_coroutine_ty(ty):
    return ty.startswith("{async fn body") or ty.startswith("{async block") or ty.startswith("{async closure")


def analyse(c):
    """Returns (kind, verdict): kind single|several|none; verdict 'coroutine'|'any'|blocker."""
    nstates = len([v for v in c["variants"] if v >= 3])
    if nstates == 0:
        return "none", "no await"
    bl = c["blocks"]
    heads = {}
    polls = {b for b, d in bl.items() if not d["cleanup"] and POLL_RE.search(d["term"])}
    for b, d in bl.items():
        if d["cleanup"]:
            continue
        for s in d["stmts"]:
            m = HEAD_RE.search(s)
            if m and int(m.group(1)) >= 3:
                heads[int(m.group(1))] = (b, int(m.group(2)), m.group(3))
    kind = "single" if nstates == 1 else "several"
    if len(heads) != nstates:
        return kind, "an await not recognised (no head)"
    awaits = []
    for v, (head, fi, fty) in sorted(heads.items()):
        b, steps = head, 0
        while b in bl and b not in polls and steps < 64:
            succ = bl[b]["succ"]
            b = succ[0] if len(succ) == 1 or (bl[b]["term"].find("-> [return:") >= 0) else None
            steps += 1
        if b not in polls:
            return kind, "an await not recognised (no poll)"
        ret = re.search(r"-> \[return: (bb\d+)", bl[b]["term"])
        sw = SWITCH_RE.search(bl[ret.group(1)]["term"]) if ret and ret.group(1) in bl else None
        if not sw:
            return kind, "an await not recognised (no result switch)"
        awaits.append({"state": v, "head": head, "field": fi, "fty": fty, "ready": sw.group(1)})
    head_blocks = {a["head"] for a in awaits}
    tails = []
    for a in awaits:
        post = reach(bl, [a["ready"]])
        if post & head_blocks or post & polls or "bb0" in post:
            continue
        a["post"] = post
        tails.append(a)
    if not tails:
        return kind, "no tail await (the await is followed by another, or in a loop)"
    other = reach(bl, ["bb0"], stops=[a["ready"] for a in tails])
    for b in other:
        if bl[b]["term"] == "unreachable;":  # a shared `otherwise` target
            continue
        if any(SET_RETURNED_RE.match(s) for s in bl[b]["stmts"]) or any(b in a["post"] for a in tails):
            return kind, "a completion without a last await (early return, `?`)"
    verdict = "coroutine"
    for a in tails:
        fields = c["variants"].get(a["state"], [])
        for i, f in enumerate(fields):
            ty = c["tys"].get(f, "")
            if i != a["field"] and (ty.startswith("&") or ty.startswith("*")):
                return kind, "a reference saved across the last await"
        drops_self, drops_awaitee, calls = False, False, False
        for b in a["post"]:
            t = bl[b]["term"]
            m = DROP_FIELD_RE.match(t)
            if m and int(m.group(1)) == a["state"] and int(m.group(2)) == a["field"]:
                drops_awaitee = True
            elif DROP_SELF_RE.match(t):
                drops_self = True
            elif t.startswith("drop("):
                calls = True
            elif "= " in t and "(" in t and "-> [return:" in t:
                calls = True
        if drops_self:
            return kind, "a value with drop glue (or a captured one) dropped after the last await"
        if is_coroutine_ty(a["fty"]):
            continue
        if calls:
            return kind, "a call or drop after awaiting a future that is not a coroutine"
        if drops_awaitee:
            return kind, "the awaited future (not a coroutine) has drop glue"
        verdict = "any"
    return kind, verdict


def root_name(before):
    """the importer's name of a dump's own coroutine (frontend/import_type.c: canonical spelling)"""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "real"))
    import link  # bench/real/link.py: canon
    head = open(before, encoding="utf-8", errors="replace").readline()
    m = re.search(r"\(_1: (\{async .*?\}), _2: std::future::ResumeTy\)", head)
    if not m:
        return None
    c = link.canon(m.group(1))
    if c.startswith("{async fn body of "):
        return c[len("{async fn body of "):-3]
    return c[len("{async block@"):-1] if c.startswith("{async block@") else None


def fired(before, coroslim, release):
    """(form or None, first blocker) of inline-single-await on one (linked) dump under `coroslim check`"""
    import subprocess
    import tempfile
    name = root_name(before)
    with tempfile.TemporaryDirectory() as d:
        os.symlink(os.path.abspath(before), os.path.join(d, os.path.basename(before)))
        env = dict(os.environ, COROSLIM_ISA_EXPLAIN="1")
        r = subprocess.run([coroslim, "check", "--jobs=1", "--passes=inline-single-await"] +
                           (["--release"] if release else []) + [d], env=env, capture_output=True, text=True)
    lines = []
    for l in r.stderr.splitlines():  # `inline-single-await: NAME: no: WHY` / `..: fires: form F`; NAME may hold ": "
        k = max(l.rfind(": no: "), l.rfind(": fires: "))
        if l.startswith("inline-single-await: ") and k > 0 and l[len("inline-single-await: "):k] == name:
            lines.append(l[k + 2:])
    for l in lines:
        if l.startswith("fires: "):
            return l[len("fires: "):], None
    built = "not imported" not in r.stdout.split("\n")[0] or " 0 not imported" in r.stdout.split("\n")[0]
    rest = [l[len("no: "):] for l in lines if l.startswith("no: ")]
    b = [l for l in rest if not l.startswith("form A")] or rest
    return None, b[0] if b else ("not built" if not built else "no line (not screened)")


def compare(root, linkroot, coroslim, release):
    """isa_candidates' predictions against what inline-single-await does on the linked dumps"""
    rows = collections.Counter()
    gaps = collections.Counter()
    fires_form = collections.Counter()
    blocked = collections.Counter()
    for crate in sorted(os.listdir(root)):
        d = os.path.join(root, crate)
        if not os.path.isdir(d):
            continue
        seen = set()
        for f in sorted(os.listdir(d)):
            if not f.endswith("StateTransform.after.mir"):
                continue
            key = re.sub(r"\.\d+-\d+-\d+\.StateTransform\.after\.mir$", "", f)
            c = parse(os.path.join(d, f))
            if c is None or key in seen:
                continue
            seen.add(key)
            kind, verdict = analyse(c)
            predicted = verdict in ("coroutine", "any")
            befores = [b for b in os.listdir(os.path.join(linkroot, crate)) if b.startswith(key + ".") and
                       b.endswith(".StateTransform.before.mir")] if os.path.isdir(os.path.join(linkroot, crate)) else []
            if not befores:
                rows["no before-dump"] += 1
                continue
            form, blocker = fired(os.path.join(linkroot, crate, befores[0]), coroslim, release)
            rows[(predicted, form is not None)] += 1
            if form:
                fires_form[form] += 1
            elif kind != "none":
                blocked[("one await" if kind == "single" else "several awaits", blocker)] += 1
            if predicted and not form:
                gaps["predicted, does not fire: " + blocker] += 1
                if "-v" in sys.argv:
                    print("%s %s: predicted (%s), does not fire: %s" % (crate, key, verdict, blocker))
            elif form and not predicted:
                gaps["fires (form %s), not predicted: %s" % (form, verdict)] += 1
    print("inline-single-await on the linked dumps (%s) against isa_candidates.py's prediction:" %
          ("--release" if release else "debug"))
    print("  predicted and fires %d, predicted and does not %d, fires unpredicted %d, neither %d; "
          "fires by form: %s" % (rows[(True, True)], rows[(True, False)], rows[(False, True)], rows[(False, False)],
                                 ", ".join("%s %d" % kv for kv in sorted(fires_form.items()))))
    for k, v in gaps.most_common():
        print("  %5d  %s" % (v, k))
    print("every coroutine with an await that the pass leaves, by its first blocker:")
    for (kind, b), v in sorted(blocked.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print("  %5d  %s: %s" % (v, kind, b))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if "--fired" in sys.argv:
        i = sys.argv.index("--fired")
        coroslim = os.environ.get("COROSLIM", "./coroslim")
        compare(sys.argv[1], sys.argv[i + 1], coroslim, "--release" in sys.argv)
        return
    root = sys.argv[1]
    verbose = "-v" in sys.argv
    counts = collections.Counter()
    blockers = {"single": collections.Counter(), "several": collections.Counter()}
    per_crate = collections.defaultdict(collections.Counter)
    seen = set()
    for crate in sorted(os.listdir(root)):
        d = os.path.join(root, crate)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith("StateTransform.after.mir"):
                continue
            key = (crate, re.sub(r"\.\d+-\d+-\d+\.StateTransform\.after\.mir$", "", f))
            c = parse(os.path.join(d, f))
            if c is None or key in seen:
                continue
            seen.add(key)
            kind, verdict = analyse(c)
            counts["coroutines"] += 1
            counts[kind] += 1
            if kind == "none":
                continue
            if verdict in ("coroutine", "any"):
                counts[kind + " " + verdict] += 1
                per_crate[crate][kind + " " + verdict] += 1
                if verbose:
                    print(crate, kind, verdict, key[1])
            else:
                blockers[kind][verdict] += 1
    print("coroutines read: %d (%d with one await, %d with several, %d with none)" %
          (counts["coroutines"], counts["single"], counts["several"], counts["none"]))
    print("one await, form B: %d over a coroutine (before issue 24 item 5), %d over any other future (new)" %
          (counts["single coroutine"], counts["single any"]))
    print("several awaits, the last-await form (new): %d (%d of them with a tail over a future that is "
          "not a coroutine)" % (counts["several coroutine"] + counts["several any"], counts["several any"]))
    for kind in ("single", "several"):
        print("first blocker, %s:" % ("one await" if kind == "single" else "several awaits"))
        for k, v in blockers[kind].most_common():
            print("  %5d  %s" % (v, k))
    print("per crate (one await: coroutine/any; several):")
    for crate, c in sorted(per_crate.items()):
        print("  %-22s %3d / %3d; %3d" % (crate, c["single coroutine"], c["single any"],
                                         c["several coroutine"] + c["several any"]))


if __name__ == "__main__":
    main()
