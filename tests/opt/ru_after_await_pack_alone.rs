// PASS: relocate-upvars
// must not fire (issue 26 item 1): ru_after_await_pack.rs under relocate-upvars
// alone: `x` is live across two awaits, so its saved local would be promoted to
// the prefix by rustc's algorithm: no state gets smaller, the future keeps
// the upvar.
//@ args: outer
async fn big() -> u64 {
    let a = 1u64;
    let b = 2u64;
    let c = 3u64;
    yield_now().await;
    a + b + c
}

async fn outer() -> u64 {
    let x = 4u64;
    let blk = async move {
        yield_now().await;
        observe(x as u32);
        yield_now().await;
        let s = x + 1;
        s + big().await
    };
    blk.await
}
