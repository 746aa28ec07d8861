// invalid: the scrutinee used after `g @ G::B(_)` moved its field out (E0382)
enum G { A, B(Guard) }
enum H { X(G), Y }
fn f(h: H) -> u32 {
    match h { H::X(g @ G::B(_)) => { let _k = g; } _ => {} }
    let q = h; //~ ERROR [E0382] use of partially moved value: `h`
    0
}
