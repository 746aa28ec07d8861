// invalid: two `&mut` of one place live at once, across an await (E0499)
async fn f(x: u32) -> u32 {
    let mut v = x;
    let a = &mut v;
    yield_now().await;
    let b = &mut v; //~ ERROR [E0499] cannot borrow `v` as mutable more than once at a time
    *b += 1;
    *a += 1;
    v
}
