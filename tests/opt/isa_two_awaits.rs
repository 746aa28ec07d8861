// PASS: inline-single-await
// must not fire: two awaits, two Suspend states.
//@ args: twice 2
async fn inner(x: u32) -> u32 { yield_now().await; x }

async fn twice(x: u32) -> u32 {
    let a = inner(x).await;
    let b = inner(a).await;
    a + b
}
