// invalid (pat36): `Some(x @ (1 | 2) | x @ 5)` and `None` leave `Some(0)`, `Some(3..=4)`, `Some(6..)`: E0004
fn f(o: Option<u32>) -> u32 {
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(0_u32)`, `Some(3_u32..=4_u32)` and `Some(6_u32..=u32::MAX)` not covered
        Some(x @ (1 | 2) | x @ 5) => x,
        None => 0,
    }
}
