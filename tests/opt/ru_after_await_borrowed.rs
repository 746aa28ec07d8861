// PASS: relocate-upvars
// must not fire (issue 26 item 1): the block borrows its capture `x` (a
// method-style call through `&x`) after its first await; a reference could
// outlive any move of it, so the upvar stays in the prefix.
//@ args: outer
fn peek(r: &u64) -> u64 {
    *r + 1
}

async fn big() -> u64 {
    let a = 1u64;
    let b = 2u64;
    let c = 3u64;
    yield_now().await;
    a + b + c
}

async fn outer() -> u64 {
    let x = 4u64;
    let blk = async move {
        yield_now().await;
        let s = peek(&x);
        s + big().await
    };
    blk.await
}
