// invalid: an associated constant of another integer type as a literal pattern (E0308)
fn f(x: u32) -> u32 {
    match x {
        u8::MAX => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
