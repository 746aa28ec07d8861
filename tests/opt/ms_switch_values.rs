// PASS: merge-states
// must not fire: the continuations differ only in a switch value (`0 =>` vs
// `1 =>`). rustc PR #162429 compares SwitchInt terminators without their values
// and would merge these, after which handle(1) returns 6 (arm 0's continuation
// on send's result 1) instead of 5.
//@ args: handle 0
//@ args: handle 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => match send(1).await {
            0 => 5,
            _ => 6,
        },
        _ => match send(1).await {
            1 => 5,
            _ => 6,
        },
    }
}
