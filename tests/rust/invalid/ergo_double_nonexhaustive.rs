// invalid (ergo30): rustc's check_match comes before its borrow checker: a non-exhaustive match on
// `&&o` is E0004, the witness spelled through both references
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    match &&o { //~ ERROR [E0004] non-exhaustive patterns: `&&None` not covered
        &&Some(g) => 1,
    }
}
