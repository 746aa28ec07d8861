// PASS: inline-single-await
// must fire (form B over a future that is not a coroutine, issue 24 item 5): the only
// await is on yield_now()'s YieldNow and `x` after it is a pure postamble. Polled
// again after Ready, `leaf` now polls YieldNow, which answers Ready(()) again, and
// returns Ready(x) again where rustc's `leaf` panics "`async fn` resumed after
// completion": both allowed by Future::poll's contract on that illegal poll (see the
// pass's file comment). Returned and Panicked go (nothing but YieldNow's poll runs).
//@ args: leaf 1
async fn leaf(x: u32) -> u32 { yield_now().await; x }
