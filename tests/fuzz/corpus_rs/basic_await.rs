// covers: the smallest async fns: one await of yield_now, a caller awaiting it twice (the 5-state / 12-byte reference case)
async fn bar() -> u32 {
    yield_now().await;
    1
}

async fn foo() -> u32 {
    let a = bar().await;
    let b = bar().await;
    a + b
}
