// pattern: SPI NOR flash: write-enable, program, poll status until not busy, with chip-select guard held across awaits
//@ args: spi_xfer 6
//@ args: program_page 4096,170
async fn spi_xfer(b: u8) -> u8 {
    yield_now().await;
    b ^ 0x01
}

async fn wait_not_busy() -> u32 {
    let mut polls = 0u32;
    loop {
        let _cs = guard(1);
        spi_xfer(0x05).await;
        let status = spi_xfer(0).await;
        polls += 1;
        if status & 1 == 0 || polls > 3 {
            return polls;
        }
    }
}

async fn program_page(addr: u32, data: u8) -> u32 {
    {
        let _cs = guard(1);
        spi_xfer(0x06).await;
    }
    {
        let _cs = guard(1);
        spi_xfer(0x02).await;
        spi_xfer((addr >> 16) as u8).await;
        spi_xfer((addr >> 8) as u8).await;
        spi_xfer(addr as u8).await;
        spi_xfer(data).await;
    }
    wait_not_busy().await
}
