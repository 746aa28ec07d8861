// invalid: `Some(&0)` leaves the other values behind the reference: E0004 with rustc's witness
async fn f(n: u32) -> u32 {
    let o = Some(n);
    let p = match &o { Some(x) => Some(x), None => None };
    match p { //~ ERROR [E0004] non-exhaustive patterns: `Some(&1_u32..=u32::MAX)` not covered
        Some(&0) => 1,
        None => 2,
    }
}
