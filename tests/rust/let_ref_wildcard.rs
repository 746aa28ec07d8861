// covers (pat36): `let &_ = e;`, `let &&_ = e;`, `let &mut _ = e;` (a wildcard under a let's reference
// pattern: rustc mentions the initializer, `_4 = &_2; PlaceMention(_4); StorageDead(_4)`, and binds
// nothing; through a reference variable `PlaceMention(_5)` alone), a Guard behind `&mut _` not moved,
// in a sync fn, an async fn across awaits and an async block
fn l1(n: u32) -> u32 {
    let o = Some(n);
    let &_ = &o;
    let r = &o;
    let &_ = r;
    let &&_ = &r;
    let &_ = &&o;
    n + 1
}
fn l2(n: u32) -> u32 {
    let mut g = guard(n);
    let &mut _ = &mut g;
    let m = &mut g;
    let &mut _ = m;
    n + 2
}
//@ args: foo 3
//@ args: foo 0
async fn foo(n: u32) -> u32 {
    let mut g = guard(n);
    let o = if n > 1 { Some(n) } else { None };
    let &_ = &o;
    yield_now().await;
    let &mut _ = &mut g;
    let r = &o;
    let &_ = r;
    yield_now().await;
    let k = async { let &_ = &g; yield_now().await; n }.await;
    k + l1(n) + l2(n)
}
