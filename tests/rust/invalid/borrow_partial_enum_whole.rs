// invalid: a one-variant enum whose Guard field was moved out is moved as a whole (E0382,
// "partially moved")
enum W { A(u32, Guard) }
async fn f(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    match w { W::A(_, g) => { let h = g; } }
    let x = w; //~ ERROR [E0382] use of partially moved value: `w`
    1
}
