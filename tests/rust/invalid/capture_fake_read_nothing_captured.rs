// invalid (issue 22, pmove26): a `match` of `_` alone in an async block captures nothing: the fake read of the partly moved struct at the scrutinee
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let c = async { match s { _ => 1 } }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
