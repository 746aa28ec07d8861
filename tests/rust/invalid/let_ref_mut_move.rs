// invalid (ergo31): `let &mut x = &mut h;` moves the Guard out from behind the `&mut`: E0507
async fn f(n: u32) -> u32 {
    let mut h = guard(n);
    let &mut x = &mut h; //~ ERROR [E0507] cannot move out of a mutable reference
    0
}
