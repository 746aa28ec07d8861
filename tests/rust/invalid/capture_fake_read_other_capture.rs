// invalid (issue 22, tree27): `match s { _ => n }` in an async block that captures only `n`: rustc reports the fake read at the block when it captures anything (it was at the place)
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let h = s.g;
    let c = async { match s { _ => n } }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
