#!/usr/bin/env python3
"""bench/report.py -- what each pass saves on the bench corpus; writes bench/REPORT.md and bench/*.svg.

usage: python3 bench/report.py [--commit=REV] [--bin=PATH] [--out=bench/REPORT.md] [--bytes=full|quick|none]

The headline is machine-code bytes: `coroslim bytes` (rustc 1.95 compiles rustc's own crate and the emitted
crate of every stage) on bench/*.rs for Cortex-M4 and M0 at Oz/Os/O3 (panic=abort; when build/sysroot has
their core, `make cortex-m-core`) and x86_64 Oz with both panic strategies, release; the whole pipeline and
each pass alone, per pattern, every growth. Without rustc 1.95 or the emitted stages the report says so and
the MIR tables (below) are the only currency.

`make bench` runs it. Every number comes from `coroslim stats ... --format=json` on bench/*.rs:
for release (--release) and debug, the whole pipeline (savings "in pipeline" = the difference between
consecutive stages) and each pass alone (--passes=P: its saving on freshly lowered code), plus release
with --panic=abort. The report states each command and the commit it ran on.

By default it measures the working tree: ./coroslim (which `make bench` rebuilds first) is copied to a
temp dir before the first run, so a concurrent rebuild cannot mix two binaries into one report, and any
uncommitted change to the C sources is listed in the report. --commit=REV instead exports REV with
`git archive`, builds it there and measures that tree's bench/*.rs: the numbers then belong to REV exactly.

Python 3 stdlib only.
"""
import argparse
import datetime
import hashlib
import html
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PASSES = ["elide-awaitless", "inline-single-await", "merge-states", "panic-to-pending"]
METRICS = [("states", "states"), ("blocks", "blocks"), ("stmts", "statements"), ("size", "bytes")]

# rustc 1.95's own figures (docs: /work/shared/reference/rustc-coroutines.md section 4): the resume fn of
# `async fn foo() -> u32 { let a = bar().await; let b = bar().await; a + b }` against the sync fn with the
# same body, in MIR lines.
RUSTC_REF = {"O0": (163, 30), "-O": (234, 18)}
TWO_AWAITS_RS = """async fn bar() -> u32 { yield_now().await; 1 }
async fn foo() -> u32 { let a = bar().await; let b = bar().await; a + b }
"""
# its sync twin, as frontend/twin.c writes it (async and .await removed, yield_now() -> ())
TWO_AWAITS_SYNC_RS = """fn bar() -> u32 { (); 1 }
fn foo() -> u32 { let a = bar(); let b = bar(); a + b }
"""
RUSTC_CMD = "rustc --edition 2021 --crate-type=lib --emit=mir %s -o OUT.mir CRATE.rs"


def mir_body(text, header_prefix):
    """(lines, blocks) of the first MIR body whose `fn` line starts with header_prefix."""
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l.startswith(header_prefix):
            for j in range(i, len(lines)):
                if lines[j] == "}":
                    body = lines[i:j + 1]
                    return len(body), sum(1 for b in body if b.startswith("    bb") and b.rstrip().endswith("{"))
    return None


def rustc_two_awaits(tmp):
    """rustc's resume fn of foo vs the sync foo, at O0 and -O, measured now; None without rustc."""
    if shutil.which("rustc") is None:
        return None
    with open(os.path.join(ROOT, "tests", "rust", "prelude.rs")) as f:
        prelude = f.read()
    out = []
    for opt in ("-C opt-level=0", "-O"):
        res = []
        for tag, src, hdr in (("async", TWO_AWAITS_RS, "fn foo::{closure#0}("), ("sync", TWO_AWAITS_SYNC_RS, "fn foo()")):
            crate = os.path.join(tmp, "two_%s.rs" % tag)
            mir = os.path.join(tmp, "two_%s.mir" % tag)
            with open(crate, "w") as f:
                f.write("#![allow(unused)]\n" + prelude + src)
            r = subprocess.run(["rustc", "--edition", "2021", "--crate-type=lib", "--emit=mir"] + opt.split() +
                               ["-o", mir, crate], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if r.returncode != 0:
                return None
            with open(mir) as f:
                res.append(mir_body(f.read(), hdr))
        if None in res:
            return None
        out.append((opt, res[0], res[1]))
    ver = subprocess.run(["rustc", "--version"], stdout=subprocess.PIPE).stdout.decode().strip()
    return ver, out


def json_loads(b):
    return json.loads(b.decode() if isinstance(b, bytes) else b)


def git(*args, cwd=ROOT):
    r = subprocess.run(["git"] + list(args), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.stdout.decode(errors="replace").rstrip() if r.returncode == 0 else None


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Env:
    """Where the measured binary and the bench files come from, and how to say so in a report."""

    def __init__(self, tmp, commit=None, binary=None):
        self.commit_arg = commit
        if commit:
            rev = git("rev-parse", "--verify", commit + "^{commit}")
            if not rev:
                raise SystemExit("report.py: unknown revision %s" % commit)
            src = os.path.join(tmp, "src")
            os.makedirs(src)
            arch = subprocess.Popen(["git", "archive", rev], cwd=ROOT, stdout=subprocess.PIPE)
            subprocess.run(["tar", "-x", "-C", src], stdin=arch.stdout, check=True)
            arch.wait()
            sys.stderr.write("building %s in %s ...\n" % (rev[:12], src))
            r = subprocess.run(["make", "-j2", "-s"], cwd=src, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if r.returncode != 0:
                sys.stderr.write(r.stdout.decode(errors="replace"))
                raise SystemExit("report.py: build of %s failed" % rev)
            self.workdir = src
            self.binary = os.path.join(src, "coroslim")
            self.rev = rev
            self.dirty = []
        else:
            b = binary or os.path.join(ROOT, "coroslim")
            if not os.path.exists(b):
                raise SystemExit("report.py: %s not found (run `make`)" % b)
            self.binary = os.path.join(tmp, "coroslim")
            shutil.copy2(b, self.binary)
            self.workdir = ROOT
            self.rev = git("rev-parse", "HEAD") or "unknown"
            st = git("status", "--porcelain", "--", "ir", "passes", "frontend", "Makefile", "bench") or ""
            self.dirty = []
            for line in st.splitlines():
                path = line[3:]
                top_bench_rs = path.startswith("bench/") and path.endswith(".rs") and path.count("/") == 1
                if path.startswith(("ir/", "passes/", "frontend/", "measure/", "main.c", "Makefile")) or top_bench_rs:
                    self.dirty.append(path)
            # sources newer than the binary: the binary may not be what the tree says
            bt = os.path.getmtime(b)
            self.stale = []
            for d in ("ir", "passes", "frontend"):
                for fn in sorted(os.listdir(os.path.join(ROOT, d))):
                    p = os.path.join(ROOT, d, fn)
                    if fn.endswith((".c", ".h")) and os.path.getmtime(p) > bt:
                        self.stale.append(d + "/" + fn)
        self.subject = git("log", "-1", "--format=%s", self.rev) or ""
        self.sha = sha256(self.binary)
        self.date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    def provenance_md(self):
        out = ["- commit: `%s` (%s)" % (self.rev, self.subject)]
        if self.commit_arg:
            out.append("- tree: exactly that commit (`git archive` + `make`, via `--commit=%s`)" % self.commit_arg)
        else:
            if self.dirty:
                out.append("- working tree: **uncommitted changes** in %s at the time of the run (the numbers "
                           "include them; `--commit=REV` measures a commit exactly)"
                           % ", ".join("`%s`" % d for d in self.dirty))
            else:
                out.append("- working tree: no uncommitted change to `ir/`, `passes/`, `frontend/`, `measure/`, `main.c`, `Makefile`, "
                           "`bench/*.rs`")
            if self.stale:
                out.append("- warning: ./coroslim was older than %s" % ", ".join("`%s`" % s for s in self.stale))
        out.append("- binary: `./coroslim` built by `make` (`CFLAGS=-O3 -g -flto=auto`, the Makefile default), sha256 `%s`" % self.sha[:16])
        out.append("- generated: %s" % self.date)
        return "\n".join(out)

    def run(self, args):
        """Run the binary in the workdir; the command as a reader would type it, and the parsed JSON."""
        r = subprocess.run([self.binary] + args, cwd=self.workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if r.returncode != 0:
            sys.stderr.write(r.stderr.decode(errors="replace"))
            raise SystemExit("report.py: `./coroslim %s` failed (%d)" % (" ".join(args), r.returncode))
        return json_loads(r.stdout)


# ---------------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------------


def pattern_of(path):
    return os.path.basename(path).split("_")[0]


def pct(saved, base):
    return 100.0 * saved / base if base else 0.0


def fmt_saving(saved, base):
    """'-22 (3.6%)' for a saving, '+7 (0.1%)' for a growth, '0' for nothing."""
    if saved == 0:
        return "0"
    return "%s%d (%.1f%%)" % ("-" if saved > 0 else "+", abs(saved), abs(pct(saved, base)))


def fmt_delta(saved, base):
    """'-22, 3.6%' inside a cell that already holds the value."""
    if saved == 0:
        return "="
    return "%s%d, %.1f%%" % ("-" if saved > 0 else "+", abs(saved), abs(pct(saved, base)))


def stage_totals(coros, idx):
    t = {m: 0 for m, _ in METRICS}
    for c in coros:
        s = c["stages"][idx]
        for m, _ in METRICS:
            t[m] += s[m]
    return t


def sync_groups(coros):
    """Async statements vs sync-twin statements, grouped by async fn: an async block belongs to the fn that
    contains it (its code is inline in that fn's twin). Returns a list of
    (file, fn, lowered stmts, final stmts, sync stmts or None)."""
    groups = {}
    order = []
    for c in coros:
        fn = c["name"].split("::{async block")[0]
        key = (c["file"], fn)
        if key not in groups:
            groups[key] = [0, 0, None]
            order.append(key)
        g = groups[key]
        g[0] += c["stages"][0]["stmts"]
        g[1] += c["stages"][-1]["stmts"]
        if c["sync"] is not None:
            g[2] = c["sync"]["stmts"]
    return [(k[0], k[1], groups[k][0], groups[k][1], groups[k][2]) for k in order]


def sync_ratio(coros, pattern=None):
    """(fns, async stmts lowered, after the pipeline, sync stmts) over the async fns with a twin."""
    gs = [g for g in sync_groups(coros) if g[4] is not None and (pattern is None or pattern_of(g[0]) == pattern)]
    return len(gs), sum(g[2] for g in gs), sum(g[3] for g in gs), sum(g[4] for g in gs)


def fmt_ratio(r):
    return ("%.2f" % (r[1] / r[3]), "%.2f" % (r[2] / r[3])) if r[3] else ("-", "-")


class Mode:
    """All the runs of one build mode."""

    def __init__(self, env, files, title, flags):
        self.title = title
        self.flags = flags
        self.cmd_all = "./coroslim stats bench/*.rs%s --format=json" % "".join(" " + f for f in flags)
        self.all = env.run(["stats"] + files + flags + ["--format=json"])
        self.alone = {}
        self.cmd_alone = {}
        for p in PASSES:
            self.cmd_alone[p] = "./coroslim stats bench/*.rs%s --passes=%s --format=json" % (
                "".join(" " + f for f in flags), p)
            self.alone[p] = env.run(["stats"] + files + flags + ["--passes=" + p, "--format=json"])
        self.coros = self.all["coroutines"]
        names = [s["stage"] for s in self.coros[0]["stages"]] if self.coros else []
        if names != ["lower"] + PASSES:
            raise SystemExit("report.py: unexpected stages %s (expected lower + %s)" % (names, PASSES))
        self.check()
        self.ratio = sync_ratio(self.coros)

    def check(self):
        """The JSON's totals agree with the sum over coroutines, and every pass alone starts from the same
        lowered numbers: a disagreement is a stats bug, reported rather than silently used."""
        self.problems = []
        tot = self.all["totals"]["stages"]
        for i, s in enumerate(tot):
            mine = stage_totals(self.coros, i)
            for m, _ in METRICS:
                if mine[m] != s[m]:
                    self.problems.append("totals.stages[%d].%s = %d but the coroutines sum to %d" %
                                         (i, m, s[m], mine[m]))
        for p in PASSES:
            if self.alone[p]["totals"]["stages"][0] != tot[0]:
                self.problems.append("`--passes=%s` lowers to different totals than the whole pipeline" % p)
        for c in self.coros:
            for s in c["stages"]:
                if s["states"] == 0 and (s["blocks"] or s["stmts"]):
                    self.problems.append("%s %s: states 0 (removed) but %d blocks / %d stmts after %s" %
                                         (c["file"], c["name"], s["blocks"], s["stmts"], s["stage"]))

    def base(self):
        return self.all["totals"]["stages"][0]

    def final(self):
        return self.all["totals"]["stages"][-1]


# ---------------------------------------------------------------------------------------------------
# SVG (stdlib only)
# ---------------------------------------------------------------------------------------------------

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf"]


def svg_scatter(mode, path, title):
    """Statements per coroutine: after lowering (x) vs after the whole pipeline (y), log-log; coroutines a
    pass replaced by another future (0 statements left) sit on the 'replaced' band under the x axis."""
    pts = [(c["stages"][0]["stmts"], c["stages"][-1]["stmts"], pattern_of(c["file"]), c["name"])
           for c in mode.coros]
    pats = sorted(set(p for _, _, p, _ in pts))
    color = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(pats)}
    W, H = 800, 560
    ml, mr, mt, mb = 110, 170, 50, 90
    pw, ph = W - ml - mr, H - mt - mb
    hi = max([x for x, _, _, _ in pts] + [y for _, y, _, _ in pts] + [10])
    lo = min([v for x, y, _, _ in pts for v in (x, y) if v > 0] + [10])
    e = math.floor(math.log10(lo))
    lo_v = max(k * 10 ** e for k in (1, 2, 5) if k * 10 ** e <= lo)  # the 1-2-5 tick at or below lo
    lo_e, hi_e = math.log10(lo_v), math.ceil(math.log10(hi) + 1e-9)
    if 10 ** hi_e < hi * 1.05:
        hi_e += 0.3

    def sx(v):
        return ml + pw * (math.log10(max(v, 1)) - lo_e) / (hi_e - lo_e)

    def sy(v):
        return mt + ph - ph * (math.log10(max(v, 1)) - lo_e) / (hi_e - lo_e)

    band_y = mt + ph + 30
    o = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
         'font-family="sans-serif" font-size="12">' % (W, H, W, H),
         '<rect width="100%" height="100%" fill="white"/>',
         '<text x="%d" y="24" font-size="15" font-weight="bold">%s</text>' % (ml, html.escape(title))]
    # grid
    for e in range(int(math.floor(lo_e)), int(math.floor(hi_e)) + 1):
        for k in (1, 2, 5):
            v = k * 10 ** e
            if v > 10 ** hi_e * 1.001 or v < 10 ** lo_e * 0.999:
                continue
            X, Y = sx(v), sy(v)
            strong = k == 1 or v == lo_v
            o.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>' %
                     (X, mt, X, mt + ph, "#ccc" if strong else "#eee"))
            o.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"/>' %
                     (ml, Y, ml + pw, Y, "#ccc" if strong else "#eee"))
            o.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#444">%d</text>' % (X, mt + ph + 16, v))
            o.append('<text x="%d" y="%.1f" text-anchor="end" fill="#444">%d</text>' % (ml - 6, Y + 4, v))
    o.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>' % (ml, mt, pw, ph))
    # guides: y = x (nothing saved) and y = x/2
    top = 10 ** hi_e
    bot = 10 ** lo_e
    o.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#444" stroke-dasharray="4,3"/>' %
             (sx(bot), sy(bot), sx(top), sy(top)))
    o.append('<text x="%.1f" y="%.1f" fill="#444" transform="rotate(-38 %.1f %.1f)">unchanged</text>' %
             (sx(top / 4), sy(top / 4) - 6, sx(top / 4), sy(top / 4) - 6))
    o.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#999" stroke-dasharray="2,3"/>' %
             (sx(2 * bot), sy(bot), sx(top), sy(top / 2)))
    o.append('<text x="%.1f" y="%.1f" fill="#999" transform="rotate(-38 %.1f %.1f)">half</text>' %
             (sx(top / 3), sy(top / 6) + 14, sx(top / 3), sy(top / 6) + 14))
    # replaced band
    nrep = sum(1 for _, y, _, _ in pts if y == 0)
    o.append('<text x="%d" y="%d" text-anchor="end" fill="#444">replaced (%d)</text>' % (ml - 6, band_y + 4, nrep))
    o.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#eee"/>' % (ml, band_y, ml + pw, band_y))
    rep = 0
    for x, y, p, n in pts:
        cx = sx(x)
        if y == 0:
            cy = band_y + (rep % 5 - 2) * 4  # a little vertical spread so that equal points stay visible
            rep += 1
        else:
            cy = sy(y)
        o.append('<circle cx="%.1f" cy="%.1f" r="4" fill="%s" fill-opacity="0.7" stroke="%s">'
                 '<title>%s: %d -&gt; %d</title></circle>' % (cx, cy, color[p], color[p], html.escape(n), x, y))
    o.append('<text x="%.1f" y="%d" text-anchor="middle">statements after lowering (rustc baseline), '
             'log scale</text>' % (ml + pw / 2, H - 22))
    o.append('<text x="50" y="%.1f" text-anchor="middle" transform="rotate(-90 50 %.1f)">statements after '
             'the whole pipeline</text>' % (mt + ph / 2, mt + ph / 2))
    # legend
    lx = ml + pw + 20
    o.append('<text x="%d" y="%d" font-weight="bold">pattern (coroutines)</text>' % (lx, mt + 4))
    for i, p in enumerate(pats):
        n = sum(1 for _, _, q, _ in pts if q == p)
        o.append('<circle cx="%d" cy="%d" r="5" fill="%s"/>' % (lx + 6, mt + 24 + 20 * i, color[p]))
        o.append('<text x="%d" y="%d">%s (%d)</text>' % (lx + 18, mt + 28 + 20 * i, p, n))
    o.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(o) + "\n")


def svg_patterns(mode, path, title):
    """Per pattern: statements after lowering, after the whole pipeline, and the sync twins', as bars."""
    pats = sorted(set(pattern_of(c["file"]) for c in mode.coros))
    rows = []
    for p in pats:
        cs = [c for c in mode.coros if pattern_of(c["file"]) == p]
        sync = sum(c["sync"]["stmts"] for c in cs if c["sync"])
        rows.append((p, stage_totals(cs, 0)["stmts"], stage_totals(cs, len(PASSES))["stmts"], sync))
    series = [("after lowering", "#d62728"), ("after the pipeline", "#1f77b4"), ("sync twin", "#2ca02c")]
    W, H = 760, 420
    ml, mr, mt, mb = 60, 20, 60, 60
    pw, ph = W - ml - mr, H - mt - mb
    hi = max(max(r[1], r[2], r[3]) for r in rows)
    base_step = 10 ** (math.floor(math.log10(hi)) - 1)
    step = base_step
    for k in (1, 2, 5, 10, 20, 50):
        if hi / (k * base_step) <= 8:
            step = k * base_step
            break
    top = math.ceil(hi / step) * step
    o = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
         'font-family="sans-serif" font-size="12">' % (W, H, W, H),
         '<rect width="100%" height="100%" fill="white"/>',
         '<text x="%d" y="24" font-size="15" font-weight="bold">%s</text>' % (ml, html.escape(title))]
    for i, (name, col) in enumerate(series):
        o.append('<rect x="%d" y="36" width="12" height="12" fill="%s"/>' % (ml + 170 * i, col))
        o.append('<text x="%d" y="46">%s</text>' % (ml + 170 * i + 18, name))
    v = 0
    while v <= top:
        Y = mt + ph - ph * v / top
        o.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#eee"/>' % (ml, Y, ml + pw, Y))
        o.append('<text x="%d" y="%.1f" text-anchor="end" fill="#444">%d</text>' % (ml - 6, Y + 4, v))
        v += step
    gw = pw / len(rows)
    bw = gw * 0.8 / 3
    for i, r in enumerate(rows):
        x0 = ml + gw * i + gw * 0.1
        for j, (name, col) in enumerate(series):
            val = r[1 + j]
            hgt = ph * val / top
            o.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %d</title></rect>'
                     % (x0 + bw * j, mt + ph - hgt, bw - 1, hgt, col, r[0], name, val))
        o.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>' % (ml + gw * i + gw / 2, mt + ph + 16, r[0]))
    o.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888"/>' % (ml, mt + ph, ml + pw, mt + ph))
    o.append('<text x="%.1f" y="%d" text-anchor="middle">pattern (file-name prefix); statements summed over '
             'its coroutines</text>' % (ml + pw / 2, H - 20))
    o.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(o) + "\n")


# ---------------------------------------------------------------------------------------------------
# Machine-code bytes (coroslim bytes: rustc 1.95's codegen of rustc's own crate and of each emitted stage)
# ---------------------------------------------------------------------------------------------------

THUMBS = ("thumbv7em-none-eabi", "thumbv6m-none-eabi")
TARGET_LABEL = {"thumbv7em-none-eabi": "Cortex-M4 (thumbv7em)", "thumbv6m-none-eabi": "Cortex-M0 (thumbv6m)",
                "x86_64": "x86_64"}


def bytes_settings(env, which):
    """The settings to measure and a note on what was left out."""
    notes = []
    sysroot = os.environ.get("COROSLIM_SYSROOT", os.path.join(env.workdir, "build", "sysroot"))
    out = []
    for t in THUMBS:
        lib = os.path.join(sysroot, "lib", "rustlib", t, "lib")
        if os.path.isdir(lib) and any((n == "libcore.rlib" or n.startswith("libcore-")) for n in os.listdir(lib)):
            out += [(t, o, "abort") for o in ("z", "s", "3")]
        else:
            notes.append("%s not measured: no core in build/sysroot (`make cortex-m-core`)" % TARGET_LABEL[t])
    out += [("x86_64", "z", "unwind"), ("x86_64", "z", "abort"), ("x86_64", "s", "unwind"), ("x86_64", "3", "unwind")]
    if which == "quick":
        out = out[:1]
        notes.append("`--bytes=quick`: one setting only")
    return out, notes


class BytesRuns:
    """`coroslim bytes` over bench/*.rs at each setting: the pipeline (cumulative) and each pass alone."""

    def __init__(self, env, files, which):
        self.ok, self.why, self.runs, self.notes, self.cmds = False, "", [], [], []
        if which == "none":
            self.why = "`--bytes=none`"
            return
        ver = subprocess.run(["rustc", "--version"], capture_output=True, text=True) \
            if shutil.which("rustc") else None
        if not ver or not ver.stdout.startswith("rustc 1.95."):
            self.why = "rustc 1.95 not found"
            return
        settings, self.notes = bytes_settings(env, which)
        for tgt, opt, panic in settings:
            flags = ["--release", "--target=" + tgt, "--opt-level=" + opt, "--panic=" + panic]
            run = {"target": tgt, "opt": opt, "panic": panic}
            for key, extra in (("pipe", []), ("alone", ["--alone"])):
                cmd = ["bytes", "--format=json"] + flags + extra
                self.cmds.append("./coroslim %s bench/*.rs" % " ".join(cmd))
                sys.stderr.write("report.py: ./coroslim %s bench/*.rs ...\n" % " ".join(cmd))
                r = subprocess.run([env.binary] + cmd + files, cwd=env.workdir, capture_output=True, text=True)
                if r.returncode != 0:
                    err = [l for l in r.stderr.splitlines() if "error" in l] or r.stderr.splitlines() or ["?"]
                    run["error"] = err[0]
                    break
                run[key] = json.loads(r.stdout)
            if "pipe" in run and not run["pipe"]["totals"]["stages"]:
                self.why = "this coroslim has no emitted stages (`coroslim emit` not in the build)"
                return
            self.runs.append(run)
        self.ok = True


IMAGE_REPORT = os.path.join(ROOT, "measure", "cortex_m", "image_report.py")
IMAGE_PANICS = ("abort", "abort-location-none", "immediate-abort")
PANIC_LABEL = {"abort": "panic=abort (stable default settings)",
               "abort-location-none": "panic=abort, `-Zlocation-detail=none`",
               "immediate-abort": "`panic=immediate-abort` (core too)"}


class ImageRuns:
    """Firmware images of the whole bench corpus (make cortex-m-image's linker: rust-lld, --gc-sections) in
    flash bytes: rustc's own crate and the emitted crate after lowering, after panic-to-pending alone and
    after the pipeline; Oz under three panic settings, Os/O3 under panic=abort."""

    def __init__(self, env, files, which):
        self.ok, self.why, self.rows, self.cmds = False, "", [], []
        if which == "none":
            self.why = "`--bytes=none`"
            return
        build = os.path.join(env.workdir, "build")
        jobs = [["--stages", "rustc,lower,panic-to-pending,pipeline", "--opt-levels", "z",
                 "--panic", ",".join(IMAGE_PANICS)]]
        if which == "quick":
            jobs = [["--stages", "rustc,lower,pipeline", "--opt-levels", "z", "--panic", "abort"]]
        else:
            jobs.append(["--stages", "rustc,lower,pipeline", "--opt-levels", "s,3", "--panic", "abort"])
        for extra in jobs:
            cmd = ["python3", IMAGE_REPORT, "--build", build, "--bin", env.binary, "--format", "json"] + extra
            self.cmds.append("python3 measure/cortex_m/image_report.py --format json %s bench/*.rs"
                             % " ".join(extra))
            sys.stderr.write("report.py: %s ...\n" % self.cmds[-1])
            r = subprocess.run(cmd + files, cwd=env.workdir, capture_output=True, text=True)
            if r.returncode != 0:
                self.why = "image_report.py failed: %s" % (r.stderr.strip().splitlines() or ["?"])[-1]
                return
            out = r.stdout.strip()
            if not out.startswith("{"):
                self.why = out.splitlines()[0] if out else "image_report.py printed nothing"
                return
            self.rows += json.loads(out)["images"]
        self.ok = bool(self.rows)
        if not self.ok:
            self.why = "no image linked"

    def jump_threading(self, target, opt, panic):
        """image_report.py's rule for the emitted images of one setting: `on`, `off (threads ..)`, or None."""
        for r in self.rows:
            if (r["target"], r["opt_level"], r["panic"]) == (target, opt, panic) and r["stage"] != "rustc":
                jt = r.get("emitted_jump_threading")
                if jt is None:
                    return None
                if jt:
                    return "on"
                names = sorted(set(n.split(": ", 1)[-1].split("::")[-1] for n in r.get("jump_threading_touched", [])))
                return "off (threads %s)" % ", ".join("`%s`" % n for n in names)
        return None

    def flash(self, stage, target, opt, panic):
        for r in self.rows:
            if (r["stage"], r["target"], r["opt_level"], r["panic"]) == (stage, target, opt, panic):
                return r["flash"]
        return None


IMAGES_HEADER = "## Firmware images: flash bytes of the whole corpus, linked"


def section_images(im, L):
    w = L.append
    w(IMAGES_HEADER)
    w("")
    if not im.ok:
        w("Not measured: %s." % im.why)
        w("")
        return
    w("One `#![no_std]` crate of every bench program with `//@ args` lines (each in its own module, one "
      "`#[inline(never)] root_*` per line polling the entry to completion through one `poll_task`), "
      "compiled against core 1.95 rebuilt for the target (`make cortex-m-core`) and linked by rust-lld "
      "with `--gc-sections` and the runtime's vector table and reset/panic handlers "
      "(`measure/cortex_m/link_image.py`). Flash = vector table + .text + .rodata + .data (.ARM.exidx "
      "apart). `rustc` is the programs' source; `lower`, `panic-to-pending` (that pass alone) and "
      "`pipeline` (all four passes) are what `coroslim emit --release --panic=abort --target=T` writes, "
      "with the same roots, executor and prelude. Commands:")
    w("")
    w("```sh")
    for c in im.cmds:
        w(c)
    w("```")
    w("")
    rows = []
    for target in THUMBS:
        for opt in ("z", "s", "3"):
            panics = IMAGE_PANICS if opt == "z" else ("abort",)
            for panic in panics:
                rc, lo = im.flash("rustc", target, opt, panic), im.flash("lower", target, opt, panic)
                p2p, pipe = im.flash("panic-to-pending", target, opt, panic), im.flash("pipeline", target, opt, panic)
                if lo is None or pipe is None:
                    continue
                rows.append([TARGET_LABEL[target], "O" + opt, PANIC_LABEL[panic],
                             rc if rc is not None else "-",
                             "%d (%+.1f%%)" % (lo, 100.0 * (lo - rc) / rc) if rc else lo,
                             fmt_bytes_delta(p2p, lo) if p2p is not None else "-",
                             "**%s**" % fmt_bytes_delta(pipe, lo), pipe,
                             im.jump_threading(target, opt, panic) or "-"])
    L += md_table(["target", "opt", "panic", "rustc", "lower (vs rustc)", "`panic-to-pending` alone",
                   "whole pipeline", "after the pipeline", "JumpThreading (emitted)"], rows)
    w("")
    w("JumpThreading (emitted): rustc's JumpThreading skips coroutine bodies and runs on every other fn; the "
      "emitted crates are compiled with it on, as rustc's crate is, probed with `-Z dump-mir=JumpThreading`, "
      "and every emitted stage of a setting again with it off when it changed an emitted resume fn or drop "
      "shim (named; `coroslim bytes`' rule, per image here since an image is one crate).")
    w("")
    w("`panic-to-pending` alone against `lower`, per panic setting at Oz: the pass replaces the "
      "resumed-after-completion panic (a call, a `core::panic::Location` and its file name) with a "
      "`Pending` return; what that saves depends on what the panic costs under each setting.")
    w("")


def svg_bytes_vs_stmts(run, mode, path, title):
    """Per coroutine: MIR statements saved by the whole pipeline (x) vs machine-code bytes saved (y) at one
    `coroslim bytes` setting. Both are lower - after; negative = growth."""
    stmts = {}
    for c in mode.coros:
        stmts[(os.path.basename(c["file"]), c["name"])] = c["stages"][0]["stmts"] - c["stages"][-1]["stmts"]
    pts = []
    for f in run["pipe"]["files"]:
        lo = {c["name"]: c["bytes"] for c in f["stages"][0]["coroutines"]}
        fi = {c["name"]: c["bytes"] for c in f["stages"][-1]["coroutines"]}
        for name, b0 in lo.items():
            key = (os.path.basename(f["file"]), name)
            if key in stmts:
                pts.append((stmts[key], b0 - fi.get(name, 0), pattern_of(f["file"]), name))
    if not pts:
        return 0
    pats = sorted(set(p for _, _, p, _ in pts))
    color = {p: PALETTE[i % len(PALETTE)] for i, p in enumerate(pats)}
    W, H = 800, 560
    ml, mr, mt, mb = 90, 170, 50, 70
    pw, ph = W - ml - mr, H - mt - mb
    x0, x1 = min([x for x, _, _, _ in pts] + [0]), max([x for x, _, _, _ in pts] + [1])
    y0, y1 = min([y for _, y, _, _ in pts] + [0]), max([y for _, y, _, _ in pts] + [1])
    x0, x1 = x0 - 0.05 * (x1 - x0), x1 + 0.05 * (x1 - x0)
    y0, y1 = y0 - 0.05 * (y1 - y0), y1 + 0.05 * (y1 - y0)

    def sx(v):
        return ml + pw * (v - x0) / (x1 - x0)

    def sy(v):
        return mt + ph - ph * (v - y0) / (y1 - y0)

    def ticks(a, b):
        span = b - a
        step = 10 ** math.floor(math.log10(span / 5)) if span > 0 else 1
        for k in (1, 2, 5, 10):
            if span / (step * k) <= 8:
                step *= k
                break
        v = math.ceil(a / step) * step
        while v <= b:
            yield v
            v += step

    o = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
         'font-family="sans-serif" font-size="12">' % (W, H, W, H),
         '<rect width="100%" height="100%" fill="white"/>',
         '<text x="%d" y="24" font-size="15" font-weight="bold">%s</text>' % (ml, html.escape(title))]
    for v in ticks(x0, x1):
        o.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="%s"/>' % (sx(v), mt, sx(v), mt + ph,
                                                                               "#888" if v == 0 else "#eee"))
        o.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#444">%g</text>' % (sx(v), mt + ph + 16, v))
    for v in ticks(y0, y1):
        o.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="%s"/>' % (ml, sy(v), ml + pw, sy(v),
                                                                               "#888" if v == 0 else "#eee"))
        o.append('<text x="%d" y="%.1f" text-anchor="end" fill="#444">%g</text>' % (ml - 6, sy(v) + 4, v))
    o.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>' % (ml, mt, pw, ph))
    for x, y, p, n in pts:
        o.append('<circle cx="%.1f" cy="%.1f" r="4" fill="%s" fill-opacity="0.6" stroke="%s">'
                 '<title>%s: %d statements, %d bytes saved</title></circle>'
                 % (sx(x), sy(y), color[p], color[p], html.escape(n), x, y))
    o.append('<text x="%.1f" y="%d" text-anchor="middle">MIR statements saved by the pipeline (lower - '
             'after; negative: growth)</text>' % (ml + pw / 2, H - 22))
    o.append('<text x="30" y="%.1f" text-anchor="middle" transform="rotate(-90 30 %.1f)">machine-code bytes '
             'saved (negative: growth)</text>' % (mt + ph / 2, mt + ph / 2))
    lx = ml + pw + 20
    o.append('<text x="%d" y="%d" font-weight="bold">pattern (coroutines)</text>' % (lx, mt + 4))
    for i, p in enumerate(pats):
        k = sum(1 for _, _, q, _ in pts if q == p)
        o.append('<circle cx="%d" cy="%d" r="5" fill="%s"/>' % (lx + 6, mt + 24 + 20 * i, color[p]))
        o.append('<text x="%d" y="%d">%s (%d)</text>' % (lx + 18, mt + 28 + 20 * i, p, k))
    o.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(o) + "\n")
    return len(pts)


def bytes_label(run):
    return "%s O%s %s" % (TARGET_LABEL[run["target"]], run["opt"], run["panic"])


def fmt_bytes_delta(after, before):
    if after == before:
        return "="
    return "%+d (%+.1f%%)" % (after - before, 100.0 * (after - before) / before if before else 0.0)


def section_bytes(b, L):
    w = L.append
    w("## Headline: machine-code bytes")
    w("")
    if not b.ok:
        w("Not measured: %s. The MIR tables below are then the only currency." % b.why)
        w("")
        return
    w("Bytes are what rustc 1.95 makes of each program: text+ro of the object, unwind tables excluded "
      "(DESIGN.md, Bytes), every file compiled as rustc's own crate (`rustc`) and as the crate `coroslim emit` "
      "writes after lowering (`lower`) and after each pass, all with the same harness (each async fn no other "
      "fn awaits polled through an `#[inline(never)]` poll_task, as an executor does). Release builds "
      "(overflow checks off). `lower` against `rustc` is the method error (bench/BYTES-FIDELITY.md): a "
      "pass's saving is measured against `lower`. Growth is shown as `+`. Commands:")
    w("")
    w("```sh")
    for c in b.cmds:
        w(c)
    w("```")
    w("")
    for n in b.notes:
        w("- %s" % n)
    if b.notes:
        w("")
    rows = []
    for run in b.runs:
        if "error" in run:
            rows.append([bytes_label(run), "failed: `%s`" % run["error"]] + [""] * (2 + 2 * len(PASSES)))
            continue
        pt = run["pipe"]["totals"]
        st = [s["bytes"] for s in pt["stages"]]
        at = [s["bytes"] for s in run["alone"]["totals"]["stages"]]
        row = [bytes_label(run), pt["rustc"], "%d (%+.1f%%)" % (st[0], 100.0 * (st[0] - pt["rustc"]) / pt["rustc"]),
               "**%s**" % fmt_bytes_delta(st[-1], st[0])]
        for i, _ in enumerate(PASSES):
            row.append(fmt_bytes_delta(st[i + 1], st[i]))
        for i, _ in enumerate(PASSES):
            row.append(fmt_bytes_delta(at[i + 1], at[0]))
        rows.append(row)
    w("Totals over bench/*.rs; each pass in the pipeline against the stage before it, alone against `lower`:")
    w("")
    L += md_table(["setting", "rustc", "lower (vs rustc)", "whole pipeline"] +
                  ["`%s` in pipeline" % p for p in PASSES] + ["`%s` alone" % p for p in PASSES], rows)
    w("")
    # per pattern, each setting
    w("### Bytes per pattern (file-name prefix), lower -> after the pipeline")
    w("")
    good = [r for r in b.runs if "error" not in r]
    pats = sorted(set(pattern_of(f["file"]) for f in good[0]["pipe"]["files"])) if good else []
    rows = []
    for pat in pats:
        row = ["`%s_*`" % pat]
        for run in good:
            fs = [f for f in run["pipe"]["files"] if pattern_of(f["file"]) == pat]
            lo = sum(f["stages"][0]["bytes"] for f in fs)
            fi = sum(f["stages"][-1]["bytes"] for f in fs)
            row.append("%d -> %d (%s)" % (lo, fi, "%+.1f%%" % (100.0 * (fi - lo) / lo) if lo else "-"))
        rows.append(row)
    L += md_table(["pattern"] + [bytes_label(r) for r in good], rows)
    w("")
    # every growth
    w("### Every growth")
    w("")
    w("Each file where a pass made the bytes grow: in the pipeline (against the stage before it) or alone "
      "(against `lower`).")
    w("")
    grows = []
    for run in good:
        for f, fa in zip(run["pipe"]["files"], run["alone"]["files"]):
            st = [s["bytes"] for s in f["stages"]]
            at = [s["bytes"] for s in fa["stages"]]
            for i, p in enumerate(PASSES):
                if st[i + 1] > st[i]:
                    grows.append([bytes_label(run), f["file"], "`%s` in pipeline" % p, st[i], st[i + 1],
                                  fmt_bytes_delta(st[i + 1], st[i])])
                if at[i + 1] > at[0]:
                    grows.append([bytes_label(run), f["file"], "`%s` alone" % p, at[0], at[i + 1],
                                  fmt_bytes_delta(at[i + 1], at[0])])
    if grows:
        L += md_table(["setting", "file", "pass", "before", "after", "growth"], grows,
                      ["l", "l", "l", "r", "r", "r"])
    else:
        w("None.")
    w("")


# ---------------------------------------------------------------------------------------------------
# The report
# ---------------------------------------------------------------------------------------------------


def md_table(header, rows, align=None):
    align = align or ["l"] + ["r"] * (len(header) - 1)
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return out


def pass_table(mode):
    base, final = mode.base(), mode.final()
    tot = mode.all["totals"]["stages"]
    rows = []
    for i, p in enumerate(PASSES):
        a = mode.alone[p]["totals"]["stages"]
        for label, before, after in (("in pipeline", tot[i], tot[i + 1]), ("alone", a[0], a[1])):
            rows.append(["`%s`" % p if label == "in pipeline" else "", label] +
                        [fmt_saving(before[m] - after[m], base[m]) for m, _ in METRICS])
    rows.append(["**whole pipeline**", ""] + ["**%s**" % fmt_saving(base[m] - final[m], base[m])
                                             for m, _ in METRICS])
    return md_table(["pass", "measured"] + [n for _, n in METRICS], rows, ["l", "l", "r", "r", "r", "r"])


def section_mode(mode, L, key):
    w = L.append
    base, final = mode.base(), mode.final()
    tot = mode.all["totals"]["stages"]
    w("### Totals after each stage")
    w("")
    w("Command: `%s` (`totals.stages`). Bytes = the sum over coroutines of each future's size (for a coroutine "
      "a pass replaced, the size of the future that replaced it)." % mode.cmd_all)
    w("")
    rows = []
    for i, s in enumerate(tot):
        prev = tot[i - 1] if i else None
        cells = [("`%s`" % s["stage"])]
        for m, _ in METRICS:
            cells.append(str(s[m]) if prev is None else "%d (%s)" % (s[m], fmt_delta(prev[m] - s[m], base[m])))
        rows.append(cells)
    L += md_table(["stage"] + [n for _, n in METRICS], rows)
    w("")
    w("### What each pass saves: in the pipeline and alone")
    w("")
    w("In pipeline = stage before minus stage after, in `%s`; alone = lowered minus after the pass, in "
      "`%s` for each P. Percentages are of the lowered total (%s). `+` is a growth."
      % (mode.cmd_all, mode.cmd_alone[PASSES[0]].replace("=" + PASSES[0], "=P"),
         ", ".join("%d %s" % (base[m], n) for m, n in METRICS)))
    w("")
    L += pass_table(mode)
    w("")
    # coroutines touched
    w("Coroutines each pass changes (in pipeline; any of states, blocks, statements, bytes):")
    w("")
    rows = []
    for i, p in enumerate(PASSES):
        ch = [c for c in mode.coros if c["stages"][i] != dict(c["stages"][i + 1], stage=c["stages"][i]["stage"])]
        removed = [c for c in mode.coros if c["stages"][i]["states"] and not c["stages"][i + 1]["states"]]
        grown = [c for c in mode.coros if c["stages"][i + 1]["stmts"] > c["stages"][i]["stmts"]]
        rows.append(["`%s`" % p, len(ch), len(removed), len(grown)])
    L += md_table(["pass", "coroutines changed", "replaced by another future", "with more statements after"],
                  rows)
    w("")
    # per pattern
    pats = sorted(set(pattern_of(c["file"]) for c in mode.coros))
    w("### Per pattern (file-name prefix)")
    w("")
    w("From `%s`, coroutines grouped by the prefix of their file name. Lowered -> after the whole pipeline:" %
      mode.cmd_all)
    w("")
    rows = []
    for p in pats:
        cs = [c for c in mode.coros if pattern_of(c["file"]) == p]
        files = len(set(c["file"] for c in cs))
        b, f = stage_totals(cs, 0), stage_totals(cs, len(PASSES))
        rows.append(["`%s_*`" % p, files, len(cs)] +
                    ["%d -> %d (%s)" % (b[m], f[m], fmt_delta(b[m] - f[m], b[m])) for m, _ in METRICS])
    b, f = base, final
    rows.append(["**all**", len(set(c["file"] for c in mode.coros)), len(mode.coros)] +
                ["**%d -> %d (%s)**" % (b[m], f[m], fmt_delta(b[m] - f[m], b[m])) for m, _ in METRICS])
    L += md_table(["pattern", "files", "coroutines"] + [n for _, n in METRICS], rows)
    w("")
    for m, n in (("stmts", "Statements"), ("states", "States"), ("size", "Bytes")):
        w("%s saved per pass in the pipeline (%% of the pattern's lowered %s):" % (n, n.lower()))
        w("")
        rows = []
        for p in pats:
            cs = [c for c in mode.coros if pattern_of(c["file"]) == p]
            b0 = stage_totals(cs, 0)[m]
            rows.append(["`%s_*`" % p] + [fmt_saving(stage_totals(cs, i)[m] - stage_totals(cs, i + 1)[m], b0)
                                          for i in range(len(PASSES))])
        L += md_table(["pattern"] + ["`%s`" % p for p in PASSES], rows)
        w("")
    # sync ratio
    groups = sync_groups(mode.coros)
    with_twin = [g for g in groups if g[4] is not None]
    without = [g for g in groups if g[4] is None]
    w("### Async/sync statement ratio")
    w("")
    w("From `%s`: the resume fn's statements against the sync twin's (`sync.stmts`: the same fn with `async` "
      "and `.await` removed). An async block counts with the async fn that contains it, since its code is "
      "inline in that fn's twin. %d async fns%s." %
      (mode.cmd_all, len(with_twin),
       (", %d groups without a twin left out" % len(without)) if without else ""))
    w("")
    rows = []
    for p in pats + [None]:
        r = sync_ratio(mode.coros, p)
        rows.append(["**all**" if p is None else "`%s_*`" % p, r[0], r[1], r[2], r[3]] + list(fmt_ratio(r)))
    L += md_table(["pattern", "fns", "async stmts lowered", "after pipeline", "sync twin stmts",
                   "ratio before", "ratio after"], rows)
    w("")


def write_report(env, modes, abort_mode, two, rustc_two, out, bytes_runs, images=None, chart=None):
    L = []
    w = L.append
    rel, dbg = modes
    w("# coroslim bench report: what each pass saves on the embedded-style corpus")
    w("")
    w("Generated by `make bench` (`python3 bench/report.py%s`); do not edit by hand, rerun it."
      % ((" --commit=" + env.commit_arg) if env.commit_arg else ""))
    w("")
    w(env.provenance_md())
    ncoros = len(rel.coros)
    nfiles = len(set(c["file"] for c in rel.coros))
    nblocks = sum(1 for c in rel.coros if "{async block" in c["name"])
    w("- corpus: %d files `bench/*.rs`, %d coroutines (%d async fns, %d async blocks); patterns: %s" % (
        nfiles, ncoros, ncoros - nblocks, nblocks,
        ", ".join("`%s_*` %d" % (p, len(set(c["file"] for c in rel.coros if pattern_of(c["file"]) == p)))
                  for p in sorted(set(pattern_of(c["file"]) for c in rel.coros)))))
    w("")
    w("## Commands")
    w("")
    w("Every number below comes from one of these (run in the repository root; `bench/*.rs` expands to the "
      "%d files in name order):" % nfiles)
    w("")
    w("```sh")
    for m in modes + [abort_mode]:
        w(m.cmd_all)
    for m in modes:
        for p in PASSES:
            w(m.cmd_alone[p])
    w("./coroslim stats two_awaits.rs --format=json            # section 'rustc for reference'")
    w("./coroslim stats two_awaits.rs --release --format=json")
    w("rustc --edition 2021 --crate-type=lib --emit=mir -C opt-level=0 -o OUT.mir CRATE.rs   # same section")
    w("rustc --edition 2021 --crate-type=lib --emit=mir -O -o OUT.mir CRATE.rs")
    w("```")
    w("")
    section_bytes(bytes_runs, L)
    if chart:
        name, label, n = chart
        L.append("### Bytes saved against MIR statements saved, per coroutine")
        L.append("")
        L.append("[%s](%s): each of %d coroutines of bench/*.rs, the whole pipeline's saving in MIR statements "
                 "(`coroslim stats --release --panic=abort`, lower - after) against its saving in machine-code "
                 "bytes (%s, `coroslim bytes`, poll + drop functions, lower - after). A coroutine whose poll "
                 "is inlined into its caller's after a pass counts 0 bytes there (its bytes move to the "
                 "caller, which may then show growth): the chart is per coroutine, the tables above per "
                 "file and corpus. Points under the zero line grew." % (name, name, n, label))
        L.append("")
    if images is not None:
        section_images(images, L)
    # headline
    b, f = rel.base(), rel.final()
    tot = rel.all["totals"]["stages"]
    w("## MIR headline (release): the second currency")
    w("")
    w("- whole pipeline: %s." % "; ".join("%s %d -> %d (%s)" % (n, b[m], f[m], fmt_delta(b[m] - f[m], b[m]))
                                         for m, n in METRICS))
    for i, p in enumerate(PASSES):
        a = rel.alone[p]["totals"]["stages"]
        inpipe = ", ".join("%s %s" % (n, fmt_saving(tot[i][m] - tot[i + 1][m], b[m])) for m, n in METRICS)
        alone = ", ".join("%s %s" % (n, fmt_saving(a[0][m] - a[1][m], b[m])) for m, n in METRICS)
        w("- `%s` in the pipeline: %s%s." % (p, inpipe, " (alone: the same)" if alone == inpipe else "; alone: " + alone))
    w("- async/sync statement ratio: %s before the passes, %s after (release); %s / %s in debug. rustc's "
      "own two-await example: %.1f at -O, %.1f at O0 (see below)."
      % (fmt_ratio(rel.ratio) + fmt_ratio(dbg.ratio) +
         (RUSTC_REF["-O"][0] / RUSTC_REF["-O"][1], RUSTC_REF["O0"][0] / RUSTC_REF["O0"][1])))
    w("")
    w("![statements per coroutine, before vs after the pipeline](stmts.svg)")
    w("")
    w("[`stmts.svg`](stmts.svg): one dot per coroutine (release), statements after lowering vs after the "
      "whole pipeline, log-log; dots on the dashed line were not changed, dots on the 'replaced' band were "
      "replaced by another future (inline-single-await). [`patterns.svg`](patterns.svg): the same per "
      "pattern, beside the sync twins.")
    w("")
    w("![statements per pattern](patterns.svg)")
    w("")
    for m, key in ((rel, "release"), (dbg, "debug")):
        w("## %s" % m.title)
        w("")
        section_mode(m, L, key)
    # panic=abort
    w("## Release with panic=abort")
    w("")
    w("Command: `%s`. Under panic=abort rustc already omits the Panicked arm (#69814), so panic-to-pending "
      "has less to rewrite; it must not be credited with the arms rustc never emits." % abort_mode.cmd_all)
    w("")
    at = abort_mode.all["totals"]["stages"]
    ab = at[0]
    rows = []
    for i, s in enumerate(at):
        rows.append(["`%s`" % s["stage"]] + [str(s[m]) if i == 0 else
                                             "%d (%s)" % (s[m], fmt_delta(at[i - 1][m] - s[m], ab[m]))
                                             for m, _ in METRICS])
    L += md_table(["stage"] + [n for _, n in METRICS], rows)
    w("")
    L += pass_table(abort_mode)
    w("")
    # rustc reference
    w("## rustc for reference")
    w("")
    w("The async/sync ratio of one small program, `two_awaits.rs`, in rustc's MIR and in coroslim:")
    w("")
    w("```rust")
    w("// two_awaits.rs (the async program; the prelude of tests/rust/prelude.rs provides yield_now)")
    w(TWO_AWAITS_RS.rstrip())
    w("// its sync twin (what `coroslim stats` compares against; frontend/twin.c)")
    w(TWO_AWAITS_SYNC_RS.rstrip())
    w("```")
    w("")
    rows = [["rustc 1.95, `-C opt-level=0`, project reference figures", "%d / 23" % RUSTC_REF["O0"][0],
             "%d / -" % RUSTC_REF["O0"][1], "%.2f" % (RUSTC_REF["O0"][0] / RUSTC_REF["O0"][1])],
            ["rustc 1.95, `-O`, project reference figures", "%d / -" % RUSTC_REF["-O"][0],
             "%d / -" % RUSTC_REF["-O"][1], "%.2f" % (RUSTC_REF["-O"][0] / RUSTC_REF["-O"][1])]]
    if rustc_two:
        ver, res = rustc_two
        for opt, (al, ab), (sl, sb) in res:
            rows.append(["%s, `%s`, measured now" % (ver.split(" (")[0], opt), "%d / %d" % (al, ab),
                         "%d / %d" % (sl, sb), "%.2f" % (al / sl)])
    for label, d in two:
        foo = [c for c in d["coroutines"] if c["name"] == "foo"][0]
        st0, st1, sy = foo["stages"][0], foo["stages"][-1], foo["sync"]
        rows.append(["coroslim %s, lowered" % label, "%d / %d" % (st0["stmts"], st0["blocks"]),
                     "%d / %d" % (sy["stmts"], sy["blocks"]), "%.2f" % (st0["stmts"] / sy["stmts"])])
        rows.append(["coroslim %s, after the pipeline" % label, "%d / %d" % (st1["stmts"], st1["blocks"]),
                     "%d / %d" % (sy["stmts"], sy["blocks"]), "%.2f" % (st1["stmts"] / sy["stmts"])])
    L += md_table(["", "async `foo`: lines or stmts / blocks", "sync `foo`", "ratio"], rows)
    w("")
    w("rustc rows count the lines of the `fn foo::{closure#0}` (resume fn) and `fn foo` bodies in `%s`, "
      "the crate being `#![allow(unused)]` + tests/rust/prelude.rs + the program (the reference figures, "
      "from the project's `rustc-coroutines.md` section 4, were taken with an unstated `bar`, which may "
      "explain a different O0 line count). coroslim rows are `stats` statements (statements plus "
      "terminators, without `StorageLive`/`StorageDead`/nops/`PlaceMention`; rustc's lines also hold "
      "declarations, debuginfo and braces, which weigh most in the small sync fn), so compare ratios and "
      "blocks, not lines with statements. coroslim's debug build corresponds to `-C opt-level=0`, its "
      "release build to `-O` (no overflow checks), but it does not run rustc's MIR optimisations."
      % (RUSTC_CMD % "OPT"))
    w("")
    # checks
    section_upvars(env, L, "none" if not bytes_runs.runs else "full")  # issue 26
    problems = [(m.title, p) for m in modes + [abort_mode] for p in m.problems]
    w("## Consistency checks on the stats output")
    w("")
    w("report.py checks that `totals` equals the sum over coroutines for every stage and metric, that every "
      "`--passes=P` run lowers to the same totals as the whole pipeline, and that a coroutine with 0 states "
      "(replaced) has no blocks or statements left.")
    w("")
    if problems:
        for t, p in problems:
            w("- **%s**: %s" % (t, p))
    else:
        w("All checks passed.")
    w("")
    w("Notes on reading the numbers:")
    w("")
    w("- A statement here is one MIR statement or terminator of the resume fn (see `measure/stats.c`). "
      "panic-to-pending turns a one-terminator `assert(false, ...)` arm into `_0 = Poll::Pending; return` "
      "(two), so it can add a statement per coroutine while it removes blocks and panic calls; its real "
      "saving (the panic location and message, the call) does not show in statement counts.")
    w("- Bytes are summed over coroutines; a replaced coroutine counts the future that replaced it, so a "
      "chain of wrappers counts the inner future once per layer, as each layer's future really is that big.")
    w("")
    with open(out, "w") as f:
        f.write("\n".join(L).rstrip() + "\n")



# ---------------------------------------------------------------------------------------------------
# relocate-upvars (issue 26): future bytes (RAM), and flash bytes where rustc 1.95 is there
# ---------------------------------------------------------------------------------------------------

UPVARS_HEADER = "## relocate-upvars (issue 26): future bytes (RAM)"
# (label, --passes): the pass alone, packing, inline-single-await without and with it, the pipeline
# (`all`: the four; the relocate passes are opt-in, passes/pipeline.c) and the pipeline with relocate-upvars
UPVARS_STAGES = [("relocate-upvars", "relocate-upvars"), ("relocate-upvars-pack", "relocate-upvars-pack"),
                 ("inline-single-await", "inline-single-await"),
                 ("inline-single-await + relocate-upvars", "inline-single-await,relocate-upvars"),
                 ("inline-single-await + relocate-upvars-pack", "inline-single-await,relocate-upvars-pack"),
                 ("pipeline (all: the four)", "all"),
                 ("the four + relocate-upvars",
                  "elide-awaitless,inline-single-await,merge-states,relocate-upvars,panic-to-pending")]


def upvars_corpora(workdir):
    def rs(d):
        return sorted(d + "/" + f for f in os.listdir(os.path.join(workdir, d))
                      if f.endswith(".rs") and f != "prelude.rs")
    return [("bench", "bench/*.rs", rs("bench")), ("tests/rust", "tests/rust/*.rs (no prelude.rs)", rs("tests/rust")),
            ("bench/upvars", "bench/upvars/*.rs", rs("bench/upvars"))]


def upvars_sizes(env, files, passes):
    """{(file, coroutine): (size after lowering, size after the passes)}, release."""
    j = env.run(["stats"] + files + ["--release", "--passes=" + passes, "--format=json"])
    return {(c["file"], c["name"]): (c["stages"][0]["size"], c["stages"][-1]["size"]) for c in j["coroutines"]}


def section_upvars(env, L, bytes_mode):
    w = L.append
    w(UPVARS_HEADER)
    w("")
    w("What `relocate-upvars` (an upvar the body only moves out at its first poll leaves the layout's prefix, "
      "and one it reads after an await, never borrowed, becomes a saved local of the states where it is live: "
      "rust-lang/rust#135527's captures-only scheme over rustc's algorithm) and `relocate-upvars-pack` (the "
      "same, and saved locals placed by their conflicts alone: the second scheme, no promotion to the prefix) "
      "do to the size of every future: each coroutine's `size_of` after lowering and after the passes, release "
      "(`--release`), summed per corpus. A future replaced by inline-single-await counts the future that "
      "replaced it. Measured on commit `%s` (%s), %s." % (env.rev[:12], env.subject, env.date))
    w("")
    w("```sh")
    for name, pat, files in upvars_corpora(env.workdir):
        for _, passes in UPVARS_STAGES:
            w("./coroslim stats %s --release --passes=%s --format=json" % (pat, passes))
    w("```")
    w("")
    rows = []
    per = {}
    for name, pat, files in upvars_corpora(env.workdir):
        for label, passes in UPVARS_STAGES:
            sz = upvars_sizes(env, files, passes)
            per[(name, label)] = sz
            before = sum(a for a, b in sz.values())
            after = sum(b for a, b in sz.values())
            shrunk = sum(1 for a, b in sz.values() if b < a)
            grew = [(k, a, b) for k, (a, b) in sz.items() if b > a]
            largest = (max(a for a, b in sz.values()), max(b for a, b in sz.values()))
            rows.append([name, label, str(len(sz)), str(before), str(after), fmt_delta(before - after, before),
                         str(shrunk), str(len(grew)), "%d -> %d" % largest])
    L.extend(md_table(["corpus", "passes", "futures", "bytes lower", "bytes after", "change", "smaller", "larger",
                       "largest future"], rows, "llrrrrrrr"))
    w("")
    w("`larger` counts futures that grew (a holder re-laid out around a smaller future can in principle "
      "change its field order); `tests/opt/no_growth.py` (`make check`) fails on any growth of "
      "relocate-upvars or relocate-upvars-pack, alone or in the pipeline.")
    w("")
    w("### Per future: the examples of rust-lang/rust#62958, #59087 and #108906 in the subset")
    w("")
    w("`bench/upvars/*.rs` (no arrays in the subset: four u64 arguments or locals stand in for `[u8; N]`; see "
      "each file's header). Bytes of each future, release:")
    w("")
    labels = [l for l, _ in UPVARS_STAGES]
    sz0 = per[("bench/upvars", labels[0])]
    rows = []
    for key in sorted(sz0, key=lambda k: (k[0], k[1])):
        r = [os.path.basename(key[0]), "`%s`" % key[1], str(sz0[key][0])]
        for l in labels:
            r.append(str(per[("bench/upvars", l)][key][1]))
        rows.append(r)
    L.extend(md_table(["file", "future", "lower"] + labels, rows, "ll" + "r" * (1 + len(labels))))
    w("")
    w("#62958 (ten layers passing four u64 down): rustc's layer k holds its arguments beside layer k-1's future, "
      "which holds them too: +40 bytes a layer; relocated, a layer's arguments share bytes with the awaited "
      "future: +8 a layer (its tag and alignment), and with inline-single-await the pure forwarders are "
      "the innermost future itself. #108906 (`async move { foo.await }`): the captured future moves into the "
      "awaitee at the first poll, so the block no longer holds it twice. issue62958_block.rs (#62958's shape "
      "in a spawned-task block that reads its captures after an await, issue 26 item 1): relocated, the "
      "captures live in Suspend0 only and the next state's future reuses their bytes; read after two awaits "
      "(`task_twice`), rustc's algorithm would promote their saved locals to the prefix, so only the packed "
      "scheme gains there. #59087 is not an upvar case: the "
      "future bound to a local (`let inner = f(); inner.await`) stays storage-live beside `__awaitee` until "
      "the end of its scope (rustc's StorageDead), so the conflict matrix keeps both, and neither pass changes it.")
    w("")
    # flash: coroslim bytes, each pass alone, where rustc 1.95 is installed
    w("### Flash: machine-code bytes of the same passes (`coroslim bytes`)")
    w("")
    if bytes_mode == "none" or shutil.which("rustc") is None:
        w("Not measured in this run (`--bytes=none`, or no rustc 1.95).")
        w("")
        return
    targets = [("x86_64", [])]
    if os.path.isdir(os.path.join(env.workdir, "build", "sysroot")):
        targets.append(("thumbv7em-none-eabi", ["--target=thumbv7em-none-eabi"]))
    w("```sh")
    for t, extra in targets:
        w("./coroslim bytes bench/*.rs --release --opt-level=z %s--passes=relocate-upvars,relocate-upvars-pack "
          "--alone --format=json" % ("".join(e + " " for e in extra)))
    w("```")
    w("")
    files = upvars_corpora(env.workdir)[0][2]
    rows = []
    moved = {}
    for t, extra in targets:
        r = subprocess.run([env.binary, "bytes"] + files + ["--release", "--opt-level=z"] + extra +
                           ["--passes=relocate-upvars,relocate-upvars-pack", "--alone", "--format=json"],
                           cwd=env.workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if r.returncode != 0:
            rows.append([t, "error: " + r.stderr.decode(errors="replace").strip().splitlines()[-1][:120], "", "", ""])
            continue
        j = json_loads(r.stdout)
        for f in j.get("files", []):
            st = {x["stage"]: x["bytes"] for x in f.get("stages", [])}
            for p in ("relocate-upvars", "relocate-upvars-pack"):
                if p in st and "lower" in st and st[p] != st["lower"]:
                    moved.setdefault((t, p), []).append((f["file"], st["lower"], st[p]))
        tot = upvars_bytes_totals(j)
        base = tot.get("lower")
        cells = [t, str(tot.get("rustc", "")), str(base)]
        for p in ("relocate-upvars", "relocate-upvars-pack"):
            cells.append("%d (%s)" % (tot[p], fmt_delta(base - tot[p], base)) if p in tot and base else "?")
        rows.append(cells)
    L.extend(md_table(["target, Oz, release", "rustc", "lower", "relocate-upvars alone",
                       "relocate-upvars-pack alone"], rows, "lrrrr"))
    w("")
    w("text+ro bytes of the bench corpus (every file's crate summed), against the emitted baseline (`lower`). "
      "The emitter lays a future out at the layout's offsets (a union of views), so the relocated layout is "
      "what rustc compiles. The prologue adds one copy per relocated upvar to the resume fn; what LLVM "
      "makes of it is in the table; per file:")
    w("")
    for (t, p), lst in sorted(moved.items()):
        grew = [x for x in lst if x[2] > x[1]]
        w("- %s, %s: %d files smaller, %d larger%s" % (
            t, p, len(lst) - len(grew), len(grew),
            (": " + ", ".join("%s %d -> %d" % (os.path.basename(f), a, b) for f, a, b in grew)) if grew else ""))
    w("")


def upvars_bytes_totals(j):
    """{"rustc": bytes, stage: bytes} from `coroslim bytes --format=json`'s totals."""
    tot = j.get("totals", {})
    out = {"rustc": tot.get("rustc")}
    for st in tot.get("stages", []):
        out[st["stage"]] = st["bytes"]
    return out


def splice_section(path, header, lines):
    """Replace (or append) the section starting at `header` in the report at path with lines."""
    text = open(path).read().split("\n") if os.path.exists(path) else []
    if header in text:
        i = text.index(header)
        j = next((k for k in range(i + 1, len(text)) if text[k].startswith("## ")), len(text))
        text = text[:i] + lines + text[j:]
    else:
        text = text + [""] + lines
    with open(path, "w") as f:
        f.write("\n".join(text).rstrip() + "\n")

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--commit", default=None, help="build and measure this git revision (exact)")
    ap.add_argument("--bin", default=None, help="coroslim binary (default: ./coroslim, snapshotted)")
    ap.add_argument("--out", default=os.path.join(HERE, "REPORT.md"))
    ap.add_argument("--bytes", default="full", choices=["full", "quick", "none"],
                    help="machine-code bytes through rustc 1.95 (coroslim bytes): every setting, one, or none")
    ap.add_argument("--section", default=None, choices=["upvars", "images"],
                    help="regenerate only this section of the report in place (relocate-upvars, issue 26; "
                         "images: the firmware images, make cortex-m-image's linker)")
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="coroslim-report-")
    try:
        env = Env(tmp, a.commit, a.bin)
        if a.section == "upvars":
            L = []
            section_upvars(env, L, a.bytes)
            splice_section(a.out, UPVARS_HEADER, L)
            sys.stderr.write("wrote the relocate-upvars section of %s\n" % os.path.relpath(a.out, ROOT))
            return 0
        if a.section == "images":  # issue 22: the emitted images' JumpThreading rule
            files = sorted("bench/" + f for f in os.listdir(os.path.join(env.workdir, "bench")) if f.endswith(".rs"))
            L = []
            section_images(ImageRuns(env, files, a.bytes), L)
            splice_section(a.out, IMAGES_HEADER, L)
            sys.stderr.write("wrote the firmware images section of %s\n" % os.path.relpath(a.out, ROOT))
            return 0
        files = sorted(f for f in os.listdir(os.path.join(env.workdir, "bench")) if f.endswith(".rs"))
        files = ["bench/" + f for f in files]
        rel = Mode(env, files, "Release (`--release`, panic=unwind)", ["--release"])
        dbg = Mode(env, files, "Debug (no `--release`, panic=unwind)", [])
        abort = Mode(env, files, "Release, panic=abort", ["--release", "--panic=abort"])
        two_path = os.path.join(tmp, "two_awaits.rs")
        with open(two_path, "w") as f:
            f.write(TWO_AWAITS_RS)
        two = [("debug", env.run(["stats", two_path, "--format=json"])),
               ("release", env.run(["stats", two_path, "--release", "--format=json"]))]
        out_dir = os.path.dirname(os.path.abspath(a.out))
        svg_scatter(rel, os.path.join(out_dir, "stmts.svg"),
                    "Statements per coroutine, release: after lowering vs after the whole pipeline")
        svg_patterns(rel, os.path.join(out_dir, "patterns.svg"),
                     "Statements per pattern, release")
        bytes_runs = BytesRuns(env, files, a.bytes)
        chart = None
        good = [r for r in bytes_runs.runs if "error" not in r and r["panic"] == "abort"]
        if good:
            run = good[0]
            label = bytes_label(run)
            n = svg_bytes_vs_stmts(run, abort, os.path.join(out_dir, "bytes-vs-stmts.svg"),
                                   "Per coroutine, %s: bytes saved vs MIR statements saved" % label)
            if n:
                chart = ("bytes-vs-stmts.svg", label, n)
        images = ImageRuns(env, files, a.bytes)
        write_report(env, [rel, dbg], abort, two, rustc_two_awaits(tmp), a.out, bytes_runs, images, chart)
        sys.stderr.write("wrote %s, stmts.svg, patterns.svg%s\n" % (os.path.relpath(a.out, ROOT),
                                                                    ", bytes-vs-stmts.svg" if chart else ""))
        for m in (rel, dbg, abort):
            for p in m.problems:
                sys.stderr.write("report.py: stats inconsistency (%s): %s\n" % (m.title, p))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
