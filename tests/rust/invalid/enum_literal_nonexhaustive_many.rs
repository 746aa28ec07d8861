// invalid: more than three missing values: rustc names three and counts the rest; single values print
// without a range (`0_u32`)
fn f(o: Option<u32>) -> u32 {
    match o { //~ ERROR non-exhaustive patterns: `Some(0_u32)`, `Some(2_u32)`, `Some(4_u32)` and 2 more not covered
        Some(1) => 1,
        Some(3) => 1,
        Some(5) => 1,
        Some(7) => 1,
        None => 3,
    }
}
