#!/usr/bin/env python3
"""tests/robust/campaign29.py -- issue 23's seventh sweep (hunt29): bytes (NUL, invalid UTF-8, CRLF, CR line
ends, BOM, tabs, no final newline, non-ASCII whitespace, bare CR in doc comments) in .rs, .mir and imported
dumps; 64 KB names of every kind of item through check / run / layout / emit; integer literals at and past
every type's limits (u64::MAX, i64::MIN, `-128i8`, `--128i8`, hex / octal / binary, shifts by 63 / 64, array
lengths); deep nesting of every construct that recurses (127 to 100,000 levels); lying layouts of a
coroutine that holds a coroutine through verify, run, opt, emit and layout; messages naming long names.

usage: python3 tests/robust/campaign29.py BIN [--class=NAME,...] [--only=SUBSTR] [--timeout=S]

Printed per invocation as campaign24.py prints (its judge: crash, hang, silent, misplaced). Wrong answers need
a reader and rustc: the `bytes` and `literals` classes' columns and verdicts were compared with rustc 1.95
(with tests/rust/prelude.rs); the findings are cases in tests/robust/cases (bytes_*, nest_*,
error_event_long_fn_*, args_line_long_fn_*, panic_message_*) and programs in tests/rust (invalid/
literal_neg_neg_out_of_range.rs, invalid/neg_min_overflow.rs, neg_literal_runs.rs), or, when left, in
DESIGN.md (Limits and reliability, "Seventh sweep").
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import campaign24  # noqa: E402  (its judge and runner)

w = campaign24.w
nest = campaign24.nest
ROOT = campaign24.ROOT
M = campaign24.M
Y = "yield_now().await;"


def classes(tmp):
    C = {}

    # --- bytes in .rs: columns must be rustc's (characters; a tab is one)
    b = []

    def rsb(name, data, cmd="build"):
        p = w(tmp, name + ".rs", data)
        b.append((name, "$BIN %s %s" % (cmd, p)))

    body = b"async fn f() -> u32 {\n    let x: u32 = y;\n    yield_now().await;\n    1\n}\n"
    rsb("crlf", body.replace(b"\n", b"\r\n"))
    rsb("cr_only", body.replace(b"\n", b"\r"))
    rsb("tabs", body.replace(b"    ", b"\t"))
    rsb("tabs_mid", b"async fn f() -> u32 {\n\tlet x: u32 = \t\ty;\n\t1\n}\n")
    rsb("bom", b"\xef\xbb\xbf" + body)
    rsb("bom_crlf", b"\xef\xbb\xbf" + body.replace(b"\n", b"\r\n"))
    rsb("bom_twice", b"\xef\xbb\xbf\xef\xbb\xbf" + body)
    rsb("bom_mid", body.replace(b"y;", b"y\xef\xbb\xbf;"))
    rsb("bom_shebang", b"\xef\xbb\xbf#!/usr/bin/env run\n" + body)
    rsb("no_final_newline", body.rstrip(b"\n"))
    rsb("nul_code", body.replace(b"= y", b"= 1\x00"))
    rsb("nul_comment", b"// a \x00 b\n" + body)
    rsb("bad_utf8_code", body.replace(b"= y", b"= \xff"))
    rsb("bad_utf8_comment", b"// \xff\n" + body)
    rsb("utf8_comment_before", body.replace(b"= y", "= /* \u00e9\u20ac\U0001f600 */ y".encode()))
    rsb("utf8_char_before", body.replace(b"let x: u32 = y;", "let c = '\u00e9'; let z: u32 = y;".encode()))
    for nm, ch in (("nel", "\u0085"), ("lrm", "\u200e"), ("rlm", "\u200f"), ("ls", "\u2028"), ("ps", "\u2029"),
                   ("nbsp", "\u00a0"), ("zwsp", "\u200b"), ("ident", "\u00e9")):
        rsb("ws_" + nm, body.replace(b"= y", ("= 1;%sy" % ch).encode()).replace(b"1;y;", b"1; y;"))
    rsb("doc_bare_cr", b"/// doc\rcomment\n" + body)
    rsb("inner_doc_bare_cr", b"//! doc\rcomment\n" + body)
    rsb("block_doc_bare_cr", b"/** doc\rcomment */\n" + body)
    rsb("comment_bare_cr", b"// plain\rcomment\n/* a\rb */\n" + body)
    rsb("doc_crlf", b"/// doc\r\n" + body)
    rsb("long_line_1mb", b"async fn f() -> u32 { " + b"1 + " * 250000 + b"y }\n")
    C["bytes"] = b

    # --- bytes in .mir and imported dumps
    mb = []
    arith = open(os.path.join(M, "sync_arith.mir"), "rb").read()
    char = open(os.path.join(M, "char_lowered.mir"), "rb").read()
    dump = open(os.path.join(ROOT, "tests/import/check_dump/owned.StateTransform.before.mir"), "rb").read()

    def mir(name, data, cmd="verify", extra=""):
        p = w(tmp, name + ".mir", data)
        mb.append((name, "$BIN %s %s %s" % (cmd, p, extra)))

    mir("crlf", arith.replace(b"\n", b"\r\n"))
    mir("crlf_error", arith.replace(b"\n", b"\r\n").replace(b"_3 = copy _1;", b"_3 = copy _1 $;"))
    mir("cr_only", arith.replace(b"\n", b"\r"))
    mir("tab_error", arith.replace(b"        _3 = copy _1;", b"\t\t_3 = copy _1 $;"))
    mir("nul", arith.replace(b"_3 = copy _1;", b"_3 = copy _1\x00;"))
    mir("nul_comment", arith.replace(b"// Sync", b"// Sy\x00nc"))
    mir("bad_utf8", arith.replace(b"_3 = copy _1;", b"_3 = copy _1\xff;"))
    mir("bad_utf8_comment", arith.replace(b"// Sync", b"// Sy\xffnc"))
    mir("bad_utf8_string", arith.replace(b'"attempt', b'"\xffattempt'))
    mir("no_final_newline", arith.rstrip(b"\n"), "run", "--entry add --args 1,2")
    mir("no_final_newline_cut", arith.rstrip(b"\n")[:-1])
    mir("utf8_column", char.replace("= const '\u00e9';".encode(), "= const '\u00e9' $;".encode()))
    mir("import_crlf", dump.replace(b"\n", b"\r\n"), "import", "--format=summary")
    mir("import_cr_only", dump.replace(b"\n", b"\r"), "import", "--format=summary")
    mir("import_bad_utf8", dump.replace(b"fn ", b"fn \xff", 1), "import", "--format=summary")
    mir("import_nul", dump.replace(b"fn ", b"fn \x00", 1), "import", "--format=summary")
    C["mir-bytes"] = mb

    # --- 64 KB names through check, run, layout, emit
    nm = []
    L = "a" * 65536
    progs = {
        "fn": "async fn %s(x: u32) -> u32 { %s x }\n" % (L, Y),
        "enum": "enum %s { A, B }\nasync fn g(x: u32) -> u32 { let e = %s::A; %s match e { %s::A => x, %s::B => 0 } }\n"
                % (L, L, Y, L, L),
        "variant": "enum E { %s, B }\nasync fn g(x: u32) -> u32 { let e = E::%s; %s match e { E::%s => x, E::B => 0 } }\n"
                   % (L, L, Y, L),
        "struct": "struct %s { f: u32 }\nasync fn g(x: u32) -> u32 { let s = %s { f: x }; %s s.f }\n" % (L, L, Y),
        "field": "struct S { %s: u32 }\nasync fn g(x: u32) -> u32 { let s = S { %s: x }; %s s.%s }\n" % (L, L, Y, L),
        "local": "async fn g(x: u32) -> u32 { let %s = x; %s %s }\n" % (L, Y, L),
        "local_unused": "async fn g(x: u32) -> u32 { let %s = x; %s 1 }\n" % (L, Y),
        "param": "async fn g(%s: u32) -> u32 { %s %s }\n" % (L, Y, L),
        "unresolved": "async fn g(x: u32) -> u32 { %s %s }\n" % (Y, L),
        "method": "struct S { f: u32 }\nimpl S { fn %s(&self) -> u32 { self.f } }\n"
                  "async fn g(x: u32) -> u32 { let s = S { f: x }; %s s.%s() }\n" % (L, Y, L),
        "trait": "trait %s { fn m(&self) -> u32; }\nstruct S { f: u32 }\nimpl %s for S { fn m(&self) -> u32 { self.f } }\n"
                 "async fn g(x: u32) -> u32 { let s = S { f: x }; %s s.m() }\n" % (L, L, Y),
        "tuple_struct": "struct %s(u32);\nasync fn g(x: u32) -> u32 { let s = %s(x); %s s.0 }\n" % (L, L, Y),
        "async_block": "async fn g(x: u32) -> u32 { let %s = x; async move { %s %s }.await }\n" % (L, Y, L),
        "panic": "async fn g(x: u32) -> u32 { let %s = x; %s %s / 0 }\n" % (L, Y, L),
    }
    for k, text in progs.items():
        p = w(tmp, "name_%s.rs" % k, text)
        for cmd in ("check", "run --entry g --args 1", "layout", "emit -o %s" % os.path.join(tmp, "emit_" + k)):
            nm.append(("name_%s_%s" % (k, cmd.split()[0]), "mkdir -p %s; $BIN %s %s 2>&1 | tail -c 300"
                       % (os.path.join(tmp, "emit_" + k), cmd, p)))
    C["names"] = nm

    # --- integer literals at and past the limits (compare with rustc: literal lints, KnownPanicsLint)
    li = []
    lits = {"u64max": ("u64", "18446744073709551615u64"), "u64max_hex": ("u64", "0xffff_ffff_ffff_ffff"),
            "u64max_p1": ("u64", "18446744073709551616"), "u128_past": ("u64", "9" * 50),
            "i64min": ("i64", "-9223372036854775808"), "i64min_paren": ("i64", "-(9223372036854775808)"),
            "i64min_m1": ("i64", "-9223372036854775809"), "i8min": ("i8", "-128i8"), "i8_128": ("i8", "128"),
            "i8_neg_neg": ("i8", "--128i8"), "i8_neg3": ("i8", "---128i8"), "i8_neg_paren": ("i8", "-(-128i8)"),
            "i8_hex_ff": ("i8", "0xffi8"), "u32_bin_over": ("u32", "0b1" + "0" * 32), "u32_oct": ("u32", "0o37777777777"),
            "shl63": ("u64", "1u64 << 63"), "shl64": ("u64", "1u64 << 64"), "shl_var64": ("u64", "{ let s = 64u32; 1u64 << s }"),
            "shl_neg": ("u32", "1u32 << -1"), "shr64": ("u64", "1u64 >> 64")}
    for k, (t, e) in lits.items():
        for where in ("async", "sync"):
            text = ("async fn g() -> %s {\n    %s\n    %s\n}\n" % (t, Y, e) if where == "async" else
                    "fn f() -> %s {\n    %s\n}\nasync fn g() -> %s { %s f() }\n" % (t, e, t, Y))
            p = w(tmp, "lit_%s_%s.rs" % (k, where), text)
            li.append(("lit_%s_%s" % (k, where), "$BIN run %s --entry g" % p))
    for k, e in (("4096", "[0u8; 4096]"), ("4097", "[0u8; 4097]"), ("usize_max", "[0u8; 18446744073709551615]"),
                 ("past_u64", "[0u8; 18446744073709551616]"), ("zero", "[0u8; 0]"), ("u32", "[0u8; 4u32]")):
        p = w(tmp, "arr_%s.rs" % k, "async fn g() -> u8 {\n    let a = %s;\n    %s\n    a[0]\n}\n" % (e, Y))
        li.append(("array_len_" + k, "$BIN run %s --entry g" % p))
    C["literals"] = li

    # --- deep nesting of every construct that recurses: a located error at the limit, or success
    d = []
    for n in (127, 128, 300, 5000, 100000):
        shapes = {
            "paren": "async fn g(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "(", "x", ")")),
            "block": "async fn g(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "{ ", "x", " }")),
            "if": "async fn g(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "if x > 0 { ", "x", " } else { 0 }")),
            "match": "async fn g(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "match x { 0 => 0, _ => ", "x", " }")),
            "async_block": "async fn g(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "async move { ", "x", " }.await")),
            "pat_tuple": "async fn g(x: u32) -> u32 { %s let %s = %s; y }\n" % (Y, nest(n, "(", "y", ",)"), nest(n, "(", "x", ",)")),
            "pat_some": "fn s(x: u32) -> Option<u32> { Some(x) }\nasync fn g(x: u32) -> u32 { %s match s(x) { %s => y, _ => 0 } }\n"
                        % (Y, "Some(" + nest(n, "(", "y", ")") + ")"),
            "pat_ref": "async fn g(x: u32) -> u32 { %s let %s = %s; y }\n" % (Y, nest(n, "& ", "y", ""), nest(n, "&", "x", "")),
            "type_tuple": "fn f(t: %s) -> u32 { 0 }\nasync fn g(x: u32) -> u32 { %s x }\n" % (nest(n, "(", "u32", ",)"), Y),
            "deref": "async fn g(x: u32) -> u32 { let r = &x; %s %s }\n" % (Y, nest(n, "*&", "*r", "")),
            "loop": "async fn g(x: u32) -> u32 { let mut k = x; %s %s k }\n" % (Y, nest(n, "loop { ", "k += 1; break;", " break; }")),
            "neg": "async fn g(x: i32) -> i32 { %s %s }\n" % (Y, nest(n, "-(", "x", ")")),
            "cast": "async fn g(x: u32) -> u32 { %s x%s }\n" % (Y, " as u32" * n),
            "field": "async fn g(x: u32) -> u32 { let t = %s; %s t%s }\n" % (nest(n, "(", "x", ",)"), Y, ".0" * n),
        }
        for k, text in shapes.items():
            p = w(tmp, "nest_%s_%d.rs" % (k, n), text)
            d.append(("nest_%s_%d" % (k, n), "$BIN verify %s" % p))
    C["nesting"] = d

    # --- lying layouts of a coroutine that holds a coroutine (line numbers of `coroslim lower`'s output)
    ly = []
    src = w(tmp, "nest.rs", "async fn inner(x: u32) -> u32 {\n    let a = x + 1;\n    yield_now().await;\n    a\n}\n"
            "async fn outer(x: u32) -> u32 {\n    let b = x * 2;\n    let r = inner(x).await;\n    b + r\n}\n")
    lies = {"inner_size_small": "7s/size 12,/size 8,/", "inner_size_big": "7s/size 12,/size 16,/",
            "outer_size_big": "26s/size 24/size 28/", "awaitee_type": "29s/{async fn body of inner()}/YieldNow/",
            "awaitee_over_tag": "29s/offset 8/offset 12/", "saved_narrow": "9s/_s0: u32/_s0: u16/",
            "saved_wide": "28s/_s0: u32/_s0: u64/", "variant_swapped": "14s/\\[_s0, _s1\\]/[_s1, _s0]/",
            "variant_missing": "14s/\\[_s0, _s1\\]/[_s0]/", "drop_is_resume": "5s/{closure#0}::{drop};/{closure#0};/",
            "resume_shared": "23s/resume outer/resume inner/", "drop_shared": "24s/drop outer/drop inner/",
            "output_type": "3s/output u32;/output u64;/", "upvar_type": "2s/upvar x: u32;/upvar x: u64;/",
            "tag_in_padding": "26s/tag u8 at 20;/tag u8 at 21;/", "inner_tag_in_padding": "7s/tag u8 at 9;/tag u8 at 10;/"}
    for k, expr in lies.items():
        p = os.path.join(tmp, "lie_%s.mir" % k)
        for cmd in ("verify", "run --entry outer --args 3", "opt --release", "emit", "layout"):
            ly.append(("lie_%s_%s" % (k, cmd.split()[0]), "$BIN lower %s | sed '%s' >%s && $BIN %s %s"
                       % (src, expr, p, cmd, p)))
    C["nested-layouts"] = ly

    # --- messages that name long names: whole, not cut
    ms = []
    L = "b" * 400
    p = w(tmp, "longcallee.rs", "fn %s(x: u32) -> u32 { x + 1 }\nasync fn g(x: u32) -> u32 {\n    %s\n    %s(x)\n}\n" % (L, Y, L))
    q = os.path.join(tmp, "longcallee.mir")
    ms.append(("unreachable_long_fn_run", "$BIN build %s | awk '/^fn b/ { d = 1 } d && !done && /return;/ "
               "{ sub(/return;/, \"unreachable;\"); done = 1 } { print }' >%s && $BIN run %s --entry g | tail -c 100" % (p, q, q)))
    ms.append(("unreachable_long_fn_check", "$BIN check %s | awk '{ print length($0) }'" % q))
    p = w(tmp, "longargs.rs", "//@ args: %s 5\n//@ args: %s 300\nasync fn %s(x: u8) -> u8 {\n    %s\n    x\n}\n" % (L, L, L, Y))
    ms.append(("args_line_long_fn", "$BIN check %s 2>&1 | awk '{ print length($0) }'" % p))
    C["messages"] = ms
    return C


def main():
    campaign24.campaign("campaign29", classes, sys.argv, None, usage=__doc__)


if __name__ == "__main__":
    main()
