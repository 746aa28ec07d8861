// invalid: `Clone::clone(&s)` of a struct deriving no Clone (E0277 at the argument: core's Clone
// is not implemented for it)
struct S { a: u32 }
fn f(s: S) -> u32 {
    let t = Clone::clone(&s); //~ ERROR [E0277] the trait bound `S: Clone` is not satisfied
    t.a
}
