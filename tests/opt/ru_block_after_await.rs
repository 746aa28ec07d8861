// PASS: relocate-upvars
// must not fire: the async move block reads its captured upvar after an await
// (the upvar itself: a block's captures are not moved into locals first), so
// the upvar is live in Suspend0 and stays in the prefix.
//@ args: outer
async fn outer() -> u64 {
    let x = 5u64;
    yield_now().await;
    async move {
        yield_now().await;
        x + 1
    }
    .await
}
