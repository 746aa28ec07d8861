// invalid: a struct variant's Guard field (one-variant enum) moved, then bound again (E0382, no
// place named, at the binding)
enum V { X { n: u32, g: Guard } }
async fn f(n: u32) -> u32 {
    let v = V::X { n, g: guard(n) };
    match v { V::X { g, .. } => { let h = g; } }
    yield_now().await;
    match v { V::X { g, n } => n } //~ ERROR [E0382] use of moved value
}
