#!/usr/bin/env python3
"""tests/robust/campaign25.py -- issue 23's fourth sweep (emit25): invocations campaign.py and campaign24.py
do not make: nested types through every command (emit above all), chains of items, references and arrays
nested in the type grammar, file names with control characters, `run` without --args, `.mir` fns whose
return place is not written on every path.

usage: python3 tests/robust/campaign25.py BIN [--class=NAME,...] [--only=SUBSTR] [--timeout=S]

Printed per invocation as campaign24.py prints (its judge and runner): class, name, exit status, seconds,
peak RSS (MB), the last line of stderr and the first of stdout, and a flag where the standards are broken
on their face. Sizes N and 10N are paired so that growth shows. Not part of `make check`: the findings are
cases in tests/robust/cases.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import campaign24  # noqa: E402  (its judge and runner)
import gen  # noqa: E402

ROOT = campaign24.ROOT
BASIC = campaign24.BASIC
w = campaign24.w


def mir_fn(ret, decls, body):
    return "fn f(_1: u32) -> %s {\n    let mut _0: %s;\n%s%s}\n" % (ret, ret, decls, body)


def classes(tmp):
    C = {}
    # --- nested types through every command (valid Rust; rustc needs #![recursion_limit] raised)
    nt = []
    for kind, sizes in (("optnest", (1000, 10000, 100000)), ("resnest", (1000, 10000, 100000)),
                        ("refnest", (400, 4000, 4096, 4097))):
        for n in sizes:
            p = w(tmp, "%s_%d.rs" % (kind, n), "\n".join(getattr(gen, kind)(n)) + "\n")
            nt.append(("%s_%d_emit" % (kind, n), "$BIN emit %s | wc -c" % p))
            nt.append(("%s_%d_emit_thumb" % (kind, n), "$BIN emit %s --target=thumbv6m-none-eabi | wc -c" % p))
            if n <= 10000:
                for cmd in ("lower", "layout", "stats --format=csv", "print"):
                    nt.append(("%s_%d_%s" % (kind, n, cmd.split()[0]), "$BIN %s %s | wc -c" % (cmd, p)))
                nt.append(("%s_%d_run" % (kind, n), "$BIN run %s --entry foo%s | tail -1"
                           % (p, " --args 3" if kind == "optnest" else "")))
    C["nested-types"] = nt

    # --- chains of items and types nested in the grammar
    ch = []
    for n in (10000, 100000):
        p = w(tmp, "structchain_%d.rs" % n, "".join("struct S%d { f: S%d, k: u8 }\n" % (i, i + 1) for i in range(n))
              + "struct S%d { k: u32 }\nasync fn foo() -> u8 { let s = S%d { k: 3 }; yield_now().await; s.k as u8 }\n" % (n, n))
        ch.append(("struct_chain_%d_check" % n, "$BIN check %s" % p))
        ch.append(("struct_chain_%d_emit_thumb" % n, "$BIN emit %s --target=thumbv7em-none-eabi | wc -c" % p))
        p = w(tmp, "structchain_rev_%d.rs" % n, "struct S0 { k: u32 }\n" + "".join("struct S%d { f: S%d, k: u8 }\n" % (i, i - 1) for i in range(1, n + 1))
              + "async fn foo() -> u8 { let s = S0 { k: 3 }; yield_now().await; s.k as u8 }\n")
        ch.append(("struct_chain_rev_%d_check" % n, "$BIN check %s" % p))
        p = w(tmp, "enumchain_%d.rs" % n, "".join("enum E%d { A(E%d), B }\n" % (i, i + 1) for i in range(n))
              + "enum E%d { A, B }\nasync fn foo() -> u8 { let e = E%d::B; yield_now().await; match e { E%d::A => 1, E%d::B => 2 } }\n" % (n, n, n, n))
        ch.append(("enum_chain_%d_check" % n, "$BIN check %s" % p))
    for n in (100, 100000):
        for name, ty in (("refs", "& " * n + "u8"), ("refmuts", "&mut " * n + "u8"), ("andand", "&&" * n + "u8"),
                         ("ref_array", "&[" * n + "u8" + "; 1]" * n), ("arrays", "[" * n + "u8" + "; 1]" * n),
                         ("ref_option", "&Option<" * n + "u8" + ">" * n)):
            p = w(tmp, "%s_%d.rs" % (name, n), "fn f(x: %s) -> u8 { 0 }\n" % ty)
            ch.append(("type_%s_%d" % (name, n), "$BIN check %s" % p))
    C["chains"] = ch

    # --- file names with control characters, for each command
    fn = []
    bad = os.path.join(tmp, "n\nl\tt\x1bq.rs")
    w(tmp, "n\nl\tt\x1bq.rs", "async fn g(a: u32) -> u32 { yield_now().await; x }\n")
    good = os.path.join(tmp, "g\nood.rs")
    w(tmp, "g\nood.rs", "async fn g(a: u32) -> u32 { yield_now().await; a }\n")
    badmir = os.path.join(tmp, "m\nir.mir")
    w(tmp, "m\nir.mir", "fn f(_1: u32) -> u32 {\n    $\n}\n")
    for cmd in ("verify", "check", "lower", "stats", "layout", "emit", "print", "opt", "run --entry g"):
        fn.append(("name_newline_error_%s" % cmd.split()[0], "$BIN %s '%s'" % (cmd, bad)))
        fn.append(("name_newline_ok_%s" % cmd.split()[0], "$BIN %s '%s' 2>&1 | tail -2" % (cmd, good)))
    fn.append(("name_newline_mir_verify", "$BIN verify '%s'" % badmir))
    fn.append(("name_newline_mir_import", "$BIN import '%s'" % badmir))
    fn.append(("name_newline_missing", "$BIN verify '%s/mi\nssing.rs'" % tmp))
    C["file-names"] = fn

    # --- run without --args; --args of the wrong kind
    ra = []
    p = w(tmp, "params.rs", "async fn g(a: u32, b: bool, c: i8) -> u32 { yield_now().await; if b { a } else { c as u32 } }\n"
          "async fn o(x: Option<u8>) -> u8 { yield_now().await; match x { Some(v) => v, None => 7 } }\n"
          "async fn many(" + ", ".join("p%d: u8" % i for i in range(20)) + ") -> u8 { yield_now().await; p19 }\n"
          "fn s(x: u32) -> u32 { x + 1 }\n")
    for entry in ("g", "o", "many", "s"):
        ra.append(("run_no_args_%s" % entry, "$BIN run %s --entry %s" % (p, entry)))
    for entry, args in (("g", "1,true,-129"), ("g", "1,2,3"), ("g", "-1,true,1"), ("o", "1")):
        ra.append(("run_args_%s_%s" % (entry, args), "$BIN run %s --entry %s --args=%s" % (p, entry, args)))
    ra.append(("run_no_args_mir", "$BIN print %s >%s/params.mir && $BIN run %s/params.mir --entry g" % (p, tmp, tmp)))
    C["run-args"] = ra

    # --- `.mir` fns whose return place is not written on every path
    mr = []
    cases = {
        "never_written": ("u32", "", "    bb0: {\n        return;\n    }\n"),
        "one_path": ("u32", "", "    bb0: {\n        switchInt(copy _1) -> [0: bb1, otherwise: bb2];\n    }\n"
                     "    bb1: {\n        _0 = copy _1;\n        return;\n    }\n    bb2: {\n        return;\n    }\n"),
        "both_paths": ("u32", "", "    bb0: {\n        switchInt(copy _1) -> [0: bb1, otherwise: bb2];\n    }\n"
                       "    bb1: {\n        _0 = copy _1;\n        return;\n    }\n    bb2: {\n        _0 = const 2_u32;\n        return;\n    }\n"),
        "after_loop": ("u32", "", "    bb0: {\n        goto -> bb1;\n    }\n    bb1: {\n        switchInt(copy _1) -> [0: bb2, otherwise: bb1];\n    }\n"
                       "    bb2: {\n        return;\n    }\n"),
        "unit_unwritten": ("()", "", "    bb0: {\n        return;\n    }\n"),
        "call_dest": ("u32", "", "    bb0: {\n        _0 = g(copy _1) -> [return: bb1, unwind continue];\n    }\n    bb1: {\n        return;\n    }\n"),
        "written_after_return_block": ("u32", "", "    bb0: {\n        goto -> bb2;\n    }\n    bb1: {\n        _0 = copy _1;\n        goto -> bb2;\n    }\n"
                                       "    bb2: {\n        return;\n    }\n"),
    }
    g = "fn g(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n"
    for name, (ret, decls, body) in cases.items():
        p = w(tmp, "ret_%s.mir" % name, mir_fn(ret, decls, body) + g)
        mr.append(("return_place_%s_run" % name, "$BIN run %s --entry f --args 1" % p))
        mr.append(("return_place_%s_check" % name, "$BIN check %s" % p))
    C["return-place"] = mr
    return C


def main():
    campaign24.campaign("campaign25", classes, sys.argv, usage=__doc__)


if __name__ == "__main__":
    main()
