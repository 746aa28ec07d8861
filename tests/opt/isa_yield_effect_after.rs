// PASS: inline-single-await
// must not fire: the only await is on YieldNow, which answers a poll after completion
// with Ready(()) again, and `observe(x)` follows it: forwarding that poll would run
// observe again. (Over an async fn, which panics on that poll, it may: isa_pre_post.)
//@ args: leaf 1
async fn leaf(x: u32) -> u32 {
    yield_now().await;
    observe(x);
    x
}
