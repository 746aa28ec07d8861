// invalid (clone39): Clone derived on an enum with a variant field of a type without Clone (E0277 at the
// field)
#[derive(Clone)]
enum E { A, B(u32, Guard) } //~ ERROR [E0277] the trait bound `Guard: Clone` is not satisfied
fn f(e: E) -> u32 {
    match e { E::A => 0, E::B(x, _) => x }
}
