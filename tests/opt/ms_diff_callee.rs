// PASS: merge-states
// must not fire: the arms await futures of different types (different callees).
//@ args: handle 0
//@ args: handle 1
async fn a(x: u32) -> u32 { yield_now().await; x }
async fn b(x: u32) -> u32 { yield_now().await; x + 1 }

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => a(1).await,
        _ => b(2).await,
    }
}
