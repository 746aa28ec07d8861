// PASS: elide-awaitless
// must fire on the async block with the done bit, not stateless: its body writes through the
// captured `&mut o` (`*p += 1`), so a re-run on an illegal re-poll would return another value
// (found with ref27's tests: inline-single-await's form B forwards the awaiting fn's re-poll to the
// block, and `check --release` saw `repoll -> Ready(3)` after `Ready(2)`).
//@ args: cap 1
async fn cap(n: u32) -> u32 {
    let mut o = n;
    let b = async { let p = &mut o; *p += 1; *p };
    let r = b.await;
    r
}
