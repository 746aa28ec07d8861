// covers: awaits in match arms with different futures (different callees) -> must not be merged
//@ args: handle 1
async fn a() -> u32 { yield_now().await; 1 }
async fn b(x: u64) -> u32 { yield_now().await; x as u32 }
async fn c() -> u32 { 3 }

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => a().await,
        1 => b(77).await,
        _ => c().await,
    }
}
