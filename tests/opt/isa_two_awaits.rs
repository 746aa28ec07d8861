// PASS: inline-single-await
// must fire (the last-await form, issue 24 item 5; before it: must not, two Suspend
// states): `twice`'s second await is its last action but for `a + b`, a pure
// postamble (its overflow assert passes again on the same inputs), so its state is
// kept after Ready and the Returned arm goes. `inner` gets form B over YieldNow.
//@ args: twice 2
async fn inner(x: u32) -> u32 { yield_now().await; x }
async fn twice(x: u32) -> u32 {
    let a = inner(x).await;
    let b = inner(a).await;
    a + b
}
