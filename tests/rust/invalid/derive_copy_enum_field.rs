// invalid: an enum deriving Copy with a variant field of a struct that is not Copy (E0204)
struct N { a: u32 }
#[derive(Copy, Clone)]
enum E { A, B(N) } //~ ERROR [E0204] the trait `Copy` cannot be implemented for this type
fn f(e: E) -> u32 {
    match e { E::A => 0, E::B(n) => n.a }
}
