// invalid (issue 22, tree27): `match s { _ => 1 }` in a nested async block after `s` moved: use of moved value at the place
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let t = s;
    let c = async { async { match s { _ => 1 } }.await }; //~ ERROR [E0382] use of moved value: `s`
    c.await
}
