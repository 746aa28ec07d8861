// pattern: await-free "trait impl" fns returning constants (error kinds, capabilities, max transfer sizes)
async fn error_kind() -> u8 { 3 }
async fn max_transfer() -> u32 { 255 }
async fn supports_dma() -> bool { false }
async fn reset() {}

async fn probe() -> u32 {
    reset().await;
    let k = error_kind().await;
    if supports_dma().await { max_transfer().await } else { k as u32 }
}
