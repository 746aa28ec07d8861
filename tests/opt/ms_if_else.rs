// PASS: merge-states
// must fire: if/else arms are the same case as match arms; the join continues
// with `r * 2`.
//@ args: pick true
//@ args: pick false
async fn send(v: u32) -> u32 {
    yield_now().await;
    v + 1
}

async fn pick(flag: bool) -> u32 {
    let r = if flag { send(10).await } else { send(20).await };
    r * 2
}
