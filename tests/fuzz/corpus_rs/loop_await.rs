// covers: awaits inside loop, while, and a counted loop with break/continue
//@ args: count 5
//@ args: skip_odd 6
async fn count(n: u32) -> u32 {
    let mut i = 0;
    let mut acc = 0u32;
    while i < n {
        yield_now().await;
        acc += i;
        i += 1;
    }
    acc
}

async fn skip_odd(n: u32) -> u32 {
    let mut i = 0u32;
    let mut total = 0u32;
    loop {
        i += 1;
        if i > n {
            break;
        }
        if i % 2 == 1 {
            continue;
        }
        yield_now().await;
        total += i;
    }
    total
}
