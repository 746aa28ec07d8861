// invalid: a one-variant enum matched inside an async block: no discriminant read, rustc captures
// the place `w.0` (edition 2021 place capture: not modelled)
enum W { A(u32, Guard) }
async fn f(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    async move { match w { W::A(x, _) => x } }.await //~ ERROR not supported
}
