// covers: `n @ (p | q)` inside a field (issue 22, bind32): `Some(n @ (1 | 2))` (the alternatives bind
// nothing: merged, n bound once after the or-pattern's tests), beside other arms and with a guard,
// `Some(w @ (Some(1 | 2) | None))` (an or-pattern inside an alternative), `E::A(v @ (E2::X(k) |
// E2::Y(k)))` (bindings inside: a leaf per alternative, k then v), a struct field, if let, while let,
// across awaits, in an async block
enum E2 { X(u32), Y(u32), Z }
enum E { A(E2), B(u32) }
struct S { a: u32, b: Option<u32> }
//@ args: nums 1
//@ args: nums 2
//@ args: nums 7
async fn nums(x: u32) -> u32 {
    let o = if x > 5 { None } else { Some(x) };
    let r = match o {
        Some(n @ (1 | 2)) => n * 10,
        Some(m) => m,
        None => 3,
    };
    yield_now().await;
    let g = match o {
        Some(n @ (1 | 2 | 5..=9)) if n > 1 => n + 100,
        Some(_) => 1,
        None => 0,
    };
    r + g
}
//@ args: nested 0
//@ args: nested 1
//@ args: nested 2
//@ args: nested 4
async fn nested(x: u32) -> u32 {
    let o = if x == 0 { None } else if x == 4 { Some(None) } else { Some(Some(x)) };
    let a = match o {
        Some(w @ (Some(1 | 2) | None)) => if let Some(v) = w { v } else { 9 },
        Some(Some(k)) => k + 20,
        None => 30,
    };
    yield_now().await;
    let e = if x == 1 { E::A(E2::X(x)) } else if x == 2 { E::A(E2::Y(x)) } else if x == 4 { E::A(E2::Z) } else { E::B(x) };
    let b = match e {
        E::A(v @ (E2::X(k) | E2::Y(k))) => k + match v { E2::X(q) => q, E2::Y(q) => q * 3, E2::Z => 0 },
        E::A(_) => 40,
        E::B(q) => q,
    };
    a + b
}
//@ args: lets 1
//@ args: lets 3
async fn lets(x: u32) -> u32 {
    let s = S { a: x, b: Some(x) };
    let c = if let S { a: n @ (1 | 2), .. } = s { n } else { 50 };
    let mut i = x;
    let mut t = 0;
    while let Some(m @ (1 | 3 | 5)) = if i < 6 { Some(i) } else { None } {
        t += m;
        i += 2;
        yield_now().await;
    }
    let d = match Some(s.b) {
        Some(h @ (Some(2..) | None)) => { yield_now().await; if let Some(u) = h { u } else { 2 } }
        _ => 3,
    };
    let f = async move { match s.b { Some(k @ (0 | 1..)) => k, None => 0 } };
    let S { a: z @ (0..=3 | 4..), .. } = s;
    c + t + d + z + f.await
}
