// invalid (ergo30): `Some(Some(&mut g))` moves the Guard out from behind a `&mut`, under a variant
// of the top pattern: E0507 "behind a mutable reference"
async fn f(n: u32) -> u32 {
    let mut o = Some(guard(n));
    let p = match &mut o { Some(x) => Some(x), None => None };
    let q = Some(p);
    match q { //~ ERROR [E0507] cannot move out of `*q` as enum variant `Some` which is behind a mutable reference
        None => 2,
        Some(Some(&mut g)) => 1,
        _ => 0,
    }
}
