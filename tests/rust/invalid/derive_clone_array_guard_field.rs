// invalid (clone39): Clone derived on a struct with an array of Guards: core's `[T; N]: Clone` needs
// `Guard: Clone` (rustc's E0277 at the field, naming the element)
#[derive(Clone)]
struct S { a: u32, g: [Guard; 2] } //~ ERROR [E0277] the trait bound `Guard: Clone` is not satisfied
fn f(s: S) -> u32 {
    s.a
}
