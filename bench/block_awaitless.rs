// pattern: await-free async blocks (ready values wrapped in a future) awaited by firmware glue
//@ args: glue 4
async fn glue(x: u32) -> u32 {
    let a = async { 5u32 }.await;
    let b = async move { x * 2 }.await;
    let c = async move {
        observe(x);
        x + 1
    };
    yield_now().await;
    a + b + c.await
}
