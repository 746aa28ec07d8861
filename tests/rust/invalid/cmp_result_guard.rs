// invalid: Result whose Err is the prelude's Guard (no PartialEq) compared: rustc's E0369 (cmp39)
async fn f(x: u32) -> bool {
    let a: Result<u32, Guard> = Ok(x);
    let b: Result<u32, Guard> = Err(guard(x));
    a != b //~ ERROR [E0369] binary operation `!=` cannot be applied to type `Result<u32, Guard>`
}
