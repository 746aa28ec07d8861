// invalid: `Some(&Some(3))` / `Some(&None)`: E0004 with witnesses through the reference
async fn f(n: u32) -> u32 {
    let o = Some(Some(n));
    let p = match &o { Some(x) => Some(x), None => None };
    match p { //~ ERROR [E0004] non-exhaustive patterns: `Some(&Some(0_u32..=2_u32))` and `Some(&Some(4_u32..=u32::MAX))` not covered
        Some(&Some(3)) => 1,
        Some(&None) => 4,
        None => 2,
    }
}
