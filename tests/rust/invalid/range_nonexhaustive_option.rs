// invalid: ranges inside Some leave a value, with None present
fn f(o: Option<u16>) -> u32 {
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(100_u16)` not covered
        Some(..100) => 1,
        Some(101..) => 2,
        None => 3,
    }
}
