#!/usr/bin/env python3
"""tests/import/flash_check.py [COROSLIM]: `coroslim import tests/import/flash_dump --format=flash`
(measure/emit_import.c) on tests/import/flash.rs's bodies: each pass where it must fire and where
it must not, in machine-code bytes (make import-flash-check; the method's error against rustc's
own object is bench/real/flash_validate.py --check, run by the same target)."""
import json
import subprocess
import sys

coroslim = sys.argv[1] if len(sys.argv) > 1 else "./coroslim"
p = subprocess.run([coroslim, "import", "tests/import/flash_dump", "--format=flash"], stdout=subprocess.PIPE,
                   stderr=subprocess.PIPE, text=True)
if p.returncode != 0:
    sys.exit(f"flash_check: coroslim exited {p.returncode}: {p.stderr[-400:]}")
d = json.loads(p.stdout)
st = {n: k for k, n in enumerate(d["stages"])}
body = {b["name"].split("::")[0]: b for b in d["coroutines"]}
fails = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        fails.append(what)


for n, b in sorted(body.items()):
    check(all(x is not None and x > 0 for x in b["flash"]), f"{n}: emitted and compiled at every stage")
    check(all(f == p + q for f, p, q in zip(b["flash"], b["poll"], b["drop"])), f"{n}: bytes = poll + drop")
T, E, R, P = st["state_transform"], st["elide-awaitless"], st["relocate-upvars"], st["panic-to-pending"]
# relocate-upvars: `send` holds its Conn upvar and moves it into a local (rust-lang/rust#62958's shape)
check(body["send"]["sizes"][R] < body["send"]["sizes"][T], "send: relocate-upvars shrinks the future")
check(body["send"]["flash"][R] != body["send"]["flash"][T], "send: relocate-upvars changes the machine code")
# ... `dispatch` has no upvar moved out: it must not fire
check(body["dispatch"]["flash"][R] == body["dispatch"]["flash"][T], "dispatch: relocate-upvars leaves the bytes")
# elide-awaitless fires on the body without an await only
check(body["pure"]["flash"][E] < body["pure"]["flash"][T], "pure: elide-awaitless fewer bytes")
for n in ("send", "dispatch", "relay", "boxed"):
    check(body[n]["flash"][E] == body[n]["flash"][T], f"{n}: elide-awaitless leaves the bytes")
# panic-to-pending drops the resumed-after-completion panic of every body: fewer bytes
for n in sorted(body):
    check(body[n]["flash"][P] < body[n]["flash"][T], f"{n}: panic-to-pending fewer bytes")
sys.exit(1 if fails else 0)
