// invalid: a bool literal against an integer field
fn f(o: Option<u32>) -> u32 {
    match o {
        Some(true) => 1, //~ ERROR mismatched types
        _ => 2,
    }
}
