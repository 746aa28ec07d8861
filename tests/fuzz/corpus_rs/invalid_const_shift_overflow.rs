// invalid: a shift by a constant wider than the type
fn f() -> u8 {
    1u8 << 9 //~ ERROR this arithmetic operation will overflow
}
