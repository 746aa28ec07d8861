// covers: async fn parameters copied into locals, a param live across an await, the constructor fn
async fn inner(x: u32) -> u32 { yield_now().await; x }
async fn wrapper(x: u32, y: u64) -> u64 {
    let r = inner(x).await;
    (r as u64) + y
}
