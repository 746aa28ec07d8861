// covers: the smallest async fns: await of yield_now, a caller awaiting twice
async fn bar() -> u32 {
    yield_now().await;
    1
}
async fn foo() -> u32 {
    let a = bar().await;
    let b = bar().await;
    a + b
}
