// covers: awaits in the match scrutinee and in the if condition, await in a while condition
async fn code() -> u8 { yield_now().await; 2 }
async fn ready() -> bool { yield_now().await; true }

async fn dispatch() -> u32 {
    let r = match code().await {
        1 => 10,
        2 => 20,
        _ => 0,
    };
    if ready().await { r } else { 0 }
}

async fn poll_until() -> u32 {
    let mut n = 0;
    while !ready().await {
        n += 1;
    }
    n
}
