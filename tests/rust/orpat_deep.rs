// covers: or-patterns inside patterns (issue 22 item 4), the harder shapes of rustc 1.95's
// or-candidates: an or-pattern inside a binding alternative (`Some(E::A(x, 0 | 1) | E::B(x))`, merged
// inside, a leaf per outer alternative), alternatives binding in different orders (`M(a, b) | N(b, a)`),
// an arm's or-pattern holding one (`E::A(1 | 2, x) | E::B(x)`), deeper nesting (`Some(Some(1 | 2))`,
// `Some(Some(_) | None)`), bool and `_` alternatives, a struct pattern inside a variant with one, a
// candidate after an or-pattern with more pairs (`E::A(1 | 2, 3)` then `E::A(2, _)`: expansion stops
// there), two binding or-patterns in one pattern (four leaves), Guards moved out through
// `Some(Ok(g) | Err(g))` and dropped on the other arms, all across awaits
enum E { A(u32, u32), B(u32), C }
enum T { M(u32, u8), N(u8, u32) }
struct S { a: u32, b: bool }
struct W { p: E, q: E }
fn mke(n: u32) -> E { if n % 3 == 0 { E::A(n % 4, n % 7) } else if n % 3 == 1 { E::B(n) } else { E::C } }
//@ args: inner 0
//@ args: inner 3
//@ args: inner 4
//@ args: inner 6
//@ args: inner 8
async fn inner(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(mke(n)) };
    yield_now().await;
    match o {
        Some(E::A(x, 0 | 1) | E::B(x)) => x + 1,
        Some(E::A(_, y)) => y + 100,
        _ => 0,
    }
}
//@ args: order 0
//@ args: order 1
async fn order(n: u32) -> u32 {
    let t = if n == 0 { T::M(n + 3, 4) } else { T::N(5, n + 6) };
    yield_now().await;
    match t {
        T::M(a, b) | T::N(b, a) => a * 10 + b as u32,
    }
}
//@ args: outer 0
//@ args: outer 3
//@ args: outer 6
//@ args: outer 9
//@ args: outer 7
async fn outer(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::A(1 | 2, x) | E::B(x) => { yield_now().await; x }
        E::A(..) => 2,
        E::C => 3,
    }
}
//@ args: deep 0
//@ args: deep 1
//@ args: deep 2
//@ args: deep 3
async fn deep(n: u32) -> u32 {
    let o: Option<Option<u32>> = if n == 0 { None } else if n == 1 { Some(None) } else { Some(Some(n)) };
    yield_now().await;
    let a = match o { Some(Some(1 | 2)) => 1, Some(Some(_) | None) => 2, None => 3 };
    let b = match o { Some(Some(3) | None) | None => 4, Some(_) => 5 };
    a * 10 + b
}
//@ args: flags 0
//@ args: flags 1
//@ args: flags 2
async fn flags(n: u32) -> u32 {
    let r: Result<bool, u32> = if n == 0 { Err(n) } else { Ok(n == 1) };
    yield_now().await;
    match r { Ok(true | false) => 1, Err(1 | _) => 2 }
}
//@ args: inst 0
//@ args: inst 1
//@ args: inst 4
async fn inst(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(S { a: n, b: n > 2 }) };
    yield_now().await;
    match o {
        Some(S { a: 1 | 4, b }) => if b { 1 } else { 2 },
        Some(S { a, .. }) => a,
        None => 0,
    }
}
//@ args: stop 0
//@ args: stop 3
//@ args: stop 6
//@ args: stop 9
async fn stop(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::A(1 | 2, 3) => 1,
        E::A(2, _) => 2,
        E::A(x, _) => x + 10,
        _ => 0,
    }
}
//@ args: four 0
//@ args: four 1
//@ args: four 3
//@ args: four 4
//@ args: four 6
//@ args: four 2
async fn four(n: u32) -> u32 {
    let w = W { p: mke(n), q: mke(n + 1) };
    yield_now().await;
    match w {
        W { p: E::A(x, _) | E::B(x), q: E::A(_, y) | E::B(y) } => x * 100 + y,
        _ => 1,
    }
}
