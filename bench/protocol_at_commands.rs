// pattern: modem AT-command handler: different callees in the arms, some arms await twice
//@ args: at_send 1
//@ args: handle 2
async fn at_send(cmd: u32) -> bool { yield_now().await; cmd != 0 }
async fn at_read_line() -> u32 { yield_now().await; 200 }
async fn power_cycle() { yield_now().await; yield_now().await; }

async fn handle(cmd: u8) -> u32 {
    match cmd {
        0 => {
            at_send(0x4154).await;
            at_read_line().await
        }
        1 => if at_send(0x2b43).await { 1 } else { 0 },
        2 => {
            power_cycle().await;
            0
        }
        _ => at_read_line().await,
    }
}
