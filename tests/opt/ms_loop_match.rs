// PASS: merge-states
// must fire: the arms' awaits are inside a loop. The lockstep walk stops at the
// first block both arms reach (the match's join), so the way back around the
// loop, which leads into the other arm, is never compared.
//@ args: pump 4
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn pump(n: u32) -> u32 {
    let mut i = 0;
    let mut acc = 0;
    while i < n {
        let r = match i % 2 {
            0 => send(i).await,
            _ => send(i + 100).await,
        };
        acc += r;
        i += 1;
    }
    acc
}
