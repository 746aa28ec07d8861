// invalid: unary minus on an unsigned integer
fn f(x: u32) -> u32 {
    -x //~ ERROR cannot apply unary operator `-`
}
