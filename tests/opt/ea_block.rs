// PASS: elide-awaitless
// must fire on the async block (stateless, one by-reference upvar) and not on
// the async fn that awaits it.
//@ args: outer 6
async fn outer(x: u32) -> u32 {
    let b = async { x | 1 };
    b.await
}
