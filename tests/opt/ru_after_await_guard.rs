// PASS: relocate-upvars
// must fire (issue 26 item 1): two captured Guards (drop glue) that the block
// moves out after its first await. `g` is relocated: the drop shim drops it
// from the upvar when the block is dropped before its first poll, and from the
// saved local it was moved into when dropped in Suspend0 (its drop flag set);
// in Suspend1 it is moved out (flag clear), so big()'s future reuses its bytes:
// 48 -> 40. `k` stays: relocating it too gains nothing (`k`, the two drop
// flags and the tag fill the 8 bytes before the variants either way).
// `check` cancels the future after every poll.
//@ args: outer 5,6
async fn big() -> u64 {
    let a = 1u64;
    let b = 2u64;
    let c = 3u64;
    yield_now().await;
    a + b + c
}

async fn outer(v: u32, w: u32) -> u64 {
    let g = guard(v);
    let k = guard(w);
    let blk = async move {
        yield_now().await;
        {
            let _h = g;
            let _j = k;
            observe(2);
        }
        big().await
    };
    blk.await
}
