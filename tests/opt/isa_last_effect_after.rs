// PASS: inline-single-await
// must not fire: the last await is on YieldNow, which answers a poll after completion
// with Ready again, and observe() follows it: kept in its state after Ready, the
// future would run observe() again on that poll.
//@ args: effect_after 1
async fn effect_after(x: u32) -> u32 {
    yield_now().await;
    observe(x);
    yield_now().await;
    observe(x);
    x
}
