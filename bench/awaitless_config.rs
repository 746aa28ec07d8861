// pattern: await-free config builder fns with branches and sync helpers
//@ args: baud_divisor 115200
//@ args: configure 9600,true
fn clock_hz() -> u32 { 48_000_000 }

async fn baud_divisor(baud: u32) -> u32 {
    clock_hz() / (16 * baud)
}

async fn configure(baud: u32, parity: bool) -> u32 {
    let d = baud_divisor(baud).await;
    let p: u32 = if parity { 1 << 16 } else { 0 };
    d | p
}
