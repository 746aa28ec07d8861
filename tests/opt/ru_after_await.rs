// PASS: relocate-upvars
// must fire (issue 26 item 1): the async move block reads its captures `x` and
// `y` after its first await, then awaits a bigger future. rustc keeps both in
// the prefix, alive in every state; relocated, the prologue moves them into
// saved locals of Suspend0 only (the state across which they are live), and
// Suspend1's `s` and `big`'s future reuse their bytes: 72 -> 56 bytes
// (`outer`: 88 -> 72).
//@ args: outer 3,4
async fn big() -> u64 {
    let a = 1u64;
    let b = 2u64;
    let c = 3u64;
    let d = 4u64;
    yield_now().await;
    a + b + c + d
}

async fn outer(x: u64, y: u64) -> u64 {
    let blk = async move {
        yield_now().await;
        let s = x + y;
        let r = big().await;
        s + r
    };
    blk.await
}
