// invalid: `Some(n @ (1 | 2))` leaves the other values uncovered; rustc's witnesses are the expanded
// alternatives' (bind32)
fn f(o: Option<u8>) -> u8 {
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(0_u8)` and `Some(3_u8..=u8::MAX)` not covered
        Some(n @ (1 | 2)) => n,
        None => 0,
    }
}
