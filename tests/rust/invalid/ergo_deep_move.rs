// invalid (ergo30): `Some(Some(&g))` moves the Guard out from behind a reference two variants deep:
// rustc's E0507 names the variable and the top pattern's variant
async fn f(n: u32) -> u32 {
    let o = Some(guard(n));
    let p = match &o { Some(x) => Some(x), None => None };
    let q = Some(Some(p));
    match q { //~ ERROR [E0507] cannot move out of `*q` as enum variant `Some` which is behind a shared reference
        Some(Some(Some(&g))) => 1,
        _ => 0,
    }
}
