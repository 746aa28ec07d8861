// invalid: an or-pattern arm under a guard does not cover its values: E0004
async fn f(n: u32, c: bool) -> u32 {
    let o = Some(n as u8);
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(0_u8)` and `Some(3_u8..=u8::MAX)` not covered
        Some(1 | 2) if c => 1,
        Some(1 | 2) => 2,
        None => 0,
    }
}
