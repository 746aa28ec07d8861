// PASS: inline-single-await
// FLAGS: --panic=abort
// panic=abort: the pass-through `bar` is still replaced (form A), but `pre_post`
// keeps its Returned state (no form B): its poll calls leaf's with `unwind
// unreachable`, so leaf's panic at a poll after completion would abort where
// pre_post's own arm panics.
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
