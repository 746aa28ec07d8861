#!/usr/bin/env python3
"""tests/robust/campaign26.py -- issue 23's fifth sweep (hunt26): invocations campaign.py, campaign24.py and
campaign25.py do not make: expression shapes nested deep (parentheses, unary and binary chains, casts, blocks as
values, field chains, calls in calls, arrays in arrays, whiles in whiles), many items and many fns calling one
another, bytes that are not Rust (NUL, CR alone, form feed, vertical tab, BOM after text), `.mir` files that lie
in new ways (duplicate definitions, huge indices, variants naming absent saved locals, tags of odd types,
unreachable blocks holding garbage), bad flags for every command, every command's stdout on /dev/full or
closed, file arguments that are fifos, sockets, devices, directories, and wide parameter lists and
struct / tuple patterns (time per element).

usage: python3 tests/robust/campaign26.py BIN [--class=NAME,...] [--only=SUBSTR] [--timeout=S] [--sweep]

--sweep truncates a small .rs and a small .mir at every byte offset and runs `verify` (and `check` on the .rs)
on each: every prefix must be a located error or (a prefix ending between items) ok, never a crash.
Printed per invocation as campaign24.py prints. Not part of `make check`: the findings are cases in
tests/robust/cases.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import campaign24  # noqa: E402  (its judge and runner)

ROOT = campaign24.ROOT
M = campaign24.M
BASIC = campaign24.BASIC
LOWERED = campaign24.LOWERED
w = campaign24.w
nest = campaign24.nest
Y = "yield_now().await;"


def classes(tmp):
    C = {}
    # --- expression shapes nested deep (valid Rust)
    d = []

    def rs(name, text, cmd="check", extra=""):
        p = w(tmp, name + ".rs", text)
        d.append((name, "$BIN %s %s %s" % (cmd, p, extra)))

    for n in (100, 1000, 10000, 100000):
        rs("parens_%d" % n, "async fn g() -> u32 { let x = %s; %s x }\n" % (nest(n, "(", "1u32", ")"), Y))
        rs("blocks_value_%d" % n, "async fn g() -> u32 { let x = %s; %s x }\n" % (nest(n, "{ ", "1u32", " }"), Y))
        rs("not_chain_%d" % n, "async fn g() -> bool { let x = %strue; %s x }\n" % ("!" * n, Y), "run", "--entry g")
        rs("neg_chain_%d" % n, "async fn g() -> i32 { let x = %s1i32; %s x }\n" % ("- " * n, Y), "run", "--entry g")
        rs("add_chain_%d" % n, "async fn g() -> u32 { let x = 0u32%s; %s x }\n" % (" + 1" * n, Y), "run", "--entry g")
        rs("cast_chain_%d" % n, "async fn g() -> u32 { let x = 1u8%s; %s x }\n" % (" as u32" * n, Y), "run", "--entry g")
        rs("cmp_and_chain_%d" % n, "async fn g(a: u32) -> bool { let x = %s; %s x }\n"
           % (" && ".join(["a == 0"] * n), Y), "run", "--entry g --args 0")
    for n in (100, 1000, 10000):
        rs("sub_paren_right_%d" % n, "async fn g() -> i32 { let x = %s; %s x }\n" % (nest(n, "1 - (", "1i32", ")"), Y),
           "run", "--entry g")
        rs("if_value_%d" % n, "async fn g(c: bool) -> u32 { let x = %s; %s x }\n"
           % (nest(n, "if c { ", "1u32", " } else { 0 }"), Y), "run", "--entry g --args true")
        rs("if_cond_%d" % n, "async fn g(c: bool) -> u32 { let x = if %s { 1u32 } else { 2 }; %s x }\n"
           % (nest(n, "if c { ", "true", " } else { false }"), Y), "run", "--entry g --args true")
        rs("while_in_while_%d" % n, "async fn g() -> u32 { let mut k = 0u32; %s %s k }\n"
           % (nest(n, "while k < 1 { ", "k += 1;", " }"), Y), "run", "--entry g")
        rs("call_in_call_%d" % n, "fn h(x: u32) -> u32 { x + 1 }\nasync fn g() -> u32 { let x = %s; %s x }\n"
           % (nest(n, "h(", "0", ")"), Y), "run", "--entry g")
        rs("array_in_array_%d" % n, "fn f(x: %s) -> u8 { 0 }\nasync fn g() -> u8 { %s 1 }\n"
           % (nest(n, "[", "u8", "; 1]"), Y))
        rs("array_lit_nested_%d" % n, "async fn g() -> u32 { let a = %s; %s 1 }\n" % (nest(n, "[", "1u32", "]"), Y))
        rs("index_chain_%d" % n, "fn f(a: %s) -> u8 { a%s }\n" % (nest(n, "[", "u8", "; 1]"), "[0]" * n))
        rs("option_some_nested_%d" % n, "async fn g() -> u32 { let o = %s; %s 1 }\n" % (nest(n, "Some(", "1u32", ")"), Y))
        rs("return_chain_%d" % n, "fn f() -> u32 { %s1 }\nasync fn g() -> u32 { %s f() }\n" % ("return " * n, Y))
        rs("match_scrutinee_nested_%d" % n, "fn f(x: u32) -> u32 { %s }\nasync fn g() -> u32 { %s f(1) }\n"
           % (nest(n, "match ", "x", " { _ => 1 }"), Y))
        rs("let_else_block_nest_%d" % n, "async fn g() -> u32 { %s %s 1 }\n" % (nest(n, "{ let _a = 1u32; ", "", "}"), Y))
    for n in (30, 300, 3000):
        rs("struct_field_chain_%d" % n, "".join("struct S%d { f: S%d }\n" % (i, i + 1) for i in range(n))
           + "struct S%d { k: u32 }\nfn f(s: S0) -> u32 { s%s.k }\n" % (n, ".f" * n))
        rs("struct_lit_nested_%d" % n, "".join("struct S%d { f: S%d }\n" % (i, i + 1) for i in range(n))
           + "struct S%d { k: u32 }\nasync fn g() -> u32 { let s = %s; %s s%s.k }\n"
           % (n, "".join("S%d { f: " % i for i in range(n)) + "S%d { k: 7 }" % n + " }" * n, Y, ".f" * n),
           "run", "--entry g")
        rs("enum_pat_nested_%d" % n, "".join("enum E%d { A(E%d), B }\n" % (i, i + 1) for i in range(n))
           + "enum E%d { A(u32), B }\nfn f(e: E0) -> u32 { match e { %s => x, _ => 0 } }\n"
           "async fn g() -> u32 { %s f(%s) }\n"
           % (n, "".join("E%d::A(" % i for i in range(n + 1)) + "x" + ")" * (n + 1), Y,
              "".join("E%d::A(" % i for i in range(n + 1)) + "5" + ")" * (n + 1)), "run", "--entry g")
    for n in (1000, 10000, 100000):
        rs("fns_%d" % n, "".join("fn f%d(x: u32) -> u32 { x }\n" % i for i in range(n)) + "async fn g() -> u32 { %s f7(1) }\n" % Y,
           "stats", "--format=csv")
        rs("fn_call_chain_%d" % n, "fn f0(x: u32) -> u32 { x }\n" + "".join("fn f%d(x: u32) -> u32 { f%d(x) + 1 }\n" % (i, i - 1) for i in range(1, n))
           + "async fn g() -> u32 { %s f%d(0) }\n" % (Y, n - 1), "run", "--entry g")
        rs("async_fns_%d" % n, "".join("async fn a%d() -> u32 { %s %d }\n" % (i, Y, i % 7) for i in range(n // 10)),
           "layout", "--format=json | wc -c")
        rs("await_chain_fns_%d" % n, "async fn a0() -> u32 { %s 1 }\n" % Y
           + "".join("async fn a%d() -> u32 { a%d().await + 1 }\n" % (i, i - 1) for i in range(1, n // 10)),
           "run", "--entry a%d | tail -1" % (n // 10 - 1))
        rs("shadow_params_%d" % n, "fn f(x: u32) -> u32 { %s x }\n" % ("let x = x + 1; " * n), "run", "--entry f --args 0")
        rs("long_line_stmts_%d" % n, "async fn g() -> u32 { let mut k = 0u32; %s %s k }\n" % ("k += 1; " * n, Y),
           "run", "--entry g | tail -1")
    for n in (65, 255, 256, 1000):
        rs("big_array_len_%d" % n, "async fn g() -> u32 { let a = [7u32; %d]; %s a[%d] }\n" % (n, Y, n - 1), "run", "--entry g")
    rs("array_len_huge", "async fn g() -> u32 { let a = [7u8; 4294967296]; %s 1 }\n" % Y)
    rs("array_len_u64max", "async fn g() -> u32 { let a = [7u8; 18446744073709551615]; %s 1 }\n" % Y)
    rs("array_len_2e9_u64", "async fn g() -> u32 { let a = [7u64; 2000000000]; %s 1 }\n" % Y, "layout")
    rs("array_index_oob_const", "async fn g() -> u32 { let a = [7u32; 3]; %s a[3] }\n" % Y, "run", "--entry g")
    rs("array_index_oob_var", "async fn g(i: usize) -> u32 { let a = [7u32; 3]; %s a[i] }\n" % Y, "run", "--entry g --args 3")
    rs("u128_literal", "async fn g() -> u128 { %s 340282366920938463463374607431768211455 }\n" % Y, "run", "--entry g")
    rs("literal_past_u128", "async fn g() -> u32 { %s 340282366920938463463374607431768211456 }\n" % Y)
    rs("hex_literal", "async fn g() -> u32 { %s 0xFFFF_FFFF }\n" % Y, "run", "--entry g")
    rs("hex_literal_overflow", "async fn g() -> u32 { %s 0x1_0000_0000 }\n" % Y)
    rs("bin_oct_literal", "async fn g() -> u32 { %s 0b1010 + 0o17 }\n" % Y, "run", "--entry g")
    rs("literal_suffix_unknown", "async fn g() -> u32 { %s 1u33 }\n" % Y)
    rs("literal_underscore_only", "async fn g() -> u32 { %s 1_____ }\n" % Y, "run", "--entry g")
    rs("shl_overflow_const", "async fn g() -> u32 { %s 1u32 << 32 }\n" % Y, "run", "--entry g")
    rs("div_zero_const", "async fn g() -> u32 { %s 1u32 / 0 }\n" % Y, "run", "--entry g")
    rs("i32_min_div_neg1", "async fn g(a: i32, b: i32) -> i32 { %s a / b }\n" % Y, "run", "--entry g --args=-2147483648,-1")
    rs("i32_min_rem_neg1", "async fn g(a: i32, b: i32) -> i32 { %s a %% b }\n" % Y, "run", "--entry g --args=-2147483648,-1")
    rs("ident_unicode_long", "async fn g() -> u32 { let %s = 1u32; %s %s }\n" % ("é" * 5000, Y, "é" * 5000), "run", "--entry g")
    rs("fn_name_unicode", "async fn ñandú() -> u32 { %s 1 }\n" % Y, "run", "--entry ñandú")
    rs("fn_name_10000", "async fn %s() -> u32 { %s 1 }\n" % ("f" * 10000, Y), "stats")
    rs("struct_name_10000", "struct %s { k: u32 }\nasync fn g() -> u32 { let s = %s { k: 1 }; %s s.k }\n"
       % ("S" * 10000, "S" * 10000, Y), "emit", "| wc -c")
    rs("crlf_everywhere", "async fn g() -> u32 {\r\n    let x = 1u32;\r\n    %s\r\n    x\r\n}\r\n" % Y, "run", "--entry g")
    rs("cr_alone", "async fn g() -> u32 {\r    let x = 1u32;\r    %s\r    x\r}\r" % Y, "run", "--entry g")
    rs("cr_alone_error_line", "async fn g() -> u32 {\r    let x = 1u32;\r    %s\r    y\r}\r" % Y)
    rs("form_feed", "async fn g() -> u32 {\f let x = 1u32; %s x }\n" % Y)
    rs("vertical_tab", "async fn g() -> u32 {\v let x = 1u32; %s x }\n" % Y)
    rs("tabs_error_col", "async fn g() -> u32 {\n\t\t\tlet x = 1u32; %s y\n}\n" % Y)
    rs("nul_in_comment", "// a \0 b\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("nul_at_end", "async fn g() -> u32 { %s 1 }\n\0" % Y)
    rs("nul_only", "\0\0\0\0")
    rs("bom_then_bom_text", "\ufeffasync fn g() -> u32 { %s 1 }\n\ufeff" % Y)
    rs("zero_width_space", "async fn g() -> u32 {\u200b %s 1 }\n" % Y)
    rs("nbsp", "async fn g() -> u32 {\u00a0%s 1 }\n" % Y)
    rs("ident_homoglyph", "async fn g() -> u32 { let \u0430 = 1u32; %s a }\n" % Y)
    rs("invalid_utf8_in_comment", b"// \xff\xfe\nasync fn g() -> u32 { yield_now().await; 1 }\n")
    rs("shebang_line", "#!/usr/bin/env coroslim\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("inner_attr", "#![allow(unused)]\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("doc_comment", "/// doc\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("block_comment_10000_deep", nest(10000, "/*", "", "*/") + "\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("block_comment_1000000_deep", nest(1000000, "/*", "", "*/") + "\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("line_comment_10mb", "// " + "x" * 10000000 + "\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("empty_fn_100000", "fn f() {}\n" * 1 + "".join("fn e%d() {}\n" % i for i in range(100000)))
    rs("dup_fn", "fn f() -> u32 { 1 }\nfn f() -> u32 { 2 }\nasync fn g() -> u32 { %s f() }\n" % Y)
    rs("dup_struct", "struct S { k: u32 }\nstruct S { k: u8 }\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("dup_field", "struct S { k: u32, k: u8 }\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("dup_param", "fn f(x: u32, x: u32) -> u32 { x }\nasync fn g() -> u32 { %s f(1, 2) }\n" % Y)
    rs("dup_variant", "enum E { A, A }\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("struct_shadows_prelude", "struct YieldNow { k: u32 }\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("fn_shadows_yield_now", "fn yield_now() -> u32 { 1 }\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("self_recursive_struct", "struct S { f: S }\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("mutual_recursive_enum", "enum A { X(B), N }\nenum B { Y(A), N }\nasync fn g() -> u32 { %s 1 }\n" % Y)
    rs("async_recursion", "async fn g(n: u32) -> u32 { if n == 0 { 0 } else { g(n - 1).await } }\n")
    rs("mutual_async_recursion", "async fn a() -> u32 { b().await }\nasync fn b() -> u32 { a().await }\n")
    rs("main_fn", "fn main() { }\nasync fn g() -> u32 { %s 1 }\n" % Y, "run", "--entry main")
    rs("entry_struct_name", "struct g { k: u32 }\nasync fn h() -> u32 { %s 1 }\n" % Y, "run", "--entry g")
    C["shapes"] = d

    # --- `.mir` that lies in ways campaign24 does not try
    m = []
    low = open(LOWERED).read()
    two = open(os.path.join(M, "two_await_body.mir")).read()

    def sub(name, text, pairs, cmd="verify", extra=""):
        t = text
        for a, b in pairs:
            if a not in t:
                raise SystemExit("campaign26: %s: %r not in the source" % (name, a))
            t = t.replace(a, b, 1)
        p = w(tmp, name + ".mir", t)
        m.append((name, "$BIN %s %s %s" % (cmd, p, extra)))

    lay = "layout {\n        size 6, align 1, tag u8 at 0;"
    sub("lay_tag_bool", low, [("tag u8 at 0", "tag bool at 0")])
    sub("lay_tag_u128", low, [("size 6, align 1, tag u8 at 0", "size 32, align 16, tag u128 at 0")], "run", "--entry four --args 3")
    sub("lay_tag_i8", low, [("tag u8 at 0", "tag i8 at 0")], "run", "--entry four --args 3")
    sub("lay_tag_yieldnow", low, [("tag u8 at 0", "tag YieldNow at 0")])
    sub("lay_size_u64max", low, [("size 6,", "size 18446744073709551615,")])
    sub("lay_size_past_u64", low, [("size 6,", "size 18446744073709551616,")])
    sub("lay_align_u64max", low, [("align 1,", "align 9223372036854775808,")])
    sub("lay_upvar_on_tag", low, [("upvar n at 1", "upvar n at 0")], "run", "--entry four --args 3")
    sub("lay_upvar_past_size", low, [("upvar n at 1", "upvar n at 6")], "run", "--entry four --args 3")
    sub("lay_upvar_huge", low, [("upvar n at 1", "upvar n at 4294967296")])
    sub("lay_upvar_twice", low, [("upvar n at 1;", "upvar n at 1;\n        upvar n at 2;")])
    sub("lay_upvar_unknown", low, [("upvar n at 1;", "upvar n at 1;\n        upvar q at 2;")])
    sub("lay_saved_dup_name", low, [("saved _s1: YieldNow = _7", "saved _s0: YieldNow = _7")])
    sub("lay_saved_local_huge", low, [("saved _s2: u8 = _22", "saved _s2: u8 = _4294967296")])
    sub("lay_saved_local_absent", low, [("saved _s2: u8 = _22", "saved _s2: u8 = _9999")])
    sub("lay_saved_same_local_twice", low, [("saved _s2: u8 = _22", "saved _s2: u8 = _3")])
    sub("lay_saved_type_lies", low, [("saved _s2: u8 = _22", "saved _s2: u32 = _22")], "run", "--entry four --args 3")
    sub("lay_saved_index_gap", low, [("saved _s6: YieldNow = _61 debug __awaitee, offset 5;", "saved _s9: YieldNow = _61 debug __awaitee, offset 5;")])
    sub("lay_variant_absent_saved", low, [("variant Suspend3: [_s4, _s6];", "variant Suspend3: [_s4, _s7];")])
    sub("lay_variant_dup_saved", low, [("variant Suspend3: [_s4, _s6];", "variant Suspend3: [_s4, _s6, _s6];")])
    sub("lay_variant_dup_name", low, [("variant Suspend3: [_s4, _s6];", "variant Suspend2: [_s4, _s6];")])
    sub("lay_variant_extra", low, [("variant Suspend3: [_s4, _s6];", "variant Suspend3: [_s4, _s6];\n        variant Suspend4: [];")],
        "run", "--entry four --args 3")
    sub("lay_variant_missing", low, [("        variant Suspend3: [_s4, _s6];\n", "")])
    sub("lay_variant_reordered", low, [("variant Unresumed: [];\n        variant Returned: [];", "variant Returned: [];\n        variant Unresumed: [];")])
    sub("lay_variant_huge_saved", low, [("variant Suspend3: [_s4, _s6];", "variant Suspend3: [_s4, _s18446744073709551615];")])
    sub("lay_conflict_asym", low, [("conflicts _s5: [_s5];", "conflicts _s5: [_s5, _s6];")])
    sub("lay_conflict_absent", low, [("conflicts _s5: [_s5];", "conflicts _s5: [_s5, _s77];")])
    sub("lay_conflict_dup_row", low, [("conflicts _s5: [_s5];", "conflicts _s5: [_s5];\n        conflicts _s5: [_s5];")])
    sub("lay_conflict_self_missing", low, [("conflicts _s5: [_s5];", "conflicts _s5: [];")])
    sub("lay_promoted_shared_offset", low, [("_22 debug a, offset 3, promoted", "_22 debug a, offset 5, promoted")], "run", "--entry four --args 3")
    sub("lay_two_layout_blocks", low, [("    layout {", "    layout {\n        size 6, align 1, tag u8 at 0;\n    }\n    layout {")])
    sub("lay_offset_past_u64", low, [("offset 5;", "offset 18446744073709551616;")])
    sub("lay_debug_wrong_local", low, [("_22 debug a", "_22 debug zz")], "run", "--entry four --args 3")
    sub("mir_dup_coroutine", low, [("coroutine four: async fn at 2:32 {", "coroutine four: async fn at 1:1 {\n    output u8;\n}\ncoroutine four: async fn at 2:32 {")])
    sub("mir_dup_fn", two, [("fn bar() -> {async fn body of bar()} {", "fn bar() -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = const 1_u32;\n        return;\n    }\n}\nfn bar() -> {async fn body of bar()} {")])
    sub("mir_dup_block", two, [("    bb1: {\n", "    bb0: {\n")])
    sub("mir_dup_local", two, [("    let _3: ();\n", "    let _3: ();\n    let _3: u32;\n")])
    sub("mir_block_index_huge", two, [("goto -> bb3;", "goto -> bb18446744073709551615;")])
    sub("mir_block_index_past_u64", two, [("goto -> bb3;", "goto -> bb99999999999999999999999;")])
    sub("mir_local_index_past_u64", two, [("StorageLive(_3);", "StorageLive(_99999999999999999999);")])
    sub("mir_local_index_u32max", two, [("StorageLive(_3);", "StorageLive(_4294967295);")])
    sub("mir_debug_absent_local", two, [("debug __awaitee => _6;", "debug __awaitee => _600;")])
    sub("mir_coroutine_body_absent", two, [("body bar::{closure#0};", "body nope::{closure#0};")])
    sub("mir_coroutine_output_lies", two, [("output u32;", "output u8;")], "check")
    sub("mir_yields_lies", two, [("yields ()", "yields u32")])
    sub("mir_unreachable_garbage_block", low, [("bb0: {", "bb999: {\n        _0 = copy _77777;\n        goto -> bb12345;\n    }\n\n    bb0: {")])
    sub("mir_unreachable_block_yield", two, [("    bb1: {\n", "    bb90: {\n        unreachable;\n    }\n\n    bb1: {\n")])
    sub("mir_switch_dup_values", open(os.path.join(M, "sync_match.mir")).read(), [("0: bb", "0: bb1, 0: bb")], "run", "--entry f --args 0")
    sub("mir_switch_value_out_of_type", open(os.path.join(M, "sync_match.mir")).read(), [("0: bb", "4294967296000: bb")], "verify")
    for name, text in (("mir_empty_fn_body", "fn f() -> () {\n}\n"),
                       ("mir_only_brace", "}\n"),
                       ("mir_fn_no_return_type", "fn f(_1: u32) {\n    let mut _0: ();\n    bb0: {\n        return;\n    }\n}\n"),
                       ("mir_param_index_skips", "fn f(_2: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy _2;\n        return;\n    }\n}\n"),
                       ("mir_param_dup", "fn f(_1: u32, _1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n"),
                       ("mir_local_assign_type_lies", "fn f(_1: u32) -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n"),
                       ("mir_const_type_lies", "fn f(_1: u32) -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = const 300_u8;\n        return;\n    }\n}\n"),
                       ("mir_bb_no_bb0", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb1: {\n        _0 = copy _1;\n        return;\n    }\n}\n"),
                       ("mir_50000_params", "fn f(" + ", ".join("_%d: u8" % i for i in range(1, 50001)) + ") -> u8 {\n    let mut _0: u8;\n    bb0: {\n        _0 = copy _50000;\n        return;\n    }\n}\n"),
                       ("mir_100000_gotos_chain", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n" + "".join("    bb%d: {\n        goto -> bb%d;\n    }\n" % (i, i + 1) for i in range(100000)) + "    bb100000: {\n        _0 = copy _1;\n        return;\n    }\n}\n"),
                       ("mir_ident_10000", "fn %s(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n" % ("f" * 10000)),
                       ("mir_nul_in_name", "fn f\0g(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy _1;\n        return;\n    }\n}\n"),
                       ("mir_crlf", "fn f(_1: u32) -> u32 {\r\n    let mut _0: u32;\r\n    bb0: {\r\n        _0 = copy _1;\r\n        return;\r\n    }\r\n}\r\n"),
                       ("mir_tabs", "fn f(_1: u32) -> u32 {\n\tlet mut _0: u32;\n\tbb0: {\n\t\t_0 = copy _1;\n\t\treturn;\n\t}\n}\n"),
                       ("mir_deep_type", "fn f(_1: " + nest(5000, "Option<", "u8", ">") + ") -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = const 1_u32;\n        return;\n    }\n}\n"),
                       ("mir_deep_ref_type", "fn f(_1: " + "&" * 100000 + "u8) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = const 1_u32;\n        return;\n    }\n}\n"),
                       ("mir_deep_projection", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy " + "(*" * 10000 + "_1" + ")" * 10000 + ";\n        return;\n    }\n}\n"),
                       ("mir_deep_field_projection", "fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    bb0: {\n        _0 = copy " + "(" * 10000 + "_1" + ".0: u32)" * 10000 + ";\n        return;\n    }\n}\n")):
        for cmd, extra in (("verify", ""), ("run", "--entry f --args 1")):
            p = w(tmp, name + ".mir", text)
            m.append(("%s_%s" % (name, cmd), "$BIN %s %s %s" % (cmd, p, extra)))
    C["mir-lies"] = m

    # --- bad flags and flag combinations, every command
    f = []
    cmds = ("print", "verify", "build", "lower", "layout", "run", "opt", "stats", "import", "emit", "bytes", "check")
    imp = os.path.join(ROOT, "tests/import/shapes.mir")
    for c in cmds:
        a = {"run": BASIC + " --entry foo", "check": BASIC + " --entry foo", "import": imp}.get(c, BASIC)
        f.append(("flag_unknown_%s" % c, "$BIN %s %s --frobnicate" % (c, a)))
        f.append(("flag_jobs_zero_%s" % c, "$BIN %s %s --jobs=0" % (c, a)))
        f.append(("flag_release_twice_%s" % c, "$BIN %s %s --release -O >/dev/null; echo rc=$?" % (c, a)))
        f.append(("flag_no_file_%s" % c, "$BIN %s" % c))
        f.append(("flag_empty_file_name_%s" % c, "$BIN %s ''" % c))
        f.append(("env_jobs_bad_%s" % c, "COROSLIM_JOBS=abc $BIN %s %s >/dev/null" % (c, a)))
        f.append(("stdout_full_%s" % c, "$BIN %s %s >/dev/full" % (c, a)))
        f.append(("stdout_closed_%s" % c, "$BIN %s %s >&-" % (c, a)))
        f.append(("stderr_full_error_%s" % c, "$BIN %s %s/nope.rs 2>/dev/full; echo rc=$?" % (c, tmp)))
        f.append(("stdout_full_error_path_%s" % c, "$BIN %s %s/nope.rs >/dev/full" % (c, tmp)))
    for flag in ("--jobs", "--jobs=", "--jobs=-1", "--jobs=1x", "--jobs=99999999999999999999", "--jobs=1000000",
                 "--jobs= 2", "--jobs=0x2", "--jobs=+2"):
        f.append(("stats_%s" % flag.replace("=", "_eq_").replace(" ", "sp").replace("-", ""), "$BIN stats %s '%s'" % (BASIC, flag)))
    for val in ("", "0", "-1", "1x", "99999999999999999999", "1000000", " 2", "2 ", "+2", "0x2"):
        f.append(("env_jobs_%s" % (val.replace(" ", "sp") or "empty"), "COROSLIM_JOBS='%s' $BIN stats %s" % (val, BASIC)))
    for flag in ("--format=xml", "--format=", "--format", "--format=json --format=csv", "--passes=", "--passes=,,",
                 "--passes=nope", "--passes=all,all", "--panic=", "--panic=both", "--verify-each=1", "--release=yes"):
        f.append(("stats_flag_%s" % re.sub(r"[^a-z0-9]+", "_", flag), "$BIN stats %s %s" % (BASIC, flag)))
    for flag in ("--entry", "--entry=", "--entry ''", "--entry foo --entry bar", "--entry foo --args", "--entry foo --args=",
                 "--entry foo --args=,", "--entry foo --args=1,", "--cancel-after=-1 --entry foo",
                 "--cancel-after=99999999999999999999 --entry foo", "--cancel-after= --entry foo", "--repoll --entry foo --repoll",
                 "--entry foo --args=1e3", "--entry foo --args=' 1'"):
        f.append(("run_flag_%s" % re.sub(r"[^a-z0-9]+", "_", flag), "$BIN run %s %s" % (BASIC, flag)))
    for flag in ("-o", "-o ''", "--target=", "--target=x86_64", "--target=thumbv6m-none-eabi --target=x86_64-unknown-linux-gnu",
                 "--harness --harness", "-o /dev/null", "-o /proc/version"):
        f.append(("emit_flag_%s" % re.sub(r"[^a-z0-9]+", "_", flag), "$BIN emit %s %s" % (BASIC, flag)))
    f.append(("flag_before_command", "$BIN --release stats %s" % BASIC))
    f.append(("double_dash_file", "$BIN verify -- %s" % BASIC))
    f.append(("dash_file", "$BIN verify - < %s" % BASIC))
    f.append(("command_case", "$BIN VERIFY %s" % BASIC))
    f.append(("command_prefix", "$BIN ver %s" % BASIC))
    f.append(("command_empty", "$BIN ''"))
    f.append(("help_full", "$BIN help >/dev/full"))
    f.append(("help_cmd_full", "$BIN run --help >/dev/full"))
    f.append(("version_flag", "$BIN --version"))
    C["flags"] = f

    # --- file arguments that are not regular files
    fl = []
    os.makedirs(os.path.join(tmp, "adir.rs"), exist_ok=True)
    fifo = os.path.join(tmp, "fifo.rs")
    if not os.path.exists(fifo):
        os.mkfifo(fifo)
    fl.append(("file_dir_rs", "$BIN check %s/adir.rs" % tmp))
    fl.append(("file_fifo_with_writer", "(cat %s > %s &) ; $BIN verify %s" % (BASIC, fifo, fifo)))
    fl.append(("file_dev_null", "$BIN verify /dev/null"))
    fl.append(("file_dev_null_mir", "$BIN import /dev/null"))
    fl.append(("file_dev_urandom", "timeout 20 $BIN verify /dev/urandom"))
    fl.append(("file_proc_self_status", "$BIN verify /proc/self/status"))
    fl.append(("file_socket", "python3 -c \"import socket; s=socket.socket(socket.AF_UNIX); s.bind('%s/sock.rs')\"; $BIN verify %s/sock.rs"
               % (tmp, tmp)))
    fl.append(("file_stdin_pipe", "cat %s | $BIN verify /dev/stdin" % BASIC))
    fl.append(("file_stdin_pipe_run", "cat %s | $BIN run /dev/stdin --entry foo | tail -1" % BASIC))
    fl.append(("file_trailing_slash", "$BIN verify %s/" % BASIC))
    fl.append(("file_no_extension", "cp %s %s/noext && $BIN verify %s/noext" % (BASIC, tmp, tmp)))
    fl.append(("file_upper_ext", "cp %s %s/up.RS && $BIN verify %s/up.RS" % (BASIC, tmp, tmp)))
    fl.append(("file_mir_ext_with_rust", "cp %s %s/rs.mir && $BIN verify %s/rs.mir" % (BASIC, tmp, tmp)))
    fl.append(("file_rs_ext_with_mir", "cp %s %s/m.rs && $BIN verify %s/m.rs" % (LOWERED, tmp, tmp)))
    fl.append(("file_many_same_run", "$BIN run %s %s --entry foo" % (BASIC, BASIC)))
    fl.append(("file_500_args_verify", "$BIN verify %s | tail -1" % " ".join([BASIC] * 500)))
    fl.append(("file_deleted_while_open", "cp %s %s/del.rs && $BIN verify %s/del.rs && rm %s/del.rs && $BIN verify %s/del.rs"
               % (BASIC, tmp, tmp, tmp, tmp)))
    C["files"] = fl

    # --- wide lists that were (or are) scanned per element: parameters (fixed, hunt26), struct and tuple
    # patterns binding every field (left: check_struct_pattern, dup_sub, pattern_uses, compute_struct)
    wl = []
    for n in (2000, 8000, 20000):
        p = w(tmp, "params_w_%d.rs" % n, "fn f(" + ", ".join("p%d: u32" % i for i in range(n)) + ") -> u32 { p%d }\n" % (n - 1))
        wl.append(("params_wide_%d_run" % n, "$BIN run %s --entry f --args $(python3 -c \"print(','.join(['1'] * %d))\")" % (p, n)))
    for n in (1000, 4000, 16000):
        p = w(tmp, "structpat_%d.rs" % n, "struct W { " + ", ".join("f%d: u32" % i for i in range(n)) + " }\n"
              "fn g(w: W) -> u32 { let W { " + ", ".join("f%d" % i for i in range(n)) + " } = w; f%d }\n" % (n - 1)
              + "async fn h() -> u32 { %s 1 }\n" % Y)
        wl.append(("struct_pattern_wide_%d_verify" % n, "$BIN verify %s" % p))
        p = w(tmp, "tuplepat_%d.rs" % n, "struct T(" + ", ".join("u32" for i in range(n)) + ");\n"
              "fn g(w: T) -> u32 { let T(" + ", ".join("a%d" % i for i in range(n)) + ") = w; a%d }\n" % (n - 1)
              + "async fn h() -> u32 { %s 1 }\n" % Y)
        wl.append(("tuple_pattern_wide_%d_verify" % n, "$BIN verify %s" % p))
    C["wide"] = wl
    return C


def sweep(binary, tmp):
    """Every byte prefix of a small .rs and a small .mir."""
    rs = ("struct S { k: u32 }\nenum E { A(u8), B }\nasync fn g(a: u32) -> u32 {\n    let s = S { k: a };\n"
          "    let e = E::A(1);\n    yield_now().await;\n    match e { E::A(x) => s.k + x as u32, E::B => 0 }\n}\n")
    mir = ("fn f(_1: u32) -> u32 {\n    debug x => _1;\n    let mut _0: u32;\n    let _2: bool;\n\n    bb0: {\n"
           "        _2 = Eq(copy _1, const 0_u32);\n        switchInt(move _2) -> [0: bb1, otherwise: bb2];\n    }\n\n"
           "    bb1: {\n        _0 = copy _1;\n        return;\n    }\n\n    bb2: {\n        _0 = const 7_u32;\n        return;\n    }\n}\n")
    total = bad = 0
    for text, ext, cmds in ((rs, ".rs", ("verify", "check")), (mir, ".mir", ("verify", "run"))):
        for cmd in cmds:
            for k in range(len(text.encode()) + 1):
                p = os.path.join(tmp, "cut" + ext)
                open(p, "wb").write(text.encode()[:k])
                argv = [binary, cmd, p] + (["--entry", "f", "--args", "0"] if cmd == "run" else [])
                r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp)
                err = r.stderr.decode(errors="replace")
                total += 1
                flag = None
                if r.returncode < 0 or campaign24.SAN.search(err):
                    flag = "crash"
                elif r.returncode == 0 and k != len(text.encode()) and text.encode()[:k].strip() != text.encode().strip():
                    flag = "ok-prefix"
                elif r.returncode != 0 and not re.search(r":\d+:\d+: error: ", err):
                    flag = "unlocated"
                if flag and flag != "ok-prefix":
                    bad += 1
                if flag:
                    print("%-10s %s%s %s bytes %d: exit %d %s" % (flag, cmd, ext, "", k, r.returncode,
                                                            (err.strip().splitlines() or [""])[-1][:150]))
    print("sweep: %d prefixes, %d flagged" % (total, bad))


def main():
    campaign24.campaign("campaign26", classes, sys.argv, sweep, usage=__doc__)


if __name__ == "__main__":
    main()
