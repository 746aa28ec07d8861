// invalid: an async move block captures the one-variant enum's Guard field `(w as A).1` by
// value; the fn then moves w whole (E0382 "partially moved")
enum W { A(u32, Guard) }
async fn f(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    let b = async move { match w { W::A(_, g) => { let h = g; } } };
    b.await;
    let x = w; //~ ERROR [E0382] use of partially moved value: `w`
    1
}
