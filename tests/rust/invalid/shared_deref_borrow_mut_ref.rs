// invalid (bcj39): a borrow of `*r` through a `&mut` reference is tracked (only a shared reference's
// place is not): `&mut r` while it is live is E0502
async fn foo(n: u32) -> u32 {
    let mut y = n + 1;
    let mut z = n + 2;
    let mut r = &mut y;
    let b = &*r;
    let m = &mut r; //~ ERROR [E0502] cannot borrow `r` as mutable because it is also borrowed as immutable
    *m = &mut z;
    yield_now().await;
    *b + *r
}
