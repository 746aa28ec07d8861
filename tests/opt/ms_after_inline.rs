// PASS: inline-single-await,merge-states
// must fire (composition): one arm awaits `wrapped`, a pass-through to `send`,
// the other awaits `send` directly. Before the transform (rustc PR #162429's
// place) the futures have different types; after inline-single-await both arms
// await send's future and merge-states merges them.
//@ args: handle 0
//@ args: handle 1
async fn send(v: u32) -> u32 {
    yield_now().await;
    v
}

async fn wrapped(v: u32) -> u32 { send(v).await }

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => wrapped(1).await,
        _ => send(2).await,
    }
}
