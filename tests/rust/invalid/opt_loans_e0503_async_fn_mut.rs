// invalid (optloan35): an async fn future holding `Some(&mut y)` (E0503)
async fn g(o: Option<&mut u32>) -> u32 { yield_now().await; match o { Some(r) => { *r += 1; *r } None => 0 } }
async fn f(n: u32) -> u32 {
    let mut y = 1u32;
    let fut = g(Some(&mut y));
    let k = y; //~ ERROR [E0503] cannot use `y` because it was mutably borrowed
    fut.await + k
}
