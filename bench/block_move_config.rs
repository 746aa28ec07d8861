// pattern: `async move` task body capturing configuration parameters (spawned-task style), awaited directly
//@ args: task 9600,3
async fn uart_tx(b: u32) { yield_now().await; observe(b); }

async fn task(baud: u32, retries: u8) -> u32 {
    let body = async move {
        let mut n = 0u8;
        while n < retries {
            uart_tx(baud).await;
            n += 1;
        }
        n as u32
    };
    body.await
}
