// PASS: inline-single-await
// FLAGS: --release
// must fire (form B): a preamble and a postamble around the only await. Two live
// states remain, Unresumed{x} and Suspend0{leaf's future}: the Returned state, its
// assert arm and the drop of leaf's finished future after Ready go. Release build (no overflow checks):
// nothing but leaf can panic, so the Panicked state goes too and the state becomes
// Suspend0 as soon as leaf's future is stored.
//@ args: pre_post 4
async fn leaf(v: u32) -> u32 {
    yield_now().await;
    v * 3
}

async fn pre_post(x: u32) -> u32 {
    let y = x + 1;
    let r = leaf(y).await;
    r * 2
}
