// pattern: retry loop around a fallible bus transaction with a bounded attempt counter
//@ args: try_read 2
//@ args: read_with_retry 5
async fn try_read(attempt: u8) -> u32 {
    yield_now().await;
    if attempt < 2 { 0 } else { 0xab }
}

async fn read_with_retry(max: u8) -> u32 {
    let mut attempt = 0u8;
    loop {
        let v = try_read(attempt).await;
        if v != 0 {
            return v;
        }
        attempt += 1;
        if attempt >= max {
            return 0;
        }
    }
}
