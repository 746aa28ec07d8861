// pattern: DelayNs::delay_ms forwarding to delay_us forwarding to a timer future (scaling args on the way)
//@ args: timer_wait 3
//@ args: delay_us 2000
//@ args: delay_ms 2
async fn timer_wait(ticks: u64) {
    let mut t = 0u64;
    while t < ticks {
        yield_now().await;
        t += 1;
    }
}

async fn delay_us(us: u32) { timer_wait((us as u64) / 1000).await }

async fn delay_ms(ms: u32) { delay_us(ms * 1000).await }
