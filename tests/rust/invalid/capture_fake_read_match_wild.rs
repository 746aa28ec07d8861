// invalid (issue 22, pmove26): a `match` with a literal and a `_` arm in an async block on a struct partly moved before it: the fake read at the block
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let b = async { s.a + 1 };
    let c = async { match s { Pair { a: 0, .. } => 1, _ => 2 } }; //~ ERROR [E0382] use of partially moved value: `s`
    b.await
}
