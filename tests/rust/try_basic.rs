// covers: the `?` operator (issue 22 item 4) on Result and Option in sync and async fns and an async
// block: rustc's desugaring, a match on `<T as Try>::branch(e)` whose Break arm returns
// `<R as FromResidual<..>>::from_residual(residual)` (core's calls, run by the interpreter as
// prelude leaves), `?` before and after awaits, on an awaited Result, a Guard held across the early
// return (dropped on both paths)
fn check(n: u32) -> Result<u32, u8> {
    if n > 9 { Err(n as u8) } else { Ok(n + 1) }
}
fn half(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}
fn twice(n: u32) -> Result<u32, u8> {
    let a = check(n)?;
    let b = check(a)?;
    Ok(a + b)
}
//@ args: before_await 3
//@ args: before_await 12
async fn before_await(n: u32) -> Result<u32, u8> {
    let v = check(n)?;
    yield_now().await;
    Ok(v + 1)
}
async fn fetch(n: u32) -> Result<u32, u8> {
    yield_now().await;
    check(n)
}
//@ args: after_await 4
//@ args: after_await 11
async fn after_await(n: u32) -> Result<u32, u8> {
    let g = guard(n);
    let v = fetch(n).await?;
    yield_now().await;
    let w = twice(v)?;
    Ok(w)
}
//@ args: opt 4
//@ args: opt 5
async fn opt(n: u32) -> Option<u32> {
    let h = half(n)?;
    yield_now().await;
    let q = half(h)?;
    Some(q + 100)
}
//@ args: in_block 2
//@ args: in_block 20
async fn in_block(n: u32) -> u32 {
    let b = async move {
        yield_now().await;
        let v = check(n)?;
        let r: Result<u32, u8> = Ok(v * 2);
        r
    };
    match b.await {
        Ok(v) => v,
        Err(e) => e as u32 + 1000,
    }
}
