// covers (mref39): `match &r` (r a `&T`) whose only peeling arms are `&x` / `&_` (x is `*&r`, rustc's
// `_x = copy (*_2)`), beside a top binding `v =>` (the `&&T` itself) and `_`; `match rr { &x => .. }` on a
// `&&T`; a top binding `v =>` / `v @ Some(_)` beside peeling arms of `match &r` (r not `mut`: v is
// `&r`, rustc's `_v = copy _2`); `match &mut r` with r a `mut r: &mut T` (default binding mode `ref mut` through both layers,
// rustc's `_2 = &mut _1`, tests on `(*(*_2))`), `if let`, `while let`, a guard; mixed layers: `&&mut Some(x)` on `&&mut o`,
// `&mut &Some(x)` on `&mut &o`, `&mut &mut Some(x)` and default binding modes on `&mut &mut o` (the inner
// borrow matched, the written outer one rustc's scrutinee), a top binding beside them (`v =>`: the written
// outer borrow, `&&o`'s too, rustc's `_v = copy _4`); three reference layers over a `let`'s struct or
// variant pattern (`let &&&P { a, .. } = &&s;`, `&mut &mut &mut`, `& &mut &`); in an async block, across awaits and in async `&mut self` methods
enum St { Idle, Run { n: u32, k: u32 } }
struct P { a: u32, b: u32 }
enum One { V(u32) }
struct Dev { state: St, last: Option<u32> }
impl Dev {
    async fn poll(&mut self) -> u32 {
        let r = &self.last;
        yield_now().await;
        let a = match &r { &x => match x { Some(k) => *k, None => 0 } };
        yield_now().await;
        match &self.state { St::Run { n, k } => *n + *k + a, St::Idle => a }
    }
    async fn bump(&mut self) -> u32 {
        let mut r = &mut self.last;
        yield_now().await;
        let b = match &mut r { Some(v) if *v > 4 => { *v -= 1; *v } Some(v) => { *v += 2; yield_now().await; *v } None => 7 };
        match &mut self.state { St::Run { n, .. } => { *n += b; *n } St::Idle => b }
    }
}
fn mut_r(mut r: &mut Option<u32>) -> u32 { match &mut r { Some(x) => { *x += 1; *x } None => 0 } }
fn mut_r_st(mut r: &mut St) -> u32 {
    match &mut r { St::Run { n, k: 0 } => { *n += 3; *n } St::Run { k, .. } => { *k *= 2; *k } St::Idle => 1 }
}
fn mut_r_int(mut r: &mut u32) -> u32 { match &mut r { 0 => 9, 1..=5 => { *r += 1; *r } _ => 2 } }
fn mut_r_iflet(mut r: &mut Option<u32>) -> u32 { if let Some(x) = &mut r { *x += 2; *x } else { 0 } }
fn mut_r_while(mut r: &mut Option<u32>) -> u32 {
    let mut t = 0;
    while let Some(x) = &mut r { t += *x; if *x == 0 { *r = None; } else { *x -= 1; } }
    t
}
async fn mut_r_await(mut r: &mut Option<u32>) -> u32 {
    match &mut r { Some(x) => { yield_now().await; *x += 4; *x } None => { yield_now().await; 0 } }
}
fn amp_only(r: &Option<u32>) -> u32 { match &r { &x => match x { Some(k) => *k, None => 0 } } }
fn amp_only_int(r: &u32) -> u32 { match &r { &x => *x } }
fn amp_wild(r: &Option<u32>) -> u32 { match &r { &_ => 1 } }
fn amp_then_wild(r: &u32) -> u32 { match &r { &x => *x + 1, _ => 0 } }
fn amp_then_top(r: &u32) -> u32 { match &r { &_ => 2, v => **v } }
fn rr_amp(rr: &&u32) -> u32 { match rr { &x => *x * 2 } }
fn top_beside(r: &Option<u32>) -> u32 { match &r { Some(0) => 1, v => match *v { Some(k) => *k + 3, None => 4 } } }
fn top_at(r: &Option<u32>) -> u32 { match &r { None => 5, v @ Some(_) => match **v { Some(k) => k * 2, None => 0 } } }
fn top_int(r: &u32) -> u32 { match &r { 0..=2 => 6, w => **w + 10 } }
async fn top_await(r: &Option<u32>) -> u32 {
    match &r {
        Some(7) => 1,
        v => { yield_now().await; let q: &Option<u32> = *v; match q { Some(k) => *k, None => 8 } }
    }
}
fn mixed_shared_mut(n: u32) -> u32 { let mut o = Some(n); match &&mut o { &&mut Some(x) => x + 1, &&mut None => 0 } }
fn mixed_mut_shared(n: u32) -> u32 { let o = Some(n); match &mut &o { &mut &Some(0) => 9, &mut &Some(x) => x, _ => 0 } }
fn mixed_mut_mut(n: u32) -> u32 { let mut o = Some(n); match &mut &mut o { &mut &mut Some(x) if x > 2 => x, _ => 4 } }
fn mixed_ergo(n: u32) -> u32 {
    let mut o = Some(n);
    let a = match &mut &mut o { Some(x) => { *x += 1; *x } None => 0 };
    a + match o { Some(x) => x, None => 0 }
}
fn double_top(n: u32) -> u32 { let o = Some(n); match &&o { &&Some(0) => 1, v => match **v { Some(k) => k + 1, None => 0 } } }
fn mixed_top(n: u32) -> u32 { let mut o = Some(n); match &&mut o { &&mut Some(0) => 1, v => match **v { Some(k) => k + 2, None => 0 } } }
fn mixed_mut_top(n: u32) -> u32 {
    let mut o = Some(n);
    match &mut &mut o { Some(0) => 1, v @ Some(_) => match **v { Some(k) => k + 5, None => 0 }, None => 0 }
}
fn mixed_shared_top(n: u32) -> u32 { let o = Some(n); match &mut &o { &mut &None => 3, w => match **w { Some(k) => k, None => 0 } } }
fn mixed_ergo_shared(n: u32) -> u32 { let o = Some(n); match &mut &o { Some(x) => *x * 3, None => 1 } }
async fn mixed_await(n: u32) -> u32 {
    let mut o = Some(n);
    let mut s = St::Run { n, k: 1 };
    yield_now().await;
    let a = match &&mut o { &&mut Some(0) => 1, &&mut Some(x) => { yield_now().await; x } &&mut None => 0 };
    let b = match &mut &mut s { St::Run { n, k } => { *k += *n; yield_now().await; *k } St::Idle => 0 };
    a + b
}
fn three(s: &P) -> u32 { let &&&P { a, .. } = &&s; a }
fn three_var(s: &P) -> u32 { let rr = &s; let &&&P { a, b } = &rr; a + b }
fn three_mut(mut s: P) -> u32 { let mut r = &mut s; let &mut &mut &mut P { ref mut a, .. } = &mut &mut r; *a += 1; *a + s.b }
fn three_mixed(s: P) -> u32 { let mut r = &s; let & &mut &P { b, .. } = &&mut r; b }
fn three_variant(e: &One) -> u32 { let &&&One::V(v) = &&e; v }
async fn three_await(s: &P) -> u32 {
    let rr = &s;
    yield_now().await;
    let &&&P { a, b } = &rr;
    yield_now().await;
    a * b
}
async fn in_block(n: u32) -> u32 {
    let o = Some(n);
    let mut m = Some(n + 1);
    let f = async {
        let r = &o;
        let mut q = &mut m;
        let a = match &r { Some(0) => 1, v => match *v { Some(k) => *k, None => 2 } };
        let b = match &r { &x => match x { Some(k) => *k + 1, None => 0 } };
        yield_now().await;
        let c = match &mut q { Some(k) => { *k += 1; *k } None => 0 };
        let mut p = Some(a);
        let d = match &&mut p { &&mut Some(x) => x, &&mut None => 0 };
        a + b + c + d
    };
    f.await
}
async fn amp_await(r: &Option<u32>) -> u32 {
    match &r {
        &x => { yield_now().await; match x { Some(k) => *k + 1, None => 5 } }
    }
}
async fn foo(n: u32) -> u32 {
    let mut d = Dev { state: St::Idle, last: Some(n) };
    let mut t = d.poll().await;
    d.state = St::Run { n: 2, k: n };
    t += d.poll().await;
    let o = Some(n + 1);
    let m = n * 3;
    let mr = &m;
    t += amp_only(&o) + amp_only(&None) + amp_only_int(&n) + amp_wild(&o) + amp_then_wild(&m) + amp_then_top(&n);
    t += rr_amp(&mr) + amp_await(&o).await + amp_await(&None).await;
    t += d.bump().await + d.bump().await;
    t += top_beside(&o) + top_beside(&Some(0)) + top_beside(&None) + top_at(&o) + top_at(&None) + top_int(&n) + top_int(&m);
    t += mixed_shared_mut(n) + mixed_mut_shared(n) + mixed_mut_shared(0) + mixed_mut_mut(n) + mixed_ergo(n) + mixed_ergo_shared(n);
    t += mixed_await(n).await;
    t += double_top(n) + double_top(0) + mixed_top(n) + mixed_top(0) + mixed_mut_top(n) + mixed_mut_top(0) + mixed_shared_top(n);
    let pp = P { a: n, b: 2 };
    t += three(&pp) + three_var(&pp) + three_mut(P { a: n, b: 3 }) + three_mixed(P { a: 1, b: n }) + three_variant(&One::V(n));
    t += three_await(&pp).await + in_block(n).await;
    t += top_await(&o).await + top_await(&None).await + top_await(&Some(7)).await;
    let mut p = Some(n);
    let mut q: Option<u32> = None;
    let mut st = St::Run { n, k: 0 };
    let mut u = n;
    t += mut_r(&mut p) + mut_r(&mut q) + mut_r_st(&mut st) + mut_r_st(&mut st) + mut_r_int(&mut u) + mut_r_int(&mut u);
    t += mut_r_iflet(&mut p) + mut_r_while(&mut p) + mut_r_await(&mut q).await;
    q = Some(1);
    t += mut_r_await(&mut q).await;
    t
}
//@ args: foo 0
//@ args: foo 3
//@ args: foo 7
