// invalid: an async fn's future holding a borrow of a statement's temporary, never awaited: dropping it at
// the end of the block may use the borrow (dropck; rustc E0716 at the temporary; tempref36)
fn mkg(n: u32) -> Guard { guard(n) }
async fn hg(r: &Guard) -> u32 { yield_now().await; 1 }
async fn f(n: u32) -> u32 {
    let fut = hg(&mkg(n)); //~ ERROR [E0716] temporary value dropped while borrowed
    n
}
