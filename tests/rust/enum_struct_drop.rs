// covers: an enum (user enum, Option, Result) holding a struct with drop glue, built and returned by an
// async fn (after an await, or around an await in the struct's own fields) and that struct moved out
// by a match binding (`E::B(x) => x.a`, on one arm, with an await in the arm, in a loop, through `?`
// and `if let`) (issue 22): the value's drop on the await's coroutine-drop path is unconditional, as
// in rustc, whose dataflow does not follow a Drop's `drop:` edge (no flag, no extra discriminant temp)
struct Pair { a: u32, g: Guard }
enum E { A(u32), B(Pair), C { p: Pair, k: u32 } }
async fn val(n: u32) -> u32 {
    yield_now().await;
    n
}
//@ args: build 4
async fn build(n: u32) -> E {
    yield_now().await;
    E::B(Pair { a: n, g: guard(n) })
}
//@ args: build_around 5
async fn build_around(n: u32) -> E {
    E::C { p: Pair { g: guard(n), a: val(n).await }, k: n }
}
//@ args: take 0
//@ args: take 3
async fn take(n: u32) -> u32 {
    let e = if n == 0 { E::A(7) } else { build(n).await };
    match e {
        E::A(k) => k,
        E::B(x) => x.a,
        E::C { p, k } => p.a + k,
    }
}
//@ args: take_arm 2
async fn take_arm(n: u32) -> u32 {
    match build_around(n).await {
        E::C { p, k } => { yield_now().await; observe(k); p.a + k }
        _ => 0,
    }
}
//@ args: take_held 6
async fn take_held(n: u32) -> u32 {
    let e = E::B(Pair { a: n, g: guard(n) });
    yield_now().await;
    match e {
        E::A(k) => k,
        E::B(x) => { observe(x.a); yield_now().await; x.a }
        E::C { .. } => 0,
    }
}
//@ args: in_loop 4
async fn in_loop(n: u32) -> u32 {
    let mut t = 0;
    let mut i = 0;
    while i < n {
        let e = if i > 1 { E::B(Pair { a: i, g: guard(i) }) } else { E::A(i) };
        yield_now().await;
        match e {
            E::B(x) => { t = t + x.a; }
            _ => {}
        }
        i = i + 1;
    }
    t
}
//@ args: opt_build 8
async fn opt_build(n: u32) -> Option<Pair> {
    yield_now().await;
    Some(Pair { a: n, g: guard(n) })
}
//@ args: opt_take 9
async fn opt_take(n: u32) -> u32 {
    let o = opt_build(n).await;
    yield_now().await;
    match o {
        Some(x) => x.a,
        None => 0,
    }
}
//@ args: opt_iflet 10
async fn opt_iflet(n: u32) -> u32 {
    let o = Some(Pair { a: n, g: guard(n) });
    yield_now().await;
    if let Some(x) = o { x.a } else { 0 }
}
//@ args: res_build 1
//@ args: res_build 3
async fn res_build(n: u32) -> Result<Pair, Pair> {
    yield_now().await;
    if n > 2 { Ok(Pair { a: n, g: guard(n) }) } else { Err(Pair { a: 0, g: guard(20) }) }
}
//@ args: res_take 1
//@ args: res_take 3
async fn res_take(n: u32) -> u32 {
    let r = res_build(n).await;
    match r {
        Ok(p) => p.a,
        Err(q) => { yield_now().await; q.a + 1 }
    }
}
//@ args: res_try 1
//@ args: res_try 3
async fn res_try(n: u32) -> Result<u32, Pair> {
    let p = res_build(n).await?;
    yield_now().await;
    Ok(p.a)
}
