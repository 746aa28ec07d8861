// PASS: merge-states
// must fire: the arms compute their arguments differently (an upvar, a sum, a
// constant); only what runs after the future is built is compared.
//@ args: route 0,5
//@ args: route 1,5
//@ args: route 2,5
async fn send(v: u32, w: u32) -> u32 {
    yield_now().await;
    v + w
}

async fn route(cmd: u8, x: u32) -> u32 {
    match cmd {
        0 => send(x, 1).await,
        1 => send(x + 10, x).await,
        _ => send(3, 4).await,
    }
}
