// PASS: merge-states
// must fire: each arm awaits twice (send, then ack) and the arms do not join
// between the awaits; both pairs of states merge at once (4 -> 2).
//@ args: handle 0
//@ args: handle 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn ack() { yield_now().await; }

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => {
            let r = send(1).await;
            ack().await;
            r
        }
        _ => {
            let r = send(2).await;
            ack().await;
            r
        }
    }
}
