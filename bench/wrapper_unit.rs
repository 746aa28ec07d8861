// pattern: unit-returning wrappers (LED on/off, flush) over one awaited operation, some with trailing observe
//@ args: led 1,true
//@ args: led_on 2
//@ args: led_off_logged 3
async fn led(n: u8, on: bool) {
    yield_now().await;
    let bit: u32 = if on { 1 } else { 0 };
    observe((n as u32) << 1 | bit);
}
async fn led_on(n: u8) { led(n, true).await }
async fn led_off_logged(n: u8) {
    led(n, false).await;
    observe(0xdead);
}
