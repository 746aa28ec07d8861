// pattern: embedded-io-async Write::write_all forwarding to the UART driver, unit result
//@ args: uart_tx 65
//@ args: write_byte 66
async fn uart_tx(b: u8) {
    yield_now().await;
    observe(b as u32);
}

async fn write_byte(b: u8) { uart_tx(b).await }

async fn flush() { yield_now().await }

async fn send_line() {
    write_byte(72).await;
    write_byte(105).await;
    flush().await;
}
