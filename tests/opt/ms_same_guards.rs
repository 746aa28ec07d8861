// PASS: merge-states
// must fire: both arms hold a guard of the same type across the same kind of
// await; the guards' values differ but live in the coalesced slot, and both
// arms drop theirs at the same point, so drop order does not change.
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
        _ => {
            let _g = guard(8);
            send(2).await
        }
    }
}
