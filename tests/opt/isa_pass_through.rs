// PASS: inline-single-await
// must fire (form A): `bar` only forwards to `foo`, so bar's future becomes foo's:
// bar's constructor returns foo's future, bar's resume fn and drop shim go, and
// `top`, which holds bar's futures, shrinks (36 -> 28 bytes).
//@ args: bar 7
//@ args: top 3
async fn foo(x: u32) -> u32 {
    yield_now().await;
    x + 1
}

async fn bar(x: u32) -> u32 { foo(x).await }

async fn top(x: u32) -> u32 {
    let a = bar(x).await;
    let b = bar(x + 1).await;
    a + b
}
