// invalid: `?` on a value that is not a Result or an Option
fn f(n: u32) -> Result<u32, u8> {
    let v = n?; //~ ERROR the `?` operator can only be applied to values that implement `Try`
    Ok(v)
}
