// pattern: retry with exponential backoff: the backoff delay is a loop of yield_now, u64 timestamps live across awaits
//@ args: sleep_ticks 2
//@ args: connect 3
async fn sleep_ticks(n: u32) {
    let mut i = 0;
    while i < n {
        yield_now().await;
        i += 1;
    }
}

async fn attempt(k: u32) -> bool { yield_now().await; k >= 2 }

async fn connect(max: u32) -> u64 {
    let start: u64 = 1000;
    let mut backoff = 1u32;
    let mut k = 0u32;
    while k < max {
        if attempt(k).await {
            return start + (k as u64);
        }
        sleep_ticks(backoff).await;
        backoff *= 2;
        k += 1;
    }
    0
}
