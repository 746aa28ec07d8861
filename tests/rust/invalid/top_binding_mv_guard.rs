// invalid: the scrutinee used after a guarded top binding moved it on one path (E0382)
enum G { A, B(Guard) }
fn isa(g: &G) -> bool { match *g { G::A => true, _ => false } }
fn f(g: G) -> u32 {
    match g { x if isa(&g) => { let _d = x; } _ => {} }
    let q = g; //~ ERROR [E0382] use of moved value: `g`
    0
}
