// invalid: `async move` with a struct pattern captures the fields it reads, moving the Guard
// field `s.g` into the block; the fn then moves the whole struct
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let b = async move { let Pair { a, g } = s; a };
    let t = s; //~ ERROR [E0382] use of partially moved value: `s`
    b.await
}
