// invalid: a match whose `k @ p` arms leave values unmatched (E0004, rustc's witness)
fn f(o: Option<u8>) -> u32 {
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(6_u8..=u8::MAX)` not covered
        Some(k @ 0..=5) => k as u32,
        None => 9,
    }
}
