// invalid: division by a constant zero
fn f(x: u32) -> u32 {
    x / 0 //~ ERROR this operation will panic at runtime
}
