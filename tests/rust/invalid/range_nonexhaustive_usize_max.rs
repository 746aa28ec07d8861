// invalid: `0..=usize::MAX` is not exhaustive in rustc's analysis (usize has no precise bounds: the
// values past the written MAX, `usize::MAX..`, stay uncovered)
fn f(x: usize) -> u32 {
    match x { //~ ERROR [E0004] non-exhaustive patterns: `usize::MAX..` not covered
        0..=usize::MAX => 1,
    }
}
