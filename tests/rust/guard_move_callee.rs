// covers: a Guard parameter moved into a callee by value (issue 22): rustc drops it once, in the
// callee; the caller's coroutine no longer owns it after the move, on completion or cancellation
//@ args: pass_on 5,1
//@ args: hold 6,2
async fn hold(g: Guard, x: u32) -> u32 {
    yield_now().await;
    observe(x);
    x + 1
}

async fn pass_on(g: Guard, x: u32) -> u32 {
    observe(x);
    hold(g, x).await
}
