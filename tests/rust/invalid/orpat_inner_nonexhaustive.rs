// invalid: literal alternatives inside a variant pattern leave the other values uncovered; rustc's
// witness names the first missing range
fn f(o: Option<u8>) -> u32 {
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(0_u8)` and `Some(3_u8..=u8::MAX)` not covered
        Some(1 | 2) => 1,
        None => 0,
    }
}
