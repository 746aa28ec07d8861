// PASS: relocate-upvars
// must not fire: the async move block reads its captured upvar after an await
// (the upvar itself: a block's captures are not moved into locals first), so
// a saved local it is moved into would be live in Suspend0, the block's only
// state, beside its awaitee: no byte is gained and the upvar stays in the
// prefix (ru_after_await.rs: where a later state can reuse the bytes, it goes).
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
