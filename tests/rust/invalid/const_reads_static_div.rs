// invalid (consts37): a const item dividing by a static's zero (E0080, at the operation)
static Z: u32 = 0;
const Q: u32 = 7 / Z; //~ ERROR [E0080] attempt to divide `7_u32` by zero
fn f() -> u32 {
    Q
}
