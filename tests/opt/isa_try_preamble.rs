// `?` before the single await (issue 22 item 4; the second blocker of inline-single-await on real
// crates): `forward` calls Try::branch and may return early through FromResidual::from_residual before
// it awaits `leaf`; the pass fires in part as on an enum match there (isa_enum_preamble): the body
// stays, the Returned arm, its state write and the return-path drop of the callee's future go
// PASS: inline-single-await
//@ args: forward 3
//@ args: forward 12
fn check(n: u32) -> Result<u32, u8> {
    if n > 9 { Err(n as u8) } else { Ok(n + 1) }
}
async fn leaf(x: u32) -> Result<u32, u8> {
    yield_now().await;
    Ok(x + 1)
}
async fn forward(n: u32) -> Result<u32, u8> {
    let s = check(n)?;
    leaf(s).await
}
