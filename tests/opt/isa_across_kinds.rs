// PASS: inline-single-await
// fires across kinds: an async fn forwarding to an async block (form A: outer's
// constructor returns the block's future), and the block to an async fn. rustc
// 1.95 panics with "`async fn` resumed after completion" for both kinds (the
// assert names the Async desugaring), so a re-poll cannot tell them apart.
//@ args: outer 2
async fn inner(x: u32) -> u32 { yield_now().await; x }

async fn outer(x: u32) -> u32 {
    async move { inner(x).await }.await
}
