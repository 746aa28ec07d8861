// covers: the emitted crate of two awaits of one async fn (debug, unwind): coroutine types with a
// nested future's view, resume fns with cleanup blocks, the overflow assert's panic call, drop shims
async fn bar() -> u32 {
    yield_now().await;
    1
}

async fn foo() -> u32 {
    let a = bar().await;
    let b = bar().await;
    a + b
}
