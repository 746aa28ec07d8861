// covers: single-await wrappers (`bar` becomes `foo`), with and without parameters
//@ args: foo 5
//@ args: bar 7
async fn foo(x: u32) -> u32 {
    yield_now().await;
    x + 1
}

async fn bar(x: u32) -> u32 { foo(x).await }

async fn unit_wrapper() { yield_now().await }

async fn top() -> u32 {
    unit_wrapper().await;
    bar(3).await
}
