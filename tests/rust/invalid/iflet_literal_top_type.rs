// invalid: a bool literal at the top of `if let` against an integer (E0308)
fn f(n: u32) -> u32 {
    if let true = n { 1 } else { 0 } //~ ERROR [E0308] mismatched types
}
