// invalid: `?` in a function that returns u32
fn g(n: u32) -> Result<u32, u8> { Ok(n) }
fn f(n: u32) -> u32 {
    let v = g(n)?; //~ ERROR the `?` operator can only be used in a function that returns `Result` or `Option`
    v
}
