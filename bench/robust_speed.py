#!/usr/bin/env python3
"""bench/robust_speed.py -- time and peak memory on one large fn or one deep chain (issue 23).

usage: python3 bench/robust_speed.py [--bin=./coroslim] [--cap=300] [--mem-cap=4] [--out=bench/SPEED.md]
                                     [--only=lets,awaits,arms,guards,litguards,litranges,mergearms,chain,fnawaits,blocks,ifinc,letrefguards,
                                            borrowarms,iflettemps,
                                            asyncparampats]
                                     [--runs=5]
                                     [--short-runs=15] [--short=1] [--budget=240]
                                     [--instructions-below=3] [--ll-kb=4096]

`make bench-robust` runs it. A benchmark, not a test. The sizes of one input run round by round, each
round in the reverse order of the one before (ABBA: a load that rises or falls over the rounds falls on
every size alike); every size runs --runs times, --short-runs times when every size's first run took
less than --short CPU seconds (the short runs' ratios move most), fewer when a first run took more than
--budget / --runs seconds of wall time (as many as fit in --budget, at least one). Each run is capped at
--cap seconds and --mem-cap GB of address space (RLIMIT_AS), so that a blow-up cannot take the shared
machine. Per run, from the kernel's rusage of the child (wait4: microseconds, not the 10 ms of
`/usr/bin/time`'s %U): user and system CPU seconds (all threads), peak RSS and minor page faults; the
table gives the median and the minimum of the CPU seconds and every run's, and the medians of the rest.
The 11x target is read from the growth of the minimum: another process on the machine can only add
CPU time to a run, never take any away, so the least-disturbed run is the nearest to the program's own
cost (the section's text says more). The runs of at most --instructions-below user seconds also
run once under cachegrind, for their instruction count and the data reads and writes that miss a
simulated last-level cache of --ll-kb KiB (this machine's per-core L2 size by default), which the load
does not change. The inputs come from tests/robust/gen.py:

  lets    one async fn with N shadowing `let x = x + K;` (debug build: an overflow check, so a block,
          per let)                                     `coroslim stats FILE --format=json`
  awaits  one async fn with N awaits                   `coroslim stats FILE --release --format=json`
  arms    one async fn with a `match` of N arms        `coroslim stats FILE --release --format=json`
  guards  one async fn with a `match` of N guarded arms binding the scrutinee (`v if v == I => ..`: the
          borrow checker's flow per guard)         `coroslim verify FILE`
  litguards  one async fn with a `match` of N guarded arms on literals, every other one an or-pattern
          (`2I | 2I+1 if y == I => ..`: exhaustiveness' integer column and the match tree's buckets)
                                                       `coroslim verify FILE`
  litranges  one async fn with a `match` of N arms alternating literals and ranges (`3I =>`,
          `3I..=3I+1 =>`: the switch's value and failure sets, the run of N/2 range tests in its failure
          branch)                                      `coroslim verify FILE`
  mergearms  one async fn with a `match` of N arms, each awaiting the same async fn (merge-states
          merges their N states into one)              `coroslim stats FILE --release --format=json`
  chain   N async fns, each awaiting the next, checked from its root
                                                       `coroslim check FILE --entry foo`
  chain-all   the same, every async fn of it checked   `coroslim check FILE`
  chain-root  the same, its root polled once            `coroslim run FILE --entry foo`
  fnawaits  one async fn awaiting N calls of another async fn (a future with drop glue per await:
          ElaborateDrops' move paths)                    `coroslim verify FILE`
  blocks  one async fn awaiting N async blocks          `coroslim verify FILE`
  ifinc   one async fn with N `if a > I { a = a + 1; }` on one `let mut a` (quad32)
                                                       `coroslim verify FILE`
  letrefguards  one async fn with N `let ref _rI = guard(x + I);` before one await: N saved locals, all in
          conflict (quad38)                            `coroslim check FILE --jobs=1`
  borrowarms  one async fn with a `match` of N arms each `I => id(Some(&y))`, the value read after an await
          (bcj39: the borrow checker's joins of the arms' values and event nodes)
                                                       `coroslim verify FILE`
  iflettemps  one async fn with an else-if-let chain of N links each on a borrowed temporary (bcj39: the
          joins of the links' flows)                   `coroslim verify FILE`
  asyncparampats  an async fn with N `&xI: &u32` pattern parameters (N upvars, relocated by relocate-upvars:
          one class of N in conflict, conf39), awaited from `foo`  `coroslim check FILE --jobs=1`

The target (issue 23): every run under 2 GB, and time and memory growing at most 11x per 10x input.
Writes the section between the `robust-speed` markers of --out (bench/speed.py keeps it). With --only,
the rows of the other inputs are kept from the section as it was, and the section says which rows
were rerun and which commit the kept ones came from.
"""
import argparse
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GEN = os.path.join(ROOT, "tests", "robust", "gen.py")
BEGIN, END = "<!-- robust-speed begin -->", "<!-- robust-speed end -->"

CASES = [
    ("lets", "shadowed lets in one fn (debug)", [10000, 100000], ["stats", None, "--format=json"]),
    ("awaits", "awaits in one fn (release)", [1000, 10000], ["stats", None, "--release", "--format=json"]),
    ("arms", "match arms in one fn (release)", [10000, 100000], ["stats", None, "--release", "--format=json"]),
    ("guards", "guarded match arms binding the scrutinee, built and verified", [10000, 100000], ["verify", None]),
    ("litguards", "guarded match arms on literals and or-patterns, built and verified", [10000, 100000],
     ["verify", None]),
    ("litranges", "match arms alternating literals and ranges, built and verified", [10000, 100000],
     ["verify", None]),
    ("mergearms", "match arms awaiting one async fn, merged (release)", [100, 1000],
     ["stats", None, "--release", "--format=json"]),
    ("chain", "await chain depth, `check` of its root", [10000, 100000], ["check", None, "--entry", "foo"]),
    ("chain-all", "await chain depth, `check` of every async fn", [100, 1000], ["check", None]),
    ("chain-root", "await chain depth, its root polled once to the end", [10000, 100000],
     ["run", None, "--entry", "foo"]),
    ("fnawaits", "awaits of an async fn in one fn, built and verified", [4000, 40000], ["verify", None]),
    ("blocks", "awaited async blocks in one fn, built and verified", [4000, 40000], ["verify", None]),
    ("varloans", "variables borrowed across one await: 3N saved locals in one state (release)", [700, 7000],
     ["stats", None, "--release", "--format=json"]),
    ("varloans-check", "variables borrowed across one await, `check`", [210, 2100], ["check", None]),
    ("ifinc", "one `let mut` assigned in N ifs, built and verified", [10000, 100000], ["verify", None]),
    ("letrefguards", "`let ref` temporaries all saved and in conflict, `check`", [2000, 20000],
     ["check", None, "--jobs=1"]),
    ("borrowarms", "match arms each borrowing one local through a call, built and verified", [2000, 20000],
     ["verify", None]),
    ("iflettemps", "else-if-let links on borrowed temporaries, built and verified", [1000, 10000], ["verify", None]),
    ("asyncparampats", "pattern parameters of an async fn (upvars relocated together), `check`", [2000, 20000],
     ["check", None, "--jobs=1"]),
]


def run(cmd, cap, mem_cap):
    """One run: its status and the kernel's rusage of it (wait4, so microsecond CPU times)."""
    def limit():
        if mem_cap:
            resource.setrlimit(resource.RLIMIT_AS, (mem_cap, mem_cap))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, preexec_fn=limit, start_new_session=True)
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > cap:
                os.killpg(p.pid, 9)
                os.wait4(p.pid, 0)
                p.returncode = -9
                return {"status": "over the %.0f s cap" % cap, "wall": time.perf_counter() - t0, "done": False}
            time.sleep(0.002)
        wall = time.perf_counter() - t0
        p.returncode = rc = os.waitstatus_to_exitcode(status)
        res = {"wall": wall, "user": ru.ru_utime, "sys": ru.ru_stime, "cpu": ru.ru_utime + ru.ru_stime,
               "rss_mb": ru.ru_maxrss / 1024.0, "minflt": ru.ru_minflt}
        out.seek(0)
        err.seek(0)
        last = (out.read().decode(errors="replace").strip().splitlines()[-1:] or [""])[0]
        tail = (err.read().decode(errors="replace").strip().splitlines()[-1:] or [""])[0]
    m = re.search(r" stages: (ok|FAILED|INCOMPLETE)", last) if last.startswith("check ") else None
    verdict = m.group(1) if m else ""
    if rc == 0:
        res["status"] = "ok"
    elif "out of memory" in tail:
        res["status"] = "out of memory under the cap"
    elif rc < 0 or rc >= 128:
        res["status"] = "crashed (exit %d: %s)" % (rc, tail[:80])
    else:
        res["status"] = "exit %d, %s" % (rc, verdict or tail[:80])
    res["done"] = rc == 0 or bool(verdict)  # ran to its end (check: ok, FAILED or INCOMPLETE)
    return res


def valgrind_counts(cmd, cap, ll_kb):
    """Instructions, and data reads + writes missing a simulated last-level cache of ll_kb KiB, of one
    run under cachegrind (neither depends on the machine's load), or {}."""
    if not shutil.which("valgrind"):
        return {}
    full = ["valgrind", "--tool=cachegrind", "--cache-sim=yes", "--LL=%d,16,64" % (ll_kb * 1024),
            "--cachegrind-out-file=/dev/null"] + cmd
    try:
        p = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=cap)
    except subprocess.TimeoutExpired:
        return {}
    text = p.stderr.decode(errors="replace")
    ins = re.search(r"I\s+refs:\s+([\d,]+)", text)
    ll = re.search(r"LLd misses:\s+([\d,]+)", text)
    res = {}
    if ins:
        res["instructions"] = int(ins.group(1).replace(",", ""))
    if ll:
        res["llmiss"] = int(ll.group(1).replace(",", ""))
    return res


def ratio(a, b, key):
    if key in a and key in b and a[key] > 0:
        return "%.1fx" % (b[key] / a[key])
    return "-"


def run_sizes(kind, sizes, cmds, a, loads):
    """The runs of one input's sizes: round by round, each round's order the reverse of the one before
    (small, large, large, small, ...), so that a load that rises or falls over the rounds falls on every
    size alike. Every size runs as often as the others: --short-runs times when every size's first run
    took less than --short CPU seconds, else --runs times, fewer for a size whose first run's wall time
    does not fit --budget that often; a failed run is not repeated."""
    runs = {n: [] for n in sizes}
    want = {n: a.runs for n in sizes}
    rnd = 0
    while any(len(runs[n]) < want[n] for n in sizes):
        for n in (sizes if rnd % 2 == 0 else sizes[::-1]):
            if len(runs[n]) >= want[n]:
                continue
            load = os.getloadavg()[0]
            loads.append(load)
            sys.stderr.write("robust_speed: %s %d run %d ...\n" % (kind, n, len(runs[n]) + 1))
            r = run(cmds[n], a.cap, int(a.mem_cap * (1 << 30)) if a.mem_cap > 0 else 0)
            r["load"] = load
            runs[n].append(r)
            if not r.get("done"):
                want[n] = len(runs[n])  # a failure is not repeated
            elif rnd == 0 and r["wall"] * a.runs > a.budget:
                want[n] = max(1, min(a.runs, int(a.budget / max(r["wall"], 1e-3))))
        if rnd == 0 and all(r[0].get("done") and r[0]["cpu"] < a.short for r in runs.values()):
            want = {n: max(a.runs, a.short_runs) for n in sizes}
        rnd += 1
    return runs


def median_of(runs):
    """The medians of a size's runs (all of them ran to their end), or its first failure."""
    bad = [r for r in runs if not r.get("done")]
    if bad:
        return dict(bad[0], nruns=len(runs))
    med = {"status": runs[0]["status"], "done": True, "nruns": len(runs)}
    for key in ("wall", "user", "sys", "cpu", "rss_mb", "minflt"):
        vals = [r[key] for r in runs if key in r]
        if vals:
            med[key] = statistics.median(vals)
    med["cpu_runs"] = [r["cpu"] for r in runs if "cpu" in r]
    med["cpu_min"] = min(med["cpu_runs"])
    return med


COLUMNS = ["input", "command", "N", "status", "runs", "CPU s (median)", "CPU s (min)", "CPU s of each run",
           "user s", "sys s", "wall s", "peak RSS MB", "minor faults", "instructions", "LL misses",
           "growth (CPU median, CPU min, RSS, instructions, LL misses)"]


GROWTH_KEYS = {"CPU": "cpu", "CPU median": "cpu", "CPU min": "cpu_min", "RSS": "rss_mb",
               "instructions": "instructions", "LL misses": "llmiss"}


def parse_row(names, cells):
    """A kept table row back into a size's figures, from its printed cells (any earlier column order:
    the columns are found by their header's names; the minimum from the CPU of each run)."""
    c = dict(zip(names, cells))

    def num(name):
        v = c.get(name, "-").replace(",", "")
        return float(v) if re.match(r"^[0-9.]+$", v) else None
    r = {"n": int(c["N"]), "status": c["status"], "nruns": int(c.get("runs") or 1)}
    r["done"] = r["status"] == "ok" or bool(re.search(r", (FAILED|INCOMPLETE)$", r["status"]))
    for key, name in (("cpu", "CPU s (median)"), ("user", "user s"), ("sys", "sys s"), ("wall", "wall s"),
                      ("rss_mb", "peak RSS MB"), ("minflt", "minor faults"), ("instructions", "instructions"),
                      ("llmiss", "LL misses")):
        v = num(name)
        if v is not None:
            r[key] = int(v) if key in ("instructions", "llmiss") else v
    runs = [float(x) for x in c.get("CPU s of each run", "-").split(",") if re.match(r"^\s*[0-9.]+\s*$", x)]
    if runs:
        r["cpu_runs"] = runs
        r["cpu_min"] = min(runs)
    # the growths as printed, computed from unrounded figures (the min's, absent before, from the cells)
    gname = [x for x in names if x.startswith("growth")][:1]
    m = re.match(r"growth \((.*)\)$", gname[0]) if gname else None
    if m and c.get(gname[0]) and c[gname[0]] != "- (did not finish)":
        keys = [GROWTH_KEYS.get(x.strip()) for x in m.group(1).split(",")]
        r["growth"] = dict(zip(keys, [x.strip() for x in c[gname[0]].split(",")]))
    return r


def old_rows(text):
    """The previous section's rows by input label, each a list of (N, figures), and the commit it names."""
    if BEGIN not in text or END not in text:
        return {}, None
    sec = text[text.index(BEGIN):text.index(END)]
    m = re.search(r"Generated by `python3 bench/robust_speed.py[^`]*` at (\S+)", sec)
    rows = {}
    names = None
    for line in sec.splitlines():
        cells = [c.strip() for c in line.split("|")][1:-1]
        if not line.startswith("| ") or not cells:
            continue
        if cells[0] == "input":
            names = cells
        elif names:
            r = parse_row(names, cells)
            rows.setdefault(cells[0], []).append((r["n"], r))
    return rows, m.group(1) if m else None


def table_rows(label, args, res):
    """One input's rows: a size's figures, and their growth over the size before."""
    cmdtext = "`coroslim %s`" % " ".join("FILE" if x is None else x for x in args)
    out = []
    for i, (n, r) in enumerate(res):
        growth = ""
        if i > 0 and r.get("done") and res[i - 1][1].get("done"):
            p = res[i - 1][1]
            printed = r.get("growth", {})
            growth = ", ".join(printed.get(k) or ratio(p, r, k)
                               for k in ("cpu", "cpu_min", "rss_mb", "instructions", "llmiss"))
        elif i > 0:
            growth = "- (did not finish)"

        def num(key, fmt):
            return fmt % r[key] if key in r else "-"
        out.append("| %s |" % " | ".join([
            label, cmdtext, "%d" % n, r["status"], "%d" % r.get("nruns", 1), num("cpu", "%.3f"),
            num("cpu_min", "%.3f"), ", ".join("%.3f" % x for x in r.get("cpu_runs", [])) or "-",
            num("user", "%.3f"), num("sys", "%.3f"), num("wall", "%.2f"), num("rss_mb", "%.0f"),
            "{:,}".format(int(r["minflt"])) if "minflt" in r else "-",
            "{:,}".format(r["instructions"]) if "instructions" in r else "-",
            "{:,}".format(r["llmiss"]) if "llmiss" in r else "-", growth]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="./coroslim")
    ap.add_argument("--cap", type=float, default=300.0)
    ap.add_argument("--mem-cap", type=float, default=4.0, help="GB of address space per run")
    ap.add_argument("--out", default=os.path.join(HERE, "SPEED.md"))
    ap.add_argument("--only", default="")
    ap.add_argument("--runs", type=int, default=5, help="runs per size (medians and minima)")
    ap.add_argument("--short-runs", type=int, default=15,
                    help="runs per size of an input whose sizes' first runs all took less than --short "
                         "seconds of CPU")
    ap.add_argument("--short", type=float, default=2.0, metavar="SECONDS")
    ap.add_argument("--budget", type=float, default=240.0, metavar="SECONDS",
                    help="wall seconds of runs per size: a size whose first run took more than budget / runs "
                         "runs as many times as fit (at least once)")
    ap.add_argument("--instructions-below", type=float, default=3.0, metavar="SECONDS",
                    help="also count instructions and cache misses (cachegrind) of the sizes whose median "
                         "user time is at most this (about 50-100x slower under valgrind); 0: none")
    ap.add_argument("--ll-kb", type=int, default=4096, help="KiB of the simulated last-level cache")
    ap.add_argument("--callgrind-cap", type=float, default=1800.0,
                    help="seconds per valgrind run (a loaded machine needs far more than 50x)")
    a = ap.parse_args()
    load0 = os.getloadavg()
    only = set(a.only.split(",")) if a.only else None
    work = tempfile.mkdtemp(prefix="robust_speed_")
    binary = os.path.join(work, "coroslim")
    shutil.copy(a.bin, binary)  # a concurrent rebuild cannot change it mid-run
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL).stdout.decode().strip() or "?"
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           stdout=subprocess.PIPE).stdout.decode().strip()
    loads = []
    rows = []
    t_start = time.time()
    for kind, label, sizes, args in CASES:
        if only and kind not in only:
            continue
        cmds = {}
        for n in sizes:
            path = os.path.join(work, "%s_%d.rs" % (kind, n))
            with open(path, "w") as f:
                subprocess.run([sys.executable, GEN, kind.split("-")[0], str(n)], stdout=f, check=True)
            cmds[n] = [binary] + [path if x is None else x for x in args]
        runs = run_sizes(kind, sizes, cmds, a, loads)
        res = []
        for n in sizes:
            r = median_of(runs[n])
            if r.get("done") and r.get("user", 1e9) <= a.instructions_below:
                sys.stderr.write("robust_speed: %s %d under cachegrind ...\n" % (kind, n))
                r.update(valgrind_counts(cmds[n], a.callgrind_cap, a.ll_kb))
            sys.stderr.write("robust_speed: %s %d: %s\n" % (kind, n, r))
            res.append((n, r))
        rows.append((kind, label, args, res))
    shutil.rmtree(work, ignore_errors=True)
    load1 = os.getloadavg()
    minutes = (time.time() - t_start) / 60.0
    text = open(a.out).read() if os.path.exists(a.out) else ""
    kept, kept_commit = old_rows(text) if only else ({}, None)
    ran = [label for kind, label, sizes, args in CASES if kind in (only or ())]
    keptnote = ""
    if only and any(label in kept for kind, label, sizes, args in CASES if kind not in only):
        keptnote = (" Rerun with `--only=%s` (%s); the other rows are kept from the previous run (at %s), "
                    "the load averages below are this run's." % (a.only, "; ".join(ran), kept_commit or "?"))

    L = [BEGIN, "## Robustness: one large fn, one deep chain (`make bench-robust`)", "",
         "Generated by `python3 bench/robust_speed.py` at %s%s on %s (%d CPUs, shared), %s UTC, in %.0f "
         "minutes. Inputs from `tests/robust/gen.py KIND N`. Target (issue 23): under 2 GB, and at most 11x "
         "time and memory per 10x input."
         % (commit, " (uncommitted changes)" if dirty else "", platform.machine(), os.cpu_count() or 0,
            time.strftime("%Y-%m-%d %H:%M", time.gmtime()), minutes) + keptnote, "",
         "How it is measured: the sizes of one input run round by round, each round in the reverse order "
         "of the one before (small, large, large, small, ...), so that a load that rises or falls over the "
         "rounds falls on every size alike. Every size of an input runs as often as the others: %d times, "
         "%d times when every size's first run took less than %.0f s of CPU (the short runs, whose ratios "
         "move most), fewer when a first run took more than %.0f s of wall time (as many as fit in %.0f "
         "s); the `runs` column. Each run is capped at %.0f s and %.0f GB of address space. CPU, user and "
         "system seconds, peak RSS and minor page faults are the kernel's rusage of the run (`wait4`: "
         "microseconds, all threads; `/usr/bin/time` prints 10 ms steps, and the small runs take 0.01 to "
         "0.05 s); CPU = user + system (page faults are system time). The table gives the median of a "
         "size's runs, their minimum, and every run's CPU seconds in the order they ran; user, sys, wall, "
         "RSS and faults are medians. **The 11x target is read from the minimum's growth** (`CPU min`): on "
         "this shared machine another process can only add CPU time to a run (it takes the shared caches "
         "and the memory bus, makes the kernel's page faults dearer, and in a VM the host's other work can "
         "be charged to it), never take any away, "
         "so the least-disturbed run is the nearest to the program's own cost, the one figure of a size "
         "that estimates the program rather than the machine's load; and it does not flatter the ratio, "
         "since a short run is more often undisturbed than a long one (the small size's minimum is the "
         "nearer to its own cost, so the growth is if anything overstated). On a loaded machine neither "
         "is stable from one rerun to the next (the notes below the table measure it): read them from a "
         "run at idle (the load line below). The median's growth is beside it, not hidden. The runs whose median user time is at most %.0f s also run once "
         "under cachegrind (`valgrind --tool=cachegrind --cache-sim=yes --LL=%d,16,64`): instructions, and "
         "the data reads and writes that miss a simulated last-level cache of %d KiB, this machine's "
         "per-core L2 (its %s is shared with the other tenants' VMs): neither depends on the load, and the "
         "misses say why CPU time can grow faster than instructions. The hardware counters (cycles) are not "
         "available in this VM (`perf stat -e cycles`: not supported)."
         % (a.runs, max(a.runs, a.short_runs), a.short, a.budget / a.runs, a.budget, a.cap, a.mem_cap,
            a.instructions_below, a.ll_kb * 1024, a.ll_kb, "L3"), "",
         "Load average (1 min) when the runs started and ended: %.1f, %.1f; over the runs: median %.1f, "
         "range %.1f to %.1f (2 CPUs). Wall seconds depend on it; CPU seconds much less (a loaded machine "
         "shares the caches, so they still do somewhat); instructions and simulated misses not at all."
         % (load0[0], load1[0], statistics.median(loads) if loads else 0, min(loads) if loads else 0,
            max(loads) if loads else 0), "",
         "Peak RSS of a run that failed is what it had when it stopped. The chain rows: `check --entry foo` "
         "checks the chain's root under every schedule after every stage (linear: the interpreter's large "
         "futures are sparse, DESIGN.md, Executor and checker); `check` of every async fn of an N-deep chain "
         "polls fn k through k levels, N^2/2 levels by what it checks, so its rows grow 100x per 10x (no "
         "sound way to share the entries' runs was found: DESIGN.md, Limits and reliability); the chain-root "
         "rows poll the root once (`run`).", "",
         "| %s |" % " | ".join(COLUMNS),
         "|---|---|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    done = {kind: (label, args, res) for kind, label, args, res in rows}
    for kind, label, sizes, args in CASES:
        if kind in done:
            L.extend(table_rows(*done[kind]))
        elif label in kept:
            L.extend(table_rows(label, args, kept[label]))
    L += ["", END]
    section = "\n".join(L) + "\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END) + 1:]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(a.out, "w") as f:
        f.write(text)
    sys.stderr.write("wrote %s\n" % a.out)


if __name__ == "__main__":
    main()
