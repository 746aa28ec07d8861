// PASS: relocate-upvars
// must fire: rust-lang/rust#108906, `async move { foo.await }`: the block's only
// capture, a future, moves into `__awaitee` at the first poll; rustc keeps the
// capture in the prefix beside the awaitee (twice the future). Relocated, the
// capture shares bytes with the awaitee. The async fn's argument goes too.
//@ args: wrap 4
async fn wrap(x: u64) -> u64 {
    let foo = async move {
        let a = x + 1;
        yield_now().await;
        a
    };
    let bar = async move { foo.await };
    bar.await
}
