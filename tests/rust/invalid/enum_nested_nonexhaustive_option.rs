// invalid: Option<Option<u8>> matched with nested patterns, `Some(None)` missing
fn f(o: Option<Option<u8>>) -> u32 {
    match o { //~ ERROR non-exhaustive patterns: `Some(None)` not covered
        Some(Some(k)) => k as u32,
        None => 0,
    }
}
