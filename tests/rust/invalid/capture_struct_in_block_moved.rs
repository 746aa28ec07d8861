// invalid: inside the block, a struct pattern moved the Guard field `s.g` out (captured by value);
// the block then uses that field again
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let b = async { let r = match s { Pair { a: 0, g } => 1, _ => 2 }; let h = s.g; r }; //~ ERROR [E0382] use of moved value: `s.g`
    b.await
}
