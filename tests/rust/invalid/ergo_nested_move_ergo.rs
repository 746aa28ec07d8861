// invalid: `Some(&g)` under match ergonomics (`match &p`): E0507 naming no place
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    let p = match &o { Some(x) => Some(x), None => None };
    match &p { //~ ERROR [E0507] cannot move out of a shared reference
        Some(&g) => 1,
        None => 2,
    }
}
