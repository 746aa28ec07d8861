// covers: bindings at the top of a pattern (issue 22, bind27): `n =>`, `mut n =>`, `k @ 1..=5 =>`,
// `x @ Some(_)`, `s @ Some(y @ 1..=9)` (y bound before s, declared after), or-patterns `n @ 1..=3 | n @ 7..=9`,
// if let / while let, a capture by an async block (by `&`) and by an async move block, a sync fn
//@ args: ints 0
//@ args: ints 3
//@ args: ints 9
async fn ints(x: u32) -> u32 {
    yield_now().await;
    let a = match x {
        0 => 1,
        k @ 1..=5 => k * 2,
        n => n + 7,
    };
    let b = match x % 3 { mut m => { m += 1; m } };
    let c = if let v @ 2..=9 = x { v } else { 0 };
    a + b + c
}
//@ args: opt 0
//@ args: opt 4
//@ args: opt 40
async fn opt(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    yield_now().await;
    let mut t = 0;
    while let w @ Some(1..=9) = o { if let Some(z) = w { t += z; } break; }
    let u = match o { x @ Some(_) => if let Some(y) = x { y } else { 0 }, None => 1 };
    match o { s @ Some(y @ 1..=9) => t + y + u + if let Some(q) = s { q } else { 0 }, s => if let None = s { 100 } else { 3 } }
}

//@ args: ors 0
//@ args: ors 2
//@ args: ors 8
//@ args: ors 12
async fn ors(x: u8) -> u32 {
    yield_now().await;
    let a = match x {
        0 => 1,
        n @ 1..=3 | n @ 7..=9 => n as u32 + 10,
        _ => 5,
    };
    let b = if let m @ 2 | m @ 12 = x { m as u32 } else { 0 };
    a + b
}
//@ args: cap 1
//@ args: cap 6
async fn cap(x: u32) -> u32 {
    let fut = async { match x { k @ 0..=4 => k + 1, other => other * 2 } };
    let o = Some(x);
    let g = async move { if let w @ Some(3..) = o { if let Some(v) = w { v } else { 0 } } else { 9 } };
    yield_now().await;
    fut.await + g.await
}
fn plain(x: i32) -> i32 {
    match x { -1 => 0, mut n => { n -= 1; n } }
}
//@ args: sync 0
//@ args: sync -1
async fn sync(x: i32) -> i32 {
    yield_now().await;
    plain(x)
}
//@ args: misc 0,false
//@ args: misc -3,true
//@ args: misc 7,true
async fn misc(x: i8, b: bool) -> i32 {
    let a = match x { n @ -5..=-1 => n as i32 * 10, k @ _ => k as i32 };
    yield_now().await;
    let c = match b { t @ true => t as i32 + 100, f => f as i32 };
    let d = match x { w @ (0..=9) => w as i32, _ => -1 };
    let mut e = 0;
    let mut y = x;
    while let Y @ 1.. = y { e += Y as i32; y = Y - 3; yield_now().await; }
    a + c + d + e
}
