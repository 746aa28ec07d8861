// invalid: the block borrows `(w as A).0` and moves `(w as A).1`; moving w while the block lives
// is both E0505 and E0382 at one place: rustc checks the conflict first (E0505)
enum W { A(u32, Guard) }
async fn f(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    let b = async { match w { W::A(x, g) => x } };
    let k = w; //~ ERROR [E0505] cannot move out of `w` because it is borrowed
    b.await
}
