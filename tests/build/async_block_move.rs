// covers: async move blocks capturing by value, awaited directly and let-bound
async fn mover(x: u32) -> u32 {
    let y = x + 1;
    let a = async move { yield_now().await; y * 2 }.await;
    let fut = async move { x + 3 };
    let b = fut.await;
    a + b
}
