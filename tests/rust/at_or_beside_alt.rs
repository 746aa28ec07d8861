// covers: `x @ (p | q)` beside another alternative of the same or-pattern (issue 22, bind33): `x @ (1 | 2) |
// x @ 5` (rustc: the first alternative's subcandidates merged into one leaf binding x, beside the second's
// leaf), the group second or both, groups whose alternatives bind (a leaf each), nested or-patterns inside
// a group, a guard, if let, while let, `let`, of a value that is not Copy (moved), `ref`, across awaits
enum E { A(u32), B(u32), C }
struct P { a: u32, g: Guard }
//@ args: beside 0
//@ args: beside 1
//@ args: beside 2
//@ args: beside 5
//@ args: beside 7
async fn beside(x: u32) -> u32 {
    let a = match x { n @ (1 | 2) | n @ 5 => n, _ => 0 };
    yield_now().await;
    let b = match x { n @ 0 | n @ (5 | 7..=9) | n @ (2 | 3) => n + 10, _ => 1 };
    let o = if x == 0 { None } else { Some(x) };
    let c = match o {
        w @ (Some(1 | 2) | None) | w @ Some(7) => if let Some(v) = w { v } else { 9 },
        Some(k) => k + 20,
    };
    let e = if x == 1 { E::A(x) } else if x == 2 { E::B(x) } else if x == 5 { E::A(5) } else { E::C };
    let d = match e {
        v @ (E::A(k @ (1 | 2)) | E::B(k)) | v @ E::A(k) => k + match v { E::A(q) => q, E::B(q) => q * 3, E::C => 0 },
        _ => 40,
    };
    let g = if let n @ (1 | 2) | n @ 7 = x { n * 2 } else { 3 };
    let h = match x { n @ (1 | 2) | n @ 5 if n > 1 => { yield_now().await; n } n @ (0 | 7) | n @ 6 => n + 1, _ => 4 };
    let (m @ (0 | 1..=9) | m @ 10..) = x;
    a + b + c + d + g + h + m
}
//@ args: beside_loop 3
//@ args: beside_loop 6
async fn beside_loop(x: u32) -> u32 {
    let mut i = x;
    let mut s = 0;
    while let n @ (1 | 2) | n @ (4..=6) = i {
        s += n;
        i -= 1;
        yield_now().await;
    }
    let o = Some(x);
    let (t @ (Some(0..=3) | None) | t @ Some(_)) = o;
    s + i + if let Some(v) = t { v } else { 0 }
}
//@ args: beside_move 0
//@ args: beside_move 1
//@ args: beside_move 4
async fn beside_move(x: u32) -> u32 {
    let o = if x == 0 { None } else { Some(guard(x)) };
    let k = match o {
        q @ (Some(_) | None) | q @ None => { yield_now().await; if let Some(_) = q { 1 } else { 2 } }
    };
    let p = P { a: x, g: guard(x + 1) };
    let j = match p { ref r @ (P { a: 0, .. } | P { a: 1, .. }) | ref r @ P { a: 4, .. } => r.a + 5, ref r => r.a };
    yield_now().await;
    k + j + p.a
}
fn sync_f(x: u32) -> u32 {
    match x { n @ (1 | 2) | n @ 5 => n, n @ 3 | n @ (4 | 6) => n + 1, _ => 0 }
}
//@ args: beside_sync 2
//@ args: beside_sync 4
async fn beside_sync(x: u32) -> u32 {
    let c = async move { match x { n @ (1 | 2) | n @ 5 => n, _ => 0 } };
    c.await + sync_f(x)
}
