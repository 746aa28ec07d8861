// covers: a binding by value above a `ref mut` one (issue 22, bind31; rustc's bindings_after_at):
// `a @ ref mut b`, `a @ ref mut b @ 1..=5`, `a @ Some(ref mut b)`, `Some(a @ ref mut b)`, `S { k: c @
// ref mut d, .. }`, with a guard reading a, in match, if let, while let, async blocks, a sync fn: rustc
// binds b's `&mut` before a's copy (`_3 = &mut _1; _2 = copy _1;`); accepted while b is not used after a
// (E0503 / E0502 otherwise: tests/rust/invalid/at_refmut_below_*.rs)
struct S { k: u32, j: u8 }
//@ args: refmut 0
//@ args: refmut 3
//@ args: refmut 9
async fn refmut(n: u32) -> u32 {
    let mut x = n;
    let mut o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    let a = match x { a @ ref mut b => a + 1 };
    let c = match x { a @ ref mut b @ 1..=5 => a * 2, _ => 7 };
    let d = match o { a @ Some(ref mut b) => if let Some(v) = a { v } else { 0 }, None => 4 };
    yield_now().await;
    let e = match o { Some(a @ ref mut b) => a + 3, None => 5 };
    let g = match x { a @ ref mut b if a > 2 => a, _ => 6 };
    let h = if let a @ ref mut b = x { a + 10 } else { 0 };
    let mut s = S { k: n, j: 2 };
    let i = match s { S { k: c @ ref mut d, .. } => c + 20 };
    let mut k = 0;
    while let a @ ref mut b @ 0..=2 = k { k = a + 1; }
    yield_now().await;
    a + c + d + e + g + h + i + k + x + s.k
}
//@ args: cap 2
//@ args: cap 6
async fn cap(n: u32) -> u32 {
    let mut o = Some(n);
    let mut m = n;
    let f = async { match o { Some(a @ ref mut b @ 0..=3) => a, _ => 2 } };
    let g = async { match m { a @ ref mut b => a * 10 } };
    let v = f.await + g.await;
    v + m
}
fn sync_refmut(n: u32) -> u32 {
    let mut x = n;
    match x { a @ ref mut b => a + 1 }
}
