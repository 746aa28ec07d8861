// invalid (bc36): an async fn returning its free fn callee's awaited `Option<&u32>` output, which holds the
// loan of a local passed as the callee's argument: E0515 at the returned variable (the await as the tail
// itself is rustc's E0597 at the borrow: await_tail_local.rs, bc37)
async fn keep(a: Option<&u32>) -> Option<&u32> { yield_now().await; a }
async fn g(n: u32, r: &u32) -> Option<&u32> {
    let y = n;
    let o = keep(Some(&y)).await;
    o //~ ERROR [E0515] cannot return value referencing local variable `y`
}
async fn f(n: u32) -> u32 {
    let x = n;
    match g(n, &x).await { Some(v) => *v, None => 0 }
}
