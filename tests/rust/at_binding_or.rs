// covers: an or-pattern under `@` at the top (issue 22, bind29): `n @ (1 | 2)`, `k @ (E::A(_) | E::B(_))`,
// `a @ b @ (3 | 4..=6)`, `w @ (Some(1..=3) | None)`, a moved Guard `g @ (G::A(_) | G::C)`, in match, if let,
// while let, an async block's capture, a sync fn: the alternatives' tests merged, the binding made once
enum E { A(u32), B(u32), C }
enum G { A(Guard), B(u32), C }
//@ args: ints 1
//@ args: ints 2
//@ args: ints 5
//@ args: ints 9
async fn ints(x: u32) -> u32 {
    yield_now().await;
    let a = match x { n @ (1 | 2) => n * 10, m @ (3 | 5..=7 | 100) => m + 1, _ => 0 };
    let b = match x as u8 { a @ b @ (3 | 4..=6) => a as u32 + b as u32, _ => 1 };
    let c = if let k @ (0 | 9) = x { k + 3 } else { 4 };
    a + b + c
}
//@ args: enums 0
//@ args: enums 1
//@ args: enums 2
async fn enums(n: u32) -> u32 {
    let e = if n == 0 { E::A(5) } else if n == 1 { E::B(6) } else { E::C };
    yield_now().await;
    let r = match e { k @ (E::A(_) | E::B(_)) => if let E::A(v) = k { v } else { 1 }, E::C => 2 };
    let o = if n == 2 { None } else { Some(n + 1) };
    let mut t = 0;
    while let w @ (Some(1..=3) | None) = o { t += if let Some(v) = w { v } else { 10 }; break; }
    r + t
}
//@ args: guards 0
//@ args: guards 1
//@ args: guards 2
async fn guards(n: u32) -> u32 {
    let g = if n == 0 { G::A(guard(1)) } else if n == 1 { G::B(7) } else { G::C };
    yield_now().await;
    let r = match g { h @ (G::A(_) | G::C) => { let k = h; yield_now().await; let _m = k; 3 }, G::B(v) => v };
    yield_now().await;
    r
}
//@ args: cap 2
//@ args: cap 8
async fn cap(x: u32) -> u32 {
    let fut = async { match x { k @ (0 | 2 | 4) => k + 1, other => other * 2 } };
    let g = async move { if let w @ (1..=3 | 8) = x { w } else { 0 } };
    yield_now().await;
    fut.await + g.await + sync_or(x as u8) as u32
}
fn sync_or(x: u8) -> u8 {
    match x { a @ (0 | 255) => a / 2, b @ (1..=9 | 20) => b, _ => 3 }
}
