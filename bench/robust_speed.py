#!/usr/bin/env python3
"""bench/robust_speed.py -- time and peak memory on one large fn or one deep chain (issue 23).

usage: python3 bench/robust_speed.py [--bin=./coroslim] [--cap=300] [--mem-cap=4] [--out=bench/SPEED.md]
                                     [--only=lets,awaits,arms,chain] [--instructions-below=3]

`make bench-robust` runs it. A benchmark, not a test: one run per size, wall and user seconds and peak
RSS from /usr/bin/time, each run capped at --cap seconds and --mem-cap GB of address space (RLIMIT_AS),
so that a blow-up cannot take the shared machine; the runs of at most --instructions-below user seconds
also run once under callgrind for their instruction count, which the load does not change. The inputs
come from tests/robust/gen.py:

  lets    one async fn with N shadowing `let x = x + K;` (debug build: an overflow check, so a block,
          per let)                                     `coroslim stats FILE --format=json`
  awaits  one async fn with N awaits                   `coroslim stats FILE --release --format=json`
  arms    one async fn with a `match` of N arms        `coroslim stats FILE --release --format=json`
  chain   N async fns, each awaiting the next, checked from its root
                                                       `coroslim check FILE --entry foo`
  chain-all   the same, every async fn of it checked   `coroslim check FILE`
  chain-root  the same, its root polled once            `coroslim run FILE --entry foo`

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
    ("chain", "await chain depth, `check` of its root", [10000, 100000], ["check", None, "--entry", "foo"]),
    ("chain-all", "await chain depth, `check` of every async fn", [100, 1000], ["check", None]),
    ("chain-root", "await chain depth, its root polled once to the end", [10000, 100000],
     ["run", None, "--entry", "foo"]),
]


def run(cmd, cap, mem_cap):
    def limit():
        if mem_cap:
            resource.setrlimit(resource.RLIMIT_AS, (mem_cap, mem_cap))
    with tempfile.NamedTemporaryFile() as tf:
        full = ["/usr/bin/time", "-f", "%M %e %U", "-o", tf.name] + cmd
        t0 = time.perf_counter()
        p = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=limit,
                             start_new_session=True)
        try:
            out, err = p.communicate(timeout=cap)
            rc = p.returncode
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            p.communicate()
            return {"status": "over the %.0f s cap" % cap, "wall": time.perf_counter() - t0, "done": False}
        try:
            kb, wall, user = open(tf.name).read().split()[-3:]
            res = {"rss_mb": int(kb) / 1024.0, "wall": float(wall), "user": float(user)}
        except (OSError, ValueError):
            res = {"wall": time.perf_counter() - t0}
        last = (out.decode(errors="replace").strip().splitlines()[-1:] or [""])[0]
        tail = (err.decode(errors="replace").strip().splitlines()[-1:] or [""])[0]
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


def instructions(cmd, cap):
    """Instructions of one run under callgrind (they do not depend on the machine's load), or None."""
    if not shutil.which("valgrind"):
        return None
    full = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd
    try:
        p = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=cap)
    except subprocess.TimeoutExpired:
        return None
    m = re.search(r"Collected : (\d+)", p.stderr.decode(errors="replace"))
    return int(m.group(1)) if m else None


def ratio(a, b, key):
    if key in a and key in b and a[key] > 0:
        return "%.1fx" % (b[key] / a[key])
    return "-"


def old_rows(text):
    """The previous section's table rows by input label, and the commit it names."""
    if BEGIN not in text or END not in text:
        return {}, None
    sec = text[text.index(BEGIN):text.index(END)]
    m = re.search(r"Generated by `python3 bench/robust_speed.py[^`]*` at (\S+)", sec)
    rows = {}
    for line in sec.splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 2 and line.startswith("| ") and cells[1] not in ("input", "---"):
            rows.setdefault(cells[1], []).append(line)
    return rows, m.group(1) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="./coroslim")
    ap.add_argument("--cap", type=float, default=300.0)
    ap.add_argument("--mem-cap", type=float, default=4.0, help="GB of address space per run")
    ap.add_argument("--out", default=os.path.join(HERE, "SPEED.md"))
    ap.add_argument("--only", default="")
    ap.add_argument("--instructions-below", type=float, default=3.0, metavar="SECONDS",
                    help="also count instructions (callgrind) of the runs that took at most this many user "
                         "seconds (about 50x slower under callgrind); 0: none")
    ap.add_argument("--callgrind-cap", type=float, default=1800.0,
                    help="seconds per callgrind run (a loaded machine needs far more than 50x)")
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
    rows = []
    for kind, label, sizes, args in CASES:
        if only and kind not in only:
            continue
        res = []
        for n in sizes:
            path = os.path.join(work, "%s_%d.rs" % (kind, n))
            with open(path, "w") as f:
                subprocess.run([sys.executable, GEN, kind.split("-")[0], str(n)], stdout=f, check=True)
            cmd = [binary] + [path if x is None else x for x in args]
            sys.stderr.write("robust_speed: %s %d ...\n" % (kind, n))
            r = run(cmd, a.cap, int(a.mem_cap * (1 << 30)) if a.mem_cap > 0 else 0)
            if r.get("done") and r.get("user", 1e9) <= a.instructions_below:
                sys.stderr.write("robust_speed: %s %d under callgrind ...\n" % (kind, n))
                ins = instructions(cmd, a.callgrind_cap)
                if ins:
                    r["instructions"] = ins
            sys.stderr.write("robust_speed: %s %d: %s\n" % (kind, n, r))
            res.append((n, r))
        rows.append((kind, label, args, res))
    shutil.rmtree(work, ignore_errors=True)
    load1 = os.getloadavg()
    text = open(a.out).read() if os.path.exists(a.out) else ""
    kept, kept_commit = old_rows(text) if only else ({}, None)
    ran = [label for kind, label, sizes, args in CASES if kind in (only or ())]
    keptnote = ""
    if only and any(label in kept for kind, label, sizes, args in CASES if kind not in only):
        keptnote = (" Rerun with `--only=%s` (%s); the other rows are kept from the previous run (at %s), "
                    "the load averages below are this run's." % (a.only, "; ".join(ran), kept_commit or "?"))

    L = [BEGIN, "## Robustness: one large fn, one deep chain (`make bench-robust`)", "",
         "Generated by `python3 bench/robust_speed.py` at %s%s on %s (%d CPUs, shared); one run per size, "
         "capped at %.0f s and %.0f GB of address space. Inputs from `tests/robust/gen.py KIND N`. Target "
         "(issue 23): under 2 GB, and at most 11x time and memory per 10x input."
         % (commit, " (uncommitted changes)" if dirty else "", platform.machine(), os.cpu_count() or 0,
            a.cap, a.mem_cap) + keptnote, "",
         "Peak RSS of a run that failed is what it had when it stopped. The chain rows: `check --entry foo` "
         "checks the chain's root under every schedule after every stage (linear: the interpreter's large "
         "futures are sparse, DESIGN.md, Executor and checker); `check` of every async fn of an N-deep chain "
         "polls fn k through k levels, N^2/2 levels by what it checks, so its rows grow 100x per 10x (no "
         "sound way to share the entries' runs was found: DESIGN.md, Limits and reliability); the chain-root "
         "rows poll the root once (`run`).", "",
         "Load average (1 min) when the runs started and ended: %.1f, %.1f. Wall and user seconds depend on "
         "it; instructions (callgrind, runs of at most %.0f s user, `-` otherwise) do not, and their growth "
         "is the one to read for the algorithm." % (load0[0], load1[0], a.instructions_below), "",
         "| input | command | N | status | wall s | user s | peak RSS MB | instructions | growth (user, RSS, "
         "instructions) |",
         "|---|---|---:|---|---:|---:|---:|---:|---|"]
    done = {kind: (label, args, res) for kind, label, args, res in rows}
    for kind, label, sizes, args in CASES:
        if kind not in done:
            L.extend(kept.get(label, []))
            continue
        label, args, res = done[kind]
        cmdtext = "`coroslim %s`" % " ".join("FILE" if x is None else x for x in args)
        for i, (n, r) in enumerate(res):
            growth = ""
            if i > 0 and r.get("done") and res[i - 1][1].get("done"):
                growth = "%s, %s, %s" % (ratio(res[i - 1][1], r, "user"), ratio(res[i - 1][1], r, "rss_mb"),
                                         ratio(res[i - 1][1], r, "instructions"))
            elif i > 0:
                growth = "- (did not finish)"
            L.append("| %s | %s | %d | %s | %s | %s | %s | %s | %s |" % (
                label, cmdtext, n, r["status"], "%.2f" % r["wall"] if "wall" in r else "-",
                "%.2f" % r["user"] if "user" in r else "-",
                "%.0f" % r["rss_mb"] if "rss_mb" in r else "-",
                "{:,}".format(r["instructions"]) if "instructions" in r else "-", growth))
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
