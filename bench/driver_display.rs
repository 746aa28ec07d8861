// pattern: display controller init sequence: command/data writes with delays in between
//@ args: write_cmd 1
//@ args: write_data 1
//@ args: delay 2
async fn write_cmd(c: u8) { yield_now().await; observe(c as u32); }
async fn write_data(d: u8) { yield_now().await; observe(0x100 | d as u32); }
async fn delay(ms: u32) {
    let mut i = 0;
    while i < ms {
        yield_now().await;
        i += 1;
    }
}

async fn init_display() {
    write_cmd(0x01).await;
    delay(5).await;
    write_cmd(0x11).await;
    delay(120).await;
    write_cmd(0x3a).await;
    write_data(0x55).await;
    write_cmd(0x36).await;
    write_data(0x00).await;
    write_cmd(0x29).await;
}
