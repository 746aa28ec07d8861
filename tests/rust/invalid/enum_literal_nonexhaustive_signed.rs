// invalid: a negative literal inside a variant pattern: rustc orders the missing ranges numerically and
// names the signed minimum `i32::MIN`
fn f(o: Option<i32>) -> u32 {
    match o { //~ ERROR non-exhaustive patterns: `Some(i32::MIN..=-2_i32)` and `Some(0_i32..=i32::MAX)` not covered
        Some(-1) => 1,
        None => 3,
    }
}
