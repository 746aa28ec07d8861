// covers: `k @ p` bindings (issue 22) that move a value that is not Copy (a Guard inside the bound
// field, the subpattern binding nothing: rustc accepts it), the arm's drop of the moved binding and
// the scrutinee's drop flag when moved on one arm only; `k @ p` in an irrefutable `let` (a u8 range
// covering the type); `k @ p` inside async blocks that capture the matched place (RFC 2229: walk_pat
// reads or moves the bound field, then the subpattern reads it again), by reference and by move
struct Guarded { a: u32, g: Guard }
enum G { A, B(Guard) }
enum H { X(G), Y(u32) }
enum W { A(u8, Guard) }
struct St { a: u32, b: u32 }
struct Pg { a: u32, g: G }
fn mkh(n: u32) -> H {
    if n == 0 { H::Y(n) } else if n % 2 == 0 { H::X(G::B(guard(n))) } else { H::X(G::A) }
}
fn eat(g: G) -> u32 { match g { G::A => 1, G::B(gd) => { let _k = gd; 2 } } }
//@ args: mv 0
//@ args: mv 1
//@ args: mv 2
async fn mv(n: u32) -> u32 {
    let h = mkh(n);
    yield_now().await;
    match h {
        H::X(g @ G::B(_)) => eat(g) + 10,
        H::X(G::A) => 5,
        H::Y(y @ 0) => y + 1,
        H::Y(_) => 0,
    }
}
//@ args: st 0
//@ args: st 3
async fn st(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(Guarded { a: n % 2, g: guard(n) }) };
    yield_now().await;
    if let Some(p @ Guarded { a: 1, .. }) = o { p.a + 40 } else { 9 }
}
//@ args: lt 3
async fn lt(n: u32) -> u32 {
    let w = W::A(n as u8, guard(n));
    let W::A(k @ 0..=255, g) = w;
    yield_now().await;
    let _h = g;
    k as u32
}
//@ args: cap 0
//@ args: cap 2
//@ args: cap 5
async fn cap(n: u32) -> u32 {
    let s = St { a: n, b: n + 1 };
    let o = if n == 0 { None } else { Some(n) };
    let b1 = async move { yield_now().await; match s { St { a: x @ 1..=3, b } => x + b, _ => 0 } };
    let b2 = async { yield_now().await; if let Some(k @ 2) = o { k } else { 4 } };
    b1.await + b2.await + if let Some(m) = o { m } else { 0 }
}
//@ args: capmv 0
//@ args: capmv 2
async fn capmv(n: u32) -> u32 {
    let p = Pg { a: n, g: if n == 0 { G::A } else { G::B(guard(n)) } };
    let b = async move { yield_now().await; match p { Pg { g: g @ G::B(_), a } => eat(g) + a, Pg { a, .. } => a + 3 } };
    b.await
}
