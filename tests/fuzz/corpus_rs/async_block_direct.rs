// covers: async blocks awaited directly, move and non-move
//@ args: direct 3
async fn direct(x: u32) -> u32 {
    let a = async { yield_now().await; 1u32 }.await;
    let b = async move { yield_now().await; x + 1 }.await;
    a + b
}
