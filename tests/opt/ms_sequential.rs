// PASS: merge-states
// must not fire: two awaits in sequence have different continuations (after the
// first comes the second).
//@ args: both 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn both(x: u32) -> u32 {
    let a = send(x).await;
    let b = send(x).await;
    a + b
}
