// `?` after the single await (issue 22 item 4): `forward`'s postamble branches on the awaited Result
// and may return early through FromResidual::from_residual; the awaited future is an async fn (it
// panics on a poll after completion), so the pass takes form B on `forward` too (compare
// isa_try_preamble: a `?` before the await can return before it, and forward keeps its states)
// PASS: inline-single-await
//@ args: forward 3
//@ args: forward 12
async fn leaf(x: u32) -> Result<u32, u8> {
    yield_now().await;
    if x > 9 { Err(x as u8) } else { Ok(x + 1) }
}
async fn forward(n: u32) -> Result<u32, u8> {
    let v = leaf(n).await?;
    Ok(v * 2)
}
