// PASS: inline-single-await
// must not fire: the only await is on yield_now()'s YieldNow. YieldNow is not a
// coroutine: polled again after Ready it returns Ready again, where `leaf` panics
// "`async fn` resumed after completion" — the two futures differ on that poll.
//@ args: leaf 1
async fn leaf(x: u32) -> u32 { yield_now().await; x }
