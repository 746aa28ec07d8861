// invalid: the block's match moves the Guard field `s.g` out (captured by value), then the fn
// uses that field
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let b = async { match s { Pair { a: 0, g } => 1, Pair { a, .. } => a } };
    let h = s.g; //~ ERROR [E0382] use of moved value: `s.g`
    b.await
}
