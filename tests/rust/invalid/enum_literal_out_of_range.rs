// invalid: a literal inside a variant pattern is checked at its field's type
fn f(o: Option<u8>) -> u32 {
    match o {
        Some(256) => 1, //~ ERROR literal out of range for `u8`
        _ => 2,
    }
}
