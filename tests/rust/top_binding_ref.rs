// covers: `ref x` / `ref mut x` at the top of a pattern (tops28): the arm binds `&place` / `&mut place`
// of the whole scrutinee (rustc: PatKind::Binding by reference), alone, with `@` and a subpattern, in
// or-patterns, if let, while let, of an integer, a struct holding a Guard (not moved), an enum; async
// blocks matching a captured struct by `ref mut` and by `ref`
struct P { a: u32, g: Guard }
enum G { A, B(Guard) }
fn mk(n: u32) -> G { if n == 0 { G::A } else { G::B(guard(n)) } }
//@ args: r1 0
//@ args: r1 4
async fn r1(n: u32) -> u32 {
    let mut x = n;
    let k = match x { ref r => *r + 1 };
    match x { ref mut m => *m += 2 }
    yield_now().await;
    let p = P { a: n, g: guard(n) };
    let j = match p { ref q @ P { a: 0, .. } => q.a + 5, ref q => { yield_now().await; q.a } };
    let g = mk(n);
    let i = if let ref h @ G::B(_) = g { if let G::B(_) = *h { 1 } else { 0 } } else { 2 };
    let mut o = Some(n);
    while let ref mut w @ Some(1..) = o { if let Some(v) = *w { *w = Some(v - 1); } yield_now().await; }
    let l = match o { ref s @ Some(_) | ref s @ None => if let Some(z) = *s { z } else { 9 } };
    k + x + j + i + l + p.a
}
//@ args: r2 3
async fn r2(n: u32) -> u32 {
    let mut p = P { a: n, g: guard(n) };
    let b = async { match p { ref mut q => { yield_now().await; q.a += 1; q.a } } };
    let c = b.await;
    let e = async { match p { ref q => q.a } };
    c + e.await
}
