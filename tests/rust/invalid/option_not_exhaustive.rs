// invalid: a match on an Option without a `None` arm
fn f(o: Option<u32>) -> u32 {
    match o { //~ ERROR non-exhaustive patterns: `None` not covered
        Some(v) => v,
    }
}
