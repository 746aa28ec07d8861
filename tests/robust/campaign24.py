#!/usr/bin/env python3
"""tests/robust/campaign24.py -- issue 23's third sweep (robust24): invocations campaign.py does not make.

usage: python3 tests/robust/campaign24.py BIN [--class=NAME,...] [--only=SUBSTR] [--timeout=S]
       python3 tests/robust/campaign24.py BIN --sweep   (truncate .mir/.rs inputs at every line)

Each invocation is a shell command run with $BIN (best the ASan + UBSan build, ./coroslim-san) under
/usr/bin/time; printed per invocation: class, name, exit status, seconds, peak RSS (MB), the last line of
stderr and the first of stdout, and a flag where the standards are broken on their face (a signal or a
sanitizer report: crash; over --timeout: hang; exit 0 with an error on stderr or nothing on stdout for a
printing command, or a non-zero exit with nothing on stderr: silent; a user error on stdout, or an error
line that is not `FILE:LINE:COL: error:`, `FILE: error:`, `coroslim: ...` or a usage: misplaced).
Wrong answers need a reader: read every line. Sizes N and 10N are paired (name_N / name_10N) so that
growth shows in the seconds and RSS columns. Not part of `make check`: the findings are cases in
tests/robust/cases.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
M = os.path.join(ROOT, "tests", "mir")
R = os.path.join(ROOT, "tests", "rust")
BASIC = os.path.join(R, "basic_await.rs")
LOWERED = os.path.join(M, "four_awaits_lowered.mir")


def w(tmp, name, data):
    p = os.path.join(tmp, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return p


def nest(n, open_, mid, close):
    return open_ * n + mid + close * n


def classes(tmp):
    C = {}
    # --- deep nesting and long lists of every construct (valid Rust)
    d = []

    def rs(name, text, cmd="check", extra=""):
        p = w(tmp, name + ".rs", text)
        d.append((name, "$BIN %s %s %s" % (cmd, p, extra)))

    for n in (50, 120, 400):
        rs("match_in_match_%d" % n, "fn f(x: u32) -> u32 { " + nest(n, "match x { 0 => ", "1", ", _ => 0 }") + " }\n"
           "async fn g() -> u32 { yield_now().await; f(0) }\n")
    for n in (50, 120, 400):
        rs("loop_in_loop_%d" % n, "async fn g() -> u32 { let mut k = 0u32; " + nest(n, "loop { ", "k += 1; break;", " break; }")
           + " yield_now().await; k }\n")
    for n in (20, 60, 200):
        rs("async_block_in_block_%d" % n, "async fn g() -> u32 { " + nest(n, "async { ", "yield_now().await; 1u32", " }.await")
           + " }\n")
    for n in (100, 400, 5000):
        rs("unary_not_%d" % n, "async fn g(b: bool) -> bool { yield_now().await; " + "!" * n + "b }\n", "run", "--entry g --args true")
    for n in (100, 400, 5000):
        rs("unary_neg_%d" % n, "async fn g(b: i32) -> i32 { yield_now().await; " + "-" * n + "b }\n", "run", "--entry g --args 7")
    for n in (500, 999, 1001, 100000):
        rs("binary_chain_%d" % n, "async fn g(a: u32) -> u32 { yield_now().await; a" + " ^ a" * n + " }\n", "run", "--entry g --args 5")
    for n in (100, 1000, 10000):
        rs("tuple_%d" % n, "async fn g() -> u8 { let t = (" + "1u8, " * n + "); yield_now().await; t.%d }\n" % (n - 1), "run", "--entry g")
    for n in (100, 1000, 10000):
        rs("tuple_type_%d" % n, "fn f(t: (" + "u8, " * n + ")) -> u8 { t.0 }\nasync fn g() -> u32 { 1 }\n", "verify")
    for n in (256, 257, 1000):
        rs("enum_variants_%d" % n, "enum E { " + "".join("V%d, " % i for i in range(n)) + "}\n"
           "fn pick(x: u32) -> E { if x == 0 { E::V0 } else { E::V%d } }\n"
           "async fn g(x: u32) -> u32 { let e = pick(x); yield_now().await; match e { E::V0 => 1, _ => 2 } }\n" % (n - 1),
           "run", "--entry g --args 1")
    for n in (1000, 10000):
        rs("sync_params_%d" % n, "fn f(" + ", ".join("p%d: u32" % i for i in range(n)) + ") -> u32 { p%d }\n"
           "async fn g() -> u32 { yield_now().await; f(" % (n - 1) + ", ".join("%d" % (i & 7) for i in range(n)) + ") }\n",
           "run", "--entry g")
    for n in (100, 1000):
        rs("async_params_%d" % n, "async fn f(" + ", ".join("p%d: u32" % i for i in range(n)) + ") -> u32 { yield_now().await; p%d }\n" % (n - 1)
           + "async fn g() -> u32 { f(" + ", ".join("%d" % (i & 7) for i in range(n)) + ").await }\n", "check")
    for n in (10, 100, 1000):
        rs("generic_params_%d" % n, "fn f<" + ", ".join("T%d" % i for i in range(n)) + ">(x: T0) -> T0 { x }\n"
           "async fn g() -> u32 { yield_now().await; f::<u32" + ", u8" * (n - 1) + ">(3) }\n", "run", "--entry g")
    for n in (10000, 100000):
        rs("many_fns_%d" % n, "".join("fn f%d(x: u32) -> u32 { x + %d }\n" % (i, i & 7) for i in range(n)) +
           "async fn g() -> u32 { yield_now().await; f%d(1) }\n" % (n - 1), "verify")
    for n in (10000, 100000):
        rs("many_stmts_%d" % n, "async fn g() -> u32 {\n" + "    observe(%d);\n" * 0 + "".join("    observe(%d);\n" % (i & 255) for i in range(n)) +
           "    yield_now().await;\n    1\n}\n", "verify")
    for n in (1000, 10000):
        rs("distinct_lets_across_await_%d" % n, "async fn g() -> u32 {\n" + "".join("    let a%d = %du32;\n" % (i, i & 7) for i in range(n)) +
           "    yield_now().await;\n    0" + "".join(" + a%d" % i for i in range(0, n, max(1, n // 100))) + "\n}\n", "stats", "--format=csv")
    for n in (1000, 10000):
        rs("lets_each_across_own_await_%d" % n, "async fn g() -> u32 {\n    let mut s = 0u32;\n" +
           "".join("    let a%d = %du32;\n    yield_now().await;\n    s += a%d;\n" % (i, i & 7, i) for i in range(n)) + "    s\n}\n",
           "stats", "--release --format=csv")
    for n in (1000, 10000):
        rs("method_chain_%d" % n, "struct S { v: u32 }\nimpl S { fn inc(self) -> S { S { v: self.v + 1 } } }\n"
           "async fn g() -> u32 { yield_now().await; S { v: 0 }" + ".inc()" * n + ".v }\n", "run", "--entry g")
    for n in (100, 1000):
        rs("field_chain_%d" % n, "async fn g() -> u8 { let t = " + nest(n, "(", "7u8", ",)") + "; yield_now().await; t" + ".0" * n + " }\n", "run", "--entry g")
    for n in (100, 250, 1000):
        rs("return_chain_%d" % n, "fn f() -> u32 { " + "return " * n + "1 }\nasync fn g() -> u32 { f() }\n", "run", "--entry g")
    for n in (1000, 10000):
        rs("guard_arms_%d" % n, "async fn g(x: u32) -> u32 { yield_now().await; match x { " +
           "".join("v if v == %d => %d, " % (i, i & 255) for i in range(n)) + "_ => 0 } }\n", "run", "--entry g --args %d" % (n - 1))
    for n in (100, 1000):
        rs("if_else_nested_%d" % n, "fn f(a: u32) -> u32 { " + nest(n, "if a > 0 { 1 } else { ", "0", " }") + " }\nasync fn g() -> u32 { f(1) }\n",
           "run", "--entry g")
    for n in (1000, 10000):
        rs("observe_in_loop_body_%d" % n, "async fn g() -> u32 { let mut i = 0u32; while i < 3 { " + "observe(i); " * n
           + "yield_now().await; i += 1; } i }\n", "check")
    rs("ident_1mb", "async fn " + "x" * (1 << 20) + "() -> u32 { 1 }\n", "verify")
    rs("number_1mb", "async fn g() -> u32 { " + "1" * (1 << 20) + " }\n", "verify")
    rs("line_1mb_spaces", "async fn g() -> u32 {" + " " * (1 << 20) + "1 }\n", "verify")
    rs("line_1mb_error_at_end", "async fn g() -> u32 {" + " " * (1 << 20) + "$ }\n", "verify")
    rs("path_2000_segments", "async fn g() -> u32 { " + "a::" * 2000 + "b }\n", "verify")
    rs("type_path_2000", "fn f(x: " + "a::" * 2000 + "B) -> u32 { 1 }\n", "verify")
    rs("non_utf8_ident_latin1", b"async fn caf\xe9() -> u32 { 1 }\n".decode("latin-1"), "verify")
    rs("unicode_ident_run", "async fn caf\u00e9(x: u32) -> u32 { yield_now().await; x }\n", "run", "--entry caf\u00e9 --args 4")
    rs("unicode_ident_error_col", "async fn caf\u00e9() -> u32 { \u00e9\u00e9 }\n", "verify")
    rs("nul_in_middle_of_ident", "async fn ab\x00cd() -> u32 { 1 }\n", "verify")
    rs("crlf_error_column", "async fn g() -> u32 {\r\n    yield_now().await;\r\n    x\r\n}\r\n", "verify")
    rs("bom_twice", "\ufeff\ufeffasync fn g() -> u32 { 1 }\n", "verify")
    rs("bom_in_middle", "async fn g() -> u32 {\ufeff 1 }\n", "verify")
    rs("only_whitespace", " \n\t\n  \n", "lower")
    rs("only_comments", "// a\n/* b */\n/// c\n", "check")
    rs("nested_block_comment_deep", "/*" * 5000 + "*/" * 5000 + "\nasync fn g() -> u32 { 1 }\n", "verify")
    rs("nested_block_comment_unbalanced", "/*" * 5000 + "*/" * 4999 + "\nasync fn g() -> u32 { 1 }\n", "verify")
    rs("raw_ident", "async fn r#match() -> u32 { 1 }\n", "verify")
    rs("int_max_literals", "async fn g() -> u64 { yield_now().await; 18446744073709551615u64 }\n", "run", "--entry g")
    rs("i64_min_literal_run", "async fn g() -> i64 { yield_now().await; -9223372036854775808i64 }\n", "run", "--entry g")
    rs("i128_type", "async fn g() -> i128 { 1 }\n", "verify")
    rs("char_literal", "async fn g() -> char { 'x' }\n", "verify")
    rs("string_literal", "async fn g() -> u32 { let s = \"abc\"; 1 }\n", "verify")
    rs("float_literal", "async fn g() -> u32 { let f = 1.5; 1 }\n", "verify")
    rs("closure", "async fn g() -> u32 { let c = |x: u32| x + 1; c(1) }\n", "verify")
    C["rs-shapes"] = d

    # --- .mir text: dangling ids, wrong counts, odd layouts
    mi = []
    low = open(LOWERED).read()

    def mir(name, text, cmd="verify", extra=""):
        p = w(tmp, name + ".mir", text)
        mi.append((name, "$BIN %s %s %s" % (cmd, p, extra)))

    def sub(name, pairs, cmd="verify", extra=""):
        s = low
        for a, b in pairs:
            if a not in s:
                raise SystemExit("campaign24: %r not in four_awaits_lowered.mir" % a)
            s = s.replace(a, b, 1)
        mir(name, s, cmd, extra)

    f0 = "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n%s\n    bb0: {\n%s\n    }\n%s}\n"
    mir("goto_dangling", f0 % ("", "        goto -> bb9;", ""), "run", "--entry f --args 1")
    mir("switch_dangling", f0 % ("", "        switchInt(copy _1) -> [0: bb1, otherwise: bb0];", ""), "run", "--entry f --args 1")
    mir("call_return_dangling", f0 % ("", "        _0 = f(copy _1) -> [return: bb3, unwind continue];", ""), "verify")
    mir("call_unwind_dangling", f0 % ("", "        _0 = f(copy _1) -> [return: bb0, unwind: bb4];", ""), "verify")
    mir("assert_target_dangling", f0 % ("    let mut _2: bool;", "        _2 = const true;\n        assert(move _2, \"x\") -> [success: bb7, unwind continue];", ""), "verify")
    mir("block_without_terminator", f0 % ("", "        _0 = copy _1;", ""), "run", "--entry f --args 1")
    mir("stmt_after_terminator", f0 % ("", "        return;\n        _0 = copy _1;", ""), "verify")
    mir("two_terminators", f0 % ("", "        _0 = copy _1;\n        return;\n        return;", ""), "verify")
    mir("local_undeclared", f0 % ("", "        _0 = copy _5;\n        return;", ""), "run", "--entry f --args 1")
    mir("local_gap", f0 % ("    let mut _7: u32;", "        _7 = copy _1;\n        _0 = copy _7;\n        return;", ""), "run", "--entry f --args 1")
    mir("return_place_missing", "fn f(_1: u32) -> u32 {\n    bb0: {\n        return;\n    }\n}\n", "run", "--entry f --args 1")
    mir("return_type_mismatch", "fn f(_1: u32) -> u32 {\n    let mut _0: u8;\n    bb0: {\n        return;\n    }\n}\n", "verify")
    mir("arg_type_mismatch_use", f0 % ("", "        _0 = Add(copy _1, const 1_u8);\n        return;", ""), "verify")
    mir("yield_in_plain_fn", f0 % ("", "        _0 = yield(copy _1) -> [resume: bb0, drop: bb0];", ""), "verify")
    mir("block_order_reversed", f0 % ("", "        goto -> bb1;", "    bb2: {\n        return;\n    }\n    bb1: {\n        goto -> bb2;\n    }\n"), "run", "--entry f --args 1")
    mir("block_100000", f0 % ("", "        goto -> bb1;", "".join("    bb%d: {\n        goto -> bb%d;\n    }\n" % (i, i + 1) for i in range(1, 100000)) + "    bb100000: {\n        _0 = copy _1;\n        return;\n    }\n"), "run", "--entry f --args 1")
    mir("locals_100000", f0 % ("".join("    let mut _%d: u32;\n" % i for i in range(2, 100002)), "        _0 = copy _1;\n        return;", ""), "run", "--entry f --args 1")
    mir("self_loop_run", f0 % ("", "        goto -> bb0;", ""), "run", "--entry f --args 1")
    mir("call_unknown_fn", f0 % ("", "        _0 = nope(copy _1) -> [return: bb1, unwind continue];", "    bb1: {\n        return;\n    }\n"), "verify")
    mir("call_arity_wrong", f0 % ("", "        _0 = f(copy _1, copy _1) -> [return: bb1, unwind continue];", "    bb1: {\n        return;\n    }\n"), "verify")
    mir("const_negative_unsigned", f0 % ("", "        _0 = const -1_u32;\n        return;", ""), "run", "--entry f --args 1")
    mir("const_i8_min", "fn f() -> i8 {\n    let mut _0: i8;\n    bb0: {\n        _0 = const -128_i8;\n        return;\n    }\n}\n", "run", "--entry f")
    mir("const_i8_below_min", "fn f() -> i8 {\n    let mut _0: i8;\n    bb0: {\n        _0 = const -129_i8;\n        return;\n    }\n}\n", "verify")
    mir("const_u64_max", "fn f() -> u64 {\n    let mut _0: u64;\n    bb0: {\n        _0 = const 18446744073709551615_u64;\n        return;\n    }\n}\n", "run", "--entry f")
    mir("unterminated_block_comment", "/* x\n" + low, "verify")
    mir("fn_name_only", "fn", "verify")
    mir("unclosed_fn", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        return;\n", "verify")
    mir("deep_scopes_3000", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n" + nest(3000, "    scope 1 {\n", "", "    }\n") + "    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n", "run", "--entry f --args 2")
    mir("deep_array_type", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    let mut _2: " + "[" * 250 + "u8" + "; 1]" * 250 + ";\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n", "verify")
    mir("deep_tuple_type", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    let mut _2: " + "(" * 250 + "u8" + ",)" * 250 + ";\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n", "verify")
    sub("layout_align_2pow31", [("size 6, align 1", "size 2147483648, align 2147483648")])
    sub("layout_size_not_multiple", [("size 6, align 1", "size 7, align 2")])
    sub("layout_offset_negative", [("debug n, offset 2", "debug n, offset -2")])
    sub("layout_tag_at_huge", [("tag u8 at 0", "tag u8 at 4294967295")])
    sub("layout_variant_count_short", [("variant Suspend3: [_s4, _s6];", "")])
    sub("layout_two_layouts", [("    layout {", "    layout {\n        size 6, align 1, tag u8 at 0;\n    }\n    layout {")])
    sub("layout_saved_type_unknown", [("_s0: u8 = _3", "_s0: Nope = _3")])
    sub("layout_run_wrong_entry", [], "run", "--entry four::{closure#0} --args 3")
    sub("layout_run_drop_shim", [], "run", "--entry 'four::{closure#0}::{coroutine_drop}' --args 3")
    sub("layout_run_no_args", [], "run", "--entry four")
    sub("lowered_check", [], "check", "")
    C["mir-text"] = mi

    # --- run --args and check's limits
    ra = []
    ty = w(tmp, "types.rs", "async fn i8f(x: i8) -> i8 { yield_now().await; x }\nasync fn i64f(x: i64) -> i64 { yield_now().await; x }\n"
           "async fn u64f(x: u64) -> u64 { yield_now().await; x }\nasync fn usf(x: usize) -> usize { yield_now().await; x }\n"
           "async fn bf(x: bool) -> bool { yield_now().await; x }\nasync fn none() -> u32 { yield_now().await; 1 }\n"
           "struct P { a: u32 }\nasync fn pf(p: P) -> u32 { yield_now().await; p.a }\n"
           "async fn of(o: Option<u32>) -> u32 { yield_now().await; match o { Some(v) => v, None => 0 } }\n"
           "async fn af(a: [u32; 2]) -> u32 { yield_now().await; a[0] }\n"
           "async fn gf(g: Guard) -> u32 { yield_now().await; 1 }\n"
           "fn sync(x: u32) -> u32 { x }\n")
    for entry, args in [("i8f", "-128"), ("i8f", "127"), ("i8f", "-129"), ("i8f", "128"), ("i64f", "-9223372036854775808"),
                        ("i64f", "9223372036854775807"), ("i64f", "9223372036854775808"), ("i64f", "-9223372036854775809"),
                        ("u64f", "18446744073709551615"), ("usf", "18446744073709551615"), ("bf", "false"), ("bf", "TRUE"),
                        ("bf", "0"), ("none", ""), ("none", "1"), ("u64f", " 1"), ("u64f", "1 "), ("u64f", "0b1"), ("u64f", "1_0"),
                        ("u64f", "00000000000000000000000000001"), ("u64f", "9" * 5000), ("pf", "1"), ("of", "1"), ("af", "1,2"),
                        ("gf", "1"), ("sync", "5"), ("sync", ""), ("u64f", ",".join(["1"] * 30000))]:
        ra.append(("args_%s_%s" % (entry, args[:24]), "$BIN run %s --entry %s '--args=%s'" % (ty, entry, args)))
    ra.append(("cancel_after_0", "$BIN run %s --entry foo --cancel-after=0" % BASIC))
    ra.append(("cancel_after_repoll", "$BIN run %s --entry foo --cancel-after=1 --repoll" % BASIC))
    ra.append(("args_without_entry", "$BIN run %s --args 1" % BASIC))
    ra.append(("entry_path_colons", "$BIN run %s --entry ::foo" % BASIC))
    al = w(tmp, "argslines.rs", "async fn f(a: u32) -> u32 { yield_now().await; a }\n" + "".join("//@ args: f %d\n" % i for i in range(257)))
    ra.append(("args_lines_257", "$BIN check %s" % al))
    al2 = w(tmp, "argslines_unknown.rs", "async fn f(a: u32) -> u32 { yield_now().await; a }\n//@ args: nope 1\n")
    ra.append(("args_line_unknown_fn", "$BIN check %s" % al2))
    al3 = w(tmp, "argslines_sync.rs", "fn s(a: u32) -> u32 { a }\nasync fn f(a: u32) -> u32 { yield_now().await; s(a) }\n//@ args: s 1\n")
    ra.append(("args_line_sync_fn", "$BIN check %s" % al3))
    al4 = w(tmp, "argslines_empty.rs", "async fn f(a: u32) -> u32 { yield_now().await; a }\n//@ args:\n")
    ra.append(("args_line_empty", "$BIN check %s" % al4))
    al5 = w(tmp, "argslines_count.rs", "async fn f(a: u32) -> u32 { yield_now().await; a }\n//@ args: f 1,2\n")
    ra.append(("args_line_count", "$BIN check %s" % al5))
    C["run-args"] = ra

    # --- silent results: write errors, SIGPIPE, env, -o
    io = []
    big = w(tmp, "bigout.rs", "".join("async fn f%d(x: u32) -> u32 { yield_now().await; x + %d }\n" % (i, i) for i in range(3000)))
    for cmd in ["layout %s --format=json" % BASIC, "stats %s --format=csv" % BASIC, "import %s --format=summary" % os.path.join(ROOT, "tests/import/shapes.mir"),
                "lower %s" % BASIC, "build %s" % BASIC, "opt %s --print-after-all" % BASIC, "emit %s" % BASIC,
                "run %s --entry foo" % BASIC, "help run", "verify %s" % BASIC, "stats %s --format=json" % BASIC,
                "import %s/tests/import/shapes_dump --format=json" % ROOT]:
        io.append(("dev_full: " + cmd.split()[0] + " " + cmd.split()[-1][:20], "$BIN %s >/dev/full" % cmd))
    for cmd in ["lower %s" % big, "print %s" % big, "stats %s" % big, "check %s" % big]:
        io.append(("sigpipe_head: " + cmd.split()[0], "$BIN %s | head -1 >/dev/null; echo \"head done\"" % cmd))
        io.append(("sigpipe_ignored: " + cmd.split()[0], "sh -c \"trap '' PIPE; $BIN %s | head -1 >/dev/null\"" % cmd))
    io.append(("stderr_dev_full_error", "$BIN verify /nonexistent.rs 2>/dev/full; echo \"exit $?\" >&2"))
    ld = os.path.join(tmp, "emitdir")
    os.makedirs(ld, exist_ok=True)
    if not os.path.lexists(os.path.join(ld, "lib.rs")):
        os.symlink("/dev/full", os.path.join(ld, "lib.rs"))
    io.append(("emit_o_full_disk", "$BIN emit %s -o %s" % (BASIC, ld)))
    fd = w(tmp, "afile", "x")
    io.append(("emit_o_is_file", "$BIN emit %s -o %s" % (BASIC, fd)))
    ld2 = os.path.join(tmp, "emitdir2", "lib.rs")
    os.makedirs(ld2, exist_ok=True)
    io.append(("emit_o_lib_rs_is_dir", "$BIN emit %s -o %s" % (BASIC, os.path.dirname(ld2))))
    io.append(("emit_o_deep_missing", "$BIN emit %s -o %s/a/b/c" % (BASIC, tmp)))
    io.append(("emit_o_long_path", "$BIN emit %s -o %s/%s" % (BASIC, tmp, "d" * 300)))
    for v in ["abc", "-2", "99999999999999999999", "", "5x"]:
        io.append(("env_inline_max_preamble=%s" % v, "COROSLIM_INLINE_MAX_PREAMBLE='%s' $BIN opt %s --passes=inline-single-await | head -2" % (v, BASIC)))
    io.append(("env_inline_max_postamble=x", "COROSLIM_INLINE_MAX_POSTAMBLE=x $BIN check %s" % BASIC))
    io.append(("env_tmpdir_missing_bytes", "TMPDIR=/nonexistent $BIN bytes %s" % BASIC))
    io.append(("env_rustc_false_bytes", "RUSTC=/bin/false $BIN bytes %s" % BASIC))
    io.append(("env_rustc_missing_bytes", "RUSTC=/nonexistent/rustc $BIN bytes %s" % BASIC))
    io.append(("env_tmpdir_long_bytes", "TMPDIR=/tmp/%s $BIN bytes %s" % ("t" * 4090, BASIC)))
    io.append(("env_sysroot_missing_thumb", "COROSLIM_SYSROOT=/nonexistent $BIN bytes --target=thumbv7em-none-eabi %s" % BASIC))
    C["silent"] = io

    # --- commands and options not yet tried
    op = []
    for args in ["-", "--", "---", "-O -O", "--release=1", "--panic", "--entry", "--format=json --", "--jobs=1 --jobs=2",
                 "--jobs=0x2", "--jobs=+2", "--jobs=' 2'", "--verify-each --verify-each", "--print-after-all"]:
        op.append(("opt " + args, "$BIN opt %s %s" % (BASIC, args)))
    for c in ["print", "verify", "build", "lower", "layout", "run", "opt", "stats", "import", "emit", "bytes", "check", "crate"]:
        op.append(("help_" + c + "_-h", "$BIN %s -h | head -1" % c))
    op += [("bytes_opt_level_empty", "$BIN bytes %s --opt-level=" % BASIC),
           ("bytes_mir_file", "$BIN bytes %s" % LOWERED),
           ("bytes_target_full_triple", "$BIN bytes %s --target=x86_64-unknown-linux-gnu --format=xml" % BASIC),
           ("bytes_thumb_unwind", "$BIN bytes %s --target=thumbv6m-none-eabi --panic=unwind" % BASIC),
           ("bytes_alone_passes_none", "$BIN bytes %s --alone --passes=none --format=json" % BASIC),
           ("emit_target_thumb_twice", "$BIN emit %s --target=thumbv6m-none-eabi --target=x86_64" % BASIC),
           ("emit_passes_unknown", "$BIN emit %s --passes=nope" % BASIC),
           ("emit_harness_mir", "$BIN emit %s --harness | tail -3" % LOWERED),
           ("import_label_empty_file", "$BIN import lbl=" ),
           ("import_same_file_twice", "$BIN import %s %s --format=summary" % (LOWERED, LOWERED)),
           ("import_rs_and_mir", "$BIN import %s %s" % (LOWERED, BASIC)),
           ("import_json_file_not_dir", "$BIN import %s --format=json" % LOWERED),
           ("import_md", "$BIN import %s/tests/import/shapes.mir --format=md | head -3" % ROOT),
           ("crate_not_a_package", "cd %s && $BIN crate" % tmp),
           ("crate_bad_manifest", "mkdir -p %s/badcrate && printf 'garbage [[[\\n' >%s/badcrate/Cargo.toml && $BIN crate %s/badcrate" % (tmp, tmp, tmp)),
           ("crate_cargo_missing", "CARGO=/nonexistent/cargo $BIN crate %s/tests/crate/fixture" % ROOT),
           ("crate_o_missing_dir", "$BIN crate %s/tests/crate/fixture -o /nonexistent/dir/x.html --format=html" % ROOT),
           ("crate_two_paths", "$BIN crate %s %s" % (tmp, tmp)),
           ("check_dir_without_mir", "$BIN check %s/emitdir2" % tmp),
           ("stats_2000_files", "cd %s && $BIN stats " % ROOT + " ".join(["tests/rust/basic_await.rs"] * 2000) + " --format=csv | tail -1"),
           ("check_same_file_twice", "$BIN check %s %s" % (BASIC, BASIC)),
           ("layout_json_mir", "$BIN layout %s --format=json | head -3" % LOWERED),
           ("print_rs_release", "$BIN print %s --release" % BASIC),
           ("verify_release_flag", "$BIN verify %s -O" % BASIC)]
    C["options"] = op

    # --- unbounded and odd files
    ub = []
    os.symlink("/proc/self/status", os.path.join(tmp, "proc.rs")) if not os.path.lexists(os.path.join(tmp, "proc.rs")) else None
    ub.append(("proc_file_as_rs", "$BIN verify %s/proc.rs" % tmp))
    if not os.path.lexists(os.path.join(tmp, "loop.rs")):
        os.symlink(os.path.join(tmp, "loop.rs"), os.path.join(tmp, "loop.rs"))
    ub.append(("symlink_loop", "$BIN verify %s/loop.rs" % tmp))
    ub.append(("path_long_component", "$BIN verify %s/%s.rs" % (tmp, "n" * 300)))
    deep = tmp + "/" + "/".join(["dddddddddd"] * 300)
    os.makedirs(deep, exist_ok=True)
    w(deep, "e.rs", "async fn g() -> u32 { x }\n") if len(deep) < 3900 else None
    ub.append(("path_3300_bytes_error", "cd %s && $BIN verify %s/e.rs" % (tmp, deep)))
    ub.append(("stdin_dev_zero_import", "$BIN import /dev/stdin </dev/zero"))
    ub.append(("stdin_rs_dev_stdin", "printf 'async fn g() -> u32 { 1 }\\n' | $BIN verify /dev/stdin"))
    ub.append(("file_sparse_256mib_plus1", "truncate -s 268435457 %s/big.rs && $BIN verify %s/big.rs; rm -f %s/big.rs" % (tmp, tmp, tmp)))
    ub.append(("file_newline_in_name", "printf 'async fn g() -> u32 { x }\\n' >'%s/a\nb.rs' && $BIN verify '%s/a\nb.rs'" % (tmp, tmp)))
    C["unbounded"] = ub
    return C


SAN = re.compile(r"AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:|LeakSanitizer|internal error")
GOOD_ERR = re.compile(r"^(\S.*:\d+:\d+: error: |\S.*: error: |coroslim: |usage: |coroslim \S+: |error: )")


def judge(name, cmd, rc, out, err):
    if rc is None:
        return "hang"
    if rc < 0 or (rc >= 128 and "sigpipe" not in name) or SAN.search(err):
        return "crash"
    if rc != 0 and not err.strip() and "sigpipe" not in name:
        return "silent"
    if rc == 0 and re.search(r"\berror\b", err):
        return "silent"
    if re.search(r"^\S+:\d+:\d+: error:", out, re.M):
        return "misplaced"
    first = next((line for line in err.splitlines() if line.strip() and not line.startswith("\t")), "")
    if rc not in (0, None) and first and not GOOD_ERR.search(first) and " run " not in cmd and " check " not in cmd:
        return "misplaced"
    return None


def run(binary, name, cmd, timeout, tmp):
    env = dict(os.environ, BIN=binary)
    full = "/usr/bin/time -f '%%e %%M' -o %s/time.txt sh -c %s" % (tmp, "'" + cmd.replace("'", "'\\''") + "'")
    try:
        p = subprocess.run(full, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=timeout,
                           cwd=tmp, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, "", "", "-", "-"
    try:
        t = open(os.path.join(tmp, "time.txt")).read().split()
        secs, rss = t[-2], "%d" % (int(t[-1]) // 1024)
    except (OSError, IndexError, ValueError):
        secs, rss = "-", "-"
    out = p.stdout.decode(errors="replace")
    err = p.stderr.decode(errors="replace")
    rc = p.returncode
    if rc != 0 and "Command exited with non-zero status" in err:
        err = "\n".join(line for line in err.splitlines() if "Command exited with non-zero status" not in line)
    if "Command terminated by signal" in err:
        rc = -int(err.rsplit(" ", 1)[-1]) if err.rsplit(" ", 1)[-1].strip().isdigit() else -1
    return rc, out, err, secs, rss


def sweep(binary, tmp):
    """Every prefix (by lines) of a few modules: each must be a located error, never a crash or ok."""
    bad = total = 0
    for src, cmd in [(LOWERED, "verify"), (os.path.join(M, "two_await_body.mir"), "verify"),
                     (os.path.join(M, "items.mir"), "verify"), (os.path.join(ROOT, "tests/import/shapes.mir"), "import"),
                     (BASIC, "verify")]:
        lines = open(src).read().split("\n")
        for k in range(len(lines)):
            text = "\n".join(lines[:k]) + ("\n" if k else "")
            ext = os.path.splitext(src)[1]
            p = w(tmp, "trunc" + ext, text)
            r = subprocess.run([binary, cmd, p], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp)
            err = r.stderr.decode(errors="replace")
            total += 1
            okfull = text.strip() == "\n".join(lines).strip()
            flag = None
            if r.returncode < 0 or SAN.search(err):
                flag = "crash"
            elif r.returncode == 0 and not okfull:
                # a prefix that ends between items may be a valid module (fewer fns)
                flag = "ok-prefix"
            elif r.returncode != 0 and not re.search(r":\d+:\d+: error: |: error: ", err):
                flag = "unlocated"
            if flag and flag != "ok-prefix":
                bad += 1
            if flag:
                print("%-10s %s %s lines %d: exit %d %s" % (flag, cmd, os.path.basename(src), k, r.returncode,
                                                        (err.strip().splitlines() or [""])[-1][:150]))
    print("sweep: %d prefixes, %d flagged" % (total, bad))


def campaign(prefix, classes_of, argv, sweep_fn=None, usage=None):
    """Run every invocation of classes_of(tmp) (`--class=A,B`, `--only=SUBSTR`, `--timeout=S`) against
    argv[1] and print one judged line each; campaign25.py runs its own classes through it."""
    if len(argv) < 2:
        sys.exit(usage or __doc__)
    binary = os.path.abspath(argv[1])
    only_cls, only, timeout = None, None, 300.0
    for a in argv[2:]:
        if a.startswith("--class="):
            only_cls = set(a[8:].split(","))
        elif a.startswith("--only="):
            only = a[7:]
        elif a.startswith("--timeout="):
            timeout = float(a[10:])
    tmp = tempfile.mkdtemp(prefix=prefix + "_")
    if sweep_fn and "--sweep" in argv:
        sweep_fn(binary, tmp)
        subprocess.run(["rm", "-rf", tmp])
        return
    C = classes_of(tmp)
    total = flagged = 0
    for cls, items in C.items():
        if only_cls and cls not in only_cls:
            continue
        for name, cmd in items:
            if only and only not in name:
                continue
            rc, out, err, secs, rss = run(binary, name, cmd, timeout, tmp)
            verdict = judge(name, cmd, rc, out, err)
            total += 1
            flagged += bool(verdict)
            etail = (err.strip().splitlines() or [""])[-1][:170].replace(tmp, "TMP")
            ohead = (out.strip().splitlines() or [""])[0][:90].replace(tmp, "TMP")
            print("%-9s %-12s %-40s exit %-4s %6ss %6sMB | err: %s | out: %s" %
                  (verdict or "-", cls, name[:40], rc, secs, rss, etail, ohead), flush=True)
    print("%s: %d invocations, %d flagged" % (prefix, total, flagged))
    subprocess.run(["rm", "-rf", tmp])


def main():
    campaign("campaign24", classes, sys.argv, sweep)


if __name__ == "__main__":
    main()
