#!/usr/bin/env python3
"""make crate-test: `coroslim crate` on tests/crate/fixture (issue 25).

On a copy of the fixture package, for the dev and release profiles:
  - the table output equals the blessed tests/crate/expected/PROFILE.table;
  - the JSON's future sizes equal a second compile's -Zprint-type-sizes, and
    its poll/drop bytes equal that compile's object measured with nm -S and
    readelf -SW (the symbol sizes plus each symbol's own .rodata.SYMBOL);
    its totals are the sums of its futures;
  - nothing but target/ is written into the package (no Cargo.lock either);
the HTML page loads in headless chromium (when installed) with one row per
future, and sorting by a column (the page's own click handler, driven through
its #sort= fragment) orders the rows; and the user errors: no package, no
async code, a build failure, cargo or rustc missing, a bad format.

Prints "crate-test: skipped (...)" and exits 0 without cargo and rustc 1.95.
With --sysroot=DIR holding core for thumbv7em-none-eabi (make cortex-m-core's
build/sysroot), the JSON checks run for that target too (RUSTFLAGS=--sysroot=DIR).
usage: crate_test.py COROSLIM [--bless] [--sysroot=DIR]
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = "crate_fixture"
# a method's future: the MIR names its impl by span, the symbol by its self type
IMPL_SYMBOL = {"<impl at src/lib.rs:58:1: 58:10>::write::{closure#0}": "<crate_fixture::Uart>::write::{closure#0}"}

THUMB = "thumbv7em-none-eabi"

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


def run(argv, cwd=None, env=None):
    e = dict(os.environ)
    if env:
        e.update(env)
    p = subprocess.run(argv, cwd=cwd, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p.returncode, p.stdout, p.stderr


def toolchain_ok():
    if not shutil.which("cargo") or not shutil.which("rustc"):
        return "cargo or rustc is not installed"
    rc, out, _ = run(["rustc", "--version"])
    if rc != 0 or not out.startswith("rustc 1.95."):
        return "rustc is not 1.95 (%s)" % out.strip()
    return None


def listing(root):
    files = set()
    for d, dirs, names in os.walk(root):
        rel = os.path.relpath(d, root)
        if rel == "target" or rel.startswith("target" + os.sep):
            continue
        for n in names:
            files.add(os.path.normpath(os.path.join(rel, n)))
    return files


def second_compile(pkg, release, target=None, env=None):
    """-Zprint-type-sizes and the object, in a target dir of the test's own."""
    tdir = os.path.join(pkg, "target", "second")
    argv = ["cargo", "rustc", "--offline", "--lib", "--target-dir", tdir]
    if release:
        argv.append("--release")
    if target:
        argv += ["--target", target]
    argv += ["--", "-Zprint-type-sizes", "--emit=obj", "-Csymbol-mangling-version=v0"]
    lock = os.path.join(pkg, "Cargo.lock")
    had_lock = os.path.exists(lock)
    rc, out, err = run(argv, cwd=pkg, env=dict(env or {}, RUSTC_BOOTSTRAP="1", CARGO_INCREMENTAL="0"))
    if not had_lock and os.path.exists(lock):
        os.remove(lock)  # this compile's, not coroslim's
    if rc != 0:
        fail("second compile failed: " + err[-2000:])
        return {}, None
    sizes = {}
    for line in out.splitlines():
        m = re.match(r"print-type-size type: `(.*)`: (\d+) bytes, alignment", line)
        if m and m.group(1).startswith("{async "):
            sizes[m.group(1)] = int(m.group(2))
    deps = os.path.join(tdir, *([target] if target else []), "release" if release else "debug", "deps")
    objs = [os.path.join(deps, f) for f in os.listdir(deps) if f.startswith(CRATE + "-") and f.endswith(".o")]
    if len(objs) != 1:
        fail("second compile: expected one object, found %r" % objs)
        return sizes, None
    return sizes, objs[0]


def symbol_bytes(obj):
    """demangled name -> bytes (st_size + its own .rodata.SYM), via nm and readelf"""
    _, nm, _ = run(["nm", "-S", "--defined-only", obj])
    syms = []
    for line in nm.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "Tt":
            syms.append((parts[3], int(parts[1], 16)))
    _, dem, _ = run(["c++filt"] + [s for s, _ in syms]) if syms else (0, "", "")
    _, sec, _ = run(["readelf", "-SW", obj])
    rodata = {}
    for line in sec.splitlines():
        m = re.search(r"\]\s+\.rodata\.(\S+)\s+\S+\s+\S+\s+\S+\s+([0-9a-f]+)", line)
        if m:
            rodata[m.group(1)] = rodata.get(m.group(1), 0) + int(m.group(2), 16)
    out = {}
    for (mangled, size), name in zip(syms, dem.splitlines()):
        name = re.sub(r"\[[0-9a-f]+\]", "", name)  # c++filt may keep crate hashes
        out[name] = out.get(name, 0) + size + rodata.get(mangled, 0)
    return out


def check_json(pkg, coroslim, release, target=None, env=None):
    label = ("release" if release else "dev") + (" " + target if target else "")
    args = [coroslim, "crate", "--format=json"] + (["--release"] if release else [])
    if target:
        args.append("--target=" + target)
    rc, out, err = run(args, cwd=pkg, env=env)
    if rc != 0:
        fail("%s json: exit %d: %s" % (label, rc, err[-2000:]))
        return None
    d = json.loads(out)
    # the profile as cargo passed it to rustc (the fixture's release profile: opt-level z, panic=abort)
    want = ("z", "abort") if release else ("0", "abort" if target else "unwind")
    if (d["opt_level"], d["panic"]) != want:
        fail("%s: opt_level/panic %r, the fixture's profile gives %r" % (label, (d["opt_level"], d["panic"]), want))
    sizes, obj = second_compile(pkg, release, target, env)
    syms = symbol_bytes(obj) if obj else {}
    checked_sizes = checked_bytes = with_code = 0
    for f in d["futures"]:
        if f["type"] in sizes:
            checked_sizes += 1
            if f["size"] != sizes[f["type"]]:
                fail("%s %s: size %r, -Zprint-type-sizes %d" % (label, f["name"], f["size"], sizes[f["type"]]))
        elif f["size"] is not None:
            fail("%s %s: size %r but -Zprint-type-sizes has no %s" % (label, f["name"], f["size"], f["type"]))
        path = IMPL_SYMBOL.get(f["name"], CRATE + "::" + f["name"])
        poll = syms.get(path, 0)
        drop = syms.get("core::ptr::drop_in_place::<%s>" % path, 0)
        checked_bytes += 1
        with_code += poll + drop > 0
        if (f["poll_bytes"], f["drop_bytes"]) != (poll, drop):
            fail("%s %s: poll/drop %d/%d, nm %d/%d" % (label, f["name"], f["poll_bytes"], f["drop_bytes"], poll, drop))
    t = d["totals"]
    for key, field in (("size", "size"), ("poll_bytes", "poll_bytes"), ("drop_bytes", "drop_bytes"),
                       ("can_save_bytes", "can_save_bytes"), ("held_twice_bytes", "held_twice")):
        s = sum(f[field] or 0 for f in d["futures"])
        if t[key] != s:
            fail("%s totals.%s = %d, the futures sum to %d" % (label, key, t[key], s))
    if t["futures"] != len(d["futures"]):
        fail("%s totals.futures" % label)
    order = [f["can_save_bytes"] for f in d["futures"]]
    if order != sorted(order, reverse=True):
        fail("%s: futures not sorted by can_save_bytes: %r" % (label, order))
    print("crate-test: %s: %d futures, %d sizes equal -Zprint-type-sizes, %d poll/drop pairs equal nm"
          " (%d with code in the object)" % (label, len(d["futures"]), checked_sizes, checked_bytes, with_code))
    if checked_sizes < 8:
        fail("%s: only %d futures had a size to compare" % (label, checked_sizes))
    return d


def check_table(pkg, coroslim, release, bless):
    label = "release" if release else "dev"
    rc, out, err = run([coroslim, "crate"] + (["--release"] if release else []), cwd=pkg)
    if rc != 0:
        fail("%s table: exit %d: %s" % (label, rc, err[-2000:]))
        return
    if "coroslim crate: building crate-fixture" not in err:
        fail("%s table: no progress on stderr" % label)
    want = os.path.join(HERE, "expected", label + ".table")
    if bless:
        os.makedirs(os.path.dirname(want), exist_ok=True)
        with open(want, "w") as f:
            f.write(out)
        print("crate-test: blessed " + os.path.relpath(want))
        return
    with open(want) as f:
        if f.read() != out:
            fail("%s table differs from %s (make crate-bless to see the diff)" % (label, want))


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def dump_dom(browser, page, fragment=""):
    prof = tempfile.mkdtemp(prefix="coroslim-chromium-")
    try:
        rc, out, err = run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
                            "--virtual-time-budget=2000", "--dump-dom", "file://" + page + fragment])
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    if rc != 0:
        fail("chromium --dump-dom exit %d: %s" % (rc, err[-1000:]))
    return out


def check_html(pkg, coroslim, d):
    page = os.path.join(tempfile.mkdtemp(prefix="coroslim-html-"), "report.html")
    rc, out, err = run([coroslim, "crate", "--format=html", "-o", page], cwd=pkg)
    if rc != 0 or out:
        fail("html: exit %d, stdout %d bytes: %s" % (rc, len(out), err[-1000:]))
        return
    text = open(page).read()
    if re.search(r"""(src|href)\s*=\s*["'](https?:|//)""", text) or "<link" in text:
        fail("html: the page refers to an external asset")
    if text.count("<svg") < len(d["futures"]):
        fail("html: fewer SVG bar charts than futures")
    browser = find_chromium()
    if not browser:
        print("crate-test: html: chromium not installed, the DOM not checked")
        return
    dom = dump_dom(browser, page)
    rows = re.findall(r'<tr class="future" data-name="([^"]*)"[^>]*data-size="(\d*)"[^>]*data-save="(-?\d+)"', dom)
    if len(rows) != len(d["futures"]):
        fail("html: %d future rows in the DOM, %d futures" % (len(rows), len(d["futures"])))
    if 'id="ready"' not in dom:
        fail("html: the page's script did not run (no #ready marker in the DOM)")
    dom = dump_dom(browser, page, "#sort=size")
    rows = re.findall(r'<tr class="future" data-name="([^"]*)"[^>]*data-size="(\d*)"', dom)
    sizes = [int(s or -1) for _, s in rows]
    if not rows or sizes != sorted(sizes, reverse=True):
        fail("html: #sort=size did not order the rows by size: %r" % sizes)
    dom = dump_dom(browser, page, "#sort=name")
    names = [html.unescape(n) for n, _ in re.findall(r'<tr class="future" data-name="([^"]*)"[^>]*data-size="(\d*)"', dom)]
    if not names or names != sorted(names):
        fail("html: #sort=name did not order the rows by name")
    print("crate-test: html: %d rows in chromium's DOM, sorted by size and by name through the page's script"
          % len(rows))


def check_errors(coroslim, work):
    def expect(label, argv, cwd, code, needle, env=None):
        rc, out, err = run(argv, cwd=cwd, env=env)
        if rc != code or needle not in err:
            fail("%s: exit %d (want %d), stderr %r (want %r)" % (label, rc, code, err[-600:], needle))
    noasync = os.path.join(work, "noasync")
    broken = os.path.join(work, "broken")
    shutil.copytree(os.path.join(HERE, "noasync"), noasync)
    shutil.copytree(os.path.join(HERE, "broken"), broken)
    fixture = os.path.join(work, "fixture")
    expect("no package", [coroslim, "crate", os.path.join(work, "nothing-here")], work, 1, "nothing-here")
    expect("no Cargo.toml", [coroslim, "crate", work], work, 1, "no Cargo.toml")
    expect("no async code", [coroslim, "crate"], noasync, 1, "no async fn or async block")
    expect("build failure", [coroslim, "crate", broken], work, 1, "cargo could not build broken")
    expect("rustc missing", [coroslim, "crate"], fixture, 1, "needs rustc 1.95",
           env={"RUSTC": "/nonexistent/rustc"})
    expect("cargo missing", [coroslim, "crate"], fixture, 1, "needs cargo",
           env={"CARGO": "/nonexistent/cargo"})
    expect("bad format", [coroslim, "crate", "--format=xml"], fixture, 2, "unknown format")
    expect("bad option", [coroslim, "crate", "--frobnicate"], fixture, 2, "unknown option")
    print("crate-test: errors: 8 cases")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    coroslim = os.path.abspath(sys.argv[1])
    bless = "--bless" in sys.argv[2:]
    sysroot = next((a.split("=", 1)[1] for a in sys.argv[2:] if a.startswith("--sysroot=")), None)
    why = toolchain_ok()
    if why:
        print("crate-test: skipped (%s)" % why)
        return 0
    work = tempfile.mkdtemp(prefix="coroslim-crate-test-")
    try:
        pkg = os.path.join(work, "fixture")
        shutil.copytree(os.path.join(HERE, "fixture"), pkg)
        before = listing(pkg)
        for release in (False, True):
            check_table(pkg, coroslim, release, bless)
            d = check_json(pkg, coroslim, release)
        if d:
            check_html(pkg, coroslim, d)
        thumb = os.path.join(sysroot or "", "lib", "rustlib", THUMB, "lib")
        if sysroot and os.path.isdir(thumb):
            env = {"RUSTFLAGS": "--sysroot=" + os.path.abspath(sysroot)}
            for release in (False, True):
                check_json(pkg, coroslim, release, THUMB, env)
        else:
            print("crate-test: %s: skipped (no core for it: make cortex-m-core)" % THUMB)
        if listing(pkg) != before:
            fail("files written into the package outside target/: %r" % sorted(listing(pkg) ^ before))
        check_errors(coroslim, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("crate-test: %d FAILED" % len(failures))
        return 1
    print("crate-test: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
