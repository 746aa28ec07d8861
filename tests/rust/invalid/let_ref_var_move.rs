// invalid (ergo31): `let &x = p;` through a `&Guard` variable moves the Guard out: rustc's E0507 names
// the place `*p`
async fn f(n: u32, p: &Guard) -> u32 {
    let &x = p; //~ ERROR [E0507] cannot move out of `*p` which is behind a shared reference
    0
}
