// invalid: a range with a suffixed bound of another type than the scrutinee
fn f(o: Option<u8>) -> u32 {
    match o {
        Some(0..=9u32) => 1, //~ ERROR [E0308] mismatched types
        _ => 2,
    }
}
