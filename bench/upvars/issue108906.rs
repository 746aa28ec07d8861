// covers: rust-lang/rust#108906 "`async` block occupies twice the size of its captures": a
// future captured by an `async move` block that only awaits it (`async move { foo.await }`),
// and the reported shape `let future = f(..); async move { let r = future.await; .. }`.
async fn function_returning_future(x: u64, y: u64) -> u64 {
    let z = x * y;
    yield_now().await;
    z + x + y
}

async fn wrap(x: u64) -> u64 {
    let foo = async move {
        let a = x + 1;
        let b = x + 2;
        yield_now().await;
        a + b
    };
    let bar = async move { foo.await };
    bar.await
}

async fn then_map(x: u64) -> u64 {
    let future = function_returning_future(x, 3);
    let mapped = async move {
        let result = future.await;
        let output = result * 2;
        output
    };
    mapped.await
}
