// invalid: the block moves a Guard out of `s.g` (captured by value), then the field is used again
enum G { A, B(Guard) }
struct S { a: u32, g: G }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: G::B(guard(n)) };
    let b = async { match s.g { G::B(g) => 1, G::A => 0 } };
    let t = s.g; //~ ERROR use of moved value: `s.g`
    b.await
}
