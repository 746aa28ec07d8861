// covers: `ref mut` with `@` at the top of a `let`, and `ref` with `@` of a value that is not Copy
// (issue 22, bind31): `let ref mut m @ 0..=255 = x;`, `let ref mut w @ S { .. } = s;`, `let ref r @
// S { k, .. } = o;`, `let ref g @ ref h = w;`, `let a @ ref mut b = x;` (b unused after
// a), of variables and fields, in async fns and async blocks (captured by `&mut` / by `&`, as rustc's
// walk_local over the pattern), a sync fn
struct S { k: u32, g: Guard }
struct W { s: S, n: u8 }
//@ args: lets 0
//@ args: lets 7
async fn lets(n: u8) -> u32 {
    let mut x = n;
    let ref mut m @ 0..=255 = x;
    *m += 1;
    yield_now().await;
    let mut s = S { k: n as u32, g: guard(1) };
    let ref mut w @ S { .. } = s;
    w.k += 2;
    let o = S { k: n as u32 + 1, g: guard(2) };
    let ref r @ S { k, .. } = o;
    let c = r.k + k;
    yield_now().await;
    let mut v = W { s: S { k: 4, g: guard(3) }, n };
    let ref g @ ref h = v.s;
    let d = g.k + h.k;
    let ref mut t @ 0..=255 = v.n;
    *t += 1;
    let a @ ref mut b = x;
    yield_now().await;
    c + d + a as u32 + x as u32 + s.k + v.n as u32
}
//@ args: cap 3
async fn cap(n: u8) -> u32 {
    let mut x = n;
    let o = S { k: 9, g: guard(5) };
    let mut s = S { k: 1, g: guard(6) };
    let f = async { let ref mut m @ 0..=255 = x; *m += 2; *m as u32 };
    let g = async { let ref r @ S { k, .. } = o; r.k * k };
    let h = async { let ref mut t @ S { .. } = s; t.k += 1; t.k };
    let v = f.await + g.await + h.await;
    v + x as u32 + s.k
}
fn sync_lets(n: u8) -> u32 {
    let mut x = n;
    let ref mut m @ 0..=255 = x;
    *m += 1;
    x as u32
}
