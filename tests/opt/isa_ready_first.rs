// PASS: inline-single-await
// must fire (form B), found by the fuzzer: `early` can complete at its first poll
// (the early return), so `wrap` never returns Pending. The state must become
// Suspend0 when early's future is stored, not at the first Pending; otherwise a
// poll after completion would find `wrap` still Unresumed and run it again.
//@ args: wrap 1
//@ args: wrap 0
async fn early(x: u32) -> u32 {
    observe(504);
    if x > 0 {
        return 7;
    }
    yield_now().await;
    4
}

async fn wrap(x: u32) -> u32 {
    early(x * 3).await
}
