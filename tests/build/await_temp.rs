// covers: a temporary computed before an await in the same expression (`a + f().await`)
async fn val(x: u32) -> u32 { yield_now().await; x }
async fn sum(a: u32) -> u32 {
    a + val(a).await + 1
}
