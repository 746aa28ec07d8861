// invalid: adding a u8 to a u32 (no implicit widening)
fn f(a: u8, b: u32) -> u32 {
    let c = a + b; //~ ERROR mismatched types
    b
}
