// invalid: an enum variable matched twice, each time moving its payload out by a binding: the error
// is at the second binding, as rustc's
enum G { A, B(u32, Guard) }
async fn f(g0: G) -> u32 {
    match g0 { G::B(_, g) => { let h = g; } G::A => {} }
    yield_now().await;
    match g0 { G::B(n, g) => { let h = g; n } G::A => 2 } //~ ERROR [E0382] use of moved value
}
