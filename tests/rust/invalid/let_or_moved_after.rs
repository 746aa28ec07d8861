// invalid: the enum used after an or-pattern in `let` moved a Guard out of it (E0382, partially moved)
enum F { A(u32, Guard), B(Guard, u32) }
async fn f(f: F) -> u32 {
    let (F::A(k, g) | F::B(g, k)) = f;
    yield_now().await;
    let v = f; //~ ERROR [E0382] use of partially moved value: `f`
    k
}
