// covers: borrowing a statement's temporary (tempref36): `g(&mk(n))`, `g(&(x + 1))`, `gm(&mut mk(n))`,
// `s.m(&mk(y))`, `g(&S { a: z }.a)`, `g(&g(&mk(n)))` as call and method arguments, in `let x = ..;`,
// assignments, conditions of `if` / `while`, a match scrutinee, an `if let`, a block's tail, a return; as
// await operands (`h(&mk(n)).await`, `hg(&mkg(n)).await`, `hm(&mut mkg(n)).await`): rustc's temporary
// local, StorageLive, the borrow, drop and StorageDead at the end of the enclosing statement (the end of
// the condition in `if` / `while`); a Guard temporary held across the await is saved in the coroutine
struct P { a: u32, g: Guard }
struct S { a: u32 }
struct T(u32, u32);
impl P {
    fn get(&self, r: &u32) -> u32 { self.a + *r }
    fn bump(&mut self, r: &mut Guard) -> u32 { self.a += 1; self.a }
}
impl S {
    fn m(&self, r: &u32) -> u32 { self.a + *r }
    async fn am(&self, r: &u32) -> u32 { yield_now().await; self.a + *r }
}
fn mk(n: u32) -> u32 { n + 1 }
fn mkt(n: u32) -> T { T(n, n + 2) }
fn mkg(n: u32) -> Guard { guard(n) }
fn mkp(n: u32) -> P { P { a: n, g: guard(n) } }
fn g(r: &u32) -> u32 { *r }
fn gg(r: &Guard) -> u32 { 3 }
fn gm(r: &mut u32) -> u32 { *r += 1; *r }
fn g8(r: &u8) -> u32 { *r as u32 }
fn opt(r: &u32) -> Option<u32> { if *r > 2 { Some(*r) } else { None } }
fn cond(r: &Guard, n: u32) -> bool { n > 1 }
async fn h(r: &u32) -> u32 { yield_now().await; *r }
async fn hg(r: &Guard) -> u32 { yield_now().await; 1 }
async fn hm(r: &mut Guard) -> u32 { yield_now().await; 2 }
fn calls(n: u32) -> u32 {
    let x = g(&mk(n));
    let y = g(&(x + 1)) + gm(&mut mk(n));
    let s = S { a: n };
    let z = s.m(&mk(y));
    g(&S { a: z }.a) + gg(&mkg(n)) + g(&g(&mk(n))) + g8(&(n as u8)) + g(&!n)
}
//@ args: awaits 2
//@ args: awaits 5
async fn awaits(n: u32) -> u32 {
    let a = h(&mk(n)).await;
    let b = hg(&mkg(n)).await + h(&(a + 1)).await;
    let s = S { a: b };
    let c = s.am(&mk(a)).await;
    a + b + c + calls(n)
}
//@ args: ctl 3
//@ args: ctl 1
async fn ctl(n: u32) -> u32 {
    let mut t = 0;
    if cond(&mkg(n), n) { t += 1; } else { t += 2; }
    let mut i = 0;
    while cond(&mkg(i), n - i) { i += 1; t += gg(&mkg(i)); }
    match opt(&mk(n)) { Some(v) => { t += v; } None => { t += hg(&mkg(n)).await; } }
    if let Some(v) = opt(&(n + t)) { t += v; }
    t += { gg(&mkg(n)) };
    t = g(&mkt(t).1) + t;
    let v = { let q = 3; hg(&mkg(q)).await + g(&mk(q)) };
    let w = mkp(n).get(&mk(n));
    let mut p = mkp(n);
    let u = p.bump(&mut mkg(n));
    t + v + w + u + hm(&mut mkg(n)).await
}
//@ args: blocks 2
//@ args: blocks 7
async fn blocks(n: u32) -> u32 {
    let a = async move { hg(&mkg(n)).await + h(&mk(n)).await };
    let b = async { let k = gg(&mkg(n)); yield_now().await; k };
    let c = a.await + b.await;
    if n > 5 { return hg(&mkg(c)).await; }
    c + T(g(&mk(c)), 1).0
}
fn id(o: Option<&u32>) -> Option<&u32> { o }
//@ args: loans 3
async fn loans(n: u32) -> u32 {
    let y = 4;
    let mut o = Some(&y);
    let k = if let Some(r) = id(Some(&mk(n))) { *r } else { 0 };
    o = id(Some(&mk(k)));
    let fut = h(&y);
    let t = fut.await + h(&mk(k)).await;
    o = Some(&y);
    let e = if let Some(r) = o { *r } else { 0 };
    t + e + k
}
fn mko(n: u32) -> Option<u32> { if n > 2 { Some(n) } else { None } }
//@ args: scrutinees 3
//@ args: scrutinees 1
async fn scrutinees(n: u32) -> u32 {
    let a = match &mko(n) { Some(x) => *x, None => 0 };
    let b = if let Some(x) = &mko(n + 1) { yield_now().await; *x } else { 1 };
    let c = match &mkp(n) { P { a, .. } => *a };
    let d = g(&mkp(n).a);
    a + b + c + d
}
async fn h2(r: &u32, k: u32) -> u32 { yield_now().await; *r + k }
//@ args: nested 4
async fn nested(n: u32) -> u32 {
    let v = g(&mk(n)) + { let q = h(&mk(n)).await; q };
    let w = h2(&mk(n), { let q = g(&mk(v)); let fut = h(&q); fut.await }).await;
    let mut t = 0;
    let mut i = 0;
    while i < n {
        let fut = h2(&i, mk(i));
        t += fut.await + h2(&mkt(i).0, { let z = hg(&mkg(i)).await; z }).await;
        i += 1;
    }
    v + w + t
}
