// PASS: inline-single-await
// FLAGS: --release
// must fire (form A with a preamble): in a release build `ms * 1000` cannot panic,
// so computing delay_us's argument has no observable effect and moves into
// delay_ms's constructor: delay_ms(ms) is delay_us(ms * 1000)'s future.
//@ args: delay_ms 2
async fn timer_wait(ticks: u32) {
    let mut t = 0u32;
    while t < ticks {
        yield_now().await;
        t += 1;
    }
}

async fn delay_us(us: u32) { timer_wait(us / 1000).await }

async fn delay_ms(ms: u32) { delay_us(ms * 1000).await }
