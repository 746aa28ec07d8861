// covers: a future moved on one path only (drop flags), awaited later
async fn val(x: u32) -> u32 { yield_now().await; x }
async fn maybe(x: u32, f: bool) -> u32 {
    let fut = val(x);
    let mut r = 0;
    if f {
        r = fut.await;
    }
    r
}
