// covers: several u64 locals live across several awaits (largest variant decides the size), locals dead before later awaits
async fn big() -> u64 {
    let a: u64 = 1;
    let b: u64 = 2;
    yield_now().await;
    let c: u64 = a + b;
    yield_now().await;
    let d: u64 = c * 2;
    let e: u64 = d + a;
    yield_now().await;
    e + b
}

async fn shrink() -> u64 {
    let a: u64 = 1;
    let b: u64 = 2;
    yield_now().await;
    let s = a + b;
    yield_now().await;
    yield_now().await;
    s
}
