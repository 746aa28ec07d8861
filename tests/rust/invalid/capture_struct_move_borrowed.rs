// invalid: the block holds `&o.p.0` (bound by a struct pattern in a `let`); the fn moves `o.p`
// out while the block lives
struct P(u32, Guard);
struct O { p: P, n: u32 }
async fn f(n: u32) -> u32 {
    let o = O { p: P(n, guard(n)), n: 1 };
    let b = async { let P(k, _) = o.p; k };
    let q = o.p; //~ ERROR [E0505] cannot move out of `o.p` because it is borrowed
    b.await
}
