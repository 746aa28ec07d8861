// PASS: inline-single-await
// must not fire: one Suspend state, but the await is in a loop.
//@ args: spin 3
async fn inner(x: u32) -> u32 { yield_now().await; x }

async fn spin(n: u32) -> u32 {
    let mut i = 0;
    while i < n {
        i = inner(i).await + 1;
    }
    i
}
