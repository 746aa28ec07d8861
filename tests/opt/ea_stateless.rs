// PASS: elide-awaitless
// must fire (stateless): no await, no call, no drop, no possible panic;
// the resume fn runs the body and returns Ready, no tag is stored.
//@ args: constant 3
async fn constant(x: u32) -> u32 {
    let y = x & 7;
    y | 8
}
