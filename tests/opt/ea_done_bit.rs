// PASS: elide-awaitless
// must fire (done bit): observe() is a side effect, so the future keeps a
// one-bit Unresumed/Returned state set before the body runs; the Panicked
// arm and the poison block go.
//@ args: notify 4
async fn notify(x: u32) -> u32 {
    observe(x);
    x
}
