// covers: let-bound await results that stay live across later awaits
async fn val(n: u32) -> u32 { yield_now().await; n }

async fn three() -> u32 {
    let a = val(1).await;
    let b = val(2).await;
    let c = val(3).await;
    a + b * c
}

async fn typed() -> u64 {
    let a: u32 = val(5).await;
    let b: u64 = val(6).await as u64;
    (a as u64) + b
}
