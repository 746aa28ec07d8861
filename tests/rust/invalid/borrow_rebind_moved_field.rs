// invalid: a field place matched twice, each time moving the enum's payload out by a binding:
// rustc reports the second binding ("use of moved value"), not the discriminant read of `s.g`
enum G { A, B(Guard) }
struct S { n: u32, g: G }
async fn f(s: S) -> u32 {
    match s.g { G::B(g) => { let h = g; } G::A => {} }
    match s.g { G::A => 2, G::B(g) => { let h = g; 1 } } //~ ERROR [E0382] use of moved value
}
