// invalid: inside the block, the captured enum is matched again after a binding moved its Guard
enum G { A, B(Guard) }
async fn f(n: u32) -> u32 {
    let e = G::B(guard(n));
    async move {
        let a = match e { G::B(g) => 1, G::A => 0 };
        yield_now().await;
        let b = match e { G::A => 2, _ => 3 }; //~ ERROR use of partially moved value: `e`
        a + b
    }
    .await
}
