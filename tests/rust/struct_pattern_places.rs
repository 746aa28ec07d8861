// covers: struct and tuple-struct patterns on a field, a dereference or an array element
// (issue 22): `match o.p { P(a, b) => .. }`, `let P(x, y) = o.p;`, `if let S { a: 0, .. } = *r`,
// `match arr[i] { P(..) => .. }`, `while let` on a field, nested struct patterns on a field of a
// field, Guard fields moved out of a field by a `let` and a `match` pattern (the rest of the struct
// still used after), values bound before an await and used after it. Equal to rustc 1.95's MIR in
// four configs (tests/rustc/compare_mir.py).
//@ args: field_match 3
//@ args: field_let 4
//@ args: deref_if_let 0
//@ args: deref_if_let 7
//@ args: index_match 0
//@ args: index_match 1
//@ args: nested_field 2
//@ args: guard_let 5
//@ args: guard_match 0
//@ args: guard_match 9
//@ args: mut_deref 3
//@ args: while_field 3
//@ args: block_index 1
//@ args: block_inner 2
struct P(u32, u32);
struct O { p: P, n: u32 }
struct S { a: u32, b: u32 }
struct In { s: S, k: u32 }
struct Deep { i: In, t: P }
struct G2 { g: Guard, v: u32 }
struct Holder { h: G2, w: Guard, m: u32 }

async fn field_match(n: u32) -> u32 {
    let o = O { p: P(n, n + 1), n: 2 };
    yield_now().await;
    let r = match o.p { P(a, b) => a + b };
    yield_now().await;
    r + o.n
}

async fn field_let(n: u32) -> u32 {
    let o = O { p: P(n, 3), n: 1 };
    let P(x, y) = o.p;
    yield_now().await;
    x + y + o.n + o.p.0
}

async fn deref_if_let(n: u32) -> u32 {
    let s = S { a: n, b: 5 };
    let r = &s;
    yield_now().await;
    if let S { a: 0, b } = *r { b } else { r.a + 1 }
}

async fn index_match(i: usize) -> u32 {
    let arr = [P(1, 2), P(3, 4)];
    yield_now().await;
    match arr[i] { P(3, b) => b + 10, P(a, _) => a }
}

async fn nested_field(n: u32) -> u32 {
    let d = Deep { i: In { s: S { a: n, b: 2 }, k: 3 }, t: P(4, 5) };
    yield_now().await;
    let v = match d.i { In { s: S { a: 2, b }, k } => b + k, In { k, .. } => k };
    let In { s: S { a, .. }, .. } = d.i;
    v + a + d.t.1
}

async fn guard_let(n: u32) -> u32 {
    let h = Holder { h: G2 { g: guard(n), v: n + 1 }, w: guard(2), m: 3 };
    let G2 { g, v } = h.h;
    yield_now().await;
    observe(v);
    drop_it(g);
    yield_now().await;
    drop_it(h.w);
    h.m
}

async fn guard_match(n: u32) -> u32 {
    let h = Holder { h: G2 { g: guard(n), v: n }, w: guard(7), m: 1 };
    yield_now().await;
    let r = match h.h { G2 { g, v: 0 } => { yield_now().await; drop_it(g); 5 } G2 { v, .. } => v };
    yield_now().await;
    r + h.m
}

async fn mut_deref(n: u32) -> u32 {
    let mut s = S { a: n, b: 1 };
    let r = &mut s;
    yield_now().await;
    let S { a, b } = *r;
    r.a = a + b;
    s.a
}

async fn while_field(n: u32) -> u32 {
    let mut o = O { p: P(n, 0), n: 0 };
    while let P(k, 0) = o.p {
        if k == 0 {
            break;
        }
        o.p.0 = k - 1;
        o.n += 1;
        yield_now().await;
    }
    o.n
}

fn drop_it(g: Guard) { let _k = g; }

// inside async blocks: an array element matched (the array captured whole, by reference, as
// rustc's index truncation), a field of a variable declared inside the block
async fn block_index(i: usize) -> u32 {
    let arr = [P(1, 2), P(3, 4)];
    let b = async {
        yield_now().await;
        match arr[i] { P(3, b) => b, P(a, _) => a }
    };
    b.await + arr[0].0
}

async fn block_inner(n: u32) -> u32 {
    let b = async move {
        let o = O { p: P(n, 1), n: 2 };
        yield_now().await;
        let P(x, y) = o.p;
        let v = match o.p { P(0, _) => 0, P(a, b) => a * b };
        x + y + v + o.n
    };
    b.await
}
