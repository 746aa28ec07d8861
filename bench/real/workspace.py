#!/usr/bin/env python3
"""bench/real/workspace.py — the one cargo project of `make real-crates` (issue 24: speed).

Every crate of bench/real/crates.txt (the ones from Debian's system registry) is a dependency of one
throw-away package, so one `cargo check` builds the whole list: each library of the union of their
dependency graphs is checked once, with the union of the features the crates ask for (cargo's feature
unification), instead of once per crate and feature set (tokio was checked 23 times).

  workspace.py manifest REGISTRY < LIST > Cargo.toml
      LIST: "package crate features" lines (crates.txt's); REGISTRY: the cargo directory source.
      The template's [package] table, then `crate = { version = "=V", features = [..] }` for each, V the
      newest version of the crate in REGISTRY. A crate not in REGISTRY is reported on stderr as
      "CRATE: not in REGISTRY (package PKG)" and left out.
  workspace.py mirs METADATA CARGO-JSON OUTDIR < LIST
      METADATA: `cargo metadata --format-version 1` of that package; CARGO-JSON: its `cargo check
      --message-format=json` messages. For each crate of LIST writes OUTDIR/mirs-CRATE in the format of
      `link.py --artifacts` ("name version mir-file" per library, the crate's own first, then every
      library it depends on, normal and build dependencies, transitively, as resolved in this build) and
      prints "CRATE VERSION MIR" per crate (nothing for a crate without a MIR file).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import link  # noqa: E402  (bench/real/link.py: lib_artifacts)

HERE = os.path.dirname(os.path.abspath(__file__))


def read_list(stream):
    rows = []
    for line in stream:
        f = line.split()
        if len(f) >= 2 and not f[0].startswith("#"):
            rows.append((f[0], f[1], f[2] if len(f) > 2 else "-"))
    return rows


def newest(registry, crate):
    best = None
    for d in os.listdir(registry):
        m = re.match(r"^%s-([0-9][0-9.]*)$" % re.escape(crate), d)
        if m:
            v = tuple(int(x) for x in m.group(1).split(".") if x)
            if best is None or v > best[0]:
                best = (v, m.group(1))
    return best[1] if best else None


def manifest(registry, rows):
    with open(os.path.join(HERE, "template", "Cargo.toml.in")) as f:
        out = [f.read().replace("@@", "").rstrip("\n")]
    for pkg, crate, features in rows:
        v = newest(registry, crate)
        if v is None:
            print("%s: not in %s (package %s)" % (crate, registry, pkg), file=sys.stderr)
            continue
        feats = "" if features == "-" else ", features = [%s]" % ", ".join(
            '"%s"' % x for x in features.split(","))
        out.append('%s = { version = "=%s"%s }' % (crate, v, feats))
    print("\n".join(out))


def lib_mirs(stream):
    """package id -> MIR files of its library units (a package built for the host and the target, or
    with two feature sets, has two)"""
    mirs = {}
    for msg, mir in link.lib_artifacts(stream):
        lst = mirs.setdefault(msg["package_id"], [])
        if mir not in lst:
            lst.append(mir)
    return mirs


def closure(nodes, start):
    seen, todo = set(), [start]
    while todo:
        pid = todo.pop()
        for dep in nodes[pid]["deps"]:
            kinds = {k.get("kind") for k in dep.get("dep_kinds", [])}
            if kinds and kinds <= {"dev"}:
                continue
            if dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                todo.append(dep["pkg"])
    return seen


def mirs(metadata, cargo_json, outdir, rows):
    with open(metadata) as f:
        meta = json.load(f)
    with open(cargo_json) as f:
        libs = lib_mirs(f)
    pkgs = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = nodes[meta["resolve"]["root"]]
    direct = {}
    for dep in root["deps"]:
        direct[pkgs[dep["pkg"]]["name"]] = dep["pkg"]
    for _pkg, crate, _features in rows:
        pid = direct.get(crate)
        if pid is None or not libs.get(pid):
            continue
        p = pkgs[pid]
        lines = ["%s %s %s" % (crate, p["version"], libs[pid][0])]
        for dep in sorted(closure(nodes, pid), key=lambda d: (pkgs[d]["name"], pkgs[d]["version"])):
            for mir in libs.get(dep, []):
                lines.append("%s %s %s" % (pkgs[dep]["name"], pkgs[dep]["version"], mir))
        with open(os.path.join(outdir, "mirs-" + crate), "w") as f:
            f.write("\n".join(lines) + "\n")
        print("%s %s %s" % (crate, p["version"], libs[pid][0]))


def main(argv):
    if len(argv) == 3 and argv[1] == "manifest":
        manifest(argv[2], read_list(sys.stdin))
        return 0
    if len(argv) == 5 and argv[1] == "mirs":
        mirs(argv[2], argv[3], argv[4], read_list(sys.stdin))
        return 0
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
