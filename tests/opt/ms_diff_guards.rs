// PASS: merge-states
// must not fire: a guard lives across the first arm's await only; merging would
// make a drop of the future in that state drop a guard the other arm never had.
//@ args: handle 0
//@ args: handle 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => {
            let _g = guard(7);
            send(1).await
        }
        _ => send(2).await,
    }
}
