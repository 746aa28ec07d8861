// covers: early `return` in async fns (before any await, between awaits, inside loops)
//@ args: early 0
//@ args: in_loop 3
async fn early(x: u32) -> u32 {
    if x == 0 {
        return 100;
    }
    yield_now().await;
    if x == 1 {
        return 200;
    }
    yield_now().await;
    x
}

async fn in_loop(n: u32) -> u32 {
    let mut i = 0;
    loop {
        yield_now().await;
        if i == n {
            return i * 10;
        }
        i += 1;
    }
}

async fn unit_return(flag: bool) {
    if flag {
        return;
    }
    yield_now().await;
}
