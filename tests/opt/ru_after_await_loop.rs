// PASS: relocate-upvars-pack
// must not fire (issue 26 item 1): the block reads `limit` and `step` in a loop
// around its await, so they are live in its only Suspend state and in every
// byte of the first poll: moved into saved locals, they would need bytes
// beside the awaitee as they have now (not even the packed scheme gains).
//@ args: outer
async fn tick() -> u32 {
    yield_now().await;
    1
}

async fn outer() -> u32 {
    let limit = 3u32;
    let step = 2u32;
    let blk = async move {
        let mut t = 0u32;
        while t < limit {
            t += tick().await * step;
        }
        t
    };
    blk.await
}
