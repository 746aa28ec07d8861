// PASS: inline-single-await
// must not fire: an async fn forwarding to an async block (and the block to an
// async fn). A poll after completion panics with a message naming the kind
// ("`async fn` ..." vs "`async block` ..."), so the futures are distinguishable.
//@ args: outer 2
async fn inner(x: u32) -> u32 { yield_now().await; x }

async fn outer(x: u32) -> u32 {
    async move { inner(x).await }.await
}
