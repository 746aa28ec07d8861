// pattern: I2C EEPROM page write followed by ack polling; u16 address and u8 data kept across awaits
//@ args: write_byte 300,7
async fn i2c_write2(hi: u8, lo: u8, d: u8) -> bool { yield_now().await; (hi ^ lo ^ d) != 0xff }
async fn i2c_ack() -> bool { yield_now().await; true }

async fn write_byte(addr: u16, data: u8) -> u32 {
    let hi = (addr >> 8) as u8;
    let lo = addr as u8;
    let ok = i2c_write2(hi, lo, data).await;
    if !ok {
        return 0;
    }
    let mut tries = 0u32;
    while !i2c_ack().await {
        tries += 1;
    }
    tries + (addr as u32) + (data as u32)
}
