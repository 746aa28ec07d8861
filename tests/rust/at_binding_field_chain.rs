// covers: bindings after `@` and inside the subpattern of `@` inside variant, struct and tuple fields
// (issue 22, bind30; rustc's MatchPairTree::for_pattern binds the subpattern first, then the binding
// of the whole field, innermost first; the locals declared in pattern order): `Some(a @ b)`,
// `Some(a @ b @ 1..=5)`, `S { k: a @ mut b, .. }`, `Two(a @ b, _)` (a tuple struct), `Some(a @ Some(b))`,
// `Some(ref r @ s)`, in match (with guards and or-patterns), if let,
// while let, `let`, async blocks by `&` and by move (a one-variant enum's fields captured: `W::A(a @ b, _)`,
// bound from the captured field), a sync fn
struct Pt { x: u32, y: u8 }
struct Two(u32, u32);
enum W { A(u32, u8) }
enum E { N, T(Pt, u32), V { p: Option<u32>, q: u8 } }
fn mke(n: u32) -> E {
    if n == 0 { E::N } else if n % 2 == 0 { E::T(Pt { x: n, y: (n % 5) as u8 }, n / 2) } else { E::V { p: if n > 5 { Some(n) } else { None }, q: (n % 3) as u8 } }
}
//@ args: opt 0
//@ args: opt 3
//@ args: opt 8
async fn opt(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    let a = match o { Some(a @ b) => a + b, None => 0 };
    let c = match o { Some(a @ b @ 1..=5) => a + b * 2, Some(c @ mut d) => { d += 1; c * d }, None => 7 };
    yield_now().await;
    let e = if let Some(x @ y) = o { x * 3 + y } else { 11 };
    a + c + e
}
//@ args: nest 0
//@ args: nest 4
//@ args: nest 7
async fn nest(n: u32) -> u32 {
    let oo = if n == 0 { None } else if n % 2 == 0 { Some(Some(n)) } else { Some(None) };
    yield_now().await;
    let a = match oo {
        Some(w @ Some(b @ 1..=5)) => b + if let Some(z) = w { z * 10 } else { 0 },
        Some(w @ Some(b)) => b * 2 + if let Some(z) = w { z } else { 1 },
        Some(w @ None) => if let None = w { 3 } else { 4 },
        None => 5,
    };
    let b = match oo { Some(w @ v @ Some(k)) => k + (if let Some(z) = w { z } else { 0 }) + if let Some(z) = v { z } else { 0 }, _ => 9 };
    a + b
}
//@ args: fields 0
//@ args: fields 2
//@ args: fields 6
//@ args: fields 9
async fn fields(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    let t = Two(n, n % 3);
    let a = match e {
        E::T(Pt { x: x @ w, y: y @ 0..=2 }, k @ j) => w + x + y as u32 + k + j,
        E::T(Pt { x: 0..=3, y: q @ r }, _) => q as u32 * 2 + r as u32,
        E::T(Pt { x, .. }, _) => x,
        E::V { p: a @ Some(b @ c), q: mut r @ 1 } => { r += 1; b + c + r as u32 + if let Some(z) = a { z } else { 0 } },
        E::V { p: _, q: s @ u } => s as u32 * 5 + u as u32,
        E::N => 1,
    };
    yield_now().await;
    let b = match t { Two(a @ b, _) if a > 5 => a + b, Two(a @ b @ 0..=3, c @ d) => a * b + c + d, Two(_, _) => 4 };
    let pt = Pt { x: n, y: 2 };
    let Pt { x: m @ l, y: ref r @ s } = pt;
    a + b + m + l + *r as u32 + s as u32
}
//@ args: loops 5
//@ args: loops 9
async fn loops(n: u32) -> u32 {
    let mut o = Some(n);
    let mut acc = 0;
    while let Some(a @ b @ 1..) = o {
        acc += a + b;
        o = if a > 1 { Some(a / 2) } else { None };
        yield_now().await;
    }
    let r = match o { Some(ref a @ b) => *a + b, None => 100 };
    acc + r
}
//@ args: cap 0
//@ args: cap 4
async fn cap(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    let f = async { match o { Some(a @ b @ 0..=3) => a + b, Some(c @ d) => c * d, None => 2 } };
    let g = async move { if let Some(a @ b) = o { a * 10 + b } else { 3 } };
    yield_now().await;
    f.await + g.await + sync_chain(o)
}
fn sync_chain(o: Option<u32>) -> u32 {
    match o { Some(a @ b @ 0..=5) => a + b, Some(c @ d) => c - d, None => 1 }
}
//@ args: caps 3
//@ args: caps 7
async fn caps(n: u32) -> u32 {
    let w = W::A(n, 2);
    let w2 = W::A(n + 1, 3);
    let p = Pt { x: n, y: 4 };
    let bw = async { match w { W::A(a @ b, c @ d) => a + b + c as u32 + d as u32 } };
    let bm = async move { match w2 { W::A(ref a @ b, _) => *a + b } };
    let w3 = W::A(n, 5);
    let bl = async { let W::A(a @ b, _) = w3; a + b };
    let bp = async { let Pt { x: a @ b, y: ref c @ d } = p; a + b + *c as u32 + d as u32 };
    yield_now().await;
    bw.await + bm.await + bl.await + bp.await
}
//@ args: orchain 1
//@ args: orchain 2
//@ args: orchain 6
async fn orchain(n: u32) -> u32 {
    let o = Some(n);
    yield_now().await;
    match o { Some(a @ b @ 1 | a @ b @ 2) => a + b, Some(c @ d) => c * d, None => 0 }
}
