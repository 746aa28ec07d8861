// pattern: sensor driver: chip-id check, several register writes and reads in a row, compensation math
async fn i2c_write(addr: u8, reg: u8, val: u8) {
    yield_now().await;
    observe(((addr as u32) << 16) | ((reg as u32) << 8) | (val as u32));
}

async fn i2c_read(addr: u8, reg: u8) -> u8 {
    yield_now().await;
    reg ^ addr
}

async fn init() -> bool {
    let id = i2c_read(0x76, 0xd0).await;
    if id != 0x60 {
        return false;
    }
    i2c_write(0x76, 0xe0, 0xb6).await;
    i2c_write(0x76, 0xf2, 0x01).await;
    i2c_write(0x76, 0xf4, 0x27).await;
    i2c_write(0x76, 0xf5, 0xa0).await;
    true
}

async fn read_temp() -> i32 {
    let msb = i2c_read(0x76, 0xfa).await;
    let lsb = i2c_read(0x76, 0xfb).await;
    let xlsb = i2c_read(0x76, 0xfc).await;
    let raw: i32 = ((msb as i32) << 12) | ((lsb as i32) << 4) | ((xlsb as i32) >> 4);
    (raw * 5 + 128) >> 8
}
