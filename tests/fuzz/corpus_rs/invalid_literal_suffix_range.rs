// invalid: suffixed integer literal out of range
fn f() -> u32 {
    let y = 300u8; //~ ERROR literal out of range for `u8`
    1
}
