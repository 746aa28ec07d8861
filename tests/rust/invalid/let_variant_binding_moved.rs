// invalid: a Guard bound by `let W::A(k, g) = w;` moved twice (E0382)
enum W { A(u32, Guard) }
fn f(w: W) -> u32 {
    let W::A(k, g) = w;
    let h = g;
    let i = g; //~ ERROR [E0382] use of moved value: `g`
    k
}
