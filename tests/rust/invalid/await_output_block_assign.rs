// invalid (bc36): an async block's output holding a reference carries its by-reference capture's loan:
// q assigned while the output is still used is E0506
async fn f(n: u32) -> u32 {
    let mut q = n;
    let o = async { yield_now().await; Some(&q) }.await;
    q = 8; //~ ERROR [E0506] cannot assign to `q` because it is borrowed
    match o { Some(v) => *v, None => q }
}
