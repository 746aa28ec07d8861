// invalid: a match through `&mut` misses `Some(_)` (E0004, the witness spelled `&mut Some(_)`)
async fn f(n: u32) -> u32 {
    let mut o = Some(n);
    match &mut o { //~ ERROR [E0004] non-exhaustive patterns: `&mut Some(_)` not covered
        None => 1,
    }
}
