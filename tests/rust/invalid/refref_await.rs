// invalid (loan34): a `&&u32` held across an await
async fn foo(n: u32) -> u32 {
    let mut y = n;
    let r = &y;
    let rr = &r;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    yield_now().await;
    **rr
}
