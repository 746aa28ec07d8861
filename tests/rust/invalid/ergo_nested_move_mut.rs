// invalid: `Some(&mut g)` moves the Guard out from behind the `&mut` (E0507)
async fn f(n: u32) -> u32 {
    let mut o = Some(guard(n));
    let p = match &mut o { Some(x) => Some(x), None => None };
    if let Some(&mut g) = p { //~ ERROR [E0507] cannot move out of `*p` as enum variant `Some` which is behind a mutable reference
        1
    } else {
        2
    }
}
