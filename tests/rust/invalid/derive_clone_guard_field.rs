// invalid: Clone derived on a struct with a field of a type without Clone (E0277 at the field)
#[derive(Clone)]
struct S { a: u32, g: Guard } //~ ERROR [E0277] the trait bound `Guard: Clone` is not satisfied
fn f(s: S) -> u32 {
    s.a
}
