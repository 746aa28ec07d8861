// covers: awaits in if/else arms with different futures, else-if chains
//@ args: pick 2
async fn small() -> u8 { yield_now().await; 1 }
async fn big() -> u64 { yield_now().await; yield_now().await; 2 }

async fn pick(x: u32) -> u64 {
    if x == 0 {
        small().await as u64
    } else if x == 1 {
        big().await
    } else {
        yield_now().await;
        3
    }
}
