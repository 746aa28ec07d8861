// covers: a Guard live across awaits (dropped on the coroutine drop path and on return)
async fn guarded(x: u32) -> u32 {
    let _g = guard(x);
    yield_now().await;
    {
        let _h = guard(x + 1);
        yield_now().await;
    }
    x
}
