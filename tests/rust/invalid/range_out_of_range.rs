// invalid: a range bound out of the type's range
fn f(x: u8) -> u32 {
    if let 200..=300 = x { 1 } else { 2 } //~ ERROR literal out of range for `u8`
}
