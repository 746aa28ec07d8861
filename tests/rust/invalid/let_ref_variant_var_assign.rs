// invalid (bc36): `e` assigned while `re = &e` is still used by a later `let &E::A(v, _) = re;`: E0506
enum E { A(u32, u8) }
async fn f(n: u32) -> u32 {
    let mut e = E::A(n, 1);
    let re = &e;
    yield_now().await;
    e = E::A(n + 1, 2); //~ ERROR [E0506] cannot assign to `e` because it is borrowed
    let &E::A(v, _) = re;
    v
}
