// invalid (issue 22, pmove26): `let _ = s;` in an async block captures nothing: the fake read of the partly moved struct at the place
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let c = async { let _ = s; 1 }; //~ ERROR [E0382] use of partially moved value: `s`
    c.await
}
