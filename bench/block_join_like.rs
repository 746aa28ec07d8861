// pattern: two sensor reads prepared as async blocks, awaited one after the other (a join without a combinator)
//@ args: read 1
async fn read(ch: u8) -> u16 { yield_now().await; ch as u16 * 100 }

async fn both() -> u32 {
    let a = async { read(1).await };
    let b = async { read(2).await };
    let x = a.await;
    let y = b.await;
    x as u32 + y as u32
}
