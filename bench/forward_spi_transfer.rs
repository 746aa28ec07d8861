// pattern: SpiDevice::transfer forwarding to the bus impl, then a blanket-impl style forward on top
//@ args: spi_bus_transfer 0xa5,8
//@ args: spi_device_transfer 0x5a,8
//@ args: shared_bus_transfer 0x33,16
async fn spi_bus_transfer(word: u32, bits: u8) -> u32 {
    yield_now().await;
    word ^ ((1u32 << bits) - 1)
}

async fn spi_device_transfer(word: u32, bits: u8) -> u32 {
    spi_bus_transfer(word, bits).await
}

async fn shared_bus_transfer(word: u32, bits: u8) -> u32 {
    spi_device_transfer(word, bits).await
}
