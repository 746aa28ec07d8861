// PASS: merge-states
// must not fire: each arm writes its result into a different variable that is
// read after the join. rustc PR #162429 maps `b` to `a` (same type) and merges,
// so the second arm would write `a`. Here `a` and `b` are saved locals, live at
// the same time (across both awaits): they cannot be coalesced into one slot.
//@ args: handle 0
//@ args: handle 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn handle(cmd: u8) -> u32 {
    let mut a = 0;
    let mut b = 0;
    if cmd == 0 {
        a = send(1).await;
    } else {
        b = send(2).await;
    }
    a * 10 + b
}
