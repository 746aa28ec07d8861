// PASS: relocate-upvars
// must not fire: relocate-upvars does not pack (ru_pack.rs with the same program),
// and neither future has an upvar.
//@ args: f
async fn big() -> u64 {
    let a = 1u64;
    let b = 2u64;
    yield_now().await;
    a + b
}

async fn f() -> u64 {
    {
        let x = 1u64;
        yield_now().await;
        observe(x as u32);
        yield_now().await;
        observe(x as u32);
    }
    big().await
}
