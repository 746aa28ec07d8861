// PASS: relocate-upvars-pack
// must fire (issue 26 item 1, the packed scheme): the block reads `x` after
// its first and its second await, so its saved local is in Suspend0 and
// Suspend1, where rustc's algorithm promotes it to the prefix (no gain, and
// relocate-upvars alone does not fire: ru_after_await_pack_alone.rs); packed by
// the conflicts, the third await's future reuses its bytes.
//@ args: outer 9
async fn big() -> u64 {
    let a = 1u64;
    let b = 2u64;
    let c = 3u64;
    yield_now().await;
    a + b + c
}

async fn outer(x: u64) -> u64 {
    let blk = async move {
        yield_now().await;
        observe(x as u32);
        yield_now().await;
        let s = x + 1;
        s + big().await
    };
    blk.await
}
