// PASS: relocate-upvars
// must fire: a Guard argument (drop glue) is moved into its local at the first
// poll; the prologue moves it (`move`, not `copy`), the drop shim still drops
// it from the future when dropped before the first poll (Unresumed), and from
// the saved local after.
//@ args: hold 7,1
async fn hold(g: Guard, x: u64) -> u64 {
    yield_now().await;
    observe(1);
    yield_now().await;
    let _k = g;
    x
}
