// covers: non-move async blocks capturing by shared and by mutable reference
async fn borrower(x: u32) -> u32 {
    let mut count = 0;
    let y = x * 2;
    let r = async { yield_now().await; y + 1 }.await;
    async { count += r; }.await;
    count + y
}
