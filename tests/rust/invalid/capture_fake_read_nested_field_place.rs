// invalid (issue 22, tree27): a `match` on a field place `o.p` in a nested async block after `o.p.1` moved
struct P(u32, Guard);
struct O { p: P, n: u32 }
async fn f(n: u32) -> u32 {
    let o = O { p: P(n, guard(n)), n: 1 };
    let h = o.p.1;
    let c = async { async { match o.p { P(k, _) => k } }.await }; //~ ERROR [E0382] use of partially moved value: `o.p`
    c.await
}
