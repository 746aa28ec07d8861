// pattern: shared-bus wrapper that holds a lock guard across the inner await (not inlinable as-is)
//@ args: raw_read 1
//@ args: locked_read 2
async fn raw_read(r: u8) -> u16 { yield_now().await; (r as u16) * 2 }

async fn locked_read(r: u8) -> u16 {
    let _lock = guard(0x10c);
    raw_read(r).await
}
