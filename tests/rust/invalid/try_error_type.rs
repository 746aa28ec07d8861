// invalid: `?` would need `From<u32>` for u8, which core does not have
fn g(n: u32) -> Result<u32, u32> { Ok(n) }
fn f(n: u32) -> Result<u32, u8> {
    let v = g(n)?; //~ ERROR `?` couldn't convert the error to `u8`
    Ok(v)
}
