// invalid: reading a place while a `&mut` of it held across an await is used later (E0503)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let m = &mut v;
    yield_now().await;
    let copy = v; //~ ERROR [E0503] cannot use `v` because it was mutably borrowed
    *m += 1;
    copy
}
