// PASS: inline-single-await
// must fire (the last-await form with two tails): after the first await, each arm of
// the `if` ends with an await whose result the pure postamble (`& 7` or nothing)
// returns; both tail states are kept after Ready and the Returned arm goes. A poll
// after completion reaches whichever leaf completed (inlined over YieldNow: Ready
// again, the same value again).
//@ args: arms 2
//@ args: arms 5
async fn leaf(x: u32) -> u32 { yield_now().await; x }

async fn arms(x: u32) -> u32 {
    let a = leaf(x).await;
    if a > 3 { leaf(a).await } else { leaf(a + 1).await & 7 }
}
