// invalid: a guarded arm does not count for exhaustiveness (E0004, rustc 1.95 witness `Some(_)`)
async fn f(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n) };
    match o { //~ ERROR [E0004] non-exhaustive patterns: `Some(_)` not covered
        Some(x) if x > 3 => x,
        None => 0,
    }
}
