// invalid (issue 22, pmove26): a `match` in an async block on a struct partly moved before it: rustc's closure fake read of the scrutinee, at the block (it captures `s.a`)
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let c = async { match s { Pair { a, .. } => a } }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
