// invalid: a block made in a loop moves the Guard field `o.p.1` out by its pattern each iteration
struct P(u32, Guard);
struct O { p: P, n: u32 }
async fn f(n: u32) -> u32 {
    let o = O { p: P(n, guard(n)), n: 1 };
    let mut t = 0;
    while t < 2 {
        let b = async { match o.p { P(0, g) => 1, _ => 2 } }; //~ ERROR [E0382] use of moved value: `o.p.1`
        t += b.await;
    }
    t
}
