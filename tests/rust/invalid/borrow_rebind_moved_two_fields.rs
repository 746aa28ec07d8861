// invalid: an enum with two fields that are not Copy: after one is moved out, a match binding the
// other reads the discriminant of a partially moved place (rustc: at the scrutinee)
enum G { A(Guard), B(Guard) }
struct S { n: u32, g: G }
async fn f(s: S) -> u32 {
    match s.g { G::B(g) => { let h = g; } G::A(_) => {} }
    match s.g { G::A(g) => { let h = g; 1 } G::B(_) => 2 } //~ ERROR [E0382] use of partially moved value: `s.g`
}
