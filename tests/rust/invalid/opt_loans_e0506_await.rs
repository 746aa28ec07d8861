// invalid (optloan35): an Option<&u32> held across an await (E0506)
async fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    yield_now().await;
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    match o { Some(r) => *r, None => 0 }
}
