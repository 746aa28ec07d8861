// invalid: a block moving `s.g` and borrowing `s.a`; s moved while it lives (E0505 before E0382)
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let b = async { let h = s.g; s.a };
    let k = s; //~ ERROR [E0505] cannot move out of `s` because it is borrowed
    b.await
}
