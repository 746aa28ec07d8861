// pattern: ADC driver: start conversion, wait for EOC with a timeout loop, read 16-bit result, average samples
//@ args: convert 3
//@ args: average 4
async fn reg_write(r: u8, v: u32) { yield_now().await; observe(v); }
async fn reg_read(r: u8) -> u32 { yield_now().await; (r as u32) << 4 }

async fn convert(ch: u8) -> u16 {
    reg_write(0x08, ch as u32).await;
    reg_write(0x0c, 1).await;
    let mut timeout = 100u16;
    while timeout > 0 {
        let sr = reg_read(0x00).await;
        if sr & 2 != 0 {
            break;
        }
        timeout -= 1;
    }
    reg_read(0x40).await as u16
}

async fn average(n: u8) -> u16 {
    let mut sum: u32 = 0;
    let mut i: u8 = 0;
    while i < n {
        sum += convert(i).await as u32;
        i += 1;
    }
    (sum / (n as u32)) as u16
}
