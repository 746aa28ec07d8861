// covers: match arms with blocks holding guards and several awaits, fallthrough arm without await
//@ args: proto 1
async fn step(x: u32) -> u32 { yield_now().await; x }

async fn proto(cmd: u8) -> u32 {
    let r = match cmd {
        0 => {
            let _g = guard(0);
            step(1).await + step(2).await
        }
        1 => {
            let a = step(3).await;
            observe(a);
            a
        }
        _ => 0,
    };
    r + 1
}
