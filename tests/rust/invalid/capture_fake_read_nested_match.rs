// invalid (issue 22, tree27): a `match` in an async block nested in another, on a struct partly moved before the outer block: the inner block's fake read is the outer's (ExprUseVisitor), reported at the inner block that captures
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let h = s.g;
    let c = async { async { match s { S { a, .. } => a } }.await }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
