// invalid (optloan35): an Option<&u32> captured by reference by an async block (E0506)
async fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    let b = async { yield_now().await; match o { Some(r) => *r, None => 0 } };
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    b.await
}
