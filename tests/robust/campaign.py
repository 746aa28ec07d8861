#!/usr/bin/env python3
"""tests/robust/campaign.py -- a hostile new user's invocations of coroslim (issue 23's campaign).

usage: python3 tests/robust/campaign.py BIN [--class=NAME,...] [--show=all|bad] [--timeout=S]

Runs every invocation of every class below on BIN (best an ASan + UBSan build: ./coroslim-san) and
flags the outcomes the project's standards forbid:
  crash      killed by a signal, or a sanitizer report on stderr
  hang       still running after --timeout seconds
  silent     exit 0 with an error on stderr, or a non-zero exit with nothing on stderr, or a command
             whose job is to print something that printed nothing with exit 0
  misplaced  a user error on stdout (errors go to stderr), or an error that is neither
             `FILE:LINE:COL: error:`, `FILE: error:`, `coroslim: ...` nor a usage message
Wrong answers need a reader: --show=all prints every outcome. Prints, per class, the invocations
tried and the flagged ones, and exits 1 when any is flagged. Not part of `make check` (the cases it
found are tests/robust/cases); it is how those were found, kept so the campaign can be rerun.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
M = os.path.join(ROOT, "tests", "mir")
R = os.path.join(ROOT, "tests", "rust")
LOWERED = os.path.join(M, "four_awaits_lowered.mir")
BASIC = os.path.join(R, "basic_await.rs")
PARAMS = os.path.join(R, "params_live.rs")

COMMANDS_FILE = ["print", "verify", "build", "lower", "layout", "opt", "stats", "check", "emit"]


def w(tmp, name, data):
    p = os.path.join(tmp, name)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return p


def sed(src, pairs):
    s = open(src).read()
    for a, b in pairs:
        if a not in s:
            raise SystemExit("campaign: %r not in %s" % (a, src))
        s = s.replace(a, b, 1)
    return s


def classes(tmp):
    basic = open(BASIC, "rb").read()
    lowered = open(LOWERED).read()
    C = {}

    # --- text of .rs inputs
    rs = []
    odd = {
        "empty": b"", "bom": b"\xef\xbb\xbf", "bom_fn": b"\xef\xbb\xbf" + basic,
        "nul": b"async fn f() -> u32 { 1\x00 }\n", "nul_only": b"\x00" * 100,
        "bad_utf8": b"async fn f() -> u32 { \xff\xfe 1 }\n", "bad_utf8_ident": b"async fn f\xc3() -> u32 { 1 }\n",
        "bad_utf8_comment": b"// \xff\xff\nasync fn f() -> u32 { 1 }\n",
        "crlf": basic.replace(b"\n", b"\r\n"), "cr_only": basic.replace(b"\n", b"\r"),
        "unterminated_comment": b"/* async fn f() -> u32 { 1 }\n",
        "unterminated_string": b"async fn f() -> u32 { \"abc }\n",
        "long_line": b"async fn f() -> u32 { " + b"1 + " * 900 + b"1 }\n",
        "deep_parens": b"async fn f() -> u32 { " + b"(" * 300 + b"1" + b")" * 300 + b" }\n",
        "deep_blocks": b"async fn f() -> u32 { " + b"{" * 300 + b"1" + b"}" * 300 + b" }\n",
        "deep_types": b"fn f(x: " + b"&" * 400 + b"u32) -> u32 { 1 }\n",
        "huge_int": b"async fn f() -> u32 { 99999999999999999999999999 }\n",
        "int_u64_max_plus": b"async fn f() -> u64 { 18446744073709551616u64 }\n",
        "int_u32_over": b"async fn f() -> u32 { 4294967296u32 }\n",
        "int_hex": b"async fn f() -> u32 { 0xffff_ffffu32 }\n",
        "int_neg_min": b"fn f() -> i64 { -9223372036854775808i64 }\n",
        "int_i8_over": b"fn f() -> i8 { 128i8 }\n",
        "int_suffix_bad": b"fn f() -> u32 { 1u33 }\n",
        "unicode_ident": "async fn \u00e9t\u00e9() -> u32 { 1 }\n".encode(),
        "fn_no_body": b"async fn f() -> u32;\n", "only_async": b"async\n", "tabs": basic.replace(b"    ", b"\t"),
        "trailing_garbage": basic + b"\n}}}\n", "long_ident": b"fn " + b"a" * 100000 + b"() -> u32 { 1 }\n",
        "many_fns": b"".join(b"fn f%d() -> u32 { %d }\n" % (i, i) for i in range(20000)),
        "shift_overflow": b"fn f() -> u32 { 1u32 << 40 }\n",
        "div_zero_const": b"fn f() -> u32 { 1u32 / 0 }\n",
        "recursion": b"fn f(n: u32) -> u32 { f(n) }\nasync fn g() -> u32 { f(1) }\n",
        "async_recursion": b"async fn g() -> u32 { Box::pin(g()).await }\n",
    }
    for name, data in odd.items():
        p = w(tmp, "in_%s.rs" % name, data)
        for cmd in ["verify", "lower", "check"]:
            rs.append([cmd, p])
    rs.append(["run", w(tmp, "rec.rs", odd["recursion"]), "--entry", "g"])
    rs.append(["run", w(tmp, "rec2.rs", b"fn f(n: u32) -> u32 { if n == 0 { 0 } else { 1 + f(n - 1) } }\n"),
               "--entry", "f", "--args", "300000"])
    for name in ["a_dir", "missing.rs", "x.txt", "noext"]:
        rs.append(["lower", os.path.join(tmp, name)])
    os.makedirs(os.path.join(tmp, "a_dir"), exist_ok=True)
    w(tmp, "x.txt", basic)
    w(tmp, "noext", basic)
    rs.append(["lower", "/dev/null"])
    rs.append(["lower", "/dev/stdin"])
    rs.append(["lower", "-"])
    rs.append(["verify", os.path.join(tmp, "a_dir") + "/"])
    C["rs-text"] = rs

    # --- text of .mir inputs (lexing, nesting, integers)
    mir = []
    modmir = {
        "nul": lowered.replace("size 6,", "size 6\x00,"),
        "crlf": lowered.replace("\n", "\r\n"),
        "bad_utf8": lowered.replace("// Four", "// \udcff".encode("utf-8", "surrogateescape").decode("latin-1")),
        "deep_type": "fn f(_1: " + "&" * 5000 + "u8) -> u8 {\n    let mut _0: u8;\n    bb0: {\n        return;\n    }\n}\n",
        "deep_place": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = " + "(*" * 3000 + "_0" + ")" * 3000 + ";\n        return;\n    }\n}\n",
        "huge_local": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = copy _99999999999999999999;\n        return;\n    }\n}\n",
        "local_u32_max": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = copy _4294967295;\n        return;\n    }\n}\n",
        "huge_bb": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        goto -> bb4294967296;\n    }\n}\n",
        "bb_gap": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        goto -> bb7;\n    }\n    bb7: {\n        return;\n    }\n}\n",
        "const_huge": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = const 99999999999999999999999_u8;\n        return;\n    }\n}\n",
        "const_over": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = const 300_u8;\n        return;\n    }\n}\n",
        "dup_local": "fn f() -> u8 {\n    let mut _0: u8;\n    let mut _0: u8;\n    bb0: {\n        return;\n    }\n}\n",
        "dup_fn": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        return;\n    }\n}\n" * 2,
        "dup_bb": "fn f() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        return;\n    }\n    bb0: {\n        return;\n    }\n}\n",
        "no_bb": "fn f() -> u8 {\n    let mut _0: u8;\n}\n",
        "trunc_mid": lowered[: len(lowered) // 2],
        "only_comment": "// nothing\n",
        "long_name": "fn " + "g" * 70000 + "() -> u8 {\n    let mut _0: u8;\n    bb0: {\n        return;\n    }\n}\n",
    }
    for name, text in modmir.items():
        p = w(tmp, "in_%s.mir" % name, text.encode("latin-1") if name == "bad_utf8" else text.encode())
        for cmd in ["print", "verify", "opt", "layout"]:
            mir.append([cmd, p])
        mir.append(["run", p, "--entry", "f"])
    C["mir-text"] = mir

    # --- layouts that contradict their body: the verifier must reject each, run must not run it
    lay = []
    contradictions = {
        "size_huge": [("size 6, align 1", "size 4294967295, align 1")],
        "size_over_u32": [("size 6, align 1", "size 4294967296, align 1")],
        "align_huge": [("size 6, align 1", "size 6, align 4294967296")],
        "align_not_dividing": [("size 6, align 1", "size 6, align 4")],
        "offset_over_u32": [("debug n, offset 2", "debug n, offset 4294967296")],
        "offset_wraps": [("debug n, offset 2", "debug n, offset 4294967295")],
        "tag_past_size": [("tag u8 at 0", "tag u8 at 6")],
        "tag_type_unit": [("tag u8 at 0", "tag () at 0")],
        "tag_type_bool": [("tag u8 at 0", "tag bool at 0")],
        "tag_type_signed": [("tag u8 at 0", "tag i8 at 0")],
        "tag_u16_in_u8_room": [("tag u8 at 0", "tag u16 at 0")],
        "upvar_overlaps_tag": [("upvar n at 1;", "upvar n at 0;")],
        "upvar_overlaps_saved": [("upvar n at 1;", "upvar n at 2;")],
        "upvar_missing": [("        upvar n at 1;\n", "")],
        "upvar_twice": [("upvar n at 1;", "upvar n at 1;\n        upvar n at 1;")],
        "saved_twice_same_local": [("= _22 debug a", "= _3 debug a")],
        "saved_index_gap": [("saved _s6:", "saved _s9:")],
        "variant_unknown_saved": [("variant Suspend3: [_s4, _s6]", "variant Suspend3: [_s4, _s7]")],
        "variant_dup_field": [("variant Suspend3: [_s4, _s6]", "variant Suspend3: [_s4, _s4]")],
        "variant_missing": [("        variant Suspend3: [_s4, _s6];\n", "")],
        "variant_extra": [("variant Suspend3: [_s4, _s6];", "variant Suspend3: [_s4, _s6];\n        variant Suspend4: [];")],
        "variants_reordered": [("variant Unresumed: [];\n        variant Returned: [];",
                                "variant Returned: [];\n        variant Unresumed: [];")],
        "saved_not_in_variant": [("variant Suspend0: [_s0, _s1]", "variant Suspend0: [_s0]")],
        "conflict_asymmetric": [("conflicts _s1: [_s1];", "conflicts _s1: [_s1, _s3];")],
        "conflict_unknown": [("conflicts _s1: [_s1];", "conflicts _s1: [_s1, _s9];")],
        "conflict_self_missing": [("conflicts _s1: [_s1];", "conflicts _s1: [];")],
        "conflicts_missing_row": [("        conflicts _s6: [_s6];\n", "")],
        "promoted_false": [("debug n, offset 2, promoted", "debug n, offset 2")],
        "saved_type_wider": [("_s0: u8 = _3", "_s0: u32 = _3")],
        "offset_misaligned": [("size 6, align 1, tag u8 at 0;", "size 6, align 1, tag u8 at 0;")],
        "no_layout_resume": [("    layout {", "    layout_x {")],
        "output_type_wrong": [("output u8;", "output u32;")],
        "resume_missing": [("resume four::{closure#0};", "resume nope;")],
        "drop_missing": [("drop four::{closure#0}::{coroutine_drop};", "drop nope;")],
    }
    for name, pairs in contradictions.items():
        if name == "offset_misaligned":
            continue
        p = w(tmp, "lay_%s.mir" % name, sed(LOWERED, pairs))
        lay.append(["verify", p])
        lay.append(["run", p, "--entry", "four", "--args", "3"])
        lay.append(["layout", p])
    C["mir-layout"] = lay

    # --- flags of every command
    fl = []
    for cmd in COMMANDS_FILE:
        fl += [[cmd], [cmd, BASIC, "--nope"], [cmd, BASIC, "--jobs="], [cmd, BASIC, "--jobs=1e3"],
               [cmd, BASIC, "--jobs=-1"], [cmd, BASIC, "--jobs=99999999999999999999"], [cmd, BASIC, "--jobs"],
               [cmd, BASIC, "--release", "--release"], [cmd, BASIC, "-O", "--panic=abort", "--panic=unwind"],
               [cmd, BASIC, "--panic="], [cmd, BASIC, "--passes="], [cmd, BASIC, "--passes=,"],
               [cmd, BASIC, "--passes=merge-states,merge-states"], [cmd, BASIC, "--format="],
               [cmd, BASIC, BASIC], [cmd, "--", BASIC], [cmd, BASIC, "-"], [cmd, BASIC, ""]]
    for args in ["", ",", "1,,2", " 1,2,3", "0x10,2,3", "+1,2,3", "-0,2,3", "1,2,3,4", "1;2;3",
                 "18446744073709551615,2,3", "18446744073709551616,2,3", "1.5,2,3", "1,2,3,", "true", "٣,2,3"]:
        fl.append(["run", PARAMS, "--entry", "live", "--args", args])
    for k in ["-1", "abc", "99999999999", "", "0", "1e2", "2147483648"]:
        fl.append(["run", BASIC, "--entry", "foo", "--cancel-after=" + k])
    fl += [["run", BASIC], ["run", BASIC, "--entry"], ["run", BASIC, "--entry", ""], ["run", BASIC, "--entry", "foo", "--repoll", "--repoll"],
           ["run", BASIC, "--entry", "foo", "--entry", "bar"], ["run", BASIC, "--entry=foo"],
           [], ["nope"], ["--help"], ["help"], ["-h"], ["--version"], ["check", "--help"], ["lower", "--help"],
           ["layout", BASIC, "--format=json", "--format=text"], ["layout", BASIC, "--format=xml"],
           ["stats", BASIC, "--format=yaml"], ["import", BASIC, "--format=nope"], ["import"],
           ["import", "=" + LOWERED], ["import", "a=b=" + LOWERED], ["import", LOWERED, "--format=md"],
           ["import", LOWERED, "--format=summary"], ["import", LOWERED, "--format=json"],
           ["bytes", BASIC, "--target=nope"], ["bytes", BASIC, "--opt-level=4"], ["bytes"],
           ["emit", BASIC, "--target=nope"], ["emit", BASIC, "-o"], ["emit", BASIC, "-o", "/nonexistent/dir/x"],
           ["emit", BASIC, "-o", "/dev/null"], ["crate", "/nonexistent"], ["crate", "--target=nope"],
           ["crate", BASIC], ["crate", "--format=nope"], ["opt", BASIC, "--print-after-all", "--verify-each"],
           ["stats", "--release"], ["check", BASIC, "--passes=elide-awaitless,nope"],
           ["check", BASIC, "--entry", "foo"], ["check", BASIC, "--entry"], ["check", BASIC, "--entry", ""],
           ["check", BASIC, "--entry", "foo", "--entry", "nope"], ["check", BASIC, "--entry=foo"],
           ["check", BASIC, BASIC, "--entry", "foo"], ["check", LOWERED, "--entry", "four"],
           ["check", tmp, "--entry", "foo"], ["check", BASIC, "--entry", "foo::{closure#0}"]]
    C["flags"] = fl

    # --- environment
    env = []
    for v in ["", " 2", "2 ", "0x2", "+2", "2abc", "99999999999999999999", "-3", "1", "64"]:
        env.append((["verify", BASIC], {"COROSLIM_JOBS": v}))
        env.append((["stats", BASIC, "--format=json"], {"COROSLIM_JOBS": v}))
    env.append((["stats", BASIC, "--jobs=2"], {"COROSLIM_JOBS": "abc"}))
    C["env"] = env

    # --- stdout and stderr: full, closed
    io = []
    for cmd in [["print", LOWERED], ["verify", BASIC], ["lower", BASIC], ["layout", BASIC], ["layout", BASIC, "--format=json"],
                ["opt", BASIC], ["stats", BASIC], ["stats", BASIC, "--format=json"], ["check", BASIC],
                ["run", BASIC, "--entry", "foo"], ["import", LOWERED], ["emit", BASIC], ["--help"], ["nope"]]:
        io.append((cmd, "full"))
        io.append((cmd, "closed"))
        io.append((cmd, "errclosed"))
    C["stdio"] = io

    # --- huge input
    big = []
    p = os.path.join(tmp, "big.rs")
    with open(p, "wb") as f:
        f.truncate(300 << 20)
    big.append(["verify", p])
    big.append(["import", p])
    p2 = w(tmp, "big_comment.rs", b"// " + b"x" * (50 << 20) + b"\n" + basic)
    big.append(["verify", p2])
    p3 = w(tmp, "big_line.mir", b"// " + b"y" * (20 << 20) + b"\n" + lowered.encode())
    big.append(["verify", p3])
    big.append(["lower", "/dev/zero"])
    big.append(["print", "/dev/urandom"])
    C["huge"] = big
    return C


SAN = re.compile(r"AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:|LeakSanitizer")
GOOD_ERR = re.compile(r"^(\S+:\d+:\d+: error: |\S+: error: |coroslim: |usage: |coroslim \S+: |error: )")


def run_one(binary, item, timeout, tmp):
    env = dict(os.environ)
    io = None
    if isinstance(item, tuple) and isinstance(item[1], dict):
        cmd, extra = item
        env.update(extra)
    elif isinstance(item, tuple):
        cmd, io = item
    else:
        cmd = item
    stdout = subprocess.PIPE
    stderr = subprocess.PIPE
    pass_fds = ()
    pre = None
    if io == "full":
        stdout = open("/dev/full", "wb")
    elif io == "closed":
        def pre():
            os.close(1)
    elif io == "errclosed":
        def pre():
            os.close(2)
    try:
        p = subprocess.run([binary] + cmd, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, env=env,
                           timeout=timeout, preexec_fn=pre, pass_fds=pass_fds, cwd=tmp)
    except subprocess.TimeoutExpired:
        return "hang", None, b"", b""
    out = p.stdout or b""
    err = p.stderr or b""
    return None, p.returncode, out, err


def judge(cmd, io, rc, out, err):
    e = err.decode(errors="replace")
    o = out.decode(errors="replace")
    if rc is None:
        return "hang"
    if rc < 0 or rc >= 128 or SAN.search(e):
        return "crash"
    if io == "errclosed":
        return None if rc != 0 or io is None else None
    if io in ("full", "closed"):
        prints = not (cmd and cmd[0] == "nope")
        if prints and rc == 0:
            return "silent"
        return None
    first = e.strip().splitlines()[0] if e.strip() else ""
    if rc != 0 and not e.strip():
        return "silent"
    if rc == 0 and re.search(r"\berror\b", e):
        return "silent"
    if rc == 0 and not o.strip() and cmd and cmd[0] in ("print", "lower", "layout", "opt", "stats", "import", "run", "check", "emit"):
        return "silent"
    if rc != 0 and first and not GOOD_ERR.search(first) and not (cmd and cmd[0] in ("run", "check")):
        return "misplaced"
    if re.search(r"^\S+:\d+:\d+: error:", o, re.M):
        return "misplaced"
    return None


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    only, show, timeout = None, "bad", 60.0
    for a in sys.argv[2:]:
        if a.startswith("--class="):
            only = set(a[8:].split(","))
        elif a.startswith("--show="):
            show = a[7:]
        elif a.startswith("--timeout="):
            timeout = float(a[10:])
    tmp = tempfile.mkdtemp(prefix="campaign_")
    C = classes(tmp)
    total = flagged = 0
    summary = []
    for cls, items in C.items():
        if only and cls not in only:
            continue
        nbad = 0
        for item in items:
            status, rc, out, err = run_one(binary, item, timeout, tmp)
            cmd = item[0] if isinstance(item, tuple) else item
            io = item[1] if isinstance(item, tuple) and not isinstance(item[1], dict) else None
            verdict = status or judge(cmd, io, rc, out, err)
            total += 1
            if verdict:
                nbad += 1
            if verdict or show == "all":
                shown = " ".join(x.replace(tmp, "TMP").replace(ROOT + "/", "") for x in cmd)
                extra = "" if not isinstance(item, tuple) else " [%s]" % (item[1] if not isinstance(item[1], dict) else item[1])
                tail = (err.decode(errors="replace").strip().splitlines() or [""])[-1][:160]
                otail = (out.decode(errors="replace").strip().splitlines() or [""])[-1][:100]
                print("%-9s %s: coroslim %s%s -> exit %s | err: %s | out: %s" %
                      (verdict or "ok", cls, shown, extra, rc, tail.replace(tmp, "TMP"), otail.replace(tmp, "TMP")))
        summary.append((cls, len(items), nbad))
        flagged += nbad
    print("\n%-12s %6s %8s" % ("class", "tried", "flagged"))
    for cls, n, b in summary:
        print("%-12s %6d %8d" % (cls, n, b))
    print("%-12s %6d %8d" % ("total", total, flagged))
    subprocess.run(["rm", "-rf", tmp])
    sys.exit(1 if flagged else 0)


if __name__ == "__main__":
    main()
