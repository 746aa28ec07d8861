// invalid: `is_some` called on a Result: rustc's E0599 (cmp39)
fn f(x: u32) -> bool {
    let r: Result<u32, u8> = Ok(x);
    r.is_some() //~ ERROR [E0599] no method named `is_some` found for enum `Result<T, E>` in the current scope
}
