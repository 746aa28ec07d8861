// PASS: inline-single-await
// fires on the inner async block (form B): it captured a guard, but gives it
// to `consume`'s constructor before its only await, so its drop shim's Suspend
// arm no longer drops an upvar (drop elaboration), and nothing it owns outlives
// the await but the awaitee. Its Returned and Panicked arms go (release). The
// guard is `consume`'s from then on: dropped at its end, or by its drop.
// It also fires on `wrap` (form B over the block), as before. (Before issue
// 24's generalisation any upvar with drop glue blocked the inner block.)
// FLAGS: --release
//@ args: wrap 3
async fn consume(g: Guard) -> u32 { yield_now().await; 1 }

async fn wrap(x: u32) -> u32 {
    let g = guard(5);
    let r = async move { consume(g).await }.await;
    observe(r);
    x
}
