// PASS: merge-states
// must fire: the proposal's example, three arms, three Suspend states -> one.
//@ args: handle 0
//@ args: handle 1
//@ args: handle 2
async fn send(v: u32) -> u32 {
    yield_now().await;
    observe(v);
    v
}

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => send(123).await,
        1 => send(456).await,
        _ => send(7).await,
    }
}
