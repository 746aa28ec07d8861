// invalid: `Some(&g)` moves the Guard out from behind the reference (E0507, rustc's place text)
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    let p = match &o { Some(x) => Some(x), None => None };
    match p { //~ ERROR [E0507] cannot move out of `*p` as enum variant `Some` which is behind a shared reference
        Some(&g) => 1,
        None => 2,
    }
}
