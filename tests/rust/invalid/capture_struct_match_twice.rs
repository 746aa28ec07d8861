// invalid: two blocks both move the Guard field `s.g` out of the struct by a struct pattern
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let b = async { match s { Pair { a: 0, g } => 1, _ => 2 } };
    let c = async { match s { Pair { g, .. } => 3 } }; //~ ERROR [E0382] use of moved value: `s.g`
    b.await + c.await
}
