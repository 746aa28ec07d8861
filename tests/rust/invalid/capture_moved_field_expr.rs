// invalid (issue 22, pmove26): an async block uses a field moved out before it: the capture's use is reported at the block
struct Pair { a: u32, g: Guard }
async fn f(n: u32) -> u32 {
    let s = Pair { a: n, g: guard(n) };
    let h = s.g;
    let b = async { let k = s.g; s.a }; //~ ERROR [E0382] use of moved value: `s.g`
    b.await
}
