// covers: awaits in match arms with identical futures (same callee, different args) -> merge-states candidate
//@ args: send 1
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
        2 | 3 => send(789).await,
        _ => send(0).await,
    }
}
