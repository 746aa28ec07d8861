// invalid: the block holds `&(w as A).0` (a Copy binding of a one-variant enum, captured by
// reference); the fn assigns the enum while the block lives
enum W { A(u32, Guard) }
async fn f(n: u32) -> u32 {
    let mut w = W::A(n, guard(n));
    let b = async { match w { W::A(x, _) => x } };
    w = W::A(1, guard(1)); //~ ERROR cannot assign to `w` because it is borrowed
    b.await
}
