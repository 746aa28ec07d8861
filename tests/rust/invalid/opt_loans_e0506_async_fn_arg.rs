// invalid (optloan35): an async fn future holding an Option<&u32> argument (E0506)
async fn g(o: Option<&u32>) -> u32 { yield_now().await; match o { Some(r) => *r, None => 0 } }
async fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let fut = g(Some(&y));
    y = 2; //~ ERROR [E0506] cannot assign to `y` because it is borrowed
    fut.await
}
