// invalid (issue 22, tree27): a `let` struct pattern in a nested async block on a struct partly moved before the outer block: the fake read (ForLet) at the inner block
struct S { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: guard(n) };
    let h = s.g;
    let c = async { let x = async { let S { a, .. } = s; a }; x.await }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
