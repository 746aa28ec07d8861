// pattern: USB control request handler: same data-stage callee in each arm, identical futures, status stage after the match
//@ args: ep0_write 1,2
//@ args: control 6,256
async fn ep0_write(kind: u16, len: u16) -> u16 { yield_now().await; kind + len }
async fn ep0_status() { yield_now().await; }

async fn control(request: u8, value: u16) -> u16 {
    let sent = match request {
        0x00 => ep0_write(0, 2).await,
        0x06 => ep0_write(value >> 8, 18).await,
        0x08 => ep0_write(1, 1).await,
        0x0a => ep0_write(2, 1).await,
        _ => 0,
    };
    ep0_status().await;
    sent
}
