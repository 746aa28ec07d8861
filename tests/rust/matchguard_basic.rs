// covers: match guards (issue 22, guard27): a guard on a variant pattern with a binding, true and false
// (falling through to the next arm that could match), with side effects (`observe` in the guard), on
// integer and bool literals, on `_`, on several bindings inside nested variants and struct patterns,
// guards with `&&` / `||` / `!`, a guarded arm followed by a same-pattern arm, enums with a Guard moved
// out in the arm body only after the guard (the guard reads it by reference)
enum E { A(u32, u32), B { k: u8, g: Guard }, C }
struct P(u32, bool);
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 0 { E::A(n, n + 1) } else { E::B { k: n as u8, g: guard(n) } }
}
fn check(x: u32) -> bool { observe(x); x > 3 }
//@ args: opt 0
//@ args: opt 2
//@ args: opt 5
async fn opt(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(x) if x > 3 => x,
        Some(x) => x + 1,
        None => 0,
    }
}
//@ args: effects 1
//@ args: effects 4
async fn effects(n: u32) -> u32 {
    let o = Some(n);
    yield_now().await;
    match o {
        Some(x) if check(x) => { observe(100); x }
        Some(x) if { observe(x + 10); x == 1 } => 2,
        _ => 3,
    }
}
//@ args: ints 3
//@ args: ints 4
//@ args: ints 7
async fn ints(n: u32) -> u32 {
    yield_now().await;
    match n {
        3 if n > 2 => 1,
        4 | 5 => 2,
        _ if n % 2 == 1 => 3,
        _ => 4,
    }
}
//@ args: bools 0
//@ args: bools 1
async fn bools(n: u32) -> u32 {
    let b = n > 0;
    yield_now().await;
    match b {
        true if n > 5 && n < 9 => 1,
        true if n == 1 || n == 2 => 2,
        false if !(n == 0) => 3,
        _ => 4,
    }
}
//@ args: enums 0
//@ args: enums 2
//@ args: enums 3
//@ args: enums 5
async fn enums(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::A(a, b) if a + b > 10 => a,
        E::A(a, _) => a + 100,
        E::B { k, g } if k > 3 => { let h = g; k as u32 }
        E::B { k: 1, .. } => 7,
        E::B { g, .. } => { observe(9); let h = g; 8 }
        E::C => 0,
    }
}
//@ args: nested 0
//@ args: nested 1
//@ args: nested 4
async fn nested(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(P(n, n > 2)) };
    yield_now().await;
    let r = match o {
        Some(P(x, true)) if x < 4 => x,
        Some(P(x, b)) if b || x == 1 => x + 10,
        Some(P(_, _)) => 20,
        None => 30,
    };
    yield_now().await;
    r
}
