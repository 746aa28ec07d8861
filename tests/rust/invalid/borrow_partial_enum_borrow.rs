// invalid: a one-variant enum whose Guard field was moved out is borrowed as a whole (E0382)
enum W { A(u32, Guard) }
fn f(n: u32) -> u32 {
    let w = W::A(n, guard(n));
    match w { W::A(_, g) => { let h = g; } }
    let r = &w; //~ ERROR [E0382] borrow of partially moved value: `w`
    1
}
