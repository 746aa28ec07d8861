// invalid (refref33): `let &P { g, k } = r;` of a `&P` parameter moves its Guard field out
struct P { g: Guard, k: u32 }
async fn f(n: u32, r: &P) -> u32 {
    let &P { g, k } = r; //~ ERROR [E0507] cannot move out of `r.g` which is behind a shared reference
    k + n
}
