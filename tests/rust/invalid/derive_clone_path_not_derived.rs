// invalid: `E::clone(&e)` of an enum deriving no Clone (E0277 at the type: the path names core Clone's fn)
enum E { A, B(u32) }
fn f(e: E) -> u32 {
    let d = E::clone(&e); //~ ERROR [E0277] the trait bound `E: Clone` is not satisfied
    match d { E::A => 0, E::B(x) => x }
}
