// covers: nested async blocks (a block inside a block) and an unawaited future dropped at scope end
async fn nest(x: u32) -> u32 {
    let outer = async move {
        let inner = async move { yield_now().await; x + 1 };
        inner.await * 2
    };
    let _unused = async { 5u32 };
    outer.await
}
