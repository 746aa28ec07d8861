// PASS: inline-single-await
// FLAGS: --panic=abort
// panic=abort: the pass-through `bar` is replaced (form A) and `pre_post` is
// inlined (form B): a poll after completion reaches leaf's arm, whose panic
// aborts exactly as pre_post's own arm did (both `unwind unreachable`, as
// rustc's AbortUnwindingCalls leaves them).
//@ args: bar 3
//@ args: pre_post 4
async fn leaf(v: u32) -> u32 {
    yield_now().await;
    v * 3
}

async fn bar(x: u32) -> u32 { leaf(x).await }

async fn pre_post(x: u32) -> u32 {
    let y = x + 1;
    let r = leaf(y).await;
    r * 2
}
