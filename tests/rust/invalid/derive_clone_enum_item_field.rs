// invalid (clone39): Clone derived on an enum whose struct-variant field is an item without Clone (E0277
// at the field, the first in source order of the two deriving items)
struct N { v: u32 }
#[derive(Clone)]
enum E { A { n: N }, B(u8) } //~ ERROR [E0277] the trait bound `N: Clone` is not satisfied
#[derive(Clone)]
struct S { a: u32, n: N }
fn f(e: E, s: S) -> u32 {
    s.a + match e { E::A { n } => n.v, E::B(x) => x as u32 }
}
