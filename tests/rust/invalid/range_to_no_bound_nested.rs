// invalid: `..=` with neither bound inside a variant pattern
fn f(x: Option<u8>) -> u32 {
    match x {
        Some(..=) => 1, //~ ERROR unexpected token: `)`
        _ => 2,
    }
}
