// covers (pat36): `x @ (p | q)` beside another alternative inside a field (`Some(x @ (1 | 2) | x @ 5)`,
// `Some(x @ 7 | x @ (1 | 2..=4)) if x > 1`, `Some(v @ (E::A(k) | E::B(k)) | v @ E::C(k))`, `S { a: n @ (1 |
// 2) | n @ 9, .. }`, `W(x @ (0 | 1..=9) | x @ 10.., k)` in `let`): rustc's subcandidate of the group binds
// x, its or-pattern's subcandidates merged when they bind nothing (one leaf for `1 | 2`, another for
// `5`), a leaf per alternative otherwise (k, then v); in match, if let, while let, guarded, `let`, an
// async fn across awaits and an async block
enum E { A(u32), B(u32), C(u32), D }
struct S { a: u32, b: u32 }
struct W(u32, u32);
fn mke(n: u32) -> E {
    if n > 5 { E::C(n) } else if n > 2 { E::B(n) } else if n > 1 { E::A(n) } else { E::D }
}
fn o1(o: Option<u32>) -> u32 {
    match o { Some(x @ (1 | 2) | x @ 5) => x, _ => 0 }
}
fn o2(o: Option<u32>) -> u32 {
    match o { Some(x @ 7 | x @ (1 | 2..=4)) if x > 1 => x + 1, Some(_) => 2, None => 3 }
}
fn o3(o: Option<E>) -> u32 {
    match o { Some(v @ (E::A(k) | E::B(k)) | v @ E::C(k)) => { let _ = v; k } Some(E::D) => 7, None => 0 }
}
fn o4(o: Option<u32>) -> u32 {
    if let Some(x @ (1 | 2) | x @ 5) = o { x } else { 9 }
}
fn o5(o: Option<E>) -> u32 {
    match o { Some(v @ (E::A(1) | E::B(_)) | v @ E::D) => { let _ = v; 1 } _ => 0 }
}
fn o6(s: S) -> u32 {
    match s { S { a: n @ (1 | 2) | n @ 9, b } => n + b, S { b, .. } => b }
}
fn o7(w: W) -> u32 {
    let W(x @ (0 | 1..=9) | x @ 10.., k) = w;
    x + k
}
fn o8(n: u32) -> u32 {
    let mut o = Some(n);
    let mut c = 0;
    while let Some(x @ (1 | 2..=3) | x @ 6) = o {
        c += x;
        o = if x > 1 { Some(x - 1) } else { None };
    }
    c
}
//@ args: foo 1
//@ args: foo 2
//@ args: foo 5
//@ args: foo 6
//@ args: foo 9
async fn foo(n: u32) -> u32 {
    let o = Some(n);
    let a = match o { Some(x @ (1 | 2) | x @ 5) => { yield_now().await; x } _ => 0 };
    let b = async { if let Some(x @ (1 | 2) | x @ 9) = o { yield_now().await; x } else { 4 } }.await;
    a + b + o1(o) + o2(o) + o3(Some(mke(n))) + o4(o) + o5(Some(mke(n))) + o6(S { a: n, b: 1 }) + o7(W(n, 2)) + o8(n)
}
