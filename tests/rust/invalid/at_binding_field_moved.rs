// invalid: a `k @ p` binding moving a Guard out of a field read by a later arm after the move (E0382)
enum G { A, B(Guard) }
struct S { g: G, n: u32 }
fn f(s: S) -> u32 {
    if let S { g: g @ G::B(_), .. } = s { let _k = g; }
    let t = s.g; //~ ERROR [E0382] use of moved value: `s.g`
    0
}
