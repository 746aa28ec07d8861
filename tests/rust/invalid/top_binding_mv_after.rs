// invalid: the scrutinee used after a top binding moved it (E0382)
enum G { A, B(Guard) }
fn f(g: G) -> u32 {
    match g { G::A => {} other => { let _k = other; } }
    let q = g; //~ ERROR [E0382] use of moved value: `g`
    0
}
