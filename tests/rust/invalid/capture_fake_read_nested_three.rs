// invalid (issue 22, tree27): a `match` three async blocks deep on a struct partly moved before the outermost: at the innermost block
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let h = s.g;
    let c = async { async { async { match s { S { a, .. } => a } }.await }.await }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
