// invalid: the enum used after `let W::A(k, g) = w;` moved its Guard out (E0382, partially moved)
enum W { A(u32, Guard) }
fn f(w: W) -> u32 {
    let W::A(k, g) = w;
    let v = w; //~ ERROR [E0382] use of partially moved value: `w`
    k
}
