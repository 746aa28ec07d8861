// invalid: a usize gap between two ranges (no precise bounds for usize in rustc's analysis, the open
// end `6..` still covers the rest)
fn f(x: usize) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `6_usize` not covered
        0..=5 => 1,
        7.. => 2,
    }
}
