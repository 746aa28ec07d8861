// invalid: a one-variant enum nested in Option, a literal in its field
enum W { A(u32) }
fn f(o: Option<W>) -> u32 {
    match o { //~ ERROR non-exhaustive patterns: `Some(W::A(1_u32..=u32::MAX))` not covered
        Some(W::A(0)) => 1,
        None => 0,
    }
}
