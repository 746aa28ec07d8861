// invalid (refref33): `let &P { g, .. } = &p;` moves the Guard out from behind the reference
struct P { g: Guard, k: u32 }
async fn f(n: u32) -> u32 {
    let p = P { g: guard(n), k: 1 };
    let &P { g, .. } = &p; //~ ERROR [E0507] cannot move out of a shared reference
    0
}
