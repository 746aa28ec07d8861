// invalid: the Guard field `s.g` was moved out before the block; the block's pattern binds it
// again (a by-value capture of a moved place)
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let b = async { let Pair { a, g } = s; a }; //~ ERROR [E0382] use of moved value: `s.g`
    b.await
}
