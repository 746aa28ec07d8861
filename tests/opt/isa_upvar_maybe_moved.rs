// PASS: inline-single-await
// must not fire on the inner async block: it gives its captured guard away
// (to `release`) on one path only, before the await. On the other path the
// guard is still owned at the await, so the drop shim's Suspend arm drops it
// behind a drop flag; kept in the Suspend state after Ready (form B), the
// future's drop would drop the guard a second time. It does fire on `wrap`
// (form B over the block).
// FLAGS: --release
//@ args: wrap 3
fn release(g: Guard) { observe(7); }

async fn leaf() -> u32 { yield_now().await; 1 }

async fn wrap(x: u32) -> u32 {
    let g = guard(5);
    let r = async move {
        if x > 2 {
            release(g);
        }
        leaf().await
    }
    .await;
    observe(r);
    x
}
