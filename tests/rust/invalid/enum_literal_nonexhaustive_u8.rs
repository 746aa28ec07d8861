// invalid: literals inside a variant pattern leave the ranges between them uncovered: rustc names each
// range (`1_u8..=4_u8`), the last up to the type's maximum (`u8::MAX`)
fn f(o: Option<u8>) -> u32 {
    match o { //~ ERROR non-exhaustive patterns: `Some(1_u8..=4_u8)` and `Some(6_u8..=u8::MAX)` not covered
        Some(0) => 1,
        Some(5) => 2,
        None => 3,
    }
}
