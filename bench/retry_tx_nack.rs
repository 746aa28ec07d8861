// pattern: radio transmit with NACK retries; a guard (radio power) held across all retries
//@ args: tx 1,2
//@ args: send 7
async fn tx(frame: u32, n: u8) -> bool { yield_now().await; n > 1 || frame == 0 }

async fn send(frame: u32) -> u8 {
    let _pwr = guard(0xaa);
    let mut n = 0u8;
    while n < 4 {
        if tx(frame, n).await {
            break;
        }
        n += 1;
        yield_now().await;
    }
    n
}
