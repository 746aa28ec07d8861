// invalid: with a variant missing, the values missing under a present one are not reported (rustc's
// irrelevant constructors): only `None`
fn f(o: Option<u32>) -> u32 {
    match o { //~ ERROR non-exhaustive patterns: `None` not covered
        Some(0) => 1,
    }
}
