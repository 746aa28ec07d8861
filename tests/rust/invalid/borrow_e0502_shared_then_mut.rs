// invalid: `&mut` while a shared borrow held across an await is still used (E0502)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let r = &v;
    yield_now().await;
    let m = &mut v; //~ ERROR [E0502] cannot borrow `v` as mutable because it is also borrowed as immutable
    *m += 1;
    *r
}
