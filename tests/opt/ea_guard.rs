// PASS: elide-awaitless
// must fire (done bit): a guard is dropped inside the body.
//@ args: critical 2
async fn critical(x: u32) -> u32 {
    let _g = guard(x);
    x + 1
}
