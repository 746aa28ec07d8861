// invalid: a value moved while a `ref` binding of its field is live (E0505)
struct G { x: u32 }
enum W { A(G, u32) }
async fn take(w: W) -> u32 { match w { W::A(g, k) => g.x + k } }
async fn f(n: u32) -> u32 {
    let w = W::A(G { x: n }, 1);
    let W::A(ref g, _) = w;
    let t = take(w).await; //~ ERROR [E0505] cannot move out of `w` because it is borrowed
    t + g.x
}
