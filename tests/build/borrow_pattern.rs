// issue 22 (pmove26): what rustc 1.95 accepts of a pattern's accesses while a borrow is live: `_` and `..`
// read nothing, a binding reads or moves only its field, a test only its field, a shared borrow
// allows copies and discriminant reads, a test made on the way to other arms only (test_not_on_path)
struct S { k: u32, n: u32, g: Guard }
enum E { A(u32, Guard), B }
enum W { A(u32, Guard) }
fn rest_only(mut s: S) {
    let r = &mut s;
    let S { .. } = s;
    r.k = 1;
}
fn wild_fields(mut w: W) {
    let r = &mut w;
    let W::A(_, _) = w;
    let q = r;
}
fn other_field(mut s: S) {
    let r = &mut s.n;
    let S { k, .. } = s;
    *r = k;
}
fn shared_copy(s: S) {
    let r = &s.k;
    let S { k, n, .. } = s;
    observe(*r + k + n);
}
fn move_other(s: S) {
    let r = &s.k;
    let S { g, .. } = s;
    observe(*r);
}
fn last_use_before(w: W) {
    let r = &w;
    let q = r;
    let W::A(k, g) = w;
    observe(k);
}
fn test_not_on_path(mut s: S, c: u32) {
    let r = &mut s.n;
    match s {
        S { k: 0, .. } => *r = c,
        S { n: 1, .. } => observe(1),
        _ => observe(2),
    }
}
fn enum_discr_shared(e: E) {
    let r = &e;
    match e { E::A(k, _) => observe(k), E::B => {} }
    let q = r;
}
fn reborrowed_loop(c: bool) {
    let mut w = W::A(1, guard(2));
    let mut r = &w;
    loop {
        let q = r;
        let W::A(k, g) = w;
        w = W::A(k, g);
        r = &w;
        if c { break; }
    }
}
async fn across_await(mut s: S) -> u32 {
    let r = &mut s.n;
    yield_now().await;
    let S { k, .. } = s;
    yield_now().await;
    *r = k;
    k
}
fn test_other_field(mut s: S) {
    let r = &mut s.n;
    match s {
        S { k: 0, .. } => observe(1),
        _ => observe(2),
    }
    *r = 3;
}
fn iflet_moved_after_last_use(e: E) {
    let r = &e;
    let q = r;
    if let E::A(k, g) = e { observe(k); }
}
fn deref_other_field(mut s: S) {
    let p = &mut s;
    let r = &mut p.n;
    let S { k, .. } = *p;
    *r = k;
}
