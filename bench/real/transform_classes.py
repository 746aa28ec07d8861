#!/usr/bin/env python3
"""bench/real/transform_classes.py JSON... — the classes of `coroslim import DUMPDIR
--format=json` verdicts (one JSON per crate's -Zdump-mir-dir), per file and in total.
The classes are the ones bench/REAL.md names; a verdict in none of them is `other`."""
import collections
import json
import sys


def klass(t):
    if t == "identical":
        return "identical"
    if t.startswith("skipped"):
        return "skipped"
    if t.startswith("differs: only a local's mutability"):
        return "self reference not `mut`"
    if "resume fn line" in t and "``, rustc `let mut" in t:
        return "rustc has one more local (deref of a saved local)"
    if "resume fn line" in t and "{opaque}" in t:
        return "a new local's type opaque (output type not modelled)"
    if t.startswith("differs: saved locals"):
        return "saved locals per variant"
    if t.startswith("differs: states"):
        return "states"
    if t.startswith("differs: resume fn blocks"):
        return "resume fn block count"
    return "other"


total = collections.Counter()
for path in sys.argv[1:]:
    with open(path) as f:
        d = json.load(f)
    c = collections.Counter(klass(x["transform"]) for x in d["coroutines"])
    total.update(c)
    print(f"{path}: {d['totals']['coroutines']} coroutines: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
print(f"total: {sum(total.values())} coroutines: " + ", ".join(f"{k} {v}" for k, v in total.most_common()))
