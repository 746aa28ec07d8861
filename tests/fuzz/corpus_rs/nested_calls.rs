// covers: nested async calls (async fn awaiting async fns awaiting async fns), awaits as call arguments
//@ args: double 21
//@ args: combine 1,2
async fn leaf() -> u32 { yield_now().await; 1 }
async fn double(x: u32) -> u32 { leaf().await + x * 2 }
async fn combine(a: u32, b: u32) -> u32 {
    let x = double(a).await;
    let y = double(double(b).await).await;
    x + y
}
async fn top() -> u32 {
    combine(leaf().await, double(2).await).await
}
