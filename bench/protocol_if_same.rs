// pattern: ack/nack reply via if/else with the same callee in both arms
//@ args: reply 1
//@ args: on_frame 12,true
async fn reply(code: u8) -> u8 { yield_now().await; code }

async fn on_frame(len: u8, crc_ok: bool) -> u8 {
    if crc_ok && len > 4 {
        reply(0x06).await
    } else {
        reply(0x15).await
    }
}
