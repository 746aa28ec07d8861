// PASS: inline-single-await
// must not fire: `early` may complete without a last await (`return a`), so the
// Returned state is still needed. (`leaf` is not inlined either: observe() follows its
// await on YieldNow.)
//@ args: early 2
//@ args: early 5
async fn leaf(x: u32) -> u32 {
    yield_now().await;
    observe(x);
    x
}

async fn early(x: u32) -> u32 {
    let a = leaf(x).await;
    if a > 3 {
        return a;
    }
    leaf(a).await
}
