#!/usr/bin/env python3
"""tests/robust/campaign33.py -- issue 23's tenth sweep (hunt33): recursion driven by input depth or width,
on the ASan + UBSan build (frames several times larger: last session a recursion one level per column passed
here and overflowed in CI) and on ./coroslim with a small stack (`ulimit -s`, so that a recursion per item
of a long list shows at sizes that run in seconds), and new classes a user reaches (10k-100k items, values
nested 100k deep, chains of calls and methods).

usage: python3 tests/robust/campaign33.py BIN [--class=NAME,...] [--only=SUBSTR] [--timeout=S]
       classes: deep (every construct that nests, `verify` at 127 / 128 / 255 / 256 / 999 / 1000 / 100000),
       largest (each deep shape the parser accepts, at its largest depth, through build, check, run, stats,
       opt, emit, lower, layout), stack (the same, `build` and `check` under `ulimit -s` 4096 KB: the
       ASan build needs at most about 3.9 MB there), wide (lists 100k long under `ulimit -s 512`, --jobs=1:
       a recursion per item fails there), gen (tests/robust/gen.py's shapes at 20k under `ulimit -s 512`)

Printed per invocation as campaign24.py prints (its judge: crash, hang, silent, misplaced). The results of
the run recorded in DESIGN.md (Limits and reliability, "Tenth sweep") are at the end of this file.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import campaign24  # noqa: E402  (its judge and runner)

w = campaign24.w
Y = "yield_now().await;"
CMDS = ["build", "check", "run", "stats", "opt", "emit", "lower", "layout"]
GEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen.py")


def nest(n, o, m, c):
    return o * n + m + c * n


def deep_shapes(n):
    """every construct that nests, n deep (`main` the entry)"""
    S = {}
    S["paren"] = "async fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "(", "x", ")"))
    S["neg"] = "async fn main(x: i32) -> i32 { %s %s }\n" % (Y, "-"*n + "x")
    S["not"] = "async fn main(x: bool) -> bool { %s %s }\n" % (Y, "!"*n + "x")
    S["negparen"] = "async fn main(x: i32) -> i32 { %s %s }\n" % (Y, nest(n, "-(", "x", ")"))
    S["add"] = "async fn main(x: u32) -> u32 { %s x%s }\n" % (Y, " + x"*n)
    S["xor"] = "async fn main(x: u32) -> u32 { %s x%s }\n" % (Y, " ^ x"*n)
    S["andand"] = "async fn main(x: bool) -> bool { %s x%s }\n" % (Y, " && x"*n)
    S["oror"] = "async fn main(x: bool) -> bool { %s x%s }\n" % (Y, " || x"*n)
    S["mixed"] = "async fn main(x: u32) -> bool { %s x > 0%s }\n" % (Y, " && x > 1 || x < 3"*(n//2))
    S["cast"] = "async fn main(x: u32) -> u32 { %s x%s }\n" % (Y, " as u32"*n)
    S["method"] = "struct S { v: u32 }\nimpl S { fn m(self) -> S { S { v: self.v + 1 } } }\nasync fn main(x: u32) -> u32 { %s S { v: x }%s.v }\n" % (Y, ".m()"*n)
    S["refmethod"] = "struct S { v: u32 }\nimpl S { fn m(&self) -> &S { self } }\nasync fn main(x: u32) -> u32 { let s = S { v: x }; %s s%s.v }\n" % (Y, ".m()"*n)
    S["try"] = "fn f(x: %s) -> Option<u32> { Some(x%s) }\nasync fn main() -> u32 { %s match f(None) { Some(v) => v, None => 7 } }\n" % (nest(n, "Option<", "u32", ">"), "?"*n, Y)
    S["field"] = "".join("struct S%d { a: S%d }\n" % (i, i+1) for i in range(n)) + "struct S%d { v: u32 }\n" % n + \
        "".join("fn mk%d(x: u32) -> S%d { S%d { a: mk%d(x) } }\n" % (i, i, i, i+1) for i in range(n)) + "fn mk%d(x: u32) -> S%d { S%d { v: x } }\n" % (n, n, n) + \
        "async fn main(x: u32) -> u32 { let s = mk0(x); %s s%s.v }\n" % (Y, ".a"*n)
    S["ref"] = "async fn main(x: u32) -> u32 { let r = %sx; %s %sr }\n" % ("&"*n, Y, "*"*(n))
    S["derefref"] = "async fn main(x: u32) -> u32 { let r = &x; %s %s }\n" % (Y, "*&"*n + "*r")
    S["block"] = "async fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "{ ", "x", " }"))
    S["blockstmt"] = "async fn main(x: u32) -> u32 { let mut y = x; %s %s y }\n" % (Y, nest(n, "{ y += 1; ", "", " }"))
    S["if"] = "async fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "if x > 0 { ", "x", " } else { 0 }"))
    S["ifelse"] = "async fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "if x > 0 { 1 } else { ", "x", " }"))
    S["ifcond"] = "async fn main(x: u32) -> u32 { %s if %s { 1 } else { 0 } }\n" % (Y, nest(n, "if ", "x > 0", " { true } else { false }"))
    S["match"] = "async fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "match x { 0 => 0, _ => ", "x", " }"))
    S["matchscrut"] = "async fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "match ", "x", " { 0 => 0, v => v }"))
    S["loop"] = "async fn main(x: u32) -> u32 { let mut k = x; %s %s k }\n" % (Y, nest(n, "loop { ", "k += 1; break;", " break; }"))
    S["while"] = "async fn main(x: u32) -> u32 { let mut k = x; %s %s k }\n" % (Y, nest(n, "while k < 3 { ", "k += 1;", " }"))
    S["async"] = "async fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "async move { ", "x", " }.await"))
    S["asyncyield"] = "async fn main(x: u32) -> u32 { %s }\n" % (nest(n, "async move { yield_now().await; ", "x", " }.await"))
    S["call"] = "fn f(x: u32) -> u32 { x }\nasync fn main(x: u32) -> u32 { %s %s }\n" % (Y, nest(n, "f(", "x", ")"))
    S["some"] = "fn f(x: %s) -> u32 { 0 }\nasync fn main(x: u32) -> u32 { %s f(%s) }\n" % (nest(n, "Option<", "u32", ">"), Y, nest(n, "Some(", "x", ")"))
    S["tuple"] = "async fn main(x: u32) -> u32 { let t = %s; %s t%s }\n" % (nest(n, "(", "x", ",)"), Y, ".0"*n)
    S["array"] = "async fn main(x: u32) -> u32 { let a = %s; %s a%s }\n" % (nest(n, "[", "x", "]"), Y, "[0]"*n)
    S["arrayrep"] = "async fn main(x: u32) -> u32 { let a = %s; %s a%s }\n" % (nest(n, "[", "x", "; 1]"), Y, "[0]"*n)
    S["structlit"] = "".join("struct S%d { a: S%d }\n" % (i, i+1) for i in range(n)) + "struct S%d { v: u32 }\n" % n + \
        "async fn main(x: u32) -> u32 { let s = %s; %s s%s.v }\n" % ("".join("S%d { a: " % i for i in range(n)) + "S%d { v: x }" % n + " }"*n, Y, ".a"*n)
    S["pat_some"] = "fn f(x: %s) -> u32 { match x { %s => y, _ => 0 } }\nasync fn main(x: u32) -> u32 { %s f(None) }\n" % (nest(n, "Option<", "u32", ">"), nest(n, "Some(", "y", ")"), Y)
    S["pat_tuple"] = "async fn main(x: u32) -> u32 { let %s = %s; %s y }\n" % (nest(n, "(", "y", ",)"), nest(n, "(", "x", ",)"), Y)
    S["pat_or"] = "async fn main(x: u32) -> u32 { %s match x { %s => 1, _ => 2 } }\n" % (Y, "".join("(%d | " % i for i in range(n)) + str(n) + ")"*n)
    S["pat_paren"] = "async fn main(x: u32) -> u32 { %s match x { %s => 1, _ => 2 } }\n" % (Y, nest(n, "(", "5", ")"))
    S["pat_ref"] = "async fn main(x: u32) -> u32 { let r = %sx; %s match r { %s => y } }\n" % ("&"*n, Y, "&"*n + "y")
    S["pat_struct"] = "".join("struct S%d { a: S%d }\n" % (i, i+1) for i in range(n)) + "struct S%d { v: u32 }\n" % n + \
        "".join("fn mk%d(x: u32) -> S%d { S%d { a: mk%d(x) } }\n" % (i, i, i, i+1) for i in range(n)) + "fn mk%d(x: u32) -> S%d { S%d { v: x } }\n" % (n, n, n) + \
        "async fn main(x: u32) -> u32 { let s = mk0(x); %s match s { %s => y } }\n" % (Y, "".join("S%d { a: " % i for i in range(n)) + "S%d { v: y }" % n + " }"*n)
    S["type_tuple"] = "fn f(t: %s) -> u32 { 0 }\nasync fn main(x: u32) -> u32 { %s x }\n" % (nest(n, "(", "u32", ",)"), Y)
    S["type_array"] = "fn f(t: &%s) -> u32 { 0 }\nasync fn main(x: u32) -> u32 { %s x }\n" % (nest(n, "[", "u32", "; 1]"), Y)
    S["type_ref"] = "fn f(t: %su32) -> u32 { 0 }\nasync fn main(x: u32) -> u32 { %s x }\n" % ("&"*n, Y)
    S["type_optref"] = "fn f(t: %s) -> u32 { 0 }\nasync fn main(x: u32) -> u32 { %s x }\n" % (nest(n, "Option<&", "u32", ">"), Y)
    S["type_opttuple"] = "fn f(t: %s) -> u32 { 0 }\nasync fn main(x: u32) -> u32 { %s x }\n" % (nest(n, "Option<(", "u32", ",)>"), Y)
    S["fnfn"] = "async fn main() -> u32 {\n    %s\n    %s\n    f0()\n}\n" % ("".join("fn f%d() -> u32 { " % i for i in range(n)) + "1" + " }" + "".join(" f%d() }" % (i) for i in range(n-1, 0, -1)), Y)
    return S


def wide_shapes(n):
    """lists n long: or-alternatives, statements, fns calling the next, types holding the next, values
    nested n deep, methods calling the next"""
    S = {}
    S["oralts"] = "async fn main(x: u32) -> u32 { %s match x { %s => 1, _ => 2 } }\n" % (Y, " | ".join(str(i) for i in range(n)))
    S["assigns"] = "async fn main(x: u32) -> u32 { let mut a = x; %s\n%s a }\n" % (Y, "".join("    a = a ^ %d;\n" % i for i in range(n)))
    S["callchain"] = "".join("fn f%d(x: u32) -> u32 { f%d(x) ^ 1 }\n" % (i, i+1) for i in range(n)) + "fn f%d(x: u32) -> u32 { x }\n" % n + "async fn main(x: u32) -> u32 { %s f0(x) }\n" % Y
    S["deadchain"] = "".join("fn f%d(x: u32) -> u32 { f%d(x) ^ 1 }\n" % (i, i+1) for i in range(n)) + "fn f%d(x: u32) -> u32 { x }\n" % n + "async fn main(x: u32) -> u32 { %s x }\n" % Y
    S["structchain"] = "".join("struct S%d { a: S%d, k: u8 }\n" % (i, i+1) for i in range(n)) + "struct S%d { g: Guard }\n" % n + \
        "".join("fn mk%d(x: u32) -> S%d { S%d { a: mk%d(x), k: 1 } }\n" % (i, i, i, i+1) for i in range(n)) + "fn mk%d(x: u32) -> S%d { S%d { g: guard(x) } }\n" % (n, n, n) + \
        "async fn main(x: u32) -> u32 { let s = mk0(x); %s s.k as u32 }\n" % Y
    S["structchainret"] = "".join("struct S%d { a: S%d, k: u8 }\n" % (i, i+1) for i in range(n)) + "struct S%d { v: u32 }\n" % n + \
        "".join("fn mk%d(x: u32) -> S%d { S%d { a: mk%d(x), k: 1 } }\n" % (i, i, i, i+1) for i in range(n)) + "fn mk%d(x: u32) -> S%d { S%d { v: x } }\n" % (n, n, n) + \
        "async fn main(x: u32) -> S0 { let s = mk0(x); %s s }\n" % Y
    S["enumchain"] = "".join("enum E%d { A(E%d), B }\n" % (i, i+1) for i in range(n)) + "enum E%d { A(Guard), B }\n" % n + \
        "async fn main(x: u32) -> u32 { let e = E0::B; %s match e { E0::A(_) => 1, E0::B => 2 } }\n" % Y
    S["enumchainval"] = "".join("enum E%d { A(E%d), B }\n" % (i, i+1) for i in range(n)) + "enum E%d { A(Guard), B }\n" % n + \
        "".join("fn mk%d(x: u32) -> E%d { E%d::A(mk%d(x)) }\n" % (i, i, i, i+1) for i in range(n)) + "fn mk%d(x: u32) -> E%d { E%d::A(guard(x)) }\n" % (n, n, n) + \
        "async fn main(x: u32) -> u32 { let e = mk0(x); %s match e { E0::A(_) => 1, E0::B => 2 } }\n" % Y
    S["loops"] = "async fn main(x: u32) -> u32 { let mut a = x; %s\n%s a }\n" % (Y, "".join("    loop { a = a ^ %d; break; }\n" % i for i in range(n)))
    S["whiles"] = "async fn main(x: u32) -> u32 { let mut a = x; %s\n%s a }\n" % (Y, "".join("    while a > %d { a = a - 1; }\n" % (i + 1000000) for i in range(n)))
    S["unused"] = "async fn main(x: u32) -> u32 { %s\n%s x }\n" % (Y, "".join("    let v%d = x;\n" % i for i in range(n)))
    S["strlit"] = "async fn main(x: u32) -> u32 { %s if x > 5 { panic!(\"%s\"); } x }\n" % (Y, "a" * n)
    S["matcharms_if"] = "async fn main(x: u32) -> u32 { %s match x {\n%s _ => 0 } }\n" % (Y, "".join("        %d => if x > 1 { 1 } else { 2 },\n" % i for i in range(n)))
    S["methods"] = "struct S { v: u32 }\nimpl S {\n%s}\nasync fn main(x: u32) -> u32 { let s = S { v: x }; %s s.m0() + s.m%d() }\n" % ("".join("    fn m%d(&self) -> u32 { self.v + %d }\n" % (i, i % 7) for i in range(n)), Y, n - 1)
    S["methodcalls"] = "struct S { v: u32 }\nimpl S {\n%s    fn m%d(&self) -> u32 { self.v }\n}\nasync fn main(x: u32) -> u32 { let s = S { v: x }; %s s.m0() }\n" % ("".join("    fn m%d(&self) -> u32 { self.m%d() }\n" % (i, i + 1) for i in range(n)), n, Y)
    S["asyncchain_sync"] = "".join("async fn f%d(x: u32) -> u32 { f%d(x).await }\n" % (i, i+1) for i in range(n)) + "async fn f%d(x: u32) -> u32 { %s x }\n" % (n, Y) + "async fn main(x: u32) -> u32 { f0(x).await }\n"
    S["tuplestruct"] = "struct T(%s);\nasync fn main(x: u32) -> u32 { let t = T(%s); %s let T(%s) = t; a0 + a%d }\n" % (", ".join("u32" for i in range(n)), ", ".join("x" for i in range(n)), Y, ", ".join("a%d" % i for i in range(n)), n-1)
    S["guards"] = "".join("fn f%d(x: u32) -> u32 { let _g = guard(x); f%d(x) }\n" % (i, i+1) for i in range(n)) + "fn f%d(x: u32) -> u32 { x }\n" % n + "async fn main(x: u32) -> u32 { %s f0(x) }\n" % Y
    S["recursion"] = "".join("fn f%d(x: u32) -> u32 { if x == 0 { 0 } else { f%d(x - 1) } }\n" % (i, (i+1) % n) for i in range(n)) + "async fn main(x: u32) -> u32 { %s f0(x) }\n" % Y
    return S


# the largest depth the parser accepts per deep shape (`nesting too deep` past it: DESIGN.md's limits table)
LARGEST = {"add": 999, "xor": 999, "andand": 999, "oror": 999, "cast": 999, "mixed": 1995, "field": 998,
           "method": 997, "try": 332, "type_optref": 4096, "paren": 127, "if": 127, "ifelse": 127,
           "matchscrut": 127, "neg": 254, "not": 254, "block": 254, "call": 254, "async": 254,
           "asyncyield": 254, "fnfn": 254, "match": 254, "blockstmt": 252, "loop": 252, "some": 253,
           "pat_some": 255, "pat_struct": 253}


def classes(tmp):
    C = {}
    d = []
    for n in (127, 128, 255, 256, 999, 1000, 100000):
        for k, text in deep_shapes(n).items():
            d.append(("deep_%s_%d" % (k, n), "$BIN verify %s" % w(tmp, "deep_%s_%d.rs" % (k, n), text)))
    C["deep"] = d
    lg, st = [], []
    for k, n in LARGEST.items():
        p = w(tmp, "stack_%s_%d.rs" % (k, n), deep_shapes(n)[k])
        for c in CMDS:
            lg.append(("largest_%s_%d_%s" % (k, n, c), "$BIN %s %s%s" % (c, p, " --entry main" if c == "run" else "")))
        for c in ("build", "check"):
            st.append(("stack_%s_%d_%s" % (k, n, c), "ulimit -s 4096 && $BIN %s %s --jobs=1" % (c, p)))
    C["largest"] = lg
    C["stack"] = st
    wd = []
    for k, text in wide_shapes(100000).items():
        p = w(tmp, "wide_%s.rs" % k, text)
        for c in ("build", "check"):
            wd.append(("wide_%s_100000_%s" % (k, c), "ulimit -s 512 && $BIN %s %s --jobs=1 | tail -1" % (c, p)))
    C["wide"] = wd
    g = []
    for k in ("lets", "awaits", "arms", "guards", "litguards", "litranges", "mergearms", "mixarms", "chain", "params",
              "callargs", "captures", "fnawaits", "blocks", "fields", "traits", "optnest", "resnest", "enums",
              "nesteditems", "fieldranges", "ifinc", "elseif", "elseiflet", "iflets", "elseifheld", "ownlets",
              "reassign", "varloans", "fieldloans", "reborrows", "moverefs", "enumvals"):
        p = os.path.join(tmp, "gen_%s.rs" % k)
        for c in ("build", "check"):
            g.append(("gen_%s_20000_%s" % (k, c), "python3 %s %s 20000 >%s && ulimit -s 512 && $BIN %s %s --jobs=1 | tail -1"
                      % (GEN, k, p, c, p)))
    C["gen"] = g
    return C


def main():
    campaign24.campaign("campaign33", classes, sys.argv, None, usage=__doc__)


if __name__ == "__main__":
    main()

# Results (hunt33; the classes run as the probes they were written from, on ./coroslim-san and ./coroslim, 2 shared
# CPUs): deep: 315 `verify`s, no crash; each shape accepted up to LARGEST, `nesting too deep` past it (100k
# too). largest: 216 invocations, all exit 0 on both binaries; the slowest under ASan `check` of 254 nested
# async blocks each awaiting (64.6 s, 564 MB; 30.1 s without ASan). stack: ASan needs at most about 3.9 MB
# (the 999-long chains: capture_expr about 3.9 KB a level), so 8 MB holds them with a margin of 2. wide + gen
# with `ulimit -s 512`: else-if / if-let chains 20k `build` segfaulted (sema_warn.c uc_expr, one level per
# link; fixed: uc_if_chain), enum values nested 100k `check` segfaulted (interp_call.c push_seq, one level
# per nested value; fixed: drive starts it); after the fixes the four chain shapes at 100k pass every command
# with a 1 MB stack. Slow, not crashing (left): methodcalls 100k (find_assoc_fn's scan per call, N^2),
# structchain 100k (23 GB), check of 20k awaits / blocks / chain / fnawaits / mixarms / ownlets / params /
# varloans past 120 s, params 20k build 3.1 GB.
