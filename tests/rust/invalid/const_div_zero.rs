// invalid: a const dividing by zero (E0080)
const Z: u32 = 0;
const Q: u32 = 7 / Z; //~ ERROR attempt to divide `7_u32` by zero
fn f() -> u32 {
    Q
}
