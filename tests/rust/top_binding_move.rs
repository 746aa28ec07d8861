// covers: a binding at the top of a pattern whose value is not Copy (tops28): the arm moves the whole
// scrutinee into it (`other =>`, `x @ G::B(_)`, or-patterns of top bindings, if let, while let, a guard),
// the drop of what is left and its drop flags when moved on one arm only, across awaits, and async
// blocks capturing the matched place by value (walk_pat: a binding by value of a non-Copy place consumes it)
enum G { A, B(Guard) }
struct P { a: u32, g: Guard }
fn eat(g: G) -> u32 { match g { G::A => 1, G::B(gd) => { let _k = gd; 2 } } }
fn mk(n: u32) -> G { if n == 0 { G::A } else { G::B(guard(n)) } }
//@ args: m1 0
//@ args: m1 1
async fn m1(n: u32) -> u32 {
    let g = mk(n);
    yield_now().await;
    match g {
        G::A => 3,
        other => eat(other),
    }
}
//@ args: m2 0
//@ args: m2 1
async fn m2(n: u32) -> u32 {
    let g = mk(n);
    yield_now().await;
    match g {
        x @ G::B(_) => { yield_now().await; eat(x) }
        G::A => 7,
    }
}
//@ args: m3 2
async fn m3(n: u32) -> u32 {
    let p = P { a: n, g: guard(n) };
    match p {
        q => { yield_now().await; q.a }
    }
}
//@ args: m4 0
//@ args: m4 3
async fn m4(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(guard(n)) };
    if let v @ Some(_) = o { yield_now().await; let _w = v; 1 } else { 2 }
}
struct Q { p: P, n: u32 }
//@ args: c1 0
//@ args: c1 1
async fn c1(n: u32) -> u32 {
    let g = mk(n);
    let b = async { yield_now().await; match g { G::A => 1, h => eat(h) } };
    b.await
}
//@ args: c2 0
//@ args: c2 4
async fn c2(n: u32) -> u32 {
    let q = Q { p: P { a: n, g: guard(n) }, n: 3 };
    let b = async move { yield_now().await; match q.p { r @ P { a: 0, .. } => r.a, _ => 7 } };
    b.await + 1
}
//@ args: c3 0
//@ args: c3 2
async fn c3(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(guard(n)) };
    yield_now().await;
    let r = match o { None => 0, s => { yield_now().await; let _d = s; 5 } };
    yield_now().await;
    r
}
//@ args: c4 1
//@ args: c4 2
async fn c4(n: u32) -> u32 {
    let q = Q { p: P { a: n, g: guard(n) }, n: 3 };
    let k = match q.p { r if n == 1 => r.a, _ => 9 };
    yield_now().await;
    k + q.n
}
//@ args: c5 0
//@ args: c5 3
async fn c5(n: u32) -> u32 {
    let mut o = if n == 0 { None } else { Some(guard(n)) };
    let mut c = 0;
    while let v @ Some(_) = o { yield_now().await; let _d = v; o = None; c += 1; }
    c
}
//@ args: c6 0
//@ args: c6 3
async fn c6(n: u32) -> u32 {
    let g = mk(n);
    match g { x @ G::A | x @ G::B(_) => { yield_now().await; eat(x) } }
}
enum W { A(u32, Guard) }
//@ args: c7 2
async fn c7(n: u32) -> u32 {
    let p = P { a: n, g: guard(n) };
    let w = W::A(n, guard(n + 1));
    let b = async { yield_now().await; let x = match p { q @ P { a: 2, .. } => q.a, _ => 1 }; match w { v => { let W::A(k, _g) = v; k + x } } };
    b.await
}
//@ args: c8 0
//@ args: c8 5
async fn c8(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(P { a: n, g: guard(n) }) };
    let b = async { yield_now().await; if let v @ Some(_) = o { yield_now().await; let _d = v; 1 } else { 2 } };
    b.await
}
fn isa(g: &G) -> bool { match *g { G::A => true, _ => false } }
//@ args: gd1 0
//@ args: gd1 2
async fn gd1(n: u32) -> u32 {
    let g = mk(n);
    yield_now().await;
    match g { x if isa(&g) => { let _d = x; 1 } _ => 2 }
}
//@ args: lp1 0
//@ args: lp1 2
async fn lp1(n: u32) -> u32 {
    let mut t = 0;
    let mut i = 0;
    while i < 3 {
        let g = mk(n + i);
        match g { G::A => t += 1, y => { let _d = y; t += 2; } }
        i += 1;
        yield_now().await;
    }
    t
}
struct Pg { a: u32, g: G }
//@ args: tmp1 0
//@ args: tmp1 2
async fn tmp1(n: u32) -> u32 {
    let a = match mk(n) { x => { yield_now().await; eat(x) } };
    let o = if n == 0 { None } else { Some(guard(n)) };
    let b = if let v @ Some(_) = o { let _d = v; 1 } else { let _q = o; 2 };
    let p = Pg { a: n, g: mk(n) };
    let c = match p.g { G::A => 0, h => { yield_now().await; eat(h) } };
    let d = p.a;
    let q = Pg { a: n, g: mk(n + 1) };
    let bk = async { yield_now().await; match q.g { G::A => 0, h => eat(h) } };
    a + b + c + d + bk.await
}
