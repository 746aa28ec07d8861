// invalid (ergo30, pat35): a match on `&&o` whose arms are all `_` is valid Rust, refused by the subset
// at the scrutinee (typeck checks it as `match &o` with no pattern through the reference); with
// patterns through both references it is admitted (tests/rust/match_double_ref.rs)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    let a = match &&o { &&Some(g) => g, _ => 0 };
    a + match &&o { _ => 1 } //~ ERROR matching on `&Option<u32>` is not supported
}
