// invalid: Clone derived on a struct with a field of a struct deriving no Clone (E0277 at the field)
struct N(u32);
#[derive(Clone)]
struct S(u32, N); //~ ERROR [E0277] the trait bound `N: Clone` is not satisfied
fn f(s: S) -> u32 {
    s.0
}
