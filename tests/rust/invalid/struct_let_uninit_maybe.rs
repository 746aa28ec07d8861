// invalid: a binding of a `let` struct pattern without an initializer assigned on one path only (E0381)
struct G2 { g: Guard, v: u32 }
async fn f(n: u32) -> u32 {
    let G2 { g, v };
    if n > 1 {
        v = n;
    }
    yield_now().await;
    v //~ ERROR [E0381] used binding `v` is possibly-uninitialized
}
