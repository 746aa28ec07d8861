#!/usr/bin/env python3
"""Interleaved CPU medians of `coroslim stats FILE --release --format=json` on two sizes of one
tests/robust/gen.py kind, for several binaries or COROSLIM_THP settings, and their ratio (a benchmark,
not a test: the machine is shared and noisy; run it several times).

usage: python3 bench/cpu_ab.py [--kind=awaits] [--sizes=1000,10000] [--runs=9] CONFIG...
CONFIG: BIN or BIN:THP (THP 0 or 1: the COROSLIM_THP value), e.g. ./coroslim:1 ./coroslim:0 OLD_BINARY
"""
import argparse, os, resource, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu_of(binary, path, thp):
    env = dict(os.environ)
    if thp is not None:
        env["COROSLIM_THP"] = thp
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([binary, "stats", path, "--release", "--format=json"], stdout=subprocess.DEVNULL, env=env,
                   check=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default="awaits")
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("configs", nargs="+")
    a = ap.parse_args()
    sizes = [int(n) for n in a.sizes.split(",")]
    if len(sizes) != 2:
        sys.exit("cpu_ab: --sizes takes two sizes")
    configs = [(c.rsplit(":", 1) + [None])[:2] if c.rsplit(":", 1)[-1] in ("0", "1") else [c, None]
               for c in a.configs]
    for c in configs:
        if not os.access(c[0], os.X_OK):
            sys.exit("cpu_ab: %s: not an executable binary" % c[0])
    tmp = tempfile.mkdtemp()
    files = []
    for n in sizes:
        path = os.path.join(tmp, "%s_%d.rs" % (a.kind, n))
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "..", "tests", "robust", "gen.py"), a.kind, str(n)],
                           stdout=f, check=True)
        files.append(path)
    res = {}
    for i in range(a.runs):
        print("cpu_ab: round %d/%d" % (i + 1, a.runs), file=sys.stderr)
        for c in configs:
            for path in files:
                res.setdefault((tuple(c), path), []).append(cpu_of(c[0], path, c[1]))
    for c in configs:
        small = statistics.median(res[(tuple(c), files[0])])
        large = statistics.median(res[(tuple(c), files[1])])
        name = c[0] + ("" if c[1] is None else " (COROSLIM_THP=%s)" % c[1])
        print("%s: %s %d %.4f s, %d %.4f s CPU (medians of %d): %.2fx" % (name, a.kind, sizes[0], small, sizes[1],
                                                                         large, a.runs, large / small))


if __name__ == "__main__":
    main()
