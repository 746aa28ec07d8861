// pattern: command dispatcher: every arm awaits the same callee with different args (merge-states candidate)
//@ args: send_response 1,2
//@ args: handle 3
async fn send_response(code: u8, value: u16) -> u32 {
    yield_now().await;
    ((code as u32) << 16) | (value as u32)
}

async fn handle(function: u8) -> u32 {
    match function {
        0x01 => send_response(0x01, 0x00ff).await,
        0x03 => send_response(0x03, 0x1234).await,
        0x05 => send_response(0x05, 0xff00).await,
        0x06 => send_response(0x06, 0x0001).await,
        0x10 => send_response(0x10, 0x0002).await,
        _ => send_response(0x80 | function, 0x0001).await,
    }
}
