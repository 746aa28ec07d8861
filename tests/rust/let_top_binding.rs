// covers: bindings at the top of a `let` pattern (issue 22, bind29): `let k @ 0..=255 = x;` (u8, irrefutable),
// `let a @ b = x;`, `let mut k @ j @ 0..=255 = x;`, `let v @ S { .. } = s;` (a struct that is not Copy, moved
// whole), `let v @ S { a, .. } = s;` (a Copy field copied first), `let w @ W::A(k, _) = w0;`, a field place,
// an async block's capture, a sync fn: PlaceMention of the initializer, the subpattern's bindings, then the top's
struct S { a: u32, b: u8 }
struct P { a: u32, g: Guard }
enum W { A(u32, bool) }
//@ args: ints 0
//@ args: ints 7
//@ args: ints 200
async fn ints(x: u8) -> u32 {
    let k @ 0..=255 = x;
    yield_now().await;
    let a @ b = x as u32 + 1;
    let mut m @ j @ 0..=255 = x;
    m = m / 2;
    yield_now().await;
    k as u32 + a * 2 + b + m as u32 + j as u32
}
//@ args: structs 3
//@ args: structs 9
async fn structs(n: u32) -> u32 {
    let s = S { a: n, b: 2 };
    let v @ S { .. } = s;
    yield_now().await;
    let t = S { a: n + 1, b: 5 };
    let u @ S { a, .. } = t;
    let p = P { a: n * 3, g: guard(4) };
    let q @ P { .. } = p;
    yield_now().await;
    let w0 = W::A(n + 2, true);
    let w @ W::A(k, _) = w0;
    let W::A(z, _) = w;
    v.a + v.b as u32 + u.a + u.b as u32 + a + q.a + k + z
}
//@ args: cap 1
//@ args: cap 6
async fn cap(x: u32) -> u32 {
    let fut = async { let k @ j = x; k + j };
    let s = S { a: x, b: 1 };
    let g = async move { let v @ S { a, .. } = s; v.b as u32 + a };
    yield_now().await;
    fut.await + g.await + sync_let(x as u16) as u32
}
fn sync_let(x: u16) -> u16 {
    let a @ b @ 0..=65535 = x;
    a / 2 + b / 2
}
