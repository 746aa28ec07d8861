// invalid: the multi-variant enum field `s.g` partially moved, then matched again: its
// discriminant read is a use (E0382, "partially moved" at the scrutinee)
enum G { B(Guard), C }
struct S { a: u32, g: G }
async fn f(n: u32) -> u32 {
    let s = S { a: n, g: G::B(guard(n)) };
    match s.g { G::B(g) => { let h = g; } G::C => {} }
    yield_now().await;
    match s.g { G::B(_) => 1, G::C => 2 } //~ ERROR [E0382] use of partially moved value: `s.g`
}
