#!/usr/bin/env python3
"""bench/speed.py -- how fast coroslim runs the whole pipeline, and how time grows with input size.

usage: python3 bench/speed.py [--sizes=1000,10000,100000] [--runs=5] [--rustc-cap=600]
                              [--rustc-sizes=1000,10000,100000] [--no-rustc] [--no-callgrind]
                              [--callgrind-sizes=1000,10000] [--commit=REV] [--out=bench/SPEED.md]
       python3 bench/speed.py --generate=N        (print the generated module of N async fns)

`make bench-speed` runs it with the defaults and writes bench/SPEED.md.

Generates deterministic modules of N async fns (a mix of the bench corpus patterns: leaf futures,
single-await wrappers with and without pre/postamble, match and if/else arms awaiting the same callee,
loops with awaits, retry loops with continue/break, awaitless fns with and without a guard, guards held
across an await, several awaits in a row, async blocks), then times, median of --runs runs (after
--warmup untimed runs of coroslim at each size: whatever ran before, another size, rustc or callgrind,
leaves this shared VM's memory cold, and a run that first touches cold pages pays the kernel for it,
DESIGN.md "Threads"; so every size is measured warm):

  * coroslim: `./coroslim stats FILE --release --format=json >/dev/null` (lower + the whole pipeline +
    stats, end to end, including parsing and the frontend); statements = the total lowered statements
    reported by that command; with its default threads (COROSLIM_JOBS, else the online CPUs) and again
    with --jobs=1 (one thread), so that both the wall clock and the work are on record;
  * rustc, the alternative a user has today: `rustc --edition 2021 --crate-type=lib --emit=mir
    -C opt-level=0` on a crate that `include!`s tests/rust/prelude.rs and the generated module,
    each run capped at --rustc-cap seconds;
  * instruction counts: `valgrind --tool=callgrind` on coroslim for --callgrind-sizes (repeatable on a
    noisy shared machine), with the top functions by exclusive instructions.

Python 3 stdlib only. The binary is snapshotted to a temp dir before measuring, so a concurrent rebuild
of ./coroslim cannot change it mid-run; --commit=REV builds REV from `git archive` instead (exact).
"""
import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import report  # noqa: E402  (binary snapshot, commit info, formatting helpers)

ROOT = report.ROOT
PRELUDE = os.path.join(ROOT, "tests", "rust", "prelude.rs")

# ---------------------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------------------


class Lcg:
    """A fixed 64-bit LCG (Knuth MMIX constants): the same module on every Python version."""

    def __init__(self, seed):
        self.s = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.s >> 33

    def below(self, n):
        return self.next() % n


# (kind, weight): roughly the mix of the bench corpus, weighted toward what embedded code has most of.
KINDS = [
    ("leaf", 10),         # forward_*/driver_*: the bottom future, awaits yield_now
    ("wrapper", 14),      # wrapper_*/forward_*: `g(x).await` only
    ("prepost", 10),      # wrapper_scale: preamble, one await, postamble
    ("match_same", 8),    # protocol_*: every arm awaits the same callee
    ("if_same", 6),       # protocol_if_same: if/else arms await the same callee
    ("loop", 8),          # driver_adc / mixed_sensor_hub: a while loop around an await
    ("retry", 6),         # retry_*: continue / break around a fallible await
    ("awaitless", 12),    # awaitless_*: no await at all
    ("awaitless_guard", 4),  # awaitless_guarded: a guard, no await
    ("guard_across", 6),  # wrapper_mutex_guard / driver_spi_flash: a guard live across the await
    ("sequence", 10),     # driver_bme280: several awaits in a row, values live across
    ("block", 6),         # block_*: an async block awaited in place
]
KIND_TABLE = [k for k, w in KINDS for _ in range(w)]


MAX_DEPTH = 6  # nesting of futures: app -> device -> bus -> peripheral -> timer, like the corpus


def gen_fn(i, rng, callable_fns):
    """Source of async fn f{i}(x: u32) -> u32 and its kind. Callees are earlier fns only (no recursion),
    taken from `callable_fns` (indices whose future nests at most MAX_DEPTH - 1 deep): half the time one
    of the 16 most recent (a driver calls its neighbours), else any. The nesting depth stays bounded as
    in real code (and rustc's layout queries stay under their depth limit)."""
    k = 1 + rng.below(250)
    kind = "leaf" if i < 4 else KIND_TABLE[rng.below(len(KIND_TABLE))]

    def callee():
        c = len(callable_fns)
        if rng.below(2) == 0:
            return "f%d" % callable_fns[c - 1 - rng.below(min(c, 16))]
        return "f%d" % callable_fns[rng.below(c)]

    g = callee() if i else None
    h = callee() if i else None
    name = "f%d" % i
    if kind == "leaf":
        body = "    yield_now().await;\n    x %% 1000 + %d\n" % k
    elif kind == "wrapper":
        body = "    %s(x).await\n" % g
    elif kind == "prepost":
        body = ("    let y = if x > %d { %d } else { x };\n"
                "    let r = %s(y).await;\n"
                "    r %% 1000 * 3 / 2 + 1\n") % (k, k, g)
    elif kind == "match_same":
        body = ("    match x %% 4 {\n"
                "        0 => %s(%d).await,\n"
                "        1 => %s(%d).await,\n"
                "        2 => %s(x %% 100).await,\n"
                "        _ => %s(%d).await,\n"
                "    }\n") % (g, k, g, k + 1, g, g, k + 2)
    elif kind == "if_same":
        body = ("    if x %% 2 == 0 {\n"
                "        %s(%d).await\n"
                "    } else {\n"
                "        %s(%d).await\n"
                "    }\n") % (g, k, g, k + 7)
    elif kind == "loop":
        body = ("    let mut i = 0u32;\n"
                "    let mut acc = 0u32;\n"
                "    while i < x %% 8 {\n"
                "        acc += %s(i).await %% 100;\n"
                "        i += 1;\n"
                "    }\n"
                "    acc\n") % g
    elif kind == "retry":
        body = ("    let mut tries = 0u32;\n"
                "    let mut r = 0u32;\n"
                "    while tries < 3 {\n"
                "        tries += 1;\n"
                "        r = %s(x %% 1000 + tries).await;\n"
                "        if r %% 2 == 0 {\n"
                "            continue;\n"
                "        }\n"
                "        break;\n"
                "    }\n"
                "    r\n") % g
    elif kind == "awaitless":
        body = ("    let a = x %% 1000 * 3 %% 17;\n"
                "    if a > 5 { a - 5 } else { a + %d }\n") % k
    elif kind == "awaitless_guard":
        body = ("    let _cs = guard(%d);\n"
                "    observe(x);\n"
                "    x %% 1000 + 1\n") % k
    elif kind == "guard_across":
        body = ("    let _g = guard(%d);\n"
                "    let r = %s(x).await;\n"
                "    observe(r);\n"
                "    r %% 1000\n") % (k, g)
    elif kind == "sequence":
        body = ("    let a = %s(x).await %% 1000;\n"
                "    let b = %s(a + %d).await %% 1000;\n"
                "    observe(b);\n"
                "    a + b\n") % (g, h, k)
    elif kind == "block":
        body = ("    let fut = async move { %s(x).await %% 1000 };\n"
                "    let v = fut.await;\n"
                "    v + %d\n") % (g, k)
    else:
        raise AssertionError(kind)
    callees = {"leaf": [], "awaitless": [], "awaitless_guard": [], "sequence": [g, h]}.get(kind, [g])
    return "async fn %s(x: u32) -> u32 {\n%s}\n" % (name, body), kind, callees


def generate(n, seed=8):
    rng = Lcg(seed * 1000003 + n)
    out = ["// generated by bench/speed.py: %d async fns, seed %d\n" % (n, seed)]
    counts = {}
    depth = []          # depth[i]: how many futures deep f{i}'s future nests (a leaf is 1)
    callable_fns = []   # indices with depth < MAX_DEPTH, in order
    for i in range(n):
        src, kind, callees = gen_fn(i, rng, callable_fns)
        d = 1 + max([depth[int(c[1:])] for c in callees] or [0])
        depth.append(d)
        if d < MAX_DEPTH:
            callable_fns.append(i)
        counts[kind] = counts.get(kind, 0) + 1
        out.append(src)
    counts["max_depth"] = max(depth) if depth else 0
    return "".join(out), counts


# ---------------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------------



CALLGRIND_SLOWDOWN = 25  # callgrind runs coroslim about 22x slower than native (measured at 1k fns)


MEM_CAP = [None]  # bytes of address space per measured process (--mem-cap), so a blow-up cannot OOM the machine


def _limit():
    if MEM_CAP[0]:
        resource.setrlimit(resource.RLIMIT_AS, (MEM_CAP[0], MEM_CAP[0]))


def timed(cmd, cap=None, cwd=None, rss_file=None, limit=True):
    """(seconds, returncode, stdout, (peak RSS in KB, user s, sys s) or None, stderr tail) of one run;
    returncode None when killed at the time cap."""
    full = cmd
    if rss_file and os.path.exists("/usr/bin/time"):
        full = ["/usr/bin/time", "-f", "%M %U %S", "-o", rss_file] + cmd
    t0 = time.perf_counter()
    p = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, start_new_session=True,
                         preexec_fn=_limit if limit else None)
    try:
        out, err = p.communicate(timeout=cap)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)  # our own process group: /usr/bin/time and the measured child
        out, err = p.communicate()
        rc = None
    dt = time.perf_counter() - t0
    tail = err.decode(errors="replace").strip()[-2000:]
    if rc not in (0, None):
        sys.stderr.write("speed.py: %s failed (%s):\n%s\n" % (" ".join(cmd), rc, tail))
    rss = None
    if rss_file and rc == 0:
        try:
            with open(rss_file) as f:
                kb, user, sys_ = f.read().split()[-3:]
                rss = (int(kb), float(user), float(sys_))
        except (OSError, ValueError, IndexError):
            rss = None
    return dt, rc, out, rss, tail


def failure_line(tail, rc):
    """The line of a failed run's stderr that says why: the first one naming an error or a failed
    allocation, else the last one."""
    lines = [l.strip() for l in tail.splitlines() if l.strip()]
    for l in lines:
        if re.search(r"error|failed|out of memory", l, re.I):
            return l[:200]
    return (lines[-1] if lines else "exit status %s" % rc)[:200]


def clean_fn(name, prefixes):
    name = re.sub(r"\s*\[[^\]]*\]\s*$", "", name)
    if name.startswith("./") and ":" in name:  # glibc's own sources
        name = "libc:" + name.split(":", 1)[1]
    for pre in prefixes:
        name = name.replace(pre.rstrip("/") + "/", "")
    return name


def callgrind(binary, args, outdir, tag, cap, prefixes):
    """{'total', 'exclusive': [(Ir, fn)], 'inclusive': [(Ir, fn)], 'callers': {fn: [(Ir, calls, caller)]}}
    or None when valgrind failed or hit the cap."""
    out = os.path.join(outdir, "callgrind.%s.out" % tag)
    dt, rc, _, _, tail = timed(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, binary] + args,
                               cap=cap, limit=False)
    if rc != 0:
        # killed (at the cap, or by a signal from outside): the instructions counted so far are a lower bound
        m = re.search(r"Collected\s*:\s*(\d+)", tail)
        return {"partial": int(m.group(1)) if m else None, "seconds": dt,
                "why": "killed at the cap" if rc is None else failure_line(tail, rc)}

    def annotate(*flags):
        return subprocess.run(["callgrind_annotate"] + list(flags) + [out], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL).stdout.decode(errors="replace")

    line_re = re.compile(r"^\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?(\S.*?)\s*$")

    def listing(text, keep):
        total, rows, started = None, [], False
        for line in text.splitlines():
            m = re.match(r"^\s*([\d,]+)\s+(?:\(100\.0%\)\s+)?PROGRAM TOTALS", line)
            if m:
                total = int(m.group(1).replace(",", ""))
                continue
            if line.startswith("Ir") and total is not None:
                started = True
                continue
            m = line_re.match(line)
            if started and m and not line.lstrip().startswith(("<", ">", "*")):
                fn = m.group(2)
                name = clean_fn(fn, prefixes)
                if keep(fn) and name not in [r[1] for r in rows]:
                    rows.append((int(m.group(1).replace(",", "")), name))
        return total, rows

    total, excl = listing(annotate("--threshold=100"), lambda fn: True)
    _, incl = listing(annotate("--inclusive=yes", "--threshold=100"),
                      lambda fn: "below main" not in fn and "libc-start" not in fn and "ld-linux" not in fn
                      and not fn.startswith("???") and not re.search(r":(main|cmd_stats)\b", fn))
    # callers of the top exclusive functions, from the caller tree
    tree = annotate("--tree=caller", "--inclusive=yes")
    want = [fn for _, fn in excl[:5]]
    callers = {}
    pending = []
    for line in tree.splitlines():
        if not line.strip():
            pending = []
            continue
        m = re.match(r"^\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?<\s+(.*?)\s+\((\d[\d,]*)x\)", line)
        if m:
            pending.append((int(m.group(1).replace(",", "")), int(m.group(3).replace(",", "")),
                            clean_fn(m.group(2), prefixes)))
            continue
        m = re.match(r"^\s*([\d,]+)\s+(?:\(\s*[\d.]+%\)\s+)?\*\s+(.*?)\s*$", line)
        if m:
            fn = clean_fn(m.group(2), prefixes)
            if fn in want and pending and len(pending) > len(callers.get(fn, [])):
                callers[fn] = sorted(pending, reverse=True)[:6]
            pending = []
    return {"total": total, "exclusive": excl[:15], "inclusive": incl[:15], "callers": callers,
            "seconds": dt}


class SavedEnv:
    """The provenance of a --json file, for --from-json."""

    def __init__(self, d):
        self.d = d
        self.cpus = d.get("cpus")

    def provenance_md(self):
        return self.d["provenance_md"]


def rustc_crate(dirpath, modpath):
    lib = os.path.join(dirpath, "lib.rs")
    with open(lib, "w") as f:
        f.write("#![allow(unused)]\ninclude!(%s);\ninclude!(%s);\n" % (json.dumps(PRELUDE), json.dumps(modpath)))
    return lib


def fmt_s(x):
    if x is None:
        return "-"
    return "%.3f s" % x if x < 100 else "%.0f s" % x


def fmt_ratio(ir):
    """An instructions ratio; negative = a lower bound."""
    return ("more than %.1fx" % -ir) if ir < 0 else "%.1fx" % ir


def fmt_int(x):
    return "{:,}".format(int(x))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1, help="untimed coroslim runs before the timed ones, per size")
    ap.add_argument("--cap", type=float, default=600.0, help="seconds per coroslim run (a capped size runs once)")
    ap.add_argument("--rustc-sizes", default="1000,10000,100000")
    ap.add_argument("--rustc-cap", type=float, default=600.0, help="seconds per rustc run")
    ap.add_argument("--no-rustc", action="store_true")
    ap.add_argument("--callgrind-sizes", default="1000,10000")
    ap.add_argument("--callgrind-cap", type=float, default=1800.0,
                    help="seconds per callgrind run; a size predicted to exceed it is skipped")
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--keep-callgrind", default=None, metavar="DIR",
                    help="keep the callgrind output files in DIR (default: deleted with the temp dir)")
    ap.add_argument("--mem-cap", type=float, default=10.0,
                    help="GB of address space per coroslim/rustc run (RLIMIT_AS); 0 = none")
    ap.add_argument("--commit", default=None, help="build and measure this git revision (exact)")
    ap.add_argument("--bin", default=None, help="coroslim binary (default: ./coroslim, snapshotted)")
    ap.add_argument("--out", default=os.path.join(HERE, "SPEED.md"))
    ap.add_argument("--json", default=None, help="also write the raw measurements to this file")
    ap.add_argument("--from-json", default=None, help="render --out from a --json file, measuring nothing")
    ap.add_argument("--generate", type=int, default=None, help="print the module of N fns and exit")
    a = ap.parse_args()

    if a.generate is not None:
        sys.stdout.write(generate(a.generate)[0])
        return 0

    if a.from_json:
        with open(a.from_json) as f:
            saved = json.load(f)
        for k, v in saved["args"].items():
            setattr(a, k, v)
        rows = {r["n"]: r for r in saved["rows"]}
        for r in rows.values():
            if "callgrind" in r and "exclusive" in r["callgrind"]:
                for key in ("exclusive", "inclusive"):
                    r["callgrind"][key] = [tuple(x) for x in r["callgrind"][key]]
                r["callgrind"]["callers"] = {k: [tuple(x) for x in v] for k, v in r["callgrind"]["callers"].items()}
        a.loadavg = saved["env"].get("loadavg")
        write_report(a, SavedEnv(saved["env"]), [r["n"] for r in saved["rows"]], rows)
        return 0
    MEM_CAP[0] = int(a.mem_cap * (1 << 30)) if a.mem_cap > 0 else None
    sizes = [int(x) for x in a.sizes.split(",") if x]
    rsizes = [] if a.no_rustc or shutil.which("rustc") is None else [int(x) for x in a.rustc_sizes.split(",") if x]
    csizes = [] if a.no_callgrind or shutil.which("valgrind") is None else \
        [int(x) for x in a.callgrind_sizes.split(",") if x]

    tmp = tempfile.mkdtemp(prefix="coroslim-speed-")
    a.loadavg = [os.getloadavg()[0]]
    try:
        env = report.Env(tmp, a.commit, a.bin)
        env.cpus = os.environ.get("COROSLIM_JOBS") or min(os.cpu_count() or 2, 8)
        binary = env.binary
        prefixes = [ROOT, env.workdir]
        rows = {}
        for n in sizes:
            src, kinds = generate(n)
            path = os.path.join(tmp, "gen_%d.rs" % n)
            with open(path, "w") as f:
                f.write(src)
            cmd = [binary, "stats", path, "--release", "--format=json"]
            times, rss, stats, capped, failed = [], [], None, False, None
            for r in range(a.warmup):
                timed(cmd, cap=a.cap)
            for r in range(a.runs):
                dt, rc, out, kb, tail = timed(cmd, cap=a.cap, rss_file=os.path.join(tmp, "rss"))
                if rc is None or rc != 0:
                    capped = True  # killed at the cap, or failed (out of memory at --mem-cap): no median
                    failed = None if rc is None else failure_line(tail, rc)
                    times.append(dt)
                    break  # one capped run says enough
                times.append(dt)
                rss.append(kb)  # (KB, user s, sys s) or None
                if stats is None:
                    # parsed after the timed runs: the parsed JSON of 100k coroutines is a few million
                    # Python objects, and the cyclic GC walking them while the next run's output is read
                    # took CPU from the measured run (100k fns: 7.07 s against 6.29 s timed from a shell)
                    stats = out
            # the same on one thread (--jobs=1): not for a size that did not finish
            times1, rss1 = [], []
            for r in range(0 if capped else a.runs):
                dt, rc, _, kb, _ = timed(cmd + ["--jobs=1"], cap=a.cap, rss_file=os.path.join(tmp, "rss"))
                if rc is None or rc != 0:
                    times1 = []
                    break
                times1.append(dt)
                rss1.append(kb)
            row = {"n": n, "lines": src.count("\n"), "kinds": kinds, "times": times, "capped": capped,
                   "times1": times1, "median1": statistics.median(times1) if times1 else None,
                   "user_sys1": ((statistics.median(k[1] for k in rss1), statistics.median(k[2] for k in rss1))
                                 if rss1 and all(rss1) else None),
                   "failed": failed,
                   "median": None if capped else statistics.median(times),
                   "rss_kb": max([k[0] for k in rss if k] or [0]) or None,
                   "user_sys": ((statistics.median(k[1] for k in rss), statistics.median(k[2] for k in rss))
                                if rss and all(rss) else None)}
            if stats:
                stats = report.json_loads(stats)
                tot = stats["totals"]["stages"]
                row.update(coros=len(stats["coroutines"]), stmts=tot[0]["stmts"], final_stmts=tot[-1]["stmts"])
            sys.stderr.write("coroslim %7d fns: %s; one thread: %s\n" % (
                n, ", ".join("%.3f s" % t for t in times) +
                (" (failed)" if failed else " (killed at the cap)" if capped else ""),
                ", ".join("%.3f s" % t for t in times1) or "-"))
            if n in rsizes:
                lib = rustc_crate(tmp, path)
                mp = os.path.join(tmp, "out_%d.mir" % n)
                rcmd = ["rustc", "--edition", "2021", "--crate-type=lib", "--emit=mir", "-C", "opt-level=0",
                        "-o", mp, lib]
                rt, rcapped, failed = [], False, False
                for r in range(a.runs):
                    dt, rc, _, _, tail = timed(rcmd, cap=a.rustc_cap, cwd=tmp)
                    rt.append(dt)
                    if rc is None:
                        rcapped = True
                        break
                    if rc != 0:
                        failed = failure_line(tail, rc)
                        break
                mir_lines = None
                if not rcapped and not failed and os.path.exists(mp):
                    with open(mp, errors="replace") as f:
                        mir_lines = sum(1 for _ in f)
                if os.path.exists(mp):
                    os.unlink(mp)
                row["rustc"] = {"times": rt, "capped": rcapped, "failed": failed, "mir_lines": mir_lines,
                                "median": None if rcapped or failed else statistics.median(rt)}
                sys.stderr.write("rustc    %7d fns: %s%s\n" % (n, ", ".join("%.2f s" % t for t in rt),
                                                                " (killed at the cap)" if rcapped else
                                                                " (failed)" if failed else ""))
            if n in csizes:
                predicted = (row["median"] or a.cap) * CALLGRIND_SLOWDOWN
                if capped or predicted > a.callgrind_cap:
                    row["callgrind"] = {"skipped": predicted}
                    sys.stderr.write("callgrind %6d fns: skipped (predicted %.0f s > cap %.0f s)\n" %
                                     (n, predicted, a.callgrind_cap))
                else:
                    cgdir = a.keep_callgrind or tmp
                    os.makedirs(cgdir, exist_ok=True)
                    cg = callgrind(binary, cmd[1:], cgdir, str(n), a.callgrind_cap, prefixes)
                    row["callgrind"] = cg
                    sys.stderr.write("callgrind %6d fns: %s\n" % (n, ("%s Ir" % fmt_int(cg["total"])) if "total" in cg
                                                                   else "did not finish: %s" % cg["why"]))
            rows[n] = row
        a.loadavg.append(os.getloadavg()[0])
        write_report(a, env, sizes, rows)
        if a.json:
            with open(a.json, "w") as f:
                json.dump({"env": {"provenance_md": env.provenance_md(), "rev": env.rev, "dirty": env.dirty,
                                   "binary_sha256": env.sha, "cpus": env.cpus, "loadavg": a.loadavg},
                           "args": {k: getattr(a, k) for k in ("runs", "cap", "rustc_cap", "callgrind_cap",
                                                              "mem_cap", "commit")},
                           "rows": [rows[n] for n in sizes]}, f, indent=1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def write_report(a, env, sizes, rows):
    L = []
    w = L.append
    w("# coroslim speed: the whole pipeline on %s async fns" % ", ".join(fmt_int(n) for n in sizes))
    w("")
    flags = "".join([(" --commit=" + a.commit) if a.commit else "", " --no-rustc" if a.no_rustc else "",
                     (" --runs=%d" % a.runs) if a.runs != 5 else ""])
    w("Generated by `make bench-speed` (`python3 bench/speed.py%s`); do not edit by hand, rerun it. Timings "
      "are benchmarks, not tests: wall-clock medians of %d runs on a shared machine (after %d untimed "
      "warm-up run%s per size), plus callgrind instruction counts, which do not depend on the load."
      % (flags, a.runs, a.warmup, "" if a.warmup == 1 else "s"))
    w("")
    w(env.provenance_md())
    w("- machine: %s, %d CPUs, %s; Python %s" % (platform.machine(), os.cpu_count() or 0,
                                                 platform.platform(terse=True), platform.python_version()))
    if getattr(a, "loadavg", None):
        w("- load average (1 min) when the runs started and ended: %s (the wall-clock figures scale with it; "
          "the instruction counts do not)" % " and ".join("%.1f" % x for x in a.loadavg))
    rv = subprocess.run(["rustc", "--version"], stdout=subprocess.PIPE,
                        stderr=subprocess.DEVNULL).stdout.decode().strip() if shutil.which("rustc") else "not installed"
    w("- rustc: %s; valgrind: %s" % (rv, subprocess.run(["valgrind", "--version"], stdout=subprocess.PIPE)
                                     .stdout.decode().strip() if shutil.which("valgrind") else "not installed"))
    w("- caps: %.0f s per coroslim run, %.0f s per rustc run, %.0f s per callgrind run (a capped size runs "
      "once; a callgrind run predicted to take longer than its cap, at %dx the native median, is skipped); "
      "%s of address space per coroslim or rustc run (RLIMIT_AS), so that a blow-up cannot take the shared "
      "machine's memory" % (a.cap, a.rustc_cap, a.callgrind_cap, CALLGRIND_SLOWDOWN,
                            ("%.0f GB" % a.mem_cap) if a.mem_cap > 0 else "no limit"))
    w("")

    # verdict first
    done = [n for n in sizes if not rows[n]["capped"]]
    rates = {n: rows[n]["stmts"] / rows[n]["median"] for n in done}
    growth = []
    for x, y in zip(sizes, sizes[1:]):
        rx, ry = rows[x], rows[y]
        if rx["capped"]:
            continue
        cgx, cgy = rx.get("callgrind", {}).get("total"), ry.get("callgrind", {}).get("total")
        if cgx and not cgy and ry.get("callgrind", {}).get("partial"):
            cgy = -ry["callgrind"]["partial"]  # negative: a lower bound (the run did not finish)
        if ry["failed"]:
            continue  # no time to compare with: reported in the table
        if ry["capped"]:
            growth.append((x, y, ry["times"][0] / rx["median"], True, None))
        else:
            growth.append((x, y, ry["median"] / rx["median"], False, (cgy / cgx) if cgx and cgy else None))
    ok_rate = bool(rates) and min(rates.values()) >= 1e6 and not any(rows[n]["capped"] for n in sizes)
    worst = max([g[2] for g in growth] + [abs(g[4]) for g in growth if g[4]] or [0])
    ok_growth = worst <= 11.0 and not any(g[3] and g[2] > 11 for g in growth)
    w("## Verdict")
    w("")
    if rates:
        lo_n = min(rates, key=rates.get)
        w("- **Throughput target (at least 1M IR statements/s end to end): %s.** Measured: %s." % (
            "met" if ok_rate else "MISSED",
            "; ".join("%s fns: %s stmts/s" % (fmt_int(n), fmt_int(rates[n])) for n in done) +
            ("; %s fns: did not finish (killed at the %.0f s cap or out of memory; see below)" % (
                ", ".join(fmt_int(n) for n in sizes if rows[n]["capped"]), a.cap)
             if any(rows[n]["capped"] for n in sizes) else "")))
        del lo_n
    one = [n for n in done if rows[n].get("median1")]
    if one:
        w("- On one thread (`--jobs=1`, the tool's work without the second CPU): %s; growth %s." % (
            "; ".join("%s fns: %s stmts/s" % (fmt_int(n), fmt_int(rows[n]["stmts"] / rows[n]["median1"]))
                      for n in one),
            "; ".join("%s -> %s fns: %.1fx" % (fmt_int(x), fmt_int(y), rows[y]["median1"] / rows[x]["median1"])
                      for x, y in zip(one, one[1:]))))
    w("- **Growth target (at most 11x time per 10x input): %s.** %s." % (
        "met" if ok_growth else "MISSED",
        "; ".join("%s -> %s fns: %s%.1fx" % (fmt_int(x), fmt_int(y), "more than " if c else "", r)
                  + (" (instructions %s)" % fmt_ratio(ir) if ir else "") for x, y, r, c, ir in growth)))
    rs = [n for n in sizes if "rustc" in rows[n]]
    if rs:
        cmp_ = []
        for n in rs:
            r = rows[n]["rustc"]
            if r["median"] and rows[n]["median"]:
                cmp_.append("%s fns: rustc %s, coroslim %s" % (fmt_int(n), fmt_s(r["median"]), fmt_s(rows[n]["median"])))
            elif r["median"] and rows[n]["capped"]:
                cmp_.append("%s fns: rustc %s, coroslim more than %s" % (fmt_int(n), fmt_s(r["median"]), fmt_s(a.cap)))
        if cmp_:
            w("- Against `rustc --emit=mir -C opt-level=0` on the same source: " + "; ".join(cmp_) + ".")
    linear_ir = bool(growth) and all(g[4] and 0 < g[4] <= 11.0 for g in growth if g[4]) and \
        any(g[4] for g in growth)
    if not ok_growth and linear_ir:
        w("")
        w("The tool misses its growth target in wall-clock time only: the instructions it executes grow "
          "linearly (the callgrind ratios above), so no work done per fn scans the whole module. The excess "
          "is memory: the smallest module's IR fits in the last-level cache and the larger ones do not (every "
          "stage walks the whole module), and the largest pays the kernel for first touching each page of "
          "its peak RSS (the sys time in the table below).")
    elif not ok_growth:
        w("")
        w("The tool misses its target: time grows superlinearly with the number of fns, so some work done "
          "per fn (or per coroutine) itself scans all fns or coroutines. The callgrind profile below names "
          "the functions, and the callers table names the loops.")
    elif not ok_rate:
        w("")
        w("The tool misses its throughput target although it grows linearly: the profile below shows where "
          "the constant factor goes.")
    w("")

    w("## Input")
    w("")
    w("`python3 bench/speed.py --generate=N` prints the module of N fns (deterministic: a fixed 64-bit LCG, "
      "seed 8). Every fn is `async fn fI(x: u32) -> u32`; callees are earlier fns (half the time one of the "
      "16 most recent), and the nesting of futures is bounded at %d deep as in real driver stacks, so the "
      "module compiles with rustc (checked by the rustc runs below). The mix of the corpus patterns:" % MAX_DEPTH)
    w("")
    kinds = [k for k, _ in KINDS]
    w("| fns | " + " | ".join(kinds) + " | source lines |")
    w("|---:|" + "---:|" * len(kinds) + "---:|")
    for n in sizes:
        r = rows[n]
        w("| %s | %s | %s |" % (fmt_int(n), " | ".join(fmt_int(r["kinds"].get(k, 0)) for k in kinds),
                                fmt_int(r["lines"])))
    w("")

    w("## coroslim, end to end")
    w("")
    w("Command (FILE = the generated module): `./coroslim stats FILE --release --format=json >/dev/null`: "
      "parse, sema, MIR building, rustc's state transform, elide-awaitless, inline-single-await, "
      "merge-states, panic-to-pending, and the stats (which also build the file's sync twin). Each "
      "coroutine body goes through the state transform as soon as the frontend has built it; the verifier "
      "runs after the state transform and after the last pass (`--verify-each`, which `coroslim check` "
      "always uses, adds a run on the built IR and one per pass). Statements = the total lowered resume-fn statements (`totals.stages[0].stmts` "
      "of that command's JSON).")
    w("")
    w("Threads (DESIGN.md, \"Threads\"): by default the command uses %s here (COROSLIM_JOBS unset: the "
      "online CPUs, at most 8): fn bodies are built and transformed on all of them; the verifier, the "
      "per-stage counts, merge-states, panic-to-pending and inline-single-await's type index and screen "
      "split their loops over them; the sync twin is built on a thread of its own from the start, at the "
      "lowest priority; the rest (parse, sema, elide-awaitless, inline-single-await's rewrites) runs on one. "
      "The output is the same whatever the number of threads "
      "(`make check` compares it). The one-thread columns are the same command with `--jobs=1`, which "
      "runs everything on one thread: the work the tool does, without the second CPU; user + sys is the "
      "CPU time of all threads together." % ("%s threads" % (getattr(env, "cpus", None) or "?")))
    w("")
    w("| fns | coroutines | lowered stmts | after pipeline | time (median) | runs | user + sys (medians) "
      "| stmts/s | peak RSS | one thread: time (median) | runs | user + sys | stmts/s |")
    w("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---:|")
    for n in sizes:
        r = rows[n]
        if r["capped"]:
            w("| %s | - | - | - | > %s | %s after %.0f s | - | < %s | - | - | - | - | - |" % (
                fmt_int(n), fmt_s(r["times"][0]),
                ("failed: `%s`" % r["failed"]) if r["failed"] else "killed at the cap", r["times"][0],
                fmt_int(rows[done[-1]]["stmts"] * n / done[-1] / r["times"][0]) if done else "?"))
            continue
        us, us1, m1 = r.get("user_sys"), r.get("user_sys1"), r.get("median1")
        w("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            fmt_int(n), fmt_int(r["coros"]), fmt_int(r["stmts"]), fmt_int(r["final_stmts"]), fmt_s(r["median"]),
            ", ".join("%.3f" % t for t in r["times"]), ("%.2f + %.2f s" % tuple(us)) if us else "?",
            fmt_int(r["stmts"] / r["median"]),
            ("%s MB" % fmt_int(r["rss_kb"] // 1024)) if r.get("rss_kb") else "?",
            fmt_s(m1) if m1 else "-", ", ".join("%.3f" % t for t in r.get("times1", [])) or "-",
            ("%.2f + %.2f s" % tuple(us1)) if us1 else "-", fmt_int(r["stmts"] / m1) if m1 else "-"))
    if any(rows[n]["capped"] for n in sizes) and done:
        w("")
        w("A size that did not finish has no statement count; its stmts/s bound assumes %s statements per "
          "fn as at %s fns, over the time it ran." % ("%.1f" % (rows[done[-1]]["stmts"] / done[-1]),
                                                      fmt_int(done[-1])))
    w("")
    w("### Growth (10x input)")
    w("")
    w("| from | to | time ratio (wall) | instructions ratio (callgrind) |")
    w("|---:|---:|---:|---:|")
    for x, y, r, c, ir in growth:
        w("| %s | %s | %s%.2fx | %s |" % (fmt_int(x), fmt_int(y), "> " if c else "", r, fmt_ratio(ir) if ir else "-"))
    w("")

    cg = [n for n in sizes if rows[n].get("callgrind")]
    if cg:
        w("## Instruction counts (callgrind)")
        w("")
        w("Command: `valgrind --tool=callgrind --callgrind-out-file=OUT ./coroslim stats FILE --release "
          "--format=json`, then `callgrind_annotate OUT` (exclusive), `--inclusive=yes`, `--tree=caller`. "
          "To reproduce one by hand: `python3 bench/speed.py --generate=1000 > /tmp/gen.rs && valgrind "
          "--tool=callgrind --callgrind-out-file=/tmp/cg.out ./coroslim stats /tmp/gen.rs --release "
          "--format=json >/dev/null && callgrind_annotate --auto=yes /tmp/cg.out` (per-line costs).")
        w("")
        w("| fns | instructions | per lowered stmt | callgrind run |")
        w("|---:|---:|---:|---:|")
        for n in cg:
            c = rows[n]["callgrind"]
            if "skipped" in c:
                w("| %s | not run: predicted %.1f h > the %.0f s cap | - | - |" % (
                    fmt_int(n), c["skipped"] / 3600, a.callgrind_cap))
            elif "total" not in c:
                part = c.get("partial")
                w("| %s | did not finish (%s); more than %s counted | more than %s | %s |" % (
                    fmt_int(n), c.get("why", "failed"), fmt_int(part) if part else "?",
                    fmt_int(part / rows[n]["stmts"]) if part and rows[n].get("stmts") else "?",
                    fmt_s(c.get("seconds"))))
            else:
                w("| %s | %s | %s | %s |" % (fmt_int(n), fmt_int(c["total"]), fmt_int(c["total"] / rows[n]["stmts"]),
                                             fmt_s(c["seconds"])))
        w("")
        prof = [n for n in cg if rows[n]["callgrind"].get("total")]
        if prof:
            n = prof[-1]
            c = rows[n]["callgrind"]
            w("### Profile at %s fns" % fmt_int(n))
            w("")
            for key, title in (("exclusive", "Top functions by exclusive instructions:"),
                               ("inclusive", "Top functions by inclusive instructions (callees included):")):
                w(title)
                w("")
                w("| instructions | % | function |")
                w("|---:|---:|---|")
                for ir, fn in c[key]:
                    w("| %s | %.1f%% | `%s` |" % (fmt_int(ir), 100.0 * ir / c["total"], fn))
                w("")
            if c["callers"]:
                w("Who calls the top exclusive functions (instructions spent in the function and its callees "
                  "on behalf of that caller, number of calls):")
                w("")
                w("| function | caller | instructions | calls |")
                w("|---|---|---:|---:|")
                for fn, _ in [(f, 0) for _, f in c["exclusive"][:5]]:
                    for ir, calls, caller in c["callers"].get(fn, []):
                        w("| `%s` | `%s` | %s | %s |" % (fn, caller, fmt_int(ir), fmt_int(calls)))
                w("")
    if rs:
        w("## The alternative today: rustc --emit=mir")
        w("")
        w("Command: `rustc --edition 2021 --crate-type=lib --emit=mir -C opt-level=0 -o OUT.mir lib.rs` with "
          "`lib.rs` = `#![allow(unused)] include!(\"tests/rust/prelude.rs\"); include!(\"FILE\");` (a temp "
          "crate). rustc does more than coroslim (name resolution, trait solving, borrowck, every MIR pass up "
          "to optimized MIR and its printing) and less (no pass pipeline, no sync twin), so this is the cost "
          "of the tool a user has today for looking at these state machines, not a like-for-like comparison. "
          "Capped at %.0f s per run; a capped size runs once." % a.rustc_cap)
        w("")
        w("| fns | rustc time (median) | runs | MIR lines printed | coroslim time | coroslim / rustc |")
        w("|---:|---:|---|---:|---:|---:|")
        for n in rs:
            r = rows[n]["rustc"]
            cm = rows[n]["median"]
            if r["failed"]:
                w("| %s | failed after %s: `%s` | %s | - | %s | - |" % (
                    fmt_int(n), fmt_s(r["times"][-1]), r["failed"], ", ".join("%.2f" % t for t in r["times"]),
                    fmt_s(cm) if cm else "did not finish"))
            elif r["capped"]:
                w("| %s | > %s (killed at the cap) | %s | - | %s | %s |" % (
                    fmt_int(n), fmt_s(a.rustc_cap), ", ".join("%.1f" % t for t in r["times"]),
                    fmt_s(cm) if cm else "> %s" % fmt_s(a.cap), "-"))
            else:
                w("| %s | %s | %s | %s | %s | %s |" % (
                    fmt_int(n), fmt_s(r["median"]), ", ".join("%.2f" % t for t in r["times"]),
                    fmt_int(r["mir_lines"]) if r["mir_lines"] else "?",
                    fmt_s(cm) if cm else "> %s" % fmt_s(a.cap),
                    ("%.2fx" % (cm / r["median"])) if cm else "> %.1fx" % (a.cap / r["median"])))
        w("")
        rg = []
        for x, y in zip(rs, rs[1:]):
            mx, my = rows[x]["rustc"]["median"], rows[y]["rustc"]["median"]
            if mx and my:
                rg.append("%s -> %s fns: %.2fx" % (fmt_int(x), fmt_int(y), my / mx))
        if rg:
            w("rustc's own growth per 10x input: " + "; ".join(rg) + ".")
            w("")
    skipped = [n for n in sizes if "rustc" not in rows[n]]
    if skipped and rs:
        w("rustc was not run on %s fns (`--rustc-sizes`)." % ", ".join(fmt_int(n) for n in skipped))
        w("")
    # bench/robust_speed.py's section (between its markers) is kept as it is
    keep = ""
    if os.path.exists(a.out):
        old = open(a.out).read()
        b, e = old.find("<!-- robust-speed begin -->"), old.find("<!-- robust-speed end -->")
        if 0 <= b < e:
            keep = "\n" + old[b:e] + "<!-- robust-speed end -->\n"
    with open(a.out, "w") as f:
        f.write("\n".join(L).rstrip() + "\n" + keep)
    sys.stderr.write("wrote %s\n" % a.out)


if __name__ == "__main__":
    sys.exit(main())
