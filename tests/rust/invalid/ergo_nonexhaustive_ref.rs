// invalid: a match through `&` misses `None`: rustc names the witness through the reference (E0004)
async fn f(n: u32) -> u32 {
    let o = Some(n);
    match &o { //~ ERROR [E0004] non-exhaustive patterns: `&None` not covered
        Some(x) => *x,
    }
}
