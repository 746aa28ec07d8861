// pattern: HAL-trait adapter that only forwards (embedded-hal-async I2c::read -> driver read)
//@ args: bus_read 0x48
//@ args: read_reg 0x48
async fn bus_read(addr: u8) -> u32 {
    yield_now().await;
    (addr as u32) * 3 + 1
}

async fn read_reg(a: u8) -> u32 { bus_read(a).await }

async fn app() -> u32 {
    read_reg(0x10).await + read_reg(0x11).await
}
