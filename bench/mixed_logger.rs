// pattern: logger task: async block per record, match on level with same-callee arms, guard on the flash
//@ args: flash_write 1
//@ args: log 2,42
async fn flash_write(w: u32) { yield_now().await; observe(w); }

async fn log(level: u8, value: u32) {
    let _flash = guard(0xf1);
    let rec = async move {
        match level {
            0 => flash_write(value).await,
            1 => flash_write(value | 0x1000_0000).await,
            _ => flash_write(value | 0x2000_0000).await,
        }
    };
    rec.await;
    yield_now().await;
}
