// invalid: inside an async block, a future holding a borrow of a statement's temporary awaited in a later
// statement of the block (rustc E0716 at the temporary; tempref36)
fn mk(n: u32) -> u32 { n + 1 }
async fn h(r: &u32) -> u32 { yield_now().await; *r }
async fn f(n: u32) -> u32 {
    let b = async move {
        let fut = h(&mk(n)); //~ ERROR [E0716] temporary value dropped while borrowed
        fut.await
    };
    b.await
}
