// invalid: a const whose evaluation overflows (E0080, at the operation)
const X: u8 = 255 + 1; //~ ERROR attempt to compute `u8::MAX + 1_u8`, which would overflow
fn f() -> u8 {
    X
}
