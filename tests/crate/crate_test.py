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


def second_compile(pkg, release, target=None, env=None, crate=CRATE):
    """-Zprint-type-sizes and the object, in a target dir of the test's own."""
    tdir = os.path.join(pkg, "target", "second")
    argv = ["cargo", "rustc", "--offline", "--lib", "--target-dir", tdir]
    if release:
        argv.append("--release")
    if target:
        argv += ["--target", target]
    argv += ["--", "-Zprint-type-sizes", "--emit=obj", "-Csymbol-mangling-version=v0"]
    # recompile the package's crate even when fresh (cargo does not replay -Zprint-type-sizes)
    fp = os.path.join(tdir, *([target] if target else []), "release" if release else "debug", ".fingerprint")
    if os.path.isdir(fp):
        for n in os.listdir(fp):
            if n.rsplit("-", 1)[0] in (crate, crate.replace("_", "-")):
                shutil.rmtree(os.path.join(fp, n))
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
    objs = [os.path.join(deps, f) for f in os.listdir(deps) if f.startswith(crate + "-") and f.endswith(".o")]
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


def no_generics(name):
    """Generic arguments dropped: `a::f::<u8>::{closure#0}` -> `a::f::{closure#0}`,
    `{async fn body of Mutex<State>::lock()}` -> `{async fn body of Mutex::lock()}`;
    a qualified self type (`<X as Trait>::f`) is kept."""
    out, depth, i = [], 0, 0
    while i < len(name):
        c = name[i]
        if depth == 0 and name.startswith("::<", i):
            depth, i = 1, i + 3
            continue
        if depth == 0 and c == "<" and i > 0 and (name[i - 1].isalnum() or name[i - 1] == "_"):
            depth, i = 1, i + 1
            continue
        if depth:
            if c == "<":
                depth += 1
            elif c == ">" and name[i - 1] != "-":
                depth -= 1
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def fixture_symbol(name, syms):
    return IMPL_SYMBOL.get(name, CRATE + "::" + name)


def check_json(pkg, coroslim, release, target=None, env=None, crate=CRATE, symbol=fixture_symbol,
               type_alias=None, want_profile=None, min_sizes=8, dep_symbol=None, label_prefix=""):
    """`coroslim crate --format=json` on pkg against a second compile.
    symbol(name): the demangled symbol of a future's poll fn (its MIR name);
    type_alias: the MIR's type of a future -> -Zprint-type-sizes' name of it
    (the MIR trims paths); dep_symbol(path): the demangled symbol of another
    crate's future instantiated here (dependency_futures), None: none expected."""
    label = label_prefix + ("release" if release else "dev") + (" " + target if target else "")
    args = [coroslim, "crate", "--format=json"] + (["--release"] if release else [])
    if target:
        args.append("--target=" + target)
    rc, out, err = run(args, cwd=pkg, env=env)
    if rc != 0:
        fail("%s json: exit %d: %s" % (label, rc, err[-2000:]))
        return None
    d = json.loads(out)
    # the profile as cargo passed it to rustc (the fixture's release profile: opt-level z, panic=abort)
    want = want_profile or (("z", "abort") if release else ("0", "abort" if target else "unwind"))
    if (d["opt_level"], d["panic"]) != want:
        fail("%s: opt_level/panic %r, the package's profile gives %r" % (label, (d["opt_level"], d["panic"]), want))
    sizes, obj = second_compile(pkg, release, target, env, crate)
    syms = symbol_bytes(obj) if obj else {}
    checked_sizes = checked_bytes = with_code = 0
    own_types = set()
    for f in d["futures"]:
        ty = (type_alias or {}).get(f["type"], f["type"])
        own_types.add(ty)
        if ty in sizes:
            checked_sizes += 1
            if f["size"] != sizes[ty]:
                fail("%s %s: size %r, -Zprint-type-sizes %d" % (label, f["name"], f["size"], sizes[ty]))
        elif f["size"] is not None:
            # a generic async fn: the largest of its instances
            inst = [v for k, v in sizes.items() if no_generics(k) == no_generics(ty)]
            if not inst or f["size"] != max(inst):
                fail("%s %s: size %r but -Zprint-type-sizes has %r for %s" % (label, f["name"], f["size"], inst, ty))
            else:
                checked_sizes += 1
                own_types.update(k for k in sizes if no_generics(k) == no_generics(ty))
        path = symbol(f["name"], syms)
        # every instance of a generic future: its symbols with `::<..>` dropped
        poll = sum(v for k, v in syms.items() if no_generics(k) == path)
        drop = sum(v for k, v in syms.items() if k.startswith("core::ptr::drop_in_place::<")
                   and no_generics(k[len("core::ptr::drop_in_place::<"):-1]) == path)
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
    # other crates' futures laid out here: every {async ...} record no future of the crate has
    deps = d.get("dependency_futures", [])
    want_deps = sorted(k for k in sizes if k not in own_types)
    if dep_symbol is None and deps:
        fail("%s: unexpected dependency_futures %r" % (label, [x["type"] for x in deps]))
    dep_code = 0
    if dep_symbol is not None:
        if sorted(x["type"] for x in deps) != want_deps:
            fail("%s: dependency_futures %r, -Zprint-type-sizes' other futures %r"
                 % (label, sorted(x["type"] for x in deps), want_deps))
        for x in deps:
            if x["size"] != sizes.get(x["type"]):
                fail("%s %s: size %r, -Zprint-type-sizes %r" % (label, x["type"], x["size"], sizes.get(x["type"])))
            sym = dep_symbol(x["path"])
            poll, drop = syms.get(sym, 0), syms.get("core::ptr::drop_in_place::<%s>" % sym, 0)
            dep_code += poll + drop > 0
            if (x["poll_bytes"], x["drop_bytes"]) != (poll, drop):
                fail("%s %s: poll/drop %d/%d, nm %d/%d (%s)" % (label, x["type"], x["poll_bytes"], x["drop_bytes"],
                                                                  poll, drop, sym))
        for key, field in (("dependency_size", "size"), ("dependency_poll_bytes", "poll_bytes"),
                           ("dependency_drop_bytes", "drop_bytes")):
            if t[key] != sum(x[field] for x in deps):
                fail("%s totals.%s = %d, the dependency futures sum to %d" % (label, key, t[key],
                                                                              sum(x[field] for x in deps)))
    print("crate-test: %s: %d futures, %d sizes equal -Zprint-type-sizes, %d poll/drop pairs equal nm"
          " (%d with code in the object)%s" % (label, len(d["futures"]), checked_sizes, checked_bytes, with_code,
                                              "; %d other crates' futures, sizes and poll/drop equal (%d with code)"
                                              % (len(deps), dep_code) if dep_symbol is not None else ""))
    if checked_sizes < min_sizes:
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


REGISTRY = "/usr/share/cargo/registry"
EIO = "embedded-io-async-0.6.1"
SERVER = "async-lock-2.6.0"  # bookworm's librust-async-lock-dev


def drop_table(toml, table):
    """The package copy's Cargo.toml without [table] (and its keys)."""
    text = open(toml).read()
    text = re.sub(r"\n\[%s\]\n(?:[^\[\n][^\n]*\n|\n)*" % re.escape(table), "\n", text)
    open(toml, "w").write(text)


def impl_symbol(crate):
    """A future's poll symbol: `CRATE::NAME`, or for a method's future
    (`MOD::<impl at ..>::M::{closure#0}`) the one symbol of the compile
    `<CRATE::MOD::SELF>::M::{closure#0}` (SELF one segment), else a name no symbol has."""
    def symbol(name, syms):
        m = re.match(r"^((?:\w+::)*)<impl at [^>]*>::(.*)$", name)
        if not m:
            return crate + "::" + name
        want = re.compile(r"^<%s::%s\w+(?:<[^>]*>)?>::%s$" % (crate, re.escape(m.group(1)), re.escape(m.group(2))))
        found = [s for s in syms if want.match(s)]
        return found[0] if len(found) == 1 else "<unmatched %s>" % name
    return symbol


def check_real(coroslim, work, root):
    """README's two Debian-packaged crates: embedded-io-async 0.6.1 (trixie, through
    fetch-trixie.sh) with a consumer that instantiates its futures, and the server
    crate async-lock 2.6.0 (bookworm's registry)."""
    cache = os.path.join(root, "build", "trixie")
    rc, out, err = run(["sh", os.path.join(HERE, "fetch-trixie.sh"), cache])
    if rc != 0:
        print("crate-test: embedded-io-async: skipped (the trixie registry could not be fetched: %s)"
              % err.strip().splitlines()[-1:])
    else:
        base = os.path.join(work, "trixie")  # .cargo/config.toml above the package copies
        os.makedirs(os.path.join(base, ".cargo"))
        shutil.copy(os.path.join(cache, "cargo-config.toml"), os.path.join(base, ".cargo", "config.toml"))
        eio = os.path.join(base, EIO)
        shutil.copytree(os.path.join(out.strip(), EIO), eio)
        # the optional defmt dependency (trixie's librust-defmt-dev and its proc-macro tree) is not
        # fetched: cargo resolves a package's optional dependencies even when no feature enables them
        toml = os.path.join(eio, "Cargo.toml")
        drop_table(toml, "dependencies.defmt-03")
        text = re.sub(r"\ndefmt-03 = \[[^\]]*\]\n", "\n", open(toml).read())
        open(toml, "w").write(text)
        # the MIR prints `slice_mut::<impl ..>`, -Zprint-type-sizes `impls::slice_mut::<impl ..>`
        alias = {"{async fn body of %s::<impl %s>::%s()}" % (m, i, f): "{async fn body of impls::%s::<impl %s>::%s()}" % (m, i, f)
                 for m, i, f in (("slice_mut", "Write for &mut [u8]", "write"), ("slice_ref", "Read for &[u8]", "read"),
                                 ("slice_ref", "BufRead for &[u8]", "fill_buf"))}
        d = check_json(eio, coroslim, False, crate="embedded_io_async", want_profile=("0", "unwind"), min_sizes=3,
                       symbol=impl_symbol("embedded_io_async"), type_alias=alias, label_prefix="embedded-io-async ")
        if d and (len(d["futures"]) != 13 or sum(f["size"] is not None for f in d["futures"]) != 3):
            fail("embedded-io-async: want 13 futures, 3 of them (the slice impls) with an instance in the crate")
        consumer = os.path.join(base, "eio-consumer")
        shutil.copytree(os.path.join(HERE, "eio-consumer"), consumer)
        alias = {"{async fn body of <Uart as Read>::read()}": "{async fn body of <Uart as embedded_io_async::Read>::read()}",
                 "{async fn body of <Uart as Seek>::seek()}": "{async fn body of <Uart as embedded_io_async::Seek>::seek()}"}
        impls = {"<impl at src/lib.rs:35:1: 35:20>::write::{closure#0}": "<eio_consumer::Uart as embedded_io_async::Write>::write::{closure#0}",
                 "<impl at src/lib.rs:46:1: 46:19>::read::{closure#0}": "<eio_consumer::Uart as embedded_io_async::Read>::read::{closure#0}",
                 "<impl at src/lib.rs:55:1: 55:19>::seek::{closure#0}": "<eio_consumer::Uart as embedded_io_async::Seek>::seek::{closure#0}"}
        for release in (False, True):
            d = check_json(consumer, coroslim, release, crate="eio_consumer", type_alias=alias, min_sizes=6,
                           symbol=lambda n, syms: impls.get(n, "eio_consumer::" + n),
                           dep_symbol=lambda p: p.replace("Uart", "eio_consumer::Uart") + "::{closure#0}",
                           label_prefix="eio-consumer ")
            if d and not release:
                fw = [x for x in d["dependency_futures"] if x["path"] == "<&mut Uart as embedded_io_async::Write>::write"]
                if len(d["dependency_futures"]) != 8 or not fw or fw[0]["poll_bytes"] == 0:
                    fail("eio-consumer dev: want 8 futures of embedded-io-async, the `&mut T` write forwarder with code")
    if not os.path.isdir(os.path.join(REGISTRY, SERVER)):
        print("crate-test: async-lock: skipped (no %s: apt-get install librust-async-lock-dev)" % os.path.join(REGISTRY, SERVER))
        return
    base = os.path.join(work, "bookworm")
    os.makedirs(os.path.join(base, ".cargo"))
    shutil.copy(os.path.join(root, "bench", "real", "template", ".cargo", "config.toml"),
                os.path.join(base, ".cargo", "config.toml"))
    pkg = os.path.join(base, SERVER)
    shutil.copytree(os.path.join(REGISTRY, SERVER), pkg)
    drop_table(os.path.join(pkg, "Cargo.toml"), "dev-dependencies")
    # the MIR trims `semaphore::Semaphore` to `Semaphore`, -Zprint-type-sizes does not
    alias = {"{async fn body of Semaphore::%s()}" % m: "{async fn body of semaphore::Semaphore::%s()}" % m
             for m in ("acquire", "acquire_arc_impl")}
    d = check_json(pkg, coroslim, False, crate="async_lock", want_profile=("0", "unwind"), min_sizes=5,
                   symbol=impl_symbol("async_lock"), type_alias=alias, label_prefix="async-lock ")
    if d and len(d["futures"]) != 17:
        fail("async-lock: %d futures, README says 17" % len(d["futures"]))
    check_h2(coroslim, base)


H2 = "h2-0.3.13"  # bookworm's librust-h2-dev: the HTTP/2 client and server


def check_h2(coroslim, base):
    """README's server crate: h2 0.3.13 (its dependencies from bookworm's registry too)."""
    if not os.path.isdir(os.path.join(REGISTRY, H2)):
        print("crate-test: h2: skipped (no %s: apt-get install librust-h2-dev)" % os.path.join(REGISTRY, H2))
        return
    pkg = os.path.join(base, H2)
    shutil.copytree(os.path.join(REGISTRY, H2), pkg)
    # Debian ships no dev-dependencies: h2 names them as [dev-dependencies.NAME] tables
    toml = os.path.join(pkg, "Cargo.toml")
    text, prev = open(toml).read() + "\n", None
    while text != prev:  # one table per round: a match takes the newline the next table starts with
        prev, text = text, re.sub(r"\n\[dev-dependencies(?:\.[^\]]*)?\]\n(?:[^\[\n][^\n]*\n|\n)*", "\n", text, count=1)
    open(toml, "w").write(text)
    # the MIR trims `client::PushPromises`, `share::RecvStream` to their last segment
    alias = {"{async fn body of PushPromises::push_promise()}": "{async fn body of client::PushPromises::push_promise()}",
             "{async fn body of RecvStream::data()}": "{async fn body of share::RecvStream::data()}",
             "{async fn body of RecvStream::trailers()}": "{async fn body of share::RecvStream::trailers()}"}
    d = check_json(pkg, coroslim, False, crate="h2", want_profile=("0", "unwind"), min_sizes=4,
                   symbol=impl_symbol("h2"), type_alias=alias, label_prefix="h2 ")
    if d and len(d["futures"]) != 8:
        fail("h2: %d futures, README says 8" % len(d["futures"]))


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
        if "--no-real" not in sys.argv[2:]:
            check_real(coroslim, work, os.path.dirname(os.path.dirname(HERE)))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("crate-test: %d FAILED" % len(failures))
        return 1
    print("crate-test: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
