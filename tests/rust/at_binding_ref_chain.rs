// covers: `ref` bindings after `@` (issue 22, bind30; rustc's bindings_after_at): `a @ ref b`, `ref a @
// ref b @ p`, `ref mut x @ y` of Copy values, at the top and inside a field (`Some(a @ ref b)`, `Some(ref
// a @ ref b @ 1..=5)`, `Some(ref mut r @ s)`), in match, if let, async blocks (captured by `&`), a sync
// fn: each `ref` binding a loan of the place made innermost first (`_3 = &_1; _2 = copy _1;`)
//@ args: refs 0
//@ args: refs 4
//@ args: refs 7
async fn refs(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    let a = match n { a @ ref b => a + *b };
    let c = match n { ref a @ ref b @ 0..=4 => *a + *b, ref c @ d => *c * d };
    let mut m = n;
    let d = match m { ref mut x @ 5.. => { *x += 1; *x }, y => y };
    yield_now().await;
    let e = match o { Some(a @ ref b) => a + *b, None => 3 };
    let f = match o { Some(ref a @ ref b @ 1..=5) => *a * *b, Some(ref c @ d) => *c + d, None => 9 };
    let g = if let k @ ref j @ Some(_) = o { (if let Some(v) = k { v } else { 0 }) + if let Some(w) = *j { w } else { 0 } } else { 2 };
    let mut q = o;
    let h = match q { Some(ref mut r @ 3..) => { *r += 2; *r }, Some(ref mut r @ s) => { *r += s; s }, _ => 0 };
    let mut p = n;
    let i = match p { ref mut x @ y => { *x += 3; *x + y } };
    a + c + d + e + f + g + h + i + m + p + if let Some(z) = q { z } else { 0 }
}
//@ args: cap 2
//@ args: cap 6
async fn cap(n: u32) -> u32 {
    let o = Some(n);
    let f = async { match o { Some(a @ ref b @ 0..=3) => a + *b, Some(ref c @ ref d) => *c * *d, None => 2 } };
    let g = async { match n { a @ ref b => a * 10 + *b } };
    yield_now().await;
    f.await + g.await + sync_refs(o)
}
fn sync_refs(o: Option<u32>) -> u32 {
    match o { Some(ref a @ b) => *a + b, None => 1 }
}
