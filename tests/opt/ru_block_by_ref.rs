// PASS: relocate-upvars
// must not fire: the async block captures `y` by reference (its upvar is a
// `&u64`) and reads through it after its await: the reference stays in the prefix.
//@ args: outer
async fn outer() -> u64 {
    let y = 6u64;
    let r = async {
        yield_now().await;
        y + 2
    }
    .await;
    r
}
