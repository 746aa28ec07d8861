// PASS: inline-single-await
// must fire (the last-await form, issue 24 item 5): `two` awaits twice; every way to
// completion ends with the second await, whose Ready is returned as it is. From the
// moment `leaf(a)`'s future is stored the state is Suspend1 and stays so after Ready:
// the drop of leaf's finished future and the Returned write go, and so does the
// Returned arm; a poll after completion reaches leaf, which panics with the same
// message. Panicked stays (the first await's poll and observe() can unwind). `leaf`
// itself is not inlined: observe() follows its await on YieldNow, which answers Ready.
//@ args: two 3
async fn leaf(x: u32) -> u32 {
    yield_now().await;
    observe(x);
    x
}

async fn two(x: u32) -> u32 {
    let a = leaf(x).await;
    observe(a);
    leaf(a).await
}
