// invalid: matches! is a bool, used where a u32 is expected
fn f(x: u32) -> u32 {
    matches!(x, 1 | 2) //~ ERROR [E0308] mismatched types
}
