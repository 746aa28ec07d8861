// covers: `ref` / `ref mut` bindings (issue 22) inside variant, struct and tuple-struct patterns, with
// `@`, in `match`, `if let`, `while let` and irrefutable `let`, and `let ref x = place;`: lowered as
// rustc 1.95's `_n = &((_s as Some).0: T)` / `&mut`; a `ref mut` that mutates the scrutinee's field,
// a `ref` binding held across an await, a ref binding captured by an async block, ref bindings in
// or-patterns (an arm's alternatives, inside `Some(..)`, `if let`)
enum E { A(u32, u32), B { k: u8, v: u32 }, C }
struct S { k: u32, v: u32 }
struct P(u32, u32);
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 0 { E::A(n, n + 1) } else { E::B { k: (n % 9) as u8, v: n } }
}
//@ args: bump 0
//@ args: bump 7
async fn bump(n: u32) -> u32 {
    let mut o = if n == 0 { None } else { Some(n) };
    match o {
        Some(ref mut v) => *v += 10,
        None => {}
    }
    yield_now().await;
    match o { Some(ref w) => *w, None => 1 }
}
//@ args: en 0
//@ args: en 2
//@ args: en 3
//@ args: en 9
async fn en(n: u32) -> u32 {
    let mut e = mke(n);
    if let E::A(ref mut a, ref b) = e {
        *a += *b;
    }
    yield_now().await;
    match e {
        E::A(ref a, _) => *a,
        E::B { k: ref c @ 1..=5, ref mut v } => { *v += 1; *c as u32 + *v }
        E::B { ref k, .. } => *k as u32,
        E::C => 0,
    }
}
//@ args: st 4
async fn st(n: u32) -> u32 {
    let mut s = S { k: n, v: 2 };
    let S { ref mut k, .. } = s;
    *k += 3;
    let S { ref k, ref v } = s;
    yield_now().await;
    let p = P(n, 5);
    let P(ref x, _) = p;
    let ref y = s.v;
    *k + *v + *x + *y
}
//@ args: wl 3
async fn wl(n: u32) -> u32 {
    let mut o = Some(n);
    let mut t = 0;
    while let Some(ref mut c) = o {
        t += *c;
        if *c == 0 { o = None; } else { *c -= 1; }
        yield_now().await;
    }
    t
}
//@ args: cap 5
async fn cap(n: u32) -> u32 {
    let mut o = Some(n);
    let b = async {
        yield_now().await;
        match o { Some(ref mut v) => { *v += 1; *v } None => 0 }
    };
    let r = b.await;
    let ref z = o;
    r + match *z { Some(q) => q, None => 0 }
}
//@ args: capst 6
async fn capst(n: u32) -> u32 {
    let mut s = S { k: n % 7, v: 1 };
    let bs = async { let S { ref mut k, .. } = s; *k += 2; yield_now().await; *k };
    bs.await + s.v + s.k
}
//@ args: orp 0
//@ args: orp 3
//@ args: orp 4
async fn orp(n: u32) -> u32 {
    let mut e = mke(n);
    let o = Some(mke(n + 1));
    yield_now().await;
    let a = match e {
        E::A(ref mut x, _) | E::B { v: ref mut x, .. } => { *x += 1; *x }
        E::C => 0,
    };
    let b = match o {
        Some(E::A(ref y, _) | E::B { v: ref y, .. }) => *y,
        _ => 7,
    };
    let c = if let E::A(_, ref z) | E::B { v: ref z, .. } = e { *z } else { 1 };
    a + b + c
}
