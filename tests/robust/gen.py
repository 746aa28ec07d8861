#!/usr/bin/env python3
"""Generate the large valid programs of tests/robust and bench/robust_speed.py.

usage: tests/robust/gen.py KIND N > FILE.rs
  lets    one async fn with N shadowing `let`s
  awaits  one async fn with N awaits
  arms    one async fn with a `match` of N arms
  guards  one async fn with a `match` of N guarded arms binding the scrutinee (`v if v == I => ..`)
  litranges  one async fn with a `match` of N arms alternating literals and ranges (`3I =>`,
          `3I..=3I+1 =>`): one switch on the literals, the ranges sorted into its failure branch
  mergearms  one async fn with a `match` of N arms, each awaiting the same async fn (N states
          that merge-states makes one)
  chain   N async fns, each awaiting the next (an await chain N deep)
  params  one async fn with N u8 parameters, awaited
  structchain  N struct items each holding the next beside a u8, built by a chain of N fns
  name    two async fns whose names are N bytes long and differ in the last byte
  callargs  a sync fn with N u32 parameters, called from an async fn
  captures  an async block capturing N locals by reference
  loop    an async fn that loops N times (N steps of the interpreter, no await inside)
  badmir  a .mir fn whose name is N bytes long, with a type error in its body
  loans   one async fn with N straight-line `let rI = &mut v[I % 4]; *rI += x;` (N loans of one
          array, each dead before the next: the borrow checker's scan stays linear)
  ifloans  one async fn with N `if x > I { let rI = &mut v[I % 4]; *rI += x; }` (N loans inside
          ifs: the borrow checker's flow per branch stays linear)
  fnawaits  one async fn awaiting N calls of another async fn (a future with drop glue per await)
  blocks  one async fn awaiting N async blocks
  fields  a struct with N u32 fields, built, held across an await and read
  traits  N traits, each with one method implemented once for one struct, two of them called
  optnest  an `Option<Option<..<u8>..>>` N deep, held across an await and matched (rustc 1.95
          needs `#![recursion_limit = "..."]` raised past about 128 deep: E0275 on its `Copy` check)
  enums   N enum items of two variants each, two of them matched across an await
  mixarms  one async fn with a `match` of N arms awaiting three async fns of the same shape in turn
          (merge-states tries pairs that do not merge between those that do)
  elseif  one async fn with an `if .. else if ..` chain of N links (a command dispatch) after an
          await, and an entry `foo` that takes the last link (before an await: elseifheld)
  elseiflet  the same with every 8th link an `if let Some(v) = half(x)` (a match in the AST: each
          adds one to the tree's height)
  iflets  one async fn with an `if let .. else if let ..` chain of N links after an await, every
          link an `if let` on a call (Option and Result in turn, `Some(v)` / `Ok(v)` binding), every
          3rd link a plain `if` between them (a mixed chain), and an entry `foo` taking the last link
  elseifheld  one async fn with an `if .. else if ..` chain of N links before an await, its
          value held across the await (every link's condition temporary is storage-live until
          the chain's end, so the chain's blocks hold O(N) live locals each), and an entry `foo`
  asyncparampats  an async fn with N `&xI: &u32` pattern parameters (N upvars), awaited from `foo`
  forloops  one async fn with N `for` loops over ranges (`..` and `..=` in turn), each awaiting (for40)
  fornest  one async fn with N nested `for` loops, an await in the innermost (for40)
  cloneenum  a `#[derive(Clone)]` enum of 256 variants, the first of N `u32` fields, the others of one
          (clone39: its field-wise clone binds every field, then clones each), cloned across an await
  resnest  a struct field of type `Result<Option<Result<..<u8>.., u16>>, u16>` N deep (Result and
          Option in turn, Result outermost), built `Err(..)`, held across an await and matched
          (rustc 1.95 needs `#![recursion_limit]` raised as for optnest)
  enumvals  N enum items each holding the next, a value N deep built, held across an await and dropped
          (hunt33: the interpreter's drop glue took one C recursion per level; rustc 1.95 compiles 100
          deep and refuses 300: "queries overflow the depth limit!")
  refnest  a parameter of type `Option<&Option<&..<u8>..>>` N deep (parsed by a recursion through
          each `&`: more than 4,096 deep is the located error of DESIGN.md's limits table)
  enumitems  N one-variant enum items `enum EI { A }`, the first and last used (the enum types'
          limit, AST_ENUM_MAX = 2097152)
  ownlets  one async fn with N `let aI = ..; yield_now().await; s += aI;`: N saved locals, each held
          across its own await, all storage-live to the end (N^2 storage conflicts; the state
          transform's conflict visitor was O(N^3): robust24)
  reassign  one fn with N `let pI = &mut a[I % 4]; *pI += x; q = pI; *q += 1;` (N loans each
          flowing into its own reference and one `q` live to the end: the borrow checker drops a
          loan from its scans once its scope is passed, linear, no work budget reached)
  liveloans  N `let rI = &v.a;` kept live (read at the end) across N `let mI = &mut v.a; *mI += 1;`
          (rustc E0502 at m0: every shared loan conflicts with every `&mut`, N^2 pairs; quad25)
  liveloansok  the same with `&v.b` kept live (disjoint fields: accepted by rustc)
  loopliveloans  the liveloans shape with the `&mut` accesses inside a `loop` that breaks after one
          pass (rustc E0502, reported inside the loop)
  varloans  N variables, each borrowed shared and kept live, then each written through `&mut` of
          another variable (N loans, N accesses, no conflict: accepted by rustc)
  ifelseliveloans  the liveloans shape with each `&mut v.a` in an `if` whose `else` assigns `v.a`
          (rustc E0502 at m0: both branches of each `if` conflict with the N live loans; loans27)
  matchliveloans  the same with N three-arm `match`es, each arm conflicting (rustc E0502 at m0)
  fieldranges  a struct of N u32 fields matched by one arm binding and testing every field
          (`fI: aI @ bI @ (I % 3)..=1000`) and `_` (hunt31: ElaborateDrops' fixpoint took N rounds over
          the chain of tests, exhaustiveness rescanned the `_` row per field: N^2)
  deepaddfns  64 fns of N `+` each (the body builder's threads)
  deepref, deepadd, deepmethod, deepblock  one expression N deep: `&&..&5u32`, `x + x + ..`,
          `S { v: x }.m().m()..`, `{ { .. x .. } }` (deep38: at the nesting limits, on coroslim's own
          8 MB stack whatever `ulimit -s` says)
  ifinc   one async fn with N `if a > I { a = a + 1; }` on one `let mut a` u32, then an await
          (hunt31 issue 23: one local assigned in N branches, N^2 in the build; quad32)
  qualcalls  N traits implemented for one struct, each called by `<S as Tk>::f(&s)` from one async fn
  bodytraits  N traits and impls in an async fn's body, each called by `<S as Tk>::f(&s)`
  constshadow  N blocks each with its own `const K` and `struct P`, then a top-level K used
  mirconsts  a .mir of N const items, the last one used
  liveguards  one async fn with N `let _gI = guard(x + I);` live to its end, then an await (ElaborateDrops'
          states hold up to N paths: its per-block stores, loads and sorts were N^2 with a large factor; drops36)
  letrefguards  the same with `let ref _rI = guard(x + I);` (N borrowed temporaries, all saved)
  methodcalls  N inherent methods of one struct, each calling the next (`self.mI()`; hunt33's leftover)
  assocchain  one impl of N associated consts, each defined by the one before (`Self::N{I-1} % 7 + 1`), the last
          used (hunt36: dead_code's liveness recursed once per const: a stack overflow under ASan)
  constdiamonds  N levels of two consts each defined by both of the level before (`C{I} = C{I-1} / 2 + D{I-1} / 2`,
          `D{I} = C{I-1} ^ D{I-1}`), none used (hunt36: dead_code walked every path: 2^N)
  associmpls  N structs with an `impl` of one associated const each, the first and last used (hunt36:
          dead_code scanned every const per impl: N^2)
  optloans  one async fn with N `let oI = if t > I { Some(&v[I % 4]) } else { None };` each matched, then
          `v[..] += 1` (a write of the array after each loan is dead; hunt37: the borrow checker's work was
          N^2, past its budget in `check` and 46 s to `build` under ASan)
  refargs  a sync fn with N `&u32` parameters called with N `&y` from an async fn (hunt37: the call's
          temporaries' scopes held every earlier argument: N^2 memory)
  assocused  N structs with an `impl` of one associated const each, every one used (hunt37: dead_code looked
          each live const's type up among every struct and enum: N^2)
  lintattrs  N fns `#[allow(dead_code)] fn fI` each calling a dead `gI` (roots), and one async fn with N
          `#[expect(unused_variables)] let vI = x;` (lint38: N nested lint scopes, N expectations met)
  pubitems  N `pub` structs each with a `pub` method and a private one, N `pub` fns building them and N
          `pub(crate)` fns (vis39: N public roots of dead_code, N interfaces checked)
  aliaschain  N type aliases each naming the next (`type A0 = A1;` .. `type AN = u32;`), A0 a parameter's
          type (vis39: expanded without recursion)
  iflettemps  one async fn with an `if let .. else if let ..` chain of N links, each `Some(v) = id(Some(&mk(x + I)))`
          (each link's scrutinee temporary is borrowed and dies at the link's end; bcq38: the borrow
          checker's join of the links' flows was N^2)
  borrowarms  one async fn with a `match` of N arms each `I => id(Some(&y))`, the value read after an
          await (bcq38: N^2 in the borrow checker)
  letextchain  one async fn with a `let`'s `if .. else if ..` chain of N links each `Some(&mk(I))` (each
          temporary extended to the let's scope; bcq38: the join of the links' loan sets was N^2)
  corecmps  one async fn with N comparisons of an Option, an array and a Result and `is_some` calls
  promrefs  one async fn with N promoted references `let rI: &u32 = &I;`, all read after one await (N saved
          locals, all in conflict; quad38)
All of them but liveloans and loopliveloans are accepted by rustc 1.95 with tests/rust/prelude.rs (the deep chain is
within rustc's default recursion limits only for N below a few hundred; the others at any N).
"""
import sys


def lets(n):
    out = ["async fn many_lets(a: u32) -> u32 {", "    let x = a;"]
    for i in range(n):
        out.append("    let x = x + %du32;" % (i & 1))
    out += ["    yield_now().await;", "    x", "}"]
    return out


def awaits(n):
    out = ["async fn many_awaits() -> u32 {", "    let mut n = 0u32;"]
    for i in range(n):
        out.append("    yield_now().await;")
        if i % 50 == 49:
            out.append("    n += 1;")
    out += ["    n", "}"]
    return out


def arms(n):
    out = ["async fn many_arms(a: u32) -> u32 {", "    let r = match a {"]
    for i in range(n):
        out.append("        %d => %du32," % (i, (i * 7) & 0xffff))
    out += ["        _ => 1u32,", "    };", "    yield_now().await;", "    r", "}",
            "async fn foo() -> u32 { many_arms(%d).await }" % (n // 2)]
    return out


def guards(n):
    out = ["async fn many_guards(a: u32) -> u32 {", "    yield_now().await;", "    match a {"]
    for i in range(n):
        out.append("        v if v == %d => %du32," % (i, (i * 7) & 0xffff))
    out += ["        _ => 1u32,", "    }", "}",
            "async fn foo() -> u32 { many_guards(%d).await }" % (n // 2)]
    return out


def litguards(n):
    """N guarded arms on literals, every other one an or-pattern (`I if y == I`, `2I | 2I+1 if ..`):
    exhaustiveness splits the literal column and the or-patterns become one candidate per leaf"""
    out = ["async fn many_lit_guards(a: u32, y: u32) -> u32 {", "    yield_now().await;", "    match a {"]
    for i in range(n):
        if i % 2:
            out.append("        %d | %d if y == %d => %du32," % (2 * i, 2 * i + 1, i, (i * 7) & 0xffff))
        else:
            out.append("        %d if y == %d => %du32," % (2 * i, i, (i * 7) & 0xffff))
    out += ["        _ => 1u32,", "    }", "}",
            "async fn foo() -> u32 { many_lit_guards(%d, %d).await }" % (n - n % 2 - 1 if n > 1 else 0, (n - 1) // 2)]
    return out


def litranges(n):
    """N arms alternating literals and ranges (`3I => ..`, `3I..=3I+1 => ..`, I the arm's index): the
    literals one switch, the ranges its failure branch, each range tested in turn (a chain of N/2
    range tests); exhaustiveness splits the integer column at every arm"""
    out = ["async fn many_lit_ranges(a: u32) -> u32 {", "    yield_now().await;", "    match a {"]
    for i in range(n):
        if i % 2:
            out.append("        %d..=%d => %du32," % (3 * i, 3 * i + 1, (i * 7) & 0xffff))
        else:
            out.append("        %d => %du32," % (3 * i, (i * 7) & 0xffff))
    out += ["        _ => 1u32,", "    }", "}",
            "async fn foo() -> u32 { many_lit_ranges(%d).await + many_lit_ranges(%d).await }"
            % (3 * (n - 1 - n % 2) + 1 if n > 1 else 0, 3 * (n - 1 - (n - 1) % 2) if n > 0 else 0)]
    return out


def mergearms(n):
    out = ["async fn leaf(x: u32) -> u32 { yield_now().await; x }",
           "async fn many_merging_arms(a: u32) -> u32 {", "    let r = match a {"]
    for i in range(n):
        out.append("        %d => leaf(%du32).await," % (i, (i * 7) & 0xffff))
    out += ["        _ => 1u32,", "    };", "    r", "}",
            "async fn foo() -> u32 { many_merging_arms(%d).await }" % (n // 2)]
    return out


def mixarms(n):
    out = ["async fn leaf%d(x: u32) -> u32 { yield_now().await; x + %du32 }" % (k, k) for k in range(3)]
    out += ["async fn mixed_arms(a: u32) -> u32 {", "    let r = match a {"]
    for i in range(n):
        out.append("        %d => leaf%d(%du32).await," % (i, i % 3, (i * 7) & 0xffff))
    out += ["        _ => 1u32,", "    };", "    r", "}",
            "async fn foo() -> u32 { mixed_arms(%d).await + mixed_arms(1).await }" % (n // 2)]
    return out


def chain(n):
    out = ["async fn chain0(a: u32) -> u32 { yield_now().await; a + 1 }"]
    for i in range(1, n):
        out.append("async fn chain%d(a: u32) -> u32 { chain%d(a).await }" % (i, i - 1))
    out.append("async fn foo() -> u32 { chain%d(1).await }" % (n - 1))
    return out


def params(n):
    ps = ", ".join("p%d: u8" % i for i in range(n))
    args = ", ".join("%d" % (i & 0x7f) for i in range(n))
    return ["async fn many_params(%s) -> u8 {" % ps, "    yield_now().await;",
            "    p0 ^ p%d" % (n - 1), "}",
            "async fn foo() -> u8 { many_params(%s).await }" % args]


def name(n):
    a = "f" * (n - 1) + "a"
    b = "f" * (n - 1) + "b"
    return ["async fn %s() -> u32 { yield_now().await; 1 }" % a,
            "async fn %s() -> u32 { yield_now().await; 2 }" % b,
            "async fn foo() -> u32 { %s().await + %s().await }" % (a, b)]


def callargs(n):
    ps = ", ".join("p%d: u32" % i for i in range(n))
    body = " ^ ".join("p%d" % i for i in range(n))
    args = ", ".join("%d" % i for i in range(n))
    return ["fn many_args(%s) -> u32 { %s }" % (ps, body),
            "async fn foo() -> u32 { yield_now().await; many_args(%s) }" % args]


def captures(n):
    out = ["async fn foo() -> u32 {"]
    for i in range(n):
        out.append("    let c%d = %du32;" % (i, i))
    out.append("    let fut = async {")
    out.append("        yield_now().await;")
    out.append("        " + " ^ ".join("c%d" % i for i in range(n)))
    out += ["    };", "    fut.await", "}"]
    return out


def loop(n):
    return ["async fn foo() -> u32 {", "    let mut i = 0u32;", "    let mut s = 0u32;",
            "    while i < %du32 {" % n, "        s = s ^ i;", "        i = i + 1;", "    }",
            "    yield_now().await;", "    s", "}"]


def badmir(n):
    name = "f" * n
    return ["fn %s() -> u32 {" % name, "    let mut _0: u32;", "", "    bb0: {",
            "        _0 = const 1_u8;", "        return;", "    }", "}"]


def loans(n):
    out = ["async fn many_loans(x: u32) -> u32 {", "    let mut v = [0u32; 4];"]
    for i in range(n):
        out.append("    let r%d = &mut v[%d];" % (i, i % 4))
        out.append("    *r%d += x;" % i)
    out += ["    yield_now().await;", "    v[0] + v[3]", "}"]
    return out


def ifloans(n):
    out = ["async fn if_loans(x: u32) -> u32 {", "    let mut v = [0u32; 4];"]
    for i in range(n):
        out.append("    if x > %du32 {" % i)
        out.append("        let r%d = &mut v[%d];" % (i, i % 4))
        out.append("        *r%d += x;" % i)
        out.append("    }")
    out += ["    yield_now().await;", "    v[0] + v[3]", "}"]
    return out


def reassign(n):
    # issue 23: N borrows each reassigned into one `q` live to the end (each loan flows into its
    # own reference and q: rustc accepts, every loan leaves its scope when q is assigned again)
    out = ["fn reassign(x: u32) -> u32 {", "    let mut a = [0u32; 4];", "    let mut b = 0u32;",
           "    let mut q = &mut b;"]
    for i in range(n):
        out.append("    let p%d = &mut a[%d];" % (i, i % 4))
        out.append("    *p%d += x;" % i)
        out.append("    q = p%d;" % i)
        out.append("    *q += 1;")
    out += ["    *q += 1;", "    a[0] + a[3]", "}"]
    return out


def fnawaits(n):
    return ["async fn g(x: u32) -> u32 { yield_now().await; x }", "async fn foo() -> u32 {", "    let mut s = 0u32;"] + \
        ["    s = s ^ g(%d).await;" % (i & 255) for i in range(n)] + ["    s", "}"]


def blocks(n):
    return ["async fn foo() -> u32 {", "    let mut s = 0u32;"] + \
        ["    s = s ^ async { yield_now().await; %du32 }.await;" % (i & 255) for i in range(n)] + ["    s", "}"]


def fields(n):
    return ["struct Wide {"] + ["    f%d: u32," % i for i in range(n)] + ["}",
            "async fn foo(x: u32) -> u32 {",
            "    let s = Wide { " + ", ".join("f%d: %s" % (i, "x" if i == 0 else "%du32" % (i & 255)) for i in range(n)) + " };",
            "    yield_now().await;", "    s.f0 + s.f%d" % (n - 1), "}"]


def traits(n):
    out = ["struct Unit;"]
    for i in range(n):
        out.append("trait T%d { fn m%d(&self) -> u32; }" % (i, i))
        out.append("impl T%d for Unit { fn m%d(&self) -> u32 { %du32 } }" % (i, i, i & 255))
    out += ["async fn foo() -> u32 {", "    let u = Unit;", "    yield_now().await;",
            "    u.m0() + u.m%d()" % (n - 1), "}"]
    return out


def methods(n):
    # scope33: N inherent methods of one struct, each called twice (`u.m(..)`, `Unit::m(u)`) from N fns:
    # find_assoc_fn scanned every fn per call (N^2), the path call's type every struct
    out = ["struct Unit(u32);", "impl Unit {"]
    out += ["    fn m%d(&self) -> u32 { self.0 + %d }" % (i, i & 255) for i in range(n)]
    out.append("}")
    out += ["fn c%d(u: &Unit) -> u32 { u.m%d() + Unit::m%d(u) }" % (i, i, (i * 7) % n) for i in range(n)]
    out += ["async fn foo() -> u32 {", "    let u = Unit(1);", "    yield_now().await;",
            "    c0(&u) + c%d(&u)" % (n - 1), "}"]
    return out


def lateenums(n):
    # variant34: N enums, each used (value, pattern, `Self::A` of an impl) before its declaration: each
    # parsed early once (enum_ready), then where it stands
    out = []
    for i in range(n):
        out.append("impl E%d { fn a() -> Self { Self::A } }" % i)
        out.append("fn c%d(x: u32) -> u32 { match E%d::B(x) { E%d::A => E%d::a().k(), E%d::B(v) => v } }"
                   % (i, i, i, i, i))
    out += ["async fn foo() -> u32 {", "    yield_now().await;", "    c0(1) + c%d(2)" % (n - 1), "}"]
    for i in range(n):
        out.append("enum E%d { A, B(u32) }" % i)
        out.append("impl E%d { fn k(&self) -> u32 { %d } }" % (i, i & 255))
    return out


def traitpaths(n):
    # variant34: N traits implemented for one struct, each called by its path `Tk::m(&u)`: the trait found
    # by name (a scan of the traits per call was N^2)
    out = ["struct Unit(u32);"]
    for i in range(n):
        out.append("trait T%d { fn m(&self) -> u32; }" % i)
        out.append("impl T%d for Unit { fn m(&self) -> u32 { self.0 + %d } }" % (i, i & 255))
        out.append("fn c%d(u: &Unit) -> u32 { T%d::m(u) }" % (i, i))
    out += ["async fn foo() -> u32 {", "    let u = Unit(1);", "    yield_now().await;",
            "    c0(&u) + c%d(&u)" % (n - 1), "}"]
    return out


def optnest(n):
    ty = "Option<" * n + "u8" + ">" * n
    return ["async fn foo(x: u8) -> u8 {", "    let o: %s = None;" % ty, "    yield_now().await;",
            "    match o { Some(_) => 1, None => x }", "}"]


def resnest(n):
    pre, post = [], []
    for i in range(n):
        if i % 2 == 0:
            pre.append("Result<")
            post.append(", u16>")
        else:
            pre.append("Option<")
            post.append(">")
    ty = "".join(pre) + "u8" + "".join(reversed(post))
    return ["struct Holder { r: %s, k: u8 }" % ty,
            "async fn foo(x: u8) -> u8 {", "    let h = Holder { r: Err(7), k: x };", "    yield_now().await;",
            "    match h.r { Ok(_) => 1, Err(e) => e as u8 + h.k }", "}"]


def enumvals(n):
    """hunt33: N enum items each holding the next (`enum EI { A(EI+1), B }`, a Guard in the last), a value
    N deep built by N fns, held across an await and dropped (the interpreter's drop glue recursed per level)"""
    out = ["enum E%d { A(E%d), B }" % (i, i + 1) for i in range(n)]
    out.append("enum E%d { A(Guard), B }" % n)
    out += ["fn mk%d(x: u32) -> E%d { E%d::A(mk%d(x)) }" % (i, i, i, i + 1) for i in range(n)]
    out.append("fn mk%d(x: u32) -> E%d { E%d::A(guard(x)) }" % (n, n, n))
    out += ["async fn foo(x: u32) -> u32 {", "    let e = mk0(x);", "    yield_now().await;",
            "    match e { E0::A(_) => 1, E0::B => 2 }", "}"]
    return out


def refnest(n):
    ty = "Option<&" * (n - 1) + "Option<u8" + ">" * n
    return ["fn depth(o: %s) -> u8 { match o { Some(_) => 1, None => 0 } }" % ty,
            "async fn foo() -> u8 { yield_now().await; depth(None) }"]


def elseif(n, iflet=False):
    out = ["fn half(n: u32) -> Option<u32> { if n % 2 == 0 { Some(n / 2) } else { None } }",
           "async fn dispatch(x: u32) -> u32 {", "    yield_now().await;", "    let r = if x == 0 { 0u32 }"]
    for i in range(1, n):
        if iflet and i % 8 == 0:
            out.append("    else if let Some(v) = half(x + %d) { v }" % i)
        else:
            out.append("    else if x == %d { %du32 }" % (i, (i * 7) & 0xffff))
    out += ["    else { 1u32 };", "    r", "}",
            "async fn foo() -> u32 { dispatch(%d).await }" % (n - 1)]
    return out


def elseiflet(n):
    return elseif(n, True)


def iflets(n):
    out = ["fn pick(x: u32, i: u32) -> Option<u32> { if x == i { Some(i % 1000) } else { None } }",
           "fn pickr(x: u32, i: u32) -> Result<u32, u8> { if x == i { Ok(i % 997) } else { Err(1) } }",
           "async fn dispatch(x: u32) -> u32 {", "    yield_now().await;",
           "    let r = if let Some(v) = pick(x, 0) { v }"]
    for i in range(1, n):
        if i % 3 == 2:
            out.append("    else if x == %d { %du32 }" % (i, (i * 7) & 0xffff))
        elif i % 2:
            out.append("    else if let Ok(v) = pickr(x, %d) { v + 1 }" % i)
        else:
            out.append("    else if let Some(v) = pick(x, %d) { v }" % i)
    out += ["    else { 1u32 };", "    r", "}",
            "async fn foo() -> u32 { dispatch(%d).await }" % (n - 1)]
    return out


def elseifheld(n):
    out = ["async fn dispatch(x: u32) -> u32 {", "    let r = if x == 0 { 0u32 }"]
    for i in range(1, n):
        out.append("    else if x == %d { %du32 }" % (i, (i * 7) & 0xffff))
    out += ["    else { 1u32 };", "    yield_now().await;", "    r", "}",
            "async fn foo() -> u32 { dispatch(%d).await }" % (n - 1)]
    return out


def enumitems(n):
    out = ["enum E%d { A }" % i for i in range(n)]
    out += ["async fn foo() -> u32 {", "    let a = E0::A;", "    let b = E%d::A;" % (n - 1),
            "    yield_now().await;", "    let p = match a { E0::A => 1u32 };",
            "    let q = match b { E%d::A => 2u32 };" % (n - 1), "    p + q", "}"]
    return out


def enums(n):
    out = []
    for i in range(n):
        out.append("enum E%d { A, B(u32) }" % i)
    out += ["async fn foo(x: u32) -> u32 {", "    let a = E0::B(x);", "    let b = E%d::A;" % (n - 1),
            "    yield_now().await;",
            "    let p = match a { E0::A => 0u32, E0::B(v) => v };",
            "    let q = match b { E%d::A => 1u32, E%d::B(v) => v };" % (n - 1, n - 1), "    p + q", "}"]
    return out


def ownlets(n):
    out = ["async fn own_lets() -> u32 {", "    let mut s = 0u32;"]
    for i in range(n):
        out += ["    let a%d = %du32;" % (i, i & 7), "    yield_now().await;", "    s += a%d;" % i]
    out += ["    s", "}"]
    return out


def liveloans(n, field="a"):
    out = ["struct P { a: u32, b: u32 }", "fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {",
           "    let mut v = P { a: x, b: 1 };", "    let mut s = 0u32;"]
    out += ["    let r%d = &v.%s;" % (i, field) for i in range(n)]
    for i in range(n):
        out += ["    let m%d = &mut v.a;" % i, "    *m%d += 1;" % i]
    out += ["    yield_now().await;"]
    out += ["    s += seen(*r%d);" % i for i in range(n)]
    out += ["    s + v.a", "}"]
    return out


def liveloansok(n):
    return liveloans(n, "b")


def loopliveloans(n):
    out = ["struct P { a: u32, b: u32 }", "fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {",
           "    let mut v = P { a: x, b: 1 };", "    let mut s = 0u32;"]
    out += ["    let r%d = &v.a;" % i for i in range(n)]
    out += ["    loop {"]
    for i in range(n):
        out += ["        let m%d = &mut v.a;" % i, "        *m%d += 1;" % i]
    out += ["        break;", "    }", "    yield_now().await;"]
    out += ["    s += seen(*r%d);" % i for i in range(n)]
    out += ["    s + v.a", "}"]
    return out


def varloans(n):
    out = ["fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {", "    let mut s = 0u32;"]
    out += ["    let mut v%d = x + %du32;" % (i, i & 7) for i in range(n)]
    out += ["    let mut w%d = x;" % i for i in range(n)]
    out += ["    let r%d = &v%d;" % (i, i) for i in range(n)]
    for i in range(n):
        out += ["    let m%d = &mut w%d;" % (i, i), "    *m%d += *r%d;" % (i, i)]
    out += ["    yield_now().await;"]
    out += ["    s += seen(*r%d) + w%d;" % (i, i) for i in range(n)]
    out += ["    s", "}"]
    return out


def fieldloans(n):
    # loans26: N shared loans of N fields of one struct kept to the end, across N `&mut` of
    # another field (disjoint: rustc accepts)
    out = ["struct S { %s, g: u32 }" % ", ".join("f%d: u32" % i for i in range(n)),
           "fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {",
           "    let mut v = S { %s, g: x };" % ", ".join("f%d: %d" % (i, i & 7) for i in range(n)),
           "    let mut s = 0u32;"]
    out += ["    let r%d = &v.f%d;" % (i, i) for i in range(n)]
    for i in range(n):
        out += ["    let m%d = &mut v.g;" % i, "    *m%d += *r%d;" % (i, i)]
    out += ["    yield_now().await;"]
    out += ["    s += seen(*r%d);" % i for i in range(n)]
    out += ["    s + v.g", "}"]
    return out


def loopvarloans(n):
    # loans26: N variables each borrowed inside a loop, the reference reassigned each iteration
    # and kept across the loop (rustc accepts: the loan of the last iteration is the one used)
    out = ["fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {", "    let mut s = 0u32;",
           "    let mut k = 0u32;"]
    out += ["    let mut v%d = x + %du32;" % (i, i & 7) for i in range(n)]
    out += ["    let mut r%d = &mut v%d;" % (i, i) for i in range(n)]
    out += ["    while k < 3 {"]
    for i in range(n):
        out += ["        *r%d += k;" % i, "        r%d = &mut v%d;" % (i, i)]
    out += ["        k += 1;", "    }", "    yield_now().await;"]
    out += ["    s += seen(*r%d);" % i for i in range(n)]
    out += ["    s", "}"]
    return out


def reborrows(n):
    # loans26: one loan flowing through N references, each a reborrow of the one before, the last
    # used after an assignment through each (rustc accepts: a reborrow is live to its last use)
    out = ["async fn f(x: u32) -> u32 {", "    let mut v = x;", "    let r0 = &mut v;"]
    for i in range(1, n):
        out += ["    let r%d = &mut *r%d;" % (i, i - 1), "    *r%d += 1;" % i]
    out += ["    yield_now().await;", "    *r%d += 1;" % (n - 1), "    v", "}"]
    return out


def moverefs(n):
    # loans26: one shared loan moved through N references, all kept to the end, while N `&mut` of
    # another variable's field are made (rustc accepts)
    out = ["struct P { a: u32, b: u32 }", "fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {",
           "    let mut v = P { a: x, b: 1 };", "    let mut s = 0u32;", "    let r0 = &v.b;"]
    out += ["    let r%d = r%d;" % (i, i - 1) for i in range(1, n)]
    for i in range(n):
        out += ["    let m%d = &mut v.a;" % i, "    *m%d += *r%d;" % (i, n - 1)]
    out += ["    yield_now().await;", "    s += seen(*r%d);" % (n - 1), "    s + v.a", "}"]
    return out


def ifliveloans(n):
    # loans26: liveloans with each `&mut v.a` inside an `if` (rustc E0502 at m0): each branch rescanned
    # the N live loans when a switch of flow undid their saturation (N^2: the budget at 7,000)
    out = ["struct P { a: u32, b: u32 }", "fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {",
           "    let mut v = P { a: x, b: 1 };", "    let mut s = 0u32;"]
    out += ["    let r%d = &v.a;" % i for i in range(n)]
    for i in range(n):
        out += ["    if x > %du32 {" % i, "        let m%d = &mut v.a;" % i, "        *m%d += 1;" % i, "    }"]
    out += ["    yield_now().await;"]
    out += ["    s += seen(*r%d);" % i for i in range(n)]
    out += ["    s + v.a", "}"]
    return out


def ifelseliveloans(n):
    # loans27: ifliveloans with an `else` that accesses `v.a` too (rustc E0502 at m0): the else started
    # from a flow whose saturated loans the then-branch had lost, rescanning N loans per `if` (N^2)
    out = ["struct P { a: u32, b: u32 }", "fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {",
           "    let mut v = P { a: x, b: 1 };", "    let mut s = 0u32;"]
    out += ["    let r%d = &v.a;" % i for i in range(n)]
    for i in range(n):
        out += ["    if x > %du32 {" % i, "        let m%d = &mut v.a;" % i, "        *m%d += 1;" % i, "    } else {",
                "        v.a += %d;" % (i & 7), "    }"]
    out += ["    yield_now().await;"]
    out += ["    s += seen(*r%d);" % i for i in range(n)]
    out += ["    s + v.a", "}"]
    return out


def matchliveloans(n):
    # loans27: ifelseliveloans with a three-arm `match` per `if`: each arm after the first starts from
    # the flow before the match, where the loans stay saturated (rustc E0502 at m0)
    out = ["struct P { a: u32, b: u32 }", "fn seen(x: u32) -> u32 { x }", "async fn f(x: u32) -> u32 {",
           "    let mut v = P { a: x, b: 1 };", "    let mut s = 0u32;"]
    out += ["    let r%d = &v.a;" % i for i in range(n)]
    for i in range(n):
        out += ["    match x {", "        0 => { let m%d = &mut v.a; *m%d += 1; }" % (i, i), "        1 => { v.a += 1; }",
                "        _ => { v.a += 2; }", "    }"]
    out += ["    yield_now().await;"]
    out += ["    s += seen(*r%d);" % i for i in range(n)]
    out += ["    s + v.a", "}"]
    return out


def nesteditems(n):
    """items29: n fn items in one block of an async fn, each called once, half before its declaration
    (their names hashed per block, their bodies resolved with a cursor: a scan per statement was N^2)"""
    out = ["async fn f(x: u32) -> u32 {", "    let mut t = x;"]
    for i in range(n):
        if i % 2 == 0:
            out.append("    t = g%d(t);" % i)
        out.append("    fn g%d(y: u32) -> u32 { y %% 1000 + %d }" % (i, i % 7))
        if i % 2 == 1:
            out.append("    t = g%d(t);" % i)
    out += ["    yield_now().await;", "    t", "}"]
    return out


def fieldranges(n):
    out = ["struct S { %s }" % ", ".join("f%d: u32" % i for i in range(n)),
           "async fn main(x: u32) -> u32 {",
           "    let s = S { %s };" % ", ".join("f%d: x + %d" % (i, i % 2) for i in range(n)),
           "    yield_now().await;",
           "    match s { S { %s } => a0 + b%d, _ => 7 }" % (", ".join("f%d: a%d @ b%d @ %d..=1000" % (i, i, i, i % 3) for i in range(n)), n - 1),
           "}"]
    return out


def ifinc(n):
    """quad32: N `if a > I { a = a + 1; }` on one `let mut a: u32` (N assignments of one local, each
    in its own branch), then an await"""
    out = ["async fn many_if_incs(x: u32) -> u32 {", "    let mut a = x;"]
    out += ["    if a > %d { a = a + 1; }" % i for i in range(n)]
    out += ["    yield_now().await;", "    a", "}", "async fn foo() -> u32 { many_if_incs(%d).await }" % max(n - 3, 0)]
    return out


def nesteddeep(n):
    """items29: fn items nested n deep, each calling the next: the parser's nesting limit"""
    head = "".join("fn f%d() -> u32 { " % i for i in range(n))
    tail = "".join(" }" + (" f%d()" % i if i else "") for i in range(n - 1, -1, -1))
    return [head + "1" + tail]


def constchain(n):
    """const33: n consts each defined by the next one, declared first: evaluated on demand, one nesting
    level each (the parser's limit), then many consts declared in order and used (linear)"""
    out = ["const A%d: u32 = A%d + 1;" % (i, i + 1) for i in range(n)] + ["const A%d: u32 = 1;" % n]
    return out + ["async fn foo() -> u32 { yield_now().await; A0 }"]


def constflat(n):
    """const33: n consts in order, each the previous one plus one, all used in one fn's match"""
    out = ["const B0: u32 = 0;"] + ["const B%d: u32 = B%d + 1;" % (i, i - 1) for i in range(1, n)]
    out += ["async fn foo() -> u32 {", "    let x = B%d;" % (n - 1), "    yield_now().await;", "    match x {"]
    out += ["        B%d => %d," % (i, i % 7) for i in range(n)]
    return out + ["        _ => 9,", "    }", "}"]


def structchain(n):
    """slow35: n struct items each holding the next beside a u8, built by a chain of fns (borrowck's move
    path counts were a recursion n deep from every fn, and an array of every struct per fn: n^2 bytes)"""
    out = ["struct S%d { a: S%d, k: u8 }" % (i, i + 1) for i in range(n)] + ["struct S%d { g: Guard }" % n]
    out += ["fn mk%d(x: u32) -> S%d { S%d { a: mk%d(x), k: 1 } }" % (i, i, i, i + 1) for i in range(n)]
    out += ["fn mk%d(x: u32) -> S%d { S%d { g: guard(x) } }" % (n, n, n)]
    return out + ["async fn foo(x: u32) -> u32 { let s = mk0(x); yield_now().await; s.k as u32 }"]


def qualcalls(n):
    """hunt35: N traits implemented for one struct, all called by `<S as Tk>::f(&s)` from one async fn
    (the builder scanned the body's callee names per call: N^2 strcmp)"""
    out = ["struct S { v: u32 }"]
    for i in range(n):
        out.append("trait T%d { fn f(&self) -> u32; }" % i)
        out.append("impl T%d for S { fn f(&self) -> u32 { self.v + %d } }" % (i, i % 7))
    out += ["async fn foo(x: u32) -> u32 {", "    let s = S { v: x };", "    let mut t = 0;", "    yield_now().await;"]
    out += ["    t ^= <S as T%d>::f(&s);" % i for i in range(n)]
    return out + ["    t", "}"]


def bodytraits(n):
    """hunt35: N traits and impls in one async fn's body, each called by `<S as Tk>::f(&s)` (a trait in a
    body scanned its block to the `}` per trait: N x the body)"""
    out = ["async fn foo(x: u32) -> u32 {", "    struct S { v: u32 }"]
    for i in range(n):
        out.append("    trait T%d { fn f(&self) -> u32; }" % i)
        out.append("    impl T%d for S { fn f(&self) -> u32 { self.v + %d } }" % (i, i % 7))
    out += ["    let s = S { v: x };", "    let mut t = 0;", "    yield_now().await;"]
    out += ["    t ^= <S as T%d>::f(&s);" % i for i in range(n)]
    return out + ["    t", "}"]


def constshadow(n):
    """hunt35: N blocks of one async fn, each with its own `const K` and `struct P` (one name's chain N
    long: each lookup and each const item walked it, N^2), and a top-level K used after them"""
    out = ["const K: u32 = 1000;", "async fn foo(x: u32) -> u32 {", "    let mut t = x;", "    yield_now().await;"]
    out += ["    { const K: u32 = %d; struct P { v: u32 } let p = P { v: K }; t ^= p.v; }" % i for i in range(n)]
    return out + ["    t + K", "}"]


def mirconsts(n):
    """hunt35: a .mir of N const items, the last used (each item and use looked the name up by a scan)"""
    out = ["const C%d: u32 = %d_u32;" % (i, i) for i in range(n)]
    return out + ["fn f(_1: u32) -> u32 {", "    let mut _0: u32;", "    bb0: {",
                  "        _0 = Add(copy _1, const C%d);" % (n - 1), "        return;", "    }", "}"]


def liveguards(n):
    """drops36: N guards live to the end of one async fn, each made by an overflow-checked call"""
    out = ["async fn foo(x: u32) -> u32 {"]
    out += ["    let _g%d = guard(x + %d);" % (i, i % 5) for i in range(n)]
    return out + ["    yield_now().await;", "    x", "}"]


def letrefguards(n):
    """drops36: N `let ref` guard temporaries live to the end of one async fn (each borrowed: saved)"""
    out = ["async fn foo(x: u32) -> u32 {"]
    out += ["    let ref _r%d = guard(x + %d);" % (i, i % 5) for i in range(n)]
    return out + ["    yield_now().await;", "    x", "}"]


def promrefs(n):
    """quad38: N promoted references `let rI: &u32 = &I;` all read after one await (N saved, all in conflict)"""
    out = ["async fn foo(x: u32) -> u32 {"]
    out += ["    let r%d: &u32 = &%d;" % (i, i) for i in range(n)]
    out += ["    yield_now().await;", "    let mut s = x;"]
    out += ["    s ^= *r%d;" % i for i in range(n)]
    return out + ["    s", "}"]

def methodcalls(n):
    """hunt33: N inherent methods, each calling the next (find_assoc_fn scanned the impl per call before
    scope33's index)"""
    out = ["struct S { v: u32 }", "impl S {"]
    out += ["    fn m%d(&self) -> u32 { self.m%d() }" % (i, i + 1) for i in range(n)]
    out += ["    fn m%d(&self) -> u32 { self.v }" % n, "}"]
    return out + ["async fn foo(x: u32) -> u32 { let s = S { v: x }; yield_now().await; s.m0() }"]


def assocchain(n):
    """hunt36: one impl of N associated consts, each defined by the one before, the last used"""
    out = ["struct S;", "impl S {", "    const N0: u32 = 1;"]
    out += ["    const N%d: u32 = Self::N%d %% 7 + 1;" % (i, i - 1) for i in range(1, n)]
    return out + ["}", "async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    x + S::N%d" % (n - 1), "}"]


def constdiamonds(n):
    """hunt36: N levels of two consts each defined by both of the level before, none used"""
    out = ["const C0: u32 = 1;", "const D0: u32 = 2;"]
    for i in range(1, n):
        out += ["const C%d: u32 = C%d / 2 + D%d / 2;" % (i, i - 1, i - 1), "const D%d: u32 = C%d ^ D%d;" % (i, i - 1, i - 1)]
    return out + ["async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    x", "}"]


def associmpls(n):
    """hunt36: N structs with an impl of one associated const each, the first and last used"""
    out = []
    for i in range(n):
        out += ["struct S%d;" % i, "impl S%d {" % i, "    const N: u32 = %d;" % (i % 9), "}"]
    return out + ["async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    x + S0::N + S%d::N" % (n - 1), "}"]


def optloans(n):
    """hunt37: N `Option<&u32>` loans of one array, each matched, the array written after each is dead"""
    out = ["async fn foo(x: u32) -> u32 {", "    let mut v = [x; 4];", "    let mut t = 0;"]
    for i in range(n):
        out += ["    let o%d = if t > %d { Some(&v[%d]) } else { None };" % (i, i % 5, i % 4),
                "    t += match o%d { Some(r) => *r, None => 1 };" % i,
                "    v[%d] += 1;" % ((i + 1) % 4)]
    return out + ["    yield_now().await;", "    t", "}"]


def refargs(n):
    """hunt37: a sync fn of N `&u32` parameters, called with N `&y` from an async fn"""
    ps = ", ".join("x%d: &u32" % i for i in range(n))
    return ["fn f(%s) -> u32 { *x0 + *x%d }" % (ps, n - 1),
            "async fn foo(x: u32) -> u32 {", "    let y = x;", "    yield_now().await;",
            "    f(%s)" % ", ".join(["&y"] * n), "}"]


def assocused(n):
    """hunt37: N structs with an impl of one associated const each, every one used"""
    out = []
    for i in range(n):
        out += ["struct S%d;" % i, "impl S%d {" % i, "    const N: u32 = %d;" % (i % 9), "}"]
    out += ["async fn foo(x: u32) -> u32 {", "    let mut t = x;", "    yield_now().await;"]
    out += ["    t ^= S%d::N;" % i for i in range(n)]
    return out + ["    t", "}"]


def traitimpls(n):
    """consts37: N structs implementing one trait of a const and a default, each read by a fn of its own
    (a walk of every const of the name per read was N^2)"""
    out = ["trait Tr {", "    const K: u32;", "    const D: u32 = Self::K + 1;", "}"]
    for i in range(n):
        out += ["struct S%d;" % i, "impl Tr for S%d {" % i, "    const K: u32 = %d;" % (i % 9), "}",
                "fn f%d() -> u32 {" % i, "    S%d::D + <S%d as Tr>::K" % (i, i), "}"]
    return out + ["async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    x + f0() + S%d::D" % (n - 1), "}"]


def deepref(n):
    """deep38: `let r = &&..&5u32;` n deep (a promoted chain), held across an await, read through n `*`
    (254 was a segfault in the MIR builder with a 512 KB stack)"""
    return ["async fn foo() -> u32 {", "    let r = %s5u32;" % ("&" * n), "    yield_now().await;", "    %sr" % ("*" * n), "}"]


def deepadd(n):
    """deep38: one expression of n `+` (the expression tree's height limit)"""
    return ["async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    x" + " + x" * n, "}"]


def deepaddfns(n):
    """deep38: 64 fns each of one expression of n `+` (built on ir/parallel.c's threads, whose stacks
    were `ulimit -s`'s size)"""
    out = ["fn f%d(x: u32) -> u32 {\n    x%s\n}" % (i, " + x" * n) for i in range(64)]
    return out + ["async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    f0(x) + f63(x)", "}"]


def deepmethod(n):
    """deep38: a chain of n method calls (the deepest frames per level under ASan, hunt33)"""
    return ["struct S { v: u32 }", "impl S { fn m(self) -> S { S { v: self.v + 1 } } }",
            "async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    S { v: x }%s.v" % (".m()" * n), "}"]


def deepblock(n):
    """deep38: n blocks nested in expression position (the parser's recursion limit)"""
    return ["async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    " + "{ " * n + "x" + " }" * n, "}"]


def bodyimplconsts(n):
    """consts38: N fns each with a struct S of its body and an inherent impl of two consts there (one
    reading the other), each read (the type of each impl's const resolved by scope after the prescan)"""
    out = []
    for i in range(n):
        out += ["fn f%d(x: u32) -> u32 {" % i, "    struct S;", "    impl S {", "        const N: u32 = %d;" % (i % 7),
                "        const M: u32 = Self::N + 1;", "    }", "    x + S::N + S::M", "}"]
    return out + ["async fn foo(x: u32) -> u32 {", "    yield_now().await;", "    f0(x) + f%d(x)" % (n - 1), "}"]


def iflettemps(n):
    """bcq38: an else-if-let chain of N links each matching a call on a borrowed temporary"""
    out = ["fn mk(x: u32) -> u32 { x + 1 }", "fn id(o: Option<&u32>) -> Option<&u32> { o }",
           "async fn foo(x: u32) -> u32 {", "    yield_now().await;",
           "    let r = if let Some(v) = id(Some(&mk(x))) { *v }"]
    for i in range(1, n):
        out.append("    else if let Some(v) = id(Some(&mk(x + %d))) { *v + %d }" % (i, i % 7))
    return out + ["    else { 1u32 };", "    r", "}"]


def borrowarms(n):
    """bcq38: a match of N arms each borrowing one local through a call"""
    out = ["fn id(o: Option<&u32>) -> Option<&u32> { o }",
           "async fn foo(x: u32) -> u32 {", "    let y = x + 1;", "    let o = match x {"]
    out += ["        %d => id(Some(&y))," % i for i in range(n)]
    return out + ["        _ => None,", "    };", "    yield_now().await;",
                  "    match o { Some(r) => *r, None => 0 }", "}"]


def letextchain(n):
    """bcq38: a let's else-if chain of N links each borrowing its own extended temporary"""
    out = ["fn mk(x: u32) -> u32 { x + 1 }",
           "async fn foo(x: u32) -> u32 {", "    let o = if x == 0 { Some(&mk(0)) }"]
    out += ["        else if x == %d { Some(&mk(%d)) }" % (i, i) for i in range(1, n)]
    return out + ["        else { None };", "    yield_now().await;",
                  "    match o { Some(r) => *r, None => 0 }", "}"]
def asyncparampats(n):
    """params38 (deep38's campaign37 shape): an async fn with N `&xI: &u32` pattern parameters (N upvars of
    its coroutine, each moved into a local), awaited once from `foo`"""
    return ["async fn f(%s) -> u32 {" % ", ".join("&x%d: &u32" % i for i in range(n)), "    yield_now().await;",
            "    x0 + x%d" % (n - 1), "}", "async fn foo(x: u32) -> u32 {", "    let y = x;",
            "    f(%s).await" % ", ".join(["&y"] * n), "}"]


def cloneenum(n):
    """clone39: rustc's field-wise `match *self` clone of a Clone-only enum, 256 arms, one of N fields"""
    vs = ["V0(%s)" % ", ".join(["u32"] * n)] + ["V%d(u32)" % i for i in range(1, 256)]
    return ["#[derive(Clone)]", "enum E { %s }" % ", ".join(vs), "async fn foo(x: u32) -> u32 {",
            "    let e = E::V255(x);", "    let f = e.clone();", "    yield_now().await;",
            "    match f { E::V255(v) => v, _ => 0 }", "}"]
def aggconsts(n):
    """const39: N struct, N enum and N array const items (each item a body, each use `const P` of its
    type), each read by a fn of its own; the first and the last held across an await"""
    out = ["#[derive(Clone, Copy)]", "struct Pt { x: u32, y: u8 }", "#[derive(Clone, Copy)]", "enum Mode { Off, On(u32) }"]
    for i in range(n):
        out += ["const P%d: Pt = Pt { x: %d, y: %d };" % (i, i, i % 256), "const E%d: Mode = Mode::On(%d);" % (i, i),
                "const A%d: [u16; 2] = [%d, 1];" % (i, i % 65536),
                "fn f%d() -> u32 { let m = match E%d { Mode::Off => 0, Mode::On(v) => v }; P%d.x + A%d[0] as u32 + m }"
                % (i, i, i, i)]
    return out + ["async fn foo(x: u32) -> u32 {", "    let p = P0;", "    let e = E%d;" % (n - 1), "    yield_now().await;",
                  "    let m = match e { Mode::Off => 0, Mode::On(v) => v };", "    x + p.y as u32 + m + f0() + f%d()" % (n - 1), "}"]


KINDS = {"deepref": deepref, "deepadd": deepadd, "deepaddfns": deepaddfns, "deepmethod": deepmethod, "deepblock": deepblock,
         "liveguards": liveguards, "letrefguards": letrefguards, "methodcalls": methodcalls, "structchain": structchain, "qualcalls": qualcalls, "bodytraits": bodytraits, "constshadow": constshadow, "mirconsts": mirconsts,
         "assocchain": assocchain, "constdiamonds": constdiamonds, "associmpls": associmpls, "traitimpls": traitimpls,
         "optloans": optloans, "refargs": refargs, "assocused": assocused,
         "constchain": constchain, "constflat": constflat, "lets": lets, "awaits": awaits, "arms": arms, "guards": guards, "litguards": litguards, "litranges": litranges, "mergearms": mergearms, "mixarms": mixarms, "chain": chain, "params": params, "name": name,
         "callargs": callargs, "captures": captures, "loop": loop, "badmir": badmir,
         "loans": loans, "ifloans": ifloans, "fnawaits": fnawaits, "blocks": blocks,
         "fields": fields, "traits": traits, "methods": methods, "lateenums": lateenums, "traitpaths": traitpaths, "optnest": optnest, "resnest": resnest, "enumvals": enumvals, "refnest": refnest, "enums": enums, "nesteditems": nesteditems, "nesteddeep": nesteddeep, "fieldranges": fieldranges, "ifinc": ifinc,
         "elseif": elseif, "elseiflet": elseiflet, "iflets": iflets, "elseifheld": elseifheld, "enumitems": enumitems, "ownlets": ownlets,
         "reassign": reassign, "liveloans": liveloans, "liveloansok": liveloansok,
         "loopliveloans": loopliveloans, "varloans": varloans,
         "fieldloans": fieldloans, "loopvarloans": loopvarloans, "reborrows": reborrows, "moverefs": moverefs,
         "ifliveloans": ifliveloans, "ifelseliveloans": ifelseliveloans,
         "matchliveloans": matchliveloans, "bodyimplconsts": bodyimplconsts,
         "asyncparampats": asyncparampats, "cloneenum": cloneenum}

KINDS["aggconsts"] = aggconsts


def lintattrs(n):
    out = ["#![warn(unused)]"]
    for i in range(n):
        out += ["#[allow(dead_code)]", "fn f%d() -> u32 { g%d() }" % (i, i), "fn g%d() -> u32 { %d }" % (i, i)]
    out.append("async fn foo(x: u32) -> u32 {")
    for i in range(n):
        out += ["    #[expect(unused_variables)]", "    let v%d = x;" % i]
    out += ["    x", "}"]
    return out


KINDS["lintattrs"] = lintattrs


def pubitems(n):
    out = []
    for i in range(n):
        out += ["pub struct S%d { pub a: u32, b: u32 }" % i,
                "impl S%d { pub fn get(&self) -> u32 { self.a } fn dead(&self) {} }" % i,
                "pub fn f%d() -> S%d { S%d { a: %d, b: 0 } }" % (i, i, i, i),
                "pub(crate) fn g%d() {}" % i]
    out += ["pub async fn foo(x: u32) -> u32 {", "    x + f0().get()", "}"]
    return out


KINDS["pubitems"] = pubitems


def aliaschain(n):
    out = ["type A%d = A%d;" % (i, i + 1) for i in range(n)]
    out += ["type A%d = u32;" % n, "async fn foo(x: A0) -> A0 {", "    x", "}"]
    return out


KINDS["aliaschain"] = aliaschain

KINDS["iflettemps"] = iflettemps
KINDS["borrowarms"] = borrowarms
KINDS["letextchain"] = letextchain
KINDS["promrefs"] = promrefs


def corecmps(n):
    """cmp39: N comparisons of an Option, an array and a Result (core's PartialEq / PartialOrd calls, the
    literal operands' borrows promoted) and N `is_some` queries in one async fn, across one await"""
    out = ["async fn foo(x: u32) -> u32 {", "    let o = Some(x);", "    let a = [x, 1];",
           "    let r: Result<u32, u8> = Ok(x);", "    let mut s = 0u32;", "    yield_now().await;"]
    for i in range(n):
        out.append(["    if o == None { s += 1; }", "    if a < [%d, 0] { s ^= 2; }" % (i % 7),
                    "    if r != Err(%d) { s ^= 4; }" % (i % 9), "    if o.is_some() { s ^= 8; }"][i % 4])
    return out + ["    s", "}"]


KINDS["corecmps"] = corecmps


def forloops(n):
    """for40: N `for` loops over ranges in one async fn (every other one `..=`), each awaiting in its body
    (N range iterators, each a saved local of its own state) with a `continue` and a `break`"""
    out = ["async fn foo(x: u32) -> u32 {", "    let mut s = 0u32;"]
    for i in range(n):
        out += ["    for i%d in 0..%sx {" % (i, "=" if i % 2 else ""),
                "        if i%d == %d { continue; }" % (i, i % 3), "        if i%d > 2 { break; }" % i,
                "        yield_now().await;", "        s += i%d;" % i, "    }"]
    return out + ["    s", "}"]


def fornest(n):
    """for40: N `for` loops nested in one async fn, an await in the innermost"""
    out = ["async fn foo(x: u32) -> u32 {", "    let mut s = 0u32;"]
    out += ["for i%d in 0..x {" % i for i in range(n)]
    out += ["yield_now().await;", "s += i%d;" % (n - 1)]
    out += ["}"] * n
    return out + ["    s", "}"]


KINDS["forloops"] = forloops
KINDS["fornest"] = fornest
def coremethods(n):
    """meth40: N calls of core's integer methods (wrapping, saturating, checked, Ord's, bytes) and Option /
    Result methods (unwrap_or, ok, clone) in one async fn, across one await: an AstFn and a callee name each"""
    out = ["async fn foo(x: u32) -> u32 {", "    let o = Some(x);", "    let r: Result<u32, u8> = Ok(x);",
           "    let mut s = 0u32;", "    yield_now().await;"]
    for i in range(n):
        out.append(["    s = s.wrapping_add(%d);" % (i % 5), "    s = s.saturating_sub(x.min(%d));" % (i % 3),
                    "    s ^= x.checked_mul(%d).unwrap_or(1);" % (i % 11), "    s ^= o.clone().unwrap_or(2);",
                    "    s ^= r.ok().unwrap_or(3).rotate_left(%d);" % (i % 32),
                    "    s ^= u32::from_le_bytes(s.to_be_bytes());"][i % 6])
    return out + ["    s", "}"]


KINDS["coremethods"] = coremethods
def labels(n):
    """flow40: N labeled loops one after another in one async fn, each left by `break 'lK value` from a
    loop nested in it and continued by label, and a labeled block, across one await"""
    out = ["async fn foo(x: u32) -> u32 {", "    let mut s = x;", "    yield_now().await;"]
    for i in range(n):
        out += ["    s = 'l%d: loop {" % i, "        let mut j = 0u32;", "        'm%d: loop {" % i,
                "            j += 1;", "            if j > %d { break 'l%d s ^ j; }" % (i % 2, i),
                "            if j == 1 { continue 'm%d; }" % i, "            continue 'l%d;" % i, "        }", "    };"]
        if i % 2:
            out.append("    s = 'b%d: { if s > %d { break 'b%d s - 1; } s + 1 };" % (i, i % 5, i))
    return out + ["    s", "}"]


def letelse(n):
    """flow40: N `let Some(xK) = get(..) else { return K; };` in one async fn, each binding used by the
    next, a guard held across them and one await"""
    out = ["fn get(v: u32) -> Option<u32> { if v < 4000000000 { Some(v + 1) } else { None } }",
           "async fn foo(x: u32) -> u32 {", "    let g = guard(x);", "    let x0 = x;", "    yield_now().await;"]
    for i in range(n):
        out.append("    let Some(x%d) = get(x%d) else { return %d; };" % (i + 1, i, i))
    return out + ["    x%d" % n, "}"]


KINDS["labels"] = labels
KINDS["letelse"] = letelse
def asserts(n):
    """mac40: N assert! / debug_assert! / assert!(c, "msg") and matches! in one async fn, across one await
    (each a panic call with its unwind edge through the live Guard)"""
    out = ["async fn foo(x: u32) -> u32 {", "    let g = guard(x);", "    let mut s = 0u32;", "    yield_now().await;"]
    for i in range(n):
        out.append(["    assert!(x != %d);" % (i + 1000000), "    debug_assert!(s <= %d);" % (4 * n),
                    "    assert!(x < 1000000, \"too big\");", "    if matches!(x, 1 | 2 if s > 0) { s += 1; }"][i % 4])
    return out + ["    let _h = g;", "    s", "}"]


KINDS["asserts"] = asserts


def main(argv):
    if len(argv) != 2 or argv[0] not in KINDS:
        sys.stderr.write(__doc__)
        return 2
    sys.stdout.write("\n".join(KINDS[argv[0]](int(argv[1]))) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
