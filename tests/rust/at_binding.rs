// covers: `k @ p` bindings with a subpattern inside variant and struct patterns (issue 22), lowered as
// rustc 1.95's match tree: the subpattern's tests (a literal, a range, a nested variant or struct
// pattern binding nothing) are the match pairs of the field, the binding a copy of the whole field
// made in the arm's block before the subpattern's (none here); an integer field under an Option, an
// enum's tuple and struct variants, a nested variant, a half-open range, a `u8::MAX` bound, a struct
// pattern in `if let`, `while let`, an or-pattern whose alternatives each bind `k @`, a `mut` binding
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
enum E { N, T(u32, bool), S { k: u8, v: u32 } }
struct St { a: u32, b: u32 }
fn mka(n: u32) -> A { if n % 3 == 0 { A::X(n) } else if n % 3 == 1 { A::Y } else { A::Z(n as u8) } }
fn mkb(n: u32) -> B {
    if n > 2 { B::P(mka(n)) } else if n > 0 { B::Q(n) } else { B::R }
}
fn mke(n: u32) -> E {
    if n == 0 { E::N } else if n % 2 == 0 { E::T(n / 2, n % 4 == 0) } else { E::S { k: (n % 7) as u8, v: n } }
}
//@ args: opt 0
//@ args: opt 1
//@ args: opt 4
//@ args: opt 12
async fn opt(n: u32) -> u32 {
    let o = if n == 1 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(k @ 3..=9) => k + 1,
        Some(k @ 0) => k + 50,
        Some(_) => 0,
        None => 1,
    }
}
//@ args: en 0
//@ args: en 2
//@ args: en 4
//@ args: en 5
//@ args: en 7
async fn en(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::T(k @ 1..=2, b @ true) => k + b as u32,
        E::T(k @ 3.., _) => k * 3,
        E::S { k: c @ 0..=3, v } => c as u32 + v,
        E::S { k: c @ u8::MAX, .. } => c as u32,
        _ => 7,
    }
}
//@ args: nest 0
//@ args: nest 2
//@ args: nest 3
//@ args: nest 6
//@ args: nest 9
async fn nest(n: u32) -> u32 {
    let b = mkb(n);
    yield_now().await;
    match b {
        B::P(A::X(x @ 6..)) => x,
        B::P(a @ A::Z(_)) => match a { A::Z(z) => z as u32 + 100, _ => 0 },
        B::Q(q @ 1 | q @ 2) => q + 20,
        _ => 3,
    }
}
//@ args: st 1
//@ args: st 2
async fn st(n: u32) -> u32 {
    let s = St { a: n, b: n + 1 };
    yield_now().await;
    if let St { a: x @ 2, b } = s { x + b } else { 3 }
}
//@ args: wl 0
//@ args: wl 3
async fn wl(n: u32) -> u32 {
    let mut i = n;
    let mut t = 0;
    while let Some(mut k @ 1..=5) = if i < 6 { Some(i) } else { None } {
        k += 1;
        t += k;
        i += 1;
        yield_now().await;
    }
    t
}
fn sync_at(o: Option<u8>) -> u32 {
    match o { Some(v @ 10..=20) => v as u32, Some(w @ (0..=9)) => w as u32 + 1, _ => 0 }
}
//@ args: sy 5
async fn sy(n: u32) -> u32 {
    let a = sync_at(Some(n as u8));
    yield_now().await;
    a + sync_at(Some(15)) + sync_at(None)
}
//@ args: wild 0
//@ args: wild 3
async fn wild(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e { E::T(k @ _, _) => k, E::S { k: c @ (_), v: w @ 1..=9 } => c as u32 * w, _ => 2 }
}
