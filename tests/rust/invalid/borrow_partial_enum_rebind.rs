// invalid: a one-variant enum's Guard field moved by a match, then bound again by a second match:
// rustc names no place under a downcast ("use of moved value", E0382, at the binding)
enum W { A(u32, Guard) }
async fn f(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    match w { W::A(_, g) => { let h = g; } }
    match w { W::A(k, g) => k } //~ ERROR [E0382] use of moved value
}
