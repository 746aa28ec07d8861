// covers: loops without awaits in an async fn (should add no states), infinite `loop` left with return
//@ args: sum_to 10
async fn sum_to(n: u64) -> u64 {
    let mut i = 0u64;
    let mut s = 0u64;
    while i <= n {
        s += i;
        i += 1;
    }
    let mut j = 0u64;
    loop {
        j += 1;
        if j > 3 {
            return s + j;
        }
    }
}
