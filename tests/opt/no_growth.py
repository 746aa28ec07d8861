#!/usr/bin/env python3
"""tests/opt/no_growth.py BIN -- relocate-upvars and relocate-upvars-pack never grow a future.

For every program of tests/rust, tests/opt, bench and bench/upvars, in debug and release:
`BIN stats FILES --passes=P --format=json` for P in relocate-upvars, relocate-upvars-pack and
the whole pipeline; every coroutine's future after P must be at most its size after lowering
(the pipeline: at most its size after the passes before relocate-upvars, i.e. the stage before).
Prints one line per growth and `relocate-no-growth: N/M passed`; exits 1 on any growth.
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "./coroslim"
    files = sorted(f for d in ("tests/rust", "tests/opt", "bench", "bench/upvars")
                   for f in glob.glob(os.path.join(ROOT, d, "*.rs")) if not f.endswith("prelude.rs"))
    passed = count = 0
    for flags in ([], ["--release"]):
        for passes in ("relocate-upvars", "relocate-upvars-pack", "all"):
            count += 1
            r = subprocess.run([binary, "stats"] + files + ["--passes=" + passes, "--format=json"] + flags,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if r.returncode != 0:
                print("FAIL relocate-no-growth: stats --passes=%s %s: %s" % (passes, " ".join(flags),
                                                                          r.stderr.decode()[:200]))
                continue
            grown = 0
            for c in json.loads(r.stdout)["coroutines"]:
                st = c["stages"]
                for k, s in enumerate(st):
                    if s["stage"] in ("relocate-upvars", "relocate-upvars-pack") and k and \
                            st[k - 1]["states"] and s["size"] > st[k - 1]["size"]:
                        grown += 1
                        print("FAIL relocate-no-growth: %s %s %s: %d -> %d bytes after %s" % (
                            os.path.relpath(c["file"], ROOT), c["name"], " ".join(flags), st[k - 1]["size"],
                            s["size"], s["stage"]))
            if not grown:
                passed += 1
    print("relocate-no-growth: %d/%d passed" % (passed, count))
    return 0 if passed == count else 1


if __name__ == "__main__":
    sys.exit(main())
