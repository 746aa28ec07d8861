#!/usr/bin/env python3
"""tests/robust/campaign37.py -- issue 23's thirteenth sweep (hunt37): the twelfth and thirteenth sessions'
features (promoted constants `&5` / `&K` / `&S::N`, borrowed statement temporaries `g(&mk(x))` and
`h(&mk(x)).await`, `match &r`, by-value and `&` parameter patterns, statics, associated consts, `Option<&T>`
loans, calls of many `&y` arguments) at size, deep, as bad input, as `.mir` promoted bodies and
disambiguated names, and as token soup.

usage: python3 tests/robust/campaign37.py BIN [--class=NAME,...] [--only=SUBSTR] [--timeout=S]
       classes: scale (each wide shape at 20k through build, check, run, emit, stats --release, --jobs=1,
       `ulimit -s 512`), deep (each deep shape at the largest depth accepted, one past it, and 100k),
       bad (programs rustc refuses or coroslim does not support: each a located error), mir (promoted
       bodies `const f::promoted[K]` and `#K` names of `.mir` input, hand-edited), soup (N token-level
       mutations of the sessions' test programs through `build`: never a crash or a hang; best on
       ./coroslim-san)

Printed per invocation as campaign24.py prints (its judge: crash, hang, silent, misplaced). Results at the
end of this file; DESIGN.md (Limits and reliability, "Thirteenth sweep") says what changed.
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import campaign24  # noqa: E402  (its judge and runner)

w = campaign24.w
Y = "yield_now().await;"
ROOT = campaign24.ROOT
GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py")
CMDS = ["build", "check", "run --entry foo --args 3", "emit", "stats --release"]
PRE = "struct S { v: u32 }\nimpl S { const N: u32 = 11; }\nconst K: u32 = 6;\nstatic A: u32 = 4;\n" \
      "fn take(r: &u32) -> u32 { *r + 1 }\nfn mk(n: u32) -> u32 { n + 1 }\nfn mkg(n: u32) -> Guard { guard(n) }\n" \
      "fn gg(r: &Guard) -> u32 { 3 }\nasync fn h(r: &u32) -> u32 { yield_now().await; *r }\n"


def wide_shapes(n):
    S = {}
    for k in ("optloans", "refargs", "assocused"):  # gen.py
        S[k] = None
    # n promoted constants read by a call each: `&I`, `&K`, `&S::N` in turn
    S["promoted"] = PRE + "async fn foo(x: u32) -> u32 {\n    let mut t = x;\n    %s\n%s    t\n}\n" % (
        Y, "".join("    t ^= take(%s);\n" % ("&%d" % (i % 1000), "&K", "&S::N")[i % 3] for i in range(n)))
    # n promoted references held across one await (each a saved `&u32`), a sample read after
    S["promotedheld"] = PRE + "async fn foo(x: u32) -> u32 {\n%s    %s\n    let mut t = x;\n%s    t\n}\n" % (
        "".join("    let r%d = &%s;\n" % (i, ("%du32" % (i % 1000), "K", "S::N")[i % 3]) for i in range(n)), Y,
        "".join("    t ^= *r%d;\n" % i for i in range(0, n, max(1, n // 64))))
    # n statement temporaries borrowed by a call (`take(&mk(t))`), and n Guard temporaries
    S["tempargs"] = PRE + "async fn foo(x: u32) -> u32 {\n    let mut t = x;\n    %s\n%s    t\n}\n" % (
        Y, "".join("    t ^= take(&mk(t + %d));\n" % (i % 7) if i % 2 else "    t += gg(&mkg(t));\n" for i in range(n)))
    # n awaits of a call borrowing a temporary (`h(&mk(t)).await`: each temporary saved across its await)
    S["tempawaits"] = PRE + "async fn foo(x: u32) -> u32 {\n    let mut t = x;\n%s    t\n}\n" % (
        "".join("    t ^= h(&mk(t + %d)).await;\n" % (i % 7) for i in range(n)))
    # n `match &r` (r a `&Option<u32>`), with guards, across an await
    S["matchref"] = "async fn foo(x: u32) -> u32 {\n    let o = if x > 1 { Some(x) } else { None };\n    let r = &o;\n" \
        "    let mut t = 0;\n    %s\n%s    t\n}\n" % (Y, "".join(
            "    t += match &r { Some(v) if *v > %d => *v, Some(v) => *v + 1, None => 0 };\n" % (i % 9) for i in range(n)))
    # n fns with a by-value struct parameter pattern, the first and last called; one fn of n `W(a, _): W`
    S["parambyval"] = "struct P { a: u32, b: u32 }\nstruct W(u32, u32);\n" + "".join(
        "fn g%d(P { a, b }: P) -> u32 { a + b + %d }\n" % (i, i % 3) for i in range(n)) + \
        "fn many(%s) -> u32 { a0 + a%d }\n" % (", ".join("W(a%d, _): W" % i for i in range(n)), n - 1) + \
        "async fn foo(x: u32) -> u32 { %s g0(P { a: x, b: 1 }) + g%d(P { a: 2, b: x }) + many(%s) }\n" % (
            Y, n - 1, ", ".join("W(x, %d)" % (i % 5) for i in range(n)))
    # n `&x: &u32` parameter patterns of an async fn (each an upvar and a let of the pattern)
    S["asyncparampats"] = "async fn f(%s) -> u32 { %s x0 + x%d }\n" % (
        ", ".join("&x%d: &u32" % i for i in range(n)), Y, n - 1) + \
        "async fn foo(x: u32) -> u32 { let y = x; f(%s).await }\n" % ", ".join(["&y"] * n)
    # n statics each read through `&` and held across the await (promoted-like `&STATIC` beside `&K`)
    S["staticpromoted"] = "".join("static S%d: u32 = %d;\nconst K%d: u32 = %d;\n" % (i, i % 9, i, i % 5) for i in range(n)) + \
        "async fn foo(x: u32) -> u32 {\n    let a = &S0;\n    let b = &K0;\n    let c = &S%d;\n    let d = &K%d;\n    %s\n" \
        "    x + *a + *b + *c + *d\n}\n" % (n - 1, n - 1, Y)
    # n Result<&u32, u32> held across one await (hunt36: over 120 s in `check` under ASan)
    S["resloans"] = "async fn foo(x: u32) -> u32 {\n    let v = [x; 4];\n    let mut t = 0;\n" + "".join(
        "    let o%d: Result<&u32, u32> = if t > %d { Ok(&v[%d]) } else { Err(2) };\n" % (i, i % 5, i % 4)
        for i in range(n)) + "    %s\n" % Y + "".join(
        "    t += match o%d { Ok(r) => *r, Err(e) => e };\n" % i for i in range(0, n, max(1, n // 64))) + "    t\n}\n"
    return S


def deep_shapes(n):
    S = {}
    # a promoted `&&..&5` n deep held across an await
    S["promotedrefs"] = "async fn foo() -> u32 { let r = %s5u32; %s %sr }\n" % ("&" * n, Y, "*" * n)
    # `take(&mk(take(&mk(..))))` n deep: nested statement temporaries
    S["tempnest"] = PRE + "async fn foo(x: u32) -> u32 { %s %sx%s }\n" % (Y, "take(&mk(" * n, "))" * n)
    # `match &&..&r` n deep
    S["matchrefs"] = "async fn foo(x: u32) -> u32 { let o = Some(x); %s match %so { Some(v) => v + 1, None => 0 } }\n" % (
        Y, "&" * n)
    # a `&&..&x: &&..&u32` parameter pattern n deep
    S["parampatrefs"] = "fn f(%sx: %su32) -> u32 { x }\nasync fn foo(x: u32) -> u32 { %s f(%sx) }\n" % (
        "&" * n, "&" * n, Y, "&" * n)
    # a const's value n parentheses deep, borrowed (a promoted of a const of a deep initializer)
    S["promotedparen"] = "const C: u32 = %s1%s;\nasync fn foo() -> u32 { let r = &C; %s *r }\n" % ("(" * n, ")" * n, Y)
    return S


LARGEST = {"promotedrefs": 254, "tempnest": 127, "matchrefs": 254, "parampatrefs": 254, "promotedparen": 127}

Q = "fn mk(n: u32) -> u32 { n + 1 }\nstruct P { a: u32, b: u32 }\nstruct W(u32, u32);\n"
ID = "fn mk(n: u32) -> u32 { n + 1 }\nfn first(o: Option<&u32>) -> Option<&u32> { o }\n"
BAD = {
    "promoted_mut": "async fn foo() -> u32 { let r: &'static mut u32 = &mut 5; *r }\n",
    "promoted_expr_static": "async fn foo(x: u32) -> u32 { let r: &'static u32 = &(x + 1); *r }\n",
    "promoted_call_escape": ID + "async fn foo(x: u32) -> u32 { let r = first(Some(&mk(x))); match r { Some(v) => *v, None => 0 } }\n",
    "promoted_overflow": "async fn foo() -> u8 { let r = &(200u8 + 100); *r }\n",
    "promoted_div_zero": "async fn foo() -> u32 { let r = &(1u32 / 0); *r }\n",
    "promoted_assign": "async fn foo() -> u32 { let r = &5u32; *r = 6; *r }\n",
    "promoted_static_mut": "static M: u32 = 1;\nasync fn foo() -> u32 { let r = &mut M; *r }\n",
    "promoted_const_mut": "const K: u32 = 1;\nasync fn foo() -> u32 { let r = &mut K; *r += 1; K }\n",
    "promoted_assoc_missing": "struct S;\nasync fn foo() -> u32 { let r = &S::N; *r }\n",
    "promoted_escape_block": "async fn foo(x: u32) -> u32 { let r; { let y = x; r = &y; } *r }\n",
    "temp_escape_let": ID + "async fn foo(x: u32) -> u32 { let r = first(Some(&mk(x))); yield_now().await; r.is_some() as u32 }\n",
    "temp_escape_assign": ID + "async fn foo(x: u32) -> u32 { let mut r = Some(&x); r = first(Some(&mk(x))); match r { Some(v) => *v, None => 0 } }\n",
    "temp_mut_while_shared": Q + "fn two(a: &u32, b: &mut u32) -> u32 { *a + *b }\n"
                             "async fn foo(x: u32) -> u32 { let mut y = x; two(&y, &mut y) }\n",
    "temp_moved_guard": "fn gg(r: &Guard) -> u32 { 3 }\nasync fn foo(x: u32) -> u32 { let g = guard(x); let k = gg(&g); let h = g; gg(&g) + k }\n",
    "matchref_wrong_pat": "async fn foo(x: u32) -> u32 { let o = Some(x); let r = &o; match &r { &Some(v) => v, _ => 0 } }\n",
    "matchref_move": "struct G { g: Guard }\nasync fn foo(x: u32) -> u32 { let o = Some(G { g: guard(x) }); let r = &o; match &r { &&Some(v) => 1, _ => 0 } }\n",
    "matchref_mut": "async fn foo(x: u32) -> u32 { let mut o = Some(x); let r = &o; match &r { Some(v) => { o = None; *v } None => 0 } }\n",
    "matchref_nonexhaustive": "async fn foo(x: u32) -> u32 { let o = Some(x); let r = &o; match &r { Some(v) => *v } }\n",
    "param_refutable": Q + "async fn f(Some(x): Option<u32>) -> u32 { x }\nasync fn foo() -> u32 { 1 }\n",
    "param_tuple": "fn f((a, b): (u32, u32)) -> u32 { a + b }\nasync fn foo() -> u32 { f((1, 2)) }\n",
    "param_wrong_struct": Q + "fn f(W(a, b): P) -> u32 { a }\nasync fn foo() -> u32 { 1 }\n",
    "param_missing_field": Q + "fn f(P { a }: P) -> u32 { a }\nasync fn foo() -> u32 { 1 }\n",
    "param_twice": Q + "fn f(P { a, b: a }: P) -> u32 { a }\nasync fn foo() -> u32 { 1 }\n",
    "param_bind_twice": Q + "fn f(P { a, .. }: P, W(a, _): W) -> u32 { a }\nasync fn foo() -> u32 { 1 }\n",
    "param_move_twice": "struct G { g: Guard, k: u32 }\nfn f(G { g, k }: G) -> u32 { let a = g; let b = g; k }\nasync fn foo() -> u32 { 1 }\n",
    "param_mut_no_mut": Q + "fn f(P { a, b }: P) -> u32 { a += 1; a + b }\nasync fn foo() -> u32 { 1 }\n",
    "param_enum_two": "enum E { A(u32), B }\nfn f(E::A(x): E) -> u32 { x }\nasync fn foo() -> u32 { 1 }\n",
    "param_self_pat": Q + "impl P { fn m(P { a, b }: P) -> u32 { a } }\nasync fn foo() -> u32 { 1 }\n",
    "static_promoted_ref": "static A: u32 = 4;\nstatic B: &u32 = &A;\nasync fn foo() -> u32 { *B }\n",
    "assoc_const_ref_item": "struct S;\nimpl S { const N: u32 = 1; const R: &u32 = &Self::N; }\nasync fn foo() -> u32 { *S::R }\n",
    "assoc_disamb": "struct S;\nimpl S { const N#1: u32 = 1; }\nasync fn foo() -> u32 { 1 }\n",
    "static_hash_name": "static A#0: u32 = 1;\nasync fn foo() -> u32 { 1 }\n",
    "refargs_conflict": "fn f(a: &u32, b: &mut u32) -> u32 { *a }\nasync fn foo(x: u32) -> u32 { let mut y = x; f(&y, &mut y) }\n",
    "optloan_write_live": "async fn foo(x: u32) -> u32 { let mut v = [x; 4]; let o = if x > 1 { Some(&v[0]) } else { None }; "
                          "v[1] += 1; match o { Some(r) => *r, None => 1 } }\n",
}


def mir_cases():
    base = open(os.path.join(ROOT, "tests", "mir", "promoted_lowered.mir")).read()
    body = ("fn f(_1: u32) -> u32 {\n    let mut _0: u32;\n    let mut _2: &u32;\n    bb0: {\n"
            "        _2 = const f::promoted[0];\n        _0 = Add(copy _1, copy (*_2));\n        return;\n    }\n}\n")
    prom = "const f::promoted[0]: &u32 = {\n    let mut _0: &u32;\n    let mut _1: u32;\n\n    bb0: {\n" \
           "        _1 = const 5_u32;\n        _0 = &_1;\n        return;\n    }\n}\n\n"
    deep = 300
    M = {
        "promoted_ok": prom + body,
        "promoted_index_empty": prom.replace("promoted[0]", "promoted[]") + body,
        "promoted_index_neg": prom.replace("promoted[0]", "promoted[-1]") + body,
        "promoted_index_huge": prom.replace("promoted[0]", "promoted[99999999999999999999]") + body,
        "promoted_index_lead0": prom.replace("promoted[0]", "promoted[00]") + body,
        "promoted_unclosed": prom.replace("promoted[0]", "promoted[0") + body,
        "promoted_disamb": prom.replace("f::promoted[0]", "f#0::promoted[0]") + body,
        "promoted_disamb_after": prom.replace("promoted[0]", "promoted[0]#1") + body,
        "promoted_owner_missing": prom.replace("f::promoted", "nosuch::promoted") + body,
        "promoted_no_owner": prom.replace("f::promoted", "promoted") + body,
        "promoted_static": "static A: u32 = 4_u32;\n" + prom.replace("const 5_u32", "const {alloc1: &u32}") + body,
        "promoted_of_promoted": prom + prom.replace("promoted[0]", "promoted[1]").replace("const 5_u32", "const f::promoted[0]") + body,
        "promoted_ref_mut": prom.replace("_0 = &_1", "_0 = &mut _1") + body,
        "promoted_extra_stmt": prom.replace("        return;", "        _1 = const 6_u32;\n        return;") + body,
        "promoted_two_blocks": prom.replace("        return;\n    }\n}", "        goto -> bb1;\n    }\n    bb1: {\n        return;\n    }\n}") + body,
        "promoted_deep_type": "const f::promoted[0]: %su32 = {\n    let mut _0: %su32;\n}\n" % ("&" * deep, "&" * deep) + body,
        "promoted_used_wrong_type": prom + body.replace("let mut _2: &u32", "let mut _2: &u8"),
        "promoted_used_by_other": prom + body.replace("fn f(", "fn g("),
        "promoted_after_use": body + "\n" + prom,
        "promoted_bool_for_u32": prom.replace("const 5_u32", "const true") + body,
        "name_disamb_zero_fn": body.replace("fn f(", "fn f#0("),
        "name_disamb_lead0": "static A#01: u32 = 4_u32;\n" + body,
        "name_disamb_one": "static A#1: u32 = 4_u32;\n" + prom + body,
        "name_disamb_local": body.replace("let mut _2: &u32", "let mut _2#0: &u32"),
        "lowered_ok": base,
        "lowered_promoted_k_swapped": base.replace("promoted[1]", "promoted[9]"),
    }
    return M


SOUP_FILES = ["tests/rust/promoted.rs", "tests/rust/temp_args.rs", "tests/rust/temp_across_await.rs",
              "tests/rust/match_ref_var.rs", "tests/rust/param_struct_pattern.rs", "tests/rust/param_ref_pattern.rs",
              "tests/rust/static_items.rs", "tests/rust/assoc_consts.rs", "tests/rust/guard_temporary.rs",
              "tests/rust/ref_ref_temps.rs", "tests/rust/opt_loans.rs"]


def soup_script():
    import campaign35
    return campaign35.SOUP.replace(
        '"18446744073709551615"]',
        '"18446744073709551615", "static", "S::N", "Self::N", "&5", "&K", "&S::N", "&mk(x)", "&mut", ".await",'
        ' "&r", "&&", "P { a, b }: P", "W(a, _): W", "&x: &u32", "promoted", "Some(&y)", "#0", "#1"]')


def classes(tmp):
    C = {}
    sc = []
    for k, text in wide_shapes(20000).items():
        p = os.path.join(tmp, "wide_%s.rs" % k)
        if text is None:
            make = "python3 %s %s 20000 >%s && " % (GEN, k, p)
        else:
            w(tmp, "wide_%s.rs" % k, text)
            make = ""
        for c in CMDS:
            sc.append(("scale_%s_20000_%s" % (k, c.split()[0]),
                       "%sulimit -s 512 && $BIN %s %s --jobs=1 >%s.out 2>%s.err; r=$?; tail -1 %s.out; tail -3 %s.err >&2; "
                       "exit $r" % (make, c, p, p, p, p, p)))
            make = ""
    C["scale"] = sc
    dp = []
    for k, n in LARGEST.items():
        for m in (n, n + 1, 100000):
            p = w(tmp, "deep_%s_%d.rs" % (k, m), deep_shapes(m)[k])
            for c in ([x.replace(" --args 3", "") for x in CMDS] if m == n else ["build"]):
                dp.append(("deep_%s_%d_%s" % (k, m, c.split()[0]),
                           "ulimit -s 512 && $BIN %s %s >%s.out 2>%s.err; r=$?; tail -1 %s.out; tail -3 %s.err >&2; exit $r"
                           % (c, p, p, p, p, p)))
    C["deep"] = dp
    C["bad"] = [("bad_%s" % k, "$BIN build %s" % w(tmp, "bad_%s.rs" % k, t)) for k, t in BAD.items()]
    C["mir"] = [("mir_%s" % k, "$BIN run %s --entry f --args 1" % w(tmp, "mir_%s.mir" % k, t)) for k, t in mir_cases().items()
                if k != "lowered_ok" and k != "lowered_promoted_k_swapped"] + \
               [("mir_%s" % k, "$BIN verify %s" % w(tmp, "mir_%s.mir" % k, t)) for k, t in mir_cases().items()
                if k in ("lowered_ok", "lowered_promoted_k_swapped")]
    files = [os.path.join(ROOT, f) for f in SOUP_FILES if os.path.exists(os.path.join(ROOT, f))]
    script = w(tmp, "soup.py", soup_script())
    C["soup"] = [("soup_%d" % s, "python3 %s $BIN %s 500 %d %s" % (script, tmp, s, " ".join(files))) for s in range(1, 7)]
    return C


def main():
    campaign24.campaign("campaign37", classes, sys.argv, None, usage=__doc__)


if __name__ == "__main__":
    main()

# Results (hunt37; on ./coroslim, 2 shared CPUs under a load of 15-22):
# bad + mir: 60 invocations, 0 flagged by the judge; the 34 bad programs compiled by rustc 1.95 (tests/rustc/
# compile_all.py) and read by hand. Found and fixed: (1) a wrong answer: `fn f(P { a, .. }: P, W(a, _): W)`
# accepted (rustc E0415); `P { a, b: a }` as a parameter said E0416 (rustc E0415), and E0416's column was the
# field's, not the binding's (rustc 17:43, coroslim 17:40); (2) `.mir` `#0` / `#01` names accepted as other
# names (static A#0, fn g#0, inner#01). Not changed: `promoted[00]` is read as `promoted[0]`; an async fn's
# refutable parameter pattern says "in function argument" where rustc says "in local binding"; `__arg1: u32`
# beside a pattern parameter at position 1 is refused as E0415 (rustc accepts).
# deep: every shape at its largest depth and past it a located error or accepted, except promotedrefs at 254
# (`let r = &&..&5u32;`) under `ulimit -s 512`: a segfault in the MIR builder (as_temp_inner -> place_of_in ->
# into_inner, about 2 KB of stack per `&`, frontend/build_expr.c:589/656/873; already at 160a8ba; fine with a
# 1 MB stack and in the ASan build at 8 MB). Not fixed (found at the end).
# scale (build --jobs=1, 5k and 10k, release; callgrind where the seconds grew): promoted, tempargs, tempawaits,
# matchref, asyncparampats, staticpromoted linear by time; parambyval 2.5k / 5k 0.54G / 1.15G and resloans
# 0.55G / 1.18G instructions (linear); promotedheld 0.17G / 0.44G (2.6x per 2x: N promoted references saved
# across one await all conflict, as drops36's N `let ref` temporaries). The gen.py shapes optloans, refargs,
# assocused were the brief's leftovers (DESIGN.md, Thirteenth sweep). soup: not run this session (no time left).
#
# Fourteenth sweep (deep38; ./coroslim of 8d12678, 2 shared CPUs under a load of 15-28): soup, 6 seeds x 500
# programs through `build`: 0 found. scale (20k, each command, `ulimit -s 512`, --jobs=1, timeout 120 s): 52 of 60
# within it, 8 past it under that load, each measured on its own (callgrind, `Ir`): tempawaits check 500 / 1000
# 1,426.3M / 2,852.5M (linear) and emit 1000 / 2000 1,438.0M / 2,880.5M (linear); matchref build 1k / 2k / 4k
# 344.5M / 685.9M / 1,387.8M (linear; its check, run, emit, stats: the same shape, not measured further);
# asyncparampats check 500 / 1000 1,186.4M / 4,304.2M (3.6x per 2x: quadratic, not fixed): N `&x: &u32`
# parameters of an async fn make N upvars; the interpreter sizes the upvar tuple per access (`drive` and
# `place_addr` -> `isize_of` / `ialign_of`, 11M and 4M calls at 1k), the verifier per statement
# (`verify_module` -> `type_size`, 14.6M calls over check's 16 stages) and relocate-upvars' layout adds N^2
# conflicts (`layout_compute_relocated` -> `conflict_add`, 15M calls); user time 1k / 2k / 4k 0.23 / 0.82 /
# 3.14 s. deep (on the deep38 binary, `ulimit -s 512`): 35 invocations, 0 flagged (promotedrefs 254 checks now).
