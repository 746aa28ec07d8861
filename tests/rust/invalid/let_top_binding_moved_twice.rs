// invalid: `let q @ P { g, .. } = p;`: g moves a field, then q the whole (rustc E0382; the subset: "not supported", bind29)
struct P { a: u32, g: Guard }
fn f(p: P) -> u32 {
    let q @ P { g, .. } = p; //~ ERROR [E0382] use of partially moved value: `p`
    q.a
}
