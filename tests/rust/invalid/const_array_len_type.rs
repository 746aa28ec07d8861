// invalid: an array length of a const that is not usize (E0308)
const N: u32 = 4;
fn f() -> u8 {
    let a: [u8; N] = [0; 4]; //~ ERROR mismatched types
    a[0]
}
