// invalid (issue 22, tree27): a `match` in a block nested in an `async move` block, on a struct partly moved before it: at the inner block
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let h = s.g;
    let c = async move { async { match s { S { a, .. } => a } }.await }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
