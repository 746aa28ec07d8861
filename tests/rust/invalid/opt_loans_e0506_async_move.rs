// invalid (optloan35): an Option<&u32> moved into an async block, the block awaited later (E0506)
async fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let o = Some(&y);
    let b = async move { match o { Some(r) => *r, None => 0 } };
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    b.await
}
