// invalid: a const shifting past its type's width (E0080)
const S: u32 = 1 << 40; //~ ERROR attempt to shift left by `40_i32`, which would overflow
fn f() -> u32 {
    S
}
