// invalid: assigning `fut` drops the old future, a use of its loan: fut is live across the
// assignment, so `&v` stays live while fut is, although fut no longer holds it (E0506)
async fn read(r: &u32) -> u32 {
    yield_now().await;
    *r
}
async fn g(c: bool) -> u32 {
    let mut v = 1u32;
    let w = 2u32;
    let mut fut = read(&v);
    if c {
        fut = read(&w);
        v = 3; //~ ERROR [E0506] cannot assign to `v` because it is borrowed
    }
    let n = fut.await;
    n + v
}
