// PASS: elide-awaitless
// must not fire: the body awaits.
async fn waits() -> u32 {
    yield_now().await;
    5
}
