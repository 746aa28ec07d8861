// covers: nested loops with awaits in the inner loop, break and continue in both
//@ args: grid 3,4
async fn grid(w: u32, h: u32) -> u32 {
    let mut y = 0;
    let mut total = 0;
    while y < h {
        let mut x = 0;
        loop {
            if x >= w {
                break;
            }
            x += 1;
            if (x + y) % 2 == 0 {
                continue;
            }
            yield_now().await;
            total += x * y;
        }
        y += 1;
    }
    total
}
