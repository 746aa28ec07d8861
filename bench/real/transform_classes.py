#!/usr/bin/env python3
"""bench/real/transform_classes.py [--md] JSON... — the classes of `coroslim import DUMPDIR
--format=json` verdicts (one JSON per crate's -Zdump-mir-dir, named CRATE.json), per file and
in total; --md prints bench/REAL.md's table instead. The classes are the ones bench/REAL.md
names; a verdict in none of them is `other`."""
import collections
import json
import os
import sys

# in the order of bench/REAL.md's table
CLASSES = [
    "identical",
    "importer: an opaque statement or terminator in the body",
    "upvar without drop glue not known as such",
    "self reference not `mut`",
    "rustc has one more local (deref of a saved local)",
    "saved locals per variant",
    "states",
    "resume fn block count",
    "resume fn text",
    "skipped",
    "other",
]


def klass(x):
    t = x["transform"]
    if t == "identical":
        return "identical"
    if t.startswith("skipped"):
        return "skipped"
    # what the importer keeps opaque (an opaque terminator's placeholder local, a
    # statement whose reads and writes liveness cannot see) is not the transform's
    if x["opaque"] > 0:
        return "importer: an opaque statement or terminator in the body"
    if t.startswith("differs: only a local's mutability"):
        return "self reference not `mut`"
    if "resume fn line" in t and "``, rustc `let mut" in t:
        return "rustc has one more local (deref of a saved local)"
    if t.startswith("differs: saved locals"):
        return "saved locals per variant"
    if t.startswith("differs: states"):
        return "states"
    # every one of the 18 crates' cases, read by hand: an upvar whose type has no
    # drop glue (Permissions, Ping, ...) that the MIR text never copies, so the
    # importer assumes glue and the transform's drop elaboration keeps its drop
    if t.startswith("differs: resume fn blocks"):
        return "upvar without drop glue not known as such"
    if "resume fn line" in t:
        return "resume fn text"
    return "other"


def main(argv):
    md = "--md" in argv
    paths = [a for a in argv if a != "--md"]
    total = collections.Counter()
    rows = []
    for path in paths:
        with open(path) as f:
            d = json.load(f)
        c = collections.Counter(klass(x) for x in d["coroutines"])
        total.update(c)
        rows.append((os.path.basename(path)[:-5], d["totals"]["coroutines"], c))
        if not md:
            print(f"{path}: {d['totals']['coroutines']} coroutines: " +
                  ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    n = sum(total.values())
    if not md:
        print(f"total: {n} coroutines: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
        return 0
    cols = [k for k in CLASSES if total[k]]
    print("| crate | coroutines | " + " | ".join(cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for name, cnt, c in rows:
        print(f"| {name} | {cnt} | " + " | ".join(str(c[k]) for k in cols) + " |")
    print(f"| **total** | **{n}** | " + " | ".join(f"**{total[k]}**" for k in cols) + " |")
    print()
    print(f"Identical: {total['identical']} of {n} ({100.0 * total['identical'] / max(n, 1):.1f}%).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
