// invalid: integer literal out of range for its annotated type
fn f() -> u8 {
    let x: u8 = 256; //~ ERROR literal out of range for `u8`
    x
}
