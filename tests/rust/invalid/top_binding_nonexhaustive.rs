// invalid: `k @ 0..=5` at the top is a range, not a wildcard (E0004 with rustc's witness)
fn f(x: u32) -> u32 {
    match x { k @ 0..=5 => k } //~ ERROR [E0004] non-exhaustive patterns: `6_u32..=u32::MAX` not covered
}
