// covers: awaits in if/else arms with identical futures
//@ args: pick true
//@ args: send 9
async fn send(v: u32) -> u32 {
    yield_now().await;
    v + 1
}

async fn pick(flag: bool) -> u32 {
    let r = if flag { send(10).await } else { send(20).await };
    r * 2
}

async fn pick_stmt(x: u32) -> u32 {
    if x > 3 {
        send(x).await;
    } else {
        send(3).await;
    }
    x
}
