// PASS: inline-single-await
// must fire (form A, four times): l4 -> l3 -> l2 -> l1 collapses to l1, the
// innermost coroutine; l1 itself awaits yield_now()'s YieldNow, which is not a
// coroutine, so it gets form B (see isa_yield_leaf.rs). Every l_i(x) is l1's future.
//@ args: l4 5
//@ args: run 1
async fn l1(x: u32) -> u32 { yield_now().await; x }
async fn l2(x: u32) -> u32 { l1(x).await }
async fn l3(x: u32) -> u32 { l2(x).await }
async fn l4(x: u32) -> u32 { l3(x).await }

async fn run(x: u32) -> u32 {
    let a = l4(x).await;
    let b = l4(a).await;
    b
}
