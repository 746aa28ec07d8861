// PASS: inline-single-await
// must not fire on the outer async block: it awaits an async block, but it
// captured a guard it only gives up after the await. Its drop shim's Suspend arm
// drops that upvar: kept in the Suspend state after Ready (form B), the future's
// drop would drop the guard a second time (an early `observe 5`). It does fire
// on `take` (form B over the outer block) and on the inner block (over `inner`).
//@ args: take 3
async fn inner(x: u32) -> u32 { yield_now().await; x }

async fn take(x: u32) -> u32 {
    let g = guard(5);
    let h = async move {
        let r = async move { inner(x).await }.await;
        observe(r);
        g
    }
    .await;
    observe(9);
    x
}
