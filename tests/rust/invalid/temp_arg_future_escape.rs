// invalid: an async fn's future holding a borrow of a statement's temporary (`h(&mk(n))`), awaited in a
// later statement: the temporary is dropped at the end of the `let` (rustc E0716 at the temporary; tempref36)
fn mk(n: u32) -> u32 { n + 1 }
async fn h(r: &u32) -> u32 { yield_now().await; *r }
async fn f(n: u32) -> u32 {
    let fut = h(&mk(n)); //~ ERROR [E0716] temporary value dropped while borrowed
    fut.await + n
}
