// PASS: merge-states
// must fire: two match arms await the same kind of future with different
// arguments; Suspend1 merges into Suspend0 and its saved future into _s0.
//@ args: send 1
//@ args: handle 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => send(123).await,
        _ => send(456).await,
    }
}
