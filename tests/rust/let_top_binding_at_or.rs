// covers: `x @ (p | q)` at the top of a `let` (issue 22, bind31): `let a @ (0..=9 | 10..) = x;` (the
// alternatives bind nothing: merged, a bound once), `let w @ (Some(_) | None) = o;`, `let v @ (E::A(k) |
// E::B(k)) = e;` (bindings inside: a leaf per alternative binding k, then v), of a value that is not Copy
// (moved whole), `let mut m @ (..=4 | 5..) = x;`, `let ref r @ (Some(_) | None) = o;` (o not Copy), `let ref
// mut m @ (0..=3 | 4..) = y;`, in async fns and an async block
enum E { A(u32), B(u32) }
//@ args: lets 0,false
//@ args: lets 12,true
async fn lets(x: u32, p: bool) -> u32 {
    let a @ (0..=9 | 10..) = x;
    yield_now().await;
    let o = if p { Some(x) } else { None };
    let w @ (Some(_) | None) = o;
    let e = if p { E::A(x + 1) } else { E::B(x + 2) };
    let v @ (E::A(k) | E::B(k)) = e;
    let c = match v { E::A(q) => q, E::B(q) => q * 2 };
    let g = if p { Some(guard(x)) } else { None };
    let h @ (Some(_) | None) = g;
    yield_now().await;
    let mut m @ (..=4 | 5..) = x;
    m += 1;
    let d = if let Some(u) = w { u } else { 7 };
    a + k + c + d + m + if let Some(_) = h { 1 } else { 0 }
}
//@ args: cap 3
async fn cap(x: u32) -> u32 {
    let o = Some(x);
    let f = async move { let w @ (Some(1..) | Some(0) | None) = o; if let Some(v) = w { v } else { 0 } };
    let g = async { let n @ (0 | 1..) = x; n * 2 };
    f.await + g.await
}
//@ args: refs 1
//@ args: refs 5
async fn refs(x: u32) -> u32 {
    let o = if x > 2 { Some(guard(x)) } else { None };
    let ref r @ (Some(_) | None) = o;
    let mut y = x;
    let ref mut m @ (0..=3 | 4..) = y;
    *m += 1;
    yield_now().await;
    let c = if let Some(_) = r { 1 } else { 0 };
    c + y
}
