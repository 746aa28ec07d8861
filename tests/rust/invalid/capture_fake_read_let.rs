// invalid (issue 22, pmove26): a `let` struct pattern in an async block on a struct partly moved before it: the fake read (ForLet) at the block
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let c = async { let Pair { a, .. } = s; a }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
