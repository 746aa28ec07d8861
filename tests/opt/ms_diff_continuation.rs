// PASS: merge-states
// must not fire: the same future in both arms, but each arm continues
// differently before the join (observe(1) vs observe(2)).
//@ args: handle 0
//@ args: handle 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => {
            let r = send(1).await;
            observe(1);
            r
        }
        _ => {
            let r = send(2).await;
            observe(2);
            r
        }
    }
}
