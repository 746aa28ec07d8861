// covers: a binding directly after `@` (issue 22, bind29; rustc's bindings_after_at): `a @ b`, `a @ b @ p`,
// `a @ mut b @ p`, `ref a @ b` of Copy values (the inner binding made first, the locals declared in
// pattern order), in match, if let, while let, or-patterns, a guard, an async block's capture, a sync fn
//@ args: twice 0
//@ args: twice 4
//@ args: twice 9
async fn twice(x: u32) -> u32 {
    yield_now().await;
    let s = match x { a @ b => a + b * 2 };
    let t = match x % 7 { a @ mut b @ 1..=5 => { b += 10; a + b }, c @ d => c * 3 + d };
    yield_now().await;
    let w = if let a @ b = x { a + b } else { 1 };
    s + t + w
}
//@ args: opt 0
//@ args: opt 3
//@ args: opt 30
async fn opt(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    let u = match o {
        a @ b @ Some(c @ 1..=9) => c + if let Some(v) = a { v } else { 0 } + if let Some(w) = b { w * 2 } else { 0 },
        p @ q => (if let Some(z) = p { z } else { 7 }) + if let None = q { 100 } else { 1 },
    };
    let r = if let k @ j @ Some(_) = o { (if let Some(v) = k { v } else { 0 }) + if let Some(w) = j { w } else { 0 } } else { 5 };
    u + r
}
//@ args: refs 0
//@ args: refs 6
async fn refs(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    let m = match o { ref a @ b => (if let Some(v) = *a { v } else { 1 }) + if let Some(w) = b { w } else { 2 } };
    yield_now().await;
    let k = match n { ref r @ s @ 0..=3 => *r + s, ref r @ s => *r * s };
    m + k
}
//@ args: ors 2
//@ args: ors 3
//@ args: ors 7
//@ args: ors 12
async fn ors(x: u8) -> u32 {
    yield_now().await;
    let a = match x { n @ m @ 1..=3 | n @ m @ 7..=9 => n as u32 + m as u32 * 10, _ => 5 };
    let b = match x { n @ m @ 2..=7 if n > 2 => m as u32, n @ m => n as u32 + m as u32 };
    let mut c = 0;
    let mut i = x;
    while let w @ v @ 1..=20 = i { c += w as u32 + v as u32; i = i / 2; yield_now().await; }
    a + b + c
}
//@ args: cap 1
//@ args: cap 6
async fn cap(x: u32) -> u32 {
    let fut = async { match x { k @ j @ 0..=4 => k + j, other @ o => other * o } };
    let g = async move { match x { a @ b => a * 10 + b } };
    yield_now().await;
    fut.await + g.await + sync_chain(x as u16) as u32
}
fn sync_chain(x: u16) -> u16 {
    match x { a @ b @ 0..=5 => a + b, c @ d => c - d }
}
