// PASS: inline-single-await
// fires as form B only: `bar` awaits foo's u32 and returns (); bar's future is not
// foo's (its output differs), so it is not replaced, but its Returned state goes.
//@ args: bar 2
async fn foo(x: u32) -> u32 { yield_now().await; x }

async fn bar(x: u32) {
    foo(x).await;
}
