// `?` before the single await with a Guard held across it (issue 22 item 4): the Guard is dropped on
// the early return and after the await, so `holder` keeps its own future (must not fire on it); `leaf`
// still takes form B
// PASS: inline-single-await
//@ args: holder 3
//@ args: holder 12
fn check(n: u32) -> Result<u32, u8> {
    if n > 9 { Err(n as u8) } else { Ok(n + 1) }
}
async fn leaf(x: u32) -> Result<u32, u8> {
    yield_now().await;
    Ok(x + 1)
}
async fn holder(n: u32) -> Result<u32, u8> {
    let g = guard(n);
    let s = check(n)?;
    let r = leaf(s).await;
    observe(7);
    r
}
