// invalid: an array literal of the wrong length (E0308)
fn f() -> u32 {
    let a: [u32; 3] = [1, 2]; //~ ERROR mismatched types
    a[0]
}
