// invalid (bc37): an `async move` block's tail await returning a borrow of its captured n: E0597
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
fn mk(n: u32) -> u32 { n + 1 }
async fn g(n: u32) -> u32 {
    let f = async move { keep(Some(&n)).await }; //~ ERROR [E0597] `n` does not live long enough
    match f.await { Some(v) => *v, None => 0 }
}
